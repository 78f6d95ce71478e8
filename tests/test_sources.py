"""The one document stream: standard input and pipes read once and whole, formats and containers recognised from
their names or their content, the table of input formats."""

from __future__ import annotations

import gzip
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from archives import PAGE, write_jsonl, write_warc
from conftest import ROOT, SAMPLES, SEED, run_cli

from checker.audit import audit_paths
from checker.model import Skipped
from checker.readers import FORMATS, Document, format_by_name, sniff
from checker.sources import CONTAINERS, stream
from checker.sources import jsonl as jsonl_source
from checker.sources import warc as warc_source


def _check(*args: str, stdin) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "checker", "check", *args, "--format", "json"],
        cwd=ROOT,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def _long_text(tmp_path: Path) -> Path:
    """A scraped article whose images come after more bytes than any sniffing reads (64 KiB)."""
    filler = "The storm moved east overnight, the coastguard said.\n" * 1500
    path = tmp_path / "long.txt"
    path.write_text(filler + SEED.read_text(encoding="utf-8"), encoding="utf-8")
    return path


def _findings(result: subprocess.CompletedProcess[str]) -> tuple[str, list[tuple]]:
    assert "Traceback" not in result.stderr, result.stderr
    (doc,) = json.loads(result.stdout)["documents"]
    return doc["source"], [(f["rule"], f["image"], f["location"]["line"]) for f in doc["findings"]]


@pytest.mark.parametrize("name", ["seed", "long"])
def test_piped_text_is_read_whole_with_its_line_numbers(tmp_path: Path, name: str) -> None:
    path = SEED if name == "seed" else _long_text(tmp_path)
    _, expected = _findings(run_cli("check", str(path), "--format", "json"))
    assert expected and max(line for _, _, line in expected) > (1500 if name == "long" else 10)
    data = path.read_bytes()
    piped = subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE)  # cat a.txt | creditcheck check -
    assert _findings(_check("-", stdin=piped.stdout)) == ("<stdin>", expected)
    piped.wait()
    with path.open("rb") as handle:  # creditcheck check /dev/stdin < a.txt
        assert _findings(_check("/dev/stdin", stdin=handle)) == ("/dev/stdin", expected)
    piped = subprocess.Popen(["cat", str(path)], stdout=subprocess.PIPE)  # cat a.txt | creditcheck check /dev/stdin
    assert _findings(_check("/dev/stdin", stdin=piped.stdout)) == ("/dev/stdin", expected)
    piped.wait()
    assert len(data) > 0


def test_stdin_formats_and_containers_are_sniffed(tmp_path: Path) -> None:
    html = PAGE.format(n=1, date="2024-02-10", image="a.jpg", credit="AP Photo/Jane Doe").encode()
    (doc,) = audit_paths(["-"], stdin=io.BytesIO(html)).documents
    assert (doc.source, doc.format, doc.images[0].credit.agency) == ("<stdin>", "html", "ap")
    (doc,) = audit_paths(["-"], stdin=io.BytesIO((SAMPLES / "ans-story.json").read_bytes())).documents
    assert (doc.source, doc.format, len(doc.images)) == ("<stdin>", "ans", 3)
    feed = write_jsonl(tmp_path / "feed", [{"url": "u1", "html": html.decode()}, {"text": "Storm. Credit: AP\n"}])
    for data in (feed.read_bytes(), gzip.compress(feed.read_bytes())):
        docs = audit_paths(["-"], stdin=io.BytesIO(data)).documents
        assert [(d.source, d.format, d.status) for d in docs] == [
            ("u1", "html", "ok"),
            ("<stdin>:2", "text", "ok"),
            ("<stdin>:3", "jsonl", "error"),
        ]
    crawl = write_warc(tmp_path / "crawl", [("https://example.com/a", html.decode())])
    (doc,) = audit_paths(["-"], stdin=io.BytesIO(crawl.read_bytes())).documents
    assert (doc.source, doc.format, doc.images[0].credit.agency) == ("https://example.com/a", "html", "ap")


def test_files_without_a_telling_name_are_sniffed(tmp_path: Path) -> None:
    html = PAGE.format(n=1, date="2024-02-10", image="a.jpg", credit="Reuters")
    write_jsonl(tmp_path / "feed.export", [{"url": "u1", "html": html}], bad_line=False)
    write_warc(tmp_path / "crawl.bin", [("https://example.com/a", html)])
    (tmp_path / "page").write_text(html)
    docs = audit_paths([str(tmp_path)]).documents
    assert sorted((d.source.rsplit("/", 1)[-1], d.format) for d in docs) == [
        ("a", "html"),
        ("page", "html"),
        ("u1", "html"),
    ]


