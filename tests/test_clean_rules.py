"""Each removal rule of the Indonesian-news layer, on small realistic pages."""

from __future__ import annotations

import pytest

from clean.boilerplate import clean_body, split_dateline
from clean.page import clean_page

LEAD = (
    "Pemerintah Kabupaten Rejang Lebong menerima hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan "
    "Publik Tahun 2024 dari Ombudsman RI Perwakilan Bengkulu dengan nilai 82,40 dan opini kualitas tinggi."
)
P2 = (
    "Sekretaris daerah mengatakan setiap unit layanan telah memajang standar pelayanan, termasuk biaya dan "
    "waktu penyelesaian, sehingga warga dapat mengawasi langsung."
)
P3 = (
    "Ombudsman meminta pemerintah kabupaten memperbaiki pengelolaan pengaduan yang masih menjadi dimensi "
    "dengan capaian paling rendah dalam penilaian tahun ini."
)


def page(body: str, head: str = "", title: str = "Rejang Lebong Raih Opini Kualitas Tinggi dari Ombudsman") -> str:
    return (
        f"<html lang='id'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta property='article:published_time' content='2024-12-12T10:00:00+07:00'>{head}</head>"
        f"<body><nav><a href='/'>Beranda</a> <a href='/daerah'>Daerah</a></nav><article><h1>{title}</h1>"
        f"<div class='entry-content'>{body}</div></article><footer>Redaksi | Kontak</footer></body></html>"
    )


def clean(body: str, **kw):
    return clean_page(page(body, **kw), url="https://kabarcurup.example.id/berita/rejang-lebong-kualitas-tinggi")


@pytest.mark.parametrize(
    "line",
    [
        "Baca juga: Harga Cabai di Pasar Atas Curup Turun",
        "BACA JUGA : Jembatan Desa Diperbaiki Swadaya",
        "Simak juga: Bupati Resmikan Gedung Baru",
        "Lihat juga: Video Banjir di Kecamatan Selupu",
        "Artikel terkait: Ombudsman Nilai Layanan Puskesmas",
        "Berita Terkait : Penilaian Kepatuhan 2023",
        "[Baca Juga: Sekda Buka Rakor Pelayanan Publik]",
    ],
)
def test_related_link_lines_are_removed(line):
    art = clean(f"<p>{LEAD}</p><p><strong>{line}</strong></p><p>{P2}</p><p>{P3}</p>")
    assert line.split(":")[-1].strip(" ]") not in art.text
    assert LEAD in art.text and P2 in art.text and P3 in art.text


@pytest.mark.parametrize(
    "line",
    [
        "BACA : Jembatan Desa Diperbaiki Swadaya",
        "Baca: Harga Cabai di Pasar Atas Curup Turun",
        "Simak | Bupati Resmikan Gedung",
    ],
)
def test_a_bare_verb_label_with_a_colon_is_a_link_line(line):
    body = clean_body([LEAD, line, P2, P3])
    assert body.paragraphs == [LEAD, P2, P3]


def test_a_line_opening_with_a_bare_verb_and_no_colon_is_prose():
    prose = "Baca dengan teliti standar pelayanan yang dipajang di setiap loket, pesan Sekretaris Daerah kepada warga."
    body = clean_body([LEAD, prose, P2, P3])
    assert body.paragraphs == [LEAD, prose, P2, P3]


def test_bare_baca_juga_label_takes_the_next_headline_with_it():
    body = clean_body([LEAD, "Baca Juga:", "Presiden Resmikan Bendungan di Sumatera", P2, P3])
    assert body.paragraphs == [LEAD, P2, P3]


