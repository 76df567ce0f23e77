# errno: the symbolic codes, errorcode, aliases, and how OSError picks its subclass and
# text from an errno.
import errno
import os

names = sorted(n for n in dir(errno) if n.startswith("E"))
print(len(names), names[:5], names[-5:])
print(errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.EIO, errno.EBADF, errno.EAGAIN,
      errno.ENOMEM, errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EINVAL,
      errno.ENOSPC, errno.EPIPE, errno.ERANGE, errno.ENAMETOOLONG, errno.ENOTEMPTY, errno.ELOOP,
      errno.ETIMEDOUT, errno.ECONNREFUSED, errno.EHOSTUNREACH, errno.ERFKILL)
print(errno.EWOULDBLOCK == errno.EAGAIN, errno.EDEADLOCK == errno.EDEADLK, errno.ENOTSUP == errno.EOPNOTSUPP)
print(errno.errorcode[11], errno.errorcode[35], errno.errorcode[95], errno.errorcode[2])
print(len(errno.errorcode), type(errno.errorcode).__name__, sorted(errno.errorcode)[:3], max(errno.errorcode))
print(all(getattr(errno, name) in errno.errorcode for name in names))
print(all(errno.errorcode[getattr(errno, n)] == n or n in ("EWOULDBLOCK", "EDEADLK", "EOPNOTSUPP") for n in names))

for code in [errno.EPERM, errno.ENOENT, errno.ESRCH, errno.EINTR, errno.ECHILD, errno.EAGAIN,
             errno.EACCES, errno.EEXIST, errno.ENOTDIR, errno.EISDIR, errno.EPIPE, errno.ESHUTDOWN,
             errno.ECONNABORTED, errno.ECONNRESET, errno.ETIMEDOUT, errno.ECONNREFUSED,
             errno.EALREADY, errno.EINPROGRESS, errno.EINVAL, errno.ENOSPC]:
    e = OSError(code, os.strerror(code))
    print(code, errno.errorcode[code], type(e).__name__, e)
e = OSError(errno.ENOENT, "No such file or directory", "f.txt")
print(repr(e), str(e), e.errno == errno.ENOENT, e.filename)
try:
    os.stat("does/not/exist")
except OSError as err:
    print(err.errno == errno.ENOENT, errno.errorcode[err.errno], err.strerror == os.strerror(errno.ENOENT))
