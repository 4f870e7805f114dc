"""Word tables for policy actions: triggers, actors, units, modality cues and event codes.

Where the data comes from:

* Trigger words, phrases and the context each needs were compiled by hand from the five
  seed pages (Biden-Putin call, Russia sanctions, Quad summit, Navalny coverage) and from
  general newswire style for the kinds issue 4 asks for.
* CAMEO codes follow the CAMEO 1.1b3 codebook (Gerner, Schrodt, Yilmaz et al., 2012):
  041 "Discuss by telephone", 163 "Impose embargo, boycott, or sanctions", 161 "Reduce or
  break diplomatic relations", 1724 "Impose state of emergency or martial law", 057 "Sign
  formal agreement", 036 "Express intent to meet or negotiate", 111 "Criticize or
  denounce", 114 "Complain officially", 033/0333 "Express intent to provide (humanitarian)
  aid", 154 "Mobilize or increase armed forces", 087 "De-escalate military engagement",
  090 "Investigate", 085 "Ease economic sanctions, boycott, embargo", 1312 "Threaten to
  boycott, embargo, or sanction".
* PLOVER event types and modes follow the PLOVER 2021 ontology as given by its
  CAMEO-to-PLOVER table (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt, 17 September 2021):
  e.g. 041 -> CONSULT/phone, 163 -> COERCE/restrict, 161 -> SANCTION/withdraw.
  An executive order has no CAMEO or PLOVER code; its codes are ``None``.

Users extend the triggers and actors with :class:`~newsrecords.actions.extract.ActionExtractor`
(``extra_triggers=``, ``extra_actors=``); the defaults below are never mutated.
"""

from __future__ import annotations

import attrs

from ..models import ActionKind

K = ActionKind


@attrs.frozen(slots=True)
class Sense:
    """One reading of a trigger: the action kind and phase it names, and what it needs.

    ``needs`` is a regex, matched against lower-cased text, that must match within
    ``window`` characters of the trigger (inside its sentence); ``needs_target`` drops
    the action when no target is found; ``adjacent_target`` demands that the target
    follow the trigger directly ("called Putin", not "called on Russia"); ``needs_count``
    drops it when no count is found ("deliver 1 billion doses").
    """

    kind: ActionKind
    verb: str
    needs: str | None = None
    window: int = 80
    needs_target: bool = False
    adjacent_target: bool = False
    needs_count: bool = False


@attrs.frozen(slots=True)
class TriggerRule:
    """A trigger pattern and its readings, tried in order.

    ``pattern`` is matched against lower-cased text and may not use capture groups. Every
    top-level alternative must start with at least two literal lower-case letters (words
    may be joined by ``\\s+``): the extractor builds a fast prefilter from those leads.
    """

    pattern: str
    senses: tuple[Sense, ...]


_TREATY_WORDS = r"\b(?:treaty|start|accord|agreement|pact|deal|open\s+skies)\b"
_TROOP_WORDS = r"\b(?:troops|soldiers|forces|service\s+members|warships|brigades?|battalions?)\b"
_DIPLOMAT_WORDS = r"\b(?:diplomat\w*|legation|embassy|envoys?|consul\w*|attach\w*|spies)\b"
MONEY_WORDS = r"\b(?:debt|bonds?|banks?|financial\s+institutions|securities|ruble|investors?)\b"
_AID_WORDS = r"(?:\b(?:doses|vaccines?|aid|assistance|billion|million)\b|\$)"

# The sanction noun only names an action when a governing verb sits just before it
# ("imposed a harsh battery of sanctions") or just after ("sanctions, announced by").
SANCTION_NOUN = r"sanctions"
SANCTION_GOVERNORS: tuple[tuple[str, str], ...] = (
    (r"(?:impos\w*|issu\w*|announc\w*|slapp?\w*|levie?\w*|placed?|unveil\w*)", "impose"),
    (r"(?:widen\w*|expand\w*|tighten\w*|broaden\w*|new\s+round)", "widen"),
    (r"(?:lift\w*|eas(?:e|ed|es|ing)|remov\w*|roll\w*\s+back|waiv\w*)", "lift"),
    (r"(?:threat\w*|consider\w*|warn\w*\s+of|weigh\w*)", "threaten"),
)

