"""newsgraph_events on realistic sentences through the full pipeline: types, arguments, modality, date, place."""

from __future__ import annotations

import pytest


def _events(doc, type_=None):
    return [e for e in doc._.events if type_ is None or e.type == type_]


def _check_spans(doc):
    text = doc.text
    for event in doc._.events:
        assert text[event.trigger.span[0]:event.trigger.span[1]] == event.trigger.text
        assert event.span[0] <= event.trigger.span[0] and event.trigger.span[1] <= event.span[1]
        for actor in (event.source, event.target):
            if actor is not None and actor.span is not None:
                assert text[actor.span[0]:actor.span[1]] == actor.text
        assert 0.0 <= event.confidence <= 1.0


def test_compound_source_is_split_into_one_event_per_actor(analyse):
    doc = analyse("British and U.S. officials urged Iran on Monday to release the detained sailors.")
    requests = _events(doc, "REQUEST")
    assert {e.source.country for e in requests} == {"GBR", "USA"}
    assert all(e.target.country == "IRN" and e.modality == "asserted" for e in requests)
    assert all(e.date.value == "2024-09-09" and e.date.basis == "sentence" for e in requests)
    release = _events(doc, "RETREAT")
    assert release and release[0].modality == "requested" and release[0].source.country == "IRN"
    _check_spans(doc)


def test_planned_meeting_is_dated_forwards_and_placed(analyse):
    doc = analyse("German Chancellor Olaf Scholz will meet French President Emmanuel Macron in Paris on Friday.")
    (meeting,) = _events(doc, "CONSULT")
    assert (meeting.source.country, meeting.target.country) == ("DEU", "FRA")
    assert meeting.modality == "planned"
    assert meeting.date.value == "2024-09-20" and meeting.date.text == "Friday"
    assert meeting.place.name == "Paris" and meeting.place.basis == "sentence"
    _check_spans(doc)


def test_negated_approval_is_kept_marked_and_read_as_a_refusal(analyse):
    doc = analyse("The Colombian Senate has not approved the trade agreement with Peru.")
    support = _events(doc, "SUPPORT")
    assert support and support[0].modality == "negated" and support[0].source.country == "COL"
    reject = _events(doc, "REJECT")
    assert reject and reject[0].modality == "asserted"
    _check_spans(doc)


def test_not_ruling_out_an_act_leaves_it_open_and_rejects_nothing(analyse):
    doc = analyse("Lithuania did not rule out requesting consultations with NATO allies, a senior official said.")
    assert not _events(doc, "REJECT")
    assert [e.modality for e in _events(doc, "REQUEST")] == ["hypothetical"]
    _check_spans(doc)


def test_giving_figures_or_details_is_no_aid(analyse):
    for text in ("Kyrgyzstan's border service said two guards were killed. It gave no figures for casualties on the "
                 "Tajik side.", "Kyrgyzstan gave no figures for casualties on the Tajik side."):
        assert not _events(analyse(text), "AID"), text
    assert _events(analyse("Japan gave $10 million in emergency aid to Nepal after the earthquake."), "AID")


def test_the_place_a_statement_is_made_in_and_what_its_object_is_called_are_no_targets(analyse):
    doc = analyse("In Baghdad, Iraq's foreign ministry condemned the strike as a flagrant violation of Iraqi "
                  "sovereignty.")
    (accusation,) = _events(doc, "ACCUSE")
    assert accusation.source.country == "IRQ" and accusation.target is None
    doc = analyse("In Kyiv, Russian missiles struck a power station overnight.")
    (attack,) = _events(doc, "ASSAULT")
    assert (attack.source.country, attack.target.country) == ("RUS", "UKR")  # an attack hits the place it opens with
    _check_spans(doc)


def test_a_crowd_gathering_outside_a_building_rallies_and_meets_no_one(analyse):
    doc = analyse("Dozens of the former minister's supporters gathered outside the Federal High Court in Abuja on "
                  "Thursday, chanting and waving placards.")
    assert [e.mode for e in _events(doc, "PROTEST")] == ["demo"] and not _events(doc, "CONSULT")
    doc = analyse("Residents of Kano gathered in the central mosque on Friday to mourn the victims.")
    assert not _events(doc, "CONSULT") and not _events(doc, "PROTEST")
    doc = analyse("Several hundred Serbs gathered near the Jarinje crossing on Wednesday morning.")
    assert not _events(doc, "CONSULT")
    _check_spans(doc)


