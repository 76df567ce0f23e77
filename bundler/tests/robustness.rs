//! Hostile inputs must never crash tote: for each of them `tote-runtime` (and `tote build`)
//! must end with a non-zero exit code, not be killed by a signal, not panic, and say something on
//! stderr. Where CPython 3.11 has a defined result, the key part of its message is checked too.

mod common;

use common::{tote_bin, tote_runtime_bin, TempDir};
use std::env;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(60);

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

struct Run {
    what: String,
    stdout: String,
    stderr: String,
    status: ExitStatus,
}

impl Run {
    fn context(&self) -> String {
        format!(
            "{}\n  status: {:?}\n  stdout (first 2000 bytes): {}\n  stderr (first 2000 bytes): {}",
            self.what,
            self.status,
            clip(&self.stdout),
            clip(&self.stderr)
        )
    }

    /// Non-zero exit, no signal, no panic, something on stderr.
    fn assert_clean_failure(&self) {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            assert!(
                self.status.signal().is_none(),
                "killed by a signal: {}",
                self.context()
            );
        }
        let code = self.status.code();
        assert!(code.is_some(), "no exit code: {}", self.context());
        assert_ne!(code, Some(0), "exit code 0: {}", self.context());
        assert!(
            !self.stderr.contains("panicked at") && !self.stderr.contains("RUST_BACKTRACE"),
            "Rust panic: {}",
            self.context()
        );
        assert!(
            !self.stderr.trim().is_empty(),
            "nothing on stderr: {}",
            self.context()
        );
    }

    fn assert_stderr_contains(&self, needle: &str) {
        assert!(
            self.stderr.contains(needle),
            "stderr should contain {needle:?}: {}",
            self.context()
        );
    }

    fn assert_code(&self, expected: i32) {
        assert_eq!(
            self.status.code(),
            Some(expected),
            "exit code: {}",
            self.context()
        );
    }
}

fn clip(s: &str) -> String {
    let mut end = s.len().min(2000);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{:?}", &s[..end])
}

fn run(mut cmd: Command, what: String) -> Run {
    let cache = TempDir::new("cache");
    for (key, _) in env::vars_os() {
        if key.to_string_lossy().starts_with("PYTHON") {
            cmd.env_remove(&key);
        }
    }
    cmd.env("PYTHONIOENCODING", "utf-8")
        .env("TOTE_CACHE_DIR", cache.path())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child =
        spawn_retrying_busy(&mut cmd).unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait for child") {
            break status;
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{what}: still running after {TIMEOUT:?}, killed");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    Run {
        what,
        stdout,
        stderr,
        status,
    }
}

/// Starts `cmd`, retrying while the executable is "busy" (ETXTBSY): a damaged executable
/// is written by this process, and a child another test thread forks at that moment holds
/// the file open for writing until it execs. The retry waits that out.
fn spawn_retrying_busy(cmd: &mut Command) -> std::io::Result<std::process::Child> {
    const ETXTBSY: i32 = 26;
    let mut attempts = 0;
    loop {
        match cmd.spawn() {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) && attempts < 50 => {
                attempts += 1;
                thread::sleep(Duration::from_millis(20));
            }
            other => return other,
        }
    }
}

/// `tote-runtime <script>` with cwd = the script's folder.
fn run_script(dir: &Path, script: &str) -> Run {
    let mut cmd = Command::new(tote_runtime_bin());
    cmd.arg(script).current_dir(dir);
    run(cmd, format!("tote-runtime {script}"))
}

/// `tote build <script> -o <dir>/out-exe` with cwd = the script's folder.
fn build(dir: &Path, script: &str) -> (Run, PathBuf) {
    let exe = dir.join(format!("out-exe{}", env::consts::EXE_SUFFIX));
    let mut cmd = Command::new(tote_bin());
    cmd.arg("build")
        .arg(script)
        .arg("-o")
        .arg(&exe)
        .current_dir(dir);
    (run(cmd, format!("tote build {script}")), exe)
}

