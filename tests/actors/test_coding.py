"""code_actor: the public phrase coder used by the events stage (pure, no pipeline)."""

from __future__ import annotations

import pytest

from newsgraph.actors.coding import ActorCode, code_actor, context_country


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian President Volodymyr Zelenskyy", ActorCode("UKR", "GOV", "person", None)),
        ("NATO", ActorCode("IGO", None, "organisation", "NATO")),
        ("police in Lagos", ActorCode("NGA", "COP", "group", None)),
        ("U.S. officials", ActorCode("USA", "GOV", "group", None)),
        ("the Kremlin", ActorCode("RUS", "GOV", "organisation", None)),
        ("the Pentagon", ActorCode("USA", "MIL", "organisation", None)),
        ("Ukrainian forces", ActorCode("UKR", "MIL", "group", None)),
        ("U.N. Security Council", ActorCode("IGO", "GOV", "organisation", "UN")),
        ("The Paris Club", ActorCode("IGO", None, "organisation", "PARIS")),
        ("Lt. Gen. Karel Řehka, chief of the General Staff of the Czech Armed Forces",
         ActorCode("CZE", "MIL", "person", None)),
        ("former Greek prime minister Andreas Papandreou", ActorCode("GRC", "ELI", "person", None)),
        ("ethnic Albanians", ActorCode(None, "CVL", "group", None)),
        ("the Rwanda-backed M23 rebel group", ActorCode("COD", "REB", "organisation", None)),
        ("U.S.-backed Syrian Democratic Forces", ActorCode("SYR", "REB", "organisation", None)),
        ("Iran-funded militias", ActorCode("IRN", "PRM", "group", None)),
        ("India's Directorate General of Trade Remedies", ActorCode("IND", "GOV", "organisation", None)),
        ("The Mano River Union", ActorCode("IGO", None, "organisation", "MRU")),
        ("the Central American Integration System (SICA)", ActorCode("IGO", None, "organisation", "SICA")),
    ],
)
def test_codes_known_phrases(text: str, expected: ActorCode) -> None:
    assert code_actor(text) == expected


def test_unknown_phrase_stays_uncoded() -> None:
    assert code_actor("the weather") == ActorCode(None, None, None, None)
    assert code_actor("Blorvania Widgets") == ActorCode()


def test_western_allies_is_an_uncoded_group() -> None:
    """PLOVER gives regional constructs ("the West") no country."""
    assert code_actor("Western allies") == ActorCode(None, None, "group", None)


def test_context_supplies_country_only_when_unambiguous() -> None:
    sentence = "President Yoweri Museveni accused the opposition in Uganda of planning violence."
    assert code_actor("President Yoweri Museveni", sentence).country == "UGA"
    two = "President Smith met leaders from Kenya and Tanzania."
    assert code_actor("President Smith", two).country is None


def test_pronoun_us_is_not_the_united_states() -> None:
    assert code_actor("us").country is None
    assert code_actor("US").country == "USA"


@pytest.mark.parametrize("odd", ["", "   ", "!!!", "\x00\ufffd", "Ü" * 5000, "of of of the the", "U.S.-" * 50])
def test_odd_text_never_raises(odd: str) -> None:
    assert isinstance(code_actor(odd, odd), ActorCode)


def test_a_name_is_not_coded_by_a_city_inside_it() -> None:
    """"Mary" is a city in Turkmenistan and "Hassan" one in India; names stay uncoded without a title."""
    assert code_actor("Mary J. Blige", "LOS ANGELES (UPI) — Mary J. Blige sang for the crowd.") == ActorCode(
        None, None, "person", None)
    assert code_actor("King Hassan of Morocco").country == "MAR"


def test_a_capital_inside_a_name_codes_nothing() -> None:
    """Douglas is the Isle of Man's capital and Victoria the Seychelles': here they begin names."""
    assert code_actor("Douglas Wilder") == ActorCode(None, None, "person", None)
    assert code_actor("Moscow") == ActorCode("RUS", "GOV", "state", None)


