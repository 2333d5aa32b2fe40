"""A real Home Assistant with the local server down: private utterances in every supported language stay home.

Every class of private data in each of the twelve languages, identifiers with real check digits, things said in
passing (one's own body, telling nobody, the nanny leaving, what a recording shows, the code for MitID), and texts the privacy check is unsure about (a weakly checked number, a language the router does not read) go through Assist.
The user hears the local error in their language (or Home Assistant's own intents answer, in the house); no
cloud emulator receives a request or the text.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.harness import HarnessError, Stack, wait_for
from tests.router.test_identifiers import SURE_IDS
from tests.router.test_privacy_indirect import SAID_IN_PASSING, SEEN_ON_A_RECORDING
from tests.router.test_privacy_languages import LANGUAGES, PRIVATE
from tests.router.test_privacy_phrasing import (
    COMINGS_AND_GOINGS,
    OWN_BODY,
    TELLING_NOBODY,
)
from tests.router.test_spoken_numbers import SURE_READ_OUT, UNSURE_READ_OUT

pytestmark = [pytest.mark.e2e, pytest.mark.timeout(300)]

UNSURE = [
    ("en", "remind me about 111222333 tomorrow"),
    ("fi", "mikä on paras tapa oppia ohjelmoimaan pythonilla"),
]


@pytest.fixture
def local_down(stack: Stack) -> Iterator[Stack]:
    """The local model server is unreachable for the test; afterwards it is back and the entry forgot."""
    wait_for(lambda: _agent_ready(stack), 30, "the router's conversation agent")
    emulators = stack.emulators
    emulators.loop.stop(emulators.ollama)
    try:
        yield stack
    finally:
        emulators.loop.start(emulators.ollama)
        stack.client.reload_entry(stack.entry.entry_id)


def _agent_ready(stack: Stack) -> bool:
    """Whether the agent entity is back (an earlier test may have just reloaded the entry)."""
    try:
        return stack.client.state(stack.entry.agent_id)["state"] != "unavailable"
    except HarnessError:
        return False


def _utterances() -> list[tuple[str, str]]:
    private = [
        (language, text)
        for texts in PRIVATE.values()
        for language, text in zip(LANGUAGES, texts, strict=True)
    ]
    read_out = [(language, text) for language, text, _label in SURE_READ_OUT]
    return [
        *private,
        *(("en", text) for text, _broken, _label in SURE_IDS),
        *read_out,
        *UNSURE_READ_OUT,
        *UNSURE,
        *OWN_BODY,
        *TELLING_NOBODY,
        *COMINGS_AND_GOINGS,
        *SEEN_ON_A_RECORDING,
        *SAID_IN_PASSING,
    ]


def test_nothing_private_or_unsure_reaches_the_cloud_when_local_is_down(
    local_down: Stack,
) -> None:
    emulators = local_down.emulators
    spoken: dict[str, set[str]] = {}
    for language, text in _utterances():
        result = local_down.client.converse(
            text, agent_id=local_down.entry.agent_id, language=language
        )
        response = result["response"]
        # Either the local error, or Home Assistant's own intents answered it ("is everyone home") in the house.
        if response["response_type"] == "error":
            spoken.setdefault(language, set()).add(
                response["speech"]["plain"]["speech"]
            )
        for emulator in (emulators.anthropic, emulators.xai):
            assert emulator.chat_requests == [], (language, text)
            assert all(text not in str(request.json) for request in emulator.requests)
    # One local error per language, in that language (the twelve are different sentences).
    assert all(len(sentences) == 1 for sentences in spoken.values()), spoken
    assert set(spoken) >= set(LANGUAGES)
    assert len({next(iter(spoken[language])) for language in LANGUAGES}) == len(
        LANGUAGES
    )
