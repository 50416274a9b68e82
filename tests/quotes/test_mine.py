"""The cue lexicon miner (``quotes.mine``) on the small brat fixture, parsed as the pipeline parses."""

from __future__ import annotations

import io
from pathlib import Path

from newsgraph.eval.quotes import load_gold
from newsgraph.quotes import mine

GOLD = Path(__file__).resolve().parents[1] / "data" / "quotes_brat"


def test_counts_gold_cue_heads_and_verb_uses(nlp) -> None:
    articles = load_gold(GOLD)
    cues, seen = mine.counts(articles, [nlp(a.text) for a in articles])
    assert cues["say"] == 4 and seen["say"] == 4  # every "said" of the two articles is a gold cue
    assert cues["according_to"] == 1 and cues["argue"] == 1
    out = io.StringIO()
    mine.write(out, cues, seen)
    rows = [line.split("\t") for line in out.getvalue().splitlines()[1:]]
    assert rows[0] == ["say", "speech", "4", "4", "1.000"]
    assert all(int(row[2]) >= mine.MIN_COUNT for row in rows)  # a lemma heading one gold cue stays out
