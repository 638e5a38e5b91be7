"""Trouw aan de handreiking, eerlijk over aannames (issue 11): één test per punt, via de
publieke engine-API (`stel_samen` via tests/maak.py) en de weergaven. Testnamen noemen de regel.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pytest

from tests.maak import cites, item, profieldata, programma, team
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.uitleg import leg_uit
from trainingsplanner.programma import Onderdeel, Programma
from trainingsplanner.render import html, json_uitvoer, markdown

DATUM = dt.date(2026, 11, 28)
MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def _maand(datum: dt.date) -> str:
    return MAANDEN[datum.month - 1]


def _van(p: Programma, achtervoegsel: str) -> list[Onderdeel]:
    return [o for o in p.onderdelen if o.team is not None and o.id.endswith(achtervoegsel)]


# ---- 1. Leidinggevenden eerst, helemaal (R3.2, l.133-135, l.710-714)


def test_R3_2_college_mt_en_leidinggevenden_voor_de_hele_organisatie(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    voor = [item(p, "stap1-college"), item(p, "stap1-leidinggevenden")]
    for na in (item(p, "stap1-hele-organisatie"), item(p, "stap1-hele-organisatie-e-learning")):
        assert all(v.id in na.na and v.eind < na.start for v in voor), na.id
        assert cites(na, "R3.2")


def test_R3_2_leidinggevenden_voorbereid_voor_elke_teamsessie(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    voorbereiding = item(p, "stap2-voorbereiding-leidinggevenden")
    assert voorbereiding.elementen == ["vertaling-organisatienorm-naar-team"]
    assert voorbereiding.deelnemers == 5  # de leidinggevenden van de teams
    for sessie in (o for o in p.onderdelen if o.stap == 2 and o.team is not None):
        assert voorbereiding.eind < sessie.start, sessie.id
    for o in (o for o in p.onderdelen if o.id.startswith("stap2-") and o.id.count("-") == 1):
        assert voorbereiding.id in o.na and cites(o, "R3.2"), o.id
    # het element zat in de training in juni terwijl de teams in mei begonnen: nu niet meer
    assert "vertaling-organisatienorm-naar-team" not in item(p, "stap3-leidinggevenden").elementen


def test_R3_2_training_leidinggevenden_voor_elk_onderdeel_van_stap_3_voor_medewerkers(
    catalogus: Catalogus,
) -> None:
    data = team(profieldata(), "Buitendienst", basiscompetenties="deels")
    p = programma(catalogus, data)
    leiding = item(p, "stap3-leidinggevenden")
    medewerkers = [o for o in p.onderdelen if o.stap == 3 and o.team is not None]
    soorten = {o.id.rsplit("-", 1)[1] for o in medewerkers}
    assert soorten == {"kennis", "basiscompetenties", "vaardigheden", "teamtraining"}
    for o in medewerkers:
        assert leiding.id in o.na and leiding.eind < o.start, o.id
        assert cites(o, "R3.2"), o.id


def test_R3_2_explain_noemt_elk_onderdeel_dat_de_regel_verplaatst(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    uitleg = "\n".join(leg_uit(p, catalogus, "R3.2").regels)
    verplaatst = [
        o
        for o in p.onderdelen
        if (o.stap == 3 and o.team is not None)
        or o.id in ("stap1-hele-organisatie", "stap1-hele-organisatie-e-learning")
        or (o.stap == 2 and o.id.count("-") == 1)
    ]
    assert verplaatst
    for o in verplaatst:
        assert f"- {o.id} (" in uitleg, o.id


# ---- 2. Een kalender die mensen kunnen houden (R4.1, planning.geen_sessies_in)


def _niet_in(p: Programma, maanden: set[str]) -> None:
    for o in p.onderdelen:
        if o.stap < 4 or o.leervorm == "werkoverleg" or o.id.startswith("stap4-incidentevaluatie"):
            assert _maand(o.start) not in maanden and _maand(o.eind) not in maanden, o.id


def test_R4_1_geen_sessies_in_juli_en_augustus_als_aanname_van_de_catalogus(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    assert p.planning is not None
    assert (p.planning.geen_sessies_in, p.planning.aanname) == (["juli", "augustus"], True)
    _niet_in(p, {"juli", "augustus"})
    werkoverleg = [o for o in p.onderdelen if o.leervorm == "werkoverleg"]
    assert werkoverleg and all(_maand(o.start) not in ("juli", "augustus") for o in werkoverleg)
    md = markdown.render(p, catalogus, DATUM)
    assert "| Geen sessies in | juli en augustus (aanname planner) |" in md


def test_R4_1_planning_geen_sessies_in_uit_het_profiel(catalogus: Catalogus) -> None:
    eigen = programma(catalogus, profieldata(planning={"geen_sessies_in": ["december", "mei"]}))
    assert eigen.planning is not None
    assert (eigen.planning.geen_sessies_in, eigen.planning.aanname) == (["mei", "december"], False)
    _niet_in(eigen, {"mei", "december"})
    assert any(_maand(o.start) == "juli" for o in eigen.onderdelen if o.stap < 4)
    elke_maand = programma(catalogus, profieldata(planning={"geen_sessies_in": []}))
    assert elke_maand.planning is not None and elke_maand.planning.geen_sessies_in == []


def test_R4_1_werkoverleg_en_bestuur_niet_in_het_zomerreces(catalogus: Catalogus) -> None:
    """Start in maart: het werkoverleg viel elk jaar in augustus, de evaluatie in de zomer."""
    data = profieldata(
        startdatum="2027-03-01",
        bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True},
    )
    p = programma(catalogus, data)
    vast = [o for o in p.onderdelen if o.leervorm == "werkoverleg" or "incidentevaluatie" in o.id]
    assert len(vast) > 20
    assert not [o.id for o in vast if _maand(o.start) in ("juli", "augustus")]
    per_jaar = {(o.team, o.jaar) for o in vast if o.leervorm == "werkoverleg"}
    for sleutel in per_jaar:
        assert sum(1 for o in vast if (o.team, o.jaar) == sleutel) == 2


# ---- 3. Geen verzonnen ritme voor opfrissers (R4.1, l.33-36)


def test_R4_1_opfrisser_volgt_de_leerdoelwijzer_en_het_interval_is_een_aanname(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    for code in ("balie", "boa-s", "buitendienst", "wijkteam"):  # ook risico laag
        herzien = item(p, f"stap4-{code}-leerdoelen-herzien-j2")
        opfrisser = item(p, f"stap4-{code}-opfrisser-j2")
        assert herzien.elementen == ["incidenten-bespreken-en-leren"]
        assert herzien.id in opfrisser.na and opfrisser.elementen == []
        assert any(
            w.startswith("D6: aanname planner (interval): elk jaar") for w in opfrisser.waarom
        )
    alle = " ".join(w for o in p.onderdelen for w in o.waarom)
    assert "bij risico hoog elk jaar" not in alle


# ---- 4. Aannames zichtbaar (D6, l.979)


def test_D6_aanname_in_json_markdown_html_en_explain(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    training = item(p, "stap3-balie-vaardigheden")
    assert training.aanname
    assert not item(p, "stap2-balie").aanname  # R7.2: de handreiking geeft 0,5 dag
    bot = item(p, "stap3-bot")
    assert (bot.duur_dagen.min, bot.duur_dagen.max) == (1.0, 2.0) and bot.aanname
    data = json.loads(json_uitvoer.render(p))
    per_id = {o["id"]: o for o in data["onderdelen"]}
    assert per_id["stap3-balie-vaardigheden"]["aanname"] is True
    assert per_id["stap1-college"]["aanname"] is False
    md = markdown.render(p, catalogus, DATUM)
    assert "| 1–2 dagen (aanname planner) |" in md
    assert "(aanname planner)" in html.render(p, catalogus, DATUM)
    uitleg = "\n".join(leg_uit(p, catalogus, training.id).regels)
    assert "Over de duur … is geen duidelijke richtlijn te geven' (l.979)" in uitleg


# ---- 5. Correcties in de catalogus (R6.5, R8.1, R6.2, R7.7)


def test_R6_5_communicatieve_vaardigheden_dekken_niet_alle_gespreksvoering(
    catalogus: Catalogus,
) -> None:
    data = team(profieldata(), "Balie", opleidingen=["basisopleiding-burgerzaken"])
    balie = item(programma(catalogus, data), "stap3-balie-vaardigheden")
    assert "gespreksvoering" in balie.elementen and not balie.afgedekt
    assert any(
        "ordegesprekken, slechtnieuwsgesprekken en sancties opleggen" in w for w in balie.waarom
    )


def test_R6_5_opfrissen_van_de_opleiding_in_de_eerste_training(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    boa = item(p, "stap3-boa-s-vaardigheden")
    assert {a.element for a in boa.afgedekt} == {"gespreksvoering", "omgaan-met-eigen-emoties"}
    assert "emoties-van-de-klant" in boa.elementen  # tabel 5: alleen de eigen emoties
    assert any("kort opfrissen in deze training" in w for w in boa.waarom if w.startswith("R6.5"))
    assert all(not cites(o, "R6.5") for o in p.onderdelen if "opfrisser" in o.id)


def test_R8_1_handelen_volgens_protocol_en_melden_in_elke_training(catalogus: Catalogus) -> None:
    p = programma(catalogus, team(profieldata(), "Buitendienst", teamnorm=True))
    trainingen = _van(p, "-vaardigheden")
    assert len(trainingen) == 4
    for o in trainingen:
        assert {"handelen-volgens-protocol", "incidenten-melden-in-gir"} <= set(o.elementen)
    for o in p.onderdelen:
        if o.leervorm == "e-learning":
            assert "handelen-volgens-protocol" not in o.elementen


def test_R6_2_leidinggevenden_afhandeling_schokverwerking_coaching_en_zonder_bot(
    catalogus: Catalogus,
) -> None:
    data = profieldata(organisatie={"mt": 6, "bot": 0, "staf": 3, "nieuwe_medewerkers_per_jaar": 5})
    p = programma(catalogus, data)
    leiding = item(p, "stap3-leidinggevenden")
    assert {"afhandeling", "schokverwerking", "coaching-on-the-job"} <= set(leiding.elementen)
    assert p.onderdeel("stap3-bot") is None
    (bot,) = [w for w in p.waarschuwingen if w.code == "bot-nee"]
    assert bot.regel == "R6.2" and bot.ernst == "waarschuwing" and "leidinggevenden" in bot.bericht


def test_R6_2_staf_organiseert_opvang_en_nazorg_een_eigen_element(catalogus: Catalogus) -> None:
    staf = item(programma(catalogus), "stap3-staf")
    assert "opvang-en-nazorg-organiseren" in staf.elementen
    assert "opvang-en-nazorg" not in staf.elementen
    assert all(catalogus.elementen[e].doelgroep.staat_toe(None, "staf") for e in staf.elementen)


# ---- 6. Maatwerk dat naar het profiel luistert (R6.3, R7.5, R5.3, R3.1)


def test_R6_3_huisbezoeken_false_gaat_voor_de_nadruk_van_de_functiegroep(
    catalogus: Catalogus,
) -> None:
    met = item(programma(catalogus), "stap3-wijkteam-vaardigheden")
    assert "handelen-bij-huisbezoeken" in met.elementen
    data = team(profieldata(), "Wijkteam", huisbezoeken=False)
    zonder = item(programma(catalogus, data), "stap3-wijkteam-vaardigheden")
    assert "handelen-bij-huisbezoeken" not in zonder.elementen
    assert any(w.startswith("D3: Handelen bij huisbezoeken") for w in zonder.waarom)
    leerdoel = team(
        profieldata(), "Wijkteam", huisbezoeken=False, leerdoelen=["handelen-bij-huisbezoeken"]
    )
    assert (
        "handelen-bij-huisbezoeken"
        in item(programma(catalogus, leerdoel), "stap3-wijkteam-vaardigheden").elementen
    )


def test_R7_5_teamnorm_kort_toetsen_in_het_werkoverleg(catalogus: Catalogus) -> None:
    p = programma(catalogus, team(profieldata(), "Balie", teamnorm=True))
    toets = item(p, "stap2-balie")
    assert toets.titel == "Teamnorm toetsen in het werkoverleg — Balie"
    assert toets.leervorm == "werkoverleg" and toets.trainer == "geen" and toets.aanname
    assert toets.duur_dagen.max < item(p, "stap2-boa-s").duur_dagen.min
    assert any("de tijd die dat scheelt gaat naar de vaardigheden" in w for w in toets.waarom)
    assert item(p, "stap2-voorbereiding-leidinggevenden").id in toets.na


def test_R5_3_basiscompetenties_niet_nog_eens_in_de_vaardigheidstraining(
    catalogus: Catalogus,
) -> None:
    data = team(profieldata(), "Balie", basiscompetenties="nee")
    p = programma(catalogus, data)
    basis = item(p, "stap3-balie-basiscompetenties")
    training = item(p, "stap3-balie-vaardigheden")
    assert not set(basis.elementen) & set(training.elementen)
    assert any(w.startswith("R5.3: ") and "niet nog eens" in w for w in training.waarom)


def test_R3_1_hoog_risico_nooit_korter_dan_laag(catalogus: Catalogus) -> None:
    data = team(profieldata(), "Balie", teamnorm=True)  # hoog risico, met teamnorm
    p = programma(catalogus, data)
    hoog = [o for o in _van(p, "-vaardigheden") if o.team in ("Balie", "Boa's")]
    laag = item(p, "stap3-buitendienst-vaardigheden")
    assert all(o.duur_dagen.min >= laag.duur_dagen.min for o in hoog)
    assert all(o.duur_dagen.max >= laag.duur_dagen.max for o in hoog)


# ---- 7. Antwoorden uit de intake (R7.9, l.794)


def test_R7_9_aanleiding_en_doel_met_de_antwoorden(catalogus: Catalogus) -> None:
    data = profieldata(toetspunten={"doel": "Minder incidenten aan de balie.", "kennis": "matig"})
    p = programma(catalogus, data)
    statussen = {b.id: b.status for b in p.bevindingen if b.regel == "R7.9"}
    assert statussen["toetspunt-doel"] == "beantwoord"
    assert statussen["toetspunt-spelregels"] == "niet-ingevuld"
    assert "voldaan" not in statussen.values()
    md = markdown.render(p, catalogus, DATUM)
    koppen = re.findall(r"^## (.+)$", md, re.M)
    assert koppen[0] == "Aanleiding en doel"
    assert (
        "| Wat willen we bereiken met het trainingsprogramma? | Minder incidenten aan de balie. |"
        in md
    )
    assert "| R7.9 Toetspunt doel | beantwoord | info |" in md
    assert "Antwoord: “Minder incidenten aan de balie.”" in md
    assert "Aanleiding en doel" in html.render(p, catalogus, DATUM)


# ---- 8. Blokkades echt opgelost (RV1, RV2, RV5, l.75, l.491)


def test_RV1_RV5_herstelketen_mt_protocol_ondernemingsraad_college(catalogus: Catalogus) -> None:
    data = profieldata()
    data["randvoorwaarden"].update(organisatienorm="deels", agressieprotocol="nee")
    p = programma(catalogus, data)
    keten = [o for o in p.onderdelen if o.id.startswith("stap1-herstel-")]
    assert [o.id for o in keten] == [
        "stap1-herstel-norm-vaststellen",
        "stap1-herstel-protocol",
        "stap1-herstel-instemming-or",
        "stap1-herstel-vaststelling-college",
    ]
    for eerder, later in itertools.pairwise(keten):
        assert later.na == [eerder.id] and eerder.eind < later.start
    assert [o.doelgroep for o in keten] == ["mt", "mt", "ondernemingsraad", "college"]
    assert "WOR art. 27 lid 1 sub d" in (keten[2].toelichting or "")
    assert keten[2].eind > keten[2].start  # een doorlooptijd van twee maanden
    assert all(o.aanname and any("(doorlooptijd)" in w for w in o.waarom) for o in keten)
    normstelling = item(p, "stap1-college")
    assert {o.id for o in keten} <= set(normstelling.na)
    assert p.indicatief
    md = markdown.render(p, catalogus, DATUM)
    assert "> **Let op: de datums zijn indicatief.** Zolang RV1 en RV5 blokkeren" in md
    assert "Let op: de datums zijn indicatief." in html.render(p, catalogus, DATUM)
    assert json.loads(json_uitvoer.render(p))["indicatief"] is True


def test_RV2_deels_krijgt_een_onderdeel_met_het_college_zonder_te_blokkeren(
    catalogus: Catalogus,
) -> None:
    data = profieldata()
    data["randvoorwaarden"]["bestuurlijke_betrokkenheid"] = "deels"
    p = programma(catalogus, data)
    (college,) = [o for o in p.onderdelen if o.id.startswith("stap1-herstel-")]
    assert college.id == "stap1-herstel-vaststelling-college" and college.doelgroep == "college"
    assert cites(college, "RV2") and not p.indicatief
    assert "Let op: de datums zijn indicatief" not in markdown.render(p, catalogus, DATUM)


# ---- 9. Een incident met het bestuur (R3.6, l.146-149)


def test_R3_6_evaluatie_van_het_incident_eerst_met_college_mt_en_raad(catalogus: Catalogus) -> None:
    data = profieldata(bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True})
    p = programma(catalogus, data)
    evaluatie = item(p, "stap1-bestuursincident")
    assert evaluatie.deelnemers == 5 + 6 and evaluatie.start == p.periode.start
    assert any("griffier" in w for w in evaluatie.waarom)
    assert any("interne keten" in w for w in evaluatie.waarom)
    for training in _van(p, "-vaardigheden"):
        assert evaluatie.id in training.na and evaluatie.eind < training.start
    feit = next(b for b in p.bevindingen if b.regel == "R3.6")
    assert feit.status == "ja" and "niet voldaan" not in feit.statuswoorden.zin
    assert programma(catalogus).onderdeel("stap1-bestuursincident") is None


# ---- 10. Nieuwe medewerkers (R7.8, l.1015-1019)


def test_R7_8_introductie_in_de_eerste_maand_en_een_mentor_per_team_met_hoog_risico(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    intros = [o for o in p.onderdelen if o.id.startswith("stap4-introductie-")]
    assert [o.jaar for o in intros] == [1, 2, 3]
    assert all(o.leervorm == "gesprek" and o.sessies == o.deelnemers == 20 for o in intros)
    assert any("eerste maand" in w and "vaste procedure" in w for w in intros[0].waarom)
    mentoren = [o for o in p.onderdelen if o.id.endswith("-mentor")]
    assert {o.team for o in mentoren} == {"Balie", "Boa's"}  # risico hoog
    for o in mentoren:
        assert any("de leidinggevende van team" in w for w in o.waarom)
        sessie = item(p, o.id.removesuffix("-mentor"))
        assert sessie.id in o.na and sessie.eind < o.start and o.stap == 2


# ---- 11. Train-de-trainer (R8.3, l.1165)


def test_R8_3_interne_trainers_voorbereid_voor_hun_eerste_sessie(catalogus: Catalogus) -> None:
    p = programma(catalogus, profieldata(voorkeuren={"e_learning": True, "train_de_trainer": True}))
    voorbereiding = item(p, "stap1-trainers-opleiden")
    intern = [o for o in p.onderdelen if o.leervorm == "train-de-trainer"]
    assert intern
    for o in intern:
        assert voorbereiding.id in o.na and voorbereiding.eind < o.start, o.id
    assert any("mee te lopen en door intervisie" in w for w in voorbereiding.waarom)
    assert programma(catalogus).onderdeel("stap1-trainers-opleiden") is None


# ---- 12. Uitleg die bij het profiel past (D3, RV3)


def test_D3_explain_toont_de_effecten(catalogus: Catalogus) -> None:
    data = team(profieldata(), "Buitendienst", leerdoelen=["fysieke-weerbaarheid"])
    uitleg = leg_uit(programma(catalogus, data), catalogus, "D3")
    tekst = "\n".join(uitleg.regels)
    assert "Deze regel heeft geen effect" not in tekst
    assert "Toegepast door: vaardigheidstraining." in uitleg.regels
    assert "stap3-buitendienst-vaardigheden" in tekst and "stap3-boa-s-vaardigheden" in tekst


def test_RV3_onbekend_eerst_vaststellen_en_geen_info_die_het_programma_herhaalt(
    catalogus: Catalogus,
) -> None:
    data = profieldata()
    data["randvoorwaarden"]["dienstverlening_en_handhaving"] = "onbekend"
    p = programma(catalogus, data)
    (rv3,) = [w for w in p.waarschuwingen if w.regel == "RV3"]
    assert "Stel vast of" in rv3.bericht and "Breng" not in rv3.bericht
    assert not [w for w in p.waarschuwingen if w.ernst == "info" and w.regel == "R7.5"]
    assert not [b for b in p.bevindingen if b.regel == "R7.5"]


# ---- 13. Kosten per jaar (R7.10, R8.2, R8.3)


def test_R7_10_kosten_per_kalenderjaar_tellen_op_tot_het_totaal(catalogus: Catalogus) -> None:
    p = programma(catalogus)
    k = p.kosten
    assert [j.jaar for j in k.per_jaar] == sorted({j.jaar for j in k.per_jaar})
    assert {j.jaar for j in k.per_jaar} <= set(range(2027, 2031))
    assert sum(j.trainersdagen.min for j in k.per_jaar) == pytest.approx(k.trainersdagen.min)
    assert sum(j.trainersdagen.max for j in k.per_jaar) == pytest.approx(k.trainersdagen.max)
    assert k.euro is not None
    assert sum(j.euro.max for j in k.per_jaar if j.euro) == pytest.approx(k.euro.max)
    extern = {o.id: o.sessies for o in p.onderdelen if o.trainer == "extern" and o.sessies}
    geteld: dict[str, int] = {}
    for j in k.per_jaar:
        for r in j.onderdelen:
            geteld[r.id] = geteld.get(r.id, 0) + r.sessies
    assert {i: geteld[i] for i in extern} == extern
    md = markdown.render(p, catalogus, DATUM)
    for j in k.per_jaar:
        assert f"### Kosten {j.jaar}" in md
        blok = md.split(f"### Kosten {j.jaar}", 1)[1].split("\n\n", 2)[1]
        if not j.onderdelen:  # een jaar zonder uitgaven: één zin, geen tabel (review v2)
            assert blok.startswith(f"In {j.jaar} geen uitgaven")
            continue
        regels = [r for r in blok.splitlines() if r.startswith("| ") and "---" not in r][1:]
        assert regels and all(r.startswith(f"| {j.jaar} |") for r in regels)
    data = json.loads(json_uitvoer.render(p))
    assert data["kosten"]["per_jaar"][0]["jaar"] == k.per_jaar[0].jaar


def test_R7_10_waarschuwing_als_de_bovengrens_binnen_5_procent_van_het_budget_ligt(
    catalogus: Catalogus,
) -> None:
    p = programma(catalogus)
    assert p.kosten.totaal is not None
    bijna = p.kosten.totaal.max / 0.97
    krap = programma(catalogus, profieldata(kosten={"dagtarief_trainer": 1000, "budget": bijna}))
    (w,) = [w for w in krap.waarschuwingen if w.code == "budget-bijna-op"]
    assert w.ernst == "waarschuwing" and w.regel == "R7.10" and "5 %" in w.bericht
    ruim = programma(
        catalogus, profieldata(kosten={"dagtarief_trainer": 1000, "budget": bijna * 2})
    )
    assert not [w for w in ruim.waarschuwingen if w.code.startswith("budget")]


def test_R8_2_R8_3_licenties_en_interne_uren_tellen_mee_als_ze_gegeven_zijn(
    catalogus: Catalogus,
) -> None:
    kosten = {
        "dagtarief_trainer": 1000,
        "budget": 500000,
        "e_learning_per_deelnemer": 25,
        "uurtarief_interne_trainer": 60,
    }
    data = profieldata(kosten=kosten, voorkeuren={"e_learning": True, "train_de_trainer": True})
    p = programma(catalogus, data)
    soorten = p.kosten.per_soort
    assert set(soorten) == {"externe-trainers", "e-learning", "interne-trainers"}
    online = sum(o.deelnemers for o in p.onderdelen if o.leervorm == "e-learning")
    assert soorten["e-learning"].min == soorten["e-learning"].max == online * 25
    intern = [o for o in p.onderdelen if o.trainer == "intern"]
    dagen = sum(o.sessies * o.duur_dagen.max for o in intern)
    assert soorten["interne-trainers"].max == pytest.approx(dagen * 8 * 60)
    assert p.kosten.totaal is not None
    assert p.kosten.totaal.max == pytest.approx(sum(b.max for b in soorten.values()))
    zonder = programma(
        catalogus, profieldata(voorkeuren={"e_learning": True, "train_de_trainer": True})
    )
    assert set(zonder.kosten.per_soort) == {"externe-trainers"}


def test_R3_6_evaluatie_wacht_niet_op_de_herstelketen(catalogus: Catalogus) -> None:
    """Ook als de norm nog vastgesteld moet worden, komt de evaluatie van het incident eerst."""
    data = profieldata(bestuur={"college": 5, "raadsleden": 25, "betrokken_bij_incident": True})
    data["randvoorwaarden"]["organisatienorm"] = "nee"
    p = programma(catalogus, data)
    evaluatie = item(p, "stap1-bestuursincident")
    assert evaluatie.start == p.periode.start and evaluatie.na == []


# ---- Stap 4 begint niet vóór stap 2 (R2.3, R3.4, R3.2; gevonden door een lezer)


@pytest.mark.parametrize("voorbeeld", ["klein", "middenstad"])
def test_R2_3_R3_4_werkoverleg_en_hr_gesprek_na_de_werkafspraken_en_de_leidinggevenden(
    catalogus: Catalogus, voorbeeld: str
) -> None:
    """Het werkoverleg houdt de werkafspraken van het team levend (R2.3) en het HR-gesprek
    gaat over de leerdoelen van het team (R3.4, R2.2) met een getrainde leidinggevende (R3.2):
    geen van beide begint vóór het einde van de teamsessie van het team, het HR-gesprek niet
    vóór het einde van de training van de leidinggevenden."""
    from tests.conftest import REPO
    from trainingsplanner.genereren import genereer

    p = genereer(REPO / "examples" / f"{voorbeeld}.yaml", catalogus, "json", DATUM).programma
    leiding = item(p, "stap3-leidinggevenden")
    teamsessie = {  # de werkafspraken van elk team (niet de mentor)
        o.team: o
        for o in p.onderdelen
        if o.stap == 2 and o.team is not None and not o.id.endswith("-mentor")
    }
    stap4 = [
        o
        for o in p.onderdelen
        if o.stap == 4 and o.team and o.leervorm in ("werkoverleg", "gesprek")
    ]
    assert stap4
    for o in stap4:
        sessie = teamsessie[o.team or ""]
        assert sessie.id in o.na and sessie.eind < o.start, (o.id, sessie.id)
        assert cites(o, "R2.3" if o.leervorm == "werkoverleg" else "R3.4"), o.id
        if o.leervorm == "gesprek":
            assert leiding.id in o.na and leiding.eind < o.start, o.id
