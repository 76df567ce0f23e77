//! The attributes CPython's exception classes take from their constructor and the text
//! `str()` makes of them: `AttributeError(name=, obj=)`, `NameError(name=)`,
//! `ImportError(msg, name=, path=)`, `SyntaxError(msg, (filename, lineno, offset, text,
//! end_lineno, end_offset))`, `OSError(errno, strerror, filename, winerror, filename2)`,
//! `StopIteration.value`, `SystemExit.code`, and the `Unicode{Decode,Encode,Translate}Error`
//! fields. The fields CPython keeps as struct members live in the exception state
//! (`exception_members.rs`); NameError's `name` lives in the instance dict (the VM sets
//! it there). Exceptions raised from Rust without them read the defaults of
//! `default_attr`.

use super::exception_members::{field, member_value, set_field};
use super::OrNone;
use std::rc::Rc;

use super::methods::method_args::{arg_type_name, int_arg};
use super::{types, PyErr, PyInstance, PyResult, PyStr, PyType, Value};
use crate::modules::params::Params;
use crate::vm::Vm;

/// Does `ty` derive from the builtin exception class called `name`?
fn derives_from(ty: &PyType, name: &str) -> bool {
    ty.mro
        .borrow()
        .iter()
        .any(|c| c.builtin && c.name() == name)
}

/// Keyword-only options of a constructor ("'x' is an invalid keyword argument for
/// ImportError()"); `func` is the name CPython's parser uses.
fn keyword_options(
    func: &str,
    names: &[&str],
    kw: &[(Rc<PyStr>, Value)],
) -> PyResult<Vec<Option<Value>>> {
    Params {
        func,
        names,
        required: 0,
        positional: 0,
    }
    .bind(crate::objects::function::Args {
        pos: Vec::new(),
        kw: kw.to_vec(),
    })
}

fn no_keywords(ty: &PyType, kw: &[(Rc<PyStr>, Value)]) -> PyResult<()> {
    match kw.is_empty() {
        true => Ok(()),
        false => Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            ty.name()
        ))),
    }
}

/// `BaseException.__new__`: the args, and for an OSError its attributes (which CPython
/// sets there when a subclass overrides `__init__`).
pub fn new_exception(inst: &PyInstance, args: &[Value]) {
    let stored = if inst.class().is_subtype(&types().exc.os_error) {
        init_os_error(inst, args)
    } else {
        args.to_vec()
    };
    if let Some(state) = &inst.exc {
        state.borrow_mut().args = stored;
    }
}

/// `T.__init__(self, *args, **kw)` for a builtin exception class: sets `args` and the
/// attributes of the class, checking the arguments as CPython does.
pub fn init_exception(
    vm: &mut Vm,
    inst: &PyInstance,
    args: &[Value],
    kw: &[(Rc<PyStr>, Value)],
) -> PyResult<()> {
    let ty = inst.class();
    let ex = &types().exc;
    let mut stored_args = args.to_vec();
    if ty.is_subtype(&ex.attribute_error) {
        let o = keyword_options("AttributeError", &["name", "obj"], kw)?;
        set_field(inst, "name", o[0].clone().or_none());
        set_field(inst, "obj", o[1].clone().or_none());
    } else if ty.is_subtype(&ex.name_error) {
        let o = keyword_options("NameError", &["name"], kw)?;
        set_field(inst, "name", o[0].clone().or_none());
    } else if ty.is_subtype(&ex.import_error) {
        let o = keyword_options("ImportError", &["name", "path"], kw)?;
        set_field(inst, "name", o[0].clone().or_none());
        set_field(inst, "path", o[1].clone().or_none());
        set_field(inst, "msg", single(args));
    } else if ty.is_subtype(&ex.syntax_error) {
        no_keywords(&ty, kw)?;
        init_syntax_error(vm, inst, args)?;
    } else if ty.is_subtype(&ex.os_error) {
        no_keywords(&ty, kw)?;
        stored_args = init_os_error(inst, args);
    } else if ty.is_subtype(&ex.unicode_decode_error) {
        no_keywords(&ty, kw)?;
        init_unicode_error(vm, inst, args, UnicodeKind::Decode)?;
    } else if ty.is_subtype(&ex.unicode_encode_error) {
        no_keywords(&ty, kw)?;
        init_unicode_error(vm, inst, args, UnicodeKind::Encode)?;
    } else if derives_from(&ty, "UnicodeTranslateError") {
        no_keywords(&ty, kw)?;
        init_unicode_error(vm, inst, args, UnicodeKind::Translate)?;
    } else if ty.is_subtype(&ex.stop_iteration) {
        no_keywords(&ty, kw)?;
        set_field(inst, "value", args.first().cloned().or_none());
    } else if ty.is_subtype(&ex.system_exit) {
        no_keywords(&ty, kw)?;
        set_field(inst, "code", system_exit_code(args));
    } else {
        no_keywords(&ty, kw)?;
    }
    if let Some(state) = &inst.exc {
        state.borrow_mut().args = stored_args;
    }
    Ok(())
}

