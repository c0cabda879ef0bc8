"""Leader roles: national office-holders presented with their office.

Rules (each tested in tests/test_extract_rules.py):

* R1 title before the name, state before the title:  "Russian president Vladimir Putin",
  "Ukraine's President Volodymyr Zelenskyy", "U.K. Prime Minister Keir Starmer",
  "its president Volodymyr Zelenskiy" (its -> the nearest state named before it)
* R2 counterpart:  "Putin and his Iranian counterpart Masoud Pezeshkian" (office of the other
  leader, or the gazetteer's)
* R3 title and name without a state:  "Interior Minister Ihor Klymenko" - the state comes
  from the gazetteer's offices, else from the article's main state (lower confidence)
* R4 apposition after the name:  "Keir Starmer, the British prime minister"
* R5 taking office:  "Donald Trump is to be sworn in as U.S. president"

Not roles: mayors, governors, commanders, spokespeople, "former" office-holders. Each role is
checked against the gazetteer's office-holding dates where known (confidence only).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import Any

from kg.extract.accused_states import unaccused_state
from kg.extract.attacking_subjects import reporter_state
from kg.extract.announced_offices import announced_office_state
from kg.extract.council_seats import seat_state
from kg.extract.bare_title_states import (coordinated_pair, counterpart_partner,
                                           led_by_rank, office_held_elsewhere,
                                           other_holder_state, signed_with_partner)
from kg.extract.led_country import in_power_since, led_country_state
from kg.extract.own_country import his_country_state, spoken_for_state, subject_state
from kg.extract.own_parliament import parliament_state
from kg.extract.unnamed_counterparts import unnamed_title_office
from kg.extract.ranked_possessors import own_state_before
from kg.extract.caseless import caseless, odd_case
from kg.extract.collective_offices import collective_office, possessive_holders
from kg.extract.collective_rulers import collective_rulers
from kg.extract.delegations import delegation_state
from kg.extract.foreign_datelines import subject_over_dateline
from kg.extract.described_offices import military_heads, possessive_office_holders
from kg.extract.entities import Mention, SentView
from kg.extract.sentences import DATELINE_PART
from kg.extract.shared_adjective import shares_adjective
from kg.extract.plural_of_states import states_after_names
from kg.extract.ruling_militaries import military_ruler
from kg.extract.seceded_from import seceded_from_states
from kg.extract.asset_demonyms import asset_demonym_states
from kg.extract.spoken_of_states import governed_state, governing_subject
from kg.extract.spokesman_principals import spokesman_principal_state
from kg.extract.told_reporters import told_reporters_state
from kg.extract.visit_hosts import visit_host_state
from kg.extract.visitors import guest_state
from kg.extract.where_clauses import where_state

TITLE_RE = caseless(
    r"\b(?P<title>(?:vice[- ]|deputy\s+)?president|(?:(?:first\s+)?deputy\s+)?prime\s+minister|"
    r"premier|chancellor|"
    r"(?:foreign|defen[cs]e|interior|finance|economy|energy|trade|justice|health|home|"
    r"armed\s+forces|external\s+affairs|treasury|foreign\s+affairs|home\s+affairs|"
    r"internal\s+affairs|information|communications|culture|agriculture|industry|education|"
    r"transport|labour|oil|petroleum|environment|intelligence|commerce|development|mines|"
    r"planning|tourism|security|digital|investment|water|irrigation|water\s+resources|"
    r"fisheries|religious\s+affairs|social\s+affairs|labor|youth|sports|housing|"
    r"infrastructure|public\s+works|war)\s+(?:minister|secretary)|"
    # the ministers of Bangladesh's interim government are "advisers" ("foreign adviser")
    r"(?:foreign|home|finance|law|commerce|defen[cs]e)\s+adviser|"
    r"minister\s+(?:of|for)\s+(?:foreign\s+affairs|external\s+affairs|economy|finance|"
    r"defen[cs]e|the\s+interior|internal\s+affairs|national\s+defen[cs]e)|"
    r"chief\s+cabinet\s+secretary|secretary\s+of\s+the\s+treasury|monarch|"
    r"secretary\s+of\s+(?:state|defen[cs]e|war)|defen[cs]e\s+chief|king|queen|emir|crown\s+prince|"
    r"supreme\s+leader|leader|counterpart|head\s+of\s+state|sultan|taoiseach|"
    # heads of military and transitional governments: "Niger's junta leader", "the country's
    # de facto ruler", "the chief adviser of Bangladesh's interim government"
    r"(?:de\s+facto\s+|military\s+)?ruler|junta\s+(?:leader|chief|head)|chief\s+adviser|"
    r"head\s+of\s+government|"
    # "the country's top diplomat, X": the foreign minister (see _norm_office); only before a
    # comma ("sent its top diplomat to Riyadh" is no office told for later names)
    r"top\s+diplomat(?=,\s)|"
    # a bare "Minister X": the ministry and state from the context
    # (not a provincial "Chief Minister X" nor a junior "State Minister X")
    r"(?<!chief\s)(?<!state\s)(?<!junior\s)(?<!provincial\s)(?<!regional\s)"
    r"minister(?=\s+[A-Z]))\b",
    # one of these words stands in every branch: a sentence with none (most) is not scanned
    # (the scan tries each of the ~80 branches at every word: ~60 us a sentence)
    needs=("minister", "president", "leader", "head", "chief", "secretary", "premier",
           "chancellor", "adviser", "monarch", "king", "queen", "emir", "prince",
           "counterpart", "sultan", "taoiseach", "ruler", "diplomat"))
_LAST_TITLES: tuple[str | None, tuple[Any, ...]] = (None, ())


def _titles(text: str) -> tuple[Any, ...]:
    """TITLE_RE's matches over a whole sentence, kept for the last sentence read: find,
    _paired_offices and _remember_bare_offices each scan the same sentence (one tuple, so that
    threads never see one sentence's matches with another's text)."""
    global _LAST_TITLES
    last = _LAST_TITLES
    if last[0] is text:
        return last[1]
    found = tuple(TITLE_RE.finditer(text))
    _LAST_TITLES = (text, found)
    return found


# an acting, interim or caretaker office-holder holds the office (blind sets' gold counts them),
# and so does an outgoing one ("talks with outgoing Japanese prime minister X": still in office)
# (an ousted or exiled head of state no longer holds the office: "Deposed President X, now in
# Mexico" is no role, least of all Mexico's)
_NOT_CURRENT = re.compile(r"\b(?:former|ex|late|then|opposition|would-be|ousted|"
                          r"deposed|toppled|overthrown|exiled)[\s-]*$", re.I)
_PRONOUN = caseless(r"\b(?P<p>its|their|his|her)\s+$")
# words that qualify an office without changing whose it is: "Mali's transitional president",
# "South Korea's acting President", "the country's elected president"
_OFFICE_MOD = (r"(?:(?:acting|interim|transitional|caretaker|elected|newly[- ]elected|de\s+facto|"
               r"military|new|incoming|current|sitting|self-declared|long-serving|ruling|"
               r"powerful|veteran|hardline|nationalist|populist|outgoing)\s+)*")
# ("Laos' foreign minister", "the Philippines' president": a bare apostrophe after an s)
_STATE_GAP = re.compile(r"^(?:['’]s?)?\s*" + _OFFICE_MOD + r"$", re.I)
# honorifics and military ranks between a title and the name ("Mali's leader, Colonel Assimi
# Goita"; "the junta leader, Senior General Min Aung Hlaing")
# ("President and Commander-in-Chief Captain X", "Defence Minister Lt Gen X", "Air Chief
# Marshal X": a qualifier of the office and a rank before the name keep both)
_PERSON_GAP = re.compile(r"^\s*(?:,\s*)?(?:and\s+(?:(?:[Ss]upreme\s+)?[Cc]ommander[- ]in[- ][Cc]hief"
                         r"(?:\s+of\s+the\s+[Aa]rmed\s+[Ff]orces)?|(?:government\s+)?"
                         # ("Chad's foreign minister and government spokesman, X")
                         r"spokes(?:man|woman|person)|"
                         # ("the transitional president and army chief X": a second, military
                         # post of the same person)
                         r"(?:army|armed\s+forces|military)\s+(?:chief|commander|head))\s*,?\s+)?"
                         r"(?:(?:Mr|Mrs|Ms|Sir|Dr|Dame|Sheikh|Sheikha|Shaikh|Prince|"
                         # (the Taliban's ministers: "Mawlawi X", "Mullah X")
                         r"Mullah|Mawlawi|Maulvi|Maulana|Mawlana|Mufti|"
                         r"Princess|(?:Senior\s+|Lieutenant[- ]|Lt\.?[- ]|Major[- ]|Maj\.?[- ]|"
                         r"Brigadier[- ]|Brig\.?[- ])?(?:General|Gen)|Colonel|Col|"
                         r"(?:Lieutenant|Lt\.?)[- ]Colonel|Lt\.?[- ]Col|"
                         r"Field\s+Marshal|(?:Air\s+(?:Chief\s+)?)?Marshal|(?:Vice|Rear)\s+Admiral|"
                         r"Admiral|Adm|Captain|Capt|Major)\.?\s+)?$")
_TAKING_OFFICE = caseless(
    # ("reinstating X as prime minister": an office given back; round 85)
    r"\b(?:(?:sworn\s+in|inaugurated|elected|re-elected|appointed|named|installed|reinstated|"
    r"reinstating)\b"
    # ("X took office as Senegal's president": round 75)
    r"[^.;]{0,40}?\bas|took\s+office\s+as|acts\s+as|became|has\s+become)\s+(?:the\s+)?"
    r"(?:(?P<pre>[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+)?"
    r"(?P<title>president|prime\s+minister|chancellor|premier|head\s+of\s+state)\b")


# "A, Turkey's foreign minister, B, Germany's foreign minister": the name after a title told
# between commas has a possessive state's apposition of its own (round 50)
_CHAIN_NEXT = re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){0,2}?[A-Z][\w.-]*['’]s?\s")
# "X, who has been acting foreign minister", "X, who is interior minister" (an office held now)
_WHO_HOLDS = re.compile(r",\s+who\s+(?:is|has\s+been|serves\s+as|has\s+served\s+as)\s", re.I)
_ACTING = re.compile(r"(?:(?:acting|interim|caretaker)\s+)?", re.I)
# "X, who took over as / was appointed defence minister": a relative clause giving the office
_TOOK_OVER = re.compile(r",\s+who\s+(?:(?:has|had)\s+)?(?:recently\s+)?(?:took\s+over\s+as|"
                        r"(?:was|has\s+been)\s+(?:appointed|named|sworn\s+in\s+as|installed\s+"
                        r"as)|became|stepped\s+in\s+as)\s", re.I)


# "X, who chairs Sudan's ruling Sovereign Council", "X, the head of Niger's military council"
_COUNCIL_HEAD = re.compile(
    # ("X, army chief, who also heads the ruling council": the council's head is the office)
    # ("X, the army chief who also heads ...", "X, who is also head of the ruling council")
    # ("X, who has led the junta in Niamey since 2023": round 32)
    # ("X, the army chief and head of the ruling council": round 62)
    r",\s+(?:(?:the\s+)?(?:army|armed\s+forces|military)\s+(?:chief|commander|head)(?:,?\s+"
    r"(?=who\b)|\s+and\s+))?(?:who\s+(?:now\s+|also\s+)?(?:chairs|heads|leads|runs|presides\s+over|"
    r"(?:has|had)\s+(?:led|headed|chaired|run))|"
    r"(?:who\s+is\s+(?:now\s+|also\s+)?)?(?:the\s+|its\s+)?"
    r"(?:head|chair(?:man|woman|person)?|president|leader)\s+of)\s+"
    r"(?:(?P<s>(?:the\s+)?[^,;.]{2,40}?)['’]s\s+|the\s+(?=(?:[\w-]+\s+){0,2}?(?:ruling|"
    r"sovereign\w*|transitional|military)\b|junta\b))(?:[\w-]+\s+){0,3}?(?:council|junta|"
    r"military\s+government|transitional\s+government|interim\s+government|regime)\b", re.I)
# "X, who has ruled Chad since 2021", "X, who seized power in Niger in a 2023 coup": the
# clause gives the office (the state's leader)
_RULES_STATE = re.compile(r",\s+who\s+(?:(?:has|had)\s+(?:ruled|governed|led)|(?:now\s+)?"
                          r"(?:rules|governs|leads)|(?:seized|took|grabbed|assumed)\s+power\s+"
                          r"(?:in\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}coup\s+)?in)\s+(?:the\s+)?")
# ... unless it says the rule ended ("who ruled ... until", "and was ousted in")
_RULE_ENDED = re.compile(r"[^,.;]{0,50}\b(?:until|before\s+(?:being|he\s+was|she\s+was)|"
                         r"and\s+was\s+(?:ousted|overthrown|toppled|deposed))\b", re.I)
# "said in a message read to the summit", "by video link": the speaker is not where the article
# is datelined, so neither the dateline nor the article's main state says whose official they are
_REMOTE = caseless(r"\b(?:in\s+a\s+(?:message|letter|statement)\s+(?:read|sent|delivered)|by\s+"
                   r"video\s*(?:link|conference)|via\s+video\s*link)\b",
                   needs=("message", "letter", "statement", "video"))
# "arrived in Jakarta", "flew to Cairo", "travelled to Hanoi": a place the office-holder visits
_VISIT = re.compile(r"\b(?:arriv(?:ed|es|ing)|landed|flew|fly(?:ing)?|travel(?:s|l?ed|l?ing)?|"
                    r"visit(?:ed|s|ing)?|(?:was|is)\s+on\s+a\s+(?:[\w-]+\s+){0,2}visit)\s+"
                    r"(?:(?:in|to|at)\s+)?(?:the\s+)?$", re.I)
_VISIT_BY = re.compile(r"\bvisits?\s+by\s+(?:[\w'’-]+\s+){0,5}[\w'’-]+$", re.I)
_TO_AFTER = re.compile(r"\s+to\s+(?:the\s+)?")
_ARRIVED = re.compile(r"\s+(?:(?:has|had)\s+)?(?:arrived|landed)\b(?!\s+(?:in|at|back)\b)", re.I)


# "X, an adviser to the French president", "X, a spokesman for the prime minister", "X, who
# advises the president": someone who serves the office-holder
_AIDE_TO = re.compile(r"\b(?:(?:advis[eo]rs?|aides?|assistants?|spokes(?:man|woman|person)|"
                      r"envoys?|deputy|consultants?|chief\s+of\s+staff)\s+(?:to|of|for)|"
                      r"advises|works\s+for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$",
                      re.I)
_COUNTERPARTS = re.compile(r"\bcounterparts\s*,?\s+")
_LIST_GAP = re.compile(r",?\s+and\s+|,\s+")


def _counterpart_lists(view: SentView, persons: list) -> list[tuple[list[str], list]]:
    """(states, names) of each "[demonym], [demonym] and [demonym] counterparts, A, B and C"
    whose names are as many as its demonyms (in the same order)."""
    text, out = view.text, []
    for c in _COUNTERPARTS.finditer(text):
        states, end = [], c.start()
        for x in reversed([x for x in view.mentions if x.end <= c.start()]):
            gap = text[x.end:end]
            if not (x.is_demonym and x.state()) or not (
                    re.fullmatch(r"\s+", gap) if not states else _LIST_GAP.fullmatch(gap)):
                break
            states.insert(0, x.state())
            end = x.start
        names, pos = [], c.end()
        for pm, pinfo in sorted(persons, key=lambda q: q[0].start):
            if pm.start < pos:
                continue
            if not (pm.start == pos if not names else _LIST_GAP.fullmatch(text, pos, pm.start)):
                break
            names.append((pm, pinfo))
            pos = pm.end
        if len(states) >= 2 and len(names) == len(states):
            out.append((states, names))
        elif len(states) == 1 and len(names) >= 2:
            # "met their Japanese counterparts, A and B" (round 43): one state for each
            out.append((states * len(names), names))
    return out


# "Somalia, which claims the territory", "Pakistan, which accuses Kabul of ...": a state that
# claims or accuses another is the other side, not the state an untold office serves
_CLAIMS_AFTER = re.compile(r",\s+which\s+(?:(?:still|also|long|has\s+long|officially)\s+)?"
                           r"(?:claims|regards|considers|sees|views|accuses|blames|does\s+not\s+"
                           r"recogni[sz]e|refuses\s+to\s+recogni[sz]e)\b", re.I)


def _claimants(view: SentView) -> set[str]:
    """The states a sentence tells as claimants or accusers (see _CLAIMS_AFTER)."""
    return {m.state() for m in view.mentions if m.state() and _CLAIMS_AFTER.match(view.text, m.end)}


def _visited(view: SentView, after: int, dateline_state: str | None) -> set[str]:
    """The states of the places the sentence says the person named before ``after`` visits
    ("X arrived in Jakarta"); "X arrived on Thursday" under a dateline visits the dateline's."""
    text = view.text
    out = {s.state() for s in view.mentions if s.start >= after and s.state()
           and _VISIT.search(text, max(after, s.start - 40), s.start)}
    if dateline_state and _ARRIVED.match(text, after):
        out.add(dateline_state)
    if _VISIT_BY.search(text, max(0, after - 80), after):
        # "during a visit by Prime Minister X to Tokyo": the host, not X's state (round 75)
        to = _TO_AFTER.match(text, after)
        out |= {s.state() for s in view.mentions if to and s.start == to.end() and s.state()}
    return out


