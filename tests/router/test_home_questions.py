"""Questions about the home's sensors and timers stay local in every language, with no home vocabulary given."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # device classes and their states
        ("en", "are any of the water leak sensors wet right now"),
        ("cs", "je nějaký detektor kouře ve stavu aktivní?"),
        ("cs", "které senzory vibrací jsou ve stavu detekováno"),
        ("es", "¿cuántos sensores de vibración están en estado activo?"),
        ("it", "quanti sensori di allagamento sono nello stato bagnato"),
        ("pl", "ile czujników drgań jest w stanie aktywnym"),
        ("da", "er nogen af vandsensorerne våde"),
        ("nl", "welke trillingssensoren nemen trillingen waar"),
        # timer status
        ("pt", "qual é o tempo que resta no cronómetro da sopa"),
        ("en", "how much time remains on the soup timer"),
        ("de", "wie viel Zeit bleibt noch auf dem Suppentimer"),
        ("fr", "quel temps reste-t-il sur les minuteurs de la cuisine"),
        ("sv", "hur mycket tid återstår på kaktimern"),
        ("nb", "hvor lang tid er det igjen på suppetimeren"),
    ],
)
def test_sensor_and_timer_questions_stay_local(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private
