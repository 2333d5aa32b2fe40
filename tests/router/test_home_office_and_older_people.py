"""Working from home and growing old at home: video calls, bills that arrive, what is normal, a school night."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(
    persons=["Marta", "Jonas", "Noah"],
    entities=[("Noah's PlayStation", ())],
    zones=["School"],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "pon una alarma a las cinco menos cuarto que tengo videollamada"),
        ("cs", "Vysvětli mi, proč se mi videohovory sekají jen v pracovně"),
        ("en", "which webcam should i get for zoom calls thats under a hundred quid"),
        ("pt", "Adiciona fita de guiador e câmaras de ar à lista do ginásio"),
        (
            "it",
            "La bolletta del gas è arrivata 310 euro per due mesi, mi aiuti a capire",
        ),
        (
            "it",
            "aiutami a scrivere una lettera all'inps perché non mi è arrivata la quattordicesima",
        ),
        ("en", "Turn off Noah's PlayStation and the RGB lights, it's a school night"),
        ("nl", "Doe het rolgordijn in Marta's kantoor naar beneden"),
        ("pl", "jaki jest prawidłowy poziom cukru na czczo"),
        ("de", "Was ist denn ein normaler Blutdruck für jemanden mit 80?"),
        ("cs", "jaký je normální krevní tlak"),
        ("pt", "Quanto tempo demora normalmente uma entorse no tornozelo a curar?"),
        ("fr", "c'est normal d'avoir mal au dos quand on est assis toute la journée ?"),
    ],
)
def test_calls_bills_and_what_is_normal_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "var der nogen ved hoveddøren på kameraet mens jeg sad i videomøde"),
        (
            "es",
            "ha pasado alguien por la puerta en la cámara mientras estaba en la videollamada",
        ),
        ("en", "show me the video from the porch camera"),
        ("it", "marta è arrivata a scuola?"),
        ("en", "is noah at school"),
        ("pl", "czy mój poziom cukru jest prawidłowy"),
        ("en", "is my blood pressure normal for my age"),
    ],
)
def test_the_camera_the_household_and_ones_own_values_stay_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "qual è la frequenza cardiaca normale a riposo"),
        ("fr", "quelle est la fréquence cardiaque normale"),
    ],
)
def test_a_normal_heart_rate_asked_of_anyone_is_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_ones_own_heart_rate_is_private() -> None:
    assert decide("la mia frequenza cardiaca è normale?", language="it").private
