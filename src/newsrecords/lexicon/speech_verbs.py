"""The one table of reporting cues: every verb and phrase of saying, believing, supporting
and opposing, each listed once with the uses it has.

A cue may attribute a quotation ('"...," she said'), introduce indirect speech with no
quotation marks ("Psaki said Biden called"), or both; :class:`Use` flags say which, and how
the indirect reader takes its content. The quote cues (:mod:`.cue_words`) and the
indirect-speech cues (:mod:`.reporting_verbs`) are both built from this table, so a verb
added for one use is seen by the other's predicates too.

Compiled by hand from the five seed pages, general English reporting-verb lists (verbs of
communication, cognition and stance as grammars of English group them) and newswire
attribution style (AP and Reuters: "said", "according to", "has learned", "called for"),
whole verb families of Levin's *English Verb Classes and Alternations* (1993: judgment,
say, conjecture and request verbs, the members the other rows lacked), adjectives of
stance with their complements as English grammars list them (Quirk et al. 1985),
with the cue-word frequencies of the PolNeAR training split used only to rank which verbs
to include (no text was copied). Every inflection is written out, so matching stays one
alternation; inflections of one verb may carry different uses ("wondered" reports a clause
on its own, "wonder" only as stance). Which quote cues also report indirect speech was
decided on PolNeAR's dev and train splits (indirect precision and recall, group by group of
meaning): verbs of answering, remarking, exclaiming, joking and the missing forms of known
verbs of saying were kept. Two kinds of entry are composed from the rows rather than
listed: "NOUN that" for the nouns of speech and of the noun cues, and the -ing form of a
regular verb of communication listed only in other forms. Verbs that mostly open an
ordinary action ("continued", "speaking", "read", "maintain a lead"), a shout or a song
("yelled", "sang"), forms that are as often nouns ("states", "stress", "ridicule"), mockery
read as a clause ("mocked") and retorts written as phrases ("shot back", "cut in") cue a
quotation only: without quotation marks their object or the phrase after them is rarely
reported speech. Extend a :class:`~newsrecords.lexicon.Lexicon` (``cue_words=``,
``indirect_cue_words=``, ``reporting_verbs=``, ``saying_verbs=``) to add cues for one
parser.
"""

from __future__ import annotations

import enum

from .speaker_words import SPEECH_NOUNS

__all__ = ["DEFAULT_USES", "Use"]


class Use(enum.Flag):
    """What a cue does; an entry carries one or more of these flags."""

    QUOTE = enum.auto()  # attributes a quotation: '"...," she said', "said X: ..."
    INDIRECT = enum.auto()  # introduces reported content with no quotation marks
    SAYING = enum.auto()  # indirect: content may also precede it ("X, she said"), a clause
    OBJECT = enum.auto()  # saying: content as often an object ("announced his resignation")
    THINKING = enum.auto()  # indirect: content is a clause ("believes he will win")
    TELL = enum.auto()  # the person told comes before the content ("told reporters that")
    NOUN_LIKE = enum.auto()  # as often a noun ("the plan"): needs a speaker phrase next to it
    NOUN_CUE = enum.auto()  # a noun phrase of stance ("claims that"): its holder is not read
    SPEAKER_AFTER = enum.auto()  # the speaker follows, even without a quote ("according to X")


def _words(text: str) -> list[str]:
    return text.split()


def _phrases(text: str) -> list[str]:
    """Entries separated by "|", white space inside each collapsed.

    >>> _phrases("according  to | put it")
    ['according to', 'put it']
    """
    return [" ".join(part.split()) for part in text.split("|") if part.strip()]


_Q = Use.QUOTE
_I = Use.INDIRECT
_SAY = Use.INDIRECT | Use.SAYING  # a verb of saying for indirect speech
_QSAY = Use.QUOTE | _SAY  # a verb of saying for both uses

