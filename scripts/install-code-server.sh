#!/usr/bin/env bash
# Installs code-server (a real VS Code 1.100.3 that runs offline) from the npm registry into
# .vscode-test/code-server, once. Later runs reuse the cache. See docs in README ("Testing").
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${CODE_SERVER_DIR:-$ROOT/.vscode-test/code-server}"
ENTRY="$DIR/node_modules/code-server/out/node/entry.js"
if [ -f "$DIR/.installed" ] && [ -f "$ENTRY" ]; then
  echo "code-server: cached at $DIR"; exit 0
fi
for tool in rg pkg-config; do
  command -v "$tool" >/dev/null || { echo "code-server: missing '$tool' (run scripts/install-system-deps.sh as root)" >&2; exit 1; }
done
mkdir -p "$DIR"
echo "code-server: installing 4.100.3 into $DIR (about 2 minutes, once)"
npm install --prefix "$DIR" code-server@4.100.3 --ignore-scripts --no-audit --no-fund --loglevel=error
cd "$DIR/node_modules/code-server/lib/vscode"
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
mkdir -p node_modules/@vscode/ripgrep/bin
cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild --loglevel=error
ln -sfn node_modules node_modules.asar
cd "$DIR"
npm rebuild argon2 --build-from-source --loglevel=error
node "$ENTRY" --version
touch "$DIR/.installed"
