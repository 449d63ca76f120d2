# newsledger task runner: CI (.ci/run) calls `make test`; CONTRIBUTING lists the same commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run analyze serve test test-browser test-spark screenshots lint fix typecheck bench eval clean

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
	@echo "\nBrowse it: make serve   (newsledger serve --db $(EXAMPLE_DB), then open http://127.0.0.1:8000/)"

## serve: the web app and HTTP API over the example ledger (make run builds it) on http://127.0.0.1:8000/
serve: $(STAMP)
	$(BIN)/newsledger serve --db $(EXAMPLE_DB)

## analyze: print the full records of the example articles
analyze: $(STAMP)
	$(BIN)/newsledger analyze $(EXAMPLES)/*.txt $(EXAMPLES)/*.html --format json

## test: lint, type-check and run the test suite (what CI runs; browser and Spark tests are their own steps)
test: lint typecheck
	$(BIN)/pytest -n 2 -q

## test-spark: the pipeline on a real Spark in local[2] (installs the spark extra; needs Java 17)
test-spark: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	PYSPARK_PYTHON=$(abspath $(BIN))/python $(BIN)/pytest -q -m spark

## test-browser: the browser tests in headless Chromium (needs Debian's chromium; .ci/run installs it)
test-browser: $(STAMP)
	$(BIN)/pytest -m browser -q -p no:xdist

## screenshots: the main pages of `newsledger serve` as PNG in docs/screenshots (browser tests)
screenshots: $(STAMP)
	NEWSLEDGER_SCREENSHOTS=docs/screenshots $(BIN)/pytest -m browser -q -p no:xdist -k main_pages

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
