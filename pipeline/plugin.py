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
    return [(r"^/meeting/(?P<id>[^/]+)$", meeting_page)]


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
    for item in items:
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
