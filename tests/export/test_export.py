"""Exports read back with the tools analysts use: json, csv, pyarrow, networkx."""

from __future__ import annotations

import csv
import json

import networkx as nx
import pyarrow.parquet as pq

from newsgraph.cli import main
from newsgraph.export.cli import export
from newsgraph.export.polecat import COLUMNS


def test_every_table_round_trips_through_jsonl_csv_and_parquet(store, tmp_path):
    written = dict(export(store, tmp_path, ["jsonl", "csv", "parquet"], ["events", "articles"]))
    assert written[tmp_path / "events.jsonl"] == written[tmp_path / "events.parquet"] == 8
    lines = [json.loads(line) for line in (tmp_path / "events.jsonl").read_text().splitlines()]
    rows = list(csv.DictReader((tmp_path / "events.csv").open()))
    table = pq.read_table(tmp_path / "events.parquet")
    assert [r["type"] for r in lines] == [r["type"] for r in rows] == table.column("type").to_pylist()
    assert str(table.schema.field("confidence").type) == "double"
    article = pq.read_table(tmp_path / "articles.parquet").to_pylist()[0]
    assert json.loads(article["record"])["id"] == article["id"]


def test_polecat_file_has_polecat_columns_and_quad_codes(store, tmp_path):
    export(store, tmp_path, ["polecat"], [])
    rows = list(csv.DictReader((tmp_path / "events.polecat.tsv").open(), delimiter="\t"))
    assert tuple(rows[0]) == COLUMNS
    aid = next(r for r in rows if r["Event Type"] == "AID")
    assert (aid["Actor Country"], aid["Recipient Country"], aid["Quad Code"], aid["Event Date"]) == (
        "USA", "UKR", "MATERIAL COOPERATION", "2023-10-10")


def test_actor_network_has_typed_weighted_dated_edges_in_graphml_and_gexf(store, tmp_path):
    export(store, tmp_path, ["graphml", "gexf"], [])
    for graph in (nx.read_graphml(tmp_path / "actors.graphml"), nx.read_gexf(tmp_path / "actors.gexf")):
        labels = {n: d["label"] for n, d in graph.nodes(data=True)}
        edges = {(labels[u], labels[v], d["relation"]): d for u, v, d in graph.edges(data=True)}
        threat = edges[("North Korea", "United States", "THREATEN")]
        assert (threat["kind"], threat["weight"], threat["first"]) == ("event", 1, "2023-11-12")
        assert edges[("Lloyd J. Austin III", "Ukraine", "STATEMENT")]["kind"] == "statement"


def test_dna_statements_name_person_organisation_concept_and_agreement(store, tmp_path):
    assert main(["export", "--db", str(store), "--out", str(tmp_path), "--format", "dna"]) == 0
    rows = list(csv.DictReader((tmp_path / "statements.dna.csv").open()))
    assert len(rows) == 7
    anonymous = next(r for r in rows if r["anonymous"] == "1")
    assert (anonymous["person"], anonymous["organization"]) == ("", "USA MIL")
    stoltenberg = next(r for r in rows if r["person"] == "Jens Stoltenberg")
    assert (stoltenberg["date"], stoltenberg["agreement"], stoltenberg["concept"]) == ("2023-10-12", "1", "ukraine")
