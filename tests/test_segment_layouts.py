"""Meeting headers and minute items of layouts many councils share, each
read from a development council's real page (the segmenter's rules, fixed
on 2 Dec 2026 for councils below 95%)."""

from pipeline.parse import parse_path

from conftest import FIXTURES

DEV = FIXTURES / "dev"


def _only(council: str):
    return parse_path(next((DEV / council).iterdir()))


def test_an_action_list_numbered_again_from_one_inside_a_minute():
    # Gosforth: "5. Actions arising from the minutes." / "1. Respond to LDNPA ref Walkmill Gardens ..." / ... /
    # "4. Check list of properties ..." / "5. Review CCTV document. Action – Mr Jacob, Mr Ancell.": the list's own 5
    # is no minute 5
    items = [(item.number, item.title) for item in _only("gosforth-pc").items]
    assert items[:5] == [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Chairman's opening remarks"),
                         ("4", items[3][1]), ("5", "Actions arising from the minutes")]
    assert items[3][1].startswith("Minutes of the previous meeting")
    assert "Review CCTV document" in _only("gosforth-pc").items[4].text


def test_a_minutes_tables_column_heads_flattened_after_the_preamble():
    # Lazonby: "... Apologies for absence were received from County Councillor Hilary Carrick. ITEM / ITEM BUSINESS
    # MINUTE No. 15/142 The filling of Council The Council considered nominations ..." then "15/143 Requests for ..."
    parsed = _only("lazonby-pc")
    assert [item.number for item in parsed.items] == ["15/142", "15/143", "15/144", "15/145"]
    assert parsed.items[0].title.startswith("The filling of Council")
    assert "MINUTE No" not in parsed.items[0].title


def test_the_first_minute_run_on_after_the_attendance_and_the_next_opening_their_lines():
    # Llanllawddog: "In the Chair – Councillor Peter Williams 40.Apologies Apologies for absence were received ..." /
    # "41Declarations of Interest No declarations recorded" / "42. Brechfa Forest West Wind Farm The Chair extended ..."
    parsed = _only("llanllawddog-cc")
    assert [item.number for item in parsed.items] == ["40", "41", "42"]
    assert [item.title.split()[0] for item in parsed.items] == ["Apologies", "Declarations", "Brechfa"]
    assert parsed.meeting.date == "2016-09-05"


def test_bilingual_titles_numbered_bare_in_a_flattened_page():
    # Llanbadrig: "... Cyng/Cllr Richard Griffiths 1 Croeso / Welcome Cadeiriwyd y cyfarfod ... 2 Datgan Diddordeb /
    # Declaration of Interest Roger Dobson – Wylfa Newydd (caniatad arbennig / special dispensation) ... There is no
    # update as yet from the Monitoring Officer. 9 Wylfa Newydd Cafwyd ddiweddariad ..."
    items = _only("llanbadrig-cc").items
    assert [(item.number, item.title) for item in items] == [
        ("1", "Croeso / Welcome"), ("2", "Datgan Diddordeb / Declaration of Interest"), ("9", "Wylfa Newydd")]
    assert items[1].text.startswith("Roger Dobson")


def test_an_excerpts_first_minute_with_paragraphs_numbered_in_brackets():
    # Snowdonia: "... Apologies Councillors Catrin Wager, Gethin Glyn Williams, Mr. Ceri Stradling. 1. Chairman’s
    # Announcements (1) the Chairman welcomed Councillor Wyn Ellis-Jones to the meeting."
    items = _only("snowdonia-npa").items
    assert [(item.number, item.title) for item in items] == [("1", "Chairman’s Announcements")]
    assert items[0].text.startswith("(1) the Chairman welcomed")


def test_a_numbered_paragraph_under_its_own_title_line():
    # Glasgow: "Glasgow City Council, City Chambers, Glasgow G2 1DU Emergency motion dealt with." / "1 The Director of
    # Governance and Solicitor to the Council intimated that, ...": the page's footer flattened before the title
    items = _only("glasgow-city").items
    assert [(item.number, item.title) for item in items] == [("1", "Emergency motion dealt with")]
    assert items[0].text.startswith("The Director of Governance")


def test_two_minutes_under_one_heading_and_the_skipped_one_taken_after():
    # Woore: "15123 DECLARATIONS OF ANY PECUNIARY INTERESTS ..." / "15125 and 15126 OPEN FORUMS It was proposed that
    # Standing Orders should be suspended ..." / "15124 PRESENTATION Mr Andrew Mortimer gave a presentation ..."
    items = _only("woore-pc").items
    assert [(item.number, item.title) for item in items] == [
        ("15122", "APOLOGIES FOR ABSENCE"), ("15123", "DECLARATIONS OF ANY PECUNIARY INTERESTS"),
        ("15125 and 15126", "OPEN FORUMS"), ("15124", "PRESENTATION")]
