"""``newsgraph eval quotes``: source, cue and content span accuracy on PolNeAR-style brat data.

Gold: ``DIR/text/NAME.txt`` and ``DIR/attributions/NAME_ANNOTATOR.ann`` (brat standoff). An
article with several annotators is scored against each and its counts averaged.
Exact: identical spans once surrounding whitespace, punctuation and quotation marks are
trimmed (a discontinuous gold span counts from its first to its last character).
Partial: the prediction covers at least half of the gold span's tokens. Matching is
one-to-one per role.
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROLES = ("source", "cue", "content")
CITRON_PARC_EXACT_F1 = {"source": 0.82, "cue": 0.82, "content": 0.59}
"""Published Citron (BBC R&D) exact-span F1 on PARC 3.0: another corpus and guideline, for orientation only."""
PIPES = (
    "tok2vec",
    "tagger",
    "newsgraph_paragraphs",
    "parser",
    "attribute_ruler",
    "lemmatizer",
    "ner",
    "newsgraph_actors",
    "newsgraph_quotes",
)
"""The components the evaluation runs: the parse as the pipeline runs it (paragraph starts), actors and quotes."""

_TOKEN = re.compile(r"\w+|[^\w\s]")
_TRIM = " \t\n\r.,:;!?\"'“”‘’«»()[]—–-"

Ranges = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    """One brat attribution: each role a tuple of character ranges (empty when absent)."""

    source: Ranges = ()
    cue: Ranges = ()
    content: Ranges = ()


@dataclass
class GoldArticle:
    """An article's text and each annotator's attributions."""

    name: str
    text: str
    annotations: dict[str, list[GoldAttribution]] = field(default_factory=dict)


@dataclass
class Counts:
    """Matched, predicted and gold counts for one role (fractional after averaging annotators)."""

    matched: float = 0.0
    predicted: float = 0.0
    gold: float = 0.0

    def add(self, other: Counts, weight: float = 1.0) -> None:
        """Accumulate ``other`` scaled by ``weight``."""
        self.matched += other.matched * weight
        self.predicted += other.predicted * weight
        self.gold += other.gold * weight

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def parse_ann(content: str) -> list[GoldAttribution]:
    """The attributions of one brat ``.ann`` file (``E`` lines linking Source, Cue, Content ``T`` lines)."""
    spans: dict[str, Ranges] = {}
    events: list[list[tuple[str, str]]] = []
    for line in content.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            _, _, offsets = cols[1].partition(" ")
            try:
                spans[cols[0]] = tuple(tuple(int(x) for x in part.split()) for part in offsets.split(";"))  # type: ignore[misc]
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            events.append([tuple(arg.split(":", 1)) for arg in cols[1].split() if ":" in arg])  # type: ignore[misc]
    result = []
    for args in events:
        roles: dict[str, list[tuple[int, int]]] = {role: [] for role in ROLES}
        for role, ref in args:
            key = re.sub(r"\d+$", "", role).lower()
            if key in roles:
                roles[key].extend(spans.get(ref, ()))
        if roles["cue"] or roles["content"]:
            result.append(GoldAttribution(**{role: tuple(sorted(r)) for role, r in roles.items()}))
    return result


def load_gold(directory: Path, limit: int | None = None) -> list[GoldArticle]:
    """Articles of a PolNeAR-layout directory, sorted by name, the first ``limit`` only if given."""
    texts = sorted((directory / "text").glob("*.txt"))[:limit]
    articles = []
    for path in texts:
        article = GoldArticle(path.stem, path.read_text(encoding="utf-8"))
        for ann in sorted((directory / "attributions").glob(f"{path.stem}_*.ann")):
            annotator = ann.stem[len(path.stem) + 1 :]
            article.annotations[annotator] = parse_ann(ann.read_text(encoding="utf-8"))
        if article.annotations:
            articles.append(article)
    return articles


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding whitespace, punctuation and quotation marks."""
    start, end = max(0, start), min(end, len(text))
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _tokens(text: str, ranges: Ranges) -> list[tuple[int, int]]:
    """Word and punctuation tokens lying inside ``ranges``."""
    found = []
    for start, end in ranges:
        found.extend(m.span() for m in _TOKEN.finditer(text, start, end))
    return found


def matches(text: str, pred: tuple[int, int], gold: Ranges, exact: bool) -> bool:
    """Whether a predicted span matches a gold one (exact after trimming, or partial by tokens)."""
    if not gold:
        return False
    if exact:
        return _trim(text, *pred) == _trim(text, gold[0][0], gold[-1][1])
    tokens = _tokens(text, gold)
    covered = sum(1 for s, e in tokens if s < pred[1] and e > pred[0])
    return bool(tokens) and covered * 2 >= len(tokens)


def score_role(text: str, preds: Sequence[tuple[int, int]], golds: Sequence[Ranges], exact: bool) -> Counts:
    """Greedy one-to-one matching of predicted and gold spans of one role."""
    used: set[int] = set()
    matched = 0
    for pred in sorted(preds):
        for g, gold in enumerate(golds):
            if g not in used and matches(text, pred, gold, exact):
                used.add(g)
                matched += 1
                break
    return Counts(matched, len(preds), len(golds))


