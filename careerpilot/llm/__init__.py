"""Language models.

``routes`` reads the model profiles and each step's route from the settings; ``router`` turns a route into a chat
model that fails over behind the circuit breakers of ``circuit`` and reports to ``usage``; ``chat_model`` builds
the one-endpoint model of the plain settings; ``embedders`` chooses the embedder; ``chat`` is the tool-calling
chat agent of the side panel and MCP. docs/models.md describes them.
"""