def test_what_a_strike_shuts_down_is_the_strike_and_joint_parties_agree_with_each_other(analyse):
    doc = analyse("The strike, called by Ghana's Trades Union Congress, shut down public offices and schools across "
                  "the country for a second day.")
    assert {e.type for e in doc._.events} == {"PROTEST"}
    doc = analyse("Congo's government and the Rwanda-backed M23 rebel group agreed on Wednesday to extend the ceasefire.")
    agreements = _events(doc, "AGREE")
    assert agreements and all(e.target is not None and e.target.text != e.source.text for e in agreements)
    _check_spans(doc)


@pytest.mark.parametrize("text, type_, coded", [
    ("Afghan police searched the homes of three journalists in Kabul on Tuesday.", "COERCE", True),
    ("In the Afghan village of Khustak, survivors were still searching the rubble on Thursday.", "COERCE", False),
    ("The United States supplied Ukraine with air defence missiles last month.", "AID", True),
    ("Algeria supplied about 21 billion cubic metres of gas to Italy last year.", "AID", False),
    ("Ghana's government agreed to meet the unions' demands for higher wages.", "CONCEDE", True),
    ("Sonatrach must raise output while meeting fast-growing domestic demand in Algeria, analysts said.", "CONCEDE",
     False),
])
def test_searches_supplies_and_demands_met_are_acts_only_of_the_right_parties(analyse, text, type_, coded):
    """A search coerces when the state searches, a supply of gas is trade, a market's demand is no party's."""
    assert bool(_events(analyse(text), type_)) is coded


def test_a_rejection_of_an_earlier_act_answers_whoever_made_it(nlp):
    doc = nlp("VILNIUS, Dec 2 (Reuters) - Lithuania summoned Belarus's charge d'affaires on Wednesday to protest against "
              "snap military exercises near the border.\n\nBelarus dismissed the protest.\n\nThe exercises would "
              "end on Friday, Minsk said.")
    (dismissal,) = _events(doc, "REJECT")
    assert (dismissal.source.country, dismissal.target.country) == ("BLR", "LTU")
    assert dismissal.target.text == "Lithuania"
    _check_spans(doc)


def test_condemning_or_welcoming_an_earlier_act_answers_its_source(nlp):
    doc = nlp("ERBIL, Iraq (AFP) - An Iranian drone struck a Kurdish opposition base in northern Iraq on Sunday, killing "
              "four people.\n\nIraq's foreign ministry condemned the strike on Monday.\n\nOn Tuesday Kenya agreed to "
              "send 200 police officers to Haiti. Haiti's interim government welcomed the move.")
    (condemnation,) = [e for e in _events(doc, "ACCUSE") if e.source.country == "IRQ"]
    assert condemnation.target is not None and condemnation.target.country == "IRN"
    welcome = [e for e in _events(doc, "SUPPORT") if e.source.country == "HTI"]
    assert welcome and welcome[0].target is not None and welcome[0].target.country == "KEN"
    _check_spans(doc)


def test_what_a_threat_would_suspend_is_no_event_of_its_own(analyse):
    doc = analyse("Belarus said it could suspend its cooperation with Lithuania on border management.")
    assert not _events(doc, "COOPERATE")
    assert [e.type for e in doc._.events if e.source.country == "BLR"] == ["THREATEN"]
    _check_spans(doc)


def test_the_press_and_the_place_a_statement_is_made_to_are_no_targets(analyse):
    doc = analyse("Iran must release the detained tanker crew, a senior U.S. official told reporters in Geneva.")
    requests = [e for e in _events(doc, "REQUEST") if e.source.country == "USA"]
    assert requests and all(e.target is None or e.target.text not in ("reporters", "Geneva") for e in requests)
    doc = analyse("Police beat two journalists covering the protest in Minsk.")
    assert [e.target.text for e in _events(doc, "ASSAULT")] == ["two journalists"]


