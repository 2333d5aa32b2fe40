"""The integration's repair issues: a missing local model, a spent budget, an unreadable or too new ledger.

None of them is fixable from the repairs dashboard; each names what the user can do in its description.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant, callback
from homeassistant.helpers import issue_registry as ir

from .const import DOMAIN
from .credentials import without_credentials


@callback
def _set_issue(
    hass: HomeAssistant,
    issue_id: str,
    active: bool,
    *,
    translation_key: str,
    placeholders: dict[str, str],
    severity: ir.IssueSeverity = ir.IssueSeverity.WARNING,
) -> None:
    """Raise the issue while `active`, remove it otherwise."""
    if not active:
        ir.async_delete_issue(hass, DOMAIN, issue_id)
        return
    ir.async_create_issue(
        hass,
        DOMAIN,
        issue_id,
        is_fixable=False,
        severity=severity,
        translation_key=translation_key,
        translation_placeholders={
            name: without_credentials(value) for name, value in placeholders.items()
        },
    )


@callback
def async_update_model_missing(
    hass: HomeAssistant, entry_id: str, key: str, *, present: bool, model: str, url: str
) -> None:
    """While a local server answers but lacks the configured model."""
    _set_issue(
        hass,
        without_credentials(f"model_missing_{entry_id}_{key}"),
        not present,
        translation_key="model_missing",
        placeholders={"model": model, "url": url},
        severity=ir.IssueSeverity.ERROR,
    )


@callback
def async_update_budget_exhausted(
    hass: HomeAssistant, entry_id: str, scope: str, cap: float | None, *, spent: bool
) -> None:
    """While a budget scope is spent for the current budget month."""
    _set_issue(
        hass,
        f"budget_exhausted_{entry_id}_{scope}",
        spent,
        translation_key="budget_exhausted",
        placeholders={"scope": scope, "cap": f"{cap or 0.0:.2f}"},
    )


@callback
def async_create_store_corrupted(
    hass: HomeAssistant, entry_id: str, detail: str
) -> None:
    """The saved ledger could not be read; a new one was started."""
    _set_issue(
        hass,
        f"store_corrupted_{entry_id}",
        True,
        translation_key="store_corrupted",
        placeholders={"detail": detail},
    )


@callback
def async_create_store_too_new(
    hass: HomeAssistant, entry_id: str, found: int, supported: int
) -> None:
    """The saved ledger was written by a newer version of the integration."""
    _set_issue(
        hass,
        f"store_too_new_{entry_id}",
        True,
        translation_key="store_too_new",
        placeholders={"found": str(found), "supported": str(supported)},
    )


@callback
def async_delete_entry_issues(hass: HomeAssistant, entry_id: str) -> None:
    """Remove every issue of a removed entry: they name its servers, budgets and ledger, which are gone."""
    registry = ir.async_get(hass)
    for domain, issue_id in list(registry.issues):
        if domain == DOMAIN and entry_id in issue_id:
            ir.async_delete_issue(hass, DOMAIN, issue_id)
