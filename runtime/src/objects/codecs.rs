//! Text codecs: `str.encode` and `bytes.decode` for UTF-8, ASCII, Latin-1, UTF-16, UTF-32,
//! the single-byte codecs of `charmap_codecs.rs` and the escape codecs of
//! `escape_codecs.rs` (with CPython's aliases), the error
//! handlers `strict`, `ignore`, `replace`, `backslashreplace`, `xmlcharrefreplace` and
//! `namereplace` (encoding) and `surrogateescape`, and CPython's
//! `UnicodeDecodeError`/`UnicodeEncodeError` messages and attributes. Decoding can also stop
//! before a character cut by the end of the data (`DecodeMode::Partial`, for incremental
//! decoders); `str.encode`/`bytes.decode` refuse the registry's non-text codecs.
//!
//! Lone surrogates are stored as stand-in characters (`surrogates.rs`): the codecs refuse,
//! escape or pass them exactly as CPython treats surrogates.

use std::rc::Rc;

use super::bytes::bytes_value;
use super::charmap_codecs::{self, Charmap};
use super::escape_codecs;
use super::surrogates::{char_for_code_point, code_point, has_surrogates, surrogate_of};
use super::{types, PyErr, PyResult, PyStr, Value};

/// The byte order mark `utf-8-sig` writes and skips.
pub const UTF8_BOM: &[u8] = b"\xef\xbb\xbf";

/// The stand-in character for the undecodable byte `b` (>= 0x80) under `surrogateescape`.
fn surrogate_for_byte(b: u8) -> char {
    char_for_code_point(0xDC00 + b as u32).unwrap_or('\u{fffd}')
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Codec {
    Utf8,
    /// UTF-8 after a byte order mark (`EF BB BF`): written first, skipped when read.
    Utf8Sig,
    Ascii,
    Latin1,
    /// `None`: byte order from the BOM (decoding) or native little-endian with a BOM.
    Utf16(Option<Endian>),
    Utf32(Option<Endian>),
    /// A single-byte codec (cp1252, iso8859-15, koi8-r…).
    Charmap(Charmap),
    /// `unicode_escape` and `raw_unicode_escape` (`escape_codecs.rs`).
    UnicodeEscape,
    RawUnicodeEscape,
}

#[derive(Clone, Copy, PartialEq, Debug)]
enum Endian {
    Little,
    Big,
}

/// CPython's normalisation of an encoding name: lower case, every run of characters other
/// than letters, digits and '.' becomes one '_'.
fn normalize(encoding: &str) -> String {
    let mut out = String::with_capacity(encoding.len());
    let mut pending = false;
    for c in encoding.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if pending && !out.is_empty() {
                out.push('_');
            }
            pending = false;
            out.push(c.to_ascii_lowercase());
        } else {
            pending = true;
        }
    }
    out
}

fn lookup(encoding: &str) -> PyResult<Codec> {
    use Endian::*;
    Ok(match normalize(encoding).as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "utf8_ucs2" | "utf8_ucs4" | "cp65001" => Codec::Utf8,
        "utf_8_sig" => Codec::Utf8Sig,
        "ascii" | "646" | "us_ascii" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
        | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991"
        | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859" | "cp819"
        | "iso_8859_1_1987" | "iso_ir_100" | "ibm819" | "csisolatin1" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "unicodelittleunmarked" => Codec::Utf16(Some(Little)),
        "utf_16_be" | "utf_16be" | "unicodebigunmarked" => Codec::Utf16(Some(Big)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Some(Little)),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Some(Big)),
        "unicode_escape" => Codec::UnicodeEscape,
        "raw_unicode_escape" => Codec::RawUnicodeEscape,
        other => match charmap_codecs::lookup(other) {
            Some(charmap) => Codec::Charmap(charmap),
            None => return Err(unknown_encoding(encoding)),
        },
    })
}

/// The codecs CPython's registry knows that are not text encodings (bytes to bytes, str to
/// str), by their registry name; `codecs.encode`/`decode` run them
/// (`modules/codecs_transforms.rs`), `str.encode` and `bytes.decode` refuse them.
pub fn transform_codec_name(encoding: &str) -> Option<&'static str> {
    Some(match normalize(encoding).as_str() {
        "hex" | "hex_codec" => "hex",
        "base64" | "base_64" | "base64_codec" => "base64",
        "rot13" | "rot_13" => "rot-13",
        _ => return None,
    })
}

