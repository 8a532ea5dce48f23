"""Score the parser and tagger against hand-checked gold facts.

    python -m pipeline.evaluate [GOLD_DIR] [--documents DIR ...]

Each gold file names a document (``corpus/pdf/kent-cc/...pdf``); it is looked
up by file name under the document folders (default: ``tests/fixtures``).
Facts are compared as sets per fact type; precision is left out ("-") where
the gold lists only some of the facts of that type (names in an attendance
list, organisations), since extra findings there are not errors.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from models.records import ParsedDocument

from .extract import ExtractionError
from .parse import parse_path

ROOT = Path(__file__).resolve().parents[1]


@dataclass
class Score:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    partial_gold: bool = False
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> Optional[float]:
        if self.partial_gold:
            return None
        found = self.true_positive + self.false_positive
        return self.true_positive / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positive + self.false_negative
        return self.true_positive / wanted if wanted else 1.0


def _compare(score: Score, gold: set, predicted: set, label: str) -> None:
    score.true_positive += len(gold & predicted)
    score.false_negative += len(gold - predicted)
    score.false_positive += len(predicted - gold)
    for fact in sorted(map(str, gold - predicted)):
        score.misses.append(f"{label}: missing {fact}")
    for fact in sorted(map(str, predicted - gold)):
        score.misses.append(f"{label}: unexpected {fact}")


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def score_document(gold: dict, parsed: ParsedDocument, scores: dict[str, Score], label: str) -> None:
    items_by_number = defaultdict(list)
    for item in parsed.items:
        items_by_number[item.number].append(item)

    if "meeting" in gold:
        expected = {(k, v) for k, v in gold["meeting"].items() if k in ("committee", "date", "council", "venue", "status") and v}
        got = {(k, getattr(parsed.meeting, k)) for k, _ in expected}
        _compare(scores["meeting"], expected, got, label)

    if "agenda_items" in gold:
        _compare(scores["items"], {("count", gold["agenda_items"])}, {("count", len(parsed.items))}, label)

    if "items" in gold:
        expected = {(n, title) for n, title in gold["items"]}
        got = set()
        for item in parsed.items:
            match = next((t for n, t in gold["items"] if n == item.number and item.title.startswith(t)), None)
            got.add((item.number, match if match else item.title))
        _compare(scores["items"], expected, got, label)

    if "attendance" in gold:
        counts = {}
        for record in parsed.attendance:
            counts[record.status] = counts.get(record.status, 0) + 1
        expected = {(status, facts["count"]) for status, facts in gold["attendance"].items()}
        got = {(status, counts.get(status, 0)) for status in gold["attendance"]}
        _compare(scores["attendance counts"], expected, got, label)
        names = scores["attendance names"]
        names.partial_gold = True
        expected_names = {(status, name) for status, facts in gold["attendance"].items() for name in facts.get("names", [])}
        got_names = {(a.status, a.name) for a in parsed.attendance}
        names.true_positive += len(expected_names & got_names)
        names.false_negative += len(expected_names - got_names)
        names.misses.extend(f"{label}: missing {f}" for f in sorted(map(str, expected_names - got_names)))

    if "resolutions" in gold:
        expected, got = set(), set()
        for number, facts in gold["resolutions"].items():
            expected.add((number, "count", facts["count"]))
            if "clauses" in facts:
                expected.add((number, "clauses", tuple(facts["clauses"])))
        scope = set(gold["resolutions"]) | {i.number for i in parsed.items if i.resolutions}
        for number in scope:
            found = [r for item in items_by_number.get(number, []) for r in item.resolutions]
            if not found and number not in gold["resolutions"]:
                continue
            got.add((number, "count", len(found)))
            if number in gold["resolutions"] and "clauses" in gold["resolutions"][number] or any(r.clauses for r in found):
                got.add((number, "clauses", tuple(c.label for r in found for c in r.clauses)))
        _compare(scores["resolutions"], expected, got, label)

    if "votes" in gold:
        expected, got = set(), set()
        for n, vote in enumerate(gold["votes"]):
            expected.add(_vote_fact(n, vote["item"], vote))
        predicted = [(item.number, v) for item in parsed.items for v in item.votes]
        for n, (number, vote) in enumerate(predicted):
            record = {
                "kind": vote.kind, "for": vote.for_count, "against": vote.against_count,
                "abstain": vote.abstain_count, "outcome": vote.outcome,
                "names": {"for": len(vote.members_for), "against": len(vote.members_against),
                          "abstain": len(vote.members_abstain)},
            }
            got.add(_vote_fact(n, number, record, shape=gold["votes"][0] if gold["votes"] else None))
        _compare(scores["votes"], expected, got, label)

    if "portfolio_holder" in gold:
        expected = set(gold["portfolio_holder"].items())
        got = {(i.number, i.portfolio_holder) for i in parsed.items if i.portfolio_holder and i.number in gold["portfolio_holder"]}
        got |= {(i.number, i.portfolio_holder) for i in parsed.items
                if i.portfolio_holder and i.number not in gold["portfolio_holder"] and i.number in {n for n, _ in gold.get("items", [])}}
        _compare(scores["portfolio holders"], expected, got, label)

    if "speakers" in gold:
        expected = {(number, _norm(name)) for number, names in gold["speakers"].items() for name in names}
        got = {(i.number, _norm(s.name)) for i in parsed.items for s in i.speakers if i.number in gold["speakers"]}
        _compare(scores["speakers"], expected, got, label)

    if "organisations" in gold:
        orgs = scores["organisations"]
        orgs.partial_gold = True
        names = {_norm(o.name) for o in parsed.organisations} | {
            _norm(re.sub(r"\s*\([^()]*\)$", "", o.name)) for o in parsed.organisations
        }
        for name in gold["organisations"]:
            if _norm(name) in names:
                orgs.true_positive += 1
            else:
                orgs.false_negative += 1
                orgs.misses.append(f"{label}: missing organisation {name}")


def _vote_fact(position: int, item: str, vote: dict, shape: Optional[dict] = None) -> tuple:
    """A vote as the gold describes it: counts and names where the gold has
    them, kind and outcome otherwise.  ``shape`` (a gold vote) says which
    fields the gold uses, so a prediction is compared on the same ones."""
    shape = shape or vote
    fields = [item]
    if "for" in shape:
        fields += [vote.get("for"), vote.get("against"), vote.get("abstain")]
    if "kind" in shape:
        fields.append(vote.get("kind"))
    fields.append(vote.get("outcome"))
    if "names" in shape:
        names = vote.get("names") or {}
        fields += [names.get("for"), names.get("against"), names.get("abstain")]
    return (position, *fields)


def find_document(name: str, folders: list[Path]) -> Optional[Path]:
    for folder in folders:
        for candidate in sorted(folder.rglob(f"*{Path(name).name}")):
            return candidate
    return None


def evaluate(gold_dir: Path, folders: list[Path]) -> tuple[dict[str, Score], list[str]]:
    scores: dict[str, Score] = defaultdict(Score)
    notes = []
    for gold_file in sorted(gold_dir.glob("*.json")):
        gold = json.loads(gold_file.read_text())
        path = find_document(gold["document"], folders)
        if path is None:
            notes.append(f"{gold_file.name}: document {gold['document']} not found; skipped")
            continue
        try:
            parsed = parse_path(path)
        except ExtractionError as exc:
            notes.append(f"{gold_file.name}: {exc} [{exc.kind}]; skipped")
            continue
        score_document(gold, parsed, scores, gold_file.stem)
    return dict(scores), notes


def format_table(scores: dict[str, Score]) -> str:
    lines = [f"{'fact type':20} {'gold':>5} {'found':>6} {'right':>6} {'precision':>9} {'recall':>7}"]
    for name, score in scores.items():
        precision = "-" if score.precision is None else f"{score.precision:.3f}"
        found = "-" if score.partial_gold else str(score.true_positive + score.false_positive)
        lines.append(
            f"{name:20} {score.true_positive + score.false_negative:5d} {found:>6} {score.true_positive:6d} "
            f"{precision:>9} {score.recall:7.3f}"
        )
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description="Precision and recall against gold facts.")
    parser.add_argument("gold_dir", nargs="?", default=str(ROOT / "tests" / "fixtures" / "gold"))
    parser.add_argument("--documents", action="append", default=None,
                        help="folder to find documents in (repeatable; default tests/fixtures)")
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args(argv)
    folders = [Path(d) for d in (args.documents or [str(ROOT / "tests" / "fixtures")])]
    scores, notes = evaluate(Path(args.gold_dir), folders)
    print(format_table(scores))
    for note in notes:
        print(f"note: {note}")
    if args.show_misses:
        for score in scores.values():
            for miss in score.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