def test_conditional_attack_is_hypothetical(analyse):
    doc = analyse("If Ukraine used the missiles, Russia would attack NATO bases in Poland.")
    (attack,) = _events(doc, "ASSAULT")
    assert attack.source.country == "RUS" and attack.modality == "hypothetical"
    _check_spans(doc)


def test_threat_and_the_threatened_attack(analyse):
    doc = analyse("North Korea threatened to strike U.S. bases in Guam.")
    (threat,) = _events(doc, "THREATEN")
    assert (threat.source.country, threat.target.country) == ("PRK", "USA")
    assert threat.mode == "violence" or threat.mode is None
    (strike,) = _events(doc, "ASSAULT")
    assert strike.modality == "threatened" and strike.confidence < threat.confidence


def test_reported_arrest_with_mode_sector_and_date(analyse):
    doc = analyse("Kenyan police arrested 40 opposition supporters in Nairobi on Saturday, the interior ministry said.")
    (arrest,) = _events(doc, "COERCE")
    assert arrest.mode == "arrest" and arrest.modality == "reported"
    assert (arrest.source.country, arrest.source.sector) == ("KEN", "COP")
    assert arrest.date.value == "2024-09-07" and arrest.place.name == "Nairobi"
    _check_spans(doc)


def test_statement_with_must_is_a_request(analyse):
    doc = analyse("The Arab League said Israel must withdraw its troops from southern Lebanon.")
    requests = _events(doc, "REQUEST")
    assert requests and requests[0].target.country == "ISR" and requests[0].mode == "yield"
    assert requests[0].trigger.text == "must"


def test_a_quoted_sentence_with_must_is_a_request_of_its_speaker_and_we_must_is_not(analyse):
    doc = analyse('"The blockade is illegal," Human Rights Watch said in a statement. "Israel must let aid trucks into '
                  'Gaza without delay. We must keep documenting every case."')
    (request,) = _events(doc, "REQUEST")
    assert request.source.country == "NGO" and request.target.country == "ISR" and request.trigger.text == "must"


def test_a_damning_name_for_an_act_is_an_accusation_and_a_call_for_calm_is_not(analyse):
    doc = analyse('Iran described the strikes as barbaric. Serbia called the arrests "a staged provocation". '
                  'Egypt called for calm.')
    assert [e.source.country for e in _events(doc, "ACCUSE")] == ["IRN", "SRB"]


def test_saying_an_act_is_damning_is_an_accusation_unless_negated(analyse):
    doc = analyse("Russia said the new sanctions were unacceptable. China said the visit was not illegal.")
    assert [e.source.country for e in _events(doc, "ACCUSE")] == ["RUS"]


def test_a_request_the_parse_hung_on_the_reported_clause_is_the_sayer_s(analyse):
    doc = analyse("The Committee to Protect Journalists said Turkey remained one of the worst jailers of journalists "
                  "and urged the authorities to free them.")
    (request,) = _events(doc, "REQUEST")
    assert request.source.country == "NGO"


def test_a_surname_that_is_also_a_town_is_the_person_named_before(analyse):
    doc = analyse("Argentine Economy Minister Santiago Ibarra defended the cuts on Monday. Ibarra will hold talks "
                  "with the International Monetary Fund in Washington next week.")
    (talks,) = [e for e in doc._.events if e.trigger.text == "talks"]
    assert talks.source.text == "Ibarra" and talks.source.country == "ARG"


def test_article_date_and_dateline_when_the_sentence_has_neither(analyse):
    from newsgraph.record import Dateline

    dateline = Dateline(text="CAIRO (AP) —", span=(0, 12), place="CAIRO", agency="AP")
    doc = analyse("CAIRO (AP) — Egypt condemned the Israeli air strikes.", dateline=dateline)
    (accuse,) = _events(doc, "ACCUSE")
    assert accuse.target.country == "ISR"
    assert accuse.date.value == "2024-09-13" and accuse.date.basis == "article"
    assert accuse.place is not None and accuse.place.basis == "dateline" and accuse.place.country == "EGY"


@pytest.mark.parametrize("text", ["", "   ", "!!!", "\n\n\n", "Lorem ipsum dolor sit amet.", "x" * 3000,
                                  "Der Bundestag hat das Gesetz abgelehnt.", "they said it would. If so,"])
