from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import jsonschema
import pytest

ROOT = Path(__file__).resolve().parents[1]
# the shared corpus beside the checkout, or where CREDITCHECK_SHARED says (a worktree elsewhere)
SHARED = Path(os.environ.get("CREDITCHECK_SHARED") or ROOT.parent / "shared")
SAMPLES = ROOT / "samples"
SEED = SAMPLES / "000_85d62e7489292776.txt"

# Test-data generators live with the benchmarks (bench/synth.py), outside the package.
sys.path.insert(0, str(ROOT / "bench"))
# What runs keep between runs (checker/toml_cache.py) goes to a folder of this test session's, in this process and
# in every command it starts, never to the user's cache.
os.environ["CREDITCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="creditcheck-test-cache-")


@pytest.fixture(scope="session")
def audit_validator() -> jsonschema.Draft202012Validator:
    schema = json.loads((ROOT / "schemas" / "audit.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )
