"""Config flow of the stand-in satellite: just its name."""

from __future__ import annotations

from typing import Any

from homeassistant.config_entries import ConfigFlow, ConfigFlowResult
import probatio as vol

from . import DOMAIN


class SatelliteConfigFlow(ConfigFlow, domain=DOMAIN):
    """Create a satellite by name."""

    VERSION = 1

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the name."""
        if user_input is not None:
            return self.async_create_entry(title=user_input["name"], data={})
        return self.async_show_form(
            step_id="user", data_schema=vol.Schema({vol.Required("name"): str})
        )
