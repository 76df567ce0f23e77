//! The `builtins` module: fills its namespace (the builtin types and their constructors,
//! the exception classes, the constants, the builtin functions) and holds the simple
//! functions — `print`, `len`, `repr`, `ascii`, `id`, `hash`, `iter`, `next`, `chr`, `ord`,
//! `format`, `breakpoint`, `__import__`. The other groups live beside it: constructors in
//! `builtins_ctors.rs`, introspection in `builtins_introspect.rs`, `min`/`max`/`any`/`all`/
//! `sorted` in `builtins_iterables.rs`, numbers in `builtins_numbers.rs`, code execution and
//! namespaces in `builtins_exec.rs`.

use crate::objects::OrNone;
use std::rc::Rc;

use crate::objects::function::{expect_count, Args, FastFn, NativeFn};
use crate::objects::iter::{DictPart, IterKind};
use crate::objects::{types, PyBuiltin, PyDict, PyErr, PyIter, PyResult, PyStr, PyType, Value};
use crate::vm::Vm;

use super::builtins_ctors::{
    ctor_bool, ctor_classmethod, ctor_dict, ctor_enumerate, ctor_filter, ctor_frozenset, ctor_list,
    ctor_map, ctor_method, ctor_module, ctor_object, ctor_range, ctor_reversed, ctor_set,
    ctor_slice, ctor_staticmethod, ctor_str, ctor_tuple, ctor_zip, singleton_ctor,
};
use super::builtins_exec;
use super::builtins_introspect::{
    builtin_callable, builtin_delattr, builtin_dir, builtin_getattr, builtin_hasattr,
    builtin_isinstance, builtin_issubclass, builtin_setattr, is_callable, isinstance_fast,
};
use super::builtins_iterables::{
    builtin_all, builtin_any, builtin_max, builtin_min, builtin_sorted,
};
use super::builtins_numbers::{
    builtin_abs, builtin_bin, builtin_divmod, builtin_hex, builtin_oct, builtin_pow, builtin_round,
    builtin_sum, ctor_float, ctor_int,
};

fn set_fn(d: &PyDict, name: &'static str, f: NativeFn) {
    d.set_str(name, PyBuiltin::value(name, f));
}

/// `set_fn` for a builtin with a positional-only entry too.
fn set_fast_fn(d: &PyDict, name: &'static str, f: NativeFn, fast: FastFn) {
    let b = PyBuiltin {
        fast: Some(fast),
        ..PyBuiltin::new(name, f)
    };
    d.set_str(name, Value::Builtin(std::rc::Rc::new(b)));
}

