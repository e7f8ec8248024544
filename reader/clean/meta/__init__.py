"""Article metadata from an HTML page, one module per field and source.

``extract`` combines them: ``jsonld`` (structured data), ``tags`` (``<meta>``), ``site``,
``title``, ``subtitle``, ``authors`` (with ``bylines``: the visible ones), ``published`` (with
``dates``: parsing, and ``shown``: the dates beside the headline) and ``caption``; ``text``
holds their helpers.
"""

from reader.core.lazy import lazy_exports

_WHERE = {
    "Metadata": "extract",
    "extract_metadata": "extract",
    "clean_authors": "authors",
    "is_organisation": "authors",
    "split_authors": "authors",
    "split_caption": "caption",
    "parse_date": "dates",
    "parse_json_lenient": "jsonld",
    "site_from_url": "site",
    "strip_title_affixes": "title",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
