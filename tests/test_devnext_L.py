"""Helper L's rules for local councils of tests/fixtures/dev-next below 95% (2 Dec 2026), each test on the real
fixture document (a typed line only beside it)."""

from functools import partial

from models.records import Line
from pipeline.tagging.attendance import attendance_blocks
from pipeline.tagging.votes import find_votes

from conftest import DEV_NEXT, attendance_by_status, parse_council

# every council of these tests is one of dev-next's
_next = partial(parse_council, folder=DEV_NEXT)


def test_a_lists_groups_run_together_each_under_its_label():
    # Boat of Garten: "Present: Chairperson (Highland Council Ward Manager): Liz Cowie CC members: Ian Bashford, ...,
    # Brian Tolson and Peter Wright Ex officio: Cllr. Dave Fallows (part of meeting) Residents: Anna Barton, Malcolm Clark
    # (part of meeting) and Anne Goodall (part of meeting) Apologies were received from: Alison Greggans"
    found = attendance_by_status(_next("boat-of-garten-cc"))
    assert found["present"] == ["Ian Bashford", "Alison Fielding", "Kate Johnson", "Liz Johnstone", "Julie Mossman",
                                "Brian Tolson", "Peter Wright"]
    assert len(found["in_attendance"]) == 5 and "Liz Cowie" in found["in_attendance"] and "Anne Goodall" in found["in_attendance"]
    assert found["apologies"] == ["Alison Greggans"]


def test_a_chair_labelled_with_an_officers_post_attends():
    lines = [(1, Line(text="Present: Chairperson (Area Manager): Jo Bloggs")), (1, Line(text="Councillors: A Smith, B Jones"))]
    statuses = {record.name: record.status for _, _, record in attendance_blocks(lines)}
    assert statuses["Jo Bloggs"] == "in_attendance" and statuses["A Smith"] == "present"


def test_when_a_member_came_and_a_post_before_a_name_are_no_part_of_it():
    # Camborne: "PRESENT Councillor C Godolphin Chairman Councillor T Chalker Vice Chairman Councillor M Champion from point
    # mentioned Councillor J Chapman ..." / "In Attendance: ...; Community Network Manager Charlotte Chadwick; one member of
    # the public and one member of the press."
    found = attendance_by_status(_next("camborne-tc"))
    assert len(found["present"]) == 11 and "Councillor M Champion" in found["present"]
    assert "Charlotte Chadwick" in found["in_attendance"] and len(found["in_attendance"]) == 6


def test_carried_with_all_in_favour_is_unanimous():
    # Marnhull: "... on the first vote result was 3 for and 4 abstained ... this was carried with all in favour." then
    # "... this was carried on a majority of 7 for and 1 against."
    votes = [(vote.kind, vote.for_count, vote.against_count) for item in _next("marnhull-pc").items for vote in item.votes]
    assert ("unanimous", None, None) in votes and ("show_of_hands", 7, 1) in votes
    assert not any(kind == "unspecified" for kind, _, _ in votes)
    kinds = [vote.kind for _, _, vote in find_votes([(1, Line(text="The motion was carried, nem con."))])]
    assert kinds == ["unanimous"]
    kinds = [vote.kind for _, _, vote in find_votes([(1, Line(text="This was carried with all but one in favour."))])]
    assert kinds == ["unspecified"]


def test_matters_arising_opening_with_the_last_meetings_minute_number():
    # St Arvans: "2003.05 MATTERS ARISING NOT REPORTED ANYWHERE ELSE ON THE AGENDA 2002.05 KGF Playground – ... it was
    # resolved to ask Eddie Bennett to rake over molehills ..."
    parsed = _next("st-arvans-cc")
    assert [item.number for item in parsed.items] == ["2003.01", "2003.02", "2003.03", "2003.04", "2003.05", "2003.06", "2003.07"]
    resolved = {item.number: len(item.resolutions) for item in parsed.items if item.resolutions}
    assert resolved == {"2003.05": 1, "2003.06": 1}


def test_a_line_opening_with_another_councils_councillor_lists_those_attending():
    # Kings Caple: "Penny Brandram-Jones (PBJ), Andrew Eames (AE), ..." / "Ward Councillor Barry Durkin, 20 members of the
    # public, Liz Parry-Jones (LPJ) Clerk"
    found = attendance_by_status(_next("kings-caple-pc"))
    assert len(found["present"]) == 5
    assert len(found["in_attendance"]) == 2 and "Liz Parry-Jones" in found["in_attendance"]
