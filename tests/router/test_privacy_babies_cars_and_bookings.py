"""After a birth, a baby's logs, teenagers' health, who drove the car, its GPS track, licences and bookings.

The near misses: nappies in general, a GPS tracker to buy, a racing driver, a booking without a code, a trip's
vaccines, what a card code or a visa is, the Czech hundred and "den po dni", a late train.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(persons=["Mia", "Leo", "Jonas", "Lorenzo"])

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
    ("language", "text"), BIRTHS_AND_BABIES + TEENS_CARS_AND_BOOKINGS
)
def test_births_babies_teens_cars_and_bookings_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


@pytest.mark.parametrize(
    ("language", "text"),
    [
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
def test_nappies_trackers_racing_and_bookings_in_general_may_leave(
    language: str, text: str
) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private
