"""Embeddings: ``embeddings status`` (which model made each collection) and ``embeddings reembed``."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer
from rich.text import Text

from careerpilot.cli import console
from careerpilot.cli.common import DataDir, command, settings_for

if TYPE_CHECKING:
    from careerpilot.config import Settings
    from careerpilot.memory.vectors import VectorStore

app = typer.Typer()
embeddings_app = typer.Typer(help="The vector store's embeddings: which model made them; re-embed after a switch.")
app.add_typer(embeddings_app, name="embeddings")


def _vectors(settings: Settings) -> VectorStore:
    """Open the vector store with the embedder the settings choose, without the other services."""
    from careerpilot.llm.embedders import remote_embedder
    from careerpilot.memory.embeddings import LocalEmbedder
    from careerpilot.memory.privacy import private_umask
    from careerpilot.memory.vectors import VectorStore, open_chroma

    with private_umask():
        client = open_chroma(settings.data_path / "chroma", settings.chroma_url)
    return VectorStore(client, remote_embedder(settings) or LocalEmbedder())


@embeddings_app.command("status")
@command
async def status(data_dir: DataDir = None) -> None:
    """Show each collection's model, dimension and size, and whether it matches the configured model."""
    vectors = _vectors(settings_for(data_dir))
    model = vectors.embedder.model_name
    for name, made_by, dimension, count in vectors.status():
        state = "ok" if made_by == model else f"needs re-embedding for {model}"
        console.out.print(Text(f"{name:<16} {made_by} ({dimension} dimensions), {count} texts: {state}"))


@embeddings_app.command("reembed")
@command
async def reembed(data_dir: DataDir = None) -> None:
    """Re-embed every collection another model made, with the configured model, showing progress."""
    vectors = _vectors(settings_for(data_dir))

    def progress(name: str, done: int, total: int) -> None:
        console.out.print(Text(f"{name}: {done}/{total}"))

    done = vectors.reembed(progress)
    model = vectors.embedder.model_name
    if not done:
        console.out.print(Text(f"every collection already holds {model} vectors"))
    for name, count in done.items():
        console.out.print(Text(f"re-embedded {count} texts of {name} with {model}", style="green"))