/// Writes `source` as a script, runs it with `tote-runtime` and builds it with `tote build`;
/// both must fail cleanly. Returns the runtime's result for further checks.
fn hostile(name: &str, source: &[u8]) -> Run {
    let dir = TempDir::new(name);
    let script = format!("{name}.py");
    dir.write(&script, source);
    let r = run_script(dir.path(), &script);
    r.assert_clean_failure();
    let (b, _) = build(dir.path(), &script);
    b.assert_clean_failure();
    r
}

/// Fixed pseudo-random bytes (xorshift64), the same on every run.
fn garbage(len: usize) -> Vec<u8> {
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x >> 24) as u8
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Bad source files
// ---------------------------------------------------------------------------------------------

#[test]
fn binary_garbage() {
    let r = hostile("garbage", &garbage(4096));
    // CPython: "SyntaxError: Non-UTF-8 code starting with '\xe5' in file ..."
    r.assert_stderr_contains("SyntaxError");
}

#[test]
fn truncated_mid_string() {
    let r = hostile("trunc_string", b"def greet(name):\n    return \"hello, ");
    // CPython: "SyntaxError: unterminated string literal (detected at line 2)"
    r.assert_stderr_contains("SyntaxError");
}

#[test]
fn truncated_mid_token() {
    let r = hostile("trunc_token", b"x = [1, 2, 3]\ny = x[1:2] + 0x");
    // CPython: "SyntaxError: invalid hexadecimal literal"
    r.assert_stderr_contains("SyntaxError");
}

#[test]
fn truncated_mid_expression() {
    let r = hostile("trunc_expr", b"def f(a, b):\n    return a +");
    r.assert_stderr_contains("SyntaxError");
}

#[test]
fn invalid_utf8() {
    let r = hostile("bad_utf8", b"print('\xff\xfe')\n");
    // CPython: "SyntaxError: Non-UTF-8 code starting with '\xff' in file ..."
    r.assert_stderr_contains("SyntaxError");
    assert!(r.stdout.is_empty(), "nothing may run: {}", r.context());
}

#[test]
fn nul_byte() {
    let r = hostile("nul", b"print('a')\x00\nprint('b')\n");
    // CPython: "SyntaxError: source code cannot contain null bytes"
    r.assert_stderr_contains("SyntaxError");
    assert!(r.stdout.is_empty(), "nothing may run: {}", r.context());
}

#[test]
fn deeply_nested_parentheses() {
    let src = format!("print({}1{})\n", "(".repeat(5000), ")".repeat(5000));
    let r = hostile("nested_parens", src.as_bytes());
    // CPython: "SyntaxError: too many nested parentheses"
    r.assert_stderr_contains("SyntaxError");
}

#[test]
fn deeply_nested_brackets() {
    let src = format!("print({}{})\n", "[".repeat(5000), "]".repeat(5000));
    let r = hostile("nested_brackets", src.as_bytes());
    // CPython: "SyntaxError: too many nested parentheses"
    r.assert_stderr_contains("SyntaxError");
}

#[test]
fn deeply_nested_unary_minus() {
    let src = format!("print({}1)\n", "-".repeat(5000));
    let r = hostile("nested_minus", src.as_bytes());
    // CPython: "RecursionError: maximum recursion depth exceeded during compilation"
    r.assert_stderr_contains("RecursionError");
}

#[test]
fn hundred_thousand_term_sum() {
    let src = format!("print({})\n", vec!["1"; 100_000].join("+"));
    let r = hostile("long_sum", src.as_bytes());
    // CPython: "RecursionError: maximum recursion depth exceeded during compilation"
    r.assert_stderr_contains("RecursionError");
}

// ---------------------------------------------------------------------------------------------
// Deep recursion at run time
// ---------------------------------------------------------------------------------------------

