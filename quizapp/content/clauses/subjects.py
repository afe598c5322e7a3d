"""Who or what a clause is about: its subject token, found through the parser's usual slips."""
from __future__ import annotations

from quizapp.content.gazetteer import closes_a_place, person_nouns, takes_the, with_its_the
from quizapp.content.lexicon import (
    AGENT_ENDINGS, MISHAP_LEMMAS, OBJECT_PRONOUNS, PLURAL_NOUN_TAGS, PRONOUN_REFERENTS, RECIPROCAL_VERBS, RELATIVE_PRONOUN_TAGS,
    SUBJECT_DEPS, TIME_LINKS,
)
from quizapp.content.clauses.parts import DATE_ENTITIES, set_off
from quizapp.content.clauses.verbs import has_subject, passive_gerund, subject_of

PRONOUN_GENDERS = {"he": "male", "she": "female"}
# "after passing a medical", "credited with bringing a plant", "known for founding": the
# gerund's doer is its clause's subject ("without paying" and "instead of paying" say the
# opposite)
GERUND_LINKS = TIME_LINKS | {"with", "for", "of"}


def clause_head(verb):
    """The verb whose subject a conjunct shares: "X opened a consulate and rendered aid"."""
    head = verb
    while not has_subject(head) and head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head


def finite_subject(verb, head):
    """The subject token of a finite clause, or None, mending the parser's slips."""
    subject = subject_of(head)
    if head.i != verb.i and subject is not None and subject.ent_type_ == "PERSON" and any(
        c.dep_ == "dobj" and c.lower_ in OBJECT_PRONOUNS for c in verb.children
    ):
        return None  # "Vermeulen was suspended and [his team] dropped him": not himself
    if subject is not None and subject.tag_ in RELATIVE_PRONOUN_TAGS and head.dep_ == "relcl":
        return _relative_antecedent(subject, head)
    if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT":
        return verb.head  # the parser hung the main verb on its subject: "X, one of them, paid"
    if _lost_to_the_opening(head, subject):
        return _hung_on_the_opening(head)
    return _named_by_apposition(_name_closing_a_list(_after_the_teller(subject)))


def _after_the_teller(subject):
    """ "According to the mayor, Tom Ash, the fire broke out": the parser took the teller's
    name for the subject and the fire for its apposition; the fire broke out."""
    if subject is None or subject.ent_type_ != "PERSON" or subject.left_edge.i < 2:
        return subject
    if subject.doc[subject.left_edge.i - 2 : subject.left_edge.i].text.lower() == "according to":
        return _the_tellers_apposition(subject)
    opened = subject.doc[0].lower_ == "according" and subject.doc[subject.left_edge.i - 1].text == ","
    named_teller = _one_person_telling(subject)
    thing = next((c for c in subject.rights if c.dep_ == "appos" and c.pos_ == "NOUN"
                  and (named_teller or c.lower_ not in person_nouns()) and any(d.lower_ == "the" for d in c.lefts)), None)
    return thing if opened and thing is not None else subject


def _the_tellers_apposition(teller):
    """ "according to spokesman Tom Ash, Ana Costa stressed": the parser made the teller the
    subject and the subject his apposition."""
    return next((c for c in teller.rights if c.dep_ == "appos" and c.pos_ in ("PROPN", "NOUN")), None)


def _one_person_telling(name) -> bool:
    """ "According to his publicist, Ana Costa, the singer died": the name is the publicist's,
    and the one it stands beside may be a person; not "According to police, Tom Ash, the
    driver of the car, was arrested"."""
    teller = next((t for t in name.doc[1:name.left_edge.i] if t.dep_ == "pobj"), None)
    return (teller is not None and teller.tag_ == "NN" and any(c.dep_ in ("det", "poss") for c in teller.children)
            and (teller.lower_ in person_nouns() or teller.lower_.endswith(AGENT_ENDINGS)))


def _lost_to_the_opening(verb, subject) -> bool:
    """The main verb has no subject, or the parser took the opening participle for it."""
    return verb.dep_ == "ROOT" and (subject is None or subject.i == 0 and subject.tag_ in ("VBN", "VBG"))


