-- Drives `factdesk lsp --stdio` from Neovim's built-in LSP client (headless): opens the draft, waits
-- for its diagnostics, asks for a hover, and writes what the server sent (raw LSP) as JSON.
-- Arguments come through environment variables: FACTDESK_CLI, FACTDESK_DRAFT, FACTDESK_ROOT,
-- FACTDESK_HOVER_LINE / FACTDESK_HOVER_CHARACTER (0-based, UTF-16), FACTDESK_OUT.
local out = { diagnostics = nil, hover = nil, errors = {} }
local function finish()
  local file = io.open(os.getenv('FACTDESK_OUT'), 'w')
  file:write(vim.fn.json_encode(out))
  file:close()
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local published = nil
  local client_id = vim.lsp.start_client({
    name = 'factdesk',
    cmd = { 'node', os.getenv('FACTDESK_CLI'), 'lsp', '--stdio' },
    root_dir = os.getenv('FACTDESK_ROOT'),
    workspace_folders = { { uri = vim.uri_from_fname(os.getenv('FACTDESK_ROOT')), name = 'samples' } },
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if result and #result.diagnostics > 0 then published = result end
        return vim.lsp.handlers['textDocument/publishDiagnostics'](e, result, ctx, config)
      end,
    },
  })
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('FACTDESK_DRAFT')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(30000, function() return published ~= nil end, 50) then
    table.insert(out.errors, 'no diagnostics within 30 s')
    return
  end
  out.diagnostics = published
  out.shown = #vim.diagnostic.get(bufnr)
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    position = { line = tonumber(os.getenv('FACTDESK_HOVER_LINE')), character = tonumber(os.getenv('FACTDESK_HOVER_CHARACTER')) },
  }
  local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', params, 10000)
  for _, response in pairs(responses or {}) do
    if response.result then out.hover = response.result end
    if response.err then table.insert(out.errors, vim.inspect(response.err)) end
  end
end)
if not ok then table.insert(out.errors, tostring(err)) end
finish()
