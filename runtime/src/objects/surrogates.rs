//! Lone surrogates in `str`.
//!
//! A Python `str` may hold the code points U+D800..U+DFFF on their own: `chr(0xd800)`,
//! `"\udc80"`, bytes decoded with `surrogateescape` or `surrogatepass`, file names that are
//! not UTF-8. tote's strings are UTF-8 (`Box<str>`), which cannot hold them, so each one is
//! stored as a *stand-in*: the supplementary private-use character U+10D800..U+10DFFF
//! (the surrogate plus 0x100000). Everything that shows or converts code points goes through
//! this file: `ord()`, `repr()`, the codecs (which refuse or escape stand-ins exactly as
//! CPython treats surrogates) and `isprintable()` (private-use characters are not printable,
//! like surrogates).
//!
//! The price: the real private-use characters U+10D800..U+10DFFF read as surrogates. Nobody
//! assigns meaning to that corner of plane 16 in practice, and the alternative, a string
//! representation that is not UTF-8, would make every string operation pay.

/// Added to a surrogate to get its stand-in.
const STAND_IN_OFFSET: u32 = 0x10_0000;

/// Whether `n` is a surrogate code point.
pub fn is_surrogate(n: u32) -> bool {
    (0xD800..=0xDFFF).contains(&n)
}

/// The character `str` holds for code point `n` (0..=0x10FFFF): itself, or a surrogate's
/// stand-in. None past U+10FFFF.
pub fn char_for_code_point(n: u32) -> Option<char> {
    if is_surrogate(n) {
        char::from_u32(n + STAND_IN_OFFSET)
    } else {
        char::from_u32(n)
    }
}

/// The surrogate code point that `c` stands for, if it is a stand-in.
pub fn surrogate_of(c: char) -> Option<u32> {
    let n = (c as u32).wrapping_sub(STAND_IN_OFFSET);
    is_surrogate(n).then_some(n)
}

/// The code point Python sees for `c` (a stand-in counts as its surrogate).
pub fn code_point(c: char) -> u32 {
    surrogate_of(c).unwrap_or(c as u32)
}

/// Whether `text` holds any stand-in, which the fast paths of the codecs must not pass
/// through as plain UTF-8.
pub fn has_surrogates(text: &str) -> bool {
    // Stand-ins are four-byte characters led by 0xF4, rare in any text.
    text.as_bytes().contains(&0xF4) && text.chars().any(|c| surrogate_of(c).is_some())
}

/// Orders two strs as Python does, by code point. UTF-8 byte order is code-point order except
/// where a stand-in meets a character above U+FFFF: the stand-in (a plane-16 character)
/// sorts after `'😀'`, the surrogate it holds before. So the bytes decide, unless the first
/// characters that differ are not both ordinary.
pub fn cmp_code_points(a: &str, b: &str) -> std::cmp::Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let Some(at) = x.iter().zip(y).position(|(p, q)| p != q) else {
        return x.len().cmp(&y.len());
    };
    // Both strings agree before `at`, so the character holding it starts at the same place.
    let start = (0..=at).rev().find(|&k| a.is_char_boundary(k)).unwrap_or(0);
    let first_differing = |s: &str| {
        s.get(start..)
            .and_then(|t| t.chars().next())
            .map(code_point)
    };
    first_differing(a).cmp(&first_differing(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_round_trip() {
        for n in [0xD800, 0xDBFF, 0xDC80, 0xDFFF] {
            let c = char_for_code_point(n).unwrap_or('x');
            assert_eq!(surrogate_of(c), Some(n));
            assert_eq!(code_point(c), n);
            assert!(has_surrogates(&format!("a{c}b")));
        }
        assert_eq!(char_for_code_point(0x41), Some('A'));
        assert_eq!(surrogate_of('A'), None);
        assert_eq!(code_point('\u{10FFFF}'), 0x10FFFF);
        assert_eq!(char_for_code_point(0x110000), None);
        assert!(!has_surrogates("plain \u{10FFFF} text"));
    }

    #[test]
    fn strs_order_by_code_point_with_stand_ins() {
        let surrogate = char_for_code_point(0xD800)
            .map(String::from)
            .unwrap_or_default();
        assert_eq!(
            cmp_code_points(&surrogate, "\u{1F600}"),
            std::cmp::Ordering::Less
        );
        assert_eq!(
            cmp_code_points("\u{1F600}", &surrogate),
            std::cmp::Ordering::Greater
        );
        assert_eq!(
            cmp_code_points(&surrogate, "\u{E000}"),
            std::cmp::Ordering::Less
        );
        assert_eq!(
            cmp_code_points(&surrogate, "\u{D7FF}"),
            std::cmp::Ordering::Greater
        );
        assert_eq!(cmp_code_points("ab", "abc"), std::cmp::Ordering::Less);
        assert_eq!(cmp_code_points("abc", "abc"), std::cmp::Ordering::Equal);
        assert_eq!(cmp_code_points("é", "z"), std::cmp::Ordering::Greater);
        assert_eq!(
            cmp_code_points("aé", "a\u{1F600}"),
            std::cmp::Ordering::Less
        );
    }
}
