//! Tests of the compiler's errors: the messages and positions of the syntax errors found by
//! the symbol table, code generation, `except*`, `async`, patterns, escapes and the parser
//! (expected values from CPython 3.11), and the limits on nesting, indentation and
//! statically nested blocks.

use super::tests::{err, ok};
use super::*;

fn check(src: &str, kind: CompileErrorKind, msg: &str, pos: (u32, u32, u32, i64)) {
    let e = err(src);
    assert_eq!((e.kind, e.msg.as_str()), (kind, msg), "for {src:?}");
    assert_eq!(
        (e.lineno, e.offset, e.end_lineno, e.end_offset),
        pos,
        "position for {src:?}"
    );
}

use CompileErrorKind::{IndentationError as IE, SyntaxError as SE};

#[test]
fn symtable_errors_match_cpython() {
    check(
        "def f():\n    x = 1\n    global x",
        SE,
        "name 'x' is assigned to before global declaration",
        (3, 5, 3, 13),
    );
    check(
        "def f():\n    print(x)\n    global x",
        SE,
        "name 'x' is used prior to global declaration",
        (3, 5, 3, 13),
    );
    check(
        "nonlocal x",
        SE,
        "nonlocal declaration not allowed at module level",
        (1, 1, 1, 11),
    );
    check(
        "def f():\n    nonlocal x",
        SE,
        "no binding for nonlocal 'x' found",
        (2, 5, 2, 15),
    );
    check(
        "def f(x):\n    global x",
        SE,
        "name 'x' is parameter and global",
        (2, 5, 2, 13),
    );
    check(
        "def f(x):\n    nonlocal x",
        SE,
        "name 'x' is parameter and nonlocal",
        (2, 5, 2, 15),
    );
    check(
        "def g():\n    x = 1\n    def f():\n        global x\n        nonlocal x",
        SE,
        "name 'x' is nonlocal and global",
        (4, 9, 4, 17),
    );
    check(
        "class C:\n    [y := 1 for i in range(3)]",
        SE,
        "assignment expression within a comprehension cannot be used in a class body",
        (2, 6, 2, 7),
    );
    check(
        "def f():\n    [i := 1 for i in range(3)]",
        SE,
        "assignment expression cannot rebind comprehension iteration variable 'i'",
        (2, 6, 2, 7),
    );
    check(
        "[(yield 1) for x in y]",
        SE,
        "'yield' inside list comprehension",
        (1, 3, 1, 10),
    );
    check(
        "def f(a, a): pass",
        SE,
        "duplicate argument 'a' in function definition",
        (1, 10, 1, 11),
    );
    check(
        "lambda a, a: 1",
        SE,
        "duplicate argument 'a' in function definition",
        (1, 11, 1, 12),
    );
}

#[test]
fn codegen_errors_match_cpython() {
    check("yield 1", SE, "'yield' outside function", (1, 1, 1, 8));
    check("return 1", SE, "'return' outside function", (1, 1, 1, 9));
    check(
        "class C:\n    return 1",
        SE,
        "'return' outside function",
        (2, 5, 2, 13),
    );
    check("break", SE, "'break' outside loop", (1, 1, 1, 6));
    check(
        "for x in y:\n    def f():\n        break",
        SE,
        "'break' outside loop",
        (3, 9, 3, 14),
    );
    check(
        "continue",
        SE,
        "'continue' not properly in loop",
        (1, 1, 1, 9),
    );
}

#[test]
fn except_star_errors_match_cpython() {
    let both = "cannot have both 'except' and 'except*' on the same 'try'";
    check(
        "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass",
        SE,
        both,
        (5, 1, 5, 8),
    );
    check(
        "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass",
        SE,
        both,
        (5, 1, 5, 7),
    );
    let types = "expected one or more exception types";
    check(
        "try:\n    pass\nexcept*:\n    pass",
        SE,
        types,
        (3, 8, 3, 9),
    );
    check("try:\n    pass\nexcept*\n    pass", SE, types, (3, 8, 3, 8));
    let leave = "'break', 'continue' and 'return' cannot appear in an except* block";
    let clause = |body: &str| {
        format!("def f():\n  for x in y:\n    try:\n        pass\n    except* E:\n        {body}")
    };
    check(&clause("break"), SE, leave, (6, 9, 6, 14));
    check(&clause("continue"), SE, leave, (6, 9, 6, 17));
    check(&clause("return 1"), SE, leave, (6, 16, 6, 17));
    check(&clause("return x"), SE, leave, (6, 9, 6, 17));
    check(&clause("return (\n 1)"), SE, leave, (6, 9, 7, 4));
    // A loop inside the clause may be left; a `finally` of the clause's own `try` may not.
    ok(&clause("for z in x:\n            break"));
    check(
        &clause("try:\n            pass\n        finally:\n            return 2"),
        SE,
        leave,
        (9, 20, 9, 21),
    );
}

