"""Lines other councils print that this session's merged rules (helpers G and I) misread, found by review (helper N);
each typed line beside the real document its rule was written for, which must still read as it did."""

from pipeline.parse import parse_bytes
from pipeline.tagging.attendance import _columns_in_turn
from pipeline.tagging.names import split_names
from models.records import Line

from conftest import parse_council

_HEAD = "Minutes of the meeting of Barnby Parish Council held on 4 March 2024\n\n"
_PRESENT = "Present: Cllr A Smith (Chair), Cllr B Jones, Cllr C Brown\n\n"


def _parse(text: str, head: str = _HEAD):
    return parse_bytes((head + text).encode(), "minutes.txt")


def _names(parsed, status: str) -> list[str]:
    return [a.name for a in parsed.attendance if a.status == status]


def test_the_names_after_a_civic_heads_holder_are_more_members():
    # the rule: Glasgow's "Present: The Lord Provost, Eva Bolander (Chair)." (the office, then its holder: one person)
    assert split_names("The Lord Provost, Eva Bolander (Chair).") == [("Eva Bolander", "Chair")]
    # but the names after the holder are not each the holder in turn, the one before lost ("The Lord Mayor, Councillor
    # Jane Smith (Chair), Councillors Bob Jones, ..." kept only Ann Brown, with Bob Jones as her post)
    assert split_names("The Lord Mayor, Councillor Jane Smith (Chair), Councillors Bob Jones, Ann Brown and Carl White") == [
        ("Councillor Jane Smith", "Chair"), ("Councillor Bob Jones", None), ("Councillor Ann Brown", None),
        ("Councillor Carl White", None)]
    assert split_names("The Lord Provost, Eva Bolander (Chair), Bob Jones") == [("Eva Bolander", "Chair"), ("Bob Jones", None)]
    parsed = _parse("Present: The Lord Mayor, Councillor Jane Smith (Chair), Councillors Bob Jones, Ann Brown and Carl White.\n\n"
                    "1. Apologies\nNone.\n", head="Minutes of the meeting of Barnby City Council held on 4 March 2024\n\n")
    assert len(_names(parsed, "present")) == 4


def test_offices_in_capitals_under_the_members_are_civic_offices_not_officers_or_headings():
    # the rule: Glasgow's "DEACON CONVENER" / "LORD DEAN OF GUILD" under the members in capitals are members
    present = _names(parse_council("glasgow-city"), "present")
    assert len(present) == 74
    assert {"the Deacon Convener", "the Lord Dean of Guild"} <= set(present)
    # but not an officer ("CHIEF EXECUTIVE") nor an unnumbered heading ("OPEN FORUM") after them
    for after in ("CHIEF EXECUTIVE", "OPEN FORUM\nNo residents attended."):
        parsed = _parse(f"Present: The Mayor, Tom Hill (Chair).\nJOHN SMITH MARY JONES PETER BROWN SUSAN GREEN ALAN WHITE\n{after}\n"
                        "Apologies: Bob Lee.\n1. Apologies\nNone.\n")
        assert _names(parsed, "present") == ["Tom Hill", "John Smith", "Mary Jones", "Peter Brown", "Susan Green", "Alan White"]


def test_a_declarers_surname_alone_is_not_joined_to_the_matters_first_word():
    # the rule: Aberaeron's rows run together ("Councillor Phill Davies Planning application A200924 ... Councillor Rhys
    # Davies Planning applications ...")
    item = next(item for item in parse_council("aberaeron-tc").items if item.number == "606")
    assert [d.name for d in item.declarations] == ["Councillor Phill Davies", "Councillor Rhys Davies", "Councillor Rhodri Jones"]
    # but "Councillor Smith Item 6 Councillor Jones Item 7": Smith and Jones, not "Smith Item" and "Jones Item"
    for rows, names in (("Councillor Smith Item 6 Councillor Jones Item 7", ["Councillor Smith", "Councillor Jones"]),
                        ("Cllr Smith Minute 23/45 Cllr Jones Minute 23/46", ["Cllr Smith", "Cllr Jones"])):
        parsed = _parse(_PRESENT + f"1. Declarations of interest\n{rows}\n2. Planning\nNone.\n")
        assert [d.name for d in parsed.items[0].declarations] == names
    # nor is a line of names alone ("Councillor John Smith Councillor Mary Jones Councillor Peter Brown", those holding a
    # dispensation) rows of declarations, one of them "Councillor Peter"
    parsed = _parse(_PRESENT + "1. Declarations of interest\nThe following members hold dispensations for the precept:\n"
                    "Councillor John Smith Councillor Mary Jones Councillor Peter Brown\n2. Planning\nNone.\n")
    assert not {"Councillor Mary Jones", "Councillor Peter"} & {d.name for d in parsed.items[0].declarations}


