"""Treaties: a signing verb and an agreement noun, with parties, signatories, date and duration.

Rules:

* T1 signing:  an agreement noun (treaty, pact, agreement, accord, deal, memorandum, contract)
  with a signing verb (signed, put pen to, inked, concluded, sealed, clinched, struck/reached
  a deal) that is not hedged ("plans to sign", "could sign", "talks on a deal"). Parties: the
  subject of the verb ("Russia and Iran signed"), "with X" ("signed a pact with Ukraine") and
  "between X and Y"; a leader stands for their state and is a signatory.
* T2 mention:  an agreement noun with a duration or "between X and Y" but no signing verb
  ("the 20-year pact between Moscow and Tehran") adds details to a signed treaty with the same
  parties; alone it is no fact.
* durations: "20-year", "100-year", "for ten years", "century-long", "decade-long".
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.broken_pacts import left_partner
from kg.extract.caseless import caseless
from kg.extract.clauses import (Actor, Group, after_word, clause_start, group_after,
                                relative_spans, subject_before)
from kg.extract.dash_lists import dash_list_subject
from kg.extract.each_signed import each_signed
from kg.extract.entities import SentView
from kg.extract.gapped_signings import second_objects, split_gapped
from kg.extract.numbers import NUMBER_RE, parse_number
from kg.extract.sentences import dateline_end

_SIGNED_IT = re.compile(r"\bsigned\b|\b(?:inked|sealed|to)\s+it\b")  # (no treaty noun: "signed it")
NOUN_RE = caseless(
    r"\b(?P<noun>treaty|treaties|pacts?|agreements?|accords?|deals?|memorandum(?:\s+of\s+understanding)?"
    r"|MoU|contracts?|partnership|alliance|framework|compact|protocol|charter"
    # "signed a joint declaration": a signed declaration binds the states that sign it
    r"|(?:joint\s+)?declarations?"
    # ("Turkey and Iraq signed a roadmap for security cooperation": round 75)
    r"|road\s?maps?)\b",
    needs=("treat", "pact", "agreement", "accord", "deal", "memorandum", "mou", "contract",
           "partnership", "alliance", "framework", "compact", "protocol", "charter",
           "declaration", "road"))
SIGN_RE = caseless(
    r"\b(?P<verb>sign(?:s|ed|ing)?|put\s+pen\s+to|"
    r"put\s+(?:his|her|their|its)\s+(?:name|names|signature|signatures)\s+to|ink(?:s|ed)?|conclud(?:e|es|ed|ing)|"
    r"seal(?:s|ed)?|clinch(?:es|ed)?|(?:struck|strike|reached|agreed)(?=\s+(?:on\s+)?(?:a|an|the)\s"
    r"(?:[\w‘’'\-]+\s+){0,4}(?:deal|agreement|pact|accord|treaty))"
    # "announced a new security partnership", "formed an alliance": a concluded agreement
    r"|(?:announced|unveiled|launched|forged|formed|established|created|agreed)(?=\s+(?:a|an|the)"
    r"\s(?:[\w‘’'\-]+\s+){0,4}(?:partnership|alliance|pact|agreement|accord|treaty)\b)"
    # "initialled a peace agreement", "ratified the treaty", "approved an agreement with X"
    r"|initial(?:l)?ed|ratif(?:y|ies|ied)|(?:approved|endorsed)(?=\s+(?:a|an|the)"
    r"\s(?:[\w‘’'\-]+\s+){0,4}(?:agreement|accord|treaty|pact|deal)\b)"
    # "published the text of a peace agreement": the finished agreement made public (round 86)
    r"|published(?=\s+(?:the\s+(?:full\s+|final\s+)?text\s+of\s+)?(?:a|an|the)"
    r"\s(?:(?!(?:on|about|into|of|criticising|criticizing)\s)[\w‘’'\-]+\s+){0,4}"
    r"(?:agreement|accord|treaty|pact)\b))\b")
# (also "under agreements due to be signed next month": not signed yet)
_HEDGE = caseless(
    r"\b(?:would|could|may|might|will|shall|plans?|planning|hop(?:e|es|ed|ing)|expected|set|aims?|"
    r"wants?|seeks?|seeking|intends?|ready|refused|failed|not|never|n't|talks|negotiat\w*|"
    r"proposed|possible|potential|considering|discuss\w*|any|until|unless|due\s+to\s+be|"
    r"before\s+(?:any|a|an|the))\b[\w\s,’'-]{0,25}$"
    # ("are expected to meet in Washington to seal the deal": a meeting to come, round 79)
    r"|\b(?:expected|due|set|scheduled|plan(?:s|ned)?)\s+to\s+(?:meet|travel|gather|convene)\b"
    r"[\w\s,’'-]{0,30}$")
# "President X signed a law ratifying the treaty": a ratification, not another treaty
_LAW = re.compile(r"\s+(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}?(?:law|bill|decree|legislation)\b|"
                  r"\s+into\s+law\b", re.I)
# "the military governments of Mali, Niger and Burkina Faso have signed": the states named
_GOVERNMENTS_OF = (r"\b(?:governments|leaders|heads\s+of\s+state|presidents|rulers|juntas|"
                   r"(?:foreign|defen[cs]e|interior|finance|trade|energy|economy|justice|home)\s+"
                   r"ministers|representatives)\s+(?:of|from)\s+"
                   r"(?:the\s+)?")
# "a 1961 treaty of friendship", "the 1953 Mutual Defense Treaty", "AUKUS, the 2021 pact": a
# treaty told as background, dated by the year on it
_YEAR_ON = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<y>(?:19|20)\d{2})\s+(?:[\w‘’'-]+\s+){0,4}$")
_NAMED = re.compile(r"(?P<name>(?:[A-Z][\w-]*\s+){1,4})(?:[a-z][\w-]*\s+){0,2}$")
_NOT_NAME = {"The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her",
             "Our", "Under", "In", "On", "By", "With", "After", "Before", "New", "First", "Last"}
_INSTITUTION = re.compile(r"(?:['’]s)?\s+(?:(?:cabinet|government|parliament|legislature|lawmakers|"
                          r"senate|assembly|duma|congress|state\s+duma|national\s+assembly|"
                          r"council\s+of\s+ministers)(?:\s+and\s+)?){1,2}\b", re.I)
_DURATION = [
    (re.compile(rf"\b(?P<n>{NUMBER_RE})[- ]year\b", re.I), None),
    (re.compile(rf"\bfor\s+(?:a\s+period\s+of\s+|the\s+(?:next|coming)\s+)?(?P<n>{NUMBER_RE})"
                rf"\s+years\b", re.I), None),
    (re.compile(r"\bcentury-long\b|\bfor\s+a\s+century\b|\bhundred-year\b", re.I), 100),
    (re.compile(r"\bdecade-long\b|\bfor\s+a\s+decade\b", re.I), 10),
    (re.compile(r"\bhalf-century\b", re.I), 50),
]
_KIND_RE = caseless(
    # (a modifier is no determiner: "The Philippines signed a framework" is "a framework"; round 68)
    r"\b(?:a|an|the|its|their|this|that)\s+"
    r"(?P<mods>(?:(?!(?:a|an|the|its|their|this|that)\s)[\w‘’'\-]+\s+){0,4}?)(?P<noun>treaty|pact|"
    r"agreement|accord|deal|memorandum(?:\s+of\s+understanding)?|contracts?|partnership|alliance|"
    r"framework|compact|protocol|charter|declaration)\b")
_NOT_TREATY = caseless(r"\b(?:dealing|(?:to|must|can|will|would)\s+deal\s+with|dealt\s+with|"
                       r"plea\s+deal|record\s+deal|"
                       r"gas\s+deal|trade\s+deal|grain\s+deal)\b")


# "the accord, which A and B signed in 2020", "a pact that the two governments signed": the
# verb of a relative clause whose object is the noun before it (no object of its own after it)
# ("a declaration of principles the two countries and Sudan signed": no pronoun, no comma)
_RELATIVE_OBJ = re.compile(r"(?:,?\s+(?:which|that)\s+(?!(?:was|were|is|are|has|have|had)\b)"
                           r"[^.;:()—–]{2,130}?|\s+(?:of\s+(?:[a-z][\w-]*\s+){1,3})?"
                           r"(?=the\s|both\s|[A-Z])[^.;:()—–,]{2,80}?)\s+(?:(?:had|have|has|"
                           r"formally|jointly|also|finally|later)\s+)*")
_IT_OBJECT = re.compile(r"\s+(?P<n>it)\b(?!\s+(?:into\s+law|off|up)\b)")
_OWN_OBJECT = re.compile(r"\s+(?:(?:a|an|the|its|their|his|her|this|these|two|three|several|"
                         r"similar|new|separate)\b|(?:up|on)\s+to\b)", re.I)


# "Britain signed the first in January": an agreement of a kind the article has already told
_ELLIPSIS = re.compile(r"\s+(?:the\s+(?:first|second|third|fourth|fifth|last|latest|next)|"
                       r"(?:its|their|his|her)\s+own|one|a\s+similar\s+one|similar\s+ones)\b"
                       r"(?!\s+(?:of|in\s+command))", re.I)
_FOLLOWED = re.compile(r"\b(?:followed|follow(?:s|ing)?)(?:\s+suit)?\b(?!\s+(?:up|the|a|an|"
                       r"by|through|on))", re.I)


_WITNESSED = re.compile(r"\b(?:in\s+(?:a|the)\s+(?:ceremony|presence)|witnessed|attended|watched|"
                        r"hosted|observed|while|as\s+(?:\w+\s+){0,3}(?:looked|watched)|with\s+"
                        r"(?:\w+\s+){1,4}(?:looking\s+on|as\s+(?:a\s+)?witness))\b", re.I)
# "signed during a visit by X": X is the visitor, not a signer the text names; "signed at a
# ceremony hosted by X" (round 24): X is the host
_VISIT_BY = re.compile(r"\b(?:(?:visit|trip|tour)|(?:hosted|witnessed|attended|chaired|"
                       r"organi[sz]ed)(?:\s+jointly)?)\s+by\b")
# "It was signed ...", "The treaty was formally signed ...": the agreement told before
_BACK_REF = re.compile(r"(?:^|[.;:]\s+)\W*(?:It|(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?P<n>treaty|"
                       r"pact|agreement|accord|deal|memorandum|document|text))(?:\s+(?:was|had\s+been|"
                       r"has\s+been)\s+|\s*,\s*)(?:[\w-]+ly\s+)?$")
# ("The agreement, signed on Tuesday in Niamey, covers ...": a participle apposition)


# "they signed", "Their defence ministers put their signatures to": the states told before,
# however many
# ("The two men also signed a contract": round 74)
_GROUP_REF = re.compile(r"\b(?:[Tt]hey|[Tt]he\s+two\s+(?:men|women)|(?:[Tt]heir|[Tt]he\s+(?:two|three|four|five|six|seven)|[Bb]oth)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:leaders|presidents|"
                        r"ministers|heads\s+of\s+(?:state|government)|envoys|representatives|"
                        r"delegations|negotiators))\s+(?:(?:have|had|also|then|later|formally|"
                        r"jointly|finally)\s+)*$")
# "A confederation treaty was signed by the three governments": the states told before (round 46)
_BY_GROUP_REF = re.compile(r"\s+by\s+(?:the|all)\s+(?:three|four|five|six|seven)\s+(?:countries|"
                           r"governments|nations|states|leaders|presidents)\b")
# "the two countries", "both governments", "the two sides' defence ministers"
_PAIR_REF = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:countries|governments|nations|sides|"
                       r"states|neighbou?rs|allies)\b|^\s*(?:They|Both)\b", re.I)


# "under a deal signed in ...", "since the accord signed in 2015": a reduced relative clause in
# a prepositional phrase around the main clause
_BACKGROUND_PREP = re.compile(r"\b(?:[Uu]nder|[Ss]ince|[Aa]fter|[Ff]ollowing|[Tt]hrough|[Dd]espite|"
                              r"[Ww]ith|[Ii]n\s+line\s+with|(?:[Aa]s\s+)?part\s+of|[Uu]nder\s+the\s+"
                              r"terms\s+of)\s+(?:[\w‘’'\-]+\s+){0,5}$")


def _main_clause_parties(actors: list[Actor], text: str, noun, v) -> list[str]:
    """The states of the main clause's subject when "NOUN signed ..." is a reduced relative in
    a prepositional phrase: after the comma that closes a fronted phrase ("Under a deal signed
    in 2023, A and B restored ties"), else before the preposition ("A and B restored ties
    under a deal signed in 2023")."""
    if not hasattr(noun, "start") or v.start() <= noun.start() or \
            not re.fullmatch(r"\s+(?:(?:formally|jointly|originally|first)\s+)?",
                             text[noun.end():v.start()]):
        return []
    pre = _BACKGROUND_PREP.search(text, 0, noun.start())
    if pre is None:
        return []
    if re.fullmatch(r"[\W_]*(?:[A-Z][A-Z .'’-]+\s*[—–-]+\s*)?", text[:pre.start()]):
        comma = text.find(",", v.end())
        g = group_after(actors, text, comma + 1, max_gap=8, include_demonyms=False) \
            if comma != -1 else None
    else:
        g = subject_before(actors, text, pre.start())
    keys = [a.key for a in g.actors if a.key and a.key.startswith("state/")] if g else []
    return list(dict.fromkeys(keys))


_SUBJECT_WHICH = re.compile(r",\s+(?:which|who)\s+(?:(?:have|has|had|also|jointly|formally|"
                           r"later|then)\s+)*$")
# "met on Sunday, a year after they signed the treaty": the main clause's date is not the
# signing's
_SUBORDINATE = re.compile(r"\b(?:after|before|since|when|until)\s+(?:[\w‘’'-]+\s+){0,5}$", re.I)

_HOW_MANY = {"two": 2, "both": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _told_before(actors: list[Actor], pos: int, ref: str) -> list[str]:
    """The states a sentence names before "the two countries" at ``pos``, when they are as
    many as the reference says (else none: the reference is to other states)."""
    n = next((v for w, v in _HOW_MANY.items() if re.search(rf"\b{w}\b", ref, re.I)), None)
    if n is None:
        return []
    keys = list(dict.fromkeys(a.key for a in actors if a.end <= pos and a.key
                              and a.key.startswith("state/")))
    return keys if len(keys) == n else []


# "a deal between two NATO allies", "between the two Gulf neighbours": the adjective names no
# party (the states are named nearby)
_BETWEEN = r"\bbetween\s+(?!(?:the\s+)?(?:two|three|four|both)\s)"

# "signed the accord with B, followed by C and D" / "..., and C is expected to follow (suit)":
# states that join the same agreement
_JOINED_BY = re.compile(r",?\s+(?:(?:and\s+)?(?:later\s+|soon\s+|then\s+)?followed\s+(?:soon\s+|"
                        r"later\s+)?by|(?:to\s+be\s+)?joined\s+by)\s+(?:the\s+)?", re.I)
_TO_FOLLOW = re.compile(r"\s+(?:(?:is|are)\s+(?:expected|set|due|likely)\s+to|will|plans?\s+to)"
                        r"\s+(?:(?:sign\s+up|join)\b|follow\b(?!\s+(?:up|the|a|an|through|on)\b))",
                        re.I)

# "signed a similar agreement with Washington, and Denmark is expected to follow": one of a series
# of bilateral agreements; the follower signs its own
_SERIES = re.compile(r"\b(?:similar|such|bilateral|separate|(?:its|their)\s+own)\s+(?:[\w-]+\s+){0,3}$",
                     re.I)


# "similar accords", "comparable agreements", "separate deals", "similar ones": one of a series
# of agreements, each with one partner
_SIMILAR = re.compile(r"\b(?:similar|comparable|separate|identical|parallel|such)\s+"
                      r"(?:[\w-]+\s+){0,3}$", re.I)


# "Riyadh has signed similar agreements with A and B" with no time of its own: the state's
# record told as background, no signing of this story ("has since signed", "were later
# signed", "in 2023", "two weeks earlier" tell signings that follow or precede it)
_TIMED = re.compile(r"\b(?:since|later|subsequently|earlier|then|(?:19|20)\d{2}|ago|last\s+"
                    r"(?:week|month|year)|this\s+(?:week|month|year)|on\s+[A-Z]\w+day|"
                    r"January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\b")


# "Under the AUKUS partnership, the United States will sell ...", "within the framework of the
# Alliance of Sahel States": an alliance named as the setting of a sale, not signed here
_SETTING = re.compile(r"\b(?:[Uu]nder|[Ww]ithin|[Tt]hrough|[Aa]s\s+part\s+of|[Ff]alls\s+"
                      r"(?:within|under))\s+(?:the\s+)?(?:(?:framework|umbrella|auspices)\s+of\s+"
                      r"(?:the\s+)?)?(?:[\w‘’'-]+\s+){0,4}$")
_SALE = caseless(r"\b(?:sell|sells|sold|sale|supply|supplies|supplied|deliver\w*|buy|buys|bought|"
                 r"purchase\w*|transfer\w*|export\w*)\b",
                 needs=("sel", "sol", "sale", "suppl", "deliver", "buy", "bought", "purchase",
                        "transfer", "export"))


# "similar deals", "comparable pacts": agreements told by comparison with this story's
_LIKE = re.compile(r"\b(?:similar|comparable|identical|such)\s+(?:[\w-]+\s+){0,3}$", re.I)


def _untimed_series(view: SentView, text: str, lo: int, hi: int) -> bool:
    """True when the clause of a series of similar agreements tells no time (see _TIMED)."""
    return not _TIMED.search(text, lo, hi) and not any(lo <= d.start < hi for d in view.dates)


# "modelled on the Elysee Treaty between France and Germany": the model's states are no
# parties of the agreement signed
_MODEL = re.compile(r"\b(?:model(?:l)?ed\s+(?:on|after)|patterned\s+(?:on|after)|based\s+on|"
                    r"inspired\s+by|a\s+copy\s+of|on\s+the\s+(?:model|lines)\s+of)\b", re.I)
# "more ambitious than the 1979 treaty between A and B", "compared the memorandum with the 2017
# agreement under which ...", "unlike the 1994 accord": an earlier agreement named in passing as
# a yardstick for this story's (no fact of its own)
_COMPARED = re.compile(r"\b(?:than|unlike|(?:similar|akin|comparable)\s+to|(?:compared|likened|"
                       r"contrasted|equated)\b[^.;:]{0,50}?\b(?:with|to)|in\s+contrast\s+to|"
                       r"model(?:l)?ed\s+(?:on|after)|patterned\s+(?:on|after)|echo(?:es|ed|ing)|"
                       r"(?:mirrors|mirrored|mirroring))\s+(?:the|an?|its|their)\s+"
                       r"(?:[\w‘’'-]+\s+){0,5}$", re.I)
# "a purchase agreement with France and the United States": one buyer's deals with several
# suppliers, told as one; no treaty between three states (the arms transfers carry the facts)
_PURCHASE = re.compile(r"\b(?:purchase|procurement|acquisition|supply|sales?|arms|buy|order)\b",
                       re.I)
# "the breakaway Georgian region of Abkhazia": the region named after "of", not the demonym's
# parent state
_REGION_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:region|province|territory|enclave|republic)"
                        r"\s+of\s+(?:the\s+)?$", re.I)


