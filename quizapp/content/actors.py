"""Entities -> actors: people, organizations, countries, groups and places, aliases merged.

Works over one parsed Doc per body sentence. The small model's slips are fixed by rules over
the whole document: a name tagged as a place anywhere is a place everywhere, an acronym defined
in parentheses or matching a name's initials is an alias, a surname alone is its full name,
words inside a person's job title are not actors, and every known name is found again
wherever the model missed it.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Sequence

from quizapp.content.gazetteer import (
    HONORIFICS,
    ORGANIZATION_WORDS,
    PLACE_WORDS,
    country_of,
    name_key,
)
from quizapp.content.types import Actor

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
NAME_PARTICLES = {"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le", "bin", "al"}
TITLE_WORDS = {"secretary", "minister", "president", "chancellor", "spokesman", "spokeswoman",
               "spokesperson", "governor", "mayor", "commissioner", "chairman", "chairwoman"}
RANKS = TITLE_WORDS | {
    "councillor", "cllr", "senator", "sen", "rep", "judge", "justice", "sheriff", "bishop",
    "cardinal", "rabbi", "reverend", "rev", "detective", "inspector", "sergeant", "sgt", "captain",
    "capt", "lieutenant", "colonel", "general", "admiral", "commander", "constable", "premier",
    "chief", "king", "queen", "prince", "princess", "lord", "lady", "coach", "professor",
}
# A stray tag loses to these when a name has several: "Lakeside" PERSON once, GPE elsewhere.
LABEL_PRIORITY = {"GPE": 4, "LOC": 4, "FAC": 3, "ORG": 2, "NORP": 1, "PERSON": 0}
KINDS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "LOC": "place", "FAC": "place"}
# Words a job title may contain besides capitalised ones: "Minister and Special Representative
# for the Middle East", "foreign ministry spokesperson".
KIN = {"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister", "uncle",
       "aunt", "cousin", "niece", "nephew", "widow", "widower", "law", "partner", "fiancé", "fiancée"}
PLACE_LEADS = {"river", "lake", "mount", "cape", "fort", "port", "isle", "gulf", "bay"}
STORM_WORDS = {"cyclone", "hurricane", "typhoon", "storm", "tropical"}
TITLE_TIMES = {"former", "acting", "interim", "outgoing"}  # "former High Court judge"
TITLE_GLUE = {"and", "for", "of", "the", "on", "-", "&"}
PLACE_PREPOSITIONS = {"in", "at", "near", "into", "outside", "across", "around", "throughout", "inside"}
PLACE_SUFFIXES = {"region", "province", "city", "district", "county", "state"}
ACRONYM_DEF = re.compile(r"\(([A-Z][A-Za-z]?[A-Z.&]{0,6}[A-Z])\)")


@dataclass(frozen=True)
class Mention:
    sentence: int  # position of the sentence's Doc
    start: int  # token range in that Doc
    end: int
    actor: str


@dataclass(frozen=True)
class ActorIndex:
    actors: tuple[Actor, ...]
    mentions: tuple[Mention, ...]
    # token ranges of people's job titles, per sentence: summaries leave them out
    titles: tuple[tuple[int, int, int], ...]

    def actor_at(self, sentence: int, token: int) -> str | None:
        for m in self.mentions:
            if m.sentence == sentence and m.start <= token < m.end:
                return m.actor
        return None

    def by_id(self, actor_id: str) -> Actor:
        return next(a for a in self.actors if a.id == actor_id)


@dataclass
class _Span:
    sentence: int
    start: int
    end: int
    text: str
    label: str


def find_actors(docs: Sequence, texts: Sequence[str] | None = None) -> ActorIndex:
    """Actors of an article from one parsed Doc per body sentence, in narrative order.

    `texts` are the sentences as written (the Docs may be of a normalised copy of the same
    length): names, roles and role sentences are taken from them.
    """
    texts = texts if texts is not None else [doc.text for doc in docs]
    titles: list[tuple[int, int, int]] = []
    spans: list[_Span] = []
    for i, doc in enumerate(docs):
        doc_spans = _entity_spans(i, doc, texts[i])
        doc_titles = [_title_before(doc, s.start) for s in doc_spans if s.label == "PERSON"]
        doc_titles = [(a, b) for a, b in doc_titles if a < b]
        titles += [(i, a, b) for a, b in doc_titles]
        spans += [s for s in doc_spans if not any(a <= s.start < b for a, b in doc_titles)]
    terms = _term_acronyms(docs)
    spans = _with_person_surnames([s for s in spans if s.text not in terms])
    acronyms = _acronym_pairs(docs)
    groups = _group(spans, acronyms)
    spans = _find_again(docs, texts, spans, groups, acronyms, titles)
    return _build(docs, texts, spans, groups, tuple(titles))


def _entity_spans(sentence: int, doc, text: str) -> list[_Span]:
    """The model's entities with its usual splits mended, plus unnamed proper-noun subjects."""
    ents = [e for e in doc.ents if e.label_ in ENTITY_LABELS]
    merged: list[list] = []  # [start, end, label]
    for e in ents:
        if merged and _joinable(doc, merged[-1], e):
            prev = merged[-1]
            # "Catalan" + "Pyrenees" -> a place; "Wales 's" + "Regional Council" -> an org;
            # "Ursula von der" + "Leyen" -> still a person
            prev[1], prev[2] = e.end, prev[2] if prev[2] == "PERSON" else e.label_
        else:
            merged.append([e.start, e.end, e.label_])
    spans = []
    ranges = _split_at_commas(doc, merged)
    for start, end, label in _without_parts_of(ranges, _unnamed_names(doc, ranges)):
        start, end = _trim(doc, start, end)
        if label == "PERSON":
            start = _past_rank(doc, start, end)
        if start >= end or not doc[start].text[:1].isupper():
            continue  # "grey van": a name is capitalised
        if _modifies_a_thing(doc, start, end) or _title_of_a_person(doc, start, end):
            continue  # "the Starship lander", "CCTV footage"; "Victoria's Premier, Claire Hollis"
        if doc[end - 1].lower_ in TITLE_WORDS:
            continue  # "The Environment Secretary, Emma Reynolds": a post, not a name
        if doc[start].lower_ in STORM_WORDS:
            continue  # "Cyclone Dana": weather, not an actor
        if doc[start].lower_ in PLACE_LEADS and label in ("PERSON", "ORG"):
            label = "LOC"  # "River Hull", "Mount Kenya"
        label = "PERSON" if _person_signs(doc, start, end) else _context_label(doc, start, end, label)
        if label == "PERSON" and (_relative_which(doc, start, end) or _camel_case(doc[start:end])):
            label = "ORG"  # "SpaceX, which is building": "which" is never said of a person,
            # nor is a one-word name with a capital inside ("SpaceX", not "McCarthy")
        label = _head_word_label(doc[end - 1].lower_, label)
        if label == "NORP" and doc[end - 1].tag_ not in ("NNS", "NNPS"):
            continue  # "Peruvian", "Danish": adjectives, not actors; "Basques" is a group
        written = text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
        spans.append(_Span(sentence, start, end, written, label))
    return spans


