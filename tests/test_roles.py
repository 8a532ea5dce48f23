"""Document roles (issue 18): what each document is, and which documents
speak for a meeting, on Kent County Council's real papers of 30 January,
13 February and 13 March 2025 and the Gloucester replay."""

import asyncio
import json
import re
from datetime import date
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from models.records import Meeting
from pipeline.cli import cli
from pipeline.parse import parse_path
from pipeline.process import place
from pipeline.roles import ROLES, classify, is_letterhead, named_meeting, role_from_content, role_from_metadata
from pipeline.store import ensure_council, open_db, store_parsed, upsert_meeting

from conftest import FIXTURES, PDF, reprocess_changes_nothing

ROD = FIXTURES / "dev" / "kent-cc" / "kent-cc_2025_record-of-decision_24-00093.pdf"
KENT_2025 = {
    "cabinet-2025-01-09-minutes": PDF / "2025-01-09_cabinet_minutes.pdf",
    "cabinet-2025-01-30-agenda": PDF / "2025-01-30_cabinet_agenda-frontsheet.pdf",
    "cabinet-2025-01-30-minutes": PDF / "2025-01-30_cabinet_printed-minutes.pdf",
    "council-2025-02-13-agenda": PDF / "2025-02-13_county-council_agenda-frontsheet.pdf",
    "council-2025-02-13-minutes": PDF / "2025-02-13_county-council_budget_printed-minutes.pdf",
    "cabinet-2025-03-13-pack": PDF / "2025-03-13_cabinet_public-reports-pack.pdf",
    "council-2025-03-13-minutes": PDF / "2025-03-13_county-council_printed-minutes.pdf",
    "council-2025-03-13-questions": PDF / "2025-03-13_county-council_questions-and-answers.pdf",
    "record-of-decision": ROD,
}
# Who the printed minutes of Cabinet 30 January 2025 list (page 1), as printed.
CABINET_LISTED = ["Mr R W Gough", "Mr N Baker", "Mrs S Chandler", "Mr D Jeffrey", "Mr R C Love, OBE", "Mr D Murphy",
                  "Mr P J Oakford", "Mr D Watkins", "Mr R J Thomas", "Dr A Ghosh", "Mrs S Hammond", "Mrs A Beer",
                  "Mr D Shipton", "Mr B Watts", "Mrs C Head", "Mr J Betts", "Ms C McInnes", "Mr S Jones",
                  "Mr M Albiston", "Dr M Gogarty", "Mrs L Gannon", "Mrs C Bell"]


class _Parsed(dict):
    """Each paper parsed when a test first asks for it, once a session."""

    def __missing__(self, name):
        self[name] = parse_path(KENT_2025[name])
        return self[name]


@pytest.fixture(scope="session")
def kent_papers(kent_cabinet, kent_budget):
    papers = _Parsed()
    papers["cabinet-2025-01-30-minutes"], papers["council-2025-02-13-minutes"] = kent_cabinet, kent_budget
    return papers


@pytest.fixture
def db(tmp_path):
    db = open_db(tmp_path / "minutes.db")
    ensure_council(db, "kent", "Kent County Council")
    yield db
    db.close()


def _process(db, parsed, document_id, *, title=None, meeting_id=None, kind="document", item_number=None):
    """What ``minutes process`` does with one parsed document, in this
    process: place it by its role and header, then store it."""
    row = {"id": document_id, "council": "kent", "meeting_id": meeting_id, "title": title, "kind": kind,
           "item_number": item_number, "committee": None, "source_url": None}
    placement = place(db, row, parsed)
    store_parsed(db, parsed, council="kent", document_id=document_id, placement=placement)
    return placement


def _numbers(db, meeting_id):
    return [r["number"] for r in db.query(
        "SELECT number FROM items WHERE meeting_id = ? AND superseded_by IS NULL ORDER BY CAST(number AS INTEGER)",
        [meeting_id])]


# -- what each document is ---------------------------------------------------------


