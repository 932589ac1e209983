#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UndefinedBehaviorSanitizer on) and runs each for the
# given seconds on a seed corpus of real-looking files: the test fixtures. A crash stops the run with the input saved
# under build-fuzz/crashes/; turn it into a regression test.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
build="$root/build-fuzz"
"$root/scripts/install-deps.sh"
flags="-fsanitize=address,undefined,fuzzer-no-link -fno-sanitize-recover=undefined -fno-omit-frame-pointer -g -O1"
generator=()
if command -v ninja > /dev/null; then generator=(-G Ninja); fi
CC=clang CXX=clang++ cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DFUNNELSCOPE_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_CXX_FLAGS="$flags" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" > /dev/null
cmake --build "$build" --parallel "$(nproc)" --target csv_fuzzer values_fuzzer

# Seeds: every CSV the tests use, and a few values.
corpus="$build/corpus"
mkdir -p "$corpus/csv" "$corpus/values" "$build/crashes"
find "$root/tests" -name '*.csv' -size -64k -exec cp {} "$corpus/csv/" \;
printf '%s\n' '1,234.50' '1.234,50' '1 234,5' '12.5%' '$1,234,567' '-0' 'NT$ 1,000' '1e309' \
    '2025-03-07' '07.03.2025' '03/07/2025' 'Mar 7, 2025' '7 Mar 2025' '2025年3月7日' '20250307' \
    '2025-03-07T14:05:00+02:00' 'Total: Account' 'n/a' | split -l 1 - "$corpus/values/seed-"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
for target in csv_fuzzer values_fuzzer; do
    dir=${target%_fuzzer}
    echo "== $target, ${seconds}s"
    "$build/fuzz/$target" "$corpus/$dir" -max_total_time="$seconds" -max_len=65536 -timeout=10 \
        -artifact_prefix="$build/crashes/$target-" -print_final_stats=1 2>&1 |
        grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|Done' || true
    if ls "$build/crashes/$target-"* > /dev/null 2>&1; then
        echo "$target found a crash: $(ls "$build/crashes/$target-"*)"
        exit 1
    fi
done
