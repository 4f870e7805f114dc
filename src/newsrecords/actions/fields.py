"""Readers for the mode, count and unit, and date of a policy action, and its noun phrases.

The readers fill a :class:`~newsrecords.actions.draft.Draft` from the text around its
trigger, inside its sentence, so the work per action is bounded. The regexes are built
from :mod:`newsrecords.lexicon.action_words` once, at import.
"""

from __future__ import annotations

import datetime as _dt
import re

from ..lexicon import action_words as lex
from ..lexicon.tables import word_trie
from ..models import ActionKind, ActionMode
from ..text.dates import DateMention, find_dates, resolve_date
from ..text.normalize import normalize_text
from .draft import Draft
from .triggers import WordGate

__all__ = ["REQUEST", "find_count", "find_date", "noun_phrase", "read_mode"]

K = ActionKind
# The words are factored as prefix trees (``t(?:en|w(?:o|...))``): the engine then tries a
# few letters at each word instead of every word. A whole word matches either way, because
# ``(?![\w])`` closes the number, so the trees match what the flat lists matched.
_NUMBER_LEAD = word_trie(
    ("up to", "over", "more than", "about", "nearly", "some", "at least", "the remaining")
)
_NUMBER = re.compile(
    rf"""
    (?<![\w$.,])
    (?:(?:{_NUMBER_LEAD})\s+)?                                    # "up to", "more than"
    (?P<num>\$?\d{{1,3}}(?:,\d{{3}})+|\$?\d+(?:\.\d+)?            # digits: "2,500", "$4"
      |{word_trie(lex.NUMBER_WORDS)})                              # "ten", "dozen"
    (?:\s+(?P<mult>thousand|million|billion))?                   # "1 billion"
    (?![\w])
    """,
    re.VERBOSE | re.IGNORECASE,
)
_WORD = re.compile(r"\s*(\$?\d[\d,.]*\d|\$?\d|[A-Za-z][\w.'-]*|,)")  # a noun-phrase token
_NOT_EVENT_DATE = re.compile(r"\b(?:as\s+of|since|from)\s+$")  # "bonds issued as of June 14"
_REPORT_CUE = re.compile(r",\s+(?:saying|adding|noting)\b")  # a new clause of reported speech
_YEAR = re.compile(r"(?:19|20)\d\d")
_NP_STOP = lex.PHRASE_STOP_WORDS
_MONTHS = lex.MONTH_WORDS
_DATE_WORDS = lex.DAY_WORDS | {m.rstrip(".") for m in _MONTHS}
# Gated: the regex runs only where one of its words is (see :class:`WordGate`).
_NEGATION = WordGate.of(re.compile(lex.NEGATION_CUES, re.IGNORECASE))
REQUEST = re.compile(lex.REQUEST_CUES, re.IGNORECASE)
_REQUEST = WordGate.of(REQUEST)
_HYPOTHETICAL = WordGate.of(re.compile(lex.HYPOTHETICAL_CUES, re.IGNORECASE))
_FUTURE = re.compile(lex.FUTURE_CUES, re.IGNORECASE)
_CONDITION = re.compile(r"(?=[iu])\b(?:if|unless)\b")  # on lower-cased text
_UNITS = [(re.compile(p, re.IGNORECASE), u) for p, u in lex.UNIT_ALIASES]
# Only these kinds come in numbers; elsewhere a number near the trigger is something else.
_COUNTED = frozenset(
    {K.SANCTION, K.EXPULSION, K.AID_PLEDGE, K.TROOP_DEPLOYMENT, K.TROOP_WITHDRAWAL, K.TREATY}
)


def read_mode(
    folded: str, lowered: str, clause_start: int, ts: int, te: int, se: int
) -> ActionMode:
    """Asserted, negated, requested, hypothetical or future, from the cues before the trigger.

    Each cue counts only a few words before the trigger (a negation four, a future six, a
    request or hedge eight): farther off, it belongs to another verb. A condition ("if",
    "unless") may also follow the trigger: "will act if Russia continues".
    """
    window = folded[clause_start:ts].split()
    near = " ".join(window[-8:])
    close = " ".join(window[-4:])
    if _NEGATION.search_text(close):
        return ActionMode.NEGATED
    if _REQUEST.search_text(near):
        return ActionMode.REQUESTED
    if _HYPOTHETICAL.search_text(near) or _condition(lowered, clause_start, min(se, te + 60)):
        return ActionMode.HYPOTHETICAL
    if _FUTURE.search(" ".join(window[-6:])):
        return ActionMode.FUTURE
    return ActionMode.ASSERTED


