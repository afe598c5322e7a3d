"""A verb's clause split for questions and summaries: subject, auxiliary, verb and the rest.

clause_of() turns the parse around one verb into a Clause (types.py) and the tokens it kept;
the modules of this package each take one part: verbs (tense, plans), subjects (who or what,
through the parser's slips), parts (objects and settings, without asides or the date) and
text (tokens back to the article's own characters).
"""
from __future__ import annotations

from dataclasses import dataclass

from quizapp.content.clauses.parts import (
    DATE_ENTITIES, dated_owners, left_modifiers, relative_object, right_part, subjects_own, without_asides,
)
from quizapp.content.clauses.subjects import (
    antecedent, as_said, clause_head, finite_subject, gerund_doer, main_subject_for, noun_before, noun_phrase, past_a_place,
    pair_comma, participle_subject, plural,
)
from quizapp.content.clauses.text import text_of
from quizapp.content.gazetteer import HONORIFICS, person_nouns
from quizapp.content.clauses.verbs import passive_gerund, past_tense, pinned_to_a_day, tense
from quizapp.content.lexicon import (
    AUXILIARY_DEPS, DETACHED_DEPS, FEMALE_NOUNS, KEPT_ADVERBS, KIN, MALE_NOUNS, PARTICIPLE_ENDINGS,
    PEOPLE_NOUNS, POSSESSIVE_PRONOUNS, PRONOUN_REFERENTS, RECENCY_ADVERBS, REPORTING_LEMMAS, SUBJECT_DEPS,
    UNDERGONE_LEMMAS,
)
from quizapp.content.types import Clause


@dataclass(frozen=True)
class Core:
    """A clause's skeleton before it becomes text."""

    head: object  # the verb whose subject and auxiliaries the clause shares
    subject: object | None  # token
    auxes: list
    aux: str
    verb_text: str
    rest: list  # tokens after the verb, fronted phrases last
    tense: str
    passive: bool
    retold: bool = False  # a perfect of a day told in the simple past ("has died today": "died")


def clause_of(verb, skip: set[int], original: str, index, position: int, recent=(),
              gapped=None) -> tuple[Clause, list[int]]:
    """Split the clause of `verb` into subject, auxiliary, verb and the rest, `skip` left out;
    with `gapped`, the rest is that conjunct ("..., and a second one in 2023").

    Returns the Clause and the tokens it kept, whose actors are the event's.
    """
    core = _participle_core(verb, skip) if _reduced(verb) else _finite_core(verb, skip, gapped)
    subject_tokens, subject_text, subject_actor = _subject(core, verb, skip, original, index,
                                                           position, recent)
    adverbs = _kept_adverbs(verb, skip)
    verb_words = sorted(core.auxes[1:] + adverbs, key=lambda t: t.i)
    relative = [t for t in relative_object(verb) if t.i not in skip] if gapped is None else []
    clause = Clause(
        subject=subject_text,
        aux=core.aux,
        verb=" ".join([t.text for t in verb_words] + [core.verb_text]),
        lemma=" ".join([t.text for t in adverbs] + [verb.lemma_]),
        rest=_rest_text(relative, core.rest, skip, original,
                        _objects_named(verb, core.rest, index, position) | _backshifted(verb, core.rest)
                        | _gerunds_joined(verb, core)),
        tense=core.tense,
        passive=core.passive,
        negated=any(c.dep_ == "neg" for c in verb.children),
        subject_actor=subject_actor,
        main=_main(verb),
        joined=_joined(verb),
        retold=core.retold,
        opens_on_a_name=bool(subject_tokens) and _a_name_word(min(subject_tokens, key=lambda t: t.i)),
    )
    return clause, [t.i for t in subject_tokens + relative + core.rest]


def _a_name_word(token) -> bool:
    """A word of a place's or a people's name ("Lakeport", "Kenyan"), or a people's or a
    language's adjective ("French troops", "Arabic translations"); the model also calls
    "Malaria" opening a sentence an organization's name."""
    return (token.pos_ == "PROPN" and token.ent_type_ in ("GPE", "LOC", "FAC", "NORP", "EVENT")
            or token.tag_ == "JJ" and token.ent_type_ in ("NORP", "LANGUAGE"))


