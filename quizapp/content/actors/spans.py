"""Names in one parsed sentence: the model's entities with its usual slips mended, the names it
missed, and the job titles before people's names."""
from __future__ import annotations

import re
from dataclasses import dataclass

from quizapp.content.gazetteer import (HONORIFICS, ORGANIZATION_WORDS, PLACE_WORDS, closes_a_place, country_of, is_city, is_english_word,
                                       is_given_name, is_nationality, is_us_state, person_nouns, post_nominals, ranks)
from quizapp.content.lexicon import (
    AGENT_ENDINGS, BODY_KINDS, BODY_WORDS, CLOSING_QUOTES, GENERIC_ORGANIZATION_WORDS, KIN, NAME_PARTICLES, OPENING_QUOTES, PLACE_LEADS,
    PLACE_PREPOSITIONS, PLURAL_COUNTS, STORM_WORDS,
    TITLE_GLUE, TITLE_TIMES, TITLE_WORDS, WORD_PREFIXES,
)
from quizapp.content.clauses.text import ABBREVIATION, TICKER
from quizapp.content.clean import NAME_TITLES
from quizapp.content.rules import Rule, table
from quizapp.content.timex.lexicon import MONTHS

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
WORDS_BEFORE_A_NAME = NAME_TITLES | HONORIFICS  # "Det Sgt", "Mr": what stands before a name, never one
PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass
class Span:
    sentence: int
    start: int
    end: int
    text: str
    label: str


def entity_spans(sentence: int, doc, text: str) -> list[Span]:
    """The model's entities with its usual splits mended, plus unnamed proper-noun subjects."""
    spans = []
    for start, end, label in _candidates(doc):
        if NOT_A_NAME.fires((doc, start, end)):
            continue
        label = _mended_label(doc, start, end, label)
        if _an_adjective(doc, start, end, label):
            continue  # "Peruvian", "Danish": adjectives, not actors; "Basques" is a group
        written = text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
        if end == len(doc) and written.endswith(".") and not ABBREVIATION.fullmatch(doc[end - 1].text):
            written = written[:-1]  # "lost defence to Tom Little.": the sentence's full stop, run onto the name
        spans.append(Span(sentence, start, end, written, label))
    return spans


def _an_adjective(doc, start: int, end: int, label: str) -> bool:
    return label == "NORP" and doc[end - 1].tag_ not in ("NNS", "NNPS")


def _candidates(doc) -> list[tuple[int, int, str]]:
    """Capitalised token ranges that may be names, with the model's label: its entities, mended
    and trimmed, and the names it missed."""
    ranges = _split_at_commas(doc, _merged_entities(doc))
    found = []
    for start, end, label in _without_parts_of(ranges, _unnamed_names(doc, ranges)):
        start, end = _trim(doc, start, end)
        if (held := _past_a_post_of(doc, start, end)) > start:
            start, label = held, "PERSON"
        if label == "PERSON":
            start, end = _past_rank(doc, start, end), _before_post_nominals(doc, start, end)
        elif (named := _past_a_posts_body(doc, start, end)) > start:
            start, label = named, "PERSON"
        elif _past_a_word_for_someone(doc, start, end):
            start, label = start + 1, "PERSON"  # "Irishman Tom Ash", whom the model took for a body
        if start < end and doc[start].text[:1].isupper():  # "grey van": a name is capitalised
            found.append((start, end, label))
    return found


def _merged_entities(doc) -> list[list]:
    """[start, end, label] of the model's entities, pieces of one name joined: "Catalan" +
    "Pyrenees" -> a place; "Wales 's" + "Regional Council" -> an org; "Ursula von der" +
    "Leyen" -> still a person; "Paulo Brizola" + "Nunes", the word it was cut from -> a person."""
    merged: list[list] = []
    for e in (e for e in doc.ents if e.label_ in ENTITY_LABELS):
        if merged and e.start < merged[-1][1]:
            continue  # inside a name already run on past a nickname
        if e.label_ == "PERSON" and (end := _past_a_nickname(doc, e.end)) > e.end:
            merged.append([e.start, end, "PERSON"])
        elif merged and _joinable(doc, merged[-1], e):
            prev = merged[-1]
            prev[1], prev[2] = e.end, prev[2] if prev[2] == "PERSON" else e.label_
        elif _before_its_kind(doc, e):
            merged.append([e.start, e.end + 1, "ORG"])  # "the ruling Frelimo party"
        else:
            start, label = _with_its_given_name(doc, e)
            if merged and merged[-1][0] >= start:
                merged.pop()  # a given name the model took for a people's, now part of the name
            merged.append([start, _to_its_head(doc, e.end), label])
    return merged


