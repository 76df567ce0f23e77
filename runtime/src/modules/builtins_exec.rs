//! The builtins that run code or show namespaces: `exec`, `eval`, `compile`, `globals`,
//! `locals` and `vars`. A function's `locals()` is CPython 3.11's: one dict per frame,
//! refreshed from the fast locals on each call, so `exec` in a function sees the locals and
//! may add names to that dict but never rebinds a local variable.

use crate::objects::OrNone;
use std::rc::Rc;

use super::params::Params;
use crate::compiler::Mode;
use crate::objects::function::Args;
use crate::objects::{PyCell, PyCode, PyDict, PyErr, PyResult, Value};
use crate::vm::{Frame, Vm};

impl Vm {
    /// The locals dict of `self.frames[index]`: a module's or class body's namespace, or a
    /// function frame's `locals_dict` brought up to date with its variables.
    pub fn frame_locals(&mut self, index: usize) -> Option<Rc<PyDict>> {
        self.frames.get_mut(index).map(locals_dict_of)
    }
}

/// The locals dict of a frame (running or suspended): its namespace, or its `locals_dict`
/// brought up to date with its variables.
pub fn locals_dict_of(frame: &mut Frame) -> Rc<PyDict> {
    if let Some(ns) = &frame.namespace {
        return ns.clone();
    }
    let d = frame
        .locals_dict
        .get_or_insert_with(|| PyDict::new_tracked())
        .clone();
    sync_locals_dict(&d, &frame.code, frame.locals(), &frame.cells);
    d
}

/// Brings `d` up to date with a function frame's variables: its fast locals, then its cell
/// and free variables; a name whose slot is unset is removed.
pub fn sync_locals_dict(d: &PyDict, code: &PyCode, locals: &[Value], cells: &[Rc<PyCell>]) {
    for (name, v) in code.varnames.iter().zip(locals.iter()) {
        if v.is_null() {
            d.del_str(name.as_str());
        } else {
            d.set_str_key(name.clone(), v.clone());
        }
    }
    let cell_names = code.code.cellvars.iter().chain(code.code.freevars.iter());
    for (name, cell) in cell_names.zip(cells.iter()) {
        let v = cell.get();
        if v.is_null() {
            d.del_str(name);
        } else {
            d.set_str(name, v);
        }
    }
}

pub fn builtin_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("globals", 0, 0)?;
    Ok(Value::Dict(vm.current_globals()))
}

/// `locals()`: the namespace of a module or class body, or a function's locals.
pub fn builtin_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("locals", 0, 0)?;
    let Some(index) = vm.frames.len().checked_sub(1) else {
        return Ok(Value::Dict(vm.builtins.clone()));
    };
    // Code run with a mapping as its namespace (exec's locals, a prepared class namespace).
    if let Some(m) = vm
        .frames
        .get(index)
        .and_then(|f| f.namespace_object.clone())
    {
        return Ok(m);
    }
    let d = vm
        .frame_locals(index)
        .unwrap_or_else(|| vm.builtins.clone());
    Ok(Value::Dict(d))
}

/// `list(mapping.keys())`, with CPython's error for keys() that returns no iterable.
pub fn mapping_keys(vm: &mut Vm, mapping: &Value) -> PyResult<Vec<Value>> {
    let keys = vm.call_method(mapping, "keys", Vec::new())?;
    if vm.is_iterable(&keys) {
        return vm.collect_iterable(&keys);
    }
    Err(PyErr::type_error(format!(
        "{}.keys() returned a non-iterable (type {})",
        mapping.type_name(),
        keys.type_name()
    )))
}

pub fn builtin_vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("vars", 0, 1)?;
    match args.pos.first() {
        None => builtin_locals(vm, Args::default()),
        Some(obj) => match vm.get_attr_opt(obj, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(PyErr::type_error(
                "vars() argument must have __dict__ attribute",
            )),
        },
    }
}