# "X and his Chilean counterpart", "X and Y were in Hanoi for talks with their Vietnamese
# counterparts": X holds the same office for another state
_AND_COUNTERPART = re.compile(
    r",?\s+and\s+(?:his|her)\s+[A-Z][\w-]+\s+counterpart\b|"
    r"(?:\s+and(?:\s+[A-Z][\w-]*){2,5})?\s+(?:were|was)\s+in\s+[A-Z][\w-]+\s+for\s+"
    r"(?:talks|meetings)\s+with\s+(?:their|his|her)\s+[A-Z][\w-]+\s+counterparts?\b")


def _host_of_counterpart(text: str, name_end: int, states: tuple[str | None, ...],
                         others: dict[str, int]) -> str | None:
    """For a name right before "and his [nationality] counterpart" (or "were in [capital] for
    talks with their [nationality] counterparts"): the first of ``states`` (the dateline's,
    the article's) that is not the counterpart's; else None."""
    if not others or not _AND_COUNTERPART.match(text, name_end):
        return None
    return next((s for s in states if s and s not in others), None)


# "... in a statement from Port Sudan": where the speaker is
_SPOKEN_FROM = re.compile(r"\b(?:statement|speech|address|message)\s+(?:issued\s+|broadcast\s+)?"
                          r"from\s+(?:the\s+(?:city|port)\s+of\s+)?$")
# "in a ceremony hosted by President X": the host of the dateline's place
_HOSTED_BY = re.compile(r"\b(?:ceremony|summit|meeting|talks|dinner|reception)\s+hosted\s+by\s+"
                        r"(?:the\s+)?$")
# "his Czech counterpart, Prime Minister X": the title names the counterpart's office
_COUNTERPART_TITLE = re.compile(r"\b(?:his|her|their)\s+(?P<dem>[A-Z][\w-]+)\s+counterpart\s*,\s*"
                                r"(?:the\s+)?$")
# "his counterpart from Chile, X"
_COUNTERPART_FROM = re.compile(r"\bcounterpart\s+(?:from|of)\s+(?:the\s+)?")
# "the country's sovereign council": the state from the context
_COUNTRY_REF = re.compile(r"(?:the\s+)?(?:country|nation)", re.I)


def own_ref(council: re.Match) -> bool:
    """"who chairs the country's council": the clause refers back to a state told before."""
    return bool(council.group("s")) and bool(_COUNTRY_REF.fullmatch(council.group("s")))
# "the junta led by Captain X", "the military government of General X", "a regime headed by X"
_JUNTA_OF = re.compile(
    r"\b(?:the\s+|a\s+|its\s+)?(?P<j>(?:(?:military|ruling)\s+)?junta|military\s+(?:government|"
    r"regime|council|rulers|authorities|leadership)|(?:military\s+)?regime|"
    # ("Sudan's Sovereignty Council, led by General X", "the Presidential Leadership Council")
    r"(?i:(?:ruling|sovereign(?:ty)?|presidential(?:\s+leadership)?)\s+council))"
    # ("Mali, whose junta is led by Colonel X")
    r"(?:,?\s+(?:(?:that\s+)?(?:is\s+|was\s+|has\s+been\s+|now\s+)?(?:led|headed|run|chaired)\s+by)|"
    r"\s+of)\s+"
    r"(?:(?:Senior\s+|Lieutenant[- ]|Lt\.?[- ]|Major[- ]|Maj\.?[- ]|Brigadier[- ]|Brig\.?[- ])?"
    r"(?:General|Gen)|Colonel|Col|(?:Lieutenant|Lt\.?)[- ]Colonel|Field\s+Marshal|Captain|Capt|"
    r"Major|Admiral|Commander|Mr|President)?\.?\s*")
# "the ruling council's chairman, Senior General X", "the junta's leader, Captain X": the head of
# a ruling council or junta named by its office (the state from the sentence)
_COUNCIL_TITLE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|(?P<s>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2})['’]s)\s+(?:(?:ruling|military|"
    r"sovereign\w*|transitional|governing)\s+)*(?:council|junta|military\s+government|"
    r"(?:military\s+)?regime)['’]s\s+(?:chair(?:man|woman|person)?|head|leader|president|chief)"
    r"\s*,?\s*|"
    # "The army chief and head of the ruling council, General X": the state from the sentence
    # (a bare "council" may be a city's: only "the ruling / military ... council")
    r"\b(?:head|chair(?:man|woman)?|leader)\s+of\s+the\s+(?:(?:(?:ruling|military|transitional|"
    r"governing)\s+)+(?:council|junta|military\s+government)|junta)\s*,\s*")
# "The chief adviser of Bangladesh's interim government", "the Syrian interim president"
_BARE_TITLE = re.compile(
    r"\b(?:[Tt]he)\s+(?:(?P<s>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2})\s+)?" + _OFFICE_MOD +
    r"(?P<title>chief\s+adviser|president|prime\s+minister|premier|(?:junta\s+|military\s+)?"
    r"(?:leader|ruler))\b(?:\s+of\s+(?P<s2>[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2}))?")


# every rule here needs one of these words (a cheap test that skips most sentences)
_ANY_OFFICE = caseless(r"president|minister|premier|chancellor|leader|king|queen|emir|monarch|"
                       r"secretar|counterpart|head|sultan|taoiseach|ruler|junta|adviser|prince|"
                       r"council|government|regime|chief|power|ruled|rules|governs|governed|has\s+led|"
                       r"diplomat|has\s+run\s+the\s+(?:country|nation)")
_LAST_ANY_OFFICE: tuple[str | None, bool] = (None, False)
# _ANY_OFFICE's branches of plain letters: whether one is in the lowered sentence is a
# substring test, a few times quicker than the pattern's scan (the same answer), and the rest
_OFFICE_WORDS = tuple(b for b in _ANY_OFFICE.pattern.split("|") if b.isalpha())
_HAS_LED = re.compile(r"has\s+led|has\s+run\s+the\s+(?:country|nation)")
if [b for b in _ANY_OFFICE.pattern.split("|") if not b.isalpha()] != _HAS_LED.pattern.split("|"):
    raise ValueError("_HAS_LED must hold the branches of _ANY_OFFICE that are not plain words")


def _any_office(text: str) -> bool:
    """Whether _ANY_OFFICE is in the sentence, kept for the last sentence read: find and
    _remember_bare_offices both ask (one tuple, as for _titles)."""
    global _LAST_ANY_OFFICE
    last = _LAST_ANY_OFFICE
    if last[0] is text:
        return last[1]
    if odd_case(text):  # (where lowering is not re.I: the pattern itself)
        found = _ANY_OFFICE.search(text) is not None
    else:
        low = text.lower()
        found = any(w in low for w in _OFFICE_WORDS) \
            or "has" in low and _HAS_LED.search(low) is not None
    _LAST_ANY_OFFICE = (text, found)
    return found


_PERSON_VERB = re.compile(r"\s+(?:(?:has|had|have|also|then|later)\s+)?(?:met|meets|said|says|told|"
                          r"called|visited|arrived|vowed|spoke|signed|asked|warned|thanked|urged|"
                          r"insisted|added|announced|promised|pledged|travel(?:l)?ed|held|"
                          r"flew|wrote|declared|welcomed|accused)\b")


