"""Raw article text -> checked input, classified blocks and body sentences with exact spans.

Every Block and Sentence keeps its character span in the original text, so later stages can
point back to the article; `normalize` keeps lengths for the same reason.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from typing import Callable, Collection

from quizapp.content.gazetteer import COUNTRIES, is_city
from quizapp.content.timex.lexicon import MONTHS, WEEKDAYS
from quizapp.content.types import Block, CleanText, ContentError, Sentence

MAX_CHARS = 500_000
# Frequent English function words: their share of the words tells English from other text.
ENGLISH_WORDS = frozenset("""
the of and to in is was for that with on by as at from it its his her he she they their
has have had were be been are this which will would not but or an who said after about
than into also more there what when we our you could should these those
""".split())
# Function words of French, German and Spanish that English text almost never uses.
FOREIGN_WORDS = frozenset("""
le les des du est une dans pour qui sur avec pas sont été cette
der die das und ist nicht mit den dem ein eine sich auf für von wird
el los las por una con del se para como su fue sus pero está
""".split())
HTML_TAG = re.compile(
    r"<(?:!doctype|/?(?:html|head|body|p|div|span|a|br|img|script|style|table|tr|td|ul|ol|li"
    r"|h[1-6]|meta|link|article|section|header|footer|nav|strong|em)\b)[^>]*>",
    re.IGNORECASE,
)

# Odd spaces -> " ", curly single quotes -> "'", double quotes and guillemets -> '"'.
_NORMAL_FORMS = str.maketrans({
    **dict.fromkeys("\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                    "\u2009\u200a\u200b\u202f\u205f\u3000\ufeff", " "),
    **dict.fromkeys("\u2018\u2019\u201a\u201b\u2032", "'"),
    **dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033", '"'),
})


def normalize(text: str) -> str:
    """The same text, same length, with plain spaces and quotes for the NLP model."""
    return text.translate(_NORMAL_FORMS)


def check_input(text: str) -> None:
    """Raise ContentError with a message for the user when the text cannot be analysed."""
    if not text or not text.strip():
        raise ContentError("The article is empty: paste or upload its text.")
    if _looks_binary(text):
        raise ContentError("This looks like a binary file, not text: upload a .txt or HTML "
                           "file, or paste the article's text.")
    if len(text) > MAX_CHARS:
        raise ContentError(f"The article is too long ({len(text):,} characters): the limit "
                           f"is {MAX_CHARS:,} characters.")
    if len(HTML_TAG.findall(text)) >= 5:
        raise ContentError("This looks like HTML markup: import it as an HTML file or paste "
                           "the article's text.")
    if not _looks_english(text):
        raise ContentError("This does not look like English text: quizapp analyses English "
                           "news articles only.")


def _looks_binary(text: str) -> bool:
    if "\x00" in text:
        return True
    odd = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) == "Cc"
                                                   and c not in "\n\r\t\f"))
    return odd > 0.01 * len(text)


def _looks_english(text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", text.lower())
    if not words:
        return True  # nothing to judge by: later stages say no events were found
    non_latin = sum(1 for w in words if any(ord(c) > 0x24F for c in w))
    english = sum(1 for w in words if w in ENGLISH_WORDS) / len(words)
    foreign = sum(1 for w in words if w in FOREIGN_WORDS) / len(words)
    if non_latin > len(words) / 2:
        return False
    # A short English text may have few function words; judge it only against foreign ones.
    return english >= 0.1 or (len(words) < 30 and english >= foreign)


# --- blocks -------------------------------------------------------------------------------

SHORT_WORDS = 12  # a line this short without a sentence ending is a caption or heading
_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # one line without its surrounding whitespace
_ENDS_SENTENCE = re.compile(r"[.!?…:;][\"”»’')\]]*$")
_CREDIT = re.compile(
    r"\b(?:image|photo|picture|video)\s*(?:credit|courtesy|source|caption)?\s*:"
    r"|\b(?:image|media)\s+(?:caption|copyright)\b|\((?:AP|AFP|Reuters)?\s*Photo\b"
    r"|\bfile\s+(?:photo|image|picture)\b|\bGetty\s+Images\b|\bREUTERS/|\bPhotograph:"
    # "(Courtesy of the Fire Department via AP)", "(Antarctic Division/Handout via Reuters)"
    r"|\((?:courtesy\s+of\s+)?[^()]*\bvia\s+(?:AP|AFP|Reuters|Getty)\)\s*$|/Handout\b"
    # "(Darryl Dyck/The Canadian Press)": a photographer and an agency close the line
    r"|\([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}/(?:The\s+)?[A-Z][\w.'’ -]*\)\s*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}"
_JOB = r"\b(?i:correspondent|editor|writer|reporter|columnist)s?"
_PREPARED_BY = re.compile(
    r"This\s+(?:report|article|story|piece|analysis)\s+was\s+(?:prepared|written|produced)"
    r"\s+by\s+(?P<author>.+?)\s+for\s+(?P<publisher>.+?)\.?",
    re.IGNORECASE,
)
_BY = re.compile(
    rf"(?:By|BY)\s+(?P<author>{_NAME}(?:\s+and\s+{_NAME})*)"
    r"(?:\s*[,|–—-]\s*(?P<publisher>[^.]+))?\.?"
)
_ROLE_LINE = re.compile(  # "Sophie Grant is the Transport Correspondent of The Daily Item"
    rf"(?P<author>{_NAME})\s+is\s+(?:the|a|an)\s+[\w\s-]*?{_JOB}"
    r"(?:\s+(?:of|for|at)\s+(?P<publisher>[^.]+))?\.?"
)
_CREDITS_LINE = re.compile(
    r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b"
    r"|^[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}\s+(?:reported|wrote)\s+from\s+[A-Z][\w\s,.]*\.?$"
    r"|^\(?\s*(?:contact|write\s+to)\s+(?:the\s+(?:author|reporter|writer)\s+)?at\b"
    r"|\bcontributed\s+to\s+this\s+(?:report|story|article)",
    re.IGNORECASE,
)
_REPORTED_BY = re.compile(r"\(?\s*Reporting\s+by\s+(?P<author>.+?)(?:\s+in\s+[A-Z][\w\s]*)?"
                          r"\s*(?:[;)]|$)")
# "PARIS, March 3, 1998 -", "LONDON, 17 June 2025 —", "LONDON, Nov 3 (Reuters) -",
# "KYIV, Ukraine (AP) —", "KOROLYOV (Moscow Region), September 11 (RIA Novosti) –", "(SCF) –", "O'SMACH, Cambodia (AP)_" (newswire's underscore),
# "(Bloomberg)—Bayer AG agreed" (an em dash glued to the first word)
# "November 17, Brisbane, Australia -", "United States -": a day and places in title case;
# "Cebu, May 2 (IANS): ", "Leeds [UK], March 4 : ", "May 3 (UPI) -- ", "Chennai: ": a
# colon ends a dateline that has a day, an agency or a known place, and "New Delhi | Lakeport
# News Desk: " its desk; "Rome, Aug 18 (IANS/AKI) Italy's ...", "LAKEPORT, Ohio (AP) Open
# champion ...": a day, or a place in capitals and a one-word agency, end one with nothing more
_NAMED = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
_DAY = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})(?:,?\s*\d{4})?"
_DATELINE = re.compile(
    r"(?:(?P<place>[A-Z][A-Z.'’ -]*[A-Z.])(?:\s*\([^()\n]{1,30}\)(?=,))?(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)?"
    r"(?:,\s*" + _DAY + r")?\s*"
    r"|(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*)?(?P<places>" + _NAMED + r"(?:\s*\[[^\[\]\n]{1,30}\])?"
    r"(?:,\s*" + _NAMED + r")*)(?:\s*\|\s*" + _NAMED + r"(?=:))?(?:,\s*(?P<day>" + _DAY + r")\s*|\s+|(?=:))"
    r"|(?P<day_alone>" + _DAY + r")\s+(?=\())?"
    r"(?:\((?P<agency>[^()\n]{1,40})\)\s*)?(?P<end>\.?[-–—_]+(?=\s|$)|[-–—](?=[A-Z][a-z])|:(?=\s)|(?<=\)\s)(?=[A-Z]))"
)


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Spans of paragraphs, or of single lines when lines are not hard-wrapped prose, each
    without a list item's mark."""
    spans: list[tuple[int, int]] = []
    previous_line = None
    for line in _LINE.finditer(text):
        first = previous_line is not None and previous_line.start() == spans[0][0]
        if previous_line and _wraps_into(text, previous_line, line, first):
            spans[-1] = (spans[-1][0], line.end())
        else:
            spans.append(line.span())
        previous_line = line
    return [_past_a_bullet(text, start, end) for start, end in spans]