/// The codec of `str.encode` (`verb` "encode") or `bytes.decode` ("decode"): a codec that
/// is not a text encoding is "'hex' is not a text encoding; use codecs.decode() to handle
/// arbitrary codecs", naming the encoding as given.
fn text_codec(encoding: &str, verb: &str) -> PyResult<Codec> {
    lookup(encoding).map_err(|err| match transform_codec_name(encoding) {
        Some(_) => PyErr::new(
            &types().exc.lookup_error,
            format!(
                "'{encoding}' is not a text encoding; use codecs.{verb}() to handle arbitrary codecs"
            ),
        ),
        None => err,
    })
}

/// `LookupError: unknown encoding: x`.
pub fn unknown_encoding(encoding: &str) -> PyErr {
    PyErr::new(
        &types().exc.lookup_error,
        format!("unknown encoding: {}", encoding),
    )
}

/// The name CPython's codec registry gives `encoding` ("utf-8", "latin-1", "utf-16-le"…),
/// found through every alias and spelling `str.encode` accepts.
pub fn canonical_name(encoding: &str) -> PyResult<&'static str> {
    Ok(match lookup(encoding)? {
        Codec::Charmap(charmap) => charmap.name,
        Codec::UnicodeEscape => "unicode-escape",
        Codec::RawUnicodeEscape => "raw-unicode-escape",
        Codec::Utf8Sig => "utf-8-sig",
        codec => codec_name(codec),
    })
}

/// The name a codec gives itself in error messages.
fn codec_name(codec: Codec) -> &'static str {
    match codec {
        Codec::Charmap(_) => charmap_codecs::ERROR_NAME,
        // CPython's utf-8-sig codes with the UTF-8 functions, which name themselves.
        Codec::Utf8 | Codec::Utf8Sig => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(None) => "utf-16",
        Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
        Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
        Codec::Utf32(None) => "utf-32",
        Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
        Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        Codec::UnicodeEscape => "unicodeescape",
        Codec::RawUnicodeEscape => "rawunicodeescape",
    }
}

/// The error handlers tote knows.
#[derive(Clone, Copy, PartialEq)]
enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
}

/// The handler named `errors`; looked up only when an error happens, as CPython does (an
/// unknown name is no error while the data is clean).
fn handler(errors: &str) -> PyResult<Handler> {
    Ok(match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        other => return Err(unknown_handler(other)),
    })
}

/// `LookupError: unknown error handler name 'x'`, raised when a handler of that name is
/// first needed.
pub fn unknown_handler(name: &str) -> PyErr {
    PyErr::new(
        &types().exc.lookup_error,
        format!("unknown error handler name '{}'", name),
    )
}

/// A codec failure that is not about the data (an unknown error handler, a handler that
/// cannot decode, an argument of the wrong type) as CPython words it when the codec is
/// called through the registry: same type, "encoding with 'cp1252' codec failed
/// (LookupError: …)" naming the encoding as given. `verb` is "encoding" or "decoding".
pub fn reword_failure(verb: &str, encoding: &str, err: PyErr) -> PyErr {
    let exc = &types().exc;
    let class = err.class();
    if !Rc::ptr_eq(&class, &exc.lookup_error) && !Rc::ptr_eq(&class, &exc.type_error) {
        return err;
    }
    reword_any_failure(verb, encoding, err)
}

/// `reword_failure` for any exception: a transform codec's failures (`binascii.Error`,
/// `AssertionError`…) carry no attributes, and CPython rewords them all.
pub fn reword_any_failure(verb: &str, encoding: &str, err: PyErr) -> PyErr {
    let class = err.class();
    let message = format!(
        "{} with '{}' codec failed ({}: {})",
        verb,
        encoding,
        class.name.borrow(),
        err.message()
    );
    PyErr::new(&class, message)
}

