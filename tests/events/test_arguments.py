"""Argument finding, trigger shapes and modes of newsgraph_events on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsgraph.events.ontology import load_ontology


def _only(doc, type_):
    found = [e for e in doc._.events if e.type == type_]
    assert found, [(e.type, e.source.text) for e in doc._.events]
    return found[0]


def test_a_verb_conjoined_to_a_passive_shares_its_subject(analyse):
    doc = analyse("The Peruvian interior minister was censured by Congress on Tuesday and will resign.")
    resign = _only(doc, "RETREAT")
    assert resign.source.country == "PER" and resign.modality == "planned"


def test_a_document_speaks_for_whoever_issued_it(analyse):
    doc = analyse("The Egyptian foreign ministry released a report accusing Ethiopia of blocking aid deliveries.")
    accuse = _only(doc, "ACCUSE")
    assert (accuse.source.country, accuse.target.country) == ("EGY", "ETH")


def test_stative_passive_subject_is_the_source(analyse):
    doc = analyse("Poland is opposed to Russian participation in the talks.")
    reject = _only(doc, "REJECT")
    assert reject.source.country == "POL"


def test_travel_for_talks_is_a_consultation(analyse):
    doc = analyse("Japanese negotiators arrived in Seoul on Monday for talks on the fishing dispute.")
    talks = _only(doc, "CONSULT")
    assert talks.source.country == "JPN" and talks.trigger.text == "talks"


def test_conjoined_objects_of_a_light_verb_and_the_weapon_mode(analyse):
    doc = analyse("Syrian forces launched artillery and rocket fire against Turkish positions near the border.")
    attack = _only(doc, "ASSAULT")
    assert (attack.source.country, attack.target.country) == ("SYR", "TUR")
    assert attack.mode == "heavy-weapons"


def test_a_threat_takes_its_mode_from_what_it_threatens(analyse):
    doc = analyse("Greece threatened to suspend negotiations with Turkey.")
    threat = _only(doc, "THREATEN")
    assert threat.source.country == "GRC" and threat.mode == "relations"


def test_an_agentless_arrest_is_coded_to_the_place_it_happens_in(analyse):
    doc = analyse("A French journalist was arrested in Iran on Monday.")
    arrest = _only(doc, "COERCE")
    assert (arrest.source.country, arrest.target.country) == ("IRN", "FRA")


def test_a_protest_is_aimed_at_whom_its_purpose_names(analyse):
    doc = analyse("Hundreds of Kenyan traders blocked the highway to protest against Ugandan customs officials.")
    protest = _only(doc, "PROTEST")
    assert (protest.source.country, protest.target.country) == ("KEN", "UGA")


def test_a_statement_that_someone_must_act_is_a_request(analyse):
    doc = analyse("Germany issued a warning on Friday that Iran must allow inspectors into the site.")
    request = _only(doc, "REQUEST")
    assert request.source.country == "DEU" and request.target.country == "IRN"
    doc = analyse("Germany sent a reminder to Iran that it must allow inspectors into the site.")
    assert _only(doc, "REQUEST").source.country == "DEU"


def test_a_mediation_effort_is_a_third_party_consultation(analyse):
    doc = analyse("Norway launched a mediation effort between Sudan and South Sudan.")
    talks = _only(doc, "CONSULT")
    assert talks.source.country == "NOR" and talks.mode == "third-party"


def test_conditional_conflict_is_coded_as_a_threat():
    onto = load_ontology()
    assert onto.category("ASSAULT", "hypothetical") == "THREATEN"
    assert onto.project("SANCTION", "withdraw", "hypothetical") == ("THREATEN", "relations")
    assert onto.project("CONSULT", None, "planned") == ("AGREE", None)
    assert onto.project("PROTEST", "demo", "asserted") == ("PROTEST", "demo")


def test_talks_between_two_parties_have_both_as_sources(analyse):
    doc = analyse("Talks between Ethiopia and Eritrea resumed in Algiers on Monday.")
    assert {e.source.country for e in doc._.events if e.type == "CONSULT"} == {"ETH", "ERI"}


def test_it_does_not_refer_back_to_a_person(analyse):
    doc = analyse("Chancellor Olaf Scholz told Iran on Monday that it must free the detained German journalist.")
    request = _only(doc, "REQUEST")
    assert request.source.country == "DEU" and request.target.country == "IRN"


def test_a_conditional_threat_reported_by_a_third_party_keeps_its_own_actor(analyse):
    doc = analyse("The European Union may suspend negotiations with Turkey if the violence continues, a Dutch diplomat said.")
    threat = [e for e in doc._.events if load_ontology().category(e.type, e.modality) == "THREATEN"]
    assert threat and threat[0].source.country in ("IGO", None) and threat[0].source.text.endswith("European Union")


def test_the_spokesman_of_a_threat_is_not_its_target(analyse):
    doc = analyse("A North Korean spokesman said Pyongyang would respond with force to any provocation.")
    threat = [e for e in doc._.events if load_ontology().category(e.type, e.modality) == "THREATEN"]
    assert threat and threat[0].source.text == "Pyongyang" and threat[0].target is None


def test_withdrawn_forces_are_no_target_and_an_amnesty_is_no_amnesty_international(analyse):
    withdrew = _only(analyse("Russia withdrew 10,000 troops from Chechnya."), "RETREAT")
    assert withdrew.target is None or withdrew.target.sector != "MIL"
    amnesty = _only(analyse("Mexico's government granted amnesty to Zapatista rebels."), "CONCEDE")
    assert amnesty.target is None or amnesty.target.country != "NGO"


def test_a_word_the_tokenizer_split_at_its_hyphen_keys_the_lexicon_whole(analyse):
    """"cease-fire" is three tokens; it is the ceasefire of the lexicon, not a "fire"."""
    declared = _only(analyse("Colombian rebels declared a unilateral cease-fire."), "CONCEDE")
    assert declared.source.country == "COL"
    assert _only(analyse("Indonesian students staged a sit-in in Jakarta."), "PROTEST").mode == "demo"


def test_phrasal_particles_the_parser_labels_adverbs_or_prepositions(analyse):
    """"stepped down", "brushed aside" (advmod), "closed down the station" (down as a preposition)."""
    assert _only(analyse("Pakistan's prime minister stepped down amid mounting protests."), "RETREAT").mode == "resign"
    assert _only(analyse("Moscow brushed aside Western criticism of its campaign."), "REJECT").source.country == "RUS"
    closed = _only(analyse("The Kremlin closed down the country's last independent television station."), "COERCE")
    assert (closed.mode, closed.source.country) == ("censor", "RUS")
    assert _only(analyse("India test-fired a nuclear-capable missile on Sunday."), "MOBILIZE").source.country == "IND"


def test_a_promise_of_force_is_a_threat_and_an_uncoded_object_yields_to_a_coded_recipient(analyse):
    vowed = [e for e in analyse("Beijing vowed to crush any attempt at Taiwanese independence.")._.events
             if e.modality == "asserted"]
    assert vowed and vowed[0].type == "THREATEN"
    assert _only(analyse("Japan promised to provide aid to Indonesia."), "AGREE").target.country == "IDN"
    handed = _only(analyse("Nigeria handed the Bakassi peninsula over to Cameroon."), "RETREAT")
    assert handed.target.country == "CMR"


def test_a_passive_light_verb_with_its_agent(analyse):
    """"A demonstration was held by X": the event noun is the light verb's passive subject, X its actor; without an
    agent ("talks were held between X and Y") the noun names its own actors."""
    rally = _only(analyse("A mass demonstration against the war was held in London by British students."), "PROTEST")
    assert (rally.source.country, rally.source.sector) == ("GBR", "EDU")
    talks = analyse("Talks were held in Geneva between Iran and the United States.")._.events
    assert {(e.source.country, e.target.country) for e in talks} == {("IRN", "USA"), ("USA", "IRN")}


def test_talks_are_with_each_other_and_not_with_their_venue(analyse):
    """Conjoined parties of talks meet each other (CAMEO's reciprocal coding); the city they meet in is no party, while
    the city one travels to is the host."""
    talks = analyse("Iran and Iraq held a new round of talks in Geneva.")._.events
    assert {(e.source.country, e.target.country) for e in talks} == {("IRN", "IRQ"), ("IRQ", "IRN")}
    visit = _only(analyse("The Chinese foreign minister arrived in Moscow for talks."), "CONSULT")
    assert visit.target.country == "RUS"
    aid = _only(analyse("Germany pledged a new package of military aid worth 1.4 billion euros to Ukraine."), "AGREE")
    assert aid.target.country == "UKR"  # the aid is no (military) actor


def test_the_subject_of_an_allowed_clause_keys_the_verb_and_suspensions_expel(analyse):
    """"allowed inspectors to return" (inspectors parsed as the subject of "return") is admitting monitors, RETREAT
    access (manual 3.7); suspending a member from a bloc is SANCTION expel; commuting a sentence CONCEDE."""
    allowed = _only(analyse("Iraq allowed U.N. weapons inspectors to return."), "RETREAT")
    assert (allowed.mode, allowed.target.country) == ("access", "IGO")
    suspended = _only(analyse("ECOWAS suspended Mali from the regional bloc after the coup."), "SANCTION")
    assert (suspended.mode, suspended.target.country) == ("expel", "MLI")
    assert _only(analyse("Turkey commuted the death sentence of the rebel leader."), "CONCEDE").source.country == "TUR"


def test_an_event_noun_as_target_names_only_its_own_actor(analyse):
    """"called a general strike": the strike is no (military) actor; "the withdrawal of Serbian forces": the forces."""
    strike = _only(analyse("Nigerian unions called a general strike over fuel prices."), "PROTEST")
    assert strike.target.basis == "context" and strike.target.country == "NGA"  # no words of the sentence: its state
    asked = _only(analyse("European ministers demanded the withdrawal of Serbian forces from Bosnia."), "REQUEST")
    assert asked.target.country == "SRB"


def test_a_loan_approved_is_aid(analyse):
    loan = _only(analyse("The World Bank approved a $300 million loan to Kenya."), "AID")
    assert (loan.source.country, loan.target.country) == ("IGO", "KEN")


def test_last_resort_target_is_another_actor_in_the_clause(analyse):
    doc = analyse("The Ethiopian army launched an offensive near the Eritrean border town of Badme.")
    attack = _only(doc, "ASSAULT")
    assert attack.source.country == "ETH" and attack.target is not None and attack.target.country == "ERI"


def test_the_demand_of_a_protest_is_its_topic_not_another_event(analyse):
    doc = analyse("Thousands of Kenyan teachers went on strike on Monday to demand higher pay from the government.")
    assert _only(doc, "PROTEST").source.country == "KEN"
    assert not [e for e in doc._.events if e.type == "REQUEST"]


def test_going_on_strike_is_a_labour_protest(analyse):
    doc = analyse("Nigerian oil workers went on strike on Monday.")
    assert (_only(doc, "PROTEST").mode, [e for e in doc._.events if e.type == "ASSAULT"]) == ("strike", [])
    doc = analyse("Jailed Kurdish activists went on hunger strike on Monday.")
    assert _only(doc, "PROTEST").mode == "hunger"


def test_a_crowd_that_gathers_protests(analyse):
    doc = analyse("Thousands of protesters gathered outside parliament in Belgrade on Sunday.")
    assert (_only(doc, "PROTEST").mode, [e for e in doc._.events if e.type == "CONSULT"]) == ("demo", [])


def test_a_preposition_object_keys_the_verb_and_a_cut_lemma_is_mended(analyse):
    took = _only(analyse("Protesters took to the streets of Bangkok on Monday."), "PROTEST")
    staged = _only(analyse("Students staged a sit-in at the university in Dhaka."), "PROTEST")  # lemma "stag"
    assert (took.mode, took.source.country, staged.mode) == ("demo", "THA", "demo")


def test_the_forces_a_mobilization_moves_are_not_its_target(analyse):
    doc = analyse("Venezuela moved tanks to the border with Guyana.")
    moved = _only(doc, "MOBILIZE")
    assert (moved.mode, moved.target and moved.target.country) == ("weapons", "GUY")
    assert _only(analyse("North Korea put its army on high alert."), "MOBILIZE").target is None


def test_a_call_on_someone_to_act_makes_them_the_actor_of_the_requested_act(analyse):
    doc = analyse("The European Union appealed to Serbia on Monday to recognise Kosovo.")
    recognise = _only(doc, "SUPPORT")
    assert (recognise.source.country, recognise.modality) == ("SRB", "requested")


def test_a_gerund_subject_names_its_actors(analyse):
    doc = analyse("Fighting between Ethiopian and Eritrean troops killed 20 civilians near the border.")
    assert {e.source.country for e in doc._.events if e.type == "ASSAULT"} >= {"ETH", "ERI"}


def test_a_late_by_phrase_the_parser_hung_elsewhere_is_still_the_agent(analyse):
    doc = analyse("The governor has been accused of misusing public funds, much of it thought to have been stolen, "
                  "by Kenyan officials.")
    accuse = _only(doc, "ACCUSE")
    assert (accuse.source.text, accuse.target.text) == ("Kenyan officials", "The governor")
    doc = analyse("The minister was criticised over the delays, which many blamed on corruption, by Nigerian opposition leaders.")
    assert _only(doc, "ACCUSE").source.country == "NGA"
    assert not analyse("The rebels were attacked in the town held by government forces.")._.events


def test_joint_exercises_are_cooperation_and_aid_goes_to_its_recipient(analyse):
    doc = analyse("India and Japan held joint naval exercises in the Bay of Bengal.")
    assert {e.type for e in doc._.events} == {"COOPERATE"}
    delivered = _only(analyse("The United States delivered tanks to Poland."), "AID")
    assert delivered.target.country == "POL"


def test_a_split_actor_keeps_its_own_sector(analyse):
    doc = analyse("The Colombian government and FARC rebels declared a ceasefire.")
    assert {e.source.sector for e in doc._.events if e.type == "CONCEDE"} == {"GOV", "REB"}


def test_idioms_of_ambiguous_verbs(analyse):
    assert {e.type for e in analyse("The United States and Mexico struck a deal on migration.")._.events} == {"AGREE"}
    assert _only(analyse("China hit out at Washington over the chip export rules."), "ACCUSE").target.country == "USA"
    assert _only(analyse("The EU hit Russia with new sanctions."), "SANCTION").target.country == "RUS"


def test_handing_over_power_returning_property_and_remorse(analyse):
    """Manual 3.7 (RETREAT: resignations, return of property) and 3.4.2 (regret or remorse is CONCEDE)."""
    resigned = _only(analyse("Nepal's king handed over power to an interim government."), "RETREAT")
    assert (resigned.mode, resigned.source.country) == ("resign", "NPL")
    returned = _only(analyse("Peru returned the seized fishing boats to Ecuador."), "RETREAT")
    assert _only(analyse("China sent 500 tonnes of rice to North Korea."), "AID").target.country == "PRK"
    assert (returned.source.country, returned.target.country) == ("PER", "ECU")
    assert _only(analyse("Japan's prime minister expressed deep remorse for the war."), "CONCEDE").source.country == "JPN"


def test_sources_of_claimed_and_owned_attacks(analyse):
    claimed = _only(analyse("Houthi rebels claimed responsibility for the attack on the British ship."), "ASSAULT")
    assert (claimed.source.country, claimed.target.country) == ("YEM", "GBR")
    by = analyse("The attack, claimed by the Islamic State, killed 12 Syrian soldiers.")
    assert {e.source.text for e in by._.events if e.type == "ASSAULT"} == {"the Islamic State"}
    jets = _only(analyse("Israel's military said on Sunday that its jets had struck Hamas positions in Gaza."), "ASSAULT")
    assert (jets.source.country, jets.source.sector, jets.modality) == ("ISR", "MIL", "reported")
    own = analyse("Nigeria announced that it will withdraw their peacekeeping force from Chad.")
    assert all(e.target is None or e.target.country != "NGA" for e in own._.events)


def test_forces_that_arrive_are_moved_not_visiting(analyse):
    assert _only(analyse("U.S. troops arrived in Poland on Friday."), "MOBILIZE").target.country == "POL"
    assert _only(analyse("Indian peacekeepers arrived in South Sudan."), "AID").source.country == "IND"
    assert _only(analyse("The Chinese foreign minister arrived in Moscow for talks."), "CONSULT").source.country == "CHN"
    entered = _only(analyse("Russian warships entered the Black Sea."), "MOBILIZE")
    assert (entered.source.country, entered.mode) == ("RUS", "weapons")
    assert _only(analyse("Indian police cordoned off the area around the mosque."), "COERCE").mode == "restrict"
    assert _only(analyse("Iraqi troops moved toward the Kurdish-held north."), "MOBILIZE").source.country == "IRQ"
    moved = [e.type for e in analyse("Police moved to disperse the crowd in Cairo.")._.events]
    assert "MOBILIZE" not in moved  # "moved to" + infinitive: the act is the infinitive's


def test_an_agentless_arrest_is_coded_to_the_place_named_by_near_or_city_of(analyse):
    near = _only(analyse("Two journalists were arrested near Mosul."), "COERCE")
    city = _only(analyse("Ten opposition activists were detained in the southern city of Basra on Monday."), "COERCE")
    assert (near.source.country, city.source.country, city.source.sector) == ("IRQ", "IRQ", "CVL")


def test_security_and_weapons_phrases(analyse):
    assert _only(analyse("Egyptian authorities tightened security around the embassy."), "MOBILIZE").mode == "police"
    assert _only(analyse("Serb forces used Albanian civilians as human shields."), "ASSAULT").mode == "abduct"
    assert _only(analyse("Iraqi troops used chemical weapons against Kurdish villages."), "ASSAULT").mode == "unconventional"


def test_a_person_attacking_a_person_attacks_in_words(analyse):
    words = _only(analyse("Erdogan attacked the Israeli prime minister over the Gaza war."), "ACCUSE")
    assert (words.source.country, words.target.country, words.mode) == ("TUR", "ISR", "disapprove")
    assert _only(analyse("President Vladimir Putin attacked Ukraine in 2022."), "ASSAULT").target.country == "UKR"
    nominal = _only(analyse("Hillary Clinton launched a new round of attacks on Donald Trump."), "ACCUSE")
    assert (nominal.mode, nominal.target.text) == ("disapprove", "Donald Trump")
    assert _only(analyse("Clinton suggested the United States should send troops into Syria."), "REQUEST").target.country == "USA"


def test_a_mobilization_targets_neither_its_means_nor_its_own_forces(analyse):
    doc = analyse("Last year Russia carried out a massive snap military maneuver of more than 80,000 troops.")
    assert _only(doc, "MOBILIZE").target is None
    moved = _only(analyse("Russia moved Russian tanks to the border with Ukraine."), "MOBILIZE")
    assert moved.target.country == "UKR"
    announced = _only(analyse("Britain said it will send more British troops to Estonia next month."), "MOBILIZE")
    assert announced.modality == "planned" and announced.target.country == "EST"  # announced, not threatened


def test_defiance_and_blocking_are_rejections_and_police_mobilize_as_police(analyse):
    assert _only(analyse("Syria ignored the Arab League's call to end the crackdown."), "REJECT").target.country == "IGO"
    assert _only(analyse("Hungary blocked the EU's aid package for Ukraine."), "REJECT").source.country == "HUN"
    assert _only(analyse("Indian police were put on high alert in Kashmir."), "MOBILIZE").mode == "police"


def test_a_supplied_weapon_is_no_actor_and_a_request_to_use_it_asks_the_supplier(analyse):
    asked = _only(analyse("Kyiv asked to use missiles supplied by France against targets in Russia."), "REQUEST")
    assert asked.target.country == "FRA"
    fired = _only(analyse("Ukraine fired U.S.-supplied missiles at Russian air bases."), "ASSAULT")
    assert fired.target.country == "RUS"
    armed = _only(analyse("Iran-funded militias attacked the U.S. base in Syria."), "ASSAULT")
    assert armed.source.country == "IRN"  # funded groups stay actors


def test_a_state_that_blocks_access_restricts_and_a_crowd_that_clashes_riots(analyse):
    blocked = _only(analyse("Turkish police blocked the road to the square."), "COERCE")
    assert (blocked.source.country, blocked.mode) == ("TUR", "restrict")
    farmers = _only(analyse("French farmers blocked highways with tractors to protest fuel prices."), "PROTEST")
    assert farmers.mode == "obstruct"
    fishermen = _only(analyse("French fishermen blockaded the port of Calais over fishing quotas."), "PROTEST")
    assert (fishermen.mode, fishermen.source.country) == ("obstruct", "FRA")
    state = _only(analyse("Belarus blocked the border with Lithuania."), "COERCE")  # a state the NER may miss
    assert (state.mode, state.source.country, state.target.country) == ("restrict", "BLR", "LTU")
    riot = [e for e in analyse("Chilean protesters clashed with police and set fire to buses.")._.events]
    assert riot and all((e.type, e.mode, e.source.country) == ("PROTEST", "riot", "CHL") for e in riot)


def test_prison_sentences_acceded_demands_and_admitted_aid(analyse):
    jailed = _only(analyse("Chinese authorities sentenced the activist to five years in prison."), "COERCE")
    assert jailed.mode == "arrest"
    assert _only(analyse("A court in Tehran handed down prison sentences to two journalists."), "COERCE").mode == "arrest"
    conceded = _only(analyse("Tunisia's president agreed to the opposition's demand for early elections."), "CONCEDE")
    assert conceded.source.country == "TUN"
    assert _only(analyse("Sudan allowed aid convoys into Darfur."), "RETREAT").mode == "access"


def test_a_light_verbs_event_noun_beats_a_key_matched_on_its_modifier(analyse):
    drills = _only(analyse("China held live-fire drills near Taiwan."), "MOBILIZE")  # no "hold~fire" ceasefire
    assert (drills.source.country, drills.target.country) == ("CHN", "TWN")


def test_an_unnamed_crowd_protests_for_the_country_it_marches_in(analyse):
    crowd = _only(analyse("Thousands marched through London on Saturday in protest against the war."), "PROTEST")
    assert (crowd.source.text, crowd.source.country, crowd.source.sector) == ("Thousands", "GBR", "CVL")


def test_unnamed_local_groups_take_the_country_they_act_in(analyse):
    """CAMEO coders give unnamed gunmen, police or strikers the country of the place they act in; a group the actor
    coder already places keeps its own country."""
    shot = _only(analyse("Gunmen opened fire in Tikrit, killing four policemen."), "ASSAULT")
    assert (shot.source.country, shot.source.sector, shot.target.country) == ("IRQ", "UAF", "IRQ")
    bombing = _only(analyse("A roadside bombing near the town of Samarra on Sunday killed one U.S. soldier."), "ASSAULT")
    assert (bombing.source.country, bombing.source.sector, bombing.target.country) == ("IRQ", "UNK", "USA")
    assert bombing.mode == "explosives"  # manual table 3.11: a bombing is an explosives attack unless from the air
    assert _only(analyse("Russian troops shelled villages near Kharkiv."), "ASSAULT").source.country == "RUS"


def test_a_city_the_actor_coder_lacks_is_a_target_where_the_places_stage_knows_it(analyse):
    """Cities go to sector CVL (the PLOVER gold's convention); "the town of X" names X."""
    shelled = _only(analyse("Turkish troops shelled the town of Afrin."), "ASSAULT")
    assert (shelled.target.text, shelled.target.country, shelled.target.sector) == ("Afrin", "SYR", "CVL")


def test_ordering_an_ambassador_out_is_an_expulsion(analyse):
    expel = _only(analyse("Mali ordered the French ambassador to leave the country within 72 hours."), "SANCTION")
    assert (expel.mode, expel.target.country) == ("expel", "FRA")


def test_frame_nouns_with_of_light_nouns_and_leaving_agreements(analyse):
    rounds = [e for e in analyse("Chinese and Indian commanders held a new round of border talks.")._.events]
    assert {(e.type, e.source.country) for e in rounds} == {("CONSULT", "CHN"), ("CONSULT", "IND")}
    call = _only(analyse("Macron held a telephone conversation with Putin."), "CONSULT")
    assert (call.mode, call.target.country) == ("phone", "RUS")
    assert _only(analyse("The British prime minister paid a visit to Kyiv."), "CONSULT").mode == "visit"
    assert _only(analyse("Russia withdrew from the grain deal."), "SANCTION").mode == "withdraw"
    halted = _only(analyse("China halted imports of Japanese seafood."), "SANCTION")
    assert (halted.mode, halted.target.country) == ("discontinue", "JPN")


def test_an_attack_no_one_is_named_for_has_an_unidentified_actor_where_it_happens(analyse):
    """PLOVER sector UNK: "the actor for 'two civilians were killed by a bomb'" (manual table 5.2)."""
    passive = _only(analyse("The journalist was shot dead in Moscow."), "ASSAULT")
    assert (passive.source.country, passive.source.sector, passive.target.sector) == ("RUS", "UNK", "JRN")
    bomb = _only(analyse("A bomb exploded in a market in Peshawar, killing 12 people."), "ASSAULT")
    assert (bomb.source.text, bomb.source.country, bomb.source.sector) == ("Peshawar", "PAK", "UNK")
    assert not analyse("He is about to kick off an afternoon town hall in Worcester.")._.events
    deployed = _only(analyse("The first deployment of NATO peacekeeping troops have arrived in Bosnia."), "AID")
    assert deployed.source.country == "IGO"  # a deployment's "of" phrase is who deploys


def test_website_attacks_and_breaches_are_coerce_cyber(analyse):
    """Manual table 3.10: cyber attacks and crime, including hacking, security breaches, website attacks."""
    hacked = _only(analyse("Iranian hackers attacked Israeli water company servers."), "COERCE")
    assert (hacked.mode, hacked.source.country, hacked.target.country) == ("cyber", "IRN", "ISR")
    assert _only(analyse("Chinese hackers breached the computer network of the U.S. Treasury."), "COERCE").mode == "cyber"


def test_wanting_a_named_actor_to_act_is_a_request(analyse):
    wants = analyse("Germany wants Russia to withdraw its troops.")
    request = _only(wants, "REQUEST")
    assert (request.source.country, request.target.country, request.mode) == ("DEU", "RUS", "yield")
    assert _only(wants, "RETREAT").modality == "requested"
    assert not analyse("Most Americans want the war to end.")._.events


def test_attribution_boilerplate_is_no_event(analyse):
    assert not analyse("The U.S. officials spoke on condition of anonymity to discuss internal deliberations.")._.events
    doc = analyse("The official, who was not authorized to discuss the talks publicly, said Iran had agreed.")
    assert [(e.type, e.source.country) for e in doc._.events] == [("AGREE", "IRN")]
    assert _only(analyse("The ministers met in Paris to discuss the crisis."), "CONSULT").trigger.text == "met"


def test_disarming_lifting_a_veto_and_withdrawing_a_bill(analyse):
    disarm = _only(analyse("Colombian rebels handed in their weapons to UN monitors."), "RETREAT")
    assert (disarm.mode, disarm.source.country) == ("disarm", "COL")
    assert _only(analyse("Turkey lifted its veto on Sweden's NATO membership."), "CONCEDE").target.country == "SWE"
    assert _only(analyse("Kenya's president withdrew the finance bill after deadly protests."), "CONCEDE")


def test_forces_readying_an_attack_mobilize_and_a_threat_stays_verbal(analyse):
    readied = _only(analyse("The Turkish army prepared to resume shelling Kurdish positions in Syria."), "MOBILIZE")
    assert (readied.source.country, readied.modality, readied.mode) == ("TUR", "asserted", "troops")
    assert _only(analyse("North Korea threatened to attack Seoul."), "THREATEN").target.country == "KOR"


def test_an_event_noun_a_clause_plans_is_planned(analyse):
    doc = analyse("Talks between Israel and Hamas are scheduled to resume in Cairo on Monday.")
    talks = _only(doc, "CONSULT")
    assert (talks.modality, talks.date.value) == ("planned", "2024-09-16")
    # the parties of "talks between X and Y" meet each other
    assert {(e.source.country, e.target.country) for e in doc._.events} == {("ISR", "PSE"), ("PSE", "ISR")}


def _by_trigger(doc, word):
    return [e for e in doc._.events if e.trigger.text == word]


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Washington gave Kyiv the green light to strike targets inside Russia.", "strike", "UKR"),
    ("Britain gave Ukraine the go-ahead to fire Storm Shadow missiles into Russia.", "fire", "UKR"),
    ("Ukraine was given permission to attack Russian air bases.", "attack", "UKR"),
    ("Russia's decision to invade Ukraine was condemned by the European Union.", "invade", "RUS"),
    ("Ukrainian leaders say they need permission to strike airfields far from the border.", "strike", "UKR"),
])
def test_the_holder_of_a_permission_does_its_infinitive(analyse, text, trigger, source):
    """An infinitive on a noun of permission or ability is done by whoever holds it: the recipient of give/grant,
    a passive subject, a possessor, or the subject of need/have; not the one who grants it."""
    acts = _by_trigger(analyse(text), trigger)
    assert acts and {e.source.country for e in acts} == {source}


