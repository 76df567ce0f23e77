//! Tests of the whole compiler: symbol tables, error messages and positions (checked against
//! CPython 3.11), a broad sample program, exception tables, deep nesting, and `dis` output.

use super::symtable::{self, NameScope, ScopeKind, SymbolTable};
use super::*;
use crate::bytecode::{code_flags, CodeObject, Constant, Op};

fn table(src: &str) -> SymbolTable {
    let parsed = ruff_python_parser::parse_module(src).expect("parses");
    symtable::build_module(&parsed.syntax().body).expect("symtable builds")
}

/// The resolution of `name` in the first scope called `scope_name` of kind `kind`.
fn resolve(t: &SymbolTable, kind: ScopeKind, scope_name: &str, name: &str) -> NameScope {
    let s = t
        .scopes
        .iter()
        .find(|s| s.kind == kind && s.name == scope_name)
        .expect("scope exists");
    s.lookup(name)
}

fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("thread starts")
        .join()
        .expect("no panic")
}

fn err(src: &str) -> CompileError {
    let src = src.to_string();
    on_big_stack(move || compile(&src, "f.py", Mode::Exec)).expect_err("should fail")
}

fn ok(src: &str) -> CodeObject {
    let src = src.to_string();
    match on_big_stack(move || compile(&src, "f.py", Mode::Exec)) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e:?}"),
    }
}

/// Every code object nested in `code`, itself included.
fn all_codes(code: &CodeObject) -> Vec<&CodeObject> {
    let mut out = vec![code];
    let mut i = 0;
    while i < out.len() {
        let c = out[i];
        for k in &c.constants {
            if let Constant::Code(k) = k {
                out.push(k);
            }
        }
        i += 1;
    }
    out
}

fn find_code<'c>(code: &'c CodeObject, name: &str) -> &'c CodeObject {
    all_codes(code)
        .into_iter()
        .find(|c| c.name == name)
        .expect("code object exists")
}

// ----- symbol table -----

#[test]
fn symtable_locals_globals_free_cells() {
    let t = table(
        "g = 1\n\
         def f(a):\n    b = a\n    def h():\n        return b + g\n    return h\n",
    );
    assert_eq!(resolve(&t, ScopeKind::Function, "f", "a"), NameScope::Local);
    assert_eq!(resolve(&t, ScopeKind::Function, "f", "b"), NameScope::Cell);
    assert_eq!(resolve(&t, ScopeKind::Function, "h", "b"), NameScope::Free);
    assert_eq!(
        resolve(&t, ScopeKind::Function, "h", "g"),
        NameScope::GlobalImplicit
    );
    assert_eq!(resolve(&t, ScopeKind::Module, "top", "g"), NameScope::Local);
}

#[test]
fn symtable_global_and_nonlocal() {
    let t = table(
        "def f():\n    global x\n    x = 1\n    y = 2\n    def g():\n        nonlocal y\n        y = 3\n",
    );
    assert_eq!(
        resolve(&t, ScopeKind::Function, "f", "x"),
        NameScope::GlobalExplicit
    );
    assert_eq!(resolve(&t, ScopeKind::Function, "f", "y"), NameScope::Cell);
    assert_eq!(resolve(&t, ScopeKind::Function, "g", "y"), NameScope::Free);
}

#[test]
fn symtable_class_scope_is_not_visible_to_methods() {
    let t = table("class C:\n    x = 1\n    def m(self):\n        return x\n");
    assert_eq!(
        resolve(&t, ScopeKind::Function, "m", "x"),
        NameScope::GlobalImplicit
    );
    assert_eq!(resolve(&t, ScopeKind::Class, "C", "x"), NameScope::Local);
}

#[test]
fn symtable_class_free_vars_and_super() {
    let t = table(
        "def f():\n    v = 1\n    class C:\n        w = v\n        def m(self):\n            return super().m()\n    return C\n",
    );
    assert_eq!(resolve(&t, ScopeKind::Class, "C", "v"), NameScope::Free);
    assert_eq!(resolve(&t, ScopeKind::Function, "f", "v"), NameScope::Cell);
    assert_eq!(
        resolve(&t, ScopeKind::Function, "m", "__class__"),
        NameScope::Free
    );
    let c = t
        .scopes
        .iter()
        .find(|s| s.kind == ScopeKind::Class)
        .unwrap();
    assert!(c.needs_class_closure);
    assert_eq!(c.cellvars(), vec!["__class__".to_string()]);
}

