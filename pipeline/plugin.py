"""The project's Datasette plugin: every page and rendering habit the site
adds to Datasette, through Datasette's own hooks, in this one module.

It is registered in-process by ``pipeline.publish`` (and by the
``datasette`` entry point in ``setup.cfg``), and copied as it is into the
``plugins/`` folder of a published bundle, so it imports nothing from the
project: a bundle runs with Datasette alone.

Why the pieces are here rather than in templates or canned-query SQL:

* What people type is never FTS5 syntax.  ``fts_query`` turns any text
  (quotes, straight and curly apostrophes, ``&``, ``£``, accented letters,
  ``AND``/``OR``/``NOT``/``NEAR`` typed as words) into quoted terms, and is
  also a SQL function so canned queries and feeds use the same rule.  Jinja's
  ``tojson`` once escaped ``'`` as ``\\u0027`` and ``children's`` found
  nothing; a stray ``"`` was an HTTP 500.
* Search never counts every match.  FTS5 hands back matches in rowid order
  and stops at the LIMIT, so the newest-stored matches come first at a cost
  that does not grow with the table (``benchmarks/search.py``); the page
  then groups them by minute item (a resolution and its item are one result)
  and sorts those by meeting date.
* SQL lives in Python, one query per page section, never one per row.
* A link is clicked by the people reading the site, so ``web_url`` keeps
  only http(s) URLs and paths on this site (the same rule as
  ``models.keys.web_url``, which the store applies; tests hold them equal).
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from typing import Optional
from urllib.parse import quote, urlencode

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

DATABASE = "minutes"

ROLE_LABELS = {
    "minutes": "minutes", "draft_minutes": "draft minutes", "decisions": "decisions notice",
    "record_of_decision": "record of decision", "agenda": "agenda", "reports_pack": "reports pack",
    "report": "report", "appendix": "appendix", "questions": "questions and answers", "supplement": "supplement",
    "decision_page": "decision page", "issue_page": "issue page", "other": "other",
}
# Which agenda a meeting page shows when several documents carry one.
_AGENDA_ORDER = {"agenda": 0, "reports_pack": 1, "supplement": 2}

_CANONICAL_ITEMS = "SELECT id FROM items WHERE meeting_id = :id AND superseded_by IS NULL"

# Columns stored as JSON text (see models/columns.py): shown as lists, not raw JSON.
JSON_COLUMNS = {"clauses", "warnings", "reasons", "facts", "counts", "errors", "terms"}
# Columns holding a link to a source document or page.
LINK_COLUMNS = {"source", "source_url", "meeting_page", "meeting", "atom_link", "base_url", "url"}

# Honorifics are not part of what a person is called in the people table.
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "cllr", "councillor", "sir", "dame", "lord", "lady", "rev", "the"}
_WORD = re.compile(r"\w+")
_MARK_OPEN, _MARK_CLOSE = "\x02", "\x03"  # snippet() markers, replaced after escaping
SEARCH_LIMIT = 100  # matches taken from each index; results are grouped from these
RESULTS_SHOWN = 50
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


# -- what people type ---------------------------------------------------------------------------------------------


def fts_query(text: Optional[str]) -> str:
    """Any text as an FTS5 query that cannot be a syntax error: each word
    (a run of letters and digits, so ``children's`` is the phrase
    ``"children s"``, as the index holds it) quoted, all required.  A
    trailing ``*`` keeps its prefix meaning.  Nothing searchable gives
    ``""``, which matches nothing rather than failing."""
    terms = []
    for chunk in unicodedata.normalize("NFC", text or "").replace("\u2019", "'").split():
        words = _WORD.findall(chunk.replace("_", " "))
        if words:
            terms.append('"' + " ".join(words) + '"' + ("*" if chunk.endswith("*") else ""))
    return " ".join(terms) or '""'


def parse_date(text: Optional[str]) -> Optional[str]:
    """A date as people in the UK write it (``01/03/2025``, ``1-3-25``,
    ``1 March 2025``) or ISO (``2025-03-01``) as ISO; None for nothing
    typed.  Raises ValueError with a message to show for anything else:
    a date silently ignored once widened a search without saying so."""
    text = (text or "").strip()
    if not text:
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            return date(*map(int, text.split("-"))).isoformat()
        found = re.fullmatch(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})", text)
        if found:
            day, month, year = map(int, found.groups())
            return date(year + 2000 if year < 100 else year, month, day).isoformat()
        found = re.fullmatch(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})", text)
        if found:
            names = [m.lower() for m in MONTHS]
            month = next(n for n, name in enumerate(names, 1) if name.startswith(found.group(2).lower()[:3]))
            return date(int(found.group(3)), month, int(found.group(1))).isoformat()
    except (ValueError, StopIteration):
        pass
    raise ValueError(f"{text!r} is not a date: write it as 01/03/2025 or 2025-03-01")


def sql_date(text: Optional[str]) -> Optional[str]:
    """``parse_date`` for SQL (canned queries): '' for no date, NULL (which
    matches no row) for one that is not a date, never an error page."""
    try:
        return parse_date(text) or ""
    except ValueError:
        return None


def web_url(url: Optional[str]) -> Optional[str]:
    """``url`` if it is an absolute http(s) URL or a path on this site, with
    no whitespace or control characters; else None."""
    if not url or not isinstance(url, str) or len(url) > 4000:
        return None
    url = url.strip()
    if any(ord(c) < 33 or ord(c) == 127 for c in url):
        return None
    if url.startswith("/") and not url.startswith(("//", "/\\")):
        return url
    scheme, _, rest = url.partition(":")
    if scheme.lower() not in ("http", "https") or not rest.startswith("//") or len(rest) < 3:
        return None
    return url


# -- how things are shown -----------------------------------------------------------------------------------------


def nice_date(value: Optional[str]) -> str:
    """``2025-01-30`` as ``30 January 2025``; '' for nothing, the text as
    it is when it is not an ISO date."""
    if not value:
        return ""
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError:
        return str(value)
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def nice_time(value: Optional[str]) -> str:
    """The time of day of ``2025-11-21T12:30:00`` as ``12:30``; '' when the
    start is not known to the minute."""
    if not value or "T" not in str(value):
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%H:%M")
    except ValueError:
        return ""


def _link_text(url: str) -> str:
    page = re.search(r"#page=(\d+)$", url)
    tail = url.split("#")[0].rstrip("/").rsplit("/", 1)[-1] or url
    return f"{tail[:60]}, page {page.group(1)}" if page else tail[:80]


def _readable(value) -> Markup:
    if isinstance(value, list):
        if not value:
            return Markup("")
        if all(isinstance(v, dict) and "text" in v for v in value):
            return Markup("<ol class='cm-json'>{}</ol>").format(Markup("").join(
                Markup("<li><strong>{}</strong> {}</li>").format(v.get("label") or "", v["text"]) for v in value))
        return Markup("<ul class='cm-json'>{}</ul>").format(
            Markup("").join(Markup("<li>{}</li>").format(_readable(v)) for v in value))
    if isinstance(value, dict):
        return Markup("<ul class='cm-json'>{}</ul>").format(Markup("").join(
            Markup("<li>{}: {}</li>").format(str(k).replace("_", " "), _readable(v)) for k, v in value.items()))
    return escape("" if value is None else value)


def snippet_html(text: Optional[str]) -> Markup:
    """An FTS5 ``snippet()`` made with control-character markers, escaped,
    then with the markers as ``<mark>``: a ``<`` in the minutes stays text."""
    escaped = str(escape(text or ""))
    return Markup(escaped.replace(_MARK_OPEN, "<mark>").replace(_MARK_CLOSE, "</mark>"))


def shortened(text: Optional[str], limit: int = 300) -> str:
    """At most ``limit`` characters, cut at a word."""
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["web_url"] = lambda value: web_url(value) or ""
    env.filters["nice_date"] = nice_date
    env.filters["nice_time"] = nice_time


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("uk_date", 1, sql_date, deterministic=True)


@hookimpl
def render_cell(value, column, table, database, datasette):
    """JSON columns as lists (a 27-row resolutions table had been 12,778 px
    tall with raw JSON) and source columns as links."""
    if not isinstance(value, str) or not value:
        return None
    if column in JSON_COLUMNS and value[:1] in "[{":
        try:
            return _readable(json.loads(value))
        except ValueError:
            return None
    if column in LINK_COLUMNS and web_url(value):
        return Markup('<a href="{}">{}</a>').format(web_url(value), _link_text(value))
    return None


@hookimpl
def extra_template_vars(template, datasette, request):
    """The home page's latest meetings, queried here rather than in Jinja."""
    if template != "index.html":
        return {}

    async def latest_meetings():
        db = _database(datasette)
        if db is None:
            return []
        return await _rows(db, """
            select meetings.id, meetings.date, meetings.starts_at,
              coalesce(committees.title, meetings.committee_title, 'Meeting') as committee,
              coalesce(councils.name, meetings.council) as council,
              (select count(*) from items where items.meeting_id = meetings.id and items.superseded_by is null) as items
            from meetings left join committees on committees.id = meetings.committee_id
              left join councils on councils.slug = meetings.council
            where exists (select 1 from items where items.meeting_id = meetings.id)
            order by meetings.date desc limit 12""", {})

    return {"latest_meetings": latest_meetings}