def test_giving_permission_is_a_concession_not_aid(analyse):
    """Granting authority eases a restriction (CONCEDE, manual 3.4, like "allow"); AID is material (3.6)."""
    doc = analyse("Washington gave Kyiv the green light to strike targets inside Russia.")
    (given,) = _by_trigger(doc, "gave")
    assert (given.type, given.source.country, given.target.country) == ("CONCEDE", "USA", "UKR")


def test_the_subject_of_a_passive_grant_is_its_recipient(analyse):
    """"Ukraine was given permission": Ukraine receives it (a passive with an object left), so it is not the one who
    concedes; an amnesty granted is a CONCEDE (manual 3.4.2)."""
    assert not [e for e in analyse("Ukraine was given permission to attack Russian air bases.")._.events
                if e.type == "CONCEDE"]
    (amnesty,) = _by_trigger(analyse("Colombia's government granted the rebels an amnesty on Friday."), "granted")
    assert (amnesty.type, amnesty.source.country) == ("CONCEDE", "COL")


def test_a_measure_by_phrase_on_an_active_verb_is_no_agent(analyse):
    """The parser can label "by two hours" an agent; a verb with its own active subject keeps that subject."""
    (eased,) = _by_trigger(analyse("President Museveni on Monday shortened by two hours the nightly curfew in Kampala."),
                           "shortened")
    assert (eased.type, eased.source.text, eased.source.country) == ("CONCEDE", "President Museveni", "UGA")