# "with the breakaway region of Abkhazia": the region is the party, named after "of"
_BREAKAWAY_OF = (r"(?:the\s+breakaway\s+(?:[A-Z][\w-]*\s+)?(?:region|republic|territory|enclave)"
                 r"\s+of\s+)?")


def _region_for_parent(actors: list[Actor], text: str, g: Group | None) -> Group | None:
    """The group with a demonym before "region of X" replaced by X (see _REGION_OF)."""
    if g is None:
        return None
    out = []
    for a in g.actors:
        nxt = next((b for b in actors if b.start >= a.end and b.key), None)
        if a.demonym and nxt is not None and _REGION_OF.fullmatch(text, a.end, nxt.start):
            out.append(nxt)
        else:
            out.append(a)
    return Group(out)


def _series_partners(text: str, noun, subj: Group | None, withg: Group | None
                     ) -> tuple[str | None, list[str]] | None:
    """(the subject's one state or None, the partners) when a plural agreement noun of a
    series ("similar accords", "similar ones") is signed "with A and B" (two or more states)."""
    if withg is None or not hasattr(noun, "start"):
        return None
    word = noun.group(0).lower()
    if not (word.endswith("s") or word.endswith("ones")) or word in ("mou",):
        return None
    if not (_SIMILAR.search(text, max(0, noun.start() - 40), noun.start())
            or re.match(r"\s*similar\s+ones\b", word)):
        return None
    keys = [k for k in _parties([withg])[0] if k.startswith("state/")]
    own = [k for k in (_parties([subj])[0] if subj else []) if k.startswith("state/")]
    if len(keys) < 2 or len(own) > 1:
        return None
    return (own[0] if own else None), [k for k in keys if k not in own]


