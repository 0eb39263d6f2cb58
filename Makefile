# Bootstrap a virtualenv and run the service or the checks; see README.md.

PYTHON ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
WEB := web
WEB_STAMP := $(WEB)/dist/index.html
WEB_SOURCES := $(wildcard $(WEB)/src/*.* $(WEB)/src/pages/*.js) $(WEB)/build.mjs $(WEB)/package-lock.json
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: install run test lint typecheck openapi clean web

install: $(STAMP) $(WEB_STAMP)

# The dashboard: npm packages from the lock file, bundled into web/dist (served at /).
web: $(WEB_STAMP)

$(WEB)/node_modules/.package-lock.json: $(WEB)/package.json $(WEB)/package-lock.json
	cd $(WEB) && npm ci --no-audit --no-fund --loglevel=error
	touch $@

$(WEB_STAMP): $(WEB)/node_modules/.package-lock.json $(WEB_SOURCES)
	cd $(WEB) && node build.mjs

# Re-install only when the dependencies change.
$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Through the CLI: a bad setting or an unreachable database is one `error:` line, not a traceback.
run: $(STAMP) $(WEB_STAMP)
	$(BIN)/incidents serve --host $(HOST) --port $(PORT)

# ruff (lint and format), then radon's complexity report: the worst functions stay in sight (it fails nothing).
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python tools/complexity.py

typecheck: $(STAMP)
	$(BIN)/mypy app

test: $(STAMP) $(WEB_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy app
	$(BIN)/pytest

openapi: $(STAMP)
	$(BIN)/incidents openapi --output openapi/openapi.json

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache incidents.db $(WEB)/node_modules $(WEB)/dist
