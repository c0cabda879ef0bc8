"""Offices as concepts: the many titles articles give an office, mapped to the concepts of the
`office` scheme (ontology/concepts.ttl), so "defence minister", "secretary of defense" and
"defence secretary" are one thing to a query (`kg:officeKind office:defence-minister`) while
`kg:office` keeps the article's own wording.

The titles are also the concepts' `skos:altLabel`s in concepts.ttl (a test keeps both in step).
"""

from __future__ import annotations

import re
import unicodedata

#: office concept slug -> the titles that name it (folded comparison: case, accents, punctuation)
OFFICE_TITLES: dict[str, tuple[str, ...]] = {
    "head-of-state": ("president", "king", "queen", "emir", "supreme leader", "monarch",
                      "head of state", "chairman of the state affairs commission",
                      "general secretary", "sultan", "grand duke", "prince"),
    "head-of-government": ("prime minister", "chancellor", "premier", "taoiseach",
                           "head of government", "president of the government",
                           "chairman of the presidential council", "prime minister and president"),
    "deputy-head-of-government": ("deputy prime minister", "first deputy prime minister",
                                  "vice premier", "vice chancellor", "deputy chancellor"),
    "vice-president": ("vice president", "first vice president"),
    "foreign-minister": ("foreign minister", "minister of foreign affairs", "foreign secretary",
                         "secretary of state", "minister for foreign affairs",
                         "minister for europe and foreign affairs", "external affairs minister",
                         "minister of external affairs"),
    "defence-minister": ("defence minister", "defense minister", "minister of defence",
                         "minister of defense", "defence secretary", "defense secretary",
                         "secretary of defense", "secretary of state for defence",
                         "minister of national defence", "minister of national defense",
                         "secretary of war", "minister for the armed forces",
                         "minister of the armed forces"),
    "interior-minister": ("interior minister", "minister of internal affairs",
                          "minister of the interior", "home secretary", "interior secretary"),
    "finance-minister": ("finance minister", "minister of finance", "chancellor of the exchequer",
                         "treasury secretary", "secretary of the treasury"),
    "chief-of-defence": ("chief of the general staff", "chief of general staff",
                         "chief of defence staff", "chief of the defence staff",
                         "chairman of the joint chiefs of staff", "commander in chief of the armed forces"),
    "national-security-adviser": ("national security adviser", "national security advisor",
                                  "secretary of the security council"),
}

OFFICE_LABELS: dict[str, str] = {
    "head-of-state": "head of state",
    "head-of-government": "head of government",
    "deputy-head-of-government": "deputy head of government",
    "vice-president": "vice president",
    "foreign-minister": "foreign minister",
    "defence-minister": "defence minister",
    "interior-minister": "interior minister",
    "finance-minister": "finance minister",
    "chief-of-defence": "chief of defence",
    "national-security-adviser": "national security adviser",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’‘`´'.]", "", text)
    return re.sub(r"^the ", "", re.sub(r"[^0-9a-z]+", " ", text).strip())


_INDEX = {_fold(title): slug for slug, titles in OFFICE_TITLES.items() for title in titles}


def office_kind(title: str) -> str | None:
    """The office concept slug of a title (`'Secretary of Defense'` -> `'defence-minister'`),
    or None when the title is not one kg knows (then only the wording is stored)."""
    folded = _fold(title)
    if folded in _INDEX:
        return _INDEX[folded]
    slug = folded.replace(" ", "-")
    return slug if slug in OFFICE_TITLES else None


__all__ = ["OFFICE_LABELS", "OFFICE_TITLES", "office_kind"]
