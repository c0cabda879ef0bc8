"""Supply in the passive, with the weapons or the receiver as the subject (round 36).

* "Patriot batteries will be provided to Ukraine by Germany, the Netherlands and Norway": one
  transfer per state of the list after "by"; the receiver after "to", or, when none is written
  ("will be provided by Germany"), left for the later passes that look for it in the sentences
  before, as for any transfer whose receiver the sentence does not name.
* "Kyiv has been supplied with Stinger missiles by the United States": the subject receives.
* "F-16 jets firing AIM-120 missiles, both supplied by the United States": the second weapon's
  transfer holds for the first.
* "Ukraine's navy includes two patrol boats supplied by Romania and a corvette delivered by
  Turkey": each weapon has its own supplier after its participle, and the state whose forces
  are the subject receives ("Its navy ...": the state opening the sentence before); a
  transfer of that weapon another rule gave the owner as its supplier is replaced.
* Round 37: "Moldova has been promised Stinger missiles by Lithuania, which has committed 200
  launchers, and by Latvia" (both suppliers; what the relative clause commits goes to the same
  receiver); every weapon of a list before one participle ("Ukraine fields Leopard tanks and
  Marder vehicles delivered by Germany"), the receiver being the forces' owner, the state
  opening the sentence with a verb of having, a possessive before the weapons (not a demonym:
  "Russian jets" names their maker as often), or, for a list of two or more, the one state of
  the sentence before in the paragraph.
* Round 40: "The Pentagon announced that a Patriot battery would be sent to Ukraine": with no
  "by", the one state of the speaker of "[speaker] said / announced (that)" right before the
  weapons gives (the subject before the reporting verb, not the dateline's state).

Narrow on purpose: the verb phrase must follow the weapons (or the receiver) within a few words,
the suppliers must be states written right after "by", the first two forms read only named
systems (a kind, "the drones supplied by [S]", is as often an attack's weapon), and the active
readings win: only weapons no rule gave both parties are read by the first two forms.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.caseless import caseless
from kg.extract.clause_parties import complete_weapons
from kg.extract.clauses import Actor, actor_state, group_after, state_actor_at, subject_before
from kg.extract.entities import SentView
from kg.extract.it_ordered import subject_state

_VERB = (r"(?:supplied|provided|delivered|sent|shipped|donated|transferred|gifted|given|"
         r"handed\s+over|sold)")
_BE = (r"(?:will|would|could|should|is\s+to|are\s+to|was\s+to|were\s+to)\s+be|"
       r"(?:has|have|had|will\s+have)\s+been|(?:is|are|was|were)(?:\s+being)?")
# "... will be provided to Ukraine by", "... were delivered last month by"
_WEAPONS_PASSIVE = re.compile(rf"\s+(?:{_BE})\s+(?:[a-z]+ly\s+|now\s+|soon\s+)?(?:{_VERB}|promised|"
                              r"pledged|(?P<bought>bought|purchased|acquired))\b", re.I)
# "The Pentagon announced that W would be sent to R": with no "by", the speaker gives (round 40)
_REPORTED = re.compile(r"\s(?:said|says|announced|announces|confirmed|confirms)\s+"
                       r"(?:on\s+\w+\s+)?(?:that\s+)?", re.I)
_TO = re.compile(r"\s+to\s+(?:the\s+)?")
_WHEN = r"(?:\s+(?:this|last|next)\s+(?:week|month|year|spring|summer|autumn|winter)|" \
        r"\s+in\s+(?:\d{4}|[A-Z][a-z]+))?"
_BY = re.compile(rf"{_WHEN}\s+by\s+(?:the\s+)?")
# "The jets were bought from China": the seller after "from" (round 73)
_FROM = re.compile(rf"{_WHEN}\s+from\s+(?:the\s+)?")
# what may stand between the weapons and the verb: "for the capital", "ordered in 2023"
_SUBJECT_TAIL = re.compile(r"[\w\s-]{0,30}")
# "Kyiv has been supplied with", "Ukraine was equipped with", "Moldova has been promised"
_RECEIVER_PASSIVE = re.compile(rf"\s+(?:{_BE})\s+(?:[a-z]+ly\s+)?(?:(?:supplied|provided|"
                               r"equipped|armed|furnished)\s+with|promised|pledged|offered|"
                               r"given|sold|sent)\s+", re.I)
_BY_ONLY = re.compile(r"\s+by\s+(?:the\s+)?")
# "..., which has committed 200 launchers, and by Latvia": a second agent of the same verb
_AND_BY = re.compile(r",\s+and\s+(?:also\s+)?by\s+(?:the\s+)?")
# "... two patrol boats supplied by Romania": a participle right after the weapon
# ("Patriot systems supplied to Ukraine by Germany": the receiver after "to", round 64)
_PARTICIPLE_BY = re.compile(rf"(?:\s+[a-z]{{2,}}s)?"  # ("Patriot batteries", "Marder vehicles")
                            rf"\s*,?\s+(?:(?:which|that)\s+(?:were|was)\s+)?{_VERB}\s+"
                            r"(?:to\s+(?:the\s+)?(?P<to>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s+)?"
                            r"by\s+(?:the\s+)?", re.I)
# "Ukraine's navy includes", "Ukraine's air force flies", "Its navy now includes"
_ITS = re.compile(r"^\s*(?:.{0,60}?\s[-—–]\s+)?(?:Its|Their)$")
_FORCES = re.compile(r"(?:['’]s|(?<=\bIts)|(?<=\bTheir))\s+" + transfer_rules.FORCES_NOUN + r"\s+"
                     r"(?:already\s+|now\s+|also\s+)?"
                     r"(?:includes?|included|operates?|operated|flies|flew|fields?|fielded|uses?|"
                     r"used|has|had|comprises?)\s+", re.I)
# "Ukraine fields", "Egypt operates", "The country has" (a state as subject)
_HOLDER_VERB = re.compile(r"\s+(?:already\s+|now\s+|also\s+)?(?:fields|fielded|operates|"
                          r"operated|flies|flew|uses|used|has\s+deployed|deployed|received|has\s+received|"
                          r"acquired|has\s+acquired|relies\s+on|relied\s+on|depends\s+on)\s+")
# between two listed weapons: "W1 and W2", "W1, W2 and W3", "W1 and 40 W2"
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:\d[\d,]*|[a-z]+)\s+)?")
_BOTH_BY = re.compile(rf",\s+both\s+{_VERB}\s+by\b", re.I)
CUE = caseless(rf"\b{_VERB}\s+(?:to\s+[\w\s]{{1,40}}?)?by\b|\b(?:promised|pledged|offered|given|"
               r"sold|sent)\s+[^.;]{1,60}?\s+by\b|\b(?:supplied|provided|equipped|"
               r"armed|furnished)\s+with\b|\b(?:bought|purchased|acquired|obtained|imported)\s+"
               r"from\b|\b(?:said|says|announced|announces|confirmed|confirms)\s[^.;]{0,80}?"
               rf"\b(?:be|been|was|were|is|are)\s+(?:now\s+|soon\s+)?(?:{_VERB}|promised|pledged)\s+"
               r"to\b",
               # every branch opens on one of these verbs: a sentence with none is not scanned
               # (the scan tries each branch at every word: ~12 us a sentence)
               needs=("supplied", "provided", "delivered", "sent", "shipped", "donated",
                      "transferred", "gifted", "given", "handed", "sold", "promised", "pledged",
                      "offered", "equipped", "armed", "furnished", "bought", "purchased",
                      "acquired", "obtained", "imported", "said", "says", "announce", "confirm"))


def _suppliers(actors: list[Actor], text: str, pos: int) -> list[str]:
    """The states of the list written right after ``pos`` ("Germany, the Netherlands and
    Norway"), in order; empty unless every member is a state."""
    g = group_after(actors, text, pos, max_gap=0, include_demonyms=False)
    if g is None:
        return []
    keys = [actor_state(a) for a in g.actors]
    return [k for k in keys if k] if all(keys) else []


def _whole_list(actors: list[Actor], text: str, pos: int) -> bool:
    """The states after ``pos`` are all the givers: no "and four allies" follows them (a kind
    such a part gives may be the named systems told before, with another count)."""
    g = group_after(actors, text, pos, max_gap=0, include_demonyms=False)
    return g is not None and not re.match(r"\s+and\s", text[g.actors[-1].end:])


def _named(w) -> bool:
    """A named system ("Patriot batteries"), not a kind ("missiles", "air defence systems"):
    a kind in the passive is as often the weapon of an attack ("the drones, supplied by [S],
    struck ...") as a delivery."""
    k = w.weapon()
    return k is not None and not k.key.startswith("generic/")


def _speaker(actors: list[Actor], text: str, first_weapon: int) -> str | None:
    """The one state of the speaker whose "[speaker] said / announced (that)" opens the clause of
    the weapons at ``first_weapon`` (the subject before the verb, not the dateline)."""
    rep = next((r for r in _REPORTED.finditer(text, 0, first_weapon)
                if 0 <= first_weapon - r.end() <= 30), None)
    subject = subject_before(actors, text, rep.start(), include_demonyms=True) if rep else None
    states = {actor_state(a) for a in subject.actors} if subject is not None else set()
    return states.pop() if len(states) == 1 and None not in states else None


def _weapons_subject(view: SentView, actors: list[Actor],
                     tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text, out = view.text, []
    for m in _WEAPONS_PASSIVE.finditer(text):
        ws = [w for w in transfer_rules.weapons_in(view, 0, m.start())
              if not any(a.start >= w.end and a.end <= m.start() for a in actors)]
        if not ws or not _SUBJECT_TAIL.fullmatch(text, ws[-1].end, m.start()):
            continue
        pos, receiver = m.end(), None
        to = _TO.match(text, pos)
        if to:
            r = state_actor_at(actors, to.end())
            if r is None:
                continue
            receiver, pos = actor_state(r), r.end
        by = (_FROM if m.group("bought") else _BY).match(text, pos)
        suppliers = _suppliers(actors, text, by.end()) if by else []
        if not by and receiver:
            suppliers = [s for s in [_speaker(actors, text, ws[0].start)] if s]
        if not suppliers or receiver in suppliers:
            continue
        owner = None
        if receiver is None and by and not m.group("bought") and re.match(
                r"\s+(?:are|is|were|was|have\s+been|has\s+been)\s", m.group(0)):
            # "the Houthis' missiles are supplied by Iran": whose they are, in the present or
            # plain past, receives them (round 77)
            owner = _weapons_owner(actors, text, ws[0].start)
            receiver = owner if owner not in suppliers else None
        # a kind given "to R by S" is a supply too: the receiver rules out an attack's weapon
        # ("Forty Leopard tanks have been promised to Ukraine by Germany", round 76)
        ws = [w for w in ws if (_named(w) or owner or (receiver and by and _whole_list(
              actors, text, by.end()))) and w.start not in complete_weapons(tfs)]
        if m.group("bought") and receiver is None and ws:
            # "Pakistan's J-10C jets were bought from China": the buyer is the owner written
            # before the weapons; none written, no guess (the article's other buyer is not it)
            receiver = _possessor(actors, text, ws[0].start)
            if receiver is None or receiver in suppliers:
                continue
        for s in suppliers:
            out += transfer_rules.transfer_facts(view, s, [receiver], ws, "PASSIVE_SUPPLY",
                                                 m.group(0), 0.75)
    return out


def _receiver_subject(view: SentView, actors: list[Actor],
                      tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    text, out = view.text, []
    for m in _RECEIVER_PASSIVE.finditer(text):
        r = next((a for a in actors if a.end == m.start() and actor_state(a)), None)
        by = _BY_ONLY.search(text, m.end())
        if r is None or by is None:
            continue
        ws = [w for w in transfer_rules.weapons_in(view, m.end(), by.start())
              if _named(w) and w.start not in complete_weapons(tfs)]
        suppliers = _suppliers(actors, text, by.end())
        more = _AND_BY.search(text, by.end())
        if suppliers and more and not re.search(r"[;.]", text[by.end():more.start()]):
            suppliers += [k for k in _suppliers(actors, text, more.end()) if k not in suppliers]
        if not ws or not suppliers or actor_state(r) in suppliers:
            continue
        for f in tfs:  # "by Lithuania, which has committed 200 launchers": to the receiver
            if f.get("type") == "ArmsTransfer" and f.get("supplier") in suppliers \
                    and by.end() <= (f.get("_at") or 0) < (more.start() if more else len(text)):
                f["recipient"] = actor_state(r)
        for s in suppliers:
            out += transfer_rules.transfer_facts(view, s, [actor_state(r)], ws, "PASSIVE_SUPPLY",
                                                 m.group(0), 0.75)
    return out


def _owner(actors: list[Actor], text: str, prev: SentView | None) -> tuple[str | None, int]:
    """The forces' owner and where the list starts: "R's navy includes" (R), or "Its navy
    includes" (the state opening ``prev``, the sentence before: its subject)."""
    forces = _FORCES.search(text)
    if forces is None:
        return None, 0
    owner = next((a for a in actors if a.end == forces.start() and actor_state(a)), None)
    if owner is not None:
        return actor_state(owner), forces.end()
    if prev is not None and _ITS.match(text[:forces.start()]):
        state = subject_state(prev)
        return (state, forces.end()) if state else (None, 0)
    return None, 0


def _subject_owner(actors: list[Actor], text: str) -> tuple[str | None, int]:
    """"Ukraine fields W1 and W2 delivered by S": the state opening the sentence with a verb of
    having or using, and where its object starts."""
    m = _HOLDER_VERB.search(text)
    owner = next((a for a in actors if m and a.end == m.start() and actor_state(a)), None)
    if owner is None or any(a.end <= owner.start and actor_state(a) for a in actors):
        return None, 0
    return actor_state(owner), m.end()


def _weapons_owner(actors: list[Actor], text: str, at: int) -> str | None:
    """The armed group written as the possessive right before the weapons at ``at`` ("the
    Houthis' missiles", "Hezbollah's rockets")."""
    a = next((a for a in actors if a.end <= at and a.key and not a.person and not a.demonym
              and re.fullmatch(r"['’]s?\s+", text[a.end:at])), None)
    # (an armed group only: "Most of Poland's tanks are supplied by South Korea these days" is a
    # general statement, round 14)
    return a.key if a is not None and not a.key.startswith("state/") else None


def _possessor(actors: list[Actor], text: str, at: int) -> str | None:
    """The state written as the possessive right before the weapons at ``at``: "Pakistan's
    J-10C jets" (not a demonym: "Russian jets" names their maker as often as their owner)."""
    a = next((a for a in actors if a.end <= at and actor_state(a) and not a.demonym
              and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+)?", text[a.end:at])), None)
    return actor_state(a)


def _listed(view: SentView, w, lo: int) -> list:
    """The weapons listed with ``w`` and ending at it ("Leopard tanks and Marder vehicles")."""
    ws = [m for m in view.mentions if m.category and lo <= m.start and m.end <= w.end]
    out = [w]
    for prev in reversed(ws[:-1]):
        if not _LIST_GAP.fullmatch(view.text, prev.end, out[0].start):
            break
        out.insert(0, prev)
    return out


def _owned_participles(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                       prev: SentView | None, prev_actors: list[Actor] | None,
                       same_paragraph: bool) -> list[dict[str, Any]]:
    """"R's navy includes W1 supplied by S1 and W2 delivered by S2": (S1, R, W1), (S2, R, W2);
    "R fields W1 and W2 delivered by S", "R's W1 and W2 supplied by S": each weapon
    of the list before the participle; with no owner in the sentence ("The gains were made
    possible by W1 and W2 supplied by S"), the one state of the sentence before in the
    paragraph, else nothing (left to the article-wide guess, such readings gave a state at war
    with the receiver). A transfer of such a weapon with the owner as its supplier goes."""
    text = view.text
    receiver, start = _owner(actors, text, prev)
    if receiver is None:
        receiver, start = _subject_owner(actors, text)
    added: list[dict[str, Any]] = []
    for w in [m for m in view.mentions if m.category and m.start >= start]:
        p = _PARTICIPLE_BY.match(text, w.end)
        suppliers = _suppliers(actors, text, p.end()) if p else []
        if not suppliers or receiver in suppliers:
            continue
        ws = _listed(view, w, start)
        told = next((actor_state(a) for a in actors if p.group("to") and a.start == p.start("to")
                     and actor_state(a)), None)
        if told is not None:  # (a kind "supplied to R by S" is as often an attack's weapon)
            ws = [x for x in ws if _named(x)]
        owner = told or receiver or _possessor(actors, text, ws[0].start if ws else w.start)
        if owner in suppliers:
            continue
        if len(suppliers) > 1 and owner is None:
            continue  # (several suppliers and no owner in sight: no guess)
        if owner is None:  # the one state of the sentence before in the paragraph, if any
            before = {actor_state(a) for a in prev_actors or () if actor_state(a)} - set(suppliers)
            if not same_paragraph or len(before) != 1 or len(ws) < 2:  # (a list: one item on
                continue  # display is often not the state's own, tests/test_extract_round26d)
            owner = before.pop()
            ws = [x for x in ws if _named(x)]  # (a kind may be an attack's weapon)
        at = {x.start for x in ws}
        tfs = [f for f in tfs if not (f.get("type") == "ArmsTransfer" and f.get("_at") in at
                                      and f.get("supplier") == owner)]
        held = complete_weapons(tfs) | {f.get("_at") for f in added}
        ws = [x for x in ws if x.start not in held]
        for s in suppliers if ws else ():  # "supplied by Denmark and Norway": each (round 38)
            added += transfer_rules.transfer_facts(view, s, [owner], ws, "PASSIVE_SUPPLY",
                                                   p.group(0), 0.75)
    return tfs + added


def _both_supplied(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"F-16 jets firing AIM-120 missiles, both supplied by [S]": the transfer read for the
    second weapon holds for the first as well."""
    m = _BOTH_BY.search(view.text)
    if m is None:
        return []
    ws = [w for w in view.mentions if w.category and w.end <= m.start()][-2:]
    if len(ws) != 2 or ws[0].start in complete_weapons(tfs):
        return []
    told = next((f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("_at") == ws[1].start
                 and f.get("supplier")), None)
    if told is None or not told.get("recipient"):
        return []  # (a receiver found later for one need not be the other's)
    return transfer_rules.transfer_facts(view, told["supplier"], [told["recipient"]], [ws[0]],
                                         "PASSIVE_SUPPLY", m.group(0), 0.75)


# "W1 and W2 bought from S": a participle of buying after the last weapon of a list (not "W1
# and W2 supplied by S", which passive_supply_transfers reads with the list's owner)
_AFTER_LIST = re.compile(r"\s+(?:bought|purchased|acquired|obtained|imported)\s+from\b", re.I)


def _list_before_participle(view: SentView, tfs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """"rely on W1 and W2 bought from S": the transfer read for W2 holds for W1 (round 38:
    the first item of the list was dropped)."""
    added: list[dict[str, Any]] = []
    held = complete_weapons(tfs)
    for f in [f for f in tfs if f.get("type") == "ArmsTransfer" and f.get("supplier")
              and f.get("recipient") and f.get("_at") is not None]:
        w = next((m for m in view.mentions if m.category and m.start == f["_at"]), None)
        if w is None or not _AFTER_LIST.match(view.text, w.end):
            continue
        earlier = [x for x in _listed(view, w, 0)[:-1] if x.start not in held]
        if earlier:
            added += transfer_rules.transfer_facts(view, f["supplier"], [f["recipient"]], earlier,
                                                   "PASSIVE_SUPPLY", "supplied", 0.75)
            held |= {x.start for x in earlier}
    return added


def passive_supply_transfers(view: SentView, actors: list[Actor], tfs: list[dict[str, Any]],
                             prev: SentView | None = None,
                             prev_actors: list[Actor] | None = None,
                             same_paragraph: bool = False) -> list[dict[str, Any]]:
    """``tfs`` with the transfers stated in the passive (see the module docstring). ``prev``
    and ``prev_actors`` are the sentence before ("Its navy includes ..."); when it is in the
    same paragraph, its one state receives "W1 and W2 supplied by S" with no owner in sight."""
    tfs = _owned_participles(view, actors, tfs, prev, prev_actors, same_paragraph)
    tfs = tfs + _weapons_subject(view, actors, tfs) + _receiver_subject(view, actors, tfs)
    tfs = tfs + _both_supplied(view, tfs)
    return tfs + _list_before_participle(view, tfs)
