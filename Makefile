# The README's two commands: `make demo` and `make test`. Everything else is a helper.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
DEMO_DB ?= $(CURDIR)/dealradar-demo.db
STAMP := $(VENV)/.installed

.PHONY: demo test install lint typecheck bench docs clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## Install, load the bundled reference data into a SQLite file, and show real market figures.
demo: $(STAMP)
	$(BIN)/dealradar --db $(DEMO_DB) load-reference
	$(BIN)/dealradar --db $(DEMO_DB) stats --by half --licensor-country CN --since 2023-01-01
	$(BIN)/dealradar --db $(DEMO_DB) deals list --licensor-country CN --sort upfront --limit 10
	$(BIN)/dealradar --db $(DEMO_DB) stats --by year --group modality --licensor-country CN --since 2025-01-01 --until 2025-12-31
	$(BIN)/dealradar --db $(DEMO_DB) compare-totals
	$(BIN)/dealradar extract tests/data/articles/en/t002.txt --format table
	@echo "Explore further: $(BIN)/dealradar --db $(DEMO_DB) --help"

## Install and run the whole suite, the store tests on SQLite and on a throw-away PostgreSQL.
test: $(STAMP)
	scripts/with-postgres.sh $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_store.py

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm .pytest_cache .mypy_cache .ruff_cache

docs: $(STAMP)
	$(BIN)/cog -r -I . README.md
