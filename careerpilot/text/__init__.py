"""Pure text algorithms with no I/O.

Content terms, TF-IDF, shingles and MinHash fingerprints, word hashes, and the checkable claims (skills, names,
titles, dates, numbers) found in free text; and for untrusted text, the invisible and bidi characters to remove
(``unicode_safety``), look-alike letters to fold in names (``confusables``) and instruction-like spans to flag
(``instructions``). Every other package may use them.
"""
