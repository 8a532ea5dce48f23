"""The site a councillor relies on (issue 15), through Datasette's
in-process client on the demo database built from the bundled sample:
search that never fails on what people type, pages that say what they do
not hold, dates and links as people read them, the calendar, the config
split, and the command line's papercuts.  Each test names what was seen."""

import asyncio
import html
import json
import re
import sqlite3
from pathlib import Path

import icalendar
import pytest
from hypothesis import given, settings, strategies as st

from models.keys import web_url as store_web_url
from pipeline import plugin
from pipeline.plugin import fts_query, parse_date

# -- what people type (no database needed) ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def fts_table():
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(text, tokenize='porter')")
    conn.executemany("insert into t values (?)", [("Integrated Children's Services",), ("Fees of £5m & more",),
                                                  ("Café culture in Llanfair",), ("and or not near",)])
    return conn


@pytest.mark.parametrize("typed, found", [
    ("children's", 1), ("children\u2019s", 1), ('"', 0), ("'", 0), ("£5m", 1), ("fees & more", 1), ("café", 1),
    ("AND", 1), ("NOT near", 1), ("OR", 1), ("NEAR(", 1), ("children*", 1), ("integr*", 1), ("(", 0), ("", 0),
    ("a\"b", 0), ("col:children", 0), ("-children", 1), ("^children", 1), ("childr*en", 0),
])
def test_any_text_is_a_safe_fts_query(fts_table, typed, found):
    """Seen: `children's` found nothing (tojson made it \\u0027) and `"` was a 500."""
    rows = fts_table.execute("select count(*) from t where t match ?", [fts_query(typed)]).fetchone()[0]
    assert rows == found


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_no_text_is_an_fts_syntax_error(text):
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(text, tokenize='porter')")
    conn.execute("select count(*) from t where t match ?", [fts_query(text)]).fetchone()


@pytest.mark.parametrize("typed, iso", [
    ("01/03/2025", "2025-03-01"), ("1/3/25", "2025-03-01"), ("2025-03-01", "2025-03-01"), ("1.3.2025", "2025-03-01"),
    ("1 March 2025", "2025-03-01"), ("1 mar 2025", "2025-03-01"), ("", None), ("  ", None),
])
def test_uk_and_iso_dates(typed, iso):
    assert parse_date(typed) == iso


@pytest.mark.parametrize("typed", ["31/02/2025", "13/13/2025", "yesterday", "2025-13-01", "01/03"])
def test_a_bad_date_is_a_message(typed):
    with pytest.raises(ValueError, match="not a date"):
        parse_date(typed)


@pytest.mark.parametrize("url", ["https://x.gov.uk/a.pdf#page=3", "/sample/a.pdf", "javascript:alert(1)",
                                 "data:text/html,x", "//evil.example/x", "/\\evil", "http:/x", " https://x.uk/ ",
                                 "https://x.uk/a b", "", None, "HTTPS://X.UK/"])
def test_the_plugin_links_what_the_store_keeps(url):
    """The plugin carries its own copy of the link rule (a bundle runs
    without the project installed); it must be the store's rule."""
    assert plugin.web_url(url) == store_web_url(url)


# -- the site, in-process --------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    from pipeline.demo import build_demo
    from pipeline.publish import write_bundle

    folder = tmp_path_factory.mktemp("site")
    build_demo(folder / "demo.db")
    return write_bundle(folder / "demo.db", folder / "published")


@pytest.fixture(scope="module")
def get(bundle):
    from pipeline.publish import site

    ds = site(bundle)

    def get(path, **params):
        return asyncio.run(ds.client.get(path, params=params or None))

    return get


def _text(html: str) -> str:
    """What a reader sees: the body without tags, scripts or styles."""
    body = html[html.find("<body"):]
    body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", body).split())




