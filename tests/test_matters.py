"""Following a matter through the council (issue 14), on real papers: Kent
County Council's decision 24/00093 (Seashells and Millmead Family Hubs)
from its record of decision through Cabinet, the Cabinet reports pack and
full Council; BCP Council's SEND progress update issue history (a
scrutiny committee, then Cabinet); and what every recorded vote in the
Kent papers was on."""

import asyncio
import json
import re

import jsonschema
import pytest
from click.testing import CliRunner

from models.contract import to_contract
from pipeline.cli import cli
from pipeline.parse import parse_path
from pipeline.store import open_db

from conftest import FIXTURES, PDF, reprocess_changes_nothing

ROD = FIXTURES / "dev" / "kent-cc" / "kent-cc_2025_record-of-decision_24-00093.pdf"
ISSUE = FIXTURES / "text" / "issue-history_SEND-progress-update_committee-and-cabinet.txt"
KENT_PAPERS = [PDF / "2025-01-30_cabinet_printed-minutes.pdf", PDF / "2025-03-13_cabinet_public-reports-pack.pdf",
               PDF / "2025-03-13_county-council_printed-minutes.pdf", ROD]
KENT_VOTES = [PDF / "2024-12-19_county-council_minutes.pdf", PDF / "2025-02-13_county-council_budget_printed-minutes.pdf",
              PDF / "2025-03-13_county-council_printed-minutes.pdf"]
SCHEMA = json.loads((FIXTURES.parent.parent / "models" / "parsed-document.schema.json").read_text())
# How a question is put, which is never what was voted on.
PUT = re.compile(r"\bput (?:to the vote )?the (?:motion|amendment|substantive)|\bto the vote and the voting\b", re.I)


@pytest.fixture(scope="module")
def parsed():
    cache = {}

    def get(path):
        if path not in cache:
            cache[path] = parse_path(path)
        return cache[path]

    return get


# -- a record of decision -----------------------------------------------------------------------


def test_record_of_decision_is_one_decision_of_its_matter(parsed):
    record = parsed(ROD)
    assert record.document.role == "record_of_decision"
    [item] = record.items
    assert item.matter.reference == "24/00093" and item.matter.role == "decision"
    assert item.title == "Commissioned Family Hub Contracts"
    assert item.decision.maker.startswith("Mrs Sue Chandler, Cabinet Member for Integrated Children")
    assert item.decision.key_decision is True and item.decision.decided == "2025-01-17"
    assert item.portfolio_holder == "Integrated Children’s Services"
    [resolution] = item.resolutions
    assert [c.label for c in resolution.clauses] == ["Approve", "Delegate", "Delegate", "Delegate"]
    assert "Seashells and Millmead Family Hubs" in resolution.clauses[0].text
    # Earlier decisions its background cites are mentions, not its matter.
    assert {m.reference for m in item.mentions} >= {"23/00092", "23/00101"}
    contract = to_contract(record)
    jsonschema.validate(contract, SCHEMA)
    assert contract["items"][0]["decision"]["decided"] == "2025-01-17"


def test_references_in_titles_and_text_say_what_happened(parsed):
    cabinet = parsed(PDF / "2025-01-30_cabinet_printed-minutes.pdf")
    updates = next(i for i in cabinet.items if i.number == "87")
    call_in = next(m for m in updates.mentions if m.reference == "24/00093")
    assert call_in.role == "call_in" and call_in.page == 1
    assert call_in.title == "Future of Commissioned Services at Seashells and Millmead Family Hubs"
    education = next(i for i in cabinet.items if i.number == "92")
    assert (education.matter.reference, education.matter.role) == ("24/00096", "minutes")
    pack = parsed(PDF / "2025-03-13_cabinet_public-reports-pack.pdf")
    assert [(i.matter.reference, i.matter.role) for i in pack.items if i.matter] == [("24/00093", "report")]
    council = parsed(PDF / "2025-03-13_county-council_printed-minutes.pdf")
    review = next(i for i in council.items if i.number == "300")
    assert (review.matter.reference, review.matter.role) == ("24/00093", "call_in")
    # A date is not a decision number.
    assert not any(m.reference.count("/") != 1 for i in cabinet.items for m in i.mentions)