/// Source text, and the error CPython's tokenizer meets at a bad byte of undeclared
/// non-UTF-8 bytes (the text then has U+FFFD for the bad bytes).
struct Source {
    text: String,
    bad_utf8: Option<Box<crate::compiler::source_encoding::BadUtf8>>,
    /// Bytes whose SyntaxError columns CPython counts in bytes (`columns_in_bytes`).
    byte_columns: bool,
}

/// The text of a source argument (str, or bytes or bytearray read as PEP 263 says).
fn source_text(v: &Value, func: &str, filename: &str) -> PyResult<Source> {
    let mut bad_utf8 = None;
    let mut byte_columns = false;
    let mut decode = |data: &[u8]| {
        use crate::compiler::source_encoding::{
            columns_in_bytes, decode_compiled_bytes, BytesSourceError,
        };
        byte_columns = columns_in_bytes(data);
        match decode_compiled_bytes(data, filename) {
            Ok(text) => Ok(text),
            Err(BytesSourceError::NotUtf8 { text, error }) => {
                bad_utf8 = error;
                Ok(text)
            }
            Err(BytesSourceError::Encoding(msg)) => {
                Err(crate::import::encoding_error_exc(&msg, filename))
            }
        }
    };
    let text = match v {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => decode(&b.data)?,
        Value::ByteArray(b) => {
            let data = b.data.borrow().clone();
            decode(&data)?
        }
        // CPython names no type here; compile() speaks of AST objects instead of code.
        _ if func == "compile" => {
            return Err(PyErr::type_error(
                "compile() arg 1 must be a string, bytes or AST object",
            ))
        }
        _ => {
            return Err(PyErr::type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                func
            )))
        }
    };
    if text.contains('\0') {
        // A SyntaxError with no location: only `msg` is set.
        const MSG: &str = "source code string cannot contain null bytes";
        let err = PyErr::new(&crate::objects::types().exc.syntax_error, MSG);
        for attr in [
            "filename",
            "lineno",
            "offset",
            "text",
            "end_lineno",
            "end_offset",
        ] {
            crate::objects::exception_members::set_field(&err.exc, attr, Value::None);
        }
        crate::objects::exception_members::set_field(&err.exc, "msg", Value::str(MSG));
        return Err(err);
    }
    Ok(Source {
        text,
        bad_utf8,
        byte_columns,
    })
}

/// Compiles source text as `compile()` does.
fn compile_text(vm: &mut Vm, source: &Source, filename: &str, mode: Mode) -> PyResult<Rc<PyCode>> {
    // An expression may be indented (`eval("  1")`).
    let text = if mode == Mode::Eval {
        source.text.trim_start_matches([' ', '\t', '\x0c'])
    } else {
        &source.text
    };
    let compiled = crate::compiler::compile(text, filename, mode);
    let bad = source.bad_utf8.as_deref().map(|b| {
        let mut b = b.clone();
        b.error.filename = filename.to_string();
        b
    });
    let (co, e) = match compiled {
        Ok(co) => (Some(co), None),
        Err(e) => (None, Some(e)),
    };
    let co = match crate::compiler::source_encoding::first_error(e, bad.as_ref()) {
        None => co.ok_or_else(|| PyErr::runtime_error("compile() produced no code"))?,
        Some(e) => {
            let e = match source.byte_columns {
                true => e.in_byte_columns(text),
                false => e,
            };
            // A parser error shows the lines CPython's tokenizer holds, unless exec mode
            // names a file, whose line CPython reads instead. (An f-string field's error
            // shows the field, not a line.)
            let from_file = mode == Mode::Exec && vm.source_text(filename).is_some();
            let line = text.lines().nth((e.lineno as usize).saturating_sub(1));
            return Err(match &e.text {
                Some(t)
                    if !from_file
                        && (e.lineno == 0 || line.map(|l| l.trim_end_matches('\r')) == Some(t)) =>
                {
                    let shown = crate::compiler::string_error_text(text, mode, &e);
                    crate::import::syntax_error_exc(&e, shown.map(Value::string).or_none())
                }
                _ => crate::import::compile_error_to_exc(vm, &e),
            });
        }
    };
    vm.emit_syntax_warnings(&co)?;
    Ok(PyCode::new(co))
}

