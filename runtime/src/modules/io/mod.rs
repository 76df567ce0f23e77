//! The `io` module (also importable as `_io`): the class hierarchy (`IOBase`,
//! `RawIOBase`, `BufferedIOBase`, `TextIOBase`; `FileIO`, `BufferedReader`,
//! `BufferedWriter`, `BufferedRandom`, `TextIOWrapper`, `StringIO`, `BytesIO`), `open`,
//! `UnsupportedOperation` and the constants; plus the hooks the VM uses to write to the
//! standard streams and to native text files without a method call.
//!
//! Instances are `PyInstance`s whose `native` slot holds the Rust state: the raw file,
//! buffer and text layers live in `raw.rs`, `buffer.rs` and `text.rs` (its codecs in
//! `text_codec.rs` and `codec.rs`); the Python methods of
//! each class in `base.rs`, `fileio.rs`, `buffered.rs`, `textio.rs`, `stringio.rs` and
//! `bytesio.rs`; `open()` in `open.rs`; the standard streams in `stdio.rs`.

pub mod base;
pub mod buffer;
pub mod buffered;
pub mod bytesio;
pub mod codec;
pub mod errors;
pub mod fileio;
pub mod open;
pub mod raw;
pub mod readinto;
pub mod stdio;
pub mod stringio;
pub mod text;
pub mod text_codec;
pub mod text_cookie;
pub mod textio;

use crate::objects::OrNone;
use std::cell::RefCell;
use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::objects::function::{Args, Descriptor, NativeFn};
use crate::objects::methods::method_args;
use crate::objects::typeobj::Layout;
use crate::objects::{
    types, PyBuiltin, PyDict, PyErr, PyInstance, PyModule, PyResult, PyType, Value,
};
use crate::vm::Vm;

pub use stdio::{std_stream_fd, write_fast};

/// The largest gap a write past the end of a `StringIO`/`BytesIO` may fill (larger ones
/// raise MemoryError rather than ask the allocator for absurd sizes).
const MAX_PAD: usize = 1 << 32;

/// `io.DEFAULT_BUFFER_SIZE`.
pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The classes of the module, created once per thread.
pub struct IoTypes {
    pub iobase: Rc<PyType>,
    pub raw_iobase: Rc<PyType>,
    pub buffered_iobase: Rc<PyType>,
    pub text_iobase: Rc<PyType>,
    pub fileio: Rc<PyType>,
    pub buffered_reader: Rc<PyType>,
    pub buffered_writer: Rc<PyType>,
    pub buffered_random: Rc<PyType>,
    pub text_wrapper: Rc<PyType>,
    pub string_io: Rc<PyType>,
    pub bytes_io: Rc<PyType>,
    pub unsupported: Rc<PyType>,
}

/// A class of this module: a Python-level class (not a frozen builtin type), so it prints
/// as `<class '_io.StringIO'>`, can be subclassed, and its native special methods are used.
fn new_class(name: &str, module: &str, bases: Vec<Rc<PyType>>) -> Rc<PyType> {
    let dict = PyDict::new_tracked();
    dict.set_str("__module__", Value::str(module));
    dict.set_str("__doc__", Value::None);
    let ty = match PyType::new_class(name, name, bases.clone(), dict, None) {
        Ok(t) => t,
        Err(_) => PyType::new_builtin(name, bases, Layout::Object),
    };
    // `_io`'s classes are C types in CPython: messages name them `_io.BytesIO`.
    ty.c_named.set(module == "_io");
    ty
}

impl IoTypes {
    fn new() -> IoTypes {
        let object = types().object.clone();
        let iobase = new_class("IOBase", "io", vec![object]);
        let raw_iobase = new_class("RawIOBase", "io", vec![iobase.clone()]);
        let buffered_iobase = new_class("BufferedIOBase", "io", vec![iobase.clone()]);
        let text_iobase = new_class("TextIOBase", "io", vec![iobase.clone()]);
        let unsupported = new_class(
            "UnsupportedOperation",
            "io",
            vec![
                types().exc.os_error.clone(),
                types().exc.value_error.clone(),
            ],
        );
        let t = IoTypes {
            fileio: new_class("FileIO", "_io", vec![raw_iobase.clone()]),
            buffered_reader: new_class("BufferedReader", "_io", vec![buffered_iobase.clone()]),
            buffered_writer: new_class("BufferedWriter", "_io", vec![buffered_iobase.clone()]),
            buffered_random: new_class("BufferedRandom", "_io", vec![buffered_iobase.clone()]),
            text_wrapper: new_class("TextIOWrapper", "_io", vec![text_iobase.clone()]),
            string_io: new_class("StringIO", "_io", vec![text_iobase.clone()]),
            bytes_io: new_class("BytesIO", "_io", vec![buffered_iobase.clone()]),
            iobase,
            raw_iobase,
            buffered_iobase,
            text_iobase,
            unsupported,
        };
        base::register(&t);
        fileio::register(&t);
        buffered::register(&t);
        textio::register(&t);
        stringio::register(&t);
        bytesio::register(&t);
        readinto::register(&t);
        t
    }
}

