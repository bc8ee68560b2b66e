#!/usr/bin/env bash
# UI check in a real VS Code: installs the packaged .vsix into code-server 4.100.3 (fresh extensions dir),
# opens a copy of examples/ in headless Debian chromium and lets scripts/e2e/ui-check.mjs look at the
# squiggles, the Problems panel, the token colours, a hover, the sysplex map and the HTML report. Screenshots go to docs/images/.
# Needs: `npm run setup:editors` (code-server + chromium) and `npm run package` (the .vsix).
# Env: VSIX (default zos-tcpip-vipa.vsix), SHOTS (default docs/images), PORT (default: a free port).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VSIX=${VSIX:-$ROOT/zos-tcpip-vipa.vsix}
SHOTS=${SHOTS:-$ROOT/docs/images}
STATE=$ROOT/.tmp/ui-check
WORKSPACE=$ROOT/.tmp/ui-workspace
CS=${CODE_SERVER:-$ROOT/.tmp/editors/code-server/node_modules/.bin/code-server}

[ -x "$CS" ] || { echo "ui-check: no code-server at $CS; run \`npm run setup:editors\`"; exit 2; }
[ -f "$VSIX" ] || { echo "ui-check: no $VSIX; run \`npm run package\`"; exit 2; }

ms() { date +%s%N; }
elapsed() { echo "$(( ($(ms) - $1) / 1000000 )) ms"; }

# Fresh state: code-server's profile, extensions, XDG dirs and the workspace copy live under .tmp/.
rm -rf "$STATE" "$WORKSPACE"
mkdir -p "$STATE/user/User" "$STATE/ext" "$STATE/xdg" "$STATE/tmp" "$SHOTS"
cp -r "$ROOT/examples" "$WORKSPACE"
export XDG_CONFIG_HOME=$STATE/xdg XDG_DATA_HOME=$STATE/xdg XDG_CACHE_HOME=$STATE/xdg TMPDIR=$STATE/tmp
# The welcome walkthrough would take focus; the trust prompt would block; hovers should come quickly.
cat > "$STATE/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "files.autoSave": "off",
  "git.enabled": false,
  "git.openRepositoryInParentFolders": "never",
  "security.workspace.trust.enabled": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "workbench.enableExperiments": false,
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "chat.commandCenter.enabled": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "editor.minimap.enabled": false,
  "editor.hover.delay": 200,
  "window.commandCenter": false,
  "explorer.compactFolders": false,
  "workbench.tree.enableStickyScroll": false,
  "editor.stickyScroll.enabled": false
}
JSON
PORT=${PORT:-$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")}
printf 'bind-addr: 127.0.0.1:%s\nauth: none\ncert: false\n' "$PORT" > "$STATE/config.yaml"
COMMON=(--bind-addr "127.0.0.1:$PORT" --auth none --config "$STATE/config.yaml" --user-data-dir "$STATE/user"
        --extensions-dir "$STATE/ext" --disable-telemetry --disable-update-check --disable-workspace-trust)

t=$(ms)
"$CS" "${COMMON[@]}" --install-extension "$VSIX" > "$STATE/install.log" 2>&1 || { cat "$STATE/install.log"; echo "ui-check: --install-extension failed"; exit 1; }
echo "ui-check: installed $(ls "$STATE/ext" | grep -v '^extensions.json$' | tr '\n' ' ')($(elapsed $t))"

# What the CLI reports on the same copy tells the UI check which files and codes to look for.
( cd "$WORKSPACE" && node "$ROOT/bin/vipa-check.cjs" --format json . > "$STATE/expected.json" 2> "$STATE/cli.err" ) || true
# The HTML report of the same copy, with TCPIPA down, for its screenshot.
( cd "$WORKSPACE" && node "$ROOT/bin/vipa-check.cjs" --format html --what-if-down TCPIPA . > "$STATE/map.html" 2>> "$STATE/cli.err" ) || true

curl -s -o /dev/null "http://127.0.0.1:$PORT/healthz" && { echo "ui-check: port $PORT is in use"; exit 1; }
t=$(ms)
"$CS" "${COMMON[@]}" "$WORKSPACE" > "$STATE/code-server.log" 2>&1 &
CS_PID=$!
stop_server() {
  kill "$CS_PID" 2>/dev/null
  wait "$CS_PID" 2>/dev/null
}
trap stop_server EXIT
up=0
for _ in $(seq 1 150); do
  if curl -sf -o /dev/null "http://127.0.0.1:$PORT/healthz"; then up=1; break; fi
  kill -0 "$CS_PID" 2>/dev/null || break
  sleep 0.2
done
[ $up = 1 ] || { tail -20 "$STATE/code-server.log"; echo "ui-check: code-server did not come up"; exit 1; }
echo "ui-check: code-server up on port $PORT ($(elapsed $t))"

t=$(ms)
node "$ROOT/scripts/e2e/ui-check.mjs" "http://127.0.0.1:$PORT/?folder=$WORKSPACE" "$SHOTS" "$STATE/expected.json" "$STATE/last.png" "$STATE/map.html"
rc=$?
echo "ui-check: browser checks took $(elapsed $t)"
exit $rc
