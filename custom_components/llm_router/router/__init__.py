"""Routing of each utterance to the local model, Claude (reasoning) or Grok (search); pure functions, no Home Assistant."""

from __future__ import annotations

from .baselines import baseline_keyword_route, baseline_length_route
from .decide import decide
from .models import Availability, HistoryTurn, PrivacyFinding, Route, RouteDecision
from .privacy import detect_private
from .rules import CompiledRules, RulesError, compile_rules
from .semantic import EmbeddingIndex, SemanticHint, semantic_route
from .settings import RouterSettings

__all__ = [
    "Availability",
    "CompiledRules",
    "EmbeddingIndex",
    "HistoryTurn",
    "PrivacyFinding",
    "Route",
    "RouteDecision",
    "RouterSettings",
    "RulesError",
    "SemanticHint",
    "baseline_keyword_route",
    "baseline_length_route",
    "compile_rules",
    "decide",
    "detect_private",
    "semantic_route",
]
