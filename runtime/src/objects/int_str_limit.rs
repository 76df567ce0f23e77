//! CPython 3.11's limit on decimal int/str conversions (`sys.set_int_max_str_digits`): an int
//! of more digits than the limit cannot be printed in decimal nor parsed from a decimal
//! string. Power-of-two bases are exempt; 0 means no limit.

use std::cell::Cell;

use num_bigint::BigInt;

use super::{PyErr, PyResult};

/// `sys.int_info.default_max_str_digits`.
pub const DEFAULT_MAX_STR_DIGITS: usize = 4300;
/// `sys.int_info.str_digits_check_threshold`: the smallest non-zero limit allowed.
pub const CHECK_THRESHOLD: usize = 640;

thread_local! {
    static MAX_STR_DIGITS: Cell<usize> = const { Cell::new(DEFAULT_MAX_STR_DIGITS) };
}

/// The current limit (`sys.get_int_max_str_digits()`).
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.with(|c| c.get())
}

/// `sys.set_int_max_str_digits(n)`, with CPython's check.
pub fn set_max_str_digits(n: &BigInt) -> PyResult<()> {
    let n = usize::try_from(n)
        .ok()
        .filter(|&n| n == 0 || n >= CHECK_THRESHOLD)
        .ok_or_else(|| {
            PyErr::value_error(format!(
                "maxdigits must be 0 or larger than {CHECK_THRESHOLD}"
            ))
        })?;
    MAX_STR_DIGITS.with(|c| c.set(n));
    Ok(())
}

/// Refuses to write `b` in decimal when it has more digits than the limit.
pub fn check_int_to_str(b: &BigInt) -> PyResult<()> {
    let limit = max_str_digits();
    // A number of more than `limit` digits has more than limit * log2(10) bits; 3.32 is
    // below log2(10), so smaller numbers need no digit count.
    if limit == 0 || b.bits() <= (limit as u64) * 332 / 100 {
        return Ok(());
    }
    let digits = b.to_string().trim_start_matches('-').len();
    if digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Refuses to parse a decimal string of `digits` digits when that is more than the limit.
pub fn check_str_to_int(digits: usize) -> PyResult<()> {
    let limit = max_str_digits();
    if limit != 0 && digits > limit {
        return Err(PyErr::value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}
