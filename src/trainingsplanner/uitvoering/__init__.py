"""De uitvoering (issue 15): wat er gegeven is vastleggen, de stand tonen, en later bijplannen.

Alleen aantallen en datums, nooit namen van medewerkers (AVG). De opslag (SQLite) zit achter
één module, `opslag.py`; de rest ziet alleen dataclasses en kan zo een andere opslag krijgen.
"""
