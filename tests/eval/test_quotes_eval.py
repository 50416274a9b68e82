"""``newsgraph eval quotes`` on three small hand-made brat files (two articles, one with two annotators)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.eval.quotes import Counts, load_gold, matches, parse_ann, score_role

GOLD = Path(__file__).resolve().parents[1] / "data" / "quotes_brat"


def test_parse_ann_links_roles_and_keeps_discontinuous_content() -> None:
    articles = {a.name: a for a in load_gold(GOLD)}
    senate = articles["news_2024-09-20_senate-stopgap"]
    assert sorted(senate.annotations) == ["a1", "b2"]
    collins = senate.annotations["a1"][0]
    text = senate.text
    assert text[collins.source[0][0] : collins.source[0][1]] == "Sen. Susan Collins"
    assert [text[s:e] for s, e in collins.content] == ["“This is not the bill I wanted,”", "“but it keeps the lights on.”"]
    veto = articles["news_2024-03-12_kelly-veto"].annotations["a1"]
    assert veto[-1].source == () and veto[-1].cue  # Attribution-no-source


def test_exact_and_partial_matching() -> None:
    text = "Majority Leader Chuck Schumer said the vote showed that both parties could still work together."
    gold = ((0, 29),)
    assert matches(text, (0, 29), gold, exact=True)
    assert not matches(text, (16, 29), gold, exact=True)
    assert matches(text, (16, 29), gold, exact=False)  # "Chuck Schumer": 2 of 4 tokens
    assert not matches(text, (22, 29), gold, exact=False)  # "Schumer": 1 of 4
    start = text.index("the vote")
    content = ((start, len(text) - 1),)
    assert matches(text, (start, len(text)), content, exact=True)  # trailing period trimmed


def test_matching_is_one_to_one() -> None:
    text = "He said yes and she said no."
    counts = score_role(text, [(3, 7), (3, 7)], [((3, 7),)], exact=True)
    assert (counts.matched, counts.predicted, counts.gold) == (1, 2, 1)
    p, r, f = counts.prf()
    assert (p, r) == (0.5, 1.0) and abs(f - 2 / 3) < 1e-9
    assert Counts().prf() == (0.0, 0.0, 0.0)


def test_parse_ann_ignores_malformed_lines() -> None:
    assert parse_ann("T1\tCue x y\tsaid\nE1\tAttribution:T9 Cue:T1\ngarbage\n") == []


def test_cli_prints_both_subsets_and_citron(capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.cli import main

    assert main(["eval", "quotes", "--gold", str(GOLD), "--limit", "2"]) == 0
    out = capsys.readouterr().out
    assert "2 articles" in out and "speech verb" in out and "0.82" in out and "PARC" in out
    rows = [line.split() for line in out.splitlines() if line.startswith(("source", "cue", "content"))]
    assert len(rows) == 12
    cue_all, cue_speech = [r for r in rows if r[:2] == ["cue", "partial"]]
    assert float(cue_all[3]) >= 0.8  # recall on these plain wire sentences
    assert float(cue_speech[4]) >= 0.8  # F1 on speech verbs (the headline "vetoes"/"passes" are other verbs)


def test_cli_speakers_lists_found_person_sources(capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.cli import main

    assert main(["eval", "quotes", "--gold", str(GOLD), "--start", "1", "--limit", "1", "--speakers"]) == 0
    rows = [line.split("\t") for line in capsys.readouterr().out.splitlines() if line.strip()]
    assert rows and all(name == "news_2024-09-20_senate-stopgap" for name, *_ in rows)
    assert any(source.startswith("'Sen. Susan Collins' -> E") and "Susan Collins" in source for _, _, source, _ in rows)


def test_agreement_scores_each_annotator_against_the_other() -> None:
    from newsgraph.eval.quotes import agreement, gold_prediction

    articles = [a for a in load_gold(GOLD) if len(a.annotations) > 1]
    collins = articles[0].annotations["a1"][0]
    assert gold_prediction(collins)["content"] == (collins.content[0][0], collins.content[-1][1])
    # a1 marks three attributions, b2 the same first two only (its third line is not an attribution):
    # a1 against b2 is P 2/3 R 1, b2 against a1 P 1 R 2/3; averaged, 2 matched of 2.5 on each side.
    totals = agreement(articles)
    for exact in (True, False):
        for role in ("source", "cue", "content"):
            counts = totals[exact][role]
            assert (counts.matched, counts.predicted, counts.gold) == (2.0, 2.5, 2.5)


def test_cli_agreement_keeps_only_articles_with_several_annotators(capsys: pytest.CaptureFixture[str]) -> None:
    from newsgraph.cli import main

    assert main(["eval", "quotes", "--gold", str(GOLD), "--agreement"]) == 0
    out = capsys.readouterr().out
    assert "1 articles" in out and "annotators F1" in out
    rows = [line.split() for line in out.split("Agreement on")[1].splitlines() if line.startswith(("source", "cue", "content"))]
    assert len(rows) == 6 and all(row[2] == "0.800" for row in rows)
