//! `int` arithmetic: an inline `i64` fast path that overflows into `num_bigint::BigInt`, and
//! results that come back inline whenever they fit. Also the numeric hash (shared with float
//! so that `hash(1) == hash(1.0) == hash(True)`) and mixed int/float equality.

use std::rc::Rc;

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{PyErr, PyResult, Value};

/// The modulus of CPython's numeric hash: 2**61 - 1.
pub const HASH_MODULUS: i64 = (1 << 61) - 1;
pub const HASH_INF: i64 = 314_159;

/// A BigInt result as a Value: inline when it fits in i64.
pub fn normalize(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::BigInt(Rc::new(b)),
    }
}

/// The integer value of an int or bool as a BigInt.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

/// Is this value an int (including bool)?
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % HASH_MODULUS as u64) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(b: &BigInt) -> i64 {
    let m = (b.abs() % BigInt::from(HASH_MODULUS)).to_i64().unwrap_or(0);
    let h = if b.is_negative() { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's hash of a float: equal to the hash of the int or fraction it equals.
pub fn hash_f64(x: f64) -> i64 {
    if x.is_nan() {
        return 0;
    }
    if x.is_infinite() {
        return if x > 0.0 { HASH_INF } else { -HASH_INF };
    }
    if x.fract() == 0.0 && x.abs() < 9.2e18 {
        return hash_i64(x as i64);
    }
    let p = HASH_MODULUS as u64;
    let (mut m, mut e) = frexp(x.abs());
    let mut h: u64 = 0;
    while m != 0.0 {
        h = ((h << 28) & p) | (h >> (61 - 28));
        m *= 268_435_456.0; // 2**28
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        h += y;
        if h >= p {
            h -= p;
        }
    }
    let e = if e >= 0 { e % 61 } else { 60 - ((-1 - e) % 61) };
    h = ((h << e) & p) | (h >> (61 - e));
    let mut r = h as i64;
    if x < 0.0 {
        r = -r;
    }
    if r == -1 {
        -2
    } else {
        r
    }
}

/// Splits x (finite, non-negative) into mantissa in [0.5, 1) and exponent: x = m * 2**e.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 {
        return (0.0, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(x * 2f64.powi(54));
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

/// Equality between ints, bools, floats and complex numbers without Python code; None for
/// other types.
pub fn numeric_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (Complex(c), other) | (other, Complex(c)) => {
            return super::complex::complex_eq(c.re, c.im, other)
        }
        (Int(x), Int(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Bool(y)) | (Bool(y), Int(x)) => *x == *y as i64,
        (Float(x), Float(y)) => x.get() == y.get(),
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            int_float_cmp(&num_bigint::BigInt::from(*x), y.get()) == Some(std::cmp::Ordering::Equal)
        }
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (x.get() as i64 as f64) == y.get(),
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(_), Int(_) | Bool(_)) | (Int(_) | Bool(_), BigInt(_)) => false,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            int_float_cmp(x, y.get()) == Some(std::cmp::Ordering::Equal)
        }
        _ => return Option::None,
    })
}

/// Exact comparison of an int with a float (no rounding of the int); None if the float is NaN.
pub fn int_float_cmp(i: &BigInt, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fi = float_to_bigint(fl)?;
    match i.cmp(&fi) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// The exact integer value of an integral finite float.
pub fn float_to_bigint(f: f64) -> Option<BigInt> {
    if !f.is_finite() {
        return None;
    }
    if f.abs() < 9.0e18 {
        return Some(BigInt::from(f as i64));
    }
    let (m, e) = frexp(f.abs());
    // m * 2**53 is an exact integer; shift by the remaining exponent.
    let mant = (m * 9_007_199_254_740_992.0) as u64;
    let mut b = BigInt::from(mant);
    let shift = e - 53;
    if shift >= 0 {
        b <<= shift as usize;
    } else {
        b >>= (-shift) as usize;
    }
    Some(if f < 0.0 { -b } else { b })
}

/// int → float, with CPython's OverflowError for ints too large.
pub fn int_to_f64(v: &Value) -> PyResult<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => {
            let f = b.to_f64().unwrap_or(f64::INFINITY);
            if f.is_infinite() {
                Err(PyErr::overflow_error("int too large to convert to float"))
            } else {
                Ok(f)
            }
        }
        _ => Err(PyErr::type_error("expected an int")),
    }
}

fn big(v: &Value) -> BigInt {
    to_bigint(v).unwrap_or_default()
}

/// Integer `a // b` with Python's flooring; ZeroDivisionError for b == 0.
pub fn floordiv(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return Err(PyErr::zero_division("integer division or modulo by zero"));
        }
        if let Some(q) = x.checked_div(*y) {
            let q = if (x % y != 0) && ((*x < 0) != (*y < 0)) {
                q - 1
            } else {
                q
            };
            return Ok(Value::Int(q));
        }
    }
    let (x, y) = (big(a), big(b));
    if y.is_zero() {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    Ok(normalize(x.div_floor(&y)))
}

