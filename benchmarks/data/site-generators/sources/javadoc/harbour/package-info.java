/**
 * Keep recently fetched map tiles on the local disk.
 *
 * <p>The harbour cache keeps recently fetched tiles on the local disk so that a map can be
 * redrawn without asking the tile server again.
 *
 * <h2>Tuning the limits</h2>
 *
 * <p>Three settings decide how much the cache holds and for how long.
 *
 * <table>
 * <caption>The cache's settings</caption>
 * <tr><th>Setting</th><th>Default</th><th>Meaning</th></tr>
 * <tr><td>limit_mb</td><td>256</td><td>Largest size of the cache on disk</td></tr>
 * <tr><td>max_age</td><td>7 days</td><td>Oldest tile kept before it is fetched again</td></tr>
 * <tr><td>workers</td><td>4</td><td>Parallel downloads when warming</td></tr>
 * </table>
 */
package harbour;