def _condition(lowered: str, start: int, end: int) -> bool:
    """Whether "if" or "unless" stands as a word in ``lowered[start:end]``.

    The words are looked for first: most clauses have neither, and ``str.find`` is cheaper
    than the regex, which then only runs to check the word boundaries.
    """
    if lowered.find("if", start, end) < 0 and lowered.find("unless", start, end) < 0:
        return False
    return _CONDITION.search(lowered, start, end) is not None


def noun_phrase(folded: str, start: int, end: int, *, require_name: bool = False) -> str | None:
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
                break  # a comma continues the phrase only before a number
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
            or (words and low.endswith(("ed", "ing")))  # a verb: the phrase has ended
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
    # The full stop of "U.S." is part of the name, not the end of the sentence.
    return phrase.rstrip(".") if not phrase.endswith(("U.S.", "U.K.")) else phrase


def find_count(folded: str, draft: Draft, bound: int) -> None:
    """The number acted on and its unit: "expelled ten members of its legation"."""
    if draft.kind not in _COUNTED:
        return
    ts, te = draft.trigger
    ss, _ = draft.sentence
    regions = [(te, min(bound, te + 90))]
    if draft.kind is K.EXPULSION:
        regions.append((max(ss, ts - 70), ts))  # may come first: "ten diplomats were expelled"
    for lo, hi in regions:
        for m in _NUMBER.finditer(folded, lo, hi):
            found = _count_at(folded, m, hi)
            if found is not None:
                draft.count, draft.count_text, draft.unit = found
                return


def _count_at(folded: str, m: re.Match[str], end: int) -> tuple[int, str, str] | None:
    """The value, raw text and unit of the number ``m``, or None when it counts nothing."""
    raw = m["num"]
    before = folded[max(0, m.start() - 12) : m.start()].split()
    if before and before[-1].lower() in _MONTHS:
        return None  # a date: "June 14"
    digits = raw.lstrip("$").replace(",", "")
    if _YEAR.fullmatch(digits) and not raw.startswith("$"):
        return None  # a year
    value = float(digits) if digits[:1].isdigit() else float(lex.NUMBER_WORDS[raw.lower()])
    if m["mult"]:
        value *= lex.MULTIPLIERS[m["mult"].lower()]
    if raw.startswith("$"):
        return int(value), m[0], "dollars"
    for pattern, unit in _UNITS:
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
            head = word[1]  # the last lower-case word: "Russian technology companies"
        pos = word.end()
    if head is None:
        return None
    return int(value), normalize_text(m[0]), head.lower().rstrip(".,'")


def find_date(
    folded: str,
    draft: Draft,
    bound: int,
    pub: _dt.date | None,
    mentions: list[DateMention] | None = None,
) -> None:
    """The date the action happens on, resolved against the publication date.

    ``mentions`` are the sentence's date expressions when the caller has found them already.
    """
    ts, te = draft.trigger
    ss, se = draft.sentence
    if mentions is None:
        mentions = find_dates(folded, ss, se)
    if not mentions:
        return
    mentions = [
        m for m in mentions if not _NOT_EVENT_DATE.search(folded, max(0, m.start - 8), m.start)
    ]
    cut = ss
    for cue in _REPORT_CUE.finditer(draft.lowered, ss, ts):
        cut = cue.end()  # "called on Russia on Thursday ..., saying that ... would act"
    # Prefer a date right after the trigger ("expelled ... on Thursday"), then the nearest
    # before it in the same clause, then any later in the sentence.
    after = [m for m in mentions if m.start >= te and m.start <= bound]
    before = [m for m in mentions if cut <= m.start and m.end <= ts]
    later = [m for m in mentions if m.start >= te]
    chosen = after[0] if after else (before[-1] if before else (later[0] if later else None))
    if chosen is None:
        return
    draft.date_text = normalize_text(chosen.text)
    draft.date = resolve_date(chosen.text, pub, future=draft.mode is ActionMode.FUTURE)
