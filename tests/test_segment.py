"""Tokens and sentences on the hard cases of Indonesian news."""
import pytest
from conftest import NUSADAILY, needs_shared

import warta
from warta.pipeline import Pipeline
from warta.segment import tokenize


def words(text):
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize("text", ["Kim Jong-un", "ke-70", "10-13", "baru-baru", "negara-negara", "2.400", "3,5",
                                  "Dr.", "Prof.", "Jl.", "No.", "dll.", "F.", "(6/9)", "05/09/2023"])
def test_kept_whole(text):
    expected = {"Kim Jong-un": ["Kim", "Jong-un"], "(6/9)": ["(", "6/9", ")"]}.get(text, [text])
    assert words(text) == expected


def test_punctuation_is_split():
    assert words("“Kami siap,” kata AS.") == ["“", "Kami", "siap", ",", "”", "kata", "AS", "."]
    assert words("Jakarta—Bandung") == ["Jakarta", "—", "Bandung"]


def sentences(body):
    doc = warta.analyze(f"Judul Berita\n\n{body}")
    return [s.text for s in doc.sentences[1:]]


def test_initials_titles_and_abbreviations():
    assert sentences("Juru bicara John F. Kirby tiba. Dr. Budi dan Prof. Ani hadir di Jl. Sudirman No. 5.") == [
        "Juru bicara John F. Kirby tiba.", "Dr. Budi dan Prof. Ani hadir di Jl. Sudirman No. 5."]


def test_lower_case_after_a_period_continues():
    assert sentences("Kami mendesak DPR. untuk menghentikan negosiasi.") == [
        "Kami mendesak DPR. untuk menghentikan negosiasi."]


def test_abbreviation_can_end_a_sentence():
    assert sentences("Ia membeli beras, gula, dll. Harga naik tajam.") == [
        "Ia membeli beras, gula, dll.", "Harga naik tajam."]


def test_quotes():
    body = ("“Kami siap. Semua petugas berjaga,” kata Ani. “Apakah air naik?” tanya warga. "
            "Ia berkata, \"Tenang saja.\" Warga pulang.")
    assert sentences(body) == ["“Kami siap.", "Semua petugas berjaga,” kata Ani.", "“Apakah air naik?” tanya warga.",
                               "Ia berkata, \"Tenang saja.\"", "Warga pulang."]


def test_company_suffix_before_a_bracket_continues():
    assert sentences("Saham PT HM Sampoerna Tbk. (HMSP) naik 3,5 persen. Investor lega.") == [
        "Saham PT HM Sampoerna Tbk. (HMSP) naik 3,5 persen.", "Investor lega."]


def test_sentences_never_cross_paragraphs():
    doc = warta.analyze("Judul Berita\n\nParagraf pertama tanpa titik\n\nParagraf kedua.")
    assert [s.text for s in doc.sentences] == ["Judul Berita", "Paragraf pertama tanpa titik", "Paragraf kedua."]
    assert [s.paragraph for s in doc.sentences] == [0, 1, 2]


@needs_shared
def test_nusadaily_sentences_and_offsets():
    doc = warta.analyze(NUSADAILY.read_bytes())
    texts = [s.text for s in doc.sentences]
    assert "Juru bicara Gedung Putih, John F. Kirby mengatakan, “pembicaraan tingkat tinggi mengenai kerja sama " \
           "militer antara kedua negara berkembang secara aktif.”" in texts
    assert any(t.startswith("“Kami mendesak DPR. untuk menghentikan") for t in texts)
    assert "Di kota itu dia akan bertemu dengan Putin." in texts
    for s in doc.sentences:
        assert doc.text[s.start:s.end] == s.text
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text and not t.text.isspace()


def test_components_run_alone_and_check_their_needs():
    doc = warta.analyze("Judul Berita\n\nParagraf pertama. Kalimat kedua.", pipeline=Pipeline(["tokens"]))
    assert doc.tokens and not doc.sentences and doc.components == ["tokens"] and doc.language is None
    with pytest.raises(ValueError, match="needs tokens"):
        Pipeline(["sentences"])
    with pytest.raises(ValueError, match="unknown component"):
        Pipeline(["tokens", "parser"])