def test_a_game_result_is_no_attack(analyse):
    """A sentence reporting a score is sport: "beat Chelsea 2-1" is no physical assault; police beating protesters is."""
    assert not analyse("Manchester United beat Chelsea 2-1 on Saturday.")._.events
    assert not analyse("Spain beat Italy 3–0 in the semifinal.")._.events
    assert _only(analyse("Police beat protesters in Cairo on Monday."), "ASSAULT").mode == "beat"


def test_a_lawsuit_accuses_its_defendant_not_its_court_and_recognition_is_support(analyse):
    """CAMEO 115 (bring a lawsuit) is ACCUSE of the party sued; the court it is brought before is the forum. Granting
    diplomatic recognition is SUPPORT (CAMEO 054), not AID."""
    case = _only(analyse("South Africa filed a genocide case against Israel at the International Court of Justice."),
                 "ACCUSE")
    assert (case.source.country, case.target.country) == ("ZAF", "ISR")
    recognised = {e.target.country for e in analyse("Germany granted diplomatic recognition to Slovenia and Croatia.")._.events
                  if e.type == "SUPPORT"}
    assert recognised == {"SVN", "HRV"}


def test_stopping_a_conflictual_act_is_its_de_escalation(analyse):
    """Stopping fire is a ceasefire (RETREAT, manual 3.7), ending a curfew or a strike a concession (CONCEDE, 3.4);
    the act stopped did not happen, and a verb's own key stays ("suspended the strike" by workers is CONCEDE)."""
    (stopped,) = _by_trigger(analyse("Hezbollah stopped firing rockets into northern Israel."), "stopped")
    assert (stopped.type, stopped.mode, stopped.source.country) == ("RETREAT", "ceasefire", "LBN")
    (halted,) = _by_trigger(analyse("Israel suspended air strikes on Gaza for 48 hours."), "suspended")
    assert (halted.type, halted.target.country) == ("RETREAT", "PSE")
    assert _by_trigger(analyse("Israel ended the curfew in Hebron on Sunday."), "ended")[0].type == "CONCEDE"
    assert _by_trigger(analyse("Miners in Poland suspended their strike."), "suspended")[0].type == "CONCEDE"


