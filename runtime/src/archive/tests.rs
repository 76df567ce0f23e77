//! Tests of the archive: round trips, reproducibility and every kind of damage.

use super::*;
use crate::bytecode::{Constant, Location};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A file in the temp folder, removed when dropped.
struct TempFile(PathBuf);

impl TempFile {
    fn with(bytes: &[u8]) -> TempFile {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let path = std::env::temp_dir().join(format!("tote-archive-{}-{n}", std::process::id()));
        std::fs::write(&path, bytes).unwrap();
        TempFile(path)
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn open_bytes(bytes: &[u8]) -> Result<Option<Archive>, ArchiveError> {
    let file = TempFile::with(bytes);
    Archive::open_path(&file.0)
}

/// A stand-in runtime: a 64-bit ELF header, a body, and a section table that ends the image.
fn fake_runtime(body_len: usize) -> Vec<u8> {
    let mut exe = vec![0u8; 64];
    exe[0..4].copy_from_slice(b"\x7fELF");
    exe[4] = 2; // 64-bit
    exe[5] = 1; // little-endian
    let sh_offset = (64 + body_len) as u64;
    exe[0x28..0x30].copy_from_slice(&sh_offset.to_le_bytes());
    exe[0x3A..0x3C].copy_from_slice(&64u16.to_le_bytes());
    exe[0x3C..0x3E].copy_from_slice(&1u16.to_le_bytes());
    exe.extend((0..body_len).map(|i| (i % 251) as u8));
    exe.extend([0u8; 64]); // one NULL section header
    exe
}

fn code(name: &str, filename: &str, value: i64) -> CodeObject {
    let mut code = CodeObject::returning(filename, 0, Constant::Int(value));
    code.name = name.into();
    code.qualname = name.into();
    code.constants
        .push(Constant::Str(format!("{name} in {filename}")));
    code.names = vec!["print".into()];
    code.locations = vec![
        Location {
            line: 1,
            col: 0,
            end_line: 1,
            end_col: 5
        };
        2
    ];
    code
}

/// A small project: a main module, a package with a submodule, a namespace package with a
/// module, and a data file.
fn sample_builder() -> ArchiveBuilder {
    let mut b = ArchiveBuilder::new("__main__");
    b.add_module(
        "__main__",
        ModuleKind::Module,
        "app.py",
        &code("<module>", "app.py", 1),
        Some("import pkg.mod\nprint(1)\n"),
    );
    b.add_module(
        "pkg",
        ModuleKind::Package,
        "pkg/__init__.py",
        &code("<module>", "pkg/__init__.py", 2),
        Some(""),
    );
    b.add_module(
        "pkg.mod",
        ModuleKind::Module,
        "pkg/mod.py",
        &code("<module>", "pkg/mod.py", 3),
        None,
    );
    b.add_namespace_package("ns", "ns");
    b.add_module(
        "ns.x",
        ModuleKind::Module,
        "ns/x.py",
        &code("<module>", "ns/x.py", 4),
        Some("x = 4\n"),
    );
    b.add_data_file("data/greeting.txt", b"hello\n".to_vec());
    b
}

fn sample_exe() -> (Vec<u8>, usize) {
    let runtime = fake_runtime(300);
    let exe = sample_builder().bundle(&runtime).unwrap();
    (exe, runtime.len())
}

/// Everything the archive in `bytes` holds, or the first error met reading it.
fn read_everything(bytes: &[u8]) -> Result<Vec<Vec<u8>>, ArchiveError> {
    let archive = open_bytes(bytes)?.ok_or_else(|| ArchiveError::damaged("no bundle"))?;
    let mut contents = Vec::new();
    for name in archive.module_names() {
        contents.push(
            archive
                .load_code(name)?
                .map(|c| c.to_bytes())
                .unwrap_or_default(),
        );
        contents.push(archive.load_source(name)?.unwrap_or_default().into_bytes());
    }
    for path in archive.data_file_paths() {
        contents.push(archive.data_file(path)?.unwrap_or_default());
    }
    Ok(contents)
}

#[test]
fn round_trip() {
    let (exe, _) = sample_exe();
    let archive = open_bytes(&exe).unwrap().unwrap();
    assert_eq!(archive.main_module(), "__main__");
    let names: Vec<&str> = archive.module_names().collect();
    assert_eq!(names, ["__main__", "ns", "ns.x", "pkg", "pkg.mod"]);

    let main = archive.module("__main__").unwrap();
    assert_eq!(
        (main.path.as_str(), main.is_package, main.is_namespace),
        ("app.py", false, false)
    );
    let pkg = archive.module("pkg").unwrap();
    assert_eq!(
        (pkg.path.as_str(), pkg.is_package, pkg.is_namespace),
        ("pkg/__init__.py", true, false)
    );
    let ns = archive.module("ns").unwrap();
    assert_eq!(
        (ns.path.as_str(), ns.is_package, ns.is_namespace),
        ("ns", true, true)
    );
    assert!(archive.module("missing").is_none());

    assert_eq!(
        archive.load_code("pkg.mod").unwrap(),
        Some(code("<module>", "pkg/mod.py", 3))
    );
    assert_eq!(
        archive.load_code("__main__").unwrap(),
        Some(code("<module>", "app.py", 1))
    );
    assert_eq!(archive.load_code("ns").unwrap(), None);
    assert_eq!(archive.load_code("missing").unwrap(), None);

    assert_eq!(
        archive.load_source("__main__").unwrap().as_deref(),
        Some("import pkg.mod\nprint(1)\n")
    );
    assert_eq!(archive.load_source("pkg").unwrap().as_deref(), Some(""));
    assert_eq!(archive.load_source("pkg.mod").unwrap(), None);

    assert_eq!(
        archive.data_file("data/greeting.txt").unwrap(),
        Some(b"hello\n".to_vec())
    );
    assert_eq!(archive.data_file("data/other.txt").unwrap(), None);
    assert_eq!(
        archive.data_file_paths().collect::<Vec<_>>(),
        ["data/greeting.txt"]
    );

    let subs: Vec<&str> = archive.submodules("pkg").map(|e| e.name.as_str()).collect();
    assert_eq!(subs, ["pkg.mod"]);
    let subs: Vec<&str> = archive.submodules("ns").map(|e| e.name.as_str()).collect();
    assert_eq!(subs, ["ns.x"]);
    assert_eq!(archive.submodules("pkg.mod").count(), 0);
}

#[test]
fn plain_runtimes_and_small_files_carry_no_bundle() {
    assert!(open_bytes(&fake_runtime(300)).unwrap().is_none());
    assert!(open_bytes(b"").unwrap().is_none());
    assert!(open_bytes(b"#!/bin/sh\necho hi\n").unwrap().is_none());
    assert!(open_bytes(&vec![7u8; 1000]).unwrap().is_none());
    assert_eq!(
        runtime_len(&fake_runtime(10)).unwrap(),
        fake_runtime(10).len()
    );
}

#[test]
fn directories_and_missing_files_are_errors() {
    let err = Archive::open_path(&std::env::temp_dir()).unwrap_err();
    assert_eq!(err.kind(), ArchiveErrorKind::Io);
    let err = Archive::open_path(Path::new("/nonexistent/tote/exe")).unwrap_err();
    assert_eq!(err.kind(), ArchiveErrorKind::Io);
    assert!(err
        .to_string()
        .starts_with("cannot read bundle: cannot open /nonexistent/tote/exe"));
}

#[test]
fn output_is_reproducible_and_independent_of_insertion_order() {
    let runtime = fake_runtime(100);
    let first = sample_builder().bundle(&runtime).unwrap();
    let second = sample_builder().bundle(&runtime).unwrap();
    assert_eq!(first, second);

    let mut reversed = ArchiveBuilder::new("__main__");
    reversed.add_data_file("data/greeting.txt", b"hello\n".to_vec());
    reversed.add_module(
        "ns.x",
        ModuleKind::Module,
        "ns/x.py",
        &code("<module>", "ns/x.py", 4),
        Some("x = 4\n"),
    );
    reversed.add_namespace_package("ns", "ns");
    reversed.add_module(
        "pkg.mod",
        ModuleKind::Module,
        "pkg/mod.py",
        &code("<module>", "pkg/mod.py", 3),
        None,
    );
    reversed.add_module(
        "pkg",
        ModuleKind::Package,
        "pkg/__init__.py",
        &code("<module>", "pkg/__init__.py", 2),
        Some(""),
    );
    reversed.add_module(
        "__main__",
        ModuleKind::Module,
        "app.py",
        &code("<module>", "app.py", 1),
        Some("import pkg.mod\nprint(1)\n"),
    );
    assert_eq!(reversed.bundle(&runtime).unwrap(), first);
}

#[test]
fn rebundling_strips_the_old_bundle() {
    let runtime = fake_runtime(100);
    let once = sample_builder().bundle(&runtime).unwrap();
    assert_eq!(runtime_len(&once).unwrap(), runtime.len());
    let mut other = ArchiveBuilder::new("__main__");
    other.add_module(
        "__main__",
        ModuleKind::Module,
        "b.py",
        &code("<module>", "b.py", 9),
        None,
    );
    let twice = other.bundle(&once).unwrap();
    assert_eq!(twice, other.bundle(&runtime).unwrap());
    let archive = open_bytes(&twice).unwrap().unwrap();
    assert_eq!(archive.module_names().collect::<Vec<_>>(), ["__main__"]);
}

#[test]
fn a_builder_without_its_main_module_refuses() {
    let mut b = ArchiveBuilder::new("__main__");
    b.add_module(
        "other",
        ModuleKind::Module,
        "other.py",
        &code("<module>", "other.py", 1),
        None,
    );
    let err = b.bundle(&fake_runtime(10)).unwrap_err();
    assert_eq!(err.kind(), ArchiveErrorKind::Invalid);
    assert_eq!(
        err.to_string(),
        "cannot write bundle: the main module '__main__' was not added"
    );
}

#[test]
fn truncated_files_are_damaged() {
    let (exe, runtime_len) = sample_exe();
    for cut in runtime_len + 1..exe.len() {
        let err = open_bytes(&exe[..cut]).unwrap_err();
        assert_eq!(err.kind(), ArchiveErrorKind::Damaged, "cut at {cut}: {err}");
    }
    let err = open_bytes(&exe[..exe.len() - 3]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "bundle is damaged: {} bytes follow the executable image but the bundle trailer is \
             missing (truncated file?)",
            exe.len() - 3 - runtime_len
        )
    );
    // Cut back to exactly the runtime: a plain runtime again.
    assert!(open_bytes(&exe[..runtime_len]).unwrap().is_none());
}

#[test]
fn every_flipped_trailer_byte_is_noticed() {
    let (exe, _) = sample_exe();
    for at in exe.len() - TRAILER_LEN..exe.len() {
        let mut bad = exe.clone();
        bad[at] ^= 0x20;
        let err = open_bytes(&bad).unwrap_err();
        assert!(
            matches!(
                err.kind(),
                ArchiveErrorKind::Damaged | ArchiveErrorKind::Version
            ),
            "byte {at}: {err}"
        );
    }
}

#[test]
fn every_flipped_index_byte_is_noticed() {
    let (exe, runtime_len) = sample_exe();
    let trailer = &exe[exe.len() - TRAILER_LEN..];
    let index_len = u64_at(trailer, 32) as usize;
    for at in runtime_len..runtime_len + index_len {
        let mut bad = exe.clone();
        bad[at] ^= 0x01;
        let err = open_bytes(&bad).unwrap_err();
        assert_eq!(err.to_string(), "bundle is damaged: index hash mismatch");
    }
}

/// A flipped bit in a zstd frame either changes what it decodes to, which the blob's hash
/// catches, or (in a few padding bits) changes nothing: no flip goes through unnoticed.
#[test]
fn every_flipped_blob_byte_is_noticed_or_harmless() {
    let (exe, runtime_len) = sample_exe();
    let original = read_everything(&exe).unwrap();
    let trailer = &exe[exe.len() - TRAILER_LEN..];
    let index_len = u64_at(trailer, 32) as usize;
    for at in runtime_len + index_len..exe.len() - TRAILER_LEN {
        let mut bad = exe.clone();
        bad[at] ^= 0x80;
        assert!(
            open_bytes(&bad).unwrap().is_some(),
            "opening does not read blobs"
        );
        if let Ok(contents) = read_everything(&bad) {
            assert_eq!(contents, original, "flip at {at} went unnoticed");
        }
    }
}

#[test]
fn a_damaged_blob_names_its_module() {
    let runtime = fake_runtime(10);
    let mut b = ArchiveBuilder::new("__main__");
    b.add_module(
        "__main__",
        ModuleKind::Module,
        "app.py",
        &code("<module>", "app.py", 1),
        None,
    );
    let mut exe = b.bundle(&runtime).unwrap();
    let last_blob_byte = exe.len() - TRAILER_LEN - 1;
    exe[last_blob_byte] ^= 0xFF;
    let archive = open_bytes(&exe).unwrap().unwrap();
    let err = archive.load_code("__main__").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("bundle is damaged: module '__main__': "),
        "{err}"
    );
}

