"""The terminal summary of an analysed article: what an analyst reads first."""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from newsgraph.events.summary import describe
from newsgraph.quotes.summary import anonymous_share, speaker_table
from newsgraph.record import Article


def _header(console: Console, article: Article) -> None:
    """Title, provenance and the extraction fields."""
    console.rule(f"[bold]{article.title or '(untitled)'}")
    rows = [
        ("source", f"{article.source.uri} ({article.source.format})"),
        ("url", article.source.url),
        ("byline", article.byline),
        ("dateline", article.dateline.text if article.dateline else None),
        ("published", f"{article.published.value} ({article.published.basis})" if article.published.value else None),
        ("site / language", " / ".join(x for x in (article.site, article.language) if x) or None),
        ("body", f"{len(article.text.split()):,} words, {len(article.sentences)} sentences"),
        ("captions", "; ".join(c.text[:80] + (f" [{c.credit}]" if c.credit else "") for c in article.captions) or None),
        ("removed", f"{len(article.boilerplate)} chrome lines" if article.boilerplate else None),
        ("notes", "; ".join(article.errors) or None),
    ]
    for key, value in rows:
        if value:
            console.print(f"[dim]{key:>16}[/dim]  {value}")


ACTOR_ROWS = 20


def _actors(console: Console, article: Article) -> None:
    """Actors by number of mentions; a long list is cut to the most mentioned, and the title says so."""
    if not article.entities:
        return
    shown = f" ({ACTOR_ROWS} most mentioned shown; all are in the record)" if len(article.entities) > ACTOR_ROWS else ""
    table = Table(title=f"Actors: {len(article.entities)}{shown}", title_justify="left")
    for column in ("actor", "kind", "title", "country", "sector", "mentions"):
        table.add_column(column)
    for entity in sorted(article.entities, key=lambda e: -len(e.mentions))[:ACTOR_ROWS]:
        table.add_row(entity.name, entity.kind or entity.type, entity.title or "", entity.country or "",
                      entity.sector or "", str(len(entity.mentions)))
    console.print(table)


def _statements(console: Console, article: Article) -> None:
    """Statements grouped by speaker, with the share of anonymous ones."""
    if not article.quotes:
        return
    share = anonymous_share(article.quotes)
    table = Table(title=f"Statements: {len(article.quotes)}, anonymous {share:.0%}", title_justify="left")
    for column in ("speaker", "anonymous", "statements"):
        table.add_column(column)
    for label, count, anonymous in speaker_table(article.quotes, article.entities):
        table.add_row(label, "yes" if anonymous else "", str(count))
    console.print(table)


def _events(console: Console, article: Article) -> None:
    """Events as SOURCE —TYPE(modality)→ TARGET, date."""
    if not article.events:
        return
    console.print(f"[bold]Events[/bold] ({len(article.events)})")
    names = {entity.id: entity.name for entity in article.entities}
    for event in article.events:
        console.print("  " + escape(describe(event, names)), soft_wrap=True)


def print_summary(article: Article, console: Console | None = None) -> None:
    """Print a readable summary of one article record."""
    console = console or Console()
    _header(console, article)
    _actors(console, article)
    _statements(console, article)
    _events(console, article)
