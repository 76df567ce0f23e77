//! The methods `bytes` and `bytearray` share (every non-mutating method of both), written
//! once: each reads its receiver as a byte slice, runs the algorithm from `byteseq.rs`
//! and returns results of the receiver's type. Argument checking follows CPython, whose
//! messages differ from method to method (`center expected at least 1 argument, got 0`,
//! `find() takes at least 1 argument (0 given)`, `bytes.zfill() takes exactly one
//! argument (0 given)`); the helpers below produce each family.

use std::borrow::Cow;

use super::byteseq::{self, Align};
use super::method_args::{self, c_int_arg, int_arg, is_index, nargs, varargs, window};
use super::{add_classmethods, add_methods};
use crate::modules::params::Params;
use crate::objects::bytearray::bytearray_value;
use crate::objects::bytes::{bytes_value, expect_buffer};
use crate::objects::codecs;
use crate::objects::function::{Args, Descriptor, NativeFn};
use crate::objects::{types, PyBuiltin, PyErr, PyResult, Value};
use crate::vm::Vm;

// ---------------------------------------------------------------------------------------------
// Receiver and arguments
// ---------------------------------------------------------------------------------------------

/// The receiver of a shared method: a bytes or a bytearray.
fn me(a: &Args, method: &str) -> PyResult<Value> {
    match a.pos.first() {
        Some(v @ (Value::Bytes(_) | Value::ByteArray(_))) => Ok(v.clone()),
        Some(other) => Err(super::wrong_receiver(method, "bytes", other)),
        None => Err(super::wrong_receiver(method, "bytes", &Value::Null)),
    }
}

/// The bytes of a receiver (a bytearray is copied).
fn data(v: &Value) -> Cow<'_, [u8]> {
    match v {
        Value::Bytes(b) => Cow::Borrowed(&b.data[..]),
        Value::ByteArray(b) => Cow::Owned(b.to_vec()),
        _ => Cow::Borrowed(&[]),
    }
}

/// A result of the receiver's type.
pub fn make_like(receiver: &Value, data: Vec<u8>) -> Value {
    match receiver {
        Value::ByteArray(_) => bytearray_value(data),
        _ => bytes_value(data),
    }
}

/// The receiver unchanged if it is immutable, else a copy (what CPython returns when a
/// method has nothing to do).
fn same_or_copy(receiver: &Value) -> Value {
    match receiver {
        Value::ByteArray(b) => bytearray_value(b.to_vec()),
        other => other.clone(),
    }
}

fn type_name(receiver: Option<&Value>) -> &'static str {
    match receiver {
        Some(Value::ByteArray(_)) => "bytearray",
        _ => "bytes",
    }
}

/// "bytes.upper": the receiver's type as method messages qualify it.
fn qualifier(a: &Args) -> &'static str {
    type_name(a.pos.first())
}

/// A method without arguments: "bytes.upper() takes no arguments (1 given)".
pub fn no_args(a: &Args, method: &str) -> PyResult<()> {
    method_args::no_args(a, qualifier(a), method)
}

/// A method of exactly one argument: "bytes.zfill() takes exactly one argument (0 given)".
pub fn one_arg(a: &Args, method: &str) -> PyResult<Value> {
    method_args::one_arg(a, qualifier(a), method)
}

/// Positional-only arguments checked the argument-clinic way.
pub fn positional(a: &Args, method: &str, min: usize, max: usize) -> PyResult<()> {
    method_args::positional(a, qualifier(a), method, min, max)
}

/// Arguments that may also be given by keyword, in the order of `names`.
fn keywords(a: &Args, method: &str, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    Params {
        func: method,
        names,
        required: 0,
        positional: names.len(),
    }
    .bind_method(a)
}

/// A byte value given as an int: "byte must be in range(0, 256)".
pub fn byte_arg(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    byte_value(vm, v, "byte must be in range(0, 256)")
}

/// An int (or `__index__` object) as a byte; any other value, however large, is the
/// ValueError `range_msg` (CPython reads it as a C long with overflow, not as an index).
pub fn byte_value(vm: &mut Vm, v: &Value, range_msg: &str) -> PyResult<u8> {
    if !super::method_args::is_index(v) {
        return Err(crate::vm::ops::type_error_not_int(v));
    }
    let n = vm.index_value(v)?;
    crate::objects::int::to_bigint(&n)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| PyErr::value_error(range_msg))
}