def _wraps_into(text: str, line: re.Match, following: re.Match, first: bool) -> bool:
    """Whether `following` continues the paragraph of `line` (a hard-wrapped line)."""
    words = line.group().split()
    if text.count("\n", line.end(), following.start()) > 1 or _ENDS_SENTENCE.search(words[-1]):
        return False
    if following.group()[0].islower():
        return True
    if first:  # a title, unless it opens with a dateline or stops mid-phrase ("... on")
        return bool(_dateline(line.group())) or words[-1] in ENGLISH_WORDS
    return len(line.group()) >= 60


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _dateline(block: str, colon: bool = False) -> re.Match | None:
    """The dateline opening the block; one that ends on a colon only with `colon` (the first
    body paragraph: "Chile: Floods hit Santiago" is a headline) and a day, an agency
    alone or a known place ("Note:", "UPDATE:" are neither)."""
    found = _DATELINE.match(block)
    if not found or not (found["place"] or found["places"] or found["agency"]):
        return None
    if found["end"] != ":":
        return found if found["end"] or _day_or_capitals_and_agency(found) else None
    dated = found["day"] or found["day_alone"]
    agency_alone = not (found["place"] or found["places"]) and re.fullmatch(r"[A-Z]{2,}", found["agency"])
    return found if colon and (dated or agency_alone or _a_known_place(found)) else None


