"""How a speaker's label reads: the core two mentions of one group share, a title as a
reader would write it, and whether a mention may be a person "he" or "she" stands for.
"""

from __future__ import annotations

from ..lexicon.compiled import active
from ..lexicon.speaker_words import AGENT_NOUN_ENDINGS, DETERMINERS
from .phrase_parts import NUMBER
from .phrase_reader import Mention

__all__ = ["clean_title", "group_core", "may_be_person"]


def group_core(label: str) -> tuple[str, str]:
    """A group's label without its articles, and without its count when the label has one:
    what two mentions of one group share ("the four leaders", "The leaders"). The count
    stays in the key's second part, so "14 percent" and "21 percent" stay apart.

    >>> group_core("the four leaders"), group_core("Democratic lawmakers")
    (('leaders', 'four'), ('democratic lawmakers', ''))
    """
    words = label.lower().split()
    count = ""
    while len(words) > 1 and (words[0] in DETERMINERS or NUMBER.fullmatch(words[0])):
        if NUMBER.fullmatch(words[0]):
            count = words[0]
        words = words[1:]
    return " ".join(words), count


def clean_title(title: str | None) -> str | None:
    """A title as a reader would write it: the office after an "and" that joins it to a
    capitalised word that is no title ("Beijing and Prime Minister"), none when only
    describing words are left ("Republican") or the words own the name ("leader Alexei
    Navalny's").

    >>> clean_title("Beijing and Prime Minister"), clean_title("author and China analyst")
    ('Prime Minister', 'author and China analyst')
    >>> clean_title("Republican"), clean_title("leader Alexei Navalny's")
    (None, None)
    """
    if not title:
        return None
    words = title.split()
    if "and" in words:
        k = len(words) - 1 - words[::-1].index("and")
        if any(w[:1].isupper() and w.lower() not in active().words["titles"] for w in words[:k]):
            words = words[k + 1 :]
    if not words or words[-1].endswith(("'s", "s'", "\u2019s")):
        return None
    if all(w.lower() in active().words["describing_words"] for w in words):
        return None
    return " ".join(words)


def may_be_person(subject: Mention) -> bool:
    """Whether "he" / "she" may stand for ``subject``: a name, or a role whose noun the
    tables know as a person's or that ends like an agent noun.

    A role read loosely ("The move, Carr explained, was ... an investment he concludes")
    is any noun with a determiner; a pronoun never stands for a thing.
    """
    if subject.head == "name":
        return True
    if subject.head != "role":
        return False
    noun = subject.noun or ""
    tables = active().words
    known = noun in tables["role_nouns"] or noun in tables["titles"]
    return known or noun.endswith(AGENT_NOUN_ENDINGS)