TRIGGERS: tuple[TriggerRule, ...] = (
    TriggerRule(SANCTION_NOUN, (Sense(K.SANCTION, "impose"),)),
    TriggerRule(r"sanction(?:ed|ing)?", (Sense(K.SANCTION, "impose"),)),
    TriggerRule(
        r"take\s+further\s+actions?|taking\s+further\s+actions?|took\s+further\s+actions?",
        (Sense(K.SANCTION, "threaten"),),
    ),
    TriggerRule(
        r"similar\s+measures\s+(?:have|has|were|was)\s+(?:been\s+)?(?:taken|imposed)"
        r"|measures\s+(?:have|has|were|was)\s+(?:been\s+)?(?:taken|imposed)",
        (Sense(K.SANCTION, "impose"),),
    ),
    TriggerRule(
        r"expel(?:s|led|ling)?|expulsions?",
        (Sense(K.EXPULSION, "expel", needs=_DIPLOMAT_WORDS, window=90),),
    ),
    TriggerRule(r"executive\s+orders?", (Sense(K.EXECUTIVE_ORDER, "issue"),)),
    TriggerRule(
        r"declar\w*\s+(?:a\s+)?national\s+emergency|proclaim\w*\s+(?:a\s+)?national\s+emergency",
        (Sense(K.NATIONAL_EMERGENCY, "declare"),),
    ),
    TriggerRule(
        r"extend(?:s|ed|ing)?|extension|extent|renew(?:s|ed|ing|al)?",
        (Sense(K.TREATY, "extend", needs=_TREATY_WORDS, needs_target=True),),
    ),
    TriggerRule(
        r"sign(?:s|ed|ing)?",
        (Sense(K.TREATY, "sign", needs=_TREATY_WORDS, window=50, needs_target=True),),
    ),
    TriggerRule(
        r"rejoin(?:s|ed|ing)?",
        (Sense(K.TREATY, "join", needs=_TREATY_WORDS, needs_target=True),),
    ),
    TriggerRule(
        r"withdr(?:aw|ew|awn|awing|aws|awal)|pull(?:s|ed|ing)?\s+(?:\w+\s+){0,2}?out",
        (
            Sense(K.TREATY, "withdraw", needs=_TREATY_WORDS, window=60, needs_target=True),
            Sense(K.TROOP_WITHDRAWAL, "withdraw", needs=_TROOP_WORDS, window=60),
        ),
    ),
    TriggerRule(
        r"remov(?:e|ed|es|ing|al)|bring\w*\s+home",
        (Sense(K.TROOP_WITHDRAWAL, "withdraw", needs=_TROOP_WORDS, window=50),),
    ),
    TriggerRule(
        r"deploy(?:s|ed|ing|ment)?|station(?:s|ed|ing)",
        (Sense(K.TROOP_DEPLOYMENT, "deploy", needs=_TROOP_WORDS, window=50),),
    ),
    TriggerRule(
        r"prohibit(?:s|ed|ing)?|ban(?:s|ned|ning)?|restrictions?|bar(?:s|red|ring)?",
        (Sense(K.FINANCIAL_RESTRICTION, "impose", needs=MONEY_WORDS, window=120),),
    ),
    TriggerRule(
        r"summon(?:s|ed|ing)?",
        (Sense(K.SUMMONS, "summon", needs=r"\b(?:ambassador|envoy|charge)\b", window=50),),
    ),
    TriggerRule(r"phone\s+call|telephone\s+call", (Sense(K.CALL, "call", needs_target=True),)),
    TriggerRule(
        r"call\s+with|phoned|telephoned|on\s+the\s+phone\s+with",
        (Sense(K.CALL, "call", needs_target=True, adjacent_target=True),),
    ),
    TriggerRule(r"called", (Sense(K.CALL, "call", needs_target=True, adjacent_target=True),)),
    TriggerRule(
        r"spoke\s+(?:today\s+|by\s+phone\s+)?(?:with|to)"
        r"|speak(?:s|ing)?\s+(?:today\s+|by\s+phone\s+)?(?:with|to)"
        r"|talk(?:s|ed)?\s+(?:by\s+phone\s+)?with",
        (Sense(K.CALL, "call", needs_target=True, adjacent_target=True),),
    ),
    TriggerRule(
        r"meet(?:s|ing)?(?:\s+with)?|met(?:\s+with)?|visit(?:s|ed|ing)?",
        (Sense(K.MEETING, "meet", needs_target=True, adjacent_target=True),),
    ),
    TriggerRule(
        r"took\s+part\s+in\s+(?:[\w'-]+\s+){0,4}?summit"
        r"|attend(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,4}?summit"
        r"|host(?:s|ed|ing)?\s+(?:[\w'-]+\s+){0,4}?summit",
        (Sense(K.MEETING, "attend"),),
    ),
    TriggerRule(
        r"propos(?:e|ed|es|ing)|invit(?:e|ed|es|ing)",
        (
            Sense(
                K.SUMMIT_PROPOSAL,
                "propose",
                needs=r"\b(?:summit|meet|meeting|talks)\b",
                window=80,
                needs_target=True,
            ),
        ),
    ),
    TriggerRule(
        r"condemn(?:s|ed|ing|ation)?|denounc(?:e|ed|es|ing)",
        (Sense(K.CONDEMNATION, "condemn", needs_target=True, adjacent_target=True),),
    ),
    TriggerRule(
        r"deliver(?:s|ed|ing|y)?|donat(?:e|ed|es|ing)|pledg(?:e|ed|es|ing)|releas(?:e|ed|es|ing)"
        r"|provid(?:e|ed|es|ing)|send(?:s|ing)?|sent",
        (
            Sense(K.TROOP_DEPLOYMENT, "deploy", needs=_TROOP_WORDS, window=40),
            Sense(K.AID_PLEDGE, "pledge", needs=_AID_WORDS, window=80, needs_count=True),
        ),
    ),
    TriggerRule(
        r"order(?:ed|s|ing)?|direct(?:ed|s|ing)?|task(?:ed|s)?",
        (
            Sense(
                K.REVIEW_ORDERED,
                "order",
                needs=r"\bto\s+(?:review|investigate|assess|examine)\b|\ba\s+review\b",
                window=90,
                needs_target=True,
            ),
        ),
    ),
)

