"""Eén generator per sessie of activiteit, geregistreerd met de regelcodes die hij toepast."""
