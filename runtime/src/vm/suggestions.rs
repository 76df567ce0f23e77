//! "Did you mean: …?" after a NameError or AttributeError in a traceback report, chosen
//! the way CPython 3.11 chooses it.
//!
//! - A NameError looks in three lists in turn — the local variable names of the innermost
//!   frame's code, the keys of that frame's globals, then of its builtins — and the first
//!   list that gives a suggestion wins. An AttributeError looks in `dir(obj)`.
//! - A list of 750 names or more is not searched.
//! - Names are compared as UTF-8 bytes with an edit distance where inserting, deleting or
//!   replacing a byte costs 2 and changing only the ASCII case of a letter costs 1, after
//!   dropping the prefix and suffix both names share. A name still longer than 40 bytes
//!   after that never matches.
//! - A candidate qualifies when its distance is at most `(len(name) + len(candidate) + 3)
//!   * 2 // 6`; the closest wins, the first of equally close ones.

use std::rc::Rc;

use crate::objects::{types, PyDict, PyInstance, Value};

use super::Vm;

/// Lists this long or longer are not searched.
const MAX_CANDIDATES: usize = 750;
/// A name longer than this (once common affixes are dropped) never matches.
const MAX_NAME_BYTES: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

impl Vm {
    /// `. Did you mean: 'x'?` for a NameError or AttributeError, or "".
    pub(super) fn suggestion(&mut self, exc: &Rc<PyInstance>) -> String {
        let class = exc.class();
        let ex = &types().exc;
        // Both exceptions' `name` is a member, stored in the exception state.
        let attribute_error = class.is_subtype(&ex.attribute_error);
        let name = crate::objects::exception_members::field(exc, "name");
        let Some(Value::Str(name)) = name else {
            return String::new();
        };
        let name = name.as_str();
        let found = if attribute_error {
            match crate::objects::exception_members::field(exc, "obj") {
                Some(obj) => self.attribute_suggestion(&obj, name),
                None => None,
            }
        } else if class.is_subtype(&ex.name_error) {
            self.name_suggestion(exc, name)
        } else {
            None
        };
        match found {
            Some(s) => format!(". Did you mean: '{}'?", s),
            None => String::new(),
        }
    }

    fn attribute_suggestion(&mut self, obj: &Value, name: &str) -> Option<String> {
        let listed = self.dir_of(obj).ok()?;
        let names = match &listed {
            Value::List(l) => l.snapshot(),
            _ => return None,
        };
        closest(name, &str_names(&names))
    }

    /// Locals of the innermost frame's code, then its globals, then its builtins.
    fn name_suggestion(&mut self, exc: &Rc<PyInstance>, name: &str) -> Option<String> {
        let (code, frame) = {
            let d = exc.exc.as_ref()?.borrow();
            let e = d.traceback.first()?;
            (e.code.clone(), e.frame.clone())
        };
        if let Some(s) = closest(name, &code.code.varnames) {
            return Some(s);
        }
        let frame = frame?;
        for scope in ["f_globals", "f_builtins"] {
            if let Ok(Some(Value::Dict(d))) = self.get_attr_opt(&frame, scope) {
                if let Some(s) = closest(name, &dict_names(&d)) {
                    return Some(s);
                }
            }
        }
        None
    }
}

fn str_names(values: &[Value]) -> Vec<String> {
    values
        .iter()
        .filter_map(|v| match v {
            Value::Str(s) => Some(s.as_str().to_string()),
            _ => None,
        })
        .collect()
}

fn dict_names(d: &PyDict) -> Vec<String> {
    str_names(&d.keys())
}

/// The candidate CPython would suggest for `name`, if any.
fn closest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(usize, &String)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let limit = (name.len() + c.len() + 3) * MOVE_COST / 6;
        // A candidate must beat the best one so far.
        let limit = match best {
            Some((d, _)) => limit.min(d.saturating_sub(1)),
            None => limit,
        };
        if let Some(d) = distance(name.as_bytes(), c.as_bytes(), limit) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c.clone())
}

fn substitution_cost(a: u8, b: u8) -> usize {
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance between `a` and `b` if it is at most `limit`.
fn distance(a: &[u8], b: &[u8], limit: usize) -> Option<usize> {
    let common_prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[common_prefix..], &b[common_prefix..]);
    let common_suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - common_suffix], &b[..b.len() - common_suffix]);
    let d = if a.is_empty() || b.is_empty() {
        (a.len() + b.len()) * MOVE_COST
    } else if a.len() > MAX_NAME_BYTES || b.len() > MAX_NAME_BYTES {
        return None;
    } else {
        full_distance(a, b)
    };
    (d <= limit).then_some(d)
}

/// Levenshtein distance with CPython's costs, one row at a time.
fn full_distance(a: &[u8], b: &[u8]) -> usize {
    // row[j]: cost of turning the first i bytes of `a` into the first j bytes of `b`.
    let mut row: Vec<usize> = (0..=b.len()).map(|j| j * MOVE_COST).collect();
    for (i, &ca) in a.iter().enumerate() {
        let mut diagonal = row[0];
        row[0] = (i + 1) * MOVE_COST;
        for (j, &cb) in b.iter().enumerate() {
            let replace = diagonal + substitution_cost(ca, cb);
            let delete = row[j + 1] + MOVE_COST;
            let insert = row[j] + MOVE_COST;
            diagonal = row[j + 1];
            row[j + 1] = replace.min(delete).min(insert);
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn cut_off_follows_the_lengths() {
        assert_eq!(closest("_1", &names(&["n"])), None);
        assert_eq!(closest("ac", &names(&["ab"])), Some("ab".into()));
        assert_eq!(closest("yx", &names(&["xy"])), None);
        assert_eq!(closest("ABC", &names(&["abc"])), Some("abc".into()));
        assert_eq!(closest("ABCDEF", &names(&["abcdef"])), None);
        assert_eq!(closest("sun", &names(&["sum_"])), None);
    }

    #[test]
    fn first_of_equals_wins_and_long_names_never_match() {
        assert_eq!(closest("zx", &names(&["zy", "zz"])), Some("zy".into()));
        let long_a = format!("a{}x", "1".repeat(42));
        let long_b = format!("b{}y", "1".repeat(42));
        assert_eq!(closest(&long_b, &names(&[&long_a])), None);
        let many: Vec<String> = (0..750).map(|i| format!("v{i}")).collect();
        assert_eq!(closest("v1x", &many), None);
    }
}
