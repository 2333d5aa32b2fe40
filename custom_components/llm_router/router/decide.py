"""The routing decision: privacy guard, origin policies, explicit overrides, user rules, follow-ups, classifier, then availability."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
import re

from .alternation import WordAlternation
from .classifier import classify
from .escalation import wants_strong_local
from .fallback import place
from .features import mentions_place
from .followup import (
    Context,
    answers_question,
    conversation_context,
    edits_previous,
    is_follow_up,
    links_back,
    place_switch,
    says_here,
)
from .fresh_facts import (
    GRANT_STILL_OPEN,
    OPENING_HOURS,
    POWER_CUT_PLANNED,
    PROVIDER_OUTAGE,
    WEATHER_AHEAD,
    WEATHER_ELSEWHERE,
    fresh_fact,
    market_fact,
)
from .home_requests import (
    asks_home_meter,
    asks_home_weather,
    command_after_reason,
    commands_a_home_device,
    device_command,
    home_task,
    plays_media,
    reads_home_sensor_or_scene,
    runs_if_the_weather_allows,
    says_outside,
)
from .known_facts import (
    asks_a_short_sum,
    asks_a_stable_fact,
    asks_about_the_assistant,
    asks_credits,
    asks_lyrics,
    asks_spelling,
)
from .live_prices import asks_live_price, asks_now
from .nearest_examples import SemanticHint
from .overrides import Override, find_override
from .policy import NO_ORIGIN, Origin
from .privacy import (
    WHEREABOUTS,
    about_code,
    asks_the_code_of_a_lock_named_before,
    asks_where_the_car_named_before_is,
    asks_who_opened_a_lock_named_before,
    camera_showing,
    detect_hard_private,
    find_redactable,
    find_unsure,
)
from .privacy_lexicon import (
    ABOUT_IDS_AND_SECRETS,
    ANOTHER_ONE,
    AWAY_MODES,
    DEVICE_UPKEEP,
    DOCTORS_PRACTICE,
    FALSE_FRIENDS,
    FICTION,
    HEALTH_SENSORS,
    HEALTH_TOPIC,
    MEANING_OF_IT,
    MY,
    NEWS_ABOUT,
    ONCE_MORE,
    ONGOING_USE,
    OWN_CARE,
    OWNERS,
    PET_LEFT_ALONE,
    POSSESSIVE,
    PRACTICE_HOURS,
    PUBLIC_APPEARANCE,
    SEEN_ON_CAMERA,
    WHAT_A_THING_IS,
    WHO_WAS,
    WRITE_A_STORY,
)
from .reasoning_cues import reasoning_cue
from .redaction import redact
from .relayed import relayed_question
from .settings import DEFAULT_SETTINGS, RouterSettings
from .shapes import WORD, compile_gate
from .spoken_numbers import NUMBER_WORDS
from .text import first_question, fold, words
from .tiers import choose_tier
from .types import (
    ALL_AVAILABLE,
    BACKEND_NAMES,
    CLOUD_ROUTES,
    Availability,
    HistoryTurn,
    PrivacyFinding,
    Route,
    RouteDecision,
)
from .utterance import Reading
from .vocabulary import EMPTY_VOCABULARY, HomeVocabulary, NameHit, NameKind

# every Shapes the policies ask is built by the imports above
compile_gate()

SEMANTIC_BELOW_CONFIDENCE = 0.6
SEMANTIC_MIN_SIMILARITY = 0.75
SWITCH_CONFIDENCE = 0.9
# Below this the classifier's cloud route is a guess: about the speaker or the household, it stays local.
PERSONAL_UNSURE_BELOW = 0.6
# A short definition question stays local unless the classifier is at least this sure of the cloud.
DEFINITION_YIELDS_TO = 0.8
DEFINITION_MAX_WORDS = 12
# A health question about nobody longer than this asks for more than a fact ("explain step by step...").
HEALTH_FACT_MAX_WORDS = 16
STICKY_CONFIDENCE = 0.8
# Naming the home's own things keeps an utterance local unless the classifier is at least this sure of the cloud
# ("write an automation for the kitchen lights" names the kitchen and is still reasoning).
HOME_NAME_YIELDS_TO = 0.75
# A device command or a question about the home's weather stays local unless the classifier is this sure of reasoning.
HOME_REQUEST_YIELDS_TO = 0.9
# Who wrote, directed or played in a work stays local unless the classifier is this sure of search.
CREDITS_YIELD_TO = 0.85


# Verdict sources that keep text local before the classifier runs.
_KEPT_HOME_SOURCES = frozenset({"privacy", "local_only"})
# Kinds a general question can be about without carrying anything private; a number or a whereabouts cannot.
_CONCEPT_KINDS = frozenset(
    {
        "credentials",
        "health",
        "national_id",
        "iban",
        "card_number",
        "camera",
        "lock_code",
        "confidential",
        "presence",
    }
)
# After a number or a secret was read out: "again, slower please", "the full number and the expiry"
_SECRET_OR_NUMBER = WordAlternation(
    r"number|code|credential|password|token|iban|account|\bid\b|passport|document"
)
_WHO_WAS = re.compile(r"(?<![a-z])" + WHO_WAS + r"(?![a-z])")
_MEANING_OF_IT = WordAlternation(r"(?<![a-z])(?:" + MEANING_OF_IT + r")(?![a-z])")
# A date beyond the home's forecast: "will it rain here next week" needs the outside world's long-range forecast.
_BEYOND_THE_FORECAST = WordAlternation(
    r"(?<![a-z])(?:next (?:week|month)|in \w+ weeks|nachste[nr]? (?:woche|monat)|in (?:zwei|drei) wochen"
    r"|la semaine prochaine|le mois prochain|dans (?:deux|trois) semaines|la (?:semana|proxima semana) que viene"
    r"|la proxima semana|el mes que viene|dentro de (?:dos|tres) semanas|la prossima settimana|il mese prossimo"
    r"|tra (?:due|tre) settimane|volgende (?:week|maand)|over (?:twee|drie) weken|w przyszlym (?:tygodniu|miesiacu)"
    r"|za (?:dwa|trzy) tygodnie|na proxima semana|no proximo mes|daqui a (?:duas|tres) semanas|nasta (?:vecka|manad)"
    r"|om (?:tva|tre|to) (?:veckor|uger|uker)|naeste (?:uge|maned)|neste (?:uke|maned)|pristi (?:tyden|mesic)"
    r"|za (?:dva|tri) tydny)(?![a-z])"
)
# What a named device reads, which the classifier takes for a question of the world: "What's the Electricity Meter
# showing for today?"
_READS_OUT = WordAlternation(
    r"(?<![a-z])(?:show|shows|showing|read|reads|reading|say|says|zeigt|anzeig\w*|affiche|indique|marca|marcan"
    r"|muestra|indica|segna|mostra|geeft aan|pokazuje|wskazuje|visar|viser|ukazuje|hlasi)(?![a-z])"
)
_ONCE_MORE = WordAlternation(r"(?<![a-z])(?:" + ONCE_MORE + r")(?![a-z])")
_ANOTHER_ONE = WordAlternation(r"(?<![a-z])(?:" + ANOTHER_ONE + r")(?![a-z])")
_SEEN_ON_CAMERA = WordAlternation(r"(?<![a-z])(?:" + SEEN_ON_CAMERA + r")(?![a-z])")
# after "and" in a follow-up: "og hvad er forskellen på et visum og en opholdstilladelse"
_WHAT_A_THING_IS = re.compile(
    r"\W*(?:(?:and|und|et|y|e|en|og|och|i|a|ale|also) )?(?:"
    + "|".join(WHAT_A_THING_IS)
    + r")(?![a-z])"
)
_CONFIGURED_KINDS = frozenset({"camera", "presence"})
# Fresh facts about the world outside that the home's entities only mention.
_FACTS_BEYOND_THE_HOME = frozenset(
    {
        WEATHER_ELSEWHERE,
        WEATHER_AHEAD,
        PROVIDER_OUTAGE,
        GRANT_STILL_OPEN,
        POWER_CUT_PLANNED,
    }
)
_NUMBERED_KINDS = frozenset(
    {"national_id", "iban", "card_number", "credentials", "lock_code"}
)
# A possessive: "my password", "mijn wachtwoord", "das ich für mein Onlinebanking habe".
_POSSESSIVE = WordAlternation(rf"(?<![a-z]){POSSESSIVE}(?![a-z])")
# The speaker's own, right before a finding: "an email to my doctor … since we got the cat" is no pet's health.
_MY_BEFORE = re.compile(rf"(?<![a-z]){MY} $")
# Asking to be told, inside a command: "… and tell me who is in the kitchen".
_TELL_ME = WordAlternation(
    r"(?<![a-z])(?:tell me|let me know|sag mir|sage mir|dis-moi|dites-moi|dime|dimmi|vertel me|zeg me|powiedz mi"
    r"|diz-me|me diz|sag till|sig til|si mi|rekni mi|check|prufe|verifica|controlla|kijk|sprawdz|ver se|kolla|tjek|sjekk"
    r"|zjisti)(?![a-z])"
)
_ABOUT_IDS_AND_SECRETS = WordAlternation(
    r"(?<![a-z])(?:" + "|".join(ABOUT_IDS_AND_SECRETS) + r")(?![a-z])"
)
_SECRET_KINDS = frozenset({"credentials", "lock_code"})
# A value given in quotes: "com a palavra-passe \"Bolinhas#77\"".
_QUOTED = re.compile(r"[\"'«»“”„][^\"'«»“”„ ]{4,}[\"'«»“”„]")
# A token that looks like a secret value: letters with digits or symbols ("Sprinkles!84"), not "16-character".
_SECRET_LOOKING = re.compile(r"(?<!\S)(?!\S*-)(?=\S*[a-z])(?=\S*[\d!#$%&*@])\S{6,}")
_ID_KINDS = frozenset({"national_id", "iban", "card_number"})
# Four digits in a row, but not a year ("the best password manager in 2025"): the number itself.
_SAID_DIGITS_AT_LEAST = 3
_SOME_DIGITS = re.compile(r"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d(?:[ -]?\d){3}")
_FICTION = WordAlternation(r"(?<![a-z])" + FICTION + r"(?![a-z])")
_PET_LEFT_ALONE = WordAlternation(WORD.format(PET_LEFT_ALONE))
_DOCTORS_PRACTICE = re.compile(DOCTORS_PRACTICE)
_HEALTH_SENSOR = re.compile(HEALTH_SENSORS)
_DEVICE_UPKEEP = WordAlternation(WORD.format(DEVICE_UPKEEP))
_PRACTICE_WORDS = re.compile(WORD.format(DOCTORS_PRACTICE))
# Someone's, just before: "is emma's doctor open tomorrow", "hat Leons Arzt offen".
_SOMEONES = re.compile(r"(?:'s|s'|[a-z]s) $")
_PRACTICE_HOURS = WordAlternation(WORD.format(PRACTICE_HOURS))
_OWN_CARE = WordAlternation(WORD.format(OWN_CARE))
_NEWS_ABOUT = WordAlternation(r"(?<![a-z])(?:" + "|".join(NEWS_ABOUT) + r")(?![a-z])")
_HEALTH_TOPIC = WordAlternation(
    r"(?<![a-z])(?:" + "|".join(HEALTH_TOPIC) + r")(?![a-z])"
)
_WRITE_A_STORY = re.compile(r"\W*(?:" + "|".join(WRITE_A_STORY) + r")(?![a-z])")
_ONGOING_USE = WordAlternation(r"(?<![a-z])(?:" + "|".join(ONGOING_USE) + r")(?![a-z])")
_AWAY_MODE = re.compile(AWAY_MODES)
# How a thing works or what it can do, asked first: "how do …", "comment une …", "hur fungerar …".
_HOW_IT_WORKS = re.compile(
    r"\W*(?:how (?:do|does|can|is|are)|wie (?:funktionier\w*|kann|konnen|erkenn\w*|sieht|sehen)"
    r"|comment (?:une?|les|fonctionne\w*|marche\w*|font|fait)|como (?:funciona\w*|es que|e que|puede\w*|consegue\w*|pode\w*)"
    r"|come (?:fa|fanno|funziona\w*)|hoe (?:werk\w*|kan|kunnen|ziet|zien)|jak (?:dziala\w*|funguje|mohou)"
    r"|hur (?:fungerar|kan)|hvordan (?:fungerer|virker|kan))(?![a-z])"
)
# Words that make a camera someone's or a particular one: "the", "unsere", "ta", "min", "his".
_DETERMINERS = OWNERS | frozenset(
    {
        "the",
        "my",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "die",
        "der",
        "den",
        "dem",
        "das",
        "unsere",
        "meine",
        "unser",
        "mein",
        "la",
        "le",
        "les",
        "el",
        "los",
        "las",
        "il",
        "lo",
        "gli",
        "de",
        "het",
        "mijn",
        "onze",
        "ten",
        "ta",
        "ty",
        "nasza",
        "moja",
        "nasze",
        "o",
        "os",
        "as",
        "minha",
        "nossa",
        "mi",
        "mis",
        "nuestra",
        "ma",
        "mon",
        "mes",
        "notre",
        "nos",
        "mia",
        "nostra",
        "min",
        "mitt",
        "mina",
        "var",
        "vores",
    }
)
# "kameran", "kameraet", "kamerorna": a Nordic camera with its definite ending is a particular one.
_NORDIC_DEFINITE = re.compile(
    r"(?:kameran|kameraet|kamerane|kamerorna|kameraerne|kameraene)$"
)
# Until when, in the twelve languages: "bis zum 12. September", "do piętnastego", "até dia 30".
_UNTIL = WordAlternation(
    r"(?<![a-z])(?:until|till|til|bis|jusqu\w*|hasta|fino|tot|do|ate|indtil|innan|dokud|zolang|solange|while|mentre|mientras"
    r"|pendant|wahrend|terwijl|medan|mens|dopoki|enquanto|behem)(?![a-z])"
)
# Findings to look past (room names, another language's words); more is not such a sentence.
_MAX_SKIPPED_FINDINGS = 3
# Where a camera word also names a room ("camera da letto"); None is an utterance of unknown language.
_CAMERA_IS_A_ROOM_IN = frozenset({None, "it"})
# Number words that read out a code ("four seven one nine"); fewer may be "one" or "a".
_SPOKEN_CODE_WORDS = 3
# The assistant asking for a code, a PIN or a password, in the twelve languages.
_ASKS_FOR_A_CODE = re.compile(
    r"(?<![a-z])[a-z]*(?:codes?|kod|kodu|koden|kode|codigo|codice|pin|pinkod\w*|pincode|password|passwort|wachtwoord"
    r"|mot de passe|contrasena|haslo|hasla|heslo|senha|palavra-passe|losenord\w*|adgangskode\w*|passord\w*)(?![a-z])"
    # or for an id: "Wat is je BSN?", "Jaké je tvoje rodné číslo?"
    # (the Spanish NIE after its article, not the Polish and Czech "nie", "not")
    r"|(?<![a-z])(?:bsn|rodne cislo|personnummer\w*|pesel|steuer-?id|nif|dni|(?:tu|su|el|mi) nie|ssn|social security|passport\w*"
    r"|passnummer\w*|iban|cpr\w*|fodselsnummer\w*|codice fiscale|numero de securite sociale|card number"
    r"|kartennummer|numero de (?:la )?(?:carte|tarjeta)|kortnummer\w*)(?![a-z])"
)

_CLASSIFIER_REASONS = {
    Route.LOCAL: "local: home control or a simple question",
    Route.REASONING: "reasoning: needs multi-step thinking, code or long writing",
    Route.SEARCH: "search: needs fresh information from the internet",
}


@dataclass(frozen=True)
class Verdict:
    """What the policy wants, before looking at availability."""

    route: Route
    private: bool
    confidence: float
    reason: str
    source: str
    policy: str | None = None
    overruled: Route | None = None


def decide(
    text: str,
    *,
    language: str | None = None,
    history: Sequence[HistoryTurn] = (),
    settings: RouterSettings = DEFAULT_SETTINGS,
    availability: Availability | None = None,
    forced_route: Route | None = None,
    semantic_hint: SemanticHint | None = None,
    origin: Origin = NO_ORIGIN,
    private: str | None = None,
    vocabulary: HomeVocabulary = EMPTY_VOCABULARY,
    recognized_intent: str | None = None,
) -> RouteDecision:
    """Decide where `text` goes. Pure and fast: no I/O, no Home Assistant.

    `language` is the utterance's language: a household name that is a common word of it names nobody, and a
    language the router does not read stays local unless a route is named. `semantic_hint` is nearest-example
    evidence (route, similarity) from `semantic_route`, used only when the classifier is unsure. `origin`
    (satellite, area, floor, person) feeds the policies and rule conditions. `private` is a reason the caller
    already knows the request is private (e.g. it carries camera images). `vocabulary` holds the home's names
    (people, areas, floors, exposed entities, zones); `recognized_intent` is the intent Home Assistant's own
    sentence recognition matched, a home command.

    The cloud gate: an utterance reaches Claude or Grok, by route or as a fallback, only when nothing in it
    looks personal; when something might (`RouteDecision.concern`), it stays local and is blocked if local is down.
    """
    override = find_override(text)
    body = override.remaining_text if override else text
    context = conversation_context(history)
    reading = Reading.of(text, language, vocabulary)
    routed = body
    if override is None and (question := relayed_question(text, reading)) is not None:
        routed, reading = question, Reading.of(question, language, vocabulary)
    verdict = _policy(
        text,
        routed,
        override,
        context,
        settings,
        forced_route,
        semantic_hint,
        origin,
        private,
        reading,
        recognized_intent,
    )
    named = forced_route is not None or override is not None
    concern = (
        None if verdict.private else _cloud_concern(reading, named, verdict, context)
    )
    if concern is not None and verdict.route in CLOUD_ROUTES:
        verdict = replace(
            verdict,
            route=Route.LOCAL,
            reason=f"{verdict.reason}; kept local: {concern}",
        )
    placement = place(
        verdict.route,
        private=verdict.private or verdict.policy is not None or concern is not None,
        settings=settings,
        availability=availability or ALL_AVAILABLE,
    )
    reason = verdict.reason
    if placement.degraded:
        reason = f"{verdict.route.value} wanted but {placement.note}"
    elif placement.note:
        reason = f"{reason}; {placement.note}"
    strong_local = settings.strong_local and wants_strong_local(
        verdict.route,
        placement.route,
        body,
        kept_home=verdict.source in _KEPT_HOME_SOURCES,
    )
    if strong_local:
        reason = f"{reason}; reasoning-like, so the strong local model answers"
    sent_text: str = body
    cloud_text: str | None = None
    redactions: tuple[str, ...] = ()
    if settings.redact and not verdict.private:
        redacted = redact(body, settings.household_names + vocabulary.persons)
        cloud_text = redacted.text if redacted.kinds else None
        if placement.route in CLOUD_ROUTES and redacted.kinds:
            sent_text, redactions = redacted.text, redacted.kinds
            reason = f"{reason}; redacted {', '.join(redacted.kinds)}"
    tier = choose_tier(body, placement.route)
    return RouteDecision(
        route=placement.route,
        intended_route=verdict.route,
        private=verdict.private,
        confidence=verdict.confidence,
        reason=reason,
        fallback_chain=placement.chain,
        text=sent_text,
        redactions=redactions,
        source=verdict.source,
        degraded=placement.degraded,
        blocked=placement.blocked,
        cloud_text=cloud_text,
        origin=origin,
        policy=verdict.policy,
        overruled=verdict.overruled,
        tier=tier.tier,
        tier_reason=tier.reason,
        concern=concern,
        strong_local=strong_local,
    )


def _cloud_concern(
    reading: Reading, named_route: bool, verdict: Verdict, context: Context | None
) -> str | None:
    """What might be personal in a text that is not private, or None.

    A weakly checked number, a stranger's whereabouts, a language the detectors do not read (unless the user
    named a route), or a text about the speaker or the household that the classifier sends to the cloud unsure.
    """
    if (
        verdict.source == "classifier"
        and verdict.route in CLOUD_ROUTES
        and verdict.confidence < PERSONAL_UNSURE_BELOW
        and reading.speaks_of_self_or_household()
    ):
        return "about the speaker or the household, and the route is unsure"
    if (
        _stranger_whereabouts(reading, detect_hard_private(reading.folded))
        and not about_code(reading.folded)
        and not reading.asks_who_made_a_work()
        and PUBLIC_APPEARANCE.isdisjoint(words(reading.folded))
    ):
        return "asks where someone is"
    if (unsure := find_unsure(reading.folded)) is not None:
        return unsure.label
    if reading.unknown_language and not named_route:
        return f"the router does not read '{reading.language}'"
    if (
        verdict.route is Route.LOCAL
        and context is not None
        and (reason := _follows_a_private_turn(reading, context))
    ):
        return f"it follows a private turn ({reason})"
    return None


def _follows_a_private_turn(reading: Reading, context: Context) -> str | None:
    """The private reason of a recent user turn that a local follow-up may continue, or None.

    "ricordamelo il giorno prima" after the time of a cardiology visit: if local is down, it is not sent.
    """
    if not (
        answers_question(reading.folded, context)
        or _CONTINUES.search(reading.folded) is not None
        or reading.person() is not None
        or reading.speaks_of_someone()
        or reading.refers_back()
    ):
        return None
    for earlier in context.recent_user_texts:
        reason = _hard_reason(reading.of_earlier(earlier))
        if reason is not None and not _new_command(reading, reason):
            return reason
    return None


_SOMEONE = re.compile(
    r"\b(?:someone|anyone|anybody|jemand|quelqu'un|alguien|qualcuno|iemand|ktos|alguem|nagon|nogen|noen|nekdo)\b"
)
# Words that lean on the turn before: a leading "and", a demonstrative with no noun of its own, a clitic
# ("ricordamelo"), the Dutch "er" ("zet er een herinnering voor").
_CONTINUES = re.compile(
    r"^\W*(?:(?:ok|okay|okej|bon|bueno|vale|ja|jo|tak|no|si|sim|ah|eh|ehm|ahm|hmm)\W+)?"
    r"(?:and|und|et|y|e|en|i|og|och|a|but|aber|mais|pero|ma|maar|men|mas|ale)\b"
    r"|\b(?:that one|this one|the bit|the one|the part|the last one|quell[aoie]|celui|celle|ceux|esa|ese|aquel\w*"
    r"|essa|esse|aquel[ae]|tamt\w+|ten posledni|den sidste|den siste|den sista|diese[rns]?|jene[rns]?|deze|die daar)\b"
    r"|\b\w+(?:me|te|ce|glie|se)l[oaie]\b"
    r"|\b(?:zet|maak|doe|leg|stuur|voeg) er\b"
    r"|\b(?:c'etait|was it|war (?:der|die|das|es)|era|foi|var det|var den|bylo to|to byl[ao]?)\b"
    r"|" + _SOMEONE.pattern
)


def _stranger_whereabouts(reading: Reading, finding: PrivacyFinding | None) -> bool:
    """A "where is X" question about no household member: maybe a place, or a line of code.

    X is a stranger in a home whose members are known; "where is the error" in a question about code is nobody.
    """
    return (
        finding is not None
        and finding.label == WHEREABOUTS.label
        and reading.person() is None
        and (reading.knows_people or about_code(reading.folded))
    )


def _policy(
    text: str,
    body: str,
    override: Override | None,
    context: Context | None,
    settings: RouterSettings,
    forced_route: Route | None,
    semantic_hint: SemanticHint | None,
    origin: Origin,
    private: str | None,
    reading: Reading,
    recognized_intent: str | None,
) -> Verdict:
    """Apply the policies in order and return the first that decides.

    Privacy, origin policies, local-only, forced route, spoken override, rules, language, Home Assistant's
    recognition, follow-up, writing or troubleshooting, the market, the home's names, fresh facts and live
    prices, who made a work, home commands and weather, definitions, classifier.
    """
    wanted = forced_route or (override.route if override else None)
    asked = (
        f" (kept local although {BACKEND_NAMES[wanted]} was asked for)"
        if wanted in CLOUD_ROUTES
        else ""
    )
    private_reason = private or _private_reason(
        text, context, settings, origin, reading
    )
    if private_reason is not None:
        return Verdict(
            Route.LOCAL, True, 1.0, f"private: {private_reason}{asked}", "privacy"
        )
    if (kept := settings.policies.keep_local(origin)) is not None:
        return Verdict(
            Route.LOCAL,
            False,
            1.0,
            f"policy: {kept.reason}{asked}",
            "policy",
            policy=kept.policy,
            overruled=wanted if asked else None,
        )
    if settings.local_only:
        return Verdict(Route.LOCAL, False, 1.0, "local-only mode is on", "local_only")
    if forced_route is not None:
        return Verdict(
            forced_route,
            False,
            1.0,
            f"override: the service call asked for {forced_route.value}",
            "override",
        )
    if override is not None:
        return Verdict(
            override.route, False, 1.0, f"override: '{override.phrase}'", "override"
        )
    rule = settings.rules.route_rule(body, origin)
    if rule is not None and rule.route is not None:
        return Verdict(rule.route, False, 1.0, f"rule: {rule.label}", "rule")
    if reading.unknown_language:
        return Verdict(
            Route.LOCAL,
            False,
            1.0,
            f"local: the router does not read '{reading.language}' (name a route to ask the cloud)",
            "language",
        )
    if recognized_intent is not None:
        return Verdict(
            Route.LOCAL,
            False,
            1.0,
            f"local: Home Assistant recognized a home command ({recognized_intent})",
            "intent",
        )
    if context is not None and _continues(body, context, reading.language):
        return _follow_up(body, context, reading)
    return (
        _needs_thinking(reading)
        or _fresh_fact(body, market_fact)
        or _asked_before_its_reason(body, reading)
        or _home_names(body, reading)
        or _home_sensor(body)
        or _fresh_fact(body, fresh_fact)
        or _live_price(body)
        or _credits(body)
        or _home_request(body, reading.language)
        or _home_meter(body)
        or _definition(body, reading)
        or _health_fact(body, reading)
        or _classify(body, semantic_hint)
    )


def _needs_thinking(reading: Reading) -> Verdict | None:
    """Writing an automation, troubleshooting or explaining is reasoning, even about the home's own devices."""
    cue = reasoning_cue(reading.folded, len(words(reading.folded)))
    if cue is None:
        return None
    return Verdict(Route.REASONING, False, 0.9, f"reasoning: {cue}", "reasoning_cue")


