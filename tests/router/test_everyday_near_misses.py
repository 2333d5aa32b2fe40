"""Everyday words that only look private: 'ci sono' (there are), a camera's battery; the Italian speaker elsewhere."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import decide


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "quanti grammi ci sono in un cucchiaino di zucchero"),
        ("pt", "a câmara da entrada ainda tem bateria?"),
        ("en", "is the garden camera's battery low"),
    ],
)
def test_measures_and_a_cameras_battery_are_not_private(
    language: str, text: str
) -> None:
    assert not decide(text, language=language).private


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "sono in ufficio fino alle sei, avvisa Marco"),
        ("en", "does the doorbell camera still have battery, and show me who rang"),
    ],
)
def test_the_speaker_elsewhere_and_what_a_camera_saw_stay_home(
    language: str, text: str
) -> None:
    decision = decide(text, language=language)
    assert decision.private
    assert not decision.may_leave_home
