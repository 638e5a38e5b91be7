"""Het verloop van `plan generate`: één profiel of een map, schrijven, samenvatting, exit code.

De CLI zet alleen opties om; dit bestand bepaalt wat er naar het scherm gaat. Meldingen en de
samenvatting gaan naar stderr, zodat `--out -` schone uitvoer op stdout geeft.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.uitvoer import schrijf_fout
from trainingsplanner.engine.gereedheid import blokkeert
from trainingsplanner.formaat import Formaat
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.genereren import (
    Gegenereerd,
    genereer,
    profielen_in,
    standaard_uitvoer,
    vandaag,
)
from trainingsplanner.opmaak import dagen, euro

if TYPE_CHECKING:
    from rich.console import Console


def voer_uit(gemeente: Path, formaat: Formaat, out: str | None, force: bool, cat: Catalogus) -> int:
    """Exit 0 klaar, 1 klaar maar er blokkeert iets; onbruikbare invoer is een InvoerFout."""
    if gemeente.is_dir():
        return _map(gemeente, formaat, out, force, cat)
    resultaat = genereer(gemeente, cat, formaat, vandaag())
    if out == "-":
        sys.stdout.write(resultaat.tekst)  # het document zelf: precies zoals gemaakt
    else:
        doel = Path(out) if out else standaard_uitvoer(gemeente, formaat)
        schrijf(doel, resultaat.tekst, overschrijven=force)
        sys.stderr.write(f"Geschreven: {toon_pad(doel)}\n")
    _samenvatting(resultaat)
    return 1 if blokkeert(resultaat.programma.bevindingen) else 0


def _map(map: Path, formaat: Formaat, out: str | None, force: bool, cat: Catalogus) -> int:
    """Elk profiel in de map; een kapot profiel stopt de rest niet, de fouten komen aan het eind."""
    if out == "-":
        bericht = "--out - kan niet met een map; geef een uitvoermap op"
        raise InvoerFout([Probleem("--out", 0, 0, "", bericht)], onderwerp="de opdracht")
    doelmap = Path(out) if out else None
    if doelmap is not None and not doelmap.is_dir():
        raise InvoerFout(
            [Probleem(out or "", 0, 0, "", "uitvoermap bestaat niet")], onderwerp="de opdracht"
        )
    profielen = profielen_in(map)
    if not profielen:
        raise InvoerFout(
            [Probleem(toon_pad(map), 0, 0, "", "geen .yaml-bestanden in deze map")],
            onderwerp="de opdracht",
        )
    from rich.progress import Progress

    mislukt: list[Probleem] = []
    blokkerend = 0
    datum = vandaag()
    with Progress(transient=True, console=_stderr_console()) as voortgang:
        taak = voortgang.add_task("Programma's samenstellen", total=len(profielen))
        for profiel in profielen:
            try:
                resultaat = genereer(profiel, cat, formaat, datum)
                schrijf(
                    standaard_uitvoer(profiel, formaat, doelmap),
                    resultaat.tekst,
                    overschrijven=force,
                )
                blokkerend += blokkeert(resultaat.programma.bevindingen)
            except InvoerFout as fout:  # verzamelen en doorgaan; de rand meldt ze samen
                mislukt.extend(fout.problemen)
            voortgang.advance(taak)
    gelukt = len(profielen) - len({p.bestand for p in mislukt})
    sys.stderr.write(f"{gelukt} van {len(profielen)} programma's geschreven.\n")
    if mislukt:
        raise InvoerFout(mislukt, onderwerp="de profielen", sorteren=False)
    return 1 if blokkerend else 0


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _samenvatting(resultaat: Gegenereerd) -> None:
    p = resultaat.programma
    k = p.kosten
    regels = [
        f"{p.gemeente}: {len(p.onderdelen)} onderdelen, "
        f"{dagen(k.trainersdagen.min)}–{dagen(k.trainersdagen.max)} externe trainersdagen"
        + (f", {euro(k.euro.min)} – {euro(k.euro.max)}" if k.euro else ""),
    ]
    for w in p.waarschuwingen:
        regels.append(f"  [{w.ernst}] {w.regel}: {w.bericht}")
    schrijf_fout("".join(f"{w.tekst()}\n" for w in resultaat.waarschuwingen))
    schrijf_fout("".join(f"{regel}\n" for regel in regels))