def _fresh_fact(body: str, find: Callable[[str], str | None]) -> Verdict | None:
    """A fixture, opening hours, a vote on a law, what is on offer (what `find` finds): fresh facts, search."""
    fact = find(body)
    if fact is None:
        return None
    return Verdict(Route.SEARCH, False, 0.9, f"search: {fact}", "fresh_fact")


def _home_request(body: str, language: str | None) -> Verdict | None:
    """A long device command or a question about the home's weather that the classifier only guesses is reasoning.

    Asking to play something, or to run a garden device if the weather allows, is the home's however sure the
    classifier is ("now play the latest news", "als het niet regent mag de sproeier om zes uur aan").

    Only against reasoning, or a command after its reason ("electricity is dear tonight, so switch the boiler
    off"): what else it sends to search may name a place or a thing the router cannot tell ("the forecast for
    zermatt", "turn on bitcoin price" in a home without such a switch), unless it commands a device every home has
    ("põe o aquecimento a 21 graus"). A reminder or a message is a home task against search too. The weather
    here ("Domani pioverà qui da noi?") is the home's however sure the classifier is.
    """
    prediction = classify(body)
    if plays_media(body) or runs_if_the_weather_allows(body):
        request = "a device command"
    elif _asks_weather_here(body, language) or _asks_weather_here(
        first_question(body), language
    ):
        request = "the home's weather"
    elif prediction.confidence >= HOME_REQUEST_YIELDS_TO:
        return None
    elif commands_a_home_device(body):
        request = "a device command"
    elif prediction.route is not Route.REASONING and not command_after_reason(body):
        return _home_task(body)
    elif device_command(body):
        request = "a device command"
    elif home_task(body):
        return _home_task(body)
    elif asks_home_weather(body):
        request = "the home's weather"
    else:
        return None
    return Verdict(Route.LOCAL, False, 0.7, f"local: {request}", "home_request")


