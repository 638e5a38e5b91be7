"""Het verloop van `plan leerdoelwijzer create` en `import`: bestanden, verslag en exit code."""

from __future__ import annotations

import sys
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.rand import over
from trainingsplanner.engine.codes import unieke_slugs
from trainingsplanner.engine.context import kort
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.genereren import vandaag
from trainingsplanner.profiel.model import laad_profiel
from trainingsplanner.suggestie import bedoelde_u


def maak(gemeente: Path, team: str | None, uit: Path, force: bool, cat: Catalogus) -> int:
    from trainingsplanner.leerdoelwijzer import sjablonen
    from trainingsplanner.leerdoelwijzer.vragenlijst import vragenlijst

    profiel = laad_profiel(gemeente, cat)
    teams = list(zip(profiel.teams, unieke_slugs([t.naam for t in profiel.teams]), strict=True))
    if team is not None:
        gekozen = [(t, c) for t, c in teams if t.naam.casefold() == team.casefold()]
        if not gekozen:
            hint = bedoelde_u(team, [t.naam for t in profiel.teams])
            raise InvoerFout(
                [Probleem("--team", 0, 0, "", f"onbekend team '{team}'.{hint}".rstrip("."))]
            )
        teams = gekozen
    if not uit.is_dir():
        raise InvoerFout(
            [Probleem(toon_pad(uit), 0, 0, "", "uitvoermap bestaat niet; maak hem eerst aan")]
        )
    for t, code in teams:
        lijst = vragenlijst(t, cat)
        schrijf(
            uit / f"leerdoelwijzer-{code}.html",
            sjablonen.html(lijst, cat, profiel.gemeente),
            overschrijven=force,
        )
        schrijf(
            uit / f"leerdoelwijzer-{code}.csv", sjablonen.csv_sjabloon(lijst), overschrijven=force
        )
        schrijf(
            uit / f"leerdoelwijzer-{code}.xlsx", sjablonen.xlsx_sjabloon(lijst), overschrijven=force
        )
        sys.stderr.write(
            f"{t.naam}: {len(lijst.elementen)} situaties → leerdoelwijzer-{code}.html (printen), .csv en .xlsx (invullen)\n"
        )
    return 0


def importeer(
    antwoorden: Path, gemeente: Path, drempel: float | None, droog: bool, cat: Catalogus
) -> int:
    from trainingsplanner.leerdoelwijzer import antwoorden as lezer
    from trainingsplanner.leerdoelwijzer import terugschrijven

    profiel = laad_profiel(gemeente, cat)
    uitslag = lezer.tel(lezer.lees(antwoorden), profiel, cat, drempel)
    oud = gemeente.read_text(encoding="utf-8-sig")
    nieuw = terugschrijven.nieuwe_tekst(oud, uitslag, vandaag().isoformat())
    regels = [
        f"Leerdoelwijzer: {sum(t.respondenten for t in uitslag.teams)} ingevulde vragenlijsten (R2.2)."
    ]
    for melding in uitslag.genegeerd:
        regels.append(f"  {melding}")
    for t in uitslag.teams:
        regels.append("")
        if t.te_weinig:
            regels.append(
                f"{t.team}: {t.respondenten} respondent(en), minder dan {uitslag.minimum}. Uit privacyoverwegingen "
                "geen cijfers; voeg dit team samen met een verwant team of vraag meer collega's om in te vullen."
            )
            continue
        regels.append(
            f"{t.team}: {t.respondenten} respondenten; teamleerdoel vanaf {round(uitslag.drempel * 100)}%."
        )
        for code, aandeel in t.aandeel.items():
            teken = "→ teamleerdoel" if code in t.nieuwe_leerdoelen else ""
            regels.append(
                f"  {round(aandeel * 100):>3}%  {kort(cat.elementen[code].naam)} {teken}".rstrip()
            )
        if t.individueel:
            namen = ", ".join(
                f"{kort(cat.elementen[c].naam).lower()} ({n})" for c, n in t.individueel.items()
            )
            regels.append(
                f"  Individuele leerdoelen voor het HR-gesprek (R3.4), aantal personen: {namen}"
            )
        if t.open_antwoorden:
            regels.append(
                f"  {t.open_antwoorden} antwoorden op open vragen: lees ze in het antwoordbestand zelf."
            )
    sys.stdout.write("\n".join(regels) + "\n\n")
    wijziging = terugschrijven.verschil(oud, nieuw, toon_pad(gemeente))
    if not wijziging:
        sys.stdout.write("Het profiel verandert niet.\n")
        return 0
    sys.stdout.write(wijziging)
    if droog:
        sys.stdout.write("\n--dry-run: het profiel is niet aangepast.\n")
        return 0
    with over("het nieuwe profiel"):
        reserve = terugschrijven.schrijf_terug(gemeente, oud, nieuw, cat)
    sys.stdout.write(f"\nGeschreven: {toon_pad(gemeente)} (reservekopie: {toon_pad(reserve)})\n")
    return 0