def test_odd_text_never_crashes(analyse, text):
    doc = analyse(text, published=None)
    assert isinstance(doc._.events, list)
    _check_spans(doc)


def test_the_datelines_date_is_when_the_story_was_filed_not_when_its_act_happened(analyse):
    from newsgraph.record import Dateline

    text = ("HANOI, Sept. 13 (Reuters) - Chinese coast guard ships attacked a Vietnamese fishing boat with water cannon "
            "near the disputed Paracel Islands on Wednesday, Vietnam's foreign ministry said.")
    dateline = Dateline(text="HANOI, Sept. 13 (Reuters) -", span=(0, 27), place="HANOI", agency="Reuters")
    (ram,) = _events(analyse(text, dateline=dateline), "ASSAULT")
    assert ram.date.value == "2024-09-11" and ram.date.text == "Wednesday"


def test_a_later_act_with_no_time_of_its_own_happened_when_the_story_last_dated_one(analyse):
    doc = analyse("Suspected jihadists attacked a military base in northern Burkina Faso on Wednesday, the army said. "
                  "Burkinabe troops killed dozens of the attackers, the army said. Police arrested three suspects. "
                  "Burkina Faso's government condemned the attack.")
    killed = next(e for e in doc._.events if e.trigger.text == "killed")
    arrested = next(e for e in doc._.events if e.trigger.text == "arrested")
    assert killed.date.value == arrested.date.value == "2024-09-11" and killed.date.basis == "context"
    assert killed.date.text == "Wednesday"
    (condemned,) = [e for e in doc._.events if e.trigger.text == "condemned"]
    assert condemned.date.value == "2024-09-13" and condemned.date.basis == "article"  # a reaction: today


def test_only_the_news_cycle_dates_later_acts(analyse):
    doc = analyse("Rebels seized the town on March 3, 2019. Fighters have killed hundreds of people since then, "
                  "and soldiers arrested dozens of suspected collaborators.")
    arrested = next(e for e in doc._.events if e.trigger.text == "arrested")
    killed = next(e for e in doc._.events if e.trigger.text == "killed")
    assert arrested.date.basis == killed.date.basis == "article"


def test_a_place_the_gazetteer_does_not_know_is_kept_as_written_before_the_datelines_city(analyse):
    from newsgraph.extract.dateline import find_dateline

    text = "KANO, Nigeria (AP) — Gunmen attacked a police post in Tudun Wada on Sunday, killing two officers."
    (attack,) = [e for e in analyse(text, dateline=find_dateline(text))._.events if e.trigger.text == "attacked"]
    assert attack.place is not None and attack.place.basis == "sentence"
    assert (attack.place.name, attack.place.geonameid) == ("Tudun Wada", None)
    text = "ACCRA, Ghana (AP) — Nigerian troops fired on a crowd of protesters, police said."
    (fired,) = [e for e in analyse(text, dateline=find_dateline(text))._.events if e.trigger.text == "fired"]
    assert (fired.place.name, fired.place.country, fired.place.basis) == ("Accra", "GHA", "dateline")


@pytest.mark.parametrize("text, trigger, place", [
    ("Serbian police detained two Kosovo customs officers at the Merdare crossing on Monday.", "detained", "Merdare"),
    ("Negotiators from both sides met in the town of Soroca on Tuesday.", "met", "Soroca"),
    ("Soldiers opened fire near the disputed Preah Vihear temple late on Sunday.", "opened", "Preah Vihear"),
    ("Sri Lanka's navy seized three trawlers in waters off the island of Kachchatheevu on Friday.", "seized", "Kachchatheevu"),
    ("Fiji's navy seized a trawler inside the Pacific island nation's waters near the island of Kadavu on Monday.", "seized", "Kadavu"),
])
def test_a_place_named_inside_a_place_phrase_is_the_events(analyse, text, trigger, place):
    (event,) = [e for e in analyse(text)._.events if e.trigger.text == trigger]
    assert event.place is not None and event.place.basis == "sentence" and place in event.place.name