def _asks_weather_here(body: str, language: str | None) -> bool:
    """A weather question here or outside, within the home's forecast ("Domani pioverà qui da noi?")."""
    return (
        asks_home_weather(body)
        and (says_here(body, language) or says_outside(body))
        and _BEYOND_THE_FORECAST.search(fold(body)) is None
    )


def _home_task(body: str) -> Verdict | None:
    """A reminder, a timer, an alarm or a message to someone of the house, which the classifier may read as search."""
    if not home_task(body):
        return None
    return Verdict(
        Route.LOCAL,
        False,
        0.7,
        "local: a reminder, a timer, a list or the calendar",
        "home_request",
    )


def _home_sensor(body: str) -> Verdict | None:
    """One of the home's sensors or a watching scene: "hva sier strømpris sensoren nå" reads the home, not the market."""
    if not reads_home_sensor_or_scene(body):
        return None
    return Verdict(
        Route.LOCAL, False, 0.8, "local: the home's sensor or scene", "home_request"
    )


def _home_meter(body: str) -> Verdict | None:
    """The household's own energy use or its alarm clock, which the classifier reads as a question of the world."""
    meter = asks_home_meter(body)
    if meter is None:
        return None
    return Verdict(Route.LOCAL, False, 0.7, f"local: {meter}", "home_request")


