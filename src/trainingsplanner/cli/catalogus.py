"""`plan catalogus`: bladeren door de handreiking (functiegroepen, elementen, opleidingen, regels)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from trainingsplanner.cli.opties import CatalogusOptie, TekstOfJson, laad_catalogus
from trainingsplanner.cli.rand import over
from trainingsplanner.formaat import Formaat

if TYPE_CHECKING:
    from trainingsplanner.catalogus.overzicht import Overzicht

catalogus_app = typer.Typer(
    help="Blader door de handreiking: functiegroepen, elementen, opleidingen en regels.",
    epilog="Voorbeeld: plan catalogus elementen --functiegroep buitendienst",
    invoke_without_command=True,
    no_args_is_help=False,
)


def _toon_overzicht(overzicht: Overzicht, formaat: Formaat) -> None:
    from trainingsplanner.cli.uitvoer import print_json, print_tabel

    if formaat is Formaat.json:
        print_json(overzicht.records)
    else:
        print_tabel(overzicht.titel, overzicht.kolommen, overzicht.rijen)


@catalogus_app.callback()
def _catalogus_hoofd(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """Zonder onderdeel: een overzicht van alles (met --format json de hele catalogus)."""
    ctx.obj = catalogus
    if ctx.invoked_subcommand is not None:
        return
    from trainingsplanner.catalogus import overzicht
    from trainingsplanner.cli.uitvoer import print_json

    cat = laad_catalogus(catalogus)
    if formaat is Formaat.json:
        print_json(overzicht.alles(cat))
        return
    data = overzicht.alles(cat)
    rijen = [[deel, str(len(items))] for deel, items in data.items()]
    from trainingsplanner.cli.uitvoer import print_tabel, schrijf_uit

    print_tabel("Catalogus", ["onderdeel", "aantal"], rijen)
    schrijf_uit(
        "Bekijk een onderdeel met: plan catalogus functiegroepen | elementen | opleidingen | "
        "regels | toon ID\n"
    )


def _map_uit(ctx: typer.Context, eigen: Path | None) -> Path | None:
    if eigen is not None:
        return eigen
    gevonden = ctx.obj
    return gevonden if isinstance(gevonden, Path) else None


@catalogus_app.command("functiegroepen", epilog="Voorbeeld: plan catalogus functiegroepen")
def catalogus_functiegroepen(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """De vijf functiegroepen van tabel 1 en de doelgroepen die geen functiegroep zijn."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.functiegroepen(laad_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command(
    "elementen", epilog="Voorbeeld: plan catalogus elementen --functiegroep buitendienst"
)
def catalogus_elementen(
    ctx: typer.Context,
    functiegroep: Annotated[
        str | None,
        typer.Option("--functiegroep", help="Alleen elementen die voor deze functiegroep kunnen."),
    ] = None,
    cluster: Annotated[
        str | None, typer.Option("--cluster", help="Alleen elementen van dit cluster.")
    ] = None,
    catalogus: CatalogusOptie = None,
    formaat: TekstOfJson = Formaat.tekst,
) -> None:
    """De trainingselementen (tabellen 2 en 4, leidinggevenden, voorbeeldprogramma)."""
    from trainingsplanner.catalogus import overzicht

    cat = laad_catalogus(_map_uit(ctx, catalogus))
    with over("de opdracht"):
        resultaat = overzicht.elementen(cat, functiegroep, cluster)
    _toon_overzicht(resultaat, formaat)


@catalogus_app.command("opleidingen", epilog="Voorbeeld: plan catalogus opleidingen --format json")
def catalogus_opleidingen(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """Opleidingen met de vaardigheidstrainingen die ze al bevatten (tabel 5)."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.opleidingen(laad_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command("indicatoren", epilog="Voorbeeld: plan catalogus indicatoren")
def catalogus_indicatoren(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """Wat er per stap gemeten wordt om te zien of de doelen worden bereikt (R4.1)."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.indicatoren(laad_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command("regels", epilog="Voorbeeld: plan catalogus regels")
def catalogus_regels(
    ctx: typer.Context, catalogus: CatalogusOptie = None, formaat: TekstOfJson = Formaat.tekst
) -> None:
    """Alle regels van de handreiking met hun code (R1.1 … RV5)."""
    from trainingsplanner.catalogus import overzicht

    _toon_overzicht(overzicht.regels(laad_catalogus(_map_uit(ctx, catalogus))), formaat)


@catalogus_app.command("toon", epilog="Voorbeeld: plan catalogus toon R3.2")
def catalogus_toon(
    ctx: typer.Context,
    code: Annotated[
        str,
        typer.Argument(
            metavar="ID", help="Code van een element, functiegroep, opleiding, sessie of regel."
        ),
    ],
    catalogus: CatalogusOptie = None,
    formaat: TekstOfJson = Formaat.tekst,
) -> None:
    """Eén vermelding in zijn geheel, met de tekst van zijn bronregels."""
    from trainingsplanner.catalogus import overzicht
    from trainingsplanner.cli.uitvoer import print_json, schrijf_uit

    cat = laad_catalogus(_map_uit(ctx, catalogus))
    with over("de opdracht"):
        titel, data = overzicht.toon(cat, code)
    if formaat is Formaat.json:
        print_json(data)
        return
    regels = [titel, "=" * len(titel)]
    regels += [
        f"{sleutel}: {_als_tekst(waarde)}"
        for sleutel, waarde in data.items()
        if sleutel not in ("bronregels", "naam")
    ]
    if data.get("bronregels"):
        regels += ["", "Bronregels:"]
        regels += [f"  {regel['id']}: {regel['samenvatting']}" for regel in data["bronregels"]]
    schrijf_uit("".join(f"{regel}\n" for regel in regels))


def _als_tekst(waarde: object) -> str:
    if isinstance(waarde, list):
        return ", ".join(_als_tekst(w) for w in waarde)
    if isinstance(waarde, dict):
        return "; ".join(f"{k}: {_als_tekst(v)}" for k, v in waarde.items())
    if waarde is None:
        return "—"
    if isinstance(waarde, bool):
        return "ja" if waarde else "nee"
    return str(waarde)
