//! How a program that ends with an uncaught KeyboardInterrupt leaves the process: like
//! CPython 3.11, `tote-runtime` and a bundled executable print the traceback, run the
//! `atexit` functions, and then kill themselves with SIGINT (a shell sees status 130). A
//! conformance case cannot express a death by signal, so it is checked here, beside the
//! cases that must keep an ordinary exit status.

#![cfg(unix)]

mod common;

use common::{tote_bin, tote_runtime_bin, TempDir};
use std::env;
use std::fs;
use std::os::unix::process::ExitStatusExt;

use std::process::{Command, Output, Stdio};

const SIGINT: i32 = 2;

fn output_of(cmd: &mut Command) -> Output {
    cmd.env(
        "TOTE_CACHE_DIR",
        env::temp_dir().join("tote-exit-signal-cache"),
    )
    .env_remove("PYTHONPATH")
    .stdin(Stdio::null())
    .output()
    .unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

/// Runs `source` with `tote-runtime script.py` and as a bundled executable; returns both
/// outputs.
fn run_both_ways(label: &str, source: &str) -> Vec<(String, Output)> {
    let dir = TempDir::new(label);
    let script = dir.path().join("script.py");
    fs::write(&script, source).expect("write the script");
    let direct = output_of(
        Command::new(tote_runtime_bin())
            .arg("script.py")
            .current_dir(dir.path()),
    );
    let exe = dir.path().join("script-exe");
    let built = output_of(
        Command::new(tote_bin())
            .arg("build")
            .arg("script.py")
            .arg("-o")
            .arg(&exe)
            .current_dir(dir.path()),
    );
    assert!(
        built.status.success(),
        "tote build failed: {}",
        String::from_utf8_lossy(&built.stderr)
    );
    let bundled = output_of(Command::new(&exe).current_dir(dir.path()));
    vec![
        ("tote-runtime".to_string(), direct),
        ("bundled".to_string(), bundled),
    ]
}

#[test]
fn uncaught_keyboard_interrupt_kills_with_sigint() {
    let source = "import atexit\n\
                  atexit.register(print, 'atexit ran')\n\
                  print('before')\n\
                  def f():\n    raise KeyboardInterrupt('stop')\n\
                  f()\n";
    for (how, out) in run_both_ways("plain", source) {
        let stdout = String::from_utf8_lossy(&out.stdout);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.signal(),
            Some(SIGINT),
            "{how}: expected death by SIGINT, got {:?}; stderr: {stderr}",
            out.status
        );
        assert_eq!(stdout, "before\natexit ran\n", "{how}: stdout");
        assert!(
            stderr.starts_with("Traceback (most recent call last):\n")
                && stderr.ends_with("KeyboardInterrupt: stop\n"),
            "{how}: the traceback is printed first; stderr: {stderr}"
        );
    }
}

#[test]
fn keyboard_interrupt_with_a_hook_still_kills_with_sigint() {
    let source = "import sys\n\
                  sys.excepthook = lambda *a: print('hook', a[0].__name__)\n\
                  raise KeyboardInterrupt\n";
    for (how, out) in run_both_ways("hook", source) {
        assert_eq!(out.status.signal(), Some(SIGINT), "{how}: {:?}", out.status);
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            "hook KeyboardInterrupt\n",
            "{how}"
        );
    }
}

#[test]
fn other_endings_keep_their_exit_status() {
    // CPython compares the exact class: a subclass, or an exception raised from a
    // KeyboardInterrupt, is an ordinary uncaught exception (status 1).
    let cases = [
        ("subclass", "class K(KeyboardInterrupt): pass\nraise K\n", 1),
        (
            "chained",
            "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt as e:\n    raise ValueError from e\n",
            1,
        ),
        ("exit130", "import sys\nsys.exit(130)\n", 130),
        ("caught", "try:\n    raise KeyboardInterrupt\nexcept KeyboardInterrupt:\n    pass\n", 0),
    ];
    for (label, source, code) in cases {
        for (how, out) in run_both_ways(label, source) {
            assert_eq!(out.status.signal(), None, "{label} {how}: {:?}", out.status);
            assert_eq!(out.status.code(), Some(code), "{label} {how}");
        }
    }
}

#[test]
fn dash_c_keyboard_interrupt_kills_with_sigint() {
    let out = output_of(
        Command::new(tote_runtime_bin())
            .arg("-c")
            .arg("raise KeyboardInterrupt"),
    );
    assert_eq!(out.status.signal(), Some(SIGINT), "{:?}", out.status);
    assert!(String::from_utf8_lossy(&out.stderr).ends_with("\nKeyboardInterrupt\n"));
}
