"""Shared helpers of the extraction rule tests: extract one text, return gold-shaped facts."""

from __future__ import annotations

from collections.abc import Callable

from kg.extract.records import extract_text, record_to_gold_facts


def make_helpers(published: str, headline: bool = True) -> tuple[Callable[..., list[dict]],
                                                                 Callable[..., dict]]:
    """`facts(text, kind=None)` and `one(text, kind)` with `published` as the default date; a
    dummy headline goes before the text unless `headline` is False (texts that bring their own
    headline and dateline, as a whole article does)."""
    lead = "Headline\n\n" if headline else ""

    def facts(text: str, kind: str | None = None, published: str = published) -> list[dict]:
        rec = extract_text(lead + text, published=published)
        out = record_to_gold_facts(rec)["facts"]
        return [f for f in out if kind is None or f["type"] == kind]

    def one(text: str, kind: str, published: str = published) -> dict:
        fs = facts(text, kind, published)
        assert len(fs) == 1, fs
        return fs[0]

    return facts, one


def make_keys(facts: Callable[..., list[dict]]) -> tuple[Callable[..., set[tuple]],
                                                           Callable[..., set[tuple]]]:
    """`transfers(text)` -> {(supplier, recipient, weapon)} and `roles(text)` ->
    {(person, role, country)}: the identity of each fact, as most rule tests compare it."""

    def transfers(text: str, **kw) -> set[tuple]:
        return {(f["supplier"], f["recipient"], f["weapon"])
                for f in facts(text, "ArmsTransfer", **kw)}

    def roles(text: str, **kw) -> set[tuple]:
        return {(f["person"], f["role"], f["country"]) for f in facts(text, "LeaderRole", **kw)}

    return transfers, roles


def make_transfer_views(facts: Callable[..., list[dict]]) -> tuple[Callable[..., set[tuple]],
                                                                     Callable[..., dict]]:
    """`pairs(text)` -> {(supplier, recipient)} and `quantities(text)` -> {weapon: quantity}:
    the two views of arms transfers that the transfer rule tests compare most."""

    def pairs(text: str, **kw) -> set[tuple]:
        return {(f["supplier"], f["recipient"]) for f in facts(text, "ArmsTransfer", **kw)}

    def quantities(text: str, **kw) -> dict[str, int | None]:
        return {f["weapon"]: f["quantity"] for f in facts(text, "ArmsTransfer", **kw)}

    return pairs, quantities


def make_open_transfer_keys(facts: Callable[..., list[dict]]
                            ) -> tuple[Callable[..., set[tuple]], Callable[..., set[tuple]]]:
    """`transfers(text)` -> {(supplier, recipient, weapon)} and `pairs(text)` -> {(supplier,
    recipient)}, a missing recipient as "": for tests of transfers whose recipient may be open."""

    def transfers(text: str) -> set[tuple]:
        return {(f["supplier"], f["recipient"] or "", f["weapon"])
                for f in facts(text, "ArmsTransfer")}

    def pairs(text: str) -> set[tuple]:
        return {(f["supplier"], f["recipient"] or "") for f in facts(text, "ArmsTransfer")}

    return transfers, pairs


def make_strike_view(facts: Callable[..., list[dict]]) -> Callable[..., set[tuple]]:
    """`strikes(text)` -> {(attacker, target_place, date)}: a strike's identity as the strike
    rule tests compare it."""

    def strikes(text: str, **kw) -> set[tuple]:
        return {(f["attacker"], f["target_place"], f["date"]) for f in facts(text, "Strike", **kw)}

    return strikes


def make_side_view(facts: Callable[..., list[dict]]) -> Callable[..., set[tuple]]:
    """`sides(text)` -> {(attacker, target_place)}: who struck where, as the round tests compare
    strikes."""

    def sides(text: str, **kw) -> set[tuple]:
        return {(f["attacker"], f["target_place"]) for f in facts(text, "Strike", **kw)}

    return sides


