"""The direct JSON writer (checker/records_json.py) writes what the pydantic twins write, byte for byte, and leaves
to them every value it is not sure of."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED

from checker.audit import Settings, audit_paths
from checker.model import Credit, Exposure, ImageRecord, LineLocation, PointerLocation
from checker.policy.config import load
from checker.records import _to_twin
from checker.records_json import NotPlain, dump_json


def _same_as_pydantic(paths: list[str], settings: Settings | None = None) -> int:
    """Every document's JSON, and the whole audit's, compact and indented, written both ways: the count of
    documents compared."""
    audit = audit_paths(paths, settings)
    for record in (*audit.documents, audit):
        for indent in (None, 2):
            assert dump_json(record, indent) == _to_twin(record).model_dump_json(indent=indent), record.source
    return len(audit.documents)


def test_samples_with_the_newsroom_policy_are_written_as_pydantic_writes_them() -> None:
    policy = load(SAMPLES / "newsroom-policy.toml")
    periods = {
        agency: [p.model_copy(update={"fee_per_image": 150.5}) for p in ps] for agency, ps in policy.licences.items()
    }
    priced = policy.model_copy(update={"licences": periods})
    for settings in (None, Settings(policy=priced, date=dt.date(2025, 9, 1))):
        assert _same_as_pydantic([str(SAMPLES), *map(str, sorted((SAMPLES / "images").iterdir()))], settings) >= 10


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="../shared/corpus not present")
def test_real_pages_texts_and_images_are_written_as_pydantic_writes_them() -> None:
    corpus = SHARED / "corpus"
    images = [str(p) for p in sorted((corpus / "images").iterdir())]
    assert _same_as_pydantic([str(corpus / "html"), str(corpus / "dev"), *images]) > 200


def test_values_pydantic_would_coerce_or_refuse_are_left_to_it() -> None:
    fee = Exposure(images=2, fee_per_image=40, currency="EUR", amount=80)  # ints where floats are declared
    with pytest.raises(NotPlain):
        dump_json(fee)
    assert json.loads(fee.model_dump_json()) == {"images": 2, "fee_per_image": 40.0, "currency": "EUR", "amount": 80.0}
    assert fee.model_dump_json() == _to_twin(fee).model_dump_json()
    tiny = Exposure(images=1, fee_per_image=2.5e-05, amount=2.5e-05)  # pydantic spells it 0.000025, Python 2.5e-05
    with pytest.raises(NotPlain):
        dump_json(tiny)
    assert '"amount":0.000025' in tiny.model_dump_json()
    wrong = ImageRecord(index=0, location=LineLocation(line=1, column=1), caption=12345)  # type: ignore[arg-type]
    with pytest.raises(NotPlain):
        dump_json(wrong)
    with pytest.raises(ValueError):  # pydantic's own error, as before
        wrong.model_dump_json()
    with pytest.raises(NotPlain):
        dump_json(LineLocation(line=0, column=1))  # below its declared minimum
    with pytest.raises(NotPlain):
        dump_json(Credit(raw="caf\udce9"))  # not valid Unicode


def test_keys_aliases_left_out_fields_and_escapes() -> None:
    image = ImageRecord(index=0, caption='a "quote" \\ \n\x01 é', location=PointerLocation(pointer="/items/0"))
    text = dump_json(image)
    assert text == _to_twin(image).model_dump_json()
    data = json.loads(text)
    assert "license" in data and "licence" not in data and data["location"] == {"pointer": "/items/0"}
    assert "\\u0001" in text and "é" in text


def test_a_large_audit_is_written_by_orjson_as_the_small_one_is(monkeypatch: pytest.MonkeyPatch) -> None:
    import checker.records_json as records_json

    audit = audit_paths([str(SAMPLES), *map(str, sorted((SAMPLES / "images").iterdir()))])
    small = dump_json(audit, 2)
    monkeypatch.setattr(records_json, "BULK_ITEMS", 1)  # the samples' audit counts as large
    calls: list[object] = []
    monkeypatch.setattr(records_json, "_orjson_indented", _spy(records_json._orjson_indented, calls))
    assert dump_json(audit, 2) == small == _to_twin(audit).model_dump_json(indent=2)
    assert calls and calls[-1] is not None  # orjson wrote it
    big = ImageRecord(index=2**70, location=LineLocation(line=1, column=1))  # past orjson's 64-bit integers
    wide = audit.model_copy(update={"documents": [audit.documents[0].model_copy(update={"images": [big]})]})
    assert dump_json(wide, 2) == _to_twin(wide).model_dump_json(indent=2) and calls[-1] is None
    surrogate = ImageRecord(index=0, caption="caf\udce9", location=LineLocation(line=1, column=1))
    broken = audit.model_copy(update={"documents": [audit.documents[0].model_copy(update={"images": [surrogate]})]})
    with pytest.raises(NotPlain):
        dump_json(broken, 2)
    assert calls[-1] is None


def _spy(function, calls: list[object]):
    def spied(*args):
        calls.append(result := function(*args))
        return result

    return spied


def test_json_output_is_written_without_importing_pydantic(tmp_path: Path) -> None:
    import subprocess
    import sys

    out = tmp_path / "audit.json"
    run = (
        "from checker.cli import main\n"
        f"main(['check', {str(SAMPLES / 'wire-credits.txt')!r}, '--exit-zero', '--format', 'json', '-o', {str(out)!r}])\n"
        "import sys\nassert 'pydantic' not in sys.modules, 'pydantic imported'\n"
        "assert 'orjson' not in sys.modules, 'orjson imported for one document'"
    )
    subprocess.run([sys.executable, "-c", run], check=True)
    assert json.loads(out.read_text())["documents"][0]["source"].endswith("wire-credits.txt")


def test_the_generic_and_the_written_converters_give_the_same_values() -> None:
    """A class converts through its generic converter first and through code written for it once it has converted
    COMPILE_AFTER records: both give the same values for every record of the samples' audit, and refuse alike."""
    import checker.records_json as records_json
    from checker.records import Record

    audit = audit_paths([str(SAMPLES), *map(str, sorted((SAMPLES / "images").iterdir()))])
    records: list[Record] = []

    def walk(value: object) -> None:
        if isinstance(value, Record):
            records.append(value)
            for item in value.__dict__.values():
                walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(audit)
    assert len({type(r) for r in records}) >= 8
    for record in records:
        fields = records_json._fields(type(record))
        generic = records_json._convert_fields(type(record), fields, record)
        assert records_json._build_record(type(record), fields)(record) == generic
    wrong = ImageRecord(index=0, location=LineLocation(line=1, column=1), caption=12345)  # type: ignore[arg-type]
    fields = records_json._fields(ImageRecord)
    for convert in (
        records_json._build_record(ImageRecord, fields),
        lambda r: records_json._convert_fields(ImageRecord, fields, r),
    ):
        with pytest.raises(NotPlain):
            convert(wrong)
