"""Every word list of the engine, one name and one meaning each.

General English, never the facts of an article. Lists that a well-kept data package holds
(countries, places, given names, titles) come from those packages, in gazetteer.py.
"""
from __future__ import annotations

import re
from types import MappingProxyType

# --- verbs and auxiliaries ---------------------------------------------------------------
MODALS = frozenset({"will", "shall", "would", "could", "may", "might", "should", "must", "ca",
                    "can", "'ll"})
FUTURE_MODALS = frozenset({"will", "shall", "'ll"})
# "is due to sign", "plans to hold", "expected to vote": the clause under them is not a fact
PLAN_LEMMAS = frozenset({"due", "plan", "expect", "intend", "hope", "aim", "set", "schedule", "go",
                         "want", "propose", "seek"})
FORECAST_LEMMAS = frozenset({"expect", "forecast", "predict", "schedule", "slate"})
CONDITIONAL_MARKS = frozenset({"if", "unless"})
# verbs of saying and showing: the event is what was said, not the saying
REPORTING_LEMMAS = frozenset({"say", "tell", "announce", "report", "confirm", "add", "state",
                              "claim", "note", "write", "show", "find", "reveal"})
# verbs of quoting: who said it is a source, not a fact of the story ("said Julia Blake, an
# analyst"); judges fail "who said" questions as trivia
QUOTING_LEMMAS = frozenset({"say", "add", "tell", "attribute", "ask", "note", "explain", "insist",
                            "argue", "reply", "state", "claim", "comment", "assert"})
# verbs that many share: "Which country competed in the 2008 Summer Paralympics?" has as many
# right answers as there were competitors
SHARED_LEMMAS = frozenset({"compete", "participate", "attend", "involve"})  # "Who was involved in ...?"
# what many do at once, told by the object: "Who paid tribute to Wogan?" has many right answers
SHARED_OBJECTS = ("tribute", "condolences", "their condolences", "his condolences", "her condolences")
# verbs of feeling: "Who was thrilled by the win?" asks a mood, which many may share
FEELING_LEMMAS = frozenset({"thrill", "delight", "please", "disappoint", "sadden", "shock", "surprise",
                            "upset", "excite", "relieve", "frustrate", "anger", "worry", "nonplus", "dismay",
                            "stun", "astonish", "baffle"})
# a gesture, or a showing on screen: "Who fell onto her back on the court in celebration?",
# "Who took to Twitter?", "Who appeared on television?" ask a detail, not a fact of the story
# (judges failed five such of five)
GESTURE_LEMMAS = frozenset({"stroll", "wave", "smile", "hug", "kiss", "kneel", "pose", "tweet"})
ON_SCREEN = ("to Twitter", "on Twitter", "to social media", "on social media", "on Facebook",
             "on Instagram", "on television", "on TV", "on state television")
IN_CELEBRATION = "in celebration"  # "fell onto her back on the court in celebration"
GESTURE_OBJECT = re.compile(r"^(?:an?|his|her|their) (?:\w+ )?(?:smile|grin|hug|kiss|hands?|fist)\b")  # "had a huge smile"
# verbs of saying whose quotation a clause may leave out ("Mrs. Doyle said outside the court")
SPEECH_LEMMAS = frozenset({"say", "tell", "add", "state", "claim", "announce", "warn", "note",
                           "explain", "write", "insist", "argue", "reply", "ask"})
# a school named for its town goes without "the": "Lakeport University"
SCHOOL_HEADS = frozenset({"university", "college"})
# "its efforts to restart the talks": nouns that say nothing without what they are for
PURPOSE_NOUNS = frozenset({"effort", "bid", "attempt", "drive", "campaign", "plan"})
# words that open an aside closed by a comma: "five, including a nurse, in the north"
ASIDE_OPENERS = frozenset({"including", "among", "notably", "mostly", "mainly", "especially"})
# "raised the issue of the murder of ...", "were triggered by the deaths of ...": verbs that only
# bring up a harm or follow from it
HARM_TALK_LEMMAS = frozenset({"raise", "ask", "discuss", "mention", "recall", "debate", "address", "question",
                              "spark", "trigger", "cause", "provoke", "prompt", "fuel"})
