//! The bundle archive: the compiled project appended to a copy of the runtime executable.
//!
//! ```text
//! [ runtime executable bytes ][ payload = index ++ blobs ][ trailer (80 bytes) ]
//! ```
//!
//! The **trailer** sits at the very end of the file so the runtime finds it with one small read.
//! All integers are little-endian:
//!
//! | offset | size | field                                                        |
//! |-------:|-----:|--------------------------------------------------------------|
//! | 0      | 8    | magic `TOTEBNDL`                                             |
//! | 8      | 4    | archive format version ([`ARCHIVE_FORMAT_VERSION`])          |
//! | 12     | 4    | bytecode format version ([`crate::bytecode::FORMAT_VERSION`])|
//! | 16     | 8    | payload offset (= length of the runtime executable part)     |
//! | 24     | 8    | payload length (index and blobs)                             |
//! | 32     | 8    | index length (the index starts the payload)                  |
//! | 40     | 32   | SHA-256 of the index bytes                                   |
//! | 72     | 8    | magic `TOTEBNDL` again                                       |
//!
//! The **index** is postcard-encoded: the main module's name, the modules sorted by name (kind,
//! original relative path, a reference to the code blob and optionally to the source blob) and
//! the data files sorted by path. A blob reference holds the blob's offset from the end of the
//! index, its compressed and uncompressed lengths and the SHA-256 of the uncompressed bytes.
//! Every blob is its own zstd frame at [`COMPRESSION_LEVEL`]; a code blob is the postcard form
//! of a `CodeObject`, a source blob UTF-8 text.
//!
//! Opening is cheap: one read of the trailer, a memory map of the payload, a hash and decode of
//! the index. Blobs are decompressed and verified one at a time, when a module is imported.
//! Writing is reproducible: the same modules give the same bytes (sorted entries, no
//! timestamps, no absolute paths, a fixed compression level).
//!
//! Every malformed input gives an [`ArchiveError`], never a panic.
//!
//! How the runtime uses it: at start, [`Archive::open_current_exe`]. `Ok(None)` means a plain
//! `tote-runtime` (script mode). `Err(e)` means a damaged or foreign bundle: print `e` and exit
//! non-zero before running anything. `Ok(Some(archive))` means a bundled program: run
//! `archive.load_code(archive.main_module())` as `__main__` (its `__file__` is
//! `archive.module("__main__").path`), and let the importer's bundle finder answer with
//! [`Archive::module`] / [`Archive::load_code`] (packages have `is_package`; a namespace
//! package has no code, and [`Archive::submodules`] lists any package's children).
//! [`Archive::load_source`] gives the lines for tracebacks.

mod elf;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;
use std::fmt;
use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use memmap2::{Mmap, MmapOptions};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::bytecode::{CodeObject, FORMAT_VERSION};

/// Version of the archive layout (trailer and index). Bump on any change to either.
pub const ARCHIVE_FORMAT_VERSION: u32 = 1;
/// Starts and ends the trailer.
pub const TRAILER_MAGIC: [u8; 8] = *b"TOTEBNDL";
/// Size of the trailer in bytes.
pub const TRAILER_LEN: usize = 80;
/// zstd level of every blob. Fixed: part of what makes builds reproducible.
pub const COMPRESSION_LEVEL: i32 = 19;

// ---------------------------------------------------------------------------------------------
// Errors

/// What went wrong with a bundle, in one line.
#[derive(Debug)]
pub struct ArchiveError {
    kind: ArchiveErrorKind,
    message: String,
}

/// The broad class of an [`ArchiveError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArchiveErrorKind {
    /// The executable could not be opened, read or mapped.
    Io,
    /// The bundle is truncated, tampered with or otherwise inconsistent.
    Damaged,
    /// The bundle was written by a tote with another archive or bytecode format.
    Version,
    /// The builder was given something it cannot write (e.g. no main module).
    Invalid,
}

