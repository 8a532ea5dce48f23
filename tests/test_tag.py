"""The tagger on real minutes: Kent against the gold, and other councils'
layouts (BCP ModernGov pages, Milburn parish, Sutton Coldfield town council)."""

from pathlib import Path

import pytest

from pipeline.evaluate import evaluate
from pipeline.parse import parse_path
from pipeline.tagging import PIPE_NAMES, build_nlp, split_names

from conftest import FIXTURES, PDF

TEXT = FIXTURES / "text"


@pytest.fixture(scope="module")
def bcp_issue():
    return parse_path(TEXT / "issue-history_SEND-progress-update_committee-and-cabinet.txt")


def _item(parsed, number):
    return next(i for i in parsed.items if i.number == number)


def test_pipeline_is_blank_english_with_project_components():
    nlp = build_nlp()
    assert nlp.pipe_names == PIPE_NAMES == ["entity_ruler", "resolutions", "votes", "speakers", "portfolio",
                                            "declarations", "attendance", "organisations", "matters"]
    assert nlp.meta["name"] == "pipeline" and not nlp.meta.get("vectors", {}).get("width")
    doc = nlp("The Director for Finance addressed the Cabinet and Mr R W Gough replied.")
    assert {(e.text, e.label_) for e in doc.ents} >= {("Director for Finance", "ROLE"), ("Mr R W Gough", "PERSON")}


def test_every_gold_fact_is_found():
    scores, _ = evaluate(FIXTURES / "gold", [FIXTURES])
    for name, score in scores.items():
        assert score.recall == 1.0, (name, score.misses)
        assert score.precision in (None, 1.0), (name, score.misses)
    assert {"items", "votes", "resolutions", "speakers", "attendance counts"} <= set(scores)


def test_kent_cabinet_attendance(kent_cabinet, gold):
    expected = gold("kent-cc_2025-01-30_cabinet.json")["attendance"]
    present = [a for a in kent_cabinet.attendance if a.status == "present"]
    assert len(present) == expected["present"]["count"] == 9
    assert set(expected["present"]["names"]) <= {a.name for a in present}
    assert next(a for a in present if a.name == "Mr R W Gough").role == "Chairman"
    assert [a.name for a in kent_cabinet.attendance if a.status == "apologies"] == ["Mrs C Bell"]
    virtual = {a.name for a in kent_cabinet.attendance if a.status == "virtual"}
    assert {"Mr S Jones", "Dr M Gogarty", "Mrs L Gannon"} <= virtual
    attending = {a.name: a.role for a in kent_cabinet.attendance if a.status == "in_attendance"}
    assert attending["Mrs S Hammond"] == "Corporate Director Children, Young People and Education"


def test_kent_cabinet_resolution_clauses_across_page_break(kent_cabinet):
    item_88 = _item(kent_cabinet, "88")
    assert [c.label for c in item_88.resolutions[0].clauses] == ["a", "b", "c", "d", "e", "f"]
    item_91 = _item(kent_cabinet, "91")
    resolution = item_91.resolutions[0]
    assert [c.label for c in resolution.clauses] == ["a", "b", "c"]
    assert resolution.page == 15  # starts on page 15 ...
    assert "15" not in resolution.clauses[1].text.split()  # ... and the printed page number is gone


def test_kent_budget_recorded_votes(kent_budget, gold):
    expected = gold("kent-cc_2025-02-13_county-council-budget.json")["votes"]
    votes = [(i.number, v) for i in kent_budget.items for v in i.votes]
    assert len(votes) == len(expected) == 8
    for (number, vote), want in zip(votes, expected):
        assert number == want["item"]
        assert (vote.for_count, vote.against_count, vote.abstain_count) == (want["for"], want["against"], want["abstain"])
        assert vote.outcome == want["outcome"]
        assert (len(vote.members_for), len(vote.members_against), len(vote.members_abstain)) == tuple(
            want["names"][k] for k in ("for", "against", "abstain"))
        assert vote.kind == "recorded" and not vote.warnings
    first = votes[0][1]
    assert "Sir Paul Carter, CBE" in first.members_for  # honours stay with the name
    assert first.members_abstain == ["Mr B Lewis", "Mr D Ross"]
    # The question is put "in paragraph 2": the motion is paragraph 2's words.
    assert first.motion.startswith("Pursuant to section 25 of the Local Government Act")
    assert (first.proposer, first.seconder) == ("Mr Oakford", "Mr Gough")


