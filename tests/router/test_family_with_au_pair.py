"""A family with small children: health facts asked in general, a child's room in a command, the clinic's hours."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

FAMILY = HomeVocabulary.build(
    persons=["Jonas", "Claire", "Mila", "Theo"],
    entities=[("zvlhčovač", ("humidifier",))],
)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how long are you contagious with norovirus after the sicking stops"),
        ("it", "In genere quanti giorni dura la febbre con l'influenza?"),
        ("it", "Quali sono gli effetti collaterali più comuni della tachipirina?"),
        ("cs", "jak dlouho normálně trvá chřipka, když nejsou komplikace?"),
        ("nb", "hjelper det egentlig å ta c-vitamin mot forkjølelse?"),
        ("pt", "a gripe passa-se pelo ar ou só por contacto?"),
        ("sv", "är magsjuka och vinterkräksjuka samma sak?"),
    ],
)
def test_a_health_fact_asked_of_anyone_is_not_private(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert not decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what are the side effects of my new blood pressure pills"),
        ("it", "quanti giorni dura la mia febbre"),
        ("sv", "hjälper det att ta alvedon mot min huvudvärk"),
        (
            "pt",
            "Pesquisa por favor quais são os efeitos secundários mais comuns do Ozempic, comecei ontem com 0,25.",
        ),
    ],
)
def test_the_same_question_about_the_speaker_stays_private(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


def test_a_device_at_a_childs_place_is_a_command_for_the_room() -> None:
    decision = decide(
        "pusť zvlhčovač u Thea na celou noc", language="cs", vocabulary=FAMILY
    )
    assert not decision.private


def test_a_child_at_someones_place_is_still_where_he_is() -> None:
    decision = decide("je Theo u babičky", language="cs", vocabulary=FAMILY)
    assert decision.private


def test_when_the_clinic_opens_is_no_health_detail() -> None:
    decision = decide(
        "o której jutro otwierają przychodnię na kwiatowej", language="pl"
    )
    assert not decision.private
    assert decision.route is Route.SEARCH
