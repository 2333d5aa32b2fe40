"""Monthly budget caps (USD) of Claude, Grok and all cloud spend together."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.components.number import (
    NumberDeviceClass,
    NumberEntity,
    NumberEntityDescription,
    NumberMode,
)
from homeassistant.const import EntityCategory
from homeassistant.core import HomeAssistant
from homeassistant.helpers.entity_platform import AddConfigEntryEntitiesCallback

from .const import BACKEND_CLAUDE, BACKEND_GROK, CURRENCY_USD
from .entity import DEVICE_ROUTER, LedgerEntity, backend_configured
from .ledger import TOTAL_SCOPE
from .models import LLMRouterConfigEntry

PARALLEL_UPDATES = 0


@dataclass(frozen=True, kw_only=True)
class BudgetNumberDescription(NumberEntityDescription):
    """A budget scope's cap: its device and the cap used until the user sets one."""

    device: str
    default_cap: float
    requires: str | None = None  # backend that must be configured


def _budget(scope: str, default_cap: float) -> BudgetNumberDescription:
    backend = None if scope == TOTAL_SCOPE else scope
    return BudgetNumberDescription(
        key=f"monthly_budget_{scope}",
        translation_key="monthly_budget",
        device=backend or DEVICE_ROUTER,
        default_cap=default_cap,
        requires=backend,
        device_class=NumberDeviceClass.MONETARY,
        native_unit_of_measurement=CURRENCY_USD,
        native_min_value=0,
        native_max_value=1000,
        native_step=0.5,
        mode=NumberMode.BOX,
        entity_category=EntityCategory.CONFIG,
    )


BUDGETS: dict[str, BudgetNumberDescription] = {
    BACKEND_CLAUDE: _budget(BACKEND_CLAUDE, 10.0),
    BACKEND_GROK: _budget(BACKEND_GROK, 5.0),
    TOTAL_SCOPE: _budget(TOTAL_SCOPE, 15.0),
}


async def async_setup_entry(
    hass: HomeAssistant,
    entry: LLMRouterConfigEntry,
    async_add_entities: AddConfigEntryEntitiesCallback,
) -> None:
    """Add the caps of the configured cloud backends and the total cap."""
    async_add_entities(
        BudgetNumber(entry, scope, description)
        for scope, description in BUDGETS.items()
        if backend_configured(entry, description.requires)
    )


class BudgetNumber(LedgerEntity, NumberEntity):
    """A monthly cap; the ledger persists it and enforces it."""

    entity_description: BudgetNumberDescription

    def __init__(
        self,
        entry: LLMRouterConfigEntry,
        scope: str,
        description: BudgetNumberDescription,
    ) -> None:
        """Create the cap of a budget scope."""
        super().__init__(entry, description.device, description.key)
        self.entity_description = description
        self.scope = scope

    async def async_added_to_hass(self) -> None:
        """Give the ledger the default cap when it has none yet."""
        await super().async_added_to_hass()
        ledger = self.runtime.ledger
        if ledger.ledger.cap(self.scope) is None:
            ledger.set_cap(self.scope, self.entity_description.default_cap)

    @property
    def native_value(self) -> float | None:
        """The cap the ledger enforces."""
        return self.runtime.ledger.ledger.cap(self.scope)

    async def async_set_native_value(self, value: float) -> None:
        """Change the cap (the ledger announces the change, which updates this entity)."""
        self.runtime.ledger.set_cap(self.scope, value)
