#!/usr/bin/env bash
# Benchmark of `redline diff`'s output formats: the SEC Section G baseline vs SECMP0044 over a
# generated Party CSV (every output, with reasons), written in each format with -o. Prints the
# wall-clock time and peak RSS of each, and their ratios to csv's. See bench/README.md.
#
#   bench/formats.sh [--sizes 1000000] [--formats csv,table,json,jsonl,markdown,html]
#                    [--redline build/redline] [--build-dir build] [--seed 1] [--as-of 2019-01-01] [--keep]
#
# One run per format and size (time and peak RSS of the same run, by GNU time): the runs take
# tens of seconds at 1M parties, and the machine's noise is larger than a best-of would remove.
# target: "met" when the format is within 2x csv's time and under 1.5x its peak memory (the
# issue's goal, at 1M parties). Exit status 1 if a run fails, 2 on a usage or setup error.
set -euo pipefail

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/.." && pwd)"

sizes="1000000"
formats="csv,table,json,jsonl,markdown,html"
redline=""
build_dir=""
seed=1
as_of="2019-01-01"
keep=0
usage() { sed -n '6,7p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,3\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --formats) formats="$2"; shift 2 ;;
    --redline) redline="$2"; shift 2 ;;
    --build-dir) build_dir="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --as-of) as_of="$2"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) echo "formats.sh: unknown argument '$1'" >&2; usage >&2; exit 2 ;;
  esac
done
[[ "$sizes" =~ ^[0-9]+(,[0-9]+)*$ ]] || { echo "formats.sh: --sizes must be like 10000,100000" >&2; exit 2; }
[[ "$formats" =~ ^[a-z]+(,[a-z]+)*$ ]] || { echo "formats.sh: --formats must be like csv,json" >&2; exit 2; }

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$PWD/$1" ;; esac; }
if [[ -n "$redline" ]]; then redline="$(abspath "$redline")"; else redline="$repo_dir/build/redline"; fi
if [[ -n "$build_dir" ]]; then build_dir="$(abspath "$build_dir")"; else build_dir="$repo_dir/build"; fi
gen=""
for t in "$build_dir/bench/redline-gen" "$build_dir/redline-gen"; do [[ -x "$t" ]] && { gen="$t"; break; }; done
[[ -n "$gen" ]] || { echo "formats.sh: redline-gen not found under $build_dir (cmake --build build --target redline-gen)" >&2; exit 2; }
[[ -x "$redline" ]] || { echo "formats.sh: $redline not found" >&2; exit 2; }
[[ -x /usr/bin/time ]] && /usr/bin/time -f %M true >/dev/null 2>&1 || { echo "formats.sh: GNU time not found at /usr/bin/time (Debian package 'time')" >&2; exit 2; }

policy="$repo_dir/policies/sec/section_g.policy"
amendment="$repo_dir/policies/sec/SECMP0044.policy"
work="$(mktemp -d "${TMPDIR:-/tmp}/redline-formats.XXXXXX")"
if [[ $keep == 1 ]]; then echo "keeping data and outputs in $work"; else trap 'rm -rf "$work"' EXIT; fi
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a == "" || b == "" || a == "-" || b == "-" || b + 0 == 0) print "-"; else printf "%.2f", a / b }'; }

echo "redline diff formats: baseline vs SECMP0044, as of $as_of; seed $seed; $(nproc) CPUs; one run each"
status=0
fmt='%10s %9s %9s %9s %9s %9s %10s %8s\n'
IFS=',' read -r -a size_list <<< "$sizes"
IFS=',' read -r -a format_list <<< "$formats"
for n in "${size_list[@]}"; do
  data="$work/parties-$n.csv"
  "$gen" --parties "$n" --seed "$seed" -o "$data"
  sync "$data" 2>/dev/null || sync
  declare -A secs=() mib=() bytes=()
  for f in csv "${format_list[@]}"; do
    [[ -n "${secs[$f]:-}" ]] && continue
    out="$work/out-$n.$f"
    if /usr/bin/time -f '%e %M' -o "$work/time" "$redline" diff "$policy" --amend "$amendment" --data "Party=$data" \
         --as-of "$as_of" --format "$f" -o "$out" 2>"$work/err"; then
      read -r s k < <(tail -1 "$work/time")
      secs[$f]=$s
      mib[$f]=$(awk -v k="$k" 'BEGIN { printf "%.0f", k / 1024 }')
    else
      echo "formats.sh: redline diff --format $f failed at $n parties:" >&2
      cat "$work/err" >&2
      secs[$f]="-"; mib[$f]="-"; status=1
    fi
    bytes[$f]=$(stat -c %s "$out" 2>/dev/null || echo "-")
  done
  echo
  printf "$fmt" parties format seconds peak_MiB time/csv mem/csv output_MB target
  for f in "${format_list[@]}"; do
    tr=$(ratio "${secs[$f]}" "${secs[csv]}") mr=$(ratio "${mib[$f]}" "${mib[csv]}")
    # The issue's goal: every format within 2x csv's time and under 1.5x its peak memory.
    verdict=$(awk -v t="$tr" -v m="$mr" 'BEGIN { if (t == "-" || m == "-") print "-"; else print (t + 0 <= 2 && m + 0 < 1.5 ? "met" : "NOT_met") }')
    printf "$fmt" "$n" "$f" "${secs[$f]}" "${mib[$f]}" "$tr" "$mr" \
      "$(awk -v b="${bytes[$f]}" 'BEGIN { if (b == "-") print "-"; else printf "%.1f", b / 1e6 }')" "$verdict"
  done
  unset secs mib bytes
done
exit $status