@hookimpl
def get_metadata(datasette):
    """Datasette 0.65 reads canned queries and table options only from
    metadata, 1.0 only from ``datasette.yaml`` (and has no such hook).  A
    published bundle keeps them in ``datasette.yaml``; served as a
    configuration directory on 0.65, they come in through here.  Read once
    per Datasette instance: metadata is looked up many times a request."""
    if not hasattr(datasette, "_council_minutes_config"):
        found = {}
        path = Path(getattr(datasette, "config_dir", None) or "/nonexistent") / "datasette.yaml"
        if path.is_file():
            import yaml

            found = {key: value for key, value in (yaml.safe_load(path.read_text()) or {}).items()
                     if key not in ("settings", "plugins")}
        datasette._council_minutes_config = found
    return datasette._council_minutes_config


@hookimpl
def register_routes():
    return [
        (r"^/meeting/(?P<id>[^/]+)$", meeting_page),
        (r"^/person$", person_page),
        (r"^/person/(?P<id>[^/]+)$", person_page),
        (r"^/search$", search_page),
        (r"^/calendar\.ics$", calendar),
        (r"^/robots\.txt$", robots_txt),
    ] + matter_routes()


# -- helpers shared by the pages ----------------------------------------------------------------------------------


def _database(datasette):
    names = list(datasette.databases)
    if DATABASE in names:
        return datasette.get_database(DATABASE)
    named = [n for n in names if not n.startswith("_")]
    return datasette.get_database(named[0]) if named else None


