//! The codec of a text file: one of the byte codecs, which `codec.rs` decodes in a single
//! loop together with the newline translation, or any other text codec (UTF-16, UTF-32,
//! `utf-8-sig`, the escape codecs), coded by the stateful stream coders of
//! `objects/codec_stream.rs` that the `codecs` module's incremental coders use too. For
//! those the newline translation runs on the decoded text, as CPython's
//! `IncrementalNewlineDecoder` does: `\r\n` is two code units in UTF-16.

use super::codec::{self, Codec, Errors};
use crate::objects::codec_stream::{StreamDecoder, StreamEncoder};
use crate::objects::{codecs, types, PyErr, PyResult};

/// The coding state of a text file.
#[derive(Clone, Copy, Debug)]
pub enum TextCodec {
    Bytes(Codec),
    Stream(StreamCoders),
}

#[derive(Clone, Copy, Debug)]
pub struct StreamCoders {
    pub decoder: StreamDecoder,
    /// The decoder's state where the text decoded ahead starts (for `tell`).
    pub snapshot: StreamDecoder,
    pub encoder: StreamEncoder,
}

/// What decoding a prefix of the bytes read ahead gives (see `TextCodec::probe`).
#[derive(Clone, Copy, Debug)]
pub struct Probe {
    /// Characters produced.
    pub chars: usize,
    /// Whether the decoder holds no bytes: none are left, or only a `\r` held back for
    /// its `\n` (CPython's newline decoder keeps that as a flag, not as bytes).
    pub clean: bool,
    /// The bytes the decoder holds otherwise (a cut character).
    pub held: usize,
    pub held_cr: bool,
    /// The codec's state flag (`StreamDecoder::state_flag`) after the prefix.
    pub codec_flag: u64,
    /// Whether the decoder is still at the start of the stream (before a BOM).
    pub at_start: bool,
}

/// What one decoding step produced.
pub struct Step {
    /// Bytes of the input used; the rest (a cut character, or a final `\r` whose `\n` may
    /// follow) goes again with the next chunk.
    pub consumed: usize,
    /// The line endings met (bits: 1 `\r`, 2 `\n`, 4 `\r\n`), when asked for.
    pub endings: u8,
    /// The DeprecationWarning an escape codec owes.
    pub warning: Option<String>,
}

impl TextCodec {
    /// The codec and the `encoding` attribute of a text file opened with `encoding`: None
    /// and `"locale"` are the locale's encoding, which tote takes to be UTF-8 (CPython
    /// names it as `locale.getencoding()` does, "UTF-8").
    pub fn for_file(encoding: Option<&String>) -> PyResult<(TextCodec, String)> {
        match encoding {
            // Exactly "locale": CPython compares the name as given.
            Some(e) if e != "locale" => Ok((TextCodec::lookup(e)?, e.clone())),
            _ => Ok((TextCodec::Bytes(Codec::Utf8), "UTF-8".to_string())),
        }
    }

    /// The codec `open()` and `TextIOWrapper` use for `name`: "LookupError: unknown
    /// encoding: x", or for a codec that does not code text, CPython's advice.
    pub fn lookup(name: &str) -> PyResult<TextCodec> {
        if let Some(c) = Codec::lookup(name) {
            return Ok(TextCodec::Bytes(c));
        }
        if codecs::transform_codec_name(name).is_some() {
            return Err(PyErr::new(
                &types().exc.lookup_error,
                format!(
                    "'{name}' is not a text encoding; use codecs.open() to handle arbitrary codecs"
                ),
            ));
        }
        let canonical = codecs::canonical_name(name)?;
        Ok(TextCodec::Stream(StreamCoders {
            decoder: StreamDecoder::new(canonical),
            snapshot: StreamDecoder::new(canonical),
            encoder: StreamEncoder::new(canonical),
        }))
    }

    /// Whether text goes out as UTF-8 unchanged (the standard streams' fast path).
    pub fn is_utf8(&self) -> bool {
        matches!(self, TextCodec::Bytes(Codec::Utf8))
    }