def test_acronyms_that_are_english_words_match_only_in_capitals() -> None:
    """"who" in a relative clause is not the World Health Organization; "the WHO" is."""
    assert code_actor("two people who spoke on condition of anonymity").igo is None
    assert code_actor("the WHO").igo == "WHO"


def test_a_city_where_an_event_happens_is_its_civilians() -> None:
    """PLOVER GSR rule: cities are CVL; a capital is GOV when it acts ("Moscow said"), CVL where it only locates."""
    curfew = "The president threatened to impose a curfew in Algiers after days of unrest."
    assert code_actor("Algiers", curfew) == ActorCode("DZA", "CVL", "state", None)
    assert code_actor("Moscow", "Moscow rejected the proposal on Tuesday.").sector == "GOV"
    assert code_actor("Lagos", "Riots broke out in Lagos on Friday.") == ActorCode("NGA", "CVL", None, None)
    assert code_actor("an energy analyst at a consultancy in Algiers") == ActorCode("DZA", None, None, None)


def test_regions_code_their_state_only_as_places() -> None:
    assert code_actor("West Darfur State") == ActorCode("SDN", None, None, None)
    assert code_actor("the government of Sindh province") == ActorCode("PAK", "GOV", "organisation", None)
    assert code_actor("Chechen rebels") == ActorCode("RUS", "REB", "group", None)
    assert code_actor("the Turkish Cypriot police").country == code_actor("Greek Cypriot farmers").country == "CYP"
    assert code_actor("Turkish troops").country == "TUR"
    assert code_actor("Congo-Brazzaville").country == "COG" and code_actor("Congo-Kinshasa").country == "COD"
    assert code_actor("the Greenlandic government").country == "GRL" and code_actor("Gibraltarian police").country == "GIB"


def test_ethnic_and_regional_peoples_live_in_a_state() -> None:
    """"Albanians of southern Serbia" live in Serbia; an "ethnic Albanian" in the context names no state."""
    assert code_actor("Albanians of southern Serbia").country == "SRB"
    sentence = "Ethnic Albanian guerrillas operating in Macedonia clashed with the army near ethnic Albanian villages."
    assert code_actor("ethnic Albanian guerrillas", sentence) == ActorCode("MKD", "REB", "group", None)


def test_transnational_organisations_follow_plover_country_values() -> None:
    """PLOVER Table 5.1: NGOs take the country value NGO; the Red Cross is an IGO of the medical sector (MED)."""
    assert code_actor("Amnesty International") == ActorCode("NGO", None, "organisation", None)
    assert code_actor("Red Cross") == ActorCode("IGO", "MED", "organisation", "ICRC")
    assert code_actor("SPLM/A") == ActorCode("SDN", "REB", "organisation", None)


@pytest.mark.parametrize("text", ["Latin American leaders", "Central American migrants",
                                  "North American trade negotiators"])
def test_a_region_of_several_states_is_not_the_country_its_name_holds(text: str) -> None:
    assert code_actor(text).country is None  # "America" inside is not the United States


def test_acronyms_never_match_lowercase_words() -> None:
    assert code_actor("efforts to mend ties") == ActorCode()
    assert code_actor("MEND militants") == ActorCode("NGA", "REB", "group", None)


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("supporters of former President Ahmed Ben Bella", "OPP"),
        ("Palestinian prisoners", "CVL"),
        ("anti-government protesters", "OPP"),
        ("party leaders", "PTY"),
        ("ruling party", "GOV"),
        ("suicide bombers", "UAF"),
        ("Kurds", "CVL"),
        ("a senior Sri Lankan naval officer", "MIL"),
    ],
)
def test_role_words_give_the_plover_sector(text: str, sector: str) -> None:
    assert code_actor(text).sector == sector


