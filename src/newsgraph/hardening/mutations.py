"""Ways to make a real news page hostile: each takes page text and a seeded RNG, returns bytes.

Every mutation models something crawls really contain (see the README's hardening report).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

Mutation = Callable[[str, random.Random], bytes]

_ENCODINGS = ("cp1252", "latin-1", "utf-16", "shift_jis", "koi8-r", "cp1251", "iso-8859-7", "gb18030", "utf-8")
_FOREIGN = (
    "قال وزير الخارجية إن المحادثات ستستمر الأسبوع المقبل",
    "שר החוץ אמר כי השיחות יימשכו בשבוע הבא",
    "外交部长说，会谈将于下周继续举行",
    "Министр иностранных дел заявил, что переговоры продолжатся",
    "\u202eevil right-to-left override\u202c",
)
_QUOTES = ('"', "“", "”", "‘", "’", "«", "»", "'")


def _place(text: str, rng: random.Random, piece: str) -> str:
    """Insert ``piece`` at a random position of ``text``."""
    at = rng.randrange(len(text) + 1)
    return text[:at] + piece + text[at:]


def mislabeled(text: str, rng: random.Random) -> bytes:
    """Encode in one charset, declare another in a <meta> tag (or none)."""
    actual, declared = rng.choice(_ENCODINGS), rng.choice(_ENCODINGS + ("",))
    meta = f'<meta charset="{declared}">' if declared else ""
    return (meta + text).encode(actual, errors="replace")


def with_bom(text: str, rng: random.Random) -> bytes:
    """A byte-order mark, sometimes one that contradicts the encoding that follows."""
    bom = rng.choice((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))
    return bom + text.encode(rng.choice(("utf-8", "utf-16-le", "cp1252")), errors="replace")


def control_chars(text: str, rng: random.Random) -> bytes:
    """NUL and other control characters sprinkled through the page."""
    for _ in range(rng.randint(1, 50)):
        text = _place(text, rng, chr(rng.choice((0, 1, 7, 8, 11, 12, 27, 127, 0xFEFF))))
    return text.encode("utf-8")


def mixed_scripts(text: str, rng: random.Random) -> bytes:
    """Arabic, Hebrew, Chinese, Cyrillic and bidi overrides mixed into English."""
    for _ in range(rng.randint(1, 8)):
        text = _place(text, rng, " " + rng.choice(_FOREIGN) + " ")
    return text.encode("utf-8")


def unbalanced_quotes(text: str, rng: random.Random) -> bytes:
    """Quotation marks dropped, doubled and added at random."""
    chars = list(text)
    for _ in range(rng.randint(5, 200)):
        at = rng.randrange(len(chars) + 1)
        if at < len(chars) and chars[at] in _QUOTES and rng.random() < 0.5:
            del chars[at]
        else:
            chars.insert(at, rng.choice(_QUOTES))
    return "".join(chars).encode("utf-8")


def truncated(text: str, rng: random.Random) -> bytes:
    """The page cut off at a random point (a broken download)."""
    return text[: rng.randrange(len(text) + 1)].encode("utf-8")


def broken_tags(text: str, rng: random.Random) -> bytes:
    """Unclosed, stray and malformed tags."""
    junk = ("<div", "</p></p></div>", "<table><tr><td>", "<!--", "<script>", "]]>", "<p <p>", "&#xZZZ;", "<![CDATA[")
    for _ in range(rng.randint(1, 30)):
        text = _place(text, rng, rng.choice(junk))
    return text.encode("utf-8")


def byte_flips(text: str, rng: random.Random) -> bytes:
    """Random bytes overwritten (disk or transfer corruption)."""
    data = bytearray(text.encode("utf-8"))
    for _ in range(rng.randint(1, max(2, len(data) // 200))):
        if data:
            data[rng.randrange(len(data))] = rng.randrange(256)
    return bytes(data)


def strip_tags(text: str, rng: random.Random) -> bytes:
    """The page as a scraper's get_text would give it, lines shuffled slightly."""
    lines = [line.strip() for line in re.sub(r"<[^>]+>", "\n", text).splitlines() if line.strip()]
    for _ in range(rng.randint(0, 5)):
        if len(lines) > 2:
            i = rng.randrange(len(lines) - 1)
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
    return "\n".join(lines).encode("utf-8")


MUTATIONS: dict[str, Mutation] = {
    "mislabeled-encoding": mislabeled,
    "bom": with_bom,
    "control-chars": control_chars,
    "mixed-scripts": mixed_scripts,
    "unbalanced-quotes": unbalanced_quotes,
    "truncated": truncated,
    "broken-tags": broken_tags,
    "byte-flips": byte_flips,
    "scraped-text": strip_tags,
}
