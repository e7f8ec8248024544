"""People and quotations: names, roles and who said what → ``Person`` and
``Quotation`` records on the article."""

from reader.core.lazy import lazy_exports

_WHERE = {
    "analyse_people": "finder",
    "find_quotes": "quotations",
    "attribute": "quotations",
}
__all__ = sorted(_WHERE)
__getattr__, __dir__ = lazy_exports(__name__, _WHERE)
