//! The single-byte ("charmap") codecs: cp437, cp850, cp1250-cp1252, iso8859-2..16,
//! koi8-r, koi8-u and mac-roman. Each is a table of what bytes 0x80..0xFF decode to
//! (`charmap_tables.rs`, generated from CPython); bytes below 0x80 are ASCII.
//!
//! This file finds a codec by any name CPython accepts for it and maps single bytes and
//! characters; the loops and the error handlers are the shared ones of `codecs.rs` (for
//! `str.encode`/`bytes.decode`) and `modules/io/codec.rs` (for text files). Like CPython,
//! errors call the codec `'charmap'`.

use super::charmap_tables::{ALIASES, CODECS, UNDEFINED};

/// One charmap codec: its entry in the generated `CODECS`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Charmap {
    /// CPython's canonical name (`codecs.lookup(x).name`): "cp1252", "iso8859-15"…
    pub name: &'static str,
    /// The characters of bytes 0x80..0xFF, `UNDEFINED` where there is none.
    high: &'static [u16; 128],
}

/// What errors call every charmap codec.
pub const ERROR_NAME: &str = "charmap";

/// Why a byte or character has no counterpart.
pub const UNDEFINED_REASON: &str = "character maps to <undefined>";

/// The codec with the normalised name `normalized` (see `codecs::normalize`), as CPython's
/// registry finds it: an alias, the alias with '.' read as '_', or the module name itself.
pub fn lookup(normalized: &str) -> Option<Charmap> {
    let alias = |n: &str| {
        ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(n))
            .ok()
            .and_then(|i| ALIASES.get(i))
            .map(|&(_, module)| module)
    };
    let module = alias(normalized)
        .or_else(|| alias(&normalized.replace('.', "_")))
        .unwrap_or(normalized);
    CODECS
        .iter()
        .find(|&&(m, _, _)| m == module)
        .map(|&(_, name, high)| Charmap { name, high })
}

/// The codec whose canonical name is `name` (what `codecs::canonical_name` answers).
pub fn named(name: &str) -> Option<Charmap> {
    CODECS
        .iter()
        .find(|&&(_, n, _)| n == name)
        .map(|&(_, name, high)| Charmap { name, high })
}

impl Charmap {
    /// The character byte `b` decodes to.
    pub fn decode_byte(&self, b: u8) -> Option<char> {
        if b < 0x80 {
            return Some(b as char);
        }
        match self.high.get((b - 0x80) as usize) {
            Some(&n) if n != UNDEFINED => char::from_u32(n as u32),
            _ => None,
        }
    }

    /// The byte `c` encodes to.
    pub fn encode_char(&self, c: char) -> Option<u8> {
        let n = c as u32;
        if n < 0x80 {
            return Some(n as u8);
        }
        if n >= 0xFFFF {
            return None;
        }
        // 128 entries: a scan costs less than building and keeping an inverse map.
        let at = self.high.iter().position(|&m| m as u32 == n)?;
        Some(0x80 + at as u8)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_codecs_by_alias_and_module_name() {
        let cp1252 = lookup("windows_1252").map(|c| c.name);
        assert_eq!(cp1252, Some("cp1252"));
        assert_eq!(lookup("latin9").map(|c| c.name), Some("iso8859-15"));
        assert_eq!(lookup("mac_roman").map(|c| c.name), Some("mac-roman"));
        assert_eq!(lookup("437").map(|c| c.name), Some("cp437"));
        assert_eq!(lookup("cp_1252"), None);
        assert_eq!(lookup("iso8859_12"), None);
    }

    #[test]
    fn maps_bytes_both_ways() {
        let Some(cp1252) = lookup("cp1252") else {
            panic!("cp1252 missing")
        };
        assert_eq!(cp1252.decode_byte(0x80), Some('\u{20ac}'));
        assert_eq!(cp1252.decode_byte(0x81), None);
        assert_eq!(cp1252.encode_char('\u{20ac}'), Some(0x80));
        assert_eq!(cp1252.encode_char('\u{4e00}'), None);
        assert_eq!(cp1252.encode_char('A'), Some(b'A'));
    }
}
