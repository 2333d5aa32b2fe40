"""Router settings, built from the integration's options flow."""

from __future__ import annotations

from dataclasses import dataclass

from .policy import NO_POLICIES, Policies
from .rules import EMPTY_RULES, CompiledRules
from .types import Route


@dataclass(frozen=True)
class RouterSettings:
    """User choices that change routing: local-only mode, redaction, rules, origin policies and fallback chains."""

    local_only: bool = False
    redact: bool = False
    household_names: tuple[str, ...] = ()
    rules: CompiledRules = EMPTY_RULES
    policies: Policies = NO_POLICIES
    fallback_local_down: tuple[Route, ...] = (Route.REASONING, Route.SEARCH)
    fallback_cloud_down: tuple[Route, ...] = (Route.LOCAL,)


DEFAULT_SETTINGS = RouterSettings()
