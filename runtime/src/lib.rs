//! tote's Python 3.11 runtime: compiler, VM, object model, importer and native stdlib.
//!
//! The pipeline: `compiler` turns source into `bytecode::CodeObject`s; `vm` executes them
//! over the values of `objects`; `import` finds and runs modules; `modules` holds the
//! native standard library; `run` ties them together for the `tote-runtime` binary and for
//! bundled executables.

pub mod archive;
pub mod bytecode;
pub mod cache;
pub mod compiler;
pub mod dis;
pub mod gc;
pub mod import;
pub mod modules;
pub mod objects;
pub mod run;
pub mod vm;
