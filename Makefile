# Two entry points a new user needs: `make run` and `make test`.
# Both create .venv with the project and its test tools on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint setup clean

$(BIN)/kztracker: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/kztracker

run: setup
	$(BIN)/kztracker

lint: setup
	$(BIN)/ruff check kztracker ui tests migrations
	$(BIN)/mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

clean:
	rm -rf $(VENV)