@pytest.mark.slow
@pytest.mark.parametrize("q", ["children's", "children\u2019s", "Children\u2019s"])
def test_an_apostrophe_finds_what_the_index_holds(get, q):
    page = get("/search", q=q)
    assert page.status_code == 200
    assert len(re.findall(r'class="cm-item"', page.text)) == 6
    assert "<mark>Children" in page.text or "<mark>children" in page.text


@pytest.mark.slow
@pytest.mark.parametrize("q", ['"', "'", '"budget', "budget\"'", "&", "£", "£1,419m", "Llanfair Pwllgwyngyll café",
                               "AND", "OR NOT", "NEAR(budget, x)", "(", ")", "*", "^", ":", "-", "budget:", "a\x00b",
                               "\u200b", "🙂", "x" * 2000])
def test_search_never_fails_on_what_people_type(get, q):
    """Seen: `/search?q="` was an HTTP 500."""
    assert get("/search", q=q).status_code == 200
    assert get("/minutes/new_resolutions.atom", q=q).status_code == 200
    assert get("/minutes/search_everything", q=q).status_code == 200
    assert get("/minutes/resolutions_between", q=q, from_date=q, to_date="").status_code == 200


@pytest.mark.slow
@pytest.mark.parametrize("path", ["/minutes/resolutions_between", "/minutes/search_everything",
                                  "/minutes/resolutions_between.json", "/minutes/search_everything.json",
                                  "/minutes/new_resolutions.atom?q=", "/minutes/councillor_votes",
                                  "/minutes/decisions_by_portfolio", "/minutes/close_votes"])
def test_the_home_pages_links_work_on_first_click(get, path):
    """Seen: 400 `fts5: syntax error` on first click (no words yet)."""
    assert get(path).status_code == 200


@pytest.mark.slow
def test_a_uk_date_filters_and_a_bad_one_says_so(get):
    """Seen: `01/03/2025` was silently ignored."""
    every = get("/search", q="approved").text
    later = get("/search", q="approved", **{"from": "01/03/2025"}).text
    dates = lambda page: re.findall(r'<time datetime="([\d-]+)"', page)  # noqa: E731
    assert "2025-02-13" in dates(every) and "2025-03-13" in dates(later)
    assert all(d >= "2025-03-01" for d in dates(later))
    # the filter bounds what FTS5 reads and loses nothing inside the bounds
    assert set(dates(later)) == {d for d in dates(every) if d >= "2025-03-01"}
    assert dates(get("/search", q="approved", **{"from": "2025-03-01"}).text) == dates(later)
    bad = get("/search", q="approved", **{"from": "31/02/2025"})
    assert bad.status_code == 200 and "is not a date" in bad.text and 'class="cm-item"' not in bad.text
    rows = get("/minutes/resolutions_between.json", q="approved", from_date="01/03/2025", to_date="",
               _shape="array").json()
    assert rows and all(r["date"] >= "2025-03-01" for r in rows)


@pytest.mark.slow
def test_filters_for_council_and_committee(get):
    kent = _text(get("/search", q="approved", council="kent").text)
    assert "Kent County Council" in kent and "Gloucester City Council ·" not in kent
    cabinet = get("/search", q="approved", committee="kent:cabinet").text
    assert re.findall(r'href="/meeting/([^"#]+)', cabinet) and all(
        m.startswith("kent:cabinet:") for m in re.findall(r'href="/meeting/([^"#]+)', cabinet))


@pytest.mark.slow
def test_a_feed_that_matches_nothing_is_an_empty_feed(get):
    """Seen: the Atom feed with a word matching nothing was a 500."""
    import feedparser

    response = get("/minutes/new_resolutions.atom", q="zzqxjwv")
    assert response.status_code == 200 and "atom" in response.headers["content-type"]
    feed = feedparser.parse(response.text)
    assert not feed.bozo and feed.entries == []
    found = feedparser.parse(get("/minutes/new_resolutions.atom", q="Budget").text)
    assert not found.bozo and found.entries and all(e.link.startswith("http") for e in found.entries)


