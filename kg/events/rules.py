"""The resolution rules: when two reports are the same real-world event, in words an analyst can
check against the code below.

Two reports are compared field by field. Some differences keep them apart whatever else agrees
(`Verdict.apart` says which); the agreements add up to a score between 0 and 1, and two reports
are linked when the score reaches `THRESHOLD`. Every rule has a name (a concept of the
`kgc:resolution-rule` scheme in ontology/concepts.ttl, with the same definition as here), and
every link records the rule and score that made it.

Always apart:
* different kinds, or two facts of the same article (the extractor already decided that an
  article's facts are distinct: "a second strike", "a separate package");
* different participants: attacker, supplier, recipient, treaty parties, target country - the
  same entity means the same IRI, the same Wikidata item, or the same label when unlinked;
* places neither equal nor one inside the other (a district and its city, a city and its
  region are compatible; two cities are not);
* dates further apart than the kind allows (below); the same date at clearly different times
  of day ("in the early hours" and "around noon");
* weapons of different kinds ("glide bombs" and "a missile"; "ballistic" and "cruise") or of
  different models ("MK-84" and "BLU-117");
* transfers: the same step (two approvals) on different days, or of different quantities; a
  step reported before the step that must come first (delivered before pledged);
* treaties with different names.

Date tolerance by kind:
* Strike: the same day; the next day when the later report says "overnight"/"early hours" or
  the earlier "late on"/"at night" (an attack reported the morning after); a month or year
  that contains the other's day (not a year: too vague); an undated report links only to a
  strike of the 31 days
  before its publication (the more recent, the stronger), and only with more agreeing
  (place, attacker, weapon, casualties).
* ArmsTransfer: steps pledged -> approved/ordered -> delivered within three years, in order;
  the same step on the same day, or an undated mention of it within a year.
* Treaty: the same day (or a month/year containing it); an undated later mention (a
  ratification) within two years after the signing.
* LeaderRole: the same person holding the same office (see kg.events.resolve: no clustering).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from kg.events import cues
from kg.events.reports import EntityInfo, Report

#: A pair of reports with at least this score (and nothing keeping them apart) is linked.
THRESHOLD = 0.6
#: Links scored within this distance of the threshold are listed by `kg events --review`.
REVIEW_MARGIN = 0.1

STRIKE_SAME_DAY_WINDOW = 1  # days: the overnight rule
STRIKE_UNDATED_WINDOW = 31  # days before publication an undated strike report may refer to
UNDATED_PAIR_WINDOW = 14    # days between two undated strike reports
TRANSFER_WINDOW = 3 * 365   # days from a pledge to a delivery
TRANSFER_REPEAT_WINDOW = 365  # days an undated mention of a step may come after it
TREATY_LATER_WINDOW = 2 * 365  # days a later mention (ratification) may come after signing
TREATY_UNDATED_PAIR_WINDOW = 60

STATUS_RANK = {"pledged": 0, "approved": 1, "ordered": 1, "delivered": 2}


@dataclass(frozen=True)
class Rule:
    slug: str
    label: str
    definition: str


RULES: dict[str, Rule] = {r.slug: r for r in (
    Rule("strike-same-day", "strike: same day",
         "Two strike reports with compatible attacker, place and weapon, dated the same day."),
    Rule("strike-overnight", "strike: overnight",
         "Two strike reports dated a day apart, the later one saying the attack came overnight or "
         "in the early hours (or the earlier one late at night): one night attack reported the "
         "morning after."),
    Rule("strike-vague-date", "strike: vague date",
         "A strike report dated only by month, and one whose day lies in it."),
    Rule("strike-undated-mention", "strike: undated mention",
         "A strike report without a date, linked to a strike of the 31 days before its "
         "publication (the more recent, the stronger) because place, attacker, weapon and "
         "casualty figures agree."),
    Rule("transfer-same-step", "transfer: same step",
         "Two reports of the same step (pledge, approval or delivery) of one arms transfer, "
         "on the same day."),
    Rule("transfer-status-sequence", "transfer: status sequence",
         "Reports of successive steps of one arms transfer (pledged, approved or ordered, "
         "delivered), in that order, within three years: same supplier, recipient and weapon "
         "system."),
    Rule("transfer-repeat-mention", "transfer: repeated mention",
         "A later undated mention of a step of an arms transfer already reported."),
    Rule("treaty-same-signing", "treaty: same signing",
         "Two reports of an agreement between the same parties signed on the same day."),
    Rule("treaty-vague-date", "treaty: vague date",
         "A treaty report dated only by month or year, and one whose signing day lies in it."),
    Rule("treaty-later-mention", "treaty: later mention",
         "A later undated report (a ratification, a mention) of an agreement between the same "
         "parties signed up to two years before."),
    Rule("role-same-holding", "role: same holding",
         "Reports of the same person holding the same office."),
    Rule("single-report", "single report",
         "The event has one report so far."),
    Rule("analyst-merge", "analyst: merged",
         "An analyst decided that these reports are one event (kg events merge)."),
    Rule("analyst-split", "analyst: split",
         "An analyst decided that this report is not the event it had been linked to "
         "(kg events split)."),
)}


@dataclass(frozen=True)
class Verdict:
    """What the rules say about two reports."""

    score: float
    rule: str
    reasons: tuple[str, ...] = ()
    apart: str | None = None  # why they are different events, when a rule keeps them apart

    @property
    def linked(self) -> bool:
        return self.apart is None and self.score >= THRESHOLD

    @property
    def detail(self) -> str:
        return "; ".join(self.reasons) if self.apart is None else f"apart: {self.apart}"


def _apart(why: str, rule: str = "single-report") -> Verdict:
    return Verdict(0.0, rule, (), why)


class Comparer:
    """Compares reports, knowing who and where their entities are."""

    def __init__(self, entities: Mapping[str, EntityInfo]):
        self.entities = entities

    def compare(self, a: Report, b: Report) -> Verdict:
        """The verdict on two reports (symmetric: the order of the arguments does not matter)."""
        if b.order < a.order:
            a, b = b, a
        if a.kind != b.kind:
            return _apart("different kinds of fact")
        if a.article == b.article:
            return _apart("facts of the same article are distinct")
        if a.kind == "Strike":
            return self._strike(a, b)
        if a.kind == "ArmsTransfer":
            return self._transfer(a, b)
        if a.kind == "Treaty":
            return self._treaty(a, b)
        return self._role(a, b)

    # --- entities -------------------------------------------------------------------------

    def identity(self, iri: str | None) -> str | None:
        if iri is None:
            return None
        info = self.entities.get(iri)
        return info.identity if info else iri

    def label(self, iri: str | None) -> str:
        info = self.entities.get(iri) if iri else None
        return (info.label if info and info.label else (iri or "?").rsplit("/", 1)[-1])

    def same(self, x: str | None, y: str | None) -> bool | None:
        """True/False when both are known, None when one is missing."""
        if x is None or y is None:
            return None
        return x == y or self.identity(x) == self.identity(y)

    def place_relation(self, x: str | None, y: str | None) -> str | None:
        """'same', 'within' (one lies in the other), 'unknown' (one missing) or None (apart)."""
        if x is None or y is None:
            return "unknown"
        if self.same(x, y):
            return "same"
        ix, iy = self.entities.get(x), self.entities.get(y)
        if (ix and self.identity(y) in ix.within) or (iy and self.identity(x) in iy.within):
            return "within"
        return None

    # --- strikes --------------------------------------------------------------------------

    def _strike(self, a: Report, b: Report) -> Verdict:
        reasons: list[str] = []
        score = 0.0
        attacker = self.same(a.one("attacker"), b.one("attacker"))
        if attacker is False:
            return _apart(f"different attackers ({self.label(a.one('attacker'))}, "
                          f"{self.label(b.one('attacker'))})")
        if self.same(a.one("targetCountry"), b.one("targetCountry")) is False:
            return _apart("different target countries")
        place = self.place_relation(a.one("targetPlace"), b.one("targetPlace"))
        if place is None:
            return _apart(f"different places ({self.label(a.one('targetPlace'))}, "
                          f"{self.label(b.one('targetPlace'))})")
        time = strike_time(a, b)
        if time.apart:
            return _apart(time.apart)
        profile_a, profile_b = strike_weapons(a), strike_weapons(b)
        fit = cues.profiles_fit(profile_a, profile_b)
        if fit is False:
            return _apart("different kinds of weapon")
        models = cues.models_fit(_models(a), _models(b))
        if models is False:
            return _apart("different weapon models")

        score += time.score
        reasons.append(time.reason)
        if place == "same":
            score += 0.25
            reasons.append(f"same place ({self.label(a.one('targetPlace'))})")
        elif place == "within":
            score += 0.15
            reasons.append(f"places one inside the other ({self.label(a.one('targetPlace'))}, "
                           f"{self.label(b.one('targetPlace'))})")
        else:
            score += 0.05
        if attacker:
            score += 0.15
            reasons.append(f"same attacker ({self.label(a.one('attacker'))})")
        elif attacker is None:
            score += 0.05
        same_weapon = self.same(a.one("weapon"), b.one("weapon"))
        if same_weapon or models or (fit and cues.profiles_specific(profile_a, profile_b)):
            score += 0.10
            reasons.append("same weapon")
        elif fit:
            score += 0.05
            reasons.append("weapons agree")
        for name in ("killed", "injured"):
            early, late = a.number(name), b.number(name)
            if early is not None and late is not None and late == early:
                score += 0.10
                reasons.append(f"same {name} ({early})")
            elif early is not None and late is not None and late > early:
                score += 0.05
                reasons.append(f"{name} {early} then {late}")
        return Verdict(round(min(score, 1.0), 3), time.rule, tuple(reasons))

    # --- arms transfers -------------------------------------------------------------------

    def _transfer(self, a: Report, b: Report) -> Verdict:
        reasons: list[str] = []
        score = 0.0
        supplier = self.same(a.one("supplier"), b.one("supplier"))
        recipient = self.same(a.one("recipient"), b.one("recipient"))
        if supplier is False or recipient is False:
            return _apart("different supplier or recipient")
        if supplier and recipient:
            score += 0.30
            reasons.append(f"same supplier and recipient ({self.label(a.one('supplier'))} to "
                           f"{self.label(a.one('recipient'))})")
        else:
            score += 0.15
        weapon = self._transfer_weapon(a, b)
        if weapon.apart:
            return _apart(weapon.apart)
        score += weapon.score
        if weapon.reason:
            reasons.append(weapon.reason)
        step = transfer_steps(a, b)
        if step.apart:
            return _apart(step.apart)
        score += step.score
        reasons.append(step.reason)
        qa, qb = a.number("quantity"), b.number("quantity")
        same_rank = step.rule != "transfer-status-sequence"
        if qa is not None and qb is not None:
            if qa == qb:
                score += 0.20
                reasons.append(f"same quantity ({qa})")
            elif same_rank:
                return _apart(f"different quantities ({qa}, {qb})")
        if _money(a) & _money(b):
            score += 0.15
            reasons.append("same sum of money")
        return Verdict(round(min(score, 1.0), 3), step.rule, tuple(reasons))

    def _transfer_weapon(self, a: Report, b: Report) -> _Part:
        wa, wb = a.one("weapon"), b.one("weapon")
        ta = a.one("weaponText")
        models = cues.models_fit(_models(a), _models(b))
        if models is False:
            return _Part(apart="different weapon models")
        if cues.profiles_fit(transfer_weapons(a), transfer_weapons(b)) is False:
            return _Part(apart="different kinds of weapon")
        names = _weapon_names(self, a) & _weapon_names(self, b)
        if self.same(wa, wb) or models or names:
            return _Part(0.30, reason=f"same weapon system ({self.label(wa) if wa else ta})")
        heads = self._heads(a)
        heads_b = self._heads(b)
        if heads & heads_b:
            return _Part(0.20, reason=f"same kind of weapon ({min(heads & heads_b)})")
        if wa and wb:
            return _Part(apart=f"different weapon systems ({self.label(wa)}, {self.label(wb)})")
        return _Part(0.0)

    def _heads(self, report: Report) -> set[str]:
        weapon = report.one("weapon")
        return report.memo("heads", lambda: {
            cues.head_noun(x) for x in (report.one("weaponText"),
                                        self.label(weapon) if weapon else None)} - {None})

    # --- treaties -------------------------------------------------------------------------

    def _treaty(self, a: Report, b: Report) -> Verdict:
        reasons: list[str] = []
        parties_a = {self.identity(p) for p in a.all("party")}
        parties_b = {self.identity(p) for p in b.all("party")}
        if parties_a != parties_b:
            return _apart("different parties")
        score = 0.40
        reasons.append("same parties (" + ", ".join(sorted(self.label(p) for p in a.all("party")))
                       + ")")
        names_a, names_b = _name_words(a), _name_words(b)
        if names_a and names_b:
            if not names_a & names_b:
                return _apart("different names")
            score += 0.20
            reasons.append("same name")
        time = treaty_time(a, b)
        if time.apart:
            return _apart(time.apart)
        score += time.score
        reasons.append(time.reason)
        signers_a = {self.identity(p) for p in a.all("signatory")}
        signers_b = {self.identity(p) for p in b.all("signatory")}
        if signers_a & signers_b:
            score += 0.10
            reasons.append("same signatory")
        if self.same(a.one("signedAt"), b.one("signedAt")):
            score += 0.10
            reasons.append(f"signed at the same place ({self.label(a.one('signedAt'))})")
        return Verdict(round(min(score, 1.0), 3), time.rule, tuple(reasons))

    # --- leader roles ---------------------------------------------------------------------

    def _role(self, a: Report, b: Report) -> Verdict:
        if role_key(a) != role_key(b):
            return _apart("different person or office")
        return Verdict(1.0, "role-same-holding",
                       (f"{self.label(a.one('holder'))}, {cues.office_key(a.one('office') or '')}",))


@dataclass(frozen=True)
class _Part:
    """One field's share of a verdict."""

    score: float = 0.0
    rule: str = ""
    reason: str = ""
    apart: str | None = None