/// The needle of find/count/index: a bytes-like object or an int in range(256).
fn needle(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = crate::objects::bytes::buffer_of(v)? {
        return Ok(b.into_owned());
    }
    if is_index(v) {
        return Ok(vec![byte_arg(vm, v)?]);
    }
    Err(PyErr::type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        v.type_name()
    )))
}

/// The fill byte of center/ljust/rjust: a bytes or bytearray of length 1.
fn fill_arg(v: Option<&Value>, method: &str) -> PyResult<u8> {
    let single = match v {
        None => return Ok(b' '),
        Some(Value::Bytes(b)) if b.data.len() == 1 => Some(b.data[0]),
        Some(Value::ByteArray(b)) if b.len() == 1 => b.data.borrow().first().copied(),
        _ => None,
    };
    single.ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() argument 2 must be a byte string of length 1, not {}",
            method,
            v.map(|x| x.type_name()).unwrap_or_default()
        ))
    })
}

/// Refuses results longer than `byteseq::MAX_LEN` with MemoryError instead of trying to
/// allocate them.
pub fn check_size(len: u128) -> PyResult<()> {
    if len > byteseq::MAX_LEN as u128 {
        return Err(PyErr::memory_error());
    }
    Ok(())
}

/// A list of results of the receiver's type.
fn parts_list(receiver: &Value, parts: Vec<&[u8]>) -> Value {
    Value::list(
        parts
            .into_iter()
            .map(|p| make_like(receiver, p.to_vec()))
            .collect(),
    )
}

// ---------------------------------------------------------------------------------------------
// The methods
// ---------------------------------------------------------------------------------------------

fn find_like(vm: &mut Vm, a: Args, method: &str, from_right: bool) -> PyResult<Option<usize>> {
    let recv = me(&a, method)?;
    varargs(&a, qualifier(&a), method, 1, 3)?;
    let hay = data(&recv);
    // CPython converts the slice bounds before it looks at the needle.
    let (start, end) = window(vm, &a, 2, hay.len())?;
    let sub = needle(vm, &a.pos[1])?;
    Ok(if from_right {
        byteseq::rfind(&hay, &sub, start, end)
    } else {
        byteseq::find(&hay, &sub, start, end)
    })
}

fn found(i: Option<usize>) -> PyResult<Value> {
    Ok(i.map(Value::from).unwrap_or(Value::Int(-1)))
}

fn indexed(i: Option<usize>) -> PyResult<Value> {
    i.map(Value::from)
        .ok_or_else(|| PyErr::value_error("subsection not found"))
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "count")?;
    varargs(&a, qualifier(&a), "count", 1, 3)?;
    let hay = data(&recv);
    // CPython converts the slice bounds before it looks at the needle.
    let (start, end) = window(vm, &a, 2, hay.len())?;
    let sub = needle(vm, &a.pos[1])?;
    Ok(Value::from(byteseq::count(&hay, &sub, start, end)))
}

fn affix(vm: &mut Vm, a: Args, method: &str, prefix: bool) -> PyResult<Value> {
    let recv = me(&a, method)?;
    varargs(&a, qualifier(&a), method, 1, 3)?;
    let hay = data(&recv);
    let (start, end) = window(vm, &a, 2, hay.len())?;
    let test = |p: &[u8]| {
        if start > hay.len() || end < start || end - start < p.len() {
            return false;
        }
        let w = &hay[start..end];
        if prefix {
            w.starts_with(p)
        } else {
            w.ends_with(p)
        }
    };
    match &a.pos[1] {
        Value::Tuple(t) => {
            for item in &t.items {
                if test(&expect_buffer(item)?) {
                    return Ok(Value::bool(true));
                }
            }
            Ok(Value::bool(false))
        }
        other => match crate::objects::bytes::buffer_of(other)? {
            Some(p) => Ok(Value::bool(test(&p))),
            None => Err(PyErr::type_error(format!(
                "{} first arg must be bytes or a tuple of bytes, not {}",
                method,
                other.type_name()
            ))),
        },
    }
}