def _votes(parsed):
    return [vote for item in parsed.items for vote in item.votes]


def test_a_run_in_recorded_vote_with_sides_named_by_the_amendment_or_initials():
    # the rule: Gwynedd's "In favour of Councillor Elwyn Edwards: (10) Councillors:- ... In favour of Councillor Gruffydd
    # Williams: (4) Councillors:- ... Abstaining (0) RESOLVED ..."
    gwynedd = [vote for vote in _votes(parse_council("gwynedd")) if vote.kind == "recorded"]
    assert [(v.for_count, v.against_count, v.abstain_count) for v in gwynedd] == [(10, 4, 0)]
    assert len(gwynedd[0].members_for) == 10 and len(gwynedd[0].members_against) == 4
    body = _PRESENT + "1. Motion on parking\nA recorded vote having been requested, the following vote was recorded:- {}\n2. Planning\nNone.\n"
    # "Against the Amendment: (5)" is a side, not more names for the amendment; "Abstaining (0) The amendment was lost."
    # names no one abstaining
    vote, = _votes(_parse(body.format("In favour of the Amendment: (3) Councillors:- Smith, Jones, Brown Against the Amendment: "
                                      "(5) Councillors:- Evans, Fox, Green, Hill, Ives Abstaining (0) The amendment was lost.")))
    assert (vote.for_count, vote.against_count, vote.outcome) == (3, 5, "lost")
    assert vote.members_for == ["Smith", "Jones", "Brown"] and vote.members_abstain == [] and not vote.warnings
    # a side this reader does not know ("Voting against: (5)"): no recorded vote with the other side's names as its own
    votes = _votes(_parse(body.format("In favour of the Amendment: (3) Councillors:- Smith, Jones, Brown Voting against: (5) "
                                      "Councillors:- Evans, Fox, Green, Hill, Ives Abstaining (1) Councillor Lee. The amendment was lost.")))
    assert not any(vote.kind == "recorded" for vote in votes)
    # three candidates' sides: no vote for and against, not the first two read as one carried 6 to 5
    votes = _votes(_parse(body.format("In favour of Councillor Smith: (6) Councillors:- Ash, Bell, Cole, Dale, Eyre, Ford In "
                                      "favour of Councillor Jones: (5) Councillors:- Gray, Hale, Ince, Kerr, Lamb In favour of "
                                      "Councillor Brown: (3) Councillors:- Moss, Nash, Owen Abstaining (0) RESOLVED to hold a second ballot.")))
    assert not any(vote.kind == "recorded" for vote in votes)
    # initials with their stops ("A. Smith") do not end the side's names
    vote, = _votes(_parse(body.format("For (3) Councillors:- A. Smith, B. Jones, C. Brown Against (2) Councillors:- D. Evans, "
                                      "E. Fox Abstaining (0) RESOLVED that the motion be approved.")))
    assert (vote.for_count, vote.against_count, vote.outcome) == (3, 2, "carried")
    assert vote.members_for == ["A. Smith", "B. Jones", "C. Brown"] and vote.members_against == ["D. Evans", "E. Fox"]


def test_a_declarations_table_inside_a_minute_leaves_the_minutes_decisions_with_it():
    # the rule: Cambridgeshire's "134. MINUTES: 7th DECEMBER 2010" / ... / "The following members declared personal
    # interests under Paragraph 8 of the Code of Conduct:" / "Councillor Minute Details" / rows, to the minute's end
    cambridgeshire = parse_council("cambridgeshire-cc")
    section = next(item for item in cambridgeshire.items if item.number is None and item.declarations)
    assert len(section.declarations) >= 4
    # but a planning minute's decisions after its table stay the planning minute's
    parsed = _parse(_PRESENT + "5. Planning applications\nThe following applications were considered.\nThe following members "
                    "declared personal interests in the applications below:\nCouncillor Minute Details\nB Jones 5 Neighbour "
                    "of applicant\n23/0001 Land at Church Lane: RESOLVED to support the application.\n23/0002 The Old Barn: "
                    "RESOLVED to object to the application.\n6. Finance\nRESOLVED to approve the payments.\n")
    assert [(item.number, len(item.resolutions)) for item in parsed.items] == [("5", 2), (None, 0), ("6", 1)]
    assert parsed.items[1].declarations
    # nor is a minute about interests under another title ("3. Members' Interests", "3. Code of Conduct") split in two,
    # its declarations given to an unnumbered item the minutes never printed
    for title in ("Members' Interests", "Code of Conduct", "Disclosable Pecuniary Interests"):
        parsed = _parse(_PRESENT + f"3. {title}\nThe Chairman invited declarations.\nThe following members declared personal "
                        "interests under the Code of Conduct:\nCouncillor Minute Details\nB Jones 5 Neighbour of applicant\n"
                        "4. Planning\nNone.\n")
        assert [item.number for item in parsed.items] == ["3", "4"]


