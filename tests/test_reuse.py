"""Photo reuse: near-duplicate hashes found by multi-index hashing, exactly as a comparison of all pairs would,
a re-saved copy credited to another agency reported, near-blank pictures never matched."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from conftest import SHARED
from PIL import Image, ImageDraw, ImageFilter

from checker.archive.phash import dhash
from checker.archive.reuse import THRESHOLD, HashIndex, near_groups
from checker.archive.run import run_archive
from checker.audit import Settings

PAGE = """<html><head><meta property="article:published_time" content="2024-03-01T08:00:00Z"></head><body>
<article><p>Story {n}.</p><figure><img src="/img/{image}" alt="Photo {n}"><figcaption>Caption {n}
<span class="credit">{credit}</span></figcaption></figure></article></body></html>"""


def _planted(seed: int, bits: int = 128) -> list[int]:
    """Random hashes, each with two copies 0-16 bits away: pairs on both sides of the threshold."""
    rng = random.Random(seed)
    base = [rng.getrandbits(bits) for _ in range(400)]
    copies = [b ^ sum(1 << x for x in rng.sample(range(bits), rng.randint(0, 16))) for b in base for _ in range(2)]
    return list(dict.fromkeys(base + copies))


@pytest.mark.parametrize("threshold", [THRESHOLD, 5, 15])
def test_index_finds_what_comparing_all_pairs_finds(threshold: int) -> None:
    hashes = _planted(threshold)
    index = HashIndex(threshold)
    for value in hashes:
        index.add(value)
    within = 0
    for query in hashes:
        expected = {other for other in hashes if (other ^ query).bit_count() <= threshold}
        assert index.near(query) == expected
        within += len(expected) > 1
    assert within > 100  # the planted copies do fall within the threshold, so the comparison means something


def test_groups_are_transitive_and_skip_zero() -> None:
    a = 0xFFFF_0000_FFFF_0000_FFFF_0000_FFFF_0000
    b = a ^ 0b1111_1111  # 8 bits from a
    c = b ^ (0b1111_1111 << 40)  # 8 bits from b, 16 from a: joined through b
    far = a ^ ((1 << 40) - 1) << 60  # 40 bits from all of them
    assert near_groups([a, b, c, far, 0, 1 << 3]) == [sorted([a, b, c])]
    assert near_groups([0, 0, 1]) == []  # zero is a flat picture's hash, never a match


def _photo(seed: int, size: tuple[int, int] = (480, 320)) -> Image.Image:
    """A photo-like picture: a gradient with soft shapes and grain, which re-saving does change."""
    rng = random.Random(seed)
    image = Image.linear_gradient("L").resize(size).convert("RGB")
    draw = ImageDraw.Draw(image)
    for _ in range(25):
        x, y = rng.randrange(size[0]), rng.randrange(size[1])
        r = rng.randrange(10, 90)
        draw.ellipse((x - r, y - r, x + r, y + r), fill=tuple(rng.randrange(256) for _ in range(3)))
    image = image.filter(ImageFilter.GaussianBlur(6))
    return Image.blend(image, _grain(size, 24, rng), 0.15)


def _grain(size: tuple[int, int], sigma: float, rng: random.Random) -> Image.Image:
    """Gaussian grain from a seeded generator (Pillow's effect_noise draws from an unseeded one, which made the
    hashes, and so the tests near the threshold, differ from run to run)."""
    values = bytes(min(255, max(0, round(rng.gauss(128, sigma)))) for _ in range(size[0] * size[1]))
    return Image.frombytes("L", size, values).convert("RGB")


def _jpeg(image: Image.Image, path: Path, quality: int) -> Path:
    image.save(path, "JPEG", quality=quality)
    return path


def test_near_blank_pictures_get_no_hash(tmp_path: Path) -> None:
    flat = _jpeg(Image.new("RGB", (200, 120), (240, 240, 240)), tmp_path / "flat.jpg", 90)
    grain = Image.blend(Image.new("RGB", (200, 120), (240, 240, 240)), _grain((200, 120), 8, random.Random(0)), 0.1)
    faint = _jpeg(grain, tmp_path / "faint.jpg", 90)
    photo = _jpeg(_photo(1), tmp_path / "photo.jpg", 90)
    assert dhash(flat) is None and dhash(faint) is None
    assert len(dhash(photo) or "") == 32


def test_resaved_copy_credited_to_another_agency_is_reported(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "img").mkdir(parents=True)
    original = _photo(4)
    _jpeg(original, site / "img" / "orig.jpg", 92)
    _jpeg(original.crop((5, 3, 475, 317)), site / "img" / "copy.jpg", 60)  # trimmed 1%, re-saved at quality 60
    _jpeg(_photo(5), site / "img" / "other.jpg", 92)
    blank = Image.new("RGB", (300, 200), (250, 250, 250))
    _jpeg(blank, site / "img" / "blank1.jpg", 90)
    _jpeg(blank, site / "img" / "blank2.jpg", 50)
    pages = [
        ("orig.jpg", "AP Photo/Jane Doe"),
        ("copy.jpg", "REUTERS/Jane Doe"),
        ("other.jpg", "Getty Images"),
        ("blank1.jpg", "AP Photo/Jane Doe"),
        ("blank2.jpg", "Shutterstock"),
    ]
    for n, (image, credit) in enumerate(pages):
        (site / f"{n}.html").write_text(PAGE.format(n=n, image=image, credit=credit))

    first, second = dhash(site / "img" / "orig.jpg"), dhash(site / "img" / "copy.jpg")
    assert first and second and first != second  # identical hashes alone would have missed it
    assert (int(first, 16) ^ int(second, 16)).bit_count() <= THRESHOLD

    summary = run_archive([str(site)], Settings(images_root=site, phash=True), tmp_path / "out", jobs=1)
    (reused,) = summary.reused_photos  # the blank pictures, credited to AP and Shutterstock, are not one photo
    assert reused.agencies == ["ap", "reuters"]
    assert sorted((Path(i.source).name, i.agency, i.phash) for i in reused.images) == [
        ("0.html", "ap", first),
        ("1.html", "reuters", second),
    ]


@pytest.mark.skipif(not (SHARED / "corpus" / "images").is_dir(), reason="../shared/corpus/images not present")
def test_quality_60_resaves_of_corpus_photos_are_found(tmp_path: Path) -> None:
    originals, found = 0, 0
    for path in sorted((SHARED / "corpus" / "images").iterdir()):
        value = dhash(path)
        if value is None or path.suffix.lower() not in (".jpg", ".jpeg"):
            continue
        with Image.open(path) as image:
            copy = _jpeg(image.convert("RGB"), tmp_path / "copy.jpg", 60)
        other = dhash(copy)
        originals += 1
        found += other is not None and (int(value, 16) ^ int(other, 16)).bit_count() <= THRESHOLD
    assert originals >= 25 and found == originals
