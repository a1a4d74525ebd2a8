-- Headless Neovim end-to-end test of the copydesk plugin and server.
-- Run by tests/nvim/run.sh: nvim --headless --clean -l lsp_test.lua PLUGIN BIN DRAFT
local plugin, bin, draft = arg[1], arg[2], arg[3]

local function fail(msg)
  io.stderr:write("FAIL: " .. msg .. "\n")
  vim.cmd("cquit! 1")
end

-- Load the plugin exactly as the README tells users to.
vim.opt.rtp:prepend(plugin)
require("copydesk").setup({ cmd = { bin, "lsp" } })

vim.cmd("edit " .. draft)
vim.bo.filetype = "markdown"

local function diags(code)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    if code == nil or d.code == code then
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
local client = (vim.lsp.get_clients or vim.lsp.get_active_clients)({ name = "copydesk" })[1]
if not client then
  fail("no copydesk client")
end

-- Hover over the misspelled name.
local line = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1]
local params = {
  textDocument = { uri = vim.uri_from_bufnr(0) },
  position = { line = d.lnum, character = d.col },
}
local res = client:request_sync("textDocument/hover", params, 5000, 0)
local hover = res and res.result and res.result.contents and res.result.contents.value or ""
if not hover:find("is spelled “Calloway”", 1, true) then
  fail("hover did not explain the spelling: " .. hover)
end

-- Apply the quick fix through Neovim's own client.
vim.api.nvim_win_set_cursor(0, { d.lnum + 1, d.col })
vim.lsp.buf.code_action({
  apply = true,
  filter = function(a)
    return a.title == "Change to “Calloway”"
  end,
})
local fixed = vim.wait(5000, function()
  local l = vim.api.nvim_buf_get_lines(0, d.lnum, d.lnum + 1, false)[1]
  return l:find("Calloway said the new engines", 1, true) ~= nil
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

io.stdout:write("nvim: diagnostics, hover, quick fix and sources OK (" .. tostring(vim.version()) .. ")\n")
io.stdout:flush()
vim.cmd("qa!")