# "seemed relaxed", "looked tired": how someone came across, no event
SEEMING_LEMMAS = frozenset({"seem", "appear", "look", "sound"})
# a reaction to an event, which may carry that event's date: "had condemned the invasion on Aug. 2"
REACTION_LEMMAS = frozenset({"condemn", "criticize", "criticise", "denounce", "welcome", "praise",
                             "protest", "mourn", "applaud", "deplore", "hail"})
# verbs whose participle after a noun tells what its noun did, not what was done to it:
# "Tom Ash, recovered from a finger injury," had recovered
UNDERGONE_LEMMAS = frozenset({"recover", "return", "retire", "arrive", "depart", "resign", "escape", "emerge"})
# what two or more do together: "Amtek and Kestrel, which merged in 1998": both merged
RECIPROCAL_VERBS = frozenset({"merge", "combine", "unite", "meet", "marry", "collide", "join"})
RESCHEDULING_LEMMAS = frozenset({"backdate", "postpone", "delay", "defer", "adjourn", "extend"})
# verbs that fix when something else is to happen: "set a July 27 sentencing date"
SCHEDULING_LEMMAS = frozenset({"set", "schedule", "fix", "call"})
# verbs that call someone to appear later: "subpoenaed her to testify on Feb. 10" (not "urged
# residents to stay indoors on Monday", which may date the urging)
DIRECTING_LEMMAS = frozenset({"subpoena", "summon", "invite"})
# "the fiscal year ended March 31": the date of the period's end, not of the clause
PERIOD_EDGE_LEMMAS = frozenset({"end", "begin", "start", "close"})
# "spent New Year's Eve there": the date is what the verb is about
DATE_OBJECT_LEMMAS = frozenset({"spend", "celebrate", "mark"})
# irregular verbs whose simple past is their participle ("made"), so a passive can turn active
SAME_PAST_AND_PARTICIPLE = frozenset(
    "made built held sent found left lost paid said sold told brought bought caught taught "
    "thought fought kept led met read set put cut hit shut spent won struck laid lent meant "
    "heard sought spun stood understood".split()
)
# adverbs between subject and verb that change what the clause claims: "nearly collapsed"
KEPT_ADVERBS = frozenset({
    "nearly", "almost", "never", "narrowly", "barely", "hardly", "scarcely", "first",
    "just", "only", "twice", "once", "reportedly", "allegedly", "partly", "briefly", "finally", "last",
    "previously", "formerly", "initially", "originally",  # "had previously only expressed regret": not now
})
# "who only joined Lakeport last year", "once served as minister in the 1980s": said of the date
RECENCY_ADVERBS = frozenset({"only", "just", "once", "previously", "formerly", "initially", "originally"})
MESSAGE_LEMMAS = frozenset({"post", "issue", "release", "publish", "send", "share", "put"})  # "posted a message"
PARTICLES = frozenset({"back", "up", "down", "off", "out", "on", "in", "away"})

# --- dependencies ---------------------------------------------------------------------------
OBJECT_DEPS = frozenset({"ccomp", "xcomp", "attr", "acomp", "dative", "oprd", "prt"})
# a verb's children that are another clause or a side remark, not part of its own clause
DETACHED_DEPS = frozenset({"punct", "cc", "conj", "mark", "parataxis", "appos", "advcl", "meta",
                           "dep"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})

