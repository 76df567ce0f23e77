//! What a text codec remembers between the chunks of a stream, for the incremental coders
//! of the `codecs` module and for text files: a `utf-16`/`utf-32` decoder reads the byte
//! order mark once and decodes the rest in the order it names; a `utf-8-sig` decoder skips
//! a leading BOM once; the matching encoders write the BOM before their first output only.
//! A decoder also reports how many bytes it used, so that a character cut by the end of a
//! chunk waits for the next one.
//!
//! The coding itself is the one-shot codecs' (`codecs.rs`), called with the codec the
//! stream has settled on.

use super::codecs::{self, DecodeMode, DecodedText, UTF8_BOM};
use super::{types, PyErr, PyResult};

/// The codec that continues a stream after its start: the native (little-endian) order
/// for `utf-16`/`utf-32`, plain UTF-8 for `utf-8-sig`, the codec itself otherwise.
fn after_bom(encoding: &'static str) -> &'static str {
    match encoding {
        "utf-16" => "utf-16-le",
        "utf-32" => "utf-32-le",
        "utf-8-sig" => "utf-8",
        other => other,
    }
}

/// A stateful decoder for the codec of canonical name `encoding` (as
/// `codecs::canonical_name` gives it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamDecoder {
    pub encoding: &'static str,
    /// The codec for the rest of the stream, once its start was read.
    settled: Option<&'static str>,
}

/// What a decoder makes of the start of a stream.
enum Start {
    /// Too few bytes yet to tell.
    Wait,
    /// Decode with `codec` after the first `skip` bytes; the stream goes on in `settle`.
    Read {
        codec: &'static str,
        skip: usize,
        settle: &'static str,
    },
    /// No byte order mark: the data decodes in the native order, and is refused once a
    /// whole code unit (`width` bytes) of it decoded, as CPython's decoders refuse it.
    Missing { codec: &'static str, width: usize },
}

impl StreamDecoder {
    pub fn new(encoding: &'static str) -> StreamDecoder {
        StreamDecoder {
            encoding,
            settled: None,
        }
    }

    /// Back to the start of a stream: the next input may begin with a BOM.
    pub fn reset(&mut self) {
        self.settled = None;
    }

    /// Continues mid-stream (CPython's `setstate((b"", 0))`): no BOM is looked for, and
    /// the byte order is the one already settled, or the native one.
    pub fn continue_mid_stream(&mut self) {
        self.settled = Some(self.settled.unwrap_or(after_bom(self.encoding)));
    }

    /// The codec the stream settled on, if its start was read (`utf-16-be` after a
    /// big-endian BOM…).
    pub fn settled(&self) -> Option<&'static str> {
        self.settled
    }

    /// Whether the stream's start is still to be read.
    pub fn at_start(&self) -> bool {
        self.settled.is_none()
    }

    /// The flag of CPython's `getstate()`: for `utf-16`/`utf-32` 2 before the BOM, then 0
    /// for the native (little-endian) order and 1 for the other; for `utf-8-sig` 1 before
    /// the start, then 0; 0 for the other codecs.
    pub fn state_flag(&self) -> i64 {
        match (self.encoding, self.settled) {
            ("utf-16" | "utf-32", None) => 2,
            ("utf-16" | "utf-32", Some(order)) => i64::from(order.ends_with("-be")),
            ("utf-8-sig", None) => 1,
            _ => 0,
        }
    }

    /// `setstate((b"", flag))`: the state `state_flag` describes.
    pub fn set_state_flag(&mut self, flag: i64) {
        self.settled = match (self.encoding, flag) {
            ("utf-16", 0) => Some("utf-16-le"),
            ("utf-16", 1) => Some("utf-16-be"),
            ("utf-32", 0) => Some("utf-32-le"),
            ("utf-32", 1) => Some("utf-32-be"),
            ("utf-16" | "utf-32", _) => None,
            ("utf-8-sig", 0) => Some("utf-8"),
            ("utf-8-sig", _) => None,
            _ => self.settled,
        };
    }

