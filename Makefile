# Two commands do everything on a fresh machine:
#   make demo   set up, build a database from data/sample/ offline, serve it
#   make test   set up and run the test suite (what .ci/run calls)

PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
SYSTEM_PACKAGES = poppler-utils tesseract-ocr tesseract-ocr-eng qpdf chromium

.PHONY: setup system-packages test demo clean

$(BIN)/minutes: setup.cfg pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/minutes

# Tesseract (OCR of scanned pages) and poppler (benchmarks' baseline) are
# optional at run time but exercised by the tests; install them when we can.
system-packages:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq $$missing >/dev/null; \
	  else echo "note: install$$missing for OCR tests (apt-get)"; fi; \
	fi

test: setup system-packages
	$(BIN)/python -m pytest

demo: setup
	$(BIN)/minutes demo

clean:
	rm -rf $(VENV) *.egg-info .pytest_cache data/minutes.db*
