"""Health at home stays home (blood sugar, the alarm button, a wound's dressing); health in the news does not."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOME = HomeVocabulary.build(persons=["Karel", "Lena", "Tomas"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "påminn mig att mäta blodsockret före lunch"),
        ("sv", "har Karel tryckt på larmknappen i dag"),
        ("pt", "lembra-me de trocar o penso da mão do Tomas amanhã"),
        ("de", "erinnere mich, bei Lena heute Abend den Verband wechseln"),
        ("sv", "tomas har trettioåtta komma fem och vill inte äta"),
        ("en", "Lena has thirty-nine point two, should we call the doctor"),
        ("cs", "Tomas má třicet osm a půl, pusť topení v pokoji"),
        (
            "nl",
            "we hebben een miskraam gehad, kun je de afspraken bij de verloskundige wissen",
        ),
    ],
)
def test_blood_sugar_the_alarm_button_and_a_dressing_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "y a-t-il une grève des infirmières prévue demain"),
        ("it", "c'è ancora carenza di insulina nelle farmacie"),
        ("en", "when does the new Galaxy Watch with blood pressure come out"),
        ("pl", "czy jest jakiś update w sprawie szczepionki na grypę"),
        ("en", "how many players has thirty-nine clubs in the league"),
    ],
)
def test_health_in_the_news_is_no_ones_health(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert not decision.private
    assert decision.may_leave_home