#[test]
fn async_errors_match_cpython() {
    check("await x\n", SE, "'await' outside function", (1, 1, 1, 8));
    check(
        "def f():\n    await x\n",
        SE,
        "'await' outside async function",
        (2, 5, 2, 12),
    );
    check(
        "lambda: await x\n",
        SE,
        "'await' outside async function",
        (1, 9, 1, 16),
    );
    check(
        "def f():\n    async for x in y: pass\n",
        SE,
        "'async for' outside async function",
        (2, 5, 2, 27),
    );
    check(
        "def f():\n    async with x: pass\n",
        SE,
        "'async with' outside async function",
        (2, 5, 2, 23),
    );
    check(
        "async def f():\n    yield from x\n",
        SE,
        "'yield from' inside async function",
        (2, 5, 2, 17),
    );
    check(
        "async def f():\n    return 2\n    yield 1\n",
        SE,
        "'return' with value in async generator",
        (2, 5, 2, 13),
    );
    check(
        "def f():\n    return [x async for x in y]\n",
        SE,
        "asynchronous comprehension outside of an asynchronous function",
        (2, 12, 2, 32),
    );
    check(
        "def f():\n    x = {await y: 1 for i in z}\n",
        SE,
        "asynchronous comprehension outside of an asynchronous function",
        (2, 9, 2, 32),
    );
    check(
        "async def f():\n    class C:\n        await x\n",
        SE,
        "'await' outside function",
        (3, 9, 3, 16),
    );
}

#[test]
fn pattern_errors_match_cpython() {
    check(
        "match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
        SE,
        "name capture 'y' makes remaining patterns unreachable",
        (2, 10, 2, 11),
    );
    check(
        "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
        SE,
        "wildcard makes remaining patterns unreachable",
        (2, 10, 2, 11),
    );
    check(
        "match x:\n    case 1 | y | 2:\n        pass\n",
        SE,
        "name capture 'y' makes remaining patterns unreachable",
        (2, 14, 2, 15),
    );
    check(
        "match x:\n    case [a] | (b,):\n        pass\n",
        SE,
        "alternative patterns bind different names",
        (2, 17, 2, 18),
    );
    check(
        "match x:\n    case [a, a]:\n        pass\n",
        SE,
        "multiple assignments to name 'a' in pattern",
        (2, 14, 2, 15),
    );
    check(
        "match x:\n    case [*a, *b]:\n        pass\n",
        SE,
        "multiple starred names in sequence pattern",
        (2, 10, 2, 18),
    );
    check(
        "match x:\n    case {'a': 1, 'a': 2}:\n        pass\n",
        SE,
        "mapping pattern checks duplicate key ('a')",
        (2, 10, 2, 26),
    );
    check(
        "match x:\n    case {1: 1, 1.0: 2}:\n        pass\n",
        SE,
        "mapping pattern checks duplicate key (1.0)",
        (2, 10, 2, 24),
    );
    check(
        "match x:\n    case C(a=1, a=2):\n        pass\n",
        SE,
        "attribute name repeated in class pattern: a",
        (2, 19, 2, 20),
    );
    check(
        "match x:\n    case [y] as y:\n        pass\n",
        SE,
        "multiple assignments to name 'y' in pattern",
        (2, 11, 2, 12),
    );
    check(
        "match x:\n    case __debug__:\n        pass\n",
        SE,
        "cannot assign to __debug__",
        (2, 10, 2, 19),
    );
    check(
        "match x:\n    case f'a':\n        pass\n",
        SE,
        "patterns may only match literals and attribute lookups",
        (2, 10, 2, 14),
    );
    check(
        "match x:\n    case 1 as _:\n        pass\n",
        SE,
        "cannot use '_' as a target",
        (2, 15, 2, 16),
    );
    check(
        "match x:\n    case 1+1:\n        pass\n",
        SE,
        "imaginary number required in complex literal",
        (2, 12, 2, 13),
    );
    check(
        "match x:\n    case 1j+1j:\n        pass\n",
        SE,
        "real number required in complex literal",
        (2, 10, 2, 12),
    );
    check(
        "match x:\n    case C(a=1, [b, c]):\n        pass\n",
        SE,
        "positional patterns follow keyword patterns",
        (2, 17, 2, 23),
    );
}

