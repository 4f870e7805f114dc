"""Readable, plain-text summaries of records, for people rather than programs.

``newsrecords demo`` prints these; they are also handy in a REPL.
"""

from __future__ import annotations

from collections import Counter

from .models import Article, PolicyAction, Quote, Story

__all__ = ["describe_action", "describe_article", "describe_quote", "describe_story"]

_WIDTH = 88


def _clip(text: str, width: int) -> str:
    """Shorten ``text`` to ``width`` characters, marking the cut.

    >>> _clip("a long sentence indeed", 10)
    'a long se…'
    """
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def describe_quote(quote: Quote) -> str:
    """One line: who, how, and the words.

    >>> from newsrecords.models import QuoteKind, Span
    >>> describe_quote(Quote(text="We have to address that.", kind=QuoteKind.DIRECT,
    ...                      span=Span(start=0, end=24)))
    '(no speaker) [direct] "We have to address that."'
    """
    who = quote.speaker.name if quote.speaker else "(no speaker)"
    return f'{who} [{quote.kind.value}] "{_clip(quote.text, _WIDTH - len(who) - 14)}"'


def describe_action(action: PolicyAction) -> str:
    """One line: kind, mode, actor, target, count and date."""
    parts = [f"{action.kind.value}", f"[{action.mode.value}]"]
    if action.verb:
        parts.append(action.verb)
    if action.actor:
        actors = ", ".join((action.actor, *action.co_actors))
        parts.append(f"by {actors}")
    if action.target:
        parts.append(f"on {action.target}")
    if action.count is not None:
        parts.append(f"count {action.count}{' ' + action.unit if action.unit else ''}")
    if action.date_text:
        resolved = f" = {action.date.isoformat()}" if action.date else ""
        parts.append(f"({action.date_text}{resolved})")
    return " ".join(parts)


def describe_article(article: Article, page: str | None = None) -> str:
    """A short block: headline, metadata, counts, quotes and actions."""
    lines = [f"# {article.headline or '(no headline)'}"]
    meta = []
    if article.dateline:
        meta.append(f"dateline: {article.dateline.text}")
    if article.byline:
        meta.append("by " + ", ".join(article.byline))
    if article.contributors:
        meta.append("with " + ", ".join(article.contributors))
    if article.published:
        meta.append(f"published {article.published.date().isoformat()}")
    if article.outlet:
        meta.append(f"outlet: {article.outlet}")
    if meta:
        lines.append("  " + " | ".join(meta))
    reasons = Counter(r.reason for r in article.removed)
    removed = ", ".join(f"{reason} x{n}" for reason, n in sorted(reasons.items()))
    lines.append(
        f"  {len(article.paragraphs)} paragraphs, {len(article.body):,} characters of body"
        + (f"; removed: {removed}" if removed else "")
    )
    if article.speakers:
        names = ", ".join(s.name for s in article.speakers)
        lines.append(f"  speakers ({len(article.speakers)}): {_clip(names, _WIDTH - 16)}")
    if article.quotes:
        lines.append(f"  quotes ({len(article.quotes)}):")
        lines.extend(f"    {describe_quote(q)}" for q in article.quotes)
    if article.actions:
        lines.append(f"  actions ({len(article.actions)}):")
        lines.extend(f"    {describe_action(a)}" for a in article.actions)
    return "\n".join(lines) + "\n"


def describe_story(story: Story) -> str:
    """A short block: the canonical headline and how each member relates to it."""
    canonical = story.articles[0]
    lines = [f"story {story.id}: {_clip(canonical.headline or '(no headline)', _WIDTH - 24)}"]
    for member in story.members:
        article = story.articles[member.article]
        where = article.source.name or article.source.sha256[:12]
        line = f"  {member.relation.value:<10} {where}: {_clip(article.headline or '', 40)}"
        line += f"\n{'':13}similarity {member.similarity:.2f}"
        if member.shared_quotes:
            line += f"; {len(member.shared_quotes)} shared quote(s), e.g. "
            line += f'"{_clip(member.shared_quotes[0], 48)}"'
        lines.append(line)
    lines.append(
        f"  {len(story.quotes)} quotes, {len(story.speakers)} speakers, "
        f"{len(story.actions)} actions after merging"
    )
    return "\n".join(lines) + "\n"
