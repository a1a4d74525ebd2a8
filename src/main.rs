//! The `copydesk` binary: a thin layer over the analysis core.

mod cli;
mod lsp;
mod workspace;

use clap::Parser;

mod allocator;

#[global_allocator]
static ALLOCATOR: allocator::MiMalloc = allocator::MiMalloc;

fn main() -> std::process::ExitCode {
    allocator::configure();
    cli::run(cli::Cli::parse())
}