    /// Decodes `input` onto `out`; with `translate`, `\r\n` and `\r` become `\n`. Unless
    /// `last`, a cut character or a final `\r` is left for the next chunk. The line endings
    /// met are looked for only if `track_endings`.
    pub fn decode(
        &mut self,
        errors: &Errors,
        input: &[u8],
        last: bool,
        translate: bool,
        track_endings: bool,
        out: &mut String,
    ) -> PyResult<Step> {
        match self {
            TextCodec::Bytes(c) => {
                match codec::decode(*c, errors, input, last, translate, out, None) {
                    Ok(d) => {
                        let mut consumed = d.consumed;
                        // Untranslated, a final `\r` waits for the `\n` that may follow too,
                        // so that `newlines` sees the pair (as CPython's newline decoder).
                        if track_endings
                            && !translate
                            && !last
                            && input[..consumed].ends_with(b"\r")
                            && out.ends_with('\r')
                        {
                            consumed -= 1;
                            out.pop();
                        }
                        Ok(Step {
                            consumed,
                            endings: if track_endings {
                                line_endings(&input[..consumed])
                            } else {
                                0
                            },
                            warning: None,
                        })
                    }
                    Err(e) => Err(codec::decode_error(*c, errors, input, &e)),
                }
            }
            TextCodec::Stream(s) => decode_stream(
                &mut s.decoder,
                errors,
                input,
                last,
                translate,
                track_endings,
                out,
            ),
        }
    }

    /// Where the text decoded ahead starts: the decoder's state there, for `tell`.
    pub fn mark_snapshot(&mut self) {
        if let TextCodec::Stream(s) = self {
            s.snapshot = s.decoder;
        }
    }

    /// A copy of the codec in the state where the text decoded ahead starts.
    pub fn at_snapshot(&self) -> TextCodec {
        let mut codec = *self;
        if let TextCodec::Stream(s) = &mut codec {
            s.decoder = s.snapshot;
        }
        codec
    }

    /// The state flags CPython's `tell` reports after decoding up to here: the codec's
    /// flag, shifted past the bit of a held `\r`.
    pub fn state_flags(&self, held_cr: bool) -> u64 {
        let codec_flag = match self {
            TextCodec::Bytes(_) => 0,
            TextCodec::Stream(s) => s.decoder.state_flag().max(0) as u64,
        };
        (codec_flag << 1) | u64::from(held_cr)
    }

    /// Whether `rest`, the bytes a decoding step left, is only a `\r` held back.
    pub fn is_held_cr(&self, rest: &[u8]) -> bool {
        !rest.is_empty() && self.cr_unit_length(rest) == Some(rest.len())
    }

    /// Decodes `bytes` again from the state where the text decoded ahead starts, as the
    /// text file decoded them (same newline handling), to tell what a position there is.
    pub fn probe(
        &self,
        errors: &Errors,
        bytes: &[u8],
        translate: bool,
        track_endings: bool,
        last: bool,
    ) -> Probe {
        let mut codec = self.at_snapshot();
        let mut out = String::new();
        let Ok(step) = codec.decode(errors, bytes, last, translate, track_endings, &mut out) else {
            return Probe {
                chars: 0,
                clean: false,
                held: 0,
                held_cr: false,
                codec_flag: 0,
                at_start: true,
            };
        };
        let rest = &bytes[step.consumed..];
        let held_cr = codec.is_held_cr(rest);
        let (codec_flag, at_start) = match codec {
            TextCodec::Bytes(_) => (0, false),
            TextCodec::Stream(s) => (s.decoder.state_flag().max(0) as u64, s.decoder.at_start()),
        };
        Probe {
            chars: out.chars().count(),
            clean: rest.is_empty() || held_cr,
            held: if held_cr { 0 } else { rest.len() },
            held_cr,
            codec_flag,
            at_start,
        }
    }

    /// For a byte codec, in one pass: the bytes of `bytes` that give the first `text_len`
    /// bytes of their text, when that is a plain position (no `\r` held back just before
    /// it, no character's text cut by it); None when `TextCodec::probe` must tell.
    pub fn plain_position(
        &self,
        errors: &Errors,
        bytes: &[u8],
        translate: bool,
        holds_cr: bool,
        text_len: usize,
    ) -> Option<usize> {
        let TextCodec::Bytes(c) = self else {
            return None;
        };
        let mut text = String::new();
        let d = codec::decode(
            *c,
            errors,
            bytes,
            false,
            translate,
            &mut text,
            Some(text_len),
        );
        let consumed = d.ok()?.consumed;
        let after_cr = holds_cr && consumed > 0 && bytes[consumed - 1] == b'\r';
        (text.len() == text_len && !after_cr).then_some(consumed)
    }

    /// The length of the bytes that end `used` and decode to `\r` (what a decoding step
    /// holds back for the `\n` that may follow).
    pub fn cr_unit_length(&self, used: &[u8]) -> Option<usize> {
        match self {
            TextCodec::Bytes(_) => used.ends_with(b"\r").then_some(1),
            TextCodec::Stream(s) => final_cr_length(&s.decoder, used),
        }
    }

    /// The bytes of a `\r` in the codec the stream has settled on.
    pub fn cr_unit(&self) -> Vec<u8> {
        match self {
            TextCodec::Bytes(_) => b"\r".to_vec(),
            TextCodec::Stream(s) => {
                let codec = s.decoder.settled().unwrap_or(s.decoder.encoding);
                codecs::encode("\r", codec, "strict").unwrap_or_else(|_| b"\r".to_vec())
            }
        }
    }

