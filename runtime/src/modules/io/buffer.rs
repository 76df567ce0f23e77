//! The buffered byte layer (`BufferedReader`, `BufferedWriter`, `BufferedRandom`): a read-ahead
//! buffer and a write-behind buffer over a `RawFile`, kept consistent with the raw position
//! so that mixing reads, writes, seeks and `tell` behaves as one stream. Text files sit on
//! top of one of these.

use std::cell::RefCell;
use std::io::SeekFrom;
use std::rc::{Rc, Weak};

use super::errors::{closed_file, unsupported};
use super::raw::{RawFile, Sink};
use crate::objects::{PyErr, PyResult};
use crate::vm::Vm;

/// Which of the three buffered classes an object is.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum BufKind {
    Reader,
    Writer,
    Random,
}

pub struct Buffered {
    pub raw: Rc<RefCell<RawFile>>,
    pub kind: BufKind,
    /// Bytes read ahead of the logical position: `rbuf[rpos..]` are still unread.
    rbuf: Vec<u8>,
    rpos: usize,
    /// Bytes written but not yet passed to the raw stream.
    wbuf: Vec<u8>,
    pub size: usize,
    /// Set once `detach()` has handed the raw stream away.
    pub detached: bool,
}

thread_local! {
    /// Every buffered stream created, so the ones still open are flushed at exit.
    static OPEN_BUFFERS: RefCell<Vec<Weak<RefCell<Buffered>>>> = const { RefCell::new(Vec::new()) };
}

impl Buffered {
    pub fn new(raw: Rc<RefCell<RawFile>>, kind: BufKind, size: usize) -> Rc<RefCell<Buffered>> {
        let b = Rc::new(RefCell::new(Buffered {
            raw,
            kind,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            size: size.max(1),
            detached: false,
        }));
        OPEN_BUFFERS.with(|list| {
            let mut list = list.borrow_mut();
            if list.len() >= 64 && list.len().is_power_of_two() {
                list.retain(|w| w.strong_count() > 0);
            }
            list.push(Rc::downgrade(&b));
        });
        b
    }