/// The only argument, or None when there are none or several (ImportError's `msg`).
fn single(args: &[Value]) -> Value {
    match args {
        [one] => one.clone(),
        _ => Value::None,
    }
}

fn system_exit_code(args: &[Value]) -> Value {
    match args {
        [] => Value::None,
        [one] => one.clone(),
        _ => Value::tuple(args.to_vec()),
    }
}

/// `SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))`.
fn init_syntax_error(vm: &mut Vm, inst: &PyInstance, args: &[Value]) -> PyResult<()> {
    let names = [
        "msg",
        "filename",
        "lineno",
        "offset",
        "text",
        "end_lineno",
        "end_offset",
        "print_file_and_line",
    ];
    for n in names {
        set_field(inst, n, Value::None);
    }
    if let Some(msg) = args.first() {
        set_field(inst, "msg", msg.clone());
    }
    if args.len() != 2 {
        return Ok(());
    }
    let info = vm.collect_iterable(&args[1])?;
    if info.len() < 4 {
        return Err(PyErr::type_error(format!(
            "function takes at least 4 arguments ({} given)",
            info.len()
        )));
    }
    if info.len() > 6 {
        return Err(PyErr::type_error(format!(
            "function takes at most 6 arguments ({} given)",
            info.len()
        )));
    }
    if info.len() == 5 {
        return Err(PyErr::type_error(
            "end_offset must be provided when end_lineno is provided",
        ));
    }
    for (n, v) in names[1..].iter().zip(info) {
        set_field(inst, *n, v);
    }
    Ok(())
}

/// `OSError(errno, strerror[, filename[, winerror[, filename2]]])`: sets the attributes,
/// and returns the args it keeps (only `(errno, strerror)` when a filename is given).
pub fn init_os_error(inst: &PyInstance, args: &[Value]) -> Vec<Value> {
    let with_errno = (2..=5).contains(&args.len());
    let arg = |i: usize| match with_errno {
        true => args.get(i).cloned().or_none(),
        false => Value::None,
    };
    set_field(inst, "errno", arg(0));
    set_field(inst, "strerror", arg(1));
    set_field(inst, "filename", arg(2));
    set_field(inst, "filename2", arg(4));
    // A BlockingIOError's third argument, when a number, is how many characters were
    // written, not a filename (the exact class only, as CPython's).
    if with_errno
        && args.len() >= 3
        && matches!(
            args[2],
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
        && inst.class().name() == "BlockingIOError"
        && inst.class().builtin
    {
        set_field(inst, "filename", Value::None);
        set_field(inst, "characters_written", args[2].clone());
        return args.to_vec();
    }
    if with_errno && args.len() >= 3 && !args[2].is_none() {
        args[..2].to_vec()
    } else {
        args.to_vec()
    }
}

#[derive(Clone, Copy, PartialEq)]
enum UnicodeKind {
    Decode,
    Encode,
    Translate,
}

/// `UnicodeDecodeError(encoding, object, start, end, reason)` and its siblings (translate
/// has no encoding).
fn init_unicode_error(
    vm: &mut Vm,
    inst: &PyInstance,
    args: &[Value],
    kind: UnicodeKind,
) -> PyResult<()> {
    let want = if kind == UnicodeKind::Translate { 4 } else { 5 };
    if args.len() != want {
        return Err(PyErr::type_error(format!(
            "function takes exactly {} arguments ({} given)",
            want,
            args.len()
        )));
    }
    let str_arg = |i: usize| match &args[i] {
        v @ Value::Str(_) => Ok(v.clone()),
        other => Err(bad_argument_plain(i + 1, "str", other)),
    };
    let mut rest = args;
    if kind != UnicodeKind::Translate {
        set_field(inst, "encoding", str_arg(0)?);
        rest = &args[1..];
    }
    let offset = args.len() - rest.len();
    let object = match kind {
        UnicodeKind::Decode => match super::bytes::buffer_of(&rest[0])? {
            Some(data) => super::bytes::bytes_value(data.into_owned()),
            None => {
                return Err(PyErr::type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    rest[0].type_name()
                )))
            }
        },
        _ => str_arg(offset)?,
    };
    let start = int_arg(vm, &rest[1])?;
    let end = int_arg(vm, &rest[2])?;
    let reason = str_arg(offset + 3)?;
    set_field(inst, "object", object);
    set_field(inst, "start", Value::Int(start));
    set_field(inst, "end", Value::Int(end));
    set_field(inst, "reason", reason);
    Ok(())
}

