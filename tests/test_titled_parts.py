"""The gold README's conventions 3 and 4: a numbered part of a minute with a
title of its own ("2.1 Police report") is an item, after its parent; a
number on an untitled paragraph is not; facts printed in such a part are
keyed to it. Each test reads the real page."""

from pipeline.parse import parse_path

from conftest import FIXTURES

DEV = FIXTURES / "dev"


def _only(council: str):
    return parse_path(next((DEV / council).iterdir()))


def _items(council: str) -> list[tuple]:
    return [(item.number, item.title) for item in _only(council).items]


def test_parts_titled_before_a_full_stop_a_colon_or_a_dash():
    # Glencairn: "2. Reports" / "2. 1 Police report no police in attendance" / "2.2 Treasurers Report. JF gave report ..."
    # / "2.3 Resilience. Update from S. Maxwell ..." / "2.4 Cllr Woods noted that CC’s would be encouraged ...": a run
    # most of whose parts are titled, taken whole
    assert [n for n, _ in _items("glencairn-cc")] == ["1", "2", "2.1", "2.2", "2.3", "2.4", "3"]
    assert dict(_items("glencairn-cc"))["2.3"] == "Resilience"
    # Trunch, flattened: "4.1 County Councillor’s Report:- Attached. 4.2 District Councillor’s Report:- The Corporate ..."
    assert ("4.2", "District Councillor’s Report") in _items("trunch-pc")
    # Comrie: "3.0 / Actions from Previous Minutes" / "3.1 / Dog Fouling – JW No further updates ..."
    assert [n for n, _ in _items("comrie-cc")][-3:] == ["3.1", "3.2", "3.3"]
    # Brisley: "8.1 To receive a report on repairing the village sign." alone on its line
    assert ("8.1", "To receive a report on repairing the village sign") in _items("brisley-pc")


def test_three_levels_and_a_number_on_a_paragraph():
    # West Dereham: "4. Reports." / "4.1 Chairman’s Report. Due to ..." / "4.1.1 Appointment of New Clerk. From ..." / ...
    # / "4.2 Clerk’s Report. ..."; but "12. Open Forum" / "12.1 Mary Darton of Willow Farm had reported ...": a paragraph
    parsed = parse_path(DEV / "west-dereham-pc" / "2013-10-03_west-dereham-pc_draft-minutes.txt")
    numbers = [item.number for item in parsed.items]
    assert numbers[numbers.index("4"):numbers.index("4") + 8] == ["4", "4.1", "4.1.1", "4.1.2", "4.1.3", "4.1.4", "4.1.5", "4.2"]
    assert "12.1" not in numbers
    # Leigh: "19/041.1 Other Apologies District Councillor Councillor C Whittaker" (a titled part, whom it names after
    # its title), "19/043.1 None declared." (a sentence)
    leigh = _items("leigh-pc")
    assert ("19/041.1", "Other Apologies") in leigh and "19/043.1" not in [n for n, _ in leigh]


def test_facts_keyed_to_the_part_they_are_printed_in():
    # Glencairn: "2.3 Resilience. ... All agreed box to be left unlocked for ease of use in an emergency." (a vote in the
    # part); West Dereham: "5.3 Responsible Finance Officer (RFO). ... her appointment was approved nem con"
    assert [(i.number, len(i.votes)) for i in _only("glencairn-cc").items if i.votes] == [("2.3", 1)]
    parsed = parse_path(DEV / "west-dereham-pc" / "2013-10-03_west-dereham-pc_draft-minutes.txt")
    assert [i.number for i in parsed.items if i.votes] == ["5.3"]
    # Lampeter: "4.1 Minute 8.1: Planning Application: A170015: Cllr Elin Jones. 4.2 Minute 9.3.7: Request for ...": the
    # minute referred to, then the part's title
    assert dict(_items("lampeter-tc"))["4.1"] == "Minute 8.1: Planning Application"
    # Llangernyw: "2.1 AV – Invoice submitted for the costs under item 11.": a member's initials are no title; "4.1 Item
    # 4.1 - Iwan Ellis is meant to come ...": a reference before a sentence is none either
    assert [n for n, _ in _items("llangernyw-cc")] == ["1", "2", "3", "4"]


def test_a_part_run_on_at_the_end_of_its_minutes_paragraph():
    # Cookstown: "4 REPORT OF DIRECTOR OF ENVIRONMENTAL HEALTH & BUILDING CONTROL" / "A copy of the above report had been
    # previously circulated. The Committee adopted the report together with the following matters contained therein.
    # 4.1 Environmental Health" / "4.1.1 Cookstown Healthy Lives Programme 2014/15" / ...; and "3 PRESENTAITONS" / "3.1
    # Roads Service" (a lone titled part)
    items = _items("cookstown")
    assert [n for n, _ in items] == ["1", "2", "3", "3.1", "4", "4.1", "4.1.1", "4.1.2", "4.1.3"]
    assert dict(items)["4.1"] == "Environmental Health"
    assert _only("cookstown").items[4].text.endswith("contained therein.")


def test_a_heading_numbered_as_an_untitled_part_is_a_paragraph():
    # Jordanhill: "2.0 COMMUNITY POLICING REPORT" / "2.1 Police Scotland reported th" (the page cut short): a number
    # on the minute's paragraph, not an item
    assert [n for n, _ in _items("jordanhill-cc")] == ["2.0"]


def test_parts_cut_from_a_flattened_minute_and_titled_by_a_meetings_date():
    # Southside: "6. Reports from committees and meetings attended 6.1 EACC held on 19 November- Tim and Daniel attended
    # the meeting. ..." / "6.2 Winter Festivals Consultation, 24 November Joan and Daniel had attended ..." / "6.3 Civic
    # Forum, 1 December Joan and Bob had attend"
    items = _items("southside-cc")
    assert items[-3:] == [("6.1", "EACC held on 19 November"), ("6.2", "Winter Festivals Consultation"), ("6.3", "Civic Forum")]
