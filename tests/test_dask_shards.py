"""Archive shards and the Dask engine: shards hold exactly the stream's entries, a LocalCluster over a JSON Lines
archive, a WARC archive and a tree writes what the local engine writes, byte for byte, and what workers leave
behind after an interruption is kept; photos are hashed once per file, across runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from archives import PAGE, write_jsonl, write_warc
from synth import Credits, jpeg

from checker.archive import phash, shards
from checker.archive.run import run_archive, settings_hash
from checker.archive.shards import LineRange, ShardJob, audit_shard, entries, plan
from checker.audit import Settings
from checker.model import Skipped
from checker.policy.config import from_mapping
from checker.sources import stream


def _records(n: int) -> list[dict]:
    records: list[dict] = []
    for k in range(n):
        if k % 7 == 3:
            records.append({"id": f"t{k}", "text": f"Storm {k}. Credit: REUTERS/Jane Doe\n"})
        elif k % 11 == 5:
            records.append({"nothing": k})  # no html or text: this line's own error, named file:line
        else:
            credit = ("AP Photo/Jane Doe", "REUTERS/Jane Doe", "Getty Images")[k % 3]
            image = ("a.jpg", "a-copy.jpg", "b.jpg")[k % 3]
            records.append({"html": PAGE.format(n=k, date=f"2024-0{k % 9 + 1}-10", image=image, credit=credit)})
    return records


def _site(root: Path) -> Path:
    """A tree with articles, images (assets), a hidden file, a policy file, a JSON Lines feed with blank and broken
    lines (its records named by line), a WARC crawl and an empty JSON Lines file."""
    site = root / "site"
    (site / "img").mkdir(parents=True)
    (site / "2024").mkdir()
    photo = jpeg(Credits(credit="AP"), size=(96, 64), seed=1)
    (site / "img" / "a.jpg").write_bytes(photo)
    (site / "img" / "a-copy.jpg").write_bytes(photo)
    (site / "img" / "b.jpg").write_bytes(jpeg(Credits(credit="Reuters"), size=(96, 64), seed=2))
    for k in range(9):
        credit = ("AP Photo/Jane Doe", "REUTERS/Jane Doe", "")[k % 3]
        image = ("a.jpg", "a-copy.jpg", "b.jpg")[k % 3]
        (site / "2024" / f"{k}.html").write_text(PAGE.format(n=k, date="2024-02-10", image=image, credit=credit))
    (site / "2024" / ".hidden.html").write_text("<p>x</p>")
    (site / "creditcheck.toml").write_text("")
    (site / "2024" / "bad.txt").write_bytes(b"\xff\xfe not utf-8")
    feed = write_jsonl(site / "feed.jsonl", _records(60))
    with feed.open("a") as handle:
        handle.write("\n\n" + json.dumps({"url": "https://example.com/last", "text": "Last. Credit: AP\n"}) + "\n")
    write_warc(
        site / "crawl.warc.gz",
        [
            (f"https://example.com/w{k}", PAGE.format(n=k, date="2024-02-20", image="b.jpg", credit="Reuters"))
            for k in range(5)
        ],
    )
    (site / "empty.jsonl").write_text("")
    return site


def _describe(items) -> list[tuple]:
    return [
        ("skipped", i.source, i.reason) if isinstance(i, Skipped) else (i.source, i.format, i.data, i.error, i.path)
        for i in items
    ]


def test_shards_hold_the_streams_entries_in_order(tmp_path: Path) -> None:
    site = _site(tmp_path)
    feed = site / "feed.jsonl"
    planned = list(plan([str(site), str(feed)], files=3, size=2000))
    ranges = [s.work for s in planned if isinstance(s.work, LineRange)]
    assert len(ranges) > 4 and {r.source for r in ranges} == {str(feed)}
    whole = feed.read_bytes()
    for cut in ranges:
        assert cut.start == 0 or whole[cut.start - 1 : cut.start] == b"\n"  # cut just after a newline
        assert cut.first_line == whole[: cut.start].count(b"\n") + 1
    assert [s.index for s in planned] == list(range(len(planned)))
    from_shards = [item for shard in planned for item in entries(shard.work)]
    assert _describe(from_shards) == _describe(stream([str(site), str(feed)]))
    assert any(isinstance(i, Skipped) and i.reason == "JSON Lines file with no records" for i in from_shards)
    assert sum(1 for i in from_shards if not isinstance(i, Skipped) and i.source.startswith(str(feed))) >= 10


def test_a_worker_writes_only_its_parts(tmp_path: Path) -> None:
    site = _site(tmp_path)
    settings = Settings(images_root=site / "img", phash=True)
    parts = tmp_path / "parts"
    parts.mkdir()
    job = ShardJob(settings, settings_hash(settings), str(parts), None)
    shard = next(plan([str(site / "2024")], files=5))  # a hidden file and four articles
    result = audit_shard(shard, job)
    lines, part = shards.part_names(str(parts), shard.index)
    written = [json.loads(line)["source"] for line in lines.read_text().splitlines()]
    assert written == [str(site / "2024" / name) for name in ("0.html", "1.html", "2.html", "3.html")]
    assert (result.tally.documents, result.computed, result.cached) == (4, 4, 0)
    assert result.skipped == [Skipped(source=str(site / "2024" / ".hidden.html"), reason="hidden file")]
    assert sorted(p.name for p in parts.iterdir()) == sorted([lines.name, part.name])


def _outputs(prefix: Path) -> dict[str, object]:
    summary = json.loads(Path(f"{prefix}.summary.json").read_text())
    summary.pop("generated_at")
    return {
        "lines": Path(f"{prefix}.jsonl").read_bytes(),
        "summary": summary,
        "months": Path(f"{prefix}.agency-months.csv").read_bytes(),
        "reused": Path(f"{prefix}.reused-photos.jsonl").read_bytes(),
    }


def test_dask_on_a_local_cluster_writes_what_the_local_engine_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    distributed = pytest.importorskip("distributed")
    site = _site(tmp_path)
    monkeypatch.setattr(shards, "SHARD_FILES", 3)  # the client plans: many small shards, ranges of the feed
    monkeypatch.setattr(shards, "SHARD_BYTES", 1500)
    monkeypatch.setattr(shards, "MIN_SHARD_BYTES", 1000)
    settings = Settings(images_root=site / "img", phash=True)
    inputs = {
        "jsonl": [str(site / "feed.jsonl")],
        "warc": [str(site / "crawl.warc.gz")],
        "tree": [str(site)],
    }
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        for name, paths in inputs.items():
            local = tmp_path / "local" / name
            remote = tmp_path / "dask" / name
            run_archive(paths, settings, local, jobs=2, cache_path=tmp_path / f"local-{name}.sqlite")
            cache = tmp_path / f"dask-{name}.sqlite"
            first = run_archive(
                paths, settings, remote, jobs=1, engine="dask", scheduler=cluster.scheduler_address, cache_path=cache
            )
            assert _outputs(remote) == _outputs(local), name
            assert not Path(f"{remote}.parts").exists()  # parts merged and removed
            again = run_archive(
                paths, settings, remote, jobs=1, engine="dask", scheduler=cluster.scheduler_address, cache_path=cache
            )
            assert (again.counts.cached, again.counts.computed) == (first.counts.documents, 0), name
            assert Path(f"{remote}.jsonl").read_bytes() == Path(f"{local}.jsonl").read_bytes()
    tree = json.loads(Path(f"{tmp_path / 'dask' / 'tree'}.summary.json").read_text())
    assert tree["counts"]["documents"] == 9 + 1 + 62 + 5  # articles, bad.txt, feed lines with content, WARC pages
    assert tree["reused_photos_total"] == 2  # a.jpg and its copy (AP, Reuters); b.jpg (Getty, Reuters)
    assert [p["agencies"] for p in tree["reused_photos"]] == [["ap", "reuters"], ["getty", "reuters"]]


def test_what_workers_finished_before_an_interruption_is_kept(tmp_path: Path) -> None:
    site = _site(tmp_path)
    settings = Settings(images_root=site / "img")
    out = tmp_path / "run"
    parts = Path(f"{out}.parts")
    parts.mkdir()
    job = ShardJob(settings, settings_hash(settings), str(parts), None)
    shard = next(plan([str(site / "2024")], files=5))
    audit_shard(shard, job)  # the one shard a worker finished before the client was killed
    summary = run_archive([str(site / "2024")], settings, out, jobs=1, cache_path=tmp_path / "c.sqlite")
    assert (summary.counts.cached, summary.counts.computed) == (4, 6)
    assert not parts.exists()


def test_a_photo_is_decoded_once_per_file_across_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = _site(tmp_path)
    decoded: list[Path] = []
    real = phash.dhash

    def counting(path: Path) -> str | None:
        decoded.append(path)
        return real(path)

    monkeypatch.setattr(phash, "dhash", counting)
    phash.PHOTOS.forget()  # this test's process remembers no photo

    cache = tmp_path / "c.sqlite"
    run_archive(
        [str(site / "2024")], Settings(images_root=site / "img", phash=True), tmp_path / "one", 1, cache_path=cache
    )
    assert sorted(p.name for p in decoded) == ["a-copy.jpg", "a.jpg", "b.jpg"]  # 9 articles, 3 files
    decoded.clear()
    phash.PHOTOS.forget()  # as a new process: only the cache remembers
    other = Settings(policy=from_mapping({"rules": {"CRD007": "off"}}), images_root=site / "img", phash=True)
    summary = run_archive([str(site / "2024")], other, tmp_path / "two", 1, cache_path=cache)
    assert summary.counts.computed == 10 and decoded == []  # every document audited again, no photo decoded
    (site / "img" / "b.jpg").write_bytes(jpeg(Credits(credit="Reuters"), size=(96, 64), seed=3))  # replaced
    phash.PHOTOS.forget()
    third = Settings(policy=from_mapping({"rules": {"CRD006": "off"}}), images_root=site / "img", phash=True)
    run_archive([str(site / "2024")], third, tmp_path / "three", 1, cache_path=cache)
    assert [p.name for p in decoded] == ["b.jpg"]
