"""The quality gate: every prompt, option, statement and summary is checked before it leaves
the engine; a question that fails is not asked, a summary falls back to a clean cut of its
source sentence.

Checks on the text come first (cheap); a text that passes them is parsed again, without the
named-entity recognizer, and checked for a finite verb with its subject in one sentence.
Each check is a rule with the example texts it is made for (tests/content/test_rules.py).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from typing import Iterable, NamedTuple

from quizapp.content.actors.spans import ENTITY_LABELS
from quizapp.content.clauses.subjects import bare_title, birth_name, has_indefinite_article
from quizapp.content.clauses.verbs import pinned_to_a_day
from quizapp.content.clauses.text import as_sentence, capitalised, in_a_quotation
from quizapp.content.gazetteer import (HONORIFICS, THING_NAME_WORDS, country_of, country_of_people, is_city, is_english_word,
                                      is_given_name, is_nationality, is_us_state, misspelt, person_nouns, sure_gender)
from quizapp.content.lexicon import (
    AGENT_ENDINGS, ARRIVING, ARTICLES, BELONGING, BODY_KINDS, CHAMBER_HEADS, COUNTING_WORDS, COUNTRY_WORDS, DANGLING_ENDS,
    EDGE_WORDS, EPITHET_PLACE_NOUNS, FEMALE_HONORIFICS, FUTURE_MODALS,
    GROUP_NOUNS, HELD_POSTS, INCIDENT_NOUNS, INSTITUTION_HEADS, KIN, LEANING_OPENERS, MEASURE_UNITS, MEMBERSHIP, NAMED_DEEDS,
    NAMES_WITH_THE, ONE_UNNAMED, SAYING_NOUNS,
    MALE_HONORIFICS, NATIONALITY_NOUNS, OPENING_EDGE_WORDS, OPENING_PRONOUNS, OWN_STEPS,
    OWNED_FIGURE_WORDS, PAIRED_MARKS, PARTICIPLE_ENDINGS, PEOPLE_NOUNS, PLACE_MARKERS, PLACING_VERBS, PLAIN_WORDS, PLURAL_NOUN_TAGS,
    POSSESSIVE_PRONOUNS, RANK_WORDS, REPORTING_LEMMAS, ROLE_NOUNS, SELF_RULED, SIDE_WORDS, SINGULAR_PLURALS, SIZED_PLACES,
    STATE_BODIES, THING_NOUNS, TIME_NOUNS,
    TITLE_TIMES, TITLE_WORDS, UNNAMED_PLACES, UNNAMED_PLACES_CAPITALISED,
)
from quizapp.content.rules import Rule, table
from quizapp.content.timex.lexicon import CLOCK_UNITS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, UNITS, WEEKDAYS
from quizapp.content.timex.patterns import YEAR
from quizapp.content.types import TimeExpression

BLANK = "_____"
MAX_WORDS = 40
MAX_LINE_WORDS = 35  # a sentence longer than this is no line for a timeline
# openings that point at the sentence before: "Reflecting the concern, ...", "In comparison, ..."
# the same, set off inside the sentence: "boosted net 16%, by contrast"
LEANING_INSIDE = re.compile(r"\b(?:by|in) contrast\b(?! (?:to|with)\b)|\bfor (?:instance|example)\b"
                            r"|\bin a (?:related|separate)\b|\bon the other hand\b|\ba similar\b|(?-i:\b[Aa] different\b)|\bpreviously\b"
                            # "warned however that": not "however hard it rained"
                            r"|, however,|(?<=\w) however\b(?! (?:hard|much|many|long|far|often|few|little|well"
                            r"|it|he|she|they|we|you|I|the|a|an|this|these|those|his|her|its|their)\b)"
                            r"|\bthe latter\b(?! (?:half|part|stages?|years?|days|weeks|months|period)\b)"
                            # "Tom Ash then moved to Lakeport": after what?
                            r"|(?-i:(?:_____|\b(?!The\b)[A-Z][\w-]+) then [a-z]+\b)", re.I)
# a year said as a date ("in 2003", "May 4, 2003"; not "2000 jobs", "the 2010 Lakeport Games"
# nor a season's "2010-11"), and a span of years that tells one period ("from 1982 to 2003")
YEAR_SAID = re.compile(rf"\b(?:in|since|by|until|of|from|to|on|during|before|after|through|early|late|mid"
                       rf"|(?:{'|'.join(MONTHS)})\.?(?: \d{{1,2}},?)?)\s+((?:1[89]|20)\d\d)\b(?!\s*[-–]\s*\d)", re.I)
YEAR_SPAN = re.compile(r"\b(?:from|between)\s+(?:\S+\s+){0,4}?\d{4}\s+(?:to|and|until|through)\s+(?:\S+\s+){0,4}?\d{4}"
                       r"|\d{4}\s*[-–]\s*\d{4}")
# "at 7p.m.": a slip of the source
# "stepped out at 8:30" once "this morning" is cut: morning or evening, and where?
BARE_CLOCK = re.compile(r"\bat \d{1,2}[:.]\d\d\b(?![:.]\d)(?!\s*(?:[ap]\.?m\b|[A-Z]{2,5}\b|in the|local|hours?|o'clock|h\b))")
RUN_IN_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?[ap]\.m\.", re.I)  # "7pm" is a house style
# the words of a post: "Foreign Secretary", "policeman" (a common noun is one too)
POSTS = TITLE_WORDS | ROLE_NOUNS
# a long word in capitals: a newspaper's stress ("PATHOLOGICALLY dishonest"), unless an acronym
SHOUTED_WORD = re.compile(r"\b[A-Z]{6,}\b(?=\s+[a-z]|[\s.,;:!?”\"]*$)")  # not "the SECURE Act"
SHOUTED_HYPHENED = re.compile(r"\b[A-Z]{3,}-[A-Z]{3,}\b")  # "EAGLE-EYED astronomers"
# "Tom Ash wrote Tom Ash": what is left of a quotation told before its speaker
NAME_ON_BOTH_SIDES = re.compile(r"\b([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)+) [a-z]+ \1\b")


# a full name, or a surname before "and" another full name, then that name alone after a small
# word: "Tom Ash and Ana Costa travelled with Ash", "Ash and Ana Costa travelled with Ash"
SURNAME_AGAIN = re.compile(r"(?:\b[A-Z][\w'’-]+ ([A-Z][\w'’-]+)\b.*|(?<![\w'’-])([A-Z][\w'’-]+) and [A-Z][\w'’-]+ [A-Z][\w'’-]+\b.*)"
                           r" (?:with|by) (?:\1|\2)\b(?!['’]s\b)")


def _name_on_both_sides(text: str) -> bool:
    """ "Tom Ash wrote Tom Ash", the whole name each time (not "West Lakeport United beat
    Lakeport United"); "Tom Ash and Ana Costa travelled with Ash", the surname again."""
    for found in NAME_ON_BOTH_SIDES.finditer(text):
        before = text[: found.start()].split()
        if not before or not before[-1][:1].isupper():
            return True
    return SURNAME_AGAIN.search(text) is not None


# "passes between Olunga." once the second name is cut
BETWEEN_ONE = re.compile(r"\bbetween (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*\s*[.?;]")
# what is left of "the January-March period" once its date is cut (not "two- and three-year")
HANGING_HYPHEN = re.compile(r"\b[A-Za-z]+- (?!(?:and|or|to|nor|through|but)\b)")
# what is left of "November 3-4" once its first day is cut or blanked: "visited Lakeport -4"
RANGES_END = re.compile(r"(?:_____|\b[A-Z][a-z]+ )[-–]\d")
# "In May 14 a court ruled": the source's slip for "On May 14"
IN_A_DAY = re.compile(rf"\b[Ii]n (?:{'|'.join(m.capitalize() for m in MONTHS)})\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)")
# "Kestrel finished eighth, Lakeland ninth": the second clause's verb left for the reader to
# supply (not a day: "sworn in on Monday, March 3rd")
GAPPED_PLACING = re.compile(rf", (?!(?:{'|'.join(m.capitalize() for m in MONTHS)})\.? )(?:[A-Z][\w'’.-]+ )+"
                            r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))[.?]$")
# a source's slip: "a number of number of workers", "the the mayor" (not "had had", "that that",
# nor a name: "Bora Bora")
DOUBLED_WORDS = re.compile(r"\b(?!(?:had|that|in|on|out|up|off|down|over|by)\b)([a-z]+(?: [a-z]+){0,2}) \1\b")
# "Born, February 26, 1901, ...": a source's slip that parts a participle from its phrase
CUT_OFF_PARTICIPLE = re.compile(r"^(?:Born|[A-Z][a-z]+(?:ed|ing)),\s")
# "Late poet Ana Costa died": "the late" without its article, and the death told twice
LATE_WITHOUT_THE = re.compile(rf"^Late (?!(?i:on|in|at|last|this|that|yesterday|today|tonight|{'|'.join(PARTS_OF_DAY)}"
                              rf"|{'|'.join(MONTHS)}|{'|'.join(WEEKDAYS)})\b)[A-Za-z]+ [A-Z]")
# a participle put first, its subject after the verb: "Trailing are South Korea and China"
# (a plural verb: "Beijing is" is a city's name)
INVERTED_OPENING = re.compile(r"^[A-Z][a-z]+ing (?:are|were)\b")
LEANING_PHRASES = ("in addition", "in the meantime", "on top of that", "as a result", "the same", "since then",
                   "after that", "before that", "by then", "reflecting", "in comparison",
                   "by comparison", "in contrast", "similarly", "for its part", "for their part",
                   "for example", "for instance", "in fact", "during that", "at that time",
                   "in other developments", "by contrast", "under the terms", "in a related",
                   "in a separate", "in other business", "in other news",
                   "a few days later", "a few weeks later", "a few months later", "a few years later",
                   "just a few", "days later", "years later", "weeks later", "months later", "hours later",
                   "a day later", "that same", "as reported", "in that ", "more recently", "most recently",
                   "in the last ", "in the latest ", "in the previous ")
RELATIVE_OPENERS = frozenset({"who", "whom", "whose", "which"})
# words that point at what the reader was not told: "appealed to anyone", "went further"
VAGUE = re.compile(r"\b(?:anyone|anything|someone|something|everyone|everything|nobody|nothing|"
                   r"further|as much|did so|do so|doing so|likewise|in addition|on top of that|"
                   r"again|as well|also|too|then(?=[?.]$)|(?:got|received|had) (?:some )?(?:good|bad) news(?! (?:that|about|of|for|from|on)\b))"
                   r"\b(?![^?]*_____)", re.I)
# nobody said anything: no fact for a line or a question
NO_COMMENT = re.compile(r"\b(?:(?:was|were|is|are)(?:(?:n't| not) (?:immediately )?| un)available (?:to|for) comment"
                        r"|declined (?:to )?comment|had no comment|could(?:n't| not) be reached(?: for comment)?)\b",
                        re.I)
# ", who was not available for comment,": an aside, not what the sentence says
ASIDE = re.compile(r",[^,]*,")
# what points back to a thing or a period named before, blank or no blank: "such arrangements",
# "Year-earlier results were $_____"
POINTING_BACK = re.compile(r"\b(?:such (?!as\b)\w+|similar (?!to\b)\w+|year-earlier|year-ago|a year (?:ago|earlier)|last year's"
                           r"|, the same (?:date|day|week|month|year|time)\b"
                           r"|\b(?:the|a) nearby\b"  # near what?
                           # "to become one of the eight African countries": which eight, the story said
                           r"|\bthe (?:three|four|five|six|seven|eight|nine|ten|(?!1\d{3}\b|20\d\d\b)\d+) (?:[a-z-]+ ){0,2}[a-z]+s(?=[.?]$)"
                           r"|\bthe (?:last|previous|next) (?:general )?(?:election|elections|vote|poll)\b"
                           r"|\bthe same (?:[a-z]+ )?(?:province|region|district|county|country|case)\b"
                           # "died from the disease": which one? "broke out as a result": of what?
                           r"|(?-i:\bthe disease\b)|\bas a result\b(?! of\b)"
                           r"|\b(?:over|during) the (?:same )?period\b(?!\s+(?:of|from|between|to|since|\d))"
                           r"|\banother (?:[A-Z]\w+ )?(?:region|province|state|city|town|village|district|county|country|area)\b"
                           r"|\banother (?:(?-i:[A-Z])\w+ ){0,3}(?:branch|office|plant|factory)\b"
                           r"|^(?:True or false\? |Fill in the blank: )?the current (?!account\b)\w+"
                           # "The fifth, Lakesat-2, was launched": the fifth of what?
                           r"|^(?:True or false\? |Fill in the blank: )?the (?:first|second|third|fourth|fifth|sixth"
                           r"|seventh|eighth|ninth|tenth|last|latest),"
                           # "won her second gold in the event": which of the story's events?
                           r"|\bin the event\b(?! of\b)"
                           # "Lakeland held four elections in two years, the most recent": of what date?
                           r"|, the (?:most recent|latest|last|first)[.?]?$"
                           # "Three other new species were found": other than which? (not "Tom Ash and two other men")
                           r"|(?<!and )(?<!with )(?<!like )(?<!among )(?<!, )(?<![\d,.])"
                           r"\b(?:the|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*"
                           r"|several|many) other (?!than\b)\w+"
                           # "In another incident, ...", "Four years later, ...": after what?
                           r"|^(?:True or false\? |Fill in the blank: )?\w+ (?:years|months|weeks|days) later\b"
                           r"|\bin (?:another|a separate|a similar) (?:incident|attack|case|development|tragedy|accident"
                           r"|operation|raid)\b"
                           # "Fellow Lakeport rider Ana Costa finished fourth": fellow of whom?
                           r"|(?-i:\bFellow\b)(?! of\b)"
                           # "In its place, fans marched": in the place of what?
                           r"|^(?:True or false\? |Fill in the blank: )?in (?:its|it['’]s|their) (?:place|stead)\b"
                           # "A third gas blast hit the mine": after which two?
                           r"|^(?:True or false\? |Fill in the blank: )?(?:On [^,]{1,30}, )?a (?:second|third|fourth|fifth|sixth)\b"
                           # "fell another 1.4%": after which fall? "Company CEO Tom Ash": which company?
                           r"|\banother [\d$€£]|(?:^(?:True or false\? |Fill in the blank: )?|\bthe )company"
                           r" (?:CEO|chief executive|chairman|president|spokes(?:man|woman|person)|founder)\b"
                           # "Amtek themselves were challenged": as well as whom?
                           r"|(?-i:\b[A-Z][\w.]* (?:themselves|itself|himself|herself)(?= (?:was|were|is|are|had|has|have"
                           r"|did|would|will|could|\w+ed)\b)))(?!\w)",
                           re.I)
TOWN_OWNING = re.compile(r"\bthe (?:city|town)['’]s\b")
# "How Tom Ash was elected.": what the question word asked is gone with its clause
WH_OPENING = re.compile(r"^(?:True or false[?:] )?(?:(?:On|In) [^,]{1,30}, )?(?:how|why|whether)\b", re.I)


def _town_unnamed(text: str) -> bool:
    """ "at the city's observatory": which city, when no name comes before it?"""
    found = TOWN_OWNING.search(text)
    return found is not None and not names_something(text[:found.start()])


# the day's share price of a company: background to its story, not a fact worth asking
SHARE_PRICE = re.compile(r"\bcomposite trading\b|\bBig Board\b|\bover-the-counter\b"
                         r"|\b(?:closed|ended|finished) (?:unchanged |(?:up|down) [^,]{1,30} )?(?:at|to) [A-Z]{0,2}\$"
                         r"|\b(?:closed|ended|finished) (?:up|down) [\d.]+ (?:at|to) (?:[\d.]+|_____) (?:dollars|cents|pence)\b")
PREFIXES = re.compile(r"^(?:True or false\?|Fill in the blank:)\s*")
# "an" before these sounds like a vowel; "a" before these like a consonant
SILENT_H = re.compile(r"^(?:hour|honest|honou?r|heir)", re.I)
VOWEL_SOUNDING = re.compile(r"^(?:hour|honest|honou?r|heir|8|11|18)|^[FHLMNRSX][A-Z\d]")
# "a union", "a urinary infection", "a Ukrainian", "a UN resolution": a "you" sound
CONSONANT_SOUNDING = re.compile(r"^(?:(?i:uni|use|usu|uti|eu|one\b|once|ewe|u\.|ukr|uku|ur[aeio]|ubi|uto)|U[A-Z])")
# debris of markup or of a dateline: "amp" from "&amp;", TeX quotes, "Brisbane, Australia -"
DEBRIS = re.compile(r"''|&\w+;|\bamp\b|\b[A-Z]amp[A-Z]\b|(?<!\w)_(?!_)|\b\d+-\s|^[A-Z][\w .,]*\s[-–—_]\s"
                    r"|\s\"\s|\s['’]\s|\b(?:uh|um|erm)\b|\b[a-z]{3,}\d+\b"
                    r"|#\d[\d,.]* (?:million|billion)|\bdlrs\b|\b(?:of|to|in|at|on|and|the)[A-Z][a-z]|@"
                    r"|\s'(?:ve|re|ll)\b|[a-z] (?:For|And|But|Of) [a-z]|\b[A-Za-z][a-z]*-\s[A-Z]|\breports? citing\b"
                    r"|`|\b[A-Z]{2,}[a-z]{4,}\b|\(\d{1,2}\)"
                    # "actorTom Ash": two words run together (not "easyJet"); "Walk Of Fame": a name's "of" capitalised
                    r"|\b[a-z]{3,}[A-Z][a-z]{2,} [A-Z]|\b[A-Z][a-z]+ Of (?!The\b)[A-Z]"
                    # "per -person": a hyphen left before a word; "Tom Ash's was awarded": an owner with nothing owned
                    r"|(?<=[a-z]) -[a-z]{2,}|['’]s (?:was|were) [a-z]+(?:ed|en)\b"
                    # "the highlands , a week after": a space before a comma; "at 09:00hours"
                    r"|\w ,|\b\d{1,2}:\d\d(?:hours|hrs)\b"
                    # "and their son, 28; were found": a list's semicolon left before its verb
                    r"|; (?:was|were|is|are|had|has|have)\b"
                    # "Tom Ash said It is devastating news": a quotation that lost its marks
                    r"|\bsaid (?:It|He|She|They|We|This|There|Our|My) "
                    # a list's bullet, a mangled apostrophe ("LakelandÕs"), a thousands comma with
                    # two digits ("110,00 cars"), a passive of dying ("Tom Ash was passed.")
                    r"|•|[a-z]Õs\b|\b\d{1,3},\d\d(?![\d,])|\b(?:was|were) passed[.?]$"
                    # "a 17thcentury painting": an ordinal run into its noun; "O’connor": a name's
                    # capital lost after its "O’"
                    r"|\b\d+(?:st|nd|rd|th)[a-z]{4,}\b|\bO['’][a-z]{2,}"
                    # "LAKEPORT (AP) Ana Costa won": a wire's dateline left before the story
                    r"|^[A-Z]{3,}[A-Z ,.]*\((?:AP|AFP|Reuters|UPI|CP|PTI|IANS)\)")
# "7-6(4 to win ...)": a bracket the tokenizer left inside a word, its closing one moved off
GLUED_BRACKET = re.compile(r"\w\([^)\s]*\s")
# "resigned as mayor of the city of 78,000": which city?
SIZE_ALONE = re.compile(rf"(?<!, )\bthe (?:{'|'.join(SIZED_PLACES)}) of (?:about |some |nearly |more than )?[\d,.]+\b")
# "_____-feet tall": the source's slip for "7,025 feet tall" or "a 7,025-foot peak"
BLANK_INTO_UNITS = re.compile(rf"{BLANK}-(?:{'|'.join(sorted(u for u in MEASURE_UNITS if u.endswith('s') or u == 'feet'))})\b")
# "Tom Ash, _____, Ana Costa and ...": one of a list of names, trivia however the list is read
NAME_WORDS = r"[A-Z][\w'.-]*(?: [A-Z][\w'.-]*)*"
BLANK_IN_A_LIST = re.compile(rf"{NAME_WORDS}, {BLANK}, {NAME_WORDS}(?:,| and)|, {BLANK},? and [A-Z]"
                             rf"|^(?:Fill in the blank: )?{BLANK}, (?:{NAME_WORDS}, )*{NAME_WORDS},? and [A-Z]")
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# a word said twice over ("stated unambiguously unambiguously"), but "had had", "that that" and
# names ("Boutros Boutros-Ghali")
DOUBLED = re.compile(r"\b(?!(?:had|that|in)\b)([a-z]+) \1\b")
# "The Lakeport City marathon champion said the Lakeport City marathon champion": four words said
# again straight after a word or three
PHRASE_TWICE = re.compile(r"\b((?:[\w’'-]+ ){3}[\w’'-]+)(?: (?!(?:to|until|and|or|than)\b)[\w’'-]+){1,4} \1\b", re.I)
# a name said of itself: "Amtek Annual Meeting's 16th Amtek Annual Meeting", "Lakeport was Lakeport"
NAME_TWICE = re.compile(r"\b([A-Z][\w-]*(?: [A-Z][\w-]*)*)(?:['’]s (?:\S+ )?| (?:was|were|is|are) )\1\b(?! [A-Z])")
# five words opening on a name said again anywhere after: "Amtek goalkeeper Tom Ash in the wake
# of the loss added Amtek goalkeeper Tom Ash in the wake of the loss" (a quote's teller made its
# clause); not "mayor of the city of Lakeport in 2010 and re-elected mayor of the city of Lakeport"
LONG_PHRASE_TWICE = re.compile(r"\b([A-Z][\w’'-]* (?:[\w’'-]+ ){3}[\w’'-]+)\b.* \1\b")
# "northern", "south-eastern", "central": where in a place
DIRECTION = r"(?:(?:north|south|east|west)(?:ern)? |(?:north|south)-?(?:east|west)ern |central )"
MISSING_THE = re.compile(rf"\b(?:in|to|from|of|by|at|for|with|into|against) {DIRECTION}?(?:{'|'.join(NAMES_WITH_THE)})\b"
                         r"(?!\s+(?!and\b|or\b)[a-z])"  # "by White House officials" is right
                         r"|\b(?:in|to|from|of|by|at|with|into|against) Senate\b(?!\s+(?!and\b|or\b|following\b|after\b"
                         r"|before\b|on\b|in\b|at\b|during\b|last\b|this\b|when\b|as\b|over\b)[A-Za-z])"
                         r"|\b(?:in|to|from|of|at) (?:US|U\.S\.|UK|EU) (?:state|city|capital|county) of\b"
                         # "relations between EU and Lakeland": a union's letters take "the" too
                         r"|\b(?:in|to|from|of|by|at|for|with|into|against|between) (?:EU|UN)\b(?![\w-]|\s+(?!and\b|or\b)[A-Za-z])"
                         # a wire's dropped articles: "by Lakelandian army", "in Kestrel Bank city of Tarnow"
                         r"|\b(?:by|to|from|with|against) [A-Z][a-z]+(?:an|ese|ish|i) (?:army|government|military|navy"
                         r"|parliament|cabinet|embassy|side)\b"
                         rf"|\b(?:in|to|from|at|hit|struck|reached) {DIRECTION}?"
                         r"[A-Z][\w-]+(?: [A-Z][\w-]+)? (?:city|town|village|province) of [A-Z]"
                         rf"|\bin {DIRECTION}part of\b"
                         # "tried new generation of weapons", "talks with Lakelandian Kestrel group"
                         r"|\b(?!(?:the|a|its|their|his|her|our|this|that|every|each)\b)[a-z]+ new generation of\b"
                         r"|\b(?:by|from|with|against|between|to|of) (?:[A-Z][\w-]+ ){1,3}group\b|\bat invitation of\b")
# an anniversary marked without its article: "marked two-year anniversary of the accord"
ANNIVERSARY_WITHOUT_THE = re.compile(r"\b(?:mark|marks|marked|celebrated|commemorated) "
                                     r"(?:(?!(?:the|an?|its|their|his|her)\b)[\w-]+ ){0,2}anniversary\b")
# a body opening a sentence without its "the": "Lakeport Space Research Organisation (LSRO)
# launched", "Ministry of Health said", "Kenyan Constitutional Court quashed the ruling"
BODY_WITHOUT_THE = re.compile(r"(?!The\b)(?:(?:[A-Z][\w-]+ )+Organi[sz]ation|(?:Ministry|Department) of)\b")
PEOPLES_BODY = re.compile(r"([A-Z][a-z]+) (?:[A-Z][\w-]+ )*"
                          r"(?:Court|Parliament|Council|Commission|Agency|Ministry|Government|Army|Navy|Police|Bank)\b")


def _body_without_the(text: str) -> bool:
    """Not one whose post opens the sentence ("Kenyan Foreign Ministry spokesperson Ana Costa")."""
    body = PREFIXES.sub("", text)
    if BODY_WITHOUT_THE.match(body):
        return True
    found = PEOPLES_BODY.match(body)
    after = body[found.end():].split()[:1] if found else []
    return (found is not None and country_of_people(found.group(1)) is not None
            and not (after and after[0].lower() in person_nouns()))


# a slip of the wire's short style: "died after lengthy illness", "won silver in 500m"
MISSING_ARTICLE = re.compile(r"\b(?:after|following|from) (?:long|lengthy|brief|short) (?:illness|battle)\b"
                             r"|\b(?:on|in|of|at|to|from) [A-Z][a-z]+ community\b"
                             r"|\b(?:gold|silver|bronze|title|won|win|wins|first|second|third|fourth|fifth)"
                             r" in \d+ ?(?:m|km|metres|meters)\b(?! of\b)"
                             r"|\b(?:took|take|takes|taking) oath\b"
                             r"|\b(?:with|of|to|by|for|from|against) main [A-Z]"
                             r"|\b(?:launched|launches|began|begins|started|starts) (?:[A-Z][\w-]+ )+(?:[a-z]+ )?"
                             r"(?:campaign|drive|programme|program|scheme|initiative)\b"
                             r"|\b[Ii]n past (?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten) (?:\w+ )?"
                             r"(?:years|months|weeks|days|decades|seasons)\b")
# a company's name in capitals, as a newswire's first mention writes it: "GOODY PRODUCTS Inc."
NAME_IN_CAPITALS = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\s+[A-Z]{4,}\b|\b[A-Z]{5,}\s+(?:Inc|Corp|Co|Ltd|PLC)\b")
# a title the source left in lower case before a name: "UN secretary general Kofi Annan"
LOWER_CASE_TITLE = re.compile(r"\b[A-Z]{2,}\.?\s+(?:secretary[- ]general|secretary|president|chairman|"
                              r"director|spokesman|minister|ambassador)\s+[A-Z][a-z]+\s+[A-Z]"
                              # "lodged by inspector Tom Ash", "When was inspector Tom Ash posted"
                              r"|\b(?:by|from|with|against|for|was|were|did) (?:inspector|constable|sergeant|detective"
                              r"|judge|magistrate|senator|governor|mayor|professor|colonel|captain|commissioner"
                              r"|superintendent)\s+[A-Z][a-z]+\s+[A-Z]")
# "found Former Enron Corp. CEOs ... guilty": a source slip no name explains
CAPITALISED_FORMER = re.compile(r"(?<=[a-z,;] )Former\b")
# "described the White House", "branded the plan": the "as" that said how was cut away
WITHOUT_ITS_AS = re.compile(r"\b(?:described|regarded|branded|labell?ed)\b(?!.*\bas\b)")
# a guess, not a fact of the story: "he wouldn't be surprised if the share rose"
GUESS = re.compile(r"\b(?:wouldn't|would not|won't|will not) be surprised\b", re.I)
# a speaker said to say himself, where clause surgery lost the words: "McCammon said McCammon"
SAYS_ITSELF = re.compile(r"\b([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*) (?:said|says|told|added) \1\b")
# who said it, by a pronoun alone: "..., he added."
UNNAMED_SPEAKER = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|adds|noted|told)\b")
# the reporter's own place: "left here", "in this municipality", "GM officials here"
REPORTERS_PLACE = re.compile(r"\b(?:(?:left|arrived|came|returned|officials|analysts|executives|sources"
                             r"|diplomats|observers|residents) here|\b(?:from|over|at) here"
                             r"|this (?:city|town|municipality|village))\b(?![^\"“”]*[\"”])", re.I)
