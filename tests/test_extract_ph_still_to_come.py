"""Things not (yet) held: a near miss, a demand ("harus"), a hoped-for year, a target or a requirement, a
zone aimed at after a wish, a year something will happen in ("akan ... pada tahun 2024"), a chance to
obtain a label, a wish set off by a comma, a year aimed at; none is a result (a result to be kept is a
past one).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, OPENING_JATENG_2021, fields_of, recs


# -- a near miss is not the zone held: "hampir turun ke zona merah" -----------------------------


@pytest.mark.parametrize(
    "miss",
    [
        "yang artinya hampir turun ke zona merah",
        "sehingga nyaris masuk zona merah",
        "dan sedikit lagi masuk zona merah",
    ],
    ids=["yang-artinya-hampir-turun-ke", "sehingga-nyaris-masuk-zona-merah", "dan-sedikit-lagi-masuk-zona"],
)
def test_near_miss_is_not_the_zone(miss):
    text = (
        OPENING_JATENG_2021 + "Kabupaten Kudus masuk zona kuning. Kabupaten Kudus berada di angka 52,10, " + miss + "."
    )
    got = recs(text)[("Kabupaten Kudus", 2021)]
    assert (got.zone, got.score) == ("kuning", 52.1)


# -- "harus" before a label: a demand, not a result -------------------------------------------------------


@pytest.mark.parametrize(
    "demand",
    [
        "Tahun depan Kota Bitung harus rapor hijau, kata wali kota.",
        "Wali kota menegaskan Kota Bitung harus berada di zona hijau pada survei berikutnya.",
    ],
    ids=["tahun-depan-kota-bitung-harus", "wali-kota-menegaskan-kota-bitung"],
)
def test_label_after_harus_is_a_demand(demand):
    text = "Ombudsman menyampaikan hasil survei kepatuhan tahun 2018. Kota Manado meraih zona hijau. " + demand
    got = recs(text)
    assert all(e != "Kota Bitung" for e, _ in got), got


def test_harus_puas_with_a_label_is_the_result():
    # look-alike: "harus puas" (settled for) tells the label held
    text = (
        "Ombudsman menyampaikan hasil survei kepatuhan tahun 2018. Kota Manado meraih zona hijau, sedangkan "
        "Kota Bitung harus puas berada di zona kuning."
    )
    assert recs(text)[("Kota Bitung", 2018)].zone == "kuning"


# -- the year reported: a hoped-for year is not it; "tahun X ini ... penilaian" is ------------------


@pytest.mark.parametrize(
    "wish",
    [
        "semoga tahun 2024 Kota Cilegon bisa masuk zona hijau",
        "mudah-mudahan pada penilaian 2024 nilainya naik",
        "diharapkan pada penilaian tahun 2024 Kota Cilegon masuk zona hijau",
    ],
    ids=["semoga-tahun-2024-kota-cilegon", "mudah-mudahan-pada-penilaian-2024", "diharapkan-pada-penilaian-tahun-2024"],
)
def test_a_hoped_for_year_is_not_the_assessment_year(wish):
    text = (
        "Ombudsman RI menilai kepatuhan standar pelayanan publik di seluruh Indonesia. Kota Cilegon masuk zona "
        f"kuning dengan nilai 70,12 dalam penilaian tahun 2023. Ombudsman melakukan penilaian sejak tahun 2015, {wish}."
    )
    assert list(recs(text)) == [("Kota Cilegon", 2023)]


@pytest.mark.parametrize(
    "lead",
    [
        "Ombudsman RI pada akhir tahun 2023 ini telah menyelesaikan penilaian kepatuhan di 34 provinsi.",
        "Tahun 2023 ini Ombudsman RI kembali melakukan penilaian kepatuhan standar pelayanan publik.",
    ],
    ids=["ombudsman-ri-pada-akhir-tahun", "tahun-2023-ini-ombudsman-ri"],
)
def test_tahun_x_ini_before_the_assessment_gives_the_year(lead):
    text = (
        f"{lead} Kota Cilegon masuk zona kuning dengan nilai 70,12. Prestasi terbaik Kota Cilegon dalam "
        "penilaian kepatuhan terjadi pada tahun 2018."
    )
    assert ("Kota Cilegon", 2023) in recs(text)


def test_a_later_year_kept_as_a_goal_is_not_the_year():
    text = (
        "Provinsi Sulawesi Barat tahun 2023 ini masuk kategori A dengan nilai 88,65 dari Ombudsman RI. Target "
        "kami hanya mempertahankannya di tahun 2024, tahun penilaian yang terakhir."
    )
    assert list(recs(text)) == [("Provinsi Sulawesi Barat", 2023)]


# -- a target is not a result -------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Gubernur menargetkan tahun depan pelayanan publik di lingkungan Pemprov Kalimantan Tengah harus masuk "
        "zona hijau.",
        "Menurut Bupati, pada penilaian berikutnya Pemkab Katingan harus meraih zona hijau.",
        "Sekda menegaskan seluruh OPD Pemkab Katingan wajib masuk zona hijau.",
    ],
    ids=["menargetkan-harus", "harus-meraih", "wajib"],
)
def test_a_must_is_not_a_result(sentence):
    got = recs("Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2019. " + sentence)
    assert all(r.zone != "hijau" for r in got.values()), got


@pytest.mark.parametrize(
    "lead",
    [
        "Ombudsman RI merencanakan survei kepatuhan pelayanan publik 2020 pada empat kabupaten di Maluku.",
        "Ombudsman RI Perwakilan Maluku akan melakukan penilaian kepatuhan tahun 2020 terhadap empat kabupaten.",
        "Tahun ini, Ombudsman sedang melakukan penilaian kepatuhan 2020 di empat kabupaten di Maluku.",
    ],
    ids=["merencanakan", "akan-melakukan", "sedang-melakukan"],
)
def test_results_looked_back_on_are_the_assessment_before_the_announced_one(lead):
    got = recs(
        lead + " Sebelumnya Kota Ambon dan Kabupaten Buru sudah dinilai. Kota Ambon masuk zona hijau sehingga "
        "pada 2020 tidak dinilai lagi, sedangkan Kabupaten Buru masih berada di zona kuning."
    )
    assert got[("Kota Ambon", 2019)].zone == "hijau", got
    assert got[("Kabupaten Buru", 2019)].zone == "kuning", got
    assert all(y == 2019 for _, y in got), got


# -- a requirement ("harus memperoleh ... nilai A") is nobody's result ---------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Agar bisa sampai ke kategori ini, sebuah pemda harus memperoleh skor maksimal atau nilai A.",
        "Setiap daerah wajib memperoleh nilai A agar masuk daftar penerima penghargaan.",
    ],
    ids=["harus", "wajib"],
)
def test_requirement_gives_no_grade(said):
    got = recs(
        "Ombudsman RI merilis penilaian kepatuhan tahun 2023. Kota Medan meraih kategori kualitas tinggi. " + said
    )
    assert got[("Kota Medan", 2023)].grade is None


# -- a zone aimed at after a wish is no claim; one held and hoped to be kept is ------------------------------


@pytest.mark.parametrize(
    "wish",
    [
        "Kami berharap di tahun ini (2022), hasil penilaian kepatuhan bisa ditingkatkan sehingga masuk zona hijau.",
        "Wali kota berharap agar pada penilaian berikutnya ada perbaikan layanan supaya meraih zona hijau.",
        "Pemkot menargetkan pembenahan loket pelayanan tahun ini, agar dapat masuk zona hijau.",
    ],
    ids=["berharap-tahun-ini", "berharap-agar", "menargetkan"],
)
def test_a_zone_aimed_at_after_a_wish_is_no_claim(wish):
    text = (
        OMB_PROV.format(prov="Banten") + "Pada penilaian tahun 2021, Kota Serang memperoleh nilai 74,95 dan masuk zona "
        f"kuning. {wish}"
    )
    r = recs(text, published="2022-03-04")
    assert r[("Kota Serang", 2021)].zone == "kuning"
    assert ("Kota Serang", 2022) not in r


def test_a_zone_held_and_hoped_to_be_kept_stays_a_claim():
    text = (
        OMB_PROV.format(prov="Banten") + "Pada penilaian tahun 2023, Kota Serang meraih zona hijau dengan nilai 88,40. "
        "Wali kota berharap capaian itu dipertahankan."
    )
    r = recs(text)
    assert r[("Kota Serang", 2023)].zone == "hijau"


# -- a year after "akan ... pada (tahun)": when something is still to happen, not a result's year ------


@pytest.mark.parametrize(
    "closing",
    [
        "Hasil penilaian ini akan menjadi acuan pada tahun 2024 untuk pendampingan berikutnya.",
        "Penilaian serupa akan digelar lagi pada tahun 2024.",
        "Ombudsman bakal kembali menilai di tahun 2024.",
    ],
    ids=["acuan-pada-tahun", "akan-digelar-lagi", "bakal-di-tahun"],
)
def test_a_year_something_will_happen_in_is_not_the_assessment_year(closing):
    text = (
        "Ombudsman RI Perwakilan Gorontalo memaparkan hasil Penilaian Maladministrasi Pelayanan Publik "
        "Tahun 2023 bagi sejumlah pemerintah daerah. Kabupaten Boalemo memperoleh nilai 71,40 dengan "
        "kualitas pelayanan cukup, kata Kepala Perwakilan kepada wartawan, Selasa, 13 Februari 2024. " + closing
    )
    got = recs(text)
    assert ("Kabupaten Boalemo", 2023) in got
    assert ("Kabupaten Boalemo", 2024) not in got
    assert got[("Kabupaten Boalemo", 2023)].score == 71.40


def test_a_result_said_after_akan_and_its_own_year_keeps_the_year():
    # "akan menyerahkan hasil penilaian tahun 2023": the year of the results, no "pada" before it
    text = (
        "Ombudsman RI akan menyerahkan hasil penilaian kepatuhan tahun 2023 kepada Kabupaten Boalemo, "
        "yang meraih nilai 84,10 dan masuk zona hijau."
    )
    got = recs(text)
    assert ("Kabupaten Boalemo", 2023) in got
    assert got[("Kabupaten Boalemo", 2023)].zone == "hijau"


def test_a_coming_survey_written_as_this_years_keeps_the_zones_before_it():
    text = (
        "Ombudsman RI Perwakilan Papua Barat akan melakukan survei kepatuhan di enam kabupaten. "
        "Hingga tahun 2021, baru Kabupaten Fakfak yang masuk zona hijau. Kabupaten Kaimana berada di zona "
        "kuning dan akan kembali disurvei pada tahun 2022. Survei di tahun 2022 ini akan menyasar "
        "Kabupaten Kaimana (zona kuning) dan Kabupaten Teluk Bintuni (zona merah)."
    )
    got = recs(text)
    assert got[("Kabupaten Fakfak", 2021)].zone == "hijau"
    assert got[("Kabupaten Kaimana", 2021)].zone == "kuning"
    assert got[("Kabupaten Teluk Bintuni", 2021)].zone == "merah"
    assert not any(y == 2022 for _, y in got)


# -- a chance to obtain a label is not the label -----------------------------------------------------------


@pytest.mark.parametrize(
    "chance",
    [
        "Kabupaten Belitung punya peluang meraih Predikat Kepatuhan Tinggi (Zona Hijau) pada penilaian tahun ini.",
        "Kabupaten Belitung berpeluang masuk zona hijau pada penilaian tahun ini.",
    ],
    ids=["punya-peluang", "berpeluang"],
)
def test_a_chance_to_obtain_a_label_is_not_held(chance):
    got = recs(
        "Ombudsman RI mendampingi pemda jelang penilaian kepatuhan, Senin (29/8/2022). " + chance + " Pasalnya, "
        "selama ini Kabupaten Belitung sudah empat kali dinilai, tetapi hasilnya masih masuk dalam zona kuning."
    )
    assert all(r.zone != "hijau" for r in got.values())
    assert any(r.zone == "kuning" for (name, _), r in got.items() if name == "Kabupaten Belitung")


def test_a_label_obtained_for_the_second_time_is_held():
    got = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2021. Kabupaten Belitung memperoleh zona hijau untuk kedua kalinya."
    )
    assert got[("Kabupaten Belitung", 2021)].zone == "hijau"


# -- a wish set off by a comma ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "wish",
    [
        '"Saya berharap, tahun 2017 ini Pemkot Bitung bisa berada di zona hijau," ujar Wali Kota.',
        "Semoga, pada penilaian berikutnya Pemkot Bitung masuk zona hijau.",
    ],
    ids=["berharap-comma", "semoga-comma"],
)
def test_a_wish_after_a_comma_is_not_held(wish):
    got = recs(
        "Menurut hasil penilaian Ombudsman RI, layanan publik Pemkot Bitung tahun 2016 masih berada di zona kuning. "
        + wish
    )
    assert got[("Kota Bitung", 2016)].zone == "kuning"
    assert all(r.zone != "hijau" for r in got.values())


def test_a_result_after_a_wish_of_another_sentence_is_held():
    got = recs(
        "Wali Kota berharap, pelayanan terus membaik. Hasil penilaian Ombudsman RI tahun 2016, Pemkot Bitung "
        "masuk zona hijau."
    )
    assert got[("Kota Bitung", 2016)].zone == "hijau"


# -- more ways to announce the coming assessment: the states told without a year are the one before ---------


@pytest.mark.parametrize(
    "lead",
    [
        "Tim Ombudsman Sulteng segera laksanakan survei penilaian kepatuhan di Sulawesi Tengah tahun 2021.",
        "Ombudsman Sulteng segera melaksanakan penilaian kepatuhan tahun 2021 di seluruh kabupaten.",
        "Ombudsman Sulteng akan menggelar survei kepatuhan tahun 2021 di 13 kabupaten/kota se-Sulteng.",
        "Ombudsman Sulteng bersiap melakukan penilaian kepatuhan 2021 terhadap 13 kabupaten dan kota.",
    ],
    ids=["segera-laksanakan", "segera-melaksanakan", "akan-menggelar", "bersiap-melakukan"],
)
def test_states_told_after_an_announced_assessment_are_the_one_before(lead):
    got = recs(
        lead + " Pada penilaian terakhir di tahun 2019, Kabupaten Sigi dan Kabupaten Poso masuk zona hijau. "
        "Sementara Kabupaten Donggala dan Kabupaten Tolitoli berada di zona merah."
    )
    assert got[("Kabupaten Donggala", 2019)].zone == "merah", got
    assert got[("Kabupaten Sigi", 2019)].zone == "hijau", got
    assert all(y == 2019 for _, y in got), got


def test_results_handed_over_in_the_lead_are_not_an_announcement():
    # look-alike: the assessment of the lead is done; its results are the year written
    got = recs(
        "Ombudsman Sulteng menyerahkan hasil penilaian kepatuhan tahun 2021 kepada 13 kabupaten. Kabupaten Sigi "
        "masuk zona hijau. Sementara Kabupaten Donggala berada di zona merah."
    )
    assert got[("Kabupaten Donggala", 2021)].zone == "merah" and got[("Kabupaten Sigi", 2021)].zone == "hijau"


# -- a label only a few points away, and one never held ("belum pernah sama sekali") --------------------------

PAGARALAM = (
    "Ombudsman Perwakilan Sumatera Selatan menyebut ada dua pemda yang mendapat zona kuning pada 2024, yakni "
    "Kota Pagar Alam dan Kabupaten Musi Rawas Utara. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Pagar Alam terus naik, tinggal beberapa angka lagi untuk dapat hijau.",
        "Kota Pagar Alam kurang sedikit lagi untuk bisa masuk zona hijau.",
        "Kota Pagar Alam tinggal sedikit lagi meraih zona hijau, kata Adrian.",
        "Kota Pagar Alam belum pernah sama sekali mendapat zona hijau sejak penilaian dimulai.",
        "Hingga kini Kota Pagar Alam sama sekali belum pernah meraih zona hijau.",
    ],
    ids=[
        "tinggal-beberapa-untuk-dapat",
        "kurang-sedikit-untuk-bisa",
        "tinggal-sedikit",
        "belum-pernah-sama-sekali",
        "sama-sekali-belum-pernah",
    ],
)
def test_a_label_nearly_reached_or_never_held_is_not_held(sentence):
    got = recs(PAGARALAM + sentence)
    assert all(r.zone != "hijau" for e, r in got.items() if e[0] == "Kota Pagar Alam"), got
    assert got[("Kota Pagar Alam", 2024)].zone == "kuning"


def test_a_label_reached_for_good_is_held():
    # look-alike: "untuk pertama kalinya dapat hijau" is a label got, not aimed at
    got = recs(PAGARALAM.replace("zona kuning", "zona hijau") + "Ini untuk pertama kalinya Pagar Alam dapat hijau.")
    assert got[("Kota Pagar Alam", 2024)].zone == "hijau"


def test_a_result_to_be_kept_is_a_past_result_not_a_wish():
    text = (
        "Ombudsman RI mengambil data Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik 2024 di Kabupaten "
        "Paser. Sekda Paser berharap Paser bisa mempertahankan kualitas tertinggi yang diraih tahun lalu. "
        "Ia juga berharap Paser meraih peringkat pertama tahun ini."
    )
    got = recs(text, published="2024-07-08")
    assert {k: (v.opinion, v.rank) for k, v in got.items()} == {("Kabupaten Paser", 2023): ("kualitas tertinggi", None)}


def test_a_year_aimed_at_is_not_the_assessment_year():
    text = (
        "Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik tahun 2023. "
        "Kabupaten Siak meraih nilai 90,12. Bupati menargetkan pada penilaian tahun 2024 Siak meraih nilai lebih tinggi."
    )
    assert set(recs(text, published="2024-01-20")) == {("Kabupaten Siak", 2023)}


# -- an aim in a headline's bare verb ("Targetkan", "Incar", "Bidik") is not held -----------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Gandeng Ombudsman, Pemkab Kebumen Targetkan Raih Zona Hijau Pelayanan Publik",
        "Pemkab Kebumen Incar Zona Hijau Kepatuhan Pelayanan Publik",
        "Tahun Depan, Pemkab Kebumen Bidik Zona Hijau dari Ombudsman",
    ],
    ids=["targetkan", "incar", "bidik"],
)
def test_headline_aim_verb_gives_no_zone(headline):
    text = (
        f"{headline}\nKEBUMEN - Sekda Kebumen menyebut Kabupaten Kebumen memperoleh nilai kepatuhan 72,30 "
        "atau masuk zona kuning pada penilaian Ombudsman tahun 2021."
    )
    assert fields_of(recs(text), "Kabupaten Kebumen", 2021) == {"score": 72.3, "zone": "kuning"}
