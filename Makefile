# mexico-land-defenders: every output is rebuilt from seeds/ by the steps below.
#   make figures   rebuild data/ if its inputs changed, check it is what they produce, validate, draw
#   make test      lint, types and the test suite
# The first target run creates .venv with only python3 and make (requirements.lock; make test adds
# requirements-dev.lock). Steps depend on their inputs by glob, so editing any script, the
# vocabulary, a lexicon, the metadata or a seed reruns what depends on it.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
hash    = $(shell cat $(1) 2>/dev/null | sha256sum | cut -c1-12)
RUNTIME := $(VENV)/.runtime-$(call hash,requirements.lock)
DEV     := $(VENV)/.dev-$(call hash,requirements.lock requirements-dev.lock)

SEEDS   := $(wildcard seeds/*.txt seeds/*.json seeds/*.csv)
DEFS    := vocabulary.json metadata.json $(wildcard lexicon/*.json) pyproject.toml CHANGELOG.md
CORE    := $(wildcard scripts/mld/*.py)
BUILD   := $(CORE) $(wildcard scripts/mld/extract/*.py scripts/mld/build/*.py scripts/mld/validate/*.py) scripts/build_data.py
CHARTS  := $(CORE) $(wildcard scripts/mld/charts/*.py scripts/mld/validate/*.py) scripts/charts.py charts.json
TABLES  := $(wildcard data/*.csv)
BUILT   := build/data.stamp
DRAWN   := build/figures.stamp

.PHONY: all setup data check validate figures docs test dist reconcile bench clean distclean
# No .DELETE_ON_ERROR: every step writes atomically, and a failed step must leave its old output.

all: figures docs

setup: $(RUNTIME)

$(RUNTIME): requirements.lock
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(VENV)/bin/pip check
	touch $@

$(DEV): $(RUNTIME) requirements-dev.lock
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -r requirements-dev.lock
	$(VENV)/bin/pip check
	touch $@

# make data: always rebuilds (about a second), all or nothing; ACCEPT=1 accepts figures that
# disappear or change meaning.
data: | $(RUNTIME)
	$(PY) scripts/build_data.py $(if $(ACCEPT),--accept)
	@mkdir -p build && touch $(BUILT)

# Rebuilt only when an input is newer than the last build. Like `make data`, it refuses when data/
# is no longer what the last build wrote (the hashes in datapackage.json): a hand edit is reported,
# never silently restored, in a fresh clone too.
$(BUILT): $(SEEDS) $(DEFS) $(BUILD) | $(RUNTIME)
	$(PY) scripts/build_data.py $(if $(ACCEPT),--accept)
	@mkdir -p build && touch $@

# data/ must be what the last build wrote and what the seeds and their corrections produce: a hand
# edit or a deleted row is reported row by row with how to restore it; a removed seed (which make
# cannot see) as one line. The rebuilt copy is validated as it is compared.
check validate: $(BUILT) | $(RUNTIME)
	$(PY) scripts/build_data.py --check

$(DRAWN): $(BUILT) $(TABLES) datapackage.json $(CHARTS) $(DEFS) | check
	$(PY) scripts/charts.py
	@mkdir -p build && touch $@

figures: $(DRAWN)

README.md: $(BUILT) $(TABLES) datapackage.json scripts/readme.py $(CORE) | check
	$(PY) scripts/readme.py

docs: README.md $(DRAWN)

test: $(DEV)
	$(PY) -m ruff check scripts tests
	$(PY) -m mypy scripts
	$(PY) -m pytest -q -n 2 --dist worksteal  # two workers (pytest-xdist; the idle one takes tests queued for the other): about 7m on one core

# make reconcile RECORDS=path/to/export.csv DOWNLOADED=YYYY-MM-DD [COUNTRY=MEX]
reconcile: | check
	@test -n "$(RECORDS)" && test -n "$(DOWNLOADED)" || { echo "usage: make reconcile RECORDS=export.csv DOWNLOADED=YYYY-MM-DD [COUNTRY=MEX]"; exit 2; }
	$(PY) scripts/reconcile.py "$(RECORDS)" --out build/reconcile --downloaded "$(DOWNLOADED)" $(if $(COUNTRY),--country "$(COUNTRY)")

dist: dist/mexico-land-defenders.zip

dist/mexico-land-defenders.zip: $(DRAWN) README.md scripts/dist.py LICENSE LICENSE-DATA.md CITATION.cff CHANGELOG.md | check
	$(PY) scripts/dist.py $@
	$(VENV)/bin/frictionless validate $@

bench: | $(RUNTIME)
	$(PY) scripts/bench.py

clean:
	rm -rf build dist .build .pytest_cache .mypy_cache .ruff_cache
	find scripts tests -name __pycache__ -type d -prune -exec rm -rf {} +

distclean: clean
	rm -rf $(VENV)
