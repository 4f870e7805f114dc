"""The page parser's fast paths match exactly what the plain forms they replace match.

The caption rule "... sentence. AFP" reads the line once and looks back for the agency,
instead of backtracking over every space; the plain form is kept here as the reference and
both are compared on lines built from the characters and words the rule looks for, and on
every line of the seed pages. :meth:`Document.build` blanks a masked span without a regex
when it holds no line break; it is compared with blanking every span by the regex. The page
parser validates an article's paragraph spans in one call; they are the same ``Span``
values one call each would make.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsrecords import parse_page
from newsrecords.models import Span
from newsrecords.page.boilerplate import compile_rules
from newsrecords.page.boilerplate_rules import DEFAULT_RULES
from newsrecords.page.segment import split_lines
from newsrecords.text.document import Document
from newsrecords.text.normalize import fold

# The rule as it was first written: a space after sentence punctuation, then the agency.
PLAIN_CAPTION = re.compile(
    r"(?-i:[^\n]* (?<=[.!?\"'] )(?:AFP|AP|Reuters|EPA|Getty\sImages|Bloomberg))"
)
FAST_CAPTION = re.compile(
    "(?-i:"
    + next(pattern for _, pattern, _, _ in DEFAULT_RULES if "_caption_line" in pattern)
    + ")"
)

# Line breaks never occur inside a line: fold turns every one into "\n" and lines split there.
PIECES = [
    *("AFP", "AP", "APX", "Reuters", "EPA", "Getty Images", "Getty\tImages", "Getty  Images"),
    *("Bloomberg", "afp", "Troops left", "said", "x", "A"),
    *(".", "!", "?", '"', "'", ",", ";", " ", "  ", "\t", "\x1c", "\u00a0", "\u3000", "é"),
]
AGENCIES = ["AFP", "AP", "Reuters", "EPA", "Getty Images", "Getty\tImages", "Bloomberg", "APX"]
# Most random lines match neither form, so half end the way a caption does, or nearly.
endings = st.tuples(
    st.sampled_from([".", "!", "?", '"', "'", ",", ""]),
    st.sampled_from([" ", "  ", "\t", "\u00a0", ""]),
    st.sampled_from(AGENCIES),
    st.sampled_from(["", "", " ", ".", "x", " said"]),
).map("".join)
heads = st.lists(st.sampled_from(PIECES), max_size=8).map("".join)
lines = st.builds(str.__add__, heads, endings) | st.lists(st.sampled_from(PIECES), max_size=12).map(
    "".join
)


@given(lines)
def test_caption_rule_matches_what_the_plain_form_matches(line: str) -> None:
    assert bool(FAST_CAPTION.fullmatch(line)) == bool(PLAIN_CAPTION.fullmatch(line))


def test_caption_rule_matches_the_seed_lines_the_plain_form_matches(
    seed_page: tuple[str, str],
) -> None:
    _, text = seed_page
    for line in split_lines(text, fold(text)):
        assert bool(FAST_CAPTION.fullmatch(line.key)) == bool(PLAIN_CAPTION.fullmatch(line.key))


def test_caption_rule_removes_agency_captions() -> None:
    ruleset = compile_rules()
    assert ruleset.match("Troops leave Kabul. AFP", "line") == "caption"
    assert ruleset.match('He said "no." Getty Images', "line") == "caption"
    assert ruleset.match("AFP", "line") is None  # no sentence before the agency
    assert ruleset.match("Troops leave Kabul AFP", "line") is None
    assert ruleset.match("Troops leave Kabul. AFP said so.", "line") is None


def test_caption_rule_group_does_not_hide_the_reason() -> None:
    # The rule's own named group closes before the rule's group: the reason still comes
    # from the rule's group, for the defaults and for a user rule after them.
    ruleset = compile_rules([(r"[^\n]*\bsponsored", "advertisement", "line")])
    assert ruleset.match("Kabul falls. Reuters", "line") == "caption"
    assert ruleset.match("This post is sponsored", "line") == "advertisement"


def _blanked_by_regex(text: str, mask: list[Span]) -> str:
    """The reference: every masked character but a line break becomes a space."""
    folded = list(fold(text))
    for span in mask:
        for index in range(span.start, min(span.end, len(folded))):
            folded[index] = re.sub(r"[^\n]", " ", folded[index])
    return "".join(folded)


@st.composite
def masked_texts(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(alphabet="ab \n\r\u2019\u00a0\u2028", max_size=40))
    bound = len(text) + 3  # spans may run past the end
    pairs = draw(st.lists(st.tuples(st.integers(0, bound), st.integers(0, bound)), max_size=5))
    return text, [Span(start=min(a, b), end=max(a, b)) for a, b in pairs]


@given(masked_texts())
def test_document_blanks_masked_spans_as_the_regex_did(case: tuple[str, list[Span]]) -> None:
    text, mask = case
    doc = Document.build(text, mask)
    assert doc.folded == _blanked_by_regex(text, mask)
    assert len(doc.folded) == len(text)


def test_paragraph_spans_are_the_spans_one_call_each_makes(seed_page: tuple[str, str]) -> None:
    _, text = seed_page
    for article in parse_page(text):
        assert isinstance(article.paragraphs, tuple)
        for span in article.paragraphs:
            one = Span(start=span.start, end=span.end)
            assert type(span) is Span
            assert span == one
            assert span.model_dump_json() == one.model_dump_json()
            assert span.model_fields_set == one.model_fields_set
