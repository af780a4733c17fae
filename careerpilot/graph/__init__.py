"""The LangGraph state machine; nodes reach services through ``Runtime[Context]``."""
