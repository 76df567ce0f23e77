//! Methods of `int`, `bool` and `float`.

use num_bigint::BigInt;
use num_traits::Signed;

use super::{add_classmethods, add_methods, receiver, MethodResult};
use crate::bytecode::{BinOp, CmpOp};
use crate::objects::function::Args;
use crate::objects::{float, int, types, PyErr, Value};
use crate::vm::Vm;

fn call_builtin(vm: &mut Vm, name: &str, args: Vec<Value>) -> MethodResult {
    match vm.builtins.get_str(name) {
        Some(f) => vm.call(&f, args),
        None => Err(PyErr::type_error(format!("builtin {} missing", name))),
    }
}

fn int_of(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b as i64),
        o => o,
    }
}

fn is_num(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    )
}

/// `x.__op__(y)` / `x.__rop__(y)` for the builtin numbers: the operator itself when both are
/// builtin numbers, NotImplemented otherwise.
fn num_binop(vm: &mut Vm, a: &Args, op: BinOp, reflected: bool, float_only: bool) -> MethodResult {
    let me = receiver(a);
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let ok_other = if float_only {
        is_num(&other)
    } else {
        matches!(other, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
    };
    if !is_num(&me) || !ok_other {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.binary_op(other, me, op)
    } else {
        vm.binary_op(me, other, op)
    }
}

fn num_cmp(vm: &mut Vm, a: &Args, op: CmpOp) -> MethodResult {
    let me = receiver(a);
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !is_num(&me) || !is_num(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&me, &other, op)
}

fn num_unary(vm: &mut Vm, a: &Args, dunder: &str) -> MethodResult {
    let me = receiver(a);
    if !is_num(&me) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a number",
            dunder
        )));
    }
    vm.unary_op(me, dunder)
}

macro_rules! binops {
    ($float_only:expr; $( $name:literal, $rname:literal => $op:expr ),* $(,)?) => {
        &[
            $(
                ($name, |vm, a| num_binop(vm, &a, $op, false, $float_only) as MethodResult),
                ($rname, |vm, a| num_binop(vm, &a, $op, true, $float_only) as MethodResult),
            )*
        ]
    };
}

