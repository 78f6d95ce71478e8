"""checker/toml_cache.py: a TOML text parsed once, its parse found again by the text, never a stale one."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from checker import toml_cache

TEXT = '[ap]\nname = "Associated Press"\naliases = ["AP", "AP Photo"]\nnames_photographer = true\n'


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CREDITCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_the_parse_is_kept_and_read_back_without_tomllib(folder: Path) -> None:
    assert toml_cache.load_toml(TEXT) == tomllib.loads(TEXT)
    (entry,) = folder.iterdir()
    code = (
        "import sys\nfrom checker.toml_cache import load_toml\n"
        f"assert load_toml({TEXT!r})['ap']['aliases'] == ['AP', 'AP Photo']\n"
        "assert 'tomllib' not in sys.modules, 'parsed again'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, env={"CREDITCHECK_CACHE_DIR": str(folder)})
    assert list(folder.iterdir()) == [entry]


def test_an_edited_text_is_parsed_again_and_a_damaged_entry_is_rewritten(folder: Path) -> None:
    toml_cache.load_toml(TEXT)
    edited = TEXT.replace("AP Photo", "AP Images")
    assert toml_cache.load_toml(edited)["ap"]["aliases"] == ["AP", "AP Images"]
    for entry in folder.iterdir():
        entry.write_bytes(b"\x00not marshal")
    assert toml_cache.load_toml(TEXT) == tomllib.loads(TEXT)
    assert toml_cache.load_toml(TEXT) == tomllib.loads(TEXT)  # read back from the rewritten entry


def test_a_folder_that_cannot_be_written_costs_only_the_parse(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CREDITCHECK_CACHE_DIR", str(blocker / "cache"))
    assert toml_cache.load_toml(TEXT) == tomllib.loads(TEXT)


def test_values_marshal_cannot_hold_are_parsed_every_time(folder: Path) -> None:
    text = "when = 2024-02-10\n"
    assert toml_cache.load_toml(text) == tomllib.loads(text)
    assert not folder.exists() or not any(folder.iterdir())