def test_a_title_of_coordinated_states_names_each_state(analyse):
    """"The foreign ministers of India and Pakistan" are two actors with the title's sector, who meet each other."""
    talks = analyse("The foreign ministers of India and Pakistan held talks on the sidelines of the summit.")._.events
    pairs = {(e.source.country, e.source.sector, e.target.country) for e in talks if e.type == "CONSULT"}
    assert pairs == {("IND", "GOV", "PAK"), ("PAK", "GOV", "IND")}


def test_workers_strike_and_people_clashing_with_police_riot(analyse):
    """A "strike" by workers is a walkout (PROTEST strike), not an attack; students clashing with riot police riot
    (PROTEST riot, CAMEO 145); a crowd's country is the place it protests in, not an organisation there."""
    strike = _only(analyse("Oil workers in Nigeria began an indefinite strike on Monday."), "PROTEST")
    assert (strike.mode, strike.source.country) == ("strike", "NGA")
    riot = _only(analyse("Thousands of South Korean students clashed with riot police in Seoul."), "PROTEST")
    assert riot.mode == "riot"
    demo = _only(analyse("Hindu activists demonstrated outside the U.S. embassy in New Delhi."), "PROTEST")
    assert (demo.source.country, demo.target.country) == ("IND", "USA")


def test_halting_anothers_act_is_no_retreat(analyse):
    """Stopping one's own attacks is a ceasefire; stopping the enemy's advance is no retreat of the one who stops it."""
    assert _by_trigger(analyse("Israel halted its attacks on Gaza."), "halted")[0].type == "RETREAT"
    assert not _by_trigger(analyse("Government troops halted the rebels' advance on the capital."), "halted")


