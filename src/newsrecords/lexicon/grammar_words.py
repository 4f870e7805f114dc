"""Closed grammatical word classes of English that clause and subject rules read: the
finite auxiliaries, prepositions, subordinating conjunctions, common irregular past
forms, and two classes of participle. Each table says where its words came from. These
are grammar, not vocabulary a user extends, so they are module constants, not
:class:`~newsrecords.lexicon.Lexicon` tables.
"""

from __future__ import annotations

from .tables import word_set

__all__ = [
    "AUXILIARIES",
    "BE_FORMS",
    "IRREGULAR_PASTS",
    "MODIFIER_ADJECTIVES",
    "MODIFIER_PREPOSITIONS",
    "PREPOSITIONS",
    "RAISING_PARTICIPLES",
    "STATE_PARTICIPLES",
    "SUBORDINATORS",
]

# Participles that after a form of "be" name the subject's own state of mind ("are
# concerned that", "is convinced"), so the subject holds the view reported: English
# adjectival participles of feeling and resolve, as they open reports in newswire.
STATE_PARTICIPLES = frozenset(
    word_set(
        """
        concerned worried convinced determined focused assured opposed committed
        pleased disappointed frustrated surprised encouraged dedicated inclined
        prepared resolved satisfied troubled alarmed divided split torn interested
        """
    )
)

# Participles of report that, bare after a noun and before "to be" / "to have", are a
# reduced passive ("32 people alleged to have meddled", "a man believed to be the leader"):
# the noun is whom the report is about, not who reports. English verbs of the raising
# passive ("X is said to be ..."), as they read in newswire; "claimed" and "expected" are
# left out, since "aides claimed to have ..." is active.
RAISING_PARTICIPLES = frozenset(
    word_set(
        """
        alleged said believed reported thought rumored rumoured known understood reputed
        suspected presumed considered
        """
    )
)

# The forms of "be" (a passive is one of them and a participle: "was asked", "being told").
BE_FORMS = frozenset(word_set("be is are was were been being"))
# The finite auxiliaries (forms of be, have and do, and the modals). A speaker phrase holds
# none; after a noun phrase one shows a finite verb, so clause rules read by them too.
AUXILIARIES = frozenset(
    word_set("is was were are has have had will would could can may might should must does did")
)
PREPOSITIONS = frozenset(
    word_set(
        """
        in on at to from of with into through across over under by for about after before
        during around behind near outside inside
        """
    )
)
# The prepositions that open a modifier after a noun of people ("leaders of the union",
# "officials at the port", "a spokesman for the campaign"), and the adjectives that take
# a preposition inside one ("a source familiar with", "aides close to"): from English
# grammar's noun post-modifiers, the ones news subjects use. "to" opens a modifier only
# after such an adjective (otherwise it is an infinitive).
MODIFIER_PREPOSITIONS = frozenset(word_set("of at for from in with on to"))
MODIFIER_ADJECTIVES = frozenset(word_set("familiar close loyal sympathetic opposed critical"))
# Common irregular past forms of English verbs (the regular ones end in "-ed"): after a
# noun phrase one shows a finite verb, so subject readers take them as its verb. From the
# standard list of English irregular verbs, the ones frequent in newswire.
IRREGULAR_PASTS = frozenset(
    word_set(
        """
        took made gave went came told said got put set ran saw wrote spoke left kept held
        brought thought found sent won lost met paid became began chose drew fell felt
        fought heard knew led let read sought stood struck swore threw wore sang
        """
    )
)
# The subordinating conjunctions: each opens a clause that depends on another ("until
# Haley said", "if she wins, she will", "Although Weiner admitted ..., he claimed"). From
# English grammar's list of one-word subordinating conjunctions, less "that" (it opens
# reported content itself) and "than" (a comparison). "Even" before one ("even though",
# "even as") is read by the users. Clause rules build their word lists from this one.
SUBORDINATORS = frozenset(
    word_set(
        """
        after although as because before if lest once since though till unless until when
        whenever where whereas wherever whether while whilst
        """
    )
)