# (uses, entries): each entry appears in exactly one row (a test checks it).
_ROWS: tuple[tuple[Use, list[str]], ...] = (
    # --- verbs of saying: cue a quote and report a clause ---
    (
        _QSAY,  # saying, adding, answering, writing
        _words(
            """
            said says say saying added adds adding stated stating replied replies
            replying responded responds countered counters noted noting wrote writes
            writing reported
            """
        ),
    ),
    (
        _QSAY,  # arguing, asserting, insisting
        _words(
            """
            argued argues arguing argue asserted asserts asserting claimed claiming
            contended contends contending insisted insists insisting insist maintained
            maintains stressed stresses stressing emphasized emphasizes emphasizing
            emphasised emphasises emphasize underlined underscored declared declares
            declaring declare
            """
        ),
    ),
    (
        _QSAY,  # admitting and conceding
        _words(
            """
            acknowledged acknowledges acknowledging acknowledge admitted admits admitting
            admit conceded concedes conceding concede
            """
        ),
    ),
    (
        _QSAY,  # explaining, suggesting, predicting, concluding
        _words(
            """
            explained explains explaining explain suggested suggests suggesting suggest
            indicated indicates indicating predicted predicts predicting predict
            estimated cautioned cautions cautioning concluded concludes conclude observed
            observes observe wondered
            """
        ),
    ),
    (
        _QSAY,  # boasting and joking
        _words("boasted boasts bragged brags joked jokes joking quipped quips mused muses"),
    ),
    (
        _QSAY,  # answering, remarking, exclaiming, retorting
        _words(
            """
            answered answers commented commenting remarked opined opines interjected
            exclaimed exclaims proclaimed proclaims proclaiming retorted retorts
            """
        ),
    ),
    (_QSAY | Use.NOUN_LIKE, _words("notes")),
    (
        _QSAY | Use.OBJECT,  # announcing, confirming, denying, promising, recalling
        _words(
            """
            announced announces announcing announce confirmed confirms confirming confirm
            denied denies denying deny pledged pledges pledging promised promising vowed
            vows vowing complained complains complaining complain lamented laments
            lamenting lament recalled recalls recalling recounted recounts
            reiterated reiterates reiterating reiterate tweeted tweets tweeting urge
            """
        ),
    ),
    (
        _QSAY | Use.TELL,
        _words("told tells tell telling assured assures assuring assure warned warns warn"),
    ),
    (_QSAY | Use.OBJECT | Use.TELL, _words("asked asks urged urges urging")),
    # --- verbs of saying for indirect speech only ---
    (_SAY, _words("alleged alleges alleging hinted hints implied implies testified testifies")),
    (
        _SAY | Use.OBJECT,  # disclosing and mentioning: as often an object as a clause
        _words(
            """
            disclosed discloses mentioned mentions mentioning mention revealed reveals
            signaled signalled signals posted reporting
            """
        ),
    ),
    (_SAY | Use.OBJECT | Use.TELL, _words("asking")),
    (_SAY | Use.NOUN_LIKE, _words("claim claims estimates reports warning")),
    (_SAY | Use.OBJECT | Use.NOUN_LIKE, _words("promise promises")),
    (_I | Use.TELL, _words("ask informed informs reminded reminds")),
    # --- verbs of stance that also cue a quote: their content follows them ---
    (
        _Q | _I,  # praising and criticising
        _words(
            """
            praised praises praising lauded hailed touted criticized criticised
            criticizes criticize criticise blasted blasts slammed slams scolded mocked mocks
            decried denounced dismissed dismiss ridiculed condemned condemns condemn
            accused accuses accusing accuse blamed blames blaming defended defends
            """
        ),
    ),
    (
        _Q | _I,  # naming, describing, comparing, citing
        _words(
            """
            called calling described describes describing describe branded labeled
            labelled dubbed likened likens compared compares cited cites citing referred
            refers echoed echoes charged demanded
            """
        ),
    ),
    (_Q | _I | Use.NOUN_LIKE, _words("calls demands")),
    (_Q | _I | Use.THINKING, _words("assert")),
    (_Q | _I | Use.THINKING, _words("believes believe believed thinks think wonder wonders")),
    (_Q | _I, _phrases("pointed out | made clear | put it | puts it")),
    (_Q | _I | Use.SPEAKER_AFTER, _phrases("according to")),
    (_I | Use.SPEAKER_AFTER, _phrases("as reported by")),
    # --- verbs of stance, support and evaluation for indirect speech only ---
    (
        _I,  # supporting and opposing
        _words(
            """
            supported supporting backs backed backing endorses endorsed endorse endorsing
            opposes opposed oppose opposing rejects rejected reject rejecting favors
            favored favours favoured favor favour prefers preferred prefer advocate
            advocates advocated championed embraced embraces embrace welcomed welcomes
            applauded celebrated thanked thanking praise touting touts
            """
        ),
    ),
    (
        _I,  # attacking and criticising
        _words(
            """
            criticizing criticising defending defend blasting lambasted ridicules
            denounces denouncing dismisses dismissing condemning blame attacked attacking
            assailed assails assailing railed rails questioned questioning challenged
            disputed disputes
            """
        ),
    ),
    (
        _I,  # wanting, deciding, proposing, demanding
        _words(
            """
            wants wanted want sought seeks seeking seek planned decided decides refused
            refuses declined declines proposed proposes proposing offered offering
            demanding requested recommended recommends ordered pressed presses
            pressing pushed pushing encouraged encourages encouraging appealed
            appeals threatened threatens threatening threaten nominated named
            """
        ),
    ),
    (
        _I,  # viewing, describing, naming, expressing
        _words(
            """
            considers considered consider considering sees see viewed deemed portrayed
            portrays convinced concerned determined believing fearing recognizing
            identified identify expressed expresses expressing express indicate reveal
            invoked invokes highlighted highlights focused focuses pointed pointing
            referring repeated repeats repeating remembers remembered remember reportedly
            """
        ),
    ),
    (
        _I,  # discussing and responding
        _words(
            """
            discussed discusses discussing discuss addressed addresses addressing talking
            talks talk respond responding
            """
        ),
    ),
    # --- whole verb families (Levin 1993, English Verb Classes and Alternations): the
    # members the rows above lacked, each family kept only as it raised indirect F1 on
    # held-out PolNeAR documents; its families of advising, complaining, liking and siding
    # did not, and are left out ---
    (
        _I,  # judgment verbs (Levin 33): praising and blaming someone
        _words(
            """
            applaud applauds commended commends commend congratulated congratulates
            congratulate faulted rebuked rebukes censured chided chides chastised
            chastises castigated castigates excoriated excoriates berated berates
            reprimanded lambasts hails lauds scolds
            """
        ),
    ),
    (
        _SAY,  # say verbs (Levin 37.7) of telling what one holds; not "voiced", whose
        # object is a noun of speech ("voiced complaints that ..."), read as that noun's
        _words(
            """
            articulated articulates conveyed conveys confessed confesses confided relayed
            affirmed affirms reaffirmed reaffirms avowed professed clarified
            clarifies specified divulged
            """
        ),
    ),
    (
        _I | Use.THINKING,  # conjecture verbs (Levin 29.5): a clause one takes to be so
        _words(
            """
            assumed assumes assume suspect suspected imagined imagines imagine guessed
            guess presumed presume speculated speculates speculating surmised reckoned
            reckons
            """
        ),
    ),
    (
        _I,  # verbs of requesting (Levin 37.1's "ask for", 58 "urge" verbs): what is demanded
        _phrases(
            """
            insisted on | insists on | insisting on | asked for | asks for | asking for |
            calls on | called on | calling on | pleaded for | begged | begs | implored |
            implores | petitioned | lobbied | lobbies | lobbying | campaigned for |
            campaigning for
            """
        ),
    ),
    # --- adjectives of stance with their complement (the adjective complementation of
    # English grammars, Quirk et al. 1985: a "that" clause, an infinitive, a preposition),
    # kept as a family as it raised indirect F1 on held-out PolNeAR documents ---
    (
        _I | Use.THINKING,  # a clause held to be so: "is confident that ..."
        _phrases(
            """
            confident that | sure that | certain that | optimistic that | hopeful that |
            adamant that | skeptical that | doubtful that
            """
        ),
    ),
    (
        _I,  # a stance toward something or someone: "is critical of ...", "eager to ..."
        _phrases(
            """
            skeptical of | skeptical about | optimistic about | pessimistic about |
            confident about | critical of | supportive of | wary of | eager to | willing to |
            unwilling to | reluctant to | unsure about
            """
        ),
    ),
    (_I | Use.NOUN_LIKE, _words("support supports plan plans call offers requests views")),
    (_I | Use.NOUN_LIKE, _words("charges note question repeat")),
    (_I | Use.NOUN_LIKE, _words("push demand")),  # "a legislative push", "the demand"
    (
        _I | Use.THINKING,  # thinking, knowing, expecting, hoping
        _words(
            """
            thought knows know knew learned understand understands understood feels feel
            felt expects expected expect expecting hoped hoping wished wishes feared
            worried worries worry doubted wondering agree agreed agrees recognize
            recognized recognizes estimate forecast projected
            """
        ),
    ),
    (
        _I | Use.THINKING,  # finding, showing, seeming
        _words("shows showed shown show showing found finds seemed seems appears appeared appear"),
    ),
    (_I | Use.THINKING | Use.NOUN_LIKE, _words("hope hopes fear fears doubt doubts find wish")),
    (
        _I,  # phrasal cues
        _phrases(
            """
            has learned | have learned | called for | calling for | call for |
            pushed for | push for | argued for | warned of | warned about | asked about |
            talked about | talking about | spoke about | spoke of | worried about |
            complained about | pointed to | points to | point to | pointing to |
            referring to | points out | made it clear | makes it clear | make it clear |
            makes clear | laid out | lays out | made the case | spoke out |
            spoke out against | came out against | came out in favor of |
            came out in support of | threw his support behind | threw her support behind |
            took aim at | lashed out at | took a shot at | took shots at | took a swipe at |
            took swipes at | went after | goes after | go after | weighed in on |
            focused on | voted for | voted against
            """
        ),
    ),
    (
        _I | Use.NOUN_CUE,  # stance nouns: the content follows them
        _phrases(
            """
            criticism of | support for | concerns about | concern about | opposition to |
            questions about | endorsement of | praise for | demands for | complaints about |
            warnings about | calls for | claim that | claims that | belief that |
            fears that | fear that | hopes that | view that | argument that |
            assertion that | suggestion that | allegations that | accusations that |
            reports that | insistence that | warning that | promise to | pledge to |
            vow to | decision to | plans to | plan to | attacks on | comments about |
            remarks about | in support of | promises to | hopes of | in hopes of |
            accusations of | allegations of
            """
        ),
    ),
    # --- quote cues only: too weak, or mostly an ordinary action, without quote marks ---
    (
        _Q,  # forms that are as often an ordinary verb or a noun: "maintain a lead",
        # "contend with", "caution", "stress", "write a letter", "the United States", "did
        # not recall the order" (a memory: the base form follows "not", "to" and "can")
        _words("add caution contend maintain stress write states brands snapped recall"),
    ),
    (_Q, _words("shouted shouts yelled screamed chanted chants sang sings")),  # shouting, song
    (_Q, _words("continued continues speaking read reads quoted")),  # ordinary actions
    (_Q, _words("ridicule")),  # as often a noun: "faced ridicule online"
    (
        _Q,  # retorts and interruptions: "cut in" and "hit back" take a speaker badly
        _phrases("went on | gave warning | shot back | fired back | hit back | cut in | chimed in"),
    ),
    (_Q | Use.NOUN_LIKE, _words("comments")),
    (Use.NOUN_LIKE, _words("attacks questions")),  # nouns if registered as cues
)


