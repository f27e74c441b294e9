#!/usr/bin/env bash
# Benchmarks of `circular batch` (figures, not tests): wall time and peak memory (max RSS) for
# 10,000 text letters, and 400 PDF and 400 Word letters (200 French, 200 English). Targets: 10,000
# text letters < 1 s; 400 PDF letters < 0.5 s on 2 cores; a Word letter at least 20 times faster
# than python-docx building it (benches/docx-peer.py); 10,000 recipients < 100 MB, and memory not
# growing with the number of recipients.
#
# Usage: benches/batch.sh [RECIPIENTS]   (default 10000; builds the release binary first)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
cargo build --release --quiet
bin=target/release/circular
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# count recipients, French and English alternately, in a few zones.
recipients() {
    echo "id,name,organisation,country,email,language,zone,groups"
    local zones=(Europe/Zurich America/New_York Asia/Tokyo Africa/Nairobi Australia/Sydney)
    for ((i = 1; i <= $1; i++)); do
        local lang=fr
        ((i % 2)) && lang=en
        echo "r$i,Person $i,Organisation $i,CH,r$i@example.org,$lang,${zones[i % 5]},administrations"
    done
}

# run NAME ARGS...: wall seconds and max RSS of one batch into a fresh folder.
run() {
    local name=$1
    shift
    # A fresh folder each run, and the disk left to settle. On ext4, files deleted in the last
    # 60-300 s keep their inodes from being reused (`recently_deleted` in fs/ext4/ialloc.c), and
    # allocating a new inode scans past them: right after deleting an earlier batch's 10,000+
    # files (an earlier run of this script, say), creating files costs 3-5 times the kernel time.
    # Wait five minutes after deleting many files before measuring on ext4.
    local out="$work/out-$RANDOM$RANDOM"
    sync
    sleep 2
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$bin" batch examples/u4ssc-7.yaml \
        --out "$out" --quiet "$@" || [ $? -eq 3 ]
    read -r seconds user system kib <"$work/time"
    local files
    files=$(find "$out" -type f ! -name '*manifest*' | wc -l)
    printf '%-34s %6d files  %6.2f s wall  %6.2f s CPU  %6.1f MB max RSS\n' "$name" "$files" \
        "$seconds" "$(echo "$user + $system" | bc -l)" "$(echo "$kib / 1024" | bc -l)"
}

recipients "$count" >"$work/many.csv"
recipients 30000 >"$work/huge.csv"
recipients 1000 >"$work/some.csv"
echo "$(nproc) cores; $(uname -sr)"
run "text, $count recipients" --recipients "$work/many.csv"
run "text, $count recipients, --jobs 1" --recipients "$work/many.csv" --jobs 1
run "text, 1000 recipients (memory)" --recipients "$work/some.csv"
run "text, 30000 recipients (memory)" --recipients "$work/huge.csv"

recipients 400 >"$work/400.csv"
run "pdf, 400 recipients (200 fr, 200 en)" --recipients "$work/400.csv" --format pdf
run "pdf, 400 recipients, --jobs 1" --recipients "$work/400.csv" --format pdf --jobs 1
run "docx, 400 recipients (200 fr, 200 en)" --recipients "$work/400.csv" --format docx
run "docx, 400 recipients, --jobs 1" --recipients "$work/400.csv" --format docx --jobs 1
