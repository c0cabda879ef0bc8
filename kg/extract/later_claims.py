"""A bombing with no side, claimed a sentence or three later by an armed group (round 23).

"A car bomb exploded near a checkpoint in the Iraqi capital on Thursday, killing four soldiers.
Iraqi forces had arrested three suspects in Mosul last week. The Islamic State said in a
statement that it carried out the attack." The claim rules read "said it carried out the attack"
only right after "said" and within two sentences; a statement's wording ("said in a statement
that", "said on Sunday that"), a group named through its branch ("The Islamic State's regional
affiliate said it carried out the bombing") or a sentence between left the bombing without side.

Only an empty attacker is filled, from a sentence among the next three (stopping at one that
tells another attack) that opens on an armed group as its subject (optionally "'s <regional>
affiliate|branch|wing" or "group") and claims the attack named back ("the attack|bombing|blast|
explosion|assault|ambush|strike"): "said ... (that) it carried out|was behind|was responsible
for", "claimed (responsibility for)"; the claimant may speak through its men ("said ... that
its fighters had carried out the attack", round 28). Never a state: a state "said it carried out the strike" is
the army-claim rule's (kg.extract.army_claims).
"""

from __future__ import annotations

import re
from typing import Any

Strike = dict[str, Any]

# (a spokesman speaks for the group: "A spokesman for al-Shabaab said its fighters ...", round 28)
_FRONT = re.compile(r"^\W*(?:(?:Hours|A\s+day|Days)\s+later,?\s+|Later,?\s+|On\s+\w+,?\s+)?"
                    r"(?:(?:[Aa]|[Tt]he)\s+spokes(?:man|woman|person)\s+for\s+)?(?:[Tt]he\s+)?"
                    # "A group calling itself Jaish-e-Fursan claimed ..." (round 31)
                    r"(?:An?\s+(?:[\w-]+\s+){0,2}?group\s+calling\s+itself\s+(?:the\s+)?)?$")
_BRANCH = r"(?:['’]s\s+(?:[\w-]+\s+){0,2}?(?:affiliate|branch|wing|offshoot)|\s+group)?"
_ATTACK_BACK = (r"the\s+(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|blasts?|explosions?|assault|"
                r"ambush|strikes?|suicide\s+attack)\b")
# "it", "they", or the group's own men ("its fighters had carried out the attack")
_CLAIMANT = r"(?:it|they|its\s+(?:fighters|militants|men|members|gunmen|operatives))"
_CLAIM_AFTER = re.compile(
    rf"^{_BRANCH}\s+(?:(?:later|also)\s+)?(?:"
    rf"(?:said|says|announced)\b[^.;]{{0,60}}?\b(?:that\s+)?{_CLAIMANT}\s+(?:had\s+|has\s+)?"
    rf"(?:carried\s+out|(?:was|were)\s+(?:behind|responsible\s+for)|staged|launched)\s+"
    rf"{_ATTACK_BACK}"
    rf"|(?:claimed|claims)\s+(?:responsibility\s+for\s+)?{_ATTACK_BACK})")


def claims_attack_after(after_group: str) -> bool:
    """Whether the text after a group's name claims the attack named back ("said in a statement
    that it carried out the attack"); for other rules that find the group their own way."""
    return _CLAIM_AFTER.match(after_group) is not None


def _claiming_group(view: Any) -> str | None:
    """The armed group a sentence opens on, when it claims the attack named back."""
    for m in view.mentions:
        group = m.of_type("ArmedGroup")
        if group is None or m.state():
            continue
        if _FRONT.match(view.text[:m.start]) and _CLAIM_AFTER.match(view.text[m.end:]):
            return group.key
        return None  # (the subject is the sentence's first mention, or none)
    return None


def later_claims(strikes: list[Strike], views: list[Any]) -> None:
    """Give a strike without attacker the group that claims it in one of the next three
    sentences (before another attack is told)."""
    told_in = {s["_sent"] for s in strikes}
    for s in strikes:
        i = s["_sent"]
        if s.get("attacker") is not None:
            continue
        for j in range(i + 1, min(i + 4, len(views))):
            if j in told_in:
                break  # another attack told: a claim after it is about that one
            group = _claiming_group(views[j])
            if group is not None:
                if group != s.get("target_country"):
                    s["attacker"], s["assertion"] = group, "claimed"
                break
