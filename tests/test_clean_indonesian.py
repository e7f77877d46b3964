"""The Indonesian-news layer on page shapes that real outlets use (pages written by the team):
teaser lists after the body, site names in titles, photo pages whose text is their captions."""

from __future__ import annotations

import pytest

from clean import clean_page
from clean.boilerplate import clean_body
from clean.teasers import drop_teaser_lists, is_list_heading
from clean.title import strip_site_name

PROSE = [
    "Pemerintah Kabupaten Kaur meraih zona hijau dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "tahun 2024 yang digelar Ombudsman RI. Kabupaten itu memperoleh nilai 88,75 dan masuk kategori kualitas tinggi.",
    "Bupati Kaur mengatakan kenaikan nilai dari tahun sebelumnya berkat pembenahan standar pelayanan di "
    "puskesmas, kecamatan dan dinas kependudukan.",
]
HEADLINES = [
    "Harga Cabai Merah di Pasar Minggu Turun Jelang Natal",
    "5 menit yang lalu",
    "Jembatan Desa di Seluma Putus Diterjang Banjir",
    "Pemprov Bengkulu Siapkan Posko Mudik Akhir Tahun",
]


@pytest.mark.parametrize(
    "heading",
    [
        "Berita Terbaru",
        "BERITA TERKAIT",
        "Berita Populer:",
        "Index",
        "Baca Juga",
        "Rekomendasi untuk Anda",
        "» Artikel Lainnya",
        "Pilihan Redaksi",
    ],
)
def test_a_teaser_list_after_the_body_goes(heading):
    kept, removed = drop_teaser_lists(PROSE + [heading] + HEADLINES)
    assert kept == PROSE and removed == [heading] + HEADLINES


def test_a_teaser_list_inside_the_body_goes_and_the_prose_after_it_stays():
    lines = [PROSE[0], "Berita Terkait", HEADLINES[0], HEADLINES[2], PROSE[1]]
    assert drop_teaser_lists(lines)[0] == PROSE


def test_headings_without_a_list_and_prose_that_opens_with_a_label_stay():
    # one short line after a heading is a subheading of the article, not a list
    lines = [PROSE[0], "Terbaru", "Kinerja Unit Layanan", PROSE[1]]
    assert drop_teaser_lists(lines)[0] == lines
    assert not is_list_heading("Terbaru, Ombudsman merilis hasil penilaian kepatuhan untuk 2024.")
    assert not is_list_heading("Berita terbaru dari Ombudsman menyebut Kaur naik peringkat")
    # a heading followed by prose: the prose is article text
    lines = ["Baca Juga", PROSE[0], PROSE[1]]
    assert drop_teaser_lists(lines)[0] == lines


def test_clean_body_drops_a_lone_heading_left_at_the_end():
    body = clean_body(PROSE + ["Berita Populer"], title=None)
    assert body.paragraphs == PROSE


@pytest.mark.parametrize(
    "title,sites,expected",
    [
        ("Pemkot Bengkulu Raih Zona Hijau - Kompas.com", {"kompas", "kompascom"}, "Pemkot Bengkulu Raih Zona Hijau"),
        ("Ombudsman Nilai Kepatuhan Pemda | Republika Online", {"republika"}, "Ombudsman Nilai Kepatuhan Pemda"),
        ("Lebong Naik Peringkat – Bengkulu Today", {"bengkulutoday"}, "Lebong Naik Peringkat"),
        ("detikNews - Pemprov Banten Terima Anugerah", {"detik", "detiknews"}, "Pemprov Banten Terima Anugerah"),
        ("Kaur Raih Zona Hijau - Berita Daerah | Warta Kaur", {"wartakaur"}, "Kaur Raih Zona Hijau - Berita Daerah"),
        # a dash inside the headline stays when nothing names the site
        ("Zona Hijau Diraih - Ini Kata Bupati Kaur", {"rakyatbengkulu"}, "Zona Hijau Diraih - Ini Kata Bupati Kaur"),
        ("Bupati: Nilai Naik - Pelayanan Harus Cepat", {"kompas"}, "Bupati: Nilai Naik - Pelayanan Harus Cepat"),
    ],
)
def test_strip_site_name(title, sites, expected):
    assert strip_site_name(title, sites) == expected


