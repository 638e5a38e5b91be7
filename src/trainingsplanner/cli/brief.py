"""`plan brief ID --gemeente x.yaml`: de intakebrief van één extern onderdeel, om te mailen.

Het id komt uit `plan onderdelen` (hoofdletters tellen niet). Een onbekend id of een onderdeel
zonder extern trainingsbureau is een fout in de opdracht (exit 2) met een "Bedoelde u …?".
Schrijven zoals `plan generate`: standaard naast het profiel (`x.brief.ID.html`), `--out -`
naar het scherm, nooit over een bestaand bestand zonder `--force`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from trainingsplanner.cli.opties import (
    CatalogusOptie,
    ForceOptie,
    ProfielArgument,
    ProfielOptie,
    formaatoptie,
    kies_profiel,
    laad_catalogus,
    opdrachtfout,
)
from trainingsplanner.formaat import Formaat

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus

EXTENSIE = {Formaat.md: ".md", Formaat.html: ".html", Formaat.docx: ".docx"}


def brief(
    code: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="Id van een onderdeel met een extern trainingsbureau (zie plan onderdelen).",
        ),
    ],
    profiel: ProfielArgument = None,
    gemeente: ProfielOptie = None,
    formaat: Annotated[
        Formaat,
        formaatoptie(
            Formaat.html,
            Formaat.md,
            Formaat.docx,
            uitleg="html (om te mailen of te printen), md (Markdown) of docx (Word, om aan te "
            "vullen).",
            metavar="<formaat>",
        ),
    ] = Formaat.html,
    out: Annotated[
        str | None,
        typer.Option(
            "--out",
            help="Uitvoerbestand, of een map (die eindigt op / of al bestaat); '-' schrijft "
            "naar het scherm. Standaard naast het profiel: NAAM.brief.ID.html.",
            show_default=False,
            metavar="<pad>",
        ),
    ] = None,
    force: ForceOptie = False,
    catalogus: CatalogusOptie = None,
) -> None:
    """Schrijf de intakebrief voor het trainingsbureau van één extern onderdeel (R7.10)."""
    pad = kies_profiel(profiel, gemeente)
    _voer_uit(pad, code, formaat, out, force, laad_catalogus(catalogus))


def _voer_uit(
    pad: Path, code: str, formaat: Formaat, out: str | None, force: bool, cat: Catalogus
) -> None:
    from trainingsplanner.cli.opties import schrijf_document, uitvoerpad
    from trainingsplanner.cli.uitvoer import schrijf_fout
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.genereren import feestdagcache, vandaag
    from trainingsplanner.profiel.lezen import lees_profiel
    from trainingsplanner.render import brief as briefweergave
    from trainingsplanner.render import briefformaten

    datum = vandaag()
    gelezen = lees_profiel(pad, cat, datum)
    schrijf_fout("".join(f"{w.tekst()}\n" for w in gelezen.waarschuwingen))
    with feestdagcache():
        programma = stel_samen(gelezen.profiel, cat)
    externe = [o.id for o in briefweergave.externe(programma)]
    gevonden = _kies_id(code, [o.id for o in programma.onderdelen], externe)
    inhoud = briefformaten.render(programma, cat, gevonden, formaat.value, datum)
    if out == "-":
        sys.stdout.flush()
        if isinstance(inhoud, bytes):
            sys.stdout.buffer.write(inhoud)
            sys.stdout.buffer.flush()
        else:
            sys.stdout.write(inhoud)
        return
    naast = _standaard(pad, gevonden, formaat)
    doel = uitvoerpad(out or None, lambda map: naast if map is None else map / naast.name)
    schrijf_document(doel, inhoud, force)


def _kies_id(code: str, alle: list[str], externe: list[str]) -> str:
    """Het id zoals het programma het spelt; anders een fout met een suggestie (exit 2)."""
    from trainingsplanner.suggestie import bedoelde_u

    gekozen = code.strip()
    gevonden = next((i for i in alle if i.casefold() == gekozen.casefold()), None)
    if gevonden is None:
        raise opdrachtfout(
            "ID",
            f"'{gekozen}' is geen onderdeel van dit programma.{bedoelde_u(gekozen, externe)} "
            "De ids staan in: plan onderdelen --gemeente PROFIEL",
        )
    if gevonden not in externe:
        raise opdrachtfout(
            "ID",
            f"'{gevonden}' heeft geen extern trainingsbureau; een intakebrief is er alleen voor "
            f"een onderdeel met een externe trainer.{bedoelde_u(gevonden, externe)}",
        )
    return gevonden


def _standaard(profiel: Path, code: str, formaat: Formaat) -> Path:
    """`x.yaml` → `x.brief.ID.html` naast het profiel."""
    naam = profiel.name.removesuffix(".yaml").removesuffix(".yml")
    return profiel.parent / f"{naam}.brief.{code}{EXTENSIE[formaat]}"
