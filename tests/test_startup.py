"""What a one-file check loads: heavy dependencies are imported by the runs that use them, never at start-up."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
HEAVY = ("pydantic", "pathspec", "jsonschema", "lxml", "PIL", "importlib.metadata", "email", "gzip", "jinja2")
# and the standard library's slowest to import: dataclasses with inspect (checker/plain.py), shutil (argparse's width)
HEAVY += ("dataclasses", "inspect", "shutil", "difflib")


def _loaded(code: str) -> set[str]:
    """The HEAVY modules in sys.modules after running `code` in a fresh interpreter."""
    probe = f"{code}\nimport sys\nprint('loaded:', *(m for m in {HEAVY!r} if m in sys.modules))"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.splitlines()[-1].split()[1:])  # the last line: the report comes before it


def test_importing_the_cli_loads_no_heavy_dependency() -> None:
    assert _loaded("import checker.cli") == set()


def test_checking_one_text_file_loads_no_heavy_dependency() -> None:
    run = f"from checker.cli import main\nmain(['check', {str(SAMPLES / 'wire-credits.txt')!r}, '--exit-zero'])"
    assert _loaded(run) == set()


def test_checking_one_page_loads_lxml_and_what_it_imports_only() -> None:
    run = f"from checker.cli import main\nmain(['check', {str(SAMPLES / 'gallery.html')!r}, '--exit-zero'])"
    # lxml.etree imports gzip and inspect itself; difflib compares this page's alt texts with captions (CAP002)
    assert _loaded(run) - {"gzip", "inspect", "difflib"} == {"lxml"}


def test_json_output_loads_no_heavy_dependency_and_a_policy_loads_pydantic() -> None:
    run = f"from checker.cli import main\nmain(['check', {str(SAMPLES / 'wire-credits.txt')!r}, '--exit-zero', '--format', 'json'])"
    assert _loaded(run) == set()  # written directly (checker/records_json.py)
    policy = f"from checker.policy.config import load\nload(__import__('pathlib').Path({str(SAMPLES / 'newsroom-policy.toml')!r}))"
    assert {"pydantic", "jsonschema"} <= _loaded(policy)


def test_walking_a_directory_loads_pathspec() -> None:
    run = f"from checker.cli import main\nmain(['check', {str(SAMPLES)!r}, '--exit-zero', '-q'])"
    assert "pathspec" in _loaded(run)


def test_pydantic_still_builds_models_with_its_plugin_loader_stood_in() -> None:
    code = (
        "import checker, sys\nfrom checker.model import Credit\n"
        "assert Credit.model_validate({'raw': 'AP'}) == Credit(raw='AP')\n"
        "assert 'importlib.metadata' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_a_second_check_reads_the_agency_registry_without_tomllib(tmp_path: Path) -> None:
    """The registry's parse is kept between runs (checker/toml_cache.py), and a pyproject.toml without a
    [tool.creditcheck] table is known as one without parsing it: only the first run imports tomllib."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newsroom"\n\n[tool.ruff]\nline-length = 100\n')
    article = tmp_path / "story.txt"
    article.write_bytes((SAMPLES / "wire-credits.txt").read_bytes())
    run = f"from checker.cli import main\nmain(['check', {str(article)!r}, '--exit-zero', '-q'])"
    probe = f"{run}\nimport sys\nprint('tomllib' in sys.modules)"
    first = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path)
    second = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert second.stdout.splitlines()[-1] == "False", (first.stdout, second.stdout)
