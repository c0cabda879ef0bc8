"""Input handling and robustness: empty, binary, non-UTF-8, huge and fact-free texts."""

from __future__ import annotations

import json
import time

import pytest

from kg.extract.dates import find_dates, parse_date_line, parse_iso  # noqa: E402
from kg.extract.numbers import find_count, parse_number  # noqa: E402
from kg.extract.records import extract_text  # noqa: E402
from kg.extract.sentences import split_sentences  # noqa: E402
from kg.extract.textinput import ExtractInputError, decode_bytes, read_articles  # noqa: E402

# ----------------------------------------------------------------------------- sentences

def test_sentences_survive_abbreviations_and_quotes():
    text = ("Mr Smith met Gen. Jones in the U.S. capital on Sept. 10. “We agree,” he said. "
            "Then the talks ended.")
    got = [s.text for s in split_sentences(text)]
    assert got == ["Mr Smith met Gen. Jones in the U.S. capital on Sept. 10.",
                   "“We agree,” he said.", "Then the talks ended."]


def test_sentence_offsets_are_exact():
    text = "  First line here.\nSecond one! Third?  \n\nFourth."
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text


def test_quote_ending_sentence_splits_after_closing_quote():
    text = "He said it was “a new level.” The next day, talks resumed."
    assert len(split_sentences(text)) == 2


# ----------------------------------------------------------------------------- numbers, dates

@pytest.mark.parametrize("text,value", [("four", 4), ("twenty-one", 21), ("1,200", 1200),
                                        ("two hundred", 200), ("16", 16), ("a dozen", 12)])
def test_parse_number(text, value):
    assert parse_number(text) == value


def test_hedged_counts():
    assert find_count("at least four people") == 4
    assert find_count("more than 20 soldiers") == 20
    assert find_count("over 40 missiles") == 40


def test_relative_dates():
    pub = parse_iso("2024-03-15")  # Friday
    assert [d.value for d in find_dates("It happened on Friday.", pub)] == ["2024-03-15"]
    assert [d.value for d in find_dates("It happened on Monday.", pub)] == ["2024-03-11"]
    assert [d.value for d in find_dates("on the morning of 8 March", pub)] == ["2024-03-08"]
    assert [d.value for d in find_dates("In February, talks began.", pub)] == ["2024-02"]
    assert find_dates("earlier this week and last month", pub) == []
    # a day and month after publication is last year's
    assert [d.value for d in find_dates("on 20 December", pub)] == ["2023-12-20"]


def test_date_lines():
    assert parse_date_line("Tuesday, 5 March 2024, 10:00") == "2024-03-05"
    assert parse_date_line("Published 3rd June 2022, 09:12 BST") == "2022-06-03"
    assert parse_date_line("Russia and Iran sign a pact in January 2025 amid war") is None


# ----------------------------------------------------------------------------- inputs

def test_txt_headline_and_date_line(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Big headline\n2024-03-15\n\nBody text.", encoding="utf-8")
    (art,) = read_articles(p)
    assert art["title"] == "Big headline" and art["published"] == "2024-03-15"
    assert art["id"] == "a"


def test_json_article(tmp_path):
    p = tmp_path / "b.json"
    p.write_text(json.dumps({"title": "T", "text": "Body.", "url": "https://x.example/a",
                             "publisher": "P", "published": "2024-03-15T10:00:00Z"}))
    (art,) = read_articles(p)
    assert art["published"] == "2024-03-15" and art["url"] == "https://x.example/a"


def test_html_article(tmp_path):
    p = tmp_path / "c.html"
    body = " ".join(["Russia and Iran signed a strategic partnership treaty on Friday."] * 3)
    p.write_text(f"<html><head><title>Pact signed</title>"
                 f"<meta property='article:published_time' content='2024-03-15'></head>"
                 f"<body><nav>Menu Home About</nav><article><h1>Pact signed</h1><p>{body}</p>"
                 f"<p>{body}</p></article><footer>Copyright</footer></body></html>")
    (art,) = read_articles(p)
    assert "strategic partnership" in art["text"]
    assert art["published"] == "2024-03-15"


def test_binary_junk_is_refused(tmp_path):
    p = tmp_path / "junk.txt"
    p.write_bytes(bytes(range(256)) * 100)
    with pytest.raises(ExtractInputError, match="binary"):
        read_articles(p)


def test_non_utf8_bytes_decode():
    text = decode_bytes("Caf\xe9 in Kyiv \u2013 strike".encode("cp1252"))
    assert "Café" in text


def test_empty_text_gives_empty_record():
    rec = extract_text("", published="2024-03-15")
    assert rec["facts"] == []


def test_text_without_facts():
    rec = extract_text("Weather report\n\nIt will be sunny tomorrow with light winds.",
                       published="2024-03-15")
    assert rec["facts"] == []


@pytest.mark.slow
def test_ten_megabyte_text_finishes():
    sentence = ("Officials in the region discussed the harvest, the weather and road repairs "
                "on Tuesday while markets stayed calm. ")
    text = sentence * (10_000_000 // len(sentence))
    t0 = time.perf_counter()
    rec = extract_text(text, published="2024-03-15")
    assert time.perf_counter() - t0 < 300
    assert rec["facts"] == []


def test_one_long_line_without_punctuation():
    text = "word " * 200_000  # 1 MB, one line, no sentence ends
    rec = extract_text(text, published="2024-03-15")
    assert rec["facts"] == []