# "X said", "X told lawmakers on Tuesday that": what follows is what X said
_SPEECH_AFTER = re.compile(r"\s*,?\s*(?:(?:has|had|also|then|later)\s+)?(?:said|says|told|tells|"
                           r"added|warned|stressed|insisted|argued|noted|wrote|declared|"
                           r"announced|claimed|replied|explained)\b", re.I)


# a role phrase that starts the sentence, a clause or a list item (not an object)
_CLAUSE_HEAD = re.compile(r"(?:^|[,;:—–(]\s*|\band\s+)(?:[\w'’-]+\s+){0,2}$")


def _led_by_state(view: SentView, pos: int) -> str | None:
    """"Country is led by Col. X": the state whose leader the name at ``pos`` is."""
    text = view.text
    m = re.search(r"(?:is|was|are|,)\s*(?:now\s+)?(?:led|ruled|governed|headed)\s+by\s+"
                  r"(?:(?:Senior\s+|Lieutenant\s+|Lt\.?\s+|Major\s+|Maj\.?\s+)?(?:General|Gen)\.?\s+|"
                  r"(?:Colonel|Col|Captain|Capt)\.?\s+)?$", text[:pos])
    if not m:
        return None
    for s in reversed(view.mentions):
        if s.end <= m.start():
            if s.state() and not s.is_demonym and re.fullmatch(r"\s*", text[s.end:m.start()]):
                return s.state()
            break
    return None


_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?$")


def _state_after_of(view: SentView, pos: int) -> str | None:
    """"president of Mali('s transition)", "foreign minister of the Philippines": the state
    named right after the title (its own name, not a demonym)."""
    for s in view.mentions:
        if s.start >= pos:
            if s.start - pos <= 12 and s.state() and not s.is_demonym and _OF_STATE.fullmatch(
                    view.text[pos:s.start]):
                return s.state()
            return None
    return None


# (round 23: "X, who signed the pact for Mogadishu,": a relative clause, an object between)
_FOR_STATE = re.compile(r"\s*,?\s+(?:who\s+)?(?:(?:has|had|also)\s+)?(?:signed|spoke|voted|"
                        r"negotiated)\s+(?:(?:it|the\s+(?:deal|pact|accord|agreement|treaty))\s+)?"
                        r"(?:for|on\s+behalf\s+of)\s+(?:the\s+)?$|\s+of\s+(?:the\s+)?"
                        r"(?:neighbou?ring\s+)?$")


def _acting_for(view: SentView, pos: int) -> str | None:
    """"Foreign Minister X signed for Kuwait": the state a titled person acts for, told right
    after the name (when neither the title nor the gazetteer says it)."""
    for s in view.mentions:
        if s.start >= pos and s.start - pos <= 40:
            if s.state() and not s.is_demonym and _FOR_STATE.fullmatch(view.text[pos:s.start]):
                return s.state()
            if s.start > pos:
                return None
    return None


@dataclass
class RolePhrase:
    person: str  # entity key
    person_label: str
    person_new: bool  # not in the gazetteer: the record must describe it
    state: str | None
    office: str
    start: int  # sentence-relative span of the whole phrase
    end: int
    person_start: int
    person_end: int
    confidence: float
    rule: str
    second_title: bool = False  # "Prime Minister and Foreign Minister X": X's other office
    signed: bool = False  # "The foreign ministers of A and B signed it. X and Y ...": X signed


# titles only one state uses: "Treasury Secretary Scott Bessent" is American
_TITLE_STATE = {"treasury secretary": "state/united-states",
                "secretary of the treasury": "state/united-states",
                "secretary of state": "state/united-states",
                "secretary of defense": "state/united-states",
                "secretary of war": "state/united-states",
                "chief cabinet secretary": "state/japan", "taoiseach": "state/ireland"}
# and the converse: title words a state's cabinet never uses (the United States has secretaries,
# no ministers), so a guess of that state for such a title is wrong (round 70)
_TITLE_WORDS_NOT_USED = {"state/united-states": ("minister",)}


def _uses_title(state: str, office: str) -> bool:
    """Whether ``state``'s cabinet can hold ``office`` ("minister" is no American office)."""
    return not any(w in office for w in _TITLE_WORDS_NOT_USED.get(state, ()))


# In South Asia the secretary of a ministry ("India's foreign secretary") is its senior civil
# servant; elsewhere a "foreign/home/interior secretary" heads the ministry (the United Kingdom's,
# the United States', the Philippines' secretaries sit in the cabinet)
_SOUTH_ASIA = {"state/india", "state/pakistan", "state/bangladesh", "state/sri-lanka",
               "state/nepal", "state/bhutan", "state/maldives"}


# "the island", "the island's", "the island nation": the island state a sentence tells (read here
# and by kg.extract.island_states)
THE_ISLAND = re.compile(r"\bthe\s+island(?:['’]s|\s+nation|\s+state)?\b")


def _civil_servant(office: str, state: str) -> bool:
    """"Vikram Misri, India's foreign secretary": the senior civil servant of a ministry, no
    minister; the same title is a minister's outside South Asia ("Philippine Foreign Secretary
    Enrique Manalo", "Home Secretary" in London)."""
    return office.endswith(" secretary") and state in _SOUTH_ASIA


def _title_pair(gap: str) -> bool:
    """"First Deputy Prime Minister and Minister of Economy Yulia Svyrydenko": two titles of
    one person."""
    m = re.match(r"\s+and\s+", gap)
    if m is None or len(gap) > 80:
        return False
    # "... and Foreign Minister Sheikh X": the second title may carry an honorific or rank
    for t in TITLE_RE.finditer(gap, m.end()):
        return t.start() == m.end() and bool(_PERSON_GAP.match(gap[t.end():])) and \
            gap[t.end():][:1].isspace()
    return False


# names with particles run longer: "Mohammed bin Abdulrahman Al Thani", "Luiz Inacio Lula da
# Silva", "Ursula von der Leyen"
_ARABIC_NAME = re.compile(r"\b(?:bin|bint|ibn|Al|al|Al-\w+|al-\w+|Abu|da|de|do|dos|das|del|"
                          r"della|van|von|der|den)\b")


def _apposition_chain(text: str, title_end: int, after: Mention, before_end: int,
                      out: list) -> bool:
    """A title between two names, "A, Turkey's foreign minister, B, Germany's ...": a comma
    after the title, the name after it with a possessive apposition of its own, and the name
    before it (ending at ``before_end``) given no title in front; the title is then the name
    before's apposition (round 50), not a title of the name after."""
    return re.match(r"\s*,", text[title_end:after.start]) is not None \
        and _CHAIN_NEXT.match(text, after.end) is not None \
        and not any(r.person_end == before_end for r in out)


def person_of(m: Mention) -> tuple[str, str, bool] | None:
    """(key, label, new) for a person mention or a two-to-four-word unknown name."""
    if m.full_name is not None:  # a surname told alone after the full name
        return m.full_name
    key = m.person()
    if key:
        return key, "", False
    if not m.is_unknown:  # (most mentions: no name to test)
        return None
    n = len(m.text.split())
    arabic = _ARABIC_NAME.search(m.text)
    if 2 <= n <= (6 if arabic else 4) and "’" not in m.text:
        from kg.link.gazetteer import slugify

        return "person/" + slugify(m.text), m.text, True
    return None


def _titled_name(persons: list, t: re.Match) -> tuple | None:
    """A gazetteer name whose alias holds the title ("King Charles III" as one mention)."""
    return next(((m, p) for m, p in persons if m.start == t.start() and not p[2]
                 and m.end > t.end() and m.text[:t.end() - t.start()].lower()
                 == t.group(0).lower()), None)


def _norm_office(title: str) -> str:
    t = re.sub(r"\s+", " ", title.lower())
    if t == "top diplomat":
        return "foreign minister"
    return t.replace("defense", "defence") if "secretary of" not in t else t


# "Mali, led by transitional president ...", "Country is led by ..."
_LED_GAP = re.compile(r"^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|has\s+been|now)?\s*(?:led|ruled|"
                      r"governed|run|headed)\s+(?:since\s+\w+\s+)?by\s+(?:the\s+|its\s+)?"
                      + _OFFICE_MOD + r"$", re.I)

# armed movements that run a state's government, unrecognised ("the Taliban's acting foreign
# minister"): their ministers hold that state's offices
_GOVERNING = {"org/taliban": "state/afghanistan"}
# "Egypt, whose president X has backed ...", "South Ossetia, whose self-declared president X":
# the office of the state the relative clause hangs on
_WHOSE_GAP = re.compile(r"^\s*,\s+whose\s+" + _OFFICE_MOD + r"$", re.I)


def _state_before(view: SentView, pos: int, holder_state: str | None = None,
                  prev_subject: str | None = None) -> tuple[str | None, int]:
    """A state reference ending just before ``pos`` ("Russian ", "Ukraine's ", "its ",
    "Mali, led by "); "his"/"her" is the state of the office-holder told just before
    (``holder_state``): "His defence minister, ..." serves the leader of the last sentence."""
    text = view.text
    for m in reversed(view.mentions):
        if m.end > pos:
            continue
        st = m.state() or _GOVERNING.get(m.actor() or "")
        if (_STATE_GAP.match(text[m.end:pos]) or _LED_GAP.match(text[m.end:pos])
                or (_WHOSE_GAP.match(text[m.end:pos]) and not m.is_demonym)) and st:
            return st, m.start
        break
    tc = _THE_COUNTRYS.search(text, 0, pos)
    if tc:
        # "In neighbouring Niger, the country's junta chief, X": the sentence's one state,
        # named before it, else (none named) the state the sentence before is about; with
        # another state later in the sentence the phrase is left to the other rules
        before = {m.state() for m in view.mentions if m.end <= tc.start() and m.state()
                  and not m.is_demonym}
        every = {m.state() for m in view.mentions if m.state()}
        st = before.pop() if len(before) == 1 == len(every) else (
            None if before else prev_subject)
        if st:
            return st, tc.start()
    p = _PRONOUN.search(text[:pos])
    if p and p.end() == pos and holder_state and p.group("p").lower() in ("his", "her"):
        return holder_state, p.start()
    if p and p.end() == pos:
        for m in reversed(view.mentions):
            if m.end <= p.start() and m.state() and not m.is_demonym and not m.possessive:
                return m.state(), p.start()
        if prev_subject and p.group("p").lower() == "its" and re.fullmatch(
                r"[\W_]*", text[:p.start()]):
            # "Rwanda denies it. Its president, X, said ...": the state the sentence before
            # is about (not the article's main state)
            return prev_subject, p.start()
    return None, pos


# up to three capitalised words of a portfolio right before a bare "Minister" ("Digital Affairs ",
# "Economic Security "), matched case-sensitively: the words' case is what marks them a title
_PORTFOLIO_WORD = re.compile(r"[A-Z][a-z]+\s+$")


def _portfolio_state(view: SentView, pos: int, start: int,
                     title: str) -> tuple[str | None, int, str]:
    """A state told right before the capitalised portfolio words before ``pos`` (where a bare
    "Minister" starts), with the title widened to them ("digital affairs minister"); else
    (None, ``start``, ``title``)."""
    text = view.text
    at = pos
    for _ in range(3):
        w = _PORTFOLIO_WORD.search(text, max(0, at - 20), at)
        if w is None:
            break
        at = w.start()
        state, where = _state_before(view, at)
        if state is not None:
            return state, where, text[at:pos] + title
    return None, start, title


# the opening of a sentence before its subject (a dateline, "the"); always matches
_LEAD = re.compile(r"^[\W_]*(?P<dateline>" + DATELINE_PART + r")?(?i:the\s+)?")
# "In Mogadishu, President X said": the city a sentence opens with places its officials
# ("Speaking in Tehran, the foreign minister, X, said": the speaker is where they speak)
_OPENING_PLACE = re.compile(r"^[\W_]*" + DATELINE_PART + r"?(?:Meanwhile,\s+|Back\s+|"
                            r"(?:Speaking|Writing|Talking)\s+)?[Ii]n\s+$")