impl ArchiveError {
    fn new(kind: ArchiveErrorKind, message: impl Into<String>) -> ArchiveError {
        ArchiveError {
            kind,
            message: message.into(),
        }
    }

    fn damaged(message: impl Into<String>) -> ArchiveError {
        ArchiveError::new(ArchiveErrorKind::Damaged, message)
    }

    fn io(context: &str, err: io::Error) -> ArchiveError {
        ArchiveError::new(ArchiveErrorKind::Io, format!("{context}: {err}"))
    }

    pub fn kind(&self) -> ArchiveErrorKind {
        self.kind
    }
}

impl fmt::Display for ArchiveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let prefix = match self.kind {
            ArchiveErrorKind::Io => "cannot read bundle",
            ArchiveErrorKind::Damaged => "bundle is damaged",
            ArchiveErrorKind::Version => "bundle was built by another version of tote",
            ArchiveErrorKind::Invalid => "cannot write bundle",
        };
        write!(f, "{prefix}: {}", self.message)
    }
}

impl std::error::Error for ArchiveError {}

// ---------------------------------------------------------------------------------------------
// Trailer

/// The decoded fixed-size trailer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Trailer {
    payload_offset: u64,
    payload_len: u64,
    index_len: u64,
    index_sha256: [u8; 32],
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    let mut buf = [0u8; 4];
    if let Some(src) = bytes.get(at..at + 4) {
        buf.copy_from_slice(src);
    }
    u32::from_le_bytes(buf)
}

fn u64_at(bytes: &[u8], at: usize) -> u64 {
    let mut buf = [0u8; 8];
    if let Some(src) = bytes.get(at..at + 8) {
        buf.copy_from_slice(src);
    }
    u64::from_le_bytes(buf)
}

impl Trailer {
    fn encode(&self) -> [u8; TRAILER_LEN] {
        let mut out = [0u8; TRAILER_LEN];
        out[0..8].copy_from_slice(&TRAILER_MAGIC);
        out[8..12].copy_from_slice(&ARCHIVE_FORMAT_VERSION.to_le_bytes());
        out[12..16].copy_from_slice(&FORMAT_VERSION.to_le_bytes());
        out[16..24].copy_from_slice(&self.payload_offset.to_le_bytes());
        out[24..32].copy_from_slice(&self.payload_len.to_le_bytes());
        out[32..40].copy_from_slice(&self.index_len.to_le_bytes());
        out[40..72].copy_from_slice(&self.index_sha256);
        out[72..80].copy_from_slice(&TRAILER_MAGIC);
        out
    }

    /// Reads the last `TRAILER_LEN` bytes of a file `file_len` long. `Ok(None)` when neither
    /// magic is there (no bundle); an error when the trailer is present but inconsistent.
    fn decode(bytes: &[u8; TRAILER_LEN], file_len: u64) -> Result<Option<Trailer>, ArchiveError> {
        let starts = bytes[0..8] == TRAILER_MAGIC;
        let ends = bytes[72..80] == TRAILER_MAGIC;
        if !starts && !ends {
            return Ok(None);
        }
        if !(starts && ends) {
            return Err(ArchiveError::damaged("trailer magic mismatch"));
        }
        let archive_version = u32_at(bytes, 8);
        let bytecode_version = u32_at(bytes, 12);
        if archive_version != ARCHIVE_FORMAT_VERSION || bytecode_version != FORMAT_VERSION {
            return Err(ArchiveError::new(
                ArchiveErrorKind::Version,
                format!(
                    "archive format {archive_version} with bytecode format {bytecode_version}, \
                     this runtime reads archive format {ARCHIVE_FORMAT_VERSION} with bytecode \
                     format {FORMAT_VERSION}"
                ),
            ));
        }
        let mut index_sha256 = [0u8; 32];
        index_sha256.copy_from_slice(&bytes[40..72]);
        let trailer = Trailer {
            payload_offset: u64_at(bytes, 16),
            payload_len: u64_at(bytes, 24),
            index_len: u64_at(bytes, 32),
            index_sha256,
        };
        let payload_end = trailer
            .payload_offset
            .checked_add(trailer.payload_len)
            .and_then(|end| end.checked_add(TRAILER_LEN as u64));
        if payload_end != Some(file_len) {
            return Err(ArchiveError::damaged(format!(
                "payload offset {} and length {} do not match the file length {file_len}",
                trailer.payload_offset, trailer.payload_len
            )));
        }
        if trailer.index_len == 0 || trailer.index_len > trailer.payload_len {
            return Err(ArchiveError::damaged(format!(
                "index length {} out of range (payload length {})",
                trailer.index_len, trailer.payload_len
            )));
        }
        Ok(Some(trailer))
    }
}

