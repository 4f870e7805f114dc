"""Boilerplate rules: which whole lines of a page are not article content, and why.

The default rules are data (:data:`newsrecords.page.boilerplate_rules.DEFAULT_RULES`); callers add
their own through the ``rules`` parameter of :func:`~newsrecords.parse_page`, as
:class:`BoilerplateRule` values or plain ``(pattern, reason)`` / ``(pattern, reason, scope)``
tuples. A rule matches a whole line, never part of one, which keeps a rule from cutting into
a real paragraph.

>>> ruleset = compile_rules([BoilerplateRule("Subscribe now!", "share-prompt", kind="phrase")])
>>> ruleset.match("subscribe   NOW!", "line"), ruleset.match("Leave a Reply", "line")
('share-prompt', 'comment-form')
>>> ruleset.match("The senator said so.", "line") is None
True
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

import attrs

from ..exceptions import RuleError
from .boilerplate_rules import DEFAULT_RULES

__all__ = ["SCOPES", "BoilerplateRule", "RuleLike", "RuleSet", "compile_rules", "default_rules"]

SCOPES: tuple[str, ...] = ("separator", "page-header", "line", "body")
_KINDS = ("phrase", "regex", "regex-cs")
_REASON = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # stable codes: "comment-form"
_SPACES = re.compile(r"\s+")


@attrs.frozen(slots=True)
class BoilerplateRule:
    """One boilerplate rule.

    ``pattern`` is a regular expression matched against the whole stripped line
    (case-insensitively for ``kind="regex"``, case-sensitively for ``"regex-cs"``), or with
    ``kind="phrase"`` a literal line compared lower-cased with whitespace collapsed. Lines are
    matched in folded form: straight quotes, ``-`` for every dash, spaces for NBSP. ``reason``
    is the code recorded in ``Article.removed`` (lower-case words joined by hyphens);
    ``scope`` is one of :data:`SCOPES`.
    """

    pattern: str
    reason: str
    scope: str = "line"
    kind: str = "regex"


RuleLike = BoilerplateRule | tuple[str, str] | tuple[str, str, str]


def _phrase_key(line: str) -> str:
    """The form a phrase rule compares: lower-cased, whitespace collapsed.

    >>> _phrase_key("  No   Comments: ")
    'no comments:'
    """
    return _SPACES.sub(" ", line).strip().lower()


@attrs.frozen(slots=True)
class _ScopeMatcher:
    phrases: dict[str, str]
    longest_phrase: int  # a longer line cannot equal a phrase, whatever its spacing
    combined: re.Pattern[str] | None
    reasons: dict[str, str]  # regex group name -> reason


@attrs.frozen(slots=True)
class RuleSet:
    """Compiled rules, grouped by scope; build with :func:`compile_rules`."""

    rules: tuple[BoilerplateRule, ...]
    _by_scope: dict[str, _ScopeMatcher]

    @property
    def extra(self) -> tuple[BoilerplateRule, ...]:
        """The rules added to the defaults, in order.

        >>> compile_rules([("Bonus content", "promo")]).extra
        (BoilerplateRule(pattern='Bonus content', reason='promo', scope='line', kind='regex'),)
        """
        return self.rules[len(DEFAULT_RULES) :]

    def match(self, line: str, scope: str) -> str | None:
        """The reason of the first rule of ``scope`` matching the whole ``line``, or None.

        ``line`` should already be folded and stripped (as the page parser passes it).
        """
        matcher = self._by_scope[scope]
        if len(line) <= matcher.longest_phrase * 4:  # leaves room for runs of spaces
            # Most lines are single-spaced and printable: lower-casing is the whole key.
            simple = "  " not in line and line.isprintable() and line == line.strip()
            reason = matcher.phrases.get(line.lower() if simple else _phrase_key(line))
            if reason is not None:
                return reason
        if matcher.combined is not None:
            hit = matcher.combined.fullmatch(line.strip())
            if hit is not None and hit.lastgroup is not None:
                return matcher.reasons[hit.lastgroup]
        return None


def default_rules() -> tuple[BoilerplateRule, ...]:
    """The built-in rules, in the order they are tried.

    >>> any(r.reason == "comment-form" for r in default_rules())
    True
    """
    return tuple(
        BoilerplateRule(pattern=pattern, reason=reason, scope=scope, kind=kind)
        for kind, pattern, reason, scope in DEFAULT_RULES
    )


def _coerce(rule: object) -> BoilerplateRule:
    if isinstance(rule, BoilerplateRule):
        candidate = rule
    elif isinstance(rule, tuple) and len(rule) in (2, 3) and all(isinstance(x, str) for x in rule):
        candidate = BoilerplateRule(*rule)
    else:
        raise RuleError(
            "a boilerplate rule must be a BoilerplateRule or a (pattern, reason[, scope]) "
            f"tuple of str, not {rule!r}"
        )
    if not isinstance(candidate.pattern, str) or not candidate.pattern.strip():
        raise RuleError(f"boilerplate rule pattern must be a non-empty str: {candidate!r}")
    if not isinstance(candidate.reason, str) or not _REASON.fullmatch(candidate.reason):
        raise RuleError(
            f"boilerplate rule reason must be lower-case words joined by '-': {candidate!r}"
        )
    if candidate.scope not in SCOPES:
        raise RuleError(f"boilerplate rule scope must be one of {SCOPES}: {candidate!r}")
    if candidate.kind not in _KINDS:
        raise RuleError(f"boilerplate rule kind must be one of {_KINDS}: {candidate!r}")
    if candidate.kind != "phrase":
        try:
            re.compile(f"(?:{candidate.pattern})")
        except (re.error, RecursionError, OverflowError) as exc:
            raise RuleError(
                f"boilerplate rule pattern {candidate.pattern!r} does not compile ({exc}); "
                "use scoped flags such as (?i:...) rather than a leading (?i)"
            ) from None
    return candidate


def _build_scope(rules: Iterable[BoilerplateRule]) -> _ScopeMatcher:
    phrases: dict[str, str] = {}
    parts: list[str] = []
    reasons: dict[str, str] = {}
    for index, rule in enumerate(rules):
        if rule.kind == "phrase":
            phrases.setdefault(_phrase_key(rule.pattern), rule.reason)
            continue
        name = f"r{index}"
        flags = "i" if rule.kind == "regex" else "-i"
        parts.append(f"(?P<{name}>(?{flags}:{rule.pattern}))")
        reasons[name] = rule.reason
    # One alternation per scope: a line costs one regex call, not one per rule. The first
    # alternative that matches wins, so rule order is kept.
    combined = re.compile("|".join(parts)) if parts else None
    return _ScopeMatcher(phrases, max(map(len, phrases), default=0), combined, reasons)


@functools.lru_cache(maxsize=32)
def _compile(extra: tuple[BoilerplateRule, ...]) -> RuleSet:
    rules = default_rules() + extra
    by_scope = {scope: _build_scope(r for r in rules if r.scope == scope) for scope in SCOPES}
    return RuleSet(rules, by_scope)


def compile_rules(extra: Iterable[RuleLike] | None = None) -> RuleSet:
    """The default rules plus ``extra``, compiled; a malformed rule raises ``RuleError``.

    >>> compile_rules([("Bonus content", "promo", "line")]).match("Bonus content", "line")
    'promo'
    >>> compile_rules([("(", "promo")])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    newsrecords.exceptions.RuleError: boilerplate rule pattern '(' does not compile ...
    """
    if extra is None:
        return _compile(())
    if isinstance(extra, (str, bytes, BoilerplateRule)):
        raise RuleError("rules must be an iterable of rules, not a single rule or a string")
    try:
        items: list[object] = list(extra)  # each is checked by _coerce
    except TypeError:
        raise RuleError(f"rules must be an iterable of rules, not {type(extra).__name__}") from None
    return _compile(tuple(_coerce(rule) for rule in items))