def _credits(body: str) -> Verdict | None:
    """Who made a work unless the classifier is sure, how a word is spelled or said, a short sum: local facts.

    "Con b o con v" reads like a choice to the classifier, so spelling and lyrics are local however sure it is.
    """
    if asks_spelling(body):
        fact = "how a word is spelled"
    elif asks_lyrics(body):
        fact = "how a song goes on"
    elif asks_about_the_assistant(body):
        fact = "who the assistant is"
    elif (stable := asks_a_stable_fact(body)) is not None:
        fact = stable
    elif asks_a_short_sum(body):
        fact = "a short sum"
    elif asks_credits(body):
        prediction = classify(body)
        if (
            prediction.route is not Route.SEARCH
            or prediction.confidence >= CREDITS_YIELD_TO
        ):
            return None
        fact = "who made a work"
    else:
        return None
    return Verdict(
        Route.LOCAL,
        False,
        0.7,
        f"local: {fact}, a fact that does not change",
        "known_fact",
    )


def _reads_as(text: str) -> Route:
    """The route of a text by the fresh-fact and live-price shapes and the reasoning cues, else by the classifier."""
    if fresh_fact(text) is not None or asks_live_price(text):
        return Route.SEARCH
    folded = fold(text)
    if reasoning_cue(folded, len(words(folded))) is not None:
        return Route.REASONING
    return classify(text).route