def _hung_on_the_opening(verb):
    """The name the parser hung on the opening participle's last noun: "Convicted ... for abuse
    at Abu Ghraib, former sergeant Santos Cardona, 32, ..., was sentenced" (Cardona was)."""
    opening = verb.doc[0]
    if (opening.tag_ not in ("VBN", "VBG") or opening.dep_ not in ("advcl", "nsubj", "nsubjpass")
            or opening.head.i != verb.i):
        return None
    return next((t for t in opening.subtree if t.dep_ == "appos" and t.pos_ == "PROPN" and t.i < verb.i
                 and verb.doc[t.left_edge.i - 1].text == ","), None)


def _name_closing_a_list(subject):
    """ "British science fiction author, futurist, and visionary Arthur C. Clarke died": the
    parser made the first post of the list the subject; the person's name that closes it is."""
    if subject is None or subject.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in subject.children):
        return subject
    last = subject.right_edge
    named = last.pos_ == "PROPN" and last.ent_type_ == "PERSON" and last.dep_ in ("conj", "appos")
    # not the second of two people: "US teen star Coco Gauff and Dan Evans captured titles"
    of_two = last.dep_ == "conj" and last.head.pos_ == "PROPN"
    return last if named and not of_two else subject


def _named_by_apposition(subject):
    """ "Her best-known building, the Severn Library in Gloucester, opened": the name the
    apposition gives, not the description that points elsewhere ("Hale's former finance
    director, Stephen Pryce, pleaded guilty": Stephen Pryce did; so did Margaret Beckett in
    "Newly appointed British Foreign Secretary, Margaret Beckett, confirmed")."""
    if subject is None or not _described(subject):
        return subject  # "A group, X, Y and Z, indicated it had a stake": the group did
    appositions = [c for c in subject.children if c.dep_ == "appos"]
    # the parser may make the apposition a second subject of the verb, closed by a comma (not
    # the region of a town the subject ends on: "The roof of the stadium in Vancouver, British
    # Columbia was collapsed")
    appositions += [c for c in subject.head.children
                    if c.dep_ == subject.dep_ and c.left_edge.i == subject.right_edge.i + 2 and _closed(c)]
    return next((c for c in appositions if _a_name_set_off(c)), subject)


def has_indefinite_article(noun) -> bool:
    """ "a Berliner": what someone is, not a name."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def birth_name(apposition) -> bool:
    """ "The singer, real name Tom Ash,": a name the class does not know him by."""
    return any(t.lower_ == "name" for t in apposition.subtree)


def _a_name_set_off(apposition) -> bool:
    """ "the Severn Library", not "a Berliner" (what someone is), a birth name, nor a list the
    parser closed."""
    return (apposition.pos_ == "PROPN" and set_off(apposition)
            and not has_indefinite_article(apposition) and not birth_name(apposition)
            and (not any(w.dep_ == "conj" for w in apposition.children) or _unclosed(apposition)))


def _described(noun) -> bool:
    """A description of one ("the company", a post: "The Police Commissioner"; not a name: "The
    Old Mill, Lakeport,"), or a bare post before a name."""
    return (noun.pos_ == "NOUN" or noun.pos_ == "PROPN" and noun.lower_ in person_nouns()) and _definite(noun) \
        or bare_title(noun)


def bare_title(noun) -> bool:
    """A post with no determiner before a name set off by a comma: "Newly appointed British
    Foreign Secretary, Margaret Beckett," ("Paris, France," names a place, not a post; "fitness
    coach Ana Costa" is a name with its post before it; in "Ash, a Democrat," the post is
    after the name)."""
    return (noun.pos_ in ("NOUN", "PROPN") and not noun.ent_type_
            and not any(c.dep_ in ("det", "poss") for c in noun.children)
            and any(c.dep_ == "appos" and c.pos_ == "PROPN" and noun.doc[c.left_edge.i - 1].text == ","
                    and not _a_kind(c) for c in noun.children))


def _a_kind(noun) -> bool:
    """ "a Democrat", "an American": what someone is, not a name (in "Ash, a Democrat, won",
    Ash is the name)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _closed(apposition) -> bool:
    """A comma ends the apposition (the parser may hang it on the apposition itself)."""
    end = apposition.right_edge.i
    return apposition.doc[end].text == "," or end + 1 < len(apposition.doc) and apposition.doc[end + 1].text == ","


def _unclosed(apposition) -> bool:
    """No comma closes the apposition before its verb: the names joined to it are the
    subject's ("Britain's largest rail freight company, Albion Freight, and Germany's
    Rheinland Cargo agreed to merge"), not a list that describes it ("A group, X, Y and Z,
    indicated")."""
    return not _closed(apposition)


def pair_comma(token) -> bool:
    """The comma that closed such an apposition, now between the two names of a pair: "Albion
    Freight, and Germany's Rheinland Cargo" reads "Albion Freight and ..."."""
    doc = token.doc
    return (token.text == "," and token.head.dep_ == "appos" and token.i + 1 < len(doc)
            and doc[token.i + 1].dep_ == "cc" and sum(c.dep_ == "conj" for c in token.head.children) == 1)


def _definite(noun) -> bool:
    """ "the company", "her building", "Britain's largest company": a description of one."""
    return any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that")
               for c in noun.children)