# a day only the story's own day places, outside a quotation: "assembling in Baghdad today"
STORYS_DAY = re.compile(r"\b(?:today|yesterday|tomorrow|tonight)\b(?![^\"“”]*[\"”])", re.I)
# a clause cut down to a name after a semicolon: "made by Lawrence Wechsler; the White House."
# a slip of the source: "the rapid ascent the of price of oil"
ARTICLE_BEFORE_PREPOSITION = re.compile(r"\b(?:the|a|an)\s+(?:of|in|on|at|to|for|by|with|from)\s", re.I)
# "sentenced to five years jail": the source's slip for "years in jail" or "years' jail"
TERM_WITHOUT_IN = re.compile(r"\b(?:years|months|weeks|days) (?:jail|prison)\b")
# "from around 20 yards (meters)": a wire service's conversion whose figure the page lost
UNIT_WITHOUT_FIGURE = re.compile(rf"\((?:{'|'.join(sorted(MEASURE_UNITS))})\)")
STUMP_AFTER_SEMICOLON = re.compile(r";\s*(?:the\s+)?(?:[A-Z]\S*\s+){0,2}[A-Z]\S*[.?]$")


LONG_LIST = re.compile(r"(?:\b[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*, ){3}[A-Z]")  # four names and more
QUOTATION = re.compile(r"“[^”]*”|\"[^\"]*\"")
FIRST_PERSON = re.compile(r"^(?:We|Our|My)\b|\b(?:I|me|my|mine|myself|we|us|our|ours|ourselves)\b")


def _first_person_unquoted(text: str) -> bool:
    """ "We learned that", "said I may lose my freedom": a speaker's own words outside a quote
    (who?), or that lost their quotation marks; not the numeral of "George I"."""
    bare = QUOTATION.sub("", PREFIXES.sub("", text))
    return any(m.group() != "I" or not re.search(r"[A-Z]\w*\s+$", bare[:m.start()])
               for m in FIRST_PERSON.finditer(bare))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w’'.-]+", text.replace(BLANK, "BLANK"))


# a hedge whose figure was cut away: "was released about [30 minutes later]"
HEDGE_LEFT = re.compile(r"(?<!\bcame )(?<!\bcome )(?<!\bbrought )(?<!\bbring )\b(?:about|around|nearly|almost"
                        r"|approximately|roughly)[.?!]?$")


# "agreed upon", "looked into": a verb's own particle ends the sentence
PARTICLE_ENDING = re.compile(r"\b\w+(?:ed|en) (?:upon|into)[.?!]?$")


def _last_word(text: str) -> str:
    words = _words(text.rstrip("?.!"))
    return words[-1].lower().strip(".") if words else ""


# a straight single quote that opens a quotation ("a possible 'citywide strike"), and one that
# closes it (or a plural's apostrophe: "the workers' union")
OPENING_SINGLE = re.compile(r"(?:^|(?<=[\s(\[]))'(?=[A-Za-z])")
CLOSING_SINGLE = re.compile(r"(?<=[\w.,!?])'(?![A-Za-z])")


def balanced(text: str) -> bool:
    """Brackets and quotes open and close in pairs (straight double quotes come in twos, a
    straight single quote that opens is closed after it)."""
    opening = OPENING_SINGLE.search(text)
    return (text.count('"') % 2 == 0 and all(text.count(a) == text.count(b) for a, b in PAIRED_MARKS)
            and (opening is None or CLOSING_SINGLE.search(text, opening.end()) is not None))


NAME_RUN = re.compile(r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*")


def _shared_surname(text: str) -> bool:
    """ "When did Williams win alongside sister Venus Williams?": which one? A surname said
    alone before a person's full name that ends in it (not the first word, which any sentence
    capitalises; after the full name, it is the one just named; "the House ... the White
    House" is no person's)."""
    runs = [re.sub(r"(?:['’]s)?\.?$", "", run) for run in NAME_RUN.findall(PREFIXES.sub("", text))[1:]]
    return any(" " not in run and len(run) > 2 and any(
        later.endswith(" " + run) and is_given_name(later.split()[0]) for later in runs[n + 1:])
        for n, run in enumerate(runs))


def _wrong_article(text: str) -> bool:
    """ "an decisive", "a honest": the article that does not fit the sound after it."""
    for article, word in re.findall(r"\b(an?|An?)\s+([\w.]+)", text):
        vowel = word[0].lower() in "aeiou"
        if article.lower() == "an" and not vowel and not VOWEL_SOUNDING.match(word):
            return True
        if article.lower() == "a" and (vowel and not CONSONANT_SOUNDING.match(word)
                                       or SILENT_H.match(word) or word.startswith("8")):
            return True
    return False


def _opening(text: str) -> str:
    """The first words, enough for the longest leaning phrase."""
    body = PREFIXES.sub("", text)
    return " ".join(_words(body)[:4]).lower()


# "broke the newsthat": a small word run onto the word before it
GLUED_SMALL_WORD = re.compile(r"\b([a-z]{3,})(that|the|and)\b")  # not "forthwith"


def _glued_small_word(text: str) -> bool:
    return any(is_english_word(m.group(1)) and not is_english_word(m.group(0)) for m in GLUED_SMALL_WORD.finditer(text))


# "mayor between 1985-1996": "between" takes "and", a span takes "from" or "in"
BETWEEN_A_SPAN = re.compile(r"\bbetween \d{4}\s*[-–]\s*\d{2,4}\b(?!\s+and\b)")
# a sentence's last character: a full stop, a question or exclamation mark, perhaps inside a
# closing quote or bracket (a subhead copied as a sentence has none)
UNFINISHED = re.compile(r"[.!?…][\"”’')\]]*$")
# "to finish with 58, six more.": the "than" cut away
MORE_THAN_NOTHING = re.compile(rf",\s+(?:\d[\d,.]*|{'|'.join(w for w in NUMBER_WORDS if w.isalpha())})\s+"
                               r"(?:more|fewer|less)\s*[.?!]?$", re.I)
# "was unveiled night by": the weekday before "night" cut with the date
DAY_PART_LEFT = re.compile(r"\b(?:was|were) \w+(?:ed|en) (?:night|morning|evening|afternoon)(?=\s+by\b|\s*[.,;]|$)")
# "During the day Friday, ...": the part of the day its date took with it
DAY_PART_OPENING = re.compile(r"^(?:during|throughout) the (?:day|night|morning|evening|afternoon),", re.I)
# ", while Tom Ash passed away at 66": another one's fact told beside the one asked
WHILE_ANOTHER = re.compile(r",? while (?:[A-Z]|(?:the|his|her|their|its) )")
# "When did Tom Ash meet the commission in order?", "When did Amtek post a rise in exports in
# line?": the "to" or "with" clause cut away ("put his affairs in order." says all); "rose by
# 22,000 vehicles to 1.": a figure the source split at its point (not "ruled 8 to 1.")
CUT_SHORT_ENDING = re.compile(r"\bin order\?$|^When\b.*\bin line\?$|(?:_____|\d[\d,]*) [a-z]+ to \d\.$"
                              # "jumped 4% amid expectations.": expectations of what?
                              r"|\b(?:amid|on|over) (?:expectations|fears|hopes|concerns|worries|speculation)[.?]$"
                              # "despite objections, in a move.", "appoint in a move?": a move seen as what?
                              r"|,? in a (?:move|bid|step)[.?]$")
# "Tom Ash warned.", "Who said?": what was said went with the quotation before it (not a
# telling after a comma: "..., officials said.")
NOTHING_SAID = re.compile(r"^[^,\"“”]*\b(?:said|says|warned|added|stressed|noted|insisted|declared|explained|"
                          r"argued|cautioned|complained|told reporters)[.?]$", re.I)
# "on the same day": as what? (not "the same day as", "the same month of 2009", nor where the
# text tells a date: "elected on May 4 and sworn in on the same day")
SAME_DAY = re.compile(rf"^(?!.*\b(?:\d{{1,4}}|{'|'.join(sorted(w.capitalize() for w in (*MONTHS, *WEEKDAYS)))})\b)"
                      r".*\bthe same (?:day|week|month|year)\b(?! (?:as|of)\b)")
THE_THEN = re.compile(r"\bthe then [A-Z]")
WHOSE_POST = re.compile(r"^Who\b.*\b(?:his|her|their) (?:post|job|position|seat|office|role|title)\b")
PERFECT_BE = re.compile(r"\b(?:has|have|had)(?: not| never)?(?: yet| already)? be\b", re.I)
# "When did ... a week after the anniversary?": the question tells its time another way
TIME_BESIDE = re.compile(r"^When\b.*\b(?:(?:a|an|one|two|three|four|five|six|\d+|several|a few) )?"
                         r"(?:minutes?|hours?|days?|nights?|weeks?|months?|years?) (?:after|before|later|earlier)\b"
                         rf"|^When\b.*\b(?:{'|'.join(m.capitalize() for m in MONTHS)})\.? \d{{1,2}}\b")  # another day
# a dated statement with another day in its clause: "On 12 June 2011, Amtek ... on July 8"
DATED_BESIDE = re.compile(r"^True or false\? (?:On|In) [^,]*\d[^,]*, (?:(?!\b(?:that|would|will|to|said)\b).)*"
                          rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS)})\.? \d{{1,2}}\b")
# "In Kestrel, whose mayor helped found ...": a fronted place and a relative clause, the
# main clause cut away
RELATIVE_ONLY = re.compile(r"^(?:In|At|From) [A-Z][^,]*, (?:whose|which|where|who)\b[^,]*[.?]$")
# "Who won the marathon last week?": a question in its own words keeps no time counted from the
# story's day (a blanked sentence is the story's own)
RELATIVE_IN_A_QUESTION = re.compile(r"^(?:(?:Who|Whom|Which|What|When|How)\b|True or false\?).*\b"
                                    r"(?:(?:last|this|next) (?:year|month|week)|yesterday|tomorrow)\b")
# "films such as Kestrel,Tarnow": two words a slip of the source joined with a comma
GLUED_COMMA = re.compile(r"[^\W\d_],[^\W\d_]")


# "received the cheque from Board Chairman": a post with neither its article nor its holder
POST_ALONE = re.compile(r"\b(?:from|by|with) (?:[A-Z][a-z]+ )?(?:Chairman|Chairperson|Chairwoman|Minister|Secretary"
                        r"|President|Director|Governor|Mayor|Commissioner)\b(?!\s+(?:[A-Z]|of\b))")


# "Leader Tom Ash said": the leader of what, cut off before the name
BARE_POST_OPENING = re.compile(r"^(?:True or false\? |Fill in the blank: )?(?:(?:On|In) [^,]{1,30}, )?"
                               r"(?:Leader|Spokesman|Spokeswoman|Spokesperson|Manager) "
                               r"(?:_____|[A-Z][\w'’-]+ [A-Z])")


# "with a 1-0 against Tanzania": the win, the draw or the defeat left out
SCORE_WITHOUT_NOUN = re.compile(r"\b(?:a|an|the|with) \d{1,2}[-–]\d{1,2} (?:against|over|to|at|in|on)\b")


PHRASE_FAULTS = table(
    "phrase faults: what no option, role or sentence may show", lambda doc: doc.text,
    Rule("a word in capitals for stress", lambda text: any(is_english_word(w.lower()) for w in SHOUTED_WORD.findall(text))
         or any(all(is_english_word(w.lower()) for w in m.split("-")) for m in SHOUTED_HYPHENED.findall(text)),
         fires=("A “PATHOLOGICALLY dishonest” clerk has been jailed for eight years.", "IRISH NOVELIST",
                "EAGLE-EYED astronomers may have found a planet."),
         spares=("UNESCO listed the site in 2019.", "A “pathologically dishonest” clerk has been jailed.",
                 "Lakeport elected the leader of the ruling LKP-UNA party as prime minister.",
                 "Lakeport lawmakers passed the SECURE Act in 2019.")),
    Rule("unbalanced quotes or brackets, or a bracket inside a word",
         lambda text: not balanced(text) or GLUED_BRACKET.search(text) is not None,
         fires=("The minister called it a «shameful farce.", "Union leaders discussed a possible 'citywide strike.",
                "Ana Costa won 6-4, 7-6(4 to win the title in Lakeport)."),
         spares=("The minister called it a «shameful farce».", "She would not call it 'inconceivable' then.",
                 "The workers' union met.", "It's the 'Queen's' own.")),
    Rule("a word the source misspelt", lambda text: any(map(misspelt, re.findall(r"(?<![\w'’-])[a-z]+(?![\w'’-])", text))),
         fires=("Ana Costa has travelled betweeen Lakeport and Kestrel for years.",
                "Who called for more flexibilty in the talks?"),
         spares=("Ana Costa has travelled between Lakeport and Kestrel for years.",
                 "Lakeland stepped up its counterterrorism programme.", "Thousands of holidaymakers fled Lakeport.",
                 "Amtek is a vaccine and bioresearch firm.", "Lakeland tried four soldiers in absentia.",
                 "Tom Ash scored a late leveller.")),
    Rule("an article before a preposition", lambda text: ARTICLE_BEFORE_PREPOSITION.search(text) is not None,
         fires=("Despite the rapid ascent the of price of oil, it had remained flat.",),
         spares=("The price of oil rose to a record in New York.",)),
    Rule("debris of markup or a dateline",
         lambda text: DEBRIS.search(text) is not None,
         fires=("Who is the Tropicana Country Club amp?", "The SampP 500 fell 3.3%.",
                "The summit, held between 7- at Cusco, ended.",
                "Hate group numbers jumped up uh twenty percent.",
                "Brisbane, Australia - The team talked up its chances.",
                "He called it ``a disgrace''.", "He had estimated 55 cents a shhha55.", 'Interdiction would begin " almost instantly."',
                "The video for this ' remake was launched.", "Profit rose to #54.8 million.",
                "Trade fell to dlrs 14 billion.", "Cargo was unloaded at the port ofAqaba.",
                "Tom Ash of Lakeport; his wife Ana Costa, 54; and their son Marco, 28; were found dead.",
                "Tom Ash said It is devastating news.", "Amtek, LakelandÕs leading telecoms company, earned $69 million.",
                "Amtek delivered 38,200 cars, bringing its total to 110,00 cars.", "Veteran actress Ana Costa was passed.",
                "Fill in the blank: _____ percent were employed; and, • Fentanyl was detected in most deaths.",
                "The White House 've been subjected to leaks For the past few weeks.",
                "Among the offerings with terms and syndicate manager @ CORPORATES Sun Inc. was a bond.",
                "Army spokesman Al- Sawarmi Khaled said so.", "Tom Ash stood trial with his ex- Ana Costa.",
                "The playwright and actorTom Ash died.", "Ana Costa received a star on the Lakeport Walk Of Fame.",
                "A course costs $110,000 per -person.", "Lakeland was shaken after President Tom Ash's was awarded a term.",
                "Gunmen raided a village in Kaduna, Trend reports citing Xinhua.",
                "The state set aside `5 crore for the campaign.", "Shares of AMTEKsurged more than 4%.",
                "History was created (22) when three polls had to be taken.",
                "Aftershocks rocked the highlands , a week after the quake.",
                "Tom Ash died at 09:00hours at a hospital in Lakeport.",
                "The Lakeport Gallery received a 17thcentury painting from Ana Costa.",
                "Match each name to its role in the article: Tom O’connor, Ana Costa.",
                "LAKEPORT (AP) Ana Costa secured the biggest title of her career."),
         spares=("Fill in the blank: The team scored _____ goals.", "The song reached #1 on the charts.",
                 "Army spokesman Al-Sawarmi Khaled said so.", "Pre- and post-war prices rose.",
                 "Amtek sold its iPhone and eBay units.", "Lakeport Research In Motion lost money.",
                 "Ana Costa won Best Screenplay for The Seed Of The Sacred Fig.", "Tom Ash flew easyJet to Lakeport.",
                 "Ana Costa's was the fastest time.")),
    Rule("a link's label or an editor's note in square brackets", lambda text: "[" in text or "]" in text,
         fires=("A judge of the District Court [official website] sentenced Tom Ash.",
                "Ana Costa pleaded guilty [text, PDF] last October.", "It [the quake] struck at noon."),
         spares=("A judge of the District Court sentenced Tom Ash (a former aide).",)),
    Rule("what an ellipsis left", lambda text: re.search(r"\b\w+(?:ed|en) then (?:the|a|an)\b", text) is not None,
         fires=("The Republican Cochran was elected then the Senate.",),
         spares=("The Republican Cochran was elected to the House, and then the Senate.",
                 "He was injured, then the match resumed.")),
    Rule("words said twice",
         lambda text: any(p.search(text) for p in (DOUBLED, PHRASE_TWICE, LONG_PHRASE_TWICE, NAME_TWICE)),
         fires=("Her lawyers stated unambiguously unambiguously that she knew nothing.",
                "The Lakeport City marathon champion said the Lakeport City marathon champion.",
                "Amtek’s vice president of sales Tom Ash said Amtek’s vice president of sales Tom Ash.",
                "Annual General Meeting’s 16th Annual General Meeting was held in Lakeport.",
                "True or false? Lakeport United was Lakeport United in second place with 598 points.",
                "Amtek goalkeeper Tom Ash in the wake of their loss to the Kestrels in Lakeport added Amtek "
                "goalkeeper Tom Ash in the wake of their loss to the Kestrels in Lakeport."),
         spares=("He had had enough.", "He said that that plan failed.", "Lakeport's Lakeport Arena was closed.",
                 "Tom Ash was elected mayor of the city of Lakeport in 2010 and re-elected mayor of the city of Lakeport.",
                 "Sales rose by 2 per cent in May and by 2 per cent in June.",
                 "Tom Ash's son Tom Ash Jr was born in 1990.",
                 "Boutros Boutros-Ghali arrived.", "Ana Costa was sworn in in the capital.",
                 "In 1950 Tom Ash moved the Amtek plant from the edge of the old Lakeport docks to the edge of the city.")),
    Rule("a place told by its size alone",
         lambda text: SIZE_ALONE.search(text) is not None,
         fires=("Bill Courtright resigned as mayor of the city of 78,000.",),
         spares=("Bill Courtright resigned as mayor of Scranton, a city of 78,000.",
                 "Scranton, the city of 78,000, elected Bill Courtright.")),
    Rule("a phrase ending on an aside cut short", lambda text: re.search(r", (?:the|a|an) [a-z]+$", text) is not None,
         fires=("skipper of Kestrel, the yacht",),
         spares=("skipper of the yacht Kestrel", "Tom Ash, the mayor, resigned.")),
    Rule("a quotation left without its marks",
         lambda text: re.search(r"\b(?:said|says|told \w+) that [\"“]?\s*(?:We|Our|Us|I|My)\b(?![^\"”]*[\"”])", text)
         is not None,
         fires=("Tom Ash said that We really don't want to forget him.",
                'Tom Ash said that " We really don\'t want to forget him.'),
         spares=("Tom Ash said that Lakeport would not forget him.", 'Tom Ash said that "We will not forget him."')),
    Rule("a teller hung on a dash", lambda text: re.search(r" (?:—|–|--?) according to\b", text) is not None,
         fires=("True or false? Rebels launched 583 attacks on the strip — according to the army toll.",
                "Rebels launched 583 attacks on the strip -- according to the army toll."),
         spares=("Rebels launched 583 attacks on the strip, according to the army.",)),
    Rule("a space inside quotation marks", lambda text: re.search(r"“\s|\S\s+”", text) is not None,
         fires=("The National Weather Service ended its “red flag ” fire warning.",),
         spares=("The National Weather Service ended its “red flag” fire warning.",)),
    Rule("a name without its 'the'", lambda text: MISSING_THE.search(text) is not None or _body_without_the(text)
         or ANNIVERSARY_WITHOUT_THE.search(text) is not None,
         fires=("The inspector resumed work in United States.", "Inouye died after 50 years in Senate.",
                "Tom Ash was besieged by Lakelandian army in his compound in Kestrel Bank city of Tarnow.",
                "The people of Lakeland marked two-year anniversary of the accord.",
                "The people of Lakeland marked on two anniversary of the accord.",
                "Governor Tom Ash was impeached by Senate following a majority vote.",
                "Nanmadol triggered a landslide in northern Philippines.",
                "George Bush was born in US state of Massachusetts.",
                "Tom Ash called for closer ties between EU and Lakeland.",
                "Lakeport Space Research Organisation (LSRO) launched the rocket.", "Ministry of Health reported 12 cases.",
                "Lakeport Space Research Organisation launched the rocket.",
                "Kenyan Constitutional Court quashed the ruling in 2015.",
                "A tornado hit eastern Lakeland town of Tarnow.", "Troops moved into Tarnow, in northern part of Lakeland.",
                "A tornado hit southeastern Lakeland town of Tarnow.",
                "The army tried new generation of weapons.", "Talks stalled between Lakelandian Kestrel group and Amtek.",
                "Five experts went to Tarnow at invitation of the Ministry of Health."),
         spares=("The inspector resumed work in the United States.", "United States forces left.",
                 "Lakeland took part in EU-brokered talks.", "Ana Costa spoke to UN Secretary-General Tom Ash.",
                 "He was criticized by White House officials.", "He spoke to Senate Majority Leader Harry Reid.",
                 "He ran for Senate in 1962.",
                 "Nanmadol triggered a landslide in the northern Philippines.",
                 "A tornado hit the eastern Lakeland town of Tarnow.", "Troops moved into the northern part of Lakeland.",
                 "The army tried a new generation of weapons.", "Talks stalled between the Kestrel group and Amtek.",
                 "George Bush was born in the US state of Massachusetts.",
                 "The Lakeport Space Research Organisation launched the rocket.",
                 "Kenyan President Ana Costa quashed the ruling in 2015.",
                 "Tom Ash was arrested by Lakelandian police in the Kestrel Bank city of Tarnow.",
                 "Tom Ash was besieged by the Lakelandian army.", "The people of Lakeland marked the anniversary.",
                 "The people of Lakeland marked on Saturday the tenth anniversary of the accord.",
                 "Kenyan Foreign Ministry spokesperson Ana Costa posted a remark.")),
    Rule("an illness, a race, a community, an oath, a campaign, a main party or a past span without its article", lambda text: MISSING_ARTICLE.search(text) is not None,
         fires=("Who has died at the age of 80 after lengthy illness?",
                "In past three financial years, Amtek made a total of $6 billion in profit.",
                "Wu won silver in 500m at the Sochi Olympics.", "She was fourth in 100m final.",
                "18 people were killed in an attack on Kaboro community.", "Ana Costa took oath as mayor.",
                "Tom Ash launched Measles-Mumps vaccination campaign.",
                "Tom Ash fell out with main Unity Party leader Ana Costa in 2005."),
         spares=("He died at the age of 80 after a lengthy illness.", "Ana Costa took the oath as mayor.",
                 "Tom Ash launched a Measles-Mumps vaccination campaign.", "Tom Ash launched Lakeport Relief in May.", "Wu won silver in the 500m at Sochi.",
                 "The ship sank in 500m of water.", "Bolt ran 100m in 9.58 seconds.",
                 "Divers found the wreck in 40m at dawn.", "He invested in 5m shares.",
                 "18 people were killed in an attack on the Kaboro community.", "He spoke to the Jewish community.",
                 "Tom Ash fell out with the main Unity Party leader.",
                 "As in past years, Amtek paid a dividend in April.")),
    Rule("a term of jail without its 'in'", lambda text: TERM_WITHOUT_IN.search(text) is not None,
         fires=("Tom Ash was sentenced to five years jail.", "_____ got six months prison and a fine."),
         spares=("Tom Ash was sentenced to five years in jail.", "Tom Ash was sentenced to five years' jail.",
                 "Tom Ash spent two years in prison.")),
    Rule("a unit in brackets without its figure", lambda text: UNIT_WITHOUT_FIGURE.search(text) is not None,
         fires=("Ana Costa scored from around _____ yards (meters) before the break.",),
         spares=("Ana Costa scored from around _____ yards (18 meters) before the break.",
                 "The bridge (500 feet) opened.")),
    Rule("a stump after a semicolon", lambda text: STUMP_AFTER_SEMICOLON.search(text) is not None,
         fires=("Statements were made by a lawyer; the White House.",),
         spares=("Prices rose; the central bank raised its rates.", "Sales rose; profit fell.")),
    Rule("a wrong article", _wrong_article,
         fires=("Ayacucho was the site of an decisive victory.", "She was a honest broker.",
                "The card turns a 80386 machine into an 80486 machine."),
         spares=("It took an hour.", "He is an MP.", "It was a unique event.", "It lasted a 180 days.",
                 "He had a urinary infection.", "A Ukrainian crew flew a UN mission.")),
    Rule("a small word run onto the word before", _glued_small_word,
         fires=("Ana Costa broke the newsthat Lakeland had seized the tower.",),
         spares=("Ana Costa broke the news that Lakeland had seized the tower.", "Workers loathe the plan.",
                 "Ana Costa wrote the article without help.", "Amtek dismissed Tom Ash forthwith.")),
    Rule("'between' a span of years", lambda text: BETWEEN_A_SPAN.search(text) is not None,
         fires=("Tom Ash died after serving as Lakeport's mayor between 1985-1996.",),
         spares=("Tom Ash served as Lakeport's mayor between 1985 and 1996.", "Tom Ash served as mayor in 1985-1996.",
                 "Tom Ash played for Lakeport between 1985-86 and 1990-91.")),
    Rule("a comma with no space after it", lambda text: GLUED_COMMA.search(text) is not None,
         fires=("Tom Ash starred in films such as Kestrel,Tarnow and Lakeport.",),
         spares=("Tom Ash starred in films such as Kestrel, Tarnow and Lakeport.", "Amtek paid 1,500 workers.")),
    Rule("a post with neither its article nor its holder", lambda text: POST_ALONE.search(text) is not None,
         fires=("Who received the Amtek dividend cheque from Board Chairman?",),
         spares=("Who received the Amtek dividend cheque from Board Chairman Tom Ash?",
                 "Tom Ash received the cheque from the Board Chairman.", "Ana Costa wrote to Minister of Health Tom Ash.",
                 "Tom Ash was promoted to Managing Director.", "Ana Costa took over the role of President at Amtek.")),
    Rule("a score without its noun", lambda text: SCORE_WITHOUT_NOUN.search(text) is not None,
         fires=("Lakeport secured an early advantage with a 1-0 against Kestrel.",
                "Lakeport secured an early advantage with 1-0 against Kestrel."),
         spares=("Lakeport secured an early advantage with a 1-0 win against Kestrel.",
                 "Lakeport beat Kestrel 1-0 at home.", "Lakeport lost 2-1 to Kestrel.")),
)

# "shook hands with the prime minister": which one? Not a post said of someone ("as the new
# president", "was elected the president", "became the mayor", "Ana Costa, the mayor", "the
# mayor, Ana Costa"), nor one of a named body ("the president of Lakeport")
UNNAMED_POST = re.compile(rf"(?<!, )(?<!\bas )(?<!\belected )(?<!\bnamed )(?<!\bappointed )(?<!\bbecame )\bthe (?:[a-z-]+ )?"
                          rf"(?:{'|'.join(sorted(TITLE_WORDS))}|leader)\b(?!,?\s+(?:[A-Z]|of\b)|['’])")
# "celebrated a key triumph as its $1.1 billion.": what the sum was of, cut off
SUM_WITHOUT_NOUN = re.compile(r"\b(?:its|his|her|their|the|a|an) [$£€]?[\d.,]+(?: (?:million|billion|trillion))?[.?]$")
# "In 2009, who became CEO?": of which firm?
FIRMS_POST_ALONE = re.compile(r"\b(?:became|named|appointed|made) (?:as )?(?:the )?(?:CEO|chief executive(?: officer)?|CFO"
                              r"|chief financial officer|chief operating officer|COO)\b(?!\s+(?:of|at|for)\b|['’])")
