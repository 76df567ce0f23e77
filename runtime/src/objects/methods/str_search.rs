//! The searching and splitting methods of `str`: `find`, `rfind`, `index`, `rindex`,
//! `count`, `startswith`, `endswith`, `replace`, `split`, `rsplit`, `splitlines`,
//! `partition` and `rpartition`. Positions are in characters; the optional start/end
//! bounds follow CPython's slice rules, including a start past the end, where not even
//! the empty string is found.

use std::rc::Rc;

use super::method_args::{bad_argument, c_int_arg, one_arg, positional, ssize_arg};
use super::method_args::{varargs, window};
use super::str::this;
use crate::modules::params::Params;
use crate::objects::function::Args;
use crate::objects::unicode::is_space;
use crate::objects::{PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The needle of find/count/index/partition: "must be str, not int".
fn needle(v: &Value) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "must be str, not {}",
            other.type_name()
        ))),
    }
}

/// The characters `start..end` of `me`, or None when the window is empty because start
/// lies past end (or past the string).
fn window_text(me: &PyStr, start: usize, end: usize) -> Option<&str> {
    (start <= end).then(|| me.substring(start, end))
}

/// `find`, `rfind`, `index` and `rindex`.
pub fn find(vm: &mut Vm, a: Args, name: &str, from_right: bool, raise: bool) -> PyResult<Value> {
    let me = this(&a, name)?;
    varargs(&a, "str", name, 1, 3)?;
    let (start, end) = window(vm, &a, 2, me.char_len())?;
    let sub = needle(&a.pos[1])?;
    let found = window_text(&me, start, end).and_then(|hay| {
        let at = if from_right {
            hay.rfind(sub.as_str())
        } else {
            hay.find(sub.as_str())
        };
        at.map(|b| start + hay[..b].chars().count())
    });
    match found {
        Some(i) => Ok(Value::from(i)),
        None if raise => Err(PyErr::value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

pub fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "count")?;
    varargs(&a, "str", "count", 1, 3)?;
    let (start, end) = window(vm, &a, 2, me.char_len())?;
    let sub = needle(&a.pos[1])?;
    let Some(hay) = window_text(&me, start, end) else {
        return Ok(Value::Int(0));
    };
    if sub.as_str().is_empty() {
        return Ok(Value::from(end - start + 1));
    }
    Ok(Value::from(hay.matches(sub.as_str()).count()))
}

/// `startswith` and `endswith`: a str or a tuple of str, tested on the window.
pub fn affix(vm: &mut Vm, a: Args, name: &str, prefix: bool) -> PyResult<Value> {
    let me = this(&a, name)?;
    varargs(&a, "str", name, 1, 3)?;
    let (start, end) = window(vm, &a, 2, me.char_len())?;
    let hay = window_text(&me, start, end);
    let test = |p: &PyStr| match hay {
        None => false,
        Some(h) if prefix => h.starts_with(p.as_str()),
        Some(h) => h.ends_with(p.as_str()),
    };
    match &a.pos[1] {
        Value::Str(p) => Ok(Value::bool(test(p))),
        Value::Tuple(t) => {
            for item in &t.items {
                match item {
                    Value::Str(p) if test(p) => return Ok(Value::bool(true)),
                    Value::Str(_) => {}
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            other.type_name()
        ))),
    }
}

/// "replace() argument 1 must be str, not int".
fn str_arg(v: &Value, func: &str, position: usize) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(bad_argument(
            func,
            &format!("argument {}", position),
            "str",
            other,
        )),
    }
}

pub fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "replace")?;
    positional(&a, "str", "replace", 2, 3)?;
    let old = str_arg(&a.pos[1], "replace", 1)?;
    let new = str_arg(&a.pos[2], "replace", 2)?;
    let count = match a.pos.get(3) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let t = me.as_str();
    // Nothing to replace: the string itself, no copy (as CPython).
    if count == 0 || !t.contains(old.as_str()) {
        return Ok(Value::Str(me));
    }
    Ok(Value::string(match usize::try_from(count) {
        Ok(n) => t.replacen(old.as_str(), new.as_str(), n),
        Err(_) => t.replace(old.as_str(), new.as_str()),
    }))
}

