#!/usr/bin/env python3
"""Run every corpus program under python3 and under tote-runtime, side by side, and report
where they differ (stdout, stderr, exit code), live — not against the checked-in outputs.

Usage: python3 tests/differential.py [--tote-runtime PATH] [NAME ...]

Exit status: 0 when every program behaves the same, 1 when any differs, 2 on bad usage.
It shares case discovery and output normalisation with regen.py.
"""
import argparse
import difflib
import os
import subprocess
import sys

import regen

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RUNTIME = os.path.join(os.path.dirname(HERE), "target", "release", "tote-runtime")


def run(cmd, cwd, env):
    try:
        proc = subprocess.run(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                              capture_output=True, timeout=regen.TIMEOUT)
    except subprocess.TimeoutExpired:
        return ("", "timed out after %ds\n" % regen.TIMEOUT, None)
    out = regen.normalise(proc.stdout.decode("utf-8", "replace"), cwd)
    err = regen.normalise(proc.stderr.decode("utf-8", "replace"), cwd)
    return (out, err, proc.returncode)


def compare(name, runtime, env):
    cwd, script = regen.case_location(name)
    py = run([sys.executable, script], cwd, env)
    tote = run([runtime, script], cwd, env)
    report = []
    for label, a, b in (("stdout", py[0], tote[0]), ("stderr", py[1], tote[1])):
        if a != b:
            diff = difflib.unified_diff(a.splitlines(), b.splitlines(), "python3", "tote",
                                        lineterm="", n=1)
            report.append("  %s differs:\n" % label + "\n".join("    " + l for l in diff))
    if py[2] != tote[2]:
        report.append("  exit code: python3 %s, tote %s" % (py[2], tote[2]))
    return report


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tote-runtime", default=DEFAULT_RUNTIME)
    parser.add_argument("names", nargs="*")
    opts = parser.parse_args()
    if sys.version_info[:2] != (3, 11):
        print("differential.py compares with CPython 3.11; this is %d.%d" % sys.version_info[:2])
        return 2
    if not os.path.isfile(opts.tote_runtime):
        print("no tote-runtime at %s (cargo build --release first)" % opts.tote_runtime)
        return 2
    names = opts.names or regen.all_cases()
    env = regen.child_env()
    env["TOTE_NO_CACHE"] = "1"
    differing = 0
    for name in names:
        report = compare(name, opts.tote_runtime, env)
        if report:
            differing += 1
            print("DIFF %s\n%s" % (name, "\n".join(report)))
    print("%d programs compared, %d differ" % (len(names), differing))
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
