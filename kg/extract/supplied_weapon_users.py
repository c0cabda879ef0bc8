"""The recipient of supplied weapons is the attacker when the attack names them back (round 32).

"North Korea has shipped KN-23 ballistic missiles to Russia ... One of those missiles slammed
into a residential block in Kharkiv"; "Iran has supplied Shahed drones to Russia since 2022. One
of them hit an apartment building in Odesa". The attack's subject is the weapon named back, its
user is the recipient of the transfer just told, and no clause of the attack sentence names a
side: the strike kept none, or took the supplier (the maker named by a headline or a demonym).

Only a strike whose sentence opens on a back reference to weapons ("One|Several|Some|Two ... of
those|these|them|the ...", "One such ...") and whose attacker is empty or the supplier, when the
one or two sentences before tell transfers to exactly one recipient; never the country hit.
"""

from __future__ import annotations

import re
from typing import Any

Fact = dict[str, Any]

_COUNT = r"(?:One|Several|Some|Many|Dozens|Two|Three|Four|Five|A\s+few|At\s+least\s+\w+)"
_NAMED_BACK = re.compile(
    rf"^\W*(?:(?:On|Late\s+on|Early\s+on)\s+\w+,?\s+)?(?:{_COUNT}\s+of\s+(?:those|these|them|"
    rf"the)\b|One\s+such\b)")


def supplied_weapon_users(strikes: list[Fact], raw: list[Fact], views: list[Any]) -> None:
    """Give a strike told through weapons named back the recipient of the transfer before."""
    for s in strikes:
        i = s["_sent"]
        if not 0 < i < len(views) or not _NAMED_BACK.match(views[i].text):
            continue
        told = [f for f in raw if f["type"] == "ArmsTransfer" and i - 2 <= f.get("_sent", -9) < i
                and f.get("recipient")]
        users = {f["recipient"] for f in told}
        if len(users) != 1:
            continue
        user = users.pop()
        suppliers = {f.get("supplier") for f in told}
        if s.get("attacker") not in (None, *suppliers) or user == s.get("target_country"):
            continue
        s["attacker"] = user