class RoleFinder:
    def __init__(self, gazetteer: Any, places: Any = None):
        self.gaz = gazetteer
        self.places = places  # kg.link.places: the state of a city ("In Port Sudan, ...")
        self._last_office: str | None = None
        from kg.link.gazetteer import office_class

        # (a title's class depends on the title alone; its Unicode folding is slow, and the same
        # few titles come back sentence after sentence)
        self.office_class = lru_cache(maxsize=4096)(office_class)

    def _known_office(self, person: str, title: str | None, state: str | None,
                      on: date | None):
        """The gazetteer office of ``person`` fitting the title/state (active ones first)."""
        offices = self.gaz.offices_of(person) if not person.startswith("?") else []
        cls = self.office_class(title) if title else None
        fits = [o for o in offices
                if (cls is None or cls == "counterpart" or self.office_class(o.office) == cls)
                and (state is None or o.state == state)]
        if not fits and cls == "counterpart":
            fits = [o for o in offices if state is None or o.state == state]
        if on:
            active = [o for o in fits if o.active_on(on)]
            if active:
                return active[-1], True
        return (fits[-1], False) if fits else (None, False)

    def find(self, view: SentView, published: date | None,
             context_state: str | None = None,
             recent: list[Mention] | None = None,
             dateline_state: str | None = None,
             same_paragraph: bool = False) -> list[RolePhrase]:
        """``same_paragraph``: the sentence before is of the same paragraph (its state is the
        one an official named without a state serves)."""
        text = view.text
        self._published = published
        self._home = [k for k in (dateline_state, context_state) if k]  # the article's states
        if view.index == 0 or not hasattr(self, "_holder_state"):
            self._holder_state = None  # the state of the last office-holder told
            self._recent_states: list[str] = []  # states of earlier sentences, latest last
            self._untitled: list[tuple[Mention, tuple[str, str, bool]]] = []  # named, no office
            self._titled: set[str] = set()  # everyone the article has told an office of
            self._prev_states = []
            self._prev_named: set[str] = set()
            self._headline_states: list[str] = []
            self._prev_lead = None
            self._prev_subject = None  # the state opening the sentence before (own_country)
            self._prev_ministry = None
            self._prev_plural: list[str] = []
            self._prev_plural_states: list[str] = []
            self._prev_plural_signed = False
            self._collective = None  # "The foreign ministers of A and B" told lately
            self._bare: dict[str, tuple[str, int]] = {}  # state -> (office told with no name, sentence)
            self._article_subject = None  # the state opening the dateline's sentence
            self._lead_named: set[str] = set()  # the states the dateline's sentence names
            self._governing: str | None = None  # "NAIROBI — Ethiopia's government ..." (R30d)
            self._held: dict[tuple[str, str], str] = {}  # (state, office) -> its first holder
            self._prev_pair: list[str] = []  # "A and B" joined in the sentence before
        out: list[RolePhrase] = []
        persons = [(m, person_of(m)) for m in view.mentions]
        persons = [(m, p) for m, p in persons if p]
        out.extend(self._bare_office_holders(view, persons))
        out.extend(self._led_by_rank(view, persons))
        # R16b: "Germany's Boris Pistorius" (no office word in the sentence)
        for m, p, st, office, start, end, rule, conf in possessive_office_holders(
                view, persons, self.gaz, published):
            if any(r.person == p[0] for r in out):
                continue  # (R10 above gave the office the sentence before told)
            out.append(RolePhrase(p[0], p[1] or m.text, p[2], st, office, start, end, m.start,
                                  m.end, conf, rule))
        # R24e: "The foreign ministers of A and B signed ... . Speaking afterwards, A's X said"
        for m, p, st in possessive_holders(view, persons, self._collective):
            if not any(r.person == p[0] for r in out):
                out.append(RolePhrase(p[0], p[1] or m.text, p[2], st, self._collective.title,
                                      m.start, m.end, m.start, m.end, 0.7, "R24e",
                                      signed=self._collective.signed))
        # "The Congolese and Rwandan foreign ministers signed ... A signed for Congo and B for
        # Rwanda": the plural office of the sentence before, for names each with a state
        self._carried_plural = self._prev_plural
        self._carried_states = self._prev_plural_states
        self._carried_signed = self._prev_plural_signed
        if not _any_office(text) and not (self._carried_plural and len(persons) >= 2):
            return self._remember(view, persons, out)  # no office word: most sentences

        lead_state = None
        lead = _LEAD.match(text)
        lead_end = lead.end()
        dateline_opening = lead.group("dateline") is not None
        for m in view.mentions:
            if m.end <= lead_end:
                continue  # the dateline's city ("OSLO, May 3 — Peru has ..."): not the subject
            if m.start <= lead_end + 1 and m.state() and not m.is_demonym:
                lead_state = m.state()
            break

        opening = self._opening_state(view)
        # "Japan has been building up its defences. Defence Minister X said ...": the one
        # state the sentence before (same paragraph) is about
        para_state = self._prev_lead if same_paragraph and self._prev_states == [
            self._prev_lead] else None

        def add(m: Mention, pinfo, state, title, start, end, rule, base_conf,
                second_title: bool = False):
            key, label, new = pinfo
            office = _norm_office(title)
            ref = None
            if office == "counterpart" or office == "leader":
                ref = next((r for r in reversed(out) if r.end <= start), None)
                known, _ = self._known_office(key, None, state, published)
                if known:
                    office = known.office
                elif office == "counterpart" and ref:
                    office = ref.office
                elif office == "counterpart" and self._last_office:
                    office = self._last_office  # the office of the leader told just before
                elif office == "counterpart" and unnamed_title_office(text, start, TITLE_RE):
                    # "The Peruvian foreign minister hosted his Chilean counterpart, X" (R27e)
                    office = _norm_office(unnamed_title_office(text, start, TITLE_RE))
                elif office == "counterpart":
                    return
            known, active = self._known_office(key, office, state, published)
            conf = base_conf
            if state is None and known:
                state, conf = known.state, base_conf - 0.05
            elif state is None and not new and self.gaz.offices_of(key):
                # the gazetteer knows this person in another office: of the same state, if
                # all their offices are of one ("First Deputy Prime Minister Svyrydenko")
                held = {o.state for o in self.gaz.offices_of(key)}
                if len(held) != 1:
                    return
                state, conf = held.pop(), base_conf - 0.15
            elif state is None and _TITLE_STATE.get(_norm_office(title)):
                state, conf = _TITLE_STATE[_norm_office(title)], base_conf - 0.1
            lead, here = lead_state, {x.state() for x in view.mentions if x.state()}
            if state is None:
                # "flew to Ashgabat to sign an accord with President X": the host (R29e)
                host = visit_host_state(view, start)
                state, conf = (host, base_conf - 0.1) if host else (state, conf)
            told = state is not None  # (else a state from the context: not a place visited)
            if state is None:
                state = _acting_for(view, m.end)
            if state is None and re.search(r"\bvisiting\s+$", text[max(0, start - 12):start]):
                return  # "the visiting Foreign Minister X": not of the state they are in
            if state is None and new:
                # "crossed from Mali, where the defence minister, X, promised": Mali's
                where = where_state(view, start) or delegation_state(view, start)
                state, conf = (where, base_conf - 0.1) if where else (state, conf)
            if state is None and new:
                # "during a state visit by President X" (DOHA, Qatar and Kazakhstan named):
                # the guest's state is the one other than the host
                guest = guest_state(view, start, dateline_state)
                state, conf = (guest, base_conf - 0.2) if guest else (state, conf)
            if state is None and new:
                # "Foreign Minister X and his Chilean counterpart, Y" under a Buenos Aires
                # dateline: X serves the dateline's state, not the counterpart's (else the
                # article's: "X and Y were in Hanoi for talks with their Vietnamese counterparts")
                host = _host_of_counterpart(text, m.end, (dateline_state, context_state), others)
                state, conf = (host, base_conf - 0.2) if host else (state, conf)
            if state is None and new:
                # "X signed ... in Manila with his Philippine counterpart" under "Australia and
                # the Philippines sign ...": the headline pair's other state
                partner = counterpart_partner(text, m.end, others, self._headline_states)
                state, conf = (partner, 0.55) if partner else (state, conf)
            if state is None and new:
                # "Finance Minister X signed the loan agreement with Japan" under "Kenya signs
                # loan deal with Japan": the headline pair's other state (R27e)
                partner = signed_with_partner(view, m.end, self._headline_states)
                state, conf = (partner, 0.55) if partner else (state, conf)
            if state is None and new and dateline_state and _HOSTED_BY.search(text, 0, start):
                # "in a ceremony hosted by President X" under a Buenos Aires dateline: the host
                # is of the state the ceremony is in
                state, conf = dateline_state, 0.5
            if state is None and opening and opening[1] <= start \
                    and start >= others.get(opening[0], -1):
                # "In Nairobi, Foreign Minister X said ... Somalia": the opening city's state
                state, conf = opening[0], base_conf - 0.1
            if state is None and new and office != "minister":
                # "Cambodia's defence minister accused ... . Defence Minister X said": the
                # state whose office the sentence before told with no name
                told_before = announced_office_state(self._bare, office, view.index, _norm_office)
                state, conf = (told_before, 0.55) if told_before else (state, conf)
            if state is None and new:
                # "Prime Minister X told the parliament in Tallinn": his own legislature's state
                addressed = parliament_state(view, m.end)
                state, conf = (addressed, 0.55) if addressed else (state, conf)
            if state is None and new and same_paragraph:
                # "The Moldovan government protested ... . Foreign Minister X said his
                # country would ...": the state the sentence before opened with
                own = his_country_state(view, m.end, self._prev_subject)
                state, conf = (own, 0.55) if own else (state, conf)
            if state is None and new and not same_paragraph:
                # "(new paragraph) Defence Minister X said his country ...": the article's
                # subject, the state opening the dateline's sentence
                own = his_country_state(view, m.end, self._article_subject)
                state, conf = (own, 0.55) if own else (state, conf)
            if state is None and new:
                # "Deputy Prime Minister X said Hanoi would pay for its section": the speaker's
                spoken_for = spoken_for_state(view, m.end)
                state, conf = (spoken_for, 0.55) if spoken_for else (state, conf)
            if state is None and new:
                # "Foreign Minister X told reporters in Mogadishu that Somalia would ..." (R29e)
                told_state = told_reporters_state(view, m.end)
                state, conf = (told_state, 0.55) if told_state else (state, conf)
            if state is None:
                # "HANOI — A spokesman for President X said ... Indonesian boats" (R29e)
                principal = spokesman_principal_state(view, start, m.end, lead_end)
                state, conf = (principal, 0.5) if principal else (state, conf)
            para_one = self._prev_states[0] if same_paragraph and len(
                self._prev_states) == 1 else None
            if state is None and new and para_one and para_one != dateline_state \
                    and not lead_state and office_held_elsewhere(self._held, dateline_state,
                                                                 office, key):
                # "Neighbouring Uzbekistan is weighing ... . President X told ..." (ASTANA,
                # Kazakhstan's president told before): the one state of the sentence before
                # (same paragraph), not the dateline's
                state, conf = para_one, 0.5
            if state is None:
                lead, here = self._outside_report(view, m, start, lead_state)
                # ("..., which broke away from Somalia": not the title's state; R29e)
                here -= seceded_from_states(view)
                here -= asset_demonym_states(view, m.end)  # "met American soldiers"
            taken = {s for (s, c), p in paired.items()
                     if p > start and c == self.office_class(office)}
            if state is None and taken and not lead:
                # "Defence Minister A and Latvian Defence Minister B": Latvia's holder is B, so
                # A serves the dateline's state or the article's, whichever is not B's
                state = next((s for s in (dateline_state, context_state) if s and s not in taken),
                             None)
                if state is None:
                    return
                conf = 0.5
            if state is None and not lead and not here and _REMOTE.search(text):
                return  # "President X said in a message read to the ministers": not there
            if state is None and new and not lead and not here and office == "minister" \
                    and self._prev_ministry:
                # "Turkey's defence ministry confirmed it. Minister X called it ...": the state
                # whose ministry the sentence before named
                state, conf = self._prev_ministry, 0.5
            if state is None and new and not lead and not here:
                # "BRUSSELS — Moldova will buy ... . Prime Minister X has asked ...": the
                # article's subject, not the dateline's state the lead never names (R24e)
                subject = subject_over_dateline(self._article_subject, self._headline_states,
                                                dateline_state, self._lead_named)
                state, conf = (subject, 0.5) if subject else (state, conf)
            if state is None and dateline_state and dateline_state in here and not lead \
                    and (not dateline_opening or lead_state in (None, dateline_state)):
                # several states named, none the subject: the one the article is datelined in
                # (in the dateline's own sentence only if no other state is its subject: not
                # Norway in "OSLO — Peru will buy jets from Norway, a sign of President X's ...")
                state, conf = dateline_state, 0.5
            elif state is None and new and not lead and len(here) > 1:
                return  # several states named and none is the subject: a guess
            elif state is None and new and dateline_state and not lead and (
                    not here or context_state not in here):
                # "PORT SUDAN — ... Foreign Minister Ali Youssef said": no state in the
                # sentence (but what they said); the dateline's state before the article's
                # most-named one
                state, conf = dateline_state, 0.5
            elif state is None and new and para_state and not lead and not here:
                # "Japan has been building up its defences. Defence Minister X said ..." (a
                # dateline's state comes first: round 5's "LONDON — Ukraine has asked ...")
                state, conf = para_state, 0.5
            elif state is None and new and (lead or context_state):
                # "Canada has donated ..., Defence Minister Bill Blair said": the sentence's
                # subject state; else the article's main state (not the subject that attacked,
                # under another state's dateline: kg.extract.attacking_subjects)
                state, conf = reporter_state(view, lead, dateline_state) or context_state, 0.5
                if not lead:
                    # "French President Macron arrived in Dakar ... President X said": France's
                    # office is held, so the article's one other state (R27e)
                    state = other_holder_state(self._held, state, office, key,
                                               self._recent_states) or state
            if state is not None and not told and new:
                # "Defence Minister X accused Pyongyang of ...": not the accused state's
                state = unaccused_state(view, m.end, state,
                                        (self._prev_subject, dateline_state, context_state))
                if self._governing:
                    # "Foreign Minister X warned Eritrea ..." under "NAIROBI — Ethiopia's
                    # government ...": the lead's government, not the spoken-of (R30d)
                    governed = governed_state(view, state, self._governing, dateline_state)
                    state, conf = (governed, 0.55) if governed != state else (state, conf)
            if state is None:
                return
            if not told and state in _claimants(view):
                return  # "dismissed the protest from Somalia, which claims the territory"
            if not told and state in _visited(view, m.end, dateline_state):
                return  # "Foreign Minister X arrived in Jakarta": a visitor, not Indonesia's
            if not told and start < others.get(state, -1):
                # "In Beijing, Minister X met his Chinese counterpart": not China's (the names
                # after it, "their Philippine counterparts, Foreign Secretary Y", are)
                return
            if ref is not None and _norm_office(title) == "counterpart" and state == ref.state:
                state = self._counterpart_state(view, ref.state)
                if state is None:
                    return
                conf = base_conf - 0.2
            if _civil_servant(office, state):
                return  # "Vikram Misri, India's foreign secretary": a civil servant
            if not told and not _uses_title(state, office):
                # "WASHINGTON — The US approved a sale to Taiwan. Defence Minister X said ...":
                # a guess of a state with no such office serves the one other state of this
                # sentence and the one before; with none or several, no guess (round 70), unless
                # the sentence says "the island", whose state kg.extract.island_states gives the
                # guess afterwards
                alt = {s for s in (*self._prev_named, *here) if s and s != state} or {
                    s for s in (context_state,) if s and s != state}
                if len(alt) == 1:
                    state, conf = alt.pop(), 0.5
                elif alt or not THE_ISLAND.search(text):
                    return
            if known and not active:
                conf -= 0.1
            if any(r.person == key and r.state == state and (
                    not second_title or r.office == office) for r in out):
                return
            out.append(RolePhrase(key, label or m.text, new, state, office, start, end,
                                  m.start, m.end, round(conf, 2), rule, second_title))

        # "his Chinese counterpart", "her counterpart from Chile": a state whose office-holder
        # is someone else, so no context guess gives it to a name of this sentence
        # (state -> where its counterpart phrase starts: only names before it are guarded)
        others: dict[str, int] = {}
        for x in view.mentions if "counterpart" in text else ():
            s = x.state()
            if s and (re.match(r"\s+counterparts?\b", text[x.end:]) or re.search(
                    r"\bcounterparts?\s+(?:from|of)\s+(?:the\s+)?$", text[:x.start])):
                others[s] = min(others.get(s, x.start), x.start)
        paired = self._paired_offices(view)
        deferred: list[tuple] = []  # counterparts of an office told after them
        later_his: list[tuple] = []  # "his defence minister" of a holder whose office follows
        for t in _titles(text):
            title = t.group("title")
            if _NOT_CURRENT.search(text[max(0, t.start() - 12):t.start()]):
                continue
            person = next(((m, p) for m, p in persons if m.start >= t.end()
                           and (_PERSON_GAP.match(text[t.end():m.start]) or _title_pair(
                               text[t.end():m.start]))), None) or _titled_name(persons, t)
            of_state = None
            if person is None and text.startswith(" of ", t.end()):
                # "The emir of Qatar, Sheikh Tamim ...", "The president of Kenya, William
                # Ruto": the state after "of", then the name (round 52)
                of_state = _state_after_of(view, t.end())
                st_m = next((s for s in view.mentions if s.start > t.end()), None)
                # (between the state and the name a comma, maybe an honorific: _PERSON_GAP)
                person = next(((m, p) for m, p in persons if st_m is not None
                               and m.start >= st_m.end and text.startswith(",", st_m.end)
                               and _PERSON_GAP.match(text[st_m.end:m.start])), None) \
                    if of_state else None
            if person is None:
                continue
            # "Prime Minister and Foreign Minister X": the second office is X's too
            second = bool(out) and out[-1].person == person[1][0] and re.search(
                r"\s+and\s+$", text[max(0, t.start() - 6):t.start()]) is not None
            if title.lower() == "leader" and not person[1][2] and not self.gaz.offices_of(
                    person[1][0]):
                continue
            his = _PRONOUN.search(text, 0, t.start())
            if his and his.group("p").lower() in ("his", "her") and not out and any(
                    pm.end <= his.start() for pm, _ in persons):
                # "General X, who heads Niger's junta, sent his defence minister, Y": whose
                # office X holds is told after this title (R8, R4 below)
                later_his.append((t, person))
                continue
            state, start = _state_before(view, t.start(),
                                         out[-1].state if out else self._holder_state,
                                         self._prev_lead)
            if state is None and title.lower().endswith("minister"):
                # "Poland's Digital Affairs Minister X", "Japan's Economic Security Minister X":
                # a portfolio (or a word of it) the titles do not list, between the state and
                # the title (round 72)
                state, start, title = _portfolio_state(view, t.start(), start, title)
            if of_state is not None and state is None:
                state = of_state
            cp = _COUNTERPART_TITLE.search(text, max(0, t.start() - 40), t.start())
            if cp is not None:
                # "met his Czech counterpart, Prime Minister X": the counterpart's state, not
                # the sentence's first holder's (round 58)
                dem = next((m for m in view.mentions if m.start == cp.start("dem")
                            and m.state()), None)
                if dem is not None:
                    state, start = dem.state(), dem.start
            if _NOT_CURRENT.search(text[max(0, start - 12):start]):
                continue  # "former British prime minister ..."
            if any(re.fullmatch(r",\s*(?:the\s+)?", text[pm.end:start])
                   and _apposition_chain(text, t.end(), person[0], pm.end, out)
                   for pm, _ in persons if pm.end <= start):
                # "A, Turkey's foreign minister, B, Germany's foreign minister, ...": the office
                # is A's apposition (R4, below), not B's title (round 50); not in a list of
                # titles first ("by Niger's leader, A, Mali's president, B, and ...")
                continue
            if state is None and out and out[-1].rule == "R1" and re.search(
                    r"minister|secretary", title, re.I) and (re.search(
                    r"minister|secretary", out[-1].office) or shares_adjective(
                    out[-1].office, _norm_office(title), text[person[0].end:person[0].end + 40],
                    {o.state for o in self.gaz.offices_of(person[1][0])}, out[-1].state)) \
                    and re.fullmatch(
                    r"\s*,?\s*and\s+", text[out[-1].person_end:t.start()]) \
                    and _norm_office(title) != out[-1].office \
                    and _TITLE_STATE.get(_norm_office(title), out[-1].state) == out[-1].state:
                # "Lithuanian Foreign Minister A and Defence Minister B": one adjective for both
                # (not "Rwanda's foreign minister, A, and Foreign Minister B": one state has one;
                # nor "British Defence Minister A and Secretary of State B": a title only one
                # state gives, round 46)
                state = out[-1].state
            rule = "R2" if title.lower() == "counterpart" else ("R1" if state else "R3")
            if state is None:
                # a state or organisation right before the title that is not a state
                # ("Kyiv Mayor", "Hezbollah leader") means it is not a national office
                prev = [m for m in view.mentions if m.end <= t.start()
                        and _STATE_GAP.match(text[m.end:t.start()])]
                if prev and not prev[-1].state():
                    continue
            if second and state is None:
                state = out[-1].state
            if rule == "R2" and not any(r.end <= t.start() for r in out):
                # "A, Japan's foreign minister, and his Korean counterpart, B": the office
                # told in A's apposition (R4, below) comes first
                deferred.append((person, state, title, start))
                continue
            add(person[0], person[1], state, title, start, person[0].end, rule,
                0.9 if state else 0.8, second_title=second)
        # R16a: "the head of Sudan's military government, General X"
        for found in military_heads(view, persons,
                                    lead_state or para_state or dateline_state or context_state):
            add(*found)
        # R18a: "the heads of the three military governments — Guinea's General A, ..."
        for found in collective_rulers(view, persons):
            add(*found)
        # R2 (lists): "his Italian and Spanish counterparts, A and B": each name in turn holds
        # the office told before, for the state of its demonym
        for states, names in _counterpart_lists(view, persons):
            titles = ["counterpart"] * len(names)
            if len(set(states)) == 1:
                # "A and B met their Japanese counterparts, C and D" (round 43): C holds A's
                # office and D B's, in order, when as many offices were told just before
                told = [r for r in out if r.end <= names[0][0].start][-len(names):]
                if len(told) != len(names):
                    continue
                titles = [r.office for r in told]
            for st, (pm, pinfo), title in zip(states, names, titles, strict=True):
                add(pm, pinfo, st, title, pm.start, pm.end, "R2", 0.85)
        # R6: "the Ukrainian president's first trip" - a bare title naming a person of the last
        # sentences whose gazetteer office (active on publication) is that title of that state
        for t in _titles(text):
            title = t.group("title")
            if title.lower() == "counterpart" or not published or not recent:
                continue
            if any(m.start >= t.end() and _PERSON_GAP.match(text[t.end():m.start])
                   for m, _ in persons):
                continue
            state, start = _state_before(view, t.start())
            if state is None or not re.search(r"\bthe\s+$", text[:start], re.I):
                continue
            hits = []
            for m in recent:
                key = m.person()
                if not key:
                    continue
                # "the North Korean leader": whoever heads that state
                known, active = self._known_office(
                    key, "head of state" if title.lower() == "leader" else title, state,
                    published)
                if known and active and key not in [h[0] for h in hits]:
                    hits.append((key, m))
            if len(hits) == 1:
                key, m = hits[0]
                out_m = Mention(t.start(), t.end(), text[t.start():t.end()], m.cands)
                add(out_m, (key, "", False), state, title, start, t.end(), "R6", 0.7)
        # R4: "Keir Starmer, the British prime minister" / "Masoud Pezeshkian, Iran's president"
        for m, p in persons:
            after = text[m.end:m.end + 60]
            # "Mohammed bin Salman, who is also Saudi Arabia's prime minister"
            a = re.match(r"^,\s+(?:(?:who|which)\s+(?:(?:has\s+|had\s+)?(?:recently\s+)?"
                         r"took\s+over\s+as|(?:was|has\s+been)\s+(?:appointed|named|sworn\s+in"
                         r"\s+as|installed\s+as)|stepped\s+in\s+as|is|was|has\s+been|"
                         r"(?:has\s+)?served\s+as|serves\s+as|became)\s+(?:also\s+)?)?"
                         r"(?:the\s+|also\s+)?", after)
            if not a:
                continue
            council = _COUNCIL_HEAD.match(text, m.end)
            if council:
                # "Gen. X, who chairs Sudan's Sovereign Council", "X, the head of Country's
                # Transitional Military Council": the head of state of a council or junta
                own = council.group("s") and not _COUNTRY_REF.fullmatch(council.group("s"))
                st = next((s.state() for s in view.mentions if council.start("s") <= s.start
                           < council.end("s") and s.state()), None) if own else None
                if st is None and not own:
                    # "X, who has led the junta in Niamey since 2023": the seat's state (R32d)
                    st = seat_state(view, council.end())
                if st is None and not own:
                    # "Mali's General X, who leads the junta that took power in Bamako": the
                    # possessive of the rank, over the dateline and the clause's places
                    st = own_state_before(view, m)
                if st is None and not own:
                    # (the states told before the clause ends: not "..., travelled to Cairo")
                    here = {x.state() for x in view.mentions if x.state()
                            and (x.start < council.end() or not own_ref(council))}
                    # ("Myanmar's General X, head of the junta, met China's ...", "In Niamey,
                    # General X, head of the junta, ... with Russia": the one state before)
                    before = {x.state() for x in view.mentions if x.state()
                              and x.start < m.start}
                    here = before if len(here) > 1 and len(before) == 1 else here
                    st = here.pop() if len(here) == 1 else (
                        None if here else self._spoken_from(view, council.end())
                        or dateline_state or para_state or context_state)
                if st:
                    # ("X, who chairs the ruling council": the state from the context, as for
                    # a bare title)
                    add(m, p, st, "leader", m.start, council.end(), "R8", 0.8)
                    continue
            ruled = _RULES_STATE.match(text, m.end)
            if ruled and not _RULE_ENDED.match(text, ruled.end()):
                # "General X, who has ruled Chad since 2021": the state's leader
                st = next((s.state() for s in view.mentions if s.start == ruled.end()
                           and s.state() and not s.is_demonym), None)
                if st:
                    add(m, p, st, "leader", m.start, ruled.end(), "R8", 0.75)
                    continue
            since = in_power_since(text, m.end)
            if since:
                # "General X, who has led the country since 2023", "Colonel Y, in power since
                # 2021": the state told before (else the gazetteer's, the dateline's)
                known, active = self._known_office(p[0], None, None, published)
                st = led_country_state(view, m, dateline_state,
                                       known.state if known and active else None, context_state)
                if st:
                    add(m, p, st, "leader", m.start, since, "R8", 0.75)
                    continue
            rest_start = m.end + a.end()
            for t in TITLE_RE.finditer(text, rest_start, min(len(text), rest_start + 45)):
                if any(pm.start >= t.end() and _PERSON_GAP.match(text[t.end():pm.start])
                       and not _apposition_chain(text, t.end(), pm, m.end, out)
                       for pm, _ in persons):
                    break  # "Joe Biden, British Prime Minister Boris Johnson": a list (not "A,
                    # Turkey's foreign minister, B, ...": A's apposition, round 50)
                state, _ = _state_before(view, t.start())
                if state is None:
                    # "X, who has been prime minister of Armenia since 2021", "X, president of
                    # Mali's transition": the state after the title
                    state = _state_after_of(view, t.end())
                if state is None:
                    # "Country is led by Col. X, who has served as transitional president"
                    state = _led_by_state(view, m.start)
                tc = _THE_COUNTRYS.search(text, m.end, t.start()) if state is None else None
                if tc is not None:
                    # "X, the country's defence minister": the one state of the sentence, else
                    # the dateline's or the paragraph's
                    # (not the states of what they said)
                    said = re.compile(r"[\s,]+(?:said|says|told|added|warned)\b").search(
                        text, t.end())
                    here = {x.state() for x in view.mentions if x.state()
                            and (said is None or x.start < said.start())}
                    state = here.pop() if len(here) == 1 else (
                        None if here else dateline_state or para_state)
                if re.search(r"\b(?:then|former|ex|once|previously|until)\b",
                             text[m.end:t.start()], re.I):
                    break  # "who was then the Dutch prime minister"
                if _AIDE_TO.search(text, m.end, t.start()):
                    break  # "X, an adviser to the French president": not the president
                if state and t.start() - rest_start <= 25 and t.group("title").lower() not in (
                        "counterpart",):
                    add(m, p, state, t.group("title"), m.start, t.end(), "R4", 0.85)
                elif state is None and re.fullmatch(r"the\s+", text[m.end + a.start():t.start()]
                                                    .lstrip(", ")) and re.match(
                        r"\s*,", text[t.end():]) and t.group("title").lower() not in (
                        "counterpart", "leader", "king", "queen"):
                    # "Hegseth, the defence secretary, said": the state from the article's
                    # context, as for a bare title before a name (R3)
                    add(m, p, None, t.group("title"), m.start, t.end(), "R4", 0.75)
                elif state is None and _TOOK_OVER.match(text, m.end) and t.start() == (
                        m.end + a.end()) and t.group("title").lower() not in (
                        "counterpart", "leader", "king", "queen"):
                    # "..., said X, who took over as defence minister in March": the state
                    # from the context, as for a bare title
                    add(m, p, None, t.group("title"), m.start, t.end(), "R4", 0.7)
                elif state is None and _WHO_HOLDS.match(text, m.end) and _ACTING.fullmatch(
                        text, m.end + a.end(), t.start()) and t.group("title").lower() not in (
                        "counterpart", "leader", "king", "queen"):
                    # "X, who has been acting foreign minister since October": the same, for
                    # an office held now (round 68)
                    add(m, p, None, t.group("title"), m.start, t.end(), "R4", 0.7)
                break
        for person, state, title, start in deferred:
            add(person[0], person[1], state, title, start, person[0].end, "R2", 0.9 if state else 0.8)
        # R5: "Donald Trump is to be sworn in as U.S. president"
        for t in _TAKING_OFFICE.finditer(text):
            before = [(m, p) for m, p in persons if m.end <= t.start("title")
                      and t.start() - m.end < 80]
            if not before:
                continue
            m, p = before[-1]
            state = None
            if t.group("pre"):
                for s in view.mentions:
                    if t.start("pre") <= s.start < t.end("pre") and s.state():
                        state = s.state()
                if state is None and re.search(r"['’]s\b", t.group("pre")) and not re.match(
                        r"(?:country|nation|state|kingdom|republic)['’]s\b", t.group("pre"), re.I):
                    continue  # "named as the confederation's first president": no state's office
            add(m, p, state, t.group("title"), m.start, t.end(), "R5", 0.8)
        self._plural(view, persons, add)
        if self._carried_signed:
            # the holders of the office the sentence before said signed (kg.extract.signers)
            out[:] = [replace(r, signed=True) if r.rule == "R7c" else r for r in out]
        self._each_of(view, persons, add)
        self._junta_head(view, persons, add)
        for t, person in later_his:
            holder = next((r for r in reversed(out) if r.person_end <= t.start()), None)
            own = holder.state if holder else self._holder_state
            state, start = _state_before(view, t.start(), own)
            if state is not None and state == own and _norm_office(
                    t.group("title")) == "counterpart":
                # "Pistorius met his counterpart Y" under a Warsaw dateline: Y serves the other
                # side, never the holder's state (round 72): the one other state of this
                # sentence or the one before, else the dateline's
                state = self._counterpart_state(view, own) or (
                    dateline_state if dateline_state != own else None)
                if state is None:
                    continue
            add(person[0], person[1], state, t.group("title"), start, person[0].end,
                "R1" if state else "R3", 0.85 if state else 0.8)
        self._counterpart_from(view, persons, add)
        self._back_reference(view, persons, out, add)
        self._apart_pairs(view, out)
        return self._remember(view, persons, out)

    def _spoken_from(self, view: SentView, pos: int) -> str | None:
        """The state of the place a ruler spoke from, after ``pos`` ("X, who chairs the ruling
        council, welcomed the deal in a statement from Port Sudan": Sudan's council, though
        the story is datelined in Cairo)."""
        if self.places is None:
            return None
        for x in view.mentions:
            if x.start >= pos and x.place() and _SPOKEN_FROM.search(view.text, pos, x.start):
                return self.places.state_of(x.place())
        return None

    def _paired_offices(self, view: SentView) -> dict[tuple[str, str], int]:
        """(state, office class) -> where the first title of that class with a state right
        before it starts ("Saudi Foreign Minister Y", "Japan's defence minister")."""
        out: dict[tuple[str, str], int] = {}
        for t in _titles(view.text):
            st, start = _state_before(view, t.start())
            if _THE_COUNTRYS.search(view.text, 0, t.start()):
                continue  # "the country's president": a state told before, not another's
            if st and start < t.start():
                out.setdefault((st, self.office_class(_norm_office(t.group("title")))), start)
        return out

    def _apart_pairs(self, view: SentView, out: list[RolePhrase]) -> None:
        """R11: "President A and President B signed it": two holders of one office named
        together serve two states. When the context gave both the same state, the two states
        the sentence (else the sentence before) names go to them in order, the gazetteer's
        offices first; failing two, the second is dropped (a guess)."""
        text = view.text
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            if a.office != b.office or a.state != b.state or a.person == b.person \
                    or "R3" not in (a.rule, b.rule) or not _ONE_PER_STATE.search(a.office):
                continue
            if not re.fullmatch(r"\s*,?\s*and\s+", text[a.person_end:b.start]):
                # "President A said Chile had been a partner and invited President B": one
                # holder per state, so B serves the one other state the sentence names
                other = list(dict.fromkeys(m.state() for m in view.mentions if m.state()
                                           and not m.is_demonym and m.state() != a.state))
                if b.rule == "R3" and len(other) == 1:
                    out[i + 1] = replace(b, state=other[0])
                continue
            here = list(dict.fromkeys(m.state() for m in view.mentions
                                      if m.state() and not m.is_demonym))
            cands = here if len(here) == 2 else (
                self._prev_states if len(self._prev_states) == 2 else self._prev_pair)
            if not cands:
                out[i + 1] = replace(b, state=None)
                continue
            left = list(cands)
            pairs: dict[int, str] = {}
            for j, r in ((i, a), (i + 1, b)):
                known = [o.state for o in self.gaz.offices_of(r.person) if o.state in left] \
                    if not r.person_new else []
                if known:
                    pairs[j] = known[0]
                    left.remove(known[0])
            for j in (i, i + 1):
                if j not in pairs:
                    pairs[j] = left.pop(0)
            out[i], out[i + 1] = replace(a, state=pairs[i]), replace(b, state=pairs[i + 1])
        out[:] = [r for r in out if r.state is not None]

    def _opening_state(self, view: SentView) -> tuple[str, int] | None:
        """(state, end) of the city or capital a sentence opens with ("In Mogadishu, ..."),
        unless a visitor is told there ("In Kyiv, the visiting prime minister ...")."""
        ms = view.mentions
        if not ms or not _OPENING_PLACE.match(view.text, 0, ms[0].start):
            return None
        m, text = ms[0], view.text
        if not re.match(r"\s*,", text[m.end:]) or re.match(r"\s*,\s*(?:the\s+)?visiting\b",
                                                            text[m.end:], re.I):
            return None
        st = m.state() if not m.is_demonym else None
        if st is None and m.place() and self.places is not None:
            st = self.places.state_of(m.place())
        return (st, m.end) if st else None

    @staticmethod
    def _outside_report(view: SentView, m: Mention, start: int,
                        lead_state: str | None) -> tuple[str | None, set[str]]:
        """The sentence's subject state and the states it names, leaving out what a speaker
        said after the verb: "Defence Minister X told lawmakers that Russia could attack" names
        no state of X's. (Before the speaker it is the subject: "Slovakia will give Ukraine 13
        jets, Prime Minister X said".)"""
        text = view.text
        if lead_state and not _CLAUSE_HEAD.search(text[:start]):
            # "India offered a credit line to President X's administration": an office-holder
            # in the object is not the subject state's
            lead_state = None
        speech = _SPEECH_AFTER.match(text, m.end)
        if speech is None:
            return lead_state, {x.state() for x in view.mentions if x.state()}
        return lead_state, {x.state() for x in view.mentions if x.state()
                            and x.start < speech.start()}

    def _remember(self, view: SentView, persons, out: list[RolePhrase]) -> list[RolePhrase]:
        """What the next sentences need: the states named, the last office-holder, the
        people named without an office."""
        text = view.text
        # the states this sentence names, for a plural title in the next ("Australia and Papua
        # New Guinea signed ... Prime Ministers A and B put their names to it")
        self._prev_states = list(dict.fromkeys(m.state() for m in view.mentions
                                               if m.state() and not m.is_demonym))
        self._prev_named = {m.state() for m in view.mentions if m.state()}  # (adjectives too)
        if view.index == 0:  # the headline's states, for "Presidents A and B" below it
            self._headline_states = list(self._prev_states)
        # the state the sentence is about: its subject ("Japan has been building up ...")
        lead = _LEAD.match(text)
        first = view.mentions[0] if view.mentions else None
        self._prev_lead = first.state() if first and lead and first.start <= lead.end() + 1 \
            and not first.is_demonym and not first.possessive else None
        # (only a sentence about that one state: not "Russia launched drones at Moldova")
        after_dateline = lead.end("dateline") if lead and lead.group("dateline") else 0
        named = {m.state() for m in view.mentions if m.state() and m.start >= after_dateline}
        self._prev_subject = subject_state(view, after_dateline) if len(named) == 1 else None
        if after_dateline and self._article_subject is None:
            self._article_subject = subject_state(view, after_dateline)
            self._lead_named = named
            self._governing = governing_subject(view, after_dateline)
        self._prev_pair = coordinated_pair(view)
        for r in out:
            self._held.setdefault((r.state, r.office), r.person)
        self._prev_ministry = next((m.state() for m in view.mentions if m.state()
                                    and not m.is_demonym and _MINISTRY_AFTER.match(text, m.end)),
                                   None)
        # a plural office with no names after it ("Their foreign ministers signed a
        # protocol"): the names may follow in the next sentence
        po = _PLURAL_OFFICE.search(text) if "minister" in text or "president" in text \
            or "leaders" in text else None
        # (an unknown name after "at", "in" is a place: "met at Camp Aguinaldo")
        self._prev_plural = _plural_titles(po.group(0)) if po and not any(
            0 <= m.start - po.end() <= 60 and not re.search(r"\b(?:at|in|near|from)\s+$",
                                                            text[:m.start])
            for m, _ in persons) else []
        # "The defence ministers of Japan and the Philippines met ...": the states of the
        # plural office, in order, for the names the next sentence opens with
        self._prev_plural_states = _states_of_list(view, po.end()) if self._prev_plural else []
        self._prev_plural_signed = bool(self._prev_plural and _PLURAL_SIGNED.match(text, po.end()))
        self._collective = collective_office(self._prev_plural, self._prev_plural_states,
                                             view.index, self._prev_plural_signed) \
            or self._collective
        if out:
            self._last_office = out[-1].office
            # ("X held talks with President Y. His foreign minister, Z, ...": the subject's)
            self._holder_state = min(out, key=lambda r: r.person_start).state
        elif view.index <= 1:
            self._last_office = None
        self._remember_bare_offices(view, persons, out)
        self._titled |= {r.person for r in out}
        titled = self._titled  # (an office told earlier: "President Ruto ... . Ruto flew")
        # a name the gazetteer does not know counts as a person only as the subject of a
        # person's verb ("Muhammad Yunus met ...", not "the Cold War ended")
        self._untitled = [(m, p) for m, p in self._untitled if p[0] not in titled][-6:] + [
            (m, p) for m, p in persons if p[0] not in titled
            and (not p[2] or _PERSON_VERB.match(text, m.end))]
        for s in self._prev_states:
            if s in self._recent_states:
                self._recent_states.remove(s)
            self._recent_states.append(s)
        return out

    @staticmethod
    def _led_by_rank(view: SentView, persons) -> list[RolePhrase]:
        """R8b: "Burkina Faso, led by Captain X, took ...": the junta leader of the state the
        sentence opens with (kg.extract.bare_title_states)."""
        lead = _LEAD.match(view.text)
        after = lead.end("dateline") if lead.group("dateline") else 0
        # ("The military, led by General X, has ruled Niger": kg.extract.ruling_militaries)
        led = led_by_rank(view, after) or military_ruler(view, after)
        if led is None:
            return []
        m, p = next(((m, p) for m, p in persons if m.start == led[1]), (None, None))
        if m is None:
            return []
        return [RolePhrase(p[0], p[1] or m.text, p[2], led[0], "leader", m.start, m.end,
                           m.start, m.end, 0.75, "R8")]

    # ---------------------------------------- an office told first, its holder named after

    def _remember_bare_offices(self, view: SentView, persons, out: list[RolePhrase]) -> None:
        """"Pakistan's foreign minister held talks in Beijing.": an office of a state told
        with no name (for R10 in the next two sentences)."""
        text = view.text
        if not _any_office(text):
            return
        for t in _titles(text):
            title = t.group("title")
            if title.lower() in ("counterpart", "leader") or any(
                    m.start >= t.end() and _PERSON_GAP.match(text[t.end():m.start])
                    for m, _ in persons):
                continue
            state, start = _state_before(view, t.start())
            if state and not any(r.state == state for r in out) and not _NOT_CURRENT.search(
                    text[max(0, start - 12):start]):
                self._bare[state] = (title, view.index)

    def _bare_office_holders(self, view: SentView, persons) -> list[RolePhrase]:
        """R10: "... Pakistan's foreign minister held talks. ... Pakistani Ishaq Dar said":
        a name told by its state alone ("Pakistan's X", "Pakistani X") holds the office of
        that state told with no name in the two sentences before (not an office the gazetteer
        gives the person elsewhere)."""
        text, out = view.text, []
        for m, (key, label, new) in persons if self._bare else ():
            x = next((x for x in reversed(view.mentions) if x.end <= m.start), None)
            st = x.state() if x is not None else None
            if st is None or st not in self._bare or not re.fullmatch(
                    r"\s+" if x.is_demonym else r"['’]s?\s+", text[x.end:m.start]):
                continue
            title, at = self._bare[st]
            office = _norm_office(title)
            held = self.gaz.offices_of(key) if not new else []
            if view.index - at > 2 or (held and all(
                    o.state != st or self.office_class(o.office) != self.office_class(office)
                    for o in held)):
                continue
            out.append(RolePhrase(key, label or m.text, new, st, office, x.start, m.end,
                                  m.start, m.end, 0.6, "R10"))
            del self._bare[st]
        return out

    # ------------------------------------------------------------ back-references by title

    def _back_reference(self, view: SentView, persons, out, add) -> None:
        """R9: "Muhammad Yunus met ... . The chief adviser of Bangladesh's interim government
        said ...": a title with its state and no name refers to the one person named in the
        sentences before with no office told (and none the gazetteer gives them elsewhere)."""
        text = view.text
        for t in _BARE_TITLE.finditer(text):
            if any(m.start >= t.end() and m.start - t.end() <= 30 for m, _ in persons):
                continue  # a name follows: R1/R3 read it
            st = None
            for g in ("s", "s2"):
                if st is None and t.group(g):
                    st = next((s.state() for s in view.mentions if t.start(g) <= s.start
                               < t.end(g) and s.state()), None)
            if st is None:
                continue
            title = t.group("title")
            cands = []
            for m, p in self._untitled:
                key = p[0]
                if key in [c[1][0] for c in cands] or any(r.person == key for r in out):
                    continue
                if not p[2]:
                    known, active = self._known_office(key, None, st, self._published)
                    held = self.gaz.offices_of(key)
                    if held and not (known and active):
                        continue  # the gazetteer knows them in another office
                cands.append((m, p))
            if len(cands) == 1:
                m, p = cands[0]
                add(Mention(t.start("title"), t.end("title"), t.group("title"), m.cands), p, st,
                    title, t.start(), t.end(), "R9", 0.6)

    def _counterpart_from(self, view: SentView, persons, add) -> None:
        """R2b: "Foreign Minister A welcomed his counterpart from Chile, B": B holds A's office
        in the state named after "from"."""
        text = view.text
        if "counterpart" not in text:
            return
        for c in _COUNTERPART_FROM.finditer(text):
            st = next((s for s in view.mentions if s.start == c.end() and s.state()
                       and not s.is_demonym), None)
            person = next(((m, p) for m, p in persons if st is not None and m.start >= st.end
                           and _PERSON_GAP.match(text[st.end:m.start])), None)
            if person is not None and re.match(r"\s*,", text[st.end:]):
                add(person[0], person[1], st.state(), "counterpart", c.start(), person[0].end,
                    "R2", 0.85)

    # ------------------------------------------------------------ "the junta led by Capt. X"

    def _junta_head(self, view: SentView, persons, add) -> None:
        """R10: "Burkina Faso, ruled by the junta led by Captain X", "Niger's military
        government of General X": X leads the state whose junta it is (the state right before
        the junta, else the one state the sentence names before it)."""
        text = view.text
        if "junta" not in text and "military" not in text and "regime" not in text \
                and "ouncil" not in text:
            return
        for j in _COUNCIL_TITLE.finditer(text):
            person = next(((m, p) for m, p in persons if m.start >= j.end()
                           and _PERSON_GAP.match(text[j.end():m.start])), None)
            if person is None:
                continue
            st = next((m.state() for m in view.mentions if j.group("s") and j.start("s") <= m.start
                       < j.end("s") and m.state()), None)
            # ("... met Russian officials": a demonym names whom the ruler met, round 62)
            here = list(dict.fromkeys(m.state() for m in view.mentions
                                      if m.state() and not m.is_demonym
                                      and not (j.start() <= m.start < person[0].end)))
            if st is None and len(here) == 1:
                st = here[0]  # "Myanmar sent a diplomat; the ruling council's chairman, ..."
            if st:
                add(person[0], person[1], st, "leader", j.start(), person[0].end, "R10", 0.7)
        for j in _JUNTA_OF.finditer(text):
            person = next(((m, p) for m, p in persons if m.start == j.end()), None)
            if person is None:
                continue
            st, _ = _state_before(view, j.start("j"))
            if st is None:
                before = list(dict.fromkeys(m.state() for m in view.mentions
                                            if m.end <= j.start() and m.state()))
                st = before[0] if len(before) == 1 else None
            if st:
                add(person[0], person[1], st, "leader", j.start(), person[0].end, "R10", 0.75)

    # ------------------------------------------------------ "the ministers, A of X and B of Y"

    def _each_of(self, view: SentView, persons, add) -> None:
        """R7b: "the defence ministers, Rajnath Singh of India and Pete Hegseth of the United
        States" (or "X (India) and Y (the United States)"): a plural title, then each name
        with its own state."""
        text = view.text
        items = []
        for m, p in persons:
            # ("defence ministers X (Ecuador) and Y (Peru)": the state in brackets)
            # ("A signed for Congo and B for Rwanda": each signer's state)
            of = re.match(r"\s+of\s+(?:the\s+)?|\s*\(\s*(?=[^()]{2,30}\))|\s+(?:(?:also\s+)?"
                          r"signed\s+)?(?:for|on\s+behalf\s+of)\s+(?:the\s+)?", text[m.end:])
            st = next((s for s in view.mentions if of and s.start == m.end + of.end()
                       and s.state() and not s.is_demonym), None) if of else None
            if st is not None:
                items.append((m, p, st))
        if len(items) < 2:
            return
        first = items[0][0]
        # ("The foreign ministers of the three states, A of X, ...", "the three countries'
        # defence ministers: A of X, ...": round 72)
        head = re.search(r"(?P<a>(?:[\w'’-]+\s+){0,3}?(?:ministers|secretaries|presidents|leaders|"
                         r"premiers|chancellors))(?:\s+of\s+the\s+(?:two|three|four|five|six|"
                         # ("of the two Gulf states", "of the two neighbouring countries": round 77)
                         r"seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,2}?(?:states|countries|nations|"
                         r"governments))?"
                         r"\s*[,:]?\s*(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$",
                         text[:first.start], re.I)
        titles = _plural_titles(head.group("a")) if head else []
        if not titles and re.match(r"\W*$", text[:first.start]):
            titles = self._carried_plural  # the names open the sentence after the office
        if not titles:
            return
        for m, p, st in items:
            add(m, p, st.state(), titles[0], m.start, st.end, "R7", 0.8)

    # ------------------------------------------------------------------ plural appositions

    def _pair(self, names, states, titles, published):
        """Each person with a state (and title): by the gazetteer's offices where it knows
        them, else in the order both lists were written."""
        pairs = []
        left = list(states)
        for i, (m, p) in enumerate(names):
            title = titles[i] if len(titles) == len(names) else titles[0]
            st = None
            if not p[2]:  # a known person: the state of an office they hold
                for o in self.gaz.offices_of(p[0]):
                    if o.state in left and (published is None or o.active_on(published)):
                        st = o.state
                        break
            if st is None and len(left) == len(names) - len(pairs):
                st = left[0]
            elif st is None and len(states) == 1:
                st = states[0]
            if st is None:
                return []
            if st in left and len(states) > 1:
                left.remove(st)
            pairs.append((m, p, st, title))
        return pairs

    def _counterpart_state(self, view: SentView, own: str) -> str | None:
        """"A signed it with his counterpart, B": B serves the other side, never A's state;
        the one other state this sentence or the one before names, else none."""
        here = [m.state() for m in view.mentions if m.state() and not m.is_demonym]
        rest = [k for k in dict.fromkeys([*here, *self._prev_states]) if k != own]
        return rest[0] if len(rest) == 1 else None

    def _holders_by_office(self, names, title: str) -> list[str]:
        """"Prime Ministers A and B are expected to meet", no state told: each known name's
        state by the gazetteer's holders of that office, and one unknown name the article's
        own state (the dateline's, else the most named) if no known name holds it."""
        states: list[str | None] = []
        for _, p in names:
            held = [o.state for o in self.gaz.offices_of(p[0]) if not p[2]
                    and _norm_office(o.office) == _norm_office(title)
                    and (self._published is None or o.active_on(self._published))]
            states.append(held[0] if len(set(held)) == 1 else None)
        home = next((k for k in self._home if k not in states), None)
        if states.count(None) != 1 or home is None:
            return []
        return [k or home for k in states]

    def _plural(self, view: SentView, persons, add) -> None:
        """R7: "Rajnath Singh and Pete Hegseth, the defence ministers of India and the United
        States"; "Yoko Kamikawa and Minoru Kihara, Japan's foreign and defence ministers";
        "the two countries' leaders, Kim Jong Un and Vladimir Putin"."""
        text = view.text
        groups: list[list] = []
        for m, p in persons:
            # ("A's X and B's Y": each name behind its state's possessive)
            # ("Mali's General X, Niger's General Y and ...": a rank may follow the possessive)
            # ("the military leaders of A and B, Colonel X and Captain Y": a bare rank too)
            if groups and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*(?:" + _POSS_STATE + _RANK
                                       + r"?|" + _RANK + r")?",
                                       text[groups[-1][-1][0].end:m.start]):
                groups[-1].append((m, p))
            else:
                groups.append([(m, p)])
        for g in groups:
            if len(g) < 2:
                continue
            after = text[g[-1][0].end:]
            ap = re.match(r"^,\s+(?:the\s+|their\s+|respectively\s+)?(?P<a>[^,;]{3,90}?)(?=,|;|\s+"
                          r"(?:met|said|signed|put|agreed|held|called|who|which|in\s+a)\b|$)",
                          after) or re.match(
                # "X, Y and Z — the presidents of A, B and C —": a dash apposition may hold
                # commas of its own
                r"^\s*(?:[—–]|--?)\s*(?:the\s+|their\s+|respectively\s+)?(?P<a>[^;—–()]{3,90}?)"
                r"\s*(?:[—–]|--?)\s", after)
            before = re.sub(r"(?:" + _POSS_STATE + _RANK + r"?|(?<=,\s)" + _RANK + r")$", "",
                            text[:g[0][0].start])
            # "Prime Ministers Anthony Albanese and James Marape": the plural title right before
            tp = re.search(r"(?P<a>(?:[\w'’-]+\s+){0,3}?(?:[Pp]rime\s+[Mm]inisters|[Pp]residents|"
                           r"(?:[Ff]oreign|[Dd]efen[cs]e)\s+[Mm]inisters|[Ll]eaders))\s+$", before)
            bp = re.search(r"(?P<a>(?:the\s+)?(?:two|three|four|both)\s+(?:countries|nations|"
                           r"states|governments|sides)['’]\s+[\w\s-]{2,40}?|[^,;.]{3,60}?)\s*,\s*$",
                           before)
            own = _possessive_states(view, g) if ap is None and self._carried_plural else None
            if own and _CLAUSE_OPENING.fullmatch(before):
                # "The two foreign ministers met on Monday. Jordan's A and Egypt's B said ...":
                # the office told before, each name of the state before it
                for (m, p), st in zip(g, own, strict=True):
                    add(m, p, st, self._carried_plural[0], m.start, m.end, "R7c", 0.75)
                continue
            if ap is None and len(g) == len(self._carried_states) and self._carried_plural \
                    and _CLAUSE_OPENING.fullmatch(before):
                # "The foreign ministers of A and B met on Monday. X and Y agreed ...": the
                # names that open the sentence hold that office, in the order of the states
                for m, p, st, title in self._pair(g, self._carried_states, self._carried_plural,
                                                  self._published):
                    add(m, p, st, title, m.start, m.end, "R7c", 0.75)
                continue
            for src, where in ((ap, g[-1][0].end), (bp, 0), (tp, 0)):
                if src is None:
                    continue
                a0 = where + src.start("a") if where else src.start("a")
                phrase = src.group("a")
                titles = _plural_titles(phrase)
                if not titles:
                    continue
                states = [m.state() for m in view.mentions
                          if a0 <= m.start < a0 + len(phrase) and m.state()]
                if src is not ap:
                    # "presided over by the three leaders, Mali's General A, Niger's General B
                    # and Burkina Faso's Captain C": each name's own possessive beats a state
                    # the office phrase happens to hold ("in the Malian capital")
                    states = _possessive_states(view, g) or states
                if src is ap and states and len(states) < len(g):
                    # "X, Y and Z, the presidents of A, B and C, met": the list of states
                    # goes on past the comma the phrase stopped at
                    end = a0 + len(phrase)
                    for m in view.mentions:
                        if m.start >= end and m.state() and re.fullmatch(
                                r"\s*(?:,|,?\s*and)\s*(?:the\s+)?", text[end:m.start]):
                            states.append(m.state())
                            end = m.end
                        elif m.start >= end:
                            break
                if not states and re.search(r"\b(?:two|three|four|both)\s+(?:countries|nations|"
                                            r"states|governments|sides)\b", phrase, re.I):
                    # "the two countries' leaders": the two states named before them, in this
                    # sentence or, failing that, in the one before
                    states = list(dict.fromkeys(m.state() for m in view.mentions
                                                if m.end <= g[0][0].start and m.state()
                                                and not m.is_demonym))[:len(g)]
                    if len(states) < len(g) and len(self._prev_states) >= len(g):
                        states = list(self._prev_states)[:len(g)]
                if not states and src is tp:
                    # "Presidents A and B of X and Y": the states after the names (R28e)
                    states = states_after_names(view, g[-1][0].end, len(g))
                if not states and (src is tp or _REF_PHRASE.match(phrase) or _THE_OFFICES.fullmatch(
                        phrase)) and len(getattr(self, "_prev_states", [])) == len(g):
                    # ("The defence ministers, A and B, signed it": a definite plural office
                    # with no state refers to the two states told just before)
                    # the pair the sentence before named ("Presidents A and B", "The two
                    # presidents, A and B", "Their foreign ministers, A and B")
                    states = list(self._prev_states)
                if not states and src is tp:
                    # "Presidents A and B met in Quito to discuss the border between Colombia
                    # and Ecuador": the states the sentence names by name (not "Quito"), as many
                    # as the names
                    named = list(dict.fromkeys(
                        m.state() for m in view.mentions if m.state() and not m.is_demonym
                        and any(c.kind in ("label", "alias") and c.key == m.state()
                                for c in m.cands)))
                    states = named if len(named) == len(g) else []
                if not states and src is tp:
                    states = self._holders_by_office(g, titles[0])
                if not states and src is tp and not self._prev_states:
                    # "Kenya and Uganda sign pact" over "Presidents A and B agreed ...": the
                    # headline's states, as many as the names, when nothing came between
                    head = self._headline_states
                    states = list(head) if len(head) == len(g) else []
                if not states and src is not ap:
                    # "The two defence ministers, Kenya's A and Uganda's B, signed": each name
                    # of the state whose possessive stands before it
                    states = _possessive_states(view, g) or []
                states = list(dict.fromkeys(states))
                if not states:
                    continue
                for m, p, st, title in self._pair(g, states, titles, self._published):
                    add(m, p, st, title, m.start, m.end, "R7", 0.8)
                break


