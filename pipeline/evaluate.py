"""Score the parser and tagger against hand-checked gold facts.

    python -m pipeline.evaluate [GOLD_DIR] [--documents DIR ...]
    python -m pipeline.evaluate --by-council [--save scores.json] [--against old.json]

Each gold file names a document (``corpus/pdf/kent-cc/...pdf``); it is looked
up by file name under the document folders (default: ``tests/fixtures``).
Facts are compared as sets per fact type; precision is left out ("-") where
the gold lists only some of the facts of that type (names in an attendance
list, organisations), since extra findings there are not errors.

``--by-council`` groups the scores by the gold's ``council`` and adds a
leave-one-council-out summary: for each council, the share of facts right
on all the *other* councils.  A rule written for one council's layout is
worth keeping only if that column does not fall; ``--save`` and
``--against`` compare two runs council by council to show it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from models.records import ParsedDocument


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
    return re.sub(r"\s+", " ", text.replace("’", "'").replace("‘", "'").replace("–", "-").replace("—", "-")).strip().lower()


_TITLES = re.compile(
    r"\b(?:councill?ors?|c?cllrs?|c?clrs?|county|district|dist|borough|unitary|city|ward|town|parish|community|mr|mrs|ms|miss|mx|dr|prof|professor|rev|revd|reverend|canon|"
    r"sir|dame|lady|lord|alderman|ald|provost|pc|pcso|cso|sgt|sergeant|insp|inspector|chief inspector|superintendent|chief superintendent|constable)\b\.?", re.IGNORECASE)  # police ranks too


def _name_key(name: Optional[str]) -> str:
    """A name as a person reads it: without titles, dots, case or spacing
    (``Cllr. J. Smith`` and ``Councillor J Smith`` are one person)."""
    if not name:
        return ""
    name = re.sub(r"\([^()]*\)", " ", name)
    name = re.sub(r"^([A-Z][A-Z’'-]{2,}),\s*(.+)$", r"\2 \1", name)  # "ADDENBROOKE, Sarah": surname first
    name = re.sub(r"^([A-Z][\w’'-]+),\s*((?:(?:Mrs|Mr|Miss|Ms|Dr)\.?\s)?(?:[A-Z]\.?\s?){1,4})$", r"\2 \1", name)  # "Allen, F.W.C."
    name = re.sub(r"^[A-Z]{2,5}\s+(?=(?:Councillors?|Cllrs?|C?Clrs?)\b)", "", name)  # "PKC Councillor Barnacle": the council's initials
    # honours and a clerk's qualifications ("Mrs. Sarah Jeffries MILCM")
    name = re.sub(r"\b(?:M\.?B\.?E|O\.?B\.?E|C\.?B\.?E|K\.?B\.?E|D\.?B\.?E|B\.?E\.?M|J\.?P|MP|MLA|MSP|MEP|MILCM|FILCM|CiLCA|CILCA|PSLCC|FSLCC|FRICS|QPM|MVO|CVO)\b\.?",
                  " ", name)
    name = _TITLES.sub(" ", name)
    name = re.sub(r"(?<=\w)-\s+(?=\w)", "-", name)  # "Paul Colam- French": a name broken at a line's end
    name = re.sub(r"[.,’']", " ", name)
    return re.sub(r"\s+", " ", name).strip().lower()


def _surname(name: Optional[str]) -> str:
    words = _name_key(name).split()
    return words[-1] if words else ""


def _body_key(text: Optional[str], council: Optional[str] = None) -> str:
    """A meeting body compared without case, a leading "the", "meeting of",
    or the council's own name in front."""
    if not text:
        return ""
    # (commas are not part of a name: "Meldrum, Bourtie & Daviot Community Council" is printed without them too)
    # ("St. Monans and Abercrombie Community Council" is "St Monans ..." too)
    text = _norm(text).replace("&", "and").replace(",", "").replace(".", "")
    text = re.sub(r"^(?:the\s+)?(?:(?:annual|special|extraordinary|ordinary|general)\s+)?(?:meeting of (?:the\s+)?)?", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"^(?:full|(?:full\s+)?(?:(?:group\s+)?parish|town|community|borough|district|county|city))\s+council(?:\s+meeting)?$", "council", text)
    if council:
        name = re.sub(r"^the\s+", "", _norm(council).replace("&", "and").replace(",", "").replace(".", ""))  # "The Highland Council"
        if text == name:
            return "council"  # "Epping Forest District Council": the full council met
        for candidate in (name, re.sub(r"(?<!\s)\s+(?:council|borough council|district council|county council|city council)$", "", name)):
            if candidate and text.startswith(candidate + " ") and len(text) > len(candidate) + 1:
                text = text[len(candidate) + 1:]
                break
    return text


