//! Source positions: byte offsets from the parser turned into the line/column pairs that
//! `CodeObject` locations (0-based UTF-8 byte columns, like CPython's `co_positions()`) and
//! `SyntaxError` (1-based character offsets) use.

/// Line starts of one source text, for offset → (line, column) look-ups.
pub struct LineIndex<'a> {
    src: &'a str,
    /// Byte offset where each line starts; `starts[0] == 0`.
    starts: Vec<u32>,
}

impl<'a> LineIndex<'a> {
    pub fn new(src: &'a str) -> Self {
        let bytes = src.as_bytes();
        let mut starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { src, starts }
    }

    pub fn source(&self) -> &'a str {
        self.src
    }

    /// 1-based line and 0-based byte column of a byte offset.
    pub fn line_col(&self, offset: u32) -> (u32, u32) {
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let start = self.starts.get(line).copied().unwrap_or(0);
        (line as u32 + 1, offset.saturating_sub(start))
    }

    /// The number of lines (a final line break starts an empty last one).
    pub fn line_count(&self) -> u32 {
        self.starts.len() as u32
    }

    /// Byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        self.starts.get(i).copied().unwrap_or(self.src.len() as u32)
    }

    /// The text of 1-based `line` without its line break.
    pub fn line_text(&self, line: u32) -> Option<&'a str> {
        let i = (line.max(1) - 1) as usize;
        let start = *self.starts.get(i)? as usize;
        let end = self
            .starts
            .get(i + 1)
            .map(|&e| e as usize)
            .unwrap_or(self.src.len());
        let text = self.src.get(start..end)?;
        Some(text.trim_end_matches(['\n', '\r']))
    }

    /// 1-based character offset of a 0-based byte column on `line` (as `SyntaxError.offset`).
    pub fn char_offset(&self, line: u32, byte_col: u32) -> u32 {
        let start = self.line_start(line) as usize;
        let end = (start + byte_col as usize).min(self.src.len());
        let mut e = end;
        while e > start && !self.src.is_char_boundary(e) {
            e -= 1;
        }
        let n = self
            .src
            .get(start..e)
            .map(|s| s.chars().count())
            .unwrap_or(0);
        n as u32 + 1
    }

    /// 1-based line and 1-based character offset of a byte offset.
    pub fn char_pos(&self, offset: u32) -> (u32, u32) {
        let (line, col) = self.line_col(offset);
        (line, self.char_offset(line, col))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions() {
        let idx = LineIndex::new("ab\ncé d\r\nx");
        assert_eq!(idx.line_col(0), (1, 0));
        assert_eq!(idx.line_col(3), (2, 0));
        assert_eq!(idx.line_col(7), (2, 4));
        assert_eq!(idx.char_pos(7), (2, 4));
        assert_eq!(idx.line_text(2), Some("cé d"));
        assert_eq!(idx.line_text(3), Some("x"));
        assert_eq!(idx.line_col(10), (3, 0));
    }
}
