"""What parse workers share: loaded once, before the fork, without spaCy's command line."""

import subprocess
import sys

from conftest import PDF

CHECK = """
import sys
from pipeline.parallel import load_parser_for_workers
assert load_parser_for_workers()
assert "weasel" not in sys.modules and "spacy.cli.download" not in sys.modules
import spacy
from pipeline.parse import parse_path
parsed = parse_path(sys.argv[1])
assert parsed.items and parsed.attendance and any(i.resolutions for i in parsed.items), "tagged"
from spacy.cli.download import download  # a submodule still imports when asked for
assert callable(download) and callable(spacy.info)
print("ok")
"""


def test_spacy_loads_without_its_command_line_and_tags_the_same():
    path = PDF / "2025-01-09_cabinet_minutes.pdf"
    result = subprocess.run([sys.executable, "-c", CHECK, str(path)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-2000:]
