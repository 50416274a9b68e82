"""``newsgraph eval events``: PLOVER type, actor-code and mode accuracy on gold standard records.

Gold: a JSON list (or JSON lines) of PLOVER gold standard records (``text``, ``event``, ``mode``,
``source``/``target`` as [{actorText, code}], optional ``date``). Older labels are mapped to PLOVER 2.0
(DEMAND->REQUEST, DISAPPROVE->ACCUSE, INVESTIGATE->ACCUSE investigate, FIGHT->ASSAULT, YIELD->CONCEDE).

Negated events did not happen and are not scored. Matching rule, per record: a predicted event matches the gold event when its source span overlaps an
occurrence of a gold source actorText in the text, or its source country equals a gold source code
(CAMEO codes normalised to ISO3). Among matching events the most confident one is the record's
prediction; its PLOVER category (planned CONSULT/SUPPORT/COOPERATE/AID count as AGREE, planned RETREAT
as CONCEDE, manual 3.1/3.4) is compared with the gold type. A record with no matching event is a miss.
Source/target accuracy: the record's prediction (else its most confident event) has a source (target)
country equal to one of the gold codes; records without a gold target are reported apart ("null target
kept": the prediction has no target). Mode accuracy compares the projected mode (a planned or hypothetical
act coded THREATEN takes the threat mode of the act) with the gold mode, older mode names mapped.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``newsgraph eval events``."""
    parser.add_argument("--gold", required=True, type=Path, help="PLOVER gold standard records (JSON list or JSONL).")
    parser.add_argument("--min-confidence", type=float, default=0.3, help="Ignore events below this confidence.")
    parser.add_argument("--limit", type=int, default=None, help="Score only the first N records.")
    parser.add_argument("--half", choices=("even", "odd"), default=None,
                        help="Score only the even- or odd-index records (inspect errors on one half, check on the other).")
    parser.add_argument("--errors", action="store_true", help="Print each wrongly typed or missed record.")
    parser.add_argument("--json", action="store_true", help="Print the figures as one JSON object.")


@dataclass
class Gold:
    """One gold record, normalised."""

    id: str
    text: str
    type: str
    mode: str | None
    sources: list[tuple[str, str | None]]
    targets: list[tuple[str, str | None]]
    date: str | None = None


@dataclass
class Scored:
    """What the system said about one gold record."""

    gold: Gold
    predicted: str | None = None
    source_ok: bool = False
    target_ok: bool = False
    mode_ok: bool | None = None
    confidence: float = 0.0
    events: list[str] = field(default_factory=list)


def _actors(value: object, cameo: dict[str, str]) -> list[tuple[str, str | None]]:
    items = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    out = []
    for item in items:
        code = (item.get("code") or "").strip().upper() or None
        out.append((item.get("actorText") or "", cameo.get(code, code) if code else None))
    return out


def load_gold(path: Path, cameo: dict[str, str]) -> list[Gold]:
    """Read and normalise gold records (labels mapped to PLOVER 2.0, codes to ISO3)."""
    from newsgraph.events.ontology import load_ontology

    raw = path.read_text(encoding="utf-8")
    records = json.loads(raw) if raw.lstrip().startswith("[") else [json.loads(line) for line in raw.splitlines() if line.strip()]
    onto, gold = load_ontology(), []
    for r in records:
        type_, mode = onto.normalise(r.get("event", ""), (r.get("mode") or "").strip() or None)
        gold.append(Gold(str(r.get("id", len(gold))), r.get("text", ""), type_, mode,
                         _actors(r.get("source"), cameo), _actors(r.get("target"), cameo), r.get("date")))
    return gold


def _matches(event, gold: Gold) -> bool:
    """The printed matching rule: source span overlaps a gold actorText occurrence, or codes are equal."""
    for text, code in gold.sources:
        start = gold.text.find(text) if text else -1
        if start >= 0 and event.source.span and event.source.span[0] < start + len(text) and start < event.source.span[1]:
            return True
        if code and event.source.country == code:
            return True
    return False