def _day_or_capitals_and_agency(found: re.Match) -> bool:
    """ "Rome, Aug 18 (IANS/AKI) Italy's": a day and an agency end a dateline with no dash, and
    so do a place in capitals with its region and a one-word agency ("LAKEPORT, Ohio (AP) Open
    champion", not "IBM (NYSE) Shares")."""
    if not found["agency"]:
        return False
    in_capitals = bool(found["place"]) and "," in found.group() and " " not in found["agency"]
    return bool(found["day"] or found["day_alone"]) or in_capitals


def _a_known_place(found: re.Match) -> bool:
    """Cities or countries, or a place in capitals in a country ("GUINSAUGON, Philippines:")."""
    if _known_places(found["places"] or (found["place"] or "").title()):
        return True
    return bool(found["place"]) and found["place"].isupper() and (
        found.group().rstrip(" :").split(",")[-1].strip() in COUNTRIES)


def _known_places(places: str) -> bool:
    """ "Chennai", "Leeds [UK]", "LAHORE" (as "Lahore"): cities or countries."""
    names = [re.sub(r"\s*\[.*?\]", "", p).strip() for p in places.split(",")]
    return bool(places) and all(is_city(n) or n in COUNTRIES for n in names)


def _looks_like_title(block: str) -> bool:
    short = len(block) <= 150 and len(block.split()) <= 20
    return short and not block.endswith(".") and not _dateline(block)


def _is_caption(block: str, repeated: set[str]) -> bool:
    words = block.split()
    if block in repeated or _CREDIT.search(block):
        return True
    if len(words) > SHORT_WORDS:
        return False
    headline_case = all(not w[0].isalpha() or w[0].isupper() for w in words)
    return headline_case or not _ENDS_SENTENCE.search(block)


def _person_name(name: str) -> str:
    name = " ".join(name.split())
    return name.title() if name.isupper() else name


