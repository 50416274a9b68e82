"""The bundled seed article: the requests, Putin's threat, the strikes and the two Biden meetings."""

from __future__ import annotations

import pytest

from newsgraph.record import Dateline


@pytest.fixture(scope="module")
def seed_doc(analyse, seed_text):
    start = seed_text.index("WASHINGTON –")
    dateline = Dateline(text="WASHINGTON –", span=(start, start + 12), place="WASHINGTON")
    return analyse(seed_text, published="2024-09-13", dateline=dateline)


def _find(doc, type_, source, target=None):
    return [e for e in doc._.events if e.type == type_ and e.source.country == source
            and (target is None or (e.target and e.target.country == target))]


def test_requests_to_ukraine_and_to_biden(seed_doc):
    assert _find(seed_doc, "REQUEST", "USA", "UKR")
    (starmer,) = _find(seed_doc, "REQUEST", "GBR", "USA")
    assert starmer.source.text == "Starmer" and starmer.target.text == "Biden"
    assert starmer.modality == "reported" and starmer.date.value == "2024-09-13" and starmer.date.basis == "article"


def test_ukraine_presses_the_suppliers_of_the_long_range_weapons(seed_doc):
    """"Ukraine is pressing to use U.S.-supplied ATACMS ... and British-supplied Storm Shadow missiles": the
    suppliers are asked, the weapons are no actors."""
    pressing = [e for e in _find(seed_doc, "REQUEST", "UKR") if e.trigger.text == "pressing"]
    assert sorted((e.target.text, e.target.country) for e in pressing) == [("British", "GBR"), ("U.S.", "USA")]
    assert all(e.modality == "asserted" and e.date.value == "2024-09-13" for e in pressing)
    assert not [e.target.text for e in seed_doc._.events
                if e.target and any(w in e.target.text for w in ("issile", "ATACMS", "Storm Shadow"))]


def test_putins_threat_last_week(seed_doc):
    threats = _find(seed_doc, "THREATEN", "RUS")
    assert {t.target.country for t in threats} >= {"USA", "IGO"}
    assert all(t.modality == "asserted" and t.date.text == "last week" for t in threats)
    assert threats[0].date.value == "2024-09-02/2024-09-08" and threats[0].date.basis == "sentence"


def test_ukrainian_strikes_on_russia(seed_doc):
    assert _find(seed_doc, "ASSAULT", "UKR", "RUS")


def test_the_two_biden_meetings(seed_doc):
    starmer = [e for e in _find(seed_doc, "CONSULT", "USA", "GBR") if e.trigger.text == "discussed"]
    assert starmer and starmer[0].modality == "asserted" and starmer[0].date.text == "last week"
    zelenskyy = [e for e in _find(seed_doc, "CONSULT", "USA", "UKR") if e.trigger.text == "meet"]
    assert zelenskyy and zelenskyy[0].modality == "planned"
    assert zelenskyy[0].date.value == "2024-09-16/2024-09-22" and zelenskyy[0].date.text == "next week"
    (expected,) = [e for e in _find(seed_doc, "CONSULT", "USA", "UKR") if e.trigger.text == "meeting"]
    assert expected.modality == "planned" and expected.date.value == "2024-09-20/2024-09-22"  # "late next week"


def test_sourcing_boilerplate_is_no_meeting(seed_doc):
    """"The U.S. officials spoke on condition of anonymity to discuss internal deliberations" is sourcing."""
    assert not [e for e in seed_doc._.events if e.trigger.text in ("discuss", "share")]


def test_ids_spans_and_dateline_place(seed_doc):
    text = seed_doc.text
    events = seed_doc._.events
    assert [e.id for e in events] == [f"V{i}" for i in range(1, len(events) + 1)]
    for event in events:
        assert text[event.trigger.span[0]:event.trigger.span[1]] == event.trigger.text
        assert text[event.source.span[0]:event.source.span[1]] == event.source.text
    threat = _find(seed_doc, "THREATEN", "RUS")[0]
    assert threat.place is not None and threat.place.basis == "dateline" and threat.place.country == "USA"


def test_reported_events_point_to_the_statement_holding_them(seed_doc):
    quotes = {q.id: q for q in seed_doc._.quotes or ()}
    if not quotes:
        pytest.skip("the statements stage found no quotes")
    reported = [e for e in seed_doc._.events if e.reported_by]
    assert reported
    for event in reported:
        quote = quotes[event.reported_by]
        assert quote.content_span[0] <= event.trigger.span[0] < quote.content_span[1]
    (asked,) = [e for e in _find(seed_doc, "REQUEST", "USA", "UKR") if e.trigger.text == "asked"]
    assert asked.modality == "reported" and asked.reported_by is not None


def test_ukraine_would_launch_what_the_administration_might_authorise(seed_doc):
    """"... that it should give Ukraine the authority to launch long-range missiles deeper into Russia": Ukraine is
    the launcher (the holder of the authority), and giving authority is a concession, not aid."""
    (launch,) = [e for e in seed_doc._.events if e.trigger.text == "launch"]
    assert (launch.source.country, launch.target.country, launch.modality) == ("UKR", "RUS", "hypothetical")
    (give,) = [e for e in seed_doc._.events if e.trigger.text == "give"]
    assert (give.type, give.source.country, give.target.country) == ("CONCEDE", "USA", "UKR")


def test_peace_is_the_outcome_ukraine_wants_not_what_russia_plans(seed_doc):
    """"... to motivate Russia to seek peace": a desired outcome, hypothetical (and weak enough to fall below the
    confidence threshold); never planned by Russia."""
    assert not [e for e in seed_doc._.events if e.source.country == "RUS" and e.trigger.text == "seek"
                and e.modality != "hypothetical"]


def test_the_overnight_drone_strike_is_ukraines_on_russia(seed_doc):
    """"Ukraine already is using its own long-range drones to hit targets farther into Russia. That capability was
    evidenced by a Ukrainian drone strike overnight that hit a large military depot": the strike has no target in its
    sentence; the state Ukraine last fought in the story is Russia."""
    (strike,) = [e for e in seed_doc._.events if e.trigger.text == "strike" and e.modality == "asserted"]
    assert strike.source.country == "UKR" and strike.target is not None and strike.target.country == "RUS"


def test_leaders_convene_as_planned_for_an_occasion(seed_doc):
    """"talks would continue when global leaders convene for the U.N. General Assembly gathering next week": the
    when-clause is planned (no condition), and the gathering is the occasion, not a target."""
    (convene,) = [e for e in seed_doc._.events if e.trigger.text == "convene"]
    assert convene.modality == "planned" and convene.target is None
    assert convene.date.value == "2024-09-16/2024-09-22"


def test_the_right_to_strike_is_a_possibility(seed_doc):
    """"On Saturday, the head of NATO's military committee said Ukraine has the ... right to strike deep inside
    Russia": Ukraine's strike is licensed, hypothetical, and not dated by Saturday's statement."""
    (strike,) = [e for e in _find(seed_doc, "ASSAULT", "UKR", "RUS") if e.trigger.text == "strike"
                 and "right to strike" in seed_doc.text[e.span[0]:e.span[1]]]
    assert strike.modality == "hypothetical" and strike.date.text != "Saturday"
