"""Archive files for tests: JSON Lines and WARC written here, never copied from anywhere."""

from __future__ import annotations

import json
from io import BytesIO
from pathlib import Path

PAGE = """<html><head><meta property="article:published_time" content="{date}T08:00:00Z"></head><body><article>
<p>Story {n}.</p><figure><img src="/img/{image}" alt="Photo {n}"><figcaption>Caption {n}
<span class="credit">{credit}</span></figcaption></figure></article></body></html>"""


def write_warc(path: Path, pages: list[tuple[str, str]], content_type: str = "text/html; charset=utf-8") -> Path:
    """A gzipped WARC: one HTML response per (uri, html), then a resource record that is not a page."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for uri, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(uri, "response", payload=BytesIO(html.encode()), http_headers=headers)
            )
        writer.write_record(writer.create_warc_record("urn:x", "resource", payload=BytesIO(b"x")))
    return path


def write_jsonl(path: Path, records: list[dict], bad_line: bool = True) -> Path:
    with path.open("w") as handle:
        for record in records:
            handle.write(json.dumps(record) + "\n")
        if bad_line:
            handle.write("{not json\n")
    return path