def _asked_before_its_reason(body: str, reading: Reading) -> Verdict | None:
    """A live price or a fresh fact asked first, then why, naming the home's things: what is asked is search.

    "Vad kostar elen i SE3 imorgon? Då tänkte jag ladda bilen." asks the price, and the car is the reason; a command
    after the question ("… Turn the dishwasher on at the cheapest hour") is the home's.
    """
    question = first_question(body)
    if len(question) in (0, len(body)) or reading.home_name() is None:
        return None
    if device_command(body[len(question) :].strip()):
        return Verdict(
            Route.LOCAL, False, 0.8, "local: a device command", "home_request"
        )
    if reading.of_earlier(question).home_name() is not None:
        return None
    return _live_price(question) or _fresh_fact(question, fresh_fact)


def _home_names(body: str, reading: Reading) -> Verdict | None:
    """Naming the home's own area, floor, entity or person is home, unless the classifier is sure of the cloud.

    A device command to a named room or device ("starta roborocken i köket nu direkt") is home however sure. A
    person named beside a fresh fact ("hoe laat speelt ajax vanavond, daan wil kijken") leaves it to that fact, and
    so does the home's weather entity named for another town, no room named ("hva blir været i bergen i helga"),
    and its router beside an outage at the provider ("avería de Movistar … no tenemos internet").
    """
    named = reading.home_name()
    if named is None:
        return None
    fact = fresh_fact(body)
    if (
        (named.kind is NameKind.PERSON and fact is not None)
        or (
            fact in _FACTS_BEYOND_THE_HOME
            and all(hit.kind is NameKind.ENTITY for hit in reading.names)
        )
        # a shop's hours whatever the name: "what time does Bangkok Garden close tonight"
        or (fact == OPENING_HOURS and not device_command(body))
    ):
        return None
    prediction = classify(body)
    if (
        prediction.route in CLOUD_ROUTES
        and prediction.confidence >= HOME_NAME_YIELDS_TO
        and not device_command(body)
        and not (
            prediction.route is Route.SEARCH
            and named.kind is not NameKind.PERSON
            and _READS_OUT.search(reading.folded)
        )
    ):
        return None
    return Verdict(
        Route.LOCAL,
        False,
        1.0,
        f"local: names the home's {named.kind.value} '{named.name}'",
        "home",
    )


def _private_reason(
    text: str,
    context: Context | None,
    settings: RouterSettings,
    origin: Origin,
    reading: Reading,
) -> str | None:
    """Return why `text` must stay in the house, or None."""
    folded = reading.folded
    if (hard := _hard_reason(reading)) is not None:
        return hard
    rule = settings.rules.privacy_rule(text, origin)
    if rule is not None:
        return f"rule {rule.label}"
    if not settings.redact:
        soft = find_redactable(folded)
        if soft:
            return f"{soft[0].label} (redaction is off)"
    if (
        context is not None
        and _answers_a_code_question(context, reading)
        and not _only_commands(reading)
    ):
        return "a code the assistant asked for"
    if context is None:
        return None
    if any(
        asks_the_code_of_a_lock_named_before(folded, fold(earlier))
        for earlier in (context.previous_user_text, context.previous_reply)
    ):
        return "a lock or alarm code, of the lock the conversation is about"
    if any(
        asks_who_opened_a_lock_named_before(folded, fold(earlier))
        for earlier in (context.previous_user_text, context.previous_reply)
    ):
        return "presence: who opened the door the conversation is about"
    if any(
        asks_where_the_car_named_before_is(folded, fold(earlier))
        for earlier in (context.previous_user_text, context.previous_reply)
    ):
        return "presence: where the car the conversation is about is, or who drove it"
    # "léeme mis notas" - "Tienes tres notas: DNI, compra y cumpleaños." - "la primera"; a local reply reads the
    # home, a cloud reply is text the cloud wrote
    if (
        context.previous_route is Route.LOCAL
        and context.previous_reply
        and (
            reason := _private_follow_up(
                text, reading.of_earlier(context.previous_reply), reading
            )
        )
    ):
        return f"{reason} in the reply"
    # "where's mum" - "Sarah is at Work." - "ok" - "Anything else?" - "how long she been there"
    for earlier in context.recent_user_texts:
        if (
            reason := _private_follow_up(text, reading.of_earlier(earlier), reading)
        ) is not None:
            return reason
    return None


