"""A person's role: the title before the name, or the noun the name stands beside."""
from __future__ import annotations

import re

from quizapp.content.actors.spans import Span
from quizapp.content.clauses.text import in_a_quotation
from quizapp.content.clean import NAME_TITLES
from quizapp.content.gazetteer import HONORIFICS, is_given_name, is_nationality, person_nouns, ranks
from quizapp.content.lexicon import (
    AGENT_ENDINGS, BELONGING, INSTITUTION_HEADS, OWNING_WORDS, KIN, OPENING_QUOTES, PLURAL_NOUN_TAGS, POSSESSIVE_PRONOUNS, RELATIVE_WORDS, ROLE_OPENERS, TITLE_TIMES,
)


OWNER_PRONOUN = re.compile(rf"\b(?:{'|'.join(POSSESSIVE_PRONOUNS)})\b", re.I)


def role_of(doc, text: str, span: Span, titles) -> str | None:
    """A title before the name or an apposition after it: "spokesperson", "the head of X";
    not where someone is from ("British-Irish citizen Annetta Flanigan"), nor what a speaker
    calls someone ("'Convicted felon Tom Ash' has a nice ring to it"), nor what points back
    ("Kenyan compatriot", "leader of its ruling party")."""
    if in_a_quotation(doc.text, doc[span.start].idx):
        return None
    role = _after_a_listed_name(_title(doc, text, span, titles) or _apposition(doc, text, span))
    if (role is None or role.split()[-1].lower() in BELONGING or _ends_on_a_rank(role) or _a_people(role)
            or role.split()[0].lower() in RELATIVE_WORDS or _no_role(role)):
        return None  # "whose Lakeport fame": a relative clause's start, no role
    return None if OWNER_PRONOUN.search(role) else role  # "leader of its ruling party": whose?


def _no_role(role: str) -> bool:
    """A fragment ("president and vice-", "author of Intolerable —"), a body's name alone, or a
    title of a work: in quotes ("“Love, Lies”"), or three capitalised words or more, none of
    them a post, kin, an agent or a people ("The Long Way Home"; "Democratic Congressman" may
    be a post)."""
    if role.rstrip()[-1:] in "-–—" or role[:1] in OPENING_QUOTES:
        return True
    if all(w[:1].isupper() for w in role.split()) and role.split()[-1].lower() in INSTITUTION_HEADS:
        return True  # "Lakeland Commission Tom Ash": the body's name, its post left out
    words = re.split(r"[\s-]+", role)
    return len(words) > 2 and all(w[:1].isupper() for w in words) and not any(
        w.lower() in person_nouns() | KIN or w.lower().endswith(AGENT_ENDINGS) or is_nationality(w) for w in words)


def _after_a_listed_name(role: str | None) -> str | None:
    """ "novelists Yves Tolon and Ana Costa and journalist Tom Ash": when the model missed a name
    in the list, Tom Ash's title is "journalist", not "Ana Costa and journalist"."""
    listed, joined, last = (role or "").rpartition(" and ")
    *before, given, surname = ["", "", *listed.split()]
    # not "a biographer of Tom Ash and professor of history": a name after "of" is another's
    missed = is_given_name(given) and surname[:1].isupper() and last[:1].islower() and before[-1] not in OWNING_WORDS
    return last if joined and missed else role


def _a_people(role: str) -> bool:
    """ "Briton", "Kenyan", "Son": where someone is from or whose kin, not what they do."""
    return role.lower() in KIN or is_nationality(role)


def _ends_on_a_rank(role: str) -> bool:
    """ "Lt. Gen.", "Sen.", "officer Col.": a role that ends on a rank written short says nothing a
    class could match; nor does a post run into the rank after it ("spokesman Major")."""
    *before, last = role.split()
    # a post in lower case: "Attorney General" is one post
    run_in = bool(before) and before[-1] in person_nouns() and last.istitle() and last.lower() in ranks()
    return last.endswith(".") and last[:-1].lower() in NAME_TITLES or run_in


def _title(doc, text: str, span: Span, titles) -> str | None:
    for sentence, start, end in titles:
        if sentence == span.sentence and end == span.start:
            while end - 1 > start and doc[end - 1].lower_.rstrip(".") in HONORIFICS:
                end -= 1  # "High Court judge Dame Helen Winkelmann": the judge, not "judge Dame"
            # "Former officers Tom Ash and Ana Costa": no one's own ("Secretary of Veterans Affairs" is)
            if doc[end - 1].tag_ in PLURAL_NOUN_TAGS and not any(t.lower_ in ("of", "for") for t in doc[start:end]):
                return None
            role = text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
            # "Former champion Tom Ash won": the capital is the sentence's, not the role's (not
            # "Olympic champion", "Labour leader")
            opening = doc[start].is_sent_start and doc[start].lower_ in TITLE_TIMES | ROLE_OPENERS
            return role[:1].lower() + role[1:] if opening else role
    return None


def _apposition(doc, text: str, span: Span) -> str | None:
    root = doc[span.start : span.end].root
    return _noun_beside(root, span) or _apposition_after(root, text)


def _noun_beside(root, span: Span) -> str | None:
    """ "His lawyer, Mark Evans": the noun the name stands beside (not "two stage wins: Mads
    Kristensen in Lille and ...", which no one person is, nor "whose great-grandfather, Nils
    Halvorsen", which says whose, not what he does)."""
    kin = root.head.lower_.split("-")[-1] in KIN or "grand" in root.head.lower_
    if root.dep_ != "appos" or root.head.tag_ != "NN" or root.head.i >= span.start or kin:
        return None
    words = [t for t in root.head.lefts if t.dep_ in ("amod", "compound")] + [root.head]
    modifiers = [t for c in root.head.lefts if c.dep_ not in ("det", "poss") for t in c.subtree]
    if any(t not in words for t in modifiers):
        return None  # "a Constitutional Monarchy executive director": not "Monarchy executive director"
    return " ".join(t.text for t in words)


def _apposition_after(root, text: str) -> str | None:
    """ "Mark Evans, the club's lawyer (since 2019), who ...": the post, not a clause on it."""
    for child in root.rights:
        if child.dep_ == "appos" and child.tag_ != "NNS" and (
            child.pos_ == "NOUN" or any(t.dep_ == "det" for t in child.lefts)
        ):
            role = text[child.left_edge.idx : child.right_edge.idx + len(child.right_edge)]
            role = re.sub(r"\s*\([^)]*\)", "", role)
            role = re.split(r",?\s+(?:who|whom|whose|which|that)\s", role)[0]
            return re.sub(r"^(the|a|an)\s+", "", role, flags=re.I).strip(" ,;") or None
    return None
