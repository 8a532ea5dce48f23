"""Where a meeting's minutes exist twice (the web service's per-item minutes
and a printed-minutes PDF), both are kept, linked by the meeting; this
module finds where they disagree so the disagreement is flagged, not
silently resolved."""

from __future__ import annotations

import json

import sqlite_utils

from .roles import AUTHORITATIVE
from .store import set_document_warnings


def _votes_by_item(db: sqlite_utils.Database, document_id: str) -> dict[str, list[tuple]]:
    found: dict[str, list[tuple]] = {}
    for row in db.query(
        """SELECT items.number, votes.for_count, votes.against_count, votes.abstain_count, votes.outcome
           FROM votes JOIN items ON items.id = votes.item_id
           WHERE votes.document_id = ? ORDER BY items.ordinal, votes.ordinal""",
        [document_id],
    ):
        found.setdefault(row["number"], []).append(
            (row["for_count"], row["against_count"], row["abstain_count"], row["outcome"]))
    return found


def _item_numbers(db, document_id: str) -> set:
    return {r["number"] for r in db.query("SELECT number FROM items WHERE document_id = ? AND number IS NOT NULL",
                                          [document_id])}


def disagreements(db: sqlite_utils.Database, first: str, second: str) -> list[str]:
    """What two parsed sources of one meeting's minutes state differently,
    item by item, where both have the item."""
    shared = _item_numbers(db, first) & _item_numbers(db, second)
    if not shared:
        return []
    a, b = _votes_by_item(db, first), _votes_by_item(db, second)
    notes = []
    for number in sorted(shared, key=lambda n: [int(x) if x.isdigit() else x for x in n.replace(".", " ").split()]):
        left, right = a.get(number, []), b.get(number, [])
        if len(left) != len(right):
            notes.append(f"item {number}: {len(left)} votes in {first}, {len(right)} in {second}")
            continue
        for n, (x, y) in enumerate(zip(left, right), 1):
            counts_x, counts_y = x[:3], y[:3]
            if all(v is not None for v in counts_x + counts_y) and counts_x != counts_y:
                notes.append(f"item {number}, vote {n}: counts {counts_x} in {first}, {counts_y} in {second}")
            elif x[3] and y[3] and x[3] != y[3]:
                notes.append(f"item {number}, vote {n}: outcome {x[3]} in {first}, {y[3]} in {second}")
    return notes


def flag_meeting(db: sqlite_utils.Database, meeting_id: str) -> list[str]:
    """Compare every pair of sources that speak for a meeting (minutes,
    decisions, records of decision: see ``pipeline.roles``); record what
    disagrees in both documents' warnings.  Returns the notes."""
    documents = [r["id"] for r in db.query(
        f"""SELECT DISTINCT documents.id FROM documents JOIN items ON items.document_id = documents.id
           WHERE items.meeting_id = ? AND documents.status = 'ok'
           AND documents.role IN ({", ".join("?" for _ in AUTHORITATIVE)}) ORDER BY documents.id""",
        [meeting_id, *AUTHORITATIVE])]
    all_notes = []
    for i, first in enumerate(documents):
        for second in documents[i + 1:]:
            notes = disagreements(db, first, second)
            all_notes += notes
            for document_id in (first, second):
                row = db["documents"].get(document_id)
                warnings = [w for w in json.loads(row["warnings"] or "[]") if not w.startswith("sources disagree:")]
                warnings += [f"sources disagree: {note}" for note in notes]
                set_document_warnings(db, document_id, warnings)
    return all_notes
