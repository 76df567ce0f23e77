#!/usr/bin/env python3
"""Regenerate the expected outputs of the conformance corpus from CPython 3.11.

Usage: python3 tests/regen.py [NAME ...]

Every case in tests/cases is either a single file `<name>.py` (run with cwd = tests/cases and
argument `<name>.py`) or a folder `<name>/` holding `main.py` (run with cwd = tests/cases/<name>
and argument `main.py`). For each case this writes tests/expected/<name>.out (stdout) and, only
when the exit code is non-zero or stderr is non-empty, <name>.err (stderr) and <name>.code
(exit code as text). Absolute paths of the case's cwd are replaced by '' so that tracebacks read
`File "x.py", line 3`. With NAMEs, only those cases are regenerated; without, all of them are and
expected files whose case no longer exists are removed.
"""
import os
import subprocess
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit(
        "regen.py must run on CPython 3.11 (this is %d.%d): expected outputs are CPython 3.11's"
        % sys.version_info[:2]
    )

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
EXPECTED = os.path.join(HERE, "expected")
TIMEOUT = 20


def all_cases():
    names = []
    for entry in sorted(os.listdir(CASES)):
        path = os.path.join(CASES, entry)
        if entry.startswith((".", "_")):
            continue
        if os.path.isdir(path):
            if os.path.isfile(os.path.join(path, "main.py")):
                names.append(entry)
        elif entry.endswith(".py"):
            names.append(entry[:-3])
    return names


def case_location(name):
    """(cwd, script argument) for a case name."""
    folder = os.path.join(CASES, name)
    if os.path.isdir(folder):
        return folder, "main.py"
    return CASES, name + ".py"


def child_env():
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["PYTHONHASHSEED"] = "0"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def normalise(text, cwd):
    return text.replace(os.path.realpath(cwd) + "/", "").replace(cwd + "/", "")


def write(path, data):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


def remove(path):
    if os.path.exists(path):
        os.remove(path)


def regen(name):
    cwd, script = case_location(name)
    proc = subprocess.run(
        [sys.executable, script],
        cwd=cwd,
        env=child_env(),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
    )
    out = normalise(proc.stdout.decode("utf-8"), cwd)
    err = normalise(proc.stderr.decode("utf-8"), cwd)
    base = os.path.join(EXPECTED, name)
    write(base + ".out", out)
    if proc.returncode != 0 or err:
        write(base + ".err", err)
        write(base + ".code", "%d\n" % proc.returncode)
    else:
        remove(base + ".err")
        remove(base + ".code")
    return proc.returncode, err


def main(argv):
    os.makedirs(EXPECTED, exist_ok=True)
    known = all_cases()
    names = argv or known
    unknown = [n for n in names if n not in known]
    if unknown:
        sys.exit("unknown case(s): " + ", ".join(unknown))
    for name in names:
        code, err = regen(name)
        note = "" if code == 0 and not err else "  (exit %d, %d bytes of stderr)" % (code, len(err))
        print("%-40s%s" % (name, note))
    if not argv:
        wanted = set(known)
        for entry in sorted(os.listdir(EXPECTED)):
            stem, dot, ext = entry.rpartition(".")
            if ext in ("out", "err", "code") and stem not in wanted:
                print("removing orphan", entry)
                os.remove(os.path.join(EXPECTED, entry))
    print("%d case(s) regenerated" % len(names))


if __name__ == "__main__":
    main(sys.argv[1:])
