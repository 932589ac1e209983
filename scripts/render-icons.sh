#!/usr/bin/env bash
# Renders resources/icons/funnelscope.svg to the PNG sizes of the hicolor icon theme (resources/icons/hicolor/), which
# are committed: the build needs no SVG renderer. Run it after changing the SVG. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
for size in 16 22 24 32 48 64 128 256 512; do
    mkdir -p "$root/resources/icons/hicolor/$size"
    rsvg-convert -w "$size" -h "$size" "$root/resources/icons/funnelscope.svg" \
        -o "$root/resources/icons/hicolor/$size/funnelscope.png"
done
