"""Relation assembly, years, relevance and evidence, end to end through extract_article.

Every article here is written for the tests (real kinds of facts, invented wording).
"""

import pytest

from extract.pipeline import extract_article

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


def recs(text, **kw):
    res = extract_article(text, **kw)
    return res, {(r.entity, r.year): r for r in res.records}


def test_list_assembly_units_with_parent():
    text = (
        OMB.format(prov="Jambi") + "Penilaian Tahun 2023 untuk Pemkab Kerinci mencakup lima unit. "
        "Puskesmas Siulak dengan nilai 93,10. Kemudian, Dinas Kependudukan dan Pencatatan Sipil dengan nilai "
        "91,05, Dinas Kesehatan 90,40, RSUD Mayjen H.A. Thalib 88,75 dan Mal Pelayanan Publik dengan nilai 87,20."
    )
    res, r = recs(text)
    assert res.relevant
    got = {(e, y): (x.score, x.parent, x.province) for (e, y), x in r.items()}
    assert got[("Puskesmas Siulak", 2023)] == (93.1, "Kabupaten Kerinci", "Jambi")
    assert got[("Dinas Kependudukan dan Pencatatan Sipil", 2023)][0] == 91.05
    assert got[("Dinas Kesehatan", 2023)][0] == 90.4
    assert got[("Mal Pelayanan Publik", 2023)][0] == 87.2
    assert all(x.entity_type == "unit" for x in res.records)


def test_subject_carries_over_to_the_next_sentence():
    text = (
        OMB.format(prov="Sulawesi Tenggara") + "Pemerintah Kabupaten Konawe Selatan berhasil menjadi yang terbaik "
        "ketiga se-Sultra. Capaian itu ditetapkan dalam penilaian tahun 2024 dengan nilai 89,44 Predikat Zona Hijau "
        "Kategori A."
    )
    _, r = recs(text)
    rec = r[("Kabupaten Konawe Selatan", 2024)]
    assert (rec.score, rec.rank, rec.rank_scope, rec.zone, rec.grade) == (89.44, 3, "provinsi", "hijau", "A")
    assert rec.region_code == "74.05"


def test_group_phrase_distributes_values_to_the_next_entities():
    text = (
        OMB.format(prov="Maluku") + "Hasil penilaian tahun 2024: sebanyak 3 kabupaten berada di zona kuning dengan "
        "opini Kualitas Sedang. Ketiga kabupaten tersebut yakni Kabupaten Buru, Kabupaten Seram Bagian Timur dan "
        "Kabupaten Kepulauan Aru. Sementara Kota Tual meraih zona hijau."
    )
    _, r = recs(text)
    for name in ("Kabupaten Buru", "Kabupaten Seram Bagian Timur", "Kabupaten Kepulauan Aru"):
        assert (r[(name, 2024)].zone, r[(name, 2024)].opinion) == ("kuning", "kualitas sedang"), name
    assert r[("Kota Tual", 2024)].zone == "hijau"
    assert r[("Kota Tual", 2024)].opinion is None


def test_list_shares_the_zone_stated_after_it():
    text = (
        OMB.format(prov="Papua")
        + "Pada penilaian tahun 2021, Kabupaten Sarmi dan Kabupaten Keerom berada di zona merah."
    )
    _, r = recs(text)
    assert r[("Kabupaten Sarmi", 2021)].zone == r[("Kabupaten Keerom", 2021)].zone == "merah"


def test_award_in_january_reports_the_previous_year():
    text = (
        OMB.format(prov="Jawa Tengah") + "Kota Salatiga menerima penghargaan dengan nilai 95,12 dan predikat "
        "Kualitas Tertinggi, Rabu (17/1/2024)."
    )
    _, r = recs(text, published="2024-01-18")
    assert list(r) == [("Kota Salatiga", 2023)]
    assert r[("Kota Salatiga", 2023)].opinion == "kualitas tertinggi"


def test_explicit_assessment_year_beats_ceremony_date():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Tahun 2023 kepada Pemkab Temanggung di Semarang, "
        "Kamis 18 Januari 2024. Pemkab Temanggung meraih nilai 90,77."
    )
    _, r = recs(text, published="2024-01-19")
    assert list(r) == [("Kabupaten Temanggung", 2023)]


