"""Page metadata read cheaply from the parsed tree: title, author, date, site, canonical URL, language.

A light replacement for trafilatura's full metadata pass (a third of its time): the usual
<meta> properties, the <h1>/<title>, a byline element, and htmldate in its fast mode.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import htmldate
from lxml import etree

from newsgraph.extract.dom import element_text
from newsgraph.extract.reflow import BYLINE_PREFIX

_WORDS = re.compile(r"[^\W\d_]+")
_TITLE_PARTS = re.compile(r"\s+[|–—-]\s+|\s*[|»]\s*")
_MONTHS = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?"
    "|nov(?:ember)?|dec(?:ember)?"
)
_BYLINE_TAIL = re.compile(
    r"\s*(?:\b(?:on|at)\s+)?(?:"
    rf"(?:{_MONTHS})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_MONTHS})\b"  # a date: "November 18, 2019", "19 Nov 2019"
    r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}:\d{2}"  # ISO and numeric dates, a clock time
    r"|(?:published|updated|posted|last updated)\b"  # "… Published Nov. 18", even run into the name ("StaffUpdated")
    r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"  # a weekday, even run into the name ("Jeff FoustMonday")
    r"|\d+\s+(?:seconds?|minutes?|hours?|days?|weeks?)\s+ago\b"  # "16 hours ago"
    r"|@\w|\s/\s|\s\|\s"  # a handle, a separator
    r").*$",
    re.I | re.S,
)
"""Where a byline element's name ends and the date, handle or section printed beside it begins."""
_BYLINE_LEAD = re.compile(r"^(?:(?:written|posted|analysis|reporting|story|words)\s+)?by\s+", re.I)
_BYLINE = etree.XPath(
    "//*[contains(@class, 'byline') or contains(@class, 'author-name') or @rel='author' or @itemprop='author']"
)


@dataclass
class PageMetadata:
    """What the page says about itself; ``None`` where it says nothing."""

    title: str | None = None
    author: str | None = None
    date: str | None = None
    site: str | None = None
    url: str | None = None
    language: str | None = None


def _meta(root: etree._Element, *keys: str) -> str | None:
    for key in keys:
        for element in root.iterfind(f".//meta[@property='{key}']"), root.iterfind(f".//meta[@name='{key}']"):
            for meta in element:
                content = " ".join((meta.get("content") or "").split())
                if content:
                    return content
    return None


_SITE_PARTS = (re.compile(r"^(?P<site>[^|–—»]+?)\s*[|–—»]\s+(?=\S)"), re.compile(r"\s+[|–—-]\s+(?P<site>[^|–—]+)$"))
"""A site's name before a title ("TechCrunch | …") or after it ("… - Sportsnet.ca", "… | The Beachbody Blog")."""


def _squeezed(text: str) -> str:
    """Lower-case letters and digits only, so that ``Sportsnet.ca`` and ``sportsnet ca`` compare equal."""
    return "".join(c for c in text.lower() if c.isalnum())


def without_site(title: str, names: list[str]) -> str:
    """``title`` without a leading or trailing part that is the site's name (one of ``names``: the site name, the
    host's name), when a title of two words or more is left."""
    known = {_squeezed(name) for name in names if name}
    for pattern in _SITE_PARTS:
        match = pattern.search(title)
        rest = (title[: match.start()] + title[match.end() :]).strip() if match else ""
        if match and _squeezed(match["site"]) in known and len(rest.split()) >= 2:
            return rest
    return title


def _title(root: etree._Element) -> str | None:
    heading = next((h for h in map(element_text, root.iter("h1")) if h), None)
    tag = root.find(".//title")
    tag_text = element_text(tag) if tag is not None else ""
    social = _meta(root, "og:title", "twitter:title")
    for candidate in (social, heading):
        if candidate and (not tag_text or candidate.lower() in tag_text.lower() or heading == candidate):
            return candidate
    parts = [p for p in _TITLE_PARTS.split(tag_text) if p]
    return max(parts, key=len) if parts else social


def byline_name(text: str) -> str | None:
    """The names of a byline without what pages print beside them: a leading "written by", a date or time, a handle,
    a section after a separator ("Tariq Malik 2019-11-18T22:05:36Z Spaceflight" is "Tariq Malik"); ``None`` when no
    word is left ("20 Nov 2019 08:00 GMT")."""
    name = _BYLINE_LEAD.sub("", BYLINE_PREFIX.sub("", " ".join(text.split())))
    name = _BYLINE_TAIL.sub("", name).strip(" ,;:-–—|/")
    return name if _WORDS.search(name) else None


def _author(root: etree._Element) -> str | None:
    named = _meta(root, "author", "article:author", "dc.creator", "parsely-author")
    if named and not named.startswith("http") and (name := byline_name(named)):
        return name
    for element in _BYLINE(root):
        text = byline_name(element.text_content())
        if text and 1 <= len(text.split()) <= 6:
            return text
    return None


def _host_names(host: str | None) -> list[str]:
    """How a title may name its site from the host: ``www.techcrunch.com`` gives ``techcrunch.com`` and ``techcrunch``."""
    if not host:
        return []
    bare = host.removeprefix("www.")
    return [bare, bare.rsplit(".", 1)[0]]


def page_metadata(root: etree._Element, url: str | None) -> PageMetadata:
    """Title, author, publication date (ISO), site name, canonical URL and language of a parsed page."""
    canonical = root.find(".//link[@rel='canonical']")
    page_url = (canonical.get("href") if canonical is not None else None) or _meta(root, "og:url") or url
    if page_url and not page_url.startswith("http"):
        page_url = url
    try:
        date = htmldate.find_date(root, extensive_search=False, original_date=True, url=page_url)
    except (ValueError, TypeError):
        date = None
    host = urlsplit(page_url).hostname if page_url else None
    language = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or _meta(root, "og:locale")
    site = _meta(root, "og:site_name", "application-name") or (host.removeprefix("www.") if host else None)
    title = _title(root)
    return PageMetadata(
        title=without_site(title, [site or "", *_host_names(host)]) if title else None,
        author=_author(root),
        date=date,
        site=site,
        url=page_url,
        language=re.split(r"[-_]", language)[0].lower() if language else None,
    )
