"""Storage: SQL tables, Chroma vectors, local embeddings and graph checkpoints."""
