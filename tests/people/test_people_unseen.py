"""Error classes found by reading the people panel on real pages nobody tuned on
(``benchmarks/people_judged.py``), each written as a small story read through ``reader dump``."""

from __future__ import annotations

from pathlib import Path

from tests.cli_run import dump_text

ROLES = """Cloud teams learn to share the load

Platform teams now run most of the company's services, according to Lisa Shen, product \
manager at Harbourline Cloud, and Eddie Villalba, outbound product manager at Harbourline.

"We had to rethink who owns what," said Mariana Delgado, marketing director, Tidewell.

"The tools finally caught up with the people," explains Samir Kendale, MD, FASA, medical \
director of informatics at Lakeside Hospital.

"It felt right from the first mile," said tester Jenny Stump.

Delgado said the change took two years.
"""


def test_roles_written_without_an_article_or_after_degrees(tmp_path: Path) -> None:
    roles = {p["name"]: p["role"] for p in dump_text(tmp_path, ROLES)["people"]}
    assert roles["Lisa Shen"] == "product manager at Harbourline Cloud"
    assert roles["Eddie Villalba"] == "outbound product manager at Harbourline"
    assert roles["Mariana Delgado"] == "marketing director"
    assert roles["Samir Kendale"] == "medical director of informatics at Lakeside Hospital"
    assert roles["Jenny Stump"] == "tester"
