//! The `builtins` module: the builtin functions, the builtin type constructors (`int(...)`,
//! `list(...)`…), the builtin exception classes and constants.

use crate::objects::OrNone;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use crate::bytecode::CmpOp;
use crate::objects::function::{Args, Descriptor, NativeFn};
use crate::objects::iter::{DictPart, IterKind};
use crate::objects::methods::method_args;
use crate::objects::{
    int, types, PyBoundMethod, PyBuiltin, PyDict, PyErr, PyIter, PyModule, PyRange, PyResult,
    PySet, PySlice, PyStr, PyType, Value,
};
use crate::vm::Vm;

use super::builtins_exec;
use super::builtins_numbers::{
    builtin_abs, builtin_divmod, builtin_pow, builtin_round, builtin_sum, ctor_float, ctor_int,
};

fn set_fn(d: &PyDict, name: &'static str, f: NativeFn) {
    d.set_str(name, PyBuiltin::value(name, f));
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
    set_fn(&d, "len", builtin_len);
    set_fn(&d, "repr", builtin_repr);
    set_fn(&d, "ascii", builtin_ascii);
    set_fn(&d, "abs", builtin_abs);
    set_fn(&d, "isinstance", builtin_isinstance);
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
                other => out.push_str(vm.to_str(other)?.as_str()),
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
    args.expect("len", 1, 1)?;
    Ok(Value::from(vm.len(&args.pos[0])?))
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

/// `isinstance(obj, cls)` semantics shared with `except` and `issubclass`.
pub fn is_instance(vm: &mut Vm, obj: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Type(t) => {
            // CPython answers an exact type match without asking `__instancecheck__`.
            if Rc::ptr_eq(&obj.type_of(), t) {
                return Ok(true);
            }
            if !t.metatype().builtin {
                if let Some(check) = t.metatype().lookup("__instancecheck__") {
                    let r = vm.nested(" in __instancecheck__", |vm| {
                        vm.call_special(&check, vec![cls.clone(), obj.clone()])
                    })?;
                    return vm.truthy(&r);
                }
            }
            Ok(obj.type_of().is_subtype(t))
        }
        Value::Tuple(items) => {
            for c in &items.items {
                if is_instance(vm, obj, c)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => match cls.type_of().lookup("__instancecheck__") {
            Some(check) if !cls.type_of().builtin => {
                let r = vm.nested(" in __instancecheck__", |vm| {
                    vm.call_special(&check, vec![cls.clone(), obj.clone()])
                })?;
                vm.truthy(&r)
            }
            _ => Err(PyErr::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
    }
}

fn builtin_isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("isinstance", 2, 2)?;
    Ok(Value::bool(is_instance(vm, &args.pos[0], &args.pos[1])?))
}

fn builtin_issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("issubclass", 2, 2)?;
    let Value::Type(sub) = &args.pos[0] else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    fn check(vm: &mut Vm, sub: &Rc<PyType>, cls: &Value) -> PyResult<bool> {
        match cls {
            Value::Type(t) => {
                if !t.metatype().builtin {
                    if let Some(c) = t.metatype().lookup("__subclasscheck__") {
                        let r = vm.nested(" in __subclasscheck__", |vm| {
                            vm.call_special(&c, vec![cls.clone(), Value::Type(sub.clone())])
                        })?;
                        return vm.truthy(&r);
                    }
                }
                Ok(sub.is_subtype(t))
            }
            Value::Tuple(items) => {
                for c in &items.items {
                    if check(vm, sub, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => match cls.type_of().lookup("__subclasscheck__") {
                Some(c) if !cls.type_of().builtin => {
                    let r = vm.nested(" in __subclasscheck__", |vm| {
                        vm.call_special(&c, vec![cls.clone(), Value::Type(sub.clone())])
                    })?;
                    vm.truthy(&r)
                }
                _ => Err(PyErr::type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                )),
            },
        }
    }
    Ok(Value::bool(check(vm, sub, &args.pos[1])?))
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

/// The attribute-name argument of getattr/setattr/delattr and the `__getattribute__`
/// family of slot wrappers: only a str (or a str subclass's instance, whose str is used)
/// is accepted.
pub(crate) fn attr_name(v: &Value, _func: &str) -> PyResult<Rc<PyStr>> {
    let text = match v {
        Value::Str(s) => Some(s),
        Value::Instance(i) => match i.base() {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        },
        _ => None,
    };
    text.cloned().ok_or_else(|| {
        PyErr::type_error(format!(
            "attribute name must be string, not '{}'",
            v.type_name()
        ))
    })
}

fn builtin_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("getattr", 2, 3)?;
    let name = attr_name(&args.pos[1], "getattr")?;
    match args.pos.get(2) {
        Some(default) => Ok(vm
            .lookup_attr(&args.pos[0], &name)?
            .unwrap_or_else(|| default.clone())),
        None => vm.get_attr(&args.pos[0], &name),
    }
}

fn builtin_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("setattr", 3, 3)?;
    let name = attr_name(&args.pos[1], "setattr")?;
    match &args.pos[1] {
        Value::Str(_) => vm.set_attr(&args.pos[0], &name, args.pos[2].clone())?,
        key => vm.set_attr_by_key(&args.pos[0], &name, key, args.pos[2].clone())?,
    }
    Ok(Value::None)
}

fn builtin_hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("hasattr", 2, 2)?;
    let name = attr_name(&args.pos[1], "hasattr")?;
    Ok(Value::bool(vm.lookup_attr(&args.pos[0], &name)?.is_some()))
}

fn builtin_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("delattr", 2, 2)?;
    let name = attr_name(&args.pos[1], "delattr")?;
    vm.del_attr(&args.pos[0], &name)?;
    Ok(Value::None)
}

pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::BoundMethod(_) | Value::Type(_) => true,
        // A staticmethod object is callable since 3.10; classmethod and property are not.
        Value::Descriptor(d) => {
            matches!(&**d, crate::objects::function::Descriptor::StaticMethod(_))
        }
        other => {
            let t = other.type_of();
            !t.builtin && t.lookup("__call__").is_some()
        }
    }
}

