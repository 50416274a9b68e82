"""Modality of acts under causatives and in temporal clauses, and occasions that are no targets, on sentences
written for these tests."""

from __future__ import annotations

import pytest


def _by_trigger(doc, word):
    found = [e for e in doc._.events if e.trigger.text == word]
    assert found, [(e.trigger.text, e.type, e.modality) for e in doc._.events]
    return found


@pytest.fixture(scope="module")
def analyse_all(nlp):
    """Like ``analyse`` but keeps events of any confidence (an outcome clause is often weakly typed)."""
    events = nlp.get_pipe("newsgraph_events")

    def run(text: str):
        doc = nlp.make_doc(text)
        doc._.published, doc._.dateline = "2024-09-13", None
        before, events.min_confidence = events.min_confidence, 0.0
        try:
            return nlp(doc)
        finally:
            events.min_confidence = before

    return run


@pytest.mark.parametrize(("text", "trigger", "source"), [
    ("Washington hopes the new aid will persuade Israel to withdraw its troops from Gaza.", "withdraw", "ISR"),
    ("Kyiv says it must hit airfields deep inside Russia to motivate Moscow to seek peace.", "seek", "RUS"),
])
def test_the_outcome_a_causer_wants_is_hypothetical(analyse_all, text, trigger, source):
    """An unrealised causative ("to motivate X to", "will persuade X to") wants the act; X plans nothing."""
    (act,) = _by_trigger(analyse_all(text), trigger)
    assert act.source.country == source and act.modality == "hypothetical"


def test_a_realised_causative_keeps_the_act(analyse):
    (withdraw,) = _by_trigger(analyse("The offensive forced Russian troops to withdraw from Kherson."), "withdraw")
    assert withdraw.source.country == "RUS" and withdraw.modality == "asserted"


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Starmer said talks would continue when global leaders convene for the U.N. General Assembly gathering next week.",
     "convene", "planned"),
    ("The two ministers will meet again after the European Union leaders gather in Brussels next month.", "gather",
     "planned"),
    ("If Hamas releases the hostages, Israel would halt its attacks once the talks resume.", "halt", "hypothetical"),
    ("When the rebels attacked the town, government forces retreated.", "retreated", "asserted"),
])
def test_a_temporal_clause_shares_the_time_of_its_main_clause(analyse_all, text, trigger, modality):
    """when/after/once is no condition (only if/unless are): under a future main clause the act is planned."""
    assert {e.modality for e in _by_trigger(analyse_all(text), trigger)} == {modality}


@pytest.mark.parametrize("text", [
    "Starmer said talks would continue when global leaders convene for the U.N. General Assembly gathering next week.",
    "Macron said NATO allies will meet at the summit in Vilnius in July.",
])
def test_a_meeting_is_the_occasion_not_the_target(analyse_all, text):
    acts = [e for e in analyse_all(text)._.events if e.type == "CONSULT"]
    assert acts and all(e.target is None for e in acts)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Israel has the right to attack Hamas, the spokesman said.", "attack"),
    ("Britain gave Ukraine the go-ahead to fire Storm Shadow missiles into Russia.", "fire"),
    ("Ukrainian leaders say they need permission to strike airfields far from the border.", "strike"),
])
def test_an_act_a_permission_licenses_is_hypothetical(analyse_all, text, trigger):
    """A right, permission or go-ahead makes an act possible; it neither happened nor is it announced."""
    assert {e.modality for e in _by_trigger(analyse_all(text), trigger)} == {"hypothetical"}


def test_a_possible_act_is_not_dated_by_the_statement(analyse):
    """"On Monday, ... said Israel has the right to strike": Monday dates the saying, not a strike that may come."""
    doc = analyse("On Monday, the foreign minister said Israel has the right to strike Hezbollah in Lebanon.")
    (strike,) = _by_trigger(doc, "strike")
    assert strike.modality == "hypothetical" and strike.date.text != "Monday"


def test_a_refusal_is_one_rejection_and_an_intention_is_no_report(analyse):
    """"refused to extradite" is the REJECT of "refused" (no second one derived from the negated act); a belief or
    intention the statements stage records ("is expected to") does not make an act reported, a speech act does."""
    refused = [e for e in analyse("Turkey refused to extradite the suspects.")._.events if e.type == "REJECT"]
    assert len(refused) == 1 and refused[0].modality == "asserted"
    summit = analyse("NATO is expected to approve the plan at its summit in July.")._.events
    assert summit and all(e.modality == "planned" for e in summit)  # an event noun shares its unrealised clause
    said = analyse("Russia said its troops had crossed the border.")._.events
    assert said and all(e.modality == "reported" and e.reported_by for e in said)


