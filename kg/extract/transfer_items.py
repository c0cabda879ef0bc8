"""Weapon phrases in a transfer sentence that are not transfers of their own.

A system's own launchers ("two NASAMS systems and their launchers") belong to the system; a
second version named beside the first ("24 F-16A and F-16B jets") is the same aircraft; bare
ammunition listed with training and maintenance ("the deal covers training, maintenance and
ammunition") is support for a system sold, not a weapon system (GOLD.md: vague backing is no
transfer), and "for the helicopter fleet" names the buyer's fleet, not an item; a class of arms
right before ", including" its items ("artillery ammunition, including 155mm shells") is the
list's heading, not a system; a model's code, plain words and a lower-case head ("GBU-39 small
diameter bombs") are one item, not the model and "bombs". One fact per real transfer keeps the
graph's identity right. "Pledged tanks to its allies" tells a recipient
that is no state: the article's main state (often the other side of a war) is no guess.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.entities import SentView

# "... and their launchers", "with its ground control stations"
_OWN_GAP = re.compile(r"\b(?:and|with|plus)\s+(?:their|its)\s+(?:own\s+|associated\s+)?$", re.I)
_COMPANION = re.compile(r"(?:launch(?:ers?|\s+units?|\s+vehicles?)|ground\s+(?:control\s+)?"
                        r"stations?|fire[-\s]control\s+units?)", re.I)
# "F-16A and F-16B jets", "Su-30MK2 or Su-30MKI": versions of one model
_MODEL_END = re.compile(r"\b(?P<stem>[A-Z][A-Za-z]*-?\d+)(?P<ver>[A-Z]{1,3}\d?)\s+(?:and|or|/)\s+$")
_MODEL_START = re.compile(r"(?P<stem>[A-Z][A-Za-z]*-?\d+)(?P<ver>[A-Z]{1,3}\d?)\b")
_BARE_AMMUNITION = re.compile(r"(?:ammunition|munitions|ammo)", re.I)
_SUPPORT = re.compile(r"\b(?:training|maintenance|servicing|spare\s+parts|logistics|fuel|"
                      r"technical\s+support|repairs?)\b", re.I)


# "maintenance and ammunition for the helicopter fleet": the buyer's fleet, not an item
_FOR_FLEET = re.compile(r"\bfor\s+(?:the|its|their|a)\s+(?:[\w-]+\s+)?$", re.I)
_FLEET_AFTER = re.compile(r"\s+fleets?\b", re.I)


def _fleet(text: str, f: dict[str, Any]) -> bool:
    end = f["_at"] + len(f["weapon_text"])
    return bool(text[f["_at"]:end] == f["weapon_text"] and _FLEET_AFTER.match(text, end)
                and _FOR_FLEET.search(text, max(0, f["_at"] - 30), f["_at"]))


# "pledged tanks to its allies", "sent tanks to the front": a recipient told, but no state;
# the article's main state (often the other side of the war) is no guess to make
_GENERIC_TO = re.compile(r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:its|their|the)\s+(?:own\s+)?"
                         r"(?:allies|partners|friends|backers|proxies|front(?:[-\s]?lines?)?|"
                         r"both\s+sides|each\s+side)\b", re.I)


def _generic_recipient(text: str, f: dict[str, Any]) -> bool:
    end = f["_at"] + len(f["weapon_text"])
    return bool(f["supplier"] and not f["recipient"] and text[f["_at"]:end] == f["weapon_text"]
                and _GENERIC_TO.match(text, end))


def _companion(text: str, f: dict[str, Any]) -> bool:
    return bool(_COMPANION.fullmatch(f["weapon_text"] or "")
                and _OWN_GAP.search(text, max(0, f["_at"] - 40), f["_at"]))


def _support_ammunition(text: str, f: dict[str, Any]) -> bool:
    """Unquantified bare ammunition in the same list as training or maintenance."""
    if f["quantity"] is not None or not _BARE_AMMUNITION.fullmatch(f["weapon_text"] or ""):
        return False
    lo, hi = max(0, f["_at"] - 60), f["_at"] + 60
    return bool(_SUPPORT.search(text, lo, hi))


def _one_model(text: str, f: dict[str, Any]) -> None:
    """Name the model without its version letter when another version is named just before."""
    m = _MODEL_START.match(f["weapon_text"] or "")
    before = _MODEL_END.search(text, max(0, f["_at"] - 30), f["_at"])
    if m and before and before.group("stem") == m.group("stem") \
            and before.group("ver") != m.group("ver"):
        f["weapon_text"] = m.group("stem") + f["weapon_text"][m.end():]
        f["weapon"] = None


# "supplies most of Lithuania's artillery ammunition, including 155mm shells and Grad rockets":
# an unnumbered lower-case class of arms right before the items listed names no system itself
_LIST_AFTER = re.compile(r"\s*,?\s*(?:including|such\s+as|among\s+them|notably)\s+", re.I)
_CLASS_WORDS = re.compile(r"[a-z][a-z\s-]*")


def _class_before_list(text: str, f: dict[str, Any], facts: list[dict[str, Any]]) -> bool:
    end = f["_at"] + len(f["weapon_text"])
    if f["quantity"] is not None or text[f["_at"]:end] != f["weapon_text"] \
            or not _CLASS_WORDS.fullmatch(f["weapon_text"]):
        return False
    inc = _LIST_AFTER.match(text, end)
    return bool(inc) and any(g is not f and g.get("type") == "ArmsTransfer"
                             and g.get("_at", -1) >= inc.end() for g in facts)


# "GBU-39 small diameter bombs": a lower-case head a few plain words after a model's code is
# that model's noun, not a second item (round 30); no joining word may stand between
_MODEL_THEN_WORDS = re.compile(
    r"(?<![\w-])[A-Z][\w-]*\d[\w-]*(?:\s+(?!(?:and|or|plus|with|as|to|from|for|of|in|by|"
    r"the|its|their|than)\b)[a-z][a-z-]*){1,3}\s+$")
_LOWER_WORDS = re.compile(r"[a-z][a-z\s-]*")


def _model_noun(text: str, f: dict[str, Any], facts: list[dict[str, Any]]) -> bool:
    if f["quantity"] is not None or not _LOWER_WORDS.fullmatch(f["weapon_text"]):
        return False
    code = _MODEL_THEN_WORDS.search(text, max(0, f["_at"] - 50), f["_at"])
    return bool(code) and any(g is not f and g.get("type") == "ArmsTransfer"
                              and g.get("_at") == code.start() for g in facts)


def keep_items(view: SentView, facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The facts of one sentence without launchers, versions and support ammunition."""
    text = view.text
    out = []
    for f in facts:
        if f.get("type") == "ArmsTransfer" and f.get("weapon_text") and "_at" in f:
            if _companion(text, f) or _support_ammunition(text, f) or _fleet(text, f) \
                    or _class_before_list(text, f, facts) or _model_noun(text, f, facts):
                continue
            _one_model(text, f)
            if _generic_recipient(text, f):
                f["_no_guess"] = True
        out.append(f)
    return out