def _gerunds_joined(verb, core: Core) -> dict[int, str]:
    """ "by failing to attend and cancelling a visit": gerunds joined to one told in the past
    are told in the past with it ("failed to attend and cancelled a visit"), as is one the
    parser joined to the infinitive after it."""
    if verb.tag_ != "VBG" or core.verb_text == verb.text:
        return {}
    heads = {verb.i} | {c.i for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB"}
    return {t.i: past_tense(t) for t in core.rest if t.dep_ == "conj" and t.tag_ == "VBG" and t.head.i in heads}


BACKSHIFT = {"will": "would", "wo": "would", "can": "could", "shall": "should"}  # "wo" of "won't"


def _backshifted(verb, rest: list) -> dict[int, str]:
    """ "said that he will not seek a third term" -> "would not seek": told in the past, what
    was to come then is said so; not inside the speaker's own quoted words."""
    if verb.tag_ != "VBD" or verb.lemma_ not in REPORTING_LEMMAS:
        return {}
    return {t.i: BACKSHIFT[t.lower_] for t in rest
            if t.tag_ == "MD" and t.lower_ in BACKSHIFT and t.head.dep_ == "ccomp" and t.head.head.i == verb.i
            and not any(w.is_quote for w in verb.doc[min(verb.i, t.i):max(verb.i, t.i)])}


def _reduced(verb) -> bool:
    """A participle after its noun: "the offensive launched by the coalition"; also one the
    tagger read as a past tense with no subject ("the 30 servicemen killed Aug. 6 aboard ...")."""
    participle = verb.tag_ in ("VBN", "VBG") or verb.tag_ == "VBD" and not any(
        c.dep_ in SUBJECT_DEPS or c.dep_ in AUXILIARY_DEPS for c in verb.children)
    return verb.dep_ == "acl" and participle and verb.head.dep_ != "ROOT"


def _kept_adverbs(verb, skip) -> list:
    """ "had already left", not a sentence's opening "Finally, ..."; nor an "only", "just" or
    "once" that says how recent or far back the date the line leaves out is ("who only joined
    Lakeport last year", "once served as minister in the 1980s")."""
    dated = _dated(verb)
    return [c for c in verb.lefts if c.dep_ in ("advmod", "npadvmod") and c.lower_ in KEPT_ADVERBS
            and c.i not in skip and c.i > 0 and c.nbor().text != ","
            and not (dated and c.lower_ in RECENCY_ADVERBS)]


def _dated(verb) -> bool:
    """A date in what the line keeps after the verb: "joined last year", "served under Tom Ash
    in the 1980s"."""
    return any(t.ent_type_ in DATE_ENTITIES for c in verb.rights if c.dep_ not in DETACHED_DEPS for t in c.subtree)


def _joined(verb) -> bool:
    """ "has been undergoing treatment, and yesterday developed a fever": a verb joined to
    another by "and", "but" (the parser's conjunct without one may be a slip)."""
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and verb.head.i < c.i < verb.i
                                       for c in verb.head.children)


def _main(verb) -> bool:
    """The sentence's main verb, a verb joined to it, or what it reports ("X happened, Y said")."""
    head = clause_head(verb)
    return head.dep_ == "ROOT" or (
        head.dep_ == "ccomp" and head.head.dep_ == "ROOT" and head.head.lemma_ in REPORTING_LEMMAS)


def _participle_core(verb, skip: set[int]) -> Core:
    """ "the offensive launched by the coalition on November 5" -> a passive clause;
    "temperatures peaking at 38.1C on 19 July" -> temperatures peaked."""
    subject = participle_subject(verb)
    if verb.tag_ == "VBG":
        return Core(verb, subject, [], "", past_tense(verb), right_part(verb, skip), "past", False)
    aux, passive = _participle_aux(verb, subject)
    return Core(verb, subject, [], aux, verb.text, right_part(verb, skip), "past", passive)


