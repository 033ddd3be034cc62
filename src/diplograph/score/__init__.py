"""Scoring: a build's competency answers against hand-written gold answers (CQ.md's rules)."""

from __future__ import annotations

from .answers import ScoreError as ScoreError
from .answers import load_gold as load_gold
from .answers import run_competency as run_competency
from .answers import score_build as score_build
from .match import Score as Score
from .match import score as score
from .match import total as total
