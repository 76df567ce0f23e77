//! The SyntaxWarning CPython 3.11's tokenizer gives for a number written right against a
//! keyword that may follow it (`1if x else 2`, `0x1for`): "invalid decimal literal" (or
//! hexadecimal, octal, binary, imaginary), pointing at the number's last character. The
//! code still compiles; a later version makes it an error.

use ruff_python_ast::token::{Token, TokenKind as K};
use ruff_text_size::Ranged;

use super::lines::LineIndex;
use crate::bytecode::{CompileWarningCategory, SyntaxWarningSite};

/// The warnings for the numbers among `tokens`, in source order.
pub fn find(tokens: &[Token], lines: &LineIndex<'_>) -> Vec<SyntaxWarningSite> {
    let source = lines.source();
    let mut found = Vec::new();
    for pair in tokens.windows(2) {
        let [number, word] = pair else { continue };
        if !matches!(number.kind(), K::Int | K::Float | K::Complex) {
            continue;
        }
        let touching = number.range().end() == word.range().start();
        let keyword = matches!(
            word.kind(),
            K::And | K::Else | K::For | K::If | K::In | K::Is | K::Not | K::Or
        );
        if !touching || !keyword {
            continue;
        }
        let text = source.get(number.range().to_std_range()).unwrap_or("");
        let lower = text.to_ascii_lowercase();
        let kind = if number.kind() == K::Complex {
            "imaginary"
        } else if lower.starts_with("0x") {
            "hexadecimal"
        } else if lower.starts_with("0o") {
            "octal"
        } else if lower.starts_with("0b") {
            "binary"
        } else {
            "decimal"
        };
        let last = u32::from(number.range().end()).saturating_sub(1);
        let (line, offset) = lines.char_pos(last);
        found.push(SyntaxWarningSite {
            category: CompileWarningCategory::Syntax,
            message: format!("invalid {kind} literal"),
            line,
            offset,
            end_line: line,
            end_offset: offset,
            text: lines.line_text(line).map(str::to_string),
        });
    }
    found
}
