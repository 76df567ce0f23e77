//! The unbuffered byte stream under every file object: an OS file, one of the process's
//! standard streams (stdout goes through the VM's own buffer so `print` and
//! `sys.stdout.write` stay in order), the memory of a `BytesIO`, or any Python object with
//! `read`/`write` methods that a wrapper was built over.

use std::cell::RefCell;
use std::fs::File;
use std::io::{Read, Seek, SeekFrom, Write};
use std::mem::ManuallyDrop;
use std::rc::Rc;

use super::bytesio::MemBuf;
use super::errors::{closed_raw, unsupported};
use crate::modules::os_error::{os_error_from_errno, os_error_from_io};
use crate::objects::{PyBytes, PyErr, PyResult, Value};
use crate::vm::Vm;

/// Reads larger than this are done in pieces of this size.
const BIG_READ: usize = 1 << 20;

/// Where the bytes go.
pub enum Sink {
    File(File),
    /// A descriptor opened with `closefd=False`: closing the object leaves it open.
    Borrowed(ManuallyDrop<File>),
    Stdin,
    Stdout,
    Stderr,
    Memory(Rc<RefCell<MemBuf>>),
    Object(Value),
    Closed,
}

/// An unbuffered stream and what it was opened for.
pub struct RawFile {
    pub sink: Sink,
    pub name: Value,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
}

impl RawFile {
    pub fn new(sink: Sink, name: Value, readable: bool, writable: bool) -> RawFile {
        RawFile {
            sink,
            name,
            readable,
            writable,
            appending: false,
            created: false,
            closefd: true,
        }
    }

    pub fn closed(&self) -> bool {
        match &self.sink {
            Sink::Closed => true,
            Sink::Memory(m) => m.try_borrow().map(|m| m.closed).unwrap_or(false),
            _ => false,
        }
    }

    fn file(&mut self) -> Option<&mut File> {
        match &mut self.sink {
            Sink::File(f) => Some(f),
            Sink::Borrowed(f) => Some(f),
            _ => None,
        }
    }

