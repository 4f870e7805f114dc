"""Find government policy actions: who did what to whom, when.

How it works, in one pass over each article:

1. One compiled trigger scan (:mod:`newsrecords.actions.triggers`, built from
   :mod:`newsrecords.lexicon.action_words`) reads the folded text of the body paragraphs.
   Everything else happens only around its hits, so the cost is linear in the input and
   small where nothing matches.
2. For a hit, the paragraph is split into sentences (once) and the hit's sentence is
   read: which *sense* of the trigger applies (its context words must be near), then the
   actor (the nearest named actor before the trigger that is not the object of a
   preposition, a passive agent "by the Treasury Department", partners after "together
   with"), the target (:mod:`newsrecords.actions.parties`), a count and unit, the mode
   and the date (:mod:`newsrecords.actions.fields`).
3. Mentions of one action are merged (:mod:`newsrecords.actions.draft`): same kind, phase
   and mode, and no conflicting target or count. The merged record keeps the richer fields.

What counts as an action (the precision rules):

* The noun "sanctions" names an action only with a governing verb next to it ("imposed a
  harsh battery of sanctions", "the sanctions, announced by ..."). "A round of Obama
  administration and European sanctions" or "the sanctions would not help" are not.
* History is not news: an action of a previous administration (actor "Trump
  administration", "Donald Trump", a cue such as "Obama-era" or "under Trump") or one
  dated more than a year before publication is left out.
* An action needs an actor or a target; calls, meetings, treaties and proposals need a
  target, and calls and meetings an actor too (possibly from another statement of the
  same call). A pronoun subject ("They", "the leaders") takes the actors of the previous
  action in the article.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from collections.abc import Iterable, Sequence

from ..exceptions import RuleError
from ..lexicon import action_words as lex
from ..lexicon.action_words import Sense, TriggerRule
from ..models import ActionKind, PolicyAction, Span
from ..text.dates import DateMention, find_dates
from ..text.document import Document
from ..text.normalize import normalize_text
from ..text.sentences import sentence_spans
from .draft import Draft, merge_drafts
from .fields import find_count, find_date, read_mode
from .parties import Name, NameFinder, find_actor, find_target
from .triggers import Hit, TriggerScan, WordGate, named_alternation

__all__ = ["ActionExtractor", "Sense", "TriggerRule", "extract_actions"]

K = ActionKind
_PHASE_BEFORE = re.compile(
    r"\b(?:(?P<widen>widen\w*|expand\w*|tighten\w*|broaden\w*)|(?P<lift>lift\w*|eas\w*))\b"
    r"[^.;]{0,20}$",
    re.IGNORECASE,
)  # "ordered a widening of restrictions"
_CLAUSE_BREAK = re.compile(r"[;:]|\s-\s")  # a mode cue before one belongs to another clause
# Gated: the regex runs only where one of its words is (see :class:`WordGate`).
_HISTORY = WordGate.of(re.compile(lex.HISTORY_CUES))
_HISTORY_BEFORE = WordGate.of(re.compile(lex.HISTORY_BEFORE_CUES))
_GOVERNORS = named_alternation({f"g{i}": p for i, (p, _) in enumerate(lex.SANCTION_GOVERNORS)})
_GOVERNOR_BEFORE = re.compile(rf"\b(?:{_GOVERNORS})\b[^.;]{{0,45}}$", re.IGNORECASE)
_GOVERNOR_GATE = WordGate.of(_GOVERNOR_BEFORE)  # run only where a governing verb may be
_GOVERNOR_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?:that|which)\s+)?(?:(?:were|was|are|have\s+been|has\s+been)\s+)?"
    rf"(?:{_GOVERNORS})\b",
    re.IGNORECASE,
)  # "the sanctions, which were announced"
_ARTICLE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)  # "the sanctioned firms": no act
_MODAL_BEFORE = re.compile(
    r"\b(?:to|must|will|would|could|should|may|might|not)\s+$", re.IGNORECASE
)  # "to sanction": a verb, not the noun "a sanction"


class ActionExtractor:
    """Policy-action extraction with the default lexicon plus the caller's entries.

    ``extra_triggers`` adds :class:`TriggerRule` entries (tried after the defaults);
    ``extra_actors`` adds ``(case-sensitive regex, canonical name)`` pairs (tried first).

    >>> from newsrecords.text.document import Document
    >>> rule = TriggerRule(r"embargo(?:ed)?", (Sense(ActionKind.SANCTION, "impose"),))
    >>> extractor = ActionExtractor(extra_triggers=[rule], extra_actors=[("Ruritania", "R")])
    >>> doc = Document.build("Ruritania embargoed Russia on Monday.")
    >>> actions = extractor.extract(doc, [Span(start=0, end=37)])
    >>> [(a.kind.value, a.actor, a.target) for a in actions]
    [('sanction', 'R', 'Russia')]
    """

    def __init__(
        self,
        *,
        extra_triggers: Iterable[TriggerRule] = (),
        extra_actors: Iterable[tuple[str, str]] = (),
    ) -> None:
        self._rules: tuple[TriggerRule, ...] = lex.TRIGGERS + tuple(extra_triggers)
        try:
            self._scan = TriggerScan(self._rules)
            self._needs = {
                sense.needs: WordGate.of(re.compile(sense.needs))
                for rule in self._rules
                for sense in rule.senses
                if sense.needs
            }
            self._names = NameFinder(extra_actors)
        except (re.error, TypeError, AttributeError, ValueError) as exc:
            raise RuleError(f"invalid action rule: {exc}") from exc

    def extract(
        self,
        doc: Document,
        paragraphs: Sequence[Span],
        *,
        published: _dt.datetime | _dt.date | None = None,
    ) -> tuple[PolicyAction, ...]:
        """Policy actions stated in the given paragraphs of one article, in text order."""
        folded = doc.folded
        lowered = _lowered_document(folded)
        pub = published.date() if isinstance(published, _dt.datetime) else published
        drafts: list[Draft] = []
        facts = _SentenceFacts(self._names, folded)
        for para in sorted(paragraphs, key=lambda s: (s.start, s.end)):
            start, end = min(para.start, len(folded)), min(para.end, len(folded))
            hits = self._scan.hits(lowered, start, end)
            if not hits:
                continue  # most paragraphs: no need to split them into sentences
            sentences = sentence_spans(folded, start, end)
            starts = [s for s, _ in sentences]
            hit_starts = [h.start for h in hits]
            for hit in hits:
                index = bisect.bisect_right(starts, hit.start) - 1
                if index < 0 or hit.end > sentences[index][1]:
                    continue
                sentence = sentences[index]
                # A hit's fields are read up to the next hit, which states its own action.
                after = bisect.bisect_right(hit_starts, hit.start)
                bound = hit_starts[after] if after < len(hit_starts) else sentence[1]
                draft = self._read_hit(
                    folded, lowered, hit, sentence, min(bound, sentence[1]), drafts, pub, facts
                )
                if draft is not None:
                    drafts.append(draft)
        return tuple(_to_model(doc, d) for d in merge_drafts(drafts))

    def _read_hit(
        self,
        folded: str,
        lowered: str,
        hit: Hit,
        sentence: tuple[int, int],
        bound: int,
        previous: list[Draft],
        pub: _dt.date | None,
        facts: _SentenceFacts,
    ) -> Draft | None:
        """The action a trigger states, under the first of its senses that fits, if any."""
        rule = self._rules[hit.rule]
        ts, te = hit.start, hit.end
        ss, se = sentence
        for sense in rule.senses:
            if sense.needs is not None:
                lo, hi = max(ss, ts - sense.window), min(se, te + sense.window)
                if not self._needs[sense.needs].search(lowered, lowered, lo, hi):
                    continue
            if (
                sense.adjacent_target
                and sense.kind is not K.MEETING
                and not self._names.name_follows(folded, te, se)
            ):
                continue  # "called on Russia": no name right after, not a call
            verb = _sanction_verb(folded, hit, ss, se, sense)
            if verb is None:
                return None
            if sense.kind is K.FINANCIAL_RESTRICTION:
                phase = _PHASE_BEFORE.search(folded, max(ss, ts - 40), ts)
                verb = (phase.lastgroup or verb) if phase else verb
            draft = Draft(sense.kind, verb, (ts, te), sentence, lowered=lowered)
            if self._fill(folded, draft, sense, bound, previous, pub, facts):
                return draft
        return None

    def _fill(
        self,
        folded: str,
        draft: Draft,
        sense: Sense,
        bound: int,
        previous: list[Draft],
        pub: _dt.date | None,
        facts: _SentenceFacts,
    ) -> bool:
        """Read the draft's fields; False when the precision rules say it is no action."""
        ts, te = draft.trigger
        ss, se = draft.sentence
        draft.names = facts.names(ss, se)
        clause_start = ss
        # Most clauses hold none of the break characters; finding that out is cheaper with
        # ``str.find`` than with the regex, which only runs where one is.
        if (
            folded.find(";", ss, ts) >= 0
            or folded.find(":", ss, ts) >= 0
            or folded.find("-", ss, ts) >= 0
        ):
            for brk in _CLAUSE_BREAK.finditer(folded, ss, ts):
                clause_start = brk.end()
        draft.mode = read_mode(folded, draft.lowered, clause_start, ts, te, se)
        find_actor(folded, draft, bound, previous)
        find_target(folded, draft, sense, bound)
        if sense.needs_target and draft.target is None:
            return False
        find_count(folded, draft, bound)
        if sense.needs_count and draft.count is None:
            return False
        if draft.actor is None and draft.target is None:
            return False
        if (
            {draft.actor, draft.target} & lex.HISTORICAL_ACTORS
            or _HISTORY.search(folded, draft.lowered, ss, se)
            or _HISTORY_BEFORE.search(folded, draft.lowered, ss, ts)
        ):
            return False
        find_date(folded, draft, bound, pub, facts.dates(ss, se))
        stale = pub is not None and draft.date is not None and draft.date < pub - _dt.timedelta(365)
        return not stale


