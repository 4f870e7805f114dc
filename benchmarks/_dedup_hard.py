"""The hard cases of ``dedup_scale.py``: what a real crawl holds besides clean copies.

Built from the same real PolNeAR paragraphs as the rest of the corpus (``_dedup_corpus``):

* **Background boxes.** A few real paragraphs, kept word for word, that many unrelated
  originals carry (an explainer reused under every story on a topic): one box per 400
  articles, so each is carried by about the same number of originals whatever the size.
* **Stock quotes.** A real attributed quote that its speaker repeats for months, set in a
  sentence of its own in many unrelated originals (one per 500 articles, each carried by
  about as many originals at every size), so unrelated stories share a verbatim quote of
  the same speaker.
* **Padded rewrites** (``padded``): another outlet's short story of an original's event,
  a lead with its names and its quote, padded with two or three background boxes that
  other stories carry.
* **Updates** (``update``): the original later in the day with one or two new paragraphs
  on top.
* **Wire items** (``wire``): one paragraph of 40 to 150 words from the original's top,
  under an agency dateline, maybe cut mid-sentence.
* **Light copy edits** (``edited``): the whole original with one word replaced, added or
  dropped in about a third of its sentences.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

import attrs

__all__ = ["HARD_KINDS", "Hard", "edited", "padded", "update", "wire"]

HARD_KINDS = ("padded", "update", "wire", "edited")
BOX_PER = 400  # articles per background box
STOCK_PER = 500  # articles per stock quote
BOX_RATE = 0.25  # share of originals that carry a background box
STOCK_RATE = 0.1  # share of originals that carry a stock quote
CITIES = ("WASHINGTON", "NEW YORK", "DES MOINES", "CHICAGO", "MIAMI", "DENVER")
AGENCIES = ("AP", "Reuters", "AFP", "Bloomberg")
_INSERTS = ("also", "reportedly", "now", "still", "again")


@attrs.frozen
class Hard:
    """The boxes and stock quotes of one corpus, drawn once."""

    boxes: tuple[str, ...]
    stock: tuple[tuple[str, str], ...]  # (quote, speaker)

    @classmethod
    def draw(
        cls,
        rng: random.Random,
        plain: Sequence[str],
        quotes: Sequence[tuple[str, str]],
        size: int,
    ) -> Hard:
        """Boxes from the plain paragraphs; stock quotes the first of ``quotes``."""
        boxes = tuple(rng.sample(list(plain), max(1, size // BOX_PER)))
        stock = tuple(quotes[: max(1, size // STOCK_PER)])
        return cls(boxes, stock)

    def stock_sentence(self, k: int) -> str:
        quote, speaker = self.stock[k]
        return f'{speaker} has said it at every stop for months: "{quote}."'


def padded(
    rng: random.Random, hard: Hard, names: Sequence[str], shared: Sequence[tuple[str, str]]
) -> tuple[str, set[int]]:
    """A short rewrite of an original's event padded with background boxes; returns the
    body and the boxes it carries."""
    picked = list(names[:3])
    lead = f"A short report on {', '.join(picked) or 'the case'} as it stood on the day."
    told = [f'"{text}," {speaker} said.' for text, speaker in shared]
    boxes = set(rng.sample(range(len(hard.boxes)), min(len(hard.boxes), rng.randint(2, 3))))
    parts = [lead, *told, *(hard.boxes[b] for b in sorted(boxes))]
    return "\n\n".join(parts), boxes


def update(rng: random.Random, paras: Sequence[str], fresh: Sequence[str]) -> str:
    """The original with new paragraphs on top, as a later version of the day gives it."""
    return "\n\n".join([*fresh[: rng.randint(1, 2)], *paras])


def wire(rng: random.Random, paras: Sequence[str]) -> str | None:
    """One paragraph of 40 to 150 words from the original's top, or None if too short."""
    words: list[str] = []
    for para in paras:
        words.extend(para.split(" "))
        if len(words) >= 40:
            break
    if len(words) < 40:
        return None
    keep = words[: rng.randint(min(100, len(words)), min(150, len(words)))]
    return f"{rng.choice(CITIES)} ({rng.choice(AGENCIES)}) — {' '.join(keep)}"


def edited(rng: random.Random, paras: Sequence[str]) -> str:
    """The original with one word replaced, added or dropped in a third of its sentences."""
    out = []
    for para in paras:
        sentences = para.split(". ")
        for s, sentence in enumerate(sentences):
            toks = sentence.split(" ")
            if len(toks) < 6 or rng.random() >= 1 / 3:
                continue
            j = rng.randrange(1, len(toks) - 1)
            choice = rng.random()
            if choice < 1 / 3:
                toks[j] = rng.choice(_INSERTS)
            elif choice < 2 / 3:
                toks.insert(j, rng.choice(_INSERTS))
            else:
                del toks[j]
            sentences[s] = " ".join(toks)
        out.append(". ".join(sentences))
    return "\n\n".join(out)
