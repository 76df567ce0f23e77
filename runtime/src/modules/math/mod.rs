//! The `math` module: CPython 3.11's functions and constants with its domain and range
//! errors. Floating-point functions are here; the integer ones (`factorial`, `gcd`,
//! `comb`…) in `integer.rs`; the numeric kernels that need care (`gamma`, `lgamma`, exact
//! `fsum`, `hypot`'s accurate norm, `remainder`, `ldexp`, `nextafter`, the C library's
//! `erf`) in `special.rs`.

mod integer;
mod special;

use crate::modules::params::clinic_positional;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::function::{Args, NativeFn};
use crate::objects::{int, PyBuiltin, PyErr, PyModule, PyResult, Value};
use crate::vm::Vm;

pub fn init(_vm: &mut Vm, m: &Rc<PyModule>) -> PyResult<()> {
    m.set("pi", Value::float(std::f64::consts::PI));
    m.set("e", Value::float(std::f64::consts::E));
    m.set("tau", Value::float(std::f64::consts::TAU));
    m.set("inf", Value::float(f64::INFINITY));
    m.set("nan", Value::float(f64::NAN));
    let functions: &[(&'static str, NativeFn)] = &[
        ("ceil", ceil),
        ("floor", floor),
        ("trunc", trunc),
        ("fabs", |vm, a| unary(vm, a, "math.fabs", f64::abs, false)),
        ("sqrt", |vm, a| unary(vm, a, "math.sqrt", f64::sqrt, false)),
        ("cbrt", |vm, a| {
            unary(vm, a, "math.cbrt", special::cbrt, false)
        }),
        ("exp", |vm, a| unary(vm, a, "math.exp", f64::exp, true)),
        ("exp2", |vm, a| unary(vm, a, "math.exp2", f64::exp2, true)),
        ("expm1", |vm, a| {
            unary(vm, a, "math.expm1", f64::exp_m1, true)
        }),
        ("log1p", |vm, a| {
            unary(vm, a, "math.log1p", f64::ln_1p, false)
        }),
        ("sin", |vm, a| unary(vm, a, "math.sin", f64::sin, false)),
        ("cos", |vm, a| unary(vm, a, "math.cos", f64::cos, false)),
        ("tan", |vm, a| unary(vm, a, "math.tan", f64::tan, false)),
        ("asin", |vm, a| unary(vm, a, "math.asin", f64::asin, false)),
        ("acos", |vm, a| unary(vm, a, "math.acos", f64::acos, false)),
        ("atan", |vm, a| unary(vm, a, "math.atan", f64::atan, false)),
        ("sinh", |vm, a| unary(vm, a, "math.sinh", f64::sinh, true)),
        ("cosh", |vm, a| unary(vm, a, "math.cosh", f64::cosh, true)),
        ("tanh", |vm, a| unary(vm, a, "math.tanh", f64::tanh, false)),
        ("asinh", |vm, a| {
            unary(vm, a, "math.asinh", special::asinh, false)
        }),
        ("acosh", |vm, a| {
            unary(vm, a, "math.acosh", special::acosh, false)
        }),
        ("atanh", |vm, a| {
            unary(vm, a, "math.atanh", special::atanh, false)
        }),
        ("erf", |vm, a| unary(vm, a, "math.erf", special::erf, false)),
        ("erfc", |vm, a| {
            unary(vm, a, "math.erfc", special::erfc, false)
        }),
        ("gamma", gamma),
        ("lgamma", lgamma),
        ("degrees", degrees),
        ("radians", radians),
        ("log", log),
        ("log2", |vm, a| log_n(vm, a, "math.log2", f64::log2)),
        ("log10", |vm, a| log_n(vm, a, "math.log10", f64::log10)),
        ("pow", pow),
        ("atan2", atan2),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("modf", modf),
        ("frexp", frexp),
        ("ldexp", ldexp),
        ("isfinite", |vm, a| {
            predicate(vm, a, "math.isfinite", f64::is_finite)
        }),
        ("isinf", |vm, a| {
            predicate(vm, a, "math.isinf", f64::is_infinite)
        }),
        ("isnan", |vm, a| predicate(vm, a, "math.isnan", f64::is_nan)),
        ("isclose", isclose),
        ("nextafter", nextafter),
        ("ulp", ulp),
        ("hypot", hypot),
        ("dist", dist),
        ("fsum", fsum),
        ("prod", integer::prod),
        ("factorial", integer::factorial),
        ("gcd", integer::gcd),
        ("lcm", integer::lcm),
        ("isqrt", integer::isqrt),
        ("comb", integer::comb),
        ("perm", integer::perm),
    ];
    for (name, f) in functions {
        m.set(name, PyBuiltin::value(name, *f));
    }
    Ok(())
}

// ----- errors and conversions -----

fn domain_error() -> PyErr {
    PyErr::value_error("math domain error")
}

fn range_error() -> PyErr {
    PyErr::overflow_error("math range error")
}

/// A real number argument as a float: floats, ints (OverflowError when too large),
/// objects with `__float__` or `__index__`.
pub fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(f.get()),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(_) => int::int_to_f64(v),
        Value::Instance(_) => {
            let ty = v.type_of();
            if let Some(f) = ty.lookup("__float__") {
                return crate::modules::builtins_numbers::call_float_method(vm, v, &f);
            }
            if ty.lookup("__index__").is_some() {
                // `index_value` checks the result (and warns of an int subclass's).
                let n = vm.index_value(v)?;
                return int::int_to_f64(&n);
            }
            Err(not_real(v))
        }
        other => Err(not_real(other)),
    }
}

