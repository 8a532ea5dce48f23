"""Publish the database with Datasette: metadata, canned queries, feeds,
templates, and a read-only snapshot to serve.

Datasette serves an immutable snapshot (``VACUUM INTO``) of the working
database, so the nightly run can write while readers browse, and nothing a
visitor sends can change a row.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Optional

from models import settings
from models.columns import LABEL_COLUMNS, TABLES

TEMPLATES = Path(__file__).parent / "templates"
DATABASE = "minutes"  # the name Datasette shows, from the snapshot's file name
OGL = "Open Government Licence v3.0"
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

QUERIES = {
    "search_everything": {
        "title": "Search everything",
        "description": "Words in any minute item or resolution, newest first, with committee, date and source links.",
        "sql": """
select 'resolution' as found_in, meetings.date, committees.title as committee, items.number as item,
  resolutions.text as text, resolutions.source_url as source, meetings.source_url as meeting_page,
  '/meeting/' || meetings.id as meeting
from resolutions_fts
  join resolutions on resolutions.rowid = resolutions_fts.rowid
  join items on items.id = resolutions.item_id
  join meetings on meetings.id = resolutions.meeting_id
  left join committees on committees.id = meetings.committee_id
where resolutions_fts match :q and items.superseded_by is null
union all
select 'item', meetings.date, committees.title, items.number, items.title || ': ' || substr(items.text, 1, 300),
  items.source_url, meetings.source_url, '/meeting/' || meetings.id
from items_fts
  join items on items.rowid = items_fts.rowid
  join meetings on meetings.id = items.meeting_id
  left join committees on committees.id = meetings.committee_id
where items_fts match :q and items.superseded_by is null
order by date desc limit 200""",
    },
    "resolutions_between": {
        "title": "Resolutions matching words between two dates",
        "description": "Full-text search of resolutions; leave a date empty for no limit.",
        "sql": """
select meetings.date, committees.title as committee, items.number as item, items.title as item_title,
  resolutions.kind, resolutions.text, resolutions.source_url as source, meetings.source_url as meeting_page
from resolutions_fts
  join resolutions on resolutions.rowid = resolutions_fts.rowid
  join items on items.id = resolutions.item_id
  join meetings on meetings.id = resolutions.meeting_id
  left join committees on committees.id = meetings.committee_id
where resolutions_fts match :q and items.superseded_by is null
  and (:from_date = '' or meetings.date >= :from_date)
  and (:to_date = '' or meetings.date <= :to_date)
order by meetings.date desc""",
    },
    "councillor_votes": {
        "title": "A councillor's recorded votes",
        "description": "Every recorded vote where the named member is listed (part of a name is enough).",
        "sql": """
select meetings.date, committees.title as committee, items.number as item, items.title as item_title,
  vote_members.name, vote_members.choice, votes.outcome, votes.for_count, votes.against_count,
  votes.abstain_count, votes.source_url as source
from vote_members
  join votes on votes.id = vote_members.vote_id
  join items on items.id = votes.item_id
  join meetings on meetings.id = votes.meeting_id
  left join committees on committees.id = meetings.committee_id
where vote_members.name like '%' || :name || '%' and items.superseded_by is null
order by meetings.date desc, items.ordinal, votes.ordinal""",
    },
    "attendance_record": {
        "title": "Attendance record per councillor",
        "description": "How often each person named like this was present, sent apologies or attended.",
        "sql": """
select attendance.name,
  sum(attendance.status = 'present') as present,
  sum(attendance.status = 'virtual') as virtual,
  sum(attendance.status = 'apologies') as apologies,
  sum(attendance.status = 'absent') as absent,
  sum(attendance.status = 'substitute') as substitute,
  sum(attendance.status = 'in_attendance') as in_attendance,
  count(distinct attendance.meeting_id) as meetings
from attendance
where attendance.name like '%' || :name || '%' and attendance.meeting_id is not null
  and attendance.superseded_by is null
