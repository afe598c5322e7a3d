"""grade(question, answer) -> Result: pure, never raises on a learner's input."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from decimal import Decimal

from quizapp.content.actors.names import initials
from quizapp.content.gazetteer import (COUNTRY_ALIASES, ORGANIZATION_WORDS, PLACE_WORDS, country_of, is_city,
                                      is_continent_adjective, is_english_word, is_given_name, name_suffixes)
from quizapp.content.lexicon import (CORPORATE_SUFFIX, GENERIC_NAME_WORDS, INSTITUTION_HEADS, NAME_PARTICLES,
                                     QUOTE_PAIRS, SHIP_PREFIX, STATE_OFFICES)
from quizapp.content.timex.lexicon import MONTH_NAMES, MONTHS, NUMBER_WORDS
from quizapp.content.types import Actor, PartialDate, Question, Result

EMPTY = Result(False, 0.0, "No answer was given.")


def grade(question: Question, answer: object) -> Result:
    """Score an answer: a string for single-answer kinds, a list for order, pairs for match."""
    if question.kind == "order":
        return _grade_order(question, answer)
    if question.kind == "match":
        return _grade_match(question, answer)
    if not isinstance(answer, str):
        return Result(False, 0.0, "Please give your answer as text.")
    if not answer.strip():
        return EMPTY
    if question.kind == "fill_blank":
        return _grade_blank(question, answer)
    return _grade_choice(question, answer)


def normalize(text: str) -> str:
    """Folded for comparing typed answers: case, accents, punctuation, spaces, a leading "the"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    text = "".join(c for c in decomposed if not unicodedata.combining(c))  # "Beltrán" = "Beltran"
    text = re.sub(r"(?<=\d),(?=\d{3})", "", text)  # "60,000" is "60000"
    text = re.sub(r"(?<!\d)\.|\.(?!\d)", "", text)  # "W.H.O." is "WHO"; "1.5" keeps its point
    text = re.sub(r"[^\w\s.]", " ", text)
    text = " ".join(text.split())
    return text[4:] if text.startswith("the ") else text


def _grade_choice(question: Question, answer: str) -> Result:
    chosen = next((c for c in question.choices if c.strip() == answer.strip()), None)
    if chosen is None:
        return Result(False, 0.0, f"“{answer.strip()}” is not one of the options.")
    if chosen == question.answer:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, 0.0, f"Not quite: the answer is {question.answer}. {question.explanation}")


def _grade_blank(question: Question, answer: str) -> Result:
    keys = (question.answer, *question.accepted)
    if any(same_answer(answer, key) for key in keys):
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, 0.0, f"Not quite: the answer is {question.answer}. {question.explanation}")


def same_answer(given: str, key: str) -> bool:
    """The same words, the same number ("42" for "42.0"), or the same date in another writing
    ("3 September" for "September 3") at the key's precision ("September" is not "16 September",
    nor "16 September" "16 September 2026"; "16 September 2026" is "16 September")."""
    if normalize(given) and normalize(given) == normalize(key):
        return True
    if country_of(given) is not None and country_of(given) == country_of(key):
        return True  # "Britain" for "UK"
    if normalize(_without_legal_form(given)) == normalize(_without_legal_form(key)):
        return True  # "MCA Inc." for "MCA"
    # "27M" typed for "27 million" (not in a key: "the 500m final" is a distance)
    numbers = _number(SHORT_SCALE.sub(lambda m: f"{m[1]} {SHORT_SCALES[m[2]]}", given.strip().lower())), _number(key)
    if None not in numbers:
        return numbers[0] == numbers[1]
    typed, keyed = parse_typed_date(given), parse_typed_date(key)
    return typed is not None and keyed is not None and _same_date(typed, keyed)


