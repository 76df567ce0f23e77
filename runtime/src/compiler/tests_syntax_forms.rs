//! Tests of the syntax errors of argument lists, `with` items, decorators, assignment
//! targets after `name = value`, starred values and errors at the end of a script, and of
//! generator fields in f-strings (expected values from CPython 3.11).

use super::*;

fn err(src: &str) -> CompileError {
    compile(src, "f.py", Mode::Exec).expect_err("should fail")
}

fn check(src: &str, msg: &str, pos: (u32, u32, u32, i64)) {
    let e = err(src);
    assert_eq!(e.msg, msg, "for {src:?}");
    assert_eq!(
        (e.lineno, e.offset, e.end_lineno, e.end_offset),
        pos,
        "position for {src:?}"
    );
}

const EQ_HINT: &str = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
const GENEXP: &str = "Generator expression must be parenthesized";

#[test]
fn keyword_argument_before_a_comprehension() {
    check("class C(a=x for x in y): pass", EQ_HINT, (1, 9, 1, 11));
    check("f(a=x for x in y)", EQ_HINT, (1, 3, 1, 5));
    check("f(a=1, b=x for x in y)", EQ_HINT, (1, 8, 1, 10));
    check("f(x for x in y, a=x for x in y)", EQ_HINT, (1, 17, 1, 19));
    check("f(a=g(b=x for x in y))", EQ_HINT, (1, 7, 1, 9));
    check("f(a=x for x in y if)", EQ_HINT, (1, 3, 1, 5));
    check("f(a=x for x in)", "invalid syntax", (1, 7, 1, 10));
    check(
        "def f(a=x for x in y): pass",
        "invalid syntax",
        (1, 11, 1, 14),
    );
    check("lambda a=x for x in y: 1", "invalid syntax", (1, 12, 1, 15));
}

#[test]
fn generator_after_keyword_arguments() {
    check("f(a=1, x for x in y)", GENEXP, (1, 8, 1, 20));
    check(
        "class C(a=1, x for x in y, z): pass",
        GENEXP,
        (1, 14, 1, 26),
    );
    check("f(**k, x for x in y)", GENEXP, (1, 8, 1, 20));
    check("f(a=1, *b, x for x in y)", GENEXP, (1, 12, 1, 24));
    check(
        "f(a=1, b, x for x in y)",
        "positional argument follows keyword argument",
        (1, 13, 1, 16),
    );
    check(
        "f(a=1, b)",
        "positional argument follows keyword argument",
        (1, 9, 1, 10),
    );
}

#[test]
fn with_items() {
    check("with a as b, :\n    pass", "invalid syntax", (1, 14, 1, 15));
    check("with a, : pass", "invalid syntax", (1, 9, 1, 10));
    check("with a as b, \n    pass", "invalid syntax", (1, 14, 1, 14));
    check(
        "async def f():\n    async with a as b, : pass",
        "invalid syntax",
        (2, 24, 2, 25),
    );
    assert!(compile("with (a as b, ): pass", "f.py", Mode::Exec).is_ok());
    let comma = "invalid syntax. Perhaps you forgot a comma?";
    check("with (a as b c): pass", comma, (1, 12, 1, 15));
    check("with (a as b, c as d e): pass", comma, (1, 20, 1, 23));
    check("with (a, b as c d): pass", "invalid syntax", (1, 17, 1, 18));
    check("with (a as b, c d): pass", "invalid syntax", (1, 17, 1, 18));
    check("with (a, b c): pass", comma, (1, 10, 1, 13));
    check("from m import (a as b c)", "invalid syntax", (1, 23, 1, 24));
}

#[test]
fn decorators() {
    assert!(compile("@x := 1\ndef f(): pass", "f.py", Mode::Exec).is_ok());
    check("@x", "invalid syntax", (1, 0, 1, 0));
    check("@x\n# c", "invalid syntax", (2, 0, 2, 0));
    check("def f(): pass\n@x\n\n", "invalid syntax", (3, 0, 3, 0));
    let e = err("if x:\n    @x");
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    assert_eq!(
        (e.msg.as_str(), e.lineno, e.offset),
        ("unexpected unindent", 2, 7)
    );
    check("@x := *a\ndef f(): pass", "invalid syntax", (1, 7, 1, 8));
}

