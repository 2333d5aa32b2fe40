"""Routing decisions as a user notices them: overrides, privacy, local-only, follow-ups, fallbacks and redaction."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import (
    Availability,
    HistoryTurn,
    Route,
    RouterSettings,
    compile_rules,
    decide,
)

DOWN = False


def availability(
    *, healthy: dict[Route, bool] | None = None, budget: dict[Route, bool] | None = None
) -> Availability:
    return Availability(healthy=healthy or {}, within_budget=budget or {})


@pytest.mark.parametrize(
    ("text", "route"),
    [
        ("turn off the porch lights", Route.LOCAL),
        ("set a timer for ten minutes", Route.LOCAL),
        ("how many cups is 500 ml", Route.LOCAL),
        ("is the garage door open", Route.LOCAL),
        (
            "draft a polite complaint to the landlord about the broken heating",
            Route.REASONING,
        ),
        (
            "compare heat pumps with gas boilers for an old house and recommend one",
            Route.REASONING,
        ),
        ("what happened in the stock market this morning", Route.SEARCH),
        ("did bayern win yesterday", Route.SEARCH),
        ("how much is bitcoin right now", Route.SEARCH),
    ],
)
def test_classifier_routes(text: str, route: Route) -> None:
    decision = decide(text)
    assert decision.route is route
    assert decision.source == "classifier"
    assert not decision.private


@pytest.mark.parametrize(
    ("text", "route", "remaining"),
    [
        ("ask Claude what a heat pump is", Route.REASONING, "what a heat pump is"),
        (
            "frag Claude, wie eine Wärmepumpe funktioniert",
            Route.REASONING,
            "wie eine Wärmepumpe funktioniert",
        ),
        (
            "chiedi a Claude di scrivere una poesia",
            Route.REASONING,
            "scrivere una poesia",
        ),
        ("search the web for ikea opening hours", Route.SEARCH, "ikea opening hours"),
        ("who won the game, look it up online", Route.SEARCH, "who won the game"),
        (
            "busca en internet el horario del museo",
            Route.SEARCH,
            "el horario del museo",
        ),
        ("demande à Grok qui a gagné", Route.SEARCH, "qui a gagné"),
        ("zoek op internet naar de openingstijden", Route.SEARCH, "de openingstijden"),
        (
            "locally, write me a poem about autumn",
            Route.LOCAL,
            "write me a poem about autumn",
        ),
        (
            "Sprawdź w internecie opinie o odkurzaczu",
            Route.SEARCH,
            "opinie o odkurzaczu",
        ),
        (
            "procura na internet avaliações do aspirador",
            Route.SEARCH,
            "avaliações do aspirador",
        ),
        (
            "søg på nettet efter anmeldelser af vaskemaskiner",
            Route.SEARCH,
            "anmeldelser af vaskemaskiner",
        ),
        (
            "fråga claude om en resplan för sommaren",
            Route.REASONING,
            "en resplan för sommaren",
        ),
        ("spør claude om en reiseplan", Route.REASONING, "en reiseplan"),
        ("zeptej se clauda na plán výletu", Route.REASONING, "plán výletu"),
        ("napisz wiersz lokalnie", Route.LOCAL, "napisz wiersz"),
    ],
)
def test_spoken_overrides_win_and_are_stripped(
    text: str, route: Route, remaining: str
) -> None:
    decision = decide(text)
    assert decision.route is route
    assert decision.source == "override"
    assert decision.text == remaining


def test_google_home_is_not_a_search_override() -> None:
    assert decide("turn on the google home speaker").source != "override"


@pytest.mark.parametrize(
    "text",
    [
        "hey google, play some jazz in the kitchen",
        "ok google turn off the hallway light",
        "Alexa, schalte das Licht im Flur aus",
    ],
)
def test_a_wake_word_is_not_a_search_override(text: str) -> None:
    decision = decide(text)
    assert decision.source != "override"
    assert decision.route is Route.LOCAL


def test_a_wake_word_before_a_real_override_keeps_the_override() -> None:
    decision = decide("hey google, search the web for pizza places in rome")
    assert decision.route is Route.SEARCH
    assert decision.source == "override"
    assert decision.text == "pizza places in rome"


def test_forced_route_wins() -> None:
    decision = decide("turn off the lights", forced_route=Route.REASONING)
    assert decision.route is Route.REASONING
    assert decision.source == "override"


def test_privacy_beats_spoken_and_forced_overrides() -> None:
    spoken = decide("ask Claude whether my blood pressure of 150 over 95 is bad")
    forced = decide("what's the wifi password", forced_route=Route.SEARCH)
    for decision in (spoken, forced):
        assert decision.route is Route.LOCAL
        assert decision.private
        assert decision.source == "privacy"
        assert "kept local" in decision.reason
        assert Route.REASONING not in decision.fallback_chain
        assert Route.SEARCH not in decision.fallback_chain


def test_local_only_keeps_everything_local() -> None:
    decision = decide(
        "what's the weather in rome tomorrow", settings=RouterSettings(local_only=True)
    )
    assert decision.route is Route.LOCAL
    assert decision.source == "local_only"
    assert decision.fallback_chain == ()


def test_follow_up_sticks_to_previous_route() -> None:
    history = [
        HistoryTurn("user", "what's the weather in berlin tomorrow", Route.SEARCH),
        HistoryTurn("assistant", "Cloudy, 14 degrees.", Route.SEARCH),
    ]
    for text in (
        "and on sunday?",
        "und übermorgen?",
        "do i need an umbrella there on saturday",
    ):
        decision = decide(text, history=history)
        assert decision.route is Route.SEARCH
        assert decision.source == "sticky"


def test_complete_new_question_after_a_claude_turn_is_not_a_follow_up() -> None:
    history = [
        HistoryTurn(
            "user", "write a short poem for my mom's birthday", Route.REASONING
        ),
        HistoryTurn("assistant", "Roses in the morning ...", Route.REASONING),
    ]
    decision = decide("who won the champions league final this year", history=history)
    assert decision.route is Route.SEARCH
    assert decision.source == "classifier"


def test_home_command_after_a_claude_turn_goes_local() -> None:
    history = [
        HistoryTurn("user", "explain how a heat pump works in detail", Route.REASONING)
    ]
    for text in ("kitchen lights off", "what time is it"):
        assert decide(text, history=history).route is Route.LOCAL


@pytest.mark.parametrize(
    "text",
    [
        "now make it also dim the lights to 20 percent at 10pm instead of turning them off",
        "add that it only runs after sunset",
        "kan du også få den til at køre om natten",
        "dodaj jeszcze, żeby wentylator wyłączał się po dziesięciu minutach",
        "aggiungi anche che funzioni solo di notte",
    ],
)
def test_a_request_to_change_the_automation_just_written_stays_with_claude(
    text: str,
) -> None:
    history = [
        HistoryTurn(
            "user",
            "write an automation that turns off the porch light",
            Route.REASONING,
        ),
        HistoryTurn("assistant", "alias: porch light off ...", Route.REASONING),
    ]
    decision = decide(text, history=history)
    assert decision.route is Route.REASONING
    assert decision.source == "sticky"


def test_adding_to_a_list_after_a_claude_turn_is_a_new_request() -> None:
    history = [HistoryTurn("user", "write a poem about autumn", Route.REASONING)]
    for text in ("dodaj mleko do listy zakupów", "add milk to the shopping list"):
        assert decide(text, history=history).route is Route.LOCAL


def test_follow_up_edit_request_sticks_to_reasoning() -> None:
    history = [
        HistoryTurn("user", "write a short poem for my mom's birthday", Route.REASONING)
    ]
    assert decide("make it shorter", history=history).route is Route.REASONING


def test_follow_up_to_another_place_switches_to_search_and_back_home_to_local() -> None:
    home = [HistoryTurn("user", "is it going to snow here tonight", Route.LOCAL)]
    away = [HistoryTurn("user", "how hot is it in phoenix right now", Route.SEARCH)]
    assert decide("what about in munich", history=home).route is Route.SEARCH
    assert decide("and here?", history=away).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "weather", "elsewhere", "room"),
    [
        ("pl", "jaka jest pogoda", "a w Krakowie?", "a w kuchni?"),
        ("pt", "como está o tempo", "e em Lisboa?", "e na sala?"),
        ("sv", "hur är vädret", "och i Göteborg?", "och i köket?"),
        ("cs", "jaké je počasí", "a v Brně?", "a v kuchyni?"),
        ("it", "che tempo fa", "e a Roma?", "e in cucina?"),
    ],
)
def test_a_follow_up_names_another_place_in_each_language(
    language: str, weather: str, elsewhere: str, room: str
) -> None:
    """A capitalised place after the language's own preposition is away from home; a room is not."""
    history = [HistoryTurn("user", weather, Route.LOCAL)]
    assert decide(elsewhere, language=language, history=history).route is Route.SEARCH
    assert decide(room, language=language, history=history).route is Route.LOCAL


