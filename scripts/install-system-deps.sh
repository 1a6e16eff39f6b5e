#!/usr/bin/env bash
# Debian packages the tests and `npm start` need: Chromium (headless browser for code-server),
# ripgrep (VS Code's search), the headers code-server's native modules build against, and Neovim
# (its built-in LSP client drives `factdesk lsp --stdio` in test/lsp/).
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
command -v nvim >/dev/null || need+=(neovim)
command -v pkg-config >/dev/null || need+=(pkg-config)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
[ ${#need[@]} -eq 0 ] && { echo "system deps: present"; exit 0; }
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "system deps: installing ${need[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
