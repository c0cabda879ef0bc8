"""The state of a bare title whose office the sentence before told with a state and no name.

"Cambodia's defence minister on Monday accused Thailand of ... . Defence Minister X said his
country would not back down and accused Bangkok of ...": the second sentence names the holder
of the office the first announced, so X is Cambodia's, not the dateline's (a Bangkok dateline)
nor the accused's. Read only for a title with no state of its own, when exactly one state's
office of the same kind was told with no name in the one or two sentences before (roles'
``_bare``, which R10 also reads), so the cue is the nearest antecedent and of the same office.
"""

from __future__ import annotations

from collections.abc import Callable


def announced_office_state(bare: dict[str, tuple[str, int]], office: str, index: int,
                           norm_office: Callable[[str], str]) -> str | None:
    """The one state whose ``office`` (normalised) was told with no name in the two sentences
    before sentence ``index``, or None (none, or several: a guess)."""
    states = [st for st, (title, at) in bare.items()
              if 0 < index - at <= 2 and norm_office(title) == office]
    return states[0] if len(states) == 1 else None
