//! Methods of `bytes`, and text encoding/decoding for utf-8, ascii and latin-1.

use std::rc::Rc;

use super::{add_methods, receiver, wrong_receiver};
use crate::objects::function::Args;
use crate::objects::{types, PyBytes, PyErr, PyResult, Value};

fn bytes_value(v: Vec<u8>) -> Value {
    Value::Bytes(Rc::new(PyBytes::new(v)))
}

fn codec_name(enc: &str) -> String {
    enc.to_ascii_lowercase().replace('_', "-")
}

/// `str.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = codec_name(encoding);
    match enc.as_str() {
        "utf-8" | "utf8" => Ok(bytes_value(s.as_bytes().to_vec())),
        "utf-16" | "utf16" | "utf-16-le" | "utf-16le" | "utf-16-be" | "utf-16be" => {
            let be = enc.ends_with("be");
            let mut out = Vec::new();
            if !enc.ends_with("le") && !be {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(bytes_value(out))
        }
        "utf-32" | "utf32" | "utf-32-le" | "utf-32le" | "utf-32-be" | "utf-32be" => {
            let be = enc.ends_with("be");
            let mut out = Vec::new();
            if !enc.ends_with("le") && !be {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                out.extend_from_slice(&if be { u.to_be_bytes() } else { u.to_le_bytes() });
            }
            Ok(bytes_value(out))
        }
        "ascii" | "us-ascii" | "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            let limit = if enc.contains("ascii") { 0x80 } else { 0x100 };
            let name = if limit == 0x80 { "ascii" } else { "latin-1" };
            let mut out = Vec::with_capacity(s.len());
            for (i, c) in s.chars().enumerate() {
                let n = c as u32;
                if n < limit {
                    out.push(n as u8);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push(b'?'),
                    "backslashreplace" => out.extend(format!("\\u{:04x}", n).bytes()),
                    "xmlcharrefreplace" => out.extend(format!("&#{};", n).bytes()),
                    _ => {
                        return Err(PyErr::new(
                            &types().exc.unicode_encode_error,
                            format!(
                                "'{}' codec can't encode character {} in position {}: ordinal not in range({})",
                                name,
                                crate::objects::str::escape_non_ascii(&format!("'{}'", c)),
                                i,
                                limit
                            ),
                        ))
                    }
                }
            }
            Ok(bytes_value(out))
        }
        _ => Err(PyErr::new(
            &types()
                .exc
                .all
                .iter()
                .find(|t| t.name() == "LookupError")
                .cloned()
                .unwrap_or_else(|| types().exc.lookup_error.clone()),
            format!("unknown encoding: {}", encoding),
        )),
    }
}

/// `bytes.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<Value> {
    let enc = codec_name(encoding);
    match enc.as_str() {
        "utf-8" | "utf8" => match std::str::from_utf8(data) {
            Ok(s) => Ok(Value::str(s)),
            Err(e) => match errors {
                "replace" => Ok(Value::string(String::from_utf8_lossy(data).into_owned())),
                "ignore" => {
                    let mut out = String::new();
                    let mut rest = data;
                    loop {
                        match std::str::from_utf8(rest) {
                            Ok(s) => {
                                out.push_str(s);
                                break;
                            }
                            Err(e) => {
                                let (good, bad) = rest.split_at(e.valid_up_to());
                                out.push_str(std::str::from_utf8(good).unwrap_or(""));
                                let skip = e.error_len().unwrap_or(bad.len()).max(1);
                                rest = &bad[skip.min(bad.len())..];
                            }
                        }
                    }
                    Ok(Value::string(out))
                }
                _ => {
                    let pos = e.valid_up_to();
                    let reason = if e.error_len().is_none() {
                        "unexpected end of data"
                    } else {
                        "invalid start byte"
                    };
                    Err(PyErr::new(
                        &types().exc.unicode_decode_error,
                        format!(
                            "'utf-8' codec can't decode byte {:#04x} in position {}: {}",
                            data.get(pos).copied().unwrap_or(0),
                            pos,
                            reason
                        ),
                    ))
                }
            },
        },
        "ascii" | "us-ascii" => {
            let mut out = String::with_capacity(data.len());
            for (i, &b) in data.iter().enumerate() {
                if b < 0x80 {
                    out.push(b as char);
                } else {
                    match errors {
                        "ignore" => {}
                        "replace" => out.push('\u{fffd}'),
                        _ => {
                            return Err(PyErr::new(
                                &types().exc.unicode_decode_error,
                                format!("'ascii' codec can't decode byte {:#04x} in position {}: ordinal not in range(128)", b, i),
                            ))
                        }
                    }
                }
            }
            Ok(Value::string(out))
        }
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            Ok(Value::string(data.iter().map(|&b| b as char).collect()))
        }
        _ => Err(PyErr::new(
            &types().exc.lookup_error,
            format!("unknown encoding: {}", encoding),
        )),
    }
}

