"""One spelling in code ("licence", as the policy's [licences]); the audit JSON keeps its "license" key."""

from __future__ import annotations

from checker.model import ImageRecord, Licence, LineLocation


def test_audit_json_keeps_the_license_key_and_reads_both_spellings() -> None:
    image = ImageRecord(index=0, location=LineLocation(line=1, column=1), licence=Licence(status="expired"))
    dumped = image.model_dump(mode="json")
    assert "license" in dumped and "licence" not in dumped
    assert dumped["license"]["status"] == "expired"
    assert ImageRecord.model_validate(dumped).licence.status == "expired"
    dumped["licence"] = dumped.pop("license")
    assert ImageRecord.model_validate(dumped).licence.status == "expired"
    assert '"license":{"status":"expired"' in image.model_dump_json()