def role_key(report: Report) -> tuple[str, str]:
    """A leader role's holding: the person and the office in one form."""
    return (report.one("holder") or "", cues.office_key(report.one("office") or ""))


def _models(report: Report) -> frozenset[str]:
    return report.memo("models", lambda: cues.model_tokens(report.one("weaponText")))


def _weapon_names(comparer: Comparer, report: Report) -> frozenset[str]:
    """Proper names of a report's weapon: from its words and its weapon system's label."""
    def compute():
        weapon = report.one("weapon")
        label = comparer.label(weapon) if weapon else None
        return cues.name_words(report.one("weaponText")) | cues.name_words(label)

    return report.memo("names", compute)


def strike_weapons(report: Report) -> frozenset:
    return report.memo("profile", lambda: cues.weapon_profile(
        [report.one("weaponText")], [report.slug("weaponCategory")],
        [report.slug("strikeKind")]))


def transfer_weapons(report: Report) -> frozenset:
    return report.memo("profile", lambda: cues.weapon_profile(
        [report.one("weaponText")], [report.slug("weaponCategory")]))


def _time_of_day(report: Report) -> str | None:
    return report.memo("time", lambda: cues.time_of_day(report.quotes))


def _money(report: Report) -> frozenset[float]:
    return report.memo("money", lambda: cues.money_amounts(report.quotes))


