/**
 * @file tile_cache.h
 * @brief A cache of map tiles on the local disk.
 *
 * The harbour cache keeps recently fetched tiles on the local disk so that a map can be
 * redrawn without asking the tile server again.
 */
#ifndef TILE_CACHE_H
#define TILE_CACHE_H

#include <stddef.h>

/** The default limit, in megabytes. */
#define TILE_CACHE_DEFAULT_LIMIT_MB 256

/** How many hits, misses and evictions a cache has seen. */
struct tile_stats {
    unsigned long hits;      /**< Tiles served from the disk. */
    unsigned long misses;    /**< Tiles fetched from the server. */
    unsigned long evictions; /**< Tiles removed to make room. */
};

/**
 * @brief Opens a cache in a directory.
 *
 * The cache never deletes files it did not write itself, so it is safe to point it at a
 * directory shared with other tools.
 *
 * @param directory where the tiles are kept
 * @param limit_mb the largest size of the cache on disk, in megabytes
 * @return the cache, or NULL when the directory cannot be written
 */
struct tile_cache *tile_cache_open(const char *directory, size_t limit_mb);

/**
 * @brief Fetches every tile of the named layers before anyone asks for it.
 *
 * @param cache the cache to warm
 * @param layers the names of the layers, ending with NULL
 * @return how many tiles were fetched
 */
int tile_cache_warm(struct tile_cache *cache, const char **layers);

#endif
