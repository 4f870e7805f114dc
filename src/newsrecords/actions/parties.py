"""Readers for the parties to a policy action: who acts (and with whom), and on whom.

The actor is the nearest named actor before the trigger that is not the object of a
preposition, or a passive agent ("by the Treasury Department"); partners come from
coordination ("the United Kingdom and the EU") and from "together with". The target is read
by kind: a sanction's object, an expelled mission's state, a treaty's name, a call's other
party. Names come from :class:`NameFinder`, once per sentence, so the readers only compare
offsets. The regexes are compiled once, at import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import action_words as lex
from ..lexicon.action_words import Sense
from ..models import ActionKind, ActionMode
from ..text.normalize import normalize_text
from .draft import Draft
from .fields import REQUEST, noun_phrase
from .triggers import WordGate, named_alternation

__all__ = ["Name", "NameFinder", "find_actor", "find_target", "words_pattern"]

K = ActionKind
Name = tuple[int, int, str]  # start, end and canonical name of a known name in the page

_PREPOSITION_BEFORE = re.compile(
    r"""
    (?=[abcdfiotuvw])  # the first letters below, tested first: most positions stop here
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
    (?=[abinstuw])  # the first letters below, tested first: most positions stop here
    (?:\b(?:said|says|saying|told\s+\w+|according\s+to|noted|added)\b(?:\s+that)?  # reports
    | \b(?:that|unless|if|because|when|while|although|where|which|who)\b)  # subordinators
    """,
    re.VERBOSE,
)  # on lower-cased text: "X said Y did", "unless the U.S. rolled back": Y's clause follows
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
_MONEY = re.compile(lex.MONEY_WORDS, re.IGNORECASE)
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")  # a capitalised word: "Russian"
_INTRO_SUBJECT = re.compile(r"[^,.;]{0,30},\s+(?:the\s+)?")  # "In an executive order, Mr Biden"
_PLURAL_SUBJECT = re.compile(r"(?i)\b(?:they|leaders|presidents|both)\b")
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\b")
_ITS_MISSION = re.compile(r"[^.;]{0,30}?\b(?:its|their)\b")  # "expelled ten of its diplomats"
_PRONOUN = re.compile(lex.PRONOUN_SUBJECT)
_JOINT = WordGate.of(re.compile(lex.JOINT_CUE))  # run only where one of its words is
_MEETING_PHRASE = re.compile(lex.MEETING_PHRASE)
_KNOWN_PARTIES = frozenset(lex.ACTOR_HOME) | frozenset(lex.ACTOR_HOME.values())


def words_pattern(
    entries: Iterable[tuple[str, str]], *, capitalised: bool = True
) -> tuple[re.Pattern[str], list[str]]:
    """One case-sensitive alternation over named entries; returns it and the names.

    The entry that matched is ``match.lastgroup``, ``e<i>`` (see :func:`named_alternation`).
    """
    entries = list(entries)
    names = [name for _, name in entries]
    body = named_alternation({f"e{i}": pattern for i, (pattern, _) in enumerate(entries)})
    # The capital test first: it fails at most positions, and costs less than the look-behind.
    start = "(?=[A-Z0-9])" if capitalised else ""
    return re.compile(rf"{start}(?<![\w.])(?:{body})(?![\w])"), names


_TREATY, _TREATY_NAMES = words_pattern(lex.TREATIES, capitalised=False)


class NameFinder:
    """The known actors (the caller's first, then the lexicon's) and titled persons.

    Raises ``re.error`` (or ``TypeError``...) for an entry it cannot compile; the extractor
    turns that into a :class:`~newsrecords.exceptions.RuleError`.
    """

    def __init__(self, extra_actors: Iterable[tuple[str, str]] = ()) -> None:
        actors = tuple(extra_actors) + lex.ACTORS + ((lex.TITLED_PERSON, ""),)
        self._actor, self._actor_names = words_pattern(actors)

    def names(self, folded: str, start: int, end: int) -> list[Name]:
        """Every known name in ``folded[start:end]``, in text order."""
        found: list[Name] = []
        for m in self._actor.finditer(folded, start, end):
            group = m.lastgroup or ""
            name = self._actor_names[int(group[1:])] if group.startswith("e") else ""
            if not name:  # a titled person: "President Joe Biden" is named "Joe Biden"
                person = m["name"] if "name" in m.re.groupindex else None
                name = person or normalize_text(m[0])
            found.append((m.start(), m.end(), name))
        return found

    def name_follows(self, folded: str, te: int, se: int) -> bool:
        """Whether a known name directly follows the trigger: "called the Kremlin"."""
        lead = _ADJACENT_LEAD.match(folded, te, se)
        return self._actor.match(folded, lead.end() if lead else te, se) is not None


def find_actor(folded: str, draft: Draft, bound: int, previous: list[Draft]) -> None:
    """Who acts, and with whom: ``draft.actor`` and ``draft.co_actors``."""
    ts, te = draft.trigger
    ss, _ = draft.sentence
    cut = ss
    for cue in _ATTRIBUTION.finditer(draft.lowered, ss, ts):
        cut = cue.end()
        if not folded[ss : cue.start()].strip(" \"'(") and "," in folded[cut:ts]:
            cut = folded.rindex(",", cut, ts) + 1  # "If Russia continues ..., the US ..."
    names = _within(draft.names, cut, ts)
    chosen = _subject(folded, names, ts, draft)
    # A pronoun subject matters only where no named subject is found: looked for only then.
    pronoun: re.Match[str] | None = None
    looked = False
    if chosen is None and cut > ss:
        pronoun, looked = _PRONOUN.search(folded, cut, ts), True
        if not pronoun:
            names = _within(draft.names, ss, ts)  # "Mr Biden said that in his call with ..."
            chosen = _subject(folded, names, ts, draft)
    joint = None
    if _JOINT.open(draft.lowered, ss, ts):
        for cue in _JOINT.regex.finditer(draft.lowered, ss, ts):
            joint = cue
    partners: list[str] = []
    if joint is not None:
        partners = [n for s, _, n in names if s >= joint.end()]
        names = [x for x in names if x[1] <= joint.start()]
        chosen = _subject(folded, names, ts, draft)
    agent = _PASSIVE_AGENT.match(folded, te, min(bound, te + 60))
    agents = _within(draft.names, agent.end(), bound) if agent is not None else []
    if agent is not None and agents and agents[0][0] == agent.end():
        # A passive agent outranks any name before the trigger, which is then its object.
        chain = _chain(folded, agents, 0)
        draft.actor, partners = agents[chain[0]][2], [agents[i][2] for i in chain[1:]]
        chosen = None
        partner_cue = _JOINT.search(draft.lowered, draft.lowered, agents[chain[-1]][1], bound)
        if partner_cue is not None:
            more = _within(draft.names, partner_cue.end(), bound)
            partners += [name for _, _, name in _chain_from(folded, more)]
    if chosen is not None:
        chain = _chain(folded, names, chosen)
        draft.actor = names[chain[0]][2]
        partners = [names[i][2] for i in chain[1:]] + partners
    if draft.actor is None and not looked:
        pronoun = _PRONOUN.search(folded, cut, ts)
    if draft.actor is None and pronoun:
        last = next((d for d in reversed(previous[-8:]) if d.actor is not None), None)
        if last is not None:
            # "They agreed to ...": the parties of the action just reported.
            draft.actor = last.actor
            plural = _PLURAL_SUBJECT.search(folded[cut:ts])
            if plural and last.target in _KNOWN_PARTIES:
                partners = [*last.co_actors, last.target or ""]
    if draft.actor is None and (
        draft.kind is K.EXECUTIVE_ORDER or _POSSESSIVE.search(folded[ss:ts])
    ):
        # "In an executive order, Mr Biden ordered ...", "During his meeting with Putin,
        # Trump ...": the subject follows the comma.
        intro = _INTRO_SUBJECT.match(folded, te, bound)
        after = _within(draft.names, intro.end(), bound) if intro is not None else []
        if intro is not None and after and after[0][0] == intro.end():
            draft.actor = after[0][2]
    draft.co_actors = tuple(dict.fromkeys(p for p in partners if p and p != draft.actor))


def _subject(folded: str, names: list[Name], ts: int, draft: Draft) -> int | None:
    """Index of the subject among the names before the trigger, if any."""
    if not names:
        return None
    _, last_end, _ = names[-1]
    if _ATTRIBUTIVE_GAP.match(folded, last_end, ts):
        return len(names) - 1  # "US sanctions", "Mr Biden's executive order"
    if draft.mode is ActionMode.REQUESTED:
        request = REQUEST.search(folded, draft.sentence[0], ts)
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


def find_target(folded: str, draft: Draft, sense: Sense, bound: int) -> None:
    """Whom or what the action is aimed at: ``draft.target``, read by kind."""
    ts, te = draft.trigger
    ss, se = draft.sentence
    if draft.kind is K.TREATY:
        for m in _TREATY.finditer(folded, max(ss, ts - 100), min(se, te + 100)):
            draft.target = _TREATY_NAMES[int((m.lastgroup or "e0")[1:])]
            return
        return
    lead = _ADJACENT_LEAD.match(folded, te, bound)
    start = lead.end() if lead else te
    if draft.kind in {K.SUMMONS, K.REVIEW_ORDERED} or _is_sanction_verb(folded, draft):
        draft.target = noun_phrase(folded, start, bound)
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
            phrase = noun_phrase(folded, start, bound, require_name=True)
            if phrase and _MEETING_PHRASE.search(phrase):
                draft.target = phrase
        return
    lead_re = _RECIPIENT_LEAD if draft.kind is K.AID_PLEDGE else _OBJECT_LEAD
    obj = lead_re.match(folded, te, bound)
    if obj is not None and draft.kind in {K.SANCTION, K.AID_PLEDGE}:
        named = _within(draft.names, obj.end(), bound)
        if named and named[0][0] == obj.end():
            draft.target = named[0][2]
            return
        draft.target = noun_phrase(folded, obj.end(), bound)
        if draft.target:
            return
    if draft.kind in {K.SANCTION, K.AID_PLEDGE, K.EXECUTIVE_ORDER}:
        return  # their target is their object, never a name further on
    if draft.kind is K.EXPULSION:
        draft.target = _expelled_state(folded, draft, bound)
        return
    if draft.kind is K.FINANCIAL_RESTRICTION:
        draft.target = _restricted_state(folded, draft, bound)
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
        # "Mr Biden and Mr Putin spoke ...": the other party may precede the trigger.
        for _, _, name in _within(draft.names, ss, ts):
            if name != draft.actor and lex.ACTOR_HOME.get(name, name) != home:
                draft.target = name
                return


def _restricted_state(folded: str, draft: Draft, bound: int) -> str | None:
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


def _expelled_state(folded: str, draft: Draft, bound: int) -> str | None:
    """Whose diplomats: "the Russian diplomatic mission", or "its" for a named state."""
    ts, te = draft.trigger
    ss, _ = draft.sentence
    for word in _CAPITALISED.finditer(folded, max(ss, ts - 70), bound):
        if word[0] in lex.NATIONALITIES:
            return lex.NATIONALITIES[word[0]]
    if _ITS_MISSION.match(folded[te:bound]):
        earlier = [n for _, _, n in _within(draft.names, ss, ts) if n != draft.actor]
        return earlier[-1] if earlier else None
    return None


def _within(names: list[Name], start: int, end: int) -> list[Name]:
    """The names that lie inside ``[start, end)``."""
    return [n for n in names if start <= n[0] and n[1] <= end]


def _is_sanction_verb(folded: str, draft: Draft) -> bool:
    """True when a sanction trigger is the verb itself ("sanctioned 32 people")."""
    word = folded[draft.trigger[0] : draft.trigger[1]].lower()
    return draft.kind is K.SANCTION and word.startswith("sanction") and word != "sanctions"


def _chain(folded: str, names: list[Name], index: int) -> list[int]:
    """The coordinated names around ``names[index]``: "the United Kingdom and the EU"."""
    first = index
    while (
        first > 0
        and _CHAIN_GAP.match(folded[names[first - 1][1] : names[first][0]])
        # "sanctions on Russia and China": names after a preposition are objects, not allies.
        and not _PREPOSITION_BEFORE.search(
            folded, max(0, names[first - 1][0] - 40), names[first - 1][0]
        )
    ):
        first -= 1
    last = index
    while last + 1 < len(names) and _CHAIN_GAP.match(folded[names[last][1] : names[last + 1][0]]):
        last += 1
    return list(range(first, last + 1))


def _chain_from(folded: str, names: list[Name]) -> list[Name]:
    """The names coordinated with the first one."""
    return [names[i] for i in _chain(folded, names, 0)] if names else []
