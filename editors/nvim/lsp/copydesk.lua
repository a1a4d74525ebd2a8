-- The copydesk language server for Neovim 0.11+: with editors/nvim on the
-- runtime path (or copydesk installed by a plugin manager),
--
--   vim.lsp.enable("copydesk")
--
-- starts `copydesk lsp` for Markdown and text buffers. Override any field
-- with vim.lsp.config("copydesk", { ... }), e.g. cmd = { "/path/to/copydesk", "lsp" }
-- or settings = { copydesk = { rules = { ["first-reference"] = { enabled = false } } } }.
---@type vim.lsp.Config
return {
  cmd = { "copydesk", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { "copydesk.toml", ".git" },
  on_attach = function(_, bufnr)
    vim.api.nvim_buf_create_user_command(bufnr, "CopydeskSources", function()
      require("copydesk").sources(bufnr)
    end, { desc = "Put the draft's quotes and speakers in the quickfix list" })
  end,
}
