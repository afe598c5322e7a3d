"""Match questions: actors to the roles the article gives them, one-to-one."""
from __future__ import annotations

import re

from quizapp.content.questions.article import Article, Draft, shuffled
from quizapp.content.questions.distractors import fold
from quizapp.content.questions.wording import (
    balanced, explain, mentions, qualified_role, quoted_source, stated_role,
)
from quizapp.content.types import Actor, Question

MIN_PAIRS, MAX_PAIRS = 3, 4
ROLE_KINDS = ("person",)  # an organization's "role" is a description ("Europe's largest carmaker")
MAX_ROLE_WORDS = 15


CONFIDENCE = 0.7


def question(article: Article, leaving_out: frozenset[str] | set[str] = frozenset()) -> Draft | None:
    """Actors whose role is stated in a sentence we can cite, with distinct roles; none of
    `leaving_out`."""
    pairs = [p for p in _cited_pairs(article) if p[0].id not in leaving_out]
    if len(pairs) < MIN_PAIRS:
        return None
    pairs = sorted(article.rng.sample(pairs, min(MAX_PAIRS, len(pairs))), key=lambda p: p[0].name)
    if all(_where_from(actor.role) for actor, _ in pairs):
        return None  # "Irish writer", "British author", "American author": only nationalities to match
    if _one_role_inside_another([actor.role for actor, _ in pairs]):
        return None  # "US author" fits the "Vietnamese-US author" too
    answer = tuple((actor.name, actor.role) for actor, _ in pairs)
    listing = "; ".join(f"{name}: {role}" for name, role in answer)
    sources = " ".join(dict.fromkeys(source for _, source in pairs))
    names = ", ".join(name for name, _ in answer).rstrip(".")  # "Louis Gerstner Jr.": one stop
    return Draft(("match",), Question(
        id="",
        kind="match",
        prompt=f"Match each name to its role in the article: {names}.",
        choices=shuffled([role for _, role in answer], article.rng),
        answer=answer,
        explanation=explain(f"The pairs are {listing}.", sources),
        source=sources,  # every sentence that gives a pair, for the feedback to quote
        actors=tuple(actor.id for actor, _ in pairs),
        difficulty=min(1.0, 0.45 + 0.05 * len(pairs)),
    ), CONFIDENCE, extra_sources=tuple(source for _, source in pairs))


def _one_role_inside_another(roles: list[str]) -> bool:
    words = [set(re.findall(r"[a-z]+", role.lower())) for role in roles]
    return any(a < b for a in words for b in words)


def _cited_pairs(article: Article) -> list[tuple[Actor, str]]:
    """(actor, the sentence giving its role) for each role once, none naming another's actor."""
    cited: dict[str, tuple[Actor, str]] = {}
    for actor in article.actors.values():
        if actor.kind not in ROLE_KINDS:
            continue  # "Lakeside, the county town" is a description, not a role
        source = _source(actor)
        if source and fold(actor.role) not in cited:
            cited[fold(actor.role)] = (actor, source)
    actors = [a for a, _ in cited.values()]
    return [p for p in cited.values() if not _names_other(p[0], actors) and not _begins_another(p[0], actors)]


def _source(actor: Actor) -> str | None:
    """The sentence giving the actor's role, so the pair can be checked in the article."""
    # a role that tells a life story gives its pair away; a bare post ("Prime Minister") is
    # a title to recall, not something the story says of the person
    role = stated_role(actor, MAX_ROLE_WORDS)
    # nor one with the person's name in it ("Frederick A. Moran", "president of Moran Asset
    # Management")
    if role is None or not qualified_role(role) or quoted_source(role) or any(
            mentions(actor.role, n) for n in (*actor.names, actor.name.split()[-1])):
        return None
    # not a sentence that closes a quotation opened before it: the explanation quotes it whole
    return actor.role_source if actor.role_source and balanced(actor.role_source) else None


def _where_from(role: str) -> bool:
    """ "Irish writer": a word of where someone is from and a plain noun."""
    words = role.split()
    return len(words) == 2 and words[0][:1].isupper() and not words[0].isupper() and words[1].islower()


def _begins_another(actor: Actor, others: list[Actor]) -> bool:
    """ "Prince Ali" beside "Prince Ali bin Faisal": either name may be the other's."""
    return any((o.name + " ").startswith(actor.name + " ") or (actor.name + " ").startswith(o.name + " ")
               for o in others if o is not actor)


def _names_other(actor: Actor, others: list[Actor]) -> bool:
    """A role naming another listed actor ("the head of the WHO") may point to it."""
    return any(o is not actor and any(mentions(actor.role, n) for n in o.names) for o in others)
