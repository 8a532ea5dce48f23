"""Publish the database with Datasette: a bundle holding a read-only
snapshot, its configuration, templates and the project's plugin, which
``minutes serve`` runs in-process and any Datasette host can run as it is.

Datasette serves an immutable snapshot (``VACUUM INTO``) of the working
database, with ``datasette inspect`` counts so nothing is counted at start,
so the nightly run can write while readers browse, and nothing a visitor
sends can change a row.

Configuration is split as Datasette 1.0 expects: ``datasette.yaml`` holds
settings, plugins, table options and canned queries; ``metadata.json``
holds titles, descriptions, licences and sources.  Datasette 0.65 (the line
pinned in ``setup.cfg``) reads canned queries and table options only from
metadata: ``datasette_kwargs`` merges them in for it when serving
in-process, and the plugin's ``get_metadata`` hook does the same when a
bundle is served as a configuration directory.
"""

from __future__ import annotations

import asyncio
import copy
import inspect as pyinspect
import json
import shutil
import socket
import sqlite3
from importlib.metadata import version
from pathlib import Path
from typing import Optional

from models import settings
from models.columns import LABEL_COLUMNS, TABLES

from . import plugin

TEMPLATES = Path(__file__).parent / "templates"
DATABASE = "minutes"  # the name Datasette shows, from the snapshot's file name
OGL = "Open Government Licence v3.0"
OGL_URL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
SETTINGS = {"suggest_facets": False, "sql_time_limit_ms": 3000, "default_page_size": 50, "allow_download": True}
# What a bundle pins: Datasette alone (the plugin makes the feeds); the
# version is the one this program runs with.
BUNDLE_REQUIREMENTS = ("datasette",)

