"""Een CSV-bestand zoals Nederlandse Excel het schrijft, als tekst; en kolomletters zoals Excel.

Gedeeld door de antwoorden van de leerdoelwijzer en de import van de uitvoering: UTF-16
("Unicode-tekst"), UTF-8 met of zonder BOM ("CSV UTF-8") en Windows-1252 ("CSV (gescheiden
door lijstscheidingsteken)"). Een bestand dat als Unicode begint maar andere tekens bevat,
wordt geweigerd met de regel, nooit stil verkeerd gelezen.
"""

from __future__ import annotations

from trainingsplanner.fouten import InvoerFout, Probleem


def kolomletter(index: int) -> str:
    """0 → 'A', 25 → 'Z', 26 → 'AA'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def decodeer(ruw: bytes, naam: str) -> str:
    """De tekst van een CSV-bestand; InvoerFout (met regel) bij een gemengde codering."""
    if ruw.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel: "Unicode-tekst" (UTF-16, tabs)
        return _strikt(ruw, "utf-16", naam, "UTF-16")
    if ruw.startswith(b"\xef\xbb\xbf"):
        return _strikt(ruw, "utf-8-sig", naam, "UTF-8")
    try:
        return ruw.decode("utf-8")
    except UnicodeDecodeError:
        return ruw.decode("cp1252", errors="replace")


def _strikt(ruw: bytes, codering: str, naam: str, soort: str) -> str:
    try:
        return ruw.decode(codering)
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        bericht = (
            f"gemengde codering: het bestand begint als {soort} maar bevat andere tekens; "
            "sla het opnieuw op als CSV UTF-8"
        )
        raise InvoerFout([Probleem(naam, regel, 1, "", bericht)]) from None