def test_clear_new_intent_after_a_follow_up_context_switches() -> None:
    history = [HistoryTurn("user", "who won the game last night", Route.SEARCH)]
    decision = decide("turn off the kitchen lights", history=history)
    assert decision.route is Route.LOCAL


def test_follow_up_to_a_private_question_stays_private() -> None:
    history = [HistoryTurn("user", "is anna home", Route.LOCAL)]
    decision = decide("what about Ben?", history=history)
    assert decision.private
    assert decision.route is Route.LOCAL


def test_new_cloud_request_after_a_private_question_is_not_private() -> None:
    history = [HistoryTurn("user", "what is the alarm code", Route.LOCAL)]
    decision = decide(
        "write an automation that turns off all lights at midnight", history=history
    )
    assert not decision.private
    assert decision.route is Route.REASONING


def test_private_when_local_is_down_is_blocked() -> None:
    decision = decide(
        "show me the driveway camera",
        availability=availability(healthy={Route.LOCAL: DOWN}),
    )
    assert decision.blocked
    assert decision.route is Route.LOCAL
    assert decision.fallback_chain == ()


@pytest.mark.parametrize(
    ("text", "state", "route", "chain", "reason"),
    [
        (
            "turn off the porch lights",
            availability(healthy={Route.LOCAL: DOWN}),
            Route.REASONING,
            (Route.SEARCH,),
            "the local model is unavailable",
        ),
        (
            "turn off the porch lights",
            availability(healthy={Route.LOCAL: DOWN}, budget={Route.REASONING: False}),
            Route.SEARCH,
            (),
            "asking Grok instead",
        ),
        (
            "write a python script that renames photos by date",
            availability(budget={Route.REASONING: False}),
            Route.LOCAL,
            (),
            "reasoning wanted but Claude is over budget; answering locally",
        ),
        (
            "did bayern win yesterday",
            availability(healthy={Route.SEARCH: DOWN}),
            Route.LOCAL,
            (),
            "Grok is unavailable; answering locally",
        ),
    ],
)
def test_degraded_fallbacks(
    text: str, state: Availability, route: Route, chain: tuple[Route, ...], reason: str
) -> None:
    decision = decide(text, availability=state)
    assert decision.route is route
    assert decision.intended_route is not route
    assert decision.degraded
    assert not decision.blocked
    assert decision.fallback_chain == chain
    assert reason in decision.reason