async def _rows(db, sql: str, params: dict) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def _html(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    return Response.html(await datasette.render_template(template, context, request=request), status=status)


async def not_found(datasette, request, what: str, key: str, hint: str = "") -> Response:
    """A 404 page that says what was not found and how to find it: a search
    box and the latest meetings.  Any page of the site (meetings, people,
    matters) answers an unknown id with this."""
    db = _database(datasette)
    latest = []
    if db is not None:
        latest = await _rows(db, """
            select meetings.id, meetings.date, coalesce(committees.title, meetings.committee_title, 'Meeting') as committee,
              coalesce(councils.name, meetings.council) as council
            from meetings left join committees on committees.id = meetings.committee_id
              left join councils on councils.slug = meetings.council
            order by meetings.date desc limit 5""", {})
    return await _html(datasette, request, "not_found.html",
                       {"what": what, "key": key, "hint": hint, "latest": latest}, status=404)


def _number_key(item: dict) -> tuple:
    digits = [int(n) for n in re.findall(r"\d+", item["number"] or "")]
    return (0, digits, item["ordinal"]) if digits else (1, [], item["ordinal"])


def _grouped(rows, key: str) -> dict:
    found: dict = {}
    for row in rows:
        found.setdefault(row[key], []).append(row)
    return found


def _resolution_intro(resolution: dict, clauses: list[dict]) -> str:
    """The words before the first clause, without its label ("A)", "(a)")."""
    text = resolution["text"] or ""
    if clauses and clauses[0]["text"] and clauses[0]["text"] in text:
        return text.split(clauses[0]["text"])[0].rstrip().rsplit(" ", 1)[0]
    return text


# -- the meeting page ---------------------------------------------------------------------------------------------


async def meeting_context(db, meeting_id: str) -> dict:
    """Everything the meeting page shows, one query per section: one list of
    items, each fact once whichever documents stated it (only the copy with
    ``superseded_by`` empty), every document listed as a source with its role,
    the agenda folded away."""
    params = {"id": meeting_id}
    found = await _rows(db, """
        select meetings.*, coalesce(committees.title, meetings.committee_title) as committee,
          councils.name as council_name, councils.licence
        from meetings left join committees on committees.id = meetings.committee_id
          left join councils on councils.slug = meetings.council
        where meetings.id = :id""", params)
    if not found:
        return {"meeting": None, "id": meeting_id}
    sources = await _rows(db, """
        select documents.id, documents.title, documents.source_url, documents.kind, documents.status,
          documents.pages, documents.role, 0 as approved_record, null as page_span, 0 as elsewhere
        from documents where documents.meeting_id = :id
        union all
        select documents.id, documents.title, documents.source_url, documents.kind, documents.status,
          documents.pages, meeting_sources.role, meeting_sources.approved_record, meeting_sources.pages, 1
        from meeting_sources join documents on documents.id = meeting_sources.document_id
        where meeting_sources.meeting_id = :id and coalesce(documents.meeting_id, '') != :id
        order by elsewhere, role, id""", params)
    for source in sources:
        source["role_label"] = ROLE_LABELS.get(source["role"] or "", source["kind"] or "document")
    attendance = await _rows(db, """
        select name, status, role, person_id from attendance
        where meeting_id = :id and superseded_by is null order by status, rowid""", params)
    items = sorted(await _rows(db, """
        select items.*, documents.role as source_role, documents.title as source_title
        from items join documents on documents.id = items.document_id
        where items.meeting_id = :id and items.superseded_by is null""", params), key=_number_key)
    resolutions = _grouped(await _rows(db, f"""
        select * from resolutions where item_id in ({_CANONICAL_ITEMS}) order by item_id, ordinal""", params),
        "item_id")
    votes = _grouped(await _rows(db, f"""
        select * from votes where item_id in ({_CANONICAL_ITEMS}) order by item_id, ordinal""", params), "item_id")
    members = _grouped(await _rows(db, f"""
        select vote_members.vote_id, choice, name, person_id from vote_members join votes on votes.id = vote_id
        where votes.item_id in ({_CANONICAL_ITEMS}) order by vote_id, choice, vote_members.ordinal""", params),
        "vote_id")
    declarations = _grouped(await _rows(db, f"""
        select item_id, name, kind, text from declarations where item_id in ({_CANONICAL_ITEMS})
        order by item_id, rowid""", params), "item_id")
    speakers = _grouped(await _rows(db, f"""
        select item_id, name, role from speakers where item_id in ({_CANONICAL_ITEMS})
        order by item_id, rowid""", params), "item_id")
    agenda_rows = await _rows(db, """
        select agenda_items.*, documents.role, documents.title as source_title from agenda_items
        join documents on documents.id = agenda_items.document_id
        where agenda_items.meeting_id = :id order by agenda_items.document_id, agenda_items.ordinal""", params)
    agenda_documents = sorted({(_AGENDA_ORDER.get(r["role"], 3), r["document_id"]) for r in agenda_rows})
    agenda = [r for r in agenda_rows if agenda_documents and r["document_id"] == agenda_documents[0][1]]
    matters = await item_matters(db, params)
    for item in items:
        item["matters"] = matters.get(item["id"], [])
        item["resolutions"] = resolutions.get(item["id"], [])
        for resolution in item["resolutions"]:
            resolution["clause_list"] = json.loads(resolution["clauses"]) if resolution["clauses"] else []
            resolution["intro"] = _resolution_intro(resolution, resolution["clause_list"])
        item["votes"] = votes.get(item["id"], [])
        for vote in item["votes"]:
            vote["members"] = {choice: [m for m in members.get(vote["id"], []) if m["choice"] == choice]
                               for choice in ("for", "against", "abstain")}
            vote["warning_list"] = _json_list(vote["warnings"])
        item["declarations"] = declarations.get(item["id"], [])
        item["speakers"] = speakers.get(item["id"], [])
    return {"meeting": found[0], "id": meeting_id, "sources": sources, "attendance": attendance, "items": items,
            "agenda": agenda}


def _json_list(value) -> list:
    if not value:
        return []
    try:
        found = json.loads(value)
    except ValueError:
        return [value]
    return found if isinstance(found, list) else [found]


async def meeting_page(datasette, request):
    meeting_id = request.url_vars["id"]
    db = _database(datasette)
    context = await meeting_context(db, meeting_id) if db is not None else {"meeting": None}
    if not context["meeting"]:
        return await not_found(datasette, request, "meeting", meeting_id)
    return await _html(datasette, request, "meeting.html", context)


# -- the person page ----------------------------------------------------------------------------------------------


async def person_context(db, person_id: str, name: str) -> Optional[dict]:
    """A person's votes and attendance: with an id, every form of the name
    linked to the person; with a name, the name as written.  None when
    there is nothing under either."""
    person = None
    if person_id:
        found = await _rows(db, """
            select people.*, councils.name as council_name from people
            left join councils on councils.slug = people.council where people.id = :id""", {"id": person_id})
        if not found:
            return None
        person = found[0]
        name = person["name"]
    column, key = ("person_id", person_id) if person_id else ("name", name)
    forms = []
    if person_id:
        forms = await _rows(db, """
            select name, person_rule, count(*) as n from (
              select name, person_rule from attendance where person_id = :key
              union all select name, person_rule from vote_members where person_id = :key)
            group by name, person_rule order by n desc""", {"key": key})
    votes = await _rows(db, f"""
        select vote_members.choice, votes.outcome, votes.motion, votes.proposer, votes.seconder,
          votes.for_count, votes.against_count, votes.abstain_count,
          votes.source_url, votes.page, items.title as item, items.number, meetings.id as meeting_id, meetings.date,
          coalesce(committees.title, meetings.committee_title, 'Meeting') as committee
        from vote_members join votes on votes.id = vote_members.vote_id join items on items.id = votes.item_id
          join meetings on meetings.id = votes.meeting_id left join committees on committees.id = meetings.committee_id
        where vote_members.{column} = :key and items.superseded_by is null
        order by meetings.date desc, items.ordinal""", {"key": key})
    attendance = await _rows(db, f"""
        select attendance.status, attendance.role, meetings.id as meeting_id, meetings.date,
          coalesce(committees.title, meetings.committee_title, 'Meeting') as committee,
          coalesce(councils.name, meetings.council) as council
        from attendance join meetings on meetings.id = attendance.meeting_id
          left join committees on committees.id = meetings.committee_id
          left join councils on councils.slug = meetings.council
        where attendance.{column} = :key and attendance.superseded_by is null
        order by meetings.date desc""", {"key": key})
    if person is None and not votes and not attendance:
        return None
    council = (person or {}).get("council_name") or (attendance[0]["council"] if attendance else None)
    return {"person": person, "person_id": person_id, "name": name, "forms": forms, "votes": votes, "attendance": attendance,
            "council_name": council}


async def person_page(datasette, request):
    person_id = (request.url_vars.get("id") or request.args.get("id") or "").strip()
    name = (request.args.get("name") or "").strip()
    db = _database(datasette)
    context = await person_context(db, person_id, name) if db is not None and (person_id or name) else None
    if context is None:
        return await not_found(datasette, request, "person", person_id or name,
                               "People are listed under the name the minutes give them; try searching for a surname.")
    return await _html(datasette, request, "person.html", context)


# -- search -------------------------------------------------------------------------------------------------------


async def search(db, q: str, council: str = "", committee: str = "", date_from: Optional[str] = None,
                 date_to: Optional[str] = None) -> dict:
    """Minute items matching ``q`` (in their title and text or in one of
    their resolutions), each once with its resolutions inside, newest
    meeting first, and the people whose name holds every word typed."""
    fts = fts_query(q)
    filters, params = [], {"fts": fts, "limit": SEARCH_LIMIT}
    for column, value, operator in (("meetings.council", council, "="), ("meetings.committee_id", committee, "="),
                                    ("meetings.date", date_from, ">="), ("meetings.date", date_to, "<=")):
        if value:
            params[f"f{len(filters)}"] = value
            filters.append(f"and {column} {operator} :f{len(filters)}")
    where = " ".join(filters)
    if filters:
        # FTS5 hands back matches newest-stored first; with a narrow filter
        # most of them are rejected.  The filter's own items bound the rowids
        # FTS5 has to walk (a meeting's items and resolutions are stored
        # together), so it never reads matches outside them.
        bounds = (await _rows(db, f"""
            with candidates as materialized (
              select items.rowid as rowid, items.id from items join meetings on meetings.id = items.meeting_id
              where 1 {where})
            select (select min(rowid) from candidates) as lo, (select max(rowid) from candidates) as hi,
              min(resolutions.rowid) as rlo, max(resolutions.rowid) as rhi
            from resolutions where resolutions.item_id in (select id from candidates)""", params))[0]
        if bounds["lo"] is None:
            return {"items": [], "people": await people_named(db, q), "more": False}
        params.update(lo=bounds["lo"], hi=bounds["hi"], rlo=bounds["rlo"] or 0, rhi=bounds["rhi"] or -1)
    item_range = "and items_fts.rowid between :lo and :hi" if filters else ""
    resolution_range = "and resolutions_fts.rowid between :rlo and :rhi" if filters else ""
    resolution_hits = await _rows(db, f"""
        select resolutions.id, resolutions.item_id,
          snippet(resolutions_fts, 0, char(2), char(3), '…', 28) as snippet
        from resolutions_fts join resolutions on resolutions.rowid = resolutions_fts.rowid
          join items on items.id = resolutions.item_id join meetings on meetings.id = resolutions.meeting_id
        where resolutions_fts match :fts {resolution_range} and items.superseded_by is null {where}
        order by resolutions_fts.rowid desc limit :limit""", params)
    item_hits = await _rows(db, f"""
        select items.id, snippet(items_fts, 1, char(2), char(3), '…', 28) as snippet
        from items_fts join items on items.rowid = items_fts.rowid join meetings on meetings.id = items.meeting_id
        where items_fts match :fts {item_range} and items.superseded_by is null {where}
        order by items_fts.rowid desc limit :limit""", params)
    ids = list(dict.fromkeys([h["id"] for h in item_hits] + [h["item_id"] for h in resolution_hits]))
    items = await _rows(db, """
        select items.id, items.number, items.title, items.page, items.source_url, items.ordinal,
          meetings.id as meeting_id, meetings.date, meetings.starts_at,
          coalesce(committees.title, meetings.committee_title, 'Meeting') as committee,
          coalesce(councils.name, meetings.council) as council
        from items join meetings on meetings.id = items.meeting_id
          left join committees on committees.id = meetings.committee_id
          left join councils on councils.slug = meetings.council
        where items.id in (select value from json_each(:ids))""", {"ids": json.dumps(ids)})
    items.sort(key=lambda i: (i["date"] or "", i["meeting_id"], -(i["ordinal"] or 0)), reverse=True)
    items = items[:RESULTS_SHOWN]
    shown = json.dumps([i["id"] for i in items])
    resolutions = _grouped(await _rows(db, """
        select id, item_id, kind, text, page, source_url from resolutions
        where item_id in (select value from json_each(:ids)) order by item_id, ordinal""", {"ids": shown}), "item_id")
    snippets = {h["id"]: h["snippet"] for h in resolution_hits}
    item_snippets = {h["id"]: h["snippet"] for h in item_hits}
    for item in items:
        item["snippet"] = snippet_html(item_snippets[item["id"]]) if item["id"] in item_snippets else None
        item["resolutions"] = []
        for resolution in resolutions.get(item["id"], []):
            matched = resolution["id"] in snippets
            resolution["matched"] = matched
            resolution["snippet"] = snippet_html(snippets[resolution["id"]]) if matched else shortened(
                resolution["text"])
            item["resolutions"].append(resolution)
    return {"items": items, "people": await people_named(db, q),
            "more": len(resolution_hits) == SEARCH_LIMIT or len(item_hits) == SEARCH_LIMIT}


async def people_named(db, q: str) -> list[dict]:
    """People whose name holds every word typed (honorifics aside), with how
    many recorded votes they cast: a councillor's name leads to them."""
    words = [w for w in _WORD.findall(q.replace("\u2019", "'")) if len(w) > 1 and w.lower() not in _HONORIFICS]
    if not words or len(words) > 4:
        return []
    where = " and ".join(f"people.name like '%' || :w{n} || '%'" for n in range(len(words)))
    return await _rows(db, f"""
        select people.id, people.name, people.party, coalesce(councils.name, people.council) as council,
          (select count(*) from vote_members where vote_members.person_id = people.id) as votes,
          (select count(*) from attendance where attendance.person_id = people.id) as meetings
        from people left join councils on councils.slug = people.council
        where {where} order by votes desc, people.name limit 10""", {f"w{n}": w for n, w in enumerate(words)})


async def search_page(datasette, request):
    args = {key: (request.args.get(key) or "").strip() for key in ("q", "council", "committee", "from", "to")}
    db = _database(datasette)
    messages, dates = [], {}
    for key in ("from", "to"):
        try:
            dates[key] = parse_date(args[key])
        except ValueError as exc:
            messages.append(str(exc))
    context = {"q": args["q"], "args": args, "messages": messages, "results": None, "councils": [], "committees": []}
    if db is None:
        return await _html(datasette, request, "search.html", context)
    context["councils"] = await _rows(db, "select slug, coalesce(name, slug) as name from councils order by name", {})
    context["committees"] = await _rows(db, """
        select committees.id, committees.title || coalesce(' (' || councils.name || ')', '') as title
        from committees left join councils on councils.slug = committees.council
        where :council = '' or committees.council = :council order by committees.title""",
                                        {"council": args["council"]})
    if args["q"] and not messages:
        context["results"] = await search(db, args["q"], args["council"], args["committee"], dates.get("from"),
                                          dates.get("to"))
        context["feed"] = "/minutes/new_resolutions.atom?" + urlencode({"q": args["q"]})
        context["table"] = "/minutes/search_everything?" + urlencode({"q": args["q"]})
    return await _html(datasette, request, "search.html", context)


# -- calendar -----------------------------------------------------------------------------------------------------

# Europe/London since 1996: BST from the last Sunday of March to the last of October.
_VTIMEZONE = """BEGIN:VTIMEZONE
TZID:Europe/London
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:BST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE"""
# Councils publish when a meeting starts, not when it ends; two hours draws
# a committee sitting as a block in a calendar rather than a point.
MEETING_LENGTH = timedelta(hours=2)


def _ics_text(value: str) -> str:
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n")
            .replace("\n", "\\n"))