def test_an_attack_is_located_by_its_victims_place_and_a_nominal_keys_like_its_verb(analyse):
    """The place is often attached to the victims ("killed four soldiers in southern Afghanistan"): an unidentified
    bomber is located there. "The expulsion of journalists" is expelling individuals (COERCE deport, manual 3.13.2),
    not the SANCTION expel of diplomats the bare noun means."""
    bombing = _only(analyse("A roadside bomb killed four soldiers in southern Afghanistan."), "ASSAULT")
    assert (bombing.source.country, bombing.source.sector) == ("AFG", "UNK")
    expulsion = _by_trigger(analyse("The Kremlin ordered the expulsion of 20 foreign journalists."), "expulsion")
    assert (expulsion[0].type, expulsion[0].mode) == ("COERCE", "deport")


@pytest.mark.parametrize(("text", "trigger", "mode"), [
    ("The last Russian soldiers left Estonia in August.", "left", "withdraw"),
    ("Iraq handed over 20 Iranian prisoners of war to the Red Cross.", "handed", "release"),
    ("China allowed the International Red Cross to visit prisoners in Tibet.", "allowed", "access"),
])
def test_forces_leaving_handing_over_and_admitting_organisations_retreat(analyse, text, trigger, mode):
    """Forces that leave withdraw (arriving ones are moved); "handed over 20" keeps its particle though parsed "over
    20"; allowing an international organisation in is international involvement (RETREAT access, CAMEO 086)."""
    (event, *_) = _by_trigger(analyse(text), trigger)
    assert (event.type, event.mode) == ("RETREAT", mode)