# --- prepositions and linking words -----------------------------------------------------------
AS_EARLY_AS = frozenset({"as early as", "as late as", "as recently as"})
EDGE_WORDS = frozenset({"early", "late", "earlier", "later", "just", "only", "sometime"})  # "early on Friday", "only moments later", "sometime in July"
# prefixes a hyphen joins to a word, capitalised only when they open a sentence ("Ex-Soviet")
WORD_PREFIXES = frozenset({"ex", "non", "anti", "pro", "pre", "post", "self", "semi", "co"})
OPENING_EDGE_WORDS = frozenset({"back"})  # "Back in April, ...", not "came back in April"
TRAILING_EDGE_WORDS = frozenset({"alone"})  # "last week alone": nothing without its date
# a preposition that may open a clause of its own ("after the court rejected his appeal")
CLAUSE_LINKS = frozenset({"after", "before", "until", "since", "as", "because"})
# the links of a clause that says what a line is about: "searching [after a ferry sank]"
CONTEXT_LINKS = frozenset({"after", "when", "because", "as", "while"})
SEQUENCE_WORDS = frozenset({"before", "after", "until", "till", "following"})
# participles that work as prepositions: "died following a stroke on Monday" dates the death
PREPOSITION_PARTICIPLES = frozenset({"following", "including", "excluding", "regarding",
                                     "concerning", "pending", "barring"})
# "crude for September delivery", "the December contract": a contract's month, not a trade's
CONTRACT_WORDS = frozenset({"delivery", "contract", "contracts", "futures"})
BASELINE_WORDS = frozenset({"from", "than", "below", "above"})  # "cut by 60% from 2013 levels"
COMPARING_WORDS = BASELINE_WORDS | {"compared", "versus"}  # "compared with $33 million a year ago"
# a figure of a period: "third-quarter profit" dates the profit, not its report
PERIOD_FIGURE_WORDS = frozenset({"profit", "profits", "earnings", "net", "income", "loss",
                                 "losses", "sales", "revenue", "revenues", "results", "output",
                                 "dividend", "shipments"})
# a figure that belongs to someone: "Sales rose 5%" says nothing without whose
OWNED_FIGURE_WORDS = PERIOD_FIGURE_WORDS | {"assets", "reserves", "traffic", "expense", "expenses",
                                            "shares", "stock", "costs", "orders", "volume", "debt"}
SPAN_WORDS = frozenset({"for", "between", "from", "until", "till", "through"})
# prepositions that set a gerund's time against its main clause ("after passing a medical")
TIME_LINKS = frozenset({"after", "before", "while", "when", "upon", "on", "since", "by"})
# a report's setting, not what was reported ("said in a statement")
SETTING_WORDS = frozenset({"in", "at", "on", "during", "after", "before", "via", "through", "from"})

# --- nouns of time --------------------------------------------------------------------------
TIME_NOUNS = frozenset({"year", "month", "week", "day", "morning", "afternoon", "evening",
                        "weekend", "spring", "summer", "autumn", "fall", "winter", "season",
                        "time"})
# "the first week of May", "much of the 2000s": a part of a time, not the time
TIME_PART_WORDS = frozenset({"week", "end", "rest", "start", "beginning", "middle", "half", "part",
                             "much", "most", "all", "some"})
# "at the time", "around the world": "the" and a noun that names nothing a line leaves out
PLAIN_WORDS = frozenset({"time", "moment", "past", "present", "future", "world"})
# "in Germany ... in the country": the place the line has just named ("the city's health
# department" after "Melbourne" was judged unclear: which city?)
COUNTRY_WORDS = frozenset({"country", "nation"})
# a state's bodies, which a people's adjective names with a "the" ("the Kenyan Foreign Ministry";
# not a firm's name: "Canadian Bond Rating Service")
STATE_BODIES = frozenset({"ministry", "embassy", "parliament", "government", "army", "navy", "police", "cabinet"})
# "in the former British colony", "the oil-rich kingdom": a country named by what it is like,
# which only the story says
EPITHET_PLACE_NOUNS = COUNTRY_WORDS | {"colony", "kingdom", "republic", "emirate", "state", "island", "territory",
                                       "enclave"}
