# `make run` and `make test` work on a fresh machine: each creates .venv and installs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install index claims eval

$(BIN)/nkbot: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	@touch $@

install: $(BIN)/nkbot

index: install
	$(BIN)/nkbot index build

run: index
	$(BIN)/nkbot serve

test: install
	$(BIN)/python -m pytest -q

claims: install
	$(BIN)/nkbot claims --format jsonl > claims.jsonl

eval: claims
	$(BIN)/python ../shared/eval/score.py ../shared/eval/dev_gold.yaml claims.jsonl --verbose