/// Length of the runtime part of an executable image held in memory: the whole of it when it
/// carries no bundle, the bytes before the payload when it does. The bundler uses this to
/// strip an old bundle off a runtime binary before appending a new one.
pub fn runtime_len(exe: &[u8]) -> Result<usize, ArchiveError> {
    let Some(start) = exe.len().checked_sub(TRAILER_LEN) else {
        return Ok(exe.len());
    };
    let mut bytes = [0u8; TRAILER_LEN];
    bytes.copy_from_slice(&exe[start..]);
    match Trailer::decode(&bytes, exe.len() as u64)? {
        None => Ok(exe.len()),
        Some(trailer) => usize::try_from(trailer.payload_offset)
            .map_err(|_| ArchiveError::damaged("payload offset out of range")),
    }
}

// ---------------------------------------------------------------------------------------------
// Index (wire form)

/// Where one blob lives and how to check it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
struct BlobRef {
    /// Offset from the end of the index (the start of the blob area).
    offset: u64,
    compressed_len: u64,
    len: u64,
    sha256: [u8; 32],
}

/// What a module entry is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ModuleKind {
    /// A `.py` file.
    Module,
    /// A package: its code is the `__init__.py`.
    Package,
    /// A folder without `__init__.py`: a package with no code of its own.
    NamespacePackage,
}

#[derive(Serialize, Deserialize)]
struct WireModule {
    name: String,
    kind: ModuleKind,
    path: String,
    code: Option<BlobRef>,
    source: Option<BlobRef>,
}

#[derive(Serialize, Deserialize)]
struct WireDataFile {
    path: String,
    blob: BlobRef,
}

#[derive(Serialize, Deserialize)]
struct WireIndex {
    main_module: String,
    modules: Vec<WireModule>,
    data_files: Vec<WireDataFile>,
}

// ---------------------------------------------------------------------------------------------
// Reader

/// One module of the bundle, as the importer sees it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ModuleEntry {
    /// The dotted module name (`pkg.mod`); the entry script is `__main__`.
    pub name: String,
    /// True for packages, regular and namespace alike (they have a `__path__`).
    pub is_package: bool,
    /// A folder without `__init__.py`: [`Archive::load_code`] gives `Ok(None)` for it.
    pub is_namespace: bool,
    /// Original path relative to the project root: `app.py`, `pkg/__init__.py`, `pkg/mod.py`,
    /// or the folder (`ns`) of a namespace package. The value for `__file__` and tracebacks.
    pub path: String,
}

struct ModuleRecord {
    entry: ModuleEntry,
    code: Option<BlobRef>,
    source: Option<BlobRef>,
}

/// A bundle opened for reading: the mapped payload and its parsed index.
pub struct Archive {
    payload: Mmap,
    /// Offset of the blob area inside the payload (the index length).
    blobs_start: usize,
    main_module: String,
    /// Sorted by name.
    modules: Vec<ModuleRecord>,
    /// Sorted by path.
    data_files: Vec<(String, BlobRef)>,
}

impl fmt::Debug for Archive {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Archive")
            .field("main_module", &self.main_module)
            .field("modules", &self.modules.len())
            .field("data_files", &self.data_files.len())
            .finish()
    }
}

