"""Stable fingerprints of articles, quotes, entities and speakers for deduplication.

Every hash here is a truncated BLAKE2b of UTF-8 text, so a fingerprint is the same in
every process and on every machine (Python's ``hash()`` is salted per process for ``str``
and would make deduplication depend on ``PYTHONHASHSEED``).

The article fingerprint is a set of *sentence keys*: a hash of the first words and one of
the last words of each sentence of eight or more words, one of the whole sentence of four
to seven, taken over the lower-cased words. A syndicated copy with another dateline,
byline or footer, a cut tail or a few edited words keeps most of its sentences verbatim,
so it keeps most of its keys; an unrelated article keeps almost none. Hashing a sentence
costs two BLAKE2b calls where word shingling costs one per word, which is what makes this
fast in pure Python.
"""

from __future__ import annotations

import hashlib
import re
import sys
from array import array
from collections.abc import Iterable, Sequence

from ..lexicon.dedupe_words import CAPITALISED_FUNCTION_WORDS, PRONOUNS, STOPWORDS
from ..models import ActionMode, PolicyAction, Quote, Speaker
from ..text.normalize import fold

__all__ = [
    "MIN_SENTENCE_WORDS",
    "QUOTE_GRAM",
    "action_index_keys",
    "body_key",
    "containment",
    "counted_actions",
    "entity_names",
    "quote_grams",
    "quote_index_keys",
    "quote_keys",
    "quote_words",
    "sentence_ends",
    "sentence_keys",
    "speaker_keys",
    "stable_hash64",
    "words",
]

_PUNCTUATION = ".,;:!?\"'()[]-"
_WINDOW = 4  # words per window when measuring how much of one text another contains
MIN_SENTENCE_WORDS = 4  # shorter sentences ("Read more.", "He said no.") recur everywhere
QUOTE_GRAM = 4  # word n-gram length for matching quote fragments between outlets

_WORD = re.compile(
    r"""
    [^\W_]+              # a run of letters or digits
    (?:'[^\W_]+)?        # an optional apostrophe suffix: don't, Russia's
    """,
    re.VERBOSE,
)

# How sentences end inside a paragraph: terminal punctuation, maybe a closing mark, then
# a space. Plain ``str.replace`` on these is several times faster than a regex split.
_SENTENCE_ENDS = (". ", "? ", "! ", '." ', '?" ', '!" ', ".' ", ".) ")