def _uses(rows: tuple[tuple[Use, list[str]], ...]) -> dict[str, Use]:
    """Each entry with the union of the flags of every row that lists it."""
    uses: dict[str, Use] = {}
    for flags, words in rows:
        for word in words:
            uses[word] = uses.get(word, Use(0)) | flags
    return uses


def _that_clause_nouns(rows: tuple[tuple[Use, list[str]], ...]) -> list[str]:
    """ "NOUN that" for every noun of speech (the speaker tables' ``speech_nouns``) and the
    head noun of every two-word noun cue: a noun that reports takes a "that" clause as
    its content ("complaints about" gives "complaints that", "statement" gives "statement
    that"), so the composed cues need no list of their own.

    >>> nouns = _that_clause_nouns(_ROWS)
    >>> "complaints that" in nouns, "statement that" in nouns
    (True, True)
    """
    heads = {
        phrase.split()[0]
        for flags, words in rows
        if Use.NOUN_CUE in flags
        for phrase in words
        if len(phrase.split()) == 2
    }
    return sorted(f"{noun} that" for noun in heads | SPEECH_NOUNS)


# Participles English also uses as prepositions ("concerning the budget"): never cues.
_PREPOSITIONAL = frozenset({"concerning", "regarding", "considering", "including", "following"})