def _relative_antecedent(relative, verb):
    """ "a review that began in November": the review began; "Idai in March, which killed 600":
    not March but the noun before it (not "the fiscal year that began": the year did); "which is
    in debt and has been in talks since": the same noun. "which" or "that" is never said of a
    person, "who" always is."""
    noun = _whole_list(_last_listed(relative, verb.head), verb)
    aside = any(t.i > 0 and t.nbor(-1).text == "," for t in (relative, noun.left_edge))  # "in 2010, a year that"
    subject = noun_before(noun) if noun.ent_type_ in DATE_ENTITIES and aside else _agreeing(verb, noun)
    person = subject is not None and subject.ent_type_ == "PERSON"
    if person and relative.lower_ in ("which", "that"):
        return None  # "Lekaldero, ..., at a school that shelters"
    if subject is not None and not person and relative.lower_ == "who":
        # "Truffer, head of the rescue team, who has led": the person, not the team; "a farmer
        # in Tarnow County, who died": someone unnamed, never the place
        return next((t for t in subject.ancestors if t.ent_type_ == "PERSON"), None if _a_place_on_a_noun(subject) else subject)
    return subject


def _a_place_on_a_noun(token) -> bool:
    """A place in a phrase on a noun ("a farmer in Tarnow County", "a farmer surnamed Ash in
    Tarnow County"); not "Lakeland, who", nor "signed for Lakeport, who won" (a club)."""
    owner = token.head.head
    return token.ent_type_ in ("GPE", "LOC", "FAC") and token.dep_ == "pobj" and (owner.pos_ == "NOUN" or owner.dep_ == "acl")


def _whole_list(noun, verb):
    """ "Amtek and Kestrel, which merged together in 1998": the parser hung the clause on the
    last of the list, but it takes both (not Kestrel alone "merged together")."""
    alone = any(c.dep_ == "dobj" or c.lower_ == "with" for c in verb.children)  # "which merged with Amtek"
    together = verb.lemma_ in RECIPROCAL_VERBS or any(c.lower_ == "together" for c in verb.children)
    while together and not alone and noun.dep_ == "conj":
        noun = noun.head
    return noun


def _last_listed(relative, noun):
    """ "after champion Lakeland, winner Kestrel and Amtek, which won in 1984": the last of a
    list of names told with what they are, which the parser left to the first (not "Amtek and
    Kestrel Air, which posted losses": both did)."""
    before = relative.doc[relative.i - 2] if relative.i > 1 and relative.nbor(-1).text == "," else None
    listed = before is not None and before.dep_ == "conj" and before.i > noun.i and noun in before.ancestors
    described = any(c.dep_ == "appos" for c in noun.children)
    return before if listed and described and before.pos_ in ("NOUN", "PROPN") else noun


