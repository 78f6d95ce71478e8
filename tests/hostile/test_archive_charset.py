"""Issue 13, item 8: pages in archives are decoded as their transport says, then as the HTML standard sniffs.

libxml2 alone read a page without <meta charset> as Latin-1, so "Agence France-Presse — Getty Images" lost its
dash and with it the agency. A JSON Lines "html" field is text already, handed on as UTF-8 and said to be UTF-8
(a <meta charset> inside it no longer re-decodes it); a WARC record's HTTP Content-Type charset comes first, then
the page's <meta>, then UTF-8 if the bytes are valid UTF-8.
"""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

from hostile.bounded import run_bounded

CREDIT = "Agence France-Presse — Getty Images"
PAGE = """<html><head>{meta}</head><body><article><p>Riot police in Paris.</p><figure><img src="/img/riot.jpg"
alt="Riot police"><figcaption>Riot police in Paris. <span class="credit">{credit}</span></figcaption></figure>
</article></body></html>"""
PAGES = {
    "no-meta": PAGE.format(meta="", credit=CREDIT),
    # a page saved as UTF-8 that still declares the encoding it was once written in
    "stale-meta": PAGE.format(meta='<meta charset="windows-1252">', credit=CREDIT),
}


def write_warc(path: Path, pages: list[tuple[str, bytes]], content_type: str) -> None:
    """A gzipped WARC of HTML responses whose bodies are the bytes given."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, body in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=headers))


def credits(run) -> dict[str, tuple[str, str | None, str | None]]:
    out = {}
    for doc in json.loads(run.stdout)["documents"]:
        image = doc["images"][0] if doc["images"] else {}
        credit = image.get("credit") or {}
        out[doc["source"].rsplit("/", 1)[-1]] = (doc["status"], credit.get("raw"), credit.get("agency"))
    return out


def test_json_lines_html_is_read_as_the_text_it_is(site: Path) -> None:
    with (site / "feed.jsonl").open("w", encoding="utf-8") as feed:
        for name, html in PAGES.items():
            feed.write(json.dumps({"url": f"https://example.com/{name}", "html": html}) + "\n")  # \u escapes
            feed.write(json.dumps({"url": f"https://example.com/{name}-raw", "html": html}, ensure_ascii=False) + "\n")
    run = run_bounded("check", str(site), "--images", str(site), "--format", "json", cpu_seconds=20, memory_mb=1024)
    assert run.returncode in (0, 1), run
    found = credits(run)
    for name in ("no-meta", "no-meta-raw", "stale-meta", "stale-meta-raw"):
        assert found[name] == ("ok", CREDIT, "getty"), name
    assert found["ordinary.txt"] == ("ok", "Jane Doe/AP", "ap")


def test_warc_records_are_read_in_the_charset_their_header_declares(site: Path) -> None:
    pages = [(f"https://example.com/{name}", html.encode()) for name, html in PAGES.items()]
    write_warc(site / "utf8.warc.gz", pages, "text/html; charset=utf-8")
    write_warc(
        site / "undeclared.warc.gz", [("https://example.com/undeclared", PAGES["no-meta"].encode())], "text/html"
    )
    latin = PAGE.format(meta="", credit="Agence France-Presse – Getty Images").encode("cp1252")  # en dash: 0x96
    write_warc(site / "latin.warc.gz", [("https://example.com/latin", latin)], "text/html")
    run = run_bounded("check", str(site), "--images", str(site), "--format", "json", cpu_seconds=20, memory_mb=1024)
    assert run.returncode in (0, 1), run
    found = credits(run)
    assert found["no-meta"] == found["stale-meta"] == ("ok", CREDIT, "getty")  # the header's UTF-8 wins over <meta>
    assert found["undeclared"] == ("ok", CREDIT, "getty")  # no charset anywhere: valid UTF-8 is read as UTF-8
    assert found["latin"] == ("ok", "Agence France-Presse – Getty Images", "getty")  # else windows-1252
    assert found["ordinary.txt"] == ("ok", "Jane Doe/AP", "ap")
