"""Labels heading what follows: a claim before the band's clause, the scheme's definition then a claim, a
label before "yakni"/"yaitu" or a bracketed list, a label written before its places heading its clause, a
contrast ("sedangkan", "sementara") ending the list under a first label, and a letter after "mendapat
penilaian" as a grade (its opinion in brackets after it); fields told in other words (a green report card,
an opinion after a name in a headline, "juara umum"); a zone in a list's heading going to every item, zone
headings inside a sentence holding until the next.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_SURVEY, assert_record_fields, fields_of, recs


# -- fields told in other words: a report card coloured green is the green zone, an opinion label right after
# -- a name in a headline (not in lower-case prose), "juara umum" is first place -----------------------------


@pytest.mark.parametrize(
    "text, key, expected, only_record",
    [
        (
            "Rapor pelayanan publik Pemko Padang Panjang dari Ombudsman RI tahun 2022 berwarna hijau. Kota Padang "
            "Panjang memperoleh nilai 86,12 dengan opini kualitas tinggi dalam penilaian kepatuhan.",
            ("Kota Padang Panjang", 2022),
            {"zone": "hijau", "score": 86.12},
            False,
        ),
        (
            "Hasil Penilaian Ombudsman, Kota Kendari Kualitas Tinggi\n\nKENDARI – Kota Kendari meraih nilai 84,12 "
            "dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2023. Pemerintah menargetkan indikator "
            "kualitas tinggi di semua unit layanan.",
            ("Kota Kendari", 2023),
            {"opinion": "kualitas tinggi"},
            True,
        ),
        (  # lower-case prose is no label
            "KENDARI – Kota Kendari meraih nilai 84,12 dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
            "2023. Pemerintah menargetkan indikator kualitas tinggi di semua unit layanan.",
            ("Kota Kendari", 2023),
            {"opinion": None},
            False,
        ),
        (
            "TERNATE – Kota Ternate menjadi juara umum dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
            "2023 se-Maluku Utara dengan nilai 88,91.",
            ("Kota Ternate", 2023),
            {"rank": 1, "score": 88.91},
            False,
        ),
    ],
    ids=["report-card-coloured-green", "opinion-label-after-a-name-in-a-headline", "opinion-in-prose", "juara-umum"],
)
def test_fields_told_in_other_words(text, key, expected, only_record):
    r = recs(text)
    assert fields_of(r, *key, *expected) == expected
    if only_record:
        assert set(r) == {key}


# -- a claim, then a clause printing the band ("..., dari rentang 81 sampai 100"): the claim holds ---------

BANDED = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik 2018 ke Pemkab Lahat. "


@pytest.mark.parametrize(
    "sentence, score, zone",
    [
        (
            "Kabupaten Lahat kini berada di zona hijau dengan nilai yang lumayan tinggi 88,62, dari rentang 81 sampai 100.",
            88.62,
            "hijau",
        ),
        ("Kabupaten Lahat masuk zona kuning dengan nilai 66,20 (kisaran nilai zona kuning 51-80).", 66.2, "kuning"),
        ("Kabupaten Lahat memperoleh skor 84,05, yang berada di interval 81-100.", 84.05, None),
    ],
    ids=["kabupaten-lahat-kini-berada-di", "kabupaten-lahat-masuk-zona-kuning", "kabupaten-lahat-memperoleh-skor-84"],
)
def test_claim_before_the_band_clause_holds(sentence, score, zone):
    got = recs(BANDED + sentence)
    r = got[("Kabupaten Lahat", 2018)]
    assert (r.score, r.zone) == (score, zone)


def test_claim_before_the_band_clause_continues_the_subject():
    got = recs(
        BANDED
        + "Kabupaten Lahat tahun lalu di zona kuning. Kini masuk zona hijau dengan nilai 90,71, dari rentang 81 sampai 100."
    )
    assert (got[("Kabupaten Lahat", 2018)].score, got[("Kabupaten Lahat", 2018)].zone) == (90.71, "hijau")


@pytest.mark.parametrize(
    "sentence",
    [
        # the legend's own colour after the claim's clause, and a colour said after an office's place
        "Kabupaten Lahat meraih nilai 92,10; zona kuning berada pada rentang 51-80.",
        "Kepala Ombudsman Sumsel, Budi Hartono, menjelaskan bahwa zona kuning berarti nilai kepatuhan sedang, "
        "yakni di angka 51,00 sampai 80,99.",
    ],
    ids=["kabupaten-lahat-meraih-nilai-92", "kepala-ombudsman-sumsel-budi-hartono"],
)
def test_band_clause_look_alikes_give_no_zone(sentence):
    got = recs(BANDED + "Kabupaten Lahat meraih nilai 92,10. " + sentence)
    assert all(r.zone is None for r in got.values()), got


# -- the scheme's definition, then a claim in the same sentence ------------------------------------


@pytest.mark.parametrize(
    "definition",
    [
        "Nilai 0 – 50 berarti zona merah, 51-80 zona kuning, dan 81-100 zona hijau,",
        "Rentang nilai zona hijau adalah 81-100;",
        "Nilai 81 – 100 masuk kategori zona hijau,",
    ],
    ids=["nilai-0-50-berarti-zona", "rentang-nilai-zona-hijau-adalah", "nilai-81-100-masuk-kategori"],
)
def test_claim_after_the_scheme_definition_in_one_sentence(definition):
    text = (
        OMB_SURVEY.format(prov="Jawa Barat", year=2018)
        + definition
        + " secara nasional nilai tertinggi kategori kabupaten diraih Kabupaten Kuningan dengan nilai 98.74."
    )
    r = recs(text)
    assert (r[("Kabupaten Kuningan", 2018)].score, r[("Kabupaten Kuningan", 2018)].zone) == (98.74, None)


def test_definition_alone_still_gives_nothing():
    text = (
        OMB_SURVEY.format(prov="Jawa Barat", year=2018)
        + "Rentang 51-80 berarti zona kuning dan 81-100 zona hijau, ujarnya."
    )
    assert recs(text) == {}


# -- a label followed by "yakni"/"yaitu" heads the list after it ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Selain Kota Ambon, yang juga masih tercatat di zona kuning yakni Kabupaten Buru dengan nilai 68,84; "
        "Kabupaten Seram Bagian Timur dengan nilai 75,58 serta Kabupaten Maluku Tengah dengan nilai 55,74.",
        "Di samping Kota Ambon, daerah yang masuk zona kuning yaitu Kabupaten Buru (68,84), Kabupaten Seram Bagian "
        "Timur (75,58) dan Kabupaten Maluku Tengah (55,74).",
        "Setelah Kota Ambon, yang tercatat di zona kuning antara lain Kabupaten Buru 68,84, Kabupaten Seram Bagian "
        "Timur 75,58, dan Kabupaten Maluku Tengah 55,74.",
    ],
    ids=["selain-kota-ambon-yang-juga", "di-samping-kota-ambon-daerah", "setelah-kota-ambon-yang-tercatat"],
)
def test_a_label_before_yakni_heads_the_list(sentence):
    # "Selain X, yang juga ... zona kuning yakni A, B": X has it too (it already had it here)
    text = (
        "Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon meraih "
        "zona kuning dengan nilai 70,20. " + sentence
    )
    r = recs(text)
    assert (r[("Kota Ambon", 2022)].score, r[("Kota Ambon", 2022)].zone) == (70.2, "kuning")
    for name, score in (
        ("Kabupaten Buru", 68.84),
        ("Kabupaten Seram Bagian Timur", 75.58),
        ("Kabupaten Maluku Tengah", 55.74),
    ):
        assert (r[(name, 2022)].score, r[(name, 2022)].zone) == (score, "kuning"), name


def test_selain_x_yang_juga_gives_x_the_lists_label():
    text = (
        "Ombudsman RI Perwakilan Maluku menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon meraih "
        "nilai 70,20. Selain Kota Ambon, yang juga masih tercatat di zona kuning yakni Kabupaten Buru dengan "
        "nilai 68,84 dan Kabupaten Maluku Tengah dengan nilai 55,74."
    )
    r = recs(text)
    assert [r[(n, 2022)].zone for n in ("Kota Ambon", "Kabupaten Buru", "Kabupaten Maluku Tengah")] == ["kuning"] * 3


@pytest.mark.parametrize(
    "labels",
    [
        "meraih Predikat Zona Hijau, Kategori A dengan Opini Pelayanan Publik Kualitas Tertinggi ialah",
        "juga masuk Zona Hijau, Kategori A dan Opini Kualitas Tertinggi yaitu",
        "meraih zona hijau dengan kategori A serta opini kualitas tertinggi yakni",
    ],
    ids=["meraih-predikat-zona-hijau-kategori", "juga-masuk-zona-hijau-kategori", "meraih-zona-hijau-dengan-kategori"],
)
def test_a_run_of_labels_before_the_introducer_heads_the_list(labels):
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Provinsi Sumatera Utara meraih nilai "
        f"90,54. Empat provinsi lain di atas Sumatera Utara yang {labels} Provinsi Bali dengan nilai 94,01 dan "
        "Provinsi Jawa Tengah dengan nilai 93,14."
    )
    r = recs(text)
    for name in ("Provinsi Bali", "Provinsi Jawa Tengah"):
        rec = r[(name, 2022)]
        assert (rec.zone, rec.grade, rec.opinion) == ("hijau", "A", "kualitas tertinggi"), name


def test_labels_of_another_clause_do_not_head_the_list():
    text = (
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2022. Kota Ambon meraih kategori A, sedangkan "
        "yang tercatat di zona kuning yakni Kabupaten Buru dengan nilai 68,84."
    )
    rec = recs(text)[("Kabupaten Buru", 2022)]
    assert (rec.zone, rec.grade) == ("kuning", None)


# -- labels heading a bracketed list of members ---------------------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Di layar ditampilkan capaian Gorontalo pada penilaian kepatuhan 2022, yaitu Zona kuning opini kualitas "
        "Sedang (Pemrov Gorontalo, Pemkab Boalemo dan Kota Gorontalo) serta Zona Merah Opini Rendah (Pemkab "
        "Pohuwato, Pemkab Gorontalo Utara).",
        "Hasil penilaian kepatuhan tahun 2022 di Gorontalo: zona kuning dengan opini kualitas sedang (Pemprov "
        "Gorontalo, Pemkab Boalemo, Kota Gorontalo), zona merah dengan opini kualitas rendah (Pemkab Pohuwato "
        "dan Pemkab Gorontalo Utara).",
    ],
    ids=["di-layar-ditampilkan-capaian-gorontalo", "hasil-penilaian-kepatuhan-tahun-2022"],
)
def test_labels_head_the_bracketed_list_after_them(listing):
    got = recs("Ombudsman RI Perwakilan Gorontalo menggelar sosialisasi penilaian kepatuhan. " + listing)
    labels = {e: (r.zone, r.opinion) for (e, _), r in got.items()}
    yellow, red = ("kuning", "kualitas sedang"), ("merah", "kualitas rendah")
    assert labels == {
        "Provinsi Gorontalo": yellow,
        "Kabupaten Boalemo": yellow,
        "Kota Gorontalo": yellow,
        "Kabupaten Pohuwato": red,
        "Kabupaten Gorontalo Utara": red,
    }


def test_opini_sedang_in_prose_is_no_label():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2023. Kabupaten Boalemo meraih nilai 80,10. "
        "Menurut dia, opini sedang disusun untuk unit layanan yang belum dinilai."
    )
    assert got[("Kabupaten Boalemo", 2023)].opinion is None


# -- a label written before its places, one clause per label -------------------------------------------------

SULTENG = "Ombudsman RI menilai kepatuhan standar pelayanan publik tahun 2017 di Sulawesi Tengah. "


@pytest.mark.parametrize(
    "said",
    [
        "Yang mendapat zona kuning hanya Kabupaten Poso dan Kabupaten Banggai, sedangkan yang masuk zona merah "
        "Kabupaten Sigi, Kabupaten Tolitoli dan Kota Palu.",
        '"Kami menilai lima daerah, yakni Kota Palu, Kabupaten Sigi, Kabupaten Poso, Kabupaten Banggai dan '
        "Kabupaten Tolitoli, yang mendapat nilai kuning hanya Poso dan Banggai sedangkan yang dalam zona merah "
        'Sigi, Tolitoli dan Kota Palu," ujarnya.',
        "Zona kuning diraih Kabupaten Poso dan Kabupaten Banggai, sedangkan zona merah diraih Kabupaten Sigi, "
        "Kabupaten Tolitoli dan Kota Palu.",
        "Kabupaten Poso dan Kabupaten Banggai masuk zona kuning, sementara yang berada di zona merah adalah "
        "Kabupaten Sigi, Kabupaten Tolitoli dan Kota Palu.",
        "Yang masuk zona kuning Kabupaten Poso dan Kabupaten Banggai, adapun yang masuk zona merah yakni "
        "Kabupaten Sigi, Kabupaten Tolitoli dan Kota Palu.",
    ],
    ids=["yang-mendapat-sedangkan", "quoted-hanya", "diraih-sedangkan", "sementara-adalah", "adapun-yakni"],
)
def test_label_heads_the_places_of_its_clause(said):
    got = recs(SULTENG + said)
    zones = {k[0]: r.zone for k, r in got.items()}
    assert zones == {
        "Kabupaten Poso": "kuning",
        "Kabupaten Banggai": "kuning",
        "Kabupaten Sigi": "merah",
        "Kabupaten Toli-Toli": "merah",
        "Kota Palu": "merah",
    }


@pytest.mark.parametrize(
    "said, zones",
    [
        # the label after its holder, then another holder: each keeps its own
        (
            "Kabupaten Poso masuk zona kuning, sedangkan Kabupaten Sigi masuk zona merah.",
            {"Kabupaten Poso": "kuning", "Kabupaten Sigi": "merah"},
        ),
        # a label ending its holder's clause, the next place starting a new one
        ("Kota Palu meraih nilai 80,10 dan zona hijau, Kabupaten Sigi juga.", {"Kota Palu": "hijau"}),
        (
            "Kabupaten Poso yang masuk zona kuning, dan Kabupaten Sigi yang masuk zona merah, dinilai Ombudsman.",
            {"Kabupaten Poso": "kuning", "Kabupaten Sigi": "merah"},
        ),
    ],
    ids=["sedangkan-each", "ending-clause", "yang-clauses"],
)
def test_label_after_its_holder_stays_with_it(said, zones):
    got = recs(SULTENG + said)
    assert {k[0]: r.zone for k, r in got.items() if r.zone} == zones


# -- "zona A ... adalah X, sedangkan untuk Y, Z dan W di zona B": the contrast ends the first heading; ------
# -- "mendapat penilaian A" is a grade ------------------------------------------------------------------

KALTARA = "Ombudsman mengumumkan hasil penilaian kepatuhan tahun 2023 di Kalimantan Utara. "


CONTRAST_B = {"Kabupaten Malinau": "B", "Kabupaten Nunukan": "B", "Kabupaten Tana Tidung": "B"}


@pytest.mark.parametrize(
    "sentence, grades",
    [
        (
            "Kabupaten yang memiliki zona A adalah Pemkab Bulungan, sedangkan untuk Kabupaten Malinau, Nunukan dan "
            "Tana Tidung di zona B.",
            {"Kabupaten Bulungan": "A", **CONTRAST_B},
        ),
        (
            "Yang meraih kategori A yaitu Pemkab Bulungan, sementara Kabupaten Malinau, Nunukan dan Tana Tidung "
            "berada di kategori B.",
            {"Kabupaten Bulungan": "A", **CONTRAST_B},
        ),
        # without a contrast the heading's list goes on
        (
            "Yang meraih kategori A yaitu Pemkab Bulungan, Kabupaten Malinau dan Kabupaten Nunukan.",
            {"Kabupaten Nunukan": "A", "Kabupaten Malinau": "A"},
        ),
    ],
    ids=["sedangkan-zona", "sementara-kategori", "no-contrast-goes-on"],
)
def test_a_contrast_ends_a_label_heading(sentence, grades):
    got = recs(KALTARA + sentence)
    assert {e: got[(e, 2023)].grade for e in grades} == grades


@pytest.mark.parametrize(
    "sentence, grade",
    [
        ("Kota Tarakan dan Kabupaten Nunukan yang juga mendapat penilaian A.", "A"),
        ("Kota Tarakan mendapat penilaian B dari Ombudsman.", "B"),
        ("Dalam penilaian E-Government, Kota Tarakan meraih zona hijau.", None),
    ],
    ids=["mendapat-penilaian-a", "mendapat-penilaian-b", "e-government-is-no-grade"],
)
def test_a_letter_after_penilaian_is_a_grade(sentence, grade):
    assert recs(KALTARA + sentence)[("Kota Tarakan", 2023)].grade == grade


# -- a zone in a list's heading ("Berikut daerah ... yang masuk zona kuning:") goes to every item, not to the
# -- place in the heading; zone headings inside a sentence ("Zona Hijau: A, B; Zona Kuning: C") hold until the
# -- next heading; "mendapat penilaian A (Kualitas Tertinggi)" gives the grade with its opinion --------------


@pytest.mark.parametrize(
    "text, expected, exact",
    [
        (
            "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan standar pelayanan publik 2021. "
            "Berikut daerah di Jateng yang masuk zona kuning:\n"
            "• Kabupaten Brebes (70,15)\n"
            "• Kabupaten Blora\n"
            "Sementara itu Kota Semarang berada di zona hijau.",
            {
                ("Kabupaten Brebes", 2021): {"score": 70.15, "zone": "kuning"},
                ("Kabupaten Blora", 2021): {"score": None, "zone": "kuning"},
                ("Kota Semarang", 2021): {"score": None, "zone": "hijau"},
            },
            True,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2022. Zona Hijau: Kabupaten Bungo (90,16), "
            "Kabupaten Tebo (88,20); Zona Kuning: Kabupaten Merangin (70,50); Zona Merah: Kabupaten Kerinci (45,10).",
            {
                ("Kabupaten Bungo", 2022): {"zone": "hijau"},
                ("Kabupaten Tebo", 2022): {"zone": "hijau"},
                ("Kabupaten Merangin", 2022): {"zone": "kuning"},
                ("Kabupaten Kerinci", 2022): {"zone": "merah"},
            },
            True,
        ),
        (
            "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan tahun 2024. Kabupaten Kudus mendapat penilaian "
            "A (Kualitas Tertinggi) dengan nilai 90,16 dan meraih peringkat II se-Jawa Tengah.",
            {("Kabupaten Kudus", 2024): {"grade": "A", "opinion": "kualitas tertinggi", "score": 90.16, "rank": 2}},
            False,
        ),
    ],
    ids=["zone-in-a-list-heading", "zone-headings-inside-a-sentence", "grade-with-its-opinion-and-roman-rank"],
)
def test_labels_heading_a_list_or_glossing_a_grade(text, expected, exact):
    assert_record_fields(text, expected, exact=exact)


# -- a headline's subject holding the label before a colon ("X Masuk Zona Hijau: ..."): its own claim, no
# heading of a list (records/label_heads.py LabelHeads._colon_heads) ------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Situbondo Masuk Zona Hijau: Ombudsman RI Beri Apresiasi Pelayanan Publik",
        "Kabupaten Situbondo Raih Zona Hijau: Bupati Ucapkan Terima Kasih",
        "Situbondo Tetap Berada di Zona Hijau : Ini Kata Ombudsman",
    ],
    ids=["masuk", "raih", "spaced-colon"],
)
def test_a_headline_subject_before_a_colon_holds_its_label(headline):
    text = (
        headline
        + "\n\nPemerintah Kabupaten Situbondo menerima hasil penilaian kepatuhan pelayanan publik 2024 dari Ombudsman RI."
    )
    got = recs(text)
    assert got[("Kabupaten Situbondo", 2024)].zone == "hijau", got


def test_a_label_before_a_colon_still_heads_the_list_after_it():
    text = (
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan pelayanan publik 2024 di Jawa Timur. Zona hijau: "
        "Kabupaten Situbondo, Kabupaten Jember dan Kota Malang."
    )
    got = recs(text)
    for name in ("Kabupaten Situbondo", "Kabupaten Jember", "Kota Malang"):
        assert got[(name, 2024)].zone == "hijau", got
