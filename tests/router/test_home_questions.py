"""Questions about the home's sensors and timers stay local in every language, with no home vocabulary given."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.home_requests import device_command, home_task
from custom_components.llm_router.router.vocabulary import HomeVocabulary


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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "power is pricey this evening, so switch the dryer off until the morning",
        ),
        ("sv", "elpriset är högt nu så stäng av handdukstorken i badrummet"),
        ("pl", "prąd jest drogi wieczorem więc wyłącz grzejnik w łazience"),
        ("fr", "l'électricité est chère ce soir, donc éteins le chauffe-eau"),
    ],
)
def test_a_command_after_its_price_reason_is_local(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_a_price_question_without_a_command_is_still_search() -> None:
    text = "the spot price is high tonight, so when is it cheapest tomorrow"
    assert decide(text, language="en").route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "vaca se escribe con b o con v"),
        ("it", "un po' si scrive con l'apostrofo o con l'accento"),
        ("cs", "píše se mýlit s y nebo s i"),
        ("pt", "facto escreve-se com c ou sem c"),
    ],
)
def test_how_a_word_is_spelled_is_answered_locally(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what's the line after we're no strangers to love"),
        ("de", "wie geht der Text weiter nach alle meine Entchen"),
        ("nb", "hva er teksten etter mitt lille land"),
        ("cs", "jak pokračuje text pisně okno mé lásky"),
    ],
)
def test_how_a_song_goes_on_is_answered_locally(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "cria um lembrete para esse dia meia hora antes"),
        ("en", "set a reminder for the dentist call an hour before the match"),
        (
            "de",
            "erinnere mich morgen früh daran, den Müll rauszustellen, bevor ich gehe",
        ),
        ("es", "pon una alarma a las siete menos cuarto para el lunes que viene"),
    ],
)
def test_a_reminder_or_an_alarm_is_local_however_long(language: str, text: str) -> None:
    assert decide(text, language=language).route is Route.LOCAL


def test_an_automation_that_sets_a_timer_is_still_writing() -> None:
    decision = decide("create an automation that starts a timer when the washer stops")
    assert decision.route is Route.REASONING


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how much electricity did we use today"),
        ("de", "wie viel Strom haben wir heute verbraucht"),
        ("fr", "combien d'électricité avons-nous consommé cette semaine"),
        ("pt", "quanta eletricidade gastamos hoje"),
        ("sv", "hur mycket el har vi förbrukat idag"),
        ("es", "a qué hora suena el despertador mañana"),
        ("de", "wann klingelt morgen der Wecker"),
        ("it", "a che ora suona la sveglia domani"),
    ],
)
def test_the_households_energy_use_and_alarm_clock_are_local(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private


@pytest.mark.parametrize(
    "text",
    [
        "yaml for a script that flashes the lights when the smoke alarm goes off",
        "work out step by step how much we would save with solar panels if we use 350 kWh a month",
    ],
)
def test_writing_or_a_calculation_about_the_meters_is_still_reasoning(
    text: str,
) -> None:
    assert decide(text, language="en").route is Route.REASONING


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what time is it"),
        ("de", "welcher Tag ist heute eigentlich"),
        ("fr", "il est quelle heure là"),
        ("es", "a qué día estamos hoy"),
        ("it", "quanti ne abbiamo oggi"),
        ("nl", "de hoeveelste is het vandaag"),
        ("pl", "która jest godzina"),
        ("pt", "em que dia estamos"),
        ("sv", "vad är klockan nu"),
        ("da", "hvad er klokken"),
        ("nb", "hva er klokka nå"),
        ("cs", "kolik je hodin"),
    ],
)
def test_what_day_or_time_it_is_reads_the_homes_clock(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the home's clock"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how cold is it outside at the moment"),
        ("en", "what's the temperature outside right now"),
        ("de", "wie kalt ist es draußen gerade"),
        ("fr", "il fait combien dehors maintenant"),
        ("es", "qué temperatura hace en la terraza ahora"),
        ("it", "quanti gradi ci sono fuori adesso"),
        ("nl", "hoeveel graden is het nu buiten"),
        ("pl", "ile jest stopni w sypialni"),
        ("sv", "hur varmt är det i bastun"),
        ("pt", "quantos graus estão lá fora agora"),
        ("sv", "hur kallt är det ute nu"),
        ("da", "hvor koldt er det udenfor lige nu"),
        ("nb", "hvor kaldt er det ute akkurat nå"),
        ("cs", "jaká je venku teplota teď"),
    ],
)
def test_how_warm_it_is_at_no_place_named_reads_the_homes_thermometer(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the home's thermometer"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "hur kallt är det i Kiruna just nu"),
        ("cs", "jaká je teplota v Olomouci"),
        ("de", "wie warm ist es heute in Lissabon"),
        ("en", "what's the weather in lisbon this weekend"),
        # here, but beyond the home's forecast
        ("en", "will it snow here next month"),
    ],
)
def test_the_temperature_or_time_of_another_town_is_search(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.SEARCH


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "domani nevicherà qui da noi?"),
        ("de", "gibt es morgen früh bei uns Regen"),
        ("fr", "il va pleuvoir ici cet après-midi ?"),
    ],
)
def test_the_weather_here_is_the_homes_however_sure_the_classifier_is(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the home's weather"


def test_what_a_named_meter_shows_today_reads_the_home() -> None:
    home = HomeVocabulary.build(entities=[("Electricity Meter", [])])
    text = "what's the electricity meter showing for yesterday"
    decision = decide(text, vocabulary=home)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: names the home's entity 'Electricity Meter'"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "who made you"),
        ("de", "wer hat dich programmiert"),
        ("fr", "qui t'a créé"),
        ("es", "quién te hizo"),
        ("it", "chi ti ha creato"),
        ("nl", "wie heeft je gebouwd"),
        ("pl", "kto cię stworzył"),
        ("pt", "quem te criou"),
        ("sv", "vem har skapat dig"),
        ("da", "hvem har lavet dig"),
        ("nb", "hvem har laget deg"),
        ("cs", "kdo tě vytvořil"),
    ],
)
def test_who_made_the_assistant_is_small_talk(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.source == "known_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a scene named first, then its commands
        (
            "fr",
            "mode nuit éteins le salon et baisse le chauffage de la chambre à dix-huit",
        ),
        ("pt", "modo cinema liga a netflix na sala e baixa as luzes já"),
        # asking whether the assistant can, first or after the reason
        (
            "fr",
            "tu peux couper la prise du sapin, on part se coucher et il reste allumé",
        ),
        (
            "en",
            "the boiler is running for nothing so can you lower the heating to frost mode",
        ),
        (
            "de",
            "es wird gleich dunkel und alle schlafen schon, kannst du die rollläden unten im haus schließen",
        ),
        # a verb the older list lacked: French "couper", infinitive commands
        ("fr", "coupe la box wifi du salon, c'est l'heure d'aller au lit les enfants"),
        ("fr", "régler le thermostat du bureau sur vingt et un degrés"),
        # asking to play something is the home's players, whatever it plays
        ("en", "now play the latest episode of the news podcast in the kitchen"),
        ("de", "spiel die neuesten Nachrichten im Bad ab"),
        # switching modes on and restarting devices
        ("it", "attiva la modalità notte in camera"),
        ("fr", "active le mode éco du chauffe-eau"),
        ("pl", "zrestartuj router w salonie"),
        ("en", "reboot the media player in the kitchen"),
    ],
)
def test_scenes_polite_commands_and_playing_are_device_commands(
    language: str, text: str
) -> None:
    assert device_command(text)
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what's the latest news about the rail strike"),
        ("fr", "qu'est-ce qui passe à la télé ce soir sur netflix"),
        ("da", "slå op hvad elprisen bliver i morgen"),
        (
            "en",
            "can you explain why the boiler keeps turning off at night and what to check",
        ),
    ],
)
def test_questions_near_a_command_are_not_device_commands(
    language: str, text: str
) -> None:
    assert not device_command(text)
    assert decide(text, language=language).route is not Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how do you say fork in german"),
        ("de", "wie sagt man Gabel auf Französisch"),
        ("it", "come si dice cucchiaio in spagnolo"),
        ("sv", "hur säger man gaffel på tyska"),
        ("en", "what was the name of Don Quixote's squire"),
        ("de", "wie heißt der Hund von Tim und Struppi"),
        ("fr", "comment s'appelle le chat d'Alice au pays des merveilles"),
        ("pt", "como se chama o cavalo do Zorro"),
        ("da", "hvad hedder bjørnen i Peter Plys"),
        ("cs", "jak se jmenuje pes v Ferdovi Mravencovi"),
    ],
)
def test_how_a_word_is_said_or_a_story_thing_is_called_is_local(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.source == "known_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "wie heißt der neue Trainer von Bayern"),
        ("en", "what is the name of the current prime minister of spain"),
        ("de", "wie heißt der Tatort diesen Sonntag"),
    ],
)
def test_a_name_that_may_have_changed_is_no_known_fact(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source != "known_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "the pizza was 23.50 and the drinks 8, how much is that each for three of us",
        ),
        ("de", "für 4 Personen brauche ich 300 g Mehl, wie viel für sechs"),
        ("fr", "le pull coûte 45 euros avec 30 pour cent de réduction ça fait combien"),
        ("pl", "rachunek to 120 zł na trzy osoby ile płaci każdy"),
        (
            "nb",
            "oppskriften er for 4, hvor mye smør trenger jeg for 6 når det står 200 gram",
        ),
        ("cs", "mám 3 balíčky po 250 gramech kolik je to dohromady"),
    ],
)
def test_a_short_sum_with_its_own_figures_is_local(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: a short sum, a fact that does not change"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "if i save 200 a month at 4 percent for 10 years how much will i have"),
        ("sv", "jämför 3 elavtal med 2 olika priser och hur mycket jag sparar"),
        ("es", "escribe una plantilla que cuente cuántas luces hay encendidas"),
    ],
)
def test_a_supposition_a_comparison_or_a_template_is_no_short_sum(
    language: str, text: str
) -> None:
    assert "a short sum" not in decide(text, language=language).reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how many windows are still open upstairs"),
        ("de", "welche Türen sind nicht abgeschlossen"),
        ("fr", "combien de volets sont encore ouverts"),
        ("es", "cuántas persianas están cerradas"),
        ("it", "quante finestre sono aperte"),
        ("nl", "hoeveel ramen staan er open"),
        ("pl", "ile okien jest otwartych"),
        ("pt", "quantas janelas estão abertas"),
        ("sv", "hur många fönster är öppna"),
        ("da", "hvor mange vinduer er åbne"),
        ("nb", "hvor mange vinduer er åpne"),
        ("cs", "kolik oken je otevřených"),
    ],
)
def test_how_many_of_the_homes_openings_are_open_is_local(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the state of the home's devices"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how many shops are open on sunday"),
        ("nl", "welke musea zijn dit weekend open met dino's, bram wil kijken"),
    ],
)
def test_how_many_shops_or_museums_are_open_is_still_search(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.SEARCH


def test_a_countdown_started_is_a_timer() -> None:
    decision = decide("empieza una cuenta atrás de diez minutos", language="es")
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text", "fact"),
    [
        ("en", "when was Leonardo da Vinci born", "when someone was born"),
        ("es", "pregunta de trivial en qué año nació Goya", "when someone was born"),
        ("nl", "quizvraag wanneer is Vermeer geboren", "when someone was born"),
        ("de", "wie viele Karten bekommt jeder Spieler bei Uno", "a rule of a game"),
        ("pt", "quantas peças recebe cada jogador no dominó", "a rule of a game"),
        (
            "sv",
            "vad gör man vid brännskada första hjälpen",
            "first aid or how an illness spreads",
        ),
        (
            "fr",
            "comment se transmet la varicelle",
            "first aid or how an illness spreads",
        ),
        ("de", "wo steht eigentlich der Kölner Dom", "where a place is"),
        ("it", "dove si trova il Colosseo esattamente", "where a place is"),
        ("nb", "hvor høyt bør man henge opp et kamera ute", "how to mount a camera"),
        ("en", "how high should you mount an outdoor camera", "how to mount a camera"),
        ("en", "who won wimbledon in 1980", "who won in a year long past"),
        ("fr", "qui a gagné le tour de france en 1998", "who won in a year long past"),
        ("sv", "vem vann melodifestivalen 2012", "who won in a year long past"),
    ],
)
def test_births_game_rules_first_aid_landmarks_and_camera_mounting_are_known_facts(
    language: str, text: str, fact: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == f"local: {fact}, a fact that does not change"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "dove si trova il papa in questi giorni"),
        ("en", "where is the space station right now"),
        ("pl", "jak zamontować kamerę na elewacji krok po kroku"),
        ("de", "wie wird das Wetter morgen in Hamburg"),
        ("en", "who won the champions league this year"),
    ],
)
def test_where_someone_is_these_days_or_a_how_to_step_by_step_is_no_known_fact(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source != "known_fact"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "whose turn is it to empty the dishwasher"),
        ("de", "wer ist heute mit Kochen dran"),
        ("fr", "c'est à qui de sortir les poubelles ce soir"),
        ("it", "a chi tocca apparecchiare stasera"),
        ("nl", "wie is er aan de beurt met stofzuigen"),
        ("pl", "czyja kolej na zmywanie"),
        ("sv", "vems tur är det att diska"),
        ("da", "hvis tur er det til at tage opvasken"),
    ],
)
def test_whose_turn_it_is_reads_the_households_rota(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the household's rota"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "wake me up at half past six"),
        ("de", "weck mich morgen um sieben"),
        ("nb", "vekk meg klokka seks i morgen"),
    ],
)
def test_being_woken_is_a_home_task(language: str, text: str) -> None:
    assert home_task(text)
    assert decide(text, language=language).route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text", "reason"),
    [
        ("es", "a qué hora se pone el sol hoy", "local: the home's sun"),
        ("de", "wann ist morgen Sonnenaufgang", "local: the home's sun"),
        ("sv", "när är solnedgången i kväll", "local: the home's sun"),
        (
            "en",
            "has the robot vacuum already done the kitchen",
            "local: the state of the home's devices",
        ),
        (
            "pt",
            "o carro ainda está a carregar na wallbox",
            "local: the state of the home's devices",
        ),
        ("cs", "kolik vody jsme včera spotřebovali", "local: the home's use"),
    ],
)
def test_the_sun_the_robot_the_charger_and_yesterdays_use_are_the_homes(
    language: str, text: str, reason: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # a garden device to run if the weather allows, however sure the classifier is of thinking
        (
            "de",
            "falls es morgen früh nicht regnet, soll die Bewässerung um sechs für zehn Minuten laufen",
        ),
        (
            "nl",
            "als het vanavond niet regent mag de sproeier om negen uur aan in de voortuin",
        ),
        ("sv", "om det inte regnar i eftermiddag så kör bevattningen i växthuset"),
        (
            "en",
            "if it isn't raining at six, run the sprinklers on the back lawn for fifteen minutes",
        ),
        # putting a film on, and a command to the heating with a schedule the classifier reads as search
        ("nb", "sett på filmen om pippi langstrømpe i stua"),
        ("pt", "põe o aquecimento a 20 graus até às dez e depois o horário da noite"),
    ],
)
def test_weather_conditioned_runs_films_put_on_and_heating_schedules_are_local(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.source == "home_request"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "when is sunset in Rome tomorrow"),
        ("en", "write an automation that runs the sprinkler if it does not rain"),
        ("en", "turn on bitcoin price"),
    ],
)
def test_the_sun_elsewhere_an_automation_or_an_unknown_switch_are_not_home_requests(
    language: str, text: str
) -> None:
    assert decide(text, language=language).source != "home_request"


@pytest.mark.parametrize(
    ("language", "text"),
    [("it", "che tempo fa domani qui da noi"), ("fr", "quel temps il fait ici demain")],
)
def test_the_weather_here_asked_with_che_tempo_or_quel_temps_is_the_homes(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert decision.reason == "local: the home's weather"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "vilket år vann Sverige fotbolls-VM-brons"),
        ("en", "which year did Italy win the world cup in Germany"),
    ],
)
def test_the_year_of_a_win_is_a_fact_that_does_not_change(
    language: str, text: str
) -> None:
    assert decide(text, language=language).route is Route.LOCAL
