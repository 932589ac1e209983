#!/usr/bin/env bash
# tst_install: `cmake --install` into a temporary prefix puts every file where a desktop expects it, the desktop
# entry, AppStream metainfo and MIME type pass their validators, and the installed funnelscope-cli works with the
# source and build folders out of sight (an empty tmpfs mounted over each), so what it reads comes from the install.
# Usage: tst_install.sh BUILD_DIR SOURCE_DIR APP_ID
set -euo pipefail
build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
id=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$tmp/usr" --strip > "$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install"; }
share=$tmp/usr/share
expected=(usr/bin/funnelscope usr/bin/funnelscope-cli
    "usr/share/applications/$id.desktop" "usr/share/metainfo/$id.metainfo.xml" "usr/share/mime/packages/$id.xml"
    "usr/share/icons/hicolor/scalable/apps/$id.svg")
for size in 16 22 24 32 48 64 128 256 512; do
    expected+=("usr/share/icons/hicolor/${size}x$size/apps/$id.png")
done
for f in "${expected[@]}"; do
    [[ -s $tmp/$f ]] || fail "cmake --install did not write $f"
done
for size in 16 48 512; do
    # The PNG's own header says its size: width and height at bytes 16-23.
    dims=$(od -An -tu1 -j16 -N8 "$share/icons/hicolor/${size}x$size/apps/$id.png" | awk '{print $3*256+$4 "x" $7*256+$8}')
    [[ $dims == "${size}x$size" ]] || fail "the ${size}x$size icon is $dims"
done
[[ -x $tmp/usr/bin/funnelscope && -x $tmp/usr/bin/funnelscope-cli ]] || fail "the programs are not executable"
echo "installed: ${#expected[@]} files checked"

# The validators, where installed (scripts/install-deps.sh installs them).
if command -v desktop-file-validate > /dev/null; then
    desktop-file-validate "$share/applications/$id.desktop" || fail "desktop-file-validate"
    echo "desktop-file-validate: ok"
else
    echo "SKIP desktop-file-validate: not installed (desktop-file-utils)"
fi
if command -v appstreamcli > /dev/null; then
    appstreamcli validate --no-net --pedantic "$share/metainfo/$id.metainfo.xml" || fail "appstreamcli validate"
else
    echo "SKIP appstreamcli validate: not installed (appstream)"
fi
if command -v update-mime-database > /dev/null && [[ -f /usr/share/mime/packages/freedesktop.org.xml ]]; then
    mkdir -p "$tmp/mime/packages"
    cp /usr/share/mime/packages/freedesktop.org.xml "$share/mime/packages/$id.xml" "$tmp/mime/packages/"
    update-mime-database "$tmp/mime" 2> "$tmp/mime.log" || { cat "$tmp/mime.log"; fail "update-mime-database"; }
    grep -q "^50:application/x-funnelscope-workspace:\*\.funnelscope$" "$tmp/mime/globs2" \
        || fail "the MIME database has no *.funnelscope glob"
    grep -q "^application/x-funnelscope-workspace application/vnd.sqlite3$" "$tmp/mime/subclasses" \
        || fail "the workspace type is no SQLite database"
    echo "shared-mime-info: *.funnelscope is application/x-funnelscope-workspace"
fi

# The installed CLI with the source and build folders hidden: a demo workspace, then a Google Ads export whose
# "Impr." header only its preset (compiled into the program) reads. The export's rows, added by hand:
# impressions 1,200 + 3,400 + 1,050 + 980 = 6,630, cost 60.00 + 107.10 + 52.00 + 0.00 + 49.92 = 269.02.
mkdir -p "$tmp/work" "$tmp/home"
cp "$source/tests/data/exports/google-ads-campaigns.csv" "$tmp/work/ads.csv"
cat > "$tmp/run.sh" <<SCRIPT
set -euo pipefail
cd "$tmp/work"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
unset LD_LIBRARY_PATH QT_PLUGIN_PATH
for d in "$source" "$build"; do
    if [[ -e \$d/CMakeLists.txt || -e \$d/CMakeCache.txt ]]; then echo "FAIL: \$d is still visible" >&2; exit 1; fi
done
"$tmp/usr/bin/funnelscope-cli" --version
"$tmp/usr/bin/funnelscope-cli" demo --db demo.funnelscope
"$tmp/usr/bin/funnelscope-cli" import --db ads.funnelscope --json ads.csv > import.json
"$tmp/usr/bin/funnelscope-cli" kpis --db ads.funnelscope --from 2025-03-01 --to 2025-03-03 --format json > kpis.json
"$tmp/usr/bin/funnelscope-cli" kpis --db demo.funnelscope --from 2025-01-01 --to 2025-12-31 --format json > demo.json
"$tmp/usr/bin/funnelscope" --version
SCRIPT
if unshare -m true 2> /dev/null; then
    unshare -m bash -c "mount -t tmpfs none '$build' && mount -t tmpfs none '$source' && bash '$tmp/run.sh'" \
        || fail "the installed programs, with the source and build folders hidden"
    echo "ran with $source and $build hidden"
else
    # No mount namespace (not root, no user namespaces): the folders stay, the programs still run from the install.
    sed -i '/is still visible/d' "$tmp/run.sh"
    bash "$tmp/run.sh" || fail "the installed programs"
    echo "NOTE: could not hide the source and build folders (unshare -m refused); ran from the install only"
fi
grep -q '"preset": *"google-ads"' "$tmp/work/import.json" || { cat "$tmp/work/import.json"; fail "the preset was not found"; }
grep -q '"impressions": *6630\b' "$tmp/work/kpis.json" || { cat "$tmp/work/kpis.json"; fail "impressions is not 6630"; }
grep -q '"total_cost": *269.02\b' "$tmp/work/kpis.json" || { cat "$tmp/work/kpis.json"; fail "total_cost is not 269.02"; }
grep -q '"leads": *[1-9]' "$tmp/work/demo.json" || fail "the demo workspace has no leads in 2025"
echo "installed funnelscope-cli: demo written, Google Ads export read by its preset (6630 impressions, 269.02 cost)"
