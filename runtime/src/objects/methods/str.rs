//! Methods of `str`, including `str.format`'s field syntax.

use std::rc::Rc;

use super::{add_methods, receiver, wrong_receiver};
use crate::objects::function::Args;
use crate::objects::{types, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

fn this(a: &Args, m: &str) -> PyResult<Rc<PyStr>> {
    match receiver(a) {
        Value::Str(s) => Ok(s),
        other => Err(wrong_receiver(m, "str", &other)),
    }
}

fn str_arg(v: &Value, func: &str, what: &str) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(PyErr::type_error(format!(
            "{}() argument {} must be str, not {}",
            func,
            what,
            other.type_name()
        ))),
    }
}

/// Optional `chars` argument of strip & co.
fn strip_chars(a: &Args, func: &str) -> PyResult<Option<Vec<char>>> {
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().chars().collect())),
        Some(other) => Err(PyErr::type_error(format!(
            "{} arg must be None or str, not {}",
            func,
            other.type_name()
        ))),
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::string(v))
}

/// Start of each run of ten Unicode decimal digits (category Nd).
const DECIMAL_BLOCKS: &[u32] = &[
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90,
    0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10,
    0x104A0, 0x10D30, 0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650,
    0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50, 0x11DA0, 0x16A60, 0x16AC0, 0x16B50,
    0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E950, 0x1FBF0,
];

/// The value of a Unicode decimal digit (what `int()` and `str.isdecimal` accept).
pub fn decimal_value(c: char) -> Option<u32> {
    let n = c as u32;
    DECIMAL_BLOCKS
        .iter()
        .find(|&&start| n >= start && n < start + 10)
        .map(|start| n - start)
}

/// `str.isdigit` for one character: decimals plus the other digits (superscripts, circled…).
pub fn is_digit_char(c: char) -> bool {
    if decimal_value(c).is_some() {
        return true;
    }
    let n = c as u32;
    matches!(
        n,
        0xB2 | 0xB3 | 0xB9 | 0x1369..=0x1371 | 0x19DA | 0x2070 | 0x2074..=0x2079
            | 0x2080..=0x2089 | 0x2460..=0x2468 | 0x2474..=0x247C | 0x2488..=0x2490
            | 0x24EA | 0x24F5..=0x24FD | 0x24FF | 0x2776..=0x277E | 0x2780..=0x2788
            | 0x278A..=0x2792 | 0x10A40..=0x10A43 | 0x1F100..=0x1F10A
    )
}

/// `str.isalpha` for one character: letters only (not letter numbers like 'Ⅻ').
pub fn is_alpha_char(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

/// `str.casefold`.
pub fn casefold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ß' | 'ẞ' => out.push_str("ss"),
            'ς' => out.push('σ'),
            'µ' => out.push('μ'),
            'ſ' => out.push('s'),
            _ => {
                let mut up = c.to_uppercase();
                if up.len() > 1 {
                    for u in up.by_ref() {
                        out.extend(u.to_lowercase());
                    }
                } else {
                    out.extend(c.to_lowercase());
                }
            }
        }
    }
    out
}

