"""Stage 2, nlp: Articles -> Analyses, through Natasha (tokens, morphology, syntax, NER)."""

from __future__ import annotations

from .analyze import Models as Models
from .analyze import analyze as analyze
from .analyze import analyze_many as analyze_many
from .analyze import analyze_sentences as analyze_sentences
from .analyze import models as models
from .analyze import models_loaded as models_loaded
from .analyze import nominative as nominative
from .analyze import person_name as person_name
from .analyze import unload_models as unload_models
