//! The options of `tote-runtime` that the conformance harness (a script, no options) cannot
//! exercise: `-c CODE`, whose code is named `<string>` like code `exec` compiles (CPython
//! 3.11's tracebacks and warnings show no source line for either: linecache does not know
//! `<string>`), the warning options `-W` and `$PYTHONWARNINGS` (`sys.warnoptions`), and
//! reading a standard input that has data (the harness gives every case an empty one).

mod common;

use common::tote_runtime_bin;
use std::env;
use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run_c(code: &str) -> Output {
    run_with(&[], &[], code)
}

/// `tote-runtime OPTIONS -c CODE` with `env` set (and no other PYTHON* variables).
fn run_with(options: &[&str], env: &[(&str, &str)], code: &str) -> Output {
    let mut cmd = Command::new(tote_runtime_bin());
    for (key, _) in env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&key);
        }
    }
    cmd.envs(env.iter().copied())
        .args(options)
        .arg("-c")
        .arg(code)
        .current_dir(env::temp_dir())
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run tote-runtime -c: {e}"))
}

#[test]
fn traceback_shows_no_source_lines_of_string_code() {
    let out = run_c("def f():\n    exec('y = 2\\n1/0')\nf()\n");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  \
         File \"<string>\", line 3, in <module>\n  \
         File \"<string>\", line 2, in f\n  \
         File \"<string>\", line 2, in <module>\n\
         ZeroDivisionError: division by zero\n"
    );
}

#[test]
fn syntax_warning_shows_no_source_line_but_syntax_error_does() {
    let out = run_c("x = 1 is 1\nprint(x)");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "<string>:1: SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "True\n");
    // A SyntaxError carries its own text: that line is shown.
    let out = run_c("1 +");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "  File \"<string>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n"
    );
}

const TRUNC_DELEGATION: &str = "class B:\n    def __trunc__(self):\n        return 3\n\
                                import sys\nprint(sys.warnoptions)\nprint(int(B()))\n";

#[test]
fn dash_w_error_makes_a_runtime_warning_an_exception() {
    let out = run_with(&["-W", "error::DeprecationWarning"], &[], TRUNC_DELEGATION);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['error::DeprecationWarning']\n"
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  \
         File \"<string>\", line 6, in <module>\n\
         DeprecationWarning: The delegation of int() to __trunc__ is deprecated.\n"
    );
}

#[test]
fn pythonwarnings_comes_before_dash_w_which_wins() {
    let out = run_with(
        &["-Wignore::DeprecationWarning"],
        &[("PYTHONWARNINGS", "error,, default ")],
        TRUNC_DELEGATION,
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "['error', ' default ', 'ignore::DeprecationWarning']\n3\n"
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn invalid_warning_options_are_reported_and_ignored() {
    let out = run_with(
        &[
            "-W",
            "bogus",
            "-W",
            "error::NoSuch",
            "-W",
            "error:::m:x",
            "-W",
            "a:b:c:d:e:f",
        ],
        &[],
        "print('ran')",
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ran\n");
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Invalid -W option ignored: invalid action: 'bogus'\n\
         Invalid -W option ignored: unknown warning category: 'NoSuch'\n\
         Invalid -W option ignored: invalid lineno 'x'\n\
         Invalid -W option ignored: too many fields (max 5): 'a:b:c:d:e:f'\n"
    );
}

/// `tote-runtime -c CODE` reading `input` on its standard input.
fn run_with_stdin(code: &str, input: &[u8]) -> Output {
    let mut child = Command::new(tote_runtime_bin())
        .arg("-c")
        .arg(code)
        .current_dir(env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run tote-runtime -c: {e}"));
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(input).expect("write to stdin");
    }
    child.wait_with_output().expect("wait for tote-runtime")
}

#[test]
fn stdin_keeps_carriage_returns_as_cpython_on_posix() {
    // CPython opens sys.stdin with newline='\n' on POSIX: "\r\n" keeps its "\r", a lone
    // "\r" ends no line, and input() strips only the "\n".
    let out = run_with_stdin(
        "import sys\nprint(repr(input()))\nprint(repr(sys.stdin.readline()))\n\
         print(sys.stdin.readlines(), sys.stdin.newlines)\n",
        b"first\r\nsecond\n\rthird\rfourth\r\nlast",
    );
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "'first\\r'\n'second\\n'\n['\\rthird\\rfourth\\r\\n', 'last'] None\n"
    );
}

#[test]
fn stdout_redirected_to_a_file_tells_and_seeks_as_the_file() {
    // CPython's sys.stdout.buffer on a regular file is seekable; on a pipe tell() is
    // OSError ESPIPE (the harness gives every case a pipe, so only a file shows the first).
    let path = env::temp_dir().join(format!("tote-stdout-tell-{}.txt", std::process::id()));
    let file = std::fs::File::create(&path).expect("create the output file");
    let out = Command::new(tote_runtime_bin())
        .arg("-c")
        .arg(
            "import sys\nsys.stdout.write('abc')\n\
             print(sys.stdout.buffer.tell(), sys.stdout.seekable(), file=sys.stderr)\n\
             sys.stdout.buffer.seek(1)\nsys.stdout.write('X')\n",
        )
        .current_dir(env::temp_dir())
        .stdin(Stdio::null())
        .stdout(Stdio::from(file))
        .output()
        .unwrap_or_else(|e| panic!("cannot run tote-runtime -c: {e}"));
    let written = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    assert_eq!(String::from_utf8_lossy(&out.stderr), "3 True\n");
    assert_eq!(written, "aXc");
    // Through a pipe, as the harness runs cases, tell() refuses.
    let piped = run_c("import sys\ntry:\n    sys.stdout.buffer.tell()\nexcept OSError as e:\n    print(e.errno == 29)\n");
    assert_eq!(String::from_utf8_lossy(&piped.stdout), "True\n");
}
