"""Write to SQLite (Contract 3) with sqlite-utils: the only module that
writes rows.

Every row kind has one builder here, whoever supplies the facts: a
meeting is the same row whether the crawl read it from its platform or the
parser found it in a document's header.  Other modules read the database
as they like but write only by calling these functions, so what a row
holds, and what a rerun may overwrite, is decided in one place.

Functions that write one row (or one kind of row) leave the transaction to
the caller, who groups them (a crawled meeting, its documents and its
committee land together); functions that write a whole unit (a parsed
document, a failure) open their own.  Every write of a parsed document
happens in one transaction: its old rows (pages, items, resolutions, votes,
vote members, attendance, declarations, speakers) are deleted and the new
ones inserted, so a re-parse never leaves orphans and an interrupted store
leaves the previous version intact.  Parent rows (council, committee,
meeting) are upserted, so storing the same document twice changes nothing.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable, Optional

import sqlite_utils

from models import settings
from models.keys import (
    child_key,
    committee_key,
    council_key,
    document_key,
    matter_key,
    meeting_key,
    member_key,
    page_link,
    web_url,
    starts_at,
)
from models.records import Committee, Fetch, Item, LinkedDocument, MatterRef, Meeting, ParsedDocument, Person, Run, Vote

from .migrations import SCHEMA_VERSION, migrate
from .roles import AGENDA, Placement, precedence, speaks_for_meeting

# Child tables of a document, deepest first so foreign keys hold on delete.
_DOCUMENT_CHILDREN = (
    "decisions",
    "matter_mentions",
    "meeting_sources",
    "agenda_items",
    "speakers",
    "declarations",
    "votes",
    "resolutions",
    "items",
    "attendance",
    "pages",
)


def meeting_label(committee: Optional[str], day: Optional[str]) -> str:
    """How a meeting is named where it is linked: "Cabinet, 2025-01-30"."""
    return ", ".join(p for p in (committee, day) if p) or "meeting"


def utcnow() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class DatabaseError(Exception):
    """A file that is not a database this program can use: not SQLite, or
    written by a newer version.  Raised before anything is written to it."""


SQLITE_HEADER = b"SQLite format 3\x00"


def check_db(path: str | Path) -> None:
    """Refuse, without touching it, a file that is not SQLite or whose schema
    is newer than this program's (switching it to WAL or migrating it would
    change a file we do not understand).

    Only the file's header is read (the magic string, and the schema version
    SQLite keeps at offset 60): no connection is opened, so a database left
    half-written by a killed run is not judged here but recovered by SQLite
    when it is opened."""
    path = Path(path)
    if not path.exists():
        return
    if path.is_dir():
        raise DatabaseError(f"{path} is a directory, not a database")
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header:
        return
    magic = header[:16]
    if magic != SQLITE_HEADER[:len(magic)]:
        raise DatabaseError(f"{path} is not an SQLite database")
    if len(header) == 100:
        version = int.from_bytes(header[60:64], "big")
        if version > SCHEMA_VERSION:
            raise DatabaseError(f"{path} has schema version {version}, newer than this program understands "
                                f"({SCHEMA_VERSION}); upgrade council-minutes")


def open_db(path: str | Path = settings.DB_PATH) -> sqlite_utils.Database:
    """Open (creating or upgrading) the database with foreign keys enforced
    and WAL journaling, so readers (Datasette) never block the nightly run.
    Raises :class:`DatabaseError` for a file that is not ours to change."""
    import time

    # No check_db() here: it reads the file with a plain open(), and closing
    # that descriptor would drop the POSIX locks of any other connection this
    # process holds on the database.  Callers at a command's start use it;
    # here SQLite itself refuses what it cannot read.
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(4):
        db = sqlite_utils.Database(path)
        db.execute("PRAGMA busy_timeout = 30000")
        db.execute("PRAGMA foreign_keys = ON")
        try:
            version = db.execute("PRAGMA user_version").fetchone()[0]
            break
        except sqlite3.DatabaseError as exc:
            db.close()
            if "not a database" in str(exc):
                raise DatabaseError(f"{path} is not an SQLite database") from None
            # Just after another process was killed mid-write, its log can
            # read as "malformed" for a moment while SQLite recovers it.
            if attempt == 3:
                raise DatabaseError(f"{path} cannot be read as SQLite ({exc})") from None
            time.sleep(0.25 * (attempt + 1))
    if version > SCHEMA_VERSION:  # the header on disk was older than the log
        db.close()
        raise DatabaseError(f"{path} has schema version {version}, newer than this program understands "
                            f"({SCHEMA_VERSION}); upgrade council-minutes")
    db.enable_wal()
    migrate(db)
    return db


def close_interrupted_runs(db: sqlite_utils.Database) -> int:
    """Runs still marked ``running`` when a new writer holds the lock were
    killed: close them as ``interrupted`` so health and history tell the
    truth.  Only call while holding the writer lock."""
    if "runs" not in db.table_names():
        return 0
    count = db.execute("SELECT count(*) FROM runs WHERE status = 'running'").fetchone()[0]
    if count:
        with db.atomic():
            db.execute("UPDATE runs SET status = 'interrupted', finished = coalesce(finished, ?) "
                       "WHERE status = 'running'", [utcnow()])
    return count


def _json(value) -> Optional[str]:
    return json.dumps(value, ensure_ascii=False) if value else None


def ensure_council(db: sqlite_utils.Database, slug: str, name: Optional[str] = None, **extra) -> None:
    row = {"slug": slug, "name": name or slug, **{k: v for k, v in extra.items() if v is not None}}
    db["councils"].upsert(row, pk="slug")


def _committee_row(council: str, source_id: Optional[str], title: Optional[str]) -> dict:
    return {"id": committee_key(council, source_id, title), "council": council, "source_id": source_id,
            "title": title}


def store_committees(db: sqlite_utils.Database, council: str, committees: Iterable[Committee]) -> None:
    """The committee list as the council's site gives it today."""
    for committee in committees:
        db["committees"].upsert(
            {
                **_committee_row(council, committee.source_id, committee.title),
                "category": committee.category,
                "deleted": int(committee.deleted),
                "expired": int(committee.expired),
                "source_url": committee.url,
                "fetched_at": utcnow(),
            },
            pk="id",
        )


