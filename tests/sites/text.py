"""Article texts for the test sites: the team's own sentences, varied by template and region.

Three kinds: relevant (Ombudsman compliance assessment with scores / zones / grades),
look-alikes (other scores and Ombudsman complaint handling: irrelevant) and ordinary news.
"""

from __future__ import annotations

from dataclasses import dataclass

REGIONS = [
    ("Kabupaten Lebong", "Pemkab Lebong", "Bengkulu"),
    ("Kota Bengkulu", "Pemkot Bengkulu", "Bengkulu"),
    ("Kabupaten Rejang Lebong", "Pemkab Rejang Lebong", "Bengkulu"),
    ("Kabupaten Kaur", "Pemkab Kaur", "Bengkulu"),
    ("Kabupaten Seluma", "Pemkab Seluma", "Bengkulu"),
    ("Kabupaten Mukomuko", "Pemkab Mukomuko", "Bengkulu"),
    ("Kabupaten Kepahiang", "Pemkab Kepahiang", "Bengkulu"),
    ("Kabupaten Bengkulu Utara", "Pemkab Bengkulu Utara", "Bengkulu"),
    ("Kota Padang", "Pemkot Padang", "Sumatera Barat"),
    ("Kabupaten Agam", "Pemkab Agam", "Sumatera Barat"),
    ("Kota Bukittinggi", "Pemkot Bukittinggi", "Sumatera Barat"),
    ("Kabupaten Tanah Datar", "Pemkab Tanah Datar", "Sumatera Barat"),
    ("Kota Semarang", "Pemkot Semarang", "Jawa Tengah"),
    ("Kabupaten Kendal", "Pemkab Kendal", "Jawa Tengah"),
    ("Kabupaten Demak", "Pemkab Demak", "Jawa Tengah"),
    ("Kota Salatiga", "Pemkot Salatiga", "Jawa Tengah"),
]
NAMES = [
    "Rahmat Hidayat",
    "Siti Aminah",
    "Dedi Kurniawan",
    "Nurhayati",
    "Agus Salim Harahap",
    "Yusuf Efendi",
    "Rina Marlina",
    "Hendra Gunawan",
    "Sri Wahyuni",
    "Bambang Sutrisno",
    "Fitri Handayani",
    "Joko Prasetyo",
]
GRADES = [(95, "A", "kualitas tertinggi"), (88, "B", "kualitas tinggi"), (80, "C", "kualitas sedang")]
NEWS_TOPICS = [
    (
        "Harga Cabai Merah di Pasar {place} Naik Jelang Akhir Tahun",
        "Harga cabai merah di sejumlah pasar tradisional {place} naik hingga Rp 60 ribu per kilogram. Pedagang menyebut pasokan dari petani berkurang karena hujan.",
    ),
    (
        "Ribuan Warga {place} Ikuti Jalan Sehat Hari Jadi Daerah",
        "Ribuan warga memadati lapangan utama {place} untuk mengikuti jalan sehat memperingati hari jadi daerah. Panitia menyiapkan hadiah utama sepeda motor.",
    ),
    (
        "Jembatan Penghubung Dua Desa di {place} Rampung Dibangun",
        "Jembatan sepanjang 40 meter yang menghubungkan dua desa di {place} rampung dibangun dan mulai dilalui kendaraan roda empat.",
    ),
    (
        "Tim Sepak Bola Pelajar {place} Melaju ke Final Provinsi",
        "Tim sepak bola pelajar {place} memastikan tiket final setelah menang adu penalti pada laga semifinal di stadion kabupaten.",
    ),
    (
        "Petani Kopi {place} Panen Raya, Harga Gabah Stabil",
        "Petani kopi di {place} mulai panen raya. Dinas pertanian mencatat produksi tahun ini lebih baik dibanding tahun lalu.",
    ),
]
LOOKALIKES = [
    (
        "{short} Raih Predikat Informatif dari Komisi Informasi",
        "Komisi Informasi Provinsi {prov} menetapkan {entity} sebagai badan publik informatif dalam monitoring dan evaluasi keterbukaan informasi publik tahun {year} dengan nilai {score}. Penghargaan diserahkan di aula kantor gubernur.",
    ),
    (
        "Nilai SAKIP {short} Naik, Kini Berpredikat BB",
        "Kementerian PANRB mengumumkan hasil evaluasi Sistem Akuntabilitas Kinerja Instansi Pemerintah tahun {year}. {entity} memperoleh nilai {score} dengan predikat BB, naik dari tahun sebelumnya.",
    ),
    (
        "Ombudsman Perwakilan {prov} Terima 120 Laporan Pengaduan Warga",
        "Ombudsman RI Perwakilan {prov} menerima 120 laporan pengaduan masyarakat sepanjang tahun {year}. Laporan terbanyak menyangkut layanan pertanahan dan kepegawaian di {entity}. Kepala perwakilan {name} meminta instansi segera menindaklanjuti laporan itu.",
    ),
    (
        "{short} Kembali Raih Opini WTP dari BPK",
        "Badan Pemeriksa Keuangan Perwakilan {prov} kembali memberikan opini Wajar Tanpa Pengecualian kepada {entity} atas laporan keuangan tahun {year}. Ini WTP kesembilan berturut-turut.",
    ),
]


