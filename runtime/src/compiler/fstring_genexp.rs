//! f-string fields that are generator expressions without parentheses of their own
//! (`f'{x for x in y}'`). CPython 3.11 compiles each field's expression as `(expr)`, so it
//! accepts them, and the generator spans the field's braces (they stand where its
//! parentheses would); ruff's parser follows 3.12, which rejects them. When the source did
//! not parse, each such field is blanked out (keeping every byte offset) for ruff, its
//! generator is parsed on its own with the braces read as parentheses, and the tree gets
//! it back in place of the blank.

use ruff_python_ast::visitor::transformer::{walk_interpolated_string_element, Transformer};
use ruff_python_ast::{DebugText, Expr, InterpolatedStringElement, Mod};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::cell::RefCell;

use super::fstrings;

/// A generator field's expression, parsed, and where its field starts.
pub struct GeneratorField {
    open: u32,
    /// The length of the expression's text (its blank stand-in is as long).
    text_len: usize,
    text: String,
    generator: Expr,
}

/// `source` with its unparenthesized generator fields blanked out, and those generators;
/// `None` when it has none.
pub fn mask(source: &str) -> Option<(String, Vec<GeneratorField>)> {
    let mut found = Vec::new();
    for f in fstrings::fields(source) {
        let (s, e) = (f.expr_start as usize, f.expr_end as usize);
        let Some(text) = source.get(s..e) else {
            continue;
        };
        if !text.contains("for") {
            continue;
        }
        // ruff reads a parenthesized generator (or anything else it accepts) itself.
        let own = TextRange::new(TextSize::from(f.expr_start), TextSize::from(f.expr_end));
        if ruff_python_parser::parse_expression_range(source, own).is_ok() {
            continue;
        }
        if let Some(generator) = braces_as_parentheses(source, f.open, f.stop) {
            found.push(GeneratorField {
                open: f.open,
                text_len: text.len(),
                text: text.to_string(),
                generator,
            });
        }
    }
    if found.is_empty() {
        return None;
    }
    let mut bytes = source.as_bytes().to_vec();
    for f in &fstrings::fields(source) {
        if !found.iter().any(|g| g.open == f.open) {
            continue;
        }
        // A name and blanks: valid in any field, and the same length as the text.
        if let Some(span) = bytes.get_mut(f.expr_start as usize..f.expr_end as usize) {
            for (i, b) in span.iter_mut().enumerate() {
                *b = if i == 0 { b'_' } else { b' ' };
            }
        }
    }
    let masked = String::from_utf8(bytes).ok()?;
    Some((masked, found))
}

/// The field from `open` (its `{`) to `stop` parsed as `(expr)`, with the braces' offsets:
/// the generator it is, or `None`.
fn braces_as_parentheses(source: &str, open: u32, stop: u32) -> Option<Expr> {
    let mut text = source.get(..=stop as usize)?.as_bytes().to_vec();
    *text.get_mut(open as usize)? = b'(';
    *text.get_mut(stop as usize)? = b')';
    let text = String::from_utf8(text).ok()?;
    let whole = TextRange::new(TextSize::from(open), TextSize::from(stop + 1));
    let parsed = ruff_python_parser::parse_expression_range(&text, whole).ok()?;
    match *parsed.into_syntax().body {
        // (`(yield x for x in y)` is no generator to CPython: ruff reads it as one.)
        Expr::Generator(g) if matches!(*g.elt, Expr::Yield(_) | Expr::YieldFrom(_)) => None,
        g @ Expr::Generator(_) => Some(g),
        _ => None,
    }
}

/// Puts each generator back into the field it was blanked out of.
pub fn restore(module: &mut Mod, fields: Vec<GeneratorField>) {
    let putter = PutBack {
        fields: RefCell::new(fields),
    };
    match module {
        Mod::Module(m) => putter.visit_body(&mut m.body),
        Mod::Expression(e) => putter.visit_expr(&mut e.body),
    }
}

struct PutBack {
    fields: RefCell<Vec<GeneratorField>>,
}

impl Transformer for PutBack {
    fn visit_interpolated_string_element(&self, element: &mut InterpolatedStringElement) {
        if let InterpolatedStringElement::Interpolation(i) = element {
            let open = u32::from(i.range().start());
            let mut fields = self.fields.borrow_mut();
            if let Some(k) = fields.iter().position(|f| f.open == open) {
                let f = fields.swap_remove(k);
                drop(fields);
                *i.expression = f.generator;
                // `{x for x in y=}`: the text shown is the expression's, not the blank's.
                if let Some(d) = &i.debug_text {
                    let trailing = d
                        .trailing()
                        .get(f.text_len.saturating_sub(1)..)
                        .unwrap_or("");
                    i.debug_text = Some(DebugText::new(d.leading(), &f.text, trailing));
                }
            }
        }
        walk_interpolated_string_element(self, element);
    }
}