fn split(vm: &mut Vm, a: Args, from_right: bool) -> PyResult<Value> {
    let method = if from_right { "rsplit" } else { "split" };
    let recv = me(&a, method)?;
    let args = keywords(&a, method, &["sep", "maxsplit"])?;
    let maxsplit = match &args[1] {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let limit = usize::try_from(maxsplit).ok();
    let d = data(&recv);
    let parts = match &args[0] {
        None | Some(Value::None) => {
            if from_right {
                byteseq::rsplit_whitespace(&d, limit)
            } else {
                byteseq::split_whitespace(&d, limit)
            }
        }
        Some(sep) => {
            let sep = expect_buffer(sep)?;
            if sep.is_empty() {
                return Err(PyErr::value_error("empty separator"));
            }
            if from_right {
                byteseq::rsplit(&d, &sep, limit)
            } else {
                byteseq::split(&d, &sep, limit)
            }
        }
    };
    Ok(parts_list(&recv, parts))
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "splitlines")?;
    let args = keywords(&a, "splitlines", &["keepends"])?;
    let keep = match &args[0] {
        Some(v) => int_arg(vm, v)? != 0,
        None => false,
    };
    let d = data(&recv);
    Ok(parts_list(&recv, byteseq::splitlines(&d, keep)))
}

fn strip(a: Args, method: &str, left: bool, right: bool) -> PyResult<Value> {
    let recv = me(&a, method)?;
    positional(&a, method, 0, 1)?;
    let chars = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(expect_buffer(v)?.into_owned()),
    };
    let d = data(&recv);
    Ok(make_like(
        &recv,
        byteseq::strip(&d, chars.as_deref(), left, right).to_vec(),
    ))
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "replace")?;
    positional(&a, "replace", 2, 3)?;
    let old = expect_buffer(&a.pos[1])?;
    let new = expect_buffer(&a.pos[2])?;
    let count = match a.pos.get(3) {
        Some(v) => int_arg(vm, v)?,
        None => -1,
    };
    let d = data(&recv);
    let limit = usize::try_from(count).ok();
    if new.len() > old.len() {
        let hits = byteseq::count(&d, &old, 0, d.len()).min(limit.unwrap_or(usize::MAX));
        check_size(d.len() as u128 + hits as u128 * (new.len() - old.len()) as u128)?;
    }
    Ok(make_like(&recv, byteseq::replace(&d, &old, &new, limit)))
}

fn partition(a: Args, from_right: bool) -> PyResult<Value> {
    let method = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    let recv = me(&a, method)?;
    let sep_arg = one_arg(&a, method)?;
    let sep = expect_buffer(&sep_arg)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let d = data(&recv);
    let empty = || make_like(&recv, Vec::new());
    Ok(Value::tuple(
        match byteseq::partition(&d, &sep, from_right) {
            // bytes hands back the separator object itself; bytearray a new bytearray.
            Some((head, tail)) => vec![
                make_like(&recv, head.to_vec()),
                match recv {
                    Value::Bytes(_) => sep_arg.clone(),
                    _ => make_like(&recv, sep.to_vec()),
                },
                make_like(&recv, tail.to_vec()),
            ],
            None if from_right => vec![empty(), empty(), same_or_copy(&recv)],
            None => vec![same_or_copy(&recv), empty(), empty()],
        },
    ))
}

fn justify(vm: &mut Vm, a: Args, method: &str, align: Align) -> PyResult<Value> {
    let recv = me(&a, method)?;
    positional(&a, method, 1, 2)?;
    let width = int_arg(vm, &a.pos[1])?.max(0);
    check_size(width as u128)?;
    let width = width as usize;
    let fill = fill_arg(a.pos.get(2), method)?;
    let d = data(&recv);
    Ok(make_like(&recv, byteseq::justify(&d, width, fill, align)))
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "zfill")?;
    let width = one_arg(&a, "zfill")?;
    let width = int_arg(vm, &width)?.max(0);
    check_size(width as u128)?;
    Ok(make_like(
        &recv,
        byteseq::zfill(&data(&recv), width as usize),
    ))
}

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "expandtabs")?;
    let args = keywords(&a, "expandtabs", &["tabsize"])?;
    let size = match &args[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    let d = data(&recv);
    check_size(byteseq::expanded_len(&d, size))?;
    Ok(make_like(&recv, byteseq::expandtabs(&d, size)))
}

