#!/usr/bin/env bash
# Renders every tab of the demo workspace to PNG at 1440×900 into docs/screenshots/ (or the folder given).
# Usage: scripts/screenshots.sh [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-"$root/docs/screenshots"}
"$root/scripts/build.sh" "$root/build" RelWithDebInfo > /dev/null
demo="$root/build/demo.db"
if [[ ! -f "$demo" ]]; then
    "$root/build/app/funnelscope-cli" demo --db "$demo" > /dev/null
fi
# A private settings folder: screenshots always show the default filters.
export XDG_CONFIG_HOME=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$root/build/app/funnelscope" "$demo" --screenshots "$out"
rm -rf "$XDG_CONFIG_HOME"
