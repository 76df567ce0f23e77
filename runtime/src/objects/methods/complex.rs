//! The `complex` constructor (strings, `__complex__`, `__float__`/`__index__`, complex
//! arguments combined as `real + imag*1j`) and the methods of `complex`: the arithmetic
//! and comparison dunders, `conjugate`, `__complex__`, `__getnewargs__`, `__format__`.

use super::numbers::wrong_number_receiver;
use super::{add_methods, receiver, MethodResult};
use crate::bytecode::{BinOp, CmpOp};
use crate::modules::builtins_numbers::to_float;
use crate::modules::params::Params;
use crate::objects::complex::{self, ParseError};
use crate::objects::function::{Args, NativeFn};
use crate::objects::OrNone;
use crate::objects::{types, PyErr, PyResult, Value};
use crate::vm::subclass::base_value;
use crate::vm::Vm;

/// The (re, im) of a complex value or of an instance of a complex subclass.
fn complex_parts(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Complex(c) => Some((c.re, c.im)),
        _ => match base_value(v) {
            Some(Value::Complex(c)) => Some((c.re, c.im)),
            _ => None,
        },
    }
}

/// Can `v` take part in complex arithmetic with no Python code (a builtin number)?
fn is_number(v: &Value) -> bool {
    matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) | Value::Complex(..)
    )
}

/// The argument `__complex__` produced, checked as CPython checks it; None when the
/// object has no `__complex__`.
fn call_dunder_complex(vm: &mut Vm, v: &Value) -> PyResult<Option<(f64, f64)>> {
    let ty = v.type_of();
    if ty.builtin {
        return Ok(None);
    }
    let Some(m) = ty.lookup("__complex__") else {
        return Ok(None);
    };
    let r = vm.call_special(&m, vec![v.clone()])?;
    match complex_parts(&r) {
        Some(parts) => {
            if !matches!(r, Value::Complex(..)) {
                vm.warn_strict_subclass_result("__complex__", "complex", &r)?;
            }
            Ok(Some(parts))
        }
        None => Err(PyErr::type_error(format!(
            "__complex__ returned non-complex (type {})",
            r.type_name()
        ))),
    }
}

/// Does `v`'s type convert to float (`__float__` or `__index__`), as complex() requires
/// of a non-complex argument?
fn has_float_conversion(v: &Value) -> bool {
    if matches!(
        v,
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_)
    ) {
        return true;
    }
    let ty = v.type_of();
    !ty.builtin && (ty.lookup("__float__").is_some() || ty.lookup("__index__").is_some())
}

/// `complex(real=0, imag=0)` (`pos[0]` is the class).
pub fn ctor_complex(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    let slots = Params {
        func: "complex",
        names: &["real", "imag"],
        required: 0,
        positional: 2,
    }
    .bind(args)?;
    let (real, imag) = (slots[0].clone(), slots[1].clone());
    let Some(real) = real else {
        return match &imag {
            Some(i) => match imag_part(vm, i)? {
                (im, Some(extra)) => Ok(Value::complex(0.0 - extra, im)),
                (im, None) => Ok(Value::complex(0.0, im)),
            },
            None => Ok(Value::complex(0.0, 0.0)),
        };
    };
    if let Value::Complex(..) = real {
        if imag.is_none() {
            return Ok(real);
        }
    }
    // A str subclass's instance is read as its text, whatever methods its class defines.
    let real = match crate::vm::subclass::base_value(&real) {
        Some(text @ Value::Str(_)) => text,
        _ => real,
    };
    if let Value::Str(s) = &real {
        if imag.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return match complex::parse_complex(s.as_str()) {
            Ok((re, im)) => Ok(Value::complex(re, im)),
            Err(ParseError::Malformed) => {
                Err(PyErr::value_error("complex() arg is a malformed string"))
            }
            Err(ParseError::Underscores) => Err(PyErr::value_error(format!(
                "could not convert string to complex: {}",
                crate::objects::str::repr_str(s.as_str())
            ))),
        };
    }
    if let Some(Value::Str(_)) = imag {
        return Err(PyErr::type_error("complex() second arg can't be a string"));
    }
    let special = call_dunder_complex(vm, &real)?;
    let real_parts = match special.or_else(|| complex_parts(&real)) {
        Some(parts) => Some(parts),
        None if has_float_conversion(&real) => None,
        None => {
            return Err(PyErr::type_error(format!(
                "complex() first argument must be a string or a number, not '{}'",
                real.type_name()
            )))
        }
    };
    let imag_parts = match &imag {
        Some(i) => Some(imag_part(vm, i)?),
        None => None,
    };
    let (mut re, mut im) = match real_parts {
        Some(parts) => parts,
        None => (to_float(vm, &real)?, 0.0),
    };
    if let Some((a, extra)) = imag_parts {
        // real + imag*1j, where either may itself be complex.
        im = if real_parts.is_some() { im + a } else { a };
        if let Some(b) = extra {
            re -= b;
        }
    }
    Ok(Value::complex(re, im))
}

/// The second argument of complex(): its real value, and its imaginary part when it is a
/// complex number itself.
fn imag_part(vm: &mut Vm, v: &Value) -> PyResult<(f64, Option<f64>)> {
    if let Some((re, im)) = complex_parts(v) {
        return Ok((re, Some(im)));
    }
    if !has_float_conversion(v) {
        return Err(PyErr::type_error(format!(
            "complex() second argument must be a number, not '{}'",
            v.type_name()
        )));
    }
    Ok((to_float(vm, v)?, None))
}

/// The receiver of a complex method.
fn this(a: &Args, method: &str) -> PyResult<(f64, f64)> {
    let me = receiver(a);
    complex_parts(&me).ok_or_else(|| wrong_number_receiver(method, "complex", &me))
}

