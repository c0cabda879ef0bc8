"""Hand-over verbs of a transfer: "passed on three radars to", "turned over drones to".

"handed over" was already a supply verb (also in the passive, "were handed over to R by S");
"turned over" and "passed on" say the same (the subject gives arms to the object of "to") but
were not read: "turned" was no verb of supply, and "passed" alone is read only with the weapon
naming its maker ("helped pass Iranian drones to Russia"), since a state that "passed"
something is most often a law. With "on" or "over" after it the subject is the giver (and in the
passive, kg.extract.transfers lists both beside "handed over"). The transfer rules still require
a known weapon between the verb and "to", so "turned over control of the airport" or "passed on
the message" give nothing.
"""

import re

# not "passed on Monday" (a date) nor "passed on to" (nothing passed yet named)
_NOT_AFTER_ON = (r"(?!\s+(?:to|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                 r"January|February|March|April|May|June|July|August|September|October|"
                 r"November|December)\b)")

HANDOVER_VERB = (rf"pass(?:es|ed|ing)?\s+on{_NOT_AFTER_ON}|"
                 r"turn(?:s|ed|ing)?\s+over(?!\s+to\b)")


# what is handed on is no weapon supply: news about weapons, their remains, captured arms
_NOT_ARMS = re.compile(r"\b(?:about|regarding|concerning|on|intelligence|information|data|"
                       r"warnings?|details|evidence|images|footage|coordinates|wreckage|remains|"
                       r"debris|fragments|captured|seized|recovered|downed|wrecked|crashed|"
                       r"confiscated|intercepted)\b", re.I)
_HAND_ON = re.compile(r"(?:hand|pass|turn)\w*\s+(?:on|over)$", re.I)


def handed_on_no_arms(verb: str, gap: str) -> bool:
    """Whether a hand-over verb's object before the weapon says it is no supply ("passed on
    intelligence about Iranian drones to Kyiv", "handed over the captured drones")."""
    return bool(_HAND_ON.match(verb)) and _NOT_ARMS.search(gap) is not None
