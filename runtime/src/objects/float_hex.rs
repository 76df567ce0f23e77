//! `float.hex()` and `float.fromhex()`: a float's exact binary value written in hexadecimal
//! (`0x1.8000000000000p+1`), and the parser that reads such strings back with
//! round-half-even to 53 bits, gradual underflow and CPython's errors.

use num_bigint::BigUint;
use num_traits::Zero;

use super::float::float_repr;
use super::{PyErr, PyResult};

/// The smallest binary exponent of a float's last bit (the subnormal 2**-1074).
const MIN_LSB_EXP: i64 = -1074;
/// The binary exponent of the largest finite float's leading bit.
const MAX_MSB_EXP: i64 = 1023;

/// `x.hex()`: one leading digit, 13 fraction digits, and the binary exponent.
pub fn float_to_hex(x: f64) -> String {
    if !x.is_finite() {
        return float_repr(x);
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0x0.0p+0", sign);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    // A subnormal has no implicit leading 1 and the exponent of the smallest normal.
    let (lead, exp) = if biased == 0 {
        (0, -1022)
    } else {
        (1, biased - 1023)
    };
    format!("{}0x{}.{:013x}p{:+}", sign, lead, fraction, exp)
}

fn invalid() -> PyErr {
    PyErr::value_error("invalid hexadecimal floating-point string")
}

fn too_large() -> PyErr {
    PyErr::overflow_error("hexadecimal value too large to represent as a float")
}

/// `float.fromhex(text)`.
pub fn float_from_hex(text: &str) -> PyResult<f64> {
    let s = text.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\x0b');
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let magnitude = match lower.as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        _ => parse_hex_magnitude(&lower)?,
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// The unsigned part: `[0x] digits [. digits] [p [sign] decimal]`, lower-cased.
fn parse_hex_magnitude(s: &str) -> PyResult<f64> {
    let s = s.strip_prefix("0x").unwrap_or(s);
    let (mantissa, exponent) = match s.split_once('p') {
        Some((m, e)) => (m, Some(e)),
        None => (s, None),
    };
    let (int_digits, frac_digits) = match mantissa.split_once('.') {
        Some((i, f)) => (i, f),
        None => (mantissa, ""),
    };
    let is_hex = |d: &str| d.bytes().all(|c| c.is_ascii_hexdigit());
    if int_digits.len() + frac_digits.len() == 0 || !is_hex(int_digits) || !is_hex(frac_digits) {
        return Err(invalid());
    }
    let exp = match exponent {
        None => 0,
        Some(e) => parse_exponent(e).ok_or_else(invalid)?,
    };
    let mut all_digits = String::with_capacity(int_digits.len() + frac_digits.len());
    all_digits.push_str(int_digits);
    all_digits.push_str(frac_digits);
    let digits = all_digits.trim_start_matches('0');
    if digits.is_empty() {
        return Ok(0.0);
    }
    let n = BigUint::parse_bytes(digits.as_bytes(), 16).ok_or_else(invalid)?;
    // value = n * 2**scale, exactly.
    let scale = exp.saturating_sub(4 * frac_digits.len() as i64);
    round_to_float(&n, scale)
}

/// A decimal exponent with an optional sign, saturated far beyond any float's range.
fn parse_exponent(e: &str) -> Option<i64> {
    let (neg, digits) = match e.as_bytes().first() {
        Some(b'-') => (true, &e[1..]),
        Some(b'+') => (false, &e[1..]),
        _ => (false, e),
    };
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let mut v: i64 = 0;
    for c in digits.bytes() {
        v = v.saturating_mul(10).saturating_add((c - b'0') as i64);
    }
    let v = v.min(1 << 50);
    Some(if neg { -v } else { v })
}

/// The float nearest to n * 2**scale (n > 0), ties to even.
fn round_to_float(n: &BigUint, scale: i64) -> PyResult<f64> {
    let msb = n.bits() as i64 - 1 + scale;
    if msb > MAX_MSB_EXP {
        return Err(too_large());
    }
    // Below half the smallest subnormal the value rounds to zero whatever its digits.
    if msb < MIN_LSB_EXP - 1 {
        return Ok(0.0);
    }
    let lsb = (msb - 52).max(MIN_LSB_EXP);
    let drop = lsb - scale;
    let mut mant: u64 = if drop <= 0 {
        let kept = n << ((-drop) as usize);
        kept.iter_u64_digits().next().unwrap_or(0)
    } else {
        let drop = drop as u64;
        let kept = n >> drop;
        let mut m = kept.iter_u64_digits().next().unwrap_or(0);
        let half = n.bit(drop - 1);
        let below_half = n.trailing_zeros().is_some_and(|tz| tz < drop - 1);
        if half && (below_half || m & 1 == 1) {
            m += 1;
        }
        m
    };
    let mut lsb = lsb;
    if mant == 1 << 53 {
        mant >>= 1;
        lsb += 1;
    }
    if mant.is_zero() {
        return Ok(0.0);
    }
    // Rounding up carried into 2**1024.
    if lsb + 52 > MAX_MSB_EXP {
        return Err(too_large());
    }
    Ok(scale_by_power_of_two(mant as f64, lsb))
}

/// m * 2**e for a result known to be representable: applied in steps that never round.
fn scale_by_power_of_two(mut m: f64, mut e: i64) -> f64 {
    while e > 0 {
        let step = e.min(1000);
        m *= f64::from_bits(((1023 + step) as u64) << 52);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        m *= f64::from_bits(((1023 - step) as u64) << 52);
        e += step;
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_matches_cpython() {
        assert_eq!(float_to_hex(1.0), "0x1.0000000000000p+0");
        assert_eq!(float_to_hex(-1.5), "-0x1.8000000000000p+0");
        assert_eq!(float_to_hex(0.1), "0x1.999999999999ap-4");
        assert_eq!(float_to_hex(5e-324), "0x0.0000000000001p-1022");
        assert_eq!(float_to_hex(-0.0), "-0x0.0p+0");
    }

    #[test]
    fn fromhex_rounds_and_checks() {
        let ok = |s: &str| float_from_hex(s).ok();
        assert_eq!(ok("0x1.8p1"), Some(3.0));
        assert_eq!(ok("1.5"), Some(1.3125));
        assert_eq!(ok("0x1p-1075"), Some(0.0));
        assert_eq!(ok("0x1.8p-1074"), Some(1e-323));
        assert_eq!(ok("0x3p-1076"), Some(5e-324));
        assert_eq!(ok("0x1.00000000000008p0"), Some(1.0));
        assert_eq!(ok("0x1.00000000000018p0"), Some(1.0000000000000004));
        assert_eq!(ok("0x1.fffffffffffffp1023"), Some(f64::MAX));
        assert!(float_from_hex("0x1.fffffffffffff8p1023").is_err());
        assert!(float_from_hex("0x1p1024").is_err());
        assert!(float_from_hex("0xp1").is_err());
        assert!(float_from_hex("0x1p").is_err());
        assert_eq!(ok("0x1p-9999999999"), Some(0.0));
    }
}
