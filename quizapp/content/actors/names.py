"""Which names name one actor: acronyms, surnames, a country's other names, one place named
two ways; and every known name found again where the model missed it.

Lookups go through dictionaries built once, so the cost grows with the article's length, not
with its square.
"""
from __future__ import annotations

import difflib
import re
from collections import Counter, defaultdict
from typing import Sequence

from quizapp.content.actors.spans import PLACE_LABELS, Span
from quizapp.content.gazetteer import (ORGANIZATION_WORDS, country_of, given_name_gender, is_given_name, is_home_town,
                                       name_key, name_suffixes)
from quizapp.content.lexicon import CORPORATE_SUFFIX, GENERIC_ORGANIZATION_WORDS, NAME_PARTICLES, PLACE_SUFFIXES
from quizapp.content.timex.lexicon import MONTHS, WEEKDAYS

ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]?[A-Z.&]{0,6}[A-Z])\)")
MIDDLE_INITIAL = re.compile(r"[A-Z][a-z]+ (?:[A-Z]\. )+[A-Z]")  # "Arthur C. Clarke", "George W. Bush"
# A stray tag loses to these when a name has several: "Lakeside" PERSON once, GPE elsewhere.
LABEL_PRIORITY = {"GPE": 4, "LOC": 4, "FAC": 3, "ORG": 2, "NORP": 1, "PERSON": 0}


class UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        self.parent.setdefault(key, key)
        while self.parent[key] != key:
            self.parent[key] = self.parent[self.parent[key]]
            key = self.parent[key]
        return key

    def union(self, a: str, b: str) -> None:
        self.parent[self.find(a)] = self.find(b)


def acronym_pairs(docs: Sequence) -> list[tuple[str, str]]:
    """(name, acronym) defined in parentheses: "World Health Organization (WHO)"."""
    pairs = []
    for doc in docs:
        for match in ACRONYM_DEF.finditer(doc.text):
            before = doc.text[: match.start()].split()
            long = _initials_match(before[-8:], match.group(1))
            if long is None and before and before[-1][:1].isupper():
                long = before[-1]  # "Hamas (HM)": a name glossed by a known acronym
            if long:
                pairs.append((long, match.group(1)))
    return pairs


def term_acronyms(docs: Sequence) -> set[str]:
    """Acronyms of lower-case terms, "the official cash rate (OCR)": things, not actors."""
    terms = set()
    for doc in docs:
        for match in ACRONYM_DEF.finditer(doc.text):
            acronym = match.group(1).replace(".", "")
            words = doc.text[: match.start()].split()[-len(acronym):]
            if len(words) == len(acronym) and all(w.islower() for w in words) and (
                "".join(w[0] for w in words).upper() == acronym.upper()
            ):
                terms.add(match.group(1))
    return terms


def _initials_match(words: list[str], acronym: str) -> str | None:
    letters = acronym.replace(".", "").upper()
    for k in range(len(words)):
        tail = words[k:]
        if tail[0][:1].isupper() and "".join(w[0] for w in tail if w[:1].isupper()).upper() == letters:
            return " ".join(tail)
    return None


def initials(name: str) -> str:
    words = re.sub(r"['’]s\b", "", name).replace("-", " ").split()
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper()


def with_person_surnames(spans: list[Span], docs: Sequence = ()) -> list[Span]:
    """A name ending in the surname of a person is that person, whatever the model said;
    unless the model calls that last word alone an organization more than twice as often
    ("Aston Villa" once a person, "Villa" an organization four times: a club). A given name
    and a surname that stands alone elsewhere are a person, and so is that surname ("Christopher
    Howes" ... "Howes' team", whatever the model called them), unless that given name alone
    names an organization in the story. A name with a middle initial is a person's, however
    often the model calls the surname alone an organization ("Arthur C. Clarke" ... "Clarke"),
    nor one the story goes on with "who" ("Norihiko Akagi, who held the agriculture portfolio";
    `docs`: the sentences' parses)."""
    _past_words_run_on(spans)
    people = Counter(s.text.split()[-1] for s in spans if s.label == "PERSON")
    bodies = Counter(s.text for s in spans if s.label == "ORG")
    clubs = _clubs(spans, people, bodies, docs)
    alone = {s.text for s in spans if " " not in s.text}
    # not a given name the story uses for a body: "Albion Rheinland", the group Albion forms
    surnames = {s.text.split()[-1] for s in spans
                if _given_and_surname(s.text) and s.text.split()[0] not in bodies} & alone
    for span in spans:
        span.label = _surname_label(span, surnames, clubs, people.keys() - clubs)
    return spans