def _camel_case(span) -> bool:
    """One word with a capital inside, as companies write their names; surnames that do so
    start with a particle ("McCarthy", "DeSantis", "LeBron")."""
    particle = r"(?!Ma?c|O['’]|D['’]|D[aeiu]|L[aeo]|V[ao]n)"
    return len(span) == 1 and re.fullmatch(rf"{particle}[A-Z][a-z]+[A-Z]\w*", span.text) is not None


def _modifies_a_thing(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.text.islower()


def _title_of_a_person(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return end - start == 1 and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in root.children
    )


def _relative_which(doc, start: int, end: int) -> bool:
    root = doc[start:end].root
    return any(
        c.dep_ == "relcl" and any(w.lower_ == "which" for w in c.children) for c in root.children
    )


def _head_word_label(last_word: str, label: str) -> str:
    """"Kestrel Homes" is a company and "Cape Fear River" a place, whatever the model said."""
    if label in ("PERSON", "ORG") and last_word in PLACE_WORDS:
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


def _with_person_surnames(spans: list[_Span]) -> list[_Span]:
    """A name ending in the surname of a person is that person, whatever the model said;
    unless the model calls that last word alone an organization more than twice as often
    ("Aston Villa" once a person, "Villa" an organization four times: a club)."""
    people = Counter(s.text.split()[-1] for s in spans if s.label == "PERSON")
    bodies = Counter(s.text for s in spans if s.label == "ORG")
    clubs = {word for word, n in people.items() if bodies[word] > 2 * n}
    return [
        _Span(s.sentence, s.start, s.end, s.text, "ORG")
        if s.label == "PERSON" and s.text.split()[-1] in clubs
        else _Span(s.sentence, s.start, s.end, s.text, "PERSON")
        if s.label == "ORG" and s.text.split()[-1] in people.keys() - clubs
        else s
        for s in spans
    ]


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
    if root.dep_ == "pobj" and root.head.lower_ in PLACE_PREPOSITIONS:
        return "GPE"
    if root.dep_ == "poss" and root.head.lower_ in PLACE_WORDS:
        return "GPE"  # "Bhubaneswar's ... International Airport"
    if kin_labels & PLACE_LABELS:
        return "GPE"
    return label


def _joinable(doc, prev: list, ent) -> bool:
    start, end, label = prev
    if label == "PERSON" and ent.start - end <= 2:  # "Ursula von [der] Leyen"
        particles = [doc[end - 1], *doc[end : ent.start]] if ent.start == end else doc[end : ent.start]
        if all(t.lower_ in NAME_PARTICLES for t in particles):
            return True
    if end == ent.start and label == "NORP" and ent.label_ in PLACE_LABELS:
        return doc[end - 1].tag_ in ("JJ", "NNP")
    if end + 1 == ent.start and doc[end].tag_ == "POS" and ent.label_ == "ORG":
        return label in PLACE_LABELS
    return False


def _trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" or honorific and a trailing possessive from an entity span."""
    while start < end and (
        doc[start].lower_ == "the" or doc[start].lower_.rstrip(".") in HONORIFICS
    ):
        start += 1
    for i in range(start, end):
        # "National Hurricane Center (NHC": the acronym is separate; "Alpine National Park on
        # Boxing Day": a name does not go on past a small lower-case preposition
        if doc[i].text == "(" or doc[i].text in ("on", "in", "at") and i > start:
            end = i
            break
    if end < len(doc) and doc[end - 1].tag_ == "POS" and _names_a_building(doc[end]):
        return start, end + 1  # "St Paul's Church"
    if end + 1 < len(doc) and doc[end].tag_ == "POS" and _names_a_building(doc[end + 1]):
        return start, end + 2
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].text in ("'", "’")):
        end -= 1
    return start, end


