//! The builtin `open()` (also `io.open`): argument checking with CPython's messages, mode
//! parsing, opening the OS file (a path, a descriptor, or through an `opener`), and stacking
//! the layers: `FileIO`, then a buffered object, then a `TextIOWrapper` in text mode.

use crate::objects::OrNone;
use std::cell::RefCell;
use std::fs::{File, OpenOptions};
use std::mem::ManuallyDrop;
use std::os::unix::ffi::OsStringExt;
use std::rc::Rc;

use crate::modules::os_error::{os_error_from_errno, os_error_from_io};
use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

use super::buffer::BufKind;
use super::codec::Errors;
use super::raw::{RawFile, Sink};
use super::text::Newline;
use super::text_codec::TextCodec;
use super::{int_arg, DEFAULT_BUFFER_SIZE};

/// What a mode string asks for.
#[derive(Default, Clone, Copy)]
pub struct Mode {
    pub reading: bool,
    pub writing: bool,
    pub appending: bool,
    pub creating: bool,
    pub plus: bool,
    pub binary: bool,
    pub text: bool,
}

impl Mode {
    fn kinds(&self) -> usize {
        self.reading as usize
            + self.writing as usize
            + self.appending as usize
            + self.creating as usize
    }

    pub fn readable(&self) -> bool {
        self.reading || self.plus
    }

    pub fn writable(&self) -> bool {
        self.writing || self.appending || self.creating || self.plus
    }
}

/// Parses the characters of a mode string; `allow_text` is false for `FileIO`.
pub fn parse_mode(mode: &str, allow_text: bool) -> PyResult<Mode> {
    let mut m = Mode::default();
    let invalid = || {
        PyErr::value_error(if allow_text {
            format!("invalid mode: '{}'", mode)
        } else {
            format!("invalid mode: {}", mode)
        })
    };
    for c in mode.chars() {
        let flag = match c {
            'r' => &mut m.reading,
            'w' => &mut m.writing,
            'a' => &mut m.appending,
            'x' => &mut m.creating,
            '+' => &mut m.plus,
            'b' => &mut m.binary,
            't' if allow_text => &mut m.text,
            _ => return Err(invalid()),
        };
        if *flag {
            return Err(invalid());
        }
        *flag = true;
    }
    if m.text && m.binary {
        return Err(PyErr::value_error(
            "can't have text and binary mode at once",
        ));
    }
    if m.kinds() > 1 {
        return Err(PyErr::value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    Ok(m)
}

fn no_kind_error() -> PyErr {
    PyErr::value_error(
        "Must have exactly one of create/read/write/append mode and at most one plus",
    )
}

/// Binds a native function's arguments by position and keyword, with CPython's messages.
pub fn bind_args(
    args: Args,
    fname: &str,
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    crate::modules::params::Params {
        func: fname,
        names,
        required,
        positional: names.len(),
    }
    .bind(args)
}

/// An optional `str` argument (None allowed).
pub fn opt_str_arg(v: &Option<Value>, fname: &str, name: &str) -> PyResult<Option<String>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.as_str().to_string())),
        Some(other) => Err(PyErr::type_error(format!(
            "{}() argument '{}' must be str or None, not {}",
            fname,
            name,
            other.type_name()
        ))),
    }
}

/// The file argument: a path, or a descriptor.
enum Target {
    Path(std::path::PathBuf),
    Fd(i32),
}

fn target(vm: &mut Vm, file: &Value) -> PyResult<Target> {
    use std::os::unix::ffi::OsStrExt;
    match file {
        Value::Str(s) => {
            if s.as_str().contains('\0') {
                return Err(PyErr::value_error("embedded null byte"));
            }
            let bytes = crate::modules::os_fspath::fs_encode(s.as_str())?;
            Ok(Target::Path(std::ffi::OsString::from_vec(bytes).into()))
        }
        Value::Bytes(b) => {
            if b.data.contains(&0) {
                return Err(PyErr::value_error("embedded null byte"));
            }
            Ok(Target::Path(std::ffi::OsStr::from_bytes(&b.data).into()))
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            // An int that is no C int is not taken for a descriptor: CPython then wants a
            // path, and says so.
            let fd = match file {
                Value::BigInt(_) => None,
                _ => i32::try_from(int_arg(vm, file)?).ok(),
            };
            match fd {
                Some(fd) if fd < 0 => Err(PyErr::value_error("negative file descriptor")),
                Some(fd) => Ok(Target::Fd(fd)),
                None => Err(PyErr::type_error(
                    "expected str, bytes or os.PathLike object, not int",
                )),
            }
        }
        Value::Instance(_) => {
            let p = crate::modules::os_fspath::fspath_plain(vm, file)?;
            target(vm, &p)
        }
        other => Err(PyErr::type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            other.type_name()
        ))),
    }
}