# words the model runs onto a surname when a comma is missing: "Last December Grimm pleaded
# guilty", "his work with the FBI Grimm previously served"
RUN_ON_WORDS = frozenset({*MONTHS, *WEEKDAYS, "last", "next", "this", "early", "late"})


def _past_words_run_on(spans: list[Span]) -> None:
    """A name that is a person's surname after a date or an acronym is the surname alone."""
    people = [s for s in spans if s.label == "PERSON" and " " in s.text and not _run_on(s)]
    full_names, written = {s.text.split()[-1] for s in people}, {s.text.casefold() for s in people}
    for span in spans:  # not "LEE Jong-wook", the name in capitals
        if _run_on(span) and span.text.split()[-1] in full_names and span.text.casefold() not in written:
            span.start, span.text, span.label = span.end - 1, span.text.split()[-1], "PERSON"


def _run_on(span: Span) -> bool:
    """A name after a date or an acronym the model ran onto it ("DCI Okoye" too, a rank's)."""
    *lead, _ = span.text.split()
    return bool(lead) and (all(w.lower() in RUN_ON_WORDS and not is_given_name(w) for w in lead)  # not "June Grimm"
                           or len(lead) == 1 and re.fullmatch(r"[A-Z]{2,}", lead[0]) is not None)


def _who_follows(doc, end: int) -> bool:
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def _clubs(spans: list[Span], people: Counter, bodies: Counter, docs: Sequence) -> set[str]:
    """Last words of people's names that the model calls an organization alone more than twice
    as often; never the surname of a name with a middle initial, or of one followed by "who"."""
    persons = {s.text.split()[-1] for s in spans if s.label == "PERSON" and (
        MIDDLE_INITIAL.match(s.text) or docs and _who_follows(docs[s.sentence], s.end))}
    return {word for word, n in people.items() if bodies[word] > 2 * n} - persons


def _surname_label(span: Span, surnames: set[str], clubs: set[str], people: set[str]) -> str:
    last = span.text.split()[-1]
    if last in surnames and (span.text == last or _given_and_surname(span.text)):
        return "PERSON"
    if span.label == "PERSON" and last in clubs:
        return "ORG"
    if span.label == "ORG" and last in people:
        return "PERSON"
    return span.label


def _given_and_surname(name: str) -> bool:
    """ "Christopher Howes": a given name (gender-guesser's list), then one capitalised word
    that names no kind of body ("Dean Witter Reynolds", "Philip Morris Cos." are longer)."""
    words = name.split()
    return (len(words) == 2 and given_name_gender(words[0]) is not None
            and words[1][:1].isupper() and words[1].lower() not in ORGANIZATION_WORDS)


def label_of_names(spans: list[Span]) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        votes[name_key(s.text)][s.label] += 1
    return {
        key: max(counter, key=lambda lab: (LABEL_PRIORITY[lab] >= 3, counter[lab], LABEL_PRIORITY[lab]))
        for key, counter in votes.items()
    }


def glossed_pairs(docs: Sequence, spans: list[Span]) -> list[tuple[str, str]]:
    """Two names of one person, the second in brackets right after the first: "Abu Mazen
    [Mahmoud Abbas]", "Lula (Luiz Inácio Lula da Silva)"."""
    at = {(s.sentence, s.start): s for s in spans}
    pairs = []
    for s in spans:
        doc = docs[s.sentence]
        gloss = at.get((s.sentence, s.end + 1))
        if (s.label == "PERSON" and gloss is not None and gloss.label == "PERSON" and gloss.end < len(doc)
                and doc[s.end].text in "([" and doc[gloss.end].text in ")]"):
            pairs.append((s.text, gloss.text))
    return pairs


# what puts a person's other name after the first: "Marco Ferri, also known as Mario Bellini"
ALSO_KNOWN_AS = re.compile(r"[,(]?\s*(?:also |better |otherwise )?(?:known as|a\.?k\.?a\.?|alias)", re.I)
NEXT_IN_A_LIST = re.compile(r"\s*(?:and|or)", re.I)  # not ", and Tom Ash": another person