# The few typographic marks that matter to words and sentence ends; ``str.replace`` is
# much faster than ``normalize.fold``'s full table on long bodies.
_MARKS = (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'))


def _plain(text: str) -> str:
    """Lower-case ``text`` and fold curly quotes and apostrophes to straight ones."""
    text = text.lower()
    for mark, plain in _MARKS:
        if mark in text:
            text = text.replace(mark, plain)
    return text


_CAPITALISED = re.compile(
    r"""
    \b [A-Z] [A-Za-z0-9]* (?:'s)?   # a word that starts with a capital letter
    """,
    re.VERBOSE,
)


def stable_hash64(text: str) -> int:
    """A 64-bit hash of ``text`` that is the same in every process.

    >>> stable_hash64("Navalny") == stable_hash64("Navalny")
    True
    >>> stable_hash64("a") != stable_hash64("b")
    True
    >>> stable_hash64("x") < 2**64
    True
    """
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def words(text: str) -> list[str]:
    """The folded, lower-cased words of ``text``: what fingerprints are made of.

    >>> words("\u201cWe\u2019re  READY,\u201d he said.")
    ["we're", 'ready', 'he', 'said']
    """
    return _WORD.findall(_plain(fold(text)))


def body_key(body: str) -> int:
    """One key for a whole body: equal for exact copies.

    Bodies come from the parser in display form (``normalize_text``: quotes folded,
    white space collapsed), so the exact text is hashed, at C speed.

    >>> body_key("He said no.") == body_key("He said no.")
    True
    >>> body_key("He said no.") == body_key("He said no!")
    False
    """
    return stable_hash64(body)


def sentence_keys(body: str) -> tuple[int, ...]:
    """The sorted, distinct keys of the sentences of ``body``.

    A sentence of eight words or more gives two keys: its first words and its last words
    (:func:`sentence_ends`), which do not overlap, so one replaced, added or dropped word
    spoils at most one of them (a split at the middle moves when a word is added, which
    spoils both halves); a sentence of four to seven words gives one; shorter ones ("Read
    more.", "He said no.") recur everywhere and give none. Bodies come from the parser
    with white space collapsed, so words are the runs between single spaces and keep their
    punctuation (copies keep it too): string methods are many times faster than a word
    regex on long bodies.

    >>> len(sentence_keys("One two three four. Five six seven eight nine ten eleven twelve!"))
    3
    >>> sentence_keys("A b c d.") == sentence_keys("a b c d")
    True
    >>> sentence_keys("It\u2019s a b c.") == sentence_keys("it's a b c")
    True
    >>> edited = "The council voted on Monday to close the old bridge for repairs at last."
    >>> inserted = "The council voted on Monday to close the old bridge for urgent repairs at last."
    >>> len(set(sentence_keys(edited)) & set(sentence_keys(inserted)))
    1
    """
    text = _plain(body)
    for end in _SENTENCE_ENDS:
        if end in text:
            text = text.replace(end, end[:-1] + "\n")
    digests: list[bytes] = []
    for line in text.split("\n"):
        sentence = line.strip().rstrip(".?!\"')")  # the end mark may differ in a copy
        count = sentence.count(" ") + 1
        if count >= 2 * MIN_SENTENCE_WORDS:
            first, last = sentence_ends(sentence, count)
            digests.append(_digest(first))
            digests.append(_digest(last))
        elif count >= MIN_SENTENCE_WORDS:
            digests.append(_digest(sentence))
    keys = array("Q")
    keys.frombytes(b"".join(digests))
    if sys.byteorder == "big":
        keys.byteswap()  # read the digests little-endian everywhere: the same keys anywhere
    return tuple(sorted(set(keys)))


def sentence_ends(sentence: str, count: int) -> tuple[str, str]:
    """The first and the last words of a sentence of ``count`` words (eight or more,
    single spaces between them), apart.

    Four words each for a sentence of up to eleven words, six each for a longer one: the
    count depends on the length only at those two steps, so a word added or dropped in
    the middle of a sentence leaves both ends as they were.

    >>> sentence_ends("a b c d e f g h i", 9)
    ('a b c d', 'f g h i')
    >>> sentence_ends("a b c d e f g h i j k l m", 13)
    ('a b c d e f', 'h i j k l m')
    """
    width = 2 * MIN_SENTENCE_WORDS - 2 if count >= 12 else MIN_SENTENCE_WORDS
    # Bounded splits and slices: no list of every word, no join.
    rest = sentence.split(" ", width)[-1]
    before = sentence.rsplit(" ", width)[0]
    return sentence[: len(sentence) - len(rest) - 1], sentence[len(before) + 1 :]


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()


def _bare_words(text: str) -> list[str]:
    """Lower-cased words without the punctuation around them (a copy may change a comma)."""
    return [w.strip(_PUNCTUATION) for w in _plain(text).split()]


def containment(part: str, whole: str, samples: int = 32) -> float:
    """How much of ``part`` occurs word for word in ``whole``, from 0.0 to 1.0.

    Up to ``samples`` 4-word windows, evenly spread over ``part``, are looked for in
    ``whole`` (lower-cased, punctuation around words dropped) by plain substring search. An edited
    word spoils the few windows over it; a new dateline or footer spoils only its own; an
    article that merely reuses a paragraph matches only that paragraph's share.

    >>> containment("The bridge will close on Monday for six months.",
    ...             "WASHINGTON - The bridge will close on Monday for six months, he said.")
    1.0
    >>> containment("The bridge will close on Monday.", "The library opens on Monday.")
    0.0
    """
    words = _bare_words(part)
    windows = len(words) - _WINDOW + 1
    if windows <= 0:
        return 0.0
    haystack = f" {' '.join(_bare_words(whole))} "
    step = max(1, windows // samples)
    starts = range(0, windows, step)
    found = sum(f" {' '.join(words[i : i + _WINDOW])} " in haystack for i in starts)
    return found / len(starts)


def quote_words(text: str) -> tuple[str, ...]:
    """The words of a quote, as compared between articles; possessives lose their 's.

    A translated or re-edited quote often differs only there ("Ukraine's sovereignty",
    "Ukraine sovereignty").

    >>> quote_words("We want a stable, predictable relationship.")
    ('we', 'want', 'a', 'stable', 'predictable', 'relationship')
    >>> quote_words("Ukraine’s sovereignty")
    ('ukraine', 'sovereignty')
    """
    return tuple(w.removesuffix("'s") for w in words(text))


def quote_grams(quote: Sequence[str], stopwords: frozenset[str] = STOPWORDS) -> frozenset[int]:
    """Hashes of the word 4-grams of a quote that hold a content word.

    A fragment made of function words ("I don't think that") is no evidence that two
    articles quote the same statement, so it is left out.

    >>> len(quote_grams(quote_words("the leadership of the Russian government")))
    3
    >>> quote_grams(quote_words("I do not think that it is"))
    frozenset()
    """
    grams: set[int] = set()
    for i in range(len(quote) - QUOTE_GRAM + 1):
        gram = quote[i : i + QUOTE_GRAM]
        if any(word not in stopwords for word in gram):
            grams.add(stable_hash64(" ".join(gram)))
    return frozenset(grams)


def quote_index_keys(quotes: Iterable[Quote], stopwords: frozenset[str] = STOPWORDS) -> set[int]:
    """The keys under which an article's verbatim quotes are indexed (:func:`quote_keys`
    of each); indirect speech is a paraphrase, not a verbatim quote, and is not indexed.

    >>> from newsrecords.models import QuoteKind, Span
    >>> q = Quote(text="We will act firmly in defense of our national interests",
    ...           kind=QuoteKind.DIRECT, span=Span(start=0, end=1))
    >>> 1 <= len(quote_index_keys([q])) <= 8
    True
    """
    keys: set[int] = set()
    for quote in quotes:
        if quote.kind.value != "indirect":
            keys.update(quote_keys(quote_words(quote.text), stopwords))
    return keys


def quote_keys(
    quote: Sequence[str],
    stopwords: frozenset[str] = STOPWORDS,
    grams: frozenset[int] | None = None,
) -> frozenset[int]:
    """The index keys of one quote's words (:func:`quote_words`); ``grams``, if the caller
    has them, are its :func:`quote_grams`.

    Half of its content 4-grams (those with an even hash: a sample that two copies of a
    fragment take the same way) plus the whole quote's key, so that two articles sharing
    a fragment of five or more words very likely share a key.

    >>> quote_keys(quote_words("no")) == frozenset()
    True
    >>> len(quote_keys(quote_words("we will act firmly"))) >= 1
    True
    """
    if grams is None:
        grams = quote_grams(quote, stopwords)
    keys = {g for g in grams if not g & 1}
    if len(quote) >= 3:
        keys.add(stable_hash64("\x00quote " + " ".join(quote)))
    return frozenset(keys)


def entity_names(text: str, stopwords: frozenset[str] = STOPWORDS) -> frozenset[str]:
    """Lower-cased capitalised words of ``text`` that may name something.

    Crude on purpose (no tagger): a word that opens a sentence is capitalised too, so
    function words and weekday or month names are dropped.

    >>> sorted(entity_names("The New START treaty. Psaki said Navalny's case matters."))
    ['navalny', 'new', 'psaki', 'start']
    """
    spellings = set(_CAPITALISED.findall(text.replace("\u2019", "'")))
    # Each spelling is normalised once per process (the set operations run in C). The
    # memo holds capitalised words only and stops growing at a limit; it is never cleared,
    # so a lookup cannot miss under threads.
    extra: dict[str, str] = {}
    for spelling in spellings.difference(_NAME_OF):  # a dict argument: looked up, not scanned
        word = spelling.lower().removesuffix("'s")
        name = word if len(word) > 1 and word not in CAPITALISED_FUNCTION_WORDS else ""
        if len(_NAME_OF) < _NAME_MEMO_LIMIT:
            _NAME_OF[spelling] = name
        else:
            extra[spelling] = name
    found: set[str | None] = set(map(_NAME_OF.get, spellings))
    found.update(extra.values())
    found.difference_update(("", None))
    return frozenset(name for name in found if name is not None) - stopwords


_NAME_OF: dict[str, str] = {}  # capitalised spelling -> name, "" for none
_NAME_MEMO_LIMIT = 500_000


def speaker_keys(speaker: Speaker | None) -> frozenset[str]:
    """The names by which a speaker can be recognised in another article.

    The full name, its last word (a surname, for a person) and every capitalised alias;
    pronoun aliases ("he", "she") identify nobody and are dropped.

    >>> from newsrecords.models import Speaker
    >>> sorted(speaker_keys(Speaker(name="Jen Psaki", aliases=("Psaki", "she"))))
    ['jen psaki', 'psaki']
    >>> speaker_keys(None)
    frozenset()
    """
    if speaker is None:
        return frozenset()
    keys: set[str] = set()
    for label in (speaker.name, *speaker.aliases):
        norm = " ".join(words(label))
        if not norm or norm in PRONOUNS or (label[:1].islower() and label != speaker.name):
            continue
        keys.add(norm)
        if speaker.kind.value == "person":
            last = norm.rsplit(" ", 1)[-1]
            if last not in PRONOUNS and last not in STOPWORDS:
                keys.add(last)
    return frozenset(keys)


# Modes in which an action is stated as done or decided: a threat or a demand ("should
# sanction", "calls on Biden to sanction") is no evidence of the event itself.
_STATED_MODES = frozenset((ActionMode.ASSERTED, ActionMode.FUTURE))


def counted_actions(actions: Iterable[PolicyAction]) -> dict[tuple[str, int], frozenset[int]]:
    """An article's counted actions: ``(kind, count)`` to the action dates' ordinals.

    A count makes an action specific ("expelled 10 diplomats", "sanctioned 32 people")
    where the bare kind ("a call", "sanctions") recurs in every story on a topic. Counts
    survive translation and paraphrase, which verbatim quotes do not. Only actions stated
    as done or decided, with a count of two or more, are kept; the dates (ordinals, empty
    when none is known) let a caller check that two mentions are of the same moment.

    >>> from newsrecords.models import ActionKind, Span
    >>> at = Span(start=0, end=8)
    >>> act = PolicyAction(kind=ActionKind.EXPULSION, count=10, trigger="expelled",
    ...                    trigger_span=at, evidence="expelled", span=at)
    >>> counted_actions([act])
    {('expulsion', 10): frozenset()}
    """
    found: dict[tuple[str, int], set[int]] = {}
    for action in actions:
        if action.count is None or action.count < 2 or action.mode not in _STATED_MODES:
            continue
        dates = found.setdefault((action.kind.value, action.count), set())
        if action.date is not None:
            dates.add(action.date.toordinal())
    return {key: frozenset(dates) for key, dates in found.items()}


def action_index_keys(actions: Iterable[PolicyAction]) -> set[int]:
    """The keys under which an article's counted actions are indexed (one per kind and count).

    >>> action_index_keys([])
    set()
    """
    return {stable_hash64(f"\x00action {kind} {count}") for kind, count in counted_actions(actions)}
