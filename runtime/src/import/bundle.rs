//! The bundle finder: modules come from the archive appended to the running executable.

use crate::archive::Archive;
use crate::bytecode::{CodeObject, Constant};

use super::{BundleSource, FoundModule};

pub struct ArchiveSource {
    pub archive: Archive,
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
            // A namespace package has no code of its own: it returns None.
            None => CodeObject::returning(
                &path,
                crate::bytecode::code_flags::MODULE_OR_CLASS,
                Constant::None,
            ),
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
