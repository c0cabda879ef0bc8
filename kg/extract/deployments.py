"""Sentences that look like supply but are not: a deployment, and an aggregate summit pledge.

* "France has sent two warships to the Red Sea to protect shipping", "accused Thailand of sending
  tanks to the border": ships (troops, carriers, tanks) sent to a sea, a region, a border or
  "the same waters" are a deployment, not a transfer to the state of the story; a fact of
  such a sentence that names no recipient of its own is dropped before the article's context
  fills one in; so are ships sent "to the joint force" (a shared patrol, round 23). "China sent two frigates to the Pakistan navy" names a
  recipient (a navy, not a sea) and stays.
* "Allies gathering for a NATO summit promised Kyiv five Patriot systems": the alliance is only
  where the pledge was made; the allies who pledge are unnamed, so the fact with the alliance
  as supplier is dropped. "NATO itself has delivered ... to Ukraine" (the alliance as a body)
  stays: its name is not followed by "summit".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

_SENT = r"(?:sent|sends|send|sending|deployed|deploys|deploy|deploying|dispatched|dispatches|" \
        r"dispatch|rushed|moved|ordered)"
_FORCES = r"(?:warships?|frigates?|destroyers?|cruisers?|corvettes?|(?:aircraft\s+)?carriers?|" \
          r"carrier\s+strike\s+groups?|strike\s+groups?|troops|soldiers|marines|vessels|ships|" \
          r"submarines?|patrol\s+boats?|minesweepers?|naval\s+forces|task\s+force|" \
          r"tanks|armou?red\s+vehicles|artillery)"
_TO_AREA = r"(?:Sea|Gulf|Ocean|region|waters|Strait|Straits|Mediterranean|Channel|Pacific|" \
           r"Atlantic|Baltic|Arctic|area|coast|Caribbean|Indo-Pacific|theatre|theater|border|" \
           r"frontier|(?:joint|regional|multinational|combined)\s+(?:force|patrols?|mission))"
_DEPLOYMENT = re.compile(
    rf"\b{_SENT}\s+(?:(?:a|an|the|its|their|[\d,]+|two|three|four|five|six|seven|eight|nine|"
    rf"ten|several|more|additional|extra|further|some)\s+)?(?:[\w-]+\s+){{0,2}}?{_FORCES}\s+"
    rf"(?:back\s+)?to\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?{_TO_AREA}\b", re.I)

# "for a NATO summit", "at the EU summit in Brussels": the body only hosts the meeting
_SUMMIT_AFTER = re.compile(r"\s+(?:leaders['’]?\s+)?(?:summit|meeting|gathering)\b", re.I)
_PLEDGERS = re.compile(r"^\W*(?:[A-Z][A-Z .'’-]{2,40}?,[^—–-]{0,40}[—–-]\s+)?(?:Western\s+)?"
                       r"(?:Allies|Leaders|Countries|Nations|Members|Partners|Donors)\b")
# the cues every firing of drop_false_supply needs, one of them (kg.extract.article_cues)
DEPLOYMENT_CUE = _DEPLOYMENT
PLEDGE_CUE = re.compile(r"\b(?:Allies|Leaders|Countries|Nations|Members|Partners|Donors)\b")


def _undirected_deployment(text: str) -> bool:
    return bool(_DEPLOYMENT.search(text))


def _summit_host(view: SentView, supplier: str) -> bool:
    """Whether every mention of ``supplier`` here is the host of a summit."""
    here = [m for m in view.mentions if supplier in (m.actor(), m.state())]
    return bool(here) and all(_SUMMIT_AFTER.match(view.text, m.end) for m in here)


def drop_false_supply(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """This sentence's facts without the deployments' and the summit hosts'."""
    deployment = _undirected_deployment(view.text)
    pledge = bool(_PLEDGERS.match(view.text))
    out = []
    for f in tfs:
        if f.get("type") == "ArmsTransfer":
            if deployment and not f.get("recipient"):
                continue
            if pledge and f.get("supplier") and _summit_host(view, f["supplier"]):
                continue
        out.append(f)
    return out
