"""Make model output fit a voice pipeline, and the fixed sentences the agent speaks, in twelve languages."""

from __future__ import annotations

import re
from urllib.parse import urlparse

from .backends.base import Citation

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_MARKDOWN_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"[*_`#]+")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+\.|#+)\s+", re.MULTILINE)


def clean_for_speech(text: str) -> str:
    """Strip markdown and URLs so that text-to-speech reads only words."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _URL.sub("", text)
    text = _BULLET.sub("", text)
    return _EMPHASIS.sub("", text)


class SpeechFilter:
    """Cleans a stream of deltas; holds back the unfinished last word so URLs split across deltas vanish."""

    def __init__(self) -> None:
        """Start with nothing held back."""
        self._pending = ""

    def feed(self, delta: str) -> str:
        """Return the cleaned text that is safe to speak now."""
        self._pending += delta
        cut = max(self._pending.rfind(" "), self._pending.rfind("\n"))
        if cut < 0:
            return ""
        ready, self._pending = self._pending[: cut + 1], self._pending[cut + 1 :]
        return clean_for_speech(ready)

    def flush(self) -> str:
        """Return what is left at the end of the stream."""
        rest, self._pending = self._pending, ""
        return clean_for_speech(rest)


def spoken_sources(citations: tuple[Citation, ...], language: str | None) -> str:
    """'Sources: reuters.com and bbc.co.uk.' — site names, never URLs."""
    sites: list[str] = []
    for citation in citations:
        host = urlparse(citation.url).hostname or ""
        host = host.removeprefix("www.")
        if host and host not in sites:
            sites.append(host)
    if not sites:
        return ""
    sites = sites[:3]
    words = _phrases(language)
    listed = (
        sites[0]
        if len(sites) == 1
        else f"{', '.join(sites[:-1])} {words['and']} {sites[-1]}"
    )
    return f"{words['sources']}: {listed}."


_PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "and": "and",
        "sources": "Sources",
        "private_blocked": "The local assistant is offline and this request is private, so I did not send it to the cloud.",
        "all_failed": "Sorry, none of my assistants can answer right now. Please try again later.",
        "cut_off": "Sorry, I lost the connection while answering.",
        "no_answer": "Sorry, I have no answer to that.",
        "cut_short": "That answer was cut short.",
        "unfinished": "I could not finish the answer.",
        "local_down": "The local assistant is offline.",
        "cloud_down": "The cloud assistant is not reachable.",
        "auth_failed": "The API key was rejected.",
        "rate_limited": "The service is limiting requests right now.",
        "overloaded": "The service is overloaded.",
        "server_error": "The service had an internal error.",
        "bad_request": "The service rejected the request.",
        "context_too_long": "The conversation is too long for the model.",
        "model_missing": "The configured model is not available.",
        "bad_stream": "The answer arrived garbled.",
        "timeout": "The assistant took too long to answer.",
        "budget_spent": "The cloud budget is spent.",
        "budget_reserved": "The cloud budget is taken up by requests still running.",
        "answered_locally": "So I answered locally.",
        "asked_cloud": "So I asked the cloud.",
        "stays_home": "This request stays in the house.",
        "policy_blocked": "The local assistant is offline and this request stays in the house, so I did not send it to the cloud.",
    },
    "de": {
        "and": "und",
        "sources": "Quellen",
        "private_blocked": "Der lokale Assistent ist offline und diese Anfrage ist privat, deshalb habe ich sie nicht in die Cloud geschickt.",
        "all_failed": "Entschuldigung, gerade kann keiner meiner Assistenten antworten. Bitte versuche es später noch einmal.",
        "cut_off": "Entschuldigung, die Verbindung ist während der Antwort abgebrochen.",
        "no_answer": "Entschuldigung, darauf habe ich keine Antwort.",
        "cut_short": "Die Antwort wurde abgeschnitten.",
        "unfinished": "Ich konnte die Antwort nicht fertigstellen.",
        "local_down": "Der lokale Assistent ist offline.",
        "cloud_down": "Der Cloud-Assistent ist nicht erreichbar.",
        "auth_failed": "Der API-Schlüssel wurde abgelehnt.",
        "rate_limited": "Der Dienst begrenzt gerade die Anfragen.",
        "overloaded": "Der Dienst ist überlastet.",
        "server_error": "Der Dienst hatte einen internen Fehler.",
        "bad_request": "Der Dienst hat die Anfrage abgelehnt.",
        "context_too_long": "Das Gespräch ist zu lang für das Modell.",
        "model_missing": "Das eingestellte Modell ist nicht verfügbar.",
        "bad_stream": "Die Antwort kam fehlerhaft an.",
        "timeout": "Der Assistent hat zu lange für die Antwort gebraucht.",
        "budget_spent": "Das Cloud-Budget ist aufgebraucht.",
        "budget_reserved": "Das Cloud-Budget ist durch laufende Anfragen belegt.",
        "answered_locally": "Deshalb habe ich lokal geantwortet.",
        "asked_cloud": "Deshalb habe ich die Cloud gefragt.",
        "stays_home": "Diese Anfrage bleibt im Haus.",
        "policy_blocked": "Der lokale Assistent ist offline und diese Anfrage bleibt im Haus, deshalb habe ich sie nicht in die Cloud geschickt.",
    },
    "fr": {
        "and": "et",
        "sources": "Sources",
        "private_blocked": "L'assistant local est hors ligne et cette demande est privée, je ne l'ai donc pas envoyée dans le cloud.",
        "all_failed": "Désolé, aucun de mes assistants ne peut répondre pour le moment. Réessayez plus tard.",
        "cut_off": "Désolé, la connexion a été perdue pendant la réponse.",
        "no_answer": "Désolé, je n'ai pas de réponse à cela.",
        "cut_short": "Ma réponse a été coupée.",
        "unfinished": "Je n'ai pas pu terminer la réponse.",
        "local_down": "L'assistant local est hors ligne.",
        "cloud_down": "L'assistant cloud est injoignable.",
        "auth_failed": "La clé d'API a été refusée.",
        "rate_limited": "Le service limite les requêtes en ce moment.",
        "overloaded": "Le service est surchargé.",
        "server_error": "Le service a eu une erreur interne.",
        "bad_request": "Le service a refusé la requête.",
        "context_too_long": "La conversation est trop longue pour le modèle.",
        "model_missing": "Le modèle configuré n'est pas disponible.",
        "bad_stream": "La réponse est arrivée illisible.",
        "timeout": "L'assistant a mis trop de temps à répondre.",
        "budget_spent": "Le budget cloud est épuisé.",
        "budget_reserved": "Le budget cloud est occupé par des requêtes en cours.",
        "answered_locally": "J'ai donc répondu en local.",
        "asked_cloud": "J'ai donc interrogé le cloud.",
        "stays_home": "Cette demande reste à la maison.",
        "policy_blocked": "L'assistant local est hors ligne et cette demande reste à la maison, je ne l'ai donc pas envoyée dans le cloud.",
    },
    "es": {
        "and": "y",
        "sources": "Fuentes",
        "private_blocked": "El asistente local no está disponible y esta petición es privada, así que no la he enviado a la nube.",
        "all_failed": "Lo siento, ahora mismo ninguno de mis asistentes puede responder. Inténtalo más tarde.",
        "cut_off": "Lo siento, se perdió la conexión mientras respondía.",
        "no_answer": "Lo siento, no tengo respuesta para eso.",
        "cut_short": "Mi respuesta se ha cortado.",
        "unfinished": "No he podido terminar la respuesta.",
        "local_down": "El asistente local no está disponible.",
        "cloud_down": "El asistente en la nube no es accesible.",
        "auth_failed": "La clave de API ha sido rechazada.",
        "rate_limited": "El servicio está limitando las peticiones ahora mismo.",
        "overloaded": "El servicio está sobrecargado.",
        "server_error": "El servicio ha tenido un error interno.",
        "bad_request": "El servicio ha rechazado la petición.",
        "context_too_long": "La conversación es demasiado larga para el modelo.",
        "model_missing": "El modelo configurado no está disponible.",
        "bad_stream": "La respuesta ha llegado dañada.",
        "timeout": "El asistente ha tardado demasiado en responder.",
        "budget_spent": "El presupuesto de la nube está agotado.",
        "budget_reserved": "El presupuesto de la nube está ocupado por peticiones en curso.",
        "answered_locally": "Así que he respondido en local.",
        "asked_cloud": "Así que he preguntado a la nube.",
        "stays_home": "Esta petición se queda en casa.",
        "policy_blocked": "El asistente local no está disponible y esta petición se queda en casa, así que no la he enviado a la nube.",
    },
    "it": {
        "and": "e",
        "sources": "Fonti",
        "private_blocked": "L'assistente locale è offline e questa richiesta è privata, quindi non l'ho inviata al cloud.",
        "all_failed": "Mi dispiace, al momento nessuno dei miei assistenti può rispondere. Riprova più tardi.",
        "cut_off": "Mi dispiace, la connessione si è interrotta durante la risposta.",
        "no_answer": "Mi dispiace, non ho una risposta.",
        "cut_short": "La mia risposta è stata troncata.",
        "unfinished": "Non sono riuscito a finire la risposta.",
        "local_down": "L'assistente locale è offline.",
        "cloud_down": "L'assistente cloud non è raggiungibile.",
        "auth_failed": "La chiave API è stata rifiutata.",
        "rate_limited": "Il servizio sta limitando le richieste in questo momento.",
        "overloaded": "Il servizio è sovraccarico.",
        "server_error": "Il servizio ha avuto un errore interno.",
        "bad_request": "Il servizio ha rifiutato la richiesta.",
        "context_too_long": "La conversazione è troppo lunga per il modello.",
        "model_missing": "Il modello configurato non è disponibile.",
        "bad_stream": "La risposta è arrivata danneggiata.",
        "timeout": "L'assistente ha impiegato troppo tempo a rispondere.",
        "budget_spent": "Il budget cloud è esaurito.",
        "budget_reserved": "Il budget cloud è occupato da richieste in corso.",
        "answered_locally": "Quindi ho risposto in locale.",
        "asked_cloud": "Quindi ho chiesto al cloud.",
        "stays_home": "Questa richiesta resta in casa.",
        "policy_blocked": "L'assistente locale è offline e questa richiesta resta in casa, quindi non l'ho inviata al cloud.",
    },
    "nl": {
        "and": "en",
        "sources": "Bronnen",
        "private_blocked": "De lokale assistent is offline en dit verzoek is privé, dus ik heb het niet naar de cloud gestuurd.",
        "all_failed": "Sorry, geen van mijn assistenten kan nu antwoorden. Probeer het later nog eens.",
        "cut_off": "Sorry, de verbinding viel weg tijdens het antwoord.",
        "no_answer": "Sorry, daar heb ik geen antwoord op.",
        "cut_short": "Mijn antwoord is afgebroken.",
        "unfinished": "Ik kon het antwoord niet afmaken.",
        "local_down": "De lokale assistent is offline.",
        "cloud_down": "De cloudassistent is niet bereikbaar.",
        "auth_failed": "De API-sleutel is geweigerd.",
        "rate_limited": "De dienst beperkt op dit moment het aantal verzoeken.",
        "overloaded": "De dienst is overbelast.",
        "server_error": "De dienst had een interne fout.",
        "bad_request": "De dienst heeft het verzoek geweigerd.",
        "context_too_long": "Het gesprek is te lang voor het model.",
        "model_missing": "Het ingestelde model is niet beschikbaar.",
        "bad_stream": "Het antwoord kwam beschadigd aan.",
        "timeout": "De assistent deed er te lang over om te antwoorden.",
        "budget_spent": "Het cloudbudget is op.",
        "budget_reserved": "Het cloudbudget is bezet door lopende verzoeken.",
        "answered_locally": "Dus ik heb lokaal geantwoord.",
        "asked_cloud": "Dus ik heb het de cloud gevraagd.",
        "stays_home": "Dit verzoek blijft in huis.",
        "policy_blocked": "De lokale assistent is offline en dit verzoek blijft in huis, dus ik heb het niet naar de cloud gestuurd.",
    },
    "pl": {
        "and": "i",
        "sources": "Źródła",
        "private_blocked": "Lokalny asystent jest offline, a ta prośba jest prywatna, więc nie wysłałem jej do chmury.",
        "all_failed": "Przepraszam, żaden z moich asystentów nie może teraz odpowiedzieć. Spróbuj ponownie później.",
        "cut_off": "Przepraszam, połączenie zostało przerwane podczas odpowiedzi.",
        "no_answer": "Przepraszam, nie mam na to odpowiedzi.",
        "cut_short": "Moja odpowiedź została ucięta.",
        "unfinished": "Nie udało mi się dokończyć odpowiedzi.",
        "local_down": "Lokalny asystent jest offline.",
        "cloud_down": "Asystent w chmurze jest nieosiągalny.",
        "auth_failed": "Klucz API został odrzucony.",
        "rate_limited": "Usługa ogranicza teraz liczbę zapytań.",
        "overloaded": "Usługa jest przeciążona.",
        "server_error": "W usłudze wystąpił błąd wewnętrzny.",
        "bad_request": "Usługa odrzuciła zapytanie.",
        "context_too_long": "Rozmowa jest za długa dla modelu.",
        "model_missing": "Skonfigurowany model jest niedostępny.",
        "bad_stream": "Odpowiedź dotarła uszkodzona.",
        "timeout": "Asystent zbyt długo zwlekał z odpowiedzią.",
        "budget_spent": "Budżet chmury został wyczerpany.",
        "budget_reserved": "Budżet chmury jest zajęty przez trwające zapytania.",
        "answered_locally": "Dlatego odpowiedziałem lokalnie.",
        "asked_cloud": "Dlatego zapytałem chmurę.",
        "stays_home": "To zapytanie zostaje w domu.",
        "policy_blocked": "Lokalny asystent jest offline, a to zapytanie zostaje w domu, więc nie wysłałem go do chmury.",
    },
    "pt": {
        "and": "e",
        "sources": "Fontes",
        "private_blocked": "O assistente local está offline e este pedido é privado, por isso não o enviei para a nuvem.",
        "all_failed": "Desculpe, nenhum dos meus assistentes pode responder agora. Tente novamente mais tarde.",
        "cut_off": "Desculpe, perdi a ligação enquanto respondia.",
        "no_answer": "Desculpe, não tenho resposta para isso.",
        "cut_short": "A minha resposta foi cortada.",
        "unfinished": "Não consegui terminar a resposta.",
        "local_down": "O assistente local está offline.",
        "cloud_down": "O assistente na nuvem não está acessível.",
        "auth_failed": "A chave de API foi recusada.",
        "rate_limited": "O serviço está a limitar os pedidos neste momento.",
        "overloaded": "O serviço está sobrecarregado.",
        "server_error": "O serviço teve um erro interno.",
        "bad_request": "O serviço recusou o pedido.",
        "context_too_long": "A conversa é demasiado longa para o modelo.",
        "model_missing": "O modelo configurado não está disponível.",
        "bad_stream": "A resposta chegou corrompida.",
        "timeout": "O assistente demorou demasiado a responder.",
        "budget_spent": "O orçamento da nuvem esgotou-se.",
        "budget_reserved": "O orçamento da nuvem está ocupado por pedidos em curso.",
        "answered_locally": "Por isso respondi localmente.",
        "asked_cloud": "Por isso perguntei à nuvem.",
        "stays_home": "Este pedido fica em casa.",
        "policy_blocked": "O assistente local está offline e este pedido fica em casa, por isso não o enviei para a nuvem.",
    },
    "sv": {
        "and": "och",
        "sources": "Källor",
        "private_blocked": "Den lokala assistenten är offline och den här förfrågan är privat, så jag skickade den inte till molnet.",
        "all_failed": "Tyvärr kan ingen av mina assistenter svara just nu. Försök igen senare.",
        "cut_off": "Tyvärr bröts anslutningen medan jag svarade.",
        "no_answer": "Tyvärr har jag inget svar på det.",
        "cut_short": "Mitt svar blev avkortat.",
        "unfinished": "Jag kunde inte avsluta svaret.",
        "local_down": "Den lokala assistenten är offline.",
        "cloud_down": "Molnassistenten går inte att nå.",
        "auth_failed": "API-nyckeln avvisades.",
        "rate_limited": "Tjänsten begränsar antalet förfrågningar just nu.",
        "overloaded": "Tjänsten är överbelastad.",
        "server_error": "Tjänsten fick ett internt fel.",
        "bad_request": "Tjänsten avvisade förfrågan.",
        "context_too_long": "Samtalet är för långt för modellen.",
        "model_missing": "Den inställda modellen är inte tillgänglig.",
        "bad_stream": "Svaret kom fram skadat.",
        "timeout": "Assistenten tog för lång tid på sig att svara.",
        "budget_spent": "Molnbudgeten är slut.",
        "budget_reserved": "Molnbudgeten är upptagen av pågående förfrågningar.",
        "answered_locally": "Så jag svarade lokalt.",
        "asked_cloud": "Så jag frågade molnet.",
        "stays_home": "Den här förfrågan stannar i huset.",
        "policy_blocked": "Den lokala assistenten är offline och den här förfrågan stannar i huset, så jag skickade den inte till molnet.",
    },
    "da": {
        "and": "og",
        "sources": "Kilder",
        "private_blocked": "Den lokale assistent er offline, og denne forespørgsel er privat, så jeg sendte den ikke til skyen.",
        "all_failed": "Beklager, ingen af mine assistenter kan svare lige nu. Prøv igen senere.",
        "cut_off": "Beklager, forbindelsen blev afbrudt, mens jeg svarede.",
        "no_answer": "Beklager, det har jeg ikke noget svar på.",
        "cut_short": "Mit svar blev afkortet.",
        "unfinished": "Jeg kunne ikke gøre svaret færdigt.",
        "local_down": "Den lokale assistent er offline.",
        "cloud_down": "Skyassistenten kan ikke nås.",
        "auth_failed": "API-nøglen blev afvist.",
        "rate_limited": "Tjenesten begrænser antallet af forespørgsler lige nu.",
        "overloaded": "Tjenesten er overbelastet.",
        "server_error": "Tjenesten fik en intern fejl.",
        "bad_request": "Tjenesten afviste forespørgslen.",
        "context_too_long": "Samtalen er for lang til modellen.",
        "model_missing": "Den valgte model er ikke tilgængelig.",
        "bad_stream": "Svaret kom frem i stykker.",
        "timeout": "Assistenten var for længe om at svare.",
        "budget_spent": "Skybudgettet er brugt op.",
        "budget_reserved": "Skybudgettet er optaget af igangværende forespørgsler.",
        "answered_locally": "Så jeg svarede lokalt.",
        "asked_cloud": "Så jeg spurgte skyen.",
        "stays_home": "Denne forespørgsel bliver i huset.",
        "policy_blocked": "Den lokale assistent er offline, og denne forespørgsel bliver i huset, så jeg sendte den ikke til skyen.",
    },
    "nb": {
        "and": "og",
        "sources": "Kilder",
        "private_blocked": "Den lokale assistenten er frakoblet, og denne forespørselen er privat, så jeg sendte den ikke til skyen.",
        "all_failed": "Beklager, ingen av assistentene mine kan svare akkurat nå. Prøv igjen senere.",
        "cut_off": "Beklager, forbindelsen ble brutt mens jeg svarte.",
        "no_answer": "Beklager, det har jeg ikke noe svar på.",
        "cut_short": "Svaret mitt ble avkortet.",
        "unfinished": "Jeg klarte ikke å fullføre svaret.",
        "local_down": "Den lokale assistenten er frakoblet.",
        "cloud_down": "Skyassistenten kan ikke nås.",
        "auth_failed": "API-nøkkelen ble avvist.",
        "rate_limited": "Tjenesten begrenser antall forespørsler akkurat nå.",
        "overloaded": "Tjenesten er overbelastet.",
        "server_error": "Tjenesten fikk en intern feil.",
        "bad_request": "Tjenesten avviste forespørselen.",
        "context_too_long": "Samtalen er for lang for modellen.",
        "model_missing": "Den valgte modellen er ikke tilgjengelig.",
        "bad_stream": "Svaret kom frem ødelagt.",
        "timeout": "Assistenten brukte for lang tid på å svare.",
        "budget_spent": "Skybudsjettet er brukt opp.",
        "budget_reserved": "Skybudsjettet er opptatt av pågående forespørsler.",
        "answered_locally": "Så jeg svarte lokalt.",
        "asked_cloud": "Så jeg spurte skyen.",
        "stays_home": "Denne forespørselen blir i huset.",
        "policy_blocked": "Den lokale assistenten er frakoblet, og denne forespørselen blir i huset, så jeg sendte den ikke til skyen.",
    },
    "cs": {
        "and": "a",
        "sources": "Zdroje",
        "private_blocked": "Místní asistent je offline a tento požadavek je soukromý, proto jsem ho neposlal do cloudu.",
        "all_failed": "Promiňte, žádný z mých asistentů teď nemůže odpovědět. Zkuste to prosím později.",
        "cut_off": "Promiňte, během odpovědi se přerušilo spojení.",
        "no_answer": "Promiňte, na to nemám odpověď.",
        "cut_short": "Moje odpověď byla zkrácena.",
        "unfinished": "Odpověď se mi nepodařilo dokončit.",
        "local_down": "Místní asistent je offline.",
        "cloud_down": "Cloudový asistent není dostupný.",
        "auth_failed": "Klíč API byl odmítnut.",
        "rate_limited": "Služba teď omezuje počet požadavků.",
        "overloaded": "Služba je přetížená.",
        "server_error": "Ve službě došlo k interní chybě.",
        "bad_request": "Služba požadavek odmítla.",
        "context_too_long": "Konverzace je pro model příliš dlouhá.",
        "model_missing": "Nastavený model není k dispozici.",
        "bad_stream": "Odpověď dorazila poškozená.",
        "timeout": "Asistentovi trvala odpověď příliš dlouho.",
        "budget_spent": "Rozpočet na cloud je vyčerpán.",
        "budget_reserved": "Rozpočet na cloud blokují rozpracované požadavky.",
        "answered_locally": "Proto jsem odpověděl lokálně.",
        "asked_cloud": "Proto jsem se zeptal cloudu.",
        "stays_home": "Tento požadavek zůstává doma.",
        "policy_blocked": "Místní asistent je offline a tento požadavek zůstává doma, proto jsem ho neposlal do cloudu.",
    },
}
# Norwegian without a written standard (no) speaks Bokmål.
_ALIASES = {"no": "nb"}


def _phrases(language: str | None) -> dict[str, str]:
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return _PHRASES.get(_ALIASES.get(base, base), _PHRASES["en"])


def phrase(key: str, language: str | None) -> str:
    """A fixed sentence in the user's language (English when we have no translation)."""
    return _phrases(language)[key]
