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
word of a name given in full is kept, and never a word the vocabulary
knows as a title or a post's.
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


def first_word(name: str):
    words = TITLES.sub("", name.strip()).split()
    if len(words) >= 2 and FORENAME.fullmatch(words[0]) and re.match(r"(?:Mc|Mac|O['’])?[A-Z]", words[-1]):
        return None if words[0].lower() in not_forenames else words[0]
    return None


found = set()
shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "corpus"
for path in sorted((shared / "xml").glob("*/*.xml")):
    for name in re.findall(r"<fullusername>([^<]*)</fullusername>", path.read_text(errors="replace")):
        found.add(first_word(name))
for gold_dir in (ROOT / "tests/fixtures/gold/dev", ROOT / "tests/fixtures/dev-next/gold"):
    for path in sorted(gold_dir.glob("*.json")):
        for facts in json.loads(path.read_text()).get("attendance", {}).values():
            for name in facts.get("names", []) if isinstance(facts, dict) else []:
                found.add(first_word(name))
found.discard(None)
(HERE / "forenames.txt").write_text("\n".join(sorted(found)) + "\n")
print(f"{len(found)} forenames written to {HERE / 'forenames.txt'}")