@pytest.mark.parametrize("title, kind, role", [
    ("Printed minutes 30th-Jan-2025 10.00 Cabinet", "document", "minutes"),
    ("Agenda frontsheet 30th-Jan-2025 10.00 Cabinet", "document", "agenda"),
    ("Public reports pack 13th-Mar-2025 15.00 Cabinet", "document", "reports_pack"),
    ("Decisions 30th-Jan-2025 10.00 Cabinet", "document", "decisions"),
    ("Questions put and answers given 13th-Mar-2025 10.00 County Council", "document", "questions"),
    ("Cabinet - Public Questions", "document", "questions"),
    ("Appendix 1 Option 1 - Single Countywide Unitary", "document", "appendix"),
    ("Appendix 4 - 24-00093 Record of Decision", "document", "appendix"),
    ("Supplementary agenda 13th-Mar-2025 Cabinet", "document", "supplement"),
    ("Draft minutes 21st-Nov-2025 Cabinet", "document", "draft_minutes"),
    ("2025_record-of-decision_24-00093.pdf", "document", "record_of_decision"),
    ("Minutes of the meeting held on 9th January 2025", "document", "minutes"),
    ("Cabinet 2025-11-21 (web service)", "webservice", "minutes"),
])
def test_site_metadata_gives_the_role(title, kind, role):
    """ModernGov's own link titles (and a file's name) say what a document is."""
    assert role_from_metadata(title, kind) == role


def test_an_untitled_paper_of_an_agenda_item_is_a_report():
    assert role_from_metadata("Final proposals for Local Government Reorganisation in Gloucestershire", "document",
                              "55") == "report"
    assert role_from_metadata("Final proposals for Local Government Reorganisation", "document") is None


def test_the_content_says_what_the_kent_papers_are(kent_papers):
    """With no title to go by, the opening lines say: a minutes heading and
    PRESENT block, a summons to the items that follow, a letter covering
    questions and answers, a record of decision."""
    found = {name: role_from_content(kent_papers[name].document.pages) for name in KENT_2025
             if name != "council-2025-03-13-minutes"}  # 19 pages of minutes like the others
    assert found == {
        "cabinet-2025-01-09-minutes": "minutes",
        "cabinet-2025-01-30-agenda": "agenda",
        "cabinet-2025-01-30-minutes": "minutes",
        "council-2025-02-13-agenda": "agenda",
        "council-2025-02-13-minutes": "minutes",
        "cabinet-2025-03-13-pack": "agenda",  # two pages: the pack is its agenda
        "council-2025-03-13-questions": "questions",
        "record-of-decision": "record_of_decision",
    }
    assert classify(kent_papers["cabinet-2025-03-13-pack"].document,
                    title="Public reports pack 13th-Mar-2025 15.00 Cabinet") == "reports_pack"


@pytest.mark.slow  # parses in worker processes
def test_parse_json_states_the_role():
    """Contract 2 carries ``source.role``, valid against the schema."""
    schema = json.loads((Path(__file__).parents[1] / "models" / "parsed-document.schema.json").read_text())
    assert schema["properties"]["source"]["properties"]["role"]["enum"][:len(ROLES)] == list(ROLES)
    paths = [KENT_2025["cabinet-2025-01-30-agenda"], KENT_2025["council-2025-03-13-questions"], ROD]
    result = CliRunner().invoke(cli, ["parse", "--json", "--workers", "2", *map(str, paths)])
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    for obj in objects:
        jsonschema.validate(obj, schema)
    assert [o["source"]["role"] for o in objects] == ["agenda", "questions", "record_of_decision"]


def test_a_letterhead_line_names_no_meeting(kent_papers):
    """The questions-and-answers letter opens "Direct Dial/Ext: 03000416892";
    its meeting is the one it names: "COUNTY COUNCIL - THURSDAY, 13 MARCH 2025"."""
    questions = kent_papers["council-2025-03-13-questions"]
    named = named_meeting(questions.meeting, questions.document.pages)
    assert (named.committee, named.date) == ("County Council", "2025-03-13")
    assert is_letterhead("Direct Dial/Ext: 03000416892")
    assert named_meeting(Meeting(committee="Direct Dial/Ext: 03000416892"), []).committee is None
    summons = kent_papers["council-2025-02-13-agenda"]
    named = named_meeting(summons.meeting, summons.document.pages)
    assert (named.committee, named.date) == ("County Council", "2025-02-13")


# -- which documents speak for a meeting ------------------------------------------------


