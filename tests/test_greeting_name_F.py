"""A greeting word opening a minute ("1. Welcome Liz Cowie, Highland Council Ward Manager, welcomed ...") is no name."""
from pathlib import Path

from pipeline.parse import parse_path

FIXTURES = Path(__file__).parent / "fixtures" / "dev-next" / "dev"


def test_greeting_opening_a_minute_is_not_read_as_an_officer():
    parsed = parse_path(next((FIXTURES / "boat-of-garten-cc").glob("*.txt")))
    assert not [a.name for a in parsed.attendance if a.name.startswith("Welcome")]
