"""Sphinx settings of the source set: the theme comes from $THEME (as the pages were built:
``THEME=furo sphinx-build -b html . out/sphinx-furo``)."""

import os

project = "Harbour"
author = "Ada Marsh"
html_theme = os.environ.get("THEME", "alabaster")
extensions = []
html_theme_options = {}
_GITHUB = {"github_user": "harbour", "github_repo": "harbour", "github_version": "main"}
if html_theme == "sphinx_rtd_theme":
    html_context = {**_GITHUB, "display_github": True, "conf_py_path": "/docs/"}
if html_theme == "sphinx_book_theme":
    html_theme_options = {
        "repository_url": "https://github.com/harbour/harbour",
        "use_edit_page_button": True,
        "use_repository_button": True,
    }
    html_context = {**_GITHUB, "doc_path": "docs"}
if html_theme == "pydata_sphinx_theme":
    html_context = {**_GITHUB, "doc_path": "docs"}
    html_theme_options = {"use_edit_page_button": True}
