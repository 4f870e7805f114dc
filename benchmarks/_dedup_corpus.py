"""The synthetic corpora of ``dedup_scale.py``: real paragraphs, generated copies.

Corpus construction (seeded, so every run builds the same corpora):

* **Originals.** The 840 train texts hold about 14,000 usable paragraphs, far fewer than
  the corpora need, so each original is a collage of 5 to 10 real paragraphs drawn at
  random (distinct paragraphs of 8 to 120 words). A finite pool must not make a larger
  corpus denser (more unrelated originals sharing text, so candidate pairs growing
  faster than the corpus): the originals at 40 K are built to be as distinct from each
  other as at 10 K. So every drawn paragraph has every third word (from a random
  offset) replaced by a random word of the texts, which leaves no 4-word window and no
  sentence half in common with another draw of the same paragraph; and one paragraph in
  ten is instead copied word for word from one of the previous 32 originals, so unrelated
  originals do share some verbatim text, but each with a bounded number of others
  whatever the corpus size. A paragraph that holds a direct quote with a named speaker
  (from PolNeAR's attribution annotations; a quote split by its attribution keeps its
  first fragment) belongs to one original only and gives it that quote. Publication
  dates fall within 180 days per 10 K articles (an archive twice as large covers twice
  the time, so same-day stories do not grow denser either).
* **Counted actions.** Seven originals in ten state one or two policy actions, each in a
  sentence of its own ("Ankara: the ministry expelled 12 diplomats on Tuesday over
  tariffs.", a random word of the texts at each end): one of eight kinds, a count of 2 to
  60 (sometimes a round larger number), so that unrelated originals often share a kind
  and a count, as real news does.
* **Exact copies**: the same headline and body under another source.
* **Syndicated copies**: another dateline and byline, a footer, the last 1 to 3
  paragraphs cut (at least three kept), and 1 to 5 edited words.
* **Same-event rewrites** by another outlet: a new lead naming four of the original's
  capitalised names, two to four unrelated filler paragraphs, and the original's quotes
  (one or two, verbatim, same speaker) retold in another frame, dated within two days.
* **Action rewrites** (``rewrite_action``), as after a translation: a lead naming six of
  the original's capitalised names, filler paragraphs, and the original's counted actions
  retold in other words with the same numbers, dated within two days; they share no
  verbatim quote and no sentence with the original. Reported separately.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import random
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import attrs
from _dedup_hard import (
    AGENCIES,
    BOX_RATE,
    CITIES,
    HARD_KINDS,
    STOCK_RATE,
    Hard,
    edited,
    padded,
    update,
    wire,
)

from newsrecords.dedupe.fingerprint import stable_hash64
from newsrecords.lexicon.dedupe_words import CAPITALISED_FUNCTION_WORDS as FUNCTION
from newsrecords.models import (
    ActionKind,
    Article,
    PolicyAction,
    Quote,
    QuoteKind,
    Source,
    Span,
    Speaker,
)

__all__ = ["KINDS", "Corpus", "build_corpus", "load_pool"]

KINDS = ("exact", "near", "rewrite", "rewrite_action", *HARD_KINDS)
# What the targets group: copies of the original's own text, and other outlets' stories.
SYNDICATED = ("near", "update", "wire", "edited")
REWRITES = ("rewrite", "padded")  # rewrite_action (no quote in common) is reported apart
_NAME = re.compile(r"\b[A-Z][a-z]{3,}\b")  # capitalised words, for rewrite leads
_EDITS = ("reportedly", "also", "then", "still", "largely", "now", "later")


@attrs.frozen
class _Paragraph:
    text: str
    quotes: tuple[tuple[str, str], ...]  # (quote text, speaker name)


@attrs.frozen
class _Pool:
    plain: list[str]
    quoted: list[_Paragraph]
    vocabulary: list[str]


VERBATIM = 0.1  # share of an original's paragraphs copied word for word from a recent one
TOP = 3  # paragraphs at the top of an original that no other original copies
RECENT = 32  # how many previous originals a verbatim paragraph may come from
DAYS_PER_10K = 180  # the time an archive of 10 K articles covers
ACTION_RATE = 0.7  # share of originals that state counted actions
ACTION_REWRITE_RATE = 0.03  # action rewrites per article of the corpus
SLIP_RATE = 0.1  # share of rewrites sharing one quote that credit it to another person

# (kind, unit, verb as written, the same in other words for a rewrite)
_ACTIONS = (
    (ActionKind.EXPULSION, "diplomats", "expelled", "were ordered to leave"),
    (ActionKind.SANCTION, "people", "sanctioned", "were hit with sanctions"),
    (ActionKind.SANCTION, "companies", "blacklisted", "were put on a sanctions list"),
    (ActionKind.TROOP_DEPLOYMENT, "troops", "deployed", "were sent to the region"),
    (ActionKind.TROOP_WITHDRAWAL, "soldiers", "withdrew", "were pulled out"),
    (ActionKind.AID_PLEDGE, "ventilators", "pledged", "were promised as aid"),
    (ActionKind.SUMMONS, "envoys", "summoned", "were called in for talks"),
    (ActionKind.FINANCIAL_RESTRICTION, "banks", "restricted", "lost access to markets"),
)
_ACTORS = ("The ministry", "The government", "Officials", "The administration")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@attrs.frozen
class _Action:
    kind: ActionKind
    count: int
    trigger: str  # the verb as written in the sentence
    sentence: str


def _vary(rng: random.Random, paragraph: str, vocabulary: list[str]) -> str:
    """A paragraph with every third word replaced by a random word of the texts.

    A pool paragraph recurs in many originals; varied so, no 4-word window and no sentence
    half survives in common with another draw of it, so the corpus does not grow denser
    as it grows larger.
    """
    toks = paragraph.split(" ")
    for i in range(rng.randrange(3), len(toks), 3):
        toks[i] = rng.choice(vocabulary)
    return " ".join(toks)


def _count(rng: random.Random) -> int:
    return rng.randint(2, 60) if rng.random() < 0.9 else rng.choice((100, 200, 500, 1000))


def _actions(rng: random.Random, vocabulary: list[str]) -> list[_Action]:
    """One or two counted actions, each stated in a sentence of its own.

    Random words of the texts at both ends keep the sentence's halves from recurring in
    every original that states the same action (a template would make the corpus denser
    as it grows, as a finite pool of paragraphs would).
    """
    out = []
    for _ in range(rng.randint(1, 2)):
        kind, unit, verb, _other = rng.choice(_ACTIONS)
        count = _count(rng)
        actor, day = rng.choice(_ACTORS), rng.choice(_WEEKDAYS)
        first, last = rng.choice(vocabulary), rng.choice(vocabulary)
        sentence = f"{first}: {actor.lower()} {verb} {count} {unit} on {day} over {last}."
        out.append(_Action(kind, count, verb, sentence))
    return out


def _retold(rng: random.Random, action: _Action) -> _Action:
    """The same action in other words, with the same number, as a translation gives it."""
    unit, other = next(
        (u, o) for k, u, v, o in _ACTIONS if k is action.kind and v == action.trigger
    )
    lead = rng.choice(("According to officials,", "Local media reported that", "In all,"))
    return _Action(action.kind, action.count, other, f"{lead} {action.count} {unit} {other}.")


_PRONOUNS = frozenset(("He", "She", "They", "It", "I", "We"))


def _first_fragment(text: str, content: dict[str, Any]) -> str:
    start, end = content["fragments"][0]
    return str(text[start:end]).strip("\"'“”‘’ ,.")


def load_pool(path: Path) -> _Pool:
    """Paragraphs of the train texts, with the direct quotes PolNeAR attributes by name."""
    plain: list[str] = []
    quoted: list[_Paragraph] = []
    seen: set[str] = set()  # a few texts recur in the train split
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            text: str = row["text"]
            pos = 0
            for para in text.split("\n\n"):
                start, end = pos, pos + len(para)
                pos = end + 2
                # Very long paragraphs (a whole article with no blank lines) would make two
                # collages that share one into near copies of each other: left out.
                if not 8 <= len(para.split()) <= 120 or para in seen:
                    continue
                seen.add(para)
                quotes = tuple(
                    (quote, a["source"]["text"])
                    for a in row["attributions"]
                    if a["source"]
                    and a["content"]
                    and start <= a["content"]["start"]
                    and a["content"]["end"] <= end
                    and a["quoted_fraction"] >= 0.9
                    and a["source"]["text"][:1].isupper()
                    and a["source"]["text"] not in _PRONOUNS
                    # A quote split by its attribution ("..., he said, ...") is kept as
                    # its first fragment, which is what the text holds verbatim.
                    and len((quote := _first_fragment(text, a["content"])).split()) >= 5
                )
                if quotes:
                    quoted.append(_Paragraph(para, quotes))
                else:
                    plain.append(para)
    vocabulary = sorted({w for p in plain for w in p.split() if w.isalpha()})
    return _Pool(plain, quoted, vocabulary)


def _article(
    body: str,
    source: str,
    published: _dt.datetime,
    quotes: Sequence[tuple[str, str]],
    headline: str,
    actions: Sequence[_Action] = (),
) -> Article:
    stated = []
    for action in actions:
        at = body.find(action.sentence)
        if at < 0:
            continue  # cut from a syndicated copy
        trigger = at + action.sentence.index(action.trigger)
        stated.append(
            PolicyAction(
                kind=action.kind,
                trigger=action.trigger,
                trigger_span=Span(start=trigger, end=trigger + len(action.trigger)),
                count=action.count,
                evidence=action.sentence,
                span=Span(start=at, end=at + len(action.sentence)),
            )
        )
    built = []
    for text, speaker in quotes:
        at = body.find(text)
        if at < 0:
            continue
        built.append(
            Quote(
                text=text,
                kind=QuoteKind.DIRECT,
                speaker=Speaker(name=speaker),
                span=Span(start=at, end=at + len(text)),
            )
        )
    content = f"{headline}\n\n{body}".encode("utf-8", "surrogatepass")
    return Article(
        id=Article.content_id(headline, body),
        headline=headline,
        published=published,
        body=body,
        span=Span(start=0, end=len(body)),
        quotes=tuple(built),
        actions=tuple(stated),
        source=Source(name=source, sha256=hashlib.sha256(source.encode() + content).hexdigest()),
    )


@attrs.define
class Corpus:
    articles: list[Article]
    cluster: list[int]  # the original's position for every article
    kind: list[str]  # "original" or one of KINDS
    # Per original: hashes of its collage paragraphs; two originals with two in common
    # share long verbatim text, so merging them is no error (left out of precision).
    paragraphs: dict[int, frozenset[int]] = attrs.field(factory=dict)
    # Per article: the background boxes it carries, and its stock quote (-1 for none).
    boxes: list[frozenset[int]] = attrs.field(factory=list)
    stock: list[int] = attrs.field(factory=list)


def build_corpus(pool: _Pool, size: int, seed: int = 7) -> Corpus:
    """A corpus of ``size`` articles, the same for the same pool, size and seed."""
    rng = random.Random(seed)
    quoted = list(pool.quoted)
    rng.shuffle(quoted)
    # The stock quotes are drawn first, so no original has one as its own quote.
    hard = Hard.draw(rng, pool.plain, [p.quotes[0] for p in quoted], size)
    del quoted[: len(hard.stock)]
    rewrites_wanted = min(len(quoted), size * 4 // 100)
    action_rewrites_wanted = int(size * ACTION_REWRITE_RATE)
    corpus = Corpus([], [], [])
    start = _dt.datetime(2016, 1, 1, 9, 0)
    span_days = max(1, DAYS_PER_10K * size // 10_000)
    recent: list[list[str]] = []  # the paragraphs of the last RECENT originals

    def add(article: Article, cluster: int, kind: str, boxes: frozenset[int] = frozenset()) -> None:
        corpus.articles.append(article)
        corpus.cluster.append(cluster)
        corpus.kind.append(kind)
        text = article.body
        corpus.boxes.append(boxes or frozenset(b for b in box_of if hard.boxes[b] in text))
        carries = stock_of >= 0 and hard.stock[stock_of][0] in text
        corpus.stock.append(stock_of if carries else -1)

    box_of: frozenset[int] = frozenset()
    stock_of = -1

    serial = 0
    while len(corpus.articles) < size:
        serial += 1
        origin = len(corpus.articles)
        drawn = [
            (rng.choice(rng.choice(recent)), True)
            if recent and rng.random() < VERBATIM
            else (_vary(rng, p, pool.vocabulary), False)
            for p in rng.sample(pool.plain, rng.randint(5, 10))
        ]
        paras = [text for text, _ in drawn]
        own_text = [text for text, copied in drawn[:TOP] if not copied]  # its own top
        # Later originals copy from the paragraphs below the top three, which wire items
        # take: a wire item is then a copy of its own original only.
        recent.append(list(paras[TOP:]) or list(paras))
        del recent[:-RECENT]
        corpus.paragraphs[origin] = frozenset(stable_hash64(p) for p in paras)
        box_of, stock_of = frozenset(), -1
        if rng.random() < BOX_RATE:
            box = rng.randrange(len(hard.boxes))
            paras.insert(rng.randint(1, len(paras)), hard.boxes[box])
            box_of = frozenset((box,))
        own: _Paragraph | None = None
        if rewrites_wanted and rng.random() < 0.5:
            own = quoted.pop()
            rewrites_wanted -= 1
            paras.insert(rng.randint(1, len(paras) - 1), own.text)
        actions = _actions(rng, pool.vocabulary) if rng.random() < ACTION_RATE else []
        for action in actions:
            paras.insert(rng.randint(1, len(paras) - 1), action.sentence)
        quotes = own.quotes if own else ()
        if rng.random() < STOCK_RATE:
            stock_of = rng.randrange(len(hard.stock))
            paras.insert(rng.randint(1, len(paras)), hard.stock_sentence(stock_of))
            quotes = (*quotes, hard.stock[stock_of])
        published = start + _dt.timedelta(days=rng.randrange(span_days), hours=rng.randrange(12))
        headline = f"Story {serial}: " + " ".join(paras[0].split()[:8])
        body = "\n\n".join(paras)
        original = _article(body, f"outlet-{serial}", published, quotes, headline, actions)
        add(original, origin, "original")
        if rng.random() < 0.25:
            for n in range(rng.randint(1, 2)):
                exact = _article(body, f"mirror-{serial}-{n}", published, quotes, headline, actions)
                add(exact, origin, "exact")
        if rng.random() < 0.35:
            for n in range(rng.randint(1, 2)):
                copy = _syndicate(rng, paras)
                when = published + _dt.timedelta(hours=rng.randrange(24))
                near = _article(copy, f"paper-{serial}-{n}", when, quotes, headline, actions)
                add(near, origin, "near")
        if own is not None:
            text, shared = _rewrite(rng, pool, body, own)
            when = published + _dt.timedelta(days=rng.randint(-2, 2))
            add(
                _article(text, f"rewrite-{serial}", when, shared, f"Rewrite {serial}"),
                origin,
                "rewrite",
            )
        _hard_variants(
            rng, hard, pool, corpus, add, origin, serial, (paras, own_text), original, own, actions
        )
        if actions and action_rewrites_wanted and rng.random() < 0.1:
            action_rewrites_wanted -= 1
            text, retold = _rewrite_actions(rng, pool, body, actions)
            when = published + _dt.timedelta(days=rng.randint(-2, 2))
            headline = f"Report {serial}"
            add(
                _article(text, f"foreign-{serial}", when, (), headline, retold),
                origin,
                "rewrite_action",
            )
    del corpus.articles[size:], corpus.cluster[size:], corpus.kind[size:]
    del corpus.boxes[size:], corpus.stock[size:]
    return corpus


def _hard_variants(
    rng: random.Random,
    hard: Hard,
    pool: _Pool,
    corpus: Corpus,
    add: Any,
    origin: int,
    serial: int,
    texts: tuple[list[str], list[str]],
    original: Article,
    own: _Paragraph | None,
    actions: list[_Action],
) -> None:
    """The hard copies of one original: padded rewrites, updates, wire items (from its own
    paragraphs, not those copied from another original), edits."""
    paras, own_text = texts
    published = original.published
    assert published is not None
    quotes = [(q.text, q.speaker.name if q.speaker else "") for q in original.quotes]
    if own is not None and rng.random() < 0.3:
        names = sorted(set(_NAME.findall(original.body)))
        rng.shuffle(names)
        body, boxes = padded(rng, hard, names, own.quotes[:1])
        when = published + _dt.timedelta(hours=rng.randrange(-30, 30))
        made = _article(body, f"brief-{serial}", when, own.quotes[:1], f"Brief {serial}")
        add(made, origin, "padded", frozenset(boxes))
    if rng.random() < 0.1:
        fresh = [_vary(rng, p, pool.vocabulary) for p in rng.sample(pool.plain, 2)]
        when = published + _dt.timedelta(hours=rng.randint(3, 10))
        text = update(rng, paras, fresh)
        made = _article(text, f"later-{serial}", when, quotes, "Update", actions)
        add(made, origin, "update")
    if rng.random() < 0.1 and (item := wire(rng, own_text)) is not None:
        when = published + _dt.timedelta(hours=rng.randrange(6))
        made = _article(item, f"wire-{serial}", when, quotes, f"Wire {serial}", actions)
        add(made, origin, "wire")
    if rng.random() < 0.1:
        when = published + _dt.timedelta(hours=rng.randrange(12))
        text, headline = edited(rng, paras), original.headline or ""
        made = _article(text, f"edit-{serial}", when, quotes, headline, actions)
        add(made, origin, "edited")


def _syndicate(rng: random.Random, paras: list[str]) -> str:
    keep = max(3, len(paras) - rng.randint(1, 3))
    out = list(paras[:keep])
    out[0] = f"{rng.choice(CITIES)} ({rng.choice(AGENCIES)}) — {out[0]}"
    for _ in range(rng.randint(1, 5)):
        i = rng.randrange(len(out))
        toks = out[i].split(" ")
        j = rng.randrange(len(toks))
        toks[j] = rng.choice(_EDITS) if rng.random() < 0.5 else toks[j].upper()
        out[i] = " ".join(toks)
    byline = f"By {rng.choice(('Ann', 'Bo', 'Cy'))} {rng.choice(('Lee', 'Diaz', 'Park'))}"
    footer = f"Copyright 2016 {rng.choice(AGENCIES)}. All rights reserved."
    return "\n\n".join([byline, *out, footer])


def _rewrite(
    rng: random.Random, pool: _Pool, body: str, own: _Paragraph
) -> tuple[str, list[tuple[str, str]]]:
    names = sorted(set(_NAME.findall(body)))
    picked = rng.sample(names, min(4, len(names)))
    lead = f"In a development involving {', '.join(picked)}, the story took another turn."
    shared = list(own.quotes[: rng.randint(1, 2)])
    if rng.random() < SLIP_RATE and len(shared) == 1 and picked:
        # An attribution slip: the quote credited to another person of the story, whom
        # the original names, while the rewrite names the real speaker too.
        text, speaker = shared[0]
        other = rng.choice(picked)
        if len(text.split()) >= 8 and other not in speaker and other.lower() not in FUNCTION:
            lead = f"{lead} {speaker} was there."
            shared = [(text, other)]
    told = [f'"{text}," {speaker} said, according to people present.' for text, speaker in shared]
    filler = [_vary(rng, p, pool.vocabulary) for p in rng.sample(pool.plain, rng.randint(2, 4))]
    parts = [lead, filler[0], *told, *filler[1:], f"{' and '.join(picked[:2])} did not comment."]
    return "\n\n".join(parts), shared


def _rewrite_actions(
    rng: random.Random, pool: _Pool, body: str, actions: list[_Action]
) -> tuple[str, list[_Action]]:
    """Another outlet's story of the same actions, in other words: no quote, no sentence
    in common, the same counts and six of the original's capitalised names."""
    names = sorted(set(_NAME.findall(body)))
    picked = rng.sample(names, min(6, len(names)))
    lead = f"Reports involving {', '.join(picked[:3])} drew attention this week."
    retold = [_retold(rng, a) for a in actions]
    filler = [_vary(rng, p, pool.vocabulary) for p in rng.sample(pool.plain, rng.randint(2, 4))]
    tail = f"{', '.join(picked[3:])} were also named in the reports." if picked[3:] else ""
    parts = [lead, *(a.sentence for a in retold), *filler, tail]
    return "\n\n".join(p for p in parts if p), retold
