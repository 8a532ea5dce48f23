"""Create and upgrade the database schema (Contract 3) in place.

The schema is the sum of an ordered list of migrations.  A database records
how far it has come in ``PRAGMA user_version``; opening it applies the
missing steps, each in its own transaction, so an old ``minutes.db`` is
upgraded without losing a row and a crash during an upgrade leaves the
database at the last completed version.  Migrations only ever add: tables,
columns, indexes, full-text indexes.  Never rewrite an old step: add a new
one.
"""

from __future__ import annotations

from typing import Callable

import sqlite_utils

TEXT, INT, FLOAT = str, int, float


def _v1_core_tables(db: sqlite_utils.Database) -> None:
    """The first published schema: every table of Contract 3."""
    db["councils"].create(
        {"slug": TEXT, "name": TEXT, "base_url": TEXT, "licence": TEXT},
        pk="slug",
        if_not_exists=True,
    )
    db["committees"].create(
        {
            "id": TEXT,
            "council": TEXT,
            "source_id": TEXT,
            "title": TEXT,
            "category": TEXT,
            "deleted": INT,
            "expired": INT,
            "source_url": TEXT,
        },
        pk="id",
        foreign_keys=[("council", "councils", "slug")],
        if_not_exists=True,
    )
    db["meetings"].create(
        {
            "id": TEXT,
            "council": TEXT,
            "committee_id": TEXT,
            "source_id": TEXT,
            "date": TEXT,
            "time": TEXT,
            "venue": TEXT,
            "status": TEXT,
            "source_url": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("council", "councils", "slug"),
            ("committee_id", "committees", "id"),
        ],
        if_not_exists=True,
    )
    db["documents"].create(
        {
            "id": TEXT,
            "council": TEXT,
            "meeting_id": TEXT,
            "title": TEXT,
            "source_url": TEXT,
            "path": TEXT,
            "sha256": TEXT,
            "media_type": TEXT,
            "size": INT,
            "pages": INT,
            "status": TEXT,
            "error": TEXT,
            "ocr": INT,
            "parser_version": TEXT,
            "processed_at": TEXT,
            "warnings": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("council", "councils", "slug"),
            ("meeting_id", "meetings", "id"),
        ],
        if_not_exists=True,
    )
    db["pages"].create(
        {
            "id": TEXT,
            "document_id": TEXT,
            "number": INT,
            "text": TEXT,
            "ocr": INT,
            "scanned": INT,
            "quality": FLOAT,
        },
        pk="id",
        foreign_keys=[("document_id", "documents", "id")],
        if_not_exists=True,
    )
    db["items"].create(
        {
            "id": TEXT,
            "document_id": TEXT,
            "meeting_id": TEXT,
            "ordinal": INT,
            "number": TEXT,
            "title": TEXT,
            "text": TEXT,
            "page": INT,
            "portfolio_holder": TEXT,
            "source_url": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("document_id", "documents", "id"),
            ("meeting_id", "meetings", "id"),
        ],
        if_not_exists=True,
    )
    db["resolutions"].create(
        {
            "id": TEXT,
            "item_id": TEXT,
            "document_id": TEXT,
            "meeting_id": TEXT,
            "ordinal": INT,
            "kind": TEXT,
            "text": TEXT,
            "clauses": TEXT,
            "page": INT,
            "source_url": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("item_id", "items", "id"),
            ("document_id", "documents", "id"),
            ("meeting_id", "meetings", "id"),
        ],
        if_not_exists=True,
    )
    db["votes"].create(
        {
            "id": TEXT,
            "item_id": TEXT,
            "document_id": TEXT,
            "meeting_id": TEXT,
            "ordinal": INT,
            "kind": TEXT,
            "motion": TEXT,
            "for_count": INT,
            "against_count": INT,
            "abstain_count": INT,
            "outcome": TEXT,
            "warnings": TEXT,
            "page": INT,
            "source_url": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("item_id", "items", "id"),
            ("document_id", "documents", "id"),
            ("meeting_id", "meetings", "id"),
        ],
        if_not_exists=True,
    )
    db["people"].create(
        {
            "id": TEXT,
            "council": TEXT,
            "member_id": TEXT,
            "name": TEXT,
            "party": TEXT,
            "ward": TEXT,
        },
        pk="id",
        foreign_keys=[("council", "councils", "slug")],
        if_not_exists=True,
    )
    db["vote_members"].create(
        {"id": TEXT, "vote_id": TEXT, "choice": TEXT, "name": TEXT, "ordinal": INT},
        pk="id",
        foreign_keys=[("vote_id", "votes", "id")],
        if_not_exists=True,
    )
    db["attendance"].create(
        {
            "id": TEXT,
            "meeting_id": TEXT,
            "document_id": TEXT,
            "name": TEXT,
            "status": TEXT,
            "role": TEXT,
            "page": INT,
            "member_id": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("meeting_id", "meetings", "id"),
            ("document_id", "documents", "id"),
        ],
        if_not_exists=True,
    )
    db["declarations"].create(
        {
            "id": TEXT,
            "item_id": TEXT,
            "document_id": TEXT,
            "meeting_id": TEXT,
            "name": TEXT,
            "text": TEXT,
            "kind": TEXT,
            "page": INT,
        },
        pk="id",
        foreign_keys=[
            ("item_id", "items", "id"),
            ("document_id", "documents", "id"),
            ("meeting_id", "meetings", "id"),
        ],
        if_not_exists=True,
    )
    db["runs"].create(
        {
            "id": TEXT,
            "command": TEXT,
            "started": TEXT,
            "finished": TEXT,
            "status": TEXT,
            "counts": TEXT,
            "errors": TEXT,
        },
        pk="id",
        if_not_exists=True,
    )
    db["fetches"].create(
        {
            "id": INT,
            "run_id": TEXT,
            "council": TEXT,
            "url": TEXT,
            "status": INT,
            "sha256": TEXT,
            "size": INT,
            "path": TEXT,
            "fetched_at": TEXT,
            "error": TEXT,
        },
        pk="id",
        foreign_keys=[("run_id", "runs", "id")],
        if_not_exists=True,
    )


