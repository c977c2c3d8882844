"""Language detection tells Indonesian from Malay and English, and a foreign article is reported."""
import json
import subprocess
import sys

from conftest import EXAMPLES, SHARED, needs_shared

import warta
from warta.reader.language import detect_language

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
    assert doc.warnings[0] == "the article is not in Indonesian (detected language: ms)"


def test_english_is_reported():
    doc = warta.analyze(f"New Bridge Opens\n\n{ENGLISH}")
    assert doc.language == "en" and "not in Indonesian" in doc.warnings[0]


MALAY_SHORT = [
    "Polis menahan dua lelaki selepas kejadian itu, kata jurucakap polis daerah dalam kenyataan hari ini. "
    "Kedua-dua suspek akan dibawa ke mahkamah minggu hadapan.",
    "Syarikat penerbangan itu mencatat keuntungan sebanyak 12 peratus tahun lalu menerusi laluan antarabangsa "
    "baharu, iaitu ke Tokyo dan Seoul.",
]


def test_more_malay():
    for text in MALAY_SHORT:
        assert warta.analyze(f"Berita\n\n{text}").language == "ms", text


@needs_shared
def test_indosum_articles_are_indonesian():
    tool = SHARED / "tools" / "indosum_to_jsonl.py"
    lines = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True, check=True).stdout.splitlines()
    texts = [json.loads(line)["text"] for line in lines[::10]]
    assert [detect_language(t) for t in texts].count("id") == len(texts)
