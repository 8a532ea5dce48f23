"""Map records to Contract 2, the JSON printed by ``minutes parse --json``.

The JSON Schema lives beside this file (``parsed-document.schema.json``, a
copy of ``shared/schema``); tests validate every output against it.
"""

from __future__ import annotations

from .records import Item, ParsedDocument, Vote

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
