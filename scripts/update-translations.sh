#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources: new strings appear as unfinished, strings no longer in
# the code are dropped. Translate the unfinished ones (Qt Linguist, or by hand) before committing: a test fails on
# any unfinished or missing entry.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
lupdate=$(command -v lupdate6 || command -v lupdate || echo /usr/lib/qt6/bin/lupdate)
cd "$root"
ts=()
for lang in pl ru tr zh_CN zh_TW; do ts+=("resources/translations/funnelscope_$lang.ts"); done
"$lupdate" -silent -locations relative -no-obsolete -source-language en core ui app -ts "${ts[@]}"
