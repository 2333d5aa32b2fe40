"""Constants of the Hybrid LLM Router integration."""

from __future__ import annotations

import logging
from typing import Any, Final

from homeassistant.helpers import llm

DOMAIN: Final = "llm_router"
LOGGER = logging.getLogger(__package__)

# Config entry data
CONF_LOCAL_HOSTS: Final = "local_hosts"
CONF_URL: Final = "url"
CONF_SERVER_TYPE: Final = "server_type"
CONF_MODEL: Final = "model"
CONF_API_KEY: Final = "api_key"
CONF_BASE_URL: Final = "base_url"
CONF_CLAUDE: Final = "claude"
CONF_GROK: Final = "grok"
CONF_REMOVE: Final = "remove"
# Subentry type of each local server after the first
SUBENTRY_LOCAL_SERVER: Final = "local_server"

SERVER_OLLAMA: Final = "ollama"
SERVER_OPENAI: Final = "openai"

DEFAULT_LOCAL_URL: Final = "http://localhost:11434"
DEFAULT_CLAUDE_URL: Final = "https://api.anthropic.com"
DEFAULT_GROK_URL: Final = "https://api.x.ai/v1"
DEFAULT_CLAUDE_MODEL: Final = "claude-sonnet-4-6"
DEFAULT_GROK_MODEL: Final = "grok-4-1-fast-non-reasoning"

# Backend names, as used by the ledger, sensors and services
BACKEND_LOCAL: Final = "local"
BACKEND_CLAUDE: Final = "claude"
BACKEND_GROK: Final = "grok"
CLOUD_BACKENDS: Final = (BACKEND_CLAUDE, BACKEND_GROK)

# Options
CONF_PREFER_BUILTIN_INTENTS: Final = "prefer_builtin_intents"
CONF_LLM_API_LOCAL: Final = "llm_api_local"
CONF_LLM_API_REASONING: Final = "llm_api_reasoning"
CONF_LLM_API_SEARCH: Final = "llm_api_search"
CONF_PROMPT: Final = "prompt"
CONF_ANSWER_STYLE: Final = "answer_style"
CONF_ROUTING_RULES: Final = "routing_rules"
CONF_HOUSEHOLD_NAMES: Final = "household_names"
CONF_REDACT_CLOUD: Final = "redact_cloud"
CONF_FALLBACK_LOCAL_DOWN: Final = "fallback_local_down"
CONF_RESET_DAY: Final = "budget_reset_day"
CONF_PRICE_OVERRIDES: Final = "price_overrides"
CONF_CONNECT_TIMEOUT: Final = "connect_timeout"
CONF_FIRST_TOKEN_TIMEOUT: Final = "first_token_timeout"
CONF_IDLE_TIMEOUT: Final = "idle_timeout"
CONF_ANSWER_TIMEOUT: Final = "answer_timeout"
CONF_LOCAL_THINK: Final = "local_think"
CONF_NUM_CTX: Final = "num_ctx"
CONF_KEEP_ALIVE: Final = "keep_alive"
CONF_MAX_TOOL_ITERATIONS: Final = "max_tool_iterations"
CONF_EMBEDDING_MODEL: Final = "embedding_model"
CONF_LOCAL_AREAS: Final = "local_areas"
CONF_LOCAL_DEVICES: Final = "local_devices"
CONF_LOCAL_PEOPLE: Final = "local_people"
CONF_CLOUD_AREAS: Final = "cloud_areas"
# Models and timeouts: the optional fast model of each cloud backend (a model tier beside the main one).
CONF_CLAUDE_FAST_MODEL: Final = "claude_fast_model"
CONF_GROK_FAST_MODEL: Final = "grok_fast_model"
# Budgets and prices: the local server's power and electricity price, and the home currency per US dollar.
CONF_LOCAL_POWER_W: Final = "local_power_watts"
CONF_ENERGY_PRICE: Final = "energy_price"
CONF_ENERGY_PRICE_ENTITY: Final = "energy_price_entity"
CONF_USD_RATE: Final = "usd_rate"
CONF_USD_RATE_ENTITY: Final = "usd_rate_entity"
CONF_STRONG_LOCAL_MODEL: Final = "strong_local_model"
CONF_STRONG_LOCAL_URL: Final = "strong_local_url"
CONF_ESCALATION_CHAIN: Final = "escalation_chain"

