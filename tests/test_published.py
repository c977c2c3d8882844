"""Publication times in the formats Indonesian sites print, with zones and the WIB assumption."""
import pytest

from warta.reader.published import find_published, is_dateline_only


@pytest.mark.parametrize("printed, value, assumed", [
    ("Selasa, 5 September 2023 14:31 WIB", "2023-09-05T14:31:00+07:00", None),
    ("05/09/2023, 14:31 WIB", "2023-09-05T14:31:00+07:00", None),
    ("5 Sep 2023 | 14.31 WIB", "2023-09-05T14:31:00+07:00", None),
    ("Sep 5, 2023 - 14:31", "2023-09-05T14:31:00+07:00", "WIB"),
    ("Kamis, 7 Des 2023 08:05 WITA", "2023-12-07T08:05:00+08:00", None),
    ("Jumat, 1 Maret 2024 - 19.00 WIT", "2024-03-01T19:00:00+09:00", None),
    ("Rabu, 06 Agt 2023 pukul 7.15 WIB", "2023-08-06T07:15:00+07:00", None),
    ("2023-09-05T07:31:00Z", "2023-09-05T07:31:00+00:00", None),
    ("2023-09-05T14:31:00+07:00", "2023-09-05T14:31:00+07:00", None),
    ("2023-09-05 14:31", "2023-09-05T14:31:00+07:00", "WIB"),
    ("September 5, 2023 2:31 PM GMT+7", "2023-09-05T14:31:00+07:00", None),
    ("5 Nopember 2023", "2023-11-05", None),
    ("Diperbarui 17 Agustus 2023, 10:00 WIB", "2023-08-17T10:00:00+07:00", None),
])
def test_formats(printed, value, assumed):
    found = find_published(printed)
    assert (found.value, found.assumed_zone) == (value, assumed)


@pytest.mark.parametrize("text", ["31/02/2023", "Rabu pagi", "pukul 14.30 WIB", ""])
def test_not_a_date(text):
    assert find_published(text) is None


def test_date_line_is_told_from_prose():
    assert is_dateline_only("Sep 5, 2023 - 14:31")
    assert is_dateline_only("Kompas.com - 05/09/2023, 14:31 WIB")
    assert not is_dateline_only("Pada 5 September 2023 pemerintah menaikkan harga bahan bakar.")