def test_search_down_can_fall_back_to_reasoning_when_configured() -> None:
    settings = RouterSettings(fallback_cloud_down=(Route.REASONING, Route.LOCAL))
    decision = decide(
        "did bayern win yesterday",
        settings=settings,
        availability=availability(healthy={Route.SEARCH: DOWN}),
    )
    assert decision.route is Route.REASONING
    assert decision.fallback_chain == (Route.LOCAL,)


def test_healthy_cloud_route_can_fall_back_to_local() -> None:
    decision = decide("did bayern win yesterday")
    assert decision.route is Route.SEARCH
    assert decision.fallback_chain == (Route.LOCAL,)
    assert not decision.degraded


def test_email_without_redaction_stays_local() -> None:
    decision = decide(
        "write a polite complaint email and send it to support@example.com"
    )
    assert decision.private
    assert decision.route is Route.LOCAL


def test_redaction_of_cloud_bound_text() -> None:
    settings = RouterSettings(redact=True, household_names=("Anna",))
    decision = decide(
        "write a polite birthday email from Anna to bob@example.com, mention +49 170 1234567",
        settings=settings,
    )
    assert decision.route is Route.REASONING
    assert "bob@example.com" not in decision.text
    assert "Anna" not in decision.text
    assert "1234567" not in decision.text
    assert set(decision.redactions) == {"email", "phone", "name"}
    assert "redacted" in decision.reason


def test_local_answers_are_not_redacted_but_cloud_fallback_text_is() -> None:
    settings = RouterSettings(redact=True, household_names=("Anna",))
    decision = decide("add call Anna to my to do list", settings=settings)
    assert decision.route is Route.LOCAL
    assert decision.text == "add call Anna to my to do list"
    assert decision.redactions == ()
    assert "Anna" not in decision.text_for(Route.REASONING)


def test_user_rules_route_and_add_privacy() -> None:
    rules = compile_rules(
        '- match: ["stock price"]\n  route: search\n- match: ["diary"]\n  private: true\n'
    )
    settings = RouterSettings(rules=rules)
    routed = decide("tell me a joke about the stock price", settings=settings)
    private = decide("ask Claude to summarize my diary entry", settings=settings)
    assert routed.route is Route.SEARCH
    assert routed.source == "rule"
    assert private.private
    assert private.route is Route.LOCAL


def test_semantic_hint_only_used_when_classifier_is_unsure() -> None:
    sure = decide("turn off the porch lights", semantic_hint=(Route.SEARCH, 0.99))
    assert sure.route is Route.LOCAL
    assert sure.source == "classifier"


def test_scores_stay_exact_for_thousands_of_features() -> None:
    """A huge pasted text must not overflow the classifier's packed sums (decisions would turn random)."""
    from custom_components.llm_router.router import classifier
    from custom_components.llm_router.router.features import extract

    blob = " ".join(
        "".join(chr(ord("a") + (i * 7919 + j * 104729) % 26) for j in range(9))
        for i in range(80)
    )
    buckets = list(extract(blob * 3))
    raw = classifier.WEIGHTS.raw
    expected = tuple(
        sum(
            int.from_bytes(raw[b * 3 + r : b * 3 + r + 1], signed=True) for b in buckets
        )
        for r in range(3)
    )
    many = buckets * 40  # well past one packed chunk
    assert len(many) > 4096
    assert classifier._route_totals(buckets) == expected
    assert classifier._route_totals(many) == tuple(40 * total for total in expected)


def test_a_caller_known_private_request_stays_local() -> None:
    """`private` (e.g. a task with camera images) keeps even an explicit 'ask Claude' local, without fallback."""
    decision = decide(
        "ask Claude to analyze this picture in depth", private="camera images"
    )
    assert decision.route is Route.LOCAL
    assert decision.private
    assert "camera images" in decision.reason
    assert all(route is Route.LOCAL for route in decision.fallback_chain)
