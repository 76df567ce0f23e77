//! Methods of `str`, registered here. The searching and splitting methods are in
//! `str_search.rs`, `format`/`format_map` in `str_format.rs`, and the Unicode classes and
//! case mappings they rely on in `objects/unicode.rs`. Argument checks go through
//! `method_args.rs`, which words each error as CPython does for that method.

use std::rc::Rc;

use super::method_args::slot_wrapper;
use super::method_args::{bad_argument, c_int_arg, count_expected, no_args, one_arg};
use super::method_args::{positional, ssize_arg};
use super::str_format::str_format;
use super::str_search as search;
pub use super::str_search::split_lines;
use super::{add_methods, receiver_to_check, wrong_receiver};
use crate::modules::params::Params;
use crate::objects::function::Args;
use crate::objects::unicode;
use crate::objects::{types, PyErr, PyResult, PyStr, Value};
use crate::vm::Vm;

/// The receiver: "descriptor 'upper' for 'str' objects doesn't apply to a 'int' object".
pub fn this(a: &Args, m: &str) -> PyResult<Rc<PyStr>> {
    match receiver_to_check(a) {
        Value::Str(s) => Ok(s),
        other => Err(wrong_receiver(m, "str", &other)),
    }
}

/// The receiver of a method that takes no arguments.
fn this_alone(a: &Args, m: &str) -> PyResult<Rc<PyStr>> {
    let me = this(a, m)?;
    no_args(a, "str", m)?;
    Ok(me)
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::string(v))
}

/// A method without arguments mapping the text to new text.
fn map_text(a: &Args, m: &str, f: fn(&str) -> String) -> PyResult<Value> {
    s(f(this_alone(a, m)?.as_str()))
}

/// A predicate method: true when the text is non-empty and every character passes.
fn all_chars(a: &Args, m: &str, f: fn(char) -> bool) -> PyResult<Value> {
    let me = this_alone(a, m)?;
    let t = me.as_str();
    Ok(Value::bool(!t.is_empty() && t.chars().all(f)))
}

/// A predicate method over the whole text.
fn text_test(a: &Args, m: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    Ok(Value::bool(f(this_alone(a, m)?.as_str())))
}

/// Replaces Unicode decimal digits with ASCII ones and trims whitespace, as `int()` and
/// `float()` do before parsing.
pub fn ascii_digits(text: &str) -> String {
    text.trim_matches(unicode::is_space)
        .chars()
        .map(|c| match unicode::decimal_value(c) {
            Some(d) if !c.is_ascii() => char::from_digit(d, 10).unwrap_or(c),
            _ => c,
        })
        .collect()
}

/// `strip`, `lstrip` and `rstrip`: whitespace, or the characters of the argument.
fn strip(a: Args, m: &str, left: bool, right: bool) -> PyResult<Value> {
    let me = this(&a, m)?;
    positional(&a, "str", m, 0, 1)?;
    let chars: Option<Vec<char>> = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(cs)) => Some(cs.as_str().chars().collect()),
        Some(_) => return Err(PyErr::type_error(format!("{} arg must be None or str", m))),
    };
    let strips = |c: char| match &chars {
        None => unicode::is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut t = me.as_str();
    if left {
        t = t.trim_start_matches(strips);
    }
    if right {
        t = t.trim_end_matches(strips);
    }
    if t.len() == me.as_str().len() {
        return Ok(Value::Str(me));
    }
    Ok(Value::str(t))
}

/// A width argument that sizes a new string: an index-sized int, negative meaning 0.
fn width_arg(vm: &mut Vm, v: &Value) -> PyResult<usize> {
    let w = ssize_arg(vm, v)?.max(0);
    super::bytes::check_size(w as u128)?;
    Ok(w as usize)
}

