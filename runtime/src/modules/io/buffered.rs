//! `io.BufferedReader`, `io.BufferedWriter` and `io.BufferedRandom`: the binary file objects
//! `open()` returns in `b` modes (and the `.buffer` of text files), over a `FileIO`, a
//! `BytesIO`, or any raw stream object.

use crate::objects::methods::method_args;
use crate::objects::OrNone;
use std::cell::RefCell;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyInstance, PyResult, PyType, Value};
use crate::vm::Vm;

use super::buffer::{BufKind, Buffered};
use super::errors::uninitialized;
use super::open::bind_args;
use super::raw::{RawFile, Sink};
use super::{
    borrow_state, bytes_arg, bytes_value, ctor_class, int_arg, io_types, methods, properties,
    repr_name, seek_args, size_arg, this, truncate_arg, IoTypes, DEFAULT_BUFFER_SIZE,
};

pub type BufCell = Rc<RefCell<Buffered>>;

pub fn register(t: &IoTypes) {
    for ty in [&t.buffered_reader, &t.buffered_writer, &t.buffered_random] {
        ty.ctor.set(Some(ctor));
        methods(
            ty,
            &[
                ("__init__", |_, _| Ok(Value::None)),
                ("__repr__", repr),
                ("__next__", next),
                ("read", read),
                ("read1", read1),
                ("peek", peek),
                ("readline", readline),
                ("write", write),
                ("flush", flush),
                ("seek", seek),
                ("tell", tell),
                ("truncate", truncate),
                ("close", close),
                ("detach", detach),
                ("fileno", |_, a| {
                    with_buf(&a, "fileno", |b| stream_query(b, "fileno"))
                }),
                ("isatty", |_, a| {
                    with_buf(&a, "isatty", |b| stream_query(b, "isatty"))
                }),
                ("readable", |_, a| {
                    with_buf(&a, "readable", |b| stream_query(b, "readable"))
                }),
                ("writable", |_, a| {
                    with_buf(&a, "writable", |b| stream_query(b, "writable"))
                }),
                ("seekable", |_, a| {
                    with_buf(&a, "seekable", |b| stream_query(b, "seekable"))
                }),
            ],
        );
        properties(ty, &[("closed", closed), ("name", name), ("mode", mode)]);
    }
}

/// `fileno`, `isatty`, `readable`, `writable`, `seekable`: what a buffered stream and a
/// text layer over one answer alike, from the buffered stream.
pub(super) fn stream_query(b: &Buffered, what: &str) -> PyResult<Value> {
    Ok(match what {
        "fileno" => Value::Int(b.raw()?.fileno()?),
        "isatty" => {
            let raw = b.raw()?;
            raw.check_open()?;
            Value::bool(raw.isatty())
        }
        "readable" => Value::bool(b.readable_checked()?),
        "writable" => Value::bool(b.writable_checked()?),
        _ => Value::bool(b.seekable_checked()?),
    })
}

fn class_for(kind: BufKind) -> Rc<PyType> {
    let t = io_types();
    match kind {
        BufKind::Reader => t.buffered_reader.clone(),
        BufKind::Writer => t.buffered_writer.clone(),
        BufKind::Random => t.buffered_random.clone(),
    }
}

/// A buffered object of the given kind over a raw file (whose `FileIO` object is `raw_value`).
pub fn new_buffered_value(
    raw: Rc<RefCell<RawFile>>,
    raw_value: Value,
    kind: BufKind,
    size: usize,
) -> (Value, BufCell) {
    let buffered = Buffered::new(raw, kind, size);
    let inst = PyInstance::with_native(class_for(kind), Box::new(buffered.clone()));
    inst.set_attr("raw", raw_value);
    (Value::Instance(inst), buffered)
}

/// The raw layer for a Python stream object: shares a `FileIO`'s file or a `BytesIO`'s
/// memory, otherwise calls the object's methods.
pub fn raw_for_object(
    vm: &mut Vm,
    obj: &Value,
    readable: bool,
    writable: bool,
) -> PyResult<Rc<RefCell<RawFile>>> {
    if let Value::Instance(i) = obj {
        if let Some(raw) = i.native::<Rc<RefCell<RawFile>>>() {
            return Ok(raw.clone());
        }
        if let Some(mem) = i.native::<Rc<RefCell<super::bytesio::MemBuf>>>() {
            let raw = RawFile::new(Sink::Memory(mem.clone()), Value::None, true, true);
            return Ok(Rc::new(RefCell::new(raw)));
        }
    }
    let name = vm.get_attr_opt(obj, "name")?.or_none();
    let ask = |vm: &mut Vm, method: &str, default: bool| -> PyResult<bool> {
        match vm.get_attr_opt(obj, method)? {
            Some(m) => {
                let r = vm.call(&m, vec![])?;
                vm.truthy(&r)
            }
            None => Ok(default),
        }
    };
    let readable = ask(vm, "readable", readable)?;
    let writable = ask(vm, "writable", writable)?;
    let raw = RawFile::new(Sink::Object(obj.clone()), name, readable, writable);
    Ok(Rc::new(RefCell::new(raw)))
}

