"""The fail-closed cloud gate: nothing that might be personal reaches Claude or Grok, by route or as a fallback."""

from __future__ import annotations

import importlib

import pytest

from custom_components.llm_router.router import (
    Availability,
    Route,
    RouterSettings,
    decide,
)
from custom_components.llm_router.router.classifier import Prediction

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


# the module, not the function of the same name the package exports
decide_module = importlib.import_module("custom_components.llm_router.router.decide")


@pytest.fixture
def unsure_reasoning(monkeypatch: pytest.MonkeyPatch) -> None:
    """The classifier leans to reasoning, but only just (0.5 against 0.3 local and 0.2 search)."""
    monkeypatch.setattr(
        decide_module, "classify", lambda _text: Prediction((0.3, 0.5, 0.2))
    )


@pytest.mark.usefixtures("unsure_reasoning")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what does it mean when my car clicks all day"),
        ("de", "was bedeutet es, wenn mein Auto den ganzen Tag klickt"),
        ("pl", "co to znaczy, że mój samochód stuka cały dzień"),
    ],
)
def test_a_personal_text_the_classifier_is_unsure_about_stays_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.may_leave_home
    assert "unsure" in (decision.concern or "")


@pytest.mark.usefixtures("unsure_reasoning")
@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what does it mean when an eye twitches all day"),
        # Swedish "i" is "in", not "I"
        ("sv", "vad betyder det när ett öga rycker i flera dagar"),
    ],
)
def test_an_impersonal_text_may_still_go_where_the_classifier_leans(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.REASONING


def test_a_confident_cloud_route_is_kept_for_personal_text() -> None:
    decision = decide(
        "write a detailed comparison of my two car loan offers with a monthly table"
    )
    assert decision.route is Route.REASONING