#[test]
fn symtable_comprehensions() {
    let t = table("def f(xs):\n    r = [y := x for x in xs]\n    return y\n");
    assert_eq!(
        resolve(&t, ScopeKind::Comprehension, "listcomp", "x"),
        NameScope::Local
    );
    assert_eq!(
        resolve(&t, ScopeKind::Comprehension, "listcomp", "y"),
        NameScope::Free
    );
    assert_eq!(resolve(&t, ScopeKind::Function, "f", "y"), NameScope::Cell);
    // The outermost iterable belongs to the function.
    assert_eq!(
        resolve(&t, ScopeKind::Function, "f", "xs"),
        NameScope::Local
    );
    assert_eq!(
        resolve(&t, ScopeKind::Comprehension, "listcomp", "xs"),
        NameScope::GlobalImplicit
    );
    let t = table("[z := i for i in range(3)]\n");
    assert_eq!(
        resolve(&t, ScopeKind::Comprehension, "listcomp", "z"),
        NameScope::GlobalExplicit
    );
}

#[test]
fn symtable_private_names_are_mangled() {
    let t = table("class C:\n    __x = 1\n    def m(self):\n        return self.__y\n");
    assert_eq!(
        resolve(&t, ScopeKind::Class, "C", "_C__x"),
        NameScope::Local
    );
    let code = ok("class C:\n    def m(self):\n        return self.__y\n");
    assert!(find_code(&code, "m").names.contains(&"_C__y".to_string()));
}

