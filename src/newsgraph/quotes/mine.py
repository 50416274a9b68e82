"""Derive the cue lexicon (``data/cues.tsv``) from PolNeAR train cue spans.

``python -m newsgraph.quotes.mine /work/shared/data/attribution/polnear/train > src/newsgraph/quotes/data/cues.tsv``
counts, for every lemma heading a gold cue, how often it is a cue and how often it occurs as
a verb (precision = cue / occurrences). Classes come from the hand lists below.
"""

from __future__ import annotations

import argparse
import datetime
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

SPEECH = frozenset(
    "say tell add ask write call note report announce argue tweet explain declare claim insist respond "
    "reply warn state comment suggest acknowledge admit deny testify confirm describe post quote recall "
    "joke complain predict promise vow urge accuse criticize praise contend remark conclude emphasize "
    "stress assert mention reiterate repeat concede answer boast pledge threaten cite blast slam charge "
    "lament observe insist caution point tout dismiss defend attack question demand recommend propose "
    "disclose reveal speak brag quip counter retort chant shout yell cry scream whisper muse proclaim "
    "announce endorse thank applaud mock label dub according_to".split()
)
THOUGHT = frozenset(
    "think believe know feel expect hope fear worry doubt consider assume wonder suspect realize "
    "understand agree disagree trust imagine guess regard view hop".split()  # hop: spaCy lemma of "hopes"
)
INTENTION = frozenset("want plan intend seek aim decide refuse decline wish try vow need".split())
EVIDENCE = frozenset("show find indicate reveal appear seem suggest estimate poll project".split())
MIN_COUNT = 2
"""Gold cues a lemma must head to enter the lexicon (3 until session 7: 2 gained held-out F1 on every train slice)."""


def cue_class(lemma: str) -> str:
    """The hand-assigned class of a cue lemma: speech, thought, intention, evidence or other."""
    for name, members in (("speech", SPEECH), ("thought", THOUGHT), ("intention", INTENTION), ("evidence", EVIDENCE)):
        if lemma in members:
            return name
    return "other"


def _cue_keys(doc, ranges) -> set[int]:
    """Indices of the tokens heading the gold cue spans of one article."""
    heads = set()
    for cue in ranges:
        tokens = [t for t in doc if any(s <= t.idx < e for s, e in cue)]
        inside = {t.i for t in tokens}
        verbs = [t for t in tokens if t.pos_ in ("VERB", "AUX") and (t.head.i not in inside or t.dep_ == "ROOT")]
        if tokens and tokens[0].lower_ == "according":
            heads.add(tokens[0].i)
        elif verbs:
            heads.add(verbs[-1].i)
    return heads


def _key(token) -> str:
    """Lexicon key of a token: its lowercase lemma, or ``according_to``."""
    if token.lower_ == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return "according_to"
    return token.lemma_.lower()


def parsed(train: Path, docs: Iterable | None = None) -> tuple[list, Iterable]:
    """The gold articles of a PolNeAR directory and their parses: ``docs`` when given, else the parse the component
    sees in the pipeline (paragraph starts forced)."""
    from newsgraph.eval.quotes import load_gold
    from newsgraph.nlp.pipeline import load_pipeline

    articles = load_gold(train)
    return articles, docs if docs is not None else load_pipeline(components=()).pipe(a.text for a in articles)


def mine(train: Path, docs: Iterable | None = None) -> tuple[Counter, Counter]:
    """Gold-cue counts and verb occurrence counts per lemma over a PolNeAR train directory (the pipeline's parse)."""
    return counts(*parsed(train, docs))


def counts(articles: Sequence, docs: Iterable) -> tuple[Counter, Counter]:
    """Gold-cue counts (first annotator) and verb occurrence counts per lemma over parsed gold articles."""
    cues: Counter = Counter()
    seen: Counter = Counter()
    for article, doc in zip(articles, docs, strict=True):
        gold = next(iter(article.annotations.values()))
        heads = _cue_keys(doc, [g.cue for g in gold if g.cue])
        for token in doc:
            if token.pos_ in ("VERB", "AUX") or _key(token) == "according_to":
                seen[_key(token)] += 1
        cues.update(_key(doc[i]) for i in heads)
    return cues, seen


def write(out: TextIO, cues: Counter, seen: Counter) -> None:
    """The lexicon as TSV (lemma, class, gold cue count, occurrences, precision), lemmas with ``MIN_COUNT`` cues."""
    out.write("lemma\tclass\tcue_count\toccurrences\tprecision\n")
    for lemma, count in cues.most_common():
        if count >= MIN_COUNT and lemma.replace("_", "").isalpha():
            total = max(seen[lemma], count)
            out.write(f"{lemma}\t{cue_class(lemma)}\t{count}\t{total}\t{count / total:.3f}\n")


def main(argv: list[str] | None = None) -> int:
    """Print the lexicon as TSV: lemma, class, gold cue count, occurrences, precision."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("train", type=Path)
    args = parser.parse_args(argv)
    out = sys.stdout
    out.write(f"# Cue lexicon mined from PolNeAR train ({args.train.name}) on {datetime.date.today()}\n")
    out.write("# by: python -m newsgraph.quotes.mine TRAIN_DIR (the pipeline's parse); classes hand-assigned in quotes/mine.py\n")
    write(out, *mine(args.train))
    return 0


if __name__ == "__main__":
    sys.exit(main())
