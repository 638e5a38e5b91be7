"""Het verloop van `plan leerdoelwijzer create` en `import`: bestanden, verslag en exit code."""

from __future__ import annotations

import sys
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf_alle
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.uitvoer import print_problemen
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.genereren import vandaag
from trainingsplanner.leerdoelwijzer.verschil import verschil


def maak(gemeente: Path, team: str | None, uit: Path, force: bool, cat: Catalogus) -> int:
    from trainingsplanner.leerdoelwijzer.maken import maak_vragenlijsten

    try:
        vragenlijsten = maak_vragenlijsten(gemeente, team, cat)
        if not uit.is_dir():
            raise InvoerFout(
                [Probleem(toon_pad(uit), 0, 0, "", "uitvoermap bestaat niet; maak hem eerst aan")]
            )
        schrijf_alle(
            [(uit / n, inhoud) for n, inhoud in vragenlijsten.bestanden], overschrijven=force
        )
    except InvoerFout as fout:
        print_problemen(fout.problemen, "de invoer")
        return 2
    sys.stderr.write("".join(regel + "\n" for regel in vragenlijsten.regels))
    return 0


def importeer(
    antwoorden: Path, gemeente: Path, drempel: float | None, droog: bool, cat: Catalogus
) -> int:
    from trainingsplanner.leerdoelwijzer import antwoorden as lezer
    from trainingsplanner.leerdoelwijzer import terugschrijven, verslag

    try:
        profiel = terugschrijven.lees_profiel(gemeente, cat)
        uitslag = lezer.tel(lezer.lees(antwoorden), profiel.profiel, cat, drempel)
        nieuw = terugschrijven.nieuwe_tekst(profiel, uitslag, vandaag().isoformat())
    except InvoerFout as fout:
        print_problemen(fout.problemen, "de invoer")
        return 2
    sys.stdout.write("\n".join(verslag.regels(uitslag, cat)) + "\n\n")
    niet_bijgewerkt = verslag.niet_bijgewerkt(uitslag)
    code = 1 if niet_bijgewerkt else 0
    wijziging = verschil(profiel.tekst, nieuw.bewerkingen, toon_pad(gemeente))
    if not wijziging:
        sys.stdout.write("Het profiel verandert niet.\n")
    else:
        sys.stdout.write(wijziging)
        if droog:
            sys.stdout.write("\n--dry-run: het profiel is niet aangepast.\n")
        else:
            try:
                reserve = terugschrijven.schrijf_terug(nieuw, cat)
            except InvoerFout as fout:
                print_problemen(fout.problemen, "het nieuwe profiel")
                return 2
            sys.stdout.write(
                f"\nGeschreven: {toon_pad(gemeente)} (reservekopie: {toon_pad(reserve)})\n"
            )
    if niet_bijgewerkt:
        teams = verslag.zichtbaar(", ".join(niet_bijgewerkt))
        sys.stderr.write(
            f"Niet bijgewerkt, meer ingevulde vragenlijsten dan medewerkers: {teams}.\n"
        )
    return code
