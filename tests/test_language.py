"""Language detection tells Indonesian from Malay and English, and a foreign article is reported."""
import warta

from conftest import EXAMPLES

MALAY = ("Kerajaan Malaysia akan memperkenalkan dasar baharu bagi membantu golongan berpendapatan rendah, kata "
         "Perdana Menteri hari ini. Beliau berkata kerajaan komited untuk memastikan rakyat mendapat manfaat "
         "daripada peruntukan belanjawan tahun hadapan.")
ENGLISH = ("The city government opened a new pedestrian bridge in front of the market on Monday morning. "
           "Residents welcomed it because they no longer have to cross the busy road.")


def test_indonesian():
    doc = warta.analyze((EXAMPLES / "suarapesisir-2024-03-12-hujan-pantura.txt").read_bytes())
    assert doc.language == "id" and doc.warnings == []


def test_malay_is_reported():
    doc = warta.analyze(f"Dasar Baharu Kerajaan\n\n{MALAY}")
    assert doc.language == "ms"
    assert doc.warnings == ["the article is not in Indonesian (detected language: ms)"]


def test_english_is_reported():
    doc = warta.analyze(f"New Bridge Opens\n\n{ENGLISH}")
    assert doc.language == "en" and "not in Indonesian" in doc.warnings[0]
