//! The positions `tell` gives a text file, found and packed as CPython's: a byte offset
//! where the decoder holds no bytes, the decoder's state flags there (the codec's flag
//! shifted left, and a `\r` held back for the `\n` that may follow in bit 0), and, when the
//! position itself is not such a point, the bytes to feed from there and the characters to
//! skip of what they decode to (and whether the end of the file must be decoded too).
//! CPython packs the five fields as the little-endian bytes of a 21-byte structure.

use num_bigint::{BigInt, Sign};

use super::codec::Errors;
use super::text_codec::{Probe, TextCodec};

/// The state flags of a position where nothing was decoded since the text decoded ahead
/// started: the snapshot's (none before the stream's start was read, as CPython has no
/// snapshot then).
pub fn at_snapshot(how: &Decoding, base: u64) -> Cookie {
    let p = how.probe(&[], false);
    let flags = if p.at_start && !p.held_cr {
        0
    } else {
        (p.codec_flag << 1) | u64::from(p.held_cr)
    };
    Cookie::at(base, flags as u32)
}
use crate::objects::{PyErr, PyResult, Value};

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub struct Cookie {
    pub position: u64,
    pub dec_flags: u32,
    pub bytes_to_feed: u32,
    pub chars_to_skip: u32,
    pub need_eof: bool,
}

impl Cookie {
    pub fn at(position: u64, dec_flags: u32) -> Cookie {
        Cookie {
            position,
            dec_flags,
            ..Cookie::default()
        }
    }

    /// Whether reaching the position needs decoding after the seek.
    pub fn needs_decoding(&self) -> bool {
        self.bytes_to_feed > 0 || self.chars_to_skip > 0 || self.need_eof
    }

    /// The int `tell` returns.
    pub fn to_value(self) -> Value {
        if !self.needs_decoding() && self.dec_flags == 0 {
            return Value::from(self.position as usize);
        }
        let high = (u64::from(self.need_eof) << 32) | u64::from(self.chars_to_skip);
        let middle = (u64::from(self.bytes_to_feed) << 32) | u64::from(self.dec_flags);
        let packed = (((BigInt::from(high) << 64) + middle) << 64) + self.position;
        Value::from_bigint(packed)
    }

    /// A cookie given to `seek` (`Err` with its value when negative), or OverflowError
    /// past the 21 bytes CPython's structure holds.
    pub fn from_big(cookie: &BigInt) -> PyResult<Result<Cookie, String>> {
        if cookie.sign() == Sign::Minus {
            return Ok(Err(cookie.to_string()));
        }
        let (_, bytes) = cookie.to_bytes_le();
        if bytes.len() > 21 {
            return Err(PyErr::overflow_error("int too big to convert"));
        }
        let mut field = [0u8; 21];
        field[..bytes.len()].copy_from_slice(&bytes);
        let word = |at: usize| {
            u32::from_le_bytes([field[at], field[at + 1], field[at + 2], field[at + 3]])
        };
        let mut position = [0u8; 8];
        position.copy_from_slice(&field[..8]);
        Ok(Ok(Cookie {
            position: u64::from_le_bytes(position),
            dec_flags: word(8),
            bytes_to_feed: word(12),
            chars_to_skip: word(16),
            need_eof: field[20] != 0,
        }))
    }
}

/// How a text file decodes, for the search.
pub struct Decoding<'a> {
    pub codec: &'a TextCodec,
    pub errors: &'a Errors,
    pub translate: bool,
    pub track_endings: bool,
    /// The `\r` held back before the text decoded ahead started (CPython's decoder keeps
    /// it as a flag, so positions count from after it): decoded first.
    pub carried_cr: &'a [u8],
}

impl Decoding<'_> {
    /// One decoding step of `codec` over `pending` into `scratch`; `pending` keeps what the
    /// decoder leaves for later. The line endings it met.
    fn step(
        &self,
        codec: &mut TextCodec,
        pending: &mut Vec<u8>,
        scratch: &mut String,
    ) -> PyResult<u8> {
        let step = codec.decode(
            self.errors,
            pending,
            false,
            self.translate,
            self.track_endings,
            scratch,
        )?;
        pending.drain(..step.consumed);
        Ok(step.endings)
    }

    pub fn probe(&self, bytes: &[u8], last: bool) -> Probe {
        let input = [self.carried_cr, bytes].concat();
        self.codec.probe(
            self.errors,
            &input,
            self.translate,
            self.track_endings,
            last,
        )
    }
}

