"""Lines of other councils' minutes that rules written for one council's
layout must not misread.

Each rule below was written for a real development document (its test, on
that document, is in test_formats.py); a review of the fifteenth session's
rules found each of these lines, in the shape other councils print, read
wrongly by the rule as first written.  The sentences are typed here, beside
the real-document tests, because no fixture holds the counter-example.
"""

from pipeline.parse import parse_bytes


def _parse(text: str, name: str = "minutes.txt"):
    return parse_bytes(text.encode(), name)


def _names(parsed, status: str) -> list[str]:
    return [a.name for a in parsed.attendance if a.status == status]


def test_a_title_written_short_stays_with_its_holder():
    # Welsh "Cyng.", "Ald.", "Supt.": the stop after a title is not a stop between two names
    parsed = _parse("Minutes of the meeting of Llan Community Council held on 4 March 2024\n\n"
                    "Present: Cyng. J Jones (Chair), Cyng. K Evans, Ald. P Price, Supt. R Hughes\n\n"
                    "Apologies: Cyng. D Evans\n\n1. Declarations of interest\nNone.\n")
    assert _names(parsed, "present") == ["Cyng. J Jones", "Cyng. K Evans", "Ald. P Price", "Supt. R Hughes"]
    assert _names(parsed, "apologies") == ["Cyng. D Evans"]


def test_numbered_minutes_one_a_line_are_not_paragraphs_of_the_one_before():
    # the paragraph rule is for "C12/13.63" / "63.1"; a plain "2.2" / "2.3" are two minutes
    parsed = _parse("Minutes of the Parish Council meeting held on 4 March 2024\n\n"
                    "2.1\nApologies\nNone were received.\n\n2.2\nDeclarations of interest\nNone.\n\n"
                    "2.3\nMinutes of the last meeting\nApproved.\n")
    assert [i.number for i in parsed.items] == ["2.1", "2.2", "2.3"]


def test_a_year_in_a_title_is_not_the_minute_number():
    # "68. 08/09 Public Forum" carries its council year; "2. 24/25 Budget and Precept" is a title about a year
    parsed = _parse("Minutes of the Parish Council meeting held on 3 March 2025\n\n1. Apologies\nNone.\n\n"
                    "2. 24/25 Budget and Precept\nThe council agreed the budget.\n\n3. Planning\nNone.\n")
    assert [(i.number, i.title) for i in parsed.items][1] == ("2", "24/25 Budget and Precept")


def test_road_numbers_under_a_minute_are_not_planning_applications():
    parsed = _parse("Minutes of the Parish Council meeting held on 3 March 2025\n\n6. Apologies\nNone.\n\n"
                    "7. Highways\n7.1 A4086 – Speeding through the village was reported to the police\n"
                    "7.2 B4391 – Potholes near the school were reported to the county\n\n8. Planning\nNone.\n")
    assert [i.number for i in parsed.items] == ["6", "7", "8"]


def test_a_count_inside_an_attendance_list_does_not_end_it():
    # "... 1 Croeso / Welcome" is the first minute after a list; "1 Representative of ..." is someone in it
    parsed = _parse("Minutes of the Parish Council meeting held on 3 March 2025\n\n"
                    "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\n\n"
                    "In attendance: Bill Bloggs (Clerk), Cllr J Doe (County Council) and 1 Representative of Anglian "
                    "Water, PCSO K Smith, Cllr R Roe (District Council)\n\n1. Apologies\nNone.\n")
    attending = " ".join(_names(parsed, "in_attendance"))
    assert "K Smith" in attending and "R Roe" in attending


def test_an_elected_group_is_not_another_councils_councillors():
    parsed = _parse("Minutes of the Community Council meeting held on 3 March 2025\n\n"
                    "Present: A. Smith, B. Jones, S. Younger. Newly Elected Councillors, F. Melville & D. Morrison.\n\n"
                    "1. Apologies\nNone.\n")
    assert not any(a.role and "Newly" in a.role for a in parsed.attendance)


def test_members_declared_elected_declare_no_interest():
    parsed = _parse("Minutes of the Town Council meeting held on 3 March 2025\n\n"
                    "1. Election of committee members\nCouncillors Smith, Jones and Brown having been the only "
                    "candidates nominated were declared elected to the Finance Committee. Members noted the register of "
                    "interests.\n")
    assert [d for item in parsed.items for d in item.declarations] == []


def test_the_clerk_present_as_a_member_and_attending_is_one_person():
    parsed = _parse("Minutes of the Parish Council meeting held on 3 March 2025\n\n"
                    "Present: Cllr A Smith (Chairman), Cllr B Jones, J Bloggs\n\n"
                    "In attendance: J Bloggs (Parish Clerk)\n\n1. Apologies\nNone.\n")
    assert sum(1 for a in parsed.attendance if a.name.endswith("J Bloggs")) == 1


