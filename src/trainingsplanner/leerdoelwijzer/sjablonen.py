"""De vragenlijst als printbaar HTML-formulier, en als CSV- en XLSX-sjabloon om terug te importeren."""

from __future__ import annotations

import csv
import io

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.leerdoelwijzer.vragenlijst import Vragenlijst


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
    """Kolomkoppen plus één voorbeeldregel met het team; `;` en UTF-8 met BOM, zoals Excel NL."""
    uit = io.StringIO()
    schrijver = csv.writer(uit, delimiter=";", lineterminator="\r\n")
    schrijver.writerow(lijst.kolommen())
    schrijver.writerow([lijst.team, *("" for _ in lijst.vragen)])
    return "\ufeff" + uit.getvalue()


def xlsx_sjabloon(lijst: Vragenlijst) -> bytes:
    """Hetzelfde sjabloon als Excel-bestand, met keuzelijsten voor de schaalvragen."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    boek = Workbook()
    blad = boek.active
    assert blad is not None
    blad.title = "Antwoorden"
    blad.append(lijst.kolommen())
    for rij in range(2, 202):
        blad.cell(row=rij, column=1, value=lijst.team)
    for i, vraag in enumerate(lijst.vragen, start=2):
        if vraag.keuzes:
            keuze = DataValidation(
                type="list", formula1='"' + ",".join(vraag.keuzes) + '"', allow_blank=True
            )
            blad.add_data_validation(keuze)
            keuze.add(f"{get_column_letter(i)}2:{get_column_letter(i)}201")
    uit = io.BytesIO()
    boek.save(uit)
    return uit.getvalue()