#[test]
fn targets_after_name_equals_value() {
    check("a = 1 if b else c = 2", EQ_HINT, (1, 1, 1, 6));
    check("x, a = 1 if b else c = 2", EQ_HINT, (1, 4, 1, 9));
    check("a = b, c = 1 if d else e = 2", EQ_HINT, (1, 1, 1, 6));
    check("a = b if c else d, = 2", EQ_HINT, (1, 1, 1, 6));
    check("if x: a = b or c = 2", EQ_HINT, (1, 7, 1, 12));
    check(
        "a.x = 1 if b else c = 2",
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        (1, 1, 1, 4),
    );
    check("(a, b=1)", EQ_HINT, (1, 5, 1, 8));
    check("[a, *b, c=1]", EQ_HINT, (1, 9, 1, 12));
    check("{a, b=1}", EQ_HINT, (1, 5, 1, 8));
    check(
        "(a, b.c=1)",
        "cannot assign to attribute here. Maybe you meant '==' instead of '='?",
        (1, 5, 1, 8),
    );
    check("f(a, b=1=2)", "invalid syntax", (1, 9, 1, 10));
    let cond = "cannot assign to conditional expression";
    check("a = b = 1 if c else d = 2", cond, (1, 9, 1, 22));
    check("[a] = 1 if b else c = 2", cond, (1, 7, 1, 20));
    check("a = (1 if b else c) = 2", cond, (1, 6, 1, 19));
    check(
        "a = b + c = 2",
        "cannot assign to expression",
        (1, 5, 1, 10),
    );
    check(
        "a = lambda: 1 if b else c = 2",
        "cannot assign to lambda",
        (1, 5, 1, 26),
    );
}

#[test]
fn starred_values() {
    check("f(a=*b)", "invalid syntax", (1, 5, 1, 6));
    check("(x := *a)", "invalid syntax", (1, 7, 1, 8));
    check("f(*a := 1)", "invalid syntax", (1, 6, 1, 8));
    check("x = *a if b else c", "invalid syntax", (1, 8, 1, 10));
    check("assert *a", "invalid syntax", (1, 8, 1, 9));
    check("(yield a for a in b)", "invalid syntax", (1, 10, 1, 13));
}

#[test]
fn end_of_input_in_a_script() {
    let placed = |src: &str| {
        let mut e = err(src);
        place_for_script(&mut e);
        (e.lineno, e.offset, e.end_offset)
    };
    assert_eq!(placed("def f():"), (1, 0, -1));
    assert_eq!(placed("if x:\n\n# c\n"), (3, 0, -1));
    assert_eq!(placed("try:\n  pass\n"), (2, 0, -1));
    assert_eq!(placed("x = 1\n\\\n"), (2, 0, -1));
    // A backslash after tokens keeps its column, and other errors their places.
    assert_eq!(placed("x = 1 + \\\n"), (1, 10, -1));
    assert_eq!(placed("x = (1 +\\\n"), (1, 5, 0));
    assert_eq!(placed("x = 1 +\n"), (1, 8, 8));
    check("x = 1 \\", "unexpected EOF while parsing", (1, 8, 1, -1));
}

#[test]
fn generator_fields_in_f_strings() {
    let code = compile("b = [1]\ns = f'{a for a in b}'", "f.py", Mode::Exec).expect("compiles");
    // The generator is compiled as a nested code object of its own.
    let genexpr = code
        .constants
        .iter()
        .any(|c| matches!(c, crate::bytecode::Constant::Code(k) if k.name == "<genexpr>"));
    assert!(genexpr);
    assert!(compile("f'{a for a in b=}'", "f.py", Mode::Eval).is_ok());
    assert!(compile("f'{x:{a for a in b}}'", "f.py", Mode::Exec).is_ok());
    check(
        "f'{a for a in}'",
        "f-string: invalid syntax",
        (1, 12, 1, 13),
    );
    check(
        "f'{yield a for a in b}'",
        "f-string: invalid syntax",
        (1, 10, 1, 13),
    );
    assert_eq!(
        without_generator_fields("f'{a for a in b}'").as_deref(),
        Some("f'{_           }'")
    );
    assert_eq!(without_generator_fields("f'{(a for a in b)}'"), None);
}

