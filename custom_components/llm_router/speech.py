"""Make model output fit a voice pipeline, and the fixed sentences the agent speaks, in six languages."""

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
        "over_budget": "The cloud budget is spent, so I answered locally.",
        "cloud_down": "The cloud assistant is not reachable, so I answered locally.",
        "local_down": "The local assistant is offline, so I asked the cloud.",
    },
    "de": {
        "and": "und",
        "sources": "Quellen",
        "private_blocked": "Der lokale Assistent ist offline und diese Anfrage ist privat, deshalb habe ich sie nicht in die Cloud geschickt.",
        "all_failed": "Entschuldigung, gerade kann keiner meiner Assistenten antworten. Bitte versuche es später noch einmal.",
        "cut_off": "Entschuldigung, die Verbindung ist während der Antwort abgebrochen.",
        "no_answer": "Entschuldigung, darauf habe ich keine Antwort.",
        "over_budget": "Das Cloud-Budget ist aufgebraucht, deshalb habe ich lokal geantwortet.",
        "cloud_down": "Der Cloud-Assistent ist nicht erreichbar, deshalb habe ich lokal geantwortet.",
        "local_down": "Der lokale Assistent ist offline, deshalb habe ich die Cloud gefragt.",
    },
    "es": {
        "and": "y",
        "sources": "Fuentes",
        "private_blocked": "El asistente local no está disponible y esta petición es privada, así que no la he enviado a la nube.",
        "all_failed": "Lo siento, ahora mismo ninguno de mis asistentes puede responder. Inténtalo más tarde.",
        "cut_off": "Lo siento, se perdió la conexión mientras respondía.",
        "no_answer": "Lo siento, no tengo respuesta para eso.",
        "over_budget": "El presupuesto de la nube está agotado, así que he respondido en local.",
        "cloud_down": "El asistente en la nube no está disponible, así que he respondido en local.",
        "local_down": "El asistente local no está disponible, así que he preguntado a la nube.",
    },
    "fr": {
        "and": "et",
        "sources": "Sources",
        "private_blocked": "L'assistant local est hors ligne et cette demande est privée, je ne l'ai donc pas envoyée dans le cloud.",
        "all_failed": "Désolé, aucun de mes assistants ne peut répondre pour le moment. Réessayez plus tard.",
        "cut_off": "Désolé, la connexion a été perdue pendant la réponse.",
        "no_answer": "Désolé, je n'ai pas de réponse à cela.",
        "over_budget": "Le budget cloud est épuisé, j'ai donc répondu en local.",
        "cloud_down": "L'assistant cloud est injoignable, j'ai donc répondu en local.",
        "local_down": "L'assistant local est hors ligne, j'ai donc interrogé le cloud.",
    },
    "nl": {
        "and": "en",
        "sources": "Bronnen",
        "private_blocked": "De lokale assistent is offline en dit verzoek is privé, dus ik heb het niet naar de cloud gestuurd.",
        "all_failed": "Sorry, geen van mijn assistenten kan nu antwoorden. Probeer het later nog eens.",
        "cut_off": "Sorry, de verbinding viel weg tijdens het antwoord.",
        "no_answer": "Sorry, daar heb ik geen antwoord op.",
        "over_budget": "Het cloudbudget is op, dus ik heb lokaal geantwoord.",
        "cloud_down": "De cloudassistent is niet bereikbaar, dus ik heb lokaal geantwoord.",
        "local_down": "De lokale assistent is offline, dus ik heb het de cloud gevraagd.",
    },
    "it": {
        "and": "e",
        "sources": "Fonti",
        "private_blocked": "L'assistente locale è offline e questa richiesta è privata, quindi non l'ho inviata al cloud.",
        "all_failed": "Mi dispiace, al momento nessuno dei miei assistenti può rispondere. Riprova più tardi.",
        "cut_off": "Mi dispiace, la connessione si è interrotta durante la risposta.",
        "no_answer": "Mi dispiace, non ho una risposta.",
        "over_budget": "Il budget cloud è esaurito, quindi ho risposto in locale.",
        "cloud_down": "L'assistente cloud non è raggiungibile, quindi ho risposto in locale.",
        "local_down": "L'assistente locale è offline, quindi ho chiesto al cloud.",
    },
}


def _phrases(language: str | None) -> dict[str, str]:
    base = (language or "en").split("-")[0].split("_")[0].lower()
    return _PHRASES.get(base, _PHRASES["en"])


def phrase(key: str, language: str | None) -> str:
    """A fixed sentence in the user's language (English when we have no translation)."""
    return _phrases(language)[key]