    /// Decodes `data`, the undecoded rest of the previous input followed by a new chunk.
    /// Unless `last`, a character cut by the end of the data is not decoded: `consumed`
    /// says how many bytes were, and the caller gives the rest again with the next chunk.
    pub fn decode(&mut self, data: &[u8], errors: &str, last: bool) -> PyResult<DecodedText> {
        let (codec, skip, settle, missing_bom) = match self.settled {
            Some(codec) => (codec, 0, codec, None),
            None => match self.read_start(data, last) {
                Start::Wait => {
                    return Ok(DecodedText {
                        text: String::new(),
                        // At the end, a cut BOM is no data (as CPython's `utf-8-sig`).
                        consumed: if last { data.len() } else { 0 },
                        warning: None,
                    });
                }
                Start::Read {
                    codec,
                    skip,
                    settle,
                } => (codec, skip, settle, None),
                Start::Missing { codec, width } => (codec, 0, codec, Some(width)),
            },
        };
        let body = &data[skip..];
        let mode = if matches!(codec, "unicode-escape" | "raw-unicode-escape") {
            // CPython's escape decoders call `unicode_escape_decode` itself, which rewords
            // nothing.
            DecodeMode::Function(!last)
        } else if last {
            DecodeMode::Text
        } else {
            DecodeMode::Partial
        };
        let mut out = codecs::decode_text(body, codec, errors, mode)?;
        // Data that decodes, but without the byte order mark a `utf-16`/`utf-32` stream
        // must start with.
        if missing_bom.is_some_and(|width| out.consumed >= width) {
            return Err(PyErr::new(
                &types().exc.unicode_error,
                format!(
                    "{} stream does not start with BOM",
                    self.encoding.to_uppercase()
                ),
            ));
        }
        if missing_bom.is_none() {
            self.settled = Some(settle);
        }
        out.consumed += skip;
        Ok(out)
    }

    fn read_start(&self, data: &[u8], last: bool) -> Start {
        let (width, le, be): (usize, &[u8], &[u8]) = match self.encoding {
            "utf-16" => (2, b"\xff\xfe", b"\xfe\xff"),
            "utf-32" => (4, b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"),
            // A BOM cut by the end of the data may be completed by the next chunk.
            "utf-8-sig" if data.len() < UTF8_BOM.len() && UTF8_BOM.starts_with(data) => {
                return Start::Wait
            }
            "utf-8-sig" => {
                let skip = if data.starts_with(UTF8_BOM) {
                    UTF8_BOM.len()
                } else {
                    0
                };
                return Start::Read {
                    codec: "utf-8",
                    skip,
                    settle: "utf-8",
                };
            }
            other => {
                return Start::Read {
                    codec: other,
                    skip: 0,
                    settle: other,
                }
            }
        };
        // The one-shot `utf-16`/`utf-32` codecs read the BOM themselves (so that error
        // positions count it, as CPython's do); the rest of the stream goes on in its order.
        let little = after_bom(self.encoding);
        if data.starts_with(le) {
            Start::Read {
                codec: self.encoding,
                skip: 0,
                settle: little,
            }
        } else if data.starts_with(be) {
            Start::Read {
                codec: self.encoding,
                skip: 0,
                settle: if width == 2 { "utf-16-be" } else { "utf-32-be" },
            }
        } else if data.len() < width && !last {
            Start::Wait
        } else {
            Start::Missing {
                codec: little,
                width,
            }
        }
    }
}

/// A stateful encoder for the codec of canonical name `encoding`: the BOM of `utf-16`,
/// `utf-32` and `utf-8-sig` goes before the first output only.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StreamEncoder {
    pub encoding: &'static str,
    /// The codec for the rest of the stream, once its start was written.
    settled: Option<&'static str>,
}

impl StreamEncoder {
    pub fn new(encoding: &'static str) -> StreamEncoder {
        StreamEncoder {
            encoding,
            settled: None,
        }
    }

    /// Back to the start of a stream: the next output begins with a BOM.
    pub fn reset(&mut self) {
        self.settled = None;
    }

    /// Continues mid-stream (CPython's `setstate(0)`): no BOM is written.
    pub fn continue_mid_stream(&mut self) {
        self.settled = Some(after_bom(self.encoding));
    }

