"""Contract 1 (the command line) and Contract 2 (`minutes parse --json`)."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from pipeline.cli import cli

from conftest import FIXTURES, PDF

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
