# bash completion for redline (installed as share/bash-completion/completions/redline).
# Each subcommand's options are on its one `opts=` line: tests/install/check_completions.sh
# compares those lines with `redline <command> --help`, so that a new option cannot be missed here.
_redline() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      check | run | diff | compare | explain | timeline | test | fmt | graph | lsp | studio | sql)
        cmd=${COMP_WORDS[i]}
        break
        ;;
    esac
  done
  if [[ -z $cmd ]]; then
    COMPREPLY=($(compgen -W "check run diff compare explain timeline test fmt graph lsp studio sql --help --version" -- "$cur"))
    return
  fi

  # The value of the option before the cursor.
  case $prev in
    --format)
      local formats
      case $cmd in
        check) formats="text json sarif" ;;
        run) formats="table csv json jsonl" ;;
        diff) formats="table csv json jsonl markdown html" ;;
        compare) formats="text json markdown" ;;
        explain) formats="text json" ;;
        timeline) formats="text json html" ;;
        graph) formats="dot json" ;;
      esac
      COMPREPLY=($(compgen -W "$formats" -- "$cur"))
      return
      ;;
    --dialect)
      COMPREPLY=($(compgen -W "sqlite postgres duckdb" -- "$cur"))
      return
      ;;
    --color)
      COMPREPLY=($(compgen -W "auto always never" -- "$cur"))
      return
      ;;
    --data-format)
      COMPREPLY=($(compgen -W "csv json jsonl" -- "$cur"))
      return
      ;;
    --direction)
      COMPREPLY=($(compgen -W "any raise lower" -- "$cur"))
      return
      ;;
    --witnesses)
      compopt -o dirnames 2>/dev/null
      COMPREPLY=($(compgen -d -- "$cur"))
      return
      ;;
    --amend | --base-amend | --against | --junit | -o)
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "$cur"))
      return
      ;;
    --output)
      # explain's --output names a rule; the others' a file.
      if [[ $cmd != explain ]]; then
        compopt -o filenames 2>/dev/null
        COMPREPLY=($(compgen -f -- "$cur"))
      fi
      return
      ;;
    --data)
      # ENTITY=PATH. With '=' in COMP_WORDBREAKS (bash's default) the '=' is a word of its own
      # and the path is completed as a file below; without it, the path after the '=' is.
      compopt -o filenames 2>/dev/null
      COMPREPLY=($(compgen -f -- "${cur#*=}"))
      return
      ;;
    --param | --as-of | --select | --id | --filter | --stdin-name | --where | --rows | --max-regions | --rlimit | --timeout)
      return
      ;;
  esac

  local opts
  case $cmd in
    check) opts="--strict --allow-missing-citations --format --color --stdin-name --param --help" ;;
    run) opts="--amend --data --data-format --param --as-of --select --format --csv-safe --no-csv-safe -o --output --help" ;;
    diff) opts="--amend --base-amend --data --data-format --param --as-of --select --format --csv-safe --no-csv-safe -o --output --no-compare --timings --help" ;;
    compare) opts="--amend --base-amend --against --param --select --as-of --where --direction --format --witnesses --rows --max-regions --rlimit --timeout --no-verify -o --output --help" ;;
    explain) opts="--amend --data --data-format --id --output --param --as-of --format -o --help" ;;
    timeline) opts="--amend --data --data-format --id --select --from --to --param --format -o --help" ;;
    test) opts="--filter --junit --coverage -v --verbose --help" ;;
    fmt) opts="--check --diff --stdin-name --help" ;;
    graph) opts="--amend --format -o --output --help" ;;
    lsp) opts="--stdio --help" ;;
    studio) opts="--amend --base-amend --data --param --as-of --workspace --host --port --eval-limit-ms --body-limit-kb --help" ;;
    sql) opts="--amend --base-amend --dialect --diff --select --param --as-of -o --output --help" ;;
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    compopt -o filenames 2>/dev/null
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -F _redline redline
