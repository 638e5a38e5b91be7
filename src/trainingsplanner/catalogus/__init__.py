"""De catalogus: de handreiking als gegevens (functiegroepen, elementen, stappenplan, regels)."""