@pytest.mark.slow
def test_kent_matter_24_00093_is_stored_once_and_linked_everywhere(tmp_path):
    """``minutes add`` of the Kent papers, then ``process``: matter
    24/00093 is one row, linked to its record of decision, the Cabinet
    minutes of 30 January 2025, the Cabinet reports pack and the County
    Council minutes of 13 March 2025; processing again adds nothing."""
    db_path = tmp_path / "minutes.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db_path), "add", *map(str, KENT_PAPERS), "--council", "kent",
                                 "--council-name", "Kent County Council"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["--db", str(db_path), "process", "--workers", "2"]).exit_code == 0
    db = open_db(db_path)
    matters = list(db.query("SELECT * FROM matters WHERE reference = '24/00093'"))
    assert len(matters) == 1 and "Family Hub" in matters[0]["title"]
    matter = matters[0]["id"]
    mentions = list(db.query(
        "SELECT documents.title, documents.role AS document, matter_mentions.role, matter_mentions.meeting_id, "
        "matter_mentions.item_id, matter_mentions.page FROM matter_mentions "
        "JOIN documents ON documents.id = matter_mentions.document_id WHERE matter_id = ? ORDER BY documents.title",
        [matter]))
    found = {(m["title"], m["document"], m["role"], m["meeting_id"]) for m in mentions}
    assert found == {
        ("2025-01-30_cabinet_printed-minutes.pdf", "minutes", "call_in", "kent:cabinet:2025-01-30"),
        ("2025-03-13_cabinet_public-reports-pack.pdf", "reports_pack", "report", "kent:cabinet:2025-03-13"),
        ("2025-03-13_county-council_printed-minutes.pdf", "minutes", "call_in", "kent:county-council:2025-03-13"),
        ("kent-cc_2025_record-of-decision_24-00093.pdf", "record_of_decision", "decision", None),
    }
    assert all(m["page"] for m in mentions)
    [decision] = db.query("SELECT * FROM decisions WHERE matter_id = ?", [matter])
    assert decision["key_decision"] == 1 and decision["decided"] == "2025-01-17"
    assert decision["portfolio_holder"] == "Integrated Children’s Services"
    assert [c["label"] for c in json.loads(decision["clauses"])] == ["Approve", "Delegate", "Delegate", "Delegate"]
    db = reprocess_changes_nothing(db, db_path, ("matters", "matter_mentions", "decisions"))
    page = asyncio.run(_page(db_path, f"/matter/{matter}"))
    assert page.count("<tr>") == 5  # the heading and four appearances
    assert "/meeting/kent:county-council:2025-03-13" in page and "decided 2025-01-17" in page
    meeting = asyncio.run(_page(db_path, "/meeting/kent:county-council:2025-03-13"))
    assert f'href="/matter/{matter}"' in meeting
    db.close()


async def _page(db_path, path):
    from datasette.app import Datasette

    from pipeline.publish import TEMPLATES

    ds = Datasette([str(db_path)], template_dir=str(TEMPLATES))
    response = await ds.client.get(path)
    assert response.status_code == 200, path
    return response.text


# -- an issue history ----------------------------------------------------------------------------


def test_issue_history_is_two_appearances_of_one_matter(parsed):
    """The saved text lost the "Meeting: ... (Item N)" lines, so each
    appearance's body is read from its text: "The Committee discussed"
    (the scrutiny committee), "Cabinet was advised"."""
    issue = parsed(ISSUE)
    assert issue.document.role == "issue_page"
    first, second = issue.items
    assert first.matter.reference == second.matter.reference
    assert first.matter.title == "SEND Progress Update re SEND Improvement Plan and Safety Valve"
    assert first.meeting.committee == "Committee" and first.decision is None and first.matter.role == "minutes"
    assert second.meeting.committee == "Cabinet" and second.matter.role == "decision"
    assert second.decision.maker == "Cabinet"
    [resolution] = second.resolutions
    assert [c.label for c in resolution.clauses] == ["a", "b", "c", "d"]
    assert [v.kind for v in second.votes] == ["unanimous"]
    assert second.portfolio_holder == "Children and Young People"
    jsonschema.validate(to_contract(issue), SCHEMA)


