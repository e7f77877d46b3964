"""Lists of governments a full stop breaks in two ("ada Kabupaten A, Pemkab B. Pemkot C, Pemkab D dan Pemkab E
yang masuk zona merah": one list, one label), and governments said to have got the award just told of ("hanya ada
dua yakni A dan B yang mendapat penghargaan tersebut"), and a list's last member cut off by the excerpt's end
("..., Samosir, Simalung").

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

HEAD = "Ombudsman RI Perwakilan Sumatera Utara merilis hasil survei kepatuhan tahun 2019. "


@pytest.mark.parametrize(
    "listed",
    [
        "Selain itu ada Kabupaten Dairi, Pemkab Samosir. Pemkot Sibolga, Pemkab Pakpak Bharat dan Pemkab Toba yang "
        "masuk zona merah.",
        "Kabupaten Dairi, Pemkab Samosir. Kota Sibolga, Kabupaten Pakpak Bharat serta Pemkab Toba menerima rapor merah.",
        "Daerah itu: Kabupaten Dairi, Kabupaten Samosir. Pemkot Sibolga, Pemkab Pakpak Bharat, dan Pemkab Toba masuk "
        "zona merah.",
    ],
    ids=["ada-yang-masuk", "rapor-after", "colon"],
)
def test_a_full_stop_inside_a_list_of_governments_keeps_one_list(listed):
    got = recs(HEAD + listed)
    assert {e: r.zone for (e, _), r in got.items()} == {
        "Kabupaten Dairi": "merah",
        "Kabupaten Samosir": "merah",
        "Kota Sibolga": "merah",
        "Kabupaten Pakpak Bharat": "merah",
        "Kabupaten Toba": "merah",
    }


def test_a_full_stop_after_a_list_before_a_new_sentence_still_ends_it():
    got = recs(
        HEAD + "Zona hijau diraih Pemkab Dairi, Pemkab Samosir. Pemkot Sibolga masuk zona merah, katanya kemudian."
    )
    assert got[("Kabupaten Samosir", 2019)].zone == "hijau"
    assert got[("Kota Sibolga", 2019)].zone == "merah"


@pytest.mark.parametrize(
    "also",
    [
        "Di Provinsi Sulawesi Tengah hanya ada dua yakni Pemkab Poso dan Pemkab Sigi yang mendapat penghargaan "
        "bergengsi tersebut.",
        "Selain Pemkab Poso, Pemkab Sigi pun memperoleh penghargaan bergengsi itu.",
        "Hanya Pemkab Poso dan Pemkab Sigi yang meraih anugerah tersebut di Sulawesi Tengah.",
    ],
    ids=["mendapat-bergengsi-tersebut", "memperoleh-itu", "meraih-anugerah"],
)
def test_governments_that_got_the_award_just_told_of_share_its_label(also):
    got = recs(
        "Pemerintah Kabupaten Poso meraih penghargaan penilaian maladministrasi pelayanan publik tahun 2025 dari "
        "Ombudsman RI dengan predikat kualitas tertinggi kategori Pemerintah Kabupaten. " + also
    )
    assert got[("Kabupaten Sigi", 2025)].opinion == "kualitas tertinggi"


def test_the_award_handed_to_a_person_gives_no_other_government_a_record():
    got = recs(
        "Pemerintah Kabupaten Poso meraih penghargaan penilaian maladministrasi pelayanan publik tahun 2025 dari "
        "Ombudsman RI dengan predikat kualitas tertinggi. Wakil Bupati Poso menerima penghargaan tersebut di Jakarta."
    )
    assert set(got) == {("Kabupaten Poso", 2025)}


# -- a list member cut off by the end of an excerpt ----------------------------------------------------------


@pytest.mark.parametrize(
    "cut",
    [
        "antara lain Kabupaten Dairi, Samosir, Simalung",
        "yakni Pemkab Dairi, Pemkab Samosir dan Simalu",
        "seperti Dairi, Samosir, Pakpak Bharat, Simalungu",
    ],
    ids=["comma-three", "dan-five-letters", "one-letter-short"],
)
def test_a_member_cut_off_at_the_texts_end_is_the_one_government_it_opens(cut):
    got = recs(HEAD + "Di Sumatera Utara beberapa pemerintah kabupaten masuk zona hijau, " + cut)
    assert got[("Kabupaten Simalungun", 2019)].zone == "hijau"


@pytest.mark.parametrize(
    "cut",
    [
        "antara lain Kabupaten Dairi, Samosir, Tapanuli",  # three Tapanuli regencies: which one?
        "antara lain Kabupaten Dairi, Samosir, Sima.",  # a full stop: not cut off
        "antara lain Kabupaten Dairi, Samosir, Sim",  # too short to say
    ],
    ids=["several-open-so", "full-stop", "three-letters"],
)
def test_a_cut_off_word_that_opens_no_one_government_gives_nothing(cut):
    got = recs(HEAD + "Di Sumatera Utara beberapa pemerintah kabupaten masuk zona hijau, " + cut)
    assert {e for e, _ in got} == {"Kabupaten Dairi", "Kabupaten Samosir"}
