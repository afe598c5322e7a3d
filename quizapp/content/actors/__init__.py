"""Entities -> actors: people, organizations, countries, groups and places, aliases merged.

Works over one parsed Doc per body sentence. The small model's slips are fixed by rules over
the whole document (spans): a name tagged as a place anywhere is a place everywhere, an
acronym defined in parentheses or matching a name's initials is an alias, a surname alone is
its full name, words inside a person's job title are not actors, and every known name is found
again wherever the model missed it (names). Each actor's kind is then decided by the evidence
of all its mentions (kinds), and a person's role by the title or noun beside the name (roles).
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Sequence

from quizapp.content.actors.names import (
    LABEL_PRIORITY, acronym_pairs, find_again, glossed_pairs, group, is_acronym, other_names, term_acronyms,
    with_person_surnames,
)
from quizapp.content.actors.kinds import Kind, kind_of
from quizapp.content.actors.roles import role_of
from quizapp.content.actors.spans import PLACE_LABELS, Span, entity_spans, title_before
from quizapp.content.gazetteer import (HONORIFICS, ORGANIZATION_WORDS, country_of, is_english_word, is_nationality,
                                      name_key)
from quizapp.content.lexicon import CORPORATE_SUFFIX
from quizapp.content.types import Actor

KINDS = {"PERSON": "person", "ORG": "organization", "NORP": "group", "LOC": "place", "FAC": "place"}


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
    _at: dict = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        # one lookup per token, however long the article
        for m in self.mentions:
            for token in range(m.start, m.end):
                self._at.setdefault((m.sentence, token), m.actor)
            self._at.setdefault(("sentence", m.sentence), []).append(m)
        self._at.update({("id", a.id): a for a in self.actors})

    def named_in(self, sentence: int) -> list[str]:
        """The actors a sentence names, the last named first."""
        mentions = sorted(self._at.get(("sentence", sentence), ()), key=lambda m: -m.start)
        return list(dict.fromkeys(m.actor for m in mentions))

    def actor_at(self, sentence: int, token: int) -> str | None:
        return self._at.get((sentence, token))

    def by_id(self, actor_id: str) -> Actor:
        return self._at[("id", actor_id)]


def find_actors(docs: Sequence, texts: Sequence[str] | None = None) -> ActorIndex:
    """Actors of an article from one parsed Doc per body sentence, in narrative order.

    `texts` are the sentences as written (the Docs may be of a normalised copy of the same
    length): names, roles and role sentences are taken from them.
    """
    texts = texts if texts is not None else [doc.text for doc in docs]
    titles: list[tuple[int, int, int]] = []
    spans: list[Span] = []
    for i, doc in enumerate(docs):
        doc_spans = entity_spans(i, doc, texts[i])
        doc_titles = [title_before(doc, s.start) for s in doc_spans if s.label == "PERSON"]
        doc_titles = [(a, b) for a, b in doc_titles if a < b]
        titles += [(i, a, b) for a, b in doc_titles]
        spans += [s for s in doc_spans if not any(a <= s.start < b for a, b in doc_titles)]
    terms, others = term_acronyms(docs), other_names(docs, spans)
    spans = with_person_surnames([s for s in spans if s.text not in terms and (s.sentence, s.start) not in others],
                                 docs)
    acronyms = acronym_pairs(docs)
    groups = group(spans, acronyms, glossed_pairs(docs, spans), _titled(docs, spans))
    spans = find_again(docs, texts, spans, groups, acronyms, titles)
    return _build(docs, texts, spans, groups, tuple(titles))


def _titled(docs: Sequence, spans: list[Span]) -> frozenset[tuple[int, int]]:
    """Where a name follows its title or honorific ("Dame Ana", "Minister Tom"): a capitalised
    word inside the sentence, or an honorific anywhere (not "But Ana is staying")."""
    return frozenset((s.sentence, s.start) for s in spans if s.start and _a_title(docs[s.sentence][s.start - 1]))


def _a_title(word) -> bool:
    return word.i > 0 and word.text[:1].isupper() or word.lower_.rstrip(".") in HONORIFICS


def _build(docs: Sequence, texts, spans: list[Span], groups, titles) -> ActorIndex:
    members: dict[str, list[Span]] = defaultdict(list)
    for s in sorted(spans, key=lambda s: (s.sentence, s.start)):
        members[groups.find(name_key(s.text))].append(s)
    words = {w for doc in docs for w in (t.text for t in doc) if w.islower()}
    # "Malaria killed ..." and "malaria cases": a word written in lower case is no name
    groups_of_names = [
        g for g in members.values()
        if not all(s.text.lower() in words for s in g) and not _lone_word_person(g)
    ]
    actors, mentions = [], []
    for members_of_one in groups_of_names:
        actor = _actor(f"a{len(actors) + 1}", members_of_one, docs, texts, titles)
        if actor is not None:
            actors.append(actor)
            mentions += [Mention(s.sentence, s.start, s.end, actor.id) for s in members_of_one]
    return ActorIndex(tuple(actors), tuple(mentions), titles)


def _lone_word_person(spans: list[Span]) -> bool:
    """A "person" named once by one word ("Turnout was 41%"): news gives people full names."""
    return len(spans) == 1 and spans[0].label == "PERSON" and " " not in spans[0].text


def _actor(actor_id: str, spans: list[Span], docs: Sequence, texts, titles) -> Actor | None:
    """The actor the spans name, or None for a thing named like one (a ship, a song)."""
    surfaces = list(dict.fromkeys(s.text for s in spans))
    country = next((country_of(s) for s in surfaces if country_of(s)), None)
    evidence = Kind("country", 1.0) if country else kind_of(spans, docs, KINDS.get(_label(spans), "place"))
    if evidence.kind is None:
        return None
    if evidence.kind == "person":
        surfaces = list(dict.fromkeys(_past_nationality_or_party(docs[s.sentence], s) for s in spans))
    name = country or _usual_name(spans, surfaces, evidence.kind)
    aliases = tuple(s for s in surfaces if name_key(s) != name_key(name))
    roles = ((role_of(docs[s.sentence], texts[s.sentence], s, titles), s.sentence) for s in spans)
    role, sentence = next(((r, i) for r, i in roles if r), (None, None))
    return Actor(
        actor_id, name, evidence.kind, aliases, role, mentions=len(spans),
        role_source=texts[sentence] if role else None,
        kind_confidence=evidence.confidence, gender=evidence.gender,
    )


def _past_nationality_or_party(doc, span: Span) -> str:
    """A person's name without the nationality or the party before it: "the Jamaican Usain
    Bolt", "the American Tyson Gay", "Republican Tom Ash"."""
    first = doc[span.start]
    # a people's or a party's word, not a given name the model took for a people's
    group_word = first.ent_type_ == "NORP" and (is_nationality(first.text) or is_english_word(first.lower_))
    if span.end - span.start > 1 and (first.tag_ == "JJ" or group_word):
        return span.text[len(first.text):].lstrip()
    return span.text


