"""Layouts read for the principal councils below 95% (helper G, 2 Dec 2026):
each test reads the real fixture document (a typed line only beside it)."""

import time

from pipeline.extract import _vote_table_as_sides
from pipeline.tagging.names import split_names

from conftest import attendance_by_status, parse_council


def test_the_civic_head_then_the_holder_is_one_person_and_offices_in_capitals_are_members():
    # Glasgow: "Present: The Lord Provost, Eva Bolander (Chair)." / 71 names in capitals run together / "DEACON
    # CONVENER" / "LORD DEAN OF GUILD" / "Apology: David Meikle."
    present = attendance_by_status(parse_council("glasgow-city"))["present"]
    assert len(present) == 74
    assert "Eva Bolander" in present and not any("Provost" in name for name in present)
    assert "the Deacon Convener" in present and "the Lord Dean of Guild" in present
    assert [name for name, _ in split_names("The Lord Mayor, Eva Bolander (Chair).")] == ["Eva Bolander"]


def test_a_report_submitted_to_cabinet_names_the_body_that_met():
    # Herefordshire: a ModernGov "Agenda and minutes" page naming no body; "The Health, Care and Wellbeing Scrutiny
    # Committee submitted a report to Cabinet following ..."
    assert parse_council("herefordshire").meeting.committee == "Cabinet"


def test_an_observer_councillor_under_a_district_committees_present_list_is_present():
    # North Norfolk: "when there were present:" / "Councillors" / ... / "A Yiasimi – Cromer Town Ward" / "Mrs A
    # Claussen-Reynolds - observer" / "Officers" / seven officers
    by_status = attendance_by_status(parse_council("north-norfolk"))
    assert len(by_status["present"]) == 22 and "Mrs A Claussen-Reynolds" in by_status["present"]
    assert len(by_status["in_attendance"]) == 7
    # at a community council the observer still attends: "... Jean Davies (Clerk): Ella Platt McClelland (observer)"
    attending = attendance_by_status(parse_council("glyn-ceiriog-cc")).get("in_attendance", [])
    assert any("McClelland" in name for name in attending)


def test_a_second_entry_after_the_following_member_declared_is_read():
    # Gwynedd: "The following member declared that he had an interest in relation to the item noted: Councillor Huw Wyn
    # Jones (a member of this Planning Committee), in item 8.4 ... The Member was of the opinion ... Councillor John
    # Pughe Roberts (a member of this Planning Committee), in item 8.1 (C23/0116/09/LL), because he had shares ..."
    declared = [d.name for item in parse_council("gwynedd").items for d in item.declarations]
    assert declared == ["Councillor Huw Wyn Jones", "Councillor John Pughe Roberts"]


def test_a_recorded_vote_run_into_its_paragraph():
    # Gwynedd: "... the following vote was recorded on the proposals:- In favour of Councillor Elwyn Edwards: (10)
    # Councillors:- Elwyn Edwards, ..., Gareth Coj Parry In favour of Councillor Gruffydd Williams: (4) Councillors:-
    # Anne Lloyd-Jones, ..., John Pughe Roberts Abstaining (0) RESOLVED to re-elect ..."
    votes = [vote for item in parse_council("gwynedd").items for vote in item.votes]
    assert len(votes) == 1
    vote = votes[0]
    assert (vote.kind, vote.for_count, vote.against_count, vote.abstain_count, vote.outcome) == ("recorded", 10, 4, 0, "carried")
    assert vote.members_for[0] == "Elwyn Edwards" and vote.members_against[-1] == "John Pughe Roberts"
    assert vote.members_abstain == [] and not vote.warnings


def test_a_vote_table_one_cell_a_line_keeps_its_columns():
    # Torridge 104: "A recorded vote was taken." / "Councillor" / "For" / "Against" / "Abstain" / "Cllr R Boughton" / "X" /
    # " " / ... / "Cllr D McGeough" / " " / " " / "X" / ... / "(Vote:  For 8, Abstentions 1)"
    parsed = parse_council("torridge")
    votes = {item.number: item.votes for item in parsed.items if item.votes}
    assert list(votes) == ["104"]
    vote = votes["104"][0]
    assert (vote.kind, vote.for_count, vote.against_count, vote.abstain_count, vote.outcome) == ("recorded", 8, None, 1, "carried")
    assert vote.members_abstain == ["Cllr D McGeough"] and "Cllr R Boughton" in vote.members_for
    # a hostile page: thousands of rows and cells still read at once
    hostile = "Councillor\n\nFor\n\nAgainst\n\n" + "Cllr A Bcd\n\n \n\n X \n\n" * 3000
    began = time.perf_counter()
    _vote_table_as_sides(hostile)
    assert time.perf_counter() - began < 1


def test_a_declarations_table_whose_heading_was_lost_is_an_item_of_its_own():
    # Cambridgeshire: "134. MINUTES: 7th DECEMBER 2010" / ... / "The following members declared personal interests under
    # Paragraph 8 of the Code of Conduct:" / "Councillor   Minute    Details" / "D Brown      138       Trustee of Burwell
    # Museum" / "Churchill 138 ..." / "Curtis 138 ..." / "Heathcock 138 ..."
    parsed = parse_council("cambridgeshire-cc")
    assert [item.number for item in parsed.items] == ["134", None]
    assert [d.name for d in parsed.items[1].declarations] == ["D Brown", "Churchill", "Curtis", "Heathcock"]
    assert not parsed.items[0].declarations and "declared" not in parsed.items[0].text
