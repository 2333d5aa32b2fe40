"""Config flow: a local server first, then Claude and Grok by choice, each checked against the live service."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from homeassistant.config_entries import (
    SOURCE_RECONFIGURE,
    ConfigEntry,
    ConfigFlow,
    ConfigFlowContext,
    ConfigFlowResult,
    ConfigSubentryFlow,
    SubentryFlowContext,
    SubentryFlowResult,
)
from homeassistant.core import HomeAssistant, callback
from homeassistant.data_entry_flow import FlowContext, FlowHandler, FlowResult, section
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
from yarl import URL

from .backends.base import AuthFailed, BackendError, ModelMissing
from .clients import local_server_title
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
    SUBENTRY_LOCAL_SERVER,
)
from .credentials import without_credentials
from .options_flow import LLMRouterOptionsFlow
from .probe import probe_claude, probe_grok, probe_local

URL_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.URL))
KEY_SELECTOR = TextSelector(TextSelectorConfig(type=TextSelectorType.PASSWORD))
# Reconfigure sections: the local server, then each cloud backend (`add_*` while it is not configured).
SECTION_LOCAL = "local_server"
ADD_PREFIX = "add_"

type CloudProbe = Callable[..., Awaitable[list[str]]]

CLOUD: dict[str, tuple[CloudProbe, str, str]] = {
    # backend: (connection test, default model, default base URL)
    CONF_CLAUDE: (probe_claude, DEFAULT_CLAUDE_MODEL, DEFAULT_CLAUDE_URL),
    CONF_GROK: (probe_grok, DEFAULT_GROK_MODEL, DEFAULT_GROK_URL),
}


class InvalidUrl(ValueError):
    """The text is not an http(s) URL with a host."""


def normalize_url(url: str, scheme: str = "http") -> str:
    """The URL without blanks and trailing slashes; a missing scheme becomes `scheme://`."""
    url = url.strip()
    if "://" not in url:
        url = f"{scheme}://{url}"
    try:
        parsed = URL(url)
    except ValueError as err:
        raise InvalidUrl(url) from err
    if parsed.scheme not in ("http", "https") or not parsed.host or " " in url:
        raise InvalidUrl(url)
    return url.rstrip("/")


def local_unique_id(hosts: list[dict[str, Any]]) -> str:
    """One entry per set of local server URLs."""
    return "|".join(sorted(normalize_url(host[CONF_URL]).lower() for host in hosts))


def _error_key(err: BackendError, local: bool) -> str:
    """Map a typed backend failure to a translated form error."""
    if isinstance(err, AuthFailed):
        return "invalid_auth"
    if isinstance(err, ModelMissing):
        return "model_not_found" if local else "cloud_model_not_found"
    return "cannot_connect"


async def _check(
    probe: Awaitable[list[str]], errors: dict[str, str], *, local: bool = False
) -> list[str]:
    """Run a probe, turning typed failures into form errors; returns the models it found."""
    try:
        return await probe
    except BackendError as err:
        LOGGER.debug("Connection test failed: %s", without_credentials(str(err)))
        errors["base"] = _error_key(err, local)
    return []


def _url_or_error(
    url: str, errors: dict[str, str], field: str, scheme: str = "http"
) -> str:
    try:
        return normalize_url(url, scheme)
    except InvalidUrl:
        errors[field] = "invalid_url"
        return url


LOCAL_SERVER_SCHEMA = vol.Schema(
    {
        vol.Required(CONF_URL): URL_SELECTOR,
        vol.Required(CONF_SERVER_TYPE, default=SERVER_OLLAMA): SelectSelector(
            SelectSelectorConfig(
                options=[SERVER_OLLAMA, SERVER_OPENAI],
                translation_key=CONF_SERVER_TYPE,
                mode=SelectSelectorMode.LIST,
            )
        ),
        vol.Optional(CONF_API_KEY): KEY_SELECTOR,
    }
)


def _local_model_schema(models: list[str]) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_MODEL, default=models[0]): SelectSelector(
                SelectSelectorConfig(
                    options=models,
                    custom_value=True,
                    mode=SelectSelectorMode.DROPDOWN,
                )
            )
        }
    )


class LocalServerSteps[ContextT: FlowContext, ResultT: FlowResult[Any, Any], HandlerT](
    FlowHandler[ContextT, ResultT, HandlerT]
):
    """The two steps that add a local server (URL and kind, then model), shared by the entry and its subentries."""

    _local: dict[str, Any]
    _local_models: list[str]

    async def async_step_user(
        self, user_input: dict[str, Any] | None = None
    ) -> ResultT:
        """Ask for the local server's URL and kind, and list its models."""
        errors: dict[str, str] = {}
        if user_input is not None:
            self._local = {
                CONF_URL: _url_or_error(user_input[CONF_URL], errors, CONF_URL),
                CONF_SERVER_TYPE: user_input[CONF_SERVER_TYPE],
            }
            if user_input.get(CONF_API_KEY):
                self._local[CONF_API_KEY] = user_input[CONF_API_KEY]
            if not errors and (abort := await self._local_duplicate()):
                return abort
            if not errors:
                session = async_get_clientsession(self.hass)
                models = await _check(
                    probe_local(session, self._local), errors, local=True
                )
                if not errors and not models:
                    errors["base"] = "no_models"
            if not errors:
                self._local_models = models
                return await self.async_step_local_model()
        return self.async_show_form(
            step_id="user",
            data_schema=self.add_suggested_values_to_schema(
                LOCAL_SERVER_SCHEMA, user_input or self._local_suggestions()
            ),
            errors=errors,
        )

    async def async_step_local_model(
        self, user_input: dict[str, Any] | None = None
    ) -> ResultT:
        """Choose the local model from the server's list."""
        errors: dict[str, str] = {}
        if user_input is not None:
            if user_input[CONF_MODEL] in self._local_models:
                return await self._local_server_added(
                    {**self._local, CONF_MODEL: user_input[CONF_MODEL]}
                )
            errors["base"] = "model_not_found"
        return self.async_show_form(
            step_id="local_model",
            data_schema=_local_model_schema(self._local_models),
            errors=errors,
            description_placeholders={"url": self._local[CONF_URL]},
        )

    def _local_suggestions(self) -> dict[str, Any]:
        """What the server form shows before anything is typed."""
        return {CONF_URL: DEFAULT_LOCAL_URL}

    async def _local_duplicate(self) -> ResultT | None:
        """An abort result when this server is already set up, else None."""
        raise NotImplementedError

    async def _local_server_added(self, host: dict[str, Any]) -> ResultT:
        """The server answered and its model is chosen: go on."""
        raise NotImplementedError


