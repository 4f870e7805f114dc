r"""The default boilerplate rules, as data.

Compiled by hand from the five seed pages (tag-archive pages, blog and news-site footers,
wire captions) and general knowledge of news-site templates. Each entry is
``(kind, pattern, reason, scope)``:

* ``kind``: ``"phrase"`` (the whole line, lower-cased and whitespace-collapsed, equals the
  pattern) or ``"regex"`` (the pattern matches the whole stripped line, case-insensitively).
  ``"regex-cs"`` is a case-sensitive regex, for rules that key on capital letters.
* ``reason``: the stable code recorded in :class:`~newsrecords.models.Removal`.
* ``scope``: where the rule applies. ``"separator"`` lines split a page into articles;
  ``"page-header"`` lines are only looked for before a page's first article; ``"line"`` rules
  apply to every line of an article; ``"body"`` rules only below the headline and summary.

Every line is matched on its folded form (curly quotes straight, dashes ``-``, NBSP a space).
Note for rule writers: a pattern that starts with ``[^\n]*`` should follow it with a
literal character (``[^\n]*\(photo``), which the regex engine scans for quickly; a
character class there makes every line cost a backtracking walk.

Patterns are anchored to the whole line and avoid nested quantifiers over overlapping
classes, so matching a line costs time linear in its length. Prefer specific rules: a rule
that removes a real paragraph loses content silently.
"""

from __future__ import annotations

RuleData = tuple[str, str, str, str]

# Agencies and picture desks whose names end photo credits and captions.
_PICTURE_DESKS = (
    r"(?:getty\s+images|afp|ap|reuters|epa(?:-efe)?|bloomberg|shutterstock|nurphoto"
    r"|sipa|anadolu|xinhua|tass|pool|u\.s\.\s?navy)"
)

_CAPTION_AGENCIES = ("AFP", "AP", "Reuters", "EPA", r"Getty\sImages", "Bloomberg")


def _ends_after_sentence(words: tuple[str, ...]) -> str:
    """A zero-width pattern: what precedes is sentence punctuation, a space and one of
    ``words``. One look-behind per word, since a look-behind has a fixed width.

    >>> import re
    >>> line = re.compile("[^\\n]*" + _ends_after_sentence(("AFP", "AP")))
    >>> [bool(line.fullmatch(s)) for s in ("Troops left. AP", "Troops left AP", ". AFP")]
    [True, False, True]
    """
    return "(?:" + "|".join(rf"(?<=[.!?\"'] {word})" for word in words) + ")"