# those a people's adjective names ("the Kenyan state"; a "British colony" is another's)
SELF_RULED = COUNTRY_WORDS | {"state", "republic", "kingdom"}
# what happened, named by "the" and where or when alone: "The blast in Lakeport killed 12" (which
# blast?); a line names its target ("the bombing of the embassy")
INCIDENT_NOUNS = frozenset({"blast", "blasts", "explosion", "explosions", "bombing", "bombings", "attack", "attacks",
                            "shooting", "shootings", "crash", "fire", "quake", "earthquake", "incident", "accident",
                            "collision", "killing", "killings", "raid", "ambush", "massacre", "clash", "clashes"})
# what was done to someone, whose "of" names them: "the murder of Ana Costa"
HARM_NOUNS = INCIDENT_NOUNS | {"death", "deaths", "murder", "murders", "assassination", "arrest", "arrests",
                               "gunning", "abduction", "kidnapping", "execution", "disappearance"}
# one deed or event of a named place or people, which takes an article: "the Tarnow case"
NAMED_DEEDS = INCIDENT_NOUNS | {"case", "incursion", "invasion", "offensive", "operation", "mission", "summit", "visit"}
# things whose point is what they say: "signed a law" (what law?), "expressed deep concern" (over what?)
SAYING_NOUNS = frozenset({"law", "decree", "bill", "resolution", "statement", "concern", "letter", "report",
                          "message", "warning", "appeal", "request", "proposal", "hope", "regret"})
# one person left unnamed: "Police arrested a man" (which?)
ONE_UNNAMED = frozenset({"man", "woman", "person", "boy", "girl", "suspect"})
# what one holds for or against a thing that need not come about: "opposition to allowing ..."
STANCE_NOUNS = frozenset({"opposition", "objection", "resistance", "support", "proposal", "plan", "bill",
                          "ban", "vote", "refusal", "reluctance", "call", "demand"})
# adverbs after the verb that link its sentence to the one before: "warned however that"
LINKING_ADVERBS = frozenset({"however", "nevertheless", "nonetheless", "moreover", "furthermore", "therefore", "though"})
# a step one takes in one's own post: "his resignation" says which
OWN_STEPS = frozenset({"resignation", "retirement", "candidacy", "duties", "job", "post"})

