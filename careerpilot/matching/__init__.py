"""Matching a posting against the resume.

Hard filters, requirements extracted from the posting, resume evidence line by line, coverage by words and by
meaning, TF-IDF and MiniLM similarity, the optional LLM refinement and rerank, and the memory of the user's
verdicts. ``service.MatchingService`` combines them into a 0-100 score that says what matched, what is missing and
why.
"""
