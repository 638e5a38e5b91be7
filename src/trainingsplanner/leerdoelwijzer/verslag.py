"""Het verslag van `plan leerdoelwijzer import`: per team de respons en wat teamleerdoel wordt.

De respons telt tegen `medewerkers` uit het profiel: de leerdoelen sturen de
vaardigheidstraining van het team, die voor de medewerkers is (leidinggevenden krijgen hun
eigen training, R3.3), en de handreiking laat medewerkers de vragenlijst invullen (R2.2).
Meer ingevulde vragenlijsten dan medewerkers kan niet kloppen: dat team wordt niet bijgewerkt.
"""

from __future__ import annotations

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.context import kort
from trainingsplanner.fouten import zichtbaar
from trainingsplanner.leerdoelwijzer.antwoorden import Teamuitslag, Uitslag
from trainingsplanner.opmaak import aantal


def regels(uitslag: Uitslag, cat: Catalogus) -> list[str]:
    totaal = sum(t.respondenten for t in uitslag.teams)
    teams = aantal(len(uitslag.teams), "team", "teams")
    uit = [
        f"Leerdoelwijzer: {aantal(totaal, 'ingevulde vragenlijst', 'ingevulde vragenlijsten')} "
        f"uit {teams} (R2.2)."
    ]
    uit += [f"  {melding}" for melding in uitslag.genegeerd]
    if uitslag.rijen_zonder_antwoord:
        rijen = aantal(uitslag.rijen_zonder_antwoord, "rij", "rijen")
        uit.append(f"  {rijen} zonder antwoord op een schaalvraag: niet meegeteld.")
    if uitslag.zonder_antwoorden:
        uit.append(f"  Geen antwoorden van: {', '.join(uitslag.zonder_antwoorden)}.")
    for team in uitslag.teams:
        uit.append("")
        uit += _team(team, uitslag, cat)
    return [zichtbaar(r) for r in uit]


def niet_bijgewerkt(uitslag: Uitslag) -> list[str]:
    """Teams met meer ingevulde vragenlijsten dan medewerkers (exit 1)."""
    return [t.team for t in uitslag.teams if t.te_veel]


def _respons(team: Teamuitslag) -> str:
    procent = round(team.respondenten / team.medewerkers * 100)
    procent_tekst = f" ({procent}%)" if team.bijwerken else ""  # kleine groep: geen cijfers
    return f"respons {team.respondenten} van {team.medewerkers} medewerkers{procent_tekst}"


def _team(team: Teamuitslag, uitslag: Uitslag, cat: Catalogus) -> list[str]:
    if team.te_veel:
        return [
            f"{team.team}: {_respons(team)}: meer ingevulde vragenlijsten dan medewerkers in het "
            "profiel. Staat een rij dubbel, hoort een rij bij een ander team, of klopt "
            "'medewerkers' in het profiel niet? Dit team wordt niet bijgewerkt."
        ]
    if team.te_weinig:
        return [
            f"{team.team}: {_respons(team)}; minder dan {uitslag.minimum} ingevulde "
            "vragenlijsten. Uit privacyoverwegingen geen cijfers; voeg dit team samen met een "
            "verwant team of vraag meer collega's om in te vullen."
        ]
    uit = [f"{team.team}: {_respons(team)}; teamleerdoel vanaf {round(uitslag.drempel * 100)}%."]
    for code, aandeel in team.aandeel.items():
        teken = "→ teamleerdoel" if code in team.nieuwe_leerdoelen else ""
        uit.append(
            f"  {round(aandeel * 100):>3}%  {kort(cat.elementen[code].naam)} {teken}".rstrip()
        )
    if team.individueel:
        namen = ", ".join(
            f"{kort(cat.elementen[c].naam).lower()} ({n})" for c, n in team.individueel.items()
        )
        uit.append(f"  Individuele leerdoelen voor het HR-gesprek (R3.4), aantal personen: {namen}")
    if team.open_antwoorden:
        antwoorden = aantal(team.open_antwoorden, "antwoord", "antwoorden")
        uit.append(f"  {antwoorden} op open vragen: lees ze in het antwoordbestand zelf.")
    return uit
