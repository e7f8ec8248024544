"""People benchmark: precision/recall/F1 of distinct names per article, role accuracy,
quote-speaker accuracy, pull-quote speakers, and speed (ms per 1,000 words).

Usage: python benchmarks/people.py [LABELLED_DIR]   (default: tests/people; the directory
holds articles/*.txt and gold.json, see tests/people/labelled.py). Tuning and held-out
articles are reported separately.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from reader.article.model import build_article  # noqa: E402
from reader.people.finder import analyse_people  # noqa: E402


def _load_labelled(directory: Path):
    spec = importlib.util.spec_from_file_location("labelled", ROOT / "tests/people/labelled.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    sys.modules["labelled"] = module
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    module.HERE = directory
    module.ARTICLES = directory / "articles"
    return module


def _report(name: str, scores: list, labelled) -> None:
    total = labelled.Score()
    for score in scores:
        for key in (
            "tp",
            "fp",
            "fn",
            "roles_right",
            "roles_total",
            "quotes_right",
            "quotes_total",
            "pulls_right",
            "pulls_total",
        ):
            setattr(total, key, getattr(total, key) + getattr(score, key))
    precision = total.tp / (total.tp + total.fp) if total.tp + total.fp else 1.0
    recall = total.tp / (total.tp + total.fn) if total.tp + total.fn else 1.0
    macro_p = sum(s.tp / (s.tp + s.fp) if s.tp + s.fp else 1.0 for s in scores) / len(scores)
    macro_r = sum(s.tp / (s.tp + s.fn) if s.tp + s.fn else 1.0 for s in scores) / len(scores)
    macro_f1 = sum(s.f1 for s in scores) / len(scores)
    print(f"{name}: {len(scores)} articles, {total.tp + total.fn} gold people")
    print(f"  names micro  P={precision:.3f} R={recall:.3f} F1={total.f1:.3f}")
    print(f"  names macro  P={macro_p:.3f} R={macro_r:.3f} F1={macro_f1:.3f}")
    print(f"  role accuracy          {_ratio(total.roles_right, total.roles_total)}")
    print(f"  quote-speaker accuracy {_ratio(total.quotes_right, total.quotes_total)}")
    print(f"  pull-quote speakers    {_ratio(total.pulls_right, total.pulls_total)}")


def _ratio(right: int, total: int) -> str:
    return f"{right / total:.3f} ({right}/{total})" if total else "n/a"


def _ms_per_1000_words(article, repeat: int) -> tuple[float, float]:
    """Best CPU time and best wall time of ``repeat`` runs, in ms per 1,000 words."""
    analyse_people(article)  # warm caches (given-name list)
    best_cpu = best_wall = float("inf")
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        analyse_people(article)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    per = article.word_count / 1000
    return best_cpu * 1000 / per, best_wall * 1000 / per


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(ROOT / "tests" / "people"))
    parser.add_argument(
        "--verbose", action="store_true", help="list errors per tuning article (never held out)"
    )
    args = parser.parse_args(argv)
    labelled = _load_labelled(Path(args.directory))
    gold = labelled.load_gold()
    groups: dict[str, list] = {
        "tuning": [],
        "held out": [],
        "held out, batch 1": [],
        "held out, batch 2": [],
        "held out, batch 3": [],
        "held out, batch 4": [],
    }
    articles = []
    for article_id, annotation in sorted(gold.items()):
        article = labelled.parse_article(labelled.article_path(article_id))
        articles.append(article)
        score = labelled.score(analyse_people(article), annotation)
        if annotation.get("held_out"):
            groups["held out"].append(score)
            if "batch" in annotation:
                groups[f"held out, batch {annotation['batch']}"].append(score)
        else:
            groups["tuning"].append(score)
        if args.verbose and not annotation.get("held_out") and (
            score.extra or score.missing or score.wrong_roles or score.wrong_quotes
        ):
            print(article_id, score.extra, score.missing, score.wrong_roles, score.wrong_quotes)
    for name, scores in groups.items():
        if scores:
            _report(name, scores, labelled)
    words = sum(a.word_count for a in articles)
    cpu = wall = 0.0
    for article in articles:
        article_cpu, article_wall = _ms_per_1000_words(article, 5)
        cpu += article_cpu * article.word_count / 1000
        wall += article_wall * article.word_count / 1000
    print(
        f"speed, labelled articles ({words} words, best of 5): "
        f"{cpu / (words / 1000):.2f} ms CPU / {wall / (words / 1000):.2f} ms wall per 1,000 words"
    )
    paragraphs = [block.text for a in articles for block in a.blocks]
    long_blocks = [("paragraph", p) for _ in range(25) for p in paragraphs]
    long = build_article(title="Long", blocks=long_blocks, authors=["Molly O'Toole"])
    cpu, wall = _ms_per_1000_words(long, 3)
    print(
        f"speed, long text ({long.word_count} words, {len(long.blocks)} paragraphs, best of 3): "
        f"{cpu:.2f} ms CPU / {wall:.2f} ms wall per 1,000 words"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
