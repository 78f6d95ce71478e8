"""The publisher's policy: creditcheck.toml or [tool.creditcheck] in pyproject.toml.

Found upward from the first input path (or given with --config), validated against schemas/config.schema.json,
and turned into typed settings: licences per agency, extra agencies and aliases, required credit formats,
rule severities, and HTML selectors.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

import jsonschema
from pydantic import BaseModel, ConfigDict, Field

from checker.credits.registry import Agency, Registry, default_registry
from checker.readers.html.reader import HtmlSelectors
from checker.schemas_path import load_schema

CONFIG_NAMES = ("creditcheck.toml", "pyproject.toml")


class ConfigError(Exception):
    """A policy file that cannot be used; the message names the file and every problem in it."""


class LicencePeriod(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    start: dt.date | None = None
    end: dt.date | None = None
    notes: str | None = None
    fee_per_image: float | None = None  # what the agency charges for one image: prices unlicensed use
    currency: str | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid")

    source: str | None = None  # the file it came from
    licences: dict[str, list[LicencePeriod]] = Field(default_factory=dict)
    agencies: dict[str, dict] = Field(default_factory=dict)
    credit_format: dict[str, str] = Field(default_factory=dict)
    rules: dict[str, str] = Field(default_factory=dict)
    html: HtmlSelectors = Field(default_factory=HtmlSelectors)

    @property
    def judges_licences(self) -> bool:
        return bool(self.licences)

    def fee(self, agency: str) -> tuple[float, str | None] | None:
        """The agency's fee per image and its currency: the last of its licence periods that states one."""
        stated = [p for p in self.licences.get(agency, ()) if p.fee_per_image is not None]
        return (stated[-1].fee_per_image or 0.0, stated[-1].currency) if stated else None

    def severity(self, code: str, name: str, default: str) -> str | None:
        """The severity a rule reports at under this policy; None when the policy turns it off."""
        setting = self.rules.get(code, self.rules.get(name, default))
        return None if setting == "off" else setting

    def registry(self) -> Registry:
        """agencies.toml with the policy's agencies added and its aliases merged in."""
        base = default_registry()
        if not self.agencies:
            return base
        merged = {agency_id: agency.model_dump() for agency_id, agency in base.agencies.items()}
        for agency_id, extra in self.agencies.items():
            if agency_id in merged:
                entry = merged[agency_id]
                entry["aliases"] = (*entry["aliases"], *extra.get("aliases", ()))
                entry.update({k: v for k, v in extra.items() if k != "aliases"})
            else:
                merged[agency_id] = {"id": agency_id, "name": extra.get("name", agency_id), **extra}
        return Registry([Agency(**entry) for entry in merged.values()])


def discover(start: Path) -> Path | None:
    """The nearest creditcheck.toml, or pyproject.toml with a [tool.creditcheck] table, at or above start."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for candidate_folder in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = candidate_folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        return "creditcheck" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load(path: Path) -> Policy:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("creditcheck", {})
    return from_mapping(data, str(path))


def from_mapping(data: dict, source: str = "<policy>") -> Policy:
    plain = _dates_as_text(data)
    validator = jsonschema.Draft202012Validator(
        load_schema("config.schema.json"), format_checker=jsonschema.FormatChecker()
    )
    problems = [_deepest(e) for e in validator.iter_errors(plain)]
    problems.sort(key=lambda e: [str(p) for p in e.absolute_path])
    if problems:
        lines = [f"  {'.'.join(map(str, e.absolute_path)) or '(top level)'}: {e.message}" for e in problems]
        raise ConfigError(f"{source}: invalid policy:\n" + "\n".join(lines))
    for agency, pattern in plain.get("credit_format", {}).items():
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ConfigError(f"{source}: credit_format.{agency}: not a regular expression: {exc}") from None
    licences = {
        agency: value if isinstance(value, list) else [value] for agency, value in plain.get("licences", {}).items()
    }
    for agency, periods in licences.items():
        for period in periods:
            if "start" in period and "end" in period and period["start"] > period["end"]:
                raise ConfigError(
                    f"{source}: licences.{agency}: ends ({period['end']}) before it starts ({period['start']})"
                )
    return Policy(
        source=source,
        licences=licences,
        agencies=plain.get("agencies", {}),
        credit_format=plain.get("credit_format", {}),
        rules=plain.get("rules", {}),
        html=HtmlSelectors(**plain.get("html", {})),
    )


def _deepest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """For "one of these shapes" errors, the problem inside the shape that came closest."""
    while error.context:
        error = max(error.context, key=lambda e: len(e.absolute_path))  # the branch that got furthest
    return error


def _dates_as_text(value):
    """TOML dates become ISO strings, so the schema can check them as "format": "date"."""
    if isinstance(value, dict):
        return {k: _dates_as_text(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_dates_as_text(v) for v in value]
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return value
