"""Routing of each utterance to the local model, Claude (reasoning) or Grok (search); pure functions, no Home Assistant."""

from __future__ import annotations

from .decide import decide
from .nearest_examples import EmbeddingIndex, SemanticHint, semantic_route
from .policy import NO_ORIGIN, Origin, Policies
from .privacy import detect_private
from .rules import CompiledRules, RulesError, compile_rules
from .settings import RouterSettings
from .tiers import choose_tier, spoken_tier
from .types import Availability, HistoryTurn, PrivacyFinding, Route, RouteDecision, Tier

__all__ = [
    "NO_ORIGIN",
    "Availability",
    "CompiledRules",
    "EmbeddingIndex",
    "HistoryTurn",
    "Origin",
    "Policies",
    "PrivacyFinding",
    "Route",
    "RouteDecision",
    "RouterSettings",
    "RulesError",
    "SemanticHint",
    "Tier",
    "choose_tier",
    "compile_rules",
    "decide",
    "detect_private",
    "semantic_route",
    "spoken_tier",
]
