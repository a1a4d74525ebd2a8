-- copydesk for Neovim: registers the copydesk language server for Markdown
-- and text buffers, and adds :CopydeskSources.
--
--   require("copydesk").setup({})
--
-- Neovim 0.11+ uses vim.lsp.config/vim.lsp.enable; 0.8-0.10 start the
-- client with vim.lsp.start; 0.7 with vim.lsp.start_client.
local M = {}

M.defaults = {
  -- The server command; "copydesk" must be on PATH unless you give a path.
  cmd = { "copydesk", "lsp" },
  filetypes = { "markdown", "text" },
  -- The project root: the nearest folder with one of these.
  root_markers = { "copydesk.toml", ".git" },
  -- Sent as initializationOptions and workspace/didChangeConfiguration:
  -- { rules = { ["first-reference"] = { enabled = false } }, inlayHints = true }
  settings = {},
}

M.options = nil

local function find_root(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= "" and vim.fn.fnamemodify(name, ":p:h") or vim.loop.cwd()
  if vim.fs and vim.fs.find then
    local found = vim.fs.find(markers, { path = dir, upward = true })[1]
    if found then
      return vim.fn.fnamemodify(found, ":h")
    end
    return dir
  end
  -- Neovim 0.7: walk up by hand
  local current = dir
  while current and current ~= "" do
    for _, m in ipairs(markers) do
      if vim.fn.filereadable(current .. "/" .. m) == 1 or vim.fn.isdirectory(current .. "/" .. m) == 1 then
        return current
      end
    end
    local parent = vim.fn.fnamemodify(current, ":h")
    if parent == current then
      break
    end
    current = parent
  end
  return dir
end

local function start(bufnr)
  local opts = M.options
  local root = find_root(bufnr, opts.root_markers)
  local config = {
    name = "copydesk",
    cmd = opts.cmd,
    root_dir = root,
    init_options = opts.settings,
    settings = { copydesk = opts.settings },
  }
  if vim.lsp.start then
    vim.lsp.start(config, { bufnr = bufnr })
  else
    M._client_ids = M._client_ids or {}
    local id = M._client_ids[root]
    if not id or not vim.lsp.get_client_by_id(id) then
      id = vim.lsp.start_client(config)
      M._client_ids[root] = id
    end
    if id then
      vim.lsp.buf_attach_client(bufnr, id)
    end
  end
end

function M.setup(opts)
  M.options = vim.tbl_deep_extend("force", {}, M.defaults, opts or {})
  local o = M.options
  if vim.lsp.config and vim.lsp.enable then
    vim.lsp.config("copydesk", {
      cmd = o.cmd,
      filetypes = o.filetypes,
      root_markers = o.root_markers,
      init_options = o.settings,
      settings = { copydesk = o.settings },
    })
    vim.lsp.enable("copydesk")
  else
    local group = vim.api.nvim_create_augroup("copydesk", { clear = true })
    vim.api.nvim_create_autocmd("FileType", {
      group = group,
      pattern = o.filetypes,
      callback = function(args)
        start(args.buf)
      end,
    })
    -- buffers already open when setup() runs
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(o.filetypes, vim.bo[buf].filetype) then
        start(buf)
      end
    end
  end
  vim.api.nvim_create_user_command("CopydeskSources", function()
    M.sources()
  end, { desc = "Put the draft's quotes and speakers in the quickfix list" })
end

local function copydesk_client(bufnr)
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, c in ipairs(get({ bufnr = bufnr })) do
    if c.name == "copydesk" then
      return c
    end
  end
end

--- The byte column of an LSP character offset on `line`, in the position
--- encoding the client negotiated (UTF-8 on Neovim 0.11+, UTF-16 before).
local function byte_col(line, character, encoding)
  encoding = encoding or "utf-16"
  if encoding == "utf-8" then
    return math.min(character, #line)
  end
  local ok, col
  if vim.fn.has("nvim-0.11") == 1 then
    ok, col = pcall(vim.str_byteindex, line, encoding, character, false)
  else
    -- 0.7 to 0.10: str_byteindex(line, index, use_utf16), UTF-32 otherwise
    ok, col = pcall(vim.str_byteindex, line, character, encoding == "utf-16")
  end
  return ok and col or #line
end

--- The draft's quotes, grouped by speaker, in the quickfix list.
function M.sources(bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local client = copydesk_client(bufnr)
  if not client then
    vim.notify("copydesk is not attached to this buffer", vim.log.levels.WARN)
    return
  end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }
  local res
  if vim.fn.has("nvim-0.11") == 1 then
    res = client:request_sync("textDocument/documentSymbol", params, 5000, bufnr)
  else
    res = client.request_sync("textDocument/documentSymbol", params, 5000, bufnr)
  end
  local items = {}
  for _, speaker in ipairs((res and res.result) or {}) do
    for _, quote in ipairs(speaker.children or {}) do
      local line = vim.api.nvim_buf_get_lines(bufnr, quote.range.start.line, quote.range.start.line + 1, false)[1] or ""
      local col = byte_col(line, quote.range.start.character, client.offset_encoding)
      table.insert(items, {
        bufnr = bufnr,
        lnum = quote.range.start.line + 1,
        col = col + 1,
        text = speaker.name .. ": " .. quote.name,
      })
    end
  end
  vim.fn.setqflist({}, " ", { title = "copydesk sources", items = items })
  return items
end

return M
