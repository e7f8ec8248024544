import os
project = "Harbour"
author = "Ada Marsh"
html_theme = os.environ.get("THEME", "alabaster")
extensions = []
html_theme_options = {}
if html_theme == "sphinx_rtd_theme":
    html_context = {"display_github": True, "github_user": "harbour", "github_repo": "harbour", "github_version": "main", "conf_py_path": "/docs/"}
if html_theme in ("pydata_sphinx_theme", "sphinx_book_theme"):
    html_theme_options = {"use_edit_page_button": False, "icon_links": []}
if html_theme == "sphinx_book_theme":
    html_theme_options = {"repository_url": "https://github.com/harbour/harbour", "use_edit_page_button": True, "use_repository_button": True}
    html_context = {"github_user": "harbour", "github_repo": "harbour", "github_version": "main", "doc_path": "docs"}
if html_theme == "pydata_sphinx_theme":
    html_context = {"github_user": "harbour", "github_repo": "harbour", "github_version": "main", "doc_path": "docs"}
    html_theme_options = {"use_edit_page_button": True}
