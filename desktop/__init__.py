"""Dalpak: the front counter of a regional council."""
