//! Debugging and robustness aids for the compiler, run by hand (`--ignored`) on files named
//! by environment variables: disassembly, error and position dumps, compiling a corpus, and
//! compiling mutated sources without panicking.

use super::tests::{all_codes, on_big_stack};
use super::*;

/// Prints the disassembly of the file named by $TOTE_DIS (a debugging aid).
#[test]
#[ignore]
fn dump_dis() {
    let Ok(path) = std::env::var("TOTE_DIS") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap();
    match compile(&src, &path, Mode::Exec) {
        Ok(code) => println!("{}", crate::dis::disassemble(&code)),
        Err(e) => println!("ERROR {:?}", e),
    }
}

/// Prints the compile error of each `====`-separated case in $TOTE_ERRS (a debugging aid).
#[test]
#[ignore]
fn dump_errors() {
    let Ok(path) = std::env::var("TOTE_ERRS") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap();
    for case in src.split("\n====\n") {
        let case = case.to_string();
        let shown = case.clone();
        match on_big_stack(move || compile(&case, "f.py", Mode::Exec)) {
            Ok(_) => println!("{:?} => ok", shown),
            Err(e) => println!(
                "{:?} => {:?} {:?} {} {} {} {} {:?}",
                shown, e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text
            ),
        }
    }
}

/// Every `.py` file below `root`, sorted (for the aids below).
fn py_files_under(root: &str) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut dirs = vec![std::path::PathBuf::from(root)];
    while let Some(d) = dirs.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                dirs.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Compiles every `.py` file under $TOTE_CORPUS and reports failures (a robustness aid).
#[test]
#[ignore]
fn compile_corpus() {
    let Ok(root) = std::env::var("TOTE_CORPUS") else {
        return;
    };
    let files = py_files_under(&root);
    let (mut good, mut bad) = (0, 0);
    for p in files {
        let Ok(src) = std::fs::read_to_string(&p) else {
            continue;
        };
        let name = p.display().to_string();
        let r = on_big_stack(move || compile(&src, "x.py", Mode::Exec));
        match r {
            Ok(_) => good += 1,
            Err(e) => {
                bad += 1;
                println!("{name}: {:?} {} line {}", e.kind, e.msg, e.lineno);
            }
        }
    }
    println!("ok {good} failed {bad}");
}

/// Prints `OPNAME line col end_line end_col` for every instruction of $TOTE_POS (an aid for
/// comparing locations with CPython's `co_positions()`).
#[test]
#[ignore]
fn dump_positions() {
    let Ok(path) = std::env::var("TOTE_POS") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap();
    let code = compile(&src, &path, Mode::Exec).unwrap();
    for c in all_codes(&code) {
        for (i, l) in c.instructions.iter().zip(&c.locations) {
            println!(
                "{} {} {} {} {}",
                i.op.name(),
                l.line,
                l.col,
                l.end_line,
                l.end_col
            );
        }
    }
}

/// Compiles mutated versions (truncated, characters dropped or duplicated) of the `.py` files
/// under $TOTE_FUZZ and fails on any panic (a robustness aid).
#[test]
#[ignore]
fn fuzz_mutations() {
    let Ok(root) = std::env::var("TOTE_FUZZ") else {
        return;
    };
    let files = py_files_under(&root);
    let mut seed: u64 = 0x9e3779b97f4a7c15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let mut cases = 0;
    for p in files.iter().take(300) {
        let Ok(src) = std::fs::read_to_string(p) else {
            continue;
        };
        let chars: Vec<char> = src.chars().collect();
        if chars.is_empty() {
            continue;
        }
        for _ in 0..20 {
            let n = chars.len();
            let a = (next() as usize) % n;
            let b = (a + (next() as usize) % 40).min(n);
            let mutated: String = match next() % 3 {
                0 => chars[..a].iter().collect(),
                1 => chars[..a].iter().chain(chars[b..].iter()).collect(),
                _ => chars[..b].iter().chain(chars[a..].iter()).collect(),
            };
            let shown = mutated.clone();
            if let Err(e) = on_big_stack(move || compile(&mutated, "m.py", Mode::Exec)) {
                assert!(!e.msg.starts_with("internal"), "{} for {:?}", e.msg, shown);
            }
            cases += 1;
        }
    }
    println!("{cases} mutated sources compiled without panicking");
}