thread_local! {
    static IO_TYPES: &'static IoTypes = Box::leak(Box::new(IoTypes::new()));
}

/// The classes of `io` on this thread.
pub fn io_types() -> &'static IoTypes {
    IO_TYPES.with(|t| *t)
}

/// Fills the `io` (and `_io`) module.
pub fn init(vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    let t = io_types();
    for (name, ty) in [
        ("IOBase", &t.iobase),
        ("RawIOBase", &t.raw_iobase),
        ("BufferedIOBase", &t.buffered_iobase),
        ("TextIOBase", &t.text_iobase),
        ("_IOBase", &t.iobase),
        ("_RawIOBase", &t.raw_iobase),
        ("_BufferedIOBase", &t.buffered_iobase),
        ("_TextIOBase", &t.text_iobase),
        ("FileIO", &t.fileio),
        ("BufferedReader", &t.buffered_reader),
        ("BufferedWriter", &t.buffered_writer),
        ("BufferedRandom", &t.buffered_random),
        ("TextIOWrapper", &t.text_wrapper),
        ("StringIO", &t.string_io),
        ("BytesIO", &t.bytes_io),
        ("UnsupportedOperation", &t.unsupported),
    ] {
        m.set(name, Value::Type(ty.clone()));
    }
    let open = vm
        .builtins
        .get_str("open")
        .unwrap_or_else(|| PyBuiltin::value("open", open::builtin_open));
    m.set("open", open);
    m.set(
        "DEFAULT_BUFFER_SIZE",
        Value::Int(DEFAULT_BUFFER_SIZE as i64),
    );
    m.set("SEEK_SET", Value::Int(0));
    m.set("SEEK_CUR", Value::Int(1));
    m.set("SEEK_END", Value::Int(2));
    m.set("BlockingIOError", builtin_exc("BlockingIOError"));
    m.set(
        "text_encoding",
        PyBuiltin::value("text_encoding", |vm, args| {
            crate::modules::params::clinic_positional(&args, "io", "text_encoding", 1, 2)?;
            if let Some(stacklevel) = args.pos.get(1) {
                crate::objects::methods::method_args::c_int_arg(vm, stacklevel)?;
            }
            // Not in UTF-8 mode (sys.flags.utf8_mode is 0), CPython 3.11 answers "locale".
            Ok(match args.pos.first() {
                Some(Value::None) | None => Value::str("locale"),
                Some(v) => v.clone(),
            })
        }),
    );
    Ok(())
}

fn builtin_exc(name: &str) -> Value {
    types()
        .exc
        .all
        .iter()
        .find(|t| t.name() == name)
        .map(|t| Value::Type(t.clone()))
        .or_none()
}

/// Flushes every file still open, at interpreter exit.
pub fn flush_at_exit(vm: &mut Vm) {
    buffer::flush_all(vm);
    vm.flush_stdout();
}

// ----- helpers shared by the classes' methods -----