/// The parts of `me` as strs; a part that is the whole of `me` is `me` itself.
pub fn parts_of(me: &Rc<PyStr>, parts: Vec<&str>) -> Value {
    let whole = me.as_str().len();
    Value::list(
        parts
            .into_iter()
            .map(|p| {
                if p.len() == whole {
                    Value::Str(me.clone())
                } else {
                    Value::str(p)
                }
            })
            .collect(),
    )
}

/// `split` and `rsplit`: `sep` and `maxsplit` by position or keyword.
pub fn split(vm: &mut Vm, a: Args, from_right: bool) -> PyResult<Value> {
    let name = if from_right { "rsplit" } else { "split" };
    let me = this(&a, name)?;
    let args = Params {
        func: name,
        names: &["sep", "maxsplit"],
        required: 0,
        positional: 2,
    }
    .bind_method(&a)?;
    let maxsplit = match &args[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let limit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let t = me.as_str();
    let parts: Vec<&str> = match &args[0] {
        None | Some(Value::None) if from_right => rsplit_whitespace(t, limit),
        None | Some(Value::None) => split_whitespace(t, limit),
        Some(Value::Str(sep)) => {
            if sep.as_str().is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            let pieces = limit.saturating_add(1);
            if from_right {
                let mut v: Vec<&str> = t.rsplitn(pieces, sep.as_str()).collect();
                v.reverse();
                v
            } else {
                t.splitn(pieces, sep.as_str()).collect()
            }
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )));
        }
    };
    Ok(parts_of(&me, parts))
}

/// Words separated by runs of whitespace; after `limit` splits the rest is one part
/// (leading whitespace dropped, trailing kept).
fn split_whitespace(t: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = t.trim_start_matches(is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let end = rest.find(is_space).unwrap_or(rest.len());
        out.push(&rest[..end]);
        rest = rest[end..].trim_start_matches(is_space);
    }
    out
}

/// `split_whitespace` from the right.
fn rsplit_whitespace(t: &str, limit: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = t.trim_end_matches(is_space);
    while !rest.is_empty() {
        if out.len() == limit {
            out.push(rest);
            break;
        }
        let start = rest
            .char_indices()
            .rev()
            .find(|&(_, c)| is_space(c))
            .map(|(i, c)| i + c.len_utf8())
            .unwrap_or(0);
        out.push(&rest[start..]);
        rest = rest[..start].trim_end_matches(is_space);
    }
    out.reverse();
    out
}

/// The line boundaries of `str.splitlines` (besides "\r\n", which is one boundary).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

pub fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "splitlines")?;
    let args = Params {
        func: "splitlines",
        names: &["keepends"],
        required: 0,
        positional: 1,
    }
    .bind_method(&a)?;
    let keep = match &args[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    let lines = split_lines(me.as_str(), keep);
    Ok(parts_of(&me, lines))
}

/// The lines of `t` at every line boundary `str.splitlines` knows, with or without their
/// line ends.
pub fn split_lines(t: &str, keep: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = t.char_indices().peekable();
    while let Some((pos, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = pos + c.len_utf8();
        if c == '\r' && matches!(chars.peek(), Some((_, '\n'))) {
            chars.next();
            end += 1;
        }
        out.push(&t[start..if keep { end } else { pos }]);
        start = end;
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    out
}

/// `partition` and `rpartition`.
pub fn partition(a: Args, from_right: bool) -> PyResult<Value> {
    let name = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    let me = this(&a, name)?;
    let sep = needle(&one_arg(&a, "str", name)?)?;
    if sep.as_str().is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let t = me.as_str();
    let found = if from_right {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    let empty = || Value::str("");
    Ok(Value::tuple(match found {
        Some(i) => vec![
            Value::str(&t[..i]),
            Value::Str(sep.clone()),
            Value::str(&t[i + sep.as_str().len()..]),
        ],
        // No match gives the string itself back (`call_on_base` turns it into a str
        // subclass's instance).
        None if from_right => vec![empty(), empty(), Value::Str(me.clone())],
        None => vec![Value::Str(me.clone()), empty(), empty()],
    }))
}
