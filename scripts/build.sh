#!/usr/bin/env bash
# Installs what is missing, then configures and builds Funnelscope.
# Usage: scripts/build.sh [BUILD_DIR] [BUILD_TYPE] [extra cmake args...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build_dir=${1:-"$root/build"}
build_type=${2:-RelWithDebInfo}
shift $(( $# > 2 ? 2 : $# ))

"$root/scripts/install-deps.sh"
generator=()
if command -v ninja > /dev/null; then generator=(-G Ninja); fi
cmake -S "$root" -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE="$build_type" -DFUNNELSCOPE_WERROR=ON -DFUNNELSCOPE_POSTGRES=ON "$@"
cmake --build "$build_dir" --parallel "$(nproc)"
