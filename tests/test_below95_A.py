"""Layouts read for the development councils below 95% (helper A, 2 Dec 2026):
each test reads the real fixture document (a typed line only beside it)."""

from pipeline.tagging.resolutions import is_resolution_start

from conftest import parse_council


def test_it_was_agreed_told_as_a_sentence_is_no_resolution():
    # Stocksfield: "It was AGREED to authorise the absences of Miss Brooks, ..." (23/10/144) and "After discussion, it was
    # AGREED unanimously to co-opt Mr Graham ..." (23/10/147): agreement told as a sentence, no "resolved" (the gold
    # README's convention 2); "It was resolved (proposed Mrs Dale, ...) ... to exclude the press ..." (23/10/146) is one
    parsed = parse_council("stocksfield-pc")
    resolved = {item.number: len(item.resolutions) for item in parsed.items if item.resolutions}
    assert resolved == {"23/10/146": 1}
    votes = {item.number: [vote.kind for vote in item.votes] for item in parsed.items if item.votes}
    assert votes == {"23/10/147": ["unanimous"]}  # ("AGREED unanimously": still a unanimous vote)
    # "AGREED: that the minutes be approved": the marker standing alone still opens a resolution
    assert is_resolution_start("AGREED: that the minutes be approved.")
    assert not is_resolution_start("It was AGREED to authorise the absences of Miss Brooks.")


def test_a_subject_representative_among_the_members_is_one_of_them():
    # Inverarity: "1) PRESENT: Elizabeth Steuart Fothringham (Chair); Carole Short (Secretary); Heather Anne Low (Planning
    # Representative; Louise Nicoll from 8pm (Treasurer); June Richardson; ... Provost Ronnie Proctor; Councillors Julie
    # Bell and Angus McMillan Douglas; Sandra Hood (Headteacher)."
    by_status: dict[str, list[str]] = {}
    for record in parse_council("inverarity-cc").attendance:
        by_status.setdefault(record.status, []).append(record.name)
    assert "Heather Anne Low" in by_status["present"] and len(by_status["present"]) == 8
    assert len(by_status["in_attendance"]) == 4 and "Sandra Hood" in by_status["in_attendance"]


def test_the_council_that_approves_its_own_council_meeting_minutes():
    # Penyffordd, naming no body in its heading ("Minutes of the Meeting held in the War Memorial Institute on"):
    # "42. Minutes of the Council Meeting held on 9th May and 1st June 2018" / "RESOLVED: these were approved as a
    # correct record and signed by the Chairman."
    meeting = parse_council("penyffordd-cc").meeting
    assert meeting.committee == "Council" and meeting.date == "2018-06-13"


def test_put_to_the_vote_and_with_abstentions_agreed():
    # Gosforth, under "5. Actions arising from the minutes.": "After some debate this motion was put to the vote and with 1
    # abstention was agreed."
    votes = [(item.number, vote.kind, vote.abstain_count, vote.outcome) for item in parse_council("gosforth-pc").items for vote in item.votes]
    assert votes == [("5", "show_of_hands", 1, "carried")]


def test_officers_by_post_alone_run_together():
    # Watford: "Officers: Managing Director Head of Democracy and Governance Communications and Engagement Section Head Town
    # Centre Manager (for minute numbers 20 to 31) Democratic Services Manager Member Development and Civic Officer (for
    # minute numbers 20 to 31) Committee and Scrutiny Officer 32. REVIEW OF WARD BOUNDARIES ..."
    attending = [record.name for record in parse_council("watford").attendance if record.status == "in_attendance"]
    assert attending == ["Mavis Tyrwhitt", "Norman Tyrwhitt", "Managing Director", "Head of Democracy and Governance",
                         "Communications and Engagement Section Head", "Town Centre Manager", "Democratic Services Manager",
                         "Member Development and Civic Officer", "Committee and Scrutiny Officer"]
    # (Cookstown's "Officers Chief Executive (Acting) Director of Corporate and Operational Services Director of ...
    # Head of Technical Services Clerk’s Secretary", read post by post already, keeps its six)
    cookstown = [record for record in parse_council("cookstown").attendance if record.status == "in_attendance"]
    assert len(cookstown) == 6


def test_a_principal_councils_area_after_a_councillors_name():
    # Somerford: "68/15 Present Councillor K Ogden (Chairman), Councillor G Silman (Vice Chairman), Councillor J Lockett,
    # Councillor P Amies , Councillor J Wray Cheshire East (7.50pm) and the Clerk.": the Cheshire East councillor attends
    # (README convention 1)
    parsed = parse_council("somerford-pc")
    attending = [record.name for record in parsed.attendance if record.status == "in_attendance"]
    assert attending == ["Councillor J Wray", "Clerk"]
    assert sum(record.status == "present" for record in parsed.attendance) == 4
    from pipeline.tagging import _AREA_AFTER_COUNCILLOR
    assert not _AREA_AFTER_COUNCILLOR.fullmatch("Councillor R Jones West Ward")
    assert not _AREA_AFTER_COUNCILLOR.fullmatch("Cllr B Cabbell Manners")


def test_the_body_whose_members_are_set_against_the_other_councillors_present():
    # North Yorkshire, headed only "North Yorkshire County Council" / "Minutes of the remote meeting held on Tuesday, 23rd
    # March 2021 ...": "570 | Members of the Executive, the Corporate Management Team and other Councillors present
    # introduced themselves, ..."
    meeting = parse_council("north-yorkshire-cc").meeting
    assert meeting.committee == "Executive" and meeting.council == "North Yorkshire County Council"
