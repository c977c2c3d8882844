"""Sentence-boundary F1 on the UD Indonesian test treebanks (needs ../shared)."""

from conftest import UD, needs_shared, run_warta

from warta.segment.evaluate import evaluate_sentences, format_report


@needs_shared
def test_boundary_f1_on_ud_test_files():
    results = {r["file"]: r for r in evaluate_sentences(UD)}
    assert results["all (micro)"]["warta"]["f1"] >= 0.95
    assert results["id_csui-ud-test.conllu"]["warta"]["f1"] >= 0.95
    assert results["id_pud-ud-test.conllu"]["warta"]["f1"] >= 0.95
    assert results["all (micro)"]["warta"]["f1"] > results["all (micro)"]["spacy_sentencizer"]["f1"]
    assert "| all (micro) | 1931 |" in format_report(list(results.values()))


def test_eval_without_data_says_where_it_lives(tmp_path):
    result = run_warta("eval", "segment", "--data", tmp_path / "absent")
    assert result.returncode == 1 and b"no such folder" in result.stderr
