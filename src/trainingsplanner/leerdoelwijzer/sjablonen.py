"""De vragenlijst als printbaar HTML-formulier, en als CSV- en XLSX-sjabloon om terug te importeren.

Het XLSX-sjabloon heeft geen ingevulde rijen: de teamkolom is een keuzelijst met de naam van
het team. Een rij met alleen een teamnaam ziet er voor mensen en programma's (Forms, Excel's
"gebruikt bereik") uit als een antwoord; zo werd een onaangeroerd sjabloon ooit "200
ingevulde vragenlijsten". Tekst uit profiel en catalogus gaat via `bestanden.cellen`: altijd
een tekstcel, nooit een formule.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from trainingsplanner.bestanden.cellen import csv_tekst, tekstcel
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.leerdoelwijzer.vragenlijst import Vragenlijst

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

LAATSTE_RIJ = 1_048_576
"""De keuzelijsten gelden voor de hele kolom; Excel heeft niet meer rijen."""


def html(lijst: Vragenlijst, cat: Catalogus, gemeente: str) -> str:
    from trainingsplanner.render.omgeving import omgeving

    wijzer = cat.leerdoelwijzer
    return (
        omgeving(html=True)
        .get_template("leerdoelwijzer.html.j2")
        .render(
            lijst=lijst,
            gemeente=gemeente,
            minimum=wijzer.minimum_respondenten,
            frequentie=[p.label for p in wijzer.schaal_frequentie],
            behoefte=[p.label for p in wijzer.schaal_behoefte],
        )
    )


def csv_sjabloon(lijst: Vragenlijst) -> str:
    """Alleen de kolomkoppen; `;` en UTF-8 met BOM, zoals Excel NL. Eén rij per medewerker."""
    return csv_tekst([lijst.kolommen()])


def xlsx_sjabloon(lijst: Vragenlijst, cat: Catalogus, gemeente: str) -> bytes:
    """Antwoorden (kopregel vast, keuzelijsten), Uitleg, en een verborgen blad met de keuzes."""
    from openpyxl import Workbook

    boek = Workbook()
    antwoorden = boek.active
    assert antwoorden is not None
    antwoorden.title = "Antwoorden"
    uitleg = boek.create_sheet("Uitleg")
    keuzes = boek.create_sheet("Keuzes")
    keuzes.sheet_state = "hidden"
    wijzer = cat.leerdoelwijzer
    lijsten = {
        "team": [lijst.team],
        "freq": [p.label for p in wijzer.schaal_frequentie],
        "leren": [p.label for p in wijzer.schaal_behoefte],
    }
    bereik: dict[str, str] = {}
    for kolom, (soort, waarden) in enumerate(lijsten.items(), start=1):
        for rij, waarde in enumerate(waarden, start=1):
            tekstcel(keuzes, rij, kolom, waarde)
        letter = "ABC"[kolom - 1]
        bereik[soort] = f"=Keuzes!${letter}$1:${letter}${len(waarden)}"
    _antwoordblad(antwoorden, lijst, bereik)
    _uitlegblad(uitleg, lijst, gemeente, wijzer.minimum_respondenten)
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()


def _antwoordblad(blad: Worksheet, lijst: Vragenlijst, bereik: dict[str, str]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    kop_stijl = Alignment(wrap_text=True, vertical="top")
    vet = Font(bold=True)
    grijs = PatternFill("solid", fgColor="F0F0F0")
    soorten = ["team", *(v.soort for v in lijst.vragen)]
    for kolom, (tekst, soort) in enumerate(zip(lijst.kolommen(), soorten, strict=True), start=1):
        cel = tekstcel(blad, 1, kolom, tekst)
        cel.alignment, cel.font, cel.fill = kop_stijl, vet, grijs
        letter = get_column_letter(kolom)
        blad.column_dimensions[letter].width = {"team": 24, "open": 50}.get(soort, 26)
        if soort in bereik:
            keuze = DataValidation(
                type="list",
                formula1=bereik[soort],
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Kies uit de lijst",
                error="Kies een antwoord uit de keuzelijst van deze kolom.",
            )
            keuze.add(f"{letter}2:{letter}{LAATSTE_RIJ}")
            blad.add_data_validation(keuze)
    blad.column_dimensions["A"].number_format = "@"  # een teamnaam als '010' blijft tekst
    blad.row_dimensions[1].height = 150
    blad.freeze_panes = "B2"


def _uitlegblad(blad: Worksheet, lijst: Vragenlijst, gemeente: str, minimum: int) -> None:
    from openpyxl.styles import Alignment, Font

    regels = [
        f"Leerdoelwijzer — team {lijst.team}",
        gemeente,
        "",
        "Deze korte vragenlijst helpt uw team te kiezen waarop de training zich richt "
        "(stap 2 van de aanpak van agressie en geweld). Hij is voor de medewerkers van het team.",
        "Vul het blad Antwoorden in: één rij per medewerker. Kies in kolom A het team en geef per "
        "situatie twee antwoorden: hoe vaak u het meemaakt (a) en of u er meer over wilt leren (b).",
        "Vul hem anoniem in: zet geen naam of e-mailadres in het bestand.",
        f"De uitkomst wordt alleen per team bekeken, en alleen als minstens {minimum} collega's "
        "meedoen. Een rij zonder antwoord op een a- of b-vraag telt niet mee.",
        "Laat de codes tussen [ ] in de kolomkoppen staan: daaraan herkent de planner de vragen "
        "(plan leerdoelwijzer import).",
        "",
        "De situaties in deze vragenlijst:",
    ]
    for rij, tekst in enumerate(regels, start=1):
        tekstcel(blad, rij, 1, tekst).alignment = Alignment(wrap_text=True, vertical="top")
    blad["A1"].font = Font(bold=True, size=14)
    blad[f"A{len(regels)}"].font = Font(bold=True)
    for rij, situatie in enumerate(lijst.situaties, start=len(regels) + 1):
        tekstcel(blad, rij, 1, f"{situatie.nummer}. {situatie.frequentie.tekst}")
    blad.column_dimensions["A"].width = 110
