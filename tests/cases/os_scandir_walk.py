# os.scandir / os.DirEntry and os.walk: entry kinds with and without following symbolic
# links, the context manager, bytes paths, walking top-down with pruning, bottom-up,
# following links, and onerror.
import os

base = "os_scandir_walk_tmp"


def touch(path, data=b""):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    os.write(fd, data)
    os.close(fd)


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            path = os.path.join(root, name)
            if os.path.islink(path):
                os.remove(path)
            else:
                os.rmdir(path)
    os.rmdir(top)


if os.path.lexists(base):
    rmtree(base)
os.makedirs(os.path.join(base, "d1", "d11"))
os.makedirs(os.path.join(base, "d1", "d12"))
os.makedirs(os.path.join(base, "d2"))
touch(os.path.join(base, "f1"), b"12345")
touch(os.path.join(base, "d1", "f2"))
touch(os.path.join(base, "d1", "d11", "f3"))
touch(os.path.join(base, "d2", "f4"))
os.symlink("d2", os.path.join(base, "ld2"))
os.symlink("f1", os.path.join(base, "lf1"))
os.symlink("missing", os.path.join(base, "broken"))

print("-- scandir")
with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False))
    kind = e.stat(follow_symlinks=False).st_mode & 0o170000
    print("   lstat kind", oct(kind), "fspath", os.fspath(e), isinstance(e, os.PathLike))
    try:
        print("   size", e.stat().st_size if not e.is_dir() else "dir")
    except FileNotFoundError as err:
        print("   stat error", err)
print(type(entries[0]).__name__, os.DirEntry is type(entries[0]))
print(entries[0].inode() == os.stat(entries[0].path, follow_symlinks=False).st_ino)
print(sorted(e.name for e in os.scandir(os.path.join(base, "d1"))))
print(sorted((e.name, e.path) for e in os.scandir(os.fsencode(os.path.join(base, "d2")))))
here = os.getcwd()
os.chdir(base)
print(sorted(e.path for e in os.scandir()))
os.chdir(here)
it = os.scandir(base)
first = next(it)
it.close()
print(list(it))
try:
    os.DirEntry()
except TypeError as err:
    print("TypeError", err)

print("-- walk top-down")
for top, dirs, files in os.walk(base):
    dirs.sort()
    print(top, dirs, sorted(files))

print("-- walk pruned")
for top, dirs, files in os.walk(base):
    dirs[:] = [d for d in sorted(dirs) if d != "d1"]
    print(top, dirs, sorted(files))

print("-- walk bottom-up")
for top, dirs, files in os.walk(base, topdown=False):
    print(top, sorted(dirs), sorted(files))

print("-- walk following links")
for top, dirs, files in os.walk(base, followlinks=True):
    dirs.sort()
    print(top, dirs, sorted(files))

print("-- walk bytes")
for top, dirs, files in os.walk(os.fsencode(os.path.join(base, "d1"))):
    dirs.sort()
    print(top, dirs, sorted(files))


def onerror(err):
    print("onerror", type(err).__name__, err.errno, err.filename)


print("-- walk errors")
print(list(os.walk("missing_dir", onerror=onerror)))
print(list(os.walk("missing_dir")))
print(list(os.walk(os.path.join(base, "f1"), onerror=onerror)))
try:
    os.walk(5)
except TypeError as err:
    print("TypeError", err)

rmtree(base)
print(os.path.exists(base))
