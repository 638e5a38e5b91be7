# Twee opdrachten doen alles op een verse machine met alleen Python (3.11 of nieuwer) en make:
#   make demo   — maakt .venv, installeert wat plan nodig heeft, en draait de planner op het voorbeeld
#   make test   — maakt .venv, installeert ook de ontwikkelgereedschappen, en draait ruff, mypy
#                 --strict en pytest (alle tests)
# Voor de lus tijdens het werk: make check (ruff, mypy en de snelle tests, verdeeld over de kernen; ~40 s op twee kernen).
# Python: de eerste van python3.13, python3.12, python3.11 en python3 die 3.11 of nieuwer is
# (of zelf kiezen: make test PYTHON=python3.12).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; exit; }; \
	done; echo python3)
VENV    := .venv
BIN     := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
DEV     := $(VENV)/.dev

.PHONY: demo test check lint typecheck validate clean golden editor-tools screenshot

YLS_VERSIE := 1.25.0
YLS := build/tools/node_modules/.bin/yaml-language-server
ICALJS_VERSIE := 2.2.1
ICALJS := build/tools/node_modules/ical.js/dist/ical.es5.cjs

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python niet gevonden ($(PYTHON)); installeer Python 3.11 of nieuwer"; exit 2; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || { echo "Python 3.11 of nieuwer nodig ($(PYTHON) is $$($(PYTHON) -V 2>&1))"; exit 2; }
	$(PYTHON) -m venv $(VENV)

# Wat plan nodig heeft (make demo); de ontwikkelgereedschappen alleen voor test en check.
$(RUNTIME): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	@touch $(RUNTIME)

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(DEV) $(RUNTIME)

demo: $(RUNTIME)
	$(BIN)/plan validate
	$(BIN)/plan generate examples/middenstad.yaml --out build/demo/ --force
	$(BIN)/plan generate examples/middenstad.yaml --format md --out build/demo/ --force
	$(BIN)/plan generate examples/middenstad.yaml --format json --out build/demo/ --force
	$(BIN)/plan explain stap3-boa-s-openbare-ruimte-vaardigheden examples/middenstad.yaml
	@echo "Het programma staat in build/demo/middenstad.programma.html (en als .md en .json)."
	@echo "Zelf verder: . $(BIN)/activate en dan plan help (of zie Installeren in README.md)."

validate: $(DEV)
	$(BIN)/plan validate --catalogus data

lint: $(DEV)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: $(DEV)
	$(BIN)/mypy

# Alle tests, verdeeld over de kernen (pytest-xdist): op twee kernen ongeveer half zo lang.
test: lint typecheck validate editor-tools
	$(BIN)/pytest -n auto

# De snelle lus: zonder de markeringen slow (fuzz, eigenschappen, grenzen, verpakking,
# editorserver) en browser (Chromium). CI draait `make test`, dus alles.
check: lint typecheck
	$(BIN)/pytest -n auto -m "not slow and not browser"

# De YAML-editorserver voor de schematest en ical.js, de onafhankelijke lezer van de agenda
# (npm). Zonder npm slaan die tests over (buiten CI).
editor-tools:
	@if [ -x $(YLS) ] && [ -f $(ICALJS) ]; then :; \
	elif command -v npm >/dev/null 2>&1; then \
		mkdir -p build/tools && npm install --silent --no-audit --no-fund --prefix build/tools yaml-language-server@$(YLS_VERSIE) ical.js@$(ICALJS_VERSIE); \
	else echo "npm niet gevonden: de tests met de YAML-editorserver en ical.js worden overgeslagen"; fi

golden: $(DEV)
	$(BIN)/pytest --update-golden

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache

# De afbeeldingen in de README, met headless Chromium: het programma op het scherm
# (docs/programma.png), en geprint naar PDF de MT-samenvatting (pagina 2) en de eerste
# teampagina (pagina 3) met pdftoppm (poppler-utils); de intakebrief voor een aanbieder.
CHROMIUM := chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
	--disable-component-update --disable-sync --hide-scrollbars --user-data-dir=build/chromium
DEMO := file://$(CURDIR)/build/demo
screenshot: $(RUNTIME)
	@mkdir -p docs build/demo
	$(BIN)/plan generate examples/middenstad.yaml --out build/demo/ --force
	$(BIN)/plan brief stap3-burgerzaken-balie-vaardigheden --gemeente examples/middenstad.yaml \
		--out build/demo/brief.html --force
	$(CHROMIUM) --window-size=1200,1500 --screenshot=docs/programma.png "$(DEMO)/middenstad.programma.html"
	$(CHROMIUM) --no-pdf-header-footer --print-to-pdf=build/demo/middenstad.pdf "$(DEMO)/middenstad.programma.html"
	pdftoppm -png -r 70 -f 2 -l 2 -singlefile build/demo/middenstad.pdf docs/mt
	pdftoppm -png -r 70 -f 3 -l 3 -singlefile build/demo/middenstad.pdf docs/teamleider
	$(CHROMIUM) --window-size=1000,1400 --screenshot=docs/aanbieder.png "$(DEMO)/brief.html"
	@n=$$(pdfinfo build/demo/middenstad.pdf | awk '/^Pages:/ {print $$2}'); \
	for i in $$(seq 1 $$n); do \
		if pdftotext -f $$i -l $$i build/demo/middenstad.pdf - | grep -q "Kosten per jaar en soort"; then \
			pdftoppm -png -r 70 -f $$i -l $$i -singlefile build/demo/middenstad.pdf docs/begroting; break; \
		fi; \
	done
