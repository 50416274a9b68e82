"""PLOVER 2.0 as data: event types, their modes, contexts and the mapping of older labels."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class EventType:
    """One PLOVER event category."""

    name: str
    quad: str
    description: str
    needs_target: bool
    modes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Ontology:
    """The 16 PLOVER 2.0 types, context cue words, legacy labels and the planned-event projection."""

    types: dict[str, EventType]
    contexts: dict[str, tuple[str, ...]]
    legacy: dict[str, tuple[str, str | None]]
    legacy_modes: dict[str, str]
    planned_as: dict[str, str]
    content_modes: dict[str, dict[str, str]]
    threat_types: frozenset[str]
    refusable: frozenset[str]

    def normalise(self, label: str, mode: str | None = None) -> tuple[str, str | None]:
        """Map a possibly older label (DEMAND, FIGHT, ...) and mode (strike-hun, ...) to PLOVER 2.0."""
        label = (label or "").strip().upper()
        if label in self.legacy:
            new, forced = self.legacy[label]
            label, mode = new, forced or mode
        return label, self.legacy_modes.get(f"{label}:{mode}", mode)

    def category(self, type_: str, modality: str) -> str:
        """The PLOVER category a coder would assign: planned cooperation is AGREE (manual 3.1, 3.4), and a
        conditional conflictual act is a THREATEN ("THREATEN could be ASSAULT + hypothetical", manual 2.3)."""
        if modality == "planned":
            return self.planned_as.get(type_, type_)
        if modality == "hypothetical" and type_ in self.threat_types:
            return "THREATEN"
        return type_

    def project(self, type_: str, mode: str | None, modality: str) -> tuple[str, str | None]:
        """(category, mode) a coder would assign: a projected THREATEN takes its mode from the act it threatens."""
        category = self.category(type_, modality)
        if category == type_:
            return category, mode
        if category not in self.content_modes:
            return category, None
        return category, self.content_mode(category, type_, mode or "") or None

    def content_mode(self, outer: str, inner_type: str, inner_mode: str = "") -> str:
        """Mode of a REQUEST/REJECT/THREATEN from the event it is about ("urged to release" -> yield)."""
        table = self.content_modes.get(outer, {})
        return table.get(f"{inner_type}:{inner_mode}", table.get(inner_type, table.get("*", "")))


@lru_cache(maxsize=1)
def load_ontology() -> Ontology:
    """Read ``events/data/plover.json`` once."""
    raw = json.loads(resources.files("newsgraph.events").joinpath("data/plover.json").read_text("utf-8"))
    types = {
        name: EventType(name, spec["quad"], spec["description"], bool(spec["target"]), dict(spec["modes"]))
        for name, spec in raw["types"].items()
    }
    contexts = {name: tuple(words) for name, words in raw["contexts"].items()}
    legacy = {old: (new, mode) for old, (new, mode) in raw["legacy"].items()}
    legacy_modes = {k: v for k, v in raw["legacy_modes"].items() if not k.startswith("_")}
    planned = {k: v for k, v in raw["planned_as"].items() if not k.startswith("_")}
    modes = {k: v for k, v in raw["content_modes"].items() if not k.startswith("_")}
    return Ontology(types, contexts, legacy, legacy_modes, planned, modes, frozenset(raw["speech_derived"]["threaten"]),
                    frozenset(raw["negated_as"]["types"]))