def test_issue_page_heads_each_appearance_with_its_meeting(parsed):
    """Bromsgrove's issue page names the meeting of each appearance and the
    issue id is in its address."""
    from models.records import Document, Item, Line, Page, ParsedDocument, Meeting
    from pipeline.matters import read_issue_page

    lines = ["Meeting: 20/09/2017 - Council (Item 52)",
             "52 To receive the minutes of the meeting of the Cabinet held on 6th September 2017 pdf icon PDF 164 KB"]
    page = Page(number=1, text="\n".join(lines), lines=[Line(t) for t in lines])
    document = Document(path="issue.txt", sha256="0" * 64, media_type="text/plain", pages=[page],
                        url="https://moderngovwebpublic.bromsgrove.gov.uk/ieIssueDetails.aspx?IId=24087&Opt=3")
    item = Item(number="52", title="To receive the minutes of the meeting of the Cabinet held on 6th September 2017")
    parsed_page = ParsedDocument(document=document, meeting=Meeting(), items=[item])
    read_issue_page(parsed_page)
    assert (item.meeting.committee, item.meeting.date) == ("Council", "2017-09-20")
    assert item.matter.reference == "IId 24087"
    real = parsed(FIXTURES / "dev" / "bromsgrove" / "ieIssueDetails.aspx__IId-24087_Opt-3_PlanId-0.txt")
    [appearance] = real.items
    assert (appearance.meeting.committee, appearance.meeting.date) == ("Council", "2017-09-20")


def test_an_appearance_is_headed_by_the_meeting_line_above_it(parsed):
    """Where the "Meeting:" line gives no item number (or another), the
    line above an appearance heads it; an appearance with none above it
    gets no meeting."""
    from models.records import Document, Item, Line, Page, ParsedDocument, Meeting
    from pipeline.matters import read_issue_page

    texts = ["Issue - meetings", "Recorded Votes at Full Council", "The Committee discussed the motion.",
             "Meeting: 15/01/2015 - Civic Affairs Committee", "4 Recorded Votes at Full Council",
             "The Civic Affairs Committee RECOMMENDED that the motion be lost."]
    lines = [Line(t) for t in texts]
    document = Document(path="issue.txt", sha256="0" * 64, media_type="text/plain",
                        pages=[Page(number=1, text="\n".join(texts), lines=lines)],
                        url="https://scambs.moderngov.co.uk/ieIssueDetails.aspx?IId=44954&Opt=3")
    before = Item(number="1", title="Recorded Votes at Full Council", text=texts[2], lines=[(1, lines[2])])
    after = Item(number="4", title="Recorded Votes at Full Council", text=texts[5], lines=[(1, lines[5])])
    read_issue_page(ParsedDocument(document=document, meeting=Meeting(), items=[before, after]))
    assert (after.meeting.committee, after.meeting.date) == ("Civic Affairs Committee", "2015-01-15")
    assert (before.meeting.committee, before.meeting.date) == ("Committee", None)  # its text names a body, no date


def test_issue_appearances_are_stored_at_their_own_meetings_and_none_is_invented(parsed, tmp_path):
    """An issue page kept as a meeting's document (as a crawl would): the
    SEND history's two appearances name their bodies but no dates, so
    neither is put under the document's meeting and no meeting is made
    for them; Bromsgrove's appearance states its meeting, which is made."""
    from models.records import Meeting
    from pipeline.store import ensure_council, store_parsed, upsert_meeting

    db = open_db(tmp_path / "minutes.db")
    with db.atomic():
        ensure_council(db, "bcp", "BCP Council")
        cabinet = upsert_meeting(db, "bcp", Meeting(committee="Cabinet", date="2023-07-12", source_id="5350"))
    store_parsed(db, parsed(ISSUE), council="bcp", meeting_id=cabinet)
    items = list(db.query("SELECT number, meeting_id FROM items ORDER BY ordinal"))
    assert [(i["number"], i["meeting_id"]) for i in items] == [("9", None), ("12", None)]
    assert [r["id"] for r in db.query("SELECT id FROM meetings")] == [cabinet]
    [decision] = db.query("SELECT * FROM decisions")
    assert decision["meeting_id"] is None and decision["maker"] == "Cabinet"
    bromsgrove = parsed(FIXTURES / "dev" / "bromsgrove" / "ieIssueDetails.aspx__IId-24087_Opt-3_PlanId-0.txt")
    store_parsed(db, bromsgrove, council="bromsgrove")
    [item] = db.query("SELECT meeting_id FROM items WHERE document_id LIKE 'bromsgrove:%'")
    assert item["meeting_id"] == "bromsgrove:council:2017-09-20"
    assert {r["label"] for r in db.query("SELECT label FROM meetings WHERE council = 'bromsgrove'")} == {
        "Council, 2017-09-20"}
    db.close()


