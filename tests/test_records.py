"""Records (checker/records.py): plain classes that behave as the pydantic models they stand for."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from checker.model import Article, Credit, ImageRecord, Licence, LineLocation, PointerLocation
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
    licensed = Licence(status="licensed", agency="ap")
    for given in ({"license": licensed}, {"licence": licensed}):  # the contract's name and the code's
        image = ImageRecord(index=2, location=LineLocation(line=1, column=1), **given)
        assert (
            image.licence is licensed
            and image.index == 2
            and image.observed == ImageRecord(index=0, location=LineLocation(line=1, column=1)).observed
        )
    with pytest.raises(TypeError, match="no field 'licenze'"):
        ImageRecord(index=0, location=LineLocation(line=1, column=1), licenze=licensed)


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


def _broken_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    """Rules that leave an image record with a value of the wrong type in articles from files named 'bad*'."""
    import checker.audit as audit_module

    real = audit_module.run

    def run(article, context):  # type: ignore[no-untyped-def]
        findings = real(article, context)
        if "bad" in article.source:
            article.images[0].caption = 12345  # an int where a str is declared
        return findings

    monkeypatch.setattr(audit_module, "run", run)


def test_a_record_built_wrong_is_its_documents_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    from checker.audit import audit_paths
    from checker.report.json_report import render

    text = "Body.\n\nA crowd in the square. Photo: Jane Doe/Reuters\n\nMore body.\n"
    for name in ("bad.txt", "good.txt"):
        (tmp_path / name).write_text(text)
    _broken_reader(monkeypatch)
    audit = audit_paths([str(tmp_path)])
    documents = {d["source"].rsplit("/", 1)[-1]: d for d in json.loads(render(audit))["documents"]}
    assert documents["good.txt"]["status"] == "ok" and len(documents["good.txt"]["images"]) == 1
    assert documents["bad.txt"]["status"] == "error"
    assert documents["bad.txt"]["error"].startswith("internal error while writing: ValidationError")


def test_a_rule_that_fails_is_its_documents_error(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    import checker.audit as audit_module

    (tmp_path / "a.txt").write_text("Body.\n\nA crowd in the square. Photo: Jane Doe/Reuters\n\nMore body.\n")

    def run(*args):  # type: ignore[no-untyped-def]
        raise RuntimeError("rule bug")

    monkeypatch.setattr(audit_module, "run", run)
    (doc,) = audit_module.audit_paths([str(tmp_path / "a.txt")]).documents
    assert (doc.status, doc.error) == ("error", "internal error while judging: RuntimeError: rule bug")


def test_the_written_constructor_builds_what_the_generic_one_builds() -> None:
    """A class's own constructor (written once it has made COMPILE_AFTER instances) fills, copies and refuses
    as the generic one does."""
    from checker.records import Record, _constructor

    for cls, given in (
        (Credit, {"raw": "AFP via Getty Images", "via": ("afp", "getty")}),
        (ImageRecord, {"index": 3, "location": LineLocation(line=1, column=1), "license": Licence(status="licensed")}),
        (Article, {"source": "a.txt", "format": "text", "images": []}),
    ):
        written, generic = object.__new__(cls), object.__new__(cls)
        _constructor(cls)(written, **given)
        Record.__init__(generic, **given)
        assert written == generic and type(written.__dict__.get("via", [])) is list
    with pytest.raises(TypeError, match="'raw' is required"):
        _constructor(Credit)(object.__new__(Credit))
    with pytest.raises(TypeError, match="no field 'credits'"):
        _constructor(Credit)(object.__new__(Credit), raw="AP", credits="AP")
