#!/usr/bin/env bash
# Sets everything up on a fresh Debian 12 machine, builds, and opens Funnelscope on the demo workspace.
# Usage: scripts/run.sh [WORKSPACE.db]   (without a display, prefix it with xvfb-run)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/build.sh" "$root/build" RelWithDebInfo
workspace=${1:-"$root/build/demo.db"}
if [[ ! -f "$workspace" ]]; then
    "$root/build/app/funnelscope-cli" demo --db "$workspace"
fi
exec "$root/build/app/funnelscope" "$workspace"
