# fish completion for redline (installed as share/fish/vendor_completions.d/redline.fish).
# One line per option, each naming its subcommand: tests/install/check_completions.sh compares
# them with `redline <command> --help`.
set -l commands check run diff compare explain timeline test fmt graph lsp studio sql
complete -c redline -f
complete -c redline -n "not __fish_seen_subcommand_from $commands" -s h -l help -d 'Print help'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -l version -d 'Print the version'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a check -d 'Compile policies and modifications; report every problem found'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a run -d "Evaluate a policy's outputs over data"
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a diff -d 'Compare a policy with its amended version on the same data'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a compare -d 'What an amendment changes for every input, proved with Z3'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a explain -d 'Show why one entity gets its value for one output'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a timeline -d "Show one entity's outcomes and obligations over time"
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a test -d 'Run the tests written in policies and .tests files'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a fmt -d 'Rewrite files in the canonical layout'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a graph -d 'Print the rule graph as dot or json'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a lsp -d 'Run the language server over standard input and output'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a studio -d 'Serve the drafting studio in the browser'
complete -c redline -n "not __fish_seen_subcommand_from $commands" -a sql -d 'Write a SQL script that evaluates the policy or its diff'

complete -c redline -n '__fish_seen_subcommand_from check' -F
complete -c redline -n '__fish_seen_subcommand_from check' -l strict -d 'Treat warnings as errors'
complete -c redline -n '__fish_seen_subcommand_from check' -l allow-missing-citations -d 'Do not require every rule to cite a clause'
complete -c redline -n '__fish_seen_subcommand_from check' -l format -x -a 'text json sarif' -d 'Diagnostics format'
complete -c redline -n '__fish_seen_subcommand_from check' -l color -x -a 'auto always never' -d 'Colour the text diagnostics'
complete -c redline -n '__fish_seen_subcommand_from check' -l stdin-name -x -d 'The name diagnostics give standard input'
complete -c redline -n '__fish_seen_subcommand_from check' -l param -x -d 'NAME=VALUE: analyse with this value of a parameter'
complete -c redline -n '__fish_seen_subcommand_from check' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from run' -F
complete -c redline -n '__fish_seen_subcommand_from run' -l amend -r -F -d 'A modification to apply'
complete -c redline -n '__fish_seen_subcommand_from run' -l data -r -F -d 'ENTITY=PATH: a dataset'
complete -c redline -n '__fish_seen_subcommand_from run' -l data-format -x -a 'csv json jsonl' -d 'The format of --data ENTITY=-'
complete -c redline -n '__fish_seen_subcommand_from run' -l param -x -d 'NAME=VALUE: override a parameter'
complete -c redline -n '__fish_seen_subcommand_from run' -l as-of -x -d 'Evaluate as of this date (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from run' -l select -x -d 'RULE,...: the rules to print'
complete -c redline -n '__fish_seen_subcommand_from run' -l format -x -a 'table csv json jsonl' -d 'Output format'
complete -c redline -n '__fish_seen_subcommand_from run' -l csv-safe -d 'Guard CSV cells against formulas (the default)'
complete -c redline -n '__fish_seen_subcommand_from run' -l no-csv-safe -d 'Every CSV cell exactly as it is'
complete -c redline -n '__fish_seen_subcommand_from run' -s o -l output -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from run' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from diff' -F
complete -c redline -n '__fish_seen_subcommand_from diff' -l amend -r -F -d 'The modification(s) to assess'
complete -c redline -n '__fish_seen_subcommand_from diff' -l base-amend -r -F -d 'Modifications already in force'
complete -c redline -n '__fish_seen_subcommand_from diff' -l data -r -F -d 'ENTITY=PATH: a dataset'
complete -c redline -n '__fish_seen_subcommand_from diff' -l data-format -x -a 'csv json jsonl' -d 'The format of --data ENTITY=-'
complete -c redline -n '__fish_seen_subcommand_from diff' -l param -x -d 'NAME=VALUE: override a parameter on both sides'
complete -c redline -n '__fish_seen_subcommand_from diff' -l as-of -x -d 'Evaluate as of this date (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from diff' -l select -x -d 'RULE,...: the outputs to compare'
complete -c redline -n '__fish_seen_subcommand_from diff' -l format -x -a 'table csv json jsonl markdown html' -d 'Output format'
complete -c redline -n '__fish_seen_subcommand_from diff' -l csv-safe -d 'Guard CSV cells against formulas (the default)'
complete -c redline -n '__fish_seen_subcommand_from diff' -l no-csv-safe -d 'Every CSV cell exactly as it is'
complete -c redline -n '__fish_seen_subcommand_from diff' -s o -l output -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from diff' -l no-compare -d 'markdown and html: leave out the section from compare'
complete -c redline -n '__fish_seen_subcommand_from diff' -l timings -d 'Print how long each stage took'
complete -c redline -n '__fish_seen_subcommand_from diff' -s h -l help -d 'Print help'
complete -c redline -n '__fish_seen_subcommand_from compare' -F
complete -c redline -n '__fish_seen_subcommand_from compare' -l amend -r -F -d 'The modification(s) to assess'
complete -c redline -n '__fish_seen_subcommand_from compare' -l base-amend -r -F -d 'Modifications already in force'
complete -c redline -n '__fish_seen_subcommand_from compare' -l against -r -F -d 'Another draft of the same change'
complete -c redline -n '__fish_seen_subcommand_from compare' -l param -x -d 'NAME=VALUE: override a parameter on both sides'
complete -c redline -n '__fish_seen_subcommand_from compare' -l select -x -d 'RULE,...: the outputs to compare'
complete -c redline -n '__fish_seen_subcommand_from compare' -l as-of -x -d 'Parameters and modifications in force on this date'
complete -c redline -n '__fish_seen_subcommand_from compare' -l where -x -d 'EXPR: only inputs where this condition holds'
complete -c redline -n '__fish_seen_subcommand_from compare' -l direction -x -a 'any raise lower' -d 'Only changes that raise or lower an ordered output'
complete -c redline -n '__fish_seen_subcommand_from compare' -l format -x -a 'text json markdown' -d 'Output format'
complete -c redline -n '__fish_seen_subcommand_from compare' -l witnesses -r -a '(__fish_complete_directories)' -d 'DIR: write each region\'s witness as data'
complete -c redline -n '__fish_seen_subcommand_from compare' -l rows -x -d 'Rows per entity in the bounded search'
complete -c redline -n '__fish_seen_subcommand_from compare' -l max-regions -x -d 'Stop after this many regions per output'
complete -c redline -n '__fish_seen_subcommand_from compare' -l rlimit -x -d 'Z3 resource units per solver call'
complete -c redline -n '__fish_seen_subcommand_from compare' -l timeout -x -d 'Seconds per solver call, a safety net'
complete -c redline -n '__fish_seen_subcommand_from compare' -l no-verify -d 'Do not run each witness through diff'
complete -c redline -n '__fish_seen_subcommand_from compare' -s o -l output -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from compare' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from explain' -F
complete -c redline -n '__fish_seen_subcommand_from explain' -l amend -r -F -d 'A modification to apply'
complete -c redline -n '__fish_seen_subcommand_from explain' -l data -r -F -d 'ENTITY=PATH: a dataset'
complete -c redline -n '__fish_seen_subcommand_from explain' -l data-format -x -a 'csv json jsonl' -d 'The format of --data ENTITY=-'
complete -c redline -n '__fish_seen_subcommand_from explain' -l id -x -d 'The key of the entity to explain'
complete -c redline -n '__fish_seen_subcommand_from explain' -l output -x -d 'The rule (output) to explain'
complete -c redline -n '__fish_seen_subcommand_from explain' -l param -x -d 'NAME=VALUE: override a parameter'
complete -c redline -n '__fish_seen_subcommand_from explain' -l as-of -x -d 'Evaluate as of this date (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from explain' -l format -x -a 'text json' -d 'Output format'
complete -c redline -n '__fish_seen_subcommand_from explain' -s o -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from explain' -s h -l help -d 'Print help'
complete -c redline -n '__fish_seen_subcommand_from timeline' -F
complete -c redline -n '__fish_seen_subcommand_from timeline' -l amend -r -F -d 'A modification to apply from its effective date'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l data -r -F -d 'ENTITY=PATH: a dataset'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l data-format -x -a 'csv json jsonl' -d 'The format of --data ENTITY=-'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l id -x -d 'The key of the entity whose timeline to show'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l select -x -d 'Rules to follow, comma-separated'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l from -x -d 'The first day (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l to -x -d 'The last day (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l param -x -d 'NAME=VALUE: override a parameter'
complete -c redline -n '__fish_seen_subcommand_from timeline' -l format -x -a 'text json html' -d 'Output format'
complete -c redline -n '__fish_seen_subcommand_from timeline' -s o -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from timeline' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from test' -F
complete -c redline -n '__fish_seen_subcommand_from test' -l filter -x -d "Run only tests whose 'file: name' contains this text"
complete -c redline -n '__fish_seen_subcommand_from test' -l junit -r -F -d 'Also write a JUnit XML report to FILE'
complete -c redline -n '__fish_seen_subcommand_from test' -l coverage -d 'Report what the tests exercised'
complete -c redline -n '__fish_seen_subcommand_from test' -s v -l verbose -d 'List passing tests too'
complete -c redline -n '__fish_seen_subcommand_from test' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from fmt' -F
complete -c redline -n '__fish_seen_subcommand_from fmt' -l check -d 'Change nothing; exit 1 if a file is not formatted'
complete -c redline -n '__fish_seen_subcommand_from fmt' -l diff -d 'Change nothing; print what would change as a unified diff'
complete -c redline -n '__fish_seen_subcommand_from fmt' -l stdin-name -x -d 'The name messages give standard input'
complete -c redline -n '__fish_seen_subcommand_from fmt' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from graph' -F
complete -c redline -n '__fish_seen_subcommand_from graph' -l amend -r -F -d 'A modification to apply'
complete -c redline -n '__fish_seen_subcommand_from graph' -l format -x -a 'dot json' -d 'Output format'
complete -c redline -n '__fish_seen_subcommand_from graph' -s o -l output -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from graph' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from lsp' -l stdio -d 'Use standard input and output (the default)'
complete -c redline -n '__fish_seen_subcommand_from lsp' -s h -l help -d 'Print help'

complete -c redline -n '__fish_seen_subcommand_from studio' -F
complete -c redline -n '__fish_seen_subcommand_from studio' -l amend -r -F -d 'A modification to open in the editor'
complete -c redline -n '__fish_seen_subcommand_from studio' -l base-amend -r -F -d 'A modification in force on both sides'
complete -c redline -n '__fish_seen_subcommand_from studio' -l data -r -F -d 'ENTITY=PATH: a dataset'
complete -c redline -n '__fish_seen_subcommand_from studio' -l param -x -d 'NAME=VALUE: override a parameter'
complete -c redline -n '__fish_seen_subcommand_from studio' -l as-of -x -d 'Evaluate as of this date (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from studio' -l workspace -x -a '(__fish_complete_directories)' -d 'The folder drafts are saved in'
complete -c redline -n '__fish_seen_subcommand_from studio' -l host -x -d 'The address to listen on'
complete -c redline -n '__fish_seen_subcommand_from studio' -l port -x -d 'The port to listen on (0: any free port)'
complete -c redline -n '__fish_seen_subcommand_from studio' -l eval-limit-ms -x -d 'Stop an evaluation that takes longer (ms)'
complete -c redline -n '__fish_seen_subcommand_from studio' -l body-limit-kb -x -d 'Refuse request bodies over this size (KiB)'
complete -c redline -n '__fish_seen_subcommand_from studio' -s h -l help -d 'Print help'
complete -c redline -n '__fish_seen_subcommand_from sql' -F
complete -c redline -n '__fish_seen_subcommand_from sql' -l amend -r -F -d 'A modification to apply (with --diff: to assess)'
complete -c redline -n '__fish_seen_subcommand_from sql' -l base-amend -r -F -d 'With --diff: a modification applied to both sides'
complete -c redline -n '__fish_seen_subcommand_from sql' -l dialect -x -a 'sqlite postgres duckdb' -d 'The SQL dialect'
complete -c redline -n '__fish_seen_subcommand_from sql' -l diff -d 'Compare the policy with its amended version'
complete -c redline -n '__fish_seen_subcommand_from sql' -l select -x -d 'RULE,...: the outputs to compute'
complete -c redline -n '__fish_seen_subcommand_from sql' -l param -x -d 'NAME=VALUE: override a parameter'
complete -c redline -n '__fish_seen_subcommand_from sql' -l as-of -x -d 'Evaluate as of this date (YYYY-MM-DD)'
complete -c redline -n '__fish_seen_subcommand_from sql' -s o -l output -r -F -d 'Write to FILE'
complete -c redline -n '__fish_seen_subcommand_from sql' -s h -l help -d 'Print help'
