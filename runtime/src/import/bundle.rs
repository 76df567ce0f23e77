//! The bundle finder: modules come from the archive appended to the running executable.

use crate::archive::Archive;
use crate::bytecode::{CodeObject, Constant, Instr, Location, Op};

use super::{BundleSource, FoundModule};

pub struct ArchiveSource {
    pub archive: Archive,
}

/// The code of a module with no code of its own (a namespace package): returns None.
fn empty_module_code(filename: &str) -> CodeObject {
    CodeObject {
        name: "<module>".into(),
        qualname: "<module>".into(),
        filename: filename.into(),
        first_line: 1,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: crate::bytecode::code_flags::MODULE_OR_CLASS,
        instructions: vec![
            Instr {
                op: Op::LoadConst,
                arg: 0,
            },
            Instr {
                op: Op::ReturnValue,
                arg: 0,
            },
        ],
        locations: vec![Location::default(); 2],
        constants: vec![Constant::None],
        names: vec![],
        varnames: vec![],
        cellvars: vec![],
        freevars: vec![],
        cell2arg: vec![],
        exception_table: vec![],
        max_stack: 1,
        docstring: None,
    }
}

impl BundleSource for ArchiveSource {
    fn find(&self, name: &str) -> Result<Option<FoundModule>, String> {
        let Some(entry) = self.archive.module(name) else {
            return Ok(None);
        };
        let path = entry.path.clone();
        let is_package = entry.is_package || entry.is_namespace;
        let code = match self.archive.load_code(name).map_err(|e| e.to_string())? {
            Some(c) => c,
            None => empty_module_code(&path),
        };
        let source = self.archive.load_source(name).map_err(|e| e.to_string())?;
        Ok(Some(FoundModule {
            code,
            file: path,
            is_package,
            is_namespace: entry.is_namespace,
            source,
        }))
    }

    fn main_module(&self) -> String {
        self.archive.main_module().to_string()
    }
}
