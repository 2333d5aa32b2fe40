"""The fail-closed cloud gate: nothing that might be personal reaches Claude or Grok, by route or as a fallback."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import (
    Availability,
    Route,
    RouterSettings,
    decide,
)

LOCAL_DOWN = Availability(healthy={Route.LOCAL: False}, within_budget={})
REDACTING = RouterSettings(redact=True)
SEARCH_QUESTION = "what is the latest news about the european elections today"


def test_an_unknown_language_stays_local_and_is_blocked_when_local_is_down() -> None:
    text = "mikä on paras tapa oppia ohjelmoimaan pythonilla"
    decision = decide(text, language="fi")
    assert decision.route is Route.LOCAL
    assert decision.source == "language"
    down = decide(text, language="fi-FI", availability=LOCAL_DOWN)
    assert down.blocked
    assert down.fallback_chain == ()


def test_an_unknown_language_may_go_where_the_user_names() -> None:
    decision = decide("ask claude mikä on paras tapa oppia ohjelmoimaan", language="fi")
    assert decision.route is Route.REASONING
    assert decision.concern is None
    forced = decide("mikä on uutisissa", language="fi", forced_route=Route.SEARCH)
    assert forced.route is Route.SEARCH


def test_supported_language_tags_are_read() -> None:
    decision = decide(SEARCH_QUESTION, language="en-GB")
    assert decision.route is Route.SEARCH
    assert decision.concern is None
    assert decide("hva er nytt i nyhetene i dag", language="no").source != "language"


def test_a_number_that_may_be_an_id_never_goes_to_the_cloud() -> None:
    """Redaction would remove it as a phone number, but it passes a national id's check: it stays home."""
    text = f"{SEARCH_QUESTION} 111222333"
    assert (
        decide(SEARCH_QUESTION, language="en", settings=REDACTING).route is Route.SEARCH
    )
    decision = decide(text, language="en", settings=REDACTING)
    assert not decision.private
    assert decision.route is Route.LOCAL
    assert "kept local" in decision.reason
    asked = decide(text, language="en", settings=REDACTING, forced_route=Route.SEARCH)
    assert asked.route is Route.LOCAL
    assert not asked.may_leave_home


def test_unsure_and_local_down_is_the_local_error_not_the_cloud() -> None:
    decision = decide(
        "remind me about 111222333 tomorrow",
        language="en",
        settings=REDACTING,
        availability=LOCAL_DOWN,
    )
    assert decision.blocked
    assert decision.route is Route.LOCAL
    assert decision.fallback_chain == ()


@pytest.mark.parametrize("language", ["en", None])
def test_nothing_personal_still_falls_back_to_the_cloud(language: str | None) -> None:
    decision = decide(
        "what is the capital of australia", language=language, availability=LOCAL_DOWN
    )
    assert not decision.blocked
    assert decision.route in (Route.REASONING, Route.SEARCH)
    assert decision.may_leave_home


def test_a_recognized_home_command_is_local() -> None:
    assert decide(SEARCH_QUESTION, language="en").route is Route.SEARCH
    decision = decide(SEARCH_QUESTION, language="en", recognized_intent="HassTurnOn")
    assert decision.route is Route.LOCAL
    assert decision.source == "intent"
    assert "HassTurnOn" in decision.reason
