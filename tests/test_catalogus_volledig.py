"""De catalogus is volledig en exact ten opzichte van de handreiking (R5.1, R6.1, R6.4, R6.6, R7.4).

De verwachte lijsten hieronder zijn los van data/ overgenomen uit de handreiking, zodat een
weggevallen of verkeerd gespelde vermelding hier opvalt.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import REGELS_MD, SEED, vereist
from trainingsplanner.catalogus import Catalogus

TABEL_2 = {
    "normstelling": [
        ("Uitgangspunten, bewustwording en inzicht", "alle", []),
        ("Onderscheid persoonlijke norm en organisatienorm", "alle", []),
        ("Normstelling organisatie", "alle", []),
        ("Vertaling organisatienorm naar teamniveau", "alle", []),
        ("Kennis van agressiebeleid", "alle", []),
        ("Kennis van protocol en handelingsinstructies", "alle", []),
        ("Preventie", "alle", []),
        ("Melden en registratie (GIR)", "alle", []),
        (
            "Afhandeling (medewerkergericht en dadergericht)",
            "beperking",
            ["leidinggevenden", "bot"],
        ),
        (
            "Bespreken, evalueren en analyseren van incidenten en nemen van verbetermaatregelen (leren)",
            "alle",
            [],
        ),
    ],
    "vaardigheden": [
        ("Risicoanalyse/inschatting", "alle", []),
        (
            "Stellen en houden van grenzen; benoemen van norm/grens en gedrag en effect; consequenties aangeven",
            "alle",
            [],
        ),
        (
            "Herkennen van eigen spanningssignalen: lichamelijk, mentaal, vroegsignalering",
            "alle",
            [],
        ),
        ("Toepassen van zelfcontrole van eigen spanning", "alle", []),
        ("Herkennen van spanningssignalen bij de klant: vroegsignalering", "alle", []),
        (
            "Verwerking van schokkende incidenten - schokverwerking",
            "beperking",
            ["leidinggevenden", "bot"],
        ),
        ("Fysieke weerbaarheid", "nadruk", ["toezicht-en-handhaving"]),
        ("Geweldloze afweertechnieken", "nadruk", ["toezicht-en-handhaving"]),
        ("Omgaan met straatcultuur / burgercultuur", "nadruk", ["toezicht-en-handhaving"]),
        ("Handelen bij huisbezoeken", "nadruk", ["sociaal-domein", "werkplein"]),
    ],
    "opvang-en-nazorg": [
        (
            "Verlenen van opvang en nazorg voor slachtoffers",
            "beperking",
            ["leidinggevenden", "bot"],
        ),
    ],
}

TABEL_4 = [
    ("Servicegerichtheid", True, "alle", []),
    (
        "Pre-mediation bij bezwaarschriftenbehandeling",
        False,
        "beperking",
        ["sociaal-domein", "werkplein", "leidinggevenden"],
    ),
    ("Integriteit, zelfreflectie en intervisie", False, "alle", []),
    (
        "Gespreksvoering (gespreksdoel formuleren, slechtnieuwsgesprekken, ordegesprekken, "
        "herstelgesprekken, sancties opleggen, geven van feedback)",
        True,
        "alle",
        [],
    ),
    ("Omgaan met eigen emoties, spanning, zelfcontrole", True, "alle", []),
    ("Omgaan met emoties van de klant", False, "alle", []),
    ("Emotionele veerkracht", False, "alle", []),
    ("Coaching on the job", False, "beperking", ["leidinggevenden"]),
]

TABEL_5 = [
    (
        "maatschappelijk-werk-sph",
        "Maatschappelijk werk en dienstverlening, sociaal pedagogische hulpverlening",
        "Gespreksvoering, omgaan met emoties",
    ),
    ("boa", "BOA", "Gespreksvoering, omgaan met emoties"),
    ("basisopleiding-burgerzaken", "Basisopleiding burgerzaken", "Communicatieve vaardigheden"),
    (
        "basisopleiding-publiekszaken",
        "Basisopleiding publiekszaken",
        "Klantgericht denken en handelen",
    ),
    ("medewerker-kcc", "Medewerker KCC", "Klantgericht denken en handelen"),
]

COMPETENTIES = {
    "werkplein": [
        "Integriteit",
        "Verantwoordelijkheid",
        "Analytisch vermogen",
        "Oordeelsvorming",
        "Conflicthantering",
        "Klantgerichtheid",
        "Mondelinge communicatie",
        "Kwaliteitsgerichtheid",
        "Nauwkeurigheid",
    ],
    "sociaal-domein": [
        "Integriteit",
        "Verantwoordelijkheid",
        "Analytisch vermogen",
        "Oordeelsvorming",
        "Conflicthantering",
        "Klantgerichtheid",
        "Mondelinge communicatie",
        "Kwaliteitsgerichtheid",
        "Nauwkeurigheid",
    ],
    "buitendienst": [
        "Flexibiliteit",
        "Zelfstandigheid",
        "Mondelinge communicatie",
        "Samenwerken",
        "Kwaliteitsgerichtheid",
        "Plannen en organiseren",
    ],
    "publieksdiensten": [
        "Integriteit",
        "Zelfreflectie",
        "Zelfstandigheid",
        "Creativiteit",
        "Conflicthantering",
        "Klantgerichtheid",
        "Mondelinge communicatie",
        "Kwaliteitsgerichtheid",
        "Nauwkeurigheid",
    ],
    "toezicht-en-handhaving": [
        "Zelfstandigheid",
        "Oordeelsvorming",
        "Conflicthantering",
        "Overtuigingskracht",
        "Besluitvaardigheid",
    ],
}

LEIDINGGEVENDEN = [
    "Uitgangspunten, bewustwording en inzicht",
    "Onderscheid persoonlijke norm en organisatienorm",
    "Normstelling organisatie",
    "Vertaling organisatienorm naar teamniveau",
    "Kennis van agressiebeleid",
    "Kennis van protocol en handelingsinstructies",
    "Risicoanalyse/inschatting",
    "Stellen van grenzen; benoemen van norm/grens en gedrag en effect",
    "Herkennen van eigen spanningssignalen: lichamelijk, mentaal, vroegsignalering",
    "Toepassen van zelfcontrole van eigen spanning",
    "Herkennen van spanningssignalen bij de klant: vroegsignalering",
    "Ondersteuning geven tijdens incidenten",
    "Verlenen van opvang en nazorg voor slachtoffers",
    "Melden en registreren – incidentanalyse",
    "Reageren naar de dader – sancties – aangifte",
    "Incidentevaluatie",
]

_RISICO = "Een contact waaraan risico's kleven: wat betekent dit voor de dienstverlening?"
R7_4 = {
    "sociaal-domein": [
        "Preventieve vaardigheden, risico-inschatting",
        _RISICO,
        "Herkennen van psychische klachten",
        "Inschatten van situaties",
        "Omgaan met emoties",
        "Reageren op agressie, geweld en lastig gedrag",
        "Gesprekstechnieken",
        "Handelen volgens protocol",
        "Pre-mediation bij bezwaarschriften",
    ],
    "publieksdiensten": [
        "Preventieve vaardigheden, risico-inschatting",
        _RISICO,
        "Inschatten van situaties",
        "Omgaan met emoties",
        "Reageren op agressie, geweld en lastig gedrag",
        "Gesprekstechnieken",
        "Handelen volgens protocol",
    ],
    "buitendienst": [
        _RISICO,
        "Inschatten van situaties",
        "Omgaan met emoties",
        "Handelen volgens protocol",
        "Aanspreken van burgers en grenzen stellen",
    ],
    "toezicht-en-handhaving": [
        _RISICO,
        "Omgaan met emoties",
        "Handelen volgens protocol",
        "Inschatten van situaties",
        "Gesprekstechnieken",
        "Omgaan met straatcultuur/burgercultuur",
        "Reageren op agressie, geweld en lastig gedrag",
    ],
}
R7_4["werkplein"] = R7_4["sociaal-domein"]


def _groepen(cat: Catalogus, element_naam: str, bronplek: str) -> tuple[str, list[str]]:
    gevonden = [
        e for e in cat.elementen.values() if e.naam == element_naam and e.bronplek == bronplek
    ]
    assert len(gevonden) == 1, f"{element_naam!r} ontbreekt in {bronplek}"
    regel = gevonden[0].doelgroep
    return regel.soort, [*regel.functiegroepen, *regel.doelgroepen]


@pytest.mark.parametrize("cluster", sorted(TABEL_2))
def test_r6_1_tabel_2_volledig_met_doelgroep(catalogus: Catalogus, cluster: str) -> None:
    namen = [
        e.naam
        for e in catalogus.elementen.values()
        if e.cluster == cluster and e.bronplek == "tabel-2"
    ]
    assert namen == [naam for naam, _, _ in TABEL_2[cluster]]
    for naam, soort, groepen in TABEL_2[cluster]:
        assert _groepen(catalogus, naam, "tabel-2") == (soort, groepen)


def test_r6_2_beperkingen_alleen_leidinggevenden_en_bot(catalogus: Catalogus) -> None:
    for code in ("afhandeling", "schokverwerking", "opvang-en-nazorg"):
        regel = catalogus.elementen[code].doelgroep
        assert regel.soort == "beperking"
        assert regel.staat_toe(None, "bot") and regel.staat_toe(None, "leidinggevenden")
        for groep in catalogus.functiegroepen:
            assert not regel.staat_toe(groep, "team")


def test_r6_4_tabel_4_volledig_met_sterretje(catalogus: Catalogus) -> None:
    tabel4 = [e for e in catalogus.elementen.values() if e.bronplek == "tabel-4"]
    assert [e.naam for e in tabel4] == [naam for naam, *_ in TABEL_4]
    for naam, ster, soort, groepen in TABEL_4:
        element = next(e for e in tabel4 if e.naam == naam)
        assert element.inbegrepen_in_opleiding is ster, naam
        assert _groepen(catalogus, naam, "tabel-4") == (soort, groepen)


def test_r6_5_tabel_5_elke_opleiding_gekoppeld(catalogus: Catalogus) -> None:
    rijen = [(o.id, o.naam, o.vaardigheidstraining) for o in catalogus.opleidingen.values()]
    assert rijen == TABEL_5
    assert catalogus.opleidingen["boa"].elementen == ["gespreksvoering", "omgaan-met-eigen-emoties"]
    for opleiding in catalogus.opleidingen.values():
        assert all(catalogus.elementen[x].inbegrepen_in_opleiding for x in opleiding.elementen)


def test_R6_5_tabel_5_communicatieve_vaardigheden_dekken_gespreksvoering_maar_deels(
    catalogus: Catalogus,
) -> None:
    """'Communicatieve vaardigheden' is niet alle gespreksvoering; 'omgaan met emoties' in
    tabel 5 is het element met * uit tabel 4: de eigen emoties (niet die van de klant)."""
    burgerzaken = catalogus.opleidingen["basisopleiding-burgerzaken"]
    assert burgerzaken.elementen == []
    (deel,) = burgerzaken.deels
    assert deel.element == "gespreksvoering"
    for woord in ("ordegesprekken", "slechtnieuwsgesprekken", "sancties opleggen"):
        assert woord in deel.nog_trainen
    for code in ("boa", "maatschappelijk-werk-sph"):
        assert "emoties-van-de-klant" not in catalogus.opleidingen[code].elementen


def test_R6_2_opvang_en_nazorg_organiseren_is_een_eigen_element(catalogus: Catalogus) -> None:
    staf = catalogus.sessies["staf"]
    assert "opvang-en-nazorg" not in staf.elementen
    assert "opvang-en-nazorg-organiseren" in staf.elementen
    regel = catalogus.elementen["opvang-en-nazorg-organiseren"].doelgroep
    assert regel.staat_toe(None, "staf") and not regel.staat_toe("publieksdiensten", "team")


def test_R8_1_handelen_volgens_protocol_en_melden_geoefend_in_de_training(
    catalogus: Catalogus,
) -> None:
    training = catalogus.sessies["vaardigheidstraining"]
    for code in ("handelen-volgens-protocol", "incidenten-melden-in-gir"):
        assert code in training.extra_elementen
        element = catalogus.elementen[code]
        assert element.soort == "vaardigheid" and "e-learning" not in element.leervormen
    assert catalogus.elementen["kennis-van-protocol"].soort == "kennis"  # de theorie


def test_D6_wat_de_handreiking_niet_geeft_is_een_aanname(catalogus: Catalogus) -> None:
    """l.979: geen richtlijn voor de duur van vaardigheidstrainingen; ook geen interval."""
    s = catalogus.sessies
    for code in ("vaardigheidstraining", "basiscompetenties", "teamtraining", "bot"):
        assert "duur" in s[code].aanname, code
    assert (s["bot"].duur_dagen.min, s["bot"].duur_dagen.max) == (1.0, 2.0)
    for code in ("normstelling", "teamsessie", "leidinggevenden", "staf"):
        assert "duur" not in s[code].aanname, code  # de handreiking geeft de duur
    for code in ("leerdoelen-herzien", "opfrisser"):
        assert "interval" in catalogus.activiteiten[code].aanname
    assert all("doorlooptijd" in h.aanname for h in catalogus.stappenplan.herstelketen)
    assert catalogus.stappenplan.planning.aanname


def test_r5_1_vijf_functiegroepen_met_competenties(catalogus: Catalogus) -> None:
    assert list(catalogus.functiegroepen) == list(COMPETENTIES)
    for code, competenties in COMPETENTIES.items():
        groep = catalogus.functiegroepen[code]
        assert groep.competenties == competenties
        assert groep.voorbeeldfuncties and groep.basisopleiding.richtingen


def test_d2_doelgroepen_die_geen_functiegroep_zijn(catalogus: Catalogus) -> None:
    assert list(catalogus.doelgroepen) == [
        "college",
        "raadsleden",
        "mt",
        "leidinggevenden",
        "bot",
        "staf",
        "nieuwe-medewerkers",
        "hele-organisatie",
        "ondernemingsraad",  # de herstelketen (RV1, RV5; REGELS.md §7), niet in D2
    ]


def test_r6_6_lijst_leidinggevenden_volledig(catalogus: Catalogus) -> None:
    assert [p.naam for p in catalogus.elementenbestand.leidinggevenden] == LEIDINGGEVENDEN
    for punt in catalogus.elementenbestand.leidinggevenden:
        assert catalogus.elementen[punt.element].doelgroep.staat_toe(None, "leidinggevenden")


@pytest.mark.parametrize("functiegroep", sorted(R7_4))
def test_r7_4_vaardighedenlijsten_per_functiegroep(catalogus: Catalogus, functiegroep: str) -> None:
    lijst = catalogus.vaardighedenlijst(functiegroep)
    assert lijst is not None
    assert [p.naam for p in lijst.punten] == R7_4[functiegroep]
    for punt in lijst.punten:
        for code in punt.elementen:
            assert catalogus.elementen[code].doelgroep.staat_toe(functiegroep, "team")


def test_d4_tabel_3_als_ontbrekend_vastgelegd(catalogus: Catalogus) -> None:
    assert [o.id for o in catalogus.elementenbestand.ontbrekend] == ["tabel-3"]


def test_r8_1_e_learning_alleen_bij_kennis(catalogus: Catalogus) -> None:
    for element in catalogus.elementen.values():
        if "e-learning" in element.leervormen:
            assert element.soort == "kennis", element.id


def test_r8_3_train_de_trainer_bij_de_genoemde_onderdelen(catalogus: Catalogus) -> None:
    geschikt = {e.id for e in catalogus.elementen.values() if e.train_de_trainer}
    assert {
        "kennis-van-protocol",
        "vertaling-organisatienorm-naar-team",
        "opvang-en-nazorg",
    } <= geschikt
    assert "fysieke-weerbaarheid" not in geschikt
    assert len(catalogus.stappenplan.train_de_trainer) == 5


def test_r7_9_r7_10_r8_2_toetspunten_tips_en_inkoop(catalogus: Catalogus) -> None:
    s = catalogus.stappenplan
    assert [t.id for t in s.toetspunten] == [
        "spelregels",
        "kennis",
        "naleving",
        "doel",
        "doelgroepen",
    ]
    assert len(s.aanbieder_tips) == 8
    assert len(s.elearning_inkoop) == 4
    assert [r.id for r in s.randvoorwaarden] == ["RV1", "RV2", "RV3", "RV4", "RV5"]


_NAAST = "zet de map shared/ (seed/, spec/) naast de repository of wijs hem aan met PLAN_SHARED"


def _normaal(tekst: str) -> str:
    tekst = tekst.replace("’", "'").replace("‘", "'").replace("–", "-")
    tekst = re.sub(r"\s+", " ", tekst)
    return re.sub(r"(\w)- (\w)", r"\1\2", tekst).lower()


def test_elke_elementnaam_staat_letterlijk_in_de_handreiking(catalogus: Catalogus) -> None:
    gids = _normaal(vereist(SEED, "de handreiking", _NAAST).read_text(encoding="utf-8"))
    gids_zonder_spaties = gids.replace(" ", "")
    for element in catalogus.elementen.values():
        naam = _normaal(element.naam)
        assert naam in gids or naam.replace(" ", "") in gids_zonder_spaties, element.naam
    for punt in catalogus.elementenbestand.leidinggevenden:
        assert _normaal(punt.naam).replace(" ", "") in gids_zonder_spaties, punt.naam


def test_regels_yaml_volgt_regels_md(catalogus: Catalogus) -> None:
    tekst = vereist(REGELS_MD, "REGELS.md", _NAAST).read_text(encoding="utf-8")
    # Paragraaf 7 ("Readings sharpened …") verfijnt bestaande regels en voegt geen ids toe.
    tekst = tekst.split("\n## 7.", 1)[0]
    in_spec: dict[str, set[str]] = {}
    for code, labels in re.findall(r"^- (D\d+|R\d+\.\d+|RV\d+) ((?:\[\w+\])*)", tekst, re.M):
        in_spec[code] = set(re.findall(r"\[(\w+)\]", labels)) or {"beslissing"}
    # R7.2 staat op dezelfde regel als R7.1 ("R7.1 [engine] … R7.2 [engine] …").
    for code, label in re.findall(r"\. (R\d+\.\d+) \[(\w+)\]", tekst):
        in_spec.setdefault(code, {label})
    assert set(catalogus.regels) == set(in_spec)
    for code, labels in in_spec.items():
        assert set(catalogus.regels[code].soort) == labels, code