/// A `UnicodeDecodeError`/`UnicodeEncodeError` with CPython's args `(encoding, object,
/// start, end, reason)` and the same attributes; `str()` words it from them (see
/// `exception_attrs.rs`).
fn unicode_error(
    ty: &std::rc::Rc<crate::objects::PyType>,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let fields = [
        ("encoding", Value::str(encoding)),
        ("object", object),
        ("start", Value::from(start)),
        ("end", Value::from(end)),
        ("reason", Value::str(reason)),
    ];
    let err = PyErr::with_args(ty, fields.iter().map(|(_, v)| v.clone()).collect());
    for (name, v) in fields {
        crate::objects::exception_members::set_field(&err.exc, name, v);
    }
    err
}

/// `UnicodeDecodeError` for `data[start..end]`.
pub fn decode_error(encoding: &str, data: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    unicode_error(
        &types().exc.unicode_decode_error,
        encoding,
        bytes_value(data.to_vec()),
        start,
        end,
        reason,
    )
}

/// `\xe9`, `\u20ac` or `\U0001f600`: the `backslashreplace` form of code point `n`.
pub fn backslash_escape(n: u32) -> String {
    if n < 0x100 {
        format!("\\x{:02x}", n)
    } else if n < 0x10000 {
        format!("\\u{:04x}", n)
    } else {
        format!("\\U{:08x}", n)
    }
}

/// `\N{EN DASH}`: the `namereplace` form of code point `n`, or its `backslashreplace` form
/// when it has no name.
pub fn name_escape(n: u32) -> String {
    match char::from_u32(n).and_then(super::unicode::name) {
        Some(name) => format!("\\N{{{}}}", name),
        None => backslash_escape(n),
    }
}

/// `UnicodeEncodeError` for characters `start..end` of `chars`.
pub fn encode_error(
    encoding: &str,
    chars: &[char],
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let text: String = chars.iter().collect();
    unicode_error(
        &types().exc.unicode_encode_error,
        encoding,
        Value::string(text),
        start,
        end,
        reason,
    )
}

// ---------------------------------------------------------------------------------------------
// Encoding
// ---------------------------------------------------------------------------------------------

/// `str.encode(encoding, errors)` as a `bytes` value.
pub fn encode_value(text: &str, encoding: &str, errors: &str) -> PyResult<Value> {
    Ok(bytes_value(encode(text, encoding, errors)?))
}

/// `str.encode(encoding, errors)`.
pub fn encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = text_codec(encoding, "encode")?;
    match codec {
        // CPython's charmap codecs are Python functions, whose failures get reworded.
        Codec::Charmap(_) => {
            encode_with(codec, text, errors).map_err(|e| reword_failure("encoding", encoding, e))
        }
        _ => encode_with(codec, text, errors),
    }
}

