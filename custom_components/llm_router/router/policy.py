"""Where a turn came from (satellite, area, floor, person) and the policies that keep some origins local."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True, slots=True)
class Origin:
    """Who spoke and where: Home Assistant ids, any of them unknown (None)."""

    device_id: str | None = None
    satellite_id: str | None = None
    area_id: str | None = None
    floor_id: str | None = None
    person: str | None = None

    def as_dict(self) -> dict[str, str]:
        """The known parts, for traces, events and the dry run (ids only, never text)."""
        return {
            field.name: value
            for field in fields(self)
            if (value := getattr(self, field.name)) is not None
        }


NO_ORIGIN = Origin()

# Which policy kept a turn local (shown in traces, events and the dry run).
POLICY_LOCAL_AREA = "local_area"
POLICY_LOCAL_DEVICE = "local_device"
POLICY_LOCAL_PERSON = "local_person"
POLICY_CLOUD_AREAS = "cloud_areas"


@dataclass(frozen=True, slots=True)
class PolicyMatch:
    """A policy that applies to a turn: its key and why."""

    policy: str
    reason: str


@dataclass(frozen=True, slots=True)
class Policies:
    """Origins whose requests stay local; `cloud_areas` is an allow-list for Claude and Grok (empty: everywhere)."""

    local_areas: frozenset[str] = frozenset()
    local_devices: frozenset[str] = frozenset()
    local_people: frozenset[str] = frozenset()
    cloud_areas: frozenset[str] = frozenset()

    def keep_local(self, origin: Origin) -> PolicyMatch | None:
        """Return the first policy that keeps a turn from `origin` in the house, or None."""
        if origin.area_id is not None and origin.area_id in self.local_areas:
            return PolicyMatch(
                POLICY_LOCAL_AREA, f"area {origin.area_id} is kept local"
            )
        if origin.device_id is not None and origin.device_id in self.local_devices:
            return PolicyMatch(POLICY_LOCAL_DEVICE, "this satellite is kept local")
        if origin.person is not None and origin.person in self.local_people:
            return PolicyMatch(
                POLICY_LOCAL_PERSON, f"requests of {origin.person} stay local"
            )
        if self.cloud_areas and origin.area_id not in self.cloud_areas:
            where = (
                f"area {origin.area_id}" if origin.area_id else "a device without area"
            )
            return PolicyMatch(
                POLICY_CLOUD_AREAS,
                f"Claude and Grok only from {', '.join(sorted(self.cloud_areas))}, not from {where}",
            )
        return None


NO_POLICIES = Policies()