def _v2_speakers_people_links_and_search(db: sqlite_utils.Database) -> None:
    """Speakers, person links on every mention, FTS5 and lookup indexes."""
    db["speakers"].create(
        {
            "id": TEXT,
            "item_id": TEXT,
            "document_id": TEXT,
            "meeting_id": TEXT,
            "name": TEXT,
            "role": TEXT,
            "page": INT,
            "person_id": TEXT,
        },
        pk="id",
        foreign_keys=[
            ("item_id", "items", "id"),
            ("document_id", "documents", "id"),
            ("meeting_id", "meetings", "id"),
            ("person_id", "people", "id"),
        ],
        if_not_exists=True,
    )
    for table in ("attendance", "vote_members", "declarations"):
        if "person_id" not in db[table].columns_dict:
            db[table].add_column("person_id", TEXT, fk="people", fk_col="id")
    for table, columns in (("items", ["title", "text"]), ("resolutions", ["text"])):
        if not db[table].detect_fts():
            db[table].enable_fts(columns, tokenize="porter", create_triggers=True)
    for table, columns in (
        ("items", ["document_id"]),
        ("items", ["meeting_id"]),
        ("resolutions", ["item_id"]),
        ("resolutions", ["document_id"]),
        ("votes", ["document_id"]),
        ("vote_members", ["vote_id"]),
        ("attendance", ["document_id"]),
        ("attendance", ["meeting_id"]),
        ("declarations", ["document_id"]),
        ("speakers", ["document_id"]),
        ("pages", ["document_id"]),
        ("meetings", ["date"]),
        ("fetches", ["url"]),
    ):
        db[table].create_index(columns, if_not_exists=True)


def _v3_crawl_state(db: sqlite_utils.Database) -> None:
    """What an incremental crawl needs to remember, and people's details."""
    new_columns = {
        "meetings": {"minutes_published": INT, "fetched_at": TEXT, "committee_title": TEXT, "label": TEXT},
        "documents": {"attachment_id": TEXT, "publication_date": TEXT, "restricted": INT, "kind": TEXT,
                      "fetched_at": TEXT, "item_number": TEXT},
        "people": {"key_posts": TEXT, "terms": TEXT, "updated_at": TEXT},
        "committees": {"fetched_at": TEXT},
        "runs": {"council": TEXT},
    }
    for table, columns in new_columns.items():
        existing = db[table].columns_dict
        for column, kind in columns.items():
            if column not in existing:
                db[table].add_column(column, kind)
    db["documents"].create_index(["council", "attachment_id"], if_not_exists=True)
    db["documents"].create_index(["meeting_id"], if_not_exists=True)
    db["documents"].create_index(["sha256"], if_not_exists=True)
    db["meetings"].create_index(["committee_id"], if_not_exists=True)