/// The `os.O_*` flags of a mode (Linux values), as an `opener` receives them.
fn os_flags(m: &Mode) -> i64 {
    let access = if m.readable() && m.writable() {
        2
    } else if m.writable() {
        1
    } else {
        0
    };
    let mut flags = access | 0o2000000; // O_CLOEXEC
    if m.writing {
        flags |= 0o100 | 0o1000; // O_CREAT | O_TRUNC
    }
    if m.appending {
        flags |= 0o100 | 0o2000; // O_CREAT | O_APPEND
    }
    if m.creating {
        flags |= 0o100 | 0o200; // O_CREAT | O_EXCL
    }
    flags
}

/// A `File` for a descriptor the program handed us. With `closefd` the file object owns it
/// (closing the object closes it, as in CPython); otherwise it is only borrowed.
fn file_from_fd(fd: i32, closefd: bool) -> Sink {
    use std::os::fd::FromRawFd;
    // SAFETY: the descriptor comes from the program (`open(fd)`, an opener's result), which
    // is responsible for it being open, exactly as CPython's `FileIO` trusts its caller.
    // Without `closefd` the `File` is never dropped, so the descriptor is never closed here.
    let file = unsafe { File::from_raw_fd(fd) };
    if closefd {
        Sink::File(file)
    } else {
        Sink::Borrowed(ManuallyDrop::new(file))
    }
}

