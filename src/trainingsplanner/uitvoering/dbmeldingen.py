"""De Nederlandse meldingen over de uitvoeringsdatabase (opslag.py werpt ze als InvoerFout).

Een melding over de database heeft geen regel of kolom: het hele bestand is het probleem.
Wat SQLite in het Engels meldt, wordt hier een gewone zin met wat de gebruiker kan doen.
"""

from __future__ import annotations

from trainingsplanner.fouten import InvoerFout, Probleem

HERSTEL = "geef met --db de uitvoeringsdatabase van plan op, of een nieuwe bestandsnaam"
GEEN_SQLITE = f"dit is geen SQLite-bestand, dus geen uitvoeringsdatabase van plan; {HERSTEL}"
ANDER_PROGRAMMA = f"dit SQLite-bestand is geen uitvoeringsdatabase van plan; {HERSTEL}"
OUD_EN_ALLEEN_LEZEN = (
    "deze database is van een oudere versie van plan en alleen te lezen, dus niet bij te "
    "werken; laat iemand die erin mag schrijven één keer plan uitvoering status draaien"
)
_SQLITE = {
    "database is locked": "de database is bezet door een andere opdracht (langer dan {wachttijd:g} s); probeer het zo nog eens",
    "file is not a database": GEEN_SQLITE,
    "malformed": "de database is beschadigd; zet een reservekopie terug (bijvoorbeeld NAAM.uitvoering.sqlite.v1.bak of uw eigen back-up)",
    "readonly": "de database is alleen-lezen; controleer de rechten van het bestand en van de map erboven",
    "unable to open": "de database is niet te openen of te maken; controleer het pad en de rechten van de map",
    "disk is full": "de schijf is vol",
    "disk i/o error": "de database is niet te lezen of te schrijven (schijffout)",
}


def fout(naam: str, bericht: str) -> InvoerFout:
    """Een InvoerFout over de hele database `naam`."""
    return InvoerFout([Probleem(naam, 0, 0, "", bericht)])


def sqlite(tekst: str, wachttijd: float) -> str:
    """De melding bij een fout van SQLite (`str(fout)`)."""
    klein = tekst.lower()
    for sleutel, bericht in _SQLITE.items():
        if sleutel in klein:
            return bericht.format(wachttijd=wachttijd)
    return f"de database is niet te gebruiken ({tekst}); {HERSTEL}"


def os_fout(fout: OSError) -> str:
    if isinstance(fout, PermissionError):
        return "geen toegang tot de database (rechten van het bestand of een map erboven)"
    return f"de database is niet te lezen ({fout.strerror or type(fout).__name__})"


def nieuwer(versie: int, kent: int) -> str:
    return (
        f"deze database is gemaakt door een nieuwere versie van plan (schemaversie {versie}; "
        f"deze versie kent tot en met {kent}); werk plan bij "
        "(pip install --upgrade trainingsplanner). De database is niet aangeraakt."
    )


def onleesbaar(onderdeel: object, nummer: object, datum: object, status: object) -> str:
    return (
        f"sessie {nummer} van {onderdeel} is onleesbaar (datum '{datum}', status "
        f"'{status}'); zet een reservekopie terug of leg de sessie opnieuw vast"
    )