def _agreeing(verb, antecedent):
    """The noun a relative clause's "which has" agrees with: "Campaigners from the Council,
    which has called" -> the Council (the parser may hang the clause on the plural)."""
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    singular = (auxes[:1] or [verb.tag_])[0] in ("has", "is", "was", "does", "VBZ")
    if not singular or antecedent.tag_ not in PLURAL_NOUN_TAGS:
        return antecedent
    nouns = [t for t in antecedent.subtree if t.i < verb.i and t.tag_ in ("NN", "NNP")
             and t.dep_ != "compound"]
    return min(nouns, key=lambda t: len(list(t.ancestors)), default=antecedent)


def gerund_doer(verb):
    """The subject of the clause a gerund hangs from, by a preposition ("Villa spent three
    seasons there after being relegated") or a comma ("Hawaiian has struggled, losing $260
    million last year"), when that clause is in the past and not a mishap that befell its
    subject."""
    main = _gerunds_clause(verb)
    if main is None or not (verb.tag_ == "VBG" or passive_gerund(verb)):
        return None
    if main.i == verb.head.i and main.lemma_ in MISHAP_LEMMAS:
        return None  # "two trains collided, killing 358 people": the collision killed, not the trains
    if verb.head.lower_ == "for" and any(c.dep_ == "dobj" for c in verb.head.head.children):
        return None  # "Ana Costa attacked him for failing to act": he failed, not she
    if not _past(main) and verb.head.lower_ not in ("after", "since"):
        # "is due to be sworn in after winning on Sunday": the winning is past; "is credited
        # with modernising Malaysia": a view of today, not a deed of its date (a present passive)
        return None
    while not has_subject(main) and main.dep_ in ("conj", "xcomp", "acomp") and main.head.i != main.i:
        # "won the title in 1981 and spent three seasons down after ...", "is due to be
        # sworn in after winning"
        main = main.head
    return subject_of(main)


def _past(verb) -> bool:
    """ "struggled", "has struggled", "was relegated"; not "is credited"."""
    present_passive = any(c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children)
    return verb.tag_ in ("VBD", "VBN") and not present_passive


def _gerunds_clause(verb):
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ in GERUND_LINKS:
        return verb.head.head
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
        return verb.head
    return None


def participle_subject(verb):
    """ "the offensive launched by the coalition on November 5": the offensive; "a notice of
    intent sent": the notice, not the intent; "a report from the Lakeport Institute, published
    Monday": the report, not the name inside it."""
    subject = verb.head
    inside = subject.head.lower_ == "of" or subject.head.lower_ in ("from", "by", "at") and subject.pos_ == "PROPN"
    if subject.dep_ == "pobj" and inside and subject.head.head.pos_ == "NOUN":
        return subject.head.head
    return _named_by_apposition(subject)  # "Israeli soldier, Gilad Shalit, 19, captured on June 25"


def noun_before(token):
    """The nearest earlier noun of the sentence, not a date, that a pronoun or relative can
    stand for ("they" wants a plural): a subject first ("the city failed to add a chemical
    after it switched plants"), else an object ("joined the league when it launched")."""
    wants_plural = token.lower_ in ("they", "their")
    for roles in (SUBJECT_DEPS, ("dobj", "pobj", "attr")):
        for noun in reversed(token.doc[: token.i]):
            if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in roles:
                if plural(noun) == wants_plural and noun.ent_type_ not in DATE_ENTITIES:
                    return noun
    return None


def plural(noun) -> bool:
    """ "colleagues", "Dr Ouédraogo and her colleagues", "the 30 servicemen" (a plural the
    tagger took for a singular, which its number tells)."""
    return noun.tag_ in PLURAL_NOUN_TAGS or any(
        c.dep_ == "conj" or c.dep_ == "nummod" and c.lower_ not in ("1", "one") for c in noun.children)


def noun_phrase(noun) -> list:
    """"the professional league" from "league": its determiner and modifiers, no clauses; the
    rest of its name ("the Federal Bureau of Investigation"); the nouns joined to it ("Dr
    Ouédraogo and her colleagues")."""
    own = past_a_place([t for t in noun.subtree if t.i <= noun.i and t.head.i == noun.i or t.i == noun.i])
    if noun.ent_iob_ in ("B", "I"):
        own += list(noun.doc[noun.i + 1:_name_end(noun)])
    joined = [t for c in noun.children if c.dep_ in ("cc", "conj") and c.i > noun.i for t in noun_phrase(c)]
    return own + joined


