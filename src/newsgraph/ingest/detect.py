"""Tell what a blob of bytes is by its content, never by its file name."""

from __future__ import annotations

import re
from typing import Literal

Kind = Literal["gzip", "warc", "html", "text", "binary", "empty"]

_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "zip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ", "xz archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"\x7fELF", "ELF executable"),
    (b"RIFF", "RIFF media file"),
    (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00", "binary file"),
)
_HTML_START = re.compile(
    rb"^\s*(<!--.*?-->\s*)*(<\?xml[^>]*>\s*)?(<!doctype\s+html|<html|<head|<body|<meta|<title|<div|<p[\s>]|<article)",
    re.IGNORECASE | re.DOTALL,
)
_HTML_ANYWHERE = re.compile(rb"<(html|body|p|div|article)[\s>]", re.IGNORECASE)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def binary_reason(head: bytes) -> str | None:
    """A name for the binary format ``head`` starts with, or None if it may be text."""
    for magic, name in _BINARY_MAGIC:
        if head.startswith(magic):
            return name
    if head.startswith(_BOMS):
        return None
    sample = head[:4096]
    if b"\x00" in sample:
        return "binary data (NUL bytes)"
    controls = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    if controls > len(sample) // 20:
        return "binary data (control bytes)"
    return None


def sniff(head: bytes) -> Kind:
    """Classify an input from its first few kilobytes."""
    if not head.strip():
        return "empty"
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"WARC/"):
        return "warc"
    if binary_reason(head):
        return "binary"
    body = head.lstrip(b"".join(_BOMS)) if head.startswith(_BOMS) else head
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        body = head.decode("utf-16", errors="ignore").encode("utf-8", errors="ignore")
    if _HTML_START.match(body) or len(_HTML_ANYWHERE.findall(body[:8192])) >= 2:
        return "html"
    return "text"
