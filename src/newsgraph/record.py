"""The newsgraph record: the one typed definition of what every stage produces.

Every span is a ``[start, end)`` pair of character offsets into ``Article.text``.
The JSON Schema in ``schema/record.schema.json`` is generated from these models
(``newsgraph schema``), never written by hand.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "newsgraph.record/1"

Span = tuple[int, int]
"""A ``[start, end)`` character range into the article's ``text``."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    """Where the article came from."""

    uri: str | None = Field(None, description="File path, URL or '-' for standard input.")
    format: Literal["html", "warc", "text"]
    warc_record_id: str | None = None
    url: str | None = Field(None, description="The page's own URL (WARC target URI, canonical link).")


class Published(_Model):
    """The publication date and which evidence gave it."""

    value: str | None = Field(None, description="ISO 8601 date or datetime.")
    basis: Literal["option", "metadata", "warc", "text", "caption", "none"] = Field(
        "none", description="option: --published; metadata: the page's markup; warc: the capture date; text: a date the "
        "page prints (a 'Published ...' line first); caption: only a photo caption's date, often days before publication.")


class Dateline(_Model):
    """The dateline opening the body ("WASHINGTON (AP) —"), kept inside ``text``."""

    text: str
    span: Span
    place: str | None = None
    agency: str | None = None


class Caption(_Model):
    """A figure caption and its credit, kept out of the body."""

    text: str
    credit: str | None = None


class Boilerplate(_Model):
    """A piece of page chrome removed from the body, kept for audit."""

    text: str
    label: str = Field(description="chrome, caption, credit, title, byline, ...")


class Entity(_Model):
    """An actor: every mention of one person, organisation, state or group, merged."""

    id: str
    name: str
    type: str = Field(description="spaCy NER label of the longest mention (PERSON, ORG, GPE, NORP, ...).")
    kind: Literal["person", "organisation", "state", "group"] | None = None
    title: str | None = None
    aliases: list[str] = Field(default_factory=list)
    country: str | None = Field(None, description="ISO 3166 alpha-3, or 'IGO' for organisations of states.")
    igo: str | None = Field(None, description="Code of the intergovernmental organisation (NATO, UN, EU).")
    sector: str | None = Field(None, description="PLOVER actor sector: GOV, MIL, LEG, JUD, COP, ...")
    affiliation: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Place(_Model):
    """A geocoded place mention."""

    id: str
    name: str
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = Field(None, description="city, country, region, ...")
    mentions: list[Span] = Field(default_factory=list)


class TimeExpression(_Model):
    """A time expression resolved against the article's anchor date."""

    id: str
    text: str
    span: Span
    value: str | None = Field(None, description="ISO date, or 'start/end' range; null when unresolvable.")
    anchor: str | None = Field(None, description="ISO date the expression was resolved against.")
    granularity: Literal["day", "week", "month", "year", "range", "unknown"] = "unknown"


class Cue(_Model):
    """The attribution verb or phrase."""

    text: str
    span: Span
    lemma: str
    tense: Literal["past", "present", "future", "unknown"] = "unknown"


class Speaker(_Model):
    """Who a statement is attributed to."""

    text: str
    span: Span | None = None
    entity: str | None = Field(None, description="Entity id the speaker resolves to.")
    anonymous: bool = False
    country: str | None = None
    sector: str | None = None
    description: str | None = None
    anonymity_reason: str | None = None


class Quote(_Model):
    """An attributed statement: direct, indirect or mixed."""

    id: str
    kind: Literal["direct", "indirect", "mixed"]
    text: str = Field(description="The content of the statement.")
    span: Span = Field(description="The whole attribution: source, cue and content.")
    content_span: Span
    cue: Cue | None = None
    speaker: Speaker | None = None


class EventActor(_Model):
    """A source or target of an event."""

    text: str
    span: Span | None = None
    entity: str | None = None
    country: str | None = None
    sector: str | None = None
    basis: Literal["sentence", "context"] = Field(
        "sentence", description="Where the actor was read: the event's own sentence, or (a target only) the story "
        "around it (context): an earlier act the event answers or continues, whose mention is then its span, or, for "
        "an act done to no one named and to no other state in sight, the source's own state, with no span.")


class Trigger(_Model):
    """The word(s) that express the event."""

    text: str
    span: Span


class EventDate(_Model):
    """When the event happened or is planned for."""

    value: str | None = None
    text: str | None = None
    basis: Literal["sentence", "context", "article", "none"] = "none"


class EventPlace(_Model):
    """Where the event happened."""

    name: str
    country: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    span: Span | None = Field(None, description="The words naming the place, as written (\"Erigavo\" where the "
                              "gazetteer's name is Ceerigaabo); None when no mention in the text gave it.")
    basis: Literal["sentence", "context", "dateline"] = Field(
        "sentence", description="Where the place was read: the event's sentence, an earlier sentence telling an act "
        "of the same type by the same country (context), or the dateline.")


class Event(_Model):
    """A PLOVER-coded event."""

    id: str
    type: str = Field(description="PLOVER 2.0 event type (REQUEST, THREATEN, ...).")
    mode: str | None = None
    context: list[str] = Field(default_factory=list)
    source: EventActor
    target: EventActor | None = None
    trigger: Trigger
    span: Span
    modality: Literal[
        "asserted", "planned", "threatened", "requested", "hypothetical", "negated", "reported"
    ] = "asserted"
    reported_by: str | None = Field(None, description="Quote id when known only from a statement.")
    date: EventDate = Field(default_factory=EventDate)
    place: EventPlace | None = None
    confidence: float = Field(0.5, ge=0.0, le=1.0)


class Article(_Model):
    """One analysed article."""

    schema_: str = Field(SCHEMA_VERSION, alias="schema")
    kind: Literal["article"] = "article"
    id: str = Field(description="Stable: hash of source and content.")
    source: Source
    title: str | None = None
    byline: str | None = None
    dateline: Dateline | None = None
    published: Published = Field(default_factory=Published)
    site: str | None = None
    language: str | None = Field(
        None, description="ISO 639-1 code of the body's language, identified from its text; the page's declared one when the body is too short."
    )
    text: str
    captions: list[Caption] = Field(default_factory=list)
    boilerplate: list[Boilerplate] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    errors: list[str] = Field(default_factory=list, description="Non-fatal problems met on the way.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class ErrorRecord(_Model):
    """An input that produced no article, with the reason."""

    schema_: str = Field(SCHEMA_VERSION, alias="schema")
    kind: Literal["error"] = "error"
    source: Source | None = None
    uri: str
    error: str = Field(description="One line: what went wrong for this input.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


Record = Article | ErrorRecord


def to_json(record: Record) -> str:
    """Serialise a record as one JSON line (aliases, no pretty-printing)."""
    return record.model_dump_json(by_alias=True)


def json_schema() -> dict:
    """The JSON Schema of one line of newsgraph output (an article or an error)."""
    from pydantic import TypeAdapter

    schema = TypeAdapter(Record).json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_VERSION
    schema["title"] = "newsgraph record"
    return schema