fn this(a: &Args, m: &str) -> PyResult<Rc<PyBytes>> {
    match receiver(a) {
        Value::Bytes(b) => Ok(b),
        other => Err(wrong_receiver(m, "bytes", &other)),
    }
}

pub fn register() {
    add_methods(
        &types().bytes,
        &[
            ("decode", |_, mut a| {
                let me = this(&a, "decode")?;
                let enc = match a.arg(1, "encoding") {
                    Some(Value::Str(e)) => e.as_str().to_string(),
                    _ => "utf-8".into(),
                };
                let errs = match a.arg(2, "errors") {
                    Some(Value::Str(e)) => e.as_str().to_string(),
                    _ => "strict".into(),
                };
                decode(&me.data, &enc, &errs)
            }),
            ("hex", |_, a| {
                let me = this(&a, "hex")?;
                Ok(Value::string(
                    me.data.iter().map(|b| format!("{:02x}", b)).collect(),
                ))
            }),
            ("upper", |_, a| {
                Ok(bytes_value(this(&a, "upper")?.data.to_ascii_uppercase()))
            }),
            ("lower", |_, a| {
                Ok(bytes_value(this(&a, "lower")?.data.to_ascii_lowercase()))
            }),
            ("startswith", |_, a| {
                let me = this(&a, "startswith")?;
                match a.pos.get(1) {
                    Some(Value::Bytes(p)) => Ok(Value::Bool(me.data.starts_with(&p.data))),
                    _ => Err(PyErr::type_error(
                        "startswith first arg must be bytes or a tuple of bytes",
                    )),
                }
            }),
            ("endswith", |_, a| {
                let me = this(&a, "endswith")?;
                match a.pos.get(1) {
                    Some(Value::Bytes(p)) => Ok(Value::Bool(me.data.ends_with(&p.data))),
                    _ => Err(PyErr::type_error(
                        "endswith first arg must be bytes or a tuple of bytes",
                    )),
                }
            }),
            ("count", |_, a| {
                let me = this(&a, "count")?;
                match a.pos.get(1) {
                    Some(Value::Int(n)) => Ok(Value::from(
                        me.data.iter().filter(|b| **b as i64 == *n).count(),
                    )),
                    Some(Value::Bytes(p)) if !p.data.is_empty() => {
                        let mut count = 0usize;
                        let mut i = 0;
                        while i + p.data.len() <= me.data.len() {
                            if me.data[i..].starts_with(&p.data) {
                                count += 1;
                                i += p.data.len();
                            } else {
                                i += 1;
                            }
                        }
                        Ok(Value::from(count))
                    }
                    _ => Err(PyErr::type_error(
                        "argument should be integer or bytes-like object",
                    )),
                }
            }),
            ("join", |vm, a| {
                let me = this(&a, "join")?;
                let items = vm.collect_iterable(a.pos.get(1).unwrap_or(&Value::None))?;
                let mut out = Vec::new();
                for (i, it) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(&me.data);
                    }
                    match it {
                        Value::Bytes(b) => out.extend_from_slice(&b.data),
                        other => {
                            return Err(PyErr::type_error(format!(
                                "sequence item {}: expected a bytes-like object, {} found",
                                i,
                                other.type_name()
                            )))
                        }
                    }
                }
                Ok(bytes_value(out))
            }),
        ],
    );
}
