"""Word tables for recognising speakers: titles, role nouns, organisations, documents.

Compiled by hand from the five seed pages and general English newswire style (AP style
titles, the usual anonymous-source phrasings, common US and international institutions).
A :class:`~newsrecords.lexicon.Lexicon` may extend the tables in :data:`WORDS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from .gender_words import FEMALE_NOUNS, MALE_NOUNS
from .place_words import DEMONYMS, DESCRIBING_WORDS, PLACES
from .tables import word_set

__all__ = [
    "AGENT_NOUN_ENDINGS",
    "BARE_NOUN_TABLES",
    "HEAD_NOUN_TABLES",
    "NAMING_CUES",
    "NON_SPEAKER_NOUNS",
    "ORDINALS",
    "PERSON_NOUN_ENDINGS",
    "PHRASE_TABLES",
    "ROLE_ABBREVIATIONS",
    "TERM_MARKERS",
    "TERM_OPENERS",
    "WORDS",
]


# Words that may stand in a title before a name. Stored lower-cased; the matcher lower-cases.
TITLE_WORDS = word_set(
    """
    president vice prime minister secretary sen. senator rep. representative gov. governor
    mayor chancellor premier king queen prince general gen. adm. admiral col. lt. capt. sgt.
    mr mr. ms ms. mrs mrs. dr dr. prof. professor judge justice chief deputy assistant acting
    press spokesman spokeswoman spokesperson spokespeople spokesmen official officer
    ambassador envoy adviser advisor advisers advisors director head leader chairman
    chairwoman chair chairperson ceo founder co-founder executive analyst author expert
    economist strategist commentator correspondent reporter editor columnist attorney lawyer
    counsel commissioner inspector superintendent sheriff pastor pope bishop rabbi imam
    candidate nominee hopeful contender congressman
    congresswoman lawmaker legislator delegate speaker majority
    minority whip leader democratic republican gop former then-vice then-president state
    foreign defense defence national security health interior treasury justice homeland
    intelligence senior top special staff general-secretary secretary-general first lady
    manager coordinator organizer activist researcher scientist fellow lecturer historian
    administration retired member board campaign communications deputy-director team aide
    aides white house
    ministry department u.s. us uk eu un nato presidential nonpartisan bipartisan
    conservative liberal independent federal local city county military police party
    republican democrat progressive veteran longtime prominent influential outspoken
    political legal medical public private international foreign domestic economic talk
    radio television tv show news
    """
)

# Title words that never start a person's name, even when capitalised ("President").
HONORIFICS = word_set(
    """
    mr mr. ms ms. mrs mrs. dr dr. sen. rep. gov. gen. adm. col. lt. capt. sgt. prof. st.
    rev. rev reverend del. amb. supt. insp.
    president vice prime minister secretary senator representative governor mayor
    chancellor premier general admiral judge justice chief deputy
    ambassador director chairman chairwoman professor pope bishop rabbi sheriff
    speaker leader gop former then-vice then-president democratic republican rival
    democrat candidate nominee challenger incumbent presumptive retired
    """
)

# Honorifics that say only how a person is addressed ("Mr. King"), never their office:
# a name after them keeps no title.
PLAIN_HONORIFICS = frozenset(word_set("mr ms mrs dr"))

# Nouns that name a person by role ("the senator", "the expert"); resolved to a recent speaker.
ROLE_NOUNS = word_set(
    """
    senator president minister secretary spokesman spokeswoman spokesperson ambassador
    envoy adviser advisor director chairman chairwoman analyst author expert economist
    professor governor mayor chancellor premier congressman congresswoman lawmaker judge
    lawyer attorney candidate nominee leader founder executive strategist commentator
    diplomat general admiral prosecutor researcher scientist historian activist pastor
    president-elect businessman businesswoman billionaire mogul narrator host announcer
    anchor moderator questioner interviewer doctor physician nurse teacher officer
    columnist editor reporter journalist consultant pollster organizer
    """
)

# Role nouns and the title abbreviations AP style writes before a name for them: "the
# senator" stands for a person introduced as "Sen. X". Compiled by hand from AP style.
ROLE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "senator": ("sen.",),
    "representative": ("rep.",),
    "congressman": ("rep.",),
    "congresswoman": ("rep.",),
    "lawmaker": ("sen.", "rep."),
    "governor": ("gov.",),
    "general": ("gen.",),
    "admiral": ("adm.",),
    "president": ("pres.",),
    "ambassador": ("amb.",),
    "professor": ("prof.",),
    "superintendent": ("supt.",),
}

# Heads of anonymous-source phrases ("a senior administration official", "sources").
ANONYMOUS_NOUNS = word_set(
    """
    official officials source sources aide aides insider insiders person people
    diplomat diplomats officer officers staffer staffers adviser advisers advisor advisors
    observer observers witness witnesses supporter voter resident delegate protester
    """
)

# Plural people and collectives that speak together ("the four leaders", "lawmakers").
GROUP_NOUNS = word_set(
    """
    leaders members countries nations lawmakers senators legislators democrats republicans
    critics supporters protesters activists analysts experts economists investors voters
    residents authorities prosecutors investigators scientists researchers diplomats
    governments allies organizers campaigners demonstrators parents students workers
    doctors ministers governors mayors presidents candidates signatories partners
    reporters journalists commentators observers pundits strategists pollsters insiders
    women men people americans
    """
)

# Documents that "say" things ("reads the letter", "the statement said").
DOCUMENT_NOUNS = word_set(
    """
    statement statements letter readout release report reports ruling memo memorandum
    document documents filing complaint lawsuit order decision communique communiqué
    transcript tweet post email message note notice bulletin editorial advisory
    announcement declaration resolution text summary indictment affidavit opinion ad
    survey poll study analysis website blog video brief piece article story column op-ed
    book film documentary clip spot
    """
)

# Organisations named as speakers (matched on the lower-cased phrase, without "the").
ORGANIZATIONS = set(
    """
    white house
    kremlin
    pentagon
    state department
    treasury department
    justice department
    defense department
    foreign ministry
    foreign office
    downing street
    elysee
    united nations
    nato
    european union
    european commission
    reuters
    associated press
    ap
    afp
    cnn
    nbc news
    bbc
    tass
    xinhua
    interfax
    congress
    senate
    fbi
    cia
    who
    world health organization
    """.strip().splitlines()
)
ORGANIZATIONS = {o.strip() for o in ORGANIZATIONS if o.strip()}

# Last words that mark a capitalised phrase as an organisation ("... Institute").
ORGANIZATION_HEADS = word_set(
    """
    department ministry agency institute foundation party committee council commission
    office association union university college bureau service services administration
    government court times post journal news press network company corporation group
    bank fund organization organisation forum center centre league coalition campaign
    house kremlin pentagon parliament assembly embassy board
    """
)

PRONOUNS_PERSON = {"he", "she", "i"}
PRONOUNS_GROUP = {"they", "we"}
PRONOUNS_THING = {"it"}

# Words between a speaker and a cue that say nothing about who spoke ("Psaki also said").
SKIPPABLE_BEFORE_CUE = word_set(
    """
    also later then again previously earlier reportedly once often recently repeatedly
    flatly just publicly privately separately simply quickly bluntly further has have had
    would will could may might already first last still has-since since subsequently
    initially similarly likewise meanwhile herself himself themselves itself is are was were
    been be being not never did does do however too instead now ultimately finally
    """
)

# "Feinstein last week said", "Ryan earlier this month told": a time phrase between the
# speaker and the cue, a noun of time after one of the words that may open it.
TIME_NOUNS = word_set("week month year weekend night morning evening afternoon")
TIME_OPENERS = word_set("last this next earlier later that")

# US states as AP style writes them after a city ("Columbus, Ohio,"; "Flint, Mich.,"):
# a place set off by commas in a speaker's description, never the speaker.
US_STATES = word_set(
    """
    alabama alaska arizona arkansas california colorado connecticut delaware florida
    georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland
    massachusetts michigan minnesota mississippi missouri montana nebraska nevada
    ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
    wisconsin wyoming ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass
    mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo n.h n.j n.m
    n.y n.c n.d s.c s.d r.i w.va d.c
    """
)

WEEKDAYS = word_set("monday tuesday wednesday thursday friday saturday sunday today yesterday")

# Determiners that may open a speaker phrase ("the senator", "a source", "two officials").
DETERMINERS = word_set(
    """
    the a an this these those one two three four five six several some many other
    another both his her their its our my your
    """
)

# Capitalised words that open sentences or clauses, never a name.
FUNCTION_CAPS = frozenset(
    word_set(
        """
        the a an this that these those but and or so yet in on at as by for from with to of
        after before when while since if although though however still also then there here
        it its his her their our we they he she i you meanwhile instead asked speaking later
        earlier separately last next during despite under over about what who why how
        where which only even just hearing january february march april may june july
        august september october november december all some many most each every no none
        monday tuesday wednesday thursday friday saturday sunday today yesterday once
        indeed moreover furthermore nonetheless nevertheless perhaps maybe yes well
        finally again besides unfortunately fortunately otherwise thus hence ultimately
        sadly clearly obviously now check watch click follow subscribe listen
        amid amidst alongside among against toward towards without within beyond because
        unlike like upon throughout following regarding
        wait see more not too likewise immediately reached hastily somewhere already
        specifically between across
        """
    )
)

# Words that mark a capitalised pair as a place or body, not a person ("United States").
PLACE_WORDS = frozenset(
    word_set(
        """
        United States Kingdom Nations Union Republic America American Korea Africa Street
        North South East West New Council Security Square Island Islands City County Valley
        Sea Ocean Gulf Bay River Mountains Coast Park Avenue Road Airport Station Hall
        Americans African Circuit Court Supreme District Federal National
        """
    )
)

# Determiners before an unknown noun that still reads as a speaker ("my father said").
LOOSE_DETERMINERS = frozenset(word_set("the a an this my his her their our"))

# Words that may open a sentence's subject read loosely before its verb ("The town
# released a statement saying ...", "One operative ... tried to ..., saying").
LOOSE_SUBJECT_OPENERS = frozenset(word_set("the a an one his her their its our several some"))

# Nouns that follow "the" before a verb without naming a speaker ("the day said").
NOT_SPEAKERS = frozenset(
    word_set(
        """
        day week year month night time morning evening afternoon weekend moment way point
        fact idea question problem issue thing things number percent rest
        reference nod dig jab swipe allusion instance example reminder
        is are was were has have had will would should could may might can must being been
        than sometimes often
        """
    )
)

# Title words that describe a head noun but never are one ("his show said" is no speaker).
MODIFIER_ONLY = frozenset(
    word_set("show news radio tv television talk press campaign white house state us u.s. uk")
)

# Common given names, for "he" / "she": compiled by hand from the seed pages and the most
# frequent English-language given names; a name in neither list leaves gender unknown.
MALE_NAMES = word_set(
    """
    joe joseph john donald mike michael james robert william david richard thomas charles
    chris christopher daniel matthew mark paul steven steve george kevin brian ed edward
    ronald tony antony anthony jake jacob ned ben benjamin bernie bill barack mitch marco
    ted rand jeb scott tim timothy dmitry vladimir sergei alexei alexey xi emmanuel justin
    boris rick jens peter jason jeff jim jonathan andrew eric frank gary greg harry henry
    jack jerry larry lloyd nick patrick ray roger ron sam samuel stephen tom walter
    """
)
FEMALE_NAMES = word_set(
    """
    jen jennifer hillary kamala nancy angela maria elizabeth liz susan mary patricia linda
    barbara sarah jessica karen lisa michelle melania ivanka kellyanne sarah nikki janet
    samantha margaret theresa ursula yulia claire amy kirsten tulsi marie anne ann jane
    julia laura emily emma olivia rachel rebecca ruth helen catherine christine diane
    donna heather kelly kathleen megan nicole sharon stephanie victoria wendy alexandria
    """
)

# Words of quantity that stand for part of a group already named, as the subject of a
# report ("Several said", "most said they were "very worried"", "Another said", '"...,"
# read one'), mostly
# in poll and crowd stories; compiled by hand from general newswire style. "N percent"
# and "four in 10" are read as such without a table.
QUANTIFIERS = word_set("several most many some others both few half majority another one")

# Nouns of speech after a possessive name, which make the name a partial quote's speaker:
# "Trump's claim that Obama "founded ISIS"", "Rubio's catch phrase was that Crist "would
# say anything"". Compiled by hand from general newswire style.
SPEECH_NOUNS = word_set(
    """
    claim claims assertion assertions accusation accusations allegation allegations call
    calls answer answers response reply comment comments remark remarks words phrase
    slogan promise promises pledge vow warning warnings description contention charge
    insistence argument suggestion statement statements message broadside retort
    quip boast line mantra refrain dictum declaration prediction plea
    """
)

# Words right before quoted words that make them a term or a title, not anyone's words
# ("the so-called "Quad"", "a show titled "Fox News Sunday""). Compiled by hand from the
# seed pages and general newswire style; "known as" is read as a pair.
TERM_MARKERS = frozenset(word_set("so-called dubbed titled named called"))
# Endings of a quote's lead-in that keep a naming cue from claiming the quote ('called
# the so-called "..."', 'named "..."'); same source.
TERM_OPENERS = ("so-called", "titled", "named", "known as", "entitled", "the")
# Cues of naming: before a title-case partial quote they make it the caller's words ('Trump
# called her "Miss Piggy"', 'branded him "Lyin' Ted"'). Same source.
NAMING_CUES = frozenset(
    word_set(
        """
        called calls calling dubbed dubs branded brands labeled labelled described
        describes proclaimed chanted chants shouted declared yelled
        """
    )
)
# Endings of agent nouns ("employee", "strategist", "spokeswoman"): a loosely read role
# with one of these may stand for a person, so "he" / "she" may refer to it; "the move"
# may not. From English derivational morphology.
AGENT_NOUN_ENDINGS = ("er", "or", "ist", "ian", "man", "woman", "ee", "ant", "ive")
# Those of them that no verb after a singular subject ends with ("employee", "historian",
# "chairman"): after capitalised words ("the Platte River employee") they make the words a
# description of the person, not the person's name. Same source.
PERSON_NOUN_ENDINGS = ("ee", "ist", "ian", "man", "woman")

# Ordinals: "the first", "the latest" count things; after "the" and read as the head of a
# loosely read speaker phrase they name no speaker ("The first taste the audience gets").
# After "a" an ordinal is a fraction of a group ("a third said"), which stays a speaker.
# From English grammar.
ORDINALS = word_set(
    """
    first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
    twentieth hundredth latest next penultimate
    """
)

# Head nouns of abstract things, events and works, which a phrase read loosely between a
# quote and its cue ('"...!" The Netflix drama follows', '"River Town," a movie about the
# city') or after an inverted cue may end with but which never speak. A noun of speech
# (:data:`SPEECH_NOUNS`, "a warning") is no speaker either, unless it is also a document
# ("the statement said"). Compiled by hand from the wrongly read speakers of the PolNeAR
# train split and general newswire style; extend with
# ``Lexicon.default().extend(non_speaker_nouns=[...])``.
NON_SPEAKER_NOUNS = word_set(
    """
    incident incidents episode event events performance performances exchange exchanges
    back-and-forth spectacle scene taste impact effect effects record project projects
    plan plans proposal proposals notion concept matter effort efforts move moves change
    changes shift race price prices money popularity climate bloodshed advantage award
    drama movie movies series sequel listing listings question questions attempt attempts
    """
)
# How English-language news writes personal names beyond "Given Surname" (general
# newswire style, compiled by hand): lower-case particles inside a name ("Charles de Gaulle",
# "Ludwig von Mises", "Mohammed bin Salman"; capitalised ones, "Van Hollen", are plain
# capitalised words), the particle of a hyphened surname ("al-Assad", "el-Sisi"), the
# suffixes after a surname ("Jr.", "III"), the prefixes before an inner capital
# ("McConnell", "O'Rourke", "DeSantis", "VandeHei") and abbreviations that look like paired
# initials but name a place ("U.S. Census" is no person "U.S. Census").
NAME_PARTICLES = word_set("van von der den ter de del della dela di da das dos du la le bin ibn")
NAME_HYPHEN_PARTICLES = word_set("al el")
NAME_SUFFIXES = word_set("jr. jr sr. sr ii iii iv")
NAME_PREFIXES = word_set("mc mac o' o\u2019 d' d\u2019 de di da du la le van vande von st")
# What may be named after a person and follow the name ("The Rachel Maddow Show", "the
# Clinton Foundation"): with an organisation head, such a word ends no full name.
NAMED_AFTER_HEADS = word_set("show program hour podcast act law doctrine prize award library")
PLACE_INITIALS = word_set("u.s u.n u.k e.u u.s.a") | {w for w in US_STATES if "." in w}  # "N.Y."

# The tables a lexicon can extend, by name (read-only: a Lexicon copies them).
WORDS: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        name: frozenset(words)
        for name, words in {
            "titles": TITLE_WORDS,
            "honorifics": HONORIFICS,
            "role_nouns": ROLE_NOUNS,
            "anonymous_nouns": ANONYMOUS_NOUNS,
            "group_nouns": GROUP_NOUNS,
            "document_nouns": DOCUMENT_NOUNS,
            "organizations": ORGANIZATIONS,
            "organization_heads": ORGANIZATION_HEADS,
            "male_names": MALE_NAMES,
            "female_names": FEMALE_NAMES,
            "male_nouns": MALE_NOUNS,
            "female_nouns": FEMALE_NOUNS,
            "quantifiers": QUANTIFIERS,
            "speech_nouns": SPEECH_NOUNS,
            "ordinals": ORDINALS,
            "non_speaker_nouns": NON_SPEAKER_NOUNS,
            "name_particles": NAME_PARTICLES,
            "name_hyphen_particles": NAME_HYPHEN_PARTICLES,
            "name_suffixes": NAME_SUFFIXES,
            "name_prefixes": NAME_PREFIXES,
            "place_initials": PLACE_INITIALS,
            "named_after_heads": NAMED_AFTER_HEADS,
            "places": PLACES,
            "demonyms": DEMONYMS,
            "describing_words": DESCRIBING_WORDS,
        }.items()
    }
)


# The tables the phrase reader asks about together, as one union (see
# :class:`~newsrecords.lexicon.compiled.Tables`): one set look-up instead of one per table.
PHRASE_TABLES = ("titles", "role_nouns", "anonymous_nouns", "group_nouns", "document_nouns")
BARE_NOUN_TABLES = ("group_nouns", "anonymous_nouns", "document_nouns")
# The lower-case nouns that head a speaker phrase ("official", "spokesman", "memo")
HEAD_NOUN_TABLES = ("role_nouns", "anonymous_nouns", "group_nouns", "document_nouns")
