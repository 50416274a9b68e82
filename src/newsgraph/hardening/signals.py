"""Stopping a long run cleanly: SIGTERM handled like Ctrl-C, and signals held off while output is written.

Ctrl-C (SIGINT) raises ``KeyboardInterrupt`` wherever the main thread is, which is prompt and, for the
analysis, harmless (a batch not yet written is simply redone by the rerun). Two things are added here:
``kill PID`` (SIGTERM, how background runs and service managers stop a process) takes the same clean path
instead of killing the process outright, and the few moments in which a batch is committed or a record
line is written are made indivisible, so a signal there acts right after them rather than discarding them.
A signal a process inherited as *ignored* (a job started with ``&`` from a script) stays ignored: that is
the shell's promise that the terminal's Ctrl-C does not reach background jobs.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

STOPPING = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM arrived: an interruption like Ctrl-C, reported with exit status 143 (128 + 15)."""


def exit_status(interruption: KeyboardInterrupt) -> int:
    """The shell's exit status for a run stopped by ``interruption``: 143 for SIGTERM, 130 for Ctrl-C."""
    return 128 + (signal.SIGTERM if isinstance(interruption, Terminated) else signal.SIGINT)


def _terminate(signum: int, frame: FrameType | None) -> None:
    """SIGTERM handler: stop the run as Ctrl-C would."""
    raise Terminated()


def on_main_thread() -> bool:
    """Whether this is the main thread (only it may set signal handlers or open a spaCy memory zone)."""
    return threading.current_thread() is threading.main_thread()


@contextmanager
def terminate_as_interrupt() -> Iterator[None]:
    """While inside, SIGTERM raises ``Terminated`` in the main thread, so the run stops as on Ctrl-C.

    Left alone when SIGTERM is ignored or already handled, or off the main thread (where Python cannot
    set handlers)."""
    if not on_main_thread() or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return
    signal.signal(signal.SIGTERM, _terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@contextmanager
def signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM until the block has run to its end, then act on the first that came.

    For short blocks that must not be cut half-way (a batch's commit, one output line). Only signals
    with a Python handler are held (an ignored or default one keeps its meaning); if the block itself
    raises, that exception wins. A no-op off the main thread."""
    if not on_main_thread():
        yield
        return
    held: list[tuple[int, FrameType | None]] = []
    handlers = {s: h for s in STOPPING if callable(h := signal.getsignal(s))}
    for signum in handlers:
        signal.signal(signum, lambda s, frame: held.append((s, frame)))
    try:
        yield
    finally:
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
    if held:
        signum, frame = held[0]
        handlers[signum](signum, frame)
