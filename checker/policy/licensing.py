"""Licence status of each credited image: the policy's licences for its agency, on the article's day."""

from __future__ import annotations

import datetime as dt

from checker.model import Article, License
from checker.policy.config import LicencePeriod, Policy


def judging_day(article: Article, override: dt.date | None, today: dt.date) -> tuple[dt.date, str]:
    """--date wins, then the date the article states, then today."""
    if override is not None:
        return override, "option"
    if article.published is not None:
        return article.published, "article"
    return today, "today"


def assess(article: Article, policy: Policy, day: dt.date, source: str) -> None:
    if not policy.judges_licences:
        return  # no licences stated: nothing to judge against, every status stays "unknown"
    for image in article.images:
        agency = image.credit.agency if image.credit else None
        if agency is None:
            continue
        periods = policy.licences.get(agency)
        if not periods:
            image.license = License(status="unlicensed", agency=agency, judged_on=day, date_source=source)
            continue
        period = next((p for p in periods if p.covers(day)), None)
        status = "licensed" if period else "expired"
        period = period or _nearest(periods, day)
        image.license = License(
            status=status,
            agency=agency,
            judged_on=day,
            date_source=source,
            start=period.start,
            end=period.end,
            notes=period.notes,
        )


def _nearest(periods: list[LicencePeriod], day: dt.date) -> LicencePeriod:
    """The period closest to the day: the last one that ended before it, else the first that starts after."""
    ended = [p for p in periods if p.end is not None and p.end < day]
    if ended:
        return max(ended, key=lambda p: p.end or dt.date.min)
    return min(periods, key=lambda p: p.start or dt.date.min)