def other_names(docs: Sequence, spans: list[Span]) -> set[tuple[int, int]]:
    """Where (sentence, first token) a name is another name of the person before it, no actor
    of its own: "Marco Ferri, also known as [Marco Ferrante] and [Mario Bellini]" (as two
    actors they were offered as each other's wrong options)."""
    by_sentence = defaultdict(list)
    for s in sorted(spans, key=lambda s: (s.sentence, s.start)):
        by_sentence[s.sentence].append(s)
    found = set()
    for sentence, names in by_sentence.items():
        for first, name in enumerate(names):
            link, end = ALSO_KNOWN_AS, name.end
            for other in names[first + 1:] if name.label == "PERSON" else ():
                if other.label != "PERSON" or not link.fullmatch(docs[sentence][end:other.start].text):
                    break
                found.add((sentence, other.start))
                link, end = NEXT_IN_A_LIST, other.end
    return found


def group(spans: list[Span], acronyms: list[tuple[str, str]], glosses: list[tuple[str, str]],
          titled: frozenset[tuple[int, int]] = frozenset()) -> UnionFind:
    """Union names that name the same actor; `titled`: where a name follows its title
    (sentence, first token), as "Margaret" in "Dame Margaret"."""
    uf = UnionFind()
    labels = label_of_names(spans)
    for name, gloss in glosses:
        uf.union(name_key(name), name_key(gloss))
    for key in labels:
        uf.find(key)
        country = country_of(key)
        if country:
            uf.union(key, name_key(country))
    _join_acronyms(uf, labels, acronyms)
    for key in labels:  # "Germany's Rheinland Cargo" is Rheinland Cargo where that stands alone
        owner, _, name = key.partition("'s ")
        if name in labels and country_of(owner):
            uf.union(key, name)
    first_told = {}
    for span in spans:
        first_told.setdefault(name_key(span.text), span.sentence)
    # given names said alone, without a title ("Ana is staying", not "Dame Ana")
    alone = Counter(name_key(s.text) for s in spans if " " not in s.text and (s.sentence, s.start) not in titled)
    _join_surnames(uf, labels, first_told, alone)
    _join_name_beginnings(uf, labels)
    _join_middle_initials(uf, labels)
    _join_company_names(uf, labels)
    written = {}  # each name's key -> as the story first wrote it
    for span in spans:
        written.setdefault(name_key(span.text), span.text)
    _join_organization_tails(uf, labels, written)
    _join_places(uf, labels)
    _join_initials(uf, spans, labels, written)
    return uf


def _join_acronyms(uf: UnionFind, labels: dict[str, str], acronyms) -> None:
    for long, short in acronyms:
        lk, sk = name_key(long), name_key(short)
        if lk not in labels:  # "Environment, Great Lakes, and Energy (EGLE)" ends a longer name
            lk = next((k for k in labels if k.endswith(" " + lk)), lk)
        if lk in labels or initials(long) == short.replace(".", "").upper():
            uf.union(sk, lk)


def _join_surnames(uf: UnionFind, labels: dict[str, str], first_told: dict[str, int], alone: Counter) -> None:
    """ "Holm" -> "Lena Anna Holm", the first full name told that ends so, whatever the model
    called the lone word; likewise "Dame Margaret" -> "Margaret Ellery". Not a surname the
    story uses before it names anyone in full: "President Obama was sworn in ... a bible that
    belonged to First Lady Michelle Obama's grandmother" (news names a person in full first)."""
    by_last, by_first = _full_names_by_part(labels)
    for key, label in labels.items():
        if " " in key and _surnames(key) != {key} or country_of(key):
            continue  # "Canada" is no one's surname, nor of "Bell Canada", a person to the model
        # a family name told first ("Park" of "Park Bo-ram") whatever the model called it, but a place
        may_be_family_first = label == "PERSON" or label not in PLACE_LABELS and not is_given_name(key.title())
        owners = _called_by_surname(
            sorted(by_last[key] or (by_first[key] if may_be_family_first else []), key=first_told.get), alone)
        # of two or more ("Tony Mack", his brother "Ralphiel Mack"), the one the story names first
        first = [o for o in owners if first_told[o] == first_told[owners[0]]] if owners else []
        if len(first) == 1 and first_told[key] >= first_told[first[0]] and not _a_firm_first(key, first[0], labels,
                                                                                             first_told):
            uf.union(key, first[0])


