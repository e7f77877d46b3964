"""Ordinary Indonesian regional news generated from templates (the team's own writing).

Most of what a crawler brings home is not about the Ombudsman assessment: sport, prices,
weather, crime, council politics, health, schools, plus look-alikes that carry scores, zones
and ranks of other assessments (Komisi Informasi, SAKIP, MCP KPK, IKM, WTP, SPBE). The
benchmark mixes these with real Ombudsman articles to measure extraction as it will run.
Every article is a lead plus follow-up paragraphs of its own topic, 1,800-4,000 characters
(mean ~2,900), like the regional news a crawler brings home.
"""

from __future__ import annotations

import random

from gazetteer import read_regions


FIRST = [
    "Ahmad",
    "Budi",
    "Siti",
    "Rina",
    "Dedi",
    "Hendra",
    "Yusuf",
    "Nur",
    "Agus",
    "Fitri",
    "Rahmat",
    "Dewi",
    "Taufik",
    "Indra",
    "Maya",
    "Joko",
    "Wahyu",
    "Sri",
    "Eko",
    "Lestari",
    "Andi",
    "Rudi",
    "Yanti",
    "Irwan",
]
LAST = [
    "Saputra",
    "Hidayat",
    "Wijaya",
    "Kurniawan",
    "Lestari",
    "Pratama",
    "Santoso",
    "Nasution",
    "Siregar",
    "Harahap",
    "Rahman",
    "Gunawan",
    "Setiawan",
    "Purnama",
    "Syahputra",
    "Utami",
    "Hasibuan",
    "Sembiring",
]
DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
CLUBS = [
    "Persib",
    "Persija",
    "Arema",
    "PSM",
    "Semen Padang",
    "Sriwijaya FC",
    "PSMS",
    "Persebaya",
    "Bali United",
    "Persipura",
    "Barito Putera",
    "PSIS",
]
GOODS = ["cabai merah", "bawang merah", "beras medium", "minyak goreng", "telur ayam", "gula pasir", "daging sapi"]

