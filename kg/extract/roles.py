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
from dataclasses import dataclass
from datetime import date
from typing import Any

from kg.extract.entities import Mention, SentView

TITLE_RE = re.compile(
    r"\b(?P<title>(?:vice[- ]|deputy\s+)?president|prime\s+minister|premier|chancellor|"
    r"(?:foreign|defen[cs]e|interior|finance|economy|energy|trade|justice|health|home|"
    r"armed\s+forces)\s+(?:minister|secretary)|minister\s+(?:of|for)\s+(?:foreign\s+affairs|"
    r"defen[cs]e|the\s+interior|internal\s+affairs|national\s+defen[cs]e)|"
    r"secretary\s+of\s+(?:state|defen[cs]e)|defen[cs]e\s+chief|king|queen|emir|crown\s+prince|"
    r"supreme\s+leader|leader|counterpart|head\s+of\s+state|sultan|taoiseach)\b",
    re.I)
_NOT_CURRENT = re.compile(r"\b(?:former|ex|late|then|outgoing|acting|opposition|"
                          r"would-be)[\s-]*$", re.I)
_PRONOUN = re.compile(r"\b(?P<p>its|their|his|her)\s+$", re.I)
_STATE_GAP = re.compile(r"^(?:['’]s)?\s*$")
_PERSON_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:Mr|Mrs|Ms|Sir|Dr|Dame|Sheikh|Sheikha|Shaikh|Prince|"
                         r"Princess)\.?\s+)?$")
_TAKING_OFFICE = re.compile(
    r"\b(?:sworn\s+in|inaugurated|elected|re-elected|appointed|named|installed)\b"
    r"[^.;]{0,40}?\bas\s+(?:the\s+)?(?:(?P<pre>[\w.’'-]+(?:\s+[\w.’'-]+)?)\s+)?"
    r"(?P<title>president|prime\s+minister|chancellor|premier)\b", re.I)


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


def _person_of(m: Mention) -> tuple[str, str, bool] | None:
    """(key, label, new) for a person mention or a two-to-four-word unknown name."""
    key = m.person()
    if key:
        return key, "", False
    n = len(m.text.split())
    arabic = re.search(r"\b(?:bin|bint|ibn|Al|al|Al-\w+|al-\w+|Abu)\b", m.text)
    if m.is_unknown and 2 <= n <= (6 if arabic else 4) and "’" not in m.text:
        from kg.link.gazetteer import slugify

        return "person/" + slugify(m.text), m.text, True
    return None


def _norm_office(title: str) -> str:
    t = re.sub(r"\s+", " ", title.lower())
    return t.replace("defense", "defence") if "secretary of" not in t else t


def _state_before(view: SentView, pos: int) -> tuple[str | None, int]:
    """A state reference ending just before ``pos`` ("Russian ", "Ukraine's ", "its ")."""
    text = view.text
    for m in reversed(view.mentions):
        if m.end > pos:
            continue
        if _STATE_GAP.match(text[m.end:pos]) and m.state():
            return m.state(), m.start
        break
    p = _PRONOUN.search(text[:pos])
    if p and p.end() == pos:
        for m in reversed(view.mentions):
            if m.end <= p.start() and m.state() and not m.is_demonym and not m.possessive:
                return m.state(), p.start()
    return None, pos