def _past_rank(doc, start: int, end: int) -> int:
    """ "Councillor Katie Hagmann" is Katie Hagmann, her rank a title before the name."""
    if end - start >= 3 and doc[start].lower_.rstrip(".") in RANKS and all(
        t.text[:1].isupper() for t in doc[start + 1 : end]
    ):
        return start + 1
    return start


def _names_a_building(token) -> bool:
    return token.text[:1].isupper() and (token.lower_ in ORGANIZATION_WORDS or token.lower_ in PLACE_WORDS)


def _unnamed_names(doc, ranges: list[list]) -> list[list]:
    """Names the model missed or cut up: a capitalised subject ("Nordvik Oil drilled"),
    "Avon and Somerset Police said" (one name, not "Avon" and "Somerset Police"), a place
    after "in" ("born in Cardiff")."""
    taken = {i for start, end, _ in ranges for i in range(start, end)}
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or not token.text[:1].isupper() or token.dep_ == "compound":
            continue
        if token.ent_type_ and token.ent_type_ not in ENTITY_LABELS:
            continue  # a date, a number or a work of art
        if token.dep_ not in ("nsubj", "nsubjpass", "pobj"):
            continue
        if token.dep_ == "pobj" and token.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        # a subject is taken for an organization, "in X" for a place, unless the head word says
        label = _head_word_label(token.lower_, "ORG" if token.dep_ != "pobj" else "GPE")
        start, end = _name_range(doc, token.i)
        if start == end - 1 == 0:
            continue  # "Turnout was 41%": a lone capitalised first word is no name
        head_word = token.lower_ in ORGANIZATION_WORDS or token.lower_ in PLACE_WORDS
        inside = all(i in taken for i in range(start, end))  # a part of a name already found
        if head_word and end - start > 1 and not inside or not any(i in taken for i in range(start, end)):
            found.append([start, end, label])
    return found


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
    # "School of Architecture", "Institute for Disaster Risk Management and Reduction"
    while end + 1 < len(doc) and doc[end].lower_ in ("of", "for", "and") and doc[end + 1].text[:1].isupper():
        end += 2
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
    return start, _through_listed_name(doc, end)