# --- pronouns and determiners ---------------------------------------------------------------
DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
# a subject pronoun -> what it may stand for
PRONOUN_REFERENTS = {"it": "thing", "he": "person", "she": "person", "they": "many"}
# a possessive pronoun -> its subject pronoun
POSSESSIVE_PRONOUNS = {"its": "it", "his": "he", "her": "she", "their": "they"}
OBJECT_PRONOUNS = frozenset({"him", "her"})
RELATIVE_PRONOUN_TAGS = frozenset({"WDT", "WP"})
RELATIVE_WORDS = frozenset({"who", "whose", "whom", "which", "that"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PLACE_KINDS = frozenset({"place", "country"})  # actor kinds that name where, not who
ARTICLES = frozenset({"the", "a", "an"})

# --- what a text may not open or end on ---------------------------------------------------------
# subject pronouns and possessives: who or what they mean is in a sentence the reader lacks
OPENING_PRONOUNS = frozenset({"it", "its", "they", "their", "them", "he", "his", "she", "her",
                              "this", "that", "these", "those", "such"})
# a first word that links to the sentence before ("But the talks ...", "Meanwhile, ...")
LEANING_OPENERS = frozenset({"but", "and", "or", "yet", "so", "still", "however", "meanwhile",
                             "also", "then", "instead", "nonetheless", "nevertheless", "moreover",
                             "furthermore", "besides", "thus", "therefore", "otherwise", "later",
                             "afterwards", "finally", "indeed", "previously", "separately",
                             "earlier", "overall", "likewise", "another", "other", "elsewhere",
                             "meantime", "additionally", "consequently", "accordingly"})
# a country's offices, named after it: "US Embassy", "UK government"
STATE_OFFICES = frozenset({"embassy", "consulate", "government", "army", "navy", "military"})
# endings of participles no past tense is written with: "born", "sworn", "taken", "shown"
PARTICIPLE_ENDINGS = ("en", "wn", "rn")
# counts that open a sentence capitalised, no name: "Millions have hoped the vote ..."
PLURAL_COUNTS = frozenset({"dozens", "hundreds", "thousands", "millions", "billions"})
# names said with "the": "in United States" lost its article
NAMES_WITH_THE = ("United States", "United Nations", "United Kingdom", "European Union",
                  "Soviet Union", "Netherlands", "Philippines", "White House", "Pentagon", "Kremlin",
                  "Democratic Republic of Congo")
# last words of a country's name said with "the": a common noun or a plural ("the Czech
# Republic", "the Bahamas")
COUNTRY_HEADS_WITH_THE = frozenset({"states", "kingdom", "republic", "emirates", "union", "netherlands",
                                    "philippines", "bahamas", "gambia", "maldives", "seychelles", "comoros"})
# a name ending so is said with "the": "the Justice Department", "the Jenner Institute"
INSTITUTION_HEADS = frozenset({"university", "ministry", "department", "agency", "office", "court",
                               "party", "association", "union", "federation", "committee", "commission",
                               "institute", "foundation", "fund", "church", "league", "authority",
                               "board", "bureau", "council", "army", "navy", "police", "organization",
                               "organisation", "register", "museum", "gallery", "trust", "service",
                               "senate", "assembly"})
# the last words of bodies said with "the" beside the institutions: "the Lakeport Incident Response Team"
TEAM_HEADS = frozenset({"team", "unit", "tribunal", "alliance", "coalition", "movement", "front", "corps", "force", "forces"})
# quotation marks that open and close a nickname or a title, each with its closing one: Tom E. “Fish” Ash
QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’"}
# marks that open and close in pairs, for a text that must be balanced (newswire's ``quotes'' too)
PAIRED_MARKS = (("(", ")"), ("[", "]"), ("«", "»"), ("“", "”"), ("``", "''"))
OPENING_QUOTES = frozenset(QUOTE_PAIRS)
CLOSING_QUOTES = frozenset(QUOTE_PAIRS.values())
DASHES = frozenset({"–", "—", "--"})
# a kind of body, which says whose people they are only beside its name: "company officials",
# "union leaders" (which company, which union?)
BODY_KINDS = INSTITUTION_HEADS | {"company", "firm", "city", "state", "county", "team", "club", "school",
                                  "district", "hospital", "airline", "government", "bank"}
# nouns in -s that take a singular verb: "the news has spread"
# words that count a plural after "a": "a few residents", "a dozen boats"
COUNTING_WORDS = frozenset({"few", "many", "lot", "couple", "dozen", "hundred", "thousand", "million"})
SINGULAR_PLURALS = frozenset({"news", "series", "species", "means", "headquarters", "politics", "economics",
                              "physics", "mathematics", "athletics", "whereabouts", "gymnastics", "olympics",
                              "media", "data", "crossroads", "barracks", "gallows"})
# the kinds of place a story gives the size of: "the city of 78,000", "an archipelago of 270 million people"
SIZED_PLACES = ("city", "town", "village", "country", "nation", "county", "island", "state", "archipelago")
# a place said by its kind before a body's name: "the state Water Supply Commission" (which state?)
UNNAMED_PLACES = frozenset({"state", "city", "county"})
UNNAMED_PLACES_CAPITALISED = frozenset({"city", "county"})  # not "the State Department", a name
# a post just counted says no more than that there was one: "relinquished a post"
HELD_POSTS = frozenset({"post", "position", "role", "job", "office", "seat"})
# a place in a race: "finished second", "came in 3rd" (words, as the gate reads without lemmas)
PLACING_VERBS = frozenset({"finish", "finished", "finishes", "place", "placed", "come", "came"})
RANK_WORDS = frozenset("first second third fourth fifth sixth seventh eighth ninth tenth last".split())
# endings of a noun for someone who does something: "knuckleballer", "guitarist"
AGENT_ENDINGS = ("er", "or", "ist", "ian")
# the lower-case word for a body that a name the model cut off stands before: "Frelimo party"
BODY_WORDS = frozenset({"party", "movement", "front", "alliance"})
# first words of an organization's name that say only what kind it is: "Regional Council",
# "Health Department" need the place before them
GENERIC_ORGANIZATION_WORDS = frozenset({"regional", "national", "state", "city", "county", "district",
                                        "provincial", "federal", "local", "central", "royal", "health",
                                        "interior", "foreign", "defence", "defense", "justice", "police",
                                        "fire", "education", "environment", "transport", "supreme",
                                        "high", "civil", "armed", "air", "football", "cricket", "rugby"})
# words that say only what kind or level a body is: "General" of "General Motors" names nothing
GENERIC_NAME_WORDS = GENERIC_ORGANIZATION_WORDS | {"general", "united", "international", "global"}
# a clause ending on one of these lost its object in the parse ("for the first goal four")
DANGLING_ENDS = frozenset({"the", "a", "an", "of", "to", "and", "or", "but", "with", "by", "for",
                           "in", "on", "at", "from", "as", "that", "which", "its", "their", "his",
                           "into", "onto", "than", "between", "upon", "via", "during",  # not "voted against."
                           "her", "worth",  # "bought $2.4 billion worth": of what?
                           *"two three four five six seven eight nine ten eleven twelve".split()})

# --- names ------------------------------------------------------------------------------------
NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "del", "la", "le",
                            "bin", "al", "dos", "das", "do", "des", "della", "ibn", "zu"})
