"""Example newsclean plugin: the furniture of one local TV station's site."""

from __future__ import annotations

import newsclean

__all__ = ["STATION_APP_PROMO", "rules", "weather_alert_banner"]

STATION_APP_PROMO = newsclean.PhraseRule(
    id="station-app-promo",
    description="Local station app promotion.",
    phrases=["Download the News Channel 3-12 app"],
    match="line-start",
    must_remove=["Download the News Channel 3-12 app for breaking news"],
    must_keep=["He said he would download the app later."],
)


@newsclean.line_rule(
    id="weather-alert-banner",
    description="The station's all-caps weather alert banner.",
    must_remove=["FIRST ALERT WEATHER DAY: Heavy rain Tuesday"],
    must_keep=["First, alert the neighbours, the fire chief said."],
)
def weather_alert_banner(line: str) -> bool:
    return line.startswith("FIRST ALERT WEATHER")


def rules() -> list[newsclean.Rule]:
    """The entry point: the rules this plugin adds to newsclean's default pipeline."""
    return [STATION_APP_PROMO, weather_alert_banner]
