"""A memo's header block (an RFC's): the authors and the month in its right column."""

from __future__ import annotations

import textwrap

from reader.article.dates import format_date
from reader.clean.text.memo import memo_header
from reader.clean.text.pipeline import clean_plain_text

PROSE = textwrap.indent(
    textwrap.fill(
        "This document describes a small protocol by which a kitchen appliance reports "
        "whether its water has boiled, and how a client asks it.",
        69,
    ),
    "   ",
)
HEADER = (
    "Internet Engineering Task Force (IETF)                  R. Fielding, Ed.\n"
    "Request for Comments: 9110                                         Adobe\n"
    "STD: 97                                               M. Nottingham, Ed.\n"
    "Obsoletes: 2818, 7230                                             Fastly\n"
    "Category: Standards Track                                      June 2022\n"
    "ISSN: 2070-1721"
)


def test_the_right_column_names_the_authors_and_the_month() -> None:
    article = clean_plain_text(
        f"\n\n{HEADER}\n\n\n          HTTP Semantics\n\nAbstract\n\n{PROSE}\n"
    )
    assert article.title == "HTTP Semantics"
    assert article.authors == ["R. Fielding", "M. Nottingham"]
    assert article.published == "2022-06"
    assert format_date(article.published) == "June 2022"


def test_a_right_column_line_alone_and_a_full_date_are_read() -> None:
    block = (
        "Example Working Group                     A. Lindqvist\n"
        "Request for Comments: 9999                Example Corp\n"
        "                                          3 March 2026"
    )
    assert memo_header(block) == (["A. Lindqvist"], "2026-03-03")


def test_columns_without_an_author_and_a_date_give_nothing() -> None:
    prices = "Leeds        £24     March 2026\nYork         £22     April 2026"
    assert memo_header(prices) == ([], None)
    names = "Editor                                     A. Lindqvist\nPublisher     Acme"
    assert memo_header(names) == ([], None)
