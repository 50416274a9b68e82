"""Fixtures shared by the quotes tests."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quotes(nlp, request):
    """The statements of the test module's ``TEXT``, run once per module through the full pipeline."""
    return nlp(request.module.TEXT)._.quotes
