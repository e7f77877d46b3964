"""Phenomena of reporting seen on real text: "the highest one" as a clause's subject.

Own sentences only (no article text)."""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article

_INTRO = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2019. "


def _records(text: str) -> dict[str, tuple]:
    res = extract_article(_INTRO + text, published="2019-12-10")
    return {r.entity: (r.rank, r.zone, r.score) for r in res.records}


@pytest.mark.parametrize(
    ("text", "best"),
    [
        (
            "Kabupaten Bantul dan Kabupaten Sleman masuk zona hijau. Sedangkan yang tertinggi adalah "
            "Kabupaten Sleman dengan nilai 95,1.",
            "Kabupaten Sleman",
        ),
        (
            "Kabupaten Bantul dan Kabupaten Sleman masuk zona hijau. Untuk yang paling tingginya Kabupaten "
            "Bantul, kami beri piagam khusus.",
            "Kabupaten Bantul",
        ),
        (
            "Kota Blitar dan Kota Kediri meraih zona hijau, dan yang terbaik yakni Kota Kediri dengan nilai 92,4.",
            "Kota Kediri",
        ),
        (
            "Kabupaten Gowa dan Kabupaten Maros berada di zona hijau. Adapun yang paling baik ialah Kabupaten Maros.",
            "Kabupaten Maros",
        ),
    ],
)
def test_the_highest_one_as_subject_is_first(text: str, best: str) -> None:
    recs = _records(text)
    assert recs[best][0] == 1
    assert all(rank is None for name, (rank, _, _) in recs.items() if name != best)


@pytest.mark.parametrize(
    "text",
    [
        # the highest since a year, or within a place: other rules' business, no first place here
        "Kabupaten Bantul masuk zona hijau. Nilai itu yang tertinggi sejak 2015 bagi Kabupaten Bantul.",
        "Kabupaten Sleman meraih nilai 90,2 dan itu yang tertinggi dalam sejarah daerah itu.",
        # a high level, not the highest one
        "Kabupaten Gowa berada di zona hijau dengan tingkat kepatuhan yang tinggi.",
        # a lower-case name after it is not read as one: no place given to the one named before
        "Kabupaten Gowa dan Kabupaten Maros berada di zona hijau. Untuk yang tertinggi kabupaten maros, "
        "kami beri piagam.",
    ],
)
def test_look_alikes_give_no_first_place(text: str) -> None:
    assert all(rank is None for rank, _, _ in _records(text).values())


def _ranks(text: str) -> dict[str, int | None]:
    res = extract_article(text, published="2019-12-10")
    return {r.entity: r.rank for r in res.records}


@pytest.mark.parametrize(
    ("text", "last", "n"),
    [
        (
            "Ombudsman RI melakukan survei kepatuhan tahun 2019 terhadap 6 Polres di NTT. Tiga Polres masuk zona "
            "merah, yaitu Polres Alor dengan nilai 52,1, Polres Kupang 50,2, dan yang paling rendah adalah Polres "
            "Ende dengan nilai 44,8.",
            "Polres Ende",
            6,
        ),
        (
            "Survei kepatuhan Ombudsman tahun 2019 dilakukan terhadap sembilan kabupaten di Sulawesi Tenggara. "
            "Kabupaten Muna memperoleh nilai 61,2, sedangkan yang terendah yakni Kabupaten Buton dengan nilai 40,5.",
            "Kabupaten Buton",
            9,
        ),
    ],
)
def test_the_lowest_one_is_last_of_the_count_stated_elsewhere(text: str, last: str, n: int) -> None:
    ranks = _ranks(text)
    assert ranks[last] == n
    assert all(rank is None for name, rank in ranks.items() if name != last)


@pytest.mark.parametrize(
    "text",
    [
        # no count of those assessed anywhere: no place
        "Hasil survei kepatuhan Ombudsman tahun 2019: Polres Alor 52,1, Polres Kupang 50,2, dan yang paling rendah "
        "adalah Polres Ende dengan nilai 44,8.",
        # two different counts: which field is unknown
        "Ombudsman menilai 6 Polres pada 2019 dan menilai 10 kabupaten. Survei terhadap 6 Polres dan dari 10 "
        "kabupaten itu, yang paling rendah adalah Polres Ende dengan nilai 44,8.",
        # a low level, not the lowest one
        "Survei kepatuhan tahun 2019 dilakukan terhadap 6 Polres. Polres Ende masuk zona merah yang rendah.",
    ],
)
def test_no_last_place_without_one_count(text: str) -> None:
    assert all(rank is None for rank in _ranks(text).values())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kabupaten Tojo Una-una meraih nilai 88,68 dalam penilaian kepatuhan Ombudsman RI 2024.",
            "Kabupaten Tojo Una Una",
        ),
        (
            "Dalam penilaian kepatuhan Ombudsman RI 2024, Kabupaten Tojo una-una mendapat nilai 80,2.",
            "Kabupaten Tojo Una Una",
        ),
        (
            "Penilaian kepatuhan Ombudsman RI 2024 di Bengkulu: Kabupaten Muko-muko meraih nilai 90,5.",
            "Kabupaten Mukomuko",
        ),
    ],
)
def test_name_with_lower_case_after_its_hyphen_is_read(text: str, name: str) -> None:
    assert name in _ranks(text)


def test_lower_case_hyphened_words_after_a_level_word_are_no_name() -> None:
    # "kota-kota" after a level word is a plural, not a name
    text = "Penilaian kepatuhan Ombudsman RI 2024: Kota Palu meraih nilai 90,5, tertinggi di antara kota-kota lain."
    assert list(_ranks(text)) == ["Kota Palu"]