def _fold(line: str) -> list[str]:
    """RFC 5545 lines of at most 75 octets, continued with a space."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > (75 if not out else 74):
            out.append(current)
            current = ""
        current += char
    out.append(current)
    return [out[0]] + [" " + part for part in out[1:]]


def calendar_text(meetings: list[dict], base_url: str) -> str:
    """Meetings as iCalendar: all-day events when the time is not known
    (not midnight), local times with their VTIMEZONE, an end, the venue and
    a link to the meeting page."""
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//council-minutes//meetings//EN", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:Council meetings", *_VTIMEZONE.splitlines()]
    for m in meetings:
        try:
            day = date.fromisoformat(m["date"])
        except (TypeError, ValueError):
            continue
        start = None
        if m["starts_at"] and "T" in m["starts_at"]:
            try:
                start = datetime.fromisoformat(m["starts_at"])
            except ValueError:
                start = None
        title = m["committee"] + (f" ({m['council']})" if m["council"] else "")
        lines += ["BEGIN:VEVENT", f"UID:council-minutes:{m['id']}", f"DTSTAMP:{stamp}"]
        if start:
            lines += [f"DTSTART;TZID=Europe/London:{start:%Y%m%dT%H%M%S}",
                      f"DTEND;TZID=Europe/London:{start + MEETING_LENGTH:%Y%m%dT%H%M%S}"]
        else:
            lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}"]
        url = base_url + "/meeting/" + quote(m["id"], safe=":")
        lines += [f"SUMMARY:{_ics_text(title)}", f"URL:{url}",
                  f"DESCRIPTION:{_ics_text(' '.join(filter(None, [m['status'], url])))}"]
        if m["venue"]:
            lines.append(f"LOCATION:{_ics_text(m['venue'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(part for line in lines for part in _fold(line)) + "\r\n"


async def calendar(datasette, request):
    db = _database(datasette)
    meetings = await _rows(db, """
        select meetings.id, meetings.date, meetings.starts_at, meetings.venue, meetings.status,
          coalesce(committees.title, meetings.committee_title, 'Meeting') as committee, councils.name as council
        from meetings left join committees on committees.id = meetings.committee_id
          left join councils on councils.slug = meetings.council
        where meetings.date is not null order by meetings.date desc limit 5000""", {}) if db is not None else []
    base = datasette.absolute_url(request, "/").rstrip("/")
    return Response(calendar_text(meetings, base), content_type="text/calendar; charset=utf-8",
                    headers={"Content-Disposition": 'inline; filename="meetings.ics"'})


# -- Atom feeds ---------------------------------------------------------------------------------------------------

ATOM_COLUMNS = {"atom_id", "atom_updated", "atom_title"}


def render_atom(datasette, request, columns, rows, query_name, table):
    title = request.args.get("_feed_title") or "council-minutes: " + (query_name or table or "query").replace("_", " ")
    if request.args.get("q"):
        title += f" ({request.args.get('q')})"
    entries = []
    for row in (dict(zip(columns, row)) for row in rows):
        link = web_url(row.get("atom_link"))
        entries.append({"kind": query_name or table or "query", "id": row["atom_id"], "title": row["atom_title"],
                        "updated": row.get("atom_updated"),
                        "link": datasette.absolute_url(request, link) if link and link.startswith("/") else link,
                        "summary": row.get("atom_content")})
    # A query's rows carry their own stable ids; a feed that matches nothing is an empty feed, not an error.
    feed_id = tag_uri("feed", request.path.lstrip("/"))
    if request.args.get("q"):
        feed_id += "?q=" + quote(request.args.get("q"), safe="")
    body = atom(title, feed_id, request.url, entries)
    return Response(body, content_type="application/atom+xml; charset=utf-8")


@hookimpl
def register_output_renderer():
    return {"extension": "atom", "render": render_atom, "can_render": lambda columns: ATOM_COLUMNS <= set(columns)}


# -- robots.txt ---------------------------------------------------------------------------------------------------

ROBOTS = """User-agent: *
Allow: /$
Allow: /meeting/
Allow: /person
Allow: /matter/
Disallow: /
"""


async def robots_txt(datasette, request):
    """Search engines may index the meeting, person and matter pages; the
    table, query and JSON views (endless, and heavy) they may not."""
    return Response.text(ROBOTS)


# -- matters, and the feeds that follow them ----------------------------------
#
# A matter's page is its timeline across meetings, from ``matter_mentions``
# (each place a document names it) and ``decisions`` (its decision
# records), one query each.  The Atom feeds follow a matter, a councillor
# (votes with what they were on, attendance) and a committee (minutes and
# decisions as they arrive); entry ids are tag URIs of the rows' own keys,
# so a reader never sees an entry twice.

MENTION_LABELS = {"report": "report", "decision": "decided", "recommendation": "recommended", "call_in": "call-in",
                  "minutes": "minuted", "mention": "mentioned"}


def matter_routes() -> list:
    return [
        (r"^/matter/(?P<id>[^/]+)$", matter_page),
        (r"^/feeds/matter/(?P<id>[^/]+)\.atom$", matter_feed),
        (r"^/feeds/person/(?P<id>[^/]+)\.atom$", person_feed),
        (r"^/feeds/committee/(?P<id>[^/]+)\.atom$", committee_feed),
    ]



async def item_matters(db, params: dict) -> dict:
    """The matters each canonical item of a meeting names, for links."""
    return _grouped(await _rows(db, f"""
        select distinct matter_mentions.item_id, matters.id, matters.reference, matters.title, matter_mentions.role
        from matter_mentions join matters on matters.id = matter_mentions.matter_id
        where matter_mentions.item_id in ({_CANONICAL_ITEMS}) order by matters.reference""", params), "item_id")


async def matter_context(db, matter_id: str) -> dict:
    params = {"id": matter_id}
    found = await _rows(db, """select matters.*, councils.name as council_name from matters
        left join councils on councils.slug = matters.council where matters.id = :id""", params)
    if not found:
        return {"matter": None, "id": matter_id}
    timeline = await _rows(db, """
        select matter_mentions.id, matter_mentions.role, matter_mentions.page, matter_mentions.source_url,
          matter_mentions.title as item_title, matter_mentions.meeting_id, matter_mentions.document_id,
          meetings.date, coalesce(committees.title, meetings.committee_title) as body,
          documents.title as document_title, documents.role as document_role, documents.processed_at,
          items.number as item_number,
          (select text from resolutions where resolutions.item_id = matter_mentions.item_id
             order by ordinal limit 1) as resolution,
          (select group_concat(coalesce(votes.outcome, votes.kind) || coalesce(': ' || votes.motion, ''), ' | ')
             from votes where votes.item_id = matter_mentions.item_id) as votes
        from matter_mentions
          left join meetings on meetings.id = matter_mentions.meeting_id
          left join committees on committees.id = meetings.committee_id
          left join documents on documents.id = matter_mentions.document_id
          left join items on items.id = matter_mentions.item_id
        where matter_mentions.matter_id = :id
        order by coalesce(meetings.date, '9999'), matter_mentions.id""", params)
    decisions = await _rows(db, """
        select decisions.*, meetings.date as meeting_date from decisions
        left join meetings on meetings.id = decisions.meeting_id
        where decisions.matter_id = :id order by coalesce(decisions.decided, meetings.date)""", params)
    import json

    for row in timeline:
        row["role_label"] = MENTION_LABELS.get(row["role"], row["role"])
        row["document_role_label"] = ROLE_LABELS.get(row["document_role"] or "", "document")
    for decision in decisions:
        decision["clause_list"] = json.loads(decision["clauses"]) if decision["clauses"] else []
    return {"matter": found[0], "id": matter_id, "timeline": timeline, "decisions": decisions}


async def matter_page(datasette, request):
    db = _database(datasette)
    matter_id = request.url_vars["id"]
    context = await matter_context(db, matter_id) if db is not None else {"matter": None}
    if not context["matter"]:
        return await not_found(datasette, request, "matter", matter_id)
    return await _html(datasette, request, "matter.html", context)


# Atom ids are tag URIs (RFC 4151): this authority (a domain the project
# holds, and the year it held it), then what the id names.  An Atom id must
# never change; a URL would change with the host the site is served from,
# and "matter:..." is no URI scheme at all.
TAG_AUTHORITY = "council-minutes.github.io,2025"


def tag_uri(*parts: object) -> str:
    """``tag_uri("decisions", "kent:doc:1:i:1:decision")`` ->
    ``tag:council-minutes.github.io,2025:decisions/kent:doc:1:i:1:decision``:
    each part percent-encoded where RFC 4151 does not allow a character
    as it is (a row key is whatever a council's ids make it)."""
    specific = "/".join(quote(str(part), safe=":@!$&'()*+,;=-._~") for part in parts)
    return f"tag:{TAG_AUTHORITY}:{specific}"


def atom(title: str, feed_id: str, link: str, entries: list[dict]) -> str:
    """An Atom 1.0 document, the one writer of every feed (pages and canned
    queries): entries are dicts of kind, id, title, updated, link, summary;
    ``feed_id`` is the feed's tag URI, and each entry's id the tag URI of
    the row it stands for (``kind``, the table or query, and the row's
    key): the same row is the same entry in every feed that carries it.
    Text is escaped, so nothing a council wrote becomes markup."""
    from xml.sax.saxutils import escape, quoteattr

    def stamp(value) -> str:
        value = str(value or "1970-01-01")
        return value if "T" in value else f"{value}T00:00:00Z"

    updated = max((stamp(e["updated"]) for e in entries), default=stamp(None))
    parts = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom">',
             f"<title>{escape(title)}</title>", f"<id>{escape(feed_id)}</id>", f"<updated>{updated}</updated>",
             f"<link href={quoteattr(link)}/>"]
    for entry in entries:
        href = web_url(entry.get("link")) if str(entry.get("link") or "").startswith("http") else entry.get("link")
        parts += ["<entry>", f"<id>{escape(tag_uri(entry['kind'], entry['id']))}</id>",
                  f"<title>{escape(entry['title'] or '')}</title>", f"<updated>{stamp(entry['updated'])}</updated>",
                  f"<author><name>{escape(entry.get('author') or 'council-minutes')}</name></author>",
                  (f"<link href={quoteattr(href)}/>" if href else ""),
                  f"<summary>{escape(entry.get('summary') or '')}</summary>", "</entry>"]
    parts.append("</feed>")
    return "\n".join(p for p in parts if p)


