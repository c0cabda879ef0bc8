""""Defence Minister X met American soldiers", "... inspected Chinese warships": a state named only
as the adjective of troops, aircraft or ships after the title's name is whose forces are there,
not whose office the title is (round 49).

A title with no state of its own takes one from the sentence when it names one; a demonym that
only qualifies soldiers, aircraft or ships after the name is the sentence's object, so it is left
out of the states the title could serve (the dateline's and the article's guesses then apply);
so is a state's name used the same way ("U.S. forces"). Bases are not read: "access to 17
Swedish bases" is the host's. A state the sentence also names another way ("Japan ... Japanese
troops") stays.
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView

_ASSET = re.compile(
    r"\s+(?:(?:military|army|navy|naval|air\s+force|air|coast\s+guard|special|combat|fighter|"
    r"peacekeeping|border)\s+)?(?:soldiers|troops|forces|instructors|advisers|advisors|"
    r"sailors|marines|pilots|personnel|contingent|units?|jets|aircraft|warplanes|"
    r"planes|warships|ships|vessels?|boats|submarines?|drones|tanks|officers)\b")


def asset_demonym_states(view: SentView, after: int) -> set[str]:
    """States the sentence names after `after` only as the adjective of forces or a base."""
    text = view.text
    asset = {m.state() for m in view.mentions if _qualifies(text, m, after)}
    other = {m.state() for m in view.mentions if m.state() and not _qualifies(text, m, after)}
    return asset - other


def _qualifies(text: str, m, after: int) -> bool:
    """"American soldiers", "U.S. forces" after the name (not "Japan's troops")."""
    return bool(m.state()) and not m.possessive and m.start >= after \
        and _ASSET.match(text, m.end) is not None
