# newsledger task runner: CI (.ci/run) calls `make test`; CONTRIBUTING lists the same commands.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint fix typecheck bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

## run: analyse the embedded example articles and print their records
run: $(STAMP)
	$(BIN)/newsledger analyze src/newsledger/examples/*.txt src/newsledger/examples/*.html --format json

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