/// Replaces Unicode decimal digits with ASCII ones and trims Unicode whitespace, as `int()`
/// and `float()` do before parsing.
pub fn ascii_digits(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| match decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn str_translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "translate")?;
    let table = a.pos.get(1).cloned().unwrap_or(Value::None);
    let mut out = String::with_capacity(me.as_str().len());
    for c in me.as_str().chars() {
        let key = Value::Int(c as i64);
        let mapped = match vm.get_item(&table, &key) {
            Ok(v) => Some(v),
            Err(e) if e.is_instance(&types().exc.lookup_error) => None,
            Err(e) => return Err(e),
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Some(_) => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    s(out)
}

fn str_maketrans(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    // Called as a static method: drop the receiver when present.
    if matches!(a.pos.first(), Some(Value::Type(_))) {
        a.pos.remove(0);
    }
    let d = crate::objects::PyDict::new();
    match (a.pos.first().cloned(), a.pos.get(1).cloned()) {
        (Some(Value::Dict(src)), None) => {
            for (k, v) in src.items() {
                let key = match &k {
                    Value::Str(ks) if ks.char_len() == 1 => {
                        Value::Int(ks.as_str().chars().next().map(|c| c as i64).unwrap_or(0))
                    }
                    Value::Int(_) => k.clone(),
                    _ => {
                        return Err(PyErr::type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                };
                d.set(vm, key, v)?;
            }
        }
        (Some(Value::Str(x)), Some(Value::Str(y))) => {
            if x.char_len() != y.char_len() {
                return Err(PyErr::value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (p, q) in x.as_str().chars().zip(y.as_str().chars()) {
                d.set(vm, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            if let Some(Value::Str(z)) = a.pos.get(2) {
                for c in z.as_str().chars() {
                    d.set(vm, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

pub fn register() {
    super::add_classmethods(&types().str, &[("maketrans", str_maketrans)]);
    add_methods(
        &types().str,
        &[
            ("join", str_join),
            ("split", |vm, a| split(vm, a, false)),
            ("rsplit", |vm, a| split(vm, a, true)),
            ("splitlines", str_splitlines),
            ("strip", |_, a| {
                let me = this(&a, "strip")?;
                s(match strip_chars(&a, "strip")? {
                    None => me.as_str().trim().to_string(),
                    Some(cs) => me.as_str().trim_matches(|c| cs.contains(&c)).to_string(),
                })
            }),
            ("lstrip", |_, a| {
                let me = this(&a, "lstrip")?;
                s(match strip_chars(&a, "lstrip")? {
                    None => me.as_str().trim_start().to_string(),
                    Some(cs) => me
                        .as_str()
                        .trim_start_matches(|c| cs.contains(&c))
                        .to_string(),
                })
            }),
            ("rstrip", |_, a| {
                let me = this(&a, "rstrip")?;
                s(match strip_chars(&a, "rstrip")? {
                    None => me.as_str().trim_end().to_string(),
                    Some(cs) => me
                        .as_str()
                        .trim_end_matches(|c| cs.contains(&c))
                        .to_string(),
                })
            }),
            ("replace", str_replace),
            ("find", |vm, a| find(vm, a, "find", false, false)),
            ("rfind", |vm, a| find(vm, a, "rfind", true, false)),
            ("index", |vm, a| find(vm, a, "index", false, true)),
            ("rindex", |vm, a| find(vm, a, "rindex", true, true)),
            ("count", str_count),
            ("startswith", |vm, a| affix(vm, a, "startswith", true)),
            ("endswith", |vm, a| affix(vm, a, "endswith", false)),
            ("upper", |_, a| {
                s(this(&a, "upper")?.as_str().to_uppercase())
            }),
            ("lower", |_, a| {
                s(this(&a, "lower")?.as_str().to_lowercase())
            }),
            ("casefold", |_, a| {
                s(casefold(this(&a, "casefold")?.as_str()))
            }),
            ("translate", str_translate),
            ("swapcase", |_, a| {
                s(this(&a, "swapcase")?
                    .as_str()
                    .chars()
                    .flat_map(|c| {
                        if c.is_uppercase() {
                            c.to_lowercase().collect::<Vec<_>>()
                        } else {
                            c.to_uppercase().collect::<Vec<_>>()
                        }
                    })
                    .collect())
            }),
            ("capitalize", |_, a| {
                let me = this(&a, "capitalize")?;
                let mut chars = me.as_str().chars();
                s(match chars.next() {
                    Some(f) => f
                        .to_uppercase()
                        .chain(chars.flat_map(|c| c.to_lowercase()))
                        .collect(),
                    None => String::new(),
                })
            }),
            ("title", |_, a| {
                let me = this(&a, "title")?;
                let mut out = String::new();
                let mut prev_cased = false;
                for c in me.as_str().chars() {
                    if prev_cased {
                        out.extend(c.to_lowercase());
                    } else {
                        out.extend(c.to_uppercase());
                    }
                    prev_cased = c.is_alphabetic();
                }
                s(out)
            }),
            ("isdigit", |_, a| pred(&a, "isdigit", is_digit_char)),
            ("isdecimal", |_, a| {
                pred(&a, "isdecimal", |c| decimal_value(c).is_some())
            }),
            ("isnumeric", |_, a| {
                pred(&a, "isnumeric", |c| c.is_numeric())
            }),
            ("isalpha", |_, a| pred(&a, "isalpha", is_alpha_char)),
            ("isalnum", |_, a| {
                pred(&a, "isalnum", |c| is_alpha_char(c) || c.is_numeric())
            }),
            ("isspace", |_, a| pred(&a, "isspace", |c| c.is_whitespace())),
            ("isascii", |_, a| {
                Ok(Value::Bool(this(&a, "isascii")?.as_str().is_ascii()))
            }),
            ("isprintable", |_, a| {
                Ok(Value::Bool(
                    this(&a, "isprintable")?
                        .as_str()
                        .chars()
                        .all(crate::objects::str::is_printable),
                ))
            }),
            ("isupper", |_, a| {
                let me = this(&a, "isupper")?;
                let t = me.as_str();
                Ok(Value::Bool(
                    t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()),
                ))
            }),
            ("islower", |_, a| {
                let me = this(&a, "islower")?;
                let t = me.as_str();
                Ok(Value::Bool(
                    t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()),
                ))
            }),
            ("istitle", |_, a| {
                let me = this(&a, "istitle")?;
                let mut prev_cased = false;
                let mut any = false;
                for c in me.as_str().chars() {
                    if c.is_uppercase() {
                        if prev_cased {
                            return Ok(Value::Bool(false));
                        }
                        prev_cased = true;
                        any = true;
                    } else if c.is_lowercase() {
                        if !prev_cased {
                            return Ok(Value::Bool(false));
                        }
                        prev_cased = true;
                    } else {
                        prev_cased = false;
                    }
                }
                Ok(Value::Bool(any))
            }),
            ("isidentifier", |_, a| {
                let me = this(&a, "isidentifier")?;
                let mut chars = me.as_str().chars();
                let ok = match chars.next() {
                    Some(c) => {
                        (c == '_' || c.is_alphabetic())
                            && chars.all(|c| c == '_' || c.is_alphanumeric())
                    }
                    None => false,
                };
                Ok(Value::Bool(ok))
            }),
            ("center", |vm, a| justify(vm, a, "center")),
            ("ljust", |vm, a| justify(vm, a, "ljust")),
            ("rjust", |vm, a| justify(vm, a, "rjust")),
            ("zfill", |vm, a| {
                a.expect("zfill", 2, 2)?;
                let me = this(&a, "zfill")?;
                let w = vm.index_of(&a.pos[1], "zfill")?.max(0) as usize;
                let t = me.as_str();
                let n = me.char_len();
                if n >= w {
                    return s(t.to_string());
                }
                let (sign, rest) = if t.starts_with(['+', '-']) {
                    t.split_at(1)
                } else {
                    ("", t)
                };
                s(format!("{}{}{}", sign, "0".repeat(w - n), rest))
            }),
            ("partition", |_, a| partition(&a, false)),
            ("rpartition", |_, a| partition(&a, true)),
            ("removeprefix", |_, a| {
                a.expect("removeprefix", 2, 2)?;
                let me = this(&a, "removeprefix")?;
                let p = str_arg(&a.pos[1], "removeprefix", "1")?;
                s(me.as_str()
                    .strip_prefix(p.as_str())
                    .unwrap_or(me.as_str())
                    .to_string())
            }),
            ("removesuffix", |_, a| {
                a.expect("removesuffix", 2, 2)?;
                let me = this(&a, "removesuffix")?;
                let p = str_arg(&a.pos[1], "removesuffix", "1")?;
                s(me.as_str()
                    .strip_suffix(p.as_str())
                    .unwrap_or(me.as_str())
                    .to_string())
            }),
            ("expandtabs", |vm, mut a| {
                let me = this(&a, "expandtabs")?;
                let size = match a.arg(1, "tabsize") {
                    Some(v) => vm.index_of(&v, "expandtabs")?,
                    None => 8,
                };
                let mut out = String::new();
                let mut col = 0i64;
                for c in me.as_str().chars() {
                    match c {
                        '\t' => {
                            if size > 0 {
                                let n = size - col % size;
                                out.push_str(&" ".repeat(n as usize));
                                col += n;
                            }
                        }
                        '\n' | '\r' => {
                            out.push(c);
                            col = 0;
                        }
                        _ => {
                            out.push(c);
                            col += 1;
                        }
                    }
                }
                s(out)
            }),
            ("encode", |_, mut a| {
                let me = this(&a, "encode")?;
                if a.pos.len() > 3 {
                    return Err(PyErr::type_error(format!(
                        "encode() takes at most 2 arguments ({} given)",
                        a.pos.len() - 1
                    )));
                }
                let (enc, errs) = (a.arg(1, "encoding"), a.arg(2, "errors"));
                if let Some((k, _)) = a.kw.first() {
                    return Err(PyErr::type_error(format!(
                        "'{}' is an invalid keyword argument for encode()",
                        k.as_str()
                    )));
                }
                let (enc, errs) = crate::objects::codecs::codec_args("encode", enc, errs)?;
                crate::objects::codecs::encode_value(me.as_str(), enc.as_str(), errs.as_str())
            }),
            ("format", str_format),
            ("format_map", |vm, a| {
                a.expect("format_map", 2, 2)?;
                let me = this(&a, "format_map")?;
                s(format_fields(vm, me.as_str(), &[], &[], Some(&a.pos[1]))?)
            }),
            ("__format__", |vm, a| {
                let me = this(&a, "__format__")?;
                let spec = match a.pos.get(1) {
                    Some(Value::Str(x)) => x.as_str().to_string(),
                    _ => String::new(),
                };
                s(vm.format(&Value::Str(me), &spec)?)
            }),
            ("__len__", |_, a| {
                Ok(Value::from(this(&a, "__len__")?.char_len()))
            }),
            ("__contains__", |vm, a| {
                a.expect("__contains__", 2, 2)?;
                Ok(Value::Bool(vm.contains(&a.pos[0], &a.pos[1])?))
            }),
            ("__getitem__", |vm, a| {
                a.expect("__getitem__", 2, 2)?;
                vm.get_item(&a.pos[0], &a.pos[1])
            }),
        ],
    );
}

fn pred(a: &Args, name: &str, f: impl Fn(char) -> bool) -> PyResult<Value> {
    let me = this(a, name)?;
    let t = me.as_str();
    Ok(Value::Bool(!t.is_empty() && t.chars().all(f)))
}

fn str_join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("join", 2, 2)?;
    let sep = this(&a, "join")?;
    let items = vm.collect_iterable(&a.pos[1])?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match it {
            Value::Str(x) => out.push_str(x.as_str()),
            Value::Instance(inst) if matches!(inst.base, Some(Value::Str(_))) => {
                if let Some(Value::Str(x)) = &inst.base {
                    out.push_str(x.as_str());
                }
            }
            other => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected str instance, {} found",
                    i,
                    other.type_name()
                )))
            }
        }
    }
    s(out)
}

fn split(vm: &mut Vm, mut a: Args, from_right: bool) -> PyResult<Value> {
    let name = if from_right { "rsplit" } else { "split" };
    let me = this(&a, name)?;
    let sep = a.arg(1, "sep").filter(|v| !v.is_none());
    let maxsplit = match a.arg(2, "maxsplit") {
        Some(v) => vm.index_of(&v, name)?,
        None => -1,
    };
    let t = me.as_str();
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<String> = match sep {
        None => {
            let words: Vec<&str> = t.split_whitespace().collect();
            if limit >= words.len() {
                words.into_iter().map(String::from).collect()
            } else if !from_right {
                // Split off `limit` words from the left; the remainder keeps its spacing.
                let mut out = Vec::new();
                let mut rest = t.trim_start();
                for _ in 0..limit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    out.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out
            } else {
                let mut out = Vec::new();
                let mut rest = t.trim_end();
                for _ in 0..limit {
                    let start = rest
                        .rfind(char::is_whitespace)
                        .map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1))
                        .unwrap_or(0);
                    out.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    out.push(rest.to_string());
                }
                out.reverse();
                out
            }
        }
        Some(Value::Str(sep)) => {
            if sep.as_str().is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if from_right {
                let mut v: Vec<String> = t
                    .rsplitn(limit.saturating_add(1), sep.as_str())
                    .map(String::from)
                    .collect();
                v.reverse();
                v
            } else {
                t.splitn(limit.saturating_add(1), sep.as_str())
                    .map(String::from)
                    .collect()
            }
        }
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "must be str or None, not {}",
                other.type_name()
            )));
        }
    };
    Ok(Value::list(parts.into_iter().map(Value::string).collect()))
}

