"""Records (checker/records.py): plain classes that behave as the pydantic models they stand for."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from checker.model import Article, Credit, ImageRecord, LineLocation, PointerLocation
from checker.policy.config import LicencePeriod, Policy, from_mapping
from checker.records import twin


def test_construction_fills_defaults_copies_containers_and_refuses_unknown_fields() -> None:
    via = ("afp", "getty")
    credit = Credit(raw="AFP via Getty Images", via=via)
    assert credit.via == ["afp", "getty"] and credit.agency is None and credit.seen is None
    images: list[ImageRecord] = []
    article = Article(source="a.txt", format="text", images=images)
    assert article.images == [] and article.images is not images  # copied in, as validation copies
    with pytest.raises(TypeError, match="no field 'credits'"):
        Credit(raw="AP", credits="AP")
    with pytest.raises(TypeError, match="'raw' is required"):
        Credit()


def test_copy_equality_and_frozen_records() -> None:
    location = LineLocation(line=3, column=1)
    moved = location.model_copy(update={"line": 4})
    assert (moved.line, location.line) == (4, 3) and moved != location
    assert moved == LineLocation(line=4, column=1)
    period = LicencePeriod(start=dt.date(2024, 1, 1))
    with pytest.raises(TypeError):
        period.end = dt.date(2025, 1, 1)
    assert hash(period) == hash(LicencePeriod(start=dt.date(2024, 1, 1)))


def test_json_dumps_and_validation_are_pydantics() -> None:
    image = ImageRecord(index=0, location=PointerLocation(pointer="/items/0"))
    dumped = json.loads(image.model_dump_json())
    assert dumped["location"] == {"pointer": "/items/0"}  # unknown line and column left out
    assert dumped["license"] == {  # written under its contract name
        "status": "unknown", "agency": None, "judged_on": None, "date_source": None, "start": None, "end": None,
        "notes": None,
    }  # fmt: skip
    assert ImageRecord.model_validate(dumped) == image
    with pytest.raises(ValueError):  # pydantic's ValidationError
        LineLocation.model_validate({"line": 0, "column": 1})
    assert twin(ImageRecord).__name__ == "ImageRecord"


def test_a_policy_file_is_validated_as_pydantic_validated_it() -> None:
    policy = from_mapping({"licences": {"ap": {"start": dt.date(2024, 1, 1), "fee_per_image": 40}}, "timeout": 5})
    (period,) = policy.licences["ap"]
    assert period == LicencePeriod(start=dt.date(2024, 1, 1), fee_per_image=40.0)
    assert isinstance(period.fee_per_image, float) and isinstance(policy.timeout, float)
    assert policy.without(["CRD001"]).rules == {"CRD001": "off"} and policy.rules == {}
    assert Policy().model_dump(mode="json")["files"]["exclude"] is None