# offices one state has one holder of at a time
_ONE_PER_STATE = re.compile(r"^(?:(?:vice\s+)?president|prime\s+minister|premier|chancellor|"
                            r"king|emir|(?:foreign|defen[cs]e|interior|finance|external\s+"
                            r"affairs)\s+(?:minister|secretary)|secretary\s+of\s+state)$")
# a plural office that refers back: "the two presidents", "their foreign ministers", "both"
_REF_PHRASE = re.compile(r"^\W*(?:the\s+(?:two|three|four)|both|their)\b", re.I)
_THE_COUNTRYS = re.compile(r"\bthe\s+(?:country|nation|state)['’]s\s+" + _OFFICE_MOD + r"$", re.I)
# the ministries a plural office names ("the fisheries ministers of A and B")
_MINISTRIES = (r"foreign|defen[cs]e|interior|finance|economy|trade|energy|external\s+affairs|"
               r"fisheries|agriculture|health|water|justice|transport|oil|home")
_PLURAL_OFFICE = caseless(r"\b(?:(?:" + _MINISTRIES + r")\s+ministers|prime\s+"
                          r"ministers|presidents|heads\s+of\s+state|leaders)\b")
_MINISTRY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?(?:ministry|government)\b")
_POSS_STATE = r"(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+"
# a military rank between a state's possessive and a junta leader's name ("Mali's General X")
_RANK = (r"(?:(?:(?:Major|Lieutenant|Brigadier|Senior|Vice)[\s-])?(?:General|Colonel|Captain|"
         r"Admiral|Marshal)\s+)")