@pytest.mark.parametrize(
    "line,author",
    [
        ("Penulis: Rina Marlina", "Rina Marlina"),
        ("Reporter : Edward Saputra", "Edward Saputra"),
        ("Pewarta: Yoga Pratama", "Yoga Pratama"),
        ("Oleh Ahmad Ryansyah", "Ahmad Ryansyah"),
        ("Reporter : Hendra Saputra | Editor : Swandi", "Hendra Saputra"),
        ("(Penulis: Sari Wulandari)", "Sari Wulandari"),
        ("Laporan Wartawan Warta Sumbagsel, Dedi Kurniawan", "Dedi Kurniawan"),
    ],
)
def test_author_lines_become_author(line, author):
    art = clean(f"<p>{LEAD}</p><p>{P2}</p><p>{P3}</p><p>{line}</p>")
    assert art.author == author
    assert author not in art.text


@pytest.mark.parametrize(
    "line",
    ["Editor: Swandi", "Sumber: Dinas Komunikasi dan Informatika", "Redaktur : Budi", "COPYRIGHT © KABARCURUP 2024"],
)
def test_other_credit_lines_are_removed_without_becoming_author(line):
    art = clean(f"<p>{LEAD}</p><p>{P2}</p><p>{P3}</p><p>{line}</p>")
    assert line.split(":")[-1].strip() not in art.text
    assert art.author != line.split(":")[-1].strip()


def test_sentences_that_start_like_labels_are_kept():
    s1 = "Oleh karena itu, pemerintah daerah menambah petugas di loket pengaduan mulai bulan depan."
    s2 = "Sumber daya manusia di unit layanan juga akan dilatih ulang oleh dinas terkait."
    s3 = "Halaman kantor bupati dipenuhi warga yang ingin mengurus dokumen kependudukan."
    s4 = "Rekomendasi: Ombudsman meminta pemerintah kabupaten menambah sarana pengaduan di setiap kecamatan."
    s5 = "Terkait hal itu, bupati berjanji menindaklanjuti seluruh saran perbaikan dari tim penilai."
    art = clean(f"<p>{LEAD}</p><p>{s1}</p><p>{s2}</p><p>{s3}</p><p>{s4}</p><p>{s5}</p>")
    for s in (s1, s2, s3, s4, s5):
        assert s in art.text


def test_tag_category_related_blocks_and_share_widgets_are_removed():
    body = (
        f"<div class='share-buttons'>Bagikan: <a>Facebook</a> <a>WhatsApp</a></div><p>{LEAD}</p><p>{P2}</p><p>{P3}</p>"
        "<p>Tags : pemda, pelayanan</p><p>Kategori : Daerah</p>"
        "<div class='related-posts'><h3>Berita Terkait</h3><ul><li>Pasar Atas Direnovasi Tahun Depan</li></ul></div>"
        "<div class='post-tags'>Tag: Ombudsman</div>"
    )
    art = clean(body)
    for junk in ("Facebook", "WhatsApp", "pemda, pelayanan", "Kategori", "Pasar Atas Direnovasi", "Tag:"):
        assert junk not in art.text
    assert art.text.split("\n\n") == [LEAD, P2, P3]


def test_blogger_template_junk_is_removed():
    junk = "".join(
        f"<div>{w}</div>"
        for w in ["Sticky", "FALSE", "Page Nav", "HIDE", "GRID", "GRID_STYLE", "Hover", "TRUE", "Hover Effects", "TRUE"]
    )
    paragraphs = [
        "Sticky",
        "FALSE",
        "Page Nav",
        "HIDE",
        "GRID",
        "GRID_STYLE",
        "Hover",
        "TRUE",
        "Hover Effects",
        "TRUE",
        "Wednesday, August 13",
        "Pages",
        "Berita Terkini",
        LEAD,
        P2,
        P3,
    ]
    assert clean_body(paragraphs).paragraphs == [LEAD, P2, P3]
    art = clean(f"{junk}<p>{LEAD}</p><p>{P2}</p><p>{P3}</p>")
    assert "GRID" not in art.text and "Sticky" not in art.text and "Hover" not in art.text