fn not_real(v: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", v.type_name()))
}

/// An integer argument (via `__index__`), as CPython's `operator.index`.
pub fn index(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    Ok(int::to_bigint(&vm.index_value(v)?).unwrap_or_default())
}

/// The integral value of a float as an int, with CPython's errors for NaN and infinities.
fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    if f.abs() < 9.0e18 {
        return Ok(Value::Int(f as i64));
    }
    Ok(int::float_to_bigint(f).map_or(Value::Int(0), Value::from_bigint))
}

/// The single argument of a one-argument function.
fn one(args: &Args, name: &str) -> PyResult<Value> {
    args.expect(name, 1, 1)?;
    Ok(args.pos[0].clone())
}

/// CPython's `math_1`: a NaN from a non-NaN argument is a domain error; an infinity from a
/// finite argument is a range error when the function can overflow, else a domain error.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow {
            range_error()
        } else {
            domain_error()
        });
    }
    Ok(r)
}

fn unary(
    vm: &mut Vm,
    args: Args,
    name: &str,
    f: fn(f64) -> f64,
    can_overflow: bool,
) -> PyResult<Value> {
    let x = real(vm, &one(&args, name)?)?;
    Ok(Value::float(checked(x, f(x), can_overflow)?))
}

fn predicate(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    let x = real(vm, &one(&args, name)?)?;
    Ok(Value::bool(f(x)))
}

fn two_reals(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(f64, f64)> {
    clinic_positional(args, "math", name, 2, 2)?;
    Ok((real(vm, &args.pos[0])?, real(vm, &args.pos[1])?))
}

// ----- rounding -----

/// `ceil`/`floor`: ints as they are, the special method when the type has one, else the
/// float's.
fn rounding(
    vm: &mut Vm,
    args: Args,
    name: &str,
    special: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    let x = one(&args, name)?;
    match &x {
        Value::Float(v) => return float_to_int(f(v.get())),
        Value::Int(_) | Value::BigInt(_) => return Ok(x),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Instance(_) => {
            if let Some(m) = x.type_of().lookup(special) {
                return vm.call_special(&m, vec![x.clone()]);
            }
        }
        _ => {}
    }
    float_to_int(f(real(vm, &x)?))
}

fn ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "math.ceil", "__ceil__", f64::ceil)
}

fn floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    rounding(vm, args, "math.floor", "__floor__", f64::floor)
}

