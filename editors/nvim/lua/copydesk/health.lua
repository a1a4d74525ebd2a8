-- :checkhealth copydesk
local M = {}

local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local err = health.error or health.report_error

function M.check()
  start("copydesk")
  local opts = require("copydesk").options or require("copydesk").defaults
  local bin = opts.cmd[1]
  if vim.fn.executable(bin) == 1 then
    local version = vim.fn.system({ bin, "--version" })
    ok(("binary found: %s (%s)"):format(vim.fn.exepath(bin), vim.trim(version)))
  else
    err(("binary not found: %s. Install it with `pip install copydesk` (or `cargo install --path .` in the repository), or set cmd in setup()"):format(bin))
    return
  end
  local found = vim.fn.findfile("copydesk.toml", vim.fn.getcwd() .. ";")
  if found == "" then
    ok("no copydesk.toml above " .. vim.fn.getcwd() .. " (defaults apply)")
    return
  end
  local path = vim.fn.fnamemodify(found, ":p")
  local out = vim.fn.system({ bin, "check", "--config", path, "--format", "json", "-" }, "")
  if vim.v.shell_error == 2 then
    err(("%s is not valid: %s"):format(path, vim.trim(out)))
  else
    ok(("config found and valid: %s"):format(path))
  end
end

return M