/// "argument 1 must be str, not int" (a constructor parsed without a function name).
fn bad_argument_plain(position: usize, expected: &str, got: &Value) -> PyErr {
    PyErr::type_error(format!(
        "argument {} must be {}, not {}",
        position,
        expected,
        arg_type_name(got)
    ))
}

/// The value of a class-specific attribute for an exception created without running its
/// class's `__init__` (raised from Rust, or by a subclass `__init__` that did not call
/// it): what CPython's members hold then. None when `name` is no such attribute.
pub fn default_attr(inst: &PyInstance, args: &[Value], name: &str) -> Option<Value> {
    let ty = inst.class();
    let ex = &types().exc;
    let is = |t: &Rc<PyType>| ty.is_subtype(t);
    Some(match name {
        "value" if is(&ex.stop_iteration) => args.first().cloned().or_none(),
        "code" if is(&ex.system_exit) => system_exit_code(args),
        "msg" if is(&ex.import_error) => single(args),
        "name" | "path" if is(&ex.import_error) => Value::None,
        "name" if is(&ex.name_error) || is(&ex.attribute_error) => Value::None,
        "obj" if is(&ex.attribute_error) => Value::None,
        "msg" if is(&ex.syntax_error) => args.first().cloned().or_none(),
        "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if is(&ex.syntax_error) =>
        {
            Value::None
        }
        "errno" | "strerror" | "filename" | "filename2" if is(&ex.os_error) => Value::None,
        "encoding" | "object" | "reason" | "start" | "end" if is_unicode_error_with_fields(&ty) => {
            match name {
                "start" | "end" => Value::Int(0),
                _ => Value::None,
            }
        }
        _ => return None,
    })
}

/// UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError and their subclasses:
/// the classes with `encoding`, `object`, `start`, `end` and `reason` members (a
/// translate error's `encoding` stays None).
fn is_unicode_error_with_fields(ty: &PyType) -> bool {
    [
        "UnicodeDecodeError",
        "UnicodeEncodeError",
        "UnicodeTranslateError",
    ]
    .iter()
    .any(|name| derives_from(ty, name))
}

/// `str(exc)` for a builtin exception class (the classes that override
/// `BaseException.__str__` included).
pub fn exception_str(vm: &mut Vm, inst: &Rc<PyInstance>) -> PyResult<String> {
    if let Some(s) = super::exception_group::group_str_of(&Value::Instance(inst.clone())) {
        return Ok(s);
    }
    let ty = inst.class();
    let ex = &types().exc;
    let args = inst
        .exc
        .as_ref()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    let attr = |n: &str| member_value(inst, n);
    if ty.is_subtype(&ex.os_error) {
        if let Some(s) = os_error_str(vm, inst)? {
            return Ok(s);
        }
    } else if ty.is_subtype(&ex.import_error) {
        let msg = attr("msg");
        if !msg.is_none() {
            return Ok(vm.to_str(&msg)?.as_str().to_string());
        }
    } else if ty.is_subtype(&ex.syntax_error) {
        return syntax_error_str(vm, &attr("msg"), &attr("filename"), &attr("lineno"));
    } else if ty.is_subtype(&ex.key_error) && args.len() == 1 {
        return vm.repr(&args[0]);
    } else if ty.is_subtype(&ex.unicode_error) {
        if let Some(s) = unicode_error_str(inst)? {
            return Ok(s);
        }
    }
    Ok(match args.len() {
        0 => String::new(),
        1 => vm.to_str(&args[0])?.as_str().to_string(),
        _ => vm.repr(&Value::tuple(args))?,
    })
}

