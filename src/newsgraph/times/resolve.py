"""Resolve one English time expression to an ISO date, period or range against an anchor date.

Values: a day "2024-09-11", an ISO week or any range "2024-09-09/2024-09-15", a month
"2024-09", a year "2024". Rules are tried most specific first; the first that matches wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from newsgraph.dates import DAY as _DAY, FULL_DATES, ISO_DATE, MONTH as _MONTH, matched_date, month_number, safe_date
from newsgraph.times import calendar as cal

Resolution = tuple[str | None, str]
Handler = Callable[[re.Match, date | None, str], Resolution | None]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_NUM = r"(?P<num>\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_UNIT = r"(?P<unit>day|week|month|year)s?"
_REL = r"(?P<rel>last|next|this|past|coming|previous)"
_BACK, _FORWARD = {"last", "past", "previous"}, {"next", "coming"}


def normalize(text: str) -> str:
    """Lower case, no periods, single spaces ("Sept. 11" -> "sept 11", "mid-May" -> "mid may")."""
    text = text.casefold().replace("\u2019", "'").replace(".", " ")
    text = re.sub(r"\b(early|mid|late)-", r"\1 ", text)
    return " ".join(text.split())


def _month(m: re.Match) -> int:
    return month_number(m["month"])


def _number(m: re.Match) -> int:
    word = m["num"]
    return int(word) if word.isdigit() else _NUMBERS[word]


def _direction(rel: str | None, tense: str) -> str:
    """'back' or 'forward': the explicit word first, else the governing verb's tense."""
    if rel in _BACK:
        return "back"
    if rel in _FORWARD:
        return "forward"
    return "forward" if tense in ("future", "present") else "back"


def _full_date(m: re.Match, anchor: date | None, tense: str) -> Resolution | None:
    day = matched_date(m)
    return None if day is None else (cal.fmt_day(day), "day")


def _month_year(m: re.Match, anchor: date | None, tense: str) -> Resolution:
    return f"{int(m['year']):04d}-{_month(m):02d}", "month"


