"""Private: a wound, a sprain or a tick bite, who locked a door, the household away for weeks, who was in the driveway."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary
from tests.router.turns import after_local

HOME = HomeVocabulary.build(persons=["Marta", "Jonas", "Ingrid"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "fästingbett på armen sedan i söndags"),
        ("de", "ich hab mir gestern den knöchel verstaucht, soll ich kühlen"),
        ("pl", "mam kleszcza w nodze"),
        ("pl", "kto zamknął drzwi do piwnicy"),
        ("de", "wer hat die kellertür abgeschlossen"),
        ("nl", "wie heeft de achterdeur op slot gedaan"),
        ("fr", "qui a fermé à clé la porte du garage hier"),
        ("it", "chi ha chiuso a chiave il portone stamattina"),
        ("pt", "quem trancou a porta dos fundos"),
        ("nb", "hvem låste bakdøra i går kveld"),
        ("sv", "vem låste ytterdörren sist"),
        ("cs", "kdo zamkl dveře od sklepa"),
        ("en", "we're going to portugal for three weeks so turn the heating down"),
        (
            "de",
            "wir fahren für zwei wochen nach schweden, stell die heizung auf frostschutz",
        ),
        ("fr", "nous partons pour dix jours en bretagne"),
        ("nl", "we gaan voor drie weken naar italië"),
        ("pl", "kto kręcił się na podjeździe w nocy"),
        ("da", "var der nogen i indkørslen i nat"),
        ("nb", "var det noen i innkjørselen i natt"),
        ("it", "c'era qualcuno sul vialetto stanotte"),
    ],
)
def test_injuries_locks_and_the_household_away_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "summarize the general advice on what to do after a tick bite"),
        ("pl", "jak się pozbyć kleszczy z ogrodu"),
        ("cs", "jak poznat klíště u psa"),
        ("en", "we're in for a cold week, what's the forecast"),
        ("de", "wer hat den kuchen gebacken"),
    ],
)
def test_ticks_in_general_and_the_weather_ahead_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hvor langt unna er Jonas nå, skal jeg sette på poteter"),
        ("it", "quanto è lontana Marta adesso"),
        ("nl", "is Ingrid al binnen"),
        ("it", "c'è qualcuno vicino al cancello?"),
        ("en", "is anyone at the side gate"),
    ],
)
def test_how_far_someone_is_who_is_in_and_who_is_at_the_gate_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


def test_within_an_hour_is_no_one_coming_in() -> None:
    assert not decide(
        "zeg tegen Jonas dat het eten binnen een uur klaar is",
        language="nl",
        vocabulary=HOME,
    ).private


@pytest.mark.parametrize(
    ("language", "before", "reply", "text"),
    [
        ("de", "wo ist Jonas", "Jonas ist in der Zone Arbeit.", "seit wann denn"),
        ("es", "cuándo llegó Marta anoche", "Marta llegó a la 1:40.", "y venía sola?"),
        (
            "it",
            "fammi vedere la registrazione della cameretta",
            "Ecco la registrazione di stanotte.",
            "dimmi quante volte si è svegliata",
        ),
    ],
)
def test_since_when_alone_or_woken_up_after_a_private_turn_stays_home(
    language: str, before: str, reply: str, text: str
) -> None:
    history = after_local(before, reply)
    decision = decide(text, language=language, history=history, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


def test_a_name_kept_out_of_anything_shared_is_confidential() -> None:
    decision = decide(
        "klienten vil at jeg skal holde navnet hans utenfor alt som deles, ikke legg det i kalenderen",
        language="nb",
    )
    assert decision.private