/// Integer `a % b` with the sign of b.
pub fn modulo(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return Err(PyErr::zero_division("integer modulo by zero"));
        }
        if let Some(r) = x.checked_rem(*y) {
            let r = if r != 0 && ((r < 0) != (*y < 0)) {
                r + y
            } else {
                r
            };
            return Ok(Value::Int(r));
        }
    }
    let (x, y) = (big(a), big(b));
    if y.is_zero() {
        return Err(PyErr::zero_division("integer modulo by zero"));
    }
    Ok(normalize(x.mod_floor(&y)))
}

/// Integer true division `a / b` as a float, correctly rounded for big operands.
pub fn truediv(a: &Value, b: &Value) -> PyResult<Value> {
    if let (Value::Int(x), Value::Int(y)) = (a, b) {
        if *y == 0 {
            return Err(PyErr::zero_division("division by zero"));
        }
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::float(*x as f64 / *y as f64));
        }
    }
    let (x, y) = (big(a), big(b));
    if y.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    match (x.to_f64(), y.to_f64()) {
        (Some(fx), Some(fy))
            if fx.is_finite() && fy.is_finite() && fx.abs() < 9e15 && fy.abs() < 9e15 =>
        {
            Ok(Value::float(fx / fy))
        }
        _ => {
            let neg = (x.sign() == Sign::Minus) != (y.sign() == Sign::Minus);
            let Some(f) = ratio_to_f64(x.magnitude(), y.magnitude()) else {
                return Err(PyErr::overflow_error(
                    "integer division result too large for a float",
                ));
            };
            Ok(Value::float(if neg { -f } else { f }))
        }
    }
}

