"""Helper B's rules for layouts of tests/fixtures/dev-next, each test on the real fixture documents."""

from pathlib import Path

from models.records import Line
from pipeline.parse import parse_path
from pipeline.segment import _split_run_on_minutes

FIXTURES = Path(__file__).parent / "fixtures"


def _next(council: str):
    return parse_path(next((FIXTURES / "dev-next" / "dev" / council).iterdir()))


def _numbers(parsed) -> list:
    return [(item.number, item.title.split()[0]) for item in parsed.items]


def test_excerpt_first_minutes_run_on_from_the_attendance():
    # "... Apologies were received from: Alison Greggans 1. Welcome Liz Cowie, ... office bearers. 2. Scheme of ..."
    assert _numbers(_next("boat-of-garten-cc")) == [("1", "Welcome"), ("2", "Scheme")]
    # "... Gurpal Virdi and Bob Whatley 1. Apologies for Absence, ... declarations of interest. 2. Announcements ..."
    assert _numbers(_next("hounslow")) == [("1", "Apologies"), ("2", "Announcements")]
    # "... J Storie 1 Resident APOLOGIES were received from G James & M MacKenzie The Chairman ... 1. MINUTES OF LAST ..."
    assert _numbers(_next("plockton-cc")) == [("1", "MINUTES")]


def test_excerpt_minutes_headed_item_and_a_dash():
    # "... Officers’ Apologies: G Girvan ... Item 1 - Conflicts of Interest Statement ... Page 1 of 8 Item 2 - Apologies"
    assert _numbers(_next("arc21")) == [("1", "Conflicts"), ("2", "Apologies")]


def test_excerpt_numbers_without_attendance_before_are_not_cut():
    # the same run-on minute with no attendance before it: a list inside a minute, not the minutes
    text = ("The Council considered the report and the options set out in it at some length, with several members "
            "speaking to each in turn before the vote was taken on the recommendations of the working group as "
            "amended at the meeting, which were as follows 1. Minutes of each working group to be published. "
            "2. Officers to report back in the spring on the costs of the scheme and the options for its funding.")
    assert [line.text for line in _split_run_on_minutes(Line(text=text))] == [text]


def test_declarations_opened_by_a_sentence_before_the_attendance():
    # "... YN NEUADD Y DREF, LLANYMDDYFRI Declaration by Councillors of any Pecuniary & Non-Pecuniary interests entered in
    # the record book before commencement of the meeting. Cllr Ivor Jackson declared an interest in item 10 ... COUNCILLORS
    # PRESENT: ..."
    parsed = _next("llandovery-tc")
    declared = {d.name for item in parsed.items if item.number is None for d in item.declarations}
    assert {"Cllr Ivor Jackson", "Cllr Nigel Burgess", "Cllr Gina Jones", "Cllr Robin Ennion", "Cllr Edgar Jones"} <= declared
    assert [item.number for item in parsed.items][:2] == [None, "1"]


def test_the_last_named_for_lateness_is_no_apology_for_absence():
    # "Apologies for absence were received from Councillor Olivia Birch, ... Councillor Ellis Turrell and Councillor
    # Paul Appleby for lateness."
    parsed = _next("wolverhampton")
    apologies = [a.name for a in parsed.attendance if a.status == "apologies"]
    assert len(apologies) == 8 and not any("Appleby" in name for name in apologies)
    # (beside it, Bromley's "... Robert Evans and Richard Scoates; apologies for lateness were received from Councillor
    # Will Rowlands.": the four before lateness's own sentence stay)
    bromley = parse_path(next((FIXTURES / "dev" / "bromley").iterdir()))
    assert sum(1 for a in bromley.attendance if a.status == "apologies") == 4


def test_names_then_councils_ended_by_the_minutes_first_sentence():
    # "Officers’ Apologies: G Girvan Antrim & Newtownabbey Borough Council S Toland Belfast City Council J Green arc21
    # The Chair welcomed all to the meeting."
    apologies = [a.name for a in _next("arc21").attendance if a.status == "apologies"]
    assert {"G Girvan", "S Toland", "J Green"} <= set(apologies) and len(apologies) == 11


def test_one_councillor_of_two_councils_titled_twice():
    # "Apologies were also received from District Councillor J Cloke and County Councillor & District Councillor D. Ritchie."
    apologies = [a.name for a in _next("bungay-tc").attendance if a.status == "apologies"]
    assert len(apologies) == 5 and not any(name.strip() in ("County Councillor", "County Councillor &") for name in apologies)
