"""Crawl one ModernGov site into the database and the raw-file cache.

The crawl fetches; it does not parse documents.  It stores what the web
service states as structure (committees, meetings, the documents a meeting
links to, members) and saves every answer and document under
``raw/<council>/`` by content hash, registering each as a ``documents`` row
for ``minutes process`` to extract and tag.  Each meeting is written in one
transaction, so a crawl killed at any moment can simply be run again.

Incremental by state, since ModernGov sends no ETag or Last-Modified: a
meeting is fetched again while it is recent or its minutes are not yet
published; a document already held (same attachment and publication date,
or same content hash) is not downloaded again.
"""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import urlencode, urlsplit, urlunsplit

import sqlite_utils

from models.keys import child_key, committee_key, document_key, meeting_key, starts_at
from models.records import Fetch, LinkedDocument, MeetingRef, Run
from pipeline.extract import sniff_media_type
from pipeline.store import ensure_council, finish_run, meeting_label, record_fetch, start_run, utcnow

from ..http import FetchError, PoliteClient, Scope
from .webservice import ServiceError, parse_committees, parse_councillors, parse_meeting, parse_meetings

log = logging.getLogger(__name__)

DEFAULT_LOOKBACK_DAYS = 120
RECENT_DAYS = 45  # meetings this recent are fetched again: minutes and documents still change


@dataclass
class Site:
    """One council's ModernGov site as the configuration names it."""

    slug: str
    base_url: str
    name: Optional[str] = None
    licence: Optional[str] = "Open Government Licence v3.0"
    committees: list[str] = field(default_factory=list)
    allowed_hosts: list[str] = field(default_factory=list)  # besides the site's own origin

    def url(self, path: str, **params) -> str:
        base = self.base_url.rstrip("/")
        query = f"?{urlencode(params)}" if params else ""
        return f"{base}/{path}{query}"

    def service(self, operation: str, **params) -> str:
        return self.url(f"mgWebService.asmx/{operation}", **params)


@dataclass
class CrawlSummary:
    council: str
    committees: int = 0
    meetings_seen: int = 0
    meetings_fetched: int = 0
    documents_downloaded: int = 0
    documents_known: int = 0
    documents_restricted: int = 0
    people: int = 0
    failures: list[str] = field(default_factory=list)

    def counts(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("council", "failures")}


