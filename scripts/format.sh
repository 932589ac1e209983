#!/usr/bin/env bash
# Formats every C++ source with the project's .clang-format (needs clang-format 15 or later for InsertBraces).
# Usage: scripts/format.sh [--check]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=$(command -v clang-format-16 || command -v clang-format-15 || true)
if [[ -z "$tool" ]]; then
    echo "Installing clang-format-16 from Debian"
    apt-get install -y -qq clang-format-16 > /dev/null
    tool=clang-format-16
fi
mapfile -t files < <(cd "$root" && git ls-files '*.cpp' '*.h')
cd "$root"
if [[ "${1:-}" == "--check" ]]; then
    "$tool" --dry-run --Werror "${files[@]}"
else
    "$tool" -i "${files[@]}"
fi
