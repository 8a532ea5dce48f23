"""A local council's members listed by initials and surname: a councillor titled "Cllr" among them, and those bracketed
with a public body ("(NHS)"), attend (gold README convention 1); a titled chair listed first stays a member."""
from pathlib import Path

from pipeline.parse import parse_path

FIXTURES = Path(__file__).parent / "fixtures"


def _statuses(path: Path) -> dict:
    return {a.name: a.status for a in parse_path(next(path.glob("*.txt"))).attendance}


def test_titled_councillor_and_body_representatives_among_initialled_members_attend():
    status = _statuses(FIXTURES / "dev-next" / "dev" / "plockton-cc")
    assert status["Cllr I Campbell"] == "in_attendance"
    assert status["K Earnshaw"] == "in_attendance" and status["F McGeachan"] == "in_attendance"
    assert status["C M MacRae"] == "present" and status["J Storie"] == "present"


def test_titled_chair_listed_first_stays_a_member():
    status = _statuses(FIXTURES / "dev" / "monks-eleigh-pc")
    assert status["Cllr. J Clarke"] == "present"