#[test]
fn patterns_without_commas() {
    check(
        "match x:\n    case [a b]: pass",
        "invalid syntax",
        (2, 13, 2, 14),
    );
    check(
        "match x:\n    case [a as b c]: pass",
        "invalid syntax",
        (2, 18, 2, 19),
    );
    check(
        "match x:\n    case 1 2: pass",
        "invalid syntax",
        (2, 12, 2, 13),
    );
    check(
        "match x:\n    case [a, b c]: pass",
        "invalid syntax",
        (2, 16, 2, 17),
    );
    check(
        "match x:\n    case {1: a, 2: b c}: pass",
        "invalid syntax",
        (2, 22, 2, 23),
    );
    let comma = "invalid syntax. Perhaps you forgot a comma?";
    check(
        "match x:\n    case [a] if f(a b): pass",
        comma,
        (2, 19, 2, 22),
    );
    check("match x:\n    case 1: [a b]", comma, (2, 14, 2, 17));
    let fine = "match x:\n    case \"a\" \"b\": pass\n    case C(1, y=2) | D(): pass\n";
    assert!(compile(fine, "f.py", Mode::Exec).is_ok());
}

#[test]
fn missing_comma_covers_the_next_expression() {
    let comma = "invalid syntax. Perhaps you forgot a comma?";
    check("(0, -1 2 ** 65)", comma, (1, 5, 1, 15));
    check("print(a | 0 0 == a)", comma, (1, 7, 1, 19));
    check("[a b c]", comma, (1, 2, 1, 5));
    check("f(a b if c else d)", comma, (1, 3, 1, 18));
    check("[1 lambda: 2]", comma, (1, 2, 1, 13));
    check("(a b.c[0](1))", comma, (1, 2, 1, 13));
}

const DICT_KEY: &str = "':' expected after dictionary key";

#[test]
fn dict_key_without_colon() {
    check("{a: 1, b=1}", DICT_KEY, (1, 8, 1, 0));
    check("{a: 1, **b, c=1}", DICT_KEY, (1, 13, 1, 0));
    check("{a: 1, b, 'c': 2}", DICT_KEY, (1, 8, 1, 0));
    check("d = {a: 1, **b, 'c' 2}", DICT_KEY, (1, 19, 1, 0));
    check("{a: 1, b.c}", DICT_KEY, (1, 10, 1, 0));
    check("{a: 1, (b\n), c:2}", DICT_KEY, (1, 9, 1, 0));
    check("{a:1, x:=1}", DICT_KEY, (1, 7, 1, 0));
    check("{a:1, lambda: 1}", DICT_KEY, (1, 15, 1, 0));
    check("[{a: 1, b}]", DICT_KEY, (1, 9, 1, 0));
    // A set stays a set; a starred key or value has its own errors.
    check(
        "{a, b c}",
        "invalid syntax. Perhaps you forgot a comma?",
        (1, 5, 1, 8),
    );
    check("{a:1, *b}", "invalid syntax", (1, 7, 1, 8));
    check(
        "{a:1, b:*c.d + 1}",
        "cannot use a starred expression in a dictionary value",
        (1, 9, 1, 17),
    );
}

#[test]
fn keyword_argument_before_a_comprehension_with_a_bad_target() {
    check(
        "f(a=x for 1 in y)",
        "cannot assign to literal",
        (1, 11, 1, 12),
    );
    check(
        "f(a=x for [b, c+1] in y)",
        "cannot assign to expression",
        (1, 15, 1, 18),
    );
}

#[test]
fn default_value_followed_by_an_expression() {
    let comma = "invalid syntax. Perhaps you forgot a comma?";
    check("f(lambda a=1 b: 1)", comma, (1, 12, 1, 15));
    check("(lambda a=x.y b.c: 1)", comma, (1, 11, 1, 18));
    check("def f(a=1 b): pass", comma, (1, 9, 1, 12));
    check("def f(a: int b): pass", comma, (1, 10, 1, 15));
    // Outside brackets, and after a plain name, the parser just stops.
    check("lambda a=1 b: 1", "invalid syntax", (1, 12, 1, 13));
    check("def f(a b): pass", "invalid syntax", (1, 9, 1, 10));
}

