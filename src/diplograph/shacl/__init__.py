"""Stage 6, shacl: the ontology and its shapes, and the verdict of a graph against them."""

from __future__ import annotations

from .validation import check as check
from .validation import validate as validate
