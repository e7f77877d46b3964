"""Region gazetteer: level words, aliases, abbreviations and ambiguity (sentences written for the tests)."""

import pytest

from extract.pipeline import get_nlp


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def regions(nlp, text):
    ms = nlp.get_pipe("kepatuhan_regions").mentions(text)
    return [(text[m.start : m.end], m.name, m.code, m.subject) for m in ms]


def names(nlp, text):
    return [n for _, n, _, _ in regions(nlp, text)]


def test_level_words_and_aliases(nlp):
    text = (
        "Pemkab OKU Timur, Pemerintah Kota Pagar Alam, Kab. Muara Enim dan Pemprov Sumsel "
        "menghadiri acara di Palembang."
    )
    assert names(nlp, text)[:4] == [
        "Kabupaten Ogan Komering Ulu Timur",
        "Kota Pagar Alam",
        "Kabupaten Muara Enim",
        "Provinsi Sumatera Selatan",
    ]


def test_province_abbreviations(nlp):
    for alias, canonical in [
        ("Kaltim", "Provinsi Kalimantan Timur"),
        ("Kalteng", "Provinsi Kalimantan Tengah"),
        ("NTT", "Provinsi Nusa Tenggara Timur"),
        ("NTB", "Provinsi Nusa Tenggara Barat"),
        ("Sulsel", "Provinsi Sulawesi Selatan"),
        ("Sulbar", "Provinsi Sulawesi Barat"),
        ("Kaltara", "Provinsi Kalimantan Utara"),
    ]:
        assert names(nlp, f"Pemerintah {alias} menerima laporan.") == [canonical], alias


def test_regency_abbreviations(nlp):
    assert names(nlp, "Bupati Mabar dan Bupati TTU serta Pemkab Koltim.") == [
        "Kabupaten Manggarai Barat",
        "Kabupaten Timor Tengah Utara",
        "Kabupaten Kolaka Timur",
    ]


def test_kota_versus_kabupaten_of_the_same_name(nlp):
    got = names(nlp, "Kota Kupang unggul atas Kabupaten Kupang, sedangkan Pemkot Bima dan Pemkab Bima menyusul.")
    assert got == ["Kota Kupang", "Kabupaten Kupang", "Kota Bima", "Kabupaten Bima"]


def test_bengkulu_alone_is_the_province_and_bengkulu_selatan_is_a_kabupaten(nlp):
    got = regions(nlp, "Hasil untuk Bengkulu Selatan dan Kota Bengkulu diumumkan. Bengkulu juga dinilai.")
    assert [(n, c) for _, n, c, _ in got] == [
        ("Kabupaten Bengkulu Selatan", "17.01"),
        ("Kota Bengkulu", "17.71"),
        ("Provinsi Bengkulu", "17"),
    ]
    # "Kota Bengkulu Selatan" does not exist: the level word cannot make it a city
    assert "Kota Bengkulu Selatan" not in names(nlp, "Pemkab Bengkulu Selatan menerima piagam.")


def test_bare_name_in_a_list_takes_the_level_of_the_list(nlp):
    got = names(nlp, "Zona kuning diraih Kabupaten Sumba Timur, Alor, Kupang dan Ende.")
    assert got == ["Kabupaten Sumba Timur", "Kabupaten Alor", "Kabupaten Kupang", "Kabupaten Ende"]


def test_places_and_offices_are_not_subjects(nlp):
    got = regions(nlp, "Ombudsman RI Perwakilan Maluku menilai Kota Tual di Provinsi Maluku bersama Bupati Buru.")
    subj = {n: s for _, n, _, s in got}
    assert subj["Kota Tual"] is True
    assert subj["Provinsi Maluku"] is False
    assert subj["Kabupaten Buru"] is False


def test_lower_case_province_name_and_upper_case_headline(nlp):
    assert names(nlp, "nilai untuk sulawesi tengah naik") == ["Provinsi Sulawesi Tengah"]
    assert names(nlp, "PEMKAB LEBONG RAIH PENGHARGAAN") == ["Kabupaten Lebong"]


def test_common_words_are_not_regions(nlp):
    # "batu" (stone) and "bone" in lower case are not the city of Batu / the regency of Bone
    assert names(nlp, "jalan batu itu rusak dan tulang bone patah") == []
