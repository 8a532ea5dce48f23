"""Stable primary keys, derived from the source so reruns hit the same rows.

A key made from a council's own id (``kent-cc:7837``) survives re-scrapes;
where the source has no id (a PDF given on the command line) the key comes
from the content hash, so the same file always lands on the same rows.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from typing import Optional


def slugify(text: str) -> str:
    """``"Kent County Council"`` -> ``"kent-county-council"``."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "unknown"


def council_key(name_or_slug: Optional[str]) -> str:
    return slugify(name_or_slug) if name_or_slug else "unknown"


def committee_key(council: str, source_id: Optional[str], title: Optional[str]) -> str:
    return f"{council}:{source_id}" if source_id else f"{council}:{slugify(title or 'unknown')}"


def meeting_key(
    council: str,
    source_id: Optional[str],
    committee: Optional[str],
    date: Optional[str],
) -> str:
    """A meeting seen through its minutes PDF and through the web service
    should be one row; without a source id, committee and date identify it."""
    if source_id:
        return f"{council}:{source_id}"
    return f"{council}:{slugify(committee or 'unknown')}:{date or 'undated'}"


def document_key(council: str, source_id: Optional[str], sha256: str) -> str:
    return f"{council}:doc:{source_id}" if source_id else f"{council}:sha:{sha256[:16]}"


def linked_source_id(attachment_id: Optional[str], url: str) -> str:
    """A linked document's id on its site: the platform's attachment id
    where it gives one (it survives a change of URL), else a hash of the
    URL (a website of PDF links has nothing better)."""
    if attachment_id:
        return attachment_id
    return "url-" + hashlib.sha1(url.encode()).hexdigest()[:12]


def matter_key(council: str, reference: str) -> str:
    """One matter per council and reference, however many documents name
    it: "kent:matter:24-00093"."""
    return f"{council}:matter:{slugify(reference)}"


def child_key(parent: str, *parts: object) -> str:
    return ":".join([parent, *(str(p) for p in parts)])


def member_key(council: str, member_id: str) -> str:
    """A member as the council's own list numbers them: ``kent:member:2345``.
    Attendance that carries the same id links to the same row."""
    return child_key(council, "member", member_id)


def web_url(url: Optional[str]) -> Optional[str]:
    """``url`` if it is an absolute http(s) URL (or a path on this site) with
    no whitespace or control characters, else None.  Every URL stored or rendered as a link passes
    through here: a council page or a document can hold ``javascript:`` or
    ``data:`` links, and a link is clicked by the people reading the site."""
    if not url or len(url) > 4000:
        return None
    url = url.strip()
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    if url.startswith("/") and not url.startswith(("//", "/\\")):
        return url  # a path on the serving site itself (the demo's /sample/ files)
    scheme, _, rest = url.partition(":")
    if scheme.lower() not in ("http", "https") or not rest.startswith("//") or len(rest) < 3:
        return None
    return url


def page_link(url: Optional[str], page: Optional[int]) -> Optional[str]:
    """Link to the page a fact came from: ``report.pdf#page=4``."""
    url = web_url(url)
    if not url:
        return None
    if page and (url.lower().split("?")[0].endswith(".pdf") or "mgconvert2pdf" in url.lower()):
        return f"{url}#page={page}"
    return url


def starts_at(day: Optional[str], time: Optional[str]) -> Optional[str]:
    """``("2025-11-21", "12.30 pm")`` -> ``"2025-11-21T12:30:00"`` (local time),
    for calendars; None when the time is not stated in a form we can read."""
    if not day or not time:
        return None
    if re.search(r"\bnoon\b|\bmidday\b", time, re.IGNORECASE):
        return f"{day}T12:00:00"
    match = re.search(r"\b(\d{1,2})(?:[.:](\d{2}))?\s*([ap])\.?\s*m\b", time, re.IGNORECASE)
    if match:
        hour, minute = int(match.group(1)) % 12, int(match.group(2) or 0)
        hour += 12 if match.group(3).lower() == "p" else 0
    else:
        match = re.search(r"\b([01]?\d|2[0-3])[.:](\d{2})\b", time)
        if not match:
            return None
        hour, minute = int(match.group(1)), int(match.group(2))
    if minute > 59:
        return None
    return f"{day}T{hour:02d}:{minute:02d}:00"
