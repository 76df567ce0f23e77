//! The content-addressed bytecode cache.
//!
//! Compiling is pure, so a compiled module is stored under a key that hashes everything the
//! result depends on: the bytecode format version, tote's version, the compile mode, the file
//! name (it is inside the code object) and the source bytes. The folder is `$TOTE_CACHE_DIR`,
//! else `$XDG_CACHE_HOME/tote`, else `$HOME/.cache/tote`; `TOTE_NO_CACHE=1` turns it off.
//!
//! An entry is `<dir>/<first 2 hex digits>/<64 hex digits>.tbc`:
//!
//! | offset | size | field                                  |
//! |-------:|-----:|----------------------------------------|
//! | 0      | 8    | magic `TOTECODE`                       |
//! | 8      | 4    | bytecode format version (u32 LE)       |
//! | 12     | 32   | the key                                |
//! | 44     | 8    | payload length (u64 LE)                |
//! | 52     | 32   | SHA-256 of the payload                 |
//! | 84     | …    | payload: the postcard `CodeObject`     |
//!
//! Entries are written to a temporary file in the same folder and renamed into place, so a
//! concurrent reader sees a whole entry or none. An entry that does not check out (truncated,
//! garbage, another key) is ignored and rewritten. The cache never fails a compile: any I/O
//! problem (read-only or missing home, full disk) just means compiling without it.

use std::ffi::OsString;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use sha2::{Digest, Sha256};

use crate::bytecode::{CodeObject, FORMAT_VERSION};
use crate::compiler::{self, CompileError, Mode};

const ENTRY_MAGIC: [u8; 8] = *b"TOTECODE";
const HEADER_LEN: usize = 84;
const ENTRY_EXTENSION: &str = "tbc";
const TEMP_EXTENSION: &str = "tmp";
/// Marks the folder as a cache for backup tools (<https://bford.info/cachedir/>).
const CACHEDIR_TAG: &str = "Signature: 8a477f597d28d172789f06886806bc55\n\
# This file is a cache directory tag created by tote.\n";

/// How a compile went through the cache.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CacheOutcome {
    /// Read from a valid entry; nothing was compiled.
    Hit,
    /// Compiled (no entry, or an invalid one); the result was stored if the folder allowed.
    Miss,
    /// Compiled without the cache (`TOTE_NO_CACHE`, or no cache folder can be named).
    Disabled,
}

/// What `tote cache stats` shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CacheStats {
    /// The cache folder, `None` when none can be named (no `HOME`).
    pub dir: Option<PathBuf>,
    pub entries: u64,
    pub bytes: u64,
}

/// A bytecode cache in one folder, or a disabled one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cache {
    dir: Option<PathBuf>,
}

/// Reads the cache settings from environment variables through `var` (the environment, or a
/// table in tests). Gives (folder, enabled).
fn settings_from(var: impl Fn(&str) -> Option<OsString>) -> (Option<PathBuf>, bool) {
    let set = |name: &str| var(name).filter(|v| !v.is_empty());
    let enabled = set("TOTE_NO_CACHE").is_none_or(|v| v == "0");
    let dir = if let Some(dir) = set("TOTE_CACHE_DIR") {
        Some(PathBuf::from(dir))
    } else if let Some(xdg) = set("XDG_CACHE_HOME").filter(|v| Path::new(v).is_absolute()) {
        Some(PathBuf::from(xdg).join("tote"))
    } else {
        set("HOME").map(|home| PathBuf::from(home).join(".cache").join("tote"))
    };
    (dir, enabled)
}

fn env_settings() -> (Option<PathBuf>, bool) {
    settings_from(|name| std::env::var_os(name))
}

impl Cache {
    /// The cache the environment asks for (see the module documentation).
    pub fn from_env() -> Cache {
        let (dir, enabled) = env_settings();
        Cache {
            dir: dir.filter(|_| enabled),
        }
    }

    /// A cache in `dir` (created on first write).
    pub fn at(dir: impl Into<PathBuf>) -> Cache {
        Cache {
            dir: Some(dir.into()),
        }
    }

    /// A cache that stores nothing: every compile is `Disabled`.
    pub fn disabled() -> Cache {
        Cache { dir: None }
    }

    /// The folder, when enabled.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// Compiles `source` with tote's compiler, through the cache.
    pub fn compile(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
    ) -> Result<(CodeObject, CacheOutcome), CompileError> {
        self.compile_with(source, filename, mode, compiler::compile)
    }

