"""A "he" or "she" who speaks of an attack, or comes and goes around it, is not its attacker
(round 28).

"Polish Foreign Minister Radoslaw Sikorski was in Kyiv on Tuesday. He said a missile had struck a
hospital in Kherson"; "German Chancellor Friedrich Merz arrived in Kyiv. Shortly before he
arrived, drones hit an energy facility in Odesa". The pronoun resolves to the person named
before, and the strike rules take that person's state as the side of the attack: the nationality
of the previous sentence's source carried over to an attack told without a side.

Kept narrow: the sentence before tells the person visiting the country hit ("visited Kyiv",
"arrived in Beirut", "was in Kyiv": a visitor, not a belligerent; "Putin addressed the Security
Council. He said missiles had hit military targets in Kyiv" stays Russia's); the pronoun opens
the sentence as the speaker of "said|says|added|told ..." (not followed by "his|its|our|we|
they" or "the army", which may claim the attack), or it is the subject of an opening time
clause ("Hours after he left, ...", "As she landed, ..."); the state is named in the sentence by
nothing but the pronoun, and it is not the country hit. The attacker is then asked again of the
article's discourse, which may name another side or none.
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# "he" or "she" as a word: found by its "e" and looked back from there (re scans for a leading
# letter quickly but tries a leading \b at every character: ~8 times slower over an article;
# only whether there is one counts)
_CUE = re.compile(r"e\b(?:(?<=\b[Hh]e)|(?<=\b[Ss]he))")
# "He said a missile had struck ...", "She told reporters on Tuesday that drones hit ..."
_SPEAKER = re.compile(
    r"^\W*(?:He|She)\s+(?:also\s+)?(?:said|says|added|told\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:\s*(?:late\s+)?on\s+[A-Z]\w+)?,?\s+(?:that\s+)?"
    r"(?!(?:his|her|its|their|our|we|they|it|he|she|the\s+(?:army|military|air\s+force|navy)|"
    r"troops|forces)\b)")
# "Sikorski was in Kyiv", "Merz arrived in Kyiv", "Nawrocki visited Kyiv": a visitor
_VISIT = re.compile(r"\b(?:visited|toured|(?:arrived|landed|was|were|stopped)\s+in|"
                    r"travel(?:l)?ed\s+to|flew\s+(?:in)?to|was\s+visiting)\s+(?:the\s+)?$")
# "Hours after he left, ...", "Shortly before she arrived, ...", "As he landed, ..."
_TIME_CLAUSE = re.compile(
    r"^\W*(?:[A-Za-z]+\s+){0,2}?(?:after|before|as|when|while|once|until)\s+(?:he|she)\s+"
    r"[a-z]+\b[^,;]{0,60},", re.I)


def _visited(view: Any, hit: str | None, state_of: Any) -> bool:
    """Whether the sentence tells someone visiting a place of the country hit."""
    return hit is not None and any(
        (m.place() and state_of(m.place()) == hit or m.state() == hit and not m.is_demonym)
        and _VISIT.search(view.text[max(0, m.start - 30):m.start]) for m in view.mentions)


def pronoun_speakers(strikes: list[Strike], views: list[Any], disc: Any, text: str,
                     state_of: Any) -> None:
    """Take the pronoun's state off a strike it does not tell (see the module's doc)."""
    if _CUE.search(text) is None:
        return
    for s in strikes:
        who, i = s.get("attacker"), s["_sent"]
        if not who or not who.startswith("state/") or who == s.get("target_country") \
                or not 0 < i < len(views):
            continue
        view = views[i]
        if any(m.state() == who for m in view.mentions):
            continue
        if not (_SPEAKER.match(view.text) or _TIME_CLAUSE.match(view.text)):
            continue
        if not _visited(views[i - 1], s.get("target_country"), state_of):
            continue
        s["attacker"] = None
        s["attacker"] = disc.attacker_for(s)