# Actor and target names: (case-sensitive regex, canonical name). Each match must start
# with a capital letter or a digit (the matcher skips other positions quickly). Longer
# forms come first, because the combined alternation takes the first alternative that
# matches.
_US = r"(?:US|U\.S\.|United\s+States)"
ACTORS: tuple[tuple[str, str], ...] = (
    (rf"Government\s+of\s+(?:{_US}\s+)?President\s+Joe\s+Biden", "Biden administration"),
    (r"Biden\s+(?:[Aa]dministration|Executive|[Gg]overnment)", "Biden administration"),
    (r"Trump\s+[Aa]dministration", "Trump administration"),
    (r"Obama\s+[Aa]dministration", "Obama administration"),
    (
        rf"(?:{_US}\s+)?Treasury(?:\s+Department)?|Department\s+of\s+the\s+Treasury",
        "Treasury Department",
    ),
    (rf"(?:{_US}\s+)?State\s+Department|Department\s+of\s+State", "State Department"),
    (rf"{_US}\s+intelligence\s+community", "U.S. intelligence community"),
    (r"White\s+House", "White House"),
    (r"Pentagon", "Pentagon"),
    (r"Kremlin", "Kremlin"),
    (r"Russian\s+Foreign\s+Ministry", "Russian Foreign Ministry"),
    (
        rf"(?:{_US}\s+)?(?:President\s+)?(?:Joe\s+|Joseph\s+R\.\s+)Biden(?:,\s+Jr\.)?"
        r"|(?:President|Mr\.?)\s+Biden|Biden",
        "Joe Biden",
    ),
    (
        r"(?:Russian\s+)?(?:President\s+)?Vladimir\s+Putin|(?:President|Mr\.?)\s+Putin|Putin",
        "Vladimir Putin",
    ),
    (r"(?:former\s+)?(?:President\s+)?(?:Donald\s+)?Trump", "Donald Trump"),
    (r"(?:President\s+)?(?:Barack\s+)?Obama(?!-era)", "Barack Obama"),
    (
        r"(?:UN|U\.N\.|United\s+Nations)\s+Security\s+Council|Security\s+Council",
        "UN Security Council",
    ),
    (r"United\s+Nations|UN|U\.N\.", "United Nations"),
    (r"(?:Secretary\s+of\s+State\s+)?(?:Antony\s+|Tony\s+)?Blinken", "Antony Blinken"),
    (r"(?:Defense\s+Secretary\s+)?Lloyd\s+Austin", "Lloyd Austin"),
    (r"(?:national\s+security\s+advis[eo]r\s+)?Jake\s+Sullivan", "Jake Sullivan"),
    (r"(?:German\s+)?(?:Chancellor\s+)?Angela\s+Merkel", "Angela Merkel"),
    (r"(?:NATO\s+)?(?:Secretary[\s-]General\s+)?Jens\s+Stoltenberg", "Jens Stoltenberg"),
    (r"(?:Prime\s+Minister\s+)?Yoshihide\s+Suga", "Yoshihide Suga"),
    (
        rf"{_US}(?:\s+(?:[Gg]overnment|authorities|[Aa]dministration))?|USA(?!\s+TODAY)"
        r"|America|Washington(?!\s+Post)",
        "United States",
    ),
    (r"Russian\s+[Gg]overnment|Russian\s+Federation|Russia|Moscow", "Russia"),
    (r"Russian\s+president", "Russian president"),
    (r"China|Beijing", "China"),
    (r"European\s+Union(?:\s+\(EU\))?", "European Union"),
    (r"EU", "EU"),
    (r"United\s+Kingdom", "United Kingdom"),
    (r"Britain|UK|U\.K\.", "Britain"),
    (r"Australia", "Australia"),
    (r"Canada", "Canada"),
    (r"Japan", "Japan"),
    (r"South\s+Korea", "South Korea"),
    (r"North\s+Korea", "North Korea"),
    (r"India", "India"),
    (r"Iran", "Iran"),
    (r"Ukraine", "Ukraine"),
    (r"Germany", "Germany"),
    (r"France", "France"),
    (r"NATO", "NATO"),
    (r"Taliban", "Taliban"),
    (r"Afghanistan", "Afghanistan"),
    (r"West(?!\s+[A-Z])", "the West"),
)

