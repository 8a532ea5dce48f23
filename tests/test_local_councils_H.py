"""Layouts read for the local councils below 95% and the numbering styles of dev-next (helper H, 2 Dec 2026): each
test reads the real fixture document (a typed line only beside it)."""

import time

from pipeline.tagging.names import posts_after_names_bracketed

from conftest import DEV_NEXT, attendance_by_status, parse_council


def test_numbered_attendance_sections_others_and_the_ward_councillors():
    # Stonehaven: "1.1 Attendance 1.1.1 SDCC Councillors Raymond Christie (RC), ... and Lindsay Wood (LW). 1.1.2
    # Councillors Councillor Agnew (Cllr A), Councillor Dickinson (Cllr D) and Councillor Robertson (Cllr R) 1.1.3 Others
    # The general public, Emma Storey Committee Officer for Kincardine and Mearns at Aberdeenshire Council, Bruce Stewart
    # Acting Area Manager at Aberdeenshire Council and Julia Lawrie Morrison, SDCC Minute Taker. 1.1.4 Apologies ..."
    found = attendance_by_status(parse_council("stonehaven-cc"))
    assert len(found["present"]) == 12 and "Lindsay Wood" in found["present"] and "Raymond Christie" in found["present"]
    assert sorted(found["in_attendance"]) == ["Bruce Stewart", "Councillor Agnew", "Councillor Dickinson",
                                              "Councillor Robertson", "Emma Storey", "Julia Lawrie Morrison"]
    assert len(found["apologies"]) == 3


def test_a_post_after_a_name_is_bracketed_and_its_and_parts_no_one():
    text = "Emma Storey Committee Officer for Kincardine and Mearns at Aberdeenshire Council, Bruce Stewart Acting Area Manager at Aberdeenshire Council and Julia Lawrie Morrison"
    assert posts_after_names_bracketed(text) == (
        "Emma Storey (Committee Officer for Kincardine and Mearns at Aberdeenshire Council), Bruce Stewart (Acting Area Manager"
        " at Aberdeenshire Council) and Julia Lawrie Morrison")
    # (a word no forename, or a post with no head, left as it is)
    assert posts_after_names_bracketed("Friends of Horsehay Pool and Environs") == "Friends of Horsehay Pool and Environs"
    started = time.perf_counter()
    posts_after_names_bracketed("Anne Smith " + "Aaa " * 3000 + "Officer for " + "b " * 3000)
    posts_after_names_bracketed("Anne Smith Officer for " + ", ; ( " * 1000)
    assert time.perf_counter() - started < 1


def test_community_councillors_titled_ccllr_and_officers_joined_by_an_ampersand():
    # Whalsay: "APOLOGIES: CCllr John Dally (JD) – Vice Chair Roselyn Fraser – Community Involvement & Michael Duncan –
    # External Funding Officer Development Officer (RF) & Community Council Liaison Officer (MD) Ryan Thomson – North Isles
    # Councillor (RT)" / "JL declared her interest as she is connected to the Whalsay Riding Club."
    parsed = parse_council("whalsay-cc")
    apologies = attendance_by_status(parsed)["apologies"]
    assert len(apologies) == 4 and "Roselyn Fraser" in apologies and "Michael Duncan" in apologies
    declared = {declaration.name for item in parsed.items for declaration in item.declarations}
    assert "CCllr Jackie Leslie" in declared


def test_also_present_run_together_with_the_public_counted_by_a_word():
    # Dawley Hamlets: "Also Present: Mark Latham, Ecology and Green Infrastructure Specialist, T&WC  Adrian Collins and Pat
    # Davies, Friends of Horsehay Pool and Environs Borough Councillor Jayne Greenaway One member of the public K Ewence
    # (Clerk)": a post joined by "and", a council's initials with "&" before the next name, a supporters' group, the
    # public counted between two people
    attending = attendance_by_status(parse_council("dawley-hamlets-pc"))["in_attendance"]
    assert attending == ["Mark Latham", "Adrian Collins", "Pat Davies", "Jayne Greenaway", "K Ewence"]


def test_the_council_met_where_the_agenda_says_for_the_council_to_note():
    # Nocton: "Councillors: Cllr. M. Clarke (Acting Council Chair), ..." / "3. Declarations of interest – for the Council
    # to note including dispensations presented to the Clerk"; no line names the council
    meeting = parse_council("nocton-pc").meeting
    assert meeting.council is None and meeting.committee == "Council" and meeting.date == "2021-06-23"


def test_a_minute_lettered_after_its_stop():
    # Morvern: "... will become effective October 2015. 5.a Police Report: (A Campbell) 5a.1 Morvern remains crime free.
    # ..." (5a.1-5a.3: sentences of 5.a's text, no items: the gold README's convention 3)
    numbers = [item.number for item in parse_council("morvern-cc", DEV_NEXT).items]
    assert numbers == ["1", "2", "3", "4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6", "5.a"]


def test_parts_numbered_with_a_stop_run_on_under_their_minute():
    # Deviock: "1. DECLARATION OF INTERESTS & REQUESTS FOR DISPENSATIONS TO SPEAK ON ITEMS ON THE AGENDA: 1.1. To receive
    # declarations of interest from councillors on items on the agenda 1.1.1. Cllr. J. P. Candy declared a disclosable
    # pecuniary interest ... 1.1.2. Cllr. S. J. Parry declared ..." / "1.2. To receive requests for dispensations ... (if
    # any) No requests were made. 1.3. To grant any requests for dispensations as appropriate It was noted ..."
    items = {item.number: item for item in parse_council("deviock-pc", DEV_NEXT).items}
    assert [number for number in items if number.startswith("1")] == ["1", "1.1", "1.2", "1.3"]
    assert items["1.3"].title.startswith("To grant any requests for dispensations as appropriate")
    assert [declaration.name for declaration in items["1.1"].declarations] == ["Cllr. J. P. Candy", "Cllr. S. J. Parry"]


def test_parts_numbered_with_a_stop_each_on_its_own_line_are_judged_as_parts():
    # Llanwarne: "4. Open discussion" / "4.1. View from local residents: There were no issues raised." / "4.2. Cllr Harlow had
    # sent a report ..." / ...: one part of four titled, so the minute's paragraphs, not items; "5.2. The Council RESOLVED
    # ..." is minute 5's resolution
    items = {item.number: item for item in parse_council("llanwarne-group-pc").items}
    assert not any("." in number for number in items)
    assert len(items["5"].resolutions) == 1


def test_members_by_ward_with_a_ward_lost_and_a_star_key_then_the_clerk():
    # Deviock: "PRESENT: Parish Cllrs. J. P. Candy, Chair, Seaton Ward * Ms. M. E. Temlett, Vice-Chair, Downderry Ward ...
    # Mrs. A. Robinson, Ward Mrs. A. Thorpe, Hessenford Ward Mrs. M. C. Williams, Seaton Ward * Also Councillor, Trelawny
    # Division T. Pullin (Clerk)"; "4. PLANNING: 4.1. PLANNING APPLICATIONS: 4.1.1. PA13/11080 Mr. S. Courtenay-Taylor ..."
    parsed = parse_council("deviock-pc", DEV_NEXT)
    found = attendance_by_status(parsed)
    assert len(found["present"]) == 10 and "Cllr Mrs. A. Thorpe" in found["present"]
    assert found["in_attendance"] == ["T. Pullin"]
    titles = {item.number: item.title for item in parsed.items}
    assert titles["4.1"] == "PLANNING APPLICATIONS" and titles["4.1.1"] == "PA13/11080"
    assert list(titles)[-3:] == ["4", "4.1", "4.1.1"]