def test_members_with_the_committees_they_chair_are_not_two_columns():
    # the rule: Port of Menteith's "Jim Riach, Chair Cllr Elaine Waterson" / ... (two columns flattened row by row)
    rows = [(1, Line(text="Ann Bell, Chair Tom Reid")), (1, Line(text="Joe Hart, Treasurer Sue Lamb")), (1, Line(text="Ian Ross"))]
    assert [line.text for _, line in _columns_in_turn(rows)] == ["Ann Bell (Chair),", "Joe Hart (Treasurer),", "Ian Ross, Tom Reid, Sue Lamb"]
    # but "David Smith, Chairman Planning Committee": what he chairs, not a person in a second column
    rows = [(1, Line(text="David Smith, Chairman Planning Committee")), (1, Line(text="Peter Brown, Vice-Chairman Finance Committee")),
            (1, Line(text="Mary Jones"))]
    assert _columns_in_turn(rows) == rows
    parsed = _parse("Present:\nDavid Smith, Chairman Planning Committee\nPeter Brown, Vice-Chairman Finance Committee\nMary Jones\n"
                    "In attendance: Jane Doe (Clerk)\n\n1. Apologies\nNone.\n")
    roles = {a.name: a.role for a in parsed.attendance if a.status == "present"}
    assert roles == {"David Smith": "Chairman Planning Committee", "Peter Brown": "Vice-Chairman Finance Committee", "Mary Jones": None}
    # where the left column's members are titled too, a title on the right marks no attendee: six members present
    parsed = _parse("Present:\nCllr John Smith, Chair Cllr Mary Jones\nCllr Peter Brown, Vice-Chair Cllr Ann Lee\nCllr Alan White, "
                    "Treasurer Cllr Tom Hill\nIn attendance: Jane Doe (Clerk)\n\n1. Apologies\nNone.\n",
                    head="Minutes of the meeting of Barnby Town Council held on 4 March 2024\n\n")
    assert len(_names(parsed, "present")) == 6 and _names(parsed, "in_attendance") == ["Jane Doe"]
    # nor "John Smith, Chairman North Ward": the ward he sits for (the wards were put on the next member as his posts)
    rows = [(1, Line(text="John Smith, Chairman North Ward")), (1, Line(text="Mary Jones, Vice-Chairman South Ward")),
            (1, Line(text="Alan White"))]
    assert _columns_in_turn(rows) == rows


def test_an_observer_by_courtesy_title_among_titled_councillors_attends():
    # the rule: North Norfolk's "Councillors" / "Mrs S A Arnold (Chairman)" / ... / "Mrs A Claussen-Reynolds - observer":
    # a councillor of the district listed with its members, present
    north_norfolk = parse_council("north-norfolk")
    assert any("Claussen-Reynolds" in name for name in _names(north_norfolk, "present"))
    # but "Mr D Evans (observer)" after members each titled Councillor at a district council's committee is not one of them
    head = "North Barnby District Council\nMinutes of a meeting of the Overview and Scrutiny Committee held on 4 March 2024\n\n"
    parsed = _parse("Present: Councillor A Smith (Chair), Councillor B Jones, Councillor C Brown, Mr D Evans (observer)\n\n"
                    "1. Apologies\nNone.\n", head=head)
    assert _names(parsed, "present") == ["Councillor A Smith", "Councillor B Jones", "Councillor C Brown"]
    assert _names(parsed, "in_attendance") == ["Mr D Evans"]


def test_a_report_to_cabinet_on_a_committees_own_page_does_not_name_who_met():
    # the rule: Herefordshire's Cabinet page ("The Health, Care and Wellbeing Scrutiny Committee submitted a report to
    # Cabinet ...") names no body but Cabinet's acts
    assert parse_council("herefordshire").meeting.committee == "Cabinet"
    # but a scrutiny committee's page that speaks of itself as "the Committee": its task group's report went to Cabinet
    page = ("Agenda and minutes\nVenue: Council Offices, Barnby\nContact: Jane Doe\nNo. | Item |\n---|---|\n"
            "APOLOGIES FOR ABSENCE To receive any apologies for absence. Minutes: Apologies were received from councillors Ann "
            "Brown and Bob Jones. |\n|\nTASK AND FINISH GROUP: HOUSING Minutes: The chair of the task and finish group submitted "
            "a report to Cabinet in March. Members of the Committee discussed the recommendations and noted the response. |\n")
    assert parse_bytes(page.encode(), "ieListDocuments_MId-1.txt").meeting.committee != "Cabinet"


