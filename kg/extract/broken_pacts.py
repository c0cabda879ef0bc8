"""A state being broken with is no party (round 18):

"Ghana and Togo signed a maritime pact on Monday, a year after Togo withdrew from its defence
agreement with France": the "with France" belongs to the pact left, not to the one signed, so
treaties' "with X" partner rule must not read it. The cue is a verb of leaving or ending whose
object is an agreement right before the "with".
"""

from __future__ import annotations

import re

_LEFT_WITH = re.compile(
    r"\b(?:withdr[ae]w|withdrawn|withdrawing|withdraws|pull(?:ed|ing|s)\s+out|exit(?:ed|ing|s)?|"
    r"quit(?:s|ting)?|left|leaving|end(?:ed|ing|s)|scrapp(?:ed|ing)|scraps?|tore\s+up|"
    r"tearing\s+up|abandon(?:ed|ing|s)?|broke\s+off|breaking\s+off|suspend(?:ed|ing|s)?|"
    r"cancel+(?:ed|ing)|renounc(?:ed|ing)|terminat(?:ed|ing)|annull?(?:ed|ing))"
    r"(?:\s+(?:from|out\s+of))?\s+(?:its|their|his|her|the|a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:agreement|pact|deal|treaty|accord|arrangement|alliance|partnership|charter|"
    r"protocol)s?\s+with\s+(?:the\s+)?$", re.I)


def left_partner(text: str, with_group_start: int) -> bool:
    """The actor at ``with_group_start`` is the partner of an agreement being left."""
    return _LEFT_WITH.search(text, max(0, with_group_start - 120), with_group_start) is not None