/// "invalid syntax (x.py, line 3)": the message with the file's base name and the line,
/// each when known.
fn syntax_error_str(
    vm: &mut Vm,
    msg: &Value,
    filename: &Value,
    lineno: &Value,
) -> PyResult<String> {
    let text = vm.to_str(msg)?.as_str().to_string();
    let file = match filename {
        Value::Str(f) => Some(f.as_str().rsplit('/').next().unwrap_or("").to_string()),
        _ => None,
    };
    let line = match lineno {
        Value::Int(n) => Some(*n),
        Value::Bool(b) => Some(*b as i64),
        _ => None,
    };
    Ok(match (file, line) {
        (Some(f), Some(l)) => format!("{} ({}, line {})", text, f, l),
        (Some(f), None) => format!("{} ({})", text, f),
        (None, Some(l)) => format!("{} (line {})", text, l),
        (None, None) => text,
    })
}

/// `[Errno 2] No such file or directory: 'x'`, when the OSError carries an errno and a
/// strerror (None otherwise: it prints like any exception).
fn os_error_str(vm: &mut Vm, inst: &PyInstance) -> PyResult<Option<String>> {
    let get = |k: &str| member_value(inst, k);
    let (errno, strerror) = (get("errno"), get("strerror"));
    // Made with (errno, strerror, ...), the pair counts even when None (`[Errno None] x`).
    let made_with_errno = inst
        .exc
        .as_ref()
        .is_some_and(|d| (2..=5).contains(&d.borrow().args.len()));
    if !made_with_errno && (errno.is_none() || strerror.is_none()) {
        return Ok(None);
    }
    let mut s = format!(
        "[Errno {}] {}",
        vm.to_str(&errno)?.as_str(),
        vm.to_str(&strerror)?.as_str()
    );
    let (f1, f2) = (get("filename"), get("filename2"));
    if !f1.is_none() {
        s.push_str(": ");
        s.push_str(&vm.repr(&f1)?);
        if !f2.is_none() {
            s.push_str(" -> ");
            s.push_str(&vm.repr(&f2)?);
        }
    }
    Ok(Some(s))
}

/// "'utf-8' codec can't decode byte 0xff in position 0: invalid start byte" and the
/// encode/translate forms, from the attributes (None when they are not all there).
pub(crate) fn unicode_error_str(inst: &PyInstance) -> PyResult<Option<String>> {
    let get = |k: &str| field(inst, k);
    let (Some(object), Some(Value::Int(start)), Some(Value::Int(end)), Some(Value::Str(reason))) =
        (get("object"), get("start"), get("end"), get("reason"))
    else {
        return Ok(None);
    };
    let encoding = match get("encoding") {
        Some(Value::Str(e)) => Some(e),
        _ => None,
    };
    let reason = reason.as_str();
    let single = end == start + 1;
    Ok(Some(match (&object, encoding) {
        (Value::Bytes(b), Some(enc)) => {
            match usize::try_from(start).ok().and_then(|s| b.data.get(s)) {
                Some(byte) if single => format!(
                    "'{}' codec can't decode byte 0x{:02x} in position {}: {}",
                    enc.as_str(),
                    byte,
                    start,
                    reason
                ),
                _ => format!(
                    "'{}' codec can't decode bytes in position {}-{}: {}",
                    enc.as_str(),
                    start,
                    end - 1,
                    reason
                ),
            }
        }
        (Value::Str(s), enc) => {
            let what = match enc {
                Some(e) => format!("'{}' codec can't encode", e.as_str()),
                None => "can't translate".to_string(),
            };
            let ch = usize::try_from(start)
                .ok()
                .and_then(|i| s.as_str().chars().nth(i));
            match ch {
                Some(c) if single => format!(
                    "{} character '{}' in position {}: {}",
                    what,
                    super::codecs::backslash_escape(super::surrogates::code_point(c)),
                    start,
                    reason
                ),
                _ => format!(
                    "{} characters in position {}-{}: {}",
                    what,
                    start,
                    end - 1,
                    reason
                ),
            }
        }
        _ => return Ok(None),
    }))
}

