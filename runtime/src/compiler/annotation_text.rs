//! The text of an annotation under `from __future__ import annotations`.
//!
//! CPython does not keep the annotation's source text: it rebuilds the text from the AST, so
//! spacing and quoting come out normalised (`Dict[str,int]` → `'Dict[str, int]'`, `"str"` →
//! `"'str'"`, `0x10` → `'16'`, `1e400` → `'1e309'`). Parentheses are written only where the
//! precedence of the nested expression needs them, as CPython's annotation unparser does.

use ruff_python_ast::{self as ast, Expr};

use super::fold::literal;
use crate::bytecode::Constant;
use crate::objects::bytes::repr_bytes;
use crate::objects::complex::complex_repr;
use crate::objects::float::float_repr;
use crate::objects::str::repr_str;

/// Binding strength, weakest first: a sub-expression printed where a stronger one is wanted
/// gets parentheses.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Prec {
    fn next(self) -> Prec {
        use Prec::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The annotation `e` of `source` as the string CPython stores in `__annotations__`.
pub fn annotation_text(e: &Expr, source: &str) -> String {
    let mut out = String::new();
    Unparser { source }.write_expr(&mut out, e, Prec::Test);
    out
}

/// The source is needed for one detail the AST drops: a string literal written `u'…'`
/// keeps its `u`.
struct Unparser<'s> {
    source: &'s str,
}

fn operator_prec(op: ast::Operator) -> Prec {
    use ast::Operator::*;
    match op {
        BitOr => Prec::BitOr,
        BitXor => Prec::BitXor,
        BitAnd => Prec::BitAnd,
        LShift | RShift => Prec::Shift,
        Add | Sub => Prec::Arith,
        Mult | MatMult | Div | FloorDiv | Mod => Prec::Term,
        Pow => Prec::Power,
    }
}

/// A float as CPython writes a constant: infinities become `1e309`, which reads back as one.
fn float_text(text: String) -> String {
    text.replace("inf", "1e309")
}

fn constant_text(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(b) => if *b { "True" } else { "False" }.into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => float_text(float_repr(*f)),
        Constant::Complex(re, im) => float_text(complex_repr(*re, *im)),
        Constant::Str(s) => repr_str(s),
        Constant::Bytes(b) => repr_bytes(b),
        Constant::Ellipsis => "...".into(),
        Constant::Tuple(_) | Constant::FrozenSet(_) | Constant::Code(_) => String::new(),
    }
}

fn push_braces_doubled(out: &mut String, text: &str) {
    for ch in text.chars() {
        out.push(ch);
        if ch == '{' || ch == '}' {
            out.push(ch);
        }
    }
}

