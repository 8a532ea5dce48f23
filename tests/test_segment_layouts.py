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