def _with_its_given_name(doc, entity) -> tuple[int, str]:
    """Start and label of a person's name from a given name the model left out, also before
    one word it took for a body ("Costa" of "Ana Costa, the leader of the party, said")."""
    given = doc[entity.start - 1] if entity.start > 0 else None
    surname = (entity.label_ == "ORG" and len(entity) == 1 and given is not None and is_given_name(given.text)
               and given.lower_ not in MONTHS and given.dep_ != "pobj")  # not "In April Amtek sold"
    if entity.label_ != "PERSON" and not surname:
        return entity.start, entity.label_
    start = _from_a_given_name(doc, entity.start, entity.end)
    return start, "PERSON" if start < entity.start else entity.label_


def _from_a_given_name(doc, start: int, end: int) -> int:
    """The start of a person's name that the model began a word late: "Ramesh" of "Tribal
    Affair Ramesh Kumar Verma", a given name in no entity, or "Abdirashid" of "approved
    Abdirashid Omar Haji", a word no title can hold, after a word in lower case or opening the
    sentence ("Ubaka" of "Ubaka Ndu Kelo was convicted")."""
    while (start > 0 and (word := doc[start - 1]).tag_ == "NNP"
           and (not word.ent_type_ or word.ent_type_ == "NORP" and not is_nationality(word.text))
           and word.dep_ == "compound" and start <= word.head.i < end
           and word.lower_.rstrip(".") not in person_nouns() | HONORIFICS
           and country_of(word.text) is None  # "Prime Minister of Lakeland Tom Ash"
           and (is_given_name(word.text) or _after_a_lower_case_word(doc, word.i) or _a_name_opening(word))):
        start -= 1
    return start


def _a_name_opening(word) -> bool:
    """ "Ubaka" of "Ubaka Ndu Kelo was convicted": a word no dictionary knows opening the
    sentence (not "MP Tom Ash", "Debutant Tom Ash", "Kenyan Tom Ash")."""
    return (word.i == 0 and not word.text.isupper() and not is_english_word(word.lower_)
            and not _an_agent_noun(word.text) and not is_nationality(word.text))


def _after_a_lower_case_word(doc, i: int) -> bool:
    return i > 0 and doc[i - 1].is_alpha and doc[i - 1].is_lower


def _past_a_nickname(doc, end: int) -> int:
    """ "Roland E. “Fish” Ashby", which the model ends at the opening quote: the name runs on
    over the nickname to the surname after it. The name's end, else `end`."""
    if not (doc[end - 1].text in OPENING_QUOTES and end + 2 < len(doc) and doc[end + 1].text in CLOSING_QUOTES):
        return end
    surname = end + 2
    while surname < len(doc) and doc[surname].tag_ == "NNP":
        surname += 1
    return surname if surname > end + 2 and doc[end].text[:1].isupper() else end


def _before_its_kind(doc, entity) -> bool:
    """A name the model cut before the lower-case word for its kind of body: "Frelimo" of
    "the ruling Frelimo party" (the model kept "the opposition Renamo party" whole)."""
    end = entity.end
    return (entity.label_ in ("PERSON", "ORG") and end < len(doc) and doc[end].lower_ in BODY_WORDS
            and doc[end].text.islower() and doc[end - 1].head.i == end)


def _to_its_head(doc, end: int) -> int:
    """The end of a name the model cut before its head word: a last word that is a part of the
    capitalised word after it, which is in no entity."""
    while (end < len(doc) and doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == end
           and doc[end].tag_ == "NNP" and not doc[end].ent_type_):
        end += 1
    return end


def _mended_label(doc, start: int, end: int, label: str) -> str:
    """The model's label, mended by what stands around the name and by its last word."""
    if doc[start].lower_ in PLACE_LEADS and label in ("PERSON", "ORG"):
        label = "LOC"  # "River Hull", "Mount Kenya"
    label = "PERSON" if _person_signs(doc, start, end) else _context_label(doc, start, end, label)
    if label == "PERSON" and doc[end - 1].is_lower and doc[end - 2].tag_ != "HYPH":
        label = "LOC"  # "Ben Stack hill": no one's name ends on a word in lower case ("Lee Jong-wook" does not)
    if label == "PERSON" and (_relative_which(doc, start, end) or _camel_case(doc[start:end])):
        label = "ORG"  # "SpaceX, which is building": "which" is never said of a person, nor
        # is a one-word name with a capital inside ("SpaceX", not "McCarthy")
    return _head_word_label(doc[end - 1].lower_, label)


