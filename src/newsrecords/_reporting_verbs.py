"""Reporting cues for indirect speech: verbs of saying, reporting, believing, announcing,
supporting and opposing that introduce reported content without quotation marks.

Compiled by hand from general English reporting-verb lists (verbs of communication,
cognition and stance as grammars of English group them) and newswire attribution style
(AP and Reuters: "said", "according to", "has learned", "called for"), with the cue-word
frequencies of the PolNeAR training split used only to rank which verbs to include (no
text was copied). Every inflection is written out, so matching is one alternation; each
cue also matches capitalised, opening a sentence or in a title-case headline ("Asked
about ...", "Trump Says ..."). Verbs
that mostly open an ordinary action ("continued", "speaking", "raised") are left out.
Extend with :func:`register_reporting_verbs`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._word_tables import clean_entries, word_pattern

__all__ = [
    "CLAUSE_OPENERS",
    "HEADLINE_SOURCE",
    "NOUN_CUES",
    "NOUN_LIKE",
    "OBJECT_ADJUNCTS",
    "TELL_VERBS",
    "is_headline_kicker",
    "is_speech_verb",
    "register_headline_kickers",
    "register_reporting_verbs",
    "reporting_cue_pattern",
    "takes_clause",
]


def _words(text: str) -> set[str]:
    return set(text.split())


# Verbs of saying and writing: their content may also come before them ("X, she said").
_SAYING: set[str] = _words(
    """
    said says say saying told tells tell telling added adds adding noted notes noting wrote
    writes writing warned warns warning argued argues arguing argue claimed claims claiming
    claim insisted insists insisting insist stressed stresses stressing explained explains
    explaining asked asks asking replied replies replying responded responds acknowledged
    acknowledges acknowledging acknowledge admitted admits admitting announced announces
    announcing declared declares declaring stated stating suggested suggests
    suggesting suggest recalled recalls recalling reiterated reiterates reiterating tweeted
    tweets tweeting posted lamented laments lamenting complained complains complaining
    conceded concedes conceding predicted predicts predicting predict estimated estimates
    cautioned cautions cautioning urged urges urging urge vowed vows vowing pledged pledges
    pledging promised promises promising promise assured assures assuring confirmed confirms
    confirming denied denies denying deny reported reports reporting observed observes
    emphasized emphasizes emphasizing emphasised emphasises underlined underscored indicated
    indicates indicating opined joked quipped mused asserted asserts asserting contended
    contends contending countered counters maintained maintains wondered told explain
    declare mentioned mentions mentioning mention revealed reveals alleged alleges alleging
    conclude concluded concludes hinted hints implied implies signaled signalled signals
    disclosed discloses testified testifies recounted recounts boasted boasts bragged
    """
)

# Verbs of belief, stance, support and evaluation: content follows them.
_STANCE: set[str] = _words(
    """
    believes believe believed thinks think thought knows know knew feels feel felt
    expects expected expect expecting hopes hoped hope hoping fears feared fear worried
    worries doubt doubts doubted considers considered consider considering sees see views
    viewed deemed wants wanted want wish wishes wished prefers preferred favors favored
    favours favoured supports supported support supporting backs backed endorses
    endorsed endorse endorsing opposes opposed oppose opposing rejects rejected reject
    rejecting criticized criticised criticizes criticizing criticising criticize praised
    praises praising lauded hailed touted defended defends defending defend blasted blasts
    slammed slams scolded mocked mocks decried denounced denounces denouncing dismissed
    dismisses dismiss accused accuses accusing accuse blamed blames blaming blame condemned
    condemns condemning condemn attacked attacking questioned questioning
    challenged disputed disputes described describes describing portrayed
    portrays branded labeled labelled dubbed called calls calling call cited cites citing
    agreed agrees agree refused refuses declined declines proposed proposes proposing
    offered offers offering demanded demands demanding requested requests recommended
    recommends welcomed welcomes threatened threatens sought seeks seeking seek plans
    planned plan decided decides vowed recognized recognizes recognize acknowledged
    shows showed shown show showing found finds find seemed seems appears appeared appear
    learned discussed discusses discussing ordered highlighted highlights pointed
    referred refers referring echoed echoes likened compared compares insisted expressed
    expresses expressing remembers remembered remember discuss
    favor favour focused focuses respond responding ask talking talks talk pointing
    worry concerned advocate advocates advocated pushed pushing push convinced railed rails
    assailed assails praise embraced embraces embrace thanked thanking applauded celebrated
    championed touting touts invoked invokes repeated repeats describe announce identify
    identified reveal warn indicate express named nominated blasting assailing lambasted
    ridiculed ridicules dismissing rejecting supports urged demand questioning insisting
    understand understands understood wonder wonders wondering argue assert worried
    determined forecast projected estimate prefer predicting complain wrote
    backing charged charges pressed presses pressing encouraged encourages encouraging
    appealed appeals addressed addresses addressing reportedly
    believing fearing threatening threaten threatens recognizing repeating repeat note
    question criticize criticizes
    """
)

# Verbs of saying whose content is as often an object as a clause ("announced his
# resignation", "urged calm", "posted a video"): like most stance cues, they take the
# object noun phrase.
_SAYING_OBJECTS: frozenset[str] = frozenset(
    _words(
        """
        announced announces announcing asked asking asks complained complaining
        complains confirmed confirming confirms denied denies deny denying disclosed
        discloses lamented lamenting laments mention mentioned mentioning mentions
        pledged pledges pledging posted promise promised promises promising recalled
        recalling recalls recounted recounts reiterated reiterates reiterating
        reporting revealed reveals signaled signalled signals tweeted tweeting
        tweets urge urged urges urging vowed vowing vows
        """
    )
)

# Verbs of thinking, finding and seeming among the stance cues: their content is a clause
# ("believes he will win", "the poll shows Clinton ahead"), as after verbs of saying.
_THINKING: frozenset[str] = frozenset(
    _words(
        """
        agree agreed agrees appear appeared appears assert believe believed believes
        doubt doubted doubts estimate expect expected expecting expects fear feared
        fears feel feels felt find finds forecast found hope hoped hopes hoping knew
        know knows learned projected recognize recognized recognizes seemed seems
        show showed showing shown shows think thinks thought understand understands
        understood wish wished wishes wonder wondering wonders worried worries worry
        """
    )
)

# Words that open a clause or a time phrase after reported content: an object ("endorsed
# Trump last week") and an infinitive's phrase ("vowed to work with both parties after
# the vote") both end before them.
CLAUSE_OPENERS: frozenset[str] = frozenset(
    _words(
        """
        after before since when while as because despite but so even though
        last this next yesterday today tonight earlier later
        Monday Tuesday Wednesday Thursday Friday Saturday Sunday
        """
    )
)

# Words that open a place, manner or time adjunct after an object ("discussed my sentence
# on Fox", "said so again"); an infinitive's phrase keeps them ("to work with").
OBJECT_ADJUNCTS: frozenset[str] = frozenset(
    _words(
        """
        on in at during by with without over through amid until ahead across throughout
        than again now then
        """
    )
)

# Multi-word cues, matched as phrases ("according to" puts the speaker after the cue).
_PHRASES: set[str] = set(
    """
    according to
    as reported by
    pointed out
    points out
    made clear
    has learned
    have learned
    called for
    calls for
    calling for
    call for
    warned of
    warned about
    asked about
    talked about
    spoke about
    worried about
    complained about
    pushed for
    push for
    argued for
    pointed to
    points to
    referring to
    talked about
    talking about
    spoke of
    spoke out against
    came out against
    came out in favor of
    came out in support of
    threw his support behind
    threw her support behind
    took aim at
    lashed out at
    weighed in on
    focused on
    voted for
    voted against
    laid out
    lays out
    put it
    puts it
    took a shot at
    took shots at
    took a swipe at
    took swipes at
    made the case
    spoke out
    made it clear
    makes it clear
    make it clear
    makes clear
    point to
    pointing to
    went after
    goes after
    go after
    """.strip().splitlines()
)

# Verbs whose object (the person told) comes before the reported content.
TELL_VERBS: frozenset[str] = frozenset(
    _words(
        """
        told tells telling tell assured assures assuring warned warns urged urges urging
        reminded reminds informed informs asked asks asking ask
        """
    )
)

# Cue words that are as often nouns ("his support", "the plan"): these need a speaker
# phrase next to them before they count.
NOUN_LIKE: frozenset[str] = frozenset(
    _words(
        """
        support supports plan plans call calls views hope hopes find claims claim attacks
        demands requests offers reports fear fears doubts doubt promise promises views
        wish plan estimates comments notes warning note question questions repeat
        charges
        """
    )
)

# Noun phrases that report a stance ("her support for", "criticism of", "claims that"):
# their holder is often a possessive the speaker tables do not read, so they count
# without a speaker; the reported content follows them.
NOUN_CUES: frozenset[str] = frozenset(
    " ".join(phrase.split())
    for phrase in re.split(
        r"\s*\|\s*",
        """
    criticism of | support for | concerns about | concern about | opposition to |
    questions about | endorsement of | praise for | demands for | complaints about |
    warnings about | calls for | claim that | claims that | belief that | fears that |
    fear that | hopes that | view that | argument that | assertion that | suggestion that |
    allegations that | accusations that | reports that | insistence that | warning that |
    promise to | pledge to | vow to | decision to | plans to | plan to | attacks on |
    comments about | remarks about | in support of | promises to | hopes of | in hopes of |
    accusations of | allegations of
    """.strip(),
    )
)

# Labels that open a headline before a colon without naming a source ("The Latest: ...",
# "Breaking: ...", "Analysis: ..."): newsroom kickers and section names, compiled by hand
# from general news-site style; lower case. Extend with :func:`register_headline_kickers`.
_HEADLINE_KICKERS: set[str] = set(
    re.split(
        r"\s*\|\s*",
        """
    the latest | latest | breaking | breaking news | just in | exclusive | update | updated
    | live | live updates | watch | video | photos | audio | analysis | opinion | editorial
    | commentary | column | review | explainer | fact check | q&a | interview | wow | boom
    | busted | revealed | look | bombshell | byline | paid notice | correction | letters
    | obituary | read | listen | must see | flashback | editor's note | first read
    """.strip(),
    )
)

# A headline that opens "SOURCE: CLAIM" ("Issa: Clinton's honesty is in question", "Poll:
# Sanders leads"): one to four capitalised words at the start of a line, then a colon.
# Kept out of the cue pattern, which scans whole articles: as one more alternative there it
# made every scan about a third slower, and only headlines read it.
HEADLINE_SOURCE = re.compile(
    r"""
    [A-Z](?<![^\n][A-Z])             # a capital at the start of the text or of a line
    [\w.'&-]*(?:\x20[A-Z][\w.'&-]*){0,3}  # opening up to four capitalised words
    :(?=\x20)                        # and a colon before the claim
    """,
    re.VERBOSE,
)

_pattern: re.Pattern[str] | None = None


def _capitalised(words: Iterable[str]) -> set[str]:
    """Each cue as written, opening a sentence and in a title-case headline: "Asked about
    the wall, ...", "Trump Says Clinton Is Unfit", "Senator Calls For Inquiry".

    >>> sorted(_capitalised(["says", "calls for"]))
    ['Calls For', 'Calls for', 'Says', 'calls for', 'says']
    """
    out: set[str] = set()
    for word in words:
        out.add(word)
        out.add(word[:1].upper() + word[1:])
        out.add(" ".join(part[:1].upper() + part[1:] for part in word.split()))
    return out


def _build() -> re.Pattern[str]:
    words = _SAYING | _STANCE | TELL_VERBS | NOUN_CUES | {p.strip() for p in _PHRASES if p.strip()}
    return word_pattern(_capitalised(words))


def reporting_cue_pattern() -> re.Pattern[str]:
    """The compiled indirect-speech cue matcher (rebuilt after registering words).

    >>> [m[0] for m in reporting_cue_pattern().finditer("Poll: Sanders leads, Cruz says")]
    ['says']
    """
    global _pattern
    if _pattern is None:
        _pattern = _build()
    return _pattern


def is_speech_verb(word: str) -> bool:
    """True for a verb of saying, whose content may come before it ("X, she said").

    >>> is_speech_verb("said"), is_speech_verb("supports")
    (True, False)
    """
    return word in _SAYING


def takes_clause(word: str) -> bool:
    """True for a cue whose content is a clause, read to the clause's end, rather than
    the object noun phrase most cues take: a verb of saying (but not one of
    :data:`_SAYING_OBJECTS`) or of thinking.

    >>> takes_clause("said"), takes_clause("believes"), takes_clause("endorsed")
    (True, True, False)
    """
    return word in _THINKING or (word in _SAYING and word not in _SAYING_OBJECTS)


def register_reporting_verbs(words: Iterable[str], *, saying: bool = False) -> None:
    """Add indirect-speech cues: verbs (every inflection you want matched) or phrases.

    ``saying=True`` marks verbs of saying, whose content may also precede them ("...,
    the memo asserted") and is a whole clause; other verbs take an object ("backed the
    plan"), read up to the first time or place phrase. A non-``str`` or blank entry raises
    :class:`~newsrecords.exceptions.RuleError`.

    >>> register_reporting_verbs(["harrumphed", "went on to say"], saying=True)
    >>> bool(reporting_cue_pattern().search("she harrumphed the plan was late"))
    True
    """
    global _pattern
    for word in clean_entries(words, "reporting verbs"):
        if " " in word:
            _PHRASES.add(word)
        else:
            (_SAYING if saying else _STANCE).add(word.lower())
    _pattern = None


def is_headline_kicker(label: str) -> bool:
    """True for a newsroom label that opens a headline before a colon without naming a
    source ("The Latest: ...", "Analysis: ...").

    >>> is_headline_kicker("The  Latest"), is_headline_kicker("Poll")
    (True, False)
    """
    return " ".join(label.split()).lower() in _HEADLINE_KICKERS


def register_headline_kickers(labels: Iterable[str]) -> None:
    """Add headline labels that name no source before their colon ("Morning Briefing").
    A non-``str`` or blank entry raises :class:`~newsrecords.exceptions.RuleError`.

    >>> register_headline_kickers(["Morning Briefing"])
    >>> is_headline_kicker("morning briefing")
    True
    """
    _HEADLINE_KICKERS.update(label.lower() for label in clean_entries(labels, "headline kickers"))