def _participle_aux(verb, subject) -> tuple[str, bool]:
    """(auxiliary, passive) of a participle told after its noun: "the offensive launched by the
    coalition" was launched; "Tom Ash, recovered from a finger injury," had recovered (no one
    recovered him), but "Tom Ash, returned to power by the voters," was returned."""
    undergone = verb.lemma_ in UNDERGONE_LEMMAS and not any(c.dep_ == "agent" for c in verb.children)
    return ("had", False) if undergone else (_be_for(subject), True)


def _finite_core(verb, skip: set[int], gapped) -> Core:
    head = clause_head(verb)
    subject = finite_subject(verb, head)
    auxes = _shared_auxiliaries(verb, head)
    aux, verb_text = (auxes[0].text if auxes else ""), verb.text
    doer = gerund_doer(verb) if subject is None else None
    if doer is not None:
        # "signed after passing a medical on Thursday": the signer passed it, then
        subject, auxes = doer, []
        aux, verb_text = _simple_past(verb, doer, passive=passive_gerund(verb))
    rest = _rest(verb, skip, gapped)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    retold, past = _past_of_a_perfect(verb, subject if doer is None else None, auxes)
    if past is not None:
        (aux, verb_text), auxes = past, []
    clause_tense = "past" if doer is not None else tense(verb, auxes)
    if doer is None and subject is not None and not auxes and past is None:  # not "had withdrawn", told as "withdrew"
        aux, verb_text, clause_tense, passive = _mended_verb(verb, subject, aux, verb_text, clause_tense, passive)
    return Core(head, subject, auxes, aux, verb_text, rest, clause_tense, passive, retold)


def _mended_verb(verb, subject, aux: str, verb_text: str, clause_tense: str, passive: bool):
    """(aux, verb, tense, passive) of a main verb the parser left without its auxiliary: "with
    counting beginning in 39 centres": counting began; "Ana Costa, born Ana Maria Ferri in
    1927, ...": she was born."""
    if verb.tag_ == "VBG":
        return aux, past_tense(verb), "past", passive
    if verb.tag_ in ("VBN", "VBD") and (verb.lower_.endswith(PARTICIPLE_ENDINGS)  # "Tom Ash sworn in as president"
                                        or _set_off_from_its_subject(verb, subject)):
        aux, passive = _participle_aux(verb, subject)
        return aux, verb_text, "past", passive
    return aux, verb_text, clause_tense, passive


def _set_off_from_its_subject(verb, subject) -> bool:
    """ "said a communique, read Wednesday night at a rally": a participle after a comma,
    which the parser took for its noun's verb; with no object of its own it tells what was done
    to the noun; with one, when the parser joined the sentence's own verb to it (see below)."""
    if not (verb.i >= 2 and verb.doc[verb.i - 1].text == "," and subject.right_edge.i >= verb.i - 2):
        return False
    # not the close of an aside: "Tom Ash, 54, pleaded", "His finance director, Tom Ash, pleaded"
    start = subject.left_edge.i
    if any(t.text == "," for t in subject.subtree if t.i < verb.i - 1):
        return False
    if start > 0 and subject.doc[start - 1].text == ",":
        # a comma after an opening word of the verb's own closes no aside ("However, Tom Ash, appointed ...")
        return start >= 2 and subject.doc[start - 2].head.i == verb.i and _joined_without_and(verb)
    return not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children) or _joined_without_and(verb)


def _joined_without_and(verb) -> bool:
    """ "Ana Costa, named acting governor Thursday, was the likely winner": the sentence's
    own verb after the aside's closing comma, which the parser joined to the participle with
    no "and" or "but"."""
    return not any(c.dep_ == "cc" for c in verb.children) and any(
        c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and verb.doc[c.i - 1].text == "," for c in verb.children)


def _rest(verb, skip: set[int], gapped) -> list:
    """The tokens after the verb, fronted phrases last; with `gapped`, that conjunct's."""
    if gapped is not None:
        return without_asides(list(gapped.subtree), skip)
    rest = right_part(verb, skip)
    return rest + _fronted_at_the_end(left_modifiers(verb, skip), rest)