def _joiners(actors: list[Actor], text: str, lo: int) -> list[str]:
    """States added to a signed agreement by ellipsis after its noun (see _JOINED_BY, _TO_FOLLOW)."""
    keys: list[str] = []
    for m in _JOINED_BY.finditer(text, lo):
        g = group_after(actors, text, m.end(), max_gap=4, include_demonyms=False)
        if g is not None:
            keys += [a.key for a in g.actors if a.key and a.key.startswith("state/")]
    for m in _TO_FOLLOW.finditer(text, lo):
        # the states right before it, back to the clause's "and" ("in Accra, and Benin and
        # Nigeria are expected to follow": not Accra)
        end, found = m.start(), []
        for a in reversed([a for a in actors if lo <= a.start and a.end <= m.start()]):
            gap = text[a.end:end]
            if not (a.key and a.key.startswith("state/")) or not (
                    gap.strip() == "" or re.fullmatch(r",?\s+and\s+|,\s+", gap)):
                break
            found.insert(0, a.key)
            end = a.start
            if re.search(r"(?:^|[,;]\s+|\band\s+)$", text[max(0, end - 6):end]) and \
                    re.search(r"[,;]\s+(?:and\s+)?$", text[max(0, end - 8):end]):
                break  # ", and Benin ...": the clause starts here
        keys += found
    return keys


# "a war with Russia", "tensions with China": a state that is no party
_NOT_PARTY_WITH = re.compile(r"\b(?:war|wars|conflict|tensions?|talks|fighting|dispute|clashes|"
                             r"relations|ties|rivalry|standoff|border|confrontation|trade)\s+$",
                             re.I)


