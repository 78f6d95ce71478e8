"""Which files are articles: names and content (checker/readers/kinds.py), include/exclude patterns and .gitignore
(checker/sources/select.py, tree.py), and the exit status of a run that finds no article."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from conftest import SAMPLES, SEED, SHARED, run_cli

from checker.audit import Settings, audit_paths
from checker.readers import not_an_article, sniff
from checker.sources import Selection, stream

PYTHON = b'import sys\n\n\ndef main():\n    print("hi")\n\n\nif __name__ == "__main__":\n    main()\n'
TOML = b'[project]\nname = "site"\nversion = "1.0"\n\n[tool.ruff]\nline-length = 100\n'
YAML = b"name: ci\non: [push]\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: make\n"
JAVASCRIPT = (
    b'const fs = require("fs");\n\nfunction build(dir) {\n  return fs.readdirSync(dir);\n}\nmodule.exports = build;\n'
)
INI = b"[settings]\nkey = value\nother = 2\n"
PACKAGE_JSON = b'{"name": "site", "version": "1.0.0", "scripts": {"build": "hugo"}}\n'
ANS = (SAMPLES / "ans-story.json").read_bytes()


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        # by name (identify's table, as pre-commit's `types`)
        ("build.py", b'print("hi")\n', "python file, not an article"),
        ("pyproject.toml", TOML, "configuration file (pyproject), not an article"),
        ("ci.yaml", YAML, "configuration file (yaml), not an article"),
        ("style.css", b"body { color: red; }\n", "css file, not an article"),
        ("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", "pdf file, not an article"),
        # by content, for names that say nothing
        ("build", PYTHON, "source code, not an article"),
        ("settings", TOML, "configuration (TOML or INI), not an article"),
        ("workflow", YAML, "configuration (YAML), not an article"),
        ("bundle", JAVASCRIPT, "source code, not an article"),
        ("setup", INI, "configuration (TOML or INI), not an article"),
        ("deploy", b"#!/bin/sh\necho hi\n", "script (#!), not an article"),
        ("index", b"<?php echo $caption; ?>\n", "PHP source, not an article"),
        ("feed", b'<?xml version="1.0"?>\n<rss><channel/></rss>\n', "XML that is not XHTML, not an article"),
        ("manifest", PACKAGE_JSON, "JSON with no Arc XP ANS or WordPress REST fields, not an article"),
        ("blob", b"\x01\x02\x00\x00data", "binary content, not an article"),
    ],
)
def test_code_configuration_and_data_are_not_articles(name: str, content: bytes, reason: str) -> None:
    assert not_an_article(name, content) == reason


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("story", SEED.read_bytes()),
        ("page", b"<!DOCTYPE html><html><body><p>Text</p></body></html>"),
        ("page", b'<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body/></html>'),
        ("story.md", b"# Storm\n\nThe storm reached the coast.\n\n![Waves](waves.jpg)\nWaves. Photo: AP\n"),
        ("ans", ANS),
        ("caption", b"A caption (AP Photo/Jane Doe)\n"),
        # html2text and w3m output: a Markdown link or a blank box first, not JSON
        ("nav", b"[ ](/)\n\nSearch for:\n\n  * [Politics](https://example.com/politics)\n  * [World](/world)\n"),
        ("menu", b"   \n\n[          ]  \nMenu\nIT News\n\n  * Storm hits the coast\n"),
        # a scraped gallery: "key: value" lines that are captions, not YAML
        (
            "gallery",
            b"".join(
                f"Photos: Storm hits the coast Waves break over the sea wall on Sunday. Hide Caption {n} of 3\n".encode()
                for n in (1, 2, 3)
            ),
        ),
        ("saved", b"<!-- saved by a crawler -->\n<html><body><p>Text</p></body></html>"),
    ],
)
def test_articles_are_left_to_their_readers(name: str, content: bytes) -> None:
    assert not_an_article(name, content) is None


def test_no_scraped_article_reads_as_code_or_configuration() -> None:
    """The content tests on every article at hand, named as if its name said nothing: the samples, and the
    corpus' text, Markdown and HTML when present (none of its 286 text files, 2 Markdown files and 53 HTML pages
    reads as code or configuration)."""
    texts = [p for p in SAMPLES.iterdir() if p.suffix == ".txt"]
    corpus = SHARED / "corpus"
    if corpus.is_dir():
        texts += [p for p in corpus.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html")]
    assert texts
    wrong = {p.name: reason for p in texts if (reason := not_an_article("article", p.read_bytes()[:65536]))}
    assert wrong == {}


def test_sniffing_takes_no_toml_section_for_json() -> None:
    assert sniff(TOML) == "text" and sniff(b"[[tool.x]]\nname = 1\n") == "text"
    assert sniff(b'[{"content": {"rendered": "<p>x</p>"}}]') == "json" and sniff(b'{"a": 1}') == "json"


def _tree(root: Path) -> Path:
    """A repository with articles, code, configuration, dependencies and ignored output."""
    (root / "content" / "2009").mkdir(parents=True)
    (root / "content" / "story.txt").write_bytes(SEED.read_bytes())
    (root / "content" / "2009" / "old.txt").write_bytes(SEED.read_bytes())
    (root / "content" / "ans.json").write_bytes(ANS)
    (root / "node_modules" / "pkg").mkdir(parents=True)
    (root / "node_modules" / "pkg" / "README.txt").write_text("A caption. Credit: Somebody\n")
    (root / "public").mkdir()
    (root / "public" / "copy.txt").write_bytes(SEED.read_bytes())
    (root / ".gitignore").write_text("public/\n")
    (root / "build.py").write_bytes(PYTHON)
    (root / "package.json").write_bytes(PACKAGE_JSON)
    (root / "pyproject.toml").write_bytes(TOML)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def _walk(root: Path, selection: Selection) -> tuple[list[str], dict[str, str]]:
    documents, skipped = [], {}
    for item in stream([str(root)], selection=selection):
        if hasattr(item, "reason"):
            skipped[Path(item.source).relative_to(root).as_posix()] = item.reason
        else:
            documents.append(Path(item.source).relative_to(root).as_posix())
    return documents, skipped


def test_walk_respects_gitignore_excludes_and_content(tmp_path: Path) -> None:
    root = _tree(tmp_path / "repo")
    documents, skipped = _walk(root, Selection(root=root))
    assert documents == ["content/ans.json", "content/story.txt", "content/2009/old.txt"]
    assert skipped == {
        ".git": "hidden directory",
        "node_modules": "excluded by the pattern 'node_modules/'",
        "public": "ignored by " + str(root / ".gitignore"),
        ".gitignore": "hidden file",
        "build.py": "python file, not an article",
        "package.json": "JSON with no Arc XP ANS or WordPress REST fields, not an article",
        "pyproject.toml": "configuration file",
    }
    documents, skipped = _walk(root, Selection(root=root, gitignore=False, exclude=("content/2009/",)))
    assert documents == ["content/ans.json", "content/story.txt", "node_modules/pkg/README.txt", "public/copy.txt"]
    assert skipped["content/2009"] == "excluded by the pattern 'content/2009/'"
    documents, skipped = _walk(root, Selection(root=root, include=("*.json",)))
    assert documents == ["content/ans.json"] and skipped["content/story.txt"] == "not matched by the include patterns"


def test_include_lets_a_named_kind_be_read_by_content(tmp_path: Path) -> None:
    page = tmp_path / "article.php"
    page.write_text("<!DOCTYPE html><html><body><p>Text.</p></body></html>")
    assert [type(i).__name__ for i in stream([str(page)], selection=Selection(root=tmp_path))] == ["Skipped"]
    (item,) = stream([str(page)], selection=Selection(root=tmp_path, include=("*.php",)))
    assert getattr(item, "format", None) == "html"


def test_force_exclude_applies_to_named_files(tmp_path: Path) -> None:
    root = _tree(tmp_path / "repo")
    named = [str(root / "content" / "2009" / "old.txt"), str(root / "content" / "story.txt")]
    selection = Selection(root=root, exclude=("content/2009/**",))
    assert [type(i).__name__ for i in stream(named, selection=selection)] == ["Document", "Document"]
    forced = Selection(root=root, exclude=("content/2009/**",), force_exclude=True)
    assert [getattr(i, "reason", None) for i in stream(named, selection=forced)] == [
        "excluded by the pattern 'content/2009/**'",
        None,
    ]


def test_policy_files_and_per_file_ignores(tmp_path: Path) -> None:
    """[files] and [per-file-ignores] in the policy, patterns relative to the policy file's folder."""
    root = _tree(tmp_path / "repo")
    (root / "creditcheck.toml").write_text(
        '[files]\nextend-exclude = ["build.py"]\n\n[per-file-ignores]\n"content/2009/**" = ["CRD004", "gallery-counter", "CAP"]\n'
    )
    result = run_cli("check", str(root), "--format", "json")
    assert result.returncode == 1, result.stderr  # the ANS story's missing credit
    audit = json.loads(result.stdout)
    rules = {Path(d["source"]).name: sorted({f["rule"] for f in d["findings"]}) for d in audit["documents"]}
    assert rules["story.txt"] == ["ART001", "CAP002", "CAP003", "CRD004", "CRD007"]
    assert rules["old.txt"] == ["CRD007"]  # CRD004, ART001 by name and every CAP rule by prefix are off there
    assert {Path(s["source"]).name: s["reason"] for s in audit["skipped"]}["build.py"] == (
        "excluded by the pattern 'build.py'"
    )
    assert audit["summary"]["by_rule"]["CRD004"] == 6  # story.txt's only: old.txt's are not counted


