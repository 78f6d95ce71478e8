"""The pre-commit hook (.pre-commit-hooks.yaml) and the example configuration in docs/, run by pre-commit itself
on a scratch repository holding code, TOML, unrelated JSON and articles.

The hook's repository is a local git clone of this checkout's package files, so pre-commit fetches no repository;
it installs the hook's environment with pip from the package index pip is configured with, as the dev install does
(the environment is built once per test session, under a temporary PRE_COMMIT_HOME).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SAMPLES

PRE_COMMIT = [sys.executable, "-m", "pre_commit"]
HOOK_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "checker", "schemas")


def _git(folder: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org"}
    env |= {"GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(["git", *args], cwd=folder, check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This checkout's package, committed in a repository of its own (uncommitted changes included)."""
    repo = tmp_path_factory.mktemp("hook")
    for name in HOOK_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, repo / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, repo / name)
    _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "-m", "hook")
    return repo


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _scratch(folder: Path, articles: dict[str, str]) -> Path:
    """A repository with code, configuration, unrelated JSON, photos and the given articles, all staged."""
    folder.mkdir()
    _git(folder, "init", "-q")
    (folder / "build.py").write_text('print("hi")\n')
    (folder / "pyproject.toml").write_text('[project]\nname = "site"\nversion = "1"\n')
    (folder / "package.json").write_text('{"name": "site", "scripts": {"build": "hugo"}}\n')
    (folder / "static").mkdir()
    shutil.copy2(SAMPLES / "images" / "harbour.jpg", folder / "static" / "harbour.jpg")
    for name, text in articles.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text)
    _git(folder, "add", "-A")
    return folder


def _run(folder: Path, home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"}
    done = subprocess.run([*PRE_COMMIT, *args], cwd=folder, capture_output=True, text=True, env=env, timeout=600)
    if "An unexpected error has occurred" in done.stdout + done.stderr and "pip" in done.stdout + done.stderr:
        pytest.skip(f"pre-commit could not install the hook's environment: {(done.stdout + done.stderr)[-400:]}")
    return done


def test_hook_passes_code_and_configuration(tmp_path: Path, hook_repo: Path, home: Path) -> None:
    """A commit of code, TOML and a package.json: the hook is not even run on the code and TOML, and the JSON is
    skipped as no article, so nothing fails."""
    scratch = _scratch(tmp_path / "code", {})
    result = _run(scratch, home, "try-repo", str(hook_repo), "creditcheck", "--all-files", "--verbose")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "creditcheck (image captions, credits and licences)" in result.stdout
    assert "0 documents (0 failed, 1 skipped)" in result.stdout


def test_hook_fails_on_an_articles_errors(tmp_path: Path, hook_repo: Path, home: Path) -> None:
    articles = {
        "content/clean.txt": (SAMPLES / "ap-wire-story.txt").read_text(),
        "content/problems.txt": (SAMPLES / "credit-problems.txt").read_text(),
    }
    scratch = _scratch(tmp_path / "site", articles)
    result = _run(scratch, home, "try-repo", str(hook_repo), "creditcheck", "--all-files")
    assert result.returncode == 1
    assert "content/problems.txt:6:1: ART002 [error] image 0: credit label with no credit after it" in result.stdout
    assert "content/clean.txt:" not in result.stdout
    assert "build.py" not in result.stdout and "pyproject.toml" not in result.stdout


def test_docs_example_configuration(tmp_path: Path, hook_repo: Path, home: Path) -> None:
    """docs/pre-commit-config.yaml, pointed at the local hook repository, run as a repository's own config."""
    example = yaml.safe_load((ROOT / "docs" / "pre-commit-config.yaml").read_text())
    (entry,) = example["repos"]
    assert entry["hooks"][0]["id"] == "creditcheck"
    entry["repo"], entry["rev"] = str(hook_repo), _git(hook_repo, "rev-parse", "HEAD").strip()
    articles = {"content/problems.txt": (SAMPLES / "credit-problems.txt").read_text()}
    scratch = _scratch(tmp_path / "site", articles)
    (scratch / ".pre-commit-config.yaml").write_text(yaml.safe_dump(example))
    _git(scratch, "add", "-A")
    result = _run(scratch, home, "run", "--all-files")
    assert result.returncode == 1
    assert "content/problems.txt:6:1: ART002 [error]" in result.stdout
    # the example's --images reads the photos' embedded credits: the harbour photo is not referenced, so no IMG002
    assert "IMG002" not in result.stdout