def test_agenda_and_minutes_of_one_meeting_meet_in_one_row(db, kent_papers):
    """Added with no meeting, the agenda frontsheet and the printed minutes of
    Cabinet 30 January 2025 join the meeting their headers name; the
    minutes give its items (84-92), the agenda its agenda (1-9)."""
    _process(db, kent_papers["cabinet-2025-01-30-agenda"], "kent:agenda")
    _process(db, kent_papers["cabinet-2025-01-30-minutes"], "kent:minutes")
    assert [r["id"] for r in db.query("SELECT id FROM meetings")] == ["kent:cabinet:2025-01-30"]
    assert _numbers(db, "kent:cabinet:2025-01-30") == [str(n) for n in range(84, 93)]
    agenda = [r["number"] for r in db.query("SELECT number FROM agenda_items WHERE meeting_id = ? ORDER BY ordinal",
                                            ["kent:cabinet:2025-01-30"])]
    assert agenda == [str(n) for n in range(1, 10)]
    roles = {r["id"]: r["role"] for r in db.query("SELECT id, role FROM documents")}
    assert roles == {"kent:agenda": "agenda", "kent:minutes": "minutes"}
    assert not db["items"].count_where("document_id = 'kent:agenda'")
    assert not db["attendance"].count_where("document_id = 'kent:agenda'")


def test_cabinet_30_january_lists_each_person_once(db, kent_papers):
    _process(db, kent_papers["cabinet-2025-01-30-agenda"], "kent:agenda")
    _process(db, kent_papers["cabinet-2025-01-30-minutes"], "kent:minutes")
    _process(db, kent_papers["cabinet-2025-01-30-minutes"], "kent:minutes")  # a rerun
    names = [r["name"] for r in db.query("SELECT name FROM attendance WHERE meeting_id = 'kent:cabinet:2025-01-30' "
                                         "AND superseded_by IS NULL")]
    for person in CABINET_LISTED:
        assert names.count(person) == 1, person
    assert len(names) == len(set(names))


def test_cabinet_30_january_attendance_is_exactly_who_is_listed(db, kent_papers):
    _process(db, kent_papers["cabinet-2025-01-30-minutes"], "kent:minutes")
    names = {r["name"] for r in db.query("SELECT name FROM attendance WHERE meeting_id = 'kent:cabinet:2025-01-30'")}
    assert names == set(CABINET_LISTED) | {"Mr N Abrahams", "McKay"}


def test_papers_that_do_not_speak_for_the_meeting_add_no_facts(db, kent_papers):
    """The questions and answers of County Council 13 March 2025 belong to
    that meeting (not one named after their letterhead) and stay
    searchable, adding no items, attendance or resolutions; a record of
    decision taken by one member outside any meeting makes no meeting."""
    _process(db, kent_papers["council-2025-03-13-questions"], "kent:questions")
    _process(db, kent_papers["record-of-decision"], "kent:rod")
    assert [r["id"] for r in db.query("SELECT id FROM meetings")] == ["kent:county-council:2025-03-13"]
    questions = db["documents"].get("kent:questions")
    assert (questions["role"], questions["meeting_id"]) == ("questions", "kent:county-council:2025-03-13")
    assert not db["items"].count_where("document_id = 'kent:questions'")
    found = {r["document_id"] for r in db.query(
        "SELECT document_id FROM pages WHERE rowid IN (SELECT rowid FROM pages_fts WHERE pages_fts MATCH 'answer')")}
    assert "kent:questions" in found
    rod = db["documents"].get("kent:rod")
    assert (rod["role"], rod["meeting_id"]) == ("record_of_decision", None)
    assert db["items"].count_where("document_id = 'kent:rod' AND meeting_id IS NULL")  # kept, searchable


def test_minutes_of_the_previous_meeting_go_to_that_meeting(db, kent_papers):
    """The 9 January minutes linked from the 30 January meeting (as they are
    put to it for approval) add nothing to 30 January: while 9 January is not
    held here they are left out with a warning; once it is, they are its
    facts, marked as approved as a correct record at the next meeting."""
    upsert_meeting(db, "kent", Meeting(committee="Cabinet", date="2025-01-30", source_id="9001"))
    previous = kent_papers["cabinet-2025-01-09-minutes"]
    title = "Minutes of the meeting held on 9th January 2025"
    placement = _process(db, previous, "kent:doc:prev", title=title, meeting_id="kent:9001", item_number="3")
    assert placement.role == "minutes" and placement.facts_meeting_id is None
    assert any("left out" in w for w in json.loads(db["documents"].get("kent:doc:prev")["warnings"]))
    assert not db["items"].count and not db["attendance"].count

    upsert_meeting(db, "kent", Meeting(committee="Cabinet", date="2025-01-09", source_id="8990"))
    _process(db, previous, "kent:doc:prev", title=title, meeting_id="kent:9001", item_number="3")
    assert _numbers(db, "kent:8990") == [str(n) for n in range(76, 84)] and not _numbers(db, "kent:9001")
    assert db["documents"].get("kent:doc:prev")["meeting_id"] == "kent:9001"
    source = db["meeting_sources"].get("kent:8990:kent:doc:prev")
    assert source["approved_record"] == 1 and source["role"] == "draft_minutes"


