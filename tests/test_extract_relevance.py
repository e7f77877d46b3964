"""Relevance: the assessment's own title identifies it even when 'Ombudsman' is never written.

Articles written for the tests.
"""

from extract.pipeline import extract_article


def test_assessment_title_alone_makes_the_article_relevant():
    text = (
        "Kabupaten Klaten kembali meraih nilai tinggi. Pada Penilaian Kepatuhan Penyelenggaraan "
        "Pelayanan Publik Tahun 2024, Kabupaten Klaten memperoleh nilai 95,40 dan masuk zona hijau."
    )
    res = extract_article(text, published="2024-11-20")
    assert res.relevant
    [rec] = res.records
    assert (rec.entity, rec.year, rec.score, rec.zone) == ("Kabupaten Klaten", 2024, 95.4, "hijau")


def test_pre_2022_title_alone_makes_the_article_relevant():
    text = (
        "Hasil Survei Kepatuhan terhadap Standar Pelayanan Publik tahun 2019 menempatkan Kabupaten "
        "Gresik di zona hijau dengan nilai 88,12."
    )
    res = extract_article(text, published="2019-12-10")
    assert res.relevant and res.records[0].entity == "Kabupaten Gresik"


def test_generic_words_without_assessor_or_title_stay_irrelevant():
    # "kepatuhan" and "pelayanan publik" appear, but neither Ombudsman nor its assessment's title
    text = (
        "Pemkab Klaten meningkatkan kepatuhan wajib pajak melalui pelayanan publik yang cepat. "
        "Tingkat kepatuhan tahun 2024 mencapai 95,40 persen, kata Kepala Bapenda Klaten."
    )
    res = extract_article(text, published="2024-11-20")
    assert not res.relevant and res.records == []


def test_prefilter_finds_each_word_of_a_shared_prefix_group_and_not_the_prefix_alone():
    from extract.components.relevance import is_candidate

    base = "Warga Kecamatan Lembang mengeluhkan jalan rusak di depan pasar desa sejak bulan lalu."
    # "zona" and "ombu..." alone (a school zoning story, a place name) are ordinary news
    assert not is_candidate(base + " Sekolah itu masuk zona sistem penerimaan siswa baru.")
    assert not is_candidate(base + " Rombongan tiba di Desa Ombulo sore hari.")
    for word in ("Zona Merah", "zona kuning", "ZONA HIJAU", "Ombusman", "Ombudsman"):
        assert is_candidate(f"{base} Camat menyebut {word} dalam rapat."), word
