"""Map records to Contract 2, the JSON printed by ``minutes parse --json``,
and back (``minutes ingest``).

The JSON Schema lives beside this file (``parsed-document.schema.json``, a
copy of ``shared/schema``); tests validate every output against it.
"""

from __future__ import annotations

from .records import (
    Attendance,
    Clause,
    Decision,
    Declaration,
    Document,
    Item,
    MatterRef,
    Meeting,
    Organisation,
    Page,
    ParsedDocument,
    Resolution,
    Speaker,
    Vote,
)

SCHEMA_ID = "council-minutes/parsed-document/1"


def vote_to_contract(vote: Vote) -> dict:
    return {
        "kind": vote.kind,
        "motion": vote.motion,
        "for": vote.for_count,
        "against": vote.against_count,
        "abstain": vote.abstain_count,
        "outcome": vote.outcome,
        "members": vote.members(),
        "warnings": list(vote.warnings),
        "page": vote.page,
        "proposer": vote.proposer,
        "seconder": vote.seconder,
    }


def item_to_contract(item: Item) -> dict:
    return {
        "number": item.number,
        "title": item.title,
        "page": item.page,
        "text": item.text,
        "portfolio_holder": item.portfolio_holder,
        "resolutions": [
            {
                "text": r.text,
                "kind": r.kind,
                "clauses": [{"label": c.label, "text": c.text} for c in r.clauses],
                "page": r.page,
            }
            for r in item.resolutions
        ],
        "votes": [vote_to_contract(v) for v in item.votes],
        "declarations": [
            {"name": d.name, "text": d.text, "kind": d.kind, "page": d.page}
            for d in item.declarations
        ],
        "speakers": [{"name": s.name, "role": s.role, "page": s.page} for s in item.speakers],
        "matter": ({"reference": item.matter.reference, "title": item.matter.title, "role": item.matter.role}
                   if item.matter else None),
        "meeting": {"committee": item.meeting.committee, "date": item.meeting.date} if item.meeting else None,
        "decision": ({"maker": item.decision.maker, "status": item.decision.status,
                      "key_decision": item.decision.key_decision, "call_in": item.decision.call_in,
                      "decided": item.decision.decided, "published": item.decision.published}
                     if item.decision else None),
    }


def to_contract(parsed: ParsedDocument) -> dict:
    doc = parsed.document
    meeting = parsed.meeting
    return {
        "schema": SCHEMA_ID,
        "source": {
            "path": doc.path,
            "url": doc.url,
            "sha256": doc.sha256,
            "media_type": doc.media_type,
            "pages": len(doc.pages),
            "ocr": doc.ocr,
            "status": doc.status,
            "role": doc.role,
        },
        "meeting": {
            "council": meeting.council,
            "committee": meeting.committee,
            "date": meeting.date,
            "venue": meeting.venue,
        },
        "attendance": [
            {"name": a.name, "status": a.status, "role": a.role, "page": a.page}
            for a in parsed.attendance
        ],
        "items": [item_to_contract(i) for i in parsed.items],
        "organisations": [
            {"name": o.name, "acronym": o.acronym, "mentions": o.mentions} for o in parsed.organisations
        ],
        "warnings": list(parsed.warnings) + list(doc.warnings),
    }


def from_contract(data: dict) -> ParsedDocument:
    """The records a Contract 2 object describes (``minutes ingest``): the
    inverse of :func:`to_contract` for everything the contract carries.

    Contract 2 states a document's page count, not its pages' text or
    layout, nor the matters an item's text merely mentions: the pages come
    back as numbered pages with no text, and those mentions are not read.
    The warnings of the parse and of the document come back as one list
    (the contract printed them as one)."""
    source = data["source"]
    meeting = data["meeting"]
    document = Document(path=source["path"], sha256=source["sha256"], media_type=source["media_type"],
                        pages=[Page(number=n, text="") for n in range(1, source["pages"] + 1)],
                        url=source.get("url"), ocr=bool(source.get("ocr")), status=source.get("status") or "ok",
                        role=source.get("role"))
    return ParsedDocument(
        document=document,
        meeting=Meeting(council=meeting.get("council"), committee=meeting.get("committee"), date=meeting.get("date"),
                        venue=meeting.get("venue")),
        attendance=[Attendance(name=a["name"], status=a["status"], role=a.get("role"), page=a.get("page"))
                    for a in data["attendance"]],
        items=[_item_from_contract(i) for i in data["items"]],
        warnings=list(data["warnings"]),
        organisations=[Organisation(name=o["name"], acronym=o.get("acronym"), mentions=o.get("mentions", 1))
                       for o in data.get("organisations") or []],
    )


def _item_from_contract(data: dict) -> Item:
    matter, stated, decision = data.get("matter"), data.get("meeting"), data.get("decision")
    return Item(
        number=data["number"],
        title=data["title"],
        page=data.get("page"),
        text=data.get("text") or "",
        portfolio_holder=data.get("portfolio_holder"),
        resolutions=[Resolution(text=r["text"], kind=r.get("kind") or "resolved", page=r.get("page"),
                                clauses=[Clause(label=c["label"], text=c["text"]) for c in r.get("clauses") or []])
                     for r in data["resolutions"]],
        votes=[Vote(kind=v["kind"], motion=v.get("motion"), for_count=v["for"], against_count=v["against"],
                    abstain_count=v["abstain"], outcome=v["outcome"],
                    members_for=list(v["members"].get("for") or []),
                    members_against=list(v["members"].get("against") or []),
                    members_abstain=list(v["members"].get("abstain") or []),
                    warnings=list(v.get("warnings") or []), page=v.get("page"), proposer=v.get("proposer"),
                    seconder=v.get("seconder"))
               for v in data["votes"]],
        declarations=[Declaration(name=d["name"], text=d["text"], kind=d.get("kind"), page=d.get("page"))
                      for d in data.get("declarations") or []],
        speakers=[Speaker(name=s["name"], role=s.get("role"), page=s.get("page")) for s in data.get("speakers") or []],
        matter=MatterRef(reference=matter["reference"], title=matter.get("title"), role=matter.get("role"))
        if matter else None,
        meeting=Meeting(committee=stated.get("committee"), date=stated.get("date")) if stated else None,
        decision=Decision(**{k: decision.get(k) for k in ("maker", "status", "key_decision", "call_in", "decided",
                                                           "published")}) if decision else None,
    )