impl Unparser<'_> {
    fn write_seq(&self, out: &mut String, elts: &[Expr]) {
        for (i, e) in elts.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            self.write_expr(out, e, Prec::Test);
        }
    }

    /// A list or set comprehension or a generator expression, between its `brackets`.
    fn write_comprehension(
        &self,
        out: &mut String,
        brackets: (char, char),
        elt: &Expr,
        generators: &[ast::Comprehension],
    ) {
        out.push(brackets.0);
        self.write_expr(out, elt, Prec::Test);
        self.write_comprehensions(out, generators);
        out.push(brackets.1);
    }

    fn write_comprehensions(&self, out: &mut String, generators: &[ast::Comprehension]) {
        for g in generators {
            out.push_str(if g.is_async { " async for " } else { " for " });
            self.write_expr(out, &g.target, Prec::Tuple);
            out.push_str(" in ");
            self.write_expr(out, &g.iter, Prec::Test.next());
            for cond in &g.ifs {
                out.push_str(" if ");
                self.write_expr(out, cond, Prec::Test.next());
            }
        }
    }

    fn write_parameters(&self, out: &mut String, p: &ast::Parameters) {
        let mut first = true;
        let mut sep = |out: &mut String| {
            if !first {
                out.push_str(", ");
            }
            first = false;
        };
        let with_default = |out: &mut String, a: &ast::ParameterWithDefault| {
            out.push_str(a.parameter.name.as_str());
            if let Some(d) = &a.default {
                out.push('=');
                self.write_expr(out, d, Prec::Test);
            }
        };
        for a in &p.posonlyargs {
            sep(out);
            with_default(out, a);
        }
        if !p.posonlyargs.is_empty() {
            sep(out);
            out.push('/');
        }
        for a in &p.args {
            sep(out);
            with_default(out, a);
        }
        if let Some(v) = &p.vararg {
            sep(out);
            out.push('*');
            out.push_str(v.name.as_str());
        } else if !p.kwonlyargs.is_empty() {
            sep(out);
            out.push('*');
        }
        for a in &p.kwonlyargs {
            sep(out);
            with_default(out, a);
        }
        if let Some(k) = &p.kwarg {
            sep(out);
            out.push_str("**");
            out.push_str(k.name.as_str());
        }
    }

    /// One item between the brackets of a subscript: a slice `a:b:c` or an expression.
    fn write_slice_item(&self, out: &mut String, e: &Expr) {
        match e {
            Expr::Slice(s) => {
                if let Some(lower) = &s.lower {
                    self.write_expr(out, lower, Prec::Test);
                }
                out.push(':');
                if let Some(upper) = &s.upper {
                    self.write_expr(out, upper, Prec::Test);
                }
                if let Some(step) = &s.step {
                    out.push(':');
                    self.write_expr(out, step, Prec::Test);
                }
            }
            _ => self.write_expr(out, e, Prec::Test),
        }
    }

    fn write_fstring_elements(&self, out: &mut String, elements: &ast::InterpolatedStringElements) {
        for element in elements {
            match element {
                ast::InterpolatedStringElement::Literal(lit) => {
                    push_braces_doubled(out, &lit.value)
                }
                ast::InterpolatedStringElement::Interpolation(field) => {
                    let mut conversion = field.conversion;
                    if let Some(debug) = &field.debug_text {
                        push_braces_doubled(out, debug.as_str());
                        if conversion == ast::ConversionFlag::None && field.format_spec.is_none() {
                            conversion = ast::ConversionFlag::Repr;
                        }
                    }
                    let mut inner = String::new();
                    self.write_expr(&mut inner, &field.expression, Prec::Test.next());
                    out.push('{');
                    if inner.starts_with('{') {
                        // `{{` would read back as an escaped brace.
                        out.push(' ');
                    }
                    out.push_str(&inner);
                    if let Some(b) = conversion.to_byte() {
                        out.push('!');
                        out.push(b as char);
                    }
                    if let Some(spec) = &field.format_spec {
                        out.push(':');
                        self.write_fstring_elements(out, &spec.elements);
                    }
                    out.push('}');
                }
            }
        }
    }

    fn write_fstring(&self, out: &mut String, f: &ast::ExprFString) {
        let mut body = String::new();
        for part in f.value.as_slice() {
            match part {
                ast::FStringPart::Literal(lit) => push_braces_doubled(&mut body, &lit.value),
                ast::FStringPart::FString(fs) => {
                    self.write_fstring_elements(&mut body, &fs.elements)
                }
            }
        }
        out.push('f');
        out.push_str(&repr_str(&body));
    }

    fn write_expr(&self, out: &mut String, e: &Expr, level: Prec) {
        let open = |out: &mut String, own: Prec| {
            if level > own {
                out.push('(');
            }
        };
        let close = |out: &mut String, own: Prec| {
            if level > own {
                out.push(')');
            }
        };
        match e {
            Expr::BoolOp(b) => {
                let own = match b.op {
                    ast::BoolOp::And => Prec::And,
                    ast::BoolOp::Or => Prec::Or,
                };
                open(out, own);
                for (i, v) in b.values.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                        out.push_str(b.op.as_str());
                        out.push(' ');
                    }
                    self.write_expr(out, v, own.next());
                }
                close(out, own);
            }
            Expr::BinOp(b) => {
                let own = operator_prec(b.op);
                // `**` groups to the right, every other operator to the left.
                let (left, right) = if own == Prec::Power {
                    (own.next(), own)
                } else {
                    (own, own.next())
                };
                open(out, own);
                self.write_expr(out, &b.left, left);
                out.push(' ');
                out.push_str(b.op.as_str());
                out.push(' ');
                self.write_expr(out, &b.right, right);
                close(out, own);
            }
            Expr::UnaryOp(u) => {
                let (own, text) = match u.op {
                    ast::UnaryOp::Not => (Prec::Not, "not "),
                    ast::UnaryOp::Invert => (Prec::Factor, "~"),
                    ast::UnaryOp::UAdd => (Prec::Factor, "+"),
                    ast::UnaryOp::USub => (Prec::Factor, "-"),
                };
                open(out, own);
                out.push_str(text);
                self.write_expr(out, &u.operand, own);
                close(out, own);
            }
            Expr::Lambda(l) => {
                open(out, Prec::Test);
                out.push_str("lambda");
                if let Some(p) = &l.parameters {
                    // CPython puts the space only before a named parameter: `lambda*a: 0`.
                    if !(p.posonlyargs.is_empty() && p.args.is_empty()) {
                        out.push(' ');
                    }
                    self.write_parameters(out, p);
                }
                out.push_str(": ");
                self.write_expr(out, &l.body, Prec::Test);
                close(out, Prec::Test);
            }
            Expr::If(i) => {
                open(out, Prec::Test);
                self.write_expr(out, &i.body, Prec::Test.next());
                out.push_str(" if ");
                self.write_expr(out, &i.test, Prec::Test.next());
                out.push_str(" else ");
                self.write_expr(out, &i.orelse, Prec::Test);
                close(out, Prec::Test);
            }
            Expr::Named(n) => {
                open(out, Prec::Tuple);
                self.write_expr(out, &n.target, Prec::Atom);
                out.push_str(" := ");
                self.write_expr(out, &n.value, Prec::Atom);
                close(out, Prec::Tuple);
            }
            Expr::Dict(d) => {
                out.push('{');
                for (i, item) in d.items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    match &item.key {
                        Some(k) => {
                            self.write_expr(out, k, Prec::Test);
                            out.push_str(": ");
                            self.write_expr(out, &item.value, Prec::Test);
                        }
                        None => {
                            out.push_str("**");
                            self.write_expr(out, &item.value, Prec::BitOr);
                        }
                    }
                }
                out.push('}');
            }
            Expr::Set(s) => {
                out.push('{');
                self.write_seq(out, &s.elts);
                out.push('}');
            }
            Expr::ListComp(c) => self.write_comprehension(out, ('[', ']'), &c.elt, &c.generators),
            Expr::SetComp(c) => self.write_comprehension(out, ('{', '}'), &c.elt, &c.generators),
            Expr::DictComp(c) => {
                out.push('{');
                if let Some(k) = &c.key {
                    self.write_expr(out, k, Prec::Test);
                    out.push_str(": ");
                }
                self.write_expr(out, &c.value, Prec::Test);
                self.write_comprehensions(out, &c.generators);
                out.push('}');
            }
            Expr::Generator(g) => self.write_comprehension(out, ('(', ')'), &g.elt, &g.generators),
            Expr::Await(a) => {
                open(out, Prec::Await);
                out.push_str("await ");
                self.write_expr(out, &a.value, Prec::Atom);
                close(out, Prec::Await);
            }
            Expr::Yield(y) => {
                out.push_str("(yield");
                if let Some(v) = &y.value {
                    out.push(' ');
                    self.write_expr(out, v, Prec::Test);
                }
                out.push(')');
            }
            Expr::YieldFrom(y) => {
                out.push_str("(yield from ");
                self.write_expr(out, &y.value, Prec::Test);
                out.push(')');
            }
            Expr::Compare(c) => {
                open(out, Prec::Cmp);
                self.write_expr(out, &c.left, Prec::Cmp.next());
                for (op, right) in c.ops.iter().zip(c.comparators.iter()) {
                    out.push(' ');
                    out.push_str(op.as_str());
                    out.push(' ');
                    self.write_expr(out, right, Prec::Cmp.next());
                }
                close(out, Prec::Cmp);
            }
            Expr::Call(c) => {
                self.write_expr(out, &c.func, Prec::Atom);
                let args = &c.arguments;
                if let ([lone @ Expr::Generator(_)], true) = (&*args.args, args.keywords.is_empty())
                {
                    // A lone generator argument keeps the call's parentheses as its own.
                    self.write_expr(out, lone, Prec::Test);
                    return;
                }
                out.push('(');
                let mut first = true;
                for a in args.args.iter() {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    self.write_expr(out, a, Prec::Test);
                }
                for k in args.keywords.iter() {
                    if !first {
                        out.push_str(", ");
                    }
                    first = false;
                    match &k.arg {
                        Some(name) => {
                            out.push_str(name.as_str());
                            out.push('=');
                        }
                        None => out.push_str("**"),
                    }
                    self.write_expr(out, &k.value, Prec::Test);
                }
                out.push(')');
            }
            Expr::FString(f) => self.write_fstring(out, f),
            Expr::Attribute(a) => {
                self.write_expr(out, &a.value, Prec::Atom);
                // `1.real` would read as a float literal followed by a name.
                if let Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Int(_),
                    ..
                }) = &*a.value
                {
                    out.push(' ');
                }
                out.push('.');
                out.push_str(a.attr.as_str());
            }
            Expr::Subscript(s) => {
                self.write_expr(out, &s.value, Prec::Atom);
                out.push('[');
                match &*s.slice {
                    Expr::Tuple(t) if !t.elts.is_empty() => {
                        for (i, item) in t.elts.iter().enumerate() {
                            if i > 0 {
                                out.push_str(", ");
                            }
                            self.write_slice_item(out, item);
                        }
                        if t.elts.len() == 1 {
                            out.push(',');
                        }
                    }
                    other => self.write_slice_item(out, other),
                }
                out.push(']');
            }
            Expr::Starred(s) => {
                out.push('*');
                self.write_expr(out, &s.value, Prec::BitOr);
            }
            Expr::Name(n) => out.push_str(n.id.as_str()),
            Expr::List(l) => {
                out.push('[');
                self.write_seq(out, &l.elts);
                out.push(']');
            }
            Expr::Tuple(t) => {
                if t.elts.is_empty() {
                    out.push_str("()");
                    return;
                }
                open(out, Prec::Tuple);
                self.write_seq(out, &t.elts);
                if t.elts.len() == 1 {
                    out.push(',');
                }
                close(out, Prec::Tuple);
            }
            Expr::Slice(_) => self.write_slice_item(out, e),
            Expr::TString(_) | Expr::IpyEscapeCommand(_) => {}
            Expr::StringLiteral(lit) => {
                let first = lit
                    .value
                    .iter()
                    .next()
                    .map(|part| usize::from(part.range.start()));
                if first.and_then(|at| self.source.as_bytes().get(at)) == Some(&b'u') {
                    out.push('u');
                }
                out.push_str(&repr_str(lit.value.to_str()));
            }
            Expr::BytesLiteral(_)
            | Expr::NumberLiteral(_)
            | Expr::BooleanLiteral(_)
            | Expr::NoneLiteral(_)
            | Expr::EllipsisLiteral(_) => {
                if let Some(c) = literal(e) {
                    out.push_str(&constant_text(&c));
                }
            }
        }
    }
}
