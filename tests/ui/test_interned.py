"""``Interned`` answers like the list it stands for."""

from __future__ import annotations

import pytest

from reader.ui.widgets.interned import Interned


def test_index_is_the_first_row_like_a_list() -> None:
    values = ["blank", "paragraph", None, "paragraph", "blank", *map(str, range(300)), "x"]
    interned: Interned[str | None] = Interned()
    for value in values:
        interned.append(value)
    for value in ("paragraph", None, "blank", "299", "x"):
        assert interned.index(value) == values.index(value)
    with pytest.raises(ValueError):
        interned.index("missing")
