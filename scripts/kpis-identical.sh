#!/usr/bin/env bash
# Checks that `funnelscope-cli kpis` prints the same JSON as before a change, for a set of scopes on the demo workspace.
#
# Usage: scripts/kpis-identical.sh [--record] DIR [CLI]
#   --record  write the outputs into DIR (the reference), instead of comparing with it
#   DIR       folder of reference outputs, one NAME.json per invocation (e.g. /tmp/seam-ref)
#   CLI       the funnelscope-cli to run (default: build/app/funnelscope-cli)
# Builds a fresh demo workspace in a temporary folder (funnelscope-cli demo), runs every invocation below, and diffs
# each output with DIR/NAME.json and its notes on stderr (missing rates...) with DIR/NAME.notes. Prints the differences and exits 1 when any output differs, else prints "identical".
set -euo pipefail

record=0
if [[ "${1:-}" == "--record" ]]; then
    record=1
    shift
fi
dir=${1:?usage: scripts/kpis-identical.sh [--record] DIR [CLI]}
cli=${2:-build/app/funnelscope-cli}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.funnelscope"
"$cli" demo --db "$db" >/dev/null

# name | arguments after `kpis --db DB`
invocations=(
    "year-2025|--from 2025-01-01 --to 2025-12-31"
    "q1-2026-previous|--from 2026-01-01 --to 2026-03-31 --compare previous"
    "2026-year-over-year|--from 2026-01-01 --to 2026-06-30 --compare year"
    "by-week|--from 2026-03-01 --to 2026-04-30 --by week"
    "by-month-previous|--from 2025-07-01 --to 2026-06-30 --by month --compare previous"
    "by-channel|--from 2025-01-01 --to 2025-12-31 --by channel"
    "by-campaign-year|--from 2026-01-01 --to 2026-06-30 --by campaign --compare year"
    "channel-paid-search|--from 2025-04-10 --to 2026-02-20 --channel 'Paid Search'"
    "channels-two-by-month|--from 2025-01-01 --to 2025-12-31 --channel Email --channel 'LinkedIn Ads' --by month"
    "campaign-filter|--from 2025-01-01 --to 2026-10-31 --campaign Retargeting --compare previous"
    "eur|--from 2025-01-01 --to 2025-12-31 --currency EUR"
    "eur-by-channel|--from 2026-01-01 --to 2026-10-31 --currency EUR --by channel --compare previous"
    "usd-by-week|--from 2026-05-01 --to 2026-06-15 --currency USD --by week"
    "eur-converted-by-campaign|--from 2026-05-01 --to 2026-09-30 --currency EUR --by campaign"
    "eur-converted-by-month|--from 2026-05-01 --to 2026-10-31 --currency EUR --by month --compare previous"
    "everything-by-quarter|--from 2024-10-01 --to 2026-10-31 --by quarter"
)

status=0
mkdir -p "$dir"
for entry in "${invocations[@]}"; do
    name=${entry%%|*}
    eval "args=(${entry#*|})"
    out="$work/$name.json"
    "$cli" kpis --db "$db" "${args[@]}" --format json >"$out" 2>"$work/$name.notes"
    if ((record)); then
        cp "$out" "$dir/$name.json"
        cp "$work/$name.notes" "$dir/$name.notes"
    elif ! diff -u "$dir/$name.json" "$out" || ! diff -u "$dir/$name.notes" "$work/$name.notes"; then
        echo "differs: $name (kpis ${entry#*|})"
        status=1
    fi
done
if ((record)); then
    echo "recorded ${#invocations[@]} outputs in $dir"
elif ((status == 0)); then
    echo "identical: ${#invocations[@]} outputs"
fi
exit $status
