#!/usr/bin/env bash
# Builds the Debian package (CPack's DEB generator) from a build folder: build/funnelscope_<version>_amd64.deb.
# Usage: scripts/package.sh [--check] [BUILD_DIR]
#   BUILD_DIR  default build/; configured and built with scripts/build.sh when it is not yet, else brought up to date.
#   --check    then proves the package (CI): its control fields; every library the programs link belongs to a declared
#              dependency; apt resolves the dependencies on a machine with nothing installed (simulated against an empty
#              dpkg status, no download); and, unpacked into a fresh root, the programs run from there with the
#              source and build folders hidden: funnelscope-cli demo, and the window's --screenshots offscreen.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
check=0
if [[ ${1:-} == --check ]]; then check=1; shift; fi
build=${1:-"$root/build"}
if [[ ! -f $build/CMakeCache.txt ]]; then
    "$root/scripts/build.sh" "$build" RelWithDebInfo
fi
build=$(cd "$build" && pwd)
cmake --build "$build" --parallel "$(nproc)" --target funnelscope funnelscope-cli > /dev/null
rm -f "$build"/funnelscope_*.deb
(cd "$build" && cpack -G DEB -B "$build/_CPack_Packages_out" > "$build/cpack.log") || { cat "$build/cpack.log"; exit 1; }
mv "$build"/_CPack_Packages_out/funnelscope_*.deb "$build/"
rm -rf "$build/_CPack_Packages_out"
deb=$(ls "$build"/funnelscope_*.deb)
echo "package: $deb"
((check)) || exit 0

fail() { echo "FAIL: $*" >&2; exit 1; }
started=$(date +%s)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -I "$deb"
depends=$(dpkg-deb -f "$deb" Depends)
[[ -n $depends ]] || fail "the package declares no Depends"
dpkg-deb -c "$deb" | awk '{print $NF}' > "$tmp/contents"
for f in ./usr/bin/funnelscope ./usr/bin/funnelscope-cli ./usr/share/applications/ ./usr/share/metainfo/ \
    ./usr/share/mime/packages/ ./usr/share/icons/hicolor/scalable/apps/; do
    grep -q "^${f//./\\.}" "$tmp/contents" || fail "the package has no $f"
done

# Each shared library a program links is in a declared package (objdump -p lists them, dpkg -S names the owner).
dpkg-deb -x "$deb" "$tmp/root"
declared=" $(echo "$depends" | sed -E 's/\([^)]*\)//g; s/[ ,]+/ /g') "
for program in "$tmp"/root/usr/bin/*; do
    for lib in $(objdump -p "$program" | awk '/NEEDED/ {print $2}'); do
        owner=$(dpkg -S "*/$lib" 2> /dev/null | grep -v i386 | head -1 | cut -d: -f1)
        [[ -n $owner ]] || fail "$(basename "$program") links $lib, which no installed package holds"
        [[ $declared == *" $owner "* ]] || fail "$(basename "$program") links $lib from $owner, not in Depends"
    done
done
echo "every linked library is in Depends"

# apt on a machine that has nothing: an empty dpkg status, the system's package lists. Simulated: nothing is
# downloaded or installed, but every dependency must resolve to a Debian 12 package.
: > "$tmp/status"
apt-get install --simulate -o Dir::State::status="$tmp/status" -o Debug::NoLocking=1 "$deb" > "$tmp/apt.log" 2>&1 \
    || { cat "$tmp/apt.log"; fail "apt cannot resolve the package's dependencies on a clean machine"; }
grep -q '^Inst funnelscope ' "$tmp/apt.log" || { cat "$tmp/apt.log"; fail "apt would not install funnelscope"; }
echo "apt on a clean machine would install $(grep -c '^Inst ' "$tmp/apt.log") packages, funnelscope among them"

# The unpacked programs with the source and build folders out of sight, their own home, no library path.
mkdir -p "$tmp/home" "$tmp/shots"
cat > "$tmp/run.sh" << SCRIPT
set -euo pipefail
cd "$tmp"
export HOME="$tmp/home" XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share"
export QT_QPA_PLATFORM=offscreen
unset LD_LIBRARY_PATH QT_PLUGIN_PATH
"$tmp/root/usr/bin/funnelscope-cli" demo --db "$tmp/demo.funnelscope" > /dev/null
"$tmp/root/usr/bin/funnelscope-cli" kpis --db "$tmp/demo.funnelscope" --from 2025-01-01 --to 2025-12-31 \
    --format json > "$tmp/kpis.json"
"$tmp/root/usr/bin/funnelscope" --screenshots "$tmp/shots" "$tmp/demo.funnelscope" > /dev/null 2>&1
SCRIPT
if unshare -m true 2> /dev/null; then
    unshare -m bash -c "mount -t tmpfs none '$build' && mount -t tmpfs none '$root' && bash '$tmp/run.sh'" \
        || fail "the unpacked programs"
else
    bash "$tmp/run.sh" || fail "the unpacked programs"
fi
grep -q '"leads": *[1-9]' "$tmp/kpis.json" || fail "the unpacked funnelscope-cli's demo has no leads in 2025"
shots=$(find "$tmp/shots" -name '*.png' | wc -l)
((shots > 0)) || fail "the unpacked funnelscope saved no screenshots"
echo "unpacked package: funnelscope-cli demo and kpis ran, funnelscope saved $shots screenshots" \
    "($(( $(date +%s) - started )) s)"