impl Archive {
    /// Opens the running executable; `Ok(None)` when it carries no bundle (plain tote-runtime).
    pub fn open_current_exe() -> Result<Option<Archive>, ArchiveError> {
        let exe = std::env::current_exe()
            .map_err(|e| ArchiveError::io("cannot locate the running executable", e))?;
        Archive::open_path(&exe)
    }

    /// Opens the executable at `path`; `Ok(None)` when it carries no bundle.
    pub fn open_path(path: &Path) -> Result<Option<Archive>, ArchiveError> {
        let shown = path.display();
        let mut file =
            File::open(path).map_err(|e| ArchiveError::io(&format!("cannot open {shown}"), e))?;
        let meta = file
            .metadata()
            .map_err(|e| ArchiveError::io(&format!("cannot stat {shown}"), e))?;
        if !meta.is_file() {
            return Err(ArchiveError::new(
                ArchiveErrorKind::Io,
                format!("{shown} is not a regular file"),
            ));
        }
        let file_len = meta.len();
        let trailer = if file_len < TRAILER_LEN as u64 {
            None
        } else {
            let mut bytes = [0u8; TRAILER_LEN];
            file.seek(SeekFrom::End(-(TRAILER_LEN as i64)))
                .and_then(|_| file.read_exact(&mut bytes))
                .map_err(|e| ArchiveError::io(&format!("cannot read {shown}"), e))?;
            Trailer::decode(&bytes, file_len)?
        };
        let Some(trailer) = trailer else {
            // No trailer. An executable that is longer than its own image had something
            // appended: a bundle whose end was cut off.
            if let Some(image_end) = elf::image_end(&mut file, file_len) {
                if image_end < file_len {
                    return Err(ArchiveError::damaged(format!(
                        "{} bytes follow the executable image but the bundle trailer is \
                         missing (truncated file?)",
                        file_len - image_end
                    )));
                }
            }
            return Ok(None);
        };
        let payload_len = usize::try_from(trailer.payload_len)
            .map_err(|_| ArchiveError::damaged("payload too large for this machine"))?;
        // SAFETY: the map is read-only and only read through bounds-checked slices. Changing
        // the executable while it runs is outside what any program can defend against.
        let payload = unsafe {
            MmapOptions::new()
                .offset(trailer.payload_offset)
                .len(payload_len)
                .map(&file)
        }
        .map_err(|e| ArchiveError::io(&format!("cannot map {shown}"), e))?;
        Archive::from_payload(payload, &trailer).map(Some)
    }

