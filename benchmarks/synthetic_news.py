"""Ordinary Indonesian regional news generated from templates (the team's own writing).

Most of what a crawler brings home is not about the Ombudsman assessment: sport, prices,
weather, crime, council politics, health, schools, plus look-alikes that carry scores, zones
and ranks of other assessments (Komisi Informasi, SAKIP, MCP KPK, IKM, WTP, SPBE). The
benchmark mixes these with real Ombudsman articles to measure extraction as it will run.
"""
from __future__ import annotations

import csv
import random
from pathlib import Path

REGIONS_CSV = Path(__file__).resolve().parents[1] / "models" / "regions.csv"

FIRST = ["Ahmad", "Budi", "Siti", "Rina", "Dedi", "Hendra", "Yusuf", "Nur", "Agus", "Fitri", "Rahmat", "Dewi",
         "Taufik", "Indra", "Maya", "Joko", "Wahyu", "Sri", "Eko", "Lestari", "Andi", "Rudi", "Yanti", "Irwan"]
LAST = ["Saputra", "Hidayat", "Wijaya", "Kurniawan", "Lestari", "Pratama", "Santoso", "Nasution", "Siregar",
        "Harahap", "Rahman", "Gunawan", "Setiawan", "Purnama", "Syahputra", "Utami", "Hasibuan", "Sembiring"]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
CLUBS = ["Persib", "Persija", "Arema", "PSM", "Semen Padang", "Sriwijaya FC", "PSMS", "Persebaya", "Bali United",
         "Persipura", "Barito Putera", "PSIS"]
GOODS = ["cabai merah", "bawang merah", "beras medium", "minyak goreng", "telur ayam", "gula pasir", "daging sapi"]

TEMPLATES = {
    "olahraga": [
        "{CITY} - {club1} menang {g1}-{g2} atas {club2} dalam lanjutan Liga 1 di stadion kebanggaan warga {city}, "
        "{day} malam. Gol kemenangan dicetak pada menit ke-{minute} lewat sundulan kepala. Pelatih {name} "
        "mengatakan anak asuhnya tampil disiplin. \"Kami bermain sesuai rencana dan pemain menjaga konsentrasi "
        "sampai akhir,\" ujarnya. Dengan hasil ini {club1} naik ke peringkat {rank} klasemen sementara dengan "
        "{points} poin dari {played} pertandingan.",
        "{CITY} - Atlet {city} meraih {medals} medali emas pada Pekan Olahraga Provinsi yang berakhir {day}. "
        "Ketua KONI {city}, {name}, menyebut capaian itu hasil pembinaan berjenjang. Cabang dayung dan pencak "
        "silat menyumbang emas terbanyak. Kontingen {city} finis di posisi {rank} dari {total} daerah peserta.",
    ],
    "ekonomi": [
        "{CITY} - Harga {good} di pasar tradisional {city} naik menjadi Rp{price}.000 per kilogram pada {day}. "
        "Pedagang bernama {name} mengatakan pasokan dari sentra produksi berkurang akibat cuaca. Dinas "
        "Perdagangan setempat memantau harga setiap hari dan menyiapkan operasi pasar bila kenaikan berlanjut. "
        "Inflasi tahunan daerah itu tercatat {infl},{infl2} persen menurut Badan Pusat Statistik.",
        "{CITY} - Realisasi investasi di {city} hingga triwulan ketiga mencapai Rp{price},{infl} triliun atau "
        "{pct} persen dari target tahunan. Sektor perkebunan dan industri pengolahan mendominasi. Pemerintah "
        "daerah berharap perizinan berusaha berbasis risiko mempercepat masuknya modal baru.",
    ],
    "cuaca": [
        "{CITY} - BMKG memperkirakan hujan sedang hingga lebat disertai petir turun di {city} dan sekitarnya "
        "pada {day} hingga tiga hari ke depan. Prakirawan {name} meminta warga di daerah aliran sungai waspada "
        "banjir dan longsor. Suhu udara berkisar {t1} hingga {t2} derajat Celsius dengan kelembapan {pct} persen.",
    ],
    "kriminal": [
        "{CITY} - Polisi menangkap dua pria yang diduga mencuri sepeda motor di kawasan pasar {city}, {day} dini "
        "hari. Kasat Reskrim {name} mengatakan pelaku beraksi di {n} lokasi berbeda. Barang bukti berupa "
        "{n} unit sepeda motor dan kunci letter T diamankan. Keduanya dijerat pasal pencurian dengan pemberatan "
        "dengan ancaman tujuh tahun penjara.",
    ],
    "politik": [
        "{CITY} - DPRD {city} menggelar rapat paripurna pengesahan APBD Perubahan tahun {year} pada {day}. "
        "Sebanyak {n} fraksi menyetujui rancangan yang diajukan pemerintah daerah. Ketua DPRD {name} meminta "
        "organisasi perangkat daerah mempercepat serapan anggaran, terutama untuk perbaikan jalan dan "
        "irigasi. Total belanja daerah mencapai Rp{price},{infl} triliun.",
        "{CITY} - Komisi Pemilihan Umum {city} menetapkan {n} pasangan calon kepala daerah yang memenuhi "
        "syarat, {day}. Ketua KPU {name} mengatakan pengundian nomor urut dilakukan pekan depan. Tahapan "
        "kampanye dijadwalkan berlangsung selama {played} hari.",
    ],
    "kesehatan": [
        "{CITY} - Dinas Kesehatan {city} mencatat {n}{n} kasus demam berdarah sejak awal tahun {year}. "
        "Kepala bidang pencegahan, {name}, mengajak warga menguras dan menutup tempat penampungan air. "
        "Fogging dilakukan di {n} kelurahan dengan kasus terbanyak.",
    ],
    "pendidikan": [
        "{CITY} - Sebanyak {n}{n}{n} siswa SMA di {city} mengikuti asesmen nasional berbasis komputer pekan ini. "
        "Kepala sekolah {name} mengatakan sekolah menyiapkan listrik cadangan agar ujian tidak terganggu. "
        "Hasil asesmen menjadi bahan rapor pendidikan daerah tahun {year}.",
    ],
}