def test_news_agencies_are_media_and_set_no_scene() -> None:
    """A wire credit ("told AFP") is JRN and does not count as the state a sentence is about."""
    assert code_actor("Agence France-Presse") == ActorCode("FRA", "JRN", "organisation", None)
    sentence = "Two rebel commanders in Macedonia told AFP on Sunday that the fighting had stopped."
    assert code_actor("rebel commanders", sentence).country == "MKD"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Washington Post", ActorCode("USA", "JRN", "organisation", None)),
        ("the Jerusalem Post", ActorCode("ISR", "JRN", "organisation", None)),
        ("Hindustan Times", ActorCode(None, "JRN", "organisation", None)),
        ("Exxon Mobil Corp.", ActorCode("USA", "BUS", "organisation", None)),
        ("General Motors", ActorCode(None, "BUS", "organisation", None)),
        ("Kenya Airways", ActorCode("KEN", "BUS", "organisation", None)),
        ("Freedom Union", ActorCode(None, None, "organisation", None)),
        ("Christian Democratic Union", ActorCode("DEU", "PTY", "organisation", None)),
    ],
)
def test_the_last_word_of_a_name_tells_its_sector(text: str, expected: ActorCode) -> None:
    """"Post", "Corp", "Airways" ending a capitalised name say what it is; a capitalised "Union" is no trade union."""
    assert code_actor(text) == expected


def test_name_heads_need_a_name() -> None:
    assert code_actor("Times have changed") == ActorCode()
    assert code_actor("the union").sector == "LAB"


def test_a_congress_of_trade_unions_is_labour_not_a_legislature() -> None:
    assert code_actor("the Trades Union Congress").sector == "LAB"
    assert code_actor("the Ghana Trade Union Congress") == ActorCode("GHA", "LAB", "organisation")
    assert code_actor("the U.S. Congress").sector == "LEG"


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("attorney general", "JUD"),
        ("business leaders", "BUS"),
        ("religious leaders", "REL"),
        ("tribal elders", "ELI"),
        ("aid workers", "SOC"),
        ("human rights groups", "SOC"),
        ("the House of Representatives", "LEG"),
        ("coalition partners", "GOV"),
        ("drug lords", "CRM"),
        ("the shadow chancellor", "OPP"),
        ("British-supplied Storm Shadow missiles", None),
    ],
)
def test_compound_roles_are_not_read_by_their_last_word(text: str, sector: str | None) -> None:
    """"attorney general" is no general (MIL), "aid workers" no labour union, "Storm Shadow" missiles no opposition."""
    assert code_actor(text).sector == sector


def test_unknown_names_stay_uncoded_whatever_the_context() -> None:
    """Never guessed: an unknown firm or paper takes no country, a newspaper none from the story it reports."""
    assert code_actor("Acme Widgets") == ActorCode()
    assert code_actor("Mark Schiefelbein", "Russia said on Monday it had shot down drones.").country is None
    assert code_actor("The Times", "Russia said on Monday it had shot down drones.").country is None
    assert code_actor("the ruling party", "Ghana and Togo agreed a border deal.").country is None


@pytest.mark.parametrize(
    ("text", "sector"),
    [
        ("Minister of Justice", "GOV"),
        ("Police Minister", "GOV"),
        ("Army Secretary", "GOV"),
        ("former Justice Minister", "ELI"),
        ("Party Secretary", "PTY"),
        ("rebel minister", "REB"),
        ("shadow foreign secretary", "OPP"),
        ("police chief", "COP"),
        ("Lieutenant Governor", "GOV"),
    ],
)
def test_a_cabinet_office_is_government_whatever_its_portfolio(text: str, sector: str) -> None:
    """PLOVER codes ministers GOV: the portfolio word (justice, police, army) does not make the minister JUD/COP/MIL."""
    assert code_actor(text).sector == sector


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("protesters in Kyiv", ActorCode("UKR", "CVL", "group", None)),
        ("lawmakers in Kyiv", ActorCode("UKR", "LEG", "group", None)),
        ("students from Washington", ActorCode("USA", "EDU", "group", None)),
        ("members of the Knesset", ActorCode("ISR", "LEG", "group", None)),
    ],
)
def test_a_seat_of_government_after_in_only_locates(text: str, expected: ActorCode) -> None:
    """"In Kyiv" places the protesters; it does not make them Ukraine's government. "Of the Knesset" still does."""
    assert code_actor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Democratic officials", ActorCode(None, "PTY", "group", None)),
        ("Trump campaign officials", ActorCode("USA", "PTY", "group", None)),
        ("Republican presidential candidates", ActorCode(None, "PTY", "group", None)),
        ("Republican senators", ActorCode(None, "LEG", "group", None)),
        ("Obama adviser Valerie Jarrett", ActorCode("USA", "GOV", "person", None)),
        ("Sanders aide Jeff Weaver", ActorCode(None, None, "person", None)),
        ("Hamas spokesman", ActorCode("PSE", "REB", "person", None)),
        ("Democratic National Convention", ActorCode()),
        ("a US national", ActorCode("USA", "CVL", "person", None)),
        ("White House chief of staff", ActorCode("USA", "GOV", "person", None)),
        ("Army Chief of Staff", ActorCode(None, "MIL", "person", None)),
    ],
)
def test_party_staff_and_principals(text: str, expected: ActorCode) -> None:
    """Party and campaign staff are PTY; an aide takes the principal's sector, unknown for an unknown principal."""
    assert code_actor(text) == expected