#[test]
fn parenthesized_parameters_only_of_plain_names() {
    let def = "Function parameters cannot be parenthesized";
    check("def f(a, (b, c,)): pass", def, (1, 10, 1, 17));
    check(
        "lambda a, (b, c): 1",
        "Lambda expression parameters cannot be parenthesized",
        (1, 11, 1, 17),
    );
    check("def f(a=1, (b)): pass", "invalid syntax", (1, 12, 1, 13));
    check("def f((a, b=2)): pass", "invalid syntax", (1, 7, 1, 8));
    check("def m(self( ): pass", "invalid syntax", (1, 11, 1, 12));
}

#[test]
fn missing_block_names_its_header_and_the_dedent() {
    let e = err("if x:\nif y:\n  pass");
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    check(
        "if x:\nif y:\n  pass",
        "expected an indented block after 'if' statement on line 1",
        (2, 1, 2, 3),
    );
    check(
        "def f():\n    async for x in y:\n        \n",
        "expected an indented block after 'for' statement on line 2",
        (3, 9, 3, -1),
    );
    check(
        "if (a and\n  b):\npass",
        "expected an indented block after 'if' statement on line 1",
        (3, 1, 3, 5),
    );
    check(
        "if x:\n  if y:\nz=1",
        "expected an indented block after 'if' statement on line 2",
        (3, 0, 3, -1),
    );
    check(
        "if x:\n\tif y:\n\t\tpass\n\telse:\nz = 1\n",
        "expected an indented block after 'else' statement on line 4",
        (5, 0, 5, -1),
    );
    check(
        "for x in y:\n  while z:\n# c\nq",
        "expected an indented block after 'while' statement on line 2",
        (4, 0, 4, -1),
    );
}

#[test]
fn lambda_parameters_end_at_a_stray_token() {
    check("lambda continue", "invalid syntax", (1, 8, 1, 16));
    check("f(lambda a)", "invalid syntax", (1, 11, 1, 12));
    check("x = lambda a, b if c", "invalid syntax", (1, 17, 1, 19));
    check("lambda a=2 def: 1", "invalid syntax", (1, 12, 1, 15));
}

#[test]
fn annotation_target_without_annotation() {
    check("f():", "invalid syntax", (1, 4, 1, 5));
    check("(a, b):", "invalid syntax", (1, 7, 1, 8));
    check("f(): = 1", "invalid syntax", (1, 4, 1, 5));
    check("f(): int", "illegal target for annotation", (1, 1, 1, 4));
}

#[test]
fn missing_comma_hint_only_between_expressions() {
    let comma = "invalid syntax. Perhaps you forgot a comma?";
    check("from d import (e f)", "invalid syntax", (1, 18, 1, 19));
    check("{a: 1, **b 'c': 2}", "invalid syntax", (1, 12, 1, 15));
    check("[a, *x c]", "invalid syntax", (1, 8, 1, 9));
    check("[*a b]", comma, (1, 3, 1, 6));
    check("[x for x in a b if c]", "invalid syntax", (1, 15, 1, 16));
    check("[a in b c]", comma, (1, 2, 1, 10));
    check("[i  i in y if i]", comma, (1, 2, 1, 11));
    check("[i  i if y else z]", comma, (1, 2, 1, 18));
    check("f(x lambda for x in y)", "invalid syntax", (1, 5, 1, 11));
    check("(a 's')", "invalid syntax", (1, 4, 1, 7));
    check("[a.b 's']", comma, (1, 2, 1, 9));
}

#[test]
fn indented_line_after_a_decorator() {
    let e = err("@dec\n    def f():\n    pass");
    assert_eq!(e.kind, CompileErrorKind::IndentationError);
    check(
        "@dec\n    def f():\n    pass",
        "unexpected indent",
        (2, 4, 2, -1),
    );
    check(
        "class C:\n  @dec\n    def f(): pass",
        "unexpected indent",
        (3, 4, 3, -1),
    );
    check(
        "@dec\n\n  def f(): pass",
        "unexpected indent",
        (3, 2, 3, -1),
    );
}

#[test]
fn conditional_cut_short_by_a_colon() {
    check("x if a:\n  b = 1", "invalid syntax", (1, 7, 1, 8));
    check("[a if b: c]", "invalid syntax", (1, 8, 1, 9));
    check(
        "x = a if b c",
        "expected 'else' after 'if' expression",
        (1, 5, 1, 11),
    );
}
