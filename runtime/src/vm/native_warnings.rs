//! Warnings that native code issues at run time (the DeprecationWarnings of the number
//! protocols, NotImplemented as a truth value, an unimportable `$PYTHONBREAKPOINT`): they go
//! through the `warnings` module's `warn()` with stacklevel 1, as CPython's C code does, so
//! the report names the Python line that ran the native code, its filters apply (a
//! DeprecationWarning shows in `__main__` only, once per line; an "error" filter makes it an
//! exception), and `catch_warnings` records it. Only the first warning imports `warnings`.

use crate::objects::{PyErr, PyResult, PyStr, Value};

use super::Vm;

impl Vm {
    /// `warnings.warn(message, category)` for the builtin warning class named `category`;
    /// Err when a filter turns the warning into an exception (or `warnings` fails).
    #[cold]
    #[inline(never)]
    pub fn warn(&mut self, category: &str, message: &str) -> PyResult<()> {
        let Some(class) = self.builtins.get_str(category) else {
            return Err(PyErr::runtime_error(format!(
                "no builtin warning class {category}"
            )));
        };
        let warnings = self.import("warnings")?;
        let warn = self.get_attr(&warnings, &PyStr::intern("warn"))?;
        self.call(&warn, vec![Value::str(message), class])
            .map(|_| ())
            .map_err(|e| without_frames_of(e, &warn))
    }

    /// A DeprecationWarning from native code.
    #[cold]
    pub fn warn_deprecated(&mut self, message: &str) -> PyResult<()> {
        self.warn("DeprecationWarning", message)
    }

    /// The DeprecationWarning for a conversion method (`__int__`, `__index__`,
    /// `X.__float__`, `__complex__`) that returned an instance of a strict subclass of the
    /// type it must return (`base`), which CPython still accepts.
    #[cold]
    pub fn warn_strict_subclass_result(
        &mut self,
        method: &str,
        base: &str,
        result: &Value,
    ) -> PyResult<()> {
        let message = format!(
            "{method} returned non-{base} (type {}).  The ability to return an instance of a \
             strict subclass of {base} is deprecated, and may be removed in a future version \
             of Python.",
            result.type_name()
        );
        self.warn_deprecated(&message)
    }
}

/// `e` without the traceback entries of the file `warn` was defined in: CPython's warnings
/// machinery is native, so a warning a filter turned into an exception shows only the
/// Python lines that led to the native code.
fn without_frames_of(e: PyErr, warn: &Value) -> PyErr {
    let Value::Function(f) = warn else {
        return e;
    };
    let file = &f.code.borrow().code.filename.clone();
    if let Some(d) = &e.exc.exc {
        d.borrow_mut()
            .traceback
            .retain(|entry| &entry.code.code.filename != file);
    }
    e
}
