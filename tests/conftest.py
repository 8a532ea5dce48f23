import json
import time
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


def child_pids(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                    found.append(int(entry.name))
            except (OSError, ValueError, IndexError):
                pass
    return found


def assert_gone(pids: list[int], within: float = 10.0) -> None:
    """Every one of ``pids`` has exited (or is a zombie) within ``within``
    seconds: the parse workers of a killed process die with it."""
    deadline = time.monotonic() + within
    alive = pids
    while alive and time.monotonic() < deadline:
        alive = [p for p in pids if Path(f"/proc/{p}").exists() and ") Z " not in Path(f"/proc/{p}/stat").read_text()]
        time.sleep(0.05)
    assert not alive, f"orphaned parse workers: {alive}"
