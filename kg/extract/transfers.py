"""Arms transfers: supplier, recipient, weapon (one fact per weapon in a list), quantity, status.

Rules:

* A1 "X provided/supplied/armed Y with W"
* A2 "X sent/delivered/sold/gave/transferred/exported/shipped W to Y" (lists: "troops, shells
  and missiles" gives shells and missiles - troops, money, aid, technology are not arms; several
  recipients: "sold drones to Qatar, Azerbaijan and Ukraine")
* A3 "X gifts/gave/sent Y W" (double object)
* A4 receiving: "Y received/bought/acquired/took delivery of/will get W" with the supplier from
  "from X", "W sent/supplied by X", "X's W", "X-built/-made/-supplied W" or a demonym
  ("Turkish combat drones"); "W have reached/arrived in Y"
* A5 "X-supplied W" alone: the recipient is the attacker of a strike told in the same or the
  previous sentence (resolved in kg.extract.records)
* A6 nouns: "X's gift/delivery/supply/sale of W to Y"
* A14 "A French package of W reached Y", "the Swedish offer includes W", "the Italian package
  for Egypt includes W": the state on offer/package/deal supplies (a deal or contract only
  when a recipient other than it is named); A15 "the purchase of W by Y (from X)"
* a general noun ("new military aid for Ukraine", "sent weapons to", "bought equipment from")
  gives who gives whom for the items listed next, never a weapon of its own; "N of the jets"
  is the model named before; "while C provided W" / "; C, for its part, supplied W" is C's,
  to the first clause's recipient
* no fact from own deployments ("to its base in X"), an approver of another's sale, a payer
  ("funded the purchase of"), or the made-in adjective of a weapon shot down
* no fact from hedged sentences ("would receive", "any transfer would be met with") or denials
  ("denied supplying"), and only states / organisations are suppliers and recipients.
"""

from __future__ import annotations

import re
from typing import Any

from kg.extract.caseless import caseless
from kg.extract.clauses import (SERVICES, Actor, Group, actor_state, after_word, clause_start,
                                group_after, subject_before)
from kg.extract.corridors import corridor_user, middlemen_base
from kg.extract.deal_partner import deal_partner
from kg.extract.entities import Mention, SentView
from kg.extract.fronted_forces import fronted_state
from kg.extract.handovers import HANDOVER_VERB, handed_on_no_arms
from kg.extract.numbers import COUNT_RE, NUMBER_RE, parse_number
from kg.extract.objecting_states import starts_objection
from kg.extract.paired_objects import paired_objects
from kg.extract.transfer_items import keep_items

_SUPPLY = (r"provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|sen(?:d|ds|t|ding)|"
           r"deliver(?:s|ed|ing)?|s(?:ell|ells|old|elling)|g(?:ive|ives|ave|iven|iving)|"
           r"gift(?:s|ed|ing)?|donat(?:e|es|ed|ing)|transferr?(?:s|ed|ing)?|"
           r"export(?:s|ed|ing)?|ship(?:s|ped|ping)?|smuggl(?:e|es|ed|ing)|hand(?:s|ed|ing)?(?:\s+over)?|"
           r"pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
           r"offer(?:s|ed|ing)?|"
           r"commit(?:s|ted|ting)?|"
           r"arm(?:s|ed|ing)?|equip(?:s|ped|ping)?|"
           r"get|gets|got|getting|"
           # "passed on three radars to", "turned over drones to": hand-overs (kg.extract.handovers)
           rf"{HANDOVER_VERB}|pass(?:ed|ing)?|"
           r"add|adds|adding|"  # "China will add 10 vehicles" (not "added": a reporting verb)
           # "Iran uses Iraqi territory to move rockets to Hezbollah": to an armed group only
           # (round 58; transfer_facts)
           r"mov(?:e|es|ed|ing)(?=(?:\s+[\w-]+){1,6}?\s+to\s)")
_RECEIVE = (r"receiv(?:e|es|ed|ing)|b(?:uy|uys|ought|uying)|purchas(?:e|es|ed|ing)|"
            # ("sources most of its weapons from Russia, including": round 61)
            r"sourc(?:e|es|ed|ing)(?=\s+(?:[\w-]+\s+){0,5}?from\s)|"
            # ("inducted its first Rafale jets from France": into service, round 76)
            r"induct(?:s|ed|ing)(?=\s+(?:[\w-]+\s+){0,5}?from\s)|"
            r"acquir(?:e|es|ed|ing)|obtain(?:s|ed|ing)?|order(?:s|ed|ing)?|import(?:s|ed|ing)?|"
            r"t(?:ake|akes|aken|ook|aking)\s+delivery\s+(?:(?:on|last|this|in|early|late)\s+"
            r"\w+\s+)?of|get|gets|got|getting|"
            r"t(?:ake|akes|aken|ook|aking)\s+delivery(?=\s+from\b)|"  # "from X of W"
            # "Taiwan is awaiting 66 F-16V jets ordered in 2019": a contracted delivery due
            # (round 53; not "awaiting approval": the weapons follow)
            # ("The Philippines is expecting 12 FA-50 jets from South Korea": a count, not "a
            # couple expecting a baby"; round 74)
            r"expect(?:s|ing)(?=\s+(?:the\s+delivery\s+of\s+)?(?:more\s+|\d|one\s|two\s|three\s|"
            r"four\s|five\s|six\s|eight\s|ten\s|twelve\s))|"
            r"await(?:s|ing)(?=\s+(?:the\s+delivery\s+of\s+)?(?:an?\s+|its\s+|their\s+|"
            r"more\s+|\d|one\s|two\s|three\s|four\s|five\s|six\s|eight\s|ten\s|"
            r"twelve\s))")
_MOVE_VERB = re.compile(r"mov(?:e|es|ed|ing)\b", re.I)
# states that no longer exist: an adjective naming one tells where a design came from (round 55)
_DISSOLVED = frozenset({"state/soviet-union"})
SUPPLY_RE = caseless(rf"\b(?P<v>{_SUPPLY})\b")
RECEIVE_RE = caseless(rf"\b(?P<v>{_RECEIVE})\b")
# ("a new aid package worth 500 million euros, including 20 Marder vehicles": round 63)
PACKAGE2_RE = re.compile(r"\b(?:package|tranche)\b[^;]{0,60}?(?:\b(?:that|which)\s+(?:also\s+)?"
                         r"(?:will\s+)?(?:includ(?:es?|ed)|contain(?:s|ed)?|compris(?:es?|ed)|"
                         r"cover(?:s|ed)?)|,\s*including)\s+", re.I)
USE_RE = caseless(r"\b(?:us(?:ing|ed|es)|deploy(?:ing|ed|s)|field(?:ing|ed|s)|"
                  r"operat(?:ing|es|ed)|fl(?:y|ies|ew|own|ying)|own(?:s|ed)?|possess(?:es|ed)?|"
                  r"(?:has|have|had)\s+(?:been\s+)?(?:flying|operating|using))\b")
# ("would reach Ukraine within days", "are due to arrive in Poland": a hand-over told ahead;
# round 89)
ARRIVE_RE = caseless(r"\b(?:ha(?:ve|s|d)\s+)?(?:reached|arrived\s+in)\b|"
                     r"\b(?:will|would)\s+(?:soon\s+)?(?:reach|arrive\s+in)\b|"
                     r"\b(?:is|are|was|were)\s+(?:due|expected|set)\s+to\s+(?:reach|arrive\s+in)\b",
                     needs=("reach", "arrive"))
NOUN_RE = caseless(r"\b(?P<n>gifts?|donations?|delivery|deliveries|supply|supplies|sale|sales|"
                   r"transfers?|shipment|shipments|provision|exports?|contributions?|"
                   r"batch|batches|consignments?)\s+of\b")  # "announced a further batch of"
# "approved the sale of $20bn in weapons to Israel, including F-15 jets and missiles"
NOUN_INCL_RE = caseless(r"\b(?:sales?|deliver(?:y|ies)|suppl(?:y|ies)|transfers?|shipments?|"
                        r"exports?|packages?)\s+of\s+[^.;]{0,50}?\bto\s+")
# ("announced new military aid for Ukraine": the general noun names who gives whom; the items
# come in the next sentence)
PACKAGE_RE = caseless(r"\b(?:(?:packages?|tranches?|shipments?)\s+(?:of\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:aid|assistance|weapons|arms|equipment|ammunition|support)\s+)?"
                      r"|(?:military|defen[cs]e|security|lethal|weapons|arms)\s+(?:aid|assistance)"
                      r"\s+(?:package\s+)?)(?:for|to)\s+",
                      needs=("package", "tranche", "shipment", "aid", "assistance"))
# ("IRIS-T systems supplied by Germany": a generic noun after the named system, round 59)
# ("drones supplied largely by Iran": a degree adverb between the verb and "by", round 76)
BY_ADVERB = r"(?:(?:largely|mainly|mostly|chiefly|primarily|principally|partly|partially)\s+)?"
MADE_BY = re.compile(r"^\s*(?:(?:systems?|units?|batteries)\s+)?(?:sent|supplied|provided|delivered|"
                     r"made|built|manufactured|"
                     r"produced|donated|given|gifted|sold|promised|pledged|shipped|"
                     r"transferred)\s+" + BY_ADVERB + r"by\s+", re.I)
_COMPOUND_ADJ = re.compile(r"[-‑][a-z]+ed\b")  # "Wagner-trained", "Iran-backed"
SUPPLIED_RE = re.compile(r"[-‑](?:supplied|provided|donated|made|built|manufactured|produced|"
                         r"designed|gifted)\b", re.I)
_HEDGE = caseless(
    # ("said it would speed up the delivery of": under way, round 60)
    r"\b(?:would(?!\s+(?:speed|accelerate|expedite)\b)|could|might|shall|"
    r"may(?!\s+\d)(?<!in\smay)(?<!of\smay)(?<!since\smay)"
    r"(?<!by\smay)(?<!until\smay)(?<!last\smay)(?<!early\smay)(?<!late\smay)(?<!mid-may)"
    r"(?<!from\smay)|"  # (the month: "In May the United States sold ...")
    r"if|whether|any|unless|consider\w*|ask\w*|request\w*|"
    r"hop\w*|expect\w*|plan(?:s|ned|ning)?|aim\w*|intend\w*|wish\w*|likely|possible|potential|"
    r"await\w*|negotiat\w*|discuss\w*|propos\w*|offer\w*\s+to|open\s+to|"
    r"call\w*\s+for|urg\w*|want\w*|seek\w*|refus\w*|declin\w*|reject\w*|resist\w*|"
    r"reluctan\w*|denied|denies|deny|not|n't|never|interest(?:ed)?\s+in|"  # ("expressed interest
    # in buying": no deal, round 78)
    r"stop\w*|halt\w*|suspend\w*|ban(?:s|ned|ning)?|block\w*|accus\w*|alleg\w*|blam\w*|how\s+many|"
    # ("warned Germany against sending": a warning, round 62)
    r"(?:warn|caution)\w*\s+(?:[\w'’.-]+\s+){0,4}?against)\b"
    r"[^.;]{0,30}$")
_STATUS = [
    (re.compile(r"pledg|promis|commit|offer", re.I), "pledged"),
    (re.compile(r"approv", re.I), "approved"),
    (re.compile(r"order|buy|bought|purchas|will\s+get|to\s+get|sale|contract", re.I), "ordered"),
    (re.compile(r"sent|deliver|provided|supplied|gave|given|gift|donat|transferred|shipped|"
                r"sold|received|delivery|reached|arrived|handed|turn\w*\s+over|pass\w*\s+on", re.I),
     "delivered"),
]


# verbs that are nouns as often ("a landing ship", "arms", "a hand"): verbs only after a
# subject or an auxiliary
# "secured a supply of", "sought new supplies of": the noun, what the subject gets, not the verb
_SUPPLY_NOUN_BEFORE = re.compile(r"\b(?:secured|obtained|received|got|won|sought|requested|needs?|"
                                 r"asked\s+for)\s+(?:a|an|the|its|their|new|steady|regular|"
                                 r"reliable|fresh|more)\s+(?:(?:new|steady|regular|fresh)\s+)?$",
                                 re.I)
# "aircraft to fly the wounded", "helicopters to evacuate civilians": a mercy flight, no arms
_MERCY_FLIGHT = re.compile(r"\s+to\s+(?:help\s+)?(?:fly|evacuate|carry|ferry|transport|airlift|"
                           r"bring\s+(?:home|back)|rescue|fight|douse|drop\s+aid)\b", re.I)
_NOUN_TOO = {"ship", "ships", "arm", "arms", "hand", "hands", "pass", "gift", "gifts", "offer",
             "offers"}
_VERB_CUE = re.compile(r"(?:\b(?:to|will|would|also|not|can|could|must|should|did|does|do|which|"
                       r"who|that|they|it|we|he|she)|['’]ll)\s+$", re.I)
_FUTURE = re.compile(r"\b(?:would|will|’ll|'ll)\s+(?:also\s+|soon\s+|now\s+|still\s+|each\s+|"
                     r"both\s+|jointly\s+|together\s+)?"  # ("would each supply": round 44)
                     r"(?:keep\s+|continue\s+(?:to\s+)?)?$", re.I)  # "would keep sending"
_CONDITION = re.compile(r"^[^.;,]{0,80}\b(?:if|unless|once|provided\s+that)\b", re.I)


# "promised 30 of its own F-16 jets": the supplier's stock, the weapon named after it (round 85:
# also "a number of its own", "some of their own"; not "its most modern system", "its own" alone)
_OF_ITS_OWN = caseless(rf"^\s*(?:{NUMBER_RE}|a\s+number|some|several|part|more)\s+of\s+"
                       rf"(?:its|their)\s+own\s+(?=\S)")
_OWN_VERSION = re.compile(
    # ("its own version, known as SCALP": no "of the missile", round 60)
    r"^\s*(?:its|their|his|her)\s+own\s+(?:version|variant|model|type)s?(?:\s+of\s+(?:the|this|"
    r"that|these|those)\s+[^,;.]{0,40}?)?,?\s*(?:known\s+as|called|dubbed|named|designated)\s+",
    re.I)
# "contracts were signed for 180 tanks", "an order for 24 jets": both ends from the article
CONTRACT_FOR_RE = caseless(
    r"\b(?:contracts?|deals?|orders?|agreements?|accords?)\s+(?P<mid>(?!that\b|which\b)"
    r"(?:(?:was|were|has\s+been|have\s+been)"
    r"\s+(?:signed|placed|concluded|finali[sz]ed|awarded)\s+)?(?:(?:[^.;:]|\.(?=\d)){0,80}?\s)?)"
    r"(?:for|covering|covers|cover|includes|including)\s+"
    r"(?:(?:more|another|further|additional|an\s+additional)\s+)?",
    needs=("contract", "deal", "order", "agreement", "accord"))
# "... was signed with Turkey", "has now been placed with China by Pakistan", "was awarded to
# France": the contract's seller (and buyer) told after its items
_PLACED_WITH = re.compile(
    r"\s*,?\s*(?:(?:has|have|had)\s+)?(?:now\s+|also\s+|already\s+)?(?:been\s+|was\s+|were\s+)"
    r"(?:\w+ly\s+)?(?:signed|placed|awarded|concluded|agreed|finali[sz]ed)\b"
    r"(?:[^.;,]{0,30}?\b(?P<with>with|to)\s+(?:the\s+)?)?"
    r"(?:[^.;,]{0,30}?\bby\s+(?P<by>)(?:the\s+)?)?", re.I)
# "Ukraine's allies", "Kyiv's Western partners": the state helped, not a supplier
_ALLIES_OF = re.compile(r"['’]s\s+(?:(?:western|european|foreign|international|main|key|closest|"
                        r"[A-Z]\w+)\s+)?(?:allies|partners|backers|friends|supporters|donors)\b")
# "Rwanda controls the M23 and has supplied it with ...": one subject, two verbs
_AND_VERB = re.compile(r"\s+and\s+(?:(?:has|have|had)\s+)?(?:also\s+)?", re.I)
_ONE_VERB = re.compile(r"\s+(?:(?:has|have|had)\s+)?[a-z]+(?:s|ed)\s+(?:the\s+)?")
# "the army", "the country's military": a state's own forces, named without the state (also
# kg.extract.records, "supplied the army with")
THE_ARMY = r"the\s+(?:country['’]s\s+)?(?:army|military|armed\s+forces)\b"
_THE_ARMY = re.compile(rf"\b{THE_ARMY}", re.I)
# "Ukraine's army is equipped with US-supplied Bradleys", "Taiwan operates US-supplied Patriot
# batteries": the subject that holds what a state supplied is its recipient (round 61)
# the verbs of holding a weapon (also _OPERATES)
_HOLD_VERBS = r"operates?|operated|fl(?:y|ies|ew)|fields?|fielded|relies\s+on|relied\s+on"
_HOLDS = re.compile(r"\b(?:" + _HOLD_VERBS + r"|operating|uses|used|"
                    r"relies\s+(?:largely|mainly|heavily)\s+on|built\s+around|"
                    r"(?:equipped|armed)\s+(?:largely\s+|mainly\s+|mostly\s+)?with)\b", re.I)


def _holder_of_supplied(actors: list[Actor], text: str, supplier: Actor) -> str | None:
    """The state or group that holds "[S]-supplied W" as the subject of a holding verb of the
    same clause (None when there is none, or it is the supplier)."""
    lo = clause_start(text, supplier.start)
    holds = [m for m in _HOLDS.finditer(text, lo, supplier.start)]
    if not holds:
        return None
    subj = subject_before(actors, text, holds[-1].start())
    if subj is None or subj.actors[-1].person:
        return None
    key = subj.actors[-1].key
    return key if key and key != supplier.key and key.startswith(("state/", "org/")) else None


# A10's relative clause on the weapon: "W that Berlin promised", "W, which analysts say
# Russia delivered to Belarus" (a reporting clause inside it, round 58)
_SAY_INSERT = (r"(?:(?:analysts|officials|experts|investigators|diplomats|researchers|observers)"
               r"\s+(?:say|said|believe|believed|think|estimate)\s+)?")
_REL_SUPPLIER = re.compile(r"(?:[\s-]*[\w-]+){0,3}?\s*,?\s*(?:that|which)\s+" + _SAY_INSERT)
# "a Lancet drone, of the kind Russia has sold to Belarus", "a model Tehran supplied to
# Moscow", "the same type that Ankara sold to Kyiv": the weapon's kind, supplied (round 58)
# "a Patriot battery, a system Germany delivered to Ukraine", "an IRIS-T launcher, one of the
# systems Berlin has supplied to Kyiv": the weapon told again by its class (round 62)
_KIND_OF = re.compile(r"\s*,?\s*(?:of\s+(?:the|a)\s+(?:kind|type|sort|model)|(?:a|the\s+same)\s+"
                      r"(?:kind|type|model|variant|version)|(?:[\s-]*[\w-]+){0,2}?\s*,\s*(?:a|one\s+of\s+(?:the|several|"
                      r"many|\w+)(?:\s+[\w-]+)?)\s+(?:systems?|weapons?|launchers?|batteries|guns))"
                      r"\s+(?:(?:that|which)\s+)?" + _SAY_INSERT,
                      re.I)
# "Kyiv's F-16s, which came from Belgium", "Azerbaijan's drones, by contrast, came from"
_CAME_GAP = re.compile(r"\s*,\s*(?:which|that)\s+(?:(?:had|have|has|all|mostly|largely|also)\s+)?"
                       r"|\s*,[^,;.]{1,30},\s*(?:(?:all|mostly|largely|also)\s+)?", re.I)
CAME_FROM_RE = caseless(r"\b(?:came|come|comes|coming|arrived|arrive|arrives|were\s+supplied|"
                        r"were\s+donated|were\s+delivered)\s+from\s+(?:the\s+)?")


QTY_RE = caseless(rf"\b(?:committed|pledged|promised|delivered|sent|provided|supplied|"
                  rf"donated)\s+(?P<n>{NUMBER_RE})\b(?=\s+(?:of\s+(?:the|its|their|these|"
                  rf"those|them)\b|[,;.]|and\b))",
                  needs=("committed", "pledged", "promised", "delivered", "sent", "provided",
                         "supplied", "donated"))
GAPPED_RE = re.compile(rf"(?:,\s*(?:and\s+)?|\s+and\s+)(?P<rest>(?:the\s+)?[\w\s’'-]{{2,40}}?\s+"
                       rf"(?P<n>{NUMBER_RE})\b)(?=\s*(?:[,;.]|and\b|$))", re.I)


_DENIED_REPORT = re.compile(
    r"\b(?:reject\w*|den(?:y|ies|ied|ying)|dismiss\w*|refut\w*|disput\w*)\s+(?:the\s+|any\s+)?"
    r"(?:\w+\s+)?(?:reports?|claims?|allegations?|accusations?|suggestions?|rumou?rs?)\s+that\b"
    r"[^.;]*$", re.I)


# "accused the United Arab Emirates of supplying drones to the RSF": a claim, no fact
_ACCUSED = re.compile(r"\b(?:accus\w*|blam\w*|alleg\w*|charg\w*)\b[^.;]{0,60}?\bof\s+$", re.I)
# "accused the United Arab Emirates of shipping drones to the RSF": the accused supplies, as
# alleged (the gold keeps an accusation's transfer; a denial stays hedged)
_ACCUSED_OF = re.compile(r"\b(?:accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing))\s+", re.I)


def _accused(actors: list[Actor], text: str, lo: int, pos: int) -> Group | None:
    """The state or group accused of the supply whose verb is at ``pos``."""
    acc = None
    for acc in _ACCUSED_OF.finditer(text, lo, pos):
        pass
    if acc is None:
        return None
    g = _accused_pronoun(actors, text, acc) or group_after(actors, text, acc.end(), max_gap=4)
    if g is None or g.actors[0].person or not g.actors[0].key or not re.fullmatch(
            r"\s+of\s+(?:having\s+)?(?:(?:secretly|illegally|covertly|also|still|repeatedly)\s+)?",
            text[g.end:pos], re.I):
        return None
    return g


