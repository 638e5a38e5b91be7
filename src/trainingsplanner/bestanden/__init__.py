"""Bestanden lezen en schrijven: strikte YAML met posities, meldingen met plek, atomisch schrijven."""