/// `x / y` (y nonzero) correctly rounded to the nearest float, ties to even, as CPython's
/// int division is, subnormal results included; None when it overflows.
fn ratio_to_f64(x: &num_bigint::BigUint, y: &num_bigint::BigUint) -> Option<f64> {
    if x.is_zero() {
        return Some(0.0);
    }
    // A quotient of 55 or 56 bits: 53 kept, a guard bit, and the remainder as sticky bit.
    let shift = 55 - (x.bits() as i64 - y.bits() as i64);
    let (q, r) = if shift >= 0 {
        (x << shift as usize).div_rem(y)
    } else {
        x.div_rem(&(y << (-shift) as usize))
    };
    let sticky = !r.is_zero();
    let q = q.to_u64()?;
    let q_bits = 64 - q.leading_zeros() as i64;
    // The result is in [2^e, 2^(e+1)).
    let e = q_bits - 1 - shift;
    if e > 1023 {
        return None;
    }
    // Bits of precision the result has there: fewer below the normal range.
    let precision = if e >= -1022 { 53 } else { e + 1075 };
    if precision < 0 {
        return Some(0.0);
    }
    let dropped = (q_bits - precision) as u32;
    let mut m = q >> dropped;
    let rest = q & ((1u64 << dropped) - 1);
    let half = 1u64 << (dropped - 1);
    if rest > half || (rest == half && (sticky || m & 1 == 1)) {
        m += 1;
    }
    // value = m * 2^k, exactly representable (m <= 2^53).
    let k = e - precision + 1;
    let scale = if k >= -1022 {
        f64::from_bits(((k + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (k + 1074))
    };
    let f = m as f64 * scale;
    f.is_finite().then_some(f)
}

/// `a ** b` for ints; a negative exponent gives a float (ZeroDivisionError for 0 ** -n).
pub fn pow(a: &Value, b: &Value) -> PyResult<Value> {
    let e = big(b);
    if e.is_negative() {
        // A negative exponent makes it a float power, as CPython hands it to float.
        return super::float::pow(int_to_f64(a)?, int_to_f64(b)?);
    }
    if let (Value::Int(x), Some(y)) = (a, e.to_u32()) {
        if let Some(r) = x.checked_pow(y) {
            return Ok(Value::Int(r));
        }
    }
    let base = big(a);
    let Some(exp) = e.to_u64() else {
        // Only 0, 1 and -1 can be raised to such a power without exhausting memory.
        if base.is_zero() || base == BigInt::from(1) {
            return Ok(normalize(base));
        }
        if base == BigInt::from(-1) {
            return Ok(Value::Int(if e.is_even() { 1 } else { -1 }));
        }
        return Err(PyErr::memory_error());
    };
    if base.bits().saturating_mul(exp) > 1 << 34 {
        return Err(PyErr::memory_error());
    }
    Ok(normalize(num_traits::pow::Pow::pow(&base, exp)))
}

/// Three-argument `pow(a, b, m)`.
pub fn pow_mod(a: &Value, b: &Value, m: &Value) -> PyResult<Value> {
    let (x, e, m) = (big(a), big(b), big(m));
    if m.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let r = if e.is_negative() {
        let inv = mod_inverse(&x, &m)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        inv.modpow(&(-e), &m.abs())
    } else {
        x.modpow(&e, &m.abs())
    };
    let r = if m.is_negative() && !r.is_zero() {
        r + &m
    } else {
        r
    };
    Ok(normalize(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if g.gcd != BigInt::from(1) {
        return None;
    }
    Some(g.x.mod_floor(&m))
}

/// The error for `a << n` with a count past any allocation. CPython sizes the result in
/// 30-bit digits: more than its largest int can hold is "too many digits", fewer is a
/// failed allocation.
fn oversized_shift(a: &BigInt, n: &BigInt) -> PyErr {
    let (words, rest) = n.div_rem(&BigInt::from(30));
    let digits_of_a = (a.bits() + 29) / 30;
    let needed = words + BigInt::from(digits_of_a) + u8::from(!rest.is_zero());
    let most = (BigInt::from(1u64 << 63) - 25) / 4;
    if needed > most {
        PyErr::overflow_error("too many digits in integer")
    } else {
        PyErr::memory_error()
    }
}

pub fn shift_left(a: &Value, b: &Value) -> PyResult<Value> {
    let n = big(b);
    if n.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    if big(a).is_zero() {
        return Ok(Value::Int(0));
    }
    if n.to_isize().is_none() {
        return Err(oversized_shift(&big(a), &n));
    }
    if let (Value::Int(x), Some(s)) = (a, n.to_u32()) {
        if s < 63 {
            if let Some(r) = x.checked_mul(1i64 << s) {
                return Ok(Value::Int(r));
            }
        }
        if *x == 0 {
            return Ok(Value::Int(0));
        }
    }
    let s = n
        .to_usize()
        .filter(|s| *s < (1 << 34))
        .ok_or_else(PyErr::memory_error)?;
    Ok(normalize(big(a) << s))
}

pub fn shift_right(a: &Value, b: &Value) -> PyResult<Value> {
    let n = big(b);
    if n.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    if let Value::Int(x) = a {
        let s = n.to_u32().unwrap_or(u32::MAX).min(63);
        return Ok(Value::Int(x >> s));
    }
    let s = n.to_usize().unwrap_or(usize::MAX);
    let x = big(a);
    if s > x.bits() as usize + 1 {
        return Ok(Value::Int(if x.is_negative() { -1 } else { 0 }));
    }
    // BigInt's >> rounds toward negative infinity for negatives, as Python's does.
    Ok(normalize(x >> s))
}

/// Generic slow path of + - * & | ^ on ints of any size.
pub fn big_binop(a: &Value, b: &Value, op: char) -> Value {
    let (x, y) = (big(a), big(b));
    normalize(match op {
        '+' => x + y,
        '-' => x - y,
        '*' => x * y,
        '&' => x & y,
        '|' => x | y,
        '^' => x ^ y,
        _ => BigInt::zero(),
    })
}

/// `str(int)`.
pub fn int_to_string(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => (*b as i64).to_string(),
        Value::BigInt(b) => b.to_string(),
        _ => String::new(),
    }
}

/// Parses an int literal as `int(s, base)` does (whitespace, sign, underscores, prefixes).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let s = text.trim();
    let (neg, s) = match s.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let lower = s.to_ascii_lowercase();
    let prefix = match lower.get(..2) {
        Some("0x") if base == 0 || base == 16 => Some(16),
        Some("0o") if base == 0 || base == 8 => Some(8),
        Some("0b") if base == 0 || base == 2 => Some(2),
        _ => None,
    };
    let (base, digits) = match prefix {
        // One underscore may follow a base prefix (`0x_1f`).
        Some(b) => (b, lower[2..].strip_prefix('_').unwrap_or(&lower[2..])),
        None if base == 0 => {
            // A decimal literal may not have leading zeros unless it is all zeros.
            if lower.starts_with('0') && lower.chars().any(|c| c != '0' && c != '_') {
                return None;
            }
            (10, lower.as_str())
        }
        None => (base, lower.as_str()),
    };
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let n = BigInt::parse_bytes(clean.as_bytes(), base)?;
    Some(if neg { -n } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floor_semantics_match_python() {
        assert!(matches!(
            floordiv(&Value::Int(-7), &Value::Int(2)).ok(),
            Some(Value::Int(-4))
        ));
        assert!(matches!(
            modulo(&Value::Int(-7), &Value::Int(2)).ok(),
            Some(Value::Int(1))
        ));
        assert!(matches!(
            modulo(&Value::Int(7), &Value::Int(-2)).ok(),
            Some(Value::Int(-1))
        ));
    }

    #[test]
    fn hashes_agree_across_numeric_types() {
        assert_eq!(hash_f64(1.0), hash_i64(1));
        assert_eq!(hash_f64(-1.0), -2);
        assert_eq!(hash_i64(-1), -2);
        assert_eq!(hash_f64(0.5), 1 << 60);
        assert_eq!(hash_bigint(&BigInt::from(1u64 << 62)), hash_i64(1 << 62));
    }

    #[test]
    fn parses_like_int_constructor() {
        assert_eq!(parse_int(" 1_000 ", 10), Some(BigInt::from(1000)));
        assert_eq!(parse_int("0x1f", 0), Some(BigInt::from(31)));
        assert_eq!(parse_int("ff", 16), Some(BigInt::from(255)));
        assert_eq!(parse_int("08", 0), None);
        assert_eq!(parse_int("1__0", 10), None);
        assert_eq!(parse_int("", 10), None);
    }
}