#[test]
fn recursion_100k_default_limit() {
    let dir = TempDir::new("rec_default");
    dir.write(
        "rec.py",
        b"def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(100000))\n",
    );
    let r = run_script(dir.path(), "rec.py");
    r.assert_clean_failure();
    r.assert_stderr_contains("RecursionError: maximum recursion depth exceeded");
}

#[test]
fn recursion_unbounded_with_raised_limit() {
    let dir = TempDir::new("rec_unbounded");
    dir.write(
        "rec.py",
        b"import sys\nsys.setrecursionlimit(200000)\ndef f(n):\n    return f(n + 1)\nf(0)\n",
    );
    let r = run_script(dir.path(), "rec.py");
    r.assert_clean_failure();
    r.assert_stderr_contains("RecursionError: maximum recursion depth exceeded");
}

#[test]
fn native_recursion_with_raised_limit_is_a_recursion_error() {
    // Recursion through native code (repr calling __repr__, == calling __eq__, a generator
    // resuming a generator) uses the native stack; with a huge limit CPython 3.11 segfaults,
    // tote raises RecursionError before its stack runs out.
    let programs: [&[u8]; 3] = [
        b"class A:\n    def __repr__(self):\n        return repr(self)\nrepr(A())\n",
        b"class A:\n    def __eq__(self, o):\n        return self == o\nA() == A()\n",
        b"def g(n):\n    yield from g(n + 1)\nnext(g(0))\n",
    ];
    for (i, body) in programs.iter().enumerate() {
        let dir = TempDir::new(&format!("native_rec_{i}"));
        let mut source = b"import sys\nsys.setrecursionlimit(10 ** 7)\n".to_vec();
        source.extend_from_slice(body);
        dir.write("rec.py", &source);
        let r = run_script(dir.path(), "rec.py");
        r.assert_clean_failure();
        r.assert_stderr_contains("RecursionError: maximum recursion depth exceeded");
    }
}

#[test]
fn recursion_100k_with_raised_limit_succeeds() {
    // CPython 3.11 runs this to completion and prints 100000: Python-to-Python calls do not
    // use the C stack, and tote's frames do not use the Rust stack either.
    let dir = TempDir::new("rec_raised");
    dir.write(
        "rec.py",
        b"import sys\nsys.setrecursionlimit(200000)\n\
          def f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\nprint(f(100000))\n",
    );
    let r = run_script(dir.path(), "rec.py");
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        assert!(
            r.status.signal().is_none(),
            "killed by a signal: {}",
            r.context()
        );
    }
    assert!(
        !r.stderr.contains("panicked at"),
        "Rust panic: {}",
        r.context()
    );
    r.assert_code(0);
    assert_eq!(r.stdout, "100000\n", "{}", r.context());
}

// ---------------------------------------------------------------------------------------------
// Bad command lines
// ---------------------------------------------------------------------------------------------

#[test]
fn nonexistent_script() {
    let dir = TempDir::new("missing");
    let r = run_script(dir.path(), "no_such_script.py");
    r.assert_clean_failure();
    // CPython: "python3: can't open file '/…/no_such_script.py': [Errno 2] No such file or
    // directory", exit code 2.
    r.assert_code(2);
    r.assert_stderr_contains("No such file or directory");
    let (b, _) = build(dir.path(), "no_such_script.py");
    b.assert_clean_failure();
}

#[test]
fn directory_as_script() {
    let dir = TempDir::new("dir_script");
    fs::create_dir_all(dir.path().join("pkgdir")).expect("create a directory");
    let r = run_script(dir.path(), "pkgdir");
    r.assert_clean_failure();
    // CPython: "python3: can't find '__main__' module in '/…/pkgdir'", exit code 1.
    r.assert_stderr_contains("__main__");
    let (b, _) = build(dir.path(), "pkgdir");
    b.assert_clean_failure();
}