def _feed(body: str, found: bool) -> Response:
    return Response(body if found else "not found", status=200 if found else 404,
                    content_type="application/atom+xml; charset=utf-8" if found else "text/plain")


async def matter_feed(datasette, request):
    matter_id = request.url_vars["id"]
    context = await matter_context(_database(datasette), matter_id)
    matter = context["matter"]
    entries = [{"kind": "matter_mentions", "id": row["id"], "updated": row["date"] or row["processed_at"],
                "title": f"{row['body'] or row['document_title'] or 'Document'}{', ' + row['date'] if row['date'] else ''}: "
                         f"{row['role_label']}",
                "link": f"/meeting/{row['meeting_id']}" if row["meeting_id"] else row["source_url"],
                "summary": " ".join(p for p in (row["item_title"], row["resolution"], row["votes"]) if p)}
               for row in context.get("timeline", [])]
    entries += [{"kind": "decisions", "id": d["id"], "updated": d["decided"] or d["meeting_date"],
                 "title": f"Decision: {d['title']}",
                 "link": d["source_url"], "summary": " ".join(p for p in (d["maker"], d["text"]) if p)}
                for d in context.get("decisions", [])]
    title = f"{matter['reference']}: {matter['title'] or ''}" if matter else matter_id
    return _feed(atom(title, tag_uri("matter", matter_id), f"/matter/{matter_id}", entries), matter is not None)


