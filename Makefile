# Everything a fresh clone needs: `make demo`, `make test`, `make bench`.
# The .venv is bootstrapped from the pinned versions in requirements.lock.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test lint bench browser clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

install: $(STAMP)

# Debian's chromium for the report's browser test; installed when we are root and it is missing.
browser:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || echo "chromium not installed: browser tests will skip"; }

demo: $(STAMP)
	$(BIN)/kepatuhan demo

# ruff (lint and format check) and mypy (types), all configured in pyproject.toml
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: $(STAMP) browser lint
	$(BIN)/python -m pytest -q $(PYTEST_ARGS)

# Benchmarks also compare against peer libraries, pinned in requirements-bench.lock.
bench: $(STAMP)
	@[ ! -f requirements-bench.lock ] || $(BIN)/python -m pip install --quiet -r requirements-bench.lock
	$(BIN)/python -m benchmarks $(BENCH)

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
