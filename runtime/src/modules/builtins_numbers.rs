//! The numeric builtins: `abs`, `round` (correctly rounded on the exact binary value of a
//! float, as CPython's dtoa-based rounding), `divmod`, `pow`, `sum` (CPython 3.11's plain
//! float addition), `bin`/`oct`/`hex`, and the `int` and `float` constructors with their
//! conversion protocols (`__int__`, `__index__`, `__trunc__`, `__float__`).

use crate::objects::OrNone;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive};

use crate::bytecode::BinOp;
use crate::modules::params::Params;
use crate::objects::function::Args;
use crate::objects::{complex, float, int, PyErr, PyResult, Value};
use crate::vm::Vm;

pub fn builtin_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("abs", 1, 1)?;
    let v = &args.pos[0];
    Ok(match v {
        Value::Int(i) => match i.checked_abs() {
            Some(a) => Value::Int(a),
            None => Value::from_bigint(BigInt::from(*i).abs()),
        },
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::from_bigint(b.abs()),
        Value::Float(f) => Value::float(f.get().abs()),
        Value::Complex(c) => Value::float(complex::complex_abs(c.re, c.im)?),
        other => {
            let ty = other.type_of();
            match ty.lookup("__abs__").filter(|_| !ty.builtin) {
                Some(m) => vm.call_special(&m, vec![other.clone()])?,
                None => {
                    return Err(PyErr::type_error(format!(
                        "bad operand type for abs(): '{}'",
                        ty.tp_name()
                    )))
                }
            }
        }
    })
}

/// `round(number, ndigits=None)`.
pub fn builtin_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = Params {
        func: "round",
        names: &["number", "ndigits"],
        required: 1,
        positional: 2,
    }
    .bind(args)?;
    let x = slots[0].clone().or_none();
    let ndigits = slots[1].clone().filter(|v| !v.is_none());
    if matches!(
        x,
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_)
    ) {
        return round_number(vm, &x, ndigits.as_ref());
    }
    let ty = x.type_of();
    match ty.lookup("__round__").filter(|_| !ty.builtin) {
        Some(m) => {
            let mut call_args = vec![x.clone()];
            call_args.extend(ndigits);
            vm.call_special(&m, call_args)
        }
        None => Err(PyErr::type_error(format!(
            "type {} doesn't define __round__ method",
            ty.name()
        ))),
    }
}

/// `round()` of an int or float (`int.__round__`, `float.__round__`).
pub fn round_number(vm: &mut Vm, x: &Value, ndigits: Option<&Value>) -> PyResult<Value> {
    match x {
        Value::Float(f) => match ndigits {
            None => {
                let f = f.get();
                if !f.is_finite() {
                    return Err(if f.is_nan() {
                        PyErr::value_error("cannot convert float NaN to integer")
                    } else {
                        PyErr::overflow_error("cannot convert float infinity to integer")
                    });
                }
                Ok(int::float_to_bigint(f.round_ties_even())
                    .map(Value::from_bigint)
                    .unwrap_or(Value::Int(0)))
            }
            Some(n) => {
                // Out-of-range digit counts are clipped, as CPython's index-sized conversion.
                let n = match vm.index_value(n)? {
                    Value::Int(i) => i,
                    big => {
                        if int::to_bigint(&big).is_some_and(|b| b.is_negative()) {
                            i64::MIN
                        } else {
                            i64::MAX
                        }
                    }
                };
                round_float(f.get(), n).map(Value::float)
            }
        },
        _ => {
            let v = int::to_bigint(x).unwrap_or_default();
            let Some(n) = ndigits else {
                return Ok(Value::from_bigint(v));
            };
            let n = int::to_bigint(&vm.index_value(n)?).unwrap_or_default();
            if !n.is_negative() {
                return Ok(Value::from_bigint(v));
            }
            let k = -n;
            // 10**k beyond twice |v| rounds everything to zero.
            if k > BigInt::from(v.bits() + 1) {
                return Ok(Value::Int(0));
            }
            let p = num_traits::pow(BigInt::from(10), k.to_usize().unwrap_or(0));
            let (q, r) = v.div_mod_floor(&p);
            let twice = &r * 2;
            let q = if twice > p || (twice == p && q.is_odd()) {
                q + 1
            } else {
                q
            };
            Ok(Value::from_bigint(q * p))
        }
    }
}

