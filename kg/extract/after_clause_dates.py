"""A background attack told in a vague "weeks after" clause takes no date from the main clause
(round 30).

"Thailand will keep the border closed until at least January, the prime minister said on
Friday, weeks after Cambodian rockets hit a petrol station in Kantharalak": the attack is read
from the clause after "weeks after", but its date came from the main clause ("January", "on
Friday"), the day of the news, not of the attack. The gold gives such vague times null. Only a
strike whose verb follows "days|weeks|months|years after" (no count, or a vague one: "several",
"a few"), while the clause itself names no time of its own (a weekday, a month, a year, "last
...").
"""
from __future__ import annotations

import re
from typing import Any, Sequence

from kg.extract.dates import WEEKDAY_RE

Strike = dict[str, Any]

CUE = ("days after", "weeks after", "months after", "years after")
_VAGUE_AFTER = re.compile(
    r"(?:,|\b(?:only|just|barely|some))\s+(?:(?:several|a\s+few|few)\s+)?"
    r"(?:days|weeks|months|years)\s+after\s+")
_OWN_TIME = re.compile(
    rf"\b(?:{WEEKDAY_RE}|January|February|March|April|May|June|July|August|September|October|"
    r"November|December|last|earlier|yesterday|overnight|\d{4})\b")


def undate_vague_after(raw: list[dict[str, Any]], texts: Sequence[str]) -> None:
    """Empty the date of each strike told only inside a vague "weeks after" clause (in place)."""
    for s in raw:
        if s["type"] != "Strike" or s.get("date") is None or s["_sent"] >= len(texts):
            continue
        text = texts[s["_sent"]]
        t = s.get("_t")
        if not isinstance(t, int) or t <= 0:
            continue
        after = None
        for m in _VAGUE_AFTER.finditer(text, 0, t):
            after = m
        if after is None or not re.fullmatch(r"[^,;]*", text[after.end():t]):
            continue
        clause_end = re.search(r"[;.]|,\s+(?:and|but|while|said|says|according)\b", text[t:])
        clause = text[after.end():t + (clause_end.start() if clause_end else len(text) - t)]
        if _OWN_TIME.search(clause):
            continue
        s["date"] = None
