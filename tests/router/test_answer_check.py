"""The pure check of a local answer: admissions, refusals, stale facts, language, end of stream and tool calls."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router.answer_check import (
    AnswerFailure,
    check_end,
    check_text,
    check_tool_call,
    fits_schema,
)

# Per supported language: an admission of not knowing, a refusal, an answer from stale memory, a good answer.
ANSWERS: dict[str, tuple[str, str, str, str]] = {
    "en": (
        "I don't know who wrote that, sorry.",
        "I'm sorry, but I can't help with that request.",
        "As of my last update in 2023, the record was held by a Kenyan runner.",
        "The kitchen light is on and the door is closed, so you can go to bed.",
    ),
    "de": (
        "Das weiß ich leider nicht.",
        "Dabei kann ich dir leider nicht helfen.",
        "Stand meines Wissens von 2023 war er noch im Amt.",
        "Das Licht in der Küche ist an und die Tür ist zu, du kannst also schlafen gehen.",
    ),
    "fr": (
        "Je ne sais pas qui a écrit ce livre.",
        "Je ne peux pas vous aider avec cette demande.",
        "Selon ma dernière mise à jour, le record était de deux heures.",
        "La lumière de la cuisine est allumée et la porte est fermée, vous pouvez dormir.",
    ),
    "es": (
        "Lo siento, no lo sé.",
        "Lo siento, pero no puedo hacer eso.",
        "Hasta mi última actualización, el récord era de dos horas.",
        "La luz de la cocina está encendida y la puerta está cerrada, así que puedes dormir.",
    ),
    "it": (
        "Mi dispiace, non lo so.",
        "Mi dispiace, ma non posso farlo.",
        "Al mio ultimo aggiornamento il record era di due ore.",
        "La luce della cucina è accesa e la porta è chiusa, quindi puoi andare a dormire.",
    ),
    "nl": (
        "Dat weet ik niet, sorry.",
        "Daar kan ik je niet mee helpen.",
        "Volgens mijn laatste update was het record twee uur.",
        "Het licht in de keuken is aan en de deur is dicht, dus je kunt gaan slapen.",
    ),
    "pl": (
        "Przepraszam, nie wiem.",
        "Przykro mi, ale nie mogę tego zrobić.",
        "Według mojej ostatniej aktualizacji rekord wynosił dwie godziny.",
        "Światło w kuchni jest włączone, a drzwi są zamknięte, więc możesz iść spać.",
    ),
    "pt": (
        "Desculpe, não sei.",
        "Desculpe, mas não posso fazer isso.",
        "Até a minha última atualização, o recorde era de duas horas.",
        "A luz da cozinha está acesa e a porta está fechada, então você pode dormir.",
    ),
    "sv": (
        "Jag vet inte, tyvärr.",
        "Tyvärr kan jag inte göra det.",
        "Enligt min senaste uppdatering var rekordet två timmar.",
        "Lampan i köket är tänd och dörren är stängd, så du kan gå och lägga dig.",
    ),
    "da": (
        "Det ved jeg ikke, desværre.",
        "Jeg kan desværre ikke hjælpe med det.",
        "Ifølge min seneste opdatering var rekorden to timer.",
        "Lyset i køkkenet er tændt og døren er lukket, så du kan gå i seng.",
    ),
    "nb": (
        "Jeg vet ikke, dessverre.",
        "Jeg kan dessverre ikke hjelpe med det.",
        "Ifølge min siste oppdatering var rekorden to timer.",
        "Lyset på kjøkkenet er på og døren er lukket, så du kan legge deg.",
    ),
    "cs": (
        "Promiňte, nevím.",
        "Bohužel vám s tím nemohu pomoci.",
        "Podle mé poslední aktualizace byl rekord dvě hodiny.",
        "Světlo v kuchyni je rozsvícené a dveře jsou zavřené, takže můžeš jít spát.",
    ),
}


@pytest.mark.parametrize("language", list(ANSWERS))
def test_admission_refusal_and_stale_facts_in_every_language(language: str) -> None:
    """Each language's 'I don't know', refusal and 'as of my last update' fail; a real answer passes."""
    dont_know, refusal, stale, good = ANSWERS[language]
    assert check_text(dont_know, language) is AnswerFailure.DOES_NOT_KNOW
    assert check_text(refusal, language) is AnswerFailure.REFUSED
    assert check_text(stale, language) is AnswerFailure.STALE_FACTS
    assert check_text(good, language) is None


@pytest.mark.parametrize("language", list(ANSWERS))
def test_good_answers_pass_for_their_own_language_only(language: str) -> None:
    """A good answer in the user's language passes; for an English speaker the same answer is in another language."""
    good = ANSWERS[language][3]
    assert check_text(good, f"{language}-XX") is None
    expected = None if language == "en" else AnswerFailure.WRONG_LANGUAGE
    assert check_text(good, "en") is expected


