"""Signers told apart from the agreement: "The accord was signed for Kenya by Korir Sing'oei,
the principal secretary, and for Somalia by ...", "Foreign Minister X signed for Moldova".

A senior civil servant (a permanent secretary, an ambassador, a chief negotiator) holds no
leader role, so no actor stands for them; they are still signatories of the treaty the
sentence, or the one told just before, is about (kg.extract.records attaches them).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import person_of

# "was signed (for Kenya) (on Tuesday) by", "signed on behalf of the two governments by"
_SIGNED_BY = re.compile(r"\bsigned\b[^.;:]{0,60}?\bby\s+")
# "X signed for Moldova", "X, the chief negotiator, signed on behalf of Sudan"
_SIGNED_FOR = re.compile(r"(?:\s*,[^,;]{1,60},)?\s+(?:(?:also|then|later)\s+)?(?:signed|initial(?:l)?ed)"
                         r"\s+(?:it\s+|the\s+[\w-]+\s+)?(?:for|on\s+behalf\s+of)\b")
# the signers end where the witnesses or a new clause begin
_STOP = re.compile(r"\b(?:witnessed|in\s+the\s+presence|looked\s+on|watched|attended|while|"
                   r"who|which|after|before|said|says)\b|[;:]")


def signers_in(view: SentView) -> list[tuple[str, str, bool]]:
    """(key, label, new) of each person the sentence says signed, in order."""
    text = view.text
    if "signed" not in text and "initial" not in text:
        return []
    spans = []
    for b in _SIGNED_BY.finditer(text):
        stop = _STOP.search(text, b.end())
        spans.append((b.end(), stop.start() if stop else len(text)))
    out: list[tuple[str, str, bool]] = []
    for m in view.mentions:
        p = person_of(m)
        if p is None:
            continue
        if any(lo <= m.start < hi for lo, hi in spans) or _SIGNED_FOR.match(text, m.end):
            if p[0] not in [o[0] for o in out]:
                out.append(p)
    return out


def with_signers(found: list[dict], view: SentView) -> tuple[list[dict], list[tuple[str, str]]]:
    """The sentence's treaty facts with the signers it tells added; failing a treaty in the
    sentence, a fact that only gives signers to the treaty told just before. Also the
    (key, label) of each signer the gazetteer does not know."""
    signers = signers_in(view)
    if not signers:
        return found, []
    keys = [k for k, _, _ in signers]
    new = [(k, label) for k, label, is_new in signers if is_new]
    signed = [f for f in found if f.get("_signed")]
    if signed:
        f = signed[-1]
        f["signatories"] = list(dict.fromkeys([*f["signatories"], *keys]))
        return found, new
    return [*found, {"type": "Treaty", "parties": [], "signatories": keys, "date": None,
                     "duration_years": None, "kind": None, "_sent": view.index, "_signed": True,
                     "_needs_counterpart": False, "_needs_pair": True, "_attach_only": True,
                     "confidence": 0.5}], new