Prediction = dict[str, "tuple[int, int] | None"]
"""A predicted attribution: role -> span or None."""


def score_article(
    text: str, preds: Iterable[Prediction], gold: Sequence[GoldAttribution], exact: bool
) -> dict[str, Counts]:
    """Per-role counts of one article against one annotator."""
    preds = list(preds)
    return {
        role: score_role(
            text,
            [p[role] for p in preds if p.get(role)],  # type: ignore[misc]
            [getattr(g, role) for g in gold if getattr(g, role)],
            exact,
        )
        for role in ROLES
    }


def _speech(lemmas: Iterable[str]) -> bool:
    """Whether any of the lemmas is a speech cue in the lexicon."""
    from newsgraph.quotes.cues import cue_class

    return any(cue_class(lemma) == "speech" for lemma in lemmas)


def source_span(doc, quote) -> tuple[int, int] | None:
    """The source span as PolNeAR marks it: the relative pronoun of ``Kerry, who said``, else the speaker's span.

    The record names the antecedent ("Kerry"); the guidelines annotate the pronoun heading the cue's clause.
    """
    from newsgraph.quotes.speakers import relative_subject

    if not quote.speaker or not quote.cue:
        return None
    for token in doc.char_span(*quote.cue.span, alignment_mode="expand") or ():
        if (pronoun := relative_subject(token)) is not None:
            return pronoun.idx, pronoun.idx + len(pronoun.text)
    return quote.speaker.span


def predictions(doc) -> list[tuple[Prediction, bool]]:
    """Each ``doc._.quotes`` entry as role spans, with whether its cue is a speech verb."""
    result = []
    for quote in doc._.quotes or []:
        spans: Prediction = {
            "source": source_span(doc, quote),
            "cue": quote.cue.span if quote.cue else None,
            "content": quote.content_span,
        }
        result.append((spans, bool(quote.cue) and _speech([quote.cue.lemma])))
    return result


def gold_speech(doc, gold: GoldAttribution) -> bool:
    """Whether a gold attribution's cue holds a speech verb (lemmas from the parsed doc)."""
    if not gold.cue:
        return False
    span = doc.char_span(gold.cue[0][0], gold.cue[-1][1], alignment_mode="expand")
    lemmas = [t.lemma_.lower() for t in span or ()]
    if span is not None and span.text.lower().startswith("according to"):
        lemmas.append("according to")
    return _speech(lemmas)


Totals = dict[tuple[str, bool], dict[str, Counts]]
"""(subset, exact) -> role -> counts; subset is ``all`` or ``speech``."""


def evaluate(articles: Sequence[GoldArticle]) -> Totals:
    """Run the pipeline over the articles and accumulate counts per subset, matching mode and role."""
    totals: Totals = {(sub, ex): {r: Counts() for r in ROLES} for sub in ("all", "speech") for ex in (True, False)}
    for article, doc in parsed(articles):
        preds = predictions(doc)
        every, spoken = [p for p, _ in preds], [p for p, speech in preds if speech]
        weight = 1 / len(article.annotations)
        for gold in article.annotations.values():
            speech = [g for g in gold if gold_speech(doc, g)]
            for exact in (True, False):
                for sub, p, g in (("all", every, gold), ("speech", spoken, speech)):
                    for role, counts in score_article(article.text, p, g, exact).items():
                        totals[(sub, exact)][role].add(counts, weight)
    return totals


def parsed(articles: Sequence[GoldArticle]) -> Iterator[tuple[GoldArticle, object]]:
    """Each article with its doc, run through the evaluated components (the parse as the pipeline runs it)."""
    from newsgraph.nlp.pipeline import load_pipeline

    nlp = load_pipeline(components=("newsgraph_actors", "newsgraph_quotes"))
    with nlp.select_pipes(enable=[p for p in PIPES if p in nlp.pipe_names]):
        yield from zip(articles, nlp.pipe(a.text for a in articles), strict=True)


def gold_prediction(gold: GoldAttribution) -> Prediction:
    """A gold attribution as a prediction: each role from its first to its last character, as predicted spans are."""
    return {role: (spans[0][0], spans[-1][1]) if (spans := getattr(gold, role)) else None for role in ROLES}


def agreement(articles: Sequence[GoldArticle]) -> dict[bool, dict[str, Counts]]:
    """Annotator against annotator, scored as the system is: every ordered pair of one article's annotators.

    The counts of an article's pairs are averaged, so each article weighs as in ``evaluate``. This is the
    ceiling the guidelines leave: how far two trained people agree on the same text. ``exact`` -> role -> counts.
    """
    totals = {exact: {role: Counts() for role in ROLES} for exact in (True, False)}
    for article in articles:
        pairs = list(itertools.permutations(article.annotations.values(), 2))
        for pred, gold in pairs:
            for exact in (True, False):
                for role, counts in score_article(article.text, map(gold_prediction, pred), gold, exact).items():
                    totals[exact][role].add(counts, 1 / len(pairs))
    return totals


