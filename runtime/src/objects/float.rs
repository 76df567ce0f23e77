//! `float`: CPython's repr (shortest round-trip digits, exponent outside 1e-4..1e16), parsing
//! as `float()` does, and the arithmetic whose rules differ from IEEE's defaults (floor
//! division and modulo signs, errors instead of inf/nan for division by zero).

use super::{complex, PyErr, PyResult, Value};

/// Shortest digits that round-trip, and the decimal exponent: x = 0.d1d2d3… × 10**decpt.
pub fn shortest_digits(x: f64) -> (String, i32) {
    let split = |s: &str| -> (String, i32) {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i32 = exp.parse().unwrap_or(0);
        let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
        (digits, exp + 1)
    };
    let s = format!("{:e}", x.abs());
    let (digits, decpt) = split(&s);
    // Rust picks the shortest digits but may break a tie between two equally short
    // candidates upwards; CPython takes the correctly rounded one (half-even) when it
    // round-trips.
    if digits.len() > 1 {
        let exact = format!("{:.*e}", digits.len() - 1, x.abs());
        if exact.parse::<f64>().ok() == Some(x.abs()) {
            let (d2, p2) = split(&exact);
            let trimmed = d2.trim_end_matches('0');
            if !trimmed.is_empty() {
                return (trimmed.to_string(), p2);
            }
        }
    }
    (digits, decpt)
}

/// `repr(float)` exactly as CPython prints it.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    let (digits, decpt) = shortest_digits(x);
    let sign = if x < 0.0 { "-" } else { "" };
    let exp10 = decpt - 1;
    if !(-4..16).contains(&exp10) {
        let mut m = digits[..1].to_string();
        if digits.len() > 1 {
            m.push('.');
            m.push_str(&digits[1..]);
        }
        let esign = if exp10 < 0 { '-' } else { '+' };
        return format!("{}{}e{}{:02}", sign, m, esign, exp10.abs());
    }
    let mut out = String::from(sign);
    if decpt <= 0 {
        out.push_str("0.");
        for _ in 0..(-decpt) {
            out.push('0');
        }
        out.push_str(&digits);
    } else if decpt as usize >= digits.len() {
        out.push_str(&digits);
        for _ in 0..(decpt as usize - digits.len()) {
            out.push('0');
        }
        out.push_str(".0");
    } else {
        out.push_str(&digits[..decpt as usize]);
        out.push('.');
        out.push_str(&digits[decpt as usize..]);
    }
    out
}

/// Parses like `float(str)`: whitespace, underscores between digits, inf/nan spellings.
pub fn parse_float(text: &str) -> Option<f64> {
    let s = text.trim();
    let lower = s.to_ascii_lowercase();
    let body = lower.trim_start_matches(['+', '-']);
    let neg = lower.starts_with('-');
    if lower.len() - body.len() > 1 {
        return None;
    }
    match body {
        "inf" | "infinity" => {
            return Some(if neg {
                f64::NEG_INFINITY
            } else {
                f64::INFINITY
            })
        }
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-' | '_'))
    {
        return None;
    }
    if s.contains('_') {
        let b = s.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'_' {
                let ok = i > 0
                    && i + 1 < b.len()
                    && b[i - 1].is_ascii_digit()
                    && b[i + 1].is_ascii_digit();
                if !ok {
                    return None;
                }
            }
        }
    }
    let clean: String = s.chars().filter(|c| *c != '_').collect();
    clean.parse::<f64>().ok()
}

/// Python's `a // b` for floats.
pub fn floordiv(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float floor division by zero"));
    }
    Ok(divmod(a, b).0)
}

/// Python's `a % b` for floats: the result has the sign of b.
pub fn modulo(a: f64, b: f64) -> PyResult<f64> {
    if b == 0.0 {
        return Err(PyErr::zero_division("float modulo"));
    }
    Ok(divmod(a, b).1)
}

/// `divmod` for floats (b != 0), following CPython's float_divmod.
pub fn divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Is `x` an odd integer (as a float)?
fn is_odd_integer(x: f64) -> bool {
    x.is_finite() && x.fract() == 0.0 && (x / 2.0).fract() != 0.0
}

/// `a ** b` for floats, settling the special cases as CPython does before the platform's
/// `pow`; a negative base with a fractional exponent gives a complex number.
pub fn pow(a: f64, b: f64) -> PyResult<Value> {
    let float = |x: f64| Ok(Value::float(x));
    if b == 0.0 {
        return float(1.0);
    }
    if a.is_nan() {
        return float(a);
    }
    if b.is_nan() {
        return float(if a == 1.0 { 1.0 } else { b });
    }
    if b.is_infinite() {
        let m = a.abs();
        return float(if m == 1.0 {
            1.0
        } else if (b > 0.0) == (m > 1.0) {
            f64::INFINITY
        } else {
            0.0
        });
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return float(match (b > 0.0, odd) {
            (true, true) => a,
            (true, false) => a.abs(),
            (false, true) => 0.0f64.copysign(a),
            (false, false) => 0.0,
        });
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return float(if is_odd_integer(b) { a } else { 0.0 });
    }
    let mut base = a;
    let mut negate = false;
    if a < 0.0 {
        if b != b.floor() {
            let (re, im) = complex::complex_pow((a, 0.0), (b, 0.0))?;
            return Ok(Value::complex(re, im));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return float(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(PyErr::overflow_error(
            "(34, 'Numerical result out of range')",
        ));
    }
    float(if negate { -r } else { r })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        for (x, s) in [
            (0.1 + 0.2, "0.30000000000000004"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (1.5e-7, "1.5e-07"),
            (123.456, "123.456"),
            (-2.0, "-2.0"),
            (1e100, "1e+100"),
            (2.5e22, "2.5e+22"),
            (f64::INFINITY, "inf"),
        ] {
            assert_eq!(float_repr(x), s);
        }
    }

    #[test]
    fn floor_and_mod_signs() {
        assert_eq!(divmod(-7.0, 2.0), (-4.0, 1.0));
        assert_eq!(divmod(7.0, -2.0), (-4.0, -1.0));
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("1__0"), None);
        assert_eq!(parse_float("-inf"), Some(f64::NEG_INFINITY));
    }
}