// ----- errors (expected values from CPython 3.11) -----

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
fn except_star_layout() {
    let code =
        ok("try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    h()\n");
    let ops: Vec<Op> = code.instructions.iter().map(|i| i.op).collect();
    let count = |op: Op| ops.iter().filter(|o| **o == op).count();
    assert_eq!(count(Op::CheckEgMatch), 2);
    assert_eq!(count(Op::PrepReraiseStar), 1);
    // Each clause body is protected with the four handler items below it.
    assert_eq!(
        code.exception_table
            .iter()
            .filter(|e| e.depth == 4 && e.push_lasti)
            .count(),
        2
    );
    for e in &code.exception_table {
        assert!(e.depth <= code.max_stack);
    }
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

// ----- code generation -----

const SAMPLE: &str = r#""""Module docstring."""
from __future__ import annotations
import os
import os.path as osp
from collections import OrderedDict as OD, deque
from . import sibling
from ..pkg import thing
from math import *

X: int = 1
Y, *Z = 1, 2, 3
a = b = [1, 2, *Z]
s = {1, *Z}
d = {'k': 1, **{'j': 2}}
t = (*Z, 4)
n = -5 + 2 ** 10 - (1 + 2) * 3
c = 1 < X <= 3 != 4
e = X if a else b
f_ = lambda p, q=2, *r, k=1, **kw: (p, q, r, k, kw)
g = [i * j for i in range(3) if i for j in range(i)]
h = {i: i ** 2 for i in range(5)}
hs = {i for i in 'abc'}
gen = (i for i in range(10))
w = f"{X!r:>{10}} {Y=} {a[0]:.2f} plain"
a[0] += 1
a[1:2] = [5]
del a[0], d['k']
X += 2
os.environ.x = 1
os.environ.x -= 1
print(*a, sep='', **d)
print(a.index(1), os.path.join('a', 'b'))
if (m := len(a)) > 2:
    pass
elif m:
    pass
else:
    pass
assert X, "message"
assert X

def deco(fn):
    return fn

@deco
@deco
def func(a, /, b: int, c=3, *args, d, e=5, **kwargs) -> str:
    """Function docstring."""
    global X
    X = a
    total = 0
    for i in range(10):
        if i == 3:
            continue
        if i == 8:
            break
        total += i
    else:
        total = -1
    while total > 0:
        total -= 1
        if total == 5:
            break
    else:
        pass
    try:
        1 / 0
    except ZeroDivisionError as exc:
        print(exc)
    except (TypeError, ValueError):
        raise
    except Exception:
        raise RuntimeError("x") from None
    else:
        pass
    finally:
        total = 0
    try:
        return total
    finally:
        print("cleanup")
    with open('f') as fh, open('g') as gh:
        for line in fh:
            if line:
                return line
            break
    def inner():
        nonlocal total
        total += 1
        yield total
        yield from range(3)
        return 5
    return inner

class Base:
    pass

class Meta(type):
    pass

@deco
class Child(Base, metaclass=Meta):
    """Class docstring."""
    attr: int = 3
    __private = 1

    def method(self):
        return super().method() + self.__private

    @staticmethod
    def static(*args, **kwargs):
        return [x for x in args if x not in {1, 2}]

def closures():
    v = 1
    class Inner:
        w = v
        def get(self):
            return v
    return Inner

def loops_in_handlers():
    for i in range(3):
        try:
            continue
        finally:
            print(i)
    for i in range(3):
        try:
            pass
        except Exception as err:
            break
    while True:
        with open('x'):
            continue
    try:
        pass
    finally:
        return 1

try:
    import missing_module
except ImportError:
    missing_module = None

raise SystemExit(0)
"#;

#[test]
fn compiles_the_broad_sample() {
    let code = ok(SAMPLE);
    assert_eq!(code.docstring.as_deref(), Some("Module docstring."));
    assert!(code.flags & code_flags::MODULE_OR_CLASS != 0);
    let func = find_code(&code, "func");
    assert_eq!(func.docstring.as_deref(), Some("Function docstring."));
    assert_eq!(func.argcount, 3);
    assert_eq!(func.posonlyargcount, 1);
    assert_eq!(func.kwonlyargcount, 2);
    assert!(func.flags & code_flags::VARARGS != 0);
    assert!(func.flags & code_flags::VARKEYWORDS != 0);
    assert_eq!(
        &func.varnames[..7],
        &["a", "b", "c", "d", "e", "args", "kwargs"].map(String::from)
    );
    let inner = find_code(&code, "inner");
    assert!(inner.flags & code_flags::GENERATOR != 0);
    assert!(inner.flags & code_flags::NESTED != 0);
    assert_eq!(inner.qualname, "func.<locals>.inner");
    assert_eq!(inner.freevars, vec!["total".to_string()]);
    assert_eq!(func.cellvars, vec!["total".to_string()]);
    let method = find_code(&code, "method");
    assert_eq!(method.qualname, "Child.method");
    assert_eq!(method.freevars, vec!["__class__".to_string()]);
    let child = find_code(&code, "Child");
    assert_eq!(child.cellvars, vec!["__class__".to_string()]);
    let n = child.instructions.len();
    assert_eq!(child.instructions[n - 4].op, Op::LoadClosure);
    assert_eq!(child.instructions[n - 3].op, Op::StoreName);
    assert_eq!(
        child.names[child.instructions[n - 3].arg as usize],
        "__classcell__"
    );
    let genexpr = find_code(&code, "<genexpr>");
    assert!(genexpr.flags & code_flags::GENERATOR != 0);
    assert_eq!(genexpr.varnames[0], ".0");
    assert_eq!(genexpr.argcount, 1);
    let lc = find_code(&code, "<listcomp>");
    assert_eq!(lc.qualname, "<listcomp>");
    let inner_cls = find_code(&code, "Inner");
    assert_eq!(inner_cls.qualname, "closures.<locals>.Inner");
    assert!(inner_cls
        .instructions
        .iter()
        .any(|i| i.op == Op::LoadClassDeref));
    let lambda = find_code(&code, "<lambda>");
    assert_eq!(lambda.argcount, 2);
    // Every code object serialises and round-trips.
    let bytes = code.to_bytes();
    assert_eq!(CodeObject::from_bytes(&bytes).as_ref(), Some(&code));
}

#[test]
fn exception_tables_are_sane() {
    let code = ok(SAMPLE);
    for c in all_codes(&code) {
        let n = c.instructions.len() as u32;
        assert_eq!(c.locations.len(), c.instructions.len());
        for e in &c.exception_table {
            assert!(e.start < e.end && e.end <= n, "range in {}", c.name);
            assert!(e.handler < n, "handler in {}", c.name);
            assert!(e.depth <= c.max_stack, "depth in {}", c.name);
            let h = c.instructions[e.handler as usize].op;
            assert!(
                matches!(h, Op::PushExcInfo | Op::Copy | Op::LoadConst),
                "handler starts with {:?} in {}",
                h,
                c.name
            );
        }
        // Rows never overlap.
        let mut rows = c.exception_table.clone();
        rows.sort_by_key(|e| e.start);
        for w in rows.windows(2) {
            assert!(w[0].end <= w[1].start);
        }
        for ins in &c.instructions {
            if ins.op.is_jump() {
                assert!(ins.arg < n);
            }
        }
    }
}

#[test]
fn eval_mode_returns_the_value() {
    let code = compile("1 + x", "<string>", Mode::Eval).unwrap();
    let last = code.instructions.last().unwrap();
    assert_eq!(last.op, Op::ReturnValue);
    assert!(code.instructions.iter().any(|i| i.op == Op::BinaryOp));
    let code = compile("2 ** 10", "<string>", Mode::Eval).unwrap();
    assert_eq!(code.constants, vec![Constant::Int(1024)]);
    assert!(compile("x = 1", "<string>", Mode::Eval).is_err());
}

#[test]
fn locations_follow_cpython() {
    // obj.m(1) on line 4: LOAD_METHOD spans `obj.m`, CALL_METHOD the whole call.
    let code = ok("x = (a.\n  b(1,\n   2))\ny = obj.m(1)\nz = q[1]\n");
    let pos = |op: Op, nth: usize| {
        let i = code
            .instructions
            .iter()
            .enumerate()
            .filter(|(_, i)| i.op == op)
            .nth(nth)
            .unwrap()
            .0;
        let l = code.locations[i];
        (l.line, l.col, l.end_line, l.end_col)
    };
    assert_eq!(pos(Op::LoadMethod, 0), (2, 2, 2, 3));
    assert_eq!(pos(Op::CallMethod, 0), (2, 2, 3, 5));
    assert_eq!(pos(Op::LoadMethod, 1), (4, 4, 4, 9));
    assert_eq!(pos(Op::CallMethod, 1), (4, 4, 4, 12));
    assert_eq!(pos(Op::StoreName, 0), (1, 0, 1, 1));
    assert_eq!(pos(Op::BinarySubscr, 0), (5, 4, 5, 8));
}

#[test]
fn with_and_finally_unwind_on_return() {
    let code = ok("def f():\n    with m:\n        return g()\n");
    let f = find_code(&code, "f");
    let ops: Vec<Op> = f.instructions.iter().map(|i| i.op).collect();
    // return inside with: value computed, exit called with three Nones, then returned.
    let ret = ops.iter().position(|&o| o == Op::ReturnValue).unwrap();
    assert_eq!(
        &ops[ret - 7..=ret],
        &[
            Op::Call,
            Op::Swap,
            Op::LoadConst,
            Op::LoadConst,
            Op::LoadConst,
            Op::Call,
            Op::PopTop,
            Op::ReturnValue
        ][..]
    );
}

#[test]
fn disassembles_a_small_function() {
    let code = ok("def f(a):\n    return a + 1\n");
    let text = crate::dis::disassemble(&code);
    let expected = "  1           0 LOAD_CONST               0 (<code object f>)
              1 MAKE_FUNCTION            0
              2 STORE_NAME               0 (f)
              3 LOAD_CONST               1 (None)
              4 RETURN_VALUE

Disassembly of <code object f at f.py:1>:
  2           0 LOAD_FAST                0 (a)
              1 LOAD_CONST               0 (1)
              2 BINARY_OP                0 (+)
              3 RETURN_VALUE
              4 LOAD_CONST               1 (None)
              5 RETURN_VALUE
";
    assert_eq!(text, expected);
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

#[test]
fn newer_311_forms() {
    // PEP 646 star in an index and in a *args annotation.
    let code = ok("x = t[*a]\ndef f(*args: *Ts): pass\n");
    assert!(code.instructions.iter().any(|i| i.op == Op::ListToTuple));
    // A walrus in a comprehension binds the function's global.
    let t = table("def f():\n    global G\n    [G := x for x in y]\n");
    assert_eq!(
        resolve(&t, ScopeKind::Comprehension, "listcomp", "G"),
        NameScope::GlobalExplicit
    );
    // Future imports must come first; a byte-order mark is ignored.
    let e = err("import os\nfrom __future__ import annotations\n");
    assert_eq!(
        (e.msg.as_str(), e.lineno),
        (
            "from __future__ imports must occur at the beginning of the file",
            2
        )
    );
    ok("\u{feff}\"\"\"doc\"\"\"\nfrom __future__ import annotations\nx: List[int] = []\n");
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
