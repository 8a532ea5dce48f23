"""Is every council healthy?  ``minutes status`` and the ``health`` table.

The commonest failure of civic scrapers is silence: a site changes, the
scraper keeps "succeeding" with nothing new, and nobody notices for months.
So a council is judged on what its runs did, not only on whether they
crashed:

- **failing**: it has never been scraped; its last run failed; more than
  ``max_failure_rate`` of the last run's requests failed; or the last run
  found fewer committees than the run before it (a site that changed shape);
- **stale**: no successful run for ``max_run_age_hours`` (cron stopped), or
  no new meeting first seen for ``stale_after_days`` (a scraper that no longer
  finds what the site publishes);
- **ok** otherwise.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import sqlite_utils

from models import settings

from .store import store_health

FAILURE_KINDS = {
    "http": "http", "timeout": "http", "network": "http", "robots": "http", "too_large": "http",
    "malformed_xml": "xml", "html_error_page": "xml", "javascript_redirect": "xml", "unexpected_xml": "xml",
    "empty": "xml",
}


@dataclass
class HealthRules:
    """councils.toml ``[health]``; what it leaves out is ``models.settings``."""

    stale_after_days: int = settings.STALE_AFTER_DAYS
    max_failure_rate: float = settings.MAX_FAILURE_RATE
    max_run_age_hours: float = settings.MAX_RUN_AGE_HOURS
    committee_drop_fails: bool = settings.COMMITTEE_DROP_FAILS


@dataclass
class CouncilHealth:
    council: str
    name: Optional[str]
    verdict: str = "ok"
    reasons: list[str] = field(default_factory=list)
    last_run: Optional[str] = None
    last_run_status: Optional[str] = None
    last_successful_run: Optional[str] = None
    newest_meeting: Optional[str] = None
    upcoming_meetings: int = 0
    meetings_added_7_days: int = 0
    meetings_added_30_days: int = 0
    documents_added_7_days: int = 0
    documents_added_30_days: int = 0
    documents_pending: int = 0
    failures: dict = field(default_factory=dict)
    parse_warnings: int = 0
    last_run_failure_rate: Optional[float] = None

    def as_dict(self) -> dict:
        return asdict(self)


def _parse_time(value: Optional[str]) -> Optional[datetime]:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def _kind_of(error: str) -> str:
    match = re.search(r"\[(\w+)\]\s*$", error)
    return FAILURE_KINDS.get(match.group(1), "other") if match else "other"


def council_health(db: sqlite_utils.Database, council: dict, rules: HealthRules,
                   now: Optional[datetime] = None) -> CouncilHealth:
    now = now or datetime.now(timezone.utc)
    today = now.date().isoformat()
    slug = council["slug"]
    health = CouncilHealth(council=slug, name=council.get("name"))
    runs = list(db.query("SELECT * FROM runs WHERE council = ? ORDER BY started DESC", [slug]))
    one = lambda sql, *args: db.execute(sql, [slug, *args]).fetchone()[0]  # noqa: E731
    week, month = (now - timedelta(days=7)).isoformat(), (now - timedelta(days=30)).isoformat()
    health.newest_meeting = one("SELECT max(date) FROM meetings WHERE council = ? AND date <= ?", today)
    health.upcoming_meetings = one("SELECT count(*) FROM meetings WHERE council = ? AND date > ?", today)
    health.meetings_added_7_days = one("SELECT count(*) FROM meetings WHERE council = ? AND first_seen >= ?", week)
    health.meetings_added_30_days = one("SELECT count(*) FROM meetings WHERE council = ? AND first_seen >= ?", month)
    health.documents_added_7_days = one("SELECT count(*) FROM documents WHERE council = ? AND first_seen >= ?", week)
    health.documents_added_30_days = one("SELECT count(*) FROM documents WHERE council = ? AND first_seen >= ?", month)
    health.documents_pending = one(
        "SELECT count(*) FROM documents WHERE council = ? AND path IS NOT NULL AND parser_version IS NULL")
    health.parse_warnings = one(
        "SELECT count(*) FROM votes JOIN documents ON documents.id = votes.document_id "
        "WHERE documents.council = ? AND votes.warnings IS NOT NULL")
    failed_documents = one("SELECT count(*) FROM documents WHERE council = ? AND status = 'failed'")
    newest_seen = _parse_time(one("SELECT max(first_seen) FROM meetings WHERE council = ?"))

    if not runs:
        health.verdict = "failing"
        health.reasons.append("never scraped")
        return health
    last = runs[0]
    health.last_run, health.last_run_status = last["started"], last["status"]
    successful = next((r for r in runs if r["status"] in ("ok", "partial")), None)
    health.last_successful_run = successful["started"] if successful else None
    errors = json.loads(last["errors"] or "[]")
    for error in errors:
        kind = _kind_of(error)
        health.failures[kind] = health.failures.get(kind, 0) + 1
    if failed_documents:
        health.failures["pdf"] = failed_documents
    requests = db.execute("SELECT count(*), sum(error IS NOT NULL) FROM fetches WHERE run_id = ?", [last["id"]]).fetchone()
    if requests[0]:
        health.last_run_failure_rate = round((requests[1] or 0) / requests[0], 3)

    failing, stale = [], []
    if last["status"] == "failed" or last["finished"] is None:
        failing.append("the last run failed" if last["status"] == "failed"
                       else "the last run did not finish (killed, or still running)")
    if health.last_run_failure_rate is not None and health.last_run_failure_rate > rules.max_failure_rate:
        failing.append(f"{health.last_run_failure_rate:.0%} of the last run's requests failed "
                       f"(limit {rules.max_failure_rate:.0%})")
    counts = [json.loads(r["counts"] or "{}").get("committees") for r in runs[:2]]
    if rules.committee_drop_fails and len(counts) == 2 and None not in counts and counts[0] < counts[1]:
        failing.append(f"the last run found {counts[0]} committees, the run before {counts[1]}")
    last_ok = _parse_time(health.last_successful_run)
    if last_ok is None or now - last_ok > timedelta(hours=rules.max_run_age_hours):
        stale.append(f"no successful run for {rules.max_run_age_hours:g} hours"
                     + (f" (last {health.last_successful_run})" if last_ok else ""))
    if newest_seen is None or now - newest_seen > timedelta(days=rules.stale_after_days):
        stale.append(f"no new meeting found for {rules.stale_after_days} days"
                     + (f" while {health.upcoming_meetings} upcoming meetings are listed" if health.upcoming_meetings else ""))
    if failing:
        health.verdict, health.reasons = "failing", failing + stale
    elif stale:
        health.verdict, health.reasons = "stale", stale
    return health


def all_health(db: sqlite_utils.Database, rules: HealthRules, councils: Optional[list[str]] = None,
               now: Optional[datetime] = None, stale_after_days: Optional[dict[str, int]] = None) -> list[CouncilHealth]:
    """Verdicts for ``councils`` (None: every council in the database);
    ``stale_after_days`` overrides that rule per council (councils.toml)."""
    from dataclasses import replace

    rows = list(db.query("SELECT slug, name FROM councils ORDER BY slug"))
    known = {r["slug"] for r in rows}
    wanted = councils if councils is not None else [r["slug"] for r in rows]
    result = []
    for slug in wanted:
        row = next((r for r in rows if r["slug"] == slug), {"slug": slug, "name": None})
        if slug not in known:
            result.append(CouncilHealth(council=slug, name=None, verdict="failing", reasons=["never scraped"]))
            continue
        council_rules = rules
        if stale_after_days and slug in stale_after_days:
            council_rules = replace(rules, stale_after_days=stale_after_days[slug])
        result.append(council_health(db, row, council_rules, now))
    return result


def record_health(db: sqlite_utils.Database, results: list[CouncilHealth]) -> None:
    """Keep the latest verdicts in the ``health`` table for Datasette."""
    checked = datetime.now(timezone.utc).replace(microsecond=0).isoformat()
    with db.atomic():
        for health in results:
            if not db["councils"].count_where("slug = ?", [health.council]):
                continue
            facts = {k: v for k, v in health.as_dict().items() if k not in ("council", "verdict", "reasons", "name")}
            store_health(db, health.council, health.verdict, health.reasons, facts, checked)


def format_table(results: list[CouncilHealth]) -> str:
    lines = [f"{'council':16} {'verdict':8} {'last run':20} {'newest meeting':14} {'new 7/30d':>9} {'pending':>7}  reasons"]
    for h in results:
        lines.append(
            f"{h.council:16} {h.verdict:8} {(h.last_run or '-')[:19]:20} {h.newest_meeting or '-':14} "
            f"{h.meetings_added_7_days:>4}/{h.meetings_added_30_days:<4} {h.documents_pending:>7}  {'; '.join(h.reasons)}"
        )
        if h.failures:
            lines.append(f"{'':16} failures in the last run: " + ", ".join(f"{k} {v}" for k, v in sorted(h.failures.items())))
    return "\n".join(lines)