def meeting_row(council: str, meeting: Meeting, meeting_id: Optional[str] = None) -> dict:
    """The one builder of a meeting row.  A venue is written only where the
    source states one: a meeting page that does not say where a meeting was
    held must not unsay what the web service said."""
    row = {
        "id": meeting_id or meeting_key(council, meeting.source_id, meeting.committee, meeting.date),
        "council": council,
        "committee_id": committee_key(council, meeting.committee_source_id, meeting.committee),
        "committee_title": meeting.committee,
        "label": meeting_label(meeting.committee, meeting.date),
        "source_id": meeting.source_id,
        "date": meeting.date,
        "time": meeting.time,
        "starts_at": starts_at(meeting.date, meeting.time),
        "status": meeting.status,
        "source_url": web_url(meeting.source_url),
    }
    if meeting.venue is not None:
        row["venue"] = meeting.venue
    return row


def upsert_meeting(
    db: sqlite_utils.Database,
    council: str,
    meeting: Meeting,
    *,
    meeting_id: Optional[str] = None,
    minutes_published: Optional[bool] = None,
    fetched: bool = False,
) -> str:
    """Write a meeting and its committee; return the meeting's id.

    ``minutes_published`` and ``fetched`` (the time it was read from its
    site) are what the crawl knows and a parsed document does not; left out,
    they are left as they are.  ``first_seen`` is set once, when the row is
    new, so health can tell a quiet site from a broken scraper."""
    row = meeting_row(council, meeting, meeting_id)
    db["committees"].upsert(_committee_row(council, meeting.committee_source_id, meeting.committee), pk="id")
    if minutes_published is not None:
        row["minutes_published"] = int(minutes_published)
    if fetched:
        row["fetched_at"] = utcnow()
    if not db["meetings"].count_where("id = ?", [row["id"]]):
        row["first_seen"] = utcnow()
    db["meetings"].upsert(row, pk="id")
    return row["id"]