def test_stated_count_kept_with_a_warning_when_names_disagree():
    parsed = parse_path(PDF / "2025-03-13_county-council_printed-minutes.pdf")
    mismatched = [v for i in parsed.items for v in i.votes if v.warnings]
    assert mismatched, "the 13 March 2025 minutes list 35 names under 'For (36)'"
    vote = mismatched[0]
    assert vote.for_count == 36 and len(vote.members_for) == 35
    assert "states 36 but lists 35" in vote.warnings[0]
    assert any("vote count mismatch" in w for w in parsed.warnings)


def test_outcome_lines_without_a_recorded_vote():
    parsed = parse_path(PDF / "2024-12-19_county-council_minutes.pdf")
    votes = [v for i in parsed.items for v in i.votes]
    assert any(v.kind == "unanimous" and v.outcome == "agreed" for v in votes)  # "Agreed unanimously."
    assert {v.outcome for v in votes if v.kind == "recorded"} == {"carried", "lost"}


def test_kent_apologies_in_a_sentence_with_hyphenated_names(kent_budget):
    apologies = [a.name for a in kent_budget.attendance if a.status == "apologies"]
    assert len(apologies) == 15
    assert apologies[0] == "Mr Paul Barrington-King"
    assert "Mr Derek Crow-Brown" in apologies and "Mrs Trudy Dean, MBE" in apologies
    assert apologies[-1] == "Mr Charlie Simkins"


def test_kent_declarations(kent_budget):
    declarations = _item(kent_budget, "287").declarations
    assert [(d.name, d.kind) for d in declarations] == [("Ms Meade", "other"), ("Miss Carey", "pecuniary")]
    assert declarations[1].page == 2


def test_kent_proposer_seconder_and_joint_speakers(kent_budget):
    speakers = {s.name: s.role for s in _item(kent_budget, "290").speakers}
    assert speakers["Mr Oakford"] == "proposer" and speakers["Mr Gough"] == "seconder"
    later = {s.name: s.role for s in _item(kent_budget, "291").speakers}
    assert later["Mr Brady"] == "Leader of the Opposition"
    assert later["Mr Hook"] == "Leader of the Liberal Democrat Group"
    assert "Cabinet Member for Education and Skills" in later  # role split over a line break


def test_bcp_issue_page_counts_the_repeated_resolution_once(bcp_issue):
    assert [i.number for i in bcp_issue.items] == ["9", "12"]
    cabinet = _item(bcp_issue, "12")
    assert len(cabinet.resolutions) == 1
    assert [c.label for c in cabinet.resolutions[0].clauses] == ["a", "b", "c", "d"]
    assert [(v.kind, v.outcome) for v in cabinet.votes] == [("unanimous", "carried")]
    assert cabinet.portfolio_holder == "Children and Young People"
    names = {s.name for s in cabinet.speakers}
    assert {"Councillor Patrick Canavan", "Director for Finance", "Portfolio Holder for Children and Young People"} <= names
    assert not _item(bcp_issue, "9").resolutions


def test_acronyms_link_to_their_organisation(bcp_issue):
    orgs = {o.acronym: o for o in bcp_issue.organisations if o.acronym}
    assert orgs["DfE"].name == "Department for Education (DfE)"
    assert orgs["DLUHC"].name == "Department for Levelling Up Housing and Communities (DLUHC)"
    assert orgs["DfE"].mentions > 1  # later bare "DfE" counted
    assert "BCP Council" in {o.name for o in bcp_issue.organisations}


