"""A unit named with its government's place takes the place as the text spells it ("DPMPTSP Kota
Tanjungpinang" for Kota Tanjung Pinang, "Bau-Bau" for Baubau): RECORDS.md names units as written; the
parent keeps the Kemendagri name.

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract_helpers import recs

HEAD = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"


@pytest.mark.parametrize(
    "written,parent",
    [
        ("Kota Tanjungpinang", "Kota Tanjung Pinang"),
        ("Kota Bau-Bau", "Kota Baubau"),
        ("Kota Pare-Pare", "Kota Parepare"),
    ],
    ids=["joined-with-level", "hyphenated", "hyphenated-other"],
)
def test_unit_name_keeps_the_place_as_written(written, parent):
    text = (
        f"Ombudsman RI merilis hasil penilaian kepatuhan perizinan tahun 2017 untuk {HEAD} (DPMPTSP) kota. "
        f"DPMPTSP Kota Kendari memperoleh nilai 84,10 (peringkat I), DPMPTSP {written} nilai 81,25 "
        "(peringkat II), dan DPMPTSP Kota Manado nilai 79,60 (peringkat III)."
    )
    r = recs(text)
    place = parent.split(" ", 1)[1]
    shown = written if written.startswith("Kota ") else f"Kota {written}"
    rec = r[(f"{HEAD} {shown}", 2017)]
    assert (rec.score, rec.parent) == (81.25, parent)
    assert (f"{HEAD} Kota {place}", 2017) not in r or shown == f"Kota {place}"
    assert r[(f"{HEAD} Kota Kendari", 2017)].score == 84.1
