# Intake: two commands on a fresh machine, `make demo` and `make test`. Both build .venv themselves.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_STAMP := $(VENV)/.installed-demo
TEST_STAMP := $(VENV)/.installed-test

.PHONY: demo test lint unit bench system-deps clean

# What the demo runs: the package and its own dependencies (faster-whisper, the bundled model), no torch.
$(DEMO_STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	# Speaker diarization needs only the 17 MB weights file inside resemblyzer (hash-pinned, never imported);
	# --no-deps keeps its torch/librosa requirements out. See docs/speakers.md.
	$(BIN)/pip install --quiet --no-deps resemblyzer==0.1.4
	touch $(DEMO_STAMP)

# What the tests run besides: the dev tools and the optional openai-whisper engine on the CPU build of torch
# (pinned: a bare requirement pulls a multi-GB CUDA build).
$(TEST_STAMP): $(DEMO_STAMP) pyproject.toml
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -e '.[dev,openai-whisper]'
	touch $(TEST_STAMP)

system-deps:
	bash scripts/install-system-deps.sh

demo: $(DEMO_STAMP)
	bash scripts/demo.sh

lint: $(TEST_STAMP)
	$(BIN)/ruff check intake crypto transcribe tests bench
	$(BIN)/mypy intake crypto transcribe
	$(BIN)/lint-imports

unit: $(TEST_STAMP)
	$(BIN)/pytest

test: system-deps lint unit

bench: $(TEST_STAMP)
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
