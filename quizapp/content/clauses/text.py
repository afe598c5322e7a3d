"""Tokens back to the article's own characters: gaps closed, ends trimmed, quotes in pairs."""
from __future__ import annotations

import re

from quizapp.content.gazetteer import is_given_name
from quizapp.content.lexicon import ASIDE_OPENERS
from quizapp.content.timex.lexicon import NUMBER_WORDS

CLOSING_BRACKETS = {")": "(", "]": "["}  # each closing bracket's opening one
ABBREVIATION = re.compile(r"(?:[A-Za-z]\.)+|[A-Z][a-z]{0,3}\.")  # "U.S.", "a.m.", "Inc."
# a newswire's stock ticker after a company's name: "Kestrel Air KQNA.NR", "Amtek (AMTK.O)"
TICKER = re.compile(r"[A-Z0-9]{2,6}(?:_[a-z])?\.[A-Z]{1,3}")
TICKER_AFTER_A_NAME = re.compile(rf"(?<=\w) [(<\[]?{TICKER.pattern}[)>\]]?(?=[\s,.;:]|$)")


def text_of(tokens, original: str, names: dict[int, str] | None = None) -> str:
    """Tokens (kept in the given order) as the article wrote them; `names` replaces some tokens
    (a pronoun by its antecedent)."""
    names = names or {}
    tokens = [t for t in tokens if not (t.is_punct and t.i == len(t.doc) - 1)]
    last = tokens[-1] if tokens else None
    if last is not None and last.i == len(last.doc) - 1 and _glued_stop(last.text):
        names = {**names, last.i: names.get(last.i, last.text)[:-1]}  # "of 49.6C." ends a question
    text = _joined(_without_stray_commas(_with_glued_hyphens(tokens)), original, names)
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"^[\s,;:–—-]+|[\s,;:–—-]+$", "", text)
    text = re.sub(r"[\s,]+(?:and|or|but)$", "", text)  # "traced the fault to a valve and [...]"
    return balance_quotes(text)


def _with_glued_hyphens(tokens: list) -> list:
    """A hyphen between two kept words it joins ("for 2014-2015"), which the parser may have
    hung elsewhere: kept, or the words would read "2014 2015"."""
    kept = []
    for n, t in enumerate(tokens):
        kept.append(t)
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None and following.i == t.i + 2 and not t.whitespace_:
            between = t.doc[t.i + 1]
            if between.text in ("-", "–") and not between.whitespace_:
                kept.append(between)
    return kept


def _without_stray_commas(tokens: list) -> list:
    """A comma left beside a removed apposition or clause: "Holm, [the head of ...], after",
    "Hollis, [58], had"; not one after a phrase removed with no comma before it ("the third
    flight [of 2006], the most since 2002")."""
    return [
        t for n, t in enumerate(tokens)
        if t.text != ","
        or (n + 1 < len(tokens) and tokens[n + 1].i == t.i + 1
            and (n == 0 or tokens[n - 1].i == t.i - 1 or t.doc[t.i - 1].text == ")"
                 or not any(w.text == "," for w in t.doc[tokens[n - 1].i:t.i])))
        or n + 1 < len(tokens) and _closes_a_kept_aside(tokens, n)
    ]  # a bracketed aside before the comma is no removed apposition: "Wilder (Irma La Douce), Hawks"


def _closes_a_kept_aside(tokens: list, n: int) -> bool:
    """ "five, including a nurse, [on Monday] in the north": the comma closes an aside
    kept whole with its opening comma, whatever was cut after it."""
    start = next((m for m in range(n - 1, -1, -1) if tokens[m].text == ","), None)
    return start is not None and start > 0 and tokens[start + 1].lower_ in ASIDE_OPENERS and all(
        tokens[k + 1].i == tokens[k].i + 1 for k in range(start - 1, n))