def test_an_events_place_keeps_the_words_that_name_it(analyse):
    text = "Clan militias clashed near the town of Erigavo on Monday, killing at least nine fighters."
    doc = analyse(text)
    placed = [e for e in doc._.events if e.place is not None and e.place.basis == "sentence"]
    assert placed and all(text[e.place.span[0]:e.place.span[1]] == "Erigavo" for e in placed)
    assert {e.place.country for e in placed} == {"SOM"}  # the gazetteer's entry, whatever it calls the town


def test_an_act_told_again_takes_the_place_its_first_telling_gave(analyse):
    from newsgraph.extract.dateline import find_dateline

    text = ("COLOMBO, March 12 (Reuters) - Sri Lanka's navy arrested 14 Indian fishermen in waters off the island of "
            "Nainativu on Wednesday.\n\nIndia's foreign ministry said Sri Lankan sailors had arrested the men without warning. "
            "Sri Lanka's navy also arrested two local smugglers, police said.")
    arrests = [e for e in analyse(text, dateline=find_dateline(text))._.events if e.type == "COERCE"]
    assert [(e.place.name, e.place.basis) for e in arrests] == [("Nainativu", "sentence"), ("Nainativu", "context"),
                                                               ("Nainativu", "context")]
    text = ("COLOMBO, March 12 (Reuters) - Indian troops fired on a boat near Nainativu on Wednesday.\n\n"
            "Sri Lanka's navy arrested 14 Indian fishermen, police said.")
    (arrest,) = [e for e in analyse(text, dateline=find_dateline(text))._.events if e.type == "COERCE"]
    assert (arrest.place.name, arrest.place.basis) == ("Colombo", "dateline")  # another act, another country
    text = ("COLOMBO, March 12 (Reuters) - Sri Lanka's navy arrested 14 Indian fishermen in Sri Lanka on Wednesday."
            "\n\nSri Lanka's navy also arrested two local smugglers, police said.")
    arrests = [e for e in analyse(text, dateline=find_dateline(text))._.events if e.type == "COERCE"]
    assert arrests[-1].place.basis == "dateline"  # a country says less than the dateline's city


def test_a_place_in_the_clause_an_accusation_describes_is_not_the_accusations(analyse):
    doc = analyse("Cambodia's defence ministry accused Thai forces of shelling a village in Oddar Meanchey province, "
                  "a spokesman told reporters in Phnom Penh.")
    (accuse,) = [e for e in doc._.events if e.type == "ACCUSE"]
    assert accuse.place is not None and accuse.place.name == "Phnom Penh"


@pytest.mark.parametrize("text", [
    "Germany called for talks between Russia and Ukraine on Tuesday.",
    "Germany demanded talks between Russia and Ukraine on Tuesday.",
])
def test_talks_asked_for_are_the_requests_mode_not_talks_held(analyse, text):
    events = analyse(text)._.events
    assert {e.type for e in events} == {"REQUEST"} and {e.source.country for e in events} == {"DEU"}
    assert {e.mode for e in events} == {"meet"}  # PLOVER's REQUEST mode for meetings and negotiations


def test_a_subject_the_parse_ran_into_a_dated_dateline_starts_after_it(analyse):
    from newsgraph.extract.dateline import find_dateline

    text = ("TOKYO, Sept 3 (Kyodo) - Russian border guards seized a Japanese fishing boat near Kunashiri on Tuesday, "
            "officials said.")
    (seized,) = [e for e in analyse(text, dateline=find_dateline(text))._.events if e.trigger.text == "seized"]
    assert (seized.source.text, seized.source.country) == ("Russian border guards", "RUS")


@pytest.mark.parametrize(("text", "trigger", "kind", "source", "target"), [
    ("Estonia has declared two employees of the Russian embassy in Tallinn personae non gratae on Monday.", "declared",
     "SANCTION", "EST", "RUS"),
    ("Latvia declared a Belarusian diplomat persona non grata.", "declared", "SANCTION", "LVA", "BLR"),
    ("Poland's ambassador was summoned to the Belarusian Foreign Ministry on Tuesday.", "summoned", "ACCUSE", "BLR",
     "POL"),
    ("Norway called in the Russian ambassador on Monday over the fishing dispute.", "called", "ACCUSE", "NOR", "RUS"),
])
def test_diplomatic_expulsions_and_summonses_in_their_usual_words(analyse, text, trigger, kind, source, target):
    (event,) = [e for e in analyse(text)._.events if e.trigger.text == trigger]
    assert (event.type, event.source.country, event.target.country) == (kind, source, target)


