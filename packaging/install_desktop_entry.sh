#!/usr/bin/env bash
# Add kztracker to the desktop's application menu for this user: the .desktop entry, the icon
# in each size, and the AppStream metadata, under ~/.local/share. Works for the bundle and for
# a pipx install alike:
#   packaging/install_desktop_entry.sh [PATH/TO/kztracker-gui]
# Without an argument: kztracker-gui beside this script (the bundle), else the one on PATH.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
GUI=${1:-}
if [ -z "$GUI" ]; then
  if [ -x "$HERE/kztracker-gui" ]; then GUI=$HERE/kztracker-gui; else GUI=$(command -v kztracker-gui || true); fi
fi
[ -n "$GUI" ] && [ -x "$GUI" ] || { echo "install_desktop_entry: no kztracker-gui found; give its path" >&2; exit 1; }
GUI=$(cd "$(dirname "$GUI")" && pwd)/$(basename "$GUI")
# The icons sit beside this script in the bundle, in resources/icons in a checkout.
ICONS=$HERE/icons
[ -d "$ICONS" ] || ICONS=$HERE/../resources/icons
SHARE=${XDG_DATA_HOME:-$HOME/.local/share}

mkdir -p "$SHARE/applications" "$SHARE/metainfo" "$SHARE/icons/hicolor/scalable/apps"
sed "s|^Exec=.*|Exec=\"$GUI\"|" "$HERE/kztracker.desktop" >"$SHARE/applications/kztracker.desktop"
cp "$HERE/kztracker.metainfo.xml" "$SHARE/metainfo/"
cp "$ICONS/kztracker.svg" "$SHARE/icons/hicolor/scalable/apps/kztracker.svg"
for png in "$ICONS"/kztracker-*.png; do
  size=$(basename "$png" .png); size=${size#kztracker-}
  mkdir -p "$SHARE/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$SHARE/icons/hicolor/${size}x${size}/apps/kztracker.png"
done
command -v update-desktop-database >/dev/null && update-desktop-database -q "$SHARE/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$SHARE/icons/hicolor" || true
echo "kztracker is in the application menu (runs $GUI)"
