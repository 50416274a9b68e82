"""Bounds on what one input may cost, gathered in one object so every stage reads the same ones."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-input limits; an input over a limit becomes an error record, never a hang."""

    max_bytes: int = 20_000_000
    """Largest raw page (after decompression) read into memory."""
    max_text_chars: int = 300_000
    """Longest extracted article text handed to the NLP stage."""
    fetch_timeout: float = 20.0
    """Seconds to wait for a URL before giving up."""
    max_decompression_ratio: int = 200
    """gzip output larger than this many times its input is treated as a bomb."""


DEFAULT_LIMITS = Limits()