def _called_by_surname(owners: list[str], alone: Counter) -> list[str]:
    """Of a family's members, those the story does not call by given name `alone`, twice or
    more: news tells "Ana" apart from her father "Costa" so ("Ana Costa's father, Tom Costa,
    ... Costa said ... Ana is staying ... Ana's school")."""
    if len(owners) < 2:
        return owners
    return [o for o in owners if alone[o.split()[0]] < 2] or owners


def _join_name_beginnings(uf: UnionFind, labels: dict[str, str]) -> None:
    """ "Ana Maria" -> "Ana Maria Costa": a person's name of two words or more that begins
    the name of just one other person, one word longer (not "Tom Ash Jr", his son)."""
    people = [key for key, label in labels.items() if label == "PERSON" and " " in key]
    for key in people:
        longer = [long for long in people if long.startswith(key + " ") and " " not in long[len(key) + 1:]]
        if len(longer) == 1 and longer[0][len(key) + 1:] not in name_suffixes():
            uf.union(key, longer[0])


def _join_middle_initials(uf: UnionFind, labels: dict[str, str]) -> None:
    """ "Ana T. Costa" -> "Ana Theodora Costa": one person, the middle name told by
    its initial once, in full once."""
    people = [key.split() for key, label in labels.items() if label == "PERSON" and len(key.split()) == 3]
    for short in (words for words in people if len(words[1]) == 1):
        full = [words for words in people if len(words[1]) > 1 and words[0] == short[0]
                and words[2] == short[2] and words[1].startswith(short[1])]
        if len(full) == 1:
            uf.union(" ".join(short), " ".join(full[0]))


def _full_names_by_part(labels: dict[str, str]) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """People's full names (not a surname alone with its particle) by each surname and by given
    name; a particle that is a given name too opens a full name by its last word ("Van Miller",
    told "Miller")."""
    by_last, by_first = defaultdict(list), defaultdict(list)
    for key in labels:
        # not "Lakeport 4-0", a score the model ran onto a name
        if " " not in key or labels[key] != "PERSON" or any(c.isdigit() for c in key):
            continue
        words = key.split()
        if _surnames(key) != {key}:
            for surname in _surnames(key):
                by_last[surname].append(key)
            by_first[words[0]].append(key)
        elif len(words) == 2 and is_given_name(words[0].title()):
            by_last[words[1]].append(key)
    return by_last, by_first


def _surnames(key: str) -> set[str]:
    """The surnames a name may be told by: its last word, and that word with the particle that
    opens the surname ("marco de ferri" -> "ferri" and "de ferri"); a surname alone with its
    particle ("de ferri") is only itself."""
    words = key.split()
    if len(words) < 2 or words[-2] not in NAME_PARTICLES:
        return {words[-1]}
    with_particle = " ".join(words[-2:])
    return {with_particle} if len(words) == 2 else {words[-1], with_particle}


def _a_firm_first(word: str, person: str, labels: dict[str, str], first_told: dict[str, int]) -> bool:
    """ "Kestrel", where "Kestrel Co. Inc." is told before "Tom Kestrel": the firm's."""
    return any(label == "ORG" and _begins(word, key) and first_told[key] < first_told[person]
               for key, label in labels.items())


def _join_company_names(uf: UnionFind, labels: dict[str, str]) -> None:
    """ "Compaq" -> "Compaq Computer Corp.", "Rally" -> "Rally's Inc.", "Hewlett" ->
    "Hewlett-Packard Co.": an organization's name
    that begins exactly one longer organization's name is that organization ("Texas", a
    place, is not "Texas Eastern Corp."). Longest first, so that "Compaq Computer" has joined
    "Compaq Computer Corp." before "Compaq" looks; names compared only with those of their
    first word. A lone word the model called a person, and no person's surname, may be such a
    name too ("Frelimo" -> "Frelimo party"), and any name but a country's is the company it
    names with "Co." or "Inc." ("Hudson's Bay", a place to the model, -> "Hudson's Bay Co.")."""
    for keys in _by_first_word(uf, labels):
        keys.sort(key=len, reverse=True)
        for n, key in enumerate(keys):
            longer = [long for long in keys[:n] if labels[long] == "ORG" and _begins(key, long)]
            # "Courtaulds" is "Courtaulds PLC", not "Courtaulds Textiles"
            registered = [long for long in longer if CORPORATE_SUFFIX.fullmatch(long[len(key):])]
            owners = {uf.find(long) for long in registered or (longer if _may_begin(key, labels[key]) else [])}
            if len(owners) == 1:
                uf.union(key, owners.pop())


