"""Config flow: a local server first, then optional Claude and Grok, each checked against the live service."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from homeassistant.config_entries import ConfigEntry, ConfigFlow, ConfigFlowResult
from homeassistant.core import callback
from homeassistant.helpers.aiohttp_client import async_get_clientsession
from homeassistant.helpers.selector import (
    BooleanSelector,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio as vol

from .backends.base import AuthFailed, BackendError, ModelMissing
from .const import (
    CONF_API_KEY,
    CONF_BASE_URL,
    CONF_CLAUDE,
    CONF_GROK,
    CONF_LOCAL_HOSTS,
    CONF_MODEL,
    CONF_REMOVE,
    CONF_SERVER_TYPE,
    CONF_URL,
    DEFAULT_CLAUDE_MODEL,
    DEFAULT_CLAUDE_URL,
    DEFAULT_GROK_MODEL,
    DEFAULT_GROK_URL,
    DEFAULT_LOCAL_URL,
    DOMAIN,
    LOGGER,
    SERVER_OLLAMA,
    SERVER_OPENAI,
)
from .options_flow import LLMRouterOptionsFlow
from .probe import probe_claude, probe_grok, probe_local

URL_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.URL))
KEY_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))


def normalize_url(url: str) -> str:
    """Return the URL without surrounding blanks and trailing slashes (for comparison and storage)."""
    return url.strip().rstrip("/")


def local_unique_id(hosts: list[dict[str, Any]]) -> str:
    """One entry per set of local server URLs."""
    return "|".join(sorted(normalize_url(host[CONF_URL]).lower() for host in hosts))


def _error_key(err: BackendError) -> str:
    """Map a typed backend failure to a translated form error."""
    if isinstance(err, AuthFailed):
        return "invalid_auth"
    if isinstance(err, ModelMissing):
        return "model_not_found"
    return "cannot_connect"


async def _check(probe: Awaitable[list[str]], errors: dict[str, str]) -> list[str]:
    """Run a probe, turning typed failures into form errors; returns the models it found."""
    try:
        return await probe
    except BackendError as err:
        LOGGER.debug("Connection test failed: %s", err)
        errors["base"] = _error_key(err)
    return []


def _cloud_schema(defaults: Mapping[str, Any], base_url: str, model: str) -> vol.Schema:
    return vol.Schema(
        {
            vol.Optional(CONF_API_KEY): KEY_SELECTOR,
            vol.Required(
                CONF_MODEL, default=defaults.get(CONF_MODEL, model)
            ): TextSelector(),
            vol.Required(
                CONF_BASE_URL, default=defaults.get(CONF_BASE_URL, base_url)
            ): URL_SELECTOR,
        }
    )


type CloudProbe = Callable[..., Awaitable[list[str]]]


class LLMRouterConfigFlow(ConfigFlow, domain=DOMAIN):
    """Set up the local server, then Claude and Grok (each may be skipped)."""

    VERSION = 1

    def __init__(self) -> None:
        """Start with nothing configured."""
        self._local: dict[str, Any] = {}
        self._local_models: list[str] = []
        self._data: dict[str, Any] = {}

    @staticmethod
    @callback
    def async_get_options_flow(config_entry: ConfigEntry) -> LLMRouterOptionsFlow:
        """Return the options flow."""
        return LLMRouterOptionsFlow()

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the local server's URL and kind, and list its models."""
        errors: dict[str, str] = {}
        if user_input is not None:
            url = normalize_url(user_input[CONF_URL])
            self._local = {
                CONF_URL: url,
                CONF_SERVER_TYPE: user_input[CONF_SERVER_TYPE],
            }
            if user_input.get(CONF_API_KEY):
                self._local[CONF_API_KEY] = user_input[CONF_API_KEY]
            await self.async_set_unique_id(local_unique_id([self._local]))
            self._abort_if_unique_id_configured()
            session = async_get_clientsession(self.hass)
            models = await _check(probe_local(session, self._local), errors)
            if not errors and not models:
                errors["base"] = "no_models"
            if not errors:
                self._local_models = models
                return await self.async_step_local_model()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                vol.Schema(
                    {
                        vol.Required(CONF_URL): URL_SELECTOR,
                        vol.Required(
                            CONF_SERVER_TYPE, default=SERVER_OLLAMA
                        ): SelectSelector(
                            SelectSelectorConfig(
                                options=[SERVER_OLLAMA, SERVER_OPENAI],
                                translation_key=CONF_SERVER_TYPE,
                                mode=SelectSelectorMode.LIST,
                            )
                        ),
                        vol.Optional(CONF_API_KEY): KEY_SELECTOR,
                    }
                ),
                user_input or {CONF_URL: DEFAULT_LOCAL_URL},
            ),
            errors=errors,
        )

    async def async_step_local_model(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Choose the local model from the server's list."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if user_input[CONF_MODEL] in self._local_models:
                self._data[CONF_LOCAL_HOSTS] = [
                    {**self._local, CONF_MODEL: user_input[CONF_MODEL]}
                ]
                return await self.async_step_claude()
            errors["base"] = "model_not_found"
        return self.async_show_form(
            step_id="local_model",
            data_schema=vol.Schema(
                {
                    vol.Required(
                        CONF_MODEL, default=self._local_models[0]
                    ): SelectSelector(
                        SelectSelectorConfig(
                            options=self._local_models,
                            custom_value=True,
                            mode=SelectSelectorMode.DROPDOWN,
                        )
                    )
                }
            ),
            errors=errors,
            description_placeholders={"url": self._local[CONF_URL]},
        )

    async def async_step_claude(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Claude for reasoning; leave the key empty to skip."""
        return await self._cloud_step(
            CONF_CLAUDE,
            user_input,
            probe_claude,
            DEFAULT_CLAUDE_URL,
            DEFAULT_CLAUDE_MODEL,
            self.async_step_grok,
        )

    async def async_step_grok(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Grok for web search; leave the key empty to skip."""
        return await self._cloud_step(
            CONF_GROK,
            user_input,
            probe_grok,
            DEFAULT_GROK_URL,
            DEFAULT_GROK_MODEL,
            self._async_create,
        )

    async def _cloud_step(
        self,
        backend: str,
        user_input: dict[str, Any] | None,
        probe: CloudProbe,
        base_url: str,
        model: str,
        next_step: Callable[[], Awaitable[ConfigFlowResult]],
    ) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            if not user_input.get(CONF_API_KEY):
                return await next_step()
            settings = {
                **user_input,
                CONF_BASE_URL: normalize_url(user_input[CONF_BASE_URL]),
            }
            session = async_get_clientsession(self.hass)
            await _check(probe(session, settings), errors)
            if not errors:
                self._data[backend] = settings
                return await next_step()
        return self.async_show_form(
            step_id=backend,
            data_schema=_cloud_schema(user_input or {}, base_url, model),
            errors=errors,
        )

    async def _async_create(self) -> ConfigFlowResult:
        return self.async_create_entry(title="Hybrid LLM Router", data=self._data)

    async def async_step_reauth(
        self, entry_data: Mapping[str, Any]
    ) -> ConfigFlowResult:
        """A cloud key was rejected at run time: ask for new keys."""
        return await self.async_step_reauth_confirm()

    async def async_step_reauth_confirm(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Ask for the keys of the configured cloud backends and test them."""
        entry = self._get_reauth_entry()
        configured = [b for b in (CONF_CLAUDE, CONF_GROK) if entry.data.get(b)]
        errors: dict[str, str] = {}
        if user_input is not None:
            updates = await self._updated_cloud_keys(entry.data, user_input, errors)
            if not errors:
                return self.async_update_reload_and_abort(entry, data_updates=updates)
        return self.async_show_form(
            step_id="reauth_confirm",
            data_schema=vol.Schema(
                {vol.Optional(backend): KEY_SELECTOR for backend in configured}
            ),
            errors=errors,
        )

    async def _updated_cloud_keys(
        self, data: Mapping[str, Any], keys: dict[str, Any], errors: dict[str, str]
    ) -> dict[str, Any]:
        """Cloud settings with the new keys applied, each tested; empty fields keep the old key."""
        updates: dict[str, Any] = {}
        session = async_get_clientsession(self.hass)
        probes = {CONF_CLAUDE: probe_claude, CONF_GROK: probe_grok}
        for backend, probe in probes.items():
            if not data.get(backend) or not keys.get(backend):
                continue
            settings = {**data[backend], CONF_API_KEY: keys[backend]}
            await _check(probe(session, settings), errors)
            updates[backend] = settings
        return updates

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Change the local server, models, URLs and keys, or add or remove a cloud backend, in place."""
        entry = self._get_reconfigure_entry()
        host = entry.data[CONF_LOCAL_HOSTS][0]
        errors: dict[str, str] = {}
        if user_input is not None:
            new_host = {
                **host,
                CONF_URL: normalize_url(user_input[CONF_URL]),
                CONF_MODEL: user_input[CONF_MODEL],
            }
            session = async_get_clientsession(self.hass)
            models = await _check(probe_local(session, new_host), errors)
            if not errors and new_host[CONF_MODEL] not in models:
                errors["base"] = "model_not_found"
            data = {**entry.data, CONF_LOCAL_HOSTS: [new_host]}
            for backend, conf in self._cloud_changes(entry.data, user_input).items():
                if conf is None:
                    data.pop(backend, None)
                else:
                    data[backend] = conf
            for backend, probe in (
                (CONF_CLAUDE, probe_claude),
                (CONF_GROK, probe_grok),
            ):
                if not errors and data.get(backend):
                    await _check(probe(session, data[backend]), errors)
            if not errors:
                await self.async_set_unique_id(local_unique_id([new_host]))
                if self.unique_id != entry.unique_id:
                    self._abort_if_unique_id_configured()
                return self.async_update_reload_and_abort(
                    entry, unique_id=self.unique_id, data=data
                )
        return self.async_show_form(
            step_id="reconfigure",
            data_schema=self.add_suggested_values_to_schema(
                _reconfigure_schema(entry.data),
                user_input or _reconfigure_values(entry.data),
            ),
            errors=errors,
        )

    @staticmethod
    def _cloud_changes(
        data: Mapping[str, Any], user_input: dict[str, Any]
    ) -> dict[str, Any]:
        """Cloud settings after the form: kept, changed, added (a key was entered) or removed."""
        changes: dict[str, Any] = {}
        for backend in (CONF_CLAUDE, CONF_GROK):
            current = data.get(backend) or {}
            key = user_input.get(f"{backend}_{CONF_API_KEY}") or current.get(
                CONF_API_KEY
            )
            if user_input.get(f"{backend}_{CONF_REMOVE}") or not key:
                changes[backend] = None
                continue
            changes[backend] = {
                CONF_API_KEY: key,
                CONF_MODEL: user_input[f"{backend}_{CONF_MODEL}"],
                CONF_BASE_URL: normalize_url(user_input[f"{backend}_{CONF_BASE_URL}"]),
            }
        return changes


CLOUD_DEFAULTS = {
    CONF_CLAUDE: (DEFAULT_CLAUDE_MODEL, DEFAULT_CLAUDE_URL),
    CONF_GROK: (DEFAULT_GROK_MODEL, DEFAULT_GROK_URL),
}


def _reconfigure_schema(data: Mapping[str, Any]) -> vol.Schema:
    """Local server and model; per cloud backend: model, URL, a new key, and remove when configured."""
    fields: dict[Any, Any] = {
        vol.Required(CONF_URL): URL_SELECTOR,
        vol.Required(CONF_MODEL): TextSelector(),
    }
    for backend, (model, base_url) in CLOUD_DEFAULTS.items():
        fields[vol.Optional(f"{backend}_{CONF_API_KEY}")] = KEY_SELECTOR
        fields[vol.Optional(f"{backend}_{CONF_MODEL}", default=model)] = TextSelector()
        fields[vol.Optional(f"{backend}_{CONF_BASE_URL}", default=base_url)] = (
            URL_SELECTOR
        )
        if data.get(backend):
            fields[vol.Optional(f"{backend}_{CONF_REMOVE}", default=False)] = (
                BooleanSelector()
            )
    return vol.Schema(fields)


def _reconfigure_values(data: Mapping[str, Any]) -> dict[str, Any]:
    host = data[CONF_LOCAL_HOSTS][0]
    values = {CONF_URL: host[CONF_URL], CONF_MODEL: host[CONF_MODEL]}
    for backend, (model, base_url) in CLOUD_DEFAULTS.items():
        conf = data.get(backend) or {}
        values[f"{backend}_{CONF_MODEL}"] = conf.get(CONF_MODEL, model)
        values[f"{backend}_{CONF_BASE_URL}"] = conf.get(CONF_BASE_URL, base_url)
    return values
