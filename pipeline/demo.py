"""``minutes demo``: build a database from ``data/sample/`` through the real
pipeline (register, process, publish) and serve it, with no network."""

from __future__ import annotations

from pathlib import Path

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

from models import settings
from models.media import sha256_hex, sniff_media_type

from .process import process_pending
from .store import ensure_council, open_db, register_document

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"


def build_demo(db_path: Path, sample_dir: Path = SAMPLE, workers: int = 1) -> dict:
    """A fresh database holding the sample documents, parsed and tagged."""
    db_path = Path(db_path)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    manifest = tomllib.loads((sample_dir / "sample.toml").read_text())
    db = open_db(db_path)
    with db.atomic():
        for entry in manifest["document"]:
            path = sample_dir / entry["file"]
            data = path.read_bytes()
            ensure_council(db, entry["council"], entry.get("council_name"), licence=settings.LICENCE)
            register_document(
                db,
                council=entry["council"],
                source_id=f"sample-{sha256_hex(data)[:12]}",
                title=entry.get("title"),
                # Offline, the sample files are served by the demo itself
                # (mounted at /sample/) so "page N" links open the PDF there.
                url=entry.get("url") or f"/sample/{entry['file']}",
                path=path,
                sha256=sha256_hex(data),
                media_type=sniff_media_type(data, path.name),
                size=len(data),
                kind="webservice" if path.suffix == ".xml" else "document",
                fetched=False,
            )
    db.close()
    return process_pending(db_path, workers=workers)
