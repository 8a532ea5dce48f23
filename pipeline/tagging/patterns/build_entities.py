"""Regenerate ``entities.jsonl`` (the entity ruler's patterns) from the word
lists in ``vocabulary.json``.  Run after editing either list:

    python pipeline/tagging/patterns/build_entities.py

The JSONL is what the tagger loads; this script only saves writing the
repetitive token patterns by hand.
"""

import json
from pathlib import Path

HERE = Path(__file__).parent
vocab = json.loads((HERE / "vocabulary.json").read_text())

titles = sorted({t.capitalize() for t in vocab["titles"]} | {t.upper() for t in ("mr", "mrs", "ms", "cllr", "councillor")}
                | {"Cllr.", "Mr.", "Mrs.", "Dr."})
# A name word is capitalised, is not a verb of speech and not a word that
# follows names in minutes ("Mr Gough Seconded", "Mr Watkins Cabinet Member").
not_names = sorted(set(vocab["speech_verbs"]) | set(vocab["skip_before_verb"]) | {
    "cabinet", "member", "members", "council", "councillor", "chairman", "chair", "leader", "director",
    "officer", "portfolio", "holder", "and", "the", "of", "for", "committee", "group", "party", "obe", "mbe", "cbe",
} | {t.lower().rstrip(".") for t in vocab["titles"]})  # ("The Reverend Cllr JC Baines": a second title is no name)
# A capital, then letters of which at least one is lower case.  The lower-case
# letter is required by a lookahead rather than by "[a-zA-Z'’]*[a-z][a-zA-Z'’]*",
# whose two overlapping runs backtrack quadratically on a long token.
name = {"TEXT": {"REGEX": r"^(?:Mc|Mac|O'|O’|D'|d'|d’)?[A-Z](?=[a-zA-Z'’]*[a-z])[a-zA-Z'’]*$"}, "LOWER": {"NOT_IN": not_names}}
initial = {"TEXT": {"REGEX": r"^(?:[A-Z]\.?){1,3}$"}}  # ("Cllr JC Baines": initials run together)
rows = []
for n in (1, 2, 3):
    for hyphen in (False, True):
        # ("Cllr Mrs Bartholomew", "Reverend Cllr JC Baines": two titles)
        pattern = [{"TEXT": {"IN": titles}}, {"TEXT": ".", "OP": "?"}, {"TEXT": {"IN": titles}, "OP": "?"}, {"TEXT": ".", "OP": "?"},
                   dict(initial, OP="*")] + [dict(name) for _ in range(n)]
        if hyphen:
            pattern += [{"TEXT": {"IN": ["-", "‐"]}}, dict(name)]
        rows.append({"label": "PERSON", "pattern": pattern, "id": f"titled-{n}{'-hyphen' if hyphen else ''}"})

modifiers = ["interim", "acting", "deputy", "corporate", "assistant", "executive", "strategic", "senior", "principal",
             "service", "group", "area", "chief", "head", "joint", "democratic", "vice", "lead", "programme", "project",
             "finance", "operations"]
heads = ["director", "manager", "officer", "executive", "counsel", "clerk", "solicitor", "treasurer", "head", "lead",
         "leader", "chairman", "chair", "chairperson", "mayor", "commissioner", "controller", "accountant", "advisor",
         "adviser", "engineer", "planner"]
cap = {"TEXT": {"REGEX": r"^[A-Z0-9][A-Za-z0-9’'-]*$"}}
joiner = {"LOWER": {"IN": ["and", "&", ","]}}
for head_tokens in ([{"LOWER": {"IN": heads}}], [{"LOWER": "portfolio"}, {"LOWER": "holder"}],
                    [{"LOWER": "cabinet"}, {"LOWER": "member"}]):
    for tail in (1, 2, 3):
        pattern = [{"LOWER": {"IN": modifiers}, "OP": "*"}] + head_tokens + [
            {"LOWER": {"IN": ["of", "for"]}}, {"LOWER": "the", "OP": "?"}, dict(cap, OP="+")]
        for _ in range(tail - 1):
            pattern += [joiner, dict(cap, OP="+")]
        rows.append({"label": "ROLE", "pattern": pattern, "id": "role-of"})
for phrase in ["Chief Executive", "General Counsel", "Monitoring Officer", "Section 151 Officer", "Town Clerk",
               "Parish Clerk", "Clerk", "Chairman", "Vice-Chairman", "Vice Chairman", "Chair", "Vice Chair", "Vice-Chair",
               "Mayor", "Deputy Mayor", "Leader", "Deputy Leader", "Democratic Services Manager",
               "Democratic Services Officer", "Head of Paid Service", "Chief Finance Officer", "Returning Officer",
               "Proper Officer", "Legal Advisor", "Legal Adviser", "Responsible Financial Officer"]:
    rows.append({"label": "ROLE", "pattern": phrase, "id": "role-title"})

with open(HERE / "entities.jsonl", "w") as out:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} patterns")
