"""Vertaalt pydantic-validatiefouten naar Nederlandse meldingen met bestand, regel en kolom.

Eén plek voor deze vertaling, zodat catalogi en profielen dezelfde meldingen geven.
"""

from __future__ import annotations

import re
import types
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError

from trainingsplanner.bestanden.yamlbron import Pad, YamlDocument
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.suggestie import bedoelde_u

M = TypeVar("M", bound=BaseModel)

_BERICHTEN: dict[str, str] = {
    "missing": "dit veld ontbreekt; vul het in",
    "int_type": "moet een geheel getal zijn",
    "int_parsing": "moet een geheel getal zijn (zonder punt of komma)",
    "int_from_float": "moet een geheel getal zijn (zonder punt of komma)",
    "float_type": "moet een getal zijn",
    "float_parsing": "moet een getal zijn (gebruik een punt als decimaalteken: 0.5)",
    "bool_type": "moet true of false zijn",
    "bool_parsing": "moet true of false zijn",
    "string_type": "moet tekst zijn",
    "list_type": "moet een lijst zijn (regels die beginnen met '- ' of [a, b])",
    "dict_type": "moet een blok met velden zijn (sleutel: waarde)",
    "model_type": "moet een blok met velden zijn (sleutel: waarde)",
    "model_attributes_type": "moet een blok met velden zijn (sleutel: waarde)",
    "date_type": "moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
    "date_parsing": "is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
    "date_from_datetime_parsing": "is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
    "date_from_datetime_inexact": "moet een datum zijn zonder tijd, bijvoorbeeld 2027-02-01",
    "too_short": "is te kort of te leeg",
    "string_too_short": "mag niet leeg zijn",
    "string_unicode": "moet tekst zijn",
    "string_sub_type": "moet tekst zijn",
    "finite_number": "moet een gewoon getal zijn (geen .inf of .nan)",
    "int_parsing_size": "is te groot",
    "float_parsing_size": "is te groot",
    "none_required": "moet leeg zijn",
    "tuple_type": "moet een lijst zijn (regels die beginnen met '- ' of [a, b])",
    "set_type": "moet een lijst zijn (regels die beginnen met '- ' of [a, b])",
    "mapping_type": "moet een blok met velden zijn (sleutel: waarde)",
    "dataclass_type": "moet een blok met velden zijn (sleutel: waarde)",
    "date_future": "moet een datum in de toekomst zijn",
    "date_past": "moet een datum in het verleden zijn",
    "datetime_type": "moet een datum zijn in de vorm JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
    "datetime_parsing": "is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2027-02-01",
    "frozen_instance": "mag niet worden gewijzigd",
    "frozen_field": "mag niet worden gewijzigd",
    "is_instance_of": "heeft niet de verwachte vorm",
    "union_tag_invalid": "heeft niet de verwachte soort",
    "union_tag_not_found": "mist het veld dat de soort aangeeft",
    "decimal_type": "moet een getal zijn",
    "decimal_parsing": "moet een getal zijn",
    "bytes_type": "moet tekst zijn",
    "json_invalid": "is geen geldige JSON",
    "assertion_error": "klopt niet",
}
_JA_NEE = {w: "true" for w in ("ja", "j", "yes", "y", "on", "aan", "waar", "t", "1")} | {
    w: "false" for w in ("nee", "n", "no", "off", "uit", "onwaar", "f", "0")
}
"""Zo schrijven mensen ja en nee; het profiel kent alleen true en false (issue 16, punt 10)."""

ONBEKEND = "heeft een ongeldige waarde; vergelijk met het voorbeeld in plan init"
"""Voor een pydantic-fouttype zonder vertaling: liever algemeen dan Engels."""


def valideer(model: type[M], document: YamlDocument) -> M:
    """Valideer de gelezen gegevens; alle fouten samen, elk met plek, als InvoerFout."""
    try:
        return model.model_validate(document.data)
    except ValidationError as fout:
        raise InvoerFout(problemen_uit(fout, model, document)) from None


def problemen_uit(
    fout: ValidationError, model: type[BaseModel], doc: YamlDocument
) -> list[Probleem]:
    return [_probleem(dict(e), model, doc) for e in fout.errors(include_url=False)]