fn trunc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = one(&args, "math.trunc")?;
    match &x {
        Value::Float(v) => float_to_int(v.get().trunc()),
        Value::Int(_) | Value::BigInt(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        _ => match x.type_of().lookup("__trunc__") {
            Some(m) => vm.call_special(&m, vec![x.clone()]),
            None => Err(PyErr::type_error(format!(
                "type {} doesn't define __trunc__ method",
                x.type_name()
            ))),
        },
    }
}

// ----- gamma, angles -----

fn gamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.gamma")?)?;
    special::gamma(x).map(Value::float)
}

fn lgamma(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.lgamma")?)?;
    special::lgamma(x).map(Value::float)
}

fn degrees(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.degrees")?)?;
    Ok(Value::float(x * (180.0 / std::f64::consts::PI)))
}

fn radians(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.radians")?)?;
    Ok(Value::float(x * (std::f64::consts::PI / 180.0)))
}

// ----- logarithms -----

/// `f(x)` for a float or an int of any size: an int too large for a float is split into
/// a mantissa and a power of two first, as CPython does.
fn log_of(vm: &mut Vm, x: &Value, f: fn(f64) -> f64) -> PyResult<f64> {
    if let Value::BigInt(b) = x {
        if !b.is_positive() {
            return Err(domain_error());
        }
        if b.to_f64().map_or(true, f64::is_infinite) {
            let (m, e) = big_frexp(b);
            return Ok(f(m) + f(2.0) * e as f64);
        }
    }
    if let Value::Int(i) = x {
        if *i <= 0 {
            return Err(domain_error());
        }
    }
    let v = real(vm, x)?;
    checked(v, f(v), false)
}

/// A positive big integer as `m * 2**e` with `m` in [0.5, 1), `m` correctly rounded.
fn big_frexp(b: &BigInt) -> (f64, i64) {
    let bits = b.bits() as i64;
    let shift = (bits - 60).max(0);
    let mut top = b >> (shift as usize);
    // Keep a sticky bit for what was shifted out, so rounding to 53 bits stays exact.
    if shift > 0 && !(b - (&top << (shift as usize))).is_zero() {
        top |= BigInt::from(1);
    }
    let f = top.to_f64().unwrap_or(0.0);
    let (m, e) = int::frexp(f);
    (m, e as i64 + shift)
}

fn log(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("log() takes no keyword arguments"));
    }
    if args.pos.is_empty() || args.pos.len() > 2 {
        return Err(PyErr::type_error("math.log requires 1 to 2 arguments"));
    }
    let num = log_of(vm, &args.pos[0], f64::ln)?;
    let Some(base) = args.pos.get(1) else {
        return Ok(Value::float(num));
    };
    let den = log_of(vm, base, f64::ln)?;
    if den == 0.0 {
        return Err(PyErr::zero_division("float division by zero"));
    }
    Ok(Value::float(num / den))
}

fn log_n(vm: &mut Vm, args: Args, name: &str, f: fn(f64) -> f64) -> PyResult<Value> {
    let x = one(&args, name)?;
    Ok(Value::float(log_of(vm, &x, f)?))
}

// ----- two-argument functions -----

/// `math.pow`: C99's special cases, then domain/range errors as CPython reports them.
fn pow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "pow")?;
    let r = if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if (y > 0.0 && x.abs() > 1.0) || (y < 0.0 && x.abs() < 1.0) {
            f64::INFINITY
        } else {
            0.0
        }
    } else {
        let r = x.powf(y);
        if r.is_nan() {
            return Err(domain_error());
        }
        if r.is_infinite() {
            return Err(if x == 0.0 {
                domain_error()
            } else {
                range_error()
            });
        }
        r
    };
    Ok(Value::float(r))
}

fn atan2(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (y, x) = two_reals(vm, &args, "atan2")?;
    Ok(Value::float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "copysign")?;
    Ok(Value::float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(Value::float(r))
}

fn remainder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "remainder")?;
    let r = special::remainder(x, y);
    checked_pair(x, y, r).map(Value::float)
}