def _number_key(number: Optional[str]) -> Optional[str]:
    if number is None:
        return None
    return str(number).strip().rstrip(".:) \t\n").replace("\\", "")


def score_document(gold: dict, parsed: ParsedDocument, scores: dict[str, Score], label: str) -> None:
    items_by_number = defaultdict(list)
    for item in parsed.items:
        items_by_number[_number_key(item.number)].append(item)

    if "meeting" in gold:
        council = gold.get("council_name") or gold["meeting"].get("council")
        expected, got = set(), set()
        for key, value in gold["meeting"].items():
            if key not in ("committee", "date", "council", "venue", "status") or not value:
                continue
            found = getattr(parsed.meeting, key)
            if key == "committee":
                expected.add((key, _body_key(value, council)))
                # The parser's own council name, as printed ("Trafford Borough Council" where the gold
                # gives the official "... Metropolitan Borough Council"), met: the full council.
                printed = parsed.meeting.council
                got.add((key, "council" if found and printed and _norm(found) == _norm(printed)
                         else _body_key(found, council) or None))
            else:
                expected.add((key, value))
                got.add((key, found))
        _compare(scores["meeting"], expected, got, label)

    if "agenda_items" in gold:
        _compare(scores["items"], {("count", gold["agenda_items"])}, {("count", len(parsed.items))}, label)

    if "items" in gold:
        expected = {(_number_key(n), _norm(title)) for n, title in gold["items"]}
        got = set()
        for item in parsed.items:
            number, title = _number_key(item.number), _norm(item.title)
            match = next((t for n, t in expected if n == number and (title.startswith(t) or t.startswith(title) and title)),
                         None)
            got.add((number, match if match else title))
        _compare(scores["items"], expected, got, label)

    if "attendance" in gold:
        counts = {}
        for record in parsed.attendance:
            counts[record.status] = counts.get(record.status, 0) + 1
        # (a status the gold names people for without counting them is compared by name only)
        expected = {(status, facts["count"]) for status, facts in gold["attendance"].items() if "count" in facts}
        got = {(status, counts.get(status, 0)) for status, facts in gold["attendance"].items() if "count" in facts}
        _compare(scores["attendance counts"], expected, got, label)
        names = scores["attendance names"]
        names.partial_gold = True
        expected_names = {(status, _name_key(name)) for status, facts in gold["attendance"].items()
                          for name in facts.get("names", [])}
        got_names = {(a.status, _name_key(a.name)) for a in parsed.attendance}
        # A gold name given by surname alone ("Rogers", where the page ran "AndrewRogers"
        # together) is found by a name the parser read whole with that surname.
        got_names |= {(status, key.split()[-1]) for status, key in got_names if key}
        # A gold name written as printed, run together ("EwenHardie", "CarolBeattie"), is found by the
        # parser's reading with the space put back.
        got_names |= {(status, key.replace(" ", "")) for status, key in got_names if " " in key}
        names.true_positive += len(expected_names & got_names)
        names.false_negative += len(expected_names - got_names)
        names.misses.extend(f"{label}: missing {f}" for f in sorted(map(str, expected_names - got_names)))

    if "resolutions" in gold:
        expected, got = set(), set()
        wanted = {_number_key(n): facts for n, facts in gold["resolutions"].items()}
        for number, facts in wanted.items():
            expected.add((number, "count", facts["count"]))
            if "clauses" in facts:
                expected.add((number, "clauses", tuple(str(c).lower() for c in facts["clauses"])))
        scope = set(wanted) | {_number_key(i.number) for i in parsed.items if i.resolutions}
        for number in scope:
            found = [r for item in items_by_number.get(number, []) for r in item.resolutions]
            if not found and number not in wanted:
                continue
            got.add((number, "count", len(found)))
            if number in wanted and "clauses" in wanted[number] or any(r.clauses for r in found):
                got.add((number, "clauses", tuple(c.label.lower() for r in found for c in r.clauses)))
        _compare(scores["resolutions"], expected, got, label)

    if "votes" in gold:
        # Compared as a multiset, not by position: one vote missed or
        # found extra must cost one fact, not every vote after it.
        shape = gold["votes"][0] if gold["votes"] else None
        # Where the gold lists no items, which item a vote sits in cannot be judged.
        keyed = "items" in gold
        expected = Counter(_vote_fact(_number_key(v.get("item")) if keyed else None, v) for v in gold["votes"])
        got = Counter()
        for item in parsed.items:
            for vote in item.votes:
                record = {
                    "kind": vote.kind, "for": vote.for_count, "against": vote.against_count,
                    "abstain": vote.abstain_count, "outcome": vote.outcome,
                    "names": {"for": len(vote.members_for), "against": len(vote.members_against),
                              "abstain": len(vote.members_abstain)},
                }
                number = _number_key(item.number) if keyed else None
                # Compared on the fields the gold gives for a vote of the same item
                # (of the same kind, where the item has several).
                same_item = [v for v in gold["votes"] if (_number_key(v.get("item")) if keyed else None) == number]
                same_kind = [v for v in same_item if v.get("kind") == vote.kind]
                like = same_item[0] if len(same_item) == 1 else same_kind[0] if same_kind else shape
                got[_vote_fact(number, record, shape=like)] += 1
        _compare_counts(scores["votes"], expected, got, label)

    if "declarations" in gold:
        keyed = "items" in gold
        expected = Counter((_number_key(d.get("item")) if keyed else None, _surname(d["name"])) for d in gold["declarations"])
        # The gold has one entry per member declaring in an item (a member
        # declaring two interests is one entry), so each member counts once.
        members = {(_number_key(item.number) if keyed else None, _name_key(d.name)): d.name
                   for item in parsed.items for d in item.declarations}
        # ("SCW, PJ, JO, SW, BM all declared ...": where the gold names a member by the initials the minutes use, a
        # declaration read as the attendee those initials stand for is the same member)
        untitled = (re.sub(r"^(?:Cllrs?|Councillors?)\.?\s+", "", d["name"].strip()) for d in gold["declarations"])
        by_initials = {name.lower() for name in untitled if re.fullmatch(r"[A-Z]{2,4}", name)}

        # (initials the attendance list gives in brackets: "Johnson (PJ)")
        listed_initials = {a.name: a.role.lower() for a in parsed.attendance if a.role and re.fullmatch(r"[A-Z]{2,4}", a.role)}

        def key(name: str) -> str:
            for initials in (listed_initials.get(name), "".join(word[0] for word in re.split(r"[\s-]+", _name_key(name)) if word)):
                if initials in by_initials and _surname(name) not in by_initials:
                    return initials
            return _surname(name)
        got = Counter((item, key(name)) for (item, _), name in members.items())
        _compare_counts(scores["declarations"], expected, got, label)

    if "portfolio_holder" in gold:
        expected = {(_number_key(n), v) for n, v in gold["portfolio_holder"].items()}
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
            _norm(re.sub(r"(?<!\s)\s*\([^()]*\)$", "", o.name)) for o in parsed.organisations
        }
        for name in gold["organisations"]:
            if _norm(name) in names:
                orgs.true_positive += 1
            else:
                orgs.false_negative += 1
                orgs.misses.append(f"{label}: missing organisation {name}")


