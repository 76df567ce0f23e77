//! Methods of `int`, `bool` and `float`.

use crate::objects::OrNone;
use num_bigint::BigInt;
use num_traits::Signed;

use std::rc::Rc;

use super::{add_classmethods, add_methods, method_args, receiver, MethodResult};
use crate::bytecode::{BinOp, CmpOp};
use crate::modules::builtins_numbers::{builtin_abs, round_number};
use crate::objects::function::{Args, NativeFn};
use crate::objects::{float, float_hex, int, types, PyErr, Value};
use crate::vm::subclass::base_value;
use crate::vm::{native_attrs, Vm};

/// The docstrings of the numbers' `real` and `imag` attributes.
pub const REAL_DOC: Option<&str> = Some("the real part of a complex number");
pub const IMAG_DOC: Option<&str> = Some("the imaginary part of a complex number");

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

/// The error for a number method called on a receiver of another type. Methods behind
/// a type slot (`__add__`, `__neg__`…) say "descriptor '__add__' requires a 'float'
/// object but received a 'int'"; the others (`__round__`, `conjugate`…) say it as every
/// method does.
pub(super) fn wrong_number_receiver(method: &str, ty: &str, got: &Value) -> PyErr {
    let plain_method = !method.starts_with("__")
        || matches!(
            method,
            "__round__"
                | "__trunc__"
                | "__floor__"
                | "__ceil__"
                | "__getnewargs__"
                | "__format__"
                | "__complex__"
                | "__sizeof__"
        );
    if plain_method {
        return super::wrong_receiver(method, ty, got);
    }
    PyErr::type_error(format!(
        "descriptor '{}' requires a '{}' object but received a '{}'",
        method,
        ty,
        got.type_name()
    ))
}

/// The receiver of a special method of `float` (FLOAT) or `int`.
fn this<const FLOAT: bool>(a: &Args, method: &str) -> MethodResult {
    let me = receiver(a);
    let ok = if FLOAT {
        matches!(me, Value::Float(_))
    } else {
        int::is_int(&me)
    };
    if ok {
        Ok(me)
    } else {
        Err(wrong_number_receiver(
            method,
            if FLOAT { "float" } else { "int" },
            &me,
        ))
    }
}

/// The receiver of a method of `float` (FLOAT) or `int` that takes no arguments:
/// "int.bit_length() takes no arguments (1 given)". Named by the defining type, as CPython
/// words a direct call (`True.bit_length(1)`); through a bound-method object it names the
/// receiver's type instead (`vm/method_call_errors.rs` rewords it there).
fn this_alone<const FLOAT: bool>(a: &Args, method: &str) -> MethodResult {
    let me = this::<FLOAT>(a, method)?;
    method_args::no_args(a, if FLOAT { "float" } else { "int" }, method)?;
    Ok(me)
}

/// The receiver of a slot wrapper of `float` (FLOAT) or `int`, its arguments counted.
fn this_slot<const FLOAT: bool>(a: &Args, method: &str) -> MethodResult {
    let me = this::<FLOAT>(a, method)?;
    method_args::number_slot_args(a, method)?;
    Ok(me)
}

/// Does the other operand of an int method (ints only) or a float method (ints and
/// floats) take part natively?
fn accepts<const FLOAT: bool>(other: &Value) -> bool {
    if FLOAT {
        is_num(other)
    } else {
        int::is_int(other)
    }
}

/// `x.__op__(y)` / `x.__rop__(y)` for the builtin numbers: the operator itself when both are
/// builtin numbers, NotImplemented otherwise.
fn num_binop<const FLOAT: bool>(
    vm: &mut Vm,
    a: &Args,
    method: &str,
    op: BinOp,
    reflected: bool,
) -> MethodResult {
    let me = this_slot::<FLOAT>(a, method)?;
    let other = a.pos.get(1).cloned().or_none();
    if !accepts::<FLOAT>(&other) {
        return Ok(Value::NotImplemented);
    }
    // `int.__pow__(x, y, m)`: the three-argument power.
    if op == BinOp::Power {
        if let Some(m) = a.pos.get(2).filter(|m| !m.is_none()) {
            // A float power refuses any modulus; an int one leaves a foreign one to others.
            if !FLOAT && !accepts::<FLOAT>(m) {
                return Ok(Value::NotImplemented);
            }
            return if reflected {
                vm.power(&other, &me, m)
            } else {
                vm.power(&me, &other, m)
            };
        }
    }
    if reflected {
        vm.binary_op(other, me, op)
    } else {
        vm.binary_op(me, other, op)
    }
}

