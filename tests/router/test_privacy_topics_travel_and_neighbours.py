"""Health, cameras, ids, money and codes as topics, the house's away mode, travel, school and the neighbours.

What stays home: anticoagulants, epipens and thyroid treatment, a fever had, a code for the safe, a passport with
its owner after it, a health-insurance card, a camera clip beside a motion setting, somebody still at home, who
is at the door, a household member still at someone's (Polish "u", Italian "dal"), the away mode with its dates,
an automation reading a blood-pressure monitor or a glucose meter, a PIN changed to its digits, a TAN list, a
cloud key by its variable name, multiple sclerosis, a contraceptive ring changed, a pressure reading in Spanish,
a household member gone ("se ha ido") or at the office, a household member's own id or account asked about its
format, the online bank's password ("la clave de la banca"), the speaker's way home from work, a camera's picture
asked beside its connection.
What may leave: how long a pregnancy lasts, normal values for adults, what a medicine works against, an
epidemic in a country, how cameras work, what an abbreviation on a bank transfer stands for, a password in
general, which monitor to buy, the away mode switched on and nothing more, titles that are not household members,
Czech "dní" (days), how an id's check digits work or where it is printed, an account in general ("un conto
corrente"), verbs in "-çam" and "-cam" (no camera), whether a camera is online, the signs of an illness in a child,
when a doctor's service is open, a blank sick-note template.
"""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import Route, decide
from custom_components.llm_router.router.vocabulary import HomeVocabulary

HOUSEHOLD = HomeVocabulary.build(
    persons=["Kuba", "Marco", "Sofie", "Gisela", "Tereza"],
    entities=[
        ("Garden camera", ["Gartenkamera", "Trädgårdskamera"]),
        ("Entrance camera", ["Inngangskamera"]),
    ],
)

STAYS_HOME = [
    ("de", "erinnere Gisela heute Abend an ihr Marcumar"),
    ("de", "stell mir eine Erinnerung für die Thrombosespritze vor dem Flug"),
    ("nb", "minn meg på å pakke epipennen til Sofie"),
    ("nb", "jeg har lavt stoffskifte og skal begynne med nye tabletter"),
    ("nb", "legen sier jeg har fått påvist diabetes, skriv det ned"),
    ("it", "il nonno ha già preso la pastiglia per la pressione?"),
    ("en", "my son has had a temperature of a hundred and two since last night"),
    ("en", "my throats sore again what can i take"),
    ("nb", "hva er koden til safen i kjelleren"),
    ("nb", "passet mitt går ut til sommeren, minn meg på å fornye det"),
    ("fr", "rappelle-moi que ma carte européenne d'assurance maladie expire bientôt"),
    (
        "sv",
        "visa klippet från trädgårdskameran, något triggade rörelsedetekteringen i natt",
    ),
    ("sv", "är det någon kvar hemma nu"),
    ("de", "wer steht gerade vor der Haustür"),
    ("en", "whos that at the back door"),
    ("pl", "czy Kuba jest jeszcze u kolegi"),
    ("it", "Marco è ancora dal dentista?"),
    ("en", "turn on vacation mode until the 20th, we're flying to Spain"),
    ("pl", "włącz tryb urlopowy do niedzieli"),
    ("sv", "hur länge är semesterläget på"),
    (
        "it",
        "scrivi un'automazione che legge il misuratore di pressione del nonno ogni mattina",
    ),
    ("pt", "automação que me avisa quando o medidor de glicose passa dos duzentos"),
    ("it", "ho cambiato il pin della carta in 5521, ricordatelo"),
    ("de", "lies mir die TAN-Liste vor"),
    ("en", "why does this fail: export AWS_SECRET_ACCESS_KEY=abc123 then aws s3 ls"),
    ("pl", "mój brat ma stwardnienie rozsiane, przypomnij mi o jego wizycie"),
    ("fr", "rappelle-moi de changer l'anneau vendredi"),
    ("es", "la tensión me ha dado 14 8 hoy"),
    ("cs", "je Tereza ještě venku"),
    ("it", "Marco è ancora da Luca?"),
    ("es", "¿Marco ya se ha ido?"),
    ("es", "¿Tereza está todavía en la oficina?"),
    ("nl", "is Kuba al op kantoor"),
    ("pl", "czy Kuba jest jeszcze w biurze"),
    ("cs", "je rodné číslo Terezy dělitelné jedenácti?"),
    ("it", "il codice fiscale di mia moglie si può calcolare da solo?"),
    ("nl", "klopt het controlecijfer van mijn IBAN NL91ABNA0417164300?"),
    ("it", "il mio conto corrente è di nuovo in rosso"),
    ("es", "apunta que la clave de la banca es girasol setenta y dos"),
    ("pl", "włącz bojler o siedemnastej, bo wtedy wracam z pracy"),
    ("de", "mach das Licht an, wenn ich heute von der Arbeit heimkomme"),
    ("es", "calienta la casa para las siete, que llego del trabajo"),
    ("it", "alza le tapparelle quando torno dal lavoro"),
    ("nl", "om zes uur kom ik thuis, zet de boiler aan"),
    ("fr", "allume le chauffage à 18h, je rentre du travail"),
    ("en", "is the entrance camera online, and who walked past it at noon"),
    ("pt", "quais são os sinais de que o Marco tem piolhos"),
    ("es", "mi hija suele tener fiebre por la noche, ¿qué le doy?"),
    ("en", "is the pharmacy open tonight, i've run out of my insulin"),
    (
        "it",
        "che differenza c'è tra la telecamera del cortile e quella del box, cosa hanno registrato stanotte?",
    ),
]


