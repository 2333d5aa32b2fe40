"""Private things said in passing: asides, doorbell footage, codes read out, who is in a room, and their near misses."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide, detect_private
from custom_components.llm_router.router.vocabulary import HomeVocabulary
from tests.router.turns import after_local

HOME = HomeVocabulary.build(
    persons=["Nora", "Sofia", "Mike", "Ada"],
    areas=[
        "kitchen",
        "camera di Sofia",
        "cuisine",
        "kontoret",
        "office",
        "Camera",
        "Doctor's office",
    ],
    zones=["Work", "Práce"],
)

ASIDES = [
    "Between us, we might move abroad, so add 'call the movers' to my list",
    "don't mention it to anyone but I'm looking for a new job",
    "zwischen uns, ich suche eine neue Wohnung",
    "n'en parle à personne, mais je change de travail",
    "no se lo cuentes a nadie pero estoy buscando piso",
    "che resti tra noi, sto cercando un altro lavoro",
    "niet doorvertellen hoor, maar we gaan verhuizen",
    "nikomu nie mów, ale szukam nowej pracy",
    "berätta inte för någon men vi ska flytta",
    "fortæl det ikke til nogen, men vi flytter",
    "nikomu to neříkej, ale stěhujeme se",
]

DOORBELL_FOOTAGE = [
    "did the doorbell catch who dropped off the parcel",
    "fikk dørklokka med seg hvem som leverte pakken i dag",
    "wer hat heute an der Türklingel gestanden",
    "la sonnette a vu qui est passé ce matin ?",
    "il campanello ha registrato chi è passato?",
    "kdo se dnes objevil na zvonku",
]

CODES_READ_OUT = [
    "the alarm code is now one two three four",
    "koden til ytterdøra er endret til fire fire to sju",
    "der Code für die Haustür ist jetzt vier fünf sechs sieben",
    "il codice del cancello è uno due tre quattro",
    "kod do bramy to pięć sześć siedem osiem",
]


SAID_IN_PASSING = [
    *(("confidential", text) for text in ASIDES),
    *(("camera", text) for text in DOORBELL_FOOTAGE),
    *(("lock_code", text) for text in CODES_READ_OUT),
]


@pytest.mark.parametrize(("kind", "text"), SAID_IN_PASSING)
def test_private_things_said_in_passing_keep_the_request_home(
    kind: str, text: str
) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == kind


@pytest.mark.parametrize(
    "text",
    [
        "write python code that prints one two three four",
        "turn off the doorbell chime at night",
        "what is the distance between us and the moon",
        "what's a good doorbell to buy",
    ],
)
def test_near_misses_of_asides_doorbells_and_codes(text: str) -> None:
    assert detect_private(text) is None


def test_an_automation_about_an_empty_room_is_not_presence() -> None:
    decision = decide(
        "write an automation that turns off the kitchen lights when nobody is in the kitchen",
        language="en",
        vocabulary=HOME,
    )
    assert not decision.private
    assert decision.route is Route.REASONING


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "skriv en godnatthistorie til Nora om en elg som var redd for mørket"),
        ("da", "Mike var så glad i går, skriv et digt om det"),
    ],
)
def test_was_in_danish_and_norwegian_is_not_where(language: str, text: str) -> None:
    assert "presence" not in decide(text, language=language, vocabulary=HOME).reason


def test_where_is_in_swedish_is_still_where() -> None:
    decision = decide("var är Nora nu", language="sv", vocabulary=HOME)
    assert decision.private


@pytest.mark.parametrize(
    "text",
    [
        "Napisz automatyzację, która włącza ogrzewanie o szóstej w dni robocze",
        "przypomnij mi za trzy dni o rachunku",
    ],
)
def test_polish_days_are_not_the_spanish_id_card(text: str) -> None:
    finding = detect_private(text)
    assert finding is None or finding.kind != "national_id"


def test_the_spanish_id_card_is_still_an_id() -> None:
    finding = detect_private("apunta mi DNI en la lista")
    assert finding is not None
    assert finding.kind == "national_id"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "c'è qualcuno in camera di sofia adesso"),
        ("en", "is anybody in the office right now"),
        ("fr", "est-ce qu'il y a quelqu'un dans la cuisine"),
        ("nb", "er det noen på kontoret nå"),
        ("en", "is anyone at work"),
        ("en", "how many people are home"),
        ("de", "ist irgendjemand zuhause"),
        ("cs", "kdo je v zóně práce"),
        ("cs", "kdo není doma"),
        ("nl", "wie is er weg"),
        ("pl", "czy ktoś jest w pracy"),
        ("de", "wer ist gerade in der Schule"),
        ("en", "is anyone still at work"),
    ],
)
def test_who_is_home_away_or_in_a_room_is_presence_in_any_phrasing(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOME)
    assert decision.private
    assert decision.route is Route.LOCAL
    assert "presence" in decision.reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "accendi la lampada in camera"),
        ("en", "turn on the light in the doctor's office"),
        ("pt", "pausar o vídeo na TV da sala"),
        ("en", "are all the lights at home off"),
        ("de", "wie ist das Wetter zu Hause"),
    ],
)
def test_room_names_and_playback_are_not_private(language: str, text: str) -> None:
    assert not decide(text, language=language, vocabulary=HOME).private


def test_a_camera_is_still_private_next_to_a_playing_video() -> None:
    finding = detect_private("pause the video and show me the garage camera")
    assert finding is not None
    assert finding.kind == "camera"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what is a password manager"),
        ("de", "was ist eigentlich eine Steuer-ID"),
        ("nb", "hva er egentlig en passordbehandler"),
        ("en", "how does a doorbell camera work"),
    ],
)
def test_asking_what_a_thing_is_is_general_knowledge(language: str, text: str) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "what is a good password for my bank account"),
        ("en", "what is the wifi password"),
        ("de", "was ist eigentlich ein Passwort, das ich für mein Onlinebanking habe"),
    ],
)
def test_the_speakers_own_secret_stays_private_in_a_question(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


def test_a_word_is_read_in_the_utterances_own_language() -> None:
    """Czech "hosté" (guests) folds to the Danish and Norwegian "hoste" (a cough)."""
    assert not decide("spusť skript přišli hosté", language="cs").private
    assert decide("jeg har hoste og feber", language="da").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "who won the school election"),
        ("en", "who can work on this bug tonight"),
    ],
)
def test_a_zone_named_like_a_common_word_is_a_place_only_after_a_preposition(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(zones=["Work", "School"])
    assert "presence" not in decide(text, language=language, vocabulary=home).reason


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my sugar was 180 this morning, is that high"),
        ("de", "mein Zucker war heute nüchtern bei hundertneunzig"),
        ("fr", "mon sucre à jeun était à un gramme trente"),
        ("es", "tenía el azúcar en ciento ochenta después del desayuno"),
        ("sv", "mitt socker låg på elva komma två innan frukost"),
        ("cs", "cukr mám nalačno na osmi"),
    ],
)
def test_a_blood_sugar_reading_is_health(language: str, text: str) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == "health"


@pytest.mark.parametrize(
    "text",
    [
        "add two bags of sugar to the shopping list",
        "the cake needs 200 g of sugar",
        "is sugar free gum ok for kids",
        "wie viel Zucker ist in einer Cola",
    ],
)
def test_sugar_in_the_kitchen_is_not_health(text: str) -> None:
    assert detect_private(text) is None


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "did the baby monitor pick up any crying last night"),
        ("de", "hat das Babyfon heute Nacht was gehört"),
        ("fr", "le babyphone a capté quelque chose cette nuit"),
        ("es", "el vigilabebés ha detectado llanto"),
        ("nl", "heeft de babyfoon iets opgevangen vannacht"),
        ("pl", "czy niania elektroniczna coś wykryła w nocy"),
        ("sv", "har babyvakten hört något i natt"),
        ("cs", "zachytila chůvička v noci nějaký pláč"),
    ],
)
def test_what_the_baby_monitor_heard_is_private(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "welche Überwachungskamera für draußen ist gerade im Angebot"),
        ("sv", "vilken övervakningskamera är bäst i test just nu"),
        (
            "nl",
            "maak een automatisering die de tuinverlichting aanzet als de deurbel camera beweging ziet",
        ),
        (
            "it",
            "spiegami come funziona l'autenticazione a due fattori e perché è meglio della sola password",
        ),
        ("de", "was ist der Unterschied zwischen Grippe und Erkältung"),
        ("es", "qué es el paracetamol"),
        ("en", "what's the latest on the king's cancer treatment"),
        ("nl", "wat doet een ibuprofen eigenlijk in je lichaam"),
        ("pl", "napisz opowiadanie o lekarzu na nocnym dyżurze"),
        (
            "de",
            "Schreib mir eine Automation: wenn das Babyfon Geräusche meldet, dimm das Licht im Flur",
        ),
        ("cs", "Napiš automatizaci, která zamkne dveře, když všichni odejdou z domu"),
        (
            "de",
            "Erklär mir Schritt für Schritt, wie Zwei-Faktor-Authentifizierung funktioniert",
        ),
    ],
)
def test_health_cameras_and_passwords_as_topics_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    "text",
    [
        "what's the latest on grandma's surgery",
        "explain to me why my blood pressure is so high in the morning",
        "write a short story for my son about his broken arm",
    ],
)
def test_a_health_topic_about_the_speaker_or_the_family_stays_private(
    text: str,
) -> None:
    assert decide(text, language="en").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "vad är en lösenordshanterare"),
        ("en", "how does a vaccine actually work"),
        ("de", "was ist eigentlich eine Wärmepumpe"),
    ],
)
def test_a_short_definition_is_answered_locally(language: str, text: str) -> None:
    decision = decide(text, language=language)
    assert decision.route is Route.LOCAL
    assert not decision.private


@pytest.mark.parametrize(
    "text",
    [
        "what is a good restaurant in Lisbon for tonight",
        "what is a fair price for bitcoin today",
    ],
)
def test_a_definition_question_about_a_place_or_today_is_not_kept_local(
    text: str,
) -> None:
    assert decide(text, language="en").source != "definition"


# One's own body after a possessive, swollen lips and weeks of a pregnancy.
OWN_BODY = [
    ("en", "my back went again last night"),
    ("en", "my tummy feels weird"),
    ("de", "mein Rücken bringt mich um"),
    ("fr", "mon dos me tue"),
    ("es", "mi barriga hace ruidos raros"),
    ("it", "la mia schiena mi fa impazzire"),
    ("nl", "mijn buik doet raar"),
    ("pl", "moja głowa zaraz pęknie"),
    ("pt", "minha barriga está esquisita"),
    ("sv", "min mage har krånglat hela veckan"),
    ("da", "min ryg driller igen"),
    ("nb", "ryggen min er helt ødelagt i dag"),
    ("cs", "bolí mě záda"),
    ("nb", "jakob fikk hovne lepper etter rekene"),
    ("de", "ich bin jetzt in der zwölften woche"),
    ("en", "I'm 20 weeks along"),
]


@pytest.mark.parametrize(("language", "text"), OWN_BODY)
def test_ones_own_body_named_with_a_possessive_is_health(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "turn on my back porch light"),
        ("en", "call her back"),
        ("en", "play my heart will go on"),
        ("en", "my hands are full, open the door"),
        ("en", "is my chest freezer still cold"),
        ("es", "cuántos son dos más dos"),
    ],
)
def test_body_words_that_name_things_are_not_health(language: str, text: str) -> None:
    assert detect_private(text) is None


# Telling nobody, or nobody may know.
TELLING_NOBODY = [
    ("de", "schreib das bitte nirgends hin"),
    ("de", "sag es keinem, aber ich habe meinen Job verloren"),
    ("en", "nobody needs to know, but we are selling the house"),
    ("fr", "personne ne doit le savoir"),
    ("es", "nadie tiene que saberlo"),
    ("it", "nessuno deve saperlo"),
    ("nl", "niemand hoeft dit te weten"),
    ("pl", "nikt nie może się o tym dowiedzieć"),
    ("pt", "ninguém precisa de saber"),
    ("sv", "säg inget till någon"),
    ("da", "ingen behøver at vide det"),
    ("nb", "ingen trenger å vite det"),
    ("cs", "nikdo se to nesmí dozvědět"),
]


@pytest.mark.parametrize(("language", "text"), TELLING_NOBODY)
def test_telling_nobody_is_said_in_confidence(language: str, text: str) -> None:
    finding = detect_private(text)
    assert finding is not None
    assert finding.kind == "confidential"


@pytest.mark.parametrize(
    "text",
    ["skriv en besked til nogen i familien", "skriv til noen om middagen"],
)
def test_writing_to_somebody_is_not_confidential(text: str) -> None:
    assert detect_private(text) is None


PEOPLE_AT_HOME = HomeVocabulary.build(persons=["Erik", "Jonas", "Kari", "Thomas"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "när gick eric hemifrån i morse"),  # speech-to-text spelled Erik as Eric
        ("de", "wann ist jonas heute eigentlich aus dem haus"),
        ("nb", "når dro kari fra jobben"),
        ("cs", "v kolik se tomas vrátil"),
        ("de", "wann ist sie heute los"),
    ],
)
def test_comings_and_goings_of_the_household_are_presence(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=PEOPLE_AT_HOME)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "where is Coldplay playing this summer"),
        ("es", "dónde está jugando Nadal esta semana"),
        ("nb", "hvor er kongen nå"),
    ],
)
def test_a_public_figures_schedule_is_not_a_whereabouts_concern(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=PEOPLE_AT_HOME)
    assert decision.may_leave_home
    assert decide(text, language=language).private  # without a household: kept home


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "who was at the back door at three, the chime went off"),
        ("nl", "wat heeft de eufy opgenomen vannacht"),
        ("de", "der Code fürs Tor ist jetzt drei-eins-vier-eins"),
        ("es", "entre tú y yo, me voy a cambiar de trabajo"),
        ("fr", "j'ai le ventre tout gonflé depuis hier"),
        ("pt", "a minha mãe tem a tensão alta outra vez"),
    ],
)
def test_doors_brands_codes_and_bellies_said_in_passing(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvad koster et Ring-dørklokkekamera i dag"),
        ("fr", "combien coûte la caméra Netatmo en ce moment"),
        ("cs", "je pravda, že se na rýmu nemají brát antibiotika?"),
        (
            "pt",
            "explica-me as diferenças entre um PPR e um depósito a prazo para quem tem quarenta anos",
        ),
    ],
)
def test_prices_claims_and_common_words_are_not_private(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(areas=["Entré"])
    assert decide(text, language=language, vocabulary=home).may_leave_home


def test_a_price_word_does_not_hide_what_a_camera_saw() -> None:
    assert detect_private("how much motion did the garage camera see today")
    assert detect_private("montre-moi la caméra de la prise du garage")


def test_a_question_about_her_after_the_baby_monitor_stays_home() -> None:
    history = after_local("vis babyalarmen", "Her er billedet fra babyalarmen.")
    decision = decide(
        "græder hun eller ligger hun bare stille", language="da", history=history
    )
    assert decision.private


def test_the_speaker_saying_a_health_topic_is_theirs_is_private() -> None:
    history = after_local(
        "what are the typical signs of anaemia", "Tiredness, pale skin and cold hands."
    )
    assert decide(
        "that sounds exactly like me since the summer", language="en", history=history
    ).private
    other = decide("write a short poem about autumn", language="en", history=history)
    assert not other.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "sind alle schon daheim"),
        ("de", "befinden sich alle zu Hause"),
        ("sv", "är alla hemma nu"),
        ("sv", "hur många är hemma"),
        ("da", "er alle på arbejde"),
        ("es", "está todo el mundo en casa"),
        ("cs", "jsou všichni na cestě"),
    ],
)
def test_everyone_being_somewhere_is_presence(language: str, text: str) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "sind alle Fenster im Wohnzimmer zu"),
        ("de", "schalte alle Lampen zu Hause aus"),
        ("sv", "släck alla lampor hemma"),
    ],
)
def test_all_the_windows_or_lamps_are_not_people(language: str, text: str) -> None:
    home = HomeVocabulary.build(areas=["Wohnzimmer"])
    assert not decide(text, language=language, vocabulary=home).private


# A family member or a carer coming or going, visitors, and vomiting.
COMINGS_AND_GOINGS = [
    ("en", "has the nanny left yet"),
    ("es", "ha llegado ya mi marido"),
    ("it", "la babysitter è già andata via"),
    ("nl", "is de oppas al vertrokken"),
    ("sv", "har barnvakten gått"),
    ("nb", "har barnevakten dratt"),
    ("cs", "už odešla chůva"),
    ("nl", "ik moet steeds overgeven"),
    ("en", "did anyone come by while we were out"),
]


@pytest.mark.parametrize(("language", "text"), COMINGS_AND_GOINGS)
def test_family_and_carers_coming_and_going_are_presence(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nb", "hvor mye søvn trenger en baby på seks måneder"),
        (
            "en",
            "my daughter loves the sea, write her a long story where an octopus looks for a pearl",
        ),
        ("nl", "het leger heeft zich overgegeven"),
    ],
)
def test_family_words_far_from_comings_and_goings_are_not_presence(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert not decision.private


KIDS = HomeVocabulary.build(persons=["Alva", "Zosia", "Anička"])


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "är alva kvar på dagis"),
        ("pl", "czy zosia jest już w przedszkolu"),
        ("cs", "je anička už ve školce"),
        ("da", "hvad optog carportkameraet i nat"),
        ("fr", "qu'est-ce que la sonnette a filmé ce matin"),
        ("de", "Jonas hat mir im Vertrauen erzählt, dass er kündigt"),
        ("es", "te cuento algo que no sabe nadie"),
        ("de", "Katrins Schilddrüsenwerte sind da, was heißt das"),
        ("en", "my covid test came back positive"),
        ("es", "apúntame la eco de las doce semanas"),
    ],
)
def test_daycare_footage_confidences_and_results_are_private(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=KIDS)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


def test_sending_it_on_after_a_door_code_stays_home() -> None:
    history = after_local("der Code fürs Gartentor ist 4471", "Notiert.")
    decision = decide("schick den bitte an Oma per SMS", language="de", history=history)
    assert decision.private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Who sang Where Is My Mind?"),
        ("pl", "Kto wyreżyserował film Dom zły?"),
        ("it", "Chi ha scritto Camera con vista?"),
        ("en", "switch the nursery camera to privacy mode"),
        ("nl", "zet de babyfoon aan in de babykamer"),
        (
            "it",
            "scrivi un'automazione che accende la luce quando la telecamera vede una persona",
        ),
        ("pt", "o paracetamol e o ibuprofeno são a mesma coisa"),
        ("de", "Erklär mir ausführlich, wie ein Passwort-Manager verschlüsselt"),
    ],
)
def test_titles_switches_automations_and_topics_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "is it safe to take ibuprofen and paracetamol together"),
        ("nb", "kan man ta paracet og ibux samtidig"),
        ("nl", "mag je paracetamol en ibuprofen tegelijk innemen"),
        ("de", "darf man Ibuprofen und Paracetamol zusammen nehmen"),
        ("pt", "quanto tempo dura normalmente uma gripe"),
        ("en", "how long does the flu last"),
    ],
)
def test_a_health_fact_asked_of_anyone_is_answered_locally(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert (decision.route, decision.private) == (Route.LOCAL, False)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("sv", "kan man ta alvedon samtidigt som man äter waran"),
        ("en", "can I take ibuprofen with my warfarin"),
        ("nl", "mag ik paracetamol nemen met mijn bloedverdunners"),
        ("en", "how long does my flu last"),
        ("de", "darf man Ibuprofen nehmen, wenn man Marcumar nimmt"),
    ],
)
def test_a_medicine_question_about_the_speakers_own_treatment_stays_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


def test_a_story_or_the_news_about_an_illness_is_not_a_health_fact() -> None:
    story = "Schreib eine kurze Geschichte über eine Krankenschwester, die an Heiligabend in der Notaufnahme arbeitet"
    assert decide(story, language="de").route is Route.REASONING
    news = decide("gibt's was neues zu bruce willis und seiner demenz", language="de")
    assert news.route is Route.SEARCH


def test_a_camera_switched_on_and_shown_is_still_private() -> None:
    assert decide("turn on the driveway camera and show me who is there").private
    assert decide("pon la cámara del garaje", language="es").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "¿De quién es la canción Dónde están los ladrones?"),
        ("nb", "hva er de siste nyhetene om datalekkasjen hos kameraprodusenten"),
        ("sv", "var uppträder Zara Larsson nästa vecka"),
    ],
)
def test_works_news_and_tours_may_leave_home(language: str, text: str) -> None:
    assert decide(text, language=language, vocabulary=KIDS).may_leave_home


@pytest.mark.parametrize(
    "text",
    [
        "imposta lampada camera al 10 %",
        "alza la tapparella camera al massimo",
        "ist etwas im Büro kalt?",
        "welches Licht ist an im Büro?",
    ],
)
def test_a_rooms_devices_and_states_are_not_people_or_cameras(text: str) -> None:
    assert detect_private(text) is None


def test_a_person_in_the_office_and_a_recording_camera_still_are() -> None:
    assert detect_private("ist Lena im Büro")
    assert detect_private("cosa ha registrato la camera ieri")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "jürgen hat spätschicht bis eins lass das licht im flur an"),
        ("es", "joaquín tiene turno de noche hasta las seis"),
        (
            "en",
            "my brother and his kids are staying over on saturday, heat the guest room",
        ),
        ("nl", "het huis is dan twee weken leeg, zet de vakantiestand aan"),
        ("de", "wir sind vom zweiten bis zehnten august auf kreta"),
        ("en", "we're away for a fortnight so make it look like someone's home"),
        (
            "it",
            "il codice per la signora che viene a dare da mangiare al gatto è 4 4 0 9",
        ),
        ("nl", "dit blijft tussen ons, we hebben een schuld bij de bank"),
        ("es", "creo que mi marido me engaña"),
        ("da", "har farmor taget sin marevan i dag"),
        ("de", "die Lehrerin meint, Leonie hat ADHS"),
        ("it", "tomaso è tornato a casa?"),
    ],
)
def test_shifts_guests_an_empty_house_and_secrets_are_private(
    language: str, text: str
) -> None:
    home = HomeVocabulary.build(persons=["Tommaso", "Leonie"])
    decision = decide(text, language=language, vocabulary=home)
    assert (decision.route, decision.private) == (Route.LOCAL, True)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("da", "hvordan staver man tandlæge"),
        ("da", "hvad er normalt blodtryk for voksne"),
        ("pl", "ile znaków powinno mieć bezpieczne hasło"),
        ("de", "was ist der unterschied zwischen personalausweis und reisepass"),
        ("es", "qué es el nie y para qué sirve"),
        ("da", "tænd kameraet i bryggerset"),
        ("cs", "zapni noční režim na světlech"),
    ],
)
def test_spelling_normal_values_advice_and_switches_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "my dog keeps licking his paw and limping, what could it be"),
        ("pl", "mój kot wymiotuje od rana czy to normalne"),
        ("cs", "můj pes má průjem, co mám dělat"),
    ],
)
def test_a_pets_health_is_not_a_persons(language: str, text: str) -> None:
    assert not decide(text, language=language).private


def test_the_speakers_health_next_to_a_pet_stays_private() -> None:
    assert decide("I got bitten by the dog and my hand is swollen").private
    assert decide("ich habe Fieber, seit der Hund krank ist", language="de").private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how often should he take his insulin"),
        ("de", "was ist normal für ihren Blutdruck, sie hat 160 zu 95"),
        ("sv", "hur ofta bör hon ta sin medicin"),
    ],
)
def test_a_general_opening_about_him_or_her_stays_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


def test_the_kids_at_school_said_as_a_reason_is_presence() -> None:
    assert decide("turn the heating down, the kids are at school all day").private
    assert not decide("set the kids room to 20 degrees").private


def test_a_pin_right_before_its_digits_is_private_but_a_zip_code_is_not() -> None:
    assert decide("Think hard: what is my bank PIN 4821?").private
    assert decide("ist der Code 9 9 1 2 richtig", language="de").private
    assert not detect_private("what's the weather for zip code 10115")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I'm feeling pretty rough today, cancel my meetings"),
        ("fr", "à quelle heure les enfants sont rentrés"),
        ("es", "a qué hora llegaron los niños del cole"),
        ("it", "a che ora sono tornati i ragazzi da scuola"),
        ("nl", "hoe laat kwamen de kinderen thuis"),
        ("pl", "o której dzieci wróciły ze szkoły"),
        ("pt", "a que horas chegaram os miúdos da escola"),
        ("cs", "v kolik přišly děti ze školy"),
        ("en", "are the children home yet"),
    ],
)
def test_the_children_coming_home_and_feeling_rough_are_private(
    language: str, text: str
) -> None:
    assert decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pl", "ile trwa ospa wietrzna u dzieci"),
        ("pl", "zaplanuj urodziny dla ośmiolatka w domu na dziesięcioro dzieci"),
        ("en", "turn on the barn lights"),
    ],
)
def test_children_as_a_topic_or_a_party_are_not_presence(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


def test_a_camera_word_is_a_room_only_in_italian() -> None:
    home = HomeVocabulary.build(
        areas=["camera", "cucina"], entities=[("deurbelcamera", ())]
    )
    french = "il y a eu du mouvement sur la caméra du jardin cette nuit"
    assert decide(french, language="fr", vocabulary=home).private
    assert not decide(
        "accendi la luce in camera", language="it", vocabulary=home
    ).private
    dutch = "heeft de deurbelcamera vanmiddag iemand gezien"
    assert decide(dutch, language="nl", vocabulary=home).private
    assert not decide(
        "zet de deurbelcamera uit", language="nl", vocabulary=home
    ).private


@pytest.mark.parametrize(
    ("text", "private"),
    [
        ("mets France Inter sur l'enceinte du salon", False),
        ("monte le son de l'enceinte de la cuisine", False),
        ("ma femme est enceinte, rappelle-moi son rendez-vous", True),
        ("je suis enceinte de trois mois", True),
    ],
)
def test_french_enceinte_is_a_loudspeaker_unless_someone_is(
    text: str, private: bool
) -> None:
    assert decide(text, language="fr").private is private
