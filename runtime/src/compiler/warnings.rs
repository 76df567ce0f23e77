//! The SyntaxWarnings CPython 3.11's compiler gives for code that compiles but is almost
//! certainly a mistake: `x is 1` ("is" with a literal), `assert (x, "msg")` (always true),
//! calling a literal (`(1, 2)(3)`), subscripting one that cannot be subscripted (`5[0]`) or
//! indexing a sequence literal with something that is no index (`"ab"["a"]`) — the last
//! three say "perhaps you missed a comma?".
//!
//! They are found by walking the AST once and kept, with their positions, on the module's
//! code object (`CodeObject::syntax_warnings`); the runtime issues them through `warnings`
//! when it runs that code, as CPython does when it compiles it (`Vm::emit_syntax_warnings`).

use ruff_python_ast::visitor::{walk_expr, walk_stmt, Visitor};
use ruff_python_ast::{CmpOp, Expr, ExprContext, Stmt};
use ruff_text_size::Ranged;

use super::fold::fold_expr;
use super::lines::LineIndex;
use crate::bytecode::{CompileWarningCategory, Constant, SyntaxWarningSite};

/// Every warning for `body`, in source order (a repeated one is shown again, as CPython's).
pub fn find(body: &[Stmt], lines: &LineIndex<'_>) -> Vec<SyntaxWarningSite> {
    let mut finder = Finder {
        lines,
        found: Vec::new(),
    };
    for s in body {
        finder.visit_stmt(s);
    }
    finder.found
}

/// The warnings for an `eval` expression.
pub fn find_in_expr(body: &Expr, lines: &LineIndex<'_>) -> Vec<SyntaxWarningSite> {
    let mut finder = Finder {
        lines,
        found: Vec::new(),
    };
    finder.visit_expr(body);
    finder.found
}

struct Finder<'l, 's> {
    lines: &'l LineIndex<'s>,
    found: Vec<SyntaxWarningSite>,
}

impl Finder<'_, '_> {
    fn warn(&mut self, node: &impl Ranged, message: String) {
        let (line, col) = self.lines.line_col(node.start().into());
        let (end_line, end_col) = self.lines.line_col(node.end().into());
        self.found.push(SyntaxWarningSite {
            category: CompileWarningCategory::Syntax,
            message,
            line,
            offset: col + 1,
            end_line,
            end_offset: end_col + 1,
            text: None,
        });
    }

    /// `a is b` / `a is not b` where either side is a literal other than None, True, False
    /// or `...` (identity with a fresh constant is not what was meant).
    fn check_compare(&mut self, e: &Expr, left: &Expr, ops: &[CmpOp], rights: &[Expr]) {
        let mut prev = left;
        for (op, right) in ops.iter().zip(rights) {
            if matches!(op, CmpOp::Is | CmpOp::IsNot) && (is_literal(prev) || is_literal(right)) {
                let message = match op {
                    CmpOp::Is => "\"is\" with a literal. Did you mean \"==\"?",
                    _ => "\"is not\" with a literal. Did you mean \"!=\"?",
                };
                // One warning per comparison chain.
                return self.warn(e, message.to_string());
            }
            prev = right;
        }
    }

    fn check_call(&mut self, e: &Expr, func: &Expr) {
        let callee = match func {
            Expr::Tuple(_)
            | Expr::List(_)
            | Expr::ListComp(_)
            | Expr::Dict(_)
            | Expr::DictComp(_)
            | Expr::Set(_)
            | Expr::SetComp(_)
            | Expr::Generator(_)
            | Expr::FString(_) => literal_type(func),
            _ => fold_expr(func, 0).map(|c| constant_type(&c)),
        };
        if let Some(ty) = callee {
            self.warn(
                e,
                format!("'{ty}' object is not callable; perhaps you missed a comma?"),
            );
        }
    }

