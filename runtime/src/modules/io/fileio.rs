//! `io.FileIO`: the raw, unbuffered binary file (`open(..., 'rb', buffering=0)`, and the
//! `.raw` of every buffered file object).

use crate::objects::methods::method_args;
use crate::objects::OrNone;
use std::cell::RefCell;
use std::rc::Rc;

use crate::modules::os_error::os_error_from_errno;
use crate::objects::function::Args;
use crate::objects::{PyInstance, PyResult, Value};
use crate::vm::Vm;

use super::errors::{closed_file, uninitialized, unsupported};
use super::open::{bind_args, open_raw, parse_mode};
use super::raw::RawFile;
use super::{
    borrow_state, bytes_arg, bytes_value, ctor_class, io_types, methods, properties, repr_name,
    seek_args, size_arg, this, truncate_arg, IoTypes,
};

type RawCell = Rc<RefCell<RawFile>>;

pub fn register(t: &IoTypes) {
    t.fileio.ctor.set(Some(ctor));
    methods(
        &t.fileio,
        &[
            ("__init__", |_, _| Ok(Value::None)),
            ("__repr__", repr),
            ("read", read),
            ("readall", readall),
            ("write", write),
            ("seek", seek),
            ("tell", tell),
            ("truncate", truncate),
            ("close", close),
            ("flush", flush),
            ("fileno", fileno),
            ("isatty", isatty),
            ("readable", readable),
            ("writable", writable),
            ("seekable", seekable),
        ],
    );
    properties(
        &t.fileio,
        &[
            ("closed", closed),
            ("closefd", closefd),
            ("mode", mode),
            ("name", name),
        ],
    );
}

/// A `FileIO` object over an opened raw file.
pub fn new_fileio_value(raw: RawCell) -> Value {
    Value::Instance(PyInstance::with_native(
        io_types().fileio.clone(),
        Box::new(raw),
    ))
}

/// `FileIO(file, mode='r', closefd=True, opener=None)`.
fn ctor(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = ctor_class(&mut args)?;
    let a = bind_args(args, "FileIO", &["file", "mode", "closefd", "opener"], 1)?;
    let mode_text = match &a[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(crate::objects::PyErr::type_error(format!(
                "FileIO() argument 'mode' must be str, not {}",
                other.type_name()
            )))
        }
    };
    let mode = parse_mode(&mode_text, false)?;
    let closefd = match &a[2] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let file = a[0].clone().or_none();
    let opener = a[3].clone().or_none();
    let raw = open_raw(vm, &file, &mode, closefd, &opener)?;
    Ok(Value::Instance(PyInstance::with_native(
        cls,
        Box::new(Rc::new(RefCell::new(raw))),
    )))
}

/// The raw file of a `FileIO` receiver.
fn raw_of(args: &Args, method: &str) -> PyResult<(Rc<PyInstance>, RawCell)> {
    let inst = this(args, method, "_io.FileIO")?;
    let raw = inst
        .native::<RawCell>()
        .cloned()
        .ok_or_else(uninitialized)?;
    Ok((inst, raw))
}

fn with_raw<R>(
    args: &Args,
    method: &str,
    f: impl FnOnce(&mut RawFile) -> PyResult<R>,
) -> PyResult<R> {
    let (inst, raw) = raw_of(args, method)?;
    let mut r = borrow_state(&inst, &raw)?;
    f(&mut r)
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (_, raw) = raw_of(&args, "__repr__")?;
    let (closed, name, mode, closefd) = {
        let r = raw
            .try_borrow()
            .map_err(|_| unsupported("reentrant repr"))?;
        (r.closed(), r.name.clone(), r.mode(), r.closefd)
    };
    if closed {
        return Ok(Value::str("<_io.FileIO [closed]>"));
    }
    let name = repr_name(vm, &name)?;
    Ok(Value::string(format!(
        "<_io.FileIO{} mode='{}' closefd={}>",
        name,
        mode,
        if closefd { "True" } else { "False" }
    )))
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = size_arg(vm, args.pos.get(1))?;
    with_raw(&args, "read", |r| {
        Ok(bytes_value(match n {
            Some(n) => r.read(vm, n)?,
            None => r.read_all(vm)?,
        }))
    })
}

fn readall(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "readall", |r| Ok(bytes_value(r.read_all(vm)?)))
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let data = bytes_arg(&method_args::one_arg(&args, "FileIO", "write")?)?;
    with_raw(&args, "write", |r| {
        r.write(vm, &data.data)?;
        Ok(Value::from(data.data.len()))
    })
}

fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (offset, whence) = seek_args(vm, &args)?;
    with_raw(&args, "seek", |r| {
        let to = match whence {
            0 if offset >= 0 => std::io::SeekFrom::Start(offset as u64),
            0 => return Err(os_error_from_errno(libc::EINVAL, None, None)),
            1 => std::io::SeekFrom::Current(offset),
            2 => std::io::SeekFrom::End(offset),
            _ => return Err(os_error_from_errno(libc::EINVAL, None, None)),
        };
        Ok(Value::from(r.seek(vm, to)? as usize))
    })
}

fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "tell", |r| Ok(Value::from(r.tell(vm)? as usize)))
}

fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let size = truncate_arg(vm, &args)?.map(|n| n.max(0) as u64);
    with_raw(&args, "truncate", |r| {
        let size = match size {
            Some(s) => s,
            None => r.tell(vm)?,
        };
        r.truncate(vm, size)?;
        Ok(Value::from(size as usize))
    })
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "close", |r| r.close(vm).map(|_| Value::None))
}

fn flush(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "flush", |r| {
        if r.closed() {
            Err(closed_file())
        } else {
            Ok(Value::None)
        }
    })
}

fn fileno(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "fileno", |r| Ok(Value::Int(r.fileno()?)))
}

fn isatty(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "isatty", |r| {
        r.check_open()?;
        Ok(Value::bool(r.isatty()))
    })
}

fn readable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "readable", |r| {
        r.check_open()?;
        Ok(Value::bool(r.readable))
    })
}

fn writable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "writable", |r| {
        r.check_open()?;
        Ok(Value::bool(r.writable))
    })
}

fn seekable(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "seekable", |r| {
        r.check_open()?;
        Ok(Value::bool(r.seekable()))
    })
}

fn closed(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "closed", |r| Ok(Value::bool(r.closed())))
}

fn closefd(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "closefd", |r| Ok(Value::bool(r.closefd)))
}

fn mode(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "mode", |r| Ok(Value::str(r.mode())))
}

fn name(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    with_raw(&args, "name", |r| Ok(r.name.clone()))
}
