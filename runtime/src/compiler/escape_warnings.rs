//! The DeprecationWarning CPython 3.11's tokenizer gives for a backslash that starts no
//! escape sequence in a non-raw literal (`"\d"`: `invalid escape sequence '\d'`): one per
//! literal token, for its first such backslash, pointing at the whole token. The default
//! filters hide it (its module is named after the file, never `__main__`); `-W default`
//! shows it and an "error" filter makes it a SyntaxError (`vm/syntax_warnings.rs`).

use ruff_python_ast::visitor::{walk_f_string, Visitor};
use ruff_python_ast::{BytesLiteral, FString, InterpolatedStringElements, Mod, StringLiteral};
use ruff_text_size::{Ranged, TextRange};

use super::lines::LineIndex;
use super::string_escapes::literal_body;
use crate::bytecode::{CompileWarningCategory, SyntaxWarningSite};

/// The warnings for every literal of `module`, in source order.
pub fn find(module: &Mod, lines: &LineIndex<'_>) -> Vec<SyntaxWarningSite> {
    let mut finder = Finder {
        lines,
        found: Vec::new(),
    };
    match module {
        Mod::Module(m) => m.body.iter().for_each(|s| finder.visit_stmt(s)),
        Mod::Expression(e) => finder.visit_expr(&e.body),
    }
    finder.found
}

struct Finder<'l, 's> {
    lines: &'l LineIndex<'s>,
    found: Vec<SyntaxWarningSite>,
}

impl Finder<'_, '_> {
    fn token(&self, range: TextRange) -> &str {
        self.lines.source().get(range.to_std_range()).unwrap_or("")
    }

    fn warn(&mut self, token: TextRange, escape: char) {
        let (line, offset) = self.lines.char_pos(token.start().into());
        let (end_line, end_offset) = self.lines.char_pos(token.end().into());
        self.found.push(SyntaxWarningSite {
            category: CompileWarningCategory::Deprecation,
            message: format!("invalid escape sequence '\\{escape}'"),
            line,
            offset,
            end_line,
            end_offset,
            text: self.lines.line_text(line).map(str::to_string),
        });
    }

    /// The first invalid escape in the literal texts of an f-string (format specs included).
    fn first_in_elements(&self, elements: &InterpolatedStringElements) -> Option<char> {
        elements.iter().find_map(|element| match element {
            ruff_python_ast::InterpolatedStringElement::Literal(literal) => {
                first_invalid_escape(self.token(literal.range()), false)
            }
            ruff_python_ast::InterpolatedStringElement::Interpolation(field) => field
                .format_spec
                .as_ref()
                .and_then(|spec| self.first_in_elements(&spec.elements)),
        })
    }
}

impl<'a> Visitor<'a> for Finder<'_, '_> {
    fn visit_string_literal(&mut self, literal: &'a StringLiteral) {
        if literal.flags.prefix().is_raw() {
            return;
        }
        let body = literal_body(self.token(literal.range())).map(|(_, body)| body);
        if let Some(c) = body.and_then(|b| first_invalid_escape(b, false)) {
            self.warn(literal.range(), c);
        }
    }

    fn visit_bytes_literal(&mut self, literal: &'a BytesLiteral) {
        if literal.flags.prefix().is_raw() {
            return;
        }
        let body = literal_body(self.token(literal.range())).map(|(_, body)| body);
        if let Some(c) = body.and_then(|b| first_invalid_escape(b, true)) {
            self.warn(literal.range(), c);
        }
    }

    fn visit_f_string(&mut self, f_string: &'a FString) {
        if !f_string.flags.prefix().is_raw() {
            if let Some(c) = self.first_in_elements(&f_string.elements) {
                self.warn(f_string.range(), c);
            }
        }
        walk_f_string(self, f_string);
    }
}

/// The character after the first backslash of `body` that starts no escape sequence
/// (`bytes` know no `\N`, `\u` or `\U`).
fn first_invalid_escape(body: &str, bytes: bool) -> Option<char> {
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            continue;
        }
        let next = chars.next()?;
        let valid = match next {
            '\n' | '\r' | '\\' | '\'' | '"' | 'a' | 'b' | 'f' | 'n' | 'r' | 't' | 'v' | 'x' => true,
            '0'..='7' => true,
            'N' | 'u' | 'U' => !bytes,
            _ => false,
        };
        if !valid {
            return Some(next);
        }
    }
    None
}