fn builtin_callable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("callable", 1, 1)?;
    Ok(Value::bool(is_callable(&args.pos[0])))
}

fn builtin_chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("chr", 1, 1)?;
    let i = match &args.pos[0] {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(_) => {
            return Err(PyErr::overflow_error(
                "Python int too large to convert to C int",
            ))
        }
        // `__index__` (an int subclass, or any integer-like object).
        other => crate::modules::params::index_int(vm, other)?,
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

fn min_max(vm: &mut Vm, args: Args, name: &str, op: CmpOp) -> PyResult<Value> {
    if args.pos.is_empty() {
        return Err(PyErr::type_error(format!(
            "{} expected at least 1 argument, got 0",
            name
        )));
    }
    let mut options = crate::modules::params::Params {
        func: name,
        names: &["key", "default"],
        required: 0,
        positional: 0,
    }
    .bind_keywords(&args.kw)?
    .into_iter();
    let key = options.next().flatten().filter(|k| !k.is_none());
    let default = options.next().flatten();
    let items = match args.pos.len() {
        0 => Vec::new(),
        1 => {
            if !vm.is_iterable(&args.pos[0]) {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    args.pos[0].type_name()
                )));
            }
            vm.collect_iterable(&args.pos[0])?
        }
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for v in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![v.clone()])?,
            None => v.clone(),
        };
        best = match best {
            None => Some((k, v)),
            Some((bk, bv)) => {
                let r = vm.compare(&k, &bk, op)?;
                if vm.truthy(&r)? {
                    Some((k, v))
                } else {
                    Some((bk, bv))
                }
            }
        };
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default
            .ok_or_else(|| PyErr::value_error(format!("{}() arg is an empty sequence", name))),
    }
}

fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("any", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("all", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::count_expected("sorted", args.pos.len(), 1, 1)?;
    // The keywords go to list.sort, whose messages name it.
    let mut options = crate::modules::params::Params {
        func: "sort",
        names: &["key", "reverse"],
        required: 0,
        positional: 0,
    }
    .bind_keywords(&args.kw)?
    .into_iter();
    let key = options.next().flatten().filter(|k| !k.is_none());
    let reverse = match options.next().flatten() {
        Some(r) => method_args::c_int_arg(vm, &r)? != 0,
        None => false,
    };
    let mut items = vm.collect_iterable(&args.pos[0])?;
    crate::objects::sort::sort_items(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

fn int_for_radix(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    Ok(int::to_bigint(&vm.index_value(v)?).unwrap_or_default())
}

fn radix_str(vm: &mut Vm, args: Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    args.expect(name, 1, 1)?;
    let n = int_for_radix(vm, &args.pos[0])?;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::string(format!(
        "{}{}{}",
        sign,
        prefix,
        n.abs().to_str_radix(radix)
    )))
}

fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "bin", 2, "0b")
}

fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "oct", 8, "0o")
}

fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "hex", 16, "0x")
}

fn builtin_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("format", 1, 2)?;
    let spec = match args.pos.get(1) {
        Some(Value::Str(s)) => s.as_str().to_string(),
        None => String::new(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "format() argument 2 must be str, not {}",
                other.type_name()
            )))
        }
    };
    vm.format_object(&args.pos[0], &spec)
}

fn builtin_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("dir", 0, 1)?;
    match args.pos.first() {
        Some(obj) => vm.dir_of(obj),
        None => {
            let mut names = match builtins_exec::builtin_locals(vm, Args::default())? {
                Value::Dict(d) => d.keys(),
                // A mapping `exec` ran the code with: its keys().
                mapping => builtins_exec::mapping_keys(vm, &mapping)?,
            };
            crate::objects::sort::sort_items(vm, &mut names, None, false)?;
            Ok(Value::list(names))
        }
    }
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

// ----- constructors (pos[0] is the class) -----

fn ctor_object(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Type(t)) = args.pos.first() else {
        return Ok(Value::None);
    };
    // A builtin type without a constructor of its own (generators, frames, iterators...)
    // cannot be made by calling it: a plain instance of it would be a fake.
    if t.layout == crate::objects::typeobj::Layout::Builtin && !Rc::ptr_eq(t, &types().object) {
        return Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            t.name()
        )));
    }
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error("object() takes no arguments"));
    }
    let _ = vm;
    Ok(Value::Instance(crate::objects::PyInstance::new(t.clone())))
}

fn ctor_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "bool", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::bool(false)),
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
    }
}

fn ctor_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = crate::modules::params::Params {
        func: "str",
        names: &["object", "encoding", "errors"],
        required: 0,
        positional: 3,
    }
    .bind_method(&args)?
    .into_iter();
    let (x, encoding, errors) = (
        slots.next().flatten(),
        slots.next().flatten(),
        slots.next().flatten(),
    );
    if encoding.is_some() || errors.is_some() {
        let (enc, errs) = crate::objects::codecs::codec_args("str", encoding, errors)?;
        let Some(x) = x else {
            return Ok(Value::str(""));
        };
        let Some(data) = crate::objects::bytes::buffer_of(&x)? else {
            return Err(PyErr::type_error(match &x {
                Value::Str(_) => "decoding str is not supported".to_string(),
                other => format!(
                    "decoding to str: need a bytes-like object, {} found",
                    other.type_name()
                ),
            }));
        };
        return crate::objects::codecs::decode_value(&data, enc.as_str(), errs.as_str());
    }
    match x {
        // `str(x)` hands back what `x.__str__` returned, a str subclass's instance too.
        Some(x) if matches!(args.pos.first(), Some(Value::Type(t)) if Rc::ptr_eq(t, &types().str)) => {
            vm.str_object(&x)
        }
        Some(x) => Ok(Value::Str(vm.to_str(&x)?)),
        None => Ok(Value::str("")),
    }
}

fn ctor_tuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "tuple", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::tuple(Vec::new())),
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(x) => Ok(Value::tuple(vm.collect_iterable(x)?)),
    }
}

fn ctor_list(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "list", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::list(Vec::new())),
        Some(x) => Ok(Value::list(vm.collect_iterable(x)?)),
    }
}

/// Fills a dict from a mapping or an iterable of pairs, then keyword arguments.
pub fn dict_update(
    vm: &mut Vm,
    d: &Rc<PyDict>,
    src: Option<&Value>,
    kw: Vec<(Rc<PyStr>, Value)>,
) -> PyResult<()> {
    if let Some(src) = src {
        let is_mapping = matches!(src, Value::Dict(_))
            || (!matches!(src, Value::List(_) | Value::Tuple(_))
                && vm.get_attr_opt(src, "keys")?.is_some());
        if is_mapping {
            vm.dict_merge(d, src, None)?;
        } else {
            let items = vm.collect_iterable(src)?;
            for (i, item) in items.into_iter().enumerate() {
                let pair = vm.collect_iterable(&item).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot convert dictionary update sequence element #{} to a sequence",
                        i
                    ))
                })?;
                if pair.len() != 2 {
                    return Err(PyErr::value_error(format!(
                        "dictionary update sequence element #{} has length {}; 2 is required",
                        i,
                        pair.len()
                    )));
                }
                let mut it = pair.into_iter();
                let (k, v) = (it.next().or_none(), it.next().or_none());
                d.set(vm, k, v)?;
            }
        }
    }
    for (k, v) in kw {
        d.set_str_key(k, v);
    }
    Ok(())
}

