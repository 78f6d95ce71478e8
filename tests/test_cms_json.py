"""CMS JSON: Arc XP ANS and WordPress REST documents, read by the same rules as pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SAMPLES

from checker.audit import audit_paths
from checker.credits.registry import default_registry
from checker.errors import ReadError
from checker.readers.cms_json import read_cms_json


def _read(document) -> object:
    return read_cms_json("doc.json", json.dumps(document).encode(), default_registry())


def test_ans_story_images_credits_and_pointers() -> None:
    article = read_cms_json("s", (SAMPLES / "ans-story.json").read_bytes(), default_registry())
    assert [
        (i.location.pointer, i.credit.agency if i.credit else None, i.credit.photographer if i.credit else None)
        for i in article.images
    ] == [
        ("/promo_items/basic", "ap", "Jane Doe"),
        ("/content_elements/1", "reuters", "Peter Nicholls"),
        ("/content_elements/3", None, None),
    ]
    # each pointer resolved to where its value starts in the file, for CI annotations
    lines = (SAMPLES / "ans-story.json").read_text().splitlines()
    assert [i.location.region() for i in article.images] == [(8, 14), (20, 5), (29, 5)]
    assert all(lines[i.location.line - 1][i.location.column - 1] == "{" for i in article.images)
    assert lines[7].lstrip().startswith('"basic"') and lines[19].strip() == "{"
    assert str(article.published) == "2024-02-10" and article.title == "Storm batters the south coast"
    assert "Gusts of 80mph" in article.text
    assert article.images[0].embedded.copyright == "Copyright 2024 The Associated Press"


def test_ans_schema_fixture_shape() -> None:
    """The shape of washingtonpost/ans-schema's image-fixture-good.json: credits.by with name and byline."""
    image = {
        "type": "image",
        "version": "0.10.12",
        "caption": "US Supreme Court Justice Antonin Scalia testifies",
        "alt_text": "Scalia at a hearing",
        "credits": {"by": [{"name": "Ansel Adams", "byline": "John Jacob", "type": "author", "version": "0.10.12"}]},
        "copyright": "(c) 2015, The Washington Post, Inc",
        "url": "https://example.com/scalia.jpg",
    }
    (record,) = _read(image).images
    assert (record.credit.raw, record.credit.agency, record.credit.photographer) == ("Ansel Adams", None, "Ansel Adams")


def test_ans_gallery_with_inline_credit_in_caption() -> None:
    gallery = {
        "type": "gallery",
        "version": "0.10.12",
        "content_elements": [
            {"type": "image", "caption": "Protesters in Hong Kong. (AP Photo/Kin Cheung)", "url": "a.jpg"},
            {
                "type": "image",
                "caption": "Police line",
                "vanity_credits": {"by": [{"name": "Anthony Kwan/Getty Images"}]},
                "url": "b.jpg",
            },
        ],
    }
    images = _read(gallery).images
    assert [(i.caption, i.credit.agency) for i in images] == [
        ("Protesters in Hong Kong.", "ap"),
        ("Police line", "getty"),
    ]


def test_wordpress_media_and_image_meta() -> None:
    (doc,) = audit_paths([str(SAMPLES / "wordpress-media.json")]).documents
    assert doc.format == "wordpress" and str(doc.published) == "2024-02-11"
    assert [(f.image, f.rule, f.location.render()) for f in doc.findings if f.rule.startswith("META")] == [
        (0, "META001", "2:3 /0"),
        (1, "META002", "12:3 /1"),
    ]


def test_wordpress_post_content_goes_through_the_html_reader() -> None:
    post = {
        "id": 7,
        "date": "2023-05-01T10:00:00",
        "title": {"rendered": "Harbour plan"},
        "content": {
            "rendered": '<p>The council voted.</p><figure class="wp-block-image"><img src="/h.jpg" '
            'alt="The harbour"><figcaption class="wp-element-caption">The harbour at dawn. '
            "(PA Wire/Ben Birchall)</figcaption></figure>"
        },
    }
    article = _read(post)
    (image,) = article.images
    assert (image.caption, image.credit.agency, image.location.pointer) == (
        "The harbour at dawn.",
        "pa",
        "/content/rendered",
    )
    # json.dumps wrote the post on one line: the location is where the rendered HTML starts
    assert image.location.region() == (1, json.dumps(post).index('"<p>The council voted.') + 1)
    assert str(article.published) == "2023-05-01" and "The council voted." in article.text


@pytest.mark.parametrize(
    ("data", "message"), [(b"{not json", "not valid JSON"), (b'{"hello": "world"}', "JSON of an unknown shape")]
)
def test_bad_json_is_a_document_error(tmp_path: Path, data: bytes, message: str) -> None:
    with pytest.raises(ReadError, match=message):
        read_cms_json("x", data, default_registry())
    # a .json file with none of the fields of a CMS document is no article: skipped with the reason, not an error
    path = tmp_path / "x.json"
    path.write_bytes(data)
    audit = audit_paths([str(path)])
    assert audit.documents == [] and [s.reason for s in audit.skipped] == [
        "JSON with no Arc XP ANS or WordPress REST fields, not an article"
    ]
    # one that has them and is broken is that document's error
    path.write_bytes(b'{"type": "story", "version": "1.0", "content_elements": [')
    (doc,) = audit_paths([str(path)]).documents
    assert doc.status == "error" and "not valid JSON" in doc.error
