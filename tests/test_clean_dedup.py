"""Exact and near duplicates: syndicated copies of one story cluster into one with all URLs."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from clean.page import clean_page
from clean.dedup import (
    NEAR_DISTANCE,
    SimhashIndex,
    cluster,
    content_hash,
    find_near_duplicates,
    hamming,
    simhash,
    simhash_bands,
    simhash_hex,
)
from clean.types import Article

FIX = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "html"
STORY = (
    "Pemerintah Kabupaten Kepahiang menerima hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "Tahun 2024 dari Ombudsman RI Perwakilan Bengkulu. Kabupaten ini memperoleh nilai 84,75 dan masuk zona "
    "hijau dengan opini kualitas tinggi. Penyerahan hasil penilaian berlangsung di aula kantor perwakilan dan "
    "dihadiri sekretaris daerah serta kepala dinas yang unit layanannya menjadi lokus penilaian. Sekretaris "
    "daerah mengatakan perbaikan standar pelayanan di puskesmas dan kantor kecamatan menjadi kunci kenaikan "
    "nilai. Ombudsman meminta pemerintah kabupaten memperkuat pengelolaan pengaduan sebelum penilaian berikutnya."
)
OTHER = (
    "Hujan deras sejak dini hari membuat saluran di sekitar pasar tradisional meluap sehingga pedagang "
    "memindahkan dagangan ke bahu jalan. Petugas pemadam kebakaran membantu menyedot air dengan dua pompa, "
    "dan menjelang siang genangan mulai surut meski lumpur masih menutupi lantai pasar. Dinas perdagangan "
    "berjanji mengeruk saluran sebelum puncak musim hujan."
)


def art(i, text, url=None, published=None):
    return Article(
        id=str(i), text=text, url=url, published=published, content_hash=content_hash(text), simhash=simhash_hex(text)
    )


def test_content_hash_ignores_case_spacing_and_punctuation():
    assert content_hash(STORY) == content_hash("  " + STORY.upper().replace(".", " .").replace(" ", "   "))
    assert content_hash(STORY) != content_hash(STORY.replace("84,75", "84,57"))


def test_simhash_is_stable_64_bit_and_close_for_edits():
    h = simhash(STORY)
    assert 0 < h < 2**64 and simhash_hex(STORY) == f"{h:016x}"
    edited = (
        "KEPAHIANG, KABARDAERAH.COM - " + STORY.replace(" Ombudsman meminta", " (red) Ombudsman meminta") + " (adv)"
    )
    assert hamming(h, simhash(edited)) <= NEAR_DISTANCE
    assert hamming(h, simhash(OTHER)) > NEAR_DISTANCE


def test_cluster_groups_syndicated_copies_and_keeps_every_url():
    copies = [
        art("a", "KEPAHIANG, KABARDAERAH.COM - " + STORY, "https://kabardaerah.example/kepahiang-hijau", "2024-12-20"),
        art("b", STORY + " (adv)", "https://bengkuluhariini.example/berita/123", "2024-12-19"),
        art("c", STORY.rsplit(".", 2)[0] + ".", "https://pemkab.example.go.id/berita/kepahiang"),
        art("d", STORY, "https://kopi.example/exact"),
        art("e", OTHER, "https://kabardaerah.example/pasar-banjir"),
    ]
    clusters = cluster(copies)
    assert len(clusters) == 2
    story = next(c for c in clusters if len(c.members) == 4)
    assert set(story.ids) == {"a", "b", "c", "d"}
    assert set(story.urls) == {a.url for a in copies[:4]}
    assert story.representative.id == "b"  # earliest published
    assert story.to_dict()["size"] == 4


def test_cluster_never_merges_different_stories_on_a_simhash_coincidence():
    a, b = art("1", STORY), art("2", OTHER)
    b.simhash = a.simhash  # forced collision: the shingle overlap check must refuse the merge
    assert len(cluster([a, b])) == 2


def test_simhash_index_and_bands_for_the_store():
    idx = SimhashIndex()
    idx.add("story", simhash(STORY))
    idx.add("other", simhash(OTHER))
    near = idx.near(simhash("JAKARTA - " + STORY))
    assert [k for k, _ in near] == ["story"]
    assert len(idx) == 2
    h1, h2 = simhash(STORY), simhash(STORY + " (adv)")
    assert set(simhash_bands(h1)) & set(simhash_bands(h2))
    assert find_near_duplicates(h1, [("x", simhash_hex(OTHER)), ("y", h2)]) == [("y", hamming(h1, h2))]


@pytest.mark.slow
def test_fixture_pages_of_one_story_on_different_outlets_cluster_by_story():
    exp = [json.loads(line) for line in (FIX / "expected.jsonl").read_text(encoding="utf-8").splitlines() if line]
    whole = [e for e in exp if "page" not in e]  # one-page articles (paged ones hold half a story each)
    arts = [
        clean_page((FIX / e["file"]).read_bytes(), url=e["url"], headers=e["headers"], article_id=e["file"])
        for e in whole
    ]
    story_of = {e["file"]: e["article"] for e in whole}
    want = defaultdict(set)
    for e in whole:
        want[e["article"]].add(e["file"])
    got = {frozenset(c.ids) for c in cluster(arts)}
    assert got == {frozenset(v) for v in want.values()}
    assert all(len({story_of[i] for i in ids}) == 1 for ids in got)