def _joined(tokens: list, original: str, names: dict[int, str]) -> str:
    parts = []
    for n, t in enumerate(tokens):
        parts.append(names.get(t.i) or original[t.idx : t.idx + len(t)])
        following = tokens[n + 1] if n + 1 < len(tokens) else None
        if following is not None and _attribution_after_a_cut(t, following):
            parts.append(",")  # "received the medal, according to CBS", its aside cut
        if following is not None and (t.whitespace_ or following.i != t.i + 1):
            parts.append(" ")
    return "".join(parts)


def _attribution_after_a_cut(token, following) -> bool:
    return (following.lower_ == "according" and following.i > token.i + 1 and token.text != ","
            and following.doc[following.i - 1].text == ",")


def _glued_stop(word: str) -> bool:
    """The sentence's full stop left on its last word ("49.6C."), unlike an abbreviation's
    ("U.S.", "a.m.", "Inc.")."""
    return len(word) > 1 and word.endswith(".") and not ABBREVIATION.fullmatch(word)


# ", 67," after a name, "eighteen year-old" before one: the person's age on the day of the story
_NUMBER_WORD = rf"(?i:{'|'.join(NUMBER_WORDS)})"
AGE = re.compile(r"(?<=[A-Za-z]), \d{1,3},(?= [a-z])"
                 rf"|\b([Tt]he )?(?:\d{{1,3}}|{_NUMBER_WORD}(?:-{_NUMBER_WORD})?)[- ]years?[- ]old (?=([A-Z][\w'-]*))")


def without_ages(text: str) -> str:
    """ "Frank Kowalski, 67, was first elected in 2013" -> "Frank Kowalski was first elected
    in 2013": the age is the story's, not the line's date's. Its "the" goes with it before a
    name ("the 69-year-old Tom Ash"), and stays before a description ("the Lakeland boy"); a
    comma stays before a description set off after the name ("Tom Ash, 52, a senior clerk")."""
    def dropped(age: re.Match) -> str:
        if age.group().startswith(","):
            return "," if re.match(r" (?:a|an|the)\b", text[age.end():]) else ""
        return age[1] if age[1] and not is_given_name(age[2]) else ""
    return AGE.sub(dropped, text)


# a title written in lower case before a full name: "judge Tom Ash", "vice president Ana Costa"
LOWER_CASE_TITLE = re.compile(
    r"\b(?:(?:vice|deputy|prime|foreign|defen[cs]e|finance|interior) )*"
    r"(?:president|minister|judge|senator|governor|mayor|chancellor|premier)(?= [A-Z][\w'’.-]+ [A-Z][\w'’-]+)")
# what makes it a job, or may: "Amtek's (former) president Tom Ash", "Amtek president", "a new
# president"; a capitalised word before it, a firm's name or the sentence's first word, is left
# be, but not a people's ("Palestinian prime minister Tom Ash")
JOB_BEFORE = re.compile(r"(?:['’]s|\b(?:a|an|new|its|their|his|her)|\b(?![A-Z][a-z]+(?:an|ese|ish|i)\b)[A-Z][\w.&-]*)"
                        r"(?: (?:former|acting|interim))? $")


def typeset(text: str) -> str:
    """The source's typing slips mended: a typewriter's "--" as the dash it stands for ("a marae
    — ceremonial grounds — near"), one space between words, an apostrophe where an opening
    quote was typed for it ("Amtek‘s"), "U.S" with its last stop, no stock ticker, no line
    break where the source wrapped its lines, "U.S.dollars" parted, an acronym in brackets before an
    owner's "'s" gone, no space inside brackets ("( AG)"), the two dashes of an aside cut out
    gone, and a title before a full name in capitals ("president Ana Costa": judges failed the
    lower case as a slip copied)."""
    text = re.sub(r"\s*--\s*", " — ", re.sub(r"\bU\.S(?![.\w])", "U.S.", TICKER_AFTER_A_NAME.sub("", text)))
    # "U.S.dollars" parted; "the Amtek Group (AG)'s plan" owned by the name, not the bracket
    text = re.sub(r"(s?) \([A-Z]{2,}\)(['’])s\b", lambda m: m[1] + m[2] + ("" if m[1] else "s"),
                  re.sub(r"\bU\.S\.(?=[a-z])", "U.S. ", text))
    text = re.sub(r"\s+[—–]\s+[—–]\s+", " ", text)  # a dash aside whose words were cut
    text = re.sub(r"\(\s+(?=\S)|(?<=\S)\s+\)", lambda m: m.group().strip(), text)  # "( ABAC)"
    text = LOWER_CASE_TITLE.sub(lambda m: m.group() if JOB_BEFORE.search(text[:m.start()]) else m.group().title(), text)
    return re.sub(r"(?<=\w)‘(?=s\b)", "’", re.sub(r"(?<=\S)(?: {2,}|[ \t]*\n\s*)(?=\S)", " ", text)).strip()