group by attendance.name
order by meetings desc""",
    },
    "decisions_by_portfolio": {
        "title": "Decisions by portfolio holder",
        "description": "Resolutions of items owned by a portfolio (part of its name is enough).",
        "sql": """
select meetings.date, committees.title as committee, items.portfolio_holder, items.title as item_title,
  resolutions.text, resolutions.source_url as source
from items
  join resolutions on resolutions.item_id = items.id
  join meetings on meetings.id = items.meeting_id
  left join committees on committees.id = meetings.committee_id
where items.portfolio_holder like '%' || :portfolio || '%' and items.superseded_by is null
order by meetings.date desc""",
    },
    "close_votes": {
        "title": "Close votes, and votes whose names and counts disagree",
        "description": "Votes won or lost by fewer than :margin votes, or where the names listed do not match the stated count.",
        "sql": """
select meetings.date, committees.title as committee, items.number as item, items.title as item_title,
  votes.kind, votes.for_count, votes.against_count, votes.abstain_count, votes.outcome,
  abs(votes.for_count - votes.against_count) as margin, votes.warnings, votes.source_url as source
from votes
  join items on items.id = votes.item_id
  join meetings on meetings.id = votes.meeting_id
  left join committees on committees.id = meetings.committee_id
where items.superseded_by is null and ((votes.for_count is not null and votes.against_count is not null
       and abs(votes.for_count - votes.against_count) < cast(:margin as integer))
   or votes.warnings is not null)
order by meetings.date desc""",
    },
    "new_resolutions": {
        "title": "New resolutions",
        "description": "An Atom feed of resolutions, newest first; add ?q=word to follow a subject (e.g. SEND, planning).",
        "sql": """
select resolutions.id as atom_id,
  coalesce(committees.title, 'Meeting') || ' ' || coalesce(meetings.date, '') || ': ' || items.title as atom_title,
  coalesce(meetings.date || 'T00:00:00+00:00', documents.processed_at) as atom_updated,
  resolutions.text as atom_content,
  coalesce(resolutions.source_url, meetings.source_url, '/meeting/' || meetings.id) as atom_link
from resolutions
  join items on items.id = resolutions.item_id
  join meetings on meetings.id = resolutions.meeting_id
  join documents on documents.id = resolutions.document_id
  left join committees on committees.id = meetings.committee_id
where items.superseded_by is null
  and (:q = '' or resolutions.rowid in (select rowid from resolutions_fts where resolutions_fts match :q))
order by meetings.date desc limit 100""",
    },
    "meetings_calendar": {
        "title": "Meetings calendar",
        "description": "Every meeting as an iCalendar feed (add .ics): subscribe in any calendar program.",
        "sql": """
select coalesce(committees.title, 'Meeting') || coalesce(' (' || councils.name || ')', '') as event_name,
  coalesce(meetings.starts_at, meetings.date) as event_dtstart,
  'Europe/London' as event_tzid,
  'council-minutes:' || meetings.id as event_uid,
  meetings.venue as event_location,
  coalesce(meetings.status, '') || case when meetings.source_url is not null then ' ' || meetings.source_url else '' end as event_description
from meetings
  left join committees on committees.id = meetings.committee_id
  left join councils on councils.slug = meetings.council
where meetings.date is not null
order by meetings.date desc""",
    },
    "health": {
        "title": "Council health",
        "description": "The verdict per council (ok / stale / failing) from the last run, with its reasons and facts.",
        "sql": """
select health.council, councils.name, health.verdict, health.reasons, health.checked_at, health.facts
from health left join councils on councils.slug = health.council
order by case health.verdict when 'failing' then 0 when 'stale' then 1 else 2 end, health.council""",
    },
    "runs": {
        "title": "Runs and failures",
        "description": "The latest scrape runs per council, with what they did and what failed.",
        "sql": """
