"""A page's own furniture in its metadata: a site named by its initials in the title, a style
sheet in its description. Read through ``reader dump``."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_json

BODY = (
    "<p>Electrical hazards cause many deaths and injuries at work every year, and most of them "
    "could be prevented by simple steps that employers and workers can take together.</p>"
    "<p>This page explains the standards that apply, the training workers need, and where to "
    "find help when a workplace is not safe.</p>"
)


def _page(folder: Path, title: str, address: str, description: str = "") -> dict:
    path = folder / "page.html"
    path.write_text(
        f'<html><head><title>{title}</title><link rel="canonical" href="{address}">'
        f'<meta name="description" content="{description}"></head>'
        f"<body><main><h2>Overview</h2>{BODY}</main></body></html>",
        encoding="utf-8",
    )
    return dump_json(str(path))


def test_a_site_named_by_its_address_initials_leaves_the_title(tmp_path: Path) -> None:
    title = "Electrical - Overview | Occupational Safety and Health Administration"
    assert _page(tmp_path, title, "https://www.osha.gov/electrical")["title"] == (
        "Electrical - Overview"
    )
    # elsewhere the same words are part of the title
    assert _page(tmp_path, title, "https://example.org/electrical")["title"] == title


def test_a_style_sheet_in_the_description_is_no_subtitle(tmp_path: Path) -> None:
    css = "hr { clear: both; } @media only screen { .nopad { padding: 0; } } Overview Arc Flash"
    address = "https://example.org/electrical"
    assert _page(tmp_path, "Electrical safety", address, css).get("subtitle") is None
    dek = "What employers and workers should know about electrical hazards at work."
    assert _page(tmp_path, "Electrical safety", address, dek)["subtitle"] == dek
