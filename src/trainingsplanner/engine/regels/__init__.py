"""Het register: één generator per sessie of activiteit, met de regelcodes die hij toepast.

De volgorde van `REGISTER` is de volgorde waarin voorstellen ontstaan (en bij gelijke start
geplaatst worden): eerst de organisatie, dan per team, dan per jaar van de cyclus. `plan
explain REGEL` leest hier welke generatoren een regel toepassen; de README toont de tabel.
"""

from __future__ import annotations

from trainingsplanner.engine.context import Context
from trainingsplanner.engine.regels import rollen, stap1, stap4, teams, vaardigheden
from trainingsplanner.engine.regels.generator import Generator
from trainingsplanner.engine.voorstel import Voorstel

REGISTER: tuple[Generator, ...] = (
    stap1.herstel,
    stap1.bestuursincident,
    rollen.trainers_opleiden,
    stap1.normstelling,
    stap1.kennis_e_learning,
    rollen.voorbereiding_leidinggevenden,
    rollen.leidinggevenden,
    rollen.bot,
    rollen.staf,
    teams.teamsessie,
    teams.mentor,
    teams.basiscompetenties,
    vaardigheden.kennis_vooraf,
    vaardigheden.vaardigheidstraining,
    teams.teamtraining,
    stap4.werkoverleg,
    stap4.hr_gesprek,
    stap4.incidentevaluatie,
    stap4.introductie,
    stap4.leerdoelen_herzien,
    stap4.opfrisser,
)


def voorstellen(ctx: Context) -> list[Voorstel]:
    """Alle voorstellen, in vaste volgorde: organisatie, dan elk team, dan elk jaar."""
    uit = [v for g in REGISTER if g.per == "organisatie" for v in g.maak(ctx)]
    per_team = [g for g in REGISTER if g.per == "team"]
    for plek in ctx.teams():
        van_het_team = [v for g in per_team for v in g.maak(ctx, plek)]
        teams.voorrang(ctx, plek, van_het_team)
        uit.extend(van_het_team)
    per_jaar = [g for g in REGISTER if g.per == "jaar"]
    for jaar in range(ctx.profiel.looptijd_jaren):
        uit.extend(v for g in per_jaar for v in g.maak(ctx, jaar))
    return uit


def toepassers(regel: str) -> list[Generator]:
    """De generatoren die deze regel toepassen, in de volgorde van het register."""
    return [g for g in REGISTER if regel in g.regels]
