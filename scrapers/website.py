"""A town or parish council's own website: ``platform = "website"``.

England has some ten thousand town and parish councils and most publish
minutes as PDFs linked from one or two ordinary web pages ("Minutes",
"Planning Minutes"), hand-written or made by a small CMS.  There is no
structure to ask for, only links, so this adapter reads the configured
index pages (``index_urls``, else the council's ``url``) and keeps the
links whose resolved path matches the council's ``include`` patterns and
none of its ``exclude`` patterns (glob-style, case-insensitive:
``"*minutes*.pdf"``, ``"/meetings/*"``).

The pages are parsed with a real HTML parser (lxml), so links inside HTML
comments, where clerks park old or broken lists, are not followed, and
relative links resolve against the page (and its ``<base href>``).  Only
the links are kept: the text of an index page (which may list councillors'
home addresses and phones) is never stored, and the page is not registered
as a document.

Each link's meeting date is read from its text, else from its file name
(``minutes-2025-07-08.pdf``, ``Minutes18.2.2011.pdf``,
``Minutes_ACM_14th_May_2010.pdf``), else left to the document: the
meeting is then undated until ``minutes process`` reads the date from the
minutes' own header.  Where text and file name give different dates the
**link text wins** (it is what the clerk typed for this meeting; a file
name is often an old upload reused or a copy renamed), and a warning is
logged.  A link's text may name the body that met ("Planning Minutes 18.2.2011",
"Annual Parish Meeting"); otherwise it is the council's ``committee`` option
(default "Parish Council").  Links of one body on one date are one meeting
(its agenda and minutes together).

Everything else is the generic crawl's: the polite client (robots, rate
limit, the council's Scope, so a link to another host or port is refused
and recorded), incremental downloads, the raw cache and the fetch log.
Index pages are fetched in full on every crawl (their text is never kept,
so there is nothing to revalidate a 304 against).  A document held under
the same URL is not downloaded again; when the server gave an ``ETag`` or
``Last-Modified`` with it, it is revalidated with a conditional GET each
time its meeting is read again (a recent meeting, or one whose minutes
were missing), so a file replaced under the same URL is noticed and
parsed again, while a ``304`` costs one small request.  Old meetings are
not read again, so their documents are not asked for.
"""

from __future__ import annotations

import fnmatch
import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import Optional
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

import lxml.html
from lxml import etree

from models.dates import find_date
from models.keys import linked_source_id, slugify
from models.records import Committee, LinkedDocument, Meeting, MeetingDetail, MeetingRef, Person

from .base import Adapter, register
from .errors import SourceError
from .http import FetchError

log = logging.getLogger(__name__)

#: Followed when a council names no ``include`` patterns: anything with
#: "minute" in its path (``Minutes18.2.2011.pdf``, ``/minutes/2024-01-09``).
DEFAULT_INCLUDE = ("*minute*",)
DEFAULT_BODY = "Parish Council"

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})[._-](\d{1,2})[._-](\d{4}|\d{2})(?!\d)")
_BODIES = (
    (re.compile(r"\bannual\s+parish\s+meeting\b|\bAPM\b", re.IGNORECASE), "Annual Parish Meeting"),
    (re.compile(r"\bplanning\b", re.IGNORECASE), "Planning Committee"),
    (re.compile(r"\bfinance\b", re.IGNORECASE), "Finance Committee"),
    (re.compile(r"\b((?:(?<![\w&'])[A-Z][\w&']*\s+){1,4}Committee)\b"), None),  # "Play Areas Committee"
)


@dataclass
class Link:
    """A link an index page lists, as the adapter reads it."""

    url: str
    text: str
    body: str
    date: Optional[str]
    minutes: bool


def _valid(year: int, month: int, day: int) -> Optional[str]:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found.isoformat() if 1990 <= year <= date.today().year + 2 else None


def date_from_name(path: str) -> Optional[str]:
    """The meeting date a file name states, or None: ``2025-07-08``,
    ``2013_06_05``, ``18.2.2011`` or ``27.11.08`` (day first, as the UK
    writes it), ``14th_May_2010``.  Year and month alone are no date."""
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    name = re.sub(r"\.(pdf|docx?|html?|php|aspx?)$", "", name, flags=re.IGNORECASE)
    match = _ISO.search(name)
    if match:
        return _valid(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _DMY.search(name)
    if match:
        year = int(match.group(3))
        year = year + 2000 if year < 100 else year
        return _valid(year, int(match.group(2)), int(match.group(1)))
    return find_date(re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z]{3})", " ", re.sub(r"[_\-+]", " ", name)))


def body_from_text(text: str, default: str) -> str:
    """The body that met, where the link's text names one."""
    for pattern, body in _BODIES:
        match = pattern.search(text)
        if match:
            return body or " ".join(match.group(1).split())
    return default