def score(gold: Gold, events: Sequence, onto) -> Scored:
    """Score one record's events against its gold event."""
    result = Scored(gold, events=[f"{e.type}/{e.modality} {e.source.text}->{e.target.text if e.target else '-'}" for e in events])
    matching = [e for e in events if _matches(e, gold)]
    chosen = max(matching or events, key=lambda e: e.confidence, default=None)
    if chosen is None:
        return result
    category, mode = onto.project(chosen.type, chosen.mode, chosen.modality)
    if matching:
        result.predicted = category
        result.confidence = chosen.confidence
    result.source_ok = chosen.source.country in {c for _, c in gold.sources if c}
    gold_targets = {c for _, c in gold.targets if c}
    predicted_target = chosen.target.country if chosen.target else None
    result.target_ok = predicted_target in gold_targets if gold_targets else predicted_target is None
    if gold.mode:
        result.mode_ok = mode == gold.mode
    return result


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def type_figures(scored: Sequence[Scored], threshold: float = 0.0) -> dict:
    """Per-type and overall (macro, micro) precision/recall/F1 at a confidence threshold."""
    tp, fp, fn = Counter(), Counter(), Counter()
    for s in scored:
        predicted = s.predicted if s.confidence >= threshold else None
        if predicted == s.gold.type:
            tp[predicted] += 1
            continue
        fn[s.gold.type] += 1
        if predicted is not None:
            fp[predicted] += 1
    per_type = {t: dict(zip(("p", "r", "f1"), _prf(tp[t], fp[t], fn[t])), n=tp[t] + fn[t])
                for t in sorted({s.gold.type for s in scored})}
    micro = _prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    macro = [sum(v[k] for v in per_type.values()) / max(1, len(per_type)) for k in ("p", "r", "f1")]
    return {"per_type": per_type, "micro": dict(zip(("p", "r", "f1"), micro)),
            "macro": dict(zip(("p", "r", "f1"), macro))}


def figures(scored: Sequence[Scored]) -> dict:
    """Everything ``eval events`` reports, as one dict."""
    with_target = [s for s in scored if any(c for _, c in s.gold.targets)]
    without_target = [s for s in scored if not any(c for _, c in s.gold.targets)]
    with_mode = [s for s in scored if s.mode_ok is not None]
    result = type_figures(scored)
    result.update(
        records=len(scored),
        matched=sum(s.predicted is not None for s in scored),
        source_accuracy=sum(s.source_ok for s in scored) / max(1, len(scored)),
        target_accuracy=sum(s.target_ok for s in with_target) / max(1, len(with_target)),
        target_records=len(with_target),
        null_target_accuracy=sum(s.target_ok for s in without_target) / max(1, len(without_target)),
        null_target_records=len(without_target),
        mode_accuracy=sum(bool(s.mode_ok) for s in with_mode) / max(1, len(with_mode)),
        mode_records=len(with_mode),
        thresholds={str(t): {k: type_figures(scored, t)[k] for k in ("micro", "macro")} for t in THRESHOLDS},
    )
    return result


def _print(result: dict, elapsed: float) -> None:
    print(f"records {result['records']}  with a source-matched event {result['matched']}  ({elapsed:.1f} s)")
    print("match rule: event source span overlaps the gold source actorText, or source country == gold code (ISO3)")
    print(f"{'type':<10} {'n':>4} {'P':>6} {'R':>6} {'F1':>6}")
    for name, v in result["per_type"].items():
        print(f"{name:<10} {v['n']:>4} {v['p']:>6.3f} {v['r']:>6.3f} {v['f1']:>6.3f}")
    for avg in ("macro", "micro"):
        v = result[avg]
        print(f"{avg:<10} {'':>4} {v['p']:>6.3f} {v['r']:>6.3f} {v['f1']:>6.3f}")
    print(f"source code accuracy {result['source_accuracy']:.3f} (n={result['records']})")
    print(f"target code accuracy {result['target_accuracy']:.3f} (n={result['target_records']} with a gold target)")
    print(f"null target kept     {result['null_target_accuracy']:.3f} (n={result['null_target_records']} without a gold target)")
    print(f"mode accuracy        {result['mode_accuracy']:.3f} (n={result['mode_records']} with a gold mode)")
    print("confidence threshold: micro P/R/F1, macro F1")
    for t, v in result["thresholds"].items():
        m = v["micro"]
        print(f"  >= {t}: {m['p']:.3f} / {m['r']:.3f} / {m['f1']:.3f}, macro F1 {v['macro']['f1']:.3f}")


def run(args: argparse.Namespace) -> int:
    """Run the pipeline on each gold record's text and print the scores."""
    import time

    from importlib import resources

    from newsgraph.events.ontology import load_ontology
    from newsgraph.nlp.pipeline import load_pipeline

    cameo = {k: v for k, v in json.loads(resources.files("newsgraph.events").joinpath(
        "data/cameo_iso3.json").read_text("utf-8")).items() if not k.startswith("_")}
    gold = load_gold(args.gold, cameo)[: args.limit]
    if args.half:
        gold = gold[args.half == "odd"::2]
    nlp, onto, started = load_pipeline(), load_ontology(), time.perf_counter()
    scored = []
    for record in gold:
        doc = nlp.make_doc(record.text)
        doc._.published = record.date
        doc = nlp(doc)
        events = [e for e in doc._.events or () if e.confidence >= args.min_confidence and e.modality != "negated"]
        scored.append(score(record, events, onto))
        if args.errors and scored[-1].predicted != record.type:
            print(f"{record.id}: gold {record.type} got {scored[-1].predicted} | {record.text[:160]}")
            print(f"    {'; '.join(scored[-1].events) or 'no events'}")
    result = figures(scored)
    if args.json:
        print(json.dumps(result, indent=1))
    else:
        _print(result, time.perf_counter() - started)
    return 0
