#!/usr/bin/env bash
# Builds the standalone fuzz project of tests/fuzz with clang into BUILD_DIR and runs the CSV reader fuzzer
# for SECONDS (default 15) on a copy of the seed corpus and the small text fixtures.
# Exit status: 0 nothing found, 77 skipped (no clang++), anything else a build failure or a finding (the
# crashing input is left in BUILD_DIR as crash-*/leak-*/timeout-*).
# usage: tests/fuzz/run-fuzz.sh BUILD_DIR [SECONDS]
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: run-fuzz.sh BUILD_DIR [SECONDS]}
seconds=${2:-15}

if ! command -v clang++ >/dev/null 2>&1; then
    echo "clang++ is not installed: fuzzing skipped"
    exit 77
fi

CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j 2

corpus="$build/corpus"
rm -rf "$corpus"
mkdir -p "$corpus"
cp "$here"/corpus/* "$corpus"/
# The 1 MiB fixture would only slow mutation down; max_len cuts inputs anyway.
find "$here/../fixtures/import" -maxdepth 1 -type f \( -name '*.csv' -o -name '*.txt' \) -size -64k \
    -exec cp {} "$corpus"/ \;

exec "$build/fuzz_csvreader" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=16384 -timeout=10 \
    -artifact_prefix="$build/" -print_final_stats=1 "$corpus"