def register_document(
    db: sqlite_utils.Database,
    *,
    council: str,
    source_id: Optional[str],
    url: Optional[str],
    path: Optional[str | Path],
    sha256: Optional[str],
    size: Optional[int],
    media_type: Optional[str],
    kind: str,
    title: Optional[str],
    meeting_id: Optional[str] = None,
    linked: Optional[LinkedDocument] = None,
    status: str = "pending",
    fetched: bool = True,
    committee: Optional[str] = None,
    validators: Optional[tuple[Optional[str], Optional[str]]] = None,
    listing: Optional[str] = None,
) -> str:
    """Add or refresh a document for ``minutes process`` to parse; return
    its id.  A changed file (another sha256) is parsed again; an unchanged
    one keeps its parse.  ``fetched``: the file was just downloaded (not
    given on the command line or shipped with the demo).  ``committee``:
    the body that met as whoever added the file said, for a document whose
    header names none.  ``validators``: the ``(ETag, Last-Modified)`` the
    server sent with the download (either may be None, which clears an old
    one); left as they were when not given.  ``listing``: the hash of the
    register row a decision page was fetched under."""
    document_id = document_key(council, source_id, sha256 or "")
    existing = next(db.query("SELECT sha256 FROM documents WHERE id = ?", [document_id]), None)
    row = {
        "id": document_id,
        "council": council,
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
    }
    if fetched:
        row["fetched_at"] = utcnow()
    if committee:
        row["committee"] = committee
    if validators is not None:
        row["etag"], row["last_modified"] = validators
    if listing is not None:
        row["listing"] = listing
    if existing is None:
        row["first_seen"] = utcnow()
    if existing is None or existing["sha256"] != sha256:
        row["status"] = status
        row["parser_version"] = None
        row["error"] = None
    db["documents"].upsert(row, pk="id")
    return document_id


def register_state(db: sqlite_utils.Database, council: str) -> Optional[dict]:
    """The council's register watermark (``registers`` row), or None."""
    return next(db.query("SELECT * FROM registers WHERE council = ?", [council]), None)


def record_register(db: sqlite_utils.Database, council: str, url: str, *,
                    covered: Optional[tuple[Optional[str], Optional[str]]] = None,
                    listed: Optional[int] = None, error: Optional[str] = None) -> None:
    """A read of the council's decisions register: ``covered``, the date
    range now read in full (the watermark moves only on a complete read;
    ``(None, None)``: nothing is); ``error``, what stopped a read, kept
    until a read succeeds (the watermark stays where it was, so nothing is
    skipped)."""
    row = {"council": council, "url": url}
    if covered is not None:
        row.update(covered_from=covered[0], covered_to=covered[1], read_at=utcnow(), listed=listed, error=None,
                   error_at=None)
    if error is not None:
        row.update(error=error[:2000], error_at=utcnow())
    db["registers"].upsert(row, pk="council")


def set_document_listing(db: sqlite_utils.Database, document_id: str, listing: Optional[str]) -> None:
    """How the decisions register last worded a decision's row: a new
    wording (its status, call-in) is what makes the crawl fetch it again."""
    db["documents"].update(document_id, {"listing": listing})


def set_document_warnings(db: sqlite_utils.Database, document_id: str, warnings: list[str]) -> None:
    """Replace what is flagged on a document (cross-source checks add theirs
    after the parse)."""
    db["documents"].update(document_id, {"warnings": json.dumps(warnings) if warnings else None})