def _join_organization_tails(uf: UnionFind, labels: dict[str, str], written: dict[str, str]) -> None:
    """ "The Weather Service" after "the National Weather Service", "Geological Survey" after
    "U.S. Geological Survey": an organization's name of two words or more that ends exactly one
    longer organization's name, whose first words say only whose or at what level. So is a
    body's kind alone that the model took for a name ("the Bank" after "the Lakeland Development
    Bank"), when one name only ends with it."""
    by_last_word = defaultdict(list)  # compared only with names of their last word
    for key, label in labels.items():
        if label == "ORG":
            by_last_word[key.split()[-1]].append(key)
    for keys in by_last_word.values():
        for key in (k for k in keys if " " in k or _a_bodys_kind_alone(k, uf, labels)):
            owners = {uf.find(long) for long in keys if long.endswith(" " + key) and (
                " " not in key or _only_whose(" ".join(written[long].split()[: -len(key.split())])))}
            if len(owners) == 1:
                uf.union(key, owners.pop())


def _a_bodys_kind_alone(key: str, uf: UnionFind, labels: dict[str, str]) -> bool:
    """ "Bank" alone, joined to no name yet, and opening none ("the Bank of Lakeland" is called
    "the Bank" too)."""
    alone = uf.find(key) == key and all(uf.find(other) != key for other in labels if other != key)
    return key in ORGANIZATION_WORDS and alone and not any(other.startswith(key + " ") for other in labels)


def _only_whose(words: str) -> bool:
    """Each word a country's or a level's ("U.S.", "National"), or the whole a home town ("Boston"
    of "Boston Red Hawks"): unlike a key's cut (scoring.py), where "Air India" still names the
    airline, here the words must say only whose."""
    return all(word.lower() in GENERIC_ORGANIZATION_WORDS or country_of(word) for word in words.split()) or (
        is_home_town(words))


def _by_first_word(uf: UnionFind, labels: dict[str, str]) -> list[list[str]]:
    """Organizations' names, and others not yet joined to anyone but countries', by first word."""
    by_first = defaultdict(list)
    for key, label in labels.items():
        if label == "ORG" or uf.find(key) == key and not country_of(key):
            by_first[re.split(r"[\s-]", key)[0].removesuffix("'s")].append(key)
    return list(by_first.values())


def _begins(key: str, long: str) -> bool:
    """ "hudson's bay" begins "hudson's bay co", "hewlett" begins "hewlett-packard co"."""
    plain = key.replace("'s ", " ")
    return long.replace("'s ", " ").startswith((plain + " ", plain + "-"))


def _may_begin(key: str, label: str) -> bool:
    """A name that may be the first words of a longer organization's: an organization's, or a
    lone word the model called a person."""
    return label == "ORG" or label == "PERSON" and " " not in key


def _join_places(uf: UnionFind, labels: dict[str, str]) -> None:
    """ "Swedish Lapland", "the Lapland region", "Lapland": one place named three ways."""
    by_core = defaultdict(list)
    for key, label in labels.items():
        if label in PLACE_LABELS and not country_of(key):
            by_core[_place_core(key)].append(key)
    for keys in by_core.values():
        for key in keys[1:]:
            uf.union(key, keys[0])


def _join_initials(uf: UnionFind, spans: list[Span], labels: dict[str, str], written: dict[str, str]) -> None:
    """An acronym standing alone is the one longer name with its initials."""
    by_initials = defaultdict(set)
    for key in labels:
        if " " in key:
            first, *rest = written[key].split()
            for name in (written[key], " ".join(rest)) if country_of(first) else (written[key],):
                by_initials[initials(name)].add(key)  # "LTC", "U.S. Lakeport Trade Commission"
    for span in spans:
        owners = by_initials.get(span.text.replace(".", "")) if is_acronym(span.text) else None
        if owners and len(owners) == 1:
            uf.union(name_key(span.text), next(iter(owners)))


def _place_core(key: str) -> str:
    """"swedish lapland", "lapland region" -> "lapland": one place named two ways."""
    words = key.replace("'s", "").split()
    if len(words) > 1 and words[-1] in PLACE_SUFFIXES:
        words = words[:-1]
    if len(words) > 1 and re.search(r"(i|an|ese|ish)$", words[0]):
        words = words[1:]
    return " ".join(words)


