"""Antwoorden lezen (CSV zoals Nederlandse Excel hem schrijft, of XLSX) en per team optellen.

Er worden mensen geteld, geen rijen: een rij telt alleen mee met minstens één antwoord op een
schaalvraag; een rij met alleen een teamnaam (een onaangeroerd sjabloon) telt niet.
Privacy (AVG): per persoon wordt niets bewaard of getoond. Kolommen met namen, e-mail of
andere kenmerken van de invuller worden genegeerd en als genegeerd gemeld; een team met te
weinig respondenten krijgt geen cijfers, alleen een advies. Een melding noemt rij en kolom,
nooit wat iemand heeft ingevuld.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.cellen import FORMULETEKENS
from trainingsplanner.bestanden.lezen import lees_bytes
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.leerdoelwijzer.kolommen import Kolommen, indeling
from trainingsplanner.leerdoelwijzer.tabel import MAX_BYTES, Meldingen, Tabel, fout, kolomletter
from trainingsplanner.profiel.model import Profiel, Team
from trainingsplanner.suggestie import dichtstbij

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Teamuitslag:
    team: str
    index: int
    """Plaats van het team in het profiel (teams[index])."""
    respondenten: int
    medewerkers: int
    te_weinig: bool
    aandeel: dict[str, float] = field(default_factory=dict)
    nieuwe_leerdoelen: list[str] = field(default_factory=list)
    leerdoelen: list[str] = field(default_factory=list)
    individueel: dict[str, int] = field(default_factory=dict)
    open_antwoorden: int = 0

    @property
    def te_veel(self) -> bool:
        """Meer ingevulde vragenlijsten dan medewerkers: dit aantal kan niet kloppen."""
        return self.respondenten > self.medewerkers

    @property
    def bijwerken(self) -> bool:
        return not (self.te_weinig or self.te_veel)


@dataclass
class Uitslag:
    teams: list[Teamuitslag]
    genegeerd: list[str]
    drempel: float
    minimum: int
    zonder_antwoorden: list[str] = field(default_factory=list)
    """Teams uit het profiel zonder één ingevulde vragenlijst in dit bestand."""
    rijen_zonder_antwoord: int = 0
    """Rijen met inhoud maar zonder antwoord op een schaalvraag: niet meegeteld."""


def lees(pad: Path) -> Tabel:
    naam = toon_pad(pad)
    ruw = lees_bytes(pad, naam, MAX_BYTES)
    if len(ruw) > MAX_BYTES:
        raise fout(naam, 1, 1, "bestand is groter dan 20 MB")
    if ruw[:2] == b"PK":
        from trainingsplanner.leerdoelwijzer.xlsxlezer import lees_xlsx

        return lees_xlsx(ruw, naam)
    if ruw.startswith(_OLE):
        raise fout(
            naam,
            1,
            1,
            "dit is een oud Excel-bestand (.xls) of een Excel-bestand met wachtwoord; sla het "
            "op als Excel-werkmap (.xlsx) zonder wachtwoord, of als CSV",
        )
    from trainingsplanner.leerdoelwijzer.csvlezer import lees_csv

    return lees_csv(ruw, naam)


def tel(tabel: Tabel, profiel: Profiel, cat: Catalogus, drempel: float | None = None) -> Uitslag:
    """Tel per team; alle fouten samen met rij en kolom. Geeft geen gegevens per persoon terug."""
    wijzer = cat.leerdoelwijzer
    teller = _Teller(tabel, indeling(tabel, cat), profiel.teams, cat)
    for rijnummer, rij in tabel.rijen:
        teller.rij(rijnummer, rij)
    teller.meldingen.stop_als_nodig()
    if not teller.respondenten:
        bericht = (
            "geen ingevulde vragenlijsten: geen enkele rij heeft een antwoord op een schaalvraag "
            f"({teller.zonder_antwoord} rijen met alleen een team of een open antwoord)"
            if teller.zonder_antwoord
            else "er staan geen antwoorden in het bestand"
        )
        raise fout(tabel.bestand, tabel.koprij + 1, 1, bericht)
    return teller.uitslag(profiel, cat, wijzer.drempel if drempel is None else drempel)


class _Teller:
    """Telt rij voor rij, per team: ingevulde vragenlijsten, behoefte per element, open antwoorden."""

    def __init__(self, tabel: Tabel, kolommen: Kolommen, teams: list[Team], cat: Catalogus) -> None:
        wijzer = cat.leerdoelwijzer
        self.tabel = tabel
        self.kolommen = kolommen
        self.teams = _Teamzoeker(teams)
        self.meldingen = Meldingen(tabel.bestand)
        self.schalen = {
            "freq": {p.label.casefold(): p.waarde for p in wijzer.schaal_frequentie},
            "leren": {p.label.casefold(): p.waarde for p in wijzer.schaal_behoefte},
        }
        self.respondenten: dict[int, int] = defaultdict(int)
        self.nodig: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
        self.open_antwoorden: dict[int, int] = defaultdict(int)
        self.zonder_antwoord = 0

    def rij(self, rijnummer: int, rij: list[str]) -> None:
        nodig = self._schaalantwoorden(rijnummer, rij)
        if nodig is None:
            self.zonder_antwoord += 1
            return
        team = self.kolommen.team
        teamnaam = rij[team].strip() if team < len(rij) else ""
        index = self.teams.zoek(teamnaam)
        if index is None:
            bericht = "" if self.meldingen.vol else self.teams.onbekend(teamnaam)
            self.meldingen.voeg_toe(rijnummer, team + 1, self.tabel.koppen[team], bericht)
            return
        self.respondenten[index] += 1
        for code in nodig:
            self.nodig[index][code] += 1
        self.open_antwoorden[index] += sum(
            1 for i in self.kolommen.open if i < len(rij) and rij[i].strip()
        )

    def _schaalantwoorden(self, rijnummer: int, rij: list[str]) -> list[str] | None:
        """De elementen die deze persoon nodig heeft; None als hij geen schaalvraag invulde."""
        beantwoord = False
        nodig: list[str] = []
        for i, (soort, code) in self.kolommen.schaal.items():
            waarde = rij[i].strip() if i < len(rij) else ""
            if not waarde:
                continue
            beantwoord = True
            getal = _waarde(waarde, self.schalen[soort])
            if getal is None:
                keuzes = ", ".join(self.schalen[soort])
                bericht = f"geen antwoord op deze schaal; kies uit: {keuzes}"
                self.meldingen.voeg_toe(rijnummer, i + 1, f"kolom {kolomletter(i)}", bericht)
            elif soort == "leren" and getal >= self.kolommen.behoefte_vanaf:
                nodig.append(code)
        return nodig if beantwoord else None

    def uitslag(self, profiel: Profiel, cat: Catalogus, drempel: float) -> Uitslag:
        minimum = cat.leerdoelwijzer.minimum_respondenten
        uitslagen: list[Teamuitslag] = []
        zonder: list[str] = []
        for index, team in enumerate(profiel.teams):
            n = self.respondenten.get(index, 0)
            if n == 0:
                zonder.append(team.naam)
                continue
            uitslag = Teamuitslag(
                team.naam,
                index,
                n,
                team.medewerkers,
                n < minimum,
                open_antwoorden=self.open_antwoorden[index],
            )
            if uitslag.bijwerken:
                _leerdoelen(uitslag, team, self.nodig[index], cat, drempel)
            uitslagen.append(uitslag)
        genegeerd = self.kolommen.genegeerd
        return Uitslag(uitslagen, genegeerd, drempel, minimum, zonder, self.zonder_antwoord)


def _leerdoelen(
    uitslag: Teamuitslag, team: Team, nodig: dict[str, int], cat: Catalogus, drempel: float
) -> None:
    n = uitslag.respondenten
    for code, aantal in sorted(nodig.items(), key=lambda x: (-x[1], x[0])):
        if not cat.elementen[code].doelgroep.staat_toe(team.functiegroep, "team"):
            continue
        uitslag.aandeel[code] = aantal / n
        if aantal / n >= drempel:
            uitslag.nieuwe_leerdoelen.append(code)
        elif code not in team.leerdoelen:
            uitslag.individueel[code] = aantal
    uitslag.leerdoelen = list(dict.fromkeys([*team.leerdoelen, *uitslag.nieuwe_leerdoelen]))


class _Teamzoeker:
    """Teamnaam → plaats in het profiel; 'Bedoelde u'-suggesties één keer per naam.

    Bij veel teams vergelijkt difflib alleen met de teams die de meeste stukjes van drie
    tekens met de naam delen: tegen 5.000 bijna gelijke namen kost elke suggestie anders
    een kwart seconde.
    """

    def __init__(self, teams: list[Team]) -> None:
        self.namen = [t.naam for t in teams]
        self.index = {t.naam.casefold(): i for i, t in enumerate(teams)}
        self.hints: dict[str, str] = {}
        self._drietallen: dict[str, list[int]] | None = None

    def _kandidaten(self, naam: str) -> list[str]:
        if len(self.namen) <= _KANDIDATEN:
            return self.namen
        if self._drietallen is None:
            self._drietallen = defaultdict(list)
            for i, bekend in enumerate(self.namen):
                for drietal in _drietallen(bekend):
                    self._drietallen[drietal].append(i)
        teller: Counter[int] = Counter()
        for drietal in _drietallen(naam):
            teller.update(self._drietallen.get(drietal, ()))
        return [self.namen[i] for i, _ in teller.most_common(_KANDIDATEN)]

    def zoek(self, naam: str) -> int | None:
        gevonden = self.index.get(naam.casefold())
        if gevonden is None and naam[:1] == "'" and naam[1:2] in FORMULETEKENS:
            gevonden = self.index.get(naam[1:].casefold())  # zo beschermd tegen formules
        return gevonden

    def onbekend(self, naam: str) -> str:
        """Een melding die de ingevulde tekst alleen noemt als die op een bekend team lijkt."""
        if not naam:
            return "team is leeg; kies het team in deze kolom"
        if naam not in self.hints:
            beste = dichtstbij(naam, self._kandidaten(naam)) if len(naam) <= 200 else None
            self.hints[naam] = (
                f"onbekend team '{_kort(naam)}'. Bedoelde u '{beste}'?"
                if beste
                else "onbekend team: deze naam staat niet in het profiel; kies een team uit het profiel"
            )
        return self.hints[naam]


_KANDIDATEN = 50


def _drietallen(naam: str) -> set[str]:
    tekst = f" {naam.casefold()} "
    return {tekst[i : i + 3] for i in range(len(tekst) - 2)}


def _kort(tekst: str) -> str:
    return tekst if len(tekst) <= 60 else tekst[:57] + "…"


def _waarde(tekst: str, schaal: dict[str, int]) -> int | None:
    sleutel = tekst.strip().casefold()
    if sleutel in schaal:
        return schaal[sleutel]
    if re.fullmatch(r"[0-9]{1,2}", sleutel) and int(sleutel) in schaal.values():
        return int(sleutel)
    return None
