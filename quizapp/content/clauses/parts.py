"""Which tokens a clause keeps: its objects and settings, without asides, titles or its date."""
from __future__ import annotations

from quizapp.content.dates import PARTS_OF_DAY
from quizapp.content.lexicon import (
    ARTICLES, AS_EARLY_AS, AUXILIARY_DEPS, CLAUSE_LINKS, CONTEXT_LINKS, DASHES, DETACHED_DEPS, EDGE_WORDS, LINKING_ADVERBS,
    OBJECT_DEPS, ONE_WORDS,
    PEOPLE_NOUNS, PURPOSE_NOUNS, REPORTING_LEMMAS, SUBJECT_DEPS, TRAILING_EDGE_WORDS,
)
from quizapp.content.gazetteer import person_nouns
from quizapp.content.clauses.text import without_parentheses
from quizapp.content.clauses.verbs import has_subject, infinitive
from quizapp.content.timex.lexicon import CLOCK_UNITS, UNITS, WEEKDAYS

DATE_ENTITIES = ("DATE", "TIME")


def right_part(verb, skip: set[int]) -> list:
    """What follows the verb, without side remarks: appositions, parentheses, long relatives."""
    tokens, objects = [], 0
    skip = skip | _next_subject_swallowed(verb)
    for child in verb.rights:
        if _ends_the_rest(child):
            break
        if _joins_two_phrases(child, verb, {t.i for t in tokens} - skip):
            tokens.append(child)
            continue
        if _left_out(child, verb, tokens):
            continue
        objects += child.dep_ == "dobj"
        if child.dep_ == "dobj" and objects > 1 and set_off(child):
            continue  # "issued a decree ..., a move that surprised some": a remark, not an object
        tokens += list(child.subtree)
    tokens += _commas_between(verb, tokens)
    tokens = _before_a_torn_clause(verb, sorted(tokens, key=lambda t: t.i))
    tokens = _before_a_conjoined_clauses_subject(verb, tokens)
    tokens = _before_a_gapped_clause(verb, tokens)
    tokens = _without_a_list_torn_from_its_clause(verb, tokens)
    tokens = _without_a_torn_noun(verb, tokens)
    tokens = _without_a_dropped_participles_doer(verb, tokens)
    return without_asides(_before_another_verb(tokens), skip)


def _left_out(child, verb, tokens: list) -> bool:
    """A part after the verb that the line leaves out: a remark, a clause of its own, an aside
    ("was launched, with a mission [to sample the water and ...]")."""
    if child.dep_ in DETACHED_DEPS and not _kept_clause(child) or _age_torn_off(child):
        return True
    if child.dep_ == "advmod" and child.lower_ in LINKING_ADVERBS:
        return True  # "warned however that ...": against what the sentence before said
    if child.dep_ == "prep" and _is_aside(child) or _torn_time(child, tokens):
        return True
    return child.dep_ == "prep" and child.lower_ in CLAUSE_LINKS and _holds_a_clauses_subject(child, verb)


def _without_a_dropped_participles_doer(verb, tokens: list) -> list:
    """ "has swollen to 47 cases [with the chief officer] warning that ...": the parser hung the
    officer on "with" and the participle on the verb; without the participle, "with the chief
    officer" says nothing (not "merged with Amtek creating the largest bank": a body, no one
    who speaks, is a partner)."""
    kept = {t.i for t in tokens}
    for clause in verb.rights:
        noun = clause.doc[clause.left_edge.i - 1]
        someone = noun.ent_type_ == "PERSON" or noun.lower_ in person_nouns() | PEOPLE_NOUNS
        if (clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i not in kept and noun.i in kept
                and noun.dep_ == "pobj" and noun.head.lower_ == "with" and someone):
            dropped = {t.i for t in noun.head.subtree}
            tokens = [t for t in tokens if t.i not in dropped]
    return tokens


def _ends_the_rest(token) -> bool:
    """ "was established in 1999 – as well as being the second person in a year to have the
    job": what follows a lone dash is a remark of its own, whatever the parser hung on the verb
    (not the closing dash of a pair: "approved – after a debate – the plan"); nor is a teller set
    off after the words told, whom the parser hung on their verb ("threw stones at the cars, Tom
    Ash, the coordinator, told Amtek")."""
    if token.dep_ == "npadvmod" and token.ent_type_ == "PERSON" and set_off(token):
        return any(t.lemma_ in REPORTING_LEMMAS for t in token.doc[token.right_edge.i + 1:token.right_edge.i + 3])
    dashes = [t.i for t in token.doc if t.text in DASHES]
    return token.i in dashes and token.i == dashes[-1] and len(dashes) % 2 == 1


