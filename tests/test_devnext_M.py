"""Layouts read for the dev-next principal and Scottish councils below 95% (helper M, 2 Dec 2026): each test reads
the real fixture document in tests/fixtures/dev-next/dev/."""

from functools import partial

from pipeline.tagging.names import split_names

from conftest import DEV_NEXT, attendance_by_status, parse_council

# every council of these tests is one of dev-next's
_next = partial(parse_council, folder=DEV_NEXT)


def test_a_committee_named_by_a_comma_list_of_its_subjects():
    # Cornwall: "MINUTES of a Meeting of the Environment, Heritage and Planning Portfolio Advisory Committee held in the
    # Trelawny Room, ..."
    assert _next("cornwall").meeting.committee == "Environment, Heritage and Planning Portfolio Advisory Committee"


def test_a_moderngov_page_names_its_body_in_the_vice_chair_it_appoints():
    # Rochdale, an "Agenda and minutes" page with no heading of its body: "That Councillor Zaheer be appointed Vice Chair
    # of Rochdale Township Committee for the remainder of the 2018/19 Municipal Year." / "... updated the Township
    # Committee on activities ..."
    assert _next("rochdale").meeting.committee == "Rochdale Township Committee"


def test_agreed_then_the_recorded_vote_is_one_vote_and_no_one_declares_under_it():
    # Plymouth 71: a declarations table ("Councillor Lawson" / "82" / "Employment" / "Pecuniary"), then "Councillor Tuohy
    # (Lord Mayor) introduced two procedural motions, ..." / "The motions were agreed." / "For (49)" / "Councillors
    # Allison, ..." / "Against (0)" / "Abstain (0)" / "Absent/ Did Not Vote (1)" / "Councillor Tuohy."
    item = next(item for item in _next("plymouth").items if item.number == "71")
    assert [(vote.kind, vote.for_count, vote.against_count, vote.outcome) for vote in item.votes] == [("recorded", 49, 0, "carried")]
    assert {declaration.name for declaration in item.declarations} == {"Councillor Lawson"}


def test_a_summary_table_row_of_apologies_and_declarations():
    # Causeway Coast and Glens, a table of contents with decisions: "2. Apologies Alderman Hillis, McCorkell; Councillors
    # Baird, Knight- McQuillan, McLaughlin, Nicholl, Peacock" / "3. Declarations of Members’ Interests Councillor
    # Chivers, McMullan"
    parsed = _next("causeway-coast-glens")
    apologies = attendance_by_status(parsed)["apologies"]
    assert len(apologies) == 7 and "Alderman Hillis" in apologies and any(name.endswith("McCorkell") for name in apologies)
    item = next(item for item in parsed.items if item.number == "3")
    assert item.title == "Declarations of Members’ Interests"
    assert sorted(declaration.name.split()[-1] for declaration in item.declarations) == ["Chivers", "McMullan"]


def test_honorary_aldermen_after_the_councillors_attend():
    # Milton Keynes: "Present: Councillor Richards (Mayor) Councillors Bald, ..., Wright and Zealley Aldermen Bristow and
    # Howell Apologies: ..."
    by_status = attendance_by_status(_next("milton-keynes"))
    assert len(by_status["present"]) == 51 and "Councillor Zealley" in by_status["present"]
    assert by_status["in_attendance"] == ["Alderman Bristow", "Alderman Howell"]
    # Lisburn and Castlereagh, whose aldermen are members: "The Right Worshipful the Mayor Councillor U Mackin" / "Deputy
    # Mayor Councillor A Grehan" / "Aldermen W J Dillon MBE, ..." / "Councillors N Anderson, ...": present
    lisburn = attendance_by_status(_next("lisburn-castlereagh"))
    assert sum(name.startswith("Alderman") for name in lisburn["present"]) == 6
    assert not any(name.startswith("Alderman") for name in lisburn.get("in_attendance", []))


def test_a_plural_title_after_a_list_is_not_a_surname():
    assert split_names("Councillors Bald, Zealley, Aldermen Bristow and Howell") == [
        ("Councillor Bald", None), ("Councillor Zealley", None), ("Alderman Bristow", None), ("Alderman Howell", None)]


def test_an_election_by_votes_per_candidate():
    # Tenterden 3499: "A vote was then taken anonymously via Zoom Polling. Cllr. Mrs. Curteis received three votes, Cllr.
    # Dr. Lovelidge received ten votes and there were two abstentions."
    item = next(item for item in _next("tenterden-tc").items if item.number == "3499")
    assert [(vote.kind, vote.for_count, vote.against_count, vote.abstain_count, vote.outcome) for vote in item.votes] == [
        ("show_of_hands", 10, None, 2, "carried")]


def test_a_declarations_table_header_and_its_first_row_on_one_line():
    # South Lanarkshire 1: "Councillor(s) Item(s) Nature of Interest(s) Hamilton Community Grant Application CL/46/18
    # Known to organisation Law Luncheon Club"
    item = next(item for item in _next("south-lanarkshire").items if item.number == "1")
    assert [declaration.name for declaration in item.declarations] == ["Hamilton"]


def test_an_outcome_in_two_words_inside_a_summary_row():
    # Causeway Coast and Glens: "9.1 Loan Application Approvals (Minute Item Amendment carried: 11) Drawdown 50% of the
    # loans and revisit" / "9.3 Party Group Leaders’ Forum Terms of Amendment carried: Reference (Minute Item 10) ..."
    votes = [(item.number, vote.kind, vote.outcome) for item in _next("causeway-coast-glens").items for vote in item.votes]
    assert votes == [("9.1", "unspecified", "carried"), ("9.3", "unspecified", "carried")]