/// Writes `index` (trusted, with a correct hash) and `blobs` after a fake runtime.
fn exe_with_index(index: &WireIndex, blobs: &[u8]) -> Vec<u8> {
    let mut exe = fake_runtime(50);
    let index_bytes = postcard::to_allocvec(index).unwrap();
    let trailer = Trailer {
        payload_offset: exe.len() as u64,
        payload_len: (index_bytes.len() + blobs.len()) as u64,
        index_len: index_bytes.len() as u64,
        index_sha256: Sha256::digest(&index_bytes).into(),
    };
    exe.extend_from_slice(&index_bytes);
    exe.extend_from_slice(blobs);
    exe.extend_from_slice(&trailer.encode());
    exe
}

fn blob_of(blobs: &mut Vec<u8>, bytes: &[u8]) -> BlobRef {
    push_blob(blobs, bytes).unwrap()
}

fn wire_module(name: &str, code: Option<BlobRef>) -> WireModule {
    WireModule {
        name: name.into(),
        kind: ModuleKind::Module,
        path: format!("{name}.py"),
        code,
        source: None,
    }
}

#[test]
fn inconsistent_indexes_are_damaged() {
    let mut blobs = Vec::new();
    let good = blob_of(&mut blobs, &code("<module>", "a.py", 1).to_bytes());
    let cases: Vec<(&str, WireIndex)> = vec![
        (
            "blob out of range",
            WireIndex {
                main_module: "a".into(),
                modules: vec![wire_module(
                    "a",
                    Some(BlobRef {
                        offset: 1 << 40,
                        ..good
                    }),
                )],
                data_files: vec![],
            },
        ),
        (
            "blob out of range",
            WireIndex {
                main_module: "a".into(),
                modules: vec![wire_module(
                    "a",
                    Some(BlobRef {
                        offset: u64::MAX,
                        ..good
                    }),
                )],
                data_files: vec![],
            },
        ),
        (
            "blob out of range",
            WireIndex {
                main_module: "a".into(),
                modules: vec![wire_module("a", Some(good))],
                data_files: vec![WireDataFile {
                    path: "d".into(),
                    blob: BlobRef {
                        compressed_len: good.compressed_len + 1,
                        ..good
                    },
                }],
            },
        ),
        (
            "not sorted",
            WireIndex {
                main_module: "a".into(),
                modules: vec![wire_module("b", Some(good)), wire_module("a", Some(good))],
                data_files: vec![],
            },
        ),
        (
            "not in the bundle",
            WireIndex {
                main_module: "zzz".into(),
                modules: vec![wire_module("a", Some(good))],
                data_files: vec![],
            },
        ),
        (
            "code entry mismatch",
            WireIndex {
                main_module: "a".into(),
                modules: vec![wire_module("a", None)],
                data_files: vec![],
            },
        ),
    ];
    for (expected, index) in cases {
        let err = open_bytes(&exe_with_index(&index, &blobs)).unwrap_err();
        assert_eq!(err.kind(), ArchiveErrorKind::Damaged);
        assert!(
            err.to_string().contains(expected),
            "{err} (expected {expected})"
        );
    }
}

