"""User routing rules, written as YAML in the options flow and compiled once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import re
from typing import Any

import yaml

from .types import Route

_ALLOWED_FIELDS = ("match", "regex", "route", "private")
_ROUTE_NAMES = ", ".join(route.value for route in Route)


class RulesError(ValueError):
    """The rules YAML is invalid; the message names the rule, line and field."""


@dataclass(frozen=True)
class CompiledRule:
    """One rule: a pattern and what it implies (a route, privacy or both)."""

    pattern: re.Pattern[str]
    route: Route | None
    private: bool
    label: str

    def matches(self, text: str) -> bool:
        """Return whether the rule applies to `text`."""
        return self.pattern.search(text) is not None


@dataclass(frozen=True)
class CompiledRules:
    """All user rules, in the order they were written."""

    rules: tuple[CompiledRule, ...] = ()

    def privacy_rule(self, text: str) -> CompiledRule | None:
        """Return the first matching rule that marks `text` private."""
        return next(
            (rule for rule in self.rules if rule.private and rule.matches(text)), None
        )

    def route_rule(self, text: str) -> CompiledRule | None:
        """Return the first matching rule that sets a route."""
        return next(
            (
                rule
                for rule in self.rules
                if rule.route is not None and rule.matches(text)
            ),
            None,
        )


EMPTY_RULES = CompiledRules()


def compile_rules(yaml_text: str) -> CompiledRules:
    """Parse and validate the rules YAML; raise RulesError with a clear message when it is wrong."""
    if not yaml_text.strip():
        return EMPTY_RULES
    try:
        root = yaml.compose(yaml_text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(yaml_text)
    except yaml.YAMLError as err:
        raise RulesError(f"rules are not valid YAML: {err}") from err
    if data is None:
        return EMPTY_RULES
    if not isinstance(data, list) or not isinstance(root, yaml.SequenceNode):
        raise RulesError("rules must be a YAML list of rules, each starting with '- '")
    lines = [node.start_mark.line + 1 for node in root.value]
    return CompiledRules(
        tuple(
            _compile_rule(item, f"rule {index + 1} (line {line})")
            for index, (item, line) in enumerate(zip(data, lines, strict=True))
        )
    )


def _compile_rule(item: Any, where: str) -> CompiledRule:
    """Validate and compile one rule."""
    if not isinstance(item, Mapping):
        raise RulesError(
            f"{where}: expected a mapping with 'match' or 'regex' and 'route' or 'private'"
        )
    unknown = sorted(str(key) for key in item if key not in _ALLOWED_FIELDS)
    if unknown:
        raise RulesError(
            f"{where}: unknown field '{unknown[0]}'; allowed fields are {', '.join(_ALLOWED_FIELDS)}"
        )
    patterns = _keyword_patterns(item.get("match"), where) + _regex_patterns(
        item.get("regex"), where
    )
    if not patterns:
        raise RulesError(f"{where}: needs 'match' (keywords) or 'regex'")
    route = _parse_route(item.get("route"), where)
    private = item.get("private", False)
    if not isinstance(private, bool):
        raise RulesError(
            f"{where}: field 'private' must be true or false, got {private!r}"
        )
    if route is None and not private:
        raise RulesError(f"{where}: needs 'route' ({_ROUTE_NAMES}) or 'private: true'")
    label = str(item.get("match") or item.get("regex"))
    return CompiledRule(
        re.compile("|".join(patterns), re.IGNORECASE), route, private, label
    )


def _keyword_patterns(value: Any, where: str) -> list[str]:
    """Turn the 'match' field (a keyword or list of keywords) into word-boundary patterns."""
    if value is None:
        return []
    keywords = [value] if isinstance(value, str) else value
    if not isinstance(keywords, list) or not keywords:
        raise RulesError(
            f"{where}: field 'match' must be a keyword or a non-empty list of keywords"
        )
    patterns = []
    for keyword in keywords:
        if not isinstance(keyword, str) or not keyword.strip():
            raise RulesError(
                f"{where}: field 'match' contains an empty or non-text keyword: {keyword!r}"
            )
        patterns.append(rf"(?<!\w){re.escape(keyword.strip())}(?!\w)")
    return patterns


def _regex_patterns(value: Any, where: str) -> list[str]:
    """Validate the 'regex' field."""
    if value is None:
        return []
    if not isinstance(value, str) or not value:
        raise RulesError(f"{where}: field 'regex' must be a non-empty text")
    try:
        re.compile(value)
    except re.error as err:
        raise RulesError(
            f"{where}: field 'regex' is not a valid regular expression: {err}"
        ) from err
    return [f"(?:{value})"]


def _parse_route(value: Any, where: str) -> Route | None:
    """Validate the 'route' field."""
    if value is None:
        return None
    try:
        return Route(str(value).strip().lower())
    except ValueError:
        raise RulesError(
            f"{where}: field 'route' has unknown route {value!r}; expected one of {_ROUTE_NAMES}"
        ) from None
