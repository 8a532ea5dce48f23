"""`minutes add` and `platform = "files"`: real parish and community council
minutes given as local files become a council's documents, once each, and
`minutes process` finds their meetings in their own headers."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import ConfigError, load_config
from pipeline.parse import parse_path

from conftest import FIXTURES, PDF

MILBURN = [FIXTURES / "dev" / "milburn-pc" / "milburn-pc_2016-01-12_parish-council_minutes.pdf",
           FIXTURES / "dev" / "milburn-pc" / "milburn-pc_2021-01-26_parish-council_minutes.pdf",
           PDF / "2019-09-03_parish-council_minutes.pdf"]
AYTON = FIXTURES / "dev" / "ayton-cc" / "ayton-cc_2025-10-07_community-council_minutes.md"
HARESFIELD = FIXTURES / "dev" / "haresfield-pc" / "haresfield-pc_2020-01-26_parish-council_minutes.docx"


def _folder(tmp_path: Path) -> Path:
    """A clerk's folder: the Milburn minutes, one of them twice under
    another name, a Word file in a subfolder, and a file that is no
    document (left alone: a folder is searched by suffix)."""
    folder = tmp_path / "milburn minutes"
    (folder / "older").mkdir(parents=True)
    for path in MILBURN[:2]:
        shutil.copy(path, folder / path.name)
    shutil.copy(MILBURN[0], folder / "copy of january 2016.pdf")
    shutil.copy(MILBURN[2], folder / "older" / MILBURN[2].name)
    shutil.copy(FIXTURES / "minutes-schema-v1.db", folder / "notes.db")
    return folder


def _rows(db_path: Path, sql: str, *args) -> list:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    rows = [dict(r) for r in conn.execute(sql, args)]
    conn.close()
    return rows


def _add(db_path: Path, *args: str):
    return CliRunner().invoke(cli, ["--db", str(db_path), "add", *args])


def test_a_folder_is_added_once_by_content(tmp_path):
    db_path = tmp_path / "minutes.db"
    folder = _folder(tmp_path)
    result = _add(db_path, str(folder), "--council", "milburn", "--council-name", "Milburn Parish Council")
    assert result.exit_code == 0, result.output
    assert "milburn: 3 added, 1 already held" in result.stderr
    documents = _rows(db_path, "SELECT * FROM documents ORDER BY id")
    assert len(documents) == 3
    for row in documents:
        assert row["meeting_id"] is None and row["status"] == "pending" and row["kind"] == "document"
        assert row["parser_version"] is None and row["id"] == f"milburn:sha:{row['sha256'][:16]}"
        kept = Path(row["path"])
        assert kept.is_relative_to(tmp_path / "raw" / "milburn") and kept.suffix == ".pdf"
    assert {Path(r["path"]).read_bytes() for r in documents} == {p.read_bytes() for p in MILBURN}
    assert _rows(db_path, "SELECT name FROM councils WHERE slug = 'milburn'") == [{"name": "Milburn Parish Council"}]

    # Again, the same folder, and a copy of one file elsewhere: nothing new.
    shutil.copy(MILBURN[1], tmp_path / "renamed.pdf")
    again = _add(db_path, str(folder), str(tmp_path / "renamed.pdf"), "--council", "milburn")
    assert again.exit_code == 0 and "milburn: 0 added, 5 already held" in again.stderr
    assert _rows(db_path, "SELECT count(*) AS n FROM documents") == [{"n": 3}]
    assert _rows(db_path, "SELECT name FROM councils WHERE slug = 'milburn'") == [{"name": "Milburn Parish Council"}]


def test_what_cannot_be_added_is_named_and_the_rest_is_added(tmp_path):
    db_path = tmp_path / "minutes.db"
    not_a_document = FIXTURES / "minutes-schema-v1.db"
    result = _add(db_path, str(HARESFIELD), str(not_a_document), "--council", "haresfield")
    assert result.exit_code == 1
    assert "haresfield: 1 added" in result.stderr
    assert str(not_a_document) in result.stderr and "[unsupported]" in result.stderr
    [row] = _rows(db_path, "SELECT media_type, path FROM documents")
    assert row["media_type"].endswith("wordprocessingml.document") and row["path"].endswith(".docx")
    for args in ([str(tmp_path / "missing.pdf"), "--council", "x"], [str(HARESFIELD), "--council", "../x"],
                 [str(HARESFIELD), "--council", "x", "--url", "javascript:alert(1)"],
                 [str(tmp_path), "--council", "x", "--url", "https://x.example/minutes.pdf"]):
        usage = _add(db_path, *args)
        assert usage.exit_code == 2 and "Traceback" not in usage.output, args


def test_a_files_council_needs_no_url_and_an_unknown_platform_is_named(tmp_path):
    path = tmp_path / "councils.toml"
    path.write_text('[[council]]\nslug = "milburn"\nname = "Milburn Parish Council"\nplatform = "files"\n')
    [site] = load_config(path).sites
    assert (site.platform, site.base_url) == ("files", None)
    path.write_text('[[council]]\nslug = "milburn"\nurl = "https://milburn.example"\nplatform = "cmis"\n')
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert f"{path}:4: platform 'cmis'" in str(caught.value) and "moderngov" in str(caught.value)
    path.write_text('[[council]]\nslug = "kent"\nplatform = "moderngov"\n')
    with pytest.raises(ConfigError, match="has no 'url'"):
        load_config(path)


@pytest.mark.slow
def test_added_files_are_processed_and_find_their_meetings(tmp_path):
    """`add` then the nightly `run`: the files council is not crawled (no
    network, no health verdict on its crawling), its documents are parsed,
    and each finds its meeting in its own header."""
    db_path = tmp_path / "minutes.db"
    config = tmp_path / "councils.toml"
    config.write_text('[[council]]\nslug = "milburn"\nname = "Milburn Parish Council"\nplatform = "files"\n'
                      '[[council]]\nslug = "ayton"\nname = "Ayton Community Council"\nplatform = "files"\n')
    folder = _folder(tmp_path)
    assert _add(db_path, str(folder), "--council", "milburn").exit_code == 0
    assert _add(db_path, str(AYTON), "--council", "ayton", "--committee", "Ayton Community Council").exit_code == 0

    result = CliRunner().invoke(cli, ["--db", str(db_path), "run", "--config", str(config), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert "processed 4 documents, 0 failed" in result.stderr
    documents = _rows(db_path, "SELECT d.status, d.parser_version, m.council, m.date, m.committee_title "
                               "FROM documents d JOIN meetings m ON m.id = d.meeting_id ORDER BY m.date")
    assert all(d["status"] == "ok" and d["parser_version"] for d in documents)
    assert [(d["council"], d["date"]) for d in documents] == [
        ("milburn", "2016-01-12"), ("milburn", "2019-09-03"), ("milburn", "2021-01-26"), ("ayton", "2025-10-07")]
    assert {d["committee_title"] for d in documents[:3]} == {"Milburn Parish Council"}
    # --committee fills in only what Ayton's header leaves out.
    assert documents[3]["committee_title"] == (parse_path(AYTON).meeting.committee or "Ayton Community Council")
    assert _rows(db_path, "SELECT count(*) AS n FROM items")[0]["n"] > 0
    assert _rows(db_path, "SELECT count(*) AS n FROM runs WHERE command LIKE 'scrape%'") == [{"n": 0}]
    assert _rows(db_path, "SELECT count(*) AS n FROM health") == [{"n": 0}]

    # Adding the same files after processing leaves their parse alone.
    assert "0 added, 4 already held" in _add(db_path, str(folder), "--council", "milburn").stderr
    assert _rows(db_path, "SELECT count(*) AS n FROM documents WHERE status = 'ok'") == [{"n": 4}]
