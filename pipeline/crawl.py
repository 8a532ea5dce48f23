"""Crawl one council's site into the database and the raw-file cache,
whatever platform it runs.

The platform adapter (``scrapers.base``) says what the site lists; this
module does what is the same for every platform, as Scrapy's engine does
for its spiders: it scopes the polite client to the council, decides what
is new, downloads documents, keeps every answer and document under
``raw/<council>/`` by content hash, logs every request in ``fetches``,
records the run, and writes through :mod:`pipeline.store`.  It fetches; it
does not parse documents: each is registered as a ``documents`` row for
``minutes process``.  Each meeting is written in one transaction, so a
crawl killed at any moment can simply be run again.

Incremental by state: a meeting is read again while it is recent or its
minutes are not yet published (``needs_fetch``); a document already held
(same attachment or URL and same publication date) is not downloaded again.

Incremental by HTTP validators where the server gives them (ModernGov
sends no ETag or Last-Modified; many parish sites' web servers do): the
``ETag`` and ``Last-Modified`` of a downloaded document are stored with it
(``documents.etag``, ``documents.last_modified``).  A held document is
revalidated when, and only when, its meeting is read again and the server
gave validators: a conditional GET (``If-None-Match`` /
``If-Modified-Since``).  ``304 Not Modified`` means unchanged: nothing is
downloaded or re-parsed, and the fetch log records status 304.  A 200 whose
bytes hash differently is a replaced document (a website's "minutes.pdf"
re-uploaded under the same URL): the new bytes are stored and the document
goes back to ``minutes process`` (``register_document`` marks a changed
hash pending); the same hash keeps its parse.  A held document without
validators is not asked for again, exactly as before, so a server that
gives none sees no extra requests.  Index and meeting pages are not
conditional: adapters fetch them in full every time they are read.

The decisions register (a platform's list of decisions by date: ModernGov's
``mgDelegatedDecisions.aspx``) is crawled after the meetings, incrementally
by a watermark: ``registers`` keeps, per council, the date range last read
in full, and a run reads only from ``REGISTER_OVERLAP_DAYS`` before its end
(late publications) to today; a read that stops early (an error page, a
paging loop, the time budget) leaves the watermark where it was, and one
whose decision pages partly failed moves it no further than the day before
the first that failed, so nothing listed is skipped for good.  Each listed
decision's page is fetched (same site only) unless it is held under the
same register row: the register words a row differently when the decision
changes (its status, a call-in), which is all ModernGov says about change.
A page held with validators is asked for conditionally.  Each page is kept
as a document (``kind`` decision) of the meeting it states, if any, for
``minutes process`` to store as a decision of its matter.
"""

from __future__ import annotations

import hashlib
import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Iterable, Optional
from urllib.parse import urlsplit

import sqlite_utils

from models import settings
from models.keys import document_key, linked_source_id, meeting_key
from models.media import sniff_media_type
from models.records import Committee, DecisionRef, Fetch, LinkedDocument, Meeting, MeetingDetail, MeetingRef, Run, Site
from scrapers.base import Adapter, adapter_for
from scrapers.errors import SourceError
from scrapers.http import FetchError, PoliteClient, Scope

from .store import (
    ensure_council,
    finish_run,
    record_fetch,
    record_register,
    register_document,
    register_state,
    set_document_listing,
    start_run,
    store_committees,
    store_members,
    upsert_meeting,
    utcnow,
)

log = logging.getLogger(__name__)

# What the raw cache calls a file of each kind, so a person browsing it can
# open one; anything else is kept as ``.bin``.
_RAW_SUFFIX = {"application/pdf": ".pdf", "application/xml": ".xml", "text/html": ".html"}


@dataclass
class CrawlSummary:
    council: str
    committees: int = 0
    meetings_seen: int = 0
    meetings_fetched: int = 0
    documents_downloaded: int = 0
    documents_known: int = 0
    documents_restricted: int = 0
    decisions_listed: int = 0
    decisions_fetched: int = 0
    decisions_known: int = 0
    people: int = 0
    failures: list[str] = field(default_factory=list)

    def counts(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k not in ("council", "failures")}


