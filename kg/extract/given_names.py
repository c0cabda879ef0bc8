"""A capital's name used as a person's given name ("President Santiago Pena", "the defence
minister, Wellington Koo").

The gazetteer reads "Santiago" as Chile's capital (a metonym for Chile) and leaves "Pena" an
unknown name, so the title loses its holder and Chile turns up as a party of the day's treaty.
Only with a strong cue is the pair one name: a title word right before (optionally with a
comma) that has its own state ("Paraguay's President", "Chilean Foreign Minister", "the
island's defence minister"), and an unknown capitalised name right after, separated by one
space. A bare "Defence Minister Wellington Koo said" stays as it was: its state would be a
guess (the dateline's), a false alarm where the rules now miss. Round 20 adds one more cue
in place of the title's state: the name followed by "and his/her [nationality] counterpart"
("Foreign Minister Santiago Cafiero and his Chilean counterpart, ..."), which says the pair is
a person holding the office.
"""

from __future__ import annotations

import re

from kg.extract.entities import Cand, Mention, SentView

# the title of an office, ending right before the name ("President ", "defence minister, ")
_TITLE_BEFORE = re.compile(r"\b(?:[Pp]resident|[Mm]inister|[Pp]remier|[Cc]hancellor|[Ll]eader|"
                           r"[Ss]ecretary|[Gg]eneral|[Kk]ing|[Ee]mir|[Ss]peaker)\s*,?\s+$")
# between the title's state and the capital: "'s President ", " Foreign Minister "
_OWN_STATE_GAP = re.compile(r"(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,2}[A-Za-z-]+\s*,?\s+")


def _capital_only(m: Mention) -> bool:
    """A mention the gazetteer knows only as a capital: its state's metonym or the city."""
    return bool(m.cands) and all(c.kind in ("metonym", "geo", "label") for c in m.cands) \
        and any(c.kind == "metonym" for c in m.cands) and not m.possessive


def _titled_state(text: str, o: Mention, m: Mention) -> bool:
    """The title before the capital has its state: a possessive or adjective state mention
    right before it ("Paraguay's President ", "Chilean Foreign Minister ")."""
    if not o.state() or not (o.possessive or o.is_demonym):
        return False
    return bool(_OWN_STATE_GAP.fullmatch(text[o.end:m.start]))


# "... and his Chilean counterpart": the name before is an office-holder's
_COUNTERPART_AFTER = re.compile(r",?\s+and\s+(?:his|her)\s+[A-Z][\w-]+\s+counterpart\b")


def join_given_names(views: list[SentView]) -> None:
    """Merge "<title> <capital> <unknown name>" into one unknown name, in place."""
    for v in views:
        ms = v.mentions
        i = 0
        while i + 1 < len(ms):
            o, m, n = ms[i - 1] if i else None, ms[i], ms[i + 1]
            if (_capital_only(m) and n.is_unknown and v.text[m.end:n.start] == " "
                    and _TITLE_BEFORE.search(v.text[max(0, m.start - 40):m.start])
                    and ((o is not None and _titled_state(v.text, o, m))
                         or _COUNTERPART_AFTER.match(v.text, n.end))):
                text = v.text[m.start:n.end]
                ms[i:i + 2] = [Mention(m.start, n.end, text, (Cand("?/" + text, "?", "name"),),
                                       possessive=n.possessive)]
            i += 1
