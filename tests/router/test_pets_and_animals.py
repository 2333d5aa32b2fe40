"""Pets, animals and the vet: the speaker's bite stays home, the feeder is a home command, bird flu is the news."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "eh pues me ha mordido el perro del vecino en la pierna y se me ha hinchado un montón",
        ),
        ("en", "the neighbour's dog bit me on the leg and it's really swollen"),
        ("de", "der hund vom nachbarn hat mich gebissen"),
        ("fr", "le chien du voisin m'a mordu au mollet"),
        ("it", "il gatto mi ha morso la mano e fa male"),
        ("sv", "grannens hund bet mig i benet"),
        ("pl", "pies sąsiada mnie ugryzł w nogę"),
        ("cs", "sousedův pes mě kousl do ruky"),
    ],
)
def test_the_speaker_bitten_by_an_animal_is_their_health(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "mi perro tiene diarrea desde ayer"),
        ("en", "our dog has had diarrhoea since yesterday"),
    ],
)
def test_a_pets_own_illness_is_no_persons_health(language: str, text: str) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "hur länge kan en kanin vara ensam hemma"),
        (
            "sv",
            "Hur lägger jag upp en plan för att vänja valpen vid att vara ensam hemma? Steg för steg.",
        ),
        ("en", "how long can a cat stay alone at home"),
    ],
)
def test_how_long_a_pet_may_stay_alone_is_nobodys_whereabouts(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_children_home_alone_stay_private() -> None:
    assert decide(
        "wie lange sind die kinder schon allein zu hause", language="de"
    ).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "um can you give the dog his breakfast portion from the feeder now"),
        ("de", "äh mach mal den futterautomaten an eine portion für den hund"),
        ("fr", "euh tu peux donner une ration de croquettes au chat"),
        ("it", "ehm dai una porzione di crocchette al gatto"),
        ("sv", "öh ge katten en portion från foderautomaten"),
        ("da", "øh giv hunden en portion fra foderautomaten"),
        ("nb", "eh gi katten en porsjon fra fôrautomaten"),
        ("pt", "põe o feeder em modo weekend, só duas refeições"),
    ],
)
def test_the_pet_feeder_is_a_home_command(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "fr",
            "ajoute de la litière et des friandises pour lapin à la liste de courses",
        ),
        (
            "sv",
            "Sixten har tid hos veterinären för tandrengöring på torsdag, lägg in det i kalendern",
        ),
        ("es", "a cuántos grados está el agua de la pecera"),
    ],
)
def test_the_list_the_calendar_and_the_aquarium_are_the_homes(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_a_list_in_a_longer_plan_is_still_reasoning() -> None:
    text = "put together a detailed weekly meal plan and add the ingredients to a shopping list"
    assert decide(text, language="en").route is Route.REASONING


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("cs", "Jsou teď v Česku nějaká ohniska ptačí chřipky? Musím zavřít slepice?"),
        ("fr", "Il y a des alertes grippe aviaire en ce moment en Bretagne ?"),
        ("pl", "Czy są jakieś nowe ogniska ptasiej grypy w Wielkopolsce?"),
        ("sv", "Finns det några nya fall av fågelinfluensa i Skåne just nu?"),
        ("da", "Er der lige nu påbud om at holde fjerkræ indendørs i Danmark?"),
    ],
)
def test_bird_flu_now_is_the_news(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.SEARCH
    assert not decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "there is a flu outbreak at my son's school and he has a fever"),
        (
            "de",
            "in der kita gibt es einen ausbruch von scharlach, mein sohn hat halsweh",
        ),
    ],
)
def test_an_outbreak_with_a_sick_child_stays_private(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "What are my GP surgery's opening hours on Friday?"),
        ("cs", "Kdy ordinuje moje praktická lékařka ve čtvrtek?"),
        ("da", "Hvornår har min egen læge telefontid i morgen?"),
        ("it", "Lo studio del mio medico di base è aperto il sabato mattina?"),
        ("pt", "O centro de saúde aqui da zona abre a que horas?"),
    ],
)
def test_when_the_doctors_practice_is_open_is_no_health_detail(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is my doctor open on friday i need to renew my insulin"),
        ("en", "what time is my doctor's appointment on friday"),
        ("en", "is emma's doctor open tomorrow"),
        ("en", "is his doctor open on saturday"),
        ("de", "hat mein hausarzt morgen offen, ich habe seit tagen fieber"),
    ],
)
def test_the_practice_with_an_illness_an_appointment_or_someone_stays_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "how much is a fifteen kilo bag of purina pro plan at pets at home right now",
        ),
        ("de", "was kostet grad der zwölf kilo sack josera bei fressnapf"),
        (
            "nl",
            "wat kost een zak hills science plan van twaalf kilo bij pets place op dit moment",
        ),
    ],
)
def test_what_a_bag_of_pet_food_costs_now_is_search(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.SEARCH