LOOKALIKES = [
    "{CITY} - Pemerintah {city} meraih predikat Informatif dengan nilai {score} dalam Anugerah Keterbukaan "
    "Informasi Publik yang digelar Komisi Informasi Pusat tahun {year}. {city} berada di peringkat {rank} "
    "nasional. Ketua Komisi Informasi {name} menyerahkan piagam di Jakarta, {day}.",
    "{CITY} - Hasil evaluasi SAKIP tahun {year} menempatkan Pemerintah {city} pada kategori BB dengan nilai "
    "{score}. Kementerian PANRB menilai akuntabilitas kinerja daerah itu terus meningkat.",
    "{CITY} - Capaian Monitoring Center for Prevention (MCP) KPK Pemerintah {city} tahun {year} mencapai "
    "{score} persen dan masuk zona hijau. Skor itu menempatkan daerah tersebut di urutan {rank} se-provinsi.",
    "{CITY} - Survei Indeks Kepuasan Masyarakat (IKM) Pemerintah {city} tahun {year} mencapai {score} dengan "
    "mutu pelayanan B atau baik. Survei dilakukan terhadap {n}{n}{n} responden di {n} unit layanan.",
    "{CITY} - Pemerintah {city} kembali meraih opini Wajar Tanpa Pengecualian (WTP) dari BPK atas laporan "
    "keuangan tahun anggaran {year}. Ini WTP ke-{n} berturut-turut bagi daerah tersebut.",
    "{CITY} - Indeks SPBE Pemerintah {city} tahun {year} mencapai {score2} dengan predikat baik. Kementerian "
    "PANRB mencatat daerah itu naik {n} peringkat dibanding tahun sebelumnya.",
]


def _places() -> list[str]:
    out = []
    with open(REGIONS_CSV, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["level"] in ("kabupaten", "kota"):
                out.append(row["name"])
    return out or ["Kabupaten Seluma"]


def generate(n: int, seed: int = 7, lookalike_share: float = 0.1) -> list[str]:
    """`n` distinct news texts: ordinary topics plus a share of look-alike assessments."""
    rng = random.Random(seed)
    places = _places()
    topics = [t for ts in TEMPLATES.values() for t in ts]
    out = []
    for i in range(n):
        place = rng.choice(places)
        city = place.split(" ", 1)[1] if " " in place else place
        tpl = rng.choice(LOOKALIKES) if rng.random() < lookalike_share else rng.choice(topics)
        clubs = rng.sample(CLUBS, 2)
        fields = dict(
            CITY=city.upper(), city=city, club1=clubs[0], club2=clubs[1], g1=rng.randint(1, 4), g2=rng.randint(0, 2),
            minute=rng.randint(5, 90), name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", rank=rng.randint(1, 18),
            points=rng.randint(3, 60), played=rng.randint(3, 30), medals=rng.randint(2, 40), total=rng.randint(10, 35),
            good=rng.choice(GOODS), price=rng.randint(10, 95), infl=rng.randint(1, 9), infl2=rng.randint(0, 99),
            pct=rng.randint(40, 99), t1=rng.randint(21, 24), t2=rng.randint(29, 34), n=rng.randint(2, 9),
            year=rng.randint(2019, 2025), day=rng.choice(DAYS), score=f"{rng.randint(60, 99)},{rng.randint(0, 99):02d}",
            score2=f"{rng.randint(2, 4)},{rng.randint(0, 99):02d}",
        )
        paragraphs = [tpl.format(**fields)]
        # a second, unrelated paragraph makes lengths realistic (news runs 1,500-4,000 characters)
        for _ in range(rng.randint(1, 4)):
            paragraphs.append(rng.choice(topics).format(**fields))
        out.append("\n\n".join(paragraphs) + f"\n\n(red/{i})")
    return out