/// The largest digit count that can change a float, and the smallest that leaves more than
/// zero (CPython's NDIGITS_MAX and NDIGITS_MIN).
const NDIGITS_MAX: i64 = 323;
const NDIGITS_MIN: i64 = -308;

/// `round(f, n)`: the exact binary value of `f` rounded half-even to `n` decimal places,
/// then read back as the nearest float.
pub fn round_float(f: f64, n: i64) -> PyResult<f64> {
    if !f.is_finite() || n > NDIGITS_MAX {
        return Ok(f);
    }
    if n < NDIGITS_MIN {
        return Ok(0.0 * f);
    }
    // |f| = mant * 2**exp exactly.
    let (m, e) = int::frexp(f.abs());
    let mant = BigInt::from((m * 9_007_199_254_740_992.0) as u64);
    let exp = e as i64 - 53;
    let pow2 = |k: i64| BigInt::from(1) << (k.max(0) as usize);
    let pow10 = |k: i64| num_traits::pow(BigInt::from(10), k.max(0) as usize);
    // f * 10**n = num / den.
    let num = mant * pow2(exp) * pow10(n);
    let den = pow2(-exp) * pow10(-n);
    let (q, r) = num.div_mod_floor(&den);
    let twice = &r * 2;
    let q = if twice > den || (twice == den && q.is_odd()) {
        q + 1
    } else {
        q
    };
    let sign = if f.is_sign_negative() { "-" } else { "" };
    let rounded: f64 = format!("{}{}e{}", sign, q, -n)
        .parse()
        .unwrap_or(f64::INFINITY);
    if rounded.is_infinite() {
        return Err(PyErr::overflow_error(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// `divmod(a, b)`.
pub fn builtin_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("divmod", 2, 2)?;
    vm.divmod(&args.pos[0], &args.pos[1])
}

/// `pow(base, exp, mod=None)`.
pub fn builtin_pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let slots = Params {
        func: "pow",
        names: &["base", "exp", "mod"],
        required: 2,
        positional: 3,
    }
    .bind(args)?;
    let [base, exp, modulus] = [0, 1, 2].map(|i| slots[i].clone().or_none());
    vm.power(&base, &exp, &modulus)
}

/// `sum(iterable, /, start=0)`.
pub fn builtin_sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let given = args.pos.len() + args.kw.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            given
        )));
    }
    if args.pos.is_empty() {
        return Err(PyErr::type_error(
            "sum() takes at least 1 positional argument (0 given)",
        ));
    }
    let start_kw = args.take_kw("start");
    if let Some((k, _)) = args.kw.first() {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for sum()",
            k.as_str()
        )));
    }
    if start_kw.is_some() && args.pos.len() > 1 {
        return Err(PyErr::type_error(
            "argument for sum() given by name ('start') and position (2)",
        ));
    }
    let mut acc = args
        .pos
        .get(1)
        .cloned()
        .or(start_kw)
        .unwrap_or(Value::Int(0));
    // The iterable is asked for first; then a text start (of a subclass too) is refused.
    let it = vm.get_iter(&args.pos[0])?;
    let start = crate::vm::subclass::base_value(&acc).unwrap_or_else(|| acc.clone());
    let refused = match start {
        Value::Str(_) => Some("strings [use ''.join(seq) instead]"),
        Value::Bytes(_) => Some("bytes [use b''.join(seq) instead]"),
        Value::ByteArray(_) => Some("bytearray [use b''.join(seq) instead]"),
        _ => None,
    };
    if let Some(what) = refused {
        return Err(PyErr::type_error(format!("sum() can't sum {}", what)));
    }
    while let Some(v) = vm.iter_next(&it)? {
        acc = match (&acc, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::float(a.get() + b.get()),
            _ => vm.binary_op(acc, v, BinOp::Add)?,
        };
    }
    Ok(acc)
}

