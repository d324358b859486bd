# Two entry points a new user needs: `make run` and `make test`.
# Both create .venv with the project and its test tools on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint setup clean translations translations-update

$(BIN)/kztracker: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/kztracker

# The window's translations: .ts sources are committed (Qt Linguist edits them), the .qm files
# the app loads are built from them here and never committed.
TS := $(wildcard resources/translations/kztracker_*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(BIN)/kztracker
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing visible strings in ui/: refresh the .ts sources, then translate what is new.
translations-update: setup
	$(BIN)/python -m ui.translation_sources update

run: setup translations
	$(BIN)/kztracker

lint: setup
	$(BIN)/ruff check kztracker ui tests migrations
	$(BIN)/mypy

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