DEFAULT_RULES: tuple[RuleData, ...] = (
    # --- separators between the articles of an aggregated page ---------------------------
    (
        "regex",
        r"read\s+(?:the\s+)?(?:original|full)\s+(?:article|story)(?:\s+here)?[.:!]?",
        "separator",
        "separator",
    ),
    # --- page headers of archive pages ---------------------------------------------------
    (
        "regex",
        r"(?:tag|category|author|topic|monthly|yearly)\s+archives?\s*:[^\n]{0,120}",
        "tag-archive",
        "page-header",
    ),
    ("regex", r"posts\s+tagged\s*:?[^\n]{1,120}", "tag-archive", "page-header"),
    # --- app and share prompts -----------------------------------------------------------
    ("regex", r"download\s+the\s+[^\n]{1,40}\s+app\b[^\n]{0,100}", "share-prompt", "line"),
    (
        "regex",
        r"(?:sign\s+up|subscribe)\s+(?:for|to)\s+(?:our|the)\s+[^\n]{0,40}newsletters?"
        r"[^\n]{0,80}",
        "share-prompt",
        "line",
    ),
    ("phrase", "share this:", "share-prompt", "line"),
    ("phrase", "share this article", "share-prompt", "line"),
    ("phrase", "share this story", "share-prompt", "line"),
    ("phrase", "share on facebook", "share-prompt", "line"),
    ("phrase", "share on twitter", "share-prompt", "line"),
    ("phrase", "click to share on twitter (opens in new window)", "share-prompt", "line"),
    ("phrase", "click to share on facebook (opens in new window)", "share-prompt", "line"),
    # --- comment forms (Blogger and WordPress templates) ---------------------------------
    ("phrase", "leave a reply", "comment-form", "line"),
    ("phrase", "leave a comment", "comment-form", "line"),
    ("phrase", "cancel reply", "comment-form", "line"),
    ("phrase", "leave a reply cancel reply", "comment-form", "line"),
    ("phrase", "post a comment", "comment-form", "line"),
    ("phrase", "post comment", "comment-form", "line"),
    ("phrase", "no comments:", "comment-form", "line"),
    ("phrase", "no comments", "comment-form", "line"),
    ("phrase", "note: only a member of this blog may post a comment.", "comment-form", "line"),
    ("phrase", "please enter your comment!", "comment-form", "line"),
    ("phrase", "please enter your name here", "comment-form", "line"),
    ("phrase", "please enter your email address here", "comment-form", "line"),
    ("phrase", "you have entered an incorrect email address!", "comment-form", "line"),
    ("phrase", "subscribe to: post comments (atom)", "comment-form", "line"),
    ("phrase", "newer post older post home", "comment-form", "line"),
    (
        "regex",
        r"your\s+email\s+address\s+will\s+not\s+be\s+published\.?"
        r"(?:\s*required\s+fields\s+are\s+marked\s*\*?)?",
        "comment-form",
        "line",
    ),
    (
        "regex",
        r"save\s+my\s+name,\s+email,?\s+and\s+website\s+in\s+this\s+browser[^\n]{0,60}",
        "comment-form",
        "line",
    ),
    # --- advertisement markers -----------------------------------------------------------
    ("regex", r"(?:-\s*)?advertisement(?:\s*-)?\s*(?:spot_img)?", "advertisement", "line"),
    ("phrase", "spot_img", "advertisement", "line"),
    ("phrase", "sponsored content", "advertisement", "line"),
    # --- related-link blocks -------------------------------------------------------------
    ("phrase", "must read", "related-links", "line"),
    ("phrase", "more articles", "related-links", "line"),
    ("phrase", "latest article", "related-links", "line"),
    ("phrase", "latest articles", "related-links", "line"),
    ("phrase", "related articles", "related-links", "line"),
    ("phrase", "related posts", "related-links", "line"),
    ("phrase", "related stories", "related-links", "line"),
    ("phrase", "you may also like", "related-links", "line"),
    ("phrase", "more from this author", "related-links", "line"),
    ("phrase", "trending now", "related-links", "line"),
    # --- machine-translation notices -----------------------------------------------------
    ("phrase", "powered by automated translation", "translation-notice", "line"),
    (
        "regex",
        r"(?:this\s+(?:article|story)\s+(?:was|has\s+been)\s+)?(?:machine|automatically)"
        r"[ -]translated[^\n]{0,80}",
        "translation-notice",
        "line",
    ),
    # --- horizontal rules: "—-", "***", "___" ---------------------------------------------
    ("regex", r"[-_=*~](?:\s?[-_=*~]){1,40}", "rule", "line"),
    # --- photo credits: "Omer Messinger | Getty Images News | Getty Images" ---------------
    (
        "regex",
        r"(?=[^\n]*\|)[^|\n]{1,80}(?:\|[^|\n]{1,80}){0,3}\|\s*"
        + _PICTURE_DESKS
        + r"(?:\s+(?:photo|file|images))?",
        "photo-credit",
        "line",
    ),
    (
        "regex",
        r"(?:photo|image|picture|photograph)\s*(?:credit)?\s*:[^\n]{1,150}",
        "photo-credit",
        "line",
    ),
    # --- captions ------------------------------------------------------------------------
    # "... march in Berlin. (Photo by Omer Messinger/Getty Images)"
    (
        "regex",
        r"[^\n]*\((?:photo|photograph|picture|image)s?\s+(?:by|credit|courtesy)"
        r"[^()\n]{0,150}\)",
        "caption",
        "line",
    ),
    # "... (AP Photo/Evan Vucci)"
    ("regex", r"[^\n]*\(ap\s+photo[^()\n]{0,100}\)", "caption", "line"),
    # "... Erica Bechard / U.S.Navy / AP file"
    (
        "regex",
        r"[^\n]*/(?<=\s/)\s*" + _PICTURE_DESKS + r"(?:\s+(?:file|photo|images))*",
        "caption",
        "line",
    ),
    # "... personnel in Afghanistan. AFP": a caption ending in the agency, no full stop.
    # The look-ahead takes the whole line and the back-reference consumes it, so the
    # engine cannot give it back: the agencies are tried once, at the end of the line,
    # instead of after every space on the way back (a sixth of all rule matching). Lines
    # hold no line break, so reading up to one reads the whole line.
    (
        "regex-cs",
        r"(?=(?P<_caption_line>[^\n]*))(?P=_caption_line)"
        + _ends_after_sentence(_CAPTION_AGENCIES),
        "caption",
        "line",
    ),
    # "INFRASTRUCTURE WEEK: Putin has denied ..." a capitalised kicker heading a caption
    # (no full stop, which keeps "NEW DELHI: The minister said ... ." as a paragraph).
    (
        "regex-cs",
        r"[A-Z][A-Z'&-]{1,30}(?:\s[A-Z][A-Z'&-]{1,30}){0,4}:\s[^\n]*[^\s.!?\"':;,)\]…]",
        "caption",
        "body",
    ),
)