def _answers_a_code_question(context: Context, reading: Reading) -> bool:
    """Digits said after the assistant asked for a code or a password ("Řekni kód." - "tři nula osm dva")."""
    return _ASKS_FOR_A_CODE.search(fold(context.previous_reply)) is not None and (
        any(char.isdigit() for char in reading.folded)
        or sum(word in NUMBER_WORDS for word in words(reading.folded))
        >= _SPOKEN_CODE_WORDS
    )


def _private_follow_up(text: str, earlier: Reading, reading: Reading) -> str | None:
    """A continuation of a private turn, or of a health topic that the speaker now says is theirs, or None.

    After a question about someone's presence or what a camera shows, any word about coming or going, or about
    him or her ("and when did she leave?", "is she still asleep?"), continues it, however sure the classifier is
    that it is a new question. After the signs of burnout, "that's me" is the speaker's health.
    """
    finding = _hard_finding(earlier)
    if (
        finding is not None
        and finding.kind == "health"
        and _WRITE_A_STORY.match(earlier.folded) is None
        and reading.speaks_of_self_or_household()
    ):
        return f"follow-up to {finding.label}, about the speaker"
    reason = _hard_reason(earlier)
    if reason is None or _new_command(reading, reason):
        return None
    watching = earlier.present_person() is not None or any(
        kind in reason for kind in ("presence", "camera")
    )
    language = reading.language
    if (
        (watching and reading.presence_cue())
        or reading.speaks_of_someone()
        or reading.refers_back()
        # read in the turn's language and in none: for privacy, a link either way counts
        or links_back(text, language)
        or links_back(text)
        or (
            (is_follow_up(text, language) or is_follow_up(text))
            and not _clear_new_request(text)
        )
        or (
            (
                _SECRET_OR_NUMBER.search(reason) is not None
                or (finding is not None and finding.kind in _NUMBERED_KINDS)
            )
            and _ONCE_MORE.search(reading.folded) is not None
        )
        or (watching and _WHO_WAS.search(reading.folded) is not None)
        or (
            "camera" in reason
            and (
                _SEEN_ON_CAMERA.search(reading.folded) is not None
                or _SOMEONE.search(reading.folded) is not None
            )
        )
        or _MEANING_OF_IT.search(reading.folded) is not None
        or _ANOTHER_ONE.search(reading.folded) is not None
    ):
        return f"follow-up to {reason}"
    return None


def _new_command(reading: Reading, reason: str) -> bool:
    """A device command after a private turn ("also set a timer for the oven"), not "play that clip" after a camera."""
    return (
        _only_commands(reading)
        and "camera" not in reason
        and not reading.speaks_of_someone()
        and not reading.refers_back()
    )


def _hard_reason(reading: Reading) -> str | None:
    """Private data that redaction cannot remove, or a household member's whereabouts."""
    finding = _hard_finding(reading)
    if (
        finding is not None
        and not _stranger_whereabouts(reading, finding)
        and not _general_knowledge(reading, finding)
    ):
        return finding.label
    if reading.someones_passport():
        return "a household member's passport"
    if reading.someones_injury():
        return "health: an injury in the household"
    if reading.someones_alarm_button():
        return "health: a household member's emergency button or fall sensor"
    if reading.shares_out_a_bill():
        return None
    if (
        (person := reading.present_person()) is not None
        and not _command_in_their_room(reading)
        and not _a_task_about_them(reading, person)
    ):
        return f"presence of a household member ({person.name})"
    if (relative := reading.present_relative()) is not None:
        return f"presence of a household member ({relative})"
    if (question := reading.asks_who_is_where()) is not None and not _only_commands(
        reading
    ):
        return f"presence: {question}"
    return None


def _a_task_about_them(reading: Reading, person: NameHit) -> bool:
    """Writing, planning or explaining for or about someone, with no word for their coming or going.

    "Write a bedtime story for Ella about a hedgehog who's nervous about starting kindergarten": the kindergarten
    is the story's, not where Ella is.
    """
    return (
        reasoning_cue(reading.folded, len(words(reading.folded))) is not None
        and not reading.presence_cue_near(person)
        and not reading.someone_comes_or_goes()
        and not reading.still_somewhere(person)
    )


def _command_in_their_room(reading: Reading) -> bool:
    """A command for someone's room ("joue la playlist de luna dans sa chambre", "pusť zvlhčovač u Thea"): where it plays."""
    return _only_commands(reading) and (
        not reading.presence_cue(own_room=False) or reading.only_at_their_place()
    )


def _only_commands(reading: Reading) -> bool:
    """A device command that asks nothing: "pon el aire en el dormitorio, que así no hay quien duerma".

    Not "apaga la luz y dime quién está en la cocina", which asks who is there.
    """
    return (
        device_command(reading.folded)
        and "?" not in reading.folded
        and _TELL_ME.search(reading.folded) is None
    )


def _general_knowledge(reading: Reading, finding: PrivacyFinding) -> bool:
    """A question about what a thing is ("what is a password manager"), not about the speaker or the household.

    Health also as a topic: a medicine, a normal value, the news, a story ("what is paracetamol"); and who made
    a work, whatever its title says ("who sang Where Is My Mind").
    """
    if finding.kind not in _CONCEPT_KINDS:
        return False
    if finding.kind in _NUMBERED_KINDS and _SOME_DIGITS.search(reading.folded):
        return False  # "how many digits has DE89 3704 …" carries the number itself
    if finding.kind in _ID_KINDS and about_code(reading.folded):
        return True  # a function that computes the DNI letter handles no one's number
    story = _WRITE_A_STORY.match(reading.folded) is not None
    if (
        (
            (finding.kind in _SECRET_KINDS and (story or about_code(reading.folded)))
            or (finding.kind == "confidential" and story)
        )
        and _POSSESSIVE.search(reading.folded) is None
        and not _QUOTED.search(reading.folded)
        and not _SECRET_LOOKING.search(reading.folded)
        and not _carries_digits(reading.folded)
    ):
        return True  # a script that makes random passwords, a story about a vault's code: no one's secret
    if finding.kind in _CONFIGURED_KINDS and reading.authoring():
        return True  # an automation that uses a camera or presence configures it and reads nothing
    if reading.asks_who_made_a_work():
        return reading.person() is None
    if (
        finding.kind == "health"
        and reading.about_a_pet()
        and _MY_BEFORE.search(reading.folded, 0, finding.start) is None
    ):
        return True
    if (
        finding.kind == "presence"
        and reading.names_a_pet_or_plant()
        and _PET_LEFT_ALONE.search(reading.folded) is not None
    ):
        return True
    if finding.kind == "camera" and (
        _how_cameras_work(reading, finding) or _camera_to_buy(reading)
    ):
        return True
    if finding.kind == "health" and (
        _practice_hours(reading, finding) or _sensor_upkeep(reading, finding)
    ):
        return True
    unpunctuated = reading.folded.replace(",", "")
    about_the_thing = (
        _WHAT_A_THING_IS.match(unpunctuated) is not None
        or _NEWS_ABOUT.search(reading.folded) is not None
        or (
            finding.kind in _ID_KINDS | _SECRET_KINDS
            and _ABOUT_IDS_AND_SECRETS.search(reading.folded) is not None
        )
        or (
            finding.kind == "health"
            and _HEALTH_TOPIC.search(reading.folded) is not None
            and _ONGOING_USE.search(reading.folded) is None
        )
        or (
            finding.kind in ("health", "confidential")
            and _FICTION.search(reading.folded) is not None
        )
        # a story or a rhyme about a sick penguin
        or (finding.kind == "health" and story)
    )
    if finding.kind == "credentials" and about_the_thing:
        # "explain how hackers misuse leaked passwords and how I protect myself": nobody's password
        return (
            _POSSESSIVE.search(reading.folded) is None
            and not _SECRET_LOOKING.search(reading.folded)
            and not reading.names_family()
            and reading.person() is None
        )
    # "how often should he take his insulin" is about someone, however general it opens; "the difference between
    # the garden camera and the garage's, what have they recorded" is about the home's cameras
    return (
        about_the_thing
        and not (finding.kind == "camera" and camera_showing(reading.folded))
        and not reading.speaks_of_self_or_household(
            as_object=False, datives=finding.kind != "health"
        )
        and not reading.names_family()
        and not (finding.kind == "health" and reading.speaks_of_someone())
    )


