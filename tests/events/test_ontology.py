"""The PLOVER ontology and the trigger lexicon as data: complete and consistent."""

from __future__ import annotations

from newsgraph.events.lexicon import load_lexicon
from newsgraph.events.ontology import load_ontology

PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


def test_the_sixteen_plover_types_with_their_modes():
    onto = load_ontology()
    assert set(onto.types) == PLOVER_TYPES
    assert "visit" in onto.types["CONSULT"].modes
    assert "investigate" in onto.types["ACCUSE"].modes
    assert onto.types["SANCTION"].needs_target and not onto.types["ASSAULT"].needs_target


def test_older_labels_map_to_plover_2():
    onto = load_ontology()
    assert onto.normalise("DEMAND") == ("REQUEST", None)
    assert onto.normalise("INVESTIGATE", "") == ("ACCUSE", "investigate")
    assert onto.normalise("fight", "firearms") == ("ASSAULT", "firearms")
    assert onto.normalise("YIELD") == ("CONCEDE", None)
    assert onto.normalise("PROTEST", "strike-hun") == ("PROTEST", "hunger")
    assert onto.normalise("FIGHT", "assassinate") == ("ASSAULT", "targeted")
    assert onto.normalise("CONSULT", "host") == ("CONSULT", "visit")


def test_planned_cooperation_is_coded_agree_and_content_modes():
    onto = load_ontology()
    assert onto.category("CONSULT", "planned") == "AGREE"
    assert onto.category("CONSULT", "asserted") == "CONSULT"
    assert onto.category("RETREAT", "planned") == "CONCEDE"
    assert onto.content_mode("REQUEST", "RETREAT", "release") == "yield"
    assert onto.content_mode("THREATEN", "COERCE", "arrest") == "arrest"


def test_every_lexicon_entry_names_a_known_type_and_mode():
    onto, lex = load_ontology(), load_lexicon()
    for table in (lex.verbs, lex.nouns):
        for key, (type_, mode) in table.items():
            assert type_ in onto.types, key
            assert mode == "" or mode in onto.types[type_].modes, (key, mode)
    assert len(lex.verbs) > 300 and len(lex.nouns) > 100
