"""A subject carried into a sentence that names it again only as a place or an office ("nilai kepatuhan di Pemkab
X berada di zona kuning") goes on into the sentences after it: a following value told without a name ("nilainya
52") is still the subject's.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings, with look-alikes that must not fire.
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

OPENING = (
    '"Kabupaten Bolaang Mongondow Timur kami pilih sebagai sampel. Ini hasil penilaian kami tahun 2017," ujar '
    "Kepala Ombudsman.\n\n"
)


@pytest.mark.parametrize(
    "middle, told",
    [
        (
            "Ia menjelaskan, tingkat kepatuhan pelayanan publik di Pemkab Bolaang Mongondow Timur masih berada di "
            "zona kuning.",
            '"Kalau dirata-ratakan, nilainya 58 atau zona kuning," tuturnya.',
        ),
        (
            "Menurut dia, kepatuhan layanan di lingkungan Pemerintah Kabupaten Bolaang Mongondow Timur tergolong "
            "zona kuning.",
            "Secara keseluruhan nilainya 61,40 atau masih zona kuning.",
        ),
        (
            "Ia menambahkan, standar pelayanan di Pemkab Bolaang Mongondow Timur masih masuk zona kuning.",
            '"Skornya 64,25 dan masuk zona kuning," katanya.',
        ),
    ],
    ids=["di-pemkab-nilainya-atau-zona", "di-lingkungan-rata-rata-nilainya", "di-pemkab-nilainya-katanya"],
)
def test_a_subject_named_again_as_a_place_goes_on(middle, told):
    got = recs(OPENING + middle + "\n\n" + told)
    r = got[("Kabupaten Bolaang Mongondow Timur", 2017)]
    assert r.zone == "kuning" and r.score is not None, r


def test_a_sentence_naming_another_place_ends_the_subject():
    # look-alike: the middle sentence names another government, so the bare value after it is nobody's
    middle = (
        "Ia menjelaskan, tingkat kepatuhan pelayanan publik di Pemkab Minahasa Selatan masih berada di zona kuning."
    )
    got = recs(OPENING + middle + "\n\n" + '"Nilainya 58," katanya.')
    r = got.get(("Kabupaten Bolaang Mongondow Timur", 2017))
    assert r is None or r.score is None, r