SHORT_REST = 5  # tokens after the verb that a fronted phrase may follow without seeming to describe them


def _fronted_at_the_end(fronted: list, rest: list) -> list:
    """Fronted phrases go to the end of a short rest ("In Lima, Norway opened its embassy":
    "opened its embassy in Lima"); after a longer one they would seem to describe its last
    words ("... and U.N. soldiers in the United Nations", "to remove U.S. forces in a letter
    to the U.N. Secretary-General"), so they are left out."""
    clausal = any(t.dep_ in ("xcomp", "ccomp", "advcl", "relcl", "acl") for t in rest)
    return fronted if len(rest) <= SHORT_REST and not clausal else []


def _simple_past(verb, subject, passive: bool) -> tuple[str, str]:
    """The auxiliary and verb of a clause in the simple past: "was arrested", "put"."""
    return (_be_for(subject), verb.text) if passive else ("", past_tense(verb))


def _past_of_a_perfect(verb, subject, auxes) -> tuple[bool, tuple[str, str] | None]:
    """Under its own date a past perfect is plain past: "had put" -> "put", "had been
    arrested" -> "was arrested", "had been talking" -> "talked" (the line has no later moment
    to be before); so is a present perfect of a day (then `retold`). Returns (retold, the
    auxiliary and verb, or None)."""
    if subject is None:
        return False, None
    retold = _perfect_of_a_day(verb, auxes)
    if retold or _plain_past_perfect(verb, auxes):
        return retold, _simple_past(verb, subject, passive=len(auxes) > 1 and verb.tag_ == "VBN")
    return False, None


def _plain_past_perfect(verb, auxes) -> bool:
    """ "had put", "had been arrested", "had been working": "had", perhaps "been", the verb;
    not negated ("had not put" is no "put") nor a state since a time ("had run it since 2015")."""
    words = [a.lower_ for a in auxes]
    return (words in (["had"], ["had", "been"]) and verb.tag_ in ("VBN", "VBG")
            and not any(c.dep_ == "neg" or c.lower_ == "since" for c in verb.children))


def _perfect_of_a_day(verb, auxes) -> bool:
    """ "has died today", "have been arrested on Monday": a present perfect pinned to a day
    (news says it of the story's day) is the simple past under that day."""
    words = [a.lower_ for a in auxes]
    return words in (["has"], ["have"], ["has", "been"], ["have", "been"]) and pinned_to_a_day(verb)


def _shared_auxiliaries(verb, head) -> list:
    """ "had led ... and became": a conjunct in the past tense has no auxiliary of its own,
    unless it reads as a passive beside a passive ("was submitted ... and made public", "and
    declared dead", "and taken by force")."""
    own = [c for c in verb.children if c.dep_ in AUXILIARY_DEPS and c.i < verb.i]
    if own:
        return own  # "was still working and had opened": its own "had"
    shared = verb.tag_ != "VBD" or _passive_beside_a_passive(verb, head)
    return [c for c in head.children if c.dep_ in AUXILIARY_DEPS and c.i < head.i and shared]


def _passive_beside_a_passive(verb, head) -> bool:
    """ "was submitted ... and made public": the parser's past tense reads as a participle (not
    "was released ... and named Ana Costa chief", which has its own object)."""
    children = list(verb.children)
    objects = any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON") for c in children)
    return any(c.dep_ == "auxpass" for c in head.children) and not objects and any(
        c.dep_ in ("oprd", "agent") or c.dep_ == "dobj" and c.tag_ == "JJ" for c in children)


def _be_for(subject) -> str:
    return "were" if plural(subject) else "was"


