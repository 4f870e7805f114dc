"""The public records: what parsing and deduplication give back.

Every model is a frozen pydantic v2 model that forbids unknown fields, so a record read
back from JSON is exactly the record written (``Model.model_validate_json(m.model_dump_json())
== m``). Collections are tuples, so a frozen record is immutable all the way down.

Offsets are the contract: a :class:`Span` indexes the exact ``str`` handed to the parser
(Python code points, end exclusive), so ``text[span.start:span.end]`` is what a record
claims to come from. Normalised values (a quote's text, a resolved speaker name) sit next
to the spans, never instead of them.

>>> text = "Thune said no."
>>> span = Span(start=0, end=5)
>>> span.slice(text), len(span)
('Thune', 5)
>>> Span(start=3, end=1)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Span
...
>>> Span.model_validate_json(span.model_dump_json()) == span
True
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from enum import Enum
from typing import Annotated

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

__all__ = [
    "ActionKind",
    "ActionMode",
    "Article",
    "Dateline",
    "Mention",
    "PolicyAction",
    "Quote",
    "QuoteKind",
    "Relation",
    "Removal",
    "Source",
    "Span",
    "Speaker",
    "SpeakerKind",
    "Story",
    "StoryAction",
    "StoryMember",
    "StoryQuote",
]


class _Record(BaseModel):
    """Shared configuration: immutable, strict about unknown fields, hashable."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        use_enum_values=False,
        ser_json_inf_nan="null",
        defer_build=True,
    )


class Span(_Record):
    """A half-open range ``[start, end)`` of code points in the parser's input."""

    start: NonNegativeInt
    end: NonNegativeInt

    @model_validator(mode="after")
    def _ordered(self) -> Span:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """Return the part of ``text`` this span covers."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies wholly inside this span.

        >>> Span(start=0, end=10).contains(Span(start=2, end=10))
        True
        """
        return self.start <= other.start and other.end <= self.end


