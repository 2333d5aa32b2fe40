"""User rules YAML: compilation and clear validation errors."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, RulesError, compile_rules


def test_compiles_keywords_and_regex() -> None:
    rules = compile_rules(
        '- match: ["stock price", "bitcoin"]\n  route: search\n- regex: "^(write|draft) (a|an) (poem|story)"\n  route: reasoning\n'
    )
    assert rules.route_rule("What's the Bitcoin price") is not None
    assert rules.route_rule("bitcoins") is None
    rule = rules.route_rule("write a poem about cats")
    assert rule is not None
    assert rule.route is Route.REASONING


def test_empty_text_means_no_rules() -> None:
    assert compile_rules("  \n").rules == ()


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("- match: [a\n", "not valid YAML"),
        ("match: x\n", "must be a YAML list"),
        (
            "- match: [x]\n  route: cloud\n",
            "rule 1 (line 1): field 'route' has unknown route 'cloud'",
        ),
        (
            "- match: [x]\n  route: local\n- regex: '(unclosed'\n  route: search\n",
            "rule 2 (line 3): field 'regex' is not a valid regular expression",
        ),
        ("- match: [x]\n  rout: local\n", "unknown field 'rout'"),
        (
            "- route: local\n",
            "needs 'match' (keywords), 'regex' or one of area, floor, satellite, person",
        ),
        ("- match: [x]\n", "needs 'route'"),
        ("- match: []\n  route: local\n", "non-empty list"),
        ("- match: [x]\n  private: maybe\n", "field 'private' must be true or false"),
        ("- just text\n", "expected a mapping"),
    ],
)
def test_errors_name_rule_line_and_field(yaml_text: str, message: str) -> None:
    with pytest.raises(RulesError, match=None) as caught:
        compile_rules(yaml_text)
    assert message in str(caught.value)
