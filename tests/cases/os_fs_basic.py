# os: creating, listing, renaming and removing files and directories, the working
# directory and low-level descriptors, all inside a scratch folder the case makes.
import os

base = "os_fs_basic_tmp"


def rmtree(top):
    for root, dirs, files in os.walk(top, topdown=False):
        for name in files:
            os.remove(os.path.join(root, name))
        for name in dirs:
            path = os.path.join(root, name)
            if os.path.islink(path):
                os.unlink(path)
            else:
                os.rmdir(path)
    os.rmdir(top)


def write(path, data):
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    n = os.write(fd, data)
    os.close(fd)
    return n


if os.path.exists(base):
    rmtree(base)
old_mask = os.umask(0o022)
os.mkdir(base)
print(sorted(os.listdir(base)))
os.makedirs(os.path.join(base, "a", "b", "c"))
os.makedirs(os.path.join(base, "a", "b"), exist_ok=True)
os.makedirs(os.path.join(base, "x") + "/", mode=0o700)
print(oct(os.stat(os.path.join(base, "x")).st_mode & 0o777))
os.mkdir(os.path.join(base, "m"), 0o750)
print(oct(os.stat(os.path.join(base, "m")).st_mode & 0o777))
print(write(os.path.join(base, "a", "f.txt"), b"hello"))
print(sorted(os.listdir(base)), sorted(os.listdir(os.path.join(base, "a"))))
print(sorted(os.listdir(os.fsencode(base))))

# descriptors
fd = os.open(os.path.join(base, "a", "f.txt"), os.O_RDONLY)
print(os.read(fd, 3), os.read(fd, 10), os.read(fd, 10))
print(os.lseek(fd, 1, os.SEEK_SET), os.read(fd, 2), os.fstat(fd).st_size)
os.close(fd)
fd = os.open(os.path.join(base, "a", "f.txt"), os.O_WRONLY | os.O_APPEND)
os.write(fd, b" world")
os.close(fd)
print(os.stat(os.path.join(base, "a", "f.txt")).st_size)

# rename / replace / remove
src = os.path.join(base, "a", "f.txt")
os.rename(src, os.path.join(base, "a", "g.txt"))
write(os.path.join(base, "a", "h.txt"), b"other")
os.replace(os.path.join(base, "a", "g.txt"), os.path.join(base, "a", "h.txt"))
print(sorted(os.listdir(os.path.join(base, "a"))), os.stat(os.path.join(base, "a", "h.txt")).st_size)
os.rename(os.path.join(base, "m"), os.path.join(base, "n"))
print(sorted(os.listdir(base)))

# chmod and access
os.chmod(os.path.join(base, "a", "h.txt"), 0o600)
print(oct(os.stat(os.path.join(base, "a", "h.txt")).st_mode & 0o777))
os.chmod(os.path.join(base, "a", "h.txt"), 0o755)
print(oct(os.stat(os.path.join(base, "a", "h.txt")).st_mode & 0o777))
print(os.access(os.path.join(base, "a", "h.txt"), os.F_OK), os.access(os.path.join(base, "nope"), os.F_OK))
print(os.access(base, os.R_OK | os.X_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)

# working directory
here = os.getcwd()
os.chdir(os.path.join(base, "a"))
print(os.path.basename(os.getcwd()), sorted(os.listdir()), sorted(os.listdir(".")))
print(os.path.basename(os.getcwdb()), type(os.getcwdb()).__name__)
os.chdir("..")
print(os.path.basename(os.getcwd()))
os.chdir(here)
print(os.getcwd() == here)

# unlink / rmdir / removedirs
os.unlink(os.path.join(base, "a", "h.txt"))
os.rmdir(os.path.join(base, "n"))
os.removedirs(os.path.join(base, "a", "b", "c"))
print(os.path.exists(base), os.path.exists(os.path.join(base, "a")))
print(sorted(os.listdir(base)))
rmtree(base)
print(os.path.exists(base))
os.umask(old_mask)
