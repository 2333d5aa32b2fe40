"""Router settings, built from the integration's options flow."""

from __future__ import annotations

from dataclasses import dataclass

from .policy import NO_POLICIES, Policies
from .rules import EMPTY_RULES, CompiledRules
from .types import DEFAULT_ESCALATION_CHAIN, EscalationStep, Route


@dataclass(frozen=True)
class RouterSettings:
    """User choices that change routing: local-only mode, redaction, rules, origin policies, fallback and escalation chains."""

    local_only: bool = False
    redact: bool = False
    household_names: tuple[str, ...] = ()
    rules: CompiledRules = EMPTY_RULES
    policies: Policies = NO_POLICIES
    fallback_local_down: tuple[Route, ...] = (Route.REASONING, Route.SEARCH)
    fallback_cloud_down: tuple[Route, ...] = (Route.LOCAL,)
    strong_local: bool = False  # a strong local model is configured
    escalation_chain: tuple[EscalationStep, ...] = DEFAULT_ESCALATION_CHAIN


DEFAULT_SETTINGS = RouterSettings()