fn affix_remove(a: Args, method: &str, prefix: bool) -> PyResult<Value> {
    let recv = me(&a, method)?;
    let affix = one_arg(&a, method)?;
    let affix = expect_buffer(&affix)?;
    let d = data(&recv);
    let rest = if prefix {
        d.strip_prefix(&affix[..])
    } else {
        d.strip_suffix(&affix[..])
    };
    Ok(match rest {
        Some(r) if !affix.is_empty() => make_like(&recv, r.to_vec()),
        _ => same_or_copy(&recv),
    })
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "join")?;
    let items = one_arg(&a, "join")?;
    let items =
        vm.collect_iterable_or(&items, || PyErr::type_error("can only join an iterable"))?;
    let sep = data(&recv);
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match crate::objects::bytes::buffer_of(item)? {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(PyErr::type_error(format!(
                    "sequence item {}: expected a bytes-like object, {} found",
                    i,
                    item.type_name()
                )))
            }
        }
    }
    Ok(make_like(&recv, out))
}

fn translate(a: Args) -> PyResult<Value> {
    let recv = me(&a, "translate")?;
    let mut a = a;
    let delete_kw = a.take_kw("delete");
    let n = nargs(&a);
    if n == 0 {
        return Err(PyErr::type_error(
            "translate() takes at least 1 positional argument (0 given)",
        ));
    }
    if let Some((k, _)) = a.kw.first() {
        return Err(PyErr::type_error(format!(
            "'{}' is an invalid keyword argument for translate()",
            k.as_str()
        )));
    }
    if n > 2 || (n == 2 && delete_kw.is_some()) {
        return Err(PyErr::type_error(format!(
            "translate() takes at most 2 arguments ({} given)",
            n + delete_kw.is_some() as usize
        )));
    }
    let table = match &a.pos[1] {
        Value::None => None,
        t => {
            let t = expect_buffer(t)?.into_owned();
            if t.len() != 256 {
                return Err(PyErr::value_error(
                    "translation table must be 256 characters long",
                ));
            }
            Some(t)
        }
    };
    let delete = match a.pos.get(2).cloned().or(delete_kw) {
        Some(d) => expect_buffer(&d)?.into_owned(),
        None => Vec::new(),
    };
    Ok(make_like(
        &recv,
        byteseq::translate(&data(&recv), table.as_deref(), &delete),
    ))
}

fn decode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let recv = me(&a, "decode")?;
    let mut args = keywords(&a, "decode", &["encoding", "errors"])?.into_iter();
    let (enc, errs) = codecs::codec_args("decode", args.next().flatten(), args.next().flatten())?;
    decode_to_str(vm, &data(&recv), enc.as_str(), errs.as_str())
}

/// `bytes.decode` and `str(b, encoding)`: the text of `bytes` in a text codec.
pub fn decode_to_str(vm: &mut Vm, bytes: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    if bytes.is_empty() {
        // CPython hands back '' for no bytes before it looks the codec up.
        return Ok(Value::string(String::new()));
    }
    let mode = codecs::DecodeMode::Text;
    let out = codecs::decode_text(bytes, encoding, errors, mode)?;
    crate::objects::escape_codecs::warn_decoded_in_registry(vm, out.warning, encoding)?;
    Ok(Value::string(out.text))
}