def _next_subject_swallowed(verb) -> set[int]:
    """The parser joined the subject of the verb after the clause to the clause's last noun and
    left that verb with no subject: "was launched from Vandenberg Air Force Base, Calif., the
    National Oceanic and Atmospheric Administration announced", "were leading in 30 seats and
    the Lakeport Greens were leading three". Returns the joined noun's tokens and the comma or
    "and" before it."""
    after = verb.head
    if not (verb.dep_ == "ccomp" and after.i > verb.i
            and not any(c.dep_ in SUBJECT_DEPS for c in after.children)):
        return set()
    start = min([after.i] + [c.i for c in after.lefts if c.dep_ in AUXILIARY_DEPS])
    joined = next((t for t in verb.subtree if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")
                   and t.right_edge.i == start - 1 and t.doc[t.left_edge.i - 1].lower_ in (",", "and")),
                  None)
    return set() if joined is None else set(range(joined.left_edge.i - 1, start))


CONTEXT_CLAUSE_TOKENS = 16


def _kept_clause(clause) -> bool:
    """An adverbial clause a line keeps: a bare infinitive ("helped [rebuild]"), an object's
    state ("confirm 16 people [dead]"), or a short clause of its own subject after a
    CONTEXT_LINKS word that ends the sentence and names no date of its own (that would be
    another event's): "were searching for missing passengers [after a ferry sank off an
    island]" says what the line is about."""
    if _run_on_from_a_noun(clause):
        return True
    if clause.dep_ != "advcl":
        return False
    if clause.tag_ == "VB" or _state_of_the_object(clause):
        return True
    link = next((c.lower_ for c in clause.children if c.dep_ == "mark"), None)
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    return link in CONTEXT_LINKS and _said_in_full(clause, subject) and _short_last_and_undated(clause)


