"""The reading screen's widgets: the body (Line API), the side panels, the search bar and
the key bar. Each posts messages about what happened; the screen routes them."""