def _subject(core: Core, verb, skip, original, index, position, recent):
    """The subject's tokens, its text (pronouns named) and its actor."""
    subject = core.subject
    if subject is None:
        return [], "", None
    tokens = _subject_tokens(subject, core.head, skip)
    actor = index.actor_at(position, subject.i)
    names = _whose(tokens, core.head, original)
    noun = _noun_it_stands_for(subject, verb)
    if noun is not None and not _a_person_it_cannot_mean(subject, noun, index.actor_at(position, noun.i), index):
        # "joined the league when it launched": the league launched
        actor = index.actor_at(position, noun.i)
        names[subject.i] = _the_name_alone(text_of(noun_phrase(noun), original), actor, index)
    elif subject.lower_ in PRONOUN_REFERENTS and not _expletive(subject) and not _dislocated(subject):
        # "she and Sir Martin": only the pronoun
        actor = _antecedent_of(subject, verb, index, position, recent)
        if actor:
            names[subject.i] = as_said(index.by_id(actor))
    names |= _owner(subject, verb, index, recent, original)
    who = index.by_id(actor) if actor else None
    if _given_name_only(subject, who):
        # "Sir Patrick passed away": Patrick Moore, named in full as elsewhere
        tokens = [t for t in tokens if t.head.i != subject.i or t.dep_ != "compound"]
        names[subject.i] = who.name
    text = _listed(text_of(tokens, original, names | dated_owners(tokens, skip)))
    return tokens, _closed_aside(text, tokens, subject), actor


def _noun_it_stands_for(subject, verb):
    """ "joined the league when it launched": the noun before an "it" or "they" of a clause
    inside the sentence (not "it came to light that")."""
    if subject.lower_ not in ("it", "they") or verb.dep_ == "ROOT" or _expletive(subject):
        return None
    return noun_before(subject)


def _the_name_alone(phrase: str, actor: str | None, index) -> str:
    """ "Car company Amtek said it would": Amtek, not the phrase's "company Amtek" (but "the
    FBI" and "Dr Ash and her colleagues" as they are)."""
    said = as_said(index.by_id(actor)) if actor else ""
    return said if said and phrase.endswith(f" {said}") and not phrase.startswith(("the ", "The ")) else phrase


def _antecedent_of(pronoun, verb, index, position: int, recent) -> str | None:
    """Whom the pronoun stands for; no one when "they both" are two people, not one actor
    ("They both attended the premiere" after a broadcaster was named), nor when the clause
    names the antecedent again after the verb, by its name or a shorter one ("They were
    acquitted by Judge Ash" of "Judge Tom Ash"; not "He was succeeded by his son Sam Ash")."""
    if _someone_unnamed_between(pronoun, index, position):
        return None
    actor = antecedent(pronoun.lower_, index, _with_its_own_sentence(pronoun, index, position, recent))
    if actor is None or any(t.lower_ == "both" for t in (*pronoun.children, *verb.children)):
        return None
    if _tells_his_own_death(verb, actor, index, position):
        return None
    words = set(index.by_id(actor).name.split())
    after = {index.actor_at(position, t.i) for t in verb.subtree if t.i > verb.i} - {None}
    return None if any(a == actor or set(index.by_id(a).name.split()) <= words for a in after) else actor


OTHER_GENDER_NOUNS = {"he": FEMALE_NOUNS, "she": MALE_NOUNS}


def _someone_unnamed_between(pronoun, index, position: int) -> bool:
    """ "Ana Costa said her husband devised the plan after he was fired": one person the story
    does not name, between the last name and a "he" or "she" of a clause inside the sentence,
    is whom the pronoun stands for."""
    if pronoun.lower_ not in OTHER_GENDER_NOUNS or pronoun.head.dep_ not in ("advcl", "ccomp"):
        return False
    named = next((t for t in reversed(pronoun.doc[:pronoun.i]) if index.actor_at(position, t.i)), None)
    if named is None:
        return any(_one_unnamed(t, pronoun) for t in pronoun.doc[:pronoun.i])
    # not the name's own aside: "Ana Costa, who will become chief executive, said she ..."
    own = {t.i for t in (named.head if named.dep_ == "compound" else named).subtree}
    return any(t.i not in own and _one_unnamed(t, pronoun) for t in pronoun.doc[named.i + 1:pronoun.i])


