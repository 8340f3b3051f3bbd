"""A small news site made of realistic pages: the same furniture around different stories."""

from __future__ import annotations

STORIES = [
    (
        "Council votes to repave State Street",
        "The city council voted 5-2 on Tuesday to repave State Street next summer, ending "
        "a two-year argument over the cost of the work.",
        "Work is expected to start in June and to last about four months, the city said.",
    ),
    (
        "Harbor seals return to the breakwater",
        "Dozens of harbor seals have returned to the breakwater for the pupping season, "
        "and rangers have closed part of the walkway to give them room.",
        "Visitors are asked to stay at least fifty feet away from the animals.",
    ),
    (
        "School board delays vote on new calendar",
        "The school board postponed its vote on a new academic calendar after parents "
        "packed Monday's meeting to object to an earlier start date.",
        "The board will take up the proposal again at its next meeting in March.",
    ),
    (
        "Wildfire crews gain ground near Ojai",
        "Firefighters have contained nearly half of the wildfire burning in the hills above "
        "Ojai, helped by cooler weather and higher humidity overnight.",
        "Evacuation orders for two neighborhoods were lifted on Thursday morning.",
    ),
    (
        "Farmers market moves to Saturdays",
        "The downtown farmers market will move from Tuesday evenings to Saturday mornings "
        "starting next month, organizers announced on Wednesday.",
        "Vendors said the change should bring more families to the market.",
    ),
    (
        "Library extends weekend hours",
        "The central library will stay open until eight on Saturdays and Sundays after the "
        "council approved money for two more librarians.",
        "The longer hours begin on the first weekend of April.",
    ),
]

# who is quoted in each page's story, so no two pages share a paragraph
SPEAKERS = [
    "Ana Ruiz",
    "Ben Okafor",
    "Carla Meyer",
    "Dev Patel",
    "Elena Rossi",
    "Femi Adeyemi",
    "Greta Lind",
    "Hugo Brandt",
    "Ines Costa",
    "Jonas Weber",
    "Kira Novak",
    "Luis Ortega",
    "Mara Quinn",
    "Nils Berg",
]

NAVIGATION = ["Home", "Local News", "Weather", "Sports", "Contact Us"]
# the site's own furniture, which no built-in rule knows
PROMO = [
    "Harbor Cam: watch the pier live every evening from six until the sun goes down",
    "Sea Breeze Radio brings you the morning show with Dana and Rick on weekdays",
]
FOOTER = ["© 2024 Coast News Network", "Privacy Policy | Terms of Use"]
# story text that repeats: a sign-off inside every story, and a sentence after the story
SIGN_OFF = "Reporting by the Coast News staff"
CREDIT = "The Associated Press contributed to this report, the station said on Friday."


def page(number: int, *, teaser_of: int | None = None) -> str:
    """Page ``number``: navigation, the story (with its date), related teasers, the footer."""
    title, first, second = STORIES[number % len(STORIES)]
    speaker = SPEAKERS[number % len(SPEAKERS)]
    first = f"{first[:-1]}, according to {speaker}."
    second = f"{second[:-1]}, {speaker} added."
    related = [STORIES[(number + k) % len(STORIES)][0] for k in (1, 2)]
    if teaser_of is not None:
        related[0] = STORIES[teaser_of][0]
    return "\n".join(
        [
            *NAVIGATION,
            "",
            title,
            f"Published March {number + 1}, 2024 at {number % 12 + 1}:15 PM",
            "",
            first,
            "",
            SIGN_OFF,
            "",
            second,
            "",
            CREDIT,
            "",
            PROMO[0],
            "",
            PROMO[1],
            "",
            "Related stories",
            *related,
            "",
            *FOOTER,
        ]
    )


def pages(count: int = 12) -> list[str]:
    return [page(n) for n in range(count)]
