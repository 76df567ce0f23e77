//! The algorithms behind the methods of `bytes` and `bytearray`, written once over byte
//! slices: searching, splitting, stripping, case mapping (ASCII only, as in CPython),
//! padding, tab expansion, translation and hex conversion. Nothing here touches the VM or
//! raises; argument checking lives in `methods/bytes.rs`.

/// The longest byte string the methods will build; longer results are a MemoryError.
pub const MAX_LEN: usize = 1 << 32;

/// CPython's whitespace for bytes: space, \t, \n, \r, \x0b, \x0c.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// Resolves `start`/`end` arguments as CPython's `ADJUST_INDICES` does: negative values
/// count from the end, `end` is clamped to the length, `start` is not (so a start past the
/// end finds nothing, not even the empty string).
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (usize, usize) {
    let n = len as i64;
    let fix = |i: i64| if i < 0 { (i + n).max(0) } else { i };
    let start = fix(start.unwrap_or(0));
    let end = fix(end.unwrap_or(n)).min(n);
    (start as usize, end as usize)
}

/// First index of `needle` in `hay[start..end]` (as an index into `hay`).
pub fn find(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    let window = &hay[start..end];
    if needle.is_empty() {
        return Some(start);
    }
    let first = needle[0];
    let last_start = window.len() - needle.len();
    (0..=last_start)
        .find(|&i| window[i] == first && &window[i..i + needle.len()] == needle)
        .map(|i| start + i)
}

