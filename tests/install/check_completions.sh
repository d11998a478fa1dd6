#!/usr/bin/env bash
# The shell completions (cli/completions/) and the man page (docs/man/redline.1) are written by
# hand; this compares them with what the executable says it takes, so that they cannot drift
# silently: every subcommand of `redline --help` and every long option of `redline <command>
# --help` must be in each file's part for that command, and nothing more.
# Usage: check_completions.sh REDLINE SOURCE_DIR
set -euo pipefail
redline=$1
src=$2
bash_file=$src/cli/completions/redline.bash
zsh_file=$src/cli/completions/_redline
fish_file=$src/cli/completions/redline.fish
man_file=$src/docs/man/redline.1
status=0
problem() {
  echo "check_completions: $*" >&2
  status=1
}

# CLI11's help: a "Subcommands:" section of "  name   description" lines, and options as
# "  -o,--output TEXT   description" lines.
commands=$("$redline" --help | awk '/^[A-Za-z][A-Za-z ]*:$/ { section = $0; next }
                                    section == "Subcommands:" && /^  [a-z]/ { print $1 }' | sort)
[[ $(wc -l <<<"$commands") -ge 7 ]] || { echo "check_completions: no subcommands in 'redline --help'" >&2; exit 1; }
long_options() {
  "$redline" "$@" --help | awk '/^ +-/ { n = split($1, names, ","); for (i = 1; i <= n; i++) if (names[i] ~ /^--/) print names[i] }' |
    sed 's/=.*//' | sort -u
}
only_long() { grep -oE -- '--[a-z][a-z0-9-]*' | sort -u || true; }

# What each file says of one command.
bash_part() { grep -E "^ *$1\) opts=" "$bash_file" || true; }
zsh_part() { awk -v c="$1" '$0 ~ "^ *" c "\\)$" { on = 1; next } on && /^ *;;$/ { exit } on' "$zsh_file"; }
fish_part() { grep -F "__fish_seen_subcommand_from $1'" "$fish_file" | grep -oE -- ' -l [a-z][a-z0-9-]*' | sed 's/ -l /--/' || true; }
man_part() {
  awk -v c="$1" '/^\.S[SH] / { on = index($0, "\"redline " c " ") == 5 || index($0, "\"redline " c "\"") == 5; next } on' "$man_file" |
    grep -v '^\.\\"' | sed 's/\\-/-/g'
}

# The commands each file knows.
compare_commands() {
  local file=$1 found=$2
  if [[ $found != "$commands" ]]; then
    problem "$file names the commands [$(tr '\n' ' ' <<<"$found")], redline --help [$(tr '\n' ' ' <<<"$commands")]"
  fi
}
compare_commands "$bash_file" "$(grep -oE '^ *[a-z]+\) opts=' "$bash_file" | grep -oE '[a-z]+' | grep -v opts | sort)"
compare_commands "$zsh_file" "$(awk '/^        [a-z]+\)$/ { sub(/\)/, ""); print $1 }' "$zsh_file" | sort)"
compare_commands "$fish_file" "$(grep -oE "__fish_seen_subcommand_from [a-z]+'" "$fish_file" | awk '{ sub(/'"'"'/, "", $2); print $2 }' | sort -u)"
compare_commands "$man_file" "$(grep -oE '^\.SS "redline [a-z]+' "$man_file" | awk '{ print $3 }' | sort)"

for file in "$bash_file" "$zsh_file" "$fish_file" "$man_file"; do
  for option in $(long_options); do
    # fish spells --version "-l version"; roff "\-\-version".
    grep -qe "$option" <<<"$(sed 's/\\-/-/g; s/ -l / --/g' "$file")" || problem "$file does not have the top-level option $option"
  done
done

for cmd in $commands; do
  expected=$(long_options "$cmd")
  [[ -n $expected ]] || problem "'redline $cmd --help' lists no option"
  for kind in bash zsh fish man; do
    file_var=${kind}_file
    found=$("${kind}_part" "$cmd" | only_long)
    # The man page says once, in DESCRIPTION, that every command takes --help.
    [[ $kind != man ]] || found=$(sort -u <<<"$found"$'\n--help' | sed '/^$/d')
    missing=$(comm -23 <(echo "$expected") <(echo "$found"))
    stale=$(comm -13 <(echo "$expected") <(echo "$found"))
    [[ -z $missing ]] || problem "${!file_var}: '$cmd' lacks $(tr '\n' ' ' <<<"$missing")"
    [[ -z $stale ]] || problem "${!file_var}: '$cmd' has $(tr '\n' ' ' <<<"$stale")which 'redline $cmd --help' does not list"
  done
done

# The bash file must define the completion when sourced (a syntax error would leave none).
bash -c "source '$bash_file' && complete -p redline" >/dev/null || problem "$bash_file defines no completion for redline"
if command -v groff >/dev/null; then
  warnings=$(groff -man -Tutf8 -ww -z "$man_file" 2>&1)
  [[ -z $warnings ]] || problem "groff warns about $man_file: $warnings"
fi
if command -v zsh >/dev/null; then zsh -n "$zsh_file" || problem "$zsh_file: zsh -n fails"; fi
if command -v fish >/dev/null; then fish -n "$fish_file" || problem "$fish_file: fish -n fails"; fi
exit $status
