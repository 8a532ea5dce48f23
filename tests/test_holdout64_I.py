"""Layouts first met in hold-out 64 (read and folded into dev/ on 2 Dec 2026, eighteenth session, helper I): each
test reads the real fixture document and asserts what a reader of the minutes needs."""

from pipeline.tagging.attendance import _columns_in_turn
from models.records import Line

from conftest import attendance_by_status, parse_council


def test_apologies_under_moderngovs_minutes_label():
    # Harrow: "2." / "Apologies for Absence" / "To receive apologies for absence (if any)." / "Minutes:" / "Received from
    # Councillor Sue Anderson, Portfolio Holder for Community Engagement and Accessibility, Councillor Phillip O'Dell,
    # Portfolio Holder for Housing, and Councillor Antonio Weiss, Non-Executive Cabinet Member."
    parsed = parse_council("harrow")
    apologies = {record.name: record.role for record in parsed.attendance if record.status == "apologies"}
    assert apologies == {"Councillor Sue Anderson": "Portfolio Holder for Community Engagement and Accessibility",
                         "Councillor Phillip O’Dell": "Portfolio Holder for Housing",
                         "Councillor Antonio Weiss": "Non-Executive Cabinet Member"}
    # Cheltenham: "Apologies" / "Councillor Clucas" / "Minutes:" / "Councillor Clucas had given her apologies.": the line
    # under the label is a sentence, not a second list
    assert attendance_by_status(parse_council("cheltenham"))["apologies"] == ["Councillor Clucas"]


def test_a_sentence_of_names_that_apologised_is_no_list():
    # Aberaeron: "605. APOLOGIES" / "Councillors Katrina James and Huw Thomas apologised for their inability to attend the
    # meeting."; Ceredigion: "Councillors Gareth Davies, ... and Sian Maehrlein apologised for their inability to attend"
    assert attendance_by_status(parse_council("aberaeron-tc"))["apologies"] == ["Councillor Katrina James", "Councillor Huw Thomas"]
    ceredigion = attendance_by_status(parse_council("ceredigion"))["apologies"]
    assert "Councillor Sian Maehrlein" in ceredigion and not any("apologised" in name for name in ceredigion)


def test_welsh_town_council_heading_and_clerk_after_the_members():
    # Aberaeron: "MINUTES OF A MEETING OF CYNGOR TREF HELD ON TUESDAY 10th NOVEMBER 2020 ..." / "PRESENT: Councillor Darryl
    # Evans (Chairman); Councillors Phill Davies, ..., Diana Mace and Roger March. Denfer Morgan – Clerk to the Council"
    parsed = parse_council("aberaeron-tc")
    assert parsed.meeting.committee == "Town Council" and parsed.meeting.date == "2020-11-10"
    found = attendance_by_status(parsed)
    assert len(found["present"]) == 10 and "Councillor Roger March" in found["present"]
    assert found["in_attendance"] == ["Denfer Morgan"]


def test_declarations_table_rows_run_together():
    # Aberaeron 606: "Councillor Phill Davies Planning application A200924 referred to in Minute 612c) below Councillor Rhys
    # Davies Planning applications A200799 and A200805 referred to in Minute 612a)&b) below Councillor Rhodri Jones
    # Allygraig Woodland - Minute 623iv)": one declaration per member, each with its own matter
    item = next(item for item in parse_council("aberaeron-tc").items if item.number == "606")
    declared = {d.name: d.text for d in item.declarations}
    assert list(declared) == ["Councillor Phill Davies", "Councillor Rhys Davies", "Councillor Rhodri Jones"]
    assert declared["Councillor Rhodri Jones"] == "Councillor Rhodri Jones Allygraig Woodland - Minute 623iv)"


def test_two_columns_flattened_row_by_row():
    # Port of Menteith: "Present :" / "Jim Riach, Chair Cllr Elaine Waterson" / "Peter Stewart, Vice-Chair David Mackie,
    # National Parks" / "Becky Saunders, Secretary (Minutes) PC Lorna Deans, Police" / "Claire Outterside, Treasurer Joyce
    # Kitching, HES" / "Robin Armstrong" / "Alastair Orr Ewing"
    found = attendance_by_status(parse_council("port-of-menteith-cc"))
    assert found["present"] == ["Jim Riach", "Peter Stewart", "Becky Saunders", "Claire Outterside", "Robin Armstrong",
                                "Alastair Orr Ewing"]
    assert found["in_attendance"] == ["Cllr Elaine Waterson", "David Mackie", "PC Lorna Deans", "Joyce Kitching"]
    # right-hand names with no body and no title are read as more members, after the left column
    rows = [(1, Line(text="Ann Bell, Chair Tom Reid")), (1, Line(text="Joe Hart, Treasurer Sue Lamb")), (1, Line(text="Ian Ross"))]
    assert [line.text for _, line in _columns_in_turn(rows)] == ["Ann Bell (Chair),", "Joe Hart (Treasurer),",
                                                                 "Ian Ross, Tom Reid, Sue Lamb"]


def test_a_range_of_minutes_under_one_heading():
    # Charlesworth: "49/16 COUNCIL MINUTES" / "50/16 - 51/16 ITEMS IN EXCLUSION" / "None" / "52/16 CHAIRMAN’S ANNOUNCEMENTS"
    items = [(item.number, item.title) for item in parse_council("charlesworth-pc").items]
    assert items[3:6] == [("49/16", "COUNCIL MINUTES"), ("50/16 - 51/16", "ITEMS IN EXCLUSION"),
                          ("52/16", "CHAIRMAN’S ANNOUNCEMENTS")]
    assert len(items) == 7


def test_members_declaring_by_their_initials_together():
    # Mudford: "Present: Stephen Bartlett (SB) Tony Cavalier TC; ... Kay Mackenzie KM" / "2 Declarations of Interests. KM
    # declared an interest in Item 7. ... TC and PS declared an interest in item 9.1 payments ..."
    item = next(item for item in parse_council("mudford-pc").items if item.number == "2")
    assert [d.name for d in item.declarations] == ["Kay Mackenzie", "Tony Cavalier", "Phil Sargent"]


def test_county_councillors_named_with_cc_after_them():
    # Leicestershire: "In attendance" / "Mr. P. Harrison CC, Mr. J. Poland CC, Mr. C. Smith CC, Mrs D. Taylor CC" /
    # "Apologies for absence were reported on behalf of Mr. V. Richichi CC.": the names, "CC" their post
    parsed = parse_council("leicestershire-cc")
    found = attendance_by_status(parsed)
    assert found["in_attendance"] == ["Mr. P. Harrison", "Mr. J. Poland", "Mr. C. Smith", "Mrs D. Taylor"]
    assert found["apologies"] == ["Mr. V. Richichi"]
    assert "present" not in found
