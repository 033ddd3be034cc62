"""Stage 2, nlp: Articles -> Analyses, through Natasha (tokens, morphology, syntax, NER)."""

from __future__ import annotations

from .analyze import analyze as analyze
from .analyze import analyze_many as analyze_many
from .analyze import analyze_sentences as analyze_sentences
from .analyze import unload_models as unload_models
from .names import nominative as nominative
from .taggers import Models as Models
from .taggers import models as models
from .taggers import models_loaded as models_loaded
