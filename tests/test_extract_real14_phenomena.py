"""Record phenomena (entity and year) of the blind-annotated real articles, in our own sentences.

Every sentence here is written for these tests (real kinds of facts, invented wording); each
phenomenon is tried in several phrasings a regional reporter might use, with look-alikes that must
not fire.
"""

import pytest

from extract_helpers import recs

# -- a year named as what the results are compared with is not the year reported ----------------------

DATED_LIST = (
    "Ombudsman RI Perwakilan Jawa Tengah mengumumkan hasil penilaian kepatuhan pelayanan publik, Senin (19/12/2022). "
    "Pemkab Kudus meraih nilai 92,14 dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08. "
)


@pytest.mark.parametrize(
    "comparison",
    [
        "Pembandingnya, hasil survei 2019 menunjukkan separuh daerah berada di zona hijau.",
        "Sebagai pembanding, hasil penilaian 2019 mencatat lebih banyak daerah yang hijau.",
        "Perbandingannya, survei tahun 2019 menempatkan sebagian besar responden di zona hijau.",
        "Dibandingkan dengan hasil survei 2019, jumlah daerah yang hijau turun.",
    ],
)
def test_comparison_year_is_not_the_reported_year(comparison):
    got = recs(DATED_LIST + comparison)
    assert set(got) == {("Kabupaten Kudus", 2022), ("Kabupaten Blora", 2022)}, got


def test_year_of_the_results_still_wins_over_a_plain_earlier_year():
    # look-alike: the year written for the results themselves is the one reported
    text = (
        "Hasil penilaian kepatuhan Ombudsman tahun 2019 diumumkan. Pemkab Kudus meraih nilai 92,14 "
        "dan masuk zona hijau, sedangkan Pemkab Blora mendapat nilai 61,08."
    )
    got = recs(text)
    assert set(got) == {("Kabupaten Kudus", 2019), ("Kabupaten Blora", 2019)}, got