# A titled person not in the table above: the canonical name is the ``name`` group.
TITLED_PERSON = (
    r"(?:[A-Z][A-Za-z]+\s+)?(?:President|Prime\s+Minister|Chancellor|Secretary[\s-]General"
    r"|Foreign\s+Minister|King|Premier)\s+(?P<name>(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)"
)

# Treaty names for targets: (case-sensitive regex, canonical name).
TREATIES: tuple[tuple[str, str], ...] = (
    (r"[Nn]ew\s+START|New\s+Start|(?:new\s+)?(?:[\w-]+\s+){0,3}treaty\s+START", "New START"),
    (r"START", "New START"),
    (r"Open\s+Skies(?:\s+Treaty)?", "Open Skies Treaty"),
    (r"Paris\s+(?:climate\s+)?(?:agreement|accord)", "Paris Agreement"),
    (r"(?:20\d\d\s+)?(?:multilateral\s+)?Iran\s+nuclear\s+deal", "Iran nuclear deal"),
    (r"INF\s+[Tt]reaty", "INF Treaty"),
    (r"North\s+Atlantic\s+Treaty|NATO\s+treaty", "North Atlantic Treaty"),
)

# Nationality adjectives stand for their state when a target is only implied.
NATIONALITIES: dict[str, str] = {
    "Russian": "Russia",
    "Chinese": "China",
    "American": "United States",
    "Iranian": "Iran",
    "Ukrainian": "Ukraine",
    "British": "Britain",
    "Japanese": "Japan",
}

