"""Signers told apart from the agreement: "The accord was signed for Kenya by Korir Sing'oei,
the principal secretary, and for Somalia by ...", "Foreign Minister X signed for Moldova".

A senior civil servant (a permanent secretary, an ambassador, a chief negotiator) holds no
leader role, so no actor stands for them; they are still signatories of the treaty the
sentence, or the one told just before, is about (kg.extract.records attaches them).
"""

from __future__ import annotations

import re

from kg.extract.entities import SentView
from kg.extract.roles import RolePhrase, person_of

# "was signed (for Kenya) (on Tuesday) by", "signed on behalf of the two governments by"
SIGNED_BY = re.compile(r"\bsigned\b[^.;:]{0,60}?\bby\s+|"
                        # "The documents carry the signatures of A and B", "The signatures on
                        # the text are those of A and B"
                        r"\bsignatures?\b(?:\s+(?:on|under)\s+(?:the\s+|its\s+)?[\w-]+)?\s+"
                        r"(?:(?:are|were|is|was)\s+(?:those\s+)?)?(?:of|by)\s+")
# "X signed for Moldova", "X, the chief negotiator, signed on behalf of Sudan"
# ("A, who signed for Accra, said", "with A and B signing for their countries", "put pen to
# paper for")
_SIGNED_FOR = re.compile(r"(?:\s*,[^,;]{1,60},)?(?:\s*,\s*who)?\s+(?:(?:also|then|later)\s+)?"
                         r"(?:signed|signing|initial(?:l)?ed|inked|put\s+pen\s+to\s+paper)"
                         r"\s+(?:it\s+|the\s+[\w-]+\s+)?(?:for|on\s+behalf\s+of)\b")
# "General A, Captain B and General C signed the confederation treaty", "X signed it": the
# subject of a signing whose object is the agreement (not "signed a decree")
# ("A and B put their names to the text"; "The ministers, A and B, signed it": the comma closing
# an apposition, "A, Japan's minister, signed it": the name's own apposition)
_SIGNED_IT = re.compile(r"(?:\s*,[^,;]{1,60},)?\s*,?\s+(?:(?:also|then|later|formally|jointly|"
                        r"finally)\s+)?(?:signed|initial(?:l)?ed|put\s+(?:their|his|her)\s+"
                        r"(?:names?|signatures?)\s+to|put\s+pen\s+to\s+paper\s+on|"
                        # ("..., with ministers A and B putting their names to it")
                        r"signing|putting\s+(?:their|his|her)\s+(?:names?|signatures?)\s+to)\s+"
                        r"(?:it\b(?!\s+into\s+law)|(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?"
                        r"(?:treaty|pact|agreement|accord|deal|charter|declaration|memorandum|"
                        r"document|text|protocol)\b)")
# "A and B", "A, Foreign Minister B and C": names in one list (titles between them)
# ("A and his Turkish counterpart B")
# ("A and Somaliland's leader, B": a possessive title and its comma)
_COORDINATED = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:[A-Z][\w.’'-]*|of|the|his|her|"
                          # ("A and the region's leader, B, signed the text")
                          r"their|counterpart|(?:region|country|nation)['’]s|"
                          r"(?:prime\s+|foreign\s+|defen[cs]e\s+)?minister|"
                          r"president|secretary|leader),?\s+){0,5}")
# "A signed the document with his Ukrainian counterpart B": B signed too
_WITH_COUNTERPART = re.compile(r"\bwith\s+(?:his|her)\s+(?:[\w-]+\s+){0,2}counterpart,?\s+$")
# "signed ..., witnessed / announced / hosted by X": the by-phrase of another verb
# ("signed during a visit by X": the visitor, not a signer the text names)
_WITNESS_BY = re.compile(r"\b(?:witness(?:ed|es)?|watched|observed|attended|announced|hosted|"
                         r"brokered|mediated|overseen|presided\s+over|welcomed|praised|"
                         r"(?:state\s+|official\s+)?(?:visit|trip|tour))\s+by\s+$")
