//! `range` and `slice` objects, and the index arithmetic sequences share.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use super::{PyErr, PyResult, Value};

/// A range. Bounds that fit in i64 live inline (the fast path every loop takes); a range
/// with a bound beyond i64 keeps them in `big`, and then the inline fields are unused.
pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub big: Option<Box<BigRange>>,
}

/// The bounds of a range beyond i64.
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
}

impl PyRange {
    pub fn new(start: i64, stop: i64, step: i64) -> PyRange {
        PyRange {
            start,
            stop,
            step,
            big: None,
        }
    }

    /// A range from arbitrary bounds (step is not zero), inline when they all fit.
    pub fn from_bigints(start: BigInt, stop: BigInt, step: BigInt) -> PyRange {
        match (start.to_i64(), stop.to_i64(), step.to_i64()) {
            (Some(a), Some(b), Some(c)) => PyRange::new(a, b, c),
            _ => PyRange {
                start: 0,
                stop: 0,
                step: 1,
                big: Some(Box::new(BigRange { start, stop, step })),
            },
        }
    }

    /// (start, stop, step) as arbitrary-precision ints.
    pub fn bounds(&self) -> (BigInt, BigInt, BigInt) {
        match &self.big {
            Some(b) => (b.start.clone(), b.stop.clone(), b.step.clone()),
            None => (self.start.into(), self.stop.into(), self.step.into()),
        }
    }

    /// The number of items, exactly.
    pub fn big_len(&self) -> BigInt {
        let (start, stop, step) = self.bounds();
        let (lo, hi, st) = if step.is_positive() {
            (start, stop, step)
        } else {
            (stop, start, -step)
        };
        if lo >= hi {
            BigInt::zero()
        } else {
            (hi - lo - 1u8) / st + 1u8
        }
    }

    /// `hash(range)`: CPython's hash of (len, start, step), with start and step replaced
    /// by None where they do not change the items, so equal ranges hash alike.
    pub fn hash_value(&self) -> i64 {
        let (start, _, step) = self.bounds();
        let len = self.big_len();
        let key = if len.is_zero() {
            [Value::from_bigint(len), Value::None, Value::None]
        } else if len == BigInt::from(1) {
            [
                Value::from_bigint(len),
                Value::from_bigint(start),
                Value::None,
            ]
        } else {
            [
                Value::from_bigint(len),
                Value::from_bigint(start),
                Value::from_bigint(step),
            ]
        };
        super::dict::const_hash(&Value::tuple(key.to_vec())).unwrap_or(0)
    }

    /// Item `i` (0 <= i < len), exactly.
    pub fn big_get(&self, i: &BigInt) -> BigInt {
        let (start, _, step) = self.bounds();
        start + i * step
    }

    pub fn big_contains(&self, x: &BigInt) -> bool {
        let (start, stop, step) = self.bounds();
        let inside = if step.is_positive() {
            *x >= start && *x < stop
        } else {
            *x <= start && *x > stop
        };
        inside && ((x - &start) % &step).is_zero()
    }

    /// The length for ranges whose bounds are inline; big ranges answer through `big_len`.
    pub fn len(&self) -> usize {
        if self.big.is_some() {
            return self.big_len().to_usize().unwrap_or(usize::MAX);
        }
        range_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        match &self.big {
            Some(_) => self.big_len().is_zero(),
            None => self.len() == 0,
        }
    }

    pub fn get(&self, i: usize) -> i64 {
        self.start + (i as i64) * self.step
    }

    pub fn contains(&self, x: i64) -> bool {
        if self.step > 0 {
            x >= self.start && x < self.stop && (x - self.start) % self.step == 0
        } else {
            x <= self.start && x > self.stop && (self.start - x) % (-self.step) == 0
        }
    }
}

pub fn range_len(start: i64, stop: i64, step: i64) -> usize {
    let (lo, hi, st) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        ((hi - lo - 1) / st + 1) as usize
    }
}

pub struct PySlice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// The (start, stop, step, length) a slice selects from a sequence of `len` items,
/// following CPython's `PySlice_AdjustIndices`.
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    // As in CPython, a step is clamped to -sys.maxsize, so that it can be negated.
    let step = step.unwrap_or(1).max(-i64::MAX);
    if step == 0 {
        return Err(PyErr::value_error("slice step cannot be zero"));
    }
    let adjust = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(mut i) => {
                if i < 0 {
                    i += len;
                    if i < 0 {
                        i = lo;
                    }
                } else if i >= len {
                    i = hi;
                }
                i
            }
        }
    };
    let (start, stop) = if step > 0 {
        (adjust(start, 0, 0, len), adjust(stop, len, 0, len))
    } else {
        (
            adjust(start, len - 1, -1, len - 1),
            adjust(stop, -1, -1, len - 1),
        )
    };
    let n = if step > 0 {
        if stop > start {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, stop, step, n as usize))
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::Pow;

    #[test]
    fn slices_adjust_like_cpython() {
        assert_eq!(
            slice_indices(None, None, Some(-1), 5).ok(),
            Some((4, -1, -1, 5))
        );
        assert_eq!(
            slice_indices(Some(-2), None, None, 5).ok(),
            Some((3, 5, 1, 2))
        );
        assert_eq!(
            slice_indices(Some(10), Some(20), None, 5).ok(),
            Some((5, 5, 1, 0))
        );
        assert_eq!(range_len(0, 10, 3), 4);
        assert_eq!(range_len(10, 0, -3), 4);
        assert!(PyRange::new(10, 0, -3).contains(4));
        let big = PyRange::from_bigints(0.into(), BigInt::from(10).pow(20u32), 3.into());
        assert!(big.big.is_some());
        assert!(big.big_contains(&BigInt::from(3).pow(30u32)));
        assert_eq!(big.big_len(), (BigInt::from(10).pow(20u32) + 2) / 3);
    }
}
