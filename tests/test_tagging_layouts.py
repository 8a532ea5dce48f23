"""Layouts of attendance, declarations and votes that many councils print,
each read by a general rule of the tagger and tested on the real page of a
development council that printed it."""

from pipeline.parse import parse_path

from conftest import FIXTURES

DEV = FIXTURES / "dev"


def _only(council: str):
    return parse_path(next((DEV / council).iterdir()))


def _names(parsed, status: str) -> list[str]:
    return [a.name for a in parsed.attendance if a.status == status]


def test_two_members_of_one_surname_in_a_list_are_two_people():
    # Northallerton: "AM/17/27 To receive apologies for absence: Cllrs Atkin, Atkin, Forster Resolved: Apologies are
    # accepted" (two members named Atkin sent apologies)
    assert _names(_only("northallerton-tc"), "apologies") == ["Cllr Atkin", "Cllr Atkin", "Cllr Forster"]


def test_a_councillor_of_a_numbered_ward_attends_a_community_council():
    # Jordanhill: "Present: Cllr. Martin BARTOS Partick West (Ward 12) Councillor Ms. Stephanie ADAMS (SA) Community
    # Councillor ..." (a Glasgow City councillor among the community councillors)
    parsed = _only("jordanhill-cc")
    assert "Cllr. Martin BARTOS" in _names(parsed, "in_attendance")
    assert "Cllr. Martin BARTOS" not in _names(parsed, "present")


def test_a_county_councillor_the_declarations_call_a_member_is_present():
    # Sesswick: "Cllr John Pritchard  County Councillor" in the list, and in the declarations table "Cllr J. D.
    # Pritchard 16/145 Personal Member is also the local county councillor who sits on the county planning committee"
    parsed = _only("sesswick-cc")
    assert "Cllr John Pritchard" in _names(parsed, "present")
    assert len(_names(parsed, "present")) == 7


def test_a_provost_councillors_and_a_guest_end_a_list_of_untitled_members():
    # Inverarity: "PRESENT: Elizabeth Steuart Fothringham (Chair); Carole Short (Secretary); ... Duncan Gourlay; Provost
    # Ronnie Proctor; Councillors Julie Bell and Angus McMillan Douglas; Sandra Hood (Headteacher)."
    parsed = _only("inverarity-cc")
    assert {"Ronnie Proctor", "Councillor Julie Bell", "Councillor Angus McMillan Douglas", "Sandra Hood"} <= set(
        _names(parsed, "in_attendance"))
    assert "Duncan Gourlay" in _names(parsed, "present")


def test_a_resolution_cut_into_the_title_at_a_councillors_title():
    # Buckingham: "835/16 Apologies for Absence RESOLVED to note that there were apologies from Cllrs. O’Donoghue,
    # Strain-Clark and Smith." (the heading cut from its text at "Cllrs.")
    item = next(item for item in _only("buckingham-tc").items if item.number == "835/16")
    assert [r.text for r in item.resolutions] == ["RESOLVED to note that there were apologies from Cllrs O’Donoghue, "
                                                  "Strain-Clark and Smith."]