# A meeting's target given as a phrase must name foreign officials: "top Chinese officials".
MEETING_PHRASE = r"\b(?:officials|leaders|counterparts|delegation|envoys?|ministers?|diplomats)\b"

# Pronoun and plural subjects that stand for the actors of the previous action.
PRONOUN_SUBJECT = (
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b|\bthe\s+(?:two\s+)?(?:leaders|presidents)\b"
    r"|\b[Bb]oth\s+(?:countries|leaders|sides)\b)"
)

# Joint-action cues: the actors after the cue are partners ("together with the EU").
JOINT_CUE = (
    r"\b(?:together\s+with|in\s+collaboration\s+with|in\s+coordination\s+with|jointly\s+with"
    r"|along\s+with|alongside)\b"
)

# Modality cues, searched in the few words before the trigger (same clause). Checked in
# this order; the first that matches sets the mode.
NEGATION_CUES = (
    r"\b(?:not|never|no\s+longer|refused\s+to|declined\s+to|failed\s+to|yet\s+to)\b|n't\b"
)
REQUEST_CUES = (
    r"\b(?:call(?:s|ed|ing)?\s+(?:on|for)|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?"
    r"|ask(?:s|ed|ing)?|press(?:es|ed|ing)?\s+for|must|should)\b"
)
HYPOTHETICAL_CUES = (
    r"\b(?:if|unless|could|would|might|(?-i:may)|prepared\s+to|ready\s+to|threaten(?:s|ed)?\s+to"
    r"|consider(?:s|ed|ing)?|intentions?\s+to|possible|likely\s+to)\b|'d\b"
)
FUTURE_CUES = (
    r"\b(?:will|shall|(?:is|are|was|were)\s+(?:set|expected|going|due|scheduled)\s+to"
    r"|plans?\s+to|intends?\s+to|to\s+be)\b|'ll\b"
)

# Background: actions that a previous administration took are history, not news.
# Compiled from the 2021 seed pages; extend it for corpora of other periods.
HISTORY_CUES = (
    r"\b(?:former\s+President|Obama-era|Trump-era|previous\s+administration|predecessor"
    r"|under\s+(?:President\s+)?(?:Donald\s+)?Trump|under\s+Obama)\b"
)
# The same names only mark history when they come before the trigger ("Word of Biden's
# call follows a Trump administration where ... imposed sanctions").
HISTORY_BEFORE_CUES = r"\b(?:Trump|Obama|Bush)\s+administration\b"
HISTORICAL_ACTORS: frozenset[str] = frozenset(
    {"Trump administration", "Obama administration", "Donald Trump"}
)

# Noun-phrase reading: a phrase ("six Russian technology companies") ends at these words.
# fmt: off
PHRASE_STOP_WORDS: frozenset[str] = frozenset((
    "and", "or", "of", "that", "which", "who", "whom", "whose", "for", "in", "on", "at",
    "to", "from", "by", "with", "as", "after", "before", "during", "over", "under", "since",
    "than", "into", "including", "include", "includes", "alleged", "associated", "accused",
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "may",
    "might", "said", "says", "because", "while", "but", "so", "if", "when", "where", "its",
    "their", "his", "her", "the", "a", "an", "this", "these", "those", "between", "among",
    "around",
))
MONTH_WORDS: frozenset[str] = frozenset((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.",
    "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
))
DAY_WORDS: frozenset[str] = frozenset((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "date",
    "today",
))
# fmt: on

