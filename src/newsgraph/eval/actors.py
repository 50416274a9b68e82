"""``newsgraph eval actors``: actor country-code and sector accuracy on PLOVER gold event records.

Each gold source/target actor is located in its sentence; the actor the pipeline found there is
scored, and when no actor covers the text, ``code_actor(actor text, sentence)`` is scored instead
(coverage is reported apart). Old CAMEO country codes are mapped to ISO3 through
``actors/data/cameo_codes.tsv``; gold sectors such as "CVLalb" are scored on their first three letters.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

DEFAULT_GOLD = "../shared/data/events/plover/plover_gsr_dev.json"
UNSCORED_SECTORS = frozenset({"", "***"})


@dataclass
class Item:
    """One gold actor in its sentence and what newsgraph predicted for it."""

    text: str
    actor: str
    code: str
    sector: str | None
    span: tuple[int, int] | None
    pred_code: str | None = None
    pred_sector: str | None = None
    covered: bool = False
    phrase_code: str | None = None
    phrase_sector: str | None = None


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Command-line options of ``eval actors``."""
    parser.add_argument("--gold", default=DEFAULT_GOLD, help="PLOVER gold records (JSON list).")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="Also print the first N code/sector errors.")
    parser.add_argument("--half", choices=("even", "odd"), default=None,
                        help="Score only the even- or odd-index records (inspect errors on one half, check on the other).")


def gold_items(records: list[dict], cameo: dict[str, str]) -> list[Item]:
    """Every source/target actor of ``records``, with its code mapped to ISO3 and its sector root."""
    items = []
    for record in records:
        for role in ("source", "target"):
            actors = record.get(role)
            for actor in actors if isinstance(actors, list) else ():
                sector = (actor.get("sector") or "").strip()
                code = actor.get("code", "").strip()
                items.append(Item(record["text"], actor["actorText"].strip(), cameo.get(code, code),
                                  None if sector in UNSCORED_SECTORS else sector[:3].upper(),
                                  locate(record["text"], actor["actorText"])))
    return items


def locate(text: str, actor: str) -> tuple[int, int] | None:
    """The ``[start, end)`` of the gold actor text in its sentence (its first part when elided with ".."), or None."""
    part = " ".join(actor.replace("...", "..").split("..")[0].split())
    start = text.lower().find(part.lower()) if part else -1
    return (start, start + len(part)) if start >= 0 else None


def predict(items: list[Item]) -> None:
    """Fill each item's prediction from the pipeline's actors, falling back to ``code_actor``."""
    from newsgraph.actors.coding import code_actor
    from newsgraph.nlp.pipeline import load_pipeline
    from newsgraph.nlp.spans import entity_at

    nlp = load_pipeline()
    texts = sorted({item.text for item in items})
    docs = dict(zip(texts, nlp.pipe(texts, batch_size=32)))
    for item in items:
        code = code_actor(item.actor, item.text)
        item.phrase_code, item.phrase_sector = code.country, code.sector
        entity = covering_actor(docs[item.text], item.span, entity_at) if item.span else None
        if entity is not None:
            item.covered = True
            item.pred_code, item.pred_sector = entity.country, entity.sector
        else:
            item.pred_code, item.pred_sector = item.phrase_code, item.phrase_sector


def covering_actor(doc, span: tuple[int, int], entity_at):
    """The actor with a mention on the gold phrase's syntactic head ("Hassan" in "King Hassan of Morocco"),
    else the actor overlapping the phrase most."""
    phrase = doc.char_span(*span, alignment_mode="expand")
    if phrase is not None and len(phrase):
        head = phrase.root.idx
        for entity in doc._.entities or ():
            if any(start <= head < end for start, end in entity.mentions):
                return entity
    return entity_at(doc, *span)


def _rate(hits: int, total: int) -> str:
    """``0.912 (104/114)``."""
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a (0/0)"


def report(items: list[Item], errors: int) -> None:
    """Print coverage, code and sector accuracy overall and by path, and per-sector errors."""
    print(f"gold actors: {len(items)}; located in their sentence: {sum(i.span is not None for i in items)}")
    print(f"coverage (a pipeline actor covers the gold text): {_rate(sum(i.covered for i in items), len(items))}")
    for label, subset in (("all", items), ("covered", [i for i in items if i.covered]),
                          ("fallback code_actor", [i for i in items if not i.covered])):
        sectored = [i for i in subset if i.sector]
        print(f"  {label:20s} code accuracy {_rate(sum(i.pred_code == i.code for i in subset), len(subset))}"
              f"   sector accuracy {_rate(sum(i.pred_sector == i.sector for i in sectored), len(sectored))}")
    sectored = [i for i in items if i.sector]
    print(f"  {'code_actor alone':20s} code accuracy {_rate(sum(i.phrase_code == i.code for i in items), len(items))}"
          f"   sector accuracy {_rate(sum(i.phrase_sector == i.sector for i in sectored), len(sectored))}"
          "   (every gold phrase coded with its sentence as context, no pipeline)")
    print("sector accuracy per gold sector (gold actors with a sector other than '***'):")
    by_sector: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.sector:
            by_sector[item.sector].append(item)
    for sector, group in sorted(by_sector.items(), key=lambda kv: -len(kv[1])):
        wrong = Counter(str(i.pred_sector) for i in group if i.pred_sector != i.sector)
        shown = ", ".join(f"{s}x{n}" for s, n in wrong.most_common(4))
        print(f"  {sector}: {_rate(len(group) - sum(wrong.values()), len(group))}  predicted instead: {shown or '-'}")
    shown = [i for i in items if i.pred_code != i.code or (i.sector and i.pred_sector != i.sector)][:errors]
    for item in shown:
        path = "covered" if item.covered else "fallback"
        print(f"  ERR [{path}] {item.actor!r}: gold {item.code}/{item.sector} predicted {item.pred_code}/{item.pred_sector}")


def run(args: argparse.Namespace) -> int:
    """Score the pipeline's actors against the gold file; 2 when the file is missing or unreadable."""
    from newsgraph.actors.knowledge import cameo_codes

    path = Path(args.gold)
    try:
        records = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        print(f"newsgraph eval actors: cannot read {path}: {error}")
        return 2
    if args.half:
        records = records[args.half == "odd" :: 2]
    items = gold_items(records, cameo_codes())
    print(f"gold: {path} ({len(records)} records{f', {args.half} half' if args.half else ''}); CAMEO codes mapped to ISO3: {sorted(cameo_codes().items())}")
    predict(items)
    report(items, args.errors)
    return 0