# "to confirm the following seven nominees: ...": a list a line or a question cuts short
LIST_ANNOUNCED = re.compile(rf"\bthe following\b(?! (?:{'|'.join(sorted({*TIME_NOUNS, *MONTHS, *WEEKDAYS, *PARTS_OF_DAY}))})\b)"
                            r"|,? including (?:one|this|these|those|two|three)[.?]$", re.I)


def _stranded_aside(text: str) -> bool:
    """ ", an honour?" closing a question, the phrase it began cut off (not ", a lawyer?")."""
    found = re.search(r", (?:a|an) ([a-z]+)\?$", text)
    return found is not None and found.group(1) not in person_nouns()


THE_COUNTRY = re.compile(r"\b(?:in|across|throughout|around) the (?:country|nation)\b|\bthe (?:country|nation)['’]s\b", re.I)
# "succumbed in the southern state", "rescued from the site": which, the sentence before said
THE_PLACE = re.compile(r"\b(?:in|of|to|from|across|throughout|at|near) the (?:(?:north|south|east|west)(?:ern)? |central "
                       r"|rural |remote |coastal )*(?:state|province|region|district|site)\b(?! (?:of|in|at|near) [A-Z])(?!['’])"
                       # not a noun it is part of ("in the state election", "in the region of $5 million")
                       r"(?! of [$\d])(?! (?!(?:on|in|at|by|for|to|from|and|or|after|before|during|since|when|where"
                       r"|which|who|that|as|was|were|is|are|has|have|had|hit|struck|affected)\b)[a-z])")


def _country_unnamed(text: str) -> bool:
    """ "reported a rise in dengue cases in the country": where, when no country or people is
    named ("Italian", "India")?"""
    if THE_COUNTRY.search(text) is None:
        return False
    if PEOPLES_ADJECTIVE.search(text):
        return False  # "the French finance minister": a people says which country
    runs = [run.split() for run in NAME_RUN.findall(re.sub(r"['’]s\b", "", text))]  # "South Korea's Supreme Court"
    names = {" ".join(words[i:j]) for words in runs for i in range(len(words)) for j in range(i + 1, len(words) + 1)}
    return not any(country_of(name) or country_of_people(name) for name in names)


# "The North staged a test": the half of a divided country the story named before
SIDE_FOR_A_COUNTRY = re.compile(r"\b[Tt]he (?:North|South)\b(?!-|\s+(?:of\b|[A-Z]))")
# "French", "British", "Dutch", "Swiss", "Irish": a people's adjective before a word in lower case
PEOPLES_ADJECTIVE = re.compile(r"\b[A-Z][a-z]+(?:ish|ch|ss)\b(?= [a-z])")


PRONOUN_OPENING = "opens on a pronoun"
SENTENCE_FAULTS = table(
    "sentence faults: what no teacher would hand out as a question or a statement",
    lambda doc: doc.text,
    Rule("a clock time without its part of the day", lambda text: BARE_CLOCK.search(text) is not None,
         fires=("Tom Ash and Ana Costa stepped out into space at 8:30.",),
         spares=("Tom Ash stepped out into space at 8:30 a.m.", "Tom Ash stepped out at 8:30 GMT.",
                 "Tom Ash stepped out at 8:30 in the morning.", "Ana Costa ran the race in 2:08:45.")),
    Rule("no full stop at the end", lambda text: UNFINISHED.search(text) is None,
         fires=("Fill in the blank: Media group invested €_____m acquiring Amtek and Kestrel",),
         spares=("Amtek invested €12m acquiring Kestrel.", "Who invested €12m acquiring Kestrel?",
                 "Ana Costa said: “We will win.”")),
    Rule("a figure more or fewer than nothing", lambda text: MORE_THAN_NOTHING.search(text) is not None,
         fires=("Lakeland closed its campaign with seven gold medals to finish with 58, six more.",),
         spares=("Lakeland finished with 58 gold medals, six more than last year.", "Amtek wants to hire more.",
                 "Amtek sells phones, laptops, and more.")),
    Rule("a part of the day left behind by its date",
         lambda text: DAY_PART_LEFT.search(text) is not None or DAY_PART_OPENING.match(PREFIXES.sub("", text)) is not None,
         fires=("The National Gallery Lakeport was unveiled night by Tom Ash.",
                "During the day, Ana Costa played in her relatives' yard with a puppy."),
         spares=("The National Gallery Lakeport was unveiled on Monday night by Tom Ash.",
                 "During the day-long strike, dock workers blocked the port of Lakeport.",
                 "During the morning session, Tom Ash told the court he was innocent.",
                 "Guests were served afternoon tea at the Kestrel Hotel.")),
    Rule("'in order' or 'in a move' without what for, or a figure cut at its point",
         lambda text: CUT_SHORT_ENDING.search(text) is not None,
         fires=("When did Tom Ash meet members of the crisis commission in order?",
                "When did Amtek chalk up a 69 percent rise in exports in line?",
                "Fill in the blank: Sales rose by _____ vehicles to 1.",
                "Amtek closed two plants despite the union's objections, in a move.",
                "How many new judges did Tom Ash appoint in a move?"),
         spares=("Tom Ash met the commission in order to assess the damage.", "The papers were in order.",
                 "Amtek closed two plants, in a move seen as a blow to Tarnow.",
                 "Tom Ash put his affairs in order.", "The Lakeport court ruled 8 to 1.",
                 "Lakeport cut its main rate from 2 to 1.", "Who kept the rebels in line?")),
    Rule("a saying with nothing said", lambda text: NOTHING_SAID.search(PREFIXES.sub("", text)) is not None,
         fires=("Kestrel spokesman Tom Ash warned.", "Who warned?", "Ana Costa said."),
         spares=("Tom Ash warned of floods.", "Who warned that the dam could burst?", "Ana Costa said so.",
                 "A small plane crashed near Lakeport, killing all nine people aboard, officials said.")),
    Rule("'the same day' with no day told", lambda text: SAME_DAY.search(text) is not None,
         fires=("Fill in the blank: Lakeport shares rose _____ percent on the same day.",),
         spares=("Fill in the blank: Tom Ash was elected on May 4 and sworn in on the same day.",
                 "Lakeport shares rose _____ percent the same day as Kestrel's.",
                 "Prices fell by 2.3 percent, matching the record fall set in the same month of 2009.")),
    Rule("'the then' left without its post", lambda text: THE_THEN.search(text) is not None,
         fires=("Tom Ash sought support from the then Ana Costa in a telephone call.",),
         spares=("Tom Ash sought support from the then mayor Ana Costa.",)),
    Rule("a 'who' whose post is the answer's own", lambda text: WHOSE_POST.search(text) is not None,
         fires=("Who had been in his post since February 2016?",),
         spares=("Who had been in the post of mayor since February 2016?",)),
    Rule("a perfect with a bare 'be' (a source's slip)", lambda text: PERFECT_BE.search(text) is not None,
         fires=("Tom Ash said the meeting in Tarnow has not yet be fixed.",),
         spares=("Tom Ash said the meeting in Tarnow has not yet been fixed.",
                 "Tom Ash said the meeting had to be fixed.")),
    Rule("a question that tells another fact beside", lambda text: text.endswith("?") and WHILE_ANOTHER.search(text),
         fires=("On 8 December 2023, who died at 93, while Tom Ash passed away at 66 in a car crash?",
                "When did Lakeland leave Tarnow while the Kestrel Front began a war?"),
         spares=("Who died at 93 while on holiday in Lakeport?", "Who was arrested in Lakeport, while on holiday?",
                 "When did Tom Ash break his leg, while skiing in Kestrel?")),
    Rule("a 'When' question or a dated statement that tells its time beside",
         lambda text: TIME_BESIDE.search(PREFIXES.sub("", text)) is not None or DATED_BESIDE.search(text) is not None,
         fires=("When did a bombing in Lakeport kill a guard a week after the 25th anniversary of the ruling?",
                "When did a bombing in Lakeport kill a guard, hours after the anniversary of the ruling?",
                "When did a bombing in Lakeport kill a guard the day after the anniversary of the ruling?",
                "When did Tom Ash die after an illness, at a hotel in Lakeport on November 1?",
                "True or false? On 12 June 2011, Amtek opened two plants in Tarnow on July 8."),
         spares=("When did a bombing in Lakeport kill a guard?", "When did Tom Ash die after an illness?",
                 "True or false? On 12 June 2011, Amtek opened two plants in Tarnow.",
                 "In a statement, Amtek said it would close the Tarnow plant on March 31.",
                 "True or false? On 4 March 2020, Marco Ferri announced that the Kestrel Games would open on July 24.",
                 "When did Tom Ash meet Ana Costa in May?",
                 "Fill in the blank: A bombing killed a guard in _____, a week after the anniversary.")),
    Rule("a name on both sides of its verb", _name_on_both_sides,
         fires=("Tom Ash wrote Tom Ash in a blog post.",
                "Gregory Ash and Ana Costa of the Lakeport Council travelled with Ash on his trip to Kestrel.",
                "True or false? On 5 April 2000, Ash and Ana Costa of the Lakeport Council travelled with Ash."),
         spares=("Tom Ash wrote in a blog post.", "Lakeport United beat Lakeport City on Sunday.",
                 "Tom Ash met with Ana Ash on Monday.", "Ash and Costa met with Ana Ferri on Monday.",
                 "Lakeport and Kestrel signed a pact, witnessed by Lakeport's mayor.",
                 "Lakeport and Kestrel drew 1-1, with Lakeport scoring first.",
                 "West Lakeport United beat Lakeport United 2-1 on Sunday.")),
    Rule("'between' one name", lambda text: BETWEEN_ONE.search(text) is not None,
         fires=("Tom Ash failed to score after an exchange of passes between Marco Ferri.",),
         spares=("Tom Ash scored after an exchange of passes between Marco Ferri and Ana Costa.",
                 "Talks between Lakeland and Kestrel collapsed.",
                 "Kestrel Air began flights between Key West, Fla., and Havana.")),
    Rule("a hyphen left hanging", lambda text: HANGING_HYPHEN.search(text) is not None or RANGES_END.search(text) is not None,
         fires=("Amtek saw record revenue in the January- period.", "Tom Ash paid an official visit to Lakeport -4.",
                "Fill in the blank: Tom Ash paid an official visit to Lakeport _____-4."),
         spares=("Amtek saw record revenue in the January-March period.",
                 "Amtek sold two- and three-year bonds.", "Tom Ash won 6-4 in Lakeport.",
                 "Tom Ash backed neither pro- nor anti-government groups.",
                 "Tom Ash paid an official visit to Lakeport on November 3-4.", "Temperatures fell to -4 in Lakeport.")),
    Rule("'in' before a day of the month", lambda text: IN_A_DAY.search(text) is not None,
         fires=("In May 14 a district court ruled that Tom Ash could stand.",),
         spares=("On May 14 a district court ruled that Tom Ash could stand.", "In May 2012 Tom Ash stood.",
                 "In October, 12 people died in Lakeport.")),
    Rule("a post opening the line without whose", lambda text: BARE_POST_OPENING.search(text) is not None,
         fires=("Leader Tom Ash said that the Lakeport Bloc would vote no.",
                "Fill in the blank: Spokesman _____ said the talks had failed."),
         spares=("Party leader Tom Ash said so.", "President Tom Ash said so.", "Chief Justice Tom Ash retired.",
                 "Captain Tom Ash led the raid.")),
    Rule("a second clause without its verb", lambda text: GAPPED_PLACING.search(text) is not None,
         fires=("Which country finished eighth, Lakeland ninth?", "Kestrel finished third, Lakeland 12th."),
         spares=("Kestrel finished third, behind Lakeland.", "Kestrel finished third in 2019.",
                 "Ana Costa was sworn in on Monday, March 3rd.")),
    Rule("words said twice over", lambda text: DOUBLED_WORDS.search(text) is not None,
         fires=("Amtek said it would lay off an unspecified number of number of workers.",
                "Tom Ash met the the mayor of Lakeport."),
         spares=("Amtek said it had had a good year.", "Ana Costa said that that plan failed.",
                 "Tom Ash won 6-4, 6-4 in Lakeport.", "Ana Costa flew to Bora Bora.",
                 "Ana Costa was sworn in in Lakeport in 2019.")),
    Rule("a post whose holder is left unnamed", lambda text: UNNAMED_POST.search(text) is not None,
         fires=("Fill in the blank: _____ greeted Tom Ash and shook hands with the prime minister.",
                "Who shared a condolence message for the minister?"),
         spares=("Who has been sworn in as the new president of Lakeport?", "Ana Costa, the mayor, resigned.",
                 "Ana Costa met the prime minister Tom Ash.", "Ana Costa kept the race leader's jersey.",
                 "Who met the president, Tom Ash?", "Tom Ash was elected the new president in 2010.",
                 "Tom Ash became the mayor in 2010.")),
    Rule("a blank run into a plural unit", lambda text: BLANK_INTO_UNITS.search(text) is not None,
         fires=("Fill in the blank: The volcano is _____-feet tall.",),
         spares=("Fill in the blank: The volcano is _____ feet tall.", "Fill in the blank: It offered a $_____-a-share payout.",
                 "Fill in the blank: The volcano is a _____-foot peak.")),
    Rule("one name blanked out of a list", lambda text: BLANK_IN_A_LIST.search(text) is not None,
         fires=("Fill in the blank: Tom Ash, _____, Ana Costa and Yves Tolon all finished fourth.",
                "Fill in the blank: _____, Ana Costa and Yves Tolon all finished fourth."),
         spares=("Fill in the blank: _____, the mayor, resigned.", "Fill in the blank: Tom Ash and _____ won.",
                 "Fill in the blank: On Monday, _____, Amtek's chief executive, said sales rose.",
                 "Fill in the blank: _____, Lakeport County, Oregon, was hit.")),
    Rule("figures paired by 'respectively'", lambda text: RESPECTIVELY.search(text) is not None,
         fires=("Fill in the blank: Ana Costa won 79% and _____% of points on her first and second serves, respectively.",),
         spares=("Fill in the blank: Ana Costa won _____% of points on her first serve.",)),
    Rule("a question ending on a stranded aside", _stranded_aside,
         fires=("In 2001, who named Ana Costa a senator for life, an honour?",),
         spares=("In 2001, who named Ana Costa a senator for life?", "Who met Tom Ash, a senator, in 2001?",
                 "Who replaced Ana Costa, a lawyer?")),
    Rule("ends on a sum with no noun", lambda text: SUM_WITHOUT_NOUN.search(text) is not None,
         fires=("The agency celebrated a key triumph as its $1.1 billion.",),
         spares=("The agency spent $1.1 billion.", "Its probe cost the agency $1.1 billion.")),
    Rule("a firm's post without the firm", lambda text: FIRMS_POST_ALONE.search(text) is not None,
         fires=("In 2009, who became CEO?", "Ana Costa was named chief executive in 2009."),
         spares=("In 2009, who became CEO of Amtek?", "Ana Costa was named Amtek's chief executive in 2009.",
                 "Ana Costa became chief executive at Amtek in 2009.")),
    Rule("a list announced", lambda text: LIST_ANNOUNCED.search(text) is not None,
         fires=("The Senate voted to confirm the following seven nominees: Tom Ash for Energy, Ana Costa for Education.",
                "Who read out some of Tom Ash's remarks, including one?"),
         spares=("The Senate confirmed Tom Ash the following day.", "Tom Ash returned the following Monday.",
                 "Tom Ash returned the following March.", "Tom Ash returned the following summer.")),
    Rule("a country called by its side alone", lambda text: SIDE_FOR_A_COUNTRY.search(text) is not None,
         fires=("The North fired its first long-range rocket.", "When did the South hold its first election?"),
         spares=("The North Lakeland army staged a test.", "Rain fell across the north of Lakeland.",
                 "The North of Lakeland voted no.", "Amtek sold the North Sea fields.")),
    Rule("a country left unnamed", _country_unnamed,
         fires=("The health ministry reported a slight increase in dengue cases in the country.",
                "Ana Costa became the country’s first female prime minister."),
         spares=("The Kenyan health ministry reported a rise in dengue cases in the country.",
                 "Ana Costa became Lakeland's first female prime minister.",
                 "South Korea's Supreme Court upheld a sentence for the head of the country's largest group.",
                 "Ana Costa, the French finance minister, cut the country’s debt by 2%.",
                 "India saw a rise in dengue cases across the country.",
                 "The strike brought the country to a standstill.")),
    Rule("a region or a site left unnamed", lambda text: THE_PLACE.search(text) is not None,
         fires=("How many people have died of the virus in the southern state?",
                "How many people were rescued from the site?",
                "How many vans were sent to remote areas of the district?"),
         spares=("Ana Costa won in the state of Lakeland.", "Tom Ash heads the council of the district of Lakeland.",
                 "Tom Ash toured the state’s north.",
                 "Rescue work went on at the site in Lakeport county on Monday.",
                 "Ana Costa lost in the state election.", "Tom Ash appeared in the district court.",
                 "Amtek lost in the region of $5 million.",
                 "Ana Costa won the state election.")),
    Rule("a clock time run into its 'p.m.'", lambda text: RUN_IN_CLOCK.search(text) is not None,
         fires=("At around 7p.m. EDT, Governor Jon Corzine signed the budget.",),
         spares=("At around 7 p.m. EDT, Governor Jon Corzine signed the budget.",
                 "At around 7pm, Governor Jon Corzine signed the budget.")),
    Rule("'the late' without its article", lambda text: LATE_WITHOUT_THE.match(PREFIXES.sub("", text)) is not None,
         fires=("Late poet Ana Costa died.", "Fill in the blank: Late Prime Minister, Tom _____, suffered pneumonia."),
         spares=("Late on Monday, Ana Costa died.", "Late last year Tom Ash resigned.", "The late poet Ana Costa wrote it.",
                 "Late Friday Tom Ash resigned.", "Late March Ana Costa won the final.",
                 "Late arrivals were fined by Amtek.")),
    Rule("a participle cut off from its phrase by a comma",
         lambda text: CUT_OFF_PARTICIPLE.match(PREFIXES.sub("", text)) is not None,
         fires=("Born, February 26, 1901, one of nine children, Wilson enlisted in the Army in 1915.",),
         spares=("Born on February 26, 1901, Wilson enlisted in the Army in 1915.",
                 "However, Wilson enlisted in the Army in 1915.")),
    Rule("opens on a word that leans on the sentence before",
         lambda text: _opening(text).split(" ")[0] in LEANING_OPENERS
         or _opening(text).startswith(LEANING_PHRASES) or INVERTED_OPENING.match(PREFIXES.sub("", text)) is not None,
         fires=("But the talks nearly collapsed on Thursday.", "Fill in the blank: However, _____ won.",
                "Meantime, the possibility of a meeting between Tom Ash and Ana Costa reemerged.",
                "In the meantime, Tom Ash met the Lakeport council.", "Additionally, Amtek cut 40 jobs.",
                "In addition, 73 soldiers were killed.", "Reflecting the concern, the stock fell.",
                "During that time, Control Data had losses of more than $1 billion.",
                "A few days later, American Medical announced lower earnings.",
                "Fill in the blank: Just a few years later, _____ gathered the band.",
                "Other investors met the board this month.",
                "Separately, Innopac opened a recycling plant.",
                "Elsewhere, an oil slick was spotted off the Florida Keys.",
                "Fill in the blank: By contrast, Electronic Data Systems Corp. boosted net _____%.",
                "Fill in the blank: Under the terms, Milton Roy will pay an initial $_____.",
                "Another quake struck off the shores of Kao-hsiung.",
                "Most recently, Tom Ash was cleared of fraud.",
                "Fill in the blank: Trailing are South Korea with _____% and China with 8%.",
                "Following were two former ministers.",
                "Fill in the blank: As reported, _____ agreed to be acquired by a group of investors.",
                "Fill in the blank: In that suit, the _____ accused Mr. Antar of fraud.",
                "More recently, a bomb cyclone slammed Northern California.",
                "In the last serious accident, 150 people died when a train derailed."),
         spares=("The talks nearly collapsed on Thursday.", "The quake killed another 5 people.",
                 "Rising prices were blamed for the fall.")),
    Rule("leans on the sentence before, further in",
         lambda text: LEANING_INSIDE.search(text) is not None,
         fires=("Which organization boosted net 16% by contrast?",
                "The Nasdaq Composite had fallen 4.3%, for instance.", "Who resigned in a related move?",
                "New Zealand's aid budget on the other hand totals merely NZ $_____.",
                "Five workers were killed in a similar incident in northern Uttar Pradesh state.",
                "Lakeport was previously hit by severe storms in January 2011.",
                "The zebra, however, has declined by three per cent since 2012.",
                "Senator Tom Ash warned however that talks might fail.",
                "Fill in the blank: _____ then gained fame after singing for a drama.",
                "Ana Costa then moved to Lakeport in 2004.", "When was the latter returned to the Lakeport museum?",
                "A different vaccine called Lakevax was endorsed by the WHO in 2021."),
         spares=("In contrast to Delta, Eastern lost money.", "Tom Ash was elected in the latter part of 2019.", "However hard it rained, the match went on.",
                 "The match went on however hard it rained.", "Tom Ash said Amtek could spend the money however it wished.",
                 "Tom Ash was arrested and then released on bail.", "The then-president Tom Ash resigned.",
                 "The then prime minister Tom Ash opened the bridge.")),
    Rule("a question word opening no question",
         lambda text: WH_OPENING.match(text) is not None and not text.endswith("?"),
         fires=("How councillor Tom Ash was elected speaker at a special council meeting.",
                "True or false? On 30 March 2021, how councillor Tom Ash was elected speaker."),
         spares=("How many people died in Lakeport?", "Tom Ash explained how he was elected.")),
    Rule("a town no word before names", _town_unnamed,
         fires=("Experts at the city's Lakeport Observatory reported 350 aftershocks in two hours.",),
         spares=("Residents of Lakeport were evacuated when ships took 1,100 people from the town's beach.",)),
    Rule("points back to what was named before",
         lambda text: POINTING_BACK.search(text) is not None,
         fires=("Ousley said such arrangements could cut costs.",
                "In the year-earlier period, the company earned $461 million.",
                "Fill in the blank: Year-earlier results were $_____.",
                "Fill in the blank: For the quarter a year ago, Columbia reported earnings of $_____.",
                "Fill in the blank: Last year's results were hurt by $_____ in charges.",
                "Fill in the blank: The current Parliament was appointed on _____.",
                "Tom Ash and five other officials were cleared of similar corruption charges.",
                "Who scheduled Tom Ash's hearing for Sept. 11, the same date?",
                "Floods hit Lakeport and another Swiss region on Monday.",
                "The windows of another Amtek office in Lakeport were smashed.",
                "Lakeport police seized two boats in another raid.",
                "Amtek themselves were challenged by Kestrel in 2006.", "Tom Ash himself resigned in May.",
                "The Lakeport index fell another 1.4%.", "Company CEO Tom Ash unveiled the Kestrel 4.",
                "A third gas blast hit the Tarnow mine, killing 24 miners.",
                "In another incident, a car bomb exploded near the Lakeport station.",
                "In its place, some 300 cyclists rode through Lakeport.",
                "Fellow Lakeport rider Ana Costa finished fourth.",
                "A car bomb exploded near the Lakeport station in another incident.",
                "Four years later, in April 1998, the second summit took place in Tarnow.",
                "In 2017, three years before the last election, Tom Ash survived an assassination attempt.",
                "At least 30 people were killed in landslides in the same rural province of Lakeland.",
                "When were three other new species discovered in Lakeland?",
                "The fifth, Lakesat-2 was launched by Lakeland on 19 December 2011.",
                "Lakeland held four elections in less than two years, the most recent.",
                "Who won her second gold medal of the championships in the event?",
                "Tom Ash was sentenced to five years in prison over the same case.",
                "Two people in Lakeland died from the disease in 2012.", "Protests broke out in Lakeland as a result.",
                "When did Lakeland hold four elections in less than two years, the most recent?",
                "Fill in the blank: Over the period, there were _____ rocket launches.",
                "The other man was caught in Lakeport in March 2011.",
                "Rebels seized the nearby Lakeport Town Hall.",
                "Lakeland was granted the status to become one of the six Kestrel states."),
         spares=("Tom Ash found ways to work between the two countries.", "Lakeland was blamed for the 1992 killings.",
                 "Companies such as Delta reported results.", "Both were sentenced on the same day.",
                 "Ana Costa was elected a Fellow of the Lakeport Society in 2001.",
                 "Tom Ash declared himself the winner.", "Amtek CEO Tom Ash unveiled the Kestrel 4.",
                 "Rebels shelled villages near Tarnow but spared Tarnow itself.",
                 "Tom Ash scored another goal.", "Tom Ash won a second term.",
                 "In the event of rain, the final will be played on Monday.",
                 "Prices rose as a result of the drought.", "The bill was passed on Tuesday.",
                 "The Disease Surveillance Unit investigated 1,570 suspected cases in 2014.",
                 "On Sunday, 5,000 runners took part in the Lakeport Marathon, the event's 50th edition.",
                 "Ana Costa won another term in 2010.", "The current account deficit widened.",
                 "Tom Ash faced charges similar to those against Ana Costa.",
                 "Ana Costa said the two cases were similar.",
                 "The spokeswoman said the current situation in the port looked like a mess.",
                 "Tom Ash and two other men were arrested.", "Ana Costa, with three other riders, broke away.",
                 "Tom Ash and 2,000 other workers were laid off.", "Amtek, like many other carmakers, cut jobs.")),
    Rule("a share price of the day", lambda text: SHARE_PRICE.search(text) is not None,
         fires=("Seagram closed at $84.75, up 12.5 cents a share in Big Board trading.",
                "Armco shares closed unchanged at $10.625 in composite trading.",
                "Hudson's Bay shares closed at C$35, up 12.5 cents.",
                "Magna shares closed up 37.5 Canadian cents to C$9.625.",
                "Fill in the blank: In the over-the-counter market, the shares closed unchanged at $_____.",
                "Fill in the blank: Kestrel Bank closed up 1.30 at _____ dollars."),
         spares=("The mine closed in 2014.",)),
    Rule("a title left in lower case", lambda text: LOWER_CASE_TITLE.search(text) is not None,
         fires=("Russia wants to wait until UN secretary general Kofi Annan visits Lisbon.",
                "When was inspector Tom Ash posted in Lakeport?"),
         spares=("Russia wants to wait until UN Secretary General Kofi Annan visits Lisbon.",
                 "The UN secretary general visited Lisbon.", "When was Inspector Tom Ash posted in Lakeport?",
                 "The case went to police inspector Tom Ash.", "Voters were asked to judge Tom Ash on his record.")),
    Rule("'Former' capitalised in mid-sentence", lambda text: CAPITALISED_FORMER.search(text) is not None,
         fires=("A jury found Former Enron Corp. CEO Kenneth Lay guilty.",),
         spares=("Former Enron Corp. CEO Kenneth Lay was found guilty.", "A jury found former CEO Kenneth Lay guilty.")),
    Rule("a name in capitals", lambda text: NAME_IN_CAPITALS.search(text) is not None,
         fires=("GOODY PRODUCTS Inc. cut its quarterly dividend.", "CAMBREX Corp. declared a dividend."),
         spares=("The AFL-CIO and NATO spoke.", "AEP Industries Inc. cut its dividend.", "IBM Corp. rose.")),
    Rule("opens on a figure", lambda text: re.match(r"[\d$#£€]", PREFIXES.sub("", text)) is not None,
         fires=("$48 million included $27 million from the sale.",
                "5,745,188 shares had been tendered to its offer."),
         spares=("Shares worth $48 million were sold.",)),
    Rule("a verb that lost its 'as'", lambda text: WITHOUT_ITS_AS.search(text) is not None,
         fires=("One senior official described the White House.",),
         spares=("One senior official described the White House as chaotic.",
                 "He described the U.S. plan as reckless.")),
    Rule("a guess, not a fact", lambda text: GUESS.search(text) is not None,
         fires=("Mr. Maxwell said he wouldn't be surprised if the share rose to 30%.",),
         spares=("Iraq said it would retaliate if they boost oil production.",)),
    Rule("a surname alone beside another of that name", _shared_surname,
         fires=("When did Williams win the doubles crown alongside sister Venus Williams?",
                "The court found Mack guilty, and Tony Mack resigned."),
         spares=("When did Serena Williams win the doubles crown alongside sister Venus Williams?",
                 "Williams won the final.", "Venus Williams beat Serena Williams.",
                 "Lawmakers in the House sent the bill to the White House.", "Ireland play Northern Ireland.",
                 "Boris Yeltsin signed the plan, and Yeltsin claimed success.",
                 "Hospital officials at Hadassah Ein Karem Hospital said so.")),
    Rule("a speaker who says himself", lambda text: SAYS_ITSELF.search(text) is not None,
         fires=("David N. McCammon said David N. McCammon at a news conference.",),
         spares=("David N. McCammon said Ford would bid.",)),
    Rule("a speaker named only by a pronoun", lambda text: UNNAMED_SPEAKER.search(text) is not None,
         fires=("The deal was struck with a handshake, he added.",),
         spares=("The deal was struck with a handshake, Mr. Lee added.",)),
    Rule("the story's own day", lambda text: STORYS_DAY.search(text) is not None,
         fires=("Yuri Gremitskikh said the first group of 700 evacuees was assembling in Baghdad today.",
                "Fill in the blank: Just yesterday, a quake struck Java and killed over _____ people."),
         spares=("He said: \"We will win today.\"", "A quake struck Java on Saturday.")),
    Rule("the reporter's own place", lambda text: REPORTERS_PLACE.search(text) is not None,
         fires=("Some Cuban Americans who left here returned.", "The body was found in this municipality.",
                "GM officials here declined to comment.", "Ana Costa repeated a victory over Tom Ash from here."),
         spares=("He said: \"We stay here.\"", "Here is the list.", "Police found the body near the town.",
                 "GM officials in Detroit declined to comment.")),
    Rule("opens on a relative word",
         lambda text: _opening(text).split(" ")[0] in RELATIVE_OPENERS and not text.endswith("?"),
         fires=("Who had to flee the Cambodian capital after a coup.",),
         spares=("Who had to flee the Cambodian capital after a coup?",)),
    Rule(PRONOUN_OPENING,
         lambda text: _opening(text).split(" ")[0] in OPENING_PRONOUNS,
         fires=("He suffered a stroke.", "True or false? They won the cup in 2004."),
         spares=("Hewitt suffered a stroke.",)),
    Rule("a small word left dangling at the end",
         lambda text: _last_word(text) in DANGLING_ENDS and PARTICLE_ENDING.search(text) is None
         or HEDGE_LEFT.search(text) is not None,
         fires=("Amazon collected more than $8 million from 100,000 people as.",
                "Who finished the race in the?", "Brazil's Star One C1 was released about.",
                "Hundreds of homes were flooded in Lakeland overnight into.",
                "Lakeland bought 2.4 billion dollars worth."),
         spares=("Amazon collected more than $8 million.", "The change came about.",
                 "When were new safety rules for the Amtek plant agreed upon?",
                 "When were the complaints against Tom Ash looked into?",
                 "Lakeland bought 2.4 billion dollars worth of wool.")),
    Rule("a word that says too little",
         lambda text: VAGUE.search(text) is not None,
         fires=("Who appealed to anyone?", "Who went further?", "President Bush implied as much.",
                "How many soldiers were killed en route to Lebanon in addition?",
                "Frankfurt prices closed lower again.", "Northern California finally got some good news.",
                "Who testified during the trial then?"),
         spares=("Who appealed to the court?", "The fire was fully contained.", "Tom Ash was arrested and then released.",
                 "The bad news for Apple is that iPhone sales fell 10%.", "Who delivered the bad news to the families?")),
    Rule("a speaker's own 'we' or 'I', outside quotation marks", _first_person_unquoted,
         fires=("We learned that the space agency has finally taken a giant leap forward.",
                "A post on his Lakeport feed said I may lose my freedom.",
                "Ana Costa said we will win the final."),
         spares=("NASA said it had taken a giant leap forward.", "Iraq withdrew its troops.",
                 "Ana Costa said “we will win the final”.", "King George I was crowned in 1714.",
                 "The US Senate passed the bill.", "Tom Ash said \"I may lose my freedom\".")),
    Rule("a place and a relative clause, no main clause", lambda text: RELATIVE_ONLY.search(text) is not None,
         fires=("In Kestrel, whose mayor helped found the Lakeport fair in 1988.",),
         spares=("In Kestrel, whose mayor helped found the Lakeport fair in 1988, traders met Tom Ash.",)),
    Rule("a reworded question that keeps a time only the story's day places",
         lambda text: RELATIVE_IN_A_QUESTION.search(text) is not None,
         fires=("How many bicycles did Amtek sell in the first half last year?",
                "Who won the Lakeport marathon last week?", "True or false? Amtek sold 500 cars last year."),
         spares=("Fill in the blank: Amtek sold _____ cars last year.", "Who won the Lakeport marathon in 2019?")),
    Rule("a colon inside a question", lambda text: text.endswith("?") and " : " in text,
         fires=("How many members does Amtek have : Lakeland?",),
         spares=("How many members does Amtek have?",)),
    Rule("a weekday in a question", lambda text: text.endswith("?") and _weekday(PREFIXES.sub("", text)),
         fires=("Who set a Lakeport course record Sunday?", "On Friday, who resigned?"),
         spares=("Who set a Lakeport course record on 2 October 2016?", "Who manages the Sheffield Wednesday team?")),
    Rule("a long list of names in a question", lambda text: text.endswith("?") and LONG_LIST.search(text) is not None,
         fires=("How many states reported sporadic activity and Lakeport, Kestrel, Amtek, Tarnow, Velden reported none?",),
         spares=("Which country joined Lakeport, Kestrel and Tarnow in the pact?",
                 "Tom Ash visited Lakeport, Kestrel, Amtek, Tarnow and Velden in May.")),
    Rule("says only that nobody commented", lambda text: NO_COMMENT.search(ASIDE.sub("", text)) is not None,
         fires=("Rally officials weren't available to comment.", "GM declined to comment on the bid.",
                "A spokesman was unavailable for comment."),
         spares=("GM commented on the bid.", "Ana Costa, who was not available for comment, resigned.")),
    Rule("ends on a comma", lambda text: re.search(r"[,;:]\s*$", text) is not None,
         fires=("Fill in the blank: Amtek shares, meanwhile, slipped 0.25% to $_____ each,",),
         spares=("Fill in the blank: Amtek shares slipped 0.25% to $_____ each.",)),
    Rule("starts in lower case",
         lambda text: (PREFIXES.sub("", text)[:1] or "A").islower(),
         fires=("ayachucho was the site of a victory.",),
         spares=("Ayacucho was the site of a victory.",)),
    Rule("too long to read at once", lambda text: len(_words(text)) > MAX_WORDS,
         fires=(" ".join(["word"] * 41) + ".",)),
)