# the last word of a post, not of a name: "The Environment Secretary, Emma Reynolds"
TITLE_WORDS = frozenset({"secretary", "minister", "president", "chancellor", "spokesman",
                         "spokeswoman", "spokesperson", "governor", "mayor", "commissioner",
                         "chairman", "chairwoman"})
# verbs of arriving say little without where: "arrived in Lisbon", "returned home" (forms:
# the gate's second parse has no lemmas)
ARRIVING = frozenset({"arrive", "arrives", "arrived", "arriving", "return", "returns", "returned",
                      "returning"})
PLACE_MARKERS = frozenset({"in", "at", "to", "into", "from", "home", "here", "there", "back"})
TITLE_TIMES = frozenset({"former", "acting", "interim", "outgoing"})  # "former High Court judge"
# common words that open a role: "double Olympic champion", "defending champion"
ROLE_OPENERS = frozenset({"double", "triple", "defending", "reigning", "retired", "veteran", "current"})
# words a job title may contain besides capitalised ones: "Minister and Special Representative
# for the Middle East", "foreign ministry spokesperson"
TITLE_GLUE = frozenset({"and", "for", "of", "the", "a", "on", "-", "&"})
KIN = frozenset({"father", "mother", "son", "daughter", "wife", "husband", "brother", "sister",
                 "uncle", "aunt", "cousin", "niece", "nephew", "widow", "widower", "law", "partner",
                 "fiancé", "fiancée"})
# nouns for a man or a woman: "her husband" is whom a "he" after it stands for, not a woman named before
MALE_NOUNS = frozenset({"father", "son", "husband", "brother", "uncle", "nephew", "widower", "fiancé", "man",
                        "boy", "grandfather", "grandson", "stepfather", "stepson", "boyfriend"})
FEMALE_NOUNS = frozenset({"mother", "daughter", "wife", "sister", "aunt", "niece", "widow", "fiancée", "woman",
                          "girl", "grandmother", "granddaughter", "stepmother", "stepdaughter", "girlfriend"})
# units a figure is measured in: "300 feet, or 90 meters" gives one figure in two
MEASURE_UNITS = frozenset({"feet", "foot", "ft", "yards", "inches", "miles", "mile", "metres", "meters",
                           "metre", "meter", "m", "km", "kilometres", "kilometers", "cm", "centimetres",
                           "centimeters", "mm", "pounds", "lb", "lbs", "kg", "kilograms", "tonnes", "tons",
                           "acres", "hectares", "litres", "liters", "gallons", "degrees", "mph", "kph"})
