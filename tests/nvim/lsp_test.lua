-- Headless Neovim end-to-end test of the copydesk plugin and server, for
-- Neovim 0.7 (Debian) and current releases. Run by tests/nvim/run.sh with
-- COPYDESK_PLUGIN, COPYDESK_BIN and COPYDESK_DRAFT set.
local plugin, bin, draft = os.getenv("COPYDESK_PLUGIN"), os.getenv("COPYDESK_BIN"), os.getenv("COPYDESK_DRAFT")
local modern = vim.fn.has("nvim-0.11") == 1

local function fail(msg)
  io.stderr:write("FAIL: " .. msg .. "\n")
  vim.cmd("cquit! 1")
end

-- Load the plugin exactly as the README tells users to.
vim.opt.rtp:prepend(plugin)
require("copydesk").setup({ cmd = { bin, "lsp" } })

vim.cmd("edit " .. draft)
vim.bo.filetype = "markdown"

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function request(client, method, params)
  if modern then
    return client:request_sync(method, params, 5000, 0)
  end
  return client.request_sync(method, params, 5000, 0)
end

local function diags(code)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if code == nil or code_of(d) == code then
      table.insert(out, d)
    end
  end
  return out
end

if not vim.wait(15000, function() return #diags("name-spelling") > 0 end, 50) then
  fail("no name-spelling diagnostic; got " .. vim.inspect(diags()))
end
if #diags("unattributed-quote") ~= 1 then
  fail("expected one unattributed-quote, got " .. vim.inspect(diags()))
end

local d = diags("name-spelling")[1]
local client
for _, c in ipairs((vim.lsp.get_clients or vim.lsp.get_active_clients)()) do
  if c.name == "copydesk" then
    client = c
  end
end
if not client then
  fail("no copydesk client")
end

-- Hover over the misspelled name.
local line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1]
-- the column in the encoding the server chose
local col = d.col
if (client.offset_encoding or "utf-16") == "utf-16" then
  col = vim.str_utfindex(line, d.col)
end
local params = {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  position = { line = d.lnum, character = col },
}
local res = request(client, "textDocument/hover", params)
local hover = res and res.result and res.result.contents and res.result.contents.value or ""
if not hover:find("is spelled “Calloway”", 1, true) then
  fail("hover did not explain the spelling: " .. hover)
end

-- Apply the quick fix through Neovim's own client.
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
if vim.fn.has("nvim-0.8") == 1 then
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(a)
      return a.title == "Change to “Calloway”"
    end,
  })
else
  -- 0.7 has no filter: ask for the actions and apply the edit ourselves
  local range = { start = params.position, ["end"] = params.position }
  local actions = request(client, "textDocument/codeAction", {
    textDocument = params.textDocument,
    range = range,
    context = { diagnostics = {} },
  })
  for _, a in ipairs((actions and actions.result) or {}) do
    if a.title == "Change to “Calloway”" then
      vim.lsp.util.apply_workspace_edit(a.edit, client.offset_encoding)
    end
  end
end
local fixed = vim.wait(5000, function()
  local l = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1]
  return l:find("Calloway tested the new engines", 1, true) ~= nil
end, 50)
if not fixed then
  fail("the fix was not applied: " .. vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1])
end
if not vim.wait(5000, function() return #diags("name-spelling") == 0 end, 50) then
  fail("the name-spelling diagnostic is still there after the fix")
end

-- :CopydeskSources fills the quickfix list.
vim.cmd("CopydeskSources")
local qf = vim.fn.getqflist()
local found = false
for _, item in ipairs(qf) do
  if item.text:find("No speaker", 1, true) then
    found = true
  end
end
if not found then
  fail("quickfix list has no unattributed quote: " .. vim.inspect(qf))
end

local v = vim.version()
io.stdout:write(("nvim %d.%d.%d: diagnostics, hover, quick fix and sources OK\n"):format(v.major, v.minor, v.patch))
io.stdout:flush()
vim.cmd("qa!")