@pytest.mark.slow
@pytest.mark.parametrize("path, what", [("/meeting/nope", "Meeting"), ("/person?id=nope", "Person"),
                                        ("/person/nope", "Person"), ("/person?name=Nobody+Atall", "Person"),
                                        ("/person", "Person")])
def test_unknown_ids_are_404_with_a_helpful_page(get, path, what):
    """Seen: `/meeting/nope` and `/person?id=nope` answered 200."""
    page = get(path)
    assert page.status_code == 404
    assert f"{what} not found" in page.text and 'action="/search"' in page.text
    assert 'href="/meeting/kent:' in page.text  # the latest meetings, to go on from


@pytest.mark.slow
def test_snippets_highlight_the_words_searched(get):
    """Seen: the first 400 characters cut mid-word, often without the word."""
    page = get("/search", q="Strengthening Independence").text
    marks = re.findall(r"<mark>(.*?)</mark>", page)
    assert marks and all(m.lower().startswith(("strengthen", "independen")) for m in marks)  # stemmed
    assert "…" in page


@pytest.mark.slow
def test_one_result_per_item_with_its_resolutions_inside(get):
    """Seen: a resolution and its minute item were two near-identical results."""
    page = get("/search", q="Strengthening Independence").text
    links = re.findall(r'<h3><a href="(/meeting/[^"]+)"', page)
    assert links and len(links) == len(set(links))
    results = page.split('class="cm-item"')[1:]
    assert any(re.search(r'class="cm-resolution".*<mark>', r, re.S) for r in results)  # the resolution inside


@pytest.mark.slow
def test_a_councillors_name_leads_to_their_page_and_votes(get):
    """Seen: searching a councillor's name led nowhere near them."""
    page = get("/search", q="Gough").text
    person = re.search(r'href="(/person/[^"]+)">([^<]*Gough[^<]*)</a>', page)
    assert person and "recorded vote" in page
    votes = get(person.group(1))
    assert votes.status_code == 200 and "Capital Programme 2025-35" in votes.text
    assert "<strong>for</strong>" in votes.text
    assert get("/search", q="Cllr Gough").text.count('href="/person/') >= 1


@pytest.mark.slow
def test_pages_never_say_none_and_dates_read_as_people_write_them(get, bundle):
    """Seen: "page None" on screen; dates as 2025-01-30."""
    conn = sqlite3.connect(bundle / "minutes.db")
    meetings = [m for (m,) in conn.execute("select id from meetings")]
    people = [p for (p,) in conn.execute("select id from people limit 20")]
    pages = [get(f"/meeting/{m}") for m in meetings] + [get(f"/person/{p}") for p in people]
    pages += [get("/search", q=q) for q in ("approved", "budget", "Gough")] + [get("/")]
    for page in pages:
        assert page.status_code == 200, page.url
        shown = re.sub(r'<(div|p) class="cm-(text|snippet)">.*?</\1>', " ", page.text, flags=re.S)  # the minutes' words
        assert not re.search(r"\bNone\b", _text(shown)), page.url
    cabinet = get("/meeting/kent:cabinet:2025-01-30").text
    assert '<time datetime="2025-01-30">30 January 2025</time>' in cabinet
    assert "12:30" in get("/meeting/gloucester:7837").text  # the time where it is known


@pytest.mark.slow
def test_titles_carry_the_councils_name(get):
    title = re.search(r"<title>(.*?)</title>", get("/meeting/kent:cabinet:2025-01-30").text, re.S).group(1)
    assert title.strip() == "Cabinet, 30 January 2025 · Kent County Council"
    gough = re.search(r'href="(/person/[^"]+)"', get("/search", q="Gough").text).group(1)
    assert "Kent County Council" in re.search(r"<title>(.*?)</title>", get(gough).text, re.S).group(1)


