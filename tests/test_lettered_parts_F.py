"""Lettered parts of a whole-numbered minute ("6.a", "6b", "6c" under "6."), most titled: items (gold README rule 3)."""
from pathlib import Path

from pipeline.parse import parse_path

FIXTURES = Path(__file__).parent / "fixtures" / "dev-next" / "dev"


def test_lettered_parts_under_a_whole_numbered_minute_are_items():
    parsed = parse_path(next((FIXTURES / "buckworth-pc").glob("*.txt")))
    numbers = [item.number for item in parsed.items]
    assert numbers[numbers.index("6"):] == ["6", "6.a", "6b", "6c"]
    titles = {item.number: item.title for item in parsed.items}
    assert titles["6.a"] == "Financial Report"
    assert titles["6c"].startswith("A parishioner had been in contact")
    assert not titles["6"].endswith("6.a")
