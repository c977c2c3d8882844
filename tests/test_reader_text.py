"""The plain-text reader on scraped layouts: headline, lead, outlet, dateline, time, clean body."""
import pytest
from conftest import EXAMPLES, NUSADAILY, needs_shared

import warta
from warta.reader import read

BODY = ("Pemerintah kota meresmikan jembatan penyeberangan baru di depan pasar pada Senin pagi. "
        "Warga menyambutnya dengan gembira karena tidak perlu lagi menyeberang di jalan yang ramai.")


@needs_shared
def test_nusadaily_layout():
    doc = read(NUSADAILY.read_bytes())
    assert doc.headline == "Kim Jon-un Akan Bertemu Putin Bahas Senjata"
    assert doc.lead.startswith("Rusia dikabarkan tengah mencari lebih banyak persenjataan")
    assert doc.lead.endswith("untuk merencanakan kunjungan Kim bulan ini.")
    assert (doc.outlet, doc.dateline) == ("Nusadaily", "PYONGYANG")
    assert doc.published == "2023-09-05T14:31:00+07:00"
    assert doc.published_assumed_zone == "WIB"
    assert doc.text.count("Kim Jon-un Akan Bertemu Putin") == 1
    assert doc.text.count("Rusia dikabarkan tengah mencari") == 1
    assert "NUSADAILY.COM" not in doc.text and "(*)" not in doc.text
    assert doc.text.endswith("pemulihan Kekaisaran Rusia.")
    assert [p.role for p in doc.paragraphs[:3]] == ["headline", "lead", "body"]


def test_bundled_scrape():
    doc = read((EXAMPLES / "suarapesisir-2024-03-12-hujan-pantura.txt").read_bytes())
    assert doc.headline == "BMKG Peringatkan Hujan Lebat di Pantura Jawa Tengah hingga Akhir Pekan"
    assert (doc.outlet, doc.dateline, doc.published) == ("Suarapesisir", "SEMARANG", "2024-03-12T09:15:00+07:00")
    assert doc.editors == ["Dwi Lestari"]
    assert "Baca juga" not in doc.text and "Editor" not in doc.text and "(*)" not in doc.text
    assert doc.text.endswith("pada akhir Maret.")


@pytest.mark.parametrize("opening, outlet, dateline", [
    ("NUSADAILY.COM - PYONGYANG -", "Nusadaily", "PYONGYANG"),
    ("JAKARTA, KOMPAS.com -", "Kompas.com", "JAKARTA"),
    ("Jakarta (ANTARA) -", "ANTARA News", "Jakarta"),
    ("TEMPO.CO, Jakarta -", "Tempo.co", "Jakarta"),
    ("Liputan6.com, Jakarta -", "Liputan6.com", "Jakarta"),
    ("Bisnis.com, JAKARTA -", "Bisnis.com", "JAKARTA"),
    ("REPUBLIKA.CO.ID, JAKARTA --", "Republika", "JAKARTA"),
    ("Jakarta, CNN Indonesia --", "CNN Indonesia", "Jakarta"),
    ("Merdeka.com -", "Merdeka.com", None),
    ("SURABAYA – ", None, "SURABAYA"),
    ("Tanjung Pinang (KABARKEPRI) -", "KABARKEPRI", "Tanjung Pinang"),
    ("Samarinda, Kalimantan Timur (ANTARA News) -", "ANTARA News", "Samarinda, Kalimantan Timur"),
    ("OPINI -", None, None),
    ("KOMSOMOLSK-NA-AMURE, KABARNUSA.COM -", "Kabarnusa", "KOMSOMOLSK-NA-AMURE"),  # a hyphenated place
])
def test_openings(opening, outlet, dateline):
    doc = read(f"Jembatan Baru Diresmikan\n\n{opening} {BODY}")
    assert (doc.outlet, doc.dateline) == (outlet, dateline)
    assert doc.lead == BODY


def test_detik_layout():
    page = f"detikNews\nSelasa, 05 Sep 2023 14:31 WIB\nJembatan Baru Diresmikan\nJakarta - {BODY}\n(mea/rdp)"
    doc = read(page)
    assert (doc.outlet, doc.dateline, doc.headline) == ("detikcom", "Jakarta", "Jembatan Baru Diresmikan")
    assert doc.published == "2023-09-05T14:31:00+07:00" and doc.published_assumed_zone is None
    assert doc.text.endswith("jalan yang ramai.")