@pytest.mark.parametrize(("text", "country"), [("Texas Sen. Ted Cruz", "USA"), ("Pa.", "USA"), ("PA", "PSE"),
                                               ("Nato", "IGO"), ("Eu", None)])
def test_us_states_and_short_acronyms(text: str, country: str | None) -> None:
    """A U.S. state (or its AP abbreviation) codes the USA; acronyms of three letters or fewer match only in capitals."""
    assert code_actor(text).country == country


def test_relatives_of_office_holders_are_not_them() -> None:
    assert code_actor("Eric Trump") == ActorCode()
    assert code_actor("Donald Trump Jr.").country is None and code_actor("Trump Tower").country is None
    assert code_actor("Donald J. Trump").country == code_actor("Mr. Trump").country == "USA"


def test_a_state_acted_upon_gives_no_context_country() -> None:
    """Senators debating "sanctions against Iran" are not Iran's; "officials in Iran" are."""
    assert code_actor("Sen. Bob Corker", "Sen. Bob Corker pressed for new sanctions against Iran.").country is None
    assert code_actor("officials", "Iranian officials said the talks would resume.").country == "IRN"


def test_a_state_naming_a_kind_of_thing_gives_no_context_country() -> None:
    """Democrats who opposed "the Iran deal" are not Iran's; a state named as a scene as well still sets it."""
    assert code_actor("two Democrats", "Only two Democrats, both of whom opposed the Iran deal, back the bill.").country is None
    assert code_actor("senators", "The senators debated the Iraq war for a week.").country is None
    assert code_actor("officials", "Officials in Iran defended the Iran deal on Monday.").country == "IRN"
    assert code_actor("the minister", "The minister said in the United States that the talks would resume.").country == "USA"


@pytest.mark.parametrize("context", ["Secretary of State Albright arrived in Beijing on Monday for two days of talks.",
                                     "Secretary of State Albright, who visited Beijing last week, said the talks went well.",
                                     "Secretary of State Albright landed at Beijing airport late on Sunday."])
def test_a_place_travelled_to_gives_no_context_country(context: str) -> None:
    """A visitor is no national of where they arrive; the same place as where something happens still sets the scene."""
    assert code_actor("Secretary of State Albright", context).country is None
    assert code_actor("Interior Minister Li", "Interior Minister Li said in Beijing that the talks went well.").country == "CHN"


def test_a_dateline_sets_no_scene() -> None:
    """"CAMBRIDGE, Mass." is where the story was filed (and no English town): it gives the senator no country."""
    context = "CAMBRIDGE, Mass., Dec. 11 (UPI) — Young Democrats are gravitating toward Sen. Bernie Sanders, a poll says."
    assert code_actor("Sen. Bernie Sanders", context) == ActorCode(None, "LEG", "person", None)
    assert code_actor("Sen. Bernie Sanders", "NATO - not Britain - met Sen. Bernie Sanders.").country == "GBR"


