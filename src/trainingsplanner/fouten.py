"""Eén familie voor fouten: een probleem met een plek, en de fout die er een lijst van draagt.

Fouten zijn waarden: een loader of controle verzamelt alle problemen van een bestand en
meldt ze samen (zoals mkdocs), in plaats van te stoppen bij de eerste.
"""

from __future__ import annotations

import errno
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

Niveau = Literal["fout", "waarschuwing"]


@dataclass(frozen=True, order=True)
class Probleem:
    """Eén bevinding op een plek in een bestand: `bestand:regel:kolom: veld: bericht`.

    Regel 0 betekent: geen plek in een bestand (bijvoorbeeld een optie op de opdrachtregel).
    """

    bestand: str
    regel: int
    kolom: int
    veld: str
    bericht: str
    niveau: Niveau = "fout"

    def tekst(self) -> str:
        """De vaste meldingsvorm die gebruikers en tests lezen; altijd precies één regel."""
        bestand, veld, bericht = (zichtbaar(t) for t in (self.bestand, self.veld, self.bericht))
        plek = f"{bestand}:{self.regel}:{self.kolom}" if self.regel else bestand
        return f"{plek}: {veld}: {bericht}" if veld else f"{plek}: {bericht}"

    def als_dict(self) -> dict[str, str | int]:
        return {
            "bestand": self.bestand,
            "regel": self.regel,
            "kolom": self.kolom,
            "veld": self.veld,
            "bericht": self.bericht,
            "niveau": self.niveau,
        }


def zichtbaar(tekst: str, *, behoud: str = "") -> str:
    """Stuurtekens uit invoer zichtbaar maken (`\x1b` in plaats van een escape-reeks).

    Zo blijft een melding één regel en kan tekst uit een profiel of antwoordbestand de terminal
    niet overnemen (kleuren, cursor, venstertitel). `behoud` noemt tekens die mogen blijven,
    zoals regeleinde en tab in een overzicht van meerdere regels.
    """
    if tekst.isprintable():
        return tekst
    return "".join(t if t.isprintable() or t in behoud else repr(t)[1:-1] for t in tekst)


ALGEMEEN = "de invoer"
"""Het onderwerp van een invoerfout waarvan niemand zei waarover hij gaat."""


class InvoerFout(Exception):
    """Invoer die niet te gebruiken is; draagt alle gevonden problemen (exit code 2).

    De bibliotheek werpt hem en meldt niets; de opdrachtregel vangt hem op één plek
    (cli/rand.py) en toont alle problemen, met als slotregel 'N problemen gevonden in
    {onderwerp}'. De problemen staan op volgorde van bestand en plek, tenzij `sorteren`
    uit staat (problemen van meerdere bestanden, in de volgorde waarin ze gelezen zijn).
    """

    def __init__(
        self, problemen: Iterable[Probleem], *, onderwerp: str = ALGEMEEN, sorteren: bool = True
    ) -> None:
        self.problemen: list[Probleem] = sorted(set(problemen)) if sorteren else list(problemen)
        self.onderwerp = onderwerp
        super().__init__("\n".join(p.tekst() for p in self.problemen))


_OSFOUTEN = {
    errno.ENAMETOOLONG: "de naam is te lang (hoogstens 255 tekens per deel van het pad)",
    errno.EACCES: "geen toegang (rechten van het bestand of een map erboven)",
    errno.EPERM: "geen toegang (rechten van het bestand of een map erboven)",
    errno.ENOSPC: "de schijf is vol",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.EROFS: "de schijf is alleen-lezen",
    errno.ELOOP: "een kring van symbolische koppelingen",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EISDIR: "dit is een map; geef een bestandsnaam op",
    errno.ENOENT: "bestaat niet",
    errno.EXDEV: "tijdelijk bestand en doel liggen op verschillende schijven",
}


def os_bericht(fout: OSError) -> str:
    """Een Nederlandse zin voor een fout van het besturingssysteem."""
    if fout.errno in _OSFOUTEN:
        return _OSFOUTEN[fout.errno]
    code = errno.errorcode.get(fout.errno or 0, type(fout).__name__)
    return f"mislukt (systeemfout {code})"  # de Engelse tekst van het systeem blijft weg
