"""Two treaties in one sentence told apart by "respectively" (round 18):

* "Kazakhstan has investment treaties with the UAE and Saudi Arabia, signed in 2022 and 2023
  respectively": one treaty per partner, each with its year;
* "Peru and Chile signed port agreements with China in 2019 and 2021, respectively": one
  treaty per subject state;
* "Both countries have migration arrangements with the United States, signed in 2019 and 2024
  respectively": one treaty per country of the pair (the two parties of the treaty told
  before), each with the one partner and its year.

The word "respectively" after two years is the cue; one list of two on one side and a single
state on the other are required, else nothing is told apart.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.clauses import Actor, subject_before
from kg.extract.entities import SentView

_NOUNS = (r"(?:treaties|agreements|accords|pacts|deals|arrangements|charters|memorandums|"
          r"memoranda|protocols|conventions)")
_RESPECTIVE = re.compile(r"\b(?P<kind>(?:[\w-]+\s+){0,2}" + _NOUNS + r")\s+with\s+(?P<with>[^;.]"
                         r"{3,80}?),?\s+(?:(?:both\s+)?(?:signed|concluded|agreed)\s+)?in\s+"
                         r"(?P<y1>(?:19|20)\d\d)\s+and\s+(?P<y2>(?:19|20)\d\d),?\s+"
                         r"respectively\b", re.I)
# "Both countries", "The two neighbours": the pair told before
_PAIR = re.compile(r"\b(?:both|the\s+two)\s+(?:countries|nations|states|neighbou?rs|governments|"
                   r"sides)\b[^,;.]{0,40}$", re.I)


def _states(actors: list[Actor], lo: int, hi: int) -> list[str]:
    return list(dict.fromkeys(a.key for a in actors if lo <= a.start and a.end <= hi and a.key
                              and a.key.startswith("state/") and not a.demonym))


def _last_pair(raw: list[dict[str, Any]]) -> list[str]:
    """The parties of the latest treaty told before with exactly two."""
    return next((f["parties"] for f in reversed(raw)
                 if f.get("type") == "Treaty" and len(f.get("parties") or []) == 2), [])


def respective_treaties(view: SentView, actors: list[Actor],
                        raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One fact per (pair, year) the sentence tells apart with "respectively"."""
    text = view.text
    if "respectively" not in text:
        return []
    m = _RESPECTIVE.search(text)
    if m is None:
        return []
    partners = _states(actors, m.start("with"), m.end("with"))
    years = [m.group("y1"), m.group("y2")]
    subj = subject_before(actors, text, m.start("kind"))
    own = [k for k in (subj.keys() if subj else []) if k.startswith("state/")]
    if len(own) == 1 and len(partners) == 2:
        pairs = [[own[0], p] for p in partners]
    elif len(own) == 2 and len(partners) == 1:
        pairs = [[k, partners[0]] for k in own]  # "A and B signed pacts with C in Y1 and Y2"
    elif not own and len(partners) == 1 and _PAIR.search(text, 0, m.start("kind")):
        pair = [k for k in _last_pair(raw) if k != partners[0]]
        if len(pair) != 2:
            return []
        pairs = [[k, partners[0]] for k in pair]
    else:
        return []
    kind = re.sub(r"^(?:(?:similar|other|separate|existing|earlier|older|signed|has|have|"
                  r"had|already)\s+)+", "", m.group("kind"), flags=re.I)
    return [{"type": "Treaty", "parties": parties, "signatories": [], "date": year,
             "duration_years": None, "kind": kind, "_sent": view.index, "_signed": True,
             "confidence": 0.7} for parties, year in zip(pairs, years)]