    /// `FileIO.mode`: derived from how the file was opened, as CPython does.
    pub fn mode(&self) -> &'static str {
        match (self.created, self.appending, self.readable, self.writable) {
            (true, _, true, _) => "xb+",
            (true, _, false, _) => "xb",
            (false, true, true, _) => "ab+",
            (false, true, false, _) => "ab",
            (false, false, true, true) => "rb+",
            (false, false, true, false) => "rb",
            _ => "wb",
        }
    }

    pub fn check_open(&self) -> PyResult<()> {
        if self.closed() {
            Err(closed_raw())
        } else {
            Ok(())
        }
    }

    /// At most `n` bytes (fewer only at end of file or from a pipe); empty at end of file.
    pub fn read(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported("File not open for reading"));
        }
        if n > BIG_READ {
            return self.read_large(vm, n);
        }
        let mut buf = vec![0u8; n];
        let got = match &mut self.sink {
            Sink::File(_) | Sink::Borrowed(_) | Sink::Stdin => loop {
                let r = match &mut self.sink {
                    Sink::Stdin => std::io::stdin().lock().read(&mut buf),
                    _ => match self.file() {
                        Some(f) => f.read(&mut buf),
                        None => Ok(0),
                    },
                };
                match r {
                    Ok(k) => break k,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(os_error_from_io(&e, None, None)),
                }
            },
            Sink::Memory(m) => {
                let mut m = m.try_borrow_mut().map_err(|_| busy())?;
                return Ok(m.read(Some(n)));
            }
            Sink::Object(obj) => {
                let obj = obj.clone();
                let r = vm.call_method(&obj, "read", vec![Value::from(n)])?;
                return match r {
                    Value::Bytes(b) => Ok(b.data.clone()),
                    Value::None => Ok(Vec::new()),
                    other => Err(PyErr::type_error(format!(
                        "read() should return bytes, not {}",
                        other.type_name()
                    ))),
                };
            }
            _ => 0,
        };
        buf.truncate(got);
        Ok(buf)
    }

    /// `read(n)` for an `n` too large to allocate up front: reads until `n` bytes or end
    /// of file, growing the result as data arrives.
    fn read_large(&mut self, vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
        let mut out = Vec::new();
        while out.len() < n {
            let chunk = self.read(vm, (n - out.len()).min(BIG_READ))?;
            if chunk.is_empty() {
                break;
            }
            out.extend_from_slice(&chunk);
        }
        Ok(out)
    }

    /// Everything up to end of file.
    pub fn read_all(&mut self, vm: &mut Vm) -> PyResult<Vec<u8>> {
        self.check_open()?;
        if !self.readable {
            return Err(unsupported("File not open for reading"));
        }
        match &mut self.sink {
            Sink::Memory(m) => {
                let mut m = m.try_borrow_mut().map_err(|_| busy())?;
                Ok(m.read(None))
            }
            Sink::Object(_) => {
                let mut out = Vec::new();
                loop {
                    let chunk = self.read(vm, super::DEFAULT_BUFFER_SIZE)?;
                    if chunk.is_empty() {
                        return Ok(out);
                    }
                    out.extend_from_slice(&chunk);
                }
            }
            Sink::Stdin => {
                let mut out = Vec::new();
                match std::io::stdin().lock().read_to_end(&mut out) {
                    Ok(_) => Ok(out),
                    Err(e) => Err(os_error_from_io(&e, None, None)),
                }
            }
            _ => {
                let mut out = Vec::new();
                let r = match self.file() {
                    Some(f) => f.read_to_end(&mut out),
                    None => Ok(0),
                };
                match r {
                    Ok(_) => Ok(out),
                    Err(e) => Err(os_error_from_io(&e, None, None)),
                }
            }
        }
    }

    /// Writes all of `data`.
    pub fn write(&mut self, vm: &mut Vm, data: &[u8]) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported("File not open for writing"));
        }
        let r = match &mut self.sink {
            Sink::Stdout => {
                let r = vm.stdio.out.write_all(data);
                if vm.stdio.out_is_tty && data.contains(&b'\n') {
                    let _ = vm.stdio.out.flush();
                }
                r
            }
            Sink::Stderr => {
                vm.flush_stdout();
                std::io::stderr().lock().write_all(data)
            }
            Sink::Memory(m) => {
                let mut m = m.try_borrow_mut().map_err(|_| busy())?;
                return m.write(data);
            }
            Sink::Object(obj) => {
                let obj = obj.clone();
                let b = Value::Bytes(Rc::new(PyBytes::new(data.to_vec())));
                vm.call_method(&obj, "write", vec![b])?;
                Ok(())
            }
            _ => match self.file() {
                Some(f) => f.write_all(data),
                None => Ok(()),
            },
        };
        r.map_err(|e| os_error_from_io(&e, None, None))
    }

    pub fn flush(&mut self, vm: &mut Vm) -> PyResult<()> {
        match &self.sink {
            Sink::Stdout => vm.flush_stdout(),
            Sink::Object(obj) => {
                let obj = obj.clone();
                if vm.get_attr_opt(&obj, "flush")?.is_some() {
                    vm.call_method(&obj, "flush", vec![])?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    pub fn seek(&mut self, vm: &mut Vm, to: SeekFrom) -> PyResult<u64> {
        self.check_open()?;
        let r = match &mut self.sink {
            Sink::Memory(m) => {
                let mut m = m.try_borrow_mut().map_err(|_| busy())?;
                let (off, whence) = match to {
                    SeekFrom::Start(p) => (p as i64, 0),
                    SeekFrom::Current(p) => (p, 1),
                    SeekFrom::End(p) => (p, 2),
                };
                return m.seek(off, whence).map(|p| p as u64);
            }
            Sink::Object(obj) => {
                let obj = obj.clone();
                let (off, whence) = match to {
                    SeekFrom::Start(p) => (p as i64, 0),
                    SeekFrom::Current(p) => (p, 1),
                    SeekFrom::End(p) => (p, 2),
                };
                let r = vm.call_method(&obj, "seek", vec![Value::Int(off), Value::Int(whence)])?;
                return Ok(vm.index_of(&r, "seek")?.max(0) as u64);
            }
            // Standard input is read through a buffer of its own, so its descriptor's
            // position is not the stream's; refuse as on a pipe.
            Sink::Stdin => return Err(os_error_from_errno(libc::ESPIPE, None, None)),
            // Standard output and error redirected to a file seek as that file does (a pipe
            // or terminal refuses with ESPIPE); what is buffered goes out first.
            Sink::Stdout | Sink::Stderr => {
                let fd = if matches!(self.sink, Sink::Stdout) {
                    1
                } else {
                    2
                };
                if fd == 1 {
                    vm.flush_stdout();
                }
                let (off, whence) = match to {
                    SeekFrom::Start(p) => (p as i64, libc::SEEK_SET),
                    SeekFrom::Current(p) => (p, libc::SEEK_CUR),
                    SeekFrom::End(p) => (p, libc::SEEK_END),
                };
                // SAFETY: lseek on a descriptor number only reads its arguments.
                let pos = unsafe { libc::lseek(fd, off as libc::off_t, whence) };
                if pos < 0 {
                    let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
                    return Err(os_error_from_errno(errno, None, None));
                }
                return Ok(pos as u64);
            }
            _ => match self.file() {
                Some(f) => f.seek(to),
                None => Ok(0),
            },
        };
        r.map_err(|e| match e.raw_os_error() {
            Some(_) => os_error_from_io(&e, None, None),
            None => PyErr::value_error("negative seek position"),
        })
    }

    pub fn tell(&mut self, vm: &mut Vm) -> PyResult<u64> {
        if let Sink::Object(obj) = &self.sink {
            let obj = obj.clone();
            let r = vm.call_method(&obj, "tell", vec![])?;
            return Ok(vm.index_of(&r, "tell")?.max(0) as u64);
        }
        self.seek(vm, SeekFrom::Current(0))
    }

    pub fn truncate(&mut self, vm: &mut Vm, size: u64) -> PyResult<()> {
        self.check_open()?;
        if !self.writable {
            return Err(unsupported("File not open for writing"));
        }
        let r = match &mut self.sink {
            Sink::Memory(m) => {
                let mut m = m.try_borrow_mut().map_err(|_| busy())?;
                return m.truncate(size as usize);
            }
            Sink::Object(obj) => {
                let obj = obj.clone();
                vm.call_method(&obj, "truncate", vec![Value::from(size as usize)])?;
                return Ok(());
            }
            _ => match self.file() {
                Some(f) => f.set_len(size),
                None => Err(std::io::Error::from_raw_os_error(22)),
            },
        };
        r.map_err(|e| os_error_from_io(&e, None, None))
    }

    pub fn seekable(&mut self) -> bool {
        match &mut self.sink {
            Sink::Memory(_) | Sink::Object(_) => true,
            Sink::File(f) => f.stream_position().is_ok(),
            Sink::Borrowed(f) => f.stream_position().is_ok(),
            Sink::Stdin => fd_seekable(0),
            Sink::Stdout => fd_seekable(1),
            Sink::Stderr => fd_seekable(2),
            Sink::Closed => false,
        }
    }

    pub fn isatty(&self) -> bool {
        use std::io::IsTerminal;
        match &self.sink {
            Sink::File(f) => f.is_terminal(),
            Sink::Borrowed(f) => f.is_terminal(),
            Sink::Stdin => std::io::stdin().is_terminal(),
            Sink::Stdout => std::io::stdout().is_terminal(),
            Sink::Stderr => std::io::stderr().is_terminal(),
            _ => false,
        }
    }

    pub fn fileno(&self) -> PyResult<i64> {
        use std::os::fd::AsRawFd;
        self.check_open()?;
        match &self.sink {
            Sink::File(f) => Ok(f.as_raw_fd() as i64),
            Sink::Borrowed(f) => Ok(f.as_raw_fd() as i64),
            Sink::Stdin => Ok(0),
            Sink::Stdout => Ok(1),
            Sink::Stderr => Ok(2),
            _ => Err(unsupported("fileno")),
        }
    }

    /// Closes the descriptor (unless `closefd=False` or a standard stream).
    pub fn close(&mut self, vm: &mut Vm) -> PyResult<()> {
        match std::mem::replace(&mut self.sink, Sink::Closed) {
            Sink::Memory(m) => {
                if let Ok(mut m) = m.try_borrow_mut() {
                    m.closed = true;
                }
            }
            Sink::Object(obj) => {
                if vm.get_attr_opt(&obj, "close")?.is_some() {
                    vm.call_method(&obj, "close", vec![])?;
                }
            }
            Sink::Stdout => vm.flush_stdout(),
            _ => {}
        }
        Ok(())
    }

    /// Writes pending bytes when the object goes away without a VM at hand (only OS files
    /// can have any then).
    pub fn write_at_drop(&mut self, data: &[u8]) {
        if let Some(f) = self.file() {
            let _ = f.write_all(data);
        }
    }

    /// The standard stream this is, if any (0, 1 or 2).
    pub fn std_fd(&self) -> Option<i64> {
        match self.sink {
            Sink::Stdin => Some(0),
            Sink::Stdout => Some(1),
            Sink::Stderr => Some(2),
            _ => None,
        }
    }
}

/// Can the standard stream `fd` seek (a regular file rather than a pipe or terminal)?
fn fd_seekable(fd: i32) -> bool {
    use std::os::fd::FromRawFd;
    // SAFETY: the standard descriptors belong to the process for its whole life; the
    // `File` is never dropped, so it never closes them. An fd that is not open just makes
    // the seek fail.
    let mut f = ManuallyDrop::new(unsafe { File::from_raw_fd(fd) });
    f.stream_position().is_ok()
}

fn busy() -> PyErr {
    PyErr::runtime_error("reentrant call on a BytesIO object")
}