def _one_unnamed(noun, pronoun) -> bool:
    """One person the pronoun may stand for, not named: "her husband"; not "police" (many),
    "her sister" for "he", nor the one told ("Tom Ash told his lawyer that he had resigned")."""
    told = noun.dep_ in ("dobj", "dative") and noun.head.lemma_ in REPORTING_LEMMAS
    return (noun.tag_ == "NN" and not told and noun.lower_ in KIN | MALE_NOUNS | FEMALE_NOUNS | PEOPLE_NOUNS | person_nouns()
            and noun.lower_ not in OTHER_GENDER_NOUNS[pronoun.lower_])


def _tells_his_own_death(verb, actor: str, index, position: int) -> bool:
    """ "His son, Tom Ash, confirmed he died": no one tells his own death."""
    tellers = [t for c in verb.head.children if c.dep_ == "nsubj" for t in c.subtree]
    return verb.lemma_ == "die" and verb.dep_ == "ccomp" and any(index.actor_at(position, t.i) == actor for t in tellers)


def _closed_aside(text: str, tokens: list, subject) -> str:
    """ "Carlsen, from Norway," keeps the comma that closes its aside before the verb (not the
    list's "Ana Costa, Tom Ash and Sam Ash", nor a place's "Taranaki, New Zealand", nor a
    subject whose aside after its noun was cut, its comma before the noun one between two
    adjectives: "The tall, fair-haired Ash, [who ...],")."""
    aside = text[text.rfind(", ") + 1:].strip()
    open_aside = (text.count(", ") % 2 == 1 and " and " not in aside and aside[:1].islower()  # not "500,000"
                  and any(t.i > subject.i and t.text != "," for t in tokens))
    return text + "," if open_aside and max(tokens, key=lambda t: t.i).text == "," else text


def _listed(subject: str) -> str:
    """ "Ana Costa and Tom Ash and engineer Sam Ash" (the words that joined them dropped) as
    a list is written: "Ana Costa, Tom Ash and engineer Sam Ash"."""
    parts = subject.split(" and ")
    if len(parts) < 3 or "," in subject:
        return subject
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def _with_its_own_sentence(pronoun, index, position: int, recent):
    """ "Ana Costa married the singer Marco Ferri, and was pregnant when he was killed": "he" or "she"
    in a clause inside the sentence stands first for the actors named before it, the newest
    first (not in a clause joined by "and": "his role as Sonny Corleone ... and he reprised");
    after the same pronoun as a subject, it goes on with that one ("He has spoken with Marco
    since he arrived": the first "he" arrived)."""
    if pronoun.lower_ not in ("he", "she") or pronoun.head.dep_ not in ("advcl", "ccomp"):
        return recent
    if any(t.lower_ == pronoun.lower_ and t.dep_ in SUBJECT_DEPS for t in pronoun.doc[:pronoun.i]):
        return recent
    here = [index.actor_at(position, t.i) for t in reversed(pronoun.doc[:pronoun.i])]
    return [list(dict.fromkeys(a for a in here if a)), *recent]


def _a_person_it_cannot_mean(pronoun, noun, actor_id: str | None, index) -> bool:
    """ "Akagi booked costs for another group even after it relocated": "it" is no person (the
    model may not know Akagi for one; the story's actors do); nor is "they" one person alone
    ("Rivers", which the tagger read as a plural; "Dr Costa and her colleagues" are many)."""
    alone = pronoun.lower_ == "it" or pronoun.lower_ == "they" and not any(c.dep_ == "conj" for c in noun.children)
    return alone and actor_id is not None and index.by_id(actor_id).kind == "person"


def _given_name_only(subject, actor) -> bool:
    """A person called by a title and the given name alone ("Sir Patrick", "Dame Judi") where
    the story names them in full."""
    if actor is None or actor.kind != "person" or subject.pos_ != "PROPN" or " " not in actor.name:
        return False
    compounds = [c.lower_.rstrip(".") for c in subject.children if c.dep_ == "compound"]
    return actor.name.split()[0] == subject.text and bool(compounds) and all(c in HONORIFICS for c in compounds)


