"""The words of time: one table per meaning, used by the rules' patterns and resolvers."""
from __future__ import annotations

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
MONTH_NAMES = {number: max((k for k, v in MONTHS.items() if v == number), key=len)
               for number in range(1, 13)}
# Month names that are also common words or names: alone they need a date-like context.
AMBIGUOUS_MONTHS = {"may", "march", "august"}
# words that make a weekday part of a name: "Good Friday", "Super Tuesday", "Black Monday"
NAMED_DAYS = {"good", "black", "super", "easter", "palm", "ash", "holy", "cyber", "bloody",
              "maundy", "shrove", "fat", "giving", "blue", "low", "whit", "trinity"}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a couple of": 2, "a dozen": 12,
    "a hundred": 100, "one hundred": 100, "couple of": 2,
}
# counts a TIMEX3 value writes as X: "several years" is PXY
VAGUE_COUNTS = ("several", "a few", "few", "many", "some", "recent", "coming", "the coming")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4, "final": 4, "last": 4}
# unit -> (months, days) in one unit, the grain a shift by it can claim, and its TIMEX3 letter
UNITS = {
    "day": (0, 1, "day", "D"), "week": (0, 7, "day", "W"), "month": (1, 0, "month", "M"),
    "quarter": (3, 0, "month", "Q"), "year": (12, 0, "year", "Y"),
    "decade": (120, 0, "year", "E"), "century": (1200, 0, "year", "C"),
}
CLOCK_UNITS = {"hour": "H", "minute": "M", "second": "S"}
# Days from the published date: "yesterday", "tonight", "this morning", "last night".
DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "this": 0, "last": -1}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                "overnight": "NI", "tonight": "NI"}
SEASON_MONTHS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
# Holidays on fixed days, as news writes them (matched with their capitals).
HOLIDAYS = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas eve": (12, 24),
    "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
    "valentine's day": (2, 14), "halloween": (10, 31), "independence day": (7, 4),
    "bastille day": (7, 14), "anzac day": (4, 25), "australia day": (1, 26),
    "canada day": (7, 1), "st patrick's day": (3, 17), "guy fawkes night": (11, 5),
}
# Words before a bare four-digit number that make it a year ("between 2010 and 2012").
YEAR_CONTEXT = {
    "in", "since", "by", "until", "till", "during", "from", "to", "and", "or", "between",
    "before", "after", "of", "through", "early", "late", "mid", "year", "around", "circa",
    "spring", "summer", "autumn", "fall", "winter", "fiscal", "than", "for", "into", "due",
    "both",
}
DETERMINERS = {"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"}
# Prepositions before a date phrase, outside its TIMEX3 extent; the timeline keeps the first
# group inside its phrases ("since" makes a duration, the others only locate it)
LEADS = ("in", "on", "since", "during", "by", "until", "till")
# words that may follow a year ("around 1900 when ..."), where a counted noun may not
YEAR_FOLLOWERS = {"when", "and", "or", "but", "as", "to", "in", "on", "at", "before", "after",
                  "until", "with", "by", "for", "the", "a", "an"}
FORWARD_WORDS = {"later", "after", "afterward", "afterwards", "next", "following", "coming"}
# words saying the time is the present, the past or the future, not a date
REFERENCES = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "these days": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "at present": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "recently": "PAST_REF", "more recently": "PAST_REF", "the past": "PAST_REF",
    "recent years": "PAST_REF", "recent days": "PAST_REF", "past years": "PAST_REF",
    "soon": "FUTURE_REF", "the future": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "as soon as possible": "FUTURE_REF",
    "coming months": "FUTURE_REF", "coming quarters": "FUTURE_REF",
    "coming years": "FUTURE_REF",
}
# adverbs of a repeated time: "daily" is every day
SET_WORDS = {"weekly": "P1W", "hourly": "PT1H", "nightly": "P1D"}
# a future or planned sentence: an underspecified date in it lies ahead
FUTURE_MARKERS = (
    "will", "'ll", "shall", "going to", "would", "expects to", "expected to", "plans to",
    "planned for", "plan to", "scheduled", "set to", "due to", "is to", "are to", "intends to",
    "hopes to", "aims to", "next", "upcoming", "coming", "later this",
)