/// `center`, `ljust` and `rjust`.
fn justify(vm: &mut Vm, a: Args, m: &str) -> PyResult<Value> {
    let me = this(&a, m)?;
    positional(&a, "str", m, 1, 2)?;
    let width = width_arg(vm, &a.pos[1])?;
    let fill = match a.pos.get(2) {
        None => ' ',
        Some(Value::Str(f)) => match (f.char_len(), f.as_str().chars().next()) {
            (1, Some(c)) => c,
            _ => {
                return Err(PyErr::type_error(
                    "The fill character must be exactly one character long",
                ))
            }
        },
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "The fill character must be a unicode character, not {}",
                other.type_name()
            )))
        }
    };
    let n = me.char_len();
    if n >= width {
        return Ok(Value::Str(me));
    }
    let pad = width - n;
    let f = |k: usize| std::iter::repeat(fill).take(k).collect::<String>();
    s(match m {
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

fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "zfill")?;
    let width = width_arg(vm, &one_arg(&a, "str", "zfill")?)?;
    let t = me.as_str();
    let n = me.char_len();
    if n >= width {
        return Ok(Value::Str(me));
    }
    let (sign, rest) = match t.strip_prefix(['+', '-']) {
        Some(rest) => (&t[..1], rest),
        None => ("", t),
    };
    s(format!("{}{}{}", sign, "0".repeat(width - n), rest))
}