# the head of a chamber's name ("House of Representatives", "National Assembly"): a chamber
# offered among parties or ministries is absurd ("Congress" is a party in India too)
CHAMBER_HEADS = frozenset({"house", "senate", "assembly", "parliament", "congress", "duma", "knesset", "lords", "commons"})
# the last words of a news outlet's name: a paper offered among a prosecutor and a party is no choice
# ("post", "mail", "express", "news" also end other firms' names)
NEWS_HEADS = frozenset({"times", "journal", "herald", "telegraph", "tribune", "gazette", "guardian", "chronicle",
                        "observer", "newspaper"})
BENCH_ROLES = frozenset({"manager", "coach", "boss", "referee"})  # who does not play the match
PLAYER_ROLES = frozenset({"player", "striker", "forward", "winger", "midfielder", "defender", "goalkeeper",
                          "keeper", "captain", "substitute", "bowler", "batsman"})
# someone a line may speak of without a name: "A judge handed down ...", "A man was arrested"
PEOPLE_NOUNS = frozenset({"man", "woman", "boy", "girl", "person", "teenager", "teen", "child", "judge", "officer",
                          "soldier", "doctor", "passenger", "pilot", "policeman", "policewoman", "gunman",
                          "reporter", "correspondent"})
PLACE_LEADS = frozenset({"river", "lake", "mount", "cape", "fort", "port", "isle", "gulf", "bay"})
PLACE_SUFFIXES = frozenset({"region", "province", "city", "district", "county", "state"})
# what makes the name after it another's: "a biographer of Tom Ash", "an aide to Ana Costa"
OWNING_WORDS = frozenset({"of", "to", "for", "by", "with", "from"})
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "into", "outside", "across", "around",
                                "throughout", "inside"})
# "played for Victoria Lakeport", "transferred to Victoria Lakeport": a club, whatever its name's words
CLUB_VERBS_BY_PREPOSITION = MappingProxyType({"for": frozenset({"play", "sign", "score", "star", "debut"}),
                                              "to": frozenset({"transfer"})})
STORM_WORDS = frozenset({"cyclone", "hurricane", "typhoon", "storm", "tropical"})

# --- what a name stands beside (the kind of actor it is, or none) -----------------------------
# "the aircraft carrier John F. Kennedy", "the satellite Sentinel-2": things, never actors
THING_NOUNS = frozenset({"ship", "vessel", "boat", "submarine", "frigate", "destroyer", "tanker",
                         "ferry", "yacht", "cruiser", "aircraft carrier", "satellite", "spacecraft",
                         "probe", "rocket", "lander", "rover", "telescope", "plane", "jet",
                         "aircraft", "train", "locomotive", "car", "album", "song", "single",
                         "film", "movie", "book", "novel", "painting", "play", "opera", "horse",
                         "hurricane", "storm", "cyclone", "typhoon", "virus", "drug", "vaccine",
                         "serial", "series", "sitcom", "documentary", "musical"})
# "Crazy Eddie, the electronics retailer": a company, whatever the model said
ORGANIZATION_NOUNS = frozenset({"company", "firm", "retailer", "chain", "maker", "manufacturer",
                                "website", "site", "network", "channel", "newspaper", "magazine",
                                "airline", "insurer", "lender", "bank", "broker", "group", "club",
                                "team", "band", "charity", "agency", "party", "union", "studio",
                                "publisher", "brand", "supplier", "startup"})
# the people a story quotes rather than tells of: "Who is the analyst with Smith Barney?" asks
# a source's job title, not a fact of the story
SOURCE_ROLES = frozenset({"analyst", "spokesman", "spokeswoman", "spokesperson", "critic",
                          "economist", "trader", "dealer", "strategist", "commentator",
                          "columnist", "correspondent", "reporter", "expert", "consultant",
                          "researcher", "observer", "professor", "publisher", "editor", "bureau"})
