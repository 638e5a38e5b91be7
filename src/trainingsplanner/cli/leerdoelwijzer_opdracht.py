"""Het verloop van `plan leerdoelwijzer create` en `import`: bestanden, verslag en exit code."""

from __future__ import annotations

import sys
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf_alle
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.rand import over
from trainingsplanner.fouten import InvoerFout, Probleem, zichtbaar
from trainingsplanner.genereren import vandaag
from trainingsplanner.leerdoelwijzer.verschil import verschil


def maak(gemeente: Path, team: str | None, uit: Path, force: bool, cat: Catalogus) -> int:
    from trainingsplanner.leerdoelwijzer.maken import maak_vragenlijsten

    vragenlijsten = maak_vragenlijsten(gemeente, team, cat)
    if not uit.is_dir():
        raise InvoerFout(
            [Probleem(toon_pad(uit), 0, 0, "", "uitvoermap bestaat niet; maak hem eerst aan")]
        )
    schrijf_alle([(uit / n, inhoud) for n, inhoud in vragenlijsten.bestanden], overschrijven=force)
    sys.stderr.write("".join(regel + "\n" for regel in vragenlijsten.regels))
    return 0


def importeer(
    antwoorden: Path, gemeente: Path, drempel: float | None, droog: bool, cat: Catalogus
) -> int:
    from trainingsplanner.leerdoelwijzer import antwoorden as lezer
    from trainingsplanner.leerdoelwijzer import terugschrijven, verslag

    profiel = terugschrijven.lees_profiel(gemeente, cat)
    uitslag = lezer.tel(lezer.lees(antwoorden), profiel.profiel, cat, drempel)
    nieuw = terugschrijven.nieuwe_tekst(profiel, uitslag, vandaag().isoformat())
    sys.stdout.write("\n".join(verslag.regels(uitslag, cat)) + "\n\n")
    niet_bijgewerkt = verslag.niet_bijgewerkt(uitslag)
    wijziging = verschil(profiel.tekst, nieuw.bewerkingen, toon_pad(gemeente))
    if not wijziging:
        sys.stdout.write("Het profiel verandert niet.\n")
    elif droog:
        sys.stdout.write(wijziging + "\n--dry-run: het profiel is niet aangepast.\n")
    else:
        sys.stdout.write(wijziging)
        with over("het nieuwe profiel"):
            reserve = terugschrijven.schrijf_terug(nieuw, cat)
        sys.stdout.write(
            f"\nGeschreven: {toon_pad(gemeente)} (reservekopie: {toon_pad(reserve)})\n"
        )
    if not niet_bijgewerkt:
        return 0
    teams = zichtbaar(", ".join(niet_bijgewerkt))
    sys.stderr.write(f"Niet bijgewerkt, meer ingevulde vragenlijsten dan medewerkers: {teams}.\n")
    return 1
