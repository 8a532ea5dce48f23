"""The bundled list of councils on ModernGov (Democracy Club LGSF, MIT):
loaded from package data, searched, and accepted by `minutes scrape` as a
slug instead of a URL."""

from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.config import url_problem
from scrapers.moderngov.known import find_council, known_councils, search_councils


def test_the_list_loads_with_a_source_for_every_row():
    councils = known_councils()
    assert len(councils) == 303
    assert len({c.slug for c in councils}) == 303
    for council in councils:
        assert url_problem(council.base_url) is None and not council.base_url.endswith("/")
        assert council.source.startswith("DemocracyClub/LGSF:scrapers/") and council.name
    kent = find_council("kent")
    assert (kent.name, kent.base_url, kent.kind) == ("Kent County Council", "https://democracy.kent.gov.uk", "county")
    assert find_council(" BCP ").name == "Bournemouth, Christchurch and Poole Council"
    assert find_council("nowhere") is None


def test_search_matches_slug_name_and_address():
    assert [c.slug for c in search_councils("kent")] == ["kent"]
    assert "manchester" in {c.slug for c in search_councils("MANCHESTER")}
    assert {c.slug for c in search_councils("moderngov.co.uk")} >= {"aberdeenshire"}
    assert len(search_councils()) == len(search_councils("")) == 303


def test_minutes_councils_lists_and_searches():
    result = CliRunner().invoke(cli, ["councils", "--search", "kent"])
    assert result.exit_code == 0
    assert result.stdout == "kent\tKent County Council\thttps://democracy.kent.gov.uk\n"
    assert "1 councils" in result.stderr and "MIT" in result.stderr
    everything = CliRunner().invoke(cli, ["councils"])
    assert everything.exit_code == 0 and len(everything.stdout.splitlines()) == 303
    assert CliRunner().invoke(cli, ["councils", "--search", "no such council"]).exit_code == 1


def test_scrape_takes_a_known_slug_and_refuses_an_unknown_one(tmp_path):
    db = str(tmp_path / "m.db")
    unknown = CliRunner().invoke(cli, ["scrape", "nowhere", "--db", db])
    assert unknown.exit_code == 2 and "neither an http(s) URL nor the slug of a known council" in unknown.stderr
    # A known slug is resolved to its site before anything is fetched: the
    # next check to fail is the (bad) --slug, not the URL. Nothing is crawled.
    known = CliRunner().invoke(cli, ["scrape", "kent", "--db", db, "--slug", "Not A Slug"])
    assert known.exit_code == 2 and "'Not A Slug' must be lower-case" in known.stderr
    assert not (tmp_path / "m.db").exists()
