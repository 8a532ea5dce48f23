"""Layouts first met on councils nobody had read (hold-outs 16 and 61,
folded into the development corpus on 2 Dec 2026): each rule reads a way
of printing minutes that many councils share, tested on the real page."""

from pipeline.parse import parse_path
from models.dates import find_date

from conftest import FIXTURES

DEV = FIXTURES / "dev"


def _only(council: str):
    return parse_path(next((DEV / council).iterdir()))


def test_the_council_named_by_a_title_line_before_what_the_page_is():
    # Gosforth: "Parish Council Minutes - December 2013"; Hartlepool: "Council - Minutes of Proceedings – 21 June 2007";
    # Ryedale: "Council" / "Minutes of Proceedings" / "At the Ordinary Meeting of the District Council of held ..."
    assert _only("gosforth-pc").meeting.committee == "Parish Council"
    assert _only("hartlepool").meeting.committee == "Council"
    assert _only("ryedale").meeting.committee != "Proceedings"


def test_the_full_council_of_a_named_town_council_is_the_council():
    # Buckingham: "Minutes of a meeting of the Full Council of Buckingham Town Council held on Monday 13th March 2017"
    meeting = _only("buckingham-tc").meeting
    assert meeting.committee == "Buckingham Town Council" and meeting.date == "2017-03-13"


def test_the_last_meetings_minutes_agreed_name_the_body_but_not_the_date():
    # Gravesham, a ModernGov page with no heading: "The minutes of the Overview Scrutiny Committee held on Thursday,
    # 6 July 2023 were agreed and signed by the Chair."
    meeting = _only("gravesham").meeting
    assert meeting.committee == "Overview Scrutiny Committee" and meeting.date != "2023-07-06"
    assert meeting.council is None  # ("Most Council meetings can be viewed ...": no council named "Most")


def test_a_flattened_page_numbered_with_brackets():
    # Inverarity: "... HALL 1) PRESENT: Elizabeth ... 2) MINUTES OF PREVIOUS MEETING Due to ... 3) PLANNING 1)
    # 19/00602/FULL – ... 4) CORRESPONDENCE – Elizabeth had ... 5) TREASURER’S REPORT ... 6) INFRASTRUCTURE ..."
    items = [(item.number, item.title) for item in _only("inverarity-cc").items]
    assert items == [("1", "PRESENT"), ("2", "MINUTES OF PREVIOUS MEETING"), ("3", "PLANNING"), ("4", "CORRESPONDENCE"),
                     ("5", "TREASURER’S REPORT"), ("6", "INFRASTRUCTURE")]


def test_minute_numbers_of_letters_month_year_and_serial_and_a_date_with_commas():
    # Westleigh: "MH05/17.1: Apologies: Cllr K. Griffin, ..." / "MH05/17.2: Declaration of Interest and Dispensations";
    # "... held at the Village Hall on Wednesday 24th, May, 2017 at 7.30pm"
    parsed = _only("westleigh-pc")
    assert [item.number for item in parsed.items][:4] == ["MH05/17.1", "MH05/17.2", "MH05/17.3", "MH05/17.4"]
    assert parsed.meeting.date == "2017-05-24"
    assert find_date("on the 5th, April, 2017") == "2017-04-05"
    assert find_date("items 3, 4 and 5, May 2017 budget") is None  # (a comma after an ordinal only: a list is no date)


def test_a_declaration_opening_with_the_item_it_is_on():
    # Oxfordshire Cabinet, under "Declarations of Interest": "In relation to Item 7, Councillor Gant stated that, while
    # submissions have been received from neighbourhood forums in his division, he has had no involvement ..." and "In
    # relation to Item 7, Councillor Miller stated that he was a volunteer coach with Gosford All Blacks Rugby Club."
    declared = [d.name for item in _only("oxfordshire-cc").items if item.number == "100/23" for d in item.declarations]
    assert declared == ["Councillor Gant", "Councillor Miller"]


def test_minutes_of_a_page_flattened_into_paragraphs_run_on_from_line_to_line():
    # Stonehaven: "1. Chairperson’s Welcome, RC 1.1 Attendance 1.1.1 SDCC Councillors ..." (a paragraph), then "MOTION To
    # co-opt ... JS joined SDCC members around the table. ... 2. Minutes 2.1 Matters Arising from the Last Minutes ..."
    parsed = _only("stonehaven-cc")
    assert [item.number for item in parsed.items] == ["1", "2"]
    assert parsed.items[0].title.startswith("Chairperson’s Welcome") and parsed.items[1].title.startswith("Minutes")
    assert [v.kind for v in parsed.items[0].votes] == ["unanimous"] * 4  # the co-options, under the minute they were in


def _read_next(council: str):
    return parse_path(next((FIXTURES / "dev-next" / "dev" / council).iterdir()))


def test_the_body_that_met_said_in_a_sentence():
    # Cardiff: "294 THE COUNTY COUNCIL OF THE CITY & COUNTY OF CARDIFF The County Council of the City & County of
    # Cardiff met at County Hall, Cardiff on 22 March 2018 to transact the business set out in the Council summons ..."
    meeting = _read_next("cardiff").meeting
    assert (meeting.committee, meeting.date) == ("County Council", "2018-03-22")


def test_a_title_named_as_a_file_is():
    # Crewe: "1 Crewe TC Mins 10-05-18" / "Minutes of the meeting held on 10th May 2018"
    meeting = _read_next("crewe-tc").meeting
    assert (meeting.committee, meeting.date) == ("Crewe Town Council", "2018-05-10")


def test_lettered_paragraphs_that_each_say_resolved_are_two_resolutions():
    # East Cowton 2209.05: "a) Councillors received and approved statements of account ... it was resolved that once
    # such authorisation is granted she will log on ..." / ... / "b) It was resolved that the payments by cheque listed
    # below be ratified" (the gold README's convention 5: separate resolutions)
    resolutions = [r.text for item in _only("east-cowton-pc").items if item.number == "2209.05" for r in item.resolutions]
    assert len(resolutions) == 2 and "payments by cheque" in resolutions[1] and "payments by cheque" not in resolutions[0]


def test_a_member_of_this_committee_names_the_body_that_met():
    # Gwynedd, a ModernGov page with no heading: "Councillor Huw Wyn Jones (a member of this Planning Committee), in item
    # 8.4 (C23/0148/17/LL) on the agenda as he knew the family."
    assert _only("gwynedd").meeting.committee == "Planning Committee"


def test_another_councils_councillor_named_by_its_initials_attends():
    # Foulden, Mordington and Lamberton: "Present: Gregory Lauder-Frost (Chairman): ... Linda Trickett (Webmaster); Jim
    # Fullerton (SBC Cllr)" - a Scottish Borders councillor at the community council (the gold README's convention 1)
    status = {a.name: a.status for a in _only("foulden-mordington-lamberton-cc").attendance}
    assert status["Jim Fullerton"] == "in_attendance" and status["Linda Trickett"] == "present"
