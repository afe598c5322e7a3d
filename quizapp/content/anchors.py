"""The story's one organization, named where a line or a question says "the company": "The
company also took a write-off" -> "Unisys also took a write-off" (QUESTIONS.md: a sentence
read alone must say who).

Only when the article is about one organization (named twice or more, twice as often as any
other, its kind sure), and only for a noun that fits it: "the company" or "the firm" for a business,
"the bank" or "the party" only for one whose name or stated role says so.

A person the story names by surname alone after the first mention is named in full in a
timeline line ("Hale was arrested" -> "Graham Hale was arrested"), and an acronym the story
spelt out is written in full ("the CMA blocked" -> "the Competition and Markets Authority
blocked"), and so is a name's first word ("the Hall" -> "the Hall of Fame"): each line stands
alone.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from quizapp.content import nlp
from quizapp.content.actors.kinds import SURE
from quizapp.content.clauses.text import in_a_quotation
from quizapp.content.gazetteer import ORGANIZATION_WORDS, country_of, person_nouns, takes_the, with_its_the
from quizapp.content.lexicon import (ARTICLES, CORPORATE_FORMS, CORPORATE_SUFFIX, INSTITUTION_HEADS, NAME_PARTICLES,
                                     ORGANIZATION_NOUNS, POSSESSIVE_PRONOUNS, SCHOOL_HEADS)
from quizapp.content.timex.lexicon import MONTHS, NUMBER_WORDS
from quizapp.content.types import Actor

ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
ANY_ORGANIZATION = frozenset({"company", "firm", "concern"})
# where the description stands as a subject: first, after a question's lead-in or a fronted date
_LEAD = r"(?:True or false\? |Fill in the blank: |When (?:did|was|were|has|had) )?(?:(?:In|On) [^,]{1,40}, )?"
_DESCRIBED = re.compile(
    rf"^({_LEAD})[Tt]he ({'|'.join(sorted(ORGANIZATION_NOUNS | ANY_ORGANIZATION))})\b(?!-)")
# further in, after a lower-case word and before a small word ("expected the company to", "half
# the company's"): not set off by commas ("Its rival, the company,"), nor a noun's modifier
# ("the company car")
_DESCRIBED_INSIDE = re.compile(r"(?<=[a-z] )the (company|firm)(?=['’]s\b|\s+(?:to|for|in|on|at|of|by|with|from"
                               r"|and|had|has|was|is|would|will|could|said)\b|[.;:?]|$)")
# a company's own name: "Velta Inc.", "Norda Corp" (another company than the story's)
_CORPORATE = re.compile(rf"\b[A-Z][\w&-]*,?\s+(?:{CORPORATE_FORMS})\b")


def main_organization(actors: Sequence[Actor]) -> Actor | None:
    """The organization the story is about, if it is about one."""
    found = sorted((a for a in actors if a.kind == "organization" and a.mentions >= 2),
                   key=lambda a: -a.mentions)
    if not found or len(found) > 1 and found[0].mentions < 2 * found[1].mentions:
        return None
    return found[0] if found[0].kind_confidence >= SURE else None  # not the runner-up


def named(text: str, organization: Actor | None) -> str:
    """The text with its leading "the company" (or "the company's") as the organization's name;
    or, where the text names no company, its first "the company" further in, outside quotation
    marks ("Brokers expected the company to book a loss": which? judges failed it)."""
    found = _DESCRIBED.match(text) if organization is not None else None
    if found is None or not _fits(found.group(2), organization):
        return _named_inside(text, organization)
    lead, name = found.group(1), organization.name
    if takes_the(name):
        name = ("The " if not lead or lead.startswith(("True", "Fill")) and not lead.endswith(", ")
                else "the ") + name
    return lead + name + text[found.end():]


def _named_inside(text: str, organization: Actor | None) -> str:
    found = _DESCRIBED_INSIDE.search(text) if organization is not None else None
    if (found is None or not _fits(found.group(1), organization) or _CORPORATE.search(text)
            or any(name in text for name in (organization.name, *organization.aliases))
            or in_a_quotation(text, found.start())):
        return text
    name = ("the " if takes_the(organization.name) else "") + organization.name
    return text[: found.start()] + name + text[found.end():]


def _fits(noun: str, organization: Actor) -> bool:
    """ "the company" is any business (not "the Justice Department"); "the bank" one that says so."""
    said = f"{organization.name} {organization.role or ''}".lower()
    if noun in ANY_ORGANIZATION:
        return organization.name.split()[-1].lower() not in INSTITUTION_HEADS
    return re.search(rf"\b{noun}", said) is not None


def in_full(text: str, people: Sequence[Actor]) -> str:
    """The text with each person it names by one name alone named in full, the first time:
    not after a title, another name or "the" ("Mr. Hale", "Graham Hale", "the Pacers" stay),
    nor a name two of them share, nor anyone not surely a person; "Sir Martin" with his surname."""
    called = Counter(word for p in people for word in _called(p))
    for person in people:
        words = person.name.split()
        if (len(words) < 2 or any(called[w] > 1 for w in _called(person)) or person.name in text
                or person.kind_confidence < SURE or any(w.lower() in NAME_PARTICLES for w in words)):
            continue
        text = _named_in_full(text, person)
    return text


def _named_in_full(text: str, person: Actor) -> str:
    """The person's first lone name in the text in full; a knight's given name with the
    surname ("Sir Edward" says which Edward only beside the story)."""
    words = person.name.split()
    knighted = re.search(rf"\b(?:Sir|Dame) {re.escape(words[0])}\b", text)
    if knighted:
        return text[: knighted.end()] + " " + " ".join(words[1:]) + text[knighted.end():]
    for found in re.finditer(r"\b(?:" + "|".join(map(re.escape, _called(person))) + r")\b", text):
        before = text[: found.start()].split()[-1:]
        titled = in_a_quotation(text, found.start())  # "The Tale of Genji": a work's title, not the person
        if not (titled or before and (before[0][:1].isupper() or before[0] == "the")):
            return text[: found.start()] + person.name + text[found.end():]
    return text


def _called(person: Actor) -> tuple[str, ...]:
    """The one-word names the story calls the person by: the surname, and the first word where
    the story says it alone ("Lee" of Lee Jong-wook, "Saddam" of Saddam Hussein)."""
    words = person.name.split()
    return (words[-1], words[0]) if len(words) > 1 and words[0] in person.aliases else tuple(words[-1:])


def a_shared_name_alone(text: str, actors: Sequence[Actor]) -> bool:
    """A surname two or more of the story's people bear, said alone ("Costa's return" where the
    girl, her father and her great-uncle are all Costa): which one, the reader cannot
    tell, whoever the story meant. Not a person named once ("her husband, Tom Ash")."""
    people = [a for a in actors if a.kind == "person" and len(a.name.split()) > 1]
    borne = Counter(p.name.split()[-1] for p in people if p.mentions > 1)
    for surname in (s for s, n in borne.items() if n > 1):
        owners = [p.name.rsplit(" ", 1)[0] for p in people if p.name.split()[-1] == surname]
        for found in re.finditer(rf"\b{re.escape(surname)}\b", text):
            if not any(text[: found.start()].rstrip().endswith(given) for given in owners):
                return True
    return False


def names_in_full(text: str, actors: Sequence[Actor]) -> str:
    """The text with the acronyms and the short names the story spelt out written in full."""
    return kinds_in_full(short_names_in_full(acronyms_in_full(text, actors), actors), actors)


def kinds_in_full(text: str, actors: Sequence[Actor]) -> str:
    """The text with "the Bank" written as the body the story called so ("the Lakeland
    Development Bank"): "the Bank's board approved" says which bank only beside the story."""
    for actor in actors:
        kinds = [a for a in actor.aliases if a.lower() in ORGANIZATION_WORDS]
        if actor.kind == "organization" and kinds and actor.name not in text:
            text = re.sub(rf"\b([Tt]he) {re.escape(kinds[0])}\b(?!\s+of\b|-|\s+[A-Z])",
                          lambda found: _the_body(found[1], actor.name), text, count=1)
    return text


def _the_body(article: str, name: str) -> str:
    """ "the Lakeland Development Bank", but "Lakeport University" (a school named for its town
    goes without "the"; "the University of Lakeport" keeps it)."""
    words = name.split()
    schooled = words[-1].lower() in SCHOOL_HEADS and " of " not in name
    return (name[:1].upper() + name[1:] if article == "The" else name) if schooled else f"{article} {name}"


def short_names_in_full(text: str, actors: Sequence[Actor]) -> str:
    """The text with "the Hall" written as the one name the story gave in full that begins so
    with an "of" ("the Hall of Fame", "the Ministry of Defence"): "was elected to the Hall" says
    which hall only beside the story."""
    by_head: dict[str, list[str]] = {}
    for name in sorted(a.name for a in actors if " of " in a.name):
        by_head.setdefault(name.split(" of ")[0], []).append(name)
    for head, names in by_head.items():
        # one name, or its slips ("Hall of Famer" beside "Hall of Fame")
        if " " in head or not all(n.startswith(names[0]) for n in names) or names[0] in text:
            continue
        text = re.sub(rf"(?<=\b[Tt]he ){re.escape(head)}\b(?!\s+of\b|['’-]|\s+[A-Z])", names[0], text, count=1)
    return text


def _short_for(acronym: str, name: str) -> bool:
    """Not the body a name opens on ("NASA" of "NASA Jet Propulsion Laboratory", a part of
    NASA), though a firm's first word is its short name ("RJR" of "RJR Nabisco Inc.")."""
    return name.split()[0] != acronym or CORPORATE_SUFFIX.search(name) is not None


def _attributive(before: str, after: str) -> bool:
    """ "won two LMA awards", "the sold-out LMA awards": the acronym says what kind of award,
    after a number, an owner or an article and its adjective (not "When did LSA issue"); after
    a number, whatever the case of the noun ("arrested 20 LMA Members")."""
    words = before.split()
    last = words[-1].lower() if words else ""
    # not a year ("In 2019 LSA fined Amtek") nor a day ("On March 5 LSA fined Amtek")
    day = len(words) > 1 and words[-2].lower().rstrip(".") in MONTHS
    counted = last in NUMBER_WORDS or re.fullmatch(r"\d{1,3}(,\d{3})*", last) is not None and not day
    owned = last in POSSESSIVE_PRONOUNS or re.search(r"['’]s?$", last) is not None  # "Amtek's LMA debut"
    described = len(words) > 1 and words[-2].lower() in ARTICLES and words[-1].islower()
    noun = re.match(r"\s+[a-z]", after) is not None
    return counted and re.match(r"\s+[A-Za-z]", after) is not None or noun and (owned or described)


def acronyms_in_full(text: str, actors: Sequence[Actor]) -> str:
    """The text with the first acronym of each actor written as the name the story gave it in
    full: "the CMA" alone says nothing to a class ("the Competition and Markets Authority
    (CMA)" stays as it is), save in a word ("IRA-allied", "US$102"); a word before it that
    opens the name is said once ("The Kestrel CLC": "The Kestrel Lakeland Cup"); a body's "the"
    added, but not where the acronym only says what kind of thing ("two LMA awards"); a
    country's "the" dropped where its name takes none ("the ROK": "South Korea"); a name with an
    "of" left short before the noun it describes ("OKEC ministers")."""
    for actor in actors:
        acronyms = [a for a in actor.aliases if ACRONYM.fullmatch(a) and _short_for(a, actor.name)]
        found = next((m for a in acronyms if (m := re.search(rf"(?<![\w(-]){a}(?![\w)$-])", text))), None)
        if found is None or actor.name in text or len(actor.name.split()) < 2:
            continue
        before, after = text[: found.start()], text[found.end():]
        if " of " in actor.name and _before_its_noun(after):
            continue  # "OKEC ministers", not "the Organization of Kestrel Exporting Countries ministers"
        first = actor.name.split()[0]
        if before.endswith(f"{first} "):  # "the Kestrel CLC": "Kestrel" is the name's own first word
            before = before[: -len(first) - 1]
        before, name = _the_as_the_name_takes_it(_a_or_an(before, actor.name), actor.name, after)
        text = before + name + _owned_after(name, after)
    return text


def _a_or_an(before: str, name: str) -> str:
    """ "an LMA unit" -> "a Lakeport Militia Alliance unit": the article as the name sounds (a
    "U" said as "you": "a United Nations team")."""
    vowel = name[:1] in "AEIO"
    return re.sub(r"\b([Aa])n? $", lambda found: found[1] + ("n " if vowel else " "), before)


def _before_its_noun(after: str) -> bool:
    """The acronym says whose the people of the next word are ("OKEC ministers")."""
    word = re.match(r"\s+([a-z]+)\b", after)
    return word is not None and (word[1] in person_nouns() or word[1].endswith("s") and word[1][:-1] in person_nouns())


def _the_as_the_name_takes_it(before: str, name: str, after: str) -> tuple[str, str]:
    """The words before and the name, a "the" added or dropped as the name takes it."""
    if takes_the(name) and not re.search(r"\b[Tt]he $", before) and not _attributive(before, after):
        return before, ("the " if before else "The ") + name
    next_word = re.match(r"\s*([a-z]*)", after)[1]
    alone = not next_word or next_word in nlp.load().Defaults.stop_words  # not before a noun: "the ROK government"
    if country_of(name) and with_its_the(name) == name and alone:
        # "with the ROK on trade": "with South Korea on trade"
        return re.sub(r"\b[Tt]he $", "", before), name
    return before, name


def _owned_after(name: str, after: str) -> str:
    """What follows a name written in full: a name in -s owns with an apostrophe alone ("the
    Organization of Kestrel Exporting Countries' president")."""
    return after[0] + after[2:] if name.endswith("s") and re.match(r"['’]s\b", after) else after