@pytest.mark.slow
def test_json_columns_read_as_lists_and_sources_as_links(get):
    """Seen: raw JSON in `clauses` and `warnings`; `source` columns plain text."""
    table = get("/minutes/resolutions", _size="50").text
    assert "cm-json" in table and "&#34;label&#34;" not in table and '[{"label"' not in table
    assert re.search(r'<a href="/sample/[^"]+#page=\d+">[^<]+, page \d+</a>', table)
    votes = get("/minutes/close_votes", margin="0").text
    assert "states 36 but lists 35" in votes and '["' not in _text(votes)
    assert re.search(r'<a href="/sample/[^"]+#page=\d+">', votes)


@pytest.mark.slow
def test_canned_query_pages_are_titled_by_their_titles(get):
    """Seen: query page titles were raw SQL."""
    from pipeline.publish import QUERIES

    for name, query in QUERIES.items():
        title = html.unescape(re.search(r"<title>(.*?)</title>", get(f"/minutes/{name}").text, re.S).group(1))
        assert title.strip() == f"{query['title']} · council-minutes"
        assert "select" not in title.lower()


@pytest.mark.slow
def test_the_calendar(get):
    """Seen: unknown times at midnight, TZID without VTIMEZONE, no end,
    location or link."""
    response = get("/calendar.ics")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(response.content)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/London"]
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    cabinet = events["council-minutes:kent:cabinet:2025-01-30"]
    assert cabinet.decoded("DTSTART").isoformat() == "2025-01-30"  # all day: the time is not known
    assert cabinet.decoded("DTEND").isoformat() == "2025-01-31"
    assert "Sessions House" in str(cabinet["LOCATION"])
    assert str(cabinet["URL"]).endswith("/meeting/kent:cabinet:2025-01-30")
    gloucester = events["council-minutes:gloucester:7837"]
    assert gloucester.decoded("DTSTART").isoformat().startswith("2025-11-21T12:30")
    assert gloucester["DTSTART"].params["TZID"] == "Europe/London"
    assert gloucester.decoded("DTEND") > gloucester.decoded("DTSTART")
    assert all(len(line.encode()) <= 75 for line in response.content.decode().split("\r\n"))


@pytest.mark.slow
def test_robots_txt_lets_pages_be_indexed_not_views(get):
    from urllib.robotparser import RobotFileParser

    robots = RobotFileParser()
    robots.parse(get("/robots.txt").text.splitlines())
    for allowed in ("/meeting/kent:cabinet:2025-01-30", "/person/kent:person:gough", "/matter/kent:24-00093"):
        assert robots.can_fetch("Googlebot", allowed), allowed
    for refused in ("/minutes/resolutions", "/minutes/search_everything?q=x", "/minutes.json", "/minutes?sql=select+1",
                    "/minutes/resolutions.json", "/-/metadata.json"):
        assert not robots.can_fetch("Googlebot", refused), refused


@pytest.mark.slow
def test_configuration_is_split_as_datasette_1_expects(bundle):
    import yaml

    config = yaml.safe_load((bundle / "datasette.yaml").read_text())
    metadata = json.loads((bundle / "metadata.json").read_text())
    assert set(config["databases"]["minutes"]["queries"]) >= {"search_everything", "new_resolutions"}
    assert config["settings"]["sql_time_limit_ms"] == 3000
    assert "queries" not in json.dumps(metadata) and "facets" not in json.dumps(metadata)
    assert metadata["license"] == "Open Government Licence v3.0"
    assert metadata["databases"]["minutes"]["tables"]["votes"]["columns"]["for_count"]
    inspected = json.loads((bundle / "inspect-data.json").read_text())
    assert inspected["minutes"]["tables"]["resolutions"]["count"] > 0
    assert (bundle / "plugins" / "council_minutes.py").read_text() == Path(plugin.__file__).read_text()
    assert re.fullmatch(r"datasette==[\w.]+\n", (bundle / "requirements.txt").read_text())
    assert "datasette serve ." in (bundle / "Dockerfile").read_text()


@pytest.mark.slow
def test_the_bundle_is_immutable(get):
    assert get("/minutes.json", sql="delete from items").status_code >= 400
    assert get("/-/databases.json").json()[0]["is_mutable"] is False
