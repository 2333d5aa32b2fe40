"""What our agent adds on top of Home Assistant's own Ollama agent, end to end, in a real Home Assistant.

One Home Assistant (the e2e harness: `python -m homeassistant --skip-pip`, onboarded over REST) gets
(a) the core `ollama` integration's conversation agent, configured as its form does (`think: false`), and
(b) the llm_router agent, both in front of the same emulated Ollama. For each scenario the two agents take
turns through `/api/conversation/process` (interleaved, order alternating per round, after a warm-up)
and the script prints the median and p95 latency of each and the ratio b/a:

- chat: "Tell me a joke." (fixed three-piece answer, zero latency; one model call each; ours routes it local);
- device command: "turn on the kitchen light" with a template light exposed to Assist. Ours answers it
  with the built-in intents and no model call; the core agent asks the model, which (scripted) calls
  the Assist API's HassTurnOn tool and then answers, as a real model would: two model calls;
- answer check: the chat turn through ours with the escalation switch off (a) and on (b): the check holds
  and judges every local answer before it is spoken; a passing answer should cost nothing (ratio <= 1.02);
- thinking model: the chat turn on a second emulated Ollama whose model has the `thinking` capability and
  thinks for `--thinking-tokens` tokens unless told `think: false`, every token (thinking and answer) at
  `--tokens-per-second`; both agents use that model with their default options.

    python benchmarks/agent_overhead.py [--requests N] [--warmup N] [--thinking-tokens N] [--tokens-per-second N]
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
import math
from pathlib import Path
import statistics
import tempfile
import time

from _env import (
    argument_parser,
    print_environment,
)  # also puts the repository on sys.path

from tests.e2e.harness import (
    KITCHEN_LIGHT,
    KITCHEN_LIGHT_CONFIGURATION,
    Emulators,
    HarnessError,
    HomeAssistantClient,
    add_router_entry,
    router_flow_steps,
    running_home_assistant,
    wait_for,
)
from tests.emulators.ollama import THINKING_MODEL, OllamaEmulator

MODEL = "llama3.2:3b"
CHAT_TEXT = "Tell me a joke."
DEVICE_TEXT = "turn on the kitchen light"
TURN_ON_TOOL = (
    "intent__HassTurnOn"  # the Assist API's tool name as the core agent offers it
)
JOKE = "Why did the smart bulb break up with the switch? It felt constantly turned off and on again."
ANSWER_TOKENS = 40
ESCALATION_SWITCH = "switch.hybrid_llm_router_escalation"


@dataclass(frozen=True)
class Agent:
    """One conversation agent under test, and how to prepare the emulator before each of its turns."""

    label: str
    agent_id: str
    before_turn: Callable[[], None] = lambda: None


@dataclass
class Series:
    """Latencies (ms) of one agent in one scenario, and the model calls its turns made."""

    agent: Agent
    latencies_ms: list[float]
    model_calls: int = 0

    @property
    def median(self) -> float:
        """Median latency."""
        return statistics.median(self.latencies_ms)

    @property
    def p95(self) -> float:
        """95th percentile latency (nearest rank)."""
        ordered = sorted(self.latencies_ms)
        return ordered[math.ceil(0.95 * len(ordered)) - 1]


def add_core_ollama_agent(client: HomeAssistantClient, url: str, model: str) -> str:
    """Set up Home Assistant's own ollama integration with a conversation agent; return its entity id.

    The subentry is answered as its form submits it untouched: the think switch off (`think: false`).
    """
    before = set(client.entity_ids("ollama").values())
    entry = client.flow("ollama", [{"url": url}])
    if entry.get("type") != "create_entry":
        raise HarnessError(f"ollama flow did not create an entry: {entry}")
    entry_id = entry["result"]["entry_id"]
    answer = {
        "name": f"Ollama {model}",
        "model": model,
        "llm_hass_api": ["assist"],
        "think": False,
    }
    subentry = client.flow([entry_id, "conversation"], [answer], kind="subentries")
    if subentry.get("type") != "create_entry":
        raise HarnessError(f"ollama conversation subentry was not created: {subentry}")

    def agent_entity() -> str | None:
        ids = set(client.entity_ids("ollama").values()) - before
        return next(
            (entity_id for entity_id in ids if entity_id.startswith("conversation.")),
            None,
        )

    return wait_for(agent_entity, 30, "the ollama conversation entity", interval=0.3)


def run_scenario(
    client: HomeAssistantClient,
    ollama: OllamaEmulator,
    text: str,
    agents: list[Agent],
    requests: int,
    warmup: int,
) -> list[Series]:
    """Warm up, then time `requests` turns per agent, interleaved (order alternates every round)."""
    series = [Series(agent, []) for agent in agents]
    for _ in range(warmup):
        for agent in agents:
            agent.before_turn()
            client.converse(text, agent_id=agent.agent_id)
    for round_ in range(requests):
        for one in series if round_ % 2 == 0 else series[::-1]:
            one.agent.before_turn()
            calls_before = len(ollama.chat_requests)
            started = time.perf_counter()
            client.converse(text, agent_id=one.agent.agent_id)
            one.latencies_ms.append((time.perf_counter() - started) * 1000)
            one.model_calls += len(ollama.chat_requests) - calls_before
    return series


def print_scenario(title: str, series: list[Series]) -> None:
    """Print one scenario's table and the ratio b/a."""
    first, second = series
    print(f"-- {title}: {len(first.latencies_ms)} requests per agent")
    print(f"{'agent':<36} {'median ms':>10} {'p95 ms':>10} {'model calls/turn':>17}")
    for one in series:
        calls = one.model_calls / len(one.latencies_ms)
        print(
            f"{one.agent.label:<36} {one.median:>10.1f} {one.p95:>10.1f} {calls:>17.2f}"
        )
    print(
        f"{'ratio b/a':<36} {second.median / first.median:>10.2f} {second.p95 / first.p95:>10.2f}"
    )
    print()


