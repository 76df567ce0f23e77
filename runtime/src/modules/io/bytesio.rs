//! `io.BytesIO`: an in-memory binary stream. Its memory (`MemBuf`) is shared with the
//! raw layer when a `TextIOWrapper` or a buffered object is built over it, and with the
//! memoryviews `getbuffer()` hands out: while one of those is alive the stream may not be
//! written, truncated or closed (CPython's `BufferError`).

use crate::objects::methods::method_args;
use crate::objects::OrNone;
use std::cell::{Ref, RefCell};
use std::rc::Rc;

use crate::objects::bytearray::PyByteArray;
use crate::objects::function::Args;
use crate::objects::{PyErr, PyInstance, PyResult, Value};
use crate::vm::Vm;

use super::errors::{closed_file, uninitialized};
use super::open::bind_args;
use super::{
    borrow_state, bytes_arg, bytes_value, ctor_class, has_user_init, methods, properties,
    seek_args, size_arg, this, truncate_arg, IoTypes,
};

/// The bytes of a `BytesIO` and its position (which may be past the end).
pub struct MemBuf {
    /// A bytearray, so that `getbuffer()`'s views share it and its export count tells
    /// whether one is still alive.
    buf: Rc<PyByteArray>,
    pub pos: usize,
    pub closed: bool,
}

impl Default for MemBuf {
    fn default() -> MemBuf {
        MemBuf::new(Vec::new())
    }
}

impl MemBuf {
    pub fn new(data: Vec<u8>) -> MemBuf {
        MemBuf {
            buf: Rc::new(PyByteArray::new(data)),
            pos: 0,
            closed: false,
        }
    }

    /// The contents.
    pub fn data(&self) -> Ref<'_, Vec<u8>> {
        self.buf.data.borrow()
    }

    /// Refuses a change while a `getbuffer()` view is alive.
    fn check_exports(&self) -> PyResult<()> {
        self.buf.check_resizable()
    }

    /// Up to `n` bytes from the position (all the rest when None).
    pub fn read(&mut self, n: Option<usize>) -> Vec<u8> {
        let data = self.buf.data.borrow();
        if self.pos >= data.len() {
            return Vec::new();
        }
        let end = match n {
            Some(n) => self.pos.saturating_add(n).min(data.len()),
            None => data.len(),
        };
        let out = data[self.pos..end].to_vec();
        drop(data);
        self.pos = end;
        out
    }

    pub fn readline(&mut self, limit: Option<usize>) -> Vec<u8> {
        let data = self.buf.data.borrow();
        if self.pos >= data.len() {
            return Vec::new();
        }
        let rest = &data[self.pos..];
        let mut end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |p| p + 1);
        if let Some(l) = limit {
            end = end.min(l);
        }
        let out = rest[..end].to_vec();
        drop(data);
        self.pos += end;
        out
    }

    /// Writes at the position, padding with zero bytes when it is past the end.
    pub fn write(&mut self, data: &[u8]) -> PyResult<()> {
        self.check_exports()?;
        let mut mine = self.buf.data.borrow_mut();
        if self.pos > mine.len() {
            let pad = self.pos - mine.len();
            if pad > super::MAX_PAD || mine.try_reserve(pad + data.len()).is_err() {
                return Err(PyErr::memory_error());
            }
            mine.resize(self.pos, 0);
        }
        let overlap = (mine.len() - self.pos).min(data.len());
        mine[self.pos..self.pos + overlap].copy_from_slice(&data[..overlap]);
        mine.extend_from_slice(&data[overlap..]);
        self.pos += data.len();
        Ok(())
    }

    /// Cuts the contents to `size` bytes (the position stays).
    pub fn truncate(&mut self, size: usize) -> PyResult<()> {
        self.check_exports()?;
        self.buf.data.borrow_mut().truncate(size);
        Ok(())
    }

    /// Closes the stream, freeing its memory.
    pub fn close(&mut self) -> PyResult<()> {
        self.check_exports()?;
        self.closed = true;
        self.buf = Rc::new(PyByteArray::new(Vec::new()));
        Ok(())
    }

    pub fn seek(&mut self, offset: i64, whence: i64) -> PyResult<usize> {
        let base = match whence {
            0 => {
                if offset < 0 {
                    return Err(PyErr::value_error(format!(
                        "negative seek value {}",
                        offset
                    )));
                }
                0
            }
            1 => self.pos as i64,
            2 => self.data().len() as i64,
            _ => {
                return Err(PyErr::value_error(format!(
                    "invalid whence ({}, should be 0, 1 or 2)",
                    whence
                )))
            }
        };
        self.pos = base.saturating_add(offset).clamp(0, isize::MAX as i64) as usize;
        Ok(self.pos)
    }
}

