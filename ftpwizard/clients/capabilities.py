"""What each FTP program does where servers differ, as data (plain Python, no Qt).

Each program's resources/clients/<id>.json ends with a "capabilities" object; every fact in it carries
its value, how sure we are and where it comes from::

    "capabilities": {
     "modes": ["passive", "active"],                  # the modes the program can be set to
     "default_mode": {"value": "passive", "confidence": "source", "source": "src/engine/..."},
     "passive_command": {"value": "epsv_first" | "pasv_first" | "epsv_ipv6_only", ...},
     "command_fallback": {"value": FALLBACK, ...},    # from the first passive command to the other one
     "mode_fallback": {"value": FALLBACK, ...},       # from passive to active or back
     "pasv_address": {"value": "ignores" | "ignores_unroutable" | "follows", ...},
     "tls_session_reuse": {"value": true | false | null, ...},
     "active_tls": {"value": true | false | null, ...},  # FTPS data connections work in active mode
     "connections": {"value": 1, ...},                # connections it opens at once by default
     "charset": {"value": "raw" | "utf8" | "utf8_or_local", ...},
     "parses_listing": {"value": true | false, ...},
     "options": [{"setting": "disable-epsv", "value": true, "changes": {"passive_command": "epsv_ipv6_only"},
                  "auto": false}]                     # settings that change a fact (used for fixes)
    }

FALLBACK is "never", "on_refusal" (the command is refused or its reply cannot be read),
"on_refusal_or_refused_connection" (also when the data connection is refused at once, not when it
times out) or "on_any_failure". A fact's value may be null: not known at all.

Confidence: "verified" (the real program was run here against a server behaving that way; the
source names the test), "source" (read in its source code), "docs" (its documentation) or
"unverified" (reports, inference). The UI says "probably" for what rests on an unverified fact.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

from ftpwizard.core.resources import resources_root

Confidence = Literal["verified", "source", "docs", "unverified"]
CONFIDENCES: tuple[str, ...] = ("verified", "source", "docs", "unverified")
PASSIVE_COMMANDS = ("epsv_first", "pasv_first", "epsv_ipv6_only")
FALLBACKS = ("never", "on_refusal", "on_refusal_or_refused_connection", "on_any_failure")
PASV_ADDRESS = ("ignores", "ignores_unroutable", "follows")
CHARSETS = ("raw", "utf8", "utf8_or_local")
MODES = ("passive", "active")

# Fact name -> allowed values (None = any value of the right type, checked below).
_FACT_VALUES: dict[str, tuple[Any, ...] | None] = {
    "default_mode": MODES,
    "passive_command": PASSIVE_COMMANDS,
    "command_fallback": FALLBACKS,
    "mode_fallback": FALLBACKS,
    "pasv_address": PASV_ADDRESS,
    "tls_session_reuse": (True, False),
    "active_tls": (True, False),
    "connections": None,
    "charset": CHARSETS,
    "parses_listing": (True, False),
}
FACT_NAMES: tuple[str, ...] = tuple(_FACT_VALUES)

class CapabilitiesError(ValueError):
    pass


@dataclass(frozen=True)
class Fact:
    value: Any  # None = not known
    confidence: Confidence
    source: str

    @property
    def known(self) -> bool:
        return self.value is not None

    @property
    def unverified(self) -> bool:
        return self.value is None or self.confidence == "unverified"


UNKNOWN = Fact(None, "unverified", "")


@dataclass(frozen=True)
class Option:
    """A setting of the program that changes one or more facts, e.g. curl's ``disable-epsv``."""

    setting: str
    value: Any
    changes: dict[str, Any]
    auto: bool = False  # ftpwizard can change it itself