def test_a_pack_carrying_the_previous_minutes(db, kent_papers):
    """A reports pack opens with its meeting's agenda and carries the
    previous meeting's minutes for approval (here the real 30 January
    agenda frontsheet and 9 January minutes as one pack): the agenda is the
    30 January meeting's, the minutes' facts the 9 January meeting's."""
    from copy import deepcopy

    from models.records import Document
    from pipeline.parse import _segment_and_tag

    agenda = kent_papers["cabinet-2025-01-30-agenda"].document
    minutes = kent_papers["cabinet-2025-01-09-minutes"].document
    pages = deepcopy(agenda.pages + minutes.pages)
    for number, page in enumerate(pages, 1):
        page.number = number
    pack = _segment_and_tag(Document(path="pack.pdf", sha256="0" * 64, media_type="application/pdf", pages=pages))
    upsert_meeting(db, "kent", Meeting(committee="Cabinet", date="2025-01-09", source_id="8990"))
    upsert_meeting(db, "kent", Meeting(committee="Cabinet", date="2025-01-30", source_id="9001"))
    placement = _process(db, pack, "kent:doc:pack", title="Public reports pack 30th-Jan-2025 10.00 Cabinet",
                         meeting_id="kent:9001")
    assert placement.role == "reports_pack" and placement.approved_record
    assert _numbers(db, "kent:8990") == [str(n) for n in range(76, 84)] and not _numbers(db, "kent:9001")
    assert [r["number"] for r in db.query("SELECT number FROM agenda_items WHERE meeting_id = 'kent:9001' "
                                          "ORDER BY ordinal")] == [str(n) for n in range(1, 10)]
    assert db["meeting_sources"].get("kent:8990:kent:doc:pack")["pages"].startswith("3")


def test_one_item_from_two_sources_is_one_item(db, kent_budget):
    """The budget minutes from two sources of one meeting: each item is
    kept from both, but one copy speaks for the meeting, a rerun changes
    nothing, and withdrawing the better copy lets the other speak."""
    import copy

    printed = store_parsed(db, kent_budget, council="kent", document_source_id="printed")
    other = copy.deepcopy(kent_budget)
    other.items[-1].votes = []  # the web service's copy of the last item without its recorded votes
    web = store_parsed(db, other, council="kent", document_source_id="web")
    meeting = db["documents"].get(printed)["meeting_id"]
    numbers = _numbers(db, meeting)
    assert numbers == [str(n) for n in range(286, 292)]
    best = {r["number"]: r["document_id"] for r in db.query(
        "SELECT number, document_id FROM items WHERE meeting_id = ? AND superseded_by IS NULL", [meeting])}
    assert best["291"] == printed  # the copy that holds the recorded votes
    assert db["attendance"].count_where("meeting_id = ? AND superseded_by IS NULL", [meeting]) == \
        db["attendance"].count_where("document_id = ?", [printed])
    store_parsed(db, other, council="kent", document_source_id="web")
    assert _numbers(db, meeting) == numbers
    asyncio.run(_page_shows_each_fact_once(db, meeting))


async def _page_shows_each_fact_once(db, meeting):
    from datasette.app import Datasette

    from pipeline.publish import TEMPLATES

    path = db.conn.execute("PRAGMA database_list").fetchone()[2]
    ds = Datasette([path], template_dir=str(TEMPLATES))
    page = (await ds.client.get(f"/meeting/{meeting}")).text
    titles = re.findall(r"<h3>(.*?)</h3>", page)
    assert titles and len(titles) == len(set(titles)) == 6
    assert page.count("for 57, against 0, abstain 2") == 1
    assert page.count(">Mr R W Gough</a>") == 1  # in the attendance list once
    assert len(re.findall(r'class="cm-role"', page)) == 2  # both documents, as sources


# -- the whole pipeline ---------------------------------------------------------------------


