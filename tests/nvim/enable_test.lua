-- Neovim 0.11+: `vim.lsp.enable("copydesk")` alone, with editors/nvim on
-- the runtime path and copydesk on PATH, starts the server from
-- lsp/copydesk.lua (no setup() call). Run by tests/nvim/run.sh.
local plugin, draft = os.getenv("COPYDESK_PLUGIN"), os.getenv("COPYDESK_DRAFT")

local function fail(msg)
  io.stderr:write("FAIL: " .. msg .. "\n")
  vim.cmd("cquit! 1")
end

vim.opt.rtp:prepend(plugin)
vim.lsp.enable("copydesk")
vim.cmd("edit " .. draft)
vim.bo.filetype = "markdown"

local function codes()
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    table.insert(out, d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code))
  end
  return out
end

if not vim.wait(15000, function() return vim.tbl_contains(codes(), "name-spelling") end, 50) then
  fail("vim.lsp.enable: no name-spelling diagnostic; got " .. vim.inspect(codes()))
end
local client = vim.lsp.get_clients({ bufnr = 0, name = "copydesk" })[1]
if not client then
  fail("vim.lsp.enable: no copydesk client on the buffer")
end
if vim.fn.exists(":CopydeskSources") ~= 2 then
  fail("vim.lsp.enable: :CopydeskSources is not defined in the attached buffer")
end
local items = require("copydesk").sources(0)
if not items or #items == 0 then
  fail("vim.lsp.enable: :CopydeskSources found no quotes")
end
io.stdout:write("vim.lsp.enable: diagnostics and sources OK\n")
io.stdout:flush()
vim.cmd("qall!")