class _SentenceFacts:
    """The known names and date mentions of a sentence, found once for all its triggers."""

    __slots__ = ("_dates", "_finder", "_folded", "_names")

    def __init__(self, finder: NameFinder, folded: str) -> None:
        self._finder, self._folded = finder, folded
        self._names: dict[tuple[int, int], list[Name]] = {}
        self._dates: dict[tuple[int, int], list[DateMention]] = {}

    def names(self, ss: int, se: int) -> list[Name]:
        """Every known name in the sentence; shared, so readers must not change the list."""
        found = self._names.get((ss, se))
        if found is None:
            found = self._names[ss, se] = self._finder.names(self._folded, ss, se)
        return found

    def dates(self, ss: int, se: int) -> list[DateMention]:
        """Every date expression in the sentence, in order."""
        found = self._dates.get((ss, se))
        if found is None:
            found = self._dates[ss, se] = find_dates(self._folded, ss, se)
        return found


def _sanction_verb(folded: str, hit: Hit, ss: int, se: int, sense: Sense) -> str | None:
    """The phase a sanction trigger names, or None when it is not an action."""
    word = hit.text
    if sense.kind is not K.SANCTION or not word.startswith(("sanction", "take", "took")):
        return sense.verb
    ts, te = hit.start, hit.end
    before = folded[max(ss, ts - 60) : ts]
    if word == "sanctions":
        found = _GOVERNOR_GATE.search_text(before) or _GOVERNOR_AFTER.search(
            folded[te : min(se, te + 50)]
        )
        if found is None:
            return None
        return lex.SANCTION_GOVERNORS[int((found.lastgroup or "g0")[1:])][1]
    if word in {"sanctioned", "sanctioning"}:
        return None if _ARTICLE_BEFORE.search(before) else "impose"
    if word == "sanction":
        return "impose" if _MODAL_BEFORE.search(before) else None
    return sense.verb  # "take further actions": the lexicon says "threaten"