#[test]
fn bad_escapes_match_cpython() {
    let unicode = |pos: &str, why: &str| {
        format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {pos}: {why}")
    };
    check(
        "y = 'ab\\x4'\n",
        SE,
        &unicode("2-4", "truncated \\xXX escape"),
        (1, 12, 1, 12),
    );
    check(
        "'\\N{nope}' + 1\n",
        SE,
        &unicode("0-7", "unknown Unicode character name"),
        (1, 12, 1, 13),
    );
    check(
        "b'\\x'\n",
        SE,
        "(value error) invalid \\x escape at position 0",
        (1, 6, 1, 6),
    );
}

#[test]
fn parse_errors_match_cpython() {
    check("if x\n  pass", SE, "expected ':'", (1, 5, 1, 5));
    check(
        "if x:\npass",
        IE,
        "expected an indented block after 'if' statement on line 1",
        (2, 1, 2, 5),
    );
    check("  x = 1", IE, "unexpected indent", (1, 2, 1, -1));
    check(
        "if x:\n    a\n  b",
        IE,
        "unindent does not match any outer indentation level",
        (3, 4, 3, -1),
    );
    check(
        "x = 'abc",
        SE,
        "unterminated string literal (detected at line 1)",
        (1, 5, 1, 5),
    );
    check("f(1, 2", SE, "'(' was never closed", (1, 2, 1, 0));
    check("x = [1, 2\ny = 3", SE, "'[' was never closed", (1, 5, 1, 0));
    check(
        "x = (1 2)",
        SE,
        "invalid syntax. Perhaps you forgot a comma?",
        (1, 6, 1, 9),
    );
    check(
        "1 = x",
        SE,
        "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        (1, 1, 1, 2),
    );
    check(
        "f() = 1",
        SE,
        "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        (1, 1, 1, 4),
    );
    check(
        "(a, b) = 1 = 2",
        SE,
        "cannot assign to literal",
        (1, 10, 1, 11),
    );
    check("True = 1", SE, "cannot assign to True", (1, 1, 1, 5));
    check("del f()", SE, "cannot delete function call", (1, 5, 1, 8));
    check("a b", SE, "invalid syntax", (1, 3, 1, 4));
    check("x = 1 +", SE, "invalid syntax", (1, 8, 1, 8));
    check("x = )", SE, "unmatched ')'", (1, 5, 1, 5));
    check(
        "f(a=1, 2)",
        SE,
        "positional argument follows keyword argument",
        (1, 9, 1, 10),
    );
    check(
        "def f(x=1, y): pass",
        SE,
        "non-default argument follows default argument",
        (1, 12, 1, 13),
    );
    check(
        "a, b += 1",
        SE,
        "'tuple' is an illegal expression for augmented assignment",
        (1, 1, 1, 5),
    );
    check(
        "print \"hello\"",
        SE,
        "Missing parentheses in call to 'print'. Did you mean print(...)?",
        (1, 1, 1, 14),
    );
    check(
        "def f():\nreturn 1",
        IE,
        "expected an indented block after function definition on line 1",
        (2, 1, 2, 7),
    );
    check(
        "def f(x):\n\tif x:\n        return 1",
        CompileErrorKind::TabError,
        "inconsistent use of tabs and spaces in indentation",
        (3, 1, 3, 0),
    );
    check(
        "if x:\n    pass\nelse:\ny = 1",
        IE,
        "expected an indented block after 'else' statement on line 3",
        (4, 1, 4, 2),
    );
    check(
        "if x:",
        IE,
        "expected an indented block after 'if' statement on line 1",
        (1, 6, 1, -1),
    );
    check(
        "x = \"\"\"abc\ndef",
        SE,
        "unterminated triple-quoted string literal (detected at line 2)",
        (1, 5, 1, 5),
    );
    check(
        "x = 1\ny = \u{bf}",
        SE,
        "invalid character '\u{bf}' (U+00BF)",
        (2, 5, 2, 5),
    );
    check(
        "def f():\n    x = 1\n     y = 2",
        IE,
        "unexpected indent",
        (3, 5, 3, -1),
    );
    check(
        "f(a, b for b in c)",
        SE,
        "Generator expression must be parenthesized",
        (1, 6, 1, 18),
    );
    check(
        "x = {'a' 1}",
        SE,
        "invalid syntax. Perhaps you forgot a comma?",
        (1, 6, 1, 11),
    );
    check(
        "def f(**k, a): pass",
        SE,
        "arguments cannot follow var-keyword argument",
        (1, 12, 1, 13),
    );
    check(
        "if x = 1:\n    pass",
        SE,
        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
        (1, 4, 1, 9),
    );
    check(
        "__debug__ = 1",
        SE,
        "cannot assign to __debug__",
        (1, 1, 1, 10),
    );
    let e = err("x = 'abc");
    assert_eq!(e.text.as_deref(), Some("x = 'abc"));
    assert_eq!(e.filename, "f.py");
}

