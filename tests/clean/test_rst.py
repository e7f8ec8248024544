"""reStructuredText files (a README.rst, a documentation source) through the real ``reader
dump`` command: structure kept, named by the document's own title and fields, and read
safely (no file included, no raw HTML, unknown roles as their text)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.cli_run import dump_json

README = """\
=======
Project
=======

.. image:: https://img.shields.io/pypi/v/project.svg
   :target: https://pypi.org/project/project/

A small library that does one thing well, and this paragraph says what that thing is.

Installation
------------

Install it with pip:

.. code-block:: bash

    pip install project

Usage
-----

Import it and call ``run()``, as :func:`project.run` explains, or see :ref:`the guide
<guide>`:

.. code-block:: python

    import project
    project.run(fast=True)

See the `documentation <https://project.readthedocs.io/>`_ for more.

#. First
#. Second
"""


def _dump(tmp_path: Path, text: str, name: str = "README.rst") -> dict:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return dump_json(str(path))


def test_a_readme_keeps_its_structure(tmp_path: Path) -> None:
    article = _dump(tmp_path, README)
    assert article["title"] == "Project"
    body = article["body"]
    assert [block["text"] for block in body if block["type"] == "heading"] == [
        "Installation", "Usage"]
    code = [(block["language"], block["text"]) for block in body if block["type"] == "code"]
    assert code == [("bash", "pip install project"),
                    ("python", "import project\nproject.run(fast=True)")]
    assert any(block["type"] == "image" and block["src"].endswith("project.svg")
               for block in body)
    assert {"text": "documentation", "href": "https://project.readthedocs.io/"} in [
        {"text": link["text"], "href": link["href"]} for link in article["links"]]
    usage = next(block["text"] for block in body if block["text"].startswith("Import it"))
    assert usage == ("Import it and call run(), as project.run explains, or see the guide:")
    text = "\n\n".join(block["text"] for block in body)
    styled = [(styled["kind"], text[styled["start"] : styled["end"]])
              for styled in article["styles"]]
    assert ("code", "run()") in styled  # (an inline literal: code, as in the page docutils made)
    items = next(block for block in body if block["type"] == "list")["items"]
    assert [item["number"] for item in items] == [1, 2]


def test_its_fields_name_it_and_nothing_unsafe_passes(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE", encoding="utf-8")
    text = (
        "==================\nThe Big Document\n==================\n"
        "-----------------\nA subtitle here\n-----------------\n\n"
        ":Author: Jane Roe\n:Date: 2024-03-01\n\n"
        "Intro paragraph with enough words to read as the text of this document.\n\n"
        f".. include:: {secret}\n\n"
        ".. raw:: html\n\n   <p>RAW-HTML-PASSED</p>\n\n"
        ".. toctree::\n   :maxdepth: 2\n\n"
        "A closing paragraph, after a directive docutils does not know.\n"
    )
    article = _dump(tmp_path, text, "doc.rest")
    assert (article["title"], article["subtitle"]) == ("The Big Document", "A subtitle here")
    assert article["authors"] == ["Jane Roe"] and article["published"] == "2024-03-01"
    shown = " ".join(block["text"] for block in article["body"])
    assert "TOP-SECRET-VALUE" not in shown and "RAW-HTML-PASSED" not in shown
    assert shown.startswith("Intro paragraph") and shown.endswith("does not know.")


def test_a_broken_document_is_still_read(tmp_path: Path) -> None:
    text = "Title\n===\n\n  Bad indent\n:not a field\n\n* item\ncontinued\n\n.. |x| unknown::\n"
    path = tmp_path / "broken.rst"
    path.write_text(text, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "reader", "dump", str(path)],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and "Traceback" not in result.stderr
    assert "Bad indent" in result.stdout