_GENERIC_NAME_WORDS = {"treaty", "agreement", "deal", "pact", "accord", "the", "of", "on", "and",
                       "so", "called", "so-called", "convention", "memorandum", "partnership"}


def _name_words(report: Report) -> set[str]:
    name = report.one("name")
    return {w for w in cues.fold(name).split() if w not in _GENERIC_NAME_WORDS} if name else set()


# --- dates ----------------------------------------------------------------------------------

def day(text: str | None) -> date | None:
    """A full date, or None for none or a month/year."""
    if text and len(text) >= 10:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            return None
    return None


def first_day(text: str | None) -> date | None:
    """The first day a date, month or year can mean ("2024-10" -> 2024-10-01)."""
    if not text:
        return None
    return day(text) or day(text[:7] + "-01" if len(text) >= 7 else text[:4] + "-01-01")


def _vague_fits(x: str, y: str) -> bool:
    """A month or year that contains the other date (or the same month/year)."""
    short, long = sorted((x, y), key=len)
    return long.startswith(short)


def strike_time(a: Report, b: Report) -> _Part:
    """How two strike reports' dates relate (a was published first)."""
    da, db = a.one("date"), b.one("date")
    if da and db:
        xa, xb = day(da), day(db)
        if xa and xb:
            early, late = (a, b) if xa <= xb else (b, a)
            gap = abs((xb - xa).days)
            ta, tb = _time_of_day(early), _time_of_day(late)
            if gap == 0:
                if ta and tb and ta != tb:
                    return _Part(apart=f"the same day at different times ({ta}, {tb})")
                return _Part(0.40, "strike-same-day", f"same day ({da})")
            if gap <= STRIKE_SAME_DAY_WINDOW and (
                    (tb == cues.EARLY and ta not in (cues.EARLY, cues.DAY))
                    or (ta == cues.LATE and tb not in (cues.DAY, cues.LATE))):
                return _Part(0.30, "strike-overnight",
                             f"one night ({min(da, db)} to {max(da, db)}, reported as overnight)")
            return _Part(apart=f"different days ({da}, {db})")
        if min(len(da), len(db)) >= 7 and _vague_fits(da, db):
            return _Part(0.15, "strike-vague-date", f"dates agree ({da}, {db})")
        return _Part(apart=f"different dates ({da}, {db})")
    if da or db:
        dated, undated = (a, b) if da else (b, a)
        when, published = day(dated.one("date")), day(undated.published)
        if when and published and 0 <= (published - when).days <= STRIKE_UNDATED_WINDOW:
            gap = (published - when).days
            recent = 0.15 if gap <= 3 else 0.10 if gap <= 7 else 0.05
            return _Part(recent, "strike-undated-mention",
                         f"undated report of {undated.published}, {gap} day(s) after "
                         f"{when.isoformat()}")
        return _Part(apart="an undated report outside the dated one's window")
    pa, pb = day(a.published), day(b.published)
    if pa and pb and abs((pb - pa).days) <= UNDATED_PAIR_WINDOW:
        return _Part(0.0, "strike-undated-mention", "two undated reports a few days apart")
    return _Part(apart="undated reports far apart")