class Source(_Record):
    """Where an article came from: the caller's name for the input, and its fingerprint.

    ``url`` and ``text`` are set only for input that is not itself the text the spans index
    (HTML, read by ``parse_html``); they are left out of the JSON when unset, so records of
    plain text keep their shape.
    """

    name: str | None = Field(default=None, description="File name or URI given by the caller.")
    sha256: str = Field(
        pattern=r"^[0-9a-f]{64}$",
        description="SHA-256 of the whole input (the text, or the HTML), UTF-8 encoded.",
    )
    url: str | None = Field(default=None, description="The page's URL, for HTML input.")
    text: str | None = Field(
        default=None,
        description="The text extracted from HTML input: every span of the article indexes "
        "it. None when the input was text, which the spans index instead.",
    )

    @model_serializer(mode="wrap")
    def _drop_unset_extras(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        # Plain-text records serialise exactly as before these fields existed.
        data: dict[str, object] = handler(self)
        for key in ("url", "text"):
            if data.get(key, 0) is None:
                del data[key]
        return data


class SpeakerKind(str, Enum):
    """What sort of thing a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    GROUP = "group"
    ANONYMOUS = "anonymous"
    DOCUMENT = "document"


class Speaker(_Record):
    """Someone (or something) that is quoted: a person, an organisation, a document..."""

    name: str = Field(
        min_length=1,
        description='Display label: "Jen Psaki", "White House", "senior administration official".',
    )
    kind: SpeakerKind = SpeakerKind.PERSON
    title: str | None = Field(default=None, description='e.g. "White House press secretary".')
    affiliation: str | None = Field(default=None, description='e.g. "White House".')
    aliases: tuple[str, ...] = Field(
        default=(), description='Other ways the text names this speaker: "Psaki", "she".'
    )
    mentions: tuple[Span, ...] = Field(
        default=(), description="Where the speaker is named or referred to in the input."
    )


class QuoteKind(str, Enum):
    """How the words are reported."""

    DIRECT = "direct"  # a whole quotation in quote marks
    PARTIAL = "partial"  # a quoted fragment inside reported speech, or an unattributed term
    INDIRECT = "indirect"  # reported speech with a cue and no quote marks


class Quote(_Record):
    """Words attributed to a speaker, anchored in the input."""

    text: str = Field(description="The quoted words: marks stripped, whitespace normalised.")
    kind: QuoteKind
    speaker: Speaker | None = None
    span: Span = Field(description="The quoted words in the input, marks excluded.")
    speaker_span: Span | None = Field(
        default=None,
        description='The attributing mention as written ("he", "Thune"); None when inferred.',
    )
    cue: str | None = Field(default=None, description='"said", "told reporters", "according to".')
    cue_span: Span | None = None


class ActionKind(str, Enum):
    """Kinds of government action. ``newsrecords.actions.extract`` maps each to CAMEO / PLOVER."""

    SANCTION = "sanction"
    EXPULSION = "expulsion"
    EXECUTIVE_ORDER = "executive_order"
    NATIONAL_EMERGENCY = "national_emergency"
    TREATY = "treaty"
    FINANCIAL_RESTRICTION = "financial_restriction"
    SUMMONS = "summons"
    CALL = "call"
    MEETING = "meeting"
    SUMMIT_PROPOSAL = "summit_proposal"
    CONDEMNATION = "condemnation"
    AID_PLEDGE = "aid_pledge"
    TROOP_DEPLOYMENT = "troop_deployment"
    TROOP_WITHDRAWAL = "troop_withdrawal"
    REVIEW_ORDERED = "review_ordered"


class ActionMode(str, Enum):
    """Whether the text says the action happened."""

    ASSERTED = "asserted"
    FUTURE = "future"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"
    REQUESTED = "requested"


class PolicyAction(_Record):
    """A government action stated in an article: who did what to whom, when."""

    kind: ActionKind
    verb: str | None = Field(
        default=None, description='Normalised phase: "impose", "widen", "lift", "extend"...'
    )
    trigger: str = Field(description='The words that name the action as written: "expelled".')
    trigger_span: Span
    actor: str | None = Field(default=None, description='Who acts: "United States".')
    co_actors: tuple[str, ...] = Field(default=(), description="Partners in a joint action.")
    target: str | None = Field(default=None, description='Who is acted on: "Russia".')
    count: NonNegativeInt | None = None
    count_text: str | None = Field(default=None, description='The count as written: "ten".')
    unit: str | None = Field(default=None, description='What is counted: "diplomats".')
    mode: ActionMode = ActionMode.ASSERTED
    date: _dt.date | None = None
    date_text: str | None = Field(default=None, description='The date as written: "on Thursday".')
    evidence: str = Field(description="The sentence stating the action, whitespace normalised.")
    span: Span = Field(description="The evidence sentence in the input.")
    cameo: str | None = Field(default=None, description="CAMEO event code, where one exists.")
    plover: str | None = Field(default=None, description="PLOVER event category, if any.")


class Dateline(_Record):
    """The place and agency line that opens a wire story: ``WASHINGTON (AP) —``."""

    place: str | None = None
    agency: str | None = None
    text: str = Field(description="The dateline as written.")
    span: Span


class Removal(_Record):
    """A stretch of input that is not article content, and why it was dropped."""

    span: Span
    reason: str = Field(
        min_length=1,
        description='A stable code: "share-prompt", "comment-form", "caption", "link-junk"...',
    )


class Article(_Record):
    """One news article found in a page, with everything extracted from it."""

    id: str = Field(description="Stable hash of the article's content (headline and body).")
    headline: str | None = None
    headline_span: Span | None = None
    summary: tuple[str, ...] = Field(default=(), description="Standfirst or summary bullets.")
    dateline: Dateline | None = None
    byline: tuple[str, ...] = Field(default=(), description="Names of the authors.")
    contributors: tuple[str, ...] = Field(
        default=(), description="Names from contributor lines, agencies included."
    )
    published: _dt.datetime | None = None
    published_text: str | None = Field(default=None, description="The date line as written.")
    outlet: str | None = None
    body: str = Field(description="Clean text, paragraphs separated by one blank line.")
    span: Span = Field(description="The article's extent in the page.")
    paragraphs: tuple[Span, ...] = Field(default=(), description="Each body paragraph's extent.")
    removed: tuple[Removal, ...] = Field(
        default=(), description="Everything dropped from inside the article, with the reason."
    )
    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    actions: tuple[PolicyAction, ...] = ()
    source: Source

    @staticmethod
    def content_id(headline: str | None, body: str) -> str:
        """The ``id`` of an article with this headline and body: the same words give the
        same id anywhere, so exact copies from different sources share it.

        >>> Article.content_id("Talks resume", "Talks resumed.")
        '15cb642a5f02424b'
        """
        digest = hashlib.sha256(f"{headline or ''}\n\n{body}".encode("utf-8", "surrogatepass"))
        return digest.hexdigest()[:16]


class Relation(str, Enum):
    """How a story member relates to the story's canonical article."""

    CANONICAL = "canonical"
    EXACT = "exact"  # the same body
    NEAR = "near"  # a syndicated copy: other dateline, footer, a cut tail, a few edits
    SAME_EVENT = "same_event"  # another outlet's story of the same event


class StoryMember(_Record):
    """One article's place in a story, with the evidence for putting it there."""

    article: NonNegativeInt = Field(description="Index into Story.articles.")
    relation: Relation
    similarity: Annotated[float, Field(ge=0.0, le=1.0)] = Field(
        description="Text similarity to the canonical article (1.0 for itself)."
    )
    shared_quotes: tuple[str, ...] = Field(
        default=(),
        description="Texts of this article's quotes that made its same-event link with "
        "the linked_to member (each occurs in this article).",
    )
    shared_actions: tuple[str, ...] = Field(
        default=(),
        description='Counted actions that made a same-event link, as "kind:count" '
        '("expulsion:10"); empty when quotes made it.',
    )
    shared_names: tuple[str, ...] = Field(
        default=(),
        description="The rare names (lower-cased) both articles of that link name, with "
        "shared_actions.",
    )
    linked_to: NonNegativeInt | None = Field(
        default=None,
        description="Index into Story.articles of the member this article was linked to "
        "(None for the canonical article).",
    )
    link: Relation | None = Field(
        default=None,
        description="What that link rests on: exact (the same body), near (shared sentences) "
        "or same_event (shared quotes or counted actions).",
    )
    link_score: Annotated[float, Field(ge=0.0, le=1.0)] | None = Field(
        default=None, description="The strength of that link, from 0 to 1."
    )


class Mention(_Record):
    """Where a merged item occurs: ``Story.articles[article].quotes[item]`` (or actions)."""

    article: NonNegativeInt
    item: NonNegativeInt


class StoryQuote(_Record):
    """One quote of a story, with every member article that carries it."""

    quote: Quote
    mentions: tuple[Mention, ...] = Field(min_length=1)


class StoryAction(_Record):
    """One policy action of a story, with every member article that states it."""

    action: PolicyAction
    mentions: tuple[Mention, ...] = Field(min_length=1)


class Story(_Record):
    """Several articles about one event, merged so that nothing is lost."""

    id: str = Field(description="Stable hash of the canonical article's id and the member ids.")
    articles: tuple[Article, ...] = Field(
        min_length=1, description="Every member article; the canonical one first."
    )
    members: tuple[StoryMember, ...] = Field(min_length=1)
    quotes: tuple[StoryQuote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    actions: tuple[StoryAction, ...] = ()