fn encode_with(codec: Codec, text: &str, errors: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8Sig {
        let mut out = UTF8_BOM.to_vec();
        out.extend(encode_with(Codec::Utf8, text, errors)?);
        return Ok(out);
    }
    // The common case: nothing to escape.
    if codec == Codec::Utf8 && !has_surrogates(text) {
        return Ok(text.as_bytes().to_vec());
    }
    // Every character has an escape: the error handler is never needed.
    if matches!(codec, Codec::UnicodeEscape | Codec::RawUnicodeEscape) {
        let mut out = Vec::with_capacity(text.len());
        text.chars().for_each(|c| push_encoded(codec, c, &mut out));
        return Ok(out);
    }
    let chars: Vec<char> = text.chars().collect();
    let name = codec_name(codec);
    let reason = match codec {
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        Codec::Charmap(_) => charmap_codecs::UNDEFINED_REASON,
        _ => "surrogates not allowed",
    };
    let encodable = |c: char| {
        surrogate_of(c).is_none()
            && match codec {
                Codec::Ascii => c.is_ascii(),
                Codec::Latin1 => (c as u32) < 0x100,
                Codec::Charmap(charmap) => charmap.encode_char(c).is_some(),
                _ => true,
            }
    };
    let mut out = Vec::with_capacity(text.len() + 4);
    if let Codec::Utf16(None) = codec {
        out.extend_from_slice(&[0xff, 0xfe]);
    }
    if let Codec::Utf32(None) = codec {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if encodable(c) {
            push_encoded(codec, c, &mut out);
            i += 1;
            continue;
        }
        let start = i;
        // The UTF-16/32 encoders report one character at a time.
        let one_at_a_time = matches!(codec, Codec::Utf16(_) | Codec::Utf32(_));
        i += 1;
        while i < chars.len() && !encodable(chars[i]) && !one_at_a_time {
            i += 1;
        }
        let run = &chars[start..i];
        match handler(errors)? {
            Handler::Strict => return Err(encode_error(name, &chars, start, i, reason)),
            Handler::Ignore => {}
            Handler::Replace => run.iter().for_each(|_| push_encoded(codec, '?', &mut out)),
            Handler::BackslashReplace => {
                for &c in run {
                    let esc = backslash_escape(code_point(c));
                    esc.chars().for_each(|e| push_encoded(codec, e, &mut out));
                }
            }
            Handler::XmlCharRefReplace => {
                for &c in run {
                    let esc = format!("&#{};", code_point(c));
                    esc.chars().for_each(|e| push_encoded(codec, e, &mut out));
                }
            }
            Handler::SurrogatePass => {
                for &c in run {
                    match surrogate_of(c) {
                        Some(s) if codec_passes_surrogates(codec) => {
                            push_code_unit(codec, s, &mut out)
                        }
                        _ => return Err(encode_error(name, &chars, start, i, reason)),
                    }
                }
            }
            Handler::NameReplace => {
                for &c in run {
                    let esc = name_escape(code_point(c));
                    esc.chars().for_each(|e| push_encoded(codec, e, &mut out));
                }
            }
            Handler::SurrogateEscape => {
                let eight_bit = matches!(
                    codec,
                    Codec::Utf8 | Codec::Ascii | Codec::Latin1 | Codec::Charmap(_)
                );
                for &c in run {
                    match surrogate_of(c) {
                        Some(s @ 0xDC80..=0xDCFF) if eight_bit => out.push((s - 0xDC00) as u8),
                        _ => return Err(encode_error(name, &chars, start, i, reason)),
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Whether `surrogatepass` can write surrogates in `codec`: the UTF encodings can.
fn codec_passes_surrogates(codec: Codec) -> bool {
    matches!(
        codec,
        Codec::Utf8 | Codec::Utf8Sig | Codec::Utf16(_) | Codec::Utf32(_)
    )
}

/// Appends the surrogate `s` as `surrogatepass` writes it: the three-byte UTF-8 form, or
/// one UTF-16/UTF-32 code unit.
fn push_code_unit(codec: Codec, s: u32, out: &mut Vec<u8>) {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => out.extend_from_slice(&[
            0xE0 | (s >> 12) as u8,
            0x80 | ((s >> 6) & 0x3F) as u8,
            0x80 | (s & 0x3F) as u8,
        ]),
        Codec::Utf16(e) => push_u16(e, s as u16, out),
        Codec::Utf32(e) => push_u32(e, s, out),
        Codec::Ascii
        | Codec::Latin1
        | Codec::Charmap(_)
        | Codec::UnicodeEscape
        | Codec::RawUnicodeEscape => {}
    }
}

/// One UTF-16 code unit in the byte order `e` (little-endian unless big).
fn push_u16(e: Option<Endian>, u: u16, out: &mut Vec<u8>) {
    out.extend_from_slice(&if e == Some(Endian::Big) {
        u.to_be_bytes()
    } else {
        u.to_le_bytes()
    });
}

/// One UTF-32 code unit in the byte order `e` (little-endian unless big).
fn push_u32(e: Option<Endian>, n: u32, out: &mut Vec<u8>) {
    out.extend_from_slice(&if e == Some(Endian::Big) {
        n.to_be_bytes()
    } else {
        n.to_le_bytes()
    });
}

/// The surrogate `surrogatepass` reads from `data` at `at` in `codec`, and its length.
fn read_code_unit(codec: Codec, data: &[u8], at: usize) -> Option<(u32, usize)> {
    let rest = data.get(at..)?;
    let (n, len) = match (codec, rest) {
        (Codec::Utf8, [b0, b1, b2, ..])
            if *b0 == 0xED && (0xA0..=0xBF).contains(b1) && (0x80..=0xBF).contains(b2) =>
        {
            (0xD000 | ((*b1 as u32 & 0x3F) << 6) | (*b2 as u32 & 0x3F), 3)
        }
        (Codec::Utf16(e), [a, b, ..]) => {
            let pair = [*a, *b];
            let u = if e == Some(Endian::Big) {
                u16::from_be_bytes(pair)
            } else {
                u16::from_le_bytes(pair)
            };
            (u as u32, 2)
        }
        (Codec::Utf32(e), [a, b, c, d, ..]) => {
            let quad = [*a, *b, *c, *d];
            let n = if e == Some(Endian::Big) {
                u32::from_be_bytes(quad)
            } else {
                u32::from_le_bytes(quad)
            };
            (n, 4)
        }
        _ => return None,
    };
    super::surrogates::is_surrogate(n).then_some((n, len))
}

/// `codecs.encode(text, encoding, errors)`: `str.encode`, except that every failure not
/// about the data is reworded as the registry does.
pub fn registry_encode(text: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    encode_with(lookup(encoding)?, text, errors)
        .map_err(|e| reword_failure("encoding", encoding, e))
}

/// Appends the encoding of one encodable character.
fn push_encoded(codec: Codec, c: char, out: &mut Vec<u8>) {
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
        Codec::Ascii | Codec::Latin1 => out.push(c as u32 as u8),
        Codec::Charmap(charmap) => out.push(charmap.encode_char(c).unwrap_or(b'?')),
        Codec::Utf16(e) => {
            let mut units = [0u16; 2];
            for &u in c.encode_utf16(&mut units).iter() {
                push_u16(e, u, out);
            }
        }
        Codec::Utf32(e) => push_u32(e, c as u32, out),
        Codec::UnicodeEscape => escape_codecs::push_unicode_escape(c, out),
        Codec::RawUnicodeEscape => escape_codecs::push_raw_unicode_escape(c, out),
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding
// ---------------------------------------------------------------------------------------------

/// `bytes.decode(encoding, errors)`.
pub fn decode(data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    Ok(decode_text(data, encoding, errors, DecodeMode::Text)?.text)
}

/// How a decoding is asked for.
#[derive(Clone, Copy, PartialEq)]
pub enum DecodeMode {
    /// `bytes.decode`: the registry's non-text codecs are refused.
    Text,
    /// Stop before a character cut by the end of the data (CPython's `final=False`):
    /// incremental decoders keep the rest for their next chunk.
    Partial,
    /// `codecs.decode`: every failure not about the data is reworded.
    Registry,
    /// A codec function called directly (`_codecs.unicode_escape_decode`): nothing is
    /// reworded; partial when the flag says so.
    Function(bool),
}

/// What a decoding produced.
pub struct DecodedText {
    pub text: String,
    /// How many bytes were used (all but a cut character's, in `Partial` mode).
    pub consumed: usize,
    /// The DeprecationWarning a successful decoding owes (an unknown `unicode_escape`
    /// escape): callers that can warn issue it.
    pub warning: Option<String>,
}

/// Decodes `data` with the codec named `encoding`.
pub fn decode_text(
    data: &[u8],
    encoding: &str,
    errors: &str,
    mode: DecodeMode,
) -> PyResult<DecodedText> {
    let codec = match mode {
        DecodeMode::Registry => lookup(encoding)?,
        _ => text_codec(encoding, "decode")?,
    };
    let partial = matches!(mode, DecodeMode::Partial | DecodeMode::Function(true));
    if codec == Codec::Utf8Sig {
        // As CPython's: a leading BOM is skipped and the rest decoded as UTF-8 (error
        // positions count from after it); a partial decoding waits while the data could
        // still be the start of a BOM.
        if partial && data.len() < UTF8_BOM.len() && UTF8_BOM.starts_with(data) {
            return Ok(DecodedText {
                text: String::new(),
                consumed: 0,
                warning: None,
            });
        }
        let skip = if data.starts_with(UTF8_BOM) {
            UTF8_BOM.len()
        } else {
            0
        };
        let mut rest = decode_text(&data[skip..], "utf-8", errors, mode)?;
        rest.consumed += skip;
        return Ok(rest);
    }
    let mut out = Decoded::new(codec, data, errors);
    out.partial = partial;
    let result = out.run();
    // CPython's charmap and escape codecs are Python functions, whose failures get
    // reworded when the registry calls them.
    let python_codec = matches!(
        codec,
        Codec::Charmap(_) | Codec::UnicodeEscape | Codec::RawUnicodeEscape
    );
    let reworded = match mode {
        DecodeMode::Registry => true,
        DecodeMode::Text => python_codec,
        DecodeMode::Partial => matches!(codec, Codec::Charmap(_)),
        DecodeMode::Function(_) => false,
    };
    match result {
        Err(e) if reworded => return Err(reword_failure("decoding", encoding, e)),
        other => other?,
    }
    Ok(DecodedText {
        text: out.text,
        consumed: out.consumed,
        warning: out.invalid_escape,
    })
}

/// A decoding in progress: the output so far, and what to do with undecodable bytes.
pub struct Decoded<'a> {
    pub data: &'a [u8],
    errors: &'a str,
    pub text: String,
    /// With the byte order settled once a BOM is read.
    codec: Codec,
    /// Whether a character cut by the end of `data` is left undecoded (not an error).
    pub partial: bool,
    /// How many bytes were decoded: all of them, unless `partial` stopped early.
    pub consumed: usize,
    /// The DeprecationWarning message for the first unknown escape `unicode_escape` kept.
    pub invalid_escape: Option<String>,
}

impl Decoded<'_> {
    fn new<'a>(codec: Codec, data: &'a [u8], errors: &'a str) -> Decoded<'a> {
        Decoded {
            data,
            errors,
            text: String::with_capacity(data.len()),
            codec,
            partial: false,
            consumed: data.len(),
            invalid_escape: None,
        }
    }

    /// Decodes `data` onto `text`.
    fn run(&mut self) -> PyResult<()> {
        let (codec, data) = (self.codec, self.data);
        let out = self;
        match codec {
            // (`decode_text` has skipped utf-8-sig's BOM.)
            Codec::Utf8 | Codec::Utf8Sig => decode_utf8(out)?,
            Codec::Ascii if data.is_ascii() => out
                .text
                .push_str(std::str::from_utf8(data).unwrap_or_default()),
            Codec::Ascii => {
                for (i, &b) in data.iter().enumerate() {
                    if b < 0x80 {
                        out.text.push(b as char);
                    } else {
                        out.error(i, i + 1, "ordinal not in range(128)")?;
                    }
                }
            }
            Codec::Latin1 => out.text.extend(data.iter().map(|&b| b as char)),
            Codec::Utf16(e) => decode_utf16(out, e)?,
            Codec::Utf32(e) => decode_utf32(out, e)?,
            Codec::Charmap(charmap) => {
                for (i, &b) in data.iter().enumerate() {
                    match charmap.decode_byte(b) {
                        Some(c) => out.text.push(c),
                        None => {
                            out.error(i, i + 1, charmap_codecs::UNDEFINED_REASON)?;
                        }
                    }
                }
            }
            Codec::UnicodeEscape => escape_codecs::decode_unicode_escape(out)?,
            Codec::RawUnicodeEscape => escape_codecs::decode_raw_unicode_escape(out)?,
        }
        Ok(())
    }

    /// Applies the error handler to the undecodable bytes `start..end`; returns where
    /// decoding resumes (`end`, unless `surrogatepass` took a longer code unit or
    /// `surrogateescape` a shorter run of bytes).
    pub fn error(&mut self, start: usize, end: usize, reason: &str) -> PyResult<usize> {
        let bad = self.data.get(start..end).unwrap_or(&[]);
        let encoding = codec_name(self.codec);
        match handler(self.errors)? {
            Handler::Strict => return Err(decode_error(encoding, self.data, start, end, reason)),
            Handler::Ignore => {}
            Handler::Replace => self.text.push('\u{fffd}'),
            Handler::BackslashReplace => {
                for b in bad {
                    self.text.push_str(&format!("\\x{:02x}", b));
                }
            }
            Handler::SurrogateEscape => {
                // CPython's handler escapes the run of non-ASCII bytes (at most four) that
                // starts the bad range, and decoding resumes after them: a UTF-16/32 error
                // can resume mid-unit.
                let escaped = bad.iter().take(4).take_while(|&&b| b >= 0x80).count();
                if escaped == 0 {
                    return Err(decode_error(encoding, self.data, start, end, reason));
                }
                self.text
                    .extend(bad[..escaped].iter().map(|&b| surrogate_for_byte(b)));
                return Ok(start + escaped);
            }
            Handler::SurrogatePass => match read_code_unit(self.codec, self.data, start) {
                Some((n, len)) => {
                    self.text.extend(char_for_code_point(n));
                    return Ok(start + len);
                }
                None => return Err(decode_error(encoding, self.data, start, end, reason)),
            },
            Handler::XmlCharRefReplace | Handler::NameReplace => {
                return Err(PyErr::type_error(
                    "don't know how to handle UnicodeDecodeError in error callback",
                ))
            }
        }
        Ok(end)
    }
}

fn decode_utf8(out: &mut Decoded) -> PyResult<()> {
    let data = out.data;
    let mut i = 0;
    while i < data.len() {
        match std::str::from_utf8(&data[i..]) {
            Ok(s) => {
                out.text.push_str(s);
                break;
            }
            Err(e) => {
                let good = i + e.valid_up_to();
                out.text
                    .push_str(std::str::from_utf8(&data[i..good]).unwrap_or_default());
                let (end, reason) = utf8_error_at(data, good);
                if out.partial && reason == "unexpected end of data" {
                    out.consumed = good;
                    break;
                }
                i = out.error(good, end, reason)?;
            }
        }
    }
    Ok(())
}

/// The extent and reason of the invalid UTF-8 sequence that starts at `data[i]`, as
/// CPython reports it: a bad lead byte alone, a lead byte plus the continuation bytes
/// that were fine before a bad one, or everything up to a premature end.
pub fn utf8_error_at(data: &[u8], i: usize) -> (usize, &'static str) {
    let lead = data.get(i).copied().unwrap_or(0);
    if !(0xC2..=0xF4).contains(&lead) {
        return (i + 1, "invalid start byte");
    }
    let need = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        _ => 4,
    };
    for k in 1..need {
        let Some(&c) = data.get(i + k) else {
            return (data.len(), "unexpected end of data");
        };
        let continuation = (0x80..=0xBF).contains(&c);
        // The second byte also rules out overlong forms, surrogates and code points past
        // U+10FFFF.
        let second_ok = k != 1
            || match lead {
                0xE0 => c >= 0xA0,
                0xED => c < 0xA0,
                0xF0 => c >= 0x90,
                0xF4 => c < 0x90,
                _ => true,
            };
        if !continuation || !second_ok {
            return (i + k, "invalid continuation byte");
        }
    }
    (i + 1, "invalid start byte")
}

fn decode_utf16(out: &mut Decoded, endian: Option<Endian>) -> PyResult<()> {
    let data = out.data;
    let mut i = 0;
    let endian = match endian {
        Some(e) => e,
        None => {
            let e = match data.get(..2) {
                Some([0xfe, 0xff]) => Endian::Big,
                _ => Endian::Little,
            };
            if matches!(data.get(..2), Some([0xff, 0xfe] | [0xfe, 0xff])) {
                i = 2;
            }
            out.codec = Codec::Utf16(Some(e));
            e
        }
    };
    let unit = |at: usize| -> Option<u16> {
        let pair = [*data.get(at)?, *data.get(at + 1)?];
        Some(match endian {
            Endian::Little => u16::from_le_bytes(pair),
            Endian::Big => u16::from_be_bytes(pair),
        })
    };
    while i < data.len() {
        let Some(u) = unit(i) else {
            if out.partial {
                out.consumed = i;
                break;
            }
            i = out.error(i, data.len(), "truncated data")?;
            continue;
        };
        match u {
            0xD800..=0xDBFF => match unit(i + 2) {
                Some(low @ 0xDC00..=0xDFFF) => {
                    let n = 0x10000 + (((u as u32) - 0xD800) << 10) + (low as u32 - 0xDC00);
                    out.text.push(char::from_u32(n).unwrap_or('\u{fffd}'));
                    i += 4;
                }
                Some(_) => i = out.error(i, i + 2, "illegal UTF-16 surrogate")?,
                None if out.partial => {
                    out.consumed = i;
                    break;
                }
                None => i = out.error(i, data.len(), "unexpected end of data")?,
            },
            0xDC00..=0xDFFF => i = out.error(i, i + 2, "illegal encoding")?,
            _ => {
                out.text
                    .push(char::from_u32(u as u32).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    Ok(())
}

fn decode_utf32(out: &mut Decoded, endian: Option<Endian>) -> PyResult<()> {
    let data = out.data;
    let mut i = 0;
    let endian = match endian {
        Some(e) => e,
        None => {
            let e = match data.get(..4) {
                Some([0, 0, 0xfe, 0xff]) => Endian::Big,
                _ => Endian::Little,
            };
            if matches!(data.get(..4), Some([0xff, 0xfe, 0, 0] | [0, 0, 0xfe, 0xff])) {
                i = 4;
            }
            out.codec = Codec::Utf32(Some(e));
            e
        }
    };
    while i < data.len() {
        let Some(quad) = data.get(i..i + 4) else {
            if out.partial {
                out.consumed = i;
                break;
            }
            i = out.error(i, data.len(), "truncated data")?;
            continue;
        };
        let quad = [quad[0], quad[1], quad[2], quad[3]];
        let n = match endian {
            Endian::Little => u32::from_le_bytes(quad),
            Endian::Big => u32::from_be_bytes(quad),
        };
        i = match n {
            0xD800..=0xDFFF => out.error(
                i,
                i + 4,
                "code point in surrogate code point range(0xd800, 0xe000)",
            )?,
            _ => match char::from_u32(n) {
                Some(c) => {
                    out.text.push(c);
                    i + 4
                }
                None => out.error(i, i + 4, "code point not in range(0x110000)")?,
            },
        };
    }
    Ok(())
}

/// Reads the `encoding` and `errors` arguments of encode/decode-like calls: each must be a
/// str ("decode() argument 'encoding' must be str, not int"); the defaults are utf-8 and
/// strict.
pub fn codec_args(
    func: &str,
    encoding: Option<Value>,
    errors: Option<Value>,
) -> PyResult<(Rc<PyStr>, Rc<PyStr>)> {
    let get = |v: Option<Value>, what: &str, default: &str| match v {
        None => Ok(PyStr::intern(default)),
        Some(Value::Str(s)) => Ok(s),
        Some(other) => Err(crate::objects::methods::method_args::bad_argument(
            func,
            &format!("argument '{}'", what),
            "str",
            &other,
        )),
    };
    Ok((
        get(encoding, "encoding", "utf-8")?,
        get(errors, "errors", "strict")?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_normalise_like_cpython() {
        assert_eq!(normalize("UTF_8"), "utf_8");
        assert_eq!(normalize("utf 8"), "utf_8");
        assert_eq!(normalize("ISO-8859-1"), "iso_8859_1");
        assert_eq!(lookup("U8").ok(), Some(Codec::Utf8));
        assert_eq!(lookup("latin").ok(), Some(Codec::Latin1));
        assert_eq!(lookup("646").ok(), Some(Codec::Ascii));
    }

    #[test]
    fn utf8_errors_have_cpython_extents() {
        assert_eq!(utf8_error_at(b"\xff", 0), (1, "invalid start byte"));
        assert_eq!(
            utf8_error_at(b"\xe4\x41", 0),
            (1, "invalid continuation byte")
        );
        assert_eq!(utf8_error_at(b"\xe4\xb8", 0), (2, "unexpected end of data"));
        assert_eq!(
            utf8_error_at(b"\xf0\x9f\x41", 0),
            (2, "invalid continuation byte")
        );
        assert_eq!(
            utf8_error_at(b"\xed\xa0\x80", 0),
            (1, "invalid continuation byte")
        );
    }

    #[test]
    fn surrogateescape_round_trips() {
        let s = decode(b"a\xff\xfe", "utf-8", "surrogateescape").unwrap_or_default();
        assert_eq!(s.chars().count(), 3);
        assert_eq!(
            encode(&s, "utf-8", "surrogateescape").unwrap_or_default(),
            b"a\xff\xfe"
        );
    }
}
