//! The process's standard streams as `TextIOWrapper`s (`sys.stdin`, `sys.stdout`,
//! `sys.stderr`), the VM's direct path for writing text to them and to other native text
//! objects (so `print` costs no method call), and the builtin `input()`.

use crate::objects::OrNone;
use std::io::Write;
use std::rc::Rc;

use crate::objects::function::Args;
use crate::objects::{PyErr, PyResult, Value};
use crate::vm::Vm;

use super::buffer::BufKind;
use super::codec::{Codec, Errors};
use super::errors::{eof_error, reentrant};
use super::raw::{RawFile, Sink};
use super::text::{Newline, TextState};
use super::text_codec::TextCodec;
use super::textio::TextCell;
use super::{io_types, DEFAULT_BUFFER_SIZE};
use crate::modules::os_error::os_error_from_io;

fn std_stream(sink: Sink, fd: i64, name: &str, mode: &str) -> Value {
    let reading = fd == 0;
    let mut raw = RawFile::new(sink, Value::str(name), reading, !reading);
    raw.closefd = false;
    let tty = raw.isatty();
    let raw = Rc::new(std::cell::RefCell::new(raw));
    let raw_value = super::fileio::new_fileio_value(raw.clone());
    let kind = if reading {
        BufKind::Reader
    } else {
        BufKind::Writer
    };
    let (buffer_value, buffered) =
        super::buffered::new_buffered_value(raw, raw_value, kind, DEFAULT_BUFFER_SIZE);
    let errors = if fd == 2 {
        Errors::BackslashReplace
    } else {
        stdio_errors()
    };
    // CPython opens the standard streams with `newline='\n'` on POSIX: a `\r\n` read
    // from stdin keeps its `\r`.
    let mut state = TextState::new(
        buffered,
        TextCodec::Bytes(Codec::Utf8),
        "utf-8".to_string(),
        errors,
        Newline::Lf,
    );
    state.std_fd = Some(fd);
    state.line_buffering = fd == 2 || (fd == 1 && tty);
    let v = super::textio::new_text_value(&io_types().text_wrapper, state, buffer_value);
    if let Value::Instance(i) = &v {
        i.set_attr("mode", Value::str(mode));
    }
    v
}

/// The error handler of stdin and stdout, by CPython's rules: the one `PYTHONIOENCODING`
/// (`encoding:errors`) names, `strict` if it names only an encoding; otherwise
/// `surrogateescape` under the C or POSIX locale and the UTF-8 locales it coerces to (so
/// undecodable bytes pass through), `strict` under any other.
fn stdio_errors() -> Errors {
    if let Ok(setting) = std::env::var("PYTHONIOENCODING") {
        let (encoding, errors) = setting.split_once(':').unwrap_or((&setting, ""));
        if !errors.is_empty() {
            return Errors::from_name(errors);
        }
        if !encoding.is_empty() {
            return Errors::Strict;
        }
    }
    let locale = ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|name| std::env::var(name).ok())
        .find(|v| !v.is_empty())
        .unwrap_or_else(|| "C".into());
    match locale.as_str() {
        "C" | "POSIX" | "C.UTF-8" | "C.utf8" | "UTF-8" => Errors::SurrogateEscape,
        _ => Errors::Strict,
    }
}

/// New `sys.stdin`, `sys.stdout` and `sys.stderr` objects.
pub fn std_streams() -> (Value, Value, Value) {
    (
        std_stream(Sink::Stdin, 0, "<stdin>", "r"),
        std_stream(Sink::Stdout, 1, "<stdout>", "w"),
        std_stream(Sink::Stderr, 2, "<stderr>", "w"),
    )
}

/// The descriptor (0, 1, 2) of an open standard stream object, None for anything else.
pub fn std_stream_fd(v: &Value) -> Option<i64> {
    let Value::Instance(i) = v else { return None };
    let st = i.native::<TextCell>()?.try_borrow().ok()?;
    if st.closed {
        None
    } else {
        st.std_fd
    }
}

/// Writes `text` to `file` without a method call when it is one of this module's own text
/// objects (not a subclass that may override `write`); None when it is not.
pub fn write_fast(vm: &mut Vm, file: &Value, text: &str) -> Option<PyResult<()>> {
    let Value::Instance(inst) = file else {
        return None;
    };
    let Some(cell) = inst.native::<TextCell>() else {
        return super::stringio::write_native(file, text);
    };
    if !Rc::ptr_eq(&inst.class(), &io_types().text_wrapper) {
        return None;
    }
    let mut st = match cell.try_borrow_mut() {
        Ok(st) => st,
        Err(_) => return Some(Err(reentrant(inst))),
    };
    if st.codec.is_utf8() && !st.closed && !crate::objects::surrogates::has_surrogates(text) {
        match st.std_fd {
            Some(1) => {
                let r = vm.stdio.out.write_all(text.as_bytes());
                if vm.stdio.out_is_tty && text.contains('\n') {
                    let _ = vm.stdio.out.flush();
                }
                return Some(r.map_err(|e| os_error_from_io(&e, None, None)));
            }
            Some(2) => {
                vm.flush_stdout();
                let r = std::io::stderr().lock().write_all(text.as_bytes());
                return Some(r.map_err(|e| os_error_from_io(&e, None, None)));
            }
            _ => {}
        }
    }
    let chars = text.chars().count();
    Some(st.write(vm, text, chars).map(|_| ()))
}

/// Is `file` an object `write_fast` handles (so `print` may join its pieces first)?
pub fn is_native_text(file: &Value) -> bool {
    let Value::Instance(inst) = file else {
        return false;
    };
    let cls = inst.class();
    let t = io_types();
    (Rc::ptr_eq(&cls, &t.text_wrapper) && inst.native::<TextCell>().is_some())
        || Rc::ptr_eq(&cls, &t.string_io)
}

/// Flushes `file` after `print(..., flush=True)`.
pub fn flush_file(vm: &mut Vm, file: &Value) -> PyResult<()> {
    if std_stream_fd(file) == Some(1) {
        vm.flush_stdout();
        return Ok(());
    }
    vm.call_method(file, "flush", vec![])?;
    Ok(())
}

/// `input(prompt='')`: writes the prompt to `sys.stdout`, reads a line from `sys.stdin`.
pub fn builtin_input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.expect("input", 0, 1)?;
    let stdout = vm.sys.get("stdout").or_none();
    if let Some(p) = args.pos.first() {
        let s = vm.to_str(p)?;
        if stdout.is_none() {
            return Err(PyErr::runtime_error("input(): lost sys.stdout"));
        }
        vm.write_to(&stdout, s.as_str())?;
    }
    if !stdout.is_none() {
        flush_file(vm, &stdout)?;
    }
    let stdin = vm.sys.get("stdin").or_none();
    if stdin.is_none() {
        return Err(PyErr::runtime_error("input(): lost sys.stdin"));
    }
    let line = vm.call_method(&stdin, "readline", vec![])?;
    let Value::Str(line) = line else {
        return Err(PyErr::type_error("object.readline() returned non-string"));
    };
    let text = line.as_str();
    if text.is_empty() {
        return Err(eof_error("EOF when reading a line"));
    }
    Ok(match text.strip_suffix('\n') {
        Some(t) => Value::str(t),
        None => Value::Str(line.clone()),
    })
}