# words before a noun that say which one: "the first man to ...", "the third judge convicted ..."
ONE_WORDS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "only"})
# where someone is from, or whose fellow, not what they do: "British-Irish citizen", "Kenyan
# compatriot" are no role to match (though "resident" leads a name as a title does, in ROLE_NOUNS)
# a team told by its coach: "Tom Ash's men", "Ana Costa's side"
SIDE_WORDS = frozenset({"men", "women", "side", "squad", "boys", "girls"})  # not "charges": a court's too
# one of many that takes a singular verb: "the trio won a combined 12 medals"
GROUP_NOUNS = frozenset({"trio", "pair", "couple", "duo", "team", "group", "family", "side", "squad", "crew"})
# those who belong to a body, which a line must name: "Members heard ...", "Shareholders approved ..."
MEMBERSHIP = frozenset({"members", "delegates", "trustees", "shareholders", "employees", "colleagues",
                        "relatives"})  # not "Councillors": a town's, whose story it is
BELONGING = frozenset({"citizen", "citizens", "national", "nationals", "native", "natives", "resident", "residents",
                       "compatriot", "compatriots", "countryman", "countrymen", "countrywoman", "teammate",
                       "teammates", "team-mate", "counterpart", "counterparts"})
# what befalls a thing: in "two trains collided, killing 358 people", the collision killed
MISHAP_LEMMAS = frozenset({"collide", "crash", "derail", "capsize", "overturn", "sink", "plunge", "skid",
                           "topple", "collapse"})
# a person told by nationality alone, as sport and obituaries call someone named before: "the
# Welshman took charge", "the Dutchman scored" (the nouns whose adjective is no country's name)
# ("pole", "kiwi" or "swede" name things too)
NATIONALITY_NOUNS = frozenset({"welshman", "welshwoman", "frenchman", "frenchwoman", "englishman", "englishwoman",
                               "irishman", "irishwoman", "dutchman", "dutchwoman", "scotsman", "scotswoman",
                               "briton", "spaniard", "scot", "brit", "aussie", "argentine", "filipino", "filipina",
                               "turk", "swede", "dane", "finn", "kiwi"})
# news roles nameparser's titles leave out ("spokeswoman Lena Holm")
ROLE_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson", "analyst", "official",
                        "chairman", "chairwoman", "prosecutor", "striker", "goalkeeper",
                        "defender", "midfielder", "frontman", "bowler", "dealer", "economist",
                        "resident", "witness", "victim", "survivor", "suspect", "defendant",
                        "candidate", "activist", "campaigner", "protester", "student", "teacher",
                        "nurse", "worker", "farmer", "owner", "founder", "leader", "head",
                        "tycoon", "billionaire", "sprinter", "driver", "president", "premier",
                        "minister", "senator", "governor", "mayor", "ambassador", "selectman",
                        "selectmen", "councilman", "councilwoman", "superintendent", "astronaut",
                        "astronauts", "coxswain", "comrade"})
FEMALE_HONORIFICS = frozenset({"mrs", "ms", "miss", "dame", "lady", "madam"})
MALE_HONORIFICS = frozenset({"mr", "sir", "lord"})

# a company's legal form after its name: "MCA Inc." is MCA, "Toyota Motor Corp." Toyota
CORPORATE_FORMS = (r"Motor(?:,?\s+(?:Co|Corp|Company|Corporation)\.?)?|Inc|Corp|Co|Ltd|Plc|PLC|LLC"
                   r"|Group|Holdings|Corporation|Limited|(?-i:AG|S\.?A|N\.?V)")
CORPORATE_SUFFIX = re.compile(rf",?\s+(?:{CORPORATE_FORMS})\.?$", re.I)
# a vessel's prefix, which a student may leave out: "MB Nirvana", "MV Sewol", "HMS Victory"
SHIP_PREFIX = re.compile(r"^(?:MB|MV|M/V|MS|SS|RMS|HMS|USS|HMAS|INS)\s+(?=\S)")