# -- what every vote was on ---------------------------------------------------------------------------


@pytest.mark.parametrize("path", KENT_VOTES, ids=lambda p: p.stem)
def test_every_kent_vote_says_what_was_voted_on(parsed, path):
    votes = [(item.number, vote) for item in parsed(path).items for vote in item.votes]
    assert votes
    for number, vote in votes:
        assert vote.motion and len(vote.motion) > 20, (number, vote)
        assert not PUT.search(vote.motion), (number, vote.motion)
    # Who moved it is named wherever the minutes name them (a substantive
    # motion made of an accepted amendment names nobody).
    assert sum(1 for _, v in votes if v.proposer) >= len(votes) - 4


def test_an_amendment_in_paragraph_7_is_paragraph_7s_words(kent_budget):
    votes = [v for i in kent_budget.items if i.number == "291" for v in i.votes]
    first = votes[0]
    assert first.motion.startswith("Proposed Purpose: “To amend the budget proposed by the Administration")
    assert (first.proposer, first.seconder) == ("Mr Brady", "Ms Meade")
    assert votes[-1].motion.startswith("County Council, having given due regard to the s25 Report")


def test_agreed_unanimously_closes_the_paragraph_above(parsed):
    """Kent, 13 March 2025, item 296: the motion of paragraph 10, not the
    one-minute silence of paragraph 11."""
    council = parsed(PDF / "2025-03-13_county-council_printed-minutes.pdf")
    [vote] = next(i for i in council.items if i.number == "296").votes
    assert vote.motion.startswith("the Council formally record the sense of loss")
    assert "silence" not in vote.motion
    assert (vote.proposer, vote.seconder) == ("Mr Sweetland", "Mr Ridgers")
    review = next(i for i in council.items if i.number == "300")
    assert review.votes[0].motion.startswith("That the Council makes comments but does not require reconsideration")
    closure = next(i for i in council.items if i.number == "307").votes[0]
    # "that the motion be put to the vote" is itself the motion moved here.
    assert (closure.motion, closure.proposer) == ("the motion be put to the vote.", "Mr Brady")


# -- feeds ----------------------------------------------------------------------------------------------

# RFC 4151: "tag:" authority "," date ":" specific, the specific part pchars, "/" and "?".
TAG = re.compile(r"^tag:[a-z0-9.-]+,\d{4}(?:-\d{2}(?:-\d{2})?)?:(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-F]{2})*$")


def test_feed_and_entry_ids_are_tag_uris():
    """Every Atom id is an RFC 4151 tag URI of the row it stands for: the
    same row the same id in every feed, whatever its key holds."""
    import feedparser

    from pipeline.plugin import atom

    entries = [{"kind": "decisions", "id": "kent:doc:1:i:1:decision", "title": "Decision", "updated": "2025-01-17",
                "link": "/matter/kent:matter:24-00093", "summary": ""},
               {"kind": "new_resolutions", "id": "a key <with> spaces & \"quotes\"", "title": "Odd",
                "updated": None, "link": None, "summary": ""}]
    one = feedparser.parse(atom("Matter", "tag:council-minutes.github.io,2025:matter/kent:matter:24-00093", "/m", entries))
    other = feedparser.parse(atom("Committee", "tag:council-minutes.github.io,2025:committee/kent:cabinet", "/", entries))
    assert not one.bozo and one.feed.id.startswith("tag:council-minutes.github.io,2025:")
    ids = [e.id for e in one.entries]
    assert ids == [e.id for e in other.entries]  # the same row, the same entry
    assert ids[0] == "tag:council-minutes.github.io,2025:decisions/kent:doc:1:i:1:decision"
    assert ids[1] == "tag:council-minutes.github.io,2025:new_resolutions/a%20key%20%3Cwith%3E%20spaces%20&%20%22quotes%22"
    assert all(TAG.match(i) for i in ids + [one.feed.id, other.feed.id])