TEMPLATES = {
    "olahraga": [
        "{CITY} - {club1} menang {g1}-{g2} atas {club2} dalam lanjutan Liga 1 di stadion kebanggaan warga {city}, "
        "{day} malam. Gol kemenangan dicetak pada menit ke-{minute} lewat sundulan kepala. Pelatih {name} "
        'mengatakan anak asuhnya tampil disiplin. "Kami bermain sesuai rencana dan pemain menjaga konsentrasi '
        'sampai akhir," ujarnya. Dengan hasil ini {club1} naik ke peringkat {rank} klasemen sementara dengan '
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
        "banjir dan longsor. Suhu udara berkisar {t1} hingga {t2} derajat Celsius dengan kelembapan {pct} persen."
    ],
    "kriminal": [
        "{CITY} - Polisi menangkap dua pria yang diduga mencuri sepeda motor di kawasan pasar {city}, {day} dini "
        "hari. Kasat Reskrim {name} mengatakan pelaku beraksi di {n} lokasi berbeda. Barang bukti berupa "
        "{n} unit sepeda motor dan kunci letter T diamankan. Keduanya dijerat pasal pencurian dengan pemberatan "
        "dengan ancaman tujuh tahun penjara."
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
        "Fogging dilakukan di {n} kelurahan dengan kasus terbanyak."
    ],
    "pendidikan": [
        "{CITY} - Sebanyak {n}{n}{n} siswa SMA di {city} mengikuti asesmen nasional berbasis komputer pekan ini. "
        "Kepala sekolah {name} mengatakan sekolah menyiapkan listrik cadangan agar ujian tidak terganggu. "
        "Hasil asesmen menjadi bahan rapor pendidikan daerah tahun {year}."
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
    out = [r.name for r in read_regions() if r.level in ("kabupaten", "kota")]
    return out or ["Kabupaten Seluma"]


# Follow-up paragraphs per topic: quotes, background, numbers, what happens next. Real regional
# news runs 2,000-4,000 characters (the dev set's Ombudsman articles average ~2,100), so every
# generated article is a lead plus paragraphs of its own topic up to a length drawn from that range.
FOLLOW = {
    "olahraga": [
        "Pertandingan berlangsung ketat sejak menit awal. Kedua tim saling jual beli serangan, namun penyelesaian "
        "akhir yang kurang rapi membuat skor bertahan lama. Penonton yang memadati tribun timur terus memberi "
        "dukungan meski hujan sempat turun menjelang babak kedua.",
        '"Kami sudah mempelajari cara bermain lawan sepanjang pekan. Pemain muda juga mendapat kesempatan dan '
        'mereka menjawabnya dengan baik," kata {name} dalam jumpa pers seusai laga. Ia menambahkan tim masih '
        "harus memperbaiki transisi dari bertahan ke menyerang.",
        "Manajemen klub menyebut jumlah penonton rata-rata musim ini naik dibanding musim lalu. Penjualan tiket "
        "secara daring mempermudah suporter dari luar kota. Panitia pelaksana menyiagakan {n}{n} petugas "
        "keamanan dan tenaga medis di sekitar stadion.",
        "Laga berikutnya akan digelar di kandang lawan pada {day} pekan depan. Pelatih memastikan tidak ada "
        "pemain yang cedera serius, sementara dua pemain yang mendapat kartu kuning akan dievaluasi kebugarannya "
        "oleh tim dokter klub.",
    ],
    "ekonomi": [
        'Sejumlah ibu rumah tangga mengaku mengurangi belanja harian. "Biasanya beli satu kilo, sekarang cukup '
        'setengah saja karena harganya sudah naik dua kali dalam sebulan," kata {name}, warga {city} yang '
        "ditemui di pasar.",
        "Kepala bidang perdagangan dalam negeri mengatakan pemerintah daerah berkoordinasi dengan distributor "
        "agar stok tetap aman. Gudang Bulog setempat disebut masih menyimpan cadangan yang cukup untuk "
        "kebutuhan {n} bulan ke depan.",
        "Ekonom dari universitas negeri setempat menilai kenaikan harga dipicu biaya angkut dan musim tanam "
        "yang mundur. Ia menyarankan pemerintah memperkuat kerja sama antardaerah agar pasokan dari kabupaten "
        "penghasil tidak tersendat.",
        "Bank Indonesia perwakilan provinsi memperkirakan tekanan harga mereda pada akhir triwulan seiring "
        "panen raya. Pertumbuhan ekonomi daerah pada triwulan lalu tercatat {infl},{infl2} persen, ditopang "
        "konsumsi rumah tangga dan perdagangan.",
    ],
    "cuaca": [
        "Dalam sepekan terakhir, hujan deras menyebabkan genangan di sejumlah ruas jalan utama. Petugas "
        "pemadam kebakaran dan relawan membantu warga membersihkan saluran air yang tersumbat sampah.",
        "Badan Penanggulangan Bencana Daerah menyiagakan perahu karet, tenda, dan dapur umum di {n} kecamatan "
        'rawan banjir. "Kami minta warga segera mengungsi bila air naik dan mengikuti arahan petugas," kata '
        "{name}.",
        "Nelayan diimbau tidak melaut karena tinggi gelombang diperkirakan mencapai dua hingga tiga meter. "
        "Syahbandar setempat menunda keberangkatan kapal penumpang ke pulau-pulau kecil sampai cuaca membaik.",
        "Petani di dataran rendah khawatir sawah yang baru ditanami terendam. Penyuluh pertanian menyarankan "
        "pembersihan saluran irigasi dan penggunaan benih yang tahan genangan pada musim tanam berikutnya.",
    ],
    "kriminal": [
        "Penangkapan bermula dari laporan warga yang kehilangan kendaraan di depan rumahnya. Rekaman kamera "
        "pengawas di sekitar lokasi membantu penyidik mengenali ciri-ciri pelaku dan kendaraan yang dipakai.",
        "Dari hasil pemeriksaan, kedua pelaku mengaku menjual hasil curian ke luar daerah dengan harga murah. "
        "Polisi masih memburu seorang penadah yang diduga menampung kendaraan tersebut.",
        '"Kami imbau masyarakat memasang kunci ganda dan tidak memarkir kendaraan di tempat gelap," ujar '
        "{name}. Patroli malam di permukiman padat penduduk juga akan ditingkatkan selama sebulan ke depan.",
        "Kasus pencurian kendaraan bermotor di wilayah hukum polres itu tercatat {n}{n} kasus sejak Januari. "
        "Sebagian besar terjadi pada malam hari di kawasan pasar, terminal, dan tempat ibadah.",
    ],
    "politik": [
        "Dalam pandangan akhirnya, sejumlah fraksi meminta pemerintah daerah memperhatikan pembangunan di "
        "wilayah pinggiran. Jalan desa yang rusak dan jaringan air bersih disebut masih menjadi keluhan utama "
        "warga saat reses.",
        "Wakil ketua dewan, {name}, mengatakan pembahasan berjalan alot karena pendapatan asli daerah belum "
        'sesuai target. "Kita harus realistis, belanja pegawai jangan sampai menggerus belanja modal," katanya.',
        "Sekretaris daerah menjelaskan sebagian anggaran akan dialihkan untuk penanganan bencana dan bantuan "
        "sosial. Pemerintah juga menyiapkan dana pendamping untuk program perbaikan rumah tidak layak huni.",
        "Rapat sempat diskors selama satu jam untuk lobi antarfraksi. Setelah dibuka kembali, pimpinan sidang "
        "membacakan keputusan yang disetujui secara aklamasi oleh anggota dewan yang hadir.",
    ],
    "kesehatan": [
        "Menurut catatan dinas, kasus terbanyak ditemukan pada anak usia sekolah. Petugas puskesmas melakukan "
        "penyelidikan epidemiologi di sekitar rumah pasien untuk mencari jentik nyamuk.",
        '"Fogging hanya membunuh nyamuk dewasa. Yang paling penting tetap gerakan menguras, menutup, dan '
        'mendaur ulang barang bekas," kata {name}. Kader jumantik dilibatkan memeriksa rumah warga setiap pekan.',
        "Rumah sakit umum daerah menambah ruang perawatan khusus untuk mengantisipasi lonjakan pasien. Stok "
        "cairan infus dan alat tes cepat disebut masih mencukupi hingga akhir bulan.",
        "Warga diminta segera membawa anggota keluarga yang demam tinggi lebih dari dua hari ke fasilitas "
        "kesehatan terdekat. Penanganan dini dinilai menentukan keselamatan pasien.",
    ],
    "pendidikan": [
        "Sekolah yang belum memiliki cukup komputer meminjam perangkat dari sekolah lain. Proktor dan teknisi "
        "disiagakan sejak pagi untuk memastikan jaringan internet stabil selama ujian berlangsung.",
        '"Anak-anak sudah kami latih dengan simulasi sebanyak tiga kali, jadi mereka tidak kaget lagi dengan '
        'soal berbentuk cerita," kata {name}, guru matematika di salah satu sekolah negeri.',
        "Dinas pendidikan menyebut hasil asesmen tidak menentukan kelulusan siswa. Data itu dipakai untuk "
        "memetakan kemampuan literasi dan numerasi serta merancang pelatihan guru pada tahun berikutnya.",
        "Orang tua murid berharap sekolah juga memperhatikan kesehatan mental siswa menjelang ujian. Beberapa "
        "sekolah menggelar kegiatan olahraga bersama dan konseling kelompok sebelum jadwal asesmen.",
    ],
    "pemerintahan": [
        "Hasil itu dibahas dalam rapat evaluasi bersama kepala organisasi perangkat daerah. Setiap dinas diminta "
        "menyusun rencana aksi dan melaporkan kemajuannya setiap tiga bulan.",
        '"Capaian ini bukan tujuan akhir. Kami ingin tata kelola yang lebih baik benar-benar dirasakan '
        'masyarakat," kata {name}, kepala bagian organisasi sekretariat daerah.',
        "Tim penilai memeriksa dokumen, melakukan wawancara, dan meninjau langsung sejumlah kantor. Beberapa "
        "catatan perbaikan diberikan, antara lain soal pembaruan data dan dokumentasi kegiatan.",
        "Pemerintah daerah menargetkan kenaikan nilai pada penilaian tahun depan. Pelatihan bagi aparatur dan "
        "pembenahan sistem informasi dijadwalkan mulai awal tahun anggaran {year}.",
    ],
}
GENERAL = [
    'Warga berharap pemerintah daerah lebih sering turun ke lapangan. "Kalau ada masalah, kami ingin cepat '
    'ditangani, jangan menunggu viral dulu," kata {name}, tokoh masyarakat di {city}.',
    "Kegiatan serupa akan dievaluasi pada akhir tahun. Hasil evaluasi menjadi bahan penyusunan program dan "
    "anggaran tahun {year} yang tengah dibahas bersama dewan.",
    "Camat setempat mengatakan pihaknya sudah menyampaikan persoalan itu dalam musyawarah perencanaan "
    "pembangunan tingkat kecamatan. Usulan warga dicatat dan diteruskan ke tingkat kabupaten.",
    "Sementara itu, arus lalu lintas di jalan lintas provinsi terpantau ramai lancar. Petugas perhubungan "
    "mengatur kendaraan di persimpangan pasar yang kerap macet pada pagi dan sore hari.",
]
LENGTH_RANGE = (1_800, 3_800)  # target characters per generated article (lead + follow-ups)


def generate(n: int, seed: int = 7, lookalike_share: float = 0.1) -> list[str]:
    """`n` distinct multi-paragraph news texts: ordinary topics plus a share of look-alike assessments."""
    rng = random.Random(seed)
    places = _places()
    topics = [(name, t) for name, ts in TEMPLATES.items() for t in ts]
    out = []
    for i in range(n):
        place = rng.choice(places)
        city = place.split(" ", 1)[1] if " " in place else place
        if rng.random() < lookalike_share:
            topic, tpl = "pemerintahan", rng.choice(LOOKALIKES)
        else:
            topic, tpl = rng.choice(topics)
        clubs = rng.sample(CLUBS, 2)
        fields = dict(
            CITY=city.upper(),
            city=city,
            club1=clubs[0],
            club2=clubs[1],
            g1=rng.randint(1, 4),
            g2=rng.randint(0, 2),
            minute=rng.randint(5, 90),
            name=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            rank=rng.randint(1, 18),
            points=rng.randint(3, 60),
            played=rng.randint(3, 30),
            medals=rng.randint(2, 40),
            total=rng.randint(10, 35),
            good=rng.choice(GOODS),
            price=rng.randint(10, 95),
            infl=rng.randint(1, 9),
            infl2=rng.randint(0, 99),
            pct=rng.randint(40, 99),
            t1=rng.randint(21, 24),
            t2=rng.randint(29, 34),
            n=rng.randint(2, 9),
            year=rng.randint(2019, 2025),
            day=rng.choice(DAYS),
            score=f"{rng.randint(60, 99)},{rng.randint(0, 99):02d}",
            score2=f"{rng.randint(2, 4)},{rng.randint(0, 99):02d}",
        )
        target = rng.randint(*LENGTH_RANGE)
        paragraphs = [tpl.format(**fields)]
        pool = FOLLOW[topic] + GENERAL
        rng.shuffle(pool)
        size = len(paragraphs[0])
        while size < target:
            if not pool:  # topic exhausted: another lead of the same topic, as a follow-up story
                pool = [t for name, t in topics if name == topic] or [t for _, t in topics]
                pool = [rng.choice(pool)] + FOLLOW[topic][:]
                rng.shuffle(pool)
                fields["name"] = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            p = pool.pop().format(**fields)
            paragraphs.append(p)
            size += len(p) + 2
        out.append("\n\n".join(paragraphs) + f"\n\n(red/{i})")
    return out