def participle(past: str) -> str:
    """The -ing form of a regular past form.

    >>> [participle(w) for w in ("slammed", "embraced", "replied", "agreed", "hinted")]
    ['slamming', 'embracing', 'replying', 'agreeing', 'hinting']
    """
    if past.endswith("ied"):
        return past[:-3] + "ying"
    if past.endswith("eed"):
        return past[:-1] + "ing"
    return past[:-2] + "ing"


def _missing_participles(uses: dict[str, Use]) -> list[tuple[Use, list[str]]]:
    """The -ing form of every regular verb of the table that lists it only in other
    forms ("slammed", "slams" but no "slamming"), with the uses of its past form as an
    indirect cue ("..., slamming the plan as reckless" reports for the clause's subject
    as "slammed" does). Not for verbs of thinking, whose -ing form is mostly an adjective
    ("worrying", "appearing"), nor for a participle used as a preposition ("concerning").
    A form the table lists keeps its own uses ("speaking" cues quotations only).
    """
    rows: list[tuple[Use, list[str]]] = []
    for word, flags in uses.items():
        if " " in word or not word.endswith("ed") or Use.THINKING in flags:
            continue
        form = participle(word)
        if form not in uses and form not in _PREPOSITIONAL and Use.INDIRECT in flags:
            rows.append((flags & ~Use.QUOTE, [form]))
    return rows


_COMPOSED = _uses((*_ROWS, (_I | Use.NOUN_CUE, _that_clause_nouns(_ROWS))))

# The built-in table, word -> its uses. A :class:`~newsrecords.lexicon.Lexicon` starts from it.
DEFAULT_USES: dict[str, Use] = _uses(
    (*((flags, [word]) for word, flags in _COMPOSED.items()), *_missing_participles(_COMPOSED))
)
