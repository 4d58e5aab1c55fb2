"""Search normalisation of Hebrew names: final letters, niqqud, punctuation."""

from hypothesis import given
from hypothesis import strategies as st

from desktop.core.textsearch import name_tokens, normalize_name, prefix_upper_bound


def test_final_letters_fold_to_regular_forms():
    assert normalize_name("כהן") == normalize_name("כהנ")
    assert normalize_name("אברהם") == "אברהמ"
    assert normalize_name("ברוך יוסף חלוץ") == "ברוכ יוספ חלוצ"


def test_niqqud_is_ignored():
    assert normalize_name("כֹּהֵן") == normalize_name("כהן")
    assert normalize_name("שָׁלוֹם") == "שלומ"


def test_punctuation_geresh_and_hyphens():
    assert normalize_name("ג'ורג'") == "גורג"
    assert normalize_name("בן-דוד") == "בנ דוד"
    assert name_tokens("בן-דוד בן דוד") == ["בנ", "דוד"]
    assert normalize_name("  Smith,  JOHN ") == "smith john"


@given(st.text(alphabet="אבגדהוזחטיכךלמםנןסעפףצץקרשת '-", max_size=30))
def test_normalised_text_has_no_final_letters_and_is_stable(text):
    out = normalize_name(text)
    assert not set(out) & set("ךםןףץ")
    assert normalize_name(out) == out


@given(st.text(min_size=1, max_size=8), st.text(max_size=8))
def test_prefix_upper_bound_covers_every_extension(prefix, rest):
    assert prefix <= prefix + rest < prefix_upper_bound(prefix)
