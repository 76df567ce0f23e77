//! `complex` values: parsing as `complex(str)` does, `repr`, the hash shared with int and
//! float, exact equality with ints, and the arithmetic whose rules CPython fixes (division
//! scaled by the larger component, powers by repeated squaring for small integral
//! exponents, `OverflowError` when a power or `abs` leaves the float range).

use num_bigint::BigInt;

use super::float::float_repr;
use super::int::{self, hash_f64};
use super::{PyErr, PyResult, Value};

/// The two parts of a complex value (`Value::Complex` holds them behind an `Rc`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ComplexParts {
    pub re: f64,
    pub im: f64,
}

impl Value {
    /// The complex number `re + im*j`.
    pub fn complex(re: f64, im: f64) -> Value {
        Value::Complex(std::rc::Rc::new(ComplexParts { re, im }))
    }
}

/// CPython's multiplier of the imaginary part's hash (`sys.hash_info.imag`).
pub const HASH_IMAG: i64 = 1_000_003;

/// `repr(complex)`: `(1+2j)`, `2j`, `(-0-1j)`; a NaN part never shows a sign.
pub fn complex_repr(re: f64, im: f64) -> String {
    let part = |x: f64| {
        let s = float_repr(x);
        match s.strip_suffix(".0") {
            Some(t) => t.to_string(),
            None => s,
        }
    };
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", part(im));
    }
    let sign = if im.is_sign_negative() && !im.is_nan() {
        "-"
    } else {
        "+"
    };
    format!("({}{}{}j)", part(re), sign, part(im.abs()))
}

/// `hash(complex)`: equal to the hash of the int or float it equals.
pub fn complex_hash(re: f64, im: f64) -> i64 {
    let h = hash_f64(re).wrapping_add(HASH_IMAG.wrapping_mul(hash_f64(im)));
    if h == -1 {
        -2
    } else {
        h
    }
}

/// A number as a complex (re, im) pair; None for other values and for ints too large
/// for a float.
pub fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Complex(c) => Some((c.re, c.im)),
        Value::Float(f) => Some((f.get(), 0.0)),
        Value::Int(i) => Some((*i as f64, 0.0)),
        Value::Bool(b) => Some((*b as i64 as f64, 0.0)),
        Value::BigInt(_) => int::int_to_f64(v).ok().map(|f| (f, 0.0)),
        _ => None,
    }
}

/// `complex == other` for a builtin number `other`; ints compare exactly (no rounding to
/// a float first). None when `other` is not a number.
pub fn complex_eq(re: f64, im: f64, other: &Value) -> Option<bool> {
    match other {
        Value::Complex(c) => Some(re == c.re && im == c.im),
        Value::Float(f) => Some(re == f.get() && im == 0.0),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n: BigInt = int::to_bigint(other)?;
            Some(im == 0.0 && int::int_float_cmp(&n, re) == Some(std::cmp::Ordering::Equal))
        }
        _ => None,
    }
}

/// `abs(complex)`, with CPython's error when the parts are finite but the result is not.
pub fn complex_abs(re: f64, im: f64) -> PyResult<f64> {
    let r = re.hypot(im);
    if r.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(PyErr::overflow_error("absolute value too large"));
    }
    Ok(r)
}

pub fn complex_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// Complex division following CPython's algorithm (scaling by the larger component);
/// None for a zero divisor.
fn quotient(a: (f64, f64), b: (f64, f64)) -> Option<(f64, f64)> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let (abs_br, abs_bi) = (br.abs(), bi.abs());
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Some(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Some(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        // At least one of the divisor's parts is a NaN.
        Some((f64::NAN, f64::NAN))
    }
}

/// `a / b` for complex numbers.
pub fn complex_div(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    quotient(a, b).ok_or_else(|| PyErr::zero_division("complex division by zero"))
}

fn zero_to_bad_power() -> PyErr {
    PyErr::zero_division("0.0 to a negative or complex power")
}

