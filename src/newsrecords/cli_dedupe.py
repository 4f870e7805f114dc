"""``newsrecords dedupe``'s settings and its compact story form.

Every public field of :class:`~newsrecords.dedupe.DedupeConfig` is an option, read from the
class itself (``--near-overlap 0.9``, ``--extra-stopwords said,told``), so a setting added
there shows up here with its default; ``newsrecords dedupe --help`` lists them and
docs/stories.md says what each one does.

``--articles-by-id`` writes each story with ``article_refs`` in place of the embedded
articles: each article's ``id``, its source name and the line of the input it was read
from, which is all a reader needs to find it in the articles file it already has. The rest
of the story (members, merged quotes, speakers, actions) is as in the full form.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Mapping
from typing import Any

import attrs

from .dedupe import DedupeConfig
from .exceptions import ParseError
from .models import Article, Story

__all__ = ["add_config_options", "config_from_args", "story_by_id"]


def _option(name: str) -> str:
    return "--" + name.replace("_", "-")


def _fields() -> tuple[attrs.Attribute[Any], ...]:
    attrs.resolve_types(DedupeConfig)
    return tuple(f for f in attrs.fields(DedupeConfig) if not f.name.startswith("_"))


def _words(value: str) -> frozenset[str]:
    return frozenset(w.strip() for w in value.split(",") if w.strip())


def add_config_options(parser: argparse.ArgumentParser) -> None:
    """One option per public :class:`DedupeConfig` field, defaulting to the field's default."""
    group = parser.add_argument_group("deduplication settings (DedupeConfig)")
    for field in _fields():
        if field.type in (int, float):
            group.add_argument(
                _option(field.name),
                dest=f"config_{field.name}",
                type=field.type,
                metavar=field.type.__name__.upper(),
                help=f"default {field.default}",
            )
        elif field.name == "extra_stopwords":
            group.add_argument(
                _option(field.name),
                dest=f"config_{field.name}",
                type=_words,
                metavar="WORD,...",
                help="words added to the function-word table, comma-separated",
            )
    parser.add_argument(
        "--articles-by-id",
        action="store_true",
        help="write stories that reference their articles (id, source, input line) "
        "instead of embedding them",
    )


def config_from_args(args: argparse.Namespace) -> DedupeConfig:
    """The configuration the options ask for; a value the config refuses is a ParseError."""
    given: dict[str, Any] = {}
    for field in _fields():
        value = getattr(args, f"config_{field.name}", None)
        if value is not None:
            given[field.name] = value
    try:
        return DedupeConfig(**given)
    except (TypeError, ValueError) as exc:
        raise ParseError(f"invalid deduplication setting: {exc}") from None


def story_by_id(story: Story, lines: Mapping[int, int]) -> str:
    """A story as one JSON line, its articles as references; ``lines`` maps
    ``id(article)`` to the input line it was read from.

    >>> from newsrecords import dedupe, parse_page
    >>> [article] = parse_page("Talks\\n\\nThey talked.", source="a.txt")
    >>> [story] = dedupe([article])
    >>> record = json.loads(story_by_id(story, {id(story.articles[0]): 7}))
    >>> record["article_refs"], "articles" in record  # doctest: +ELLIPSIS
    ([{'id': '...', 'source': 'a.txt', 'line': 7}], False)
    """
    record = story.model_dump(mode="json", exclude={"articles"})
    record["article_refs"] = [_ref(a, lines) for a in story.articles]
    return json.dumps(record, ensure_ascii=False, separators=(",", ":"))


def _ref(article: Article, lines: Mapping[int, int]) -> dict[str, Any]:
    return {"id": article.id, "source": article.source.name, "line": lines.get(id(article))}
