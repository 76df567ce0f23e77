//! The text layer of a file (`TextIOWrapper`'s state): decodes chunks of the buffered byte
//! stream into text, splits lines by the `newline` mode (universal newlines translate
//! `\r\n` and `\r` to `\n`), encodes and translates what is written, and maps text
//! positions back to byte positions for `tell`.

use std::cell::RefCell;
use std::rc::Rc;

use super::buffer::Buffered;
use super::codec::Errors;
use super::errors::{closed_file, unsupported};
use super::text_codec::{Step, TextCodec};
use super::text_cookie::{self, Cookie, Decoding};
use crate::objects::escape_codecs::warn_decoded;
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;

/// Bytes asked of the buffer per decoding step.
const CHUNK: usize = 8192;

/// The `newline=` argument.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Newline {
    /// `None`: any line ending reads as `\n`; `\n` is written as is.
    Universal,
    /// `''`: any line ending ends a line, returned untranslated.
    Untranslated,
    Lf,
    Cr,
    CrLf,
}

impl Newline {
    pub fn parse(v: Option<&str>) -> Option<Newline> {
        Some(match v {
            None => Newline::Universal,
            Some("") => Newline::Untranslated,
            Some("\n") => Newline::Lf,
            Some("\r") => Newline::Cr,
            Some("\r\n") => Newline::CrLf,
            Some(_) => return None,
        })
    }

    fn write_ending(self) -> Option<&'static str> {
        match self {
            Newline::Cr => Some("\r"),
            Newline::CrLf => Some("\r\n"),
            _ => None,
        }
    }
}

/// Where the line starting at `avail` ends (just past its terminator), looking from byte
/// `from`, if it ends in the text at hand; `at_eof` settles a final `\r` in `''` mode.
pub fn line_end(newline: Newline, avail: &str, from: usize, at_eof: bool) -> Option<usize> {
    let from = from.min(avail.len());
    let hay = avail.get(from..).unwrap_or("");
    let found = match newline {
        Newline::Universal | Newline::Lf => hay.find('\n').map(|p| p + 1),
        Newline::Cr => hay.find('\r').map(|p| p + 1),
        Newline::CrLf => hay.find("\r\n").map(|p| p + 2),
        Newline::Untranslated => match hay.find(['\r', '\n']) {
            Some(p) if hay.as_bytes()[p] == b'\n' => Some(p + 1),
            Some(p) => match hay.as_bytes().get(p + 1) {
                Some(b'\n') => Some(p + 2),
                Some(_) => Some(p + 1),
                None if at_eof => Some(p + 1),
                None => None,
            },
            None => None,
        },
    };
    found.map(|e| e + from)
}

pub struct TextState {
    pub buffer: Rc<RefCell<Buffered>>,
    pub codec: TextCodec,
    /// The encoding's name as given (`f.encoding`).
    pub encoding: String,
    pub errors: Errors,
    pub newline: Newline,
    pub line_buffering: bool,
    pub write_through: bool,
    /// 0, 1 or 2 for the process's standard streams (the VM writes to stdout directly).
    pub std_fd: Option<i64>,
    pub closed: bool,
    /// Set by `detach()`: the buffer belongs to someone else now.
    pub detached: bool,
    /// Decoded text not yet returned starts at `decoded[pos..]`.
    decoded: String,
    pos: usize,
    /// The bytes `decoded` was decoded from, for `tell`.
    snap_bytes: Vec<u8>,
    /// Bytes read but not decoded yet (an incomplete character or a lone final `\r`).
    pending: Vec<u8>,
    /// Where a `readline` that needed more text stopped looking, relative to `pos`.
    scanned: usize,
    /// Line endings met so far (bits: 1 `\r`, 2 `\n`, 4 `\r\n`), for `newlines`.
    seen: u8,
    /// Iterating with `next()` turns `tell()` off until the iteration ends or a seek, as
    /// in CPython.
    pub telling_disabled: bool,
    /// Bytes per character of the last chunk decoded (0 before any), by which CPython
    /// sizes the next chunk a `read(n)` asks for and starts its search in `tell`.
    bytes_per_char: f64,
    /// Whether a chunk was decoded since the decoder was last reset.
    chunk_decoded: bool,
    /// Whether CPython would hold a snapshot of the decoder (after a chunk was decoded,
    /// or a seek away from the start): `tell` reports the decoder's state only then.
    has_snapshot: bool,
    /// Whether the text decoded ahead starts with a `\r` held back from the text before
    /// (`pending` then starts with it): CPython counts positions from after it.
    carried_cr: bool,
}