    /// Compiles `source` with `compile`, through the cache. Compile errors are not cached.
    pub fn compile_with(
        &self,
        source: &str,
        filename: &str,
        mode: Mode,
        compile: impl FnOnce(&str, &str, Mode) -> Result<CodeObject, CompileError>,
    ) -> Result<(CodeObject, CacheOutcome), CompileError> {
        let Some(dir) = &self.dir else {
            return compile(source, filename, mode).map(|code| (code, CacheOutcome::Disabled));
        };
        let key = cache_key(source, filename, mode);
        let path = entry_path(dir, &key);
        if let Some(code) = read_entry(&path, &key) {
            return Ok((code, CacheOutcome::Hit));
        }
        let code = compile(source, filename, mode)?;
        // Best effort: a cache that cannot be written is a cache that is not used.
        let _ = write_entry(dir, &path, &key, &code.to_bytes());
        Ok((code, CacheOutcome::Miss))
    }

    /// Counts the entries and their bytes.
    pub fn stats(&self) -> CacheStats {
        let (mut entries, mut bytes) = (0, 0);
        if let Some(dir) = &self.dir {
            for (path, is_entry) in cache_files(dir) {
                if is_entry {
                    entries += 1;
                    bytes += fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
                }
            }
        }
        CacheStats {
            dir: self.dir.clone(),
            entries,
            bytes,
        }
    }

