"""An office in a list is named with its place as the text writes it (RECORDS.md "Vertical offices":
"the office type with its place as the text gives it"): a short or run-together place after a police
head stays as written; land offices alone take the government's Kemendagri name.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

import pytest

from extract_helpers import recs

OMB = "Ombudsman RI Perwakilan Sumatera Utara menyerahkan hasil Penilaian Kepatuhan Pelayanan Publik tahun 2023. "


@pytest.mark.parametrize(
    "body",
    [
        "Polres jajaran Polda Sumut yang masuk zona hijau yakni Polres Madina, Tapteng, Asahan dan Tanjung Balai.",
        "Zona hijau diraih Polres Madina, Tapteng, Asahan serta Tanjung Balai.",
        "Polres Madina, Tapteng, Asahan dan Tanjung Balai meraih zona hijau.",
    ],
)
def test_police_offices_keep_the_place_as_written(body):
    r = recs(OMB + body)
    names = {e for e, y in r if y == 2023}
    assert {"Polres Madina", "Polres Tapteng", "Polres Asahan", "Polres Tanjung Balai"} <= names
    assert not any("Kabupaten" in n or "Kota" in n for n in names if n.startswith("Polres"))
    assert all(r[(n, 2023)].zone == "hijau" for n in ("Polres Madina", "Polres Tapteng", "Polres Tanjung Balai"))


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "Zona hijau diraih Kantor Pertanahan Madina, Tapteng dan Asahan.",
            {
                "Kantor Pertanahan Kabupaten Mandailing Natal",
                "Kantor Pertanahan Kabupaten Tapanuli Tengah",
                "Kantor Pertanahan Kabupaten Asahan",
            },
        )
    ],
)
def test_land_offices_still_take_the_kemendagri_name(body, expected):
    r = recs(OMB + body)
    assert expected <= {e for e, y in r if y == 2023}