def _probleem(e: dict[str, Any], model: type[BaseModel], doc: YamlDocument) -> Probleem:
    pad: Pad = tuple(deel for deel in e["loc"] if isinstance(deel, str | int))
    soort = str(e["type"])
    invoer = e.get("input")
    ctx = e.get("ctx") or {}
    if soort == "extra_forbidden":
        velden = _velden_op(model, pad[:-1])
        naam = str(pad[-1]) if pad else ""
        hint = bedoelde_u(naam, velden)
        bericht = (
            f"onbekend veld '{naam}'.{hint}"
            if hint
            else f"onbekend veld '{naam}'; toegestaan zijn: {', '.join(sorted(velden))}"
        )
        return doc.probleem(pad, bericht, sleutel=True)
    if soort == "literal_error":
        opties = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        if not opties:
            opties = [str(o) for o in re.findall(r"(\d+)", str(ctx.get("expected", "")))]
        gegeven = _toon(invoer)
        bericht = f"{gegeven} is niet toegestaan; kies uit: {', '.join(opties)}."
        bericht += bedoelde_u(str(invoer), opties)
        return doc.probleem(pad, bericht.rstrip("."))
    if soort in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
        grens = next(iter(ctx.values()), "")
        woorden = {
            "greater_than": "groter dan",
            "greater_than_equal": "minstens",
            "less_than": "kleiner dan",
            "less_than_equal": "hoogstens",
        }
        return doc.probleem(pad, f"{_toon(invoer)} mag niet; moet {woorden[soort]} {grens} zijn")
    if soort == "string_pattern_mismatch":
        return doc.probleem(
            pad,
            f"{_toon(invoer)} is geen geldige code; gebruik kleine letters, cijfers en "
            "streepjes (bijvoorbeeld toezicht-en-handhaving) of een regelcode als R3.2",
        )
    if soort == "value_error":
        return doc.probleem(pad, str(ctx.get("error", e.get("msg", ""))))
    if soort == "too_long":
        return doc.probleem(pad, f"is te lang (hoogstens {ctx.get('max_length')})")
    if soort == "string_too_long":
        return doc.probleem(pad, f"is te lang (hoogstens {ctx.get('max_length')} tekens)")
    if soort == "string_too_short" and int(ctx.get("min_length", 1)) > 1:
        return doc.probleem(pad, f"is te kort (minstens {ctx.get('min_length')} tekens)")
    if soort == "multiple_of":
        return doc.probleem(
            pad, f"{_toon(invoer)} mag niet; moet een veelvoud van {ctx.get('multiple_of')} zijn"
        )
    if soort == "enum":
        opties = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        bericht = f"{_toon(invoer)} is niet toegestaan; kies uit: {', '.join(opties)}."
        return doc.probleem(pad, (bericht + bedoelde_u(str(invoer), opties)).rstrip("."))
    if soort == "missing":
        return doc.probleem(pad, f"verplicht veld '{pad[-1]}' ontbreekt; vul het in" if pad else "")
    basis = _BERICHTEN.get(soort, ONBEKEND)
    if soort in ("bool_type", "bool_parsing") and isinstance(invoer, str):
        goed = _JA_NEE.get(invoer.strip().lower())
        if goed is not None:
            return doc.probleem(
                pad, f"moet true of false zijn; schrijf {goed} in plaats van '{invoer}'"
            )
    if invoer is not None and soort not in ("missing",) and not isinstance(invoer, dict | list):
        basis = f"{_toon(invoer)} {basis}" if soort.endswith("parsing") else basis
    return doc.probleem(pad, basis)


def _toon(waarde: Any) -> str:
    if isinstance(waarde, str):
        return f"'{waarde}'"
    if waarde is None:
        return "een lege waarde"
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    return str(waarde)


def _velden_op(model: type[BaseModel], pad: Pad) -> list[str]:
    """De veldnamen van het (sub)model op `pad`, voor een suggestie bij een onbekend veld."""
    huidig: Any = model
    for deel in pad:
        huidig = _kern(huidig)
        if isinstance(deel, int):
            args = get_args(huidig)
            huidig = args[0] if args else Any
            continue
        if isinstance(huidig, type) and issubclass(huidig, BaseModel):
            veld = huidig.model_fields.get(deel)
            huidig = veld.annotation if veld else Any
        elif get_origin(huidig) is dict:
            huidig = get_args(huidig)[1]
        else:
            return []
    huidig = _kern(huidig)
    if isinstance(huidig, type) and issubclass(huidig, BaseModel):
        return list(huidig.model_fields)
    return []


def _kern(annotatie: Any) -> Any:
    """Haal Optional/Annotated weg zodat het onderliggende type overblijft."""
    while True:
        origin = get_origin(annotatie)
        if origin in (Union, types.UnionType):
            rest = [a for a in get_args(annotatie) if a is not type(None)]
            annotatie = rest[0] if rest else Any
            continue
        if origin is not None and hasattr(annotatie, "__metadata__"):
            annotatie = get_args(annotatie)[0]
            continue
        return annotatie
