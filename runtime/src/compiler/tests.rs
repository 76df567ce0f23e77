//! Tests of the whole compiler: symbol tables, a broad sample program, exception tables,
//! locations and `dis` output, and the helpers the other compiler tests share. Error
//! messages and limits are tested in `tests_errors.rs`, the by-hand aids are in
//! `tests_aids.rs`.

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

pub(super) fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .expect("thread starts")
        .join()
        .expect("no panic")
}

pub(super) fn err(src: &str) -> CompileError {
    let src = src.to_string();
    on_big_stack(move || compile(&src, "f.py", Mode::Exec)).expect_err("should fail")
}

pub(super) fn ok(src: &str) -> CodeObject {
    let src = src.to_string();
    match on_big_stack(move || compile(&src, "f.py", Mode::Exec)) {
        Ok(c) => c,
        Err(e) => panic!("compile failed: {e:?}"),
    }
}

/// Every code object nested in `code`, itself included.
pub(super) fn all_codes(code: &CodeObject) -> Vec<&CodeObject> {
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

// ----- code generation -----

#[test]
fn except_star_layout() {
    let code =
        ok("try:\n    f()\nexcept* ValueError as e:\n    g(e)\nexcept* TypeError:\n    h()\n");
    let ops: Vec<Op> = code.instructions.iter().map(|i| i.op.base()).collect();
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
            let h = c.instructions[e.handler as usize].op.base();
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
            .filter(|(_, i)| i.op.base() == op)
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
    let ops: Vec<Op> = f.instructions.iter().map(|i| i.op.base()).collect();
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

#[test]
fn fusable_pairs_become_superinstructions_over_their_first_half() {
    let code = ok("def f(a, b):\n    for x in a:\n        b = x\n    return a + b + 1\n");
    let f = find_code(&code, "f");
    let ops: Vec<Op> = f.instructions.iter().map(|i| i.op).collect();
    // The loop's item store and the local loads fuse; each second half stays in place.
    let at = |op: Op| ops.iter().position(|&o| o == op).unwrap();
    let for_iter = at(Op::ForIterStoreFast);
    assert_eq!(ops[for_iter + 1], Op::StoreFast);
    let loads = at(Op::LoadFastLoadFast);
    assert_eq!(ops[loads + 1], Op::LoadFast);
    // A fused pair is not chained into the next one.
    assert!(ops
        .windows(2)
        .all(|w| w[0].base() == w[0] || w[1].base() == w[1]));
    // The listing shows what CPython's `dis` shows: the plain instructions.
    let text = crate::dis::disassemble(&code);
    assert!(!text.contains("SUPERINSTRUCTION"));
    assert!(text.contains("FOR_ITER"));
}
