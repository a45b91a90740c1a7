"""ftpwizard's prediction for the real curl and lftp, run inside the lab's client namespace.

Probes the lab server with ftpwizard's own engine (as ``ftpwizard probe`` does, with the same options),
then predicts each program setting of lab_programs.SETTINGS with ftpwizard/clients/outcome.py. Prints::

    {"verdict": str, "findings": [str], "params": {...},
     "predicted": {label: outcome},            # from the probe's own findings
     "predicted_declared": {label: outcome}}   # with --add-findings/--add-params added to them

``--add-findings`` stands in for findings the probe does not make yet (issue 14 section 1 not merged).
Password on stdin (one line).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from lab_programs import SETTINGS

from ftpwizard.clients.capabilities import load_capabilities
from ftpwizard.clients.outcome import ProgramSetting, ServerFacts, predict_outcome
from ftpwizard.core.diagnosis.run import probe_and_diagnose
from ftpwizard.core.probe.engine import ProbeOptions
from ftpwizard.core.probe.target import parse_target, strip_line_end


def predictions(facts: ServerFacts) -> dict[str, str]:
    return {label: predict_outcome(facts, load_capabilities(s.program), ProgramSetting(s.mode)).outcome
            for label, s in SETTINGS.items()}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("host")
    parser.add_argument("--user", required=True)
    parser.add_argument("--tls", choices=("none", "explicit"), default="none")
    parser.add_argument("--accept-certificate")
    parser.add_argument("--add-findings", default="", help="comma-separated finding codes")
    parser.add_argument("--add-params", default="{}", help="a JSON object")
    args = parser.parse_args()
    target = parse_target(args.host, tls=None if args.tls == "none" else args.tls)
    target = target.with_credentials(user=args.user, password=strip_line_end(sys.stdin.readline()))
    result = probe_and_diagnose(target, ProbeOptions(accept_certificate=args.accept_certificate))
    assert result.verdict is not None
    found = list(result.verdict.findings)
    added = [code for code in args.add_findings.split(",") if code]
    params: dict[str, Any] = {**result.verdict.params, **json.loads(args.add_params)}
    print(json.dumps({
        "verdict": result.verdict.code,
        "findings": found,
        "params": result.verdict.params,
        "predicted": predictions(ServerFacts.from_probe(result)),
        "predicted_declared": predictions(ServerFacts.from_probe(result, [*found, *added], params)),
    }, default=str))


if __name__ == "__main__":
    main()