def _page(title_tag: str, og_title: str | None, h1: str | None, site_name: str | None = None) -> str:
    metas = (f'<meta property="og:title" content="{og_title}">' if og_title else "") + (
        f'<meta property="og:site_name" content="{site_name}">' if site_name else ""
    )
    paras = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f'<html lang="id"><head><meta charset="utf-8"><title>{title_tag}</title>{metas}</head><body>'
        f"<article>{f'<h1>{h1}</h1>' if h1 else ''}{paras}</article></body></html>"
    )


@pytest.mark.parametrize(
    "html,url",
    [
        (
            _page(
                "Pemkab Kaur Raih Zona Hijau Ombudsman - Kompas.com",
                "Pemkab Kaur Raih Zona Hijau Ombudsman - Kompas.com",
                None,
            ),
            "https://regional.kompas.com/read/2024/12/10/1/pemkab-kaur",
        ),
        (
            _page("Pemkab Kaur Raih Zona Hijau Ombudsman | Republika Online", None, None, "Republika Online"),
            "https://news.republika.co.id/berita/abc/pemkab-kaur",
        ),
        (
            _page(
                "Pemkab Kaur Raih Zona Hijau Ombudsman - Kompas.com",
                "Pemkab Kaur Raih Zona Hijau Ombudsman",
                "Pemkab Kaur Raih Zona Hijau Ombudsman",
            ),
            "https://regional.kompas.com/read/2024/12/10/1/pemkab-kaur",
        ),
    ],
)
def test_page_title_without_the_site_name(html, url):
    assert clean_page(html, url=url).title == "Pemkab Kaur Raih Zona Hijau Ombudsman"


