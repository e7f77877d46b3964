"""A label negated in informal, shortened or misspelt words ("tidak perna masuk zona hijau", "gak pernah",
"nggak", "ndak", "tdk", "blm", "bukan lagi zona merah", "belum pernah sekalipun masuk ke dalam zona hijau") is no
claim of that label; a label stated beside it is kept, and a negation of all or of only ("tidak semuanya berada di
zona kuning", "tidak hanya masuk zona hijau") still leaves the label held.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import fields_of, recs

INTRO = "Ombudsman RI Perwakilan Maluku Utara menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2017. "
HALBAR = ("Kabupaten Halmahera Barat", 2017)


@pytest.mark.parametrize(
    "negated",
    [
        "Kabupaten Halmahera Barat tidak perna masuk dalam zona hijau selama tiga tahun.",
        "Kabupaten Halmahera Barat gak pernah masuk zona hijau.",
        "Kabupaten Halmahera Barat nggak masuk zona hijau.",
        "Kabupaten Halmahera Barat ndak pernah masuk zona hijau, kata kepala perwakilan.",
        "Kabupaten Halmahera Barat tdk masuk dalam zona hijau.",
        "Kabupaten Halmahera Barat blm pernah meraih zona hijau.",
        "Kabupaten Halmahera Barat tak pernah masuk zona hijau.",
        "Kabupaten Halmahera Barat belum pernah sekalipun masuk ke dalam zona hijau.",
        "Kabupaten Halmahera Barat kini bukan lagi zona merah.",
    ],
)
def test_an_informally_negated_label_is_no_claim(negated):
    assert HALBAR not in recs(INTRO + negated)


@pytest.mark.parametrize(
    "text",
    [
        "Kabupaten Halmahera Barat kini bukan lagi zona merah, melainkan zona kuning.",
        "Kabupaten Halmahera Barat belum pernah masuk ke dalam zona hijau, tetapi tahun ini berada di zona kuning.",
        "Kabupaten Halmahera Barat tdk perna masuk zona hijau; tahun ini masuk zona kuning.",
    ],
)
def test_the_label_stated_beside_the_negated_one_is_kept(text):
    assert fields_of(recs(INTRO + text), *HALBAR, "zone") == {"zone": "kuning"}


@pytest.mark.parametrize(
    "text",
    [
        "Kabupaten Halmahera Barat dan Kota Ternate dinilai. Dari lima pemda tidak semuanya berada di zona kuning.",
        "Kabupaten Halmahera Barat tidak hanya masuk zona kuning, nilainya juga naik.",
    ],
)
def test_a_negation_of_all_or_of_only_leaves_the_label(text):
    assert fields_of(recs(INTRO + text), *HALBAR, "zone") == {"zone": "kuning"}