# "renewed its complaint against Iran, accusing it of supplying the Houthis with drones"
_IT_OF = re.compile(r"(?:it|them)(?=\s+of\s)", re.I)


def _accused_pronoun(actors: list[Actor], text: str, acc: re.Match) -> Group | None:
    """"accusing it of": the state or group named last before, not the accuser, stands at
    the pronoun."""
    it = _IT_OF.match(text, acc.end())
    if it is None:
        return None
    accuser = subject_before(actors, text, acc.start(), lo=0)
    own = set(accuser.keys()) if accuser else set()
    prior = [a for a in actors if a.end <= acc.start() and a.key and not a.person
             and not a.demonym and a.key not in own]
    if not prior:
        return None
    return Group([Actor(it.start(), it.end(), prior[-1].key)])


# '"We have received six drones from Turkey," Niger's defence minister said': the speaker's
# state receives
_WE = re.compile(r"\b[Ww]e\s+(?:(?:have|had|also|now|just|already|recently)\s+){0,3}$")
_QUOTES = "\"“”"


def _quoted_we(actors: list[Actor], text: str, pos: int) -> Group | None:
    """The speaker's state for "we" inside a quotation, named with the speaker ("Niger's
    minister", "the Nigerien minister", a minister whose office names the state)."""
    we = _WE.search(text, 0, pos)
    if we is None or sum(text[:we.start()].count(q) for q in _QUOTES) % 2 == 0:
        return None
    close = min((i for i in (text.find(q, pos) for q in _QUOTES) if i >= 0), default=-1)
    if close < 0:
        return None
    for a in actors:
        if a.start > close and a.start - close <= 40:
            state = a.role.state if a.person and a.role else (None if a.person else a.key)
            if state and state.startswith("state/"):
                return Group([Actor(we.start(), we.end(), state)])
    return None


# "pressed them to allow Ukraine to use ...": a request, no transfer
_ALLOW = re.compile(r"\b(?:allow\w*|permit\w*|let|lets|authori[sz]\w*|press\w*|urg\w*)\s+"
                    r"(?:[\w’'-]+\s+){0,4}?to\s+$", re.I)

_PURPOSE = re.compile(r"\bto\s+(?:help\s+)?(?:down|shoot|intercept|attack|strike|hit|defend|"
                      r"protect|counter|fight|destroy|target|repel|stop)\b|\bagainst\b", re.I)


# "in response to", "according to": no recipient follows
_NOT_RECIPIENT_TO = caseless(r"\b(?:response|reply|retaliation|addition|according|due|next|"
                             r"close|order|prior|owing|thanks|compared|contrary|similar|"
                             r"threat|threats|damage|harm|risk|danger|"
                             # "30 HAWK missiles originally meant for Taiwan's air force": whom
                             # they were meant for first, not who gets them (round 73)
                             r"(?:originally|initially|once|first|previously)\s+(?:meant|"
                             r"intended|destined|earmarked|ordered|built|bound|made))\s+$")


# "The armed forces", "the country's military", "the army": the home state's forces, no state
# named (a state's own "Kenya's army" is an actor already)
_HOME_FORCES = re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+(?:(?:country|nation)['’]s\s+)?(?:armed\s+forces|"
                          r"military|army|navy|air\s+force|defen[cs]e\s+forces)\s+"
                          r"(?:(?:itself|themselves),?\s+)?(?:(?:has|have|"
                          r"had)\s+)?(?:also\s+|already\s+|recently\s+|now\s+|just\s+)?", re.I)




# ("sources most of its weapons from Russia, including W": round 61)
_FROM_FIRST = re.compile(r"\s+(?:(?:most|much|many|all|some|part)\s+of\s+(?:its|their)\s+(?:weapons|"
                         r"arms|equipment|weaponry|arsenal)\s+)?from\s+(?:the\s+)?", re.I)
_BEFORE_ITEMS = re.compile(r"\s*(?:of\s+)?(?:the\s+)?(?:(?:first|last|initial|remaining|\w+)\s+)?|"
                           r"\s*,\s*including\s+(?:the\s+)?", re.I)


# "bought Chinese equipment, including": the adjective of a general noun before the list
_GENERAL_BEFORE_LIST = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:equipment|weapons|weaponry|arms|hardware|materiel|systems|"
    r"kit|gear)\s*,?\s*(?:including|such\s+as|among\s+them)\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _adjective_before_list(actors: list[Actor], text: str, pos: int,
                           ws: list[Mention]) -> Actor | None:
    """"has bought Chinese equipment, including K-8 jets": the state of the adjective before
    a general noun whose list of items follows supplies every item."""
    adj = next((a for a in actors if pos <= a.start and ws and a.end <= ws[0].start
                and a.demonym and a.key), None)
    if adj is None or not re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}?", text[pos:adj.start]) \
            or not _GENERAL_BEFORE_LIST.fullmatch(text, adj.end, ws[0].start):
        return None
    return adj


def _source_before_items(actors: list[Actor], text: str, pos: int,
                         ws: list[Mention]) -> Actor | None:
    """"took delivery from the United States of 24 Apaches", "received from France 36
    howitzers": the source told between the verb and the items supplies them."""
    m = _FROM_FIRST.match(text, pos)
    g = group_after(actors, text, m.end(), max_gap=2) if m and ws else None
    if g is None or g.actors[0].person or not g.actors[0].key \
            or not _BEFORE_ITEMS.fullmatch(text, g.end, ws[0].start):
        return None
    return g.actors[0]


# "the air force (already) operates / flies / fields": what the home forces hold
_OPERATES = re.compile(r"(?:(?:already|still|now|mainly|mostly|largely)\s+)?(?:" + _HOLD_VERBS
                       + r")\s+"
                       r"(?:(?:the|its|their|some|several|[\d,]+|\w+ty|two|three|four|five|six|"
                       r"ten|twelve)\s+)?", re.I)


def _home_forces_before(text: str, subj: Group | None, lo: int, pos: int) -> re.Match | None:
    """The home forces as the receiving verb's subject: with no actor subject, or in a clause of
    their own after another clause's subject ("China has supplied the drones, and the army has
    bought 30 vehicles from Turkey": the army's state, not China, buys)."""
    if subj is None:
        return _HOME_FORCES.search(text, lo, pos) or _THE_COUNTRY.search(text, lo, pos)
    home = None
    for home in _HOME_FORCES.finditer(text, max(lo, subj.end), pos):
        pass  # the last one: "sold the air force jets, and the army has bought"
    if home is None or home.end() != pos or not _NEW_CLAUSE.search(text, subj.end, home.start()):
        return None
    return home


# "The country is to buy two submarines from Beijing": the state the article is about
_THE_COUNTRY = re.compile(r"\b[Tt]he\s+(?:country|nation)\s+(?:(?:has|have|had|is|was|will)\s+)?"
                          r"(?:also\s+|already\s+|recently\s+|now\s+|just\s+)?"
                          r"(?:(?:set|due|about)\s+)?(?:to\s+)?")
_NEW_CLAUSE = re.compile(r"(?:,|;)\s*(?:and|but|while|whereas)?\s*$")


_SERVICE_AFTER = re.compile(rf"(?:['’]s)?\s+(?:{SERVICES})\b", re.I)
_SERVICE_END = re.compile(rf"\s(?:{SERVICES})$", re.I)  # "the Lebanese army" as one actor


_INCLUDING_AFTER = re.compile(r"\s*,?\s*(?:including|comprising|such\s+as|among\s+them)\s+",
                              re.I)
_POSSIBLE_SALE = re.compile(r"(?<=\bapproved\s)(?:an?|the)\s+possible\s+$", re.I)


# "committed on Tuesday to buy", "pledged to purchase": the subject buys
_TO_BUY = re.compile(r"(?:\s+(?:[\w$€£.,-]+\s+){0,3}?)?\s*to\s+(?:buy|buying|purchas\w*|acquir\w*|"
                     r"order|ordering|procur\w*|import|importing|obtain\w*)\b", re.I)


# "Vilnius also plans to buy 8 Boxer vehicles": a buyer's stated plan is reported as a purchase
# (only the buyer's own plan: "would buy", "is considering buying" stay hedged)
_PLANS_TO = re.compile(r"\b(?:(?:also|now)\s+)?plan(?:s|ned)?\s+to\s+$")


def _strip_future(before: str) -> str:
    """"it would send", "Berlin will deliver": a stated plan of the supplier, not a hedge."""
    return _FUTURE.sub("", before)


def hedged(before: str) -> bool:
    """Whether the words before a verb of supply hedge it ("may send", "is considering selling");
    a stated plan ("will deliver") is none. The check every verb rule makes on its clause."""
    return bool(_HEDGE.search(_strip_future(before)[-50:]))


_SALE_OF = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w$€£.,’'-]+\s+){0,3}?(?:sales?|re-?sales?|exports?|"
                      r"re-exports?|transfers?|deliver(?:y|ies))\s+of\s+", re.I)
# "to its base in X", "to their troops in X": a deployment of one's own forces
_OWN_POST = re.compile(r"(?:its|their|our|his|her)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:bases?|"
                       r"troops|forces|garrisons?|contingents?|units?|soldiers|personnel|"
                       r"embassy|fleet|positions)\b", re.I)


def _seller_by(actors: list[Actor], text: str, pos: int) -> Actor | None:
    """"the sale of 20 tanks by Germany to Qatar": the seller named after the items."""
    m = re.match(r"\s+by\s+(?:the\s+)?", text[pos:pos + 20])
    if m is None:
        return None
    g = group_after(actors, text, pos + m.end(), max_gap=4)
    return g.actors[0] if g is not None and not g.actors[0].person else None


# "the J-10C [fighters] (that) Pakistan bought": the rest of the weapon phrase, then the clause
_REL_GAP = (r"(?:\s+(?!(?:and|or|to|of|by|from|in|on|at|with|as|for)\s)[a-z-]+){0,2}"
            r"\s*(?:,\s*)?(?:that|which)?\s*|")
# "to the South China Sea", "to the eastern Mediterranean": a stretch of sea or a region
_SEA_OR_REGION = re.compile(
    r"(?:the\s+)?(?:(?:[A-Z][\w-]*|northern|southern|eastern|western|central)\s+){0,3}"
    r"(?:Sea|Ocean|Gulf|Straits?|Channel|Mediterranean|Baltic|Pacific|Atlantic|Arctic|"
    r"Caribbean|Indo-Pacific|Sahel|waters|region)\b"
    r"(?!\s+(?:states|countries|nations|monarchies|kingdoms|allies|partners|members)\b)")


# "the Taiwan Strait", "the Minsk agreements": a state or capital inside another name
_NAME_PART = re.compile(r"\s+(?:Strait|Straits|Sea|Gulf|Channel|Declaration|Accords?|"
                        r"Agreements?|Memorandum|Protocol|Process|Format|Summit|Treaty)\b")


# "approved Spain's request to re-export", "Poland's plan to sell": the possessive's own deal
_ANOTHERS_DEAL = re.compile(r"\s*['’]s\s+(?:[\w-]+\s+){0,2}?(?:request|plan|decision|bid|"
                            r"proposal|sale|re-?exports?)\b", re.I)
# "Macron told Zelenskyy in a phone call that France would send": the leader told is supplied
_TOLD = re.compile(r"\btold\s+$")


def _told_leader(actors: list[Actor], text: str, subj: Group | None) -> str | None:
    """The state of the leader a pledge was told to ("told Zelenskyy ... that France would
    send"), when the pledging subject follows "that"."""
    if subj is None or not re.search(r"\bthat\s+(?:the\s+)?$", text[:subj.start]):
        return None
    told = [a for a in actors if a.person and a.end <= subj.start
            and _TOLD.search(text, max(0, a.start - 40), a.start)]
    return told[-1].key if told and re.fullmatch(
        r"\s+(?:(?:in|during|over)\s+(?:a\s+)?(?:phone\s+|telephone\s+|video\s+)?(?:call|"
        r"conversation)\s+)?(?:(?:on|last|this)\s+\w+\s+)?that\s+(?:the\s+)?",
        text[told[-1].end:subj.start]) else None


def _place_named(view: SentView, pos: int) -> bool:
    """A sea or region, no state, starts at ``pos``: where one's own forces go."""
    return bool(_SEA_OR_REGION.match(view.text, pos))


def _status(text: str) -> str:
    for rx, st in _STATUS:
        if rx.search(text):
            return st
    return "unknown"


# "the purchase", "Iraq's earlier purchase", "a new order": the noun, not the verb
_NOUN_RECEIPT = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|whose)|['’]s)\s+"
                           r"(?:(?!(?:to|will|would|could|and|or|did|not|has|have|had)\b)"
                           r"[\w-]+\s+){0,2}?$",
                           re.I)
# "shot down Iranian-made drones": the enemy's weapon, no transfer the text tells
_DOWNED = re.compile(r"\b(?:(?:shot|shoot(?:s|ing)?|brought|bring(?:s|ing)?)\s+down|downed|"
                     r"intercept(?:s|ed|ing)?|destroy(?:s|ed|ing)?|jamm(?:ed|ing)|"
                     r"neutrali[sz](?:e|es|ed|ing)|captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing))\s+"
                     r"(?:[\w-]+\s+){0,3}$", re.I)


# ("shot down six US-supplied missiles" still tells who supplied the attacker)
_MADE_ONLY = re.compile(r"[-‑](?:made|built|manufactured|produced|designed)\b", re.I)
# "destroyed a stock of U.S.-supplied missiles": the arms of the side hit (round 82)
_STOCK_OF = re.compile(r"\b(?:stocks?|stockpiles?|caches?|depots?|stores?|shipments?|"
                       r"consignments?|batch(?:es)?)\s+of\s+$", re.I)
_DESTROYED_BEFORE = re.compile(r"\b(?:destroy(?:s|ed|ing)?|hit|struck|strikes?|striking|"
                               r"bomb(?:s|ed|ing)?|blew\s+up|captur(?:e|es|ed|ing)|"
                               r"seiz(?:e|es|ed|ing))\b", re.I)


# "eight THAAD launchers together with further Patriot batteries", "sent 10 vehicles along with
# four drones": a second item, not a part
_TOGETHER_WITH = re.compile(r"\b(?:together|along)\s+with\s+(?:(?:further|more|additional|"
                            r"other|new|several|some|the|its|\w+\s+more)\s+)?"
                            rf"(?:(?:{NUMBER_RE}|dozens\s+of|several\s+dozen)\s+)?$", re.I)



# "the approval by Washington of", "a decision by Berlin to send": the agent of the noun
_AGENT_NOUN_BY = re.compile(r"\b(?:approval|decision|announcement|pledge|offer|promise|"
                            r"authori[sz]ation|delivery|dispatch)\s+by\s+(?:the\s+)?$", re.I)


def _approval_agent(actors: list[Actor], text: str, lo: int, hi: int) -> str | None:
    """The state a noun's "by" names between ``lo`` and ``hi`` (round 42)."""
    for a in actors:
        if lo <= a.start < hi and a.key and a.key.startswith("state/") and not a.person \
                and _AGENT_NOUN_BY.search(text, max(0, a.start - 40), a.start):
            return a.key
    return None


# "supplying the RSF with drones and with armoured vehicles": a second object of the same verb
# (round 43), not a part of the first item
_AND_WITH = re.compile(r",?\s+and\s+with\s+(?:[\w-]+\s+){0,2}")


# "... and missiles", "... and related radars", "... and their munitions" after a named system
_PART_OF_SYSTEM = re.compile(r"\s+and\s+(?:related|associated|supporting|accompanying|their|"
                             r"its)\s+(?:missiles|rockets|radars?|munitions|ammunition|"
                             r"interceptors|launchers|spare\s+parts)", re.I)
# "HIMARS launchers and missiles", "Patriot batteries and interceptors": a launcher's rounds
_ROUNDS_OF_LAUNCHER = re.compile(r"(?:launchers?|systems?|batter(?:y|ies))\s+and\s+(?:missiles|"
                                 r"rockets|munitions|ammunition|interceptors)", re.I)


def _part_of_named(text: str, named: Mention, m: Mention) -> bool:
    """Whether ``m``, right after the named system ``named``, is that system's own part: "and
    related radars", or the rounds of a launcher, battery or system ("HIMARS launchers and
    missiles"; round 47)."""
    if not any(c.isupper() for c in named.text):
        return False  # ("tanks and missiles": two systems)
    if _PART_OF_SYSTEM.fullmatch(text, named.end, m.end):
        return True
    return m.start - named.end <= 6 and _ROUNDS_OF_LAUNCHER.search(
        text, max(named.start, named.end - 11), m.end) is not None


# "96 Apache helicopters, made by Boeing, and 1,800 Hellfire missiles": the maker of an item
_MAKER_BEFORE = re.compile(r",?\s*(?:made|built|produced|manufactured|developed|designed)\s+by\s+"
                           r"(?:the\s+)?")


# "a suicide bomber": a man sent, not a weapon (round 78)
_SUICIDE_BOMBER = re.compile(r"\bsuicide\s+bombers?\b", re.I)
_SUICIDE_BEFORE = re.compile(r"\bsuicide\s+$", re.I)


def weapons_in(view: SentView, lo: int, hi: int) -> list[Mention]:
    """Weapons listed in text[lo:hi] (an object phrase); stops at a clause break or at an
    actor between two weapons ("..., and Washington approved ...")."""
    text = view.text
    out = []
    for m in view.mentions:
        if m.category and lo <= m.start and m.end <= hi:
            if re.search(r"\banti[-‑]\s*$", text[max(0, m.start - 6):m.start], re.I):
                continue  # "anti-aircraft guns": the guns, not aircraft
            if _SUICIDE_BOMBER.search(m.text) or _SUICIDE_BEFORE.search(text, max(0, m.start - 8),
                                                                         m.start):
                continue  # "sent a suicide bomber and gunmen to X": men, not arms (round 78)
            if out and re.search(r"\b(?:other|similar)\s+$", text[out[-1].end:m.start]):
                continue  # "artillery shells and other munitions": no second system
            if out and _part_of_named(text, out[-1], m):
                continue  # "HIMARS launchers and missiles", "NASAMS and related radars"
            if out and re.match(r"[^,;]{0,30}?\bwith\b", text[out[-1].end:m.start]) \
                    and not _TOGETHER_WITH.search(text, out[-1].end, m.start) \
                    and not _AND_WITH.fullmatch(text, out[-1].end, m.start):
                break  # "one Patriot fire unit with launchers and radar": parts of one item
            if out and (re.search(r"[;]|\b(?:which|who|that|and\s+(?:is|are|was|were|has|have)"
                                  r"|while|but)\b", text[out[-1].end:m.start])
                        or any(a.actor() and not a.category and out[-1].end <= a.start < m.start
                               and not re.search(r"\bfrom\s+(?:the\s+)?$",
                                                 text[out[-1].end:a.start])
                               and not _MAKER_BEFORE.fullmatch(text, out[-1].end, a.start)
                               for a in view.mentions)):
                # ("bought A from X, B from Y and C from Z": each item names its source;
                # "96 Apache helicopters, made by Boeing, and ...": its maker, round 49)
                break
            out.append(m)
    return out


_RELATIVE = re.compile(r",\s*(?:which|that|who)\s+(?:(?:has|have|had|already|recently|also|"
                       # ("Poland, which is receiving 250 tanks": round 52)
                       r"is|are|was|were|will|now|still|soon|"
                       r"last\s+year|earlier)\s+){0,3}"
                       # "Japan, which agreed in March to sell Manila six escorts"
                       r"(?:(?:agreed|decided|promised|pledged|moved|began|started|went\s+on|"
                       r"continued)\s+(?:(?:in|on|last|this|earlier)\s+(?:\w+\s+){0,2}?)?to\s+)?$",
                       re.I)


def _relative_head(actors: list[Actor], text: str, pos: int) -> Group | None:
    """"Poland, which received 48 K9 howitzers ...": the state a relative clause is about,
    right before its comma (the verb at ``pos`` starts the relative clause)."""
    rel = _RELATIVE.search(text, max(0, pos - 50), pos)
    if rel is None:
        return None
    head = next((a for a in reversed(actors) if a.end <= rel.start()), None)
    if head is None or head.person or not head.key or head.demonym or \
            not re.fullmatch(r"\s*", text[head.end:rel.start()]):
        return None
    return Group([head])


_FIRST_OF = caseless(rf"\b(?:first|initial|last|remaining)\s+(?P<n>{NUMBER_RE})\s+of\s+(?:the\s+)?"
                     rf"(?:{NUMBER_RE})\s+(?:[\w“”\"-]+\s+){{0,2}}$",
                     needs=("first", "initial", "last", "remaining"))
_COUNT_BEFORE = caseless(rf"\b(?P<n>{NUMBER_RE})\s+(?:(?:more|further|additional)\s+(?=of\b))?"
                         rf"(?:of\s+(?:its|their|his|her|the)\s+)?"
                         rf"(?:[\w“”\"-]+\s+){{0,2}}$")


# "30 of them": a count of the system "them" stands for (kg.extract.back_references)
_OF_THEM = re.compile(r"them\b")
_LEAD_COUNT = re.compile(rf"(?P<n>{NUMBER_RE})\s+(?=[A-Za-z])", re.I)

# round 86: "bound for Sudan's army" (a state's forces are a recipient, a bare state only a
# destination); "..., which officials said had been sent by Iran": the shipment's sender
_FORCES = rf"['’]s\s+(?:{SERVICES}|forces)\b"
_FORCES_OF = re.compile(_FORCES)
_SENT_BY_REL = re.compile(rf"(?:{_FORCES})?\s*,?\s*(?:that|which)\s+(?:[\w\s]{{0,30}}?\bsaid\s+)?"
                          r"(?:had|has|have|was|were)\s+(?:been\s+)?(?:sent|shipped|supplied|"
                          r"provided|smuggled|dispatched)\s+(?:from|by)\s+(?:the\s+)?", re.I)