#[test]
fn undecodable_content_is_damaged() {
    let mut blobs = Vec::new();
    let not_code = blob_of(&mut blobs, b"\xff\xff\xff\xff not a code object");
    let lying_len = BlobRef {
        len: not_code.len + 5,
        ..not_code
    };
    let not_utf8 = blob_of(&mut blobs, b"\xff\xfe");
    let index = WireIndex {
        main_module: "a".into(),
        modules: vec![
            WireModule {
                source: Some(not_utf8),
                ..wire_module("a", Some(not_code))
            },
            wire_module("b", Some(lying_len)),
        ],
        data_files: vec![],
    };
    let archive = open_bytes(&exe_with_index(&index, &blobs))
        .unwrap()
        .unwrap();
    let msg = archive.load_code("a").unwrap_err().to_string();
    assert_eq!(msg, "bundle is damaged: module 'a': code does not decode");
    let msg = archive.load_source("a").unwrap_err().to_string();
    assert_eq!(msg, "bundle is damaged: source of 'a' is not UTF-8");
    let msg = archive.load_code("b").unwrap_err().to_string();
    assert_eq!(
        msg,
        "bundle is damaged: module 'b': blob does not decompress"
    );
}

#[test]
fn a_garbage_index_with_a_matching_hash_is_damaged() {
    let mut exe = fake_runtime(20);
    let garbage = vec![0xFFu8; 40];
    let trailer = Trailer {
        payload_offset: exe.len() as u64,
        payload_len: garbage.len() as u64,
        index_len: garbage.len() as u64,
        index_sha256: Sha256::digest(&garbage).into(),
    };
    exe.extend_from_slice(&garbage);
    exe.extend_from_slice(&trailer.encode());
    let err = open_bytes(&exe).unwrap_err();
    assert_eq!(err.to_string(), "bundle is damaged: index does not decode");
}

