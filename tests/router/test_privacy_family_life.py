"""Family life that stays home: an elderly relative, a pregnancy and a baby, teenagers, children, the car, bookings.

A relative up, out of bed or still here, their readings, alarm buttons and logins; a named household member's
comings and goings in an automation; after a birth and a baby's logs; teenagers' whereabouts and health; a child's
medicines, numbers and pickups; who drove the car and where it is; driving licences and booking references.
The near misses: raising a volume, a lamp at grandma's, an automation on motion or a timetable, nappies and vaccines
in general, a GPS tracker to buy, a racing driver, what a card code or a visa is, the Czech hundred, a late train.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=[
        "Emma",
        "Daan",
        "Marco",
        "Jakub",
        "Noah",
        "Sem",
        "Carmen",
        "Mia",
        "Leo",
        "Jonas",
        "Lorenzo",
    ]
)

UP_AND_ABOUT = [
    ("en", "is grandma up yet"),
    ("fr", "est-ce que mamie s'est levée ce matin"),
    ("fr", "combien de fois papi s'est levé la nuit dernière"),
    ("it", "quante volte si è alzato il nonno stanotte"),
    ("da", "er farmor oppe"),
    ("da", "hvor mange gange stod farfar op i nat"),
    ("nb", "hvor mange ganger var bestefar oppe i natt"),
    ("sv", "mormor uppe?"),
    ("nl", "oma al uit bed?"),
    ("nl", "hoe vaak is opa deze week 's nachts opgestaan"),
    ("pl", "ile razy dziadek wstawał w nocy"),
    ("es", "mis suegros siguen aquí o ya se fueron pa la estación"),
    ("it", "la nonna è ancora al centro diurno o è tornata a casa"),
]

READINGS_BUTTONS_AND_LOGINS = [
    ("cs", "jaký měl děda dneska tlak"),
    ("pl", "ile dziadek miał cukru wczoraj wieczorem"),
    (
        "nl",
        "Maak een uitgebreide analyse van de bloeddrukmetingen van oma van het afgelopen kwartaal",
    ),
    (
        "nb",
        "Gå gjennom pulsdataene til farmor fra smartklokka i oktober og skriv et sammendrag",
    ),
    ("es", "¿Ha saltado hoy el sensor de caídas del baño de Carmen?"),
    ("en", "did grandad press his emergency button last night"),
    ("da", "hvad er farfars mitid kode jeg skal tjekke hans pension"),
    ("pl", "podaj mi login do banku babci"),
    ("sv", "har mormor tagit sina morgontabletter"),
    ("da", "blev farfars pilleæske åbnet til frokost"),
    ("en", "remind me at six to ask nan if she took the war farin"),
    ("sv", "skriv upp att mormor glömde att hon redan ätit till minnesdagboken"),
    (
        "nl",
        "zet de verwarming bij oma op 21 en kijk of ze al uit de slaapkamer is geweest",
    ),
    ("pt", "põe o aquecimento da avó nos 22 e vê se ela saiu do quarto hoje"),
]

NAMED_COMINGS_AND_GOINGS = [
    (
        "en",
        "Write an automation that unlocks the front door when Emma arrives home after 6 pm.",
    ),
    (
        "nl",
        "Schrijf een automatisering die de ganglamp aandoet als Daan na tienen thuiskomt.",
    ),
    (
        "it",
        "Scrivimi un'automazione che accende il corridoio quando Marco torna a casa dopo le dieci.",
    ),
    (
        "cs",
        "Napiš automatizaci, která rozsvítí chodbu, když Jakub přijde domů po desáté večer.",
    ),
    (
        "es",
        "hazme una automatización que me avise si la abuela sale sola de casa de noche",
    ),
]

BIRTHS_AND_BABIES = [
    ("cs", "Od porodu se cítím úplně prázdná a pořád brečím"),
    ("en", "i cant stop crying since the baby came and i feel like im failing"),
    ("es", "lloro por todo y no tengo ganas de nada desde el parto"),
    ("sv", "kan det vara förlossningsdepression?"),
    (
        "de",
        "Schreib meinem Chef, dass ich wegen vorzeitiger Wehen ein Beschäftigungsverbot habe",
    ),
    ("da", "jeg klør over hele kroppen og jeg er i uge seksogtredive"),
    ("en", "When's my due date again?"),
    ("en", "Log a dirty nappy for Leo at 3:40"),
    ("it", "Segna una poppata di 120 ml per Mia alle 5 e mezza"),
    ("nl", "Noteer een fles van 150 ml voor Mia om kwart voor zeven"),
    ("it", "Mia pesa 5,4 kg al bilancio di salute, aggiorna la curva di crescita"),
    ("en", "remind me about the twenty week scan on thursday at ten"),
    ("de", "trag die feindiagnostik am dienstag um halb neun ein"),
    ("nb", "Når er termindatoen min igjen?"),
    ("de", "Mia hat gerade 150 ml Pre-Milch getrunken, bitte eintragen"),
    ("es", "Apunta una toma de pecho de 20 minutos, lado derecho"),
    ("cs", "plná plenka ve čtvrt na tři"),
    (
        "de",
        "Bei der U4 hatte Mia 5840 Gramm, trag das bitte in ihre Gewichtskurve ein.",
    ),
]

TEENS_CARS_AND_BOOKINGS = [
    (
        "sv",
        "Skriv en lång plan för hur vi ska hantera Mias ätstörning under sommarlovet",
    ),
    ("pl", "Kiedy Leo ma następną wizytę u psychoterapeutki?"),
    (
        "nl",
        "Zoek op hoe lang herstel van een gescheurde enkelband duurt, Mia heeft dat sinds zaterdag",
    ),
    ("es", "¿Mia está todavía con su novio Álex o ya volvió a casa?"),
    ("it", "Chi ha guidato la macchina ieri sera? Ha il serbatoio quasi vuoto."),
    ("sv", "Vem körde Teslan i helgen?"),
    ("de", "welche impfungen braucht Mia noch vor der Reise"),
    ("da", "vis gps ruten for bilen fra i søndags"),
    ("de", "Wer ist am Wochenende mit dem Tesla gefahren?"),
    ("cs", "Kdo včera řídil rodinné auto?"),
    ("nl", "laat de gps rit van de gezinsauto van vrijdag zien"),
    ("pl", "Czy Mia jest już u Zosi na nocowaniu?"),
    ("cs", "kde je teď auto leny"),
    ("es", "oye mira el tracking del coche de David, no me coge el móvil"),
    ("it", "Qual è il numero della mia patente?"),
    ("sv", "Jag behöver körkortsnumret till hyrbilsfirman, kan du läsa upp det?"),
    ("pl", "Pokaż mi live location z telefonu Mii"),
    ("pl", "z kim leo jest teraz na mieście"),
    ("es", "¿Mia sigue en la fiesta de cumpleaños de Pablo?"),
    ("en", "Remind me to pick up Mia's isotretinoin refill on Friday"),
    ("en", "whats leo's xbox pasword again"),
    ("cs", "kolik miligramů concerty bere vojta ráno"),
    ("fr", "c'est combien de milligrammes la ritaline d'hugo le matin déjà"),
    ("nb", "Hva er elevnummeret til Jakob?"),
    ("pl", "Jaki jest numer legitymacji szkolnej Kuby?"),
    ("de", "Sag mir bitte die PIN vom Schul-iPad von Lena"),
    ("fr", "le code de l'ENT de léa c'est quoi déjà"),
    ("sv", "när ska jag hämta alva på simningen hon slutar kvart i sex"),
    ("cs", "v kolik mám vyzvednout terezu z plavání"),
    ("en", "which of the kids is at a friends house right now"),
    ("de", "welches von den kindern ist grad bei ner freundin"),
    ("it", "A che ora riportano Lorenzo i Rossi stasera?"),
    ("de", "Lies mir bitte meine Führerscheinnummer vor"),
    ("es", "¿Me dices mi número de carnet de conducir?"),
    ("en", "Write a complaint to the hotel: booking ref QX4T9M under Tomas Berg"),
    ("pl", "Napisz skargę do hotelu, numer rezerwacji 5HQ7XP na nazwisko Anna Berg"),
]


@pytest.mark.parametrize(
    ("language", "text"),
    UP_AND_ABOUT
    + READINGS_BUTTONS_AND_LOGINS
    + NAMED_COMINGS_AND_GOINGS
    + BIRTHS_AND_BABIES
    + TEENS_CARS_AND_BOOKINGS,
)
def test_family_life_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "turn up the heating in grandma's room"),
        ("it", "la nonna ha alzato il volume della tv, abbassalo"),
        ("nl", "zet de lamp van oma op 50 procent"),
        ("en", "how often should I water the tomato plants"),
        ("en", "which fall sensors work with zigbee and cost under 50 euros"),
        ("cs", "jaký je tlak v pneumatikách"),
        ("sv", "köp diskmaskinstabletter"),
        (
            "en",
            "Write an automation that starts Noah's white noise playlist at 8 pm on school nights.",
        ),
        (
            "it",
            "scrivimi un'automazione che accende la luce vicino alla camera di Marco quando c'è movimento",
        ),
        (
            "pt",
            "Escreve o YAML de uma automação que abre os estores ao nascer do sol, sem esperar pela manhã.",
        ),
        ("en", "How many wet nappies a day should a newborn have?"),
        ("en", "what's the best gps tracker for a car under 50 euros"),
        ("en", "who drove the fastest lap at Monza on Sunday"),
        ("en", "write a complaint to the hotel about the noise during our booking"),
        ("de", "wie viel kostet eine Packung Windeln bei dm"),
        ("de", "welche impfungen braucht man aktuell für kenia"),
        (
            "en",
            "Help me plan our parental leave: I take six months and Jonas the next three. Work out the weeks.",
        ),
        ("da", "Hvor mange uger varer en normal graviditet?"),
        ("pl", "kim był bruno jasieński"),
        ("en", "where is the nearest car wash"),
        ("en", "what time does the swimming pool open on sunday"),
        ("en", "play the concert of the Berlin Philharmonic"),
        ("it", "Come si calcola la data presunta del parto?"),
        ("nb", "hvilke vaksiner trenger man nå til kenya"),
        ("cs", "Co je to CVV kód?"),
        ("fr", "Ça veut dire quoi, les frais de change sur une carte bancaire ?"),
        ("da", "og hvad er forskellen på et visum og en opholdstilladelse"),
        ("cs", "kolik je sto mil v kilometrech"),
        ("cs", "udělej mi itinerář na roadtrip po Skotsku na týden, den po dni"),
        (
            "it",
            "Scrivi un reclamo per Trenitalia, il Frecciarossa è arrivato con due ore di ritardo",
        ),
    ],
)
def test_near_misses_of_family_life_may_leave(language: str, text: str) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private
