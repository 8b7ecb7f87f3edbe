# Intake: two commands on a fresh machine, `make demo` and `make test`. Both build .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint unit bench system-deps clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,openai-whisper]'
	# Speaker diarization needs only the 17 MB weights file inside resemblyzer (hash-pinned, never imported);
	# --no-deps keeps its torch/librosa requirements out. See docs/speakers.md.
	$(BIN)/pip install --quiet --no-deps resemblyzer==0.1.4
	touch $(STAMP)

system-deps:
	bash scripts/install-system-deps.sh

demo: $(STAMP)
	bash scripts/demo.sh

lint: $(STAMP)
	$(BIN)/ruff check intake crypto transcribe tests bench
	$(BIN)/mypy intake crypto transcribe
	$(BIN)/lint-imports

unit: $(STAMP)
	$(BIN)/pytest

test: system-deps lint unit

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
