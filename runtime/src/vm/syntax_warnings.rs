//! Issuing the warnings the compiler found (the SyntaxWarnings of `compiler/warnings.rs`, the
//! invalid-escape DeprecationWarnings of `compiler/escape_warnings.rs`) when the code they
//! belong to is run or `compile()`d, as CPython issues them while compiling: each through
//! `warnings.warn_explicit(message, category, filename, lineno)` with no module and no
//! registry, so the filters see a module named after the file, a warning shows again
//! every time, `catch_warnings(record=True)` records it and `-W`/`PYTHONWARNINGS` apply.
//! One that a filter turns into an exception becomes the SyntaxError CPython raises instead,
//! pointing at the offending code, with the line of the file it names (none for strings).

use crate::bytecode::{CodeObject, SyntaxWarningSite};
use crate::compiler::{CompileError, CompileErrorKind};
use crate::objects::{PyErr, PyResult, PyStr, Value};

use super::Vm;

impl Vm {
    /// Err when a warning became an error (or `warnings` failed): the code must not run.
    #[cold]
    #[inline(never)]
    pub fn emit_syntax_warnings(&mut self, code: &CodeObject) -> PyResult<()> {
        if code.syntax_warnings.is_empty() {
            return Ok(());
        }
        let warnings = self.import("warnings")?;
        let warn_explicit = self.get_attr(&warnings, &PyStr::intern("warn_explicit"))?;
        for site in &code.syntax_warnings {
            let name = site.category.class_name();
            let Some(category) = self.builtins.get_str(name) else {
                return Err(PyErr::runtime_error(format!("no builtin {name}")));
            };
            let args = vec![
                Value::str(&site.message),
                category.clone(),
                Value::str(&code.filename),
                Value::Int(site.line as i64),
            ];
            if let Err(e) = self.call(&warn_explicit, args) {
                let turned_into_error = matches!(&category, Value::Type(t) if e.is_instance(t));
                if turned_into_error {
                    return Err(self.syntax_error_for(&code.filename, site));
                }
                return Err(e);
            }
        }
        Ok(())
    }

    fn syntax_error_for(&mut self, filename: &str, site: &SyntaxWarningSite) -> PyErr {
        let error = CompileError {
            kind: CompileErrorKind::SyntaxError,
            msg: site.message.clone(),
            filename: filename.to_string(),
            lineno: site.line,
            offset: site.offset,
            end_lineno: site.end_line,
            end_offset: site.end_offset.into(),
            text: site.text.clone(),
            location_in_args: true,
        };
        crate::import::compile_error_to_exc(self, &error)
    }
}
