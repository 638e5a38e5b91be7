"""Het gemeenteprofiel: invoermodel, kruiscontroles en het startprofiel."""