def _run_on_from_a_noun(clause) -> bool:
    """ "in a move to answer claims [its ferries are slow]": a clause with its own subject
    that the parser joined to the verb, run straight on from a noun (no "and", no comma): what
    the noun says, and the noun says nothing without it."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS and c.i < clause.i), None)
    if clause.dep_ != "conj" or subject is None or subject.left_edge.i == 0:
        return False
    joined = any(c.dep_ == "cc" and clause.head.i < c.i < clause.i for c in clause.head.children)
    return clause.doc[subject.left_edge.i - 1].pos_ == "NOUN" and not joined


def _state_of_the_object(word) -> bool:
    """ "confirm 16 people [dead]", "found the boy [alive]": the adjective says the state of
    what is counted."""
    before = word.doc[word.i - 1] if word.i > 0 else None
    return (word.tag_ == "JJ" and not any(word.children) and before is not None and before.dep_ == "dobj"
            and before.head.i == word.head.i)


def _said_in_full(clause, subject) -> bool:
    """Its subject is a name or new ("a ferry", "high waters"), not one told before ("the
    cosmetics firm", "he"), and nothing in it is "her" or "its"."""
    if subject is None or subject.pos_ == "PRON" or any(t.tag_ == "PRP$" for t in clause.subtree):
        return False
    return subject.pos_ == "PROPN" or not any(c.dep_ == "det" and c.lower_ not in ("a", "an")
                                              for c in subject.children)


def _short_last_and_undated(clause) -> bool:
    words = list(clause.subtree)
    last = not any(c.i > clause.right_edge.i and not c.is_punct for c in clause.head.rights)
    return (len(words) <= CONTEXT_CLAUSE_TOKENS and clause.i > clause.head.i and last
            and not any(t.ent_type_ in DATE_ENTITIES for t in words))


def _before_a_torn_clause(verb, tokens: list) -> list:
    """Up to a clause left out that the verb's own words go on after: "tumbled 23% in
    after-hours trading [after the maker pre-announced] disappointing results" is a misparse
    (the parser split "pre-announced" and hung "results" on "tumbled")."""
    for clause in (c for c in verb.rights if c.dep_ == "advcl" and not _kept_clause(c)):
        if any(t.i > clause.right_edge.i for t in tokens) and not set_off(clause):
            return [t for t in tokens if t.i < clause.left_edge.i]
    return tokens


def _torn_time(child, kept: list) -> bool:
    """ "ran ..., finishing in 2 hours, 17 minutes, [18 seconds]": the last of a list of
    times that the parser hung on the verb, unless the list's start is kept ("won in 2 hours,
    1 minute, 39 seconds")."""
    if not (child.dep_ == "npadvmod" and _clock_time(child) and set_off(child)):
        return False
    before = child.doc[child.left_edge.i - 2] if child.left_edge.i > 1 else None
    return before is None or not (_clock_time(before) and any(t.i == before.i for t in kept))


def _time_goes_on(token) -> bool:
    """ "in 2 hours, [17 minutes]": the rest of a time, not an apposition."""
    return _clock_time(token) and _clock_time(token.head)


def _clock_time(token) -> bool:
    """ "2 hours", "1 minute": a count of clock units."""
    return token.lower_.rstrip("s") in CLOCK_UNITS and any(c.dep_ == "nummod" for c in token.children)


def _before_a_conjoined_clauses_subject(verb, tokens: list) -> list:
    """Up to the subject of a second clause that the parser joined to the first one's last
    noun: "was found guilty of two charges of misconduct [and Costa] was convicted of one"."""
    kept = {t.i for t in tokens}
    for clause in (c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and not has_subject(c)):
        noun = verb.doc[clause.left_edge.i - 1]
        if noun.i in kept and noun.dep_ == "conj" and noun.pos_ == "PROPN":
            first = noun.left_edge.i - (verb.doc[noun.left_edge.i - 1].dep_ == "cc")
            return [t for t in tokens if t.i < first]
    return tokens


GAP_ENTITIES = frozenset({"ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _before_a_gapped_clause(verb, tokens: list) -> list:
    """Up to a second clause that leaves its verb out: "finished second at 712 [and Velden
    third at 715]": the parser hung "Velden" on the verb or a noun as a conjunct, and "third at
    715" on the verb as its own."""
    for noun in (t for t in dict.fromkeys([*verb.rights, *tokens]) if t.dep_ == "conj" and t.pos_ in ("PROPN", "NOUN")):
        link, after = verb.doc[noun.left_edge.i - 1], noun.right_edge.i + 1
        left = verb.doc[after] if after < len(verb.doc) else None  # what the second clause kept: "third"
        gap = left is not None and left.head.i == verb.i and left.ent_type_ in GAP_ENTITIES
        if link.lower_ == "and" and gap and after in {t.i for t in tokens}:
            return [t for t in tokens if t.i < link.i]
    return tokens


def _without_a_list_torn_from_its_clause(verb, tokens: list) -> list:
    """Less a link whose clause the parser tore apart at its subject's first comma: "found
    clinging to a raft after [her mother], stepfather and others died" (the parser joined
    "stepfather and others died" to the main verb), which would read "after her mother"."""
    kept = {t.i for t in tokens}
    for clause in (c for c in verb.rights if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")):
        noun = _first_of_its_subjects_list(clause)
        if noun is not None and noun.i in kept and noun.dep_ == "pobj" and noun.head.lower_ in CLAUSE_LINKS:
            torn = {t.i for t in noun.head.subtree}
            return [t for t in tokens if t.i not in torn]
    return tokens


def _first_of_its_subjects_list(clause):
    """The noun before the comma that opens the clause's subject, when that subject is a list
    ("[his mother], stepfather and others died")."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.left_edge.i < 2 or not any(c.dep_ == "conj" for c in subject.children):
        return None
    start = subject.left_edge.i
    return clause.doc[start - 2] if clause.doc[start - 1].text == "," else None


def _without_a_torn_noun(verb, tokens: list) -> list:
    """Less a phrase whose noun the parser tore from the words after it: "recording an album
    with [blues] legend Tom Ash" (the parser hung "legend Tom Ash" on the main verb), which
    would read "recorded an album with blues"."""
    kept = {t.i for t in tokens}
    for token in tokens:
        after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if token.pos_ == "NOUN" and after is not None and after.i not in kept and _torn_off(after):
            phrase = next((c for c in verb.rights if c.left_edge.i <= token.i <= c.right_edge.i), None)
            if phrase is not None:
                return [t for t in tokens if not phrase.left_edge.i <= t.i <= phrase.right_edge.i]
    return tokens


def _torn_off(word) -> bool:
    """A word left out that belonged to the noun phrase before it: a modifier of a noun further
    on, or a word the parser took for punctuation."""
    if word.ent_type_ in DATE_ENTITIES:  # "signed a deal [last week]"
        return False
    return (word.dep_ in ("compound", "amod") and word.head.i > word.i) or (word.dep_ == "punct" and word.is_alpha)


def _age_torn_off(token) -> bool:
    """ "has died today aged 81": the parser may hang the age on the verb beside its "aged"."""
    return token.i > 0 and token.nbor(-1).lower_ == "aged" and token.nbor(-1).head.i == token.head.i


def _joins_two_phrases(cc, verb, kept: set[int]) -> bool:
    """ "hurt a day after his return, and 215 days after the launch": an "and" the parser hung
    on the verb that joins two of its phrases it keeps, not two verbs."""
    after = cc.doc[cc.i + 1] if cc.i + 1 < len(cc.doc) else None
    before = cc.i - 2 if cc.doc[cc.i - 1].text == "," else cc.i - 1
    return (cc.dep_ == "cc" and after is not None and before in kept
            and not any(c.dep_ == "conj" for c in verb.children)
            and any(c.dep_ in ("prep", "npadvmod") and c.left_edge.i == after.i for c in verb.rights))


def _commas_between(verb, tokens: list) -> list:
    """The verb's own commas between two parts it keeps: "to Beira, including cholera kits"."""
    kept = {t.i for t in tokens}
    return [c for c in verb.rights if c.text == "," and c.i - 1 in kept and c.i + 1 in kept]


def _holds_a_clauses_subject(prep, verb) -> bool:
    """ "banned after [the Court of Arbitration for Sport (CAS)] rejected his appeal": the
    parser made the clause's subject the preposition's object and hung its verb elsewhere, or
    on that object as a participle."""
    if _clause_read_as_a_participle(prep):
        return True
    clause = next((c for c in verb.rights if c.dep_ in ("advcl", "conj") and c.pos_ == "VERB"
                   and c.i > prep.right_edge.i), None)
    if clause is None or any(c.dep_ in SUBJECT_DEPS for c in clause.children):
        return False
    return all(t.is_punct for t in prep.doc[prep.right_edge.i + 1 : clause.left_edge.i])


def _clause_read_as_a_participle(prep) -> bool:
    """ "jailed after [a court convicted and sentenced him]": the parser made the
    clause's verb a participle of its subject; the object it takes says it is the clause's."""
    return any(verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN")
               and any(c.dep_ == "dobj" for v in (verb, *verb.conjuncts) for c in v.children)
               for noun in prep.children if noun.dep_ == "pobj" for verb in noun.children)


def _before_another_verb(tokens: list) -> list:
    """Up to a second verb group the parser hung inside a phrase: "bought X for $1.2 billion
    [and has since expanded production ...]" goes on with another clause."""
    for n, token in enumerate(tokens):
        if n and token.dep_ in ("aux", "auxpass") and token.doc[token.i - 1].dep_ == "cc":
            return tokens[:n]
    return tokens


def without_asides(tokens: list, skip: set[int]) -> list:
    """Tokens less side remarks: appositions, parentheses, long or comma-set relative clauses;
    a description without its article before the name it stands for ("French software firm,
    Amtek have announced" -> "Amtek have announced")."""
    asides = _asides(tokens)
    asides -= {t.i for t in tokens if t.i in asides and _links_what_follows(t, asides)}
    asides |= {t.i for t in tokens if _closes_a_cut_aside(t, asides)}
    return without_parentheses([t for t in tokens if t.i not in skip and t.i not in asides])


def _closes_a_cut_aside(comma, asides: set[int]) -> bool:
    """ "the face of a man [disfigured in an accident], in Tarnow": the comma that ended a
    phrase cut out with no comma before it goes with it, before a preposition's phrase (not
    before a clause: "there was progress [made on the issue], adding that ...")."""
    after = comma.doc[comma.i + 1] if comma.i + 1 < len(comma.doc) else None
    if comma.text != "," or comma.i - 1 not in asides or after is None or after.dep_ != "prep":
        return False
    start = comma.i - 1
    while start - 1 in asides:
        start -= 1
    return start > 0 and comma.doc[start - 1].text != ","


def _asides(tokens: list) -> set[int]:
    inside = {t.i for t in tokens}
    return {
        s.i
        for t in tokens
        if t.head.i in inside and t.head.i != t.i and _is_aside(t)  # a phrase's head never is
        for s in _aside_words(t)
    } | {s.i for t in tokens if t.head.i in inside and _name_after_a_bare_noun(t)
         for s in t.head.subtree if not t.left_edge.i <= s.i <= t.right_edge.i}


def _aside_words(aside) -> list:
    """The aside's words; of "in Lakeport, Kestrel, and Tarnow, Amtek", where the parser hung
    the rest of a list of places on the first one's country, the country and its comma alone;
    of a participle after "with" and its noun, the whole phrase ("slowed down, [with a freeze
    put on talks ...]": "with a freeze" alone says nothing); of a second post, its "and" too."""
    if (aside.dep_ == "acl" and aside.i == aside.head.i + 1 and aside.head.dep_ == "pobj"
            and aside.head.head.lower_ == "with"):
        return list(aside.head.head.subtree)
    if _second_post(aside):  # with its "and"
        return [c for c in aside.head.children if c.dep_ == "cc" and c.i < aside.i] + list(aside.subtree)
    if not _a_list_hung_on(aside):
        return list(aside.subtree)
    kept = {s.i for c in aside.children if c.dep_ in ("cc", "conj") for s in c.subtree}
    return [s for s in aside.subtree if s.i not in kept]


def _links_what_follows(token, asides: set[int]) -> bool:
    """ "objected to the access [that the family has permitted] and to the treatment": the
    parser hung the "and" on the aside, though it joins what follows ("and the treatment" too)."""
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return (token.dep_ == "cc" and after is not None and after.i not in asides
            and (after.dep_ == "conj" or after.head.dep_ == "conj" and after.head.i not in asides))


def _is_aside(token) -> bool:
    if token.dep_ == "parataxis" or _near_what_went_before(token) or _second_post(token):
        return True
    if token.dep_ == "appos":
        return (set_off(token) or _abbreviations_point(token)) and not _more_than_an_apposition(token)
    if token.dep_ == "prep":
        return _aimed_at_by_an_aside(token)
    if token.dep_ in ("relcl", "acl") and not set_off(token) and _restricts_its_noun(token):
        return False
    return token.dep_ in ("relcl", "acl") and (len(list(token.subtree)) > 6 or set_off(token))


def _second_post(token) -> bool:
    """ "Tom Ash, general secretary of the party and president of Lakeland, left": the parser
    joined the second post to the name, as if a second person."""
    name = token.head
    return (token.dep_ == "conj" and token.tag_ == "NN" and token.lower_ in person_nouns()
            and not any(c.dep_ == "det" for c in token.children) and name.ent_type_ == "PERSON"
            and any(c.dep_ == "appos" and set_off(c) for c in name.children))


def _near_what_went_before(token) -> bool:
    """ "seized the [nearby] Lakeport Town Hall": near a place the sentence before named."""
    return token.dep_ == "amod" and token.lower_ == "nearby" and token.head.pos_ in ("NOUN", "PROPN")


def _aimed_at_by_an_aside(preposition) -> bool:
    """ "cut jobs in a bid [to trim costs as the sector slows]": all of it goes; not "calls for
    his son to be returned", whose "for" gives the infinitive its subject."""
    return preposition.lower_ != "for" and any(_infinitive(c) and _is_aside(c) for noun in preposition.children
                                               if noun.dep_ == "pobj" for c in noun.children)


def _abbreviations_point(token) -> bool:
    """ "of Lakeport, Vt., became": the parser split "Vt." and made its point a second
    apposition; it goes with the word it ends."""
    before = token.doc[token.i - 1] if token.i else None
    return (token.text == "." and before is not None and before.dep_ == "appos" and before.head == token.head
            and set_off(before))


def _restricts_its_noun(clause) -> bool:
    """A phrase its noun cannot do without, so no aside (see the four tests)."""
    return (_says_which(clause) or _time_spent(clause) or _subject_of_a_participle(clause.head)
            or _participle_right_after(clause) or _what_a_light_verbs_noun_is_for(clause)
            or _what_the_noun_says(clause))


def _what_the_noun_says(clause) -> bool:
    """ "criticised Tom Ash's declaration [that the port would close]": a "that" clause of its own
    subject is what the noun says (a relative's "that" is its subject or object, no mark)."""
    return clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _what_a_light_verbs_noun_is_for(clause) -> bool:
    """ "made more efforts [to curb the trade]", "took steps [to cut costs]", "would continue its
    efforts [to restart the talks]": without it, the clause says nothing."""
    noun = clause.head
    return _infinitive(clause) and noun.dep_ == "dobj" and (
        noun.head.lemma_ in ("make", "take") or noun.lemma_ in PURPOSE_NOUNS)


def _participle_right_after(clause) -> bool:
    """ "a reward for information [leading to the arrest of the bombers]": without the
    phrase, the reward is for any information."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.i == clause.head.i + 1


def _subject_of_a_participle(noun) -> bool:
    """ "saying early numbers [showing his party] heading for a defeat": without the phrase on
    the noun, the numbers head for the defeat."""
    return noun.dep_ == "nsubj" and noun.head.tag_ in ("VBG", "VBN")


def _more_than_an_apposition(token) -> bool:
    """What the parser called an apposition but the noun cannot do without."""
    return _place_before_its_noun(token) or _time_goes_on(token) or _name_after_a_bare_noun(token)


def _a_list_hung_on(name) -> bool:
    """ "in Lakeport, Kestrel, and Tarnow": the parser hung the rest of a list of places on the
    first one's country."""
    children = list(name.children)
    return (name.pos_ == "PROPN" and any(c.dep_ == "cc" for c in children)  # not "RTS,S", a name
            and any(c.dep_ == "conj" and c.pos_ == "PROPN" for c in children))


def _name_after_a_bare_noun(name) -> bool:
    """ "French software firm, Amtek have announced": the name a description without "the"
    stands for; the description is the aside (without the name, "software firm have announced")."""
    noun, start = name.head, name.left_edge.i
    return (name.dep_ == "appos" and name.pos_ == "PROPN" and noun.pos_ == "NOUN" and noun.i == start - 2
            and name.doc[start - 1].text == "," and not any(c.dep_ in ("det", "poss") for c in noun.children))


def _place_before_its_noun(noun) -> bool:
    """ "a Lakeport County, Oregon, official": the parser made the noun an apposition of the
    place before it, which is what the noun is of; a name takes no "a"."""
    place = noun.head
    return (noun.pos_ == "NOUN" and not any(c.dep_ == "det" for c in noun.children) and place.pos_ == "PROPN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in place.children))


def _infinitive(clause) -> bool:
    """A noun's infinitive: "a bid [to trim costs]", "a mission [to sample the water]"."""
    return clause.dep_ in ("acl", "relcl") and infinitive(clause)


def _time_spent(clause) -> bool:
    """What a span of time went on: "cited her decades [helping the community]"; without it,
    "cited her decades" says nothing."""
    return clause.dep_ == "acl" and clause.tag_ == "VBG" and clause.head.lemma_ in UNITS


def _says_which(clause) -> bool:
    """A clause that tells which of the things a noun with "a" only counts: "rejected a
    recommendation [made by its own staff to install a flight information service]", "a strong
    earthquake [that hit Sichuan province] killed 11 people"; without it, "rejected a
    recommendation" or "an earthquake killed" says nothing; nor does "a strike against employers
    [who refused to raise wages]", a plural with no word before it that says which, nor
    "refused requests by the family [to go to Lakeport]"."""
    noun = clause.head
    if any(c.tag_ == "JJS" or c.lower_ in ONE_WORDS for c in noun.lefts):
        return True  # "the oldest woman [to win the title in the open era]", "the first man [to ...]"
    if (clause.dep_ == "relcl" or _infinitive(clause)) and noun.tag_ == "NNS" and not list(noun.lefts):
        return not _a_source(noun)  # "according to officials [who spoke on condition of anonymity]"
    counted = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.lefts)
    return counted and (clause.dep_ == "acl" and clause.tag_ == "VBN" and noun.dep_ == "dobj"
                        or clause.dep_ == "relcl" and noun.dep_ in SUBJECT_DEPS)


def _a_source(noun) -> bool:
    """Who told it: "according to officials", "officials said"."""
    attribution = noun.head.lower_ == "to" and noun.head.head.lower_ == "according"
    return attribution or noun.dep_ in SUBJECT_DEPS and noun.head.lemma_ in REPORTING_LEMMAS


def left_modifiers(verb, skip: set[int]) -> list:
    """Fronted phrases that are not the date: "In Lakeside, 6,000 people ..." keeps "in Lakeside";
    not one before the clause's own opening word ("before", "when", "that", "if": "said ...,
    in an interview, months before he entered his post" is the parser's slip)."""
    mark = next((c.i for c in verb.lefts if c.dep_ == "mark"), -1)
    tokens = []
    for child in verb.lefts:
        if child.dep_ == "prep" and child.i > mark and not subjects_own(child):
            phrase = [t for t in child.subtree if t.i not in skip]
            if len(phrase) > 1:
                tokens += phrase
        elif child.dep_ == "npadvmod" and tokens and child.left_edge.i == tokens[-1].i + 1:
            tokens += [t for t in child.subtree if t.i not in skip]  # "In October [last year],"
    return tokens


def subjects_own(prep) -> bool:
    """ "China's worst earthquake [in recent years] struck": a phrase right after the subject,
    which the parser hung on the verb, is the subject's."""
    subject = next((c for c in prep.head.lefts if c.dep_ in SUBJECT_DEPS), None)
    return (prep.dep_ == "prep" and subject is not None and subject.i < prep.i
            and prep.left_edge.i == subject.right_edge.i + 1)


def set_off(token) -> bool:
    """An apposition between commas is an aside; "the carrier Alpine Air" is the name itself."""
    start = token.left_edge.i
    return start > 0 and (token.doc[start - 1].text in (",", "(") or token.doc[start - 1].text in DASHES)


def relative_object(verb) -> list:
    """The noun a relative clause's missing object stands for: "the Parthenon Sculptures,
    which Greece has sought" and "the record she set in Chicago" -> the sculptures, the
    record."""
    children = list(verb.children)
    active = any(c.dep_ == "nsubj" and c.tag_ not in ("WDT", "WP") for c in children)
    if verb.dep_ != "relcl" or not active or verb.head.ent_type_ in DATE_ENTITIES:
        return []
    if not _object_taken_by_relative(verb, children):
        return []
    noun = verb.head
    start = noun.left_edge.i
    if start > 0 and noun.doc[start - 1].pos_ in ("NOUN", "PROPN"):
        return []  # "with stage four cancer which he announced": the parser cut the noun short
    return [t for t in noun.subtree if t.i <= _end_of_its_name(noun)]


def _end_of_its_name(noun) -> int:
    """The last word of the name the noun opens: "the Workers Party of Kestrel, which Tom Ash
    founded" -> the Workers Party of Kestrel."""
    end = noun.i
    while end + 1 < len(noun.doc) and noun.ent_type_ and noun.doc[end + 1].ent_iob_ == "I":
        end += 1
    return end


def _object_taken_by_relative(verb, children) -> bool:
    """ "which Greece has sought" says its object; "she set in Chicago" leaves it unsaid."""
    said = any(c.dep_ == "dobj" and c.tag_ in ("WDT", "WP") for c in children)
    unsaid = not any(c.dep_ in OBJECT_DEPS or c.tag_ == "WRB" or c.dep_ == "dobj" for c in children)
    return said or unsaid and verb.tag_ in ("VBD", "VBN")


def dated_owners(tokens, skip: set[int]) -> dict[int, str]:
    """ "Monday's pass", "before Wednesday's vote" without the date: "the pass", "the vote";
    a title with its own article keeps it alone ("1972's “The Godfather”": "“The Godfather”")."""
    found = {}
    for token in tokens:
        for date in token.children:
            if date.dep_ == "poss" and date.i in skip and date.ent_type_ in DATE_ENTITIES:
                first = token.doc[date.right_edge.i + 1]  # the word after "'s"
                after = token.doc[first.i + 1] if first.is_quote and first.i + 1 < len(token.doc) else first
                if after.lower_ != "the":
                    found[first.i] = f"the {first.text}"
    return found


def title_tokens(index, position: int, doc) -> set[int]:
    """Long job titles, left out of summaries with their article ("the Wall Street Journal
    reporter Evan Gershkovich" -> "Evan Gershkovich"); "Governor Roy Cooper" keeps its one word."""
    tokens = set()
    for sentence, a, b in index.titles:
        if sentence == position and b - a > 2:
            lead = a - 1 if a > 0 and doc[a - 1].lower_ in ARTICLES else a
            tokens |= set(range(lead, b))
    return tokens


# --- the date phrase ------------------------------------------------------------------------

def date_tokens(span) -> set[int]:
    """The date phrase with the words that only carry it: "in 2007", "on November 1", "early
    on Friday", "last year['s]", "on the morning of 20 May", "between 2016 and 2019"."""
    tokens = {t.i for t in span if not _carries_another_noun(t, span) and not _particle_before_a_weekday(t)}
    tokens |= _date_edges(span) | _clause_hung_on_the_date(span) | _ranges_end(span)
    tokens |= _emptied_prepositions(span.doc, tokens)
    noun = _date_noun(span)
    # not a number the model ran into the date: "at the age of [84] Monday evening"
    tokens |= {i for i in _noun_words(noun) if span.start <= i < span.end or not span.doc[i].like_num}
    # and each other part's: "[on the evening of] Friday, May 14th, at 5pm" is two phrases
    heads = [span.root.head if span.start <= noun.i < span.end else noun.head]
    heads += [t.head for t in span if not span.start <= t.head.i < span.end and t.pos_ in ("NOUN", "PROPN")]
    for head in dict.fromkeys(heads):
        tokens = _carrying_words(head, tokens)
    return tokens - _year_of_a_bare_noun(span)


def _ranges_end(span) -> set[int]:
    """ "November 3[-4]": the range's last day goes with its first."""
    doc, end = span.doc, span.end
    return {end, end + 1} if end + 1 < len(doc) and doc[end].text in ("-", "–") and doc[end + 1].like_num else set()


def _year_of_a_bare_noun(span) -> set[int]:
    """ "debut in [1977] film The Goodbye Girl": a year that stands for the article of the noun
    after it stays, or the noun is left bare ("in film The Goodbye Girl")."""
    years = [t for t in span if t.dep_ in ("nummod", "compound") and not span.start <= t.head.i < span.end]
    noun = years[0].head if len(years) == 1 else None
    bare = noun is not None and noun.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in noun.children)
    return {years[0].i} if bare else set()


def _carries_another_noun(token, span) -> bool:
    """ "in [Sunday's] runoff", "in [1960s] Hollywood": the phrase's preposition carries the
    noun the date qualifies, which stays. Not where the parser gave it the date and the next
    noun both as objects ("issued a decree on Wednesday dissolving parliament")."""
    objects = [c for c in token.children if c.dep_ == "pobj"]
    second = len(objects) > 1 and objects[0].i == token.i + 1 and span.start <= objects[0].i < span.end
    return token.dep_ == "prep" and not second and any(not span.start <= c.i < span.end for c in objects)


def _noun_words(noun) -> set[int]:
    """The date noun's own words: "Wednesday and Thursday"; "after a wet June": its article
    and adjectives go with it."""
    # not the "and" of a list the parser hung on the date ("in February of bribery, fraud and extortion")
    tokens = {t.i for t in noun.subtree if t.ent_type_ == "DATE" and not _of_no_date(t)
              or t.dep_ == "cc" and t.head.ent_type_ == "DATE"}
    lefts = [c for c in noun.lefts if c.dep_ in ("det", "amod")]
    # not "pleaded [guilty] Monday": an adjective with no article before the date is the verb's
    if noun.ent_type_ == "DATE" and any(c.dep_ == "det" for c in lefts):
        tokens |= {c.i for c in lefts}
    return tokens


def _of_no_date(token) -> bool:
    """ "convicted Ash in December [of] murder": the model put "of" in the date, but it carries
    the charge."""
    return token.dep_ == "prep" and any(c.dep_ == "pobj" and c.ent_type_ != "DATE" for c in token.children)


def _carrying_words(head, tokens: set[int]) -> set[int]:
    """`tokens` with the preposition `head` carrying the date and what hangs on it: "in 2007",
    "on the morning of 20 May", "between 2016 and 2019"."""
    tokens = set(tokens)
    if head.lower_ == "of" and head.head.lemma_ in PARTS_OF_DAY:
        tokens |= {t.i for t in head.head.subtree}  # "on the morning of 20 May": all of it
        head = head.head.head
    # "in 2007", whole ranges ("between 2016 and 2019"), and "as of Sept. 30"
    while head.dep_ == "prep" and head.pos_ in ("ADP", "SCONJ"):
        if not all(_goes_with_the_date(t, tokens) for t in head.subtree if t.i != head.i):
            break
        tokens |= {t.i for t in head.subtree}
        head = head.head
    return tokens


def _goes_with_the_date(token, tokens: set[int]) -> bool:
    """A word of the date's phrase: the date's own, the model's date words (not a number it ran
    into the date: "at the age of [84] Monday evening"), a joining word, an edge word leading
    the phrase ("[early] on the morning of 30 November")."""
    return (token.i in tokens or token.ent_type_ == "DATE" and not token.like_num or token.dep_ in ("cc", "punct")
            or token.dep_ == "advmod" and token.lower_ in EDGE_WORDS)


def _particle_before_a_weekday(token) -> bool:
    """ "was sworn in Saturday in the capital": no weekday takes "in", which is the verb's (not
    "in Sunday's runoff")."""
    doc = token.doc
    return (token.lower_ == "in" and token.i + 1 < len(doc) and token.nbor().lower_ in WEEKDAYS
            and not (token.i + 2 < len(doc) and doc[token.i + 2].tag_ == "POS"))


def _date_edges(span) -> set[int]:
    """ "early [on Friday]", "as early as [2010]", "[last year]'s Tour", "[last week] alone"."""
    doc, tokens = span.doc, set()
    if span.start > 0 and doc[span.start - 1].lower_ in EDGE_WORDS:
        tokens.add(span.start - 1)
    if span.end < len(doc) and doc[span.end].lower_ in TRAILING_EDGE_WORDS:
        tokens.add(span.end)
    if span.start > 2 and doc[span.start - 3 : span.start].text.lower() in AS_EARLY_AS:
        tokens |= set(range(span.start - 3, span.start))
    if span.end < len(doc) and doc[span.end].tag_ == "POS":
        tokens.add(span.end)  # the owner's mark goes with the date
    return tokens | _day_in_other_words(span)


def _day_in_other_words(span) -> set[int]:
    """ "on Wednesday afternoon[, Aug. 16]", "on Sunday morning [(September 25)]": the day
    said again after a comma at the end of a clause, or in brackets, goes with it."""
    doc, start = span.doc, span.end + 1
    if start >= len(doc) or doc[span.end].text not in (",", "(") or doc[start].ent_type_ != "DATE":
        return set()
    end = next((t.i for t in doc[start:] if t.ent_type_ != "DATE"), len(doc))
    if doc[span.end].text == "(":
        return set(range(span.end, end + 1)) if end < len(doc) and doc[end].text == ")" else set()
    return set(range(span.end, end)) if end == len(doc) or doc[end].is_punct else set()


def _clause_hung_on_the_date(span) -> set[int]:
    """ "on Sept. 30 [and his team, ..., dropped him]", "on Tuesday [and Iraqi-bound cargo] was
    unloaded": the parser hung another clause's subject on the date, or the date on it."""
    tokens = _subject_the_date_hangs_on(span)
    for conj in (c for t in span for c in t.rights
                 if c.dep_ == "conj" and c.i >= span.end and c.ent_type_ != "DATE"):
        tokens |= {t.i for t in conj.subtree}
        tokens |= {c.i for c in conj.head.rights if c.dep_ == "cc" and c.i < conj.i}
    return tokens


def _subject_the_date_hangs_on(span) -> set[int]:
    """ "on Tuesday [and Iraqi-bound cargo]": the date read as a modifier of the next subject."""
    tokens, doc = set(), span.doc
    for date in (t for t in span if t.dep_ in ("nmod", "compound") and t.head.i >= span.end):
        if any(doc[i].dep_ == "cc" for i in range(span.end, date.head.i)):
            tokens |= {t.i for t in date.head.subtree}
    return tokens


def _emptied_prepositions(doc, tokens: set[int]) -> set[int]:
    """ "since [early on Monday]": a preposition with nothing left to carry."""
    found = set()
    for prep in (t for t in doc if t.dep_ == "prep" and t.i not in tokens and not _particle_before_a_weekday(t)):
        inside = [c.i for c in prep.subtree if c.i != prep.i]
        if inside and all(i in tokens or i in found for i in inside):
            found.add(prep.i)
    return found


def _date_noun(span):
    """The noun of the date phrase: "Wednesday" in "on Wednesday and Thursday"."""
    noun = span.root
    if noun.dep_ == "prep":
        noun = next((c for c in noun.children if c.dep_ == "pobj"), noun)
    while noun.dep_ == "conj" and noun.head.ent_type_ == "DATE" and noun.head.i != noun.i:
        noun = noun.head
    return noun