def test_an_agentless_arrest_in_a_home_story_is_the_home_states() -> None:
    """Filed from Lima about Peru, "were detained" with no agent and no place is Peru's doing; filed from Geneva about
    Sudan, it stays unattributed."""
    import newsgraph

    home = newsgraph.analyze("LIMA, Peru (AP) — Peruvian riot police fired tear gas at farmers blocking a highway "
                             "near Arequipa on Tuesday, Peru's interior ministry said. Seventeen protesters were "
                             "detained. Peru's ombudsman said two farmers were injured.")
    (detained,) = [e for e in home.events if e.trigger.text == "detained"]
    assert (detained.type, detained.source.text, detained.source.country) == ("COERCE", "LIMA", "PER")
    away = newsgraph.analyze("GENEVA (AP) — Sudan's army and the Rapid Support Forces met for talks in Geneva on "
                             "Tuesday, U.N. officials said. Seventeen protesters were detained.")
    assert not [e for e in away.events if e.trigger.text == "detained"]


def test_what_a_body_says_its_forces_did_abroad_is_that_bodys() -> None:
    """In a story filed from Baghdad about Iraq, "its troops" of the Turkish army stay Turkish."""
    import newsgraph

    article = newsgraph.analyze(
        "BAGHDAD, Iraq (AP) — Iraq's foreign ministry summoned Turkey's ambassador on Sunday after a Turkish raid "
        "in Iraq's Kurdistan region, Iraqi officials said. Iraq's government called the raid a violation of Iraqi "
        "sovereignty. The Turkish army said in a statement that its troops had detained several suspects in "
        "northern Iraq.")
    (detained,) = [e for e in article.events if e.trigger.text == "detained"]
    assert (detained.source.text, detained.source.country) == ("its troops", "TUR")


def test_a_day_after_since_dates_no_later_act_and_a_plans_purpose_shares_its_day() -> None:
    """"maintained since Monday" says how long, not when the next act happened; "will meet on Friday to discuss"
    discusses on Friday."""
    import newsgraph

    article = newsgraph.analyze(
        "NAIROBI, Kenya (AP) — Kenyan riot police on Wednesday used tear gas to clear a blockade of the Nairobi-Mombasa "
        "highway near Mtito Andei that truck drivers had maintained since Monday, Kenya's interior ministry said. "
        "Forty people were arrested. Kenya's transport minister said the drivers' union would meet the government on "
        "Friday to discuss fuel prices.", published="2024-09-13")
    dates = {e.trigger.text: (e.date.value, e.date.basis) for e in article.events}
    assert dates["arrested"] == ("2024-09-11", "context")
    assert dates["discuss"] == dates["meet"] == ("2024-09-20", "sentence")


def test_a_conjunct_with_its_own_tense_keeps_its_time_to_itself(analyse):
    """"arrested 40 protesters and would charge them on Wednesday": Wednesday is the charging's day, not the arrest's;
    "arrested ... and seized ... on Wednesday" share it."""
    doc = analyse("Lesotho police arrested 40 protesters in Maseru and would charge them in court on Wednesday.")
    (arrest,) = [e for e in doc._.events if e.trigger.text == "arrested"]
    assert arrest.date.text != "Wednesday"
    doc = analyse("Sri Lanka's navy arrested 23 Indian fishermen and seized four trawlers off Delft island on Wednesday.")
    (arrest,) = [e for e in doc._.events if e.trigger.text == "arrested"]
    assert arrest.date.value == "2024-09-11"


def test_an_act_with_no_target_of_its_own_is_aimed_at_the_state_its_source_last_dealt_with(analyse):
    doc = analyse("Kazakhstan accused Uzbek border guards on Monday of firing on a Kazakh border post. Uzbekistan's border "
                  "service denied attacking the post. Uzbek teachers went on strike on Tuesday.")
    (denial,) = [e for e in doc._.events if e.type == "REJECT"]
    assert denial.source.country == "UZB" and denial.target is not None and denial.target.country == "KAZ"
    assert denial.target.basis == "context" and denial.source.basis == "sentence"  # read from the accusation
    (strike,) = [e for e in doc._.events if e.type == "PROTEST"]
    assert strike.target is not None and strike.target.country == "UZB"  # a strike stays within the strikers' state


