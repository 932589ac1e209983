#!/usr/bin/env bash
# Renders every tab of the demo workspace to PNG at 1440×900: into docs/screenshots/ in English, or into
# docs/screenshots/LANG/ in another language (or the folder given).
# Usage: scripts/screenshots.sh [--lang en|pl|ru|tr|zh_CN|zh_TW] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lang=en
if [[ ${1:-} == --lang ]]; then
    lang=${2:?--lang needs a language: en, pl, ru, tr, zh_CN or zh_TW}
    shift 2
fi
default_out="$root/docs/screenshots"
if [[ $lang != en ]]; then default_out="$default_out/$lang"; fi
out=${1:-"$default_out"}
"$root/scripts/build.sh" "$root/build" RelWithDebInfo > /dev/null
demo="$root/build/demo.db"
if [[ ! -f "$demo" ]]; then
    "$root/build/app/funnelscope-cli" demo --db "$demo" > /dev/null
fi
# A private settings folder: screenshots always show the default filters.
export XDG_CONFIG_HOME=$(mktemp -d)
QT_QPA_PLATFORM=offscreen "$root/build/app/funnelscope" "$demo" --lang "$lang" --screenshots "$out"
rm -rf "$XDG_CONFIG_HOME"
