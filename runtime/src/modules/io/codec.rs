//! Text encodings for files: utf-8, ascii and latin-1 with their aliases, the error
//! handlers (`strict`, `ignore`, `replace`, `backslashreplace`, `xmlcharrefreplace`,
//! `surrogateescape` where it can be honoured), an incremental decoder that can stop in the
//! middle of a character or a `\r\n` pair and resume with the next chunk, and the
//! `UnicodeDecodeError`/`UnicodeEncodeError` values CPython raises.

use std::rc::Rc;

use crate::objects::{types, PyBytes, PyErr, PyType, Value};

/// The encodings a file can use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Finds an encoding by any of its names (`UTF8`, `utf_8`, `latin1`, `iso-8859-1`…).
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| match c {
                '-' | ' ' => '_',
                c => c.to_ascii_lowercase(),
            })
            .collect();
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" | "locale" => {
                Codec::Utf8
            }
            "ascii" | "us_ascii" | "646" | "us" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "iso_ir_6"
            | "iso_646.irv_1991" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "ibm819" | "iso_ir_100" | "csisolatin1" | "iso_8859_1_1987" => {
                Codec::Latin1
            }
            _ => return None,
        })
    }

    /// The name error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }
}

/// What to do with bytes that do not decode or characters that do not encode.
#[derive(Clone, PartialEq, Eq, Debug)]
pub enum Errors {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    SurrogateEscape,
    /// A name no handler has: only an actual error reports it (as CPython does).
    Unknown(String),
}

impl Errors {
    pub fn from_name(name: &str) -> Errors {
        match name {
            "strict" => Errors::Strict,
            "ignore" => Errors::Ignore,
            "replace" => Errors::Replace,
            "backslashreplace" => Errors::BackslashReplace,
            "xmlcharrefreplace" => Errors::XmlCharRefReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            other => Errors::Unknown(other.to_string()),
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Errors::Strict => "strict",
            Errors::Ignore => "ignore",
            Errors::Replace => "replace",
            Errors::BackslashReplace => "backslashreplace",
            Errors::XmlCharRefReplace => "xmlcharrefreplace",
            Errors::SurrogateEscape => "surrogateescape",
            Errors::Unknown(n) => n,
        }
    }
}

/// An undecodable byte range of the decoder's input.
#[derive(Debug)]
pub struct DecodeError {
    pub start: usize,
    pub end: usize,
    pub reason: &'static str,
}

/// How a chunk of input was decoded: bytes consumed (the rest is an incomplete character,
/// or a `\r` whose partner may follow, kept for the next chunk).
pub struct Decoded {
    pub consumed: usize,
}

/// Length of the UTF-8 sequence starting at `input[0]`, or the error it starts. `Ok(None)`:
/// the sequence is valid so far but the input ends before it does.
fn utf8_sequence(input: &[u8]) -> Result<Option<(char, usize)>, (usize, &'static str)> {
    let b0 = input[0];
    let (len, lo, hi) = match b0 {
        0xc2..=0xdf => (2, 0x80, 0xbf),
        0xe0 => (3, 0xa0, 0xbf),
        0xe1..=0xec | 0xee..=0xef => (3, 0x80, 0xbf),
        0xed => (3, 0x80, 0x9f),
        0xf0 => (4, 0x90, 0xbf),
        0xf1..=0xf3 => (4, 0x80, 0xbf),
        0xf4 => (4, 0x80, 0x8f),
        _ => return Err((1, "invalid start byte")),
    };
    for k in 1..len {
        let Some(&b) = input.get(k) else {
            return Ok(None);
        };
        let (l, h) = if k == 1 { (lo, hi) } else { (0x80, 0xbf) };
        if b < l || b > h {
            return Err((k, "invalid continuation byte"));
        }
    }
    let text = std::str::from_utf8(&input[..len]).map_err(|_| (1, "invalid start byte"))?;
    match text.chars().next() {
        Some(c) => Ok(Some((c, len))),
        None => Err((1, "invalid start byte")),
    }
}

/// Decodes `input` onto `out`. With `translate`, `\r\n` and `\r` become `\n` (universal
/// newlines). Unless `last`, an incomplete character or a final `\r` is left unconsumed.
/// With `stop_at`, decoding stops as soon as `out` reaches that length (used to map a text
/// position back to a byte position).
pub fn decode(
    codec: Codec,
    errors: &Errors,
    input: &[u8],
    last: bool,
    translate: bool,
    out: &mut String,
    stop_at: Option<usize>,
) -> Result<Decoded, DecodeError> {
    let mut i = 0;
    let n = input.len();
    // End of the valid UTF-8 run that starts at or before `i` (utf-8 fast path).
    let mut valid_until = 0;
    while i < n {
        if let Some(stop) = stop_at {
            if out.len() >= stop {
                break;
            }
        } else if codec == Codec::Utf8 {
            if valid_until <= i {
                valid_until = i + match std::str::from_utf8(&input[i..]) {
                    Ok(_) => n - i,
                    Err(e) => e.valid_up_to(),
                };
            }
            // A run of valid UTF-8 with no `\r` to translate.
            let run_end = if translate {
                input[i..valid_until]
                    .iter()
                    .position(|&b| b == b'\r')
                    .map_or(valid_until, |p| i + p)
            } else {
                valid_until
            };
            let run = std::str::from_utf8(&input[i..run_end]).unwrap_or("");
            if !run.is_empty() {
                out.push_str(run);
                i += run.len();
                continue;
            }
        }
        let b = input[i];
        if translate && b == b'\r' {
            match input.get(i + 1) {
                Some(b'\n') => i += 2,
                Some(_) => i += 1,
                None if last => i += 1,
                None => break,
            }
            out.push('\n');
            continue;
        }
        if b < 0x80 {
            out.push(b as char);
            i += 1;
            continue;
        }
        let bad = match codec {
            Codec::Latin1 => {
                out.push(b as char);
                i += 1;
                continue;
            }
            Codec::Ascii => (1, "ordinal not in range(128)"),
            Codec::Utf8 => match utf8_sequence(&input[i..]) {
                Ok(Some((c, len))) => {
                    out.push(c);
                    i += len;
                    continue;
                }
                Ok(None) if !last => break,
                Ok(None) => (n - i, "unexpected end of data"),
                Err(e) => e,
            },
        };
        let (len, reason) = bad;
        let end = i + len;
        match errors {
            Errors::Ignore => {}
            Errors::Replace => out.push('\u{fffd}'),
            Errors::BackslashReplace => {
                for b in &input[i..end] {
                    out.push_str(&format!("\\x{:02x}", b));
                }
            }
            _ => {
                return Err(DecodeError {
                    start: i,
                    end,
                    reason,
                })
            }
        }
        i = end;
    }
    Ok(Decoded { consumed: i })
}