/// `BaseException.add_note(note)`: appends to the `__notes__` list, creating it.
pub fn add_note(vm: &mut Vm, exc: &Value, note: &Value) -> PyResult<()> {
    if !matches!(note, Value::Str(_)) {
        return Err(PyErr::type_error(format!(
            "note must be a str, not '{}'",
            note.type_name()
        )));
    }
    match vm.get_attr_opt(exc, "__notes__")? {
        None => {
            let notes = Value::list(vec![note.clone()]);
            vm.set_attr(exc, &PyStr::intern("__notes__"), notes)
        }
        Some(Value::List(l)) => {
            l.push(note.clone());
            Ok(())
        }
        Some(_) => Err(PyErr::type_error(
            "Cannot add note: __notes__ is not a list",
        )),
    }
}

/// The `__notes__` a traceback prints after the exception line.
pub enum Notes {
    /// No `__notes__` attribute.
    Absent,
    /// A sequence: each note's text (`str()` of a non-str note), None where `str()` failed.
    Items(Vec<Option<String>>),
    /// Anything else: its repr, which CPython 3.11 prints without a line break.
    Repr(String),
}

/// The notes of `exc` as a traceback shows them.
pub fn notes_of(vm: &mut Vm, exc: &Value) -> Notes {
    let notes = match vm.get_attr_opt(exc, "__notes__") {
        Ok(Some(n)) => n,
        _ => return Notes::Absent,
    };
    let is_sequence = match &notes {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) => true,
        Value::Dict(_) => false,
        other => other.type_of().lookup("__getitem__").is_some(),
    };
    if !is_sequence {
        return Notes::Repr(
            vm.repr(&notes)
                .unwrap_or_else(|_| "<__notes__ repr() failed>".to_string()),
        );
    }
    let items = vm.collect_iterable(&notes).unwrap_or_default();
    Notes::Items(
        items
            .iter()
            .map(|note| vm.to_str(note).ok().map(|s| s.as_str().to_string()))
            .collect(),
    )
}

/// `__notes__` copied onto a part of a split exception group, as a list of its own.
pub fn copy_notes(from: &PyInstance, to: &PyInstance) {
    let notes = match from.attr("__notes__") {
        Some(Value::List(l)) => l.snapshot(),
        Some(Value::Tuple(t)) => t.items.clone(),
        _ => return,
    };
    to.set_attr("__notes__", Value::list(notes));
}

/// Assignments to the attributes every exception has: `args` (any iterable, kept as a
/// tuple), `__cause__` and `__context__` (None or an exception; setting the cause also
/// suppresses the context), `__suppress_context__` (a bool) and `__traceback__` (None or a
/// traceback). Returns whether `name` was one of them.
pub fn set_common_attr(vm: &mut Vm, inst: &PyInstance, name: &str, v: &Value) -> PyResult<bool> {
    let Some(state) = &inst.exc else {
        return Ok(false);
    };
    let exception_or_none = |what: &str| -> PyResult<Option<Value>> {
        match v {
            Value::None => Ok(None),
            Value::Instance(i) if i.exc.is_some() => Ok(Some(v.clone())),
            _ => Err(PyErr::type_error(format!(
                "exception {} must be None or derive from BaseException",
                what
            ))),
        }
    };
    match name {
        "args" => {
            let items = vm.collect_iterable(v)?;
            state.borrow_mut().args = items;
        }
        "__cause__" => {
            let cause = exception_or_none("cause")?;
            let mut d = state.borrow_mut();
            d.cause = cause;
            d.suppress_context = true;
        }
        "__context__" => {
            let context = exception_or_none("context")?;
            state.borrow_mut().context = context;
        }
        "__suppress_context__" => match v {
            Value::Bool(b) => state.borrow_mut().suppress_context = b.get(),
            _ => return Err(PyErr::type_error("attribute value type must be bool")),
        },
        "__traceback__" => match v {
            Value::None => state.borrow_mut().traceback.clear(),
            // The chain's entries, keeping its objects: `__traceback__` is then `other`.
            other if other.type_name() == "traceback" => {
                if let Some(entries) = crate::vm::tb_objects::traceback_entries(other) {
                    state.borrow_mut().traceback = entries;
                }
            }
            _ => {
                return Err(PyErr::type_error(
                    "__traceback__ must be a traceback or None",
                ))
            }
        },
        _ => return Ok(false),
    }
    Ok(true)
}
