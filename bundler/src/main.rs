//! `tote`: resolve a Python project's imports, compile every module to bytecode and pack it
//! onto a copy of the runtime — one executable that needs nothing beside it. Also shows each
//! stage of the pipeline (`tokens`, `ast`, `dis`, `graph`) and manages the bytecode cache.

mod build;
mod cli;
mod failure;
mod graph;
mod imports;
mod inspect;
mod source;
mod syntax;
#[cfg(test)]
mod testing;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::cli::{CacheAction, Cli, Command};
use crate::failure::Failure;

/// Deeply nested sources make the parser and the tree walks recurse deeply: run on a thread
/// with room for that (the memory is only reserved, not used).
const STACK_SIZE: usize = 512 << 20;

fn main() -> ExitCode {
    // Usage errors exit with status 2 here, with clap's message.
    let cli = Cli::parse();
    let worker = std::thread::Builder::new()
        .stack_size(STACK_SIZE)
        .spawn(move || {
            let mut out = String::new();
            let result = run(&cli, &mut out);
            (out, result)
        });
    let (out, result) = match worker.map(|handle| handle.join()) {
        Ok(Ok(done)) => done,
        _ => (
            String::new(),
            Err(Failure::msg("internal error (this is a bug in tote)")),
        ),
    };
    // A closed pipe (`tote tokens x.py | head`) is not an error worth a word.
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            let _ = std::io::stderr()
                .lock()
                .write_all(failure.to_string().as_bytes());
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli, out: &mut String) -> Result<(), Failure> {
    match &cli.command {
        Command::Build(args) => build::build(args, cli.quiet),
        Command::Graph(args) => {
            let graph = graph::resolve_graph(&args.entry, &args.resolve_options(false))?;
            if !cli.quiet {
                for warning in &graph.warnings {
                    eprintln!("tote: warning: {warning}");
                }
            }
            out.push_str(&graph.render());
            Ok(())
        }
        Command::Tokens(args) => inspect::tokens(&args.file, out),
        Command::Ast(args) => inspect::ast(&args.file, out),
        Command::Dis(args) => inspect::dis(&args.file, out),
        Command::Cache { action } => cache_command(action, out),
    }
}

fn cache_command(action: &CacheAction, out: &mut String) -> Result<(), Failure> {
    use tote_runtime::cache;
    match action {
        CacheAction::Stats => {
            let stats = cache::stats();
            match &stats.dir {
                Some(dir) => out.push_str(&format!("cache folder: {}\n", dir.display())),
                None => out.push_str("cache folder: none (set TOTE_CACHE_DIR or HOME)\n"),
            }
            if std::env::var_os("TOTE_NO_CACHE").is_some_and(|v| !v.is_empty() && v != "0") {
                out.push_str("(disabled by TOTE_NO_CACHE)\n");
            }
            out.push_str(&format!("entries: {}\n", stats.entries));
            out.push_str(&format!(
                "size: {} ({} bytes)\n",
                build::human_bytes(stats.bytes),
                stats.bytes
            ));
            Ok(())
        }
        CacheAction::Clean => {
            let removed =
                cache::clean().map_err(|e| Failure::msg(format!("cannot clean the cache: {e}")))?;
            let dir = cache::stats()
                .dir
                .map(|d| d.display().to_string())
                .unwrap_or_default();
            out.push_str(&format!("removed {removed} entries from {dir}\n"));
            Ok(())
        }
    }
}