QUERIES = {
    "search_everything": {
        "title": "Search everything",
        "description": "Words in any minute item or resolution, with committee, date and source links: the 200 most recently stored matches of each, newest meeting first. The search page (/search) groups these by item.",
        "sql": """
with resolution_hits as (
  select rowid from resolutions_fts where resolutions_fts match fts_query(:q) order by rowid desc limit 200
), item_hits as (
  select rowid from items_fts where items_fts match fts_query(:q) order by rowid desc limit 200
)
select 'resolution' as found_in, meetings.date, committees.title as committee, items.number as item,
  resolutions.text as text, resolutions.source_url as source, meetings.source_url as meeting_page,
  '/meeting/' || meetings.id as meeting
from resolution_hits
  join resolutions on resolutions.rowid = resolution_hits.rowid
  join items on items.id = resolutions.item_id
  join meetings on meetings.id = resolutions.meeting_id
  left join committees on committees.id = meetings.committee_id
where items.superseded_by is null
union all
select 'item', meetings.date, committees.title, items.number, items.title || ': ' || substr(items.text, 1, 300),
  items.source_url, meetings.source_url, '/meeting/' || meetings.id
from item_hits
  join items on items.rowid = item_hits.rowid
  join meetings on meetings.id = items.meeting_id
  left join committees on committees.id = meetings.committee_id
where items.superseded_by is null
order by date desc limit 200""",
    },
    "resolutions_between": {
        "title": "Resolutions matching words between two dates",
        "description": "Full-text search of resolutions between two dates (01/03/2025 or 2025-03-01); leave a date empty for no limit. A date that is not one matches nothing. The 500 most recently stored matches, newest meeting first.",
        "sql": """
with hits as (
  select resolutions_fts.rowid from resolutions_fts
    join resolutions on resolutions.rowid = resolutions_fts.rowid
    join meetings on meetings.id = resolutions.meeting_id
  where resolutions_fts match fts_query(:q)
    and (uk_date(:from_date) = '' or meetings.date >= uk_date(:from_date))
    and (uk_date(:to_date) = '' or meetings.date <= uk_date(:to_date))
  order by resolutions_fts.rowid desc limit 500
)
select meetings.date, committees.title as committee, items.number as item, items.title as item_title,
  resolutions.kind, resolutions.text, resolutions.source_url as source, meetings.source_url as meeting_page
from hits
  join resolutions on resolutions.rowid = hits.rowid
  join items on items.id = resolutions.item_id
  join meetings on meetings.id = resolutions.meeting_id
  left join committees on committees.id = meetings.committee_id
where items.superseded_by is null
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
        "description": "An Atom feed of the resolutions most recently stored; add ?q=word to follow a subject (e.g. SEND, planning).",
        "sql": """
with hits as (
  select rowid from resolutions_fts where :q != '' and resolutions_fts match fts_query(:q)
  order by rowid desc limit 200
), recent as (
  select rowid from resolutions where :q = '' order by rowid desc limit 200
)
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
where resolutions.rowid in (select rowid from hits union all select rowid from recent)
  and items.superseded_by is null
order by resolutions.rowid desc limit 100""",
    },
    "meetings_calendar": {
        "title": "Meetings",
        "description": "Every meeting, newest first, with its start time where known and its page. As a calendar to subscribe to: /calendar.ics.",
        "sql": """
select meetings.date, meetings.starts_at, coalesce(committees.title, meetings.committee_title, 'Meeting') as committee,
  councils.name as council, meetings.venue, meetings.status, '/meeting/' || meetings.id as meeting,
  meetings.source_url as source
from meetings
  left join committees on committees.id = meetings.committee_id
  left join councils on councils.slug = meetings.council
where meetings.date is not null
order by meetings.date desc limit 1000""",
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
    """What the data is: titles, descriptions, licences, sources, column
    descriptions (Datasette's metadata)."""
    sources = "; ".join(f"{c['name']} ({c.get('licence') or OGL})" for c in councils) or "UK councils"
    tables = {table: {"description": description, "columns": columns}
              for table, (description, columns) in TABLES.items()}
    return {
        "title": "council-minutes",
        "description": "What UK councils decided, who voted how, who attended and who spoke, from their published "
                       "minutes. Every fact links to the page of the document it came from.",
        "license": OGL,
        "license_url": OGL_URL,
        "source": sources,
        "about": "council-minutes",
        "about_url": settings.PROJECT_URL,
        "databases": {DATABASE: {"tables": tables}},
    }


def config() -> dict:
    """How Datasette runs the site (``datasette.yaml``): settings, table
    options (facets, labels, full-text search) and canned queries."""
    tables = {}
    for table in TABLES:
        options = {}
        if table in FACETS:
            options["facets"] = FACETS[table]
        if table in LABEL_COLUMNS:
            options["label_column"] = LABEL_COLUMNS[table]
        if options:
            tables[table] = options
    tables.setdefault("items", {})["fts_table"] = "items_fts"
    tables.setdefault("resolutions", {})["fts_table"] = "resolutions_fts"
    return {"settings": dict(SETTINGS), "plugins": {},
            "databases": {DATABASE: {"tables": tables, "queries": copy.deepcopy(QUERIES)}}}


def _merged(into: dict, extra: dict) -> dict:
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(into.get(key), dict):
            _merged(into[key], value)
        else:
            into[key] = value
    return into


def reads_config() -> bool:
    """Datasette 1.0 takes ``config=``; 0.65 does not."""
    from datasette.app import Datasette

    return "config" in pyinspect.signature(Datasette.__init__).parameters


def datasette_kwargs(site_config: dict, site_metadata: dict) -> dict:
    """``Datasette(...)`` arguments for this configuration and metadata on
    whichever Datasette is installed."""
    if reads_config():
        return {"config": site_config, "metadata": site_metadata}
    merged = _merged(copy.deepcopy(site_metadata), {k: v for k, v in site_config.items() if k != "settings"})
    return {"metadata": merged, "settings": site_config.get("settings")}


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


def inspect_data(db_file: Path) -> dict:
    """What ``datasette inspect`` writes: hash, size and row counts, so an
    immutable database is not counted again when the server starts."""
    from datasette.cli import inspect_

    return asyncio.run(inspect_([str(db_file)], []))


DOCKERFILE = """\
# A read-only council-minutes site: Datasette serving this folder as its
# configuration directory (an immutable database with inspect counts,
# datasette.yaml, metadata.json, templates/, plugins/).
FROM python:3.11-slim
WORKDIR /site
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV PORT=8001
EXPOSE 8001
CMD ["sh", "-c", "datasette serve . --host 0.0.0.0 --port ${PORT}"]
"""

BUNDLE_README = """\
# council-minutes site bundle

Serve it where Datasette runs, read-only (the database is immutable):

    pip install -r requirements.txt
    datasette serve . --port 8001

or build the container: `docker build -t minutes-site . && docker run -p 8001:8001 minutes-site`
(Cloud Run, Fly.io and any container host take the same image; set `PORT`).
"""


def write_bundle(db_path: Path, out_dir: Path) -> Path:
    """A deployable site in ``out_dir``: the snapshot with its inspect data,
    ``datasette.yaml``, ``metadata.json`` (and ``settings.json`` for the
    0.65 line), templates, the plugin, pinned requirements, a Dockerfile.
    Datasette serves the folder as a configuration directory."""
    import yaml

    from .store import open_db

    db_path, out_dir = Path(db_path), Path(out_dir)
    open_db(db_path).close()  # migrate, so the published schema is current
    out_dir.mkdir(parents=True, exist_ok=True)
    served = snapshot(db_path, out_dir / f"{DATABASE}.db")
    (out_dir / "inspect-data.json").write_text(json.dumps(inspect_data(served), indent=2))
    (out_dir / "metadata.json").write_text(json.dumps(metadata(councils_in(served)), indent=2))
    site_config = config()
    (out_dir / "datasette.yaml").write_text(yaml.safe_dump(site_config, sort_keys=False, allow_unicode=True,
                                                           width=120))
    (out_dir / "settings.json").write_text(json.dumps(site_config["settings"], indent=2))
    shutil.rmtree(out_dir / "templates", ignore_errors=True)
    shutil.copytree(TEMPLATES, out_dir / "templates")
    (out_dir / "plugins").mkdir(exist_ok=True)
    shutil.copyfile(Path(plugin.__file__), out_dir / "plugins" / "council_minutes.py")
    (out_dir / "requirements.txt").write_text("".join(f"{name}=={version(name)}\n" for name in BUNDLE_REQUIREMENTS))
    (out_dir / "Dockerfile").write_text(DOCKERFILE)
    (out_dir / "README.md").write_text(BUNDLE_README)
    return out_dir


def register_plugin() -> None:
    """The project's plugin, registered in this process (once: the
    ``datasette`` entry point may already have done it)."""
    from datasette.plugins import pm

    if not pm.is_registered(plugin):
        pm.register(plugin, name="council_minutes")


def site(bundle: Path, statics: Optional[dict[str, Path]] = None):
    """The ``Datasette`` object for a bundle written by ``write_bundle``,
    with the plugin registered in-process.  ``statics`` mounts folders of
    documents (the demo's sample PDFs) so fact links open at their page."""
    import yaml
    from datasette.app import Datasette

    register_plugin()
    bundle = Path(bundle)
    site_config = yaml.safe_load((bundle / "datasette.yaml").read_text())
    site_metadata = json.loads((bundle / "metadata.json").read_text())
    return Datasette(immutables=[str(bundle / f"{DATABASE}.db")],
                     inspect_data=json.loads((bundle / "inspect-data.json").read_text()),
                     template_dir=str(bundle / "templates"),
                     static_mounts=[(mount, str(folder)) for mount, folder in (statics or {}).items()],
                     **datasette_kwargs(site_config, site_metadata))


def bind(host: str, port: int) -> socket.socket:
    """The listening socket, opened before anything is printed: a port in
    use or out of range is an ``OSError``/``OverflowError`` here, not
    uvicorn's traceback after an "Open http://..." line."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
    except BaseException:
        sock.close()
        raise
    return sock


def serve(db_path: Path, sock: socket.socket, publish_dir: Optional[Path] = None,
          statics: Optional[dict[str, Path]] = None) -> None:
    """Write the bundle beside the database and serve it on ``sock`` (blocks
    until stopped): the same pages a published bundle serves."""
    import uvicorn

    db_path = Path(db_path)
    bundle = write_bundle(db_path, Path(publish_dir or db_path.parent / "published"))
    app = site(bundle, statics).app()
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    server.run(sockets=[sock])