@pytest.mark.parametrize(
    "first,dateline",
    [
        ("BENGKULU, RAKYATBENGKULU.COM – ", "BENGKULU, RAKYATBENGKULU.COM"),
        ("MARTAPURA, KORANRADAR.ID - ", "MARTAPURA, KORANRADAR.ID"),
        ("Bengkulutoday.com, Lebong - ", "Bengkulutoday.com, Lebong"),
        ("Kupang (ANTARA) - ", "Kupang (ANTARA)"),
        ("MAMUJU,mandarnesia.com — ", "MAMUJU,mandarnesia.com"),
        ("TANJUNG SELOR – ", "TANJUNG SELOR"),
        ("Jakarta, CNN Indonesia -- ", "Jakarta, CNN Indonesia"),
    ],
)
def test_dateline_is_kept_out_of_the_body_but_available(first, dateline):
    art = clean(f"<p>{first}{LEAD}</p><p>{P2}</p><p>{P3}</p>")
    assert art.dateline == dateline
    assert art.text.startswith(LEAD)


@pytest.mark.parametrize(
    "s",
    [
        "Pemerintah daerah - bersama Ombudsman - menggelar rapat koordinasi penilaian kepatuhan di aula kantor bupati.",
        "Wakil Ketua DPRD Kota Bengkulu - yang juga ketua fraksi - meminta pemerintah kota memperbaiki layanan pengaduan.",
        "Pemprov NTT - Pemkot Kupang masuk zona hijau pelayanan publik",
    ],
)
def test_no_dateline_in_an_ordinary_first_sentence(s):
    assert split_dateline(s) == (None, s)


def test_captions_go_to_captions_not_text():
    cap = "Bupati Rejang Lebong menerima piagam dari Kepala Perwakilan Ombudsman Bengkulu."
    foto = "Foto: Sekda memaparkan capaian pelayanan publik di ruang rapat. (Humas Pemkab)"
    art = clean(
        f"<figure><img src='a.jpg'><figcaption>{cap}</figcaption></figure><p>{LEAD}</p><p>{foto}</p><p>{P2}</p><p>{P3}</p>"
    )
    assert cap in art.captions and foto in art.captions
    assert "piagam dari Kepala" not in art.text and "Sekda memaparkan" not in art.text


def test_pagination_lines_are_removed():
    art = clean(f"<p>{LEAD}</p><p>{P2}</p><p>{P3}</p><p>Halaman selanjutnya »</p><p>Halaman: 1 2 3</p>")
    assert "Halaman" not in art.text


def test_repeated_headline_and_date_stamp_at_top_are_removed():
    title = "Rejang Lebong Raih Opini Kualitas Tinggi dari Ombudsman"
    body = clean_body(["HOME ⁄ Daerah", title, "Minggu 28 Jan 2024 - 20:01 WIB", LEAD, P2], title=title)
    assert body.paragraphs == [LEAD, P2]
    assert body.date_lines == ["Minggu 28 Jan 2024 - 20:01 WIB"]


def test_layout_tables_and_br_blocks_become_paragraphs():
    html = (
        f"<html><head><title>Judul Berita Daerah Hari Ini</title></head><body><table><tr><td><img src=logo.png></td>"
        f"<td><a href='/'>HOME</a> | <a href='/d'>DAERAH</a></td></tr></table><table><tr><td><div class='isi'>"
        f"{LEAD}<br><br>{P2}<br><br>{P3}</div></td><td><b>TERPOPULER</b></td></tr></table></body></html>"
    )
    art = clean_page(html)
    assert art.text.split("\n\n") == [LEAD, P2, P3]


@pytest.mark.parametrize(
    "line",
    [
        "Artikel ini telah tayang di Tribunbengkulu.com dengan judul Rejang Lebong Raih Opini Kualitas Tinggi",
        "Dapatkan update berita pilihan dan breaking news setiap hari dari kabarcurup.",
        "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
        "(rdp/har)",
        "(adv)",
    ],
)
def test_syndication_notes_and_promos_are_removed(line):
    art = clean(f"<p>{LEAD}</p><p>{P2}</p><p>{P3}</p><p>{line}</p>")
    assert art.text.split("\n\n") == [LEAD, P2, P3]
