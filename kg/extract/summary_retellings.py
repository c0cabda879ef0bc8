"""A closing summary that ranks the attack already told: "The attack in Sennar state was the
fourth on the country's power grid this year", "Monday's strike in Gaza was the deadliest since
the ceasefire began", "It was the second Ukrainian attack on the Samara region" (round 28).

Such a sentence names the attack by a definite noun ("The attack", "Monday's strike"), places it
at the city, region or country around the body's finer place, and ranks it among others; the
strike rules read a second attack there, and its numbers ("more than 300 people had been killed
since then") are the series', not the attack's. GOLD.md asks one fact per distinct attack.

A strike read from a sentence that opens "The|<day>'s [adj] strike|attack|raid|bombing|shelling
in|on|off|at|near <Place> [state|region|...] was the <ordinal or superlative>" (or "It was the
<ordinal> [adj] attack on|in ...", at a place holding the earlier one's) is dropped when an
earlier sentence told a strike by the same side (or this one has none) in the same country (or
either has none).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

Strike = dict[str, Any]
Inside = Callable[[str, str], bool]

_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_RANK = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
         r"deadliest|largest|biggest|worst|heaviest|most\s+\w+)\b")
_ATTACK = r"(?:strike|attack|air\s+raid|raid|bombing|shelling|assault)"
_SUMMARY = re.compile(
    rf"^(?:The|This|That|{_DAYS}(?:\s+night)?['’]s|Last\s+night['’]s|Overnight)\s+"
    rf"(?:[\w-]+\s+){{0,2}}?{_ATTACK}\s+"
    r"(?:in|on|off|at|near|against)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|state|region|province|district|oblast|governorate|city|camp|"
    r"area)){0,4}"
    rf"\s+(?:was|is|marked|became)\s+(?:the\s+)?{_RANK}")
# "It was the second Ukrainian attack on the Samara region this month": only at a place wider
# than the one told before ("It was the second attack on Kosti in a week" may count another)
_IT_WAS = re.compile(rf"^(?:It|This|That)\s+was\s+the\s+{_RANK}\s+(?:[\w-]+\s+){{0,3}}?"
                     rf"{_ATTACK}\s+(?:in|on|off|at|near|against)\s")
_CUE = re.compile(r"\s(?:was|is|marked|became)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|"
                  r"sixth|seventh|eighth|ninth|tenth|latest|deadliest|largest|biggest|worst|"
                  r"heaviest|most\s+\w+)\b")


def _told_before(s: Strike, strikes: list[Strike], wider: bool = False,
                 inside: Inside | None = None) -> bool:
    return any(o["_sent"] < s["_sent"]
               and (not s.get("attacker") or o.get("attacker") == s["attacker"])
               and (not s.get("target_country") or not o.get("target_country")
                    or o["target_country"] == s["target_country"])
               and (not wider or (inside is not None and o.get("target_place")
                                  and s.get("target_place")
                                  and o["target_place"] != s["target_place"]
                                  and inside(o["target_place"], s["target_place"])))
               for o in strikes)


def _summary(s: Strike, texts: list[str], strikes: list[Strike], inside: Inside) -> bool:
    if s["_sent"] >= len(texts):
        return False
    text = texts[s["_sent"]]
    if _SUMMARY.match(text):
        return _told_before(s, strikes)
    return bool(_IT_WAS.match(text)) and _told_before(s, strikes, True, inside)


def drop_summary_retellings(raw: list[dict[str, Any]], texts: list[str], article: str,
                            inside: Inside) -> None:
    """Drop (in place) the strikes of a closing sentence that ranks an attack told before
    (`inside(a, b)`: whether place a lies in place b)."""
    if not _CUE.search(article):
        return
    strikes = [s for s in raw if s["type"] == "Strike"]
    summary = [s for s in strikes if _summary(s, texts, strikes, inside)]
    if summary:
        raw[:] = [f for f in raw if not any(f is s for s in summary)]