def test_bcp_council_page_apologies_and_voting_line():
    parsed = parse_path(TEXT / "ieListDocuments.aspx__CId-284_MeetingId-6074.txt")
    assert parsed.meeting.committee == "Council" and parsed.meeting.date == "2025-02-25"
    apologies = [a.name for a in parsed.attendance if a.status == "apologies"]
    assert apologies[0] == "Councillor Hazel Allen" and apologies[-1] == "Councillor Vikki Slade"
    assert len(apologies) == 11
    minutes = _item(parsed, "71")
    assert minutes.resolutions[0].text.startswith("RESOLVED: - That the minutes")
    assert [(v.kind, v.outcome) for v in minutes.votes] == [("unspecified", "agreed")]


def test_bcp_planning_substitutes_and_bulleted_declarations():
    parsed = parse_path(TEXT / "ieListDocuments.aspx__CId-290_MId-5447.txt")
    substitutes = {a.name: a.role for a in parsed.attendance if a.status == "substitute"}
    assert substitutes == {
        "Cllr B Dove": "substitute for Cllr C Adams",
        "Cllr P Canavan": "substitute for Cllr S Carr-Brown",
        "Cllr L Williams": "substitute for Cllr J Challinor",
    }
    assert "Cllr M Gillett" in {d.name for d in _item(parsed, "82").declarations}


def test_bcp_cabinet_non_pecuniary_declarations():
    parsed = parse_path(TEXT / "ieListDocuments.aspx__CId-285_MId-6066.txt")
    declarations = _item(parsed, "42").declarations
    # "Minutes: Councillors Andy Martin and Kieron Wilson declared non-pecuniary interests ...": the
    # first statement follows the page's "Minutes:" label on the same flattened text
    assert [(d.name, d.kind) for d in declarations] == [
        ("Councillor Andy Martin", "other"), ("Councillor Kieron Wilson", "other"),
        ("Councillor Richard Herrett", "other"), ("Councillor Andy Hadley", "other")]


def test_parish_minutes_resolutions_and_present_list():
    parsed = parse_path(PDF / "2019-09-03_parish-council_minutes.pdf")
    finance = _item(parsed, "19.09.09")
    assert [r.text for r in finance.resolutions] == [
        "The Councillors resolved to pay all of the above.",
        "It was therefore resolved to retain the Financial Policy already in place for Milburn Parish Council. "
        "(Copies can be made available if requested)",
    ]
    present = {a.name: a.role for a in parsed.attendance if a.status == "present"}
    assert present["Councillor D Richardson"] == "Chair"
    assert {"Councillor N Cresswell", "Councillor P Moran", "Councillor A Armstrong"} <= set(present)


def test_town_council_committee():
    parsed = parse_path(PDF / "2018-03-13_amenities-leisure-community-services-committee_minutes.pdf")
    statuses = {(a.name, a.status, a.role) for a in parsed.attendance}
    assert ("Cllr Hodivala", "present", "Chairman") in statuses
    assert ("Olive O’Sullivan", "in_attendance", "Town Clerk") in statuses
    assert {a.name for a in parsed.attendance if a.status == "apologies"} == {"Cllr Ives", "Cllr Ward", "Cllr Ellis"}
    declarations = _item(parsed, "53").declarations
    assert [(d.name, d.kind) for d in declarations] == [("Councillor Hodivala", "other")]
    bloom = _item(parsed, "59").resolutions[0]
    assert [c.label for c in bloom.clauses] == ["i", "ii"]
    assert _item(parsed, "52").resolutions[0].text == "Committee resolved to note the apologies."


@pytest.mark.parametrize(
    "text,names",
    [
        ("Mr R W Gough (Chairman), Mr N Baker, Mr R C Love, OBE and Mr R J Thomas",
         [("Mr R W Gough", "Chairman"), ("Mr N Baker", None), ("Mr R C Love, OBE", None), ("Mr R J Thomas", None)]),
        ("Cllrs Hodivala (Chairman), Hewett and Wood.",
         [("Cllr Hodivala", "Chairman"), ("Cllr Hewett", None), ("Cllr Wood", None)]),
    ],
)
def test_split_names(text, names):
    assert split_names(text) == names


def test_no_trained_model_is_needed():
    nlp = build_nlp()
    assert nlp.lang == "en" and "ner" not in nlp.pipe_names
    assert set(nlp.pipe_names) == set(PIPE_NAMES)