pub fn init(vm: &mut Vm) {
    let d = vm.builtins.clone();
    let t = types();
    for (name, ty) in [
        ("object", &t.object),
        ("type", &t.type_),
        ("int", &t.int),
        ("bool", &t.bool),
        ("float", &t.float),
        ("complex", &t.complex),
        ("str", &t.str),
        ("bytes", &t.bytes),
        ("bytearray", &t.bytearray),
        ("memoryview", &t.memoryview),
        ("tuple", &t.tuple),
        ("list", &t.list),
        ("dict", &t.dict),
        ("set", &t.set),
        ("frozenset", &t.frozenset),
        ("range", &t.range),
        ("slice", &t.slice),
        ("enumerate", &t.enumerate),
        ("zip", &t.zip),
        ("map", &t.map),
        ("filter", &t.filter),
        ("reversed", &t.reversed),
        ("property", &t.property),
        ("classmethod", &t.classmethod),
        ("staticmethod", &t.staticmethod),
        ("super", &t.super_),
    ] {
        d.set_str(name, Value::Type(ty.clone()));
    }
    for exc in &t.exc.all {
        d.set_str(&exc.name(), Value::Type(exc.clone()));
    }
    d.set_str("EnvironmentError", Value::Type(t.exc.os_error.clone()));
    d.set_str("IOError", Value::Type(t.exc.os_error.clone()));
    d.set_str("None", Value::None);
    d.set_str("True", Value::bool(true));
    d.set_str("False", Value::bool(false));
    d.set_str("NotImplemented", Value::NotImplemented);
    d.set_str("Ellipsis", Value::Ellipsis);
    d.set_str("__debug__", Value::bool(true));
    d.set_str("__name__", Value::str("builtins"));
    set_fn(&d, "print", builtin_print);
    set_fast_fn(&d, "len", builtin_len, len_fast);
    set_fn(&d, "repr", builtin_repr);
    set_fn(&d, "ascii", builtin_ascii);
    set_fn(&d, "abs", builtin_abs);
    set_fast_fn(&d, "isinstance", builtin_isinstance, isinstance_fast);
    set_fn(&d, "issubclass", builtin_issubclass);
    set_fn(&d, "id", builtin_id);
    set_fn(&d, "hash", builtin_hash);
    set_fn(&d, "iter", builtin_iter);
    set_fn(&d, "next", builtin_next);
    set_fn(&d, "aiter", crate::vm::async_gen::builtin_aiter);
    set_fn(&d, "anext", crate::vm::async_gen::builtin_anext);
    set_fn(&d, "getattr", builtin_getattr);
    set_fn(&d, "setattr", builtin_setattr);
    set_fn(&d, "hasattr", builtin_hasattr);
    set_fn(&d, "delattr", builtin_delattr);
    set_fn(&d, "callable", builtin_callable);
    set_fn(&d, "chr", builtin_chr);
    set_fn(&d, "ord", builtin_ord);
    set_fn(&d, "round", builtin_round);
    set_fn(&d, "divmod", builtin_divmod);
    set_fn(&d, "pow", builtin_pow);
    set_fn(&d, "sum", builtin_sum);
    set_fn(&d, "min", builtin_min);
    set_fn(&d, "max", builtin_max);
    set_fn(&d, "any", builtin_any);
    set_fn(&d, "all", builtin_all);
    set_fn(&d, "sorted", builtin_sorted);
    set_fn(&d, "bin", builtin_bin);
    set_fn(&d, "oct", builtin_oct);
    set_fn(&d, "hex", builtin_hex);
    set_fn(&d, "format", builtin_format);
    set_fn(&d, "globals", builtins_exec::builtin_globals);
    set_fn(&d, "locals", builtins_exec::builtin_locals);
    set_fn(&d, "vars", builtins_exec::builtin_vars);
    set_fn(&d, "dir", builtin_dir);
    set_fn(&d, "input", crate::modules::io::stdio::builtin_input);
    set_fn(&d, "open", crate::modules::io::open::builtin_open);
    set_fn(&d, "exec", builtins_exec::builtin_exec);
    set_fn(&d, "eval", builtins_exec::builtin_eval);
    set_fn(&d, "compile", builtins_exec::builtin_compile);
    set_fn(&d, "breakpoint", builtin_breakpoint);
    set_fn(&d, "__build_class__", |vm, args| {
        crate::vm::classes::build_class(vm, args)
    });
    set_fn(&d, "__import__", builtin_import);
    super::site_quitter::install(&d);

    let ctors: [(&Rc<PyType>, NativeFn); 26] = [
        (&t.object, ctor_object),
        (&t.int, ctor_int),
        (&t.bool, ctor_bool),
        (&t.float, ctor_float),
        (&t.str, ctor_str),
        (&t.bytes, crate::objects::methods::bytes_new::ctor_bytes),
        (&t.tuple, ctor_tuple),
        (&t.list, ctor_list),
        (&t.dict, ctor_dict),
        (&t.set, ctor_set),
        (&t.frozenset, ctor_frozenset),
        (&t.range, ctor_range),
        (&t.slice, ctor_slice),
        (&t.enumerate, ctor_enumerate),
        (&t.zip, ctor_zip),
        (&t.map, ctor_map),
        (&t.filter, ctor_filter),
        (&t.reversed, ctor_reversed),
        (&t.property, crate::vm::property::ctor_property),
        (&t.classmethod, ctor_classmethod),
        (&t.staticmethod, ctor_staticmethod),
        (&t.module, ctor_module),
        (&t.method, ctor_method),
        (&t.none_type, |_, a| {
            singleton_ctor(a, "NoneType", Value::None)
        }),
        (&t.ellipsis_type, |_, a| {
            singleton_ctor(a, "ellipsis", Value::Ellipsis)
        }),
        (&t.not_implemented_type, |_, a| {
            singleton_ctor(a, "NotImplementedType", Value::NotImplemented)
        }),
    ];
    for (ty, f) in ctors {
        ty.ctor.set(Some(f));
    }
    t.function
        .ctor
        .set(Some(crate::vm::function_new::ctor_function));
    t.cell.ctor.set(Some(crate::vm::function_new::ctor_cell));
    t.super_.ctor.set(Some(|vm, mut a| {
        a.pos.remove(0);
        crate::vm::classes::make_super(vm, a)
    }));
    t.complex
        .ctor
        .set(Some(crate::objects::methods::complex::ctor_complex));
    t.bytearray
        .ctor
        .set(Some(crate::objects::methods::bytes_new::ctor_bytearray));
    t.memoryview
        .ctor
        .set(Some(crate::objects::methods::bytes_new::ctor_memoryview));
    crate::vm::builtin_new::install(&d);
}