def test_danish_and_norwegian_read_as_one() -> None:
    """A Danish answer to a Norwegian speaker (and the other way round) is not 'another language'."""
    assert check_text(ANSWERS["da"][3], "nb") is None
    assert check_text(ANSWERS["nb"][3], "da") is None
    assert check_text(ANSWERS["nb"][3], "no") is None
    assert check_text(ANSWERS["sv"][3], "da") is AnswerFailure.WRONG_LANGUAGE


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Paris.", "de"),  # too short to tell
        ("Le Corbusier built it in 1952.", "fr"),  # a name is not a language switch
        ("Das Licht in der Küche ist an.", None),  # the user's language is unknown
        ("Das Licht in der Küche ist an und die Tür ist zu.", "ja"),  # unsupported
        (
            "I'm not sure, but I think it's about 30 degrees.",
            "en",
        ),  # a hedge, then an answer
    ],
)
def test_no_false_alarm(text: str, language: str | None) -> None:
    """Short, mixed, hedged or unsupported-language answers are spoken as they are."""
    assert check_text(text, language) is None


def test_end_of_answer() -> None:
    """A finished answer fails when it was cut at the output limit or said nothing at all."""
    assert (
        check_end("The first step is", "max_tokens", tool_calls=0)
        is AnswerFailure.CUT_OFF
    )
    assert check_end("  ", "end_turn", tool_calls=0) is AnswerFailure.EMPTY
    assert check_end("", "tool_use", tool_calls=1) is None
    assert check_end("Done.", "end_turn", tool_calls=0) is None


SCHEMAS = {
    "HassTurnOn": {
        "type": "object",
        "properties": {
            "name": {"type": "string"},
            "domain": {
                "type": "array",
                "items": {"type": "string", "enum": ["light", "fan"]},
            },
            "brightness": {"type": "integer"},
        },
        "required": ["name"],
        "additionalProperties": False,
    },
    "GetLiveContext": {"type": "object", "properties": {}},
}


@pytest.mark.parametrize(
    ("name", "arguments", "expected"),
    [
        ("HassTurnOn", {"name": "Kitchen light", "domain": ["light"]}, None),
        ("HassTurnOn", {"name": "Kitchen", "brightness": "50"}, None),  # HA coerces
        ("GetLiveContext", {}, None),
        ("HassTurnOnEverything", {}, AnswerFailure.UNKNOWN_TOOL),
        ("HassTurnOn", {"domain": ["light"]}, AnswerFailure.BAD_TOOL_ARGUMENTS),
        (
            "HassTurnOn",
            {"name": "x", "domain": ["oven"]},
            AnswerFailure.BAD_TOOL_ARGUMENTS,
        ),
        (
            "HassTurnOn",
            {"name": "x", "brightness": "bright"},
            AnswerFailure.BAD_TOOL_ARGUMENTS,
        ),
        (
            "HassTurnOn",
            {"name": "x", "colour": "red"},
            AnswerFailure.BAD_TOOL_ARGUMENTS,
        ),
        ("HassTurnOn", {"name": ["a", "b"]}, AnswerFailure.BAD_TOOL_ARGUMENTS),
    ],
)
def test_tool_calls(
    name: str, arguments: dict[str, object], expected: AnswerFailure | None
) -> None:
    """A call of a tool that was not offered, or with arguments its schema rejects, fails."""
    assert check_tool_call(name, arguments, SCHEMAS) is expected


@pytest.mark.parametrize(
    ("schema", "value", "fits"),
    [
        ({"anyOf": [{"type": "integer"}, {"type": "null"}]}, None, True),
        ({"anyOf": [{"type": "integer"}, {"type": "null"}]}, "soon", False),
        ({"oneOf": ["junk", {"type": "string"}]}, "on", True),
        ({"type": ["string", "null"]}, None, True),
        ({"type": "array", "items": "junk"}, [1, "a"], True),
        ({"type": "array"}, "not a list", False),
        ({"type": "object", "properties": "junk", "required": ["name"]}, {}, False),
        ({"type": "object", "properties": {"on": True}}, {"on": 1}, True),
        ({"enum": "junk"}, "anything", True),
    ],
)
def test_schemas_of_any_shape_are_judged_without_crashing(
    schema: dict[str, object], value: object, fits: bool
) -> None:
    """A tool schema with parts of the wrong shape constrains by its other parts, never raises."""
    assert fits_schema(value, schema) is fits