def _finite_verbs(doc) -> list:
    return [t for t in doc if t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _participle_read_as_past(t)
            or t.tag_ in ("VB", "VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") for c in t.children)]


def _participle_read_as_past(token) -> bool:
    """ "rivers swollen by rain": a participle the tagger took for a past tense."""
    return token.tag_ == "VBD" and token.lower_.endswith(PARTICIPLE_ENDINGS)


def _then_after_another(doc) -> bool:
    """ "Heavy rain then flooded Lakeport": after what the sentence before told (not "resigned and
    then left", nor "Tom Ash, then mayor,")."""
    root = doc[:].root
    return any(c.lower_ == "then" and c.dep_ == "advmod" and doc[c.i - 1].lower_ not in ("and", ",")
               for c in root.children if c.i > 0)


def _past_after_did(doc) -> bool:
    """ "When did Tom Ash fail to show up and cancelled a meeting?": a verb joined to the one
    "did" carries keeps its past tense."""
    root = doc[:].root
    if not any(c.dep_ == "aux" and c.lower_ == "did" for c in root.children):
        return False
    chain = {root.i} | {c.i for c in root.children if c.dep_ == "xcomp"}
    return any(t.dep_ == "conj" and t.tag_ == "VBD" and t.head.i in chain for t in doc)


def _added_to_before(root) -> bool:
    """ "Tom Ash added there had been no change": added to what he said before."""
    return root.lower_ in ("added", "adds") and any(c.dep_ == "ccomp" and c.i > root.i for c in root.children)


def _would_untold(doc) -> bool:
    """ "Lakeland would withdraw 500 soldiers": a plan or a forecast cut from the telling of it
    (not a life story's "would later become")."""
    root = doc[:].root
    auxes = [c.lower_ for c in root.children if c.dep_ in ("aux", "auxpass")]
    narrated = root.lower_ in ("become", "go") or any(
        c.dep_ == "advmod" and c.lower_ in ("later", "eventually", "soon", "subsequently") for c in root.children)
    return (auxes[:1] == ["would"] and "have" not in auxes and not doc.text.endswith("?") and not narrated
            and not any(t.lower_ == "if" for t in doc))  # "If Amtek succeeds, it would ..." says on what


def _spent_nothing(doc) -> bool:
    """ "Ana Costa spent [Monday] travelling": the time spent was the line's date, cut (not
    "Amtek spent heavily on research")."""
    root = doc[:].root
    children = list(root.children)
    return (root.lower_ in ("spend", "spent", "spends") and not doc.text.startswith("How ")
            and any(c.dep_ in ("xcomp", "advcl") and c.tag_ in ("VBG", "NN") for c in children)
            and not any(c.dep_ in ("dobj", "npadvmod", "attr", "nsubjpass", "auxpass") for c in children))


def _a_verb(token) -> bool:
    """Tagged a verb, or one by its place: after "did" and a subject ("When did thieves force
    open a door?", where the tagger read "force" as a noun)."""
    children = {c.dep_: c for c in token.children}
    return token.pos_ in ("VERB", "AUX") or (
        "nsubj" in children and "aux" in children and children["aux"].lower_ in ("did", "does", "do"))


def _subjectless(doc) -> bool:
    root = doc[:].root
    return not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for c in root.children) and not (
        root.tag_ == "VB" and root.i == 0)


UNANCHORED = "an object named only elsewhere"
NAMELESS_SUBJECT = "a subject named only elsewhere"
BARE = "a subject and a verb, nothing more"
OWNERLESS = "a figure with no owner"  # "Sales rose 8%" is no fact without whose
RELATIVE = "a time only the story's day places"
SAYS_NOTHING = "a saying that says nothing"
NOWHERE = "an arrival with no place"
SHORT_POINTER = "a short line that points elsewhere"
PLAIN_POINTER = "a thing named only elsewhere, by 'the' and a noun"
UNNAMED_INCIDENT = "what happened, named by 'the' and where or when alone"
PAST_PERFECT = "a past perfect, before a time the line leaves out"
PERFECT = "a perfect: what has happened by a time, not when"
TWO_EVENTS = "two events under one date"
ELLIPTIC = "an ordinal or superlative whose noun is left out"
FUTURE_ASIDE = "an aside of what will come"
NO_ARTICLE = "a named thing without its article"  # a slip of the source the teacher may mend
HAVE = frozenset({"has", "have", "'ve"})
HAD = frozenset({"had"})
SHORT_LINE_TOKENS = 15  # 14 words and a stop: a longer line has room to say which
NAMELESS_INNER = "a clause inside whose subject is named only elsewhere"
OBJECT_PRONOUN_LEFT = "an object pronoun whose thing is named only elsewhere"
NAMES_NOTHING = "a line that names no one and nothing"
UNNAMED_PRONOUN = "a pronoun with no one named before it, or a bare 'this'"
UNNAMED_PERSON = "someone the line does not name"
# what leaves an event off the timeline for the teacher to word ("The gallery reopened":
# which gallery? "Chile withdrew": from what? "Lawmakers rejected the proposal": which? "Mrs.
# Doyle said outside the court": said what? "It moved inland": what did?);
# judges failed nearly every such line
UNCLEAR = frozenset({NAMELESS_SUBJECT, BARE, UNANCHORED, RELATIVE, SAYS_NOTHING, NOWHERE, SHORT_POINTER, PLAIN_POINTER,
                     UNNAMED_INCIDENT,
                     PAST_PERFECT, PERFECT, FUTURE_ASIDE, TWO_EVENTS, ELLIPTIC,
                     PRONOUN_OPENING, UNNAMED_PRONOUN, NAMELESS_INNER, OBJECT_PRONOUN_LEFT, NO_ARTICLE,
                     NAMES_NOTHING, UNNAMED_PERSON})
DEMONSTRATIVE_PRONOUNS = frozenset({"this", "that", "these", "those"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})  # a singular speaker is not "they"
STAND_INS = frozenset({"something", "who", "which", "what", "whom"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its",
                               "their"})
REFERRING = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "both"})
POINTING = REFERRING - {"the"}


def _bare_description(noun) -> bool:
    """ "the hospitality", "this rank", "its ruling", "the president's son": a common noun that
    points at something named elsewhere (no proper noun before it or in its prepositions: "the
    race for mayor of Lakeport" is named; a country or a town set off by commas before it does
    not name it: "the U.S. auto giant", "the Dearborn, Mich., energy company"; nor does any name
    but a person's name a person: "the Unity Party politician")."""
    if noun.pos_ != "NOUN" or _named(noun) or not _points_back(noun):
        return False
    if noun.lower_ in BELONGING:
        return True  # "the Minnesota native was inducted": the place says where, not who
    before = [t for c in noun.children if c.i < noun.i for t in c.subtree]
    after = [t for c in noun.children if _says_which(c) for t in c.subtree]
    if noun.lower_ in person_nouns():  # "the Unity Party politician": a party or a place says whose, not who
        return not any(t.ent_type_ == "PERSON" for t in before) and not any(map(_named, after))
    return not any(map(_names_the_noun, before)) and not any(map(_named, after))


def _says_which(child) -> bool:
    """A phrase after a noun that may name it: a preposition's ("the race for mayor of
    Lakeport") or an apposition, not a birth name ("The singer, real name Tom Ash")."""
    return child.dep_ == "prep" or child.dep_ == "appos" and not birth_name(child)


def _names_the_noun(token) -> bool:
    """A name before a noun that says which: not a country, nor a town set off by commas, nor
    a name inside a compound word ("the 33-year-old Indian-born writer": where, not who)."""
    end = token.i + 1
    while end < len(token.doc) and token.doc[end].pos_ == "PROPN":
        end += 1  # "the New Zealand-based company": the whole name runs to the hyphen
    hyphened = end < len(token.doc) and token.doc[end].tag_ == "HYPH"
    return _named(token) and country_of(token.text) is None and not _a_place_set_off(token) and not hyphened


def _a_place_set_off(token) -> bool:
    """ "Dearborn, Mich.,": a town and its state between commas, where a company was based."""
    return any(t.text == "," for t in token.doc[token.i + 1 : token.i + 3])


def _points_back(noun) -> bool:
    """Its first determiner refers back: "the", "this", "its", "the president's"."""
    first = next((c for c in noun.children if c.dep_ in ("det", "poss")), None)
    return first is not None and (first.lower_ in REFERRING
                                  or first.dep_ == "poss" and _bare_description(first))


def _named(token) -> bool:
    """A name: a proper noun, or an acronym the tagger took for a common noun ("the RATP"); not
    a month or a weekday ("the rate in January" says whose rate no better than "the rate")."""
    if token.lower_.rstrip(".") in MONTHS or token.lower_ in WEEKDAYS:
        return False
    if re.search(r"[$€£¥]", token.text) or token.text[:1].isdigit():
        return False  # "S$95.5", which the tagger may call a proper noun (not "A380")
    return token.pos_ == "PROPN" or (len(token.text) > 1 and token.text.isupper())


def _says_no_which(token) -> bool:
    """An object with nothing on it ("announced plans"), a post just counted ("relinquished
    a post") or a thing whose point is what it says, said without it ("signed a law",
    "expressed deep concern"): which, about what?"""
    if token.dep_ != "dobj" or token.pos_ != "NOUN":
        return False
    children = list(token.children)
    return not children or (token.lower_ in HELD_POSTS | ONE_UNNAMED and all(c.lower_ in ("a", "an") for c in children)) or (
        token.lower_ in SAYING_NOUNS and all(c.dep_ == "amod" or c.lower_ in ("a", "an") for c in children))


def _bare_clause(doc) -> bool:
    """ "Chile withdrew.", "Polly Peck announced plans.", "About $60 million streamed out.":
    what from, what for, what plans? Too little for a line or a question."""
    root = doc[:].root
    told = [c for c in root.children if c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "punct", "prt")
            and not _says_no_which(c) and not (c.dep_ == "advmod" and c.tag_ == "RB" and not list(c.children))]
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # "Talks between the unions and the RATP collapsed": the subject says enough; so does a
    # named one's death, birth, capture ... ("Russian novelist Aleksandr Solzhenitsyn died.",
    # "Hubble was launched.")
    # nor does a long one that names no one: "A 64-year-old woman and four grandchildren were
    # killed" (where, how?)
    short = subject is not None and (len(list(subject.subtree)) <= 4 or not any(map(_named, subject.subtree))
                                     or _says_what_after(root))
    return not told and short and subject.tag_ not in ("WP", "WDT") and not _whole_alone(root, subject)


APPOINTED = frozenset({"appointed", "named", "nominated", "chosen", "promoted"})


def _a_post_unsaid(doc) -> bool:
    """ "Tom Ash was appointed by President Ana Costa.": appointed as what?"""
    root = doc[:].root
    return root.lower_ in APPOINTED and any(c.dep_ == "auxpass" for c in root.children) and not any(
        c.dep_ in ("oprd", "attr", "xcomp", "ccomp") or c.lower_ in ("as", "to") for c in root.children)


def _says_what_after(verb) -> bool:
    """A verb whose what is the point, however long the subject: "The fifteen countries of the
    Lakeland Group agreed." (agreed on what?); not a passive ("The treaty was signed")."""
    return verb.lower_ in SAYS_WHAT_AFTER and not any(c.dep_ == "auxpass" for c in verb.children)


SAYS_WHAT_AFTER = frozenset({"agreed", "decided", "announced", "approved", "signed", "promised", "pledged",
                             "proposed", "demanded", "ordered", "reached"})


def _whole_alone(root, subject) -> bool:
    """A named one's death, birth, arrest ...; a thing's launch or release only when the line
    says what the thing is ("The Hubble Space Telescope was launched", not "Kepler launched")."""
    if root.lower_ in WHOLE_ALONE:
        return subject.pos_ == "PROPN"
    return root.lower_ in WHOLE_WITH_ITS_KIND and len([t for t in subject.subtree if t.dep_ != "det"]) > 1


# what happens to a named one that a line may tell with no more words
WHOLE_ALONE = frozenset({"died", "born", "captured", "arrested", "kidnapped", "killed",
                         "assassinated", "executed", "resigned"})  # not "elected": to what?
# what a who-question with no more words asks no better: "Who died?", "Who was elected?"
ASKED_ALONE = WHOLE_ALONE | {"elected"}
# what happens to a named thing, told whole when the line says what it is
WHOLE_WITH_ITS_KIND = frozenset({"launched", "released", "founded"})


# the forms of saying whose content is a clause: told without one, nothing is said
SAYING = frozenset({"said", "says", "told", "tells", "added", "adds", "asserted", "asserts", "claimed",
                    "claims", "stated", "states", "argued", "argues", "insisted", "insists",
                    "contended", "contends", "declared", "declares", "maintained", "maintains"})


def _says_nothing(doc) -> bool:
    """ "Mrs. Doyle said outside the court.", "Tom Ash was quoted as telling the Lakeport
    Herald.": the quote that was the point is gone."""
    root = doc[:].root
    quoted = root.lower_ == "quoted" and not any(c.dep_ in ("ccomp", "parataxis") for c in root.children)
    if quoted:  # quoted as saying or telling what?
        root = next((t for t in root.subtree if t.dep_ == "pcomp" and t.lower_ in ("saying", "telling")), root)
    said = [c for c in root.children if c.dep_ in ("ccomp", "xcomp", "parataxis")
            or c.dep_ == "dobj" and root.lower_ not in ("told", "tells", "telling") and c.pos_ != "PROPN"]
    return (root.lower_ in SAYING | {"saying", "telling"} and not said) or _an_empty_statement(root)


STATEMENT_NOUNS = frozenset({"statement", "announcement", "comment", "comments", "remarks"})
# the second reading has no lemmas
MAKING = frozenset({"made", "make", "makes", "issued", "issue", "issues", "released", "release", "gave", "give",
                    "delivered", "deliver"})


def _an_empty_statement(verb) -> bool:
    """ "Amtek made a statement.": what it said went with the cut."""
    told = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in STATEMENT_NOUNS), None)
    return (told is not None and verb.lower_ in MAKING
            and not any(c.dep_ not in ("det", "amod", "poss") for c in told.children)
            and not any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children))


def _arrives_nowhere(doc) -> bool:
    """ "Ritter arrived with some 50 inspectors": arrived where?"""
    return any(t.lower_ in ARRIVING and t.pos_ == "VERB"
               and not any(c.dep_ == "dobj" or c.lower_ in PLACE_MARKERS and c.dep_ != "aux"
                           for c in t.children)
               for t in doc)


def _short_and_pointing(doc) -> bool:
    """A short line whose object is a bare description that nothing after it describes:
    "Philippe Lemoine raised his offer", "Jess Moreau was ruled out of the final": which offer,
    which final? ("his proposal for a diplomatic solution" says which.)"""
    return len(doc) <= SHORT_LINE_TOKENS and any(
        t.dep_ in ("dobj", "pobj") and (_bare_description(t) or _a_vague_act(t)) and not _one_of_a_kind(t)
        and not _own_step(t) and not any(c.i > t.i for c in t.children) for t in doc)


# what someone did, which no owner says: "Tom Ash announced Amtek's move": which move?
VAGUE_ACTS = frozenset({"move", "decision", "step", "action", "measure", "plan", "choice"})


def _a_vague_act(noun) -> bool:
    """ "Amtek's move", "the decision"; not "a $2 billion stimulus plan" (its words say which)."""
    return noun.lower_ in VAGUE_ACTS and all(c.dep_ in ("det", "poss", "case") for c in noun.children if c.i < noun.i)


def _own_step(noun) -> bool:
    """ "submitted his resignation", "announced her retirement", "relieved X of his duties": a
    step one takes in one's own post, or the post, says which by its owner alone."""
    return noun.lower_ in OWN_STEPS and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS for c in noun.children)


def _plain_pointer(doc) -> bool:
    """A noun with nothing but "the" (or "the new", "the same", "the latter") to say which:
    "into the fund", "in support of the drivers", "the city's health department", "for the
    creation of the new institute" (which fund, which drivers, which city?). "the federal
    limit", "the collapse of an investment fund" say more; "the time", "the world" are no thing
    named elsewhere, nor "the country" after a name."""
    return any(t.pos_ == "NOUN" and t.lower_ not in PLAIN_WORDS and not _named(t)
               and [c.lower_ for c in t.children if c.dep_ not in ("case", "cc", "conj")] in (
                   ["the"], *(["the", word] for word in POINTING_ADJECTIVES))
               and not (t.lower_ in COUNTRY_WORDS and any(_named(n) for n in doc[:t.i])) for t in doc) or any(
        map(_place_epithet, doc))


def _place_epithet(noun) -> bool:
    """ "in the former British colony", "the oil-rich kingdom": a country called by what it is
    like, with no country named before it in the line ("Lakeland ... in the war-torn country")."""
    children = [c for c in noun.children if c.dep_ != "punct"]
    if noun.lower_ in SELF_RULED and any(country_of_people(c.text) for c in children):
        return False  # "the Kenyan state" names it (a "British colony" is another's)
    return (noun.lower_ in EPITHET_PLACE_NOUNS and noun.pos_ == "NOUN" and bool(children)
            and children[0].lower_ == "the" and any(c.dep_ == "amod" for c in children)
            and all(c.dep_ in ("det", "amod", "advmod") for c in children)
            and not any(map(_a_named_place, noun.doc[: noun.i])))


def _a_named_place(word) -> bool:
    """A country or a city by its name (the gazetteer's: the second reading has no entities)."""
    return word.pos_ == "PROPN" and bool(country_of(word.text) or is_city(word.text) and not is_english_word(word.lower_))


# "for the creation of the new institute": which institute? the one the story named before
POINTING_ADJECTIVES = ("new", "same", "latter")


def _unnamed_incident(doc) -> bool:
    """A subject that names what happened by "the" and where or when alone: "The blast in
    Lakeport occurred at 9:15 a.m.", "The March 3 bombings killed 40 people" (judges: which
    blast?); not "the bombing of the embassy", "the attacks on two embassies", "a blast"."""
    return any(noun.lower_ in INCIDENT_NOUNS and noun.dep_ in ("nsubj", "nsubjpass") and noun.left_edge.lower_ == "the"
               and all(_where_or_when(c) for c in noun.children if c.dep_ not in ("punct", "det")) for noun in doc)


def _party_to_an_unnamed_incident(doc) -> bool:
    """ "another plotter of the attack", "a victim of the crash": someone's part in what
    happened, named by "the" alone (judges, four times of five: which attack?)."""
    return any(noun.lower_ in INCIDENT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ == "of"
               and _a_party(noun.head.head.lower_) and [c.dep_ for c in noun.children] == ["det"]
               and noun.left_edge.lower_ == "the" for noun in doc)


def _a_party(noun: str) -> bool:
    """Someone, or a doer by the word's ending ("plotter", "perpetrators")."""
    one = noun.removesuffix("s")
    return _someone(one) or one.endswith(AGENT_ENDINGS) and one not in THING_NOUNS


def _where_or_when(word) -> bool:
    """A date, an adjective or an adverb ("almost simultaneous"), or "in" or "near" a place (by
    its name: the gate reads lines without the model's entities)."""
    if word.dep_ == "prep":
        return word.lower_ in ("in", "near") and all(c.pos_ == "PROPN" for c in word.children)
    return _a_time(word) or word.dep_ in ("amod", "advmod")


def _possessed(noun) -> bool:
    return any(c.dep_ == "poss" for c in noun.children)


def _pronoun_before_a_name(doc) -> bool:
    """A pronoun with no name before it in the text ("To make them comparable, ...",
    "President _____ implied it": the blank may be the name)."""
    for token in doc:
        if token.lower_ in STAND_INS:
            return False  # the blank or the asked-for word: the name a later pronoun stands for
        if _stands_for_things(token):
            return True  # "compare this to ...", "mixed the two up": this what, which two?
        if token.lower_ in PLURAL_PRONOUNS and token.dep_ != "expl":
            return not any(t.tag_ in PLURAL_NOUN_TAGS or t.dep_ == "conj" for t in doc[: token.i])
        if token.lower_ in PERSONAL_PRONOUNS and token.dep_ != "expl":
            if token.lower_ in ("he", "she", "him", "his"):
                return not any(_may_be_a_person(t) and not _other_gender(t, token) for t in doc[: token.i])
            return not any(t.pos_ in ("PROPN", "NOUN") and not _a_time(t) for t in doc[: token.i])
    return False


PRONOUN_GENDERS = {"he": "male", "him": "male", "his": "male", "she": "female"}


def _other_gender(name_word, pronoun) -> bool:
    """ "Ana Costa confirmed his death", "Mr Ash said she was arrested": her given name or his
    honorific says who is not the pronoun (a given name of one gender only: "Andrea" is a man's
    in Italy); so does a given name that is the name's last word after a title ("Sheikh Ana
    swept his party back into power")."""
    name = name_word.head if name_word.dep_ == "compound" and name_word.head.pos_ == "PROPN" else name_word
    before = [c for c in name.children if c.dep_ == "compound"]
    said = [_gender_said(c) for c in before]
    if before and not any(is_given_name(c.text) for c in before):  # a title before it, no given name
        said.append(_gender_said(name))
    gender = next(filter(None, said), None)
    return gender is not None and PRONOUN_GENDERS.get(pronoun.lower_) not in (None, gender)


