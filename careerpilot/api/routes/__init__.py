"""One router per resource; api/app.py includes each with one line."""