def _matches(path: str, patterns) -> bool:
    """Glob match of a URL path (unquoted, case-insensitive); a pattern
    starting with ``/`` is anchored at the root, any other may match
    anywhere (``*`` crosses ``/``)."""
    path = unquote(path).lower()
    return any(fnmatch.fnmatchcase(path, p.lower()) for p in patterns)


def parse_index(content: bytes, page_url: str, include=DEFAULT_INCLUDE, exclude=(),
                default_body: str = DEFAULT_BODY, council: str = "") -> list[Link]:
    """The links on one index page that match ``include`` and not
    ``exclude``, resolved against the page, in page order, each once.
    Links inside HTML comments, ``mailto:`` and the like are not links."""
    try:
        tree = lxml.html.document_fromstring(content)
    except (etree.ParserError, ValueError):
        return []
    base = page_url
    for element in tree.iter("base"):
        if element.get("href"):
            base = urljoin(page_url, element.get("href").strip())
            break
    links, seen = [], set()
    for anchor in tree.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#"):
            continue
        url = urldefrag(urljoin(base, href.replace(" ", "%20")))[0]
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or url in seen:
            continue
        if not _matches(parts.path, include) or _matches(parts.path, exclude):
            continue
        seen.add(url)
        text = " ".join(anchor.text_content().split())
        text_date, file_date = find_date(text), date_from_name(parts.path)
        if text_date and file_date and text_date != file_date:
            log.warning("%s: %s is labelled %r (%s) but its file name says %s; the link text is taken",
                        council, url, text, text_date, file_date, extra={"council": council, "url": url})
        minutes = bool(re.search(r"minute|\bmins\b", f"{text} {unquote(parts.path)}", re.IGNORECASE))
        links.append(Link(url=url, text=text, body=body_from_text(text, default_body),
                          date=text_date or file_date, minutes=minutes))
    return links


def _meeting_id(link: Link) -> str:
    """Links of one body on one date are one meeting; an undated link is a
    meeting of its own until its document says when it was."""
    if link.date:
        return f"{slugify(link.body)}-{link.date}"
    return linked_source_id(None, link.url)


@register
class Website(Adapter):
    """A council site of index pages linking minutes documents."""

    platform = "website"
    options = {"index_urls": (list,), "include": (list,), "exclude": (list,), "committee": (str,)}

    def __init__(self, site, client):
        super().__init__(site, client)
        self._links: Optional[list[Link]] = None

    def links(self) -> list[Link]:
        """Every matching link on the index pages (read once per crawl).  A
        page that fails is logged by the client and skipped; when every one
        fails the crawl is told."""
        if self._links is not None:
            return self._links
        options = self.site.options
        pages = [urljoin(self.site.base_url or "", u) for u in options.get("index_urls") or []] or [self.site.base_url]
        links, failed = {}, []
        for page in pages:
            try:
                response = self.client.get(page)
            except FetchError as exc:
                failed.append(f"{exc} [{exc.kind}]")
                continue
            for link in parse_index(response.content, response.url, options.get("include") or DEFAULT_INCLUDE,
                                    options.get("exclude") or (), options.get("committee") or DEFAULT_BODY,
                                    council=self.site.slug):
                links.setdefault(link.url, link)
        if failed and len(failed) == len(pages):
            raise SourceError("; ".join(failed), "index_page")
        for problem in failed:
            log.warning("%s: index page failed: %s", self.site.slug, problem, extra={"council": self.site.slug})
        self._links = list(links.values())
        return self._links

    def committees(self) -> list[Committee]:
        bodies = dict.fromkeys(link.body for link in self.links())
        return [Committee(council=self.site.slug, source_id=slugify(body), title=body) for body in bodies]

    def meetings(self, committee: Committee, start: date, end: date) -> list[MeetingRef]:
        refs = {}
        for link in self.links():
            if slugify(link.body) == committee.source_id:
                refs.setdefault(_meeting_id(link), MeetingRef(
                    source_id=_meeting_id(link), committee_source_id=committee.source_id,
                    committee=committee.title, date=link.date))
        return list(refs.values())

    def meeting(self, ref: MeetingRef) -> MeetingDetail:
        links = [link for link in self.links()
                 if slugify(link.body) == ref.committee_source_id and _meeting_id(link) == ref.source_id]
        meeting = Meeting(council=self.site.name, committee=ref.committee, date=ref.date, source_id=ref.source_id,
                          committee_source_id=ref.committee_source_id, source_url=links[0].url if links else None)
        return MeetingDetail(meeting=meeting, source=None,
                             documents=[LinkedDocument(url=link.url, title=link.text or None) for link in links],
                             minutes_published=any(link.minutes for link in links))

    def members(self) -> list[Person]:
        return []  # a parish site's members page is contact details, not a list to read