    /// A seek to a cookie `tell` gave: the decoder's state from its flags (a plain byte
    /// offset has none: the native byte order, no BOM), and no BOM written there.
    pub fn restore(&mut self, dec_flags: u64) {
        if let TextCodec::Stream(s) = self {
            s.decoder.set_state_flag((dec_flags >> 1) as i64);
            s.encoder.continue_mid_stream();
        }
    }

    /// Back to the start of the stream (a seek to 0): a BOM is read and written again.
    pub fn reset(&mut self) {
        if let TextCodec::Stream(s) = self {
            s.decoder.reset();
            s.encoder.reset();
        }
    }

    /// After a seek to the end (`seek(0, 2)`) at `position`: the decoder starts over, and
    /// the encoder writes a BOM only into an empty file, as CPython's.
    pub fn seek_end(&mut self, position: Option<u64>) {
        if let TextCodec::Stream(s) = self {
            s.decoder.reset();
            self.encoder_at(position);
        }
    }

    /// The encoder of a stream at byte `position` (None: a stream that cannot tell): a BOM
    /// only at 0. CPython's text files code `utf-16` and `utf-32` themselves, and write
    /// their BOM only where they know the stream starts; its other codecs (`utf-8-sig`)
    /// write one into a stream that cannot tell.
    pub fn encoder_at(&mut self, position: Option<u64>) {
        if let TextCodec::Stream(s) = self {
            let at_start = match position {
                Some(p) => p == 0,
                None => !matches!(s.encoder.encoding, "utf-16" | "utf-32"),
            };
            if at_start {
                s.encoder.reset();
            } else {
                s.encoder.continue_mid_stream();
            }
        }
    }

    /// Encodes `text` onto `out`.
    pub fn encode(&mut self, errors: &Errors, text: &str, out: &mut Vec<u8>) -> PyResult<()> {
        match self {
            TextCodec::Bytes(c) => codec::encode(*c, errors, text, out),
            TextCodec::Stream(s) => {
                let encoded = s.encoder.encode(text, errors.name());
                if encoded.is_err() {
                    // CPython's text files leave the start of the stream (and its BOM)
                    // behind with any write, even one that fails.
                    s.encoder.continue_mid_stream();
                }
                out.extend(encoded?);
                Ok(())
            }
        }
    }
}

/// The line endings in `text` (UTF-8 text, or bytes of an ASCII-compatible codec), as
/// the bits of `TextState::seen`.
pub fn line_endings(text: &[u8]) -> u8 {
    let mut seen = 0;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'\r' if text.get(i + 1) == Some(&b'\n') => {
                seen |= 4;
                i += 1;
            }
            b'\r' => seen |= 1,
            b'\n' => seen |= 2,
            _ => {}
        }
        i += 1;
    }
    seen
}

/// One step of a stream codec: decode, hold back a final `\r`, translate line endings.
fn decode_stream(
    decoder: &mut StreamDecoder,
    errors: &Errors,
    input: &[u8],
    last: bool,
    translate: bool,
    track_endings: bool,
    out: &mut String,
) -> PyResult<Step> {
    let decoded = decoder.decode(input, errors.name(), last)?;
    let mut text = decoded.text;
    let mut consumed = decoded.consumed;
    if !last && text.ends_with('\r') {
        // Its `\n` may start the next chunk: the `\r` is decoded again with it.
        if let Some(len) = final_cr_length(decoder, &input[..consumed]) {
            text.pop();
            consumed -= len;
        }
    }
    let endings = if track_endings {
        line_endings(text.as_bytes())
    } else {
        0
    };
    if translate && text.contains('\r') {
        out.push_str(&text.replace("\r\n", "\n").replace('\r', "\n"));
    } else {
        out.push_str(&text);
    }
    Ok(Step {
        consumed,
        endings,
        warning: decoded.warning,
    })
}

/// The length of the bytes that end `used` and decode to a `\r`: the codec's encoding
/// of `\r`, or for the escape codecs (which pass it through raw too) the byte itself.
fn final_cr_length(decoder: &StreamDecoder, used: &[u8]) -> Option<usize> {
    let codec = decoder.settled().unwrap_or(decoder.encoding);
    let unit = codecs::encode("\r", codec, "strict").ok()?;
    let raw: &[u8] = match codec {
        "unicode-escape" | "raw-unicode-escape" => b"\r",
        _ => b"",
    };
    let found = [unit.as_slice(), raw]
        .into_iter()
        .find(|u| !u.is_empty() && used.ends_with(u))
        .map(|u| u.len());
    found
}