def _carries_digits(folded: str) -> bool:
    """Four digits written, or three number words in a row said: "a rhyme to remember the code nove due sei uno"."""
    if _SOME_DIGITS.search(folded):
        return True
    run = 0
    for word in words(folded):
        run = run + 1 if word in NUMBER_WORDS else 0
        if run >= _SAID_DIGITS_AT_LEAST:
            return True
    return False


def _practice_hours(reading: Reading, finding: PrivacyFinding) -> bool:
    """When the doctor's practice is open, the speaker's own included: no health detail, no appointment.

    Only when the practice is all the text says of health: "my GP's hours, I need my insulin" stays private.
    """
    folded = reading.folded
    if (
        _DOCTORS_PRACTICE.fullmatch(folded[finding.start : finding.end]) is None
        or _PRACTICE_HOURS.search(folded) is None
        or _OWN_CARE.search(folded) is not None
        or reading.names_family()
        or reading.person() is not None
        or reading.speaks_of_someone()
        or _SOMEONES.search(folded[: finding.start]) is not None
    ):
        return False
    return detect_hard_private(_PRACTICE_WORDS.sub(" ", folded)) is None


def _sensor_upkeep(reading: Reading, finding: PrivacyFinding) -> bool:
    """A health sensor's battery or connection ("capteur de lit … batterie"), when nothing else of health is said."""
    folded = reading.folded
    span = folded[finding.start : finding.end]
    return (
        _HEALTH_SENSOR.search(span) is not None
        and _DEVICE_UPKEEP.search(folded) is not None
        and detect_hard_private(folded.replace(span, " ")) is None
    )


def _camera_to_buy(reading: Reading) -> bool:
    """A camera to buy, within a budget or the best one now: "søk etter en god babycall med kamera, under 1500 kr"."""
    return (
        market_fact(reading.folded) is not None
        and not reading.names
        and not reading.names_family()
        and not camera_showing(reading.folded)
        and not reading.speaks_of_self_or_household(as_object=False, datives=True)
    )


def _how_cameras_work(reading: Reading, finding: PrivacyFinding) -> bool:
    """How a camera works, asked of any camera: "how do security cameras see in the dark", "come fa una telecamera …".

    Not of the home's own ("how does the garden camera see at night", "hur fungerar kameran"): no determiner or
    possessive before it, no definite ending, and no name of the home.
    """
    folded = reading.folded
    if (
        _HOW_IT_WORKS.match(folded) is None
        or reading.names
        or reading.names_family()
        or reading.speaks_of_self_or_household(as_object=False, datives=True)
    ):
        return False
    before = words(folded[: finding.start])[-2:]
    found = folded[finding.start : finding.end]
    return _DETERMINERS.isdisjoint(before) and _NORDIC_DEFINITE.search(found) is None


def _hard_finding(reading: Reading) -> PrivacyFinding | None:
    """The first hard finding that is not a room of the home ("Camera") nor a word of another language's detector.

    The detectors read all twelve languages at once; Czech "hosté" (guests) folds to Danish "hoste" (cough).
    """
    folded = reading.folded
    false_friends = FALSE_FRIENDS.get(reading.language or "", frozenset())
    for _ in range(_MAX_SKIPPED_FINDINGS):
        finding = detect_hard_private(folded)
        if finding is None:
            return None
        found = folded[finding.start : finding.end]
        if (
            found not in false_friends
            and not _names_a_room(reading, finding, found)
            and not _away_mode_switched(reading, found)
        ):
            return finding
        folded = f"{folded[: finding.start]}{' ' * (finding.end - finding.start)}{folded[finding.end :]}"
    return detect_hard_private(folded)


def _away_mode_switched(reading: Reading, found: str) -> bool:
    """The away mode switched on or off, and nothing more: "turn on vacation mode", "zapni režim dovolená".

    Not "… until the 14th, we're in Croatia", nor "when does the vacation mode end": those tell when the house is empty.
    """
    return (
        _AWAY_MODE.fullmatch(found) is not None
        and _only_commands(reading)
        and _UNTIL.search(reading.folded) is None
    )


def _names_a_room(reading: Reading, finding: PrivacyFinding, found: str) -> bool:
    """Whether the finding is the name of one of the home's rooms, as Italian "camera" (bedroom) is.

    A camera word is a room only in Italian: "la caméra du jardin" in a home with an Italian "camera" is a camera.
    """
    if finding.kind == "camera" and reading.language not in _CAMERA_IS_A_ROOM_IN:
        return False
    return reading.is_room_name(found)


def _clear_new_request(text: str) -> bool:
    """A turn the classifier confidently sends to the cloud is a new request, not a continuation."""
    prediction = classify(text)
    return (
        prediction.route in CLOUD_ROUTES and prediction.confidence >= SWITCH_CONFIDENCE
    )


def _continues(body: str, context: Context, language: str | None) -> bool:
    """Whether the turn continues the conversation: a follow-up that is no confident new cloud request, or an answer."""
    if answers_question(body, context) or edits_previous(body, language):
        return True
    return is_follow_up(body, language) and not _clear_new_request(body)


def _follow_up(body: str, context: Context, reading: Reading) -> Verdict:
    """Keep the previous route unless the follow-up clearly asks for something else.

    A rework of the answer ("mais curta por favor") or a reply to the assistant's question stays; a device
    command or a reminder after a cloud turn goes home, and a fresh fact or a live price after a local or
    reasoning turn goes to search.
    """
    language = reading.language
    editing = edits_previous(body, language)
    answering = answers_question(body, context)
    switched = (
        None
        if editing or answering
        else _place_switch(body, context, reading)
        or _fresh_switch(body, context, reading)
    )
    if switched is None and not editing:
        switched = _home_switch(body, context, reading) or _sum_switch(body, context)
    if switched is not None:
        return switched
    prediction = classify(body)
    if (
        prediction.route is not context.previous_route
        and prediction.confidence >= SWITCH_CONFIDENCE
        and not (editing or answering)
        and _stands_alone(body, context, prediction.route, language)
    ):
        return Verdict(
            prediction.route,
            False,
            prediction.confidence,
            f"new request: {_CLASSIFIER_REASONS[prediction.route]}",
            "classifier",
        )
    return Verdict(
        context.previous_route,
        False,
        STICKY_CONFIDENCE,
        f"follow-up: staying with {context.previous_route.value}",
        "sticky",
    )