def test_a_statement_without_a_cue_is_no_report():
    """The statements stage may leave an indirect statement without a cue (found on PolNeAR train articles)."""
    from newsgraph.events.component import EventExtractor
    from newsgraph.record import Quote

    bare = Quote(id="Q1", kind="indirect", text="the talks would resume", span=(0, 30), content_span=(8, 30))
    assert EventExtractor()._statement(bare) is False
    assert EventExtractor()._statement(bare.model_copy(update={"kind": "direct"})) is True


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Chechen gunmen tried to assassinate the pro-Moscow president of Chechnya.", "assassinate", "asserted"),
    ("Police attempted to arrest the opposition leader at his home in Harare.", "arrest", "asserted"),
    ("Russian troops will try to capture the airport next week.", "capture", "planned"),
    ("Yugoslav troops began to withdraw from Kosovo on Thursday.", "withdraw", "asserted"),
    ("Russian artillery continued to pound rebel positions around Grozny.", "pound", "asserted"),
])
def test_an_attempted_or_begun_act_shares_its_verbs_modality(analyse_all, text, trigger, modality):
    """The infinitive of an attempt or a phase verb is no purpose clause: an act someone tried is coded as the act
    (attempted assassinations are ASSAULT, manual table 3.11), one begun or continued happened; a future attempt stays
    planned."""
    assert _by_trigger(analyse_all(text), trigger)[0].modality == modality


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Germany will send air defence systems to Ukraine to counter attacks by Russian forces.", "attacks", "asserted"),
    ("Russia is planning an attack on Kyiv.", "attack", "planned"),
])
def test_the_verb_naming_an_act_decides_whether_it_happened(analyse_all, text, trigger, modality):
    """Attacks to be countered have happened, whatever the plan to counter them; an attack being planned has not."""
    assert {e.modality for e in _by_trigger(analyse_all(text), trigger)} == {modality}


def test_who_describes_the_talks_is_not_a_party_to_the_deal(analyse_all):
    doc = analyse_all("Ukraine and Russia agreed to a prisoner exchange on Friday, ending a week of talks that officials "
                      "described as tense.")
    agreed = _by_trigger(doc, "agreed")  # the two parties agree with each other (session 27), not with "officials"
    assert {(e.source.text, e.target.text if e.target else None) for e in agreed} == {("Ukraine", "Russia"),
                                                                                      ("Russia", "Ukraine")}


@pytest.mark.parametrize(("text", "trigger", "modality"), [
    ("Poland summoned the Russian ambassador on Monday to demand an explanation.", "demand", "asserted"),
    ("Poland will summon the Russian ambassador to demand an explanation.", "demand", "planned"),
    ("Moscow sent troops to capture the town.", "capture", "planned"),
    ("Kenyan police fired tear gas on Tuesday to disperse thousands of protesters in Nairobi.", "disperse", "asserted"),
    ("Serbian riot police used stun grenades to disperse students blocking a bridge in Novi Sad.", "disperse", "asserted"),
    ("Police in Male used pepper spray to break up a crowd of protesters outside parliament.", "break", "asserted"),
    ("Latvia summoned Russia's charge d'affaires on Monday to hand him a formal protest note.", "note", "asserted"),
    ("Serbian police detained two Albanian farmers on Tuesday, prompting Albania's government to lodge a formal "
     "protest.", "lodge", "asserted"),
])
def test_a_purpose_of_saying_is_done_in_the_act_it_hangs_on(analyse_all, text, trigger, modality):
    """One demands in summoning an ambassador, and disperses a crowd in firing tear gas at it; a town troops are
    sent to capture is not captured yet."""
    assert {e.modality for e in _by_trigger(analyse_all(text), trigger)} == {modality}


def test_a_relative_clause_with_its_own_tense_is_told_as_a_fact(analyse):
    doc = analyse("Ecuador's defence minister said the army would keep control of the Litoral Penitentiary, where 900 "
                  "soldiers have been deployed since Monday.")
    (deployed,) = _by_trigger(doc, "deployed")
    assert deployed.modality == "reported"  # not "hypothetical" from the minister's "would"
    assert deployed.date.value == "2024-09-09" and deployed.date.text == "Monday"  # "since Monday": gone by


def test_a_day_after_since_has_passed_whatever_the_acts_modality(analyse):
    doc = analyse("The minister insisted the elections would go ahead next month and said 2,000 troops had been "
                  "deployed to the province since Monday.")
    (deployed,) = _by_trigger(doc, "deployed")
    assert deployed.date.value == "2024-09-09"  # not the Monday to come, even when the act reads as unrealised


def test_a_phrasal_verb_is_not_the_planning_verb_it_starts_with(analyse):
    """"setting off clashes" caused them; "set" alone ("set talks for Friday") plans."""
    doc = analyse("A court sentenced the opposition leader to five years in prison on Wednesday, setting off clashes "
                  "between his supporters and police.")
    assert {e.modality for e in _by_trigger(doc, "clashes")} <= {"asserted", "reported"}
