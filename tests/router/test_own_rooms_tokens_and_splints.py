"""A relative in their own room, a token given in groups, a splint or a prescription: all stay home."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is grandpa in his room"),
        ("en", "check whether mum is in her bedroom"),
        ("sv", "är morfar i sitt rum nu"),
        ("de", "schau mal ob opa in seinem zimmer ist"),
    ],
)
def test_a_relative_in_their_own_room_is_presence(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert decision.route is Route.LOCAL


def test_music_for_grandma_in_her_room_is_a_command() -> None:
    assert not decide(
        "mets de la musique pour mamie dans sa chambre", language="fr"
    ).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "salvami la chiave dell'API meteo, è q8r2-77tk-m1x9-aa03"),
        (
            "es",
            "el token de la api de tibber es 9xk2-p0q7-z3m8 guárdalo en los secrets",
        ),
    ],
)
def test_a_key_or_token_given_in_groups_is_a_credential(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how long is an api token valid, 30 days or 90 days"),
        ("pt", "o projeto está com 20 semanas de atraso"),
    ],
)
def test_a_token_in_general_and_weeks_of_delay_are_not(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "anota que a mi hija le han puesto una férula en la muñeca"),
        ("fr", "note que Hugo a une attelle au genou jusqu'à lundi"),
        ("pt", "o médico receitou-lhe antibiótico para a garganta, lembra-me às oito"),
        ("pt", "a minha mulher está com 30 semanas, lembra-me da consulta"),
    ],
)
def test_a_splint_a_prescription_or_the_weeks_of_a_pregnancy_are_health(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "il y a des news sur le vaccin contre la grippe de cette année ?"),
        ("pt", "quais são as últimas news sobre a vacina contra o sarampo"),
        ("nb", "er det noen updates om mangelen på insulin i Sverige"),
    ],
)
def test_news_about_a_health_topic_said_with_the_english_word_is_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private
