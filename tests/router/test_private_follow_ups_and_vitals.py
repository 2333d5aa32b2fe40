"""A local follow-up that leans on a private turn stays home when local is down; vitals, gout and treatments are health."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Availability, Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary
from tests.router.turns import after_local

LOCAL_DOWN = Availability(healthy={Route.LOCAL: False}, within_budget={})
HOME = HomeVocabulary.build(persons=["Oskar", "Ida", "Benedikt"])


@pytest.mark.parametrize(
    ("language", "before", "reply", "text"),
    [
        (
            "it",
            "quando ho la visita dal dermatologo",
            "Martedì alle 9:40.",
            "ricordamelo la sera prima",
        ),
        (
            "en",
            "what did the nursery camera record last night",
            "Movement at 1:05 and at 4:20.",
            "show me the one at four",
        ),
        (
            "fr",
            "qu'est-ce que la caméra du garage a filmé ce matin",
            "Deux passages, à 7 h 10 et à 8 h 30.",
            "montre-moi celui de huit heures et demie",
        ),
        (
            "pl",
            "zapisz mi wynik testu ciążowego",
            "Zapisano.",
            "i przypomnij mi w piątek o wizycie",
        ),
        (
            "nb",
            "før inn pulsen min fra i morges",
            "Hvilken verdi målte du?",
            "sekstiåtte",
        ),
        (
            "de",
            "was hat die haustürkamera heute früh aufgenommen",
            "Um 7:50 stand ein Mann mit einem Paket vor der Tür.",
            "war der von der post oder so",
        ),
        (
            "en",
            "show me the driveway camera",
            "Here is the live view of the driveway camera.",
            "was anyone near the bins this morning",
        ),
        (
            "fr",
            "rappelle-moi mon rendez-vous chez l'ophtalmo",
            "Lundi à 14 h.",
            "c'était pour quel examen déjà",
        ),
        (
            "it",
            "a che ora ha preso lo sciroppo per la tosse la bimba",
            "Alle 8 e alle 14.",
            "e quella di stasera",
        ),
    ],
)
def test_a_follow_up_that_leans_on_a_private_turn_never_leaves(
    language: str, before: str, reply: str, text: str
) -> None:
    history = after_local(before, reply)
    decision = decide(text, language=language, history=history, vocabulary=HOME)
    assert decision.route is Route.LOCAL
    assert not decision.may_leave_home
    down = decide(
        text,
        language=language,
        history=history,
        vocabulary=HOME,
        availability=LOCAL_DOWN,
    )
    assert down.blocked
    assert down.fallback_chain == ()


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "før inn pulsen min fra i morges"),
        ("sv", "vad hade jag för puls efter passet"),
        ("es", "cuántas pulsaciones tuve en la bici"),
        ("pl", "jakie miałem ciśnienie wieczorem"),
        ("cs", "jaký jsem měl včera tep"),
        ("it", "quanti battiti avevo dopo la corsa"),
    ],
)
def test_the_speakers_own_pulse_or_pressure_is_health(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what is a normal resting heart rate"),
        ("de", "wie hoch ist der normale puls"),
    ],
)
def test_a_normal_pulse_in_general_is_no_health_detail(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_a_household_member_named_after_a_camera_turn_stays_home() -> None:
    history = after_local(
        "was zeigt die kamera im flur", "Im Flur bewegt sich gerade jemand."
    )
    decision = decide(
        "hat Benedikt schon seine jacke an",
        language="de",
        history=history,
        vocabulary=HOME,
    )
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how many millilitres are in a cup"),
        ("de", "wie viele tage hat der februar in einem schaltjahr"),
        ("pl", "dodaj jogurt i jabłka do listy zakupów"),
        ("es", "qué día de la semana cae el doce de octubre"),
    ],
)
def test_a_new_question_after_a_private_turn_may_still_fall_back(
    language: str, text: str
) -> None:
    history = after_local(
        "when is my appointment with the cardiologist", "On Thursday at 10:30."
    )
    decision = decide(text, language=language, history=history, vocabulary=HOME)
    assert not decision.private
    assert decision.may_leave_home


def test_the_same_words_without_a_private_turn_may_fall_back() -> None:
    history = after_local("turn on the hallway light", "The hallway light is on.")
    decision = decide(
        "and turn it off again at ten", language="en", history=history, vocabulary=HOME
    )
    assert decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "tenho gota outra vez, o que posso jantar hoje"),
        ("de", "meine mutter hat gicht, was darf sie essen"),
        ("es", "el médico dice que tengo el ácido úrico alto, qué ceno"),
        ("pl", "Napisz do szkoły, że Kuba leczy się na astmę"),
    ],
)
def test_gout_uric_acid_and_a_treatment_are_health(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [("en", "what causes gout"), ("es", "cae una gota de agua del grifo")],
)
def test_gout_as_a_topic_and_a_drop_of_water_are_not(language: str, text: str) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "est-ce que le sèche-linge a terminé son cycle"),
        ("de", "hat die Waschmaschine ihren Zyklus schon beendet"),
        ("en", "is the medicine cabinet in the bathroom locked"),
    ],
)
def test_a_machines_cycle_and_the_medicine_cabinet_are_no_health(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_her_own_cycle_is_still_health() -> None:
    assert decide("mon cycle a trois jours de retard", language="fr").private