fn num_cmp<const FLOAT: bool>(vm: &mut Vm, a: &Args, method: &str, op: CmpOp) -> MethodResult {
    let me = this_slot::<FLOAT>(a, method)?;
    let other = a.pos.get(1).cloned().or_none();
    if !accepts::<FLOAT>(&other) {
        return Ok(Value::NotImplemented);
    }
    vm.compare(&me, &other, op)
}

fn num_unary<const FLOAT: bool>(vm: &mut Vm, a: &Args, dunder: &str) -> MethodResult {
    let me = this_slot::<FLOAT>(a, dunder)?;
    vm.unary_op(me, dunder)
}

fn num_divmod<const FLOAT: bool>(
    vm: &mut Vm,
    a: &Args,
    method: &str,
    reflected: bool,
) -> MethodResult {
    let me = this_slot::<FLOAT>(a, method)?;
    let other = a.pos.get(1).cloned().or_none();
    if !accepts::<FLOAT>(&other) {
        return Ok(Value::NotImplemented);
    }
    if reflected {
        vm.divmod(&other, &me)
    } else {
        vm.divmod(&me, &other)
    }
}

macro_rules! binops {
    ($( $name:literal, $rname:literal => $op:expr ),* $(,)?) => {
        &[
            $(
                ($name, |vm, a| num_binop::<FLOAT>(vm, &a, $name, $op, false)),
                ($rname, |vm, a| num_binop::<FLOAT>(vm, &a, $rname, $op, true)),
            )*
        ]
    };
}

