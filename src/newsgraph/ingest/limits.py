"""Bounds on what one input may cost, gathered in one object so every stage reads the same ones."""

from __future__ import annotations

import argparse
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """Per-input limits; an input over a limit becomes an error record, never a hang."""

    max_bytes: int = 20_000_000
    """Largest raw page (after decompression) read into memory."""
    max_text_chars: int = 100_000
    """Longest extracted article text handed to the NLP stage."""
    extract_seconds: float = 30.0
    """Longest time extraction may spend on one page (main thread only; see ``time_limit``)."""
    fetch_timeout: float = 20.0
    """Seconds to wait for a URL before giving up."""
    max_decompression_ratio: int = 200
    """gzip output larger than this many times its input is treated as a bomb."""
    batch_chars: int = 100_000
    """Most article text spaCy analyses at once (a longer text alone): its memory grows with the batch's tokens."""


DEFAULT_LIMITS = Limits()


def add_limit_arguments(parser: argparse.ArgumentParser) -> None:
    """``--max-bytes``, ``--max-chars``, ``--time-limit`` and ``--batch-chars``, for every command that reads inputs."""
    parser.add_argument("--max-bytes", type=int, default=Limits.max_bytes, help="largest input page, in bytes")
    parser.add_argument("--max-chars", type=int, default=Limits.max_text_chars, help="longest article text analysed")
    parser.add_argument("--time-limit", type=float, default=Limits.extract_seconds,
                        help="seconds extraction may spend on one page")
    parser.add_argument("--batch-chars", type=int, default=Limits.batch_chars,
                        help="most characters of text analysed together (bounds peak memory)")


def add_clean_argument(parser: argparse.ArgumentParser) -> None:
    """``--clean-text``, for every command that reads inputs (how plain text is read, beside the limits)."""
    parser.add_argument("--clean-text", action="store_true",
                        help="plain-text inputs are already the article (a corpus of clean texts): keep every line "
                             "as body instead of separating page chrome")


def limits_from_arguments(args: argparse.Namespace) -> Limits:
    """The limits the ``add_limit_arguments`` options asked for."""
    return Limits(max_bytes=args.max_bytes, max_text_chars=args.max_chars, extract_seconds=args.time_limit,
                  batch_chars=args.batch_chars)


class TimeLimitExceeded(TimeoutError):
    """A stage took longer on one document than its limit allows."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded if the block runs longer than ``seconds``.

    Uses SIGALRM, so it bounds work only on the main thread of a Unix process; elsewhere
    (e.g. inside a Dask worker thread) it is a no-op and the size limits are the bound.
    """
    if seconds <= 0 or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def _expire(signum: int, frame: object) -> None:
        raise TimeLimitExceeded(f"took longer than {seconds:g} s (limit)")

    previous = signal.signal(signal.SIGALRM, _expire)
    signal.setitimer(signal.ITIMER_REAL, seconds, 0.5)  # re-fires if a __del__ swallows the first alarm
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
