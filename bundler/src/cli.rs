//! The command line: `tote build | graph | tokens | ast | dis | cache`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

use crate::graph::ResolveOptions;
use crate::imports::is_identifier;

#[derive(Debug, Parser)]
#[command(
    name = "tote",
    version,
    about = "Bundle a Python project into one self-contained executable",
    propagate_version = true
)]
pub struct Cli {
    /// Print nothing but errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Compile a project and pack it onto a copy of the runtime: one executable
    Build(BuildArgs),
    /// Show the modules a project imports, and who imports whom
    Graph(ProjectArgs),
    /// Show the token stream of a Python file
    Tokens(FileArgs),
    /// Show the syntax tree of a Python file
    Ast(FileArgs),
    /// Compile a Python file and show its bytecode
    Dis(FileArgs),
    /// Inspect or empty the bytecode cache
    Cache {
        #[command(subcommand)]
        action: CacheAction,
    },
}

#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// The entry script (or a folder with a __main__.py); its folder is the project root
    pub entry: PathBuf,

    /// Also bundle MODULE and what it imports (for imports the graph cannot see)
    #[arg(long = "include", value_name = "MODULE", value_parser = module_name)]
    pub includes: Vec<String>,

    /// Leave MODULE (and its submodules) out
    #[arg(long = "exclude", value_name = "MODULE", value_parser = module_name)]
    pub excludes: Vec<String>,

    /// Also look for modules in DIR (after the project root)
    #[arg(long = "path", value_name = "DIR")]
    pub paths: Vec<PathBuf>,
}

impl ProjectArgs {
    /// What to resolve; `for_build` adds the modules the runtime imports by itself.
    pub fn resolve_options(&self, for_build: bool) -> ResolveOptions {
        ResolveOptions {
            includes: self.includes.clone(),
            excludes: self.excludes.clone(),
            extra_paths: self.paths.clone(),
            runtime_implicit: for_build,
        }
    }
}

#[derive(Debug, Args)]
pub struct BuildArgs {
    #[command(flatten)]
    pub project: ProjectArgs,

    /// Where to write the executable
    #[arg(short, long, value_name = "OUT")]
    pub output: PathBuf,

    /// The runtime binary to bundle onto [default: $TOTE_RUNTIME, else tote-runtime beside tote]
    #[arg(long, value_name = "PATH")]
    pub runtime: Option<PathBuf>,

    /// Do not store module sources (tracebacks then show no source lines)
    #[arg(long)]
    pub no_source: bool,
}

#[derive(Debug, Args)]
pub struct FileArgs {
    /// A Python source file
    pub file: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum CacheAction {
    /// Show where the cache is and how big
    Stats,
    /// Remove every cached entry
    Clean,
}

/// A dotted module name (`pkg.mod`), for `--include` and `--exclude`.
fn module_name(value: &str) -> Result<String, String> {
    if value.split('.').all(is_identifier) {
        Ok(value.to_string())
    } else {
        Err(format!("'{value}' is not a module name (like pkg.mod)"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_is_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn module_names_are_checked() {
        assert!(module_name("pkg.mod").is_ok());
        assert!(module_name("pkg..mod").is_err());
        assert!(module_name("pkg/mod.py").is_err());
    }
}