def _compare_counts(score: Score, gold: Counter, predicted: Counter, label: str) -> None:
    right = gold & predicted
    score.true_positive += sum(right.values())
    score.false_negative += sum((gold - predicted).values())
    score.false_positive += sum((predicted - gold).values())
    for fact in sorted(map(str, (gold - predicted).elements())):
        score.misses.append(f"{label}: missing {fact}")
    for fact in sorted(map(str, (predicted - gold).elements())):
        score.misses.append(f"{label}: unexpected {fact}")


def _vote_fact(item: Optional[str], vote: dict, shape: Optional[dict] = None) -> tuple:
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
        # (the sides the gold names: no abstention listed is no side to compare)
        fields += [names.get(side) for side in ("for", "against", "abstain") if side in (shape.get("names") or {})]
    return tuple(fields)


def find_document(name: str, folders: list[Path]) -> Optional[Path]:
    for folder in folders:
        for candidate in sorted(folder.rglob(f"*{Path(name).name}")):
            return candidate
    return None


def gold_files(gold_dir: Path) -> list[Path]:
    """Every gold file under ``gold_dir`` (the project's own at the top, the
    development corpus in ``dev/``)."""
    return sorted(p for p in Path(gold_dir).rglob("*.json"))


def council_of(gold: dict, gold_file: Path) -> str:
    return gold.get("council") or gold_file.stem.split("_", 1)[0]


