"""A closing summary that ranks the attack already told: "The attack in Sennar state was the
fourth on the country's power grid this year", "Monday's strike in Gaza was the deadliest since
the ceasefire began" (round 28).

Such a sentence names the attack by a definite noun ("The attack", "Monday's strike"), places it
at the city, region or country around the body's finer place, and ranks it among others; the
strike rules read a second attack there, and its numbers ("more than 300 people had been killed
since then") are the series', not the attack's. GOLD.md asks one fact per distinct attack.

A strike read from a sentence that opens "The|<day>'s [adj] strike|attack|raid|bombing|shelling
in|on|off|at|near <Place> [state|region|...] was the <ordinal or superlative>" is dropped when an earlier sentence
told a strike by the same side (or this one has none) in the same country (or either has none).
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

_DAYS = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_SUMMARY = re.compile(
    rf"^(?:The|This|That|{_DAYS}(?:\s+night)?['’]s|Last\s+night['’]s|Overnight)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:strike|attack|air\s+raid|raid|bombing|shelling|assault)\s+"
    r"(?:in|on|off|at|near|against)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:\s+(?:[A-Z][\w'’-]*|state|region|province|district|oblast|governorate|city|camp|area)){0,4}"
    r"\s+(?:was|is|marked|became)\s+(?:the\s+)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|"
    r"deadliest|largest|biggest|worst|heaviest|most\s+\w+)\b")
_CUE = re.compile(r"\s(?:was|is|marked|became)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|"
                  r"sixth|seventh|eighth|ninth|tenth|latest|deadliest|largest|biggest|worst|"
                  r"heaviest|most\s+\w+)\b")


def _told_before(s: Strike, strikes: list[Strike]) -> bool:
    return any(o["_sent"] < s["_sent"]
               and (not s.get("attacker") or o.get("attacker") == s["attacker"])
               and (not s.get("target_country") or not o.get("target_country")
                    or o["target_country"] == s["target_country"])
               for o in strikes)


def drop_summary_retellings(raw: list[dict[str, Any]], texts: list[str], article: str) -> None:
    """Drop (in place) the strikes of a closing sentence that ranks an attack told before."""
    if not _CUE.search(article):
        return
    strikes = [s for s in raw if s["type"] == "Strike"]
    summary = [s for s in strikes if s["_sent"] < len(texts)
               and _SUMMARY.match(texts[s["_sent"]]) and _told_before(s, strikes)]
    if summary:
        raw[:] = [f for f in raw if not any(f is s for s in summary)]
