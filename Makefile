# Two entry points a new user needs: `make run` and `make test`.
# Both create .venv with the project and its test tools on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint setup clean translations translations-update bundle

# Debian and Ubuntu split venv and ensurepip out of python3: say which package adds them.
$(BIN)/kztracker: pyproject.toml
	@$(PYTHON) -c "import ensurepip, venv" 2>/dev/null || { \
		echo "make: $(PYTHON) cannot create a virtual environment; install it with:" \
			"sudo apt-get install python3-venv" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	# setuptools >= 70.1 builds wheels by itself (tests/test_package.py builds one).
	$(BIN)/python -m pip install --quiet --upgrade pip 'setuptools>=70.1'
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

setup: $(BIN)/kztracker

# The window's translations: .ts sources are committed (Qt Linguist edits them), the .qm files
# the app loads are built from them here and never committed.
TS := $(wildcard resources/translations/kztracker_*.ts)
QM := $(TS:.ts=.qm)

resources/translations/%.qm: resources/translations/%.ts $(BIN)/kztracker
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The core's messages (kztracker/i18n.py): gettext catalogs, compiled the same way.
PO := $(wildcard kztracker/locale/*/LC_MESSAGES/kztracker.po)
MO := $(PO:.po=.mo)

kztracker/locale/%/LC_MESSAGES/kztracker.mo: kztracker/locale/%/LC_MESSAGES/kztracker.po $(BIN)/kztracker
	$(BIN)/pybabel -q compile -D kztracker -l $* -i $< -o $@

translations: $(QM) $(MO)

# After changing visible strings: refresh the .ts sources (ui/) and the .po catalogs
# (kztracker/), then translate what is new.
translations-update: setup
	$(BIN)/python -m ui.translation_sources update
	$(BIN)/pybabel -q extract --no-wrap --sort-output --add-location=file --project=kztracker \
		-o kztracker/locale/kztracker.pot kztracker
	$(BIN)/pybabel -q update --no-wrap --no-fuzzy-matching --ignore-obsolete -D kztracker -d kztracker/locale \
		-i kztracker/locale/kztracker.pot

run: setup translations
	$(BIN)/kztracker

lint: setup
	$(BIN)/ruff check kztracker ui tests migrations benchmarks packaging
	$(BIN)/ruff format --check kztracker ui tests migrations benchmarks packaging
	$(BIN)/mypy

test: lint translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

# The one-folder desktop app in dist/kztracker/ (packaging/kztracker.spec); see the README.
$(BIN)/pyinstaller: | $(BIN)/kztracker
	$(BIN)/python -m pip install --quiet -e '.[bundle]'

bundle: $(BIN)/pyinstaller
	@# The bundle carries the X11 libraries of the machine that builds it; say which are missing.
	@$(BIN)/python -c "from kztracker.system_check import missing_packages as m, install_command \
		as c; p = m(); p and print('make bundle: the bundle will lack X11 libraries; first: ' + c(p))"
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/kztracker.spec
	# Beside the executables: what adds the app to a Linux desktop's menu.
	cp packaging/kztracker.desktop packaging/kztracker.metainfo.xml \
		packaging/install_desktop_entry.sh dist/kztracker/
	cp -r resources/icons dist/kztracker/icons

clean:
	rm -rf $(VENV) build dist
