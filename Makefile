# Twee opdrachten doen alles op een verse machine met alleen Python 3.11 en make:
#   make demo   — maakt .venv, installeert, en draait de planner op het meegeleverde voorbeeld
#   make test   — maakt .venv, installeert, en draait ruff, mypy --strict en pytest (alle tests)
# Voor de lus tijdens het werk: make check (ruff, mypy en de snelle tests; < 20 s).
# python3.11 als die er is, anders python3 (dat moet dan 3.11 of nieuwer zijn).
PYTHON ?= $(shell command -v python3.11 >/dev/null 2>&1 && echo python3.11 || echo python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test check lint typecheck validate clean golden editor-tools screenshot

YLS_VERSIE := 1.25.0
YLS := build/tools/node_modules/.bin/yaml-language-server

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 niet gevonden ($(PYTHON))"; exit 2; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 of nieuwer nodig ($(PYTHON))"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/plan validate
	@mkdir -p build/demo
	$(BIN)/plan generate --gemeente examples/middenstad.yaml --out build/demo/middenstad.programma.md --force
	$(BIN)/plan generate --gemeente examples/middenstad.yaml --format json --out build/demo/middenstad.programma.json --force
	$(BIN)/plan generate --gemeente examples/middenstad.yaml --format html --out build/demo/middenstad.programma.html --force
	$(BIN)/plan explain stap3-boa-s-openbare-ruimte-vaardigheden --gemeente examples/middenstad.yaml
	@echo "Het programma staat in build/demo/middenstad.programma.md en .html"

validate: $(STAMP)
	$(BIN)/plan validate --catalogus data

lint: $(STAMP)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

test: lint typecheck validate editor-tools
	$(BIN)/pytest

# De snelle lus: zonder de markeringen slow (fuzz, eigenschappen, grenzen, verpakking,
# editorserver) en browser (Chromium). CI draait `make test`, dus alles.
check: lint typecheck
	$(BIN)/pytest -m "not slow and not browser"

# De YAML-editorserver voor de schematest (npm). Zonder npm slaat die test over (buiten CI).
editor-tools:
	@if [ -x $(YLS) ]; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p build/tools && npm install --silent --no-audit --no-fund --prefix build/tools yaml-language-server@$(YLS_VERSIE); \
	else echo "npm niet gevonden: de test met de YAML-editorserver wordt overgeslagen"; fi

golden: $(STAMP)
	$(BIN)/pytest --update-golden

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# De schermafdruk in de README (docs/programma.png), met headless Chromium.
screenshot: $(STAMP)
	@mkdir -p build/demo docs
	$(BIN)/plan generate --gemeente examples/middenstad.yaml --format html --out build/demo/middenstad.programma.html --force
	chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync --hide-scrollbars --user-data-dir=build/chromium \
		--window-size=1200,1500 --screenshot=docs/programma.png "file://$(CURDIR)/build/demo/middenstad.programma.html"
