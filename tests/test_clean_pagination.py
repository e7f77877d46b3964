"""Multi-page articles: next-page links for the crawler, joining fetched pages into one article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clean.page import clean_page
from clean.pagination import base_url, join_pages, next_page_urls, page_number

FIX = Path(__file__).resolve().parents[1] / "corpus" / "fixtures" / "html"
EXPECTED = {
    json.loads(ln)["file"]: json.loads(ln)
    for ln in (FIX / "expected.jsonl").read_text(encoding="utf-8").splitlines()
    if ln
}
JOINED = [json.loads(ln) for ln in (FIX / "expected_joined.jsonl").read_text(encoding="utf-8").splitlines() if ln]


@pytest.mark.parametrize(
    "url,n,base",
    [
        (
            "https://regional.kabarnusa.com/read/2024/01/27/1030/slug?page=2",
            2,
            "https://regional.kabarnusa.com/read/2024/01/27/1030/slug",
        ),
        ("https://suarapesisir.com/slug/3/", 3, "https://suarapesisir.com/slug"),
        ("https://x.id/berita/slug?hal=4&utm_source=fb", 4, "https://x.id/berita/slug?utm_source=fb"),
        ("https://x.id/2024/01/", 1, "https://x.id/2024/01"),
        ("https://beritaborneo.com/main/?p=101513", 1, "https://beritaborneo.com/main?p=101513"),
    ],
)
def test_page_number_and_base_url(url, n, base):
    assert page_number(url) == n and base_url(url) == base


@pytest.mark.parametrize("joined", JOINED, ids=lambda j: j["files"][0])
def test_next_page_urls_then_join_gives_the_whole_article(joined):
    files = joined["files"]
    first = EXPECTED[files[0]]
    nxt = next_page_urls((FIX / files[0]).read_bytes(), first["url"])
    assert nxt == [EXPECTED[f]["url"] for f in files[1:]]
    assert next_page_urls((FIX / files[-1]).read_bytes(), EXPECTED[files[-1]]["url"]) == []
    pages = [((FIX / f).read_bytes(), EXPECTED[f]["url"]) for f in reversed(files)]  # any order: URLs sort them
    art = join_pages(pages)
    assert art.text == joined["text"]
    assert art.title == joined["title"] and art.published == joined["published"] and art.author == joined["author"]
    assert page_number(art.url) == 1 and "page=" not in (art.canonical_url or "")
    assert f"joined {len(files)} pages" in art.warnings


def test_halaman_selanjutnya_link_without_rel_next():
    html = (
        "<html><body><article><p>Isi halaman pertama.</p><p><a href='/berita/slug?halaman=2'>Halaman Selanjutnya</a></p>"
        "<a href='/berita/lain'>Berita lain</a><a href='https://other.example/berita/slug?halaman=2'>x</a></article></body></html>"
    )
    assert next_page_urls(html, "https://kabar.example/berita/slug") == ["https://kabar.example/berita/slug?halaman=2"]


def test_post_navigation_to_another_article_is_not_a_next_page():
    html = "<html><body><nav class='post-navigation'><a rel='next' href='/artikel-lain/'>Berita berikutnya</a></nav></body></html>"
    assert next_page_urls(html, "https://kabar.example/artikel-ini/") == []


def test_join_drops_paragraphs_repeated_on_every_page():
    lead = (
        "Pemerintah Kota Palu menggelar imunisasi anak sekolah dengan sasaran lebih dari delapan ribu pelajar "
        "sekolah dasar di seluruh kecamatan."
    )
    p2 = "Petugas puskesmas mendatangi sekolah sesuai jadwal yang dibagikan kepada kepala sekolah sejak pekan lalu."
    p3 = "Hingga pekan kedua, cakupan imunisasi telah mencapai lebih dari separuh sasaran yang ditetapkan dinas."

    def page(*ps):
        return (
            "<html><body><h1>Ribuan Pelajar Ikut Imunisasi</h1><article>"
            + "".join(f"<p>{p}</p>" for p in ps)
            + "</article></body></html>"
        )

    a1 = clean_page(page(lead, p2), url="https://kabar.example/imunisasi")
    a2 = clean_page(page(lead, p3), url="https://kabar.example/imunisasi?page=2")
    art = join_pages([a2, a1])
    assert art.text.split("\n\n") == [lead, p2, p3]
    assert art.url == "https://kabar.example/imunisasi"