def test_members_abstaining_beside_a_unanimous_resolution_is_one_vote():
    parsed = _parse("Minutes of the Parish Council meeting held on 3 March 2025\n\n1. Apologies\nNone.\n\n"
                    "2. Village hall lease\nCllr Smith declared an interest and all the other members abstained from "
                    "voting on the matter. It was resolved unanimously to defer the item.\n")
    votes = [v.kind for item in parsed.items for v in item.votes]
    assert votes == ["unanimous"]


def test_a_full_council_page_naming_a_committee_chair_stays_the_councils():
    parsed = _parse("Agenda and minutes\n\nMinutes:\n\nCouncillor Smith, Chairman of the Audit and Scrutiny Committee, presented the annual "
                    "report of the work of the Committee. The report was noted by Council.\n", "ieListDocuments.txt")
    assert parsed.meeting.committee == "Council"


# Found by the review of the sixteenth session's rules (each line read wrongly by the rule as first written).

def test_a_committee_that_met_before_is_not_the_meeting():
    # _BODY_MET ("The County Council of ... met at County Hall ... on 22 March 2018", Cardiff) reads the opening only
    parsed = _parse("FOO PARISH COUNCIL\nMinutes of the meeting held on 3 May 2019 at 7.30pm in the Village Hall\n"
                    "Present: Cllr A Smith (Chairman), Cllr B Jones, Cllr C Brown\n1. Apologies\nNone.\n2. Planning\n"
                    "The Planning Committee met on 20 April 2019 and recommended no objection to the application.\n")
    assert (parsed.meeting.committee, parsed.meeting.date) == ("Foo Parish Council", "2019-05-03")


def test_minutes_to_be_approved_are_this_meetings():
    # _WERE_APPROVED ("... held on Thursday, 6 July 2023 were agreed and signed", Gravesham): done, not to be done
    parsed = _parse("Foo Parish Council\nPosted on 14 May 2019 by Clerk\nMinutes of the meeting held on 3 May 2019 - draft, "
                    "to be approved at the next meeting\nPresent: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\n"
                    "1. Apologies\nNone.\n")
    assert parsed.meeting.date == "2019-05-03"


def test_a_middle_name_in_a_run_of_titled_entries_and_posts():
    # titled_entries_run_on (Buckingham's "Mr. C. P. Wayman Town Clerk Mrs. N. Stockill Committee Clerk ...")
    parsed = _parse("Minutes of the meeting of Foo Town Council held on 3 May 2019\nPresent: Cllr A. Hobson Mayor Cllr John "
                    "David Smith Deputy Mayor Cllr C. Brown Mrs K. Lee Town Clerk\n1. Apologies\nNone.\n")
    people = {a.name: a.role for a in parsed.attendance}
    assert people.get("Cllr John David Smith") == "Deputy Mayor"


def test_titles_and_posts_after_a_run_of_surnames_are_no_members():
    # surnames_in_columns (Ryedale's "Councillors Acomb Joy Andrews Paul Andrews ...", Hartlepool's columns)
    for tail in ("Officers Mrs K Lee Town Clerk", "Mr T Hughes (Clerk)"):
        parsed = _parse("Minutes of the meeting of Foo Town Council held on 3 May 2019\nPresent: Councillors Smith Jones Brown "
                        f"Green White Black Gray Hall Lee Wood {tail}\n1. Apologies\nNone.\n")
        present = _names(parsed, "present")
        assert not any(name in ("Councillor Mr", "Councillor Mrs", "Councillor Town", "Councillor Officers") for name in present)


def test_a_date_under_the_next_meeting_heading_is_no_minute():
    # "6. Date of next meeting" / "7 June 2019.": the date's day is no minute number (7 follows 6)
    parsed = _parse("Minutes of the meeting of Foo Parish Council held on 3 May 2019\nPresent: Cllr A Smith, Cllr B Jones, "
                    "Cllr C Brown\n1. Apologies\nNone.\n2. Minutes\nApproved.\n3. Matters arising\nNone.\n4. Planning\n"
                    "1. 19/0001 Extension at 1 High Street. No objection.\n2. 19/0002 Garage at 2 Low Road. No objection.\n"
                    "5. Finance\nThe clerk presented the accounts.\n6. Date of next meeting\n7 June 2019.\n")
    assert [(item.number, item.title) for item in parsed.items][-1] == ("6", "Date of next meeting")
    assert "7 June 2019" in parsed.items[-1].text
