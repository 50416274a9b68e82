"""The extraction eval: our shingle metric equals the benchmark's evaluate.py; the html eval runs on a few pages."""

from __future__ import annotations

import argparse
import importlib.util
import json

import pytest

from newsgraph.cli import main
from newsgraph.eval.extraction import add_arguments, evaluate_html, evaluate_text, naive_line_filter
from newsgraph.extract.benchmark import load_pages, score, shingle_scores

GOLD = "data/extraction/scrapinghub"


@pytest.fixture(scope="module")
def pages(shared):
    return load_pages(shared / GOLD, limit=5)


def _official(shared):
    spec = importlib.util.spec_from_file_location("scrapinghub_evaluate", shared / GOLD / "evaluate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_metric_matches_the_benchmark_script(shared, pages):
    official = _official(shared)
    truth = {p.id: p.body for p in pages}
    guesses = {p.id: naive_line_filter(p.body.replace(". ", ".\n")) + "\nSubscribe to our newsletter today" for p in pages}
    guesses[pages[0].id] = ""
    for page in pages:
        assert shingle_scores(truth[page.id], guesses[page.id]) == official.string_shingle_matching(truth[page.id], guesses[page.id])
    theirs = official.evaluate({k: {"articleBody": v} for k, v in truth.items()},
                               {k: {"articleBody": v} for k, v in guesses.items()}, n_bootstrap=2)
    ours = score(truth, guesses)
    assert ours["f1"] == pytest.approx(theirs["f1"], abs=1e-12)
    assert ours["precision"] == pytest.approx(theirs["precision"], abs=1e-12)


def test_html_eval_on_five_pages(pages):
    results = evaluate_html(pages)
    assert set(results) == {"newsgraph", "trafilatura"}
    assert results["newsgraph"]["pages"] == 5
    assert results["newsgraph"]["f1"] > 0.8 and results["trafilatura"]["f1"] > 0.8


def test_uncompressed_benchmark_layout_reads_the_same_pages(shared, pages, tmp_path):
    """A held-out benchmark may ship its pages as plain ``html/*.html``: the same pages come back."""
    (tmp_path / "html").mkdir()
    truth = {p.id: {"articleBody": p.body, "url": p.url} for p in pages}
    (tmp_path / "ground-truth.json").write_text(json.dumps(truth), encoding="utf-8")
    for page in pages:
        (tmp_path / "html" / f"{page.id}.html").write_bytes(page.html)
    assert load_pages(tmp_path) == pages


def test_text_eval_with_the_shipped_model(pages):
    """``--folds 0`` scores the shipped line model on every flattened page, without retraining."""
    results = evaluate_text(pages, 0)
    assert list(results) == ["newsgraph (shipped model)", "naive line filter"]
    assert results["newsgraph (shipped model)"]["pages"] == 5
    assert results["newsgraph (shipped model)"]["f1"] > results["naive line filter"]["f1"]
    shipped = results["newsgraph (shipped model)"]
    assert 0 < shipped["title_pages"] <= 5 and 0 <= shipped["title_found"] <= shipped["title_pages"]


def test_one_fold_is_refused(shared, capsys):
    assert main(["eval", "extraction", "--gold", str(shared / GOLD), "--mode", "text", "--folds", "1"]) == 2
    assert "--folds must be 0" in capsys.readouterr().out


@pytest.mark.parametrize("style", ["copy", "nodes", "markdown"])
def test_text_eval_on_other_flattenings(pages, style):
    """``--flattening copy|nodes|markdown`` scores the same model on a browser's copy, a line per text node or
    Markdown."""
    plain, other = evaluate_text(pages, 0), evaluate_text(pages, 0, flattening=style)
    assert other["newsgraph (shipped model)"]["pages"] == 5
    assert other["newsgraph (shipped model)"]["f1"] > other["naive line filter"]["f1"]
    assert abs(other["newsgraph (shipped model)"]["f1"] - plain["newsgraph (shipped model)"]["f1"]) < 0.1


def test_text_eval_on_hard_wrapped_text(pages):
    """``--wrap 78``: every line hard-wrapped as a text-mode browser dumps a page; the text path joins the pieces."""
    plain, wrapped = evaluate_text(pages, 0), evaluate_text(pages, 0, wrap=78)
    assert wrapped["newsgraph (shipped model)"]["f1"] > wrapped["naive line filter"]["f1"]
    assert abs(wrapped["newsgraph (shipped model)"]["f1"] - plain["newsgraph (shipped model)"]["f1"]) < 0.1


def test_negative_wrap_is_refused(shared, capsys):
    assert main(["eval", "extraction", "--gold", str(shared / GOLD), "--mode", "text", "--wrap", "-1"]) == 2
    assert "--wrap must be 0" in capsys.readouterr().out


def test_browser_copy_flag_is_the_copy_flattening():
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    assert parser.parse_args(["--browser-copy"]).flattening == "copy"
    assert parser.parse_args([]).flattening == "blocks"


def test_a_shuffle_seed_gives_another_split_of_the_same_pages():
    """``--shuffle SEED`` puts the pages in a fixed random order before page i goes to fold i mod k: each page is
    held out exactly once, the same seed gives the same split, and the default keeps the id order."""
    from newsgraph.extract.benchmark import folds

    pages = list(range(20))
    default = [held for _, held in folds(pages, 5)]
    assert default[0] == [0, 5, 10, 15]
    shuffled = [held for _, held in folds(pages, 5, shuffle=1)]
    assert sorted(p for held in shuffled for p in held) == pages and shuffled != default
    assert shuffled == [held for _, held in folds(pages, 5, shuffle=1)]
    for train, held in folds(pages, 5, shuffle=2):
        assert sorted(train + held) == pages
