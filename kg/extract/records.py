"""Assemble an article's facts: run the rules on every sentence, merge what repeats, and build
the article record (docs/design.md) or the gold-shaped facts (../shared/dev/GOLD.md).

Merging, per article:

* roles: one per (person, state)
* treaties: one per set of parties; a mention without a signing verb only adds details
  (duration, kind) to a signed treaty with the same parties
* strikes: one per (attacker, place hit); a strike without a place joins the one strike of the
  same attacker (and country) that has one, a strike without an attacker joins the one at the
  same place; counts take the largest figure, the date the first one given
* transfers: one per (supplier, recipient, weapon); a bare "missiles" joins "ballistic
  missiles" of the same pair, unnamed drones join the one named drone system of that pair
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from kg.extract import EXTRACTOR, VERSION
from kg.extract import strikes as strike_rules
from kg.extract.built_by_makers import built_by_suppliers
from kg.extract.calibration import Calibration, default_calibration
from kg.extract.article_cues import ArticleCues
from kg.extract import cue_words  # noqa: F401  (the words each article cue needs)
from kg.extract.base_users import unless_base_user
from kg.extract.later_durations import later_duration
from kg.extract.lead_places import refine_lead_places
from kg.extract.accused_of_striking import (accused_attackers, accused_backers,
                                             accused_of_striking)
from kg.extract.among_targets import absorb_among_targets
from kg.extract.supplied_launches import drop_supplied_launches
from kg.extract.said_retold_targets import absorb_said_retold_targets
from kg.extract.attack_reports import (absorb_retold_targets, absorb_retold_tolls,
                                         again_by_lead_side, drop_area_tolls,
                                         fill_later_reports, fill_lead_report,
                                         settlement_retellings)
from kg.extract.barrages import one_barrage
from kg.extract.source_capitals import source_capitals_not_targets
from kg.extract.raid_places import one_raid_over_listed_places
from kg.extract.talks_venues import drop_talks_places
from kg.extract.acting_capitals import drop_acting_capitals
from kg.extract.cause_places import target_not_cause_place
from kg.extract.attack_trends import drop_attack_trends
from kg.extract.promised_interceptions import drop_promised_interceptions
from kg.extract.solidarity_motives import drop_motive_places
from kg.extract.spillover_debris import drop_spillover_debris
from kg.extract.stray_interceptors import drop_stray_interceptors
from kg.extract.summary_retellings import drop_summary_retellings
from kg.extract.supplier_not_attacker import supplier_is_not_attacker
from kg.extract.said_targeted import said_targeted_attacker
from kg.extract.supplied_users import supplied_users_attack
from kg.extract.strike_sides import located_site, own_forces_attacker, speaking_victim
from kg.extract.same_barrage import same_barrage_day
from kg.extract.same_time import same_time_day
from kg.extract.dateline_leads import town_after_dateline_lead
from kg.extract.after_clause_dates import CUE as AFTER_CUE, undate_vague_after
from kg.extract.placed_next import (CUE as PLACED_NEXT_CUE, place_dateline_lead,
                                   strike_placed_next)
from kg.extract.report_day_leads import day_after_report_lead
from kg.extract.listed_places import join_listed_places
from kg.extract.named_sites import one_operation_at_sites
from kg.extract.second_day_place import second_day_places
from kg.extract.summed_tolls import empty_summed_tolls
from kg.extract.region_retellings import join_region_retellings
from kg.extract.region_leads import join_region_leads
from kg.extract.river_names import drop_river_targets
from kg.extract.parallel_sites import parallel_sites
from kg.extract.claimed_which import claimed_which_attacker
from kg.extract.prelaunch_strikes import prelaunch_strikes
from kg.extract.restated_days import date_restated_targets
from kg.extract.included_sites import one_operation_over_included_sites
from kg.extract.killed_retellings import drop_killed_retellings, victim_is_not_attacker
from kg.extract.landing_places import place_where_it_landed
from kg.extract.also_told import mark_also_struck
from kg.extract.retold_sites import place_of_retold_site
from kg.extract.near_sites import site_near_town
from kg.extract.al_prefixed import keep_name_article
from kg.extract.named_facilities import keep_facility_kind
from kg.extract.whereabouts import drop_whereabouts
from kg.extract.claimed_regions import join_claimed_regions
from kg.extract.relative_capitals import capital_in_relative_clause
from kg.extract.descriptive_states import described_state
from kg.extract.qualified_regions import place_in_qualified_region
from kg.extract.bases_in_regions import base_before_region
from kg.extract.bases_named_next import bases_named_next
from kg.extract.ship_positions import positions_told_again
from kg.extract.background_series import drop_background_series
from kg.extract.possessed_fighters import fighters_of_subject
from kg.extract.army_claims import (army_claimed, army_operated, dateline_country,
                                     owner_is_not_attacker)
from kg.extract.first_such import first_such_attacker
from kg.extract.blamed_bombs import blamed_bombs
from kg.extract.same_wave import same_wave_side
from kg.extract.victim_sides import victim_not_attacker
from kg.extract.maker_sides import maker_not_attacker
from kg.extract.came_after import came_after_strikes
from kg.extract.hit_days_before import hit_days_before
from kg.extract.first_use import first_use_strikes
from kg.extract.dated_background import dated_background
from kg.extract.group_killings import group_killings
from kg.extract.killing_by import killings_by
from kg.extract.driven_bombs import driven_bombs
from kg.extract.capital_teller import possessive_teller
from kg.extract.town_in_region import drop_apposed_regions
from kg.extract.relative_fire import relative_clause_attacker
from kg.extract.reporting_victim import reporter_is_not_attacker
from kg.extract.own_army import own_army_attacker
from kg.extract.definite_weapon import weapon_told_before
from kg.extract.member_agents import member_agents
from kg.extract.named_forces import state_of_named_forces
from kg.extract.later_claims import later_claims
from kg.extract.held_areas import held_area_strikes
from kg.extract.unclaimed_bombers import unclaimed_bombers
from kg.extract.blast_tolls import blast_tolls
from kg.extract.claimed_killings import claimed_killings
from kg.extract.downed_craft import downed_craft
from kg.extract.retold_strike import side_of_retold_strike
from kg.extract.weapon_makers import maker_is_not_attacker
from kg.extract.made_weapon_users import made_weapon_users
from kg.extract.downed_sides import downed_sides
from kg.extract.pronoun_speakers import pronoun_speakers
from kg.extract.relative_blame import relative_blame
from kg.extract.appended_attributions import appended_attributions
from kg.extract.launch_sides import launch_sides
from kg.extract.claimed_death_tolls import claimed_death_tolls
from kg.extract.supplied_weapon_users import supplied_weapon_users
from kg.extract.reported_operations import reported_operations
from kg.extract.headline_clauses import headline_side_in_other_clause
from kg.extract.headline_twins import headline_toll_twins
from kg.extract.headline_regions import drop_headline_regions
from kg.extract.purchase_deals import purchase_treaties
from kg.extract.ordered_from import CUE as ORDERED_CUE
from kg.extract.ordered_from import ordered_from
from kg.extract.clause_parties import clause_transfers
from kg.extract.relative_supply import relative_transfers
from kg.extract.contract_clauses import contract_clause_transfers
from kg.extract.which_it_buys import which_it_buys
from kg.extract.restocked import CUE as RESTOCKED_CUE
from kg.extract.restocked import restocked_transfers
from kg.extract.carried_supply import carried_transfers
from kg.extract.own_one import own_one_transfers
from kg.extract.faced_weapons import drop_faced_weapons
from kg.extract.downed_weapons import CUE as DOWNED_CUE
from kg.extract.downed_weapons import drop_downed_weapons
from kg.extract.administration_supply import administration_transfers, one_system_twice
from kg.extract.administration_subject import administration_subject_transfers
from kg.extract.ranked_rulers import ranked_ruler_roles
from kg.extract.cued_suppliers import (agent_transfers, fill_cued_suppliers,
                                      place_recipients)
from kg.extract.corridor_supply import corridor_transfers
from kg.extract.unnamed_parties import (COUNTED_SELLERS_CUE, UNNAMED_CUE, drop_counted_sellers,
                                        drop_unnamed_buyers)
from kg.extract.weapon_users import fill_weapon_users
from kg.extract.arsenal_owner import arsenal_transfers, group_weapons_supplied
from kg.extract.sale_approvals import approval_transfers
from kg.extract.further_items import further_item_transfers
from kg.extract.it_ordered import it_ordered_transfers
from kg.extract.each_send import each_send_transfers
from kg.extract.continued_deliveries import continued_delivery_transfers
from kg.extract.elided_items import elided_item_transfers
from kg.extract.also_supplied_by import also_supplied_transfers
from kg.extract.waiting_ordered import waiting_ordered_transfers
from kg.extract.pledged_supply import pledged_supply_transfers
from kg.extract.donated_by import donor_suppliers
from kg.extract.notified_sales import notified_sale_transfers
from kg.extract.supplied_to_clauses import supplied_to_transfers
from kg.extract.as_clause_weapons import drop_as_clause_weapons
from kg.extract.paused_shipments import paused_shipment_transfers
from kg.extract.same_models import same_model_transfers
from kg.extract.reversed_pairs import drop_reversed_guesses
from kg.extract.reexport_consent import CUE as CONSENT_CUE
from kg.extract.reexport_consent import consented_transfers
from kg.extract.financed_purchases import CUE as FINANCED_CUE
from kg.extract.financed_purchases import financed_transfers
from kg.extract.objecting_states import drop_objecting_recipients, objectors
from kg.extract.navy_yards import navy_yard_transfers
from kg.extract.approved_lists import CUE as APPROVED_CUE
from kg.extract.approved_lists import approved_list_transfers
from kg.extract.system_parts import drop_system_parts
from kg.extract.seat_states import brussels_as_capital
from kg.extract.counted_recipients import counted_recipients
from kg.extract.deployments import DEPLOYMENT_CUE, PLEDGE_CUE, drop_false_supply
from kg.extract.state_builds import state_build_transfers
from kg.extract.sentence_before_supply import sentence_before_transfers
from kg.extract.dozen_counts import DOZEN_CUE, dozen_quantities
from kg.extract.event_dated_signings import undate_event_relative
from kg.extract.neighbour_recipients import NEIGHBOUR_CUE, neighbour_recipients
from kg.extract.generic_beside_named import join_generic_to_named
from kg.extract.similar_deals import date_similar_deals
from kg.extract.coordinated_years import redate_coordinated_signing
from kg.extract.since_bought import since_bought_transfers
from kg.extract.shot_down_objects import CUE as SHOT_DOWN_CUE
from kg.extract.shot_down_objects import drop_shot_down_objects
from kg.extract.deal_covers import deal_covers_transfers
from kg.extract.korean_made import CUE as KOREAN_CUE
from kg.extract.korean_made import NORTH as NORTH_KOREA_CUE
from kg.extract.korean_made import korean_made_suppliers
from kg.extract.listed_suppliers import co_suppliers
from kg.extract.opposed_states import attacked_state, opposed_states
from kg.extract.carriers_told_before import carriers_told_before
from kg.extract.sentence_recipients import sentence_recipients
from kg.extract.seller_told_before import seller_told_before
from kg.extract.unloaded_ships import unloaded_ship_transfers
from kg.extract.arrived_with import arrived_with_transfers
from kg.extract.its_purchase import its_purchase_transfers
from kg.extract.guarded_skies import guarded_skies_transfers
from kg.extract.completed_deliveries import completed_delivery_transfers
from kg.extract.flown_supplied import flown_supplied_transfers
from kg.extract.air_force_lists import air_force_list_transfers
from kg.extract.downed_owners import downed_owner_recipients
from kg.extract.approved_builders import approved_builder_suppliers
from kg.extract.ally_suppliers import ally_supplied_transfers
from kg.extract.pilots_using import pilots_using_transfers
from kg.extract.campaign_supplied import campaign_supplied_transfers
from kg.extract.passive_sources import CUE as PASSIVE_CUE
from kg.extract.passive_sources import passive_source_transfers
from kg.extract.approved_exports import approved_export_transfers
from kg.extract.first_to_send import first_to_send_transfers
from kg.extract.package_items import package_item_transfers
from kg.extract.colon_packages import colon_package_transfers
from kg.extract.relative_before_to import relative_before_to_transfers
from kg.extract.passive_supply import CUE as PASSIVE_SUPPLY_CUE
from kg.extract.agentless_deliveries import CUE as AGENTLESS_CUE
from kg.extract.agentless_deliveries import agentless_delivery_transfers
from kg.extract.fronted_supply import CUE as FRONTED_CUE
from kg.extract.fronted_supply import fronted_supply_transfers
from kg.extract.turned_to_sellers import CUE as TURNED_TO_CUE
from kg.extract.turned_to_sellers import turned_to_transfers
from kg.extract.passive_supply import passive_supply_transfers
from kg.extract.paired_sources import paired_source_transfers
from kg.extract.followed_items import followed_item_transfers
from kg.extract.former_governments import CUE as FORMER_CUE
from kg.extract.former_governments import former_government_recipients, ousted_army_transfers
from kg.extract.relied_supplied import relied_supplied_transfers
from kg.extract.supplier_to import supplier_to_transfers
from kg.extract.listed_from import listed_from_transfers
from kg.extract.donating_which import donating_which_transfers
from kg.extract.clause_subject_supplier import clause_subject_suppliers
from kg.extract.epithet_supplier import epithet_supplier_transfers
from kg.extract.lifted_holds import lifted_hold_transfers
from kg.extract.armed_forces_of import armed_forces_transfers
from kg.extract.lead_receiver import lead_receiver_transfers
from kg.extract.followed_with import followed_with_transfers
from kg.extract.army_received import army_received_transfers
from kg.extract.also_delivered import also_delivered_transfers
from kg.extract.contract_sellers import contract_seller_transfers
from kg.extract.backed_forces import backed_forces_transfers
from kg.extract.told_before import just_before_named, take_named
from kg.extract.shared_heads import share_head_nouns
from kg.extract.replaced_pacts import replaced_pacts
from kg.extract.region_holdings import CUE as REGION_HOLDINGS_CUE
from kg.extract.region_holdings import drop_region_holdings
from kg.extract.relations_when import when_clause_parties
from kg.extract.established_relations import established_relations_treaties
from kg.extract.aid_memoranda import aid_memorandum_treaties
from kg.extract.approved_truces import CUE as TRUCE_CUE
from kg.extract.approved_truces import approved_truce_treaties
from kg.extract.unsigned_texts import CUE as UNSIGNED_CUE
from kg.extract.unsigned_texts import drop_unsigned
from kg.extract.deal_pair_supplier import supplier_pair_deals
from kg.extract.meeting_day import meeting_dated
from kg.extract.respective_treaties import respective_treaties
from kg.extract.relative_signers import relative_signings
from kg.extract.pronoun_with_which import pronoun_with_which_treaties
from kg.extract.purpose_signings import purpose_signing_treaties
from kg.extract.similar_accords import similar_accord_treaties
from kg.extract.similar_struck_pacts import struck_pact_treaties
from kg.extract.subject_similar_deals import subject_similar_treaties
from kg.extract.set_up_pacts import set_up_pact
from kg.extract.ceremony_pairs import ceremony_pair_treaties
from kg.extract.which_supplied import which_supplied_transfers
from kg.extract.while_contracts import while_contract_treaties
from kg.extract.turned_partners import CUE as TURNED_CUE
from kg.extract.turned_partners import turned_partner_treaty
from kg.extract.drill_deployments import CUE as DRILL_CUE
from kg.extract.drill_deployments import drop_drill_deployments
from kg.extract.made_users import made_user_transfers
from kg.extract.maker_operators import maker_operator_transfers
from kg.extract.sanctioned_suppliers import sanctioned_suppliers
from kg.extract.them_recipients import them_recipients
from kg.extract.its_approvers import its_approver_transfers
from kg.extract.began_supplying import began_supplying_transfers
from kg.extract.platform_for import drop_platforms
from kg.extract.crossed_lines import CUE as CROSSED_CUE
from kg.extract.crossed_lines import drop_crossings
from kg.extract.named_system import name_generic_systems
from kg.extract.angered_parties import CUE as ANGERED_CUE
from kg.extract.angered_parties import angered_state_replaced
from kg.extract.maker_approvers import CUE as MAKER_APPROVER_CUE
from kg.extract.maker_approvers import drop_maker_approvers
from kg.extract.pooled_suppliers import CUE as POOLED_CUE
from kg.extract.pooled_suppliers import drop_pooled_totals
from kg.extract.attack_makers import drop_attack_makers
from kg.extract.own_made_transfers import drop_own_made
from kg.extract.paired_parts import drop_paired_launchers
from kg.extract.named_share import named_share_transfers
from kg.extract.comma_counts import fill_comma_counts
from kg.extract.model_numbers import fix_model_numbers
from kg.extract.thanked_supplier import thanked_recipients
from kg.extract.interrupted_receiver import interrupted_receivers
from kg.extract.leader_forces import leader_forces_recipients
from kg.extract.arrival_of import arrival_transfers
from kg.extract.pilots_flying import pilot_transfers
from kg.extract.relative_dates import resolve_relative_dates
from kg.extract.acronyms import introduced_groups
from kg.extract.self_named import self_named_groups
from kg.extract.coalition_backrefs import coalition_back_references
from kg.extract.ruling_ranks import ruling_rank_roles
from kg.extract.backref_sides import side_told_before
from kg.extract.embassy_victims import embassy_victims, mission_owners_not_attackers
from kg.extract.attack_cues import told_apart
from kg.extract.place_spelling import text_spelling
from kg.extract import transfers as transfer_rules
from kg.extract import treaties as treaty_rules
from kg.extract.clauses import SERVICES, Context, actors_in
from kg.extract.bare_blame import attribute_bare_blames
from kg.extract.both_attacks import attribute_both_attacks
from kg.extract.group_antecedents import blamed_on_the_group, which_attacked_antecedents
from kg.extract.claimed_leads import attribute_far_claims
from kg.extract.dates import parse_iso
from kg.extract.back_references import add_back_references
from kg.extract.discourse import BACK_REF, HIT_THERE, Discourse, is_toll_update, paragraphs
from kg.extract.enclosing import enclosing_city
from kg.extract.country_parts import place_part_leads
from kg.extract.entities import EntityFinder, default_gazetteer, finder_for
from kg.extract.companions import companions_state
from kg.extract.visit_destinations import visitor_states
from kg.extract.presence_pairs import presence_pair_roles
from kg.extract.next_possessive_states import next_possessive_roles
from kg.extract.mononyms import mononym_roles
from kg.extract.council_surnames import council_surname_roles
from kg.extract.listed_leaders import listed_leader_states
from kg.extract.whose_office import whose_office_roles
from kg.extract.named_signers import named_signer_treaties
from kg.extract.two_named_signers import two_named_signer_treaties
from kg.extract.listed_signers import listed_signer_treaties
from kg.extract.firmly_placed import drop_guesses_told_firmly
from kg.extract.titled_surnames import titled_surname_roles
from kg.extract.island_states import island_role_states
from kg.extract.nonstate_leaders import drop_non_state_leaders
from kg.extract.body_offices import drop_body_offices
from kg.extract.known_office_states import known_office_states
from kg.extract.group_leaders import drop_group_leaders
from kg.extract.subject_states import subject_role_states
from kg.extract.signer_subjects import signer_subject_roles
from kg.extract.predecessor_pacts import predecessor_pact
from kg.extract.accuser_pronoun import accused_leader_states
from kg.extract.breakaway_regions import region_office_holders
from kg.extract.counted_parties import CUE as COUNTED_PARTIES_CUE
from kg.extract.counted_parties import counted_parties, led_rulers_treaty
from kg.extract.given_names import join_given_names
from kg.extract.geography import km as _km
from kg.extract.entity_surnames import join_entity_surnames
from kg.extract.told_surnames import join_told_surnames
from kg.extract.geography import (article_states, broader, descriptive_states, locate,
                                  part_of_chain, shared_demonyms)
from kg.extract.listed_sources import listed_source_transfers
from kg.extract.pair_signers import CUE as PAIR_SIGNED_CUE
from kg.extract.pair_signers import referred_signers
from kg.extract.pair_before import (as_state, joined_pair_before, pair_of_sentence_before,
                                    previous_pair)
from kg.extract.surname_pair_treaties import surname_pair_treaties
from kg.extract.surname_signers import surname_signers
from kg.extract.short_names import fold_short_names
from kg.extract.roles import RoleFinder
from kg.extract.signers import with_signers
from kg.extract.sentences import DATELINE_RE, split_sentences
from kg.extract.textinput import article_from_text
from kg.link.places import places_for

MAX_EVIDENCE = 4
_FACILITY = re.compile(r"\b(?:hospital|school|station|plant|building|base|airport|airfield|"
                       r"mall|market|factory|bridge|dam|refinery|palace|house|centre|center|"
                       r"kremlin|port|depot|university|church|mosque|hotel|clinic)\b", re.I)
# "the city", "the town": a settlement told before
_SETTLEMENT_REF = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:city|town|capital|village)\b"
                             r"|\bthe\s+(?:city|town|capital)['’]s\b", re.I)
_FAMILY = {"ballistic-missile": "missile", "cruise-missile": "missile",
           "anti-ship-missile": "missile", "loitering-munition": "drone",
           "artillery-shell": "shell", "rocket-artillery": "rocket"}


class Extractor:
    """Holds the matchers (built once from the gazetteer) and extracts articles."""

    def __init__(self, gazetteer: Any = None):
        self.gaz = gazetteer if gazetteer is not None else default_gazetteer()
        self.finder: EntityFinder = finder_for(self.gaz)
        self.places = places_for(self.gaz)
        self.roles = RoleFinder(self.gaz, self.places)
        self.strikes = strike_rules.StrikeFinder(self.gaz, self.places)
        # facts' confidence = their bucket's precision on held-out news (None: the rules' raw
        # scores, which tools/calibrate.py measures)
        self.calibration: Calibration | None = default_calibration()

    # ------------------------------------------------------------------ per sentence

    def analyse(self, text: str, published: date | None):
        sents = split_sentences(text)
        cues = ArticleCues(s.text for s in sents)  # passes whose cue the article lacks: skipped
        views = [self.finder.analyse(i, s, published) for i, s in enumerate(sents)]
        brussels_as_capital(views)  # "Brussels" as Belgium's capital outside EU stories
        add_back_references(views, paragraphs(text, sents))
        share_head_nouns(views)
        groups = introduced_groups(views)
        groups.update(self_named_groups(views))  # "a group calling itself X" (round 31)
        coalition_back_references(views)  # "coalition warplanes" after the named one
        locate(views, self.places, article_states(views, self.places))
        counts = Counter(m.state() for v in views for m in v.mentions
                         if m.state() and not m.is_demonym)
        demonyms = Counter(m.state() for v in views for m in v.mentions
                           if m.state() and m.is_demonym)
        context_state = None
        if counts or demonyms:
            context_state = (counts + demonyms).most_common(1)[0][0]
        self._context_state = context_state
        self._state_counts = counts + demonyms
        descriptive_states(views, self._state_counts)
        join_given_names(views)  # (after: "the island's defence minister, Wellington Koo")
        join_entity_surnames(views)  # "Foreign Minister Therese Kayikwamba Wagner"
        join_told_surnames(views)  # "... al-Burhan ... . Burhan, head of Sudan's council"
        shared_demonyms(views, counts)
        raw: list[dict[str, Any]] = []
        disc = Discourse(text, sents, self.places)
        last_found: list[dict[str, Any]] = []  # the previous sentence's strikes
        prev_placeless = None  # the previous sentence's raid told without its place
        prev_at_sea = None  # the previous sentence's ship hit, told without its place
        prev_actors: list = []
        placed_cue = any(c in text for c in PLACED_NEXT_CUE)  # "The strike took place in X"
        strike_sents: set[int] = set()  # the sentences a strike was read from
        prev_sent_found: list[dict[str, Any]] = []  # the strikes read from the last sentence
        ctx = Context()
        users: list[tuple[int, str, str]] = []  # (sentence, actor, weapon family) "X used W"
        objecting: dict[int, set[str]] = {}  # the states each sentence has objecting
        self._objecting = objecting
        new_entities: dict[str, dict[str, Any]] = dict(groups)
        for v in views:
            recent = [m for w in views[max(0, v.index - 2):v.index + 1] for m in w.mentions
                      if m.person()]
            disc.note_dateline(v)
            # (the dateline's state, read by many passes below: it changes only at note_dateline)
            dateline_state = self.places.state_of(disc.dateline_place)
            roles = self.roles.find(v, published, context_state, recent,
                                    dateline_state,
                                    v.index > 0 and disc.para[v.index] == disc.para[v.index - 1])
            roles = region_office_holders(v, views, roles)  # "the region's leader, X"
            # "Stocker travelled with Minister X", "Vietnam sent a delegation. Minister X said"
            para_before = views[v.index - 1] if v.index > 0 and disc.para[v.index] == disc.para[
                v.index - 1] else None
            roles = companions_state(v, roles, raw, para_before)
            roles = visitor_states(v, roles)  # "a visit by Prime Minister X to Ankara"
            # "in the presence of Minister X and Minister Y and their Thai counterparts"
            roles = presence_pair_roles(v, roles)
            # "Minister X thanked Qatar. Sudan's top diplomat said": Sudan's
            para_after = views[v.index + 1] if v.index + 1 < len(views) and disc.para[
                v.index + 1] == disc.para[v.index] else None
            roles = next_possessive_roles(v, roles, para_after, dateline_state)
            roles = mononym_roles(v, views, roles)  # "Indonesian Foreign Minister Sugiono"
            # "Tchiani, who heads the ruling council, ..." (the full name told before)
            roles = council_surname_roles(v, views, roles,
                                          dateline_state,
                                          context_state)
            roles = whose_office_roles(v, roles)  # "Sri Lanka, whose president is X"
            # "The military rulers of A, B and C ... . A's General X said": A's ruler
            roles = ranked_ruler_roles(v, views, roles)
            # "Bolivia's Rodrigo Paz ... . A and President Paz signed": Bolivia's president
            roles = titled_surname_roles(v, views, roles)
            # "The three countries' leaders, President A, ...": the lead's states in order
            roles = listed_leader_states(v, views, roles)
            roles = island_role_states(v, views, roles)  # "Minister X said the island ..."
            roles = accused_leader_states(v, views, roles)  # "It accuses President X"
            roles = drop_guesses_told_firmly(roles, raw)  # "B" told as South Korea's before
            roles = drop_non_state_leaders(v, roles)  # "Iraqi militia leader X"
            roles = drop_body_offices(v, roles)  # "European Council President X" (R32d)
            roles = drop_group_leaders(v, views, roles)  # "a rebel group ... Its leader, X"
            # "Ghana signed a deal with Togo. ... The president, X, said": Ghana's (R28e)
            roles = signer_subject_roles(v, views, roles, dateline_state)
            roles = subject_role_states(v, views, roles)  # "Armenia has ... . Minister X said"
            # "signed in Madrid by A, B and C": each known office-holder's own state (R81)
            roles = known_office_states(roles, self.gaz, published)
            # "The junta, led by Senior General X", "Council head General Y" (R83)
            roles = ruling_rank_roles(v, roles, self.gaz, published)
            for r in roles:
                if r.person_new:
                    new_entities[r.person] = {"key": r.person, "type": "Person",
                                              "label": r.person_label}
                raw.append({"type": "LeaderRole", "person": r.person, "office": r.office,
                            "state": r.state, "_sent": v.index, "confidence": r.confidence})
            actors = actors_in(v, roles, self.gaz, published, ctx)
            disc.add_sentence(v, actors)
            referred = (referred_signers(v.text, raw, v.index) if cues.has(PAIR_SIGNED_CUE)
                        else [])
            treaty_facts, signers = with_signers(treaty_rules.find(v, actors), v, roles,
                                                 referred + surname_signers(v, raw))
            # "Mr Modi and Mr Albanese signed a five-year agreement": the surnames' states
            treaty_facts = surname_pair_treaties(v, raw, treaty_facts)
            # "..., signed in 2019 and 2024 respectively": two treaties, told apart
            treaty_facts = respective_treaties(v, actors, raw) or treaty_facts
            # "a new pact, replacing one that A and B signed in 2015": the earlier pact too
            treaty_facts = replaced_pacts(v, actors, treaty_facts)
            # "The three governments signed a pact, the X Charter": the states listed before
            if not treaty_facts:
                treaty_facts = counted_parties(v, views) if cues.has(COUNTED_PARTIES_CUE) else []
            elif cues.has(COUNTED_PARTIES_CUE):  # "the three juntas, led by X in A, ..., signed"
                treaty_facts = led_rulers_treaty(v) or treaty_facts
            # "Tashkent has also turned to Russia, signing a ten-year agreement": those two
            if cues.has(TURNED_CUE):
                treaty_facts = turned_partner_treaty(v, actors, treaty_facts)
            # "Relations between A and B collapsed when A signed a memorandum with C": A and C
            treaty_facts = when_clause_parties(v, actors, treaty_facts)
            # "A flies W bought from B, while C acquired V from D under a contract signed": C-D
            treaty_facts = while_contract_treaties(v, actors, treaty_facts)
            # "The two countries had already set up a pact in [date]": the pair's earlier one
            treaty_facts = set_up_pact(v, treaty_facts)
            # "Moscow infuriated Chisinau by signing a memorandum with X": Moscow, not Chisinau
            if cues.has(ANGERED_CUE):
                treaty_facts = angered_state_replaced(v, actors, treaty_facts)
            # "the Philippines, which signed the contract with South Korea in June 2025"
            treaty_facts = treaty_facts + relative_signings(v, actors, treaty_facts)
            # "Jakarta ... with Vietnam, with which it signed a ten-year agreement": those two
            treaty_facts = treaty_facts + pronoun_with_which_treaties(v, actors, treaty_facts)
            # "X, who was in Baku to sign an agreement with President Y": their two states
            treaty_facts = treaty_facts + purpose_signing_treaties(v, actors, treaty_facts)
            # "signed the Albanian pact before flying to Tunis to sign a similar accord with X"
            treaty_facts = similar_accord_treaties(v, actors, treaty_facts)
            # "a similar pact that Peru struck with Quito in 2024": Peru-Ecuador (R30d)
            treaty_facts = treaty_facts + struck_pact_treaties(v, actors, treaty_facts)
            # "following a similar agreement signed with B": B and our side of the pact told (R32d)
            treaty_facts = subject_similar_treaties(v, actors, raw, treaty_facts, context_state)
            # "accords were signed by President X and the foreign ministers of Y and Z" (R31b)
            treaty_facts = ceremony_pair_treaties(v, actors, treaty_facts)
            # "agreements signed when A established relations with B and with C": A-B, A-C
            treaty_facts = treaty_facts + established_relations_treaties(v, actors, treaty_facts)
            # "the truce was approved by A's cabinet and accepted by B's government": A-B
            if cues.has(TRUCE_CUE):
                treaty_facts = treaty_facts + approved_truce_treaties(v, treaty_facts)
            # "R receives $N in American military aid a year under a memorandum signed in Y"
            treaty_facts = aid_memorandum_treaties(v, actors, treaty_facts)
            # "A and President B signed a pact": the states of the two office-holders
            treaty_facts = named_signer_treaties(v, raw, treaty_facts)
            # "A met Prime Minister B, and the two men signed a pact": their two states (R32d)
            treaty_facts = two_named_signer_treaties(v, raw, treaty_facts)
            # "President A of X, Prime Minister B of Y and President C of Z signed a pact"
            treaty_facts = listed_signer_treaties(v, actors, treaty_facts)
            # "X met Y on Wednesday. The two ministers also signed a contract": that day
            treaty_facts = meeting_dated(v, para_before, treaty_facts)
            # "The pact was signed three weeks after a clash on November 3": not its date
            treaty_facts = undate_event_relative(v, treaty_facts)
            # "settled X in 2003 and signed a treaty on Y in 2022": 2022
            treaty_facts = redate_coordinated_signing(v, treaty_facts)
            # "signed a memorandum with the Guangxi region's fishing fleets": no state partner
            if cues.has(REGION_HOLDINGS_CUE):
                treaty_facts = drop_region_holdings(v, actors, treaty_facts)
            # "have agreed on the text of a peace agreement but have not signed it": none
            if cues.has(UNSIGNED_CUE):
                treaty_facts = drop_unsigned(v, treaty_facts)
            # "Poland received the guns under a deal the two countries signed": with the supplier
            treaty_facts = supplier_pair_deals(v, treaty_facts, raw)
            if not treaty_facts:
                later_duration(v.text, v.index, raw)  # "The deal runs for five years."
            # "builds on a 2019 pact with X, which Y's predecessor, Z, signed": Y's state and X
            treaty_facts, earlier_signers = predecessor_pact(v, raw, treaty_facts)
            for key, label in signers + earlier_signers:
                new_entities.setdefault(key, {"key": key, "type": "Person", "label": label})
            another = _ALSO_SIGNED_A.search(v.text) is not None
            for f in treaty_facts:
                f["_another"] = another
                if f.get("_series"):
                    # "Similar accords have since been signed with A and B": the partner is a
                    # state this sentence, else the one before, names besides A and B
                    f["_near"] = [k for w in (v, *views[max(0, v.index - 1):v.index])
                                  for k in dict.fromkeys(m.state() for m in w.mentions
                                                         if m.state()) if k not in f["parties"]]
                if f.get("_needs_pair"):
                    # "The two countries ...": failing an earlier treaty, the two states told
                    # last before this sentence
                    f["_recent_group"] = next((g for g in (list(dict.fromkeys(
                        m.state() for m in w.mentions if m.state() and not m.is_demonym))
                        for w in reversed(views[max(0, v.index - 3):v.index])) if len(g) >= 2), [])
                    f["_prev_pair"] = previous_pair(v, views)
                    f["_joined_pair"] = joined_pair_before(v, views)
                    # (not a capital told as a place: "held talks in Ankara", round 50)
                    f["_recent_states"] = list(dict.fromkeys(
                        m.state() for w in reversed(views[max(0, v.index - 3):v.index])
                        for m in reversed(w.mentions) if as_state(w, m)))
                raw.append(f)
            found = self.strikes.find(v, actors, views[v.index - 1] if v.index > 0 and disc.para[
                v.index] == disc.para[v.index - 1] else None)
            if placed_cue and not found and v.index > 0:
                # "[Nationality] drones struck a depot. The strike took place in X on Friday"
                same_para = disc.para[v.index] == disc.para[v.index - 1]
                placed = strike_placed_next(v, views[v.index - 1], prev_actors,
                                            v.index - 1 in strike_sents, same_para,
                                            published, self.places.state_of)
                found = [placed] if placed is not None else found
                if placed is None and prev_sent_found:  # (the lead at the dateline's city)
                    place_dateline_lead(v, views[v.index - 1], prev_sent_found, same_para,
                                        published, self.places.state_of)
            prev_sent_found = list(found)
            if found:
                strike_sents.add(v.index)
            for s in [s for s in found if s.get("_recap")]:
                found.remove(s)
                self._recap(s, raw)
            for s in found:
                if s.get("_opened") and v.index > 0 \
                        and disc.para[v.index] == disc.para[v.index - 1]:
                    self._opening_of_push(s, views[v.index - 1], prev_actors)
            sea = strike_rules.sea_of_ship(v, self.gaz) if prev_at_sea is not None else None
            told_again = [prev_at_sea] if sea is not None else []
            if sea is not None:
                # "... hit a patrol ship on Sunday. The vessel was in the Black Sea when it was
                # struck": the place of the ship hit just told; this sentence's attack is that one
                prev_at_sea["target_place"], prev_at_sea["_place_text"] = sea.place(), sea.text
                prev_at_sea["_pending"] = False
                prev_at_sea["_sents"] = [prev_at_sea["_sent"], v.index]
                prev_at_sea["_sea_sent"] = v.index
                for s in [s for s in found if s["attacker"] is None]:
                    for k in ("killed", "injured", "date"):
                        prev_at_sea[k] = prev_at_sea[k] if prev_at_sea[k] is not None else s[k]
                    found.remove(s)
            # "... a tanker in the Gulf of Aden. The tanker was 80 nautical miles off Mukalla when
            # the missile struck": the sea attack told again, not one on Mukalla
            for s in positions_told_again(found, last_found, v.text,
                                          lambda k: getattr(self.gaz.get(k), "label", None)):
                found.remove(s)
            prev_at_sea = next((s for s in found if s.get("_at_sea")), None)
            real = [s for s in found if not s.get("_pending")]
            # (not "Two days later the country's military hit a second boat": its own attack)
            loose = [s for s in found if s.get("_pending") and not s["target_place"]
                     and not s.get("_dateline_only")  # (its place is the dateline's)
                     and not (s.get("_state_ref") and s.get("_again"))
                     # ("... two days after missiles struck the same city": an earlier attack)
                     and not s.get("_same_place")
                     # ("Saudi Arabia said its air force had also hit ..." after a Houthi attack)
                     and not (s["attacker"] and any(p["attacker"] and p["attacker"] != s["attacker"]
                                                    for p in last_found))
                     # ("The city was last struck in April, when ..." after Monday's attack)
                     and not any(_apart(s, p) for p in last_found)]
            prev = last_found if not real else []
            if len(prev) == 1 and (prev[0]["killed"] is None or prev[0]["injured"] is None) \
                    and not any(s.get("_same_place") for s in found) \
                    and (loose or not strike_rules.TRIGGER_RE.search(v.text)
                         or strike_rules.BACK_REF_NOUN.search(v.text)) \
                    and disc.para[v.index] == disc.para[prev[0].get("_sea_sent", prev[0]["_sent"])]:
                # ("... hit a tanker. The ship was in the Gulf of Aden. Two crew were hurt": the
                # toll of the ship hit whose place the sentence before told)
                # "... struck Dnipro on Friday. At least 12 people were killed, officials said.";
                # "Six people were killed in the attack": the attack just told
                killed, injured = strike_rules.casualties(v.text)
                for k, n in (("killed", killed), ("injured", injured)):
                    if n is not None and prev[0][k] is None:
                        prev[0][k] = n
                        prev[0]["_sents"] = [*prev[0].get("_sents", [prev[0]["_sent"]]), v.index]
                _date_by_possessive_day(prev[0], v)
                found = [s for s in found if s not in loose]
                real = real or prev
            if len(prev) == 1 and loose and disc.para[v.index] == disc.para[prev[0]["_sent"]]:
                # "The hospital was hit on Monday": the day of the attack just told
                for s in loose:
                    d, pd = s.get("date") or "", prev[0].get("date") or ""
                    if len(d) == 10 and len(pd) == 10 and d != pd:
                        continue  # another day: another attack
                    if d and len(d) > len(pd):
                        prev[0]["date"] = d
                    if _finer_weapon(s, prev[0]):
                        # "Israeli jets bombed Houla. ... the helicopter fired two Hellfire
                        # missiles at the building": the munition of the attack just told
                        for k in strike_rules.WEAPON_SLOTS:
                            prev[0][k] = s.get(k)
                    prev[0]["_sents"] = [*prev[0].get("_sents", [prev[0]["_sent"]]), v.index]
                    if s in found:
                        found.remove(s)
                real = real or prev
            for s in found:
                if s.get("_ordinal") and s["attacker"] is None and v.index > 0 \
                        and disc.para[v.index] == disc.para[v.index - 1]:
                    # "Kyiv has also taken the fight to Russia's oil exports at sea. The first
                    # such attack, on 28 November in the Black Sea, ...": the subject of the
                    # sentence before is who carried out the series
                    lead = min((a for a in prev_actors if a.key and not a.person),
                               key=lambda a: a.start, default=None)
                    if lead is not None and re.fullmatch(r"\W*(?:[Tt]he\s+)?",
                                                         views[v.index - 1].text[:lead.start]):
                        s["attacker"] = lead.key
            raid = last_found[0] if len(last_found) == 1 else None
            if raid is not None and raid["attacker"] and raid["target_place"] is None \
                    and disc.para[v.index] == disc.para[raid["_sent"]] \
                    and strike_rules.PART_OF_RAID_START.match(v.text):
                # "American aircraft hit 19 targets on Saturday. One bomb flattened a house in
                # Saada, killing seven": a part of the raid just told, with its who and when
                for s in found:
                    if s["target_place"] and s["attacker"] is None:
                        for k in ("attacker", "date", *strike_rules.WEAPON_SLOTS):
                            s[k] = s.get(k) or raid.get(k)
            if raid is not None and raid["attacker"] and (
                    disc.para[v.index] == disc.para[raid["_sent"]] or raid["_sent"] == v.index - 1) \
                    and strike_rules.SEPARATE_ATTACK_START.match(v.text):
                # "US forces struck fighters near Jilib. In a separate raid in Bay province,
                # four militants were killed": the side of the attack just told (round 70)
                for s in found:
                    s["attacker"] = s["attacker"] or raid["attacker"]
            if prev_placeless and disc.para[v.index] == disc.para[prev_placeless["_sent"]]:
                # "Pakistani jets carried out air strikes late on Thursday. The heaviest fell on
                # the Afghan capital": the place of the raid just told, with its who and when
                for s in found:
                    if s["target_place"] and s["attacker"] is None and s.get("_pending"):
                        for k in ("attacker", "date", *strike_rules.WEAPON_SLOTS):
                            s[k] = s.get(k) or prev_placeless.get(k)
                        s["_sents"] = [*s.get("_sents", [s["_sent"]]), prev_placeless["_sent"]]
            prev_placeless = next((s for s in found if s.get("_placeless")), None)
            last_found = real or told_again \
                or [s for s in found if s.get("_pending") and s["target_place"]]
            for s in found:
                s.pop("_place_new", False)
                if s["target_place"] and self.gaz.get(s["target_place"]) is None:
                    new_entities[s["target_place"]] = self._describe_place(s)
                raw.append(s)
            if cues.has(strike_rules.USE_CUE):
                users.extend((v.index, u, fam) for u, fam in strike_rules.weapon_users(v, actors))
            self._attribute(raw, v, actors, found, users, views[max(0, v.index - 3):v.index])
            tfs = clause_transfers(v, actors, transfer_rules.find(v, actors), raw)
            tfs = relative_transfers(v, actors, tfs, raw)
            # "the Philippines, which signed a contract for 12 FA-50 jets with South Korea"
            tfs = contract_clause_transfers(v, actors, tfs)
            tfs = which_it_buys(v, actors, tfs)  # "the F-35, which it is buying from the US"
            tfs = its_purchase_transfers(v, actors, tfs)  # "Ankara ... its purchase of W from S"
            tfs = guarded_skies_transfers(v, actors, tfs)  # "transfer of W from A and B ... X skies"
            if cues.has(RESTOCKED_CUE):
                tfs = restocked_transfers(v, actors, tfs, ctx.group if ctx.subject == ctx.group
                                          else None)
            tfs = corridor_transfers(v, actors, tfs)
            tfs = carried_transfers(v, actors, tfs)
            tfs = unloaded_ship_transfers(v, actors, tfs)  # "A Turkish ship unloaded W at [port]"
            tfs = arrived_with_transfers(v, actors, tfs)  # "American soldiers arrived in R with W"
            # "S, with which B signed a contract for W", "W, ordered from Paris under a contract"
            tfs = contract_seller_transfers(v, actors, tfs)
            tfs = backed_forces_transfers(v, actors, tfs)  # "forces, backed by W supplied by S"
            tfs = administration_transfers(v, actors, tfs)
            tfs = army_received_transfers(v, actors, tfs,  # "the army had received W from S"
                                          dateline_state)
            # "The administration is sending W to R" (a Washington report)
            # ("his administration": the state of the leader the sentence before names; looked
            # up only where the word is, not on every sentence)
            tfs = administration_subject_transfers(v, actors, tfs, dateline_state, next(
                (r["state"] for r in raw if r["type"] == "LeaderRole"
                 and r["_sent"] == v.index - 1 and r["state"]), None)
                if "administration" in v.text else None)
            tfs = drop_faced_weapons(v, actors, one_system_twice(v, tfs))
            if cues.has(DOWNED_CUE):
                tfs = drop_downed_weapons(v, actors, tfs)  # "three Thai drones had been brought down"
            tfs = own_one_transfers(v, actors, tfs)
            prev_view = views[v.index - 1] if v.index > 0 \
                and disc.para[v.index] == disc.para[v.index - 1] else None
            tfs = fill_cued_suppliers(v, actors, tfs, prev_view, prev_actors)
            tfs = agent_transfers(v, actors, tfs, prev_view, prev_actors)
            # "R will receive ... W are to be provided by A, B and C"
            tfs = lead_receiver_transfers(v, actors, tfs, views[v.index - 1] if v.index else None,
                                          prev_actors)
            # "[The army ...]. Turkish W have also been delivered"
            tfs = also_delivered_transfers(v, actors, tfs, views[v.index - 1] if v.index else None,
                                           prev_actors, dateline_state)
            tfs = place_recipients(v, tfs)
            if cues.has(UNNAMED_CUE):
                tfs = drop_unnamed_buyers(v.text, tfs)
            if cues.has(COUNTED_SELLERS_CUE):
                tfs = drop_counted_sellers(v.text, tfs)
            tfs = fill_weapon_users(v, actors, tfs, ctx.forces)
            tfs = arsenal_transfers(v, actors, ctx.group, ctx.subject, tfs)
            tfs = group_weapons_supplied(v, actors, ctx.group, ctx.subject, tfs)
            tfs = approval_transfers(v, actors, tfs)
            tfs = which_supplied_transfers(v, actors, tfs)  # "R ... with S, which has supplied W"
            # "In 2023 it became the first country to send W to R"
            tfs = first_to_send_transfers(v, actors, tfs, prev_view)
            # "S has handed over W, which it had ordered from X, to R"
            tfs = relative_before_to_transfers(v, actors, tfs)
            # "S's ministry approved the export of W to R"
            tfs = approved_export_transfers(v, actors, tfs, prev_view)
            if cues.has(CONSENT_CUE):
                tfs = consented_transfers(v, actors, tfs)  # "A approved B's request to send W to R"
            if cues.has_lower(FINANCED_CUE):
                tfs = financed_transfers(v, actors, tfs)  # "A finances the purchase of W from S for R"
            tfs = navy_yard_transfers(v, tfs)
            tfs = built_by_suppliers(v, tfs)  # "took delivery of W, built by S's firm"
            if cues.has(APPROVED_CUE):
                tfs = approved_list_transfers(v, tfs)
            tfs = drop_system_parts(v, tfs)
            tfs = sentence_before_transfers(v, views[v.index - 1] if v.index else None, tfs)
            tfs = followed_with_transfers(v, actors, tfs)  # "..., and Spain followed with W"
            tfs = seller_told_before(v, views[v.index - 1] if v.index else None, tfs)
            tfs = deal_covers_transfers(v, views[v.index - 1] if v.index else None, tfs)
            # "Germany will send more air defence to Ukraine. The package includes W1 and W2"
            # (also when "The package includes" opens the next paragraph: round 83)
            tfs = package_item_transfers(v, actors, tfs, views[v.index - 1] if v.index > 0
                                         else None, prev_actors, raw)
            # "It also notified Congress of three other packages: W1, W2 and W3" (round 84)
            tfs = colon_package_transfers(v, tfs, views[v.index - 1] if v.index > 0 else None, raw)
            if AGENTLESS_CUE.search(v.text):  # "... W have also been sent, officials say"
                tfs = agentless_delivery_transfers(v, actors, tfs, raw)
            if FRONTED_CUE.search(v.text):  # "After sending W to R, S is now ..."
                tfs = fronted_supply_transfers(v, actors, tfs)
            if TURNED_TO_CUE.search(v.text):  # "Egypt has turned to China for J-10C jets"
                tfs = turned_to_transfers(v, actors, tfs)
            tfs = state_build_transfers(v, tfs)
            tfs = (drop_false_supply(v, tfs) if cues.has(DEPLOYMENT_CUE) or cues.has(PLEDGE_CUE)
                   else list(tfs))  # (a new list, as the pass gives)
            if cues.has(MAKER_APPROVER_CUE):
                tfs = drop_maker_approvers(v, actors, tfs)  # "S, which made the jets, approved"
            if cues.has(POOLED_CUE):
                tfs = drop_pooled_totals(v, actors, tfs)  # "A, B, C and D will provide R with N systems"
            tfs = drop_attack_makers(v, actors, tfs)  # "attacked X with a Turkish-made drone"
            tfs = drop_own_made(v, actors, tfs)  # "Turkish-made drones struck, Turkey's MoD said"
            if cues.has(SHOT_DOWN_CUE):
                tfs = drop_shot_down_objects(v, tfs)  # "help to shoot down Iranian missiles"
            tfs = drop_paired_launchers(v, tfs)  # "shipped the launchers and missiles to R"
            tfs = made_user_transfers(v, actors, tfs)  # "Iranian-made W used by Russian forces"
            tfs = maker_operator_transfers(v, actors, tfs)  # "Egypt flies French-built W"
            if cues.has(DRILL_CUE):
                tfs = drop_drill_deployments(v, tfs)  # "staged drills around T, sending warships"
            tfs = drop_platforms(v, tfs)  # "W from S for its [platform]"
            if cues.has(CROSSED_CUE):
                tfs = drop_crossings(v, tfs)  # "sent two jets across the border"
            tfs = counted_recipients(v, views, tfs)  # "sold W to all three governments"
            tfs = donor_suppliers(v, actors, tfs)  # "-designed W, several of which were donated by S"
            tfs = notified_sale_transfers(v, actors, tfs)  # "told Congress it plans to sell W"
            tfs = supplied_to_transfers(v, actors, tfs)  # "that S had supplied to R, including W"
            tfs = drop_as_clause_weapons(v, actors, tfs)  # "arming R as North Korean shells ..."
            # "paused a shipment of W to R"
            tfs = paused_shipment_transfers(v, actors, tfs, dateline_state)
            # "India sold BrahMos missiles to R. Indonesia has acquired the same model"
            tfs = same_model_transfers(v, actors, tfs, raw, views[v.index - 1] if v.index else None,
                                       v.index > 0 and disc.para[v.index] == disc.para[v.index - 1])
            tfs = further_item_transfers(v, actors, tfs)  # "..., as well as W", "systems: A and B"
            # "flies W1 and W2 from China and W3 from the United States" (round 74)
            tfs = listed_source_transfers(v, actors, tfs)
            tfs = flown_supplied_transfers(v, actors, tfs)  # "R's air force flies W supplied by S"
            # "W1 supplied by S1, W2 sold by S2, the air force said"
            tfs = air_force_list_transfers(v, actors, tfs, dateline_state)
            tfs = relied_supplied_transfers(v, actors, tfs, raw)  # "His army relies on W supplied by S"
            tfs = supplier_to_transfers(v, actors, tfs)  # "S has become a supplier to R, sending W"
            tfs = completed_delivery_transfers(v, actors, tfs)  # "S had completed the handover of W to R"
            tfs = listed_from_transfers(v, actors, tfs)  # "the transfer of W from A and B to R"
            tfs = donating_which_transfers(v, actors, tfs)  # "S, which is also donating W to R,"
            tfs = clause_subject_suppliers(v, actors, tfs)  # "..., and S has agreed to supply W"
            # "accusing the Gulf state of supplying G with W": G's supplier told before
            tfs = epithet_supplier_transfers(v, actors, tfs, raw)
            tfs = lifted_hold_transfers(v, actors, tfs)  # "S lifted a hold on the delivery of W to R"
            tfs = armed_forces_transfers(v, actors, tfs)  # "S of supplying Russian forces with W"
            tfs = pilot_transfers(v, actors, tfs)  # "Pakistani pilots flying W supplied by S"
            tfs = downed_owner_recipients(v, actors, tfs)  # "shot down [D] aircraft, among them W"
            tfs = approved_builder_suppliers(v, actors, tfs)  # "W must approve the transfer of the US-built"
            tfs = ally_supplied_transfers(v, actors, tfs)  # "..., and W supplied by its ally S"
            tfs = pilots_using_transfers(v, actors, tfs)  # "his pilots ... using W supplied by S"
            tfs = campaign_supplied_transfers(v, actors, tfs)  # "W used in the campaign are supplied by S"
            if cues.has(PASSIVE_CUE):
                tfs = passive_source_transfers(v, actors, tfs)  # "R's W were bought from S"
            if PASSIVE_SUPPLY_CUE.search(v.text):
                # "W will be provided by A, B and C", "R has been supplied with W by S"
                tfs = passive_supply_transfers(v, actors, tfs, views[v.index - 1] if v.index
                                               else None, prev_actors, prev_view is not None)
            # "Two Russian cargo planes landed ... The planes brought W for the Malian army" (R39)
            tfs = carriers_told_before(v, actors, tfs, views[v.index - 1] if v.index else None,
                                       prev_actors, prev_view is not None)
            if cues.has(FORMER_CUE):  # "W supplied to the army of the former Afghan government"
                tfs = former_government_recipients(v, actors, tfs)
                tfs = ousted_army_transfers(v, actors, tfs, views[v.index - 1] if v.index else None,
                                            prev_actors)
            tfs = named_share_transfers(v, tfs, raw)  # "shipped ammunition to R, most of it shells"
            # "the arrival last month of the first two W ..., a deal ... with S"
            tfs = arrival_transfers(v, actors, tfs, dateline_state)
            tfs = fill_comma_counts(v, tfs)  # "2,000 Aster missiles": no year
            tfs = fix_model_numbers(v, tfs)  # "two ASC 890 aircraft": 2, not 890
            if cues.has(DOZEN_CUE):
                tfs = dozen_quantities(v, tfs)  # "some two dozen W": 24
            tfs = thanked_recipients(v, actors, tfs)  # "President X thanked S for W"
            tfs = interrupted_receivers(v, actors, tfs)  # "R, whose ..., has received W from S"
            tfs = leader_forces_recipients(v, actors, tfs)  # "[leader] said his army flies W"
            if cues.has(NEIGHBOUR_CUE):
                tfs = neighbour_recipients(v, actors, tfs)  # "W to neighbouring R"
            tfs = since_bought_transfers(v, actors, tfs)  # "R has not ... since it bought W from S"
            if cues.has(KOREAN_CUE) and not cues.has(NORTH_KOREA_CUE):
                tfs = korean_made_suppliers(v, tfs)  # "Warsaw took delivery of 18 Korean-built W"
            if len(tfs) > 1:  # "R buys advanced X systems, ... the S-made [named X]"
                tfs = join_generic_to_named(v, tfs)
            objecting[v.index] = objectors(v.text, actors)
            for f in tfs:
                if f.get("type") == "ArmsTransfer" and f["supplier"] and not f["recipient"]:
                    f["_untold_recipient"] = True  # (kg.extract.objecting_states)
            deals = purchase_treaties(v, tfs, treaty_facts)
            # "signed a contract on Monday ..., weeks after a similar deal signed with X"
            date_similar_deals(v, actors, treaty_facts, deals, tfs)
            raw.extend(deals)
            if not treaty_facts and not deals and cues.has(ORDERED_CUE):
                # "The tanks were ordered from Seoul under a contract signed in 2022"
                told = ordered_from(v, actors, tfs, raw)
                tfs += [f for f in told if f["type"] == "ArmsTransfer"]
                raw.extend(f for f in told if f["type"] == "Treaty")
            tfs = it_ordered_transfers(v, actors, prev_view, tfs)  # "It ordered W from S"
            tfs = each_send_transfers(v, actors, tfs)  # "A, B and C would each send W to R"
            tfs = waiting_ordered_transfers(v, actors, tfs)  # "R is waiting for W it ordered from S"
            tfs = elided_item_transfers(v, actors, tfs)  # "buying 12 W from A and 12 from B"
            tfs = paired_source_transfers(v, actors, tfs)  # "W1 bought from A and W2 from B"
            tfs = followed_item_transfers(v, actors, tfs, raw)  # "the tanks would be followed by W"
            tfs = continued_delivery_transfers(v, actors, tfs)  # "said deliveries of W would continue"
            tfs = pledged_supply_transfers(v, actors, tfs)  # "W pledged by S to R", "S cleared R to buy W"
            # "The army has fielded W1 and W2, also supplied by S"
            tfs = also_supplied_transfers(v, actors, tfs, dateline_state)
            tfs = sanctioned_suppliers(v, tfs)  # "sanctions on S for supplying W to R"
            tfs = them_recipients(v, actors, tfs, prev_view, prev_actors)  # "S supplied them with W"
            # "[S has ...]. Its parliament approved the sale of W to R"
            tfs = its_approver_transfers(v, actors, tfs, prev_view, prev_actors)
            if "which began" in v.text or "which started" in v.text:
                # "a Chinese-made K-8 jet ... China, which began supplying the military"
                tfs = began_supplying_transfers(v, actors, views, tfs, raw,
                                                dateline_state)
            army_supplied = bool(tfs) and _ARMY_SUPPLIED.search(v.text) is not None
            for f in tfs:
                if army_supplied and f["supplier"] and not f["recipient"]:
                    f["_army_supplied"] = True  # ("supplied the military with": _merge_transfers)
                if f["recipient"] and not f["supplier"]:
                    # ("It also bought Rafale jets, negotiated with Paris": a third state named)
                    f["_sent_states"] = list(disc.states.get(v.index, []))
                if f["supplier"] and not f["recipient"] and _TOLD_BACK.search(v.text):
                    # "London has become a major source for Doha. It has delivered ...": the
                    # states of this sentence and the one before in its paragraph, but not a
                    # state that supplies in this sentence ("Moscow delivered ..., and China
                    # has supplied ...": China is the other supplier, not the recipient)
                    same = v.index > 0 and disc.para[v.index] == disc.para[v.index - 1]
                    others = {g["supplier"] for g in tfs if g["supplier"]}
                    f["_near_states"] = [k for k in [
                        *(disc.states.get(v.index - 1, []) if same else []),
                        *disc.states.get(v.index, [])] if k not in others]
                elif f["supplier"] and not f["recipient"] and v.index > 0 \
                        and disc.para[v.index] == disc.para[v.index - 1] \
                        and (not _SUPPLIER_NOUN.search(views[v.index - 1].text)
                             or f.get("_own_stock") and _ITS_PARTNERS.search(
                                 views[v.index - 1].text)):
                    # ("Somalia has asked its partners for help. Turkey promised two of its own
                    # helicopters": the state whose partners they are is the one supplied)
                    # (not after a sentence about suppliers: "India is not the only new partner.
                    # Japan handed over four radars": India is another supplier)
                    # "Taiwan is racing to arm itself. Washington announced the sale of ...":
                    # the states of the sentence before in the paragraph (this one's may be
                    # other suppliers, "Russia pledged helicopters, and China will add ...")
                    against = opposed_states(views[v.index - 1])
                    f["_near_states"] = [k for k in disc.states.get(v.index - 1, [])
                                         if k != f["supplier"] and k not in against]
                    # ("Russia has fired missiles at Ukrainian cities. Germany will provide
                    # ...": the state attacked, not its attacker; round 50)
                    hit = attacked_state(views[v.index - 1], f["supplier"])
                    if hit is not None:
                        f["_near_states"] = [hit]
                    f["_near_prev"] = True
                    if f["_near_states"] and _names_group(views[v.index - 1]) \
                            and not f.get("_own_stock") \
                            and not _ARMY_SUPPLIED.search(v.text):  # (a state's own stock, and
                        # "supplied the army with drones", go to a state; round 54)
                        # "Yemen's prime minister said the Houthis could not go on without
                        # Iranian help. The drones come from Tehran": the state or the armed
                        # group may be the one supplied: no guess
                        f["_near_states"], f["_no_guess"] = [], True
                if f.get("_anaphoric"):
                    # "the first F-16s had arrived. The planes came from Denmark": the system
                    # named in the sentences before
                    # (or earlier in this sentence: "its F-35I jets ... three more of the
                    # aircraft")
                    here = [m for m in v.mentions if m.end <= f.get("_at", 0)]
                    f["_prev_named"] = [
                        (m.text, m.weapon().key if m.weapon() else None, m.category, m.head)
                        for m in [*(m for w in views[max(0, v.index - 2):v.index]
                                    for m in w.mentions), *here]
                        if m.category and ((m.weapon() and not m.weapon().key.startswith(
                            "generic/")) or re.search(r"\d", m.text))]
                    f["_told_just_before"] = just_before_named(views, v, disc.para, f)
            raw.extend(tfs)
            ctx.update([a for a in actors if a.mention is not None or a.role is not None], v.text)
            told_sup = {f["supplier"] for f in tfs if f.get("_relation") and f["supplier"]}
            if ctx.subject is None and len(told_sup) == 1:
                # "The purchase makes Beijing Dhaka's largest arms supplier. It has also sent
                # ...": the supplier the sentence names is what "It" refers back to
                ctx.subject = told_sup.pop()
            prev_actors = actors
        for f in raw:
            if f["type"] == "Strike":
                f["_para"] = disc.para[f["_sent"]]
        attribute_far_claims(raw, views)
        attribute_bare_blames(raw, views)  # "The authorities blamed Boko Haram, which ..."
        told_strikes = [s for s in raw if s["type"] == "Strike"]
        blamed_on_the_group(told_strikes, views, text)  # "The bombing was blamed on the group"
        attribute_both_attacks(told_strikes, views, text)  # "X was behind both attacks"
        which_attacked_antecedents(told_strikes, views, text)  # "IS, which killed four in X"
        member_agents(told_strikes, views)  # "a suicide bomber from al-Shabaab struck ..."
        side_of_retold_strike(told_strikes, views)  # "The strike hit a house in X"
        later_claims(told_strikes, views)  # "The Islamic State said in a statement that it ..."
        relative_blame(told_strikes, views, text)  # "the M23, whom the army blamed for the"
        reported_operations(told_strikes, views, text)  # "killing five militants, Turkey's defence ministry said"
        self._discourse(raw, views, disc, new_entities)
        name_generic_systems(raw, views)  # "an advanced ... system. The system, the Barak MX"
        texts = [v.text for v in views]
        drop_area_tolls(raw, texts)
        drop_background_series(raw, texts)  # "has carried out strikes in X before"
        one_barrage(raw, texts)  # "missiles hit Kharkiv, Poltava and Sumy overnight"
        # "struck targets in northern Iraq, Ankara's defence ministry said": not at Ankara
        source_capitals_not_targets(raw, views, self.places.state_of)
        one_raid_over_listed_places(raw, texts)  # "struck targets in the provinces of A, B and C"
        drop_talks_places(raw, texts)  # "which mediated between Kinshasa and the rebels over"
        drop_acting_capitals(raw, texts)  # "with Moscow intensifying its attacks"
        drop_supplied_launches(raw, texts)  # "of supplying Moscow with missiles fired at X"
        drop_spillover_debris(raw, texts)  # "In Moldova, a man was killed by falling debris"
        drop_stray_interceptors(raw, texts, cues.text)  # "a stray air-defence missile fell"
        drop_motive_places(raw, texts, cues.text)  # "acted in solidarity with the people of Gaza"
        drop_summary_retellings(raw, texts, cues.text, self._inside)  # "The attack in X was the fourth ..."
        drop_attack_trends(raw, texts, cues.text)  # "Attacks on X have fallen since ..."
        drop_promised_interceptions(raw, texts, cues.text)  # "vowed to shoot down every drone"
        # "India strikes Pakistan over Pahalgam massacre": at Pakistan, not Pahalgam
        target_not_cause_place([s for s in raw if s["type"] == "Strike"], views)
        # "struck the X power station, the fuel depot and the terminal in Hodeidah": Hodeidah
        one_operation_at_sites(raw, views, self.places.state_of)
        # "hit Sanaa on Monday and Saada on Tuesday": two attacks
        second_day_places(raw, views, text, published, self.places.state_of)
        empty_summed_tolls(raw, views, text)  # "Attacks on A and B killed nine": neither's toll
        lead = fill_lead_report(raw, views, disc.para, published, self.places.state_of,
                                self._wide, self._inside, disc.dateline_place)
        if lead is not None and lead["target_place"] and self.gaz.get(lead["target_place"]) is None:
            new_entities[lead["target_place"]] = self._describe_place(lead)
        absorb_retold_tolls(raw, lead, views, disc.dateline_place)
        again_by_lead_side(raw, lead, texts)
        settlement_retellings(raw, lead, views, disc.para)
        absorb_retold_targets(raw, lead, views, disc.dateline_place)
        absorb_among_targets(raw, lead, views, disc.dateline_place)  # "Among the targets was"
        # "The SDF said the strikes hit a checkpoint": the lead told by the side hit
        absorb_said_retold_targets(raw, lead, views, disc.dateline_place)
        # "... attacked the Odesa region. The drones hit Izmail, Reni and Chornomorsk": one attack
        join_listed_places(raw, texts, disc.para, self._inside, self._town)
        # "... in the village of Um Sumeima. The strike in North Kordofan state ...": one attack
        join_region_retellings(raw, texts, self._region, self._inside,
                               lambda k: self.places.ref(k).lat is not None)
        # "... in Odesa. Moscow said its forces had hit ... the Odesa region": one attack
        join_claimed_regions(raw, texts, self._region, self._inside)
        fill_later_reports(raw, views, disc.para, lead, self.places.state_of, self._inside)
        self._dateline_state = self.places.state_of(disc.dateline_place)
        # "On September 10, an Israeli missile killed nine people at a market in Saada"
        dated_background(raw, views, self._dateline_state or dateline_country(views),
                         self.places.state_of)
        # "The attack came four days after a Russian missile killed nine people in Kryvyi Rih"
        came_after_strikes(raw, views, self.places.state_of)
        if any(c in text for c in AFTER_CUE):  # "..., weeks after X rockets hit Y": no date
            undate_vague_after(raw, texts)
        # "..., six days after it was ripped apart by a Russian ballistic missile"
        hit_days_before(raw, views, text, self.places.state_of)
        # "The Oreshnik was used for the first time on <date>, when Russia fired it at Dnipro"
        first_use_strikes(raw, views, text, self.places.state_of)
        # "Drones attacked a Russian air base in Syria ... The Hmeimim base, near ...": Hmeimim
        for s in bases_named_next(raw, views, text, published):
            new_entities[s["target_place"]] = self._describe_place(s)
        # "Fighters of the Allied Democratic Forces (ADF) killed 22 villagers in Oicha on Tuesday"
        group_killings(raw, views, published, self.places.state_of,
                       self._dateline_state or dateline_country(views))
        # "the killing of 11 men ... by gunmen at Mangu on Sunday night"
        killings_by(raw, views, published, self.places.state_of,
                    self._dateline_state or dateline_country(views))
        # "Ukraine accused Moscow of striking Kyiv with missiles on Tuesday, killing three"
        accused_of_striking(raw, views, published, self.places.state_of)
        accused_attackers(raw, views)  # "Sudan's army accused the RSF of shelling X": the RSF
        accused_backers(raw, views)  # "accused Islamabad of sheltering the militants behind"
        # "A suicide bomber drove an explosives-laden vehicle into an army post in Boulkessi"
        driven_bombs(raw, views, published, self.places.state_of,
                     self._dateline_state or dateline_country(views))
        # "its forces had also destroyed two missiles being prepared for launch"
        prelaunch_strikes(raw, views, self.places.state_of)
        # "a roadside bomb was detonated under an army jeep near Jenin ... blamed the bombing on"
        blamed_bombs(raw, views, published, self.places.state_of)
        held_area_strikes(raw, views, text, published)  # "in areas of Yemen held by the Houthis"
        # "A suicide bomber blew himself up at a market in Konduga on Friday, killing 12"
        unclaimed_bombers(raw, views, text, published, self.places.state_of, self._region,
                          self._inside)
        # "Two explosions at a political rally in Quetta killed eleven people on Sunday"
        blast_tolls(raw, views, text, published, self.places.state_of)
        # "22 villagers died when attackers set fire to homes in X. Boko Haram claimed the"
        claimed_death_tolls(raw, views, text, published, self.places.state_of)
        # "JNIM claimed the killing of 12 soldiers near Djibo on Tuesday"
        claimed_killings(raw, views, text, published, self.places.state_of)
        # "Six soldiers were killed when their helicopter was brought down by a drone near X"
        downed_craft(raw, views, text, published, self.places.state_of, self._inside)
        told = [s for s in raw if s["type"] == "Strike"]
        own_forces_attacker(told, views, self._dateline_state)  # "An army drone strike"
        speaking_victim(told, views)  # "Nairobi said ... an air strike on its embassy"
        victim_is_not_attacker(told, views)  # "a Hezbollah commander was killed in the strike"
        drop_killed_retellings(raw, views)  # "... was killed in the strike on Tyre a day earlier"
        told = [s for s in raw if s["type"] == "Strike"]
        fighters_of_subject(told, views, disc.para)  # "The M23 ... Its fighters shelled"
        own_army_attacker(told, views, self._dateline_state, disc.para)  # "army aircraft bombed"
        weapon_told_before(told, views, disc.para)  # "The missile hit a house in X"
        maker_is_not_attacker(told, views, disc.para)  # "Iranian Shahed drones hit"
        made_weapon_users(told, views, text)  # "fired Iranian-made missiles. An Iranian missile"
        headline_side_in_other_clause(told, views)  # "X meets Egypt leader as drones hit Y"
        supplier_is_not_attacker(told, views)  # "UAE drones hit Port Sudan" + "accused the UAE of
        # supplying the drones"
        supplied_users_attack(told, views)  # "of supplying the RSF with the drones that struck"
        said_targeted_attacker(told, views)  # "a strike that Israel said targeted a commander"
        owner_is_not_attacker(told, views)  # "a drone struck an RSF convoy": the target's
        army_claimed(told, views, self._dateline_state)  # "The army said it had carried out"
        army_operated(told, views, self._dateline_state)  # "drones operated by the army"
        reporter_is_not_attacker(told, views, self._dateline_state)  # "Iraq said a drone hit"
        embassy_victims(told, views)  # "in retaliation for a strike on its embassy in X"
        mission_owners_not_attackers(told, views)  # "an air strike on its consulate in X"
        first_such_attacker(told, views)  # "in the first such Israeli strike"
        relative_clause_attacker(told, views)  # "a missile the Houthis fired at Tel Aviv"
        claimed_which_attacker(told, views)  # "an attack on Nov. 24 ..., which the Houthis claimed"
        appended_attributions(told, views)  # "..., an attack al-Shabaab claimed hours later"
        launch_sides(told, views, self.places.state_of)  # "shells fired from Russian-held positions hit X"
        supplied_weapon_users(told, raw, views)  # "S shipped W to R. One of those missiles hit"
        pronoun_speakers(told, views, disc, text, self.places.state_of)  # "Sikorski was in Kyiv. He said a missile"
        downed_sides(told, views, disc.para, text)  # "shot down 40 Ukrainian drones. A drone hit"
        same_wave_side(told, texts)  # "In the same wave of attacks, X was hit"
        victim_not_attacker(told, views)  # a strike in Ukraine told with no side: not Ukraine's
        maker_not_attacker(told, raw, views)  # "Iranian-made drones" hit Kyiv: not Iran's strike
        state_of_named_forces(told, views)  # "An air force strike" + "the Myanmar military"
        same_barrage_day(told, texts)  # "The same barrage also hit Mykolaiv": the barrage's day
        same_time_day(told, texts, text)  # "On the same morning, jets struck X": the day before's
        mark_also_struck(told, texts)  # "Israeli forces also shelled ...": apart in the merge
        # "fired a missile at Israel, and it struck an open area near Beersheba": that town
        for s in place_where_it_landed(told, views, self.places.state_of, self._town):
            if self.gaz.get(s["target_place"]) is None:
                new_entities[s["target_place"]] = self._describe_place(s)
        for s in located_site(told, views, self.gaz.get):  # "in Tabayin, west of Shwebo"
            new_entities[s["target_place"]] = self._describe_place(s)
        for s in site_near_town(told, views, self.gaz.get):  # "a camp at Kalma, near Nyala"
            new_entities[s["target_place"]] = self._describe_place(s)
        for s in keep_name_article(told, texts):  # "in al-Malikiyah", not "Malikiyah"
            new_entities[s["target_place"]] = self._describe_place(s)
        drop_whereabouts(raw, texts)  # "who was in X when the missiles hit"; "based in X"
        capital_in_relative_clause(told, views, self.places.state_of)  # "that Ankara linked to"
        described_state(told, views)  # "an oil depot in the Gulf state, Bahrain said"
        for s in place_in_qualified_region(told, views, disc.dateline_place):  # "in eastern Ituri"
            new_entities[s["target_place"]] = self._describe_place(s)
        for s in base_before_region(told, views):  # "Ain al-Asad air base in western Anbar"
            new_entities[s["target_place"]] = self._describe_place(s)
        drop_river_targets(raw, views)  # "on the west bank of the Dnipro river"
        # "... said on Thursday. The Morozovsk air base was struck on Wednesday night"
        date_restated_targets([s for s in raw if s["type"] == "Strike"], texts, published,
                              lambda k: getattr(self.gaz.get(k), "label", None))
        # "... against the Kherson region. One drone slammed into ... the town of Beryslav"
        join_region_leads(raw, texts, self._wide, self._inside,
                          lambda k: self.places.ref(k).lat is not None,
                          lambda k: self.places.ref(k).label)
        # "hit the power station in Atbara and a fuel depot in Ed Damer": two sites, two towns
        parallel_sites(raw, views, self._describe_place, new_entities)
        # "near Banibangou, in the Tillaberi region": the town's attack, not also the region's
        drop_apposed_regions(raw, texts, self._wide)
        # "struck nine sites in Afghanistan, including hideouts in Khost and Paktika": one strike
        one_operation_over_included_sites(raw, views, self.places.state_of)
        drop_headline_regions(raw, texts)  # "in Sudan's Red Sea state" above "in Port Sudan"
        # "BEIRUT - A strike in southern Lebanon killed four. The strike hit ... the village of
        # Aitaroun": that village, not the dateline's city
        town_after_dateline_lead(raw, texts, disc.dateline_place, self.places.state_of)
        # "KABUL - jets struck a border district of eastern Afghanistan": the state, not Kabul
        place_part_leads(raw, views, disc.dateline_place, self.places.state_of)
        # "..., the mayor said on Wednesday. The bomb struck a petrol station on Tuesday evening"
        day_after_report_lead(raw, texts, published)
        # "struck the Al Udeid air base", "the Shati refugee camp": the site, not its bare name
        for s in keep_facility_kind([x for x in raw if x["type"] == "Strike"], texts,
                                    lambda k: self.places.ref(k).lat is not None):
            new_entities[s["target_place"]] = self._describe_place(s)
        return sents, raw, new_entities

    @staticmethod
    def _recap(s, raw) -> None:
        """"The strikes were carried out by F/A-18 jets": the weapon (and, if it had none, the
        attacker) of the attack told last, within three sentences; never an attack of its own."""
        told = [o for o in raw if o["type"] == "Strike" and 0 < s["_sent"] - o["_sent"] <= 3]
        if not told:
            return
        o = max(told, key=lambda o: o["_sent"])
        if s["weapon_text"] is not None and (o["weapon_text"] is None or (
                o["weapon"] is None and s["weapon"] is not None)):
            for k in strike_rules.WEAPON_SLOTS:
                o[k] = s[k]
        o["attacker"] = o["attacker"] or s["attacker"]
        o["_sents"] = [*o.get("_sents", [o["_sent"]]), s["_sent"]]

    def _opening_of_push(self, s, prev, prev_actors) -> None:
        """"M23 rebels launched a push toward Uvira. Their assault began with heavy shelling":
        the opening attack takes the place the push went for and the push's subject."""
        body = DATELINE_RE.match(prev.text)
        lo = body.end() if body else 0
        places = [m for m in prev.mentions if m.start >= lo and m.place() and not m.state()]
        if not places:
            return
        m = places[-1]
        s["target_place"], s["_place_text"] = m.place(), m.text
        s["target_country"] = s["target_country"] or self.places.state_of(m.place())
        if s["attacker"] is None:
            # (a state in its own country only by its forces: "The Malian army moved on Kidal")
            who = next((a for a in prev_actors if a.start >= lo and a.key and not a.person
                        and a.end <= m.start and (a.key != s["target_country"] or _FORCES_NEXT.match(
                            prev.text, a.end))), None)
            s["attacker"] = who.key if who is not None else None
        if s["date"] is None and prev.dates:
            s["date"] = prev.dates[0].value  # "launched a push toward Uvira on Tuesday"
        s["_sents"] = [*s.get("_sents", [s["_sent"]]), prev.index]

    def _toll_back_refs(self, raw, strikes, views) -> None:
        """"Officials said 18 people were killed in the attack in the Donetsk region": the
        toll of the strike told last before (at that place, in it, or none named), raised."""
        for s in [s for s in strikes if s.pop("_tollref", False)]:
            # (a strike of the sentence just before counts though its attacker is yet to be
            # told: "... a second wave struck the Saltivka area. Three people died in that
            # attack")
            prior = [p for p in strikes if p["_sent"] < s["_sent"] and p in raw and (
                not p.get("_pending") or p["_sent"] == s["_sent"] - 1)]
            if not prior:
                continue
            p = max(prior, key=lambda p: p["_sent"])
            if s["target_place"] and s["target_place"] != p["target_place"] and not broader(
                    self.places, s["target_place"], p["target_place"]):
                continue  # "... killed in the attack on Kherson": another place, another attack
            for k in ("killed", "injured"):
                if s[k] is not None and (p[k] is None or s[k] > p[k]):
                    p[k] = s[k]
            p["_sents"] = [*p.get("_sents", [p["_sent"]]), s["_sent"]]
            _date_by_possessive_day(p, views[s["_sent"]])
            raw.remove(s)
            strikes.remove(s)

    def _discourse(self, raw, views, disc: Discourse, new_entities) -> None:
        """Join what several sentences tell of one attack (kg.extract.discourse)."""
        strikes = [s for s in raw if s["type"] == "Strike"]
        self._toll_back_refs(raw, strikes, views)
        # toll updates anywhere in the article raise the strike told last before them
        told = {s["_sent"] for s in strikes}
        for v in views:
            if v.index in told or not (is_toll_update(v.text)
                                       or strike_rules.toll_back_ref(v.text)):
                continue
            if _NOT_AN_ATTACK.search(v.text) and not strike_rules.TRIGGER_RE.search(v.text):
                continue  # "the toll from last month's floods was revised to 19": no attack's
            killed, injured = strike_rules.casualties(v.text)
            # ("... a second wave struck the Saltivka area. Three died in that attack": the
            # attack of the sentence just before, though its attacker is told elsewhere)
            told_before = [s for s in strikes if s["_sent"] < v.index and (
                not s.get("_pending") or s["_sent"] == v.index - 1
                or (s["target_place"] and s["attacker"]))]
            prior = [s for s in told_before if s["killed"] is not None or s["injured"] is not None]
            if not prior and (is_toll_update(v.text) or strike_rules.toll_back_ref(v.text)):
                # "A missile slammed into the port. ... By Monday the toll had been raised to
                # eight"; "... The strike killed five": the toll of the attack told without one
                prior = told_before or [s for s in strikes if s["_sent"] < v.index
                                        and (s["target_place"] or s["attacker"])]
            if killed is not None:
                # "the number of dead at the store rose to sixteen": the attack that had dead,
                # not a later one that only wounded
                had_dead = [s for s in prior if s["killed"] is not None and s["killed"] <= killed]
                prior = had_dead or prior
            if not prior:
                continue
            s = max(prior, key=lambda s: s["_sent"])
            for k, n in (("killed", killed), ("injured", injured)):
                if n is not None and (s[k] is None or n > s[k]):
                    s[k] = n
            s["_sents"] = [*s.get("_sents", [s["_sent"]]), v.index]
            _date_by_possessive_day(s, v)
        for s in strikes:
            # "KHARKIV — ... hit the Saltivka residential area of the city": the city
            city = enclosing_city(s, views[s["_sent"]], disc.dateline_place, self.places,
                                  [o["target_place"] for o in strikes if o["_sent"] < s["_sent"]])
            if city is not None:
                if not any(o is not s and o["target_place"] == s["target_place"]
                           for o in strikes):
                    new_entities.pop(s["target_place"], None)
                s["target_place"], s["_place_text"] = city, self.places.ref(city).label
                s["target_country"] = self.places.state_of(city) or s["target_country"]
        for s in strikes:
            # "the drones reached the city on Sunday, when they hit the Osman Digna air base":
            # a facility named only by its noun lies in the city just told
            if s.get("_facility_name") and _SETTLEMENT_REF.search(views[s["_sent"]].text):
                others = [o for o in strikes if o is not s and o["target_place"]
                          and not o.get("_facility_name")]
                place, label, _ = disc.place_for({**s, "target_country": None}, others,
                                                 views[s["_sent"]])
                if place:
                    if not any(o is not s and o["target_place"] == s["target_place"]
                               for o in strikes):
                        new_entities.pop(s["target_place"], None)
                    s["target_place"], s["_place_text"] = place, label
                    s["target_country"] = self.places.state_of(place) or s["target_country"]
        disc.struck = {s["target_place"] for s in strikes if s["target_place"]}
        for s in strikes:
            if s["attacker"] is None and s.get("_state_ref"):
                s["attacker"] = disc.state_told_before(s["_sent"])
            if s["attacker"] is None and (s.get("_unknown") or s.get("_blast")
                                          or _unattributed(s, views, disc)):
                continue  # "It did not say who carried out the strike"; "gunmen opened fire"
            if s.get("_side_guess"):
                # "in retaliation for a rocket attack on Metula ... The army blamed Hezbollah
                # for the attack on Metula": the side answered was guessed; the blame tells
                s["_guessed"] = s["attacker"]
                s["attacker"] = disc.told_for_place(s) or s["attacker"]
            if s["attacker"] is None and s["target_place"]:
                # "Israeli warplanes pounded Nabatieh ... The bombing of Nabatieh prompted
                # calls for restraint": the attack on that place told before, by its attacker
                # (not the headline's or the article's other side)
                same = [o for o in strikes if o["_sent"] < s["_sent"] and o["attacker"]
                        and o["target_place"] == s["target_place"] and not o.get("_earlier")]
                if same and len({o["attacker"] for o in same}) == 1:
                    s["attacker"] = same[-1]["attacker"]
                    s["confidence"] = min(s["confidence"], 0.6)
            if s["attacker"] is None:  # "The strikes hit several villages in X"
                s["attacker"] = side_told_before(s, strikes, views)
                if s["attacker"]:
                    s["confidence"] = min(s["confidence"], 0.6)
            if s["attacker"] is None:  # (not the state whose base was hit)
                s["attacker"] = unless_base_user(disc.attacker_for(s), views[s["_sent"]].text,
                                                 self.gaz)
                if s["attacker"]:
                    s["confidence"] = min(s["confidence"], 0.6)
            if s["attacker"] is None and s["target_country"]:
                # "Malian drones struck ... On Tuesday, drones hit a convoy near Tessalit": a
                # state's forces striking in their own country, told just before, struck again
                prior = [o for o in strikes if 0 < s["_sent"] - o["_sent"] <= 5
                         and o["attacker"] and o["attacker"] == s["target_country"]
                         and o["target_country"] in (None, s["target_country"])]
                if prior:
                    s["attacker"] = prior[-1]["attacker"]
                    s["confidence"] = min(s["confidence"], 0.6)
        for s in strikes:  # "Among the targets were ...": the places of the raid just told
            if s.get("_listed"):
                prior = [o for o in strikes if not o.get("_listed")
                         and 0 < s["_sent"] - o["_sent"] <= 1]
                if prior:
                    s["attacker"] = s["attacker"] or prior[-1]["attacker"]
                    s["date"] = s["date"] or prior[-1]["date"]
        for s in strikes:
            if s["target_place"] is None and s.get("_bare_capital"):
                # "shelled a camp on the outskirts of the capital": the capital of the country
                # hit, else of the dateline's or the article's country
                dateline_state = self.places.state_of(disc.dateline_place)
                state = s["target_country"] or possessive_teller(  # "Somalia's ministry said"
                    views[s["_sent"]], dateline_state) or dateline_state or self._context_state
                cap = self.places.capital_of(state)
                if cap is not None and state != s["attacker"]:
                    s["target_place"], s["_place_text"] = cap, self.places.ref(cap).label
                    s["target_country"] = state
        placed = [s for s in strikes if s["target_place"]]
        for s in strikes:
            # "Russian missiles slammed into a printing works in the city": a complete attack
            # told with a back-reference takes its place too
            if s["target_place"] is None and not s.get("_placeless") and (
                    s.get("_pending") or s.get("_dateline_only") or (
                    s["attacker"] and BACK_REF.search(views[s["_sent"]].text))) and not (
                    s.get("_state_ref") and s.get("_again")
                    and not BACK_REF.search(views[s["_sent"]].text)):
                # ("the country's military hit a second boat": its own place, if any)
                place, label, source = disc.place_for(s, placed, views[s["_sent"]])
                if source is not None and not s.get("_again") and not _apart(s, source):
                    # "The hospital was hit on Monday": more of the attack just told
                    if source.get("date") is None or (s.get("date") and len(s["date"]) >
                                                        len(source["date"])):
                        source["date"] = s.get("date") or source.get("date")
                    for k in ("killed", "injured"):
                        if s[k] is not None and (source[k] is None or s[k] > source[k]):
                            source[k] = s[k]
                    if source["attacker"] is None and s["attacker"] is not None \
                            and s["attacker"] != source.get("target_country"):
                        # ("Gunmen then stormed the area", its side claimed after: round 80)
                        source["attacker"], source["assertion"] = s["attacker"], s["assertion"]
                    source["_sents"] = [*source.get("_sents", [source["_sent"]]), s["_sent"]]
                    raw.remove(s)
                    continue
                if source is not None and s["attacker"] is None:
                    s["attacker"] = source["attacker"]  # the same attacker, another day
                if place:
                    s["target_place"], s["_place_text"] = place, label
                    s["_lead_place"] = source is None  # the dateline's or headline's
                    if not s["_lead_place"] or HIT_THERE.search(views[s["_sent"]].text):
                        # (a place told back is told for the sentences after it too: "hit a
                        # hypermarket there ... a printing house in the city"; round 76)
                        placed.append(s)
                    s["target_country"] = s["target_country"] or self.places.state_of(place)
                    if self.gaz.get(place) is None and place not in new_entities:
                        new_entities[place] = self._describe_place(s)
                    if (s["attacker"] is None and not s.get("_unknown") and not s.get("_blast")) \
                            or s["attacker"] == s["target_country"]:
                        s["attacker"] = disc.attacker_for(s)
        refine_lead_places(strikes, raw, [v.text for v in views], disc.para, self.places.state_of)
        resolve_relative_dates([s for s in strikes if s in raw], [v.text for v in views])
        for s in strikes:
            if s.get("_pending") and not ((s["target_place"] or s.get("_state_only")
                                           or s.get("_state_ref") or s.get("_vessel"))
                                          and s["attacker"]) \
                    and not ((s.get("_unknown") or s.get("_capital_only")) and s["target_place"]
                             and (s["killed"] is not None or s["injured"] is not None)) \
                    and s in raw:
                raw.remove(s)
                _lend_day(s, [o for o in strikes if o in raw])
                # "... in Zamfara state. The strike hit a gathering in Tungar Kara": the village
                moved = place_of_retold_site(s, [o for o in strikes if o in raw],
                                             [v.text for v in views], disc.para, self._wide,
                                             self._inside,
                                             lambda k: self.places.ref(k).lat is not None)
                if moved is not None and self.gaz.get(moved["target_place"]) is None:
                    new_entities[moved["target_place"]] = self._describe_place(moved)
            elif s.get("_side_guess") and s in raw and s["attacker"] == s.get("_guessed") \
                    and not (s["date"] or s.get("_own_side") or s["killed"] is not None
                             or s["injured"] is not None):
                # "in response to a drone attack on Haifa last week": an undated attack answered,
                # its attacker only guessed as the other side, is background, not a strike told
                raw.remove(s)

    def _describe_place(self, s: dict[str, Any]) -> dict[str, Any]:
        """The record's description of a place the gazetteer does not hold: GeoNames' name,
        state and coordinates, or the name as written (with the country the sentence gave)."""
        ref = self.places.ref(s["target_place"])
        if ref.lat is not None:
            out: dict[str, Any] = {"key": ref.key, "type": "Place", "label": ref.label}
            if s.get("_place_text") and s["_place_text"] != ref.label:
                out["aliases"] = [s["_place_text"]]
            spelt = text_spelling(ref.label, s.get("_place_text")) if ref.admin else None
            if spelt is not None:  # "the Sagaing region" (GeoNames: "Sagain")
                out["label"], out["aliases"] = spelt, [s["_place_text"], ref.label]
            if ref.state:
                out["part_of"] = ref.state
            out["geo"] = {"latitude": ref.lat, "longitude": ref.lon}
            return out
        return {"key": s["target_place"], "type": "Place", "label": s["_place_text"],
                **({"part_of": s["target_country"]} if s["target_country"] else {})}

    @staticmethod
    def _attribute(raw, v, actors, found, users, earlier=()) -> None:
        """Attackers told in a neighbouring sentence: "Drones struck X ... The Houthis claimed
        the attack"; "Russia has been using Shahed drones ... A wave of the drones struck Kyiv"."""
        # a claim or blame naming the place of one attack is not about another ("Iran blamed
        # Israel for the Damascus strike" says nothing of the air base hit in Israel)
        named = {m.place() for m in v.mentions if m.place()}
        about = named & {s["target_place"] for s in raw if s["type"] == "Strike"
                         and s["target_place"]} if named else set()
        if about:  # (the article's facts so far are read again only when one is set aside)
            raw = [s for s in raw if not (s["type"] == "Strike" and s["target_place"]
                                          and s["target_place"] not in about)]
        blame = strike_rules.blamed(v, actors)
        if blame:
            for s in raw:
                if s["type"] == "Strike" and s["attacker"] is None \
                        and v.index - 1 <= s["_sent"] <= v.index and s.get("_not_attacker") != blame:
                    # (a state blamed for an attack on its own soil: "residents blamed the
                    # Sudanese air force")
                    s["attacker"] = blame
                    s["_sents"] = [s["_sent"], v.index]
        elif strike_rules.blames_unnamed(v, actors):
            for s in raw:
                if s["type"] == "Strike" and s["attacker"] is None \
                        and v.index - 2 <= s["_sent"] <= v.index:
                    s["_unknown"] = True  # "officials blamed an Iran-backed militia"
        claim = strike_rules.claimant(v, actors, earlier)
        if claim:
            # an armed group's claim, not a state's own service ("Ukraine's SBU security
            # service later said it had carried out the attack" leaves Ukraine's drones Ukraine's)
            group = any(a.key == claim and a.mention is not None
                        and a.mention.of_type("ArmedGroup") for a in actors)
            # (the attack told last: "Mortar rounds struck Poonch ... A suicide bomber attacked
            # a convoy in Bannu ... The Taliban claimed the attack" claims Bannu's only, round 21)
            last = max((s["_sent"] for s in raw if s["type"] == "Strike"
                        and v.index - 2 <= s["_sent"] <= v.index), default=None)
            for s in raw:
                if s["type"] == "Strike" and (s["attacker"] is None or (
                        s.get("_origin") and s["_sent"] < v.index and group
                        and s["attacker"].startswith("state/"))) \
                        and v.index - 2 <= s["_sent"] <= v.index and s["target_country"] != claim \
                        and s.get("_not_attacker") != claim \
                        and s["_sent"] in (last, v.index):  # (never the side answering it)
                    s["attacker"], s["assertion"] = claim, "claimed"
                    s["_sents"] = [s["_sent"], v.index]
        for s in found:
            if s["attacker"] is not None or not s.get("weapon_text"):
                continue
            fam = strike_rules.weapon_family(s["weapon_text"])
            cands = {u for i, u, f in users if v.index - 3 <= i <= v.index and f == fam
                     and u != s["target_country"]}
            if len(cands) == 1:
                s["attacker"] = cands.pop()

    # ------------------------------------------------------------------ merging

    def city_of(self, place: str | None) -> str | None:
        """The settlement a facility lies in (hospital -> Kyiv); other places as they are."""
        seen = set()
        while place and place not in seen:
            seen.add(place)
            e = self.gaz.get(place)
            if e is None or not _FACILITY.search(e.label) or not e.part_of:
                return place
            parent = self.gaz.get(e.part_of)
            if parent is None or parent.type != "Place":
                return place
            place = e.part_of
        return place

    def merge(self, raw: list[dict[str, Any]]) -> list[dict[str, Any]]:
        facts: list[dict[str, Any]] = []
        # "John Dramani Mahama ... John Mahama": one person (kg.extract.short_names)
        facts += _merge_roles(fold_short_names([f for f in raw if f["type"] == "LeaderRole"],
                                               self.gaz.get))
        treaties = _merge_treaties([f for f in raw if f["type"] == "Treaty"],
                                   getattr(self, "_context_state", None),
                                   getattr(self, "_state_counts", None))
        facts += treaties
        strikes = self._merge_strikes([f for f in raw if f["type"] == "Strike"])
        facts += strikes
        facts += _merge_transfers([f for f in raw if f["type"] == "ArmsTransfer"], treaties,
                                  strikes, raw, getattr(self, "_state_counts", Counter()),
                                  getattr(self, "_dateline_state", None),
                                  getattr(self, "_objecting", {}))
        return facts

    def _merge_strikes(self, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for s in items:
            s["_city"] = self.city_of(s["target_place"])
        placed = [s for s in items if s["_city"]]
        unplaced = [s for s in items if not s["_city"]]
        # "The US struck targets in Yemen. Aircraft ... hit sites near Sanaa": a place without an
        # attacker takes the one attacker of a placeless strike in that country nearby
        for s in placed:
            if s["attacker"] or not s["target_country"]:
                continue
            who = {u["attacker"] for u in unplaced if u["attacker"]
                   and u["target_country"] == s["target_country"]
                   and abs(u["_sent"] - s["_sent"]) <= 2 and u["attacker"] != s["target_country"]}
            if len(who) == 1:
                s["attacker"] = who.pop()
        out: list[dict[str, Any]] = []

        def absorb(into, s):
            into["_sents"] = into.get("_sents", [into["_sent"]]) + s.get("_sents", [s["_sent"]])
            for k in ("killed", "injured"):
                if s[k] is not None and (into[k] is None or s[k] > into[k]):
                    into[k] = s[k]
            for k in ("attacker", "target_country", "date", "weapon", "weapon_text",
                      "weapon_category", "target_place"):
                if into.get(k) is None and s.get(k) is not None:
                    into[k] = s[k]
            if into["weapon"] is None and s["weapon"]:
                into["weapon"], into["weapon_text"] = s["weapon"], s["weapon_text"]
            if into.get("_summary") and not s.get("_summary") and s.get("date"):
                into["date"], into["_summary"] = s["date"], False  # the attack's own day
            rank = {"reported": 0, "claimed": 1, "denied": 2}
            if rank[s["assertion"]] < rank[into["assertion"]]:
                into["assertion"] = s["assertion"]
            into["confidence"] = max(into["confidence"], s["confidence"])

        def other_day(a, b):  # "again on Tuesday": a second attack on the same city
            if told_apart(a, b):
                return True  # "..., hours after a missile struck the city": two attacks
            if (a.get("_summary") or b.get("_summary")) and _within_a_day(a, b):
                return False  # "..., with Kyiv the main target": the night's count restated
            if (a.get("_rel_date") or b.get("_rel_date")) and not (a.get("_again") or b.get(
                    "_again")) and _within_a_day(a, b):
                return False  # "... launched overnight" beside "on Thursday": one night
            later = b if b["_sent"] > a["_sent"] else a
            first = a if later is b else b
            if _headline_only(first) and not later.get("_again") and _within_a_day(a, b):
                # "Missiles hit Odesa in overnight barrage" over "... overnight into Monday":
                # a headline dates the night's attack by the day it was written
                return False
            if later.get("_again") and a["_sent"] != b["_sent"] \
                    and set(first.get("_sents", [first["_sent"]])) != {0}:
                # (a headline alone restates the body's attack, "again" or not)
                # "Hours later, drones struck the city again" (another attack than the ones
                # before it; not than "the bombing of the city" told after it)
                return True
            return _apart(a, b)

        for s in list(placed):
            # "Pakistani jets bombed villages in Paktika province ... the strikes had hit the
            # Barmal district": a place no gazetteer knows, told of the attack just told, is
            # a part of that attack's place (one strike), not another attack
            if s.get("_backref") and s["target_country"] is None \
                    and self.gaz.get(s["target_place"]) is None \
                    and self.places.state_of(s["target_place"]) is None:
                into = [o for o in placed if o is not s and o["target_country"]
                        and 0 < s["_sent"] - o["_sent"] <= 2
                        and (s["attacker"] is None or o["attacker"] == s["attacker"])]
                if into:
                    told = max(into, key=lambda o: o["_sent"])
                    absorb(told, s)
                    placed.remove(s)
                    if self._wide(told["target_place"]) and s["_sent"] - told["_sent"] == 1 \
                            and (s.get("_para") == told.get("_para") or s.get("_retold")):
                        # "... in Paktika province. The bombs fell on the district of Barmal":
                        # the place named next, not the region told first, is the one hit
                        # (a new paragraph's "said the strikes hit Barmal" is a detail;
                        # one opening on "The strike hit" tells it: kg.extract.retold_strike)
                        told["target_place"], told["_city"] = s["target_place"], s["_city"]
        for s in placed:
            same = next((o for o in out if o["_city"] == s["_city"]
                         and (o["attacker"] == s["attacker"] or not o["attacker"]
                              or not s["attacker"]) and not other_day(o, s)), None)
            if same:
                headline = _headline_only(same)
                absorb(same, s)
                if headline and s.get("date") and len(s["date"]) == 10:
                    same["date"] = s["date"]  # the body's day, not the headline's
                if headline and s["weapon"]:  # the body's "Kalibr cruise missiles"
                    for k in strike_rules.WEAPON_SLOTS:
                        same[k] = s.get(k)
            else:
                out.append(s)
        def same_time(a, b):  # "in April" and "on 1 October" are two attacks
            da, db = a.get("date"), b.get("date")
            if not da or not db:
                return True
            n = min(len(da), len(db))
            return da[:n] == db[:n]

        for s in unplaced:
            # ("Two days later the country's military hit a second boat": another attack)
            same = [o for o in out if o["attacker"] == s["attacker"] and (
                not s["target_country"] or not o["target_country"]
                or o["target_country"] == s["target_country"]) and same_time(o, s)
                and not other_day(o, s)]
            if len(same) >= 1:
                absorb(same[0], s)
            else:
                twin = next((o for o in out if not o["_city"] and o["attacker"] == s["attacker"]
                             and o["target_country"] == s["target_country"]
                             and same_time(o, s)), None)
                if twin:
                    absorb(twin, s)
                else:
                    out.append(s)
        out = self._merge_nested(out, absorb)
        return [s for s in out if s["attacker"] or s["_city"]]

    def _town(self, place: str) -> bool:
        """A town or city: neither a region nor a state."""
        return not self.places.ref(place).admin and self.places.state_of(place) != place

    def _region(self, place: str | None) -> bool:
        """Whether a place is an administrative region (not a sea, not a settlement)."""
        return bool(place) and self.places.ref(place).admin

    def _inside(self, inner: str, outer: str) -> bool:
        """Whether a place lies in another (the gazetteer's part-of chain, or a region's)."""
        if outer in part_of_chain(self.gaz, inner) or broader(self.places, outer, inner):
            return True
        # (a district GeoNames alone knows: "the Saltivka district" of Kharkiv, by distance)
        a, b = self.places.ref(inner), self.places.ref(outer)
        return bool(a.lat is not None and b.lat is not None and not a.admin
                    and _km(a.lat, a.lon, b.lat, b.lon) < 15)

    def _wide(self, place: str | None) -> bool:
        """Whether a place is a region, valley, strip or the like rather than a settlement
        (the gazetteer draws no border for "the Bekaa Valley")."""
        if not place:
            return False
        ref = self.places.ref(place)
        return bool(ref.admin or _WIDE_LABEL.search(ref.label or ""))

    def _merge_nested(self, out, absorb):
        """One attack told at two granularities: a district of a city already struck (Dahieh,
        Beirut) joins the city; a headline's region (Crimea) yields to the body's place in it
        (Sevastopol)."""
        def compatible(a, b):
            return a["attacker"] == b["attacker"] or not a["attacker"] or not b["attacker"]

        def again(a, b):  # "Another strike hit a school in Gaza City": not the one told
            return (bool(a.get("_again") or b.get("_again")) and a["_sent"] != b["_sent"]) \
                or told_apart(a, b)

        def headline_only(s):
            return set(s.get("_sents", [s["_sent"]])) == {0}

        drop: set[int] = set()
        # "Missiles struck the Kharkiv region ... The strikes hit Chuhuiv": the lead's region
        # or sea yields to the exact place told next (one strike, at the exact place); and
        # "Drones struck Izmail ... The ministry said its forces hit the Odesa region", "The
        # drones also hit a power station, causing blackouts across Red Sea state": a region
        # told just after, by the same attacker, restates the attack on the place in it
        for o in out:
            s = next((s for s in out if s is not o and id(s) not in drop and compatible(s, o)
                      and not again(s, o)
                      and (0 <= min(s.get("_sents", [s["_sent"]])) - o["_sent"] <= 3
                           or (any(0 < o["_sent"] - j <= 2 for j in s.get("_sents", [s["_sent"]]))
                               and s["attacker"] and not o.get("_again")
                               and self._region(o["target_place"])))
                      and not _other_date(s, o)
                      # ("also shelled Kfar Kila" after the attack on the town of Nabatieh)
                      and not (s.get("_also") and s["_sent"] > o["_sent"]
                               and not self._wide(o["target_place"]))
                      and (broader(self.places, o["target_place"], s["target_place"])
                           or (o.get("_lead_place") and not s.get("_lead_place")
                               and s["target_country"] == o["target_country"])
                           # "Israeli jets struck the Bekaa Valley. The strikes hit the town of
                           # Baalbek": the attack told again at a place the wide one holds
                           or (s.get("_backref") and s["target_country"]
                               and s["target_country"] == o["target_country"]
                               and self._wide(o["target_place"])
                               and not self._wide(s["target_place"])))), None)
            if s is not None:
                place, own = s["target_place"], (s["killed"], s["injured"])
                absorb(s, o)
                s["target_place"], s["_city"] = place, self.city_of(place)
                for k, n in zip(("killed", "injured"), own, strict=True):
                    if n is not None:  # the exact place's own toll, not the region's
                        s[k] = n
                drop.add(id(o))
        for s in out:
            if id(s) in drop:
                continue
            for o in out:
                if o is s or id(o) in drop or not compatible(s, o) or again(s, o):
                    continue
                if o["_city"] in part_of_chain(self.gaz, s["_city"]):
                    # s lies inside o: s is the detail of o, unless o is only the headline's
                    keep, lose = (s, o) if headline_only(o) and not headline_only(s) else (o, s)
                    place = keep["target_place"]
                    absorb(keep, lose)
                    keep["target_place"], keep["_city"] = place, self.city_of(place)
                    drop.add(id(lose))
                    if lose is s:
                        break
            else:
                continue
        # "The drones also hit power lines around Kharkiv" after "struck the village of
        # Tsyrkuny near Kharkiv": a follow-up striking the place that located the attack
        # just told is more of that attack (kept at the place hit)
        for o in out:
            if id(o) in drop or not o.get("_backref") or o.get("_again"):
                continue
            s = next((s for s in out if s is not o and id(s) not in drop and compatible(s, o)
                      and o["target_place"] in s.get("_locators", ())
                      and any(0 < o["_sent"] - j <= 2 for j in s.get("_sents", [s["_sent"]]))
                      and not _other_date(s, o)), None)
            if s is not None:
                place = s["target_place"]
                absorb(s, o)
                s["target_place"], s["_city"] = place, self.city_of(place)
                drop.add(id(o))
        # a headline strike whose country matches exactly one body strike of its attacker
        for s in out:
            if id(s) in drop or not headline_only(s):
                continue
            known = bool(s["target_place"] and self.gaz.get(s["target_place"]) is not None)
            body = [o for o in out if o is not s and id(o) not in drop and not headline_only(o)
                    and compatible(s, o) and s["target_country"]
                    and (o["target_country"] == s["target_country"]
                         or (o["target_country"] is None and o["target_place"]
                             and self.gaz.get(o["target_place"]) is None))
                    # a known headline place yields only to an unknown body place in its country
                    and not (known and o["target_place"]
                             and self.gaz.get(o["target_place"]) is not None)]
            # (a headline with no attacker restates the lead at a broader place)
            if len(body) == 1 or (body and not s["attacker"]):
                place = body[0]["target_place"]
                absorb(body[0], s)
                body[0]["target_place"] = place
                drop.add(id(s))
        headline_toll_twins(out, absorb, drop)  # "Shelling kills four in Kashmir ..."
        return [s for s in out if id(s) not in drop]

    # ------------------------------------------------------------------ records

    def extract(self, article: dict[str, Any]) -> dict[str, Any]:
        text = article.get("text") or ""
        published = parse_iso(article.get("published"))
        sents, raw, new_entities = self.analyse(text, published)
        facts = self.merge(raw)
        if published:  # an event cannot postdate its report
            for f in facts:
                d = f.get("date")
                if d and d[:len(published.isoformat()[:len(d)])] > published.isoformat()[:len(d)]:
                    f["date"] = None
        out_facts = []
        used_keys: set[str] = set()
        for f in facts:
            rec = _to_record_fact(f, sents, self.calibration)
            out_facts.append(rec)
            for v in rec.values():
                if isinstance(v, str) and v.startswith(_ENTITY_PREFIXES):
                    used_keys.add(v)
                elif isinstance(v, list):
                    used_keys.update(x for x in v if isinstance(x, str))
        entities = [e for k, e in new_entities.items() if k in used_keys and self.gaz.get(k) is None]
        art = {k: article.get(k) for k in ("id", "title", "publisher", "url", "published",
                                           "language", "text")}
        art["language"] = art.get("language") or "en"
        art = {k: v for k, v in art.items() if v is not None or k == "published"}
        return {"record_version": 1, "article": art, "entities": entities, "facts": out_facts}


_ENTITY_PREFIXES = ("person/", "place/", "state/", "org/", "weapon/")  # (keys a record uses)


# a state's services or units after its name ("The Malian army", "Russian troops")
_FORCES_NEXT = re.compile(rf"(?:['’]s)?\s+(?:{SERVICES}|forces|troops|soldiers|jets|warplanes)\b",
                          re.I)
# a toll of another kind of event (a disaster, an accident), told near an attack
_NOT_AN_ATTACK = re.compile(r"\b(?:floods?|flooding|earthquakes?|quakes?|landslides?|storms?|"
                            r"cyclones?|hurricanes?|typhoons?|wildfires?|heatwaves?|"
                            r"epidemic|outbreak|cholera|accidents?|crash(?:es)?|"
                            r"stampede|famine|drought)\b", re.I)


_WIDE_LABEL = re.compile(r"\b(?:Valley|Strip|Bank|Heights|Plain|Plains|Peninsula|Basin|Coast|"
                         r"Corridor|Desert|Delta|[Rr]egion|[Pp]rovince|[Oo]blast|[Gg]overnorate)$")


def _lend_day(s: dict[str, Any], strikes: list[dict[str, Any]]) -> None:
    """"Myanmar's military carried out an air strike in the country's west on Friday. A jet
    bombed the town of Kyauktaw ...": a placeless lead dropped for the attack the next sentence
    places gives it its day (one attack, told coarsely first)."""
    if not (s.get("_placeless") and s["date"]):
        return
    nxt = [o for o in strikes if o["_sent"] == s["_sent"] + 1 and o["target_place"]]
    if len(nxt) == 1 and nxt[0]["date"] is None and nxt[0]["attacker"] in (None, s["attacker"]) \
            and s["target_country"] in (None, nxt[0]["target_country"]) and not nxt[0].get("_again"):
        nxt[0]["date"] = s["date"]
        nxt[0]["_sents"] = [*nxt[0].get("_sents", [nxt[0]["_sent"]]), s["_sent"]]


def _unattributed(s: dict[str, Any], views, disc) -> bool:
    """Whether the strike's sentence, or the next one in its paragraph, says its attacker is
    not known ("It did not say who carried out the strike")."""
    i = s["_sent"]
    if i == 0:
        return False
    if strike_rules.UNATTRIBUTED.search(views[i].text):
        return True
    return i + 1 < len(views) and disc.para[i + 1] == disc.para[i] \
        and strike_rules.UNATTRIBUTED.search(views[i + 1].text) is not None


def _apart(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Dates that cannot be one day: two days, or a month that does not hold the other's day
    ("was last struck in April" beside Monday's attack)."""
    da, db = a.get("date") or "", b.get("date") or ""
    return bool(len(da) >= 7 and len(db) >= 7 and not da.startswith(db)
                and not db.startswith(da))


# what carries a weapon rather than what hits: a munition told later is the finer weapon
_CARRIER_CATEGORIES = {"aircraft", "helicopter", "ship"}


def _finer_weapon(told: dict[str, Any], of: dict[str, Any]) -> bool:
    """Whether a follow-up's weapon names the attack's better: a known weapon (not "bombs")
    where none was told, or a carrier (jets, a helicopter) was."""
    if not told.get("weapon") or told.get("weapon_category") in _CARRIER_CATEGORIES:
        return False
    return not of.get("weapon_text") or of.get("weapon_category") in _CARRIER_CATEGORIES


# "Saturday's attack killed five", "killed in Friday's raid": the day of the attack told before
_POSSESSIVE_DAY = re.compile(r"['’]s\s+(?:[\w-]+\s+)?(?:attacks?|strikes?|airstrikes?|raids?|"
                             r"bombings?|shelling|barrage|assault|bombardment)\b", re.I)


def _date_by_possessive_day(s: dict[str, Any], view) -> None:
    """Give an undated strike the day a toll sentence names its attack by."""
    if s.get("date"):
        return
    days = {d.value for d in view.dates if d.kind == "weekday"
            and _POSSESSIVE_DAY.match(view.text, d.end)}
    if len(days) == 1:
        s["date"] = days.pop()


def _headline_only(s: dict[str, Any]) -> bool:
    """A strike told in the headline (sentence 0) and nowhere else."""
    return set(s.get("_sents", [s["_sent"]])) == {0}


def _within_a_day(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Dates at most a day apart, or one unknown (a night's attack told with either day)."""
    da, db = a.get("date") or "", b.get("date") or ""
    if len(da) != 10 or len(db) != 10:
        return not _apart(a, b)
    return abs((date.fromisoformat(da) - date.fromisoformat(db)).days) <= 1


# a transfer told with a pronoun subject or a possessive recipient ("It has delivered ...",
# "became its largest supplier"): its other end is in the sentences just before
# "Egypt has supplied the army with drones": the state's forces, not the group fighting them
_ARMY_SUPPLIED = re.compile(r"\b(?:suppl(?:y|ies|ied|ying)|s(?:ell|ells|old|elling)|sen(?:d|ds|t|ding)|"
                            r"provid(?:e|es|ed|ing)|arm(?:s|ed|ing)|equipp(?:ed|ing))\s+"
                            + transfer_rules.THE_ARMY +
                            # ("has delivered drones to the army": round 57)
                            r"|\bto\s+" + transfer_rules.THE_ARMY, re.I)


def _names_group(view) -> bool:
    return any(c.type == "ArmedGroup" for m in view.mentions for c in m.cands)


# a sentence about suppliers ("India is not the only new partner"): its states supply
_SUPPLIER_NOUN = re.compile(r"\b(?:suppliers?|partners?|exporters?|sellers?|providers?|backers?)\b",
                            re.I)
_ITS_PARTNERS = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+)?(?:partners|allies|neighbours|"
                           r"neighbors|backers)\b", re.I)
_TOLD_BACK = re.compile(r"^\W*(?:It|They)\b|\bits\s+(?:[\w-]+\s+){0,2}"
                        r"(?:suppliers?|sources?|providers?|partners?|ally)\b")


def _joint_purchase(f: dict[str, Any], treaties: list[dict[str, Any]]) -> bool:
    """Whether the transfer is told in the sentence of a pact of three or more states its known
    end is party to ("Estonia, Latvia and Lithuania signed an agreement to buy ammunition
    together"): a joint purchase, whose seller is no bilateral treaty partner of one of them."""
    end = f["recipient"] or f["supplier"]
    return any(len(t.get("parties") or []) > 2 and end in t["parties"]
               and f["_sent"] in t.get("_sents", [t.get("_sent")]) for t in treaties)


def _other_date(a: dict[str, Any], b: dict[str, Any]) -> bool:
    da, db = a.get("date") or "", b.get("date") or ""
    return len(da) == 10 and len(db) == 10 and da != db


def _evidence(f: dict[str, Any], sents, confidence: float) -> list[dict[str, Any]]:
    """The fact's sentences as evidence, each with the fact's confidence."""
    idx = list(dict.fromkeys(f.get("_sents", [f["_sent"]])))[:MAX_EVIDENCE]
    return [{"quote": sents[i].text, "start": sents[i].start, "end": sents[i].end,
             "confidence": confidence, "extractor": EXTRACTOR, "extractor_version": VERSION}
            for i in idx]


_RECORD_FIELDS = {
    "LeaderRole": ("person", "office", "state"),
    "Treaty": ("parties", "signatories", "date", "duration_years", "kind"),
    "Strike": ("attacker", "target_place", "target_country", "weapon", "weapon_category",
               "weapon_text", "killed", "injured", "date", "strike_kind", "assertion"),
    "ArmsTransfer": ("supplier", "recipient", "weapon", "weapon_category", "weapon_text",
                     "quantity", "status", "date"),
}


def _to_record_fact(f: dict[str, Any], sents, calibration: Calibration | None) -> dict[str, Any]:
    rec: dict[str, Any] = {"type": f["type"]}
    for k in _RECORD_FIELDS[f["type"]]:
        v = f.get(k)
        if k == "attacker" and v and not re.match(r"^(?:state|org)/", v):
            v = None
        rec[k] = v
    raw = f.get("confidence", 0.7)  # the rule's score; calibrated: its bucket's precision
    conf = calibration.confidence(rec, raw) if calibration else round(float(raw), 2)
    rec["evidence"] = _evidence(f, sents, conf)
    return rec


def _merge_roles(items):
    out: dict[tuple, dict] = {}
    for f in items:
        # one role per person and state: a double title ("Prime Minister and Foreign Minister
        # X") is one fact (GOLD.md matches roles on person and country), with the first office
        k = (f["person"], f["state"])
        if k in out:
            out[k]["_sents"].append(f["_sent"])
            out[k]["confidence"] = max(out[k]["confidence"], f["confidence"])
        else:
            out[k] = {**f, "_sents": [f["_sent"]]}
    return list(out.values())


def _complete_counterparts(items, context_state):
    """A treaty told with one party ("Britain signed the first in January") gets the
    counterpart of the article's complete treaties: the state in most of them (ties: the
    article's main state)."""
    complete = [f for f in items if not f.get("_needs_counterpart")]
    counts = Counter(p for f in complete for p in set(f["parties"]) if p.startswith("state/"))
    cp = None
    if counts:
        top = counts.most_common()
        best = [k for k, n in top if n == top[0][1]]
        if len(best) == 1:
            cp = best[0]
        elif context_state in best:
            cp = context_state
    out = []
    for f in items:
        told = next((g for g in complete if g["_sent"] < f["_sent"]
                     and set(f["parties"]) <= set(g["parties"])), None) \
            if f.get("_needs_counterpart") and f.get("signatories") else None
        if told is not None:
            # "The leaders of A, B and C signed a treaty. X, Y and Z signed the treaty in the
            # palace": the signers of the treaty told before (round 81: known rulers now give
            # their states, one of which read this as a treaty of its own)
            told["signatories"] = list(dict.fromkeys([*(told.get("signatories") or []),
                                                      *f["signatories"]]))
            continue
        if f.get("_needs_counterpart"):
            k = _series_partner(f, counts) or cp or (
                context_state if f.get("_context_counterpart") else None)
            if k is None or k in f["parties"]:
                continue
            f = {**f, "parties": [*f["parties"], k]}
        out.append(f)
    return out


def _series_partner(f, counts) -> str | None:
    """The partner of one of a series of accords ("Similar accords have since been concluded
    with A and B"): of the states told near it (this sentence first, then the one before), the
    one in most of the article's treaties, else the only one."""
    near = list(dict.fromkeys(f.get("_near") or []))
    known = [k for k in near if counts.get(k)]
    if known:  # (ties: the state told nearest)
        return max(known, key=lambda k: (counts[k], -near.index(k)))
    return near[0] if len(near) == 1 else None


def _pair_references(items, state_counts):
    """"The two countries signed their first such framework in 2005": the parties of the
    article's treaty told nearest before it (else the article's two main states)."""
    complete = [f for f in items if not f.get("_needs_pair") and not f.get("_needs_counterpart")
                and len([p for p in f["parties"] if p.startswith("state/")]) >= 2]
    out: list[dict] = []
    resolved: list[dict] = []  # references resolved so far, in order
    for f in items:
        if f.get("_needs_pair"):
            before = [g for g in complete if g["_sent"] <= f["_sent"]] or (
                complete if len(f.get("_recent_states") or []) < 2 else [])
            if f.get("_attach_only"):
                # signers told after the treaty: only to a treaty told in the sentences before
                # (one whose parties were themselves told before counts: "they signed")
                near = [g for g in [*complete, *resolved] if 0 <= f["_sent"] - g["_sent"] <= 4]
                if not near:
                    continue
                f = {**f, "parties": list(max(near, key=lambda g: g["_sent"])["parties"])}
            elif f.get("_group_ref") and f.get("_recent_group") and not [
                    g for g in complete if g["_sent"] <= f["_sent"]]:
                # "they signed": the states the sentences just before named together
                f = {**f, "parties": list(dict.fromkeys([*f["_recent_group"], *f["parties"]]))}
            elif not f.get("_signers_of") and pair_of_sentence_before(f, before):
                # "... flew on to Baku for talks with Azerbaijan's President. The two countries
                # signed": the pair of the sentence before (kg.extract.pair_before)
                f = {**f, "parties": pair_of_sentence_before(f, before)}
            elif before:
                # ("The Czech agreement was signed by ...": the treaty with that state, and
                # none if no treaty told has it)
                about = [g for g in before if f.get("_about") in g["parties"]]
                if f.get("_about") and not about:
                    continue
                g = max(about or before, key=lambda g: g["_sent"])
                # ("The two countries, together with India, signed": India too)
                f = {**f, "parties": list(dict.fromkeys([*g["parties"], *f["parties"]]))}
            elif len(f.get("_recent_states") or []) >= 2:
                # ("A and B agreed a ceasefire brokered by C. The two countries signed": A and B,
                # not the two states named last; round 84)
                pair = f.get("_joined_pair") or f["_recent_states"][:2]
                f = {**f, "parties": list(dict.fromkeys([*pair, *f["parties"]]))}
            elif state_counts:
                top = [k for k, _ in state_counts.most_common(2)]
                if len(top) < 2:
                    continue
                f = {**f, "parties": list(dict.fromkeys([*top, *f["parties"]]))}
            else:
                continue
            if not f.get("_attach_only") and len(f["parties"]) >= 2:
                resolved.append(f)
        out.append(f)
    return out


def _same_date(a, b) -> bool:
    da, db = a.get("date"), b.get("date")
    if not da or not db:
        return True
    if (a.get("_dateline_date") or b.get("_dateline_date")) and _days_apart(da, db) <= 7:
        # "A and B have signed a pact" under the dateline's day, "signed it on Wednesday"
        return True
    n = min(len(da), len(db))
    return da[:n] == db[:n]


def _days_apart(a: str, b: str) -> int:
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)
    except ValueError:  # a month or a year only
        return 10 ** 6


def _replaced_pair(a, b) -> bool:
    """A new pact and the earlier one it replaces, told in one sentence (replaced_pacts)."""
    return a["_sent"] == b["_sent"] and bool(a.get("_earlier") or b.get("_earlier"))


def _whole_told_before(signed: list[dict], f: dict) -> dict | None:
    """"Niger signed a treaty with fellow juntas Mali and Burkina Faso. Mali's A and Burkina
    Faso's B signed the treaty too": "the treaty" (no date of its own) is the larger one told
    in the last two sentences, of which these states are part."""
    if not f.get("_definite") or f["date"] or len(f["parties"]) < 2:
        return None
    return next((o for o in reversed(signed) if set(f["parties"]) < set(o["parties"])
                 and 0 < f["_sent"] - o["_sents"][-1] <= 2), None)


# "also signed a contract": another agreement than the one told before (round 74)
_ALSO_SIGNED_A = re.compile(r"\balso\s+(?:signed|inked)\s+an?\s")


def _merge_treaties(items, context_state=None, state_counts=None):
    items = _pair_references(_complete_counterparts(items, context_state), state_counts)
    signed: list[dict] = []
    for f in (f for f in items if f["_signed"]):
        # two pacts of the same states signed years apart are two treaties
        # ("The two men also signed a contract on minerals" after their migration pact: another
        # treaty of the same pair, round 74)
        same = next((o for o in signed if set(o["parties"]) == set(f["parties"])
                     and _same_date(o, f) and not _replaced_pair(o, f)
                     and not (f.get("_another") and o["kind"] and f["kind"]
                              and o["kind"] != f["kind"])), None)
        same = same or _whole_told_before(signed, f)
        if same:
            same["_sents"].append(f["_sent"])
            for s in f["signatories"]:
                if s not in same["signatories"]:
                    same["signatories"].append(s)
            for k in ("date", "duration_years", "kind"):
                if same[k] is None:
                    same[k] = f[k]
            if f["date"] and same["date"] and len(f["date"]) > len(same["date"]):
                same["date"] = f["date"]  # "in 2010" and "in May 2010": the finer date
            if same.get("_dateline_date") and f["date"] and not f.get("_dateline_date"):
                same["date"], same["_dateline_date"] = f["date"], False  # the day told
        else:
            f = {**f, "_sents": [f["_sent"]], "signatories": list(f["signatories"])}
            if f.get("_another") and f["date"] is None:
                # "They also signed a ten-year agreement": on the occasion just told (round 76)
                f["date"] = next((o["date"] for o in reversed(signed)
                                  if set(o["parties"]) == set(f["parties"])
                                  and 0 <= f["_sent"] - o["_sents"][-1] <= 1), None)
            signed.append(f)
    for f in (f for f in items if not f["_signed"]):
        same = next((o for o in signed if set(o["parties"]) <= set(f["parties"])
                     or set(f["parties"]) <= set(o["parties"])), None)
        if same:
            same["_sents"].append(f["_sent"])
            for k in ("duration_years", "kind"):
                if same[k] is None:
                    same[k] = f[k]
    return signed


def _words(text):
    return {w.rstrip("s") for w in re.findall(r"[a-z0-9]+", (text or "").lower())}


def _family(cat):
    return _FAMILY.get(cat, cat)


def _carry_context(items, dateline_state=None, attack_sents=frozenset()):
    """Items of a list told after a transfer ("They include ...") take its supplier and
    recipient; a delivery told without its recipient ("were unloaded at the port") takes the
    recipient of that supplier's other transfers, else the dateline's state."""
    complete = [f for f in items if f["supplier"] and f["recipient"] and not f.get("_carry")]
    # (buyer and seller "in talks": only for a contract told right after, no list's items)
    dealing = complete
    complete = [f for f in complete if not f.get("_talks")]
    out = []
    general: set[int] = set()
    told_as = [f for f in items if f.get("_relation")]
    for f in items:
        if f.get("_relation"):
            continue  # context only, no fact
        if f["supplier"] and not f["recipient"] and f.get("_near_states"):
            # "Moscow has become Mali's main arms supplier. It has sent two bombers, an
            # analyst in Dakar said": the state just called this supplier's client
            named = {g["recipient"] for g in told_as if g["supplier"] == f["supplier"]
                     and 0 <= f["_sent"] - g["_sent"] <= 1} & set(f["_near_states"])
            if len(named) == 1:
                f["recipient"] = named.pop()
        # "... delivered weapons to Ukraine, while Germany sent 18 Leopard tanks" (round 38)
        named = sentence_recipients(f, items)
        if named:
            f["recipient"] = named[0]
            out += [{**f, "recipient": r} for r in named[1:]]
        if f.get("_carry"):
            # (not across an attack told in between: "Germany sent tanks to Ukraine. Russia
            # fired missiles at Kyiv. They included two Kinzhal missiles")
            before = [g for g in complete if g["_sent"] < f["_sent"]
                      and f["_sent"] - g["_sent"] <= 6
                      and not attack_sents.intersection(range(g["_sent"] + 1, f["_sent"]))]
            seller = _open_seller_just_before(f, items, before)
            if seller:
                # "Russia agreed to provide a package of 10 Su-25 jets to the army. It also
                # includes Kh-25 missiles": that package's seller (its buyer is found later, as
                # for the package itself), not an older transfer's pair
                f["supplier"] = seller
                out.append(f)
                continue
            if not before:
                continue
            g = max(before, key=lambda g: g["_sent"])
            f["supplier"], f["recipient"] = g["supplier"], g["recipient"]
            f["status"] = g["status"] if f["status"] == "unknown" else f["status"]
            # "Russia sold arms to Mali and Burkina Faso. They include ...": each recipient
            # of that supplier in that sentence (round 38)
            out += [{**f, "recipient": r} for r in dict.fromkeys(
                h["recipient"] for h in before if h["_sent"] == g["_sent"]
                and h["supplier"] == g["supplier"] and h.get("weapon_text") == g.get("weapon_text"))
                if r != g["recipient"]]
            # "a batch of munitions": the items listed next are what it was
            general.update(id(h) for h in complete if h["_sent"] == g["_sent"]
                           and (h["supplier"], h["recipient"]) == (g["supplier"], g["recipient"])
                           and _GENERAL_NOUN.fullmatch(h.get("weapon_text") or ""))
        elif f.get("_needs_supplier") and not f["supplier"] and not f["recipient"] and any(
                0 <= f["_sent"] - g["_sent"] <= 1 for g in dealing):
            # "Kenya bought equipment from Turkey. The deal covers six drones": the pair of
            # the sentence just before
            g = max((g for g in dealing if 0 <= f["_sent"] - g["_sent"] <= 1),
                    key=lambda g: g["_sent"])
            f["supplier"], f["recipient"] = g["supplier"], g["recipient"]
        elif f.get("_needs_recipient_ctx") and f["supplier"] and not f["recipient"]:
            partners = {g["recipient"] for g in complete if g["supplier"] == f["supplier"]}
            if len(partners) == 1:
                f["recipient"] = partners.pop()
            elif dateline_state and dateline_state != f["supplier"]:
                f["recipient"] = dateline_state
        out.append(f)
    return [f for f in out if id(f) not in general]


def _open_seller_just_before(f, items, before) -> str | None:
    """The one seller of the sentence right before a list's items whose buyer that sentence
    left untold, when no transfer with both ends is told there or later."""
    if any(g["_sent"] >= f["_sent"] - 1 for g in before):
        return None
    sellers = {g["supplier"] for g in items if g["_sent"] == f["_sent"] - 1 and g["supplier"]
               and not g["recipient"] and not g.get("_carry") and not g.get("_relation")}
    return sellers.pop() if len(sellers) == 1 else None


# a general noun: no weapon when items are listed after it
_GENERAL_NOUN = re.compile(r"(?:(?:military|lethal|new|more)\s+)?(?:weapons|arms|weaponry|"
                           r"munitions|ammunition|equipment|hardware|aid)", re.I)


def _third_state(f, sellers) -> bool:
    """The receipt's own sentence names a state that is neither its buyer nor the seller taken
    from context ("It is also in talks with France over Rafale jets"): no seller carried over."""
    return any(k not in sellers and k != f["recipient"] for k in f.get("_sent_states", ()))


def _drop_called_off(items):
    """"Peru to buy South Korean tanks" over "Peru has shelved its purchase of K2 tanks from
    South Korea": the headline's deal is the one the body calls off."""
    off = [f for f in items if f.get("_cancelled") and (f["supplier"] or f["recipient"])]
    if not off:
        return items

    def called_off(f):
        return f["_sent"] == 0 and not f.get("_relation") and any(
            c["supplier"] in (None, f["supplier"]) and c["recipient"] in (None, f["recipient"])
            for c in off)

    return [f for f in items if not called_off(f)]


_MODEL = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*-?\d[\w-]*")


# a capitalised name that is no nationality ("Aksungur", "Bayraktar"; not "Turkish")
# (and an upper-case name, "SLAM-ER missiles" beside "Harpoon": round 82; not "UAE-made")
_PROPER = re.compile(r"(?<![\w-])(?:[A-Z][a-z]{3,}|[A-Z]{3,}(?:-[A-Z]{1,3})?)(?![\w-])")
_DEMONYM_END = re.compile(r"(?:an|en|ese|ish|i|ch|ic|et|ern|ek|ss)$")


def _proper_names(s: str | None) -> set[str]:
    return {w.lower() for w in _PROPER.findall(s or "") if not _DEMONYM_END.search(w)}


def _same_model(a: str | None, b: str | None) -> bool:
    """False when both phrases name model designations and the first's are not the second's
    ("J-35 fighters" and "J-10C fighters"; "M1 Abrams tanks" and "Abrams tanks" are one), or
    both carry proper names with none in common ("Aksungur drones", "Bayraktar TB2 drones")."""
    names_a, names_b = _proper_names(a), _proper_names(b)
    if names_a and names_b and not names_a & names_b:
        return False
    models = _MODEL.findall(a or "")
    return not models or not _MODEL.search(b or "") or any(
        m.lower() in (b or "").lower() for m in models)


def _listed_together(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Two items of one list after "include(s)" in the same sentence (rule A11): told apart by
    the list itself, so never one item."""
    return bool(a.get("_carry") and b.get("_carry") and a["_sent"] == b["_sent"]
                and (a["weapon_text"] or "").lower() != (b["weapon_text"] or "").lower())


def _merge_transfers(items, treaties, strikes, raw, state_counts=None, dateline_state=None,
                     objecting=None):
    attack_sents = {i for s in strikes for i in s.get("_sents", [s["_sent"]])}
    items = _carry_context(_drop_called_off(items), dateline_state, attack_sents)
    told = {id(f) for f in items if f["recipient"]}  # recipients the sentence itself names
    # resolve missing ends from context
    resolved = []
    for f in items:
        if f.get("_needs_recipient"):
            near = [s for s in strikes if set(s.get("_sents", [s["_sent"]])) &
                    {f["_sent"], f["_sent"] - 1} and s["attacker"]
                    and s["attacker"] != f["supplier"]]
            if not near:
                continue
            f["recipient"] = near[0]["attacker"]
            told.add(id(f))  # the attacker firing it: told, not guessed
        if not f["supplier"] and f["recipient"] and f.get("_rule") == "A4":
            # "The Philippines received BrahMos batteries from India. Its navy also plans to
            # buy six patrol aircraft": the seller of the sentence before, not a treaty partner
            near = {g["supplier"] for g in items if g["supplier"] and g is not f
                    and g["recipient"] == f["recipient"] and 0 <= f["_sent"] - g["_sent"] <= 1}
            if len(near) == 1 and not _third_state(f, near):
                f["supplier"] = near.pop()
                f["confidence"] = min(f["confidence"], 0.55)
        if (not f["supplier"] or not f["recipient"]) and not _joint_purchase(f, treaties):
            for t in treaties:
                ps = [p for p in t["parties"] if p.startswith("state/")]
                if len(ps) == 2 and (f["recipient"] in ps or f["supplier"] in ps):
                    other = [p for p in ps if p not in (f["recipient"], f["supplier"])]
                    if f["supplier"] and set(other) & co_suppliers(f, items):
                        continue  # ("Paris and Athens will each send ...": not each other's)
                    if not f["supplier"] and t.get("_sent") != f["_sent"] \
                            and _third_state(f, set(other)):
                        continue  # (a treaty told elsewhere; "... boats built in France")
                    if len(other) == 1:
                        if not f["supplier"]:
                            f["supplier"] = other[0]
                        else:
                            f["recipient"] = other[0]
                        f["confidence"] = min(f["confidence"], 0.6)
                        break
        if f["supplier"] and f["recipient"] and f["supplier"] == f["recipient"]:
            continue
        resolved.append(f)
    # an end still missing: the article's one partner of the known end ("It has delivered
    # IRIS-T systems" after "Germany ... Ukraine"; "the package also contains bombs for Ukraine")
    complete = [f for f in resolved if f["supplier"] and f["recipient"]]
    # a state that supplies in this article is no recipient taken from the sentence before
    # ("Russia and China arm the junta. Russia sent six Su-30s": not to China; used below)
    suppliers = {f["supplier"] for f in resolved if f["supplier"]}
    for f in resolved:
        if f["supplier"] and f["recipient"]:
            continue
        if f["supplier"]:
            # (the state of the sentence before, _near_prev, is weighed in the next pass)
            near = {k for k in f.get("_near_states", ()) if k != f["supplier"]}
            partners = {g["recipient"] for g in complete if g["supplier"] == f["supplier"]}
            if len(near) == 1 and (not f.get("_near_prev") and not partners - near
                                   or f.get("_home_forces") or f.get("_own_stock")):
                # ("Somalia has asked for air power. Turkey promised two of its own T129s")
                # ("Niger is rearming. The army itself has received ...": that state's army)
                f["recipient"] = near.pop()  # the one other state named right before
            elif len(partners) == 1:
                f["recipient"] = partners.pop()
        elif f["recipient"]:
            # "the island took delivery of its first HIMARS": a receipt takes the supplier of
            # the recipient's other transfers only when told next to them
            complete = [g for g in resolved if g["supplier"] and g["recipient"]]
            # (the headline is next to the lead: "Denmark to send tanks to Ukraine" above
            # "Ukraine will receive 20 Leopard 1 tanks", round 86)
            partners = {g["supplier"] for g in complete if g["recipient"] == f["recipient"]
                        and (f.get("_rule") != "A4" or abs(g["_sent"] - f["_sent"]) <= 1
                             or (g["_sent"] == 0 and f["_sent"] <= 2))}
            if len(partners) == 1 and not _third_state(f, partners):
                f["supplier"] = partners.pop()
        f["confidence"] = min(f["confidence"], 0.55)
    # still missing: the article's one recipient ("France has since supplied its own version")
    # or, for a bare contract, the article's one (supplier, recipient) pair
    complete = [f for f in resolved if f["supplier"] and f["recipient"]]
    for f in resolved:
        if f["supplier"] and not f["recipient"]:
            # also "Ukraine has received its first F-16s" (no supplier): the recipient is known
            others = [g for g in resolved if g["recipient"] and g["recipient"] != f["supplier"]
                      and not g.get("_qty_only")]
            recs = {g["recipient"] for g in others}
            before = [g for g in others if g["_sent"] <= f["_sent"]]
            same_w = {g["recipient"] for g in others if f["weapon"] and g["weapon"] == f["weapon"]}
            near = set(f.get("_near_states", ())) - {f["supplier"]} - suppliers
            if f.get("_no_guess"):
                pass
            elif len(same_w) == 1:  # "its own version of the missile, known as SCALP"
                f["recipient"] = same_w.pop()
            elif f.get("_near_prev") and len(near) == 1:
                f["recipient"] = near.pop()  # the one state of the sentence before
            elif len(recs) == 1:
                f["recipient"] = recs.pop()
            elif before:  # several: the recipient of the transfer told last before it
                f["recipient"] = max(before, key=lambda g: g["_sent"])["recipient"]
            elif not others and state_counts:
                # none told: the state the article is clearly about ("Washington is Israel's
                # largest supplier. It has delivered 14,000 bombs")
                sups = {g["supplier"] for g in resolved if g["supplier"]}
                top = [(k, n) for k, n in state_counts.most_common() if k not in sups][:2]
                if top and (len(top) == 1 or (top[0][1] >= 2 and top[0][1] > top[1][1])):
                    f["recipient"] = top[0][0]
                    f["confidence"] = min(f["confidence"], 0.5)
                elif not top and f.get("_army_supplied") and dateline_state \
                        and dateline_state not in sups:
                    # "YANGON — China has supplied the military with fighter jets, while
                    # Russia has provided helicopters": no state named but the suppliers, so
                    # the military is the dateline's state's (round 59)
                    f["recipient"] = dateline_state
                    f["confidence"] = min(f["confidence"], 0.5)
        elif f.get("_needs_supplier") and not f["supplier"]:
            pairs_ = {(g["supplier"], g["recipient"]) for g in complete
                      if not f["recipient"] or g["recipient"] == f["recipient"]}
            if any(p[0].startswith("state/") for p in pairs_):  # a state rather than its maker
                pairs_ = {p for p in pairs_ if p[0].startswith("state/")}
            if len(pairs_) == 1:
                f["supplier"], f["recipient"] = next(iter(pairs_))
    # "the planes came from Denmark": the system named for the article's transfers
    for f in resolved:
        if f.get("_anaphoric") and not f["weapon"] and f.get("_told_just_before"):
            take_named(f, f["_told_just_before"])
        elif f.get("_anaphoric") and not f["weapon"]:
            named = [g for g in resolved if g["weapon"] and g is not f
                     and _family(g["weapon_category"]) == _family(f["weapon_category"])]
            if f["weapon_category"] is None:  # "the vehicles": the weapon with that head noun
                head = (f["_head"] or "").rstrip("s")
                named = [g for g in resolved if g is not f and g["weapon_text"] and head
                         and g["weapon_text"].lower().split()[-1].rstrip("s") == head]
            if len({g["weapon_text"] for g in named}) == 1:
                for k in ("weapon", "weapon_text", "_head", "weapon_category"):
                    f[k] = named[0][k]
            else:
                prev = [p for p in f.get("_prev_named", [])
                        if f["weapon_category"] is None
                        or _family(p[2]) == _family(f["weapon_category"])]
                if len({p[0] for p in prev}) == 1:
                    txt, key, cat, head = prev[0]
                    f["weapon"] = key if key and not key.startswith("generic/") else None
                    f["weapon_text"] = re.sub(r"\s+", " ", re.sub(r"[“”\"‘’]", "", txt)).strip()
                    f["weapon_category"], f["_head"] = cat, head
    # "Copenhagen has committed 19 of the jets and the Dutch government 24": quantities for
    # the transfers of those suppliers told nearby
    for q in [f for f in resolved if f.get("_qty_only")]:
        cands = [f for f in resolved if not f.get("_qty_only") and f["supplier"] == q["supplier"]
                 and f["recipient"] and abs(f["_sent"] - q["_sent"]) <= 3
                 and (q["weapon_category"] is None
                      or _family(f["weapon_category"]) == _family(q["weapon_category"]))]
        if len(cands) == 1 and cands[0]["quantity"] is None:
            cands[0]["quantity"] = q["quantity"]
    # the state attacked in the article is never a guessed recipient ("A Chinese-made drone
    # hit El Fasher. Beijing has sold similar drones widely": not to Sudan), unless a
    # sentence names it as one; a state that strikes in the article is a combatant, which
    # may well be armed (a junta bombing rebels, an army fighting insurgents), and a state hit
    # by one kind of weapon may still be sold another (Turkish drones for an army that
    # insurgents shell)
    attackers = {s.get("attacker") for s in strikes}
    victims: dict[str, set] = {}
    for s in strikes:
        if s.get("target_country") and s["target_country"] not in attackers:
            victims.setdefault(s["target_country"], set()).add(s.get("weapon_category"))
    for f in resolved:
        if id(f) in told and not f.get("_relation"):
            victims.pop(f["recipient"], None)
    drop_objecting_recipients(resolved, objecting or {})
    resolved = [f for f in resolved if f["supplier"] and f["recipient"]
                and f["supplier"] != f["recipient"] and not f.get("_qty_only")
                and (id(f) in told or f.get("weapon_category") is None
                     or f.get("weapon_category") not in victims.get(f["recipient"], ()))]
    # merge per (supplier, recipient)
    out: list[dict] = []
    pairs: dict[tuple, list[dict]] = {}
    for f in resolved:
        pairs.setdefault((f["supplier"], f["recipient"]), []).append(f)
    for group in pairs.values():
        merged: list[dict] = []

        def absorb(into, f):
            into["_sents"] = into["_sents"] + [f["_sent"]]
            if into["quantity"] is None:
                into["quantity"] = f["quantity"]
            into["confidence"] = max(into["confidence"], f["confidence"])

        # named systems first, then specific phrases, then bare nouns
        def rank(f):  # (the body's wording before the headline's)
            return (0 if f["weapon"] else 1, f["_sent"] == 0,
                    -len((f["weapon_text"] or "").split()))

        for f in sorted(group, key=rank):
            fam = _family(f["weapon_category"])
            target = None
            if f["weapon"]:
                target = next((m for m in merged if m["weapon"] == f["weapon"]), None)
            else:
                # ("The sales also include AIM-120 missiles, Harpoon missiles and ...": items
                # listed side by side are each their own item)
                named = [m for m in merged if m["weapon"] and _family(m["weapon_category"]) == fam
                         and not _listed_together(f, m)]
                same_text = [m for m in merged if (m["weapon_text"] or "").lower()
                             == (f["weapon_text"] or "").lower()]
                compatible = [m for m in merged if _family(m["weapon_category"]) == fam and (
                    f["weapon_category"] == fam or m["weapon_category"] == f["weapon_category"])
                    and m["_head"] == f["_head"]]
                words = _words(f["weapon_text"])
                subset = [m for m in merged if not m["weapon"]
                          and m["weapon_category"] == f["weapon_category"]
                          and (words <= _words(m["weapon_text"])
                               or _words(m["weapon_text"]) <= words)]
                # "J-35 stealth fighters" after "J-10C fighters": a model of its own
                named = [m for m in named if _same_model(f["weapon_text"], m["weapon_text"])
                         and f["weapon_category"] in (fam, m["weapon_category"])]
                # ("cruise missiles" beside "Toufan ballistic missiles": two kinds, two items)
                compatible = [m for m in compatible
                              if _same_model(f["weapon_text"], m["weapon_text"])]
                if same_text:
                    target = same_text[0]
                elif subset:
                    target = subset[0]
                elif len(named) == 1:
                    target = named[0]
                elif compatible and (f["weapon_text"] or "").lower() == f["_head"]:
                    target = compatible[0]
                elif f["_sent"] == 0 and len(compatible) == 1:
                    # the headline's "heavy bombs" are the body's "1,800 MK-84 bombs"
                    target = compatible[0]
                elif (f["weapon_text"] or "").lower() == f["_head"] and fam != "other" \
                        and not f.get("_own_item"):  # (kg.extract.navy_yards: earlier ships)
                    # "will deliver the first aircraft": the one named type of that kind
                    kind = [m for m in merged if _family(m["weapon_category"]) == fam]
                    target = kind[0] if len(kind) == 1 else None
            if target:
                absorb(target, f)
            else:
                merged.append({**f, "_sents": [f["_sent"]]})
        out.extend(merged)
    out = drop_reversed_guesses(out)  # "A and B signed a contract for W": not against B -> A
    out.sort(key=lambda f: f["_sents"][0])
    return out


# ---------------------------------------------------------------------- public API

_EXTRACTORS: dict[int, Extractor] = {}


def get_extractor(gazetteer: Any = None) -> Extractor:
    key = id(gazetteer)
    if key not in _EXTRACTORS:
        _EXTRACTORS[key] = Extractor(gazetteer)
    return _EXTRACTORS[key]


def extract_article(article: dict[str, Any], gazetteer: Any = None) -> dict[str, Any]:
    """An article dict (id, title, published, text, ...) -> an article record (plain dicts)."""
    return get_extractor(gazetteer).extract(article)


def extract_text(text: str, published: str | None = None, article_id: str | None = None,
                 title: str | None = None, gazetteer: Any = None) -> dict[str, Any]:
    """Plain text -> an article record (headline = first line, as for .txt files)."""
    art = article_from_text(text, article_id=article_id, published=published, title=title)
    return extract_article(art, gazetteer)


def record_to_gold_facts(record: dict[str, Any], gazetteer: Any = None) -> dict[str, Any]:
    """A record's facts in the shape of the gold files (names instead of keys)."""
    ex = get_extractor(gazetteer)
    gaz = ex.gaz
    labels = {e["key"]: e["label"] for e in record.get("entities", [])}

    def name(key):
        if key is None:
            return None
        e = gaz.get(key)
        if e is not None:
            return e.label
        return labels.get(key, key.split("/", 1)[-1].replace("-", " ").title())

    out = []
    for f in record.get("facts", []):
        ev = f["evidence"][0]["quote"] if f.get("evidence") else None
        extra = [e["quote"] for e in f.get("evidence", [])[1:]]
        t = f["type"]
        if t == "Treaty":
            g = {"type": t, "parties": [name(p) for p in f["parties"]],
                 "signatories": [name(p) for p in f.get("signatories") or []] or None,
                 "date": f.get("date"), "duration_years": f.get("duration_years"),
                 "kind": f.get("kind")}
        elif t == "LeaderRole":
            g = {"type": t, "person": name(f["person"]), "role": f["office"],
                 "country": name(f["state"])}
        elif t == "Strike":
            if f.get("assertion") == "denied":
                continue
            # "struck military targets in Iran": with no finer place named, the state is the
            # place hit (the record keeps it as target_country)
            g = {"type": t, "attacker": name(f.get("attacker")),
                 "target_place": name(ex.city_of(f.get("target_place"))
                                      or f.get("target_country")),
                 "target_country": name(f.get("target_country")),
                 "weapon": f.get("weapon_text") or name(f.get("weapon")),
                 "killed": f.get("killed"), "injured": f.get("injured"), "date": f.get("date")}
        else:
            g = {"type": t, "supplier": name(f.get("supplier")),
                 "recipient": name(f.get("recipient")),
                 "weapon": f.get("weapon_text") or name(f.get("weapon")),
                 "quantity": f.get("quantity")}
        g["evidence"] = ev
        if extra:
            g["evidence_extra"] = extra
        g["confidence"] = f["evidence"][0].get("confidence") if f.get("evidence") else None
        out.append(g)
    art = record["article"]
    return {"article": art.get("id"), "published": art.get("published"), "facts": out}