/// `a ** b` for complex numbers, with CPython's errors.
pub fn complex_pow(a: (f64, f64), b: (f64, f64)) -> PyResult<(f64, f64)> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        // Small integral exponents by repeated squaring, as CPython does.
        let n = b.0 as i64;
        let p = power_by_squaring(a, n.unsigned_abs());
        if n < 0 {
            quotient((1.0, 0.0), p).ok_or_else(zero_to_bad_power)?
        } else {
            p
        }
    } else if b.0 == 0.0 && b.1 == 0.0 {
        (1.0, 0.0)
    } else if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(zero_to_bad_power());
        }
        (0.0, 0.0)
    } else {
        let vabs = a.0.hypot(a.1);
        let mut len = vabs.powf(b.0);
        let at = a.1.atan2(a.0);
        let mut phase = at * b.0;
        if b.1 != 0.0 {
            len /= (at * b.1).exp();
            phase += b.1 * vabs.ln();
        }
        // The C library's cos and sin of an infinite phase report a domain error, which
        // CPython turns into this ZeroDivisionError.
        if phase.is_infinite() {
            return Err(zero_to_bad_power());
        }
        (len * phase.cos(), len * phase.sin())
    };
    if r.0.is_infinite() || r.1.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok(r)
}

fn power_by_squaring(x: (f64, f64), n: u64) -> (f64, f64) {
    let mut result = (1.0, 0.0);
    let mut base = x;
    let mut mask = 1u64;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            result = complex_mul(result, base);
        }
        mask <<= 1;
        base = complex_mul(base, base);
    }
    result
}

/// Why `complex(str)` refused its argument.
pub enum ParseError {
    /// "complex() arg is a malformed string"
    Malformed,
    /// Underscores out of place: "could not convert string to complex: '1__0j'"
    Underscores,
}

/// Parses `complex(text)`: `1+2j`, `(1-2j)`, `j`, `-j`, `1e3J`, `inf-nanj`, with
/// surrounding whitespace and one pair of parentheses, underscores between digits, and
/// Unicode digits and spaces read as ASCII ones.
pub fn parse_complex(text: &str) -> Result<(f64, f64), ParseError> {
    let mut ascii = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii() {
            ascii.push(c);
        } else if c.is_whitespace() {
            ascii.push(' ');
        } else {
            match crate::objects::unicode::decimal_value(c) {
                Some(d) => ascii.push(char::from(b'0' + d as u8)),
                None => return Err(ParseError::Malformed),
            }
        }
    }
    if ascii.contains('_') {
        ascii = strip_underscores(&ascii).ok_or(ParseError::Underscores)?;
    }
    parse_ascii(ascii.as_bytes()).ok_or(ParseError::Malformed)
}

/// The text without its underscores, if each one sits between two digits.
fn strip_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn parse_ascii(s: &[u8]) -> Option<(f64, f64)> {
    let mut i = 0;
    let skip_spaces = |i: &mut usize| {
        while *i < s.len() && is_space(s[*i]) {
            *i += 1;
        }
    };
    skip_spaces(&mut i);
    let bracket = s.get(i) == Some(&b'(');
    if bracket {
        i += 1;
        skip_spaces(&mut i);
    }
    let is_j = |b: Option<&u8>| matches!(b, Some(b'j' | b'J'));
    let sign_of = |b: u8| if b == b'-' { -1.0 } else { 1.0 };
    let (re, im);
    if let Some((z, len)) = float_prefix(&s[i..]) {
        i += len;
        match s.get(i) {
            Some(&c @ (b'+' | b'-')) => {
                re = z;
                match float_prefix(&s[i..]) {
                    Some((y, len)) => {
                        im = y;
                        i += len;
                    }
                    None => {
                        im = sign_of(c);
                        i += 1;
                    }
                }
                if !is_j(s.get(i)) {
                    return None;
                }
                i += 1;
            }
            Some(b'j' | b'J') => {
                re = 0.0;
                im = z;
                i += 1;
            }
            _ => {
                re = z;
                im = 0.0;
            }
        }
    } else {
        re = 0.0;
        im = match s.get(i) {
            Some(&c @ (b'+' | b'-')) => {
                i += 1;
                sign_of(c)
            }
            _ => 1.0,
        };
        if !is_j(s.get(i)) {
            return None;
        }
        i += 1;
    }
    skip_spaces(&mut i);
    if bracket {
        if s.get(i) != Some(&b')') {
            return None;
        }
        i += 1;
        skip_spaces(&mut i);
    }
    (i == s.len()).then_some((re, im))
}