def main() -> None:
    """Start everything, run both scenarios, print the tables; stop everything."""
    parser = argument_parser(__doc__)
    parser.add_argument(
        "--requests",
        type=int,
        default=100,
        help="timed requests per agent and scenario",
    )
    parser.add_argument(
        "--warmup", type=int, default=5, help="untimed requests per agent first"
    )
    parser.add_argument(
        "--thinking-tokens",
        type=int,
        default=150,
        help="tokens the thinking model thinks unless told not to",
    )
    parser.add_argument(
        "--tokens-per-second",
        type=float,
        default=50.0,
        help="the thinking model's generation speed",
    )
    args = parser.parse_args()

    print_environment(
        "agent_overhead: HA's ollama agent (a) vs llm_router routed local (b)"
    )
    emulators = Emulators.start()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="agent-overhead-") as config_dir,
            running_home_assistant(
                Path(config_dir), extra_configuration=KITCHEN_LIGHT_CONFIGURATION
            ) as (_, client),
        ):
            core_agent = add_core_ollama_agent(client, emulators.ollama.url, MODEL)
            ours = add_router_entry(client, router_flow_steps(emulators)).agent_id
            decision = client.call_service("llm_router", "route", {"text": CHAT_TEXT})
            print(
                f"agents: (a) {core_agent}, (b) {ours}; ours routes {CHAT_TEXT!r} to {decision['route']}"
            )
            print(
                f"emulated Ollama: model {MODEL}, answer {emulators.ollama.default_text!r} in 3 pieces, no latency"
            )
            print()

            chat = [
                Agent("(a) HA ollama agent", core_agent),
                Agent("(b) llm_router, routed local", ours),
            ]
            print_scenario(
                f"chat turn {CHAT_TEXT!r}",
                run_scenario(
                    client,
                    emulators.ollama,
                    CHAT_TEXT,
                    chat,
                    args.requests,
                    args.warmup,
                ),
            )

            def escalation(state: str) -> Callable[[], None]:
                return lambda: client.request(
                    "POST",
                    f"/api/services/switch/turn_{state}",
                    json={"entity_id": ESCALATION_SWITCH},
                )

            check = [
                Agent("(a) llm_router, answer check off", ours, escalation("off")),
                Agent("(b) llm_router, answer check on", ours, escalation("on")),
            ]
            print_scenario(
                f"answer check, chat turn {CHAT_TEXT!r} (passes the check)",
                run_scenario(
                    client,
                    emulators.ollama,
                    CHAT_TEXT,
                    check,
                    args.requests,
                    args.warmup,
                ),
            )

            def tool_call_then_answer() -> None:
                emulators.loop.call(
                    lambda: emulators.ollama.reply_tool_call(
                        TURN_ON_TOOL, {"name": "Kitchen light", "domain": ["light"]}
                    )
                )
                emulators.script_reply(emulators.ollama, "Turned on the kitchen light.")

            device = [
                Agent(
                    "(a) HA ollama agent (tool call)", core_agent, tool_call_then_answer
                ),
                Agent("(b) llm_router, built-in intents", ours),
            ]
            print_scenario(
                f"device command {DEVICE_TEXT!r}",
                run_scenario(
                    client,
                    emulators.ollama,
                    DEVICE_TEXT,
                    device,
                    args.requests,
                    args.warmup,
                ),
            )
            last = emulators.ollama.chat_requests[-1].json["messages"]
            tool_results = [
                message["content"] for message in last if message["role"] == "tool"
            ]
            print(
                f"the core agent's last model call carried the tool result: {tool_results[-1][:120] if tool_results else 'NONE'}"
            )
            print(
                f"{KITCHEN_LIGHT} is {client.state(KITCHEN_LIGHT)['state']} after the runs"
            )
            print()
            run_thinking_scenario(client, emulators, args)
    finally:
        emulators.close()


def run_thinking_scenario(
    client: HomeAssistantClient, emulators: Emulators, args: argparse.Namespace
) -> None:
    """The chat turn on a thinking-capable model at a fixed token rate, each agent with its defaults."""
    thinking = emulators.loop.start(OllamaEmulator())

    def pace() -> None:
        thinking.thinking_tokens = args.thinking_tokens
        thinking.token_interval = 1 / args.tokens_per_second

    emulators.loop.call(pace)
    core_agent = add_core_ollama_agent(client, thinking.url, THINKING_MODEL)
    steps = router_flow_steps(emulators, model=THINKING_MODEL)
    steps[0] = {"url": thinking.url, "server_type": "ollama"}
    ours = add_router_entry(client, steps).agent_id
    print(
        f"thinking model: {THINKING_MODEL} on a second emulated Ollama, {args.thinking_tokens} thinking "
        f"tokens unless think: false, answers of {ANSWER_TOKENS} tokens, {args.tokens_per_second:g} tokens/s"
    )

    def answer() -> None:
        emulators.script_reply(thinking, JOKE, deltas=ANSWER_TOKENS)

    agents = [
        Agent("(a) HA ollama agent (think: false)", core_agent, answer),
        Agent("(b) llm_router, routed local", ours, answer),
    ]
    print_scenario(
        f"chat turn {CHAT_TEXT!r} on a thinking model",
        run_scenario(client, thinking, CHAT_TEXT, agents, args.requests, args.warmup),
    )
    sent = {
        str(request.json.get("think", "absent")) for request in thinking.chat_requests
    }
    print(f"think sent to the thinking model: {', '.join(sorted(sent))}")


if __name__ == "__main__":
    main()
