"""Scoring: a build's competency answers against hand-written gold answers (CQ.md's rules)."""