def _publisher(text: str | None) -> str | None:
    """The publisher named after a byline; "AP Sports Writer" is a job at "AP"."""
    text = text and text.strip()
    if text and re.search(_JOB + "$", text):
        agency = re.match(r"[A-Z]{2,}\b", text)  # otherwise the dateline's agency stands
        return agency.group() if agency else None
    return text or None


def _byline(block: str) -> tuple[str | None, str | None] | None:
    """(author, publisher) stated by a byline or credits line, or None if it is not one."""
    patterns = (_PREPARED_BY, _BY, _ROLE_LINE)
    found = next((m for p in patterns if (m := p.fullmatch(block))), None)
    if found:
        return _person_name(found.group("author")), _publisher(found.group("publisher"))
    if len(block.split()) <= 40 and _CREDITS_LINE.search(block):
        reported = _REPORTED_BY.match(block)
        return (_person_name(reported.group("author")) if reported else None), None
    return None


# a capitalised word inside a sentence after a word in lower case, and the word after it: "all
# Pacific nations" (not the end of a name: "Lakeport Public Television said")
_INNER_CAPITAL = re.compile(r"(?:\b[a-z]+,? |, )([A-Z][a-z]+)(?= ([a-z]+)\b)")
_LOWER_PAIR = re.compile(r"\b([a-z]+)(?= ([a-z]+)\b)")


def capitalised_as_elsewhere(text: str, common: Collection[str]) -> str:
    """A word the article writes in lower case before the same word as it writes it with a
    capital elsewhere inside a sentence, capitalised: "aiding pacific nations" beside "six
    Pacific nations", "the arctic passage" beside "the Arctic passage" (a slip of the source).
    Not before a `common` word (the model's stop words: "the State of Texas" says nothing of
    "the state of emergency"), nor a month or a weekday. Lengths stay the same, so spans hold."""
    never = {*common, *MONTHS, *WEEKDAYS}
    named = {(m[1].lower(), m[2]) for m in _INNER_CAPITAL.finditer(text)
             if m[1].lower() not in never and m[2] not in common}
    if not named:
        return text
    return _LOWER_PAIR.sub(lambda m: m[0].capitalize() if (m[1], m[2]) in named else m[0], text)


# an acute accent or a backtick typed for an apostrophe: "Britain´s", "didn`t" (same length)
SLIPPED_APOSTROPHE = re.compile(r"(?<=[A-Za-z])[\u00b4`](?=(?:s|t|ll|re|ve|d|m)\b)")


# a lede's opening words in capitals, house style: "RESCUE teams were searching", "A MAN
# has been charged" (not an acronym: "NASA said", "UN envoy")
SHOUTED_OPENING = re.compile(r"^[A-Z]+(?:[ \t]+[A-Z]+){0,3}(?=[ \t]+[a-z\d])", re.MULTILINE)
# a drop capital's word before a name: "ELEANOR Catton has become ..."
SHOUTED_NAME_OPENING = re.compile(r"^[A-Z]{2,}(?=[ \t]+[A-Z][a-z])", re.MULTILINE)


def unshouted(text: str, is_word: Callable[[str], bool]) -> str:
    """A paragraph's opening words in capitals in sentence case, when each is an English word
    (`is_word`, or one of a few function words); a word of three letters or fewer alone may be
    an acronym ("IT workers", "WHO officials"), and a word the article capitalises elsewhere
    keeps its capital ("MARK SMITH said": "Mark Smith"); so does a word in capitals before a
    name, when it is "THE" or the article writes it so elsewhere ("THE Bank", "ELEANOR Catton";
    not "NASA Administrator", "WHO Director-General"). Lengths stay the same, so spans hold."""
    def recased(opening: re.Match) -> str:
        words = opening.group().lower().split()
        if len(words) == 1 and len(words[0]) < 4:
            return opening.group()
        if not all(len(w) == 1 or w in ENGLISH_WORDS or is_word(w) for w in words):
            return opening.group()
        return re.sub(r"[A-Z]+", lambda w: w.group().title() if w.start() == 0 or _capitalised_in(
            text, w.group()) else w.group().lower(), opening.group())
    text = SHOUTED_OPENING.sub(recased, text)
    return SHOUTED_NAME_OPENING.sub(lambda w: w.group().title() if w.group().lower() == "the" or _capitalised_in(
        text, w.group()) else w.group(), text)