def evaluate_documents(files: list[Path], folders: list[Path], workers: int = 1
                       ) -> tuple[list[tuple[Path, dict, dict[str, Score]]], list[str]]:
    """Parse each gold file's document (in killable workers, as ``minutes
    process`` does) and score it; return per-document scores and notes."""
    from .sandbox import ParsePool

    notes, tasks = [], []
    for gold_file in files:
        gold = json.loads(gold_file.read_text())
        path = find_document(gold["document"], folders)
        if path is None:
            notes.append(f"{gold_file.name}: document {gold['document']} not found; skipped")
            continue
        tasks.append((gold_file, gold, path))
    results = []
    with ParsePool(workers) as pool:
        for (gold_file, gold, path), (parsed, error) in pool.ordered(tasks, lambda task: str(task[2])):
            if error is not None:
                notes.append(f"{gold_file.name}: {error} [{error.kind}]; skipped")
                continue
            scores: dict[str, Score] = defaultdict(Score)
            score_document(gold, parsed, scores, gold_file.stem)
            results.append((gold_file, gold, dict(scores)))
    return results, notes


def _merge(into: dict[str, Score], scores: dict[str, Score]) -> None:
    for name, score in scores.items():
        total = into.setdefault(name, Score())
        total.true_positive += score.true_positive
        total.false_positive += score.false_positive
        total.false_negative += score.false_negative
        total.partial_gold = total.partial_gold or score.partial_gold
        total.misses.extend(score.misses)


def evaluate(gold_dir: Path, folders: list[Path], workers: int = 1, recursive: bool = False
             ) -> tuple[dict[str, Score], list[str]]:
    """Scores per fact type over the gold files in ``gold_dir`` (and its
    subfolders when ``recursive``)."""
    files = gold_files(gold_dir) if recursive else sorted(Path(gold_dir).glob("*.json"))
    results, notes = evaluate_documents(files, folders, workers)
    scores: dict[str, Score] = {}
    for _, _, document_scores in results:
        _merge(scores, document_scores)
    return scores, notes


def facts_right(scores: dict[str, Score]) -> tuple[int, int]:
    """(right, total) over every fact type: a fact is wanted (gold) or found
    where it should not be (an unexpected fact counts against)."""
    right = sum(s.true_positive for s in scores.values())
    total = sum(s.true_positive + s.false_negative + (0 if s.partial_gold else s.false_positive)
                for s in scores.values())
    return right, total


def by_council(results) -> dict[str, dict]:
    councils: dict[str, dict] = {}
    for gold_file, gold, scores in results:
        council = council_of(gold, gold_file)
        entry = councils.setdefault(council, {"kind": gold.get("council_kind", ""), "documents": 0,
                                              "formats": set(), "scores": {}})
        entry["documents"] += 1
        if gold.get("format"):
            entry["formats"].add(gold["format"])
        _merge(entry["scores"], scores)
    return dict(sorted(councils.items()))


def _share(right: int, total: int) -> float:
    return right / total if total else 1.0