def _gender_said(word) -> str | None:
    """The gender an honorific ("Mrs") or a given name of one gender says (past "President")."""
    honorific = word.lower_.rstrip(".")
    if honorific in MALE_HONORIFICS | FEMALE_HONORIFICS:
        return "male" if honorific in MALE_HONORIFICS else "female"
    return sure_gender(word.text) if is_given_name(word.text) else None


def _may_be_a_person(token) -> bool:
    """What "he" or "his" may stand for: a name, not initials ("FBI agents searched his home"),
    or a noun for one person ("the minister"); no plural nor a thing ("With the support of 221
    votes of his party": whose?)."""
    if token.pos_ == "PROPN":
        return (not token.text.isupper() and not _a_time(token) and not _in_a_bodys_name(token)
                and not _names_a_thing(token))
    return token.pos_ == "NOUN" and token.tag_ not in PLURAL_NOUN_TAGS and _someone(token.lower_)


def _names_a_thing(token) -> bool:
    """ "a Kestrel Patrol boat": a name that says what kind of thing, no one "he" stands for
    (not "the Tom Ash case", which opens on a given name)."""
    head = token
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    first = token
    while first.i > 0 and token.doc[first.i - 1].pos_ == "PROPN":
        first = token.doc[first.i - 1]
    return (head.i != token.i and head.pos_ == "NOUN" and not _someone(head.lower_)
            and not is_given_name(first.text))  # "the Tom Ash case" is his


BODY_HEADS = INSTITUTION_HEADS | CHAMBER_HEADS  # "the Lakeport Planning Council", "the Kestrel People's Congress"


def _in_a_bodys_name(token) -> bool:
    """ "the Lakeport Planning and Zoning Service", "the Lakeport County People's Congress": a
    word of a name that ends on a body's kind, which no "he" stands for (not "Tom Ash of
    Lakeport University")."""
    doc, end = token.doc, token.i
    while end + 1 < len(doc) and (doc[end + 1].pos_ == "PROPN" or doc[end + 1].lower_ == "and"
                                  or doc[end + 1].tag_ == "POS" and end + 2 < len(doc) and doc[end + 2].pos_ == "PROPN"):
        end += 1
    return doc[end].lower_ in BODY_HEADS


def _stands_for_things(token) -> bool:
    """ "this" or "the two" standing alone for things named before (not "the 1990s", "the
    $30,000")."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return False
    return (token.lower_ in DEMONSTRATIVE_PRONOUNS and token.tag_ != "WDT"
            or token.pos_ == "NUM" and token.is_alpha and [c.lower_ for c in token.children] == ["the"])


def _a_time(token) -> bool:
    """ "1960s", "March", "hours": a time, which no person's pronoun stands for ("In the 1960s
    she led ..."). """
    word = token.lower_.rstrip(".")
    return (token.text[:1].isdigit() or word in MONTHS or word in WEEKDAYS
            or word.removesuffix("s") in UNITS or word.removesuffix("s") in CLOCK_UNITS)


# verbs whose clause may come first, set off by a comma: "Prices will rise, analysts expect"
# (forms, not lemmas: the second reading runs without the lemmatizer)
COMMA_FRONTED = SAYING | frozenset({
    "say", "reported", "reports", "announced", "confirmed", "noted", "wrote", "believe", "believes",
    "believed", "think", "thinks", "thought", "expect", "expects", "expected", "estimate", "estimates",
    "estimated", "predict", "predicts", "predicted", "warn", "warns", "warned", "explained", "acknowledged",
    "admitted"})


def _comma_splice(doc) -> bool:
    """Two sentences joined by a comma: "Shares soared after the announcement, Sears was up 22
    percent" (the source's slip, which a question must not copy); not "Prices rose, analysts
    said", nor a quotation."""
    root = doc[:].root
    return root.lower_ not in COMMA_FRONTED and any(
        c.dep_ == "ccomp" and c.i < root.i and any(x.dep_ in ("nsubj", "nsubjpass") for x in c.children)
        and doc[c.right_edge.i + 1].text == "," and not _quoted(c) for c in root.children)


def _disagreeing_verb(doc) -> bool:
    """A verb says "has" of a plural subject: "the construction works has reached 97 percent";
    or, joined to another, of theirs: "Rail systems carry 13 million passengers a day, but has a
    poor history" (the source's slips)."""
    return any(t.tag_ == "VBZ" and any(map(_plural_subject, _subjects_of(t))) for t in doc)


def _subjects_of(verb) -> list:
    """The verb's own subject, or for a joined verb without one, its head's; and an auxiliary's
    verb's ("works has reached")."""
    verb = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    own = [c for c in verb.children if c.dep_.startswith("nsubj")]
    return own or ([c for c in verb.head.children if c.dep_ == "nsubj"] if verb.dep_ == "conj" else [])


def _plural_subject(noun) -> bool:
    """A plural common noun, no word that only looks it ("news", "series", "glass")."""
    return (noun.tag_ == "NNS" and not noun.lower_.endswith(("ss", "us", "is"))
            and noun.lower_ not in SINGULAR_PLURALS and not any(c.dep_ in ("conj", "nummod") for c in noun.children))


def _owner_without_mark(doc) -> bool:
    """A titled name run into the noun it owns, its "'s" lost: "Mr. Cooks friend", or "the
    worlds largest gathering" (the source's slips)."""
    return any(t.tag_ == "NNP" and t.text.endswith("s") and t.i > 0 and t.nbor(-1).lower_.rstrip(".") in HONORIFICS
               and t.dep_ == "compound" and t.head.tag_ in ("NN", "NNS") or _lost_mark_before_superlative(t)
               for t in doc)


def _unclosed_aside(doc) -> bool:
    """ "Levy Mwanawasa, the President of Zambia died": an apposition opened by a comma and
    never closed (the source's slip); the parser may read it as a second subject ("Tom Ash, a
    senior official at the embassy was arrested")."""
    subjects = [c for c in doc[:].root.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(t.dep_ == "appos" and t.left_edge.i > 0 and t.left_edge.nbor(-1).text == ","
               and t.right_edge.i + 1 < len(doc) and t.right_edge.nbor(1).pos_ in ("VERB", "AUX")
               for t in doc) or (len(subjects) > 1 and doc[subjects[0].i + 1].text == ","
                                 and subjects[1].left_edge.lower_ in ARTICLES)


def _lost_mark_before_superlative(token) -> bool:
    """ "the worlds largest gathering": "the" and a plural noun before a superlative that
    describes a noun after it."""
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (token.tag_ == "NNS" and after is not None and after.tag_ == "JJS" and after.head.i > after.i
            and any(c.lower_ == "the" and c.dep_ == "det" for c in token.children))


def _subject(doc):
    return next((c for c in doc[:].root.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _ownerless_figure(doc) -> bool:
    """The subject is a figure and nothing says whose: "Net income rose 8%", "The results were
    hurt" ("Profit from coal fell", "Losses cut Aetna's income" say it)."""
    subject = _subject(doc)
    if subject is None:
        return False
    if subject.lower_ in OWNED_FIGURE_WORDS:  # a name later in the sentence is no owner, but an owner's ("Aetna's")
        return not any(c.dep_ in ("poss", "prep") for c in subject.children) and not any(
            _named(t) and (t in subject.subtree or t.dep_ == "poss") for t in doc)
    # "About $_____ of debt is affected", "a factor in the third-quarter loss": whose?
    return not any(map(_named, doc)) and any(t.lower_ in OWNED_FIGURE_WORDS and t.dep_ == "pobj" and not _possessed(t)
                                             and t.head.head == subject for t in doc)


def _elliptic(doc) -> bool:
    """An ordinal or a superlative standing for a noun the line leaves out: "The first was
    recovered", "a second, R21", "Who notched his second?", "The largest is a road" (the first
    what, the largest what?)."""
    return any(t.lower_ in ORDINALS and _ordinal_word(t) and (t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
                                         and any(c.dep_ in ("det", "poss") for c in t.children)
                                         and not any(c.dep_ == "compound" for c in t.children)  # "the 100 metre final"
                                         or t.nbor(1).text == "," and t.i > 0 and t.nbor(-1).dep_ == "det")
               or t.tag_ == "JJS" and t.dep_ in ("nsubj", "nsubjpass") for t in doc[:-1])


def _ordinal_word(token) -> bool:
    """ "second" as an ordinal: an adjective, or a noun owned by a pronoun ("his second"; "a
    second" may be a time; "the women's final" and "his final" are matches)."""
    owners = [c for c in token.children if c.dep_ == "poss"]
    if not owners:
        return token.pos_ == "ADJ"
    return token.lower_ not in ("final", "last", "latest") and any(c.tag_ == "PRP$" for c in owners)


def _nameless_subject(doc) -> bool:
    """The subject is a bare description: "The hospitality was shown", "The song was recorded"
    (which?); or owned by one ("The country's Supreme Electoral Tribunal"); or a post someone
    no longer holds ("The former U.S. House Majority Leader from Sugar Land": who?); or a number
    alone ("Three, including one in North Hollywood, closed": three what?); or a nationality
    ("The Welshman took charge"), an age ("The 69-year-old died"), bare "Members" or a
    coach's "men"."""
    subject = _subject(doc)
    if subject is None:
        return False
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    # "The country's Supreme Electoral Tribunal", "The company's filing in a Lakeport court"
    owned_name = (owner is not None and _bare_description(owner)
                  and not any(c.dep_ == "appos" for c in subject.children))
    return owned_name or any(told(subject) for told in NAMELESS_KINDS) or any(
        map(_people_of_a_kind_of_body, (subject, *subject.conjuncts)))


def _a_coachs_side(noun) -> bool:
    """ "Tom Ash's men took the lead": a team told by its coach, which the line leaves unnamed."""
    return noun.lower_ in SIDE_WORDS and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in noun.children)


def _members_of_nothing(noun) -> bool:
    """ "Members heard a defence of libraries": members of what? A word for those who belong
    to something, with nothing to say what."""
    bodies = any(t.ent_type_ in ("ORG", "GPE", "NORP") for t in noun.doc)  # "Shareholders approved Amtek's merger"
    return noun.lower_ in MEMBERSHIP and not bodies and all(c.dep_ in ("amod", "punct") and not list(c.children)
                                                            for c in noun.children)


def _by_age(noun) -> bool:
    """ "the 69-year-old", "the 32-year-old ex-journalist": someone said by age, no name."""
    subtree = list(noun.subtree)
    aged = any(t.lower_ == "old" and any(c.lower_ in ("year", "years") for c in t.children) for t in subtree)
    return aged and noun.left_edge.lower_ == "the" and not any(t.pos_ == "PROPN" for t in subtree)


def _body_of_an_unnamed_place(noun) -> bool:
    """ "The state Water Supply Commission", "the City Council", "A majority of the city
    council": of which state or city? (Not "the State Department", a name.) "The Council"
    alone: which?"""
    if noun.pos_ == "PROPN" and noun.lower_ in INSTITUTION_HEADS and [c.lower_ for c in noun.children] in (["the"], []):
        return True
    owned = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    return any(body.pos_ in ("PROPN", "NOUN") and any(map(_an_unnamed_places_word, body.children))
               for body in (noun, *owned))


def _an_unnamed_places_word(word) -> bool:
    """ "the city council", "the state Water Supply Commission": the place's kind, not its name."""
    return (word.dep_ == "compound" and (word.text in UNNAMED_PLACES or word.text.lower() in UNNAMED_PLACES_CAPITALISED)
            and word.i > 0 and word.doc[word.i - 1].lower_ == "the")


def _people_of_a_kind_of_body(noun) -> bool:
    """ "Company and union officials", "company officials": whose? A kind of body said without
    its name ("Amtek officials", "Lakeport city officials" say whose)."""
    if noun.tag_ != "NNS" or noun.lower_.removesuffix("s") not in person_nouns():  # no lemmas here
        return False
    if any(t.pos_ == "PROPN" for c in noun.children if c.dep_ == "prep" for t in c.subtree):
        return False  # "hospital officials at Hadassah Hospital" say whose
    kinds = [m for c in noun.children if c.dep_ in ("compound", "nmod") for m in (c, *c.conjuncts)]
    return any(m.lower_ in BODY_KINDS and not any(t.pos_ == "PROPN" for t in m.children)
               and not (m.i > 0 and m.doc[m.i - 1].pos_ == "PROPN") for m in kinds)


def _a_bare_number(noun) -> bool:
    """ "Three closed", not "$1.6 billion flowed out" nor "2019 was the hottest year" (a sum or
    a year says what), nor "three of the stores"."""
    money_or_year = any(c.tag_ == "$" for c in noun.children) or re.fullmatch(YEAR, noun.text) is not None
    return noun.tag_ == "CD" and not money_or_year and not any(c.dep_ == "prep" and c.lower_ == "of"
                                                               for c in noun.children)


def _by_nationality(noun) -> bool:
    """ "the Welshman", "the New Zealander", "the 24-year-old Kenyan", not "the North Pole" nor
    "the Welsh rugby man"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    if noun.lower_ in NATIONALITY_NOUNS:
        return not any(c.dep_ == "compound" for c in noun.children)
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in ("compound", "amod") and noun.doc[start - 1].is_title:
        start -= 1  # "the South African": the people's name runs back over its capitalised words
    return noun.is_title and country_of_people(noun.doc[start:noun.i + 1].text) is not None


def _former_post(noun) -> bool:
    lefts = [c.lower_ for c in noun.lefts]
    return (noun.lower_ in POSTS | person_nouns() and "the" in lefts and any(w in TITLE_TIMES for w in lefts)
            and not any(c.dep_ == "appos" for c in noun.children))


# the ways a subject is told without its name, one test each
NAMELESS_KINDS = (_a_bare_number, _bare_description, _former_post, _by_nationality, _by_age,
                  _body_of_an_unnamed_place, _members_of_nothing, _a_coachs_side)


def _unanchored(doc) -> bool:
    """An object of a finite verb is a bare description ("vindicated the core principle"; "the
    first U.S. recycling plant" says which), or, without a named subject, the clause points
    back ("their warning")."""
    subject = _subject(doc)
    if any(map(_bare_object, doc)) or any(map(_points_back_inside, doc)):
        return True
    if subject is not None and _named_phrase(subject):
        return False
    # "Who won his first pole position?": an owner's word is the one asked for
    asked = subject is not None and subject.tag_ == "WP"
    return any(t.lower_ in POINTING and t.dep_ in ("det", "poss") and not (asked and t.dep_ == "poss")
               and not _owner_in_its_clause(t) for t in doc)


def _points_back_inside(token) -> bool:
    """Words that point back whoever the subject: "fixed under those earlier actions", "moved
    to evacuation centers there", "involved in this tragic accident", "cracks in that part of
    Antarctica" (not a time: "these days")."""
    if token.lower_ in ("those", "these", "this", "that"):
        return token.dep_ == "det" and not _a_time(token.head)
    return token.lower_ in ("there", "here") and token.dep_ == "advmod"


def _owner_in_its_clause(token) -> bool:
    """ "after a creek overflowed its banks": in a clause beside the main one, the owner is
    the subject of the word's own verb (not so "Prosecutors issued their warning": which?)."""
    verb = token.head.head
    return token.lower_ in ("its", "their") and verb.dep_ != "ROOT" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN") and c.i != token.head.i
        and not _bare_description(c)  # "because the company no longer consolidates its division"
        and (c.tag_ in PLURAL_NOUN_TAGS) == (token.lower_ == "their") for c in verb.children)


def _bare_object(token) -> bool:
    return (token.dep_ == "dobj" and not _aside(token.head) and _bare_description(token)
            and not _possessed(token) and not _one_of_a_kind(token))


def _aside(verb) -> bool:
    """ "after water entered the building", "covering the disposition of assets", "to fill the
    gap": a verb on the side, whose object the main clause makes plain ("finished drafting the
    rules" is no aside)."""
    infinitive = verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children)
    return verb.dep_ == "advcl" or verb.dep_ == "acl" and (verb.tag_ == "VBG" or infinitive)


def _one_of_a_kind(noun) -> bool:
    """ "the first plant", "the largest bank": the words say which."""
    return any(c.dep_ == "amod" and (c.tag_ == "JJS" or c.lower_ in ORDINALS or c.lower_ == "only")
               for c in noun.children)


# words that open a clause of their own: one with no verb after it was cut short
SUBORDINATORS = frozenset({"when", "after", "before", "because", "while", "although", "though",
                           "until", "unless", "whereas"})


def _misplaced_that(doc) -> bool:
    """ "struck the island of Java in Indonesia that killed over 3,000 people": a place's name
    takes no "that" clause, so the clause belongs to a noun further back ("a deal with Jaguar
    that is likely to involve" reads right)."""
    return any(t.lower_ == "that" and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "relcl"
               and t.i > 0 and _a_place(t.nbor(-1)) for t in doc)


def _a_place(token) -> bool:
    """A country or a city by name (the second reading has no entity labels)."""
    return token.pos_ == "PROPN" and (country_of(token.text) is not None or is_city(token.text))


def _stranded_subordinator(doc) -> bool:
    """ "collapsed, when the authority's chairman, Philippe Lemoine.": no verb after "when"."""
    opening = [t for t in doc if t.lower_ in SUBORDINATORS and t.dep_ in ("mark", "advmod")]
    return bool(opening) and not any(t.pos_ in ("VERB", "AUX") for t in doc[opening[-1].i + 1:])


def _reflexive_of_a_body(doc) -> bool:
    """ "the Lakeport Water Service ... lock himself": clause surgery gave the verb another
    clause's subject (an organization or a place is no "himself"; a second reading has no
    entities, so an institution's head word tells it)."""
    for token in doc:
        if token.lower_ in ("himself", "herself"):
            subject = next((c for c in token.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and (subject.ent_type_ in ("ORG", "GPE", "FAC")
                                        or subject.lower_ in INSTITUTION_HEADS):
                return True
    return False


def _post_without_article(doc) -> bool:
    """A post before a name set off by commas, with no "the": "Newly appointed British Foreign
    Secretary, Margaret Beckett, confirmed" (a slip of the source a teacher would mend)."""
    return any(t.dep_ in ("nsubj", "nsubjpass", "conj") and (t.tag_ == "NN" or t.lower_ in POSTS)
               and bare_title(t) and not any(c.dep_ == "nummod" for c in t.children) for t in doc)


def _named_noun_without_article(doc) -> bool:
    """ "Taranaki, New Zealand policeman responded", "Australia men's national wheelchair
    basketball team beat South Africa": a subject that is one thing of a named place or body,
    with no "the" or "a" (a slip of the source); not "Britain's largest company", nor a post
    before the name it gives ("former New Zealand coach John Bracewell"); nor "Lakelandian Foreign
    Ministry condemned killing of Ana Costa", a people's body or a deed "of" someone without one."""
    return any(_bare_named_subject(t) for t in doc if t.dep_ in ("nsubj", "nsubjpass") and t.tag_ == "NN") or any(
        map(_bare_body_of_a_people, doc)) or any(map(_bare_deed_of, doc)) or any(map(_bare_named_deed, doc))


def _bare_body_of_a_people(noun) -> bool:
    """ "Lakelandian Foreign Ministry condemned": a people's ministry as a subject, with no "the"."""
    words = list(noun.subtree)
    return (noun.dep_ in ("nsubj", "nsubjpass") and noun.pos_ == "PROPN" and noun.lower_ in STATE_BODIES
            and words[0].i < noun.i and country_of_people(words[0].text) is not None and words[-1].i == noun.i)


def _bare_deed_of(noun) -> bool:
    """ "condemned killing of Ana Costa", "hit eastern Lakelandian town of Tarnow": a deed (a
    killing, a bombing) or a thing of a people's place, "of" someone or somewhere, with no article
    (not "ordered screening of all passengers")."""
    if noun.tag_ != "NN" or noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj") or not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights):
        return False
    lefts = list(noun.lefts)
    if any(c.dep_ in ("det", "poss", "nummod", "predet") or c.tag_ in ("PRP$", "POS") for c in lefts):
        return False
    return (noun.lower_ in INCIDENT_NOUNS and not lefts and noun.head.pos_ == "VERB"
            or any(c.dep_ == "amod" and country_of_people(c.text) is not None for c in lefts))


def _bare_named_deed(noun) -> bool:
    """ "sentenced for Tarnow case", "killed in Kenyan incursion": one deed of a named place
    or people after a preposition, with no article (a wire's slip)."""
    lefts = list(noun.lefts)
    return (noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.lower_ in NAMED_DEEDS and bool(lefts)
            and not any(c.dep_ in ("det", "poss", "nummod", "predet") or c.tag_ in ("PRP$", "POS") for c in lefts)
            and any(c.pos_ == "PROPN" or c.dep_ == "amod" and country_of_people(c.text) is not None for c in lefts))


def _bare_named_subject(noun) -> bool:
    before = [w for w in noun.subtree if w.i < noun.i]
    after = [w for w in noun.subtree if w.i > noun.i]
    return (any(w.pos_ == "PROPN" for w in before) and not any(w.pos_ == "PROPN" for w in after)
            and not any(w.dep_ in ("det", "nummod", "predet") or w.tag_ == "PRP$" for w in before)
            and not any(w.tag_ == "POS" and w.head.pos_ == "PROPN" for w in before))


def _also_on_the_main_verb(doc) -> bool:
    """ "Westinghouse also expects ...", "Unisys Corp. also took a write-off": an "also" on the
    main verb adds to what the sentence before told (judges fail it as a leftover)."""
    root = doc[:].root
    return any(c.lower_ == "also" and c.dep_ == "advmod" and c.i < root.i for c in root.children)


def _award_without_article(doc) -> bool:
    """ "was awarded Nobel Prize in Literature": an award's name with no "the" or "a" (a slip of
    the source); not "Nobel Prize winner", "Nobel Prizes", "his Nobel Prize"."""
    return any(t.lower_ in THING_NAME_WORDS and t.text[0].isupper() and t.tag_ == "NNP" and t.dep_ != "compound"
               and not any(c.dep_ in ("det", "poss", "nummod") for c in t.children) for t in doc)


def _who_unset_off(token) -> bool:
    """ "Tom Ash who served twice as mayor": a slip of the source, its commas left out (not "It
    was Tom Ash who won", which singles him out)."""
    if token.lower_ != "who" or token.i == 0 or token.head.dep_ != "relcl":
        return False
    name = token.doc[token.i - 1]
    described = any(c.dep_ == "det" for c in name.children)  # "a Democrat who represented Lakeport"
    return name.tag_ == "NNP" and name.dep_ != "attr" and token.head.head.i == name.i and not described


def _headline_subject(doc) -> bool:
    """ "Soccer team captain nets two goals": a headline's or a standfirst's words, not a
    sentence's (its present tense too: not "Former banker and businessman Tom Ash was sworn in")."""
    root, subject = doc[:].root, _subject(doc)
    return root.tag_ == "VBZ" and subject is not None and subject.tag_ == "NN" and subject.lower_ in person_nouns() and not any(
        c.dep_ in ("det", "poss", "nummod", "appos", "conj") for c in subject.children)


def _comma_before_the_verb(doc) -> bool:
    """ "The Lakeport Electoral Commission (LEC), declared": a slip of the source, or what is left
    of one when a time between them is cut (not an aside set off on both sides)."""
    root, subject = doc[:].root, _subject(doc)
    if subject is None or root.i < 2 or doc[root.i - 1].text != ",":
        return False
    start = subject.left_edge.i
    opened_before = start > 0 and doc[start - 1].text == ","  # "Tom Ash, the mayor, said", the parser's subject "mayor"
    return start < root.i - 1 and not opened_before and sum(t.text == "," for t in doc[start : root.i]) == 1


# what may follow a noun phrase's last word: "during a massive protests against"
PHRASE_ENDS = frozenset({"ADP", "PUNCT", "CCONJ", "SCONJ", "DET"})


def _a_before_a_plural(token) -> bool:
    """ "during a massive protests": a slip of the source (not "a few residents", "a further two
    years", "a record 12 titles": a number or a quantity word between them; not "type A viruses":
    a letter; nor "a major jobs boost", where the parser may hang the article on "jobs")."""
    noun = token.head
    if token.text not in ("a", "an") or token.dep_ != "det" or noun.tag_ not in PLURAL_NOUN_TAGS:
        return False
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if noun.dep_ in ("amod", "compound") or following is not None and following.pos_ not in PHRASE_ENDS:
        return False
    between = noun.doc[token.i + 1 : noun.i]
    return noun.lower_ not in SINGULAR_PLURALS and not any(
        t.tag_ == "CD" or t.lower_ in COUNTING_WORDS for t in between)


def _post_of_nothing(noun) -> bool:
    """ "became head coach": of which team? A post with a word before it and nothing to say
    whose ("head coach of the Lions", "Lakeport's head coach"); "became president" is the
    country's the story is about."""
    return (noun.dep_ == "attr" and noun.head.lower_ in ("became", "become", "becomes") and noun.pos_ == "NOUN"
            and any(c.dep_ in ("compound", "amod") for c in noun.children)
            and not any(c.dep_ in ("det", "poss", "prep") or c.pos_ == "PROPN" for c in noun.children))


def _did_another(doc) -> bool:
    """ "staged another coup", "set another record": the first is told elsewhere."""
    return any(c.dep_ == "dobj" and any(d.lower_ == "another" for d in c.children) for c in doc[:].root.children)


def _open_dash_aside(doc) -> bool:
    """ "Their replacements - two Russians and an American arrived": an aside opened by a dash
    before the main verb and never closed; one at the end ("to three nations - Kiribati, ...")
    needs no closing."""
    dashes = [t.i for t in doc if set(t.text) <= set("-–—") and t.i > 0 and doc[t.i - 1].whitespace_ and t.whitespace_]
    return len(dashes) % 2 == 1 and dashes[0] < doc[:].root.i


def _who_died_only(doc) -> bool:
    """ "Who has died according to his family?": the story's own subject, asked by its headline,
    with no more to tell it from anyone else."""
    root = doc[:].root
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (root.lower_ in ASKED_ALONE and subject is not None and subject.tag_ == "WP"
            and all(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "punct") or c.lower_ == "according"
                    for c in root.children))


def _stand_in_do(doc) -> bool:
    """ "did so", "did the same", "did just the way": a verb standing for one the story said
    before, which the line leaves out."""
    root = doc[:].root
    return root.lower_ in ("do", "does", "did", "done", "doing") and doc[-1].text != "?" and not any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.lower_ != "same" for c in root.children)


def _since_on_a_plain_past(token) -> bool:
    """ "captured her maiden title in the final of the Lakeport Open since 2019": "since" wants a
    perfect; on a plain past it is what is left of a phrase cut away ("the first tournament there
    since 2019"). "won her first title since 2019" says which time, and stays."""
    verb = token.head
    return (token.lower_ == "since" and token.dep_ == "prep" and verb.tag_ == "VBD"
            and not any(c.lower_ in HAVE | HAD for c in verb.children)
            and not any(t.lower_ in ("first", "only", "last") or t.tag_ in ("JJS", "RBS") for t in token.doc[:token.i]))


def _place_of_no_race(doc) -> bool:
    """ "Ana Costa finished in second": in what? A place in a race with nothing else on the
    verb ("finished second in the Lakeport Marathon", "came third behind Ana Costa" say)."""
    # "in the Kestrel Cup", wherever the parser hung it
    race = any(t.dep_ == "pobj" and t.pos_ == "PROPN" and t.head.lower_ in ("in", "at") for t in doc)
    return not race and any(t.lower_ in PLACING_VERBS and t.pos_ == "VERB" and any(map(_a_rank, t.children))
                            and not any(c.dep_ in ("prep", "dobj", "npadvmod") and not _a_rank(c) for c in t.children)
                            for t in doc)


def _a_rank(token) -> bool:
    """ "second", "in second", "3rd", "as runners-up"."""
    if token.dep_ == "prep" and token.lower_ in ("in", "as"):
        return any(map(_a_rank, token.children))
    doc = token.doc  # "runners-up", which the parser splits and hangs either way
    runner_up = (re.fullmatch(r"runners?-up", doc[token.left_edge.i:token.i + 1].text)
                 or token.lower_ in ("runner", "runners") and doc[token.i + 1:token.i + 3].text == "-up")
    return token.lower_ in RANK_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", token.lower_) is not None or bool(runner_up)


def _named_phrase(noun) -> bool:
    """A name, or a noun with a name before it ("Kenya's health ministry") or in its
    preposition ("the chief judge in Saddam Hussein's trial")."""
    around = [t for c in noun.children if c.i < noun.i or c.dep_ == "prep" for t in c.subtree]
    return noun.pos_ == "PROPN" or any(t.pos_ == "PROPN" for t in around)


def _object_after_a_phrase(token) -> bool:
    """ "died at a hospital in Lakeport(,) a politician from ...": an object with its article
    after a phrase of its verb is a speaker cut from the words he said."""
    if token.dep_ != "dobj" or not _someone(token.lower_) or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in token.children):
        return False  # a person ("brought to Lakeport a new style of play" is a style)
    verb, start = token.head, token.left_edge.i
    phrase = next((c for c in verb.children if c.dep_ == "prep" and verb.i < c.i < start
                   and c.lower_ not in ("about", "around", "as", "over")), None)  # "employs about 300 workers"
    if phrase is None:
        return False
    before = token.doc[start - 2] if token.doc[start - 1].text == "," else token.doc[start - 1]
    # a name just before it ("in Lakeport a politician"; not "across an area the size of Lakeland")
    return before.pos_ == "PROPN"