def _nearest(anchor: date, month: int, day: int) -> date | None:
    """The month/day occurrence nearest the anchor, the anchor's own year counting double
    (news omits the year for dates in the current year; "Dec. 28" in January is last year's)."""
    options = [d for d in (safe_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    return min(options, key=lambda d: abs((d - anchor).days) / (2 if d.year == anchor.year else 1),
               default=None)


def _month_day(m: re.Match, anchor: date, tense: str) -> Resolution | None:
    """ "Sept. 20": the nearest occurrence, favouring the anchor's year (see ``_nearest``)."""
    found = _nearest(anchor, _month(m), int(m["day"]))
    return None if found is None else (cal.fmt_day(found), "day")


def _month_alone(m: re.Match, anchor: date, tense: str) -> Resolution:
    """ "in May": the anchor's month is this one; otherwise the nearest May on the side the
    explicit word or clear past/future tense points to, else the nearest May."""
    month, rel = _month(m), m["rel"]
    if month == anchor.month and rel in (None, "this"):
        year = anchor.year
    elif rel is None and tense not in ("past", "future"):
        year = _nearest(anchor, month, 15).year
    elif _direction(rel, tense) == "back":
        year = anchor.year if month < anchor.month else anchor.year - 1
    else:
        year = anchor.year if month > anchor.month else anchor.year + 1
    if m["mod"]:
        return cal.fmt_period(cal.part(cal.month_of(date(year, month, 1)), m["mod"])), "range"
    return f"{year:04d}-{month:02d}", "month"


def _ago(m: re.Match, anchor: date, tense: str) -> Resolution:
    return _unit_value(cal.shift(anchor, m["unit"], -_number(m)), m["unit"])


def _ahead(m: re.Match, anchor: date, tense: str) -> Resolution:
    return _unit_value(cal.shift(anchor, m["unit"], _number(m)), m["unit"])


def _unit_value(day: date, unit: str) -> Resolution:
    """A date expressed at the precision of ``unit``."""
    if unit == "day":
        return cal.fmt_day(day), "day"
    if unit == "week":
        return cal.fmt_period(cal.iso_week(day)), "week"
    if unit == "month":
        return f"{day.year:04d}-{day.month:02d}", "month"
    return f"{day.year:04d}", "year"


def _past_n(m: re.Match, anchor: date, tense: str) -> Resolution:
    return cal.fmt_period((cal.shift(anchor, m["unit"], -_number(m)), anchor)), "range"


_DAY_WORDS = {"yesterday": -1, "last night": -1, "today": 0, "tonight": 0, "this morning": 0,
              "this afternoon": 0, "this evening": 0, "tomorrow": 1}


def _day_word(m: re.Match, anchor: date, tense: str) -> Resolution:
    return cal.fmt_day(anchor + timedelta(days=_DAY_WORDS[m["word"]])), "day"


def _overnight(m: re.Match, anchor: date, tense: str) -> Resolution:
    start = anchor - timedelta(days=1) if _direction(None, tense) == "back" else anchor
    return cal.fmt_period((start, start + timedelta(days=1))), "range"


def _relative_period(m: re.Match, anchor: date, tense: str) -> Resolution:
    """ "last week", "this year", "late next week", "earlier this month"."""
    unit, rel, mod = m["unit"], m["rel"], m["mod"]
    offset = -1 if rel in ("last", "previous") else 1 if rel in _FORWARD else 0
    if rel == "past":
        return cal.fmt_period((cal.shift(anchor, unit, -1), anchor)), "range"
    span = cal.period(cal.shift(anchor, unit, offset), unit)
    if mod == "earlier" and offset == 0:
        return cal.fmt_period((span[0], max(span[0], anchor - timedelta(days=1)))), "range"
    if mod == "later" and offset == 0:
        return cal.fmt_period((min(span[1], anchor + timedelta(days=1)), span[1])), "range"
    if mod:
        which = {"earlier": "early", "later": "late"}.get(mod, mod)
        return cal.fmt_period(cal.part(span, which)), "range"
    return _unit_value(span[0], unit)


def _weekend(m: re.Match, anchor: date, tense: str) -> Resolution:
    return cal.fmt_period(cal.weekend(anchor, _direction(m["rel"], tense))), "range"


def _weekday(m: re.Match, anchor: date, tense: str) -> Resolution:
    """Past context: the most recent such day (today included); future: the next one."""
    direction = _direction(m["rel"], tense)
    today_counts = m["rel"] is None and direction == "back"
    day = cal.weekday_near(anchor, WEEKDAYS.index(m["weekday"]), direction, today_counts)
    return cal.fmt_day(day), "day"


def _weekday_of_week(m: re.Match, anchor: date, tense: str) -> Resolution:
    """ "Monday of last week", "Friday next week": that day of that ISO week."""
    offset = {"last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}.get(m["rel"], 0)
    monday = cal.iso_week(cal.shift(anchor, "week", offset))[0]
    return cal.fmt_day(monday + timedelta(days=WEEKDAYS.index(m["weekday"]))), "day"


def _season(m: re.Match, anchor: date | None, tense: str) -> Resolution | None:
    """ "this summer", "last winter", "spring 2023" (northern-hemisphere meteorological seasons)."""
    name = m["season"]
    if m["year"]:
        return cal.fmt_period(cal.season(int(m["year"]), name)), "range"
    if anchor is None:
        return None, "unknown"
    rel, current = m["rel"], cal.season_near(anchor, name, None)
    if rel is None and (tense not in ("past", "future") or current[0] <= anchor <= current[1]):
        direction = None
    else:
        direction = None if rel == "this" else _direction(rel, tense)
    return cal.fmt_period(cal.season_near(anchor, name, direction)), "range"


def _past_decade(m: re.Match, anchor: date, tense: str) -> Resolution:
    return cal.fmt_period((cal.shift(anchor, "year", -10), anchor)), "range"


def _decade(m: re.Match, anchor: date | None, tense: str) -> Resolution:
    start = int(m["decade"]) * 10
    return f"{start}/{start + 9}", "range"


def _year(m: re.Match, anchor: date | None, tense: str) -> Resolution:
    return m["year"], "year"


_WEEKDAY = r"(?P<weekday>" + "|".join(WEEKDAYS) + ")"
_MOD = r"(?:(?P<mod>early|mid|late|earlier|later) )?"

RULES: tuple[tuple[re.Pattern, Handler, bool], ...] = tuple(
    (re.compile(pattern), handler, needs_anchor)
    for pattern, handler, needs_anchor in (
        (ISO_DATE, _full_date, False),
        *((pattern, _full_date, False) for pattern in FULL_DATES),
        (rf"\b{_MONTH},? (?P<year>\d{{4}})\b", _month_year, False),
        (rf"\b{_MONTH} {_DAY}\b(?! ?\d)", _month_day, True),
        (rf"\b{_NUM} {_UNIT} ago\b", _ago, True),
        (rf"\b(?:in|within) {_NUM} {_UNIT}\b", _ahead, True),
        (rf"\b{_NUM} {_UNIT} from now\b", _ahead, True),
        (rf"\b(?:past|last|previous) {_NUM} {_UNIT}\b", _past_n, True),
        (r"\b(?P<word>yesterday|last night|today|tonight|tomorrow|this (?:morning|afternoon|evening))\b",
         _day_word, True),
        (r"\bovernight\b", _overnight, True),
        (rf"\b{_WEEKDAY},? (?:of )?{_REL} week\b", _weekday_of_week, True),
        (rf"\b{_MOD}{_REL} (?P<unit>week|month|year)\b", _relative_period, True),
        (rf"\b(?:{_REL} )?weekend\b", _weekend, True),
        (rf"\b(?:{_REL} )?{_WEEKDAY}\b", _weekday, True),
        (r"\b(?:past|last|previous) decade\b", _past_decade, True),
        (rf"\b(?:{_REL} )?(?P<season>spring|summer|fall|autumn|winter)(?: of)?(?: (?P<year>\d{{4}}))?\b",
         _season, False),
        (r"\b(?:the )?(?P<decade>1[89]\d|20\d)0s\b", _decade, False),
        (r"\b(?P<year>1[89]\d\d|20\d\d)\b", _year, False),
        (rf"\b(?:(?P<mod>early|mid|late) )?(?:{_REL} )?{_MONTH}\b", _month_alone, True),
    )
)


def resolve(text: str, anchor: date | None, tense: str = "past") -> Resolution:
    """(value, granularity) of a time expression; (None, "unknown") when it needs an anchor it lacks.

    ``tense`` ("past", "present" or "future") decides bare weekdays, months and weekends:
    the most recent one in past context, the next one in present ("meets Friday") or future
    context. Never raises.
    """
    try:
        norm = normalize(text)
        for pattern, handler, needs_anchor in RULES:
            match = pattern.search(norm)
            if match is None:
                continue
            if needs_anchor and anchor is None:
                return None, "unknown"
            result = handler(match, anchor, tense)
            if result is not None:
                return result
    except Exception:  # odd text must never break the caller
        return None, "unknown"
    return None, "unknown"
