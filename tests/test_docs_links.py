"""The README's and docs/' links work from a clone: every relative link names a file in the repository (never
outside it, as ../shared/ did), and every #anchor into docs/rules.md names a rule's section."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT

LINK = re.compile(r"\]\(([^)\s]+)\)")
PAGES = [ROOT / "README.md", ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_relative_links_resolve_inside_the_repository(page: Path) -> None:
    text = re.sub(r"```.*?```|`[^`\n]*`", "", page.read_text(encoding="utf-8"), flags=re.S)  # code is no link
    anchors = set(re.findall(r'<a id="([^"]+)"></a>', (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")))
    broken = []
    for target in LINK.findall(text):
        if re.match(r"^[a-z]+:", target) or target.startswith("#"):
            continue
        path, _, anchor = target.partition("#")
        resolved = (page.parent / path).resolve()
        outside = not resolved.is_relative_to(ROOT) or not resolved.exists()
        unknown_rule = anchor and resolved == ROOT / "docs" / "rules.md" and anchor not in anchors
        if outside or unknown_rule:
            broken.append(target)
    assert broken == []


def test_readme_installs_from_the_clone() -> None:
    """Extras are installed from a clone (`pip install '.[dask]'`): creditcheck is on no package index."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "pip install 'creditcheck[" not in readme