/// An unencodable character range (in characters) of the text given to `encode`.
#[derive(Debug)]
pub struct EncodeError {
    pub start: usize,
    pub end: usize,
    pub reason: String,
}

/// Encodes `text` onto `out`.
pub fn encode(
    codec: Codec,
    errors: &Errors,
    text: &str,
    out: &mut Vec<u8>,
) -> Result<(), EncodeError> {
    let limit: u32 = match codec {
        Codec::Utf8 => {
            out.extend_from_slice(text.as_bytes());
            return Ok(());
        }
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
    };
    if text.is_ascii() {
        out.extend_from_slice(text.as_bytes());
        return Ok(());
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors {
            Errors::Ignore => {}
            Errors::Replace => out.push(b'?'),
            Errors::BackslashReplace => out.extend(escape_char(c).bytes()),
            Errors::XmlCharRefReplace => out.extend(format!("&#{};", c as u32).bytes()),
            _ => {
                let mut end = i + 1;
                while end < chars.len() && chars[end] as u32 >= limit {
                    end += 1;
                }
                return Err(EncodeError {
                    start: i,
                    end,
                    reason: format!("ordinal not in range({})", limit),
                });
            }
        }
        i += 1;
    }
    Ok(())
}

/// `\xe9`, `\u20ac` or `\U0001f600`.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

fn exc_type(name: &str, fallback: &Rc<PyType>) -> Rc<PyType> {
    types()
        .exc
        .all
        .iter()
        .find(|t| t.name() == name)
        .cloned()
        .unwrap_or_else(|| fallback.clone())
}

/// `LookupError: unknown error handler name 'x'`, when an unknown handler meets an error.
fn unknown_handler(errors: &Errors) -> Option<PyErr> {
    match errors {
        Errors::Unknown(name) => Some(PyErr::new(
            &exc_type("LookupError", &types().exc.lookup_error),
            format!("unknown error handler name '{}'", name),
        )),
        _ => None,
    }
}

/// The `UnicodeDecodeError` for `e` in `input`.
pub fn decode_error(codec: Codec, errors: &Errors, input: &[u8], e: &DecodeError) -> PyErr {
    if let Some(err) = unknown_handler(errors) {
        return err;
    }
    let what = if e.end - e.start <= 1 {
        format!(
            "byte 0x{:02x} in position {}",
            input.get(e.start).copied().unwrap_or(0),
            e.start
        )
    } else {
        format!("bytes in position {}-{}", e.start, e.end - 1)
    };
    let err = PyErr::new(
        &types().exc.unicode_decode_error,
        format!(
            "'{}' codec can't decode {}: {}",
            codec.name(),
            what,
            e.reason
        ),
    );
    let d = &err.exc.dict;
    d.set_str("encoding", Value::str(codec.name()));
    d.set_str(
        "object",
        Value::Bytes(Rc::new(PyBytes::new(input.to_vec()))),
    );
    d.set_str("start", Value::Int(e.start as i64));
    d.set_str("end", Value::Int(e.end as i64));
    d.set_str("reason", Value::str(e.reason));
    err
}

/// The `UnicodeEncodeError` for `e` in `text`.
pub fn encode_error(codec: Codec, errors: &Errors, text: &str, e: &EncodeError) -> PyErr {
    if let Some(err) = unknown_handler(errors) {
        return err;
    }
    let what = if e.end - e.start <= 1 {
        let c = text.chars().nth(e.start).unwrap_or('?');
        format!("character '{}' in position {}", escape_char(c), e.start)
    } else {
        format!("characters in position {}-{}", e.start, e.end - 1)
    };
    let err = PyErr::new(
        &types().exc.unicode_encode_error,
        format!(
            "'{}' codec can't encode {}: {}",
            codec.name(),
            what,
            e.reason
        ),
    );
    let d = &err.exc.dict;
    d.set_str("encoding", Value::str(codec.name()));
    d.set_str("object", Value::str(text));
    d.set_str("start", Value::Int(e.start as i64));
    d.set_str("end", Value::Int(e.end as i64));
    d.set_str("reason", Value::string(e.reason.clone()));
    err
}

/// `LookupError: unknown encoding: x`.
pub fn unknown_encoding(name: &str) -> PyErr {
    PyErr::new(
        &exc_type("LookupError", &types().exc.lookup_error),
        format!("unknown encoding: {}", name),
    )
}
