"""`minutes status` on databases built through the loopback replay in
states that must read as ok, stale and failing; `councils.toml` errors."""

import json
import re
from datetime import datetime, timedelta, timezone

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer

from pipeline.cli import cli
from pipeline.config import ConfigError, load_config
from pipeline.status import HealthRules, all_health

from replay import ReplaySite

FAST = ["--rate-limit", "0", "--timeout", "0.5", "--retries", "2", "--retry-wait", "0.05"]
GOOD_WINDOW = ["--from", "2025-11-20", "--to", "2025-11-30", "--committee", "129"]
FAULTY_WINDOW = ["--from", "2025-10-01", "--to", "2025-12-31", "--committee", "129"]


@pytest.fixture
def replay():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    site = ReplaySite(base_url=server.url_for("").rstrip("/"),
                      councillors_file="gloucester_GetCouncillorsByWard_CONTACT-DETAILS-REMOVED.xml")
    server.expect_request(re.compile(".*")).respond_with_handler(site.handle)
    yield site
    server.clear()
    server.stop()


def _config(tmp_path, base_url, extra=""):
    path = tmp_path / "councils.toml"
    path.write_text(f'''[defaults]
rate_limit = 0
[health]
stale_after_days = 45
max_failure_rate = 0.2
[[council]]
slug = "gloucester"
name = "Gloucester City Council"
url = "{base_url}"
{extra}''')
    return path


def _scrape(db, replay, window):
    return CliRunner().invoke(cli, ["--db", str(db), "scrape", replay.base_url, "--slug", "gloucester",
                                    "--name", "Gloucester City Council", *window, *FAST])


def _status(db, config):
    return CliRunner().invoke(cli, ["--db", str(db), "status", "--config", str(config), "--json"])


@pytest.mark.slow
def test_healthy_council_is_ok_and_exits_0(replay, tmp_path):
    db = tmp_path / "m.db"
    assert _scrape(db, replay, GOOD_WINDOW).exit_code == 0
    result = _status(db, _config(tmp_path, replay.base_url))
    assert result.exit_code == 0, result.output
    [health] = json.loads(result.stdout)
    assert health["verdict"] == "ok" and health["reasons"] == []
    assert health["newest_meeting"] == "2025-11-21"
    assert health["meetings_added_7_days"] == 1 and health["documents_added_7_days"] == 8
    assert health["documents_pending"] == 8  # not yet processed
    assert health["last_run_failure_rate"] < 0.2  # the 429 before a good answer counts as one failed request


@pytest.mark.slow
def test_quiet_scraper_reads_as_stale(replay, tmp_path):
    from pipeline.store import open_db

    db = tmp_path / "m.db"
    _scrape(db, replay, GOOD_WINDOW)
    later = datetime.now(timezone.utc) + timedelta(days=60)
    [health] = all_health(open_db(db), HealthRules(), ["gloucester"], now=later)
    assert health.verdict == "stale"
    assert any("no successful run for 36 hours" in r for r in health.reasons)
    assert any("no new meeting found for 45 days" in r for r in health.reasons)


@pytest.mark.slow
def test_faulty_site_reads_as_failing_and_exits_3(replay, tmp_path):
    db = tmp_path / "m.db"
    assert _scrape(db, replay, FAULTY_WINDOW).exit_code == 1
    result = _status(db, _config(tmp_path, replay.base_url))
    assert result.exit_code == 3
    [health] = json.loads(result.stdout)
    assert health["verdict"] == "failing"
    assert any("of the last run's requests failed" in r for r in health["reasons"])
    assert health["failures"]["http"] >= 2 and health["failures"]["xml"] >= 1
    table = CliRunner().invoke(cli, ["--db", str(db), "status", "--config", str(_config(tmp_path, replay.base_url))])
    assert table.exit_code == 3 and "gloucester" in table.stdout and "failing" in table.stdout


@pytest.mark.slow
def test_fewer_committees_than_last_time_reads_as_failing(replay, tmp_path):
    db = tmp_path / "m.db"
    _scrape(db, replay, GOOD_WINDOW)
    replay.committees_broken = True
    _scrape(db, replay, GOOD_WINDOW)
    [health] = json.loads(_status(db, _config(tmp_path, replay.base_url)).stdout)
    assert health["verdict"] == "failing"
    assert any("found 0 committees, the run before 131" in r for r in health["reasons"])


def test_configured_council_never_scraped_is_failing(tmp_path):
    db = tmp_path / "m.db"
    from pipeline.store import open_db

    open_db(db).close()
    result = _status(db, _config(tmp_path, "https://democracy.example"))
    assert result.exit_code == 3 and json.loads(result.stdout)[0]["reasons"] == ["never scraped"]


@pytest.mark.slow
def test_health_is_recorded_for_datasette(replay, tmp_path):
    from pipeline.store import open_db

    db = tmp_path / "m.db"
    _scrape(db, replay, FAULTY_WINDOW)
    row = open_db(db)["health"].get("gloucester")
    assert row["verdict"] == "failing" and json.loads(row["reasons"])


@pytest.mark.parametrize(
    "text,message",
    [
        ('[[council]]\nslug = "a"\nurl = "https://a.example"\nurll = "x"\n', "councils.toml:4: unknown key 'urll'"),
        ('[defaults]\nrate_limit = "fast"\n[[council]]\nslug = "a"\nurl = "https://a.example"\n',
         "councils.toml:2: 'rate_limit' must be float"),
        ('[[council]]\nslug = "a"\nurl = "ftp://a.example"\n', "councils.toml:3: url 'ftp://a.example'"),
        ('[[council]]\nslug = "a"\nurl = "https://a.example"\n[[council]]\nslug = "a"\nurl = "https://b.example"\n',
         "councils.toml:5: slug 'a' is used twice"),
        ('[health]\nstale_days = 3\n[[council]]\nslug = "a"\nurl = "https://a.example"\n',
         "councils.toml:2: unknown key 'stale_days' in [health]"),
        ('[[council]\nslug = "a"\n', "not valid TOML"),
        ('[[council]]\nname = "No slug"\nurl = "https://a.example"\n', "has no 'slug'"),
    ],
)
def test_malformed_config_names_the_line_and_key(tmp_path, text, message):
    path = tmp_path / "councils.toml"
    path.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert message in str(caught.value)
    result = CliRunner().invoke(cli, ["config", "check", "--config", str(path)])
    assert result.exit_code == 2 and message in result.stderr


def test_shipped_councils_toml_is_valid():
    config = load_config("councils.toml")
    assert {"bcp", "kent", "gloucester", "manchester"} <= {s.slug for s in config.sites}


@pytest.mark.slow
def test_json_logs_carry_council_and_url(replay, tmp_path):
    result = CliRunner().invoke(cli, ["--log-format", "json", "--db", str(tmp_path / "m.db"), "scrape",
                                      replay.base_url, "--slug", "gloucester", *FAULTY_WINDOW, *FAST])
    lines = [json.loads(line) for line in result.stderr.splitlines() if line.startswith("{")]
    failure = next(l for l in lines if "7608" in l["message"] and l["level"] == "warning")
    assert failure["level"] == "warning" and failure["council"] == "gloucester"
    assert failure["url"].endswith("lMeetingId=7608") and failure["run_id"]
