//! tote's Python 3.11 runtime: compiler, VM, object model, importer and native stdlib.

pub mod bytecode;
pub mod compiler;
pub mod dis;