def _to_model(doc: Document, d: Draft) -> PolicyAction:
    """The public record; text fields come from ``doc.text``, which offsets index."""
    cameo, plover, _ = lex.codes_for(d.kind, d.verb)
    ts, te = d.trigger
    ss, se = d.sentence
    return PolicyAction(
        kind=d.kind,
        verb=d.verb,
        trigger=doc.text[ts:te],
        trigger_span=Span(start=ts, end=te),
        actor=d.actor,
        co_actors=d.co_actors,
        target=d.target,
        count=d.count,
        count_text=d.count_text,
        unit=d.unit,
        mode=d.mode,
        date=d.date,
        date_text=d.date_text,
        evidence=normalize_text(doc.text[ss:se]),
        span=Span(start=ss, end=se),
        cameo=cameo,
        plover=plover,
    )


_LAST_PAGE: list[tuple[str, str]] = []  # (folded, lowered) of the page read last


def _lowered_document(folded: str) -> str:
    """``_lower(folded)``, computed once per page: the page parser calls us per article."""
    if _LAST_PAGE and _LAST_PAGE[0][0] is folded:
        return _LAST_PAGE[0][1]
    lowered = _lower(folded)
    _LAST_PAGE[:] = [(folded, lowered)]
    return lowered


def _lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (a few letters grow when lowered).

    >>> _lower("İSTANBUL sanctions")
    'İstanbul sanctions'
    """
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


_DEFAULT = ActionExtractor()


def extract_actions(
    doc: Document, paragraphs: Sequence[Span], *, published: _dt.datetime | None = None
) -> tuple[PolicyAction, ...]:
    """Policy actions stated in the given paragraphs of one article.

    >>> from newsrecords.text.document import Document
    >>> text = "The United States on Thursday expelled ten Russian diplomats."
    >>> [(a.kind.value, a.actor, a.count, a.unit, a.date_text)
    ...  for a in extract_actions(Document.build(text), [Span(start=0, end=len(text))])]
    [('expulsion', 'United States', 10, 'diplomats', 'on Thursday')]
    """
    return _DEFAULT.extract(doc, paragraphs, published=published)