/// The longest prefix of `s` that is a float literal as `float()` reads one (sign, digits
/// with an optional point and exponent, or inf/infinity/nan): its value and length.
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let negative = match s.first() {
        Some(b'-') => {
            i = 1;
            true
        }
        Some(b'+') => {
            i = 1;
            false
        }
        _ => false,
    };
    let rest = &s[i..];
    let starts_with =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let special = if starts_with(b"infinity") {
        Some((f64::INFINITY, 8))
    } else if starts_with(b"inf") {
        Some((f64::INFINITY, 3))
    } else if starts_with(b"nan") {
        Some((f64::NAN, 3))
    } else {
        None
    };
    if let Some((v, len)) = special {
        return Some((if negative { -v } else { v }, i + len));
    }
    let digits = |from: usize| s[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let start = i;
    let int_len = digits(i);
    i += int_len;
    let mut frac_len = 0;
    if s.get(i) == Some(&b'.') {
        frac_len = digits(i + 1);
        if int_len + frac_len > 0 {
            i += 1 + frac_len;
        }
    }
    if int_len + frac_len == 0 {
        return None;
    }
    if matches!(s.get(i), Some(b'e' | b'E')) {
        let mut j = i + 1;
        if matches!(s.get(j), Some(b'+' | b'-')) {
            j += 1;
        }
        let exp_len = digits(j);
        if exp_len > 0 {
            i = j + exp_len;
        }
    }
    let text = std::str::from_utf8(&s[start..i]).ok()?;
    let v: f64 = text.parse().ok()?;
    Some((if negative { -v } else { v }, i))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Option<(f64, f64)> {
        parse_complex(s).ok()
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(parse("1+2j"), Some((1.0, 2.0)));
        assert_eq!(parse(" ( -1.5e3-J ) "), Some((-1500.0, -1.0)));
        assert_eq!(parse("j"), Some((0.0, 1.0)));
        assert_eq!(parse("-j"), Some((0.0, -1.0)));
        assert_eq!(parse("(1)"), Some((1.0, 0.0)));
        assert_eq!(parse("1_0+2_0j"), Some((10.0, 20.0)));
        assert_eq!(parse("5.j"), Some((0.0, 5.0)));
        assert!(parse("1+2").is_none());
        assert!(parse("()").is_none());
        assert!(parse("1 + 2j").is_none());
        assert!(parse("1e+j").is_none());
        assert!(matches!(
            parse_complex("1__0j"),
            Err(ParseError::Underscores)
        ));
    }

    #[test]
    fn repr_and_hash() {
        assert_eq!(complex_repr(0.0, -0.0), "-0j");
        assert_eq!(complex_repr(-0.0, -0.0), "(-0-0j)");
        assert_eq!(complex_repr(1.0, -f64::NAN), "(1+nanj)");
        assert_eq!(complex_repr(1e16, 0.0), "(1e+16+0j)");
        assert_eq!(complex_hash(1.0, 0.0), 1);
        assert_eq!(complex_hash(-1.0, 0.0), -2);
    }

    #[test]
    fn powers_overflow_and_divide_by_zero() {
        assert!(complex_pow((0.0, 0.0), (-1.0, 0.0)).is_err());
        assert!(complex_pow((1.0, 1.0), (10000.0, 0.0)).is_err());
        assert_eq!(complex_pow((1.0, 1.0), (2.0, 0.0)).ok(), Some((0.0, 2.0)));
        assert_eq!(complex_pow((0.0, 0.0), (0.0, 0.0)).ok(), Some((1.0, 0.0)));
    }
}
