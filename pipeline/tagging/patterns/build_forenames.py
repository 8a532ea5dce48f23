"""Regenerate ``forenames.txt``: forenames people on councils are known by,
one a line, for reading a run of names with nothing between them ("Elaine
Aitken Dominic R C Heslop ... Norma Austin Hart Sandy Howat ...": which
word starts the next person).  Run from the repository's root:

    python pipeline/tagging/patterns/build_forenames.py [SHARED_CORPUS]

Read from two public sources: the councillors' names in ModernGov web
service answers (``GetCouncillorsByWard``, in the shared corpus; only the
``fullusername`` element, never an address or a phone number), and the
names in the development gold (``tests/fixtures/gold/dev``,
``tests/fixtures/dev-next/gold``), never a blind hold-out's.  Only the first
word of a name given in full is kept, never a word the vocabulary knows as
a title or a post's, and never one seen more often as a surname.
"""

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).parent
ROOT = HERE.parents[2]
vocab = json.loads((HERE / "vocabulary.json").read_text())
not_forenames = ({t.lower() for t in vocab["titles"]} | set(vocab["post_heads"]) | set(vocab["post_words"])
                 | {"county", "district", "borough", "city", "town", "parish", "community", "ward", "the", "and",
                    "executive", "mayor", "deputy", "depute", "provost", "bailie", "convener", "chair", "chairman", "leader",
                    "clerk", "members", "member", "councillors", "officers", "public"})
TITLES = re.compile(r"^(?:(?:Councillor|Cllr|Clr|County|Borough|District|City|Town|Parish|Community|Ward|Mr|Mrs|Ms|Miss|Dr|"
                    r"Professor|Prof|Sir|Dame|Lady|Lord|Rev|Revd|Reverend|The|Alderman|Ald|Baroness|Baron|Right|Honourable|Hon)"
                    r"\.?\s+)+", re.IGNORECASE)
FORENAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def count(name: str, forename: dict[str, int], surname: dict[str, int]) -> None:
    """A name's first word counted as a forename, its last as a surname."""
    words = TITLES.sub("", name.strip()).split()
    if len(words) >= 2 and re.match(r"(?:Mc|Mac|O['’])?[A-Z]", words[-1]):
        if FORENAME.fullmatch(words[0]) and words[0].lower() not in not_forenames:
            forename[words[0]] = forename.get(words[0], 0) + 1
        surname[words[-1]] = surname.get(words[-1], 0) + 1


def main() -> None:
    forename: dict[str, int] = {}
    surname: dict[str, int] = {}
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
    for path in sorted((shared / "xml").glob("*/*.xml")):
        for name in re.findall(r"<fullusername>([^<]*)</fullusername>", path.read_text(errors="replace")):
            count(name, forename, surname)
    for gold_dir in (ROOT / "tests/fixtures/gold/dev", ROOT / "tests/fixtures/dev-next/gold"):
        for path in sorted(gold_dir.glob("*.json")):
            for facts in json.loads(path.read_text()).get("attendance", {}).values():
                for name in facts.get("names", []) if isinstance(facts, dict) else []:
                    count(name, forename, surname)
    # ("Ms Robinson Taylor", one member's surname of two words, gives "Robinson" no standing as a forename: a word seen
    # as a surname more often than as a forename is left out)
    found = sorted(word for word, times in forename.items() if times >= surname.get(word, 0))
    (HERE / "forenames.txt").write_text("\n".join(found) + "\n")
    print(f"{len(found)} forenames written to {HERE / 'forenames.txt'}")


if __name__ == "__main__":
    main()
