//! Keep recently fetched map tiles on the local disk.
//!
//! The harbour cache keeps recently fetched tiles on the local disk so that a map can be
//! redrawn without asking the tile server again. This crate holds the cache and the
//! statistics it writes while it runs.
//!
//! # Installing the cache
//!
//! Add the crate to your manifest. The cache needs a writable directory; by default it
//! uses `~/.cache/harbour` and creates it on first use.
//!
//! ```rust
//! use harbour::cache::TileCache;
//!
//! let mut cache = TileCache::new("/var/tiles", 512);
//! cache.warm(&["coast", "rivers"]);
//! println!("{}", cache.stats());
//! ```
//!
//! # Tuning the limits
//!
//! Three settings decide how much the cache holds and for how long.
//!
//! | Setting  | Default | Meaning                                     |
//! |----------|---------|---------------------------------------------|
//! | limit_mb | 256     | Largest size of the cache on disk           |
//! | max_age  | 7 days  | Oldest tile kept before it is fetched again |
//! | workers  | 4       | Parallel downloads when warming             |
//!
//! # Warming a region
//!
//! Warming fetches every tile of a region before anyone asks for it. Follow these steps:
//!
//! 1. Choose the layers to warm.
//! 2. Pick the zoom levels:
//!     - low levels for an overview of the whole coast
//!     - high levels for the harbour itself
//! 3. Run the warm command and wait for the summary line.

pub mod cache;