def test_unreadable_inputs_are_per_document_errors(tmp_path: Path) -> None:
    (tmp_path / "bad.jsonl.gz").write_bytes(gzip.compress(b'{"text": "A. Credit: AP"}\n')[:-12])  # truncated
    (tmp_path / "bad.warc").write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 99\r\n\r\nabc")
    (tmp_path / "garbage.warc.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(range(256)))
    (tmp_path / "empty.jsonl").write_bytes(b"\n")
    write_warc(tmp_path / "images.warc", [])  # a resource record, no HTML response
    audit = audit_paths([str(tmp_path), str(tmp_path / "gone.jsonl"), "-"], stdin=io.BytesIO(b""))
    docs = audit.documents
    errors = {Path(d.source).name: d.error for d in docs if d.status == "error"}
    assert {Path(s.source).name: s.reason for s in audit.skipped} == {
        "empty.jsonl": "JSON Lines file with no records",
        "images.warc": "web archive with no HTML responses",
    }
    assert errors["garbage.warc.gz@0"].startswith("WARC record at byte 0 unreadable: not a readable gzip stream")
    assert errors["gone.jsonl"] == "file not found"
    assert errors["<stdin>"].startswith("empty document")
    assert errors["bad.warc@0"].startswith("WARC record at byte 0 unreadable")
    assert any(name.startswith("bad.jsonl.gz:") and "cannot read past line" in error for name, error in errors.items())
    piped_image = audit_paths(["-"], stdin=io.BytesIO(b"\xff\xd8\xff\xe0" + b"\x00" * 16)).documents
    assert [(d.format, d.status) for d in piped_image] == [("image", "error")]
    assert "give its path" in (piped_image[0].error or "")


def test_the_table_of_input_formats() -> None:
    assert [format_by_name(n) for n in ("a.HTML", "b.txt", "c.json", "d.JPG", "e.jsonl", "f")] == [
        "html",
        "text",
        "json",
        "image",
        None,  # a container, not a format
        None,
    ]
    assert [
        sniff(h) for h in (b"\xff\xd8\xff\xe0", b"\xef\xbb\xbf <!DOCTYPE html>", b' {"a": 1}', b"Caption", b"\x00\x01")
    ] == [
        "image",
        "html",
        "json",
        "text",
        "unknown",
    ]
    for name, entry in FORMATS.items():
        assert entry.extensions and all(ext == ext.lower() and ext.startswith(".") for ext in entry.extensions), name
    assert set(CONTAINERS) == {"jsonl", "warc"}
    assert not any(format_by_name(f"x{suffix}") for entry in CONTAINERS.values() for suffix in entry.suffixes)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (b'{"url": "a", "html": "<p>x</p>"}\n', True),  # one record naming its content
        (b'{"a": 1}\n{"b": 2}\n', True),
        (b'{\n  "type": "story"\n}\n', False),  # pretty-printed JSON
        (b'{"type": "story", "version": "0.10", "content_elements": []}\n', False),  # one-line ANS
        (b"[1, 2]\n[3]\n", False),
        (b"plain text\n", False),
    ],
)
def test_json_lines_sniffing(head: bytes, expected: bool) -> None:
    assert jsonl_source.looks_like(head) is expected
    assert jsonl_source.looks_like(gzip.compress(head)) is expected


def test_warc_charset_is_carried_to_the_document(tmp_path: Path) -> None:
    html = PAGE.format(n=1, date="2024-02-10", image="a.jpg", credit="AP")
    crawl = write_warc(tmp_path / "c.warc.gz", [("https://e.com/u", html)], content_type='text/html; Charset="latin1"')
    (doc,) = [d for d in stream([str(crawl)]) if isinstance(d, Document)]
    assert (doc.source, doc.format, doc.charset) == ("https://e.com/u", "html", "latin1")
    assert warc_source.charset("text/html") is None
    assert warc_source.looks_like(crawl.read_bytes()) and not warc_source.looks_like(b"<html>")


def test_tree_skips_are_listed() -> None:
    items = list(stream([str(SAMPLES)]))
    skipped = {Path(i.source).name: i.reason for i in items if isinstance(i, Skipped)}
    assert skipped["newsroom-policy.toml"] == "configuration file"
    assert skipped["harbour.jpg"] == "image file: an asset of articles, not an article"
    documents = [i for i in items if isinstance(i, Document)]
    assert all(d.data is None and d.path is not None for d in documents)  # files are read where they are audited


def test_the_declared_charset_reaches_the_html_reader(monkeypatch) -> None:
    import checker.readers as readers
    from checker.credits.registry import default_registry

    seen: list[dict] = []
    real = readers.read_html

    def reader(source, data, registry, selectors=None, **keywords):
        seen.append(keywords)
        return real(source, data, registry, selectors)

    monkeypatch.setattr(readers, "read_html", reader)
    page = PAGE.format(n=1, date="2024-02-10", image="a.jpg", credit="AP").encode()
    readers.read(Document("u", "html", data=page), default_registry())
    article = readers.read(Document("u", "html", data=page, charset="iso-8859-1"), default_registry())
    assert seen == [{"charset": None}, {"charset": "iso-8859-1"}] and article.images[0].credit.agency == "ap"