def _ddmmyyyy(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def _raw_path(raw_dir: Path, council: str, sha256: str, media_type: str) -> Path:
    suffix = {"application/pdf": ".pdf", "application/xml": ".xml", "text/html": ".html"}.get(media_type, ".bin")
    folder = raw_dir / council / sha256[:2]
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{sha256}{suffix}"


def _save_raw(raw_dir: Path, council: str, sha256: str, content: bytes, media_type: str) -> Path:
    """Write atomically: a crash leaves either no file or the whole file."""
    path = _raw_path(raw_dir, council, sha256, media_type)
    if not path.exists():
        temporary = path.with_suffix(path.suffix + ".part")
        temporary.write_bytes(content)
        temporary.replace(path)
    return path


def _source_id_for(doc: LinkedDocument) -> str:
    if doc.attachment_id:
        return doc.attachment_id
    import hashlib

    return "url-" + hashlib.sha1(doc.url.encode()).hexdigest()[:12]


def _on_site(site: Site, url: str) -> str:
    """Linked URLs are absolute to the council's host as the council spells it
    (``democracy.Gloucester.gov.uk``); fetch them with the configured site's
    scheme and spelling.  A URL on another host is left as it is."""
    parts = urlsplit(url)
    site_parts = urlsplit(site.base_url)
    if parts.netloc and parts.netloc.lower() != site_parts.netloc.lower():
        return url
    return urlunsplit((site_parts.scheme, site_parts.netloc, parts.path, parts.query, ""))


def _service_unusable(exc: Exception) -> bool:
    """The web service is switched off or blocked (not merely failing):
    the HTML pages are worth trying instead."""
    if isinstance(exc, ServiceError):
        return exc.kind in ("html_error_page", "javascript_redirect")
    return isinstance(exc, FetchError) and exc.kind == "http" and exc.status in (403, 404, 405, 410, 501)


class Crawler:
    def __init__(
        self,
        db: sqlite_utils.Database,
        site: Site,
        client: PoliteClient,
        raw_dir: Path,
        run_id: Optional[str] = None,
        today: Optional[date] = None,
        progress: Optional[Callable[[str], None]] = None,
        budget: Optional[float] = None,
    ):
        self.db = db
        self.deadline = time.monotonic() + budget if budget else None
        self.budget = budget
        self._budget_reported = False
        self.site = site
        self.client = client
        self.raw_dir = Path(raw_dir)
        self.run_id = run_id or uuid.uuid4().hex[:12]
        self.today = today or date.today()
        self.summary = CrawlSummary(council=site.slug)
        self.progress = progress or (lambda message: None)
        client.on_fetch = self._log_fetch
        client.scope = Scope.for_site(site.base_url, site.allowed_hosts)

    def _log_fetch(self, fetch: Fetch) -> None:
        fetch.run_id = self.run_id
        fetch.council = self.site.slug
        with self.db.atomic():
            record_fetch(self.db, fetch)

    def _fail(self, message: str) -> None:
        log.warning("%s: %s", self.site.slug, message,
                    extra={"council": self.site.slug, "run_id": self.run_id, "url": message.split(": ", 1)[0]})
        self.summary.failures.append(message)

    def out_of_time(self) -> bool:
        """The council's time budget for this run is used up: stop, say so,
        and leave the rest for the next run (what is stored stays stored)."""
        if self.deadline is None or time.monotonic() < self.deadline:
            return False
        if not self._budget_reported:
            self._budget_reported = True
            self._fail(f"{self.site.base_url}: the council's time budget of {self.budget:g}s was used up; "
                       "the rest waits for the next run [budget]")
        return True

    def _get(self, url: str) -> Optional[bytes]:
        try:
            return self.client.get(url).content
        except FetchError as exc:
            self._fail(f"{exc} [{exc.kind}]")
            return None

    # -- the crawl --------------------------------------------------------

    def run(self, from_date: Optional[date] = None, to_date: Optional[date] = None,
            committee_ids: Iterable[str] = ()) -> CrawlSummary:
        from_date = from_date or self.today - timedelta(days=DEFAULT_LOOKBACK_DAYS)
        to_date = to_date or self.today + timedelta(days=60)
        with self.db.atomic():
            ensure_council(self.db, self.site.slug, self.site.name, base_url=self.site.base_url,
                           licence=self.site.licence)
        committees = self.crawl_committees()
        wanted = set(committee_ids) | set(self.site.committees)
        if wanted:
            committees = [c for c in committees if c in wanted] + [c for c in wanted if c not in committees]
        for committee_id in committees:
            if self.out_of_time():
                break
            self.crawl_committee(committee_id, from_date, to_date)
        if not self.out_of_time():
            self.crawl_people()
        return self.summary

    def crawl_committees(self) -> list[str]:
        url = self.site.service("GetCommittees", lDummy=0)
        data = self._get(url)
        if data is None:
            return []
        try:
            committees = parse_committees(data, self.site.slug, source=url)
        except ServiceError as exc:
            self._fail(f"{exc} [{exc.kind}]")
            return []
        with self.db.atomic():
            for committee in committees:
                self.db["committees"].upsert(
                    {
                        "id": committee_key(self.site.slug, committee.source_id, committee.title),
                        "council": self.site.slug,
                        "source_id": committee.source_id,
                        "title": committee.title,
                        "category": committee.category,
                        "deleted": int(committee.deleted),
                        "expired": int(committee.expired),
                        "source_url": self.site.url("mgCommitteeDetails.aspx", ID=committee.source_id),
                        "fetched_at": utcnow(),
                    },
                    pk="id",
                )
        self.summary.committees = len(committees)
        return [c.source_id for c in committees if not c.deleted]

    def crawl_committee(self, committee_id: str, from_date: date, to_date: date) -> None:
        url = self.site.service("GetMeetings", lCommitteeId=committee_id, sFromDate=_ddmmyyyy(from_date),
                                sToDate=_ddmmyyyy(to_date))
        try:
            meetings = parse_meetings(self.client.get(url).content, source=url)
        except (FetchError, ServiceError) as exc:
            if not _service_unusable(exc):
                self._fail(f"{exc} [{exc.kind}]")
                return
            meetings = self._meetings_from_page(committee_id, f"{exc} [{exc.kind}]")
            if meetings is None:
                return
        for ref in meetings:
            if ref.date and not (from_date.isoformat() <= ref.date <= to_date.isoformat()):
                continue  # some servers ignore the window
            self.summary.meetings_seen += 1
            if self.out_of_time():
                return
            if self.needs_fetch(ref):
                self.crawl_meeting(ref)

    def needs_fetch(self, ref: MeetingRef) -> bool:
        key = meeting_key(self.site.slug, ref.source_id, ref.committee, ref.date)
        row = next(self.db.query("SELECT fetched_at, minutes_published, status, date FROM meetings WHERE id = ?", [key]), None)
        if row is None or row["fetched_at"] is None:
            return True
        if (ref.status or "") != (row["status"] or "") or (ref.date or "") != (row["date"] or ""):
            return True
        if not row["minutes_published"]:
            return (ref.status or "").lower() != "cancelled"
        if ref.date and date.fromisoformat(ref.date) >= self.today - timedelta(days=RECENT_DAYS):
            return True
        return False

    def _meetings_from_page(self, committee_id: str, service_error: str) -> Optional[list[MeetingRef]]:
        """GetMeetings is switched off: list the committee's meetings from
        ``ieListMeetings.aspx`` (every ``ieListDocuments`` link on it)."""
        from .pages import parse_meeting_links

        page_url = self.site.url("ieListMeetings.aspx", CId=committee_id, Year=0)
        try:
            response = self.client.get(page_url)
        except FetchError as exc:
            self._fail(f"{service_error}; the meetings page failed too: {exc} [{exc.kind}]")
            return None
        title = next(self.db.query("SELECT title FROM committees WHERE council = ? AND source_id = ?",
                                   [self.site.slug, committee_id]), {}).get("title")
        refs = []
        for ref in parse_meeting_links(response.content, base_url=self.site.base_url):
            ref.committee_source_id = ref.committee_source_id or committee_id
            ref.committee = ref.committee or title
            refs.append(ref)
        log.info("%s: web service unusable for committee %s (%s); listed %d meetings from %s", self.site.slug,
                 committee_id, service_error, len(refs), page_url, extra={"council": self.site.slug, "url": page_url})
        return refs

    def crawl_meeting(self, ref: MeetingRef) -> None:
        url = self.site.service("GetMeeting", lMeetingId=ref.source_id)
        page_url = self.site.url("ieListDocuments.aspx", CId=ref.committee_source_id or "", MId=ref.source_id)
        try:
            data = self.client.get(url).content
            parsed = parse_meeting(data, source=url, council=self.site.name, committee=ref.committee,
                                   committee_source_id=ref.committee_source_id, url=page_url)
        except (FetchError, ServiceError) as exc:
            if _service_unusable(exc):
                self._crawl_meeting_page(ref, page_url, f"{exc} [{exc.kind}]")
            else:
                self._fail(f"{exc} [{exc.kind}]")
            return
        self.summary.meetings_fetched += 1
        self.progress(f"{self.site.slug}: meeting {ref.source_id} {ref.date or ''} {ref.committee or ''}")
        header = {"date": parsed.meeting.date or ref.date, "time": parsed.meeting.time or ref.time,
                  "venue": parsed.meeting.venue, "status": parsed.meeting.status or ref.status,
                  "minutes_published": int(b"<minutepublished>True</minutepublished>" in data)}
        source = dict(source_id=f"meeting-{ref.source_id}", content=data, sha256=parsed.document.sha256,
                      media_type="application/xml", kind="webservice",
                      title=f"{ref.committee or 'Meeting'} {ref.date or ''} (web service)".strip())
        self._store_meeting(ref, page_url, header, source, parsed.linked_documents)

    def _crawl_meeting_page(self, ref: MeetingRef, page_url: str, service_error: str) -> None:
        """The web service is switched off or blocked for this meeting: read
        the meeting's page (``ieListDocuments.aspx``) instead, keep it as the
        meeting's source, and fetch the documents it links to."""
        from .pages import parse_document_links

        try:
            response = self.client.get(page_url)
        except FetchError as exc:
            self._fail(f"{service_error}; the meeting page failed too: {exc} [{exc.kind}]")
            return
        if sniff_media_type(response.content, "page.html") != "text/html":
            self._fail(f"{service_error}; {page_url} is not an HTML page either [unexpected_page]")
            return
        log.info("%s: web service unusable for meeting %s (%s); read %s instead", self.site.slug, ref.source_id,
                 service_error, page_url, extra={"council": self.site.slug, "url": page_url})
        self.summary.meetings_fetched += 1
        header = {"date": ref.date, "time": ref.time, "status": ref.status, "minutes_published": 0}
        source = dict(source_id=f"page-{ref.source_id}", content=response.content, sha256=response.sha256,
                      media_type="text/html", kind="page",
                      title=f"{ref.committee or 'Meeting'} {ref.date or ''} (meeting page)".strip())
        links = parse_document_links(response.content, base_url=self.site.base_url)
        self._store_meeting(ref, page_url, header, source, links)

    def _store_meeting(self, ref: MeetingRef, page_url: str, header: dict, source: dict,
                       linked_documents: list[LinkedDocument]) -> None:
        """Download what is new, then write the meeting, its source and its
        documents in one transaction."""
        downloads = []
        for linked in linked_documents:
            reason = None
            if urlsplit(linked.url).scheme.lower() not in ("http", "https"):
                reason = "only http(s) links are kept"
            elif not linked.restricted:
                reason = self.client.refusal(_on_site(self.site, linked.url))
            if reason:
                # Logged in the fetch log and the run's failures; the link
                # is neither fetched nor stored.
                self._log_fetch(Fetch(url=linked.url[:2000], status=None, fetched_at=utcnow(),
                                      error=f"refused: {reason}"))
                self._fail(f"{linked.url[:200]}: {reason} [refused]")
                continue
            if linked.restricted:
                downloads.append((linked, None))
                continue
            if self._already_held(linked):
                self.summary.documents_known += 1
                continue
            downloads.append((linked, self._download(linked)))
        meeting_id = meeting_key(self.site.slug, ref.source_id, ref.committee, ref.date)
        committee_id = committee_key(self.site.slug, ref.committee_source_id, ref.committee)
        raw_path = _save_raw(self.raw_dir, self.site.slug, source["sha256"], source["content"], source["media_type"])
        with self.db.atomic():
            self.db["committees"].upsert(
                {"id": committee_id, "council": self.site.slug, "source_id": ref.committee_source_id,
                 "title": ref.committee}, pk="id")
            if not self.db["meetings"].count_where("id = ?", [meeting_id]):
                self.db["meetings"].insert({"id": meeting_id, "council": self.site.slug, "first_seen": utcnow()})
            self.db["meetings"].upsert(
                {
                    "id": meeting_id,
                    "council": self.site.slug,
                    "committee_id": committee_id,
                    "committee_title": ref.committee,
                    "label": meeting_label(ref.committee, header["date"]),
                    "source_id": ref.source_id,
                    **header,
                    "starts_at": starts_at(header.get("date"), header.get("time")),
                    "source_url": page_url,
                    "fetched_at": utcnow(),
                },
                pk="id",
            )
            self._register(
                source_id=source["source_id"], meeting_id=meeting_id, url=page_url, path=raw_path,
                sha256=source["sha256"], size=len(source["content"]), media_type=source["media_type"],
                kind=source["kind"], title=source["title"],
            )
            for linked, fetched in downloads:
                if linked.restricted:
                    self.summary.documents_restricted += 1
                    self._register(source_id=_source_id_for(linked), meeting_id=meeting_id, url=linked.url, path=None,
                                   sha256=None, size=None, media_type=None, kind="restricted", title=linked.title,
                                   linked=linked, status="restricted")
                elif fetched is not None:
                    path, sha256, size, media_type = fetched
                    self._register(source_id=_source_id_for(linked), meeting_id=meeting_id, url=linked.url, path=path,
                                   sha256=sha256, size=size, media_type=media_type, kind="document",
                                   title=linked.title, linked=linked)

    def _already_held(self, linked: LinkedDocument) -> bool:
        document_id = document_key(self.site.slug, _source_id_for(linked), "")
        row = next(self.db.query("SELECT path, publication_date, status FROM documents WHERE id = ?", [document_id]), None)
        if row is None or not row["path"] or not Path(row["path"]).exists():
            return False
        return (row["publication_date"] or None) == (linked.publication_date or None)

    def _download(self, linked: LinkedDocument):
        url = _on_site(self.site, linked.url)
        try:
            response = self.client.get(url)
        except FetchError as exc:
            self._fail(f"{exc} [{exc.kind}]")
            return None
        media_type = sniff_media_type(response.content, urlsplit(url).path)
        if media_type == "text/html":
            self._fail(f"{url}: answered with an HTML page, not a document [html_error_page]")
            return None
        path = _save_raw(self.raw_dir, self.site.slug, response.sha256, response.content, media_type)
        self.summary.documents_downloaded += 1
        return path, response.sha256, len(response.content), media_type

    def _register(self, *, source_id: str, meeting_id: str, url: str, path: Optional[Path], sha256: Optional[str],
                  size: Optional[int], media_type: Optional[str], kind: str, title: Optional[str],
                  linked: Optional[LinkedDocument] = None, status: str = "pending") -> None:
        """Add or refresh a document row; a changed file is parsed again."""
        document_id = document_key(self.site.slug, source_id, sha256 or "")
        existing = next(self.db.query("SELECT sha256, parser_version, status FROM documents WHERE id = ?", [document_id]), None)
        row = {
            "id": document_id,
            "council": self.site.slug,
            "meeting_id": meeting_id,
            "title": title,
            "source_url": url,
            "path": str(path) if path else None,
            "sha256": sha256,
            "media_type": media_type,
            "size": size,
            "kind": kind,
            "attachment_id": linked.attachment_id if linked else None,
            "publication_date": linked.publication_date if linked else None,
            "restricted": int(bool(linked and linked.restricted)),
            "item_number": linked.item_number if linked else None,
            "fetched_at": utcnow(),
        }
        if existing is None:
            row["first_seen"] = utcnow()
        if existing is None or existing["sha256"] != sha256:
            row["status"] = status
            row["parser_version"] = None
            row["error"] = None
        self.db["documents"].upsert(row, pk="id")

    def crawl_people(self) -> None:
        url = self.site.service("GetCouncillorsByWard")
        data = self._get(url)
        if data is None:
            return
        try:
            people = parse_councillors(data, self.site.slug, source=url)
        except ServiceError as exc:
            self._fail(f"{exc} [{exc.kind}]")
            return
        import json

        with self.db.atomic():
            for person in people:
                self.db["people"].upsert(
                    {
                        "id": child_key(self.site.slug, "member", person.member_id or person.name),
                        "council": self.site.slug,
                        "member_id": person.member_id,
                        "name": person.name,
                        "party": person.party,
                        "ward": person.ward,
                        "key_posts": person.key_posts,
                        "terms": json.dumps(person.terms) if person.terms else None,
                        "updated_at": utcnow(),
                    },
                    pk="id",
                )
        self.summary.people = len(people)


def scrape(
    db: sqlite_utils.Database,
    site: Site,
    raw_dir: Path,
    client: PoliteClient,
    from_date: Optional[date] = None,
    to_date: Optional[date] = None,
    committee_ids: Iterable[str] = (),
    progress: Optional[Callable[[str], None]] = None,
    today: Optional[date] = None,
    budget: Optional[float] = None,
) -> CrawlSummary:
    """Crawl ``site`` and record the run in ``runs``; ``budget`` is the most
    seconds this council may take."""
    run = Run(id=uuid.uuid4().hex[:12], command=f"scrape {site.base_url}", started=utcnow())
    with db.atomic():
        start_run(db, run)
        db["runs"].update(run.id, {"council": site.slug})
    crawler = Crawler(db, site, client, raw_dir, run_id=run.id, progress=progress, today=today, budget=budget)
    try:
        summary = crawler.run(from_date, to_date, committee_ids)
    except BaseException:
        run.status = "failed"
        run.errors = crawler.summary.failures + ["interrupted"]
        with db.atomic():
            finish_run(db, run)
        raise
    run.status = "partial" if summary.failures else "ok"
    run.counts = summary.counts()
    run.errors = summary.failures
    with db.atomic():
        finish_run(db, run)
    return summary
