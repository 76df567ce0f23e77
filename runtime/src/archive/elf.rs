//! Where an ELF executable's own image ends.
//!
//! A runtime without a bundle ends where its ELF image ends. When a file has no bundle trailer
//! but does have bytes past its image, a bundle was appended and its end was cut off: the
//! archive reader reports it as damaged instead of running as a plain runtime. Only consulted
//! when no trailer is found, so a bundled program never pays for it.
//!
//! Only 64-bit little-endian ELF is understood; anything else gives `None` ("cannot tell").

use std::fs::File;
use std::io::{Read, Seek, SeekFrom};

const HEADER_LEN: usize = 64;
/// Section type of `.bss`-like sections that occupy no bytes in the file.
const SHT_NOBITS: u32 = 8;
/// Header tables larger than this are not plausible for a runtime: give up.
const TABLE_LIMIT: u64 = 4 << 20;

fn read_at(file: &mut File, offset: u64, len: u64) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; usize::try_from(len).ok()?];
    file.seek(SeekFrom::Start(offset)).ok()?;
    file.read_exact(&mut buf).ok()?;
    Some(buf)
}

fn field(bytes: &[u8], at: usize, width: usize) -> Option<u64> {
    let raw = bytes.get(at..at.checked_add(width)?)?;
    let mut buf = [0u8; 8];
    buf[..width].copy_from_slice(raw);
    Some(u64::from_le_bytes(buf))
}

/// The largest `offset + size` of a table of `count` entries of `entry_len` bytes at `offset`,
/// where `extent` gives one entry's (offset, size) in the file, and the table's own end.
fn table_end(
    file: &mut File,
    file_len: u64,
    offset: u64,
    count: u64,
    entry_len: u64,
    extent: impl Fn(&[u8]) -> Option<(u64, u64)>,
) -> Option<u64> {
    if count == 0 {
        return Some(0);
    }
    let table_len = count.checked_mul(entry_len)?;
    let table_end = offset.checked_add(table_len)?;
    if table_len > TABLE_LIMIT || table_end > file_len || entry_len == 0 {
        return None;
    }
    let table = read_at(file, offset, table_len)?;
    let mut end = table_end;
    for entry in table.chunks_exact(usize::try_from(entry_len).ok()?) {
        let (start, size) = extent(entry)?;
        end = end.max(start.checked_add(size)?);
    }
    Some(end)
}

/// The end of the ELF image in `file` (`file_len` bytes long), or `None` when the file is not
/// an ELF this understands.
pub(super) fn image_end(file: &mut File, file_len: u64) -> Option<u64> {
    if file_len < HEADER_LEN as u64 {
        return None;
    }
    let header = read_at(file, 0, HEADER_LEN as u64)?;
    // Magic, 64-bit class, little-endian data.
    if header[0..4] != *b"\x7fELF" || header[4] != 2 || header[5] != 1 {
        return None;
    }
    let ph_offset = field(&header, 0x20, 8)?;
    let sh_offset = field(&header, 0x28, 8)?;
    let ph_entry_len = field(&header, 0x36, 2)?;
    let ph_count = field(&header, 0x38, 2)?;
    let sh_entry_len = field(&header, 0x3A, 2)?;
    let sh_count = field(&header, 0x3C, 2)?;
    if sh_count == 0 && sh_offset != 0 {
        // Extended section numbering: rare enough not to bother.
        return None;
    }
    let segments_end = table_end(file, file_len, ph_offset, ph_count, ph_entry_len, |ph| {
        Some((field(ph, 8, 8)?, field(ph, 32, 8)?))
    })?;
    let sections_end = table_end(file, file_len, sh_offset, sh_count, sh_entry_len, |sh| {
        if field(sh, 4, 4)? == u64::from(SHT_NOBITS) {
            return Some((0, 0));
        }
        Some((field(sh, 24, 8)?, field(sh, 32, 8)?))
    })?;
    Some((HEADER_LEN as u64).max(segments_end).max(sections_end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(all(
        target_os = "linux",
        target_endian = "little",
        target_pointer_width = "64"
    ))]
    fn the_running_test_binary_ends_where_its_image_ends() {
        let path = std::env::current_exe().unwrap();
        let mut file = File::open(path).unwrap();
        let len = file.metadata().unwrap().len();
        assert_eq!(image_end(&mut file, len), Some(len));
    }

    #[test]
    fn non_elf_files_are_not_judged() {
        let path = std::env::temp_dir().join(format!("tote-elf-test-{}", std::process::id()));
        std::fs::write(&path, vec![b'#'; 200]).unwrap();
        let mut file = File::open(&path).unwrap();
        assert_eq!(image_end(&mut file, 200), None);
        let _ = std::fs::remove_file(&path);
    }
}
