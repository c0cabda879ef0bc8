"""Items of a list that each name their own source (round 74).

"Pakistan flies J-10C jets and JF-17 fighters from China and F-16 jets from the United States":
the rules read one transfer (the first weapon, from China) and stop at the list. Here a list is
weapons joined by commas or "and", closed by "from [state]"; lists joined by "and" after such a
source continue it ("... from China and F-16 jets from the United States"). When the sentence
already holds a complete transfer of one recipient for a weapon of such a chain of lists, every
other weapon of the chain is sent to that recipient by the source its own list names. Nothing is
guessed beyond that: no recipient of its own, no list without its "from".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state, state_actor_at
from kg.extract.entities import SentView

# a lower-case word a weapon's name may have after it ("JF-17 fighters", "jets bought from"), not
# a launch ("missiles fired from Yemen": where they came from, no source)
# ("Pantsir S1 systems from Russia": a model code too, round 77)
_TAIL = r"(?:\s+(?!fired\b|launched\b|shot\b|flown\b|sent\b)(?:[a-z][a-z-]*|[A-Z]+\d[\w-]*)){0,4}?"
# a comma or "and": between two weapons of one list (after the first one's tail word), and
# between a list's source and the next list of the chain
_JOIN = r"\s*,\s*(?:and\s+)?|\s+and\s+"
_GAP = re.compile(rf"{_TAIL}(?:{_JOIN})")
_FROM = re.compile(_TAIL + r"\s+from\s+(?:the\s+)?")
# ("from China, which arrived in 2020, and Pantsir S1 systems from Russia": an aside on the
# list before, round 77)
_NEXT_LIST = re.compile(r"(?:\s*,\s*(?:which|that)\s+[^,;.]{1,40}?(?=\s*,))?(?:" + _JOIN + ")")


def _lists(view: SentView, actors: list[Actor]) -> list[list[tuple[list, str]]]:
    """The sentence's chains of lists: each a list of (weapons, source state)."""
    text = view.text
    ws = [m for m in view.mentions if m.category]
    chains: list[list[tuple[list, str]]] = []
    i, last_end = 0, None
    while i < len(ws):
        items, j = [ws[i]], i
        while j + 1 < len(ws) and _GAP.fullmatch(text, ws[j].end, ws[j + 1].start):
            j += 1
            items.append(ws[j])
        src = _FROM.match(text, ws[j].end)
        actor = state_actor_at(actors, src.end()) if src else None
        state = actor_state(actor) if actor is not None and not actor.demonym else None
        if state is None:
            i, last_end = j + 1, None
            continue
        if last_end is not None and _NEXT_LIST.fullmatch(text, last_end, items[0].start):
            chains[-1].append((items, state))
        else:
            chains.append([(items, state)])
        i, last_end = j + 1, actor.end
    return chains


def listed_source_transfers(view: SentView, actors: list[Actor],
                            tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``tfs`` with a transfer for each weapon of a chain of sourced lists holding a weapon of
    the sentence's complete transfers (one recipient)."""
    if " from " not in view.text:
        return tfs
    complete = [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("supplier")
                and f.get("recipient")]
    recipients = {f["recipient"] for f in complete}
    if len(recipients) != 1:
        return tfs
    recipient = recipients.pop()
    held = {f.get("_at") for f in tfs if f.get("type") == "ArmsTransfer"}
    read = {(f.get("_at"), f["supplier"]) for f in complete}
    out = list(tfs)
    for chain in _lists(view, actors):
        if len(chain) < 2 and len(chain[0][0]) < 2:
            continue  # one weapon, one source: the rules' own reading
        if not any((w.start, state) in read for items, state in chain for w in items):
            continue  # (the rules read no weapon of the chain from the source it names)
        for items, state in chain:
            new = [w for w in items if w.start not in held]
            if new and state != recipient:
                out += transfer_rules.transfer_facts(view, state, [recipient], new,
                                                     "LISTED_SOURCES", "from", 0.6)
    return out
