"""kg.wellformed's text rule takes a shortcut for printable ASCII (most literals of a load); the
shortcut must say what the character-by-character rule says."""

from __future__ import annotations

import unicodedata

import pytest

from kg.wellformed import _BIDI_CONTROLS, _INVISIBLE_CATEGORIES, text_problem


def by_character(text: str) -> str | None:
    """The rule for display text, one character at a time (no shortcut)."""
    if "\x00" in text:
        return "holds a NUL character (U+0000)"
    for ch in text:
        if unicodedata.category(ch) == "Cc":
            return f"holds a control character (U+{ord(ch):04X})"
    bidi = _BIDI_CONTROLS.search(text)
    if bidi:
        return (f"holds a bidirectional override, embedding or isolate control "
                f"(U+{ord(bidi.group()):04X}), which can make text display reversed")
    if not any(unicodedata.category(ch) not in _INVISIBLE_CATEGORIES for ch in text):
        return "has no visible character (only spaces, zero-width or formatting characters)"
    return None


ASCII_TEXTS = ["", " ", "   ", "Kyiv", " Kyiv ", "a b", "~", "Kyiv\t", "\tKyiv", "Kyiv\n",
               "Kyiv\x7f", "Kyiv\x07", "\x1b[31m", " \x0b ", "\x00"] + \
              [chr(c) for c in range(128)] + [" " + chr(c) + " " for c in range(128)]


@pytest.mark.parametrize("text", ASCII_TEXTS)
def test_printable_ascii_shortcut_agrees_with_the_rule(text):
    assert text_problem(text, display=True) == by_character(text)


@pytest.mark.parametrize("text", ["Kyïv", "\u200b", "\u202eabc", "Kyiv\u00a0", "\u00a0"])
def test_other_text_takes_the_rule(text):
    assert text_problem(text, display=True) == by_character(text)


# Well- and ill-formed lexical forms of every datatype kg checks that a store keeps (Oxigraph
# stores the derived integer types, xsd:byte and the like, as xsd:integer).
LEXICAL_FORMS = {
    "integer": ["1", "x1", " 2", "+3", "1.5"], "decimal": ["1.5", "1.5x", "1e3"],
    "double": ["1e3", "NaN", "INF", "abc", "1.0.0"], "float": ["1.5", "x"],
    "boolean": ["true", "1", "yes", "TRUE"],
    "date": ["2024-02-27", "2024-02-30", "2024-2-1", "2024-02-27Z", "-0044-03-15"],
    "dateTime": ["2024-02-27T10:00:00", "2024-02-27T25:00:00", "2024-02-27"],
    "time": ["10:00:00", "25:00:00"], "duration": ["P1D", "1D", "PT"],
    "dayTimeDuration": ["P1D", "P1Y"], "yearMonthDuration": ["P1Y", "P1D"],
    "gYear": ["2024", "24", "2024-01"], "gYearMonth": ["2024-01", "2024-13"],
    "gMonthDay": ["--01-31", "--02-30", "--13-01"], "gDay": ["---31", "---32"],
    "gMonth": ["--12", "--13"],
}


def test_the_engine_picks_out_every_ill_formed_literal_the_rule_finds():
    """A chunk's literals are judged in Python only where the engine's candidates query picks
    them out (kg.wellformed.store_literal_results): for every checked datatype a store keeps,
    it must pick out each literal the rule itself rejects, well-formed ones of that type beside
    them."""
    import pyoxigraph as ox

    from kg.wellformed import CHECKED_DATATYPES, literal_results, store_literal_results

    xsd = "http://www.w3.org/2001/XMLSchema#"
    assert {xsd + t for t in LEXICAL_FORMS} <= CHECKED_DATATYPES
    graph = ox.NamedNode("urn:kg:test:chunk")
    quads = [ox.Quad(ox.NamedNode(f"http://e/{t}/{i}"), ox.NamedNode("http://e/p"),
                     ox.Literal(form, datatype=ox.NamedNode(xsd + t)), graph)
             for t, forms in LEXICAL_FORMS.items() for i, form in enumerate(forms)]
    store = ox.Store()
    store.extend(quads)

    def found(problems):
        return {(p.focus, p.path, p.value, p.component, p.message) for p in problems}

    expected = found(literal_results(quads))
    assert {focus.split("/")[3] for focus, *_ in expected} == set(LEXICAL_FORMS), \
        "every datatype has an ill-formed form here"
    assert found(store_literal_results(store, [graph])) == expected
