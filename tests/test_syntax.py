"""The shipped syntax model on real Indonesian sentences: POS, lemmas, heads, relations, noun chunks."""
import pytest
from conftest import UD, needs_shared, run_warta

import warta
from warta.pipeline import Pipeline
from warta.syntax import noun_chunks
from warta.syntax.lemmas import combine_lemma, stem


@pytest.fixture(scope="module")
def doc():
    return warta.analyze("Judul Berita\n\nPada Rabu, Gedung Putih memperingatkan bahwa Putin dan Kim telah bertukar "
                         "surat membahas kemungkinan kesepakatan senjata. Rusia dikabarkan tengah mencari lebih banyak "
                         "persenjataan untuk perangnya di Ukraina.")


def tok(doc, text, nth=0):
    return [t for t in doc.tokens if t.text == text][nth]


def head_of(doc, token):
    return doc.tokens[token.head]


def test_main_clause(doc):
    verb = tok(doc, "memperingatkan")
    assert (verb.pos, verb.dep, verb.lemma) == ("VERB", "root", "ingat")
    assert doc.tokens[verb.head] is verb  # the root points to itself
    subject = tok(doc, "Gedung")
    assert subject.dep == "nsubj" and head_of(doc, subject) is verb
    assert head_of(doc, tok(doc, "Putih")) is subject


def test_clausal_complement(doc):
    verb, main = tok(doc, "bertukar"), tok(doc, "memperingatkan")
    assert verb.dep == "ccomp" and head_of(doc, verb) is main and verb.lemma == "tukar"
    putin = tok(doc, "Putin")
    assert putin.dep == "nsubj" and head_of(doc, putin) is verb
    assert tok(doc, "Kim").dep == "conj" and head_of(doc, tok(doc, "Kim")) is putin
    assert tok(doc, "surat").dep == "obj"


def test_passive_and_lemmas(doc):
    verb = tok(doc, "dikabarkan")
    assert (verb.lemma, verb.morph, verb.dep) == ("kabar", "Voice=Pass", "root")
    assert tok(doc, "Rusia").dep == "nsubj:pass"
    assert tok(doc, "persenjataan").lemma == "senjata"
    assert tok(doc, "Ukraina").pos == "PROPN"


def test_heads_stay_in_their_sentence(doc):
    for s in doc.sentences:
        inside = [i for i, t in enumerate(doc.tokens) if s.start <= t.start < s.end]
        assert all(doc.tokens[i].head in inside for i in inside)
        assert sum(doc.tokens[i].dep == "root" for i in inside) >= 1


def test_noun_chunks(doc):
    chunks = [c.text for c in noun_chunks(doc)]
    assert "Gedung Putih" in chunks and "Putin dan Kim" in chunks
    for c in noun_chunks(doc):
        assert doc.text[c.start:c.end] == c.text
    bare = warta.analyze("Judul\n\nIsi berita.", pipeline=Pipeline(["tokens", "sentences"]))
    with pytest.raises(ValueError, match="needs the syntax layer"):
        noun_chunks(bare)


@pytest.mark.parametrize("word, pos, lemma", [
    ("mendesak", "VERB", "desak"), ("dikabarkan", "VERB", "kabar"), ("persenjataan", "NOUN", "senjata"),
    ("negara-negara", "NOUN", "negara"), ("Jakarta", "PROPN", "Jakarta"), ("2.400", "NUM", "2.400"),
])
def test_stemmer(word, pos, lemma):
    assert stem(word, pos) == lemma


def test_stemmer_is_a_backoff_only():
    assert combine_lemma("sebesar", "ADP", "sebesar") == "sebesar"  # closed class: the model decides
    assert combine_lemma("penyelundupan", "NOUN", "penyelundupan") == "selundup"  # unseen, unchanged
    assert combine_lemma("Keuangan", "PROPN", "Keuangan") == "Keuangan"


def test_malay_article_skips_syntax():
    doc = warta.analyze("Berita\n\nKerajaan Malaysia akan memperkenalkan dasar baharu bagi membantu golongan "
                        "berpendapatan rendah, kata Perdana Menteri hari ini.")
    assert "syntax" not in doc.components and doc.tokens[0].pos is None
    assert "skipped syntax: it reads Indonesian only" in doc.warnings


@needs_shared
def test_eval_syntax_meets_the_aims():
    result = run_warta("eval", "syntax", "--data", UD)
    assert result.returncode == 0, result.stderr
    rows = {line.split("|")[1].strip(): line.split("|")[2:] for line in result.stdout.decode().splitlines()
            if line.startswith("| id_")}
    csui = [float(x) for x in rows["id_csui-ud-test.conllu"][1:6]]
    upos, feats, lemma, uas, las = csui
    assert upos >= 0.93 and lemma >= 0.95 and las >= 0.75 and uas >= 0.78


def test_training_says_which_text_its_word_vectors_need(tmp_path):
    (tmp_path / "ud-indonesian").mkdir()
    result = run_warta("train", "syntax", "--data", tmp_path / "ud-indonesian", "--output", tmp_path / "model")
    assert result.returncode != 0 and not (tmp_path / "model").exists()
    assert "indosum-dev-union-minus-holdout.jsonl" in result.stderr.decode() and b"Traceback" not in result.stderr