def test_envoys_companies_and_councils() -> None:
    """An envoy to a state is not of it; a company in the sentence sets no scene; a National Security Council is no
    UN organ."""
    assert code_actor("U.S. special envoy to Ukraine Kurt Volker") == ActorCode("USA", "GOV", "person", None)
    assert code_actor("forces loyal to Sudan").country == "SDN"
    assert code_actor("Foreign Secretary Dominic Raab", "Foreign Secretary Dominic Raab spoke on Twitter.").country is None
    assert code_actor("National Security Council") == ActorCode(None, "GOV", "organisation", None)


def test_former_states_demonyms_take_their_successor() -> None:
    """Older wire copy: "Yugoslav troops", "Soviet officials" (coded as country_names.tsv codes the states' names)."""
    assert (code_actor("Yugoslav troops").country, code_actor("Yugoslav troops").sector) == ("SRB", "MIL")
    assert code_actor("Soviet officials").country == "RUS"
    assert code_actor("Czechoslovakia").country == "CZE"


def test_popes_are_the_holy_sees_religious_leaders() -> None:
    assert (code_actor("Pope John Paul II").country, code_actor("Pope John Paul II").sector) == ("VAT", "REL")


@pytest.mark.parametrize("phrase", ["a general strike", "a general election", "an official visit", "national security"])
def test_a_role_word_qualifying_a_noun_names_nobody(phrase: str) -> None:
    """"general", "official" and "national" before the lowercase noun they qualify are adjectives, not roles."""
    assert code_actor(phrase) == ActorCode()


def test_the_same_words_as_roles_keep_their_sector() -> None:
    assert code_actor("the general").sector == "MIL" and code_actor("General Brown").sector == "MIL"
    assert code_actor("a senior official").sector == "GOV" and code_actor("a US national").country == "USA"
    assert code_actor("the general public").sector == "CVL"


@pytest.mark.parametrize(("text", "context"), [
    ("Florida's early voters", "Bush, Rubio collide in scramble for Florida's early voters."),  # Būsh, a town in Egypt
    ("voters", "Sanders has to do the Carolina two-step, convincing voters he can deliver."),  # Carolina, Puerto Rico
    ("Sen. Mitch McConnell", "Sen. Mitch McConnell said he did not want to bring up more Iran-related legislation."),
])
def test_a_word_that_is_some_towns_name_or_a_topic_sets_no_scene(text: str, context: str) -> None:
    assert code_actor(text, context).country is None


def test_a_city_written_as_a_place_sets_the_scene() -> None:
    assert code_actor("police", "A car bomb exploded in Mosul, police said.").country == "IRQ"


@pytest.mark.parametrize("text, context, country", [
    ("A Western diplomat", "A Western diplomat in Abidjan said several embassies had urged the government.", None),
    ("a foreign diplomat", "A foreign diplomat in Kyiv said the talks had stalled.", None),
    ("the foreign minister", "The foreign minister said in Kyiv that the talks had stalled.", "UKR"),
    ("foreign ministry spokesman", "A foreign ministry spokesman said in Beijing that the talks had stalled.", "CHN"),
    ("an opposition leader living in exile in Paris", "", None),
])
def test_a_foreign_actor_takes_no_country_from_where_it_stands(text: str, context: str, country: str | None) -> None:
    """"A Western diplomat in Abidjan" is not Ivorian; "the foreign minister" is a national office and is."""
    assert code_actor(text, context).country == country


@pytest.mark.parametrize("context", [
    "Defence Minister Jussi Lehtonen rejected Moscow's criticism.",
    "Defence Minister Jussi Lehtonen accused Russia of violating Finnish airspace.",
])
def test_a_state_the_actor_addresses_is_not_its_country(context: str) -> None:
    """The minister who rejects Moscow's criticism is not Russian; "said in Moscow" would still set the scene."""
    assert code_actor("Defence Minister Jussi Lehtonen", context).country != "RUS"  # "Finnish airspace" says FIN
    assert code_actor("the minister", "The minister said in Moscow that talks would resume.").country == "RUS"


def test_a_mission_abroad_takes_no_country_from_where_it_sits() -> None:
    assert code_actor("its mission in Geneva").country is None
    assert code_actor("police in Lagos").country == "NGA"