@pytest.mark.slow
def test_kent_2025_papers_added_then_processed(tmp_path):
    """``minutes add`` of the Kent 2025 papers, then ``process``: one
    meeting row per real meeting, none named after a letterhead line;
    Cabinet 30 January 2025 has exactly items 84-92, each person listed
    once; a rerun changes nothing; the meeting page shows each item once."""
    db_path = tmp_path / "minutes.db"
    runner = CliRunner()
    result = runner.invoke(cli, ["--db", str(db_path), "add", *map(str, KENT_2025.values()), "--council", "kent",
                                 "--council-name", "Kent County Council"])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["--db", str(db_path), "process", "--workers", "2"])
    assert result.exit_code == 0, result.output
    db = open_db(db_path)
    meetings = sorted(r["id"] for r in db.query("SELECT id FROM meetings"))
    assert meetings == ["kent:cabinet:2025-01-09", "kent:cabinet:2025-01-30", "kent:cabinet:2025-03-13",
                        "kent:county-council:2025-02-13", "kent:county-council:2025-03-13"]
    assert _numbers(db, "kent:cabinet:2025-01-30") == [str(n) for n in range(84, 93)]
    assert [r["number"] for r in db.query("SELECT number FROM items WHERE meeting_id = 'kent:cabinet:2025-01-30'")] \
        == [str(n) for n in range(84, 93)]
    names = [r["name"] for r in db.query("SELECT name FROM attendance WHERE meeting_id = 'kent:cabinet:2025-01-30'")]
    assert all(names.count(person) == 1 for person in CABINET_LISTED) and len(names) == len(set(names))
    roles = {Path(r["title"]).stem: r["role"] for r in db.query("SELECT title, role FROM documents")}
    assert roles["2025-03-13_county-council_questions-and-answers"] == "questions"
    assert roles["2025-03-13_cabinet_public-reports-pack"] == "reports_pack"
    db = reprocess_changes_nothing(db, db_path, ("meetings", "items", "attendance", "agenda_items", "resolutions", "votes"))
    db.close()


@pytest.mark.slow
def test_replayed_meeting_keeps_its_facts_whatever_its_links_serve(tmp_path):
    """Gloucester's meeting 7837 links a public-questions paper, a report and
    its appendices (the replay serves other councils' minutes under them),
    and here also "Printed minutes" that are Kent's Cabinet of 30 January
    2025: none adds a fact; the meeting keeps its 5 items and 13 attendance
    rows from the web service."""
    import re as regex

    from pytest_httpserver import HTTPServer

    from models.records import Site
    from pipeline.crawl import scrape
    from pipeline.process import process_pending
    from scrapers.http import FetchPolicy, PoliteClient

    from replay import ReplaySite

    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        replay = ReplaySite(base_url=server.url_for("").rstrip("/"), extra_links=(
            ("65499", "Printed minutes 21st-Nov-2025 12.30 Cabinet", "2025-01-30_cabinet_printed-minutes.pdf"),))
        server.expect_request(regex.compile(".*")).respond_with_handler(replay.handle)
        db_path = tmp_path / "minutes.db"
        db = open_db(db_path)
        policy = FetchPolicy(min_interval=0, read_timeout=0.5, connect_timeout=0.5, attempts=2, backoff=0.05)
        with PoliteClient(policy=policy) as client:
            scrape(db, Site(slug="gloucester", base_url=replay.base_url, name="Gloucester City Council"),
                   tmp_path / "raw", client, date(2025, 10, 1), date(2025, 12, 31), ["129"])
        db.close()
        assert process_pending(db_path, workers=1, people_overrides=None)["failed"] == 0
    finally:
        server.clear()
        server.stop()
    db = open_db(db_path)
    meeting = "gloucester:7837"
    assert [r["number"] for r in db.query("SELECT number FROM items WHERE meeting_id = ? ORDER BY ordinal",
                                          [meeting])] == ["51", "52", "53", "54", "55"]
    statuses = [r["status"] for r in db.query("SELECT status FROM attendance WHERE meeting_id = ?", [meeting])]
    assert len(statuses) == 13 and statuses.count("present") == 7 and statuses.count("in_attendance") == 6
    assert not db["votes"].count_where("meeting_id != ? OR meeting_id IS NULL", [meeting])
    assert [r["id"] for r in db.query("SELECT id FROM meetings")] == [meeting]
    roles = {r["title"]: r["role"] for r in db.query("SELECT title, role FROM documents WHERE meeting_id = ?",
                                                       [meeting])}
    assert roles["Cabinet - Public Questions"] == "questions"
    assert roles["Appendix 1 Option 1 - Single Countywide Unitary"] == "appendix"
    assert roles["Final proposals for Local Government Reorganisation in Gloucestershire"] == "report"
    assert roles["Printed minutes 21st-Nov-2025 12.30 Cabinet"] == "minutes"
    foreign = db["documents"].get("gloucester:doc:65499")
    assert "another meeting" in foreign["warnings"] and "left out" in foreign["warnings"]
    assert db["pages"].count_where("document_id = ?", [foreign["id"]])  # still searchable
    db.close()