def test_committing_a_crime_is_no_commitment(analyse):
    """"Commit" is an AGREE only as a commitment ("committed itself to", "is committed to"), not a crime committed."""
    doc = analyse("Serbian military police launched an investigation into crimes committed by Croat forces against civilians.")
    assert not _by_trigger(doc, "committed")
    assert _by_trigger(analyse("Iran committed itself to a ceasefire."), "committed")[0].type == "AGREE"


@pytest.mark.parametrize(("text", "source", "target"), [
    ("Japan sent relief supplies to earthquake victims in Indonesia.", "JPN", "IDN"),
    ("Israeli jets attacked Hezbollah positions in southern Lebanon.", "ISR", "LBN"),
    ("South Korean protesters rallied outside the Japanese embassy in Seoul.", "KOR", "JPN"),
    ("Russian border guards detained 24 Ukrainian sailors.", "RUS", "UKR"),
])
def test_main_event_target_country(analyse, text, source, target):
    """The most confident event of the source has the expected target: local recipients of aid take the place they are
    in, an uncoded group with a sector takes the country of its "in" tail."""
    events = [e for e in analyse(text)._.events if e.source.country == source]
    main = max(events, key=lambda e: e.confidence)
    assert main.target is not None and main.target.country == target


def test_a_passive_control_verb_passes_its_subject_to_the_infinitive(analyse):
    """"Serbian forces were forced to withdraw": the forces withdraw (and did); "were allowed to leave" makes the
    allowed no actor of the allowing."""
    (withdrawal,) = _by_trigger(analyse("Serbian forces were forced to withdraw from the town after heavy fighting."),
                                "withdraw")
    assert (withdrawal.type, withdrawal.source.country, withdrawal.modality) == ("RETREAT", "SRB", "asserted")
    assert not _by_trigger(analyse("Taliban fighters from Afghanistan were allowed to leave the city."), "allowed")


def test_a_person_stopping_attacks_in_words_is_no_ceasefire(analyse):
    """A person who is asked to stop "attacking" another person attacks in words (as "Trump attacked his wife" is an
    ACCUSE): no RETREAT; a state target keeps the ceasefire ("Putin halted attacks on Ukraine")."""
    assert not _by_trigger(analyse("Palmieri called on Donald Trump to stop attacking Alicia Machado."), "stop")
    (halted,) = _by_trigger(analyse("Russian President Vladimir Putin halted attacks on Ukraine."), "halted")
    assert (halted.type, halted.target.country) == ("RETREAT", "UKR")


def test_forces_named_by_a_subject_nominal_act_for_their_state(analyse):
    """"The withdrawal of Russian troops ... was completed": the troops withdraw (RETREAT by Russia, to Moldova); the
    same noun as the topic of talks or calls ("talks on the withdrawal of Russian troops") is no withdrawal."""
    (withdrawal,) = _by_trigger(analyse("The withdrawal of Russian troops from Moldova was completed on Sunday."),
                                "withdrawal")
    assert (withdrawal.type, withdrawal.source.country, withdrawal.target.country) == ("RETREAT", "RUS", "MDA")
    assert not _by_trigger(analyse("Russia and Moldova held talks on the withdrawal of Russian troops."), "withdrawal")
    assert not _by_trigger(analyse("The killing of three Indian soldiers in Kashmir angered New Delhi."), "killing")


def test_a_first_person_source_in_a_direct_quote_is_its_speaker(analyse):
    doc = analyse('"I urged the Serbian government to release the detained journalists," the EU envoy said.')
    request = _only(doc, "REQUEST")
    envoy = next(q for q in doc._.quotes if q.kind == "direct").speaker
    assert request.source.text == "I" and request.source.entity == envoy.entity is not None
    assert request.target.country == "SRB"


def test_a_first_person_pronoun_outside_a_direct_quote_names_no_actor(analyse):
    doc = analyse("Russian troops shelled the city overnight. We will send more aid to Ukraine next week.")
    assert [e.type for e in doc._.events] == ["ASSAULT"]  # the writer's "we" is not the troops


def test_he_in_a_quotation_is_an_earlier_subject_not_the_nearest_name(analyse):
    doc = analyse('Vladimir Putin met the French president in Moscow on Monday. "He has threatened our neighbours for years,"'
                  " Polish President Andrzej Duda said.")
    threat = _only(doc, "THREATEN")
    assert threat.source.text == "Vladimir Putin" and threat.target.country == "POL"


def test_she_skips_a_man_named_in_her_own_sentence(analyse):
    doc = analyse("Ted Cruz campaigned in Iowa on Monday, and he drew large crowds. Sandra Inman, a Cruz supporter, said"
                  " she would never endorse Donald Trump.")
    assert {e.source.text for e in doc._.events if e.trigger.text == "endorse"} == {"Sandra Inman"}


def test_a_participle_describes_the_victims_of_force(analyse):
    doc = analyse("Rescuers recovered the bodies of three Ukrainian soldiers killed by Russian shelling.")
    killed = next(e for e in doc._.events if e.trigger.text == "killed")
    assert (killed.source.country, killed.target.text) == ("RUS", "three Ukrainian soldiers")
    mourned = analyse("Mourners paid tribute to the 49 people killed at a nightclub in Orlando.")
    assert all(e.source.text != "the 49 people" for e in mourned._.events)  # the dead are no attackers


def test_pleading_with_an_actor_to_act_makes_it_the_actor(analyse):
    doc = analyse("Hamas pleaded with Egypt to open the Rafah crossing.")
    opened = next(e for e in doc._.events if e.trigger.text == "open")
    assert opened.source.country == "EGY"


def test_a_participle_describes_its_patient_whatever_the_type(analyse):
    doc = analyse("The initiative called for the deportation of foreign nationals convicted of serious crimes.")
    assert all(e.source is None or e.source.text != "foreign nationals" for e in doc._.events)  # they were convicted


def test_the_noun_a_relative_clause_describes_is_what_it_acts_on(analyse):
    doc = analyse("The company was the main beneficiary of an antitrust case the Justice Department brought against Apple.")
    case = next(e for e in doc._.events if e.type == "ACCUSE")
    assert (case.source.text, case.target.text) == ("the Justice Department", "Apple")
    deal = analyse("The donations were not disclosed, despite an agreement Mrs. Clinton had struck with the White House.")
    assert [(e.type, e.source.text) for e in deal._.events if e.trigger.text == "struck"] == [("AGREE", "Mrs. Clinton")]


def test_allied_with_is_a_stance(analyse):
    doc = analyse("Mike Shields leads a super PAC allied with House leadership.")
    allied = next(e for e in doc._.events if e.trigger.text == "allied")
    assert (allied.type, allied.source.text, allied.target.text) == ("SUPPORT", "a super PAC", "House leadership")


def test_who_reports_an_event_is_no_party_to_it(analyse):
    said = analyse("“He does need to come up with that statement,” said Bruce Hough, the Republican National"
                   " Committeeman from Utah.")
    assert all(e.target is None for e in said._.events)  # the speaker's own title is not whom he asks
    reported = analyse("Mr. Hannity even discussed a walkout, as Breitbart reported a few days later.")
    assert all(e.target is None or "Breitbart" not in e.target.text for e in reported._.events)


def test_a_participle_conjoined_to_a_passive_is_passive(analyse):
    doc = analyse("Officials in the government were mocked and criticized on social media.")
    assert all(e.source is None or not e.source.text.startswith("Officials") for e in doc._.events)  # criticized, not critics