@pytest.mark.parametrize(
    "sentence",
    [
        "Foreign Minister Nurlan Sadykov summoned Tajikistan's ambassador on Wednesday evening.",
        "Foreign Minister Nurlan Sadykov met the Tajik embassy's staff and Tajikistan's envoy.",
        "Foreign Minister Nurlan Sadykov praised the Qatar-brokered truce.",
    ],
)
def test_an_envoy_a_patron_or_a_summoned_state_sets_no_scene(sentence: str) -> None:
    from newsgraph.actors.coding import context_country

    assert context_country(sentence, exclude="Foreign Minister Nurlan Sadykov") is None


def test_development_banks_and_regional_blocs_are_intergovernmental() -> None:
    assert code_actor("The Inter-American Development Bank").country == "IGO"
    assert code_actor("a Mercosur summit").igo == "MERCOSUR"
    assert code_actor("the EBRD").country == "IGO"
    assert code_actor("the Development Bank of Latin America").country == "IGO"  # "America" in it is no USA


def test_a_counterparts_country_is_not_the_actors() -> None:
    """"his Brazilian counterpart" names the other side; the spokesman is not Brazil's."""
    sentence = ("Presidential spokesman Marcos Villalba said the president would raise the issue with his Brazilian "
                "counterpart next month.")
    assert code_actor("Presidential spokesman Marcos Villalba", sentence).country is None
    assert code_actor("Foreign Minister Ana Perez", "Foreign Minister Ana Perez spoke in Brasilia.").country == "BRA"


def test_a_place_one_enters_or_crosses_into_does_not_place_the_actor() -> None:
    sentence = "More than 1,200 trucks were waiting to enter China on Tuesday, according to the customs agency."
    assert code_actor("the customs agency", sentence).country is None
    assert code_actor("the border police", "Thousands crossed into Gambia, the border police said.").country is None


def test_a_force_an_organisation_leads_is_the_organisations() -> None:
    """"the NATO-led peacekeeping mission in Kosovo" is NATO's, not Kosovo's; a government the UN backs is not the
    UN's; "ADB" is the Asian Development Bank wherever it stands."""
    assert code_actor("the NATO-led peacekeeping mission in Kosovo").country == "IGO"
    assert code_actor("UN-backed government").country is None
    assert code_actor("An ADB official in Manila").igo == "ADB"


def test_a_country_a_post_covers_from_outside_is_not_the_holders() -> None:
    assert code_actor("the Fund's mission chief for Kenya").country is None
    assert code_actor("Minister for Foreign Affairs of Kenya").country == "KEN"


def test_a_place_an_actor_is_based_in_is_its_country() -> None:
    """"the Lagos-based advocacy group" is Nigerian; a known organisation keeps its own code ("the Geneva-based World
    Health Organization" is the WHO, not Swiss)."""
    assert code_actor("the Lagos-based advocacy group").country == "NGA"
    assert code_actor("a Kuala Lumpur-based analyst").country == "MYS"
    assert code_actor("the Geneva-based World Health Organization").country == "IGO"


def test_a_place_that_only_locates_a_foreigner_does_not_place_him() -> None:
    """"foreign journalists in Kyiv" are not Ukrainian; police officers in Kyiv are."""
    assert code_actor("foreign journalists in Kyiv").country is None
    assert code_actor("a foreign aid worker in Gaza").country is None
    assert code_actor("police officers in Kyiv").country == "UKR"


def test_institution_nouns_and_group_adjectives_give_a_sector() -> None:
    """A home story's sources named by their institution ("the National Statistics Office", "the presidential
    palace", "the ombudsman") are government bodies the dateline then places; "a Houthi official" is Yemen's rebels'."""
    assert code_actor("the National Statistics Office").sector == "GOV"
    assert code_actor("the presidential palace").sector == "GOV"
    assert code_actor("the Office of the Human Rights Ombudsman").sector == "GOV"
    assert code_actor("environmental group Friends of the Forest").sector == "SOC"
    assert code_actor("a Houthi official") == ActorCode("YEM", "REB", "person", None)


