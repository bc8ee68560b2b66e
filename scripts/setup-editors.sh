#!/usr/bin/env bash
# Installs what the real-editor tests need on a fresh Debian 12 machine (run as root):
#   - Debian packages: chromium (headless browser for code-server), libkrb5-dev (code-server's kerberos
#     native module needs the gssapi headers), ripgrep (replaces @vscode/ripgrep's GitHub download);
#   - code-server 4.100.3 (= VS Code 1.100.3, the last release whose engines.node is 20) into
#     .tmp/editors/code-server inside the repository.
# Idempotent: every step is skipped when what it installs is already there at the right version.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
EDITORS=$ROOT/.tmp/editors
CODE_SERVER_VERSION=4.100.3
# @vscode/ripgrep as pinned by code-server 4.100.3 looks for this archive in its cache before going online.
RIPGREP_PKG_VERSION=1.15.11
RIPGREP_ARCHIVE=ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz

now() { date +%s%N; }
elapsed() { echo "$(( ($(now) - $1) / 1000000 )) ms"; }
step() { echo "== setup-editors: $*"; }
T0=$(now)

# --- Debian packages --------------------------------------------------------------------------------
t=$(now)
missing=()
for pkg in chromium libkrb5-dev ripgrep; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup-editors: need root to apt-get install ${missing[*]}" >&2; exit 1; fi
  step "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  # chromium without recommends lacks fonts on a bare machine; the screenshots need readable text.
  dpkg-query -W -f='${Status}' fonts-dejavu-core 2>/dev/null | grep -q 'install ok installed' \
    || apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null
fi
step "Debian packages ready ($(elapsed $t)): $(chromium --version 2>/dev/null | head -1), $(rg --version | head -1)"

# --- code-server --------------------------------------------------------------------------------------
t=$(now)
CS_DIR=$EDITORS/code-server
CS_PKG=$CS_DIR/node_modules/code-server/package.json
installed=$(node -e "try{console.log(require(process.argv[1]).version)}catch{}" "$CS_PKG" 2>/dev/null || true)
if [ "$installed" != "$CODE_SERVER_VERSION" ] || [ ! -x "$CS_DIR/node_modules/.bin/code-server" ]; then
  step "installing code-server@$CODE_SERVER_VERSION (found: ${installed:-none})"
  CS_TMP=$EDITORS/tmp
  mkdir -p "$CS_DIR" "$CS_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION" "$EDITORS/rgseed"
  cp "$(command -v rg)" "$EDITORS/rgseed/rg"
  tar czf "$CS_TMP/vscode-ripgrep-cache-$RIPGREP_PKG_VERSION/$RIPGREP_ARCHIVE" -C "$EDITORS/rgseed" rg
  cd "$CS_DIR"
  [ -f package.json ] || printf '{\n  "name": "editors-code-server",\n  "private": true\n}\n' > package.json
  # TMPDIR: @vscode/ripgrep finds the seeded archive there; npm_config_yes: node-pty's postinstall runs
  # `npx node-gyp`; unsafe-perm: postinstall scripts must run as root.
  TMPDIR=$CS_TMP npm_config_yes=true npm_config_unsafe_perm=true npm_config_fund=false npm_config_audit=false \
    npm install --save-exact --unsafe-perm --loglevel=error "code-server@$CODE_SERVER_VERSION"
  cd "$ROOT"
fi
step "code-server $(node -p "require(process.argv[1]).version" "$CS_PKG") ready ($(elapsed $t))"
step "done in $(elapsed $T0)"
