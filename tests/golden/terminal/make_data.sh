#!/usr/bin/env bash
# Writes the data of the terminal tests into directory $1, byte for byte (printf, so that no
# checkout can change a carriage return or an invalid byte):
#   sites.csv     keys and names with a line break, a tab, ESC sequences, a C1 control (U+009B,
#                 the one-byte CSI), a carriage return, a backslash, wide CJK characters, a
#                 combining accent (e + U+0301), and texts that start like spreadsheet formulas
#   bad_load.csv  a decimal field holding an escape sequence and a line break
#   parties_*.csv data for tests/golden/data/schema.policy with an enum value, a reference and
#                 a duplicate key that hold escape sequences and line breaks
set -euo pipefail
dir=$1
{
  printf 'id,name,load\n'
  printf 'plain,Plain Co,150\n'
  printf '"line1\nline2",a\tb,50\n'
  printf 'esc,\033[31mRED\033[0m,50\n'
  printf 'c1,\302\23331mX,50\n'
  printf '\346\235\261\344\272\254\351\233\273\345\212\233,\346\235\261\344\272\254 Holdings,60\n'
  printf 'Cafe\314\201,Cafe\314\201 Ltd,70\n'
  printf 'back\\n,"carriage\rreturn",50\n'
  printf '=SUM(A1),+1,20\n'
  printf -- '-5,@x,-5\n'
  printf '\tTAB,-0.000001,30\n'
  printf '+3.25,=1+2,40\n'
  printf -- '-x,-5,2\n'
  printf 'cr,"\rX",30\n'
} > "$dir/sites.csv"
{
  printf 'id,name,load\n'
  printf 'a,A,1\n'
  printf 'b,B,"\033]0;pwned\007\n12"\n'
} > "$dir/bad_load.csv"
header='id,name,category,roles,premises,ratio,joined,provider,year\n'
{
  printf "$header"
  printf 'a,Alpha,"\033[2Jsupplier\n",,1,0.5,2019-01-01,,1\n'
} > "$dir/parties_bad_enum.csv"
{
  printf "$header"
  printf 'a,Alpha,supplier,,1,0.5,2019-01-01,,1\n'
  printf 'b,Beta,network,,1,0.5,2019-01-01,\033[31ma,1\n'
} > "$dir/parties_bad_reference.csv"
{
  printf "$header"
  printf '"a\nb",Alpha,supplier,,1,0.5,2019-01-01,,1\n'
  printf '"a\nb",Beta,network,,1,0.5,2019-01-01,,1\n'
} > "$dir/parties_duplicate_key.csv"
