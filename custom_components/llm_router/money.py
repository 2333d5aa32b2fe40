"""The home's currency and electricity price: numbers from the options, or sensors that win while they are numeric."""

from __future__ import annotations

from dataclasses import dataclass

from homeassistant.core import HomeAssistant

from .const import (
    CONF_ENERGY_PRICE,
    CONF_ENERGY_PRICE_ENTITY,
    CONF_LOCAL_POWER_W,
    CONF_USD_RATE,
    CONF_USD_RATE_ENTITY,
    CURRENCY_USD,
)
from .entry_options import Settings

SECONDS_PER_HOUR = 3600
WATT_HOURS_PER = {"wh": 1.0, "kwh": 1000.0, "mwh": 1_000_000.0}


@dataclass(frozen=True, slots=True)
class Rate:
    """Units of the home currency per US dollar now, and where the number came from."""

    currency: str
    per_usd: float
    source: str  # "USD", "option" or the sensor's entity id


def _sensor_number(hass: HomeAssistant, entity_id: str) -> tuple[float, str] | None:
    """A sensor's numeric state and unit, None when it has none (unavailable, unknown, text)."""
    if not entity_id or (state := hass.states.get(entity_id)) is None:
        return None
    try:
        value = float(state.state)
    except ValueError:
        return None
    return value, str(state.attributes.get("unit_of_measurement") or "")


def usd_rate(hass: HomeAssistant, settings: Settings) -> Rate:
    """The rate to convert a booking made now: 1 for a home in USD, else the sensor or the option."""
    currency = hass.config.currency
    if currency == CURRENCY_USD:
        return Rate(currency, 1.0, CURRENCY_USD)
    entity_id = settings.text(CONF_USD_RATE_ENTITY)
    if (sensor := _sensor_number(hass, entity_id)) is not None and sensor[0] > 0:
        return Rate(currency, sensor[0], entity_id)
    return Rate(currency, settings.number(CONF_USD_RATE), "option")


def energy_price_per_kwh(hass: HomeAssistant, settings: Settings) -> float:
    """Electricity price in the home currency per kWh: the sensor (per Wh, kWh or MWh) or the option."""
    entity_id = settings.text(CONF_ENERGY_PRICE_ENTITY)
    if (sensor := _sensor_number(hass, entity_id)) is not None:
        value, unit = sensor
        per = unit.rsplit("/", 1)[-1].strip().lower() if "/" in unit else "kwh"
        return value * WATT_HOURS_PER["kwh"] / WATT_HOURS_PER.get(per, 1000.0)
    return settings.number(CONF_ENERGY_PRICE)


def local_energy_cost(hass: HomeAssistant, settings: Settings, busy_s: float) -> float:
    """What the local server's electricity for busy_s seconds of answering cost, in the home currency."""
    watts = settings.number(CONF_LOCAL_POWER_W)
    if watts <= 0 or busy_s <= 0:
        return 0.0
    kwh = watts * busy_s / SECONDS_PER_HOUR / WATT_HOURS_PER["kwh"]
    return kwh * energy_price_per_kwh(hass, settings)
