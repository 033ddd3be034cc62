"""Yargy grammars for numbers, money and dates; each returns the project's own records."""

from __future__ import annotations

from diplograph.grammars.dates import DateMention, find_dates, parse_date_line
from diplograph.grammars.money import Money, find_money, parse_number

__all__ = ["DateMention", "Money", "find_dates", "find_money", "parse_date_line", "parse_number"]