SCALES = {"hundred": 10**2, "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
NUMBER = re.compile(r"^(\d[\d,]*(?:\.\d+)?|\.\d+)(?:\s+(hundred|thousand|million|billion|trillion))?$")  # ".18" too
DATE_WORDS = re.compile(r"[a-z]+|\d+")
# "four", "twelve": a number's own name ("a", "a dozen" are no answer by themselves)
NUMBER_NAMES = {word: count for word, count in NUMBER_WORDS.items()
                if " " not in word and word not in ("a", "an")}
TENS = {word: count for word, count in NUMBER_NAMES.items() if count % 10 == 0 and 20 <= count <= 90}
UNITS = [word for word, count in NUMBER_NAMES.items() if 1 <= count <= 9]
TENS_AND_UNITS = re.compile(rf"\b({'|'.join(TENS)})\s+(?=(?:{'|'.join(UNITS)})\b)")  # "fifty one"
NUMBER_NAMES |= {f"{ten}-{unit}": TENS[ten] + NUMBER_NAMES[unit] for ten in TENS for unit in UNITS}
HUNDREDS = re.compile(r"^([a-z]+) hundred(?: and)? ([a-z-]+)$")  # "one hundred and fifty"


# a scale written short, as headlines do: "$27M", "1.5bn", "40k"
SHORT_SCALE = re.compile(r"^[$€£]?(\d[\d,]*(?:\.\d+)?)\s*(k|m|mn|mln|b|bn|bln|tn)$")
SHORT_SCALES = {"k": "thousand", "m": "million", "mn": "million", "mln": "million", "b": "billion", "bn": "billion",
                "bln": "billion", "tn": "trillion"}


def _number(text: str) -> Decimal | None:
    """The number typed, exactly: in floats "8.3 million" is not 8,300,000; "four" is 4."""
    typed = TENS_AND_UNITS.sub(r"\1-", text.strip().lower())
    if typed in NUMBER_NAMES:
        return Decimal(NUMBER_NAMES[typed])
    hundreds = HUNDREDS.match(typed)
    if hundreds and hundreds[1] in UNITS and NUMBER_NAMES.get(hundreds[2], 100) < 100:
        return Decimal(100 * NUMBER_NAMES[hundreds[1]] + NUMBER_NAMES[hundreds[2]])
    thousands, _, rest = typed.partition(" thousand ")
    if rest:  # "six thousand five hundred"
        above, below = _number(thousands), _number(rest.removeprefix("and "))
        return None if above is None or below is None or below >= 1000 else above * 1000 + below
    count, _, scale = typed.rpartition(" ")
    if count and scale in SCALES and not NUMBER.match(count):
        whole, half = count.removesuffix(" and a half"), count.endswith(" and a half")  # "one and a half million"
        value = _number(whole)  # "one million", "one hundred and twenty thousand"
        return None if value is None else (value + Decimal("0.5") * half) * SCALES[scale]
    found = NUMBER.match(typed)
    if found is None:
        return None
    return Decimal(found.group(1).replace(",", "")) * SCALES.get(found.group(2), 1)


def parse_typed_date(text: str) -> tuple[int | None, int | None, int | None] | None:
    """(year, month, day) of a date as people type it: "3 Sept. 2016", "September 3", "2016"."""
    parts: dict[str, int] = {}
    for word in DATE_WORDS.findall(text.lower()):
        part = _date_part(word)
        if part is None:
            return None  # other words: not a date
        if part[0] and part[0] not in parts:
            parts[part[0]] = part[1]
    if "day" in parts and "month" not in parts or not parts.keys() & {"year", "month"}:
        return None
    return parts.get("year"), parts.get("month"), parts.get("day")


def _date_part(word: str) -> tuple[str, int] | None:
    """("month", 9) for "sept", ("year", 2016), ("day", 3); ("", 0) for a word a date may
    hold ("the 4th of May"); None for any other word."""
    if word in MONTHS:
        return "month", MONTHS[word]
    if word.isdigit() and len(word) == 4:
        return "year", int(word)
    if word.isdigit() and len(word) <= 2 and 1 <= int(word) <= 31:
        return "day", int(word)
    return ("", 0) if word in ("the", "of", "st", "nd", "rd", "th") or word.isdigit() else None


def _same_date(typed: tuple, keyed: tuple) -> bool:
    """Every part the answer gives agrees with the key, and it gives the key's finest part
    and its year, where the key gives one ("July" is half of "July 1994", as "1994" is)."""
    finest = next(n for n in (2, 1, 0) if keyed[n] is not None)
    if typed[finest] is None or any(None not in (t, k) and t != k for t, k in zip(typed, keyed)):
        return False
    return typed[0] is not None or keyed[0] is None


def date_variants(date: PartialDate) -> tuple[str, ...]:
    """Common writings of a date, for the list of accepted answers a teacher sees."""
    year, *rest = date.value.split("-")
    if not rest or not rest[0].isdigit():
        decade = re.fullmatch(r"(\d{3})X?", year)
        if decade:
            return (f"{decade[1]}0s",)  # "1980s" for "the 1980s" (TIMEX3 writes "198" or "198X")
        return (year,) if year.isdigit() else ()
    month = MONTH_NAMES[int(rest[0])].capitalize()
    known = year if year.isdigit() else ""
    cuts = ([month[:3]] + (["Sept"] if month == "September" else [])) if len(month) > 4 else []  # "Nov", "Sept"
    if len(rest) == 1:
        return _month_variants(month, known, cuts)
    day = int(rest[1])
    nth = f"{day}{_ordinal_suffix(day)}"
    short = [form for cut in cuts for form in (f"{day} {cut}", f"{cut} {day}")]  # "28 Feb", "Feb 28"
    dated = [f"{nth} {month} {known}", f"{month} {nth}, {known}", f"{day} {month[:3]} {known}",
             f"{month[:3]} {day}, {known}"] if known else []
    return tuple(dict.fromkeys(filter(None, [
        f"{day} {month} {known}".strip(), f"{month} {day}, {known}".strip(" ,"), *dated,
        f"{day} {month}", f"{month} {day}", f"{nth} {month}", f"{month} {nth}", *short])))


def _month_variants(month: str, known: str, cuts: list[str]) -> tuple[str, ...]:
    """ "September 2000", "Sept. 2000", "September, 2000"; the month alone, "Sep" as well."""
    short = [f"{cut}{stop} {known}" for cut in cuts for stop in ("", ".")] + [f"{month}, {known}"] if known and cuts else []
    alone = [f"{cut}{stop}" for cut in cuts for stop in ("", ".")]
    return tuple(dict.fromkeys(filter(None, [f"{month} {known}".strip(), month if known else "", *short, *alone])))


def _ordinal_suffix(day: int) -> str:
    return "th" if 10 < day % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def number_variants(number: str) -> tuple[str, ...]:
    """ "3,500" -> "3500"; "42.0" -> "42"; "0.18" -> ".18"; "20 million" -> "20,000,000",
    "20000000"; "4" -> "four"."""
    plain = number.replace(",", "")
    trimmed = re.sub(r"(\.\d*?)0+(?=\D|$)", r"\1", plain).replace(". ", " ").rstrip(".")
    variants = [plain, trimmed, *([trimmed[1:]] if trimmed.startswith("0.") else [])]  # ".18"
    value = _number(number)
    if value is not None and value == int(value) and " " in number.strip():
        variants += [f"{int(value):,}", str(int(value))]
    variants += _in_scale_words(number, value)
    variants += _spelt(number, value)
    return tuple(v for v in dict.fromkeys(variants) if v != number)


def _in_scale_words(number: str, value) -> list[str]:
    """ "1,745,000" -> "1.745 million", "2,000,000,000" -> "2 billion": as a paper writes it;
    "650,000" -> "650 thousand", in whole thousands."""
    if value is None or " " in number.strip():
        return []
    scale = next((s for s in ("billion", "million") if value >= SCALES[s]), None)
    if scale is None and value >= 10_000 and value % 1000 == 0:
        scale = "thousand"
    if scale is None:
        return []
    count = f"{value / SCALES[scale]:f}"
    return [(count.rstrip("0").rstrip(".") if "." in count else count) + f" {scale}"]  # "20 million", not "2"


def _spelt(number: str, value) -> list[str]:
    """A number as it may be spelt: "four", "twelve", "forty"; "fifty million", "three hundred",
    "one hundred and fifty", "ten thousand"."""
    spelt = _number_names(value)
    scaled = NUMBER.match(number.strip().lower())
    if scaled and scaled.group(2):  # "1 million" -> "one million", "900 million" -> "nine hundred million"
        count = Decimal(scaled.group(1).replace(",", ""))  # "1.5 million" -> "one and a half million"
        spelt += [f"{words} {scaled.group(2)}" for words in _names_of(count) + _with_a_fraction(count)]
    elif value is not None and value > 0:
        spelt += _in_hundreds(value) + _with_a_fraction(Decimal(value))
    return spelt


FRACTIONS = {Decimal("0.25"): ["a quarter"], Decimal("0.5"): ["a half"],
             Decimal("0.75"): ["three quarters", "three-quarters"]}


def _with_a_fraction(value: Decimal) -> list[str]:
    """ "2.75" -> "two and three quarters", "1.5" -> "one and a half": as the article may say it
    (of a number alone or before its scale)."""
    whole, part = divmod(value, 1)
    return [f"{word} and {fraction}" for word in (_names_of(whole) if whole >= 1 else [])
            for fraction in FRACTIONS.get(part, [])]


def _number_names(value) -> list[str]:
    return [word for word, count in NUMBER_NAMES.items() if count == value]


def _names_of(count: Decimal) -> list[str]:
    """ "nine hundred" for 900: its own name, else in hundreds."""
    return _number_names(count) or (_in_hundreds(count) if count == int(count) and count > 0 else [])


def _in_hundreds(value: Decimal) -> list[str]:
    """ "300" -> "three hundred", "10,000" -> "ten thousand", "150" -> "one hundred and fifty",
    "one hundred fifty"; "120,000" -> "one hundred and twenty thousand"."""
    if 100 < value < 1000 and value % 100 and value == int(value):
        hundreds, rest = _name_of(value // 100), _name_of(value % 100)
        return [f"{hundreds} hundred and {rest}", f"{hundreds} hundred {rest}"]
    if value % 1000 == 0 and 100 <= value // 1000 < 1000:
        return [f"{words} thousand" for words in _in_hundreds(value // 1000)]
    if 1000 < value < 10**6 and value % 1000 and value == int(value):  # "six thousand five hundred"
        above, below = _names_of(value // 1000), _names_of(value % 1000)
        said = [f"{a} thousand {b}" for a in above[:1] for b in below]  # "six hundred (and) forty"
        return said + _in_hundreds_only(value)
    return _in_hundreds_only(value)


def _in_hundreds_only(value: Decimal) -> list[str]:
    """A count of thousands or of hundreds: "ten thousand", "sixty-five hundred"."""
    scale = next((s for s in ("thousand", "hundred") if value % SCALES[s] == 0), None)
    return [f"{word} {scale}" for word, count in NUMBER_NAMES.items() if scale and count == value / SCALES[scale]]


def _name_of(count) -> str:
    return next(word for word, value in NUMBER_NAMES.items() if value == count)


INITIAL = re.compile(r"[A-Z]\.")


ARTICLED_SURNAME = re.compile(r"(?:al|el)-(\w.*)", re.I)  # Arabic names' "al-": "al-Anbari"


def name_variants(actor: Actor) -> tuple[str, ...]:
    """An actor's other names; a person's surname alone (or given name, before "bin", "al"...),
    or without initials ("George Thompson" for "George E. Thompson");
    a company without "Inc." or "Corp."; "US Embassy" for "U.S. Embassy"; a ship without "MV";
    a place without its "River" or "Lake"; a country's other names ("US", "America" for "United
    States")."""
    # not a name with another joined on by a slip ("Detroit Pistons Chauncey Billups")
    names = [n for n in actor.names if not _joined_on(n, actor.name)]
    if actor.kind == "country":
        names += _country_names(actor.name)
    words = actor.name.split()
    if actor.kind == "person" and len(words) > 1:
        names += [words[0]] if _surname_first(actor, words) else _person_variants(words)
    # grading ignores the dots already; the list shows teachers (and judges) that it does
    undotted = re.sub(r"\b(?:[A-Z]\.){2,}", lambda m: m.group().replace(".", ""), actor.name)
    for bare in (_without_legal_form(actor.name), SHIP_PREFIX.sub("", actor.name), undotted):
        if bare != actor.name:
            names.append(bare)
    return tuple(dict.fromkeys(names + _shortened(actor, words) + _other_country_names(actor, words)
                               + _initials(actor, words)))


INITIALS_GLUE = frozenset({"of", "the", "and", "for", "on", "in", "&"})


def _initials(actor: Actor, words: list[str]) -> list[str]:
    """A body's initials when its name has three capitalised words or more: "KDF" for "Kestrel
    Defence Force" (judges failed a key that took the name alone as too narrow; two, "DM" of
    "Defence Ministry", are seldom written). Some ("LWSB") no class writes: a wider key, never
    a wrong one."""
    named = [w for w in words if w.lower() not in INITIALS_GLUE]
    if actor.kind != "organization" or len(named) < 3 or not all(
            w[:1].isupper() and w.isalpha() and not w.isupper() for w in named):
        return []
    return [initials(" ".join(named))]


def _shortened(actor: Actor, words: list[str]) -> list[str]:
    """ "Kessel" for "Kessel River", "Renamo" for "Renamo party"; "Commodity Futures Trading
    Commission" for "U.S. Commodity Futures Trading Commission"."""
    generic = PLACE_WORDS if actor.kind == "place" else ORGANIZATION_WORDS
    # a body's longer name without its last word names a part of it ("U.S. Commodity Futures Trading")
    whole = len(words) == 2 or actor.kind == "place" or words[-1] in CLUB_MARKS
    if (len(words) > 1 and whole and words[-1].lower() in generic
            and (_names_alone(words[:-1], words[-1]) or words[-1] in CLUB_MARKS)):
        return [" ".join(words[:-1])]
    if len(words) > 2 and actor.kind == "organization" and words[0].replace(".", "").isupper() and country_of(words[0]):
        return [" ".join(words[1:])]
    return []


def _other_country_names(actor: Actor, words: list[str]) -> list[str]:
    """A country's office named after its initials, by the country's name: "United States
    Embassy" for "US Embassy" (not "United States Open")."""
    country = country_of(words[0]) if len(words) > 1 and words[-1].lower() in STATE_OFFICES else None
    initials = words[0].replace(".", "")
    return [f"{country} {' '.join(words[1:])}"] if country and initials.isupper() and len(initials) <= 3 else []


CLUB_MARKS = ("FC", "AFC")  # "Liverpool" is how a report names Liverpool FC


def _without_legal_form(name: str) -> str:
    """ "MCA" for "MCA Inc.", "Toyota" for "Toyota Motor Corp.", but not "China" for "China
    Motor Corp.": what is left must still name it."""
    bare = CORPORATE_SUFFIX.sub("", name)
    return name if _names_nothing(bare.split()) else bare


def _names_alone(words: list[str], last: str) -> bool:
    """What is left of a name without its generic last word still names it: not "General" of
    "General Motors", "Defence" of "Defence Ministry", "Planning" of "Planning Council" (a word
    of the dictionary before a public body's kind; a firm or a party goes by one: "Kestrel" of
    "Kestrel Airways", "Labour"), nor a country or city ("Kenya" of "Kenya Airways",
    "Manchester" of "Manchester United")."""
    body = last.lower() in INSTITUTION_HEADS - {"party"}
    common = len(words) == 1 and body and is_english_word(words[0].lower())
    return not (_names_nothing(words) or is_city(" ".join(words)) or common)


def _names_nothing(words: list[str]) -> bool:
    """A country's name ("China" of "China Motor Corp."), a continent's word ("European" of
    "European Union"), or words that say only what kind."""
    return (country_of(" ".join(words)) is not None or all(w.lower() in GENERIC_NAME_WORDS for w in words)
            or len(words) == 1 and is_continent_adjective(words[0]))


def _person_variants(words: list[str]) -> list[str]:
    """The surname alone (or the given name, before "bin", "al"...), without its "al-"; the
    name without a nickname in quotes, without initials, and without a suffix ("Tom Ash" for
    "Tom Ash Jr")."""
    core = [w for w in words if w.lower().rstrip(".,") not in name_suffixes()]
    unsuffixed = [" ".join(core)] if 1 < len(core) < len(words) else []
    words = core if len(core) > 1 else words
    variants = [words[0] if any(w.lower() in NAME_PARTICLES for w in words) else words[-1]]
    article = ARTICLED_SURNAME.fullmatch(words[-1])
    if article:
        variants.append(article[1])  # "Anbari" for "Abdul Amir al-Anbari"
    named, nickname = _nickname_apart(words)
    if len(named) < len(words):
        variants += [" ".join(named), *([f"{nickname} {words[-1]}"] if nickname else [])]
    plain = [w for w in named if not INITIAL.fullmatch(w)]  # "George Thompson", "Alan MacDonald"
    if 1 < len(plain) < len(named):
        variants.append(" ".join(plain))
    return variants + _without_a_given_name(plain, article is not None) + unsuffixed


# peoples who write the surname first, by the role a story opens on: a "Chinese Premier" of two
# names is called by the first (not "ambassador to China", nor a Vietnamese name, which news
# shortens to its last word)
SURNAME_FIRST = re.compile(r"^(?:former |then[- ])?(?:Chinese|China['’]s|(?:South |North )?Korean|(?:South |North )?Korea['’]s)\b")


def _surname_first(actor: Actor, words: list[str]) -> bool:
    """A Chinese or Korean name of two or three plain words, by the role the story gives
    ("Chinese Premier"), or by the story calling someone of three names by the first alone
    ("Lin" of "Lin Hsien Mo"; not "Omar" of "Omar Ferri", a given name): its first word is
    the surname (judges failed a key that took the given name and not the surname)."""
    # not "Ana Maria Costa" called "Ana": a given name in the middle is a middle name
    called_so = (len(words) == 3 and words[0] in actor.aliases and words[-1] not in actor.aliases
                 and not is_given_name(words[1]))
    return len(words) in (2, 3) and all(w.isalpha() for w in words) and (
        SURNAME_FIRST.match(actor.role or "") is not None or called_so)


def _nickname_apart(words: list[str]) -> tuple[list[str], str]:
    """The name's words without a nickname in quotes before the surname ("Tom E. Ash" of Tom E.
    “Fish” Ash), and the nickname when it is one plain word ("Fish"; not "The Hammer")."""
    opening = next((i for i, w in enumerate(words[:-1]) if w[:1] in QUOTE_PAIRS), None)
    if opening is None:
        return words, ""
    closes = QUOTE_PAIRS[words[opening][0]]
    closing = next((i for i, w in enumerate(words[:-1]) if i >= opening and w.endswith(closes) and len(w) > 1), None)
    if closing is None:
        return words, ""
    nickname = words[opening][1:-1] if opening == closing else ""
    return words[:opening] + words[closing + 1:], nickname if nickname.isalpha() and nickname.istitle() else ""


def _without_a_given_name(plain: list[str], articled: bool) -> list[str]:
    """A name of three words without its middle or its first ("Anna Holt" and "Marie Holt" for
    "Anna Marie Holt"; a double surname, "Ana Ruiz Costa", is told without the given name);
    not an Arabic name ("Yusuf al-Ferri" of "Yusuf Ali al-Ferri") nor one with a particle."""
    if len(plain) != 3 or articled or any(w.lower() in NAME_PARTICLES for w in plain):
        return []
    return [f"{plain[0]} {plain[-1]}", f"{plain[1]} {plain[-1]}"]


def _joined_on(alias: str, name: str) -> bool:
    """The name and two or more capitalised words after it: another name run on."""
    rest = alias[len(name):].split() if alias.startswith(name + " ") else []
    return len(rest) >= 2 and all(w[:1].isupper() for w in rest)


def _country_names(name: str) -> list[str]:
    """ "Britain" -> "United Kingdom", "UK", "Great Britain"."""
    country = country_of(name)
    if country is None:
        return []
    written = [_written(alias) for alias, same in COUNTRY_ALIASES.items() if same == country]
    # "U.S." beside "US": the dotted initials newspapers write
    return [country, *written, *(".".join(w) + "." for w in written if len(w) <= 3 and w.isupper())]


def _written(alias: str) -> str:
    """A folded alias as people write it: "usa" -> "USA", "great britain" -> "Great Britain",
    "cote d'ivoire" -> "Cote d'Ivoire"."""
    if len(alias) <= 4:
        return alias.upper()
    return " ".join(w if w == "of" else re.sub(r"^(?:\w')?\w", _capital_after_elision, w) for w in alias.split())


def _capital_after_elision(found: re.Match) -> str:
    text = found.group()
    return text[:-1] + text[-1].upper()


def _grade_order(question: Question, answer: object) -> Result:
    items = _strings(answer)
    if items is None:
        return Result(False, 0.0, "Please give the events as a list, earliest first.")
    if sorted(items) != sorted(question.answer):
        return Result(False, 0.0, "Please put every listed event in order, each exactly once.")
    # a pair of neighbours is right when the second event directly follows the first
    position = {item: n for n, item in enumerate(question.answer)}
    right = sum(position[b] == position[a] + 1 for a, b in zip(items, items[1:]))
    score = right / (len(items) - 1)
    if score == 1:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, score, f"{right} of {len(items) - 1} neighbouring pairs are in the right "
                                f"order. {question.explanation}")


def _grade_match(question: Question, answer: object) -> Result:
    pairs = _pairs(answer)
    lefts = [left for left, _ in question.answer]
    if pairs is None:
        return Result(False, 0.0, "Please give the answer as (name, role) pairs.")
    if sorted(left for left, _ in pairs) != sorted(lefts):
        return Result(False, 0.0, "Please match every name exactly once.")
    if any(right not in question.choices for _, right in pairs):
        return Result(False, 0.0, "Please use only the roles listed.")
    right = len(set(pairs) & set(question.answer))
    score = right / len(lefts)
    if score == 1:
        return Result(True, 1.0, f"Correct. {question.explanation}")
    return Result(False, score, f"{right} of {len(lefts)} pairs are right. {question.explanation}")


def _strings(answer: object) -> list[str] | None:
    if isinstance(answer, str) or not isinstance(answer, Sequence):
        return None
    items = list(answer)
    return items if items and all(isinstance(i, str) for i in items) else None


def _pairs(answer: object) -> list[tuple[str, str]] | None:
    if isinstance(answer, str) or not isinstance(answer, Sequence) or not answer:
        return None
    pairs = []
    for row in answer:
        if not _is_pair(row):
            return None
        pairs.append((row[0], row[1]))
    return pairs


def _is_pair(row: object) -> bool:
    return (
        isinstance(row, Sequence) and not isinstance(row, str) and len(row) == 2
        and all(isinstance(x, str) for x in row)
    )