@pytest.mark.parametrize("start", ["Presiden Jokowi - yang hadir -", "Baru - baru ini,"])
def test_body_without_opening_keeps_its_first_words(start):
    doc = read(f"Jembatan Baru Diresmikan\n\n{start} {BODY}", outlet="Harian Kota")
    assert doc.dateline is None and doc.lead.startswith(start)


def test_an_opening_on_a_line_of_its_own():
    doc = read(f"Merdeka.com -\n\n{BODY}")
    assert (doc.outlet, doc.headline, doc.lead) == ("Merdeka.com", None, BODY)


def test_a_spaced_hyphen_after_the_outlet_is_no_dateline():
    doc = read(f"Jembatan Baru Diresmikan\n\nMerdeka.com - Hari - hari {BODY}")
    assert (doc.outlet, doc.dateline) == ("Merdeka.com", None) and doc.lead.startswith("Hari - hari")


@pytest.mark.parametrize("ending", ["(*)", "(ant)", "(mdk/lia)", " [pan]", " (gir/gir)", "\n\n(end)", "(ant) (rdn)"])
def test_end_markers(ending):
    doc = read(f"Jembatan Baru Diresmikan\n\n{BODY}{ending}")
    assert doc.text.endswith("jalan yang ramai.")


def test_acronym_in_brackets_is_not_an_end_marker():
    doc = read(f"Jembatan Baru Diresmikan\n\n{BODY} Dana berasal dari Bank Pembangunan Daerah (BPD)")
    assert doc.text.endswith("Bank Pembangunan Daerah (BPD)")


def test_furniture_lines_and_credits():
    page = (f"Jembatan Baru Diresmikan\n\n{BODY}\n\nBaca Juga: Pasar Lama Akan Dipugar\n\n"
            "Kepala dinas menyebut jembatan itu dibangun dalam enam bulan.\n\nPewarta: Sri Rahayu\nEditor: Agus Salim\n"
            "COPYRIGHT © ANTARA 2023")
    doc = read(page)
    assert [p.text for p in doc.paragraphs][2:] == ["Kepala dinas menyebut jembatan itu dibangun dalam enam bulan."]
    assert (doc.authors, doc.editors) == (["Sri Rahayu"], ["Agus Salim"])


def test_hard_wrapped_lines_are_joined():
    doc = read("Jembatan Baru Diresmikan\n\nPemerintah kota meresmikan jembatan penyeberangan\n"
               "baru di depan pasar pada Senin pagi.\nWarga menyambutnya dengan gembira.")
    assert doc.lead == "Pemerintah kota meresmikan jembatan penyeberangan baru di depan pasar pada Senin pagi."
    assert doc.paragraphs[2].text == "Warga menyambutnya dengan gembira."


def test_teaser_is_replaced_by_the_full_lead():
    teaser = BODY[:60] + "..."
    doc = read(f"Jembatan Baru Diresmikan\n\n{teaser}\n\n5 September 2023\n\nJAKARTA, KOMPAS.com - {BODY}")
    assert doc.lead == BODY and "..." not in doc.text and doc.published == "2023-09-05"


def test_caller_metadata_wins():
    doc = warta.analyze(f"Jembatan Baru Diresmikan\n\nJAKARTA, KOMPAS.com - {BODY}", outlet="Harian Kota",
                        url="https://example.id/a", published="2023-09-05 08:00")
    assert (doc.outlet, doc.url, doc.published) == ("Harian Kota", "https://example.id/a", "2023-09-05T08:00:00+07:00")


def test_outlet_from_url_when_the_text_has_none():
    assert read(f"Jembatan Baru Diresmikan\n\n{BODY}", url="https://www.tempo.co/x").outlet == "Tempo.co"


def test_a_link_inside_a_paragraph_gives_no_name_time_or_quote():
    text = ("Dua Mayat di Depok\n\nDua mayat ditemukan di Depok, Senin (3/10). [Baca juga: \"Kami Buru Pelaku,\" Kata "
            "Polres Depok Rabu Lalu] \"Kami masih menyelidiki,\" kata Kapolres Depok Kombes Herry Heryawan.")
    doc = warta.analyze(text, published="2016-10-04")
    link = range(text.index("[Baca"), text.index("]"))
    assert not [x for x in doc.mentions + doc.times + doc.quotes if x["start"] in link]
    assert [t["text"] for t in doc.times] == ["Senin (3/10)"] and len(doc.quotes) == 1
    assert [m["text"] for m in doc.mentions].count("Depok") == 3