/// `int(x)` / `int(s, base)`.
pub fn ctor_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut slots = crate::modules::params::Params {
        func: "int",
        names: &["x", "base"],
        required: 0,
        positional: 2,
    }
    .bind_method_posonly(&args, 1)?
    .into_iter();
    let (x, base) = (slots.next().flatten(), slots.next().flatten());
    let Some(x) = x else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    // A complex subclass instance stays itself, so that the error names its class.
    let converted = crate::vm::subclass::converted_base(&x, &["__int__", "__index__", "__trunc__"])
        .filter(|b| !matches!(b, Value::Complex(..)));
    // The refusal names the argument's own class (`collections.OrderedDict`, not `dict`).
    let refused_type = || x.type_of().tp_name();
    let x = converted.as_ref().unwrap_or(&x);
    if let Some(b) = base {
        // CPython clamps a base too large for an index, which is then out of range.
        let b = match vm.index_value(&b)? {
            Value::Int(i) => i,
            _ => i64::MAX,
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        let text = match &x {
            Value::Str(s) => s.as_str().to_string(),
            Value::Bytes(_) | Value::ByteArray(_) => {
                let data = crate::objects::bytes::expect_buffer(&x)?;
                String::from_utf8_lossy(&data).into_owned()
            }
            _ => {
                return Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                ))
            }
        };
        // Any Unicode decimal digit counts, in every base (`int('١٢', 5)`).
        let digits = if text.is_ascii() || !matches!(x, Value::Str(_)) {
            std::borrow::Cow::Borrowed(text.as_str())
        } else {
            std::borrow::Cow::Owned(crate::objects::methods::str::ascii_digits(&text))
        };
        return match int::parse_int(&digits, b as u32) {
            Some(n) => Ok(Value::from_bigint(n)),
            // The message shows the argument's repr (`b'12x'` for bytes).
            None => {
                let shown = match &x {
                    Value::Str(_) => crate::objects::str::repr_str(&text),
                    _ => crate::objects::bytes::repr_bytes(&crate::objects::bytes::expect_buffer(
                        &x,
                    )?),
                };
                Err(PyErr::value_error(format!(
                    "invalid literal for int() with base {b}: {shown}"
                )))
            }
        };
    }
    match &x {
        Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            let f = f.get();
            if f.is_nan() {
                return Err(PyErr::value_error("cannot convert float NaN to integer"));
            }
            int::float_to_bigint(f.trunc())
                .map(Value::from_bigint)
                .ok_or_else(|| PyErr::overflow_error("cannot convert float infinity to integer"))
        }
        Value::Str(s) => {
            let text = s.as_str();
            if text.len() > crate::objects::int_str_limit::max_str_digits()
                && text
                    .trim()
                    .trim_start_matches(['+', '-'])
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '_')
            {
                let digits = text
                    .trim()
                    .trim_start_matches(['+', '-'])
                    .chars()
                    .filter(|c| *c != '_')
                    .count();
                crate::objects::int_str_limit::check_str_to_int(digits)?;
            }
            let converted;
            let text = if text.is_ascii() {
                text
            } else {
                converted = crate::objects::methods::str::ascii_digits(text);
                converted.as_str()
            };
            int::parse_int(text, 10)
                .map(Value::from_bigint)
                .ok_or_else(|| {
                    PyErr::value_error(format!(
                        "invalid literal for int() with base 10: {}",
                        crate::objects::str::repr_str(s.as_str())
                    ))
                })
        }
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
            let data = crate::objects::bytes::expect_buffer(&x)?;
            let text = String::from_utf8_lossy(&data).into_owned();
            match int::parse_int(&text, 10) {
                Some(n) => Ok(Value::from_bigint(n)),
                // Shown as bytes whatever the buffer's type, as CPython copies it to bytes.
                None => Err(PyErr::value_error(format!(
                    "invalid literal for int() with base 10: {}",
                    crate::objects::bytes::repr_bytes(&data)
                ))),
            }
        }
        other => {
            let ty = other.type_of();
            if !ty.builtin {
                if let Some(n) = int_by_protocol(vm, other, &ty)? {
                    return Ok(n);
                }
            }
            Err(PyErr::type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                refused_type()
            )))
        }
    }
}

