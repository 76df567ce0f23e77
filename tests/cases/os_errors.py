# os: failures raise the OSError subclass chosen by errno, with errno, strerror, filename
# and filename2 set and CPython's text; bad argument types raise TypeError/ValueError.
import os

base = "os_errors_tmp"
if os.path.exists(os.path.join(base, "dir", "file")):
    os.remove(os.path.join(base, "dir", "file"))
if os.path.exists(os.path.join(base, "dir")):
    os.rmdir(os.path.join(base, "dir"))
if not os.path.exists(base):
    os.mkdir(base)
os.mkdir(os.path.join(base, "dir"))
fd = os.open(os.path.join(base, "dir", "file"), os.O_WRONLY | os.O_CREAT, 0o644)
os.close(fd)
d = os.path.join(base, "dir")
f = os.path.join(d, "file")


def attempt(label, fn, *args, **kwargs):
    try:
        fn(*args, **kwargs)
    except OSError as e:
        print(label, type(e).__name__, e.errno, repr(e.strerror), e.filename, e.filename2)
        print("   ", e)
        print("   ", repr(e), e.args)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "no error")


attempt("stat missing", os.stat, "missing.txt")
attempt("lstat missing", os.lstat, b"missing.txt")
attempt("mkdir exists", os.mkdir, d)
attempt("makedirs exists", os.makedirs, d)
attempt("rmdir non-empty", os.rmdir, d)
attempt("rmdir file", os.rmdir, f)
attempt("remove dir", os.remove, d)
attempt("unlink missing", os.unlink, "missing.txt")
attempt("listdir file", os.listdir, f)
attempt("listdir missing", os.listdir, "missing")
attempt("scandir missing", os.scandir, "missing")
attempt("rename missing", os.rename, "missing.txt", "other.txt")
attempt("rename onto dir", os.rename, f, d)
attempt("replace dir onto file", os.replace, d, f)
attempt("chdir missing", os.chdir, "missing")
attempt("chdir file", os.chdir, f)
attempt("chmod missing", os.chmod, "missing", 0o644)
attempt("open missing", os.open, "missing", os.O_RDONLY)
attempt("open excl", os.open, f, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
attempt("readlink file", os.readlink, f)
attempt("symlink exists", os.symlink, "x", f)
attempt("close bad fd", os.close, 9999)
attempt("fstat bad fd", os.fstat, 9999)
attempt("stat bad fd", os.stat, 9999)
attempt("makedirs under file", os.makedirs, os.path.join(f, "sub"))
attempt("getsize missing", os.path.getsize, "missing")
attempt("getmtime missing", os.path.getmtime, "missing")

# argument errors
attempt("stat list", os.stat, [])
attempt("stat float", os.stat, 1.5)
attempt("mkdir int", os.mkdir, 3)
attempt("listdir list", os.listdir, [])
attempt("rename int", os.rename, 1, "x")
attempt("rename mixed", os.rename, "x", b"y")
attempt("stat nul", os.stat, "a\0b")
attempt("stat no args", os.stat)
attempt("stat two args", os.stat, "a", "b")
attempt("stat bad kw", os.stat, "a", x=1)
attempt("mkdir three", os.mkdir, "a", 0o777, None)
attempt("mkdir bad mode", os.mkdir, "a", "b")
attempt("listdir two", os.listdir, "a", "b")
attempt("rename one", os.rename, "a")
attempt("getcwd arg", os.getcwd, 1)
attempt("chmod str", os.chmod, f, "x")
attempt("access no mode", os.access, f)
attempt("urandom neg", os.urandom, -1)
attempt("urandom float", os.urandom, 2.0)
attempt("strerror str", os.strerror, "x")


class BadPath:
    def __fspath__(self):
        return 42


attempt("fspath bad", os.fspath, BadPath())
attempt("stat bad fspath", os.stat, BadPath())
attempt("fspath int", os.fspath, 7)

# the exception classes themselves
e = OSError(2, "No such file or directory", "x.txt")
print(type(e).__name__, e, e.filename, isinstance(e, FileNotFoundError))
e = OSError(17, os.strerror(17), "a", None, "b")
print(type(e).__name__, e)
print(issubclass(FileNotFoundError, OSError), os.error is OSError)

os.remove(f)
os.rmdir(d)
os.rmdir(base)
print(os.path.exists(base))
