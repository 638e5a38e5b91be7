"""Het verloop van `plan generate`, `explain` en `onderdelen`: profiel of map, schrijven, samenvatting.

De CLI zet alleen opties om; dit bestand bepaalt wat er naar het scherm gaat. Meldingen en de
samenvatting gaan naar stderr, zodat `--out -` schone uitvoer op stdout geeft.

Uitvoer: `--out` is een bestand of een map (eindigt op `/` of bestaat al); ontbrekende mappen
worden gemaakt. Een bestaand bestand zonder `--force`, twee profielen met dezelfde
uitvoernaam (`x.yaml` en `x.yml`) of een onbruikbaar uitvoerpad is een fout in de opdracht
(exit 2); bij een map wordt dat gecontroleerd vóór er iets geschreven wordt.
"""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf, veilige_lstat
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.opties import (
    OPDRACHT,
    maak_map,
    opdrachtfout,
    schrijf_document,
    uitvoerpad,
)
from trainingsplanner.cli.proces import bewaar_tot_einde
from trainingsplanner.cli.rand import over
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
from trainingsplanner.opmaak import aantal, dagen, datum, euro

if TYPE_CHECKING:
    from rich.console import Console

    from trainingsplanner.engine.herplannen import Uitvoering
    from trainingsplanner.programma import Programma


@dataclass(frozen=True)
class Herplanopties:
    """`--uitvoering`, `--db` en `--vanaf` van `plan generate` (issue 15, herplannen)."""

    aan: bool = False
    db: Path | None = None
    vanaf: str | None = None


def voer_uit(
    gemeente: Path,
    formaat: Formaat,
    out: str | None,
    force: bool,
    cat: Catalogus,
    team: str | None = None,
    herplan: Herplanopties = Herplanopties(),
) -> int:
    """Exit 0 klaar, 1 klaar maar er blokkeert iets; onbruikbare invoer is een InvoerFout."""
    if team is not None and formaat is not Formaat.ics:
        raise opdrachtfout("--team", "werkt alleen met --format ics (de agenda van een team)")
    if herplan.vanaf is not None and not herplan.aan:
        raise opdrachtfout("--vanaf", "werkt alleen met --uitvoering (herplannen)")
    if gemeente.is_dir():
        if team is not None:
            raise opdrachtfout("--team", "kan niet met een map; geef één profiel op")
        if herplan.aan:
            raise opdrachtfout("--uitvoering", "kan niet met een map; geef één profiel op")
        return _map(gemeente, formaat, out, force, cat)
    uitvoering = _uitvoering(gemeente, herplan) if herplan.aan else None
    resultaat = genereer(gemeente, cat, formaat, vandaag(), team, uitvoering)
    if out == "-":
        if isinstance(resultaat.tekst, bytes) and formaat is not Formaat.json:  # xlsx, docx
            sys.stdout.flush()
            sys.stdout.buffer.write(resultaat.tekst)  # de bytes zelf, voor een pijp
            sys.stdout.buffer.flush()
        else:  # het document zelf, precies zoals gemaakt; json (bytes) als tekst
            sys.stdout.write(resultaat.als_tekst)
    else:
        doel = uitvoerpad(out, lambda map: standaard_uitvoer(gemeente, formaat, map))
        schrijf_document(doel, resultaat.tekst, force)
    _samenvatting(resultaat)
    if uitvoering is not None:
        _leg_herplanning_vast(gemeente, herplan.db, resultaat.programma)
    else:
        _wijs_op_uitvoering(gemeente)
    bewaar_tot_einde(resultaat)
    return 1 if blokkeert(resultaat.programma.bevindingen) else 0


def _uitvoering(profiel: Path, herplan: Herplanopties) -> Uitvoering:
    """De vastgelegde uitvoering uit de database (standaard naast het profiel) en `--vanaf`."""
    from trainingsplanner.uitvoering import herplanbron, opslag, waarden

    # Standaard morgen: wat vandaag nog niet gebeurd is, kan vandaag niet meer beginnen (de
    # deelnemers weten het nog niet); morgen zou het achterstallig zijn.
    vanaf = vandaag() + dt.timedelta(days=1)
    if herplan.vanaf is not None:
        try:
            vanaf = waarden.datum(herplan.vanaf)
        except ValueError as fout:
            raise opdrachtfout("--vanaf", str(fout)) from None
        if vanaf < vandaag():
            schrijf_fout(
                f"Let op: --vanaf {datum(vanaf)} ligt vóór vandaag ({datum(vandaag())}): wat "
                "niet gegeven is, kan dan in het verleden gepland worden.\n"
            )
    return herplanbron.lees(opslag.database(profiel, herplan.db), vanaf)


