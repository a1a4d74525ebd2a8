//! The `copydesk` binary: a thin layer over the analysis core.

mod cli;
mod lsp;

use clap::Parser;

/// Analysis allocates many small strings on every thread; mimalloc keeps
/// that from serialising on the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    cli::run(cli::Cli::parse())
}
