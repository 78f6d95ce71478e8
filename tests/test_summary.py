"""The one summary accumulator: counted from per-document numbers, chrome apart, merged in any grouping."""

from __future__ import annotations

import json
import random
from pathlib import Path

from conftest import SAMPLES

from checker.archive.run import run_archive
from checker.audit import DocumentCounts, Settings, Tally, audit_paths, summarise
from checker.policy.config import load


def _sample_counts() -> tuple[list[DocumentCounts], int]:
    settings = Settings(policy=load(SAMPLES / "newsroom-policy.toml"), images_root=SAMPLES)
    audit = audit_paths([str(SAMPLES)], settings)
    return [DocumentCounts.of(doc) for doc in audit.documents], len(audit.skipped)


def _tally(counts: list[DocumentCounts], skipped: int = 0) -> Tally:
    tally = Tally()
    for one in counts:
        tally.add(one)
    for _ in range(skipped):
        tally.skip()
    return tally


def test_partial_tallies_merge_to_the_whole_in_any_grouping() -> None:
    counts, skipped = _sample_counts()
    whole = _tally(counts, skipped)
    assert whole.documents == len(counts) and whole.images > 0 and whole.rules
    rng = random.Random(7)
    for _ in range(20):
        shuffled = counts[:]
        rng.shuffle(shuffled)
        cuts = sorted(rng.sample(range(1, len(shuffled)), 2))
        a, b, c = shuffled[: cuts[0]], shuffled[cuts[0] : cuts[1]], shuffled[cuts[1] :]
        ta, tb, tc = _tally(a, skipped), _tally(b), _tally(c)
        assert ta.merge(tb).merge(tc) == ta.merge(tb.merge(tc)) == tc.merge(ta).merge(tb) == whole
        assert ta.merge(tb).merge(tc).summary() == whole.summary()
    assert Tally().merge(whole) == whole  # the empty tally is the identity


def test_document_counts_survive_the_cache() -> None:
    counts, _ = _sample_counts()
    assert [DocumentCounts.from_dict(json.loads(json.dumps(c.to_dict()))) for c in counts] == counts


def test_chrome_images_are_counted_apart(tmp_path: Path) -> None:
    """Site furniture is listed with its document but never judged: counted as chrome_images, not images."""
    (doc,) = audit_paths([str(SAMPLES / "gallery.html")]).documents
    content = doc.images[0]
    chrome = content.model_copy(update={"role": "chrome", "index": len(doc.images), "credit": None})
    unsure = content.model_copy(update={"role": "unsure", "index": len(doc.images) + 1})
    with_chrome = doc.model_copy(update={"images": [*doc.images, chrome, unsure]})
    before, after = summarise([doc], []), summarise([with_chrome], [])
    # the unsure image is judged and counted; the chrome one only counted apart
    assert (after.images, after.chrome_images) == (before.images + 1, before.chrome_images + 1)
    assert sum(after.by_agency.values()) == sum(before.by_agency.values()) + 1 == after.images
    counts = DocumentCounts.of(with_chrome)
    assert (counts.chrome, len(counts.images)) == (before.chrome_images + 1, before.images + 1)


def test_check_and_audit_count_the_same_summary(tmp_path: Path) -> None:
    settings = Settings(policy=load(SAMPLES / "newsroom-policy.toml"), images_root=SAMPLES)
    archive = run_archive([str(SAMPLES)], settings, tmp_path / "run", jobs=1)
    assert archive.summary == audit_paths([str(SAMPLES)], settings).summary