def make_transfer_tuples(facts: Callable[..., list[dict]]) -> tuple[Callable[..., set[tuple]],
                                                                      Callable[..., set[tuple]]]:
    """`transfers(text)` -> {(supplier, recipient, weapon, quantity)} and `pairs(text)` ->
    {(supplier, recipient)}: the transfer rule tests that check quantities too."""

    def transfers(text: str, **kw) -> set[tuple]:
        return {(f["supplier"], f["recipient"], f["weapon"], f["quantity"])
                for f in facts(text, "ArmsTransfer", **kw)}

    def pairs(text: str, **kw) -> set[tuple]:
        return {(s, r) for s, r, _, _ in transfers(text, **kw)}

    return transfers, pairs


def make_article(published: str) -> Callable[..., str]:
    """`article(*paragraphs, published=...)`: a whole article (a dummy headline, the date line,
    the paragraphs with blank lines between), for helpers made with headline=False."""

    def article(*paragraphs: str, published: str = published) -> str:
        return "Head\n" + published + "\n\n" + "\n\n".join(paragraphs)

    return article


def dated(city: str, body: str, day: str = "Dec 1") -> str:
    """An article of one paragraph under a dummy headline and the dateline "CITY, Dec 1 (Staff) -"
    (for helpers made with headline=False)."""
    return f"Headline\n\n{city}, {day} (Staff) - {body}"


def strike_sides(of: Callable[..., list[dict]], text: str) -> list[tuple]:
    """The sorted (attacker, place) of the strikes `of` (a `facts` function) extracts, "" for
    a missing one."""
    return sorted((f["attacker"] or "", f["target_place"] or "") for f in of(text, "Strike"))


def strike_places(of: Callable[..., list[dict]], text: str) -> list[tuple]:
    """The sorted (attacker, place, country) of the strikes `of` extracts, "" for a missing one."""
    return sorted((f["attacker"] or "", f["target_place"] or "", f["target_country"] or "")
                  for f in of(text, "Strike"))


def role_pairs(of: Callable[..., list[dict]], text: str) -> set[tuple]:
    """The (person, country) of the roles `of` extracts."""
    return {(f["person"], f["country"]) for f in of(text, "LeaderRole")}


def party_sets(of: Callable[..., list[dict]], text: str) -> list[set]:
    """The parties of each treaty `of` extracts, in order."""
    return [set(f["parties"]) for f in of(text, "Treaty")]


def strike_key(s: dict) -> tuple:
    """A strike as most strike rule tests compare it: side, place, killed, day."""
    return s["attacker"], s["target_place"], s["killed"], s["date"]


def make_strike_list(facts: Callable[..., list[dict]]) -> Callable[..., list[dict]]:
    """`strikes(text, published=...)` -> the gold-shaped strikes of one text."""

    def strikes(text: str, *published: str) -> list[dict]:
        return facts(text, "Strike", *published)

    return strikes


def make_role_views(facts: Callable[..., list[dict]]) -> tuple[Callable[..., dict],
                                                                 Callable[..., set]]:
    """`states(text)` -> {person: country} of the roles and `parties(text)` -> {frozenset of
    parties} of the treaties: what the role and treaty rule tests compare most."""

    def states(text: str) -> dict[str, str]:
        return {f["person"]: f["country"] for f in facts(text, "LeaderRole")}

    def parties(text: str) -> set[frozenset]:
        return {frozenset(f["parties"]) for f in facts(text, "Treaty")}

    return states, parties



def transfer_triples(of: Callable[..., list[dict]], text: str) -> set[tuple]:
    """{(supplier, recipient, weapon)} of the text's transfers: the rule tests' usual view."""
    return {(f["supplier"], f["recipient"], f["weapon"]) for f in of(text, "ArmsTransfer")}


def wire(body: str, dateline: str = "KYIV", published: str = "2026-11-24",
         headline: str = "Head") -> str:
    """A one-paragraph article of our own as the round tests write it: headline, date, then
    "DATELINE — body"."""
    return f"{headline}\n{published}\n{dateline} — {body}"
