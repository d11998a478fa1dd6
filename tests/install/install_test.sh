#!/usr/bin/env bash
# `cmake --install` into a fresh prefix, then what a user of the package does with it: run the
# installed redline, build examples/embed with find_package(redline) and with pkg-config, run
# both on the shipped SEC data and compare what they find with `redline diff --format csv`.
# The example is compiled at -O0 (compiling it is most of the test's time) with the warnings
# the project's own code passes, so that the installed headers stay clean for their users.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR CXX VERSION CMAKE
set -euo pipefail
build=$1
src=$2
cxx=$3
version=$4
cmake=$5
tmp=$(mktemp -d "${TMPDIR:-/tmp}/redline-install.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
prefix=$tmp/prefix
fail() {
  echo "install_test: $*" >&2
  exit 1
}

"$cmake" --install "$build" --prefix "$prefix" >"$tmp/install.log" || { cat "$tmp/install.log"; fail "cmake --install failed"; }

# The executable, the man page, the completions.
[[ $("$prefix/bin/redline" --version) == "redline $version" ]] || fail "bin/redline --version: $("$prefix/bin/redline" --version)"
for f in share/man/man1/redline.1 share/bash-completion/completions/redline share/zsh/site-functions/_redline \
         share/fish/vendor_completions.d/redline.fish lib/pkgconfig/redline.pc lib/cmake/redline/redlineConfig.cmake \
         lib/cmake/redline/redlineConfigVersion.cmake include/redline/service/service.h include/redline/report/report.h; do
  [[ -s $prefix/$f ]] || fail "$f is not installed"
done
bash -c "source '$prefix/share/bash-completion/completions/redline' && complete -p redline" >/dev/null ||
  fail "the installed bash completion defines nothing"
if command -v groff >/dev/null; then
  groff -man -Tutf8 -ww "$prefix/share/man/man1/redline.1" >"$tmp/man.txt" 2>"$tmp/groff.err"
  # Bold is overstruck (X backspace X) on a terminal device: removed before looking.
  sed 's/.\x08//g' "$tmp/man.txt" >"$tmp/man.plain"
  grep -q '^EXIT STATUS' "$tmp/man.plain" || fail "the installed man page does not render"
  [[ ! -s $tmp/groff.err ]] || fail "groff: $(cat "$tmp/groff.err")"
fi

# Every header an installed header includes is installed too, and none is the generated parser's
# or ANTLR's (the ANTLR wall holds for the package's users as for the build).
while IFS= read -r header; do
  while IFS= read -r include; do
    [[ -f $prefix/include/redline/$include ]] || fail "${header#"$prefix"/} includes \"$include\", which is not installed"
  done < <(sed -n 's/^#include "\([^"]*\)".*/\1/p' "$header")
  if grep -qE '#include [<"](antlr4-runtime|Redline(Lexer|Parser))' "$header"; then
    fail "${header#"$prefix"/} includes ANTLR or the generated parser"
  fi
done < <(find "$prefix/include/redline" -type f)

policy=$src/policies/sec/section_g.policy
amendment=$src/policies/sec/SECMP0044.policy
data=Party=$src/examples/sec/parties.csv
"$prefix/bin/redline" diff "$policy" --amend "$amendment" --data "$data" --format csv -o "$tmp/cli.csv"
changes=$(($(wc -l <"$tmp/cli.csv") - 1))
[[ $changes -gt 5 ]] || fail "SECMP0044 changes $changes values of the example parties; the test expects more than 5"
# What embed prints: the changed entities, then the first 5 changes as "KEY OUTPUT: BEFORE -> AFTER".
{
  echo "$(tail -n +2 "$tmp/cli.csv" | cut -d, -f1 | sort -u | wc -l) of $(($(wc -l <"$src/examples/sec/parties.csv") - 1)) Party entities change ($changes values)"
  tail -n +2 "$tmp/cli.csv" | head -n 5 | awk -F, '{ print "  " $1 " " $2 ": " $3 " -> " $4 }'
} >"$tmp/expected.out"

# find_package(redline), from a build directory of its own; only the prefix is given.
flags="-O0 -Wall -Wextra -Wpedantic -Wshadow -Werror"
"$cmake" -S "$src/examples/embed" -B "$tmp/cmake-build" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="$flags" >"$tmp/configure.log" || { cat "$tmp/configure.log"; fail "configuring examples/embed failed"; }
grep -q "redline_DIR:PATH=$prefix/" "$tmp/cmake-build/CMakeCache.txt" || fail "find_package(redline) did not find $prefix"
# pkg-config, with a plain compiler command, compiled while CMake builds (the two compilations
# are the test's time; ctest gives it two processors).
pc_flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs redline) || fail "pkg-config --cflags --libs redline failed"
# shellcheck disable=SC2086  # the flags are words
"$cxx" -std=c++20 $flags "$src/examples/embed/main.cpp" $pc_flags -o "$tmp/embed-pc" >"$tmp/pc-build.log" 2>&1 &
pc_build=$!
"$cmake" --build "$tmp/cmake-build" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; wait "$pc_build" || true; fail "building examples/embed with CMake failed"; }
wait "$pc_build" || { cat "$tmp/pc-build.log"; fail "building examples/embed with pkg-config failed: $pc_flags"; }
"$tmp/cmake-build/embed" "$policy" "$amendment" "$data" "$tmp/cmake.csv" >"$tmp/cmake.out"
diff -u "$tmp/expected.out" "$tmp/cmake.out" || fail "embed (CMake) prints other changes than redline diff"
cmp "$tmp/cli.csv" "$tmp/cmake.csv" || fail "embed (CMake) writes another csv than redline diff --format csv"

"$tmp/embed-pc" "$policy" "$amendment" "$data" "$tmp/pc.csv" >"$tmp/pc.out"
diff -u "$tmp/expected.out" "$tmp/pc.out" || fail "embed (pkg-config) prints other changes than redline diff"
cmp "$tmp/cli.csv" "$tmp/pc.csv" || fail "embed (pkg-config) writes another csv than redline diff --format csv"
echo "install_test: ok ($changes changed values; pkg-config: $pc_flags)"
