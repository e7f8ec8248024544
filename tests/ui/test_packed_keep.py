"""A book is analysed and saved in another process from its packed columns: what it saves
and finds is what analysing and saving the whole article gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.article.packed import pack, storage_json, unpack
from reader.engine import pipeline
from reader.engine.pipeline import load_article
from reader.store import Store
from reader.ui.jobs import loading

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.mark.parametrize("limit", [1_000_000, 3_000])
def test_saved_from_the_packed_columns_as_from_the_article(
    limit: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pipeline, "PEOPLE_TEXT_LIMIT", limit)  # 3,000: people from a part
    article = load_article(str(FIXTURES / "structure.html"), people=False)
    sample = load_article(str(FIXTURES / "obama-mexico-security.txt"), people=False)
    assert len(sample.text) > 3_000 > len(article.text) // 10
    for one in (article, sample):
        expected = pipeline.analyse(one)
        people, error = loading._analyse_and_keep_packed(pack(one), str(tmp_path))
        assert error is None
        assert loading._with_people(one, people) == expected
        with Store.open(str(tmp_path)) as store:
            saved = store.get_article(one.source)
        assert saved is not None
        assert saved.to_storage() == expected.to_storage()
        assert storage_json(expected, pack(expected)[1]) == expected.storage_json()


def test_unpack_up_to_an_offset_keeps_the_blocks_that_start_before_it() -> None:
    article = load_article(str(FIXTURES / "obama-mexico-security.txt"), people=False)
    cut = article.blocks[5].start + 1
    part = unpack(pack(article), upto=cut)
    assert part.blocks == article.blocks[:6]
    assert part.text == article.text
