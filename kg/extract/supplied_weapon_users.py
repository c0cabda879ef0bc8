"""The recipient of supplied weapons is the attacker when the attack names them back (round 32).

"North Korea has shipped KN-23 ballistic missiles to Russia ... One of those missiles slammed
into a residential block in Kharkiv"; "Iran has supplied Shahed drones to Russia since 2022. One
of them hit an apartment building in Odesa". The attack's subject is the weapon named back, its
user is the recipient of the transfer just told, and no clause of the attack sentence names a
side: the strike kept none, or took the supplier (the maker named by a headline or a demonym).

Only a strike whose sentence opens on a back reference to weapons ("One|Several|Some|Two ... of
those|these|them|the ...", "One such ...") and whose attacker is empty or the supplier, when the
one or two sentences before tell transfers to exactly one recipient; never the country hit.

The same within one sentence (round 41): "North Korean missiles sent to Russia have been fired at
Ukrainian cities" - the weapons, followed at once by a participle of supply ("sent|supplied|
delivered|shipped|provided to R", no auxiliary: a reduced relative, so the weapons stay the
subject), are what was fired; the state the demonym names is their maker or supplier, R their
user. Not "Iran, which supplies the Houthis with drones, fired missiles": the supplier is the
subject there, and no weapon noun stands before the participle.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

# "missiles sent to Russia", "drones supplied by Iran to Russia": a weapon noun, then the participle
_WEAPONS_SENT_TO = re.compile(
    r"\b(?:missiles|drones|rockets|shells|bombs|munitions|weapons|warheads|projectiles)\s+"
    r"(?:(?:recently|secretly|reportedly|allegedly)\s+)?(?:sent|supplied|delivered|shipped|"
    r"provided|transferred|given|exported)\s+(?:by\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?to\s+")
_COUNT = r"(?:One|Several|Some|Many|Dozens|Two|Three|Four|Five|A\s+few|At\s+least\s+\w+)"
_NAMED_BACK = re.compile(
    rf"^\W*(?:(?:On|Late\s+on|Early\s+on)\s+\w+,?\s+)?(?:{_COUNT}\s+of\s+(?:those|these|them|"
    rf"the)\b|One\s+such\b)")


def supplied_weapon_users(strikes: list[Fact], raw: list[Fact], views: list[Any]) -> None:
    """Give a strike told through weapons named back the recipient of the transfer before, or
    through weapons its own sentence says were sent to a state."""
    for s in strikes:
        i = s["_sent"]
        if not 0 <= i < len(views):
            continue
        if 0 < i and _NAMED_BACK.match(views[i].text):
            lo, hi = i - 2, i - 1  # the transfers told in the one or two sentences before
        elif _WEAPONS_SENT_TO.search(views[i].text):
            lo, hi = i, i  # told in the attack's own sentence
        else:
            continue
        told = [f for f in raw if f["type"] == "ArmsTransfer"
                and lo <= f.get("_sent", -9) <= hi and f.get("recipient")]
        users = {f["recipient"] for f in told}
        if len(users) != 1:
            continue
        user = users.pop()
        suppliers = {f.get("supplier") for f in told}
        if s.get("attacker") not in (None, *suppliers) or user == s.get("target_country"):
            continue
        s["attacker"] = user
