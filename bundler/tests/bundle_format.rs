//! The `tote` command line from the outside: exit codes, messages and the output of the
//! commands that need no compiler (`graph`, `tokens`, `ast`, `cache`), plus the parts of
//! `build` that fail before compiling.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A scratch folder with files, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(files: &[(&str, &[u8])]) -> Scratch {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("tote-cli-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).unwrap();
        for (path, contents) in files {
            let full = root.join(path);
            std::fs::create_dir_all(full.parent().unwrap()).unwrap();
            std::fs::write(full, contents).unwrap();
        }
        Scratch(root)
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.0.join(rel)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// Runs `tote` in `dir` with a private cache folder.
fn tote(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tote"))
        .args(args)
        .current_dir(dir)
        .env("TOTE_CACHE_DIR", dir.join(".cache"))
        .env_remove("TOTE_NO_CACHE")
        .env_remove("TOTE_RUNTIME")
        .output()
        .unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

const PROJECT: &[(&str, &[u8])] = &[
    (
        "app.py",
        b"import sys\nfrom pkg import util\ntry:\n    import speedups\nexcept ImportError:\n    speedups = None\n",
    ),
    ("pkg/__init__.py", b""),
    ("pkg/util.py", b"from . import helpers\nimport json\n"),
    ("pkg/helpers.py", b"def help():\n    return 42\n"),
];

#[test]
fn version_and_help() {
    let dir = Scratch::new(&[]);
    let output = tote(&dir.0, &["--version"]);
    assert!(output.status.success());
    assert_eq!(
        stdout(&output).trim(),
        format!("tote {}", env!("CARGO_PKG_VERSION"))
    );
    let output = tote(&dir.0, &["-h"]);
    assert!(output.status.success());
    for command in ["build", "graph", "tokens", "ast", "dis", "cache"] {
        assert!(stdout(&output).contains(command), "help lists {command}");
    }
    let output = tote(&dir.0, &["build", "--help"]);
    for flag in [
        "--output",
        "--include",
        "--exclude",
        "--path",
        "--runtime",
        "--no-source",
    ] {
        assert!(stdout(&output).contains(flag), "build help lists {flag}");
    }
}

#[test]
fn usage_errors_exit_with_2() {
    let dir = Scratch::new(&[("app.py", b"")]);
    for args in [
        &[][..],
        &["frobnicate"],
        &["build", "app.py"],
        &["build", "-o", "out"],
        &["build", "app.py", "-o", "out", "--include", "not-a-module"],
        &["tokens"],
        &["cache", "burn"],
    ] {
        let output = tote(&dir.0, args);
        assert_eq!(output.status.code(), Some(2), "tote {args:?}");
        let text = stderr(&output);
        let explained = text.starts_with("error: ") || text.contains("Usage: tote");
        assert!(explained, "tote {args:?}: {text}");
    }
}

#[test]
fn failures_exit_with_1_and_say_why() {
    let dir = Scratch::new(&[("bad.py", b"x = 1\n\xff\xfe\n"), ("folder/empty.txt", b"")]);
    let cases: &[(&[&str], &str)] = &[
        (
            &["graph", "missing.py"],
            "tote: error: cannot read 'missing.py': no such file\n",
        ),
        (
            &["graph", "folder"],
            "tote: error: 'folder' is a directory without a __main__.py; name the entry script\n",
        ),
        (
            &["tokens", "folder"],
            "tote: error: 'folder' is a directory, not a Python file\n",
        ),
        (
            &["ast", "bad.py"],
            "tote: error: 'bad.py': SyntaxError: Non-UTF-8 code starting with '\\xff' in file \
             bad.py on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ \
             for details\n",
        ),
        (
            &["dis", "nope.py"],
            "tote: error: cannot read 'nope.py': No such file or directory",
        ),
    ];
    for (args, expected) in cases {
        let output = tote(&dir.0, args);
        assert_eq!(output.status.code(), Some(1), "tote {args:?}");
        assert!(
            stderr(&output).starts_with(expected),
            "tote {args:?}: {}",
            stderr(&output)
        );
        assert!(!stderr(&output).contains("panicked"));
    }
}

#[test]
fn graph_lists_modules_and_imports() {
    let dir = Scratch::new(PROJECT);
    let output = tote(&dir.0, &["graph", "app.py"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = "\
modules:
  __main__     app.py
  pkg          pkg/__init__.py  (package)
  pkg.helpers  pkg/helpers.py
  pkg.util     pkg/util.py
runtime (standard library):
  json
  sys
imports:
  __main__ -> pkg
  __main__ -> pkg.util
  __main__ -> sys
  pkg.util -> json
  pkg.util -> pkg
  pkg.util -> pkg.helpers
";
    assert_eq!(stdout(&output), expected);
    assert_eq!(
        stderr(&output),
        "tote: warning: module 'speedups' not found (imported by app); leaving it out (optional \
         import)\n"
    );
    let quiet = tote(&dir.0, &["graph", "-q", "app.py"]);
    assert_eq!(stderr(&quiet), "");
}

#[test]
fn graph_reports_missing_modules_with_their_chain() {
    let dir = Scratch::new(&[
        ("app.py", b"import pkg.util\n"),
        ("pkg/__init__.py", b""),
        ("pkg/util.py", b"def later():\n    import foo\n"),
    ]);
    let output = tote(&dir.0, &["graph", "app.py"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "tote: error: module 'foo' not found (imported by app -> pkg.util)\n"
    );
    assert_eq!(stdout(&output), "");

    let output = tote(&dir.0, &["graph", "app.py", "--exclude", "foo"]);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn syntax_errors_print_like_cpython() {
    let dir = Scratch::new(&[
        ("app.py", b"import pkg.mod\n"),
        ("pkg/__init__.py", b""),
        ("pkg/mod.py", b"x = 1\ndef f(:\n"),
    ]);
    let output = tote(&dir.0, &["graph", "app.py"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    assert!(text.starts_with("  File \"pkg/mod.py\", line "), "{text}");
    assert!(
        text.lines()
            .last()
            .is_some_and(|l| l.starts_with("SyntaxError: ")),
        "{text}"
    );
}

#[test]
fn tokens_are_listed_one_per_line() {
    let dir = Scratch::new(&[("t.py", b"if x:\n    y = 'a'  # note\n")]);
    let output = tote(&dir.0, &["tokens", "t.py"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = "\
1:0-1:2              NAME           'if'
1:3-1:4              NAME           'x'
1:4-1:5              OP             ':'
1:5-1:6              NEWLINE        '\\n'
2:0-2:4              INDENT         '    '
2:4-2:5              NAME           'y'
2:6-2:7              OP             '='
2:8-2:11             STRING         \"'a'\"
2:13-2:19            COMMENT        '# note'
2:19-2:20            NEWLINE        '\\n'
3:0-3:0              DEDENT         ''
3:0-3:0              ENDMARKER      ''
";
    assert_eq!(stdout(&output), expected);
}

#[test]
fn ast_is_an_indented_tree() {
    let dir = Scratch::new(&[("t.py", b"from . import x\nprint(-1)\n")]);
    let output = tote(&dir.0, &["ast", "t.py"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let expected = "\
ModModule  1:0-3:0
  StmtImportFrom level=1  1:0-1:15
    Alias  1:14-1:15
      Identifier 'x'  1:14-1:15
  StmtExpr  2:0-2:9
    ExprCall  2:0-2:9
      ExprName 'print' Load  2:0-2:5
      Arguments  2:5-2:9
        ExprUnaryOp  2:6-2:8
          USub
          ExprNumberLiteral 1  2:7-2:8
";
    assert_eq!(stdout(&output), expected);
}

#[test]
fn cache_stats_and_clean() {
    let dir = Scratch::new(&[]);
    let shard = dir.path(".cache/ab");
    std::fs::create_dir_all(&shard).unwrap();
    std::fs::write(shard.join(format!("ab{}.tbc", "0".repeat(62))), [0u8; 100]).unwrap();
    let output = tote(&dir.0, &["cache", "stats"]);
    assert!(output.status.success());
    let text = stdout(&output);
    assert!(
        text.contains(&format!("cache folder: {}", dir.path(".cache").display())),
        "{text}"
    );
    assert!(
        text.contains("entries: 1\nsize: 100 B (100 bytes)\n"),
        "{text}"
    );
    let output = tote(&dir.0, &["cache", "clean"]);
    assert!(output.status.success());
    assert!(stdout(&output).starts_with("removed 1 entries from "));
    assert!(stdout(&tote(&dir.0, &["cache", "stats"])).contains("entries: 0\n"));
}

#[test]
fn build_needs_a_runtime_binary() {
    let dir = Scratch::new(PROJECT);
    let output = tote(
        &dir.0,
        &[
            "build",
            "app.py",
            "-o",
            "app",
            "--runtime",
            "no-such-runtime",
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).starts_with("tote: error: runtime binary not found: 'no-such-runtime'"));
    assert!(!dir.path("app").exists());
}

#[test]
fn build_takes_the_runtime_from_the_environment() {
    let dir = Scratch::new(PROJECT);
    let output = Command::new(env!("CARGO_BIN_EXE_tote"))
        .args(["build", "app.py", "-o", "app"])
        .current_dir(&dir.0)
        .env("TOTE_RUNTIME", "elsewhere/tote-runtime")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let expected = "tote: error: runtime binary not found: 'elsewhere/tote-runtime' (TOTE_RUNTIME)";
    assert!(stderr(&output).starts_with(expected), "{}", stderr(&output));
}

#[test]
fn build_reports_missing_modules_before_anything_else() {
    let dir = Scratch::new(&[("app.py", b"import nowhere\n"), ("rt", b"runtime")]);
    let output = tote(&dir.0, &["build", "app.py", "-o", "app", "--runtime", "rt"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "tote: error: module 'nowhere' not found (imported by app)\n"
    );
    assert!(!dir.path("app").exists());
}

#[test]
fn build_refuses_an_output_that_is_a_folder() {
    let dir = Scratch::new(&[
        ("app.py", b"x = 1\n"),
        ("rt", b"runtime"),
        ("out/keep", b""),
    ]);
    let output = tote(&dir.0, &["build", "app.py", "-o", "out", "--runtime", "rt"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        stderr(&output),
        "tote: error: cannot write 'out': it is a directory\n"
    );
}

/// The whole way: build a two-module program onto the real runtime, move it away from its
/// sources and run it.
#[test]
fn a_built_program_runs_alone() {
    let dir = Scratch::new(&[
        ("app.py", b"from greet import hello\nhello()\n"),
        (
            "greet.py",
            b"def hello():\n    print('hello from a bundle')\n",
        ),
    ]);
    let build = tote(&dir.0, &["build", "app.py", "-o", "app"]);
    assert!(build.status.success(), "{}", stderr(&build));
    let first = std::fs::read(dir.path("app")).unwrap();
    let again = tote(&dir.0, &["build", "app.py", "-o", "app2", "-q"]);
    assert!(again.status.success() && stderr(&again).is_empty());
    assert_eq!(
        first,
        std::fs::read(dir.path("app2")).unwrap(),
        "reproducible"
    );
    let elsewhere = std::env::temp_dir();
    let run = Command::new(dir.path("app"))
        .current_dir(elsewhere)
        .output()
        .unwrap();
    assert!(run.status.success(), "{}", stderr(&run));
    assert_eq!(stdout(&run), "hello from a bundle\n");
}