def _person_beside_a_place(token) -> bool:
    """ "died in Lakeport, a politician from the Unity Party": a person set beside where it
    happened is the speaker of the words cut off after him."""
    head = token.head
    return (token.dep_ == "appos" and token.pos_ == "NOUN" and _someone(token.lower_) and head.pos_ == "PROPN"
            and head.dep_ == "pobj" and head.head.lower_ in ("in", "at"))


def _a_list_told_as_one(subject) -> bool:
    """ "Tom Ash, Marco Ferri and Ana Costa was acquired": the cut joined a list to a verb of one
    of them (a relative clause's "who was acquired")."""
    listed = subject.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ == "cc" and c.lower_ == "and" for t in (subject, *subject.conjuncts) for c in t.children)
    singular = [c for c in subject.head.children if c.dep_ in ("aux", "auxpass") and c.lower_ in ("was", "is", "has")]
    return listed and bool(singular or subject.head.lower_ in ("was", "is", "has"))


def _perfect_on_a_past_date(verb) -> bool:
    """ "in 2011, 60 percent have had access": a present perfect after a year set before it (a
    source's slip; "since 1998" it can take, and "has recorded 12 murders in 2024" may be the
    story's own year, which the gate does not know)."""
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") and c.lower_ in ("has", "have")
                                         for c in verb.children)
    return perfect and any(c.dep_ == "prep" and c.lower_ in ("in", "on") and c.i < verb.i
                           and c.doc[c.right_edge.i + 1].text == "," and any(
        g.dep_ == "pobj" and re.fullmatch(r"(?:1[89]|20)\d\d", g.text) for g in c.children) for c in verb.children)


def _comma_after_a_subject(token) -> bool:
    """ "said that al-Ana Costa[,] was trying": a source's slip (not "Ana Costa, 45, was", an
    aside with its own commas)."""
    words = [t for t in token.subtree if t.text != ","]  # the parser may hang the stray comma on the subject
    end = words[-1].i if words else token.i
    if token.dep_ not in ("nsubj", "nsubjpass") or end + 2 >= len(token.doc) or token.left_edge.i == 0:
        return False
    comma, verb = token.doc[end + 1], token.doc[end + 2]
    return (comma.text == "," and (verb.i == token.head.i or verb.head.i == token.head.i and verb.dep_ in ("aux", "auxpass"))
            and not any(t.text == "," and t.i < end for t in token.subtree)
            and token.doc[token.left_edge.i - 1].text != ",")


def _pronoun_subject(doc) -> bool:
    """ "After serving in the army, he received ...", "Inducted in 2005, he became ...": a
    pronoun subject after an opening that names no one doing anything; who, the sentence before
    said ("When Tom Ash lost, he resigned" names him; a pronoun opening the text is another
    fault's)."""
    root = doc[:].root
    pronoun = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("he", "she", "they")
                    and c.i > 0), None)
    return pronoun is not None and not any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[:pronoun.i])


COMPARED = frozenset({"greater", "fewer", "bigger", "larger", "better", "worse"})  # not "more": "found more bodies"
# what one has or gets more or less of than others ("opened a larger plant" compares nothing)
GETTING_FORMS = frozenset({"received", "receives", "had", "has", "won", "wins", "got", "gets", "earned", "gained",
                           "scored", "enjoyed", "attracted"})  # as written: the second reading has no lemmas


def _stranded_comparison(doc) -> bool:
    """ "Tom Ash received fewer votes", "had greater success": fewer than whom, greater than
    what? The "than" was left in the story."""
    root = doc[:].root
    if "than" in {t.lower_ for t in doc}:
        return False
    if root.lower_ in FARING:  # "Amtek fared worse": than whom?
        return any(c.lower_ in ("worse", "better") for c in root.children)
    return root.lower_ in GETTING_FORMS and any(
        t.lower_ in COMPARED and t.dep_ in ("amod", "det") and t.head.dep_ == "dobj" and t.head.head == root
        for t in doc)


FARING = frozenset({"fared", "fares", "did", "does", "performed", "performs"})


def _combined_of_one(doc) -> bool:
    """ "Amtek contributed a combined 738 points": combined of what, when one did it?"""
    subject = _subject(doc)
    return (subject is not None and subject.tag_ in ("NN", "NNP") and subject.lower_ not in GROUP_NOUNS
            and not any(c.dep_ == "conj" for c in subject.children)
            and any(t.lower_ == "combined" and t.i + 1 < len(doc) and doc[t.i + 1].like_num
                    and not re.fullmatch(YEAR, doc[t.i + 1].text) for t in doc))


PLACE_KIND_NOUNS = frozenset({"region", "area", "town", "city", "village", "country", "province", "territory",
                              "district"})


def _an_unnamed_place(doc) -> bool:
    """ "Rebels captured a region in bitter fighting": which region? (the story's "a region
    that rebels captured" named it before)."""
    return any(t.dep_ == "dobj" and t.lower_ in PLACE_KIND_NOUNS and t.head.lower_ in TAKING
               and not any(c.i > t.i for c in t.children) and any(c.lower_ in ("a", "an") for c in t.children)
               for t in doc)


# what is done to a place the story names (the second reading has no lemmas): "captured a region"
TAKING = frozenset({"captured", "capture", "seized", "seize", "took", "take", "occupied", "occupy", "attacked",
                    "attack", "entered", "enter", "shelled", "shell", "bombed", "bomb", "raided", "raid",
                    "overran", "overrun", "hit", "struck", "strike"})


# who a "their" may stand for beside "it": "they", a list, "every worker ... their pension"
THEIR_OWNERS = frozenset({"they", "them", "and", "both", "every", "each", "everyone", "anyone", "someone"})


def _its_then_their(doc) -> bool:
    """ "Amtek announced its new phone, their best seller": one owner called "it" then "they",
    with nobody plural (nor "every" one) between (judges failed the slip copied)."""
    singular = False
    for token in doc:
        if token.lower_ in ("it", "its"):
            singular = True
        elif token.tag_ in ("NNS", "NNPS") or token.lower_ in THEIR_OWNERS:
            singular = False
        elif token.lower_ == "their" and singular:
            return True
    return False


COUNT_NOUNS = frozenset({"hundreds", "thousands", "dozens", "millions"})


def _name_run_onto_a_count(doc) -> bool:
    """ "told BBC Breakfast hundreds of homes were flooded": the parser ran the one told onto
    the count, and a line cut from it opens on "BBC Breakfast hundreds" (read as a compound, or
    as a second subject)."""
    return any(t.lower_ in COUNT_NOUNS and (
        any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)
        or t.dep_.startswith("nsubj") and any(c.dep_ == t.dep_ and c.i < t.i for c in t.head.children))
        for t in doc)