    fn from_payload(payload: Mmap, trailer: &Trailer) -> Result<Archive, ArchiveError> {
        let index_len = usize::try_from(trailer.index_len)
            .map_err(|_| ArchiveError::damaged("index length out of range"))?;
        let index_bytes = payload
            .get(..index_len)
            .ok_or_else(|| ArchiveError::damaged("index extends past the payload"))?;
        if Sha256::digest(index_bytes).as_slice() != trailer.index_sha256 {
            return Err(ArchiveError::damaged("index hash mismatch"));
        }
        let index = match postcard::take_from_bytes::<WireIndex>(index_bytes) {
            Ok((index, [])) => index,
            _ => return Err(ArchiveError::damaged("index does not decode")),
        };
        let blob_area_len = (payload.len() - index_len) as u64;
        let check_blob = |blob: &BlobRef, what: &dyn fmt::Display| {
            let end = blob.offset.checked_add(blob.compressed_len);
            if end.is_none_or(|end| end > blob_area_len) {
                return Err(ArchiveError::damaged(format!("{what}: blob out of range")));
            }
            Ok(())
        };

        let mut modules = Vec::with_capacity(index.modules.len());
        for wire in index.modules {
            let name = &wire.name;
            let namespace = wire.kind == ModuleKind::NamespacePackage;
            if namespace != wire.code.is_none() {
                return Err(ArchiveError::damaged(format!(
                    "module '{name}': code entry mismatch"
                )));
            }
            for blob in wire.code.iter().chain(wire.source.iter()) {
                check_blob(blob, &format_args!("module '{name}'"))?;
            }
            modules.push(ModuleRecord {
                entry: ModuleEntry {
                    is_package: wire.kind != ModuleKind::Module,
                    is_namespace: namespace,
                    name: wire.name,
                    path: wire.path,
                },
                code: wire.code,
                source: wire.source,
            });
        }
        if !modules
            .windows(2)
            .all(|w| w[0].entry.name < w[1].entry.name)
        {
            return Err(ArchiveError::damaged("module index is not sorted"));
        }
        let mut data_files = Vec::with_capacity(index.data_files.len());
        for wire in index.data_files {
            check_blob(&wire.blob, &format_args!("data file '{}'", wire.path))?;
            data_files.push((wire.path, wire.blob));
        }
        if !data_files.windows(2).all(|w| w[0].0 < w[1].0) {
            return Err(ArchiveError::damaged("data file index is not sorted"));
        }
        let archive = Archive {
            payload,
            blobs_start: index_len,
            main_module: index.main_module,
            modules,
            data_files,
        };
        if archive.module(&archive.main_module).is_none() {
            return Err(ArchiveError::damaged(format!(
                "main module '{}' is not in the bundle",
                archive.main_module
            )));
        }
        Ok(archive)
    }

    /// The name the entry script is stored under (`__main__`).
    pub fn main_module(&self) -> &str {
        &self.main_module
    }

    fn record(&self, name: &str) -> Option<&ModuleRecord> {
        self.modules
            .binary_search_by(|r| r.entry.name.as_str().cmp(name))
            .ok()
            .and_then(|i| self.modules.get(i))
    }

    /// The module called `name`, if the bundle has it.
    pub fn module(&self, name: &str) -> Option<&ModuleEntry> {
        self.record(name).map(|r| &r.entry)
    }

    /// All module names, sorted.
    pub fn module_names(&self) -> impl Iterator<Item = &str> {
        self.modules.iter().map(|r| r.entry.name.as_str())
    }

    /// The direct submodules of `package` (`pkg.a`, `pkg.b`, not `pkg.a.x`), sorted: what
    /// `pkgutil.iter_modules(pkg.__path__)` lists, for regular and namespace packages alike.
    pub fn submodules<'a>(&'a self, package: &str) -> impl Iterator<Item = &'a ModuleEntry> + 'a {
        let prefix = format!("{package}.");
        let prefix_len = prefix.len();
        let start = self
            .modules
            .partition_point(|r| r.entry.name.as_str() < prefix.as_str());
        self.modules[start..]
            .iter()
            .map(|r| &r.entry)
            .take_while(move |e| e.name.starts_with(&prefix))
            .filter(move |e| !e.name[prefix_len..].contains('.'))
    }

    /// Decompresses and verifies (SHA-256) the code of one module, decodes it. `Ok(None)` when
    /// the bundle has no module of that name, or it is a namespace package (no code).
    pub fn load_code(&self, name: &str) -> Result<Option<CodeObject>, ArchiveError> {
        let Some(blob) = self.record(name).and_then(|r| r.code) else {
            return Ok(None);
        };
        let bytes = self.read_blob(&blob, &format_args!("module '{name}'"))?;
        CodeObject::from_bytes(&bytes)
            .map(Some)
            .ok_or_else(|| ArchiveError::damaged(format!("module '{name}': code does not decode")))
    }

    /// The source text of one module, when the bundle was built with sources (the default).
    pub fn load_source(&self, name: &str) -> Result<Option<String>, ArchiveError> {
        let Some(blob) = self.record(name).and_then(|r| r.source) else {
            return Ok(None);
        };
        let bytes = self.read_blob(&blob, &format_args!("source of '{name}'"))?;
        String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| ArchiveError::damaged(format!("source of '{name}' is not UTF-8")))
    }

    /// The contents of a bundled data file, by its path relative to the project root.
    pub fn data_file(&self, path: &str) -> Result<Option<Vec<u8>>, ArchiveError> {
        let Ok(i) = self
            .data_files
            .binary_search_by(|(p, _)| p.as_str().cmp(path))
        else {
            return Ok(None);
        };
        let blob = self.data_files[i].1;
        self.read_blob(&blob, &format_args!("data file '{path}'"))
            .map(Some)
    }

    /// Paths of all bundled data files, sorted.
    pub fn data_file_paths(&self) -> impl Iterator<Item = &str> {
        self.data_files.iter().map(|(p, _)| p.as_str())
    }

    fn read_blob(&self, blob: &BlobRef, what: &dyn fmt::Display) -> Result<Vec<u8>, ArchiveError> {
        let range = usize::try_from(blob.offset)
            .ok()
            .and_then(|offset| self.blobs_start.checked_add(offset))
            .and_then(|start| {
                let len = usize::try_from(blob.compressed_len).ok()?;
                Some(start..start.checked_add(len)?)
            });
        let compressed = range
            .and_then(|range| self.payload.get(range))
            .ok_or_else(|| ArchiveError::damaged(format!("{what}: blob out of range")))?;
        let bytes = decompress_exact(compressed, blob.len)
            .ok_or_else(|| ArchiveError::damaged(format!("{what}: blob does not decompress")))?;
        if Sha256::digest(&bytes).as_slice() != blob.sha256 {
            return Err(ArchiveError::damaged(format!("{what}: hash mismatch")));
        }
        Ok(bytes)
    }
}