def _bound(report: Report) -> date | None:
    """When a step had happened at the latest: its date, else its report's publication."""
    return day(report.one("date")) or day(report.published)


def transfer_steps(a: Report, b: Report) -> _Part:
    """How two transfer reports' steps and dates relate."""
    ra, rb = STATUS_RANK.get(a.slug("transferStatus") or ""), STATUS_RANK.get(
        b.slug("transferStatus") or "")
    xa, xb = day(a.one("date")), day(b.one("date"))
    ba, bb = _bound(a), _bound(b)
    if ba is None or bb is None:
        return _Part(apart="no date or publication date")
    if ra is not None and rb is not None and ra == rb:
        status = a.slug("transferStatus")
        if xa and xb:
            if abs((xb - xa).days) <= 1:
                return _Part(0.20, "transfer-same-step", f"{status} on the same day ({xa})")
            return _Part(apart=f"{status} on different days ({xa}, {xb})")
        if xa or xb:  # one dated step, one undated mention: the mention comes after it
            dated, other = (a, b) if xa else (b, a)
            gap = (_bound(other) - day(dated.one("date"))).days
        else:
            gap = abs((bb - ba).days)
        if -1 <= gap <= TRANSFER_REPEAT_WINDOW:
            return _Part(0.05, "transfer-repeat-mention", f"{status} mentioned again")
        return _Part(apart=f"{status} reported too far apart")
    if ra is not None and rb is not None:
        low, high = (a, b) if ra < rb else (b, a)
        low_day = day(low.one("date"))
        if low_day and (_bound(high) - low_day).days < -1:
            return _Part(apart=f"{high.slug('transferStatus')} before "
                               f"{low.slug('transferStatus')}")
        if abs((bb - ba).days) > TRANSFER_WINDOW:
            return _Part(apart="steps more than three years apart")
        return _Part(0.10, "transfer-status-sequence",
                     f"{low.slug('transferStatus')} then {high.slug('transferStatus')}")
    if abs((bb - ba).days) > TRANSFER_WINDOW:
        return _Part(apart="reports more than three years apart")
    return _Part(0.0, "transfer-status-sequence", "status not stated")


def treaty_time(a: Report, b: Report) -> _Part:
    """How two treaty reports' signing dates relate."""
    da, db = a.one("signedOn"), b.one("signedOn")
    if da and db:
        if da == db:
            return _Part(0.40, "treaty-same-signing", f"signed the same day ({da})")
        if _vague_fits(da, db):
            return _Part(0.25, "treaty-vague-date", f"signing dates agree ({da}, {db})")
        return _Part(apart=f"signed on different dates ({da}, {db})")
    if da or db:
        dated, undated = (a, b) if da else (b, a)
        signed = first_day(dated.one("signedOn"))
        published = day(undated.published)
        if signed and published and 0 <= (published - signed).days <= TREATY_LATER_WINDOW:
            bonus = 0.10 if cues.ratification(undated.quotes) else 0.0
            return _Part(0.10 + bonus, "treaty-later-mention",
                         "later undated mention" + (" (ratification)" if bonus else ""))
        return _Part(apart="an undated mention outside the signing's window")
    pa, pb = day(a.published), day(b.published)
    if pa and pb and abs((pb - pa).days) <= TREATY_UNDATED_PAIR_WINDOW:
        return _Part(0.05, "treaty-later-mention", "two undated reports")
    return _Part(apart="undated reports far apart")
