"""The bundled sample pages and the readable summaries the demo prints."""

from __future__ import annotations

from conftest import SEED_FILES
from newsrecords import parse_page
from newsrecords.samples import sample_pages
from newsrecords.summary import describe_article


def test_bundled_samples_are_the_seed_pages() -> None:
    bundled = dict(sample_pages())
    assert sorted(bundled) == [p.name for p in SEED_FILES]
    for path in SEED_FILES:
        assert bundled[path.name] == path.read_text(encoding="utf-8")


def test_describe_article_mentions_headline_and_counts() -> None:
    name, text = sample_pages()[2]
    [article] = parse_page(text, source=name)
    block = describe_article(article, text)
    assert block.startswith(f"# {article.headline}")
    assert f"{len(article.paragraphs)} paragraphs" in block
