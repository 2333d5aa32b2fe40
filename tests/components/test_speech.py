"""What text-to-speech gets: no markdown, no URLs (even split across deltas), sources as site names."""

from __future__ import annotations

from custom_components.llm_router.backends.base import Citation
from custom_components.llm_router.speech import (
    SpeechFilter,
    clean_for_speech,
    phrase,
    spoken_sources,
)


def test_markdown_and_links_are_not_read_aloud() -> None:
    text = "## Tips\n- **Turn off** the [boiler](https://example.com/boiler) at night\n1. `Close` windows"
    assert clean_for_speech(text) == "Tips\nTurn off the boiler at night\nClose windows"


def test_url_split_across_deltas_is_dropped() -> None:
    speech = SpeechFilter()
    pieces = ["See ht", "tps://ww", "w.example.com/a?b=1 for", " details"]
    spoken = "".join(speech.feed(piece) for piece in pieces) + speech.flush()
    assert "http" not in spoken and "example" not in spoken
    assert spoken.split() == ["See", "for", "details"]


def test_sources_are_site_names_in_the_users_language() -> None:
    citations = (
        Citation("https://www.reuters.com/world/x", "Reuters"),
        Citation("https://bbc.co.uk/news/y"),
        Citation("https://www.reuters.com/other"),
    )
    assert spoken_sources(citations, "en") == "Sources: reuters.com and bbc.co.uk."
    assert spoken_sources(citations, "de-DE") == "Quellen: reuters.com und bbc.co.uk."
    assert spoken_sources((), "en") == ""


def test_unknown_language_falls_back_to_english() -> None:
    assert phrase("cut_off", "ja") == phrase("cut_off", "en")