@dataclass(frozen=True)
class Capabilities:
    program: str
    modes: tuple[str, ...]
    facts: dict[str, Fact]
    options: tuple[Option, ...] = field(default=())

    def fact(self, name: str) -> Fact:
        return self.facts.get(name, UNKNOWN)

    def value(self, name: str) -> Any:
        return self.fact(name).value

    def with_options(self, chosen: dict[str, Any]) -> Capabilities:
        """The facts as they are when the program's settings ``chosen`` ({setting: value}) are in force."""
        facts = dict(self.facts)
        for option in self.options:
            if option.setting in chosen and chosen[option.setting] == option.value:
                for name, value in option.changes.items():
                    old = facts.get(name, UNKNOWN)
                    facts[name] = Fact(value, old.confidence, old.source)
        return replace(self, facts=facts)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"modes": list(self.modes)}
        for name in FACT_NAMES:
            f = self.fact(name)
            out[name] = {"value": f.value, "confidence": f.confidence, "source": f.source}
        out["options"] = [{"setting": o.setting, "value": o.value, "changes": o.changes, "auto": o.auto}
                          for o in self.options]
        return out


def validate_capabilities(doc: Any) -> list[str]:
    """Problems in one "capabilities" object ([] = fine)."""
    if not isinstance(doc, dict):
        return ["capabilities: not an object"]
    problems = []
    modes = doc.get("modes")
    if not (isinstance(modes, list) and modes and all(m in MODES for m in modes)):
        problems.append("modes")
    for name, allowed in _FACT_VALUES.items():
        fact = doc.get(name)
        if not isinstance(fact, dict):
            problems.append(f"{name}: missing")
            continue
        if fact.get("confidence") not in CONFIDENCES:
            problems.append(f"{name}: confidence {fact.get('confidence')!r}")
        if not isinstance(fact.get("source"), str) or not fact["source"].strip():
            problems.append(f"{name}: source")
        value = fact.get("value")
        if value is None:
            if fact.get("confidence") != "unverified":
                problems.append(f"{name}: an unknown value must be marked unverified")
            continue
        if allowed is None:
            if not (isinstance(value, int) and not isinstance(value, bool) and value >= 1):
                problems.append(f"{name}: {value!r}")
        elif value not in allowed or (isinstance(value, bool) != isinstance(allowed[0], bool)):
            problems.append(f"{name}: {value!r}")
    for n, option in enumerate(doc.get("options", [])):
        if not (isinstance(option, dict) and isinstance(option.get("setting"), str) and "value" in option
                and isinstance(option.get("changes"), dict) and set(option["changes"]) <= set(_FACT_VALUES)):
            problems.append(f"options[{n}]")
    if isinstance(modes, list) and isinstance(doc.get("default_mode"), dict):
        default = doc["default_mode"].get("value")
        if default is not None and default not in modes:
            problems.append("default_mode: not one of modes")
    return problems


def parse_capabilities(program: str, doc: Any) -> Capabilities:
    problems = validate_capabilities(doc)
    if problems:
        raise CapabilitiesError(f"{program}: " + "; ".join(problems))
    facts = {name: Fact(doc[name]["value"], doc[name]["confidence"], doc[name]["source"]) for name in FACT_NAMES}
    options = tuple(Option(o["setting"], o["value"], dict(o["changes"]), bool(o.get("auto", False)))
                    for o in doc.get("options", []))
    return Capabilities(program, tuple(doc["modes"]), facts, options)


@cache
def load_capabilities(program: str) -> Capabilities:
    """The capabilities in resources/clients/<program>.json; CapabilitiesError when missing or malformed."""
    from ftpwizard.clients.programs import CLIENT_IDS  # every program of the registry has capabilities

    if program not in CLIENT_IDS:
        raise CapabilitiesError(f"no capabilities for {program!r}")
    path = resources_root() / "clients" / f"{program}.json"
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CapabilitiesError(f"{path}: {e}") from None
    if not isinstance(doc, dict) or "capabilities" not in doc:
        raise CapabilitiesError(f"{path}: no capabilities")
    return parse_capabilities(program, doc["capabilities"])