// ----- output -----

fn builtin_print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep");
    let end = args.take_kw("end");
    let file = args.take_kw("file");
    let flush = args.take_kw("flush");
    args.no_more_kw("print")?;
    let text_arg = |v: Option<Value>, default: &str, what: &str| -> PyResult<String> {
        let v = match v {
            None | Some(Value::None) => return Ok(default.to_string()),
            Some(v) => v,
        };
        // A str subclass instance is a string too.
        match crate::vm::subclass::base_value(&v).unwrap_or_else(|| v.clone()) {
            Value::Str(s) => Ok(s.as_str().to_string()),
            _ => Err(PyErr::type_error(format!(
                "{} must be None or a string, not {}",
                what,
                v.type_name()
            ))),
        }
    };
    let sep = text_arg(sep, " ", "sep")?;
    let end = text_arg(end, "\n", "end")?;
    let file = match file {
        None | Some(Value::None) => vm.sys.get("stdout").or_none(),
        Some(f) => f,
    };
    if file.is_none() {
        return Ok(Value::None);
    }
    // The standard streams and the io module's own text objects take the whole line in one
    // write; any other object gets one `write` call per piece, as in CPython.
    if crate::modules::io::std_stream_fd(&file).is_some()
        || crate::modules::io::stdio::is_native_text(&file)
    {
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            match v {
                Value::Str(s) => out.push_str(s.as_str()),
                Value::Int(n) => out.push_str(&n.to_string()),
                other => match vm.to_str(other) {
                    Ok(text) => out.push_str(text.as_str()),
                    Err(e) => {
                        // CPython has written the pieces before the one that failed.
                        vm.write_to(&file, &out)?;
                        return Err(e);
                    }
                },
            }
        }
        out.push_str(&end);
        vm.write_to(&file, &out)?;
    } else {
        // Like CPython: one `write` call per argument, separator and the end.
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.write_to(&file, &sep)?;
            }
            let text = vm.to_str(v)?;
            vm.write_to(&file, text.as_str())?;
        }
        vm.write_to(&file, &end)?;
    }
    if let Some(f) = flush {
        if vm.truthy(&f)? {
            crate::modules::io::stdio::flush_file(vm, &file)?;
        }
    }
    Ok(Value::None)
}

// ----- simple functions -----

fn builtin_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.refuse_keywords("len")?;
    len_fast(vm, &args.pos)
}

fn len_fast(vm: &mut Vm, pos: &[Value]) -> PyResult<Value> {
    expect_count("len", pos.len(), 1, 1)?;
    Ok(Value::from(vm.len(&pos[0])?))
}

fn builtin_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("repr", 1, 1)?;
    // CPython counts a level for calling a one-argument builtin.
    vm.nested(" while calling a Python object", |vm| {
        vm.repr_object(&args.pos[0])
    })
}

fn builtin_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("ascii", 1, 1)?;
    let r = vm.repr_object(&args.pos[0])?;
    // An all-ASCII repr comes back as it is (a str subclass's instance included).
    let text = crate::vm::repr::str_result(r.clone()).unwrap_or_else(|_| PyStr::intern(""));
    if text.as_str().is_ascii() {
        return Ok(r);
    }
    Ok(Value::string(crate::objects::str::escape_non_ascii(
        text.as_str(),
    )))
}

