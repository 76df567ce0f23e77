# os.path string operations on str, bytes and os.PathLike: join, split, splitext,
# basename, dirname, normpath, isabs, normcase, commonpath, commonprefix, relpath,
# expandvars, expanduser, and the argument errors.
import os
import os.path
import sys
from os import path as P
import posixpath

print(os.path is P, P is posixpath, sys.modules["os.path"] is posixpath, P.__name__)
print(P.sep, repr(P.altsep), P.extsep, P.pathsep, P.curdir, P.pardir, P.devnull)

samples = ["", "/", "//", "///", "a", "a/", "/a/b/", "a/b/../c", "//a//b/../c/./",
           "../../a/..", "a/../..", ".bashrc", "a/.b.c", "a.b/c", "...a", "a...",
           "x/y.tar.gz", "/a/b.", "./x", "caf\u00e9/na\u00efve.txt", b"/a/b.c", b"x//y/", b""]
for s in samples:
    print(repr(s), P.split(s), P.splitext(s), repr(P.basename(s)), repr(P.dirname(s)))
    print("   ", repr(P.normpath(s)), P.isabs(s), repr(P.normcase(s)), P.splitdrive(s))

print(P.join("a", "b"), P.join("a/", "b"), P.join("a", "/b"), P.join("", "b"), repr(P.join("a", "")))
print(P.join(b"a", b"b", b"c"), P.join("a", "", "b", ""), P.join("/a", "/b", "c"), P.join("a"))


class PL:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


print(P.join(PL("a"), PL("b")), P.basename(PL(b"/x/y")), P.splitext(PL("f.py")), P.dirname(PL("/q/r")))

print(P.commonpath(["/usr/lib", "/usr/local/lib"]), P.commonpath(["/a/b", "/a/b"]), P.commonpath(["a/b/", "a/./b/c"]))
print(P.commonpath([b"/x/y", b"/x/z"]), P.commonpath(["/"]), repr(P.commonpath(["a", "b"])))
print(P.commonprefix(["/a/bc", "/a/bd"]), repr(P.commonprefix([])), P.commonprefix(["abc"]),
      P.commonprefix([b"ab", b"ac"]), P.commonprefix([[1, 2, 3], [1, 2, 4]]), P.commonprefix([(1,), (2,)]))
print(P.relpath("/a/b", "/a/c/d"), P.relpath("a", "a"), P.relpath("a/b/c", "a"), P.relpath(b"/x", b"/"), P.relpath("/a/./b/", "/"))
print(P.relpath(os.path.join(os.getcwd(), "sub", "f")), P.abspath("/x/../y"), P.abspath("sub/../f") == os.path.join(os.getcwd(), "f"))

os.environ["TOTE_VAR"] = "val"
os.environ.pop("TOTE_UNSET", None)
print(P.expandvars("$TOTE_VAR ${TOTE_VAR} $TOTE_UNSET ${TOTE_UNSET ${} $ $1a x$ $TOTE_VAR/x ${TOTE_VAR}y"))
print(P.expandvars(b"$TOTE_VAR-x"), P.expandvars("no dollar"))
os.environ["HOME"] = "/home/someone/"
print(P.expanduser("~/x"), P.expanduser("~"), P.expanduser("x~"), P.expanduser(b"~/y"),
      P.expanduser("~no_such_user_xyz/x"))
os.environ["HOME"] = "/"
print(P.expanduser("~"), P.expanduser("~/z"))


def attempt(label, fn, *args):
    try:
        print(label, repr(fn(*args)))
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class Bad:
    def __fspath__(self):
        return 3


attempt("join int", P.join, 1)
attempt("join int second", P.join, "a", 1)
attempt("join mixed", P.join, "a", b"b")
attempt("join mixed bytes first", P.join, b"a", "b")
attempt("join bad fspath", P.join, Bad())
attempt("join bad fspath second", P.join, "a", Bad())
attempt("basename int", P.basename, 1)
attempt("split None", P.split, None)
attempt("splitext list", P.splitext, [])
attempt("normpath float", P.normpath, 1.5)
attempt("commonpath empty", P.commonpath, [])
attempt("commonpath mixed abs", P.commonpath, ["/a", "b"])
attempt("commonpath mixed types", P.commonpath, ["/a", b"/b"])
attempt("commonprefix mixed", P.commonprefix, ["a", b"b"])
attempt("relpath empty", P.relpath, "")
attempt("relpath mixed", P.relpath, "/x", b"/")
attempt("relpath int start", P.relpath, "/x", 1)
attempt("isabs int", P.isabs, 1)
attempt("expanduser int", P.expanduser, 1)