    /// Whether the next output starts the stream.
    pub fn at_start(&self) -> bool {
        self.settled.is_none()
    }

    /// The flag of CPython's `getstate()`: before the BOM is written 2 for `utf-16` and
    /// `utf-32`, 1 for `utf-8-sig`; otherwise 0.
    pub fn state_flag(&self) -> i64 {
        match (self.encoding, self.settled) {
            ("utf-16" | "utf-32", None) => 2,
            ("utf-8-sig", None) => 1,
            _ => 0,
        }
    }

    /// `setstate(flag)`: a BOM is written next unless `flag` is 0.
    pub fn set_state_flag(&mut self, flag: i64) {
        if flag == 0 {
            self.continue_mid_stream();
        } else {
            self.reset();
        }
    }

    /// Encodes `text`. A failed encoding leaves a `utf-16`/`utf-32` stream at its start,
    /// but not a `utf-8-sig` one: CPython's encoder drops its BOM before it encodes.
    pub fn encode(&mut self, text: &str, errors: &str) -> PyResult<Vec<u8>> {
        let codec = self.settled.unwrap_or(self.encoding);
        if codec == "utf-8-sig" {
            self.settled = Some(after_bom(codec));
        }
        let out = codecs::encode(text, codec, errors)?;
        self.settled = Some(after_bom(codec));
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `data` in pieces of `step` bytes as a text file does (the unused rest goes
    /// again with the next piece) and returns the text.
    fn trickle(decoder: &mut StreamDecoder, data: &[u8], step: usize) -> String {
        let mut text = String::new();
        let mut pending = Vec::new();
        for piece in data.chunks(step) {
            pending.extend_from_slice(piece);
            let out = decoder.decode(&pending, "strict", false).unwrap();
            text.push_str(&out.text);
            pending.drain(..out.consumed);
        }
        let out = decoder.decode(&pending, "strict", true).unwrap();
        text + &out.text
    }

    #[test]
    fn bom_chooses_the_byte_order_once() {
        let data = [
            b"\xfe\xff".as_slice(),
            &"a\u{1f600}\u{feff}"
                .encode_utf16()
                .flat_map(u16::to_be_bytes)
                .collect::<Vec<u8>>(),
        ]
        .concat();
        for step in 1..6 {
            let mut decoder = StreamDecoder::new("utf-16");
            assert_eq!(trickle(&mut decoder, &data, step), "a\u{1f600}\u{feff}");
            assert_eq!(decoder.settled(), Some("utf-16-be"));
        }
    }

    #[test]
    fn utf8_sig_skips_one_leading_bom() {
        let data = b"\xef\xbb\xbf\xef\xbb\xbfx\xc3\xa9";
        for step in 1..5 {
            let mut decoder = StreamDecoder::new("utf-8-sig");
            assert_eq!(trickle(&mut decoder, data, step), "\u{feff}x\u{e9}");
        }
        let mut decoder = StreamDecoder::new("utf-8-sig");
        assert_eq!(trickle(&mut decoder, b"\xef\xbb", 1), "");
    }

    #[test]
    fn missing_bom_is_refused_and_mid_stream_is_native() {
        let mut decoder = StreamDecoder::new("utf-32");
        assert!(decoder.decode(b"a\0\0\0", "strict", false).is_err());
        assert!(decoder.at_start());
        decoder.continue_mid_stream();
        assert_eq!(
            decoder.decode(b"a\0\0\0", "strict", false).unwrap().text,
            "a"
        );
    }

    #[test]
    fn encoder_writes_the_bom_once() {
        let mut encoder = StreamEncoder::new("utf-16");
        assert_eq!(encoder.encode("", "strict").unwrap(), b"\xff\xfe");
        assert_eq!(encoder.encode("a", "strict").unwrap(), b"a\0");
        encoder.reset();
        assert!(encoder
            .encode("\u{10ffff}", "strict")
            .unwrap()
            .starts_with(b"\xff\xfe"));
        let mut encoder = StreamEncoder::new("utf-8-sig");
        encoder.continue_mid_stream();
        assert_eq!(encoder.encode("a", "strict").unwrap(), b"a");
    }
}