impl TextState {
    pub fn new(
        buffer: Rc<RefCell<Buffered>>,
        codec: TextCodec,
        encoding: String,
        errors: Errors,
        newline: Newline,
    ) -> TextState {
        TextState {
            buffer,
            codec,
            encoding,
            errors,
            newline,
            line_buffering: false,
            write_through: false,
            std_fd: None,
            closed: false,
            detached: false,
            decoded: String::new(),
            pos: 0,
            snap_bytes: Vec::new(),
            pending: Vec::new(),
            scanned: 0,
            seen: 0,
            telling_disabled: false,
            bytes_per_char: 0.0,
            chunk_decoded: false,
            has_snapshot: false,
            carried_cr: false,
        }
    }

    fn buf(&self) -> PyResult<std::cell::RefMut<'_, Buffered>> {
        self.buffer
            .try_borrow_mut()
            .map_err(|_| PyErr::runtime_error("reentrant call inside a text file"))
    }

    pub fn is_closed(&self) -> bool {
        self.closed
            || self
                .buffer
                .try_borrow()
                .map(|b| b.closed())
                .unwrap_or(false)
    }

    pub fn check_open(&self) -> PyResult<()> {
        if self.detached {
            return Err(PyErr::value_error("underlying buffer has been detached"));
        }
        if self.is_closed() {
            Err(closed_file())
        } else {
            Ok(())
        }
    }

    pub fn readable(&self) -> bool {
        self.buffer
            .try_borrow()
            .map(|b| b.readable())
            .unwrap_or(false)
    }

    pub fn writable(&self) -> bool {
        self.buffer
            .try_borrow()
            .map(|b| b.writable())
            .unwrap_or(false)
    }

    fn check_readable(&self) -> PyResult<()> {
        self.check_open()?;
        if !self.readable() {
            return Err(unsupported("not readable"));
        }
        Ok(())
    }

    /// `f.newlines`: the line endings met while reading, as CPython reports them.
    pub fn newlines(&self) -> Vec<&'static str> {
        let mut out = Vec::new();
        for (bit, s) in [(1, "\r"), (2, "\n"), (4, "\r\n")] {
            if self.seen & bit != 0 {
                out.push(s);
            }
        }
        out
    }

    /// Whether `newlines` reports the line endings met (as in CPython, only the modes
    /// that accept any ending do).
    fn tracks_endings(&self) -> bool {
        matches!(self.newline, Newline::Universal | Newline::Untranslated)
    }

    /// Records the line endings a decoding step met (bits of `seen`).
    fn note_endings(&mut self, endings: u8) {
        if self.tracks_endings() {
            self.seen |= endings;
        }
    }

    /// Forgets decoded-ahead text (after a seek or before a write).
    fn reset_decoder(&mut self) {
        self.decoded.clear();
        self.pos = 0;
        self.snap_bytes.clear();
        self.pending.clear();
        self.scanned = 0;
        self.chunk_decoded = false;
        self.has_snapshot = false;
        self.carried_cr = false;
        self.codec.mark_snapshot();
    }

    /// Decodes `input` onto `out` (see `TextCodec::decode`), noting its line endings and
    /// issuing the warning an escape codec owes.
    fn decode_step(
        &mut self,
        vm: &mut Vm,
        input: &[u8],
        last: bool,
        out: &mut String,
    ) -> PyResult<usize> {
        let translate = self.newline == Newline::Universal;
        let track = self.tracks_endings();
        let Step {
            consumed,
            endings,
            warning,
        } = self
            .codec
            .decode(&self.errors, input, last, translate, track, out)?;
        self.note_endings(endings);
        warn_decoded(vm, warning)?;
        Ok(consumed)
    }

    /// The stream's encoder starts where the byte stream is: CPython writes a BOM only at
    /// the start of a file (not when appending, or in a file opened mid-way).
    pub fn place_encoder(&mut self, vm: &mut Vm) -> PyResult<()> {
        if !matches!(self.codec, TextCodec::Stream(_)) || !self.writable() {
            return Ok(());
        }
        let mut buf = self.buf()?;
        // (The VM writes the standard streams itself: they cannot tell where they are.)
        let position = match buf.raw_seekable() && self.std_fd.is_none() {
            true => Some(buf.tell(vm)?),
            false => None,
        };
        drop(buf);
        self.codec.encoder_at(position);
        Ok(())
    }

    /// Whether text was decoded since the last seek, write or `read()` (CPython then
    /// refuses to change the encoding or the newline mode).
    pub fn has_decoded(&self) -> bool {
        self.chunk_decoded
    }

    /// At the end of the file, with all the text read ahead returned: CPython's last
    /// (empty) chunk starts the text decoded ahead anew there (so `tell` is the plain end).
    fn restart_at_eof(&mut self) {
        self.decoded.clear();
        self.pos = 0;
        self.snap_bytes.clear();
        self.scanned = 0;
        self.carried_cr = false;
        self.codec.mark_snapshot();
    }

    /// After a decoding error in `read(n)` or `readline`: CPython has taken the text read
    /// ahead into the result it was building, and that result is gone with the error.
    fn drop_read_ahead(&mut self) {
        self.pos = self.decoded.len();
        self.scanned = 0;
    }

    fn has_read_ahead(&self) -> bool {
        self.pos < self.decoded.len() || !self.pending.is_empty()
    }

    /// Decodes one more chunk onto `decoded`; false at end of file. As CPython's, a chunk
    /// is at least the bytes that `chars_wanted` characters (what a `read(n)` still needs)
    /// took in the previous chunk.
    fn refill(&mut self, vm: &mut Vm, chars_wanted: usize) -> PyResult<bool> {
        if self.pos >= self.decoded.len() {
            self.decoded.clear();
            self.pos = 0;
            self.snap_bytes.clear();
            self.scanned = 0;
            self.carried_cr = self.codec.is_held_cr(&self.pending);
            self.codec.mark_snapshot();
        }
        self.chunk_decoded = true;
        self.has_snapshot = true;
        let size_hint = (self.bytes_per_char.max(1.0) * chars_wanted as f64) as usize;
        let chunk = self.buf()?.read1(vm, Some(CHUNK.max(size_hint)))?;
        let last = chunk.is_empty();
        let mut input = std::mem::take(&mut self.pending);
        let kept = input.len();
        input.extend_from_slice(&chunk);
        if input.is_empty() {
            return Ok(false);
        }
        let mut decoded = std::mem::take(&mut self.decoded);
        let before = decoded.len();
        let result = self.decode_step(vm, &input, last, &mut decoded);
        self.decoded = decoded;
        match result {
            Ok(consumed) => {
                let chars = self.decoded[before..].chars().count();
                self.bytes_per_char = match chars {
                    0 => 0.0,
                    _ => chunk.len() as f64 / chars as f64,
                };
                self.snap_bytes.extend_from_slice(&input[..consumed]);
                self.pending = input[consumed..].to_vec();
                Ok(true)
            }
            Err(err) => {
                // As in CPython, the chunk that failed is gone: the decoder keeps only the
                // bytes it held before, and the next read goes on after the chunk.
                self.decoded.truncate(before);
                input.truncate(kept);
                self.pending = input;
                Err(err)
            }
        }
    }

    /// `read()` / `read(n)` (characters).
    pub fn read(&mut self, vm: &mut Vm, n: Option<usize>) -> PyResult<String> {
        self.check_readable()?;
        let Some(n) = n else {
            let rest = self.buf()?.read(vm, None)?;
            let mut input = std::mem::take(&mut self.pending);
            let kept = input.len();
            input.extend_from_slice(&rest);
            let mut out = self.decoded[self.pos..].to_string();
            match self.decode_step(vm, &input, true, &mut out) {
                Ok(_) => {
                    self.reset_decoder();
                    return Ok(out);
                }
                Err(err) => {
                    input.truncate(kept);
                    self.pending = input;
                    return Err(err);
                }
            }
        };
        if n == 0 {
            // CPython decodes nothing for `read(0)`.
            return Ok(String::new());
        }
        loop {
            let avail = &self.decoded[self.pos..];
            let (end, have) = match avail.char_indices().nth(n) {
                Some((idx, _)) => (Some(idx), n),
                None => {
                    let have = avail.chars().count();
                    ((have == n).then_some(avail.len()), have)
                }
            };
            if let Some(idx) = end {
                let out = avail[..idx].to_string();
                self.pos += idx;
                self.scanned = 0;
                return Ok(out);
            }
            let missing = n - have;
            if !self
                .refill(vm, missing)
                .inspect_err(|_| self.drop_read_ahead())?
            {
                let out = self.decoded[self.pos..].to_string();
                self.restart_at_eof();
                return Ok(out);
            }
        }
    }

    /// `readline(limit)`: one line with its ending, at most `limit` characters.
    pub fn readline(&mut self, vm: &mut Vm, limit: Option<usize>) -> PyResult<String> {
        self.check_readable()?;
        let mut at_eof = false;
        loop {
            let avail = &self.decoded[self.pos..];
            let end = line_end(self.newline, avail, self.scanned, at_eof);
            if let Some(limit) = limit {
                let upto = end.unwrap_or(avail.len());
                if let Some((idx, _)) = avail[..upto].char_indices().nth(limit) {
                    let out = avail[..idx].to_string();
                    self.pos += idx;
                    self.scanned = 0;
                    return Ok(out);
                }
            }
            if let Some(end) = end {
                let out = avail[..end].to_string();
                self.pos += end;
                self.scanned = 0;
                return Ok(out);
            }
            if at_eof {
                let out = avail.to_string();
                self.restart_at_eof();
                return Ok(out);
            }
            // Look again only at the new text (one character back, for a `\r\n` split).
            let keep = avail.len();
            let back = match self.newline {
                Newline::CrLf | Newline::Untranslated => 1,
                _ => 0,
            };
            let old_pos = self.pos;
            if !self.refill(vm, 0).inspect_err(|_| self.drop_read_ahead())? {
                at_eof = true;
            }
            // `refill` may have restarted `decoded` when everything was consumed.
            let start = if self.pos == old_pos { keep } else { 0 };
            let avail_now = &self.decoded[self.pos..];
            let mut from = start.saturating_sub(back).min(avail_now.len());
            while from > 0 && !avail_now.is_char_boundary(from) {
                from -= 1;
            }
            self.scanned = from;
        }
    }

    /// The stream's position: a byte offset, and the decoder's state there.
    pub fn tell(&mut self, vm: &mut Vm) -> PyResult<Cookie> {
        self.check_open()?;
        if self.telling_disabled && self.buf()?.raw_seekable() {
            return Err(PyErr::os_error("telling position disabled by next() call"));
        }
        let mut buf = self.buf()?;
        if !self.has_read_ahead() {
            buf.flush_writes(vm)?;
        }
        let end = buf.tell(vm)?;
        drop(buf);
        let mut base = end.saturating_sub((self.pending.len() + self.snap_bytes.len()) as u64);
        let carried_cr = match self.carried_cr {
            true => self.codec.cr_unit(),
            false => Vec::new(),
        };
        let how = Decoding {
            codec: &self.codec,
            errors: &self.errors,
            translate: self.newline == Newline::Universal,
            track_endings: self.tracks_endings(),
            carried_cr: &carried_cr,
        };
        if self.pos > 0 {
            let next = self.pending.first().copied();
            if let Some(k) = text_cookie::find_plain(&how, &self.snap_bytes, next, self.pos) {
                if base == 0 {
                    // (See below.)
                    self.seen = 0;
                    self.note_endings(super::text_codec::line_endings(&self.snap_bytes[..k]));
                }
                return Ok(Cookie::at(base + k as u64, 0));
            }
        }
        let mut next_input = self.snap_bytes.clone();
        next_input.extend_from_slice(&self.pending);
        if next_input.starts_with(&carried_cr) {
            next_input.drain(..carried_cr.len());
            base += carried_cr.len() as u64;
        }
        if self.pos == 0 {
            // Before any chunk since `read()` or a seek to the start, CPython has no
            // decoder state to report.
            return Ok(match self.has_snapshot {
                true => text_cookie::at_snapshot(&how, base),
                false => Cookie::at(base, 0),
            });
        }
        let chars = self.decoded[..self.pos].chars().count();
        let (cookie, endings) = text_cookie::find(
            &how,
            &next_input,
            base,
            chars,
            self.bytes_per_char,
            base == 0,
        )?;
        if base == 0 {
            // CPython finds the position by decoding the snapshot again from a reset
            // decoder when the snapshot starts the file, which forgets the line endings met
            // beyond the position: `newlines` then reports only those before it.
            self.seen = 0;
            self.note_endings(endings);
        }
        Ok(cookie)
    }

    /// `seek(cookie, whence)` with CPython's restrictions on text files.
    /// A negative cookie comes as `Err` with its value: refused as CPython refuses it,
    /// after the checks of the stream and of `whence`.
    pub fn seek(
        &mut self,
        vm: &mut Vm,
        cookie: Result<Cookie, String>,
        whence: i64,
    ) -> PyResult<Cookie> {
        self.check_open()?;
        if !self.buf()?.raw_seekable() {
            return Err(unsupported("underlying stream is not seekable"));
        }
        let cookie = match (cookie, whence) {
            (Ok(cookie), _) => cookie,
            (Err(_), 1) => return Err(unsupported("can't do nonzero cur-relative seeks")),
            (Err(_), 2) => return Err(unsupported("can't do nonzero end-relative seeks")),
            (Err(value), 0) => {
                return Err(PyErr::value_error(format!(
                    "negative seek position {}",
                    value
                )))
            }
            (Err(_), _) => Cookie::default(),
        };
        match whence {
            0 => {
                if cookie == Cookie::default() {
                    // Seeking to the start resets the decoder, and with it `newlines`; a
                    // BOM is read and written again there.
                    self.seen = 0;
                    self.codec.reset();
                } else {
                    self.codec.restore(u64::from(cookie.dec_flags));
                }
                self.reset_decoder();
                self.has_snapshot = cookie != Cookie::default() && self.readable();
                self.telling_disabled = false;
                // (CPython's offset is signed: past 2**63 the buffer refuses it.)
                self.buf()?.seek(vm, cookie.position as i64, 0)?;
                if cookie.dec_flags & 1 != 0 || cookie.needs_decoding() {
                    self.resume_at(vm, cookie)?;
                }
                Ok(cookie)
            }
            1 => {
                if cookie != Cookie::default() {
                    return Err(unsupported("can't do nonzero cur-relative seeks"));
                }
                self.tell(vm)
            }
            2 => {
                if cookie != Cookie::default() {
                    return Err(unsupported("can't do nonzero end-relative seeks"));
                }
                self.reset_decoder();
                self.seen = 0;
                self.telling_disabled = false;
                let position = self.buf()?.seek(vm, 0, 2)?;
                self.codec.seek_end(Some(position));
                self.codec.mark_snapshot();
                Ok(Cookie::at(position, 0))
            }
            _ => Err(PyErr::value_error(format!(
                "invalid whence ({}, should be 0, 1 or 2)",
                whence
            ))),
        }
    }

    /// After seeking to a cookie's byte offset: the decoding that reaches its position
    /// (the `\r` held there, the bytes to feed, the characters to skip), as CPython's.
    fn resume_at(&mut self, vm: &mut Vm, cookie: Cookie) -> PyResult<()> {
        if cookie.dec_flags & 1 != 0 {
            // CPython's decoder keeps that `\r` as a flag; here it is the bytes before.
            self.pending = self.codec.cr_unit();
            self.carried_cr = true;
        }
        let fed = self.buf()?.read(vm, Some(cookie.bytes_to_feed as usize))?;
        let mut input = std::mem::take(&mut self.pending);
        input.extend_from_slice(&fed);
        let mut decoded = String::new();
        let consumed = self.decode_step(vm, &input, cookie.need_eof, &mut decoded)?;
        self.chunk_decoded = true;
        self.has_snapshot = true;
        self.snap_bytes = input[..consumed].to_vec();
        self.pending = input[consumed..].to_vec();
        let skip = cookie.chars_to_skip as usize;
        let pos = match decoded.char_indices().nth(skip) {
            Some((i, _)) => i,
            None if decoded.chars().count() == skip => decoded.len(),
            None => return Err(PyErr::os_error("can't restore logical file position")),
        };
        self.decoded = decoded;
        self.pos = pos;
        Ok(())
    }

    /// `write(s)`: the number of characters written.
    pub fn write(&mut self, vm: &mut Vm, s: &str, chars: usize) -> PyResult<usize> {
        self.check_open()?;
        if !self.writable() {
            return Err(unsupported("not writable"));
        }
        // As in CPython, text decoded ahead is dropped: the write lands where the byte
        // stream is (after the read-ahead), not at the reader's position.
        self.reset_decoder();
        let translated;
        let text = match self.newline.write_ending() {
            Some(ending) if s.contains('\n') => {
                translated = s.replace('\n', ending);
                translated.as_str()
            }
            _ => s,
        };
        let mut bytes = Vec::with_capacity(text.len());
        self.codec.encode(&self.errors, text, &mut bytes)?;
        let mut buf = self.buf()?;
        buf.write(vm, &bytes)?;
        if self.write_through || (self.line_buffering && (s.contains('\n') || s.contains('\r'))) {
            buf.flush(vm)?;
        }
        Ok(chars)
    }

    pub fn flush(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.check_open()?;
        self.buf()?.flush(vm)
    }

    /// `truncate(size)`: flushes, then cuts the file (default: where the byte stream is,
    /// past any text read ahead, as CPython's); the position does not move.
    pub fn truncate(&mut self, vm: &mut Vm, size: Option<u64>) -> PyResult<u64> {
        self.check_open()?;
        self.buf()?.flush(vm)?;
        self.buf()?.truncate(vm, size)
    }

    pub fn close(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.is_closed() {
            return Ok(());
        }
        self.closed = true;
        self.std_fd = None;
        self.buf()?.close(vm)
    }
}
