"""The ModernGov platform: which addresses to ask, and what to do when the
web service is switched off.

Structure comes from the web service (``mgWebService.asmx``: GetCommittees,
GetMeetings, GetMeeting, GetCouncillorsByWard), parsed by
:mod:`.webservice`.  Some councils switch the service off or put it behind
a blocking proxy (an HTML error page, a JavaScript redirect, 403/404); then
the same facts are read from the HTML pages a person would use
(``ieListMeetings.aspx`` for a committee's meetings, ``ieListDocuments.aspx``
for a meeting), parsed by :mod:`.pages`.  A meeting read either way is
returned with the answer or page it came from, which is itself a document
(its items, decisions and attendance are parsed like any minutes).

Decisions taken outside meetings (by officers, by a Cabinet member alone)
are in no meeting's papers: the service has no method for them, so they
are read from the decisions register (``mgDelegatedDecisions.aspx``), one
date range at a time, and each decision's page
(``ieDecisionDetails.aspx?ID=``) is a document of its own.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import Iterator, Optional
from urllib.parse import urlsplit, urlunsplit

from models import settings
from models.media import sniff_media_type
from models.records import Committee, DecisionRef, Meeting, MeetingDetail, MeetingRef, Person, RawFile

from ..base import Adapter, register
from ..errors import SourceError
from ..http import FetchError
from .pages import (
    is_decision_page,
    parse_decision_details,
    parse_decision_register,
    parse_document_links,
    parse_meeting_links,
)
from .webservice import ServiceError, parse_committees, parse_councillors, parse_meeting, parse_meetings

log = logging.getLogger(__name__)


def _ddmmyyyy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _service_unusable(exc: Exception) -> bool:
    """The web service is switched off or blocked (not merely failing):
    the HTML pages are worth trying instead."""
    if isinstance(exc, ServiceError):
        return exc.kind in ("html_error_page", "javascript_redirect")
    return isinstance(exc, FetchError) and exc.kind == "http" and exc.status in (403, 404, 405, 410, 501)


@register
class ModernGov(Adapter):
    platform = "moderngov"
    has_register = True

    def service(self, operation: str, **params) -> str:
        return self.site.url(f"mgWebService.asmx/{operation}", **params)

    def fetch_url(self, url: str) -> str:
        """Linked URLs are absolute to the council's host as the council
        spells it (``democracy.Gloucester.gov.uk``); fetch them with the
        configured site's scheme and spelling.  A URL on another host is
        left as it is (the client's scope then decides), and so is anything
        that is not http(s): a ``javascript:`` link is refused, never
        rewritten into an address on the site."""
        parts = urlsplit(url)
        site_parts = urlsplit(self.site.base_url)
        if parts.scheme.lower() not in ("http", "https") or (
                parts.netloc and parts.netloc.lower() != site_parts.netloc.lower()):
            return url
        return urlunsplit((site_parts.scheme, site_parts.netloc, parts.path, parts.query, ""))

    def committees(self) -> list[Committee]:
        url = self.service("GetCommittees", lDummy=0)
        committees = parse_committees(self.client.get(url).content, self.site.slug, source=url)
        for committee in committees:
            committee.url = self.site.url("mgCommitteeDetails.aspx", ID=committee.source_id)
        return committees

    def meetings(self, committee: Committee, start: date, end: date) -> list[MeetingRef]:
        url = self.service("GetMeetings", lCommitteeId=committee.source_id, sFromDate=_ddmmyyyy(start),
                           sToDate=_ddmmyyyy(end))
        try:
            return parse_meetings(self.client.get(url).content, source=url)
        except (FetchError, ServiceError) as exc:
            if not _service_unusable(exc):
                raise
            return self._meetings_from_page(committee, f"{exc} [{exc.kind}]")

    def _meetings_from_page(self, committee: Committee, service_error: str) -> list[MeetingRef]:
        """GetMeetings is switched off: list the committee's meetings from
        ``ieListMeetings.aspx`` (every ``ieListDocuments`` link on it)."""
        page_url = self.site.url("ieListMeetings.aspx", CId=committee.source_id, Year=0)
        try:
            response = self.client.get(page_url)
        except FetchError as exc:
            raise SourceError(f"{service_error}; the meetings page failed too: {exc}", exc.kind) from None
        refs = []
        for ref in parse_meeting_links(response.content, base_url=self.site.base_url):
            ref.committee_source_id = ref.committee_source_id or committee.source_id
            ref.committee = ref.committee or committee.title
            refs.append(ref)
        log.info("%s: web service unusable for committee %s (%s); listed %d meetings from %s", self.site.slug,
                 committee.source_id, service_error, len(refs), page_url,
                 extra={"council": self.site.slug, "url": page_url})
        return refs

    def _page_url(self, ref: MeetingRef) -> str:
        return self.site.url("ieListDocuments.aspx", CId=ref.committee_source_id or "", MId=ref.source_id)

    def meeting(self, ref: MeetingRef) -> MeetingDetail:
        url = self.service("GetMeeting", lMeetingId=ref.source_id)
        page_url = self._page_url(ref)
        try:
            data = self.client.get(url).content
            parsed = parse_meeting(data, source=url, council=self.site.name, committee=ref.committee,
                                   committee_source_id=ref.committee_source_id, url=page_url)
        except (FetchError, ServiceError) as exc:
            if _service_unusable(exc):
                return self._meeting_from_page(ref, f"{exc} [{exc.kind}]")
            raise
        stated = parsed.meeting
        meeting = Meeting(council=self.site.name, committee=ref.committee, date=stated.date or ref.date,
                          venue=stated.venue, time=stated.time or ref.time, status=stated.status or ref.status,
                          source_id=ref.source_id, committee_source_id=ref.committee_source_id, source_url=page_url)
        source = RawFile(source_id=f"meeting-{ref.source_id}", content=data, sha256=parsed.document.sha256,
                         media_type="application/xml", kind="webservice",
                         title=f"{ref.committee or 'Meeting'} {ref.date or ''} (web service)".strip())
        return MeetingDetail(meeting=meeting, source=source, documents=parsed.linked_documents,
                             minutes_published=b"<minutepublished>True</minutepublished>" in data)

    def _meeting_from_page(self, ref: MeetingRef, service_error: str) -> MeetingDetail:
        """The web service is switched off or blocked for this meeting: read
        the meeting's page (``ieListDocuments.aspx``) instead, keep it as the
        meeting's source, and list the documents it links to."""
        page_url = self._page_url(ref)
        try:
            response = self.client.get(page_url)
        except FetchError as exc:
            raise SourceError(f"{service_error}; the meeting page failed too: {exc}", exc.kind) from None
        if sniff_media_type(response.content, "page.html") != "text/html":
            raise SourceError(f"{service_error}; {page_url} is not an HTML page either", "unexpected_page")
        log.info("%s: web service unusable for meeting %s (%s); read %s instead", self.site.slug, ref.source_id,
                 service_error, page_url, extra={"council": self.site.slug, "url": page_url})
        meeting = Meeting(council=self.site.name, committee=ref.committee, date=ref.date, time=ref.time,
                          status=ref.status, source_id=ref.source_id, committee_source_id=ref.committee_source_id,
                          source_url=page_url)
        source = RawFile(source_id=f"page-{ref.source_id}", content=response.content, sha256=response.sha256,
                         media_type="text/html", kind="page",
                         title=f"{ref.committee or 'Meeting'} {ref.date or ''} (meeting page)".strip())
        return MeetingDetail(meeting=meeting, source=source,
                             documents=parse_document_links(response.content, base_url=self.site.base_url))

    def _register_url(self, start: date, end: date) -> str:
        """The register's published decisions (``DS=2``) of every kind
        (``K=0``: key and non-key; ``DM=0``: every decision maker) between
        two dates, as the site's own search form asks for them."""
        return self.site.url("mgDelegatedDecisions.aspx", DR=f"{_ddmmyyyy(start)}-{_ddmmyyyy(end)}", RP=0, K=0, V=0,
                             DM=0, HD=0, DS=2, Next="true", META="mgdelegateddecisions")

    def decision_register(self, start: date, end: date) -> Iterator[DecisionRef]:
        """Every decision the register lists from ``start`` to ``end``, a
        window of ``REGISTER_WINDOW_DAYS`` at a time (a wide range makes
        some councils' servers time out).  A site with no register (404)
        lists none, nor one whose robots.txt keeps us out of it.  A page
        that is not a register, or paging that never
        ends, raises :class:`SourceError` naming the page, after the
        decisions already read have been yielded."""
        day = start
        while day <= end:
            last = min(end, day + timedelta(days=settings.REGISTER_WINDOW_DAYS - 1))
            try:
                yield from self._register_window(self._register_url(day, last))
            except FetchError as exc:
                if day == start and (exc.kind == "robots" or (exc.kind == "http" and exc.status in (404, 410))):
                    log.info("%s: no decisions register to read (%s)", self.site.slug, exc,
                             extra={"council": self.site.slug, "url": exc.url})
                    return
                raise
            day = last + timedelta(days=1)

    def _register_window(self, url: str) -> Iterator[DecisionRef]:
        """One date range: its first page, then each "Next" page of the
        same search, never a page twice, at most ``REGISTER_MAX_PAGES``,
        and each page must list a decision not yet seen (a site that serves
        the same rows under ever new addresses is looping too)."""
        first, read, seen, previous = url, set(), set(), None
        while url:
            if url in read:
                raise SourceError(f"{url}: the register's next page is a page already read ({first}): "
                                  "a paging loop; the rest of the range is not read", "register_loop")
            if len(read) >= settings.REGISTER_MAX_PAGES:
                raise SourceError(f"{url}: the register ran past {settings.REGISTER_MAX_PAGES} pages for one date "
                                  f"range ({first}); the rest is not read", "register_loop")
            read.add(url)
            try:
                response = self.client.get(url, max_bytes=settings.PAGE_MAX_BYTES)
            except FetchError as exc:
                if previous is None or exc.kind != "refused":
                    raise
                raise SourceError(f"{previous}: its 'Next' page {url[:200]} is not fetched: {str(exc)[len(url) + 2:]}",
                                  "refused") from None
            if sniff_media_type(response.content, "page.html") != "text/html":
                raise SourceError(f"{url}: the decisions register answered with something that is not an HTML page",
                                  "unexpected_page")
            page = parse_decision_register(response.content, base_url=self.site.base_url, page_url=url)
            if not page.is_register:
                raise SourceError(f"{url}: answered with a page that is not a decisions register "
                                  "(an error page, a redirect or a block page?)", "html_error_page")
            new = [entry for entry in page.entries if entry.source_id not in seen]
            if len(read) > 1 and not new:
                raise SourceError(f"{url}: the register's next page lists no decision not already read "
                                  f"({first}): a paging loop; the rest of the range is not read", "register_loop")
            for entry in new:
                seen.add(entry.source_id)
                entry.url = self.fetch_url(entry.url)
                yield entry
            if page.skipped:
                raise SourceError(f"{url}: lists more than {settings.REGISTER_MAX_ENTRIES:,} decisions on one page; "
                                  f"{page.skipped:,} were not read", "too_large")
            previous, url = url, (self.fetch_url(page.next_url) if page.next_url else None)

    def decision_meeting(self, content: bytes) -> Optional[MeetingRef]:
        if not is_decision_page(content):
            raise SourceError("not a decision details page (an error page?)", "html_error_page")
        stated = parse_decision_details(content, base_url=self.site.base_url).meeting
        return stated if stated is not None and stated.source_id else None

    def members(self) -> list[Person]:
        url = self.service("GetCouncillorsByWard")
        return parse_councillors(self.client.get(url).content, self.site.slug, source=url)
