"""The words without which an article cue cannot match, tested before the cue is searched.

kg.extract.article_cues searches each cue once over the whole article; on most articles the
cue is absent, and its search (a re.I alternation, a pattern opening on ``\\s+`` or on a
lookbehind) costs 0.05-0.2 ms per article, about a tenth of the extractor's time over all cues
(benchmarks' generated articles, 2026-12-05). A few ``in`` tests for words every match must
hold answer "absent" in microseconds. Each group below is read off its pattern: one of its
words stands in every match (a required alternation, or what all top-level branches share);
a cue has its match only when every group has a word in the article. Words of re.I cues are
in lower case (looked up in the lowered article); the others as the pattern spells them.
"""

from __future__ import annotations

from kg.extract import (approved_lists, approved_truces, counted_parties, crossed_lines,
                        deployments, downed_weapons, dozen_counts, drill_deployments,
                        former_governments, korean_made, maker_approvers, neighbour_recipients,
                        ordered_from, pair_signers, passive_sources, reexport_consent,
                        region_holdings, restocked, shot_down_objects, strikes,
                        unnamed_parties, unsigned_texts)
from kg.extract.article_cues import register_words

_BUYERS = ("buyer", "customer", "client", "recipient", "purchaser", "country")

# re.I cues (words in lower case)
register_words(deployments.DEPLOYMENT_CUE,
               ("sen", "deploy", "dispatch", "rushed", "moved", "ordered"),
               ("warship", "frigate", "destroyer", "cruiser", "corvette", "carrier", "strike",
                "troops", "soldiers", "marines", "vessels", "ships", "submarine", "patrol",
                "minesweeper", "naval", "task", "tanks", "vehicles", "artillery"),
               ("sea", "gulf", "ocean", "region", "waters", "strait", "mediterranean", "channel",
                "pacific", "atlantic", "baltic", "arctic", "area", "coast", "caribbean", "theatre",
                "theater", "border", "frontier", "force", "patrol", "mission"))
register_words(reexport_consent.CUE,
               ("approved", "cleared", "authori", "allowed", "permitted", "gave", "given",
                "granted", "backed", "agreed", "signed", "okayed", "green"))
register_words(unnamed_parties.UNNAMED_CUE,
               ("unnamed", "undisclosed", "unidentified", "anonymous", "without", "not"), _BUYERS)
register_words(downed_weapons.CUE,
               ("brought", "shot", "downed", "intercepted", "destroyed", "landed", "crashed",
                "fell"))
register_words(approved_lists.CUE, ("approved", "cleared", "authori", "signed"))
register_words(drill_deployments.CUE,
               ("drill", "exercise", "war", "manoeuvres", "maneuvers", "patrols"),
               ("sending", "deploying", "dispatching", "mobili", "flying"))
register_words(restocked.CUE, ("rebuil", "replenish", "restock", "refill", "top"))
register_words(passive_sources.CUE, ("bought", "purchased", "acquired", "procured", "used"),
               ("from", "by"))
register_words(ordered_from.CUE, ("order", "bought", "purchased", "acquired"))
register_words(approved_truces.CUE, ("truce", "cease", "armistice"))
register_words(shot_down_objects.CUE, ("shoot", "intercept"))
# (a kg.extract.caseless pattern: its own needs, "us", stand in most articles)
register_words(strikes.USE_CUE, ("using", "used", "uses", "deploy", "employ"))

# case-sensitive cues (words as spelt in the pattern)
register_words(korean_made.CUE, ("Korean",))
register_words(unsigned_texts.CUE, ("sign",), ("not", "n’t", "n't", "yet", "neither", "without"))
register_words(crossed_lines.CUE, ("sen", "fl", "dispatch"),
               ("border", "line", "Line", "frontier", "boundary", "Boundary", "demarcation",
                "DMZ", "Demilitari"), ("across", "over"))
register_words(pair_signers.CUE, ("leaders", "presidents", "ministers", "premiers", "heads",
                                  "men", "women"),
               ("signed", "inked", "put"))
register_words(former_governments.CUE,
               ("former", "ousted", "toppled", "deposed", "previous", "fallen", "overthrown"),
               ("government", "regime"))
register_words(deployments.PLEDGE_CUE,
               ("Allies", "Leaders", "Countries", "Nations", "Members", "Partners", "Donors"))
register_words(region_holdings.CUE, ("signed",),
               ("region's", "region’s", "province's", "province’s", "state's", "state’s",
                "prefecture's", "prefecture’s"))
register_words(dozen_counts.DOZEN_CUE, ("ozen",))
register_words(maker_approvers.CUE,
               ("which", "approved", "cleared", "authori", "signed", "okayed"))
register_words(counted_parties.CUE,
               ("governments", "countries", "states", "nations", "juntas"))
register_words(neighbour_recipients.NEIGHBOUR_CUE, ("neighbo",))
register_words(unnamed_parties.COUNTED_SELLERS_CUE, ("from",),
               ("capitals", "countries", "allies", "partners", "states", "governments", "nations"))
