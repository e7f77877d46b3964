"""Scores: own averages in percent, approximate scores, and numbers that are no score (frequencies,
scales, shares of units in a zone).

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import OMB_PROV, OMB_RELEASE, recs


# -- score bands written with words are no scores ------------------------------------------------


@pytest.mark.parametrize(
    "band",
    [
        "Predikat hijau diberikan bila nilainya berada di angka 81,00 sampai 100.",
        "Zona hijau diberikan untuk nilai 88,00 hingga 100, sedangkan zona kuning untuk nilai 56,00 hingga 87,99.",
        "Predikat itu diberikan bagi nilai 81,00 s.d. 100.",
    ],
    ids=[
        "predikat-hijau-diberikan-bila-nilainya",
        "zona-hijau-diberikan-untuk-nilai",
        "predikat-itu-diberikan-bagi-nilai",
    ],
)
def test_a_band_written_with_words_is_no_score(band):
    got = recs(
        "Kepala Ombudsman RI Perwakilan Sulawesi Tengah menjelaskan, pada penilaian kepatuhan tahun 2021 "
        "Kabupaten Donggala masuk zona hijau. " + band
    )
    assert {k: (r.score, r.zone) for k, r in got.items()} == {("Kabupaten Donggala", 2021): (None, "hijau")}


def test_a_change_written_with_hingga_is_still_a_score():
    got = recs(
        "Dalam penilaian kepatuhan Ombudsman RI tahun 2023, nilai Kabupaten Sigi naik dari 70,50 hingga "
        "mencapai 85,20 dan masuk zona hijau."
    )
    assert got[("Kabupaten Sigi", 2023)].score == 85.2


# -- a police office's total after its parts ("pengaduan 9, Proses 14,80, Nilai 71,05") ----------------------

POLICE = (
    "Ombudsman RI Perwakilan Jambi menyerahkan hasil penilaian kepatuhan tahun 2022. Dua polres masuk zona kuning. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Polres Tebo dengan jumlah pengaduan 21, Proses 16,40, Nilai 71,18, kategori cukup, dengan opini kualitas sedang.",
        "Polres Tebo dengan jumlah pengaduan 13,40, Proses 15,85, Nilai 71,18, Kategori Cukup, Opini Kualitas sedang.",
        "Polres Tebo: jumlah pengaduan 9, proses 14,20, nilai: 71,18, opini kualitas sedang.",
    ],
    ids=["kategori-cukup-opini", "capitalised", "colons"],
)
def test_a_police_total_after_its_parts_is_the_score(sentence):
    got = recs(POLICE + sentence)
    r = got[("Polres Tebo", 2022)]
    assert (r.score, r.opinion) == (71.18, "kualitas sedang")


def test_a_number_of_the_complaints_is_not_taken():
    got = recs(POLICE + "Polres Tebo masuk zona kuning, sedangkan jumlah pengaduan yang diproses 71,18.")
    assert got[("Polres Tebo", 2022)].score is None


# -- a value given roughly to one point ("nilainya sama 95-96") is no band definition ------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "\u201cOmbudsman memberikan Kategori A, dalam SK itu Kabupaten Ciamis karena nilainya sama 95-96,\u201d ujarnya.",
        "Kabupaten Ciamis mendapat Kategori A dengan nilai sekitar 91-92.",
    ],
    ids=["sama-95-96", "sekitar-91-92"],
)
def test_a_rough_value_keeps_the_sentences_grade(sentence):
    got = recs("Hasil penilaian Ombudsman tahun 2023 diumumkan. " + sentence)
    r = got[("Kabupaten Ciamis", 2023)]
    assert (r.grade, r.score) == ("A", None)


def test_a_band_with_its_label_is_still_a_definition():
    got = recs(
        "Hasil penilaian Ombudsman tahun 2023 diumumkan. Kabupaten Ciamis masuk zona hijau dengan rentang 88-100."
    )
    assert ("Kabupaten Ciamis", 2023) not in got


# -- numbers that are or are not the score: a difference, a comma typed with a space, a whole percentage -----


@pytest.mark.parametrize(
    "diff",
    [
        "Kenaikan dari tahun 2022 ke 2023 cukup signifikan, yakni mencapai 12,40.",
        "Peningkatannya dibanding tahun lalu sebesar 12,40.",
        "Selisih dengan penilaian sebelumnya 12,40.",
    ],
    ids=["kenaikan-dari-ke", "peningkatan-dibanding", "selisih"],
)
def test_a_difference_is_not_a_score(diff):
    text = (
        OMB_PROV.format(prov="Jawa Tengah") + "Pada penilaian tahun 2023, Kabupaten Banjarnegara memperoleh nilai "
        f"90,15 dengan opini kualitas tertinggi. {diff}"
    )
    r = recs(text)
    assert r[("Kabupaten Banjarnegara", 2023)].score == 90.15


@pytest.mark.parametrize(
    "written",
    ["2023 (88, 45)", "2023 dengan nilai 88, 45", "2023 meraih 88, 45"],
    ids=["brackets", "dengan-nilai", "meraih"],
)
def test_a_decimal_comma_typed_with_a_space(written):
    text = OMB_PROV.format(prov="Jawa Barat") + "Nilai Kota Cimahi terus naik: 2022 (80,10) dan " + written + "."
    r = recs(text)
    assert r[("Kota Cimahi", 2023)].score == 88.45


@pytest.mark.parametrize(
    "pct",
    ["dengan presentase 69", "dengan persentase 69", "nilai sebesar 69"],
    ids=["presentase", "persentase", "nilai-sebesar"],
)
def test_a_whole_percentage_presented_as_the_score(pct):
    text = OMB_PROV.format(prov="Jambi") + f"Pada penilaian tahun 2017, Pemprov Jambi memperoleh nilai pelayanan {pct}."
    assert recs(text)[("Provinsi Jambi", 2017)].score == 69.0


# -- a score "nyaris sempurna" is held; a score nearly reached is not -----------------------------------

NEAR = "Ombudsman RI menyerahkan hasil penilaian kepatuhan standar pelayanan publik 2022. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Wonogiri meraih skor nyaris sempurna yaitu 97,4 persen.",
        "Kabupaten Wonogiri mendapat nilai hampir sempurna, yakni 97,4.",
    ],
    ids=["nyaris-sempurna", "hampir-sempurna"],
)
def test_a_score_nearly_perfect_is_held(sentence):
    assert recs(NEAR + sentence)[("Kabupaten Wonogiri", 2022)].score == 97.4


@pytest.mark.parametrize(
    "sentence",
    [
        "Kabupaten Wonogiri nyaris meraih nilai 97,4.",
        "Kabupaten Wonogiri hampir mencapai skor 81,00 untuk masuk zona hijau.",
    ],
    ids=["nyaris-meraih", "hampir-mencapai"],
)
def test_a_score_nearly_reached_is_not_held(sentence):
    got = recs(NEAR + sentence)
    assert all(r.score is None for r in got.values())


# -- an entity's own average written in percent -----------------------------------------------


@pytest.mark.parametrize(
    "phrase, score",
    [
        ("dengan nilai rata-rata 60 persen", 60.0),
        ("dengan skor rata-rata 72 persen", 72.0),
        ("dengan nilai rerata sebesar 81", 81.0),
    ],
)
def test_an_own_average_in_percent_is_the_score(phrase, score):
    text = OMB_RELEASE + f"Pada penilaian tahun 2022, Polda Bali berada di zona kuning {phrase}."
    assert recs(text)[("Polda Bali", 2022)].score == score


@pytest.mark.parametrize(
    "phrase, score",
    [
        ("dengan nilai rata-rata kepatuhan 77.07", 77.07),
        ("dengan skor rata-rata kepatuhan standar pelayanan sebesar 80,45", 80.45),
        ("dan nilai rerata kepatuhannya 74,10", 74.1),
    ],
    ids=["nilai-rata-rata-kepatuhan", "skor-rata-rata-kepatuhan-standar-pelayanan", "nilai-rerata-kepatuhannya"],
)
def test_an_own_average_named_with_its_field_is_the_score(phrase, score):
    text = OMB_RELEASE + f"Pada penilaian tahun 2022, Polda Bali berada di zona kuning {phrase}."
    assert recs(text)[("Polda Bali", 2022)].score == score


@pytest.mark.parametrize(
    "phrase",
    ["Nilai rata-rata kepatuhan nasional 71,20.", "Rata-rata nilai kepatuhan se-Bali 70,05."],
    ids=["rata-rata-kepatuhan-nasional", "rata-rata-nilai-kepatuhan-se-bali"],
)
def test_an_average_of_many_named_with_its_field_is_no_score(phrase):
    text = OMB_RELEASE + f"Pada penilaian tahun 2022, Polda Bali berada di zona kuning. {phrase}"
    assert recs(text)[("Polda Bali", 2022)].score is None


@pytest.mark.parametrize("phrase", ["Rata-rata nasional 60 persen.", "Sebanyak 60 persen pengguna layanan puas."])
def test_other_percentages_are_no_score(phrase):
    text = OMB_RELEASE + f"Pada penilaian tahun 2022, Polda Bali berada di zona kuning. {phrase}"
    assert recs(text)[("Polda Bali", 2022)].score is None


# -- a radio station's frequency in the dateline is no score --------------------------------


@pytest.mark.parametrize("dateline", ["Semarang, Radio Suara 92,6 FM –", "Semarang (Radio Suara 101.5 MHz) -"])
def test_a_frequency_is_no_score(dateline):
    text = dateline + (
        " Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2019. Kabupaten Wonosobo "
        "berada di zona merah."
    )
    r = recs(text)
    assert ("Kabupaten Semarang", 2019) not in r
    assert r[("Kabupaten Wonosobo", 2019)].zone == "merah"
    assert all(rec.score is None for rec in r.values())


def test_a_score_before_other_words_still_counts():
    text = "Ombudsman RI Perwakilan Jawa Tengah merilis hasil penilaian kepatuhan tahun 2019. Kabupaten Wonosobo meraih nilai 92,6 FM."
    assert recs(text.replace(" FM", ""))[("Kabupaten Wonosobo", 2019)].score == 92.6


# -- the scale a score is read on is no band definition ------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Pemkab Kampar memperoleh nilai 71,19 dari skala 0-100, menempati posisi 87 dari 199 kabupaten.",
        "Pemkab Kampar meraih nilai 71,19 dalam skala 1-100, berada di posisi 87 dari 199 kabupaten.",
        "Dengan skala nilai 0 - 100, Pemkab Kampar mendapat nilai 71,19 dan menempati posisi 87 dari 199 kabupaten.",
    ],
)
def test_a_score_with_its_scale_is_kept(said):
    text = OMB_PROV.format(prov="Riau") + "Hasil penilaian tahun 2018 disampaikan di Pekanbaru. " + said
    r = recs(text)[("Kabupaten Kampar", 2018)]
    assert (r.score, r.rank, r.rank_scope) == (71.19, 87, "nasional")


@pytest.mark.parametrize(
    "legend",
    [
        "Zona hijau bagi nilai 81-100, zona kuning 51-80 dan zona merah 0-50.",
        "Nilai dikategorikan zona kuning bila berada pada rentang 51 - 80.",
    ],
)
def test_a_band_legend_still_gives_nobody_a_zone(legend):
    text = (
        OMB_PROV.format(prov="Riau")
        + "Hasil penilaian tahun 2018 disampaikan di Pekanbaru. Kabupaten Kampar hadir. "
        + legend
    )
    assert all(rec.zone is None for rec in recs(text).values())


# -- the share of units in a zone is no score --------------------------------------------------------


@pytest.mark.parametrize(
    "shares",
    [
        "Tahun 2016, zonasi kepatuhan Provinsi Jambi masih 45,8 persen lebih masuk kategori kuning.",
        "Pada 2016 sebanyak 45,8 persen unit layanan Provinsi Jambi masuk zona kuning dan 39,39 % zona hijau.",
        "Tahun 2016 Provinsi Jambi sudah 45,8 persen masuk zona kuning.",
    ],
)
def test_a_share_of_units_in_a_zone_is_no_score(shares):
    text = OMB_PROV.format(prov="Jambi") + shares
    assert all(rec.score is None for rec in recs(text).values())


@pytest.mark.parametrize(
    "score",
    [
        "Pada penilaian 2016 Provinsi Jambi meraih nilai 88,2 persen dan masuk zona hijau.",
        "Pada penilaian 2016 Provinsi Jambi meraih 88,2 persen, tertinggi di Sumatera.",
    ],
)
def test_a_score_written_as_a_percentage_is_kept(score):
    text = OMB_PROV.format(prov="Jambi") + score
    assert recs(text)[("Provinsi Jambi", 2016)].score == 88.2


# -- "skor sekitar 86 poin": an approximate whole score is the score written ----------------------------

KUPANG = "Kota Kupang masuk zona hijau dalam penilaian kepatuhan Ombudsman tahun 2024"


@pytest.mark.parametrize(
    "tail", [" dengan skor sekitar 86 poin.", ", nilai kurang lebih 86.", " dengan skor sekira 86."]
)
def test_an_approximate_whole_score_is_kept(tail):
    assert recs(KUPANG + tail)[("Kota Kupang", 2024)].score == 86.0


@pytest.mark.parametrize(
    "tail", [" bersama sekitar 86 daerah lain.", " karena nilainya lebih dari 80.", ", sekitar 86 persen pemda hijau."]
)
def test_a_count_or_a_threshold_near_an_approximation_is_no_score(tail):
    assert recs(KUPANG + tail)[("Kota Kupang", 2024)].score is None


# -- "naik N poin dari tahun sebelumnya S": the year compared with dates S, not the score reached ----------

BEKASI_2024 = "Ombudsman RI memberi penghargaan dalam penilaian kepatuhan pelayanan publik 2024. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Nilai Kabupaten Bekasi mencapai 87,88 poin atau naik 4,66 poin dari tahun sebelumnya yaitu 83,22.",
        "Kabupaten Bekasi meraih 87,88, naik 4,66 angka dari tahun sebelumnya 83,22.",
    ],
)
def test_a_change_amount_before_dari_keeps_the_reached_score_on_the_year(sentence):
    got = recs(BEKASI_2024 + sentence)
    assert got[("Kabupaten Bekasi", 2024)].score == 87.88
    assert got[("Kabupaten Bekasi", 2023)].score == 83.22


def test_a_fall_by_an_amount_from_last_year():
    got = recs(BEKASI_2024 + "Skor Kabupaten Bekasi 83,22 atau turun 4,66 poin dari tahun sebelumnya 87,88.")
    assert got[("Kabupaten Bekasi", 2024)].score == 83.22
    assert got[("Kabupaten Bekasi", 2023)].score == 87.88


# -- a colour reached after "menjadi", for a span of years ----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Pada tahun 2022, Kabupaten Bekasi masih berwarna kuning, lalu pada tahun 2023-2024 naik menjadi "
        "hijau dengan nilai 87,88.",
        "Kabupaten Bekasi yang pada 2022 berada di zona kuning, pada tahun 2023-2024 berubah menjadi hijau dengan "
        "nilai 87,88.",
    ],
)
def test_a_colour_reached_over_a_span_of_years(sentence):
    got = recs(
        "Ombudsman RI menggelar sosialisasi penilaian kepatuhan pelayanan publik. " + sentence, published="2025-02-14"
    )
    assert got[("Kabupaten Bekasi", 2022)].zone == "kuning"
    assert got[("Kabupaten Bekasi", 2023)].zone == "hijau"
    assert got[("Kabupaten Bekasi", 2023)].score is None
    assert got[("Kabupaten Bekasi", 2024)].zone == "hijau"
    assert got[("Kabupaten Bekasi", 2024)].score == 87.88


def test_menjadi_before_a_colour_of_something_else_is_no_zone():
    got = recs(BEKASI_2024 + "Kabupaten Bekasi meraih nilai 87,88. Taman kota kini menjadi hijau dan asri.")
    assert got[("Kabupaten Bekasi", 2024)].zone is None


# -- a page that types its decimals with a space: every such pair is one score ------------------


@pytest.mark.parametrize(
    "body",
    [
        "Polres Solok meraih skor 29, 66, disusul Polres Agam dengan 26, 79 dan Polres Sawahlunto dengan 24, 63.",
        "Polres Solok memperoleh 29, 66. Polres Agam membuntuti dengan indeks 26, 79, lalu Polres Sawahlunto mencatat 24, 63.",
        "Nilai tertinggi 29, 66 diraih Polres Solok, lalu Polres Agam 26, 79 dan Polres Sawahlunto 24, 63.",
    ],
)
def test_split_decimals_once_the_page_writes_them_so(body):
    r = recs(OMB_PROV.format(prov="Sumatera Barat") + "Penilaian tahun 2025 atas delapan polres. " + body)
    assert r[("Polres Solok", 2025)].score == 29.66
    assert r[("Polres Agam", 2025)].score == 26.79
    assert r[("Polres Sawahlunto", 2025)].score == 24.63
    assert r[("Polres Solok", 2025)].rank in (None, 1)


@pytest.mark.parametrize("sep", [". ", ", ", " dan "])
def test_split_decimal_inside_a_run_of_scores(sep):
    body = f"Penilaian tahun 2023: Polres Teluk Wondama 85,33{sep}Polresta Sorong 82, 57 dan Polres Fakfak 80,94."
    r = recs(OMB_PROV.format(prov="Papua Barat") + body)
    assert r[("Polresta Sorong", 2023)].score == 82.57


def test_a_list_of_integers_is_no_split_decimal():
    body = "Penilaian tahun 2023: Polres Kaimana meraih nilai 80,94 dan masuk zona hijau. Pasal 12, 15 dan 20 dibahas."
    r = recs(OMB_PROV.format(prov="Papua Barat") + body)
    assert [rec.score for rec in r.values()] == [80.94]


# -- the four dimensions printed beside the total ("input 15.40, proses 22.70, output 24.10") --------------

RESULTS_2022 = "Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2022. "


@pytest.mark.parametrize(
    "told",
    [
        "Provinsi Bengkulu masuk zona hijau; rinciannya input 15.40, proses 22.70, output 24.10 dan pengaduan "
        "18.0 dengan total penilaian 80.2 kategori B.",
        "Rincian nilai Provinsi Bengkulu: input 15,40, output 24,10, proses 22,70, pengaduan 18,0, total 80,2.",
        "Provinsi Bengkulu, input 13. 25, proses 15.10, output 19. 40 dan pengaduan 12. 75 dengan total penilaian "
        "80.2 kategori B.",
    ],
)
def test_dimension_parts_are_not_the_score(told):
    r = recs(RESULTS_2022 + told)
    assert r[("Provinsi Bengkulu", 2022)].score == 80.2


# -- a share of governments restated as their count ("31,66 persen atau 63 Pemkab") is no score ------------


@pytest.mark.parametrize(
    "share",
    [
        "hanya 31,66 persen atau 63 pemkab saja yang masuk zona hijau",
        "sebanyak 31,66 % (63 kabupaten) berada di zona hijau",
        "baru 31,66 persen, 63 pemerintah kabupaten, yang meraih zona hijau",
    ],
)
def test_a_share_restated_as_a_count_is_no_score(share):
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018. Kabupaten Langkat masuk zona hijau, "
        f"padahal dari 199 pemkab se-Indonesia {share}."
    )
    assert r[("Kabupaten Langkat", 2018)].score is None


def test_a_percent_score_without_a_count_stays_a_score():
    r = recs(
        "Ombudsman RI menyerahkan hasil penilaian kepatuhan tahun 2018. Kabupaten Langkat masuk zona hijau "
        "dengan nilai 81,66 persen atau tertinggi kedua."
    )
    assert r[("Kabupaten Langkat", 2018)].score == 81.66


# -- a run of scores each written before its name: each goes to the name after it -----------------------

_YK = (
    "Ombudsman RI Perwakilan DIY menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
    "2024 kepada Pemkot Yogyakarta, yang meraih nilai 88,39. "
)


@pytest.mark.parametrize(
    "run",
    [
        "Rinciannya, skor 90,13 untuk Dinas Sosial, 84,17 diraih RSUD Kota Yogyakarta dan 89,44 Dinas Kesehatan.",
        "Nilai unit layanan yang dinilai: 90,13 bagi Dinas Sosial, 89,44 bagi Dinas Kesehatan, serta 84,17 bagi "
        "RSUD Kota Yogyakarta.",
        "Adapun nilai per unit adalah 90,13 Dinas Sosial, 89,44 Dinas Kesehatan, dan 84,17 RSUD Kota Yogyakarta.",
    ],
    ids=["untuk-then-bare-then-diraih", "bagi-each", "bare-names-after-scores"],
)
def test_scores_told_before_their_names_go_to_the_name_after(run):
    got = recs(_YK + run)
    assert {e: r.score for (e, _), r in got.items()} == {
        "Kota Yogyakarta": 88.39,
        "Dinas Sosial": 90.13,
        "Dinas Kesehatan": 89.44,
        "RSUD Kota Yogyakarta": 84.17,
    }


def test_a_name_first_list_keeps_each_score_with_the_name_before():
    got = recs(_YK + "Rinciannya, Dinas Sosial 90,13, Dinas Kesehatan 89,44 dan RSUD Kota Yogyakarta 84,17.")
    assert {e: r.score for (e, _), r in got.items()} == {
        "Kota Yogyakarta": 88.39,
        "Dinas Sosial": 90.13,
        "Dinas Kesehatan": 89.44,
        "RSUD Kota Yogyakarta": 84.17,
    }
