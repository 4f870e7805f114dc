"""The gender a speaker mention or a name states, for matching "he" / "she" and "Mr." /
"Mrs." to the right person.

A mention states it by its pronoun, honorific or a gendered noun ("spokeswoman"); a full
name by its given name, looked up in the hand tables of :mod:`..lexicon.speaker_words` (users
extend them) and then in the given-name lists of :mod:`..lexicon.given_names`.
"""

from __future__ import annotations

from ..lexicon.compiled import active
from .names import gender_of_given
from .phrase_reader import Mention

__all__ = ["PRONOUN_GENDER", "gender_of", "gender_of_name", "honorific_gender"]

PRONOUN_GENDER = {"he": "m", "she": "f"}


def gender_of(mention: Mention) -> str | None:
    """Gender a mention states: the pronoun itself, "Mr"/"Ms", "spokeswoman"...

    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> from newsrecords.models import SpeakerKind
    >>> [gender_of(Mention(Offsets(0, 9), t, None, "role", SpeakerKind.PERSON))
    ...  for t in ("the spokeswoman", "the chairman", "the aide", "His wife")]
    ['f', 'm', None, 'f']

    The pronoun's resolution is recorded too, so a later "she" prefers the person a
    previous "she" was read as.
    """
    if mention.head == "pronoun":
        return PRONOUN_GENDER.get(mention.noun or "")
    words = active().words
    for cased in mention.text.replace(".", " ").split():
        word = cased.lower()
        # a gendered noun counts written in lower case: "his wife", not "Billie Jean King"
        noun = word.strip(",;:'’") if cased.islower() else ""
        # (the female endings first: "spokeswoman" also ends in "man")
        if (
            _GENDERED_WORDS.get(word) == "f"
            or noun in words["female_nouns"]
            or word.endswith(("woman", "women"))
        ):
            return "f"
        if (
            _GENDERED_WORDS.get(word) == "m"
            or noun in words["male_nouns"]
            or (word.endswith(("man", "men")) and word != "human")
        ):
            return "m"
    return None


def honorific_gender(mention: Mention) -> str | None:
    """Gender an honorific of a name mention states ("Mr. Lazar" -> "m"); a surname's own
    ending says nothing ("Sherman", "McCrummen").

    >>> import attrs
    >>> from newsrecords.speakers.phrase_reader import Offsets
    >>> from newsrecords.models import SpeakerKind
    >>> m = Mention(Offsets(0, 10), "Mrs. Lazar", "Lazar", "name", SpeakerKind.PERSON)
    >>> honorific_gender(m), honorific_gender(attrs.evolve(m, text="Sherman"))
    ('f', None)
    """
    for word in mention.text.lower().replace(".", " ").split():
        if word in _HONORIFIC_GENDER:
            return _HONORIFIC_GENDER[word]
    return None


_HONORIFIC_GENDER = {"mr": "m", "sir": "m", "ms": "f", "mrs": "f", "miss": "f", "madam": "f"}
_GENDERED_WORDS = {**_HONORIFIC_GENDER, "dame": "f"}  # "Dame" genders a mention, not a name


def gender_of_name(name: str) -> str | None:
    """Gender from a full name's given name ("Jen Psaki" -> "f"), when the tables know it:
    the hand tables first (users extend them), then the census-style lists.

    >>> gender_of_name("Jen Psaki"), gender_of_name("Gabriela Ortiz"), gender_of_name("Psaki")
    ('f', 'f', None)
    """
    words = name.split()
    return gender_of_given(words[0]) if len(words) > 1 else None
