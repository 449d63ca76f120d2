# newsledger task runner: CI (.ci/run) calls `make test`; CONTRIBUTING lists the same commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run analyze test lint fix typecheck bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

EXAMPLES := src/newsledger/examples
EXAMPLE_DB ?= example.db

## run: ingest the embedded example articles into a ledger and print claim timelines
run: $(STAMP)
	rm -f $(EXAMPLE_DB)  # a fresh ledger, so it shows what this version of the analyser finds
	$(BIN)/newsledger ingest $(EXAMPLES)/*.txt $(EXAMPLES)/*.html $(EXAMPLES)/*.jsonl --db $(EXAMPLE_DB)
	$(BIN)/newsledger stats --db $(EXAMPLE_DB) --format json
	$(BIN)/newsledger timeline killed --db $(EXAMPLE_DB)
	$(BIN)/newsledger timeline evacuated --db $(EXAMPLE_DB)
	$(BIN)/newsledger quotes --speaker Velikov --db $(EXAMPLE_DB)

## analyze: print the full records of the example articles
analyze: $(STAMP)
	$(BIN)/newsledger analyze $(EXAMPLES)/*.txt $(EXAMPLES)/*.html --format json

## test: lint, type-check and run the test suite (what CI runs)
test: lint typecheck
	$(BIN)/pytest -n 2 -q

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

fix: $(STAMP)
	$(BIN)/ruff check --fix src tests benchmarks
	$(BIN)/ruff format src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy

## bench: extraction benchmark against trafilatura on ../shared (writes docs/benchmarks.md numbers to stdout)
bench: $(STAMP)
	$(BIN)/python benchmarks/extraction.py

## eval: score the seed record against its gold record
eval: $(STAMP)
	$(BIN)/python benchmarks/seed.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