/// A NaN from non-NaN arguments is a domain error.
fn checked_pair(x: f64, y: f64, r: f64) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        Err(domain_error())
    } else {
        Ok(r)
    }
}

fn modf(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.modf")?)?;
    let (frac, whole) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let whole = x.trunc();
        ((x - whole).copysign(x), whole)
    };
    Ok(Value::tuple(vec![Value::float(frac), Value::float(whole)]))
}

fn frexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.frexp")?)?;
    let (m, e) = if x == 0.0 || !x.is_finite() {
        (x, 0)
    } else {
        let (m, e) = int::frexp(x.abs());
        (m.copysign(x), e)
    };
    Ok(Value::tuple(vec![Value::float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_positional(&args, "math", "ldexp", 2, 2)?;
    let x = real(vm, &args.pos[0])?;
    let e = match &args.pos[1] {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => index(vm, &args.pos[1])?,
        Value::Instance(_) if args.pos[1].type_of().lookup("__index__").is_some() => {
            index(vm, &args.pos[1])?
        }
        _ => {
            return Err(PyErr::type_error(
                "Expected an int as second argument to ldexp.",
            ))
        }
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::float(x));
    }
    // Exponents beyond any float's range just saturate.
    let e = e
        .to_i64()
        .unwrap_or(if e.is_negative() { -100_000 } else { 100_000 });
    let r = special::ldexp(x, e.clamp(-100_000, 100_000) as i32);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(Value::float(r))
}

fn isclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = crate::modules::params::Params {
        func: "isclose",
        names: &["a", "b", "rel_tol", "abs_tol"],
        required: 2,
        positional: 2,
    }
    .bind(args)?;
    let x = real(vm, a[0].as_ref().unwrap_or(&Value::None))?;
    let y = real(vm, a[1].as_ref().unwrap_or(&Value::None))?;
    let rel_tol = match &a[2] {
        Some(v) => real(vm, v)?,
        None => 1e-9,
    };
    let abs_tol = match &a[3] {
        Some(v) => real(vm, v)?,
        None => 0.0,
    };
    if rel_tol < 0.0 || abs_tol < 0.0 {
        return Err(PyErr::value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(Value::bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::bool(false));
    }
    let diff = (y - x).abs();
    Ok(Value::bool(
        diff <= (rel_tol * y).abs() || diff <= (rel_tol * x).abs() || diff <= abs_tol,
    ))
}

fn nextafter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (x, y) = two_reals(vm, &args, "nextafter")?;
    Ok(Value::float(special::nextafter(x, y)))
}

fn ulp(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let x = real(vm, &one(&args, "math.ulp")?)?;
    if !x.is_finite() {
        return Ok(Value::float(x.abs()));
    }
    let x = x.abs();
    let up = special::nextafter(x, f64::INFINITY);
    if up.is_infinite() {
        return Ok(Value::float(x - special::nextafter(x, f64::NEG_INFINITY)));
    }
    Ok(Value::float(up - x))
}

// ----- norms and sums -----

fn hypot(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if !args.kw.is_empty() {
        return Err(PyErr::type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        coords.push(real(vm, v)?.abs());
    }
    Ok(Value::float(special::vector_norm(&mut coords)))
}

fn dist(vm: &mut Vm, args: Args) -> PyResult<Value> {
    clinic_positional(&args, "math", "dist", 2, 2)?;
    let p = vm.collect_iterable(&args.pos[0])?;
    let q = vm.collect_iterable(&args.pos[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        diffs.push((real(vm, a)? - real(vm, b)?).abs());
    }
    Ok(Value::float(special::vector_norm(&mut diffs)))
}

fn fsum(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = one(&args, "math.fsum")?;
    let it = vm.get_iter(&items)?;
    let mut sum = special::ExactSum::default();
    while let Some(v) = vm.iter_next(&it)? {
        let x = real(vm, &v)?;
        sum.add(x)?;
    }
    sum.result().map(Value::float)
}