type MemCell = Rc<RefCell<MemBuf>>;

pub fn register(t: &IoTypes) {
    let ty = &t.bytes_io;
    ty.ctor.set(Some(ctor));
    methods(
        ty,
        &[
            ("__init__", init),
            ("__next__", next),
            ("getvalue", getvalue),
            ("getbuffer", getbuffer),
            ("read", read),
            ("read1", read),
            ("readline", readline),
            ("readlines", readlines),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("flush", flush),
            ("readable", readable),
            ("writable", readable),
            ("seekable", readable),
        ],
    );
    properties(ty, &[("closed", closed)]);
}

fn ctor(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = ctor_class(&mut args)?;
    let user_init = has_user_init(&cls);
    let mem: MemCell = Rc::new(RefCell::new(MemBuf::default()));
    let value = Value::Instance(PyInstance::with_native(cls, Box::new(mem)));
    if !user_init {
        args.pos.insert(0, value.clone());
        init(vm, args)?;
    }
    Ok(value)
}

/// `BytesIO.__init__(initial_bytes=b'')`.
fn init(_vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.pos.first().cloned().or_none();
    if !args.pos.is_empty() {
        args.pos.remove(0);
    }
    let a = bind_args(args, "BytesIO", &["initial_bytes"], 0)?;
    let initial = match &a[0] {
        None | Some(Value::None) => Vec::new(),
        Some(v) => bytes_arg(v)?.data.clone(),
    };
    with_mem(&Args::new(vec![me]), "__init__", |m| {
        m.check_exports()?;
        *m = MemBuf::new(initial);
        Ok(Value::None)
    })
}

fn with_mem<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut MemBuf) -> PyResult<R>,
) -> PyResult<R> {
    let inst = this(args, method, "_io.BytesIO")?;
    let cell = inst.native::<MemCell>().ok_or_else(uninitialized)?.clone();
    let mut m = borrow_state(&inst, &cell)?;
    f(&mut m)
}

fn with_open<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut MemBuf) -> PyResult<R>,
) -> PyResult<R> {
    with_mem(args, method, |m| {
        if m.closed {
            return Err(closed_file());
        }
        f(m)
    })
}

fn getvalue(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "getvalue", |m| Ok(bytes_value(m.data().clone())))
}

/// `getbuffer()`: a writable memoryview of the stream's own bytes; it counts as an
/// export of them until released.
fn getbuffer(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let shared = with_open(&args, "getbuffer", |m| Ok(Value::ByteArray(m.buf.clone())))?;
    match crate::objects::memoryview::PyMemoryView::of(&shared)? {
        Some(view) => Ok(Value::MemoryView(Rc::new(view))),
        None => Ok(shared),
    }
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, args.pos.get(1))?;
    with_open(&args, "read", |m| Ok(bytes_value(m.read(n))))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, args.pos.get(1))?;
    with_open(&args, "readline", |m| Ok(bytes_value(m.readline(n))))
}

fn next(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = with_open(&args, "__next__", |m| Ok(m.readline(None)))?;
    if line.is_empty() {
        return Err(PyErr::stop_iteration(None));
    }
    Ok(bytes_value(line))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let hint = size_arg(vm, args.pos.get(1))?.filter(|&h| h > 0);
    with_open(&args, "readlines", |m| {
        let mut lines = Vec::new();
        let mut total = 0;
        loop {
            let line = m.readline(None);
            if line.is_empty() {
                break;
            }
            total += line.len();
            lines.push(bytes_value(line));
            if hint.map_or(false, |h| total >= h) {
                break;
            }
        }
        Ok(Value::list(lines))
    })
}

fn write(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_arg(&method_args::one_arg(&args, "BytesIO", "write")?)?;
    with_open(&args, "write", |m| {
        m.write(&data.data)?;
        Ok(Value::from(data.data.len()))
    })
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (offset, whence) = seek_args(vm, &args)?;
    with_open(&args, "seek", |m| Ok(Value::from(m.seek(offset, whence)?)))
}

fn tell(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "tell", |m| Ok(Value::from(m.pos)))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = truncate_arg(vm, &args)?;
    with_open(&args, "truncate", |m| {
        let size = size.unwrap_or(m.pos as i64);
        if size < 0 {
            return Err(PyErr::value_error(format!("negative size value {}", size)));
        }
        m.truncate(size as usize)?;
        Ok(Value::from(size as usize))
    })
}

fn close(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_mem(&args, "close", |m| {
        m.close()?;
        Ok(Value::None)
    })
}

fn flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "flush", |_| Ok(Value::None))
}

fn readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_open(&args, "readable", |_| Ok(Value::bool(true)))
}

fn closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_mem(&args, "closed", |m| Ok(Value::bool(m.closed)))
}