def test_authorities_services_and_committees_of_a_state_are_government() -> None:
    assert code_actor("the meteorological authority").sector == "GOV"
    assert code_actor("the National Migration Service").sector == "GOV"
    assert code_actor("the State Committee for National Security").sector == "GOV"
    assert code_actor("the border guard service").sector == "COP"


def test_associations_and_federations_are_civil_society() -> None:
    assert code_actor("a fishermen's association").sector == "SOC"
    assert code_actor("the National Federation of Cargo Carriers").sector == "SOC"
    assert code_actor("the Chamber of Mines of Namibia") == ActorCode("NAM", "BUS", "organisation", None)


def test_a_place_naming_a_river_or_street_sets_no_scene() -> None:
    """"near the San Juan River" is no Puerto Rico; "in San Juan" is."""
    sentence = ("Environment and Energy Minister Esteban Arias said the government would respect the decision, but "
                "warned that it did nothing to stop the illegal miners who have dug up the area near the San Juan River.")
    assert code_actor("Environment and Energy Minister", sentence).country is None
    assert code_actor("Environment and Energy Minister", sentence.replace(" River", "")).country == "PRI"


@pytest.mark.parametrize("phrase", ["OHCHR spokesperson Lucía Ferrer", "An IACHR spokesperson in Washington",
                                    "The Bank of Central African States", "PIF Secretary General Ana Tuilagi",
                                    "the World Meteorological Organization"])
def test_intergovernmental_bodies_and_their_staff_code_as_igo(phrase: str) -> None:
    assert code_actor(phrase).country == "IGO"


def test_north_koreas_army_is_north_koreas() -> None:
    assert code_actor("The General Staff of the Korean People's Army").country == "PRK"


@pytest.mark.parametrize(("text", "igo"), [
    ("KFOR spokesperson Lieutenant Colonel Paolo Ferretti", "NATO"), ("a MONUSCO spokesman", "UN"),
    ("UNIFIL peacekeepers", "UN"), ("ATMIS troops", "AU"),
])
def test_peace_operations_are_their_mandating_bodys_forces(text: str, igo: str) -> None:
    code = code_actor(text)
    assert (code.country, code.igo, code.sector) == ("IGO", igo, "MIL")


def test_the_state_after_a_town_says_where_it_is() -> None:
    """"in Mission, Texas": the lexicon need not know the town; a namesake town elsewhere does not decide."""
    assert code_actor("Dale Whitmore, a citrus grower in Mission, Texas").country == "USA"
    assert code_actor("a farmer in Delicias, Chihuahua") == ActorCode("MEX", "AGR", "person")
    assert code_actor("Texas growers") == ActorCode("USA", "AGR", "group")


@pytest.mark.parametrize(("text", "country"), [("Wisma Putra", "MYS"), ("Malacañang", "PHL"), ("Matignon", "FRA")])
def test_more_seats_stand_for_their_governments(text: str, country: str) -> None:
    assert code_actor(text) == ActorCode(country, "GOV", "organisation")


@pytest.mark.parametrize(("text", "country"), [
    ("Economy Minister Santiago Ibarra", None),  # a town that is a given name after a title places no one
    ("the Santiago government", "CHL"),
    ("a professor of North Korean studies at Kyungnam University", None),  # a field of study, not a country
    ("North Korean state media", "PRK"),
])
def test_given_names_and_fields_named_like_places(text: str, country: str | None) -> None:
    assert code_actor(text).country == country


def test_a_given_name_that_is_a_capital_sets_no_scene() -> None:
    sentence = "Economy Minister Santiago Ibarra insisted in a radio interview that inflation had fallen."
    assert code_actor("Economy Minister", sentence).country is None
    assert code_actor("the police", "Protesters marched in Santiago on Tuesday, the police said.").country == "CHL"