def _v4_health(db: sqlite_utils.Database) -> None:
    """When things were first seen (to tell a quiet site from a broken
    scraper) and the latest health verdict per council."""
    for table in ("meetings", "documents"):
        if "first_seen" not in db[table].columns_dict:
            db[table].add_column("first_seen", TEXT)
        db.execute(f"UPDATE [{table}] SET first_seen = coalesce(fetched_at, processed_at) WHERE first_seen IS NULL"
                   if table == "documents" else
                   f"UPDATE [{table}] SET first_seen = fetched_at WHERE first_seen IS NULL")
    db["health"].create(
        {"council": TEXT, "verdict": TEXT, "reasons": TEXT, "facts": TEXT, "checked_at": TEXT},
        pk="council",
        foreign_keys=[("council", "councils", "slug")],
        if_not_exists=True,
    )


def _v5_person_links(db: sqlite_utils.Database) -> None:
    """How sure each link to a person is, and which rule made it."""
    for table in ("attendance", "vote_members", "declarations", "speakers"):
        columns = db[table].columns_dict
        if "person_confidence" not in columns:
            db[table].add_column("person_confidence", FLOAT)
        if "person_rule" not in columns:
            db[table].add_column("person_rule", TEXT)
        db[table].create_index(["person_id"], if_not_exists=True)


def _v6_meeting_start(db: sqlite_utils.Database) -> None:
    """When a meeting starts, local time, for calendars."""
    from models.keys import starts_at

    if "starts_at" not in db["meetings"].columns_dict:
        db["meetings"].add_column("starts_at", TEXT)
    for row in list(db.query("SELECT id, date, time FROM meetings WHERE time IS NOT NULL")):
        db.execute("UPDATE meetings SET starts_at = ? WHERE id = ?", [starts_at(row["date"], row["time"]), row["id"]])


def _v7_document_committee(db: sqlite_utils.Database) -> None:
    """The body that met, as given when a local file was added
    (``minutes add --committee``), for documents whose header names none."""
    if "committee" not in db["documents"].columns_dict:
        db["documents"].add_column("committee", TEXT)


def _v8_document_validators(db: sqlite_utils.Database) -> None:
    """The HTTP validators (``ETag``, ``Last-Modified``) a server gave with a
    downloaded document, sent back as ``If-None-Match`` /
    ``If-Modified-Since`` when the crawl revalidates it."""
    columns = db["documents"].columns_dict
    for column in ("etag", "last_modified"):
        if column not in columns:
            db["documents"].add_column(column, TEXT)


def _v9_document_roles(db: sqlite_utils.Database) -> None:
    """What each document is (``documents.role``), and which documents speak
    for a meeting.  A meeting's agenda gets its own table (``agenda_items``:
    what the meeting was to take, not what it did); a fact stated by two
    sources of one meeting (web-service and printed minutes) is kept from
    both, and the copy that is not the meeting's names the source that
    speaks instead (``superseded_by``); a document whose facts belong to
    another meeting than its own (the previous meeting's minutes in a
    reports pack) is recorded as a source of that meeting
    (``meeting_sources``); pages get full-text search, so reports and packs
    that add no facts are still found."""
    from pipeline.roles import role_from_metadata

    columns = db["documents"].columns_dict
    if "role" not in columns:
        db["documents"].add_column("role", TEXT)
    for row in list(db.query("SELECT id, title, kind, item_number FROM documents WHERE role IS NULL")):
        db.execute("UPDATE documents SET role = ? WHERE id = ?",
                   [role_from_metadata(row["title"], row["kind"], row["item_number"]), row["id"]])
    db["documents"].create_index(["meeting_id", "role"], if_not_exists=True)
    # No declared foreign key: declaring one rebuilds the table, which
    # would drop the full-text triggers on items.
    for table in ("items", "attendance"):
        if "superseded_by" not in db[table].columns_dict:
            db[table].add_column("superseded_by", TEXT)
    db["agenda_items"].create(
        {"id": TEXT, "document_id": TEXT, "meeting_id": TEXT, "ordinal": INT, "number": TEXT, "title": TEXT,
         "page": INT, "source_url": TEXT},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("meeting_id", "meetings", "id")],
        if_not_exists=True,
    )
    db["meeting_sources"].create(
        {"id": TEXT, "meeting_id": TEXT, "document_id": TEXT, "role": TEXT, "approved_record": INT, "pages": TEXT},
        pk="id",
        foreign_keys=[("document_id", "documents", "id"), ("meeting_id", "meetings", "id")],
        if_not_exists=True,
    )
    for table, index in (("agenda_items", ["document_id"]), ("agenda_items", ["meeting_id"]),
                         ("meeting_sources", ["document_id"]), ("meeting_sources", ["meeting_id"])):
        db[table].create_index(index, if_not_exists=True)
    if not db["pages"].detect_fts():
        db["pages"].enable_fts(["text"], tokenize="porter", create_triggers=True)


