"""Rollen die geen functiegroep zijn: leidinggevenden (voorbereiding R3.2, training R3.3),
BOT (R6.2), staf (R7.7) en de interne trainers (R8.3)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from trainingsplanner.catalogus.behoeften import Doelgroepen, Sessies, Verwijzing
from trainingsplanner.catalogus.modellen import Sessie
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.keuze import elementen_van
from trainingsplanner.engine.regels.generator import voor_organisatie
from trainingsplanner.engine.voorstel import Voorstel, code

_INTERN = "geschikt voor een interne trainer (train-de-trainer)"


def _per_doelgroep(
    ctx: Context,
    verwijzing: Verwijzing[Sessie],
    waarom: Callable[[int], list[str]],
    interne_trainer: str | None = None,
    toelichting: str | None = None,
    *,
    id_naar_sessie: bool = False,
) -> Iterator[Voorstel]:
    """Eén onderdeel per doelgroep van de sessie; `waarom` krijgt het aantal deelnemers. De id
    noemt de doelgroep (`stap3-bot`), of met `id_naar_sessie` de sessie zelf."""
    sessie = verwijzing.uit(ctx.catalogus)
    for doelgroep, deelnemers in ctx.doelgroepen_van(sessie):
        yield Voorstel.uit_sessie(
            sessie,
            ctx,
            id=code(sessie, sessie.id if id_naar_sessie else doelgroep),
            doelgroep=doelgroep,
            deelnemers=deelnemers,
            waarom=waarom(deelnemers),
            interne_trainer=interne_trainer,
            toelichting=toelichting or sessie.inhoud,
        )


@voor_organisatie(Sessies.VOORBEREIDING_LEIDINGGEVENDEN, regels=("R3.2", "R2.1", "D6"))
def voorbereiding_leidinggevenden(ctx: Context) -> Iterator[Voorstel]:
    """R3.2 (l.709-714): de leidinggevenden zijn voorbereid vóór hun team aan de slag gaat."""
    yield from _per_doelgroep(
        ctx,
        Sessies.VOORBEREIDING_LEIDINGGEVENDEN,
        lambda n: [
            f"R3.2: vóór de teams aan de slag gaan, staan de {n} leidinggevenden stil bij nut en "
            "noodzaak van het thema, hun rol en hoe zij het proces naar een teamnorm "
            "faciliteren (l.709-714)",
            "R2.1: in stap 2 hebben de leidinggevenden de hoofdrol bij de werkafspraken van hun "
            "team, zo nodig ondersteund door de coördinator agressie en geweld",
        ],
        id_naar_sessie=True,
    )


@voor_organisatie(
    Sessies.LEIDINGGEVENDEN,
    regels=("R3.3", "R6.6", "R7.3", "R5.4", "R3.2", "R6.2", "R6.7"),
    ook=(Doelgroepen.MT, Doelgroepen.LEIDINGGEVENDEN),
)
def leidinggevenden(ctx: Context) -> Iterator[Voorstel]:
    """R3.3/R6.6/R7.3: een eigen training, klaar vóór elk onderdeel van stap 3 voor
    medewerkers (R3.2)."""
    sessie = Sessies.LEIDINGGEVENDEN.uit(ctx.catalogus)
    mt = ctx.deelnemers(Doelgroepen.MT.id)
    overig = ctx.deelnemers(Doelgroepen.LEIDINGGEVENDEN.id)
    eerder = [
        e
        for bron in sessie.niet_herhalen_uit
        for e in ctx.catalogus.sessies[bron].elementen
        if e in ctx.catalogus.leidinggevenden_elementen()
    ]
    waarom = [
        "R3.3: leidinggevenden worden getraind voor hun eigen rol tijdens en na incidenten "
        f"({mt} MT-leden en {overig} leidinggevenden)",
        "R6.6: de vaardigheden komen uit de lijst voor leidinggevenden",
        f"R6.2: {ctx.elementnamen(sessie.extra_elementen)} horen bij hun rol: afhandeling en "
        "schokverwerking zijn voor leidinggevenden en BOT (tabel 2, l.552, l.587), coaching on "
        "the job voor leidinggevenden (tabel 4, l.669)",
        "R7.3: norm uitdragen, voorbeeldrol, coachen op veiligheid, nazorg, ordegesprekken",
        "R5.4: hoger management draagt de norm uit; direct leidinggevenden worden getraind",
        "R3.2: deze training is klaar vóór elk onderdeel van stap 3 voor medewerkers: kennis "
        "vooraf, basiscompetenties, vaardigheidstraining en teamtraining",
    ]
    if eerder:
        waarom.append(
            f"R6.7: de kennis van de lijst ({ctx.elementnamen(list(dict.fromkeys(eerder)))}) "
            "kregen zij al in de normstelling en de voorbereiding; deze training oefent de "
            "vaardigheden"
        )
    yield from _per_doelgroep(
        ctx,
        Sessies.LEIDINGGEVENDEN,
        lambda _: list(waarom),
        toelichting=f"{sessie.doel}. {sessie.inhoud}.",
    )


@voor_organisatie(Sessies.BOT, regels=("R6.2", "R8.3", "D6"))
def bot(ctx: Context) -> Iterator[Voorstel]:
    """R6.2: afhandeling, schokverwerking en opvang en nazorg zijn voor leidinggevenden en BOT."""
    namen = ctx.elementnamen(elementen_van(ctx, Sessies.BOT.uit(ctx.catalogus)).elementen)
    yield from _per_doelgroep(
        ctx,
        Sessies.BOT,
        lambda n: [f"R6.2: {namen} zijn alleen voor leidinggevenden en BOT ({n} BOT-leden)"],
        _INTERN,
    )


@voor_organisatie(Sessies.STAF, regels=("R7.7", "R8.3"))
def staf(ctx: Context) -> Iterator[Voorstel]:
    """R7.7: stafmedewerkers krijgen preventie en begeleiding voor de eigen organisatie."""
    yield from _per_doelgroep(
        ctx,
        Sessies.STAF,
        lambda n: [
            f"R7.7: preventie en begeleiding afgestemd op de eigen organisatie ({n} stafmedewerkers)"
        ],
        _INTERN,
    )


@voor_organisatie(Sessies.TRAINERS_OPLEIDEN, regels=("R8.3", "D6"), ook=(Doelgroepen.STAF,))
def trainers_opleiden(ctx: Context) -> Iterator[Voorstel]:
    """R8.3 (l.1165): geeft een interne trainer sessies, dan loopt hij eerst mee en krijgt hij
    intervisie. Met train_de_trainer in het profiel geeft hij ten minste de normstelling."""
    if not ctx.profiel.voorkeuren.train_de_trainer:
        return
    sessie = Sessies.TRAINERS_OPLEIDEN.uit(ctx.catalogus)
    staf = ctx.deelnemers(Doelgroepen.STAF.id)
    wie = (
        f"de {staf} stafmedewerkers, onder wie de coördinator agressie en geweld"
        if staf
        else "de interne trainer (het profiel telt geen stafmedewerkers)"
    )
    yield Voorstel.uit_sessie(
        sessie,
        ctx,
        id=code(sessie, sessie.id),
        doelgroep=Doelgroepen.STAF.id,
        deelnemers=max(staf, 1),
        waarom=[
            "R8.3: interne trainers geven een deel van de sessies; zij worden opgeleid door "
            f"een aantal keer mee te lopen en door intervisie (l.1165): {wie}",
            "R8.3: dit gaat vóór de eerste sessie die een interne trainer geeft",
        ],
    )
