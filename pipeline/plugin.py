"""The project's Datasette plugin (registered by the ``datasette`` entry
point in ``setup.cfg``).

Template helpers live here rather than in the templates so that what makes
a link safe is Python that tests can call: ``web_url`` keeps only absolute
http(s) URLs, as defence in depth behind the store, which already refuses
to keep anything else.  A ``javascript:`` or ``data:`` link in a council's
page must never become a clickable ``href`` on ours.

The meeting page is a route, its SQL here, one query per section of the
page (never one per item): a meeting is one list of items, each fact shown
once, whichever documents stated it.  Only the copy of an item or an
attendance list that speaks for the meeting (``superseded_by`` empty, see
``pipeline.store.settle_meeting``) is shown; every document is listed as a
source with its role; the agenda is folded away.
"""

from __future__ import annotations

import re

from datasette import hookimpl
from datasette.utils.asgi import Response

from models.keys import web_url

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


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["web_url"] = lambda value: web_url(value) or ""


@hookimpl
def register_routes():
    return [(r"^/meeting/(?P<id>[^/]+)$", meeting_page)] + matter_routes()


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


async def _rows(db, sql: str, params: dict) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


async def meeting_context(db, meeting_id: str) -> dict:
    """Everything the meeting page shows, one query per section."""
    import json

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
    items = sorted(await _rows(db, f"""
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
        item["declarations"] = declarations.get(item["id"], [])
        item["speakers"] = speakers.get(item["id"], [])
    return {"meeting": found[0], "id": meeting_id, "sources": sources, "attendance": attendance, "items": items,
            "agenda": agenda}


async def meeting_page(datasette, request):
    meeting_id = request.url_vars["id"]
    names = list(datasette.databases)
    db = datasette.get_database(DATABASE if DATABASE in names else None)
    context = await meeting_context(db, meeting_id)
    html = await datasette.render_template("meeting.html", context, request=request)
    return Response.html(html, status=200 if context["meeting"] else 404)


# -- matters, and the feeds that follow them ----------------------------------
#
# A matter's page is its timeline across meetings, from ``matter_mentions``
# (each place a document names it) and ``decisions`` (its decision
# records), one query each.  The Atom feeds follow a matter, a councillor
# (votes with what they were on, attendance) and a committee (minutes and
# decisions as they arrive); entry ids are the rows' own keys, so a reader
# never sees an entry twice.

MENTION_LABELS = {"report": "report", "decision": "decided", "recommendation": "recommended", "call_in": "call-in",
                  "minutes": "minuted", "mention": "mentioned"}


def matter_routes() -> list:
    return [
        (r"^/matter/(?P<id>[^/]+)$", matter_page),
        (r"^/feeds/matter/(?P<id>[^/]+)\.atom$", matter_feed),
        (r"^/feeds/person/(?P<id>[^/]+)\.atom$", person_feed),
        (r"^/feeds/committee/(?P<id>[^/]+)\.atom$", committee_feed),
    ]


def _db(datasette):
    names = list(datasette.databases)
    return datasette.get_database(DATABASE if DATABASE in names else None)


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
    context = await matter_context(_db(datasette), request.url_vars["id"])
    html = await datasette.render_template("matter.html", context, request=request)
    return Response.html(html, status=200 if context["matter"] else 404)


def atom(title: str, feed_id: str, link: str, entries: list[dict]) -> str:
    """An Atom 1.0 document: entries are dicts of id, title, updated, link,
    summary; text is escaped, so nothing a council wrote becomes markup."""
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
        parts += ["<entry>", f"<id>{escape(feed_id + ':' + str(entry['id']))}</id>",
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
    context = await matter_context(_db(datasette), matter_id)
    matter = context["matter"]
    entries = [{"id": row["id"], "updated": row["date"] or row["processed_at"],
                "title": f"{row['body'] or row['document_title'] or 'Document'}{', ' + row['date'] if row['date'] else ''}: "
                         f"{row['role_label']}",
                "link": f"/meeting/{row['meeting_id']}" if row["meeting_id"] else row["source_url"],
                "summary": " ".join(p for p in (row["item_title"], row["resolution"], row["votes"]) if p)}
               for row in context.get("timeline", [])]
    entries += [{"id": d["id"], "updated": d["decided"] or d["meeting_date"], "title": f"Decision: {d['title']}",
                 "link": d["source_url"], "summary": " ".join(p for p in (d["maker"], d["text"]) if p)}
                for d in context.get("decisions", [])]
    title = f"{matter['reference']}: {matter['title'] or ''}" if matter else matter_id
    return _feed(atom(title, f"matter:{matter_id}", f"/matter/{matter_id}", entries), matter is not None)


async def person_feed(datasette, request):
    person_id = request.url_vars["id"]
    db = _db(datasette)
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
    entries = [{"id": v["id"], "updated": v["date"], "link": f"/meeting/{v['meeting_id']}",
                "title": f"Voted {v['choice']}: {v['item']} ({v['body']}, {v['date']})",
                "summary": f"{v['motion'] or ''} ({v['outcome'] or 'outcome not stated'})"} for v in votes]
    entries += [{"id": a["id"], "updated": a["date"], "link": f"/meeting/{a['meeting_id']}",
                 "title": f"{a['body']}, {a['date']}: {a['status'].replace('_', ' ')}", "summary": ""} for a in attended]
    name = found[0]["name"] if found else person_id
    return _feed(atom(f"{name}: votes and attendance", f"person:{person_id}", f"/person?id={person_id}", entries),
                 bool(found))


async def committee_feed(datasette, request):
    committee_id = request.url_vars["id"]
    db = _db(datasette)
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
    entries = [{"id": d["id"], "updated": d["date"] or d["processed_at"], "link": f"/meeting/{d['meeting_id']}",
                "title": f"{ROLE_LABELS.get(d['role'], 'document').capitalize()}, {d['date']}: {d['title'] or ''}",
                "summary": ""} for d in documents]
    entries += [{"id": d["id"], "updated": d["decided"] or d["date"], "link": d["source_url"],
                 "title": f"Decision: {d['title']}", "summary": d["text"] or ""} for d in decisions]
    title = found[0]["title"] if found else committee_id
    return _feed(atom(f"{title}: minutes and decisions", f"committee:{committee_id}", "/", entries), bool(found))
