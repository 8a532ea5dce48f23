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