    fn check_subscript(&mut self, e: &Expr, value: &Expr, index: &Expr) {
        let value_const = match value {
            Expr::Tuple(_) | Expr::List(_) | Expr::Dict(_) | Expr::Set(_) => None,
            _ => fold_expr(value, 0),
        };
        let unsubscriptable = match (&value_const, value) {
            (Some(c), _) => !matches!(
                c,
                Constant::Str(_) | Constant::Bytes(_) | Constant::Tuple(_)
            ),
            (None, Expr::Set(_) | Expr::SetComp(_) | Expr::Generator(_) | Expr::Lambda(_)) => true,
            _ => false,
        };
        if unsubscriptable {
            let ty = match &value_const {
                Some(c) => constant_type(c),
                None => literal_type(value).unwrap_or("object"),
            };
            self.warn(
                e,
                format!("'{ty}' object is not subscriptable; perhaps you missed a comma?"),
            );
            return;
        }
        // A sequence literal indexed by something that is known not to be an int or slice.
        let sequence = match (&value_const, value) {
            (Some(c), _) => Some(constant_type(c)),
            (None, Expr::Tuple(_) | Expr::List(_) | Expr::ListComp(_) | Expr::FString(_)) => {
                literal_type(value)
            }
            _ => None,
        };
        let Some(sequence) = sequence else { return };
        let index_type = match index {
            Expr::Slice(_) => None,
            Expr::Tuple(_) => Some("tuple"),
            _ => match fold_expr(index, 0) {
                Some(Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_)) => None,
                Some(c) => Some(constant_type(&c)),
                None => literal_type(index),
            },
        };
        if let Some(index_type) = index_type {
            self.warn(
                e,
                format!(
                    "{sequence} indices must be integers or slices, not {index_type}; perhaps you missed a comma?"
                ),
            );
        }
    }
}

impl<'a> Visitor<'a> for Finder<'_, '_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::Assert(a) = stmt {
            if matches!(&*a.test, Expr::Tuple(t) if !t.elts.is_empty()) {
                self.warn(
                    stmt,
                    "assertion is always true, perhaps remove parentheses?".to_string(),
                );
            }
        }
        walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Compare(c) => self.check_compare(e, &c.left, &c.ops, &c.comparators),
            Expr::Call(c) => self.check_call(e, &c.func),
            Expr::Subscript(s) if s.ctx == ExprContext::Load => {
                self.check_subscript(e, &s.value, &s.slice)
            }
            _ => {}
        }
        walk_expr(self, e);
    }
}

/// Is `e` a constant (after folding) other than None, True, False and `...`?
fn is_literal(e: &Expr) -> bool {
    !matches!(
        fold_expr(e, 0),
        None | Some(Constant::None | Constant::Bool(_) | Constant::Ellipsis)
    )
}

/// The type of what a display or comprehension makes, when `e` is one.
fn literal_type(e: &Expr) -> Option<&'static str> {
    Some(match e {
        Expr::Tuple(_) => "tuple",
        Expr::List(_) | Expr::ListComp(_) => "list",
        Expr::Dict(_) | Expr::DictComp(_) => "dict",
        Expr::Set(_) | Expr::SetComp(_) => "set",
        Expr::Generator(_) => "generator",
        Expr::Lambda(_) => "function",
        Expr::FString(_) => "str",
        _ => return None,
    })
}

fn constant_type(c: &Constant) -> &'static str {
    match c {
        Constant::None => "NoneType",
        Constant::Bool(_) => "bool",
        Constant::Int(_) | Constant::BigInt(_) => "int",
        Constant::Float(_) => "float",
        Constant::Complex(..) => "complex",
        Constant::Str(_) => "str",
        Constant::Bytes(_) => "bytes",
        Constant::Tuple(_) => "tuple",
        Constant::FrozenSet(_) => "frozenset",
        Constant::Ellipsis => "ellipsis",
        Constant::Code(_) => "code",
    }
}
