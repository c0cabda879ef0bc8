"""Who struck, where a sentence names the side only indirectly (round 19).

Three narrow repairs of strikes the sentence rules already read, run once per article after the
report joins (kg.extract.records), each filling or correcting one slot from a strong textual cue:

- "An army drone strike killed five militants ..." in an article datelined in that country: the
  adjective is the state's own forces, so the attacker is the state hit (only for an empty
  attacker; "an army base was hit" is the victim's forces and never matches);
- "Nairobi said ... an air strike on its embassy in Juba": the state that speaks of "its" embassy
  (troops, base, ships) is the victim, not the attacker; a state that a following sentence blames ("Uganda and Ethiopia
  blamed Sudan") takes its place, else the attacker is left empty;
- "in Tabayin, west of Shwebo": the site is the place, the town after "west of" only locates it.
"""
from __future__ import annotations

import re
from typing import Any, Callable

from kg.link.folding import slugify

# "An army drone strike", "A military air strike", "A government air strike": the strike of the
# state's own forces
_OWN_FORCES_STRIKE = re.compile(
    r"\b(?:[Aa]n?|[Tt]he)\s+(?:army|military|government|air\s+force)\s+(?:drone\s+|air\s*|missile\s+|artillery\s+)?"
    r"(?:strikes?|airstrikes?|raids?)\b")

# "Nairobi said on Thursday that an air strike on its embassy", "Ankara said an air strike on
# its troops": the speaker's own people or mission hit
_OWN_MISSION = re.compile(
    r"\b(?:said|says|reported|announced)\b[^.;]{0,80}?\b(?:strikes?|airstrikes?|attacks?|raids?|"
    r"bombing|hit|struck)\s+(?:on\s+)?its\s+(?:(?:air|naval|military|army|diplomatic)\s+)?"
    r"(?:embassy|consulate|mission|compound|troops|soldiers|servicemen|forces|peacekeepers|"
    r"personnel|citizens|nationals|bases?|positions|convoy|ships?|vessels?|warships?|tankers?)\b")
_BLAMED = re.compile(r"\b(?:blamed|accused)\s+(?:the\s+)?")

# "in Tabayin, west of Shwebo": a site, then the town that locates it
_LOCATOR = re.compile(
    r"\bin\s+(?P<site>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:about\s+|some\s+)?"
    r"(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?(?:north|south|east|west)(?:-?(?:east|west))?"
    r"\s+of\s+(?P<ref>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")


def own_forces_attacker(strikes: list[dict[str, Any]], views: list[Any],
                        dateline_state: str | None) -> None:
    """The state hit is the attacker of a strike told as "an army/military strike" in an
    article datelined in that state (its own forces, not a neighbour's): for an empty attacker,
    and over one guessed from another sentence ("Al-Shabaab fighters attacked a base. On Monday
    an army drone strike killed twelve militants": not al-Shabaab; round 55)."""
    for s in strikes:
        if not s["target_country"] or s["target_country"] != dateline_state:
            continue
        if s["attacker"] is not None and any(m.side() == s["attacker"] for i in _sents(s)
                                             for m in views[i].mentions):
            continue  # a side the strike's own sentence names
        if any(_OWN_FORCES_STRIKE.search(views[i].text) for i in _sents(s)):
            s["attacker"] = s["target_country"]


def speaking_victim(strikes: list[dict[str, Any]], views: list[Any]) -> None:
    """A state that speaks of an attack on "its embassy" is not the attacker: the state a
    sentence after it blames is (within two sentences), else none."""
    for s in strikes:
        if s["attacker"] is None:
            continue
        told = [i for i in _sents(s) if _speaker_hit(views[i], s["attacker"], s.get("_place_text"))]
        if not told:
            continue
        s["attacker"] = _blamed_after(views, max(_sents(s)), s["attacker"])


def _speaker_hit(view: Any, state: str, place_text: str | None) -> bool:
    """The state speaks of an attack on its own people at the strike's place ("its embassy in
    Juba"; not "its positions" in a clause about another attack of the sentence)."""
    m = _OWN_MISSION.search(view.text)
    if m is None or not place_text or not re.match(
            rf"\s+(?:in|at|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?{re.escape(place_text)}\b",
            view.text[m.end():]):
        return False
    return any(x.state() == state and x.end <= m.start() for x in view.mentions)


def _blamed_after(views: list[Any], at: int, victim: str) -> str | None:
    for v in views[at + 1:at + 3]:
        for b in _BLAMED.finditer(v.text):
            # a state, or an armed group ("Cairo blamed the RSF", round 21)
            named = next((x for x in v.mentions if x.start == b.end() and x.side()), None)
            if named is not None and named.side() != victim:
                return named.side()
    return None


def located_site(strikes: list[dict[str, Any]], views: list[Any],
                 known: Callable[[str], Any]) -> list[dict[str, Any]]:
    """Move a strike placed at a reference town ("in Tabayin, west of Shwebo") to the site;
    returns the strikes moved to a place the gazetteer does not hold."""
    moved = []
    for s in strikes:
        text_of = s.get("_place_text")
        if not text_of:
            continue
        for i in _sents(s):
            loc = next((m for m in _LOCATOR.finditer(views[i].text) if m.group("ref") == text_of),
                       None)
            if loc is None:
                continue
            site = next((x.place() for x in views[i].mentions
                         if x.start == loc.start("site") and x.place() and not x.state()), None)
            s["target_place"] = site or "place/" + slugify(loc.group("site"))
            s["_place_text"] = loc.group("site")
            if known(s["target_place"]) is None:
                moved.append(s)
            break
    return moved


def _sents(s: dict[str, Any]) -> list[int]:
    return list(dict.fromkeys([s["_sent"], *s.get("_sents", [])]))