/// The receiver of a complex slot wrapper, its arguments counted.
fn this_slot(a: &Args, method: &str) -> PyResult<(f64, f64)> {
    let me = this(a, method)?;
    super::method_args::number_slot_args(a, method)?;
    Ok(me)
}

/// The receiver of a complex method that takes no arguments.
fn this_alone(a: &Args, method: &str) -> PyResult<(f64, f64)> {
    let me = this(a, method)?;
    super::method_args::no_args(a, "complex", method)?;
    Ok(me)
}

/// `z.__op__(other)` / `z.__rop__(other)`: the operator for builtin numbers,
/// NotImplemented for anything else.
fn binop(vm: &mut Vm, a: &Args, method: &str, op: BinOp, reflected: bool) -> MethodResult {
    let (re, im) = this_slot(a, method)?;
    let other = a.pos.get(1).cloned().or_none();
    let other = base_value(&other).unwrap_or(other);
    if !is_number(&other) {
        return Ok(Value::NotImplemented);
    }
    let me = Value::complex(re, im);
    if reflected {
        vm.binary_op(other, me, op)
    } else {
        vm.binary_op(me, other, op)
    }
}

/// `z.__pow__(other, mod=None)`, `z.__rpow__(other, mod=None)`.
fn power(vm: &mut Vm, a: &Args, method: &str, reflected: bool) -> MethodResult {
    if a.pos.get(2).is_some_and(|m| !m.is_none()) {
        this_slot(a, method)?;
        return Err(PyErr::value_error("complex modulo"));
    }
    binop(vm, a, method, BinOp::Power, reflected)
}

fn compare(a: &Args, method: &str, op: CmpOp) -> MethodResult {
    let (re, im) = this_slot(a, method)?;
    let other = a.pos.get(1).cloned().or_none();
    let other = base_value(&other).unwrap_or(other);
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(Value::NotImplemented);
    }
    Ok(match complex::complex_eq(re, im, &other) {
        Some(eq) => Value::bool(eq == (op == CmpOp::Eq)),
        None => Value::NotImplemented,
    })
}

macro_rules! arith {
    ($( $name:literal, $rname:literal => $op:expr ),* $(,)?) => {
        &[
            $(
                ($name, |vm, a| binop(vm, &a, $name, $op, false)),
                ($rname, |vm, a| binop(vm, &a, $rname, $op, true)),
            )*
        ]
    };
}

pub fn register() {
    let t = &types().complex;
    let ops: &[(&'static str, NativeFn)] = arith!(
        "__add__", "__radd__" => BinOp::Add,
        "__sub__", "__rsub__" => BinOp::Subtract,
        "__mul__", "__rmul__" => BinOp::Multiply,
        "__truediv__", "__rtruediv__" => BinOp::TrueDivide,
    );
    add_methods(t, ops);
    add_methods(
        t,
        &[
            ("__pow__", |vm, a| power(vm, &a, "__pow__", false)),
            ("__rpow__", |vm, a| power(vm, &a, "__rpow__", true)),
            ("__eq__", |_, a| compare(&a, "__eq__", CmpOp::Eq)),
            ("__ne__", |_, a| compare(&a, "__ne__", CmpOp::Ne)),
            ("__lt__", |_, a| compare(&a, "__lt__", CmpOp::Lt)),
            ("__le__", |_, a| compare(&a, "__le__", CmpOp::Le)),
            ("__gt__", |_, a| compare(&a, "__gt__", CmpOp::Gt)),
            ("__ge__", |_, a| compare(&a, "__ge__", CmpOp::Ge)),
            ("__neg__", |_, a| {
                let (re, im) = this_slot(&a, "__neg__")?;
                Ok(Value::complex(-re, -im))
            }),
            ("__pos__", |_, a| {
                let (re, im) = this_slot(&a, "__pos__")?;
                Ok(Value::complex(re, im))
            }),
            ("__abs__", |_, a| {
                let (re, im) = this_slot(&a, "__abs__")?;
                Ok(Value::float(complex::complex_abs(re, im)?))
            }),
            ("__bool__", |_, a| {
                let (re, im) = this_slot(&a, "__bool__")?;
                Ok(Value::bool(re != 0.0 || im != 0.0))
            }),
            ("__hash__", |_, a| {
                let (re, im) = this_slot(&a, "__hash__")?;
                Ok(Value::Int(complex::complex_hash(re, im)))
            }),
            ("__repr__", |_, a| {
                let (re, im) = this_slot(&a, "__repr__")?;
                Ok(Value::string(complex::complex_repr(re, im)))
            }),
            ("__complex__", |_, a| {
                let (re, im) = this_alone(&a, "__complex__")?;
                Ok(Value::complex(re, im))
            }),
            ("__getnewargs__", |_, a| {
                let (re, im) = this_alone(&a, "__getnewargs__")?;
                Ok(Value::tuple(vec![Value::float(re), Value::float(im)]))
            }),
            ("conjugate", |_, a| {
                let (re, im) = this_alone(&a, "conjugate")?;
                Ok(Value::complex(re, -im))
            }),
            ("__format__", |vm, a| {
                let (re, im) = this(&a, "__format__")?;
                let spec = super::method_args::format_spec_arg(&a, "complex")?;
                Ok(Value::string(vm.format(&Value::complex(re, im), &spec)?))
            }),
        ],
    );
    // Fields of CPython's complex struct: member descriptors.
    crate::vm::native_attrs::add(
        t,
        true,
        &[
            (
                "real",
                |_, a| Ok(Value::float(this(&a, "real")?.0)),
                super::numbers::REAL_DOC,
            ),
            (
                "imag",
                |_, a| Ok(Value::float(this(&a, "imag")?.1)),
                super::numbers::IMAG_DOC,
            ),
        ],
    );
}
