"""Licence status words (a licence not started yet is not an expired one) and the exposure the policy's fees price."""

from __future__ import annotations

import datetime as dt
import json
import tomllib
from pathlib import Path

import pytest
from conftest import SAMPLES, run_cli

from checker.audit import Settings, audit_paths
from checker.policy.config import ConfigError, from_mapping

POLICY = SAMPLES / "newsroom-policy.toml"


def _policy(**changes):
    data = tomllib.loads(POLICY.read_text())
    for agency, fields in changes.items():
        data["licences"][agency].update(fields)
    return from_mapping(data)


def test_licence_not_started_is_not_yet_licensed() -> None:
    policy = _policy(ap={"start": dt.date(2025, 1, 1)})
    audit = audit_paths([str(SAMPLES / "ap-wire-story.txt")], Settings(policy=policy, date=dt.date(2024, 9, 1)))
    (doc,) = audit.documents
    assert [(i.credit.agency, i.licence.status, str(i.licence.start)) for i in doc.images] == [
        ("ap", "not_yet_licensed", "2025-01-01"),
        ("ap", "not_yet_licensed", "2025-01-01"),
    ]
    lic = [f for f in doc.findings if f.rule == "LIC002"]
    assert [f.image for f in lic] == [0, 1]
    assert "has not started: it runs 2025-01-01 to 2026-12-31" in lic[0].message
    assert audit.summary.licences == {"ap": {"not_yet_licensed": 2}}


def test_a_gap_between_licences_is_expired_not_yet_licensed_is_only_before_the_first() -> None:
    periods = [{"start": "2020-01-01", "end": "2021-12-31"}, {"start": "2025-01-01"}]
    policy = from_mapping({"licences": {"getty": periods}})
    statuses = {}
    for day in ("2019-06-01", "2023-06-01", "2025-06-01"):
        audit = audit_paths(
            [str(SAMPLES / "wire-credits.txt")], Settings(policy=policy, date=dt.date.fromisoformat(day))
        )
        statuses[day] = {i.licence.status for i in audit.documents[0].images if i.credit and i.credit.agency == "getty"}
    assert statuses == {"2019-06-01": {"not_yet_licensed"}, "2023-06-01": {"expired"}, "2025-06-01": {"licensed"}}


def test_exposure_per_agency_priced_by_the_policy_fee(audit_validator) -> None:
    policy = _policy(reuters={"fee_per_image": 200, "currency": "EUR"})
    audit = audit_paths([str(SAMPLES)], Settings(policy=policy, date=dt.date(2025, 9, 1)))
    summary = audit.summary
    # Reuters ran out on 2025-06-30: its 9 images are exposed at 200 EUR; dpa has no licence and no fee stated
    assert {a: e.model_dump() for a, e in summary.exposure.items()} == {
        "dpa": {"images": 1, "fee_per_image": None, "currency": None, "amount": None},
        "reuters": {"images": 9, "fee_per_image": 200.0, "currency": "EUR", "amount": 1800.0},
    }
    assert summary.licences["reuters"] == {"expired": 9} and summary.licences["none"] == {"unknown": 6}
    assert sum(n for statuses in summary.licences.values() for n in statuses.values()) == summary.images
    audit_validator.validate(json.loads(audit.model_dump_json()))


def test_exposure_in_the_cli_summary(tmp_path: Path) -> None:
    policy = tmp_path / "creditcheck.toml"
    policy.write_text(POLICY.read_text().replace('notes = "Reuters Connect; not renewed"', "fee_per_image = 150.5"))
    result = run_cli("check", str(SAMPLES), "--config", str(policy), "--date", "2025-09-01", "--format", "json")
    assert json.loads(result.stdout)["summary"]["exposure"]["reuters"] == {
        "images": 9,
        "fee_per_image": 150.5,
        "currency": None,
        "amount": 1354.5,
    }


@pytest.mark.parametrize(
    ("licence", "expected"),
    [
        ({"fee_per_image": -1}, "licences.getty.fee_per_image: -1 is less than the minimum of 0"),
        ({"fee_per_image": "lots"}, "licences.getty.fee_per_image: 'lots' is not of type 'number'"),
        ({"fee_per_image": 1, "currency": "euro"}, "licences.getty.currency: 'euro' is not an ISO 4217 currency code"),
    ],
)
def test_bad_fees_are_refused(licence: dict, expected: str) -> None:
    with pytest.raises(ConfigError) as caught:
        from_mapping({"licences": {"getty": licence}})
    assert expected in str(caught.value)


def test_fee_of_several_periods_is_the_last_stated() -> None:
    policy = from_mapping(
        {
            "licences": {
                "getty": [
                    {"start": "2020-01-01", "end": "2021-12-31", "fee_per_image": 100, "currency": "USD"},
                    {"start": "2022-01-01", "fee_per_image": 180, "currency": "USD"},
                    {"start": "2030-01-01"},
                ]
            }
        }
    )
    assert policy.fee("getty") == (180.0, "USD") and policy.fee("ap") is None
