//! Reading Python source files, and turning byte offsets into lines and columns.

use std::path::Path;

use ruff_text_size::TextRange;

use crate::failure::Failure;

/// Reads a Python source file as text (UTF-8, or the encoding its PEP 263 declaration
/// names), without a leading byte order mark. `shown` is the name used in messages.
pub fn read_source(path: &Path, shown: &str) -> Result<String, Failure> {
    if path.is_dir() {
        return Err(Failure::msg(format!(
            "'{shown}' is a directory, not a Python file"
        )));
    }
    let bytes =
        std::fs::read(path).map_err(|e| Failure::msg(format!("cannot read '{shown}': {e}")))?;
    tote_runtime::compiler::source_encoding::decode_source(&bytes, shown)
        .map_err(|msg| Failure::msg(format!("'{shown}': SyntaxError: {msg}")))
}

/// Line starts of a text, for offset → (line, column) conversions.
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset of the start of every line; the first is 0.
    starts: Vec<usize>,
}

/// A 1-based line and a 0-based column counted in characters, as Python's `tokenize` and
/// `ast` report them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub col: usize,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> LineIndex<'a> {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            // `\r\n`, `\n` and a lone `\r` all end a line.
            let ends_line = b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'));
            if ends_line {
                starts.push(i + 1);
            }
        }
        LineIndex { text, starts }
    }

    /// The position of a byte offset (clamped to the text).
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts[line - 1];
        let col = self
            .text
            .get(start..offset)
            .map_or(offset - start, |s| s.chars().count());
        Position { line, col }
    }

    /// Start and end positions of a range.
    pub fn span(&self, range: TextRange) -> (Position, Position) {
        (
            self.position(range.start().to_usize()),
            self.position(range.end().to_usize()),
        )
    }

    /// The text of a 1-based line, without its line break.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = line.checked_sub(1).and_then(|i| self.starts.get(i)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(self.text.len());
        self.text
            .get(start..end)
            .unwrap_or("")
            .trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters() {
        let index = LineIndex::new("ab\n\u{e9}x = 1\r\nz\rw");
        assert_eq!(index.position(0), Position { line: 1, col: 0 });
        assert_eq!(index.position(2), Position { line: 1, col: 2 });
        assert_eq!(index.position(3), Position { line: 2, col: 0 });
        assert_eq!(index.position(5), Position { line: 2, col: 1 });
        assert_eq!(index.position(12), Position { line: 3, col: 0 });
        assert_eq!(index.position(14), Position { line: 4, col: 0 });
        assert_eq!(index.position(999), Position { line: 4, col: 1 });
        assert_eq!(index.line_text(2), "\u{e9}x = 1");
        assert_eq!(index.line_text(4), "w");
        assert_eq!(index.line_text(0), "");
        assert_eq!(index.line_text(9), "");
    }
}
