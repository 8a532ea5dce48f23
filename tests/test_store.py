"""Contract 3: the database schema, idempotent stores, migrations, FTS."""

import copy
import shutil
import sqlite3

import pytest

from pipeline.migrations import SCHEMA_VERSION, migrate, schema_version
from pipeline.store import DatabaseError, open_db, store_parsed

CONTRACT_TABLES = {
    "councils", "committees", "meetings", "documents", "pages", "items", "resolutions",
    "votes", "vote_members", "attendance", "people", "declarations", "fetches", "runs",
}


def _counts(db):
    return {t: db[t].count for t in CONTRACT_TABLES | {"speakers"}}


@pytest.fixture
def db(tmp_path):
    database = open_db(tmp_path / "minutes.db")
    yield database
    database.close()


def test_schema_has_every_contract_table_with_keys_and_version(db):
    assert CONTRACT_TABLES <= set(db.table_names())
    assert schema_version(db) == SCHEMA_VERSION
    for table in CONTRACT_TABLES:
        assert db[table].pks != ["rowid"], f"{table} needs a real primary key"
    fks = {(fk.column, fk.other_table) for fk in db["resolutions"].foreign_keys}
    assert {("item_id", "items"), ("document_id", "documents"), ("meeting_id", "meetings")} <= fks
    assert ("vote_id", "votes") in {(fk.column, fk.other_table) for fk in db["vote_members"].foreign_keys}
    for table in ("items", "resolutions", "votes", "attendance", "declarations"):
        assert "page" in db[table].columns_dict
    for table in ("items", "resolutions", "votes"):
        assert "source_url" in db[table].columns_dict
    assert db["items"].detect_fts() == "items_fts"
    assert db["resolutions"].detect_fts() == "resolutions_fts"
    assert "porter" in db["resolutions_fts"].schema


def test_storing_the_same_document_twice_changes_nothing(db, kent_cabinet):
    parsed = kent_cabinet
    first_id = store_parsed(db, parsed)
    first = _counts(db)
    assert first["items"] == 9 and first["resolutions"] >= 6
    second_id = store_parsed(db, parsed)
    assert first_id == second_id
    assert _counts(db) == first
    meeting = db["meetings"].get(db["documents"].get(first_id)["meeting_id"])
    assert meeting["date"] == "2025-01-30"
    assert db["committees"].get(meeting["committee_id"])["title"] == "Cabinet"


def test_reparse_replaces_rows_without_orphans(db, kent_budget):
    parsed = copy.deepcopy(kent_budget)
    document_id = store_parsed(db, parsed)
    assert db["votes"].count == 8
    assert db["vote_members"].count == sum(
        len(v.members_for) + len(v.members_against) + len(v.members_abstain) for i in parsed.items for v in i.votes
    )
    # The same document parsed again finds fewer items and no votes.
    parsed.items = parsed.items[:3]
    assert store_parsed(db, parsed) == document_id
    assert db["items"].count == 3
    assert db["votes"].count == 0
    orphans = db.execute(
        """SELECT (SELECT count(*) FROM vote_members WHERE vote_id NOT IN (SELECT id FROM votes))
                + (SELECT count(*) FROM resolutions WHERE item_id NOT IN (SELECT id FROM items))
                + (SELECT count(*) FROM items WHERE document_id NOT IN (SELECT id FROM documents))"""
    ).fetchone()[0]
    assert orphans == 0
    # The full-text index follows the deletes.
    assert db.execute("SELECT count(*) FROM items_fts").fetchone()[0] == 3


def test_full_text_search_finds_a_resolution_by_stemmed_word(db, kent_budget):
    store_parsed(db, kent_budget)
    rows = db.execute(
        "SELECT text FROM resolutions WHERE rowid IN "
        "(SELECT rowid FROM resolutions_fts WHERE resolutions_fts MATCH 'approve')"
    ).fetchall()
    assert rows, "searching 'approve' must find 'be approved as a correct record'"
    assert any("approved as a correct record" in text for (text,) in rows)
    items = db["items"].search("pecuniary")
    assert any("Pecuniary" in row["title"] for row in items)


def test_foreign_keys_are_enforced(db, kent_cabinet):
    store_parsed(db, kent_cabinet)
    with pytest.raises(sqlite3.IntegrityError):
        db["items"].insert({"id": "x", "document_id": "no-such-document", "title": "orphan"})
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("DELETE FROM documents")


def test_old_database_is_upgraded_in_place_without_losing_rows(tmp_path, fixtures):
    path = tmp_path / "old.db"
    shutil.copy(fixtures / "minutes-schema-v1.db", path)
    before = sqlite3.connect(path)
    assert before.execute("PRAGMA user_version").fetchone()[0] == 1
    old_counts = {t: before.execute(f"SELECT count(*) FROM [{t}]").fetchone()[0]
                  for t in ("items", "resolutions", "attendance", "documents")}
    old_titles = [r[0] for r in before.execute("SELECT title FROM items ORDER BY ordinal")]
    before.close()
    assert old_counts["items"] == 9

    db = open_db(path)
    assert schema_version(db) == SCHEMA_VERSION
    assert {t: db[t].count for t in old_counts} == old_counts
    assert [r["title"] for r in db.query("SELECT title FROM items ORDER BY ordinal")] == old_titles
    assert "speakers" in db.table_names()
    assert "person_id" in db["attendance"].columns_dict
    # Rows that existed before the upgrade are searchable after it.
    assert list(db["resolutions"].search("transferred"))  # stems to "transfer"
    # Opening again applies nothing more.
    assert migrate(db) == 0


def test_database_newer_than_the_program_is_refused(tmp_path):
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="newer than this program"):
        open_db(path)
    assert path.read_bytes() == before, "a database we do not understand is left byte-for-byte as it was"
    assert not path.with_name("future.db-wal").exists(), "and is not switched to WAL"


@pytest.mark.parametrize("content", [b"this is a text file, not a database\n", b"SQLite format 3\x00" + b"\xff" * 200,
                                     bytes(range(256)) * 8])
def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path, content):
    path = tmp_path / "minutes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseError):
        open_db(path)
    assert path.read_bytes() == content


@pytest.mark.parametrize(
    "time,expected",
    [("6.00 pm", "2025-11-21T18:00:00"), ("12.30 pm", "2025-11-21T12:30:00"), ("10.00 am", "2025-11-21T10:00:00"),
     ("12 noon", "2025-11-21T12:00:00"), ("18:30", "2025-11-21T18:30:00"), ("To be confirmed", None)],
)
def test_meeting_start_times_as_published(time, expected):
    from models.keys import starts_at

    assert starts_at("2025-11-21", time) == expected