/// Opens the OS file for `file` with `mode` (the raw layer).
pub fn open_raw(
    vm: &mut Vm,
    file: &Value,
    mode: &Mode,
    closefd: bool,
    opener: &Value,
) -> PyResult<RawFile> {
    if mode.kinds() != 1 {
        return Err(no_kind_error());
    }
    let name = file.clone();
    let sink = match target(vm, file)? {
        Target::Fd(fd) => file_from_fd(fd, closefd),
        Target::Path(path) => {
            if !closefd {
                return Err(PyErr::value_error(
                    "Cannot use closefd=False with file name",
                ));
            }
            if !opener.is_none() {
                let r = vm.call(opener, vec![file.clone(), Value::Int(os_flags(mode))])?;
                let fd = int_arg(vm, &r)?;
                if fd < 0 {
                    return Err(PyErr::value_error(format!("opener returned {}", fd)));
                }
                file_from_fd(fd as i32, true)
            } else {
                let mut o = OpenOptions::new();
                o.read(mode.readable());
                if mode.writing {
                    o.write(true).create(true).truncate(true);
                } else if mode.appending {
                    o.append(true).create(true);
                } else if mode.creating {
                    o.write(true).create_new(true);
                } else if mode.plus {
                    o.write(true);
                }
                match o.open(&path) {
                    Ok(f) => Sink::File(f),
                    Err(e) => return Err(os_error_from_io(&e, Some(file.clone()), None)),
                }
            }
        }
    };
    let mut raw = RawFile::new(sink, name, mode.readable(), mode.writable());
    raw.appending = mode.appending;
    raw.created = mode.creating;
    raw.closefd = closefd;
    // A directory opens for reading on Linux; CPython refuses it like writing would.
    let meta = match &raw.sink {
        Sink::File(f) => Some(f.metadata()),
        Sink::Borrowed(f) => Some(f.metadata()),
        _ => None,
    };
    match meta {
        Some(Ok(m)) if m.is_dir() => {
            let err = os_error_from_errno(libc::EISDIR, Some(file.clone()), None);
            if !closefd {
                raw.sink = Sink::Closed;
            }
            return Err(err);
        }
        Some(Err(e)) => {
            if let Sink::File(f) = std::mem::replace(&mut raw.sink, Sink::Closed) {
                // An invalid descriptor must not be "closed" again by the drop.
                let _ = ManuallyDrop::new(f);
            }
            return Err(os_error_from_io(&e, None, None));
        }
        _ => {}
    }
    if mode.appending {
        raw.seek(vm, std::io::SeekFrom::End(0))?;
    }
    Ok(raw)
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`.
pub fn builtin_open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = bind_args(
        args,
        "open",
        &[
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        1,
    )?;
    let file = a[0].clone().or_none();
    // Like CPython 3.11's `open`, a path-like object is replaced by its `os.fspath`
    // first: that is the name the file and its errors show.
    let file = match &file {
        Value::Instance(_) if file.type_of().lookup("__fspath__").is_some() => {
            crate::modules::os_fspath::fspath(vm, &file)?
        }
        _ => file,
    };
    let mode_text = match &a[1] {
        None => "r".to_string(),
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(crate::objects::methods::method_args::bad_argument(
                "open",
                "argument 'mode'",
                "str",
                other,
            ))
        }
    };
    let buffering = match &a[2] {
        None => -1,
        Some(v) => int_arg(vm, v)?,
    };
    let encoding = opt_str_arg(&a[3], "open", "encoding")?;
    let errors = opt_str_arg(&a[4], "open", "errors")?;
    let newline = opt_str_arg(&a[5], "open", "newline")?;
    let closefd = match &a[6] {
        None => true,
        Some(v) => vm.truthy(v)?,
    };
    let opener = a[7].clone().or_none();

    let mode = parse_mode(&mode_text, true)?;
    if mode.binary {
        if encoding.is_some() {
            return Err(PyErr::value_error(
                "binary mode doesn't take an encoding argument",
            ));
        }
        if errors.is_some() {
            return Err(PyErr::value_error(
                "binary mode doesn't take an errors argument",
            ));
        }
        if newline.is_some() {
            return Err(PyErr::value_error(
                "binary mode doesn't take a newline argument",
            ));
        }
    }
    if mode.kinds() != 1 {
        return Err(no_kind_error());
    }
    let raw = open_raw(vm, &file, &mode, closefd, &opener)?;
    let line_buffering = buffering == 1 || (buffering < 0 && raw.isatty());
    let raw_rc = Rc::new(RefCell::new(raw));
    let raw_value = super::fileio::new_fileio_value(raw_rc.clone());
    if buffering == 0 {
        if mode.binary {
            return Ok(raw_value);
        }
        return Err(PyErr::value_error("can't have unbuffered text I/O"));
    }
    let size = if buffering > 1 {
        buffering as usize
    } else {
        DEFAULT_BUFFER_SIZE
    };
    let kind = if mode.plus {
        BufKind::Random
    } else if mode.reading {
        BufKind::Reader
    } else {
        BufKind::Writer
    };
    let (buffer_value, buffered) =
        super::buffered::new_buffered_value(raw_rc, raw_value, kind, size);
    if mode.binary {
        return Ok(buffer_value);
    }
    let newline_mode = match Newline::parse(newline.as_deref()) {
        Some(n) => n,
        None => {
            let _ = buffered.try_borrow_mut().map(|mut b| b.close(vm));
            return Err(PyErr::value_error(format!(
                "illegal newline value: {}",
                newline.unwrap_or_default()
            )));
        }
    };
    let (codec, encoding_name) = match TextCodec::for_file(encoding.as_ref()) {
        Ok(found) => found,
        Err(err) => {
            let _ = buffered.try_borrow_mut().map(|mut b| b.close(vm));
            return Err(err);
        }
    };
    let errors = Errors::from_name(errors.as_deref().unwrap_or("strict"));
    let mut state =
        super::text::TextState::new(buffered, codec, encoding_name, errors, newline_mode);
    state.line_buffering = line_buffering;
    state.place_encoder(vm)?;
    let text = super::textio::new_text_value(&super::io_types().text_wrapper, state, buffer_value);
    if let Value::Instance(i) = &text {
        i.set_attr("mode", Value::string(mode_text));
    }
    Ok(text)
}
