"""Contract 1 (the command line) and Contract 2 (`minutes parse --json`)."""

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from conftest import FIXTURES, PDF, modules_imported_by

SCHEMA = json.loads((Path(__file__).parents[1] / "models" / "parsed-document.schema.json").read_text())


def test_help_lists_the_six_commands():
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in ("scrape", "process", "run", "parse", "serve", "demo"):
        assert f"  {command} " in result.output


def test_version():
    result = CliRunner().invoke(cli, ["--version"])
    assert result.exit_code == 0 and "minutes" in result.output


def test_serve_without_a_database_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2 and "does not exist" in result.stderr


def test_run_with_a_missing_config_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["run", "--config", str(tmp_path / "nope.toml"), "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 2 and "nope.toml: cannot be read" in result.stderr


def test_scrape_refuses_a_non_http_url(tmp_path):
    result = CliRunner().invoke(cli, ["scrape", "democracy.example", "--db", str(tmp_path / "m.db")])
    assert result.exit_code == 2


@pytest.mark.slow
def test_parse_json_is_one_valid_object_per_file_in_order():
    files = [
        PDF / "2025-01-30_cabinet_printed-minutes.pdf",
        PDF / "2019-09-03_parish-council_minutes.pdf",
        FIXTURES / "text" / "issue-history_SEND-progress-update_committee-and-cabinet.txt",
    ]
    result = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "parse", "--json", *map(str, files)],
        capture_output=True, text=True, check=True,
    )
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 3
    for line, path in zip(lines, files):
        document = json.loads(line)
        jsonschema.validate(document, SCHEMA)
        assert document["source"]["path"] == str(path)
    cabinet = json.loads(lines[0])
    assert cabinet["meeting"] == {
        "council": "Kent County Council", "committee": "Cabinet", "date": "2025-01-30",
        "venue": "Council Chamber, Sessions House, County Hall, Maidstone",
    }
    assert [i["number"] for i in cabinet["items"]] == [str(n) for n in range(84, 93)]
    assert cabinet["source"]["pages"] == 17 and cabinet["source"]["media_type"] == "application/pdf"
    assert json.loads(lines[2])["source"]["media_type"] == "text/plain"


@pytest.mark.slow
def test_parse_with_two_workers_prints_what_one_worker_prints_in_the_order_given():
    # The longest document first, so that with two workers the short ones
    # finish before it: the output must still follow the command line.
    files = [
        PDF / "2025-01-30_cabinet_printed-minutes.pdf",
        PDF / "damaged" / "kent-cabinet_ENCRYPTED-user-password.pdf",
        FIXTURES / "text" / "issue-history_SEND-progress-update_committee-and-cabinet.txt",
        PDF / "2019-09-03_parish-council_minutes.pdf",
    ]
    runs = {}
    for workers in ("1", "2"):
        runs[workers] = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "parse", "--json", "--ocr", "never", "--workers", workers,
             *map(str, files)], capture_output=True, text=True, check=False)
        assert runs[workers].returncode == 1 and "1 of 4 files failed" in runs[workers].stderr
    assert runs["2"].stdout == runs["1"].stdout
    paths = [json.loads(line)["source"]["path"] for line in runs["2"].stdout.strip().split("\n")]
    assert paths == [str(files[0]), str(files[2]), str(files[3])]


def test_parse_reports_bad_files_and_goes_on():
    good = PDF / "2019-09-03_parish-council_minutes.pdf"
    bad = PDF / "damaged" / "kent-cabinet_ENCRYPTED-user-password.pdf"
    result = CliRunner().invoke(cli, ["parse", "--json", str(bad), str(good), "missing.pdf"])
    assert result.exit_code == 1
    assert f"{bad}: is encrypted" in result.stderr
    assert "missing.pdf: cannot be read" in result.stderr
    assert "2 of 3 files failed" in result.stderr
    lines = result.stdout.strip().split("\n")
    assert len(lines) == 1 and json.loads(lines[0])["meeting"]["council"] == "Milburn Parish Council"


def test_scanned_document_is_flagged_in_the_contract():
    result = CliRunner().invoke(cli, ["parse", "--json", "--ocr", "never", str(PDF / "2018_financial-statement_SCANNED.pdf")])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    jsonschema.validate(document, SCHEMA)
    assert document["source"]["ocr"] is False
    assert any("no text layer" in w for w in document["warnings"])


# -- papercuts of serve, publish and the read-only commands (issue 15) ----------------------------------------------


def test_serve_names_the_database_that_exists(tmp_path, monkeypatch):
    """Seen: after `make demo`, `minutes serve` advised `minutes demo`, which
    had written data/demo.db, not data/minutes.db."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "data").mkdir()
    sqlite3.connect(tmp_path / "data" / "demo.db").close()
    result = CliRunner().invoke(cli, ["serve"])
    assert result.exit_code == 2
    assert "minutes serve --db data/demo.db" in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("command", [["people"], ["process"], ["serve"], ["publish", "out"]])
def test_commands_that_read_never_create_a_database(tmp_path, command):
    """Seen: `minutes people` and `minutes process` made an empty database."""
    db = tmp_path / "nothing.db"
    result = CliRunner().invoke(cli, ["--db", str(db), *command])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    assert "does not exist" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("port", ["-1", "65536", "99999"])
def test_a_port_out_of_range_is_one_line(tmp_path, port):
    """Seen: `--port -1` printed a URL with `:-1`."""
    sqlite3.connect(tmp_path / "x.db").close()
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--port", port])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    assert "out of range" in result.output and "http://" not in result.output


def test_a_port_in_use_is_one_line(tmp_path):
    """Seen: "Open http://..." then uvicorn's error and exit 3."""
    import socket

    sqlite3.connect(tmp_path / "x.db").close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "x.db"), "--port", str(port)])
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1, result.output
    assert "in use" in result.output and "http://" not in result.output


def test_a_local_process_run_does_not_load_dask(tmp_path):
    """Seen: every `minutes process` imported Dask distributed (0.7 s
    before the first document, on a nightly cron run that never uses a
    cluster).  The time is measured in benchmarks; here, what is imported."""
    db_path = tmp_path / "minutes.db"
    assert CliRunner().invoke(cli, ["--db", str(db_path), "add", str(PDF / "2019-09-03_parish-council_minutes.pdf"),
                                    "--council", "milburn"]).exit_code == 0
    result, imported = modules_imported_by(["--db", db_path, "process", "--workers", "1"], ("distributed", "dask"))
    assert "processed 1 documents, 0 failed" in result.stderr, result.stderr[-2000:]
    assert imported == []


def test_help_and_version_import_neither_spacy_nor_the_site():
    """Seen: `minutes --version` took over a second (spaCy imported for
    every command).  The time is measured in benchmarks; here, what is
    imported."""
    for option, shown in (("--help", "Usage:"), ("--version", "minutes, version")):
        result, imported = modules_imported_by([option], ("spacy", "datasette", "uvicorn", "sqlite_utils", "httpx"))
        assert shown in result.stdout
        assert imported == [], option
