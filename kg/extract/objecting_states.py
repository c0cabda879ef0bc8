"""A state that objects to a transfer is no second recipient: "approved the possible sale of
Abrams tanks to Poland, and Russia warned of consequences", "delivered howitzers to Armenia and
Azerbaijan protested".

The recipient list after "to" reads "X and Y" as two recipients; a member followed by a verb of
objection or speech starts a clause of its own. Only those verbs right after the name (with an
auxiliary or adverb between) end the list.
"""

from __future__ import annotations

import re

_OBJECTS = re.compile(
    r"\s+(?:(?:has|have|had|also|quickly|swiftly|immediately|promptly|angrily|strongly|"
    r"sharply|then|later)\s+){0,2}(?:warn|object|protest|condemn|criticis|criticiz|oppos|denounc|"
    r"complain|reject|slam|threaten|summon|lodg|vow|accus|said\b|says\b|called\b|calls\b|"
    r"responded|reacted|voiced|expressed|decried|blasted|hit\s+out)", re.I)


def starts_objection(text: str, pos: int) -> bool:
    """Whether the actor ending at ``pos`` is the subject of an objection or statement."""
    return _OBJECTS.match(text, pos) is not None


# the stricter test of who objects (a state that only "said" something may well be the
# recipient: "The US delivered 31 tanks. Ukraine said they would go to the front")
_AUX = (r"\s+(?:(?:has|have|had|also|quickly|swiftly|immediately|promptly|angrily|strongly|"
        r"sharply|then|later|firmly)\s+){0,2}")
# (the object must be the deal: "Ukraine warned that more were needed" objects to nothing;
# "China, which claims the island, objected": a relative clause between)
_PROTESTS = re.compile(
    rf"(?:\s*,\s*(?:which|who)\b[^,;.]{{1,60}},)?{_AUX}"
    r"(?:(?:warn|object|protest|condemn|criticis|criticiz|denounc|complain|slam|threaten|"
    r"decried|blasted|hit\s+out|vow)\w*[^.;]{0,50}?\b(?:sales?|deal|transfer|approval|"
    r"decision|move|package|contract|shipments?|deliveries|arming)\b|(?:objected|protested)"
    r"(?=\s*(?:[,.;]|$|within\b|on\b|immediately\b|angrily\b))|(?:said|says)\b[^.;]{0,60}?"
    r"\b(?:threat|destabili|provocat|violat|sovereignty|escalat|firmly\s+oppos|"
    r"oppos(?:es|ed))"
    # "Russia warned that the jets would be shot down": a threat against the weapons pledged
    # (round 21; a hostile word is needed: "Ukraine warned that the missiles were too few" is
    # the recipient speaking)
    r"|warn\w*[^.;]{0,40}?\b(?:the|these|those|such|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:jets|aircraft|planes|warplanes|fighters|F-\d+s|tanks|missiles|weapons|systems|"
    r"drones|howitzers|arms)\b[^.;]{0,60}?\b(?:shot\s+down|destroy|target|burn|escalat|"
    r"threat|provocat|retaliat|consequences)\w*)", re.I)


def objectors(text: str, actors) -> set[str]:
    """The states a sentence has objecting to something ("China objected", "Algeria condemned
    the deal", "Beijing said the sale violated its sovereignty")."""
    return {a.key for a in actors if a.key and a.key.startswith("state/") and not a.person
            and _PROTESTS.match(text, a.end)}


def drop_objecting_recipients(facts: list, by_sentence: dict[int, set[str]]) -> None:
    """A recipient taken from context (none named in the fact's sentence) that objects in that
    sentence or the next is no recipient: "The US approved the possible sale of 36 F-15 jets.
    Iran said the sale would destabilise the region" (in place: the recipient is emptied)."""
    for f in facts:
        if not f.get("_untold_recipient") or not f.get("recipient"):
            continue
        near = by_sentence.get(f["_sent"], set()) | by_sentence.get(f["_sent"] + 1, set())
        if f["recipient"] in near:
            f["recipient"] = None
