"""Licence status of each credited image: the policy's licences for its agency, on the article's day."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from checker.model import AT_RISK, Article, Exposure, ImageRecord, Licence, LicenceStatus
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
            image.licence = Licence(status="unlicensed", agency=agency, judged_on=day, date_source=source)
            continue
        period = next((p for p in periods if p.covers(day)), None)
        status: LicenceStatus = "licensed"
        if period is None:
            # a licence that has not started yet is not an expired one: the desk's fix differs
            ended = any(p.end is not None and p.end < day for p in periods)
            status = "expired" if ended else "not_yet_licensed"
            period = _nearest(periods, day)
        image.licence = Licence(
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


def status_key(image: ImageRecord) -> tuple[str, str]:
    """(agency as the summary counts it, licence status) for one image."""
    credit = image.credit
    return ("none" if credit is None else credit.agency or "unknown"), image.licence.status


def exposure(licences: dict[str, dict[str, int]], policy: Policy | None) -> dict[str, Exposure]:
    """Per agency, the images used without a licence and, where the policy states a fee, what they could cost."""
    found: dict[str, Exposure] = {}
    for agency, statuses in sorted(licences.items()):
        images = sum(statuses.get(status, 0) for status in AT_RISK)
        if not images:
            continue
        fee = policy.fee(agency) if policy is not None else None
        found[agency] = Exposure(
            images=images,
            fee_per_image=fee[0] if fee else None,
            currency=fee[1] if fee else None,
            amount=round(images * fee[0], 2) if fee else None,
        )
    return found


def nested(counts: Counter[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """{(agency, status): n} as {agency: {status: n}}, sorted."""
    out: dict[str, dict[str, int]] = {}
    for (agency, status), n in sorted(counts.items()):
        out.setdefault(agency, {})[status] = n
    return out