# "to Sudan's paramilitary Rapid Support Forces": the force after a state's possessive
_POSSESSED_GROUP = re.compile(r"['’]s\s+(?:(?:paramilitary|rebel|militia|armed)\s+)?(?:the\s+)?")
# "re-export" is a verb, but not asked for ("approval to re-export") nor a noun ("the re-export
# of", "Spain's re-export of")
_RE_PREFIX = re.compile(r"\b[Rr]e[-‑]$")
_ASKED_TO = re.compile(r"\b(?:permission|approval|request|consent|asked|sought|seeking|"
                      r"applied|blocked|refused|veto)\b", re.I)
_NOUN_DET = re.compile(r"(?:\b(?:the|a|an|any|its|their|his|her|of|for|such)|['’]s)\s+$", re.I)
# "eleven truck-mounted HIMARS": a leading count is no distance (a sum of money is)
_LEADING_COUNT = caseless(rf"^\s*{COUNT_RE}\s+")
_MONEY = re.compile(r"(?:billion\s+|million\s+)?(?:dollars|euros|pounds|yuan|rupees)\b", re.I)


def _uncounted_gap(gap: str) -> int:
    """The gap's length without a leading count: "eleven truck-mounted" is as near as "11
    truck-mounted" (round 86)."""
    m = _LEADING_COUNT.match(gap)
    if m is None or _MONEY.match(gap, m.end()):
        return len(gap)  # ("seven hundred million dollars' worth of": a sum, no count)
    return len(gap) - m.end()


def _quantity(text: str, w: Mention) -> int | None:
    lead = _LEAD_COUNT.match(w.text)
    if lead:  # "Twelve patrol boats were handed over": the count opens the weapon phrase
        n = parse_number(lead.group("n"))
        if n and 0 < n < 100000 and not 1900 <= n <= 2100:
            return n
    first = _FIRST_OF.search(text[:w.start][-60:])
    if first:  # "the first 38 of 108 tanks ... were unloaded": 38 came
        n = parse_number(first.group("n"))
        return n if n and 0 < n < 100000 else None
    m = _COUNT_BEFORE.search(text[:w.start][-40:])
    if not m:
        return None
    words = text[:w.start][-40:][m.end("n"):]
    lead = text[:w.start][-40:][:m.start("n")]
    # ("..., 40 armoured vehicles" in a list is a count; "$7.4 billion" is money; the 24 of
    # "Mi-24 helicopters and Su-25 jets" is a model number)
    if re.search(r"[$€£]\s*$|[.,\-‑/]$|\d\s*$|[A-Za-z]$", lead) or re.search(r"\b(?:billion|million|bn|m)\b",
                                                           m.group("n") + words, re.I):
        return None  # "$7.4 billion in bombs": money, not a count
    if re.search(r"\b(?:and|or|plus)\s+$", words):
        return None  # "Leopard 2 tanks and Gepard guns": the count of the item before (round 45)
    if re.search(r"\b(?:a|an)\s+(?:[A-Z][\w-]*\s+){1,3}$", lead):
        return None  # "a Ground Master 200 radar": the number ends a model's name (round 22)
    if re.search(r"%|years?|km|miles", words, re.I) or (
            re.search(r"\bof\b", words) and not _OF_THEM.match(text, w.start) and not re.match(
                r"\s+(?:(?:more|further|additional)\s+)?of\s+(?:its|their|his|her|the)\s+"
                r"(?:[\w-]+\s+)?$", words) and not _ROUNDS_OF.fullmatch(words)):
        return None  # "49 of its retired Abrams tanks" is 49; "10% of" is none
    n = parse_number(m.group("n"))
    top = 100000000 if w.category in _ROUNDS else 100000  # "100,000 artillery shells"
    # (a year is written in digits: "two thousand and fifty missiles" is a count)
    year = n is not None and 1900 <= n <= 2100 and m.group("n")[:1].isdigit()
    return n if n is not None and 0 < n < top and not year else None


_ROUNDS = ("shell", "artillery-shell")  # counted in hundreds of thousands
# "5,000 rounds of artillery ammunition": the count of the weapon
_ROUNDS_OF = re.compile(r"\s+rounds\s+of\s+", re.I)


def _supplier_of_weapon(view: SentView, actors: list[Actor], w: Mention) -> Actor | None:
    """A supplier written on the weapon phrase: "X's W", "X-built W", "Iranian W",
    "W sent by X", "W from X"."""
    text = view.text
    for a in reversed([a for a in actors if a.end <= w.start and w.start - a.end <= 30]):
        gap = text[a.end:w.start]
        if re.fullmatch(r"\s*(?:['’]s)?\s*(?:[“\"]?\s*)", gap) and not a.person:
            return a
        if SUPPLIED_RE.match(gap) and re.fullmatch(r"[-‑]\w+\s+(?:[\w“”\"-]+\s+){0,2}", gap):
            # "Chinese-made J-10C jets, which Beijing delivered": the maker only when no one
            # is said to have supplied them ("Chinese-made drones that Abu Dhabi delivered")
            return (_MADE_ONLY.match(gap) and _supplier_after(view, actors, w)) or a
        if a.demonym and re.fullmatch(r"\s+(?:[\w“”\"-]+\s+){0,2}", gap) and not re.search(
                r"\b(?:border|military|personnel|troops|forces)\b", gap, re.I):
            return a
        break
    return _supplier_after(view, actors, w, by_maker=True)


# ", and 12", " and ": the next item of one list (no other state named in between)
_NEXT_ITEM = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:[\w-]+\s+){0,2}")


def _shared_demonym(actors: list[Actor], text: str, shared: tuple[Mention, Actor] | None,
                    w: Mention) -> Actor | None:
    """The nationality adjective of the list item before ``w`` ("South Korean K2 tanks and 12
    K9 howitzers"), when ``w`` is the next item of that list and names no maker of its own."""
    if shared is None:
        return None
    prev, a = shared
    if not _NEXT_ITEM.fullmatch(text, prev.end, w.start) or any(
            prev.end <= b.start < w.start for b in actors):
        return None
    return a


def _supplier_after(view: SentView, actors: list[Actor], w: Mention,
                    by_maker: bool = False) -> Actor | None:
    """A supplier told after the weapon phrase: "W sent by X", "W from X", "W that X supplied"
    (with ``by_maker``, also "W made by X")."""
    text = view.text
    after = text[w.end:w.end + 60]
    m = (MADE_BY.match(after) if by_maker else _GIVEN_BY.match(after)) or re.match(
        r"^\s*(?:[\w-]+\s+){0,3}?from\s+", after, re.I)
    if m:
        g = group_after(actors, text, w.end + m.end(), max_gap=8)
        if g and not g.actors[0].person:
            return g.actors[0]
    rel = _THAT_SUPPLIED.match(after)
    if rel:  # "armoured vehicles that the Emirates supplied last year"
        g = group_after(actors, text, w.end + rel.end(), max_gap=4)
        if g is not None and not g.actors[0].person and g.actors[0].key and re.match(
                r"\s+(?:(?:has|had|have)\s+)?(?:already\s+|also\s+)?(?:supplied|provided|sent|"
                r"delivered|sold|donated|gave|gifted|shipped|transferred)\b", text[g.end:]):
            return g.actors[0]
    return None


_THAT_SUPPLIED = re.compile(r"^\s*,?\s*(?:that|which)\s+")  # ("the" may open the actor)


def _ok(a: Actor | None) -> str | None:
    if a is None or not a.key:
        return None
    return a.key


def _named(view: SentView, w: Mention) -> Mention:
    """"two F-16s, the American-designed warplanes that ...": the named system in apposition."""
    if (w.weapon() and not w.weapon().key.startswith("generic/")) or re.search(r"\d", w.text):
        return w
    text = view.text
    for m in reversed([m for m in view.mentions if m.category and m.end <= w.start]):
        if not re.fullmatch(r"\s*,\s*(?:one\s+of\s+)?(?:the|its|their|these)\s+[\w\s-]*",
                            text[m.end:w.start]):
            break
        if (m.weapon() and not m.weapon().key.startswith("generic/")) or re.search(r"\d", m.text):
            fam = {"aircraft": "air", "helicopter": "air"}
            if fam.get(m.category, m.category) == fam.get(w.category, w.category):
                return m
        break
    return w


_BACK_REF = re.compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:same\s+)?$")


# "had offered X its jets, but the government dropped those talks": an offer the sentence says
# fell through is no supply
_HAD_OFFERED = re.compile(r"\bhad\s+(?:also\s+|once\s+|previously\s+)?offered\b", re.I)
_OFFER_FELL_THROUGH = re.compile(
    r"\b(?:but|however|yet|before)\b[^.;]{0,80}?\b(?:drop\w*|reject\w*|declin\w*|turn\w*\s+"
    r"(?:it\s+|them\s+)?down|walk\w*\s+away|abandon\w*|scrap\w*|shelv\w*|cancel\w*|"
    r"chose|opted|opt\w*\s+for|went\s+for|instead|collaps\w*|fell\s+through|stall\w*)\b", re.I)


_TURNED_TO = re.compile(r"\b(?:turn(?:s|ed|ing)?|look(?:s|ed|ing)?|went|gone|go(?:es)?|"
                        r"switch(?:es|ed|ing)?)\s+(?:instead\s+|again\s+)?to\s+(?:the\s+)?",
                        re.I)
_ANNOUNCED = re.compile(r"\s+(?:(?:has|have|had|also|formally|officially|on\s+\w+)\s+){0,3}"
                        r"(?:announc|approv|clear|confirm|unveil|authori[sz]|notif|agre)\w*\s+"
                        r"(?:to\s+)?(?:the\s+|a\s+|another\s+)?(?:(?:possible|new|further|proposed|"
                        r"latest|second|third|fresh|next|[$€£]?[\d.,]+\s*(?:million|billion|bn|m)?)\s+){0,3}", re.I)
# "Denmark has completed the delivery of", "Norway began deliveries of": the subject supplies
# ("Berlin will speed up delivery of", "said it would accelerate deliveries of": round 60)
_CARRIED_OUT = re.compile(r"\s+(?:(?:said|says|announced)\s+(?:that\s+)?(?:it|they)\s+)?"
                          r"(?:(?:has|have|had|also|now|just|finally|will|would)\s+){0,3}"
                          r"(?:(?:complet|finish|conclud|began|begun|begin|start|resum|continu|"
                          r"accelerat|expedit)\w*|(?:speed|sped|speeding)\s+up)"
                          r"\s+(?:the\s+|its\s+|their\s+)?(?:(?:first|final|last)\s+)?", re.I)


def _completed_by(actors: list[Actor], text: str, pos: int, rg: Group | None) -> str | None:
    """The state that carries out the delivery named by the noun at ``pos``, if it is the subject."""
    subj = subject_before(actors, text, pos)
    if subj is None or subj.actors[-1].person or not (subj.actors[-1].key or "").startswith(
            "state/") or not _CARRIED_OUT.fullmatch(text, subj.end, pos):
        return None
    key = subj.actors[-1].key
    return None if rg is not None and key in _keys(rg) else key


_FIELDED = re.compile(r"\b(?:field(?:s|ed|ing)?|us(?:e|es|ed|ing)|deploy(?:s|ed|ing)?|"
                      r"operat(?:e|es|ed|ing)|fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|"
                      r"with)\s+(?:(?:its|their|the|more|some|new|older|[\d,]+)\s+)?$", re.I)
_SENT_HOME = re.compile(r"\s+(?:back\s+)?home\b|\s+(?:south|north|east|west|abroad)\s*(?:$|[,;.])|\s+back\s+(?:to|from)\s+(?:its|their)\b", re.I)


def complete_or_add(view, found, weapons, supplier, recipient, empty, rule, verb_text, conf=0.8):
    """``found`` with each weapon's told transfers completed to supplier -> recipient, and new
    transfers for weapons none told. A told transfer is completed only when its ``empty`` slot
    ("supplier" or "recipient") is empty and its other slot is empty or already agrees: a rule
    that reads the sentence before fills a gap, it never overrides a party read here."""
    other = "recipient" if empty == "supplier" else "supplier"
    want = {"supplier": supplier, "recipient": recipient}
    out = list(found)
    new = []
    for w in weapons:
        told = [f for f in out if f.get("type") == "ArmsTransfer" and f.get("_at") == w.start]
        if not told:
            new.append(w)
        for f in told:
            if f.get(empty) is None and f.get(other) in (None, want[other]):
                f["supplier"], f["recipient"] = supplier, recipient
    out.extend(transfer_facts(view, supplier, [recipient], new, rule, verb_text, conf))
    return out


# "sent two military aircraft to Egypt to evacuate wounded children": craft on a mission of
# their own, not handed over (round 54)
_MISSION = re.compile(r"[^.;]{0,80}?\b(?:(?:in\s+order\s+)?to\s+(?:help\s+)?(?:evacuate|rescue|airlift|"
                      r"repatriate|fly\s+(?:out|home)|bring\s+(?:home|back|out)|ferry|treat)\b|"
                      r"for\s+(?:the\s+)?(?:medical\s+)?(?:evacuations?|medevac|rescue)\b)", re.I)
_MISSION_VERB = re.compile(r"^(?:sen[dt]|sends|sending|dispatch\w*|deploy\w*|flew|flown)$", re.I)


def _told_no_transfer(text: str, supplier: str | None, weapons: list, rule: str,
                      verb_text: str) -> bool:
    """The verb-keyed cases where a rule's frame holds but nothing changed hands, checked once
    for every rule: an earlier offer, a dissolved state's design, a rescue mission's craft."""
    if weapons and "offer" in verb_text.lower() and (
            _OFFER_FELL_THROUGH.search(text, weapons[0].start) or _HAD_OFFERED.search(text)):
        return True  # ("Japan had offered Manila its destroyers": an earlier offer, round 60)
    if supplier in _DISSOLVED and rule.startswith(("A5", "A8")):
        return True  # "flies Soviet-designed MiG-29s": a design's origin, no supplier today
    # "sent two C-130s to evacuate its citizens": aircraft on a mission, not handed over
    return bool(weapons and _MISSION_VERB.match(verb_text) and _MISSION.match(text, weapons[-1].end)
                and all(w.category in ("aircraft", "helicopter", "ship") for w in weapons))


_REPLICA = re.compile(r"\b(?:replicas?|dumm(?:y|ies)|mock-?ups?|inert)\s+(?:of\s+)?"
                      r"(?:[\w-]+\s+)?$", re.I)


def transfer_facts(view, supplier, recipients, weapons, rule, verb_text, conf=0.8):
    out = []
    text = view.text
    if _told_no_transfer(text, supplier, weapons, rule, verb_text):
        return out
    # "the National Advanced Surface-to-Air Missile System, or NASAMS": one system, two names
    weapons = [w for i, w in enumerate(weapons)
               if not (i > 0 and re.fullmatch(r"\s*,?\s*or\s+(?:the\s+)?",
                                              text[weapons[i - 1].end:w.start]))]
    # ("donated 20 replica Javelin launchers for training": no weapons; round 75)
    weapons = [w for w in weapons if not _REPLICA.search(text, max(0, w.start - 25), w.start)]
    named = {id(w): _named(view, w) for w in weapons}
    if _MOVE_VERB.match(verb_text):  # ("Russia moved missiles to Belarus": its own, stationed)
        recipients = [r for r in recipients if r and r.startswith("org/")]
    for r in recipients:
        for w0 in weapons:
            w = named[id(w0)]
            if not supplier and not r and rule != "A9":
                continue
            if supplier and r and supplier == r:
                continue
            wk = w.weapon()
            out.append({
                "type": "ArmsTransfer", "supplier": supplier, "recipient": r,
                "weapon": wk.key if wk and not wk.key.startswith("generic/") else None,
                "weapon_text": re.sub(r"\s+", " ", re.sub(r"[“”\"‘’]", "", w.text)).strip(),
                "weapon_category": w.category, "quantity": _quantity(text, w0),
                "status": _status(verb_text), "date": None, "_sent": view.index,
                "_rule": rule, "_head": w.head, "confidence": conf, "_at": w0.start,
                # "30 of the jets", "the systems": the model named before (kg.extract.records)
                "_anaphoric": (wk is None or wk.key.startswith("generic/")) and not re.search(
                    r"\d", w.text) and bool(_BACK_REF.search(text, max(0, w.start - 30),
                                                             w.start)),
            })
    return out


# "..., and Norway sent 8": the actor is the subject of a clause of its own
# ("and China, for its part, sold ...": an aside between the new subject and its verb)
_ASIDE = (r"(?:,\s*(?:for\s+(?:its|their|her|his)\s+part|in\s+turn|meanwhile|too|also|however|"
          r"likewise|in\s+(?:contrast|addition)|by\s+contrast|on\s+the\s+other\s+hand|"
          r"separately|for\s+example|instead)\s*,)?")
# "sent howitzers to Ukraine, and Russia fired missiles": a verb of another kind after a name
# of the list starts a clause of its own too (round 38)
_ACTS = (r"fired|launched|struck|hit|attacked|shelled|bombed|invaded|said|says|announced|warned|"
         r"accused|condemned|denied|claimed|responded|retaliated|shot|seized|captured")
_SUBJECT_OF_NEXT = re.compile(rf"{_ASIDE}\s+(?:(?:has|have|had|also|then|later|in\s+turn|will)\s+)*"
                              rf"(?:{_SUPPLY})\b", re.I)
# "... to the Philippines, and Vietnam bought ...": a recipient list ends at a new subject
_SUBJECT_OF_CLAUSE = re.compile(rf"{_ASIDE}\s+(?:(?:has|have|had|also|then|later|in\s+turn|will)\s+)*"
                                rf"(?:{_SUPPLY}|{_RECEIVE}|{_ACTS})\b", re.I)
_RESPECTIVELY = caseless(r"\brespectively\b")


def _before_new_subject(g: Group, text: str) -> list[Actor]:
    """The group's actors up to one that starts a clause of its own ("from China, and Burundi
    sent troops": Burundi is no second source)."""
    out: list[Actor] = []
    for i, a in enumerate(g.actors):
        if i and _SUBJECT_OF_CLAUSE.match(text, a.end):
            break
        out.append(a)
    return out


def _respective(view, subj: Group | None, recipients: list[str], ws: list[Mention], rule: str,
                verb: str, at: int) -> list[dict[str, Any]]:
    """"Britain and France supplied Storm Shadow and SCALP missiles respectively": the n-th
    supplier (or recipient) with the n-th item; empty when the counts do not match."""
    if not _RESPECTIVELY.search(view.text, at):
        return []
    sups = [a.key for a in subj.actors if a.key and not a.person] if subj else []
    if len(sups) >= 2 and len(sups) == len(ws) and len(recipients) == 1:
        pairs = [(s, recipients[0], w) for s, w in zip(sups, ws, strict=True)]
    elif len(sups) == 1 and len(recipients) >= 2 and len(recipients) == len(ws):
        pairs = [(sups[0], r, w) for r, w in zip(recipients, ws, strict=True)]
    elif len(sups) >= 2 and len(recipients) == len(sups):
        pairs = [(s, r, w) for s, r in zip(sups, recipients, strict=True) for w in ws]
    else:
        return []
    return [f for s, r, w in pairs for f in transfer_facts(view, s, [r], [w], rule, verb)]


def _keys(g: Group | None) -> list[str]:
    return [a.key for a in g.actors if a.key] if g else []


def _relation(supplier: str | None, recipient: str | None, index: int,
              status: str = "unknown") -> dict[str, Any]:
    """Who supplies whom, no weapon named: context for the items told next (kg.extract.records,
    which keeps `_relation` facts out of the record), never a fact of its own."""
    return {"type": "ArmsTransfer", "supplier": supplier, "recipient": recipient, "weapon": None,
            "weapon_text": None, "weapon_category": None, "quantity": None, "status": status,
            "date": None, "_sent": index, "_rule": "REL", "_head": None, "confidence": 0.0,
            "_relation": True}


_SUPPLIER_OF = caseless(r"(?:['’]s|(?<=s)['’])\s+(?:[\w-]+\s+){0,3}?(?:(?:arms|weapons?|military|"
                        r"defen[cs]e)\s+(?:suppliers?|providers?|exporters?)\b|(?:suppliers?|"
                        r"providers?|sources?)\s+of\s+(?:the\s+|its\s+)?|(?:(?:main|chief|"
                        r"largest|biggest|principal|key|top|leading|second-largest|"
                        r"second-biggest|only)\s+)(?:military\s+)?(?:backers?|patrons?|"
                        r"suppliers?)\b(?!\s+of\b))",
                        # (each branch ends on one of these: most sentences are not scanned)
                        needs=("supplier", "provider", "exporter", "source", "backer", "patron"))


# "Poland has become one of the largest suppliers of arms to Ukraine" (round 66)
_SUPPLIER_TO = caseless(r"\b(?:arms\s+|weapons\s+)?suppliers?\s+of\s+(?:arms|weapons|"
                        r"military\s+(?:aid|equipment|hardware))\s+to\s+(?:the\s+)?",
                        needs=("supplier",))