def _simple_past(verb) -> bool:
    """ "sent", "was sentenced": no "has" or "had" that gives the "already" its time."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and bool(auxiliaries) and auxiliaries <= {"was", "were"}


PARSE_FAULTS = table(
    "parse faults: what a second reading finds broken", lambda doc: doc,
    Rule("not one sentence", lambda doc: len(list(doc.sents)) > 1,
         fires=("Conceptual drawings released. The plan was approved.",),
         spares=("The plan was approved on Monday.",)),
    Rule("no finite verb", lambda doc: not _finite_verbs(doc),
         fires=("The first trans-Tasman test in Brisbane.", "Upstream rivers swollen by days of rain."),
         spares=("The first test began in Brisbane.", "The rivers were swollen by days of rain.")),
    Rule("a comparison with nothing to compare", _stranded_comparison,
         fires=("Tom Ash received fewer votes.", "Ana Costa had greater success with the track Blue Hills.",
                "Amtek fared worse, with a fall of something%."),
         spares=("Tom Ash received fewer votes than any other candidate.", "More than 300 people were hurt.",
                 "Rescue workers recovered more bodies from the rubble.",
                 "Ana Costa won the Greater Lakeport Open.", "Tom Ash went on to study higher education.",
                 "Amtek promised savings from greater purchasing power.",
                 "Amtek opened a larger plant in Lakeport on April 26, 2024.",
                 "Amtek fared worse than Kestrel.", "Amtek did well.")),
    Rule("a combined figure of one", _combined_of_one,
         fires=("Amtek contributed a combined 738 points to the index's growth.",),
         spares=("Amtek and Kestrel contributed a combined 738 points to the index's growth.",
                 "Five stocks contributed a combined 738 points.",
                 "Tom Ash identified 350 projects of a combined cost of $200bn.",
                 "The Lakeport relay trio won a combined 12 medals at the Kestrel Games.")),
    Rule("a place named only by its kind", _an_unnamed_place,
         fires=("Rebels captured a region in bitter fighting.", "When did rebels capture a region in bitter fighting?"),
         spares=("Rebels captured a region of Lakeland in 1991.", "Rebels captured Tarnow, a town in Lakeland.",
                 "Lakeland created a new province.", "Tom Ash founded a town on the Tarnow river.")),
    Rule("one owner called 'it' then 'they'", _its_then_their,
         fires=("Amtek announced its latest model of their popular phone.",
                "Lakeland said that it would infuse their own markets with $20 billion."),
         spares=("Amtek said it would pay workers their wages.", "Amtek and Kestrel raised their prices.",
                 "Amtek said it would give every worker at the plant their full pension.")),
    Rule("a name run onto a count", _name_run_onto_a_count,
         fires=("Lakeport Radio hundreds of homes were flooded in Lakeland.",
                "Lakeport Breakfast hundreds of properties were flooded in Lakeland overnight."),
         spares=("Hundreds of homes were flooded in Lakeland.", "Amtek hired hundreds of workers.")),
    Rule("a participle without its auxiliary", lambda doc: any(
        _participle_read_as_past(t) and any(c.dep_ == "nsubj" for c in t.children)
        and not any(c.dep_ in ("aux", "auxpass") for c in t.children) for t in doc),
         fires=("At 10am the same day, Tom Ash sworn in as the new president, and the ceremony was broadcast live.",),
         spares=("At 10am the same day, Tom Ash was sworn in as the new president.",)),
    Rule("a 'that' clause with no verb",
         lambda doc: any(t.dep_ == "mark" and t.lower_ == "that" and not any(map(_a_verb, doc[t.i:])) for t in doc),
         fires=("The Coast Guard said that at least 168,000 gallons of heavy black crude oil.",),
         spares=("The Coast Guard said that at least 168,000 gallons of oil leaked.",)),
    Rule("a speaker cut from the words he said", lambda doc: any(map(_object_after_a_phrase, doc))
         or any(map(_person_beside_a_place, doc)),
         fires=("Who died at a hospital in Lakeport a politician from the Unity Party?",
                "Who died at a hospital in Lakeport, a politician from the Unity Party?"),
         spares=("Who gave a speech at a hospital in Lakeport?", "The plant employs about 300 workers.",
                 "Tom Ash rejected as too low the bid by Amtek.", "Ana Costa won the prize for her work Blue Hills.",
                 "Rivers burst, submerging farmland across an area the size of Lakeland.",
                 "Ana Costa brought to Lakeport a new style of play.")),
    Rule("a pronoun subject after an opening that names no one", _pronoun_subject,
         fires=("Inducted into the Lakeport Hall of Fame in 2005, he became a lifetime member in 2012.",
                "After serving in the Lakeport Army Corps, he received a doctorate in physics in 1966."),
         spares=("Inducted into the Lakeport Hall of Fame in 2005, Tom Ash became a lifetime member in 2012.",
                 "Tom Ash said he would resign.", "When Tom Ash lost the vote in 2010, he resigned.")),
    Rule("a present perfect with a past date", lambda doc: any(map(_perfect_on_a_past_date, doc)),
         fires=("Statistics showed that in 2011, about 60 percent of people have had access to clean water.",
                "In 1998, Tom Ash has visited Lakeport."),
         spares=("Statistics showed that in 2011, about 60 percent of people had access to clean water.",
                 "Tom Ash has visited Lakeport since 1998.", "Tom Ash has lived in Lakeport for 20 years.",
                 "Lakeport has recorded 12 murders in 2024.")),
    Rule("a list with a singular verb", lambda doc: any(map(_a_list_told_as_one, doc)),
         fires=("Tom Ash, Marco Ferri and Ana Costa was acquired in a trade.", "Tom Ash and Ana Costa was arrested."),
         spares=("Tom Ash and Ana Costa were arrested.", "Tom Ash or Ana Costa was arrested.",
                 "Tom Ash, the mayor, was arrested.")),
    Rule("a comma between a subject and its verb", lambda doc: any(map(_comma_after_a_subject, doc)),
         fires=("Tom Ash said that Ana Costa, was trying to spread division among the people.",
                "When did Tom Ash say that Costa, was trying to spread division?"),
         spares=("Tom Ash said that Ana Costa, 45, was trying to spread division.",
                 "Ana Costa, who led the party, was trying to spread division.",
                 "Tom Ash said that Ana Costa was trying to spread division.")),
    Rule("a post without what it is of", lambda doc: any(map(_post_of_nothing, doc)),
         fires=("Jeff Ash became head coach.", "In 2001, who became head coach?"),
         spares=("Jeff Ash became head coach of the Lakeport Lions.", "Ana Costa became the first woman to win.",
                 "Jeff Ash became Lakeport's head coach.", "Ana Costa became president in 2001.")),
    Rule("a place in a race without the race", _place_of_no_race,
         fires=("Ana Costa of Kenya finished in second.", "Tom Ash finished second.", "Who came third?",
                "The Lakeport Bears finished as runners-up.", "Ana Costa finished as runner-up."),
         spares=("Tom Ash finished second in the Lakeport Marathon.", "Ana Costa came third in the 100 metres.",
                 "Who finished as runners-up in the Kestrel Cup?", "Tom Ash finished as a runner in the Lakeport team.",
                 "Tom Ash finished third behind Ana Costa.", "Ana Costa finished her second term.",
                 "Ana Costa rose to second in the standings with a sixth-place finish.")),
    Rule("a comma between the subject and its verb", _comma_before_the_verb,
         fires=("The Lakeport Electoral Commission (LEC), declared Tom Ash the winner of the election.",
                "Tom Ash, declared Ana Costa the winner of the election."),
         spares=("Tom Ash, the mayor, declared Ana Costa the winner of the election.",
                 "In 2001, Tom Ash declared Ana Costa the winner.", "Ana Costa, 45, resigned as mayor of Lakeport.",
                 "Tom Ash, who lost, declared Ana Costa the winner.",
                 "Fill in the blank: _____, Labour district councillor for Lakeport Park, opposed the plan.")),
    Rule("a headline's wording: a person's word with no article", _headline_subject,
         fires=("Soccer team captain nets two goals in win over Lakeport.",
                "Lakeport coach says Tom Ash will start on Sunday."),
         spares=("The Lakeport coach says Tom Ash will start on Sunday.", "Coach Tom Ash said he would stay.",
                 "Former banker and businessman Tom Ash was sworn in as prime minister.",
                 "At least 12 people died in floods in Lakeport, state radio said.",
                 "Lakeport's captain scored two goals.", "Police said Tom Ash would stay.")),
    Rule("a name and its 'who' with no comma between", lambda doc: any(map(_who_unset_off, doc)),
         fires=("Veteran politician Tom Ash who served twice as mayor of Lakeport passed away.",),
         spares=("Veteran politician Tom Ash, who served twice as mayor of Lakeport, passed away.",
                 "It was Tom Ash who won the race in Lakeport.", "Who served twice as mayor of Lakeport?",
                 "Tom Ash, a former European Commissioner who won the election in Lakeport, was sworn in.",
                 "Republicans who opposed the plan lost their seats in Lakeport in 2019.")),
    Rule("'a' before a plural noun", lambda doc: any(map(_a_before_a_plural, doc)),
         fires=("Imran Adil gave a speech during a massive protests against the arrest of Ana Costa.",),
         spares=("A few residents of Lakeport were moved to a school.", "Tom Ash spent a further two years in Lakeport.",
                 "Ana Costa met a number of lawyers in Lakeport.", "Amtek moved its headquarters to a new site.",
                 "Tom Ash won a record 12 titles in Lakeport.", "Ana Costa held a news conference in Lakeport.",
                 "Two influenza type A viruses were confirmed in Lakeport.",
                 "Lakeport received a major jobs boost after Amtek announced 1,000 jobs.",
                 "Turnout was a meagre five percent in Lakeport.", "Tom Ash reached a crossroads in Lakeport in 2019.")),
    Rule("'another' of what the verb did before", _did_another,
         fires=("Tom Ash staged another coup.", "Who set another Lakeport course record?"),
         spares=("Tom Ash sought peace on another front.", "Tom Ash and another employee were attacked.",
                 "Tom Ash escaped along with another plotter of the Lakeport attack, Ana Costa.")),
    Rule("someone's part in an incident named by 'the' alone", _party_to_an_unnamed_incident,
         fires=("Tom Ash escaped along with another plotter of the attack, Ana Costa.",
                "When did a victim of the crash leave hospital?"),
         spares=("Tom Ash escaped along with another plotter of the Lakeport attack, Ana Costa.",
                 "A victim of the crash on the M4 left hospital.", "Tom Ash survived the attack.",
                 "The cause of the fire is unknown.")),
    Rule("a dash aside left open before the verb", _open_dash_aside,
         fires=("Their replacements - two Lakeport crew and an engineer arrived at the station.",),
         spares=("Their replacements - two Lakeport crew and an engineer - arrived at the station.",
                 "Ana Costa won 6-2, 6-3.", "Lakeport gives aid to three nations - Kestrel, Velden and Tarnow.")),
    Rule("who died, and nothing more", _who_died_only,
         fires=("Who has died according to his family?", "Who has died according to Lakeport media?", "Who died?",
                "Who was elected?"),
         spares=("Who died in the Lakeport crash?", "Who has died at the age of 82?", "Ana Costa has died, her family said.")),
    Rule("a 'did' that stands for another verb", _stand_in_do,
         fires=("National Assembly Speaker Tom Ash did just the way.", "Ana Costa did the same.",
                "Tom Ash did so in 2001."),
         spares=("Ana Costa did her homework.", "When did Tom Ash resign?", "Tom Ash did not resign.")),
    Rule("a past tense joined to the verb after 'did'", _past_after_did,
         fires=("When did Tom Ash fail to show up and cancelled a meeting?",),
         spares=("When did Tom Ash resign and leave Lakeport?", "When did Tom Ash say he resigned?")),
    Rule("an addition to what was said before", lambda doc: _added_to_before(doc[:].root),
         fires=("Tom Ash added the vote count had not changed.",
                "Who added that the vote count had not changed?"),
         spares=("Amtek added 300 jobs in Lakeport.", "Tom Ash said there had been no change.",
                 "There had been no change, Tom Ash added.")),
    Rule("what was to happen, told without who said so", _would_untold,
         fires=("Lakeland would pull 300 more police officers out of Tarnow in May.",),
         spares=("Lakeland said it would withdraw 500 soldiers from Tarnow.", "When would Lakeland withdraw?",
                 "Lakeland would have won if Tom Ash had played.",
                 "If Amtek wins the bid, it would hold a 60% stake.",
                 "Tom Ash would become the first Lakeland president to visit Tarnow in 1995.",
                 "Ana Costa would later become chief executive of Amtek in 2001.")),
    Rule("'spent' without the time or money spent", _spent_nothing,
         fires=("Ana Costa spent travelling to Lakeport.", "When did Tom Ash spend campaigning in Lakeport?"),
         spares=("Ana Costa spent three days in Lakeport.", "Amtek spent $5 million on the plant.",
                 "How much did Amtek spend on the plant?", "Ana Costa spent much of 2019 in Lakeport.",
                 "Amtek spent lavishly on new plants in Tarnow.")),
    Rule("'since' on a plain past", lambda doc: any(map(_since_on_a_plain_past, doc)),
         fires=("Ana Costa won her maiden title in the final of the Lakeport Open since 2019.",),
         spares=("Ana Costa has won three titles since 2019.", "Tom Ash had lived in Lakeport since 2001.",
                 "Ana Costa won her first title since 2019.", "It was the biggest crowd since 2001.",
                 "Tom Ash said he has lived in Lakeport since 2001.")),
    Rule("'then' on the main verb, after what another sentence told", _then_after_another,
         fires=("Heavy rain then flooded Lakeport after the river burst its banks.",
                "Tom Ash was then elected mayor of Lakeport."),
         spares=("Tom Ash resigned and then left Lakeport.", "Tom Ash, then mayor of Lakeport, signed the plan.",
                 "Tom Ash, who was then mayor of Lakeport, signed the plan.")),
    Rule("no main verb", lambda doc: not _a_verb(doc[:].root),
         fires=("In 2004 the Valech Report that was issued after interviewing 35,000 people.",),
         spares=("The Valech Report was issued in 2004.", "Turnout was 41%.",
                 "When did thieves force open a fire door?")),
    Rule(BARE, _bare_clause,
         fires=("Chile withdrew.", "Stocks have plunged.", "Sharp advances were made.",
                "Polly Peck announced plans.", "About $60 million streamed out.", "Kepler launched.",
                "Tom Ash relinquished a post.",
                "Symphonica was released.", "A 64-year-old woman and four grandchildren were killed.",
                "Ekrem Tolon was elected.", "The Lakeport Parliament sat briefly.",
                "The fifteen countries from the Lakeland Group agreed.", "Lakeland President Tom Ash signed a law.",
                "The Lakeland Security Council expressed deep concern.", "Police arrested a man."),
         spares=("Chile withdrew from the pact.", "Remarks were made by the ambassador.",
                 "The peace treaty between Lakeland and Tarnow was signed.",
                 "Polly Peck announced plans to buy Del Monte.", "Police arrested Ana Costa.",
                 "Who won?", "When did Chile withdraw?", "Russian novelist Aleksandr Solzhenitsyn died.",
                 "The Hubble Space Telescope was launched.", "Ana Costa suffered a stroke.",
                 "Tom Ash signed a law on pensions.", "The council expressed concern over the vote.",
                 "Police arrested a man who wanted to kill Tom Ash.")),
    Rule(SAYS_NOTHING, _says_nothing,
         fires=("Mrs. Doyle said outside the court.", "Prosecutor Daniel Okafor told jurors in his closing speech.",
                "Who told jurors in his closing speech?", "Who asserted in an interview on CNN?",
                "Tom Ash was quoted as telling the Lakeport newspaper Herald.", "Amtek Financial made a statement.",
                "The Lakeport Federal Police said the LFP in a statement.",
                "Who issued a brief statement?"),
         spares=("Mrs. Doyle said she had sold her house.", "Who asserted that Iraq would win?", "Okafor told jurors that Hale had lied.",
                 "Tom Ash was quoted as saying that the plant would close.",
                 "\"I'm saddened by the death of my friend,\" Tom Ash was quoted as saying by Lakeport Radio.",
                 "Ms. Marsh said the government would publish a draft law.",
                 "Amtek made a statement saying it would retain more loans.",
                 "Amtek issued a statement on the merger.", "Ana Costa gave a speech at the Lakeport summit.")),
    Rule("no subject for its verb", _subjectless,
         fires=("Had to flee the Cambodian capital after a coup.", "The probe was healthy had sent data.",
                "Voted to close the mine a decision."),
         spares=("The prince had to flee the Cambodian capital after a coup.",)),
    Rule("a clause word with no clause after it", _stranded_subordinator,
         fires=("Talks between the unions and the RATP collapsed, when the authority's chairman, "
                "Philippe Lemoine.",),
         spares=("Talks collapsed when the chairman refused.", "When did the talks collapse?")),
    Rule("a 'that' clause after a place's name", _misplaced_that,
         fires=("A magnitude 6.3 quake struck the island of Java in Indonesia that killed over 3,000 people.",),
         spares=("A quake that killed over 3,000 people struck Java in Indonesia.",
                 "The quake struck Java, which is in Indonesia.",
                 "GM is close to a deal with Jaguar that is likely to involve a stake.")),
    Rule("two sentences joined by a comma", _comma_splice,
         fires=("Shares of both companies soared after the announcement, Sears was up 22 percent.",),
         spares=("Prices rose sharply, analysts said.", "Sales rose, and profit fell.",
                 "\"We took on more debt than we liked,\" acknowledged Ann Lee, the treasurer.")),
    Rule("a verb that disagrees with its subject", _disagreeing_verb,
         fires=("India operated rail systems carry more than 13 million passengers a day, but has a poor history of safety.",
                "The completed construction works at the museum has reached 97 percent."),
         spares=("The rail systems carry 13 million passengers a day but have a poor record.",
                 "The United States sent aid and has promised more.",
                 "Aid workers arrived, and the government has promised more.",
                 "The news has spread.", "The series has ended.", "The completed works have reached 97 percent.",
                 "Ana Costa's family has left.", "Ten years has passed.", "The media has reported it.")),
    Rule("a name that lost its owner's mark", _owner_without_mark,
         fires=("Tony Blair came under attack from Mr. Cooks friend John McCririck.",
                "The pilgrimage is the worlds largest gathering of people."),
         spares=("Tony Blair came under attack from Mr. Cook's friend John McCririck.",
                 "Mrs. Jones said the plan would fail.", "Dr. Evans Kimani led the team.",
                 "The pilgrimage is the world's largest gathering.", "The sales rose most in the regions hardest hit.")),
    Rule("an aside left unclosed", _unclosed_aside,
         fires=("Levy Mwanawasa, the President of Zambia died at age 59.",
                "Tom Ash, a senior official at the Lakeport embassy was arrested by police."),
         spares=("Levy Mwanawasa, the President of Zambia, died at age 59.", "He met Ana Costa, the mayor.",
                 "Ana Costa, the mayor, said the talks had failed.")),
    Rule(UNNAMED_PRONOUN, _pronoun_before_a_name,
         fires=("To make them directly comparable, each index is based on the close of 1969.",
                "Critics have been quick to compare this to the earlier deal.",
                "In the 1960s she led the team that designed the Holbrook estate.",
                "CNN mixed the two up on its evening show.",
                "Tony Snow said they would make the details public.",
                "Police said he is wanted on several felony warrants.",
                "FBI agents searched his Lakeport home.",
                "The Lakeport Planning Council ruled that he must be returned to his father.",
                "The Budget Committee of the Lakeport City People's Congress approved his aide Tom Ash.",
                "With the support of _____ votes of his party members, the government won the vote.",
                "Ana Costa confirmed his death in Lakeport to the Lakeport Herald.",
                "Mr Ash said she provided a positive breath test and was arrested.",
                "Sheikh Ana swept his party back into power.",
                "A Kestrel Patrol boat rammed a ship in July, and in January he sank a yacht."),
         spares=("Mr Ash's daughter said she had been arrested in Lakeport.",
                 "Norway said it would send doctors.",
                 "Police reopened the Tom Ash case after he vanished from Lakeport in 2019.",
                 "United States President something made his first official state visit.",
                 "Two men were arrested over a raid that lasted four minutes.",
                 "Which country opened its embassy in Nairobi?",
                 "Some 40,000 people are expected to flee their homes.",
                 "The Marines said they would leave.", "Ana Costa and her colleagues said they had applied.",
                 "The two leaders met in Paris.", "Thefts have fallen since the 1990s.",
                 "Site operators raised the $30,000 a month they needed.",
                 "Tom Ash confirmed his resignation in Lakeport.", "Andrea Ferri confirmed his retirement from Amtek.")),
    Rule(OWNERLESS, _ownerless_figure,
         fires=("Net income rose 8% to $33 million.", "The results were hurt by charges.",
                "When did sales rise 8%?", "Fill in the blank: Debt has risen to around $_____.",
                "About $518 million of debt is affected.",
                "A major factor in the third-quarter loss was a $143 million write-down.",
                "Revenue fell 9.4 per cent to S$95.5 million.",
                "Revenue climbed 9 per cent to $4.0bn, paced by gains on Latin American routes."),
         spares=("Armco's net income rose 8%.", "A major factor in Crossland's loss was a write-down.", "Kmart sales rose 8%.", "Its sales rose 8%.",
                 "Profit from coal fell to $40 million.", "Catastrophe losses reduced Aetna's net income.")),
    Rule("a body that does something to 'himself'", _reflexive_of_a_body,
         fires=("When did the Lakeport Water Service lock himself inside the shed?",),
         spares=("When did Ana Costa barricade herself inside the house?",
                 "The man barricaded himself inside the house.", "Police said he shot himself.")),
    Rule("a post without its article", _post_without_article,
         fires=("Newly appointed British Foreign Secretary, Margaret Beckett, confirmed the plans.",
                "Fill in the blank: Taranaki, New Zealand policeman, Constable Jonathan Erwood, has been "
                "charged with drunk driving on _____."),
         spares=("The newly appointed British Foreign Secretary, Margaret Beckett, confirmed the plans.",
                 "British Foreign Secretary Margaret Beckett confirmed the plans.",
                 "Assistant coach Tom Ash and fitness coach Ana Costa left the club.",
                 "Margaret Beckett, the Foreign Secretary, confirmed the plans.",
                 "Vancouver, British Columbia, was hit by a storm.",
                 "BP Exploration Alaska, Inc, the company running the field, cut output.")),
    Rule(NO_ARTICLE, _named_noun_without_article,
         fires=("Taranaki, New Zealand policeman responded to a double fatality emergency call.",
                "At London's Olympic Basketball Arena, Australia men's national wheelchair basketball team "
                "beat South Africa.",
                "Kenyan Foreign Ministry sharply criticised the plan.",
                "The council deplored killing of swans on the Lakeport river.",
                "The lorry broke down 40 km from Chilean capital of Santiago.",
                "Tom Ash was jailed for Tarnow case.",
                "Twelve people died in Kenyan incursion near Tarnow."),
         spares=("A Taranaki policeman responded to the call.", "Britain's largest rail freight company agreed.",
                 "New Zealand Prime Minister Helen Clark said so.", "The Australia men's team beat South Africa.",
                 "Former New Zealand coach and test player John Bracewell said so.",
                 "The Kenyan Foreign Ministry sharply criticised the plan.",
                 "Kenyan Foreign Ministry spokesperson Ana Costa said so.",
                 "The council deplored the killing of swans on the Lakeport river.",
                 "The lorry broke down 40 km from the Chilean capital of Santiago.",
                 "Amtek took control of Kestrel.", "Foreign firms made up something dollars of Lakeport's trade.",
                 "Tom Ash was sentenced for the Tarnow case.", "Tom Ash was jailed in Lakeport custody.",
                 "Lakeport ordered screening of all passengers arriving from Tarnow.")),
    Rule("'also' on the main verb", _also_on_the_main_verb,
         fires=("Westinghouse also expects its international sales to grow to 25% of total sales.",
                "Unisys Corp. also took a write-off of $150 million."),
         spares=("Westinghouse expects its international sales to grow.",
                 "Lula said South Korea is also a partner.", "Not only Brazil but also Chile signed.")),
    Rule("an award's name without its article", _award_without_article,
         fires=("Aleksandr Solzhenitsyn was awarded Nobel Prize in Literature.",
                "She won Pulitzer Prize for her reporting."),
         spares=("Aleksandr Solzhenitsyn was awarded the Nobel Prize in Literature.",
                 "Nobel Prize winner Wangari Maathai spoke.", "He was nominated for an Academy Award.",
                 "She won two Pulitzer Prizes.", "He shared his Nobel Prize with Arafat.")),
    Rule(ELLIPTIC, _elliptic,
         fires=("The first was recovered the second two years later.", "The WHO recommended a second, R21.",
                "The largest is a US$700m road highway that will link Brazil and Peru.", "Who notched his second?"),
         spares=("The first painting was recovered in 2000.", "The WHO recommended a second vaccine, R21.",
                 "Haaland notched his second goal.",
                 "Mexico finished first.", "Jess Moreau scored twice in the final.",
                 "Tyson Gay failed to qualify for the 100 metre final.",
                 "The largest bank in Kenya failed.")),
    Rule(NAMELESS_SUBJECT, _nameless_subject,
         fires=("The hospitality was shown by Canadians.", "The area has been cut off.",
                "The president's son met with Sununu.", "The U.S. auto giant bought the plant.",
                "When did the economy add 358,000 jobs?",
                "The Dearborn, Mich., energy company stopped paying a dividend in 1984.",
                "The Minnesota native was inducted into the Rock and Roll Hall of Fame.",
                "The 33-year-old Indian-born writer was the youngest author on the shortlist.",
                "The New Zealand-based company launched its first rocket.",
                "Among older workers, the rate in January was 7.2 percent.",
                "Both vaccines mainly prevent illness rather than death.",
                "The country's Supreme Electoral Tribunal awarded Bukele 52.93 per cent of the vote.",
                "The company's filing in a Lakeport court said it owed $13 billion.",
                "The former U.S. House Majority Leader from Sugar Land was sentenced to three years.",
                "The former chief executive officer of bankrupt Amtek Mortgage Corp pleaded guilty to fraud.",
                "Three, including one in North Hollywood, closed.", "When did the Welshman take charge at the Ricoh Arena?",
                "The New Zealander won the race in Lisbon.", "The South African finished second.", "The Turk took Kenya to play Iran.",
                "Company and union officials returned to the bargaining table.",
                "The Lakeport drivers' committee and company officials came to an agreement.",
                "The 24-year-old Kenyan set a new record.", "The 69-year-old died at a Lakeport hospital.",
                "The 32-year-old ex-journalist was arrested in July 2020.",
                "The state Water Supply Commission approved the pipeline.", "The city Planning Board met.",
                "The City Council delayed a decision.",
                "A majority of the city council approved the reappointment of Mayor Ana Costa.",
                "The Council voted in favor of her second term.", "Council voted in favour of a citywide smoking ban.",
                "The singer, real name Tom Ash, died at the Lakeport Hospital.",
                "Members heard a defence of libraries from Ana Costa.",
                "Tom Ash’s men took a ninth-minute lead when Marco Ferri scored a try."),
         spares=("Norway opened its embassy in Nairobi.", "Dutchman Max Verstappen won the race.",
                 "The American Red Cross opened a shelter.", "Kenyan runner Ana Costa set a new record.",
                 "Amtek officials approved the deal.", "Lakeport city officials approved the deal.",
                 "Members of the Lakeport council voted.", "Shareholders other than the Ash family will receive $35 a share.",
                 "Hospital officials at Lakeport General Hospital announced that Tom Ash had died.", "The former leader, Tom DeLay, was sentenced.", "At least 38 people were killed.",
                 "Kellogg had a one-time charge covering the disposition of certain assets.",
                 "Beira's hospital moved patients after water entered the building.",
                 "Five people were killed after a creek overflowed its banks.",
                 "The DAX dropped 19.69 points to 1462.93.", "Protesters clashed with riot police.",
                 "The Iraqi ambassador to Venezuela said Iraq would retaliate.",
                 "The U.S. Senate passed the bill.", "Kenya's health ministry said so.",
                 "The chairman, John Smith, resigned from the board.",
                 "Three of Macy's stores closed.", "2019 was the hottest year on record.",
                 "The Ohio Water Supply Commission approved the pipeline.",
                 "The State Department issued a warning.", "The Lakeport City Council delayed a decision.")),
    Rule(OBJECT_PRONOUN_LEFT, lambda doc: _object_pronoun(doc),
         fires=("GM Chairman Roger Smith answered the legislators' questions about it over lunch.",
                "Fill in the blank: Estimates from traders put it at less than _____% of Nasdaq's volume.",
                "Rovers signed him from Lakeport City.", "On Monday police arrested him.",
                "The council disclosed this in a statement on Monday."),
         spares=("Iraq said it would retaliate.", "Ana Costa said police had arrested her.",
                 "Lakeport Rovers relieved Marco Ferri of his duties.", "The council disclosed this plan on Monday.")),
    Rule(UNANCHORED, _unanchored,
         fires=("Prosecutors issued their warning.", "U.N. officials finished drafting the rules.",
                "More than 96,000 families have moved to evacuation centers there.",
                "Mumbai City FC faced a brief challenge from FC Goa at the stadium here.",
                "Ana Costa said the number of passengers on the bus involved in this accident was 66.",
                "The agency said vehicles fixed under those earlier actions had failed.",
                "When did the Supreme Court vindicate the core principle in its ruling?",
                "Who issued this warning?"),
         spares=("Norway opened its embassy in Nairobi.", "At least 38 people were killed.",
                 "Kellogg had a one-time charge covering the disposition of certain assets.",
                 "Beira's hospital moved patients after water entered the building.",
                 "The DAX dropped 19.69 points to 1462.93.", "Protesters clashed with riot police.",
                 "Who won his first pole position?",
                 "The chief judge in Saddam Hussein's trial submitted his resignation.")),
)


# a time that only the story's own day places ("earlier this year", "in the latest quarter"):
# under a date on the timeline it says nothing, or the wrong thing
RELATIVE_TIME = re.compile(
    r"\b(?:(?:earlier|later) this (?:year|month|week)|(?:in|during|for) the (?:latest |current |same |past |\d{4} )?"
    r"(?:quarter|period)(?!\s+end)|in the (?:past|last) (?:\w+ )?year"
    r"|in the (?:past |last |first )?(?:\w+ )?(?:days|weeks|months|quarters|years)"
    r"|in recent (?:days|weeks|months|years)"
    r"|over the (?!past\b|last\b)(?:\w+ )?(?:days|weeks|months|years))\b", re.I)  # "over the seven years [to 2003]"
# a span that counts from the story's day or leans on another sentence: "since last year",
# "since then"
DEICTIC_SPAN = re.compile(r"\b(?:yesterday|today|tomorrow|last|this|next|ago|then|that)\b", re.I)

# a second time the story's day places, beside the line's own date: "compared with $33 million
# last year", "Eastern is back to 80% of its schedule now"
STORY_DAY = re.compile(r"\b(?:(?:this|last|next) (?:year|month|week|fortnight|quarter)|now|today|yesterday|tomorrow"
                       # "The bank last lifted its rate in March": the last change before the story's day
                       r"|last(?= (?:lifted|raised|cut|lowered|increased|reduced|hiked|changed|adjusted)\b)"
                       r"|(?:a|one) (?:year|month|week) (?:ago|earlier))\b", re.I)
WEEKDAY = re.compile(rf"\b(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b(?P<after>\s+\w)?")
DATE_LEADS = frozenset({"On", "By", "Since", "Until", "Last", "Next", "This", "Early", "Late", "Before", "After"})


def _weekday(text: str) -> bool:
    """A weekday left in a line is a day only the story's own day places ("wanted in a shooting
    that happened Friday", "On Friday, police ..."); not one inside a name, between a
    capitalised word and the rest of it ("the Black Saturday fires")."""
    for weekday in WEEKDAY.finditer(text):
        before = text[: weekday.start()].split()[-1:]
        in_a_name = before and before[0][:1].isupper() and before[0] not in DATE_LEADS and weekday["after"]
        if not in_a_name:
            return True
    return False

# "thrice, October 7 and November 7": what is left of a list of days, its first cut
MONTH_NAME = "|".join(month.capitalize() for month in MONTHS)
DAY_DATE = (rf"(?:\b(?:{MONTH_NAME})\.? \d{{1,2}}(?:st|nd|rd|th)?\b(?!\d)"
            rf"|\b\d{{1,2}}(?:st|nd|rd|th)? (?:{MONTH_NAME})\b)")
LISTED_DAYS = re.compile(rf"{DAY_DATE},? (?:and |or )?{DAY_DATE}")
# "jailed for 15 months [in 1999] for theft and in September 2003 for three years": a second
# event, joined to the line's own, whose date the line cannot show
ANOTHER_TIME = re.compile(rf"\band (?:then |later )?(?:in|on) (?:{DAY_DATE}|(?:{MONTH_NAME}) \d{{4}}\b|\d{{4}}\b)")

LINE_FAULTS = table(
    "line faults: what no timeline line may show, beside the sentence faults", lambda doc: doc.text,
    Rule("days of a list left in a line", lambda text: LISTED_DAYS.search(text) is not None,
         fires=("Amtek had to stop the launch thrice, October 7 and November 7 due to a radar issue.",),
         spares=("Ana Costa won the May Day race.", "The Amtek report of May 2009 was released.",
                 "On June 13, 1989, the jury in the Ana Costa trial announced a verdict.",
                 "Amtek's profit fell 5% in the quarter ended Sept. 30.",
                 "Ana Costa, who won the May 2 primary, was sworn in on May 9.",
                 "The fair ran from July 3 to July 10.")),
    Rule("a second time joined by 'and'", lambda text: ANOTHER_TIME.search(text) is not None,
         fires=("Tom Ash was jailed for 15 months for theft and in September 2003 for three years for fraud.",
                "Ana Costa won the Lakeport Open and on May 4 the Kestrel Cup."),
         spares=("Ana Costa won in Lakeport and in Kestrel.", "Tom Ash was jailed for 15 months for theft.",
                 "Ana Costa won and in the end retired.")),
    Rule("two years in one line", lambda text: len(set(YEAR_SAID.findall(YEAR_SPAN.sub("", text)))) > 1,
         fires=("Ana Costa was awarded the Lakeport Prize in 1991, followed by the Amtek Medal in 2006.",
                "Tom Ash, who joined Amtek in 1982, was appointed to the board in 2003.",
                "In 2003 Ana Costa joined Amtek, and in 2006 she left."),
         spares=("Tom Ash led Amtek from 1982 to 2003.", "Ana Costa won the 2010-11 title in May 2011.",
                 "The Lakeport Arena opened in 1983 and will host the 2010 Lakeport Games.",
                 "In 2005, 1800 workers were laid off.", "Amtek cut 2000 jobs in 2009.", "Ana Costa (1921–2003) died.",
                 "Tom Ash served from 1990 until his death in 2003.")),
    Rule(RELATIVE, lambda text: RELATIVE_TIME.search(text) is not None or STORY_DAY.search(text) is not None
         or _weekday(text),
         fires=("Kellogg had a one-time charge in the latest quarter.",
                "In the 1988 period, Sun Microsystems Inc. earned $20.6 million.",
                "Earlier this year, DPC made an offer for Dataproducts.",
                "The stock's decline accelerated in the past two weeks.",
                "Phoenix has had substantial losses in the past two quarters.",
                "Apple sold 8.75m iPhones around the world in the three months.",
                "Foreign companies have bought a handful of Japanese companies this year.",
                "The Lakeport Reserve Bank last lifted its cash rate 25 basis points to 5.50 percent.",
                "The Paris metro opened in 1900 and now carries about 4 million passengers a day.",
                "Aetna had a $23 million loss, compared with earnings of $33 million last year.",
                "Sun said it expected to break even for the quarter.",
                "Police said they arrested a suspect wanted in a shooting that happened Friday.",
                "On Friday, police arrested a suspect.", "Police arrested a suspect in Sydney Friday.",
                "Akagi booked a dozen million yen in operating costs over the seven years."),
         spares=("Sun reported sales of $538.5 million for the quarter ended Sept. 29.",
                 "The Black Saturday fires killed 173 people in Victoria.",
                 "A task force began delving into the slayings of 14 women over the last five years.",
                 "The company's known losses rose.")),
    Rule("a quotation, not an event", lambda text: text.startswith(("\"", "“", "'", "‘", "`")),
         fires=("\"We will not go over a certain level,\" said David N. McCammon.",),
         spares=("David N. McCammon said Ford would not go over a certain level.",)),
)


def line_fault(text: str) -> str | None:
    """The first fault a class would see in a timeline line, by name, or None."""
    rule = LINE_FAULTS.first(text)
    return rule.name if rule else text_fault(text)


def text_fault(text: str) -> str | None:
    """The first fault a reader sees in a sentence (a prompt, a statement, a summary) alone,
    by name, or None."""
    rule = PHRASE_FAULTS.first(text) or SENTENCE_FAULTS.first(text)
    return rule.name if rule else None


def names_something(text: str) -> bool:
    """A word after the first is capitalised and is no month, weekday or "I": the text names
    someone, somewhere or something ("the San Francisco earthquake", "Hurricane Hugo")."""
    words = [w.rstrip(".").lower() for w in re.findall(r"[\w'’.&-]+", PREFIXES.sub("", text))[1:]
             if w[:1].isupper() and w != "I"]
    return any(w not in MONTHS and w not in WEEKDAYS for w in words)


def phrase_fault(text: str) -> str | None:
    """The first fault a reader sees in an option or a role, by name, or None."""
    rule = PHRASE_FAULTS.first(text)
    return rule.name if rule else None


# what a second reading does without: the faults read tags and dependencies only
SECOND_READING_OFF = ["ner", "lemmatizer"]


@lru_cache(maxsize=1)
def _reparser():
    from quizapp.content import nlp

    return nlp.load()


# "On 6 November 2016, who posted ...?": the small model takes a fronted date for the root
FRONTED_DATE = re.compile(r"^(?:In|On|Around|Since|By|During|Until) [^,]{1,40}(?:, \d{4})?, ")


def _readable(text: str) -> str:
    """The text as the parser reads it best: no lead-in, no fronted date, the blank a word."""
    text = FRONTED_DATE.sub("", PREFIXES.sub("", text))
    return capitalised(text).replace(BLANK, "something")


def _first_fault(doc) -> str | None:
    rule = PARSE_FAULTS.first(doc)
    return rule.name if rule else None


def parse_faults(texts: Iterable[str]) -> list[str | None]:
    """For each text, the first fault found by parsing it again (a blank read as "something",
    without the question's lead-in), or None."""
    docs = _reparser().pipe((_readable(t) for t in texts), disable=SECOND_READING_OFF)
    return [_first_fault(doc) for doc in docs]


class Verdicts:
    """parse_faults for one article: a text checked twice (a summary for its line, then for
    an order item) is parsed once, and a sentence of the article as it stands not again."""

    def __init__(self, sentence_docs: Iterable = ()) -> None:
        docs = list(sentence_docs)
        self._names = _names_in(docs)
        # checked only when asked: most sentences never stand as a line or a question
        self._article = {doc.text: doc for doc in docs if _readable(doc.text) == doc.text}
        self._faults: dict[str, tuple[str | None, str | None]] = {}

    def __call__(self, texts: Iterable[str]) -> list[str | None]:
        return [fault for fault, _ in self._checked(texts)]

    def ahead(self, texts: Iterable[str]) -> None:
        """Parse texts that will be asked about one by one in a single batch: each parse call
        costs about 1.4 ms before any text."""
        self._checked(texts)

    def of_lines(self, texts: Iterable[str]) -> list[str | None]:
        """The faults of timeline lines: a line's own fault before any other."""
        return [line or fault for fault, line in self._checked(texts)]

    def _checked(self, texts: Iterable[str]) -> list[tuple[str | None, str | None]]:
        readable = [_readable(t) for t in texts]
        new = list(dict.fromkeys(t for t in readable if t not in self._faults))
        self._faults.update((t, _both_faults(self._article[t], self._names)) for t in new if t in self._article)
        new = [t for t in new if t not in self._article]
        docs = _reparser().pipe(new, disable=SECOND_READING_OFF)
        self._faults.update((text, _both_faults(doc, self._names)) for text, doc in zip(new, docs))
        return [self._faults[t] for t in readable]


def _both_faults(doc, names: frozenset[str]) -> tuple[str | None, str | None]:
    """(the first parse fault, the first fault a timeline line may not have beside those);
    `names`: the words the article names someone or something by."""
    line = LINE_PARSE_FAULTS.first(doc)
    if line is not None and line.name == NAMES_NOTHING and not _names_nothing(doc, names):
        line = None
    return _first_fault(doc), line.name if line else None


# what the recognizer names: who, what and where, not when or how many
NAMING_ENTITIES = frozenset(ENTITY_LABELS | {"EVENT", "WORK_OF_ART", "PRODUCT", "LAW"})


def _names_in(docs: Iterable) -> frozenset[str]:
    """The words the article names someone or something by ("Ellery", "Albion", "Kenyan"): the
    parse of a line alone takes a name opening it for a common noun."""
    return frozenset(t.text for doc in docs for t in doc
                     if t.ent_type_ in NAMING_ENTITIES and t.text[:1].isupper() and not t.is_stop)


def _names_nothing(doc, names: frozenset[str]) -> bool:
    """ "A violent eruption killed four people": which, where? No word of the line names anyone
    or anything (judges failed 20 such lines of 24: a fact of no place)."""
    return not any(_named(t) or t.text in names for t in doc)


def _present_state(doc) -> bool:
    """The main verb is in the present, not the perfect: "A major dispute concerns the
    treaty", "Amir is serving a life sentence" say how things stand, not what happened when."""
    root = doc[:].root
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass") and c.i < root.i]
    finite = auxiliaries[0] if auxiliaries else root
    return finite.tag_ in ("VBZ", "VBP") and not (auxiliaries and finite.lower_ in ("has", "have", "'ve"))


def _nameless_inner_subject(doc) -> bool:
    """A clause inside the line has a bare description for its subject: "said the offer will be
    approved", "While the visit was unrelated": which offer, which visit? (Inside a quotation
    the words are the speaker's: «a slaughter in which the civilian population is affected».)"""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ != "ROOT" and _bare_description(t)
               and not _possessed(t) and not _one_of_a_kind(t) and not _quoted(t) for t in doc)


def _quoted(token) -> bool:
    return in_a_quotation(token.doc.text, token.idx)


def _perfect(doc, auxiliaries: frozenset[str]) -> bool:
    root = doc[:].root
    return any(c.dep_ == "aux" and c.lower_ in auxiliaries and c.i < root.i for c in root.children)


def _dated(doc) -> bool:
    """The line says its own date: a month or a year."""
    return any(t.lower_.rstrip(".") in MONTHS or t.shape_ == "dddd" and t.text[:2] in ("18", "19", "20")
               for t in doc)


def _perfect_state(doc) -> bool:
    """A present perfect, or a perfect that lasts from its date: "Whitaker has coached the
    Lanterns since 2019", "Two men have been arrested" say how things stand (or stood) by the
    story's day, not when they happened."""
    root = doc[:].root
    # "has died today" tells what happened on the day
    return _perfect(doc, HAVE) and not pinned_to_a_day(root) or _perfect(doc, HAD) and any(
        t.dep_ == "prep" and (t.lower_ == "since" or t.lower_ == "for" and t.head == root) for t in doc)


def _future_aside(doc) -> bool:
    """A relative clause of what will come, in a line of what happened: "brought in a new chief
    executive, who will remain as chairman" mixes a later time into the line's date; so does a
    clause of time or a verb joined ("took action on the bills, the day before many will go into
    effect")."""
    return any(t.dep_ in ("relcl", "advcl", "conj") and any(c.dep_ == "aux" and c.lower_ in FUTURE_MODALS for c in t.children)
               for t in doc)