/// `hex(sep, bytes_per_sep)` for any bytes-like receiver (memoryview uses it too).
pub fn hex_method(vm: &mut Vm, a: Args, bytes: &[u8]) -> PyResult<Value> {
    let args = keywords(&a, "hex", &["sep", "bytes_per_sep"])?;
    // The group size is converted first, as CPython's argument parser does.
    let per = match &args[1] {
        Some(v) => c_int_arg(vm, v)?,
        None => 1,
    };
    let sep = match &args[0] {
        None => None,
        Some(s) => {
            let text: Vec<char> = match s {
                Value::Str(s) => s.as_str().chars().collect(),
                Value::Bytes(b) => b.data.iter().map(|&b| b as char).collect(),
                // CPython measures the separator before it looks at its type.
                other => {
                    return Err(match vm.len(other)? {
                        1 => PyErr::type_error("sep must be str or bytes."),
                        _ => PyErr::value_error("sep must be length 1."),
                    })
                }
            };
            if text.len() != 1 {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if !text[0].is_ascii() {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(text[0])
        }
    };
    Ok(Value::string(byteseq::hex(bytes, sep, per)))
}

fn pred(a: Args, method: &str, test: fn(&[u8]) -> bool) -> PyResult<Value> {
    let recv = me(&a, method)?;
    no_args(&a, method)?;
    Ok(Value::bool(test(&data(&recv))))
}

fn map_bytes(a: Args, method: &str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let recv = me(&a, method)?;
    no_args(&a, method)?;
    Ok(make_like(&recv, f(&data(&recv))))
}

fn all_of(d: &[u8], f: fn(&u8) -> bool) -> bool {
    !d.is_empty() && d.iter().all(f)
}

/// `bytes.fromhex(s)` / `bytearray.fromhex(s)`: the result has the class's type.
fn fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let is_bytearray =
        matches!(a.pos.first(), Some(Value::Type(t)) if t.is_subtype(&types().bytearray));
    let q = if is_bytearray {
        "bytearray.fromhex"
    } else {
        "bytes.fromhex"
    };
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            q
        )));
    }
    if nargs(&a) != 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            q,
            nargs(&a)
        )));
    }
    let text = match &a.pos[1] {
        Value::Str(s) => s.clone(),
        other => {
            return Err(PyErr::type_error(format!(
                "fromhex() argument must be str, not {}",
                method_args::arg_type_name(other)
            )))
        }
    };
    let out = byteseq::fromhex(text.as_str()).map_err(|pos| {
        PyErr::value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {}",
            pos
        ))
    })?;
    let value = if is_bytearray {
        bytearray_value(out)
    } else {
        bytes_value(out)
    };
    // A subclass gets an instance of itself, made from the value.
    match a.pos.first() {
        Some(cls @ Value::Type(t)) if !t.builtin => vm.call(cls, vec![value]),
        _ => Ok(value),
    }
}

/// `bytes.maketrans(from, to)` (a static method: no receiver).
/// `bytes.maketrans(frm, to)` (`ty` names the class it was looked up on).
fn maketrans(a: Args, ty: &str) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}.maketrans() takes no keyword arguments",
            ty
        )));
    }
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "maketrans expected 2 arguments, got {}",
            a.pos.len()
        )));
    }
    let from = expect_buffer(&a.pos[0])?;
    let to = expect_buffer(&a.pos[1])?;
    if from.len() != to.len() {
        return Err(PyErr::value_error(
            "maketrans arguments must have same length",
        ));
    }
    Ok(bytes_value(byteseq::maketrans(&from, &to)))
}

/// A method `bytes` and `bytearray` share, as registered on one of them: like CPython's
/// method descriptors, it refuses a receiver of the other type.
fn receiver_type(a: &Args, bytearray: bool, method: &str) -> PyResult<()> {
    match a.pos.first() {
        Some(Value::Bytes(_)) if !bytearray => Ok(()),
        Some(Value::ByteArray(_)) if bytearray => Ok(()),
        other => Err(super::wrong_receiver(
            method,
            if bytearray { "bytearray" } else { "bytes" },
            other.unwrap_or(&Value::Null),
        )),
    }
}

