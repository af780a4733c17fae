"""Language models.

The one factory that turns ``Settings`` into a chat model (``chat_model``) and the tool-calling chat agent of the
side panel and MCP (``chat``).
"""