def _cloud_schema(model: str, base_url: str) -> vol.Schema:
    return vol.Schema(
        {
            vol.Required(CONF_API_KEY): KEY_SELECTOR,
            vol.Required(CONF_MODEL, default=model): TextSelector(),
            vol.Required(CONF_BASE_URL, default=base_url): URL_SELECTOR,
        }
    )


async def _probe_cloud(
    hass: HomeAssistant,
    backend: str,
    values: Mapping[str, Any],
    errors: dict[str, str],
    field: str = CONF_BASE_URL,
) -> dict[str, Any]:
    """The backend's settings from a form (base URL normalized), tested against the service."""
    settings = {
        CONF_API_KEY: values[CONF_API_KEY],
        CONF_MODEL: values[CONF_MODEL],
        CONF_BASE_URL: _url_or_error(values[CONF_BASE_URL], errors, field, "https"),
    }
    if not errors:
        probe = CLOUD[backend][0]
        await _check(probe(async_get_clientsession(hass), settings), errors)
    return settings


class LLMRouterConfigFlow(
    LocalServerSteps[ConfigFlowContext, ConfigFlowResult, str],
    ConfigFlow,
    domain=DOMAIN,
):
    """Set up the local server, then add or skip Claude and Grok."""

    VERSION = 2

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

    @classmethod
    @callback
    def async_get_supported_subentry_types(
        cls, config_entry: ConfigEntry
    ) -> dict[str, type[ConfigSubentryFlow]]:
        """More local servers, each its own subentry."""
        return {SUBENTRY_LOCAL_SERVER: LocalServerSubentryFlow}

    async def _local_duplicate(self) -> ConfigFlowResult | None:
        await self.async_set_unique_id(local_unique_id([self._local]))
        self._abort_if_unique_id_configured()
        return None

    async def _local_server_added(self, host: dict[str, Any]) -> ConfigFlowResult:
        self._data[CONF_LOCAL_HOSTS] = [host]
        return await self.async_step_claude_menu()

    async def async_step_claude_menu(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add Claude for reasoning, or skip it."""
        return self.async_show_menu(
            step_id="claude_menu", menu_options=[CONF_CLAUDE, "grok_menu"]
        )

    async def async_step_grok_menu(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Add Grok for web search, or finish."""
        return self.async_show_menu(
            step_id="grok_menu", menu_options=[CONF_GROK, "finish"]
        )

    async def async_step_claude(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Claude's key, model and URL."""
        return await self._cloud_step(
            CONF_CLAUDE, user_input, self.async_step_grok_menu
        )

    async def async_step_grok(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Grok's key, model and URL."""
        return await self._cloud_step(CONF_GROK, user_input, self.async_step_finish)

    async def _cloud_step(
        self,
        backend: str,
        user_input: dict[str, Any] | None,
        next_step: Callable[[], Awaitable[ConfigFlowResult]],
    ) -> ConfigFlowResult:
        errors: dict[str, str] = {}
        if user_input is not None:
            settings = await _probe_cloud(self.hass, backend, user_input, errors)
            if not errors:
                self._data[backend] = settings
                return await next_step()
        _probe, model, base_url = CLOUD[backend]
        return self.async_show_form(
            step_id=backend,
            data_schema=self.add_suggested_values_to_schema(
                _cloud_schema(model, base_url), user_input or {}
            ),
            errors=errors,
        )

    async def async_step_finish(
        self, user_input: dict[str, Any] | None = None
    ) -> ConfigFlowResult:
        """Create the entry with what was set up."""
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
            if not updates:
                errors["base"] = "key_required"
            elif not errors:
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
        for backend, (probe, _model, _url) in CLOUD.items():
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
        errors: dict[str, str] = {}
        if user_input is not None:
            data = await self._reconfigured_data(entry.data, user_input, errors)
            if not errors:
                await self.async_set_unique_id(local_unique_id(data[CONF_LOCAL_HOSTS]))
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

    async def _reconfigured_data(
        self,
        data: Mapping[str, Any],
        user_input: dict[str, Any],
        errors: dict[str, str],
    ) -> dict[str, Any]:
        """The entry data after the form, each server and key tested (errors name what failed)."""
        local = user_input[SECTION_LOCAL]
        host = {
            **data[CONF_LOCAL_HOSTS][0],
            CONF_URL: _url_or_error(local[CONF_URL], errors, SECTION_LOCAL),
            CONF_MODEL: local[CONF_MODEL],
        }
        if not errors:
            session = async_get_clientsession(self.hass)
            models = await _check(probe_local(session, host), errors, local=True)
            if not errors and host[CONF_MODEL] not in models:
                errors["base"] = "model_not_found"
        new = {**data, CONF_LOCAL_HOSTS: [host]}
        for backend in CLOUD:
            current = data.get(backend)
            values = user_input.get(backend if current else ADD_PREFIX + backend, {})
            new.pop(backend, None)
            if values.get(CONF_REMOVE):
                continue
            key = values.get(CONF_API_KEY) or (current or {}).get(CONF_API_KEY)
            if key and not errors:
                section_key = backend if current else ADD_PREFIX + backend
                new[backend] = await _probe_cloud(
                    self.hass,
                    backend,
                    {**values, CONF_API_KEY: key},
                    errors,
                    section_key,
                )
            elif current:
                new[backend] = current
        return new


def _reconfigure_schema(data: Mapping[str, Any]) -> vol.Schema:
    """Local server; per cloud backend a section to change or remove it, or (collapsed) to add it."""
    fields: dict[Any, Any] = {
        vol.Required(SECTION_LOCAL): section(
            vol.Schema(
                {
                    vol.Required(CONF_URL): URL_SELECTOR,
                    vol.Required(CONF_MODEL): TextSelector(),
                }
            )
        )
    }
    for backend, (_probe, model, base_url) in CLOUD.items():
        configured = bool(data.get(backend))
        cloud: dict[Any, Any] = {
            vol.Optional(CONF_API_KEY): KEY_SELECTOR,
            vol.Required(CONF_MODEL, default=model): TextSelector(),
            vol.Required(CONF_BASE_URL, default=base_url): URL_SELECTOR,
        }
        if configured:
            cloud[vol.Optional(CONF_REMOVE, default=False)] = BooleanSelector()
        key = backend if configured else ADD_PREFIX + backend
        fields[vol.Required(key)] = section(
            vol.Schema(cloud), {"collapsed": not configured}
        )
    return vol.Schema(fields)


def _reconfigure_values(data: Mapping[str, Any]) -> dict[str, Any]:
    host = data[CONF_LOCAL_HOSTS][0]
    values: dict[str, Any] = {
        SECTION_LOCAL: {CONF_URL: host[CONF_URL], CONF_MODEL: host[CONF_MODEL]}
    }
    for backend in CLOUD:
        if conf := data.get(backend):
            values[backend] = {
                CONF_MODEL: conf[CONF_MODEL],
                CONF_BASE_URL: conf[CONF_BASE_URL],
            }
    return values


class LocalServerSubentryFlow(
    LocalServerSteps[SubentryFlowContext, SubentryFlowResult, tuple[str, str]],
    ConfigSubentryFlow,
):
    """Add (or change) one more local server, tried after the first when it is down; tested like the first."""

    def __init__(self) -> None:
        """Start with nothing entered."""
        super().__init__()
        self._local: dict[str, Any] = {}
        self._local_models: list[str] = []

    async def async_step_reconfigure(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Change the server's URL, kind, key or model: the same two steps, the same test."""
        return await self.async_step_user(user_input)

    @property
    def _reconfiguring(self) -> bool:
        return self.source == SOURCE_RECONFIGURE

    def _local_suggestions(self) -> dict[str, Any]:
        if self._reconfiguring:
            return dict(self._get_reconfigure_subentry().data)
        return {}

    async def _local_duplicate(self) -> SubentryFlowResult | None:
        entry = self._get_entry()
        own = (
            self._get_reconfigure_subentry().subentry_id
            if self._reconfiguring
            else None
        )
        urls = [host[CONF_URL].lower() for host in entry.data[CONF_LOCAL_HOSTS]]
        urls += [
            str(sub.data[CONF_URL]).lower()
            for sub in entry.subentries.values()
            if sub.subentry_type == SUBENTRY_LOCAL_SERVER and sub.subentry_id != own
        ]
        if self._local[CONF_URL].lower() in urls:
            return self.async_abort(reason="already_configured")
        return None

    async def _local_server_added(self, host: dict[str, Any]) -> SubentryFlowResult:
        title = local_server_title(host)
        if self._reconfiguring:
            return self.async_update_and_abort(
                self._get_entry(),
                self._get_reconfigure_subentry(),
                title=title,
                data=host,
            )
        return self.async_create_entry(title=title, data=host)
