"""Link lines ("Baca juga: ...") are found only where a label opens a line
(extract/components/common/related.py); the quick look for a label at a line start answers as reading
every line would. Sentences written for the tests."""

import re

import pytest

from extract.components.common.related import _opens_a_line, related_heading, related_lines

HEADING = related_heading(["baca juga", "berita terkait"])


@pytest.mark.parametrize(
    "text, lines",
    [
        ("Baca juga: Kota Bengkulu raih zona hijau\nIsi berita.", [(0, 40)]),
        ("Isi berita.\n  BACA JUGA: Kota Bengkulu raih zona hijau", [(12, 54)]),
        ("Isi berita.\nBerita Terkait\n- Kota A naik\n- Kota B turun\nPenutup.", [(12, 26), (27, 40), (41, 55)]),
        ("Warga diminta baca juga aturan baru itu.\nBerita terkaitnya menyusul.", []),  # never at a line start
        ("", []),
    ],
)
def test_link_lines_only_where_a_label_opens_a_line(text, lines):
    assert related_lines(text, HEADING) == lines
    assert _opens_a_line(HEADING, text) is bool(lines)


def test_a_heading_of_another_shape_is_still_looked_for():
    multiline = re.compile(r"(?im)^[ \t]*baca juga(?![\w])")
    assert _opens_a_line(multiline, "Isi.\nbaca juga: X")
    assert not _opens_a_line(multiline, "Isi tanpa tautan.")
