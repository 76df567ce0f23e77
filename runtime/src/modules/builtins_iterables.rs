//! The builtins that reduce or reorder an iterable: `min`, `max` (with `key=` and
//! `default=`), `any`, `all` and `sorted`.

use crate::bytecode::CmpOp;
use crate::objects::function::Args;
use crate::objects::methods::method_args;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

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

pub(super) fn builtin_min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", CmpOp::Lt)
}

pub(super) fn builtin_max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", CmpOp::Gt)
}

pub(super) fn builtin_any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("any", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.truthy(&v)? {
            return Ok(Value::bool(true));
        }
    }
    Ok(Value::bool(false))
}

pub(super) fn builtin_all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("all", 1, 1)?;
    let it = vm.get_iter(&args.pos[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.truthy(&v)? {
            return Ok(Value::bool(false));
        }
    }
    Ok(Value::bool(true))
}

pub(super) fn builtin_sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
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
    let mut items = vm.collect_iterable_hinted(&args.pos[0])?;
    crate::objects::sort::sort_items(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}
