//! `reversed(d)`, `reversed(d.keys())` / `.values()` / `.items()`: an iterator walking the
//! dict's entries from the last, live like the forward one (a size change is a
//! RuntimeError), of CPython's types `dict_reversekeyiterator` and the like.

use std::rc::Rc;

use super::iter::{DictPart, IterKind, PyIter};
use super::{PyDict, PyErr, PyResult, Value};

/// The state of a reverse dict iterator.
pub struct DictReversed {
    pub dict: Rc<PyDict>,
    /// Raw entry positions still to look at: the next one is `pos - 1`.
    pub pos: usize,
    /// The dict's size when iteration began; another size is an error.
    pub len_at_start: usize,
    /// Items still expected (what `__length_hint__` answers).
    pub left: usize,
    pub part: DictPart,
}

/// A reverse iterator over `part` of `dict`.
pub fn reversed(dict: &Rc<PyDict>, part: DictPart) -> Value {
    let (pos, len) = {
        let t = dict.table.borrow();
        (t.raw_len(), t.len())
    };
    PyIter::new(IterKind::DictReversed(DictReversed {
        dict: dict.clone(),
        pos,
        len_at_start: len,
        left: len,
        part,
    }))
}

impl DictReversed {
    /// The next item from the end, None once the first entry is passed.
    pub fn next(&mut self) -> PyResult<Option<Value>> {
        let t = self.dict.table.borrow();
        if t.len() != self.len_at_start {
            drop(t);
            // Stays an error on every later call, as CPython's iterator does.
            self.len_at_start = usize::MAX;
            self.left = 0;
            return Err(PyErr::runtime_error(
                "dictionary changed size during iteration",
            ));
        }
        while self.pos > 0 {
            self.pos -= 1;
            if let Some(Some(e)) = t.entry_at(self.pos) {
                self.left = self.left.saturating_sub(1);
                return Ok(Some(match self.part {
                    DictPart::Keys => e.key.clone(),
                    DictPart::Values => e.value.clone(),
                    DictPart::Items => Value::tuple(vec![e.key.clone(), e.value.clone()]),
                }));
            }
        }
        self.left = 0;
        Ok(None)
    }

    /// `__length_hint__`: the items left, 0 once the dict changed size.
    pub fn length_hint(&self) -> usize {
        if self.dict.len() == self.len_at_start {
            self.left
        } else {
            0
        }
    }
}