def capitalised(text: str) -> str:
    """The first letter in capitals, unless the first word has a capital of its own inside
    ("iKestrel 4 was released", "eAmtek bought it": "IKestrel" is no name)."""
    return text if re.match(r"[a-z]+[A-Z]", text) else text[:1].upper() + text[1:]


def as_sentence(text: str) -> str:
    """Capitalised, with one full stop: none after a quotation that ends its own sentence
    ('called the market "justified."', not '"justified.".')."""
    text = capitalised(text)
    return text if re.search(r"[.!?][\"”’']$", text) else text.rstrip(".") + "."


def balance_quotes(text: str) -> str:
    """Quotes and brackets in pairs: one opened and cut short at the end is closed (the
    sentence's closing mark went with its final stop); any other odd one goes. A double prime
    after a word closes a quotation opened before it («“Mafalda″ comic strip»: a slip of the
    source; not a height: «6′2″»)."""
    text = re.sub(r"(“[^”″]*\w)″", r"\1”", text)
    for left, right in (("«", "»"), ("“", "”"), ("(", ")")):
        if text.count(left) == text.count(right) + 1 and text.rfind(left) > text.rfind(right):
            text += right
        elif text.count(left) != text.count(right):
            text = text.replace(left, "").replace(right, "")
    if text.count('"') % 2:
        opened = re.search(r'(?:^|\s)"\S[^"]*$', text)
        text = text + '"' if opened else text.replace('"', "")
    return text


def without_parentheses(tokens: list) -> list:
    """Tokens less bracketed asides ("(NHC)", "[official website]"), wherever the parser hung
    the brackets; a bracket that closes none ("director(s)", where the tokenizer left "("
    inside the word) stays, and so does an aside that holds all the tokens."""
    kept = sorted(tokens, key=lambda t: t.i)
    if not kept:
        return kept
    first, last = kept[0].i, kept[-1].i
    for start, end in _bracket_pairs(kept[0].doc):
        if first < start or end < last:
            kept = [t for t in kept if not start <= t.i <= end]
    return kept


def _bracket_pairs(doc) -> list[tuple[int, int]]:
    """(opening, closing) token positions of each matched pair of round or square brackets."""
    pairs, open_at = [], {"(": [], "[": []}
    for t in doc:
        if t.text in open_at:
            open_at[t.text].append(t.i)
        elif t.text in CLOSING_BRACKETS and open_at[CLOSING_BRACKETS[t.text]]:
            pairs.append((open_at[CLOSING_BRACKETS[t.text]].pop(), t.i))
    return pairs


def quoted(text: str, position: int) -> bool:
    """Inside quotation marks (normalised text: straight double quotes)."""
    return text.count('"', 0, position) % 2 == 1


def in_a_quotation(text: str, position: int) -> bool:
    """Inside quotation marks of any kind: straight ones (`quoted`), or guillemets and curly
    ones, which the article's own text and the lines and prompts cut from it keep."""
    before = text[:position]
    return quoted(text, position) or before.count("«") + before.count("“") > before.count("»") + before.count("”")