def _wijs_op_uitvoering(profiel: Path) -> None:
    """Ligt er een uitvoering naast het profiel, dan staan in dit programma de datums van vóór
    de uitvoering: zeg hoe het met wat gegeven is en wat verschoof kan (een proefrun vond een
    blad zonder iets gegeven, naast de melding dat de startdatum voorbij is)."""
    from trainingsplanner.uitvoering.dbpad import standaard_pad

    db = standaard_pad(profiel)
    if db.is_file():
        schrijf_fout(
            f"Er is uitvoering vastgelegd in {toon_pad(db)}; dit programma heeft de datums van "
            f"vóór de uitvoering. Met wat gegeven is en wat verschoof: plan generate "
            f"{toon_pad(profiel)} --uitvoering\n"
        )


def _leg_herplanning_vast(profiel: Path, db: Path | None, programma: Programma) -> None:
    """Bewaar de herplanning in de uitvoering (na het schrijven van het programma): `plan
    uitvoering status` en `report` tellen dan met de nieuwe datums, zodat wat herpland is niet
    achterstallig blijft. Een database die niet te schrijven is (alleen-lezen), houdt het
    programma niet tegen: dan een melding dat de stand nog met de oude datums rekent."""
    from trainingsplanner.uitvoering import herplanbron, opslag

    herplanning = herplanbron.herplanning(programma, vandaag())
    if herplanning is None:
        return
    pad = opslag.database(profiel, db)
    try:
        with opslag.transactie(pad) as t:
            t.zet_herplanning(herplanning)
    except InvoerFout as fout:
        reden = "; ".join(p.bericht for p in fout.problemen)
        schrijf_fout(
            f"Let op: de herplanning is niet vastgelegd in {toon_pad(pad)} ({reden}); "
            "plan uitvoering status rekent nog met de datums van vóór de herplanning.\n"
        )
        return
    schrijf_fout(
        f"Herplanning vastgelegd in {toon_pad(pad)}: plan uitvoering status en report tellen "
        "voortaan met de nieuwe datums.\n"
    )


def _map(map: Path, formaat: Formaat, out: str | None, force: bool, cat: Catalogus) -> int:
    """Elk profiel in de map; een kapot profiel stopt de rest niet, de fouten komen aan het eind.

    Honderden profielen in één proces: de garbage collector (uit bij de start, cli/start.py)
    gaat weer aan, zodat kringen van de ene gemeente (een gevangen fout) niet blijven liggen.
    """
    import gc

    gc.enable()
    if out == "-":
        raise opdrachtfout("--out", "--out - kan niet met een map; geef een uitvoermap op")
    doelmap = Path(out) if out else None
    profielen = profielen_in(map)
    if not profielen:
        raise opdrachtfout(toon_pad(map), "geen .yaml-bestanden in deze map")
    doelen = [standaard_uitvoer(p, formaat, doelmap) for p in profielen]
    _controleer_doelen(profielen, doelen, force)
    if doelmap is not None:
        with over(OPDRACHT):
            maak_map(doelmap)
    from rich.progress import Progress

    mislukt: list[Probleem] = []
    blokkerend = 0
    datum = vandaag()
    with Progress(transient=True, console=_stderr_console()) as voortgang:
        taak = voortgang.add_task("Programma's samenstellen", total=len(profielen))
        for profiel, doel in zip(profielen, doelen, strict=True):
            try:
                resultaat = genereer(profiel, cat, formaat, datum)
                schrijf(doel, resultaat.tekst, overschrijven=force)
                blokkerend += blokkeert(resultaat.programma.bevindingen)
            except InvoerFout as fout:  # verzamelen en doorgaan; de rand meldt ze samen
                mislukt.extend(fout.problemen)
            voortgang.advance(taak)
    gelukt = len(profielen) - len({p.bestand for p in mislukt})
    totaal = aantal(len(profielen), "programma", "programma's")
    schrijf_fout(f"{gelukt} van {totaal} geschreven.\n")
    if mislukt:
        raise InvoerFout(mislukt, onderwerp="de profielen", sorteren=False)
    return 1 if blokkerend else 0


