"""What every table and column of the database means (Contract 3), shown
by Datasette beside the data.  Plain data, no I/O."""

TABLES = {
    "councils": ("Councils whose papers are in the database.", {
        "slug": "Short id used in every key (e.g. kent, bcp)",
        "name": "The council's name",
        "base_url": "Its ModernGov site",
        "licence": "Licence its material is published under (mostly the Open Government Licence)",
    }),
    "committees": ("Committees, Cabinet and full Council of each council.", {
        "id": "council:committee id on the council's site",
        "council": "Council", "source_id": "Committee id on the council's site", "title": "Committee name",
        "category": "The council's grouping of the committee", "deleted": "Deleted on the site (1/0)",
        "expired": "No longer meets (1/0)", "source_url": "Committee page on the council's site",
        "fetched_at": "When the committee list was last read",
    }),
    "meetings": ("One row per meeting.", {
        "id": "council:meeting id on the site (or committee and date)", "council": "Council",
        "committee_id": "Committee", "source_id": "Meeting id on the council's site", "date": "Meeting date",
        "time": "Start time as published", "venue": "Where it met", "status": "Confirmed, Cancelled, Special Meeting, ...",
        "source_url": "The meeting's page on the council's site", "minutes_published": "The site says minutes are published (1/0)",
        "fetched_at": "When the meeting was last read from the site", "committee_title": "Committee name",
        "label": "Committee and date",
        "starts_at": "Start, local (UK) time, where the time is published",
    }),
    "documents": ("Every source file: minutes PDFs, web-service answers, pages.", {
        "id": "council:doc:attachment id (or content hash)", "council": "Council", "meeting_id": "Meeting it belongs to",
        "title": "Title as published", "source_url": "Where it was published", "path": "Local copy in the raw-file cache",
        "sha256": "SHA-256 of the file", "media_type": "PDF, XML, HTML or text", "size": "Bytes", "pages": "Page count",
        "status": "pending, ok, scanned, garbled, failed or restricted", "error": "Why it failed, if it did",
        "ocr": "Text came from OCR (1/0)", "parser_version": "Parser that produced its rows",
        "processed_at": "When it was parsed", "warnings": "What the parser flagged (JSON list)",
        "attachment_id": "Attachment id on the council's site", "publication_date": "Date the council published it",
        "restricted": "Marked restricted by the council: recorded, not fetched (1/0)", "kind": "webservice, document or restricted",
        "fetched_at": "When it was downloaded", "item_number": "Agenda item it is attached to",
        "committee": "The body that met, as given when the file was added (used where its header names none)",
        "role": "What the document is: minutes, draft_minutes, decisions, record_of_decision, agenda, reports_pack, "
                "report, appendix, questions, supplement, decision_page, issue_page or other; only minutes, decisions "
                "and records of decision (and decision or issue pages) add facts to a meeting",
        "listing": "For a decision page: SHA-256 of the decisions register's row it was fetched under (a row worded "
                   "otherwise later means the decision changed)",
    }),
    "agenda_items": ("What each meeting was to take, from its agenda (not what it did: see items).", {
        "id": "document:g:n", "document_id": "The agenda, reports pack or supplement", "meeting_id": "Meeting",
        "ordinal": "Position on the agenda", "number": "Agenda item number", "title": "Item title",
        "page": "Page of the agenda", "source_url": "The agenda at the item's page",
    }),
    "meeting_sources": ("Documents whose facts are another meeting's than their own: the previous meeting's minutes "
                        "in a reports pack.", {
        "id": "meeting:document", "meeting_id": "The meeting the facts are of", "document_id": "Document",
        "role": "What the document is for that meeting",
        "approved_record": "Put to the next meeting for approval as a correct record (1/0)",
        "pages": "Pages of the document that hold them",
    }),
    "pages": ("Clean text of every page (headers, footers and page numbers removed).", {
        "id": "document:p:page", "document_id": "Document", "number": "Page number (as a PDF viewer counts)",
        "text": "Page text", "ocr": "Text from OCR (1/0)", "scanned": "The page had no text layer (1/0)",
        "quality": "Share of the text that looks like words (0-1): low means an unreadable text layer",
    }),
    "items": ("Minute items: what the meeting took, in order.", {
        "id": "document:i:n", "document_id": "Document", "meeting_id": "Meeting", "ordinal": "Position in the document",
        "number": "Minute number as printed", "title": "Item title", "text": "What the minutes say",
        "page": "Page the item starts on", "portfolio_holder": "Portfolio that owned the decision",
        "source_url": "The document at the item's page",
        "superseded_by": "Empty when this copy speaks for the meeting; else the source whose copy of the item does",
    }),
    "resolutions": ("What was resolved, recommended or agreed.", {
        "id": "item:r:n", "item_id": "Item", "document_id": "Document", "meeting_id": "Meeting", "ordinal": "Order in the item",
        "kind": "resolved, recommended (to Council), agreed or decision", "text": "The resolution as minuted",
        "clauses": "Lettered or numbered clauses (JSON list of label and text)", "page": "Page it starts on",
        "source_url": "The document at the resolution's page",
    }),
    "votes": ("Votes: recorded, show of hands, unanimous.", {
        "id": "item:v:n", "item_id": "Item", "document_id": "Document", "meeting_id": "Meeting", "ordinal": "Order in the item",
        "kind": "recorded, show_of_hands, unanimous or unspecified", "motion": "What was put to the vote, where stated",
        "for_count": "Votes for, as stated", "against_count": "Votes against, as stated", "abstain_count": "Abstentions, as stated",
        "outcome": "carried, lost or agreed", "warnings": "Stated counts that disagree with the names listed (JSON list)",
        "page": "Page of the vote", "source_url": "The document at the vote's page",
    }),
    "vote_members": ("How each member voted in recorded votes.", {
        "id": "vote:choice:n", "vote_id": "Vote", "choice": "for, against or abstain", "name": "Member as named",
        "ordinal": "Order in the list", "person_id": "The person, where resolved",
    }),
    "attendance": ("Who was present, sent apologies, attended or substituted.", {
        "id": "document:a:n", "meeting_id": "Meeting", "document_id": "Document", "name": "Name as given",
        "status": "present, apologies, absent, in_attendance, substitute or virtual", "role": "Role as given (Chairman, officer post, ...)",
        "page": "Page", "member_id": "Member id on the council's site", "person_id": "The person, where resolved",
        "superseded_by": "Empty when this list speaks for the meeting; else the source whose list does",
    }),
    "people": ("Members from the councils' own lists (no contact details are kept).", {
        "id": "council:member:id", "council": "Council", "member_id": "Member id on the council's site", "name": "Name",
        "party": "Political party", "ward": "Ward", "key_posts": "Posts held", "terms": "Terms of office (JSON list)",
        "updated_at": "When the list was last read",
    }),
    "declarations": ("Declarations of interest.", {
        "id": "item:d:n", "item_id": "Item", "document_id": "Document", "meeting_id": "Meeting", "name": "Who declared",
        "text": "What the minutes say", "kind": "pecuniary or other", "page": "Page", "person_id": "The person, where resolved",
    }),
    "speakers": ("Who spoke, presented, proposed or seconded, per item.", {
        "id": "item:s:n", "item_id": "Item", "document_id": "Document", "meeting_id": "Meeting", "name": "Name or title",
        "role": "Role as given, or proposer/seconder", "page": "Page", "person_id": "The person, where resolved",
    }),
    "fetches": ("Every HTTP request the scraper made.", {
        "id": "Row id", "run_id": "Run", "council": "Council", "url": "URL", "status": "HTTP status",
        "sha256": "SHA-256 of the body", "size": "Bytes", "path": "Saved as", "fetched_at": "When", "error": "What went wrong",
    }),
    "health": ("The latest health verdict per council (see `minutes status`).", {
        "council": "Council", "verdict": "ok, stale or failing", "reasons": "Why, when not ok (JSON list)",
        "facts": "Last run, newest meeting, additions, pending documents, failures by kind (JSON)",
        "checked_at": "When the verdict was made",
    }),
    "registers": ("Each council's decisions register watermark: the dates last read in full.", {
        "council": "Council", "url": "The council's site", "covered_from": "First date read in full",
        "covered_to": "Last date read in full (a run reads on from a little before it)",
        "read_at": "When a read last completed", "listed": "Decisions that read listed",
        "error": "What stopped the last read that failed, until one succeeds", "error_at": "When it failed",
    }),
    "runs": ("One row per scrape run.", {
        "id": "Run id", "command": "What ran", "started": "Started", "finished": "Finished",
        "status": "running, ok, partial or failed", "counts": "What it did (JSON)", "errors": "What failed (JSON list)",
        "council": "Council",
    }),
}

LABEL_COLUMNS = {
    "councils": "name", "committees": "title", "meetings": "label", "documents": "title", "items": "title",
    "people": "name", "votes": "motion", "runs": "command",
}
