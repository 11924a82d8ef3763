# Two commands: `make run` (the app) and `make test` (the whole suite).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint bench eval browser

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -c constraints.txt -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/streamlit run app.py

browser:
	bash scripts/ensure-chromium

test: $(STAMP) browser
	$(BIN)/ruff check geo app.py tests bench scripts
	$(BIN)/mypy geo
	$(BIN)/python -m pytest

eval: $(STAMP)
	$(BIN)/python -m geo eval

bench: $(STAMP)
	$(BIN)/python bench/bench_pipeline.py