def test_previous_year_comparison_is_its_own_record():
    text = (
        OMB.format(prov="Riau") + "Pada penilaian tahun 2024 Pemkab Siak meraih nilai 88,12, "
        "naik dari 79,40 pada tahun sebelumnya."
    )
    _, r = recs(text)
    assert r[("Kabupaten Siak", 2024)].score == 88.12
    assert r[("Kabupaten Siak", 2023)].score == 79.4


def test_two_years_in_one_sentence():
    text = (
        OMB.format(prov="Lampung") + "Kabupaten Pesawaran mengalami peningkatan, tahun 2022 masuk peringkat ke-7 "
        "dengan nilai 71,02 dan di tahun 2023 naik menjadi peringkat ke-2 dengan nilai 90,15."
    )
    _, r = recs(text)
    assert (r[("Kabupaten Pesawaran", 2022)].rank, r[("Kabupaten Pesawaran", 2022)].score) == (7, 71.02)
    assert (r[("Kabupaten Pesawaran", 2023)].rank, r[("Kabupaten Pesawaran", 2023)].score) == (2, 90.15)


def test_change_of_zone_gives_the_earlier_year():
    text = OMB.format(prov="Papua Barat") + "Tahun 2024 Kabupaten Teluk Wondama naik dari zona merah ke zona kuning."
    _, r = recs(text)
    assert r[("Kabupaten Teluk Wondama", 2024)].zone == "kuning"
    assert r[("Kabupaten Teluk Wondama", 2023)].zone == "merah"


def test_ministries_and_agencies():
    text = (
        "Ombudsman RI mengumumkan hasil Penilaian Kepatuhan tahun 2023. Di tingkat kementerian, Kementerian "
        "Perhubungan (Kemenhub) meraih nilai 93,40, sedangkan di tingkat lembaga Badan Pusat Statistik "
        "memperoleh nilai 92,10 dan Polri 85,33."
    )
    res, r = recs(text)
    assert r[("Kementerian Perhubungan", 2023)].entity_type == "kementerian"
    assert r[("Kementerian Perhubungan", 2023)].score == 93.4
    assert r[("Badan Pusat Statistik", 2023)].entity_type == "lembaga"
    assert r[("Kepolisian Negara Republik Indonesia", 2023)].score == 85.33
    assert all(x.region_code is None for x in res.records)


def test_scheme_definitions_make_no_records():
    text = (
        OMB.format(prov="Aceh") + "Penilaian tahun 2024 mengelompokkan nilai dalam interval 88,00-100 zona hijau "
        "kualitas tertinggi dan 54,00-77,99 zona kuning. Kabupaten Pidie meraih nilai 82,30."
    )
    res, r = recs(text)
    assert list(r) == [("Kabupaten Pidie", 2024)]
    assert r[("Kabupaten Pidie", 2024)].zone is None  # never inferred from the score


@pytest.mark.parametrize(
    "text",
    [
        "Komisi Informasi Provinsi Jambi menetapkan Pemkab Bungo sebagai badan publik informatif dengan nilai 92,40 "
        "dalam monitoring keterbukaan informasi publik tahun 2024.",
        "Hasil Monitoring Center for Prevention (MCP) KPK tahun 2023 menempatkan Pemkot Jambi di peringkat 2 "
        "dengan nilai 95,10.",
        "Pemprov Bengkulu kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK atas laporan keuangan 2024.",
        "Kementerian PANRB memberi nilai SAKIP 72,15 predikat BB kepada Pemkab Seluma dalam evaluasi reformasi birokrasi.",
        "Survei Indeks Kepuasan Masyarakat (IKM) Kota Bengkulu tahun 2024 mencapai 86,40 dengan mutu pelayanan baik.",
    ],
)
def test_lookalike_articles_yield_no_records(text):
    res = extract_article(text)
    assert res.relevant is False
    assert res.records == []


def test_ordinary_news_is_not_relevant():
    res = extract_article("Harga cabai di Pasar Panorama naik menjadi Rp 60.000 per kilogram pekan ini.")
    assert (res.relevant, res.records, res.officials) == (False, [], [])


