"""IMG rules: the image files behind an article."""

from __future__ import annotations

from checker.model import Article
from checker.rules import Context, rule


@rule(
    "IMG002",
    "image-file-unreadable",
    "warning",
    "An image the article references could not be found or read under --images.",
    why="""
        The photo's own metadata (IPTC, XMP, EXIF) is the supplier's statement of the credit: META001, META002,
        META003 and the embedded part of CRD003 judge it. An image that could not be read was not checked
        against it, and the run should say so rather than pass it in silence.
    """,
    fires='With --images static/: the page shows <img src="/uploads/flood.jpg">, and no static/uploads/flood.jpg exists.',
    passes="With --images static/: static/uploads/flood.jpg exists and its IPTC, XMP and EXIF blocks are readable.",
    fix="""
        Point --images at the folder the site serves images from, or restore the file. A block refused as
        hostile (an XMP packet with a DTD or entities) should be stripped from the file.
    """,
)
def image_unreadable(article: Article, context: Context):
    """With --images, an image the article references that is not found under the images root (by its URL path,
    then by its file name), that cannot be opened, or that holds a metadata block that was refused (an XMP
    packet with a DTD or entities) or could not be parsed."""
    for image in article.images:
        embedded = image.embedded
        if embedded and embedded.error and not embedded.outside_root:
            yield image.index, embedded.error
        elif embedded and embedded.warnings:
            yield image.index, "; ".join(embedded.warnings)


@rule(
    "IMG003",
    "image-path-escapes-root",
    "error",
    'An image reference points outside the --images root ("../", or a link out of it); it was not read.',
    why="""
        creditcheck never reads files outside the folder it was given: a reference such as "../../etc/passwd"
        or a symbolic link out of the images folder is either a broken path or content that tries to make the
        checker read other files. Either way the image's metadata was not checked.
    """,
    fires='With --images static/: the page shows <img src="../../private/flood.jpg">.',
    passes='With --images static/: the page shows <img src="/uploads/flood.jpg">, a file under static/.',
    fix="Reference images by their path under the site's image folder; replace links that point out of it.",
)
def image_escapes_root(article: Article, context: Context):
    """With --images, an image reference that resolves outside the images root ("../" segments, or a symbolic
    link that leads out of it). The file is not opened."""
    for image in article.images:
        if image.embedded and image.embedded.outside_root:
            yield image.index, image.embedded.error