def _subject_tokens(subject, head, skip) -> list:
    """The subject's words with its own phrases, without asides or the verb's; a relative
    clause's noun without what follows the clause ("Tom Ash, who was killed in 2004, and Ana
    Costa": Tom Ash alone was)."""
    inside = subject.is_ancestor(head)
    own = [t for c in head.lefts if subjects_own(c) for t in c.subtree]
    return without_asides(past_a_place([t for t in [*subject.subtree, *own] if not (inside and t.i >= head.left_edge.i)
                                        and not pair_comma(t)]), skip)


def _dislocated(subject) -> bool:
    """ "The second oldest literary prize in Britain, it was established in 1942": the pronoun
    stands for the phrase before its comma, not for anyone named earlier."""
    return subject.i > 0 and subject.nbor(-1).text == "," and any(
        c.dep_ in ("dep", "npadvmod") and c.pos_ in ("NOUN", "PROPN") and c.i < subject.i
        and c.ent_type_ not in ("DATE", "TIME") for c in subject.head.children)  # not "Then yesterday, he"


def _expletive(subject) -> bool:
    """ "it was announced that Hubble would be cut", "it emerged that ...", "it came to light
    that ...": an "it" that stands for the clause after it, no one named before."""
    verb = subject.head
    came_to_light = verb.lemma_ == "come" and any(
        c.lower_ == "to" and any(g.lower_ == "light" for g in c.children) for c in verb.children)
    return subject.lower_ == "it" and (came_to_light or any(c.dep_ == "ccomp" for c in verb.children) and (
        subject.dep_ == "nsubjpass" or verb.lemma_ in ("seem", "appear", "emerge")))


def _whose(tokens, head, original) -> dict[int, str]:
    """ "the company whose founder was convicted": the company's founder."""
    whose = next((t for t in tokens if t.tag_ == "WP$"), None)
    if whose is None or head.dep_ != "relcl":
        return {}
    owner = [t for t in head.head.subtree if t.i <= head.head.i]
    return {whose.i: _owners(text_of(owner, original))}


def _owner(subject, verb, index, recent, original) -> dict[int, str]:
    """ "His tenure ..." -> "Hollis’s tenure ..."; "drivers returned after their unions
    accepted": the drivers’ unions."""
    owner = next((c for c in subject.children
                  if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
    if owner is None:
        return {}
    noun = noun_before(owner) if owner.lower_ == "their" and verb.dep_ != "ROOT" else None
    if noun is not None:
        words = text_of([t for t in noun.subtree if t.i <= noun.i], original)
        return {owner.i: _owners(words)}
    actor = antecedent(POSSESSIVE_PRONOUNS[owner.lower_], index, recent)
    if actor is None:
        return {}
    who = index.by_id(actor)
    if subject.lemma_ == "family" and who.kind not in ("person", "group"):
        return {}  # "Their family built the theatre": no theatre's family
    return {owner.i: as_said(who) + "’s" if who.kind == "person" else _owners(as_said(who))}


def _owners(words: str) -> str:
    """ "the drivers’", "the Russians’" (not "Russians’s"); a person is "Anna Hollis’s"."""
    return words + ("’" if words.endswith("s") else "’s")


def _objects_named(verb, rest: list, index, position: int) -> dict[int, str]:
    """ "relieved him of his duties" -> "relieved Marco Ferri of his duties"; not in the clause
    of the sentence's own subject ("Ash was jailed after protests forced him out" names him)."""
    if verb.dep_ == "ROOT":
        return {}
    found = {t.i: main_subject_for(t, index, position) for t in rest}
    return {i: index.by_id(actor).name for i, actor in found.items() if actor}


def _rest_text(relative: list, rest: list, skip: set[int], original: str,
               names: dict[int, str]) -> str:
    """The object a relative clause leaves out, then the rest; a fronted phrase moved to the end
    loses its capital ("... in Lakeside")."""
    return " ".join(filter(None, [
        text_of(relative, original, {t.i: t.lower_ for t in relative[:1] if t.dep_ == "det"}),
        text_of(rest, original, {t.i: t.lower_ for t in rest if t.i == 0 and t.pos_ != "PROPN"}
                | dated_owners(rest, skip) | names),
    ]))
