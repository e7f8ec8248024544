"""Store records without heavy imports: NamedTuple without typing, names without json."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import typing

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.store import Store, records

from .conftest import make_article


def make(base: type) -> type:
    class Point(base):  # type: ignore[misc, valid-type]
        """A point."""

        x: int
        y: int = 2
        tags: tuple[str, ...] = ()

        @property
        def total(self) -> int:
            return self.x + self.y

        def moved(self, by: int) -> Point:
            return self._replace(x=self.x + by)

        @classmethod
        def origin(cls) -> Point:
            return cls(0, 0)

    return Point


def describe(cls: type) -> dict[str, object]:
    point = cls(1)
    return {
        "repr": repr(point),
        "fields": cls._fields,
        "defaults": cls._field_defaults,
        "annotated": list(cls.__annotations__),  # typing wraps them in ForwardRef
        "doc": cls.__doc__,
        "name": (cls.__name__, cls.__qualname__.rsplit(".", 1)[-1], cls.__module__),
        "tuple": (tuple(point), point == (1, 2, ()), isinstance(point, tuple)),
        "methods": (point.total, tuple(point.moved(3)), tuple(cls.origin())),
        "asdict": point._asdict(),
        "make": tuple(cls._make([5, 6, ("a",)])),
        "slots": hasattr(point, "__dict__"),
    }


def test_same_as_typing_namedtuple():
    assert describe(make(records.NamedTuple)) == describe(make(typing.NamedTuple))


def test_a_field_without_default_after_one_with_default_is_refused():
    with pytest.raises(TypeError):

        class Bad(records.NamedTuple):
            a: int = 1
            b: int


def test_reader_search_does_not_import_heavy_modules():
    code = (
        "import sys, reader.cli.store_commands; "
        "print(sorted({'argparse', 'threading', 'csv', 'textual', 'rich', 'httpx', "
        "'lxml', 'reader.article.model', 'json'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_output_cut_short_by_the_reader_is_no_error(tmp_path):
    with Store.open(tmp_path) as store:
        store.save_article(make_article("Cartel violence"))
    process = subprocess.Popen(
        [sys.executable, "-m", "reader", "library", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"},  # buffered
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # like `reader library | head -0`
    assert process.wait(timeout=60) == 0
    assert process.stderr.read() == b""


@given(st.lists(st.text()))
def test_names_read_back_as_json_wrote_them(names):
    assert records.names_from_json(json.dumps(names, ensure_ascii=False)) == tuple(names)


def as_json(text):
    """What the names stored as ``text`` are: a JSON list's strings; nothing when damaged."""
    try:
        value = json.loads(text or "[]")
    except (ValueError, RecursionError):
        return ()
    return tuple(name for name in value if isinstance(name, str)) if isinstance(value, list) else ()


@given(st.text(alphabet='[]", \\ab\tü1{'))
def test_names_from_any_text_as_json_reads_it(text):
    assert records.names_from_json(text) == as_json(text)


@pytest.mark.parametrize(
    "text",
    ['["]', '[""]', '["a","b"]', '["a", "b"]', '[ "a" ]', '["a\\"b"]', '["a\tb"]', None, "",
     '"Molly"', '{"a": 1}', '[1, "a", null]', "{not json", "[" * 100_000],
)
def test_names_edge_cases(text):
    assert records.names_from_json(text) == as_json(text)


@pytest.mark.parametrize("value", [b"\x00\xff", 12, 1.5])
def test_names_that_are_not_text_are_no_names(value):
    assert records.names_from_json(value) == ()