fn ctor_dict(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.pos.remove(0);
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let d = PyDict::new_tracked();
    let kw = std::mem::take(&mut args.kw);
    dict_update(vm, &d, args.pos.first(), kw)?;
    Ok(Value::Dict(d))
}

fn ctor_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "set", 0, 1)?;
    Ok(Value::set(match args.pos.get(1) {
        None => PySet::new(),
        Some(x) => PySet::from_iterable(vm, x)?,
    }))
}

fn ctor_frozenset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "frozenset", 0, 1)?;
    Ok(Value::frozenset(match args.pos.get(1) {
        None => PySet::new(),
        Some(f @ Value::FrozenSet(_)) => return Ok(f.clone()),
        Some(x) => PySet::from_iterable(vm, x)?,
    }))
}

/// A range bound: an int, or an object with `__index__`.
fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    Ok(int::to_bigint(&vm.index_value(v)?).unwrap_or_default())
}

fn ctor_range(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("range() takes no keyword arguments"));
    }
    let a = &args.pos[1..];
    // The common `range(n)` / `range(a, b)` with small ints builds no big integers.
    match a {
        [Value::Int(stop)] => return Ok(Value::Range(Rc::new(PyRange::new(0, *stop, 1)))),
        [Value::Int(start), Value::Int(stop)] => {
            return Ok(Value::Range(Rc::new(PyRange::new(*start, *stop, 1))))
        }
        _ => {}
    }
    let one = || BigInt::from(1);
    let (start, stop, step) = match a.len() {
        1 => (BigInt::from(0), range_arg(vm, &a[0])?, one()),
        2 => (range_arg(vm, &a[0])?, range_arg(vm, &a[1])?, one()),
        3 => (
            range_arg(vm, &a[0])?,
            range_arg(vm, &a[1])?,
            range_arg(vm, &a[2])?,
        ),
        0 => {
            return Err(PyErr::type_error(
                "range expected at least 1 argument, got 0",
            ))
        }
        n => {
            return Err(PyErr::type_error(format!(
                "range expected at most 3 arguments, got {}",
                n
            )))
        }
    };
    if step.is_zero() {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(PyRange::from_bigints(
        start, stop, step,
    ))))
}

fn ctor_slice(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "slice", 1, 3)?;
    let a = args.pos.get(1..).unwrap_or(&[]);
    let (start, stop, step) = match a.len() {
        1 => (Value::None, a[0].clone(), Value::None),
        2 => (a[0].clone(), a[1].clone(), Value::None),
        3 => (a[0].clone(), a[1].clone(), a[2].clone()),
        n => {
            return Err(PyErr::type_error(format!(
                "slice expected at least 1 argument, got {}",
                n
            )))
        }
    };
    Ok(Value::Slice(Rc::new(PySlice { start, stop, step })))
}

fn ctor_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let given = method_args::nargs(&args) + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            given
        )));
    }
    let iterable = args.arg(1, "iterable");
    let start = args.arg(2, "start").unwrap_or(Value::Int(0));
    args.no_more_kw("enumerate")?;
    let iterable = iterable
        .ok_or_else(|| PyErr::type_error("enumerate() missing required argument 'iterable'"))?;
    if !int::is_int(&start) {
        return Err(crate::vm::ops::type_error_not_int(&start));
    }
    let it = vm.get_iter(&iterable)?;
    Ok(PyIter::new(IterKind::Enumerate { it, count: start }))
}

fn ctor_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    let strict = match args.take_kw("strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    args.no_more_kw("zip")?;
    let mut its = Vec::with_capacity(args.pos.len());
    for a in args.pos.iter() {
        its.push(vm.get_iter(a)?);
    }
    Ok(PyIter::new(IterKind::Zip { its, strict }))
}

fn ctor_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() < 3 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for a in &args.pos[2..] {
        its.push(vm.get_iter(a)?);
    }
    Ok(PyIter::new(IterKind::Map {
        func: args.pos[1].clone(),
        its,
    }))
}

fn ctor_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "filter", 2, 2)?;
    let it = vm.get_iter(&args.pos[2])?;
    Ok(PyIter::new(IterKind::Filter {
        func: args.pos[1].clone(),
        it,
    }))
}