@pytest.mark.parametrize(("language", "text"), STAYS_HOME)
def test_private_in_a_topic_setting_stays_home(language: str, text: str) -> None:
    decision = decide(text, language=language, vocabulary=HOUSEHOLD)
    assert decision.private
    assert decision.route is Route.LOCAL


MAY_LEAVE = [
    ("cs", "kolik týdnů trvá chřipka"),
    ("pl", "ile dni trwa ospa"),
    ("fr", "une angine ça dure combien de jours en général"),
    ("pt", "quantas semanas tem uma gravidez"),
    ("de", "welcher Puls ist normal bei Erwachsenen"),
    ("pt", "qual é o colesterol normal num adulto"),
    ("pl", "czy paracetamol działa na gorączkę"),
    ("cs", "může se ibuprofen kombinovat s paralenem"),
    ("fr", "où en est l'épidémie de rougeole en Belgique"),
    ("it", "ci sono focolai di influenza aviaria in Lombardia"),
    ("en", "How do doorbell cameras see faces at night?"),
    ("fr", "Comment une caméra de surveillance voit-elle dans le noir ?"),
    ("it", "come fa una telecamera a distinguere un cane da una persona"),
    ("da", "hvordan kan et kamera se i mørke"),
    ("nl", "waar staat de afkorting bic voor op een overschrijving"),
    ("fr", "c'est quoi la différence entre un RIB et un IBAN"),
    ("pt", "uma password comprida é melhor do que uma curta com símbolos?"),
    ("en", "what's the best blood pressure monitor to buy"),
    ("en", "turn on vacation mode"),
    ("de", "schalte den Urlaubsmodus ein"),
    ("it", "attiva la modalità vacanza"),
    ("cs", "zapni režim dovolená"),
    ("nl", "zet de verwarming op vakantiestand"),
    ("cs", "kolik dní zbývá do Vánoc"),
    ("it", "Marco ha ancora da fare i compiti, accendi la luce in cucina"),
    ("de", "wo ist die nächste Tankstelle"),
    (
        "nl",
        "de heg tussen ons en de buren moet gesnoeid worden, wie betaalt dat meestal",
    ),
    ("cs", "proč je rodné číslo dělitelné jedenácti"),
    ("da", "hvordan regnes kontrolcifferet i et CPR-nummer ud"),
    ("sv", "hur räknar man ut kontrollsiffran i ett personnummer"),
    ("nl", "waarvoor dienen de controlecijfers in een IBAN"),
    ("it", "il codice fiscale si può calcolare partendo dal nome?"),
    ("de", "wo steht die Steuer-ID bei der Lohnabrechnung drauf"),
    ("it", "conviene aprire un conto corrente online?"),
    ("es", "qué comisiones tiene una cuenta bancaria para menores"),
    ("pt", "quando começam as aulas depois do verão"),
    ("pt", "a que horas os miúdos almoçam na escola primária"),
    ("pl", "rzucam palenie od jutra, jakie są pierwsze objawy odstawienia nikotyny"),
    ("nb", "er inngangskamera online"),
    ("de", "ist die Kamera am Eingang noch verbunden"),
    ("pt", "quais são os sinais de que uma criança tem piolhos"),
    ("es", "cuántos días suele faltar al cole un niño con gripe"),
    ("nb", "har legevakten i Bergen åpent i kveld"),
    ("it", "quali pediatri di turno sono aperti domenica a Bologna"),
    ("en", "give me a blank template for a sick note to school"),
    ("it", "che differenza c'è tra una telecamera wifi e una PoE?"),
    ("pt", "quais são os sintomas mais típicos de uma sinusite"),
]


@pytest.mark.parametrize(("language", "text"), MAY_LEAVE)
def test_the_same_words_as_a_topic_may_leave(language: str, text: str) -> None:
    assert not decide(text, language=language, vocabulary=HOUSEHOLD).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "how do the cameras look right now"),
        ("sv", "hur ser kameran ut"),
        ("en", "how is grandma on camera"),
        ("pl", "jak kamera w ogrodzie kogoś wykryje wyślij mi zdjęcie"),
        ("pt", "qual é a palavra-passe do wi-fi"),
        ("es", "cuántas horas dormí según el reloj"),
        ("de", "was kostet Omas Insulin"),
    ],
)
def test_the_homes_own_camera_password_or_readings_stay_home(
    language: str, text: str
) -> None:
    assert decide(text, language=language, vocabulary=HOUSEHOLD).private


def test_a_title_in_a_persons_name_names_nobody_alone() -> None:
    home = HomeVocabulary.build(persons=["Pani Kowalska", "Fru Berg"])
    away = "Zamknij bramę, pani z dołu już wyjechała."
    named = "Czy pani Kowalska już wyjechała?"
    assert not decide(away, language="pl", vocabulary=home).private
    assert decide(named, language="pl", vocabulary=home).private


def test_a_household_member_whose_name_is_also_a_title_is_still_named() -> None:
    home = HomeVocabulary.build(persons=["Don Miller"])
    assert decide("is Don home yet", language="en", vocabulary=home).private
