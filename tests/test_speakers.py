"""Speaker phrases, their titles and affiliations, and coreference within an article."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsrecords.exceptions import RuleError
from newsrecords.lexicon import Lexicon, active, using
from newsrecords.models import SpeakerKind
from newsrecords.speakers import phrase_reader as _speaker_phrase
from newsrecords.speakers import phrases as speakers
from newsrecords.speakers.book import SpeakerBook
from newsrecords.speakers.phrases import mention_after, mention_before


@pytest.mark.parametrize(
    ("before_cue", "name", "title", "affiliation", "kind"),
    [
        (
            "White House press secretary Jen Psaki",
            "Jen Psaki",
            "White House press secretary",
            "White House",
            SpeakerKind.PERSON,
        ),
        (
            "Kremlin spokesman Dmitry Peskov",
            "Dmitry Peskov",
            "Kremlin spokesman",
            "Kremlin",
            SpeakerKind.PERSON,
        ),
        ("GOP Sen. John Thune on Thursday", "John Thune", "GOP Sen.", None, SpeakerKind.PERSON),
        ("Mr. King", "King", None, None, SpeakerKind.PERSON),
        ("Rep. John Mica (R-Fla.)", "John Mica", "Rep.", None, SpeakerKind.PERSON),
        ("The Kremlin, for its part,", "Kremlin", None, None, SpeakerKind.ORGANIZATION),
        ("the IMF", "IMF", None, None, SpeakerKind.ORGANIZATION),
        (
            "a senior administration official",
            "senior administration official",
            None,
            None,
            SpeakerKind.ANONYMOUS,
        ),
        ("the four leaders", "four leaders", None, None, SpeakerKind.GROUP),
        ("the statement", "statement", None, None, SpeakerKind.DOCUMENT),
    ],
)
def test_mention_before_a_cue(
    before_cue: str, name: str, title: str | None, affiliation: str | None, kind: SpeakerKind
) -> None:
    text = before_cue + " said"
    mention = mention_before(text, 0, len(before_cue))
    assert mention is not None
    assert (mention.name, mention.title, mention.affiliation, mention.kind) == (
        name,
        title,
        affiliation,
        kind,
    )
    assert text[mention.span.start : mention.span.end] == mention.text


def test_appositive_gives_title_and_affiliation() -> None:
    text = (
        "Michael Shoebridge, director of defense, strategy and national security at the "
        "Australian Strategic Policy Institute, a thinktank."
    )
    mention = mention_after(text, 0, len(text))
    assert mention is not None
    assert mention.name == "Michael Shoebridge"
    assert mention.title == "director of defense, strategy and national security"
    assert mention.affiliation == "Australian Strategic Policy Institute"


def test_pronoun_and_place_are_not_names() -> None:
    mention = mention_before("she said", 0, 3)
    assert mention is not None
    assert mention.head == "pronoun"
    assert mention.text == "she"
    assert mention_before("through the streets chanted", 0, 19) is None


def test_book_resolves_surname_honorific_pronoun_and_role() -> None:
    text = "Sen. John Thune spoke. Thune said. He said. Mr Thune said. The senator said."
    book = SpeakerBook(text, 0, len(text))
    full = mention_before(text, 0, 15)
    assert full is not None
    key = book.resolve(full)
    for start, end in [(23, 28), (35, 37), (44, 52)]:
        mention = mention_before(text, start, end)
        assert mention is not None, text[start:end]
        resolved = book.resolve(mention)
        assert resolved is not None
        assert book.canonical(resolved) == key
    [speaker] = book.speakers().values()
    assert speaker.name == "John Thune"
    assert speaker.title == "Sen."
    assert {"Thune", "He", "Mr Thune"} <= set(speaker.aliases)


def test_speaker_tables_reject_bad_input() -> None:
    with pytest.raises(RuleError):
        Lexicon.default().extend(colours=["red"])
    with pytest.raises(RuleError):
        Lexicon.default().extend(titles=[""])


@pytest.mark.parametrize(
    ("before_cue", "text", "kind"),
    [
        ("Several", "Several", SpeakerKind.GROUP),
        ("More than nine of 10 Republicans were worried; most", "most", SpeakerKind.GROUP),
        ("About four in 10", "four in 10", SpeakerKind.GROUP),
        ("to which 21 percent", "21 percent", SpeakerKind.GROUP),
        ("and 14 percent", "14 percent", SpeakerKind.GROUP),
        ("Another", "Another", SpeakerKind.PERSON),
    ],
)
def test_quantity_before_a_cue_is_part_of_a_group(
    before_cue: str, text: str, kind: SpeakerKind
) -> None:
    m = mention_before(before_cue, 0, len(before_cue))
    assert m is not None
    assert (m.text, m.head, m.kind) == (text, "group", kind)


@pytest.mark.parametrize("before_cue", ["the last several", "Trump's 40 percent", "the 21 percent"])
def test_quantity_inside_a_phrase_is_no_subject(before_cue: str) -> None:
    m = mention_before(before_cue, 0, len(before_cue))
    assert m is None or m.head != "group" or m.text != before_cue.split()[-1]


def test_quantity_opening_a_sentence_before_a_verb() -> None:
    text = 'Another advised, "Slow down."'
    m = mention_after(text, 0, len(text))
    assert m is not None
    assert (m.text, m.head) == ("Another", "group")


def test_added_quantifiers_and_speech_nouns_are_read() -> None:
    with using(Lexicon.default().extend(quantifiers=["dozens"], speech_nouns=["jeremiad"])):
        m = mention_before("Dozens", 0, 6)
        assert m is not None
        assert m.head == "group"
        assert "jeremiad" in active().words["speech_nouns"]
    assert "jeremiad" not in active().words["speech_nouns"]


# Words that steer every step of reading a phrase before a cue: adverbs and weekdays that
# are skipped, party notes in parentheses, appositive commas, determiners, pronouns (with
# a contraction), titles, names, lower-case describing words and sentence ends.
_PHRASE_PIECES = st.sampled_from(
    [
        *("also", "on", "Friday", "last", "week", "publicly", "Kelly", "(R-Fla.)", "(", ")"),
        *(",", "the", "a", "two", "his", "He's", "she", "they", "Sen.", "Rep.", "Mr."),
        *("secretary", "spokesman", "official", "officials", "of", "State", "White", "House"),
        *("Jen", "Psaki", "Antony", "Blinken", "John", "Thune", "childhood", "friend"),
        *("announcer", "streets", "through", "and", "that", "said.", "crowd", "U.S.", "IMF"),
        *("several", "most", "Another", "about", "which", "21", "percent", "four", "in", "10"),
    ]
)


_NAME_CHAIN = st.lists(
    st.sampled_from(["Sen.", "John", "Thune", "White", "House", "press", "secretary", "of"]),
    max_size=14,
)  # a run of phrase words long enough to reach past the tail read first


@given(st.lists(_PHRASE_PIECES, max_size=25), _NAME_CHAIN, st.lists(_PHRASE_PIECES, max_size=4))
def test_mention_before_reads_the_tail_as_the_whole_window(
    before: list[str], chain: list[str], after: list[str]
) -> None:
    # the tail is read first and the whole window only when the tail is not enough: the
    # answer must always be the whole window's
    text = " ".join(before + chain + after)
    whole = _speaker_phrase.phrase_tokens(
        text, max(0, len(text) - _speaker_phrase.WINDOW), len(text)
    )
    assert mention_before(text, 0, len(text)) == speakers._read_before(text, whole, False)
