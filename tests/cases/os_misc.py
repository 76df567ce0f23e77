# os: constants, process information, urandom, strerror, the terminal size, fspath and
# os.PathLike, fsencode/fsdecode, and os.stat_result as a named tuple.
import os
import sys

print(os.name, os.sep, repr(os.altsep), os.extsep, os.pathsep, os.curdir, os.pardir,
      repr(os.linesep), os.devnull, os.defpath)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(type(os.getpid()).__name__, os.getpid() > 0, os.getppid() > 0, os.getpid() != os.getppid())
print(type(os.cpu_count()).__name__, os.cpu_count() >= 1)
print(type(os.getuid()).__name__, type(os.getgid()).__name__, os.geteuid() == os.getuid())
r = os.urandom(16)
print(type(r).__name__, len(r), len(os.urandom(0)), os.urandom(8) != os.urandom(8))
print(os.strerror(2), "|", os.strerror(13), "|", os.strerror(17), "|", os.strerror(99999))
old = os.umask(0o027)
print(oct(os.umask(old)))

# not a terminal: stdout is captured
try:
    os.get_terminal_size()
except OSError as e:
    print(type(e).__name__, e.errno, e)
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, ts[0], ts[1], tuple(ts), len(ts))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
print(os.isatty(0) in (True, False), os.isatty(1))


# fspath and PathLike
class Path:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class Derived(os.PathLike):
    def __fspath__(self):
        return "derived"


class Abstract(os.PathLike):
    pass


print(os.fspath("a"), os.fspath(b"b"), os.fspath(Path("c")), os.fspath(Path(b"d")), os.fspath(Derived()))
print(isinstance(Path("x"), os.PathLike), isinstance("x", os.PathLike), isinstance(b"x", os.PathLike),
      isinstance(Derived(), os.PathLike), issubclass(Path, os.PathLike), issubclass(str, os.PathLike))
print(os.PathLike, os.PathLike[str] is not None)
for bad in (lambda: os.PathLike(), lambda: Abstract(), lambda: os.fspath(None)):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
print(os.fsencode("caf\u00e9"), os.fsencode(b"x"), os.fsencode(Path("p")))
print(os.fsdecode(b"caf\xc3\xa9"), os.fsdecode("s"), os.fsdecode(Path(b"q")))

# stat_result
base = "os_misc_tmp"
fd = os.open(base, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
os.write(fd, b"0123456789")
os.close(fd)
os.utime(base, (1000000000, 1200000000))
st = os.stat(base)
print(type(st), len(st), st.n_sequence_fields, st.n_fields, st.n_unnamed_fields)
print(st.st_size, st[6], st.st_mtime, st[8], st.st_mtime_ns, st.st_atime, st[7], st.st_atime_ns)
print(type(st.st_ctime).__name__, type(st[9]).__name__, st.st_ctime_ns // 10**9 == st[9])
print(st.st_mode == st[0], st.st_ino == st[1], st.st_dev == st[2], st.st_nlink, st.st_uid == st[4], st.st_gid == st[5])
print(oct(st.st_mode & 0o777), (st.st_mode & 0o170000) == 0o100000, st.st_blksize > 0, st.st_blocks >= 0, st.st_rdev)
print(st[-1] == st.st_ctime_ns // 10**9, st[6:8], list(st[:2]) == [st.st_mode, st.st_ino])
mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
print(size, atime, mtime)
print(st == tuple(st), st == os.stat(base), hash(st) == hash(tuple(st)))
print(repr(st) == "os.stat_result(st_mode=%d, st_ino=%d, st_dev=%d, st_nlink=%d, st_uid=%d, st_gid=%d, st_size=%d, st_atime=%d, st_mtime=%d, st_ctime=%d)" % tuple(st))
try:
    st.st_size = 5
except AttributeError as e:
    print("AttributeError", e)
try:
    st[20]
except IndexError as e:
    print("IndexError", e)
st2 = os.stat_result(tuple(range(10)))
print(st2.st_size, st2.st_atime, st2[7], st2.st_atime_ns)
os.remove(base)
print(os.path.exists(base))
