"""Years no result belongs to: a year told with what is still to be done in it ("Tahun 2021 ini akan
dilaksanakan uji kepatuhan", "tahun 2019 kami akan melombakan ..."), a year hoped for ("harapannya di tahun
2019 ini ..."), a year said to have had no assessment ("2019 dan 2020 tidak dilakukan survei"); an award
ceremony's date then dates the results.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

# -- a year of plans is not the result's year ------------------------------------------------------------

MADIUN = (
    "Ombudsman RI Perwakilan Jawa Timur menggelar pembinaan pelayanan publik di Kabupaten Madiun. Uji kepatuhan "
    "terakhir di daerah itu digelar pada tahun 2018.\nKabupaten Madiun berpredikat hijau dalam uji kepatuhan "
    "tersebut. "
)


@pytest.mark.parametrize(
    "plan",
    [
        "Pesan itu penting bagi pelayanan publik, karena tahun 2021 ini akan dilaksanakan uji kepatuhan di semua "
        "kabupaten.",
        "Menurut Ombudsman, pelayanan publik harus dibenahi, sebab pada tahun 2021 Ombudsman akan kembali menguji "
        "seluruh kabupaten.",
        "Terkait pelayanan publik, tahun 2021 nanti kami akan menambah lokus penilaian di puskesmas.",
        "Demi pelayanan publik, di tahun 2021 pemkab bakal membenahi ruang layanan.",
    ],
)
def test_a_year_of_plans_is_not_the_results_year(plan):
    got = recs(MADIUN + plan)
    assert got[("Kabupaten Madiun", 2018)].zone == "hijau"
    assert ("Kabupaten Madiun", 2021) not in got


def test_a_year_the_assessment_names_before_akan_is_still_its_year():
    # "penilaian tahun 2022 ... akan": the assessment of that year, told with what comes of it
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan. Dalam penilaian tahun 2022 kemarin Kabupaten Madiun "
        "meraih zona hijau, dan capaian itu akan dipertahankan."
    )
    assert got[("Kabupaten Madiun", 2022)].zone == "hijau"


@pytest.mark.parametrize(
    "handed",
    [
        "Pada tahun 2023 Pemkab Bima akan menerima piagam penghargaan di Jakarta.",
        "Tahun 2023 penghargaan itu akan diserahkan di Jakarta.",
        "Di tahun 2023 Pemkab Bima bakal kembali menerima penghargaan.",
    ],
)
def test_a_year_whose_results_are_still_to_be_handed_over_is_their_year(handed):
    got = recs(
        "Ombudsman RI mengumumkan hasil penilaian kepatuhan. Kabupaten Bima meraih zona hijau dengan nilai 88,10. "
        + handed
    )
    assert got[("Kabupaten Bima", 2023)].score == 88.1


@pytest.mark.parametrize(
    "hope",
    [
        "Di tahun ini harapannya di tahun 2018 ini ada satu pemda yang masuk zona hijau dalam pelayanan publik.",
        "Harapannya di tahun 2018 ini ada pemda yang masuk zona hijau pelayanan publik.",
        "Tahun 2018 ini kami akan mendampingi pemda agar patuh pada standar pelayanan publik.",
    ],
)
def test_a_year_hoped_for_in_a_january_release_is_not_the_results_year(hope):
    text = (
        "Ombudsman RI Perwakilan Maluku Utara memaparkan catatan pelayanan publik tahun 2017 pada 8 Januari 2018.\n"
        "Kabupaten Halmahera Tengah masih berada di zona merah.\n" + hope
    )
    got = recs(text)
    assert got[("Kabupaten Halmahera Tengah", 2017)].zone == "merah"
    assert ("Kabupaten Halmahera Tengah", 2018) not in got


# -- an award ceremony's date dates the results, over a later year of plans ---------------------------------

PALOPO = (
    "Jika sebelumnya pada tahun 2014 Kota Palopo hanya puas di zona kuning dalam penilaian Ombudsman RI, kini "
    "Kota Palopo berhasil meraih zona hijau.\n"
)


@pytest.mark.parametrize(
    "ceremony, plan",
    [
        (
            "Wali Kota diundang ke Jakarta dan acara itu akan dihadiri Presiden pada tanggal 5 desember 2017.",
            "Kami rutin mengevaluasi kerja OPD yang terkait pelayanan publik, apalagi tahun 2018 kami akan "
            "melombakan inovasi antar-OPD.",
        ),
        (
            "Penghargaan akan diserahkan Wakil Presiden pada 5 Desember 2017 di Jakarta.",
            "Untuk memperkuat pelayanan publik, tahun 2018 Pemkot Palopo bakal menggelar lomba inovasi.",
        ),
        (
            "Piagamnya akan diterima Wali Kota di Jakarta tanggal 5 Desember 2017.",
            "Demi pelayanan publik yang lebih baik, di tahun 2018 ini pemkot akan menambah inovasi.",
        ),
    ],
)
def test_the_ceremony_date_dates_the_results_over_a_year_of_plans(ceremony, plan):
    got = recs(PALOPO + ceremony + "\n" + plan)
    assert got[("Kota Palopo", 2017)].zone == "hijau"
    assert got[("Kota Palopo", 2014)].zone == "kuning"
    assert ("Kota Palopo", 2018) not in got


# -- a year said to have had no assessment is no result's year ----------------------------------------------

TARAKAN = "Kota Tarakan sudah masuk zona hijau. Dinas Sosial masih berada di zona merah."
KEDIRI = "Kabupaten Kediri berpredikat hijau dalam uji kepatuhan terakhir."


@pytest.mark.parametrize(
    "text, entity",
    [
        (
            "Ombudsman RI Perwakilan Kalimantan Utara meninjau standar pelayanan publik Pemkot Tarakan berdasarkan "
            'hasil survei yang dilakukan pada tahun 2018, Selasa (26/1/2021).\n"Survei terakhir kami lakukan tahun '
            '2018, karena 2019 dan 2020 tidak dilakukan survei," ujar Kepala Ombudsman.\n' + TARAKAN,
            "Kota Tarakan",
        ),
        (
            "Ombudsman RI Perwakilan Kalimantan Utara meninjau standar pelayanan publik Pemkot Tarakan, Selasa "
            "(26/1/2021).\nMenurut Kepala Ombudsman, hasil survei tahun 2018 masih menjadi acuan karena pada 2019 dan "
            "2020 tidak ada penilaian.\n" + TARAKAN,
            "Kota Tarakan",
        ),
        (
            "Ombudsman RI Perwakilan Jawa Timur mengunjungi Pemkab Kediri, Selasa (30/3/2021). Uji kepatuhan terakhir "
            "di Kabupaten Kediri digelar pada tahun 2018.\nSetelah penghentian penilaian di tahun 2019 dan 2020 lantaran "
            "pandemi, penilaian kembali digelar.\n" + KEDIRI,
            "Kabupaten Kediri",
        ),
        (
            "Ombudsman RI Perwakilan Jawa Timur mengunjungi Pemkab Kediri, Selasa (30/3/2021). Uji kepatuhan terakhir "
            "di Kabupaten Kediri digelar pada tahun 2018.\nPenilaian sempat vakum, survei dihentikan pada 2020 karena "
            "pandemi.\n" + KEDIRI,
            "Kabupaten Kediri",
        ),
    ],
)
def test_a_year_without_assessment_leaves_the_last_surveyed_year(text, entity):
    got = recs(text)
    assert got[(entity, 2018)].zone == "hijau"
    assert {y for (e, y) in got} == {2018}


def test_a_result_year_beside_others_not_surveyed_keeps_its_year():
    # the cue follows another subject, not the year
    got = recs(
        "Ombudsman RI merilis hasil penilaian kepatuhan. Pada 2019 Kabupaten Kediri meraih zona hijau, sedangkan "
        "kabupaten lain tidak dilakukan survei."
    )
    assert got[("Kabupaten Kediri", 2019)].zone == "hijau"