def _through_listed_name(doc, end: int) -> int:
    """"Department of Environment, Great Lakes, and Energy (EGLE)": a list inside a name,
    trusted when an acronym in parentheses closes it."""
    j = end
    while j < len(doc) and doc[j].text == ",":
        j += 1
        if j < len(doc) and doc[j].lower_ == "and":
            j += 1
        if j >= len(doc) or not doc[j].text[:1].isupper():
            return end
        while j < len(doc) and doc[j].text[:1].isupper() and doc[j].pos_ in ("PROPN", "NOUN"):
            j += 1
        if j < len(doc) and doc[j].lower_ == "and":  # "Lakes and Energy"
            continue
    return j if j > end and j < len(doc) and doc[j].text == "(" else end


def _without_parts_of(ranges: list[list], names: list[list]) -> list[list]:
    """The model's pieces of a longer name are dropped for the name."""
    inside = lambda r: any(n[0] <= r[0] and r[1] <= n[1] and n != r for n in names)
    return [r for r in ranges if not inside(r)] + names


def _title_before(doc, start: int) -> tuple[int, int]:
    """The job title right before a person's name: "Foreign Ministry spokesperson" (range)."""
    i = start
    while i > 0:
        token = doc[i - 1]
        if token.ent_type_ in ("DATE", "CARDINAL", "TIME") or token.is_punct and token.text != "-":
            break
        if token.text[:1].isupper() or token.lower_ in TITLE_GLUE | TITLE_TIMES:
            i -= 1
        elif token.dep_ in ("compound", "amod") and token.head.i >= start and token.pos_ == "NOUN":
            i -= 1  # "spokesperson Lena Holm"
        else:
            break
    while i < start and (doc[i].lower_ in TITLE_GLUE or doc[i].lower_.rstrip(".") in HONORIFICS):
        i += 1
    if all(t.lower_ in TITLE_TIMES for t in doc[i:start]):
        return start, start  # "former" alone is no title
    if i < start and doc[i].i == 0 and start - i == 1 and doc[i].pos_ not in ("NOUN", "PROPN"):
        return start, start  # a sentence-opening word ("Then Smith said") is no title
    return i, start


def _acronym_pairs(docs: Sequence) -> list[tuple[str, str]]:
    """(name, acronym) defined in parentheses: "Syrian Democratic Forces (SDF)"."""
    pairs = []
    for doc in docs:
        for match in ACRONYM_DEF.finditer(doc.text):
            before = doc.text[: match.start()].split()
            words = [w for w in before[-8:]]
            long = _initials_match(words, match.group(1))
            if long is None and before and before[-1][:1].isupper():
                long = before[-1]  # "Hamas (HM)": a name glossed by a known acronym
            if long:
                pairs.append((long, match.group(1)))
    return pairs


def _term_acronyms(docs: Sequence) -> set[str]:
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
        if not tail[0][:1].isupper():
            continue
        initials = "".join(w[0] for w in tail if w[:1].isupper()).upper()
        if initials == letters:
            return " ".join(tail)
    return None


def _initials(name: str) -> str:
    words = re.sub(r"['’]s\b", "", name).replace("-", " ").split()
    return "".join(w[0] for w in words if w[:1].isupper()).upper()


def _is_acronym(name: str) -> bool:
    bare = name.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isupper()


class _UnionFind:
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


def _label_of_names(spans: list[_Span]) -> dict[str, str]:
    votes: dict[str, Counter] = defaultdict(Counter)
    for s in spans:
        votes[name_key(s.text)][s.label] += 1
    return {
        key: max(counter, key=lambda lab: (LABEL_PRIORITY[lab] >= 3, counter[lab], LABEL_PRIORITY[lab]))
        for key, counter in votes.items()
    }


