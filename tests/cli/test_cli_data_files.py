"""A program's source, a data file and a spreadsheet's CSV through the real ``reader dump``
and from a local web server: code verbatim in its language, a CSV as a table."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from cli_run import dump_json
from pytest_httpserver import HTTPServer
from source_files import spaced_source

SOURCE = '''"""Count the ships."""

import sys


def count(berths: dict[str, int]) -> int:
    """All ships at all berths."""
    total = 0
    for name, ships in berths.items():
\tif ships:  # a tab, kept
            total += ships
    return total
'''


def _dump(path: Path, fmt: str) -> str:
    done = subprocess.run([sys.executable, "-m", "reader", "dump", "--format", fmt, str(path)],
                          capture_output=True, text=True, timeout=60, check=True)
    return done.stdout


def test_a_python_file_is_one_block_of_verbatim_code_titled_by_its_name(tmp_path: Path) -> None:
    path = tmp_path / "ships.py"
    path.write_text(SOURCE, encoding="utf-8")
    article = dump_json(str(path))
    assert article["title"] == "ships.py"
    [block] = article["body"]
    assert block["type"] == "code" and block["language"] == "python"
    assert block["text"] == SOURCE.rstrip()  # every line, its indentation, its tab
    assert article["people"] == [] and article["pull_quotes"] == []
    markdown = _dump(path, "markdown")
    assert "```python\n" in markdown and "    for name, ships in berths.items():\n" in markdown


def test_config_and_data_files_are_code_in_their_language(tmp_path: Path) -> None:
    files = {"deploy.yaml": ("key: value\nlist:\n  - one\n  - two\n", "yaml"),
             "Makefile": ("all:\n\tcc -o ships ships.c\n", "make"),
             "settings.toml": ('[tool]\nname = "ships"\n', "toml")}
    for name, (text, language) in files.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        [block] = dump_json(str(path))["body"]
        assert (block["type"], block["language"], block["text"]) == (
            "code", language, text.rstrip()), name


def test_minified_json_is_set_out_with_indentation(tmp_path: Path) -> None:
    data = {"ships": [{"name": f"Vessel {n}", "tonnage": n * 1000} for n in range(40)]}
    path = tmp_path / "ships.json"
    path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    [block] = dump_json(str(path))["body"]
    assert block["language"] == "json"
    assert json.loads(block["text"]) == data
    assert '\n  "ships": [\n' in block["text"]


def test_a_csv_is_a_table_with_its_header(tmp_path: Path) -> None:
    path = tmp_path / "berths.csv"
    path.write_text('Terminal,Arrivals,Notes\nNorth Quay,"1,204","Cranes, two"\n'
                    "Ferry pier,3650,\x1b[31mred\x1b[0m\n", encoding="utf-8")
    article = dump_json(str(path))
    [table] = article["body"]
    assert table["type"] == "table" and table["header"] is True
    assert table["rows"][:2] == [["Terminal", "Arrivals", "Notes"],
                                 ["North Quay", "1,204", "Cranes, two"]]
    assert "\x1b" not in json.dumps(article)
    assert "| North Quay | 1,204 | Cranes, two |" in _dump(path, "markdown")


def test_a_semicolon_csv_and_a_tsv_are_tables_too(tmp_path: Path) -> None:
    semicolons = tmp_path / "prices.csv"
    semicolons.write_text("Produit;Prix\nPain;1,20\nLait;0,95\n", encoding="utf-8")
    tabs = tmp_path / "prices.tsv"
    tabs.write_text("Item\tPrice\nBread\t1.20\n", encoding="utf-8")
    assert dump_json(str(semicolons))["body"][0]["rows"][1] == ["Pain", "1,20"]
    assert dump_json(str(tabs))["body"][0]["rows"] == [["Item", "Price"], ["Bread", "1.20"]]


def test_a_long_csv_is_continued_in_tables_under_its_header(tmp_path: Path) -> None:
    path = tmp_path / "calls.csv"
    path.write_text("Ship,Calls\n" + "".join(f"Vessel {n},{n}\n" for n in range(2500)),
                    encoding="utf-8")
    tables = dump_json(str(path))["body"]
    assert [len(table["rows"]) for table in tables] == [1001, 1001, 501]
    assert all(table["rows"][0] == ["Ship", "Calls"] for table in tables)
    assert tables[2]["rows"][-1] == ["Vessel 2499", "2499"]


def test_a_page_saved_under_a_code_name_is_still_a_page(tmp_path: Path) -> None:
    path = tmp_path / "page.json"
    path.write_text("<!DOCTYPE html><html><head><title>Harbour news</title></head><body>"
                    "<article><p>" + "The harbour reopened today after the storm. " * 8
                    + "</p></article></body></html>", encoding="utf-8")
    article = dump_json(str(path))
    assert article["title"] == "Harbour news" and article["body"][0]["type"] == "paragraph"


def test_raw_files_from_a_server_are_read_by_their_type_and_name(
    httpserver: HTTPServer,
) -> None:
    httpserver.expect_request("/raw/main/ships.py").respond_with_data(
        SOURCE, content_type="text/plain; charset=utf-8")
    httpserver.expect_request("/api/ships").respond_with_data(
        '{"ships":[1,2]}', content_type="application/json")
    httpserver.expect_request("/export").respond_with_data(
        "Ship,Calls\nAurora,3\n", content_type="text/csv")
    code = dump_json(httpserver.url_for("/raw/main/ships.py"))
    assert code["title"] == "ships.py"
    assert (code["body"][0]["type"], code["body"][0]["language"]) == ("code", "python")
    assert dump_json(httpserver.url_for("/api/ships"))["body"][0]["language"] == "json"
    table = dump_json(httpserver.url_for("/export"))["body"][0]
    assert table["rows"] == [["Ship", "Calls"], ["Aurora", "3"]]


def test_a_long_source_file_comes_in_parts_cut_at_blank_lines(tmp_path: Path) -> None:
    functions = "".join(f"def step_{n}(x):\n    return x + {n}\n\n" for n in range(400))
    path = tmp_path / "steps.py"
    path.write_text(functions, encoding="utf-8")
    blocks = dump_json(str(path))["body"]
    assert len(blocks) > 1 and all(block["type"] == "code" for block in blocks)
    assert all(block["text"].startswith("def step_") for block in blocks)  # cut at a blank
    assert "\n\n".join(block["text"] for block in blocks) == functions.rstrip()


def test_a_long_source_files_parts_and_gaps_are_its_lines_with_runs_of_blank_lines(
    tmp_path: Path,
) -> None:
    """Cut where a lone blank line stands (the gap between two parts stands for it), not in
    a run of blank lines, whose others would fall off the parts' edges."""
    source = spaced_source(400)
    path = tmp_path / "spaced.py"
    path.write_text(source, encoding="utf-8")
    blocks = dump_json(str(path))["body"]
    assert len(blocks) > 3 and all(block["type"] == "code" for block in blocks)
    assert "\n\n".join(block["text"] for block in blocks) == source.rstrip()


def test_names_and_quoted_speech_in_code_or_a_table_are_no_people_or_quotes(
    tmp_path: Path,
) -> None:
    source = tmp_path / "greet.py"
    source.write_text(
        '"""Written by Guido van Rossum and kept by Raymond Hettinger."""\n\n'
        "# Thanks to Barack Obama for the idea, said Michelle Obama.\n"
        'GREETING = "\\"We will ship it tomorrow,\\" said Jane Doe, the project manager."\n'
        "print(\"Jane Doe said: 'It works on my machine, and that is what counts.'\")\n",
        encoding="utf-8")
    table = tmp_path / "said.csv"
    table.write_text("Name,Said\n" + "".join(
        f'{name},"""We will win the race,"" said {name} to reporters."\n'
        for name in ("John Smith", "Jane Doe", "Maria Garcia") * 3), encoding="utf-8")
    for path in (source, table):
        article = dump_json(str(path))
        assert article["people"] == [] and article["pull_quotes"] == [], path.name
        assert article["word_count"] > 0  # (the documented fields as before)
