-- :checkhealth copydesk on Neovim versions that look for health#copydesk#check
if vim.fn.has("nvim-0.8") == 0 then
  vim.cmd([[function! health#copydesk#check() abort
    lua require("copydesk.health").check()
  endfunction]])
end