def test_the_released_are_not_the_releasers(analyse):
    doc = analyse("When the junta began reforms in 2010, Suu Kyi was released from house arrest and other political"
                  " prisoners were freed.")
    assert all(e.source is None or e.source.text not in ("Suu Kyi", "other political prisoners") for e in doc._.events)


def test_against_names_the_adversary_of_a_defence(analyse):
    doc = analyse("Hillary Clinton was defending the organization against recent attacks from Donald Trump.")
    defended = next(e for e in doc._.events if e.trigger.text == "defending")
    assert defended.target is None or "Trump" not in defended.target.text


def test_the_maker_of_a_request_is_not_who_would_act(analyse):
    doc = analyse("Priebus and other party officials have made numerous requests to withdraw the motion.")
    assert not [e for e in doc._.events if e.trigger.text == "withdraw" and e.source is not None]
    assert {e.source.text for e in doc._.events if e.type == "REQUEST"} == {"Priebus", "other party officials"}


def test_he_in_what_someone_says_is_the_sayer(analyse):
    doc = analyse("The venture capitalist Marc Andreessen, who backed Mitt Romney in 2012, said on Twitter that he was"
                  " supporting Hillary Clinton.")
    support = next(e for e in doc._.events if e.trigger.text == "supporting")
    assert support.source.text == "Marc Andreessen"
    asked = analyse("Co-moderator Andrea Mitchell raised the issue, asking Sanders why he has criticized the former"
                    " president.")
    assert [e.source.text for e in asked._.events if e.trigger.text == "criticized"] == ["Sanders"]  # the one asked


@pytest.mark.parametrize("text, type_, source", [
    ("KIEL, Germany — The Kiel city council on Monday rejected a proposal by a shipping firm to close the terminal.",
     "REJECT", "The Kiel city council"),
    ("ISTANBUL (AP) — Turkey offered on Wednesday to host talks between Russian and Ukrainian delegations.",
     "CONSULT", "Turkey"),
])
def test_a_dateline_is_never_the_source(analyse, text: str, type_: str, source: str) -> None:
    """The parse takes the dateline for the subject ("KIEL, Germany — The Kiel city council ... rejected"); where the
    story was filed is no actor, the phrase after the dash is."""
    assert _only(analyse(text), type_).source.text == source


def test_a_dateline_is_never_a_party(analyse) -> None:
    doc = analyse("JEDDAH, Saudi Arabia — Representatives of Sudan's army and the paramilitary Rapid Support Forces "
                  "resumed talks on Sunday.")
    parties = {(e.source.text, e.target.text if e.target else None) for e in doc._.events if e.type == "CONSULT"}
    assert parties == {("Representatives of Sudan's army", "the paramilitary Rapid Support Forces"),
                       ("the paramilitary Rapid Support Forces", "Representatives of Sudan's army")}


def test_a_title_before_a_name_is_not_a_second_party(analyse) -> None:
    doc = analyse("French President Emmanuel Macron arrived on Tuesday. Macron and Indian Prime Minister Narendra Modi "
                  "held talks in New Delhi for more than two hours.")
    talks = {(e.source.text, e.target.text if e.target else None) for e in doc._.events if e.trigger.text == "talks"}
    assert ("Macron", "Narendra Modi") in talks and not any("Prime Minister" in party for pair in talks for party in pair
                                                             if party)


@pytest.mark.parametrize("text", [
    "A senior Turkish government official, who asked not to be named, said the judiciary was independent.",
    "An Indian defence ministry official, who declined to be named, said the deal was worth 6.5 billion euros.",
    "A Peruvian farmer who declined to give his name said the mine had poisoned the river.",
    "Police Commissioner Marlon Grant said the killings were a reprisal in a feud between two gangs.",
])
def test_a_sources_wish_to_stay_unnamed_is_no_event(analyse, text: str) -> None:
    """Nor is a name that is a word of the lexicon ("Grant") an act."""
    assert [e.type for e in analyse(text)._.events] == []


@pytest.mark.parametrize("text, accused", [
    ("Sudan's foreign ministry accused the Rapid Support Forces of shelling a market in Omdurman on Monday, killing at "
     "least 12 civilians.", "SDN"),
    ("Pakistan blamed India for striking a mosque near Lahore.", "IND"),
    ("Israel accused Hamas of firing rockets at Tel Aviv, wounding three people.", "PSE"),
])
def test_the_accused_did_the_act_not_the_accuser(analyse, text: str, accused: str) -> None:
    """"accused X of shelling ..., killing ...": X shells and kills, as the accuser says; the accuser only accuses."""
    doc = analyse(text)
    accuser = _only(doc, "ACCUSE").source.text
    assaults = [e for e in doc._.events if e.type == "ASSAULT"]
    assert assaults and all(e.source.country == accused and e.source.text != accuser for e in assaults)
    assert all(e.modality == "reported" for e in assaults)


def test_a_participle_going_on_telling_an_act_is_no_second_event(analyse) -> None:
    """"fired missiles ..., striking ... and wounding ...": one attack, coded once (PLOVER codes an act once)."""
    doc = analyse("Iran fired ballistic missiles at Israel on Sunday, striking near an air base in the Negev and "
                  "wounding at least seven people.")
    assert [(e.type, e.trigger.text) for e in doc._.events] == [("ASSAULT", "fired")]


def test_the_act_takes_the_participles_target_when_it_has_none(analyse) -> None:
    doc = analyse("Israeli jets struck overnight, killing 12 civilians.")
    [strike] = [e for e in doc._.events if e.type == "ASSAULT"]
    assert (strike.trigger.text, strike.target and strike.target.text) == ("struck", "12 civilians")


@pytest.mark.parametrize("text, type_", [
    ("A senior Turkish government official dismissed the criticism, saying the judiciary was independent.", "REJECT"),
    ("The United Nations Secretary-General called for restraint, and Russia's foreign ministry urged Israel to halt "
     "its strikes.", "REQUEST"),
])
def test_a_last_resort_target_is_never_taken_from_another_act(analyse, text: str, type_: str) -> None:
    """With no target of its own, an act takes none from words its actor goes on to report ("saying the judiciary
    ...") or from a conjoined act with its own actor ("and Russia's foreign ministry urged")."""
    first = _only(analyse(text), type_)
    assert first.target is None, first.target


@pytest.mark.parametrize("text, type_", [
    ("Colombia's government and the ELN rebels agreed on Wednesday to resume peace negotiations next month in Oslo.",
     "AGREE"),
    ("Italian Prime Minister Giorgia Meloni and Libya's Abdul Hamid Dbeibah signed the agreement in Rome.", "SUPPORT"),
])
def test_the_place_an_agreement_is_made_in_is_no_party(analyse, text: str, type_: str) -> None:
    """Joint parties to an agreement are each other's target (session 27); the place is never one."""
    events = [e for e in analyse(text)._.events if e.type == type_]
    sources = {e.source.text for e in events}
    assert events and all(e.target is None or e.target.text in sources - {e.source.text} for e in events)


def test_the_place_a_curfew_applies_to_is_its_target(analyse) -> None:
    """PLOVER's gold codes where a restriction applies as its target ("extend the night-time curfew in Abidjan")."""
    threat = _only(analyse("President Laurent Gbagbo announced that he will extend the night-time curfew in Abidjan."),
                   "THREATEN")
    assert (threat.target.text, threat.target.country) == ("Abidjan", "CIV")