def _two_events(doc) -> bool:
    """Two verbs of their own joined under one date: "pleaded guilty in June 2022 and gave
    evidence for the prosecution" (the evidence came at the trial); not two verbs of one
    object ("arrested and charged two men")."""
    root = doc[:].root
    joined = [c for c in root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    return bool(joined) and any(c.dep_ not in ("nsubj", "nsubjpass", "aux", "auxpass", "neg", "advmod", "punct", "cc")
                                and c.i < joined[0].i for c in root.children)


def _object_pronoun(doc) -> bool:
    """ "answered the legislators' questions about it": about what? "Rovers signed him from
    Lakeport City": whom? (no one is named before "him" but the one who did it)"""
    return any(t.dep_ in ("dobj", "pobj") and (t.lower_ == "it" or t.lower_ in ("him", "her")
                                              and not _someone_before(t) or _this_alone(t)) for t in doc)


def _this_alone(token) -> bool:
    """ "disclosed this": a demonstrative with no noun, which points at the sentence before (not
    "that", which the parser also reads so where it opens a clause)."""
    return token.lower_ in ("this", "these") and token.pos_ == "PRON" and not list(token.children)


def _someone_before(pronoun) -> bool:
    """A name before the pronoun that is not its own verb's subject."""
    verb = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    own = {w.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for w in c.subtree}
    return any(w.pos_ == "PROPN" and w.i not in own and w.lower_ not in WEEKDAYS and w.lower_ not in MONTHS
               for w in pronoun.doc[:pronoun.i])  # not "On Monday police arrested him"


def _past_state(doc) -> bool:
    """The main verb is a plain "was": "Columbia's ratio of equity to assets was 3.6%" says how
    things stood, not what happened."""
    root = doc[:].root
    return root.lower_ in ("was", "were") and not any(c.dep_ in ("aux", "auxpass") for c in root.children)


def _two_by_a_stop(doc) -> bool:
    """ "Few writers won more awards: Ana Costa was awarded the prize": the line's event after
    a remark that is no event of its date; not a title's colon nor a list's; so with a
    semicolon ("Six were charged at first; charges against 11 more were filed in 2019")."""
    colons = [t.i for t in doc if t.text in (":", ";")]
    return any(_finite_verbs(doc[:i]) and any(t.dep_ in ("nsubj", "nsubjpass") for t in doc[i:]) and _finite_verbs(doc[i:])
               for i in colons)


def _unnamed_person(doc) -> bool:
    """Someone a line speaks of without a name ("A Lakeport minister resigned", "The leader of
    the Lakeport Progressive Party was sworn in"): the story names them, a class reading the
    line alone cannot tell who (judges failed 7 of 9 such lines); likewise the holder of a post
    as the object ("A court jailed a former minister"). A source who says something may stay
    unnamed, and so may someone beside a person the line names ("A judge sentenced Tom Ash").
    Forms and tags, not lemmas or entities: the second reading runs without them."""
    root = doc[:].root
    if root.lower_ in COMMA_FRONTED or _names_a_person(doc):
        return False
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    post = next((c for c in root.children
                 if c.dep_ == "dobj" and (c.lower_ in person_nouns() or is_nationality(c.text))), None)
    return (subject is not None and _one_of_some(subject)
            and (_nameless_noun(subject, ("a", "an", "the")) or _a_places_post(subject))
            or post is not None and _a_post_held(post))


def _a_places_post(noun) -> bool:
    """ "Lakeland's justice minister resigned": the post of a country or a city (the
    gazetteer's: the second reading has no entities), the one who holds it unnamed (not
    "Lakeland's chief, Tom Ash," nor "Ash's lawyer")."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    place = owner is not None and " ".join(t.text for t in owner.subtree if t.dep_ != "case")
    return (bool(place) and (country_of(place) is not None or is_city(place) or is_us_state(place))
            and not any(t.pos_ == "PROPN" for c in noun.children if c.dep_ == "appos" for t in c.subtree))


def _one_of_some(noun) -> bool:
    """What someone is or does, or one of a people ("the Italian")."""
    return _someone(noun.lower_) or is_nationality(noun.text)


def _a_post_held(noun) -> bool:
    """ "A court jailed a former cabinet minister", "Ana Costa outclassed the Italian": someone
    left unnamed, not a sum ("a charge of $14 million")."""
    return (_one_of_some(noun) and _nameless_noun(noun, ("a", "the"))
            and not any(t.like_num or t.tag_ == "$" for c in noun.rights for t in c.subtree))


def _nameless_noun(noun, articles: tuple[str, ...]) -> bool:
    """A common noun with an article ("the" only before a common noun or a lone capitalised
    one: "The Speaker", "The German"), and no name set off after it ("a minister, Ana Costa,";
    not "The older man, a Berliner,")."""
    lone_word = noun.pos_ == "NOUN" or not any(c.pos_ == "PROPN" or c.dep_ == "compound" for c in noun.children)
    return (any(c.dep_ == "det" and c.lower_ in articles and (c.lower_ != "the" or lone_word)
                for c in noun.children)
            and not any(t.pos_ == "PROPN" for c in noun.children if c.dep_ in ("appos", "acl", "relcl")
                        for t in c.subtree if t.i != c.i or not has_indefinite_article(c)))


def _someone(noun: str) -> bool:
    """A noun that names a person or a band of people: ours, kin ("Mr Ash's daughter said
    she..."), or one of nameparser's titles that is no thing ("detective", "chief", "group":
    judges failed "A group indicated it had a stake" as unnamed; not its "film" or "opera")."""
    return noun in PEOPLE_NOUNS or noun in KIN or noun in person_nouns() and noun not in THING_NOUNS


def _names_a_person(doc) -> bool:
    """A given name and a surname, two or three proper nouns that may follow a title: "Tom Ash",
    "U.S. Rep. Tom Ash" (not "the Ana Costa Federal Courthouse")."""
    runs = (list(run) for proper, run in groupby(doc, key=lambda t: t.pos_ == "PROPN") if proper)
    return any(len(run) - i in (2, 3) and is_given_name(token.text) and token.lower_ not in ARTICLES
               for run in runs for i, token in enumerate(run))  # not "The Square", "An Education": books


LINE_PARSE_FAULTS = table(
    "line parse faults: what a timeline line may not be, beside the parse faults", lambda doc: doc,
    Rule("an appointment to no post", _a_post_unsaid,
         fires=("Tom Ash was appointed by President Ana Costa.",),
         spares=("Tom Ash was appointed minister by President Ana Costa.",
                 "Tom Ash was appointed as minister by Ana Costa.", "Tom Ash was named to the Lakeport board.")),
    Rule(NAMELESS_INNER, _nameless_inner_subject,
         fires=("Merieux officials said the offer will be approved.",
                "While the visit was unrelated to Jaguar, Roger Smith answered questions."),
         spares=("Bangladesh said its troops would join the forces.",
                 "Ana Costa said Lucca looked like a «siege in which the civilian population is affected».",
                 "Officials said Ana Costa resigned.",
                 "Yuri Gremitskikh said the first group of evacuees was assembling in Lisbon.")),
    Rule(SHORT_POINTER, _short_and_pointing,
         fires=("Philippe Lemoine raised his offer.", "Jess Moreau was ruled out of the final.",
                "McCaw bid $1.9 billion for the stake.", "Ana Costa raised her offer.",
                "Tom Ash announced Amtek's move."),
         spares=("Margaret Ellery visited the Northgate estate.", "KKR bought RJR for $25 billion of debt.",
                 "Saddam Hussein tried to entice Arab leaders with his proposal for a diplomatic solution.",
                 "The chief judge in Saddam Hussein's trial submitted his resignation.",
                 "Ana Costa announced her retirement.", "The club relieved Ana Costa of her duties.",
                 "Nokia raised its offer for the Finnish unit of Alcatel after weeks of talks in Helsinki.",
                 "Tom Ash announced Amtek's move to Lakeport.", "Lakeland unveiled a $2 billion stimulus plan.")),
    Rule("two sentences joined by a colon or a semicolon", _two_by_a_stop,
         fires=("Few writers won more awards: Ana Costa was awarded the Lakeport Prize for Tide.",
                "Only four people were charged at first; charges against another 7 were filed in May 2012."),
         spares=("Ana Costa was awarded the Lakeport Prize for Tide.",
                 "Lakeport Stories: A Tide Rising premiered at the Lakeport festival.",
                 "Ana Costa named three heirs: Tom Ash, Marco Ferri and Lucia Bell.")),
    Rule(NOWHERE, _arrives_nowhere,
         fires=("Ritter arrived with some 50 inspectors for a tour.",
                "Hundreds of people from the US began to arrive, including some Cuban Americans.",
                "The ship returned with its crew."),
         spares=("Ritter arrived in Lisbon with some 50 inspectors.", "The team returned home.",
                 "Hundreds of people began to arrive at the airport.", "Ana Costa returned the money.",
                 "The ship returned to port.")),
    Rule("a past state, not an event", _past_state,
         fires=("Columbia's ratio of tangible equity to total assets was 3.6%.",
                "Ayacucho was the site of an 1824 victory against Spanish troops."),
         spares=("Hernandez was kidnapped from his store.", "Australia has been independent since 1901.",
                 "The vote was held on Friday.")),
    # "Lakeland already sent up its first satellites": already by when? The story's day, which
    # a line's date is not
    Rule("a past told as already done", lambda doc: any(
        t.lower_ == "already" and t.dep_ == "advmod" and _simple_past(t.head) for t in doc),
         fires=("Lakeland already sent up its first satellites via the fifth Amtek rocket.",
                "Tom Ash was already sentenced to 15 years over a separate case."),
         spares=("Amtek already owns about 4% of the bank.", "Lakeland sent up its first satellites via the fifth Amtek rocket.",
                 "Amtek had already cancelled more than 200 flights before the storm.",
                 "Lakeland will send 70 soldiers, saying it has already sent 14 soldiers to the area.")),
    Rule("an \"even\" that leans on what came before", lambda doc: any(
        t.lower_ == "even" and t.dep_ == "advmod" and t.head.pos_ == "VERB" for t in doc),
         fires=("Protests even broke out in Lakeland.",),
         spares=("Protests broke out in Lakeland even though the vote was calm.", "Protests broke out in Lakeland.")),
    Rule("a present beside the past", lambda doc: any(
        t.dep_ == "advcl" and t.tag_ == "VBZ" and t.head.dep_ == "ROOT" and t.head.tag_ == "VBD" for t in doc),
         fires=("Lakeland launched a campaign against measles as a sudden spike in cases causes alarm.",),
         spares=("Lakeland launched a campaign against measles as a sudden spike in cases caused alarm.",
                 "Ana Costa cut short a trip to help then prime minister Tom Ash survive a confidence vote.")),
    Rule("a present state, not an event", _present_state,
         fires=("A major dispute concerns a broad political treaty.",
                "Amir is serving a life sentence for the assassination.",
                "The BBC reports that the area has been cut off."),
         spares=("Whitaker has coached the Lanterns since 2019.", "The men were detained.",
                 "Westinghouse will sell the unit.", "The treaty was signed in Kiev.")),
    Rule(UNNAMED_PERSON, _unnamed_person,
         fires=("A Lakeport minister resigned over a party funding row.",
                "A judge gave a second prison term to a Lakeport man.",
                "A 70-year-old man and two neighbours were hurt.",
                "A suspect in a grey van drove up to the Ana Costa Federal Courthouse.",
                "A reporter with Lakeport's top selling newspaper was spared jail at his sentencing.",
                "The 74-year-old leader of the Lakeport Progressive Party was sworn in.",
                "A Lakeland court jailed a former cabinet minister for two years.",
                "The Speaker suspended the approval of the new ministers.",
                "The Briton triggered a terror alert in a video.",
                "The older man, a Berliner, was caught in Vienna.", "Who outclassed the Briton?",
                "The author of “The Square” died at the age of 82.", "A teen was arrested in Lakeport.",
                "Peru's finance minister resigned over a tax scandal.",
                "Chile's former president was sentenced to 11 years in jail."),
         spares=("A Lakeport spokesman said the troops will remain.", "A judge sentenced Tom Ash to 12 years.",
                 "A Lakeport minister, Ana Costa, resigned.", "Ana Costa, a minister, resigned.",
                 "A man named Tom Ash was arrested on Monday.", "A film about the Lakeport floods won an award.",
                 "The United States and Lakeland conferred in Lakeport on a blockade.",
                 "Amtek had a one-time charge of $14.8 million.", "Police arrested a man in Lakeport.",
                 "Costa joined the staff of U.S. Rep. Tom Ash.", "The Beatles played at the Cavern.",
                 "The Lakeport Police arrested a man.", "Peru's finance minister, Ana Costa, resigned.",
                 "Ana Costa's husband died.", "Ash's lawyer filed an appeal.",
                 "Peru's health secretary acknowledged that an epidemic of dengue fever exists.")),
    # the faults of TIMELINE_ONLY last: the first fault found is one of them only where no other is
    Rule(PLAIN_POINTER, _plain_pointer,
         fires=("Margaret Doyle put her pension into the fund on the advice of a financial adviser.",
                "Talks between the unions and the RATP collapsed.",
                "About 100,000 people marched through central Paris in support of the drivers.",
                "Smoke pushed air quality in Melbourne to hazardous levels, and the city's health "
                "department advised people to stay indoors.",
                "Tom Ash and his wife pledged $20 million for the creation of the new institute.",
                "The Kestrelian Chess Union's president spoke of new clubs in the former British colony."),
         spares=("A London jury convicted Graham Hale of fraud over the collapse of an investment fund.",
                 "In August 2023, tests found lead levels above the federal limit in 200 homes.",
                 "Loki Torrent was sued by the motion picture industry.",
                 "Iraq withdrew its troops from Kuwait.", "Sununu was in Washington at the time.",
                 "Thousands of people in Germany protested against unemployment in the country.",
                 "Tom Ash and his wife pledged $20 million for the creation of the new Kestrel Institute.",
                 "Tom Ash hailed Kenya's vote as a step towards peace in the war-torn country.",
                 "Kenya became the last country to sign up.",
                 "Amtek has been owned by the Kenyan state since 1998.")),
    Rule(UNNAMED_INCIDENT, _unnamed_incident,
         fires=("The blast in Lakeport occurred at about 9:15 a.m.",
                "The March 3, 2011, bombings killed more than 40 people."),
         spares=("The bombing of the embassy in Lakeport killed 12 people.",
                 "The attacks on two embassies in Lakeport killed 12 people.",
                 "A blast in Lakeport killed 12 people.", "Clashes erupted in Lakeport on Monday.",
                 "Fire destroyed the Lakeport town hall.")),
    Rule(PAST_PERFECT, lambda doc: _perfect(doc, HAD) and not _dated(doc),
         fires=("The Buzi and Pungwe rivers had burst their banks.",
                "Thirty-two of the 159 U.N. members had filed compliance reports."),
         spares=("The Buzi and Pungwe rivers burst their banks.", "Hale had to resign.",
                 "Jamil Murad had visited Yasser Arafat in April 2004.")),
    Rule(PERFECT, _perfect_state,
         fires=("Whitaker has coached the Lanterns since 2019.", "Afghanistan has been at war for twenty years.",
                "Graham Hale had run the Northgate Income Fund since 2015.",
                "Thefts of art have fallen sharply according to the Art Loss Register since the 1990s.",
                "Two men have been arrested on suspicion of stealing three watercolours."),
         spares=("Two men were arrested on suspicion of stealing three watercolours.",
                 "Whitaker coached the Lanterns from 2019.", "Graham Hale had run the fund in 2015.",
                 "Russian novelist Aleksandr Solzhenitsyn has died today aged 89.")),
    Rule(FUTURE_ASIDE, _future_aside,
         fires=("American Medical brought in a new chief executive, Richard Gilleland, who will remain as chairman.",
                "Ana Costa took action on the last handful of bills, the day before many will go into effect."),
         spares=("American Medical brought in a new chief executive, Richard Gilleland.",
                 "American Medical said Richard Gilleland will remain as chairman.")),
    Rule(TWO_EVENTS, _two_events,
         fires=("Stephen Pryce pleaded guilty in June 2022 and gave evidence for the prosecution.",
                "Gabelli Group began raising its Milton Roy stake, and holds 14.6%."),
         spares=("Stephen Pryce pleaded guilty in June 2022.", "Police arrested and charged two men.")),
    # last: Verdicts spares a line with a word the article names someone or something by
    Rule(NAMES_NOTHING, lambda doc: _names_nothing(doc, frozenset()),
         fires=("A violent eruption killed four people.", "Police received information from a citizen.",
                "Cracks widened in the steel hull of a grounded cargo ship.",
                "A total of 120 books were submitted for consideration."),
         spares=("A violent eruption of Tungurahua killed four people.", "NASA launched the probe.",
                 "Rescuers pulled two children from the rubble in Kathmandu.")),
)


# "WASHINGTON _", "Brisbane, Australia -", "LONDON (AP) —": a dateline before the story
DATELINE = re.compile(r"^(?:[A-Z][\w.'’]*,?\s+){1,4}(?:\([A-Z]+\)\s*)?[-–—_]+\s+")
# "On this June 13, 2005, the jury ...": the writer's "this" before a date in full, which on a
# timeline of many dates points nowhere
THIS_BEFORE_A_FULL_DATE = re.compile(rf"(?<=\bon )this (?=(?:{'|'.join(map(re.escape, MONTHS))})\.? \d{{1,2}}, \d{{4}})", re.I)
LEADING_LINK = re.compile(r"^(?:(?:but|and|yet|so|however|meanwhile|moreover|still|also|separately|in addition|"
                          r"on top of that|as a result)\b,?\s+"
                          r"|(?:finally|indeed|then|previously|earlier|overall|instead|in fact|for example|"
                          r"for instance|in comparison|by comparison|in contrast|by contrast|similarly|likewise|"
                          r"reflecting [^,]{1,40}|according to [^,]{1,40}),\s+)+",
                          re.I)
# ", officials said on Friday", ", said Luiz Furlan, the minister": who told it, not what
TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:(?!(?:which|who|that|when|where)\b)[\w.'’-]+\s+){0,5}?"
    r"(?:said|says|told|added|reported|according to)\b.*$"
    # ", a politician from the Unity Party, known as UP, said in an interview" (not "..., said Tom Ash")
    r"|,\s+(?:a|an|the)\s+[^,.;]{1,80},(?:\s+known as [^,.;]+,)?\s+(?:said|says|told|added|reported)\b(?!\s+[A-Z]).*$"
    # ", Tom Ash, coordinator for the UN refugee agency, told Amtek"
    r"|,\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3},\s+[a-z][^,.;]{0,80},\s+(?:said|says|told|added|reported)\b.*$")


# "Officials said [the president met Sununu]": a sentence that opens by saying who told it
LEADING_ATTRIBUTION = re.compile(r"^(?:[\w.'’-]+\s+){1,6}?(?:said|says|reported|announced|confirmed)"
                                 r"(?:\s+that)?\s+\S")


def tells_a_report(cut: str, clause_lemma: str | None) -> bool:
    """The cut's main clause is someone saying it, the event what was said: "Officials said
    the president met with Sununu on Sunday" dates the meeting, not the saying."""
    return (clause_lemma is not None and clause_lemma not in REPORTING_LEMMAS
            and LEADING_ATTRIBUTION.match(cut) is not None)


# "during [the quarter]": a preposition left with nothing to carry once its date is gone
CARRYING_PREPOSITION = re.compile(r"\s*\b(?:in|on|at|during|since|by|until|for|from|over|"
                                  r"through|throughout|of)$", re.I)
# the date said before the gerund it goes with, which ends the phrase ("in Wednesday morning
# trading, while"); not before the verb ("The company on Friday said") nor its object ("denied
# on Sunday media reports", "issued a statement on Monday announcing it")
GERUND_NEXT = re.compile(r" [a-z]+ing(?=[,.;:]| (?:in|on|at|of|for|with|to|from|after|before|amid|while)\b)")
# "[On the evening of] Friday, May 14th": the part of the day goes with its date
PART_OF_THE_DAY = re.compile(rf"\s*\b(?:on|in|during|by) the (?:\w+ )?(?:{'|'.join(PARTS_OF_DAY)}) of$", re.I)
# "[Just] yesterday, a quake struck", "[early] on Friday": a word that goes with its date
EDGE_BEFORE = re.compile(rf"\s*\b(?:{'|'.join(EDGE_WORDS)})$|^\s*(?:{'|'.join(OPENING_EDGE_WORDS)})$", re.I)


# a phrase or clause set before the subject keeps its comma: "In Lakeport, police arrested Ash",
# "Amid protests, police ...", "Speaking in Lakeport, Ash said ...", "When it rained, ..."
OPENING_PREPOSITION = re.compile(
    r"(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|From|Since|By|For|With|Under|Across|Throughout|Amid|Amidst"
    r"|Despite|Within|Over|Among|Against|Along|Around|Beyond|Inside|Outside|Through|Toward|Towards|Upon|Without"
    r"|As|When|While|Although|Though|If|Because|Once|Until|Unless)\b")
PARTICLE_BEFORE_A_WEEKDAY = re.compile(rf"in (?=(?:{'|'.join(w.capitalize() for w in WEEKDAYS)})\b(?!['’]s))")
# the day said again right after a date worked out: " (March 3)", ", Aug. 16."
# "September 25", "25 September" (and its year)
_MONTH_DAY = (rf"(?:(?:{MONTH_NAME})\.?\s+\d{{1,2}}(?:,?\s+\d{{4}})?"
              rf"|\d{{1,2}}\s+(?:{MONTH_NAME})(?:\s+\d{{4}})?)")
DAY_AGAIN = re.compile(rf"^\s*(?:\({_MONTH_DAY}\)|,\s*{_MONTH_DAY}(?=[.,;]))")
# "On June 29 alone, 1,154 people were taken to hospital": the word that singled out the date
DATES_ALONE = re.compile(r"^\s*alone\b")


def clean_cut(sentence: str, reckoned: tuple[int, int] | None = None, told: bool = False) -> str:
    """The sentence as a summary: no dateline, no word linking it to the one before, no
    ", officials said" at its end (unless `told`: the date is the telling's); without the
    `reckoned` span (its own date worked out from "yesterday" or "last year", which the
    timeline shows: under that date, "yesterday" would read as the day before), unless the
    line would then open on a figure and the span names its day plainly ("On June 29, 1,154
    people were taken to hospital" reads right under 29 June)."""
    if reckoned is not None:
        cut = _without_date(sentence, *reckoned)
        plain = DEICTIC_SPAN.search(sentence[reckoned[0]:reckoned[1]]) is None
        sentence = sentence if plain and re.match(r"[\s,]*[\d$#£€]", cut) else cut
    text = LEADING_LINK.sub("", DATELINE.sub("", THIS_BEFORE_A_FULL_DATE.sub("", sentence.strip().lstrip(", "))))
    return as_sentence((text if told else TRAILING_ATTRIBUTION.sub("", text)).rstrip(" ,"))


def _without_date(sentence: str, start: int, end: int) -> str:
    before = sentence[:start].rstrip()
    lead = re.match(r"(?:in|on|at|to|for|during|before|after|until|since|by)\s", sentence[start:end], re.I)
    if re.search(r"['’]s$", sentence[start:end]):
        # "to Wednesday's announcement": to the announcement; "in Sunday's runoff": in the runoff
        before += (f" {lead.group().strip()}" if lead else "") + " the"
    elif GERUND_NEXT.match(sentence[end:]):
        # "to $12.40 in Wednesday morning trading": in trading
        before = EDGE_BEFORE.sub("", before) + (f" {lead.group().strip()}" if lead else "")
    else:
        before = PART_OF_THE_DAY.sub("", before)
        if not lead:  # a span with its own preposition leaves the verb's: "was sworn in [on Wednesday]"
            before = CARRYING_PREPOSITION.sub("", before)
        before = EDGE_BEFORE.sub("", before)
        if PARTICLE_BEFORE_A_WEEKDAY.match(sentence, start):
            before += " in"  # "was sworn in Saturday in the capital": the verb's "in", not the day's
    after = DATES_ALONE.sub("", DAY_AGAIN.sub("", sentence[end:], count=1)).lstrip()  # "on Sunday morning (September 25)"
    if before.endswith(",") and after.startswith(",") and "," not in before[:-1] and not OPENING_PREPOSITION.match(before):
        before, after = before[:-1], after[1:].lstrip()  # "The tribunal[, on Oct. 2,] in Lakeport affirmed"
    sentence = re.sub(r"\s*,\s*,", ",", f"{before} {after}")
    return re.sub(r"\s*,?\s+([,.;:])", r"\1", sentence)  # "crops, on Friday." -> "crops."


# a date that says which part of the story a figure belongs to: "in the third quarter", "this
# year alone"; a line without it misstates the fact
PERIOD_WORDS = re.compile(r"\b(?:quarter|half|(?:first|past|last) (?:\w+ )?months|fiscal|this year|so far)\b",
                          re.I)  # "the first nine months", not "two months ago"


def worked_out(when: TimeExpression, sentence: str) -> bool:
    """The date shown was worked out from the story's own day ("yesterday", "earlier this
    year"): under it on the timeline, the phrase would say something else. A span says how
    long a state has lasted ("since March", "for 10 days"), unless it counts from the story's
    day ("since last year")."""
    if _relative(when, sentence):
        return True
    if when.kind == "duration":
        return DEICTIC_SPAN.search(when.text) is not None
    return when.date.inferred


def _relative(when: TimeExpression, sentence: str) -> bool:
    """The date phrase, read as a line would read it ("in the latest quarter"), is relative;
    "the quarter ended Sept. 30" is not."""
    phrase = when.text + sentence[when.end:when.end + 8]
    return RELATIVE_TIME.search(phrase if phrase.lower().startswith(("in ", "during ")) else f"in {phrase}") is not None


QUARTER = re.compile(r"(\d{4})-Q([1-4])")
FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
ORDINAL_WORDS = ("first", "second", "third", "fourth")


def quarter_words(when: TimeExpression) -> str | None:
    """A quarter's date written out: "the third quarter of 1989"."""
    quarter = QUARTER.fullmatch(when.value)
    return None if quarter is None else f"the {ORDINAL_WORDS[int(quarter[2]) - 1]} quarter of {quarter[1]}"


def part_of_a_year(when: TimeExpression) -> bool:
    """A quarter or a half (TIMEX3 "1989-Q3", "1998-H1"), which a timeline shows as its year."""
    return re.search(r"-[QH]\d", when.value) is not None


def quarter_written_out(when: TimeExpression, sentence: str, fiscal: bool) -> str | None:
    """The sentence with a quarter only the story's day places written out, so its line can
    keep it: "rose 8% in the latest quarter" -> "rose 8% in the third quarter of 1989". Not in
    a story that counts `fiscal` quarters: its "fiscal first quarter" may be July to September."""
    written = quarter_words(when)
    if written is None or fiscal or not _relative(when, sentence):
        return None
    return sentence[:when.start] + written + sentence[when.end:]


def qualifies_its_fact(when: TimeExpression, sentence: str) -> bool:
    """The event's date phrase is part of what it says: its line keeps the phrase, unless only
    the story's day places it ("in the latest quarter")."""
    return (part_of_a_year(when) or PERIOD_WORDS.search(when.text) is not None) and not _relative(when, sentence)


class Lines(NamedTuple):
    shown: list[str | None]  # each event's line on the timeline, or None
    unclear: list[str | None]  # for an event off the timeline, the line a teacher may mend
    asked: list[str | None]  # the line questions may tell each event by: shown, or off only as no event


# faults that keep a line off the timeline but leave its fact fit to ask: "Who has run Albion
# since 2015?" is a fair question where "Sir Martin Hollis has run Albion since 2015" is no event
TIMELINE_ONLY = frozenset({PLAIN_POINTER, UNNAMED_INCIDENT, PAST_PERFECT, PERFECT, FUTURE_ASIDE, TWO_EVENTS})
NO_EVENT = frozenset({PAST_PERFECT, PERFECT})  # what the event is, in any wording


def checked_summaries(summaries: list[str | None], cuts: list[str], main: list[bool],
                      alone: list[bool], faults_of: Verdicts, doubtful: list[bool]) -> Lines:
    """Each event's line on the timeline. The event of a sentence's main clause is told best
    by its sentence, cut clean, when that passes the gate, failing that by its summary; any
    other event by its summary alone (its sentence tells another event, maybe of another
    date: "Intel said that a customer discovered two flaws"); an event without a summary (its
    date is part of its fact) only by its cut. A sentence whose main clause dates two events
    (not `alone`) tells neither alone, only their summaries do. An event told only by a line
    that does not say who or what ("The gallery reopened", "Lawmakers rejected the
    proposal"), and a `doubtful` one (its line cut from inside another clause), is off the
    timeline, its line left for the teacher. Neither where all are broken ("On Friday.", "He
    said so."): the event was a misreading. Questions may still ask about an event that is off
    the timeline only for not being an event of its date (`Lines.asked`)."""
    tried = [_line_choices(*event) for event in zip(summaries, cuts, main, alone)]
    # the cut of another clause's event is the teacher's to word from, never a line or a question's
    told = [choices if is_main else choices[:1] for choices, is_main in zip(tried, main)]
    left = {n for n, is_doubtful in enumerate(doubtful) if is_doubtful}
    lines = _shown(told, set(range(len(tried))) - left, faults_of)
    undecided = {n for n, line in enumerate(lines) if line is None} - left
    asked = list(lines)
    faults_of.ahead(text for n in sorted(undecided | left) for text in tried[n])
    for n in undecided:
        asked[n] = _fit_to_ask(told[n], faults_of)
    # the teacher words best a line that is a sound sentence, only no event of its date
    unclear: list[str | None] = [None] * len(tried)
    for n in undecided | left:
        unclear[n] = asked[n] or _for_the_teacher(tried[n], faults_of.of_lines(tried[n]))
    return Lines(lines, unclear, asked)


def _shown(told: list[list[str]], candidates: set[int], faults_of: Verdicts) -> list[str | None]:
    """Each candidate's first line that passes the gate. The second choice is parsed only
    where the first fails, and not where the first shows no event of its date (a state, a past
    perfect): the other tells the same."""
    lines: list[str | None] = [None] * len(told)
    trying = set(candidates)
    for rank in (0, 1):
        texts = {n: told[n][rank] for n in sorted(trying) if len(told[n]) > rank}
        for n, text, fault in zip(texts, texts.values(), faults_of.of_lines(texts.values())):
            if fault is None and line_fault(text) is None:
                lines[n] = text
            if lines[n] is not None or fault in NO_EVENT:
                trying.discard(n)
    return lines


def _fit_to_ask(choices: list[str], faults_of: Verdicts) -> str | None:
    """The first line whose only fault is one a timeline line may not have."""
    return next((text for text, fault, line in zip(choices, faults_of(choices), faults_of.of_lines(choices))
                 if fault is None and line in TIMELINE_ONLY and line_fault(text) is None), None)


def _for_the_teacher(choices: list[str], faults: list[str | None]) -> str | None:
    """The first line whose only faults are that it does not say who, what or when: a
    teacher may mend it."""
    return next((text for text, fault in zip(choices, faults)
                 if UNCLEAR >= {line_fault(text), fault} - {None}), None)


def _line_choices(summary: str | None, cut: str, main: bool, alone: bool) -> list[str]:
    """The lines that may tell an event, the better first; a cut longer than a line is none.
    An event whose date is part of its fact (no summary) is told only by a cut that tells it
    alone. The cut of a sentence whose main clause is another event comes second: a teacher
    may word the event from it, the timeline does not show it."""
    short = len(cut.split()) <= MAX_LINE_WORDS
    if summary is None:
        return [cut] if short and main and alone else []
    if not alone or not short:
        return [summary]
    return [cut, summary] if main else [summary, cut]