/// The common case in one pass: a byte codec at a plain position in `snapshot` (the bytes
/// the text decoded ahead came from; `next` is the byte after them): the offset of the
/// position `text_len` bytes into that text, when no `\r` is held around it (where
/// CPython's search could land instead).
pub fn find_plain(
    how: &Decoding,
    snapshot: &[u8],
    next: Option<u8>,
    text_len: usize,
) -> Option<usize> {
    if !matches!(how.codec, TextCodec::Bytes(_)) || !how.carried_cr.is_empty() {
        return None;
    }
    let holds_cr = how.translate || how.track_endings;
    let k = how
        .codec
        .plain_position(how.errors, snapshot, how.translate, holds_cr, text_len)?;
    let after = snapshot.get(k).copied().or(next);
    (after != Some(b'\r')).then_some(k)
}

/// The cookie of the position `chars` characters into the text
/// decoded from `next_input`
/// (the bytes read since that text started, at byte `base`, decoded from the codec's
/// snapshot state), and the line endings before it (if `want_endings`), found as CPython's
/// `tell` finds it:
/// a first guess from the bytes per character of the last chunk, narrowed to a point
/// where the decoder holds no bytes, then byte by byte to the position.
pub fn find(
    how: &Decoding,
    next_input: &[u8],
    base: u64,
    chars: usize,
    bytes_per_char: f64,
    want_endings: bool,
) -> PyResult<(Cookie, u8)> {
    let n = next_input.len();
    // The guess, moved back until the decoder holds nothing there.
    let mut skip_bytes = ((bytes_per_char * chars as f64) as usize).min(n);
    let mut skip_back = 1;
    let mut start = None;
    while skip_bytes > 0 {
        let p = how.probe(&next_input[..skip_bytes], false);
        if p.chars <= chars {
            if p.clean {
                start = Some((skip_bytes, p));
                break;
            }
            skip_bytes = skip_bytes.saturating_sub(p.held);
            skip_back = 1;
        } else {
            skip_bytes = skip_bytes.saturating_sub(skip_back);
            skip_back *= 2;
        }
    }
    let (skip_bytes, first) = match start {
        Some(found) => found,
        None => (0, how.probe(&[], false)),
    };
    let flags = (first.codec_flag << 1) | u64::from(first.held_cr);
    let mut cookie = Cookie::at(base + skip_bytes as u64, flags as u32);
    let mut to_skip = chars - first.chars;
    if to_skip == 0 && !want_endings {
        return Ok((cookie, 0));
    }
    let mut codec = how.codec.at_snapshot();
    let mut scratch = String::new();
    let mut pending = [how.carried_cr, &next_input[..skip_bytes]].concat();
    let mut endings = how.step(&mut codec, &mut pending, &mut scratch)?;
    if to_skip == 0 {
        return Ok((cookie, endings));
    }
    // Byte by byte from there: the start moves to each point where the decoder holds
    // nothing and the text so far does not pass the position.
    let (mut fed, mut decoded) = (0usize, 0usize);
    let mut reached = false;
    for &byte in &next_input[skip_bytes..] {
        fed += 1;
        pending.push(byte);
        scratch.clear();
        endings |= how.step(&mut codec, &mut pending, &mut scratch)?;
        decoded += scratch.chars().count();
        let held_cr = codec.is_held_cr(&pending);
        if (pending.is_empty() || held_cr) && decoded <= to_skip {
            cookie.position += fed as u64;
            cookie.dec_flags = codec.state_flags(held_cr) as u32;
            to_skip -= decoded;
            fed = 0;
            decoded = 0;
        }
        if decoded >= to_skip {
            reached = true;
            break;
        }
    }
    if !reached {
        scratch.clear();
        let step = codec.decode(
            how.errors,
            &pending,
            true,
            how.translate,
            how.track_endings,
            &mut scratch,
        )?;
        endings |= step.endings;
        decoded += scratch.chars().count();
        cookie.need_eof = true;
        if decoded < to_skip {
            return Err(PyErr::os_error("can't reconstruct logical file position"));
        }
    }
    cookie.bytes_to_feed = fed as u32;
    cookie.chars_to_skip = to_skip as u32;
    Ok((cookie, endings))
}