@dataclass
class Art:
    slug: str
    title: str
    body: list[str]
    relevant: bool
    kind: str  # relevant | lookalike | news
    year: int
    date: str  # YYYY-MM-DD
    category: str


def _slug(title: str) -> str:
    import re

    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:90]


def relevant_article(i: int) -> Art:
    entity, short, prov = REGIONS[i % len(REGIONS)]
    year = 2021 + (i % 4)
    score = 70 + (i * 37 % 2900) / 100
    off, kepala = NAMES[i % len(NAMES)], NAMES[(i + 5) % len(NAMES)]
    zone = "hijau" if score >= 78.5 else "kuning"
    variant = i % 3
    if year >= 2022:
        grade, opinion = (
            ("A", "kualitas tertinggi")
            if score >= 88
            else ("B", "kualitas tinggi")
            if score >= 78.5
            else ("C", "kualitas sedang")
        )
        title = [
            f"{short} Raih Opini Kualitas {'Tertinggi' if grade == 'A' else 'Tinggi' if grade == 'B' else 'Sedang'} dari Ombudsman RI",
            f"Nilai Kepatuhan Pelayanan Publik {short} Tahun {year} Capai {score:.2f}".replace(".", ","),
            f"{short} Terima Penghargaan Opini Pengawasan Pelayanan Publik {year}",
        ][variant]
        p1 = (
            f"{entity} meraih nilai {score:.2f} dalam Penilaian Kepatuhan Penyelenggaraan Pelayanan Publik "
            f"tahun {year} yang dilaksanakan Ombudsman Republik Indonesia. Dengan nilai itu, {entity} "
            f"masuk zona {zone} dan memperoleh predikat {grade} atau opini {opinion}."
        ).replace(f"{score:.2f}", f"{score:.2f}".replace(".", ","))
    else:
        title = [
            f"{short} Masuk Zona {zone.title()} Kepatuhan Ombudsman",
            f"Ombudsman Umumkan Hasil Penilaian Kepatuhan, {short} Raih Nilai {score:.2f}".replace(".", ","),
            f"{short} Pertahankan Zona {zone.title()} Standar Pelayanan Publik",
        ][variant]
        p1 = (
            f"Ombudsman Republik Indonesia menetapkan {entity} berada di zona {zone} dalam Penilaian "
            f"Kepatuhan terhadap Standar Pelayanan Publik tahun {year} dengan nilai {score:.2f}."
        ).replace(f"{score:.2f}", f"{score:.2f}".replace(".", ","))
    body = [
        p1,
        f"Piagam penghargaan diserahkan Kepala Perwakilan Ombudsman RI Provinsi {prov}, {kepala}, kepada "
        f"Sekretaris Daerah {entity}, {off}, dalam acara yang digelar di ibu kota provinsi.",
        f"\u201cCapaian ini hasil kerja seluruh unit layanan. Kami akan terus membenahi standar pelayanan,\u201d "
        f"kata {off}.",
        f"{kepala} menjelaskan penilaian mencakup standar pelayanan, sarana prasarana, kompetensi petugas, "
        f"serta pengelolaan pengaduan di sejumlah unit layanan seperti dinas kependudukan dan puskesmas.",
    ]
    month = 1 + i % 12
    return Art(
        _slug(title) + f"-{i}",
        title,
        body,
        True,
        "relevant",
        year,
        f"{year + (1 if month < 3 else 0)}-{month:02d}-{1 + i % 27:02d}",
        "pemerintahan",
    )


def lookalike_article(i: int) -> Art:
    entity, short, prov = REGIONS[(i * 3) % len(REGIONS)]
    t, b = LOOKALIKES[i % len(LOOKALIKES)]
    year = 2021 + i % 4
    score = f"{60 + (i * 53 % 3900) / 100:.2f}".replace(".", ",")
    kw = dict(short=short, entity=entity, prov=prov, year=year, score=score, name=NAMES[i % len(NAMES)])
    title = t.format(**kw)
    return Art(
        _slug(title) + f"-{i}",
        title,
        [b.format(**kw), "Kegiatan tersebut dihadiri unsur forkopimda."],
        False,
        "lookalike",
        year,
        f"{year}-{1 + i % 12:02d}-{1 + i % 27:02d}",
        "pemerintahan",
    )


def news_article(i: int) -> Art:
    _entity, short, prov = REGIONS[(i * 7) % len(REGIONS)]
    place = short.replace("Pemkab ", "").replace("Pemkot ", "")
    t, b = NEWS_TOPICS[i % len(NEWS_TOPICS)]
    title = t.format(place=place)
    year = 2022 + i % 3
    return Art(
        _slug(title) + f"-{i}",
        title,
        [b.format(place=place), "Warga berharap kegiatan serupa digelar rutin setiap tahun."],
        False,
        "news",
        year,
        f"{year}-{1 + i % 12:02d}-{1 + i % 27:02d}",
        "daerah",
    )


def mix(n_relevant: int, n_lookalike: int, n_news: int, offset: int = 0) -> list[Art]:
    arts = [relevant_article(offset + i) for i in range(n_relevant)]
    arts += [lookalike_article(offset + i) for i in range(n_lookalike)]
    arts += [news_article(offset + i) for i in range(n_news)]
    # newest first, interleaved by date
    return sorted(arts, key=lambda a: (a.date, a.slug), reverse=True)
