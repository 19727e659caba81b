# `make run` and `make test` work on a fresh machine: each creates .venv and installs first.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test install index claims eval eval-real

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
	@$(MAKE) --no-print-directory eval-real

# The real development set (texts kept outside the repository: ../shared/eval/real/README.md),
# scored twice: with the registry the project ships, and with an empty one (people nobody registered).
REAL_TEXTS ?= $(HOME)/.cache/nkbot-devreal
REAL_GOLD := ../shared/eval/real/gold.yaml
eval-real: install
	@if ! ls $(REAL_TEXTS)/*.txt >/dev/null 2>&1; then \
	  echo "eval-real: no texts in $(REAL_TEXTS) (see ../shared/eval/real/README.md); skipped"; exit 0; fi; \
	rm -rf .eval && mkdir -p .eval/registry .eval/empty && \
	cp $(REAL_TEXTS)/*.txt .eval/registry/ && cp $(REAL_TEXTS)/*.txt .eval/empty/ && \
	cp seeds/speakers.yaml .eval/registry/ && \
	for reg in registry empty; do \
	  $(BIN)/nkbot index build --seeds .eval/$$reg --out .eval/$$reg.idx >/dev/null && \
	  $(BIN)/nkbot claims --index .eval/$$reg.idx --format jsonl > .eval/$$reg.jsonl && \
	  echo "real development set, $$reg registry:" && \
	  $(BIN)/python ../shared/eval/score.py $(REAL_GOLD) .eval/$$reg.jsonl --registry seeds/speakers.yaml \
	    $(if $(VERBOSE),--verbose) || exit 1; \
	done