/// The special methods `int` (FLOAT false, with the bitwise ones) and `float` share.
fn register_dunders<const FLOAT: bool>(ty: &crate::objects::PyType) {
    let arith: &[(&'static str, NativeFn)] = binops!(
        "__add__", "__radd__" => BinOp::Add,
        "__sub__", "__rsub__" => BinOp::Subtract,
        "__mul__", "__rmul__" => BinOp::Multiply,
        "__truediv__", "__rtruediv__" => BinOp::TrueDivide,
        "__floordiv__", "__rfloordiv__" => BinOp::FloorDivide,
        "__mod__", "__rmod__" => BinOp::Remainder,
        "__pow__", "__rpow__" => BinOp::Power,
    );
    add_methods(ty, arith);
    if !FLOAT {
        let bitwise: &[(&'static str, NativeFn)] = binops!(
            "__and__", "__rand__" => BinOp::And,
            "__or__", "__ror__" => BinOp::Or,
            "__xor__", "__rxor__" => BinOp::Xor,
            "__lshift__", "__rlshift__" => BinOp::Lshift,
            "__rshift__", "__rrshift__" => BinOp::Rshift,
        );
        add_methods(ty, bitwise);
    }
    add_methods(
        ty,
        &[
            ("__divmod__", |vm, a| {
                num_divmod::<FLOAT>(vm, &a, "__divmod__", false)
            }),
            ("__rdivmod__", |vm, a| {
                num_divmod::<FLOAT>(vm, &a, "__rdivmod__", true)
            }),
            ("__eq__", |vm, a| {
                num_cmp::<FLOAT>(vm, &a, "__eq__", CmpOp::Eq)
            }),
            ("__ne__", |vm, a| {
                num_cmp::<FLOAT>(vm, &a, "__ne__", CmpOp::Ne)
            }),
            ("__lt__", |vm, a| {
                num_cmp::<FLOAT>(vm, &a, "__lt__", CmpOp::Lt)
            }),
            ("__le__", |vm, a| {
                num_cmp::<FLOAT>(vm, &a, "__le__", CmpOp::Le)
            }),
            ("__gt__", |vm, a| {
                num_cmp::<FLOAT>(vm, &a, "__gt__", CmpOp::Gt)
            }),
            ("__ge__", |vm, a| {
                num_cmp::<FLOAT>(vm, &a, "__ge__", CmpOp::Ge)
            }),
            ("__neg__", |vm, a| num_unary::<FLOAT>(vm, &a, "__neg__")),
            ("__pos__", |vm, a| num_unary::<FLOAT>(vm, &a, "__pos__")),
            ("__abs__", |vm, a| {
                let me = this_slot::<FLOAT>(&a, "__abs__")?;
                builtin_abs(vm, Args::new(vec![me]))
            }),
            ("__round__", |vm, a| {
                let me = this::<FLOAT>(&a, "__round__")?;
                let ty = if FLOAT { "float" } else { "int" };
                method_args::positional(&a, ty, "__round__", 0, 1)?;
                // `int.__round__` reads an explicit None as an index (and fails);
                // `float.__round__` and the builtin `round` take it as absent.
                let ndigits = a.pos.get(1).filter(|v| !FLOAT || !v.is_none());
                round_number(vm, &me, ndigits)
            }),
            ("__bool__", |vm, a| {
                let me = this_slot::<FLOAT>(&a, "__bool__")?;
                Ok(Value::bool(vm.truthy(&me)?))
            }),
            ("__getnewargs__", |_, a| {
                let me = this_alone::<FLOAT>(&a, "__getnewargs__")?;
                Ok(Value::tuple(vec![int_of(me)]))
            }),
            ("__trunc__", |_, a| {
                num_to_int(&this_alone::<FLOAT>(&a, "__trunc__")?, f64::trunc)
            }),
            ("__floor__", |_, a| {
                num_to_int(&this_alone::<FLOAT>(&a, "__floor__")?, f64::floor)
            }),
            ("__ceil__", |_, a| {
                num_to_int(&this_alone::<FLOAT>(&a, "__ceil__")?, f64::ceil)
            }),
        ],
    );
}

fn num_to_int(v: &Value, f: fn(f64) -> f64) -> MethodResult {
    match v {
        Value::Float(x) => {
            let x = x.get();
            if x.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            int::float_to_bigint(f(x))
                .map(Value::from_bigint)
                .ok_or_else(|| PyErr::overflow_error("cannot convert float infinity to integer"))
        }
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        other => Ok(other.clone()),
    }
}

pub fn register() {
    let t = types();
    register_dunders::<false>(&t.int);
    register_dunders::<true>(&t.float);
    add_methods(
        &t.int,
        &[
            ("bit_length", |_, a| {
                let b = int::to_bigint(&this_alone::<false>(&a, "bit_length")?).unwrap_or_default();
                Ok(Value::from(b.abs().bits() as usize))
            }),
            ("bit_count", |_, a| {
                let b = int::to_bigint(&this_alone::<false>(&a, "bit_count")?).unwrap_or_default();
                let ones: u32 = b
                    .abs()
                    .to_u64_digits()
                    .1
                    .iter()
                    .map(|d| d.count_ones())
                    .sum();
                Ok(Value::Int(ones as i64))
            }),
            ("conjugate", |_, a| {
                Ok(int_of(this_alone::<false>(&a, "conjugate")?))
            }),
            ("as_integer_ratio", |_, a| {
                let me = this_alone::<false>(&a, "as_integer_ratio")?;
                Ok(Value::tuple(vec![int_of(me), Value::Int(1)]))
            }),
            ("__invert__", |vm, a| {
                num_unary::<false>(vm, &a, "__invert__")
            }),
            // A bool's integer value is a plain int (`True.__index__()` is 1).
            ("__index__", |_, a| {
                Ok(int_of(this_slot::<false>(&a, "__index__")?))
            }),
            ("__int__", |_, a| {
                Ok(int_of(this_slot::<false>(&a, "__int__")?))
            }),
            ("__float__", |_, a| {
                Ok(Value::float(int::int_to_f64(&this_slot::<false>(
                    &a,
                    "__float__",
                )?)?))
            }),
            ("__format__", |vm, a| {
                let me = this::<false>(&a, "__format__")?;
                let spec = method_args::format_spec_arg(&a, "int")?;
                Ok(Value::string(vm.format(&me, &spec)?))
            }),
            ("to_bytes", super::int_bytes::to_bytes),
        ],
    );
    add_classmethods(&t.int, &[("from_bytes", super::int_bytes::from_bytes)]);
    add_methods(
        &t.float,
        &[
            ("is_integer", |_, a| {
                match this_alone::<true>(&a, "is_integer")? {
                    Value::Float(f) => {
                        Ok(Value::bool(f.get().is_finite() && f.get().fract() == 0.0))
                    }
                    _ => Ok(Value::bool(false)),
                }
            }),
            ("as_integer_ratio", |_, a| {
                let Value::Float(f) = this_alone::<true>(&a, "as_integer_ratio")? else {
                    return Err(PyErr::type_error("float expected"));
                };
                let f = f.get();
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
            ("conjugate", |_, a| this_alone::<true>(&a, "conjugate")),
            ("hex", |_, a| match this_alone::<true>(&a, "hex")? {
                Value::Float(f) => Ok(Value::string(float_hex::float_to_hex(f.get()))),
                other => Err(super::wrong_receiver("hex", "float", &other)),
            }),
            ("__float__", |_, a| this_slot::<true>(&a, "__float__")),
            ("__int__", |_, a| match this_slot::<true>(&a, "__int__")? {
                Value::Float(f) => int::float_to_bigint(f.get().trunc())
                    .map(Value::from_bigint)
                    .ok_or_else(|| {
                        PyErr::overflow_error("cannot convert float infinity to integer")
                    }),
                other => Ok(other),
            }),
            ("__repr__", |_, a| match receiver(&a) {
                Value::Float(f) => {
                    method_args::slot_wrapper(&a, "__repr__", 0)?;
                    Ok(Value::string(float::float_repr(f.get())))
                }
                _ => Ok(Value::str("")),
            }),
            ("__format__", |vm, a| {
                let me = this::<true>(&a, "__format__")?;
                let spec = method_args::format_spec_arg(&a, "float")?;
                Ok(Value::string(vm.format(&me, &spec)?))
            }),
        ],
    );
    add_classmethods(
        &t.float,
        &[("__getformat__", |_, a| {
            match method_args::one_arg(&a, "float", "__getformat__")? {
                Value::Str(s) if matches!(s.as_str(), "double" | "float") => {
                    Ok(Value::str("IEEE, little-endian"))
                }
                Value::Str(_) => Err(PyErr::value_error(
                    "__getformat__() argument 1 must be 'double' or 'float'",
                )),
                other => Err(PyErr::type_error(format!(
                    "__getformat__() argument must be str, not {}",
                    other.type_name()
                ))),
            }
        })],
    );
    add_classmethods(
        &t.float,
        &[("fromhex", |vm, a| {
            let text = super::method_args::one_arg(&a, "float", "fromhex")?;
            let Value::Str(text) = &text else {
                return Err(PyErr::type_error(
                    "bad argument type for built-in operation",
                ));
            };
            let value = Value::float(float_hex::float_from_hex(text.as_str())?);
            // A subclass gets an instance of itself, made from the float.
            match &a.pos[0] {
                Value::Type(cls) if !Rc::ptr_eq(cls, &types().float) => {
                    vm.call(&a.pos[0], vec![value])
                }
                _ => Ok(value),
            }
        })],
    );
    native_attrs::add(
        &t.int,
        false,
        &[
            ("real", |_, a| Ok(int_value(&a)), REAL_DOC),
            ("imag", |_, _| Ok(Value::Int(0)), IMAG_DOC),
            (
                "numerator",
                |_, a| Ok(int_value(&a)),
                Some("the numerator of a rational number in lowest terms"),
            ),
            (
                "denominator",
                |_, _| Ok(Value::Int(1)),
                Some("the denominator of a rational number in lowest terms"),
            ),
        ],
    );
    native_attrs::add(
        &t.float,
        false,
        &[
            (
                "real",
                |_, a| {
                    let me = receiver(&a);
                    Ok(base_value(&me).unwrap_or(me))
                },
                REAL_DOC,
            ),
            ("imag", |_, _| Ok(Value::float(0.0)), IMAG_DOC),
        ],
    );
}

/// The int value of an int method's receiver (a bool's is a plain int).
fn int_value(a: &Args) -> Value {
    let me = receiver(a);
    int_of(base_value(&me).unwrap_or(me))
}
