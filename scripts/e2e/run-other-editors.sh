#!/usr/bin/env bash
# The language server under two other LSP clients, headless: Neovim (Debian's 0.7) and Emacs with
# eglot. Each opens sysa/PROFILE.TCPIP of a copy of examples/ and must show the codes that
# `vipa-check --format json` reports for that file. Installs the editors (Debian packages) when absent.
# Ends with "other-editors: N passed, N failed".
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
if ! command -v nvim >/dev/null || ! command -v emacs >/dev/null || [ ! -d /usr/share/emacs/site-lisp/elpa ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq neovim >/dev/null && apt-get install -y -qq --no-install-recommends emacs-nox elpa-eglot >/dev/null
fi
[ -f dist/server/server.js ] || npm run build >/dev/null

WORK=$ROOT/.tmp/other-editors
rm -rf "$WORK" && mkdir -p "$WORK" && cp -r examples "$WORK/ws"
git -C "$WORK/ws" init -q . # eglot takes the version-controlled folder as the workspace root
PROFILE=$WORK/ws/sysa/PROFILE.TCPIP
# What the CLI finds in that file: the editors must show the same codes.
EXPECTED=$(cd "$WORK/ws" && node "$ROOT/bin/vipa-check.cjs" --format json . | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => {
    const codes = JSON.parse(s).diagnostics.filter((d) => d.file === "sysa/PROFILE.TCPIP").map((d) => d.code);
    console.log([...new Set(codes)].sort().join(" "));
  });')
passed=0 failed=0
check() { # NAME OUTPUT-FILE: every expected code must appear in the client's output
  local name=$1 file=$2 missing=""
  for code in $EXPECTED; do grep -q -- "$code" "$file" 2>/dev/null || missing="$missing $code"; done
  if [ -z "$EXPECTED" ] || [ -n "$missing" ]; then
    echo "FAIL $name: expected codes [$EXPECTED], missing [$missing]"; cat "$file" 2>/dev/null; failed=$((failed + 1))
  else
    echo "ok   $name: $(head -1 "$file") shows $(($(wc -l < "$file") - 1)) diagnostics with codes [$EXPECTED]"; passed=$((passed + 1))
  fi
}

(cd "$WORK/ws" && LSP_SERVER=$ROOT/dist/server/server.js LSP_ROOT=$WORK/ws LSP_OUT=$WORK/nvim.txt \
  timeout 90 nvim --headless --clean -n -u NONE -c "luafile $ROOT/test/editors/nvim-lsp.lua" "$PROFILE")
check neovim "$WORK/nvim.txt"
(cd "$WORK/ws" && LSP_SERVER=$ROOT/dist/server/server.js LSP_OUT=$WORK/emacs.txt \
  timeout 90 emacs --batch -Q -l "$ROOT/test/editors/eglot-lsp.el" "$PROFILE" 2>"$WORK/emacs.log")
check emacs-eglot "$WORK/emacs.txt"
echo "other-editors: $passed passed, $failed failed"
[ "$failed" = 0 ]