select runs.council, runs.started, runs.finished, runs.status, runs.counts, runs.errors
from runs order by runs.started desc limit 100""",
    },
}

FACETS = {
    "meetings": ["committee_title", "status"],
    "items": ["meeting_id"],
    "resolutions": ["kind"],
    "votes": ["kind", "outcome"],
    "attendance": ["status"],
    "declarations": ["kind"],
    "documents": ["status", "kind", "media_type"],
}


def metadata(councils: list[dict]) -> dict:
    """Datasette metadata: titles, licences, column descriptions, facets,
    labels and canned queries."""
    sources = "; ".join(f"{c['name']} ({c.get('licence') or OGL})" for c in councils) or "UK councils"
    tables = {}
    for table, (description, columns) in TABLES.items():
        tables[table] = {"description": description, "columns": columns}
        if table in FACETS:
            tables[table]["facets"] = FACETS[table]
        if table in LABEL_COLUMNS:
            tables[table]["label_column"] = LABEL_COLUMNS[table]
    tables["items"]["fts_table"] = "items_fts"
    tables["items"]["searchmode"] = "raw"
    tables["resolutions"]["fts_table"] = "resolutions_fts"
    return {
        "title": "council-minutes",
        "description": "What UK councils decided, who voted how, who attended and who spoke, from their published "
                       "minutes. Every fact links to the page of the document it came from.",
        "license": OGL,
        "license_url": OGL_URL,
        "source": sources,
        "about": "council-minutes",
        "about_url": "https://github.com/council-minutes/council-minutes",
        "databases": {DATABASE: {"tables": tables, "queries": QUERIES}},
    }


def councils_in(db_path: Path) -> list[dict]:
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return [{"slug": s, "name": n or s, "licence": l} for s, n, l in
                conn.execute("select slug, name, licence from councils order by name")]
    finally:
        conn.close()


def snapshot(db_path: Path, target: Path) -> Path:
    """A consistent copy of the working database for serving (``VACUUM INTO``)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    conn = sqlite3.connect(db_path)
    try:
        conn.execute("VACUUM INTO ?", [str(partial)])
    finally:
        conn.close()
    partial.replace(target)
    return target


def datasette_arguments(served: Path, metadata_path: Path, host: str, port: int,
                        statics: Optional[dict[str, Path]] = None) -> list[str]:
    mounts = [arg for mount, folder in (statics or {}).items() for arg in ("--static", f"{mount}:{folder}")]
    return ["serve", *mounts,
        "--immutable", str(served),
        "--metadata", str(metadata_path),
        "--template-dir", str(TEMPLATES),
        "--host", host,
        "--port", str(port),
        "--setting", "suggest_facets", "off",
        "--setting", "sql_time_limit_ms", "3000",
        "--setting", "default_page_size", "50",
        "--setting", "allow_download", "on",
    ]


def prepare(db_path: Path, publish_dir: Optional[Path] = None) -> tuple[Path, Path]:
    """Snapshot the database and write the metadata beside it; return both paths."""
    from .store import open_db

    db_path = Path(db_path)
    open_db(db_path).close()  # create or migrate so the schema is current
    publish_dir = Path(publish_dir or db_path.parent / "published")
    served = snapshot(db_path, publish_dir / f"{DATABASE}.db")
    metadata_path = publish_dir / "metadata.json"
    metadata_path.write_text(json.dumps(metadata(councils_in(served)), indent=2))
    return served, metadata_path


def serve(db_path: Path, host: str = settings.HOST, port: int = settings.PORT, publish_dir: Optional[Path] = None,
          statics: Optional[dict[str, Path]] = None) -> None:
    """Run Datasette (blocks until stopped).  ``statics`` mounts folders of
    documents (the demo's sample PDFs) so fact links open at their page."""
    from datasette.cli import cli as datasette_cli

    served, metadata_path = prepare(db_path, publish_dir)
    datasette_cli.main(args=datasette_arguments(served, metadata_path, host, port, statics), prog_name="datasette",
                       standalone_mode=True)
