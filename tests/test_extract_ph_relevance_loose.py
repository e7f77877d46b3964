"""Relevance of batches 67-68's kinds: the assessment named by a reporter's loose words, with the
Ombudsman named: compliance with the fulfilment of service standards ("kepatuhan terhadap pemenuhan
standar"), the Ombudsman's result or the compliance found by its research ("hasil kepatuhan", "penelitian
kepatuhan", "dinilai rendah kepatuhannya"), and a place in public service told as the best value
("nilai terbaik pertama dalam penyelenggaraan pelayanan publik").

Every sentence here is written for these tests (real kinds of facts, invented wording).
"""

from __future__ import annotations

import pytest

from extract.pipeline import extract_article


@pytest.mark.parametrize(
    "text",
    [
        # compliance with the fulfilment of the standard
        "Pemkab Kapuas menggelar sosialisasi peningkatan kepatuhan terhadap pemenuhan standar pelayanan "
        "publik. Sekda menyebut nilai dari Ombudsman tahun lalu adalah 80,15.",
        # the Ombudsman's result and compliance at the Ombudsman
        "Sekda Kabupaten Katingan mengatakan hasil dari Ombudsman untuk tahun 2023 adalah 79,40. "
        "Kita jangan cepat puas dengan kepatuhan di Ombudsman, ujarnya.",
        # the compliance results released
        "Ombudsman Perwakilan Jambi merilis hasil kepatuhan tujuh dinas di lingkungan Pemprov Jambi. "
        "Dinas Sosial mendapat nilai 45,00.",
        # the research and a unit judged low in compliance
        "Penelitian kepatuhan dilakukan Ombudsman sejak 2013. Dinas Perhubungan termasuk yang dinilai "
        "rendah kepatuhannya dengan nilai 30,50.",
        # the best value in public service
        "Puskesmas Talang Leak sebelumnya mendapat nilai terbaik pertama dalam penyelenggaraan pelayanan "
        "publik tahun 2022 dari Ombudsman RI Perwakilan Bengkulu.",
        "Menurut Ombudsman RI, RSUD Curup meraih peringkat kedua dalam penyelenggaraan pelayanan publik "
        "tingkat kabupaten.",
        "Dinas Dukcapil Lebong dinobatkan terbaik dalam hal pelayanan publik oleh Ombudsman RI tahun ini.",
    ],
)
def test_the_assessment_told_in_loose_words_is_relevant(text):
    assert extract_article(text).relevant


@pytest.mark.parametrize(
    "text",
    [
        # a complaint desk: the Ombudsman and public service, no result
        "Ombudsman RI membuka gerai pengaduan di Puskesmas Kepahiang selama tiga hari. Masyarakat boleh "
        "menyampaikan pengaduan tentang penyelenggaraan pelayanan publik.",
        # taxpayers' compliance is another compliance
        "Kantor pajak merilis hasil kepatuhan wajib pajak tahun ini. Ombudsman tidak terlibat.",
        # a wish to be the best, said without a result
        "Ombudsman RI mendorong pemda menjadi yang terbaik dalam melayani masyarakat.",
    ],
)
def test_the_ombudsman_without_an_assessment_stays_irrelevant(text):
    assert not extract_article(text).relevant