def _label(spans: list[Span]) -> str:
    """The label of most mentions, but an organization's name among them ends the matter
    (`_an_organization`); a lone word standing where places stand is a place ("left Hobart",
    "docked in Hobart": news names people in full)."""
    labels = Counter(s.label for s in spans)
    label = max(labels.items(), key=lambda item: (item[1], LABEL_PRIORITY[item[0]]))[0]
    if _an_organization(spans, label):
        return "ORG"
    if label == "PERSON" and labels.keys() & PLACE_LABELS and all(" " not in s.text for s in spans):
        label = max(labels.keys() & PLACE_LABELS, key=labels.get)
    return label


def _an_organization(spans: list[Span], label: str) -> bool:
    """A name the model called an organization, ending in "Inc." or "Co.", makes a company
    however else it is named ("Magna", "Hudson's Bay"); one ending in a body's word makes no
    person ("Rheinland" and "Rheinland Cargo", "Frelimo" and "the Frelimo party")."""
    named = [s.text for s in spans if s.label == "ORG"]
    return any(CORPORATE_SUFFIX.search(n) for n in named) or label == "PERSON" and any(
        n.split()[-1].lower() in ORGANIZATION_WORDS for n in named)


def _usual_name(spans: list[Span], surfaces: list[str], kind: str) -> str:
    """A place by its usual name ("Catalonia" over "the Catalonia Region"), anyone else by the
    fullest ("Lena Anna Holm" over "Holm")."""
    if kind == "place":
        counts = Counter(s.text for s in spans)
        return max(surfaces, key=lambda s: (not is_acronym(s), counts[s], len(s)))
    # "Hun Sen" over "Hun Sen.", the sentence's full stop taken for an abbreviation's
    return max(surfaces, key=lambda s: (not is_acronym(s), len(s.split()), not (s.endswith(".") and s[:-1] in surfaces), len(s)))
