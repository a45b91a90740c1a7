"""The report as JSON: exactly the object of ``ftpwizard probe --json`` plus the environment.

The probe's keys stay where they are (a script that reads ``ftpwizard probe --json`` reads a report too);
the report adds ``report_schema``, ``environment``, ``clients`` and (when judged) ``programs``.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from ftpwizard.core.probe.serialize import to_dict
from ftpwizard.present.report import facts as F
from ftpwizard.present.report.model import Report, scrub

REPORT_SCHEMA = "ftpwizard.present.report/1"


def to_report_dict(report: Report, lang: str = "en", translate: Callable[[str, str], str] | None = None) -> dict[str, Any]:
    words = F.verdict_text(report, F.words_for(lang, translate))
    data = to_dict(report.result, words.headline if words else "")
    env = report.environment
    data["report_schema"] = REPORT_SCHEMA
    data["environment"] = {
        "created_at": env.created_at,
        "ftpwizard_version": env.app_version,
        "os": {"name": env.os_name, "version": env.os_version},
        "local_addresses": [
            {"address": a.address, "class": a.kind, "private": a.private} for a in env.local_addresses
        ],
    }
    data["clients"] = report.clients
    if report.programs is not None:  # the same list as ``ftpwizard probe --json`` "programs"
        data["programs"] = [p.to_json() for p in report.programs]
    return data


def to_json(report: Report, lang: str = "en", translate: Callable[[str, str], str] | None = None) -> str:
    # Masked value by value (not in the finished text), so the JSON stays valid whatever the password is.
    data = scrub(to_report_dict(report, lang, translate), report.redact)
    return json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n"
