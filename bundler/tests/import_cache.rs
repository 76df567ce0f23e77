//! The bytecode cache seen from a running program: with `-X importtime`, the first run of a
//! project compiles its modules and the second compiles none (every import a cache hit); a
//! garbage cache entry is recovered from; two processes importing the same new modules at
//! once both succeed.

mod common;

use common::{tote_runtime_bin, TempDir};

use std::fs;
use std::path::Path;
use std::process::{Command, Output, Stdio};

/// A project of `n` modules in chains of ten: `main.py` imports m0, m10, m20…, and each
/// module imports the next one of its chain.
fn write_chain(dir: &Path, n: usize) {
    for i in 0..n {
        let body = if (i + 1) % 10 != 0 && i + 1 < n {
            format!("import m{}\nVALUE = {}\n", i + 1, i)
        } else {
            format!("VALUE = {}\n", i)
        };
        fs::write(dir.join(format!("m{i}.py")), body).unwrap();
    }
    let mut main = String::new();
    for head in (0..n).step_by(10) {
        main.push_str(&format!("import m{head}\n"));
    }
    main.push_str("import m0 as again\nprint('ok', again.VALUE)\n");
    fs::write(dir.join("main.py"), main).unwrap();
}

fn run(dir: &Path, cache: &Path) -> Output {
    Command::new(tote_runtime_bin())
        .args(["-X", "importtime", "main.py"])
        .current_dir(dir)
        .env("TOTE_CACHE_DIR", cache)
        .output()
        .unwrap()
}

/// The `(cached)`/`(compiled)` markers of the project's modules in an importtime report.
fn markers(out: &Output, n: usize) -> Vec<String> {
    let text = String::from_utf8_lossy(&out.stderr);
    (0..n)
        .map(|i| {
            let name = format!(" m{i} ");
            text.lines()
                .find(|l| l.contains(&name) || l.ends_with(&format!(" m{i}")))
                .and_then(|l| l.rsplit(' ').next())
                .unwrap_or("missing")
                .to_string()
        })
        .collect()
}

#[test]
fn second_run_compiles_nothing() {
    let project = TempDir::new("project");
    let cache = TempDir::new("cache");
    write_chain(&project.0, 200);
    let first = run(&project.0, &cache.0);
    assert_eq!(String::from_utf8_lossy(&first.stdout), "ok 0\n");
    assert!(String::from_utf8_lossy(&first.stderr)
        .starts_with("import time: self [us] | cumulative | imported package\n"));
    assert!(
        markers(&first, 200).iter().all(|m| m == "(compiled)"),
        "{:?}",
        markers(&first, 200)
    );
    let second = run(&project.0, &cache.0);
    assert_eq!(String::from_utf8_lossy(&second.stdout), "ok 0\n");
    assert!(
        markers(&second, 200).iter().all(|m| m == "(cached)"),
        "{:?}",
        markers(&second, 200)
    );
}

#[test]
fn garbage_cache_entries_are_recompiled() {
    let project = TempDir::new("garbage");
    let cache = TempDir::new("garbage-cache");
    write_chain(&project.0, 5);
    assert!(run(&project.0, &cache.0).status.success());
    // Damage every entry: truncate half of them, fill the others with garbage.
    let mut damaged = 0;
    let mut stack = vec![cache.0.clone()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).unwrap().flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().is_some_and(|n| n != "CACHEDIR.TAG") {
                let bytes = fs::read(&p).unwrap();
                let new = if damaged % 2 == 0 {
                    bytes[..bytes.len() / 2].to_vec()
                } else {
                    vec![0xAB; 64]
                };
                fs::write(&p, new).unwrap();
                damaged += 1;
            }
        }
    }
    assert!(damaged >= 5);
    let again = run(&project.0, &cache.0);
    assert_eq!(String::from_utf8_lossy(&again.stdout), "ok 0\n");
    assert!(
        markers(&again, 5).iter().all(|m| m == "(compiled)"),
        "{:?}",
        markers(&again, 5)
    );
    let healed = run(&project.0, &cache.0);
    assert!(
        markers(&healed, 5).iter().all(|m| m == "(cached)"),
        "{:?}",
        markers(&healed, 5)
    );
}

#[test]
fn concurrent_first_imports_both_succeed() {
    let project = TempDir::new("concurrent");
    let cache = TempDir::new("concurrent-cache");
    write_chain(&project.0, 40);
    let spawn = || {
        Command::new(tote_runtime_bin())
            .arg("main.py")
            .current_dir(&project.0)
            .env("TOTE_CACHE_DIR", &cache.0)
            .stdout(Stdio::piped())
            .spawn()
            .unwrap()
    };
    let children: Vec<_> = (0..4).map(|_| spawn()).collect();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8_lossy(&out.stdout), "ok 0\n");
    }
    let after = run(&project.0, &cache.0);
    assert_eq!(String::from_utf8_lossy(&after.stdout), "ok 0\n");
}