/// Decompresses one zstd frame that must yield exactly `len` bytes. Reads at most `len + 1`
/// bytes, so a lying length can neither make it allocate without bound nor go unnoticed.
fn decompress_exact(compressed: &[u8], len: u64) -> Option<Vec<u8>> {
    const INITIAL_CAPACITY_LIMIT: u64 = 16 << 20;
    let decoder = zstd::stream::read::Decoder::with_buffer(compressed)
        .ok()?
        .single_frame();
    let mut out = Vec::with_capacity(len.min(INITIAL_CAPACITY_LIMIT) as usize);
    decoder
        .take(len.checked_add(1)?)
        .read_to_end(&mut out)
        .ok()?;
    (out.len() as u64 == len).then_some(out)
}

// ---------------------------------------------------------------------------------------------
// Writer

enum PendingCode {
    Code(Vec<u8>),
    Namespace,
}

struct PendingModule {
    kind: ModuleKind,
    path: String,
    code: PendingCode,
    source: Option<String>,
}

/// Collects the modules and data files of a bundle and writes payload and trailer.
///
/// The output depends only on what was added (never on the order it was added in).
pub struct ArchiveBuilder {
    main_module: String,
    modules: BTreeMap<String, PendingModule>,
    data_files: BTreeMap<String, Vec<u8>>,
}

impl ArchiveBuilder {
    /// A builder whose program starts with the module `main_module` (normally `__main__`).
    pub fn new(main_module: &str) -> ArchiveBuilder {
        ArchiveBuilder {
            main_module: main_module.to_string(),
            modules: BTreeMap::new(),
            data_files: BTreeMap::new(),
        }
    }

    /// Adds (or replaces) a module or regular package. `path` is the original path relative
    /// to the project root, with `/` separators; `source` is kept for tracebacks when given.
    pub fn add_module(
        &mut self,
        name: &str,
        kind: ModuleKind,
        path: &str,
        code: &CodeObject,
        source: Option<&str>,
    ) {
        let code = match kind {
            ModuleKind::NamespacePackage => PendingCode::Namespace,
            ModuleKind::Module | ModuleKind::Package => PendingCode::Code(code.to_bytes()),
        };
        let pending = PendingModule {
            kind,
            path: path.to_string(),
            code,
            source: source.map(str::to_string),
        };
        self.modules.insert(name.to_string(), pending);
    }

