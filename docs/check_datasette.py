"""Serve a published bundle as a configuration directory (as `datasette
serve DIR` does) through Datasette's in-process client and fetch every kind
of page; run it with the Datasette to check (docs/datasette-1.0.md):

    python docs/check_datasette.py BUNDLE_DIR

Exits 1 when a page does not answer as expected.
"""
import asyncio
import json
import sys
from pathlib import Path
from datasette.app import Datasette
import datasette
bundle = Path(sys.argv[1])
ds = Datasette(config_dir=bundle, immutables=[str(bundle / "minutes.db")],
               inspect_data=json.loads((bundle / "inspect-data.json").read_text()))
paths = ["/", "/search?q=children%27s", "/search?q=%22", "/search?q=approved&from=01/03/2025", "/search?q=Gough",
         "/meeting/kent:cabinet:2025-01-30", "/meeting/nope", "/person?id=nope", "/calendar.ics", "/robots.txt",
         "/minutes/resolutions", "/minutes/search_everything?q=budget", "/minutes/resolutions_between",
         "/minutes/new_resolutions.atom?q=zzqq", "/minutes/new_resolutions.atom?q=budget", "/minutes/close_votes?margin=5",
         "/minutes/councillor_votes?name=Gough", "/minutes/meetings_calendar", "/minutes/health", "/minutes/runs",
         "/minutes/attendance_record?name=Gough", "/minutes/decisions_by_portfolio?portfolio=Children"]
async def main():
    print("datasette", datasette.__version__)
    bad = 0
    for p in paths:
        r = await ds.client.get(p)
        note = ""
        if "<title>" in r.text: note = r.text.split("<title>")[1].split("</title>")[0].strip()[:70]
        print(f"{r.status_code} {p} | {note}")
        expected = 404 if "nope" in p else 200
        bad += r.status_code != expected
    r = await ds.client.get("/minutes/resolutions")
    print("json columns rendered:", "cm-json" in r.text, "| source links:", "#page=" in r.text and "<a href=\"/sample" in r.text)
    print("FAILED" if bad else "all pages as expected")
    return 1 if bad else 0


sys.exit(asyncio.run(main()))
