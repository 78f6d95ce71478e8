"""The JSON Schemas of schemas/: packaged as checker.schemas when installed, read from the tree in a checkout."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path


@cache
def load_schema(name: str) -> dict:
    try:
        text = resources.files("checker.schemas").joinpath(name).read_text(encoding="utf-8")
    except ModuleNotFoundError:  # a source checkout (pytest, editable install): schemas/ beside checker/
        text = (Path(__file__).resolve().parents[1] / "schemas" / name).read_text(encoding="utf-8")
    return json.loads(text)
