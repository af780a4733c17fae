"""Pure text algorithms with no I/O.

Content terms, TF-IDF, shingles and MinHash fingerprints, word hashes, and the checkable claims (skills, names,
titles, dates, numbers) found in free text. Every other package may use them.
"""