# the signers end where the witnesses or a new clause begin
# (", at the Amiri Diwan": the place of the signing, not a signer)
# (", with President X looking on", ", as X watched": a witness, round 59)
SIGNERS_STOP = re.compile(r"\b(?:witnessed|in\s+the\s+presence|looked\s+on|looking\s+on|watched|"
                          r"watching|attended|while|who|which|after|before|said|says)\b|[;:]|"
                          r",\s+at\s+the\b|,\s+(?:with|as)\s")
# "is expected to be signed by A and B", "will be signed by": signers hoped for, not signers
_NOT_YET = re.compile(r"\b(?:(?:expected|due|set|scheduled|likely|hoped|planned|going)\s+to\s+be|"
                      r"will\s+be|would\s+be|(?:is|are)\s+to\s+be)\s+$", re.I)


def signers_in(view: SentView) -> list[tuple[str, str, bool]]:
    """(key, label, new) of each person the sentence says signed, in order."""
    text = view.text
    if not any(w in text for w in ("signed", "signing", "initial", "inked", "pen to paper",
                                   "signature", "names to")):
        return []
    spans = []
    for b in SIGNED_BY.finditer(text):
        if _WITNESS_BY.search(b.group(0)):
            continue  # "signed the deal, witnessed by President X": X did not sign
        last = b.start() + b.group(0).rfind("signed")  # (the verb nearest the "by")
        if b.group(0).startswith("signed") and _NOT_YET.search(text, 0, last):
            continue
        stop = SIGNERS_STOP.search(text, b.end())
        spans.append((b.end(), stop.start() if stop else len(text)))
    out: list[tuple[str, str, bool]] = []
    persons = [(m, p) for m in view.mentions if (p := person_of(m)) is not None]
    signed_for: set[int] = set()
    for i in reversed(range(len(persons))):
        m = persons[i][0]
        if _SIGNED_FOR.match(text, m.end) or _SIGNED_IT.match(text, m.end) or (
                i + 1 in signed_for and _COORDINATED.fullmatch(text, m.end,
                                                               persons[i + 1][0].start)):
            # ("Defence ministers A and B signed on behalf of their governments": each name
            # coordinated with the one that signed)
            signed_for.add(i)
    for i in range(1, len(persons)):
        m, prev = persons[i][0], persons[i - 1][0]
        if i - 1 in signed_for and _WITH_COUNTERPART.search(text, prev.end, m.start) and not \
                re.search(r"[;:]", text[prev.end:m.start]):
            signed_for.add(i)
        if i - 1 in signed_for and re.match(r"\s+for\s", text[m.end:]) and re.search(
                r"\bfor\s[^;]{2,40}?\band\s+(?:(?:[A-Z][\w'’-]*|of|the)\s+){0,4}$",
                text[prev.end:m.start]):
            signed_for.add(i)  # "A signed for Ghana and (Togolese Foreign Minister) B for Togo"
    for i, (m, p) in enumerate(persons):
        if any(lo <= m.start < hi for lo, hi in spans) or i in signed_for:
            if p[0] not in [o[0] for o in out]:
                out.append(p)
    return out


def with_signers(found: list[dict], view: SentView, roles: list[RolePhrase] = (),
                 referred: list[str] = ()) -> tuple[list[dict], list[tuple[str, str]]]:
    """The sentence's treaty facts with the signers it tells added; failing a treaty in the
    sentence, a fact that only gives signers to the treaty told just before. Also the
    (key, label) of each signer the gazetteer does not know. ``roles``: the sentence's role
    phrases; those of a plural office the sentence before said signed ("The foreign ministers
    of A and B signed it. X and Y then ...") are signers too, and so are ``referred``, the
    known office-holders "the two leaders" stands for (kg.extract.pair_signers)."""
    signers = signers_in(view)
    for key in referred:
        if key not in [k for k, _, _ in signers]:
            signers.append((key, key, False))
    for r in roles:
        if r.signed and r.person not in [k for k, _, _ in signers]:
            signers.append((r.person, r.person_label, r.person_new))
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