def find_again(docs: Sequence, texts, spans: list[Span], groups: UnionFind, acronyms,
               titles) -> list[Span]:
    """Every known name wherever it stands, also where the model missed it ("WHO", "Holm"):
    each sentence's word runs looked up among the known names, the longest first."""
    labels = label_of_names(spans)
    owner = _known_surfaces(spans, labels, acronyms)
    owner |= _misspelt_surnames(docs, owner, {name_key(s.text) for s in spans if s.label == "PERSON"})
    longest = max((len(s.split()) for s in owner), default=0) + 2  # "Holm's": a word may split
    taken = {(s.sentence, i) for s in spans for i in range(s.start, s.end)}
    taken |= {(sent, i) for sent, a, b in titles for i in range(a, b)}
    found = list(spans)
    for i, doc in enumerate(docs):
        for span in _known_runs(doc, texts[i], owner, longest):
            if any((i, t) in taken for t in range(span.start, span.end)) or _inside_a_things_name(span):
                continue
            taken |= {(i, t) for t in range(span.start, span.end)}
            surface = span.text if span.text in owner else texts[i][span.start_char:span.end_char]
            groups.union(name_key(surface), owner[surface])
            found.append(Span(i, span.start, span.end, surface, labels[owner[surface]]))
    return found


THINGS_NAMES = ("WORK_OF_ART", "EVENT", "LAW", "FAC", "PRODUCT")


def _inside_a_things_name(span) -> bool:
    """ "the Ash Peace Prize", "the Ash Act": a known name that opens the model's longer name
    of a thing is a word of that name, not a mention of its own (a body's may be the person's:
    the model's names of bodies run over people's)."""
    last = span[-1]
    return (last.ent_type_ in THINGS_NAMES and last.i + 1 < len(last.doc)
            and last.doc[last.i + 1].ent_iob_ == "I" and last.doc[last.i + 1].is_title)


def _known_surfaces(spans: list[Span], labels: dict[str, str], acronyms) -> dict[str, str]:
    """Every way the article writes a known name -> the name's key, with the acronyms defined
    for them and the surname of a person no one else shares."""
    owner = {s.text: name_key(s.text) for s in spans}
    for long, short in acronyms:
        if name_key(long) in labels:
            owner.setdefault(short, name_key(long))
    people = [s.text for s in spans if labels[name_key(s.text)] == "PERSON" and " " in s.text]
    surnames = Counter(p.split()[-1] for p in set(people))
    for person in people:
        if surnames[person.split()[-1]] == 1:
            owner.setdefault(person.split()[-1], name_key(person))
    return owner


MISSPELT_SURNAME = 0.85  # difflib's likeness of a word to a surname that makes it the surname
SURNAME_LENGTH = 6  # shorter names differ by a letter too often ("Jansen", "Janson")


def _misspelt_surnames(docs: Sequence, owner: dict[str, str], people: set[str]) -> dict[str, str]:
    """A capitalised word the story writes for a person's long surname ("Mwanawase" for
    Mwanawasa; `people`: the keys of names the model once took for a person's): the source's
    slip, still the person, so that "He" after it is not someone named before."""
    last_words = {key.split()[-1] for key in people}
    surnames = {word: key for word, key in owner.items()
                if " " not in word and len(word) >= SURNAME_LENGTH and word.lower() in last_words}
    found = {}
    for word in {t.text for doc in docs for t in doc if t.is_title and len(t.text) >= SURNAME_LENGTH}:
        close = difflib.get_close_matches(word, surnames, n=1, cutoff=MISSPELT_SURNAME)
        if word not in owner and close:
            found[word] = surnames[close[0]]
    return found


def _known_runs(doc, text: str, owner: dict[str, str], longest: int) -> list:
    """The runs of words written as a known name, standing alone ("US" not in "US-led"),
    longest first."""
    runs = []
    starts = [token.idx for token in doc]  # offsets read once: a Span per try costs more
    ends = [token.idx + len(token) for token in doc]
    for start in range(len(doc)):
        for end in range(min(len(doc), start + longest), start, -1):
            written = text[starts[start]:ends[end - 1]]
            if written in owner and _stands_alone(text, starts[start], ends[end - 1]):
                runs.append(doc[start:end])
                break
    return sorted(runs, key=lambda s: (-len(s.text), s.start))


def _stands_alone(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "_-") and not (after.isalnum() or after == "_")