def format_by_council(councils: dict[str, dict], detail: bool = True) -> str:
    """Per council: facts right, then per fact type precision and recall;
    last, the leave-one-council-out column (facts right on the others)."""
    fact_types = sorted({name for entry in councils.values() for name in entry["scores"]})
    totals = {name: facts_right(entry["scores"]) for name, entry in councils.items()}
    all_right = sum(r for r, _ in totals.values())
    all_total = sum(t for _, t in totals.values())
    lines = [f"{'council':28} {'kind':15} {'docs':>4} {'facts':>5} {'right':>5} {'share':>6} {'others':>7}"]
    for name, entry in councils.items():
        right, total = totals[name]
        others = _share(all_right - right, all_total - total)
        lines.append(f"{name:28} {entry['kind'][:15]:15} {entry['documents']:4d} {total:5d} {right:5d} "
                     f"{_share(right, total):6.1%} {others:7.1%}")
        if detail:
            for fact in fact_types:
                score = entry["scores"].get(fact)
                if score is None or not (score.true_positive + score.false_negative + score.false_positive):
                    continue
                precision = "-" if score.precision is None else f"{score.precision:.2f}"
                lines.append(f"    {fact:24} gold {score.true_positive + score.false_negative:3d}  "
                             f"right {score.true_positive:3d}  precision {precision:>4}  recall {score.recall:.2f}")
    below = [name for name, (r, t) in totals.items() if _share(r, t) < 0.95]
    lines.append(f"{'all councils':28} {'':15} {sum(e['documents'] for e in councils.values()):4d} {all_total:5d} "
                 f"{all_right:5d} {_share(all_right, all_total):6.1%}")
    lines.append(f"councils at 95% or better: {len(councils) - len(below)} of {len(councils)}"
                 + (f"; below: {', '.join(below)}" if below else ""))
    lines.append("leave-one-council-out: 'others' is the share of facts right on every other council; "
                 f"lowest {min((_share(all_right - r, all_total - t) for r, t in totals.values()), default=1.0):.1%}, "
                 f"highest {max((_share(all_right - r, all_total - t) for r, t in totals.values()), default=1.0):.1%}")
    return "\n".join(lines)


def council_shares(councils: dict[str, dict]) -> dict[str, dict]:
    return {name: dict(zip(("right", "total"), facts_right(entry["scores"]))) for name, entry in councils.items()}


def format_against(now: dict[str, dict], before: dict[str, dict]) -> str:
    """Council by council, what a change did: the proof that a rule for one
    layout helps, or at least does not hurt, the others."""
    lines = [f"{'council':28} {'before':>7} {'now':>7} {'change':>7}"]
    for name in sorted(set(now) | set(before)):
        a, b = before.get(name), now.get(name)
        old = _share(a["right"], a["total"]) if a else None
        new = _share(b["right"], b["total"]) if b else None
        change = "" if old is None or new is None else f"{(new - old) * 100:+6.1f}"
        flag = "  WORSE" if old is not None and new is not None and new < old - 1e-9 else ""
        lines.append(f"{name:28} {'' if old is None else f'{old:.1%}':>7} {'' if new is None else f'{new:.1%}':>7} "
                     f"{change:>7}{flag}")
    return "\n".join(lines)


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
    import os

    parser = argparse.ArgumentParser(description="Precision and recall against gold facts.")
    parser.add_argument("gold_dir", nargs="?", default=str(ROOT / "tests" / "fixtures" / "gold"))
    parser.add_argument("--documents", action="append", default=None,
                        help="folder to find documents in (repeatable; default tests/fixtures)")
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--by-council", action="store_true",
                        help="every gold file under GOLD_DIR, scored per council, with a leave-one-council-out column")
    parser.add_argument("--brief", action="store_true", help="with --by-council: one line per council")
    parser.add_argument("--save", help="with --by-council: write each council's facts right to this JSON file")
    parser.add_argument("--against", help="with --by-council: compare with a file written by --save")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = parser.parse_args(argv)
    folders = [Path(d) for d in (args.documents or [str(ROOT / "tests" / "fixtures")])]
    if args.by_council:
        results, notes = evaluate_documents(gold_files(Path(args.gold_dir)), folders, args.workers)
        councils = by_council(results)
        overall: dict[str, Score] = {}
        for entry in councils.values():
            _merge(overall, entry["scores"])
        print(format_table(overall))
        print()
        print(format_by_council(councils, detail=not args.brief))
        shares = council_shares(councils)
        if args.save:
            Path(args.save).write_text(json.dumps(shares, indent=1, sort_keys=True))
        if args.against:
            print()
            print(format_against(shares, json.loads(Path(args.against).read_text())))
        scores = overall
    else:
        scores, notes = evaluate(Path(args.gold_dir), folders, args.workers)
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