def _capitalised_in(text: str, word: str) -> bool:
    return re.search(rf"\b{word.title()}\b", text) is not None


# a list item's mark before its words: "- ", "• ", "* "
LIST_BULLET = re.compile(r"[-•*–—]\s+(?=\S)")


def _past_a_bullet(text: str, start: int, end: int) -> tuple[int, int]:
    """ "- Da Vinci's Salvator Mundi ...": a list item's mark is no part of it."""
    bullet = LIST_BULLET.match(text, start, end)
    return (bullet.end() if bullet else start), end


def clean(text: str, title: str | None = None) -> CleanText:
    """Split the article into classified blocks; metadata comes from title, dateline, byline."""
    text = SLIPPED_APOSTROPHE.sub("’", text)
    title = SLIPPED_APOSTROPHE.sub("’", title) if title else title
    spans = _paragraph_spans(text)
    counts = Counter(text[start:end] for start, end in spans)
    repeated = {line for line, n in counts.items() if n > 1 and len(line.split()) <= 25}
    blocks: list[Block] = []
    found = {"title": title, "dateline": None, "author": None, "publisher": None, "agency": None}
    for start, end in spans:
        block = text[start:end]
        byline = _byline(block)
        # title="" says the text has no title line, None asks to find one
        is_title = _same_text(block, title) if title is not None else (
            not blocks and _looks_like_title(block))
        if is_title:
            blocks.append(Block(block, start, end, "title"))
            found["title"] = found["title"] or block
        elif byline:
            blocks.append(Block(block, start, end, "byline"))
            found["author"] = found["author"] or byline[0]
            found["publisher"] = found["publisher"] or byline[1]
        else:
            blocks += _body_or_caption(block, start, blocks, repeated, found)
    # "(Reuters)" in a dateline names the publisher unless a byline does
    agency = found.pop("agency")
    found["publisher"] = found["publisher"] or agency
    return CleanText(text, tuple(blocks), **found)


def _body_or_caption(block: str, start: int, blocks: list[Block], repeated: set[str],
                     found: dict) -> list[Block]:
    """A dateline opens the first body paragraph only; a caption stands apart."""
    opened = found["dateline"] or any(b.kind == "body" for b in blocks)
    dateline = None if opened else _dateline(block, colon=True)
    if dateline:
        found["dateline"] = re.sub(r"(?<=\))\.$", "", block[: dateline.end()].rstrip(" -–—:\u00a0"))  # "(EFE).-"
        found["agency"] = dateline["agency"]
        return _split_dateline(block, start, dateline.end())
    kind = "caption" if _is_caption(block, repeated) else "body"
    return [Block(block, start, start + len(block), kind)]


def _split_dateline(block: str, start: int, dateline_end: int) -> list[Block]:
    """The dateline block and the body that follows it in the same paragraph."""
    dateline = block[:dateline_end].rstrip()  # "LAKEPORT, Ohio (AP) " ends on its space
    parts = [Block(dateline, start, start + len(dateline), "dateline")]
    body_start = len(block) - len(block[dateline_end:].lstrip())
    if body_start < len(block):
        parts.append(Block(block[body_start:], start + body_start, start + len(block), "body"))
    return parts


# --- sentences ----------------------------------------------------------------------------

# Abbreviations that always precede a name, so their period never ends a sentence ("v.": a
# case, "Lakeport v. Ash").
NAME_TITLES = frozenset("""
mr mrs ms dr prof sen rep gov gen col lt sgt capt maj cmdr adm rev st jr sr pres supt det
insp hon amb mt ft messrs mme mlle gens v
""".split())
# Abbreviations followed by a number: "No. 5", "Nov. 6", "Sept. 4".
NUMBER_PREFIXES = frozenset(
    "no nos vol art fig jan feb mar apr jun jul aug sep sept oct nov dec".split())