#[test]
fn bad_trailer_fields_are_refused() {
    let (exe, _) = sample_exe();
    let at = exe.len() - TRAILER_LEN;
    let patch = |offset: usize, bytes: &[u8]| {
        let mut bad = exe.clone();
        bad[at + offset..at + offset + bytes.len()].copy_from_slice(bytes);
        open_bytes(&bad).unwrap_err()
    };
    let err = patch(8, &99u32.to_le_bytes());
    assert_eq!(err.kind(), ArchiveErrorKind::Version);
    assert!(err.to_string().contains("archive format 99"), "{err}");
    let err = patch(12, &(FORMAT_VERSION + 1).to_le_bytes());
    assert_eq!(err.kind(), ArchiveErrorKind::Version);
    let err = patch(16, &u64::MAX.to_le_bytes());
    assert!(
        err.to_string().contains("do not match the file length"),
        "{err}"
    );
    let err = patch(24, &(1u64 << 50).to_le_bytes());
    assert!(
        err.to_string().contains("do not match the file length"),
        "{err}"
    );
    let err = patch(32, &0u64.to_le_bytes());
    assert!(
        err.to_string().contains("index length 0 out of range"),
        "{err}"
    );
    let err = patch(32, &u64::MAX.to_le_bytes());
    assert!(err.to_string().contains("out of range"), "{err}");
    let err = patch(0, b"XOTEBNDL");
    assert_eq!(err.to_string(), "bundle is damaged: trailer magic mismatch");
    assert!(
        runtime_len(&exe[..exe.len() - 1]).is_ok(),
        "no trailer: all runtime"
    );
}
