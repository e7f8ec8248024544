import os

project = "Harbour Notes"
author = "Ada Marsh"
extensions = ["ablog", "myst_parser"]
blog_title = "Harbour Notes"
blog_path = "blog"
blog_authors = {"Ada": ("Ada Marsh", None), "Tom": ("Tom Reed", None)}
blog_default_author = "Ada"
post_date_format = "%d %B %Y"
html_theme = "alabaster"
html_static_path = []
myst_enable_extensions = ["colon_fence"]
exclude_patterns = ["_build"]

html_theme = os.environ.get("THEME", "alabaster")
if html_theme == "alabaster":
    html_sidebars = {
        "**": [
            "about.html",
            "ablog/postcard.html",
            "navigation.html",
            "ablog/recentposts.html",
            "ablog/tagcloud.html",
            "ablog/categories.html",
            "ablog/archives.html",
            "searchbox.html",
        ]
    }
else:
    html_sidebars = {
        "**": [
            "ablog/postcard.html",
            "ablog/recentposts.html",
            "ablog/tagcloud.html",
            "ablog/categories.html",
            "ablog/archives.html",
        ]
    }
