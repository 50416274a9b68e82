"""Photo credits: recognise them and split them off captions.

Credits follow a few conventions shared across news sites and agencies: a trailing
parenthesis naming a photo or agency ("(AP Photo/Jane Doe)"), a "Photo: ..." tail,
"Name/Agency" or a copyright sign.
"""

from __future__ import annotations

import re

_AGENCY = r"(?:Getty(?: Images)?|Reuters|AFP|AP|EPA|Shutterstock|Bloomberg|Associated Press|Xinhua|Alamy|iStock|Pool|IANS|PTI|ANSA|dpa|TASS|Sputnik)"
_CREDIT_WORD = rf"(?:Photo(?:graph)?s?|Fotos?|Image|Picture|Credit|Courtesy|Copyright|©|Video|Illustration|{_AGENCY})"
_PAREN = rf"\((?=[^()]*\b{_CREDIT_WORD}|[^()]*©|[^()]*\w\s?/\s?\w)[^()]*\)"
_TRAILING_PARENS = re.compile(rf"\s*{_PAREN}(?:\s*\([^()]*\))*\s*$")
_TAIL = re.compile(rf"(?:^|\s|[.;|–—-]\s*)((?:{_CREDIT_WORD})\s*(?:by)?\s*[:|/]\s*\S.*|©.*|\S[^.]*?/\s*{_AGENCY}\b.*)$", re.I)
_WHOLE = re.compile(rf"^(?:{_PAREN}|(?:{_CREDIT_WORD})\s*(?:by)?\s*[:|/].*|©.*|[\w .'’-]+/\s*{_AGENCY}.*)$", re.I)


CREDIT_WINDOW = 400
"""A credit ends its caption, so only the last characters are searched: the patterns cost quadratic time on
a long line without full stops (a 76,000-character line of a hostile page took 15 s), linear with this."""


def split_credit(caption: str) -> tuple[str, str | None]:
    """The caption without its credit, and the credit (``None`` when there is none)."""
    text = caption.strip()
    start = max(0, len(text) - CREDIT_WINDOW)
    match = _TRAILING_PARENS.search(text, start)
    if match is None:
        match = _TAIL.search(text, start)
        if match is None or len(match.group(1).split()) > 14:
            return text, None
        return text[: match.start(1)].rstrip(" ;|–—-"), match.group(1).strip()
    return text[: match.start()].rstrip(), text[match.start() :].strip()


def is_credit_line(text: str) -> bool:
    """True when the whole line is a credit ("Photo: Jane Doe/Reuters", "(AP Photo)")."""
    text = text.strip()
    return 0 < len(text.split()) <= 16 and bool(_WHOLE.match(text))
