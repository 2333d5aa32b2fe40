"""Availability- and budget-aware choice of the first route and the chain to try after it."""

from __future__ import annotations

from dataclasses import dataclass

from .settings import RouterSettings
from .types import BACKEND_NAMES, CLOUD_ROUTES, Availability, Route


@dataclass(frozen=True)
class Placement:
    """Where to send the utterance given what is up and affordable."""

    route: Route
    chain: tuple[Route, ...]
    degraded: bool
    blocked: bool
    note: str


def place(
    intended: Route,
    *,
    private: bool,
    settings: RouterSettings,
    availability: Availability,
) -> Placement:
    """Pick the first usable route and the fallback chain for `intended`.

    Private or local-only utterances never get a cloud route: when local is down they are blocked.
    A non-private local utterance falls back along `fallback_local_down`; a cloud utterance along
    `fallback_cloud_down` (local by default). Unusable routes (unhealthy or over budget) are skipped.
    """
    if private or settings.local_only:
        if availability.is_healthy(Route.LOCAL):
            return Placement(Route.LOCAL, (), degraded=False, blocked=False, note="")
        return Placement(
            Route.LOCAL,
            (),
            degraded=False,
            blocked=True,
            note="the local model is unavailable and this must not leave the house",
        )
    chain_setting = (
        settings.fallback_local_down
        if intended is Route.LOCAL
        else settings.fallback_cloud_down
    )
    alternatives = tuple(
        route
        for route in dict.fromkeys(chain_setting)
        if route is not intended and availability.is_usable(route)
    )
    if availability.is_usable(intended):
        return Placement(intended, alternatives, degraded=False, blocked=False, note="")
    problem = _problem(intended, availability)
    if not alternatives:
        return Placement(
            intended,
            (),
            degraded=False,
            blocked=False,
            note=f"{problem} and no fallback is available",
        )
    first, *rest = alternatives
    return Placement(
        first,
        tuple(rest),
        degraded=True,
        blocked=False,
        note=f"{problem}; {_answering(first)}",
    )


def _problem(route: Route, availability: Availability) -> str:
    """Describe why `route` cannot be used."""
    name = BACKEND_NAMES[route]
    if not availability.is_healthy(route):
        return f"{name} is unavailable"
    return f"{name} is over budget"


def _answering(route: Route) -> str:
    """Describe the fallback."""
    return (
        "answering locally"
        if route not in CLOUD_ROUTES
        else f"asking {BACKEND_NAMES[route]} instead"
    )