/// Adds native methods to a class.
fn methods(ty: &PyType, list: &[(&'static str, NativeFn)]) {
    for (name, f) in list {
        ty.dict.set_str(name, PyBuiltin::value(name, *f));
    }
}

/// Adds read-only properties computed by native getters.
fn properties(ty: &PyType, list: &[(&'static str, NativeFn)]) {
    for (name, f) in list {
        ty.dict
            .set_str(name, Descriptor::getter(PyBuiltin::value(name, *f)));
    }
}

/// The receiver of a method (`pos[0]`) as an instance.
fn this(args: &Args, method: &str, class: &str) -> PyResult<Rc<PyInstance>> {
    match args.pos.first() {
        Some(Value::Instance(i)) => Ok(i.clone()),
        Some(other) => Err(crate::objects::methods::wrong_receiver(
            method, class, other,
        )),
        None => Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            method, class
        ))),
    }
}

/// Does `cls` (a user subclass) define its own `__init__`? Then the native constructor
/// leaves the arguments to it.
fn has_user_init(cls: &PyType) -> bool {
    matches!(cls.lookup("__init__"), Some(v) if !matches!(v, Value::Builtin(_)))
}

/// The class a native constructor was called for (`pos[0]`), removed from the arguments.
fn ctor_class(args: &mut Args) -> PyResult<Rc<PyType>> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error("constructor needs a class"));
    }
    match args.pos.remove(0) {
        Value::Type(t) => Ok(t),
        other => Err(PyErr::type_error(format!(
            "constructor needs a class, not {}",
            other.type_name()
        ))),
    }
}

/// An integer argument (via `__index__`), with CPython's message otherwise.
fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::BigInt(b) => b
            .to_i64()
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t")),
        Value::Instance(_) if v.type_of().lookup("__index__").is_some() => {
            let m = v.type_of().lookup("__index__").or_none();
            let r = vm.call_special(&m, vec![v.clone()])?;
            int_arg(vm, &r)
        }
        other => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            other.type_name()
        ))),
    }
}

/// The `(offset, whence)` of a `seek(offset, whence=0)` call, checked the same way by
/// every class.
fn seek_args(vm: &mut Vm, args: &Args) -> PyResult<(i64, i64)> {
    method_args::positional_of_receiver(args, "seek", 1, 2)?;
    let offset = int_arg(vm, &args.pos[1])?;
    let whence = match args.pos.get(2) {
        Some(w) => int_arg(vm, w)?,
        None => 0,
    };
    Ok((offset, whence))
}

/// The size of a `truncate(size=None)` call; None: the current position.
fn truncate_arg(vm: &mut Vm, args: &Args) -> PyResult<Option<i64>> {
    match args.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(int_arg(vm, v)?)),
    }
}

/// `readlines(hint)` of the text classes: lines from `next_line` until it returns "" or,
/// with a hint, until the characters read pass it. (BytesIO stops on reaching the hint,
/// as CPython's does.)
fn collect_text_lines(
    hint: Option<usize>,
    mut next_line: impl FnMut() -> PyResult<String>,
) -> PyResult<Value> {
    let mut lines = Vec::new();
    let mut total = 0;
    loop {
        let line = next_line()?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(Value::string(line));
        if hint.map_or(false, |h| total > h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

/// A size argument: None or negative means "no limit".
fn size_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<usize>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
            if let Value::Instance(_) = v {
                if v.type_of().lookup("__index__").is_none() {
                    return Err(PyErr::type_error(format!(
                        "argument should be integer or None, not '{}'",
                        v.type_name()
                    )));
                }
            }
            let n = int_arg(vm, v)?;
            Ok(if n < 0 { None } else { Some(n as usize) })
        }
        Some(other) => Err(PyErr::type_error(format!(
            "argument should be integer or None, not '{}'",
            other.type_name()
        ))),
    }
}

/// `name=` part of a repr (`name='x.txt' `), empty when the object has no name.
fn repr_name(vm: &mut Vm, name: &Value) -> PyResult<String> {
    Ok(match name {
        Value::None | Value::Null => String::new(),
        v => format!(" name={}", vm.repr(v)?),
    })
}

/// A bytes value.
fn bytes_value(data: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(crate::objects::PyBytes::new(data)))
}

/// The data of a bytes-like argument (`bytes`, or a copy of a `bytearray`/`memoryview`).
fn bytes_arg(v: &Value) -> PyResult<Rc<crate::objects::PyBytes>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        // A subclass of bytes/bytearray writes the value it extends.
        Value::Instance(i) if i.base().is_some_and(crate::objects::bytes::is_bytes_like) => {
            bytes_arg(i.base().unwrap_or(v))
        }
        other => {
            let data = crate::objects::bytes::expect_buffer(other)?.into_owned();
            Ok(Rc::new(crate::objects::PyBytes::new(data)))
        }
    }
}

/// Borrows a native state mutably, or reports a re-entrant call.
fn borrow_state<'a, T>(
    inst: &Rc<PyInstance>,
    cell: &'a RefCell<T>,
) -> PyResult<std::cell::RefMut<'a, T>> {
    cell.try_borrow_mut().map_err(|_| errors::reentrant(inst))
}