class RoleFinder:
    def __init__(self, gazetteer: Any):
        self.gaz = gazetteer
        from kg.link.gazetteer import office_class

        self.office_class = office_class

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
             recent: list[Mention] | None = None) -> list[RolePhrase]:
        text = view.text
        out: list[RolePhrase] = []
        persons = [(m, _person_of(m)) for m in view.mentions]
        persons = [(m, p) for m, p in persons if p]

        lead_state = None
        lead = re.match(r"^[\W_]*(?:[A-Z]{2,}[A-Z ,]*[—–-]+\s*)?(?:the\s+)?", text, re.I)
        for m in view.mentions:
            if m.start <= (lead.end() if lead else 0) + 1 and m.state() and not m.is_demonym:
                lead_state = m.state()
            break

        def add(m: Mention, pinfo, state, title, start, end, rule, base_conf):
            key, label, new = pinfo
            office = _norm_office(title)
            if office == "counterpart" or office == "leader":
                ref = next((r for r in reversed(out) if r.end <= start), None)
                known, _ = self._known_office(key, None, state, published)
                if known:
                    office = known.office
                elif office == "counterpart" and ref:
                    office = ref.office
                elif office == "counterpart":
                    return
            known, active = self._known_office(key, office, state, published)
            conf = base_conf
            if state is None and known:
                state, conf = known.state, base_conf - 0.05
            elif state is None and not new and self.gaz.offices_of(key):
                return  # the gazetteer knows this person, but not in this office
            elif state is None and new and not lead_state and len(
                    {x.state() for x in view.mentions if x.state()}) > 1:
                return  # several states named and none is the subject: a guess
            elif state is None and new and (lead_state or context_state):
                # "Canada has donated ..., Defence Minister Bill Blair said": the sentence's
                # subject state; else the article's main state
                state, conf = lead_state or context_state, 0.5
            if state is None:
                return
            if known and not active:
                conf -= 0.1
            if any(r.person == key and r.state == state for r in out):
                return
            out.append(RolePhrase(key, label or m.text, new, state, office, start, end,
                                  m.start, m.end, round(conf, 2), rule))

        for t in TITLE_RE.finditer(text):
            title = t.group("title")
            if _NOT_CURRENT.search(text[max(0, t.start() - 12):t.start()]):
                continue
            person = next(((m, p) for m, p in persons if m.start >= t.end()
                           and _PERSON_GAP.match(text[t.end():m.start])), None)
            if person is None:
                continue
            if title.lower() == "leader" and not person[1][2] and not self.gaz.offices_of(
                    person[1][0]):
                continue
            state, start = _state_before(view, t.start())
            if _NOT_CURRENT.search(text[max(0, start - 12):start]):
                continue  # "former British prime minister ..."
            rule = "R2" if title.lower() == "counterpart" else ("R1" if state else "R3")
            if state is None:
                # a state or organisation right before the title that is not a state
                # ("Kyiv Mayor", "Hezbollah leader") means it is not a national office
                prev = [m for m in view.mentions if m.end <= t.start()
                        and _STATE_GAP.match(text[m.end:t.start()])]
                if prev and not prev[-1].state():
                    continue
            add(person[0], person[1], state, title, start, person[0].end, rule,
                0.9 if state else 0.8)
        # R6: "the Ukrainian president's first trip" - a bare title naming a person of the last
        # sentences whose gazetteer office (active on publication) is that title of that state
        for t in TITLE_RE.finditer(text):
            title = t.group("title")
            if title.lower() in ("counterpart", "leader") or not published or not recent:
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
                known, active = self._known_office(key, title, state, published)
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
            a = re.match(r"^,\s+(?:(?:who|which)\s+(?:is|was|has\s+been)\s+(?:also\s+)?)?"
                         r"(?:the\s+|also\s+)?", after)
            if not a:
                continue
            rest_start = m.end + a.end()
            for t in TITLE_RE.finditer(text, rest_start, min(len(text), rest_start + 45)):
                if any(pm.start >= t.end() and _PERSON_GAP.match(text[t.end():pm.start])
                       for pm, _ in persons):
                    break  # "Joe Biden, British Prime Minister Boris Johnson": a list
                state, _ = _state_before(view, t.start())
                if re.search(r"\b(?:then|former|ex|once|previously|until)\b",
                             text[m.end:t.start()], re.I):
                    break  # "who was then the Dutch prime minister"
                if state and t.start() - rest_start <= 25 and t.group("title").lower() not in (
                        "counterpart",):
                    add(m, p, state, t.group("title"), m.start, t.end(), "R4", 0.85)
                break
        # R5: "Donald Trump is to be sworn in as U.S. president"
        for t in _TAKING_OFFICE.finditer(text):
            before = [(m, p) for m, p in persons if m.end <= t.start()
                      and t.start() - m.end < 80]
            if not before:
                continue
            m, p = before[-1]
            state = None
            if t.group("pre"):
                for s in view.mentions:
                    if t.start("pre") <= s.start < t.end("pre") and s.state():
                        state = s.state()
            add(m, p, state, t.group("title"), m.start, t.end(), "R5", 0.8)
        return out