fn str_splitlines(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let me = this(&a, "splitlines")?;
    let keep = match a.arg(1, "keepends") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let parts = split_lines(me.as_str(), keep);
    Ok(Value::list(parts.into_iter().map(Value::str).collect()))
}

/// `str.splitlines`: the lines of t at every line boundary Python knows, with or without
/// their line ends.
pub fn split_lines(t: &str, keep: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = t.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        let is_break = matches!(
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
        );
        if is_break {
            let mut end = pos + c.len_utf8();
            if c == '\r' && i + 1 < chars.len() && chars[i + 1].1 == '\n' {
                end += 1;
                i += 1;
            }
            out.push(if keep { &t[start..end] } else { &t[start..pos] });
            start = end;
        }
        i += 1;
    }
    if start < t.len() {
        out.push(&t[start..]);
    }
    out
}

fn str_replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("replace", 3, 4)?;
    let me = this(&a, "replace")?;
    let old = str_arg(&a.pos[1], "replace", "1")?;
    let new = str_arg(&a.pos[2], "replace", "2")?;
    let count = match a.pos.get(3) {
        Some(v) => vm.index_of(v, "replace")?,
        None => -1,
    };
    if count < 0 {
        return s(me.as_str().replace(old.as_str(), new.as_str()));
    }
    s(me.as_str()
        .replacen(old.as_str(), new.as_str(), count as usize))
}