@pytest.mark.parametrize(("text", "context", "country"), [
    ("a senior police officer", "In Lahore, a senior police officer said Indian agents were behind the blast.", "PAK"),
    ("Chief Cabinet Secretary Hiroshi Nakagawa", "In Tokyo, Chief Cabinet Secretary Hiroshi Nakagawa said Japan had "
     "conveyed its concerns to China and asked Taiwan to show restraint.", "JPN"),
    ("Indian agents", "In Lahore, a senior police officer said Indian agents were behind the blast.", "IND"),
])
def test_a_scene_opening_the_sentence_places_its_subject(text: str, context: str, country: str) -> None:
    """"In Lahore, …" is where the sentence's subject stands, whatever other states the sentence names; an actor
    later in the sentence keeps its own words' country."""
    assert code_actor(text, context).country == country


def test_the_far_side_of_a_river_sets_no_scene() -> None:
    """"from the Guyanese side of the river" is across the water; "the Chinese side said" is a party."""
    context = ("Defence Minister Alfredo Camacaro warned that Venezuelan troops would respond to any incursion from "
               "the Guyanese side of the river.")
    assert code_actor("Defence Minister Alfredo Camacaro", context).country == "VEN"


def test_a_language_community_is_no_states_people() -> None:
    """Cameroon's "English-speaking lawyers" and "the French-speaking majority" are not British or French."""
    assert code_actor("English-speaking lawyers").country is None
    context = "Residents said many families had left for the French-speaking city of Bafoussam."
    assert code_actor("Residents", context).country is None and code_actor("French troops").country == "FRA"


def test_an_international_ngo_sets_no_scene() -> None:
    """The soldiers Human Rights Watch accuses are not the NGO's; the code NGO is no country."""
    context = "Human Rights Watch accused soldiers of killing civilians during raids on villages."
    assert code_actor("soldiers", context).country is None


@pytest.mark.parametrize(("text", "field", "value"), [
    ("Two Guyanese security sources", "country", "GUY"), ("a Fijian police spokesman", "country", "FJI"),
    ("Costa Rican police", "country", "CRI"), ("Ni-Vanuatu officials", "country", "VUT"),
    ("Bissau-Guinean soldiers", "country", "GNB"), ("the Maldivian foreign ministry", "country", "MDV"),
    ("two security sources", "sector", "COP"), ("local fishermen", "sector", "CVL"),
    ("a medical source there", "sector", "MED"), ("one woman", "sector", "CVL"), ("hooded inmates", "sector", "CVL"),
    ("protest organizers", "sector", "CVL"),
])
def test_nationality_adjectives_and_the_people_wire_copy_quotes_unnamed_are_coded(text: str, field: str,
                                                                                   value: str) -> None:
    """Every UN member state's nationality adjective codes it; a sector lets a home story place the unnamed people
    wire copy quotes (``component.home_placed``)."""
    assert getattr(code_actor(text), field) == value


def test_the_splm_in_opposition_is_south_sudans_opposition() -> None:
    """The SPLM-IO, founded in 2013, is South Sudan's; the SPLM/A of the civil war before 2011 stays Sudan's rebels."""
    assert code_actor("the Sudan People’s Liberation Movement-in-Opposition") == code_actor("SPLM-IO")
    assert (code_actor("SPLM-IO").country, code_actor("SPLM-IO").sector) == ("SSD", "OPP")
    assert code_actor("SPLA").country == "SDN"


@pytest.mark.parametrize("text", ["a hijacked fishing vessel in the Indian Ocean", "the South China Sea",
                                  "the Gulf of Mexico", "the Sea of Japan", "the Taiwan Strait"])
def test_a_country_inside_a_seas_name_codes_no_actor(text: str) -> None:
    assert code_actor(text).country is None


def test_a_country_beside_a_sea_still_codes_its_actor() -> None:
    assert code_actor("Chinese vessels in the South China Sea").country == "CHN"
    assert code_actor("the Japanese Coast Guard").country == "JPN"


def test_a_bracketed_acronym_of_another_countrys_body_does_not_code_the_name_before_it() -> None:
    """Sierra Leone's All People's Congress abbreviates as Nigeria's All Progressives Congress does."""
    assert code_actor("The main opposition All People's Congress (APC)").country is None
    assert code_actor("Nigeria's ruling All Progressives Congress (APC)").country == "NGA"
    assert context_country("The main opposition All People's Congress (APC) accused the government.") is None
