"""Origin policies and rule conditions in the pure router: what outranks what, and clear rule errors."""

from __future__ import annotations

import pytest

from custom_components.llm_router.router import (
    Availability,
    Origin,
    Policies,
    Route,
    RouterSettings,
    RulesError,
    compile_rules,
    decide,
)

KIDS = Origin(device_id="dev-kids", area_id="kids_room", floor_id="upstairs")
OFFICE = Origin(
    device_id="dev-office",
    satellite_id="assist_satellite.office",
    area_id="office",
    person="person.anna",
)
ASK_CLAUDE = "ask Claude to write a poem about autumn"


def _settings(**policies: frozenset[str]) -> RouterSettings:
    return RouterSettings(policies=Policies(**policies))


def test_policy_outranks_spoken_override_and_forced_route() -> None:
    settings = _settings(local_areas=frozenset({"kids_room"}))
    spoken = decide(ASK_CLAUDE, settings=settings, origin=KIDS)
    forced = decide(
        "tell me a joke", settings=settings, origin=KIDS, forced_route=Route.SEARCH
    )
    for decision, asked in ((spoken, Route.REASONING), (forced, Route.SEARCH)):
        assert (decision.route, decision.source, decision.policy) == (
            Route.LOCAL,
            "policy",
            "local_area",
        )
        assert decision.overruled is asked
    assert decide(ASK_CLAUDE, settings=settings, origin=OFFICE).route is Route.REASONING


def test_policy_without_an_asked_route_has_nothing_to_overrule() -> None:
    decision = decide(
        "write a python script that renames photos by date",
        settings=_settings(local_people=frozenset({"person.anna"})),
        origin=OFFICE,
    )
    assert (decision.route, decision.policy, decision.overruled) == (
        Route.LOCAL,
        "local_person",
        None,
    )


def test_privacy_still_outranks_the_policy() -> None:
    decision = decide(
        "what is the wifi password",
        settings=_settings(local_areas=frozenset({"kids_room"})),
        origin=KIDS,
    )
    assert (decision.private, decision.source, decision.policy) == (
        True,
        "privacy",
        None,
    )


def test_kept_local_is_blocked_not_sent_to_the_cloud_when_local_is_down() -> None:
    decision = decide(
        "tell me a joke",
        settings=_settings(local_devices=frozenset({"dev-kids"})),
        origin=KIDS,
        availability=Availability(healthy={Route.LOCAL: False}, within_budget={}),
    )
    assert (decision.route, decision.blocked, decision.fallback_chain) == (
        Route.LOCAL,
        True,
        (),
    )


@pytest.mark.parametrize(
    ("origin", "allowed"),
    [(OFFICE, True), (KIDS, False), (Origin(), False)],
)
def test_cloud_allow_list(origin: Origin, allowed: bool) -> None:
    decision = decide(
        ASK_CLAUDE, settings=_settings(cloud_areas=frozenset({"office"})), origin=origin
    )
    assert (decision.route is Route.REASONING) is allowed
    assert decision.policy == (None if allowed else "cloud_areas")


def test_rule_conditions_combine_with_keywords() -> None:
    rules = compile_rules(
        "- area: office\n  match: [poem]\n  route: reasoning\n"
        "- person: anna\n  route: search\n"
        "- satellite: [assist_satellite.office]\n  match: [diary]\n  private: true\n"
        "- floor: upstairs\n  route: local\n"
    )
    settings = RouterSettings(rules=rules)
    assert decide("a poem please", settings=settings, origin=OFFICE).route is (
        Route.REASONING
    )
    assert decide("a poem please", settings=settings).source == "classifier"
    anna = Origin(person="person.anna")
    assert decide("how tall is a giraffe", settings=settings, origin=anna).route is (
        Route.SEARCH
    )
    assert decide("read my diary", settings=settings, origin=OFFICE).private
    assert not decide("read my diary", settings=settings, origin=KIDS).private
    upstairs = decide(
        "write a long story about dragons", settings=settings, origin=KIDS
    )
    assert (upstairs.route, upstairs.source) == (Route.LOCAL, "rule")


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        (
            "- match: [x]\n  route: local\n- area: []\n  route: local\n",
            "rule 2 (line 3): field 'area' must be an id or a non-empty list of ids",
        ),
        (
            "- person: [anna, 3]\n  route: local\n",
            "rule 1 (line 1): field 'person' must be an id",
        ),
        ("- room: office\n  route: local\n", "unknown field 'room'"),
        ("- floor: upstairs\n", "rule 1 (line 1): needs 'route'"),
    ],
)
def test_condition_errors_name_rule_line_and_field(
    yaml_text: str, message: str
) -> None:
    with pytest.raises(RulesError) as caught:
        compile_rules(yaml_text)
    assert message in str(caught.value)


def test_origin_as_dict_lists_only_what_is_known() -> None:
    assert KIDS.as_dict() == {
        "device_id": "dev-kids",
        "area_id": "kids_room",
        "floor_id": "upstairs",
    }
    assert Origin().as_dict() == {}