def test_an_act_done_to_no_one_named_and_no_other_state_stays_within_its_sources_state(analyse):
    """A protest and an arrest in a domestic row are aimed at the source's own state: the target says it was read
    from the story and has no words of its own to point at. A denial of a charge made against the denier answers its
    accuser, of the same state."""
    doc = analyse("Zimbabwe's electoral commission on Monday declared President Emmerson Mnangagwa's party the winner of "
                  "Saturday's by-elections. The opposition Citizens Coalition for Change accused the commission of "
                  "rigging the vote in Harare. The commission dismissed the allegations. Hundreds of opposition "
                  "supporters protested outside its offices on Wednesday. Police arrested 12 of them.")
    (denial,) = [e for e in doc._.events if e.type == "REJECT"]
    assert denial.target is not None and denial.target.text == "The opposition" and denial.target.basis == "context"
    for kind in ("PROTEST", "COERCE"):
        (event,) = [e for e in doc._.events if e.type == kind]
        assert event.target is not None and event.target.country == "ZWE"
        assert event.target.basis == "context" and event.target.span is None and event.target.text == "Zimbabwe"


def test_an_appeal_or_aid_with_no_one_named_is_for_the_state_the_storys_conflict_acts_on(analyse):
    doc = analyse("Tajik forces shelled the Kyrgyz village of Kok-Tash on Wednesday, killing two people, Kyrgyzstan's "
                  "border service said. Kyrgyzstan accused Tajikistan of violating the ceasefire. Kazakhstan urged "
                  "restraint. The Red Cross said it would send medical supplies.")
    for kind in ("REQUEST", "AID"):
        (event,) = [e for e in doc._.events if e.type == kind]
        assert event.target is not None and event.target.country == "KGZ"
        assert event.target.basis == "context" and event.target.span is None


def test_a_year_naming_another_thing_does_not_date_the_event(analyse):
    doc = analyse("Kuwait called on Iraq to protect diplomatic missions in line with the 1961 Vienna Convention.")
    (request,) = [e for e in doc._.events if e.type == "REQUEST"]
    assert request.date.basis == "article" and request.date.value == "2024-09-13"
    doc = analyse("Bahraini forces crushed the 2011 protests with the help of Saudi troops.")
    (crushed,) = [e for e in doc._.events if e.trigger.text == "crushed"]
    assert crushed.date.value == "2011"  # what the act was done to, dated, dates the act


def test_an_intergovernmental_bodys_untargeted_call_is_aimed_at_the_state_it_last_addressed(analyse):
    doc = analyse("The African Union on Monday called on Eritrea to pull its troops back from the border. The African "
                  "Union also urged restraint.")
    (urged,) = [e for e in doc._.events if e.trigger.text == "urged"]
    assert urged.source.country == "IGO" and urged.target is not None and urged.target.country == "ERI"


def test_a_state_named_as_the_subject_below_the_act_is_its_own_source_speaking_of_itself(analyse):
    """"denied that Addis Ababa had any plan": Ethiopia's capital is Ethiopia speaking, not the party it answers."""
    doc = analyse("Eritrea accused Ethiopia on Monday of massing troops on the border. Ethiopian government spokesperson "
                  "Selamawit Bekele denied that Addis Ababa had any plan to take Eritrean territory.")
    (denial,) = [e for e in doc._.events if e.type == "REJECT"]
    assert denial.source.country == "ETH" and denial.target.country == "ERI"


def test_a_denial_answers_a_charge_from_its_own_country_when_no_foreign_one_is_in_sight(analyse):
    doc = analyse("KINSHASA, Jan 12 (Reuters) - Congolese rights groups accused soldiers on Monday of killing 12 "
                  "civilians near Beni. Congo's army denied the accusation.")
    (denial,) = [e for e in doc._.events if e.type == "REJECT"]
    assert denial.target.text == "Congolese rights groups" and denial.target.basis == "context"