def _camel_case(span) -> bool:
    """One word with a capital inside, as companies write their names; surnames that do so
    start with a particle ("McCarthy", "DeSantis", "LeBron")."""
    particle = r"(?!Ma?c|O['’]|D['’]|D[aeiu]|L[aeo]|V[ao]n)"
    return len(span) == 1 and re.fullmatch(rf"{particle}[A-Z][a-z]+[A-Z]\w*", span.text) is not None


def _names_a_disease(doc, start: int, end: int) -> bool:
    """ "Lou Gehrig's disease", "Parkinson's syndrome": a person's name that is now a disease's."""
    root = doc[start:end].root
    return root.dep_ == "poss" and root.head.lower_ in ("disease", "syndrome")


def _a_quoted_title(doc, start: int, end: int) -> bool:
    """ "the TV serial ‘Marco Ferri’": a name in quotation marks is a work's title."""
    return 0 < start and end < len(doc) and doc[start - 1].text in OPENING_QUOTES and doc[end].text in CLOSING_QUOTES


def _modifies_a_thing(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.text.islower()


def _title_of_a_person(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return end - start == 1 and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children
    )


def _a_post_in_common_words(doc, start: int, end: int) -> bool:
    """ "Returning Officer", "Chief Medical Officer": a word for someone who does something,
    after common words, is a post (not "Lakeport Police", a body, nor "Kestrel Air")."""
    last = doc[end - 1].lower_
    return end - start >= 2 and last in person_nouns() and last not in BODY_KINDS and last.endswith(AGENT_ENDINGS) and all(
        is_english_word(t.lower_) and not is_given_name(t.text) for t in doc[start : end - 1])


def _a_post_of_a_field(doc, start: int, end: int) -> bool:
    """ "the Minister for Health", "Secretary of State": a post and what it is over, no one's
    name (not "Ministry of Health", a body, nor "the Kingdom of Lakeland")."""
    return _a_post_and_its_field(doc, start, end) and _holder_start(doc, start, end) == start


POST_HEADS = TITLE_WORDS | {"director", "general", "chief", "head"}  # "Director General of Health Services"


def _a_post_and_its_field(doc, start: int, end: int) -> bool:
    """The words open on a post and "of" or "for": "Minister of Health ..."."""
    return end - start >= 3 and doc[start].lower_ in POST_HEADS and doc[start + 1].lower_ in ("of", "for")


def _holder_start(doc, start: int, end: int) -> int:
    """Where the name of the post's holder starts, on a given name; else `start`."""
    return next((i for i in range(start + 2, end - 1) if is_given_name(doc[i].text)), start)


def _the_title(doc, start: int, end: int) -> bool:
    """ "the Pope", "the King": a rank alone after "the" (the surname King takes no "the")."""
    return end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and doc[start].lower_ in ranks()


def _relative_which(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in root.children
    )


def _owner_or_small_word_inside(doc, start: int, end: int) -> bool:
    """ "Rob While Armed", "Costa’s United [Party]", "Ferri and Ash": a person's name has no
    capitalised small word inside, no "and", nor an owner's mark before a name that runs on (a
    charge's or a title's words, a name cut from its owner; "the Parish Sheriff’s Office" is a
    name)."""
    runs_on = end < len(doc) and doc[end].is_title
    return doc[start].ent_type_ == "PERSON" and any(
        t.is_stop and t.is_title or t.tag_ == "POS" and runs_on or t.lower_ in ("and", "&")
        for t in doc[start + 1:end - 1])


def _first_candidate(doc):
    """An example sentence's first name candidate, as (doc, start, end)."""
    found = sorted(_candidates(doc))
    return (doc, found[0][0], found[0][1]) if found else None


NOT_A_NAME = table(
    "not a name: an entity that is no actor", _first_candidate,
    Rule("a name that only says what kind of thing",
         lambda span: _modifies_a_thing(*span),
         fires=("Police studied CCTV footage of the raid.",),
         spares=("Tesla opened a factory.",)),
    Rule("a post before a person's name",
         lambda span: _title_of_a_person(*span),
         fires=("Treasurer, Peter Costello, spoke.",),
         spares=("Peter Costello, the treasurer, spoke.",)),
    Rule("a post, not a name",
         lambda span: span[0][span[2] - 1].lower_ in TITLE_WORDS or _the_title(*span) or _a_post_in_common_words(*span)
         or _a_post_of_a_field(*span),
         fires=("Environment Secretary, Emma Reynolds, spoke on Monday.",
                "The Pope arrived in Havana on Wednesday.",
                "The Returning Officer, Professor Tom Ash, declared Ana Costa the winner.",
                "The Minister for Health visited the hospital tent in January 2014."),
         spares=("Larry King interviewed the Pope.", "The Lakeport Police arrested Tom Ash.",
                 "Kestrel Air cancelled 40 flights to Lakeport on Monday.",
                 "The Kingdom of Lakeland signed a trade deal with Amtek.")),
    Rule("ranks alone, no name",
         lambda span: all(t.lower_.rstrip(".") in WORDS_BEFORE_A_NAME for t in span[0][span[1]:span[2]]),
         fires=("Det Sgt said the clerk had stolen £1m.",),
         spares=("Det Sgt Tom Ash said the clerk had stolen £1m.", "The Royal Navy rescued 40 sailors off Lakeport.")),
    Rule("weather, not an actor",
         lambda span: span[0][span[1]].lower_ in STORM_WORDS,
         fires=("Cyclone Dana hit the coast of Odisha.",)),
    Rule("a name that only names a disease",
         lambda span: _names_a_disease(*span),
         fires=("Stem cells may cure Lou Gehrig's disease.",),
         spares=("Lou Gehrig's team won the pennant.",)),
    Rule("a person's name with a small word, an 'and' or an owner inside",
         lambda span: _owner_or_small_word_inside(*span),
         fires=("Rob While Armed is the charge Tom Ash faces.",
                "Mr Costa’s United Party for National Development said the statement was false."),
         spares=("Robert Wilson was charged with assault.", "Mary Ann Evans wrote it.")),
    Rule("a count capitalised to open the sentence",
         lambda span: span[2] - span[1] == 1 and span[0][span[1]].lower_ in PLURAL_COUNTS,
         fires=("Millions have hoped the vote will restore stability to Lakeland.",),
         spares=("Amtek has hoped the vote will restore stability to Lakeland.",
                 "Giants beat the Lakeport Jets on Sunday.")),
    Rule("a title in quotation marks", lambda span: _a_quoted_title(*span),
         fires=("The serial ‘Marco Ferri’ made Tom Ash a star in 1988.",),
         spares=("A serial about Marco Ferri made Tom Ash a star in 1988.",)),
    Rule("one of a people, not a name",
         lambda span: span[2] - span[1] == 1 and _one_of_a_people(span[0][span[1]]),
         fires=("The German, now with nine career victories, became the first repeat champion.",
                "The Australian beat Tom Ash in the final on Sunday."),
         spares=("Germany won the final.", "The Germans won the final.")),
    Rule("an adjective, not a name",
         lambda span: span[2] - span[1] == 1 and _an_adjective_word(span[0][span[1]]),
         fires=("Coastal residents in Lakeport were ordered to flee to higher ground.",
                "Orthopaedic surgeon Ravi K.C. began a hunger strike ten days ago to protest at the alleged "
                "political appointment of the institution's new dean."),
         spares=("Amtek residents in Lakeport were ordered to flee.",)),
    Rule("a country's letters that mark its currency",
         lambda span: span[2] - span[1] == 1 and span[0][span[1]].text.isupper() and len(span[0][span[1]]) <= 3
         and span[2] < len(span[0]) and span[0][span[2]].tag_ == "$",
         fires=("Shares rose US $5.41 on Tuesday.", "The bank lent US $2 million to Amtek."),
         spares=("The US paid $2 million to Lakeland.", "Lakeland Bank lent Kestrel Airways $2 million in 2018.")),
    Rule("a doctrine, not an actor",
         lambda span: span[2] - span[1] == 1 and span[0][span[1]].lower_.endswith("ism"),
         fires=("He was one of Communism's most effective adversaries.",),
         spares=("Tourism Australia opened an office in Paris.",)),
)


def _an_adjective_word(token) -> bool:
    """ "Coastal residents", "Orthopaedic surgeon": an adjective the model took for a name (not
    a place it knows: "Lakeport" tagged so)."""
    return token.tag_ == "JJ" and (token.ent_type_ in ("ORG", "PERSON") or token.ent_type_ in PLACE_LABELS
                                   and not (country_of(token.text) or is_city(token.text)))


def _one_of_a_people(token) -> bool:
    """ "The German", "the Australian": a person told by nationality (the model's NORP), no name."""
    return token.tag_ == "NNP" and (token.ent_type_ == "NORP" or is_nationality(token.text))


TOWN_WORDS = ("city", "town")  # the end of a town's name, and of a club's: "Lakeport City"


def _head_word_label(last_word: str, label: str) -> str:
    """"Kestrel Homes" is a company and "Cape Fear River" a place, whatever the model said; so is
    "Lakeport City" said to be someone (a club may be "Lakeport City")."""
    if (label in ("PERSON", "ORG") and last_word in PLACE_WORDS) or (label == "PERSON" and last_word in TOWN_WORDS):
        return "LOC"
    if label in ("PERSON", "GPE") and last_word in ORGANIZATION_WORDS:
        return "ORG"
    return label


def _split_at_commas(doc, ranges: list[list]) -> list[list]:
    """"Bristol, Daniel Hughes" tagged as one entity is two names ("Department of Environment,
    Great Lakes, and Energy" is one: its list ends with "and")."""
    parts = []
    for start, end, label in ranges:
        cuts = [i for i in range(start, end) if doc[i].text == "," and doc[i].whitespace_]  # not "RTS,S"
        if cuts and any(t.lower_ == "and" for t in doc[cuts[-1] + 1 : end]):
            cuts = []  # "Environment, Food and Rural Affairs": a list inside one name
        for a, b in zip([start] + [c + 1 for c in cuts], cuts + [end]):
            parts.append([a, b, label])
    return parts


def _person_signs(doc, start: int, end: int) -> bool:
    """"Mr Hughes", "Hughes, 58,": an honorific before or an age after marks a person."""
    if start > 0 and doc[start - 1].lower_.rstrip(".") in HONORIFICS:
        return True
    after = doc[end : end + 3]
    return len(after) == 3 and after[0].text == "," and after[1].like_num and after[2].text == ","


def _context_label(doc, start: int, end: int, label: str) -> str:
    """A "person" or "nationality" in a place's position is a place: "in Lakeside",
    "Dunmore and Lakeside"; a "person" listed with organizations is one: "Target, Best Buy
    and Amazon"."""
    root = doc[start:end].root
    kin = [c for c in root.children if c.dep_ == "conj"]
    if root.dep_ == "conj":
        kin.append(root.head)
    kin_labels = {t.ent_type_ for t in kin}
    if label == "PERSON" and "ORG" in kin_labels and "PERSON" not in kin_labels:
        return "ORG"
    if label not in ("PERSON", "NORP") or end - start > 1:
        return label  # a two-word person's name is not a town
    if _in_a_places_position(root) or kin_labels & PLACE_LABELS:
        return "GPE"
    return label


def _in_a_places_position(root) -> bool:
    """ "in Lakeside", "Bhubaneswar's ... International Airport"."""
    return (root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS
            or root.dep_ == "poss" and root.head.lower_ in PLACE_WORDS)


def _joinable(doc, prev: list, ent) -> bool:
    start, end, label = prev
    if label == "PERSON" and ent.start - end <= 2 and _particles_between(doc, end, ent.start):
        return ent.label_ == "PERSON" or len(ent) == 1  # "Ursula von [der] Leyen", not "dos [Tolon of Kestrel]"
    if end == ent.start and _one_name_apart(doc, prev, ent):
        return True
    if end == ent.start and label == "NORP" and ent.label_ in PLACE_LABELS:
        return doc[end - 1].tag_ in ("JJ", "NNP")
    if end + 1 == ent.start and doc[end].tag_ == "POS" and ent.label_ == "ORG":
        # "Wales's Regional Council", whose name says only what kind; not "Germany's Rheinland
        # Cargo", a name of its own
        return label in PLACE_LABELS and ent[0].lower_ in GENERIC_ORGANIZATION_WORDS
    return False


def _one_name_apart(doc, prev: list, entity) -> bool:
    """A given name the model labelled apart, or a long name it cut in two ("Omar Fawzi" +
    "Hassan Ferri"), after a given name the second half maybe taken for a place ("Luis Alberto
    Tolon" + "Prado")."""
    start, end, label = prev
    word = doc[end - 1]
    if entity.label_ == "PERSON" and _a_given_name_apart(doc, start, end, entity):
        return True
    given = entity.label_ == "PERSON" or is_given_name(doc[start].text)
    return label == "PERSON" and given and word.dep_ == "compound" and entity.start <= word.head.i < entity.end


def _particles_between(doc, end: int, start: int) -> bool:
    particles = [doc[end - 1], *doc[end:start]] if start == end else doc[end:start]
    return all(t.lower_ in NAME_PARTICLES for t in particles)


def _a_given_name_apart(doc, start: int, end: int, person) -> bool:
    """A person's given name the model labelled apart, alone after a verb ("said Teshome" +
    "Tom Ash", taken for a place) or with the title before it ("Dr Ana" + "Maria Costa"); not a
    country, a state, a city or a people before a name ("Kenyan Tom Ash"), nor a place after a
    preposition ("in Lakeport Tom Ash said")."""
    given = doc[end - 1]
    titled = end - start == 2 and doc[start].lower_.rstrip(".") in HONORIFICS
    alone = end - start == 1 and start > 0 and doc[start - 1].pos_ == "VERB"
    return ((titled or alone) and given.tag_ == "NNP" and given.dep_ == "compound"
            and person.start <= given.head.i < person.end and given.ent_type_ != "NORP"
            and country_of(given.text) is None and not is_city(given.text) and not is_us_state(given.text))


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" or honorific and a trailing possessive, dash or stock ticker from
    an entity span."""
    while start < end and (
        doc[start].lower_ == "the" or doc[start].lower_.rstrip(".") in HONORIFICS
    ):
        start += 1
    end = _cut_at_a_bracket_or_preposition(doc, start, end)
    if end < len(doc) and doc[end - 1].tag_ == "POS" and _names_a_building(doc[end]):
        return start, end + 1  # "St Paul's Church"
    if end + 1 < len(doc) and doc[end].tag_ == "POS" and _names_a_building(doc[end + 1]):
        return start, end + 2
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'", "’", "-", "–", "—")
                           or TICKER.fullmatch(doc[end - 1].text)):
        end -= 1
    return start, end


def _cut_at_a_bracket_or_preposition(doc, start: int, end: int) -> int:
    """ "National Hurricane Center (NHC": the acronym is separate; "Alpine National Park on
    Boxing Day": a name does not go on past a small lower-case preposition."""
    for i in range(start, end):
        if doc[i].text == "(" or doc[i].text in ("on", "in", "at") and i > start:
            return i
    return end


def _before_post_nominals(doc, start: int, end: int) -> int:
    """ "Tom Ash MS", "Ana Costa OBE": letters after a name say a seat or an honour, not who
    (nameparser's list). The name's end."""
    while end - start > 2 and doc[end - 1].text.isupper() and doc[end - 1].lower_ in post_nominals():
        end -= 1
    return end


def _past_rank(doc, start: int, end: int) -> int:
    """ "Councillor Katie Hagmann" is Katie Hagmann, her rank a title before the name; so is
    "Knuckleballer Tom Ash", a word for what he is before a given name, and "Kenya Tom Ash" of
    "a minister from Lakeport County, Kenya Tom Ash", the end of a place."""
    if end - start < 3 or not all(t.text[:1].isupper() for t in doc[start + 1 : end]):
        return start
    before = doc[start].lower_.rstrip(".") in ranks() or _says_what_before_a_name(doc, start) or closes_a_place(doc[start])
    return start + 1 if before else start


def _past_a_post_of(doc, start: int, end: int) -> int:
    """ "Minister of Health Ana Costa", taken for one name: the post and its body run into the
    holder's name, which starts on a given name."""
    return _holder_start(doc, start, end) if _a_post_and_its_field(doc, start, end) else start


def _past_a_word_for_someone(doc, start: int, end: int) -> bool:
    """A word for what someone is, then a given name and a surname, no word of a body's."""
    return (end - start == 3 and _says_what_before_a_name(doc, start) and doc[end - 1].text[:1].isupper()
            and doc[end - 1].lower_ not in ORGANIZATION_WORDS)


def _says_what_before_a_name(doc, start: int) -> bool:
    """A word for what someone is or does, not itself a given name, or for kin ("Son Tom Ash"),
    before a given name; or a word a dictionary knows that ends a post's field ("Minister of
    Information and Broadcasting Tom Ash")."""
    word = doc[start].text
    if not is_given_name(doc[start + 1].text):
        return False
    field_end = start > 0 and doc[start - 1].lower_ in ("and", "of", "&") and is_english_word(word.lower())
    # "Son Tom Ash", "Briton Tom Ash", "Knuckleballer Tom Ash"
    return word.lower() in KIN or not is_given_name(word) and (
        word.lower() in person_nouns() or _an_agent_noun(word) or is_nationality(word) or field_end)


def _an_agent_noun(word: str) -> bool:
    """ "Knuckleballer", "Striker": a known word or a long one in "-er" (not "Sher" of "Sher
    Bahadur Deuba", a short word no dictionary knows: a name)."""
    return word.lower().endswith(AGENT_ENDINGS) and (is_english_word(word.lower()) or len(word) > 6)


def _past_a_posts_body(doc, start: int, end: int) -> int:
    """ "Secretary for Justice Ana Costa", which the model took for one organization: the body
    of a post ("for Justice") runs into the name of the person who holds it, which starts on a
    given name. The start of that name, else `start`."""
    body = next((t for t in doc[start:end] if not start <= t.head.i < end), None)  # "Council" of "Supreme Council of"
    # not "the Committee for Free and Fair Elections"
    if body is None or not (_of_a_post(body, start) and all(t.is_title or t.lower_ in ("of", "for")
                                                            for t in doc[start:end])):
        return start
    return next((i for i in range(start + 1, end - 1) if is_given_name(doc[i].text)
                 and not any(t.lower_ in ORGANIZATION_WORDS for t in doc[i:end])), start)  # "Northern Rail Logistics"


def _of_a_post(noun, start: int) -> bool:
    """The noun follows "of" or "for" after a post: "head of [the Supreme Council]"."""
    preposition = noun.head
    return (noun.dep_ == "pobj" and preposition.lower_ in ("of", "for") and preposition.i < start
            and preposition.head.lower_.rstrip(".") in ranks() | person_nouns())


def _names_a_building(token) -> bool:
    return token.text[:1].isupper() and (token.lower_ in ORGANIZATION_WORDS or token.lower_ in PLACE_WORDS)


def _unnamed_names(doc, ranges: list[list]) -> list[list]:
    """Names the model missed or cut up: a capitalised subject ("Nordvik Oil drilled"),
    "Avon and Somerset Police said" (one name, not "Avon" and "Somerset Police"), a place
    after "in" ("born in Cardiff")."""
    # not an adjective the model called a nationality: "the American Tyson Gay"
    taken = {i for start, end, label in ranges if not _an_adjective(doc, start, end, label) for i in range(start, end)}
    found = []
    for token in doc:
        if not _may_head_a_name(token):
            continue
        label = _head_word_label(token.lower_, _unnamed_label(token))
        start, end = _name_range(doc, token.i)
        if start == end - 1 == 0:
            continue  # "Turnout was 41%": a lone capitalised first word is no name
        head_word = token.lower_ in ORGANIZATION_WORDS or token.lower_ in PLACE_WORDS
        inside = all(i in taken for i in range(start, end))  # a part of a name already found
        if head_word and end - start > 1 and not inside or not any(i in taken for i in range(start, end)):
            found.append([start, end, label])
    return found


def _unnamed_label(token) -> str:
    """A subject is taken for an organization, "in X" for a place, a given name and a surname
    for a person (unless the head word says otherwise)."""
    if _a_persons_full_name(token):
        return "PERSON"
    return "ORG" if token.dep_ != "pobj" else "GPE"


def _may_head_a_name(token) -> bool:
    """A capitalised proper noun heading a subject, a place after "in", or an object with a
    given name before it; not a date, a number or a work of art."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ == "compound":
        return False
    if token.ent_type_ and token.ent_type_ not in ENTITY_LABELS:
        return False
    if token.dep_ == "pobj":
        return token.head.lower_ in PLACE_PREPOSITIONS
    return token.dep_ in ("nsubj", "nsubjpass") or _a_persons_full_name(token)


def _a_persons_full_name(token) -> bool:
    """ "she beat Sofia Marin 6-4": an object the model missed, a given name and a surname."""
    given = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
    return token.dep_ == "dobj" and bool(given) and is_given_name(given[0].text)


def _name_range(doc, head: int) -> tuple[int, int]:
    """The capitalised words around a name's head, joined by "and"/"of": "Avon and Somerset
    Police", "Bartlett School of Architecture"."""
    start, end = head, head + 1
    while start > doc[head].left_edge.i:
        before = doc[start - 1]
        if before.text[:1].isupper() and before.pos_ in ("PROPN", "NOUN", "ADJ"):
            start -= 1
        elif before.lower_ in ("and", "of", "&") and start - 2 >= 0 and doc[start - 2].text[:1].isupper():
            start -= 1
        else:
            break
    # "School of Architecture", "Institute for Disaster Risk Management and Reduction"; an "and"
    # before any "of" or "for" joins two names ("Ferri and Ash were convicted")
    past_of_or_for = False
    while end + 1 < len(doc) and doc[end + 1].text[:1].isupper() and (
            doc[end].lower_ in ("of", "for") or doc[end].lower_ == "and" and past_of_or_for):
        past_of_or_for = True
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return start, _through_listed_name(doc, end)


def _through_listed_name(doc, end: int) -> int:
    """"Department of Environment, Great Lakes, and Energy (EGLE)": a list inside a name,
    trusted when an acronym in parentheses closes it."""
    j = end
    while j < len(doc) and doc[j].text == ",":
        j = _past_listed_words(doc, j + 1)
        if j is None:
            return end
    return j if j > end and j < len(doc) and doc[j].text == "(" else end


def _past_listed_words(doc, j: int) -> int | None:
    """After a comma of a listed name: past "and" and the capitalised words, or None when a
    lower-case word ends the list."""
    if j < len(doc) and doc[j].lower_ == "and":
        j += 1
    if j >= len(doc) or not doc[j].text[:1].isupper():
        return None
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN"):
        j += 1
    return j


def _without_parts_of(ranges: list[list], names: list[list]) -> list[list]:
    """The model's pieces of a longer name are dropped for the name."""
    inside = lambda r: any(n[0] <= r[0] and r[1] <= n[1] and n != r for n in names)
    return [r for r in ranges if not inside(r)] + names


def title_before(doc, start: int) -> tuple[int, int]:
    """The job title right before a person's name: "Foreign Ministry spokesperson" (range)."""
    i = start
    while i > 0 and _may_be_in_a_title(doc[i - 1], start) and not _named_before_and(doc, i - 1, start):
        i -= 1
    while i < start and (doc[i].lower_ in TITLE_GLUE or doc[i].lower_.rstrip(".") in HONORIFICS
                         or doc[i].pos_ in ("CCONJ", "SCONJ", "ADV")):  # "But Sinn Fein leader"
        i += 1
    i = _with_its_prefix(doc, i, start)
    if all(t.lower_ in TITLE_TIMES for t in doc[i:start]):
        return start, start  # "former" alone is no title
    if i < start and doc[i].i == 0 and start - i == 1 and doc[i].pos_ not in ("NOUN", "PROPN"):
        return start, start  # a sentence-opening word ("Then Smith said") is no title
    return i, start


def _with_its_prefix(doc, i: int, start: int) -> int:
    """ "pro-Western President": the prefix is the title's, not "Western President"."""
    return i - 2 if 1 < i < start and doc[i - 1].text == "-" and doc[i - 2].lower_ in WORD_PREFIXES else i


def _named_before_and(doc, i: int, start: int) -> bool:
    """Another person's name before an "and": "Minister Robert Hill and Attorney General Daryl
    Williams" are two titles, and "Ana Costa and Tom Ash" no title at all (a given name says so
    where the model saw no person)."""
    named = doc[i].ent_type_ == "PERSON" or any(is_given_name(t.text) for t in doc[max(i - 1, 0):i + 1])
    return named and any(t.lower_ in ("and", "&") for t in doc[i + 1:start])


def _may_be_in_a_title(token, name_start: int) -> bool:
    """A capitalised word, a word that glues a title together, a noun before the name
    ("spokesperson Lena Holm"), or a post "of" a body ("chairman of the Lakeport Council Ana
    Costa"); not a date, a number or punctuation."""
    if token.ent_type_ in ("DATE", "CARDINAL", "TIME") or token.is_punct and token.text != "-":
        return False
    if token.text[:1].isupper() or token.lower_ in TITLE_GLUE | TITLE_TIMES:
        return True
    if token.nbor().lower_ == "of" and _post_of_a_body(token, name_start):
        return True
    return token.dep_ in ("compound", "amod") and token.head.i >= name_start and token.pos_ == "NOUN"


def _post_of_a_body(noun, name_start: int) -> bool:
    """ "chairman of the Lakeport Council": a post whose body comes right before the name; not
    what someone is to another person with a post ("the mother of Finance Minister Ana Costa",
    "a critic of Mayor Tom Ash") nor what befell them ("the arrest of Minister ...")."""
    posts = person_nouns()
    # "the staff of U.S. Rep. Tom Ash": a post written short is a post too
    return noun.lower_ in posts and noun.lower_ not in KIN and noun.doc[name_start - 1].lower_.rstrip(".") not in posts
