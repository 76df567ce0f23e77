//! Test helpers: small projects written to a fresh temporary folder.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

/// A folder of files under the temp folder, removed when dropped.
pub struct TempProject {
    root: PathBuf,
}

impl TempProject {
    /// Writes `files` (relative path, contents); a path ending in `/` makes an empty folder.
    pub fn new(files: &[(&str, &str)]) -> TempProject {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let root = std::env::temp_dir().join(format!("tote-project-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        let project = TempProject { root };
        for (path, contents) in files {
            project.write(path, contents);
        }
        project
    }

    pub fn write(&self, path: &str, contents: &str) {
        let full = self.root.join(path);
        if path.ends_with('/') {
            std::fs::create_dir_all(&full).unwrap();
            return;
        }
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, contents).unwrap();
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root.join(rel)
    }

    pub fn root(&self) -> &Path {
        &self.root
    }
}

impl Drop for TempProject {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.root);
    }
}