    /// Adds (or replaces) a namespace package: a folder without `__init__.py`.
    pub fn add_namespace_package(&mut self, name: &str, path: &str) {
        let pending = PendingModule {
            kind: ModuleKind::NamespacePackage,
            path: path.to_string(),
            code: PendingCode::Namespace,
            source: None,
        };
        self.modules.insert(name.to_string(), pending);
    }

    /// Adds (or replaces) a data file under its path relative to the project root.
    pub fn add_data_file(&mut self, path: &str, contents: Vec<u8>) {
        self.data_files.insert(path.to_string(), contents);
    }

    /// Number of modules added so far.
    pub fn module_count(&self) -> usize {
        self.modules.len()
    }

    /// The bytes to append to a runtime executable of `runtime_len` bytes: payload and trailer.
    pub fn encode_appendix(&self, runtime_len: u64) -> Result<Vec<u8>, ArchiveError> {
        if !self.modules.contains_key(&self.main_module) {
            return Err(ArchiveError::new(
                ArchiveErrorKind::Invalid,
                format!("the main module '{}' was not added", self.main_module),
            ));
        }
        let mut blobs = Vec::new();
        let mut modules = Vec::with_capacity(self.modules.len());
        for (name, pending) in &self.modules {
            let code = match &pending.code {
                PendingCode::Code(bytes) => Some(push_blob(&mut blobs, bytes)?),
                PendingCode::Namespace => None,
            };
            let source = match &pending.source {
                Some(text) => Some(push_blob(&mut blobs, text.as_bytes())?),
                None => None,
            };
            modules.push(WireModule {
                name: name.clone(),
                kind: pending.kind,
                path: pending.path.clone(),
                code,
                source,
            });
        }
        let mut data_files = Vec::with_capacity(self.data_files.len());
        for (path, contents) in &self.data_files {
            let blob = push_blob(&mut blobs, contents)?;
            data_files.push(WireDataFile {
                path: path.clone(),
                blob,
            });
        }
        let index = WireIndex {
            main_module: self.main_module.clone(),
            modules,
            data_files,
        };
        let index_bytes = postcard::to_allocvec(&index).map_err(|e| {
            ArchiveError::new(
                ArchiveErrorKind::Invalid,
                format!("index does not encode: {e}"),
            )
        })?;
        let trailer = Trailer {
            payload_offset: runtime_len,
            payload_len: (index_bytes.len() + blobs.len()) as u64,
            index_len: index_bytes.len() as u64,
            index_sha256: Sha256::digest(&index_bytes).into(),
        };
        let mut out = index_bytes;
        out.extend_from_slice(&blobs);
        out.extend_from_slice(&trailer.encode());
        Ok(out)
    }

    /// The whole bundled executable: `runtime` (with any bundle it carried stripped off),
    /// payload and trailer.
    pub fn bundle(&self, runtime: &[u8]) -> Result<Vec<u8>, ArchiveError> {
        let runtime = &runtime[..runtime_len(runtime)?];
        let mut out = runtime.to_vec();
        out.extend_from_slice(&self.encode_appendix(runtime.len() as u64)?);
        Ok(out)
    }
}

/// Compresses `bytes` onto the end of the blob area and returns its reference.
fn push_blob(blobs: &mut Vec<u8>, bytes: &[u8]) -> Result<BlobRef, ArchiveError> {
    let compressed = zstd::bulk::compress(bytes, COMPRESSION_LEVEL)
        .map_err(|e| ArchiveError::new(ArchiveErrorKind::Invalid, format!("zstd: {e}")))?;
    let blob = BlobRef {
        offset: blobs.len() as u64,
        compressed_len: compressed.len() as u64,
        len: bytes.len() as u64,
        sha256: Sha256::digest(bytes).into(),
    };
    blobs.extend_from_slice(&compressed);
    Ok(blob)
}
