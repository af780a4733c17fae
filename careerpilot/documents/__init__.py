"""The tailored resume and cover letter for a shortlisted job.

Ordered and worded only from what the resume says (``tailoring``), every claim traced back to the resume or profile
(``verifier``), versioned per application and rendered to PDF (``service``).
"""
