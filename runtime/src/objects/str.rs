//! `str` values: immutable, with the hash and the character count computed once. (The
//! one exception: `s += t` on a string nothing else refers to appends in place, as
//! CPython's does, so that building a string in a loop is not quadratic; see `append`.)
//! Identifiers are interned so name look-ups compare pointers first. The methods live in
//! `methods/str.rs`; `bytes` is in `bytes.rs`.

use hashbrown::HashMap;
use std::cell::Cell;
use std::rc::Rc;

use super::dict::str_hash;

pub struct PyStr {
    /// A `String`, not a `Box<str>`: `append` needs the spare capacity to stay amortized.
    s: String,
    /// Number of characters (code points).
    chars: usize,
    /// The hash once computed, `NO_HASH` until then (no str hashes to -1).
    hash: Cell<i64>,
}

const NO_HASH: i64 = -1;

impl PyStr {
    pub fn new(s: &str) -> PyStr {
        PyStr {
            chars: char_count(s),
            s: s.into(),
            hash: Cell::new(NO_HASH),
        }
    }

    pub fn from_string(mut s: String) -> PyStr {
        s.shrink_to_fit();
        PyStr {
            chars: char_count(&s),
            s,
            hash: Cell::new(NO_HASH),
        }
    }

    /// Appends `other` to this string, which the caller owns alone (`Rc::get_mut`): the
    /// in-place `s += t`. The capacity grows geometrically, so a loop of appends costs
    /// linear time.
    pub fn append(&mut self, other: &PyStr) {
        self.s.push_str(&other.s);
        self.chars += other.chars;
        self.hash.set(NO_HASH);
    }

    /// The shared copy of an identifier.
    /// `sys.intern`: the interned string equal to `s`, which becomes it if there is none.
    pub fn intern_rc(s: &Rc<PyStr>) -> Rc<PyStr> {
        INTERNED.with(|m| {
            let mut m = m.borrow_mut();
            if let Some(r) = m.get(s.as_str()) {
                return r.clone();
            }
            m.insert(s.as_str().into(), s.clone());
            s.clone()
        })
    }

    pub fn intern(s: &str) -> Rc<PyStr> {
        INTERNED.with(|m| {
            let mut m = m.borrow_mut();
            if let Some(r) = m.get(s) {
                return r.clone();
            }
            let r = Rc::new(PyStr::new(s));
            if s.len() <= 64 {
                m.insert(s.into(), r.clone());
            }
            r
        })
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.s
    }

    /// Length in characters, as `len()` reports it.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    pub fn hash_value(&self) -> i64 {
        let h = self.hash.get();
        if h != NO_HASH {
            return h;
        }
        let h = str_hash(&self.s);
        self.hash.set(h);
        h
    }

    /// The character at index `i` (0-based, already bounds-checked by the caller).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.s.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.s.chars().nth(i)
        }
    }

    /// Byte offset of character index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.s.len())
        } else {
            self.s
                .char_indices()
                .nth(i)
                .map(|(b, _)| b)
                .unwrap_or(self.s.len())
        }
    }

    /// Characters `start..stop` (character indices, clamped).
    pub fn substring(&self, start: usize, stop: usize) -> &str {
        let a = self.byte_offset(start);
        let b = self.byte_offset(stop.max(start));
        &self.s[a..b]
    }
}

fn char_count(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

thread_local! {
    // Sized for the names the builtin types and modules intern at start-up, so that
    // start-up does not rehash it several times over.
    static INTERNED: std::cell::RefCell<HashMap<Box<str>, Rc<PyStr>>> =
        std::cell::RefCell::new(HashMap::with_capacity(4096));
}

/// `repr()` of a str, with CPython's choice of quotes and escapes.
/// `s.isidentifier()`: a letter or `_`, then letters, digits and `_`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => {
            (c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
        }
        None => false,
    }
}

pub fn repr_str(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if super::unicode::is_printable(c) => out.push(c),
            c => {
                let n = super::surrogates::code_point(c);
                if n < 0x100 {
                    out.push_str(&format!("\\x{:02x}", n));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{:04x}", n));
                } else {
                    out.push_str(&format!("\\U{:08x}", n));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// `ascii()`: like repr, with every non-ASCII character escaped.
pub fn ascii_repr(s: &str) -> String {
    escape_non_ascii(&repr_str(s))
}

/// Escapes every non-ASCII character of an already-repr'd text as `\xNN`, `\uNNNN` or
/// `\UNNNNNNNN` (what `ascii()` and `!a` do to a repr).
pub fn escape_non_ascii(r: &str) -> String {
    let mut out = String::with_capacity(r.len());
    for c in r.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_picks_quotes_like_cpython() {
        assert_eq!(repr_str("abc"), "'abc'");
        assert_eq!(repr_str("it's"), "\"it's\"");
        assert_eq!(repr_str("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(repr_str("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(repr_str("\x00é"), "'\\x00é'");
        assert_eq!(ascii_repr("é"), "'\\xe9'");
    }

    #[test]
    fn char_indexing_handles_non_ascii() {
        let s = PyStr::new("héllo");
        assert_eq!(s.char_len(), 5);
        assert_eq!(s.char_at(1), Some('é'));
        assert_eq!(s.substring(1, 3), "él");
    }
}
