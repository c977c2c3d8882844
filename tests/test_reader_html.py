"""HTML pages: the story without the page around it, and the page's metadata."""
import pytest
from conftest import EXAMPLES

from warta.errors import InputError
from warta.reader import read


def test_bundled_page():
    path = EXAMPLES / "kabartimur-2024-05-21-derek-pelabuhan.html"
    doc = read(path.read_bytes(), source=str(path))
    assert doc.headline == "Pelabuhan Tanjung Perak Tambah Dua Derek Peti Kemas"
    assert (doc.outlet, doc.dateline) == ("Kabar Timur", "SURABAYA")
    assert doc.published == "2024-05-21T10:42:00+07:00"
    assert (doc.authors, doc.editors) == (["Yusuf Hidayat"], ["Maria Ulfa"])
    assert doc.url == "https://kabartimur.id/ekonomi/2024/05/21/derek-peti-kemas"
    assert doc.lead.startswith("Pengelola Terminal Teluk Lamong")
    for furniture in ("Beranda", "Indeks Berita", "Berita Terpopuler", "Baca juga", "Hak cipta", "KABARTIMUR.ID"):
        assert furniture not in doc.text
    assert doc.text.endswith("mempercepat layanan,\" ujarnya.")


def test_page_without_an_article():
    page = "<html><head><title>Indeks</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>"
    with pytest.raises(InputError, match="no article text found"):
        read(page, source="menu.html")


def test_markup_in_text_stays_text():
    page = ("<html><body><article><h1>Uji</h1><p>JAKARTA, KOMPAS.com - Warga menulis &lt;script&gt;alert(1)"
            "&lt;/script&gt; di papan pengumuman kelurahan pada Senin pagi, lalu petugas menghapusnya.</p>"
            "<script>var tracker = 1;</script></article></body></html>")
    doc = read(page)
    assert "<script>alert(1)</script>" in doc.text and "tracker" not in doc.text
