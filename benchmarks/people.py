"""People linking at scale: seconds to link a council of N distinct
attendance names, first from nothing, then again with nothing changed, then
after one more meeting is stored; beside the old way of clustering (every
name tried against every cluster) run on the same names in the same run.

    python benchmarks/people.py [--sizes 2000 4000 8000 100000] [--baseline-up-to 4000]

The names are synthetic (the councils we hold have a few hundred members
each): forenames and surnames written the ways minutes write them ("Mr R W
Gough", "Councillor Roger Gough", "R Gough"), 50 to a meeting, each meeting
with a recorded vote naming its members ("Mr Gough").
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.people import Cluster, Overrides, build_clusters, link_council, parse_name  # noqa: E402
from pipeline.store import ensure_council, open_db  # noqa: E402

FORENAMES = ["Roger", "Jane", "Peter", "Susan", "David", "Mary", "Alan", "Clare", "Mark", "Linda", "Paul", "Ann",
             "Trevor", "Rosemary", "Simon", "Helen", "Gary", "Nicola", "Robert", "Joan"]
STEMS = ["Gough", "Meade", "Bell", "Cole", "Hill", "Carter", "Crow", "Kennedy", "Chard", "Bartlett", "Dance", "Hood",
         "Marsh", "Oakford", "Rayner", "Streatfeild", "Sweetland", "Webb", "Wright", "Brady", "Harman", "Lehmann",
         "Murphy", "Ozog", "Passmore", "Simkins", "Thomas", "Watkins", "Chittenden", "Daley"]
ENDINGS = ["", "s", "son", "ley", "ford", "well", "wood", "ton", "ham", "by", "field", "more", "er", "ing", "den",
           "stone", "worth", "land", "ridge", "brook"]


def synthetic_names(count: int, seed: int = 16) -> list[str]:
    """``count`` distinct names, several forms per person, a few people per
    surname (so blocks hold near-twins, as Kent's Meades and Coles do)."""
    rng = random.Random(seed)
    surnames = [f"{stem}{ending}{'-' + other if n else ''}" for n, (stem, ending, other) in enumerate(
        itertools.product(STEMS, ENDINGS, STEMS + [""])) if n % 7 != 1]
    names: list[str] = []
    seen = set()
    for surname in itertools.cycle(surnames):
        forename = rng.choice(FORENAMES)
        middle = rng.choice("ABCDEFGHJKLMNPRSTW")
        title = rng.choice(["Mr", "Mrs", "Ms", "Dr", "Mr", "Mrs"])
        for form in (f"{title} {forename[0]} {middle} {surname}", f"Councillor {forename} {surname}",
                     f"{forename[0]} {surname}"):
            if form not in seen and len(names) < count:
                seen.add(form)
                names.append(form)
        if len(names) >= count:
            return names
    return names


def build(db_path: Path, names: list[str], per_meeting: int = 50, first_meeting: int = 0) -> None:
    db = open_db(db_path)
    ensure_council(db, "bench", "Benchmark")
    meetings, attendance, votes, members = [], [], [], []
    for n, start in enumerate(range(0, len(names), per_meeting), first_meeting):
        meeting = f"bench:full-council:m{n:06d}"
        meetings.append({"id": meeting, "council": "bench", "date": "2025-01-01"})
        vote = f"{meeting}:vote:1"
        votes.append({"id": vote, "meeting_id": meeting, "ordinal": 1, "kind": "recorded"})
        for k, name in enumerate(names[start:start + per_meeting]):
            attendance.append({"id": f"{meeting}:a{k}", "meeting_id": meeting, "name": name, "status": "present"})
            parts = parse_name(name)
            members.append({"id": f"{vote}:m{k}", "vote_id": vote, "choice": "for", "ordinal": k,
                            "name": f"{parts.title.title() + ' ' if parts.title in ('mr', 'mrs', 'ms') else 'Mr '}"
                                    f"{parts.surname}"})
    with db.atomic():
        db["meetings"].insert_all(meetings)
        db["attendance"].insert_all(attendance)
        db["votes"].insert_all(votes)
        db["vote_members"].insert_all(members)
    db.close()


def all_pairs_clusters(names: list[str]) -> int:
    """The clustering as it was: each name against every cluster so far."""
    clusters: list[Cluster] = []
    for form in names:
        parts = parse_name(form)
        if not parts or not (parts.initials or parts.forename):
            continue
        fitting = [c for c in clusters if c.fits(parts)]
        if len(fitting) == 1:
            fitting[0].forms.append(form)
            fitting[0].parts.append(parts)
        else:
            clusters.append(Cluster(council="bench", forms=[form], parts=[parts]))
    return len(clusters)


def timed(fn):
    """Seconds of ``fn()`` from a cold name cache, as in a new process."""
    parse_name.cache_clear()
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 4000, 8000, 100000])
    parser.add_argument("--baseline-up-to", type=int, default=4000,
                        help="largest size the old all-pairs clustering is run at (8000 takes about a minute)")
    args = parser.parse_args()
    print(f"{'names':>7} {'all-pairs s':>11} {'blocked s':>9} {'link s':>7} {'relink s':>8} "
          f"{'+1 meeting s':>12} {'people':>7} {'linked':>7}")
    for size in args.sizes:
        names = sorted(synthetic_names(size))
        baseline = "-"
        if size <= args.baseline_up_to:
            seconds, count = timed(lambda: all_pairs_clusters(names))
            baseline = f"{seconds:.2f}"
        blocked, clusters = timed(lambda: build_clusters("bench", names, [], Overrides()))
        if baseline != "-":
            assert count == len(clusters), (count, len(clusters))
        with tempfile.TemporaryDirectory() as tmp:
            db_path = Path(tmp) / "people.db"
            build(db_path, names)
            db = open_db(db_path)
            first, result = timed(lambda: link_council(db, "bench"))
            again, _ = timed(lambda: link_council(db, "bench"))
            db.close()
            build(db_path, synthetic_names(50, seed=size), first_meeting=10**5)
            db = open_db(db_path)
            more, _ = timed(lambda: link_council(db, "bench"))
            db.close()
        counts = result["counts"]
        print(f"{size:7d} {baseline:>11} {blocked:9.2f} {first:7.2f} {again:8.2f} {more:12.2f} "
              f"{counts['people']:7d} {counts.get('vote_members linked', 0):7d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