def test_it_never_refers_back_to_a_plural_group(analyse) -> None:
    """"It denied ...": a singular pronoun stands for an organisation or a state, not for "Kyrgyz civilians"."""
    doc = analyse("Kyrgyzstan's border service said Tajik troops had shelled two villages, wounding Kyrgyz civilians. "
                  "It denied that Kyrgyz forces had used mortars.")
    denial = _only(doc, "REJECT")
    assert "civilians" not in denial.source.text and denial.source.country == "KGZ"


@pytest.mark.parametrize("text, target", [
    ("Chinese foreign ministry spokesman Guo Weimin warned that China would take all necessary measures if Manila "
     "continued its provocations.", "PHL"),
    ("Putin warned the United States that Russia would respond if Ukraine used long-range missiles.", "USA"),
])
def test_a_threat_is_aimed_at_whom_it_warns_then_at_whose_act_would_set_it_off(analyse, text: str, target: str) -> None:
    """Not at the threatener's own country named in what it threatens ("China would take all necessary measures")."""
    assert _only(analyse(text), "THREATEN").target.country == target


def test_a_date_is_never_a_target(analyse) -> None:
    doc = analyse("Tajik troops opened fire on a frontier post in the Batken region on Wednesday, the committee said.")
    assert all(e.target is None or "Wednesday" not in e.target.text for e in doc._.events)


def test_what_describes_the_source_is_not_its_target(analyse) -> None:
    doc = analyse("Russia, which has military bases in both countries, urged restraint.")
    assert _only(doc, "REQUEST").target is None


def test_a_sector_only_actor_in_a_home_story_is_the_datelines(nlp) -> None:
    from newsgraph.record import Dateline

    text = ("LUSAKA (AFP) - Zambian police arrested more than 60 people in Lusaka. Zambia's electoral commission "
            "rejected the complaints. Information Minister Chanda Mwale accused the opposition of stoking tension.")
    doc = nlp.make_doc(text)
    doc._.published = "2026-08-20"
    doc._.dateline = Dateline(text="LUSAKA (AFP) -", span=(0, 14), place="Lusaka", agency="AFP")
    for _, component in nlp.pipeline:
        doc = component(doc)
    accused = [e for e in doc._.events if e.type == "ACCUSE"]
    assert accused and accused[0].target is not None and (accused[0].target.country, accused[0].target.sector) == (
        "ZMB", "OPP")


def test_why_a_source_went_unnamed_is_no_event(analyse) -> None:
    doc = analyse("Two diplomats, speaking on condition of anonymity because they were not allowed to discuss the "
                  "talks, said Qatar had offered to host them. A senior official who requested anonymity to discuss "
                  "the attack said Syrian troops had shelled rebel positions.")
    assert not [e for e in doc._.events if e.trigger.text in ("discuss", "requested")]
    assert [e for e in doc._.events if e.type == "ASSAULT"]
    doc = analyse("An aide who asked not to be named said Israeli troops had shelled the camp.")
    assert [e.type for e in doc._.events] == ["ASSAULT"]


def test_the_sources_own_people_are_not_its_target(analyse) -> None:
    doc = analyse("Two officials said Iran had demanded the release of its sailors.")
    assert _only(doc, "REQUEST").target is None


@pytest.mark.parametrize("text", [
    "Indian Defence Minister Rajnath Singh said any attack on Indian ships would be dealt with firmly.",
    "Russia's foreign ministry said any country that supplies the missiles to Kyiv will face consequences.",
])
def test_a_response_promised_to_any_act_is_a_threat(analyse, text: str) -> None:
    """"Any misadventure will be dealt with firmly": the "any" is a condition, as an "if" is."""
    assert _only(analyse(text), "THREATEN").modality in ("threatened", "reported", "asserted")


def test_a_news_agency_told_is_never_whom_a_pronoun_means(analyse) -> None:
    doc = analyse("\"There was no rebel camp in that village,\" opposition spokesman Min Aung told AFP. \"They bomb "
                  "our schools and kill our children.\"")
    assert all(e.source is None or e.source.text != "AFP" for e in doc._.events)


def test_striking_workers_are_on_strike_not_attacked(analyse) -> None:
    doc = analyse("Sri Lankan police used tear gas to break up a march by striking workers near the railway station "
                  "in Colombo.")
    assert not any(e.type == "ASSAULT" and e.trigger.text == "striking" for e in doc._.events)


def test_a_request_in_the_second_clause_of_a_statement_is_read(analyse) -> None:
    """"said in a statement that Washington was concerned … and that China should treat the crew humanely"."""
    doc = analyse("The U.S. State Department said in a statement that Washington was \"concerned\" by reports of the "
                  "seizure and that China should treat the crew humanely.")
    request = _only(doc, "REQUEST")
    assert request.source.country == "USA" and request.target.country == "CHN"


@pytest.mark.parametrize("text, kind", [
    ("Beijing staged large-scale joint exercises around Taiwan for a second day.", "MOBILIZE"),
    ("India held joint naval exercises with France in the Arabian Sea.", "COOPERATE"),
])
def test_joint_exercises_with_no_partner_are_a_show_of_force(analyse, text: str, kind: str) -> None:
    """One state's services drilling together mobilise; drills with a named partner are cooperation."""
    assert _only(analyse(text), kind).trigger.text == "exercises"


def test_a_when_clause_saying_who_did_what_a_passive_reports_is_the_act(analyse) -> None:
    """"were killed and dozens wounded when police fired … at thousands of young Kenyans …, a group said": the police's
    ASSAULT is the lede's act, not a subordinate one dropped below the confidence floor."""
    doc = analyse("At least three people were killed and dozens wounded when police fired tear gas and live ammunition "
                  "at thousands of young Kenyans protesting proposed tax increases in the capital on Tuesday, the "
                  "Police Reform Working Group, a coalition of Kenyan rights organizations, said.")
    assert _only(doc, "ASSAULT").source.text == "police"


def test_a_release_frees_soldiers_and_a_passive_relative_clause_acts_on_its_noun(analyse):
    """"released a soldier who had been detained by Armenian border guards": the soldier is freed (not forces pulled
    out) and was the one detained (not the guards' own state)."""
    doc = analyse("In return, Armenia released a 22-year-old Azerbaijani soldier who had been detained by Armenian "
                  "border guards in the Syunik province in February.")
    (released,) = [e for e in doc._.events if e.type == "RETREAT"]
    (detained,) = [e for e in doc._.events if e.type == "COERCE"]
    assert released.target.text == detained.target.text == "a 22-year-old Azerbaijani soldier"
    assert detained.source.country == "ARM" and detained.target.country == "AZE"


def test_a_particle_after_the_object_makes_the_phrasal_verb(analyse):
    handed = _only(analyse("Azerbaijan handed four Armenian detainees back to Armenia on Thursday."), "RETREAT")
    assert (handed.source.country, handed.target.country) == ("AZE", "ARM")


def test_a_vessel_sent_with_relief_is_aid_and_neither_it_its_cargo_nor_its_port_is_the_target(analyse):
    doc = analyse("New Zealand said it would send a navy vessel with relief stores from Auckland later this week.")
    assert not [e for e in doc._.events if e.type == "MOBILIZE"]
    sent = _only(doc, "AID")
    assert sent.target is None or sent.target.basis == "context"
