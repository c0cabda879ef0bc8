"""A headline's attack and the body's report of it, recognised by the toll they share.

"Shelling kills four in Kashmir border village" above "Indian shells hit the village of
Chakothi ..., killing four civilians": the headline names a broader place (a region its
gazetteer puts in the other country) and no attacker, so the attacker the discourse lends it
may be the wrong side; the count of dead (or wounded) is what the two tellings share.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

Strike = dict[str, Any]


def _sents(s: Strike) -> list[int]:
    return s.get("_sents", [s["_sent"]])


def _toll(s: Strike) -> tuple[int | None, int | None]:
    return s.get("killed"), s.get("injured")


def _same_toll(a: Strike, b: Strike) -> bool:
    """Both tell a count, and every count both tell agrees."""
    pairs = [(x, y) for x, y in zip(_toll(a), _toll(b), strict=True) if x is not None
             and y is not None]
    return bool(pairs) and all(x == y and x > 0 for x, y in pairs)


def _sides_fit(head: Strike, body: Strike) -> bool:
    """The same attacker, none, or the headline's lent attacker is the side the body says
    was hit (the discourse guessed the wrong side)."""
    a, b = head.get("attacker"), body.get("attacker")
    return not a or not b or a == b or a == body.get("target_country")


def headline_toll_twins(out: list[Strike], absorb: Callable[[Strike, Strike], None],
                        drop: set[int], lead_sents: int = 3) -> None:
    """Fold each headline-only strike into the one strike of the article's lead (its first
    `lead_sents` body sentences) that tells the same toll; the body keeps its place and
    attacker. Adds the folded headline strikes' ids to `drop`."""
    for head in out:
        if id(head) in drop or set(_sents(head)) != {0} or head.get("date"):
            continue
        twins = [o for o in out if o is not head and id(o) not in drop
                 and 0 < min(_sents(o)) <= lead_sents and _same_toll(head, o)
                 and _sides_fit(head, o) and not o.get("_again")]
        if len(twins) != 1:
            continue
        body = twins[0]
        keep = {k: body[k] for k in ("attacker", "target_place", "target_country", "_city")
                if k in body}
        absorb(body, head)
        body.update(keep)
        drop.add(id(head))
