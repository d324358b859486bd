#!/usr/bin/env bash
# Run the bundled app (dist/kztracker, from `make bundle`) the way a user would, from an empty
# folder with a fresh home: init, list, import of each format, export in Russian, screenshots in
# Kazakh. Exits non-zero at the first failure, saying which. Prints the bundle's size and the
# time `kztracker --version` takes to start.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUNDLE=$(cd "${1:-$ROOT/dist/kztracker}" && pwd)
APP=$BUNDLE/kztracker
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
[ -x "$APP" ] || { echo "check_bundle: no $APP; run make bundle first" >&2; exit 1; }
[ -x "$BUNDLE/kztracker-gui" ] || { echo "check_bundle: no kztracker-gui beside it" >&2; exit 1; }

WORK=$(mktemp -d /tmp/kztracker-bundle.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
export HOME=$WORK/home XDG_CONFIG_HOME=$WORK/home/config XDG_DATA_HOME=$WORK/home/data
export QT_QPA_PLATFORM=offscreen KZTRACKER_LANGUAGE=en
unset KZTRACKER_DATABASE_URL PYTHONPATH PYTHONHOME VIRTUAL_ENV
mkdir -p "$HOME" "$WORK/in"
cd "$WORK"
DB=$WORK/bundle.sqlite3
fail() { echo "check_bundle: $*" >&2; exit 1; }
step() { echo "check_bundle: $*"; }

step "size $(du -sh "$BUNDLE" | cut -f1)"
"$PYTHON" - "$APP" <<'PY' || fail "--version failed"
import subprocess, sys, time
times = []
for _ in range(3):
    start = time.perf_counter()
    subprocess.run([sys.argv[1], "--version"], check=True, capture_output=True)
    times.append(time.perf_counter() - start)
print(f"check_bundle: start to exit of `kztracker --version`: best {min(times):.2f} s of 3")
PY

"$APP" --db "$DB" init >/dev/null || fail "init failed"
"$APP" --db "$DB" list memoranda --json >"$WORK/memoranda.json" || fail "list failed"
"$PYTHON" -c 'import json, sys; rows = json.load(open(sys.argv[1])); assert rows, "no memoranda"' \
  "$WORK/memoranda.json" || fail "list printed no memoranda"
step "init and list: ok"

"$PYTHON" "$ROOT/packaging/sample_announcements.py" "$WORK/in" >/dev/null
for file in "$WORK"/in/announcement*; do
  "$APP" --db "$DB" import "$file" --yes --json >"$file.json" || fail "import of $(basename "$file") failed"
  "$PYTHON" -c 'import json, sys; [done] = json.load(open(sys.argv[1])); assert done["created"].get("memorandum"), done' \
    "$file.json" || fail "import of $(basename "$file") created nothing"
done
step "import of txt, html, docx, pdf, and of Russian and Kazakh text: ok"

"$APP" --db "$DB" export "$WORK/ru.xlsx" --language ru || fail "export failed"
"$PYTHON" - "$WORK/ru.xlsx" <<'PY' || fail "the workbook's sheets are not named in Russian"
import re, sys
from openpyxl import load_workbook
book = load_workbook(sys.argv[1], read_only=True)
# The sheets a reader sees; the hidden one of exported record ids keeps its machine name.
names = [sheet.title for sheet in book.worksheets if sheet.sheet_state == "visible"]
assert names and all(re.search("[а-яё]", n, re.I) for n in names), names
PY
step "export in Russian: ok"

KZTRACKER_LANGUAGE=kk "$APP" --db "$WORK/in/announcement.txt" list partners 2>"$WORK/kk.err" \
  && fail "a text file was opened as a database"
grep -q "[әғқңөұүһі]" "$WORK/kk.err" || fail "the core's message is not in Kazakh: $(cat "$WORK/kk.err")"
step "core message in Kazakh: ok"

"$APP" --db "$DB" screenshots "$WORK/shots" --language kk 2>"$WORK/shots.err" \
  || fail "screenshots failed: $(cat "$WORK/shots.err")"
grep -q "kztracker_kk.qm" "$WORK/shots.err" && fail "the window's Kazakh catalog is missing"
ls "$WORK"/shots/*.png >/dev/null 2>&1 || fail "no screenshots written"
step "screenshots in Kazakh: ok ($(ls "$WORK"/shots/*.png | wc -l) PNG files)"
XDG_DATA_HOME=$WORK/share bash "$BUNDLE/install_desktop_entry.sh" >/dev/null \
  || fail "install_desktop_entry.sh failed"
grep -qx "Exec=\"$BUNDLE/kztracker-gui\"" "$WORK/share/applications/kztracker.desktop" \
  || fail "the desktop entry does not run the bundle's kztracker-gui"
[ -f "$WORK/share/icons/hicolor/256x256/apps/kztracker.png" ] || fail "no icon installed"
step "desktop entry and icons: ok"
echo "check_bundle: the bundle passed all 6 checks"