/// `exec(code, globals=None, locals=None)` and `eval(...)`: without a globals dict the
/// caller's namespaces are used (a function's locals as `locals()` shows them); a globals
/// dict without `__builtins__` gets the running frame's builtins dict there, and the code
/// runs with the builtins its globals name (`vm/frame_builtins.rs`).
fn exec_like(vm: &mut Vm, args: Args, func: &str, mode: Mode) -> PyResult<Value> {
    if mode == Mode::Eval {
        args.expect(func, 1, 3)?;
    } else {
        // exec(source, globals=None, locals=None, /, *, closure=None); closures of code
        // objects are not supported, so `closure` may only be None.
        let slots = crate::modules::params::Params {
            func,
            names: &["source", "globals", "locals", "closure"],
            required: 1,
            positional: 3,
        }
        .bind_posonly(
            Args {
                pos: args.pos.clone(),
                kw: args.kw.clone(),
            },
            3,
        )?;
        if crate::modules::params::present(&slots[3]).is_some() {
            return Err(PyErr::type_error(
                "cannot use a closure with this code object",
            ));
        }
    }
    let code = match &args.pos[0] {
        Value::Code(c) => c.clone(),
        src => {
            let source = source_text(src, func, "<string>")?;
            compile_text(vm, &source, "<string>", mode)?
        }
    };
    let globals = match args.pos.get(1) {
        Some(Value::None) | None => None,
        Some(given) => Some(globals_dict(given, mode)?),
    };
    let locals = match args.pos.get(2) {
        Some(Value::None) | None => None,
        Some(given) => Some(locals_namespace(given, mode)?),
    };
    let (globals, locals) = match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        // Globals that are a dict subclass are the locals too, used through their item
        // protocol as CPython's `LoadName` does (so their `__missing__` answers).
        (Some(g), None) => match args.pos.get(1) {
            Some(sub @ Value::Instance(_)) => (g, Namespace::Mapping(sub.clone())),
            _ => (g.clone(), Namespace::Dict(g)),
        },
        (None, given) => {
            let g = vm.current_globals();
            let l = match given {
                Some(l) => l,
                None => caller_namespace(vm).unwrap_or_else(|| Namespace::Dict(g.clone())),
            };
            (g, l)
        }
    };
    if globals.get_str("__builtins__").is_none() {
        globals.set_str("__builtins__", Value::Dict(vm.current_builtins()));
    }
    let code = vm.code_for_globals(code, &globals);
    let frame = match locals {
        Namespace::Dict(d) => crate::vm::Frame::new(code, globals, Some(d)),
        Namespace::Mapping(m) => {
            // Name operations go through the mapping; the frame's own dict is a dict
            // subclass's storage, or an unused stand-in.
            let own = match crate::vm::subclass::base_value(&m) {
                Some(Value::Dict(d)) => d,
                _ => PyDict::new_tracked(),
            };
            let mut frame = crate::vm::Frame::new(code, globals, Some(own));
            frame.namespace_object = Some(m);
            frame
        }
    };
    let r = vm.run_frame(frame)?;
    Ok(if mode == Mode::Eval { r } else { Value::None })
}

/// The locals `exec`/`eval` run with: an exact dict is the namespace itself; any other
/// mapping (a dict subclass too) is used through its item protocol, as a class body's
/// prepared namespace is (`vm/class_namespace.rs`).
enum Namespace {
    Dict(Rc<PyDict>),
    Mapping(Value),
}

/// The `globals` argument: a dict (or a dict subclass, through its dict).
fn globals_dict(given: &Value, mode: Mode) -> PyResult<Rc<PyDict>> {
    if let Value::Dict(d) = given {
        return Ok(d.clone());
    }
    if let Some(Value::Dict(d)) = crate::vm::subclass::base_value(given) {
        return Ok(d);
    }
    // eval() words it by whether the object looks like a mapping.
    let mapping = given.type_of().lookup("__getitem__").is_some();
    Err(PyErr::type_error(if mode == Mode::Eval && mapping {
        "globals must be a real dict; try eval(expr, {}, mapping)".to_string()
    } else if mode == Mode::Eval {
        "globals must be a dict".to_string()
    } else {
        format!("exec() globals must be a dict, not {}", given.type_name())
    }))
}

