//! Exceptions: the state a BaseException instance carries (`ExcData`), and `PyErr`, the
//! Rust error type every fallible operation returns. A `PyErr` is always a real exception
//! instance, so what Rust code raises is exactly what Python code can catch.

use std::rc::Rc;

use super::{types, PyCode, PyInstance, PyType, Value};

/// One traceback entry: the code that was running and the instruction that raised.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Rc<PyCode>,
    pub pc: usize,
    /// The frame object of the frame it passed through (`tb_frame`).
    pub frame: Option<Value>,
    /// The line a traceback object made by Python code says (`TracebackType(..., tb_lineno)`);
    /// None for an entry recorded while unwinding, whose line is that of `pc`.
    pub line: Option<u32>,
    /// The traceback object made for this entry once asked for (`vm/tb_objects.rs`), so
    /// that `__traceback__` gives the same object each time.
    pub object: Option<Value>,
}

#[derive(Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost frame first, as entries are added while the exception unwinds.
    pub traceback: Vec<TbEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// The fields of the exception classes that have some (`OSError.errno`,
    /// `SyntaxError.lineno`, `StopIteration.value`...): CPython's struct members, so kept
    /// out of the instance dict and read through member descriptors
    /// (`objects/exception_members.rs`). A field not here reads as its default.
    pub fields: Vec<(&'static str, Value)>,
    /// `__dict__` was read: CPython made the instance dict then, and `__reduce__` hands it
    /// back from then on even when empty.
    pub dict_exposed: bool,
}

impl ExcData {
    pub fn trace(&self, visit: &mut dyn FnMut(&Value)) {
        for e in &self.traceback {
            e.frame.iter().chain(e.object.iter()).for_each(|v| visit(v));
        }
        self.args.iter().for_each(|v| visit(v));
        self.fields.iter().for_each(|(_, v)| visit(v));
        if let Some(c) = &self.cause {
            visit(c);
        }
        if let Some(c) = &self.context {
            visit(c);
        }
    }
}

/// A raised Python exception.
#[derive(Clone)]
pub struct PyErr {
    pub exc: Rc<PyInstance>,
}

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.class().name(), self.message())
    }
}

impl PyErr {
    /// An instance of `ty` with the given args.
    pub fn with_args(ty: &Rc<PyType>, args: Vec<Value>) -> PyErr {
        let exc = PyInstance::new(ty.clone());
        if let Some(d) = &exc.exc {
            d.borrow_mut().args = args;
        }
        PyErr { exc }
    }

    pub fn new(ty: &Rc<PyType>, msg: impl Into<String>) -> PyErr {
        PyErr::with_args(ty, vec![Value::string(msg.into())])
    }

    /// Wraps an exception instance (which must carry exception state).
    pub fn from_instance(exc: Rc<PyInstance>) -> PyErr {
        PyErr { exc }
    }

    pub fn value(&self) -> Value {
        Value::Instance(self.exc.clone())
    }

    pub fn class(&self) -> Rc<PyType> {
        self.exc.class()
    }

    pub fn is_instance(&self, ty: &PyType) -> bool {
        self.exc.class().is_subtype(ty)
    }

    /// The first argument as text (for internal diagnostics).
    pub fn message(&self) -> String {
        match &self.exc.exc {
            Some(d) => match d.borrow().args.first() {
                Some(Value::Str(s)) => s.as_str().to_string(),
                _ => String::new(),
            },
            None => String::new(),
        }
    }

    /// Records that the exception passed through `frame` (a frame object) running `code`
    /// at instruction `pc`; not for code standing in for CPython's C code, which has no
    /// frames in CPython's tracebacks.
    pub fn add_traceback(&self, code: &Rc<PyCode>, pc: usize, frame: Option<Value>) {
        if code.stands_in_for_native.get() {
            return;
        }
        if let Some(d) = &self.exc.exc {
            d.borrow_mut().traceback.push(TbEntry {
                code: code.clone(),
                pc,
                frame,
                line: None,
                object: None,
            });
        }
    }

    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.type_error, msg)
    }
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.value_error, msg)
    }
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.index_error, msg)
    }
    pub fn key_error(key: Value) -> PyErr {
        PyErr::with_args(&types().exc.key_error, vec![key])
    }
    pub fn attribute_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.attribute_error, msg)
    }
    pub fn name_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.name_error, msg)
    }
    pub fn zero_division(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.zero_division_error, msg)
    }
    pub fn overflow_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.overflow_error, msg)
    }
    pub fn runtime_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.runtime_error, msg)
    }
    pub fn recursion_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.recursion_error, msg)
    }
    pub fn not_implemented(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.not_implemented_error, msg)
    }
    pub fn import_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.import_error, msg)
    }
    pub fn stop_iteration(value: Option<Value>) -> PyErr {
        PyErr::with_args(&types().exc.stop_iteration, value.into_iter().collect())
    }
    pub fn memory_error() -> PyErr {
        PyErr::with_args(&types().exc.memory_error, vec![])
    }
    pub fn os_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(&types().exc.os_error, msg)
    }
}