# "... ministers of A and B put their names to the accord / signed it": the office signed
_PLURAL_SIGNED = re.compile(r"[^.;]{0,60}?\b(?:signed|put\s+their\s+(?:names|signatures)\s+to|"
                            r"inked|initial(?:l)?ed)\b")
# "the defence ministers" (nothing else): a plural office that refers back
_THE_OFFICES = re.compile(r"[Tt]he\s+(?:(?:" + _MINISTRIES + r")\s+ministers|prime\s+ministers|"
                          r"presidents)")
# what may come before names that open a sentence (a dateline, "But", "On Monday,")
_CLAUSE_OPENING = re.compile(r"[\W_]*(?:(?:But|And|Later|Then|Afterwards),?\s+)?")


def _possessive_states(view: SentView, names: list) -> list[str] | None:
    """The state whose possessive stands right before each name ("Jordan's A and Egypt's B"),
    or None unless every name has its own."""
    out = []
    for m, _ in names:
        st = next((x.state() for x in view.mentions if x.end <= m.start and x.state()
                   and not x.is_demonym and re.fullmatch(r"['’]s\s+" + _RANK + "?",
                                                         view.text[x.end:m.start])),
                  None)
        if st is None or st in out:
            return None
        out.append(st)
    return out


def _states_of_list(view: SentView, pos: int) -> list[str]:
    """"... ministers of Japan and the Philippines": the states listed right after ``pos``
    by name ("of A, B and C"), in order; none if no "of" list follows."""
    text, out, end = view.text, [], None
    for m in view.mentions:
        if m.start < pos:
            continue
        gap = text[pos if end is None else end:m.start]
        ok = re.fullmatch(r"\s+of\s+(?:the\s+)?", gap) if end is None else re.fullmatch(
            r"\s*(?:,|,?\s+and)\s+(?:the\s+)?", gap)
        if not ok or not m.state() or m.is_demonym:
            break
        out.append(m.state())
        end = m.end
    return out if len(out) >= 2 else []


def _plural_titles(phrase: str) -> list[str]:
    """"foreign and defence ministers" -> [foreign minister, defence minister]; "the defence
    ministers of ..." -> [defence minister]; "leaders" -> [leader]."""
    low = phrase.lower()
    m = re.search(r"\b(?P<a>foreign|defen[cs]e|interior|finance|economy|trade|energy)\s+and\s+"
                  r"(?P<b>foreign|defen[cs]e|interior|finance|economy|trade|energy)\s+"
                  r"(?P<n>ministers|secretaries)\b", low)
    if m:
        n = m.group("n")[:-1] if m.group("n") == "ministers" else "secretary"
        return [f"{m.group('a')} {n}", f"{m.group('b')} {n}"]
    m = re.search(r"\b(?P<t>(?:" + _MINISTRIES + r")\s+(?:ministers|secretaries)|prime\s+"
                  r"ministers|presidents|"
                  r"leaders|heads\s+of\s+state|heads\s+of\s+government|chancellors|premiers|"
                  r"kings|emirs)\b", low)
    if not m:
        return []
    t = m.group("t")
    t = re.sub(r"secretaries$", "secretary", t)
    t = re.sub(r"(?<!s)s$", "", t).replace("heads of", "head of")
    return [t]