async def person_feed(datasette, request):
    person_id = request.url_vars["id"]
    db = _database(datasette)
    params = {"id": person_id}
    found = await _rows(db, "select name from people where id = :id", params)
    votes = await _rows(db, """
        select vote_members.id, vote_members.choice, votes.outcome, votes.motion, items.title as item,
          meetings.id as meeting_id, meetings.date, coalesce(committees.title, meetings.committee_title) as body
        from vote_members join votes on votes.id = vote_members.vote_id join items on items.id = votes.item_id
          left join meetings on meetings.id = votes.meeting_id left join committees on committees.id = meetings.committee_id
        where vote_members.person_id = :id order by meetings.date desc limit 200""", params)
    attended = await _rows(db, """
        select attendance.id, attendance.status, meetings.id as meeting_id, meetings.date,
          coalesce(committees.title, meetings.committee_title) as body
        from attendance join meetings on meetings.id = attendance.meeting_id
          left join committees on committees.id = meetings.committee_id
        where attendance.person_id = :id and attendance.superseded_by is null
        order by meetings.date desc limit 200""", params)
    entries = [{"kind": "vote_members", "id": v["id"], "updated": v["date"], "link": f"/meeting/{v['meeting_id']}",
                "title": f"Voted {v['choice']}: {v['item']} ({v['body']}, {v['date']})",
                "summary": f"{v['motion'] or ''} ({v['outcome'] or 'outcome not stated'})"} for v in votes]
    entries += [{"kind": "attendance", "id": a["id"], "updated": a["date"], "link": f"/meeting/{a['meeting_id']}",
                 "title": f"{a['body']}, {a['date']}: {a['status'].replace('_', ' ')}", "summary": ""} for a in attended]
    name = found[0]["name"] if found else person_id
    return _feed(atom(f"{name}: votes and attendance", tag_uri("person", person_id), f"/person?id={person_id}", entries),
                 bool(found))


