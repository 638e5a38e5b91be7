"""trainingsplanner: van gemeenteprofiel naar een meerjarig trainingsprogramma publieksagressie.

Bewust leeg aan imports: `plan --help` moet snel starten, dus zware bibliotheken worden pas
geladen in de modules die ze nodig hebben.
"""

__version__ = "0.1.0"
