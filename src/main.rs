//! The `copydesk` binary: a thin layer over the analysis core.

mod cli;
mod lsp;
mod workspace;

use clap::Parser;

fn main() -> std::process::ExitCode {
    cli::run(cli::Cli::parse())
}
