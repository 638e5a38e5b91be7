"""Wat de engine uit de catalogus nodig heeft (catalogus/behoeften.py), op een bewerkte kopie.

Elk geval draait `plan validate --catalogus KOPIE` én `plan generate --catalogus KOPIE`:
beide melden het probleem met bestand:regel:kolom en stoppen met exit 2, nooit met een
traceback.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import DATA, REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import ALLE, Sessies
from trainingsplanner.catalogus.controles import CONTROLES
from trainingsplanner.cli.app import app

runner = CliRunner()
KLEIN = REPO / "examples" / "klein.yaml"


@pytest.fixture
def kopie(tmp_path: Path) -> Path:
    doel = tmp_path / "kopie"
    shutil.copytree(DATA, doel)
    return doel


def _vervang(bestand: Path, oud: str, nieuw: str, *, aantal: int = -1) -> None:
    tekst = bestand.read_text(encoding="utf-8")
    assert oud in tekst, f"{oud!r} staat niet in {bestand.name}"
    bestand.write_text(tekst.replace(oud, nieuw, aantal), encoding="utf-8")


def _overal(map: Path, oud: str, nieuw: str) -> None:
    """Hernoem een code in alle catalogusbestanden: verwijzingen kloppen, alleen de engine mist hem."""
    for bestand in map.glob("*.yaml"):
        tekst = bestand.read_text(encoding="utf-8")
        bestand.write_text(tekst.replace(oud, nieuw), encoding="utf-8")


def _meldt(kopie: Path, bestand: str, *fragmenten: str) -> None:
    """validate en generate: exit 2, een melding `bestand:regel:kolom: …` met de fragmenten."""
    opdrachten = (
        ["validate", "--catalogus", str(kopie)],
        ["generate", "--catalogus", str(kopie), "--gemeente", str(KLEIN), "--out", "-"],
    )
    for opdracht in opdrachten:
        resultaat = runner.invoke(app, opdracht)
        assert resultaat.exit_code == 2, (opdracht[0], resultaat.output)
        assert resultaat.exception is None or isinstance(resultaat.exception, SystemExit)
        assert "Traceback" not in resultaat.stderr
        plek = re.escape(bestand) + r":\d+:\d+: "
        regels = [r for r in resultaat.stderr.splitlines() if re.search(plek, r)]
        assert any(all(f in r for f in fragmenten) for r in regels), (opdracht[0], resultaat.stderr)
        assert resultaat.stdout == ""


def test_R6_7_hernoemde_sessie_kennis_vooraf_met_plek_en_hint(kopie: Path) -> None:
    _overal(kopie, "kennis-vooraf", "kennis-voraf")
    _meldt(
        kopie,
        "stappenplan.yaml",
        "sessies[4].id: de engine gebruikt sessie 'kennis-vooraf'",
        "Bedoelde u 'kennis-voraf'?",
    )


def test_R7_6_ontbrekende_sessie_teamtraining_bij_de_lijst_sessies(kopie: Path) -> None:
    bestand = kopie / "stappenplan.yaml"
    tekst = bestand.read_text(encoding="utf-8")
    begin = tekst.index("  - id: teamtraining")
    einde = tekst.index("  - id: bot")
    tekst = tekst[:begin] + tekst[einde:]
    tekst = "\n".join(r for r in tekst.splitlines() if "teamtraining" not in r) + "\n"
    bestand.write_text(tekst, encoding="utf-8")
    _meldt(kopie, "stappenplan.yaml", "sessies: de engine gebruikt sessie 'teamtraining'")


def test_R4_1_ontbrekende_activiteit_opfrisser(kopie: Path) -> None:
    _overal(kopie, "opfrisser", "herhaling")
    _meldt(kopie, "stappenplan.yaml", "de engine gebruikt activiteit 'opfrisser'")


def test_R3_5_ontbrekend_element_van_de_incidentevaluatie(kopie: Path) -> None:
    _overal(kopie, "incidenten-bespreken-en-leren", "incidenten-nabespreken")
    _meldt(
        kopie,
        "trainingselementen.yaml",
        "de engine gebruikt element 'incidenten-bespreken-en-leren'",
        "Bedoelde u 'incidenten-nabespreken'?",
    )


def test_R7_8_hernoemde_sessie_mentor(kopie: Path) -> None:
    _overal(kopie, "id: mentor", "id: mentoraat")
    _meldt(kopie, "stappenplan.yaml", "de engine gebruikt sessie 'mentor'")


def test_R4_1_ontbrekende_activiteit_leerdoelen_herzien(kopie: Path) -> None:
    _overal(kopie, "leerdoelen-herzien", "leerdoelen-opnieuw")
    _meldt(kopie, "stappenplan.yaml", "de engine gebruikt activiteit 'leerdoelen-herzien'")


def test_RV1_onbekende_randvoorwaarde_in_de_herstelketen(kopie: Path) -> None:
    _vervang(kopie / "stappenplan.yaml", "lost_op: [RV1]", "lost_op: [RV9]")
    _meldt(
        kopie, "stappenplan.yaml", "herstelketen[0].lost_op[0]", "onbekende randvoorwaarde 'RV9'"
    )


def test_R6_2_beperkt_element_in_een_vaste_sessie_wordt_gemeld(kopie: Path) -> None:
    _vervang(
        kopie / "stappenplan.yaml",
        "kennis-van-protocol, preventie, opvang-en-nazorg-organiseren]",
        "kennis-van-protocol, preventie, opvang-en-nazorg]",
    )
    _meldt(
        kopie,
        "stappenplan.yaml",
        "element 'opvang-en-nazorg' is alleen voor leidinggevenden, bot (R6.2, D3)",
        "doelgroep 'staf' van sessie 'staf'",
    )


def test_R3_2_eis_binnen_een_soort_met_andere_doelgroepen_is_geen_kring(
    catalogus: Catalogus,
) -> None:
    eisen = [e for e in catalogus.stappenplan.volgorde if e.voor == e.na]
    assert eisen and all(e.voor_doelgroepen and e.na_doelgroepen for e in eisen)


def test_D2_ontbrekende_doelgroep_die_het_profiel_telt(kopie: Path) -> None:
    _overal(kopie, "nieuwe-medewerkers", "nieuwkomers")
    _meldt(kopie, "functiegroepen.yaml", "de engine gebruikt doelgroep 'nieuwe-medewerkers'")


def test_R6_6_onbekende_elementen_uit(kopie: Path) -> None:
    _vervang(
        kopie / "stappenplan.yaml",
        "elementen_uit: leidinggevenden-lijst",
        "elementen_uit: lijst-leidinggevenden",
    )
    _meldt(kopie, "stappenplan.yaml", "sessies[7].elementen_uit", "'lijst-leidinggevenden'")


def test_R7_4_functiegroep_lijst_alleen_bij_een_sessie_voor_teams(kopie: Path) -> None:
    _vervang(
        kopie / "stappenplan.yaml",
        "elementen_uit: leidinggevenden-lijst",
        "elementen_uit: functiegroep-lijst",
    )
    _meldt(kopie, "stappenplan.yaml", "sessies[7].elementen_uit: 'functiegroep-lijst' kiest")


def test_R1_1_kring_in_de_volgorde(kopie: Path) -> None:
    _vervang(
        kopie / "stappenplan.yaml",
        "  - {voor: vaardigheidstraining, na: opfrisser, bereik: team, bron: [R4.1]}\n",
        "  - {voor: vaardigheidstraining, na: opfrisser, bereik: team, bron: [R4.1]}\n"
        "  - {voor: teamtraining, na: teamsessie, bereik: team, bron: [R2.1]}\n",
    )
    _meldt(
        kopie,
        "stappenplan.yaml",
        "volgorde[27]: de volgorde-eisen vormen een kring: teamtraining → teamsessie → ",
    )


def test_R1_1_eis_op_zichzelf_is_ook_een_kring(kopie: Path) -> None:
    _vervang(
        kopie / "stappenplan.yaml",
        "{voor: normstelling, na: staf,",
        "{voor: staf, na: staf,",
    )
    _meldt(kopie, "stappenplan.yaml", "de volgorde-eisen vormen een kring: staf → staf")


def test_signaal_ontbreekt_wordt_gemeld_in_plaats_van_keyerror(kopie: Path) -> None:
    bestand = kopie / "stappenplan.yaml"
    tekst = bestand.read_text(encoding="utf-8")
    bestand.write_text(tekst[: tekst.index("  toetspunt:\n")], encoding="utf-8")
    _meldt(kopie, "stappenplan.yaml", "signaal ontbreekt: toetspunt")


def test_de_controle_behoeften_staat_in_de_tabel_en_de_catalogus_is_compleet() -> None:
    namen = [naam for naam, _ in CONTROLES]
    assert "behoeften" in namen and "volgorde-zonder-kring" in namen
    resultaat = runner.invoke(app, ["validate"])
    assert resultaat.exit_code == 0, resultaat.output


def test_elke_benoemde_verwijzing_is_uniek_en_staat_in_de_meegeleverde_catalogus(
    catalogus: Catalogus,
) -> None:
    sleutels = [(v.soort.naam, v.id) for v in ALLE]
    assert len(sleutels) == len(set(sleutels))
    assert all(v.in_catalogus(catalogus) for v in ALLE)
    assert Sessies.NORMSTELLING.uit(catalogus).id == "normstelling"


def test_R2_2_situatie_van_een_onbekend_element_wordt_gemeld(tmp_path: Path) -> None:
    """Een tikfout in `situaties` (leerdoelwijzer.yaml) valt anders stil terug op de elementnaam."""
    import shutil

    from typer.testing import CliRunner

    from trainingsplanner.bestanden.bronnen import datamap
    from trainingsplanner.cli.app import app

    kopie = tmp_path / "data"
    shutil.copytree(datamap(), kopie)
    pad = kopie / "leerdoelwijzer.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert '  risicoanalyse: "u vooraf' in tekst
    pad.write_text(
        tekst.replace('  risicoanalyse: "u vooraf', '  risicoanalise: "u vooraf'), encoding="utf-8"
    )
    resultaat = CliRunner().invoke(app, ["validate", "--catalogus", str(kopie)])
    assert resultaat.exit_code == 2
    assert (
        "situaties.risicoanalise: onbekend element 'risicoanalise'. Bedoelde u 'risicoanalyse'?"
        in resultaat.stderr
    )
