"""Bytes to text: BOM, declared charset (HTTP header or <meta>), UTF-8, then detection."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_BOM_CODECS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def _codec(name: str | None) -> str | None:
    """Python's name for a declared charset, or None if unknown."""
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag within its first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    return _codec(match.group(1).decode("ascii", "ignore")) if match else None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding used)``; raise DecodeError for non-text."""
    for bom, name in _BOM_CODECS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    candidates = [c for c in (_codec(declared), declared_charset(data)) if c]
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for name in candidates:
        if name != "utf-8":
            try:
                return data.decode(name), name
            except (UnicodeDecodeError, LookupError):
                continue
    encoding = _detect(data)
    return data.decode(encoding, errors="replace"), encoding


_PREFERRED = ("utf_8", "cp1252", "latin_1", "iso8859_15")
"""Among equally likely detections, the encodings Western news pages use most."""


def _detect(data: bytes) -> str:
    """The most likely encoding of undeclared, non-UTF-8 bytes, breaking ties toward common ones."""
    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None or best.encoding is None:
        raise DecodeError("not text in any known encoding")
    tied = {r.encoding for r in results if (r.chaos, r.coherence) == (best.chaos, best.coherence)}
    return next((name for name in _PREFERRED if name in tied), best.encoding)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufeff\ufffe]")


def strip_control(text: str) -> str:
    """Remove NUL, control characters and stray BOMs that no article text contains."""
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
