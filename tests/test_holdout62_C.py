"""Layouts first met in hold-out 62 (read and folded into dev/ on 2 Dec 2026,
17th session), each pinned on the real document."""

from pipeline.evaluate import _name_key
from pipeline.parse import parse_path

from conftest import FIXTURES

DEV = FIXTURES / "dev"


def _parse(council: str):
    return parse_path(next((DEV / council).iterdir()))


def _people(parsed, status: str) -> set[str]:
    return {_name_key(a.name) for a in parsed.attendance if a.status == status}


def test_officer_line_after_the_members_line_without_a_comma():
    # "Councillors J Hunt, ..., J Lloyd" / "" / "Kathryn Hemensley (Town Clerk),": the officer is a name of her own
    parsed = _parse("wellington-tc")
    assert "j lloyd" in _people(parsed, "present")
    assert "kathryn hemensley" in _people(parsed, "in_attendance")
    assert len(_people(parsed, "present")) == 12  # the Mayor and eleven councillors


def test_officers_apology_on_its_own_line_after_the_members_full_stop():
    # "182. APOLOGIES" / "Councillors B Bowrah, L Russell-Cairns, J Reed." / "Gill Croucher (Assistant Clerk)"
    parsed = _parse("wellington-tc")
    assert _people(parsed, "apologies") == {"b bowrah", "l russell-cairns", "j reed", "gill croucher"}


def test_members_present_by_video_link_label():
    # "1. Members present by video link: Cllr Mr S Bailey (Chair), ..., Cllr Mrs C Owen In attendance by video link:
    # Judith Phillips (Clerk), County Cllr Ms E Durrant for 20 minutes between 8.30 & 8.50pm having previously given
    # apologies."
    parsed = _parse("llangors-cc")
    present = _people(parsed, "present")
    assert len(present) == 10
    assert {"s bailey", "c owen", "ven a jevons"} <= present  # ("Cllr Ven. A Jevons": a title's stop, not a sentence's)
    assert _people(parsed, "in_attendance") == {"judith phillips", "e durrant"}  # (for how long: no part of her name)


def test_how_often_a_council_meets_is_no_part_of_its_name():
    # "Draft Minutes of Llangors Community Council Bi Monthly Meeting Held Remotely on Tuesday 12th January 2021"
    assert _parse("llangors-cc").meeting.committee == "Llangors Community Council"


def test_a_community_councillors_title_ccllr_is_a_title_to_the_scorer():
    # Whalsay: "PRESENT: CCllr Jackie Leslie (JL) – Chair CCllr Margaret Hughson (MH) ..."
    assert _name_key("CCllr Anne Huntley") == _name_key("Anne Huntley")


def test_an_areas_councillor_listed_under_present_at_a_community_council_attends():
    # "PRESENT: ... CCllr William Polson (WP) Duncan Anderson – North Isles Councillor (DA) CCllr Anne Huntley (AH) Alec
    # Priest – North Isles Councillor (AP) CCllr Pete Gaines (PG)": a principal council's ward councillors (Convention 1)
    parsed = _parse("whalsay-cc")
    assert {"duncan anderson", "alec priest"} <= _people(parsed, "in_attendance")
    assert len(_people(parsed, "present")) == 5
    assert "ryan thomson" in _people(parsed, "apologies")  # (an apology stays an apology)


def test_a_councillor_named_after_the_public_counted():
    # "Members of the public: Seven plus Cllr Neil Byatt (Councillor from NKDC)": the public are not attendance, the
    # district councillor among them attends
    parsed = _parse("nocton-pc")
    assert _people(parsed, "in_attendance") == {"s baxter", "neil byatt"}


def test_an_apologies_headings_agenda_words_name_no_one():
    # "2. Apologies for absence from Councillors – to agree the reasons for absence (if any)" / "There were no apologies
    # as all Councillors were in attendance."
    assert _people(_parse("nocton-pc"), "apologies") == set()


def test_a_post_in_lower_case_after_a_name():
    # "In attendance – Cllr George Swapp and  George Carr temp. secretary and representing Dunnottar Woods"
    parsed = _parse("catterline-kinneff-dunnottar-cc")
    assert _people(parsed, "in_attendance") == {"george swapp", "george carr"}


def test_resolved_for_someone_to_act():
    # "5.2. The Council RESOLVED for Terry to carry out the usual maintenance days before the end of the year ..."
    parsed = _parse("llanwarne-group-pc")
    assert [len(item.resolutions) for item in parsed.items if item.number == "5"] == [1]


def test_a_plural_post_before_the_first_holders_name():
    # "In attendance: Mrs Kate Hughes (Clerk), and Parish Footpath Officers Declan Williams and Elizabeth Malcolm."
    parsed = _parse("llanwarne-group-pc")
    assert _people(parsed, "in_attendance") == {"kate hughes", "declan williams", "elizabeth malcolm"}


def test_a_first_minute_opening_with_whose_welcome():
    # "1. The Chair’s welcome to all Councillors and any members of the public sitting in observation and opening
    # remarks." before "2. Apologies for absence from Councillors – ...": the first minute, its title a sentence
    numbers = [item.number for item in _parse("nocton-pc").items]
    assert numbers == ["1", "2", "3", "4"]
