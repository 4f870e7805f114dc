"""Boilerplate rules: the defaults on the seed pages' lines, user rules, and bad rules."""

from __future__ import annotations

import pytest

from newsrecords import RuleError
from newsrecords.page.boilerplate import SCOPES, BoilerplateRule, compile_rules, default_rules
from newsrecords.page.boilerplate_rules import DEFAULT_RULES
from newsrecords.text.normalize import fold

REMOVED = [
    ("Download the NBC News app for breaking news and politics", "line", "share-prompt"),
    ("Read original article here", "separator", "separator"),
    ("Tag Archives: allies", "page-header", "tag-archive"),
    ("Leave a Reply", "line", "comment-form"),
    ("Post a Comment", "line", "comment-form"),
    ("No comments:", "line", "comment-form"),
    ("Note: only a member of this blog may post a comment.", "line", "comment-form"),
    ("Please enter your comment!", "line", "comment-form"),
    ("Please enter your name here", "line", "comment-form"),
    ("Your email address will not be published.", "line", "comment-form"),
    ("- Advertisement -spot_img", "line", "advertisement"),
    ("Must read", "line", "related-links"),
    ("More articles", "line", "related-links"),
    ("Latest article", "line", "related-links"),
    ("Powered by automated translation", "line", "translation-notice"),
    ("\u2014-", "line", "rule"),
    ("Omer Messinger | Getty Images News | Getty Images", "line", "photo-credit"),
    (
        "BERLIN, GERMANY \u2013 JANUARY 23: Protesters march in Berlin, Germany. "
        "(Photo by Omer Messinger/Getty Images)",
        "line",
        "caption",
    ),
    (
        "Maritime tensions will be on the agenda.Mass Communication Specialist 3rd Class "
        "Erica Bechard / U.S.Navy / AP file",
        "line",
        "caption",
    ),
    (
        "The sanctions are a response in part to reports that Russia encouraged attacks. AFP",
        "line",
        "caption",
    ),
    (
        "INFRASTRUCTURE WEEK: Putin has denied opposition leader Alexi Navalny's claims",
        "body",
        "caption",
    ),
]

KEPT = [
    "By making his first Cabinet agency trip to the State Department, Biden is aiming high.",
    "The Taiwan question",
    "Call with NATO",
    "NEW DELHI: The minister said the talks would resume on Monday.",
    "\u201cThe idea that you can somehow contain China is just ridiculous,\u201d Hayton added.",
    "Read the comments below to see what readers think of the plan.",
    "He said the U.S. and/or AP reporters would attend.",
    "Advertisements for the vaccine campaign ran on every channel in the state.",
]


@pytest.mark.parametrize(("line", "scope", "reason"), REMOVED)
def test_default_rules_remove_seed_boilerplate(line: str, scope: str, reason: str) -> None:
    assert compile_rules().match(fold(line), scope) == reason


@pytest.mark.parametrize("line", KEPT)
@pytest.mark.parametrize("scope", SCOPES)
def test_default_rules_keep_real_paragraphs(line: str, scope: str) -> None:
    assert compile_rules().match(fold(line), scope) is None


def test_rules_are_data() -> None:
    assert all(len(entry) == 4 for entry in DEFAULT_RULES)
    assert len(default_rules()) == len(DEFAULT_RULES)
    assert {rule.scope for rule in default_rules()} <= set(SCOPES)


def test_user_rules_come_after_the_defaults() -> None:
    extra = BoilerplateRule("Leave a Reply", "mine", kind="phrase")
    ruleset = compile_rules([extra, ("Bonus", "promo", "body")])
    assert ruleset.match("Leave a Reply", "line") == "comment-form"  # the default wins
    assert ruleset.match("Bonus", "body") == "promo"
    assert ruleset.match("Bonus", "line") is None
    assert ruleset.rules[-2:] == (extra, BoilerplateRule("Bonus", "promo", "body"))


def test_case_sensitive_rules() -> None:
    ruleset = compile_rules([BoilerplateRule("[A-Z]+ ONLY", "shout", kind="regex-cs")])
    assert ruleset.match("LOUD ONLY", "line") == "shout"
    assert ruleset.match("loud only", "line") is None


@pytest.mark.parametrize(
    "bad",
    [
        ("(unclosed", "promo"),
        ("(?i)leading flags", "promo"),
        ("", "promo"),
        ("x", ""),
        ("x", "Upper Case"),
        ("x", "promo", "nowhere"),
        BoilerplateRule("x", "promo", kind="glob"),
        ("x",),
        (1, "promo"),
        "not a rule",
    ],
)
def test_malformed_rules_raise(bad: object) -> None:
    with pytest.raises(RuleError):
        compile_rules([bad])  # type: ignore[list-item]


def test_a_single_rule_instead_of_a_list_raises() -> None:
    with pytest.raises(RuleError):
        compile_rules(BoilerplateRule("x", "promo"))  # type: ignore[arg-type]
    with pytest.raises(RuleError):
        compile_rules(42)  # type: ignore[arg-type]


def test_rules_do_not_backtrack_on_long_lines() -> None:
    # No timing threshold (machines are noisy): a catastrophic pattern would make this test
    # run for hours instead of milliseconds, which CI notices.
    ruleset = compile_rules()
    nasty = [
        "a " * 50_000 + "b",
        "|" * 50_000,
        "a | " * 20_000,
        "/ " * 30_000,
        "(photo by " * 10_000,
        "A" * 50_000 + ": x",
        "- " * 50_000,
    ]
    for line in nasty:
        for scope in SCOPES:
            assert ruleset.match(line, scope) in (None, "rule")