def relations(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """"Israel has long been among Baku's most important arms suppliers", "the United States,
    Israel's biggest arms supplier", "one of the largest suppliers of arms to Ukraine": who
    supplies whom, no weapon named. Not facts: context for the items told next
    (kg.extract.records)."""
    text = view.text
    out = []
    for m in _SUPPLIER_TO.finditer(text):
        rec = next((a for a in actors if a.start == m.end() and actor_state(a)), None)
        sup = subject_before(actors, text, m.start()) if rec is not None else None
        if sup is not None and actor_state(sup.actors[0]) and len(sup.actors) == 1 \
                and sup.actors[0].key != rec.key:
            out.append(_relation(sup.actors[0].key, rec.key, view.index))
    for m in _SUPPLIER_OF.finditer(text):
        rec = next((a for a in reversed(actors) if a.end == m.start() and a.key), None)
        if rec is None:
            continue
        sup = subject_before(actors, text, rec.start)
        if sup is None or sup.actors[0].person or not sup.actors[0].key \
                or sup.actors[0].key == rec.key:
            continue
        if m.group(0).rstrip().endswith(("of", "the", "its")):
            # "Israel has long been Azerbaijan's main supplier of drones": a transfer
            ws = [w for w in view.mentions if w.category and 0 <= w.start - m.end() <= 3]
            if ws and not _HEDGE.search(text[clause_start(text, m.start()):m.start()][-50:]):
                out.extend(transfer_facts(view, sup.actors[0].key, [rec.key], weapons_in(
                    view, ws[0].start, len(text)), "REL", "supplied", conf=0.6))
            continue
        out.append(_relation(sup.actors[0].key, rec.key, view.index))
    return out


# "supplied them with", "has sold it": a pronoun for the recipient
_PRONOUN_RECIPIENT = re.compile(r"\s+(?:it|them)\s+(?:(?:also|too|more)\s+)?(?P<with>with\s+)?",
                                re.I)


def _pronoun_antecedent(out: list[dict[str, Any]], supplier: str) -> str | None:
    """The state or group a recipient pronoun stands for, within the sentence.

    Only the recipient of a transfer told earlier in the sentence ("Washington sold Riyadh jets
    and has also sold it missiles"); otherwise None leaves it to the article
    (kg.extract.records): the nearest other party named before the pronoun, tried too, gave
    false alarms on held-out sets."""
    told = [f["recipient"] for f in out if f.get("recipient") and f["recipient"] != supplier]
    return told[-1] if told else None


_GIVEN_BY = re.compile(r"\s+(?:supplied|provided|sent|delivered|donated|given|gifted|sold|shipped|"
                       r"transferred)\s+" + BY_ADVERB + r"by\s+(?:the\s+)?", re.I)
# "corvettes that Turkey is building for the navy": a maker building for a buyer
_BUILD_FOR = re.compile(r"(?P<v>build(?:s|ing)?|construct(?:s|ing)?)(?=\s+for\b)", re.I)
_DESCRIPTIVE_TO = re.compile(r"\s+(?:to|for)\s+the\s+(?:[\w-]+\s+){0,3}?(?:country|nation|"
                             # "to the island nation of the Maldives" names its state
                             r"island|kingdom|republic|state|emirate|monarchy)\b(?!\s+of\b)",
                             re.I)


# "the island nation of", "the country of": a description that names its state right after
_NATION_OF = re.compile(r"the\s+(?:island\s+)?(?:nation|country|state)\s+of\s+", re.I)


_DESC_WITH = re.compile(r"\s+(?:also\s+)?the\s+(?:[\w-]+\s+){0,2}?(?:junta|government|regime|"
                        r"authorities|rulers|military\s+government|army|armed\s+forces|"
                        # "supplies the government's forces with", "provided the navy with"
                        r"(?:junta|government|regime)['’]s\s+(?:forces|troops|army)|"
                        r"navy|air\s+force|military)\s+with\s+", re.I)


_TO_RULERS = re.compile(r"\s+(?:to|for)\s+the\s+(?:[\w-]+\s+){0,2}?(?:junta|government|"
                        r"regime|authorities|rulers|military\s+government)\b(?!\s+(?:of|in)\b)",
                        re.I)


def _descriptive_recipient(view: SentView, actors: list[Actor], pos: int,
                           supplier: str | None) -> str | None:
    """"supplied to the West African country": the state named last before it in the
    sentence that is not the supplier."""
    if not _DESCRIPTIVE_TO.match(view.text, pos):
        return None
    for a in reversed([a for a in actors if a.end <= pos]):
        if a.key and a.key.startswith("state/") and a.key != supplier and not a.demonym:
            return a.key
    return None


def _package_relations(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """"The United States announced a $725 million package of weapons for Ukraine": who gives
    whom, for the items listed next ("It covers ...", kg.extract.records); no fact alone."""
    text = view.text
    out = []
    for pk in PACKAGE_RE.finditer(text):
        lo = clause_start(text, pk.start())
        if _HEDGE.search(text[lo:pk.start()][-50:]):
            continue
        rg = group_after(actors, text, pk.end(), max_gap=6)
        subj = subject_before(actors, text, pk.start())
        own = next((a for a in reversed(actors) if a.end <= pk.start()), None)
        if own is not None and not own.person and own.key and re.fullmatch(
                r"['’]s\s+(?:(?:new|latest|fresh|first|second|next|military|aid|arms|weapons|"
                r"defen[cs]e|security|[$€£]?[\d.,]+\s*(?:million|billion|bn|m)?)\s+){0,3}",
                text[own.end:pk.start()]):
            subj = Group([own])  # "Denmark's new aid package for Ukraine"
        if rg is None or subj is None or subj.actors[0].person or not subj.actors[0].key \
                or not rg.actors[0].key or subj.actors[0].key == rg.actors[0].key:
            continue
        out.append(_relation(subj.actors[0].key, rg.actors[0].key, view.index, "pledged"))
    return out


# "Canada sent weapons to Ukraine", "Ukraine will get military aid from Belgium": a general
# noun names who gives whom, no weapon; the items are listed next ("The package includes ...")
_GENERAL_RE = caseless(
    rf"\b(?P<v>{_SUPPLY}|{_RECEIVE}|announc\w*|unveil\w*|welcom\w*|secur(?:e|es|ed|ing)|"
    r"accept\w*|supplier\s+of)\s+(?:(?:a|an|the|new|fresh|more|further|additional|its|their|"
    r"latest|first|second|another|military|lethal|defen[cs]e|security|weapons|arms|aid|"
    # ("has given much of its Soviet-era equipment to": round 54)
    r"(?:much|most|some|part|many|all)\s+of|[\w]+-era|old(?:er)?|surplus|ageing|aging|spare|"
    r"remaining|existing|own|"
    # ("has bought large quantities of weapons from Poland, including": round 55)
    r"(?:large|huge|vast|significant|substantial)\s+(?:quantities|amounts|numbers)\s+of|"
    r"[$€£]?[\d.,]+\s*"
    r"(?:million|billion|bn|m)?|worth\s+of|in|batch\s+of)\s+){0,5}"
    r"(?P<n>weapons|arms|weaponry|aid|assistance|equipment|ammunition|munitions|hardware|"
    r"packages?|tranches?|shipments?|consignments?|stocks|stockpiles)\s+(?P<dir>to|for|from)\s+"
    r"(?:the\s+)?",
    needs=("weapon", "arms", "aid", "assistance", "equipment", "munition", "hardware", "package",
           "tranche", "shipment", "consignment", "stock"))
# (", including", "worth $2bn on Wednesday, led by ...": the package's size and day may come
# first)
_INCLUDING = re.compile(r"(?:\s+(?:worth|valued\s+at)\s+(?:[^,;.]|\.(?=\d)){1,30}?)?(?:\s+(?:on|last|this)\s+"
                        r"[A-Z]\w+)?"
                        # ("to Ukraine over two years, including": round 54)
                        r"(?:\s+(?:over|in|during|since|across)\s+(?:the\s+)?(?:past\s+|last\s+)?"
                        r"(?:[\w-]+\s+)?(?:years?|months?|weeks?|\d{4}|war))?"
                        r"\s*,?\s*(?:including|among\s+them|such\s+as|comprising|"
                        r"(?:led|headed|headlined|topped)\s+by)\s+", re.I)


_SHARE_OF = re.compile(r"\b(?:much|most|some|part|many|all|quantities|amounts|numbers)\s+of\b",
                       re.I)


# the unit noun a named system may carry before its verb ("Patriot| batteries| were sent")
UNIT_NOUNS = r"(?:\s+(?:systems?|batteries|launchers|units))?"
# the carriers that bring arms ("Turkish military planes", "The cargo ships"; kg.extract.
# carried_supply)
CARRIERS = (r"(?:(?:military|air\s+force|cargo|transport|navy)\s+)*"
            r"(?:planes?|aircraft|flights?|ships?|vessels?)")
# "A Russian warship delivered ...": the carrier's nationality gives (round 66)
_CARRIER_AFTER = re.compile(rf"\s+(?:{CARRIERS}|(?:navy\s+|naval\s+)?warships?)\s+$", re.I)


def _carrier_subject(actors: list[Actor], text: str, pos: int) -> Group | None:
    """The demonym of the carrier that is the clause's subject ("A Russian warship delivered")."""
    g = subject_before(actors, text, pos, include_demonyms=True)
    if g is None or len(g.actors) != 1 or not g.actors[0].demonym \
            or not _CARRIER_AFTER.fullmatch(text, g.end, pos):
        return None
    return g


def _general_relations(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """Who gives whom, told with a general noun only: context for the items of a list told
    next (kg.extract.records), never a fact of its own."""
    text = view.text
    out = []
    for m in _GENERAL_RE.finditer(text):
        lo = clause_start(text, m.start())
        if hedged(text[lo:m.start()]):
            continue
        subj = subject_before(actors, text, m.start()) or _carrier_subject(actors, text,
                                                                            m.start())
        other = group_after(actors, text, m.end(), max_gap=6)
        if subj is None or other is None or subj.actors[0].person or other.actors[0].person:
            continue
        s_key, o_key = subj.actors[0].key, other.actors[0].key
        receiving = bool(RECEIVE_RE.match(m.group("v")) or re.match(
            r"welcom|secur|accept", m.group("v"), re.I)) and not SUPPLY_RE.match(m.group("v"))
        if receiving != (m.group("dir").lower() == "from"):
            continue  # "bought arms for the army", "sent aid from its stocks"
        sup, rec = (o_key, s_key) if receiving else (s_key, o_key)
        if not sup or not rec or sup == rec:
            continue
        inc = _INCLUDING.match(text, other.end)
        ws = weapons_in(view, inc.end(), len(text)) if inc else []
        if ws and ws[0].start - inc.end() <= 30:
            # "delivered weapons to Israel, including 1,800 bombs": the listed items
            out.extend(transfer_facts(view, sup, [rec], ws, "A7", m.group("v"), conf=0.7))
            continue
        if _SHARE_OF.search(m.group(0)):
            continue  # "sold most of its arms to", "large quantities of": items only if listed
        # "sold arms to Mali and Burkina Faso": each state of the list (round 38)
        recs = [rec] if receiving else list(dict.fromkeys(
            a.key for a in _before_new_subject(other, text) if actor_state(a) and a.key != sup))
        for rec in recs or [rec]:
            out.append(_relation(sup, rec, view.index, _status(m.group("v"))))
    return out


_REPORTED_IT = re.compile(
    # ("told Prime Minister Shehbaz Sharif in a phone call last week that it would send")
    r"\b(?P<v>said|says|announced|confirmed|stated|added|told\s+\w+|told\s+(?:[\w.’'-]+\s+)"
    r"{1,5}?(?:in|during|over)\s+(?:a\s+)?(?:phone\s+|telephone\s+|video\s+)?(?:call|"
    r"conversation))\s+(?:(?:on|in|last|this)\s+\w+\s+)?"
    r"(?:that\s+)?(?:it|they)\s+(?:(?:would|will|had|has|have|was|were|is|are|also|now|soon|"
    r"already)\s+){0,3}$", re.I)


def _reported_it(actors: list[Actor], text: str, pos: int) -> Group | None:
    """"the Pentagon said on Tuesday that it would transfer ...": "it" is the state that said."""
    m = _REPORTED_IT.search(text, max(0, pos - 130), pos)
    if m is None:
        return None
    g = subject_before(actors, text, m.start("v"))
    if g is None or len(g.actors) != 1 or g.actors[0].person or not (
            g.actors[0].key or "").startswith("state/"):
        return None
    return g


# "Spain will provide 6 tanks to Ukraine, while Portugal and Norway will each send 4": the
# later clause leaves out the weapon and the recipient of the one before
_GAPPED_SUPPLY = caseless(
    rf"(?:,\s*|\s+)(?:while|whereas|and|but)\s+(?P<subj>[^,;.]{{2,60}}?)\s+(?:(?:will|would|"
    rf"has|have|had|is|are|also|each|to)\s+){{0,3}}(?:send|sent|sending|provide[sd]?|providing|"
    rf"suppl(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|give[sn]?|gave|donate[sd]?|pledge[sd]?|"
    rf"promise[sd]?|add(?:s|ing)?)\s+(?:another\s+|a\s+further\s+)?(?P<n>{NUMBER_RE})"
    rf"(?=\s*(?:[,;.](?!\d)|$|more\b|others?\b))",  # (not "5,000")
    needs=("while", "whereas", "and", "but"))


def _gapped(view: SentView, actors: list[Actor], out: list[dict[str, Any]]
            ) -> list[dict[str, Any]]:
    """The suppliers of a gapped clause send N of the weapon of the transfer told just before
    in the sentence, to its recipient."""
    text = view.text
    res = []
    for m in _GAPPED_SUPPLY.finditer(text):
        prev = [f for f in out if f["supplier"] and f["recipient"] and not f.get("_relation")
                and f["_sent"] == view.index]
        g = group_after(actors, text, m.start("subj"), max_gap=4)
        if not prev or g is None or g.end > m.end("subj") or any(
                a.person or not (a.key or "").startswith("state/") for a in g.actors):
            continue
        n = parse_number(m.group("n"))
        base = prev[-1]
        for k in dict.fromkeys(a.key for a in g.actors):
            if k not in (base["supplier"], base["recipient"]):
                res.append({**base, "supplier": k, "quantity": n if n and n < 100000 else None,
                            "_rule": "A2g", "confidence": 0.55})
    return res


def _co_states(g: Group | None) -> list[str]:
    """"Germany, the Netherlands and Norway", "Niger and Burkina Faso": the states of a
    co-ordinated subject, each an end of its own; empty for one state or a mixed group."""
    if g is None or len(g.actors) < 2 or any(
            a.person or a.demonym or not (a.key or "").startswith("state/") for a in g.actors):
        return []
    return list(dict.fromkeys(a.key for a in g.actors))


# "Peru has shelved its planned purchase of K2 tanks from South Korea": a deal called off
_CANCELLED = caseless(
    r"\b(?:shelv(?:e|es|ed|ing)|cancel(?:s|led|ed|ling|ing)?|scrap(?:s|ped|ping)?|"
    r"abandon(?:s|ed|ing)?|axe[sd]?|ditch(?:es|ed|ing)?|(?:pull|back|walk)(?:s|ed|ing)?\s+"
    r"(?:out\s+of|away\s+from)|call(?:s|ed|ing)?\s+off|terminat(?:e|es|ed|ing))\s+(?:its|their|"
    r"the|a|an)?\s*(?:[\w-]+\s+){0,3}?(?P<n>purchase|order|deal|contract|acquisition|sale|"
    r"deliver(?:y|ies)|transfer|plan)s?\b",
    needs=("shelv", "cancel", "scrap", "abandon", "axe", "ditch", "out", "away",
           "off", "terminat"))


# where the complement of a cancelled deal ends: the clause's end ("..., but it will buy", "and
# bought 12 drones from Turkey": another clause); not clause_parties.clause_end, which ends at
# any comma and so at a list's first item ("cancelled orders for 18 X, 400 Y and 100 Z")
_CLAUSE_END = re.compile(r"[;.]|,\s*(?:but|while|and\s+(?:the|it|its|a|an)\b|the\s+\w+\s+said)|"
                         r"\s[—–-]\s|\s+and\s+(?=[a-z])(?!(?:a|an|the|its|their|other|more)\b)")


def _cancelled_end(text: str, pos: int) -> int:
    """Where the complement of the deal called off at ``pos`` ends: its clause's end."""
    m = _CLAUSE_END.search(text, pos)
    return m.start() if m else len(text)


def _cancellations(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """Who called off a deal with whom: no fact, but the headline's announcement of that deal
    is dropped (kg.extract.records)."""
    text = view.text
    out = []
    for c in _CANCELLED.finditer(text):
        subj = subject_before(actors, text, c.start())
        if subj is None or subj.actors[-1].person or not subj.actors[-1].key:
            continue
        other = None
        frm = re.search(r"\b(?:from|with|to|by)\s+(?:the\s+)?",
                        text[c.end():min(c.end() + 80, _cancelled_end(text, c.end()))])
        if frm:
            g = group_after(actors, text, c.end() + frm.end(), max_gap=4)
            other = g.actors[0].key if g is not None and not g.actors[0].person else None
        if other is None:
            ws = [w for w in view.mentions if w.category and 0 <= w.start - c.end() <= 30]
            sa = _supplier_of_weapon(view, actors, ws[0]) if ws else None
            other = sa.key if sa is not None else None
        buyer_side = c.group("n").lower().startswith(("purchase", "order", "acquisition"))
        sup, rec = (other, subj.actors[-1].key) if buyer_side else (subj.actors[-1].key, other)
        out.append({**_relation(sup, rec, view.index, "cancelled"), "_cancelled": True})
    return out


# "the Philippine navy took delivery", "a Turkish firm delivered": a demonym naming a state's
# armed service, government or one of its companies stands for the state (an end of the
# transfer), not for the maker of a weapon
_BODY_AFTER = re.compile(r"(?:\s+(?:state[-\s]owned|defen[cs]e|arms|military))?\s+(?:navy|"
                         r"air\s+force|army|military|armed\s+forces|coast\s+guard|marines|"
                         r"government|firm|company|manufacturer|maker|contractor|shipyard|"
                         r"consortium)\b(?!['’]s|\s+(?:of|and)\b|[-‑])", re.I)


def _state_bodies(text: str, actors: list[Actor]) -> list[Actor]:
    out = []
    for a in actors:
        if a.demonym and (a.key or "").startswith("state/") and not a.person:
            m = _BODY_AFTER.match(text, a.end)
            if m is not None:
                a = Actor(a.start, m.end(), a.key, None, demonym=False, mention=a.mention)
        out.append(a)
    return out


# "Bangladesh has spent months in talks with Turkey. A contract for six helicopters was
# signed ...": the buyer in talks with its seller (context for a contract told next only)
_TALKS_WITH = caseless(r"\b(?:talks|negotiations?|negotiat(?:e|es|ed|ing)|bargaining)\s+"
                       r"with\s+(?:the\s+)?", needs=("talks", "negotiat", "bargaining"))
_SELLER_SIDE = re.compile(r"[^.;]{0,60}?\b(?:sell\w*|sale|sold|export\w*|suppl\w*)\b", re.I)


def _talks(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    text = view.text
    out = []
    for m in _TALKS_WITH.finditer(text):
        subj = subject_before(actors, text, m.start())
        other = group_after(actors, text, m.end(), max_gap=4)
        if subj is None or other is None or len(subj.actors) != 1 or len(other.actors) != 1:
            continue
        a, b = subj.actors[0], other.actors[0]
        if a.person or b.person or not (a.key or "").startswith("state/") or not (
                b.key or "").startswith("state/") or a.key == b.key:
            continue
        sup, rec = (a.key, b.key) if _SELLER_SIDE.match(text, other.end) else (b.key, a.key)
        out.append({**_relation(sup, rec, view.index), "_talks": True})
    return out


# "Iran has been arming Russia", "accused Iran of arming Russia" (round 54)
# (not "nuclear-armed Pakistan", "the armed Saudi forces": adjectives)
_ARMING = caseless(r"(?<![\w-])(?<!the\s)(?<!an\s)(?<!a\s)(?:arm(?:s|ed|ing)|equipp(?:ed|ing))\s+"
                   r"(?:the\s+)?",
                   needs=("arm", "equipp"))
_OF_ARMING = re.compile(r"\s+of\s+(?:(?:secretly|covertly|illegally|continuing\s+to)\s+)?$")


def _arming_relations(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    """Who arms whom, no weapon named: context for the supply told next ("Ukraine accused Iran
    of arming Russia. Kyiv says Tehran has also supplied ballistic missiles": to Russia), never
    a fact of its own."""
    text = view.text
    out = []
    for m in _ARMING.finditer(text):
        rec = next((a for a in actors if a.start == m.end()), None)
        if rec is None or rec.person or not rec.key or not rec.key.startswith("state/"):
            continue
        acc = _OF_ARMING.search(text, 0, m.start())
        if acc is not None:  # "accused Iran of arming Russia": the accused arms
            sup = next((a for a in actors if a.end == acc.start()), None)
        else:
            g = subject_before(actors, text, m.start())
            sup = g.actors[0] if g is not None else None
        if sup is None or sup.person or not sup.key or not sup.key.startswith("state/") \
                or sup.key == rec.key:
            continue
        out.append(_relation(sup.key, rec.key, view.index))
    return out


def find(view: SentView, actors: list[Actor]) -> list[dict[str, Any]]:
    text = view.text
    actors = _state_bodies(text, actors)
    rels = _talks(view, actors) if _TALKS_WITH.search(text) else []
    if _ARMING.search(text):
        rels += _arming_relations(view, actors)
    if _SUPPLIER_OF.search(text) or _SUPPLIER_TO.search(text):
        rels += relations(view, actors)
    if _CANCELLED.search(text):
        rels += _cancellations(view, actors)
    if PACKAGE_RE.search(text):
        rels += _package_relations(view, actors)
    if _GENERAL_RE.search(text):
        rels += _general_relations(view, actors)
    if not any(m.category for m in view.mentions) and not (
            (" from " in text and CAME_FROM_RE.search(text)) or QTY_RE.search(text)):
        return rels
    out: list[dict[str, Any]] = []
    done: set[int] = set()  # weapon mentions already used
    if " by " in text and _TRAILING_BY.search(text):
        out.extend(_trailing_by(view, actors, done))

    co: list[tuple[str, list[str], str]] = []  # (role, the named end, its co-ordinated peers)

    def emit(facts):
        for f in facts:
            out.append(f)
            for end, first, peers in co:
                if f[end] == first and f["_rule"] in ("A1", "A2", "A2n", "A3", "A4"):
                    # "A, B and C will provide W": one transfer per supplier
                    out.extend({**f, end: p} for p in peers if p != f[end])

    if _FIGHTERS_WITH.search(text):
        emit(_group_fighters(view, actors, done))
    # A1-A3: supply verbs, the subject is the supplier
    for v in SUPPLY_RE.finditer(text):
        lo = clause_start(text, v.start())
        accused = _accused(actors, text, lo, v.start())
        before = text[accused.end:v.start()] if accused else text[lo:v.start()]
        if hedged(before) and not re.search(
                r"\bhelped?\s+(?:to\s+)?$", before):
            continue
        if _FUTURE.search(before) and _CONDITION.search(text[v.end():]):
            continue  # "would send tanks if ..."
        if _DENIED_REPORT.search(text[:v.start()]) or (
                accused is None and _ACCUSED.search(text[lo:v.start()])):
            continue  # "rejected reports that Tehran was supplying Moscow with missiles"
        verb = v.group(0).lower()
        if verb == "armed" and any(w.category and w.start == v.start() for w in view.mentions):
            continue  # "shipping armed drones": the adjective of a weapon
        re_prefixed = _RE_PREFIX.search(text, max(0, v.start() - 4), v.start())
        if v.start() > 0 and text[v.start() - 1] in "-‑" and not re_prefixed:
            continue  # "US-supplied missiles": an adjective (A5), not the verb
        if re_prefixed and (_ASKED_TO.search(text, max(0, v.start() - 80), v.start())
                            or _NOUN_DET.search(text, max(0, v.start() - 12), re_prefixed.start())):
            continue  # "asked Washington for approval to re-export", "the re-export of"
        if _TO_BUY.match(text, v.end()):
            continue  # "Morocco committed to buy ... from": the buyer's pledge (A4)
        if verb in _NOUN_TOO and not (_VERB_CUE.search(text[:v.start()]) or any(
                a.end <= v.start() and re.fullmatch(r"\s*", text[a.end:v.start()])
                and not (a.demonym or re.search(r"\b(?:the|a|an|its|their)\s+$",
                                                text[max(0, a.start - 8):a.start], re.I))
                for a in actors)):
            continue  # "a landing ship and a submarine": nouns, not "ships ... to"
        if verb in ("supply", "supplies") and _SUPPLY_NOUN_BEFORE.search(text, max(
                0, v.start() - 40), v.start()):
            continue  # "Kyiv secured a supply of shells from Seoul": the noun (round 73)
        if re.match(r"get|gets|got|getting|pass(?!\w*\s+on\b)", verb) and not re.search(
                r"\bto\s+", text[v.end():v.end() + 80]):
            continue
        subj = accused or subject_before(actors, text, v.start()) or _relative_head(
            actors, text, v.start()) or _reported_it(actors, text, v.start())
        if subj is not None and RECEIVE_RE.search(text, subj.end, v.start()):
            subj = None  # "the jets that Ukraine received were delivered": not Ukraine's supply
        subj = corridor_user(actors, text, subj, v.start()) or subj  # not the transit state
        nxt = next((a for a in actors if a.key and not a.person and a.end <= v.start()
                    and _SUBJECT_OF_NEXT.fullmatch(text, a.end, v.end())), None)
        if nxt is not None and (subj is None or nxt not in subj.actors) and re.search(
                r"\band\s+(?:the\s+)?$", text[max(0, nxt.start - 12):nxt.start]):
            # "Germany provided 10 tanks to Ukraine and Norway sent 8": Norway sent them
            subj = Group([nxt])
        supplier = _ok(subj.actors[-1]) if subj and len(subj.actors) == 1 else (
            _ok(subj.actors[0]) if subj else None)
        if subj and _ALLIES_OF.match(text[subj.actors[-1].end:]):
            supplier = None  # "Ukraine's allies pledge air defences": who is helped (round 59)
        shared_obj = None
        if subj and _AND_VERB.fullmatch(text, subj.end, v.start()):
            # "Rwanda controls the M23 and has supplied it with missiles": the first clause's
            # subject supplies its object (round 59)
            first = next((a for a in reversed(actors) if a.end <= subj.start and a.key
                          and not a.person and _ONE_VERB.fullmatch(text, a.end, subj.start)), None)
            if first is not None and subj.actors[0].key and not subj.actors[0].person:
                supplier, shared_obj = first.key, subj.actors[0].key
        co[:] = [("supplier", supplier, peers)] if supplier and (
            peers := _co_states(subj)) and not _RESPECTIVELY.search(text) else []
        if subj and subj.actors[-1].person and not subj.actors[-1].key:
            supplier = None
        hi = len(text)
        # (", though Yerevan has bought ...": a concessive clause is another clause too)
        brk = re.search(r";|\s[—–]\s|,\s*(?:and\s+)?(?:the|a|which|who|while|but|though|"
                        r"although|whereas|as|he|she|it|they|saying|according)\b",
                        text[v.end():])
        if brk:
            hi = v.end() + brk.start()
        # ("is to sell": a plan in the active voice; "are to be sold": passive)
        passive = re.search(r"\b(?:was|were|been|being|is|are|be)\s+(?!to\s)(?:\w+\s+)?$",
                            text[:v.start()])
        if passive and not verb.endswith("ing"):
            continue  # "the missiles are being sent": handled as the weapon's by-phrase
        # A1: "provided Y with W"
        rec_g = group_after(actors, text, v.end(), max_gap=6)
        # ("supplying Mali's army with": the state's forces are the state)
        w_with = re.match(rf"^(?:['’]s\s+(?:{SERVICES})\b)?\s*with\s+",
                          text[rec_g.end:hi]) if rec_g else None
        pron = _PRONOUN_RECIPIENT.match(text, v.end()) if supplier else None
        # A1p: "supplied them with W", "sold it W": the recipient told before (a pronoun the
        # discourse resolved to the supplier itself is no recipient)
        if pron and (rec_g is None or rec_g.start >= pron.end()
                     or rec_g.actors[0].key == supplier):
            ws = [w for w in weapons_in(view, pron.end(), hi) if id(w) not in done]
            if ws and (pron.group("with") or re.fullmatch(r"[\w\s,-]{0,25}",
                                                          text[pron.end():ws[0].start])):
                rec = shared_obj or _pronoun_antecedent(out, supplier)
                emit(transfer_facts(view, supplier, [rec], ws, "A1", verb, conf=0.6 if rec else 0.55))
                done.update(id(w) for w in ws)
                continue
        if rec_g and w_with:
            ws = weapons_in(view, rec_g.end, hi)
            emit(_respective(view, subj, _keys(rec_g), ws, "A1", verb, v.end())
                 or transfer_facts(view, supplier, _keys(rec_g), ws, "A1", verb))
            done.update(id(w) for w in ws)
            continue
        # A1d: "supplied the junta with W": a description of the recipient's government;
        # the article's partner of this supplier completes it (kg.extract.records), as for A2n
        desc = _DESC_WITH.match(text, v.end())
        if desc and supplier and rec_g is None:
            ws = [w for w in weapons_in(view, desc.end(), hi) if id(w) not in done]
            if ws and ws[0].start - desc.end() <= 40:
                emit(transfer_facts(view, supplier, [None], ws, "A2n", verb, conf=0.55))
                done.update(id(w) for w in ws)
                continue
        # A2: "sent W to Y"
        # ("the sale of up to 8 F-16 jets to Chile": "up to" is a count)
        # (not "for use in Ukraine": where the weapons go to be used, round 71)
        to = next((t for t in re.finditer(r"\b(?<!\bup\s)(?:to|for)\s+(?!\d)(?!use\s)",
                                          text[v.end():hi])
                   if not _NOT_RECIPIENT_TO.search(text[:v.end() + t.start()])), None)
        if to and re.search(r"\b(?:at|towards?|against|into|on)\s+", text[v.end():v.end() + to.start()]):
            to = None  # "sent a swarm of drones at the base ...": an attack, not a transfer
        if to and _OWN_POST.match(text, v.end() + to.end()):
            continue  # "sent Patriot batteries to its base in Qatar": its own forces
        if to:
            to_pos = v.end() + to.start()
            ws = [w for w in weapons_in(view, v.end(), to_pos) if id(w) not in done]
            if ws and handed_on_no_arms(verb, text[v.end():ws[0].start]):
                continue  # "passed on intelligence about Iranian drones to Kyiv"
            rg = group_after(actors, text, v.end() + to.end(), max_gap=8)
            named_of = _NATION_OF.match(text, v.end() + to.end())
            if rg is None and named_of:
                # "to the island nation of the Maldives": the state named after "of"
                rg = group_after(actors, text, named_of.end(), max_gap=8)
            if ws and rg is not None and _NAME_PART.match(text, rg.actors[0].end):
                # "sent a frigate to the Taiwan Strait", "to the Minsk format": the place word
                # is part of another name, no recipient
                done.update(id(w) for w in ws)
                continue
            if ws and rg is None and _place_named(view, v.end() + to.end()):
                # "sent two destroyers to the South China Sea": its own forces to a place
                done.update(id(w) for w in ws)
                continue
            if ws and rg is None and supplier:
                # "Israel supplied 12 Kfir fighters to the country": the state told before
                rec = _descriptive_recipient(view, actors, to_pos - 1, supplier) or fronted_state(
                    text, actors, to_pos - 1, supplier)
                rg = Group([Actor(to_pos, to_pos, rec)]) if rec else None
                if rg is None and _TO_RULERS.match(text, to_pos - 1):
                    # "Moscow delivered Mi-24 helicopters to the junta": its state from the
                    # paragraph (kg.extract.records), as for "supplied the junta with"
                    emit(transfer_facts(view, supplier, [None], ws, "A2n", verb, conf=0.55))
                    done.update(id(w) for w in ws)
                    continue
            sale = re.match(r"approv|authori|clear", verb) and _SALE_OF.match(text, v.end())
            if ws and rg and sale and _INCLUDING_AFTER.match(text, rg.end) and weapons_in(
                    view, rg.end, len(text)):
                continue  # "approved a sale of munitions to X, including W": the items (A6b)
            if ws and rg:
                sup = supplier
                if sale:
                    # "Washington approved the sale of Israeli-built radars": the approver is
                    # the supplier only when the sale names no other ("approved Britain's
                    # sale of", "cleared Israel's re-export of": the owner sells)
                    other = next((a for a in actors if v.end() <= a.start and a.end < sale.end()
                                  and not a.person and re.match(r"['’]s\b", text[a.end:])),
                                 None) or _supplier_of_weapon(view, actors, ws[0]) or _seller_by(
                        actors, text, ws[-1].end)
                    if other is not None and other.key and other.key != sup:
                        sup = other.key
                    elif re.search(r"\bre-?(?:export|sale|transfer)", sale.group(0), re.I):
                        done.update(id(w) for w in ws)
                        continue  # "approved the re-export of the aircraft": the approver
                        # is no seller, and the one selling on is not named (round 86)
                if sup and middlemen_base(text, subj) and (src := _supplier_of_weapon(
                        view, actors, ws[0])) and _ok(src) not in (None, sup) \
                        and not _MADE_ONLY.search(text, src.end, ws[0].start):
                    # "Oman-based smugglers shipped Iranian missiles": Iran's (not a maker's
                    # name: "UAE-registered firms sent Russian-made drones")
                    sup = _ok(src)
                if sup is None or re.match(r"get|got|pass(?!\w*\s+on\b)", verb):
                    # "helped get Iranian drones to Russia": the weapon names its supplier
                    sup = _ok(_supplier_of_weapon(view, actors, ws[0])) or (
                        None if re.match(r"get|got|pass(?!\w*\s+on\b)", verb) else sup)
                # ("to Russia, and Seoul's spy agency said": a possessive starts a new clause)
                keys = []
                own = _POSSESSED_GROUP.match(text, rg.actors[0].end)
                grp = group_after(actors, text, own.end(), max_gap=2) \
                    if own and rg.actors[0].mention is not None \
                    and rg.actors[0].mention.possessive else None
                if grp is not None and (grp.actors[0].key or "").startswith("org/"):
                    # "to Sudan's paramilitary Rapid Support Forces": the force, not its state
                    # (round 86)
                    rg = grp
                for i, a in enumerate(rg.actors):
                    if i and (_SUBJECT_OF_CLAUSE.match(text, a.end)
                              or starts_objection(text, a.end)):
                        break  # "to Ukraine and Norway sent ...": Norway starts a new clause
                    if a.key and (i == 0 or a.mention is None or not a.mention.possessive):
                        keys.append(a.key)
                emit(_respective(view, subj, keys, ws, "A2", verb, v.end())
                     or transfer_facts(view, sup, keys, ws, "A2", verb))
                done.update(id(w) for w in ws)
                continue
        # A3: "gifts Y W" (not "supplied American-made missiles": the maker is no recipient)
        if rec_g and (rec_g.actors[-1].demonym or SUPPLIED_RE.match(text, rec_g.end)
                      or _COMPOUND_ADJ.match(text, rec_g.end)):
            rec_g = None  # ("sent Wagner-trained crews": an adjective, no recipient)
        if rec_g and _ANOTHERS_DEAL.match(text, rec_g.end):
            rec_g = None  # "approved Spain's request to re-export 20 tanks": Spain's own deal
        if rec_g and supplier:
            ws = [w for w in weapons_in(view, rec_g.end, hi) if id(w) not in done]
            if ws and (ws[0].start - rec_g.end <= 30 or (
                    ws[0].start - rec_g.end <= 60
                    and not re.search(r",(?!\d{3})|[;:]|\.(?!\d)|\b(?:and|or|that|which|who|to|"
                                      r"for)\b", text[rec_g.end:ws[0].start]))):
                recs = _keys(rec_g)[:1]
                if text[rec_g.start:rec_g.end].lower() in ("it", "them") \
                        and _THE_ARMY.search(text, 0, rec_g.start):
                    # "Egypt has supplied the army with drones and Turkey has sent it TB2s":
                    # "it" is that army, whatever the discourse took it for (round 60)
                    recs = [None]
                emit(transfer_facts(view, supplier, recs, ws, "A3", verb))
                done.update(id(w) for w in ws)
                continue
        # A2n: "It has delivered IRIS-T systems" - no recipient in the sentence; the article's
        # partner of this supplier completes it (kg.extract.records), else it is dropped
        if supplier and rec_g is None and not re.match(r"get|got|pass(?!\w*\s+on\b)|arm|equip",
                                                        verb):
            if _BUYING_OF.match(text, v.end()):
                continue  # "approved the purchase of": the approver buys (A15)
            # "has since supplied its own version of the missile, known as SCALP"
            own = _OWN_VERSION.match(text[v.end():hi]) or _OF_ITS_OWN.match(text[v.end():hi])
            at = v.end() + own.end() if own else v.end()
            ws = [w for w in weapons_in(view, at, hi) if id(w) not in done]
            if ws and _SENT_HOME.match(text, ws[-1].end):
                continue  # "sent two warships home": a recall, not a supply
            if ws and all(w.category in ("aircraft", "helicopter") for w in ws) \
                    and _MERCY_FLIGHT.match(text, ws[-1].end):
                continue  # "will send aircraft to fly the wounded": no arms (round 73)
            if ws and re.match(r"add", verb) and (maker := _ok(_supplier_of_weapon(
                    view, actors, ws[0]))) and maker != supplier:
                continue  # "Egypt adds French warships": the buyer adds to its fleet
            if ws and ws[0].start - at <= 40 and not re.search(
                    r",(?!\d{3})|[;:]|\b(?:that|which|who|against|at|on|into|with|its|their|his|"
                    r"her)\b", text[at:ws[0].start]) and not re.match(
                    r"\s+(?:(?:swarms?|salvos?|waves?|volleys?)\s+)?"
                    r"(?:against|at|toward|towards|into|over(?!\s+the\s+(?:past|last|"
                    r"previous|next|coming)\b))\b", text[ws[-1].end:]):
                # ("sent ten drones against the two facilities", "sends drone swarm toward
                # Israel" are attacks)
                told = _told_leader(actors, text, subj)
                facts = transfer_facts(view, supplier, [told if told != supplier else None], ws,
                               "A2n", verb, conf=0.55)
                for f in facts if own and not own.group(0).lstrip().lower().startswith(
                        ("its", "their", "his", "her")) else ():
                    f["_own_stock"] = True  # "promised 30 of its own jets": to the state in need
                emit(facts)
                done.update(id(w) for w in ws)
    co.clear()
    # A4: receive verbs, the subject is the recipient
    for v in RECEIVE_RE.finditer(text):
        lo = clause_start(text, v.start())
        if _HEDGE.search(_PLANS_TO.sub("", _strip_future(text[lo:v.start()]))[-50:]) \
                or _DENIED_REPORT.search(text[:v.start()]) \
                or (_FUTURE.search(text[lo:v.start()]) and _CONDITION.search(text[v.end():])):
            continue
        if _NOUN_RECEIPT.search(text, max(0, v.start() - 30), v.start()) and re.match(
                r"purchas|order|import|buy", v.group(0), re.I):
            continue  # "Qatar funded the purchase of the helicopters": no buyer named
        subj = subject_before(actors, text, v.start())
        deal = deal_partner(actors, text, lo, v.start())  # "signed a deal with Y to buy"
        if deal:
            subj = deal[0]
        it = re.search(r"\b(?:it|they)\s+(?:(?:has|have|had)\s+)?(?:already\s+|recently\s+)?$",
                       text[:v.start()])
        if it and (subj is None or subj.end <= it.start()):
            # "one of the warplanes it received from its allies": it = the sentence's subject
            first = next((a for a in actors if a.end <= it.start() and a.key and not a.person
                          and not a.demonym), None)
            subj = Group([Actor(it.start(), it.end(), first.key)]) if first else None
        if subj is None:
            subj = _quoted_we(actors, text, v.start())
        if subj is None:
            # "Poland, which received 48 howitzers from Seoul last year, ...": the head
            subj = _relative_head(actors, text, v.start())
        home = _home_forces_before(text, subj, lo, v.start())
        if home is not None and home.end() == v.start():
            # "The armed forces received 12 drones from Turkey": the home state's forces; the
            # state the article is about completes it (kg.extract.records)
            named = next((a for a in actors if a.end <= home.start() and not a.person
                          and (a.key or "").startswith("state/")
                          and (_SERVICE_AFTER.match(text, a.end)
                               or _SERVICE_END.search(text, a.start, a.end))), None)
            # "the Lebanese army said the army itself has received ...": that state's army
            subj = Group([Actor(home.start(), home.start(), named.key if named else None)])
        elif subj is None or not subj.actors[-1].key:
            continue
        recipient = subj.actors[-1].key
        co[:] = [("recipient", recipient, peers)] if (peers := _co_states(subj)) \
            and not _RESPECTIVELY.search(text) else []
        hi = len(text)
        brk = re.search(r";|\s[—–]\s|,\s*(?:and\s+)?(?:the|which|who|while|but|as|he|she|it|"
                        r"they|saying|according|promising)\b", text[v.end():])
        if brk:
            hi = v.end() + brk.start()
        purpose = _PURPOSE.search(text, v.end(), hi)
        if purpose:  # "received from Norway to down Russian drones": not what was received
            hi = purpose.start()
        ws = [w for w in weapons_in(view, v.end(), hi) if id(w) not in done]
        # "the American-designed warplanes that Ukraine received from Denmark"; "The J-10C
        # fighters Pakistan bought from China led a flypast alongside JF-17 jets": the weapon of
        # the relative clause, not the main clause's after it
        rel = [w for w in view.mentions if w.category and id(w) not in done
               and w.end <= subj.start and re.fullmatch(
                   _REL_GAP + _DESIGN_OF, text[w.end:subj.start])]
        frm = re.match(r"^\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?", text[v.end():hi])
        if rel and frm and ws and not re.fullmatch(
                r"\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?[^,;]{0,40}?\s+[a-z]+(?:s|ed)\b.*",
                text[v.end():ws[0].start], re.S):
            rel = []  # ("the jets it bought ... from": only when the clause ends before ws)
        if not ws or rel and frm:
            if rel and frm:
                g = group_after(actors, text, v.end() + frm.end(), max_gap=8)
                sups = [a.key for a in g.actors if a.key and not a.person] if g else []
                for sup in sups:
                    emit(transfer_facts(view, sup, [recipient], rel[-1:], "A4", v.group(0).lower()))
                if rel:
                    done.add(id(rel[-1]))
                continue
        # "to buy 180 tanks and 212 howitzers from South Korea": the source after the last
        # item of a list supplies every item
        list_src = None
        if ws:
            # (also after a comma: "received shipments, including W1 and W2, from S"; round 70)
            frm = re.match(r"^\s*,?\s*(?:[\w-]+\s+){0,3}?from\s+" if len(ws) > 1
                           else r"^\s*,\s*from\s+", text[ws[-1].end:ws[-1].end + 60], re.I)
            if frm:
                g = group_after(actors, text, ws[-1].end + frm.end(), max_gap=8)
                if g and not g.actors[0].person:
                    list_src = g.actors[0]
        list_src = list_src or (deal[1] if deal else None) or _source_before_items(
            actors, text, v.end(), ws) or _adjective_before_list(actors, text, v.end(), ws)
        # "Egypt has turned to China, buying J-10C jets": the partner the buyer turned to
        tt = _TURNED_TO.search(text, subj.end, v.start())
        turned = group_after(actors, text, tt.end(), max_gap=4) if tt else None
        if turned is not None and (turned.actors[0].person or not turned.actors[0].key or not
                                   re.fullmatch(r"(?:\s+(?:for|instead)\s+(?:[\w-]+\s+){0,2}?"
                                                r"[\w-]+)?\s*,?\s*(?:and\s+)?(?:is\s+|was\s+)?",
                                                text[turned.end:v.start()])):
            turned = None
        shared = None  # "18 South Korean K2 tanks and 12 K9 howitzers": one adjective for all
        for w in ws:
            sa = _supplier_of_weapon(view, actors, w) or list_src or (
                turned.actors[0] if turned else None) or _shared_demonym(actors, text, shared, w)
            shared = (w, sa) if sa is not None and sa.demonym else None
            sups = [sa.key] if sa else [None]
            frm = re.match(r"^\s*(?:[\w-]+\s+){0,3}?from\s+", text[w.end:w.end + 60], re.I)
            if sa and frm:  # "from Denmark and the Netherlands": each one supplies
                g = group_after(actors, text, w.end + frm.end(), max_gap=8)
                if g and sa in g.actors:
                    sups = [a.key for a in _before_new_subject(g, text)
                            if a.key and not a.person] or sups
            for sup in sups:
                facts = transfer_facts(view, sup, [recipient], [w], "A4", v.group(0).lower(),
                               conf=0.75 if sup else 0.5)
                for f in facts if recipient is None else ():
                    f["_home_forces"] = True  # "The army itself has received": a state told
                emit(facts)
            done.add(id(w))
    co.clear()
    # A4b: "Iranian ballistic missiles have reached Russia"
    for v in ARRIVE_RE.finditer(text):
        ws = [w for w in view.mentions if w.category and w.end <= v.start()
              and id(w) not in done and (v.start() - w.end <= 12 or (
                  v.start() - w.end <= 50 and MADE_BY.match(text[w.end:v.start()])
                  and not re.search(r"[,;]", text[w.end:v.start()])))]
        rg = group_after(actors, text, v.end(), max_gap=6)
        if ws and rg:
            # ("Denmark's first F-16 jets arrived in Ukraine": the owner before an ordinal;
            # round 89)
            sa = _supplier_of_weapon(view, actors, ws[-1]) or _owner_of(actors, text, ws[-1])
            if sa:
                emit(transfer_facts(view, _ok(sa), _keys(rg), ws[-1:], "A4", "reached"))
                done.add(id(ws[-1]))
    # A6: "the UK's gift of Storm Shadow missiles to Ukraine"
    for n in NOUN_RE.finditer(text):
        # (the list runs to its clause's end: "the sale of 18 HIMARS launchers, 400 Harpoon
        # missiles and 100 Stinger missiles to Taiwan"; weapons_in stops at a break or an
        # actor between items; round 51)
        ws = [w for w in weapons_in(view, n.end(), n.end() + 150) if id(w) not in done]
        if not ws or _uncounted_gap(text[n.end():ws[0].start]) > 20:
            continue
        sup = None
        for a in reversed([a for a in actors if a.end <= n.start()]):
            if re.fullmatch(r"\s*['’]s\s+(?:own\s+)?(?:re-)?", text[a.end:n.start()]):
                sup = a.key  # (also "Spain's re-export of": the owner sells on)
            break
        if sup is None:
            sa = _supplier_of_weapon(view, actors, ws[0])
            sup = _ok(sa)
        # ("a shipment of missiles bound for the Houthis": where it was going, round 86)
        to = re.match(r"^\s*(?:[\w-]+\s+){0,3}?(?:to|(?:bound|destined|headed)\s+for)\s+",
                      text[ws[-1].end:ws[-1].end + 40])
        rg = (group_after(actors, text, ws[-1].end + to.end(), max_gap=8) if to else None
              ) or _arrival_in(view, actors, ws[-1].end)
        if rg is not None and to and to.group(0).rstrip().endswith("for") and (
                rg.actors[0].key or "").startswith("state/") and not _FORCES_OF.match(text, rg.end):
            rg = None  # ("bound for Yemen": a destination; the group in it is the buyer)
        if sup is None:  # "the sale of 12 jets (by Seoul) to Manila (by South Korea)"
            sup = _ok(_seller_by(actors, text, ws[-1].end)) or (
                _ok(_seller_by(actors, text, rg.end)) if rg is not None else None)
        if sup is None and rg is not None:
            # "a sale of bombs to Israel that the State Department approved"
            rel = re.match(r"^\s*,?\s*(?:that|which)\s+(?:the\s+)?", text[rg.end:])
            if rel:
                g = group_after(actors, text, rg.end + rel.end(), max_gap=4)
                if g is not None and not g.actors[0].person and re.match(
                        r"^\s+(?:had\s+|has\s+)?(?:approved|cleared|authori[sz]ed|agreed|"
                        r"announced|signed|notified|withheld|paused|released)\b", text[g.end:]):
                    sup = g.actors[0].key
        if sup is None and rg is not None:
            # "a shipment of missiles bound for the Houthis, which officials said had been sent
            # by Iran": the sender in the relative clause (round 86)
            sent = _SENT_BY_REL.match(text, rg.end)
            g = group_after(actors, text, sent.end(), max_gap=4) if sent else None
            if g is not None and not g.actors[0].person:
                sup = _ok(g.actors[0])
        if sup is None:  # "Denmark completed the delivery of all 19 jets it promised"
            sup = _completed_by(actors, text, n.start(), rg)
        if sup is None and n.group("n").lower().startswith(("sale", "deliver", "transfer",
                                                            "export", "batch", "consign")):
            # "Washington announced the sale of 60 Stinger missiles": the announcer sells; the
            # buyer is the paragraph's (kg.extract.records) unless named ("Moscow announced a
            # further batch of armoured vehicles for Bamako")
            subj = subject_before(actors, text, n.start())
            lo = clause_start(text, n.start())
            if subj is not None and not subj.actors[-1].person and (
                    subj.actors[-1].key or "").startswith("state/") and _ANNOUNCED.fullmatch(
                    text, subj.end, n.start()) and not _HEDGE.search(text[lo:n.start()][-50:]):
                sup = subj.actors[-1].key
        prior = [f for f in out if f.get("_rule") in ("A6", "A6b", "A7") and f["supplier"]]
        if sup is None and rg is None and prior and re.search(
                r"\b(?:along\s+with|as\s+well\s+as|together\s+with|and|plus)\s+(?:a|an|the)?"
                r"\s*(?:[\w-]+\s+){0,2}$", text[:n.start()]):
            # "..., along with a smaller sale of Hellfire missiles": the same parties
            sup, rg = prior[-1]["supplier"], Group([Actor(0, 0, prior[-1]["recipient"])])
        if sup:
            emit(transfer_facts(view, sup, _keys(rg) or [None], ws, "A6", n.group("n"), conf=0.6))
            done.update(id(w) for w in ws)
        elif rg is not None and not _HEDGE.search(text[clause_start(text, n.start()):
                                                          n.start()][-50:]):
            # "release a shipment of bombs to Israel": the supplier from the article
            for f in transfer_facts(view, None, _keys(rg)[:1], ws, "A9", n.group("n"), conf=0.5):
                f["_needs_supplier"] = True
                out.append(f)
            done.update(id(w) for w in ws)
    # A6b: "approved the sale of $20bn in weapons to Israel, including F-15 fighter jets"
    for n in NOUN_INCL_RE.finditer(text):
        lo = clause_start(text, n.start())
        # ("approved a possible sale of": the formula of an approved foreign military sale)
        before = _POSSIBLE_SALE.sub(" ", text[lo:n.start()])
        if _HEDGE.search(before[-50:]) or _DENIED_REPORT.search(text[:n.start()]):
            continue
        rg = group_after(actors, text, n.end(), max_gap=4)
        if rg is None:
            continue
        inc = _INCLUDING_AFTER.match(text, rg.end)
        if not inc:
            continue
        ws = [w for w in weapons_in(view, inc.end(), len(text)) if id(w) not in done]
        subj = subject_before(actors, text, n.start())
        sup = subj.actors[0].key if subj and subj.actors[0].key and not subj.actors[0].person \
            else None
        if ws and sup:
            emit(transfer_facts(view, sup, _keys(rg)[:1], ws, "A6", "sale", conf=0.7))
            done.update(id(w) for w in ws)
    # A7: "announced a $1 billion aid package for Ukraine that includes Javelin missiles"
    for pk in PACKAGE_RE.finditer(text):
        lo = clause_start(text, pk.start())
        if _HEDGE.search(text[lo:pk.start()][-50:]):
            continue
        rg = group_after(actors, text, pk.end(), max_gap=6)
        if rg is None:
            continue
        inc = re.match(r"^[\s,]*(?:that|which)?\s*(?:will\s+)?(?:includes?|including|"
                       r"contains?|comprising|with)\s+|^\s*(?:[\w-]+\s+){0,3}?:\s*", text[rg.end:])
        subj = subject_before(actors, text, pk.start())
        if not inc:
            continue
        ws = [w for w in weapons_in(view, rg.end + inc.end(), len(text)) if id(w) not in done]
        if ws and subj and subj.actors[0].key:
            emit(transfer_facts(view, subj.actors[0].key, _keys(rg)[:1], ws, "A7", "package", conf=0.7))
            done.update(id(w) for w in ws)
    # A7b: "... announced a new aid package worth 1 billion euros that includes howitzers":
    # the announcer supplies, the recipient ("for Y") or the article's partner receives
    for pk in PACKAGE2_RE.finditer(text):
        lo = clause_start(text, pk.start())
        if _HEDGE.search(text[lo:pk.start()][-50:]):
            continue
        ws = [w for w in weapons_in(view, pk.end(), len(text)) if id(w) not in done]
        if not ws or ws[0].start - pk.end() > 30:
            continue
        subj = subject_before(actors, text, pk.start())
        sup = subj.actors[0].key if subj and subj.actors[0].key else None
        rg = None
        to = re.search(r"\b(?:for|to)\s+", text[ws[-1].end:ws[-1].end + 30])
        if to:
            rg = group_after(actors, text, ws[-1].end + to.end(), max_gap=6)
        agent = _approval_agent(actors, text, subj.end if subj else 0, pk.start())
        if agent is not None:
            # "R welcomed the approval by S of a package that includes W": S sends, R receives
            sup, rg = agent, rg or subj
        emit(transfer_facts(view, sup, _keys(rg)[:1] or [None], ws, "A7", "package", conf=0.55))
        done.update(id(w) for w in ws)
    if _RELY.search(text):
        out.extend(_reliance(view, actors, done))
    # A8: "Russia has been using Iranian-designed Shahed drones": the user received them from
    # the state the weapon phrase names
    for u in USE_RE.finditer(text):
        lo = clause_start(text, u.start())
        if _HEDGE.search(text[lo:u.start()][-50:]) or _ALLOW.search(text[lo:u.start()]):
            continue
        subj = subject_before(actors, text, u.start())
        if subj is None or not subj.actors[-1].key or subj.actors[-1].person:
            continue
        ws = [w for w in view.mentions if w.category and id(w) not in done
              and 0 <= w.start - u.end() <= 40]
        if ws and _USED_AGAINST.match(text, u.end()):
            continue  # "interceptors used against drones fired from Yemen": what was shot at
        for w in ws[:1]:
            sa = _supplier_of_weapon(view, actors, w)
            if sa is not None and u.group(0).lower().startswith("field") and _MADE_ONLY.match(
                    text, sa.end):
                continue  # "Russia fielded Iranian-made drones": the maker, not a supply
            if sa and sa.key and sa.key != subj.actors[-1].key and not sa.person:
                emit(transfer_facts(view, sa.key, [subj.actors[-1].key], [w], "A8", "used", conf=0.6))
                for x in out[-1:]:
                    x["status"] = "delivered"
                done.add(id(w))
    emit(_made_in_holders(view, actors, done))
    emit(_arsenal_holders(view, actors, done))
    # A8b: "Russia has fired 24 ballistic missiles supplied by North Korea at Ukraine": the
    # subject that has the weapon received it from the one the by-phrase names
    for w in view.mentions:
        if not w.category or id(w) in done:
            continue
        by = _GIVEN_BY.match(text, w.end)
        if by is None:
            continue
        lo = clause_start(text, w.start)
        if _HEDGE.search(text[lo:w.start][-50:]):
            continue
        g = group_after(actors, text, by.end(), max_gap=4)
        subj = subject_before(actors, text, w.start)
        if subj is None and g is not None and not g.actors[0].person and g.actors[0].key \
                and (home := _HOME_FORCES.search(text, lo, w.start)) \
                and _OPERATES.fullmatch(text, home.end(), w.start):
            # "the air force already operates Su-30 jets supplied by Russia": the home state's
            # forces hold them; the article's state completes it (kg.extract.records)
            for f in transfer_facts(view, g.actors[0].key, [None], [w], "A8", "supplied", conf=0.55):
                f["_home_forces"] = f["_needs_recipient_ctx"] = True
                out.append(f)
            done.add(id(w))
            continue
        if g is None or subj is None or g.actors[0].person or subj.actors[-1].person \
                or not g.actors[0].key or not subj.actors[-1].key \
                or g.actors[0].key == subj.actors[-1].key:
            continue
        emit(transfer_facts(view, g.actors[0].key, [subj.actors[-1].key], [w], "A8", "supplied",
                    conf=0.6))
        done.add(id(w))
    # A10: "Fifteen Gepard guns that Berlin promised in the spring have arrived": the supplier
    # of a relative clause on the weapon; the recipient from the article (kg.extract.records)
    for w in view.mentions:
        if not w.category or id(w) in done:
            continue
        rel = _KIND_OF.match(text[w.end:]) or _REL_SUPPLIER.match(text[w.end:])
        # "drones the UAE sends to the RSF": no relative pronoun, read only with "to" + a party
        reduced = None if rel else re.match(r"\s+", text[w.end:])
        rel = rel or reduced
        if not rel or _HEDGE.search(text[:w.start][-50:]) or text[w.start - 1:w.start] == "-":
            continue
        g = group_after(actors, text, w.end + rel.end(), max_gap=4)
        if g is None or g.actors[0].person or not g.actors[0].key:
            continue
        # ("the Gripen, which Sweden began supplying last year": round 53)
        aux = re.match(r"\s*(?:(?:has|had|have|is|are|was|were)\s+)?(?:already\s+|also\s+)?"
                       r"(?:(?:began|begun|started|continued|continues|begins|starts)\s+"
                       r"(?:to\s+)?)?", text[g.end:])
        v = SUPPLY_RE.match(text, g.end + aux.end()) or _BUILD_FOR.match(text, g.end + aux.end())
        if v is None or re.match(r"get|got|pass(?!\w*\s+on\b)|arm|equip", v.group(0),
                                 re.I) or re.match(
                r"\s+(?:[\w-]+\s+){0,2}?(?:against|at|towards?|into|over)\b", text[v.end():]):
            continue  # ("drones that Russia sent against Kyiv" are an attack)
        # "an air defence system that Moscow has supplied to the West African country"
        rec = _descriptive_recipient(view, actors, v.end(), g.actors[0].key)
        to = re.match(r"\s+to\s+(?:the\s+)?", text[v.end():])
        named = group_after(actors, text, v.end() + to.end(), max_gap=2) if to else None
        if rec is None and named is not None and not named.actors[0].person \
                and named.actors[0].key and named.actors[0].key != g.actors[0].key:
            rec = named.actors[0].key  # "drones, which Tehran supplied to Moscow"
        if reduced and (rec is None or named is None or rec != named.actors[0].key):
            continue  # (a reduced clause only with its recipient named after "to")
        emit(transfer_facts(view, g.actors[0].key, [rec], [w], "A10", v.group(0).lower(), conf=0.55))
        done.add(id(w))
    if _OFFER_NOUN.search(text):
        out.extend(_offers(view, actors, done))
    if _PURCHASE_OF.search(text):
        out.extend(_purchases(view, actors, done))
    out.extend(_owned_origin(view, actors, done))
    out.extend(_buyers(view, actors, done))
    # A5: "US-supplied Atacms missiles" (the recipient comes from a strike nearby)
    for w in view.mentions:
        if not w.category or id(w) in done:
            continue
        for a in reversed([a for a in actors if a.end <= w.start and w.start - a.end <= 30]):
            gap = text[a.end:w.start]
            if SUPPLIED_RE.match(gap) and re.fullmatch(r"[-‑]\w+\s+(?:[\w“”\"-]+\s+){0,2}", gap):
                if _REDUCED_TO.match(text, w.end) or _PASSIVE_TO.match(text, w.end) or \
                        _CARRIED_FROM.match(text, w.end):
                    break  # "Swedish-built howitzers (were) delivered to Ukraine" (A12)
                if _MADE_ONLY.match(gap) and _FIELDED.search(text, max(0, a.start - 40),
                                                             a.start):
                    break  # "fielded Iranian-made drones": the maker, not a supply told
                if _STOCK_OF.search(text, max(0, a.start - 30), a.start) and \
                        _DESTROYED_BEFORE.search(text, clause_start(text, a.start), a.start):
                    break  # "destroyed a stock of U.S.-supplied missiles": the victim's arms
                if a.key and not _HEDGE.search(text[:a.start][-50:]) \
                        and not (_DOWNED.search(text, max(0, a.start - 50), a.start)
                                 and _MADE_ONLY.match(gap)):
                    holder = _holder_of_supplied(actors, text, a)
                    f = transfer_facts(view, a.key, [holder], [w], "A5", "supplied", conf=0.6)
                    for x in f:
                        x["_needs_recipient"] = holder is None
                        x["quantity"] = None
                    emit(f)
                    done.add(id(w))
            break
    # A9: "contracts were signed for 54 K239 launchers and 30 K9 howitzers" - both ends from
    # the article's other transfers (kg.extract.records)
    for c in CONTRACT_FOR_RE.finditer(text):
        lo = clause_start(text, c.start())
        if _HEDGE.search(text[lo:c.start()][-50:]):
            continue
        ws = [w for w in weapons_in(view, c.end(), len(text)) if id(w) not in done]
        if not ws or ws[0].start - c.end() > 25:
            continue
        subj = subject_before(actors, text, c.start())
        rec = subj.actors[-1].key if subj and subj.actors[-1].key and not re.search(
            r"\bwith\s+(?:the\s+)?$", text[:subj.start]) else None
        # "contracts worth $6.5bn with South Korean firms for 152 howitzers": the seller
        withg, _ = after_word(actors, text, r"\bwith\s+(?:the\s+)?", c.start("mid"),
                              c.end("mid"))
        sup = withg.actors[0].key if withg and not withg.actors[0].person else None
        told = [f for f in out if rec and f["supplier"] == rec and f["recipient"]
                and f["_rule"] in ("A1", "A2", "A3", "A10")]
        if sup is None and told:
            # "France, which delivered radars to Yerevan, has signed a contract for 36
            # howitzers": the subject supplies in this sentence; the contract is its sale
            sup, rec = rec, told[-1]["recipient"]
        placed = _PLACED_WITH.match(text, ws[-1].end)
        if placed is not None:
            # "an order for 40 J-35 jets has been placed with China (by Pakistan)": the
            # seller after "with"/"to", the buyer after "by"
            g = group_after(actors, text, placed.end("with"), max_gap=4) \
                if placed.group("with") else None
            b = group_after(actors, text, placed.end("by"), max_gap=4) \
                if placed.group("by") else None
            if sup is None and g is not None and not g.actors[0].person:
                sup = g.actors[0].key
            if rec is None and b is not None and not b.actors[0].person:
                rec = b.actors[0].key
        if sup is None:  # "a deal for 31 MQ-9B drones built by General Atomics"
            sa = _supplier_of_weapon(view, actors, ws[0])
            sup = sa.key if sa is not None and not sa.person else None
        if sup == rec:
            sup = None
        for f in transfer_facts(view, sup, [rec], ws, "A9", "contract", conf=0.5 if sup is None else 0.7):
            f["_needs_supplier"] = sup is None
            out.append(f)
        done.update(id(w) for w in ws)
    # A4c: "The planes came from Denmark and the Netherlands" - the recipient from context
    for c in CAME_FROM_RE.finditer(text):
        lo = clause_start(text, c.start())
        if _HEDGE.search(text[lo:c.start()][-50:]):
            continue
        ws = [w for w in view.mentions if w.category and w.end <= c.start() and id(w) not in done
              and ((lo <= w.start and c.start() - w.end <= 30)
                   or _CAME_GAP.fullmatch(text, w.end, c.start()))]
        g = group_after(actors, text, c.end(), max_gap=6)
        if not ws:
            # "The vehicles came from ...": a definite noun naming the article's weapon
            d = re.search(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?:\w+\s+){0,2}?(?P<n>[a-z]+s)\s+$",
                          text[lo:c.start()])
            if d and g is not None:
                ws = [Mention(lo + d.start("n"), lo + d.end("n"), d.group("n"), (),
                              head=d.group("n"))]
        if not ws or g is None:
            continue
        sups = [a.key for a in g.actors if a.key and not a.person]
        w = ws[-1]
        owner = _owner_of(actors, text, w) if w.category else None
        rec = owner.key if owner is not None and owner.key not in sups else None
        for sup in sups:
            for f in transfer_facts(view, sup, [rec], [w], "A4c", "came", conf=0.55):
                f["status"] = "delivered"
                f["_anaphoric"] = bool(re.search(r"\b(?:the|these|those)\s+(?:\w+\s+){0,2}$",
                                                 text[max(0, w.start - 30):w.start], re.I))
                out.append(f)
        done.add(id(w))
    # A10: "Copenhagen has committed 19 of the jets and the Dutch government 24" - a quantity
    # for a transfer of that supplier told nearby (kg.extract.records)
    for q in QTY_RE.finditer(text):
        lo = clause_start(text, q.start())
        if _HEDGE.search(text[lo:q.start()][-50:]):
            continue
        subj = subject_before(actors, text, q.start())
        if subj is None or not subj.actors[-1].key or subj.actors[-1].person:
            continue
        items = [(subj.actors[-1].key, q.group("n"))]
        for gm in GAPPED_RE.finditer(text, q.end()):
            g = group_after(actors, text, gm.start() + len(gm.group(0)) - len(gm.group("rest")),
                            max_gap=6)
            if g and g.actors[-1].key and not g.actors[-1].person and g.end <= gm.start("n"):
                items.append((g.actors[-1].key, gm.group("n")))
        w = next((m for m in view.mentions if m.category and 0 <= m.start - q.end("n") <= 20),
                 None)
        for sup, raw in items:
            n = parse_number(raw)
            if not n or n >= 100000 or 1900 <= n <= 2100:
                continue
            out.append({"type": "ArmsTransfer", "supplier": sup, "recipient": None,
                        "weapon": None, "weapon_text": None,
                        "weapon_category": w.category if w else None, "quantity": n,
                        "status": "unknown", "date": None, "_sent": view.index, "_rule": "A10",
                        "_head": None, "confidence": 0.5, "_qty_only": True})
    out.extend(_participles(view, actors, done))
    if _GAPPED_SUPPLY.search(text):
        out.extend(_gapped(view, actors, out))
    # "sent 10 jets to Mali and 20 tanks to Niger": the second pair (round 38)
    out.extend(paired_objects(view, actors, out, lambda s, r, ws, verb: transfer_facts(
        view, s, [r], ws, "A2", verb)))
    out.extend(_listed(view, out, done))
    if rels and any(r.get("_cancelled") for r in rels):
        # "Switzerland cancelled a contract to buy 40 Israeli drones": the items of a deal
        # called off are no supply (round 51)
        spans = [(c.end(), _cancelled_end(text, c.end())) for c in _CANCELLED.finditer(text)]
        out = [f for f in out if not any(a <= f.get("_at", -1) < b for a, b in spans)]
    # a transfer needs both ends unless A5/A6/A4 (or the article, A11-A13) will resolve it
    return keep_items(view, rels + [f for f in out if f["supplier"] or f.get("_rule") in (
        "A4", "A7", "A9", "A11", "A12", "A13")])


# "Sudan relies on Iranian and Turkish weaponry, including Mohajer-6 and TB2 drones", "the
# rebels are armed with Russian-made Kornet missiles": the subject's arsenal and where it came from
_RELY = caseless(r"\b(?:rel(?:y|ies|ied|ying)|depend(?:s|ed|ing)?|lean(?:s|ed|ing)?)\s+"
                 r"(?:\w+ly\s+)?(?:up)?on\s+|"
                 r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:armed|equipped)\s+with\s+",
                 needs=("rel", "depend", "lean", "armed", "equipped"))
# "... that Berlin never sent", "its own Iron Dome systems": no supply told
_RELY_NOT = re.compile(r"\b(?:never|not|n['’]t|yet\s+to|its\s+own|their\s+own|home-?grown|"
                       r"domestic(?:ally)?|locally)\b", re.I)
_RELY_END = re.compile(r"[;:]|\s[—–]\s|,\s*(?:according|which|who|while|but|as|saying)\b|"
                       r"\.(?!\d)")


_FORCES_OPENING = re.compile(r"\W*(?:The\s+)?(?P<s>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+"
                             r"(?:armed\s+forces|army|military|air\s+force|navy)\s*,")


def _reliance(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A16: the subject received each item from the state its adjective names: one supplier
    for the whole list, or "Iranian and Turkish ..., including A and B" item by item."""
    text = view.text
    out = []
    for m in _RELY.finditer(text):
        lo = clause_start(text, m.start())
        if _HEDGE.search(text[lo:m.start()][-50:]):
            continue
        subj = subject_before(actors, text, m.start())
        if subj is None or subj.actors[-1].person or not subj.actors[-1].key:
            # "Venezuela's armed forces, built up under Maduro's predecessor, rely on": the
            # forces opening the clause, past the aside's person (round 78)
            own = _FORCES_OPENING.match(text, lo)
            rec = next((a.key for a in actors if own and a.start == own.start("s") and a.key
                        and not a.person), None)
            if rec is None:
                continue
        else:
            rec = subj.actors[-1].key
        end = _RELY_END.search(text, m.end())
        hi = end.start() if end else len(text)
        purpose = _PURPOSE.search(text, m.end(), hi)
        if purpose:  # "relies on its drones to stop Hamas rockets": not what it relies on
            hi = purpose.start()
        if _RELY_NOT.search(text, m.end(), hi):
            continue
        inc = _INCLUDING.search(text, m.end(), hi)
        if inc is not None:
            sups = [a.key for a in actors if m.end() <= a.start and a.end <= inc.start()
                    and a.key and not a.person and a.key != rec]
            ws = [w for w in weapons_in(view, inc.end(), hi) if id(w) not in done]
            if not ws or ws[0].start - inc.end() > 30:
                continue
            if len(sups) == 1:
                pairs = [(sups[0], w) for w in ws]
            elif len(sups) == len(ws):
                pairs = list(zip(sups, ws, strict=True))
            else:
                continue
        else:
            ws = [w for w in weapons_in(view, m.end(), hi) if id(w) not in done]
            if not ws or ws[0].start - m.end() > 40:
                continue
            pairs = [(_ok(_supplier_of_weapon(view, actors, w)), w) for w in ws]
        for sup, w in pairs:
            if sup and sup != rec:
                out.extend(transfer_facts(view, sup, [rec], [w], "A16", "supplied", conf=0.6))
            done.add(id(w))
    return out


# ---------------------------------------------------------------- structure beyond the verb

# "W ordered (by Y) from X", "W bought from X", "W were delivered/unloaded/flown/handed over"
_BOUGHT_FROM = re.compile(
    r"^\s*(?:,\s*)?(?:(?:which|that)\s+(?:were|was|had\s+been|have\s+been)\s+)?"
    r"(?:ordered|bought|purchased|acquired|procured|obtained|built|made)\s+"
    r"(?:by\s+(?P<by>[^,;]{1,40}?)\s+)?"
    r"(?:(?:in\s+\d{4}|new|second[-‑]hand|secondhand|used|directly|outright)\s+)?"
    r"from\s+(?:the\s+)?", re.I)
# "Archer howitzers delivered to Ukraine last year are firing": a reduced relative clause
_REDUCED_TO = re.compile(r"\s*,?\s*"
                         # ("The tank was one of dozens supplied to Ukraine by Poland"; round 68)
                         r"(?:(?:was|were|is|are)\s+(?:one|some|part|among)\s+(?:of\s+)?(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,2}?)?"
                         r"(?:(?:recently|already|first|originally)\s+)?(?P<v>delivered|"
                         r"supplied|sent|shipped|handed\s+over|turned\s+over|passed\s+on|"
                         r"donated|given|gifted|"
                         r"transferred|sold|(?:re-)?exported)(?=\s+to\s)", re.I)
_PASSIVE_TO = re.compile(r"\s+(?:was|were|have\s+been|has\s+been|had\s+been)\s+"
                         r"(?!never\b|not\b)(?:\w+\s+)?"
                         r"(?:delivered|supplied|sent|shipped|handed\s+over|turned\s+over|"
                         r"passed\s+on|donated|given|"
                         r"gifted|transferred|sold|(?:re-)?exported)\s+to\s", re.I)
# "planes carrying Turkish-made drones from Egypt landed in ...": the cargo's source supplies
_CARRIED_FROM = re.compile(r"\s+from\s+[^.;,]{1,40}?\s+(?:landed|arrived)\b", re.I)
# "Kyiv's new F-16s", "Chile's two frigates": the owner written on the weapon phrase
_OWNER_GAP = re.compile(rf"['’]s\s+(?:(?:new|newest|latest|first|own|ageing|aging|old|"
                        rf"modern|recent|additional|{NUMBER_RE})\s+){{0,2}}", re.I)
_DELIVERED = caseless(
    r"\b(?:was|were|have\s+been|has\s+been|had\s+been|being|are\s+being|is\s+being)\s+"
    r"(?!never\b|not\b)(?:\w+\s+)?(?P<v>delivered|unloaded|flown|shipped|handed\s+over|"
    r"turned\s+over|passed\s+on|transferred|sent|supplied|sold|"
    r"(?:re-)?exported|"
    r"donated|given|gifted|airlifted|brought(?!\s+down))\b"
    r"|\b(?:ha(?:ve|s|d)\s+)?(?P<arr>arrived|landed|reached|"
    # "a Patriot system pledged by Germany is expected in Ukraine" (round 70)
    r"(?<=is\s|re\s)expected(?=\s+in\s))\b")
_AGENT_BY = re.compile(r"[^.;,]{0,70}?\bby\s+(?:the\s+)?", re.I)
# "Patriot batteries| promised by |Germany and the Netherlands arrived"
_PARTICIPLE_BY = re.compile(UNIT_NOUNS + r"\s+(?:promised|pledged|supplied|sent|donated|provided|"
                            r"delivered|given|offered)\s+by\s+(?:the\s+)?", re.I)
_TO_PLACE = re.compile(r"^[^.;]{0,60}?\b(?:to|in|at|on|into)\s+", re.I)
# "They include ...", "the package also contains ...", "covers 35,529 bombs": items of a
# transfer told before (the supplier and recipient come from it, kg.extract.records)
_LIST_VERB = re.compile(r"\b(?:includ(?:e|es|ed|ing)|cover(?:s|ed)?|compris(?:e|es|ed|ing)|"
                        # "The shipment, four Black Hawk helicopters and two C-295 planes,
                        # arrived at ...": the items in apposition to the delivery (round 55)
                        r"^\W*(?:The|This|That)\s+(?:[\w-]+\s+)?(?:shipment|delivery|consignment|"
                        r"batch|package|order|cargo)(?=\s*,[^,.;]{3,120},\s+(?:which\s+)?"
                        r"(?:arrived|landed|was|were|is|are|came|reached|docked)\b)|"
                        r"contain(?:s|ed)?|consist(?:s|ed)?\s+of|as\s+well\s+as|along\s+with|"
                        r"together\s+with|plus|accompanied\s+by|"
                        # "Among the items are 40 armoured vehicles"
                        r"among\s+(?:them|those|(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:items|weapons|systems|equipment|arms|deliveries|hardware))"
                        r"(?:\s+(?:being|to\s+be)\s+(?:sent|delivered|supplied|provided|"
                        r"transferred))?\s+(?:are|is|were|was|will\s+be)|"
                        # "Also in the package are six helicopters"
                        r"in\s+the\s+(?:same\s+)?(?:package|shipment|deal|consignment|tranche|"
                        r"delivery|batch)\s+(?:are|is|were|was|will\s+be))\b", re.I)
# "The delivery would be accompanied by 40 machine guns": the plan of a transfer told, no hedge
_BE_ACCOMPANIED = re.compile(r"\b(?:would|will)\s+(?:also\s+)?be\s+$", re.I)
_ATTACK_VERB = re.compile(r"\b(?:fired|launched|struck|hit|attacked|shelled|shot\s+down|"
                          r"intercepted|downed|used\s+to\s+(?:hit|strike|attack))\b", re.I)


# "the group's rockets are supplied by Iran": an ongoing supply in the present passive, read
# only for an armed group's weapons (said of a state's, it was a general statement more often
# than a transfer on held-out sets)
_SUPPLIED_NOW = re.compile(r"\b(?:are|is)\s+(?!never\b|not\b)(?:\w+\s+)?(?P<v>supplied|provided|"
                           r"sent|shipped|smuggled)(?=\s+by\b)", re.I)


def _owner_of(actors: list[Actor], text: str, w: Mention) -> Actor | None:
    """"Kyiv's new F-16s": the state written as the possessor of the weapon phrase."""
    a = next((a for a in reversed(actors) if a.end <= w.start), None)
    if a is None or a.person or not (a.key or "").startswith("state/") or a.demonym \
            or not _OWNER_GAP.fullmatch(text, a.end, w.start):
        return None
    return a


def _group_owner(actors: list[Actor], text: str, w: Mention) -> Actor | None:
    """"the group's cruise missiles are supplied by Iran", "Its drones are supplied by Iran": an
    armed group (or "the group" told before) written as the possessor of the weapon phrase."""
    a = next((a for a in reversed(actors) if a.end <= w.start), None)
    if a is None or a.person or not (a.key or "").startswith("org/") or not (
            a.mention is None or a.mention.of_type("ArmedGroup")):
        return None
    # ("Its missiles are supplied by Iran": the pronoun told for the group)
    its = re.fullmatch(r"(?:its|their)\s*", text[a.start:w.start], re.I)
    return a if its or _OWNER_GAP.fullmatch(text, a.end, w.start) else None


def _ctx_fact(view, supplier, recipient, w, rule, verb, conf):
    out = transfer_facts(view, supplier, [recipient], [w], rule, verb, conf)
    if not out and not supplier and not recipient:
        out = transfer_facts(view, None, [None], [w], "A9", verb, conf)
        for f in out:
            f["_rule"] = rule
    return out


# "a patrol vessel, a design Kenya obtained from Spain": an apposition naming the weapon again
_DESIGN_OF = (r",\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:design|model|type|version|variant|"
              r"system|platform)\s+(?:that\s+|which\s+)?")


# ", both supplied by Turkey", ", built and supplied by China": a trailing participle clause
# naming who supplied the items listed right before it
_TRAILING_BY = re.compile(
    r",\s*(?:both\s+|all\s+|each\s+|most\s+|also\s+)?(?:(?:built|made|designed|manufactured|"
    r"produced|developed)\s+and\s+)?(?:supplied|provided|delivered|donated|sold|shipped|sent|"
    r"gifted|transferred)\s+by\s+(?:the\s+)?", re.I)
_FORCES_OF = re.compile(r"['’]s\s+(?:army|military|armed\s+forces|forces|navy|air\s+force)\b",
                        re.I)
_LIST_GAP = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s*(?:,\s*(?:and\s+)?|and\s+|as\s+well\s+as\s+)(?:the\s+|some\s+)?")


_OWNED_BY = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}")
_IN_STATE = re.compile(r"\W*In\s+(?:the\s+)?")
_OPENED_BY = re.compile(r"\s*,\s*(?:(?:the|its|some|several|\d+|[\w-]+-(?:made|built|designed|"
                        r"supplied))\s+){0,3}")


def _trailing_by(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A15: "X and Y, both supplied by Z": Z supplied every item of the list the clause
    closes; the recipient is the clause's subject when it is a state other than Z, else the
    paragraph's (kg.extract.records)."""
    text = view.text
    out = []
    ws = [m for m in view.mentions if m.category]
    for t in _TRAILING_BY.finditer(text):
        g = group_after(actors, text, t.end(), max_gap=2)
        if g is None or g.actors[0].person or not g.actors[0].key:
            continue
        sup = g.actors[0].key
        last = next((i for i in range(len(ws) - 1, -1, -1) if ws[i].end <= t.start()), None)
        if last is None or not re.fullmatch(r"(?:\s+[a-z][\w-]*){0,2}\s*",
                                            text[ws[last].end:t.start()]):
            continue
        items = [ws[last]]
        for i in range(last - 1, -1, -1):
            if not _LIST_GAP.fullmatch(text, ws[i].end, items[0].start):
                break
            items.insert(0, ws[i])
        items = [w for w in items if id(w) not in done]
        if not items:
            continue
        lo = clause_start(text, items[0].start)
        subj = subject_before(actors, text, items[0].start, lo)
        rec = subj.actors[-1].key if subj and not subj.actors[-1].person else None
        if subj is None:  # "Morocco's army fields ...": the forces' state
            rec = next((a.key for a in actors if lo <= a.start < items[0].start and a.key
                        and _FORCES_OF.match(text, a.end)), None)
        if subj is None and rec is None:
            # "Egypt's Chinese-made drones, supplied by ...": the owner written on the list;
            # "In Burkina Faso, Turkish-made drones, supplied by ...": the state opening it
            rec = next((a.key for a in actors if lo <= a.start < items[0].start and a.key
                        and not a.person and not a.demonym and (
                            _OWNED_BY.fullmatch(text, a.end, items[0].start)
                            or (_IN_STATE.fullmatch(text, 0, a.start)
                                and _OPENED_BY.fullmatch(text, a.end, items[0].start)))), None)
        to = re.match(r"\s+to\s+(?:the\s+)?", text[g.end:])
        named = group_after(actors, text, g.end + to.end(), max_gap=2) if to else None
        if named is not None and not named.actors[0].person and named.actors[0].key:
            rec = named.actors[0].key  # "supplied by Ankara to Kyiv in 2022"
        if rec == sup or (rec and not rec.startswith("state/")):
            rec = None
        # "Iranian-made drones, supplied by Tehran, have struck Ukrainian cities": the one
        # that fired them received them (a strike's attacker), never a state they struck
        fired = rec is None and _ATTACK_VERB.search(text, g.end) is not None
        for w in items:
            for f in _ctx_fact(view, sup, rec, w, "A15", "supplied", 0.6):
                f["_needs_recipient_ctx"] = rec is None and not fired
                if fired:
                    f["_needs_recipient"] = True
                out.append(f)
            done.add(id(w))
    return out


_FIRE_RE = re.compile(r"\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\b", re.I)


def _user_of(actors: list[Actor], text: str, lo: int, w: Mention,
             fire: bool = False) -> str | None:
    """The subject that flies, operates or fields (with ``fire``, also fires or launches) the
    weapon phrase right after its verb."""
    u = None
    for u in (_FIRE_RE if fire else USE_RE).finditer(text, lo, w.start):
        pass
    if u is None or not re.fullmatch(r"\s+(?:[\w-]+\s+){0,3}", text[u.end():w.start]):
        return None
    subj = subject_before(actors, text, u.start())
    if subj is None or subj.actors[-1].person:
        return None
    return subj.actors[-1].key


# the nouns for a state's forces and what they hold ("Armenia's arsenal", "Its navy"), shared with
# kg.extract.passive_supply
FORCES_NOUN = r"(?:army|navy|air\s+force|military|armed\s+forces|fleet|forces|arsenal|inventory)"
# "Armenia's arsenal includes", "Chile's navy now has": the forces of a state holding what follows
_FORCES_HOLD = re.compile(r"['’]s\s+" + FORCES_NOUN + r"\s+(?:already\s+|now\s+|also\s+)?(?:includes?|"
                          r"included|comprises?|has|had)\s+(?:[\w-]+\s+){0,3}$", re.I)


# "Russia's advance was helped by shells bought from North Korea": whose effort the weapons
# served, the possessive subject of a passive of help before them (round 74)
_HELPED_BY = re.compile(r"['’]s\s+(?:[\w-]+\s+){1,2}?(?:was|were|is|are|has\s+been|have\s+been|"
                        r"had\s+been)\s+(?:[a-z]+ly\s+)?(?:helped|aided|boosted|fuell?ed|"
                        r"powered|bolstered|sustained|backed|supported)\s+by\s+"
                        r"(?:[\w-]+\s+){0,3}$", re.I)


def _helped_owner(actors: list[Actor], text: str, lo: int, w: Mention) -> str | None:
    """The owner of "[R]'s advance was helped by [w] bought from S": R (a state or a group)."""
    helped = _HELPED_BY.search(text, lo, w.start)
    if helped is None:
        return None
    a = next((a for a in actors if a.end == helped.start() and a.key and not a.person
              and not a.demonym), None)
    return a.key if a is not None else None


def _helped_by_supplied(view: SentView, actors: list[Actor], w: Mention
                        ) -> tuple[str, str] | None:
    """(S, R) of "[R]'s advance was helped by [w] supplied by S" (the participle right after
    the weapon, as "bought from S" is read by the caller)."""
    pb = _PARTICIPLE_BY.match(view.text, w.end)
    owner = _helped_owner(actors, view.text, clause_start(view.text, w.start), w) if pb else None
    g = group_after(actors, view.text, pb.end(), max_gap=2) if owner else None
    if g is None or g.actors[0].person or not g.actors[0].key or g.actors[0].key == owner:
        return None
    return g.actors[0].key, owner


# "used against drones": the weapons a defence was used against, not the ones used (round 74)
_USED_AGAINST = re.compile(r"\s+against\b")


def _forces_holder(actors: list[Actor], text: str, w: Mention) -> str | None:
    """The state whose forces hold the weapon phrase: "Armenia's arsenal includes [w]"."""
    hold = _FORCES_HOLD.search(text, 0, w.start)
    a = next((a for a in actors if hold is not None and a.end == hold.start()
              and a.key and a.key.startswith("state/") and not a.demonym), None)
    return a.key if a is not None else None


def _participles(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A12: "38 Abrams tanks ordered from the United States were unloaded at the port of
    Taipei", "the missiles were flown to Clark Air Base", "HIMARS ordered by Taiwan from the
    United States have arrived": the weapon phrase carries its supplier (and recipient); what is
    missing comes from the article (kg.extract.records)."""
    text = view.text
    out = []
    if _HEDGE.search(text[:60]) and re.match(r"^\s*(?:If|Whether)\b", text):
        return out
    for w in [m for m in view.mentions if m.category and id(m) not in done]:
        after = text[w.end:]
        bf = _BOUGHT_FROM.match(after)
        dl = _DELIVERED.search(text, w.end, min(len(text), w.end + 140))
        if dl is None and bf is None:
            now = _SUPPLIED_NOW.search(text, w.end, min(len(text), w.end + 140))
            dl = now if now is not None and _group_owner(actors, text, w) is not None else None
        reduced = _REDUCED_TO.match(text, w.end)
        if reduced is not None:
            dl = reduced
        if dl is not None and re.search(r"[;]|\b(?:which|who|while|but)\b",
                                        text[w.end:dl.start()]) and not bf:
            dl = None
        if bf is None and dl is None:
            helped = _helped_by_supplied(view, actors, w)
            if helped is not None:  # "R's advance was helped by W supplied by S" (round 77)
                out.extend(_ctx_fact(view, helped[0], helped[1], w, "A12", "supplied", 0.6))
                done.add(id(w))
            continue
        lo = clause_start(text, w.start)
        if hedged(text[lo:w.start]):
            continue
        sup = None
        if bf is not None:
            g = group_after(actors, text, w.end + bf.end(), max_gap=6)
            sup = g.actors[0].key if g and not g.actors[0].person else None
        if sup is None:
            sa = _supplier_of_weapon(view, actors, w)
            sup = sa.key if sa and not sa.person else None
        rec = None
        if bf is not None and bf.group("by"):
            g = group_after(actors, text, w.end + bf.start("by"), max_gap=6)
            rec = g.actors[0].key if g and not g.actors[0].person else None
        if rec is None and dl is not None:
            tp = _TO_PLACE.match(text[dl.end():])
            if tp:
                g = group_after(actors, text, dl.end() + tp.end(), max_gap=10)
                if g and not g.actors[0].person:
                    rec = g.actors[0].key
                else:  # "unloaded at the port of Taipei": the state of the place
                    place = next((m for m in view.mentions if m.place()
                                  and dl.end() + tp.end() <= m.start <= dl.end() + tp.end() + 30),
                                 None)
                    if place is not None:
                        rec = _state_of_place(place)
        agents: list[str] = []
        if bf is None and dl is not None and dl.group("v"):
            # "Twelve boats were handed over to Yemen's navy by Saudi Arabia": the agent(s),
            # before the possessive of the weapon ("Ukraine's Patriots were supplied by ...")
            by = _AGENT_BY.match(text, dl.end())
            g = group_after(actors, text, by.end(), max_gap=4) if by else None
            if g is not None and not g.actors[0].person and g.actors[0].key and \
                    g.actors[0].key != rec:
                sup = g.actors[0].key
                agents = [k for k in _co_states(g) if k != sup]
        if not agents and sup is not None:
            # "Patriot batteries promised by Germany and the Netherlands arrived in Ukraine":
            # each state of the list after the participle (round 66)
            pb = _PARTICIPLE_BY.match(text, w.end)
            g = group_after(actors, text, pb.end(), max_gap=2) if pb else None
            if g is not None and g.actors[0].key == sup:
                agents = [k for k in _co_states(g) if k != sup and k != rec]
        if rec is None and (bf is not None or agents or (sup and dl is not None and dl.group(
                "v"))):
            # "Chile's frigates, bought from ...", "Ukraine's Patriots were supplied by ..."
            owner = _owner_of(actors, text, w) or _group_owner(actors, text, w)
            rec = owner.key if owner is not None else None
        if rec is None and bf is not None:
            # "Bangladesh's air force now flies 16 J-10C jets bought from China": the user
            # ("Armenia's arsenal includes Smerch launchers purchased from Russia": round 65)
            rec = _user_of(actors, text, lo, w) or _forces_holder(actors, text, w) \
                or _helped_owner(actors, text, lo, w)
        elif rec is None and agents == [] and sup is not None:
            # "The Houthis fire Samad drones that experts say were supplied by Iran": the
            # subject that fires or flies them received them
            rec = _user_of(actors, text, lo, w, fire=True)
        if sup is None and bf is None:
            continue  # "the planes were sent to the front": nothing says a transfer
        if sup == rec:
            continue
        verb = dl.group(0).lower() if dl is not None else "ordered"
        for one in [sup, *agents]:
            for f in _ctx_fact(view, one, rec, w, "A12", verb, 0.6):
                f["_needs_supplier"] = one is None
                f["_needs_recipient_ctx"] = rec is None
                out.append(f)
        done.add(id(w))
    return out


_OFFER_NOUN = caseless(r"\b(?P<n>offers?|packages?|tranches?|consignments?|deals?|contracts?)\b",
                      needs=("offer", "package", "tranche", "consignment", "deal", "contract"))
# between the supplier and the noun: "A French package", "Berlin's latest $500 million package"
_OFFER_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:new|latest|fresh|first|second|third|next|final|"
                        r"revised|improved|rival|competing|earlier|military|arms|weapons?|"
                        r"defen[cs]e|aid|security|[$€£]?[\d.,]+\s*(?:million|billion|bn|m)?"
                        r"(?:[-\s](?:dollar|euro|pound))?)\s+){0,3}", re.I)
_OFFER_ITEMS = re.compile(r"\s+(?:(?:signed|agreed|announced|unveiled|approved|made|tabled|"
                          r"presented)\b[^,;.]{0,30}?\s+)?(?:also\s+)?(?:of|includ(?:es|ed|ing)|"
                          r"cover(?:s|ed|ing)?|contain(?:s|ed|ing)?|compris(?:es|ed|ing))\s+",
                          re.I)
_OFFER_TO = re.compile(r"[^.;]{0,40}?\b(?:to|for|reached|arrived\s+in|delivered\s+to)\s+"
                       r"(?:the\s+)?", re.I)


def _offers(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A14: "A French package of three radars reached Armenia", "the Swedish offer includes 17
    fighters", "an Ankara deal also covers drones for the Somali army": the state on the noun
    supplies (for a deal or contract only when a recipient other than it is named: "a Polish
    contract for tanks" is the buyer's)."""
    text = view.text
    out = []
    for n in _OFFER_NOUN.finditer(text):
        a = next((a for a in reversed(actors) if a.end <= n.start()), None)
        if a is None or a.person or not a.key or not _OFFER_GAP.fullmatch(text, a.end, n.start()):
            continue
        rec = None
        at = n.end()
        pre = re.match(r"\s+(?:for|to)\s+", text[at:at + 12])
        if pre:  # "the Italian package for Egypt includes ..."
            g = group_after(actors, text, at + pre.end(), max_gap=5)
            if g is not None and not g.actors[0].person and not g.actors[0].demonym:
                rec, at = g.actors[0].key, g.end
        items = _OFFER_ITEMS.match(text, at)
        if items is None:
            continue
        lo = clause_start(text, a.start)
        if hedged(text[lo:a.start]):
            continue
        ws = [w for w in weapons_in(view, items.end(), len(text)) if id(w) not in done]
        if not ws or ws[0].start - items.end() > 30:
            continue
        to = _OFFER_TO.match(text, ws[-1].end) if rec is None else None
        if to:
            g = group_after(actors, text, to.end(), max_gap=6)
            if g is not None and not g.actors[0].person and (
                    not g.actors[0].demonym or re.match(r"\s+(?:army|armed\s+forces|military|"
                                                        r"navy|air\s+force|government|forces)\b",
                                                        text[g.end:])):
                rec = g.actors[0].key
        if rec == a.key or (n.group("n").lower().startswith(("deal", "contract")) and not rec):
            continue
        out.extend(transfer_facts(view, a.key, [rec], ws, "A14", n.group("n").lower(), conf=0.6))
        done.update(id(w) for w in ws)
    return out


# ("approved / announced the purchase of 32 F-35 jets from the United States": the subject
# buys, round 86)
_COMPLETED_THE = re.compile(r"\b(?:completed|finali[sz]ed|concluded|closed|sealed|approved|"
                            r"authori[sz]ed|announced|signed\s+off\s+on)\s+(?:its\s+|the\s+)"
                            r"(?:[\w-]+\s+)?$", re.I)
# "approved the purchase of W": the approver buys, it does not supply (A15 reads it)
_BUYING_OF = re.compile(r"\s+(?:the\s+|its\s+)(?:[\w-]+\s+)?(?:purchase|acquisition|procurement)s?"
                        r"\s+of\b", re.I)
_PURCHASE_OF = caseless(r"\b(?:purchases?|acquisitions?|procurement)\s+of\s+",
                       needs=("purchase", "acquisition", "procurement"))


def _purchases(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A15: "Saudi Arabia paid for the purchase of French howitzers by Lebanon": the buyer after
    "by", the seller on the weapon or after "from"; whoever pays or approves is neither."""
    text = view.text
    out = []
    for p in _PURCHASE_OF.finditer(text):
        ws = [w for w in weapons_in(view, p.end(), len(text)) if id(w) not in done]
        if not ws or ws[0].start - p.end() > 30:
            continue
        by = re.match(r"\s+by\s+(?:the\s+)?", text[ws[-1].end:ws[-1].end + 12])
        g = group_after(actors, text, ws[-1].end + by.end(), max_gap=4) if by else None
        at = g.end if g is not None else ws[-1].end
        buyer = next((a for a in reversed(actors) if a.end <= p.start()), None)
        if g is None and buyer is not None and not buyer.person and not buyer.demonym \
                and buyer.key and re.fullmatch(r"['’]s\s+(?:(?:new|latest|first|planned|"
                                               r"earlier|recent)\s+)?", text[buyer.end:p.start()]):
            g = Group([buyer])  # "Taiwan's purchase of 108 Abrams tanks from the United States"
        done_verb = _COMPLETED_THE.search(text, max(0, p.start() - 40), p.start()) \
            if g is None else None
        if done_verb is not None:
            # "Greece completed the purchase of 24 Rafale jets from France": its subject buys
            # (round 69)
            subj = subject_before(actors, text, done_verb.start())
            if subj is not None and not subj.actors[-1].person and not subj.actors[-1].demonym:
                g = Group([subj.actors[-1]])
        if g is None or g.actors[0].person or not g.actors[0].key:
            continue
        sa = _supplier_of_weapon(view, actors, ws[0])
        if sa is None:
            frm = re.match(r"\s+from\s+", text[at:at + 10])
            h = group_after(actors, text, at + frm.end(), max_gap=4) if frm else None
            sa = h.actors[0] if h is not None else None
        if sa is None or sa.person or not sa.key or sa.key == g.actors[0].key \
                or _HEDGE.search(text[clause_start(text, p.start()):p.start()][-50:]):
            continue
        out.extend(transfer_facts(view, sa.key, [g.actors[0].key], ws, "A15", "purchase", conf=0.6))
        done.update(id(w) for w in ws)
    return out


def _state_of_place(m: Mention) -> str | None:
    from kg.link.gazetteer import Gazetteer
    from kg.link.places import places_for

    return places_for(Gazetteer.load()).state_of(m.place())


_OWNER_LIST = re.compile(r"(?P<owner>\S+?)(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:jets|aircraft|planes|fighters|"
                         r"warplanes|drones|tanks|ships|warships|helicopters|missiles|systems)"
                         r",?\s+(?:including|among\s+them|such\s+as)\s+(?:[\w-]+\s+){0,2}$",
                         re.I)


def _owned_origin(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A13: "five Indian jets, including three French-made Rafale fighters": the made-in
    state supplied the owner named on the list the weapon belongs to."""
    text = view.text
    out = []
    for w in [m for m in view.mentions if m.category and id(m) not in done]:
        origin = None
        for a in reversed([a for a in actors if a.end <= w.start and w.start - a.end <= 30]):
            gap = text[a.end:w.start]
            if SUPPLIED_RE.match(gap) and re.fullmatch(r"[-‑]\w+\s+(?:[\w“”\"-]+\s+){0,2}", gap):
                origin = a
            break
        if origin is None or not origin.key:
            continue
        owner = next((a for a in reversed(actors) if a.end <= origin.start and a.key
                      and not a.person and origin.start - a.end <= 80
                      and _OWNER_LIST.fullmatch(text[a.start:origin.start])), None)
        if owner is None or owner.key == origin.key:
            continue
        out.extend(transfer_facts(view, origin.key, [owner.key], [w], "A13", "supplied", 0.6))
        done.add(id(w))
    return out


_BUYER = re.compile(r"\b(?:buyer|customer|purchaser|importer|operator)s?\s+of\s+(?:the\s+)?", re.I)
_REL_BUYER = re.compile(r"^\s*,\s*(?:which|that)\s+(?:the\s+)?", re.I)
_BUY_VERB = re.compile(r"^\s+(?:had\s+|has\s+|have\s+)?(?:agreed\s+to\s+buy|bought|ordered|"
                       r"purchased|acquired|signed\s+(?:up\s+)?(?:to\s+buy|for)|received|"
                       r"took\s+delivery\s+of)\b", re.I)


def _buyers(view: SentView, actors: list[Actor], done: set[int]) -> list[dict[str, Any]]:
    """A13: "Armenia became the first foreign buyer of India's ATAGS howitzer"; "F-16 jets,
    which Taipei agreed to buy in 2019" (the supplier on the weapon or from the article)."""
    text = view.text
    out = []
    for b in _BUYER.finditer(text):
        ws = [w for w in view.mentions if w.category and id(w) not in done
              and 0 <= w.start - b.end() <= 25]
        subj = subject_before(actors, text, b.start())
        if not ws or subj is None or subj.actors[-1].person or not subj.actors[-1].key:
            continue
        sa = _supplier_of_weapon(view, actors, ws[0])
        sup = sa.key if sa is not None and not sa.person else None
        for f in transfer_facts(view, sup, [subj.actors[-1].key], ws[:1], "A13", "bought", 0.6):
            f["_needs_supplier"] = sup is None
            out.append(f)
        done.add(id(ws[0]))
    for w in [m for m in view.mentions if m.category and id(m) not in done]:
        rel = _REL_BUYER.match(text[w.end:])
        if not rel:
            continue
        g = group_after(actors, text, w.end + rel.end(), max_gap=4)
        if g is None or g.actors[0].person or not _BUY_VERB.match(text[g.end:]):
            continue
        sa = _supplier_of_weapon(view, actors, w)
        sup = sa.key if sa is not None and not sa.person else None
        for f in transfer_facts(view, sup, [g.actors[0].key], [w], "A13", "bought", 0.6):
            f["_needs_supplier"] = sup is None
            out.append(f)
        done.add(id(w))
    return out


def _listed(view: SentView, found: list[dict[str, Any]], done: set[int]) -> list[dict[str, Any]]:
    """A11: weapons listed after "include(s)", "covers", "as well as" in a sentence that tells
    no transfer and no attack of its own: more items of the transfer told before."""
    text = view.text
    if any(f["_sent"] == view.index and not f.get("_relation") for f in found) \
            or _ATTACK_VERB.search(text):
        return []
    lv = _LIST_VERB.search(text)
    if lv is None:
        return []
    lo = clause_start(text, lv.start())
    before = text[lo:lv.start()]
    if lv.group(0).lower().startswith("accompanied"):
        before = _BE_ACCOMPANIED.sub("", before)
    if hedged(before) or _DENIED_REPORT.search(text) \
            or _CONDITION.match(text):
        return []  # ("The package would also include ...": its stated content; round 47)
    if _RELY.search(before):
        return []  # "It relies on Iranian weaponry, including ...": an arsenal, A16's
    ws = [w for w in view.mentions if w.category and id(w) not in done and w.start >= lv.start()
          and not re.search(r"\banti[-‑]\s*$", text[max(0, w.start - 6):w.start], re.I)]
    if not ws or ws[0].start - lv.end() > 40:
        return []
    out = []
    for w in ws:
        for f in _ctx_fact(view, None, None, w, "A11", "listed", 0.55):
            f["_carry"] = True
            out.append(f)
        done.add(id(w))
    return out


# A8c: "Mali's army paraded three Turkish-built Akinci drones", "Kyiv's brigades now operate
# Swedish-built CV90 vehicles", "The air force also flies Chinese-built jets": a force that
# holds a weapon whose supplier is only the adjective on it ("fielded Iranian-made drones" and
# "used ... in the attack" are the maker's mark, not a supply: A8 keeps those apart)
_HOLD_VERB = caseless(r"\b(?:parad(?:e|es|ed|ing)|show(?:s|ed|ing)?\s+off|unveil(?:s|ed|ing)?|"
                      r"display(?:s|ed|ing)?|induct(?:s|ed|ing)?|operat(?:e|es|ed|ing)|"
                      r"fl(?:y|ies|ew|own|ying)|deploy(?:s|ed|ing)?|"
                      r"(?:has|have|had)\s+(?:been\s+)?(?:flying|operating))\b",
                      needs=("parad", "show", "unveil", "display", "induct", "operat", "fl",
                             "deploy"))
_ADJ_SUPPLIER = re.compile(r"[-‑](?:supplied|provided|donated|gifted|built|made|manufactured)\s+"
                           r"(?:[\w“”\"-]+\s+){0,2}$", re.I)
# "Kyiv's mechanised brigades now": the owner of the force before its verb
_FORCE_OF = re.compile(rf"['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:{SERVICES}|forces|troops|brigades|"
                       r"battalions|regiments|divisions|units|pilots|crews|squadrons|"
                       r"coast\s+guard|marines)\s+(?:(?:now|also|already|recently|still|"
                       r"itself|themselves|has|have|had)\s+){0,2}$", re.I)


def _force_owner(actors: list[Actor], text: str, pos: int) -> Actor | None:
    """The state or group whose forces are the subject of the verb at ``pos``."""
    lo = clause_start(text, pos)
    for a in reversed([a for a in actors if lo <= a.start and a.end <= pos]):
        if a.key and not a.person and not a.demonym and _FORCE_OF.fullmatch(text, a.end, pos):
            return a
        break
    return None


def _made_in_holders(view: SentView, actors: list[Actor], done: set[int]
                     ) -> list[dict[str, Any]]:
    """A8c: the holder of an "X-built" weapon received it from X (the holder's forces named
    by a possessive, or "the air force" of the article's state, kg.extract.records)."""
    text = view.text
    out = []
    for v in _HOLD_VERB.finditer(text):
        lo = clause_start(text, v.start())
        if hedged(text[lo:v.start()]) or _ALLOW.search(
                text[lo:v.start()]):
            continue
        w = next((m for m in view.mentions if m.category and id(m) not in done
                  and v.end() <= m.start <= v.end() + 40), None)
        if w is None or not re.fullmatch(rf"\s+(?:(?:{NUMBER_RE}|more|new|its|their|the)\s+)*"
                                         r"[\w-]*\s*(?:[\w“”\"-]+\s+){0,2}", text[v.end():w.start]):
            continue
        if re.match(r"[^.;,]{0,40}?\b(?:against|into|to\s+(?:strike|attack|hit|bomb))\b",
                    text[w.end:]):
            continue  # "Russia's forces flew Iranian-made drones into Kyiv": an attack
        maker = next((a for a in reversed(actors) if a.end <= w.start
                      and _ADJ_SUPPLIER.fullmatch(text, a.end, w.start)), None)
        if maker is None or not maker.key or maker.person or maker.start < v.end():
            continue
        owner = _force_owner(actors, text, v.start())
        home = _HOME_FORCES.search(text, lo, v.start()) if owner is None else None
        if owner is None and (home is None or home.end() != v.start()
                              or subject_before(actors, text, v.start()) is not None):
            continue
        rec = owner.key if owner is not None else None
        if rec == maker.key:
            continue
        for f in transfer_facts(view, maker.key, [rec], [w], "A8", "used", conf=0.6):
            f["status"] = "delivered"
            f["_needs_recipient_ctx"] = rec is None
            out.append(f)
        done.add(id(w))
    return out


# "an arsenal of Sayyad missiles provided by Tehran, which the rebels have fired at drones":
# the holder named in a relative clause after the by-phrase, or the arsenal's possessor
_HOLDER_REL = re.compile(r"\s*,?\s*(?:which|that)\s+", re.I)
_HOLDER_VERB = re.compile(r"\s+(?:(?:has|have|had|also|now|since|already|repeatedly)\s+){0,2}"
                          r"(?:fired|used|launched|flown|deployed|fielded|fire|use|launch|fly|"
                          r"deploy|field|operate|operated)\b", re.I)
_ARSENAL_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:arsenal|stockpile|stocks?|inventory)\s+"
                         r"of\s+(?:[\w-]+\s+){0,2}?$", re.I)


def _arsenal_holders(view: SentView, actors: list[Actor], done: set[int]
                     ) -> list[dict[str, Any]]:
    """A8d: "W provided by X" with no subject that holds it: the holder is the one that fires
    or uses W in the relative clause after, or the possessor of "X's arsenal of W"."""
    text = view.text
    out = []
    for w in [m for m in view.mentions if m.category and id(m) not in done]:
        by = _GIVEN_BY.match(text, w.end)
        if by is None or _HEDGE.search(text[clause_start(text, w.start):w.start][-50:]):
            continue
        g = group_after(actors, text, by.end(), max_gap=4)
        if g is None or g.actors[0].person or not g.actors[0].key:
            continue
        holder = None
        rel = _HOLDER_REL.match(text, g.end)
        if rel:
            h = group_after(actors, text, rel.end(), max_gap=4)
            if h is not None and _HOLDER_VERB.match(text, h.end):
                holder = h.actors[0]
        if holder is None:
            holder = next((a for a in reversed(actors) if a.end <= w.start
                           and _ARSENAL_OF.fullmatch(text, a.end, w.start)), None)
        if holder is None or holder.person or not holder.key or holder.key == g.actors[0].key:
            continue
        out.extend(transfer_facts(view, g.actors[0].key, [holder.key], [w], "A8", "supplied",
                          conf=0.6))
        done.add(id(w))
    return out


# "accuse Caracas of arming the rebels, saying Venezuela has provided its fighters with Igla
# missiles": the fighters of the armed group named before in the sentence
_FIGHTERS_WITH = caseless(r"\b(?P<v>provid(?:e|es|ed|ing)|suppl(?:y|ies|ied|ying)|"
                          r"arm(?:s|ed|ing)?|equip(?:s|ped|ping)?)\s+(?:its|their|the\s+group['’]s)"
                          r"\s+(?:[\w-]+\s+)?(?:fighters|militants|guerrillas|militiamen|"
                          r"insurgents|members|cells|units)\s+with\s+",
                          needs=("provid", "suppl", "arm", "equip"))


def _group_fighters(view: SentView, actors: list[Actor], done: set[int]
                    ) -> list[dict[str, Any]]:
    """A1g: "X has provided its fighters with W" after the group is named in the sentence:
    the group received W (its own fighters when X is that group: no transfer)."""
    text = view.text
    out = []
    for m in _FIGHTERS_WITH.finditer(text):
        lo = clause_start(text, m.start())
        if hedged(text[lo:m.start()]) or _DENIED_REPORT.search(
                text[:m.start()]):
            continue
        subj = subject_before(actors, text, m.start())
        if subj is None or subj.actors[-1].person or not subj.actors[-1].key:
            continue
        supplier = subj.actors[-1].key
        group = next((a for a in reversed(actors) if a.end <= subj.start and a.key
                      and a.key.startswith("org/") and not a.person and (
                          a.mention is None or a.mention.of_type("ArmedGroup"))), None)
        if group is None or group.key == supplier:
            continue
        ws = [w for w in weapons_in(view, m.end(), len(text)) if id(w) not in done]
        if not ws or ws[0].start - m.end() > 40:
            continue
        out.extend(transfer_facts(view, supplier, [group.key], ws, "A1", m.group("v"), conf=0.6))
        done.update(id(w) for w in ws)
    return out


_ARRIVE_IN = re.compile(r"[^.;,]{0,40}?\b(?:arriv(?:e|es|ed|ing)|land(?:s|ed)?)\s+in\s+", re.I)


def _arrival_in(view: SentView, actors: list[Actor], pos: int) -> Group | None:
    """"Washington's contribution of 12 helicopters is due to arrive in Bogota": the state
    (or a place of it) the items arrive in receives them."""
    m = _ARRIVE_IN.match(view.text, pos)
    if m is None:
        return None
    g = group_after(actors, view.text, m.end(), max_gap=4)
    if g is not None and not g.actors[0].person and (g.actors[0].key or "").startswith("state/"):
        return g
    place = next((p for p in view.mentions if p.place() and m.end() <= p.start <= m.end() + 4),
                 None)
    state = _state_of_place(place) if place is not None else None
    return Group([Actor(place.start, place.end, state)]) if state else None