def format_agreement(people: dict[bool, dict[str, Counts]], system: Totals, n_articles: int) -> str:
    """Annotators' agreement beside the system's scores on the same multiply annotated articles."""
    lines = [
        f"\nAgreement on the {n_articles} articles with several annotators (all attributions; one annotator scored"
        " against each other one, averaged)",
        f"{'role':8} {'match':8} {'annotators F1':>14} {'newsgraph F1':>13}",
    ]
    for exact in (True, False):
        for role in ROLES:
            mode = "exact" if exact else "partial"
            lines.append(f"{role:8} {mode:8} {people[exact][role].prf()[2]:14.3f} {system[('all', exact)][role].prf()[2]:13.3f}")
    return "\n".join(lines)


def names_person(doc, span: tuple[int, int]) -> bool:
    """Whether a source names or refers to a person: a personal pronoun, a proper noun head or a PERSON token."""
    from newsgraph.quotes.coref import PERSON_PRONOUNS

    tokens = doc.char_span(*span, alignment_mode="expand")
    if tokens is None or not len(tokens):
        return False
    return tokens.root.lower_ in PERSON_PRONOUNS or tokens.root.pos_ == "PROPN" or any(t.ent_type_ == "PERSON" for t in tokens)


def speaker_rows(article: GoldArticle, doc) -> list[str]:
    """One line per correctly found source naming a person: the source, the actor it resolved to, the sentence.

    For hand-checking speaker resolution (issue 5: right actor for >= 90 % of such sources). A source
    is correctly found when its cue and its source both match one gold attribution (partial).
    """
    names = {e.id: e.name for e in doc._.entities or []}
    gold = [g for ann in article.annotations.values() for g in ann if g.cue and g.source]
    rows = []
    for quote in doc._.quotes or []:
        span = source_span(doc, quote)
        if span is None or quote.speaker is None or quote.speaker.anonymous or not names_person(doc, quote.speaker.span):
            continue
        if not any(matches(article.text, quote.cue.span, g.cue, False) and matches(article.text, span, g.source, False) for g in gold):
            continue
        actor = f"{quote.speaker.entity} {names.get(quote.speaker.entity, '')}" if quote.speaker.entity else "None"
        sentence = doc.char_span(*quote.speaker.span, alignment_mode="expand").sent.text.replace("\n", " / ")
        rows.append(f"{article.name}\t{quote.id}\t{quote.speaker.text!r} -> {actor}\t| {sentence[:160]}")
    return rows


def format_report(totals: Totals, n_articles: int, seconds: float) -> str:
    """The printed tables: P/R/F1 per role, exact and partial, all and speech-verb attributions."""
    lines = [f"newsgraph eval quotes: {n_articles} articles, {seconds:.0f} s"]
    for sub in ("all", "speech"):
        lines.append(f"\n{'All attributions' if sub == 'all' else 'Attributions whose cue is a speech verb'}")
        lines.append(f"{'role':8} {'match':8} {'P':>6} {'R':>6} {'F1':>6} {'pred':>7} {'gold':>7}  Citron/PARC exact F1")
        for exact in (True, False):
            for role in ROLES:
                c = totals[(sub, exact)][role]
                p, r, f = c.prf()
                ref = f"{CITRON_PARC_EXACT_F1[role]:.2f}" if exact and sub == "all" else ""
                mode = "exact" if exact else "partial"
                lines.append(f"{role:8} {mode:8} {p:6.3f} {r:6.3f} {f:6.3f} {c.predicted:7.1f} {c.gold:7.1f}  {ref}")
    lines.append("\nCitron figures are from PARC 3.0 (another corpus and guideline): a reference, not a like-for-like comparison.")
    return "\n".join(lines)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``newsgraph eval quotes``."""
    parser.add_argument("--gold", type=Path, required=True, help="PolNeAR-layout directory (text/, attributions/).")
    parser.add_argument("--limit", type=int, default=None, help="Score only the first N articles.")
    parser.add_argument("--start", type=int, default=0, help="Skip the first N articles (with --limit: a slice).")
    parser.add_argument(
        "--speakers", action="store_true", help="List correctly found person sources and their resolved actors instead of scores."
    )
    parser.add_argument(
        "--agreement",
        action="store_true",
        help="Score only articles with several annotators, and print how far the annotators agree with each other there.",
    )


def run(args: argparse.Namespace) -> int:
    """Run the pipeline over the gold articles and print the score tables."""
    import time

    if not (args.gold / "text").is_dir():
        print(f"newsgraph eval quotes: no text/ directory under {args.gold}")
        return 2
    started = time.perf_counter()
    articles = load_gold(args.gold, None if args.limit is None else args.start + args.limit)[args.start :]
    if args.speakers:
        for article, doc in parsed(articles):
            print("\n".join(speaker_rows(article, doc)))
        return 0
    if args.agreement:
        articles = [a for a in articles if len(a.annotations) > 1]
    totals = evaluate(articles)
    print(format_report(totals, len(articles), time.perf_counter() - started))
    if args.agreement:
        print(format_agreement(agreement(articles), totals, len(articles)))
    return 0