def test_no_article_exits_2(tmp_path: Path) -> None:
    (tmp_path / "photo.jpg").write_bytes((SAMPLES / "images" / "harbour.jpg").read_bytes())
    result = run_cli("check", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr == (
        f"creditcheck: no article found in {tmp_path} (1 entries skipped: 1 image file: an asset of articles, "
        "not an article); --allow-no-articles accepts that\n"
    )
    assert run_cli("check", str(tmp_path), "--allow-no-articles").returncode == 0
    (tmp_path / "empty").mkdir()
    assert "(nothing there)" in run_cli("check", str(tmp_path / "empty")).stderr
    assert run_cli("check", str(tmp_path / "photo.jpg")).returncode == 0  # an image named on its own is checked


def test_settings_carry_the_selection(tmp_path: Path) -> None:
    root = _tree(tmp_path / "repo")
    audit = audit_paths([str(root)], Settings(selection=Selection(root=root, exclude=("content/", "node_modules/"))))
    assert audit.documents == [] and audit.summary.documents_skipped == 8


def test_policy_patterns_and_selectors_are_validated() -> None:
    from checker.policy.config import ConfigError, from_mapping

    with pytest.raises(ConfigError) as raised:
        from_mapping({"per-file-ignores": {"archive/**": ["CRD099", "DOC001", "photographer-misng"]}})
    assert str(raised.value).splitlines()[1:] == [
        "  per-file-ignores.archive/**: 'CRD099' names no rule, code prefix or ALL",
        "  per-file-ignores.archive/**: 'photographer-misng' names no rule, code prefix or ALL; did you mean "
        "'photographer-missing'?",
        "  per-file-ignores.archive/**: DOC001 cannot be selected or ignored (`creditcheck explain DOC001`)",
    ]
    with pytest.raises(ConfigError) as raised:
        from_mapping({"files": {"exclude": ["!"], "includes": ["x"]}})
    assert str(raised.value).splitlines()[1:] == [
        "  files.exclude: not a gitignore pattern: '!' (Invalid git pattern: '!')",
        "  files.includes: unknown setting; did you mean 'include'?",
    ]
    policy = from_mapping({"per-file-ignores": {"archive/2009/**": ["CRD006", "META"]}})
    assert policy.for_source("archive/2009/a.html").rules == {
        "CRD006": "off",
        "META001": "off",
        "META002": "off",
        "META003": "off",
    }
    assert policy.for_source("archive/2010/a.html").rules == {}