#[test]
fn unknown_option() {
    let mut cmd = Command::new(tote_runtime_bin());
    cmd.arg("--frobnicate");
    let r = run(cmd, "tote-runtime --frobnicate".to_string());
    r.assert_clean_failure();
    // CPython: "unknown option --frobnicate" plus usage, exit code 2.
    r.assert_code(2);
}

// ---------------------------------------------------------------------------------------------
// Damaged bundles
// ---------------------------------------------------------------------------------------------

/// A hello-world program with a large, incompressible string constant, so that the payload of
/// its bundle is much larger than any fixed-size trailer.
fn hello_source() -> Vec<u8> {
    let filler: String = garbage(6000).iter().map(|b| format!("{b:02x}")).collect();
    format!("FILLER = \"{filler}\"\nprint(\"hello\", len(FILLER))\n").into_bytes()
}

/// Builds the hello program and returns (temp dir, executable bytes, payload start).
fn built_hello() -> (TempDir, Vec<u8>, usize) {
    let dir = TempDir::new("hello");
    dir.write("hello.py", &hello_source());
    let (b, exe) = build(dir.path(), "hello.py");
    assert_eq!(
        b.status.code(),
        Some(0),
        "tote build of a hello program failed: {}",
        b.context()
    );
    assert!(
        exe.is_file(),
        "tote build exited 0 but wrote no executable at {}",
        exe.display()
    );
    let bytes =
        fs::read(&exe).unwrap_or_else(|e| panic!("cannot read built {}: {e}", exe.display()));
    // The executable is the runtime followed by the payload and trailer: the payload starts
    // where it stops matching the runtime binary.
    let runtime = fs::read(tote_runtime_bin()).expect("read tote-runtime");
    let start = bytes
        .iter()
        .zip(runtime.iter())
        .take_while(|(a, b)| a == b)
        .count();
    assert!(
        bytes.len() > start,
        "the built executable carries no payload after the runtime ({} bytes vs {} bytes)",
        bytes.len(),
        runtime.len()
    );
    // Sanity: the undamaged executable works.
    let run_dir = TempDir::new("hello_run");
    let mut cmd = Command::new(&exe);
    cmd.current_dir(run_dir.path());
    let r = run(cmd, "undamaged hello executable".to_string());
    assert_eq!(r.status.code(), Some(0), "{}", r.context());
    assert_eq!(r.stdout, "hello 12000\n", "{}", r.context());
    (dir, bytes, start)
}

fn run_damaged(dir: &TempDir, name: &str, bytes: &[u8]) -> Run {
    let path = dir.write(name, bytes);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        fs::set_permissions(&path, fs::Permissions::from_mode(0o755)).expect("chmod +x");
    }
    let run_dir = TempDir::new("damaged_run");
    let mut cmd = Command::new(&path);
    cmd.current_dir(run_dir.path());
    run(cmd, format!("damaged executable {name}"))
}

#[test]
fn bundle_with_flipped_payload_byte() {
    let (dir, mut bytes, start) = built_hello();
    let middle = start + (bytes.len() - start) / 2;
    bytes[middle] ^= 0x5A;
    let r = run_damaged(&dir, "flipped-exe", &bytes);
    r.assert_clean_failure();
    assert!(
        !r.stdout.contains("hello"),
        "user code ran from a damaged executable: {}",
        r.context()
    );
}

#[test]
fn bundle_truncated_by_ten_bytes() {
    let (dir, bytes, _) = built_hello();
    let r = run_damaged(&dir, "truncated-exe", &bytes[..bytes.len() - 10]);
    r.assert_clean_failure();
    assert!(
        !r.stdout.contains("hello"),
        "user code ran from a truncated executable: {}",
        r.context()
    );
}

#[test]
fn garbage_is_deterministic() {
    assert_eq!(garbage(4096), garbage(4096));
    assert_eq!(&garbage(3)[..], &[0x0b, 0x02, 0xe5]);
}
