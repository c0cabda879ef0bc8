"""A bare title's state under a dateline of another country the article is not about (round 24).

"BRUSSELS — Moldova will buy two radars from France, the government in Chisinau announced ...
(new paragraph) Prime Minister X has asked parliament ...": the title names no state and neither
does its sentence, so the rules fell back to the dateline's Belgium, where the news was filed,
not whose minister spoke. The article's subject decides instead, but only when the whole lead
says so: the headline opens with the same state that opens the dateline's sentence, and the
dateline's state is named neither in the headline nor in that sentence (a Kyiv-datelined "Germany
will send ... to Ukraine" names the dateline's state, so its bare titles stay a guess).
"""

from __future__ import annotations


def subject_over_dateline(article_subject: str | None, headline_states: list[str],
                          dateline_state: str | None, lead_states: set[str]) -> str | None:
    """The article's subject for a bare title with no state in its sentence, when the dateline
    is of a state the lead does not name; else None."""
    if not article_subject or not dateline_state or article_subject == dateline_state:
        return None
    if not headline_states or headline_states[0] != article_subject:
        return None
    if dateline_state in headline_states or dateline_state in lead_states:
        return None
    return article_subject