def _controleer_doelen(profielen: list[Path], doelen: list[Path], force: bool) -> None:
    """Vóór het schrijven: geen twee profielen naar één bestand, niets ongevraagd vervangen."""
    problemen: list[Probleem] = []
    eerste: dict[Path, Path] = {}
    with over(OPDRACHT):
        for profiel, doel in zip(profielen, doelen, strict=True):
            if doel in eerste:
                bericht = (
                    f"geeft hetzelfde uitvoerbestand ({doel.name}) als {eerste[doel].name}; "
                    "hernoem een van beide profielen"
                )
                problemen.append(Probleem(toon_pad(profiel), 0, 0, "", bericht))
                continue
            eerste[doel] = profiel
            if not force and veilige_lstat(doel) is not None:
                bericht = "bestaat al; gebruik --force om het te vervangen"
                problemen.append(Probleem(toon_pad(doel), 0, 0, "", bericht))
    if problemen:
        raise InvoerFout(problemen, onderwerp=OPDRACHT, sorteren=False)


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _samenvatting(resultaat: Gegenereerd) -> None:
    p = resultaat.programma
    k = p.kosten
    regels = [
        f"{p.gemeente}: {aantal(len(p.onderdelen), 'onderdeel', 'onderdelen')}, "
        f"{dagen(k.trainersdagen.min)}–{dagen(k.trainersdagen.max)} externe trainersdagen"
        + (f", {euro(k.euro.min)} – {euro(k.euro.max)}" if k.euro else ""),
    ]
    if p.herplanning is not None:
        h = p.herplanning
        regels.append(
            f"Herpland vanaf {datum(h.vanaf)}: "
            f"{aantal(h.gegeven, 'sessie', 'sessies')} gegeven "
            f"({'staat' if h.gegeven == 1 else 'staan'} vast), "
            f"{aantal(len(h.verschoven), 'sessie', 'sessies')} verschoven."
        )
    for w in p.waarschuwingen:
        regels.append(f"  [{w.ernst}] {w.regel}: {w.bericht}")
    schrijf_fout("".join(f"{w.tekst()}\n" for w in resultaat.waarschuwingen))
    schrijf_fout("".join(f"{regel}\n" for regel in regels))


def _programma(profiel: Path, cat: Catalogus) -> Programma:
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.genereren import feestdagcache
    from trainingsplanner.profiel.model import laad_profiel

    with feestdagcache():
        return stel_samen(laad_profiel(profiel, cat), cat)


def bekende_code(code: str, programma: Programma, cat: Catalogus) -> str:
    """`r3.2` → `R3.2`, `Stap1-College` → `stap1-college`: hoofdletters tellen niet."""
    code = code.strip()
    bekend = [*cat.regels, *(o.id for o in programma.onderdelen)]
    if code in bekend:
        return code
    return next((b for b in bekend if b.casefold() == code.casefold()), code)


def leg_uit(profiel: Path, code: str, cat: Catalogus) -> None:
    from trainingsplanner.cli.uitvoer import schrijf_uit
    from trainingsplanner.engine.uitleg import leg_uit as uitleg_van

    programma = _programma(profiel, cat)
    uitleg = uitleg_van(programma, cat, bekende_code(code, programma, cat))
    schrijf_uit("".join(f"{regel}\n" for regel in [uitleg.titel, *uitleg.regels]))


def toon_onderdelen(profiel: Path, formaat: Formaat, cat: Catalogus) -> None:
    """Id, titel, team en datums van elk onderdeel: de ids die `plan explain` kent."""
    from trainingsplanner.cli.uitvoer import print_json, print_tabel

    programma = _programma(profiel, cat)
    if formaat is Formaat.json:
        print_json(
            [
                {
                    "id": o.id,
                    "titel": o.titel,
                    "stap": o.stap,
                    "team": o.team,
                    "start": o.start.isoformat(),
                    "eind": o.eind.isoformat(),
                }
                for o in programma.onderdelen
            ]
        )
        return
    rijen = [
        [o.id, o.titel, str(o.stap), o.start.isoformat(), o.eind.isoformat()]
        for o in programma.onderdelen
    ]
    print_tabel(
        f"Onderdelen van {programma.gemeente}", ["id", "titel", "stap", "start", "eind"], rijen
    )