fn register_dunders(ty: &crate::objects::PyType, float_only: bool) {
    let arith: &[(&'static str, crate::objects::function::NativeFn)] = if float_only {
        binops!(true;
            "__add__", "__radd__" => BinOp::Add,
            "__sub__", "__rsub__" => BinOp::Subtract,
            "__mul__", "__rmul__" => BinOp::Multiply,
            "__truediv__", "__rtruediv__" => BinOp::TrueDivide,
            "__floordiv__", "__rfloordiv__" => BinOp::FloorDivide,
            "__mod__", "__rmod__" => BinOp::Remainder,
            "__pow__", "__rpow__" => BinOp::Power,
        )
    } else {
        binops!(false;
            "__add__", "__radd__" => BinOp::Add,
            "__sub__", "__rsub__" => BinOp::Subtract,
            "__mul__", "__rmul__" => BinOp::Multiply,
            "__truediv__", "__rtruediv__" => BinOp::TrueDivide,
            "__floordiv__", "__rfloordiv__" => BinOp::FloorDivide,
            "__mod__", "__rmod__" => BinOp::Remainder,
            "__pow__", "__rpow__" => BinOp::Power,
            "__and__", "__rand__" => BinOp::And,
            "__or__", "__ror__" => BinOp::Or,
            "__xor__", "__rxor__" => BinOp::Xor,
            "__lshift__", "__rlshift__" => BinOp::Lshift,
            "__rshift__", "__rrshift__" => BinOp::Rshift,
        )
    };
    add_methods(ty, arith);
    add_methods(
        ty,
        &[
            ("__eq__", |vm, a| num_cmp(vm, &a, CmpOp::Eq)),
            ("__ne__", |vm, a| num_cmp(vm, &a, CmpOp::Ne)),
            ("__lt__", |vm, a| num_cmp(vm, &a, CmpOp::Lt)),
            ("__le__", |vm, a| num_cmp(vm, &a, CmpOp::Le)),
            ("__gt__", |vm, a| num_cmp(vm, &a, CmpOp::Gt)),
            ("__ge__", |vm, a| num_cmp(vm, &a, CmpOp::Ge)),
            ("__neg__", |vm, a| num_unary(vm, &a, "__neg__")),
            ("__pos__", |vm, a| num_unary(vm, &a, "__pos__")),
            ("__abs__", |vm, a| {
                let me = receiver(&a);
                if !is_num(&me) {
                    return Err(PyErr::type_error("descriptor '__abs__' requires a number"));
                }
                call_builtin(vm, "abs", vec![me])
            }),
            ("__divmod__", |vm, a| {
                let me = receiver(&a);
                let other = a.pos.get(1).cloned().unwrap_or(Value::None);
                if !is_num(&me) || !is_num(&other) {
                    return Ok(Value::NotImplemented);
                }
                call_builtin(vm, "divmod", vec![me, other])
            }),
            ("__rdivmod__", |vm, a| {
                let me = receiver(&a);
                let other = a.pos.get(1).cloned().unwrap_or(Value::None);
                if !is_num(&me) || !is_num(&other) {
                    return Ok(Value::NotImplemented);
                }
                call_builtin(vm, "divmod", vec![other, me])
            }),
            ("__round__", |vm, a| {
                let mut args = vec![receiver(&a)];
                args.extend(a.pos.get(1).cloned());
                call_builtin(vm, "round", args)
            }),
            ("__trunc__", |_, a| num_to_int(&receiver(&a), f64::trunc)),
            ("__floor__", |_, a| num_to_int(&receiver(&a), f64::floor)),
            ("__ceil__", |_, a| num_to_int(&receiver(&a), f64::ceil)),
        ],
    );
}

fn num_to_int(v: &Value, f: fn(f64) -> f64) -> MethodResult {
    match v {
        Value::Float(x) => {
            if x.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            int::float_to_bigint(f(*x))
                .map(Value::from_bigint)
                .ok_or_else(|| PyErr::overflow_error("cannot convert float infinity to integer"))
        }
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        other => Ok(other.clone()),
    }
}

pub fn register() {
    let t = types();
    register_dunders(&t.int, false);
    register_dunders(&t.float, true);
    add_methods(
        &t.int,
        &[
            ("bit_length", |_, a| {
                let b = int::to_bigint(&receiver(&a)).unwrap_or_default();
                Ok(Value::from(b.abs().bits() as usize))
            }),
            ("bit_count", |_, a| {
                let b = int::to_bigint(&receiver(&a)).unwrap_or_default();
                let ones: u32 = b
                    .abs()
                    .to_u64_digits()
                    .1
                    .iter()
                    .map(|d| d.count_ones())
                    .sum();
                Ok(Value::Int(ones as i64))
            }),
            ("conjugate", |_, a| Ok(int_of(receiver(&a)))),
            ("as_integer_ratio", |_, a| {
                Ok(Value::tuple(vec![int_of(receiver(&a)), Value::Int(1)]))
            }),
            ("__invert__", |vm, a| num_unary(vm, &a, "__invert__")),
            // A bool's integer value is a plain int (`True.__index__()` is 1).
            ("__index__", |_, a| Ok(int_of(receiver(&a)))),
            ("__int__", |_, a| Ok(int_of(receiver(&a)))),
            ("__float__", |_, a| {
                Ok(Value::Float(int::int_to_f64(&receiver(&a))?))
            }),
            ("is_integer", |_, _| Ok(Value::Bool(true))),
            ("__format__", |vm, a| {
                let spec = match a.pos.get(1) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                Ok(Value::string(vm.format(&receiver(&a), &spec)?))
            }),
            ("to_bytes", super::int_bytes::to_bytes),
        ],
    );
    add_classmethods(&t.int, &[("from_bytes", super::int_bytes::from_bytes)]);
    add_methods(
        &t.float,
        &[
            ("is_integer", |_, a| match receiver(&a) {
                Value::Float(f) => Ok(Value::Bool(f.is_finite() && f.fract() == 0.0)),
                _ => Ok(Value::Bool(false)),
            }),
            ("as_integer_ratio", |_, a| {
                let Value::Float(f) = receiver(&a) else {
                    return Err(PyErr::type_error("float expected"));
                };
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        PyErr::value_error("cannot convert NaN to integer ratio")
                    } else {
                        PyErr::overflow_error("cannot convert Infinity to integer ratio")
                    });
                }
                let (m, e) = int::frexp(f.abs());
                let mut num = int::float_to_bigint(m * 9_007_199_254_740_992.0).unwrap_or_default();
                let mut exp = e - 53;
                let mut den = BigInt::from(1);
                while exp < 0 && (&num % 2u32) == BigInt::from(0) && num != BigInt::from(0) {
                    num /= 2u32;
                    exp += 1;
                }
                if exp >= 0 {
                    num <<= exp as usize;
                } else {
                    den <<= (-exp) as usize;
                }
                if num == BigInt::from(0) {
                    den = BigInt::from(1);
                }
                if f < 0.0 {
                    num = -num;
                }
                Ok(Value::tuple(vec![
                    Value::from_bigint(num),
                    Value::from_bigint(den),
                ]))
            }),
            ("conjugate", |_, a| Ok(receiver(&a))),
            ("__float__", |_, a| Ok(receiver(&a))),
            ("__int__", |_, a| match receiver(&a) {
                Value::Float(f) => int::float_to_bigint(f.trunc())
                    .map(Value::from_bigint)
                    .ok_or_else(|| {
                        PyErr::overflow_error("cannot convert float infinity to integer")
                    }),
                other => Ok(other),
            }),
            ("__repr__", |_, a| match receiver(&a) {
                Value::Float(f) => Ok(Value::string(float::float_repr(f))),
                _ => Ok(Value::str("")),
            }),
            ("__format__", |vm, a| {
                let spec = match a.pos.get(1) {
                    Some(Value::Str(s)) => s.as_str().to_string(),
                    _ => String::new(),
                };
                Ok(Value::string(vm.format(&receiver(&a), &spec)?))
            }),
        ],
    );
    add_methods(
        &t.complex,
        &[("conjugate", |_, a| match receiver(&a) {
            Value::Complex(re, im) => Ok(Value::Complex(re, -im)),
            other => Ok(other),
        })],
    );
}