/// Last index of `needle` in `hay[start..end]`.
pub fn rfind(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    let window = &hay[start..end];
    let last_start = window.len() - needle.len();
    (0..=last_start)
        .rev()
        .find(|&i| &window[i..i + needle.len()] == needle)
        .map(|i| start + i)
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]`.
pub fn count(hay: &[u8], needle: &[u8], start: usize, end: usize) -> usize {
    if end < start || end - start < needle.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let mut n = 0;
    let mut at = start;
    while let Some(i) = find(hay, needle, at, end) {
        n += 1;
        at = i + needle.len();
    }
    n
}

/// `replace(old, new, count)`; `count` None replaces every occurrence.
pub fn replace(data: &[u8], old: &[u8], new: &[u8], count: Option<usize>) -> Vec<u8> {
    let limit = count.unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(data.len());
    if old.is_empty() {
        // The empty string matches before every byte and at the end.
        let mut done = 0;
        for (i, &b) in data.iter().enumerate() {
            if done < limit {
                out.extend_from_slice(new);
                done += 1;
            } else {
                out.extend_from_slice(&data[i..]);
                return out;
            }
            out.push(b);
        }
        if done < limit {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut at = 0;
    let mut done = 0;
    while done < limit {
        match find(data, old, at, data.len()) {
            Some(i) => {
                out.extend_from_slice(&data[at..i]);
                out.extend_from_slice(new);
                at = i + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&data[at..]);
    out
}

/// `split(sep, maxsplit)` with a non-empty separator; `maxsplit` None means no limit.
pub fn split<'a>(data: &'a [u8], sep: &[u8], maxsplit: Option<usize>) -> Vec<&'a [u8]> {
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    let mut at = 0;
    while parts.len() < limit {
        match find(data, sep, at, data.len()) {
            Some(i) => {
                parts.push(&data[at..i]);
                at = i + sep.len();
            }
            None => break,
        }
    }
    parts.push(&data[at..]);
    parts
}

/// `rsplit(sep, maxsplit)` with a non-empty separator.
pub fn rsplit<'a>(data: &'a [u8], sep: &[u8], maxsplit: Option<usize>) -> Vec<&'a [u8]> {
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    let mut end = data.len();
    while parts.len() < limit {
        match rfind(data, sep, 0, end) {
            Some(i) => {
                parts.push(&data[i + sep.len()..end]);
                end = i;
            }
            None => break,
        }
    }
    parts.push(&data[..end]);
    parts.reverse();
    parts
}

/// `split()` on runs of whitespace; after `maxsplit` splits the rest is kept whole (its
/// leading whitespace dropped, its trailing whitespace kept).
pub fn split_whitespace(data: &[u8], maxsplit: Option<usize>) -> Vec<&[u8]> {
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    let mut i = 0;
    loop {
        while i < data.len() && is_space(data[i]) {
            i += 1;
        }
        if i == data.len() {
            break;
        }
        if parts.len() == limit {
            parts.push(&data[i..]);
            break;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        parts.push(&data[start..i]);
    }
    parts
}

/// `rsplit()` on runs of whitespace.
pub fn rsplit_whitespace(data: &[u8], maxsplit: Option<usize>) -> Vec<&[u8]> {
    let limit = maxsplit.unwrap_or(usize::MAX);
    let mut parts = Vec::new();
    let mut end = data.len();
    loop {
        while end > 0 && is_space(data[end - 1]) {
            end -= 1;
        }
        if end == 0 {
            break;
        }
        if parts.len() == limit {
            parts.push(&data[..end]);
            break;
        }
        let stop = end;
        while end > 0 && !is_space(data[end - 1]) {
            end -= 1;
        }
        parts.push(&data[end..stop]);
    }
    parts.reverse();
    parts
}

/// `splitlines(keepends)`: bytes break lines only at \n, \r and \r\n.
pub fn splitlines(data: &[u8], keepends: bool) -> Vec<&[u8]> {
    let mut lines = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b == b'\n' || b == b'\r' {
            let mut end = i + 1;
            if b == b'\r' && data.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            lines.push(&data[start..if keepends { end } else { i }]);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < data.len() {
        lines.push(&data[start..]);
    }
    lines
}

/// `strip`/`lstrip`/`rstrip`: `chars` None strips whitespace.
pub fn strip<'a>(data: &'a [u8], chars: Option<&[u8]>, left: bool, right: bool) -> &'a [u8] {
    let strip_it = |b: u8| match chars {
        Some(set) => set.contains(&b),
        None => is_space(b),
    };
    let mut start = 0;
    let mut end = data.len();
    if left {
        while start < end && strip_it(data[start]) {
            start += 1;
        }
    }
    if right {
        while end > start && strip_it(data[end - 1]) {
            end -= 1;
        }
    }
    &data[start..end]
}

/// `partition(sep)` / `rpartition(sep)`: None when the separator is absent.
pub fn partition<'a>(data: &'a [u8], sep: &[u8], from_right: bool) -> Option<(&'a [u8], &'a [u8])> {
    let found = if from_right {
        rfind(data, sep, 0, data.len())
    } else {
        find(data, sep, 0, data.len())
    };
    found.map(|i| (&data[..i], &data[i + sep.len()..]))
}

pub fn swapcase(data: &[u8]) -> Vec<u8> {
    data.iter()
        .map(|&b| {
            if b.is_ascii_uppercase() {
                b.to_ascii_lowercase()
            } else {
                b.to_ascii_uppercase()
            }
        })
        .collect()
}

pub fn capitalize(data: &[u8]) -> Vec<u8> {
    data.iter()
        .enumerate()
        .map(|(i, &b)| {
            if i == 0 {
                b.to_ascii_uppercase()
            } else {
                b.to_ascii_lowercase()
            }
        })
        .collect()
}

/// `title()`: a letter after a letter is lowered, any other letter is raised.
pub fn title(data: &[u8]) -> Vec<u8> {
    let mut after_cased = false;
    data.iter()
        .map(|&b| {
            let out = if b.is_ascii_uppercase() && after_cased {
                b.to_ascii_lowercase()
            } else if b.is_ascii_lowercase() && !after_cased {
                b.to_ascii_uppercase()
            } else {
                b
            };
            after_cased = b.is_ascii_alphabetic();
            out
        })
        .collect()
}

pub fn is_title(data: &[u8]) -> bool {
    let mut cased = false;
    let mut after_cased = false;
    for &b in data {
        if b.is_ascii_uppercase() {
            if after_cased {
                return false;
            }
            after_cased = true;
            cased = true;
        } else if b.is_ascii_lowercase() {
            if !after_cased {
                return false;
            }
            after_cased = true;
            cased = true;
        } else {
            after_cased = false;
        }
    }
    cased
}

/// `isupper()` (`upper` true) or `islower()`: some cased byte, none of the other case.
pub fn is_cased(data: &[u8], upper: bool) -> bool {
    let has = data.iter().any(|b| {
        if upper {
            b.is_ascii_uppercase()
        } else {
            b.is_ascii_lowercase()
        }
    });
    let has_other = data.iter().any(|b| {
        if upper {
            b.is_ascii_lowercase()
        } else {
            b.is_ascii_uppercase()
        }
    });
    has && !has_other
}

/// `expandtabs(tabsize)`: columns restart after \n and \r.
pub fn expandtabs(data: &[u8], tabsize: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    let mut col: i64 = 0;
    for &b in data {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let pad = tabsize - col % tabsize;
                    out.extend(std::iter::repeat(b' ').take(pad as usize));
                    col = col.saturating_add(pad);
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    out
}

/// The length `expandtabs(tabsize)` would give, computed without building it.
pub fn expanded_len(data: &[u8], tabsize: i64) -> u128 {
    let mut len: u128 = 0;
    let mut col: i64 = 0;
    for &b in data {
        match b {
            b'\t' => {
                if tabsize > 0 {
                    let pad = tabsize - col % tabsize;
                    len += pad as u128;
                    col = col.saturating_add(pad);
                }
            }
            b'\n' | b'\r' => {
                len += 1;
                col = 0;
            }
            _ => {
                len += 1;
                col = col.saturating_add(1);
            }
        }
    }
    len
}

/// How `justify` places the text.
#[derive(Clone, Copy)]
pub enum Align {
    Left,
    Right,
    Center,
}

/// `ljust`/`rjust`/`center` to `width` with `fill`.
pub fn justify(data: &[u8], width: usize, fill: u8, align: Align) -> Vec<u8> {
    if data.len() >= width {
        return data.to_vec();
    }
    let pad = width - data.len();
    let left = match align {
        Align::Left => 0,
        Align::Right => pad,
        // CPython puts the odd byte on the left when both the padding and the width are odd.
        Align::Center => pad / 2 + (pad & width & 1),
    };
    let mut out = Vec::with_capacity(width);
    out.extend(std::iter::repeat(fill).take(left));
    out.extend_from_slice(data);
    out.extend(std::iter::repeat(fill).take(pad - left));
    out
}

/// `zfill(width)`: zeros after a leading sign.
pub fn zfill(data: &[u8], width: usize) -> Vec<u8> {
    if data.len() >= width {
        return data.to_vec();
    }
    let pad = width - data.len();
    let mut out = Vec::with_capacity(width);
    let (sign, rest) = match data.first() {
        Some(&s @ (b'+' | b'-')) => (Some(s), &data[1..]),
        _ => (None, data),
    };
    out.extend(sign);
    out.extend(std::iter::repeat(b'0').take(pad));
    out.extend_from_slice(rest);
    out
}

/// `translate(table, delete)`: `table` is 256 bytes or None (identity).
pub fn translate(data: &[u8], table: Option<&[u8]>, delete: &[u8]) -> Vec<u8> {
    data.iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| match table {
            Some(t) => t.get(b as usize).copied().unwrap_or(b),
            None => b,
        })
        .collect()
}

/// `bytes.maketrans(from, to)` (same lengths, checked by the caller).
pub fn maketrans(from: &[u8], to: &[u8]) -> Vec<u8> {
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (&f, &t) in from.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    table
}

/// `hex(sep, bytes_per_sep)`: groups of `|bytes_per_sep|` bytes counted from the right
/// (positive) or the left (negative); no separator when `sep` is None or the count is 0.
pub fn hex(data: &[u8], sep: Option<char>, bytes_per_sep: i64) -> String {
    let mut out = String::with_capacity(data.len() * 3);
    let group = bytes_per_sep.unsigned_abs() as usize;
    let n = data.len();
    for (i, b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                let boundary = if bytes_per_sep > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX_DIGITS[(b >> 4) as usize] as char);
        out.push(HEX_DIGITS[(b & 15) as usize] as char);
    }
    out
}

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";

/// `bytes.fromhex(text)`: pairs of hex digits, whitespace allowed between pairs. The error
/// is the character index of the first character that is not where a digit must be.
pub fn fromhex(text: &str) -> Result<Vec<u8>, usize> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len() / 2);
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii() && is_space(chars[i] as u8) {
            i += 1;
            continue;
        }
        let hi = chars[i]
            .to_digit(16)
            .filter(|_| chars[i].is_ascii())
            .ok_or(i)?;
        let lo = chars
            .get(i + 1)
            .filter(|c| c.is_ascii())
            .and_then(|c| c.to_digit(16))
            .ok_or(i + 1)?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn searching_follows_cpython_indices() {
        let (s, e) = adjust_indices(Some(5), None, 3);
        assert_eq!(find(b"abc", b"", s, e), None);
        let (s, e) = adjust_indices(Some(3), None, 3);
        assert_eq!(find(b"abc", b"", s, e), Some(3));
        assert_eq!(rfind(b"abcabc", b"b", 0, 4), Some(1));
        assert_eq!(count(b"aaa", b"aa", 0, 3), 1);
        assert_eq!(count(b"abc", b"", 0, 3), 4);
    }

    #[test]
    fn replace_and_split() {
        assert_eq!(replace(b"abc", b"", b"-", None), b"-a-b-c-");
        assert_eq!(replace(b"abc", b"", b"-", Some(2)), b"-a-bc");
        assert_eq!(replace(b"aaa", b"a", b"b", Some(2)), b"bba");
        assert_eq!(
            split(b"a,b,,c", b",", None),
            vec![&b"a"[..], b"b", b"", b"c"]
        );
        assert_eq!(rsplit(b"a,b,,c", b",", Some(1)), vec![&b"a,b,"[..], b"c"]);
        assert_eq!(
            split_whitespace(b"  a b c  ", Some(0)),
            vec![&b"a b c  "[..]]
        );
        assert_eq!(
            rsplit_whitespace(b"  a b c  ", Some(0)),
            vec![&b"  a b c"[..]]
        );
        assert_eq!(
            rsplit_whitespace(b"a b  c", Some(1)),
            vec![&b"a b"[..], b"c"]
        );
    }

    #[test]
    fn case_and_padding() {
        assert_eq!(title(b"they're"), b"They'Re");
        assert!(is_title(b"Hello World"));
        assert!(!is_title(b"Hello world"));
        assert_eq!(justify(b"ab", 5, b'*', Align::Center), b"**ab*");
        assert_eq!(justify(b"abc", 6, b' ', Align::Center), b" abc  ");
        assert_eq!(zfill(b"-12", 5), b"-0012");
        assert_eq!(expandtabs(b"a\tbc\td", 4), b"a   bc  d");
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(hex(b"\x01\xab\xcd", Some('-'), 2), "01-abcd");
        assert_eq!(hex(b"\x01\xab\xcd", Some('-'), -2), "01ab-cd");
        assert_eq!(fromhex("48 69"), Ok(b"Hi".to_vec()));
        assert_eq!(fromhex("0 1"), Err(1));
        assert_eq!(fromhex("a"), Err(1));
        assert_eq!(fromhex(" 0 "), Err(2));
    }
}
