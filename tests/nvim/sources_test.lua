-- :CopydeskSources on a line with accents and curly quotes before the
-- quote: the quickfix column is the byte column of the quote's opening
-- mark, whatever position encoding the server negotiated (UTF-8 on
-- Neovim 0.11+, UTF-16 on 0.7). Run by tests/nvim/run.sh with
-- COPYDESK_PLUGIN, COPYDESK_BIN and COPYDESK_DRAFT (tests/nvim/sources.md).
local plugin, bin, draft = os.getenv("COPYDESK_PLUGIN"), os.getenv("COPYDESK_BIN"), os.getenv("COPYDESK_DRAFT")

local function fail(msg)
  io.stderr:write("FAIL: " .. msg .. "\n")
  vim.cmd("cquit! 1")
end

vim.opt.rtp:prepend(plugin)
require("copydesk").setup({ cmd = { bin, "lsp" } })
vim.cmd("edit " .. draft)
vim.bo.filetype = "markdown"

local client
local attached = vim.wait(15000, function()
  for _, c in ipairs((vim.lsp.get_clients or vim.lsp.get_active_clients)({ bufnr = 0 })) do
    if c.name == "copydesk" and c.initialized then
      client = c
    end
  end
  return client ~= nil
end, 50)
if not attached then
  fail("copydesk did not attach")
end

local item
vim.wait(10000, function()
  vim.cmd("CopydeskSources")
  for _, it in ipairs(vim.fn.getqflist()) do
    if it.text:find("Nobody expected", 1, true) then
      item = it
    end
  end
  return item ~= nil
end, 100)
if not item then
  fail("no quickfix item for the quote: " .. vim.inspect(vim.fn.getqflist()))
end
local line = vim.api.nvim_buf_get_lines(0, item.lnum - 1, item.lnum, false)[1]
local want = line:find("“Nobody", 1, true)
if item.col ~= want then
  fail(("quickfix column %d, the quote opens at byte column %d (%s encoding): %q"):format(
    item.col, want, client.offset_encoding or "?", line:sub(item.col)))
end

local v = vim.version()
io.stdout:write(("nvim %d.%d.%d: sources columns in %s OK\n"):format(v.major, v.minor, v.patch, client.offset_encoding))
io.stdout:flush()
vim.cmd("qa!")
