# The few commands a newcomer needs. Each one creates the virtual environment it uses.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

.PHONY: run test lint typecheck openapi openapi-check bench evaluate browser clean
# Development data for `make evaluate` (not in the repository; pass your own paths).
SUMMARIZATION_DATA ?= ../shared/data/summarization
TIMELINE_DATA ?= ../shared/data/timeline/train.jsonl

## run: serve the API with gunicorn on $(HOST):$(PORT)
run: $(VENV)/.installed
	$(BIN)/gunicorn --config gunicorn.conf.py wsgi:app

## test: install with the test dependencies and run the whole suite
test: $(VENV)/.installed-test browser
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m api.openapi --check
	$(BIN)/pytest

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python
	$(BIN)/pip install --quiet -e '.[test,bench]'
	touch $@ $(VENV)/.installed

## browser: install Debian's headless Chromium for the /docs test, where it is missing and we can
browser:
	@command -v chromium >/dev/null 2>&1 || command -v chromium-browser >/dev/null 2>&1 || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) ; } || \
	  echo "warning: no chromium; the /docs browser test will be skipped"

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .

typecheck: $(VENV)/.installed-test
	$(BIN)/mypy

## openapi: regenerate openapi.yaml from the schemas
openapi: $(VENV)/.installed
	$(BIN)/python -m api.openapi --write

## openapi-check: fail if openapi.yaml differs from what the code generates
openapi-check: $(VENV)/.installed
	$(BIN)/python -m api.openapi --check

## bench: the speed and memory benchmarks, on data shipped in the repository
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/bench_pipeline.py
	$(BIN)/python benchmarks/bench_figures.py
	$(BIN)/python benchmarks/bench_timeline.py

## evaluate: ROUGE of every algorithm, key figures against quantulum3, the tagger on TempEval-3
evaluate: $(VENV)/.installed-test
	$(BIN)/python -m summarizers.evaluate $(SUMMARIZATION_DATA)/human_dev.jsonl
	$(BIN)/python -m summarizers.evaluate $(SUMMARIZATION_DATA)/dev.jsonl
	$(BIN)/python benchmarks/compare_quantulum.py tests/fixtures/figures/news_sentences.jsonl
	$(BIN)/python benchmarks/score_heldout_figures.py
	$(BIN)/python benchmarks/evaluate_timeline.py $(TIMELINE_DATA)
	$(BIN)/python benchmarks/score_heldout_dates.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