/// `int(x)` for an object of a class statement: `__int__`, else `__index__`, else the
/// deprecated delegation to `__trunc__`, with CPython's DeprecationWarnings for the
/// delegation and for an int subclass returned where an int was due (the value is then
/// made a plain int). None when the class has none of them.
fn int_by_protocol(vm: &mut Vm, x: &Value, ty: &crate::objects::PyType) -> PyResult<Option<Value>> {
    use crate::vm::numeric::int_subclass_value;
    if let Some(f) = ty.lookup("__int__") {
        let r = vm.call_special(&f, vec![x.clone()])?;
        if let Value::Int(_) | Value::BigInt(_) = r {
            return Ok(Some(r));
        }
        let Some(n) = int_subclass_value(&r) else {
            return Err(PyErr::type_error(format!(
                "__int__ returned non-int (type {})",
                r.type_name()
            )));
        };
        vm.warn_strict_subclass_result("__int__", "int", &r)?;
        return Ok(Some(n));
    }
    if ty.lookup("__index__").is_some() {
        return vm.index_value(x).map(Some);
    }
    let Some(f) = ty.lookup("__trunc__") else {
        return Ok(None);
    };
    vm.warn_deprecated("The delegation of int() to __trunc__ is deprecated.")?;
    let r = vm.call_special(&f, vec![x.clone()])?;
    // `__trunc__` may return any Integral: an int subclass is made a plain int without a
    // warning, anything else goes through `__index__`.
    if let Value::Int(_) | Value::BigInt(_) = r {
        return Ok(Some(r));
    }
    if let Some(n) = int_subclass_value(&r) {
        return Ok(Some(n));
    }
    if !crate::objects::methods::method_args::is_index(&r) {
        return Err(PyErr::type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            r.type_name()
        )));
    }
    vm.index_value(&r).map(Some)
}

pub fn to_float(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    // Only the values float() reads stand in for their subclass's instance: any other
    // refusal names the subclass.
    if let Some(b) =
        crate::vm::subclass::converted_base(x, &["__float__", "__index__"]).filter(|b| {
            matches!(
                b,
                Value::Float(_)
                    | Value::Int(_)
                    | Value::BigInt(_)
                    | Value::Bool(_)
                    | Value::Str(_)
                    | Value::Bytes(_)
                    | Value::ByteArray(_)
                    | Value::MemoryView(_)
            )
        })
    {
        return to_float(vm, &b);
    }
    match x {
        Value::Float(f) => Ok(f.get()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => int::int_to_f64(x),
        Value::Str(s) => float::parse_float(&if s.as_str().is_ascii() {
            s.as_str().to_string()
        } else {
            crate::objects::methods::str::ascii_digits(s.as_str())
        })
        .ok_or_else(|| {
            PyErr::value_error(format!(
                "could not convert string to float: {}",
                crate::objects::str::repr_str(s.as_str())
            ))
        }),
        Value::Bytes(_) | Value::ByteArray(_) | Value::MemoryView(_) => {
            let data = crate::objects::bytes::expect_buffer(x)?;
            let text = String::from_utf8_lossy(&data).into_owned();
            match float::parse_float(&text) {
                Some(f) => Ok(f),
                None => Err(PyErr::value_error(format!(
                    "could not convert string to float: {}",
                    vm.repr(x)?
                ))),
            }
        }
        other => {
            let ty = other.type_of();
            if let Some(f) = ty.lookup("__float__").filter(|_| !ty.builtin) {
                return call_float_method(vm, other, &f);
            }
            if ty.lookup("__index__").is_some() && !ty.builtin {
                let n = vm.index_value(other)?;
                return int::int_to_f64(&n);
            }
            Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                ty.name()
            )))
        }
    }
}

/// Calls `v`'s `__float__` (the method `f` found on its type) and checks the result as
/// CPython's `PyNumber_Float` does: a float, or a float subclass's instance with a
/// DeprecationWarning.
pub fn call_float_method(vm: &mut Vm, v: &Value, f: &Value) -> PyResult<f64> {
    let r = vm.call_special(f, vec![v.clone()])?;
    match r {
        Value::Float(f) => Ok(f.get()),
        _ => match crate::vm::subclass::base_value(&r) {
            Some(Value::Float(f)) => {
                let method = format!("{}.__float__", v.type_of().name());
                vm.warn_strict_subclass_result(&method, "float", &r)?;
                Ok(f.get())
            }
            _ => Err(PyErr::type_error(format!(
                "{}.__float__ returned non-float (type {})",
                v.type_of().name(),
                r.type_name()
            ))),
        },
    }
}

pub fn ctor_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    crate::objects::methods::method_args::constructor_args(&args, "float", 0, 1)?;
    match args.pos.get(1) {
        None => Ok(Value::float(0.0)),
        Some(x) => Ok(Value::float(to_float(vm, x)?)),
    }
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

pub(super) fn builtin_bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "bin", 2, "0b")
}

pub(super) fn builtin_oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "oct", 8, "0o")
}

pub(super) fn builtin_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_str(vm, args, "hex", 16, "0x")
}
