#!/usr/bin/env bash
# Golden test runner: runs the `// RUN:` and `// RUN-SH:` lines of every test file under
# tests/golden/ and compares the transcript with <file>.expected. Format: tests/golden/README.md.
# Usage: tests/golden/run.sh --redline PATH [--update] [FILE...]
set -euo pipefail

usage() { echo "usage: $0 --redline PATH [--update] [FILE...]" >&2; exit 2; }

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
root_physical="$(cd "$root" && pwd -P)"
redline=""
update=0
[[ "${REDLINE_GOLDEN_UPDATE:-0}" == "1" ]] && update=1
files=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --redline) [[ $# -ge 2 ]] || usage; redline="$2"; shift 2 ;;
    --redline=*) redline="${1#--redline=}"; shift ;;
    --update) update=1; shift ;;
    -h|--help) usage ;;
    --) shift; files+=("$@"); break ;;
    -*) echo "unknown option: $1" >&2; usage ;;
    *) files+=("$1"); shift ;;
  esac
done
[[ -n "$redline" ]] || usage
# Paths given on the command line are relative to the caller's directory; make them absolute
# before moving to the repository root, where every test runs.
[[ "$redline" == /* ]] || redline="$PWD/$redline"
[[ -x "$redline" && -f "$redline" ]] || { echo "redline binary not found or not executable: $redline" >&2; exit 2; }
for i in "${!files[@]}"; do
  f="${files[$i]%.expected}"
  [[ -f "$f" ]] || { echo "no such test file: ${files[$i]}" >&2; exit 2; }
  files[i]="$(realpath --relative-to="$root_physical" "$f")"
done
cd "$root"

if [[ ${#files[@]} -eq 0 ]]; then
  # Every candidate file that has at least one RUN line; files without one are test inputs.
  while IFS= read -r -d '' f; do
    grep -Eq '^[[:space:]]*//[[:space:]]*RUN(-SH)?:' "$f" && files+=("${f#./}")
  done < <(find tests/golden -type f \( -name '*.policy' -o -name '*.mod' -o -name '*.rltest' \) -print0 |
           LC_ALL=C sort -z)
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# Both forms run `redline` through PATH, so argv[0] (and any usage text built from it) is stable.
mkdir "$work/bin"
ln -s "$redline" "$work/bin/redline"
# The child sees only this environment: stable locale, time zone and no colour, whatever the caller has.
child_env=(LC_ALL=C TZ=UTC NO_COLOR=1 "PATH=$work/bin:$PATH" "HOME=$work" "TMPDIR=${TMPDIR:-/tmp}")
for var in ASAN_OPTIONS UBSAN_OPTIONS LSAN_OPTIONS MSAN_OPTIONS; do
  if [[ -n "${!var:-}" ]]; then child_env+=("$var=${!var}"); fi
done
timeout_cmd=()
command -v timeout >/dev/null && timeout_cmd=(timeout "${REDLINE_GOLDEN_TIMEOUT:-120}")

# Appends file $1 to the transcript $2, ending it with a newline; a missing one is marked, so
# "no newline at end" is visible in the expected file instead of silently merged into the next line.
append_output() {
  cat "$1" >>"$2"
  if [[ -s "$1" && "$(tail -c 1 "$1" | wc -l)" -eq 0 ]]; then
    printf '\n\\ No newline at end of output\n' >>"$2"
  fi
}

# Replaces every occurrence of the literal strings in the remaining arguments (pairs: from, to) in file $1.
replace_literal() {
  local file="$1" text
  shift
  text="$(cat "$file"; printf x)"   # the x keeps trailing newlines through command substitution
  text="${text%x}"
  while [[ $# -ge 2 ]]; do
    [[ -n "$1" ]] && text="${text//"$1"/"$2"}"
    shift 2
  done
  printf '%s' "$text" >"$file"
}

# Runs one test file; writes its transcript to $work/actual. Returns 1 if the file has no RUN line
# or a RUN line cannot be parsed.
run_test() {
  local test="$1" dir tmp="" tmp_physical="" line kind cmd n=0 rc
  dir="$(dirname "$test")"
  : >"$work/actual"
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ "$line" =~ ^[[:space:]]*//[[:space:]]*RUN(-SH)?:[[:space:]]*(.*)$ ]] || continue
    kind="${BASH_REMATCH[1]}"
    cmd="${BASH_REMATCH[2]}"
    cmd="${cmd%"${cmd##*[![:space:]]}"}"   # drop trailing blanks (and a CR from a CRLF file)
    cmd="${cmd//"%dir"/"$dir"}"
    cmd="${cmd//"%s"/"$test"}"
    if [[ "$cmd" == *%t* ]]; then
      if [[ -z "$tmp" ]]; then
        tmp="$(mktemp -d)"
        tmp_physical="$(cd "$tmp" && pwd -P)"
      fi
      cmd="${cmd//"%t"/"$tmp"}"
    fi
    if [[ $n -gt 0 ]]; then echo >>"$work/actual"; fi
    n=$((n + 1))
    if [[ "$kind" == "-SH" ]]; then
      echo "\$ sh: $cmd" >>"$work/actual"
      if "${timeout_cmd[@]}" env -i "${child_env[@]}" bash -c "$cmd" </dev/null >"$work/out" 2>"$work/err"; then
        rc=0
      else
        rc=$?
      fi
    else
      echo "\$ redline $cmd" >>"$work/actual"
      # Split the arguments like a shell would (quotes and backslashes), without any expansion.
      if ! printf '%s\n' "$cmd" | xargs -r printf '%s\0' >"$work/argv" 2>"$work/err"; then
        echo "$test: cannot parse RUN line: $(cat "$work/err")" >&2
        [[ -n "$tmp" ]] && rm -rf "$tmp"
        return 1
      fi
      local argv=()
      mapfile -d '' -t argv <"$work/argv"
      if "${timeout_cmd[@]}" env -i "${child_env[@]}" redline "${argv[@]}" </dev/null >"$work/out" 2>"$work/err"; then
        rc=0
      else
        rc=$?
      fi
    fi
    echo "exit: $rc" >>"$work/actual"
    echo "--- stdout" >>"$work/actual"
    append_output "$work/out" "$work/actual"
    echo "--- stderr" >>"$work/actual"
    append_output "$work/err" "$work/actual"
  done <"$test"
  # The temp dir first: it may lie inside the repository (TMPDIR=...), the reverse cannot happen.
  replace_literal "$work/actual" "$tmp_physical" "<tmp>" "$tmp" "<tmp>" "$root_physical" "<root>" "$root" "<root>"
  [[ -n "$tmp" ]] && rm -rf "$tmp"
  if [[ $n -eq 0 ]]; then
    echo "$test: no '// RUN:' or '// RUN-SH:' line" >&2
    return 1
  fi
  return 0
}

passed=0
failed=0
updated=0
for test in "${files[@]}"; do
  expected="$test.expected"
  if ! run_test "$test"; then
    echo "FAIL $test"
    failed=$((failed + 1))
    continue
  fi
  if [[ $update -eq 1 ]]; then
    if [[ ! -f "$expected" ]]; then
      echo "created $expected"
      updated=$((updated + 1))
    elif ! cmp -s "$work/actual" "$expected"; then
      echo "updated $expected"
      diff -u --label "$expected (old)" --label "$expected (new)" "$expected" "$work/actual" || true
      updated=$((updated + 1))
    fi
    cp "$work/actual" "$expected"
    passed=$((passed + 1))
  elif [[ -f "$expected" ]] && cmp -s "$work/actual" "$expected"; then
    echo "ok   $test"
    passed=$((passed + 1))
  else
    echo "FAIL $test"
    if [[ -f "$expected" ]]; then
      diff -u --label "$expected" --label "$test (actual)" "$expected" "$work/actual" || true
    else
      echo "missing $expected (create it with --update); actual transcript:"
      diff -u --label "/dev/null" --label "$test (actual)" /dev/null "$work/actual" || true
    fi
    failed=$((failed + 1))
  fi
done

[[ $update -eq 1 ]] && echo "$updated expected file(s) written"
[[ ${#files[@]} -eq 0 ]] && echo "warning: no golden tests found under tests/golden/" >&2
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