def test_an_apology_then_apologised_as_how_is_still_an_entry():
    # the rule: "Councillors Katrina James and Huw Thomas apologised for their inability to attend" is a sentence, no
    # "Huw Thomas apologised" among the names
    parsed = _parse(_PRESENT + "1. Apologies for absence\nCllrs D Evans, E Fox and G Hill apologised.\n2. Planning\nNone.\n")
    assert not any("apologised" in name for name in _names(parsed, "apologies"))
    # but "Cllr D Evans – apologised (holiday)": the entry, a dash, how it came; Evans is not lost
    parsed = _parse(_PRESENT + "1. Apologies for absence\nCllr D Evans – apologised (holiday)\n2. Planning\nNone.\n")
    assert "Cllr D Evans" in _names(parsed, "apologies")


def test_a_civic_office_without_a_holder_before_a_plural_title_takes_none_of_its_list():
    # "The Lord Provost, the Depute Provost, Councillors Brown, White and Green": two offices, then three members (Brown
    # was read as the Depute Provost, or lost); "the Deputy Lord Mayor, Councillor Jones": the office and its holder
    assert split_names("The Lord Provost, the Depute Provost, Councillors Brown, White and Green") == [
        ("Lord Provost", None), ("Depute Provost", None), ("Councillor Brown", None), ("Councillor White", None),
        ("Councillor Green", None)]
    assert split_names("The Lord Mayor, Councillor Smith, the Deputy Lord Mayor, Councillor Jones, Councillors Brown and Green") == [
        ("Councillor Smith", "Lord Mayor"), ("Councillor Jones", "Deputy Lord Mayor"), ("Councillor Brown", None),
        ("Councillor Green", None)]


def test_a_vote_table_cut_short_by_a_row_it_cannot_read_is_not_carried():
    # the rule: Torridge's table one cell a line ("Councillor" / "For" / "Against" / "Abstain" / "Cllr R Boughton" / "X"
    # / ...): For (8), Abstain (1), carried
    torridge = [vote for vote in _votes(parse_council("torridge")) if vote.kind == "recorded"]
    assert [(v.for_count, v.abstain_count, v.outcome) for v in torridge] == [(8, 1, "carried")]
    # but a row of "Absent" before three members against: not "For (2)" and carried, the members against lost
    cells = ["Councillor", "For", "Against", "Abstain", "Cllr A Smith", "X", "Cllr B Jones", "X", "Cllr H Ives", " ", " ", "X",
             "Cllr C Brown", "Absent", "Cllr D Evans", " ", "X", "Cllr E Fox", " ", "X", "Cllr F Green", " ", "X"]
    text = ("Minutes of the meeting of the Planning Committee of Barnby District Council held on 4 March 2024\n\nPresent: "
            "Councillor A Smith (Chair), Councillor B Jones, Councillor D Evans, Councillor E Fox, Councillor F Green\n\n1. Land "
            "at Church Lane\nIt was proposed that the application be approved.\n\nA recorded vote was taken.\n\n"
            + "\n\n".join(cells) + "\n\n2. Any other business\nNone.\n")
    assert not any(vote.outcome == "carried" for vote in _votes(parse_bytes(text.encode(), "minutes.txt")))


def test_who_took_the_minutes_after_the_members_is_no_one_named():
    # the rule: Aberaeron's "... Diana Mace and Roger March. Denfer Morgan – Clerk to the Council": the clerk attends
    parsed = _parse("Present: Cllr A Smith (Chair), Cllr B Jones and Cllr C Brown. Jane Doe – Clerk to the Council\n\n"
                    "1. Apologies\nNone.\n")
    assert _names(parsed, "in_attendance") == ["Jane Doe"]
    # but "Minute Taker – Clerk": the post that took the minutes, no person called "Minute Taker"
    parsed = _parse("Present: Cllr A Smith (Chair), Cllr B Jones and Cllr C Brown. Minute Taker – Clerk\n\n1. Apologies\nNone.\n")
    assert not any("Minute" in a.name for a in parsed.attendance)


def test_members_for_with_a_side_against_apart_is_not_carried():
    # the rule (ae8d0cc): "For (8): ..." / "Abstain (1): ..." with no side against is carried (Torridge, above)
    # but "Against (4): ..." above a page's footer, then "For (3): ..." / "Abstain (1): ...": four against were not read
    # with the others, so the outcome is not known from them (it was lost, 3 to 4)
    parsed = _parse(_PRESENT + "1. Motion on parking\nA recorded vote was taken.\nAgainst (4): Cllr D Evans, Cllr E Fox, Cllr F "
                    "Green, Cllr G Hill\nPage 3 of 6\nFor (3): Cllr A Smith, Cllr B Jones, Cllr C Brown\nAbstain (1): Cllr H Ives\n"
                    "2. Planning\nNone.\n")
    assert not any(vote.outcome == "carried" for vote in _votes(parsed))