def test_facts_are_spans_in_named_groups(kent_budget):
    from pipeline.tagging import default_nlp
    from pipeline.tagging.common import make_doc

    item = _item(kent_budget, "287")
    doc = default_nlp()(make_doc(default_nlp(), item.lines, title=item.title))
    declarations = doc.spans["declarations"]
    assert [s.text for s in declarations] == ["Ms Meade", "Miss Carey"]
    assert [d.kind for s in declarations for d in s._.declarations] == ["other", "pecuniary"]
    assert set(doc.spans) >= {"resolutions", "votes", "speakers", "portfolio", "declarations", "attendance",
                              "organisations"}


def test_saved_pipeline_loads_in_a_fresh_interpreter_and_tags_alike(tmp_path, bcp_issue):
    """``nlp.to_disk`` then ``spacy.load`` elsewhere: the factories come
    from importing pipeline.tagging, the patterns from the saved folder."""
    import json
    import pickle
    import subprocess
    import sys
    from dataclasses import asdict

    from pipeline.tagging import tag_document

    build_nlp().to_disk(tmp_path / "nlp")
    parsed = parse_path(TEXT / "issue-history_SEND-progress-update_committee-and-cabinet.txt")
    for item in parsed.items:
        item.resolutions, item.votes, item.speakers, item.declarations = [], [], [], []
    parsed.attendance, parsed.organisations = [], []
    (tmp_path / "parsed.pkl").write_bytes(pickle.dumps(parsed))
    script = f"""
import json, pickle, sys
from dataclasses import asdict
import spacy
import pipeline.tagging
from pipeline.tagging import tag_document
nlp = spacy.load({str(tmp_path / "nlp")!r})
parsed = pickle.loads(open({str(tmp_path / "parsed.pkl")!r}, "rb").read())
print(json.dumps(asdict(tag_document(parsed, [], nlp)), default=str))
"""
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", script], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    loaded = json.loads(done.stdout)
    here = json.loads(json.dumps(asdict(tag_document(pickle.loads((tmp_path / "parsed.pkl").read_bytes()), [])), default=str))
    assert loaded == here
    assert loaded["items"][1]["resolutions"] and loaded["organisations"]


def test_tokens_long_runs_kept_whole_and_text_round_trips():
    nlp = build_nlp()
    text = "Mr A said " + "_" * 5000 + " and  the  Clerk (" + "(" * 300 + " replied.\tOK"
    doc = nlp(text)
    assert doc.text == text
    assert "_" * 5000 in [t.text for t in doc]
    short = "Mr R W Gough (Chairman), Sir Paul Carter, CBE and (the) Clerk."
    assert [t.text for t in nlp(short)] == [t.text for t in nlp.tokenizer.inner(short)]


def test_render_html_shows_found_spans(bcp_issue):
    from pipeline.tagging.display import render_html

    page = render_html(bcp_issue)
    assert page.startswith("<!DOCTYPE html>") and "</html>" in page
    assert "resolutions" in page and "SPEAKER" in page and "Director for Finance" in page


def test_vote_patterns_are_tried_only_where_their_words_are():
    """votes.NEEDED_WORDS skips a pattern where the text lacks every word
    listed for it: every match of each pattern, on each line and the start of
    the next of the real text fixtures, holds one of its words (a pattern
    widened without its word would silently stop finding the new votes)."""
    from pipeline.tagging.votes import NEEDED_WORDS

    lines = [line.strip() for path in sorted(FIXTURES.rglob("*.txt")) + sorted(FIXTURES.rglob("*.md"))
             for line in path.read_text(encoding="utf-8", errors="replace").splitlines()]
    windows = [f"{line} {following[:400]}" for line, following in zip(lines, lines[1:] + [""])]
    for pattern, words in NEEDED_WORDS.items():
        matched = [match.group(0) for window in windows for match in pattern.finditer(window)]
        assert matched, pattern.pattern[:60]  # the fixtures exercise every pattern
        assert all(any(word in text.lower() for word in words) for text in matched), pattern.pattern[:60]
