"""Elke [engine]-regel van REGELS.md, getest via de publieke engine-API. Testnamen noemen de regel."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from tests.maak import BASIS, cites, item, profieldata, programma, team
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.planning import maand_begin
from trainingsplanner.fouten import InvoerFout


def test_r1_1_normstelling_komt_eerst_en_teams_wachten(catalogus: Catalogus) -> None:
    """Elk teamonderdeel van stap 2 en 3 wacht op heel stap 1; de leidinggevenden beginnen aan
    hun voorbereiding en training na hun eigen sessie normstelling (R3.2)."""
    p = programma(catalogus)
    stap1 = [o for o in p.onderdelen if o.stap == 1]
    later = [o for o in p.onderdelen if o.stap in (2, 3) and o.team is not None]
    assert stap1 and later
    assert max(o.eind for o in stap1 if o.leervorm != "e-learning") < min(o.start for o in later)
    leiders = [item(p, "stap2-voorbereiding-leidinggevenden"), item(p, "stap3-leidinggevenden")]
    assert all(item(p, "stap1-leidinggevenden").eind < o.start for o in leiders)
    sessie = item(p, "stap2-balie")
    assert {
        "stap1-college",
        "stap1-raadsleden",
        "stap1-leidinggevenden",
        "stap1-hele-organisatie",
    } <= set(sessie.na)
    assert cites(sessie, "R1.1")


def test_r1_3_r7_1_sessies_per_doelgroep_apart(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    stap1 = {o.id: o for o in p.onderdelen if o.stap == 1 and o.leervorm != "e-learning"}
    assert set(stap1) == {
        "stap1-college",
        "stap1-raadsleden",
        "stap1-leidinggevenden",
        "stap1-hele-organisatie",
    }
    assert stap1["stap1-college"].deelnemers == 5
    assert stap1["stap1-leidinggevenden"].deelnemers == 6 + 5  # MT en overige leidinggevenden samen
    assert all(o.duur_dagen.min == 0.5 and o.duur_dagen.max == 1.0 for o in stap1.values())
    assert all(cites(o, "R1.3") for o in stap1.values())


def test_r1_3_grote_doelgroep_in_sessies_van_hoogstens_25(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    organisatie = item(p, "stap1-hele-organisatie")
    assert organisatie.deelnemers == 75
    assert organisatie.sessies == 3 and organisatie.groepsgrootte == 25


def test_r8_1_kennis_naar_e_learning_als_het_profiel_dat_toestaat(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    online = item(p, "stap1-hele-organisatie-e-learning")
    assert "kennis-van-protocol" in online.elementen
    assert "kennis-van-protocol" not in item(p, "stap1-hele-organisatie").elementen
    assert cites(online, "R8.1")
    zonder = programma(catalogus, profieldata(voorkeuren={"e_learning": False}))
    assert all(o.leervorm != "e-learning" for o in zonder.onderdelen)
    assert "kennis-van-protocol" in item(zonder, "stap1-hele-organisatie").elementen


def test_r8_1_vaardigheden_nooit_via_e_learning(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    for o in p.onderdelen:
        if o.leervorm == "e-learning":
            assert all(catalogus.elementen[e].soort == "kennis" for e in o.elementen), o.id


def test_r3_2_leaders_trained_before_staff(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    leiding = item(p, "stap3-leidinggevenden")
    trainingen = [o for o in p.onderdelen if o.id.endswith("-vaardigheden")]
    assert len(trainingen) == 4
    for o in trainingen:
        assert leiding.eind < o.start
        assert leiding.id in o.na and cites(o, "R3.2")


def test_r3_3_r6_6_r7_3_leidinggevenden_eigen_training(catalogus: Catalogus) -> None:
    """De vaardigheden van de lijst (R6.6) plus afhandeling, schokverwerking en coaching on the
    job (R6.2, tabel 4); de kennis van de lijst kregen zij al in stap 1 en de voorbereiding."""
    p = programma(catalogus)
    leiding = item(p, "stap3-leidinggevenden")
    al = {*catalogus.sessies["normstelling"].elementen}
    al |= {*catalogus.sessies["voorbereiding-leidinggevenden"].elementen}
    lijst = [e for e in catalogus.leidinggevenden_elementen() if e not in al]
    extra = ["afhandeling", "schokverwerking", "coaching-on-the-job"]
    assert leiding.elementen == lijst + extra
    assert "opvang-en-nazorg" in leiding.elementen and "reageren-naar-de-dader" in leiding.elementen
    assert cites(leiding, "R6.2") and cites(leiding, "R6.7")
    assert leiding.deelnemers == 6 + 5
    assert (leiding.duur_dagen.min, leiding.duur_dagen.max) == (0.5, 1.0)
    for regel in ("R3.3", "R6.6", "R7.3", "R5.4"):
        assert cites(leiding, regel)


def test_r2_1_r7_2_teamsessie_per_team_een_halve_dag(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    for naam in ("balie", "boa-s", "buitendienst", "wijkteam"):
        sessie = item(p, f"stap2-{naam}")
        assert sessie.stap == 2 and sessie.duur_dagen.max == 0.5
        assert cites(sessie, "R2.1") and cites(sessie, "R7.2")
    assert item(p, "stap2-balie").deelnemers == 21


def test_r2_2_r3_1_leerdoelen_zijn_leidend(catalogus: Catalogus) -> None:
    data = team(profieldata(), "Buitendienst", leerdoelen=["fysieke-weerbaarheid"])
    training = item(programma(catalogus, data), "stap3-buitendienst-vaardigheden")
    assert training.elementen[0] == "fysieke-weerbaarheid"
    assert cites(training, "R3.1") and cites(training, "R2.2")
    assert any("Fysieke weerbaarheid" in w for w in training.waarom if w.startswith("R3.1"))


def test_r6_3_geen_fysieke_weerbaarheid_voor_buitendienst_zonder_leerdoel(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    assert "fysieke-weerbaarheid" not in item(p, "stap3-buitendienst-vaardigheden").elementen
    toezicht = item(p, "stap3-boa-s-vaardigheden")
    assert {"fysieke-weerbaarheid", "geweldloze-afweertechnieken", "straatcultuur"} <= set(
        toezicht.elementen
    )
    assert cites(toezicht, "R6.3")


def test_r6_3_huisbezoeken_waar_het_team_huisbezoeken_aflegt(catalogus: Catalogus) -> None:
    data = team(profieldata(), "Balie", huisbezoeken=True)
    p = programma(catalogus, data)
    assert "handelen-bij-huisbezoeken" in item(p, "stap3-wijkteam-vaardigheden").elementen
    balie = item(p, "stap3-balie-vaardigheden")
    assert "handelen-bij-huisbezoeken" in balie.elementen
    assert any("huisbezoeken af" in w for w in balie.waarom)
    assert "handelen-bij-huisbezoeken" not in item(p, "stap3-buitendienst-vaardigheden").elementen


def test_r6_2_beperkte_elementen_nooit_voor_een_team(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    beperkt = {"afhandeling", "schokverwerking", "opvang-en-nazorg"}
    for o in p.onderdelen:
        if o.team is not None:
            assert not beperkt & set(o.elementen), o.id


def test_r6_2_beperkt_leerdoel_wordt_geweigerd(catalogus: Catalogus) -> None:
    data = team(profieldata(), "Balie", leerdoelen=["opvang-en-nazorg"])
    with pytest.raises(InvoerFout) as fout:
        programma(catalogus, data)
    assert fout.value.problemen[0].bericht == (
        "element 'opvang-en-nazorg' is alleen voor leidinggevenden, bot (D3, R6.2); "
        "haal het weg uit de leerdoelen van dit team"
    )


def test_r6_2_bot_krijgt_opvang_nazorg_schokverwerking_afhandeling(catalogus: Catalogus) -> None:
    bot = item(programma(catalogus), "stap3-bot")
    assert bot.elementen == ["afhandeling", "schokverwerking", "opvang-en-nazorg"]
    assert bot.deelnemers == 6 and cites(bot, "R6.2")
    zonder = programma(catalogus, profieldata(organisatie={"mt": 6, "bot": 0, "staf": 3}))
    assert zonder.onderdeel("stap3-bot") is None


def test_r6_5_opleiding_afgedekt_met_naam_van_de_opleiding(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    training = item(p, "stap3-boa-s-vaardigheden")
    assert "gespreksvoering" not in training.elementen
    assert {a.element for a in training.afgedekt} == {"gespreksvoering", "omgaan-met-eigen-emoties"}
    assert all(a.opleiding == "boa" for a in training.afgedekt)
    assert any(
        w.startswith("R6.5: gespreksvoering is onderdeel van de opleiding BOA")
        for w in training.waarom
    )
    zonder = item(p, "stap3-balie-vaardigheden")
    assert "gespreksvoering" in zonder.elementen and not zonder.afgedekt


def test_r7_4_r5_2_vaardigheden_uit_de_lijst_van_de_functiegroep(catalogus: Catalogus) -> None:
    p = programma(catalogus, profieldata(voorkeuren={"e_learning": False}))
    lijst = catalogus.vaardighedenlijst("buitendienst")
    assert lijst is not None
    verwacht = {e for punt in lijst.punten for e in punt.elementen}
    verwacht |= {"handelen-volgens-protocol", "incidenten-melden-in-gir"}  # R8.1, l.125
    training = item(p, "stap3-buitendienst-vaardigheden")
    assert set(training.elementen) == verwacht
    assert cites(training, "R7.4") and cites(training, "R5.2")


def test_r6_7_kennis_voor_vaardigheden(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    kennis = item(p, "stap3-buitendienst-kennis")
    training = item(p, "stap3-buitendienst-vaardigheden")
    assert kennis.elementen == ["kennis-van-protocol"] and kennis.leervorm == "e-learning"
    assert kennis.eind < training.start and kennis.id in training.na
    assert cites(kennis, "R6.7")


def test_r7_5_teamnorm_zonder_kennisdeel_en_de_tijd_gaat_naar_de_vaardigheden(
    catalogus: Catalogus,
) -> None:
    """Met een teamnorm geen eerste aanzet van een halve dag en geen kennis vooraf; de training
    gaat direct naar de vaardigheden en wordt daarbij niet korter (l.979-984)."""
    met = programma(catalogus, team(profieldata(), "Buitendienst", teamnorm=True))
    zonder = programma(catalogus)
    direct = item(met, "stap3-buitendienst-vaardigheden")
    gewoon = item(zonder, "stap3-buitendienst-vaardigheden")
    assert direct.duur_dagen == gewoon.duur_dagen
    assert met.onderdeel("stap3-buitendienst-kennis") is None
    assert all(catalogus.elementen[e].soort != "kennis" for e in direct.elementen)
    assert cites(direct, "R7.5")
    toets = item(met, "stap2-buitendienst")
    assert toets.leervorm == "werkoverleg" and toets.duur_dagen.max < 0.5 and cites(toets, "R7.5")


def test_r5_3_basiscompetenties_eerst_op_peil(catalogus: Catalogus) -> None:
    data = team(profieldata(), "Buitendienst", basiscompetenties="deels")
    p = programma(catalogus, data)
    basis = item(p, "stap3-buitendienst-basiscompetenties")
    training = item(p, "stap3-buitendienst-vaardigheden")
    assert basis.eind < training.start and basis.id in training.na
    assert cites(basis, "R5.3")
    assert p.onderdeel("stap3-balie-basiscompetenties") is None
    assert any(w.regel == "R5.3" for w in p.waarschuwingen)


def test_r5_3_organisatiestandaard_geldt_voor_teams_zonder_eigen_antwoord(
    catalogus: Catalogus,
) -> None:
    data = profieldata()
    data["randvoorwaarden"]["basiscompetenties"] = "nee"
    team(data, "Balie", basiscompetenties="ja")
    p = programma(catalogus, data)
    assert p.onderdeel("stap3-balie-basiscompetenties") is None
    assert p.onderdeel("stap3-wijkteam-basiscompetenties") is not None


def test_r7_6_teamtraining_na_de_vaardigheidstraining(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    for code in ("balie", "wijkteam"):
        teamtraining = item(p, f"stap3-{code}-teamtraining")
        assert item(p, f"stap3-{code}-vaardigheden").eind < teamtraining.start
        assert cites(teamtraining, "R7.6")


def test_r7_7_staf_een_tot_twee_dagen(catalogus: Catalogus) -> None:
    staf = item(programma(catalogus), "stap3-staf")
    assert (staf.duur_dagen.min, staf.duur_dagen.max) == (1.0, 2.0)
    assert staf.deelnemers == 3 and cites(staf, "R7.7")


def test_r7_8_introductie_nieuwe_medewerkers_met_mentor_bij_hoog_risico(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    intros = [o for o in p.onderdelen if o.id.startswith("stap4-introductie-")]
    assert [o.jaar for o in intros] == [1, 2, 3]
    mentor = [w for w in intros[0].waarom if "mentor" in w]
    assert mentor and "Balie" in mentor[0] and "Buitendienst" not in mentor[0]


def test_r2_3_werkoverleg_minstens_twee_keer_per_jaar_per_team(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    per_team_jaar = Counter((o.team, o.jaar) for o in p.onderdelen if o.leervorm == "werkoverleg")
    assert set(per_team_jaar.values()) == {2}
    assert len(per_team_jaar) == 4 * 3
    assert all(cites(o, "R2.3") for o in p.onderdelen if o.leervorm == "werkoverleg")


def test_r3_4_hr_gesprek_jaarlijks(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    gesprekken = [o for o in p.onderdelen if "-hr-gesprek-" in o.id]
    assert len(gesprekken) == 4 * 3
    assert all(cites(o, "R3.4") and o.sessies == o.deelnemers for o in gesprekken)


def test_r3_5_incidentevaluatie_eens_per_jaar(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    evaluaties = [o for o in p.onderdelen if o.id.startswith("stap4-incidentevaluatie")]
    assert len(evaluaties) == 3 and all(cites(o, "R3.5") for o in evaluaties)
    assert evaluaties[0].deelnemers == 5 + 6


def test_r3_6_tweemaal_per_jaar_als_het_bestuur_betrokken_was(catalogus: Catalogus) -> None:
    p = programma(
        catalogus,
        profieldata(bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True}),
    )
    evaluaties = [o for o in p.onderdelen if o.id.startswith("stap4-incidentevaluatie")]
    assert len(evaluaties) == 6 and all(cites(o, "R3.6") for o in evaluaties)
    assert any(w.regel == "R3.6" for w in p.waarschuwingen)


def test_r4_1_elk_jaar_leerdoelwijzer_opnieuw_dan_een_opfrisser_op_nieuwe_leerdoelen(
    catalogus: Catalogus,
) -> None:
    """Geen vast ritme naar risico (l.33-36): elk team, elk volgend jaar, eerst de leerdoelwijzer
    en de incidenten, dan een opfrisser zonder vooraf gekozen elementen."""
    p = programma(catalogus, profieldata(looptijd_jaren=5))
    for code in ("balie", "boa-s", "buitendienst", "wijkteam"):
        for jaar in range(2, 6):
            herzien = item(p, f"stap4-{code}-leerdoelen-herzien-j{jaar}")
            opfrisser = item(p, f"stap4-{code}-opfrisser-j{jaar}")
            assert herzien.id in opfrisser.na and herzien.eind < opfrisser.start
            assert opfrisser.elementen == [] and opfrisser.aanname
            assert f"(jaar {jaar})" in opfrisser.titel
            assert not any("bij risico" in w for w in opfrisser.waarom)
            assert cites(herzien, "R2.2") and cites(herzien, "R3.5") and cites(opfrisser, "R4.1")
    opfrisser = item(p, "stap4-boa-s-opfrisser-j2")
    assert item(p, "stap3-boa-s-vaardigheden").eind < opfrisser.start
    assert not cites(opfrisser, "R6.5")  # wat de opleiding bood: kort, in de eerste training


def test_r8_3_train_de_trainer_voor_geschikte_onderdelen(catalogus: Catalogus) -> None:
    p = programma(catalogus, profieldata(voorkeuren={"e_learning": True, "train_de_trainer": True}))
    assert item(p, "stap2-balie").leervorm == "train-de-trainer"
    assert item(p, "stap2-balie").trainer == "intern" and cites(item(p, "stap2-balie"), "R8.3")
    assert item(p, "stap3-boa-s-vaardigheden").trainer == "extern"
    zonder = programma(catalogus)
    assert p.kosten.trainersdagen.max < zonder.kosten.trainersdagen.max


def test_rv1_geen_organisatienorm_maakt_vaststellen_het_eerste_onderdeel(
    catalogus: Catalogus,
) -> None:
    data = profieldata()
    data["randvoorwaarden"]["organisatienorm"] = "nee"
    p = programma(catalogus, data)
    eerste = p.onderdelen[0]
    assert eerste.id == "stap1-herstel-norm-vaststellen" and cites(eerste, "RV1")
    keten = [o for o in p.onderdelen if o.id.startswith("stap1-herstel-")]
    for o in p.onderdelen:
        if o.stap == 1 and o not in keten and o.leervorm != "e-learning":
            assert all(k.id in o.na and k.eind < o.start for k in keten), o.id
    assert any(w.code == "RV1-niet-voldaan" and w.ernst == "blokkerend" for w in p.waarschuwingen)


def test_rv5_protocol_deels_blokkeert_en_komt_eerst(catalogus: Catalogus) -> None:
    data = profieldata()
    data["randvoorwaarden"]["agressieprotocol"] = "deels"
    p = programma(catalogus, data)
    assert p.onderdelen[0].id == "stap1-herstel-protocol"
    assert any(w.regel == "RV5" and w.ernst == "blokkerend" for w in p.waarschuwingen)


def test_rv3_is_een_waarschuwing_geen_blokkade(catalogus: Catalogus) -> None:
    data = profieldata()
    data["randvoorwaarden"]["dienstverlening_en_handhaving"] = "nee"
    p = programma(catalogus, data)
    assert not any(o.id.startswith("stap1-herstel") for o in p.onderdelen)
    assert [w.ernst for w in p.waarschuwingen if w.regel == "RV3"] == ["waarschuwing"]


def test_r7_9_ontbrekende_toetspunten_worden_gemeld(catalogus: Catalogus) -> None:
    p = programma(catalogus, profieldata(toetspunten={"doel": "minder incidenten"}))
    gemeld = sorted(w.code for w in p.waarschuwingen if w.regel == "R7.9")
    assert gemeld == [
        "toetspunt-doelgroepen-niet-ingevuld",
        "toetspunt-kennis-niet-ingevuld",
        "toetspunt-naleving-niet-ingevuld",
        "toetspunt-spelregels-niet-ingevuld",
    ]


def test_capaciteit_sessies_per_maand_wordt_nooit_overschreden(catalogus: Catalogus) -> None:
    data = profieldata(capaciteit={"sessies_per_maand": 3}, planning={"geen_sessies_in": []})
    data["teams"] = [
        {"naam": f"Team {i}", "functiegroep": "publieksdiensten", "medewerkers": 30}
        for i in range(12)
    ]
    p = programma(catalogus, data)
    per_maand: Counter[tuple[int, int]] = Counter()
    for o in p.onderdelen:
        if o.leervorm in ("werkoverleg", "gesprek", "e-learning") or o.trainer == "geen":
            continue
        if not o.sessies:
            continue
        assert o.start.day == 1 or o.start == p.periode.start
        maanden = (o.eind.year - o.start.year) * 12 + o.eind.month - o.start.month + 1
        assert maanden <= o.sessies
        per_maand[(o.start.year, o.start.month)] += 1
    assert max(per_maand.values()) <= 3
    laatste = max(o.eind for o in p.onderdelen if o.stap == 3)
    assert laatste > maand_begin(p.periode.start, 12)  # verspreid over maanden, niet in week één


def test_capaciteit_te_klein_geeft_waarschuwing_en_langere_periode(catalogus: Catalogus) -> None:
    data = profieldata(capaciteit={"sessies_per_maand": 1}, looptijd_jaren=1)
    p = programma(catalogus, data)
    assert any(w.code == "capaciteit-onvoldoende" for w in p.waarschuwingen)
    assert all(p.periode.start <= o.start <= o.eind <= p.periode.eind for o in p.onderdelen)


def test_kosten_trainersdagen_euro_en_budget(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    extern = [o for o in p.onderdelen if o.trainer == "extern"]
    laag = sum(o.sessies * o.duur_dagen.min for o in extern)
    assert p.kosten.trainersdagen.min == pytest.approx(laag)
    assert p.kosten.euro is not None and p.kosten.euro.min == pytest.approx(laag * 1000)
    zonder_tarief = programma(catalogus, profieldata(kosten=None))
    assert zonder_tarief.kosten.euro is None
    krap = programma(catalogus, profieldata(kosten={"dagtarief_trainer": 1000, "budget": 1000}))
    assert any(w.code == "budget-overschreden" for w in krap.waarschuwingen)


def test_sessies_is_deelnemers_gedeeld_door_groepsgrootte(catalogus: Catalogus) -> None:
    p = programma(catalogus, profieldata(groepsgrootte=8))
    training = item(p, "stap3-buitendienst-vaardigheden")
    assert training.groepsgrootte == 8 and training.sessies == math.ceil(30 / 8)


def test_deterministisch_zelfde_invoer_zelfde_uitvoer(catalogus: Catalogus) -> None:
    een = programma(catalogus).model_dump_json()
    twee = programma(catalogus, BASIS).model_dump_json()
    assert een == twee