/// Resolves optional start/end arguments to a character range of `me`.
fn char_range(vm: &mut Vm, a: &Args, me: &PyStr, first: usize) -> PyResult<(usize, usize)> {
    let n = me.char_len() as i64;
    let fix = |i: i64| -> usize {
        let i = if i < 0 { (i + n).max(0) } else { i.min(n) };
        i as usize
    };
    let start = match a.pos.get(first) {
        Some(Value::None) | None => 0,
        Some(v) => fix(vm.index_of(v, "slice")?),
    };
    let end = match a.pos.get(first + 1) {
        Some(Value::None) | None => n as usize,
        Some(v) => fix(vm.index_of(v, "slice")?),
    };
    Ok((start, end))
}

fn find(vm: &mut Vm, a: Args, name: &str, from_right: bool, raise: bool) -> PyResult<Value> {
    a.expect(name, 2, 4)?;
    let me = this(&a, name)?;
    let sub = str_arg(&a.pos[1], name, "1")?;
    let (start, end) = char_range(vm, &a, &me, 2)?;
    let found = if start > end {
        None
    } else {
        let hay = me.substring(start, end);
        let r = if from_right {
            hay.rfind(sub.as_str())
        } else {
            hay.find(sub.as_str())
        };
        r.map(|b| start + hay[..b].chars().count())
    };
    match found {
        Some(i) => Ok(Value::from(i)),
        None if raise => Err(PyErr::value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn str_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.expect("count", 2, 4)?;
    let me = this(&a, "count")?;
    let sub = str_arg(&a.pos[1], "count", "1")?;
    let (start, end) = char_range(vm, &a, &me, 2)?;
    if start > end {
        return Ok(Value::Int(0));
    }
    let hay = me.substring(start, end);
    if sub.as_str().is_empty() {
        return Ok(Value::from(hay.chars().count() + 1));
    }
    Ok(Value::from(hay.matches(sub.as_str()).count()))
}

fn affix(vm: &mut Vm, a: Args, name: &str, prefix: bool) -> PyResult<Value> {
    a.expect(name, 2, 4)?;
    let me = this(&a, name)?;
    let (start, end) = char_range(vm, &a, &me, 2)?;
    let hay = if start <= end {
        me.substring(start, end).to_string()
    } else {
        return Ok(Value::Bool(false));
    };
    let test = |p: &str| {
        if prefix {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    match &a.pos[1] {
        Value::Str(p) => Ok(Value::Bool(test(p.as_str()))),
        Value::Tuple(t) => {
            for item in &t.items {
                match item {
                    Value::Str(p) => {
                        if test(p.as_str()) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        return Err(PyErr::type_error(format!(
                            "tuple for {} must only contain str, not {}",
                            name,
                            other.type_name()
                        )))
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => Err(PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            name,
            other.type_name()
        ))),
    }
}

fn justify(vm: &mut Vm, a: Args, name: &str) -> PyResult<Value> {
    a.expect(name, 2, 3)?;
    let me = this(&a, name)?;
    let width = vm.index_of(&a.pos[1], name)?.max(0) as usize;
    let fill = match a.pos.get(2) {
        Some(Value::Str(f)) if f.char_len() == 1 => f.as_str().chars().next().unwrap_or(' '),
        Some(_) => {
            return Err(PyErr::type_error(
                "The fill character must be exactly one character long",
            ))
        }
        None => ' ',
    };
    let n = me.char_len();
    if n >= width {
        return s(me.as_str().to_string());
    }
    let pad = width - n;
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    s(match name {
        "ljust" => format!("{}{}", me.as_str(), f(pad)),
        "rjust" => format!("{}{}", f(pad), me.as_str()),
        _ => {
            // CPython puts the extra character on the left when both the padding and the
            // width are odd.
            let left = pad / 2 + (pad & width & 1);
            format!("{}{}{}", f(left), me.as_str(), f(pad - left))
        }
    })
}

fn partition(a: &Args, from_right: bool) -> PyResult<Value> {
    let name = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    a.expect(name, 2, 2)?;
    let me = this(a, name)?;
    let sep = str_arg(&a.pos[1], name, "1")?;
    if sep.as_str().is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let t = me.as_str();
    let found = if from_right {
        t.rfind(sep.as_str())
    } else {
        t.find(sep.as_str())
    };
    Ok(match found {
        Some(i) => Value::tuple(vec![
            Value::str(&t[..i]),
            Value::Str(sep.clone()),
            Value::str(&t[i + sep.as_str().len()..]),
        ]),
        None if from_right => {
            Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(me.clone())])
        }
        None => Value::tuple(vec![Value::Str(me.clone()), Value::str(""), Value::str("")]),
    })
}

fn str_format(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let me = this(&a, "format")?;
    let pos: Vec<Value> = a.pos.drain(1..).collect();
    let kw = std::mem::take(&mut a.kw);
    s(format_fields(vm, me.as_str(), &pos, &kw, None)?)
}

/// Expands `{field!conv:spec}` replacement fields (str.format / format_map).
pub fn format_fields(
    vm: &mut Vm,
    fmt: &str,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
) -> PyResult<String> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    let mut auto = 0usize;
    let mut manual = false;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(PyErr::value_error(
                "Single '}' encountered in format string",
            ));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        // Find the matching close brace, allowing one level of nested fields in the spec.
        let mut depth = 1;
        let mut j = i + 1;
        while j < chars.len() && depth > 0 {
            match chars[j] {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if depth > 0 {
            return Err(PyErr::value_error("expected '}' before end of string"));
        }
        let field: String = chars[i + 1..j - 1].iter().collect();
        i = j;
        let (head, spec) = match field.find(':') {
            Some(k) => (&field[..k], field[k + 1..].to_string()),
            None => (field.as_str(), String::new()),
        };
        let (name, conv) = match head.find('!') {
            Some(k) => (&head[..k], Some(&head[k + 1..])),
            None => (head, None),
        };
        // The first part of the name selects the argument; `.attr` and `[key]` follow.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if manual {
                return Err(PyErr::value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            let v = pos.get(auto).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    auto
                ))
            })?;
            auto += 1;
            v
        } else if let Ok(n) = first.parse::<usize>() {
            if auto > 0 {
                return Err(PyErr::value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            manual = true;
            pos.get(n).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    n
                ))
            })?
        } else {
            match mapping {
                Some(m) => vm.get_item(m, &Value::str(first))?,
                None => kw
                    .iter()
                    .find(|(k, _)| k.as_str() == first)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| PyErr::key_error(Value::str(first)))?,
            }
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                value = vm.get_attr(&value, &PyStr::intern(&r[..end]))?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let end = r
                    .find(']')
                    .ok_or_else(|| PyErr::value_error("Missing ']' in format string"))?;
                let key = &r[..end];
                let k = match key.parse::<i64>() {
                    Ok(n) => Value::Int(n),
                    Err(_) => Value::str(key),
                };
                value = vm.get_item(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                break;
            }
        }
        let value = match conv {
            None => value,
            Some("r") => Value::string(vm.repr(&value)?),
            Some("s") => Value::Str(vm.to_str(&value)?),
            Some("a") => Value::string(crate::objects::str::escape_non_ascii(&vm.repr(&value)?)),
            Some(other) => {
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {}",
                    other.chars().next().unwrap_or(' ')
                )))
            }
        };
        let spec = if spec.contains('{') {
            format_fields_spec(vm, &spec, pos, kw, mapping, &mut auto)?
        } else {
            spec
        };
        out.push_str(&vm.format(&value, &spec)?);
    }
    Ok(out)
}