fn ctor_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "reversed", 1, 1)?;
    let seq = args.pos[1].clone();
    let len = match &seq {
        Value::Range(r) if r.big.is_some() => {
            let (_, _, step) = r.bounds();
            let remaining = r.big_len();
            let last = if remaining.is_zero() {
                BigInt::zero()
            } else {
                r.big_get(&(&remaining - 1u8))
            };
            return Ok(PyIter::new(IterKind::BigRange {
                next: last,
                remaining,
                step: -step,
            }));
        }
        // A range runs backwards as a range_iterator with the step negated.
        Value::Range(r) if r.step.checked_neg().is_some() => {
            let remaining = r.len();
            let last = r.start as i128 + (remaining as i128 - 1).max(0) * r.step as i128;
            return Ok(PyIter::new(IterKind::Range {
                next: last as i64,
                remaining,
                step: -r.step,
                len: remaining,
            }));
        }
        Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::MemoryView(_) => vm.len(&seq)?,
        Value::Dict(d) => return Ok(crate::objects::dict_reversed::reversed(d, DictPart::Keys)),
        Value::Iter(i) if i.is_view() => {
            if let IterKind::DictView { dict, part } = &*i.kind.borrow() {
                return Ok(crate::objects::dict_reversed::reversed(dict, *part));
            }
            return Err(PyErr::type_error("dict view expected"));
        }
        other => {
            let ty = other.type_of();
            let not_reversible =
                || PyErr::type_error(format!("'{}' object is not reversible", ty.tp_name()));
            if let Some(m) = ty.lookup("__reversed__").filter(|_| !ty.builtin) {
                if m.is_none() {
                    return Err(not_reversible());
                }
                return vm.call_special(&m, vec![other.clone()]);
            }
            // The sequence protocol: items are fetched one at a time, last first; a
            // sequence without `__len__` fails as `len()` does.
            if ty.lookup("__getitem__").is_some() && !ty.builtin {
                vm.len(other)?
            } else {
                return Err(not_reversible());
            }
        }
    };
    Ok(PyIter::new(IterKind::Reversed { seq, idx: len }))
}

fn ctor_classmethod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "classmethod", 1, 1)?;
    Ok(Value::descriptor(Descriptor::ClassMethod(
        args.pos[1].clone(),
    )))
}

fn ctor_staticmethod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "staticmethod", 1, 1)?;
    Ok(Value::descriptor(Descriptor::StaticMethod(
        args.pos[1].clone(),
    )))
}

/// `type(None)()` and the like: the type's only value.
fn singleton_ctor(args: Args, name: &str, value: Value) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{} takes no arguments", name)));
    }
    Ok(value)
}

/// `types.ModuleType(name, doc=None)`: a new, empty module object.
fn ctor_module(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let doc = args.take_kw("doc");
    let name_kw = args.take_kw("name");
    args.no_more_kw("module")?;
    let mut pos = args.pos.split_off(1.min(args.pos.len()));
    if let Some(n) = name_kw {
        pos.insert(0, n);
    }
    if let Some(d) = doc {
        pos.push(d);
    }
    if pos.is_empty() {
        return Err(PyErr::type_error(
            "module() missing required argument 'name' (pos 1)",
        ));
    }
    if pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let Value::Str(name) = &pos[0] else {
        return Err(PyErr::type_error(format!(
            "module() argument 'name' must be str, not {}",
            pos[0].type_name()
        )));
    };
    let module = PyModule::with_dict(name.as_str(), PyDict::new_tracked());
    module.set("__name__", pos[0].clone());
    module.set("__doc__", pos.get(1).cloned().or_none());
    module.set("__package__", Value::None);
    module.set("__loader__", Value::None);
    module.set("__spec__", Value::None);
    Ok(Value::Module(Rc::new(module)))
}

/// `types.MethodType(func, instance)`: `func` bound to `instance`.
fn ctor_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("method() takes no keyword arguments"));
    }
    if args.pos.len() != 3 {
        return Err(PyErr::type_error(format!(
            "method expected 2 arguments, got {}",
            args.pos.len().saturating_sub(1)
        )));
    }
    if !is_callable(&args.pos[1]) {
        return Err(PyErr::type_error("first argument must be callable"));
    }
    if args.pos[2].is_none() {
        return Err(PyErr::type_error("instance must not be None"));
    }
    let method = Value::BoundMethod(Rc::new(PyBoundMethod::new(
        args.pos[1].clone(),
        args.pos[2].clone(),
    )));
    crate::gc::track(&method);
    Ok(method)
}

/// A dict view value.
pub fn dict_view(d: &Rc<PyDict>, part: DictPart) -> Value {
    PyIter::new(IterKind::DictView {
        dict: d.clone(),
        part,
    })
}
