"""Places: offline geocoding of GPE/LOC/FAC mentions and the dateline (``newsgraph_places``)."""
