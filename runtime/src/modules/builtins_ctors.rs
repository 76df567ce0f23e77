//! The builtin type constructors installed as the types' `ctor`: `object`, `bool`, `str`,
//! the containers (`tuple`, `list`, `dict`, `set`, `frozenset`), `range`, `slice`, the
//! iterator types (`enumerate`, `zip`, `map`, `filter`, `reversed`), `classmethod`,
//! `staticmethod`, the singletons' types, `types.ModuleType` and `types.MethodType`. Each
//! gets the class as `pos[0]`.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::Zero;

use crate::objects::function::{Args, Descriptor};
use crate::objects::iter::{DictPart, IterKind};
use crate::objects::methods::method_args;
use crate::objects::OrNone;
use crate::objects::{
    int, types, PyBoundMethod, PyDict, PyErr, PyIter, PyModule, PyRange, PyResult, PySet, PySlice,
    PyStr, Value,
};
use crate::vm::Vm;

use super::builtins_introspect::is_callable;

pub(super) fn ctor_object(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

pub(super) fn ctor_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "bool", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::bool(false)),
        Some(v) => Ok(Value::bool(vm.truthy(v)?)),
    }
}

pub(super) fn ctor_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
        let text = crate::objects::methods::bytes::decode_to_str;
        return text(vm, &data, enc.as_str(), errs.as_str());
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

pub(super) fn ctor_tuple(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "tuple", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::tuple(Vec::new())),
        Some(t @ Value::Tuple(_)) => Ok(t.clone()),
        Some(x) => Ok(Value::tuple(vm.collect_iterable_hinted(x)?)),
    }
}

pub(super) fn ctor_list(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "list", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::list(Vec::new())),
        Some(x) => Ok(Value::list(vm.collect_iterable_hinted(x)?)),
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
            // Pair by pair as the items come, so that the pairs before a failing item
            // (or a failing iterator) are in the dict, as in CPython.
            let items = vm.get_iter(src)?;
            let mut i = 0;
            while let Some(item) = vm.iter_next(&items)? {
                let pair = vm.collect_iterable_or(&item, || {
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
                i += 1;
            }
        }
    }
    for (k, v) in kw {
        d.set_str_key(k, v);
    }
    Ok(())
}

pub(super) fn ctor_dict(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    args.pos.remove(0);
    if args.pos.len() > 1 {
        return Err(PyErr::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let kw = std::mem::take(&mut args.kw);
    // `dict(a=1, b=2)` allocates its entries once, at their number.
    let d = Rc::new(PyDict::with_capacity(if args.pos.is_empty() {
        kw.len()
    } else {
        0
    }));
    crate::gc::track_dict(&d);
    dict_update(vm, &d, args.pos.first(), kw)?;
    Ok(Value::Dict(d))
}

pub(super) fn ctor_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "set", 0, 1)?;
    Ok(Value::set(match args.pos.get(1) {
        None => PySet::new(),
        Some(x) => PySet::from_iterable(vm, x)?,
    }))
}

pub(super) fn ctor_frozenset(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

pub(super) fn ctor_range(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

pub(super) fn ctor_slice(_vm: &mut Vm, args: Args) -> PyResult<Value> {
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

pub(super) fn ctor_enumerate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
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

pub(super) fn ctor_zip(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    if args.kw.len() > 1 {
        return Err(PyErr::type_error(format!(
            "zip() takes at most 1 keyword argument ({} given)",
            args.kw.len()
        )));
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

pub(super) fn ctor_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // Only `map` itself refuses keywords: a subclass's `__init__` may take some.
    let exact = matches!(args.pos.first(), Some(Value::Type(t)) if Rc::ptr_eq(t, &types().map));
    if exact && !args.kw.is_empty() {
        return Err(PyErr::type_error("map() takes no keyword arguments"));
    }
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

pub(super) fn ctor_filter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "filter", 2, 2)?;
    let it = vm.get_iter(&args.pos[2])?;
    Ok(PyIter::new(IterKind::Filter {
        func: args.pos[1].clone(),
        it,
    }))
}

pub(super) fn ctor_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
                len: remaining.clone(),
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

pub(super) fn ctor_classmethod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "classmethod", 1, 1)?;
    Ok(Value::descriptor(Descriptor::classmethod(
        args.pos[1].clone(),
    )))
}

pub(super) fn ctor_staticmethod(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    method_args::constructor_args(&args, "staticmethod", 1, 1)?;
    Ok(Value::descriptor(Descriptor::staticmethod(
        args.pos[1].clone(),
    )))
}

/// `type(None)()` and the like: the type's only value.
pub(super) fn singleton_ctor(args: Args, name: &str, value: Value) -> PyResult<Value> {
    if args.pos.len() > 1 || !args.kw.is_empty() {
        return Err(PyErr::type_error(format!("{} takes no arguments", name)));
    }
    Ok(value)
}

/// `types.ModuleType(name, doc=None)`: a new, empty module object.
pub(super) fn ctor_module(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
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
pub(super) fn ctor_method(_vm: &mut Vm, args: Args) -> PyResult<Value> {
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
