"""``newsgraph eval speakers``: whose statements a whole article holds, against a hand-coded key.

A review is a directory of wire stories (``story*.txt``) and an ``expected.md`` that lists, per story, every
attributed statement with its speaker as written, whether the speaker is anonymous and the country the speaker
belongs to (ISO3, ``IGO``, ``NGO`` or ``none``). Each expected row is matched, in order, to the first unused
statement of ``newsgraph analyze`` whose speaker text equals, holds or is held by the row's (or shares the words
before the first comma); matched rows are scored on country and anonymity. The matching is by text, not by a
person's judgement: a statement the tool attributes to another span goes unmatched.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_GOLD = Path("tests/data/reviews")
STORY = re.compile(r"^##[^\n]*?(story\d+)\.txt[^\n]*$", re.M)
UNKNOWN = frozenset({"none", "—", "-", "?", ""})


@dataclass(frozen=True)
class Row:
    """One expected statement: the speaker as written, whether it is anonymous, and its country (None: unknown)."""

    speaker: str
    anonymous: bool | None
    country: str | None


@dataclass
class Score:
    """Counts over expected rows: matched to a statement, right and wrong (another country) country, right anonymity."""

    rows: int = 0
    matched: int = 0
    right: int = 0
    wrong: int = 0
    anonymity: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Sum ``other`` into this score."""
        for name in ("rows", "matched", "right", "wrong", "anonymity"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Command-line options of ``eval speakers``."""
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD,
                        help="a review directory (story*.txt + expected.md) or a directory of them")
    parser.add_argument("--errors", action="store_true",
                        help="also list every matched row with a wrong country or anonymity")


def key_tables(key: str) -> Iterator[tuple[str, list[str], list[list[str]]]]:
    """Every Markdown table of an ``expected.md``: its story's name, its header cells (lower case) and its rows' cells."""
    parts = STORY.split(key)
    for name, body in zip(parts[1::2], parts[2::2]):
        for block in re.split(r"\n\s*\n", body):
            lines = [line for line in block.splitlines() if line.startswith("|")]
            if lines:
                header = [cell.strip().lower() for cell in lines[0].split("|")[1:-1]]
                yield name, header, [[cell.strip() for cell in line.split("|")[1:-1]] for line in lines[2:]]


def expected_rows(key: str) -> dict[str, list[Row]]:
    """The statement rows of an ``expected.md`` by story name: tables whose header names a speaker, columns # |
    speaker | who | anonymous | country | …; the country cell's first word counts ("SEN (alt GMB)" is SEN)."""
    stories: dict[str, list[Row]] = {name: [] for name in STORY.findall(key)}
    for name, header, table in key_tables(key):
        if not any("speaker" in cell for cell in header):
            continue
        for cells in table:
            if len(cells) < 5:
                continue
            country = (cells[4].split() or [""])[0].strip("*;,")
            anonymous = {"yes": True, "no": False}.get(cells[3].lower().strip("* "))
            stories[name].append(Row(_as_written(cells[1]), anonymous, None if country.lower() in UNKNOWN else country))
    return stories


def _as_written(cell: str) -> str:
    """The speaker a key cell names: "(Kulkarni, participial)" or "(he)", a key's note for a cue that repeats no
    subject, is "Kulkarni" or "he"."""
    noted = re.fullmatch(r"\(([^(),]+)(?:,[^()]*)?\)", cell.strip())
    return noted.group(1).strip() if noted else cell


def _same_speaker(found: str, expected: str) -> bool:
    """Whether a statement's speaker text is the row's: equal, one inside the other as whole words ("it" is not in
    "Korea University"), or the same before a comma."""
    found, expected = found.lower(), expected.lower().strip('"()')
    return found == expected or _within(found, expected) or _within(expected, found) or \
        found.split(",")[0] == expected.split(",")[0]


def _within(part: str, whole: str) -> bool:
    """Whether ``part`` occurs in ``whole`` as whole words."""
    return re.search(rf"(?<!\w){re.escape(part)}(?!\w)", whole) is not None


def score_story(rows: list[Row], speakers: list[tuple[str, bool, str | None]], story: str) -> Score:
    """Match each row, in order, to the first unused statement speaker (text, anonymous, country) and count."""
    score, used = Score(rows=len(rows)), set()
    for row in rows:
        match = next((i for i, (text, _, _) in enumerate(speakers) if i not in used and text
                      and _same_speaker(text, row.speaker)), None)
        if match is None:
            continue
        used.add(match)
        _, anonymous, country = speakers[match]
        score.matched += 1
        score.right += country == row.country
        score.wrong += country is not None and country != row.country
        score.anonymity += row.anonymous is None or anonymous == row.anonymous
        if country != row.country:
            score.misses.append(f"{story}: {row.speaker[:60]!r} expected {row.country}, got {country}")
        if row.anonymous is not None and anonymous != row.anonymous:
            score.misses.append(f"{story}: {row.speaker[:60]!r} expected {'' if row.anonymous else 'not '}anonymous")
    return score


def score_review(directory: Path) -> Score:
    """Analyze every story of one review and score its statements' speakers against the key."""
    from newsgraph.analysis import analyze

    total = Score()
    for story, rows in expected_rows((directory / "expected.md").read_text(encoding="utf-8")).items():
        path = directory / f"{story}.txt"
        if not path.is_file():
            continue
        article = analyze(path.read_bytes())
        speakers = [(q.speaker.text, q.speaker.anonymous, q.speaker.country) if q.speaker else ("", False, None)
                    for q in article.quotes]
        total.add(score_story(rows, speakers, f"{directory.name}/{story}"))
    return total


def reviews_under(gold: Path) -> list[Path]:
    """The review directories at or under ``gold``: those holding an ``expected.md``."""
    return sorted(p.parent for p in gold.glob("*/expected.md")) or ([gold] if (gold / "expected.md").is_file() else [])


def run(args: argparse.Namespace) -> int:
    """Score each review under ``--gold`` and print a table; 2 when there is none."""
    reviews = reviews_under(args.gold)
    if not reviews:
        print(f"newsgraph eval speakers: no expected.md in or under {args.gold}")
        return 2
    print(f"{'review':<12} {'statements':>10} {'matched':>8} {'country right':>14} {'wrong':>6} {'anonymity':>10}")
    total = Score()
    for review in reviews:
        score = score_review(review)
        total.add(score)
        print(f"{review.name:<12} {score.rows:>10} {score.matched:>8} {score.right:>14} {score.wrong:>6} "
              f"{score.anonymity:>10}")
    print(f"{'all':<12} {total.rows:>10} {total.matched:>8} {total.right:>14} {total.wrong:>6} {total.anonymity:>10}")
    print("country right: the speaker's country is the key's (both unknown counts as right); wrong: another country "
          "than the key's; anonymity: the anonymous flag agrees. Matching is by speaker text (module docstring).")
    if args.errors:
        print("\n".join(total.misses))
    return 0