def _with_list(view: SentView, actors: list[Actor], text: str, lo: int, hi: int):
    """Each "with X" after the verb, with the date told before the next one."""
    out = []
    ms = [m for m in re.finditer(r"\bwith\s+(?:the\s+)?", text[lo:hi])
          if not _NOT_PARTY_WITH.search(text[lo:lo + m.start()])]
    # only coordinated partners: "with Australia, in January 2022, and with Britain"
    keep = ms[:1]
    for prev, m in zip(ms, ms[1:], strict=False):
        gap = text[lo + prev.end():lo + m.start()]
        # ("one with Poland and one with the Czech Republic": two parallel documents)
        if len(gap) > 45 or not re.search(r",?\s+and\s+(?:(?:one|another|a\s+second)\s+)?$",
                                          gap):
            break
        keep.append(m)
    ms = keep
    for i, m in enumerate(ms):
        a = lo + m.end()
        b = lo + ms[i + 1].start() if i + 1 < len(ms) else hi
        g, _ = after_word(actors, text, r"^", a, b, max_gap=2)
        keys = [x.key for x in g.actors if x.key and x.key.startswith("state/")] if g else []
        if not keys:
            continue
        d = next((x.value for x in view.dates if a <= x.start < b), None)
        out.append((keys, d))
    return out


# "with fellow Baltic states Latvia and Estonia", "with its fellow members in Niamey and
# Ouagadougou": the partners come after the words naming what they share
_FELLOW = caseless(r"\bwith\s+(?:(?:its|their|his|her)\s+)?fellow\s+", needs=("fellow",))


def _fellow_partners(actors: list[Actor], text: str, lo: int, hi: int) -> Group | None:
    """The states of "with fellow [members] A and B" in text[lo:hi] (a three-party pact)."""
    m = _FELLOW.search(text, lo, hi)
    if m is None:
        return None
    first = next((a for a in actors if a.start >= m.end() and a.key
                  and a.key.startswith("state/") and not a.demonym), None)
    if first is None or first.start - m.end() > 45 or re.search(r"[,;:.]",
                                                                  text[m.end():first.start]):
        return None
    g = group_after(actors, text, first.start, max_gap=0, include_demonyms=False)
    return g if g is not None and g.end <= hi else None


_APPOSITION = re.compile(r",\s+(?:both|all|each|two|three|fellow|the|long-?time|neighbouring|"
                         r"neighboring)\b[^,;.]{0,40},\s*(?:(?:have|has|had|formally|also|"
                         r"finally|on\s+\w+)\s+)*$", re.I)


# "A, B and C — the presidents of X, Y and Z — put their signatures to": a dash apposition
_DASH_APPOSITION = re.compile(r"\s(?:[—–]|--?)\s[^—–;.]{3,90}?\s(?:[—–]|--?)\s*(?:(?:have|has|had|"
                              r"formally|also|finally|jointly|on\s+\w+)\s+)*$")


def _one_list(g: Group | None, text: str) -> Group | None:
    """"by Israel and Hamas, Egypt and Qatar will monitor ...": a list ends at its "and"; a
    comma after it starts another clause's subject."""
    if g is None:
        return None
    for i in range(1, len(g.actors)):
        gap = text[g.actors[i - 1].end:g.actors[i].start]
        if "," in gap and "and" not in gap and any(
                re.search(r"\band\b", text[g.actors[j - 1].end:g.actors[j].start])
                for j in range(1, i)):
            return Group(g.actors[:i])
    return g


# "The defence ministers, A (Ecuador) and B (Peru), signed": the comma closing a list of names
_LIST_CLOSE = re.compile(r",\s*(?:(?:have|has|had|formally|also|then|jointly|finally|on\s+\w+)"
                         r"\s+)*$")


def _named_signers(actors: list[Actor], text: str, pos: int) -> Group | None:
    """The office-holders named in apposition to the subject, each with their own state ("The
    foreign ministers, A of X and B of Y, signed"): the states are the parties."""
    close = _LIST_CLOSE.search(text, 0, pos)
    if close is None:
        return None
    lo = max(text.rfind(";", 0, close.start()), text.rfind(":", 0, close.start())) + 1
    g = subject_before(actors, text, close.start(), lo=lo)
    if g is None or len(g.actors) < 2 or not all(a.person and a.key for a in g.actors):
        return None
    # the list opens the sentence or stands in apposition ("The ministers, A and B, signed")
    return g if re.search(r"(?:,\s*|^\W*)$", text[lo:g.start]) else None


# "The Peruvian and Chilean foreign ministers signed": the office right before the verb
_OFFICE_SIGNERS = re.compile(r"\s+(?:(?:foreign|defen[cs]e|interior|finance|trade|energy|economy|"
                             r"prime|justice|home)\s+)?(?P<n>ministers?|secretar(?:y|ies)|leaders?|"
                             r"presidents?|premiers?|governments?|officials|delegations?|envoys?|"
                             r"negotiators?|counterparts?)\s+"
                             r"(?:(?:have|has|had|also|formally|jointly|then|later|finally)\s+)*$")


_AND_HIS = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+){1,3}and\s+(?:his|her|their)\s+")


def _titled_demonyms(actors: list[Actor], text: str, pos: int) -> Group | None:
    """"The Kenyan and Ugandan defence ministers signed", "Indonesia's defence minister and his
    Japanese counterpart signed": the states of the demonyms (and a possessive state) before an
    office that is the verb's subject. One state alone only with a partner after the verb ("The
    Polish defence minister signed ... with Sweden")."""
    m = _OFFICE_SIGNERS.search(text, 0, pos)
    if m is None:
        return None
    g = subject_before(actors, text, m.start(), include_demonyms=True)
    if g is None or g.end != m.start() or not all(
            a.demonym and a.key and a.key.startswith("state/") for a in g.actors):
        return None
    if m.group("n").startswith("counterpart"):
        # "Indonesia's defence minister and his Japanese counterpart"
        own = next((a for a in reversed(actors) if a.end <= g.start and a.key
                    and a.key.startswith("state/") and a.key not in g.keys()
                    and _AND_HIS.fullmatch(text, a.end, g.start)), None)
        return Group([own, *g.actors]) if own is not None else None
    if len(g.actors) == 1 and not re.search(r"\bwith\s", text[pos:]):
        return None
    return g


# "A, Armenia's prime minister, and B, the president of Azerbaijan, signed": the office told
# after each name (the role reaches past the name) and the "and" that joins the next
_APPOSED_AND = re.compile(r",\s+[^,;]{2,70},\s+and\s+")


# "Sudan's A and Saudi Arabia's B then signed": each signer's name after its state's possessive
_POSS_NAME = re.compile(r"['’]s\s+(?:(?:[A-Z][\w.’'-]*|bin|bint|ibn|al|van|von|de|da|del|der|"
                        r"la|[a-z]{1,3}-[A-Z][\w’'-]*)\s+){0,4}(?:[A-Z][\w.’'-]*|[a-z]{1,3}-[A-Z]"
                        r"[\w’'-]*)")
_SIGNER_TAIL = re.compile(r"\s+(?:(?:then|later|also|formally|jointly|finally|have|has|had)\s+)*$")


# "X looked on as the ministers signed", "X watched as they signed"
_ONLOOKER = re.compile(r"(?:,\s*[^,]{1,60},)?\s+(?:looked\s+on|watched|stood\s+by|was\s+present)"
                       r"\s+as\b")


def _possessive_signers(actors: list[Actor], text: str, pos: int) -> Group | None:
    """The states of "A's X and B's Y" right before the verb at ``pos`` (two or more)."""
    end = _SIGNER_TAIL.search(text, 0, pos).start()
    found: list[Actor] = []
    while True:
        a = next((a for a in reversed(actors) if a.end <= end), None)
        if a is None or not (a.key and a.key.startswith("state/")) or a.demonym \
                or not _POSS_NAME.fullmatch(text, a.end, end):
            break
        found.insert(0, a)
        join = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", text[:a.start])
        if join is None:
            break
        end = join.start()
    return Group(found) if len(found) >= 2 else None