/// The `locals` argument: any object with `__getitem__`.
fn locals_namespace(given: &Value, mode: Mode) -> PyResult<Namespace> {
    if let Value::Dict(d) = given {
        return Ok(Namespace::Dict(d.clone()));
    }
    if given.type_of().lookup("__getitem__").is_some() {
        return Ok(Namespace::Mapping(given.clone()));
    }
    Err(PyErr::type_error(if mode == Mode::Eval {
        "locals must be a mapping".to_string()
    } else {
        format!(
            "locals must be a mapping or None, not {}",
            given.type_name()
        )
    }))
}

/// The caller's locals as `exec`/`eval` without namespaces use them: a mapping the caller
/// runs with, else its locals dict.
fn caller_namespace(vm: &mut Vm) -> Option<Namespace> {
    let i = vm.frames.len().checked_sub(1)?;
    if let Some(m) = vm.frames.get(i).and_then(|f| f.namespace_object.clone()) {
        return Some(Namespace::Mapping(m));
    }
    vm.frame_locals(i).map(Namespace::Dict)
}

pub fn builtin_exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_like(vm, args, "exec", Mode::Exec)
}

pub fn builtin_eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_like(vm, args, "eval", Mode::Eval)
}

/// The compiler flags `compile()` accepts: the `__future__` features, the obsolete
/// nested-scopes bit and the `PyCF_*` options. tote's compiler behaves the same under all
/// of them (every future feature of 3.11 is on, or has no effect on code it accepts).
const KNOWN_FLAGS: i64 = 0x1ff_0000 | 0x10 | 0x7f00;

/// `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`.
pub fn builtin_compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.take_kw("_feature_version");
    if args.pos.len() > 6 {
        return Err(PyErr::type_error(format!(
            "compile() takes at most 6 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let [source, filename, mode, flags, dont_inherit, optimize] = Params {
        func: "compile",
        names: &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
        required: 3,
        positional: 6,
    }
    .bind(args)?
    .try_into()
    .map_err(|_| PyErr::type_error("compile() takes at most 6 arguments"))?;
    let int_arg = |v: Option<Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(Value::Int(i)) => Ok(i),
            Some(Value::Bool(b)) => Ok(b as i64),
            Some(other) => Err(PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        }
    };
    let flags = match flags {
        // The flags are a C int.
        Some(Value::BigInt(_)) => None,
        other => Some(int_arg(other, 0)?),
    }
    .filter(|f| i32::try_from(*f).is_ok())
    .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))?;
    if flags & !KNOWN_FLAGS != 0 {
        return Err(PyErr::value_error("compile(): unrecognised flags"));
    }
    // Only checked: no future statement of the caller changes how tote compiles.
    int_arg(dont_inherit, 0)?;
    let optimize = int_arg(optimize, -1)?;
    if !(-1..=2).contains(&optimize) {
        return Err(PyErr::value_error("compile(): invalid optimize value"));
    }
    let source = source.or_none();
    let filename = match filename.or_none() {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(&b.data).into_owned(),
        other => {
            return Err(PyErr::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                other.type_name()
            )))
        }
    };
    let mode = match mode.or_none() {
        Value::Str(s) => match s.as_str() {
            "exec" => Mode::Exec,
            "eval" => Mode::Eval,
            "single" => Mode::Single,
            "func_type" => {
                return Err(PyErr::value_error(
                    "compile() mode 'func_type' requires flag PyCF_ONLY_AST",
                ))
            }
            _ => {
                return Err(PyErr::value_error(
                    "compile() mode must be 'exec', 'eval' or 'single'",
                ))
            }
        },
        other => {
            return Err(PyErr::type_error(format!(
                "compile() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let text = source_text(&source, "compile", &filename)?;
    Ok(Value::Code(compile_text(vm, &text, &filename, mode)?))
}