/// `removeprefix` and `removesuffix`.
fn remove_affix(a: Args, m: &str, prefix: bool) -> PyResult<Value> {
    let me = this(&a, m)?;
    let affix = match one_arg(&a, "str", m)? {
        Value::Str(p) => p,
        other => return Err(bad_argument(m, "argument", "str", &other)),
    };
    let t = me.as_str();
    let rest = if prefix {
        t.strip_prefix(affix.as_str())
    } else {
        t.strip_suffix(affix.as_str())
    };
    match rest {
        Some(r) if !affix.as_str().is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(me)),
    }
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let sep = this(&a, "join")?;
    let iterable = one_arg(&a, "str", "join")?;
    let items =
        vm.collect_iterable_or(&iterable, || PyErr::type_error("can only join an iterable"))?;
    // One exact str joins to itself.
    if let [item @ Value::Str(_)] = items.as_slice() {
        return Ok(item.clone());
    }
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep.as_str());
        }
        match it {
            Value::Str(x) => out.push_str(x.as_str()),
            Value::Instance(inst) if matches!(inst.base(), Some(Value::Str(_))) => {
                if let Some(Value::Str(x)) = inst.base() {
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

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "expandtabs")?;
    let args = Params {
        func: "expandtabs",
        names: &["tabsize"],
        required: 0,
        positional: 1,
    }
    .bind_method(&a)?;
    let size = match &args[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    if !me.as_str().contains('\t') {
        return Ok(Value::Str(me));
    }
    // Measure first, so a huge tab size is a MemoryError rather than an abort.
    let (mut len, mut col) = (0u128, 0i64);
    for c in me.as_str().chars() {
        match c {
            '\t' if size > 0 => {
                let pad = size - col % size;
                len += pad as u128;
                col += pad;
            }
            '\t' => {}
            '\n' | '\r' => {
                len += 1;
                col = 0;
            }
            _ => {
                len += 1;
                col += 1;
            }
        }
    }
    super::bytes::check_size(len)?;
    let mut out = String::with_capacity(len as usize);
    col = 0;
    for c in me.as_str().chars() {
        match c {
            '\t' if size > 0 => {
                let pad = size - col % size;
                out.extend(std::iter::repeat(' ').take(pad as usize));
                col += pad;
            }
            '\t' => {}
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
}

fn encode(_: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "encode")?;
    let mut args = Params {
        func: "encode",
        names: &["encoding", "errors"],
        required: 0,
        positional: 2,
    }
    .bind_method(&a)?
    .into_iter();
    let (enc, errs) =
        crate::objects::codecs::codec_args("encode", args.next().flatten(), args.next().flatten())?;
    crate::objects::codecs::encode_value(me.as_str(), enc.as_str(), errs.as_str())
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "translate")?;
    let table = one_arg(&a, "str", "translate")?;
    let mut out = String::with_capacity(me.as_str().len());
    for c in me.as_str().chars() {
        let key = Value::Int(crate::objects::surrogates::code_point(c) as i64);
        let mapped = match vm.get_item(&table, &key) {
            Ok(v) => Some(v),
            Err(e) if e.is_instance(&types().exc.lookup_error) => None,
            Err(e) => return Err(e),
        };
        match mapped {
            None => out.push(c),
            Some(Value::None) => {}
            Some(Value::Str(r)) => out.push_str(r.as_str()),
            Some(Value::Int(i)) => match u32::try_from(i)
                .ok()
                .and_then(crate::objects::surrogates::char_for_code_point)
            {
                Some(ch) => out.push(ch),
                None => {
                    return Err(PyErr::value_error(
                        "character mapping must be in range(0x110000)",
                    ))
                }
            },
            Some(Value::BigInt(_)) => {
                return Err(PyErr::value_error(
                    "character mapping must be in range(0x110000)",
                ))
            }
            Some(_) => {
                return Err(PyErr::type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    s(out)
}

/// "maketrans() argument 2 must be str, not int".
fn maketrans_str(v: &Value, position: usize) -> PyResult<Rc<PyStr>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(bad_argument(
            "maketrans",
            &format!("argument {}", position),
            "str",
            other,
        )),
    }
}

/// `str.maketrans(x[, y[, z]])`, a static method.
fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(
            "str.maketrans() takes no keyword arguments",
        ));
    }
    count_expected("maketrans", a.pos.len(), 1, 3)?;
    let d = crate::objects::PyDict::new();
    if a.pos.len() == 1 {
        let Value::Dict(src) = &a.pos[0] else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        for (k, v) in src.items() {
            let key = match &k {
                Value::Str(ks) => match (ks.char_len(), ks.as_str().chars().next()) {
                    (1, Some(c)) => Value::Int(c as i64),
                    _ => {
                        return Err(PyErr::value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                },
                Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => k.clone(),
                _ => {
                    return Err(PyErr::type_error(
                        "keys in translate table must be strings or integers",
                    ))
                }
            };
            d.set(vm, key, v)?;
        }
        return Ok(Value::dict(d));
    }
    // The second and third arguments are checked before the first.
    let y = maketrans_str(&a.pos[1], 2)?;
    let z = a.pos.get(2).map(|v| maketrans_str(v, 3)).transpose()?;
    let Value::Str(x) = &a.pos[0] else {
        return Err(PyErr::type_error(
            "first maketrans argument must be a string if there is a second argument",
        ));
    };
    if x.char_len() != y.char_len() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (p, q) in x.as_str().chars().zip(y.as_str().chars()) {
        d.set(vm, Value::Int(p as i64), Value::Int(q as i64))?;
    }
    if let Some(z) = z {
        for c in z.as_str().chars() {
            d.set(vm, Value::Int(c as i64), Value::None)?;
        }
    }
    Ok(Value::dict(d))
}

fn format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "format_map")?;
    let mapping = one_arg(&a, "str", "format_map")?;
    super::str_format::format_map_value(vm, &me, &mapping)
}

fn dunder_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let me = this(&a, "__format__")?;
    let spec = super::method_args::format_spec_arg(&a, "str")?;
    // Without a spec a subclass's instance gives an exact copy (the str itself would be
    // turned back into the instance by `call_on_base`).
    if spec.is_empty() {
        return s(me.as_str().to_string());
    }
    Ok(Value::Str(vm.format_text(&me, &spec)?))
}

