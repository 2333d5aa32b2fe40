"""User routing rules, written as YAML in the options flow and compiled once."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
import re

import yaml

from .policy import NO_ORIGIN, Origin
from .types import Route

# Origin conditions: field -> the Origin attributes a listed value may equal.
_CONDITIONS: dict[str, tuple[str, ...]] = {
    "area": ("area_id",),
    "floor": ("floor_id",),
    "satellite": ("satellite_id", "device_id"),
    "person": ("person",),
}
_ALLOWED_FIELDS = ("match", "regex", *_CONDITIONS, "route", "private")
_ROUTE_NAMES = ", ".join(route.value for route in Route)


class RulesError(ValueError):
    """The rules YAML is invalid; the message names the rule, line and field."""


@dataclass(frozen=True)
class CompiledRule:
    """One rule: a pattern and origin conditions (all must hold), and what it implies (a route, privacy or both)."""

    pattern: re.Pattern[str] | None
    route: Route | None
    private: bool
    label: str
    conditions: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = ()

    def matches(self, text: str, origin: Origin = NO_ORIGIN) -> bool:
        """Return whether the rule applies to `text` said from `origin`."""
        return all(
            any(getattr(origin, name) in allowed for name in attributes)
            for attributes, allowed in self.conditions
        ) and (self.pattern is None or self.pattern.search(text) is not None)


@dataclass(frozen=True)
class CompiledRules:
    """All user rules, in the order they were written."""

    rules: tuple[CompiledRule, ...] = ()

    def privacy_rule(
        self, text: str, origin: Origin = NO_ORIGIN
    ) -> CompiledRule | None:
        """Return the first matching rule that marks `text` private."""
        return next(
            (
                rule
                for rule in self.rules
                if rule.private and rule.matches(text, origin)
            ),
            None,
        )

    def route_rule(self, text: str, origin: Origin = NO_ORIGIN) -> CompiledRule | None:
        """Return the first matching rule that sets a route."""
        return next(
            (
                rule
                for rule in self.rules
                if rule.route is not None and rule.matches(text, origin)
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


def _compile_rule(item: object, where: str) -> CompiledRule:
    """Validate and compile one rule."""
    if not isinstance(item, Mapping):
        raise RulesError(
            f"{where}: expected a mapping with 'match', 'regex' or an origin condition and 'route' or 'private'"
        )
    unknown = sorted(str(key) for key in item if key not in _ALLOWED_FIELDS)
    if unknown:
        raise RulesError(
            f"{where}: unknown field '{unknown[0]}'; allowed fields are {', '.join(_ALLOWED_FIELDS)}"
        )
    patterns = _keyword_patterns(item.get("match"), where) + _regex_patterns(
        item.get("regex"), where
    )
    conditions = tuple(
        (attributes, _condition_values(name, item[name], where))
        for name, attributes in _CONDITIONS.items()
        if name in item
    )
    if not patterns and not conditions:
        raise RulesError(
            f"{where}: needs 'match' (keywords), 'regex' or one of {', '.join(_CONDITIONS)}"
        )
    route = _parse_route(item.get("route"), where)
    private = item.get("private", False)
    if not isinstance(private, bool):
        raise RulesError(
            f"{where}: field 'private' must be true or false, got {private!r}"
        )
    if route is None and not private:
        raise RulesError(f"{where}: needs 'route' ({_ROUTE_NAMES}) or 'private: true'")
    return CompiledRule(
        re.compile("|".join(patterns), re.IGNORECASE) if patterns else None,
        route,
        private,
        _label(item),
        conditions,
    )


def _label(item: Mapping[str, object]) -> str:
    """How traces name a rule: its keywords or regex, then its origin conditions."""
    parts = [str(item[key]) for key in ("match", "regex") if key in item]
    parts += [f"{name} {item[name]}" for name in _CONDITIONS if name in item]
    return ", ".join(parts)


def _condition_values(name: str, value: object, where: str) -> frozenset[str]:
    """Validate an origin condition: an id or a non-empty list of ids (a person may omit 'person.')."""
    values = [value] if isinstance(value, str) else value
    if (
        not isinstance(values, list)
        or not values
        or not all(isinstance(one, str) and one.strip() for one in values)
    ):
        raise RulesError(
            f"{where}: field '{name}' must be an id or a non-empty list of ids"
        )
    ids = (one.strip().lower() for one in values)
    if name == "person":
        ids = (one if one.startswith("person.") else f"person.{one}" for one in ids)
    return frozenset(ids)


def _keyword_patterns(value: object, where: str) -> list[str]:
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


def _regex_patterns(value: object, where: str) -> list[str]:
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


def _parse_route(value: object, where: str) -> Route | None:
    """Validate the 'route' field."""
    if value is None:
        return None
    try:
        return Route(str(value).strip().lower())
    except ValueError:
        raise RulesError(
            f"{where}: field 'route' has unknown route {value!r}; expected one of {_ROUTE_NAMES}"
        ) from None
