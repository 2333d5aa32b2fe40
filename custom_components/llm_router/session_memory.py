"""What the router remembers of a conversation, kept with Home Assistant's chat session and gone with it.

One marker per user turn of the ChatLog (by its position there): the route it took, whether it was private, and
the redacted text the cloud may see instead, when that differs. The words themselves stay in the ChatLog. The
ChatLog and these markers outlive a reload of the entry, so earlier private turns still never reach the cloud.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial

from homeassistant.components import conversation
from homeassistant.components.conversation.chat_log import DATA_CHAT_LOGS
from homeassistant.core import HomeAssistant
from homeassistant.helpers import chat_session
from homeassistant.util.hass_dict import HassKey

from .const import DOMAIN
from .router import HistoryTurn, Route

DATA_MEMORIES: HassKey[dict[str, SessionMemory]] = HassKey(f"{DOMAIN}_session_memories")
HISTORY_TURNS_KEPT = 8


@dataclass(frozen=True, slots=True)
class TurnMarker:
    """How one user turn was routed and what the cloud may see of it."""

    route: Route
    private: bool
    cloud_text: str | None = (
        None  # the redacted or override-stripped text, when it differs from the ChatLog's
    )


@dataclass(slots=True)
class SessionMemory:
    """The markers of one conversation's user turns, by their position in its ChatLog."""

    turns: dict[int, TurnMarker] = field(default_factory=dict)

    def history(self, chat_log: conversation.ChatLog, before: int) -> list[HistoryTurn]:
        """The last user turns before position `before` that this agent routed, for follow-ups."""
        turns = [
            HistoryTurn(role="user", text=content.content, route=marker.route)
            for index, content in enumerate(chat_log.content[:before])
            if isinstance(content, conversation.UserContent)
            and (marker := self.turns.get(index)) is not None
        ]
        return turns[-HISTORY_TURNS_KEPT:]

    def cloud_text(self, index: int, text: str) -> str | None:
        """What the cloud may see of an earlier user turn; None for a private or unknown one (it stays home)."""
        marker = self.turns.get(index)
        if marker is None or marker.private:
            return None
        return text if marker.cloud_text is None else marker.cloud_text


def session_memory(hass: HomeAssistant, conversation_id: str) -> SessionMemory:
    """The conversation's memory, created on its first turn and dropped when its chat session is cleaned up."""
    memories = hass.data.setdefault(DATA_MEMORIES, {})
    if (memory := memories.get(conversation_id)) is not None:
        return memory
    memory = SessionMemory()
    session = chat_session.current_session.get()
    if session is None or session.conversation_id != conversation_id:
        session = hass.data.get(chat_session.DATA_CHAT_SESSION, {}).get(conversation_id)
    if (
        session is not None
    ):  # without a session nothing could clean it up: keep it for this turn only
        memories[conversation_id] = memory
        session.async_on_cleanup(partial(_forget, memories, conversation_id))
    return memory


def _forget(memories: dict[str, SessionMemory], conversation_id: str) -> None:
    memories.pop(conversation_id, None)


def remembered_history(hass: HomeAssistant, conversation_id: str) -> list[HistoryTurn]:
    """The follow-up history of a live conversation (for the route dry run), empty when there is none."""
    memory = hass.data.get(DATA_MEMORIES, {}).get(conversation_id)
    chat_log = hass.data.get(DATA_CHAT_LOGS, {}).get(conversation_id)
    if memory is None or chat_log is None:
        return []
    return memory.history(chat_log, len(chat_log.content))
