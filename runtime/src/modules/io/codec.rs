//! Text encodings for files: utf-8, ascii, latin-1 and the single-byte codecs of
//! `objects/charmap_codecs.rs` with their aliases, the error handlers (`strict`, `ignore`,
//! `replace`, `backslashreplace`, `xmlcharrefreplace`, `namereplace`, `surrogateescape`, `surrogatepass`),
//! an incremental decoder that can stop in the
//! middle of a character or a `\r\n` pair and resume with the next chunk, and the
//! `UnicodeDecodeError`/`UnicodeEncodeError` values CPython raises.
//!
//! Encoding names, UTF-8 error extents and the exceptions come from `objects::codecs`, the
//! one-shot codecs of `str.encode`/`bytes.decode`; what lives here is the streaming loop.
//! Files in the other codecs (UTF-16/32, `utf-8-sig`…) decode through `text_codec.rs`.

use crate::objects::charmap_codecs::{self, Charmap};
use crate::objects::codecs;
use crate::objects::surrogates::char_for_code_point;
use crate::objects::{PyErr, PyResult};

pub use crate::objects::codecs::unknown_encoding;

/// The encodings a file can use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Charmap(Charmap),
}

impl Codec {
    /// Finds an encoding by any of the names `str.encode` accepts for it (`UTF8`, `utf_8`,
    /// `latin1`, `iso-8859-1`…). (`"locale"` is `TextCodec::for_file`'s.)
    pub fn lookup(name: &str) -> Option<Codec> {
        match codecs::canonical_name(name).ok()? {
            "utf-8" => Some(Codec::Utf8),
            "ascii" => Some(Codec::Ascii),
            "latin-1" => Some(Codec::Latin1),
            other => charmap_codecs::named(other).map(Codec::Charmap),
        }
    }

    /// The name error messages use.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Charmap(_) => charmap_codecs::ERROR_NAME,
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
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
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
            "namereplace" => Errors::NameReplace,
            "surrogateescape" => Errors::SurrogateEscape,
            "surrogatepass" => Errors::SurrogatePass,
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
            Errors::NameReplace => "namereplace",
            Errors::SurrogateEscape => "surrogateescape",
            Errors::SurrogatePass => "surrogatepass",
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

/// The valid UTF-8 character at the start of `input`, with its length in bytes.
fn utf8_char(input: &[u8]) -> Option<(char, usize)> {
    let window = input.get(..input.len().min(4))?;
    let valid = match std::str::from_utf8(window) {
        Ok(text) => text,
        Err(e) => std::str::from_utf8(window.get(..e.valid_up_to())?).ok()?,
    };
    let c = valid.chars().next()?;
    Some((c, c.len_utf8()))
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
        }
        if codec == Codec::Utf8 {
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
            let mut run = std::str::from_utf8(&input[i..run_end]).unwrap_or("");
            if let Some(stop) = stop_at {
                // Up to the character that reaches `stop`, as the slow loop stops.
                let mut cut = stop.saturating_sub(out.len()).min(run.len());
                while !run.is_char_boundary(cut) {
                    cut += 1;
                }
                run = &run[..cut];
            }
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
            Codec::Charmap(charmap) => match charmap.decode_byte(b) {
                Some(c) => {
                    out.push(c);
                    i += 1;
                    continue;
                }
                None => (1, charmap_codecs::UNDEFINED_REASON),
            },
            Codec::Utf8 => match utf8_char(&input[i..]) {
                Some((c, len)) => {
                    out.push(c);
                    i += len;
                    continue;
                }
                // A character cut by the end of this chunk may be completed by the next.
                None => match codecs::utf8_error_at(input, i) {
                    (_, "unexpected end of data") if !last => break,
                    (end, reason) => (end - i, reason),
                },
            },
        };
        let (len, reason) = bad;
        let end = i + len;
        let error = DecodeError {
            start: i,
            end,
            reason,
        };
        i = match errors {
            Errors::Ignore => end,
            Errors::Replace => {
                out.push('\u{fffd}');
                end
            }
            Errors::BackslashReplace => {
                for b in &input[i..end] {
                    out.push_str(&format!("\\x{:02x}", b));
                }
                end
            }
            Errors::SurrogateEscape => {
                // As CPython's handler: the non-ASCII bytes (at most four) that start the
                // bad range become lone surrogates, and decoding resumes after them.
                let escaped = input[i..end]
                    .iter()
                    .take(4)
                    .take_while(|&&b| b >= 0x80)
                    .count();
                if escaped == 0 {
                    return Err(error);
                }
                for &b in &input[i..i + escaped] {
                    out.extend(char_for_code_point(0xDC00 + b as u32));
                }
                i + escaped
            }
            Errors::SurrogatePass => match utf8_encoded_surrogate(codec, &input[i..]) {
                Some(c) => {
                    out.push(c);
                    i + 3
                }
                None => return Err(error),
            },
            _ => return Err(error),
        };
    }
    Ok(Decoded { consumed: i })
}

/// The lone surrogate that `surrogatepass` reads at the start of `input`: UTF-8's
/// three-byte form of U+D800..U+DFFF (`ED A0..BF 80..BF`), which only UTF-8 lets through.
fn utf8_encoded_surrogate(codec: Codec, input: &[u8]) -> Option<char> {
    match (codec, input) {
        (Codec::Utf8, [0xED, b1 @ 0xA0..=0xBF, b2 @ 0x80..=0xBF, ..]) => {
            let n = 0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F);
            char_for_code_point(n)
        }
        _ => None,
    }
}

/// Encodes `text` onto `out`, with the one-shot codecs of `str.encode` (a text file
/// encodes each write whole, so nothing is carried between calls).
pub fn encode(codec: Codec, errors: &Errors, text: &str, out: &mut Vec<u8>) -> PyResult<()> {
    if codec == Codec::Utf8 && !crate::objects::surrogates::has_surrogates(text) {
        out.extend_from_slice(text.as_bytes());
        return Ok(());
    }
    let encoding = match codec {
        Codec::Charmap(charmap) => charmap.name,
        other => other.name(),
    };
    out.extend(codecs::encode(text, encoding, errors.name())?);
    Ok(())
}

/// `LookupError: unknown error handler name 'x'`, when an unknown handler meets an error.
fn unknown_handler(errors: &Errors) -> Option<PyErr> {
    match errors {
        Errors::Unknown(name) => Some(codecs::unknown_handler(name)),
        _ => None,
    }
}

/// The `UnicodeDecodeError` for `e` in `input`.
pub fn decode_error(codec: Codec, errors: &Errors, input: &[u8], e: &DecodeError) -> PyErr {
    if let Some(err) = unknown_handler(errors) {
        return err;
    }
    if matches!(errors, Errors::XmlCharRefReplace | Errors::NameReplace) {
        // Encoding-only handlers, as CPython's refuse a decoding error.
        return PyErr::type_error("don't know how to handle UnicodeDecodeError in error callback");
    }
    codecs::decode_error(codec.name(), input, e.start, e.end, e.reason)
}
