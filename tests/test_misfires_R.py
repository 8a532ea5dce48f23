"""Lines other councils print that this session's new rules misread, found by
review (helper R); each typed beside the real document its rule was written for."""

from pathlib import Path

from pipeline.evaluate import _name_key
from pipeline.parse import parse_bytes, parse_path

FIXTURES = Path(__file__).parent / "fixtures"

_HEAD = "Minutes of the meeting of Barnby Parish Council held on 4 March 2024\n\n"


def _parse(text: str):
    return parse_bytes(text.encode(), "minutes.txt")


def _names(parsed, status: str) -> list[str]:
    return [a.name for a in parsed.attendance if a.status == status]


def test_those_after_the_late_one_still_apologised_for_absence():
    # the rule: wolverhampton's "... Councillor Ellis Turrell and Councillor Paul Appleby for lateness." (the last, late)
    wolverhampton = parse_path(next((FIXTURES / "dev-next" / "dev" / "wolverhampton").iterdir()))
    assert not any("Appleby" in a.name for a in wolverhampton.attendance if a.status == "apologies")
    # but the late one first, then another's apology for absence: Jones is not lost with Smith
    parsed = _parse(_HEAD + "Present: Cllr J Smith (Chair), Cllr K Evans, Cllr P Price\n\n1. Apologies\n"
                    "Apologies were received from Cllr A Smith for lateness and from Cllr B Jones for absence.\n"
                    "2. Planning\nNone.\n")
    assert _names(parsed, "apologies") == ["Cllr B Jones"]


def test_how_long_one_stayed_does_not_swallow_the_next_entry():
    # the rule: llangors-cc's "County Cllr Ms E Durrant for 20 minutes between 8.30 & 8.50pm having previously given
    # apologies." (for how long, and when, to the entry's end)
    llangors = parse_path(next((FIXTURES / "dev" / "llangors-cc").iterdir()))
    assert {_name_key(a.name) for a in llangors.attendance if a.status == "in_attendance"} == {"judith phillips", "e durrant"}
    # "... Cllr B Jones for 30 minutes and Cllr C Brown.": Brown is the next entry, not part of Jones's note
    parsed = _parse(_HEAD + "Present: Cllr A Smith (Chair), Cllr B Jones for 30 minutes and Cllr C Brown.\n\n"
                    "Apologies: Cllr D Evans\n\n1. Declarations of interest\nNone.\n")
    assert _names(parsed, "present") == ["Cllr A Smith", "Cllr B Jones", "Cllr C Brown"]


def test_a_councillors_surname_with_a_lower_case_particle_is_a_name():
    # the rule: "2. Apologies for absence from Councillors – to agree the reasons ...": a title before lower-case words
    # names no one; "Cllr de Souza" was kept, "Cllr dos Santos" (a Portuguese particle) was dropped
    parsed = _parse(_HEAD + "Present: Cllr A Smith (Chair), Cllr dos Santos, Cllr B Jones\n\n"
                    "Apologies: Cllr ter Haar\n\n1. Declarations of interest\nNone.\n")
    assert _names(parsed, "present") == ["Cllr A Smith", "Cllr dos Santos", "Cllr B Jones"]
    assert _names(parsed, "apologies") == ["Cllr ter Haar"]


def test_a_local_councils_own_ward_after_a_members_name_is_no_principal_area():
    # the rule: somerford-pc's "Councillor J Wray Cheshire East (7.50pm)": a principal council's councillor attends
    somerford = parse_path(next((FIXTURES / "dev" / "somerford-pc").iterdir()))
    assert [a.name for a in somerford.attendance if a.status == "in_attendance"] == ["Councillor J Wray", "Clerk"]
    # but a town council's members with their own wards after their names ("South Hill", "Park West") are members
    parsed = _parse("Minutes of the meeting of Barnby Town Council held on 4 March 2024\n\nPresent: Councillor P Amies "
                    "(Chair), Councillor J Wray South Hill, Councillor K Lee Park West, Councillor R Cox East Sussex\n\n"
                    "1. Declarations of interest\nNone.\n")
    assert len(_names(parsed, "present")) == 3
    assert _names(parsed, "in_attendance") == ["Councillor R Cox"]  # (a county's councillor still attends)


def test_a_matter_that_could_not_be_resolved_for_others_is_no_resolution():
    # the rule: holdout-62's (now dev) "5.2. The Council RESOLVED for Terry to carry out the usual maintenance days ..."
    parsed = _parse(_HEAD + "Present: Cllr A Smith (Chair), Cllr B Jones\n\n1. Footpaths\nThe Council RESOLVED for the "
                    "Clerk to write to the landowner.\n2. Parking\nThe Chair said the issue could not be RESOLVED for "
                    "residents to use the car park until the landowner agreed.\n")
    assert [len(item.resolutions) for item in parsed.items] == [1, 0]


def test_a_long_list_of_names_and_posts_is_not_searched_whole_line_by_line(monkeypatch):
    # "Kathryn Hemensley (Town Clerk)," one a line (wellington-tc's rule): the list so far was searched whole for its last
    # name at every line, quadratic on a page of thousands of lines (3,000 lines: 25 s, against 16 s before the rule)
    from pipeline.tagging import attendance
    from recording import record

    spans, _ = record(monkeypatch, attendance, ("_ENDS_IN_A_NAME", "_ENDS_IN_NAME"))
    _parse(_HEAD + "Present: Cllr A Smith (Chair), Cllr B Jones\n" + "Jane Smyth (Clerk),\n" * 400 + "\n1. Planning\nNone.\n")
    assert spans and max(spans) <= 300


def test_an_elected_community_councillor_after_a_dash_is_a_member():
    # the rule: whalsay-cc's "Alec Priest – North Isles Councillor (AP)": a principal council's ward councillor attends
    whalsay = parse_path(next((FIXTURES / "dev" / "whalsay-cc").iterdir()))
    assert {"duncan anderson", "alec priest"} <= {_name_key(a.name) for a in whalsay.attendance if a.status == "in_attendance"}
    # but "John Smith – Elected Councillor (JS)" (elected, as against co-opted) is one of the community council's members
    parsed = _parse("Minutes of the meeting of Whalsay Community Council held on 4 March 2024\n\nPRESENT: CCllr Jackie "
                    "Leslie (JL) – Chair CCllr Margaret Hughson (MH) John Smith – Elected Councillor (JS) CCllr Anne "
                    "Huntley (AH) Alec Priest – North Isles Councillor (AP)\n\n1. Declarations of interest\nNone.\n")
    assert [a.name for a in parsed.attendance if a.status == "in_attendance"] == ["Alec Priest"]