def test_evidence_spans_contain_the_values():
    text = (
        OMB.format(prov="Kalimantan Selatan") + "Pada penilaian tahun 2024, Pemkab Tabalong meraih nilai 92,31 "
        "dengan kategori A. Kota Banjarbaru memperoleh nilai 89,05."
    )
    res, r = recs(text)
    for rec, needle in ((r[("Kabupaten Tabalong", 2024)], "92,31"), (r[("Kota Banjarbaru", 2024)], "89,05")):
        covered = " ".join(text[a:b] for a, b in rec.evidence)
        assert needle in covered
    assert "kategori A" in " ".join(text[a:b] for a, b in r[("Kabupaten Tabalong", 2024)].evidence)


def test_result_shape_matches_the_contract():
    res = extract_article(OMB.format(prov="Bali") + "Tahun 2024 Pemkab Gianyar meraih nilai 94,02.", id="x1")
    d = res.to_dict()
    assert set(d) == {"id", "relevant", "records", "officials"} and d["id"] == "x1"
    assert set(d["records"][0]) == {
        "entity",
        "entity_type",
        "region_code",
        "province",
        "parent",
        "year",
        "score",
        "rank",
        "rank_scope",
        "zone",
        "grade",
        "opinion",
        "evidence",
    }


def test_other_scores_inside_a_relevant_article_are_ignored():
    text = (
        OMB.format(prov="Jambi") + "Pada penilaian tahun 2024 Kabupaten Tebo meraih nilai 90,12. Selain itu, "
        "Kabupaten Tebo juga meraih nilai MCP KPK 95,10 dan opini WTP dari BPK."
    )
    _, r = recs(text)
    assert list(r) == [("Kabupaten Tebo", 2024)]
    assert r[("Kabupaten Tebo", 2024)].score == 90.12


def test_office_titles_are_not_subjects_and_facilities_keep_place_names():
    text = (
        OMB.format(prov="Jambi") + "Penilaian tahun 2024 selesai. Kepala Dinas Kesehatan Kabupaten Tebo, Rahmat, "
        "mengatakan nilai 88,05 diraih Puskesmas Muara Tebo."
    )
    _, r = recs(text)
    assert list(r) == [("Puskesmas Muara Tebo", 2024)]
    assert r[("Puskesmas Muara Tebo", 2024)].parent == "Kabupaten Tebo"


def test_unit_with_its_government_written_after_it():
    text = OMB.format(prov="Bali") + "Pada penilaian tahun 2023 Dinas Sosial Kabupaten Tabanan meraih nilai 91,40."
    _, r = recs(text)
    rec = r[("Dinas Sosial", 2023)]
    assert (rec.entity_type, rec.parent, rec.province, rec.score) == ("unit", "Kabupaten Tabanan", "Bali", 91.4)


def test_a_government_named_only_in_an_office_or_as_a_place_is_used_when_nothing_else_is():
    text = (
        "Bupati Seluma Teddy Rahman menerima penghargaan Ombudsman RI atas penilaian kepatuhan tahun 2024, "
        "predikat zona hijau dengan nilai 91,25."
    )
    _, r = recs(text)
    assert [(k, v.score, v.zone) for k, v in r.items()] == [(("Kabupaten Seluma", 2024), 91.25, "hijau")]
    text = OMB.format(prov="Maluku") + "Tahun 2024, tingkat kepatuhan pelayanan publik di Kota Tual mencapai 88,10."
    _, r = recs(text)
    assert list(r) == [("Kota Tual", 2024)]


def test_the_assessors_office_is_never_the_assessed_government():
    text = "Ombudsman RI Perwakilan Provinsi Bengkulu menyebut penilaian kepatuhan tahun 2024 meraih nilai 88,10."
    res, r = recs(text)
    assert res.relevant and r == {}


def test_averages_are_not_claims():
    text = (
        OMB.format(prov="NTT") + "Pada penilaian tahun 2024 rata-rata nilai pemda se-NTT hanya 75,20. "
        "Kabupaten Ende meraih nilai 82,06."
    )
    _, r = recs(text)
    assert list(r) == [("Kabupaten Ende", 2024)]


def test_year_from_the_url_when_nothing_else_dates_the_article():
    text = OMB.format(prov="Sumatera Utara") + "Pemkot Binjai meraih nilai 90,02 dengan kategori A."
    _, r = recs(text, url="https://contoh.id/2024/12/12/binjai-zona-hijau")
    assert list(r) == [("Kota Binjai", 2024)]
    _, r = recs(text, url="https://contoh.id/2024/02/12/binjai-zona-hijau")
    assert list(r) == [("Kota Binjai", 2023)]
