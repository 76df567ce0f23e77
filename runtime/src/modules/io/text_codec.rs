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

    /// How many bytes of `snapshot` (the bytes the text decoded ahead came from) give the
    /// first `text_len` bytes (UTF-8) of that text, decoding from the state at its start.
    pub fn bytes_for_text(
        &self,
        errors: &Errors,
        snapshot: &[u8],
        translate: bool,
        text_len: usize,
    ) -> usize {
        match self {
            TextCodec::Bytes(c) => {
                let mut scratch = String::new();
                codec::decode(
                    *c,
                    errors,
                    snapshot,
                    false,
                    translate,
                    &mut scratch,
                    Some(text_len),
                )
                .map(|d| d.consumed)
                .unwrap_or(0)
            }
            TextCodec::Stream(s) => {
                // The text decoded from a prefix grows with the prefix: the shortest prefix
                // that gives `text_len` bytes of text is the position.
                let decoded_len = |k: usize| {
                    let mut decoder = s.snapshot;
                    let mut out = String::new();
                    decode_stream(
                        &mut decoder,
                        errors,
                        &snapshot[..k],
                        false,
                        translate,
                        false,
                        &mut out,
                    )
                    .map(|_| out.len())
                    .unwrap_or(0)
                };
                let (mut lo, mut hi) = (0, snapshot.len());
                while lo < hi {
                    let mid = lo + (hi - lo) / 2;
                    if decoded_len(mid) >= text_len {
                        hi = mid;
                    } else {
                        lo = mid + 1;
                    }
                }
                lo
            }
        }
    }

    /// The first `consumed` bytes of `snapshot` decoded again from the state at its start:
    /// the line endings they hold (for `newlines` after a `tell`), and the decoder's state
    /// after them as CPython's `tell` cookie carries it (the codec's state flag, shifted
    /// past the bit of a pending `\r`). A decoder still at the start of the stream has read
    /// nothing since it was reset, when CPython has no state to report.
    pub fn replay(&self, errors: &Errors, snapshot: &[u8], consumed: usize) -> (u8, u64) {
        let head = &snapshot[..consumed.min(snapshot.len())];
        match self {
            TextCodec::Bytes(_) => (line_endings(head), 0),
            TextCodec::Stream(s) => {
                let mut decoder = s.snapshot;
                let mut out = String::new();
                let endings =
                    decode_stream(&mut decoder, errors, head, false, false, true, &mut out)
                        .map(|step| step.endings)
                        .unwrap_or(0);
                let flags = match decoder.at_start() {
                    true => 0,
                    false => (decoder.state_flag().max(0) as u64) << 1,
                };
                (endings, flags)
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

/// The length of the bytes that end `used` and decoded to its final `\r`: the codec's
/// encoding of `\r`, or the byte itself (the escape codecs also pass it through raw).
fn final_cr_length(decoder: &StreamDecoder, used: &[u8]) -> Option<usize> {
    let codec = decoder.settled().unwrap_or(decoder.encoding);
    let unit = codecs::encode("\r", codec, "strict").ok()?;
    let raw: &[u8] = b"\r";
    let found = [unit.as_slice(), raw]
        .into_iter()
        .find(|u| !u.is_empty() && used.ends_with(u))
        .map(|u| u.len());
    found
}
