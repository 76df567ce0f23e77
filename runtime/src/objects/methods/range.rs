//! Methods of `range` and `slice`: `slice.indices`, `range.index`/`count`, and their
//! reductions (`__reduce__`).

use super::{add_methods, receiver, wrong_receiver};
use crate::objects::{int, types, PyErr, Value};

pub fn register() {
    let t = types();
    add_methods(
        &t.slice,
        &[("indices", |vm, a| {
            let Value::Slice(s) = receiver(&a) else {
                return Err(wrong_receiver("indices", "slice", &receiver(&a)));
            };
            let len = vm.index_value(&super::method_args::one_arg(&a, "slice", "indices")?)?;
            let len = int::to_bigint(&len).unwrap_or_default();
            if len.sign() == num_bigint::Sign::Minus {
                return Err(PyErr::value_error("length should not be negative"));
            }
            // Exact for any sizes, as CPython computes it (no clamping to sys.maxsize).
            let (start, stop, step) = vm.big_slice_range(&s, &len)?;
            Ok(Value::tuple(vec![
                int::normalize(start),
                int::normalize(stop),
                int::normalize(step),
            ]))
        })],
    );
    // `(type, (start, stop, step))`.
    add_methods(
        &t.slice,
        &[("__reduce__", |_, a| match receiver(&a) {
            Value::Slice(s) => {
                super::method_args::no_args(&a, "slice", "__reduce__")?;
                Ok(Value::tuple(vec![
                    Value::Type(types().slice.clone()),
                    Value::tuple(vec![s.start.clone(), s.stop.clone(), s.step.clone()]),
                ]))
            }
            other => Err(wrong_receiver("__reduce__", "slice", &other)),
        })],
    );
    add_methods(
        &t.range,
        &[
            // It parses a plain argument tuple and ignores it, but refuses keywords.
            ("__reduce__", |_, a| match receiver(&a) {
                Value::Range(r) => {
                    super::method_args::varargs(&a, "range", "__reduce__", 0, usize::MAX)?;
                    let (start, stop, step) = r.bounds();
                    Ok(Value::tuple(vec![
                        Value::Type(types().range.clone()),
                        Value::tuple(vec![
                            int::normalize(start),
                            int::normalize(stop),
                            int::normalize(step),
                        ]),
                    ]))
                }
                other => Err(wrong_receiver("__reduce__", "range", &other)),
            }),
            ("index", |vm, a| {
                let Value::Range(r) = receiver(&a) else {
                    return Err(wrong_receiver("index", "range", &receiver(&a)));
                };
                let x = super::method_args::one_arg(&a, "range", "index")?;
                if let Some(b) = big_int_arg(&r, &x) {
                    if r.big_contains(&b) {
                        let (start, _, step) = r.bounds();
                        return Ok(int::normalize((b - start) / step));
                    }
                    let shown = vm.repr(&x)?;
                    return Err(PyErr::value_error(format!("{} is not in range", shown)));
                }
                let small = match &x {
                    Value::Int(i) => Some(*i),
                    Value::Bool(b) => Some(*b as i64),
                    _ => None,
                };
                if let Some(i) = small {
                    if r.contains(i) {
                        return Ok(Value::Int((i - r.start) / r.step));
                    }
                } else {
                    // Not an int: a plain search by ==, which reports as any sequence does.
                    for k in 0..r.len() {
                        if vm.eq(&Value::Int(r.get(k)), &x)? {
                            return Ok(Value::from(k));
                        }
                    }
                    return Err(PyErr::value_error("sequence.index(x): x not in sequence"));
                }
                let shown = vm.repr(&x)?;
                Err(PyErr::value_error(format!("{} is not in range", shown)))
            }),
            ("count", |vm, a| {
                let Value::Range(r) = receiver(&a) else {
                    return Err(wrong_receiver("count", "range", &receiver(&a)));
                };
                let x = super::method_args::one_arg(&a, "range", "count")?;
                if let Some(b) = big_int_arg(&r, &x) {
                    return Ok(Value::Int(r.big_contains(&b) as i64));
                }
                match x {
                    Value::Int(i) => Ok(Value::Int(r.contains(i) as i64)),
                    Value::Bool(b) => Ok(Value::Int(r.contains(b as i64) as i64)),
                    other => {
                        let mut n = 0i64;
                        for k in 0..r.len() {
                            if vm.eq(&Value::Int(r.get(k)), &other)? {
                                n += 1;
                            }
                        }
                        Ok(Value::Int(n))
                    }
                }
            }),
        ],
    );
}

/// The argument as a big integer when the exact path is needed: the range or the value is
/// beyond i64.
fn big_int_arg(r: &crate::objects::PyRange, x: &Value) -> Option<num_bigint::BigInt> {
    match x {
        Value::BigInt(_) => int::to_bigint(x),
        Value::Int(_) | Value::Bool(_) if r.big.is_some() => int::to_bigint(x),
        _ => None,
    }
}
