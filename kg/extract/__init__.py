"""Rule-based extraction of security-news facts (treaties, leader roles, strikes, arms transfers).

`extract_article(article)` turns an article dict (``id``, ``title``, ``published``, ``text`` …)
into an article record in the format of docs/design.md: plain dicts, every fact with the sentence
it came from (exact quote and character offsets), a confidence and the extractor's name/version.

Modules, one concern each:

* ``textinput``  – read .txt / .html / .json files into article dicts
* ``sentences``  – sentence splitting with character offsets
* ``numbers``    – number words, hedged counts ("at least four")
* ``dates``      – absolute and relative dates resolved against the publication date
* ``entities``   – gazetteer-driven mention finding (spaCy PhraseMatcher) + unknown names
* ``roles`` / ``treaties`` / ``strikes`` / ``transfers`` – one rule module per fact kind
* ``records``    – merging facts per article and building records / gold-shaped facts
* ``evaluate``   – scoring against gold files (``kg eval``)
"""

EXTRACTOR = "kg-rules"
VERSION = "0.1.0"

__all__ = ["EXTRACTOR", "VERSION", "extract_article", "extract_text", "record_to_gold_facts"]


def __getattr__(name):  # lazy: importing kg.extract must not load spaCy
    if name in ("extract_article", "extract_text", "record_to_gold_facts"):
        from kg.extract import records

        return getattr(records, name)
    raise AttributeError(name)
