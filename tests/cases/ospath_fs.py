# os.path questions to the file system: exists, lexists, isfile, isdir, islink, ismount,
# getsize, getmtime/getatime/getctime, samefile, samestat, abspath and realpath (with
# symbolic links, missing parts and loops).
import os
import os.path as P

base = "ospath_fs_tmp"


def cleanup():
    if not P.lexists(base):
        return
    for root, dirs, files in os.walk(base, topdown=False):
        for name in files + dirs:
            path = P.join(root, name)
            if P.islink(path) or not P.isdir(path):
                os.remove(path)
            else:
                os.rmdir(path)
    os.rmdir(base)


cleanup()
os.makedirs(P.join(base, "dir", "sub"))
fd = os.open(P.join(base, "file"), os.O_WRONLY | os.O_CREAT, 0o644)
os.write(fd, b"x" * 42)
os.close(fd)
os.utime(P.join(base, "file"), (1500000000.25, 1600000000.5))
os.symlink("file", P.join(base, "link"))
os.symlink("dir", P.join(base, "dirlink"))
os.symlink("nowhere", P.join(base, "broken"))
os.symlink("loop2", P.join(base, "loop1"))
os.symlink("loop1", P.join(base, "loop2"))

names = ["file", "dir", "link", "dirlink", "broken", "loop1", "missing"]
for n in names:
    p = P.join(base, n)
    print(n, P.exists(p), P.lexists(p), P.isfile(p), P.isdir(p), P.islink(p), P.ismount(p))
print(P.exists(base.encode()), P.isdir(P.join(base.encode(), b"dir")), P.exists("a\0b"), P.exists(""))
print(P.ismount("/"), P.exists(1), P.isdir("/"))
for bad in ([], 1.5, None):
    try:
        P.exists(bad)
    except TypeError as e:
        print("TypeError", e)

f = P.join(base, "file")
print(P.getsize(f), P.getmtime(f), P.getatime(f), type(P.getctime(f)).__name__)
print(P.getsize(P.join(base, "link")), P.getmtime(P.join(base, "link")))
print(P.samefile(f, P.join(base, "link")), P.samefile(f, P.join(base, "dir")),
      P.samefile(P.join(base, "dir"), P.join(base, "dir", "sub", "..")))
print(P.samestat(os.stat(f), os.stat(P.join(base, "link"))), P.samestat(os.stat(f), os.lstat(P.join(base, "link"))))
for call in (lambda: P.getsize(P.join(base, "missing")), lambda: P.samefile(f, "missing")):
    try:
        call()
    except FileNotFoundError as e:
        print("FileNotFoundError", e)

cwd = os.getcwd()


def rel(p):
    return P.relpath(p, cwd) if isinstance(p, str) else P.relpath(p, os.fsencode(cwd))


print(P.isabs(P.abspath(base)), rel(P.abspath(base)), P.abspath(P.join(base, "dir", "..", "file")) == P.join(cwd, base, "file"))
for n in ["link", "dirlink", "dirlink/sub", "dirlink/../file", "broken", "broken/x", "missing/../file", "loop1", "loop1/x", "dir/sub/../../link"]:
    print(n, rel(P.realpath(P.join(base, n))))
print(rel(P.realpath(P.join(base, "link").encode())))
print(P.realpath("/") , P.realpath("//"), P.realpath("/.."))
for n in ["missing", "loop1", "broken"]:
    try:
        P.realpath(P.join(base, n), strict=True)
    except OSError as e:
        print(type(e).__name__, e.errno, rel(e.filename))
print(rel(P.realpath(P.join(base, "dirlink"), strict=True)))

cleanup()
print(P.exists(base))
