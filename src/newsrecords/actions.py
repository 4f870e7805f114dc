"""Find government policy actions: who did what to whom, when.

How it works, in one pass over each article:

1. One compiled trigger regex (built from :mod:`newsrecords._action_lexicon`) scans the
   folded text of the body paragraphs. Everything else happens only around its hits, so
   the cost is linear in the input and small where nothing matches.
2. For a hit, the paragraph is split into sentences (once) and the hit's sentence is
   read: which *sense* of the trigger applies (its context words must be near), then the
   actor (the nearest named actor before the trigger that is not the object of a
   preposition, a passive agent "by the Treasury Department", partners after "together
   with"), the target, a count and unit, the mode and the date.
3. Mentions of one action are merged: same kind, phase and mode, and no conflicting
   target or count. The merged record keeps the richer fields.

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
from typing import Any

import attrs

from . import _action_lexicon as lex
from ._action_lexicon import Sense, TriggerRule
from ._document import Document
from .dates import find_dates, resolve_date
from .exceptions import RuleError
from .models import ActionKind, ActionMode, PolicyAction, Span
from .normalize import normalize_text
from .sentences import sentence_spans

__all__ = ["ActionExtractor", "Sense", "TriggerRule", "extract_actions"]

K = ActionKind
_PREPOSITION_BEFORE = re.compile(
    r"""
    \b(?:against|on|to|toward|towards|from|with|of|for|at|in|into|about|over|upon|onto
       |between|among|during|under|via|than|informed|warned|called|invited)  # an object
    \s+(?:the\s+)?$                                  # directly before the name
    """,
    re.VERBOSE | re.IGNORECASE,
)
_ATTRIBUTIVE_GAP = re.compile(
    r"""
    (?:'s?)?                # possessive: "Mr Biden's executive order"
    (?:\s+(?!(?:about|the|of|on|to|for|with|from|against|in|a|an|its|their|his|her|and
              |or|by|at|over|that|which|was|were|is|are|has|had|have)\b)
       [a-z][\w-]*)?        # at most one modifier, not a function word: "new sanctions"
    \s+$
    """,
    re.VERBOSE,
)
_APPOSITIVE_GAP = re.compile(r"'s(?:\s+[a-z][\w-]*){1,3},\s+")  # "'s prime minister, "
_AND_GAP = re.compile(r"\s+and\s+(?:the\s+)?")  # "Japan and South Korea"
_CHAIN_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?$")  # "X, Y and the Z"
_PASSIVE_AGENT = re.compile(
    r"""
    [\s,]*(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?  # auxiliaries
    (?:[a-z]+ed\s+|taken\s+)?      # the participle: "sanctions, announced by"
    by\s+(?:the\s+)?               # the agent follows
    """,
    re.VERBOSE,
)
_ATTRIBUTION = re.compile(
    r"""
    \b(?:said|says|saying|told\s+\w+|according\s+to|noted|added)\b(?:\s+that)?  # reports
    | \b(?:that|unless|if|because|when|while|although|where|which|who)\b  # subordinators
    """,
    re.VERBOSE,
)  # on lower-cased text: "X said Y did", "unless the U.S. rolled back": Y's clause follows
_REPORT_CUE = re.compile(r",\s+(?:saying|adding|noting)\b")  # a new clause of reported speech
_OBJECT_LEAD = re.compile(
    r"""
    (?:[^.;]{0,120}?\b(?:against|targeting)     # "against Russia", even after a long aside
      |[^.;,]{0,12}?\bon                       # "sanctions on Moscow", "to date on Russia"
    )\s+(?:the\s+)?
    """,
    re.VERBOSE,
)
_RECIPIENT_LEAD = re.compile(r"[^.;]{0,60}?\bto\s+(?:the\s+)?(?=[A-Z])")  # "... to the ASEAN"
_PLACE_LEAD = re.compile(r"\b(?:from|in|to|into)\s+(?:the\s+)?")  # troops "from Afghanistan"
_ADJACENT_LEAD = re.compile(r"\s+(?:(?:with|to|of)\s+)?(?:the\s+)?")  # "called the", "of"
_NUMBER = re.compile(
    r"""
    (?<![\w$.,])
    (?:(?:up\s+to|over|more\s+than|about|nearly|some|at\s+least|the\s+remaining)\s+)?
    (?P<num>\$?\d{1,3}(?:,\d{3})+|\$?\d+(?:\.\d+)?                # digits: "2,500", "$4"
      |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve
      |thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty
      |thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)
    (?:\s+(?P<mult>thousand|million|billion))?                   # "1 billion"
    (?![\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORD = re.compile(r"\s*(\$?\d[\d,.]*\d|\$?\d|[A-Za-z][\w.'-]*|,)")  # a noun-phrase token
_NOT_EVENT_DATE = re.compile(r"\b(?:as\s+of|since|from)\s+$")  # "bonds issued as of June 14"
_MONEY = re.compile(lex.MONEY_WORDS, re.IGNORECASE)
_PHASE_BEFORE = re.compile(
    r"\b(?:(?P<widen>widen\w*|expand\w*|tighten\w*|broaden\w*)|(?P<lift>lift\w*|eas\w*))\b"
    r"[^.;]{0,20}$",
    re.IGNORECASE,
)  # "ordered a widening of restrictions"
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")  # a capitalised word: "Russian"
_NP_STOP = lex.PHRASE_STOP_WORDS
_MONTHS = lex.MONTH_WORDS
_DATE_WORDS = lex.DAY_WORDS | {m.rstrip(".") for m in _MONTHS}
_CLAUSE_BREAK = re.compile(r"[;:]|\s-\s")
_INTRO_SUBJECT = re.compile(r"[^,.;]{0,30},\s+(?:the\s+)?")  # "In an executive order, Mr Biden"


def _words_pattern(
    entries: Iterable[tuple[str, str]], *, capitalised: bool = True
) -> tuple[re.Pattern[str], list[str]]:
    """One case-sensitive alternation over named entries; returns it and the names."""
    entries = list(entries)
    names = [name for _, name in entries]
    body = "|".join(f"(?P<e{i}>{pattern})" for i, (pattern, _) in enumerate(entries))
    start = "(?=[A-Z0-9])" if capitalised else ""  # lets the scan skip other positions fast
    return re.compile(rf"(?<![\w.]){start}(?:{body})(?![\w])"), names


@attrs.frozen(slots=True)
class _Hit:
    """A trigger match: offsets into the page, the rule's index, the lower-cased words."""

    start: int
    end: int
    rule: int
    text: str


@attrs.define(slots=True)
class _Draft:
    """An action being assembled; becomes a :class:`PolicyAction` at the end."""

    kind: ActionKind
    verb: str
    trigger: tuple[int, int]
    sentence: tuple[int, int]
    actor: str | None = None
    co_actors: tuple[str, ...] = ()
    target: str | None = None
    count: int | None = None
    count_text: str | None = None
    unit: str | None = None
    mode: ActionMode = ActionMode.ASSERTED
    date: _dt.date | None = None
    date_text: str | None = None
    names: list[tuple[int, int, str]] = attrs.field(factory=list, repr=False)
    lowered: str = attrs.field(default="", repr=False)  # the page, lower-cased

    def richness(self) -> int:
        fields = (self.actor, self.target, self.count, self.date_text, self.date)
        return sum(f is not None for f in fields) + len(self.co_actors)


class ActionExtractor:
    """Policy-action extraction with the default lexicon plus the caller's entries.

    ``extra_triggers`` adds :class:`TriggerRule` entries (tried after the defaults);
    ``extra_actors`` adds ``(case-sensitive regex, canonical name)`` pairs (tried first).

    >>> from newsrecords._document import Document
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
            body = "|".join(f"(?P<t{i}>{rule.pattern})" for i, rule in enumerate(self._rules))
            self._trigger = re.compile(rf"(?:{body})\b")
            leads = [lead for rule in self._rules for lead in _leads(rule.pattern)]
            self._prefilter = re.compile(rf"(?<![\w]){_trie(leads)}")
            self._needs = {
                sense.needs: re.compile(sense.needs)
                for rule in self._rules
                for sense in rule.senses
                if sense.needs
            }
            actors = tuple(extra_actors) + lex.ACTORS + ((lex.TITLED_PERSON, ""),)
            self._actor, self._actor_names = _words_pattern(actors)
        except (re.error, TypeError, AttributeError, ValueError) as exc:
            raise RuleError(f"invalid action rule: {exc}") from exc
        self._treaty, self._treaty_names = _words_pattern(lex.TREATIES, capitalised=False)
        governors = "|".join(f"(?P<g{i}>{p})" for i, (p, _) in enumerate(lex.SANCTION_GOVERNORS))
        self._governor_before = re.compile(rf"\b(?:{governors})\b[^.;]{{0,45}}$", re.IGNORECASE)
        self._governor_after = re.compile(
            rf"^\s*,?\s*(?:(?:that|which)\s+)?(?:(?:were|was|are|have\s+been|has\s+been)\s+)?"
            rf"(?:{governors})\b",
            re.IGNORECASE,
        )
        self._negation = re.compile(lex.NEGATION_CUES, re.IGNORECASE)
        self._request = re.compile(lex.REQUEST_CUES, re.IGNORECASE)
        self._hypothetical = re.compile(lex.HYPOTHETICAL_CUES, re.IGNORECASE)
        self._future = re.compile(lex.FUTURE_CUES, re.IGNORECASE)
        self._condition = re.compile(r"\b(?:if|unless)\b")
        self._history = re.compile(lex.HISTORY_CUES)
        self._history_before = re.compile(lex.HISTORY_BEFORE_CUES)
        self._pronoun = re.compile(lex.PRONOUN_SUBJECT)
        self._joint = re.compile(lex.JOINT_CUE)
        self._meeting_phrase = re.compile(lex.MEETING_PHRASE)
        self._units = [(re.compile(p, re.IGNORECASE), u) for p, u in lex.UNIT_ALIASES]

    # -- the pass over one article -------------------------------------------------

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
        drafts: list[_Draft] = []
        for para in sorted(paragraphs, key=lambda s: (s.start, s.end)):
            start, end = min(para.start, len(folded)), min(para.end, len(folded))
            hits = self._hits(lowered, start, end)
            if not hits:
                continue
            sentences = sentence_spans(folded, start, end)
            starts = [s for s, _ in sentences]
            hit_starts = [h.start for h in hits]
            for hit in hits:
                index = bisect.bisect_right(starts, hit.start) - 1
                if index < 0 or hit.end > sentences[index][1]:
                    continue
                sentence = sentences[index]
                after = bisect.bisect_right(hit_starts, hit.start)
                bound = hit_starts[after] if after < len(hit_starts) else sentence[1]
                draft = self._read_hit(
                    folded, lowered, hit, sentence, min(bound, sentence[1]), drafts, pub
                )
                if draft is not None:
                    drafts.append(draft)
        return tuple(self._to_model(doc, d) for d in _merge(drafts))

    def _hits(self, lowered: str, start: int, end: int) -> list[_Hit]:
        """Trigger matches in ``lowered[start:end]``: a literal prefilter, then the rules."""
        hits: list[_Hit] = []
        pos = start
        for lead in self._prefilter.finditer(lowered, start, end):
            if lead.start() < pos:
                continue
            hit = self._trigger.match(lowered, lead.start(), end)
            if hit is not None:
                rule = int((hit.lastgroup or "t0")[1:])
                hits.append(_Hit(hit.start(), hit.end(), rule, hit[0]))
                pos = hit.end()
        return hits

    def _read_hit(
        self,
        folded: str,
        lowered: str,
        hit: _Hit,
        sentence: tuple[int, int],
        bound: int,
        previous: list[_Draft],
        pub: _dt.date | None,
    ) -> _Draft | None:
        rule = self._rules[hit.rule]
        ts, te = hit.start, hit.end
        ss, se = sentence
        for sense in rule.senses:
            if sense.needs is not None:
                lo, hi = max(ss, ts - sense.window), min(se, te + sense.window)
                if not self._needs[sense.needs].search(lowered, lo, hi):
                    continue
            if sense.adjacent_target and sense.kind is not K.MEETING:
                lead = _ADJACENT_LEAD.match(folded, te, se)
                if not self._actor.match(folded, lead.end() if lead else te, se):
                    continue  # "called on Russia": no name right after, not a call
            verb = self._sanction_verb(folded, hit, ss, se, sense)
            if verb is None:
                return None
            if sense.kind is K.FINANCIAL_RESTRICTION:
                phase = _PHASE_BEFORE.search(folded, max(ss, ts - 40), ts)
                verb = (phase.lastgroup or verb) if phase else verb
            draft = _Draft(sense.kind, verb, (ts, te), sentence, lowered=lowered)
            if self._fill(folded, draft, sense, bound, previous, pub):
                return draft
        return None

    def _sanction_verb(self, folded: str, hit: _Hit, ss: int, se: int, sense: Sense) -> str | None:
        """The phase a sanction trigger names, or None when it is not an action."""
        word = hit.text
        if sense.kind is not K.SANCTION or not word.startswith(("sanction", "take", "took")):
            return sense.verb
        ts, te = hit.start, hit.end
        before = folded[max(ss, ts - 60) : ts]
        if word == "sanctions":
            found = self._governor_before.search(before) or self._governor_after.search(
                folded[te : min(se, te + 50)]
            )
            if found is None:
                return None
            return lex.SANCTION_GOVERNORS[int((found.lastgroup or "g0")[1:])][1]
        if word in {"sanctioned", "sanctioning"}:
            return None if re.search(r"\bthe\s+$", before, re.IGNORECASE) else "impose"
        if word == "sanction":
            modal = r"\b(?:to|must|will|would|could|should|may|might|not)\s+$"
            return "impose" if re.search(modal, before, re.IGNORECASE) else None
        return sense.verb  # "take further actions": the lexicon says "threaten"

    # -- filling in the fields -----------------------------------------------------

    def _fill(
        self,
        folded: str,
        draft: _Draft,
        sense: Sense,
        bound: int,
        previous: list[_Draft],
        pub: _dt.date | None,
    ) -> bool:
        ts, te = draft.trigger
        ss, se = draft.sentence
        draft.names = self._names(folded, ss, se)  # every known name in the sentence, once
        clause_start = ss
        for brk in _CLAUSE_BREAK.finditer(folded, ss, ts):
            clause_start = brk.end()
        draft.mode = self._mode(folded, draft.lowered, clause_start, ts, te, se)
        self._find_actor(folded, draft, clause_start, bound, previous)
        self._find_target(folded, draft, sense, bound)
        if sense.needs_target and draft.target is None:
            return False
        self._find_count(folded, draft, bound)
        if sense.needs_count and draft.count is None:
            return False
        if draft.actor is None and draft.target is None:
            return False
        if (
            {draft.actor, draft.target} & lex.HISTORICAL_ACTORS
            or self._history.search(folded, ss, se)
            or self._history_before.search(folded, ss, ts)
        ):
            return False
        self._find_date(folded, draft, bound, pub)
        stale = pub is not None and draft.date is not None and draft.date < pub - _dt.timedelta(365)
        return not stale

    def _mode(
        self, folded: str, lowered: str, clause_start: int, ts: int, te: int, se: int
    ) -> ActionMode:
        window = folded[clause_start:ts].split()
        near = " ".join(window[-8:])
        close = " ".join(window[-4:])
        if self._negation.search(close):
            return ActionMode.NEGATED
        if self._request.search(near):
            return ActionMode.REQUESTED
        if self._hypothetical.search(near) or self._condition.search(
            lowered, clause_start, min(se, te + 60)
        ):
            return ActionMode.HYPOTHETICAL
        if self._future.search(" ".join(window[-6:])):
            return ActionMode.FUTURE
        return ActionMode.ASSERTED

    def _names(self, folded: str, start: int, end: int) -> list[tuple[int, int, str]]:
        found: list[tuple[int, int, str]] = []
        for m in self._actor.finditer(folded, start, end):
            group = m.lastgroup or ""
            name = self._actor_names[int(group[1:])] if group.startswith("e") else ""
            if not name:
                person = m["name"] if "name" in (m.re.groupindex or {}) else None
                name = person or normalize_text(m[0])
            found.append((m.start(), m.end(), name))
        return found

    def _find_actor(
        self, folded: str, draft: _Draft, clause_start: int, bound: int, previous: list[_Draft]
    ) -> None:
        ts, te = draft.trigger
        ss, _ = draft.sentence
        cut = ss
        for cue in _ATTRIBUTION.finditer(draft.lowered, ss, ts):
            cut = cue.end()
            if not folded[ss : cue.start()].strip(" \"'(") and "," in folded[cut:ts]:
                cut = folded.rindex(",", cut, ts) + 1  # "If Russia continues ..., the US ..."
        names = _within(draft.names, cut, ts)
        pronoun = self._pronoun.search(folded, cut, ts)
        if self._subject(folded, names, ts, draft) is None and cut > ss and not pronoun:
            names = _within(draft.names, ss, ts)  # "Mr Biden said that in his call with ..."
        joint = None
        for cue in self._joint.finditer(draft.lowered, ss, ts):
            joint = cue
        partners: list[str] = []
        if joint is not None:
            partners = [n for s, _, n in names if s >= joint.end()]
            names = [x for x in names if x[1] <= joint.start()]
        chosen = self._subject(folded, names, ts, draft)
        agent = _PASSIVE_AGENT.match(folded, te, min(bound, te + 60))
        agents = _within(draft.names, agent.end(), bound) if agent is not None else []
        if agent is not None and agents and agents[0][0] == agent.end():
            chain = _chain(folded, agents, 0)
            draft.actor, partners = agents[chain[0]][2], [agents[i][2] for i in chain[1:]]
            chosen = None
            partner_cue = self._joint.search(draft.lowered, agents[chain[-1]][1], bound)
            if partner_cue is not None:
                more = _within(draft.names, partner_cue.end(), bound)
                partners += [name for _, _, name in _chain_from(folded, more)]
        if chosen is not None:
            chain = _chain(folded, names, chosen)
            draft.actor = names[chain[0]][2]
            partners = [names[i][2] for i in chain[1:]] + partners
        last = next((d for d in reversed(previous[-8:]) if d.actor is not None), None)
        if draft.actor is None and last is not None and pronoun:
            draft.actor = last.actor
            plural = re.search(r"(?i)\b(?:they|leaders|presidents|both)\b", folded[cut:ts])
            if plural and last.target in _KNOWN_PARTIES:
                partners = [*last.co_actors, last.target or ""]
        possessive = re.search(r"\b(?:his|her|their)\b", folded[ss:ts])
        if draft.actor is None and (draft.kind is K.EXECUTIVE_ORDER or possessive):
            # "In an executive order, Mr Biden ordered ...", "During his meeting with Putin,
            # Trump ...": the subject follows the comma.
            intro = _INTRO_SUBJECT.match(folded, te, bound)
            after = _within(draft.names, intro.end(), bound) if intro is not None else []
            if intro is not None and after and after[0][0] == intro.end():
                draft.actor = after[0][2]
        draft.co_actors = tuple(dict.fromkeys(p for p in partners if p and p != draft.actor))

    def _subject(
        self, folded: str, names: list[tuple[int, int, str]], ts: int, draft: _Draft
    ) -> int | None:
        """Index of the subject among the names before the trigger, if any."""
        if not names:
            return None
        _, last_end, _ = names[-1]
        if _ATTRIBUTIVE_GAP.match(folded, last_end, ts):
            return len(names) - 1  # "US sanctions", "Mr Biden's executive order"
        if draft.mode is ActionMode.REQUESTED:
            request = self._request.search(folded, draft.sentence[0], ts)
            for index, (start, _, _) in enumerate(names):
                if request is not None and start >= request.end():
                    return index  # "calling for the United States to impose": the one asked
        for index, (start, end, _) in enumerate(names):
            if not _PREPOSITION_BEFORE.search(folded, max(0, start - 40), start):
                following = names[index + 1][0] if index + 1 < len(names) else start
                if _APPOSITIVE_GAP.fullmatch(folded, end, following):
                    return index + 1  # "Japan's prime minister, Yoshihide Suga, will ..."
                return index
        return None

    def _find_target(self, folded: str, draft: _Draft, sense: Sense, bound: int) -> None:
        ts, te = draft.trigger
        ss, se = draft.sentence
        if draft.kind is K.TREATY:
            for m in self._treaty.finditer(folded, max(ss, ts - 100), min(se, te + 100)):
                draft.target = self._treaty_names[int((m.lastgroup or "e0")[1:])]
                return
            return
        lead = _ADJACENT_LEAD.match(folded, te, bound)
        start = lead.end() if lead else te
        if draft.kind in {K.SUMMONS, K.REVIEW_ORDERED} or _is_sanction_verb(folded, draft):
            draft.target = self._phrase(folded, start, bound)
            if draft.target:
                return
        names = _within(draft.names, start, bound)
        home = lex.ACTOR_HOME.get(draft.actor or "", draft.actor)
        if (
            names
            and names[0][0] == start
            and lex.ACTOR_HOME.get(names[0][2], names[0][2]) != home
            and not (sense.adjacent_target and folded.startswith("'s", names[0][1]))
        ):
            chain = [0]
            while len(chain) < len(names) and _AND_GAP.fullmatch(
                folded, names[chain[-1]][1], names[len(chain)][0]
            ):
                chain.append(len(chain))
            draft.target = " and ".join(names[i][2] for i in chain)
            return
        if draft.kind in {K.TROOP_DEPLOYMENT, K.TROOP_WITHDRAWAL}:
            place = _PLACE_LEAD.search(folded, te, bound)
            spot = _within(draft.names, place.end(), bound) if place is not None else []
            if place is not None and spot and spot[0][0] == place.end():
                draft.target = spot[0][2]
            return
        if sense.adjacent_target or draft.verb == "attend":
            if draft.kind is K.MEETING and sense.adjacent_target:
                phrase = self._phrase(folded, start, bound, require_name=True)
                if phrase and self._meeting_phrase.search(phrase):
                    draft.target = phrase
            return
        lead_re = _RECIPIENT_LEAD if draft.kind is K.AID_PLEDGE else _OBJECT_LEAD
        obj = lead_re.match(folded, te, bound)
        if obj is not None and draft.kind in {K.SANCTION, K.AID_PLEDGE}:
            named = _within(draft.names, obj.end(), bound)
            if named and named[0][0] == obj.end():
                draft.target = named[0][2]
                return
            draft.target = self._phrase(folded, obj.end(), bound)
            if draft.target:
                return
        if draft.kind in {K.SANCTION, K.AID_PLEDGE, K.EXECUTIVE_ORDER}:
            return  # their target is their object, never a name further on
        if draft.kind is K.EXPULSION:
            draft.target = self._expelled_state(folded, draft, bound)
            return
        if draft.kind is K.FINANCIAL_RESTRICTION:
            draft.target = self._restricted_state(folded, draft, bound)
            return
        for _, _, name in _within(draft.names, te, bound):
            if name != draft.actor and lex.ACTOR_HOME.get(name, name) != home:
                draft.target = name
                return
        for word in _CAPITALISED.finditer(folded, te, bound):
            state = lex.NATIONALITIES.get(word[0])
            if state and state != home:
                draft.target = state
                return
        if draft.kind is K.CALL:
            for _, _, name in _within(draft.names, ss, ts):
                if name != draft.actor and lex.ACTOR_HOME.get(name, name) != home:
                    draft.target = name
                    return

    def _restricted_state(self, folded: str, draft: _Draft, bound: int) -> str | None:
        """Whose money: the state named just before "debt", "bonds", "bank"."""
        home = lex.ACTOR_HOME.get(draft.actor or "", draft.actor)
        for money in _MONEY.finditer(folded, draft.trigger[1], bound):
            lo = max(draft.trigger[1], money.start() - 25)
            for word in _CAPITALISED.finditer(folded, lo, money.start()):
                state = lex.NATIONALITIES.get(word[0])
                if state and state != home:
                    return state
            for _, _, name in _within(draft.names, lo, money.start()):
                if lex.ACTOR_HOME.get(name, name) != home:
                    return name
        return None

    def _expelled_state(self, folded: str, draft: _Draft, bound: int) -> str | None:
        """Whose diplomats: "the Russian diplomatic mission", or "its" for a named state."""
        ts, te = draft.trigger
        ss, _ = draft.sentence
        for word in _CAPITALISED.finditer(folded, max(ss, ts - 70), bound):
            if word[0] in lex.NATIONALITIES:
                return lex.NATIONALITIES[word[0]]
        if re.match(r"[^.;]{0,30}?\b(?:its|their)\b", folded[te:bound]):
            earlier = [n for _, _, n in _within(draft.names, ss, ts) if n != draft.actor]
            return earlier[-1] if earlier else None
        return None

    def _phrase(
        self, folded: str, start: int, end: int, *, require_name: bool = False
    ) -> str | None:
        """A short noun phrase at ``start``: "six Russian technology companies"."""
        words: list[str] = []
        pos = start
        while len(words) < 10:
            m = _WORD.match(folded, pos, end)
            if m is None:
                break
            token = m[1]
            low = token.lower()
            if token == ",":
                nxt = _WORD.match(folded, m.end(), end)
                if not (nxt and _NUMBER.match(nxt[1])):
                    break
            elif low in {"and", "the", "a", "an"} and words:
                nxt = _WORD.match(folded, m.end(), end)
                if nxt is None or nxt[1].lower() in _NP_STOP - {"the", "a", "an"}:
                    break
            elif low == "of" and words:
                nxt = _WORD.match(folded, m.end(), end)
                if nxt is None or nxt[1].lower() in _NP_STOP or nxt[1].lower() in _DATE_WORDS:
                    break
            elif (
                low in _NP_STOP
                or low in _DATE_WORDS
                or low in {"next", "last", "earlier"}
                or (words and low.endswith(("ed", "ing")))
            ):
                break
            words.append(token)
            pos = m.end()
        while words and words[-1].lower() in {"and", ",", "the", "a", "an"}:
            words.pop()
        if not words or words[0].lower() in _DATE_WORDS:
            return None
        phrase = normalize_text(" ".join(words).replace(" ,", ","))
        if require_name and not any(w[:1].isupper() for w in words):
            return None
        return phrase.rstrip(".") if not phrase.endswith(("U.S.", "U.K.")) else phrase

    def _find_count(self, folded: str, draft: _Draft, bound: int) -> None:
        if draft.kind not in _COUNTED:
            return
        ts, te = draft.trigger
        ss, _ = draft.sentence
        regions = [(te, min(bound, te + 90))]
        if draft.kind is K.EXPULSION:
            regions.append((max(ss, ts - 70), ts))
        for lo, hi in regions:
            for m in _NUMBER.finditer(folded, lo, hi):
                found = self._count_at(folded, m, hi)
                if found is not None:
                    draft.count, draft.count_text, draft.unit = found
                    return

    def _count_at(self, folded: str, m: re.Match[str], end: int) -> tuple[int, str, str] | None:
        raw = m["num"]
        before = folded[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in _MONTHS:
            return None  # a date: "June 14"
        digits = raw.lstrip("$").replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", digits) and not raw.startswith("$"):
            return None  # a year
        value = float(digits) if digits[:1].isdigit() else float(lex.NUMBER_WORDS[raw.lower()])
        if m["mult"]:
            value *= lex.MULTIPLIERS[m["mult"].lower()]
        if raw.startswith("$"):
            return int(value), m[0], "dollars"
        for pattern, unit in self._units:
            alias = pattern.match(folded, m.end() + 1, end)
            if alias is not None:
                return int(value), m[0], unit
        head = None
        pos = m.end()
        for _ in range(4):
            word = _WORD.match(folded, pos, end)
            if word is None or word[1].lower() in _NP_STOP or word[1] == ",":
                break
            if word[1][:1].islower():
                head = word[1]
            pos = word.end()
        if head is None:
            return None
        return int(value), normalize_text(m[0]), head.lower().rstrip(".,'")

    def _find_date(self, folded: str, draft: _Draft, bound: int, pub: _dt.date | None) -> None:
        ts, te = draft.trigger
        ss, se = draft.sentence
        mentions = find_dates(folded, ss, se)
        if not mentions:
            return
        mentions = [
            m for m in mentions if not _NOT_EVENT_DATE.search(folded, max(0, m.start - 8), m.start)
        ]
        cut = ss
        for cue in _REPORT_CUE.finditer(draft.lowered, ss, ts):
            cut = cue.end()  # "called on Russia on Thursday ..., saying that ... would act"
        after = [m for m in mentions if m.start >= te and m.start <= bound]
        before = [m for m in mentions if cut <= m.start and m.end <= ts]
        later = [m for m in mentions if m.start >= te]
        chosen = after[0] if after else (before[-1] if before else (later[0] if later else None))
        if chosen is None:
            return
        draft.date_text = normalize_text(chosen.text)
        draft.date = resolve_date(chosen.text, pub, future=draft.mode is ActionMode.FUTURE)

    def _to_model(self, doc: Document, d: _Draft) -> PolicyAction:
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


_KNOWN_PARTIES = frozenset(lex.ACTOR_HOME) | frozenset(lex.ACTOR_HOME.values())
_COUNTED = frozenset(
    {K.SANCTION, K.EXPULSION, K.AID_PLEDGE, K.TROOP_DEPLOYMENT, K.TROOP_WITHDRAWAL, K.TREATY}
)


def _within(names: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    """The names that lie inside ``[start, end)``."""
    return [n for n in names if start <= n[0] and n[1] <= end]


def _is_sanction_verb(folded: str, draft: _Draft) -> bool:
    """True when a sanction trigger is the verb itself ("sanctioned 32 people")."""
    word = folded[draft.trigger[0] : draft.trigger[1]].lower()
    return draft.kind is K.SANCTION and word.startswith("sanction") and word != "sanctions"


_LEAD = re.compile(r"(?:[a-z]+(?:\\s\+)?)+")  # literal letters, words joined by \s+


def _split_alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a regex (outside groups and character classes)."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def _leads(pattern: str) -> list[str]:
    """The literal lead of each alternative: "executive\\s+orders?" -> "executive order".

    >>> _leads(r"expel(?:s|led)?|expulsions?")
    ['expel', 'expulsion']
    """
    leads = []
    for alternative in _split_alternatives(pattern):
        found = _LEAD.match(alternative)
        lead = found[0] if found else ""
        rest = alternative[len(lead) :]
        if rest[:1] in {"?", "*", "{"} and lead[-1:].isalpha():
            lead = lead[:-1]  # "orders?": the last letter is optional
        lead = lead.replace("\\s+", " ").strip()
        if len(lead.replace(" ", "")) < 2:
            raise ValueError(f"trigger alternative {alternative!r} needs a literal lead")
        leads.append(lead)
    return leads


def _trie(words: Iterable[str]) -> str:
    """A regex matching any of ``words`` (spaces match any white space), factored as a trie."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        ends = "" in node
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = "(?:" + "|".join(branches) + ")"
        return body + "?" if ends else body

    return emit(root)


_LAST_PAGE: list[tuple[str, str]] = []  # (folded, lowered) of the page read last


def _lowered_document(folded: str) -> str:
    """``_lower(folded)``, computed once per page: the page parser calls us per article."""
    if _LAST_PAGE and _LAST_PAGE[0][0] is folded:
        return _LAST_PAGE[0][1]
    lowered = _lower(folded)
    _LAST_PAGE[:] = [(folded, lowered)]
    return lowered


def _lower(text: str) -> str:
    """Lower-case ``text`` without changing its length (a few letters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _chain(folded: str, names: list[tuple[int, int, str]], index: int) -> list[int]:
    """The coordinated names around ``names[index]``: "the United Kingdom and the EU"."""
    first = index
    while (
        first > 0
        and _CHAIN_GAP.match(folded[names[first - 1][1] : names[first][0]])
        and not _PREPOSITION_BEFORE.search(
            folded, max(0, names[first - 1][0] - 40), names[first - 1][0]
        )
    ):
        first -= 1
    last = index
    while last + 1 < len(names) and _CHAIN_GAP.match(folded[names[last][1] : names[last + 1][0]]):
        last += 1
    return list(range(first, last + 1))


def _chain_from(folded: str, names: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The names coordinated with the first one."""
    return [names[i] for i in _chain(folded, names, 0)] if names else []


def _compatible(a: _Draft, b: _Draft) -> bool:
    if (a.kind, a.verb, a.mode) != (b.kind, b.verb, b.mode):
        return False
    if a.target is not None and b.target is not None and a.target != b.target:
        return False
    return a.count is None or b.count is None or a.count == b.count


def _absorb(base: _Draft, other: _Draft) -> None:
    """Fill ``base``'s empty fields from ``other`` (a second statement of one action)."""
    base.actor = base.actor or other.actor
    partners = dict.fromkeys((*base.co_actors, *other.co_actors))
    base.co_actors = tuple(p for p in partners if p != base.actor)
    base.target = base.target or other.target
    if base.count is None and other.count is not None:
        base.count, base.count_text, base.unit = other.count, other.count_text, other.unit
    if (base.date_text is None and other.date_text is not None) or (
        base.date is None and other.date is not None
    ):
        base.date, base.date_text = other.date, other.date_text


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One record per action: later mentions merge into a compatible earlier one.

    Candidates are bucketed by (kind, verb, mode), so the work stays near linear.
    """
    buckets: dict[tuple[ActionKind, str, ActionMode], list[_Draft]] = {}
    kept: list[_Draft] = []
    for draft in drafts:
        bucket = buckets.setdefault((draft.kind, draft.verb, draft.mode), [])
        match = next((b for b in bucket[:32] if _compatible(b, draft)), None)
        if match is None:
            bucket.append(draft)
            kept.append(draft)
            continue
        if draft.richness() > match.richness():
            snapshot = attrs.evolve(match)
            for field in attrs.fields(_Draft):
                setattr(match, field.name, getattr(draft, field.name))
            _absorb(match, snapshot)
        else:
            _absorb(match, draft)
    # A call or meeting nobody is said to hold (a subheading "Call with NATO") is dropped
    # once it has had the chance to merge into a statement that names the actor.
    return [d for d in kept if d.actor is not None or d.kind not in {K.CALL, K.MEETING}]


_DEFAULT = ActionExtractor()


def extract_actions(
    doc: Document, paragraphs: Sequence[Span], *, published: _dt.datetime | None = None
) -> tuple[PolicyAction, ...]:
    """Policy actions stated in the given paragraphs of one article.

    >>> from newsrecords._document import Document
    >>> text = "The United States on Thursday expelled ten Russian diplomats."
    >>> [(a.kind.value, a.actor, a.count, a.unit, a.date_text)
    ...  for a in extract_actions(Document.build(text), [Span(start=0, end=len(text))])]
    [('expulsion', 'United States', 10, 'diplomats', 'on Thursday')]
    """
    return _DEFAULT.extract(doc, paragraphs, published=published)