    /// Removes every entry (and stray temporary file); returns how many entries went. Touches
    /// nothing else in the folder.
    pub fn clean(&self) -> io::Result<u64> {
        let Some(dir) = &self.dir else { return Ok(0) };
        let mut removed = 0;
        for (path, is_entry) in cache_files(dir) {
            match fs::remove_file(&path) {
                Ok(()) => removed += u64::from(is_entry),
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
            if let Some(shard) = path.parent() {
                // Only succeeds once the shard folder is empty.
                let _ = fs::remove_dir(shard);
            }
        }
        Ok(removed)
    }
}

/// Compiles through the cache the environment asks for. Never fails because of the cache.
pub fn compile_cached(
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<(CodeObject, CacheOutcome), CompileError> {
    Cache::from_env().compile(source, filename, mode)
}

/// The cache folder `tote cache` works on: the environment's, even when `TOTE_NO_CACHE` is set.
fn cache_location() -> Cache {
    Cache {
        dir: env_settings().0,
    }
}

/// Entries and bytes in the cache folder.
pub fn stats() -> CacheStats {
    cache_location().stats()
}

/// Empties the cache folder; returns the number of entries removed.
pub fn clean() -> io::Result<u64> {
    cache_location().clean()
}

fn cache_key(source: &str, filename: &str, mode: Mode) -> [u8; 32] {
    let mode_byte: u8 = match mode {
        Mode::Exec => 0,
        Mode::Eval => 1,
        Mode::Single => 2,
    };
    let mut hasher = Sha256::new();
    hasher.update(b"tote bytecode cache\n");
    hasher.update(FORMAT_VERSION.to_le_bytes());
    for part in [
        env!("CARGO_PKG_VERSION").as_bytes(),
        // Changes whenever the compiler's sources do (see build.rs).
        env!("TOTE_COMPILER_FINGERPRINT").as_bytes(),
        &[mode_byte],
        filename.as_bytes(),
    ] {
        hasher.update((part.len() as u64).to_le_bytes());
        hasher.update(part);
    }
    hasher.update((source.len() as u64).to_le_bytes());
    hasher.update(source.as_bytes());
    hasher.finalize().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn entry_path(dir: &Path, key: &[u8; 32]) -> PathBuf {
    let name = hex(key);
    dir.join(&name[..2])
        .join(format!("{name}.{ENTRY_EXTENSION}"))
}

/// The code stored at `path`, if the entry is whole and is the one for `key`.
fn read_entry(path: &Path, key: &[u8; 32]) -> Option<CodeObject> {
    let bytes = fs::read(path).ok()?;
    let (header, payload) = bytes.split_at_checked(HEADER_LEN)?;
    let valid = header[0..8] == ENTRY_MAGIC
        && header[8..12] == FORMAT_VERSION.to_le_bytes()
        && header[12..44] == key[..]
        && header[44..52] == (payload.len() as u64).to_le_bytes()
        && header[52..84] == Sha256::digest(payload)[..];
    if !valid {
        return None;
    }
    CodeObject::from_bytes(payload)
}

fn write_entry(dir: &Path, path: &Path, key: &[u8; 32], payload: &[u8]) -> io::Result<()> {
    let shard = path.parent().unwrap_or(dir);
    if !dir.is_dir() {
        fs::create_dir_all(dir)?;
        let _ = fs::write(dir.join("CACHEDIR.TAG"), CACHEDIR_TAG);
    }
    fs::create_dir_all(shard)?;

    let mut entry = Vec::with_capacity(HEADER_LEN + payload.len());
    entry.extend_from_slice(&ENTRY_MAGIC);
    entry.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    entry.extend_from_slice(key);
    entry.extend_from_slice(&(payload.len() as u64).to_le_bytes());
    entry.extend_from_slice(&Sha256::digest(payload));
    entry.extend_from_slice(payload);

    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let unique = COUNTER.fetch_add(1, Ordering::Relaxed);
    let temp = shard.join(format!(
        ".{}.{}.{unique}.{TEMP_EXTENSION}",
        hex(&key[..8]),
        std::process::id()
    ));
    let written = fs::File::create(&temp)
        .and_then(|mut file| file.write_all(&entry))
        .and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// The files of the cache layout in `dir`: (path, is an entry) for every `*.tbc` and `*.tmp`
/// in a two-hex-digit subfolder. Unreadable folders are skipped.
fn cache_files(dir: &Path) -> Vec<(PathBuf, bool)> {
    let is_shard = |name: &str| name.len() == 2 && name.bytes().all(|b| b.is_ascii_hexdigit());
    let mut files = Vec::new();
    let Ok(shards) = fs::read_dir(dir) else {
        return files;
    };
    for shard in shards.flatten() {
        let shard_name = shard.file_name();
        if !shard_name.to_str().is_some_and(is_shard) || !shard.path().is_dir() {
            continue;
        }
        let Ok(entries) = fs::read_dir(shard.path()) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let extension = path.extension().and_then(|e| e.to_str());
            let is_file = entry.file_type().is_ok_and(|t| t.is_file());
            match extension {
                Some(ENTRY_EXTENSION) if is_file => files.push((path, true)),
                Some(TEMP_EXTENSION) if is_file => files.push((path, false)),
                _ => {}
            }
        }
    }
    files.sort();
    files
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bytecode::Constant;
    use crate::compiler::CompileErrorKind;
    use std::cell::Cell;

    /// A fresh folder under the temp folder, removed when dropped.
    struct TempDir(PathBuf);

    impl TempDir {
        fn new() -> TempDir {
            static COUNTER: AtomicU64 = AtomicU64::new(0);
            let n = COUNTER.fetch_add(1, Ordering::Relaxed);
            let path = std::env::temp_dir().join(format!("tote-cache-{}-{n}", std::process::id()));
            let _ = fs::remove_dir_all(&path);
            TempDir(path)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = fs::remove_dir_all(&self.0);
        }
    }

    /// A stand-in compiler: a module returning the source's length; counts its calls.
    fn fake_compile(
        calls: &Cell<u32>,
    ) -> impl Fn(&str, &str, Mode) -> Result<CodeObject, CompileError> + '_ {
        move |source, filename, _mode| {
            calls.set(calls.get() + 1);
            if source.contains("syntax error") {
                return Err(CompileError {
                    kind: CompileErrorKind::SyntaxError,
                    msg: "invalid syntax".into(),
                    filename: filename.into(),
                    lineno: 1,
                    offset: 1,
                    end_lineno: 1,
                    end_offset: 2,
                    text: Some(source.into()),
                    location_in_args: true,
                });
            }
            Ok(CodeObject::returning(
                filename,
                0,
                Constant::Int(source.len() as i64),
            ))
        }
    }

    fn run(cache: &Cache, source: &str, filename: &str, calls: &Cell<u32>) -> CacheOutcome {
        let (code, outcome) = cache
            .compile_with(source, filename, Mode::Exec, fake_compile(calls))
            .unwrap();
        assert_eq!(code.constants, vec![Constant::Int(source.len() as i64)]);
        assert_eq!(code.filename, filename);
        outcome
    }

    fn only_entry(dir: &Path) -> PathBuf {
        let files = cache_files(dir);
        assert_eq!(files.len(), 1, "{files:?}");
        files[0].0.clone()
    }

    #[test]
    fn miss_then_hit() {
        let dir = TempDir::new();
        let cache = Cache::at(&dir.0);
        let calls = Cell::new(0);
        assert_eq!(run(&cache, "x = 1\n", "a.py", &calls), CacheOutcome::Miss);
        assert_eq!(run(&cache, "x = 1\n", "a.py", &calls), CacheOutcome::Hit);
        assert_eq!(calls.get(), 1);
        // Another file name or source is another entry.
        assert_eq!(run(&cache, "x = 1\n", "b.py", &calls), CacheOutcome::Miss);
        assert_eq!(run(&cache, "x = 22\n", "a.py", &calls), CacheOutcome::Miss);
        let (_, outcome) = cache
            .compile_with("x = 1\n", "a.py", Mode::Eval, fake_compile(&calls))
            .unwrap();
        assert_eq!(outcome, CacheOutcome::Miss);
        assert_eq!(calls.get(), 4);
        let stats = cache.stats();
        assert_eq!(
            (stats.entries, stats.dir.as_deref()),
            (4, Some(dir.0.as_path()))
        );
        assert!(stats.bytes > 4 * HEADER_LEN as u64);
        assert!(dir.0.join("CACHEDIR.TAG").is_file());
    }

    #[test]
    fn entries_live_in_two_hex_digit_shards() {
        let dir = TempDir::new();
        let calls = Cell::new(0);
        run(&Cache::at(&dir.0), "pass\n", "m.py", &calls);
        let entry = only_entry(&dir.0);
        let key = hex(&cache_key("pass\n", "m.py", Mode::Exec));
        assert_eq!(entry, dir.0.join(&key[..2]).join(format!("{key}.tbc")));
    }

    #[test]
    fn damaged_entries_are_ignored_and_rewritten() {
        let dir = TempDir::new();
        let cache = Cache::at(&dir.0);
        let calls = Cell::new(0);
        run(&cache, "y = 2\n", "m.py", &calls);
        let entry = only_entry(&dir.0);
        let good = fs::read(&entry).unwrap();

        let mut flipped = good.clone();
        let last = flipped.len() - 1;
        flipped[last] ^= 1;
        let mut wrong_version = good.clone();
        wrong_version[8] ^= 1;
        let damages: Vec<Vec<u8>> = vec![
            Vec::new(),
            good[..10].to_vec(),
            good[..HEADER_LEN].to_vec(),
            good[..good.len() - 1].to_vec(),
            flipped,
            wrong_version,
            [good.clone(), b"trailing".to_vec()].concat(),
            b"garbage garbage garbage garbage garbage garbage garbage garbage garbage garbage!!"
                .repeat(3),
        ];
        for damaged in damages {
            fs::write(&entry, &damaged).unwrap();
            assert_eq!(run(&cache, "y = 2\n", "m.py", &calls), CacheOutcome::Miss);
            assert_eq!(fs::read(&entry).unwrap(), good, "rewritten whole");
            assert_eq!(run(&cache, "y = 2\n", "m.py", &calls), CacheOutcome::Hit);
        }
    }

    #[test]
    fn an_entry_under_the_wrong_key_is_not_used() {
        let dir = TempDir::new();
        let cache = Cache::at(&dir.0);
        let calls = Cell::new(0);
        run(&cache, "a = 1\n", "m.py", &calls);
        let other = entry_path(&dir.0, &cache_key("b = 2\n", "m.py", Mode::Exec));
        fs::create_dir_all(other.parent().unwrap()).unwrap();
        fs::copy(only_entry(&dir.0), &other).unwrap();
        assert_eq!(run(&cache, "b = 2\n", "m.py", &calls), CacheOutcome::Miss);
        assert_eq!(run(&cache, "b = 2\n", "m.py", &calls), CacheOutcome::Hit);
    }

    #[test]
    fn compile_errors_pass_through_and_are_not_stored() {
        let dir = TempDir::new();
        let cache = Cache::at(&dir.0);
        let calls = Cell::new(0);
        for _ in 0..2 {
            let err = cache
                .compile_with("syntax error\n", "bad.py", Mode::Exec, fake_compile(&calls))
                .unwrap_err();
            assert_eq!(
                (err.msg.as_str(), err.filename.as_str()),
                ("invalid syntax", "bad.py")
            );
        }
        assert_eq!(calls.get(), 2);
        assert_eq!(cache.stats().entries, 0);
    }

    #[test]
    fn an_unusable_folder_means_compiling_without_it() {
        let dir = TempDir::new();
        fs::create_dir_all(&dir.0).unwrap();
        let blocker = dir.0.join("not-a-folder");
        fs::write(&blocker, b"x").unwrap();
        let cache = Cache::at(blocker.join("cache"));
        let calls = Cell::new(0);
        assert_eq!(run(&cache, "z = 3\n", "m.py", &calls), CacheOutcome::Miss);
        assert_eq!(run(&cache, "z = 3\n", "m.py", &calls), CacheOutcome::Miss);
        assert_eq!(calls.get(), 2);
        assert_eq!(cache.stats().entries, 0);
        assert_eq!(cache.clean().unwrap(), 0);
    }

    #[test]
    fn a_disabled_cache_always_compiles() {
        let calls = Cell::new(0);
        let cache = Cache::disabled();
        assert_eq!(
            run(&cache, "w = 4\n", "m.py", &calls),
            CacheOutcome::Disabled
        );
        assert_eq!(
            run(&cache, "w = 4\n", "m.py", &calls),
            CacheOutcome::Disabled
        );
        assert_eq!(calls.get(), 2);
        assert_eq!(
            cache.stats(),
            CacheStats {
                dir: None,
                entries: 0,
                bytes: 0
            }
        );
    }

    #[test]
    fn clean_removes_entries_and_nothing_else() {
        let dir = TempDir::new();
        let cache = Cache::at(&dir.0);
        let calls = Cell::new(0);
        for source in ["a = 1\n", "b = 2\n", "c = 3\n"] {
            run(&cache, source, "m.py", &calls);
        }
        let keep = dir.0.join("README");
        fs::write(&keep, b"mine").unwrap();
        let shard = cache_files(&dir.0)[0].0.parent().unwrap().to_path_buf();
        fs::write(shard.join(".stray.1.2.tmp"), b"half").unwrap();
        assert_eq!(cache.clean().unwrap(), 3);
        assert_eq!(cache.stats().entries, 0);
        assert!(cache_files(&dir.0).is_empty());
        assert!(keep.is_file() && dir.0.join("CACHEDIR.TAG").is_file());
        assert_eq!(run(&cache, "a = 1\n", "m.py", &calls), CacheOutcome::Miss);
    }

    #[test]
    fn concurrent_writers_leave_one_whole_entry() {
        let dir = TempDir::new();
        std::thread::scope(|scope| {
            for _ in 0..4 {
                scope.spawn(|| {
                    let calls = Cell::new(0);
                    let cache = Cache::at(&dir.0);
                    for _ in 0..20 {
                        run(&cache, "shared = 1\n", "m.py", &calls);
                    }
                });
            }
        });
        let files = cache_files(&dir.0);
        assert_eq!(files.len(), 1, "no temporary files left: {files:?}");
        let calls = Cell::new(0);
        assert_eq!(
            run(&Cache::at(&dir.0), "shared = 1\n", "m.py", &calls),
            CacheOutcome::Hit
        );
    }

    #[test]
    fn the_folder_comes_from_the_environment() {
        fn env(pairs: &[(&str, &str)]) -> (Option<PathBuf>, bool) {
            settings_from(|name| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| OsString::from(v))
            })
        }
        let all = [
            ("TOTE_CACHE_DIR", "/c"),
            ("XDG_CACHE_HOME", "/x"),
            ("HOME", "/h"),
        ];
        assert_eq!(env(&all), (Some(PathBuf::from("/c")), true));
        assert_eq!(env(&all[1..]), (Some(PathBuf::from("/x/tote")), true));
        assert_eq!(
            env(&all[2..]),
            (Some(PathBuf::from("/h/.cache/tote")), true)
        );
        assert_eq!(
            env(&[("XDG_CACHE_HOME", "rel"), ("HOME", "/h")]).0,
            Some(PathBuf::from("/h/.cache/tote"))
        );
        assert_eq!(
            env(&[("TOTE_CACHE_DIR", ""), ("HOME", "/h")]).0,
            Some(PathBuf::from("/h/.cache/tote"))
        );
        assert_eq!(env(&[]), (None, true));
        assert!(!env(&[("HOME", "/h"), ("TOTE_NO_CACHE", "1")]).1);
        assert!(env(&[("HOME", "/h"), ("TOTE_NO_CACHE", "0")]).1);
        assert!(env(&[("HOME", "/h"), ("TOTE_NO_CACHE", "")]).1);
    }
}
