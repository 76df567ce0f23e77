//! The `gc` module: the program's handle on the cycle collector (`crate::gc`) — run it,
//! switch it off and on, tune its thresholds, and look at the objects it watches.

use std::rc::Rc;

use crate::gc;
use crate::objects::function::Args;
use crate::objects::{PyBuiltin, PyDict, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

use super::params::Params;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    let functions: &[(&'static str, crate::objects::function::NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_count", get_count),
        ("get_stats", get_stats),
        ("get_objects", get_objects),
        ("get_referents", get_referents),
        ("get_referrers", get_referrers),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
    ];
    for (name, f) in functions {
        m.set(name, PyBuiltin::value(name, *f));
    }
    // The collector never finds garbage it cannot free (finalizers run before clearing),
    // so `garbage` stays empty unless the program puts something there.
    m.set("garbage", Value::list(Vec::new()));
    m.set("callbacks", Value::list(Vec::new()));
    for (name, flag) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        m.set(name, Value::Int(flag));
    }
    Ok(())
}

/// `gc.collect(generation=2)`: the number of unreachable objects found.
fn collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = Params {
        func: "collect",
        names: &["generation"],
        required: 0,
        positional: 1,
    }
    .bind(args)?
    .try_into()
    .map_err(|_| PyErr::type_error("collect() takes at most 1 argument"))?;
    let generation = match generation {
        Some(g) => crate::objects::methods::method_args::c_int_arg(vm, &g)?,
        None => 2,
    };
    if !(0..gc::GENERATIONS as i64).contains(&generation) {
        return Err(PyErr::value_error("invalid generation"));
    }
    Ok(Value::Int(vm.collect_generation(generation as usize) as i64))
}

fn enable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.enable", 0, 0)?;
    gc::with_state(|s| s.enabled = true);
    Ok(Value::None)
}

fn disable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.disable", 0, 0)?;
    gc::with_state(|s| s.enabled = false);
    Ok(Value::None)
}

fn isenabled(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.isenabled", 0, 0)?;
    Ok(Value::bool(gc::with_state(|s| s.enabled).unwrap_or(false)))
}

fn get_threshold(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.get_threshold", 0, 0)?;
    let t = gc::with_state(|s| s.thresholds).unwrap_or_default();
    Ok(Value::tuple(
        t.iter().map(|&n| Value::Int(n as i64)).collect(),
    ))
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`; 0 switches the collection
/// of that generation off, as a negative value does in CPython.
fn set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "set_threshold() takes no keyword arguments",
        ));
    }
    match args.pos.len() {
        0 => {
            return Err(PyErr::type_error(
                "set_threshold() takes at least 1 argument (0 given)",
            ))
        }
        n if n > 3 => {
            return Err(PyErr::type_error(format!(
                "set_threshold() takes at most 3 arguments ({n} given)"
            )))
        }
        _ => {}
    }
    let mut values = Vec::new();
    for v in &args.pos {
        let n = crate::modules::params::format_i_int(vm, v)?;
        values.push(n.max(0) as usize);
    }
    gc::with_state(|s| {
        for (slot, v) in s.thresholds.iter_mut().zip(values) {
            *slot = v;
        }
    });
    Ok(Value::None)
}

fn get_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.get_count", 0, 0)?;
    let (a, b, c) = gc::counts();
    Ok(Value::tuple(vec![
        Value::Int(a as i64),
        Value::Int(b as i64),
        Value::Int(c as i64),
    ]))
}

fn get_stats(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.get_stats", 0, 0)?;
    let stats = gc::with_state(|s| s.stats).unwrap_or_default();
    let dicts = stats
        .iter()
        .map(|g| {
            let d = PyDict::new();
            d.set_str("collections", Value::Int(g.collections as i64));
            d.set_str("collected", Value::Int(g.collected as i64));
            d.set_str("uncollectable", Value::Int(0));
            Value::dict(d)
        })
        .collect();
    Ok(Value::list(dicts))
}

/// `gc.get_objects(generation=None)`.
fn get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = Params {
        func: "get_objects",
        names: &["generation"],
        required: 0,
        positional: 1,
    }
    .bind(args)?
    .try_into()
    .map_err(|_| PyErr::type_error("get_objects() takes at most 1 argument"))?;
    let only = match generation {
        None | Some(Value::None) => None,
        Some(g) => {
            if !crate::objects::methods::method_args::is_index(&g) {
                return Err(PyErr::type_error(format!(
                    "argument should be integer or None, not '{}'",
                    g.type_name()
                )));
            }
            let g = vm.index_sized(&g, PyErr::overflow_error)?;
            if g >= gc::GENERATIONS as i64 {
                return Err(PyErr::value_error(format!(
                    "generation parameter must be less than the number of available \
                     generations ({})",
                    gc::GENERATIONS
                )));
            }
            // CPython 3.11 takes a negative generation for "all of them".
            usize::try_from(g).ok()
        }
    };
    Ok(Value::list(gc::live_objects(only)))
}

fn get_referents(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "get_referents() takes no keyword arguments",
        ));
    }
    Ok(Value::list(
        args.pos.iter().flat_map(gc::referents).collect(),
    ))
}

/// The tracked objects that refer to any of the arguments.
fn get_referrers(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error(
            "get_referrers() takes no keyword arguments",
        ));
    }
    let targets: Vec<usize> = args.pos.iter().filter_map(gc::address).collect();
    let referrers = gc::live_objects(None)
        .into_iter()
        .filter(|o| {
            let mut found = false;
            o.trace(&mut |r| found |= gc::address(r).is_some_and(|a| targets.contains(&a)));
            found
        })
        .collect();
    Ok(Value::list(referrers))
}

/// `gc.is_tracked(obj)`, with CPython's answers: atoms are never tracked, and a dict or
/// tuple only while it holds something that could lead back to it.
fn is_tracked(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.is_tracked", 1, 1)?;
    let v = &args.pos[0];
    let tracked = match v {
        Value::Tuple(t) => t.items.iter().any(gc::may_hold_cycles),
        Value::Dict(d) => {
            let mut any = false;
            d.trace(&mut |x| any |= gc::may_hold_cycles(x));
            any
        }
        other => gc::may_hold_cycles(other),
    };
    Ok(Value::bool(tracked))
}

/// `gc.is_finalized(obj)`: has the collector run this object's `__del__`?
fn is_finalized(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.is_finalized", 1, 1)?;
    let done = match &args.pos[0] {
        Value::Instance(i) => i.flags.get() & crate::objects::instance::FINALIZED != 0,
        _ => false,
    };
    Ok(Value::bool(done))
}

fn freeze(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.freeze", 0, 0)?;
    gc::freeze();
    Ok(Value::None)
}

fn unfreeze(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.unfreeze", 0, 0)?;
    gc::unfreeze();
    Ok(Value::None)
}

fn get_freeze_count(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.get_freeze_count", 0, 0)?;
    Ok(Value::Int(gc::freeze_count() as i64))
}

fn get_debug(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.get_debug", 0, 0)?;
    Ok(Value::Int(gc::with_state(|s| s.debug).unwrap_or(0)))
}

fn set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("gc.set_debug", 1, 1)?;
    let flags = crate::objects::methods::method_args::c_int_arg(vm, &args.pos[0])?;
    gc::with_state(|s| s.debug = flags);
    Ok(Value::None)
}