def _v10_matters_and_decisions(db: sqlite_utils.Database) -> None:
    """Follow a matter through the council: ``matters`` (one row per
    council and reference: Kent's "24/00093", a ModernGov issue id),
    ``matter_mentions`` (each place a document names it, with its meeting,
    item, page and what happened there), ``decisions`` (decision records:
    maker, status, key decision, call-in, dates, portfolio holder, clauses,
    voting) and who moved and seconded each motion voted on."""
    db["matters"].create(
        {"id": TEXT, "council": TEXT, "reference": TEXT, "title": TEXT, "first_seen": TEXT},
        pk="id",
        foreign_keys=[("council", "councils", "slug")],
        if_not_exists=True,
    )
    db["matter_mentions"].create(
        {"id": TEXT, "matter_id": TEXT, "document_id": TEXT, "meeting_id": TEXT, "item_id": TEXT, "page": INT,
         "role": TEXT, "title": TEXT, "source_url": TEXT},
        pk="id",
        foreign_keys=[("matter_id", "matters", "id"), ("document_id", "documents", "id"),
                      ("meeting_id", "meetings", "id"), ("item_id", "items", "id")],
        if_not_exists=True,
    )
    db["decisions"].create(
        {"id": TEXT, "council": TEXT, "document_id": TEXT, "item_id": TEXT, "matter_id": TEXT, "meeting_id": TEXT,
         "title": TEXT, "maker": TEXT, "status": TEXT, "key_decision": INT, "call_in": INT, "decided": TEXT,
         "published": TEXT, "portfolio_holder": TEXT, "text": TEXT, "clauses": TEXT, "voting": TEXT,
         "source_url": TEXT},
        pk="id",
        foreign_keys=[("council", "councils", "slug"), ("document_id", "documents", "id"), ("item_id", "items", "id"),
                      ("matter_id", "matters", "id"), ("meeting_id", "meetings", "id")],
        if_not_exists=True,
    )
    for table, index in (("matters", ["council", "reference"]), ("matter_mentions", ["matter_id"]),
                         ("matter_mentions", ["document_id"]), ("matter_mentions", ["meeting_id"]),
                         ("decisions", ["matter_id"]), ("decisions", ["document_id"]), ("decisions", ["meeting_id"])):
        db[table].create_index(index, if_not_exists=True)
    for column in ("proposer", "seconder"):
        if column not in db["votes"].columns_dict:
            db["votes"].add_column(column, TEXT)


def _v11_decisions_register(db: sqlite_utils.Database) -> None:
    """Crawl the decisions register incrementally: ``registers`` is each
    council's watermark (the date range its register was last read in
    full, so a rerun reads only what is newer), and ``documents.listing``
    the hash of the register row a decision page was fetched under (a row
    worded otherwise later means the page changed; the same wording means
    it need not be fetched again)."""
    db["registers"].create(
        {"council": TEXT, "url": TEXT, "covered_from": TEXT, "covered_to": TEXT, "read_at": TEXT,
         "listed": INT, "error": TEXT, "error_at": TEXT},
        pk="council",
        foreign_keys=[("council", "councils", "slug")],
        if_not_exists=True,
    )
    if "listing" not in db["documents"].columns_dict:
        db["documents"].add_column("listing", TEXT)


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [
    _v1_core_tables,
    _v2_speakers_people_links_and_search,
    _v3_crawl_state,
    _v4_health,
    _v5_person_links,
    _v6_meeting_start,
    _v7_document_committee,
    _v8_document_validators,
    _v9_document_roles,
    _v10_matters_and_decisions,
    _v11_decisions_register,
]
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = SCHEMA_VERSION) -> int:
    """Bring ``db`` up to ``target``; return the number of steps applied.

    A database newer than this code is refused rather than half-understood.
    """
    current = schema_version(db)
    if current > SCHEMA_VERSION:
        raise RuntimeError(
            f"database schema version {current} is newer than this program "
            f"understands ({SCHEMA_VERSION}); upgrade council-minutes"
        )
    applied = 0
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
        applied += 1
    return applied
