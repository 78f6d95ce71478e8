"""One photo shown more than once on a page: a responsive copy, an enlarge overlay, a gallery's preview of the
lead photo, renditions of one upload in several sizes. The copy with the most said about it is the image; the
others are listed as chrome ("duplicate: ..."), and a file shown again and again with nothing said about it is an
ornament or an ad.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from checker import lazy_re
from checker.readers.html.gallery import is_gallery
from checker.readers.html.seen import Seen, short_src
from checker.readers.photo_files import SCRIPT_EXTENSIONS, file_key, naming_query, same_stem
from checker.textnorm import fold


def mark_duplicates(seen: list[Seen], held: Counter) -> None:
    """The same photo shown twice (a responsive copy, an enlarge overlay, a gallery preview beside the gallery) is
    one image: the copy with the most said about it stays, the others are listed as chrome. Copies are the same
    file, or the same caption and credit in a block that holds no other image."""
    groups: dict[str, list[Seen]] = {}
    renditions: dict[str, list[tuple[str, Seen]]] = {}  # renditions of one photo by their file names
    photos = [photo_address(item.evidence.src) if item.evidence.src else None for item in seen]
    shown_times = Counter(photo for photo in photos if photo)  # copies in one element too
    for item, photo in zip(seen, photos, strict=True):
        if item.evidence.role != "chrome" and photo:
            groups.setdefault(photo, []).append(item)
            renditions.setdefault(original_photo(photo), []).append((photo, item))
    for original, copies in renditions.items():
        if len({photo for photo, _ in copies}) > 1:  # the bare ones among them are copies (a thumbnail strip)
            groups[f"rendition:{original}"] = [item for _, item in copies]
        if (artboard := _ARTBOARD.match(original)) is not None:  # ai2html: one graphic drawn for each screen width
            groups.setdefault(f"artboard:{artboard.group(1)}", []).extend(item for _, item in copies)
    for item in seen:
        if item.evidence.role != "chrome" and item.captioned and item.evidence.captions[0]:
            text = (COUNTER.sub("", item.evidence.captions[0]), tuple(c.text for c in item.evidence.credits))
            groups.setdefault(f"caption:{text!r}", []).append(item)
    shown = [item for item in seen if item.evidence.role != "chrome" and item.evidence.src]
    for first, second in pairwise(shown):  # two renditions side by side in one block
        if _renditions(first, second) and _one_block([first, second], held):
            groups[f"pair:{id(first)}"] = [first, second]
    _alt_copies(seen)
    for key, items in groups.items():
        if shown_times[key] >= _ORNAMENT_COPIES and not key.startswith(_GROUPS) and not any(i.captioned for i in items):
            for item in items:  # a divider, a house ad: one file shown again and again, never said anything about
                item.evidence.chrome(
                    f"the same file shown {shown_times[key]} times, none captioned: an ornament or an ad"
                )
            continue
        if len(items) < 2:
            continue
        if (
            key.startswith("caption:")
            and not _one_block(items, held)
            and not _shown_elsewhere(items, key)
            and not _one_file(items)
        ):
            continue
        if key.startswith("caption:") and _distinct_pictures(items):
            continue
        best = max(items, key=lambda s: (s.evidence.role == "content", s.captioned, len(s.evidence.credits)))
        # two crops of one upload captioned differently are two figures; captioned alike, one photo shown twice
        bare_only = key.startswith("rendition:") and len(_caption_texts(items)) > 1
        for item in items:
            if item is not best and item.evidence.role != "chrome" and not (bare_only and item.captioned):
                item.evidence.chrome(f"duplicate: the same photo is shown again ({short_src(best.evidence.src)})")


_ORNAMENT_COPIES = 3
_GROUPS = ("rendition:", "artboard:", "caption:", "pair:")  # groups of copies other than one file's


# A graphic that ai2html exports once per screen width, one file per artboard ("…/chart-1-Artboard_2.png",
# "…/chart-1-Artboard_3.png"): its stem names the graphic
_ARTBOARD = lazy_re.compile(r"^(.+?)[-_ ]?artboard[-_ ]?\d{1,2}\.\w+$", re.IGNORECASE)


def _one_file(items: list[Seen]) -> bool:
    """Captioned alike and renditions of one file ("photo-1024x576.jpg" here, a resizer's "w_280/.../photo.jpg"
    there): one photo shown twice, however short the caption."""
    return len({original_photo(file_key(s.evidence.src or "")) for s in items}) == 1


def _caption_texts(items: list[Seen]) -> set[str]:
    return {
        fold(COUNTER.sub("", s.evidence.captions[0])) for s in items if s.evidence.captions and s.evidence.captions[0]
    }


GALLERY_ALIKE = 3  # pictures captioned alike, each its own file, that make a gallery rather than copies


def _distinct_pictures(items: list[Seen]) -> bool:
    """Several pictures captioned alike whose files are neither the same nor renditions of one another (slides
    of a gallery all captioned with its title, "HTC Touch" x 9): each is an image."""
    names = [file_key(item.evidence.src or "") for item in items]
    if len(items) < GALLERY_ALIKE or len(set(names)) < len(names):
        return False
    # renditions share a long start, so sorted they stand side by side: neighbours only, not every pair
    return not any(same_stem(a, b) for a, b in pairwise(sorted(names)))


def _renditions(first: Seen, second: Seen) -> bool:
    """Two images that look like renditions of one photo, one of them shown bare (an enlarge overlay, a
    responsive copy): the same alt text, or file names that differ only in a size suffix
    ("ap_16342669033405-ec3b…-s1100-c50.jpg" and "ap_16342669033405-ec3b…-s1200.jpg")."""
    if first.captioned and second.captioned:
        return False
    alt, other = (first.evidence.alt or "").strip(), (second.evidence.alt or "").strip()
    if alt and alt == other:
        return True
    if alt and other:
        return False  # described differently ("Right-clicking on a page", "… on a link"): two pictures
    return same_stem(*(file_key(item.evidence.src or "") for item in (first, second)))


COUNTER = lazy_re.compile(
    r"^\s*(?:(?:Image|Photo|Bild|Foto)\s+)?\d{1,3}\s*(?:of|/|von|de)\s*\d{1,3}\s*|\s*\d{1,3}\s*(?:of|/)\s*\d{1,3}\s*$"
)
LONG_CAPTION = 40  # characters: a caption this long, credited alike, is one photo wherever it is shown again


def _shown_elsewhere(items: list[Seen], key: str) -> bool:
    """One photo shown again elsewhere on the page (a lightbox copy of an article photo): a long caption with
    the same credits on the same image file, the copies not slides of one gallery (a gallery may show two photos
    captioned alike). Two files captioned alike are two photos (a chart in two crops, two pictures of one scene)."""
    if len(key) < LONG_CAPTION or len({file_key(item.evidence.src or "") for item in items}) > 1:
        return False
    common = set(items[0].lineage)
    for item in items[1:]:
        common &= set(item.lineage)
    nearest = next((a for a in items[0].lineage if a in common), None)
    return nearest is not None and not is_gallery(nearest) and nearest.tag not in _GALLERY_LIST_TAGS


_GALLERY_LIST_TAGS = ("ul", "ol")


def _alt_copies(seen: list[Seen]) -> None:
    """Copies of one photo that their addresses cannot tell (a stream server's identifiers, a lightbox's rendition
    in another folder): two pictures with the same long alt text, one of them captioned with words the alt holds
    (a figure and its lightbox's copy); a picture with no caption whose alt text repeats, word for word, the
    caption another shows (a gallery's thumbnail of the lead photo)."""
    alike: dict[str, list[Seen]] = {}
    for item in seen:
        alt = item.evidence.alt
        if item.evidence.role != "chrome" and alt and alt.count(" ") >= _COPY_WORDS - 1:  # folded only if long
            words = _ALT_WORDS.findall(fold(alt))
            if len(words) >= _COPY_WORDS:
                alike.setdefault(" ".join(words), []).append(item)
    for alt, pair in alike.items():  # a figure and its lightbox's copy: the one whose caption the alt text holds
        if len(pair) == 2:
            holds = [_caption_in(item, alt) for item in pair]
            if holds.count(True) == 1:
                best, copy = pair if holds[0] else pair[::-1]
                copy.evidence.chrome(
                    f"duplicate: the same alt text as another picture ({short_src(best.evidence.src)})"
                )
    shown: dict[str, Seen] = {}
    for item in seen:
        if item.evidence.role != "chrome" and item.captioned and item.evidence.captions[0]:
            words = _ALT_WORDS.findall(fold(item.evidence.captions[0]))
            if len(words) >= _COPY_WORDS:
                shown.setdefault(" ".join(words), item)
    if not shown:
        return
    for item in seen:
        alt = item.evidence.alt
        if item.evidence.role == "chrome" or item.captioned or not alt or alt.count(" ") < _COPY_WORDS - 1:
            continue
        shown_as = shown.get(" ".join(_ALT_WORDS.findall(fold(alt))))
        if shown_as is not None and shown_as is not item:
            item.evidence.chrome(
                f"duplicate: its alt text is the caption of another picture ({short_src(shown_as.evidence.src)})"
            )


def _caption_in(item: Seen, alt: str) -> bool:
    """The picture's caption, word for word, is part of `alt` (an alt text's words, folded)."""
    words = _ALT_WORDS.findall(fold(item.evidence.captions[0] or ""))
    return bool(words) and " ".join(words) in alt


_ALT_WORDS = lazy_re.compile(r"\w+")
_COPY_WORDS = 8


def photo_address(src: str) -> str:
    """The photo's address without scheme and query: copies of one photo differ only in resize parameters (at a
    resizer with no file name in the path, the query names the photo: `_key`)."""
    path, _, query = src.partition("?")
    address = path.split("#")[0].split("//")[-1].lower().rstrip("/")
    name = address.rsplit("/", 1)[-1]
    if query and ("." not in name or name.rsplit(".", 1)[1] in SCRIPT_EXTENSIONS):
        return f"{address}?{naming_query(query)}"
    return address


def original_photo(address: str) -> str:
    """The photo a CMS rendition is made from (`address` as photo_address gives it): by the size written into its file
    name ("name-200x135.jpg" of "name.jpg"), and by a resizer's folders that say a size or a short token around a
    file name of its own (".../11602346/large1x1-140-140/f6e0…/nE/20--so-ehrt-die-serie-….jpg" and ".../large1x1-
    622-622/f6e0…/Zh/…"); the photo's own address for any other. Folders of ids or names that differ are other
    photos (two uploads named alike), unless the name holds the upload's own identifier (a UUID, a long hash)."""
    if "/styles/" in address:
        address = _DRUPAL_STYLE.sub("/", address)  # ".../files/styles/large/public/name.jpg" of ".../files/name.jpg"
    name = address.rsplit("/", 1)[-1]
    if "x" in name:
        address = _RENDITION_NAME.sub(r"\1", address)
        name = address.rsplit("/", 1)[-1]
    if "?" in address or len(name) < _NAMING_FILE:
        return address
    if _UPLOAD_ID.search(name):
        return name  # an upload's own identifier ("…-9662aa39-cb01-….jpg"): the same photo in any folder
    folders = address.split("/")
    site = ".".join(folders[0].split(".")[-2:])  # a CDN's shards ("static3.", "assets.") serve one file
    return "/".join(["*" if _resizing(part) else part for part in folders[1:-1]] + [name]).join((site + "/", ""))


# Drupal's image styles: a rendition in ".../files/styles/<style>/public/<path>" of the upload at ".../files/<path>"
_DRUPAL_STYLE = lazy_re.compile(r"/styles/[\w-]+/(?:public|private)/")


def _resizing(folder: str) -> bool:
    """A folder of a resizer's address that says a size ("large1x1-140-140", "w_640") or is a short token of
    letters ("nE"); a number (a month, a day) is part of where the photo is kept."""
    return (len(folder) <= _TOKEN and not folder.isdigit()) or bool(_SIZE_IN_FOLDER.search(folder))


_NAMING_FILE = 12  # characters of a file name that name one photo on its host
_TOKEN = 3  # a resizer's folder this short is a token (a crop's code), not an id
# "140x140", "large1x1-140-140", "w_640", and a CMS's derivative named by its width ("article_970") or its sides
# ("article_rotator_thumbs_50_50")
_SIZE_IN_FOLDER = lazy_re.compile(r"\d{2,4}[x-]\d{2,4}|^[whc]_?\d{2,4}$|^[a-z][a-z_]*_\d{2,4}(?:_\d{2,4})?$")
# An upload's own identifier in its file name, which two photos never share: a UUID, a long hex hash
_UPLOAD_ID = lazy_re.compile(
    r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|(?=[a-f]*\d)(?=\d*[a-f])[0-9a-f]{24,}"
)


# WordPress's renditions: "-WxH" (and an edited copy's "-e" and a 13-digit time) before the extension
_RENDITION_NAME = lazy_re.compile(r"(?:-e\d{13})?-\d{2,5}x\d{2,5}(\.\w{3,4})$")


def _one_block(items: list[Seen], held: Counter) -> bool:
    """The images' nearest common ancestor holds no other image."""
    common = set(items[0].lineage)
    for item in items[1:]:
        common &= set(item.lineage)
    nearest = next((a for a in items[0].lineage if a in common), None)
    return nearest is not None and held[nearest] == len(items)
