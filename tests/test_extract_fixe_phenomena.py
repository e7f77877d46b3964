"""Records, scores, ranks, zones and opinions: headings after a purpose phrase, other ministries'
indices, and other constructions of regional reporting.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan {prov} menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik. "


# -- a purpose phrase heading a list of holders: held, not aimed at -----------------------------


@pytest.mark.parametrize(
    "head",
    [
        "Kepala Ombudsman menjelaskan untuk memperoleh kategori kepatuhan tertinggi atau opini A yakni",
        "Adapun untuk meraih opini A yaitu",
        "Sementara itu, untuk mendapatkan kategori A adalah",
        "Untuk masuk kategori A, yakni",
    ],
)
def test_a_purpose_phrase_heading_a_list_names_the_holders(head):
    text = (
        OMB.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. "
        f"{head} Kota Tidore Kepulauan dengan nilai 90,12 dan Kabupaten Halmahera Barat dengan nilai 88,40."
    )
    r = recs(text)
    assert r[("Kota Tidore Kepulauan", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].grade == "A"
    assert r[("Kabupaten Halmahera Barat", 2023)].score == 88.4


@pytest.mark.parametrize(
    "aim",
    [
        "Untuk memperoleh opini A, yakni dengan membenahi standar pelayanan, Kota Tidore Kepulauan terus berbenah.",
        "Kota Tidore Kepulauan berupaya untuk memperoleh opini A tahun depan.",
        "Kota Tidore Kepulauan akan bekerja keras untuk meraih kategori A, yaitu nilai di atas 88.",
        "Syarat untuk masuk kategori A adalah nilai minimal 88, kata Kota Tidore Kepulauan.",
    ],
)
def test_a_purpose_phrase_without_holders_is_still_aimed_at(aim):
    text = OMB.format(prov="Maluku Utara") + "Penyerahan hasil penilaian tahun 2023 dilakukan di Sofifi. " + aim
    r = recs(text)
    assert all(rec.grade is None for rec in r.values())


# -- another ministry's index and its signed letters are not the assessment's ---------------------


@pytest.mark.parametrize(
    "other",
    [
        "Dalam evaluasi kinerja pelayanan publik tahun 2025, Kabupaten Kolaka Utara meraih peringkat "
        "pertama dengan indeks 4,21 dan predikat A-.",
        "Kabupaten Kolaka Utara juga mencatat indeks sebesar 4,05 dengan kategori B+ dan menempati posisi kedua.",
        "Evaluasi KemenPAN-RB menempatkan Kabupaten Kolaka Utara di urutan ketiga dengan nilai 4,10.",
        "Kabupaten Kolaka Utara diganjar penghargaan dari Kemenpan RB dengan kategori A- tahun 2025.",
    ],
)
def test_another_ministrys_index_gives_no_record(other):
    text = (
        OMB.format(prov="Sulawesi Tenggara") + "Pada penilaian tahun 2024 Kabupaten Kolaka Utara meraih nilai "
        f"86,50 dengan opini kualitas tinggi. {other}"
    )
    r = recs(text)
    assert set(r) == {("Kabupaten Kolaka Utara", 2024)}
    assert (r[("Kabupaten Kolaka Utara", 2024)].score, r[("Kabupaten Kolaka Utara", 2024)].rank) == (86.5, None)


@pytest.mark.parametrize(
    "held",
    [
        "Kabupaten Kolaka Utara meraih nilai 86,50 dengan predikat A.",
        "Kabupaten Kolaka Utara meraih nilai 86,50 (predikat A) pada penilaian itu.",
        "Kabupaten Kolaka Utara meraih nilai 86,50, kategori A - kualitas tertinggi.",
    ],
)
def test_a_plain_grade_letter_is_still_a_grade(held):
    text = OMB.format(prov="Sulawesi Tenggara") + "Hasil penilaian tahun 2023 diumumkan di Kendari. " + held
    assert recs(text)[("Kabupaten Kolaka Utara", 2023)].grade == "A"


# -- a list run on past a sentence break keeps its label through a misspelt name ----------------


@pytest.mark.parametrize(
    "odd", ["Kabupaten Sumabwa Barat (70,10), ", "Kota Bimma (70,10), ", "Kabupaten Lombok Utaraa 70,10, "]
)
def test_a_continued_list_keeps_its_label_past_a_misspelt_name(odd):
    text = (
        OMB.format(prov="Nusa Tenggara Barat") + "Hasil penilaian tahun 2022 diumumkan di Jakarta. "
        "Pemerintah daerah yang turun ke zona kuning yaitu Kota Mataram (64,10), Kabupaten Lombok Barat (61,20). "
        f"Kemudian Kabupaten Lombok Timur (68,30), {odd}Kabupaten Dompu (66,40) dan Kabupaten Bima (57,50)."
    )
    r = recs(text)
    for name in ("Kabupaten Lombok Timur", "Kabupaten Dompu", "Kabupaten Bima"):
        assert r[(name, 2022)].zone == "kuning", name
    assert r[("Kabupaten Dompu", 2022)].score == 66.4


@pytest.mark.parametrize(
    "clause",
    [
        "Kemudian Kabupaten Lombok Timur (68,30) dan Kabupaten Dompu (66,40) diminta Gubernur segera berbenah.",
        "Kemudian Kabupaten Lombok Timur meraih nilai 68,30 dan Kabupaten Dompu 66,40 pada Penilaian Kepatuhan.",
    ],
)
def test_a_sentence_with_other_words_does_not_continue_the_list(clause):
    text = (
        OMB.format(prov="Nusa Tenggara Barat") + "Hasil penilaian tahun 2022 diumumkan di Jakarta. "
        f"Pemerintah daerah yang turun ke zona kuning yaitu Kota Mataram (64,10), Kabupaten Lombok Barat (61,20). {clause}"
    )
    r = recs(text)
    assert r[("Kabupaten Dompu", 2022)].zone is None


# -- bare ordinals over holders whose scores fall are places -------------------------------------


@pytest.mark.parametrize(
    "listing",
    [
        "Tiga daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 88,10, kedua Kota "
        "Yogyakarta dengan nilai 86,20, dan ketiga Kabupaten Sleman dengan nilai 84,30.",
        "Daerah di zona hijau yaitu: pertama Kabupaten Bantul dengan nilai 88,10. Kedua Kota Yogyakarta "
        "dengan nilai 86,20. Dan ketiga Kabupaten Sleman dengan nilai 84,30.",
        "Zona hijau diraih tiga daerah. Pertama, Kabupaten Bantul (88,10), kedua, Kota Yogyakarta (86,20), "
        "ketiga, Kabupaten Sleman (84,30).",
    ],
)
def test_ordinals_over_falling_scores_are_places(listing):
    text = OMB.format(prov="DI Yogyakarta") + "Hasil penilaian tahun 2023 diserahkan di Yogyakarta. " + listing
    r = recs(text)
    got = [r[(n, 2023)].rank for n in ("Kabupaten Bantul", "Kota Yogyakarta", "Kabupaten Sleman")]
    assert got == [1, 2, 3]
    assert r[("Kota Yogyakarta", 2023)].score == 86.2


@pytest.mark.parametrize(
    "listing",
    [
        # the scores do not fall in the order of the ordinals: an enumeration
        "Tiga daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 84,30, kedua Kota "
        "Yogyakarta dengan nilai 88,10, dan ketiga Kabupaten Sleman dengan nilai 86,20.",
        # two ordinals only
        "Dua daerah yang masuk zona hijau adalah, pertama Kabupaten Bantul dengan nilai 88,10 dan kedua Kota "
        "Yogyakarta dengan nilai 86,20.",
        # no scores at all
        "Daerah di zona hijau yaitu: pertama Kabupaten Bantul, kedua Kota Yogyakarta, ketiga Kabupaten Sleman.",
    ],
)
def test_ordinals_as_plain_enumeration_give_no_places(listing):
    text = OMB.format(prov="DI Yogyakarta") + "Hasil penilaian tahun 2023 diserahkan di Yogyakarta. " + listing
    assert all(rec.rank is None for rec in recs(text).values())


# -- a list heading that tells a change: the listed held the earlier state the year before ------------


@pytest.mark.parametrize(
    "listing",
    [
        "Pemda yang turun dari zona hijau ke zona kuning yaitu Kota Kupang (70,10), Kabupaten Belu (66,20). "
        "Kemudian Kabupaten Alor (65,30).",
        "Daerah yang merosot dari zona hijau menjadi zona kuning adalah Kota Kupang (70,10), Kabupaten Belu "
        "(66,20) dan Kabupaten Alor (65,30).",
        "Dari kepatuhan tinggi atau hijau menjadi kepatuhan sedang atau zona kuning. Pemda yang "
        "mengalami penurunan zonasi ke zona kuning yakni Kota Kupang (70,10), Kabupaten Belu (66,20), "
        "Kabupaten Alor (65,30).",
        "Sejumlah daerah turun dari kepatuhan tinggi (hijau) menjadi kepatuhan sedang (kuning). Hal ini "
        "menjadi catatan bagi pemerintah daerah. Daerah yang turun ke zona kuning yakni Kota Kupang (70,10), "
        "Kabupaten Belu (66,20) dan Kabupaten Alor (65,30).",
    ],
)
def test_a_change_heading_gives_the_listed_their_earlier_state(listing):
    text = (
        OMB.format(prov="Nusa Tenggara Timur") + "Hasil Penilaian Kepatuhan Tahun 2022 diumumkan di Kupang. " + listing
    )
    r = recs(text)
    for name in ("Kota Kupang", "Kabupaten Belu", "Kabupaten Alor"):
        assert (r[(name, 2022)].zone, r[(name, 2021)].zone) == ("kuning", "hijau"), name
    assert r[("Kabupaten Belu", 2022)].score == 66.2
    assert r[("Kabupaten Belu", 2021)].score is None


@pytest.mark.parametrize(
    "listing",
    [
        # the change told before is into another state than the list's
        "Dari kepatuhan sedang atau kuning menjadi kepatuhan rendah atau zona merah. Pemda yang "
        "mengalami penurunan zonasi ke zona kuning yakni Kota Kupang (70,10), Kabupaten Belu (66,20).",
        # a heading telling no change
        "Dari kepatuhan tinggi atau hijau menjadi kepatuhan sedang atau zona kuning. Pemerintah daerah yang "
        "berada di zona kuning yaitu Kota Kupang (70,10), Kabupaten Belu (66,20).",
        # no change at all
        "Pemda yang masuk zona kuning yaitu Kota Kupang (70,10), Kabupaten Belu (66,20).",
    ],
)
def test_no_earlier_state_without_a_change_into_the_heading(listing):
    text = (
        OMB.format(prov="Nusa Tenggara Timur") + "Hasil Penilaian Kepatuhan Tahun 2022 diumumkan di Kupang. " + listing
    )
    r = recs(text)
    assert ("Kota Kupang", 2021) not in r and ("Kabupaten Belu", 2021) not in r
    assert r[("Kabupaten Belu", 2022)].zone == "kuning"


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
    text = OMB.format(prov="Riau") + "Hasil penilaian tahun 2018 disampaikan di Pekanbaru. " + said
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
        OMB.format(prov="Riau")
        + "Hasil penilaian tahun 2018 disampaikan di Pekanbaru. Kabupaten Kampar hadir. "
        + legend
    )
    assert all(rec.zone is None for rec in recs(text).values())


# -- a wish opened by "berharap agar": all the sentence says is aimed at --------------------------


@pytest.mark.parametrize(
    "wish",
    [
        "Ia berharap agar ke depannya hasil penilaian tersebut dapat terus ditingkatkan lagi ke arah yang lebih "
        "baik oleh pemerintah Kabupaten Agam, yakni zona hijau.",
        "Kami berharap supaya pada penilaian berikutnya seluruh unit layanan di lingkungan Kabupaten Agam bisa "
        "berbenah dan akhirnya naik ke zona hijau.",
        "Harapannya agar tahun depan pelayanan di semua dinas pada Kabupaten Agam terus diperbaiki bersama-sama "
        "oleh jajaran, sampai meraih predikat zona hijau.",
    ],
)
def test_a_wish_opened_by_a_purpose_word_gives_no_zone(wish):
    text = (
        OMB.format(prov="Sumatera Barat") + "Hasil penilaian tahun 2021 diserahkan di Padang. "
        f"{wish} Saat ini Kabupaten Agam berada pada zona kuning atau zona sedang."
    )
    r = recs(text)[("Kabupaten Agam", 2021)]
    assert (r.zone, r.opinion) == ("kuning", "kepatuhan sedang")


def test_a_held_zone_after_a_wish_sentence_is_kept():
    text = (
        OMB.format(prov="Sumatera Barat") + "Hasil penilaian tahun 2021 diserahkan di Padang. "
        "Ia berharap agar pelayanan terus membaik. Kabupaten Agam meraih zona hijau dengan nilai 82,10."
    )
    r = recs(text)[("Kabupaten Agam", 2021)]
    assert (r.zone, r.score) == ("hijau", 82.1)


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
    text = OMB.format(prov="Jambi") + shares
    assert all(rec.score is None for rec in recs(text).values())


@pytest.mark.parametrize(
    "score",
    [
        "Pada penilaian 2016 Provinsi Jambi meraih nilai 88,2 persen dan masuk zona hijau.",
        "Pada penilaian 2016 Provinsi Jambi meraih 88,2 persen, tertinggi di Sumatera.",
    ],
)
def test_a_score_written_as_a_percentage_is_kept(score):
    text = OMB.format(prov="Jambi") + score
    assert recs(text)[("Provinsi Jambi", 2016)].score == 88.2


# -- "urutan tiga paling bawah": the bottom three, a group with no places ----------------------------


@pytest.mark.parametrize(
    "bottom",
    [
        "Sedangkan urutan tiga paling bawah yang masuk pada zona kuning yaitu",
        "Adapun peringkat 3 terbawah di zona kuning ialah",
        "Posisi tiga terakhir, yang masih di zona kuning, adalah",
    ],
)
def test_the_bottom_three_get_no_rank(bottom):
    text = (
        OMB.format(prov="Kalimantan Selatan") + "Hasil penilaian tahun 2021 disampaikan di Banjarmasin. "
        f"{bottom} Kabupaten Balangan dengan skor 64,22, Kabupaten Tapin dengan skor 63,46 dan Kabupaten Tabalong "
        "dengan skor 63,34."
    )
    r = recs(text)
    for name in ("Kabupaten Balangan", "Kabupaten Tapin", "Kabupaten Tabalong"):
        assert (r[(name, 2021)].rank, r[(name, 2021)].zone) == (None, "kuning"), name


def test_a_third_place_is_still_a_rank():
    text = (
        OMB.format(prov="Kalimantan Selatan") + "Hasil penilaian tahun 2021 disampaikan di Banjarmasin. "
        "Kabupaten Balangan berada di urutan ketiga dengan skor 84,22."
    )
    assert recs(text)[("Kabupaten Balangan", 2021)].rank == 3


# -- a list continued by "Lalu": the verbs bringing each score keep the group's label -------------------


@pytest.mark.parametrize(
    "more",
    [
        "Lalu Kabupaten Mukomuko mendapatkan poin 89,89 serta Kabupaten Kaur memperoleh penilaian sebesar 85,51.",
        "Kemudian Kabupaten Mukomuko meraih nilai 89,89 dan Kabupaten Kaur mengantongi skor 85,51.",
        "Selanjutnya Kabupaten Mukomuko dengan nilai 89,89, Kabupaten Kaur sebesar 85,51.",
    ],
)
def test_a_list_continued_after_a_succession_word_keeps_its_label(more):
    text = (
        OMB.format(prov="Bengkulu") + "Hasil penilaian tahun 2021 diserahkan di Bengkulu. Pemerintah daerah yang "
        f"meraih predikat kepatuhan tinggi yakni Kota Bengkulu dan Kabupaten Seluma dengan nilai 94,53. {more}"
    )
    r = recs(text)
    for name in ("Kabupaten Mukomuko", "Kabupaten Kaur"):
        assert r[(name, 2021)].opinion == "kepatuhan tinggi", name
    assert r[("Kabupaten Kaur", 2021)].score == 85.51


@pytest.mark.parametrize(
    "more",
    [
        # no succession word: a sentence of its own
        "Kabupaten Mukomuko mendapatkan poin 89,89 serta Kabupaten Kaur memperoleh penilaian sebesar 85,51.",
        # a clause of other words between the names
        "Lalu Kabupaten Mukomuko mendapatkan poin 89,89 karena pelayanannya belum baik, Kabupaten Kaur 85,51.",
    ],
)
def test_a_scored_sentence_without_succession_does_not_continue(more):
    text = (
        OMB.format(prov="Bengkulu") + "Hasil penilaian tahun 2021 diserahkan di Bengkulu. Pemerintah daerah yang "
        f"meraih predikat kepatuhan tinggi yakni Kota Bengkulu dan Kabupaten Seluma dengan nilai 94,53. {more}"
    )
    assert recs(text)[("Kabupaten Mukomuko", 2021)].opinion is None


# -- "Ombudsman dorong X kembali raih zona hijau": an aim, not a result ----------------------------------


@pytest.mark.parametrize(
    "push",
    [
        "Ombudsman Dorong Pemkab Kaimana Kembali Raih Predikat Zona Hijau",
        "Ombudsman mendorong Pemkab Kaimana meraih zona hijau pada penilaian berikutnya.",
        "Pemkab Kaimana didorong masuk zona hijau tahun depan.",
    ],
)
def test_a_push_towards_a_zone_is_no_zone(push):
    text = (
        f"{push}\n\n" + OMB.format(prov="Papua Barat") + "Pada penilaian tahun 2024 Kabupaten Kaimana turun ke "
        "zona kuning dengan nilai 70,20."
    )
    assert recs(text)[("Kabupaten Kaimana", 2024)].zone == "kuning"


def test_a_zone_held_after_a_push_elsewhere_is_kept():
    text = (
        OMB.format(prov="Papua Barat") + "Ombudsman mendorong semua daerah berbenah. Pada penilaian tahun 2024 "
        "Kabupaten Kaimana meraih zona hijau dengan nilai 84,20."
    )
    assert recs(text)[("Kabupaten Kaimana", 2024)].zone == "hijau"