pub fn register() {
    types().str.dict.set_str(
        "maketrans",
        Value::Descriptor(Rc::new(crate::objects::function::Descriptor::staticmethod(
            crate::objects::PyBuiltin::value("maketrans", maketrans),
        ))),
    );
    add_methods(
        &types().str,
        &[
            ("join", join),
            ("split", |vm, a| search::split(vm, a, false)),
            ("rsplit", |vm, a| search::split(vm, a, true)),
            ("splitlines", search::splitlines),
            ("strip", |_, a| strip(a, "strip", true, true)),
            ("lstrip", |_, a| strip(a, "lstrip", true, false)),
            ("rstrip", |_, a| strip(a, "rstrip", false, true)),
            ("replace", search::replace),
            ("find", |vm, a| search::find(vm, a, "find", false, false)),
            ("rfind", |vm, a| search::find(vm, a, "rfind", true, false)),
            ("index", |vm, a| search::find(vm, a, "index", false, true)),
            ("rindex", |vm, a| search::find(vm, a, "rindex", true, true)),
            ("count", search::count),
            ("startswith", |vm, a| {
                search::affix(vm, a, "startswith", true)
            }),
            ("endswith", |vm, a| search::affix(vm, a, "endswith", false)),
            ("partition", |_, a| search::partition(a, false)),
            ("rpartition", |_, a| search::partition(a, true)),
            ("upper", |_, a| map_text(&a, "upper", str::to_uppercase)),
            ("lower", |_, a| map_text(&a, "lower", str::to_lowercase)),
            ("casefold", |_, a| {
                map_text(&a, "casefold", unicode::casefold)
            }),
            ("swapcase", |_, a| {
                map_text(&a, "swapcase", unicode::swapcase)
            }),
            ("capitalize", |_, a| {
                map_text(&a, "capitalize", unicode::capitalize)
            }),
            ("title", |_, a| map_text(&a, "title", unicode::title)),
            ("isdigit", |_, a| {
                all_chars(&a, "isdigit", unicode::is_digit)
            }),
            ("isdecimal", |_, a| {
                all_chars(&a, "isdecimal", |c| unicode::decimal_value(c).is_some())
            }),
            ("isnumeric", |_, a| {
                all_chars(&a, "isnumeric", unicode::is_numeric)
            }),
            ("isalpha", |_, a| {
                all_chars(&a, "isalpha", unicode::is_alpha)
            }),
            ("isalnum", |_, a| {
                all_chars(&a, "isalnum", unicode::is_alnum)
            }),
            ("isspace", |_, a| {
                all_chars(&a, "isspace", unicode::is_space)
            }),
            ("isascii", |_, a| text_test(&a, "isascii", str::is_ascii)),
            ("isprintable", |_, a| {
                text_test(&a, "isprintable", |t| t.chars().all(unicode::is_printable))
            }),
            ("isupper", |_, a| {
                text_test(&a, "isupper", unicode::is_upper)
            }),
            ("islower", |_, a| {
                text_test(&a, "islower", unicode::is_lower)
            }),
            ("istitle", |_, a| {
                text_test(&a, "istitle", unicode::is_title)
            }),
            ("isidentifier", |_, a| {
                text_test(&a, "isidentifier", unicode::is_identifier)
            }),
            ("center", |vm, a| justify(vm, a, "center")),
            ("ljust", |vm, a| justify(vm, a, "ljust")),
            ("rjust", |vm, a| justify(vm, a, "rjust")),
            ("zfill", zfill),
            ("removeprefix", |_, a| remove_affix(a, "removeprefix", true)),
            ("removesuffix", |_, a| {
                remove_affix(a, "removesuffix", false)
            }),
            ("expandtabs", expandtabs),
            ("encode", encode),
            ("translate", translate),
            ("format", str_format),
            ("format_map", format_map),
            ("__format__", dunder_format),
            ("__len__", |_, a| {
                let me = this(&a, "__len__")?;
                slot_wrapper(&a, "__len__", 0)?;
                Ok(Value::from(me.char_len()))
            }),
            ("__contains__", |vm, a| {
                let me = this(&a, "__contains__")?;
                slot_wrapper(&a, "__contains__", 1)?;
                Ok(Value::bool(vm.contains(&Value::Str(me), &a.pos[1])?))
            }),
            ("__getitem__", |vm, a| {
                let me = this(&a, "__getitem__")?;
                slot_wrapper(&a, "__getitem__", 1)?;
                vm.get_item(&Value::Str(me), &a.pos[1])
            }),
        ],
    );
}