def _group(spans: list[_Span], acronyms: list[tuple[str, str]]) -> _UnionFind:
    """Union names that name the same actor."""
    uf = _UnionFind()
    labels = _label_of_names(spans)
    keys = list(labels)
    for key in keys:
        uf.find(key)
        country = country_of(key)
        if country:
            uf.union(key, name_key(country))
    known = set(keys)
    for long, short in acronyms:
        lk, sk = name_key(long), name_key(short)
        if lk not in known:  # "Environment, Great Lakes, and Energy (EGLE)" ends a longer name
            lk = next((k for k in known if k.endswith(" " + lk)), lk)
        if lk in known or _initials(long) == short.replace(".", "").upper():
            uf.union(sk, lk)
    multi = [k for k in keys if " " in k]
    for key in keys:  # "Germany's Rheinland Cargo" is Rheinland Cargo where that stands alone
        owner, _, name = key.partition("'s ")
        if name in known and country_of(owner):
            uf.union(key, name)
    for key in keys:
        label = labels[key]
        # "Holm" -> "Lena Anna Holm" when exactly one full name ends so, whatever the
        # model called the lone word; likewise "Dame Margaret" -> "Margaret Ellery"
        people = [k for k in multi if labels[k] == "PERSON"]
        owners = [k for k in people if k.split()[-1] == key] if " " not in key else []
        if not owners and label == "PERSON" and " " not in key:
            owners = [k for k in people if k.split()[0] == key]
        if len(owners) == 1:
            uf.union(key, owners[0])
        elif label in PLACE_LABELS and not country_of(key):
            core = _place_core(key)
            owners = [k for k in keys if k != key and labels[k] in PLACE_LABELS and _place_core(k) == core]
            for owner in owners:
                if not country_of(owner):
                    uf.union(key, owner)
    for span in spans:
        if _is_acronym(span.text):
            owners = {k for k in multi if _initials(_original(spans, k)) == span.text.replace(".", "")}
            if len(owners) == 1:
                uf.union(name_key(span.text), owners.pop())
    return uf


def _original(spans: list[_Span], key: str) -> str:
    return next(s.text for s in spans if name_key(s.text) == key)


def _place_core(key: str) -> str:
    """"swedish lapland", "lapland region" -> "lapland": one place named two ways."""
    words = key.replace("'s", "").split()
    if len(words) > 1 and words[-1] in PLACE_SUFFIXES:
        words = words[:-1]
    if len(words) > 1 and re.search(r"(i|an|ese|ish)$", words[0]):
        words = words[1:]
    return " ".join(words)


def _find_again(docs: Sequence, texts, spans: list[_Span], groups: _UnionFind, acronyms, titles) -> list[_Span]:
    """Every known name wherever it stands, also where the model missed it ("WHO", "Holm")."""
    labels = _label_of_names(spans)
    owner = {s.text: name_key(s.text) for s in spans}
    for long, short in acronyms:
        if name_key(long) in labels:
            owner.setdefault(short, name_key(long))
    people = [s.text for s in spans if labels[name_key(s.text)] == "PERSON" and " " in s.text]
    surnames = Counter(p.split()[-1] for p in set(people))
    for person in people:
        if surnames[person.split()[-1]] == 1:
            owner.setdefault(person.split()[-1], name_key(person))
    taken = {(s.sentence, i) for s in spans for i in range(s.start, s.end)}
    taken |= {(sent, i) for sent, a, b in titles for i in range(a, b)}
    found = list(spans)
    for i, doc in enumerate(docs):
        for surface in sorted(owner, key=len, reverse=True):
            for match in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?!\w)", texts[i]):
                span = doc.char_span(match.start(), match.end())
                if span is None or any((i, t) in taken for t in range(span.start, span.end)):
                    continue
                taken |= {(i, t) for t in range(span.start, span.end)}
                groups.union(name_key(surface), owner[surface])
                found.append(_Span(i, span.start, span.end, surface, labels[owner[surface]]))
    return found