/// The methods `bytes` and `bytearray` share, each wrapped in `receiver_type` for the type
/// it is registered on.
macro_rules! shared_methods {
    ($bytearray:expr) => {
        shared_methods!(@wrap $bytearray;
                ("find", |vm, a| found(find_like(vm, a, "find", false)?)),
                ("rfind", |vm, a| found(find_like(vm, a, "rfind", true)?)),
                ("index", |vm, a| indexed(find_like(vm, a, "index", false)?)),
                ("rindex", |vm, a| indexed(find_like(vm, a, "rindex", true)?)),
                ("count", count),
                ("startswith", |vm, a| affix(vm, a, "startswith", true)),
                ("endswith", |vm, a| affix(vm, a, "endswith", false)),
                ("split", |vm, a| split(vm, a, false)),
                ("rsplit", |vm, a| split(vm, a, true)),
                ("splitlines", splitlines),
                ("strip", |_, a| strip(a, "strip", true, true)),
                ("lstrip", |_, a| strip(a, "lstrip", true, false)),
                ("rstrip", |_, a| strip(a, "rstrip", false, true)),
                ("replace", replace),
                ("partition", |_, a| partition(a, false)),
                ("rpartition", |_, a| partition(a, true)),
                ("center", |vm, a| justify(vm, a, "center", Align::Center)),
                ("ljust", |vm, a| justify(vm, a, "ljust", Align::Left)),
                ("rjust", |vm, a| justify(vm, a, "rjust", Align::Right)),
                ("zfill", zfill),
                ("expandtabs", expandtabs),
                ("removeprefix", |_, a| affix_remove(a, "removeprefix", true)),
                ("removesuffix", |_, a| {
                    affix_remove(a, "removesuffix", false)
                }),
                ("join", join),
                ("translate", |_, a| translate(a)),
                ("decode", decode),
                ("hex", |vm, a| {
                    let recv = me(&a, "hex")?;
                    let d = data(&recv).into_owned();
                    hex_method(vm, a, &d)
                }),
                ("upper", |_, a| {
                    map_bytes(a, "upper", |d| d.to_ascii_uppercase())
                }),
                ("lower", |_, a| {
                    map_bytes(a, "lower", |d| d.to_ascii_lowercase())
                }),
                ("swapcase", |_, a| {
                    map_bytes(a, "swapcase", byteseq::swapcase)
                }),
                ("capitalize", |_, a| {
                    map_bytes(a, "capitalize", byteseq::capitalize)
                }),
                ("title", |_, a| map_bytes(a, "title", byteseq::title)),
                ("isalnum", |_, a| {
                    pred(a, "isalnum", |d| all_of(d, u8::is_ascii_alphanumeric))
                }),
                ("isalpha", |_, a| {
                    pred(a, "isalpha", |d| all_of(d, u8::is_ascii_alphabetic))
                }),
                ("isdigit", |_, a| {
                    pred(a, "isdigit", |d| all_of(d, u8::is_ascii_digit))
                }),
                ("isspace", |_, a| {
                    pred(a, "isspace", |d| all_of(d, |b| byteseq::is_space(*b)))
                }),
                ("isascii", |_, a| pred(a, "isascii", |d| d.is_ascii())),
                ("islower", |_, a| {
                    pred(a, "islower", |d| byteseq::is_cased(d, false))
                }),
                ("isupper", |_, a| {
                    pred(a, "isupper", |d| byteseq::is_cased(d, true))
                }),
                ("istitle", |_, a| pred(a, "istitle", byteseq::is_title)),
                ("__len__", |_, a| {
                    let recv = me(&a, "__len__")?;
                    method_args::slot_wrapper(&a, "__len__", 0)?;
                    Ok(Value::from(data(&recv).len()))
                }),
                ("__getitem__", |vm, a| {
                    let recv = me(&a, "__getitem__")?;
                    method_args::slot_wrapper(&a, "__getitem__", 1)?;
                    let key = a.pos[1].clone();
                    vm.get_item(&recv, &key)
                }),
                ("__contains__", |vm, a| {
                    let recv = me(&a, "__contains__")?;
                    method_args::slot_wrapper(&a, "__contains__", 1)?;
                    let item = a.pos[1].clone();
                    Ok(Value::bool(vm.contains(&recv, &item)?))
                }),
                ("__iter__", |vm, a| {
                    let recv = me(&a, "__iter__")?;
                    method_args::slot_wrapper(&a, "__iter__", 0)?;
                    vm.get_iter(&recv)
                }),
        )
    };
    (@wrap $bytearray:expr; $(($name:literal, $f:expr)),* $(,)?) => {
        [$((
            $name,
            (|vm: &mut Vm, a: Args| {
                receiver_type(&a, $bytearray, $name)?;
                let f: crate::objects::function::NativeFn = $f;
                f(vm, a)
            }) as crate::objects::function::NativeFn,
        )),*]
    };
}

pub fn register() {
    let t = types();
    add_methods(&t.bytes, &shared_methods!(false));
    add_methods(&t.bytearray, &shared_methods!(true));
    let maketrans_of: [(_, NativeFn); 2] = [
        (&t.bytes, |_, a| maketrans(a, "bytes")),
        (&t.bytearray, |_, a| maketrans(a, "bytearray")),
    ];
    for (ty, f) in maketrans_of {
        add_classmethods(ty, &[("fromhex", fromhex)]);
        ty.dict.set_str(
            "maketrans",
            Value::descriptor(Descriptor::staticmethod(PyBuiltin::value("maketrans", f))),
        );
    }
    add_methods(
        &t.bytes,
        &[("__bytes__", |_, a| {
            receiver_type(&a, false, "__bytes__")?;
            let recv = me(&a, "__bytes__")?;
            no_args(&a, "__bytes__")?;
            Ok(recv)
        })],
    );
}