# Abbreviations that may also end a sentence ("... Apple Inc. The company said").
ENDING_ABBREVIATIONS = frozenset("inc corp ltd co cos cie bros etc vs".split())  # "Cie.": "Compagnie"
# Words that start a new sentence after an abbreviation that can also end one ("the U.S. The").
SENTENCE_STARTERS = frozenset("""
the a an it he she they we i but and in on this that these those there his her their its
however meanwhile after when as at if some many while since last earlier later
""".split())
# a full stop before the next sentence's capital, after a space or, as a slip of the source,
# glued to a word ("from Costa.About 65 percent")
_SENTENCE_END = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s+[\"“«‘'(\[]*[A-Z0-9])|(?:(?<=[a-z]{3})|(?<=\d{4}))\.(?=(?:[A-Z][a-z]{3,}|He|She|It|We|They|The|In|On|At|But|His|Her|Its)\b)")
_TOKEN_BEFORE = re.compile(r"[^\s\"“«‘(\[]*$")


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """Sorted spans of quotations closed in the same text; an unclosed quote is ignored."""
    spans, opened_at = [], None
    for mark in re.finditer(r"[“”«»\"]", text):
        char = mark.group()
        if opened_at is not None and char in "”»\"":
            spans.append((opened_at, mark.end()))
            opened_at = None
        elif char in "“«\"":
            opened_at = mark.start()  # a second opening mark means the first one never closed
    return spans


def _titles_joined(key: str) -> bool:
    """ "lt.-gov": two titles in one word, or a title said of the past, "then-gov" (not
    "next-gen")."""
    parts = [part.rstrip(".") for part in key.split("-")]
    return len(parts) == 2 and parts[1] in NAME_TITLES and (parts[0] in NAME_TITLES or parts[0] in ("then", "ex"))


def _is_abbreviation(text: str, end: re.Match) -> bool:
    """Whether the period of a sentence-end candidate belongs to an abbreviation."""
    if end.group() != ".":
        return False
    # look at a few characters either side only, so long paragraphs stay linear
    token = _TOKEN_BEFORE.search(text[max(0, end.start() - 30):end.start()]).group()
    following = text[end.end():end.end() + 30].split(maxsplit=1)
    next_word = following[0].strip("\"“«‘'([") if following else ""
    key = token.lower()
    if key in NAME_TITLES or _titles_joined(key) or (len(token) == 1 and token.isupper()):
        return True
    if key in NUMBER_PREFIXES:
        return next_word[:1].isdigit()
    dotted = re.fullmatch(r"(?:\d{1,2}(?::\d\d)?)?(?:[a-z]\.)+[a-z]", key)  # "U.S", "a.m", "7p.m"
    ambiguous = dotted or key in ENDING_ABBREVIATIONS
    return bool(ambiguous) and next_word.lower() not in SENTENCE_STARTERS


def _inside(quoted: list[tuple[int, int]], quote_starts: list[int], position: int) -> bool:
    """Whether position falls strictly inside one of the sorted quotation spans."""
    index = bisect_right(quote_starts, position - 1) - 1
    return index >= 0 and position < quoted[index][1]


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans within one paragraph, stripped of surrounding whitespace."""
    quoted = _quoted_spans(text)
    quote_starts = [start for start, _ in quoted]
    cuts = [0]
    for end in _SENTENCE_END.finditer(text):
        if _inside(quoted, quote_starts, end.end()) or _is_abbreviation(text, end):
            continue
        cuts.append(end.end())
    cuts.append(len(text))
    spans = []
    for start, stop in zip(cuts, cuts[1:]):
        left = start + len(text[start:stop]) - len(text[start:stop].lstrip())
        right = start + len(text[start:stop].rstrip())
        if left < right:
            spans.append((left, right))
    return spans


def sentences(clean: CleanText) -> list[Sentence]:
    """Body sentences in narrative order, with spans into the original text."""
    found: list[Sentence] = []
    body = [block for block in clean.blocks if block.kind == "body"]
    for paragraph, block in enumerate(body):
        for start, stop in _sentence_spans(block.text):
            found.append(Sentence(len(found), block.text[start:stop], block.start + start,
                                  block.start + stop, paragraph))
    return found