    pub fn raw(&self) -> PyResult<std::cell::RefMut<'_, RawFile>> {
        if self.detached {
            return Err(PyErr::value_error("raw stream has been detached"));
        }
        self.raw
            .try_borrow_mut()
            .map_err(|_| PyErr::runtime_error("reentrant call inside a buffered stream"))
    }

    pub fn closed(&self) -> bool {
        self.detached || self.raw.try_borrow().map(|r| r.closed()).unwrap_or(false)
    }

    pub fn check_open(&self) -> PyResult<()> {
        self.check_open_for("")
    }

    /// Errors when the stream is closed, worded as CPython words it for operation `op`.
    pub fn check_open_for(&self, op: &str) -> PyResult<()> {
        if self.detached {
            return Err(PyErr::value_error("raw stream has been detached"));
        }
        if !self.closed() {
            return Ok(());
        }
        Err(match op {
            "" => closed_file(),
            "tell" => super::errors::closed_raw(),
            "write" => PyErr::value_error("write to closed file"),
            "flush" if self.kind == BufKind::Reader => closed_file(),
            op => PyErr::value_error(format!("{} of closed file", op)),
        })
    }

    pub fn readable(&self) -> bool {
        self.raw.try_borrow().map(|r| r.readable).unwrap_or(false)
    }

    pub fn writable(&self) -> bool {
        self.raw.try_borrow().map(|r| r.writable).unwrap_or(false)
    }

    /// `readable()`: a writer says no without looking; otherwise the raw stream answers
    /// (and complains when closed).
    pub fn readable_checked(&self) -> PyResult<bool> {
        if self.kind == BufKind::Writer {
            return Ok(false);
        }
        let raw = self.raw()?;
        raw.check_open()?;
        Ok(raw.readable)
    }

    pub fn writable_checked(&self) -> PyResult<bool> {
        if self.kind == BufKind::Reader {
            return Ok(false);
        }
        let raw = self.raw()?;
        raw.check_open()?;
        Ok(raw.writable)
    }

    pub fn seekable_checked(&self) -> PyResult<bool> {
        let mut raw = self.raw()?;
        raw.check_open()?;
        Ok(raw.seekable())
    }

    /// A writer has no `read`, a reader no `write` (UnsupportedOperation before anything
    /// else is checked).
    pub fn check_kind(&self, op: &str) -> PyResult<()> {
        let missing = match self.kind {
            BufKind::Writer => matches!(op, "read" | "read1" | "peek" | "readline"),
            BufKind::Reader => matches!(op, "write" | "truncate"),
            BufKind::Random => false,
        };
        if missing {
            Err(unsupported(op))
        } else {
            Ok(())
        }
    }

    pub fn raw_seekable(&self) -> bool {
        !self.detached
            && self
                .raw
                .try_borrow_mut()
                .map(|mut r| r.seekable())
                .unwrap_or(false)
    }

    /// The kind check (a writer has no `read`) comes before the closed check, as in CPython.
    fn check_readable(&self, op: &str) -> PyResult<()> {
        if self.kind == BufKind::Writer {
            return Err(unsupported(op));
        }
        self.check_open_for(op)?;
        if !self.readable() {
            return Err(unsupported("File not open for reading"));
        }
        Ok(())
    }

    fn check_writable(&self, op: &str) -> PyResult<()> {
        if self.kind == BufKind::Reader {
            return Err(unsupported(op));
        }
        self.check_open_for(op)?;
        if !self.writable() {
            return Err(unsupported("File not open for writing"));
        }
        Ok(())
    }

    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }

    /// Passes the write buffer to the raw stream.
    pub fn flush_writes(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.wbuf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.wbuf);
        let mut raw = self.raw()?;
        raw.write(vm, &data)
    }

    /// Gives back the read-ahead: moves the raw position to the logical one.
    fn drop_read_ahead(&mut self, vm: &mut Vm) -> PyResult<()> {
        let unread = self.unread();
        self.rbuf.clear();
        self.rpos = 0;
        if unread > 0 {
            self.raw()?.seek(vm, SeekFrom::Current(-(unread as i64)))?;
        }
        Ok(())
    }

    /// Reads once from the raw stream into the read buffer; false at end of file.
    fn fill(&mut self, vm: &mut Vm) -> PyResult<bool> {
        self.flush_writes(vm)?;
        if self.rpos >= self.rbuf.len() {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let size = self.size.min(1 << 20);
        let chunk = self.raw()?.read(vm, size)?;
        if chunk.is_empty() {
            return Ok(false);
        }
        self.rbuf.extend_from_slice(&chunk);
        Ok(true)
    }

    /// `read(n)`: up to `n` bytes (all the rest when None), fewer only at end of file.
    pub fn read(&mut self, vm: &mut Vm, n: Option<usize>) -> PyResult<Vec<u8>> {
        self.check_readable("read")?;
        self.flush_writes(vm)?;
        let Some(n) = n else {
            let mut out = self.rbuf[self.rpos..].to_vec();
            self.rbuf.clear();
            self.rpos = 0;
            out.extend(self.raw()?.read_all(vm)?);
            return Ok(out);
        };
        while self.unread() < n {
            if !self.fill(vm)? {
                break;
            }
        }
        let take = n.min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// `read1(n)`: what the buffer holds, or one raw read when it is empty.
    pub fn read1(&mut self, vm: &mut Vm, n: Option<usize>) -> PyResult<Vec<u8>> {
        self.check_readable("read")?;
        if self.unread() == 0 {
            if let Some(n) = n.filter(|&n| n > self.size) {
                // As CPython's: with nothing buffered, a request larger than the buffer is
                // one raw read of that size (a text file's `read(n)` asks for its chunk so).
                self.flush_writes(vm)?;
                self.rbuf.clear();
                self.rpos = 0;
                return self.raw()?.read(vm, n);
            }
            self.fill(vm)?;
        }
        let take = n.unwrap_or(usize::MAX).min(self.unread());
        let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
        self.rpos += take;
        Ok(out)
    }

    /// `peek()`: the buffered bytes, reading once if there are none.
    pub fn peek(&mut self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        self.check_readable("peek")?;
        if self.unread() == 0 {
            self.fill(vm)?;
        }
        Ok(self.rbuf[self.rpos..].to_vec())
    }

    /// `readline(limit)`: through the next `\n`, at most `limit` bytes.
    pub fn readline(&mut self, vm: &mut Vm, limit: Option<usize>) -> PyResult<Vec<u8>> {
        self.check_readable("readline")?;
        let limit = limit.unwrap_or(usize::MAX);
        let mut scanned = 0;
        loop {
            let avail = &self.rbuf[self.rpos..];
            let window = &avail[scanned.min(avail.len())..avail.len().min(limit)];
            if let Some(p) = window.iter().position(|&b| b == b'\n') {
                let end = scanned + p + 1;
                let out = self.rbuf[self.rpos..self.rpos + end].to_vec();
                self.rpos += end;
                return Ok(out);
            }
            scanned = avail.len().min(limit);
            if scanned >= limit || !self.fill(vm)? {
                let take = self.unread().min(limit);
                let out = self.rbuf[self.rpos..self.rpos + take].to_vec();
                self.rpos += take;
                return Ok(out);
            }
        }
    }

    pub fn write(&mut self, vm: &mut Vm, data: &[u8]) -> PyResult<usize> {
        self.check_writable("write")?;
        if self.unread() > 0 {
            self.drop_read_ahead(vm)?;
        } else {
            self.rbuf.clear();
            self.rpos = 0;
        }
        let direct = matches!(
            self.raw()?.sink,
            Sink::Stdout | Sink::Stderr | Sink::Object(_)
        );
        if direct {
            self.flush_writes(vm)?;
            self.raw()?.write(vm, data)?;
            return Ok(data.len());
        }
        self.wbuf.extend_from_slice(data);
        if self.wbuf.len() >= self.size {
            self.flush_writes(vm)?;
        }
        Ok(data.len())
    }

    pub fn flush(&mut self, vm: &mut Vm) -> PyResult<()> {
        self.check_open_for("flush")?;
        self.flush_writes(vm)?;
        self.raw()?.flush(vm)
    }

    pub fn tell(&mut self, vm: &mut Vm) -> PyResult<u64> {
        self.check_open_for("tell")?;
        let pos = self.raw()?.tell(vm)?;
        Ok((pos + self.wbuf.len() as u64).saturating_sub(self.unread() as u64))
    }

    /// `seek(offset, whence)`; returns the new position.
    pub fn seek(&mut self, vm: &mut Vm, offset: i64, whence: i64) -> PyResult<u64> {
        self.check_open_for("seek")?;
        let to = match whence {
            0 => {
                if offset < 0 {
                    return Err(PyErr::value_error(format!(
                        "negative seek position {}",
                        offset
                    )));
                }
                SeekFrom::Start(offset as u64)
            }
            1 => SeekFrom::Current(offset - self.unread() as i64),
            2 => SeekFrom::End(offset),
            _ => {
                return Err(PyErr::value_error(format!(
                    "whence value {} unsupported",
                    whence
                )))
            }
        };
        self.flush_writes(vm)?;
        self.rbuf.clear();
        self.rpos = 0;
        self.raw()?.seek(vm, to)
    }

    /// `truncate(size)`: the file's new size; the position does not move.
    pub fn truncate(&mut self, vm: &mut Vm, size: Option<u64>) -> PyResult<u64> {
        self.check_writable("truncate")?;
        let size = match size {
            Some(s) => s,
            None => self.tell(vm)?,
        };
        self.flush_writes(vm)?;
        self.drop_read_ahead(vm)?;
        self.raw()?.truncate(vm, size)?;
        Ok(size)
    }

    /// Flushes, then closes the raw stream even when flushing failed.
    pub fn close(&mut self, vm: &mut Vm) -> PyResult<()> {
        if self.closed() {
            return Ok(());
        }
        let flushed = self.flush_writes(vm);
        self.rbuf.clear();
        self.rpos = 0;
        let closed = self.raw()?.close(vm);
        flushed.and(closed)
    }
}

impl Drop for Buffered {
    fn drop(&mut self) {
        if !self.wbuf.is_empty() {
            if let Ok(mut raw) = self.raw.try_borrow_mut() {
                raw.write_at_drop(&self.wbuf);
            }
        }
    }
}

/// Flushes every buffered stream still alive (at interpreter exit).
pub fn flush_all(vm: &mut Vm) {
    let list = OPEN_BUFFERS.with(|l| std::mem::take(&mut *l.borrow_mut()));
    for w in list {
        if let Some(b) = w.upgrade() {
            if let Ok(mut b) = b.try_borrow_mut() {
                let _ = b.flush_writes(vm);
            }
        }
    }
}