# Counting: number words and their values, multipliers, and unit aliases.
# fmt: off
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
# fmt: on
MULTIPLIERS: dict[str, int] = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
UNIT_ALIASES: tuple[tuple[str, str], ...] = (
    (
        r"members\s+of\s+(?:its|the|their)\s+(?:[\w-]+\s+)?diplomatic\s+(?:legation|mission|staff"
        r"|corps)",
        "diplomats",
    ),
    (r"diplomats?|envoys", "diplomats"),
)

# CAMEO code, PLOVER event type and PLOVER mode per (kind, verb); ``*`` is any verb.
CODES: dict[tuple[ActionKind, str], tuple[str | None, str | None, str | None]] = {
    (K.SANCTION, "*"): ("163", "COERCE", "restrict"),
    (K.SANCTION, "lift"): ("085", "RETREAT", "ease"),
    (K.SANCTION, "threaten"): ("1312", "THREATEN", "restrict"),
    (K.EXPULSION, "*"): ("161", "SANCTION", "withdraw"),
    (K.EXECUTIVE_ORDER, "*"): (None, None, None),
    (K.NATIONAL_EMERGENCY, "*"): ("1724", "COERCE", "martial-law"),
    (K.TREATY, "*"): ("057", "SUPPORT", None),
    (K.TREATY, "withdraw"): ("160", "SANCTION", None),
    (K.FINANCIAL_RESTRICTION, "*"): ("163", "COERCE", "restrict"),
    (K.SUMMONS, "*"): ("114", "ACCUSE", "disapprove"),
    (K.CALL, "*"): ("041", "CONSULT", "phone"),
    (K.MEETING, "*"): ("040", "CONSULT", None),
    (K.MEETING, "visit"): ("042", "CONSULT", "visit"),
    (K.SUMMIT_PROPOSAL, "*"): ("036", "AGREE", None),
    (K.CONDEMNATION, "*"): ("111", "ACCUSE", "disapprove"),
    (K.AID_PLEDGE, "*"): ("033", "AGREE", None),
    (K.TROOP_DEPLOYMENT, "*"): ("154", "MOBILIZE", "troops"),
    (K.TROOP_WITHDRAWAL, "*"): ("087", "RETREAT", "disarm"),
    (K.REVIEW_ORDERED, "*"): ("090", "ACCUSE", "investigate"),
}


def codes_for(kind: ActionKind, verb: str | None) -> tuple[str | None, str | None, str | None]:
    """The (CAMEO, PLOVER type, PLOVER mode) of an action kind and phase.

    >>> codes_for(ActionKind.CALL, "call")
    ('041', 'CONSULT', 'phone')
    >>> codes_for(ActionKind.SANCTION, "lift")
    ('085', 'RETREAT', 'ease')
    """
    return CODES.get((kind, verb or "*")) or CODES.get((kind, "*")) or (None, None, None)


# Which side an actor belongs to: a target is never on the actor's own side.
ACTOR_HOME: dict[str, str] = {
    "Biden administration": "United States",
    "Trump administration": "United States",
    "Obama administration": "United States",
    "Treasury Department": "United States",
    "State Department": "United States",
    "U.S. intelligence community": "United States",
    "White House": "United States",
    "Pentagon": "United States",
    "Joe Biden": "United States",
    "Donald Trump": "United States",
    "Antony Blinken": "United States",
    "Lloyd Austin": "United States",
    "Jake Sullivan": "United States",
    "Kremlin": "Russia",
    "Vladimir Putin": "Russia",
    "Russian president": "Russia",
    "Russian Foreign Ministry": "Russia",
}