def _build(docs: Sequence, texts, spans: list[_Span], groups: _UnionFind, titles) -> ActorIndex:
    members: dict[str, list[_Span]] = defaultdict(list)
    for s in sorted(spans, key=lambda s: (s.sentence, s.start)):
        members[groups.find(name_key(s.text))].append(s)
    words = {w for doc in docs for w in (t.text for t in doc) if w.islower()}
    # "Malaria killed ..." and "malaria cases": a word written in lower case is no name
    groups_of_names = [
        g for g in members.values()
        if not all(s.text.lower() in words for s in g) and not _lone_word_person(g)
    ]
    actors, mentions = [], []
    for n, group in enumerate(groups_of_names, start=1):
        actor = _actor(f"a{n}", group, docs, texts, titles)
        actors.append(actor)
        mentions += [Mention(s.sentence, s.start, s.end, actor.id) for s in group]
    return ActorIndex(tuple(actors), tuple(mentions), titles)


def _lone_word_person(group: list[_Span]) -> bool:
    """A "person" named once by one word ("Turnout was 41%"): news gives people full names."""
    return len(group) == 1 and group[0].label == "PERSON" and " " not in group[0].text


def _actor(actor_id: str, group: list[_Span], docs: Sequence, texts, titles) -> Actor:
    labels = Counter(s.label for s in group)
    label = max(labels.items(), key=lambda item: (item[1], LABEL_PRIORITY[item[0]]))[0]
    if label == "PERSON" and labels.keys() & PLACE_LABELS and all(" " not in s.text for s in group):
        # "left Hobart", "docked in Hobart": a lone word standing where places stand is a
        # place (news names people in full)
        label = max(labels.keys() & PLACE_LABELS, key=labels.get)
    surfaces = list(dict.fromkeys(s.text for s in group))
    country = next((country_of(s) for s in surfaces if country_of(s)), None)
    if country:
        kind, name = "country", country
    else:
        kind = KINDS.get(label, "place")
        counts = Counter(s.text for s in group)
        if kind == "place":  # the usual name: "Catalonia" over "the Catalonia Region"
            name = max(surfaces, key=lambda s: (not _is_acronym(s), counts[s], len(s)))
        else:  # the full name: "Lena Anna Holm" over "Holm"
            name = max(surfaces, key=lambda s: (not _is_acronym(s), len(s.split()), len(s)))
    aliases = tuple(s for s in surfaces if name_key(s) != name_key(name))
    roles = ((_role(docs[s.sentence], texts[s.sentence], s, titles), s.sentence) for s in group)
    role, sentence = next(((r, i) for r, i in roles if r), (None, None))
    return Actor(
        actor_id, name, kind, aliases, role, mentions=len(group),
        role_source=texts[sentence] if role else None,
    )


def _role(doc, text: str, span: _Span, titles) -> str | None:
    """A title before the name or an apposition after it: "spokesperson", "the head of X"."""
    for sentence, start, end in titles:
        if sentence == span.sentence and end == span.start:
            while end - 1 > start and doc[end - 1].lower_.rstrip(".") in HONORIFICS:
                end -= 1  # "High Court judge Dame Helen Winkelmann": the judge, not "judge Dame"
            return text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
    root = doc[span.start : span.end].root
    kin = root.head.lower_.split("-")[-1] in KIN or "grand" in root.head.lower_
    if root.dep_ == "appos" and root.head.tag_ == "NN" and root.head.i < span.start and not kin:
        # "His lawyer, Mark Evans": the noun the name stands beside (not "two stage wins: Mads
        # Kristensen in Lille and ...", which no one person is, nor "whose great-grandfather,
        # Nils Halvorsen", which says whose, not what he does)
        words = [t for t in root.head.lefts if t.dep_ in ("amod", "compound")] + [root.head]
        return " ".join(t.text for t in words)
    for child in root.rights:
        if child.dep_ == "appos" and child.tag_ != "NNS" and (
            child.pos_ == "NOUN" or any(t.dep_ == "det" for t in child.lefts)
        ):
            role = text[child.left_edge.idx : child.right_edge.idx + len(child.right_edge)]
            role = re.sub(r"\s*\([^)]*\)", "", role)
            role = re.split(r",?\s+(?:who|whom|whose|which|that)\s", role)[0]  # the post, not a clause on it
            return re.sub(r"^(the|a|an)\s+", "", role, flags=re.I).strip(" ,;") or None
    return None
