"""Een invoerbestand lezen met Nederlandse meldingen: ontbreekt, is een map, geen rechten.

Gedeeld door de YAML-lezer en de antwoorden van de leerdoelwijzer. Er wordt hoogstens
`grens + 1` bytes gelezen, zodat een te groot bestand in begrensd geheugen wordt herkend.
"""

from __future__ import annotations

from pathlib import Path

from trainingsplanner.fouten import InvoerFout, Probleem, os_bericht


def lees_bytes(pad: Path, naam: str, grens: int) -> bytes:
    try:
        if pad.is_dir():
            raise InvoerFout([Probleem(naam, 1, 1, "", "dit is een map, geen bestand")])
        with pad.open("rb") as bestand:
            return bestand.read(grens + 1)
    except FileNotFoundError:
        raise InvoerFout([Probleem(naam, 1, 1, "", "bestand niet gevonden")]) from None
    except PermissionError:
        raise InvoerFout([Probleem(naam, 1, 1, "", "geen leesrechten op dit bestand")]) from None
    except OSError as fout:
        bericht = f"bestand is niet te lezen: {os_bericht(fout)}"
        raise InvoerFout([Probleem(naam, 1, 1, "", bericht)]) from None
