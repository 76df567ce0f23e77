//! `tote-runtime -c CODE`, which the conformance harness (scripts only) cannot run: its code
//! is named `<string>`, like code `exec` compiles, and CPython 3.11's tracebacks and
//! warnings show no source line for either (linecache does not know `<string>`).

use std::env;
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn tote_runtime_bin() -> PathBuf {
    let runtime = PathBuf::from(env!("CARGO_BIN_EXE_tote"))
        .parent()
        .expect("the tote binary has a parent directory")
        .join(format!("tote-runtime{}", env::consts::EXE_SUFFIX));
    assert!(
        runtime.is_file(),
        "tote-runtime not found at {}: build it first (`cargo build -p tote-runtime`)",
        runtime.display()
    );
    runtime
}

fn run_c(code: &str) -> Output {
    Command::new(tote_runtime_bin())
        .arg("-c")
        .arg(code)
        .env_remove("PYTHONPATH")
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
