"""Time expressions and their values, resolved against the publication date."""
import pytest
from conftest import NUSADAILY, SHARED, needs_shared, run_warta

from warta.pipeline import analyze
from warta.times import time_expressions

TUESDAY = "2023-09-05T14:31:00+07:00"


def values(sentence: str, published: str | None = TUESDAY) -> list[tuple]:
    return [(t["text"], t["type"], t["value"], t["mod"]) for t in time_expressions(sentence, published)]


@pytest.mark.parametrize("sentence, expected", [
    ("Forum itu dijadwalkan berlangsung pada 10-13 September.",
     [("10-13 September", "DATE", "2023-09-10/2023-09-13", None)]),
    ("Kim akan tiba Rabu pagi.", [("Rabu pagi", "TIME", "2023-09-06TMO", None)]),  # future: the next Wednesday
    ("Pada Rabu, polisi telah menangkap dua orang.", [("Rabu", "DATE", "2023-08-30", None)]),  # past: the last one
    ("Jumat pekan lalu ia ditangkap.", [("Jumat pekan lalu", "DATE", "2023-08-25", None)]),
    ("Rapat digelar Selasa (5/9/2023) pukul 14.30 WIB.",
     [("Selasa (5/9/2023)", "DATE", "2023-09-05", None), ("pukul 14.30 WIB", "TIME", "2023-09-05T14:30+07:00", None)]),
    ("Ia bebas tiga tahun lalu dan kembali dua pekan ke depan.",
     [("tiga tahun lalu", "DATE", "2020", None), ("dua pekan ke depan", "DATE", "2023-09-05/2023-09-19", None)]),
    ("Sidang digelar setiap Kamis sejak 2019.",
     [("setiap Kamis", "SET", "XXXX-WXX-4", None), ("2019", "DATE", "2019", None)]),
    ("Kemarin, besok dan lusa.", [("Kemarin", "DATE", "2023-09-04", None), ("besok", "DATE", "2023-09-06", None),
                                  ("lusa", "DATE", "2023-09-07", None)]),
    ("Harga naik pada awal tahun ini dan pertengahan Juni.",
     [("awal tahun ini", "DATE", "2023", "START"), ("pertengahan Juni", "DATE", "2023-06", "MID")]),
    ("Pada 5 Sept 2023 dan 17/08/2022.", [("5 Sept 2023", "DATE", "2023-09-05", None),
                                          ("17/08/2022", "DATE", "2022-08-17", None)]),
    ("pekan depan dan akhir pekan ini", [("pekan depan", "DATE", "2023-W37", None),
                                         ("akhir pekan ini", "DATE", "2023-W36-WE", None)]),
    ("selama belasan tahun", [("belasan tahun", "DURATION", "PXY", "APPROX")]),
    ("Minggu (10/9) dan dua minggu", [("Minggu (10/9)", "DATE", "2023-09-10", None),
                                      ("dua minggu", "DURATION", "P2W", None)]),
    ("Harga naik antara Juli dan Agustus, lalu pada Juli dan September.",
     [("antara Juli dan Agustus", "DATE", "2023-07/2023-08", None), ("Juli", "DATE", "2023-07", None),
      ("September", "DATE", "2023-09", None)]),
    ("pukul 07.00 WITA", [("pukul 07.00 WITA", "TIME", "2023-09-05T07:00+08:00", None)]),
    ("Jatuh sekitar pukul 15.10 waktu setempat.",  # local time somewhere else: no zone
     [("sekitar pukul 15.10 waktu setempat", "TIME", "2023-09-05T15:10", "APPROX")]),
    ("Ia ditangkap Senin (28/8). Dua hari kemudian ia bebas, dan malam itu berpesta.",  # a narrative date
     [("Senin (28/8)", "DATE", "2023-08-28", None), ("Dua hari kemudian", "DATE", "2023-08-30", None),
      ("malam itu", "TIME", "2023-08-30TNI", None)]),
    ("Laba kuartal ketiga 2022 dan semester II tahun ini naik.",
     [("kuartal ketiga 2022", "DATE", "2022-Q3", None), ("semester II tahun ini", "DATE", "2023-H2", None)]),
    ("Mereka bertemu seminggu sekali selama berbulan-bulan.",
     [("seminggu sekali", "SET", "P1W", None), ("berbulan-bulan", "DURATION", "PXM", "APPROX")]),
    ("Lebaran tahun lalu, 8 hingga 10 November kemarin.",
     [("Lebaran tahun lalu", "DATE", "2022-05-02", None),
      ("8 hingga 10 November kemarin", "DATE", "2022-11-08/2022-11-10", None)]),
])
def test_values(sentence, expected):
    assert values(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Ia merayakan ulang tahun ke-70 dan berusia 70 tahun.",
    "Jaraknya 2.400 kilometer dan ada 2000 orang di sana.",
])
def test_not_time_expressions(sentence):
    assert values(sentence) == []


def test_without_a_publication_date_relative_values_stay_open():
    assert values("bulan ini dan April 2022", published=None) == [
        ("bulan ini", "DATE", None, None), ("April 2022", "DATE", "2022-04", None)]


@needs_shared
def test_reference_article_times():
    doc = analyze(NUSADAILY.read_bytes(), source=str(NUSADAILY)).to_dict()
    got = {(t["text"], t["value"], t["mod"]) for t in doc["times"]}
    for expected in [("bulan ini", "2023-09", None), ("10-13 September", "2023-09-10/2023-09-13", None),
                     ("Rabu", "2023-08-30", None), ("akhir Agustus", "2023-08", "END"), ("April 2022", "2022-04", None),
                     ("tahun 2016", "2016", None), ("Juli", "2023-07", None), ("sekitar 10 hari", "P10D", "APPROX"),
                     ("tahun 1991", "1991", None)]:
        assert expected in got, expected
    assert not any("70" in t["text"] for t in doc["times"])  # `ulang tahun ke-70` is not a date
    for t in doc["times"]:
        assert doc["text"][t["start"]:t["end"]] == t["text"]
        assert t["anchor"] in (None, "2023-09-05")


@needs_shared
def test_eval_times_reports_dev_and_held_out():
    result = run_warta("eval", "times", "--data", SHARED / "data")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    held_out = out.split("warta, IndoSum held-out")[1].splitlines()[1]
    assert float(held_out.split("lenient f1")[1].split()[0]) >= 0.85
    assert float(held_out.split("value acc (strict)")[1].split()[0]) >= 0.9
    assert "NER-UGM" in out


def test_the_first_day_a_value_covers():
    from warta.times.resolve import first_day

    assert [str(first_day(v)) for v in ("2017-W31", "2017-06", "2017-Q3", "2017-06-25T10:00")] == [
        "2017-07-31", "2017-06-01", "2017-07-01", "2017-06-25"]
    assert first_day("XXXX-WXX-1") is None and first_day("PAST_REF") is None