PHOTO_PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>FOTO: Warga Antre Layanan Adminduk di Mal Pelayanan Publik Bengkulu - Foto Liputan6.com</title>
<meta property="og:title" content="FOTO: Warga Antre Layanan Adminduk di Mal Pelayanan Publik Bengkulu">
<meta property="article:published_time" content="2024-11-20T09:30:00+07:00"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/foto">Foto</a></nav>
<div class="read-page--photo-gallery">
<h1>FOTO: Warga Antre Layanan Adminduk di Mal Pelayanan Publik Bengkulu</h1>
<figure><img src="/img/1.jpg" alt="Antrean warga"><figcaption>Warga mengantre untuk mengurus dokumen kependudukan
di Mal Pelayanan Publik Kota Bengkulu, Rabu (20/11/2024). Ombudsman RI menilai standar pelayanan di mal tersebut
sudah memenuhi sebagian besar indikator kepatuhan. (Liputan6.com/Rizky Ramadhan)</figcaption></figure>
<figure><img src="/img/2.jpg" alt="Petugas"><figcaption>Petugas melayani warga yang mengurus kartu keluarga.
Ombudsman mencatat waktu tunggu rata-rata kini kurang dari tiga puluh menit. (Liputan6.com/Rizky Ramadhan)</figcaption>
</figure></div></body></html>"""


def test_a_photo_page_is_its_captions():
    art = clean_page(PHOTO_PAGE, url="https://www.liputan6.com/photo/read/5800001/foto-warga-antre")
    assert art.text.startswith("Warga mengantre untuk mengurus dokumen kependudukan")
    assert "waktu tunggu rata-rata kini kurang dari tiga puluh menit." in art.text
    assert "Liputan6.com/Rizky" not in art.text and "Home News" not in art.text
    assert len(art.captions) == 2 and any("caption" in w for w in art.warnings)
    assert art.published == "2024-11-20"


def test_an_article_with_a_photo_is_not_a_photo_page():
    paras = "".join(f"<p>{p}</p>" for p in PROSE * 2)
    html = (
        f'<html lang="id"><head><title>Kaur Raih Zona Hijau</title></head><body><article><h1>Kaur Raih Zona '
        f'Hijau dari Ombudsman</h1><figure><img src="a.jpg"><figcaption>Bupati Kaur menerima piagam dari '
        f"Ombudsman di Kota Bengkulu. (Foto: Humas Pemkab Kaur)</figcaption></figure>{paras}</article>"
        "</body></html>"
    )
    art = clean_page(html, url="https://kaurnews.example/berita/kaur-raih-zona-hijau")
    assert art.text.startswith(PROSE[0]) and "piagam dari Ombudsman" not in art.text
    assert not any("caption" in w for w in art.warnings)


def test_json_ld_article_body_holding_escaped_html_gives_its_text():
    import html as H
    import json

    body = (
        "<p>Pemerintah Kabupaten Kaur meraih zona hijau dalam penilaian Ombudsman tahun 2024 dengan nilai "
        '88,75.</p><div align="center"><img src="a.jpg"><span class="caption">Piagam</span></div>'
        "<h2>Pelayanan Membaik</h2><p>Bupati Kaur mengatakan pelayanan di puskesmas dan kecamatan "
        'terus dibenahi &amp; diawasi.</p><iframe src="https://video.example/x"></iframe>'
    )
    ld = {
        "@type": "NewsArticle",
        "headline": "Kaur Raih Zona Hijau",
        "datePublished": "2024-12-10",
        "articleBody": H.escape(body),
    }
    page = (
        f'<html lang="id"><head><title>Kaur Raih Zona Hijau</title><script type="application/ld+json">'
        f'{json.dumps(ld)}</script></head><body><div id="app"></div></body></html>'
    )
    art = clean_page(page, url="https://kaurnews.example/berita/kaur-raih-zona-hijau")
    assert art.text.split("\n\n") == [
        "Pemerintah Kabupaten Kaur meraih zona hijau dalam penilaian Ombudsman tahun 2024 dengan nilai 88,75.",
        "Pelayanan Membaik",
        "Bupati Kaur mengatakan pelayanan di puskesmas dan kecamatan terus dibenahi & diawasi.",
    ]


def test_a_headline_opening_with_the_host_s_place_name_keeps_it():
    headline = "Lebong - Bupati Terima Piagam Zona Hijau Ombudsman"
    html = _page(headline, None, headline)
    assert clean_page(html, url="https://lebong.go.id/berita/piagam").title == headline
    # the same opening declared as the site's name goes
    html = _page("Lebong Today - Bupati Terima Piagam Zona Hijau", None, None, "Lebong Today")
    assert clean_page(html, url="https://lebongtoday.example/berita/piagam").title == "Bupati Terima Piagam Zona Hijau"


@pytest.mark.parametrize(
    "line",
    [
        "[Gambas:Video 20detik]",
        "Follow Berita Okezone di Google News",
        "Ikuti Whatsapp Channel Republika untuk berita terkini",
        "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke nomor Cek Fakta.",
        "Cek berita dan artikel yang lain di Google News",
        "Download aplikasi kami untuk membaca berita lebih cepat",
    ],
)
def test_outlet_promo_and_embed_lines_go(line):
    assert clean_body(PROSE[:1] + [line] + PROSE[1:], title=None).paragraphs == PROSE


def test_prose_that_mentions_an_app_or_a_channel_stays():
    lines = PROSE + [
        "Warga juga dapat mengunduh aplikasi layanan kependudukan untuk mengurus dokumen tanpa "
        "datang ke kantor, kata kepala dinas."
    ]
    assert clean_body(lines, title=None).paragraphs == lines


def _teaser_page(list_markup: bool) -> str:
    items = [
        (
            f"Judul Berita Lain Nomor {i} tentang Pelayanan Daerah",
            f"Ringkasan berita lain nomor {i}: pemerintah daerah meresmikan layanan baru bagi warga di kecamatan "
            "yang jauh dari ibu kota kabupaten pada pekan ini.",
        )
        for i in range(1, 9)
    ]
    if list_markup:
        box = (
            "<ul>" + "".join(f'<li><a href="/r/{i}">{h}</a><p>{s}</p></li>' for i, (h, s) in enumerate(items)) + "</ul>"
        )
    else:
        box = "".join(
            f'<div class="news-item"><a href="/r/{i}"><h3>{h}</h3></a><p>{s}</p></div>'
            for i, (h, s) in enumerate(items)
        )
    body = "".join(f"<p>{p}</p>" for p in PROSE)
    return (
        f'<html lang="id"><head><title>Kaur Raih Zona Hijau Ombudsman : Okezone News</title></head><body>'
        f'<div class="col-md-8"><h1>Kaur Raih Zona Hijau Ombudsman 2024</h1><div id="contentx" class="read">'
        f'{body}</div><div class="box-terkait"><h2>Berita Terkait</h2>{box}</div></div></body></html>'
    )


@pytest.mark.parametrize("list_markup", [False, True])
def test_a_box_of_teasers_with_more_prose_than_the_article_is_not_the_article(list_markup):
    art = clean_page(_teaser_page(list_markup), url="https://news.okezone.com/read/2024/12/10/340/1/kaur")
    assert art.text.split("\n\n") == PROSE