STYLE_SHORT: Final = "short"
STYLE_NORMAL: Final = "normal"
STYLE_DETAILED: Final = "detailed"

FALLBACK_REASONING_SEARCH: Final = "reasoning_then_search"
FALLBACK_SEARCH_REASONING: Final = "search_then_reasoning"
FALLBACK_NONE: Final = "none"

# Where a local answer that fails its check goes next (the escalation switch turns it off).
ESCALATION_AUTO: Final = "strong_local_then_cloud"
ESCALATION_STRONG_LOCAL: Final = "strong_local_only"
ESCALATION_CLOUD: Final = "cloud_only"
ESCALATION_REASONING: Final = "strong_local_then_reasoning"
ESCALATION_SEARCH: Final = "strong_local_then_search"

# The default of every option (the options flow shows each one in a section).
DEFAULT_OPTIONS: Final[dict[str, Any]] = {
    CONF_PREFER_BUILTIN_INTENTS: True,
    CONF_LLM_API_LOCAL: [llm.LLM_API_ASSIST],
    CONF_LLM_API_REASONING: [llm.LLM_API_ASSIST],
    CONF_LLM_API_SEARCH: [],
    CONF_PROMPT: llm.DEFAULT_INSTRUCTIONS_PROMPT,
    CONF_ANSWER_STYLE: STYLE_SHORT,
    CONF_ROUTING_RULES: "",
    CONF_HOUSEHOLD_NAMES: "",
    CONF_REDACT_CLOUD: False,
    CONF_FALLBACK_LOCAL_DOWN: FALLBACK_REASONING_SEARCH,
    CONF_RESET_DAY: 1,
    CONF_PRICE_OVERRIDES: "",
    CONF_CONNECT_TIMEOUT: 5.0,
    CONF_FIRST_TOKEN_TIMEOUT: 30.0,
    CONF_IDLE_TIMEOUT: 10.0,
    CONF_ANSWER_TIMEOUT: 120.0,
    CONF_LOCAL_THINK: False,
    CONF_NUM_CTX: 8192,
    CONF_KEEP_ALIVE: -1,
    CONF_MAX_TOOL_ITERATIONS: 8,
    CONF_EMBEDDING_MODEL: "",
    CONF_LOCAL_AREAS: [],
    CONF_LOCAL_DEVICES: [],
    CONF_LOCAL_PEOPLE: [],
    CONF_CLOUD_AREAS: [],
    CONF_CLAUDE_FAST_MODEL: "",
    CONF_GROK_FAST_MODEL: "",
    CONF_LOCAL_POWER_W: 0.0,
    CONF_ENERGY_PRICE: 0.0,
    CONF_ENERGY_PRICE_ENTITY: "",
    CONF_USD_RATE: 1.0,
    CONF_USD_RATE_ENTITY: "",
    CONF_STRONG_LOCAL_MODEL: "",
    CONF_STRONG_LOCAL_URL: "",
    CONF_ESCALATION_CHAIN: ESCALATION_AUTO,
}

# Routing mode (select entity): "auto" lets the router decide; the others force a route for non-private text.
ROUTING_MODE_AUTO: Final = "auto"
ROUTING_MODE_LOCAL_ONLY: Final = "local_only"
ROUTING_MODE_REASONING: Final = "reasoning"
ROUTING_MODE_SEARCH: Final = "search"

# The route a turn takes when Home Assistant's built-in intents answer it (no model call).
ROUTE_BUILTIN = "builtin"
# Vendors bill in US dollars; the ledger keeps that currency.
CURRENCY_USD = "USD"
