#!/usr/bin/env bash
# The completions as the shells themselves run them (check_completions.sh reads the files as
# text): each file must load in its shell without an error, and, for bash and fish, whose
# completion engines can be asked directly, completing `redline ` must offer every subcommand of
# `redline --help` and completing `redline COMMAND --` every long option of `redline COMMAND --help`.
# zsh's engine needs a terminal (zpty) to be asked: there the file must parse and, loaded with
# compinit, define its completion function.
# Usage: completions_shells.sh REDLINE SOURCE_DIR
set -euo pipefail
redline=$1
src=$2
dir=$src/cli/completions
status=0
problem() {
  echo "completions_shells: $*" >&2
  status=1
}
for shell in zsh fish; do
  command -v "$shell" >/dev/null || { echo "completions_shells: $shell is not installed (scripts/install-deps.sh installs it)" >&2; exit 1; }
done

commands=$("$redline" --help | awk '/^[A-Za-z][A-Za-z ]*:$/ { section = $0; next }
                                    section == "Subcommands:" && /^  [a-z]/ { print $1 }' | sort)
[[ $(wc -l <<<"$commands") -ge 7 ]] || { echo "completions_shells: no subcommands in 'redline --help'" >&2; exit 1; }
long_options() {
  "$redline" "$@" --help | awk '/^ +-/ { n = split($1, names, ","); for (i = 1; i <= n; i++) if (names[i] ~ /^--/) print names[i] }' |
    sed 's/=.*//' | sort -u
}

# What bash offers for the words given (the last one being completed).
bash_offers() {
  bash --norc --noprofile -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
    _redline redline "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
    printf "%s\n" "${COMPREPLY[@]}"' bash "$dir/redline.bash" "$@" | sort -u
}
# What fish offers for a command line (its last word being completed).
fish_offers() {
  fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$dir/redline.fish" "$1" | cut -f1 | sort -u
}

bash -n "$dir/redline.bash" || problem "redline.bash does not parse in bash"
fish --no-execute "$dir/redline.fish" || problem "redline.fish does not parse in fish"
zsh -n "$dir/_redline" || problem "_redline does not parse in zsh"
out=$(zsh -f -c 'autoload -U compinit && compinit -u -D && fpath=("$1" $fpath) && autoload -U _redline && whence -w _redline' zsh "$dir" 2>&1) ||
  problem "_redline does not load in zsh: $out"
[[ "$out" == "_redline: function" ]] || problem "zsh: _redline is not a function once loaded: $out"

missing=$(comm -23 <(printf '%s\n' "$commands") <(bash_offers redline ''))
[[ -z "$missing" ]] || problem "bash does not offer the subcommands: $(echo $missing)"
missing=$(comm -23 <(printf '%s\n' "$commands") <(fish_offers 'redline '))
[[ -z "$missing" ]] || problem "fish does not offer the subcommands: $(echo $missing)"
for c in $commands; do
  want=$(long_options "$c" | grep -vx -- '--help' || true)
  missing=$(comm -23 <(printf '%s\n' "$want") <(bash_offers redline "$c" '--'))
  [[ -z "$missing" ]] || problem "bash does not offer for '$c': $(echo $missing)"
  missing=$(comm -23 <(printf '%s\n' "$want") <(fish_offers "redline $c --"))
  [[ -z "$missing" ]] || problem "fish does not offer for '$c': $(echo $missing)"
done
[[ $status -eq 0 ]] && echo "completions_shells: bash, zsh and fish load the completions; bash and fish offer every command and option"
exit $status