def _holder_of(actors: list[Actor], subj: Group) -> Group:
    """"B, Germany's chancellor, signed": the office-holder, not the state of their office."""
    a = subj.actors[-1]
    if a.person or len(subj.actors) > 1:
        return subj
    holder = next((h for h in actors if h.person and h.role is not None and h.end <= a.start
                   and a.end <= h.role.end), None)
    return Group([holder]) if holder is not None else subj


def _with_earlier_signers(actors: list[Actor], text: str, subj: Group) -> Group:
    """The subject with the office-holders coordinated before it across their appositions."""
    first = subj.actors[0]
    if not first.person:
        return subj
    # (the actors inside an apposition, "Armenia's", "the British prime minister", are passed)
    # ("X, the British prime minister, and": the bare title may be an actor of its own)
    for a in reversed([a for a in actors if a.end <= first.start and a.person
                       and a.role is not None]):
        if not (a.role.end <= first.start and (
                _APPOSED_AND.fullmatch(text, a.end, first.start)
                or re.fullmatch(r",?\s+and\s+", text[max(a.end, a.role.end):first.start]))):
            break
        subj = Group([a, *subj.actors])
        first = a
    return subj


def durations(text: str) -> int | None:
    for rx, fixed in _DURATION:
        m = rx.search(text)
        if m:
            n = fixed if fixed else parse_number(m.group("n"))
            if n and 0 < n <= 1000:
                return n
    return None


def treaty_kind(text: str, noun_start: int) -> str | None:
    best = None
    for m in _KIND_RE.finditer(text, max(0, noun_start - 60), noun_start + 40):
        if m.start("noun") == noun_start:
            best = (m.group("mods") + m.group("noun"))
    if best is None:
        return None
    return re.sub(r"[‘’'\"“”]", "", re.sub(r"\s+", " ", best)).strip().lower()


def _parties(groups) -> tuple[list[str], list[str]]:
    parties: list[str] = []
    signatories: list[str] = []
    for g in groups:
        if not g:
            continue
        for a in g.actors:
            if a.key and (a.key.startswith("state/") or a.key.startswith("org/")) \
                    and a.key not in parties:
                parties.append(a.key)
            if a.person and a.person not in signatories:
                signatories.append(a.person)
    return parties, signatories


# ", and in October it concluded ...": a second coordinated clause
_NEXT_CLAUSE = re.compile(r",\s+and\s+|;\s*|,\s+(?:while|but)\s+")


def _second_clause(text: str, nouns: list) -> int | None:
    """Where a second signing clause with an agreement noun of its own starts ("It signed a
    pact with A in March, and in October it concluded an agreement with B")."""
    for b in _NEXT_CLAUSE.finditer(text):
        before = [v for v in SIGN_RE.finditer(text, 0, b.start())]
        after = [v for v in SIGN_RE.finditer(text, b.end())]
        if before and after and any(n.end() <= b.start() and n.start() > before[0].start()
                                    for n in nouns) and (any(
                n.start() > after[0].end() for n in nouns) or _ELLIPSIS.match(text, after[0].end())):
            return b.start()
    return None


