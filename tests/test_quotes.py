"""Quotations, their cues, speakers and sources."""
import pytest
from conftest import NUSADAILY, SHARED, needs_shared, run_warta

from warta.pipeline import analyze
from warta.quotes import quoted_spans

# An invented article, written for these tests.
REPORT = """Polisi tangkap dua pencuri motor

Kapolsek Tegal Barat Kompol Andi Saputra mengatakan, dua pria ditangkap di Pasar Pagi, Senin malam.

“Keduanya kami tangkap saat membawa motor curian. Barang bukti sudah kami amankan,” ujarnya di Tegal, Selasa.

Menurut Andi, pelaku sudah beraksi di tiga kecamatan sejak Januari.

“Kami masih memburu satu pelaku lain,” kata Andi. Ia menyebut aksi itu sebagai “kerja profesional”.

Warga menyebut kawasan itu “zona merah”."""


def by_text(doc: dict) -> dict[str, dict]:
    return {q["text"][:30]: q for q in doc["quotes"]}


@pytest.fixture(scope="module")
def report():
    return analyze(REPORT).to_dict()


def test_quotes_are_stand_off(report):
    for q in report["quotes"]:
        assert report["text"][q["start"]:q["end"]] == q["text"]
        for part in ("cue", "speaker", "source"):
            if q[part]:
                assert report["text"][q[part]["start"]:q[part]["end"]] == q[part]["text"]


def test_direct_quote_with_nya_speaker(report):
    q = by_text(report)["Keduanya kami tangkap saat mem"]
    assert q["kind"] == "direct" and q["cue"]["text"] == "ujarnya"
    assert q["text"].endswith("sudah kami amankan")  # the comma inside the marks is not content
    assert q["speaker"]["refers_to"]["text"] == "Andi Saputra"


def test_reported_speech(report):
    quotes = by_text(report)
    assert quotes["dua pria ditangkap di Pasar Pa"]["kind"] == "indirect"
    assert quotes["dua pria ditangkap di Pasar Pa"]["speaker"]["text"] == "Andi Saputra"
    according = quotes["pelaku sudah beraksi di tiga k"]
    assert according["cue"]["text"] == "Menurut" and according["speaker"]["text"] == "Andi"
    assert according["speaker"]["entity"] == quotes["dua pria ditangkap di Pasar Pa"]["speaker"]["entity"]


def test_direct_quote_after_cue_and_scare_quotes(report):
    quotes = by_text(report)
    assert quotes["Kami masih memburu satu pelaku"]["speaker"]["text"] == "Andi"
    assert not any("zona merah" == q["text"] for q in report["quotes"])  # a term in marks is not speech
    assert not any(q["text"] == "kerja profesional" for q in report["quotes"])


def test_quote_over_two_paragraphs():
    text = "Judul\n\n“Kalimat pertama dari kutipan panjang ini.\n\n“Kalimat kedua menutupnya,” kata Budi."
    from warta.document import Paragraph
    second = text.index("\n\n“Kalimat kedua")
    paragraphs = [Paragraph(0, 5, "Judul", "headline"), Paragraph(7, second, text[7:second], "body"),
                  Paragraph(second + 2, len(text), text[second + 2:], "body")]
    (q,) = quoted_spans(text, paragraphs)
    assert text[q.start:q.end] == "Kalimat pertama dari kutipan panjang ini.\n\n“Kalimat kedua menutupnya"


@needs_shared
def test_reference_article_quotes():
    doc = analyze(NUSADAILY.read_bytes(), source=str(NUSADAILY)).to_dict()
    names = {e["id"]: e["name"] for e in doc["entities"]}

    def find(opening: str) -> dict:
        return next(q for q in doc["quotes"] if opening in q["text"])

    q = find("Perjalanan diperkirakan")
    assert q["cue"]["text"] == "menurut" and q["speaker"]["text"] == "Amerika dan pejabat sekutu lainnya"
    assert q["source"]["text"] == "The New York Times melalui medcom"
    q = find("Putin ingin agar Kim")
    assert (q["cue"]["text"], q["speaker"]["text"]) == ("ucap", "para pejabat AS")
    q = find("Kim juga mencari bantuan makanan")
    assert q["cue"]["text"] == "imbuh" and q["speaker"]["refers_to"]["text"] == "para pejabat AS"
    assert names[find("pembicaraan tingkat tinggi")["speaker"]["entity"]] == "John Kirby"
    q = find("keterlibatan diplomatik tingkat pemimpin")
    assert q["kind"] == "mixed" and names[q["speaker"]["entity"]] == "Adrienne Watson"
    assert names[find("Kami mendesak DPR.")["speaker"]["entity"]] == "Adrienne Watson"
    assert names[find("Shoigu memberikan surat dari Putin")["speaker"]["entity"]] == "KCNA"
    assert not any(q["text"] == "kemenangan" for q in doc["quotes"])
    assert all(q["source"]["text"] == "The New York Times melalui medcom" for q in doc["quotes"])  # the whole article


@needs_shared
def test_eval_quotes_on_indosum_and_pfsa():
    result = run_warta("eval", "quotes", "--data", SHARED / "data")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    indosum = out.split("IndoSum, warta's annotation")[1].splitlines()[1]
    assert float(indosum.split("direct loose f1")[1].split()[0]) >= 0.9
    assert float(indosum.split("speaker accuracy")[1].split()[0]) >= 0.9
    assert "PFSA-ID test" in out


def test_a_speaker_without_the_words_around_it():
    doc = analyze("Namun China, yang merupakan pesaing Amerika Serikat, mengatakan pada Selasa bahwa mereka mendukung "
                  "upaya Myanmar. Kemudian pemerintah juga akan menyatakan bahwa bantuan dikirim pekan depan.")
    assert [q["speaker"]["text"] for q in doc.quotes] == ["China", "pemerintah"]


def test_a_speaker_called_by_a_title_pointed_back_at_is_the_person_named_with_it():
    doc = analyze("Ketua MPR RI Zulkifli Hasan menemui warga. Ia didampingi Sekjen MPR Ma'ruf Cahyono.\n\n"
                  "\"Kita tidak setuju,\" terang Ketua MPR RI tersebut.")
    (quote,) = doc.quotes
    assert quote["speaker"]["refers_to"]["text"] == "Zulkifli Hasan"  # not the MPR, not the last person named
