"""A commander "killed in the strike on X a day earlier": the attack told before, and the
victim's group is never its side (round 25).

"An Israeli drone struck a car south of Tyre on Tuesday, killing two men. The Israeli military
said on Wednesday that a Hezbollah commander, Ali Haidar, was killed in the strike on Tyre a day
earlier." The second sentence tells who died in the attack already told; the strike rules read it
as a strike of its own, dated from "a day earlier" or the publication day, and its side was the
group named next to the dead man ("Hezbollah commander") when the speaker was only a demonym.
GOLD.md asks one fact per distinct attack, and the group whose member died is the victim.

Two narrow readings of a sentence with "was killed in a/the [air] strike|raid|attack|bombing
on|in|at|near":
* the group (or state) named just before a member noun ("commander", "leader", "chief", ...)
  that the sentence says was killed is not the attacker: the state that says it ("The Israeli
  military said", "Pakistan said") takes its place, else the slot is emptied;
* when a strike told in an earlier sentence hit the same place (a day apart at most), the
  sentence retells it: its strike is dropped, its side filling the earlier one's only when that
  is empty; not when the sentence tells another attack ("also", "again", "another", "second").
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

Strike = dict[str, Any]

_KILLED_IN = re.compile(r"\b(?:was|were|had\s+been|have\s+been)\s+killed\s+in\s+(?:an?|the)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:strike|airstrike|raid|attack|bombing)\s+"
                        r"(?:on|in|at|near)\b")
_MEMBER = re.compile(r"^(?:['’]s)?\s+(?:(?:senior|top|military|field|local|deputy|regional)\s+)?"
                     r"(?:commander|leader|chief|head|official|founder|operative|spokesman)\b")
# "a strike near Jilib had killed a senior al Shabaab leader": the member killed, told actively
# (round 78)
_KILLED_BEFORE = re.compile(r"\bkill(?:ed|ing)\s+(?:(?:an?|the|two|three|four|several)\s+)?"
                            r"(?:(?:senior|top|veteran|key|prominent|local)\s+)?$")
_ANOTHER = re.compile(r"\b(?:also|again|another|second|separate|earlier\s+strike)\b")
_SAID = re.compile(r"\s+(?:\w+\s+){0,2}?(?:said|says|announced|confirmed|reported)\b")


def _victim(view: Any, killed_at: int) -> str | None:
    """The side named right before a member noun, before the "was killed in" of the sentence."""
    for m in view.mentions:
        if m.end <= killed_at and m.actor() and _MEMBER.match(view.text[m.end:]):
            return m.actor()
    return None


def _speaker(view: Any, victim: str) -> str | None:
    """The state that says the member was killed ("The Israeli military said ...")."""
    for m in view.mentions:
        state = m.state()
        if state and state != victim and _SAID.match(view.text[m.end:]):
            return state
    return None


def victim_is_not_attacker(strikes: list[Strike], views: list[Any]) -> None:
    """Replace a side whose member "was killed in the strike" by the state that says so."""
    for s in strikes:
        i = s["_sent"]
        if not s.get("attacker") or not 0 <= i < len(views) or "kill" not in views[i].text:
            continue
        m = _KILLED_IN.search(views[i].text) if "killed in" in views[i].text else None
        if (m is None or _victim(views[i], m.start()) != s["attacker"]) \
                and not _killed_member(views[i], s["attacker"]):
            continue
        s["attacker"] = _speaker(views[i], s["attacker"])


def _killed_member(view: Any, side: str) -> bool:
    """"... killed a senior <side> leader": a member of ``side`` is the one killed."""
    text = view.text
    return any(m.actor() == side and _MEMBER.match(text[m.end:])
               and _KILLED_BEFORE.search(text, max(0, m.start - 40), m.start)
               for m in view.mentions)


def _near_days(a: Strike, b: Strike) -> bool:
    """Days at most one apart, or either unknown ("a day earlier" is often resolved loosely)."""
    da, db = a.get("date") or "", b.get("date") or ""
    if len(da) != 10 or len(db) != 10:
        return True
    return abs((date.fromisoformat(da) - date.fromisoformat(db)).days) <= 1


def drop_killed_retellings(raw: list[dict[str, Any]], views: list[Any]) -> None:
    """Drop the strike of "X was killed in the strike on P" when an earlier sentence told a
    strike on P (in place)."""
    strikes = [f for f in raw if f["type"] == "Strike"]
    drop = []
    for s in strikes:
        i = s["_sent"]
        if not s.get("target_place") or not 0 <= i < len(views) \
                or "killed in" not in views[i].text or _KILLED_IN.search(views[i].text) is None:
            continue
        if _ANOTHER.search(views[i].text):
            continue
        told = [o for o in strikes if o["_sent"] < i and o is not s and o not in drop
                and o.get("target_place") == s["target_place"] and _near_days(o, s)
                and (not o.get("attacker") or not s.get("attacker")
                     or o["attacker"] == s["attacker"])]
        if not told:
            continue
        o = told[-1]
        o["attacker"] = o.get("attacker") or s.get("attacker")
        o["_sents"] = sorted({*(o.get("_sents") or [o["_sent"]]), i})
        drop.append(s)
    for s in drop:
        raw.remove(s)
