"""Merge actor mentions within one document into ``record.Entity`` actors.

People: full names and known aliases first, then a bare surname joins the nearest person bearing it
(so two people sharing a surname stay two actors), then "the defense secretary" joins the person whose
title or code it matches. Organisations, states and groups merge by canonical name or by code.
"""

from __future__ import annotations

from newsgraph.actors.knowledge import fold
from newsgraph.actors.mentions import Mention
from newsgraph.record import Entity

Cluster = list[Mention]

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr"})

APPOSITION_GAP = 2
"""At most this many characters (", ") between a title and the name it introduces."""


def merge_mentions(mentions: list[Mention]) -> list[Entity]:
    """Group ``mentions`` (in text order) into actors numbered E1.. by first mention."""
    surnames = {fold(m.tokens[-1]) for m in mentions if m.label == "PERSON" and len(m.tokens) > 1}
    people = [m for m in mentions if m.form == "name" and (m.label == "PERSON" or _lone_surname(m, surnames))]
    clusters = _people(people)
    titles = [m for m in mentions if m.form != "name" and m.code.kind == "person" and _apposed(m, clusters)]
    nominals = [m for m in mentions if m.form == "nominal" and m not in titles]
    placed = {id(m) for m in people + nominals + titles}
    others = [m for m in mentions if id(m) not in placed]
    leftovers = [m for m in nominals if not _attach_nominal(m, clusters)]
    clusters.extend(_by_key(others + [m for m in leftovers if m.code.country]))
    clusters.sort(key=lambda c: min(m.start for m in c))
    return [_entity(f"E{i}", cluster) for i, cluster in enumerate(clusters, 1)]


def _lone_surname(m: Mention, surnames: set[str]) -> bool:
    """An uncoded one-word name that is a named person's surname ("Springsteen" tagged ORG) is that person."""
    return " " not in m.text and m.code.country is None and m.canonical is None and fold(m.text) in surnames


def _people(people: list[Mention]) -> list[Cluster]:
    """Cluster named people: multi-word names by canonical or folded name, then lone surnames."""
    clusters: dict[str, Cluster] = {}
    for m in people:
        if len(m.tokens) > 1:
            clusters.setdefault(m.canonical or fold(m.name), []).append(m)
    for m in people:
        if len(m.tokens) > 1:
            continue
        bearers = _bearers(m, clusters.values(), -1)
        if not bearers and (m.title or "").rstrip(".").lower() in HONORIFICS:
            bearers = _bearers(m, clusters.values(), 0)  # "Mr. Ban" is Ban Ki-moon: family name first
        if bearers:
            _nearest(m, bearers).append(m)
        else:
            clusters.setdefault(m.canonical or fold(m.name), []).append(m)
    return list(clusters.values())


def _bearers(m: Mention, clusters, position: int) -> list[Cluster]:
    """Clusters with a multi-word name whose word at ``position`` (-1: surname) is ``m``'s one-word name."""
    name = fold(m.name)
    return [c for c in clusters if any(fold(x.tokens[position]) == name for x in c if len(x.tokens) > 1)]


def _nearest(m: Mention, clusters: list[Cluster]) -> Cluster:
    """The cluster mentioned closest before ``m``, else the first mentioned after it."""
    def distance(cluster: Cluster) -> tuple[int, int]:
        before = [m.start - x.start for x in cluster if x.start < m.start]
        return (0, min(before)) if before else (1, min(x.start for x in cluster))
    return min(clusters, key=distance)


def _apposed(m: Mention, clusters: list[Cluster]) -> bool:
    """Join a title to the name right after it ("Ghana's president, John Mahama", "Qatar's emir, Sheikh Hamad")
    and say whether it did."""
    for cluster in clusters:
        if any(x.form == "name" and 0 < x.first - m.end <= APPOSITION_GAP for x in cluster):
            cluster.append(m)
            return True
    return False


def _attach_nominal(m: Mention, clusters: list[Cluster]) -> bool:
    """Join "the defense secretary" to the one person whose title has its head noun, or whose code matches."""
    if m.code.kind != "person":
        return False

    def compatible(c: Cluster) -> bool:
        return m.code.country is None or any(x.code.country == m.code.country for x in c)
    titled = [c for c in clusters if compatible(c) and any(x.title and m.head in x.title.lower() for x in c)]
    coded = [c for c in clusters if m.code.country and m.code.sector and
             any((x.code.country, x.code.sector) == (m.code.country, m.code.sector) for x in c)]
    if titled:
        _nearest(m, titled).append(m)
    elif len(coded) == 1:
        coded[0].append(m)
    return bool(titled) or len(coded) == 1


def _key(m: Mention) -> str:
    """Merge key of a non-person mention: canonical name, a state's code, a group's code and head, or its text."""
    code = m.code
    if m.canonical:
        return m.canonical
    if m.form in ("group", "nominal"):
        return f"{m.form}:{code.country}:{code.igo}:{code.sector}:{m.head}"
    if code.kind == "state" and code.country:
        return f"state:{code.country}:{code.sector}"
    return fold(m.text)


def _by_key(mentions: list[Mention]) -> list[Cluster]:
    """Clusters of mentions sharing a merge key."""
    clusters: dict[str, Cluster] = {}
    for m in mentions:
        clusters.setdefault(_key(m), []).append(m)
    return list(clusters.values())


def _entity(entity_id: str, cluster: Cluster) -> Entity:
    """One actor from its mentions: fullest name, first title and code found, every span kept."""
    cluster = sorted(cluster, key=lambda m: m.start)
    named = [m for m in cluster if m.form == "name"]
    if named:
        fullest = max(named, key=lambda m: (len(m.tokens or m.name.split()), len(m.name)))
    else:  # a group is named by its most frequent wording: "U.S. officials", not "U.S. defense officials"
        texts = [m.text for m in cluster]
        fullest = next(m for m in cluster if m.text == max(texts, key=texts.count))
    coded = next((m for m in cluster if m.code.country), None) or next((m for m in cluster if m.code.sector), fullest)
    sector = coded.code.sector or next((m.code.sector for m in cluster if m.code.sector), None)
    aliases = sorted({m.text for m in cluster if m.text != fullest.name})
    return Entity(
        id=entity_id, name=fullest.name, type=fullest.label, kind=fullest.code.kind,
        title=next((m.title for m in cluster if m.title), None), aliases=aliases,
        country=coded.code.country, igo=coded.code.igo, sector=sector,
        affiliation=next((m.affiliation for m in cluster if m.affiliation), None),
        mentions=sorted({(m.start, m.end) for m in cluster}),
    )
