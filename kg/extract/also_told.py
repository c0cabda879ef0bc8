""""Israeli forces also shelled Khiam and Kfar Kila": a place hit "also" is another attack than
the one just told at the town nearby (round 21).

The merge joins two strikes when the gazetteer puts one's place inside the other's (a region
told in the lead, the town it holds told next). A town and its governorate often share a name
("Nabatieh"), so a second attack on a village near the town, told with "also", was folded into
the lead and the lead's place lost. Here each strike whose sentence says the forces "also"
struck is marked; the merge (kg.extract.records) does not fold a town's attack into it.
"""

from __future__ import annotations

import re
from typing import Any

# "also shelled", "also struck", "also hit", "were also hit"
_ALSO_STRUCK = re.compile(r"\balso\s+(?:hit|struck|shelled|bombed|targeted|attacked|pounded|"
                          r"raided)\b|\b(?:was|were)\s+also\s+(?:hit|struck|shelled|bombed|"
                          r"targeted|attacked)\b", re.I)


def mark_also_struck(strikes: list[dict[str, Any]], texts: list[str]) -> None:
    """Mark the strikes told with "also" (``_also``)."""
    for s in strikes:
        if s["_sent"] < len(texts) and _ALSO_STRUCK.search(texts[s["_sent"]]):
            s["_also"] = True