def past_a_place(tokens: list) -> list:
    """A name's words without the place the model ran into it: "Kenya Tom Ash" of "a minister
    from Lakeport County, Kenya Tom Ash"."""
    opening = tokens[0] if len(tokens) > 2 else None
    named = opening is not None and opening.dep_ == "compound" and opening.ent_type_ == "PERSON"
    return tokens[1:] if named and closes_a_place(opening) else tokens


def _name_end(noun) -> int:
    """Where the named entity the noun is in ends."""
    return next(e.end for e in noun.doc.ents if e.start <= noun.i < e.end)


def as_said(actor) -> str:
    """An actor's name as a sentence says it in a pronoun's place: "the Jenner Institute"."""
    if actor.kind == "country":
        return with_its_the(actor.name)
    return f"the {actor.name}" if actor.kind == "organization" and takes_the(actor.name) else actor.name


# what `recent` holds for a sentence whose subject is a thing or a person no actor names: the
# next sentence's "it" ("they", "he", "she") stands for that one, not for an actor named before
SOMEONE = ("<someone>",)
UNNAMED_SUBJECTS = {"it": ("<a thing>",), "they": ("<things>",), "he": SOMEONE, "she": SOMEONE}


def antecedent(pronoun: str, index, recent) -> str | None:
    """The newest earlier actor that fits the pronoun: "It" -> the country just named, "she"
    -> the last woman or person of unknown gender (never a man). `recent` holds the actors of
    each earlier sentence, newest first, subject first; a thing's marker there (a subject no
    actor names) stops the search for its own pronoun. Two people of one sentence who both
    fit are no sure antecedent: "Gorbachev restored Solzhenitsyn's citizenship in 1990. He
    returned to Russia in 1994" (Solzhenitsyn did)."""
    for group in recent:
        if group == UNNAMED_SUBJECTS.get(pronoun):
            return None
        if group in UNNAMED_SUBJECTS.values():
            continue
        fits = [actor_id for actor_id in group if _fits(pronoun, index.by_id(actor_id))]
        if len(fits) > 1 and PRONOUN_REFERENTS[pronoun] == "person":
            return None
        if fits:
            return fits[0]
    return None


OBJECT_AS_SUBJECT = {"him": "he", "her": "she"}


def main_subject_for(pronoun, index, position: int) -> str | None:
    """ "Ferri became the fourth manager to be sacked when Rovers relieved [him] of his
    duties": an object "him" or "her" of a clause with its own subject, inside the sentence,
    stands for the sentence's subject, a person it fits, when no other person comes between."""
    if not _object_of_an_inner_clause(pronoun):
        return None
    root = pronoun.sent.root
    subject = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    found = index.actor_at(position, subject.i) if subject is not None and subject.i < pronoun.i else None
    if found is None or not _fits(OBJECT_AS_SUBJECT[pronoun.lower_], index.by_id(found)):
        return None
    between = {index.actor_at(position, t.i) for t in pronoun.doc[subject.i + 1:pronoun.i]} - {None, found}
    return None if any(index.by_id(a).kind == "person" for a in between) else found


def _object_of_an_inner_clause(pronoun) -> bool:
    """Not "tried to scare leaders into supporting him": a line would name him twice."""
    verb = pronoun.head
    return (pronoun.dep_ == "dobj" and pronoun.lower_ in OBJECT_AS_SUBJECT and verb.dep_ != "ROOT"
            and any(c.dep_ in SUBJECT_DEPS for c in verb.children))


def _fits(pronoun: str, actor) -> bool:
    want = PRONOUN_REFERENTS[pronoun]
    if (want == "person") != (actor.kind == "person"):
        return False
    if want == "many" and actor.kind not in ("group", "organization"):
        return False
    return actor.gender is None or PRONOUN_GENDERS.get(pronoun, actor.gender) == actor.gender
