"""A "[demonym]-made W" told before "[S], which began supplying [R] ..." (round 30).

"Rebels shot down a Chinese-made K-8 jet ... China, which began supplying the military with
aircraft in the 1990s, ...": the first sentence shows the weapon only by its maker, the later
one says that maker supplies the side that flies it; no sentence holds both. Read only on the
strong cue ", which began/started supplying" (or "arming") right after a state, and only for a
named weapon "[S-demonym]-made/-built W" in that sentence or the three before it that no
transfer holds with both parties. The recipient is the state right after the verb, or, for "the
military/army/junta/regime", the dateline's state (the article's own country).
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract import transfers as transfer_rules
from kg.extract.clauses import Actor, actor_state
from kg.extract.entities import SentView

_BEGAN = re.compile(r"\s*,\s*which\s+(?:first\s+)?(?:began|started)\s+(?:supplying|arming)\s+"
                    r"(?:the\s+)?")
_OWN_FORCES = re.compile(r"(?:military|army|armed\s+forces|junta|regime|air\s+force)\b")
_MADE = re.compile(r"-(?:made|built)\s+")
_LOOK_BACK = 3
# "a Chinese-made K-8 jet": a model with a singular "jet" is no weapon mention (only "jets" is)
_MODEL_JET = re.compile(r"-(?:made|built)\s+(?P<name>[A-Z][A-Za-z]*-?\d[\w-]*\s+jet)\b")


def _recipient(text: str, actors: list[Actor], at: int, dateline_state: str | None
               ) -> str | None:
    rec = next((a for a in actors if a.start == at and not a.person), None)
    if rec is not None:
        return actor_state(rec)
    return dateline_state if _OWN_FORCES.match(text, at) else None


def _made_weapons(view: SentView, maker: str) -> list[Any]:
    """The named weapons of "[maker's demonym]-made W" in ``view``."""
    out = []
    for m in view.mentions:
        if not (m.is_demonym and m.state() == maker):
            continue
        made = _MADE.match(view.text, m.end)
        w = next((x for x in view.mentions if made and x.start == made.end() and x.category),
                 None)
        if w is not None and w.weapon() is not None \
                and not w.weapon().key.startswith("generic/"):
            out.append(w)
    return out


def _model_jets(view: SentView, maker: str) -> list[dict[str, Any]]:
    """Bare facts (no parties) for "[maker's demonym]-made K-8 jet", a model no mention holds."""
    out = []
    for m in view.mentions:
        made = _MODEL_JET.match(view.text, m.end) if m.is_demonym and m.state() == maker \
            else None
        if made is not None and not any(x.start == made.start("name") for x in view.mentions):
            out.append({"type": "ArmsTransfer", "weapon": None,
                        "weapon_text": made.group("name"), "weapon_category": "aircraft",
                        "quantity": None, "status": "supplied", "date": None,
                        "_sent": view.index, "_rule": "BEGAN", "_head": "jet",
                        "confidence": 0.6, "_at": made.start("name"), "_anaphoric": False})
    return out


def _held(facts: list[dict[str, Any]], key: str) -> bool:
    return any(f.get("type") == "ArmsTransfer" and f.get("weapon") == key
               and f.get("supplier") and f.get("recipient") for f in facts)


def began_supplying_transfers(view: SentView, actors: list[Actor], views: list[SentView],
                              tfs: list[dict[str, Any]], raw: list[dict[str, Any]],
                              dateline_state: str | None) -> list[dict[str, Any]]:
    """``tfs`` plus maker -> recipient for each "-made" weapon the maker "began supplying"."""
    text = view.text
    if "which began" not in text and "which started" not in text:
        return tfs
    out = list(tfs)
    for a in actors:
        began = _BEGAN.match(text, a.end)
        supplier = actor_state(a) if began and not a.person and not a.demonym else None
        if supplier is None:
            continue
        recipient = _recipient(text, actors, began.end(), dateline_state)
        if recipient is None or recipient == supplier:
            continue
        for before in views[max(0, view.index - _LOOK_BACK):view.index + 1]:
            for w in _made_weapons(before, supplier):
                if _held(out, w.weapon().key) or _held(raw, w.weapon().key):
                    continue
                for f in transfer_rules.transfer_facts(before, supplier, [recipient], [w],
                                                       "BEGAN", "supplied", conf=0.6):
                    f["quantity"] = None  # ("shot down a K-8 jet": not the number supplied)
                    out.append(f)
            for f in _model_jets(before, supplier):
                if not any(g.get("weapon_text") == f["weapon_text"] for g in out):
                    f["supplier"], f["recipient"] = supplier, recipient
                    out.append(f)
    return out
