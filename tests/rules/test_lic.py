"""LIC001 unlicensed-agency, LIC002 licence-expired: the licence status policy/licensing.py gave each image."""

from __future__ import annotations

import datetime as dt

import pytest
from rulecase import article, credit, hits, image, licence

POLICY = {"licences": {"ap": {"start": "2024-01-01"}}}
GETTY = credit("Jane Doe/Getty Images", "getty", "Jane Doe")


def test_lic001_no_licence_with_the_agency() -> None:
    doc = article(image(0, credit=GETTY, licence=licence("unlicensed", "getty")))
    assert hits("LIC001", doc, POLICY) == [
        (
            "LIC001",
            0,
            "error",
            "no licence with Getty Images in the policy (<policy>); judged on 2025-09-01 (the article's date)",
        )
    ]


@pytest.mark.parametrize("status", ["licensed", "expired", "unknown"])
def test_lic001_other_statuses(status: str) -> None:
    assert hits("LIC001", image(licence=licence(status)), POLICY) == []


def test_lic002_licence_over_before_the_day() -> None:
    expired = licence("expired", "reuters", start=dt.date(2023, 1, 1), end=dt.date(2025, 6, 30), date_source="option")
    reuters = credit("REUTERS/Jane Doe", "reuters", "Jane Doe")
    assert hits("LIC002", image(credit=reuters, licence=expired), POLICY) == [
        (
            "LIC002",
            0,
            "error",
            "the licence with Reuters runs 2023-01-01 to 2025-06-30; the image is judged on 2025-09-01 "
            "(the date given with --date)",
        )
    ]


def test_lic002_open_ended_period_judged_today() -> None:
    early = licence("expired", start=dt.date(2026, 1, 1), date_source="today")
    assert hits("LIC002", image(licence=early), POLICY) == [
        (
            "LIC002",
            0,
            "error",
            "the licence with Associated Press runs 2026-01-01 to open end; the image is judged on 2025-09-01 (today)",
        )
    ]


@pytest.mark.parametrize("status", ["licensed", "unlicensed", "unknown"])
def test_lic002_other_statuses(status: str) -> None:
    assert hits("LIC002", image(licence=licence(status)), POLICY) == []