/// Expands nested fields inside a spec (`{:{width}}`), sharing automatic numbering.
fn format_fields_spec(
    vm: &mut Vm,
    spec: &str,
    pos: &[Value],
    kw: &[(Rc<PyStr>, Value)],
    mapping: Option<&Value>,
    auto: &mut usize,
) -> PyResult<String> {
    let mut out = String::new();
    let mut rest = spec;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let close = rest[open..]
            .find('}')
            .ok_or_else(|| PyErr::value_error("unmatched '{' in format spec"))?
            + open;
        let name = &rest[open + 1..close];
        let v = if name.is_empty() {
            let v = pos.get(*auto).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    auto
                ))
            })?;
            *auto += 1;
            v
        } else if let Ok(n) = name.parse::<usize>() {
            pos.get(n).cloned().ok_or_else(|| {
                PyErr::index_error(format!(
                    "Replacement index {} out of range for positional args tuple",
                    n
                ))
            })?
        } else {
            match mapping {
                Some(m) => vm.get_item(m, &Value::str(name))?,
                None => kw
                    .iter()
                    .find(|(k, _)| k.as_str() == name)
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| PyErr::key_error(Value::str(name)))?,
            }
        };
        out.push_str(vm.to_str(&v)?.as_str());
        rest = &rest[close + 1..];
    }
    out.push_str(rest);
    Ok(out)
}