def raw_path(raw_dir: Path, council: str, sha256: str, suffix: str) -> Path:
    """Where the raw cache keeps a file: by council and content hash, so the
    same bytes are kept once however often they are fetched or added."""
    folder = Path(raw_dir) / council / sha256[:2]
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{sha256}{suffix}"


def save_raw(raw_dir: Path, council: str, sha256: str, content: bytes, suffix: str) -> Path:
    """Write atomically: a crash leaves either no file or the whole file."""
    path = raw_path(raw_dir, council, sha256, suffix)
    if not path.exists():
        temporary = path.with_suffix(path.suffix + ".part")
        temporary.write_bytes(content)
        temporary.replace(path)
    return path


def _suffix(media_type: str) -> str:
    return _RAW_SUFFIX.get(media_type, ".bin")


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
        adapter: Optional[Adapter] = None,
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
        self.adapter = adapter or adapter_for(site, client)

    def _log_fetch(self, fetch: Fetch) -> None:
        fetch.run_id = self.run_id
        fetch.council = self.site.slug
        with self.db.atomic():
            record_fetch(self.db, fetch)

    def _fail(self, message: str) -> None:
        log.warning("%s: %s", self.site.slug, message,
                    extra={"council": self.site.slug, "run_id": self.run_id, "url": message.split(": ", 1)[0]})
        self.summary.failures.append(message)

    def _failed(self, exc: SourceError) -> None:
        self._fail(f"{exc} [{exc.kind}]")

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

    # -- the crawl --------------------------------------------------------

    def run(self, from_date: Optional[date] = None, to_date: Optional[date] = None,
            committee_ids: Iterable[str] = ()) -> CrawlSummary:
        from_date = from_date or self.today - timedelta(days=settings.LOOKBACK_DAYS)
        to_date = to_date or self.today + timedelta(days=settings.LOOKAHEAD_DAYS)
        with self.db.atomic():
            ensure_council(self.db, self.site.slug, self.site.name, base_url=self.site.base_url,
                           licence=self.site.licence)
        committees = self.crawl_committees()
        wanted = set(committee_ids) | set(self.site.committees)
        if wanted:
            listed = {c.source_id for c in committees}
            committees = [c for c in committees if c.source_id in wanted] + [
                self._unlisted_committee(c) for c in wanted if c not in listed]
        for committee in committees:
            if self.out_of_time():
                break
            self.crawl_committee(committee, from_date, to_date)
        if self.adapter.has_register and not self.out_of_time():
            self.crawl_register(from_date, to_date)
        if not self.out_of_time():
            self.crawl_people()
        return self.summary

    def crawl_committees(self) -> list[Committee]:
        """The committees the site lists (all stored), less the deleted."""
        try:
            committees = self.adapter.committees()
        except SourceError as exc:
            self._failed(exc)
            return []
        with self.db.atomic():
            store_committees(self.db, self.site.slug, committees)
        self.summary.committees = len(committees)
        return [c for c in committees if not c.deleted]

    def _unlisted_committee(self, source_id: str) -> Committee:
        """A committee asked for by id that the site did not list this time:
        its title as an earlier run stored it, if any."""
        row = next(self.db.query("SELECT title FROM committees WHERE council = ? AND source_id = ?",
                                 [self.site.slug, source_id]), {})
        return Committee(council=self.site.slug, source_id=source_id, title=row.get("title"))

    def crawl_committee(self, committee: Committee, from_date: date, to_date: date) -> None:
        try:
            meetings = self.adapter.meetings(committee, from_date, to_date)
        except SourceError as exc:
            self._failed(exc)
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
        # An undated ref (a website link with no date) takes its date from
        # its minutes once parsed: that is no change of date.
        if (ref.status or "") != (row["status"] or "") or (ref.date and ref.date != row["date"]):
            return True
        if not row["minutes_published"]:
            return (ref.status or "").lower() != "cancelled"
        if ref.date and date.fromisoformat(ref.date) >= self.today - timedelta(days=settings.RECENT_DAYS):
            return True
        return False

    def crawl_meeting(self, ref: MeetingRef) -> None:
        try:
            detail = self.adapter.meeting(ref)
        except SourceError as exc:
            self._failed(exc)
            return
        self.summary.meetings_fetched += 1
        self.progress(f"{self.site.slug}: meeting {ref.source_id} {ref.date or ''} {ref.committee or ''}")
        self._store_meeting(ref, detail)

    def _store_meeting(self, ref: MeetingRef, detail: MeetingDetail) -> None:
        """Download what is new, then write the meeting, its source and its
        documents in one transaction."""
        downloads = []
        for linked in detail.documents:
            reason = None
            if urlsplit(linked.url).scheme.lower() not in ("http", "https"):
                reason = "only http(s) links are kept"
            elif not linked.restricted:
                reason = self.client.refusal(self.adapter.fetch_url(linked.url))
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
            held = self._held(linked)
            if held is not None and not (held["etag"] or held["last_modified"]):
                self.summary.documents_known += 1
                continue
            downloads.append((linked, self._download(linked, held)))
        meeting_id = meeting_key(self.site.slug, ref.source_id, ref.committee, ref.date)
        source = detail.source  # None: the meeting has no page of its own (a website's link list)
        if source is not None:
            source_path = save_raw(self.raw_dir, self.site.slug, source.sha256, source.content,
                                   _suffix(source.media_type))
        with self.db.atomic():
            upsert_meeting(self.db, self.site.slug, detail.meeting, meeting_id=meeting_id,
                           minutes_published=detail.minutes_published, fetched=True)
            if source is not None:
                register_document(
                    self.db, council=self.site.slug, source_id=source.source_id, meeting_id=meeting_id,
                    url=detail.meeting.source_url, path=source_path, sha256=source.sha256,
                    size=len(source.content), media_type=source.media_type, kind=source.kind, title=source.title,
                )
            for linked, fetched in downloads:
                if linked.restricted:
                    self.summary.documents_restricted += 1
                    register_document(
                        self.db, council=self.site.slug, source_id=linked_source_id(linked.attachment_id, linked.url),
                        meeting_id=meeting_id, url=linked.url, path=None, sha256=None, size=None, media_type=None,
                        kind="restricted", title=linked.title, linked=linked, status="restricted",
                    )
                elif fetched is not None:
                    path, sha256, size, media_type, validators = fetched
                    register_document(
                        self.db, council=self.site.slug, source_id=linked_source_id(linked.attachment_id, linked.url),
                        meeting_id=meeting_id, url=linked.url, path=path, sha256=sha256, size=size,
                        media_type=media_type, kind="document", title=linked.title, linked=linked,
                        validators=validators,
                    )

    def _held(self, linked: LinkedDocument) -> Optional[dict]:
        """The documents row of a link already held (its file in the raw
        cache, the same publication date), or None: download it."""
        document_id = document_key(self.site.slug, linked_source_id(linked.attachment_id, linked.url), "")
        row = next(self.db.query("SELECT path, sha256, publication_date, etag, last_modified FROM documents "
                                 "WHERE id = ?", [document_id]), None)
        if row is None or not row["path"] or not Path(row["path"]).exists():
            return None
        return row if (row["publication_date"] or None) == (linked.publication_date or None) else None

    def _get(self, url: str, held: Optional[dict], max_bytes: Optional[int] = None):
        """GET ``url``, conditional on the validators of ``held`` (the row of
        the copy already held, if any); None when it failed, recorded here:
        refused, an HTTP failure, or a 304 to a request that held nothing."""
        try:
            response = self.client.get(url, etag=held["etag"] if held else None,
                                       last_modified=held["last_modified"] if held else None, max_bytes=max_bytes)
        except FetchError as exc:
            self._failed(exc)
            return None
        if response.not_modified and held is None:
            self._fail(f"{url}: answered 304 Not Modified to an unconditional request [http]")
            return None
        return response

    def _download(self, linked: LinkedDocument, held: Optional[dict] = None):
        """Fetch a document: ``held``, the row of a copy already held with
        validators, makes the request conditional.  Return (path, sha256,
        size, media type, (etag, last_modified)) for the store, or None
        (failed, or not modified)."""
        url = self.adapter.fetch_url(linked.url)
        response = self._get(url, held)
        if response is None:
            return None
        if response.not_modified:
            self.summary.documents_known += 1
            return None
        media_type = sniff_media_type(response.content, urlsplit(url).path)
        if media_type == "text/html":
            self._fail(f"{url}: answered with an HTML page, not a document [html_error_page]")
            return None
        path = save_raw(self.raw_dir, self.site.slug, response.sha256, response.content, _suffix(media_type))
        if held is not None and held["sha256"] == response.sha256:
            self.summary.documents_known += 1  # revalidated in full, same bytes: the parse stands
        else:
            self.summary.documents_downloaded += 1
        return (path, response.sha256, len(response.content), media_type,
                (response.etag, response.last_modified))

    # -- the decisions register -------------------------------------------

    def register_window(self, from_date: date, to_date: date) -> tuple[date, date]:
        """The dates to read the register for: from the run's start, or,
        where the last complete read already covers it, from a little
        before where that read ended; to the run's end or today, whichever
        is sooner (nothing is decided in the future)."""
        end = min(to_date, self.today)
        start = from_date
        state = register_state(self.db, self.site.slug)
        covered_from, covered_to = (_day(state["covered_from"]), _day(state["covered_to"])) if state else (None, None)
        if covered_from and covered_to:
            if covered_from <= from_date <= covered_to + timedelta(days=1):
                start = max(from_date, covered_to - timedelta(days=settings.REGISTER_OVERLAP_DAYS))
        return start, end

    def crawl_register(self, from_date: date, to_date: date) -> None:
        start, end = self.register_window(from_date, to_date)
        if start > end:
            return
        first_failed = None
        listed = 0
        try:
            for ref in self.adapter.decision_register(start, end):
                if self.out_of_time():
                    return  # stopped early: the watermark stays where it was
                listed += 1
                self.summary.decisions_listed += 1
                if not self.crawl_decision(ref):
                    day = _day(ref.date) or start
                    first_failed = min(first_failed or day, max(day, start))
        except SourceError as exc:
            self._failed(exc)
            with self.db.atomic():
                record_register(self.db, self.site.slug, self.site.base_url, error=f"{exc} [{exc.kind}]")
            return
        covered_from, covered_to = start, end
        state = register_state(self.db, self.site.slug)
        held_from, held_to = (_day(state["covered_from"]), _day(state["covered_to"])) if state else (None, None)
        if held_from and held_to and held_from <= start <= held_to + timedelta(days=1):
            covered_from, covered_to = held_from, max(end, held_to)
        if first_failed is not None:
            # Read again from the first decision that failed, next run.
            covered_to = min(covered_to, first_failed - timedelta(days=1))
        covered = (covered_from.isoformat(), covered_to.isoformat()) if covered_to >= covered_from else (None, None)
        with self.db.atomic():
            record_register(self.db, self.site.slug, self.site.base_url, covered=covered, listed=listed)

    def crawl_decision(self, ref: DecisionRef) -> bool:
        """Fetch and keep one listed decision's page unless it is held
        under the same register row; False when it failed (the watermark
        then stops before it)."""
        reason = self._decision_refusal(ref.url)
        if reason:
            self._log_fetch(Fetch(url=ref.url[:2000], status=None, fetched_at=utcnow(), error=f"refused: {reason}"))
            self._fail(f"{ref.url[:200]}: a decision linked from the register is not fetched: {reason} [refused]")
            return True  # nothing a rerun could fetch either: it does not hold the watermark back
        listing = hashlib.sha256(ref.listing.encode("utf-8")).hexdigest()
        document_id = document_key(self.site.slug, ref.source_id, "")
        held = next(self.db.query("SELECT path, sha256, listing, etag, last_modified FROM documents WHERE id = ?",
                                  [document_id]), None)
        if held is not None and (not held["path"] or not Path(held["path"]).exists()):
            held = None
        if held is not None and held["listing"] == listing and not (held["etag"] or held["last_modified"]):
            self.summary.decisions_known += 1
            return True
        response = self._get(ref.url, held, max_bytes=settings.PAGE_MAX_BYTES)
        if response is None:
            return False
        if response.not_modified:
            self.summary.decisions_known += 1
            with self.db.atomic():
                set_document_listing(self.db, document_id, listing)
            return True
        try:
            stated = self.adapter.decision_meeting(response.content)
        except SourceError as exc:
            self._fail(f"{ref.url}: {exc} [{exc.kind}]")
            return False
        path = save_raw(self.raw_dir, self.site.slug, response.sha256, response.content, ".html")
        if held is not None and held["sha256"] == response.sha256:
            self.summary.decisions_known += 1
        else:
            self.summary.decisions_fetched += 1
        self.progress(f"{self.site.slug}: decision {ref.source_id} {ref.date or ''} {ref.title or ''}")
        with self.db.atomic():
            meeting_id = self._stated_meeting(stated) if stated is not None else None
            register_document(
                self.db, council=self.site.slug, source_id=ref.source_id, meeting_id=meeting_id, url=ref.url,
                path=path, sha256=response.sha256, size=len(response.content), media_type="text/html",
                kind="decision", title=ref.title, validators=(response.etag, response.last_modified),
                listing=listing)
        return True

    def _decision_refusal(self, url: str) -> Optional[str]:
        """Why a decision link is not fetched: not http(s), or not on the
        council's own site (a register row is no reason to visit another
        host, even one the configuration allows for documents)."""
        reason = self.client.refusal(url)
        if reason:
            return reason
        site, link = urlsplit(self.site.base_url), urlsplit(url)
        if (link.scheme.lower(), link.netloc.lower()) != (site.scheme.lower(), site.netloc.lower()):
            return f"{link.scheme}://{link.netloc} is not the council's site"
        return None

    def _stated_meeting(self, stated: MeetingRef) -> str:
        """The meeting a decision page says it was taken at: the row held
        for it, else one made from what the page states (its id, body and
        date), which the meeting crawl completes when it reads it."""
        meeting_id = meeting_key(self.site.slug, stated.source_id, stated.committee, stated.date)
        if not self.db["meetings"].count_where("id = ?", [meeting_id]):
            upsert_meeting(self.db, self.site.slug,
                           Meeting(council=self.site.name, committee=stated.committee, date=stated.date,
                                   source_id=stated.source_id, committee_source_id=stated.committee_source_id),
                           meeting_id=meeting_id)
        return meeting_id

    def crawl_people(self) -> None:
        try:
            people = self.adapter.members()
        except SourceError as exc:
            self._failed(exc)
            return
        with self.db.atomic():
            store_members(self.db, self.site.slug, people)
        self.summary.people = len(people)


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


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
    """Crawl ``site`` with the adapter of its platform and record the run in
    ``runs``; ``budget`` is the most seconds this council may take."""
    run = Run(id=uuid.uuid4().hex[:12], command=f"scrape {site.base_url}", started=utcnow(), council=site.slug)
    crawler = Crawler(db, site, client, raw_dir, run_id=run.id, progress=progress, today=today, budget=budget)
    with db.atomic():
        start_run(db, run)
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
