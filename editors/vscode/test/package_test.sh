#!/usr/bin/env bash
# The packaging test: package.sh builds redline-<version>.vsix into a temporary folder, and the
# .vsix (a zip) must hold the manifest, the grammar, the language configuration, the client and
# the language client it requires at run time (which must resolve from the unpacked client), and
# none of the tests or development packages; its version must be package.json's and, when given,
# the project's (CMake's PROJECT_VERSION), so that the extension's version follows redline's.
# Usage: test/package_test.sh [PROJECT_VERSION]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
project_version=${1:-}

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failures=0
passed=0
fail() { echo "FAIL $*" >&2; failures=$((failures + 1)); }
pass() { passed=$((passed + 1)); }

# node_modules must be what the lockfile says (install.sh keeps its hash), so that package.sh
# never reinstalls it while other tests read it.
if [[ "$(cat node_modules/.redline-lock.sha256 2>/dev/null)" != "$(sha256sum package-lock.json | cut -d' ' -f1)" ]]; then
  echo "FAIL editors/vscode/node_modules is not installed from the current package-lock.json: run editors/vscode/install.sh"
  exit 1
fi

version=$(node -p "require('./package.json').version")
if ! ./package.sh -o "$tmp/out" >"$tmp/log" 2>&1; then
  cat "$tmp/log" >&2
  echo "FAIL package.sh failed"
  exit 1
fi
vsix="$tmp/out/redline-$version.vsix"
[[ -f "$vsix" ]] || { ls -la "$tmp/out" >&2; echo "FAIL no $vsix"; exit 1; }
pass

# Unzip with Python (python3 is among scripts/install-deps.sh's packages; unzip is not).
python3 - "$vsix" "$tmp/x" <<'PY'
import sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as z:
    bad = z.testzip()
    if bad:
        sys.exit(f"corrupt entry {bad}")
    z.extractall(sys.argv[2])
PY
x="$tmp/x"

for f in extension.vsixmanifest '[Content_Types].xml' extension/package.json extension/README.md \
         extension/syntaxes/redline.tmLanguage.json extension/language-configuration.json \
         extension/src/extension.js extension/src/executable.js \
         extension/node_modules/vscode-languageclient/package.json \
         extension/node_modules/vscode-languageclient/node.js \
         extension/node_modules/vscode-languageclient/lib/node/main.js; do
  if [[ -f "$x/$f" ]]; then pass; else fail "the .vsix has no $f"; fi
done
for f in extension/test extension/syntaxes/generate.js extension/package.sh extension/install.sh \
         extension/node_modules/vscode-textmate extension/node_modules/vscode-oniguruma \
         extension/node_modules/@vscode/vsce; do
  if [[ -e "$x/$f" ]]; then fail "the .vsix holds $f, which is not for users"; else pass; fi
done
for f in package.json language-configuration.json syntaxes/redline.tmLanguage.json src/extension.js src/executable.js; do
  if cmp -s "$f" "$x/extension/$f"; then pass; else fail "extension/$f in the .vsix differs from editors/vscode/$f"; fi
done

# The manifest's version, the packaged package.json's and the project's.
manifest_version=$(python3 -c '
import sys, xml.etree.ElementTree as ET
ns = {"v": "http://schemas.microsoft.com/developer/vsx-schema/2011"}
identity = ET.parse(sys.argv[1]).getroot().find("v:Metadata/v:Identity", ns)
print(identity.get("Id"), identity.get("Version"), identity.get("Publisher"))' "$x/extension.vsixmanifest")
if [[ "$manifest_version" == "redline $version redline" ]]; then pass; else fail "extension.vsixmanifest has Id Version Publisher '$manifest_version', not 'redline $version redline'"; fi
if [[ -n "$project_version" ]]; then
  if [[ "$version" == "$project_version" ]]; then pass; else fail "editors/vscode/package.json's version $version is not the project's $project_version (CMakeLists.txt)"; fi
fi

# The client's requires resolve inside the unpacked extension, from its own node_modules
# (`vscode` is VS Code's, so it is only resolved by name).
if (cd "$x/extension/src" && NODE_PATH= node -e '
  const main = require.resolve("vscode-languageclient/node");
  if (!main.startsWith(process.cwd() + "/../node_modules/") && !main.includes("/extension/node_modules/")) throw new Error(main);
  const { findExecutable } = require("./executable");
  if (typeof findExecutable !== "function") throw new Error("executable.js");
  for (const dep of ["vscode-languageserver-protocol", "vscode-jsonrpc", "semver"]) require.resolve(dep, { paths: [require.resolve("vscode-languageclient/package.json")] });
'); then pass; else fail "the client's runtime dependencies do not resolve in the unpacked .vsix"; fi

echo "$passed passed, $failures failed"
[[ $failures -eq 0 ]]