/// `BufferedReader(raw, buffer_size=DEFAULT_BUFFER_SIZE)` and its two siblings.
fn ctor(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = ctor_class(&mut args)?;
    let t = io_types();
    let kind = if cls.is_subtype(&t.buffered_writer) {
        BufKind::Writer
    } else if cls.is_subtype(&t.buffered_random) {
        BufKind::Random
    } else {
        BufKind::Reader
    };
    let fname = match kind {
        BufKind::Reader => "BufferedReader",
        BufKind::Writer => "BufferedWriter",
        BufKind::Random => "BufferedRandom",
    };
    let a = bind_args(args, fname, &["raw", "buffer_size"], 1)?;
    let raw_value = a[0].clone().or_none();
    let size = match &a[1] {
        None => DEFAULT_BUFFER_SIZE as i64,
        Some(v) => int_arg(vm, v)?,
    };
    if size <= 0 {
        return Err(crate::objects::PyErr::value_error(
            "buffer size must be strictly positive",
        ));
    }
    let raw = raw_for_object(
        vm,
        &raw_value,
        kind != BufKind::Writer,
        kind != BufKind::Reader,
    )?;
    let buffered = Buffered::new(raw, kind, size as usize);
    let inst = PyInstance::with_native(cls, Box::new(buffered));
    inst.set_attr("raw", raw_value);
    Ok(Value::Instance(inst))
}

fn buf_of(args: &Args, method: &str) -> PyResult<(Rc<PyInstance>, BufCell)> {
    let inst = this(args, method, "_io.BufferedReader")?;
    let b = inst
        .native::<BufCell>()
        .cloned()
        .ok_or_else(uninitialized)?;
    Ok((inst, b))
}

fn with_buf<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut Buffered) -> PyResult<R>,
) -> PyResult<R> {
    let (inst, b) = buf_of(args, method)?;
    let mut st = borrow_state(&inst, &b)?;
    f(&mut st)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, b) = buf_of(&args, "__repr__")?;
    let name = {
        let st = borrow_state(&inst, &b)?;
        let raw = st.raw.try_borrow().map(|r| r.name.clone());
        raw.unwrap_or(Value::None)
    };
    let cls = inst.class();
    let class_name = if cls.builtin || cls.module_name().as_deref() == Some("_io") {
        format!("_io.{}", cls.name())
    } else {
        cls.name()
    };
    let name = repr_name(vm, &name)?;
    Ok(Value::string(format!("<{}{}>", class_name, name)))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "read", |b| b.check_kind("read"))?;
    let n = size_arg(vm, args.pos.get(1))?;
    with_buf(&args, "read", |b| Ok(bytes_value(b.read(vm, n)?)))
}

fn read1(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "read1", |b| b.check_kind("read1"))?;
    let n = size_arg(vm, args.pos.get(1))?;
    with_buf(&args, "read1", |b| Ok(bytes_value(b.read1(vm, n)?)))
}

fn peek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "peek", |b| Ok(bytes_value(b.peek(vm)?)))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "readline", |b| b.check_kind("readline"))?;
    let n = size_arg(vm, args.pos.get(1))?;
    with_buf(&args, "readline", |b| Ok(bytes_value(b.readline(vm, n)?)))
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let line = with_buf(&args, "__next__", |b| b.readline(vm, None))?;
    if line.is_empty() {
        return Err(crate::objects::PyErr::stop_iteration(None));
    }
    Ok(bytes_value(line))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "write", |b| b.check_kind("write"))?;
    let data = bytes_arg(&method_args::one_arg_of_receiver(&args, "write")?)?;
    with_buf(&args, "write", |b| {
        Ok(Value::from(b.write(vm, &data.data)?))
    })
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "flush", |b| b.flush(vm).map(|_| Value::None))
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (offset, whence) = seek_args(vm, &args)?;
    with_buf(&args, "seek", |b| {
        Ok(Value::from(b.seek(vm, offset, whence)? as usize))
    })
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "tell", |b| Ok(Value::from(b.tell(vm)? as usize)))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = truncate_arg(vm, &args)?.map(|n| n.max(0) as u64);
    with_buf(&args, "truncate", |b| {
        Ok(Value::from(b.truncate(vm, size)? as usize))
    })
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "close", |b| b.close(vm).map(|_| Value::None))
}

fn detach(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (inst, _) = buf_of(&args, "detach")?;
    with_buf(&args, "detach", |b| {
        b.flush(vm)?;
        b.detached = true;
        Ok(())
    })?;
    let raw = inst.attr("raw");
    Ok(raw.or_none())
}

fn closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "closed", |b| Ok(Value::bool(b.closed())))
}

fn name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "name", |b| {
        Ok(b.raw
            .try_borrow()
            .map(|r| r.name.clone())
            .unwrap_or(Value::None))
    })
}

fn mode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_buf(&args, "mode", |b| {
        Ok(b.raw
            .try_borrow()
            .map(|r| Value::str(r.mode()))
            .unwrap_or(Value::None))
    })
}