async def committee_feed(datasette, request):
    committee_id = request.url_vars["id"]
    db = _database(datasette)
    params = {"id": committee_id}
    found = await _rows(db, "select title from committees where id = :id", params)
    documents = await _rows(db, """
        select documents.id, documents.title, documents.role, documents.source_url, documents.processed_at,
          meetings.id as meeting_id, meetings.date
        from documents join meetings on meetings.id = documents.meeting_id
        where meetings.committee_id = :id and documents.role in ('minutes', 'draft_minutes', 'decisions')
        order by meetings.date desc limit 100""", params)
    decisions = await _rows(db, """
        select decisions.id, decisions.title, decisions.text, decisions.source_url, decisions.decided, meetings.date
        from decisions join meetings on meetings.id = decisions.meeting_id
        where meetings.committee_id = :id order by meetings.date desc limit 100""", params)
    entries = [{"kind": "documents", "id": d["id"], "updated": d["date"] or d["processed_at"],
                "link": f"/meeting/{d['meeting_id']}",
                "title": f"{ROLE_LABELS.get(d['role'], 'document').capitalize()}, {d['date']}: {d['title'] or ''}",
                "summary": ""} for d in documents]
    entries += [{"kind": "decisions", "id": d["id"], "updated": d["decided"] or d["date"], "link": d["source_url"],
                 "title": f"Decision: {d['title']}", "summary": d["text"] or ""} for d in decisions]
    title = found[0]["title"] if found else committee_id
    return _feed(atom(f"{title}: minutes and decisions", tag_uri("committee", committee_id), "/", entries),
                 bool(found))
