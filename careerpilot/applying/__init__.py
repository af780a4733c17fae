"""Applying for a job.

The review gate (nothing is submitted without a recorded approval, never twice), the form filling and submission,
screening answers with their sources (``answers``), decisions from any face (``review``) and help for a person
applying in their own browser (``assist``).
"""