def _stands_alone(
    body: str, context: Context, route: Route, language: str | None
) -> bool:
    """Whether a short turn the classifier reads as `route` is a new request rather than a continuation.

    A bare short turn ("kitchen lights off") stands on its own. One that points back ("and shorter?", "og søndag
    da") switches only when the previous question reads as `route` once the turn is added to it, and did not
    already read so alone: the classifier reads many search questions ("hur gick det för djurgården") as local.
    """
    if not links_back(body, language):
        return True
    earlier = context.previous_user_text
    return _reads_as(f"{earlier} {body}") is route and (
        not earlier or _reads_as(earlier) is not route
    )


def _place_switch(body: str, context: Context, reading: Reading) -> Verdict | None:
    """A follow-up that moves the question away from home or back home; not to a room of the house ("and in emma's")."""
    switched = place_switch(body, context.previous_route, reading.language)
    if switched is None or (
        switched is Route.SEARCH and reading.home_name() is not None
    ):
        return None
    return Verdict(
        switched,
        False,
        STICKY_CONFIDENCE,
        f"follow-up moves the question {'away from home' if switched is Route.SEARCH else 'back home'}",
        "classifier",
    )


_RAW_LETTERS = re.compile(r"[^\W\d_]+")


def _names_someone(body: str, reading: Reading) -> bool:
    """Whether a person of the house is named as the home spells them: "marcó" (scored) is not Marco."""
    hit = reading.person()
    if hit is None:
        return False
    name = hit.name.lower().split()[0]
    return fold(name) != name or not any(
        fold(word) != word and fold(word).startswith(fold(name)[:-1])
        for word in _RAW_LETTERS.findall(body.lower())
    )


def _fresh_switch(body: str, context: Context, reading: Reading) -> Verdict | None:
    """A follow-up that asks a fresh fact or a live price, or makes the previous question one.

    "Und wie hoch ist die Einspeisevergütung gerade" asks one itself; "a w przyszłym tygodniu w gdańsku" after
    "jaka będzie jutro pogoda" makes the home's weather a town's, but "en bij lotte" after "hoe warm is het bij
    sanne op de kamer" names the home's own.
    """
    if context.previous_route is Route.SEARCH:
        return None
    earlier = context.previous_user_text
    fact = (
        fresh_fact(body)
        or ("a live price" if asks_live_price(body) else None)
        or (
            fresh_fact(f"{earlier} {body}")
            if earlier and fresh_fact(earlier) is None and reading.home_name() is None
            else None
        )
    )
    if fact is None:
        return None
    return Verdict(Route.SEARCH, False, 0.9, f"search: {fact}", "fresh_fact")


def _home_switch(body: str, context: Context, reading: Reading) -> Verdict | None:
    """A device command or a reminder after a cloud turn ("fecha os estores da sala", "påminn mig då") is home.

    After a search, so is naming the home's rooms or devices, or someone of the house coming or going ("a kuba
    już wrócił"), not someone a gift is for; after Claude, they are often what the automation just written is about.
    """
    if context.previous_route is Route.LOCAL or not (
        device_command(body)
        or home_task(body)
        or (
            context.previous_route is Route.SEARCH
            and (
                any(
                    hit.kind in (NameKind.AREA, NameKind.FLOOR, NameKind.ENTITY)
                    for hit in reading.names
                )
                or (_names_someone(body, reading) and reading.presence_cue())
            )
        )
    ):
        return None
    return Verdict(Route.LOCAL, False, 0.8, "local: a home command", "home_request")


def _sum_switch(body: str, context: Context) -> Verdict | None:
    """A short sum after a cloud turn ("ok e quanto é 12 vezes 14") is a new question the local model answers."""
    if context.previous_route is Route.LOCAL or not asks_a_short_sum(body):
        return None
    return Verdict(
        Route.LOCAL,
        False,
        0.8,
        "local: a short sum, a fact that does not change",
        "known_fact",
    )


def _live_price(body: str) -> Verdict | None:
    """Today's or tomorrow's prices of the world are search, even in a comparison that needs thinking.

    Not a device command with a price as its reason ("the spot price is high tonight, so turn the heating down").
    """
    if not asks_live_price(body) or device_command(body):
        return None
    return Verdict(
        Route.SEARCH, False, 0.9, "search: live prices, now or soon", "live_price"
    )


def _definition(body: str, reading: Reading) -> Verdict | None:
    """A short question about what a thing is or how it works: the local model knows ("what is a heat pump").

    Only where the classifier is not sure of the cloud and nothing asks for today or a place away from home.
    """
    opening = _WHAT_A_THING_IS.match(reading.folded)
    if opening is None or len(words(reading.folded)) > DEFINITION_MAX_WORDS:
        return None
    # the place is looked for after the opening, whose article may be a preposition elsewhere (Swedish "en")
    if mentions_place(words(reading.folded[opening.end() :])) or asks_now(body):
        return None
    prediction = classify(body)
    if prediction.route is Route.LOCAL or prediction.confidence >= DEFINITION_YIELDS_TO:
        return None
    return Verdict(
        Route.LOCAL,
        False,
        0.7,
        "local: a definition the local model knows",
        "definition",
    )


def _health_fact(body: str, reading: Reading) -> Verdict | None:
    """A short question about a medicine or an illness, asked of nobody: the local model knows.

    Reached only when the privacy check found it about nobody ("how long does the flu last").
    """
    finding = _hard_finding(reading)
    if (
        finding is None
        or finding.kind != "health"
        or len(words(reading.folded)) > HEALTH_FACT_MAX_WORDS
        or asks_now(body)
        or _NEWS_ABOUT.search(reading.folded) is not None
        or _WRITE_A_STORY.match(reading.folded) is not None
    ):
        return None
    prediction = classify(body)
    if (
        prediction.route is not Route.LOCAL
        and prediction.confidence >= DEFINITION_YIELDS_TO
    ):
        return None  # a story about a nurse, or an analysis the classifier is sure of
    return Verdict(
        Route.LOCAL,
        False,
        0.7,
        "local: a health fact the local model knows",
        "health_fact",
    )


def _classify(body: str, semantic_hint: SemanticHint | None) -> Verdict:
    """Use the classifier, or nearest-example evidence when the classifier is unsure."""
    prediction = classify(body)
    if (
        prediction.confidence < SEMANTIC_BELOW_CONFIDENCE
        and semantic_hint is not None
        and semantic_hint[1] >= SEMANTIC_MIN_SIMILARITY
    ):
        route, similarity = semantic_hint
        return Verdict(
            route,
            False,
            similarity,
            f"{route.value}: closest to known {route.value} examples (classifier unsure)",
            "semantic",
        )
    return Verdict(
        prediction.route,
        False,
        round(prediction.confidence, 3),
        _CLASSIFIER_REASONS[prediction.route],
        "classifier",
    )
