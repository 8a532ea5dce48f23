import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"
PDF = FIXTURES / "pdf"


@pytest.fixture(scope="session")
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def gold():
    def load(name: str) -> dict:
        return json.loads((FIXTURES / "gold" / name).read_text())

    return load


@pytest.fixture(scope="session")
def kent_cabinet():
    """The Kent cabinet minutes of 2025-01-30, parsed once per session."""
    from pipeline.parse import parse_path

    return parse_path(PDF / "2025-01-30_cabinet_printed-minutes.pdf")


@pytest.fixture(scope="session")
def kent_budget():
    from pipeline.parse import parse_path

    return parse_path(PDF / "2025-02-13_county-council_budget_printed-minutes.pdf")