def find(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    return _dateline_dated(view, _find_all(view, actors))


def _dateline_dated(view: SentView, out: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``out`` with ``_dateline_date`` on the facts dated only by the dateline ("RIYADH, Sept
    18 (Staff) - A and B have signed a pact": the day the report was filed, which the day told
    later, "signed the pact on Wednesday", replaces; kg.extract.records; round 54)."""
    start = dateline_end(view.text) if out else 0
    if not start:
        return out
    # (", officials said on Thursday": when it was told, as the dateline's day)
    said = [(a.start(), a.end()) for a in _ATTRIBUTION.finditer(view.text)]
    if any(d.start >= start and not any(a <= d.start < b for a, b in said)
           for d in view.dates):
        return out
    told = {d.value for d in view.dates}
    for f in out:
        if f.get("date") in told:
            f["_dateline_date"] = True
    return out


def _find_all(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    text = view.text
    nouns = [m for m in NOUN_RE.finditer(text)]
    if not nouns and not _SIGNED_IT.search(text):
        return []
    if _NOT_TREATY.search(text) and len(nouns) == 1:
        return []
    split = _second_clause(text, nouns) if nouns else None
    if split is not None:
        # two signings in one sentence: each clause on its own (both must give a fact)
        first = _find(view, actors, nouns, 0, split)
        second = _find(view, actors, nouns, split, len(text)) if first else []
        if any(f.get("_signed") for f in first) and any(f.get("_signed") for f in second):
            return first + second
    return second_objects(text, actors, split_gapped(text, actors, _find(view, actors, nouns, 0,
                                                                        len(text))))


def _find(view: SentView, actors: list[Actor], nouns: list, lo_b: int, hi_b: int
          ) -> list[dict[str, Any]]:
    """The facts of the signing verbs in text[lo_b:hi_b] (the whole sentence, or one of two
    coordinated clauses)."""
    text = view.text
    nouns = [n for n in nouns if lo_b <= n.start() < hi_b]
    out: list[dict[str, Any]] = []
    for v in SIGN_RE.finditer(text, lo_b, hi_b):
        rel = None
        # the agreement noun closest after (active) or before (passive, "the pact signed by")
        noun = next((n for n in nouns if 0 <= n.start() - v.end() <= 70), None) or next(
            (n for n in reversed(nouns) if 0 <= v.start() - n.end() <= 40), None)
        if not _OWN_OBJECT.match(text, v.end()):
            # "The partnership, which Prime Minister A and President B signed in Kyiv": the
            # object of a relative clause is the noun it hangs on, however long its subject
            rel = next((n for n in reversed(nouns) if n.end() < v.start()
                        and _RELATIVE_OBJ.fullmatch(text, n.end(), v.start())), None)
            noun = rel or noun
        ellipsis = _ELLIPSIS.match(text, v.end()) if v.group(0).lower() in (
            "signed", "concluded", "sealed", "inked") else None
        if ellipsis and (noun is None or noun.start() < v.start() or noun.start() - v.end() > 40):
            noun = ellipsis
        back = _BACK_REF.search(text[:v.start()]) if v.group(0).lower() == "signed" else None
        if noun is None and back is not None and back.group("n") is None:
            noun = back  # "It was signed on 3 March by ...": the agreement just told
        if noun is None:
            # "A and B put their names to it", "Both leaders signed it in May": the agreement
            # just told is the object
            noun = _IT_OBJECT.match(text, v.end())
        if noun is None:
            continue
        lo = clause_start(text, v.start())
        if _HEDGE.search(text[lo:v.start()][-40:]):
            continue
        if v.group(0).lower() == "signing" and re.search(r"\bthe\s+$", text[:v.start()]):
            continue  # "the signing of the treaty": a noun, no parties of its own
        if _LAW.match(text, v.end()):
            continue
        subj = subject_before(actors, text, v.start())
        which = _SUBJECT_WHICH.search(text, 0, v.start()) if subj is None else None
        if which is not None:
            # "Sudan and South Sudan, which signed a peace deal in 2018, reopened the border":
            # the antecedent of a subject relative clause
            subj = subject_before(actors, text, which.start())
        app = _APPOSITION.search(text, 0, v.start()) or _DASH_APPOSITION.search(
            text, 0, v.start())
        if app is not None and (subj is None or subj.start >= app.start()):
            # "Sweden and Finland, both NATO members, signed": the subject before the
            # apposition (the alliance named in it is no party)
            subj = subject_before(actors, text, app.start()) or subj
        if subj is None:
            subj = _named_signers(actors, text, v.start()) or _titled_demonyms(
                actors, text, v.start()) or _possessive_signers(actors, text, v.start()) or \
                dash_list_subject(actors, text, v.start())
        else:
            subj = _with_earlier_signers(actors, text, _holder_of(actors, subj))
            if len(subj.actors) == 1 and "counterpart" in text:
                # "Indonesia's defence minister and his Japanese counterpart signed"
                pair = _titled_demonyms(actors, text, v.start())
                subj = pair if pair is not None and subj.actors[0] in pair.actors else subj
        if subj is not None and _ONLOOKER.match(text, subj.end, v.start()):
            # "President X looked on as the ministers signed": a witness, not a signer
            kept = [Actor(a.start, a.end, a.key, None, a.demonym, a.mention)
                    for a in subj.actors if a.key]
            subj = Group(kept) if kept else None
        if subj is None:
            # "Ukraine's parliament on Thursday ratified", "Georgia's cabinet and parliament
            # approved": the state of the institution
            for a in actors:
                if lo <= a.start < v.start() and a.key and a.key.startswith("state/") and \
                        _INSTITUTION.match(text, a.end):
                    subj = Group([a])
                    break
        hi = hi_b
        # (from the verb in "The pact, which was signed by A and B in 1959": its own clause)
        at = max(noun.end(), v.end())
        brk = re.search(r"[;]|,\s*(?:which|who|while|but|as)\b|\s[—–]\s", text[at:])
        if brk:
            hi = at + brk.start()
        model = _MODEL.search(text, v.end(), hi_b)
        if model is not None:
            hi = min(hi, model.start())
        if rel is not None and rel is noun:
            # "The accord, which A and B signed in May, was welcomed by C": the relative
            # clause ends at its comma (C is the main clause's)
            comma = text.find(",", v.end())
            hi = min(hi, comma) if comma != -1 else hi
        # "with X" names a party, not in "amid tensions with China"
        withg, _ = after_word(actors, text, r"(?<!war )(?<!wars )(?<!conflict )(?<!tensions )"
                              r"(?<!tension )(?<!talks )(?<!dispute )(?<!fighting )(?<!ties )"
                              r"(?<!rivalry )(?<!standoff )\bwith\s+" + _BREAKAWAY_OF,
                              min(v.end(), noun.end()), hi)
        # ("with Uganda's president looking on": the witness may be a state's office-holder)
        if withg is not None and re.match(r"(?:['’]s(?:\s+[\w-]+){1,3}?)?\s+(?:(?:acting|serving|"
                                          r"standing)\s+)?(?:as\s+(?:a\s+|"
                                          r"the\s+|its\s+|their\s+)?(?:witness|mediator|"
                                          r"guarantor|observer|host|guest|broker|sponsor)s?|"
                                          r"looking\s+on|in\s+attendance|present|"
                                          r"(?:mediating|watching|observing|attending))\b",
                                          text[withg.end:]):
            withg = None  # "with Qatar and Egypt acting as guarantors": no party
        if withg is not None and left_partner(text, withg.start):
            # "a year after Togo withdrew from its pact with France": no party ("tore up its
            # pact with France and signed one with Russia": the next "with" is)
            withg, _ = after_word(actors, text, r"\bwith\s+", withg.end, hi)
            withg = None if withg is not None and left_partner(text, withg.start) else withg
        withg = _fellow_partners(actors, text, min(v.end(), noun.end()), hi) or withg
        # ("an agreement between A and B that was signed in June": the noun's own phrase)
        betw, _ = after_word(actors, text, _BETWEEN, min(lo, noun.start()) if hasattr(
            noun, "start") and noun.start() < v.start() else lo,
            model.start() if model is not None else hi_b)
        # ("signed ... by Foreign Ministers A and B": room for the titles)
        byg, _ = after_word(actors, text, r"\bby\s+", v.end(), hi, max_gap=40) \
            if v.start() > noun.start() else (None, None)
        if byg is not None and _VISIT_BY.search(text, v.end(), byg.start):
            byg = None  # ("was signed during a visit by President X": the visitor)
        # "signed contracts to buy 180 tanks ... from South Korea": the seller is a party
        frmg, _ = after_word(actors, text, r"\b(?:buy|purchase|acquire|procure|order)\b[^.;]{0,120}?"
                             r"\bfrom\s+(?:the\s+)?", v.end(), hi, max_gap=4)
        possg = None
        if v.start() > noun.start():
            # "Poland's security pact with Ukraine, signed in July": the owner is a party
            for a in reversed([a for a in actors if a.end <= noun.start()]):
                if a.mention is not None and a.mention.possessive and re.fullmatch(
                        r"['’]s\s+(?:[\w‘’'-]+\s+){0,4}", text[a.end:noun.start()]):
                    possg = Group([a])
                break
        govs, _ = after_word(actors, text, _GOVERNMENTS_OF, lo, v.start())
        # "The two countries, together with India, signed": one more party
        tog, _ = after_word(actors, text, r"\b(?:together|along)\s+with\s+(?:the\s+)?", lo,
                            v.start())
        byg, withg = _one_list(byg, text), _region_for_parent(actors, text, _one_list(withg, text))
        parties, signatories = _parties([subj, govs, tog, possg, withg, betw, byg, frmg])
        sub = _SUBORDINATE.search(text, 0, v.start())
        date = nearest_date(view, v.start(), lo=max(lo_b, sub.start() if sub else 0), hi=hi_b)
        year = _YEAR_ON.search(text, max(0, noun.start() - 60), noun.start()) \
            if date is None and hasattr(noun, "start") else None
        if year is not None:
            date = year.group("y")  # "since the 2015 agreement between A and B was signed"
        if re.match(r"ratif|approv|endors", v.group(0), re.I):
            date = None  # the day of a ratification is not the treaty's date
        states = [p for p in parties if p.startswith("state/")]
        withs = _with_list(view, actors, text, v.end(), hi)
        if len(withs) >= 2 and subj is not None and len(_parties([subj])[0]) == 1:
            # "Tokyo has signed similar agreements with Australia, in January 2022, and with
            # Britain a year later": one treaty per partner, each with its own date
            own = _parties([subj])[0][0]
            if not any(d for _, d in withs):
                # "signed two agreements on Tuesday, one with A and one with B": one date
                withs = [(keys, date) for keys, _ in withs]
            for keys, d in withs:
                for k in keys:
                    if k != own:
                        out.append({**_partial(view, [own, k], signatories, d, text, noun),
                                    "_needs_counterpart": False, "confidence": 0.6})
            break
        series = _series_partners(text, noun, subj, withg)
        if series and _LIKE.search(text, max(0, noun.start() - 40), noun.start()) and \
                _untimed_series(view, text, lo, hi):
            break  # a state's record of similar agreements, told as background
        if series:
            # "Similar accords have since been concluded with Latvia and Estonia": one accord
            # per partner, each with the subject's state or (none told) the state of the
            # accord told before (kg.extract.records: _complete_counterparts)
            own, keys = series
            for k in keys:
                if own:
                    out.append({**_partial(view, [own, k], signatories, date, text, noun),
                                "_needs_counterpart": False, "confidence": 0.6})
                else:
                    out.append({**_partial(view, [k], signatories, date, text, noun),
                                "_series": True})
            break
        if back is not None and (back.group("n") is None or noun.start() == back.start("n")) \
                and byg is not None and (len(states) < 2 or signatories) \
                and (subj is None or subj.start >= back.start()):
            # "The treaty was signed in Cairo on 12 May by the foreign ministers A and B": the
            # date and signers of the agreement told before (parties from it, kg.extract.records);
            # every person of the by-phrase ("by A and B, Japan's ministers, and C, ...") up to
            # the witnesses ("in a ceremony witnessed by ...")
            stop = _WITNESSED.search(text, byg.start, hi)
            end = stop.start() if stop else hi
            for a in actors:
                if byg.start <= a.start < end and a.person and a.person not in signatories:
                    signatories.append(a.person)
            # "The Czech agreement was signed by ...": of two treaties told, the one with Czechia
            about = next((a.key for a in actors if a.demonym and a.key and back.start() <= a.start
                          and a.end <= noun.start()), None)
            out.append({**_partial(view, [], signatories, date, text, noun),
                        "_needs_counterpart": False, "_needs_pair": True, "_signers_of": True,
                        "_about": about, "confidence": 0.6})
            break
        main = _main_clause_parties(actors, text, noun, v) \
            if subj is None and byg is None and len(states) < 2 else []
        if len(main) >= 2:
            # "Under a deal signed in Beijing in March 2023, Saudi Arabia and Iran restored
            # ties": a signing told as background of the main clause, whose subject are the
            # parties
            out.append({**_partial(view, main, signatories, date, text, noun),
                        "_needs_counterpart": False, "_background": True, "confidence": 0.6,
                        "kind": treaty_kind(text, noun.start())})
            break
        if back is not None and byg is None and subj is None and len(states) < 2:
            # "The agreement was signed in Manila in July 2024.": the agreement told before
            # (kg.extract.records), with this date
            out.append({**_partial(view, states, signatories, date, text, noun),
                        "_needs_counterpart": False, "_needs_pair": True, "confidence": 0.55})
            break
        pair_ref = _PAIR_REF.search(text[lo:v.start()])
        group_ref = (_GROUP_REF.search(text[lo:v.start()]) or _BY_GROUP_REF.match(text, v.end())) \
            if pair_ref is None else None
        if len(states) < 2 and group_ref is not None and byg is None and withg is None:
            # "Leaders of A, B and C gathered in X ... On Tuesday they signed a charter": the
            # states the sentences before named together (kg.extract.records)
            out.append({**_partial(view, states, signatories, date, text, noun),
                        "_needs_counterpart": False, "_needs_pair": True, "_group_ref": True,
                        "confidence": 0.55, "kind": treaty_kind(text, noun.start())
                        if hasattr(noun, "start") else None})
            break
        told = _told_before(actors, lo + pair_ref.start(), pair_ref.group(0)) \
            if len(states) < 2 and pair_ref is not None else []
        if told:
            # "Ministers A of Egypt and B of Somalia met to review a pact that the two
            # governments signed in 2024": the states this sentence named before the reference
            told += [k for k in states if k not in told]  # "the two countries and Sudan"
            out.append({**_partial(view, told, signatories, date, text, noun),
                        "_needs_counterpart": False, "confidence": 0.65,
                        "kind": treaty_kind(text, noun.start()) if hasattr(noun, "start")
                        else None})
            break
        if len(states) < 2 and pair_ref is not None:
            # "The two countries signed their first such framework in 2005": the parties of
            # the article's treaty (kg.extract.records); its own date makes it another treaty
            out.append({**_partial(view, states, signatories, date, text, noun),
                        "_needs_counterpart": False, "_needs_pair": True, "confidence": 0.6,
                        "kind": treaty_kind(text, noun.start()) if hasattr(noun, "start")
                        else None})
            break
        if len(states) == 1 and subj is not None and _non_state_partner(text, subj, v.start()):
            continue  # "Ukraine and the EU signed", "the government and the rebels signed"
        if len(states) == 1 and subj is not None and not (withg or betw or byg or frmg) \
                and v.start() < noun.start():
            # "Denmark signed the first such deal in January": the counterpart is the one of
            # the article's other treaties (kg.extract.records)
            out.append(_partial(view, states, signatories, date, text, noun))
            out.extend(_followers(view, actors, text, v.end()))
            break
        if len(states) == 1 and subj is None and byg is None and withg is not None \
                and hasattr(noun, "end") and noun.end() <= withg.start < v.start() \
                and _PASSIVE_BEFORE.search(text, max(0, v.start() - 24), v.start()):
            # "A ten-year security agreement with Paris was signed on Friday": the other party
            # is the article's (kg.extract.records), as for "Denmark signed the deal", else the
            # article's main state (round 73)
            out.append({**_partial(view, states, signatories, date, text, noun),
                        "_context_counterpart": True, "kind": treaty_kind(text, noun.start())})
            break
        if len(states) == 1 and subj is None and byg is None and withg is not None \
                and hasattr(noun, "end") and noun.end() <= v.start() < withg.start \
                and re.fullmatch(r"\s+", text[noun.end():v.start()]) \
                and re.fullmatch(r"\s+with\s+(?:the\s+)?", text[v.end():withg.start]) \
                and not any(a.demonym and a.start > withg.start for a in actors):
            # "The jets were bought under a contract signed with Paris in 2021": a reduced
            # relative with no subject; the other party is the one other state the sentence
            # names before it ("Mogadishu's second pact, after a similar agreement signed with
            # Ethiopia"), else the article's, as above (round 88); a demonym after it ("...,
            # Ghanaian officials said") is left to the series rule (round 32)
            opening = dateline_end(text)
            others = {a.key for a in actors if (a.key or "").startswith("state/")
                      and a.key != states[0] and opening <= a.start <= a.end <= noun.start()}
            if len(others) == 1:
                out.append({**_partial(view, [*others, *states], signatories, date, text, noun),
                            "_needs_counterpart": False, "kind": treaty_kind(text, noun.start())})
                break
            if not others:
                out.append({**_partial(view, states, signatories, date, text, noun),
                            "_context_counterpart": True,
                            "kind": treaty_kind(text, noun.start())})
                break
        if len(states) < 2:
            continue  # treaties here are agreements between states
        near = text[max(0, noun.start() - 60):noun.end() + 30]
        subj_states = _parties([subj])[0] if subj else []
        with_states = _parties([withg])[0] if withg else []
        by_states = _parties([byg])[0] if byg and subj is None else []
        if len(by_states) == 1 and len(with_states) > 1 and withg.start > byg.start \
                and re.search(r"(?:ies|s)$", noun.group(0), re.I):
            # "Security agreements were signed by Ukraine with Denmark and Canada": the passive
            # of "Ukraine signed security agreements with Denmark and Canada" (round 73)
            subj, subj_states = byg, by_states
        if (re.search(r"(?:ies|s)$", noun.group(0), re.I) or (subj and each_signed(
                text, subj.end, v.start()))) and withg and subj \
                and (len(subj_states) > 1) != (len(with_states) > 1):
            # "Germany and France sign security agreements with Ukraine": one treaty each
            for a in subj_states:
                for b in with_states:
                    if a != b:
                        out.append({"type": "Treaty", "parties": [a, b], "signatories": [],
                                    "date": date, "duration_years": durations(near),
                                    "kind": None, "_sent": view.index, "_signed": True,
                                    "confidence": 0.7})
            break
        if len(subj_states) == 1 and len(with_states) >= 2 and \
                _PURCHASE.search(text, max(lo, noun.start() - 30), hi):
            break  # one buyer's purchases from several suppliers (see _PURCHASE)
        for k in ([] if _SERIES.search(text[max(0, noun.start() - 40):noun.start()])
                  else _joiners(actors, text, noun.end())):
            if k not in parties:
                parties.append(k)
        out.append({
            "type": "Treaty", "parties": parties, "signatories": signatories,
            "date": date, "duration_years": durations(near) or (
                durations(text) if len(nouns) == 1 else None),
            "kind": treaty_kind(text, noun.start()), "_sent": view.index, "_signed": True,
            "confidence": 0.85 if subj and (withg or len(subj.actors) > 1 or betw) else 0.7,
            "_definite": hasattr(noun, "start") and text[:noun.start()].endswith("the "),
        })
        break
    if out:
        return out
    # T2: a mention with a duration or "between X and Y" (details for a signed treaty); a
    # treaty told by name or dated by its year is a fact of its own (T3), whichever noun
    mention = None
    for noun in nouns:
        near = text[max(0, noun.start() - 60):noun.end() + 30]
        dur = durations(near)
        betw, _ = after_word(actors, text, _BETWEEN, noun.start(), len(text))
        if betw:
            parties, _ = _parties([betw])
        else:
            parties = []
            for a in actors:
                if a.key and a.key.startswith("state/") and not a.demonym and a.key not in parties:
                    parties.append(a.key)
        year = _YEAR_ON.search(text[max(0, noun.start() - 60):noun.start()])
        named = _named(view, actors, noun.start())
        if named and not year and len(parties) < 2 and _PAIR_REF.search(text):
            # "the Trinity House agreement that the two countries' ministers signed last
            # October": the parties of the article's treaty
            d = _signed_date(view, noun.end())
            out.append({**_partial(view, parties, [], d, text, noun), "kind":
                        treaty_kind(text, noun.start()), "_needs_counterpart": False,
                        "_needs_pair": True, "confidence": 0.5})
            break
        if _COMPARED.search(text, max(0, noun.start() - 90), noun.start()):
            continue  # "broader than the 2010 treaty between A and B": a yardstick, not news
        if not betw and _SETTING.search(text, max(0, noun.start() - 60), noun.start()) and \
                _SALE.search(text):
            continue  # "Under the AUKUS partnership, A will sell B ...": the sale's setting
        if (year or named) and len(parties) >= 2 and not _HEDGE.search(
                text[clause_start(text, noun.start()):noun.start()][-40:]):
            # a treaty told by name or as background: a fact of its own, dated by its year
            date = year.group("y") if year else _signed_date(view, noun.end())
            out.append({"type": "Treaty", "parties": parties, "signatories": [],
                        "date": date, "duration_years": dur,
                        "kind": treaty_kind(text, noun.start()), "_sent": view.index,
                        "_signed": True, "_background": True, "confidence": 0.55})
            break
        if (dur or betw) and len(parties) >= 2 and mention is None:
            mention = {"type": "Treaty", "parties": parties, "signatories": [], "date": None,
                       "duration_years": dur, "kind": treaty_kind(text, noun.start()),
                       "_sent": view.index, "_signed": False, "confidence": 0.6}
    if not out and mention is not None:
        out.append(mention)
    return out


# "... and the National Liberation Army", "... and the rebel alliance": a partner named after the
# subject state that is no state
_NON_STATE_AND = re.compile(r"(?:['’]s(?:\s+[a-z]+){1,2})?\s*,?\s+and\s+(?:the\s+)?(?:[A-Z]|(?:[\w-]+\s+){0,2}?(?:rebels?|"
                            r"insurgents?|guerrillas?|militias?|militants|groups?|movement|front|"
                            r"alliance|fighters|opposition|separatists|union|bloc|fund|bank)\b)")


def _non_state_partner(text: str, subj: Group, verb: int) -> bool:
    """"Ukraine and the European Union signed", "Colombia's government and the National
    Liberation Army signed": the one state's partner is an organisation or an armed group, so
    the agreement is no treaty between states and takes no counterpart from the article."""
    if any(a.key and not a.key.startswith("state/") and not a.person for a in subj.actors):
        return True
    m = _NON_STATE_AND.match(text, subj.end)
    return m is not None and m.start() < verb and not re.search(r"[;:]", text[subj.end:verb])


def _signed_date(view: SentView, pos: int) -> str | None:
    """"..., signed in 1951", "that the ministers signed last October": the date told right
    after a "signed" close behind the agreement noun."""
    s = re.search(r"\bsigned\b", view.text[pos:pos + 70])
    if s is None:
        return None
    at = pos + s.end()
    return next((d.value for d in view.dates if 0 <= d.start - at <= 25), None)


def _named(view: SentView, actors: list[Actor], noun_start: int) -> bool:
    """"the ANZUS treaty", "the Trinity House defence agreement", "the Mutual Defense Treaty":
    a name on the agreement noun (not only a state's: "a US deal")."""
    text = view.text
    m = _NAMED.search(text[max(0, noun_start - 50):noun_start])
    if not m:
        return False
    base = max(0, noun_start - 50)
    words = list(re.finditer(r"\S+", m.group("name")))
    for w in words:
        a = base + m.start("name") + w.start()
        if w.group(0) in _NOT_NAME or a == 0:
            continue
        if any(x.start <= a < x.end for x in actors) or any(
                x.start <= a < x.end for x in view.mentions if x.state() or x.category):
            continue  # a state's or a weapon's name
        return True
    return False


_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been)\s+(?:formally\s+|also\s+)?$")


def _partial(view, states, signatories, date, text, noun) -> dict[str, Any]:
    return {"type": "Treaty", "parties": list(states), "signatories": list(signatories),
            # ("also signed a ten-year agreement": the term before the noun too, round 76)
            "date": date, "duration_years": durations(text[max(0, noun.start() - 12):
                                                           noun.end() + 30]),
            "kind": None, "_sent": view.index, "_signed": True, "_needs_counterpart": True,
            "confidence": 0.55}


def _followers(view: SentView, actors: list[Actor], text: str, lo: int) -> list[dict[str, Any]]:
    """"..., and Germany and France followed in February": one treaty per follower."""
    out = []
    for f in _FOLLOWED.finditer(text, lo):
        subj = subject_before(actors, text, f.start())
        if subj is None:
            continue
        date = None
        after = [d for d in view.dates if d.start >= f.end()]
        if after and after[0].start - f.end() <= 25:
            date = after[0].value
        for a in subj.actors:
            if a.key and a.key.startswith("state/"):
                out.append(_partial(view, [a.key], [a.person] if a.person else [], date, text,
                                    f))
    return out


# ", Peru's foreign ministry said on Thursday", ", officials announced on Monday": a trailing
# attribution, up to the end of its clause
_ATTRIBUTION = re.compile(r",\s+(?:[^,;.]{1,60}?\s)?(?:said|says|announced|told\s+[\w\s]{1,30}?|"
                          r"reported|confirmed|stated|added)\b[^,;.]{0,40}")

# ", who took office in March": when a signer's term began, not when the pact was signed; so
# "since he took office in June", "after she came to power in 2021" (round 49)
_TOOK_OFFICE = re.compile(r"(?:,\s+who|\b(?:since|after|when|before)\s+(?:[\w'’-]+\s+){1,3}?)"
                          r"\s*(?:had\s+|has\s+|was\s+)?(?:(?:took|taken|assumed)\s+(?:office|power)|"
                          r"(?:came|come|returned|rose)\s+to\s+power|seized\s+power|"
                          r"(?:re-?)?elected|sworn\s+in)\b[^,;.]{0,40}")


def nearest_date(view: SentView, pos: int, lo: int = 0, hi: int | None = None) -> str | None:
    """The date told nearest the verb at ``pos``, from ``lo`` on (before ``hi``); not the
    day a trailing attribution was made (", the ministry said on Thursday": when it was told,
    not when it was signed)."""
    told = [(a.start(), a.end()) for a in _ATTRIBUTION.finditer(view.text) if a.start() > pos]
    told += [(a.start(), a.end()) for a in _TOOK_OFFICE.finditer(view.text)]
    # ("Niger, which left its pact with France in 2023, signed ... on Monday": the year of
    # the closed relative clause before the verb is another event's)
    told += relative_spans(view.text, lo, pos)
    dates = [d for d in view.dates if d.start >= lo and (hi is None or d.start < hi)
             and not any(a <= d.start < b for a, b in told)]
    if not dates:
        return None
    # ("WASHINGTON, Nov 30 (Staff) - A and B signed a deal at the White House on Friday": the
    # dateline's day is when the report was filed; the sentence's own date wins)
    opening = dateline_end(view.text)
    if opening:
        dates = [d for d in dates if d.start >= opening] or dates
    return min(dates, key=lambda d: abs(d.start - pos)).value
