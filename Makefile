# mexico-land-defenders: every output is rebuilt from seeds/ by the steps below.
#   make figures   extract -> derive -> describe -> validate -> draw (the main job)
#   make test      lint, types and the test suite
# The first target run creates .venv from requirements.lock with only python3 and make.

PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-$(shell sha256sum requirements.lock 2>/dev/null | cut -c1-12)

SEEDS  := $(wildcard seeds/*.txt) $(wildcard seeds/*.meta.json)
LIB    := vocabulary.json scripts/vocab.py scripts/textnum.py scripts/tables.py scripts/atomic.py
DATA   := data/counts.csv data/population_shares.csv data/review.csv data/sources.csv
CHECKS := scripts/validate.py scripts/checks.py scripts/schema.py
VALID  := build/validated
FIGS   := figures/.drawn

.PHONY: all setup data validate figures docs test dist reconcile clean distclean
# No .DELETE_ON_ERROR: every step writes atomically, and a failed step must leave its old output.

all: figures docs

setup: $(STAMP)

$(STAMP): requirements.lock
	rm -rf $(VENV)
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check --no-deps -r requirements.lock
	$(VENV)/bin/pip check
	touch $@

# All or nothing: staged, validated, compared with data/ (ACCEPT=1 to accept changed figures).
$(DATA) data/derived_counts.csv datapackage.json &: $(SEEDS) scripts/build_data.py scripts/extract.py \
		scripts/derive.py scripts/descriptor.py $(CHECKS) $(LIB) | $(STAMP)
	$(PY) scripts/build_data.py $(if $(ACCEPT),--accept)

data: $(DATA) data/derived_counts.csv datapackage.json

# Charts are drawn only after the package validates; a failed validation leaves them as they were.
$(VALID): datapackage.json $(DATA) data/derived_counts.csv $(SEEDS) $(CHECKS) $(LIB) | $(STAMP)
	$(PY) scripts/validate.py datapackage.json
	@mkdir -p build && touch $@

validate: $(VALID)

$(FIGS): $(VALID) scripts/charts.py $(LIB) | $(STAMP)
	$(PY) scripts/charts.py
	touch $@

figures/README.md: $(FIGS)

figures: $(FIGS)

README.md: datapackage.json $(DATA) data/derived_counts.csv scripts/readme.py $(LIB) | $(STAMP)
	$(PY) scripts/readme.py

docs: README.md figures/README.md

test: $(STAMP)
	$(PY) -m ruff check scripts tests
	$(PY) -m mypy scripts
	$(PY) -m pytest -q

# make reconcile RECORDS=path/to/export.csv [DOWNLOADED=YYYY-MM-DD]
reconcile: $(VALID)
	@test -n "$(RECORDS)" || { echo "usage: make reconcile RECORDS=export.csv [DOWNLOADED=YYYY-MM-DD]"; exit 2; }
	$(PY) scripts/reconcile.py "$(RECORDS)" --out build/reconcile $(if $(DOWNLOADED),--downloaded $(DOWNLOADED))

dist: dist/mexico-land-defenders.zip

dist/mexico-land-defenders.zip: $(VALID) scripts/dist.py README.md LICENSE LICENSE-DATA.md CITATION.cff CHANGELOG.md
	$(PY) scripts/dist.py $@
	$(VENV)/bin/frictionless validate $@

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache scripts/__pycache__ tests/__pycache__

distclean: clean
	rm -rf $(VENV)
