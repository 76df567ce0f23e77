//! `range` and `slice` objects, and the index arithmetic sequences share.

use super::{PyErr, PyResult, Value};

pub struct PyRange {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl PyRange {
    pub fn len(&self) -> usize {
        range_len(self.start, self.stop, self.step)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
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
    let step = step.unwrap_or(1);
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
        assert!(PyRange {
            start: 10,
            stop: 0,
            step: -3
        }
        .contains(4));
    }
}