fn builtin_id(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("id", 1, 1)?;
    Ok(Value::Int(args.pos[0].id()))
}

fn builtin_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("hash", 1, 1)?;
    // CPython counts a level for calling a one-argument builtin.
    let h = vm.nested(" while calling a Python object", |vm| vm.hash(&args.pos[0]))?;
    Ok(Value::Int(h))
}

fn builtin_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("iter", 1, 2)?;
    if args.pos.len() == 2 {
        if !is_callable(&args.pos[0]) {
            return Err(PyErr::type_error("iter(v, w): v must be callable"));
        }
        return Ok(PyIter::new(IterKind::Callable {
            func: args.pos[0].clone(),
            sentinel: args.pos[1].clone(),
        }));
    }
    vm.get_iter(&args.pos[0])
}

fn builtin_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("next", 1, 2)?;
    match vm.next_or_stop(&args.pos[0]) {
        Err(e) if args.pos.len() == 2 && e.is_instance(&types().exc.stop_iteration) => {
            Ok(args.pos[1].clone())
        }
        other => other,
    }
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("chr", 1, 1)?;
    let i = match &args.pos[0] {
        Value::Int(i) if i32::try_from(*i).is_ok() => *i,
        Value::Bool(b) => *b as i64,
        // CPython reads the argument as a C int.
        Value::Int(_) | Value::BigInt(_) => {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
        // `__index__` (an int subclass, or any integer-like object), read as a C int.
        other => crate::objects::methods::method_args::c_int_arg(vm, other)?,
    };
    match u32::try_from(i)
        .ok()
        .and_then(crate::objects::surrogates::char_for_code_point)
    {
        Some(c) => Ok(Value::string(c.to_string())),
        None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("ord", 1, 1)?;
    match &args.pos[0] {
        Value::Str(s) => {
            if s.char_len() != 1 {
                return Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            let c = s.as_str().chars().next().unwrap_or('\0');
            Ok(Value::Int(crate::objects::surrogates::code_point(c) as i64))
        }
        Value::Bytes(_) | Value::ByteArray(_) => {
            let data = crate::objects::bytes::expect_buffer(&args.pos[0])?;
            match data[..] {
                [b] => Ok(Value::Int(b as i64)),
                _ => Err(PyErr::type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    data.len()
                ))),
            }
        }
        other => Err(PyErr::type_error(format!(
            "ord() expected string of length 1, but {} found",
            other.type_name()
        ))),
    }
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("format", 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => String::new(),
        Some(other) => {
            return Err(crate::objects::methods::method_args::bad_argument(
                "format",
                "argument 2",
                "str",
                other,
            ))
        }
    };
    vm.format_object(&args.pos[0], &spec)
}

/// `breakpoint(*args, **kws)`: calls `sys.breakpointhook` with the same arguments.
fn builtin_breakpoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(hook) = vm.sys.get("breakpointhook") else {
        return Err(PyErr::runtime_error("lost sys.breakpointhook"));
    };
    vm.call_args(&hook, args)
}

fn builtin_import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args.arg(0, "name").or_none();
    let globals = args.arg(1, "globals");
    let fromlist = args.arg(3, "fromlist").or_none();
    let level = args.arg(4, "level").unwrap_or(Value::Int(0));
    let Value::Str(name) = name else {
        return Err(PyErr::type_error("module name must be a string"));
    };
    let globals = match globals {
        Some(Value::Dict(d)) => d,
        _ => vm.current_globals(),
    };
    let level = match level {
        Value::Int(l) if l >= 0 => l as usize,
        _ => return Err(PyErr::value_error("level must be >= 0")),
    };
    crate::import::import_name(vm, name.as_str(), &fromlist, level, &globals)
}

/// A dict view value.
pub fn dict_view(d: &Rc<PyDict>, part: DictPart) -> Value {
    PyIter::new(IterKind::DictView {
        dict: d.clone(),
        part,
    })
}