def store_members(db: sqlite_utils.Database, council: str, people: Iterable[Person]) -> None:
    """The council's own member list (no contact details: the records
    never carry them)."""
    for person in people:
        db["people"].upsert(
            {
                "id": member_key(council, person.member_id or person.name),
                "council": council,
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


def upsert_person(db: sqlite_utils.Database, person_id: str, council: str, name: str) -> None:
    """A person found by linking names in the minutes, named by the fullest
    form seen."""
    db["people"].upsert({"id": person_id, "council": council, "name": name}, pk="id")


def ensure_member(db: sqlite_utils.Database, council: str, member_id: str, name: str) -> str:
    """The person a member id names (from the web service's attendance),
    added if the member list has not been read; return the person's id."""
    person_id = member_key(council, member_id)
    if not db["people"].count_where("id = ?", [person_id]):
        db["people"].insert({"id": person_id, "council": council, "member_id": member_id, "name": name})
    return person_id


def set_person_links(db: sqlite_utils.Database, table: str, links: list[tuple]) -> None:
    """``links``: (person_id, confidence, rule, row id) for rows of ``table``
    (attendance, vote_members, declarations or speakers)."""
    if table not in ("attendance", "vote_members", "declarations", "speakers"):
        raise ValueError(f"{table} has no person links")
    db.conn.executemany(
        f"UPDATE [{table}] SET person_id = ?, person_confidence = ?, person_rule = ? WHERE id = ?", links)


def store_health(db: sqlite_utils.Database, council: str, verdict: str, reasons: list[str], facts: dict,
                 checked_at: str) -> None:
    """The latest health verdict of a council, for Datasette."""
    db["health"].upsert({"council": council, "verdict": verdict, "reasons": json.dumps(reasons),
                         "facts": json.dumps(facts), "checked_at": checked_at}, pk="council")


def find_meeting_id(db: sqlite_utils.Database, council: str, committee: Optional[str],
                    day: Optional[str]) -> Optional[str]:
    """The meeting row of ``council`` that ``committee`` held on ``day``,
    whoever stored it (a crawl keys it by the site's id, a parsed header by
    committee and date), or None."""
    if not committee or not day:
        return None
    key = meeting_key(council, None, committee, day)
    for row in db.query("SELECT id, committee_title FROM meetings WHERE council = ? AND date = ? ORDER BY id",
                        [council, day]):
        if row["id"] == key or council_key(row["committee_title"]) == council_key(committee):
            return row["id"]
    return None


def store_parsed(
    db: sqlite_utils.Database,
    parsed: ParsedDocument,
    *,
    council: Optional[str] = None,
    document_source_id: Optional[str] = None,
    document_id: Optional[str] = None,
    meeting_id: Optional[str] = None,
    parser_version: Optional[str] = None,
    placement: Optional[Placement] = None,
) -> str:
    """Store one parsed document and everything found in it; return its id.

    ``council`` is the slug of the council the document belongs to (from the
    scraper's configuration); without it the council named in the document is
    used.  ``placement`` says which meeting the document belongs to and which
    meeting (if any) its facts speak for (``pipeline.process`` decides it
    from the document's role and header).  Without one, the document
    belongs to ``meeting_id`` (a meeting the scraper already stored) or to
    the meeting its header names, and its facts are that meeting's if its
    role (from the parse) is one that speaks for a meeting.  Afterwards
    every meeting the document touches (now or before) is settled: one
    copy of each item and one attendance list speak for it.
    """
    doc = parsed.document
    meeting = parsed.meeting
    council_slug = council or council_key(meeting.council)
    document_id = document_id or document_key(council_slug, document_source_id, doc.sha256)
    url = web_url(doc.url)
    if placement is None:
        role = doc.role
        placement = Placement(role=role, meeting_id=meeting_id, meeting=None if meeting_id else meeting,
                              facts_home=role is None or speaks_for_meeting(role),
                              agenda=list(parsed.items) if role in AGENDA else [])

    with db.atomic():
        if not db["councils"].count_where("slug = ?", [council_slug]):
            ensure_council(db, council_slug, meeting.council)
        meeting_id = placement.meeting_id
        stated = placement.meeting
        if meeting_id is None and stated is not None and (stated.committee or stated.date or stated.source_id):
            # A header that names no body, date or id names no meeting:
            # an officer's decision page or an issue page is kept without one.
            meeting_id = upsert_meeting(db, council_slug, stated)
        elif meeting_id is not None and placement.facts_home and meeting.date:
            _date_undated_meeting(db, meeting_id, meeting)
        touched = _meetings_of(db, document_id)
        delete_document_rows(db, document_id)
        facts_meeting = meeting_id if placement.facts_home else placement.facts_meeting_id
        row = {
                "id": document_id,
                "council": council_slug,
                "meeting_id": meeting_id,
                "role": placement.role,
                "source_url": url,
                "path": doc.path,
                "sha256": doc.sha256,
                "media_type": doc.media_type,
                "pages": len(doc.pages),
                "status": doc.status,
                "error": None,
                "ocr": int(doc.ocr),
                "parser_version": parser_version,
                "processed_at": utcnow(),
                "warnings": _json(list(parsed.warnings) + list(doc.warnings) + list(placement.warnings)),
            }
        if doc.title:  # a title the scraper recorded is not wiped by a parse without one
            row["title"] = doc.title
        db["documents"].upsert(row, pk="id")
        db["pages"].insert_all(
            (
                {
                    "id": child_key(document_id, "p", page.number),
                    "document_id": document_id,
                    "number": page.number,
                    "text": page.text,
                    "ocr": int(page.ocr),
                    "scanned": int(page.scanned),
                    "quality": page.quality,
                }
                for page in doc.pages
            ),
            pk="id",
        )
        if not (placement.facts_home or placement.facts_meeting_id):
            _store_agenda(db, placement.agenda, document_id, meeting_id, url)
            _store_matters(db, council_slug, parsed, document_id, {}, meeting_id, url)
            _drop_unmentioned_matters(db, council_slug)
            for touched_id in touched | {meeting_id}:
                settle_meeting(db, touched_id)
            return document_id
        if facts_meeting != meeting_id and facts_meeting is not None:
            db["meeting_sources"].insert({
                "id": child_key(facts_meeting, document_id), "meeting_id": facts_meeting, "document_id": document_id,
                "role": "draft_minutes" if placement.approved_record else placement.role,
                "approved_record": int(placement.approved_record),
                "pages": _page_span(parsed),
            }, pk="id")
        _store_agenda(db, placement.agenda, document_id, meeting_id, url)
        db["attendance"].insert_all(
            (
                {
                    "id": child_key(document_id, "a", n),
                    "meeting_id": facts_meeting,
                    "document_id": document_id,
                    "name": a.name,
                    "status": a.status,
                    "role": a.role,
                    "page": a.page,
                    "member_id": a.member_id,
                }
                for n, a in enumerate(parsed.attendance, 1)
            ),
            pk="id",
        )
        item_meetings = _store_items(db, parsed, document_id, facts_meeting, url, council_slug)
        _store_matters(db, council_slug, parsed, document_id, item_meetings, facts_meeting, url)
        _drop_unmentioned_matters(db, council_slug)
        for touched_id in touched | {meeting_id, facts_meeting} | set(item_meetings.values()):
            settle_meeting(db, touched_id)
    return document_id


def _page_span(parsed: ParsedDocument) -> Optional[str]:
    pages = [i.page for i in parsed.items if i.page] + [a.page for a in parsed.attendance if a.page]
    if not pages:
        return None
    return f"{min(pages)}-{max(pages)}" if min(pages) != max(pages) else str(min(pages))


def _meetings_of(db: sqlite_utils.Database, document_id: str) -> set[Optional[str]]:
    """Every meeting a document's rows speak for now: settled again once
    they are replaced, so a copy they had outranked speaks again."""
    return {r["meeting_id"] for r in db.query(
        "SELECT meeting_id FROM items WHERE document_id = :d UNION SELECT meeting_id FROM attendance "
        "WHERE document_id = :d UNION SELECT meeting_id FROM documents WHERE id = :d", {"d": document_id})}


def _store_agenda(db, items: list, document_id: str, meeting_id: Optional[str], url) -> None:
    db["agenda_items"].insert_all(
        ({"id": child_key(document_id, "g", n), "document_id": document_id, "meeting_id": meeting_id, "ordinal": n,
          "number": item.number, "title": item.title, "page": item.page, "source_url": page_link(url, item.page)}
         for n, item in enumerate(items, 1)),
        pk="id",
    )


def _item_key(number: Optional[str], title: Optional[str]) -> str:
    if number:
        return "n:" + number.strip().rstrip(".").lower()
    return "t:" + " ".join(re.findall(r"[a-z0-9]+", (title or "").lower()))


def settle_meeting(db: sqlite_utils.Database, meeting_id: Optional[str]) -> None:
    """One canonical list of items and one attendance list per meeting.

    Every source that speaks for the meeting keeps its own rows (a
    re-parse or a withdrawn source must not lose the other's facts); where
    two state one item (the same minute number, or the same title when
    unnumbered), the copy holding the most facts speaks for the meeting
    (ties: the surer role, the web service before a PDF) and the others
    name it in ``superseded_by``.  Attendance is not merged name by name
    (the web service's "Councillor Richard Cook" is the PDF's "Mr R Cook"):
    the surest source that lists anyone gives the meeting's list."""
    if meeting_id is None:
        return
    sources = {r["id"]: precedence(r["role"], r["kind"]) + (r["id"],) for r in db.query(
        "SELECT id, role, kind FROM documents WHERE id IN (SELECT document_id FROM items WHERE meeting_id = :m "
        "UNION SELECT document_id FROM attendance WHERE meeting_id = :m)", {"m": meeting_id})}
    groups: dict[str, list[tuple]] = {}
    for row in db.query(
        """SELECT items.id, items.document_id, items.number, items.title,
             (SELECT count(*) FROM resolutions WHERE item_id = items.id)
             + (SELECT count(*) FROM votes WHERE item_id = items.id)
             + (SELECT count(*) FROM declarations WHERE item_id = items.id)
             + (SELECT count(*) FROM speakers WHERE item_id = items.id) AS facts
           FROM items WHERE meeting_id = ?""", [meeting_id]):
        groups.setdefault(_item_key(row["number"], row["title"]), []).append(
            (-row["facts"], sources[row["document_id"]], row["id"], row["document_id"]))
    updates = []
    for copies in groups.values():
        best = min(copies)
        updates += [(None if copy is best else best[3], copy[2]) for copy in copies]
    db.conn.executemany("UPDATE items SET superseded_by = ? WHERE id = ?", updates)
    listed = sorted(sources[r["document_id"]] for r in db.query(
        "SELECT DISTINCT document_id FROM attendance WHERE meeting_id = ?", [meeting_id]))
    if listed:
        db.execute("UPDATE attendance SET superseded_by = CASE WHEN document_id = :best THEN NULL ELSE :best END "
                   "WHERE meeting_id = :m", {"best": listed[0][2], "m": meeting_id})


def _date_undated_meeting(db: sqlite_utils.Database, meeting_id: str, stated: Meeting) -> None:
    """A meeting its platform listed without a date (a website's "January
    2026 Minutes") takes the date its own minutes state; a date the
    platform gave is never overwritten by a parse."""
    row = next(db.query("SELECT committee_title, date FROM meetings WHERE id = ?", [meeting_id]), None)
    if row is None or row["date"]:
        return
    db["meetings"].update(meeting_id, {"date": stated.date, "label": meeting_label(row["committee_title"], stated.date),
                                       "time": stated.time, "starts_at": starts_at(stated.date, stated.time)})


def _item_meeting(db, council: str, item: Item, default: Optional[str]) -> Optional[str]:
    """The meeting an item was taken at: the document's, unless the item
    states its own (an issue history holds one appearance a meeting),
    which is found among the meetings held or made from the body and date.
    An appearance whose page names its body but no date ("The Committee
    discussed") has no meeting: it is not the document's, and a meeting
    is never made up from a body alone."""
    stated = item.meeting
    if stated is None:
        return default
    if not stated.committee or not stated.date:
        return None
    return find_meeting_id(db, council, stated.committee, stated.date) or upsert_meeting(
        db, council, Meeting(committee=stated.committee, date=stated.date))


def _store_items(db, parsed: ParsedDocument, document_id: str, meeting_id: Optional[str], url,
                 council: Optional[str] = None) -> dict[str, Optional[str]]:
    """Write the items and their facts; return each item's id with the
    meeting it was stored under.

    The rows are gathered first and written one table at a time: each
    ``insert_all`` call of sqlite-utils reads the table's schema again, so
    writing them item by item (five calls an item, a sixth a vote) cost the
    writer about 0.45 s of the eight Kent minutes' 0.8 s of storing on a
    cluster run, where the writer shares the cores with the parse."""
    stored: dict[str, Optional[str]] = {}
    rows: dict[str, list[dict]] = {table: [] for table in
                                   ("items", "resolutions", "votes", "vote_members", "declarations", "speakers")}
    for n, item in enumerate(parsed.items, 1):
        item_id = child_key(document_id, "i", n)
        item_meeting = _item_meeting(db, council, item, meeting_id) if council else meeting_id
        stored[item_id] = item_meeting
        common = {"document_id": document_id, "meeting_id": item_meeting}
        rows["items"].append({
            "id": item_id,
            **common,
            "ordinal": n,
            "number": item.number,
            "title": item.title,
            "text": item.text,
            "page": item.page,
            "portfolio_holder": item.portfolio_holder,
            "source_url": page_link(url, item.page),
        })
        rows["resolutions"] += (
            {
                "id": child_key(item_id, "r", k),
                "item_id": item_id,
                **common,
                "ordinal": k,
                "kind": r.kind,
                "text": r.text,
                "clauses": _json([{"label": c.label, "text": c.text} for c in r.clauses]),
                "page": r.page,
                "source_url": page_link(url, r.page),
            }
            for k, r in enumerate(item.resolutions, 1)
        )
        for k, vote in enumerate(item.votes, 1):
            vote_id = child_key(item_id, "v", k)
            rows["votes"].append({
                "id": vote_id,
                "item_id": item_id,
                **common,
                "ordinal": k,
                "kind": vote.kind,
                "motion": vote.motion,
                "for_count": vote.for_count,
                "against_count": vote.against_count,
                "abstain_count": vote.abstain_count,
                "outcome": vote.outcome,
                "proposer": vote.proposer,
                "seconder": vote.seconder,
                "warnings": _json(vote.warnings),
                "page": vote.page,
                "source_url": page_link(url, vote.page),
            })
            rows["vote_members"] += (
                {"id": child_key(vote_id, choice, m), "vote_id": vote_id, "choice": choice, "name": name,
                 "ordinal": m}
                for choice, names in vote.members().items()
                for m, name in enumerate(names, 1)
            )
        rows["declarations"] += (
            {"id": child_key(item_id, "d", k), "item_id": item_id, **common, "name": d.name, "text": d.text,
             "kind": d.kind, "page": d.page}
            for k, d in enumerate(item.declarations, 1)
        )
        rows["speakers"] += (
            {"id": child_key(item_id, "s", k), "item_id": item_id, **common, "name": s.name, "role": s.role,
             "page": s.page}
            for k, s in enumerate(item.speakers, 1)
        )
    for table, table_rows in rows.items():  # parents before children: items, then votes, then their members
        if table_rows:
            db[table].insert_all(table_rows, pk="id")
    return stored


def _voting(votes: list[Vote]) -> Optional[str]:
    """A decision's voting as a decision page words it: "Unanimous",
    "For 5, Against 2, Abstain 1", or the outcome."""
    for vote in votes:
        if vote.kind == "unanimous":
            return "Unanimous"
        if vote.for_count is not None:
            counts = [f"For {vote.for_count}", f"Against {vote.against_count or 0}"]
            if vote.abstain_count is not None:
                counts.append(f"Abstain {vote.abstain_count}")
            return ", ".join(counts)
        if vote.outcome:
            return vote.outcome.capitalize()
    return None


def _upsert_matter(db, council: str, ref: MatterRef) -> str:
    """One row per matter: added the first time any document names it; its
    title is the first one seen, unless a decision record names it (the
    council's own title for what it decided)."""
    matter_id = matter_key(council, ref.reference)
    row = next(db.query("SELECT title FROM matters WHERE id = ?", [matter_id]), None)
    if row is None:
        db["matters"].insert({"id": matter_id, "council": council, "reference": ref.reference, "title": ref.title,
                              "first_seen": utcnow()}, pk="id")
    elif ref.title and (not row["title"] or ref.role == "decision"):
        db["matters"].update(matter_id, {"title": ref.title})
    return matter_id


def _store_matters(db, council: str, parsed: ParsedDocument, document_id: str,
                   item_meetings: dict[str, Optional[str]], meeting_id: Optional[str], url) -> None:
    """Each matter an item names (its own, in its title, and those its text
    mentions) and each decision record, replaced with the document's other
    rows so a re-parse never adds a second mention.  ``item_meetings``:
    the items stored, with their meetings; empty when the document's items
    are not facts of any meeting (a reports pack), whose mentions then name
    the document's meeting and no item."""
    mentions = []
    for n, item in enumerate(parsed.items, 1):
        item_id = child_key(document_id, "i", n)
        stored = item_id in item_meetings
        at = item_meetings[item_id] if stored else meeting_id
        refs = ([item.matter] if item.matter else []) + [m for m in item.mentions
                                                          if not item.matter or m.reference != item.matter.reference]
        for ref in refs:
            page = ref.page or item.page
            matter_id = _upsert_matter(db, council, ref)
            mentions.append({"id": child_key(document_id, "m", len(mentions) + 1), "matter_id": matter_id,
                             "document_id": document_id, "meeting_id": at, "item_id": item_id if stored else None,
                             "page": page, "role": ref.role or "mention", "title": item.title,
                             "source_url": page_link(url, page)})
        if item.decision is not None and stored:
            resolution = item.resolutions[0] if item.resolutions else None
            db["decisions"].insert({
                "id": child_key(item_id, "decision"), "council": council, "document_id": document_id,
                "item_id": item_id, "matter_id": matter_key(council, item.matter.reference) if item.matter else None,
                "meeting_id": at, "title": item.title, "maker": item.decision.maker, "status": item.decision.status,
                "key_decision": None if item.decision.key_decision is None else int(item.decision.key_decision),
                "call_in": None if item.decision.call_in is None else int(item.decision.call_in),
                "decided": item.decision.decided, "published": item.decision.published,
                "portfolio_holder": item.portfolio_holder,
                "text": "\n".join(r.text for r in item.resolutions) or None,
                "clauses": _json([{"label": c.label, "text": c.text} for c in resolution.clauses]) if resolution else None,
                "voting": _voting(item.votes), "source_url": page_link(url, item.page),
            }, pk="id")
    db["matter_mentions"].insert_all(mentions, pk="id")


def _drop_unmentioned_matters(db, council: str) -> None:
    """A matter no document names any more (its only source was parsed
    again without it) is not kept."""
    db.execute("DELETE FROM matters WHERE council = ? AND id NOT IN (SELECT matter_id FROM matter_mentions) "
               "AND id NOT IN (SELECT matter_id FROM decisions WHERE matter_id IS NOT NULL)", [council])


def delete_document_rows(db: sqlite_utils.Database, document_id: str) -> None:
    """Remove everything a document contributed (not the document row)."""
    db.execute(
        "DELETE FROM vote_members WHERE vote_id IN (SELECT id FROM votes WHERE document_id = ?)",
        [document_id],
    )
    for table in _DOCUMENT_CHILDREN:
        db.execute(f"DELETE FROM [{table}] WHERE document_id = ?", [document_id])


def record_document_failure(
    db: sqlite_utils.Database,
    *,
    council: str,
    path: str,
    sha256: str,
    error: str,
    status: str = "failed",
    media_type: Optional[str] = None,
    source_id: Optional[str] = None,
    document_id: Optional[str] = None,
    url: Optional[str] = None,
    parser_version: Optional[str] = None,
) -> str:
    """Record that a document could not be processed, keeping whatever an
    earlier successful parse stored for it (a bad re-download must not wipe
    good rows)."""
    document_id = document_id or document_key(council, source_id, sha256)
    with db.atomic():
        if not db["councils"].count_where("slug = ?", [council]):
            ensure_council(db, council)
        db["documents"].upsert(
            {
                "id": document_id,
                "council": council,
                "path": path,
                "sha256": sha256,
                "media_type": media_type,
                "source_url": web_url(url),
                "status": status,
                "error": error,
                "parser_version": parser_version,
                "processed_at": utcnow(),
            },
            pk="id",
        )
    return document_id


def start_run(db: sqlite_utils.Database, run: Run) -> None:
    db["runs"].insert(
        {
            "id": run.id,
            "command": run.command,
            "started": run.started,
            "status": run.status,
            "council": run.council,
        },
        pk="id",
        replace=True,
    )


def finish_run(db: sqlite_utils.Database, run: Run) -> None:
    db["runs"].update(
        run.id,
        {
            "finished": run.finished or utcnow(),
            "status": run.status,
            "counts": _json(run.counts),
            "errors": _json(run.errors),
        },
    )


def record_fetch(db: sqlite_utils.Database, fetch: Fetch) -> None:
    db["fetches"].insert(
        {
            "run_id": fetch.run_id,
            "council": fetch.council,
            "url": fetch.url,
            "status": fetch.status,
            "sha256": fetch.sha256,
            "size": fetch.size,
            "path": fetch.path,
            "fetched_at": fetch.fetched_at,
            "error": fetch.error,
        }
    )