#[test]
fn limits_and_null_bytes() {
    let e = err("y = 2\nx = 1\0");
    assert_eq!(e.msg, "source code cannot contain null bytes");
    assert_eq!((e.lineno, e.text.as_deref()), (2, Some("x = 1")));
    let src = format!("{}1{}", "(".repeat(5000), ")".repeat(5000));
    check(&src, SE, "too many nested parentheses", (1, 201, 1, 201));
    let src: String = (0..100)
        .map(|i| format!("{}if x:\n", "    ".repeat(i)))
        .collect::<String>()
        + &"    ".repeat(100)
        + "pass\n";
    check(&src, IE, "too many levels of indentation", (101, 1, 101, 0));
}

#[test]
fn deep_nesting_never_overflows() {
    let e = err(&format!("x = {}1", "-".repeat(5000)));
    assert_eq!(e.kind, CompileErrorKind::RecursionError);
    assert_eq!(e.msg, "maximum recursion depth exceeded during compilation");
    let e = err(&format!("x = {}1{}", "-(".repeat(5000), ")".repeat(5000)));
    assert_eq!(e.msg, "too many nested parentheses");
    let e = err(&format!("x = 1{}", "+1".repeat(99_999)));
    assert_eq!(e.kind, CompileErrorKind::RecursionError);
    let e = err(&format!("x = a{}", "[0]".repeat(5000)));
    assert_eq!(e.kind, CompileErrorKind::RecursionError);
    let e = err(&format!("x = {}y", "not ".repeat(5000)));
    assert_eq!(e.kind, CompileErrorKind::RecursionError);
    // Moderate depth still compiles.
    ok(&format!("x = a{}", "[0]".repeat(500)));
    ok(&format!("x = 1{}", "+y".repeat(1000)));
}

/// Nesting just under the limit compiles on an ordinary 8 MiB thread.
#[test]
fn moderate_depth_fits_in_8_mib() {
    for (mb, src) in [
        (8usize, format!("x = {}1", "-".repeat(2990))),
        (8, format!("x = {}y", "not ".repeat(2990))),
        (8, format!("x = y{}", "+1".repeat(2990))),
        (8, format!("x = {}1", "lambda: ".repeat(2990))),
        (8, format!("x = 1 {}", "if y else 1 ".repeat(2990))),
    ] {
        let r = std::thread::Builder::new()
            .stack_size(mb << 20)
            .spawn(move || compile(&src, "f.py", Mode::Exec).map(|_| ()))
            .unwrap()
            .join();
        assert!(
            matches!(r, Ok(Ok(()))),
            "{mb} MiB: {:?}",
            r.map(|x| x.map_err(|e| e.msg))
        );
    }
}

#[test]
fn too_many_statically_nested_blocks() {
    let nested = |n: usize| -> String {
        (0..n)
            .map(|i| format!("{}for x{i} in y:\n", "    ".repeat(i)))
            .collect::<String>()
            + &"    ".repeat(n)
            + "pass\n"
    };
    ok(&nested(20));
    check(
        &nested(21),
        SE,
        "too many statically nested blocks",
        (21, 81, 22, 89),
    );
}
