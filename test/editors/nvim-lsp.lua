-- Headless Neovim (0.7+) as a plain LSP client of vipa-language-server: opens a profile of the
-- example sysplex and writes the diagnostic codes it receives, one per line, to $LSP_OUT.
-- Usage: LSP_SERVER=dist/server/server.js LSP_ROOT=<workspace> LSP_OUT=<file> nvim --headless --clean -n -u NONE -c "luafile test/editors/nvim-lsp.lua" <profile>
local out = assert(os.getenv('LSP_OUT'), 'LSP_OUT')
local server = assert(os.getenv('LSP_SERVER'), 'LSP_SERVER')
local root = assert(os.getenv('LSP_ROOT'), 'LSP_ROOT')

local function finish(code, lines)
  local f = assert(io.open(out, 'w'))
  f:write(table.concat(lines, '\n') .. '\n')
  f:close()
  vim.cmd((code == 0) and 'qall!' or ('cquit ' .. code))
end

vim.bo.filetype = 'tcpip-profile'
local bufnr = vim.api.nvim_get_current_buf()
-- vim.lsp.start_client works on 0.7 (Debian 12) and later; vim.lsp.start only from 0.8.
local client_id = vim.lsp.start_client({ name = 'vipa', cmd = { 'node', server, '--stdio' }, root_dir = root })
assert(client_id, 'failed to start vipa-language-server')
vim.lsp.buf_attach_client(bufnr, client_id)

local ok = vim.wait(30000, function() return #vim.diagnostic.get(bufnr) > 0 end, 50)
if not ok then
  finish(2, { 'no diagnostics' })
  return
end
-- The first diagnostics are the file's own findings, sent before the workspace analysis is done.
-- vipa/settled answers once the analysis covering the open file is published; the answer is handled
-- after the publishDiagnostics notification sent before it.
local settled = vim.lsp.get_client_by_id(client_id).request_sync('vipa/settled', {}, 60000, bufnr)
if not settled or settled.err then
  finish(2, { 'vipa/settled failed: ' .. vim.inspect(settled and settled.err) })
  return
end
local lines = { 'nvim ' .. tostring(vim.version().major .. '.' .. vim.version().minor .. '.' .. vim.version().patch) }
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = d.user_data and d.user_data.lsp or {}
  table.insert(lines, string.format('%d:%d %s', d.lnum + 1, d.col + 1, tostring(d.code or lsp.code)))
end
finish(0, lines)
