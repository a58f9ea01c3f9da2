"""Dated events: visits, meetings, signings, launches, statements with a date, involving the pair."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from bot.core.alternations import by_first_letter
from bot.core.article_context import RECENT_DAYS, ArticleContext
from bot.core.countries import BLOCS, capital_names, capitals_by_country, is_region
from bot.core.date_phrases import COUNT_WORDS, DatePhrase, sentence_dates, speaks_of_future
from bot.core.dates import MONTH_PATTERN, PartialDate, month_number, words_back
from bot.core.facts import Event, Person
from bot.core.fact_merge import fold
from bot.core.meeting_references import back_references, of_kind
from bot.core.money import Money, find_money
from bot.core.people import forms_of, named_in
from bot.core.sentences import word_set

# The nouns of a formal instrument, which a clause about it names before its comma (`a bilateral investment treaty,
# which was signed in`, `the maritime agreement, signed in Jakarta`).
_INSTRUMENT_NOUNS = r"agreements?|treaty|convention|accords?|pacts?|memorand\w+|MoUs?|deals?|protocol"

# The particles and adjectives after `held` that make it no meeting held: `held back by`, `held steady`, `held up`.
HELD_NOT_MEETING = r"(?!\s+(?:(?:back|off|down|steady|firm|onto|constant|flat|stable)\b|up\b(?!\s+to\b)))"

# A pattern opening with `(?=[...])` (after `\b` for words) tests there the first characters of its alternatives: that
# is cheap, and spares trying each at every position (tests/test_events_speed_cases.py keeps the characters complete).
TRIGGERS = re.compile(r"\b" + by_first_letter(guard=True, alternatives=[
    r"visit(?:s|ed|ing)?", "trip", "tour", r"travel(?:s|led|ed|ling|ing)?", "flew", r"meet(?:s|ing|ings)?", "met",
    "talks", "summit", "conference", "forum", "fair", "exhibition", "expo", "ceremony", r"sign(?:s|ed|ing)?", "inked",
    r"launch(?:es|ed|ing)?", r"announc(?:e|es|ed|ing)", r"inaugura\w+",
    # a meeting held, not a measure held back or steady (`growth, held back by a poor harvest`, `rates held steady`)
    rf"held{HELD_NOT_MEETING}", rf"hold(?:s)?{HELD_NOT_MEETING}", r"host(?:s|ed|ing)?",
    r"attend(?:s|ed|ing)?", r"arriv(?:e|es|ed|al)", r"depart(?:s|ed|ure)?", r"receiv(?:e|es|ed)", "roundtable",
    "dialogue", "session", "agreed", r"pledg(?:e|ed|es)", r"discuss(?:ed|es)?", r"open(?:s|ed)", r"unveil(?:s|ed)",
    "lecture", "speech", r"address(?:ed)?", r"call(?:ed)?\s+on", r"courtesy\s+call", "engagement", "delegation",
    # a meeting with a monarch or a pope (`had an audience with Emperor Naruhito`, `was received in audience by`,
    # `granted an audience to`), not a crowd (`found a wide audience in Vietnam`)
    r"audience\s+(?:with|to)", r"in\s+(?:a\s+)?(?:private\s+|royal\s+)?audience",
    # talks told as sitting down together (`sat down with Chinese President Xi Jinping`, `will sit down for talks`)
    r"s(?:it|its|at|itting)\s+down\s+(?:with|for|together)",
    "mission", "election", "elected", "appointed", r"establish(?:es|ed)?", r"set\s+up",
    *(rf"{verb}\s+into\s+(?:force|effect)" for verb in ("come", "comes", "came", "enters?", "entered")),
    r"in\s+(?:force|effect)\s+since", r"t(?:ake|akes|ook)\s+(?:effect|place)", r"upgrad(?:e|es|ed)",
    r"elevat(?:e|es|ed)",
    *(rf"{nth}\s+round" for nth in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                     "ninth", "tenth", "next", "final")),
    # a body meeting told by its sitting (`the joint commission will convene in Baku next month`)
    r"conven(?:e|es|ed|ing)",
    r"ratif\w+", r"celebrat(?:e|es|ed|ing)", "anniversary", "spoke", "telephone", "phone",
    r"negotiat(?:e|ed|ing|ions?)", r"consultations?", r"exchang(?:e|es|ed)", r"initiall?ed",
    # the end of talks (`launched in February 2024 and concluded in November`), not an aim (`with a view to concluding`)
    r"conclud(?:e|es|ed)",
    # a navy's call at a port, a gift handed over, a first stone laid, a ceremony led: `made a port call at Cam Ranh
    # last month`, `handed over a patrol vessel in July`, `laid the foundation stone of the plant in May`, `presided
    # over the reopening of the railway yesterday`
    r"port\s+calls?", r"hand(?:s|ed|ing)?\s+over", r"la(?:y|ys|id|ying)\s+the\s+foundation", "groundbreaking",
    r"presid(?:e|es|ed|ing)\s+over",
    # a choice of a product or a bidder named (`picked the Gripen`, `selected Embraer`), not a choice to act or of
    # someone as a holder (`chose to`, `was selected as`)
    *(rf"{verb}\s+(?:the\s+|its\s+)?(?-i:[A-Z])\w*" for verb in ("picked", "selected", "chose")),
    # a sum handed over (see `_handed_over`): `rolled over a $3 billion deposit`, `granted a $200 million credit line`
    r"rolled\s+over", "granted", "disbursed", "deposited", "lent", "loaned",
    # a motion or resolution a body votes through (`the parliament on Dec. 1 approved a motion condemning`)
    *(rf"{verb}\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:motion|resolution)s?"
      for verb in ("approved", "adopted", "passed"))]) + r"\b", re.I)
# An instrument taking effect: the pair's, when the clause names no one and no other country (`The FTA came into
# force in 2015`, not `The UAE's CEPA with Indonesia took effect`).
IN_FORCE = re.compile(r"\b(?:(?:come|comes|came|enters?|entered|went)\s+into\s+(?:force|effect)|t(?:akes|ook)\s+effect|"
                      r"became\s+effective|"
                      r"in\s+(?:force|effect)\s+since)\b", re.I)
# The one country an instrument took effect for (`RCEP, which took effect for the country in 2022`, `entered into force
# for Laos in 2021`): a multilateral treaty's, as a bilateral one takes effect for both at once; no happening of the
# pair's (but `for both countries`, `for Chile and Peru`).
FOR_ONE_COUNTRY = re.compile(r"\s+for\s+(?:(?:the|this|that)\s+(?:country|kingdom|republic|nation)\b|"
                             r"(?!(?:Both|All|The)\b)(?:[A-Z][\w'’-]+\s+){0,2}?[A-Z][\w'’-]+\b(?![’']s|\s+and\b|\s*,\s*[A-Z]))")
# A round of talks that names no one: the pair's (`The first round of negotiations is held virtually`), as the
# article is about the pair's talks.
ROUND_OF_TALKS = re.compile(r"\bround\s+of\s+(?:negotiations|talks|consultations)\b", re.I)
# A body of the pair's two governments (`The joint commission will meet in Mendoza`, `the intergovernmental commission of
# the two countries`, `the Joint Permanent Commission of Cooperation`): its meeting is the pair's when no one is its doer
# (who is, `Sugiono said Indonesia would host the joint commission`, tells the doers).
# So is the pair's leaders' yearly meeting (`is expected to be signed at the annual leaders' summit`).
PAIR_BODY = re.compile(r"\b(?:(?:joint|inter-?governmental|bilateral|mixed)\s+(?:[\w-]+\s+){0,2}?"
                       r"(?:commission|committee|council|working\s+group)|"
                       r"annual\s+leaders[’']?\s+(?:meeting|summit))\b", re.I)
# A part of each of PAIR_BODY's first words with no i or s, lower-cased, tested first (see DOMESTIC_PARTS).
PAIR_BODY_PARTS = ("oint", "governmental", "lateral", "xed", "nnual")
# A sentence dated by the statement before it: `He said this after the 13th Annual Consultation here.`
SAID_THIS = re.compile(r"\b(?:said|told|stated|announced|disclosed)\s+(?:this|so|these)\b|"
                       r"\b(?:was|were)\s+speaking\b", re.I)
SAID_THIS_CUES = frozenset({"this", "so", "these", "speaking"})
# A sentence opening with the happening the one before told of, dated by it: `X witnessed on Wednesday the signing of
# 17 memoranda. The signing came on the sidelines of the first meeting of the council, held in Ankara`.
THAT_HAPPENING = re.compile(r"The\s+(?:signing|signings|visit|talks|meeting|ceremony|exchange|discussions|"
                            r"announcement|launch|inauguration)\s+(?:came|comes|took\s+place|takes\s+place|"
                            r"was\s+held|were\s+held|is\s+being\s+held|followed|coincided|happened)\b")
# A visit told, not referred back to (`paid a working visit to Baku in June`, `visited Baku`; not `told reporters on
# Tuesday that the visit would focus on jobs`): the date a later `During the visit,` takes.
VISIT_TOLD = re.compile(r"(?<![Tt]he\s)\bvisit")
# A sentence opening with the happening the one before told of and giving its date (`X will travel to Jakarta next
# week for the annual leaders' meeting with Y. The meeting, scheduled for June 15, will be the eighth`): the happening
# of the sentence before, its doers and place, on that date.
SCHEDULED_FOR = re.compile(r"The\s+(?:visit|talks|meeting|summit|trip|signing|ceremony|session|consultations)\s*,?\s+"
                           r"(?:which\s+(?:is|was)\s+)?(?:scheduled|slated|set|due|planned)\s+"
                           r"(?:(?:for|on|in)\s+|to\s+(?:take\s+place|be\s+held|begin|start|open)\s+)?$")
STATEMENT = re.compile(r"\b(?=[nrst])(said|says|told|stated|stressed|noted|remarks|statement)\b", re.I)
# A year that is a deadline or a span (`by 2026`, `by the end of this year`, `since 2015`), not an event's date.
YEAR_FORMS = frozenset({"year", "relative_year"})
# A year opening the title of a sporting event or a world fair (`to the 2030 World Cup`, `the 2026 FIFA World Cup`, `the
# 2024 Olympics`): the year of that event, no happening of the pair; but a pair that hosts it tells its own
# (`will co-host the 2030 World Cup`). A summit's year is not one of these (`the 2023 summit in Jakarta`).
EVENT_TITLE_AFTER = re.compile(r"\s+(?:FIFA\s+|Summer\s+|Winter\s+|Women's\s+|Women’s\s+)?(?:World\s+Cup|Olympics?\b|"
                               r"Olympic\s+Games|Paralympics?\b|Paralympic\s+Games|(?:Asian|Commonwealth|Pan\s+American|"
                               r"SEA|Southeast\s+Asian|African|Arab|Mediterranean|Youth\s+Olympic)\s+Games|"
                               r"World\s+Expo|Expo\b|Africa\s+Cup|Asian\s+Cup|Euro\b)")
# The same for a sporting event's title the year ends (`ahead of the FIFA World Cup 2022`, `the Asian Games 2026`); a
# fair's (`the Jakarta Food Expo 2024`) is where a happening may be held, dated by its year.
SPORTING_TITLE_BEFORE = re.compile(r"(?:World\s+Cup|Olympics|Olympic\s+Games|Paralympics|Paralympic\s+Games|"
                                   r"(?:Asian|Commonwealth|Pan\s+American|SEA|Southeast\s+Asian|African|Arab|"
                                   r"Mediterranean|Youth\s+Olympic)\s+Games|Africa\s+Cup(?:\s+of\s+Nations)?|"
                                   r"Asian\s+Cup|Euro)\s$")
HOST_BEFORE = re.compile(r"\b(?:co-?)?host\w*\s+(?:of\s+)?(?:the\s+)?$")
# A year ending the name of a national plan (`Saudi Vision 2030`, `the African Union's Agenda 2063`, `the Green
# Growth Strategy 2050`): the plan's horizon, no happening.
PLAN_TITLE_BEFORE = re.compile(r"\b(?:Vision|Agenda|Plan|Strategy|Blueprint|Roadmap)\s$")
# A year a standing among partners is told for, right before it: `remained Peru's largest trading partner in 2022`,
# `was the top investor in Ghana for 2023`; a ranking's year, no happening.
RANKING_YEAR_BEFORE = re.compile(r"\b(?:[a-z]+est|top|leading|main|first|second|third|\d+(?:st|nd|rd|th))\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:partner|destination|market|source|investor|supplier|buyer)s?"
                                 r"(?:\s+(?:in|of)\s+(?:[A-Z][\w-]*\s+){1,3})?\s+(?:in|for|during)\s+$")
RANKING_YEAR_REACH = 90
RANKING_ROLE_PARTS = ("partner", "destination", "market", "source", "investor", "supplier", "buyer")
# The same before a title the year ends, its first names apart (`host of the FIFA World Cup 2022`).
HOST_OF_TITLE = re.compile(r"\b(?:co-?)?host\w*\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}$")
NOT_EVENT_BEFORE = re.compile(r"\b(by|until|till|since|through|target\w*|before|from|between|of)\s*$", re.I)
# A deadline of any precision (`to begin operations by December 2026`, `conclude talks by June next year`).
DEADLINE_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:the\s+end\s+of\s+)?$", re.I)
# A part of each of its words with no i or s, lower-cased, tested first (see DOMESTIC_PARTS).
DEADLINE_PARTS = ("by", "unt", "ll")
# An aim, a push or an expected end the clause before a date tells (`with a view to concluding the EPTA in 2023`,
# `would push to launch negotiations before December`, `a process officials expect to finish later this year`): what
# is sought by then, no happening; but an expected happening is a plan (`Chile and Peru expect to sign a transit
# agreement in April`), unless a `which` clause tells it of the thing it is of (`an agreement, which they expect to sign
# later this year`), nor an end of talks agreed on (`agreed to conclude the negotiations in the first half of 2024`).
# Its words, lower-cased, are tested first (AIM_PARTS), as most clauses have none.
AIM_BEFORE = re.compile(r"\b(?:with\s+(?:a|the)\s+(?:view|aim|goal|objective)\s+(?:to|of)|(?:aim|aims|aiming|seek|"
                        r"seeks|seeking|intend|intends|push|pushes|pushing|strive|strives|striving)\s+to|"
                        r"(?:expect|expects|hope|hopes|hoping)\s+to\s+(?:finish|complete|conclude|wrap\s+up|"
                        r"finali[sz]e))\s+[^,;:]*$|"
                        # an end of talks agreed on as an aim (`agreed to conclude the negotiations in the first half
                        # of 2024`): the talks go on; what is sought by then, no happening
                        r"\bagree(?:d|s)?\s+to\s+(?:conclude|complete|finish|wrap\s+up|finali[sz]e)\s+(?:the\s+|"
                        r"their\s+)?(?:negotiations|talks)\b[^,;:]*$|"
                        # an effort toward an end (`agreed to work towards concluding the arrangement in 2024`, `will
                        # work toward signing a deal next year`): what is sought by then, no happening
                        r"\bwork(?:s|ed|ing)?\s+(?:together\s+)?towards?\s+[a-z]+ing\b[^,;:]*$|"
                        # an expectation told in a clause of the thing it is of (`an agreement on drug approvals,
                        # which they expect to sign later this year`): what is hoped of it, no happening told
                        r"\bwhich\s+(?:[\w'’-]+\s+){1,3}?(?:expect|expects|hope|hopes)\s+to\s+[^,;:]*$|"
                        # a bound hoped for (`which Islamabad hopes to sign before the end of the year`): a deadline
                        r"\b(?:expect|expects|hope|hopes|hoping)\s+to\s+[^,;:]*?\bbefore\s+$|"
                        # a bound a plan is told for (`with the first round of talks planned before the end of the
                        # year`): a deadline, however near, not the day a meeting is arranged for
                        r"\b(?:planned|expected|envisaged|envisioned|slated|targeted|anticipated|due)\s+before\s+$|"
                        # a pledge to bring a level to a mark (`has pledged to raise defense spending to 3 percent of
                        # its GDP next year`): the level sought by then, no happening
                        r"\b(?:pledge[sd]?|pledging|vow(?:s|ed)?|promise[sd]?|committed)\s+to\s+(?:raise|increase|"
                        r"lift|boost|cut|reduce|lower|double|triple|bring|take)\s+[^,;:]*?\bto\s+[^,;:]*$|"
                        r"\b(?P<before>before)\s+$", re.I)
AIM_PARTS = ("view", "aim", "goal", "objective", "expect", "seek", "hop", "intend", "push", "striv", "before", "agree",
             "pledg", "vow", "promis", "commit", "toward")
AIM_REACH = 90
# A `whose` clause giving a level its noun reached, up to a date: `, whose population passed 41 million this year`,
# `, whose economy grew 5% in 2024` (see `_whose_measure`).
WHOSE_MEASURE_BEFORE = re.compile(r",\s+whose\s+(?:[\w'’-]+\s+){1,3}?(?:passed|reached|rose|grew|fell|topped|hit|stood|"
                                  r"totall?ed|exceeded|crossed|climbed|surpassed|dropped|declined|shrank|expanded|"
                                  r"amounted)\b[^,;:]*$")
WHOSE_MEASURE_REACH = 90
# An instrument and a verb telling what it holds (`The vocational education agreement will see Dutch polytechnics
# partner with Indonesian schools, with the first exchanges scheduled for next year`, `The MoU provides for joint
# patrols from March`): a date after it is the timetable of the instrument's content, no happening of the pair; its
# verbs' words are tested first (CONTENT_PARTS), as most sentences have none.
INSTRUMENT_CONTENT = re.compile(rf"\b(?:{_INSTRUMENT_NOUNS}|programmes?|programs?)\s+(?:\([A-Z][\w-]*\)\s+)?"
                                r"(?:will\s+see|provides?\s+for|calls?\s+for|envisages?|envisions?|foresees?|"
                                r"stipulates?|(?:sets?|lays?)\s+out)\b")
# What is to be done under an instrument, told after `Under the contract,` (`Under the deal, signed by the two energy
# ministries, Egypt will supply Jordan with gas throughout 2026`): the same timetable of its content; a date before the
# verb of the future is the instrument's own (`Under the agreement, signed in March 2021, ...`). Not a participle's
# `under` that says where a body comes from (`The joint committee, established under the agreement, will hold its first
# meeting in May`): that body's doing is a happening.
UNDER_INSTRUMENT = re.compile(rf"\b(?<!ed\s)(?<!set\sup\s)[Uu]nder\s+(?:the|this|that|these|those|its|their|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?"
                              rf"(?:{_INSTRUMENT_NOUNS}|contracts?|programmes?|programs?)\b[^;:]*?"
                              r"\b(?:will|shall|would|(?:is|are)\s+to)\s+"
                              r"(?:(?!\b(?:said|says|told|announced|stated)\b)[^;:])*$")
# A possibility the clause before a date tells (`a joint programme on solar power, which may be launched next year`,
# `a declaration the two governments could prepare next year`, `A possible visit by the minister in 2020`): what
# might happen then, no happening set for it, as is a plan (`will be launched next year`); but an arrangement agreed
# on in that wording is one (`It was agreed that the next session may be held in Baku in May`). Its words are tested
# first, as most clauses have none.
POSSIBLE_BEFORE = re.compile(r"\b(?:(?:may|might|could)\s+(?:(?:well|possibly|also|even|still|then|only)\s+)?"
                             r"(?!not\b)|\b(?:[Aa]n?|[Tt]he)\s+(?:possible|potential)\s+)[a-z]+\b[^,;:]*$")
POSSIBLE_PARTS = ("may ", "might ", "could ", "ossible ", "otential ")
# A clause right after a date saying no date is set for what it tells (`A visit is being discussed for 2020, but no
# dates have been set`): no happening set for that time; not one saying so of another thing (`They met in May, but no
# date has been set for the next round`).
NO_DATE_SET = re.compile(r"[^;.]*?\bno\s+(?:firm\s+|exact\s+|specific\s+)?dates?\s+(?:has|have)\s+(?:yet\s+)?"
                         r"been\s+(?:set|fixed|agreed|announced)(?:\s+yet)?\s*(?:[.;,]|$)")
POSSIBLE_REACH = 90
CONTENT_PARTS = ("will see", "provide", "calls for", "call for", "envis", "foresee", "stipulat", "ets out", "ays out")
# The outbreak of a conflict, a crisis or an epidemic, right before its date (`amid an ongoing conflict in Ethiopia's
# northern Tigray region that broke out in November 2020`, `since the pandemic began in 2020`): a happening of the
# world or of one side at home, told as the background of the pair's, no happening of theirs; the noun opens with its
# determiner, which may not end an aim to end it (`Talks to end the war began in May`, the talks' date).
OUTBREAK_BEFORE = re.compile(r"\b(?:an?|the|its|their|[A-Z][\w'’-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}?"
                             r"(?:conflict|war|fighting|crisis|violence|unrest|hostilities|tensions|pandemic|"
                             r"epidemic|outbreak|protests|clashes|insurgency|rebellion|uprising|famine|drought)"
                             r"(?:\s+(?:in|over|between|with|against|on)\s+[^,;.]{1,60}?)?(?:,?\s+(?:that|which))?\s+"
                             r"(?:(?:first|had|has)\s+)?(?:broke\s+out|erupted|began|started|flared(?:\s+up)?|"
                             r"escalated)\s+(?:(?:in|on|at|during)\s+)?$")
OUTBREAK_PARTS = ("broke out", "erupted", "began", "started", "flared", "escalated")
OUTBREAK_REACH = 150
# A reason told by a noun phrase and its date (`agreed to launch negotiations in view of Bangladesh's graduation from
# the LDC category in 2026`, `given Chile's accession to the CPTPP in 2023`): the date is the reason's, a status or
# change of one side, not a happening of the pair; but not a happening's noun (`in view of the summit in May`), nor
# `given` after a verb it is the participle of (`was given duty-free access in 2021`). Its words are tested first.
REASON_BEFORE = re.compile(r"\b(?:in\s+(?:view|light)\s+of|owing\s+to|(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)"
                           r"(?<!\bbe\s)(?<!\bis\s)(?<!\bare\s)(?<!\bhad\s)(?<!\bhas\s)(?<!\bhave\s)given)\s+"
                           r"(?P<reason>(?:the|its|their|[A-Z][\w'’-]*['’]s)\s+[^,;:]{1,80}?)\s+(?:in|on|by)\s+$")
REASON_PARTS = ("view of", "light of", "owing to", "given")
# A comparison the date bounds, with anyone's doings, right before it: `the cheapest contract anyone has signed in the
# world this year`, `the biggest order any airline placed in 2024`, no happening of the pair's (not `the largest
# delegation ever to visit Ghana arrived on Monday`, a happening).
COMPARISON_SCOPE = re.compile(r"\b(?:[a-z]+est|most\s+[a-z]+)\s+(?:[\w'’-]+\s+){0,5}?"
                              r"(?:anyone|anybody|any\s+(?:other\s+)?[a-z]+)\b[^,;:.\"“”]{0,60}$")
COMPARISON_PARTS = ("anyone", "anybody", " any ")
REASON_REACH = 110
# An aim to end the conflict right before its noun's determiner (`Talks to end the war began in May`).
TO_END_BEFORE = re.compile(r"\b(?:end|ending|resolve|resolving|halt|halting|stop|stopping|settle|settling)\s+$")
# A date that is the subject of `marks` (`2018 marks the 45th anniversary`): no happening, unless a preposition before
# it makes it the time of the subject's happening (`The visit in 2018 marked`).
MARKS_AFTER = re.compile(r"\s+(?:(?:will|would|also)\s+)?mark(?:s|ed)?\b")
MARKS_REACH = 16
PREPOSITION_BEFORE = re.compile(r"\b(?:in|on|at|during|since|of|from|by|until|to|after|before|for)\s+$", re.I)
# A `since` clause inside a relative clause in the perfect (`a relationship that has grown rapidly since a free trade
# deal took effect`), right before a date: background of the relative clause's noun.
SINCE_IN_RELATIVE = re.compile(r"\b(?:that|which)\s+(?:has|have|had)\b[^,;:.]*\bsince\s+[^,;:]*$")
SINCE_REACH = 160
# A count of travellers right before their trip (`More than 2.1 million Canadians visited Mexico in 2024`, `some
# 450,000 Indian tourists travelled to Thailand last year`): a statistic of the year, no happening of the pair's (not
# `a delegation of 40 business leaders visited Lima in May`). Its verbs are tested first, as most clauses have none.
TRAVELLERS_COUNTED = re.compile(r"\b\d[\d,.]*\s*(?:(?:million|thousand|m|k)\s+)?(?:[A-Z][a-z]+\s+)?"
                                r"(?:[A-Z][a-z]+s|tourists|visitors|travell?ers|holidaymakers|passengers|pilgrims|"
                                r"nationals|citizens|people)\s+(?:(?:have|had)\s+)?(?:visited|travell?ed\s+to|"
                                r"came\s+to|arrived\s+in|flew\s+to|went\s+to)\b")
TRAVEL_PARTS = ("visited", "travel", "came to", "arrived in", "flew to", "went to")
# A wish right before a happening's verb (`Accra would now like to negotiate a broader deal with London`, `wishes to
# visit`): what one side would want, no happening, whatever date the sentence tells elsewhere. Its words are tested
# first (WISH_PARTS), as most clauses have none.
WISH_BEFORE = re.compile(r"\b(?:(?:would|[’']d)\s+(?:(?:now|also|still|very\s+much|really)\s+)?(?:like|love)|"
                         r"wish(?:es|ed)?)\s+to\s+(?:[\w-]+\s+){0,2}?$")
WISH_PARTS = ("like to", "love to", "wish")
WISH_REACH = 60
SAYING_DATE_REACH = 30  # how far before a date the verb of saying it dates may be: `told reporters on Monday`
# A capital may follow a hyphen inside one word: `Al-Salam`, `Nur-Sultan`, `Guinea-Bissau`.
_PLACE_WORD = r"[A-ZÇĞİÖŞÜ](?:[a-zà-ÿçğıöşü'’.]|-[A-ZÇĞİÖŞÜ]?)+"
# What joins the words of one place besides a space: a lower-case particle (`Dar es Salaam`, `Rio de Janeiro`,
# `Ras al-Khaimah`), never a word of its own (`Ankara and Istanbul`, `Hanoi on Monday`).
PARTICLES = frozenset({"es", "de", "do", "da", "dos", "das", "del", "di", "du", "al", "el", "la", "le"})
# A word that opens a place's name and is none alone (`San José`, `Puerto Jiménez`, `Santa Cruz`): the word after it
# is of the place even where a person has it in their name.
PLACE_PREFIXES = frozenset({"San", "Santa", "Santo", "São", "Sao", "Saint", "St.", "Sainte", "Puerto", "Porto", "Port",
                            "New", "Los", "Las", "El", "Al", "Ras", "Kuala", "Bandar", "Ciudad", "Villa", "Nueva",
                            "Nuevo", "Fort", "Cape", "Mount", "Lake"})
# An elided particle is joined to the word after it: `Côte d'Ivoire`, `Cortina d’Ampezzo`.
PLACE_JOIN = rf"\s+(?:(?:{'|'.join(sorted(PARTICLES))})(?:\s+|-)|d['’](?=[A-Z]))?"
# A name's further words, each after a particle, one or two (`San Fernando del Valle de Catamarca`, `Santa Cruz de la
# Sierra`, `Santiago de los Caballeros`): a fourth word or more is the place's only where a particle links it, as one
# after a space alone opens a body's name more often (`Kuala Lumpur City Hall`).
PARTICLE_JOIN = r"\s+(?:de|del|da|do|dos|das|di|du)(?:\s+(?:la|las|los|le|les))?\s+"
# A place's name: up to three words, then words a particle links (see PARTICLE_JOIN).
_PLACE_NAME = rf"{_PLACE_WORD}(?:{PLACE_JOIN}{_PLACE_WORD}){{0,2}}(?:{PARTICLE_JOIN}{_PLACE_WORD}){{0,2}}"
# The word boundary and first letters are tested before the costlier look-behinds: all hold at one position. An `in`
# after a capitalised call opens the rest of an agency's name (`Invest in Canada`, `Made in Vietnam`), no place.
PLACE = re.compile(r"\b(?=[afhitvps])(?<!Ambassador )(?<!Envoy )(?<!Consul )(?<!Commissioner )"
                   r"(?<!Invest )(?<!Made )(?<!Study )"
                   # a place a happening is planned for: `whose first session is scheduled for Nairobi in May`
                   r"(?:in|at|to|from|here\s+in|visit(?:s|ed|ing)?|arrived\s+in|(?:planned|scheduled|slated)\s+for)\s+"
                   # with up to two words before (`the southern port city of Mersin`, `the Bolivian city of Sucre`)
                   r"(?:the\s+(?:[A-Za-z-]+\s+){0,2}?(?:capital|city|town|province|state|island|region|village)"
                   # or the article some countries' names take (`to the Maldives`, `in the Netherlands`, `to The
                   # Gambia`), which `_matched_place` lets open a country's name only
                   r"\s+(?:of\s+)?|(?P<the>[Tt]he\s+)|"
                   # or a lower-case word of the part of it (`at COEX in southern Seoul`, `in downtown Nairobi`): no
                   # part of the place's name
                   r"(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central|downtown)\s+)?"
                   rf"(?P<place>{_PLACE_NAME})\b(?![’'-])")
# A country or city a matter lies in (`to discuss the situation in Sudan`, `the war in Ukraine`): what was talked of,
# not where; tested only on the few characters before an `in`.
_TOPIC_WORDS = r"(?:situation|crisis|conflict|war|fighting|developments|peace|tensions?|violence|unrest|hostilities)"
TOPIC_BEFORE = re.compile(rf"\b{_TOPIC_WORDS}\s+$")
TOPIC_REACH = 14
# The same matter with the place it lies in, cut from a clause before its countries are read: a country talked of is
# neither a doer nor a third party the happening is of (`spoke with his Egyptian counterpart to discuss the situation
# in Sudan`).
TOPIC_IN = re.compile(rf"\b(?=[cdfhpstuvw]){_TOPIC_WORDS}\s+in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?")
# A place inside a list of what was talked of (`Issues raised at the meeting included illegal crossings and the
# shortage of facilities in Nunukan`, `topics covered ranged from ... in Mindanao`) or of what a body is made of (`The
# framework comprises committees in Sabah`): a matter's or a part's place, not the happening's; tested on the clause
# before the place, once one of LISTED_PARTS is in it.
LISTED_BEFORE = re.compile(r"\b(?:[Ii]ssues|[Tt]opics|[Mm]atters|[Ss]ubjects|[Cc]oncerns|[Aa]genda)\b[^;:.]{0,80}?"
                           r"\b(?:included|includes|include|covered|covers|ranged\s+from|range\s+from|spanned)\b[^;]*$|"
                           r"\b(?:comprises|comprised|comprising|consists\s+of|consisting\s+of|"
                           r"(?:is|are|was|were)\s+made\s+up\s+of)\b[^;]*$")
LISTED_PARTS = ("includ", "cover", "rang", "spanned", "compris", "consist", "made up")
# A strife named by a hyphenated pair of countries (`the fallout of the U.S.-China trade war`, `amid India-Pakistan
# tensions`): a matter talked of, whose countries are no doers of the happening; cut like TOPIC_IN.
TOPIC_PAIR = re.compile(r"\b[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?[-–][A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?\s+"
                        r"(?:[a-z]+\s+){0,2}?(?:wars?|disputes?|tensions?|conflicts?|rivalry|stand-?off|spat|row|feud|"
                        r"confrontation|hostilities|tariff\s+war)\b")
# A work to be built or planned, right before the `in` or `to` of where it will stand (`signed a contract to build a
# power plant in the northern state of Sonora`, `for the construction of a railway to Mombasa`): the project's place,
# not the happening's; but not where a happening between them is told (`to develop the partnership at a meeting in
# Rabat`).
PROJECT_BEFORE = re.compile(r"\b(?:to\s+(?:jointly\s+)?(?:build|construct|erect|develop)|"
                            r"(?:construction|building|development)\s+of)\s+(?:a|an|the|two|three|its|their|new)\s+"
                            r"(?:(?!(?:meeting|talks|summit|visit|forum|conference|ceremony)\b)[^,;.])*$|"
                            # or the plans for a work, named right before its place (`reviewed plans for a second
                            # innovation hub in the northern port city of Haiphong`)
                            r"\bplans?\s+for\s+(?:a|an|the|two|three|its|their|new)\s+[^,;.]*?\b(?:hub|plant|"
                            r"factory|zone|park|port|railway|railroad|project|complex|facility|refinery|terminal|"
                            r"bridge|highway|corridor|campus|estate)s?\s+$")
PROJECT_PARTS = ("build", "construct", "erect", "develop", "plan")
PROJECT_REACH = 120
# Goods sent, right before the `to` of where they go (`signed a 27-year contract for the supply of up to 3.5 million
# tonnes of liquefied natural gas to France`, `a deal on rice exports to the Philippines`): the goods' destination, not
# where the happening was; but not where a trip or a happening is told between them (`signed a supply deal and flew to
# Paris`). Its nouns' parts are tested first.
SUPPLY_BEFORE = re.compile(r"\b(?:suppl(?:y|ies|ying)|deliver(?:y|ies|ing)|shipments?|shipping|exports?|exporting|"
                           r"sales?|selling|transport(?:ing)?|flows?)\b"
                           r"(?:(?!\b(?:meeting|talks|summit|visit\w*|forum|conference|ceremony|fl[eo]w|travel\w*|"
                           r"went|headed|arrived|returned|trip)\b)(?:[^,;.]|[.,](?=\d)))*$")
SUPPLY_PARTS = ("suppl", "deliver", "ship", "export", "sale", "selling", "transport", "flow")
SUPPLY_REACH = 120
# Where money is put, right before a place's `in`: `encourage companies to invest in Kenya`, `investments in Peru`.
INVEST_BEFORE = re.compile(r"\binvest(?:s|ed|ing|ments?)?\s+(?:more\s+)?$")
INVEST_REACH = 20
# What lies between a place and a date right after it (`in Vientiane on Friday`): the place is the date's happening's.
DATE_RIGHT_AFTER = re.compile(r"\s*,?\s*(?:on|in)?\s*")
# The city after a venue (`at Urugwiro Village in Kigali`, `at the Presidential Palace in Ankara`): where the
# happening was, as a reader names it.
VENUE_CITY = re.compile(rf",?\s+in\s+(?P<place>{_PLACE_NAME})\b(?![’'-])")
# A word naming a building or grounds, not a city (`held at Villa Doria Pamphilj`, `at Al-Salam Palace`, `at the
# Palacio de las Garzas`): the happening's city is the one named after it, else the dateline's.
VENUE = re.compile(r"\b(?:Palace|Palacio|Palazzo|Palais|Villa|House|Hall|Hotel|Centre|Center|Museum|Monument|"
                   r"Mausoleum|Castle|Château|Chateau|Mansion|Residence|Building|Stadium|Park|Airport|Temple|Mosque|"
                   r"Cathedral|Chancellery|Kremlin|Qasr|Casa|Saray[ıi]?|Complex|Gardens?|Square|Memorial|Pavilion|"
                   r"Village)\b")
# A city as the subject of hosting: `Moscow hosted the meeting`, `Nairobi will host the summit`, `Doha played host to`.
HOSTED_BY = re.compile(r"\b(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+(?:(?:also|again|will|would)\s+)?"
                       r"(?:hosted|hosts|host|played\s+host\s+to)\b")
# A place opening the name of what is visited: `visit the Kigali Special Economic Zone`.
VISIT_NAMED = re.compile(r"\b(?:visit|tour)\w*\s+the\s+(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)+)")
# The article opening a building's name after `at` (`at La Moneda`, `at Los Pinos`, `at El Pardo`).
VENUE_ARTICLES = frozenset({"La", "Le", "Les", "El", "Los", "Las"})
# The capitalised words that go on naming what a place match began (`at Al-Salam Palace`, of which only `Al-Salam`
# may be matched).
NAME_GOES_ON = re.compile(r"(?:\s+(?:(?:de|del|di|la|las|los|of|the)\s+)*[A-Z][\w'’.-]*){1,4}")
# What parts a sentence into clauses for a place outside a date's window.
SEGMENT = re.compile(r"[,;]")
# A verb of visiting or meeting before a place: `visited New Delhi`, `met Modi in Tokyo`, `flew to Hanoi`.
VISIT_BEFORE = re.compile(r"\b(?:visit(?:s|ed|ing)?|arriv(?:e|es|ed|ing)|met|meets?|travel(?:s|led|ed)?|flew|"
                          r"attend(?:s|ed|ing)?)\b[^,;]*$",
                          re.I)
# A word of a trip somewhere in a sentence: tested before the city a trip goes to is looked for. All but a flight's
# are plain text, which substring tests find far faster than a pattern.
TRIP_TEXTS = ("visit", "trip", "tour", "journey", "travel", "head")
FLIGHT = re.compile(r"fl(?:y|ies|ew)\b")
# A trip's noun or verb right before the `to` of its destination: `his second trip to Tokyo`, `flew to Hanoi`.
TRIP_BEFORE = re.compile(r"\b(?:visits?|trips?|journey|tour|travel\w*|fl(?:y|ies|ew|own)|head(?:s|ed|ing)?)\s+$")
# The opening sentences that tell whether the article reports a trip abroad (`returned home on Sunday after a visit
# to Uzbekistan`, `who arrived in Ulaanbaatar on Aug. 26`).
LEDE_SENTENCES = 3
# The opening sentences read first for the pair's names, which most articles give there.
PAIR_LEDE_SENTENCES = 2
# A visit whose visitor is named between it and the `to` of its destination: `a two-day visit by Morocco's Minister of
# Foreign Affairs, Nasser Bourita, to Abuja`.
VISIT_BY_BEFORE = re.compile(r"\bvisits?\s+by\s+[^.;:()]{1,80}?[\s,]$")
# The capital of one of the pair named without its name: `travelled to the Chilean capital`, `in the capital of Chile`.
THE_CAPITAL = re.compile(r"\b(?:in|to|at)\s+the\s+(?:(?P<demonym>[A-Z][a-z]+)\s+capital|"
                         r"capital\s+of\s+(?P<country>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?))\b")
# A call by telephone or video (`held a phone call with`, `spoke by telephone`, `met by video link`): it happens where
# the callers are, not in the city the trip the lede tells of lies in nor in the dateline's city.
PHONE_CALL = re.compile(r"\b(?:tele)?phon(?:e|ed|es)\b|\bvideo[\s-]?(?:link|call|conference|conferencing)\b|"
                        r"\bvideoconferenc\w*", re.I)
# An arrival by air before the `in` of a place: `landed in Lusaka`.
LANDED_BEFORE = re.compile(r"\blanded\s+$")
# A happening of going home, whose place stays the dateline's (`returned home on Sunday`, `flew back on Monday`).
HOMEWARD = re.compile(r"\b(?:return\w*|home|back)\b")
# A going on elsewhere after the happening (`will visit the Kigali Special Economic Zone on Tuesday before returning to
# Lusaka`): the place after it is the next stop, not the happening's.
BEFORE_LEAVING = re.compile(r"\s+before\s+(?:(?:he|she|they)\s+)?"
                            r"(?:return|head|leav|travel|fly|flies|flying|depart|proceed|go|mov|continu)[a-z]*\b")
# A part between commas that is an apposition: `, his second trip to Tokyo`.
APPOSITION_PART = re.compile(r"\s*(?:his|her|their|its|the|a|an)\s")
# A clause opening a sentence about what came before or on the way (`After talks in Nairobi,`, `On his way from
# Jakarta to Hanoi,`): a place in it is not that of the main clause's event.
OPENING_CLAUSE = re.compile(r"\W*(?:After|Before|Following|Ahead\s+of|Prior\s+to|Fresh\s+from|Upon|"
                            r"On\s+(?:his|her|their|the)\s+way|En\s+route)\b[^,;]*,")
# The words of a company's name that a place may open (`Catamarca Minera y Energética Sociedad del Estado`, `Cusco
# Mining Company`, `Sabah Holdings Berhad`, `Mopani Copper Mines`): the place is then of the name, not where a
# happening was.
_COMPANY_WORDS = (r"Minera|Miner[ií]a|Mining|Minera[cç][aã]o|Energ[ée]tica|Energ[ií]a|Sociedad|Sociedade|Soci[ée]t[ée]|"
                  r"Compa[ñn][ií]a|Companhia|Compagnie|Company|Empresas?|Corp|Limited|Ltd|Holdings?|Enterprises?|Mines|"
                  r"Airlines|Airways|Petroleum|Petr[óo]leos|Berhad|Bhd|PLC|GmbH")
# The capitalised words after a place match that go on naming a company it opens (`from Sabah Energy Holdings Berhad`,
# of which only three words are matched).
COMPANY_AFTER = re.compile(rf"\b(?:{_COMPANY_WORDS})\b")
NOT_PLACE_WORDS = re.compile(r"\b(Council|Ministry|Minister|Fair|Industry|Industries|Summit|Forum|Conference|"
                             r"Initiative|Inc|Corporation|Agency|Institute|University|Foundation|Group|Bank|"
                             r"Parliament|Prime|President|Monday|Tuesday|Wednesday|Thursday|Friday|"
                             r"Saturday|Sunday|The|This|That|His|Her|Their|Both|Asia|Anew|Back|Agreements?|"
                             r"Partnership|Treaty|Pact|Accord|Committee|Commission|Consultation|"
                             # a field in a name's title (`Commission on Cooperation in Defence and Security`)
                             r"Defen[cs]e|Security|Trade|Energy|Agriculture|Education|Health|Culture|Tourism|"
                             r"Investment|Science|Technology|Finance|Economy|Transport|"
                             # a country's office (`according to Kenya's National Treasury`)
                             r"National|Treasury|Office|Bureau|Authority|Directorate|Department|Board|"
                             # a company's (`from Catamarca Minera y Energética`, `to Arequipa Mining Company`)
                             rf"{_COMPANY_WORDS})\b")
CLAUSE_CUT = re.compile(r"(?=[;—–,\s])(?:[;—–]|,\s+(?=(?:with|where|while|and|but|after|as|when|which)\b)|\s+-\s+|"
                        r"\s+(?=(?:before|after)\s+[a-z]+ing\b))")  # `will visit X before leaving for Japan`
# Between two date phrases with no comma: the second's clause (`started talks in 2023 and concluded them in February`).
AND_CUT = re.compile(r"\s+and\s+")
# A clause after `and` with no subject of its own, its verb or an adverb first (`will visit Cairo on Monday and hold
# talks with X on Tuesday`): the doers of the clause before it are its doers too.
AND_VERB = re.compile(r"\s+and\s+(?!(?:the|a|an|he|she|it|they|we|this|that|these|those|its|his|her|their|our|"
                      r"both|each|all|some|many|two|one)\b)[a-z]+\b")
# An apposition after a date that says more of the happening (`arrived on Saturday, the first leg of a tour that will
# also take him to the UAE`): a country it names is another stop, not a party.
APPOSITION = re.compile(r",\s+(?:the|a|an)\s+")
# A tour the happening is one stop of (`arrived in Kigali on Sunday on the first leg of an African tour that will also
# take him to Nigeria`, `visited Djibouti in April as part of a regional tour that also took him to Sudan`): the places
# and countries after it are other stops, neither the happening's place nor its parties.
TOUR_OF = re.compile(r",?\s+(?:on|as)\s+(?:the\s+[a-z]+\s+(?:leg|stop)|(?:a\s+)?part)\s+of\s+"
                     r"(?:a|an|the|his|her|their)\s+[^,;]*?\b(?:tour|trip|swing)\b")
# The pair named without its names: `the two countries launched negotiations`, `relations between the two Kingdoms`.
THE_PAIR = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|kingdoms|republics)\b", re.I)
OPTIONAL_AGE_YEARS = 2
# A dated happening this long before publication is background (`Anwar last visited Turkiye in November 2023`).
OPTIONAL_AGE_DAYS = 365
# Where someone spoke, not where what they speak of happened: `Speaking at a forum in Kuala Lumpur, Bolat said the
# agreement, which took effect in August 2015, ...`.
SPEAKING_OPENING = re.compile(r"\W*Speaking\b[^,;]*,")
# A clause of what the speaker before it adds: `he said, adding that talks would begin in June`.
ADDING = re.compile(r"[\s,]*(?:adding|saying|noting)\b(?:\s+that\b)?\s*")
# A verb of saying, and what is to come in the clause after it.
_SAYING = r"\b(?:said|says|announced|told\s+\w+)\s+(?:that\s+)?"
_PLAN_AHEAD = r"[^,;\"“]*?\b(?:would|will)\b"
# What someone said is to come: `Anwar said Malaysia would send a mission to Istanbul`.
SAID_PLAN = re.compile(_SAYING + _PLAN_AHEAD)
# After the date of a saying, `that` opens what is to come: `told reporters on Monday that the two countries would
# hold the first session in Abuja`.
THAT_PLAN = re.compile(r"\s+that\s+" + _PLAN_AHEAD)
# Where what someone said is to come opens, after the verb of saying.
SAID_PLAN_OPENS = re.compile(_SAYING + f"(?={_PLAN_AHEAD})")
# A window that ends with its verb of saying, what was said being dated by the next date (`Earlier this month, Anwar
# said`).
SAYING_END = re.compile(_SAYING + "$")
# A clause that only tells who gave the news and when, its date blanked to DATE_MARK (`..., the commerce ministry said
# on Tuesday.`, `..., his office announced on Friday in a statement`): saying is no happening, and the date is the
# statement's, not that of anything the pair did; the subject before the verb is tested for a happening's words apart.
DATE_MARK = "\x00"
SAYING_ONLY = re.compile(r"[\s,;—–-]*(?P<subject>(?:[^\s\x00;:\"“”]+\s+){1,12}?)(?:\x00\s+)?"
                         r"(?:said|says|announced|stated|added|noted|confirmed|"
                         r"told\s+(?:reporters|journalists|the\s+(?:press|media)|"
                         r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}))"
                         r"(?:\s+(?:\x00|in\s+a\s+(?:joint\s+|press\s+|written\s+)?statement|in\s+[A-Z][\w'’-]+|"
                         r"to\s+(?:reporters|journalists|the\s+(?:press|media))))*[\s.,;]*")
# An aside after a saying's date naming what was told: `, in what officials described as the largest package`, `, in
# what was called a breakthrough`.
ASIDE_AFTER = re.compile(r"\s*,\s+in\s+what\s+(?:[\w'’-]+\s+){0,4}?(?:(?:described|hailed|billed|seen|regarded|"
                         r"viewed)\s+as|called|termed|dubbed)\b[^;:]*$")
SAYING_ONLY_WORDS = ("said", "says", "announced", "stated", "added", "noted", "confirmed", "told")
# The most spaces such a clause has (a subject of twelve words, its verb, date and `in a joint statement`), and how
# far from the date its verb and its end lie at most (`said in a joint statement on Tuesday`, `on Tuesday in a joint
# statement.`): other windows are not tried.
SAYING_ONLY_MOST_SPACES = 24
SAYING_ONLY_REACH = 32
# A `which` clause giving the range of days of the happening before it (`the trade mission to Canada, which took place
# from June 9 to 12, 2025`), up to the date; that happening's noun, near before the clause; and how many days the
# clause before's day may be after the range's start.
RANGE_OF_BEFORE = re.compile(r"[\s,]*which\s+(?:took\s+place|was\s+held|were\s+held|ran|lasted)\s+"
                             r"(?:from|between)\s+")
HAPPENING_NOUN = re.compile(r"\b(?:mission|visit|trip|tour|forum|summit|conference|fair|expo|exhibition|meeting|talks|"
                            r"session|dialogue|festival|week|delegation|roadshow|exercises?|drills?)\b", re.I)
HAPPENING_NOUN_REACH = 80
RANGE_DAYS = 31
# A sentence opening with a back-reference to instruments just told of and where they were signed (`The contracts,
# worth $5.8 billion, were signed in Warsaw`, or by a participle right after them: `The contract, signed in San
# Fernando del Valle de Catamarca in the presence of the governor, gives`), up to that place's preposition; and how
# many sentences on it may be.
SIGNED_THERE = re.compile(r"(?:The|These|Those|Both|All)\s+"
                          r"(?:(?!(?:earlier|previous|past|other|similar|former|first|last|new|next)\b)[\w-]+\s+){0,3}?"
                          rf"(?:{_INSTRUMENT_NOUNS}|contracts?|documents?)\b"
                          r"(?:,\s+(?:which\s+(?:was|were)\s+)?|(?:[^.;]|\.(?=\d))*?\b(?:was|were|had\s+been|have\s+been)"
                          r"\s+)(?:\w+ly\s+)?(?:signed|inked|sealed)\s+(?=(?:in|at)\s)")
SIGNED_THERE_SENTENCES = 2
# A sentence opening with a back-reference to an instrument just told of and who signed it, up to `by`: `The MoU was
# signed in a virtual ceremony by ProChile's head X and JETRO's Y`, `The accord was signed by the two ministers`.
SIGNED_BY = re.compile(r"(?:The|These|Those|Both|All)\s+"
                       r"(?:(?!(?:earlier|previous|past|other|similar|former|first|last|new|next)\b)[\w-]+\s+){0,3}?"
                       rf"(?:{_INSTRUMENT_NOUNS}|contracts?|documents?)\s+(?:was|were|had\s+been|have\s+been)\s+"
                       r"(?:\w+ly\s+)?(?:signed|inked)\b[^.;:]{0,60}?\bby\s+")
# A pronoun that is the speaker of the sentence, after a quote or a clause: `..." he told reporters after meeting X`.
PRONOUN_SPEAKER = re.compile(r"(?:^|[,\"”’])\s*(?:he|she)\s+(?:said|told|added|noted|stated)\b")
# An amount that is the worth of an instrument, not a figure a date is the period of: `a $1.8 billion agreement`.
WORTH_OF = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:agreements?|deals?|contracts?|pacts?|accords?|MoUs?|memorand\w+)\b", re.I)
# A signing between an amount and the date after it: the date is the signing's (`$2.5 billion of debt under an
# agreement signed in Colombo in March 2025`), not the amount's period.
SIGNED_BETWEEN = re.compile(r"\b(?:signed|inked|sealed)\b")
# Two people named together before: `the two leaders spoke by phone on Tuesday`.
TWO_LEADERS = re.compile(r"\b(?:the\s+two|both)\s+(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state)\b",
                         re.I)
# `the two leaders` right before the `, who` that stands for them.
TWO_LEADERS_END = re.compile(TWO_LEADERS.pattern + r"$", re.I)
# `the presidents`, `the leaders` without `two`: the article's two heads too, but not `the leaders of ASEAN`.
# `the presidents of Ghana and Nigeria`, `of the two countries` too: theirs when the two named are the pair
# (`_the_leaders`).
THE_LEADERS = re.compile(r"\bthe\s+(?:leaders|presidents|prime\s+ministers|premiers|heads\s+of\s+state)\b"
                         r"(?:(?!\s+of\b)|\s+of\s+(?:(?:the\s+two|both)\s+(?:countries|nations)\b|(?P<of>"
                         r"[A-Z][^,;]{0,40}?\s+and\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)))", re.I)
THE_LEADERS_PARTS = ("leaders", "presidents", "ministers", "premiers", "heads of")
# A head named by the office alone (`the Prime Minister had an audience with King Felipe VI`, `the president received`),
# not `the Prime Minister of Spain` nor `the President Joko Widodo`: the story's own holder of it (see
# `_bare_office_holder`); and parts of its words to test first.
BARE_OFFICE = re.compile(r"\b[Tt]he\s+(?P<office>[Pp]rime\s+[Mm]inister|[Pp]resident|[Pp]remier|[Cc]hancellor|"
                         r"Amir|Emir|King|Queen|Sultan|Emperor|Crown\s+Prince)\b(?!\s+(?:of\b|[A-Z]))")
BARE_OFFICE_PARTS = ("he Prime", "he prime", "he President", "he president", "he Premier", "he premier",
                     "he Chancellor", "he chancellor", "he Amir", "he Emir", "he King", "he Queen", "he Sultan",
                     "he Emperor", "he Crown")
# The subject of a signing that is two names joined by `and`, at the clause's start or after an opening phrase (`In
# energy, QatarEnergy and TotalEnergies signed a 27-year contract`, `Petronas and Botas on Tuesday signed`): the
# bodies that signed (see `_signatory_bodies`).
_BODY = r"(?!(?:The|This|These|Those|Both|All|Its|Their|His|Her|Our|Two|In|On|At)\b)[A-Z][\w&'’.-]*" \
        r"(?:\s+(?:[A-Z][\w&'’.-]*|of|for|de))*?"
SIGNATORIES = re.compile(rf"(?:^|[,:]\s+)(?P<one>{_BODY})\s+and\s+(?:the\s+)?(?P<other>{_BODY})\s+"
                         r"(?:(?:on|last|this)\s+\w+\s+|(?:have|has)\s+|also\s+)?(?:signed|inked)\b")
# A body that signed an instrument with another, each maybe a country's (`a consortium led by South Korea's Hanjin
# Engineering signed a contract with Peru's Ministry of Transport`, `Brazil's Petrobras signed a deal with the Angolan
# oil agency Sonangol`): the bodies are the doers (see `_contracting_bodies`); a consortium is named by its leader.
_OWNER = r"(?:(?P<{}>(?:[A-Z][\w.-]*\s+){{0,2}}[A-Z][\w.-]*)[’']s\s+)?"
_WHOLE_BODY = r"[A-Z][\w&'’.-]*(?:(?:\s+(?:of|for|and|de)(?:\s+the)?)?\s+[A-Z][\w&'’.-]*)*"
CONTRACTING = re.compile(rf"(?:^|[,:]\s+)(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?(?:consortium|joint\s+venture|group)\s+"
                         rf"(?:led\s+by|of)\s+)?(?:the\s+)?{_OWNER.format('one_owner')}(?P<one>{_BODY})\s+"
                         r"(?:(?:on|last|this)\s+\w+\s+|(?:have|has)\s+|also\s+)?(?:signed|inked)\s+(?:a|an|the)\s+"
                         r"(?:[\w-]+\s+){0,3}?(?:contract|agreement|deal|memorandum\s+of\s+understanding|MoU)\s+with\s+"
                         rf"(?:the\s+)?{_OWNER.format('other_owner')}(?P<other>{_WHOLE_BODY})")
# The opening of an instrument's title, up to the comma before the last of its words: `the Treaty of Friendship, Good
# Neighbourliness and Cooperation signed on 4 July 1991` (those words are no bodies that signed).
TITLE_OPENING = re.compile(r"\b(?:Treaty|Agreement|Convention|Accord|Pact|Charter|Declaration|Protocol|Memorandum)\s+"
                           r"(?:of|on|for)\s+(?:[A-Z][\w'’-]*\s+){0,4}?[A-Z][\w'’-]*$")
# A word of a title or an office in a name: the subject is people, not bodies (`Minister X and President Y`).
TITLE_WORD = re.compile(r"\b(?:Minister|President|Prime|King|Queen|Emir|Amir|Sultan|Chancellor|Premier|Secretary|"
                        r"Ambassador|Governor|Mayor|Chairman|Chair|CEO|Director|Head|Mr|Mrs|Ms|Dr|Sheikh|Crown)\b")
# One of the article's people named by nationality and office: `The Cuban minister is expected to sign`, `the Uzbek
# leader` (its head).
NATIONAL_OFFICE = re.compile(r"\b[Tt]he\s+(?P<demonym>[A-Z][a-z]+)\s+(?P<office>(?:foreign\s+|prime\s+)?minister|"
                             r"president|premier|leader|crown\s+prince|king|emir|chancellor)\b")
# The role of a head of state or government (`Prime Minister of Singapore`, `President`), not a deputy's or
# an organisation's (`Vice President`, `President of the Chamber`).
HEAD_ROLE = re.compile(r"^(?:the\s+)?(?:President|Prime\s+Minister|Premier|King|Queen|Chancellor|Emir|Amir|"
                       r"Crown\s+Prince|Sultan|Supreme\s+Leader|Head\s+of\s+State)\b(?:\s+of\s+(?P<of>.+))?$", re.I)
# A clause saying more of the happening of the clause before it: `in November 2023, when he attended a forum`.
WHEN_CLAUSE = re.compile(r",\s+(?:when|where)\b")
# A verb opening a clause with no subject of its own: `is on a three-day official visit`, `set up a group`, `in force
# since 1 August 2015` (of `The MTFTA, signed on 17 April 2014 and in force since ...`).
OWN_VERB = re.compile(r"(?:is|are|was|were|has|have|had|will|would|also|then|later|set|met|held|made|paid|began|"
                      r"in\s+(?:force|effect)|effective|[a-z]+ed)\b")
# The subject a sentence opens with: `Erdogan, who ...,` or the words before its first verb (`The two countries
# signed`).
SUBJECT_BEFORE_WHO = re.compile(r"(?P<subject>[A-Z][^,]{0,60}?),\s+(?:who|which)\b")
SUBJECT_BEFORE_VERB = re.compile(r"(?P<subject>[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5}?)\s+(?=(?:is|are|was|were|has|have|"
                                 r"had|will|set|met|held|made|paid|began|[a-z]+ed)\b)")
# The subject before a participle phrase set off by commas, up to the clause it opens (`Fidan said the Council, set up
# during Erdoğan's visit in February, would hold`): at the sentence's start or after a verb of saying.
SUBJECT_BEFORE_PARTICIPLE = re.compile(
    r"(?:^|\b(?:said|says|told\s+[\w-]+|added|noted|stated|announced)\s+(?:that\s+)?)"
    r"(?P<subject>[\w’'-]+(?:\s+[\w’'()-]+){0,8}?),\s+(?:set\s+up|known\s+as|[a-z]+ed|held|made|built|begun|signed|"
    r"founded|led|launched|formed|seen|chosen|given|taken)\b[^,;]*$")
# A day told only as the day of the happening before (`Earlier in the day, X laid a wreath`): that happening's day, not
# the publication's, which the date phrase reads it as.
THAT_DAY = re.compile(r"\b(?:in\s+the|that)\s+day\b", re.I)
# `Earlier in the day`, `later in the day`: the day of the story's main happening, the one its lede tells of, unless
# a past day was told just before (see `_with_that_day`); `that day` is the day told last.
IN_THE_DAY = re.compile(r"\bin\s+the\s+(?:day|morning|afternoon|evening)\b", re.I)
# A happening told in the past at a part of the day with no other date (`The minister met in the afternoon with X`,
# `In the evening, the delegation visited Y`): the day of the story's happenings, as `earlier in the day` is; only
# with a happening's verb, as a part of the day also tells of habits and timetables.
PART_OF_DAY = re.compile(r"\b[Ii]n\s+the\s+(?:morning|afternoon|evening)\b")
PART_OF_DAY_HAPPENING = re.compile(r"\b(?:met|signed|held|visited|toured|received|hosted|inaugurated|opened|attended|"
                                   r"addressed|chaired|led|paid)\b")
PART_OF_DAY_WORDS = frozenset({"morning", "afternoon", "evening"})
# A visitor's call on a host (`will call on Prime Minister X`, `paid a courtesy call on the King`, `had an audience
# with Emperor Naruhito`, `was received in audience by the King`).
CALL_ON = re.compile(r"\bcall(?:s|ed|ing)?\s+on\b|\bcourtesy\s+call\b|\baudience\s+with\b|\bin\s+audience\b")
# How many sentences back a past day is the one `earlier in the day` goes on from: a paragraph's.
NEAR_SENTENCES = 2
# A day told as the day after the one told just before: `The following day, the delegation attended a forum`, `A day
# later`, `two days later`; not `the day after the election`, whose day is another's.
DAY_AFTER = re.compile(r"\b(?:[Tt]he\s+(?:following|next)\s+(?:day|morning)|[Tt]he\s+day\s+after(?=\s*,)|"
                       r"(?P<count>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree)\s+days?\s+later)\b(?!\s+(?:of|that|when)\b)")
# A happening at home that the pair has no part in (`Hungary's parliament on May 15 elected Orban`, `opposition leader X
# on Saturday launched his campaign`): no event of the pair, unless the sentence names the pair's instrument
# (`which Egypt's cabinet approved in August` of an agreement) or the date's words a meeting (`elected in May, met X`).
DOMESTIC = re.compile(r"\b(?=[abcefilnopst])(?:parliament|national\s+assembly|opposition|campaign|elect(?:ed|ion|ions)|"
                      r"re-elected|cabinet|budget|finance\s+bill|legislature|senate|congress|impeach\w*|"
                      r"(?:took|taking|assumed)\s+office|sworn\s+in)\b", re.I)
# Taking office right before a date (`since Boluarte assumed office in January`, `who was sworn in as president on
# Oct. 20`): the date is that happening's at home, not that of a visit the sentence also tells of (`Boluarte, who
# assumed office in January, will visit Chile`), which has its own date or none.
TOOK_OFFICE_BEFORE = re.compile(r"\b(?:(?:took|taken|takes|taking|assumed|assumes|assuming)\s+office|"
                                r"sworn\s+in(?:\s+as\s+[\w\s'’-]{1,40}?)?|"
                                # a leader back in office (`since returning to office in March`)
                                r"(?:return|returns|returned|returning)\s+to\s+office)\s+(?:(?:on|in)\s+)?$", re.I)
TOOK_OFFICE_REACH = 70
# A part of each of DOMESTIC's words with no i or s (the only letters re.I matches to more than their two cases), in
# lower case: looking for them in the lower-cased text is much cheaper than a case-blind search, and comes first.
DOMESTIC_PARTS = ("parl", "embly", "oppo", "campa", "elect", "cab", "budget", "nance", "lature", "enate", "congre",
                  "mpeach", " off", "worn")
# A thing a body at home passed, named right before the body and the date (`the energy reform approved by its
# Congress last year`, `a budget passed by parliament in March`); and how far before the date it is looked for.
PASSED_BY_BODY = re.compile(r"\b(?:the|a|an|its|their)\s+(?P<thing>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+"
                            r"(?:approved|passed|adopted|enacted|ratified)\s+by\s+(?:the\s+|its\s+|their\s+)?"
                            r"(?:[A-Z][\w'’-]*\s+)?(?:parliament|congress|senate|national\s+assembly|legislature|"
                            r"cabinet|lawmakers|legislators)\s+$", re.I)
PASSED_REACH = 120
PAIR_MATTER = re.compile(r"\b(?=[abcdmpt])(?:agreements?|treaty|convention|accords?|pacts?|deals?|bilateral|"
                         r"memorand\w+|partnership)\b", re.I)
# A verb handing a sum over, right before the amount (see `_handed_over`), and parts of its words to test first.
HANDED_BEFORE = re.compile(r"\b(?:rolled\s+over|extended|granted|lent|loaned|deposited|disbursed|injected|"
                           r"(?:handed|paid)\s+out)\s+(?:(?:a|an|another|the|its)\s+)?(?:fresh\s+|further\s+)?$")
HANDED_PARTS = ("over", "extended", "granted", "lent", "loaned", "deposited", "disbursed", "injected", " out")
# The end of a quotation, its speaker and the meal or reception it was spoken at (see `_toast`).
TOAST = re.compile(r"[,.!?][\"”]\s+(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|told\s+\w+|added)\s+(?:at|during)\s+(?:a|an|the)\s+"
                   r"(?:(?:state|official|welcome|gala|working)\s+)?(?:banquet|dinner|luncheon|lunch|reception)\b")
TOAST_WORDS = ("banquet", "dinner", "lunch", "reception")
QUOTE_OPENINGS = "\"“"
# A price a market closed or traded at (`the rupee, which closed at Rs279.38 to the dollar on Thursday`, `the index
# ended 0.4% higher on Monday`), a commodity's or currency's price moving to a figure a unit (`Copper rose 0.8% to
# $6,455 a tonne on Tuesday`, `the peso fell 1% to 950 per dollar`) or a company's shares moving (`Shares of Vale
# rose 2% to`): its day is a market's, no happening of the pair.
_PRICE_MOVED = (r"(?:rose|rises|fell|falls|climbed|slipped|gained|lost|jumped|dropped|eased|slid|surged|tumbled|"
                r"edged\s+(?:up|down|higher|lower))")
MARKET_PRICE = re.compile(r"\b(?:closed|ended|finished|settled|traded|trading)\s+(?:\w+\s+)?"
                          r"(?:at\s+\D{0,4}\d|(?:higher|lower|flat|unchanged|firmer|weaker)\b)|"
                          rf"\b{_PRICE_MOVED}\s+(?:[\w.%]+\s+){{0,3}}?to\s+\D{{0,4}}\d[\d,.]*\s*(?:[a-z]+\s+)?"
                          r"(?:a|an|per)\s+(?:tonne|ton|metric\s+ton|ounce|troy\s+ounce|barrel|pound|kilo\w*|"
                          r"bushel|dollar|euro|share)\b|"
                          rf"\b[Ss]hares\s+(?:of|in)\s+[A-Z][^,;]{{0,40}}?\s+{_PRICE_MOVED}\b")
MARKET_REACH = 60
MARKET_PARTS = (" closed", " ended", " finished", " settled", " traded", " trading", " rose", " rises", " fell",
                " falls", " climbed", " slipped", " gained", " lost", " jumped", " dropped", " eased", " slid",
                " surged", " tumbled", " edged")
# A firm buying or selling a share of another: `agreed to acquire a 51% stake in Ocean Link`, `sold its 20 percent
# holding`, `bought shares in`; and the words one of which it needs, tested first.
STAKE_DEAL = re.compile(r"\b(?:acquir(?:e|es|ed|ing)|buy(?:s|ing)?|bought|purchas(?:e|es|ed|ing)|sell(?:s|ing)?|sold|"
                        r"divest(?:s|ed|ing)?)\s+(?:a|an|the|its|their|some)?\s*(?:[\w%.-]+\s+){0,3}?"
                        r"(?:stake|holding|shares|equity\s+interest)\b", re.I)
STAKE_PARTS = ("stake", "holding", "shares", "equity interest")
# The firms themselves as the source of the news: `..., the companies said on Thursday`, `the two firms announced`.
FIRMS_SAID = re.compile(r"\b(?:the|both)\s+(?:two\s+)?(?:companies|firms)\s+(?:said|say|says|announced|confirmed|"
                        r"told)\b", re.I)
FIRMS_PARTS = ("companies", "firms")
# A government side to a firm's deal: `signed a contract with Peru's Ministry of Transport`, `state-owned YLB`.
GOVERNMENT_SIDE = re.compile(r"\b(?:ministry|ministries|government|authority|minister|president|state[- ]owned|"
                             r"state\s+(?:firm|company|miner|utility|enterprise))\b", re.I)
# The bodies and gatherings a sentence may tell a happening of (see `_other_gathering`).
GATHERING_NOUN = re.compile(r"\b(forum|committee|commission|summit|council|conference|expo|exhibition|fair|"
                            r"dialogue)s?\b", re.I)
# A verb telling that people met (`met with`, `held talks with`), which a second meeting of a day has of its own.
MET_WITH = re.compile(r"\b(?:met|meets|talks\s+with)\b")
MEETING = re.compile(r"\b(?=[ahmrtv])(?:visit\w*|talks|met|meet\w*|arriv\w+|receiv\w+|host\w*)\b", re.I)
# A gathering of many countries, by its grouping's name (`the ASEAN Summit`, `the G20 leaders' summit`, `the summit of
# the Organisation of Islamic Cooperation`, `the UN General Assembly`, `COP29`): a happening of the pair only when both
# take part, which its clause must tell.
_GROUPING = (r"(?:ASEAN|G-?20|G-?7|Group\s+of\s+(?:20|Twenty|7|Seven)|BRICS|Brics|APEC|OIC|SCO|NATO|EU|D-8|GCC|CELAC|"
             r"CICA|Mercosur|Commonwealth|ECOWAS|SADC|EAC|IGAD|SAARC|BIMSTEC|CARICOM|CIS|CSTO|OAS|"
             r"Pacific\s+Islands|Eurasian\s+Economic|Ibero-American|"
             r"African\s+Union|Arab\s+League|Turkic\s+States|East\s+Asia|Non-Aligned\s+Movement|"
             r"Islamic\s+Cooperation|Shanghai\s+Cooperation(?:\s+Organi[sz]ation)?|"
             r"Asia-Pacific\s+Economic\s+Cooperation(?:\s+\(APEC\))?)")
# The first letters of its alternatives are tested at a word's start first (TRIGGERS does the same).
GATHERING = re.compile(r"\b(?=[ABCDEGIMNOPSTUWms])(?:"
                       rf"{_GROUPING}(?:\s+[\w'’-]+){{0,3}}?\s+(?:[Ss]ummit|[Mm]eeting|[Cc]onference|[Ff]orum)s?\b|"
                       rf"[Ss]ummit\s+of\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){{0,2}}(?:of\s+)?{_GROUPING}\b|"
                       r"(?:United\s+Nations|UN)\s+General\s+Assembly\b|(?:UNGA|CHOGM)\b|COP\s?\d{1,2}\b|"
                       r"World\s+Economic\s+Forum\b|Davos\b|multilateral\s+(?:summit|conference|meeting)s?\b)")
# A grouping named alone (`the African Union, which it left in 1984`).
GROUPING_NAME = re.compile(_GROUPING)
# The capitalised words before a possessive: the owner of what follows (`Abu Dhabi's sovereign wealth fund`).
CAPITAL_OWNER = re.compile(r"(?P<name>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)[’']s\b")
# Parts of GATHERING's words, one of which each of its matches has: tested first, as most clauses name no gathering.
GATHERING_PARTS = ("ummit", "eeting", "onferen", "orum", "Assembly", "UNGA", "CHOGM", "COP", "Davos")
# A happening of its own at a gathering, between people (`met Erdogan on the sidelines of the G20 summit`, `Sunak and
# Tinubu last met at the G20 summit`, `an official visit to Brasilia on the sidelines of the G20 summit`): not the
# gathering itself.
SIDE_HAPPENING = re.compile(r"\b(?=[mtsbco])(?:met|meets?|talks|sidelines|counterparts?|bilateral|"
                            r"(?:official|state)\s+visit)\b", re.I)
SIDE_HAPPENING_PARTS = ("met", "meet", "talks", "sideline", "counterpart", "bilateral", "visit")
# A conjunction a `today` of these times follows inside a quotation (`and today we want to`).
NOW_AFTER = re.compile(r"\b(?:and|but)\s+$")
# How far before and after its date phrase a happening at home is told.
DOMESTIC_REACH = (40, 60)
# A year that ends a name (`Expo 2020`, `IDEF 2023`, `Vision 2030`): the time of something else than the name's year.
NAME_BEFORE_YEAR = re.compile(r"\b[A-Z][A-Za-z]*\s$")
# A year said as a time, not as part of a name (`Vision 2030`, `IDEF 2023`).
IN_YEAR = re.compile(r"\b(?:in|during)\s+$", re.I)
# A sentence whose subject is a pronoun: the people it names are not who a later `he` means.
# After an opening phrase too: `On Tuesday, he is scheduled to meet X` (he, then X).
PRONOUN_SUBJECT = re.compile(r"\W*(?:He|She|[A-Z][^,;\"“”]{0,40},\s+(?:he|she))\b")
# A clause about what the clause before it names: `a similar agreement with Australia, which took effect in 2012`,
# `Chile, with which Peru has had an FTA in force since 2009`.
RELATIVE = re.compile(r"\W*(?:(?:with|in|under|to|by|for|from)\s+)?which\b")
# A clause going on from the one before it: `, which came into force`, `and entered into force`.
GOES_ON = re.compile(r"[\s,]*(?:which|and)\b")
# A relative clause a date may stand in, set off by a comma: `an invitation from Erdogan, who had paid a visit to Cairo
# in February,`: the happening it tells of is its own, with its own place and doers.
# A participle is one when a preposition follows it (`, held in Ankara`, `, set up during`), not a verb after a clause
# set off by commas (`Khaleel, who is on a visit, held talks`).
# `, the foundation of which was laid in 2022`: a `which` clause of a part or deed of the thing before it.
RELATIVE_MARK = re.compile(r",\s+(?:(?:the\s+[a-z]+\s+of\s+)?(?P<word>who|which)\s+|"
                           r"(?P<participle>signed|inked|held|convened|hosted|launched|"
                           r"established|founded|set\s+up|inaugurated|concluded)\s+(?=(?:in|on|at|by|during|under|"
                           r"last|earlier|with|between|since)\b))")
# What a participle clause's noun may be of the pair's (`the maritime agreement, signed in Jakarta in December 2024`,
# `the joint commission, held in Hanoi in June 2023`, `an Economic Partnership Agreement (EPA), which was launched in
# 2024`): with no doer of its own named, the pair did it.
PAIR_THING = re.compile(rf"\b(?:{_INSTRUMENT_NOUNS}|commission|council|committee|talks|meeting|summit|consultations?|"
                        r"dialogue|forum|partnership)\b(?:\s+\([A-Z][\w-]*\))?\W*$", re.I)
# The subject right after a `which` clause's word, a name: `, which the Philippines bought under a deal signed in
# 2022`; the clause's happening is of whom it names.
RELATIVE_SUBJECT = re.compile(r"(?:the\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})\s+[a-z]")
# The capitalised words right before a relative clause's comma: whom a `who` is (`Turkish President Erdogan, who`).
ANTECEDENT_NAME = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,6}[A-Z][\w'’.-]*$")
# A `who` clause of a happening before the main clause's (`an invitation from Erdogan, who had paid a visit to Cairo in
# February`): its own, with its own doers.
EARLIER = re.compile(r"(?:had|last|previously|earlier|once|first)\b")
# A `who` clause of a happening under way at the time of the main clause's (`met X, who was visiting Jakarta on
# Tuesday`), or of what was said there (`met Prime Minister X, who said he would attend the council later this
# year`): the main clause's doers share it.
UNDER_WAY = re.compile(r"(?:(?:was|were|is|are)\s+(?:still\s+)?[a-z]+ing|said|says|told|added|stressed|noted)\b")
# A `who` clause in the present, of a stay under way (`Benavides, who is leading a delegation to Korea this week`,
# `who are in Lima this week`): see `_week_of_told_days`.
PRESENT_WHO = re.compile(r"(?:is|are)\s")
# A clause telling of an instrument named just before it, which is its subject (`discuss a bilateral investment
# treaty, which was signed in February 2024 and entered into force in August`): not the sentence's subject.
RELATIVE_OPENING = re.compile(r"[\s,]*(?:which|that)\s+(?=(?:was|were|is|are|had|has|came|took|entered|went)\b)")
# A `which` clause in the passive tells what was done to the thing before it (`the pipeline, the foundation of which
# was laid in September 2022`): its doers are those it names, not the main clause's.
PASSIVE = re.compile(r"(?:was|were|(?:has|had|have)\s+been)\s+(?:\w+ly\s+)?\w+(?:ed|id|ld|lt|ne|wn|ng|en|ht|de)\b")
_DETERMINER = r"(?:an?|[Tt]he|its|their|this)\s"
ANTECEDENT = re.compile(rf"\b(?P<thing>{_DETERMINER}+(?:(?!{_DETERMINER})[\w’'-]+\s+){{0,6}}?"
                        rf"(?i:{_INSTRUMENT_NOUNS})(?:\s+\([A-Z][\w-]*\))?)\s*$")
QUOTE_MARKS = "\"“‘'"
# Patterns of the helpers below, compiled once: they run for every date phrase.
POSSESSIVE_END = re.compile(r"[’']s$")
HERE = re.compile(r"\bhere\b")
# Not an honorific (`His Majesty King Felipe VI`, `Her Excellency`), which stands for no one named before.
THIRD_PERSON = re.compile(r"\b(?=[hs])(he|she|his|her)\b(?!\s+(?:Majesty|Excellency|Royal|Highness|Holiness)\b)",
                          re.I)
FIRST_PERSON = re.compile(r"\b(our|we)\b", re.I)
CLAUSE_LEAD = re.compile(r"^[\s,;]*(?:and\s+)?")
CONJUNCTION_LEAD = re.compile(r"^(?:and|but|while|with|where|as|when|which)\s+")
PRONOUN_LEAD = re.compile(r"(?:He|She|They|It)\b")
# A sentence whose subject is onlookers guessing (`Analysts expect the two sides to sign an MoU during next week's
# visit`, `Industry observers predict`): a forecast of what may come of a happening, which is no happening itself.
ONLOOKERS_GUESS = re.compile(r"(?:(?:Some|Many|Most|Industry|Political|Market|Trade|Regional|Western|Foreign)\s+)?"
                             r"(?:[Aa]nalysts|[Oo]bservers|[Ee]xperts|[Ee]conomists|[Cc]ommentators|[Ww]atchers)\s+"
                             r"(?:expect|predict|anticipate|foresee|forecast|are\s+expecting)\b")


@dataclass
class _Candidate:
    event: Event
    place_from_text: bool
    met: frozenset[str] = frozenset()  # the people of a meeting its clause tells with a verb of its own


class _Named:
    """Who the sentences of an article name, found only for those asked about: most sentences have no date, and
    who an earlier one named matters only to a date's clause that names no one."""

    def __init__(self, sentences: list[str], people: list[Person]) -> None:
        self.sentences = sentences
        self.people = people
        self.forms = forms_of(people)
        self._found: dict[int, list[Person]] = {}

    def in_text(self, text: str) -> list[Person]:
        """`mentioned_people`, the people's forms read once."""
        return [self.people[i] for i in named_in(text, self.forms)] if self.people else []

    def at(self, index: int) -> list[Person]:
        """The people sentence `index` names."""
        found = self._found.get(index)
        if found is None:
            found = self._found[index] = self.in_text(self.sentences[index])
        return found

    def last_person(self, index: int) -> Person | None:
        """Who a `he` of sentence `index` means: the first named in the last sentence before it naming anyone, but
        not one opening with `He`/`She` (`He met X`: `he` is still who he was) unless no one was named before that."""
        earliest = None
        for before in range(index - 1, -1, -1):
            named = self.at(before)
            if named:
                if not PRONOUN_SUBJECT.match(self.sentences[before]):
                    return named[0]
                earliest = named[0]
        return earliest

    def last_two(self, index: int) -> list[Person]:
        """The first two named in the last sentence before sentence `index` naming two or more."""
        for before in range(index - 1, -1, -1):
            named = self.at(before)
            if len(named) > 1:
                return named[:2]
        return []


# A comma with nothing but a date after it (`also met X, Minister of Foreign Affairs, on Friday`): it closes an
# apposition, and the date is of the clause before it.
DATE_ALONE = re.compile(r",\s*(?:on|in|at|during)?\s*")


def _windows(sentence: str, phrases: list[DatePhrase]) -> list[tuple[int, int]]:
    """The part of the sentence each date phrase governs: cut at a clause break between phrases, else at
    the last comma between them (`X, signed in July in Manila by ministers, took effect in September`), or the one
    before it that leaves the next phrase a verb when the last one closes an apposition (`X, who arrived on Thursday,
    also met Y, Minister of Foreign Affairs, on Friday`), but not at the comma closing an opening phrase (`On
    Wednesday, he will visit the Expo 2025 site`), else where what someone said is to come opens (`Earlier this month,
    Anwar said | Malaysia would send a mission in the first half of next year`: the saying's date, then the plan's),
    else at the last `and` between them."""
    bounds: list[tuple[int, int]] = []
    start = 0
    for i, phrase in enumerate(phrases):
        end = len(sentence)
        if i + 1 < len(phrases):
            nxt = phrases[i + 1]
            cuts = [m.start() for m in CLAUSE_CUT.finditer(sentence, phrase.end, nxt.start)]
            if not cuts:
                commas = [at for at in range(phrase.end, nxt.start) if sentence[at] == "," and not (
                    at == phrase.end and len(sentence[:phrase.start].split()) <= 1)]
                if len(commas) > 1 and DATE_ALONE.fullmatch(sentence, commas[-1], nxt.start):
                    commas = [next((at for at in reversed(commas) if TRIGGERS.search(sentence, at, nxt.end)),
                                   commas[-1])]
                cuts = commas
            if not cuts and ("would" in sentence or "will" in sentence):
                said = SAID_PLAN_OPENS.search(sentence, phrase.end, nxt.start)
                cuts = [said.end()] if said else []
            cuts = cuts or [m.start() for m in AND_CUT.finditer(sentence, phrase.end, nxt.start)]
            end = cuts[-1] if cuts else nxt.start
        bounds.append((start, end))
        start = end
    return bounds


def _within_semicolons(sentence: str, phrases: list[DatePhrase], bounds: list[tuple[int, int]]
                       ) -> list[tuple[int, int]]:
    """Each window cut to the clause its date is in, where semicolons part the sentence's clauses (`X meets Y in
    Seoul; KHNP, PGE to sign a letter of intent in October`): the other clauses tell other things, with their own
    places and doers."""
    return [(max(start, sentence.rfind(";", 0, phrase.start) + 1),
             min(end, next((at for at in range(phrase.end, end) if sentence[at] == ";"), end)))
            for phrase, (start, end) in zip(phrases, bounds)]


def _place(text: str, context: ArticleContext, name_words: _NameWords, date_at: int) -> str | None:
    """The first place named with in/at/to/from that is not a person, an organisation or a date; one of the main
    clause before one of an opening clause the date is not in (`After talks in Nairobi, X met Y in Mombasa on
    Monday`, but `After meeting X in Ankara on Monday, Y flew to Istanbul`), and where someone is before where they
    came from (`X, who flew in from Singapore, met Y in Hanoi`)."""
    opening_end = -1
    best: tuple[tuple[bool, bool], str] | None = None
    if " before " in text:
        leaving = BEFORE_LEAVING.search(text, date_at)
        text = text[:leaving.start()] if leaving else text
    for match in PLACE.finditer(text):
        place = _matched_place(match, name_words, context)
        if place is None or _topic_place(text, match) or _project_place(text, match, date_at) \
                or _supply_destination(text, match, date_at) or _listed_place(text, match) \
                or _investment_destination(text, match):
            continue
        venue_end = _venue_end(text, match) or _article_venue(match, place)
        if venue_end:  # `at Villa Doria Pamphilj in Rome`: Rome; `at Al-Salam Palace`: no city here
            place = _venue_city(text, venue_end, name_words, context)
            if place is None:
                continue
        if best is None:
            opening = OPENING_CLAUSE.match(text)
            opening_end = opening.end() if opening and opening.end() <= date_at else -1
        rank = (match.start() < opening_end, match.group(0).startswith("from"))
        if rank == (False, False):
            if match.group(0).startswith("at") and not venue_end:
                place = _venue_city(text, match.end(), name_words, context) or place
            visited = _visited_city(text, match.end(), date_at, name_words, context) \
                if context.countries.canonical(place) else None
            return visited or place
        if best is None or rank < best[0]:
            best = (rank, place)
    return best[1] if best else _host_capital(text) or _capital_in_name(text)


def _topic_place(text: str, match: re.Match[str]) -> bool:
    """The place `in` names is where a matter talked of lies (`the situation in Sudan`), not the happening's."""
    return text.startswith("in", match.start()) \
        and TOPIC_BEFORE.search(text, max(0, match.start() - TOPIC_REACH), match.start()) is not None


def _listed_place(text: str, match: re.Match[str]) -> bool:
    """The place is in a list of matters talked of or of a body's parts (see LISTED_BEFORE), not the happening's."""
    before = text[:match.start()]
    return _has_part(before, LISTED_PARTS) and LISTED_BEFORE.search(before) is not None


def _project_place(text: str, match: re.Match[str], date_at: int) -> bool:
    """The place is where a work to be built will stand (see PROJECT_BEFORE), not where the happening was; but a place
    the date follows right after is the happening's (`signed an agreement on the construction of the bridge in
    Vientiane on Friday`) unless a trip told after it gives the happening's. Its verbs are tested first, as most
    clauses tell of no building."""
    before = text[max(0, match.start() - PROJECT_REACH):match.start()]
    if not _has_part(before, PROJECT_PARTS) or PROJECT_BEFORE.search(before) is None:
        return False
    return not (date_at >= match.end() and DATE_RIGHT_AFTER.fullmatch(text, match.end(), date_at)) \
        or _trip_told_after(text, match.end())


def _trip_told_after(text: str, at: int) -> bool:
    """The text tells after `at` of a trip to a place (`a contract for the construction of a desalination plant in
    South Sinai on Saturday, during a visit by a Saudi delegation to Cairo`): the happening was there, and the place
    of a work before it is the work's though the date follows it."""
    return any(word in text[at:] for word in ("visit", "trip", "tour", "travel")) \
        and any(_goes_to(text, match) for match in PLACE.finditer(text, at))


def _supply_destination(text: str, match: re.Match[str], date_at: int) -> bool:
    """The place after `to` is where goods told of go (see SUPPLY_BEFORE), not where the happening was; but a place
    the date follows right after is the happening's (`delivered the first cargo to Zeebrugge on Friday`)."""
    if not text.startswith("to", match.start()):
        return False
    before = text[max(0, match.start() - SUPPLY_REACH):match.start()]
    return _has_part(before, SUPPLY_PARTS) and SUPPLY_BEFORE.search(before) is not None \
        and not (date_at >= match.end() and DATE_RIGHT_AFTER.fullmatch(text, match.end(), date_at))


def _investment_destination(text: str, match: re.Match[str]) -> bool:
    """The place after `invest in` is where money goes (`companies to invest in Kenya`), not where the happening was."""
    return text.startswith("in", match.start()) and "invest" in text \
        and INVEST_BEFORE.search(text, max(0, match.start() - INVEST_REACH), match.start()) is not None


def _host_capital(text: str) -> str | None:
    """A capital that hosts the happening, named as the subject of `hosted` (`On 27 October, Moscow hosted the 21st
    meeting of the commission`): the city it was in, where no place is named with in/at/to. Only a capital is read
    so, as a capitalised word before `hosted` more often names a person or a body (`Gazprom hosted`)."""
    if "host" not in text:
        return None
    return next((found.group("place") for found in HOSTED_BY.finditer(text)
                 if found.group("place") in capital_names()), None)


def _capital_in_name(text: str) -> str | None:
    """A capital opening the name of what someone visits (`will visit the Kigali Special Economic Zone`, `tour the
    Kampala Industrial and Business Park`): the city the happening is in, where no place is named with in/at/to."""
    opens = [at for at in (text.find("visit"), text.find("tour")) if at >= 0] if " the " in text else []
    if not opens:
        return None
    for match in VISIT_NAMED.finditer(text, min(opens)):  # a match opens with its `visit` or `tour`
        words = match.group("name").split()
        place = next((" ".join(words[:size]) for size in (1, 2)
                      if size < len(words) and " ".join(words[:size]) in capital_names()), None)
        if place:
            return place
    return None


def _venue_end(text: str, match: re.Match[str]) -> int:
    """Where the name of a building or grounds a place match opens ends (`Al-Salam Palace`, `Villa Doria Pamphilj`,
    `Palacio de las Garzas`), else 0: a venue is no city."""
    goes_on = NAME_GOES_ON.match(text, match.end())
    end = goes_on.end() if goes_on else match.end()
    return end if VENUE.search(text, match.start("place"), end) else 0


def _article_venue(match: re.Match[str], place: str) -> int:
    """Where a building named by an article and one word after `at` ends (`at La Moneda`, `at Los Pinos`), else 0:
    a city is a happening's place `in`, not `at`, but for a capital (`at La Paz`)."""
    words = place.split()
    return match.end() if len(words) == 2 and words[0] in VENUE_ARTICLES and match.group(0).startswith("at ") \
        and place not in capital_names() else 0


def _venue_city(text: str, at: int, name_words: _NameWords, context: ArticleContext) -> str | None:
    """The city named right after a venue that ends at `at` (`at Urugwiro Village in Kigali`), not a country."""
    city = VENUE_CITY.match(text, at)
    place = _named_place(city.group("place"), name_words, context) if city else None
    return place if place and not context.countries.canonical(place) else None


class _NameWords(set[str]):
    """The folded words of the people's names, a place's words being cut before them, and those of them that are
    only ever a first name (`santiago` of Santiago Cafiero): alone, such a word is a place (`signed on Tuesday in
    Santiago`), as news name no one by their first name alone. They keep the places their article's words were read
    as (`_named_place`), as the same city is read in clause after clause."""

    given_only: frozenset[str] = frozenset()
    places: dict[str, str | None]


def _name_words(people: list[Person]) -> _NameWords:
    """The folded words of the people's names, and those only ever a first name of two words or more."""
    names = [fold(person.name).split() for person in people]
    words = _NameWords(word for name in names for word in name)
    later = {word for name in names for word in name[1:]}
    words.given_only = frozenset(name[0] for name in names if len(name) > 1 and name[0] not in later)
    words.places = {}
    return words


def _speaking_opening_end(window: str, date_at: int) -> int:
    """The end of an opening `Speaking at ...,` clause the date is not in, where the speaker was, not where an
    earlier happening they speak of was; 0 when there is none."""
    if not window.lstrip(" \"“").startswith("Speaking"):
        return 0
    opening = SPEAKING_OPENING.match(window)
    return opening.end() if opening and opening.end() <= date_at else 0


def _before_plan_said(window: str, date_start: int, date_end: int) -> str:
    """The window up to what someone said is to come, when the date is the saying's (`Earlier this month, Anwar
    said Malaysia would send a mission to Istanbul`, `Bourita said on Monday that the two countries would hold the
    session in Abuja`): the plan's place is not where the saying was."""
    if "would" not in window and "will" not in window:
        return window
    plan = SAID_PLAN.search(window, date_end) or (
        THAT_PLAN.match(window, date_end) if STATEMENT.search(window, 0, date_start) else None)
    return window[:plan.end()] if plan else window


def _sentence_city(sentence: str, window: tuple[int, int], phrases: list[DatePhrase], context: ArticleContext,
                   name_words: _NameWords) -> str | None:
    """A city the sentence names in a part between commas, outside the window, with no date of its own
    (`concluded negotiations on Sunday, nine years after talks began in 2016, Prabowo announced in Brussels`): it,
    not the dateline's, is where the day's news is; not one a date of its own goes with (`recalling his visit to
    Kuala Lumpur in February last year`)."""
    start = 0
    for part in SEGMENT.split(sentence):
        end = start + len(part)
        outside = end <= window[0] or start >= window[1]
        if outside and not any(start <= p.start < end for p in phrases):
            place = _place(part, context, name_words, 0)
            if place and not context.countries.canonical(place):
                return place
        start = end + 1
    return None


def _dates_reporting_only(window: str, date_start: int, date_end: int, at_start: bool) -> bool:
    """The date stands in the clause after the window's last comma that only tells who reported it and when (`signed
    the contracts on Friday, with Warsaw ordering 180 tanks, the procurement agency said Saturday.`): it dates the
    saying, not the clause reported after the earlier date's clause, which is no event with no date of its own; but a
    sentence's one date dates its statement (`Trade hit $4.9 billion in 2023, Bolat said Friday`) and a happening its
    clause names (`Chile and Peru signed a lithium agreement, the ministry said on Tuesday`), the day of the news of
    it. Tested only for a window after another date's, ending soon after its date (see `_only_saying`), with a comma
    before the date."""
    if at_start or len(window) - date_end > SAYING_ONLY_REACH:
        return False
    comma = window.rfind(",", 0, date_start)
    if comma <= 0 or window[comma + 1:comma + 2] in QUOTE_MARKS + "”’":
        return False
    return _only_saying(window[comma:], date_start - comma, date_end - comma)


def _range_of_happening_before(window: str, phrase: DatePhrase, before: DatePhrase, sentence: str, start: int
                               ) -> bool:
    """The date is the range of days a `which took place from ... to ...` clause gives the happening the clause
    before names (`Today, X concluded the trade mission to Canada, which took place from June 9 to 12, 2025`), and
    the day before falls in it or just after it: the same happening, no second one."""
    opening = window[:phrase.start - start]
    if "which" not in opening[:12] or RANGE_OF_BEFORE.fullmatch(opening) is None \
            or before.date.precision != "day" or phrase.date.precision != "day":
        return False
    days = (before.date.as_date() - phrase.date.as_date()).days
    return 0 <= days <= RANGE_DAYS \
        and HAPPENING_NOUN.search(sentence, max(0, start - HAPPENING_NOUN_REACH), start) is not None


def _tells_signing(window: str) -> bool:
    """The window tells of a signing (`signed`, `inked`)."""
    return ("sign" in window or "inked" in window) and SIGNED_BETWEEN.search(window) is not None


def _signed_there(context: ArticleContext, at: int, name_words: _NameWords) -> str | None:
    """The place the next sentence or the one after it gives the instruments the sentence at `at` tells were signed,
    by a back-reference to them with no date of its own (`The contracts, worth $5.8 billion, were signed in Warsaw
    between ...`); not an earlier or other one's (`Similar deals were signed in Hanoi`, `The earlier agreements were
    signed in Hanoi in 2019`), nor a place told after a sentence with a date."""
    for sentence in context.sentences[at + 1:at + 1 + SIGNED_THERE_SENTENCES]:
        told = ("signed" in sentence or "inked" in sentence) and SIGNED_THERE.match(sentence)
        if sentence_dates(sentence, context.published):
            return None
        if told:
            return _place(sentence[told.end():], context, name_words, 0)
    return None


def _signed_by(context: ArticleContext, at: int, names: _Named) -> list[str]:
    """The people the next sentence or the one after it names as signers of the instruments the sentence at `at`
    tells were signed, by a back-reference with no date of its own (`The MoU was signed by X and Y`): the signing's
    doers, where the sentence at `at` names only their agencies or countries."""
    for sentence in context.sentences[at + 1:at + 1 + SIGNED_THERE_SENTENCES]:
        if sentence_dates(sentence, context.published):
            return []
        told = " by " in sentence and SIGNED_BY.match(sentence)
        if told:
            return [person.name for person in names.in_text(sentence[told.end():])]
    return []


def _took_office_then(sentence: str, date_at: int) -> bool:
    """The date at `date_at` follows a taking of office."""
    return TOOK_OFFICE_BEFORE.search(sentence[max(0, date_at - TOOK_OFFICE_REACH):date_at]) is not None


def _only_saying(window: str, date_start: int, date_end: int) -> bool:
    """The window is only a statement's subject, verb of saying and date (`the ministry said on Tuesday`), naming no
    happening: its length and words tested first, as most windows are longer or have no verb of saying."""
    if "in what" in window:
        window = _without_aside(window, date_end)
    if len(window) - date_end > SAYING_ONLY_REACH:  # such a clause ends right after its date
        return False
    near = window[max(0, date_start - SAYING_ONLY_REACH):]
    if not any(word in near for word in SAYING_ONLY_WORDS) or window.count(" ") > SAYING_ONLY_MOST_SPACES:
        return False
    said = SAYING_ONLY.fullmatch(window[:date_start] + DATE_MARK + window[date_end:])
    return said is not None and TRIGGERS.search(said.group("subject")) is None


# Who said a quotation and when, after its closing mark (`," Mabunda said on Tuesday.`, `," the mayor told reporters
# on Friday.`): only an attribution.
QUOTE_ATTRIBUTION = re.compile(r"[,\s]*(?:[\w'’.-]+\s+){1,6}?(?:said|says|told\s+(?:[\w-]+\s+){1,3}?|added|stated|"
                               r"noted|stressed)(?:\s+(?:late|early|earlier)\s+)?(?:\s+on)?\s+")
SENTENCE_END = re.compile(r"\W*")


def _quote_tail_said(sentence: str, phrase: DatePhrase) -> bool:
    """The sentence is the end of a quotation an earlier one opened (it opens inside it), then only who said it and
    when (`If the border works, Limpopo works," Mabunda said on Tuesday.`), with no happening told in the quoted
    words: the end of a saying, no happening of its own."""
    closing = max(sentence.rfind('"', 0, phrase.start), sentence.rfind("”", 0, phrase.start))
    if closing < 0 or sentence[:1] in QUOTE_MARKS or "“" in sentence[:closing] or '"' in sentence[:closing]:
        return False
    return QUOTE_ATTRIBUTION.fullmatch(sentence, closing + 1, phrase.start) is not None \
        and SENTENCE_END.fullmatch(sentence, phrase.end) is not None and TRIGGERS.search(sentence, 0, closing) is None


def _without_aside(window: str, date_end: int) -> str:
    """The window without an aside after its date that only names what was told (`the ministry said Thursday, in what
    officials described as the largest arms export package`): a saying with it is still only a saying."""
    aside = ASIDE_AFTER.search(window, date_end)
    return window[:aside.start()] if aside else window


def _ends_saying(window: str) -> bool:
    """The window ends with its verb of saying (`Earlier this month, Anwar said`), its words tested first."""
    tail = window[-40:]
    return ("said" in tail or "says" in tail or "told" in tail or "announced" in tail) \
        and SAYING_END.search(tail) is not None


def _destination_city(sentence: str, phrase: DatePhrase, phrases: list[DatePhrase], context: ArticleContext,
                      name_words: _NameWords) -> str | None:
    """The city a trip the sentence tells of goes to, in the part between commas the date is in or an apposition
    right after it, with no other date (`will visit Japan from May 23 to 25, his second trip to Tokyo`): where a
    visit to a country is, not the dateline's city at home."""
    start = 0
    dated = False
    for part in SEGMENT.split(sentence):
        end = start + len(part)
        own = start <= phrase.start < end
        if (own or dated and APPOSITION_PART.match(part)) \
                and not any(start <= p.start < end for p in phrases if p is not phrase):
            for match in PLACE.finditer(part):
                place = _matched_place(match, name_words, context)
                if place and not context.countries.canonical(place) and (
                        match.group(0).startswith("visit") or TRIP_BEFORE.search(part, 0, match.start())):
                    return place
        if dated:
            break
        dated = own
        start = end + 1
    return None


def _trip_city(context: ArticleContext, name_words: _NameWords) -> str | None:
    """The city abroad a trip under way or just ended is in, when the lede tells of it away from the dateline's city
    (`PM Khan returned home on Sunday after a visit to Uzbekistan. He had arrived in Tashkent on Thursday`): the days
    of the trip it reports were spent there, not in the dateline's city at home. None for a trip still to come (`will
    travel to Rabat`), whose days before it are spent at home. Else the city an arrival told later is in, else the
    capital of the country the lede tells of a trip to, where the lede names it (`held a summit meeting in Tokyo
    during her official visit to Japan`)."""
    # Read once, when a happening first needs it: the sentences of the lede that tell of a trip done or under way.
    lede = [s for s in context.sentences[:LEDE_SENTENCES]
            if ("arrived" in s or "landed" in s or _tells_of_trip(s)) and not speaks_of_future(s)]
    return next((place for sentence in lede for place in _trip_places(sentence, name_words, context, cities_only=True)),
                None) or _arrival_city(context, name_words) or _trip_capital(lede, context, name_words)


def _trip_capital(lede: list[str], context: ArticleContext, name_words: _NameWords) -> str | None:
    """The capital of a country the lede's sentences tell of a trip to, named in them as a place (`in Tokyo`), when it
    is not the dateline's city: the visit's days are spent there, where a release from home is datelined at home."""
    for sentence in lede:
        countries = [place for place in _trip_places(sentence, name_words, context)
                     if context.countries.canonical(place)]
        for match in PLACE.finditer(sentence) if countries else ():
            place = _matched_place(match, name_words, context)
            if place and place != context.dateline_place and any(_capital_of(place, c) for c in countries):
                return place
    return None


def _trip_abroad(window: str, place: str | None, context: ArticleContext, name_words: _NameWords) -> bool:
    """The place is a country the window tells of a trip to (`will pay an official visit to the Maldives on Monday`),
    of which the dateline's city is no capital: the happening is there, not in the dateline's city at home; but not
    the day of coming home from it (`returned home on Sunday after a visit to Uzbekistan`)."""
    if place is None or not context.dateline_place or not _tells_of_trip(window) \
            or _capital_of(context.dateline_place, place) or HOMEWARD.search(window):
        return False
    return place in _trip_places(window, name_words, context)


def _phoned(text: str) -> bool:
    """The text tells of a call by telephone or video (see PHONE_CALL)."""
    return ("hone" in text or "ideo" in text) and PHONE_CALL.search(text) is not None


def _tells_of_trip(text: str) -> bool:
    """A word of a trip is in the text (`visit`, `flew`, `heading`)."""
    return any(word in text for word in TRIP_TEXTS) or "fl" in text and FLIGHT.search(text) is not None


def _arrival_city(context: ArticleContext, name_words: _NameWords) -> str | None:
    """The city abroad someone arrived in on a day told, after the lede (`Samia arrived in Abu Dhabi on Sunday for a
    three-day state visit`, last in a story datelined Dubai): an arrival is told anywhere, and the visit's days
    are spent there. None where the article says `here` of its dateline's city (`talks at Seri Perdana here`): the
    visit's news is there, wherever the visitor landed."""
    if any(" here" in sentence and HERE.search(sentence) for sentence in context.sentences):
        return None
    for sentence in context.sentences[LEDE_SENTENCES:]:
        if "arrived in" not in sentence or speaks_of_future(sentence) or not any(
                phrase.date.precision == "day" and context.is_recent(phrase.date.as_date())
                for phrase in sentence_dates(sentence, context.published)):
            continue
        for match in PLACE.finditer(sentence):
            if match.group(0).startswith("arrived"):
                place = _matched_place(match, name_words, context)
                if place and place != context.dateline_place and not context.countries.canonical(place) \
                        and not _told_as_past(sentence, match.start(), context):
                    return place
    return None


def _trip_places(sentence: str, name_words: _NameWords, context: ArticleContext, cities_only: bool = False
                 ) -> list[str]:
    """The places a sentence tells of someone going to or arriving in (`arrived in Tashkent`, `a visit to
    Uzbekistan`, `had flown to Dhaka`, `landed in Lusaka`), other than the dateline's city; with `cities_only`, no
    country, whose date is then not read."""
    places = []
    for match in PLACE.finditer(sentence):
        if _goes_to(sentence, match):
            place = _matched_place(match, name_words, context)
            if place and place != context.dateline_place \
                    and not (cities_only and context.countries.canonical(place)) \
                    and not _told_as_past(sentence, match.start(), context):
                places.append(place)
    return places


def _goes_to(sentence: str, match: re.Match[str]) -> bool:
    """The PLACE match is where someone goes or arrives (`arrived in Tashkent`, `a visit to Uzbekistan`, `a visit by a
    delegation to Cairo`, `landed in Lusaka`)."""
    opening = match.group(0)
    return opening.startswith(("visit", "arrived")) or opening.startswith("to") \
        and (TRIP_BEFORE.search(sentence, max(0, match.start() - 20), match.start()) is not None
             or " by " in sentence and VISIT_BY_BEFORE.search(sentence, max(0, match.start() - 100),
                                                              match.start()) is not None) \
        or opening.startswith("in") and LANDED_BEFORE.search(sentence, max(0, match.start() - 8),
                                                             match.start()) is not None


def _told_as_past(sentence: str, at: int, context: ArticleContext) -> bool:
    """The part between commas the place at `at` is in has a date days or more before publication: an earlier trip
    told with its date (`in response to an invitation from Meloni, who had paid a visit to Algiers in January 2023,`),
    not the one the article reports."""
    if context.published is None or context.published.day is None:
        return False
    opens = max(sentence.rfind(",", 0, at), sentence.rfind(";", 0, at))
    ends = [cut for cut in (sentence.find(",", at), sentence.find(";", at)) if cut >= 0]
    part = sentence[opens + 1:min(ends) if ends else len(sentence)]
    earliest = context.published.as_date() - timedelta(days=RECENT_DAYS)
    return any(phrase.date.last_day() < earliest for phrase in sentence_dates(part, context.published))


def _visited_city(text: str, after: int, date_at: int, name_words: _NameWords, context: ArticleContext) -> str | None:
    """A city named after a verb of visiting or meeting, in the clause of the date, rather than a country named
    before it (`pledged investment in India when Kishida visited New Delhi in March 2022`)."""
    for match in PLACE.finditer(text, after):
        place = _matched_place(match, name_words, context)
        if place and not context.countries.canonical(place) and len(place) == len(match.group("place")) \
                and VISIT_BEFORE.search(text, max(0, match.start() - 40), match.start("place")) \
                and not _other_clause(text, min(match.end(), date_at), max(match.start(), date_at)):
            return place
    return None


def _other_clause(text: str, start: int, end: int) -> bool:
    """A clause break lies between two places of the text, other than the one opening a `when` or `where` clause
    that says more of the same happening (`visited Turkiye in November 2023, when he attended a forum in Istanbul`)."""
    return any(not WHEN_CLAUSE.match(text, cut.start()) for cut in CLAUSE_CUT.finditer(text, start, end))


# A place made the adjective of a firm's seat (`a stake in Port Louis-based Ocean Link`, `Mumbai-listed`): where the
# firm is, not where anything happens.
SEAT_ADJECTIVES = ("-based", "-listed", "-headquartered", "-registered")


def _matched_place(match: re.Match[str], name_words: _NameWords, context: ArticleContext) -> str | None:
    """The place a PLACE match names; after `the`, only a country whose name takes it (`the Philippines`, `the United
    Arab Emirates`), as `the` opens a building (`at the Presidential Palace`) or a body (`the Philippine Senate`) far
    more often than a city."""
    if match.group("the"):  # tested before the costlier reading of a place's words
        country = context.countries.canonical(match.group("place"))
        if country is None or country in BLOCS:
            return None
    if _opens_company(match) or match.group("place").endswith(SEAT_ADJECTIVES):
        return None
    return _named_place(match.group("place"), name_words, context)


def _opens_company(match: re.Match[str]) -> bool:
    """The capitalised words after the place match go on naming a company (see COMPANY_AFTER): the place is of its
    name; tested only where a capitalised word follows the match."""
    text, end = match.string, match.end()
    if text[end:end + 1] != " " or not text[end + 1:end + 2].isupper():
        return False
    goes_on = NAME_GOES_ON.match(text, end)
    return goes_on is not None and COMPANY_AFTER.search(text, end, goes_on.end()) is not None


def _named_place(found: str, name_words: _NameWords, context: ArticleContext) -> str | None:
    """The place words after in/at/to/from name (`_read_place`), read once an article."""
    if found not in name_words.places:
        name_words.places[found] = _read_place(found, name_words, context)
    return name_words.places[found]


def _read_place(found: str, name_words: _NameWords, context: ArticleContext) -> str | None:
    """The place words after in/at/to/from name, cut before a person's name; none for an organisation, a date
    (`April-December`) or a nationality."""
    place = POSSESSIVE_END.sub("", found).strip(".")
    words = _after_possessive(place.split()) if "'" in place or "’" in place else place.split()
    # a first name alone is the place (`in Santiago`), not one before a name's other words (`to Santiago Cafiero`)
    given = bool(words) and fold(words[0]) in name_words.given_only \
        and (len(words) == 1 or fold(words[1]) not in name_words)
    cut = len(words)
    for i, word in enumerate(words):  # each word folded once
        if word[:1].isupper() and (i or not given):
            folded = fold(word)
            if folded in name_words and folded not in PARTICLES:  # `Al` of `Qasr Al Shati` too
                cut = i
                break
    while cut and words[cut - 1] in PARTICLES:
        cut -= 1
    if 0 < cut < len(words) and all(word in PLACE_PREFIXES for word in words[:cut]):
        cut = len(words)  # `San José`, though a José is named: `San` is no place alone
    place = " ".join(words[:cut])
    if not place or NOT_PLACE_WORDS.search(place) or place.isupper() or any(map(_is_month, words[:cut])) \
            or is_region(place) and not context.countries.canonical(place):  # `America` is a country
        return None
    if any(context.countries.of_demonym(word) for word in place.split()):
        return None
    return context.countries.canonical(place) or place


def _after_possessive(words: list[str]) -> list[str]:
    """The words after a country's or city's possessive, which name a thing of it (`in Türkiye's Antalya`: Antalya;
    `according to Kenya's National Treasury`: an office, no place), not the possessive's owner with them."""
    owner = next((i for i, word in enumerate(words[:-1]) if POSSESSIVE_END.search(word)), -1)
    return words[owner + 1:]


def _is_month(word: str) -> bool:
    """A month, alone or in a range: `April`, `April-December`, `Jan.-Mar.`."""
    if "-" not in word:  # most words are one part, looked up alone
        return bool(word) and bool(month_number(word.strip(".")))
    return any(month_number(part.strip(".")) for part in word.split("-") if part)


def _is_dateable(phrase: DatePhrase, sentence: str, amounts: list[Money]) -> bool:
    """Not a target year (`by 2026`, `by the end of this year`, but `since 2011, when`) nor any deadline (`by December
    2026`), and not the period of a figure (`$2.5 billion last year`, but `a $1.8 billion agreement in October
    2021`, `$2.5 billion of debt under an agreement signed in March 2025`)."""
    if _marks_subject(sentence, phrase) or _since_in_relative(sentence, phrase) \
            or _instrument_content(sentence, phrase):
        return False
    before = sentence[max(0, phrase.start - 25): phrase.start]
    if phrase.date.precision == "year" and (_event_title_year(sentence, phrase, before)
                                            or PLAN_TITLE_BEFORE.search(before) or _ranking_year(sentence, phrase)):
        return False
    if (phrase.form in YEAR_FORMS and NOT_EVENT_BEFORE.search(before)
            or _has_part(before.lower(), DEADLINE_PARTS) and DEADLINE_BEFORE.search(before)) \
            and not sentence.startswith(", when", phrase.end):
        return False
    if phrase.date.precision == "day":
        return True
    if _aimed_at(sentence, phrase) or "whose" in sentence and _whose_measure(sentence, phrase):
        return False
    signing = "signed" in sentence or "inked" in sentence or "sealed" in sentence
    return not any(_figure_period(sentence, phrase, money, signing) for money in amounts
                   if not WORTH_OF.match(sentence, money.end))


def _whose_measure(sentence: str, phrase: DatePhrase) -> bool:
    """The month or year is that of a measure a `whose` clause gives (`For Canada, whose population passed 41 million
    this year, the question is`, `Vietnam, whose exports grew 14% last year,`): a level reached, no happening."""
    return WHOSE_MEASURE_BEFORE.search(sentence, max(0, phrase.start - WHOSE_MEASURE_REACH), phrase.start) is not None


def _event_title_year(sentence: str, phrase: DatePhrase, before: str) -> bool:
    """The year opens a sporting event's or a world fair's title (see EVENT_TITLE_AFTER), or ends a sporting event's
    (see SPORTING_TITLE_BEFORE), that the pair does not host."""
    if EVENT_TITLE_AFTER.match(sentence, phrase.end) is not None:
        return HOST_BEFORE.search(before) is None
    title = SPORTING_TITLE_BEFORE.search(before) if "Cup " in before or "Games " in before or "Olympics " in before \
        or "Euro " in before or "Paralympics " in before else None
    if title is None:
        return False
    title_at = phrase.start - len(before) + title.start()
    return HOST_OF_TITLE.search(sentence, max(0, title_at - 60), title_at) is None


def _ranking_year(sentence: str, phrase: DatePhrase) -> bool:
    """The year is that of a standing among partners told right before it (see RANKING_YEAR_BEFORE)."""
    before = sentence[max(0, phrase.start - RANKING_YEAR_REACH):phrase.start]
    return any(role in before for role in RANKING_ROLE_PARTS) and RANKING_YEAR_BEFORE.search(before) is not None


def _marks_subject(sentence: str, phrase: DatePhrase) -> bool:
    """The date is the subject of `marks` (`said that 2018 marks the 45th anniversary of relations`, `This year marked
    30 years of ties`): a time an anniversary falls in, no happening; but a happening dated by it is (`The visit in
    2018 marked the anniversary`), as is an anniversary marked then (`marked the anniversary in 2018`)."""
    if "mark" not in sentence[phrase.end:phrase.end + MARKS_REACH]:
        return False
    return MARKS_AFTER.match(sentence, phrase.end) is not None \
        and PREPOSITION_BEFORE.search(sentence, max(0, phrase.start - 12), phrase.start) is None


def _outbreak(sentence: str, phrase: DatePhrase) -> bool:
    """The date is that of the outbreak of a conflict, a crisis or an epidemic told right before it (see
    OUTBREAK_BEFORE), not of an aim to end it: no happening, though its clause is one apart from the others' (`arrived
    in Moscow on Monday, his first visit since the Ukraine conflict began in February 2022`). Its verbs are tested
    first, as most dates follow none."""
    before = sentence[max(0, phrase.start - OUTBREAK_REACH):phrase.start]
    if not _has_part(before[-30:], OUTBREAK_PARTS):
        return False
    told = OUTBREAK_BEFORE.search(before)
    return told is not None and TO_END_BEFORE.search(before, max(0, told.start() - 12), told.start()) is None


def _reason_dated(sentence: str, phrase: DatePhrase) -> bool:
    """The date is that of a reason told right before it (see REASON_BEFORE), no happening of the pair; its words
    are tested first, as most dates follow none."""
    before = sentence[max(0, phrase.start - REASON_REACH):phrase.start]
    if not _has_part(before, REASON_PARTS):
        return False
    reason = REASON_BEFORE.search(before)
    return reason is not None and HAPPENING_NOUN.search(reason.group("reason")) is None


def _comparison_scope(sentence: str, phrase: DatePhrase) -> bool:
    """The date bounds a comparison with anyone's doings told right before it (see COMPARISON_SCOPE); its words are
    tested first, as most dates follow none."""
    before = sentence[max(0, phrase.start - REASON_REACH):phrase.start]
    return _has_part(before, COMPARISON_PARTS) and COMPARISON_SCOPE.search(before) is not None


def _instrument_content(sentence: str, phrase: DatePhrase) -> bool:
    """The date comes after an instrument's verb telling what it holds (see INSTRUMENT_CONTENT), or after what is to
    be done under it (see UNDER_INSTRUMENT): not a happening of the pair (but `The agreement, signed on Monday,
    provides for` dates the signing)."""
    before = sentence[:phrase.start]
    return _has_part(before, CONTENT_PARTS) and INSTRUMENT_CONTENT.search(before) is not None \
        or "nder " in before and UNDER_INSTRUMENT.search(before) is not None


def _possibility(sentence: str, phrase: DatePhrase) -> bool:
    """The date is the time of a possibility its clause tells (see POSSIBLE_BEFORE), unless it was agreed on, or of
    something no date is set for yet (see NO_DATE_SET)."""
    before = sentence[max(0, phrase.start - POSSIBLE_REACH):phrase.start]
    if "no date" in sentence and NO_DATE_SET.match(sentence, phrase.end):
        return True
    return _has_part(before, POSSIBLE_PARTS) and POSSIBLE_BEFORE.search(before) is not None \
        and "agree" not in sentence[:phrase.start]


def _in_force_for_one(window: str) -> bool:
    """The clause tells of an instrument taking effect for one country (see FOR_ONE_COUNTRY): a multilateral
    treaty's, no happening of the pair's."""
    return ("force" in window or "effect" in window) \
        and any(FOR_ONE_COUNTRY.match(window, cue.end()) for cue in IN_FORCE.finditer(window))


def _only_wished(window: str, date_at: int) -> bool:
    """Each happening's verb of the clause is wished for (see WISH_BEFORE): no happening, unless the date is that of
    the saying right before it (`he said on Monday that Ghana would like to`)."""
    if not _has_part(window, WISH_PARTS) or STATEMENT.search(window, max(0, date_at - SAYING_DATE_REACH), date_at):
        return False
    triggers = list(TRIGGERS.finditer(window))
    return bool(triggers) and all(WISH_BEFORE.search(window, max(0, trigger.start() - WISH_REACH), trigger.start())
                                  for trigger in triggers)


# A count of one's visits to a place within the period dated (`This is the minister's third visit to Japan this year`,
# `It was her second trip to Chile in 2023`): a statement of how often, not a happening of that period.
COUNTED_VISIT = re.compile(r"\b(?:is|was|marks|marked)\s+(?:also\s+)?(?:the\s+|(?:his|her|their|its)\s+|"
                           r"(?:[\w.-]+\s+){0,3}?[\w.-]+[’']s\s+)(?:first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))"
                           r"\s+(?:[\w-]+\s+)?(?:visit|trip)\s+to\s+[^,;:]{1,50}?\s+(?:so\s+far\s+)?(?:in\s+)?$")


def _visits_counted(window: str, phrase_start: int) -> bool:
    """The date closes a count of someone's visits (see COUNTED_VISIT): no happening of its own."""
    return ("visit" in window or "trip" in window) and COUNTED_VISIT.search(window, 0, phrase_start) is not None


def _travellers_counted(window: str) -> bool:
    """The clause counts the travellers of a year (see TRAVELLERS_COUNTED): a statistic, no happening."""
    return _has_part(window, TRAVEL_PARTS) and TRAVELLERS_COUNTED.search(window) is not None


def _since_in_relative(sentence: str, phrase: DatePhrase) -> bool:
    """The date is of a happening a `since` clause tells inside a relative clause in the perfect (`deepen a trade
    relationship that has grown rapidly since a free trade deal took effect last year`): the background of what the
    relative clause's noun is, not a happening the sentence reports (but `Trade has doubled since the deal took
    effect last year`, a main clause, is one)."""
    before = sentence[max(0, phrase.start - SINCE_REACH):phrase.start]
    return "since" in before and ("that" in before or "which" in before) \
        and SINCE_IN_RELATIVE.search(before) is not None


def _aimed_at(sentence: str, phrase: DatePhrase) -> bool:
    """A month or year is the time of an aim, an expectation or a push of its clause (see AIM_BEFORE), or the bound
    one is sought before (`before December`): a day is kept, as a plan for one is a happening set for it, and so is
    `before the end of the year`, the time a meeting is arranged for (`agreed to hold the next session in Ankara
    before the end of the year`) as often as a deadline."""
    before = sentence[max(0, phrase.start - AIM_REACH):phrase.start]
    aim = AIM_BEFORE.search(before) if _has_part(before.lower(), AIM_PARTS) else None
    return aim is not None and (aim.group("before") is None or phrase.form != "end_of_year")


def _figure_period(sentence: str, phrase: DatePhrase, money: Money, signing: bool) -> bool:
    """The date is the period of the figure near it (see `_is_dateable`)."""
    if money.start > phrase.end and (_aside_before(sentence, phrase, money.start)
                                     or _handed_over(sentence, phrase.end, money.start)):
        return False
    start = _range_start(sentence, phrase)
    near = -50 < start - money.end < 50 or 50 <= start - money.end < MEASURED_REACH \
        and _in_measured_clause(sentence, start, money)
    return near and not (signing and _signed_then(sentence, money.end, start)) or -50 < money.start - phrase.end < 50 \
        or _opens_measured_clause(sentence, phrase, money)


# A verb of measure giving a figure, right before its amount: `accounted for about`, `totalled`, `stood at`.
MEASURED_BY = re.compile(r"\b(?:accounted\s+for|totall?ed|amounted\s+to|stood\s+at|came\s+to|made\s+up|reached|"
                         r"(?:was|were)\s+worth)\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|"
                         r"roughly)\s+)?$", re.I)
MEASURED_REACH = 130


def _in_measured_clause(sentence: str, start: int, money: Money) -> bool:
    """The date ends the clause of a figure a verb of measure gives, with no break between (`accounted for US$1.6
    billion of the US$4.3 billion in investment pledges registered by the agency in 2024`): however far from the
    amount, it is the figure's period."""
    return not any(mark in sentence[money.end:start] for mark in ",;:") \
        and MEASURED_BY.search(sentence, max(0, money.start - 30), money.start) is not None


# The words between a date opening a clause and the figure a verb of measure gives in it, no other break between:
# `Last year alone, Danish investment in Ghana reached`, `In 2023 the turnover between the two countries totalled`.
OPENED_MEASURE = re.compile(r"(?:\s+alone)?,?\s+[^,;:]+")


def _opens_measured_clause(sentence: str, phrase: DatePhrase, money: Money) -> bool:
    """The date opens the clause of a figure a verb of measure gives (`Last year alone, Norwegian investment in
    Chile reached NOK 3 billion`): however far from the amount, it is the figure's period, not a happening's."""
    return 0 < money.start - phrase.end < MEASURED_REACH \
        and OPENED_MEASURE.fullmatch(sentence, phrase.end, money.start) is not None \
        and MEASURED_BY.search(sentence, max(0, money.start - 30), money.start) is not None


# The opening of a span of months a date ends: `between January and` (October this year), `from March to`.
RANGE_OPENING = re.compile(rf"\b(?:between|from)\s+(?:{MONTH_PATTERN})(?:\s+\d{{4}})?\s+(?:and|to|through|until)\s+$",
                           re.I)
RANGE_OPENING_REACH = 30


def _range_start(sentence: str, phrase: DatePhrase) -> int:
    """Where the span a date ends begins (`$2 billion in foreign direct investment between January and October this
    year`): the span, not its last month alone, is what lies near a figure it is the period of."""
    before = sentence[max(0, phrase.start - RANGE_OPENING_REACH): phrase.start]
    if "between" not in before and "from" not in before and "Between" not in before and "From" not in before:
        return phrase.start
    opening = RANGE_OPENING.search(before)
    return phrase.start - len(before) + opening.start() if opening else phrase.start


def _handed_over(sentence: str, date_end: int, figure_at: int) -> bool:
    """The amount after the date is a sum a verb hands over then (`In March, it rolled over a $2 billion loan`,
    `in May Japan extended a $500 million credit`): a transaction's date, not the period of a figure (`In 2023,
    trade reached $5 billion`)."""
    between = sentence[date_end:figure_at]
    return any(word in between for word in HANDED_PARTS) and HANDED_BEFORE.search(between) is not None


def _aside_before(sentence: str, phrase: DatePhrase, figure_at: int) -> bool:
    """The date stands in a happening told in an aside between commas that ends before the figure (`Kishida, during
    his visit to New Delhi in March, had announced a target of 5 trillion yen`): the happening's date, not the
    figure's period (`In 2023, trade reached $5 billion`)."""
    if "," not in sentence[phrase.end:figure_at]:
        return False
    opens = sentence.rfind(",", 0, phrase.start)
    return opens >= 0 and MEETING.search(sentence, opens, phrase.start) is not None


def _signed_then(sentence: str, start: int, end: int) -> bool:
    """A signing between an amount and a date, in the date's clause: the date is the signing's."""
    signed = SIGNED_BETWEEN.search(sentence, start, end)
    return signed is not None and "," not in sentence[signed.end():end]


def _without_covering_years(sentence: str, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """A bare year that a finer date of its clause falls in is that date's, not an event of its own (`met at IDEF
    2023 in Istanbul yesterday`): the finer date wins, with the clause's place; so does it over the year ending a name,
    whatever that year (`will visit the pavilion at Expo 2020 Dubai on Tuesday`), also where a list of fairs gives the
    city between them (`Gulfood 2019, Dubai, 17–21 February 2019`)."""
    if len(phrases) < 2:
        return phrases
    return [p for p in phrases if p.date.precision != "year" or not any(
        q.date.precision != "year"
        and (q.date.year == p.date.year or _ends_name(sentence, p.start) and not _is_month(sentence[:p.start].split()[-1]))
        and (not _parted(sentence, min(p.end, q.end), max(p.start, q.start))
             or q.start > p.end and _ends_name(sentence, p.start) and LISTED_PLACE.fullmatch(sentence, p.end, q.start))
        for q in phrases)]


# A purpose clause right before a date (`met him in Abuja last week to prepare a mission to Lagos in October`, `talks
# on Monday to discuss the visit in May`): the date is the aim's, not the happening's, which the sentence dates
# elsewhere; its verbs' words are tested first, as most sentences have none.
PURPOSE_BEFORE = re.compile(r"\bto\s+(?:prepare|plan|discuss|explore|review|consider|map\s+out|pave\s+the\s+way\s+for|"
                            r"lay\s+the\s+groundwork\s+for)\b[^,;:.]*$")
_PURPOSE_WORDS = frozenset({"prepare", "plan", "discuss", "explore", "review", "consider", "map", "pave", "lay"})
PURPOSE_REACH = 100


def _without_purpose_dates(sentence: str, phrases: list[DatePhrase]) -> list[DatePhrase]:
    """Without the dates of purpose clauses (see PURPOSE_BEFORE) that follow the date of the happening they are the
    aim of (`Last week I met him in Abuja to prepare a mission to Lagos in October`: last week's meeting, in Abuja);
    a purpose clause's date alone in its sentence is kept (`The ministers met to plan a forum in May`)."""
    if len(phrases) < 2 or " to " not in sentence or word_set(sentence).isdisjoint(_PURPOSE_WORDS):
        return phrases
    kept: list[DatePhrase] = []
    for phrase in phrases:
        purpose = PURPOSE_BEFORE.search(sentence, max(0, phrase.start - PURPOSE_REACH), phrase.start)
        if not (purpose and any(other.end <= purpose.start() for other in kept)):
            kept.append(phrase)
    return kept


# The city between a fair's name and its days in a list of fairs: `Gulfood 2019, Dubai, 17–21 February 2019`.
LISTED_PLACE = re.compile(r",\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+")


def _ends_name(sentence: str, at: int) -> bool:
    """The year at `at` follows a capitalised word with no `in` or `of` between: it ends a name (`Expo 2020`)."""
    return sentence[at - 1:at] == " " and NAME_BEFORE_YEAR.search(sentence, max(0, at - 30), at) is not None


def _parted(sentence: str, start: int, end: int) -> bool:
    """A comma, a clause break or an `and` between two places of a sentence: two clauses, maybe two happenings
    (`signed in 2023, it took effect on March 1`)."""
    return "," in sentence[start:end] \
        or bool(CLAUSE_CUT.search(sentence, start, end) or AND_CUT.search(sentence, start, end))


def find_events(context: ArticleContext, people: list[Person]) -> list[Event]:
    """Events at their own precision; one per date and place in an article."""
    if context.published is None and not any(sentence_dates(s, None) for s in context.sentences):
        return []
    published = context.published.as_date() if context.published and context.published.day else None
    latest: date | None = None  # found when first needed: most articles yield no candidate to judge by it
    latest_known = context.published is not None
    of_pair: bool | None = None  # found when first needed: an article with no candidate is not read for the pair
    events: list[_Candidate] = []
    said_on: DatePhrase | None = None
    names: _Named | None = None  # read once a sentence has a date to judge: many articles have none
    name_words: _NameWords | None = None
    days = _DaysTold(context)
    trip_city: str | None = ""  # found when first needed: "" until then
    told: tuple[int, Event] | None = None  # the first event of the last sentence that had one, and that sentence
    visit_on: DatePhrase | None = None  # the date of the last visit told, for a `During the visit, ...` after it
    for at, sentence in enumerate(context.sentences):
        phrases: list[DatePhrase] = []
        follows = False  # the sentence tells more of the happening of the one before (THAT_HAPPENING)
        found = sentence_dates(sentence, context.published)
        if days.last and "day" in sentence:
            found = _with_day_after(at, sentence, found, days)
        if not found and published and not word_set(sentence).isdisjoint(PART_OF_DAY_WORDS):
            found = _part_of_day(sentence, context)
        if found:
            found = _quoted_today(sentence, _with_that_day(at, sentence, found, days), days)
            days.read(at, found)
            # Only a date coarser than a day is weighed against amounts (`_is_dateable`).
            amounts = find_money(sentence) if any(p.date.precision != "day" for p in found) else []
            phrases = _without_purpose_dates(sentence, _without_covering_years(
                sentence, [p for p in found if _is_dateable(p, sentence, amounts)]))
        elif said_on and (not word_set(sentence).isdisjoint(SAID_THIS_CUES) and SAID_THIS.search(sentence)
                          or (follows := sentence.startswith("The ") and THAT_HAPPENING.match(sentence) is not None)):
            phrases = [DatePhrase(said_on.date, 0, 0, said_on.form)]
        elif visit_on and of_kind(back_references(sentence), "within-the-visit"):
            phrases = [DatePhrase(visit_on.date, 0, 0, visit_on.form)]
        if phrases and phrases[0].end and "visit" in sentence and VISIT_TOLD.search(sentence):
            visit_on = phrases[0]
        if not phrases or _onlookers_guess(sentence) or _toast(sentence):  # most sentences have no date
            said_on = None
            continue
        said_on = next((p for p in phrases if p.date.precision == "day"), None)
        if names is None or name_words is None:
            names, name_words = _Named(context.sentences, people), _name_words(people)
        previous_actors: list[str] = []
        said_before = saying = False
        instrument: str | None = None
        bounds = _windows(sentence, phrases)
        if ";" in sentence:
            bounds = _within_semicolons(sentence, phrases, bounds)
        office_told = "office" in sentence or "sworn" in sentence  # most sentences tell of no taking of office
        for index, (phrase, (start, end)) in enumerate(zip(phrases, bounds)):
            window = sentence[start:end]
            instrument = _instrument_told_of(sentence, start, window, instrument)
            precise = phrase.date.precision == "day"
            said_before, saying = saying, end < len(sentence) and _ends_saying(window)
            if not saying and (_only_saying(window, phrase.start - start, phrase.end - start)
                               or _dates_reporting_only(window, phrase.start - start, phrase.end - start,
                                                        not start)) \
                    or office_told and _took_office_then(sentence, phrase.start) or _outbreak(sentence, phrase) \
                    or _reason_dated(sentence, phrase) or _comparison_scope(sentence, phrase) \
                    or _possibility(sentence, phrase) or _in_force_for_one(window) or _travellers_counted(window) \
                    or _visits_counted(window, phrase.start - start) \
                    or _only_wished(window, phrase.start - start) \
                    or precise and ('"' in sentence or "”" in sentence) and _quote_tail_said(sentence, phrase):
                continue  # no happening, though its window still parts the others' clauses
            if index and _range_of_happening_before(window, phrase, phrases[index - 1], sentence, start):
                continue  # `concluded the trade mission, which took place from June 9 to 12`: the same happening
            if not (TRIGGERS.search(window) or (precise or saying) and STATEMENT.search(sentence)):
                continue
            actors = _actors(window, None if said_before else at, names, context)
            if said_before:  # `Anwar said | Malaysia would send a mission in May`: the speaker's plan
                actors = [*previous_actors, *(a for a in actors if a not in previous_actors)]
            elif not actors and AND_CUT.match(window):  # `X and Y did A in 1950 and B in 2011`: the same doers
                actors = previous_actors
            elif previous_actors and AND_VERB.match(window):  # `X will visit A on Monday and meet Y on Tuesday`
                actors = [*previous_actors, *(a for a in actors if a not in previous_actors)]
            elif not actors and start and ADDING.match(window):  # `..., he said, adding that talks would begin in June`
                actors = _actors(sentence[:start], at, names, context)
            elif not actors and start and (OWN_VERB.match(CLAUSE_LEAD.sub("", window))
                                           or _which_subject(sentence, start, window)):
                # `The two presidents, who met on Sunday, | agreed on Monday to ...`: the sentence's subject's doers
                actors = _actors(_with_subject(sentence, start, window), at, names, context)
            actors = _without_apposition_countries(actors, window, phrase.start - start, context)
            relative = _relative_clause(window, phrase.start - start) if ", " in window else None
            antecedent_at, antecedent = _antecedent_people(window, relative, names, at, context) \
                if relative else (0, [])
            before_news = bool(relative and antecedent) and _before_the_news(phrase.date, context)
            told_earlier = bool(relative and antecedent and (EARLIER.match(window, relative.opens) or before_news))
            if relative and relative.word == "which" and _third_country_subject(window, relative, context):
                continue  # `India's missiles, which the Philippines bought under a deal signed in 2022`
            if relative and phrase.form == "relative_week" \
                    and _week_of_told_days(window, relative, sentence[phrase.start:phrase.end], events, context):
                continue  # `X, who is leading a delegation to Korea this week`: the days told are the happenings
            if told_earlier:
                actors = _relative_doers(window, relative, antecedent_at, antecedent, actors, names, context,
                                         before_news)
            elif relative and relative.word not in ("who", "which"):
                actors = _participle_doers(window, relative, names, context) or actors
            elif relative and relative.word == "which" and PASSIVE.match(window, relative.opens):
                actors = _participle_doers(window, relative, names, context)
            previous_actors = actors
            recent = precise and context.is_recent(phrase.date.as_date())
            skipped = 0 if recent else _speaking_opening_end(window, phrase.start - start)
            stop = _before_plan_said(window, phrase.start - start, phrase.end - start)
            place = relative and _relative_place(window, relative, phrase.start - start, context, name_words) \
                or _place(stop[skipped:_tour_at(stop, phrase.start - start)], context, name_words,
                          phrase.start - start - skipped)
            outside = False  # the place is a city named outside the window (`_sentence_city`)
            if place is None and recent and len(phrases) > 1:
                place = _sentence_city(sentence, (start, end), phrases, context, name_words)
                outside = place is not None
            elif place and context.countries.canonical(place) and _tells_of_trip(sentence):
                place = _destination_city(sentence, phrase, phrases, context, name_words) or place
            if (place is None or context.countries.canonical(place)) and "capital" in window:
                place = _capital_told(window, context) or place
            named = place  # a city the text names is the happening's even where it is the dateline's
            if context.dateline_place and "here" in window and HERE.search(window):
                place = context.dateline_place  # `at Seri Perdana here`: a venue in the dateline's city
            elif recent and (place is None or context.dateline_place and context.countries.canonical(place)) \
                    and not _phoned(window):  # `spoke by phone on Saturday`: a call is where its callers are
                # with no dateline, the city of the trip the lede tells of (`during a visit by X to Abuja. The
                # agreements were signed on Wednesday at the State House`)
                if trip_city == "":
                    trip_city = _trip_city(context, name_words)
                leaving = BEFORE_LEAVING.search(window, phrase.end - start) if " before " in window else None
                if trip_city and not HOMEWARD.search(window, 0, leaving.start() if leaving else len(window)):
                    place = trip_city
                elif leaving and context.dateline_place and context.dateline_place in window[leaving.end():]:
                    place = None  # `meet X at La Moneda before returning to Buenos Aires`: not at home
                elif not _trip_abroad(window, place, context, name_words):
                    place = context.dateline_place
            place = days.place_of(window, phrase, place, context)
            # A sentence telling more of the happening before is that happening, wherever it places it (`The signing
            # came on the sidelines of the summit, held at Villa Madama`).
            from_text = place is not None and (place != context.dateline_place or place == named) and not follows
            if (not from_text or outside) and at + 1 < len(context.sentences) and _tells_signing(window):
                # `X and Y signed the contracts on Friday. The contracts were signed in Warsaw`: there, not at the
                # dateline's city nor at one the sentence names outside the signing's clause
                there = _signed_there(context, at, name_words)
                place, from_text = (there, True) if there else (place, from_text)
            if at + 1 < len(context.sentences) and not names.in_text(window) and _tells_signing(window):
                actors = [*_signed_by(context, at, names), *actors]
            rescheduled: Event | None = None  # the happening before, which this one dates more precisely
            if told and told[0] == at - 1 and phrase.start < 60 and sentence.startswith("The ") \
                    and SCHEDULED_FOR.match(sentence[:phrase.start]):
                rescheduled = told[1]
                actors = actors or list(told[1].actors)
                place, from_text = (told[1].place, True) if told[1].place and not from_text else (place, from_text)
            if (instrument or ("force" in window or "effect" in window) and IN_FORCE.search(window)) \
                    and not names.in_text(window) and not _names_others(window, context) \
                    and not _goes_on_from_others(sentence, bounds, index, window, context):
                actors = list(context.pair)
            if "round" in window and ROUND_OF_TALKS.search(window) and not names.in_text(window) \
                    and not _names_others(window, context):
                actors = list(dict.fromkeys([*actors, *context.pair]))
            if _has_part(window.lower(), PAIR_BODY_PARTS) and PAIR_BODY.search(window) \
                    and set(actors) <= set(context.pair) and not _names_others(window, context):
                actors = list(dict.fromkeys([*actors, *context.pair]))
            # the pair's acronyms read only for a clause naming no one: most name someone
            if not actors and _names_acronym(window, context.pair_acronyms):  # `The MTFTA, signed in April 2014`
                actors = list(context.pair)
            if not actors and not place and not set(context.countries.mentioned(window)) & set(context.pair):
                continue
            if phrase.form == "today" and _now_said(sentence, phrase):
                continue
            if _has_part(window, MARKET_PARTS) and _market_price(window, phrase.start - start):
                continue
            if "e" in window and _domestic(window, phrase.start - start, phrase.end - start, sentence) \
                    and not _names_pair(sentence, context):
                continue
            if _has_part(window, STAKE_PARTS) and _firms_stake_deal(window, actors, context):
                continue
            if _has_part(window, FIRMS_PARTS) and _firms_own_news(window, names):
                continue
            if actors and ("met" in window or "talks" in window):
                actors = _with_unnamed_side(window, actors, names, context)
            if not set(context.pair) <= set(actors):
                # A `who had/last` clause's happening is of whom `who` stands for, not of the main clause's matters
                # (`The two leaders, who last met in October, discussed the South China Sea`).
                clause = window[antecedent_at:relative.end] if told_earlier and relative \
                    else _clause(window, phrase.start - start)
                if _with_third_parties_only(clause, names, context) \
                        or _at_gathering_one_side(clause, actors, names, context) \
                        or relative and _of_other_party(window, relative, context) \
                        or _goes_on_from_others(sentence, bounds, index, window, context):
                    continue  # a `which` clause going on from a deal with others is theirs too
            if relative and _of_other_compound(window, relative, context):
                continue
            if of_pair is None:
                of_pair = _of_the_pair(context, people)
            if not of_pair:  # an article not of the pair has no event of theirs
                return []
            if not latest_known:
                latest, latest_known = _latest_year_reported(context), True
            optional = bool(published or latest) and _is_background(phrase.date, published or latest)
            events.append(_Candidate(Event(date=phrase.date.iso(), precision=phrase.date.precision,
                                           what=_what(window[antecedent_at:relative.end]
                                                      if told_earlier and relative else
                                                      sentence[start:bounds[index + 1][1]] if saying else
                                                      f"{instrument} {_opening_verb(window)}"
                                                      if instrument and start else
                                                      _with_subject(sentence, start, window)
                                                      if len(phrases) > 1 else sentence), place=place, actors=actors,
                                           optional=optional, quote=sentence), from_text,
                                     _meeting_people(window, actors, context)))
            if rescheduled and len(rescheduled.date) < len(events[-1].event.date) \
                    and events[-1].event.date.startswith(rescheduled.date):
                # `will travel to Jakarta next week ... The meeting, scheduled for June 15`: one happening, its day
                events = [candidate for candidate in events if candidate.event is not rescheduled]
            if told is None or told[0] != at:
                told = (at, events[-1].event)
            if days.lede_place is None and days.lede and phrase.date == days.lede.date:
                days.lede_place = place
    return _merge_within_article(events)


def _of_the_pair(context: ArticleContext, people: list[Person]) -> bool:
    """The article tells of both of the pair: its body names them, else its title or the roles of its people do (a
    paper names its own side only in the headline and as its minister's office: `Japan and Poland hold talks` over
    `Foreign Minister Takeshi Iwaya and Polish Foreign Minister Radoslaw Sikorski held talks in Tokyo`); the title and
    roles are read only where the body falls short, and the whole body only where its opening clauses do."""
    if _lede_names_pair(context):
        return True
    countries = set(context.countries.mentioned(" ".join(context.sentences)))
    if set(context.pair) <= countries:
        return True
    roles = " ".join(person.role for person in people if person.role)
    countries |= set(context.countries.mentioned(f"{context.title or ''}. {roles}"))
    return set(context.pair) <= countries


def _lede_names_pair(context: ArticleContext) -> bool:
    """The opening sentences' clauses up to their last comma name both of the pair, as most articles' do: the
    countries they name are ones the whole body names, as no country's name runs on past a comma, and reading them is
    far cheaper than reading the body."""
    lede = " ".join(context.sentences[:PAIR_LEDE_SENTENCES])  # the opening of the body's text
    clauses_end = lede.rfind(",") + 1
    return clauses_end > 0 and set(context.pair) <= set(context.countries.mentioned(lede[:clauses_end]))


def _goes_on_from_others(sentence: str, bounds: list[tuple[int, int]], index: int, window: str,
                         context: ArticleContext) -> bool:
    """The window goes on by `which` or `and` from a clause naming a country outside the pair and one of the pair at
    most (`India signed a CECA with Australia in April 2022, which came into force in December 2022`): the instrument
    it tells of is that clause's, with its parties, not the pair's (but `the United States-Mexico-Canada Agreement,
    which came into force` is theirs too)."""
    if not index or GOES_ON.match(window) is None:
        return False
    named = set(context.countries.mentioned(sentence[bounds[index - 1][0]:bounds[index - 1][1]]))
    return bool(named - set(context.pair)) and len(named & set(context.pair)) < 2


def _onlookers_guess(sentence: str) -> bool:
    """The sentence is what onlookers expect to come, told by a verb of guessing right after them: a pattern tried
    at the sentence's start only, which fails at its first letters in most."""
    return ONLOOKERS_GUESS.match(sentence) is not None


def _with_that_day(at: int, sentence: str, found: tuple[DatePhrase, ...], days: _DaysTold
                   ) -> tuple[DatePhrase, ...]:
    """`Later that day`: the day the article told last before it; `earlier in the day`: a past day told in the
    sentences just before it (`On Friday, X held talks ... Earlier in the day, X addressed a forum`), else the lede's
    day, the story's main happening's, not a plan told since (`X will travel to Y on Wednesday.`); the
    publication's day with none, as `sentence_dates` reads it."""
    if not any(p.form == "today" for p in found) or "day" not in sentence and not PART_OF_DAY.search(sentence):
        return found
    return tuple(DatePhrase(meant.date, p.start, p.end, p.form)
                 if p.form == "today" and (THAT_DAY.search(sentence, p.start, p.end)
                                           or PART_OF_DAY.fullmatch(sentence, p.start, p.end))
                 and (meant := _day_told_before(found, p) or (days.meant(at, sentence, p) if days.last else None))
                 else p for p in found)


def _with_day_after(at: int, sentence: str, found: tuple[DatePhrase, ...], days: _DaysTold
                    ) -> tuple[DatePhrase, ...]:
    """`The following day`, in a sentence with no day of its own right after one that told a day: the day after it
    (or `two days later`, two days after), not the publication's nor none."""
    if any(p.date.precision == "day" for p in found) or days.last is None or at - days.last_at > NEAR_SENTENCES:
        return found
    after = DAY_AFTER.search(sentence)
    if after is None:
        return found
    count = after.group("count")
    later = days.last.date.as_date() + timedelta(days=COUNT_WORDS.get(count.lower(), 1) if count else 1)
    phrase = DatePhrase(PartialDate(later.year, later.month, later.day), after.start(), after.end(), "day_after")
    return tuple(sorted((*found, phrase), key=lambda p: p.start))


def _part_of_day(sentence: str, context: ArticleContext) -> tuple[DatePhrase, ...]:
    """`In the afternoon` of a sentence telling a happening in the past and no date: read as `in the day` is (the
    publication's day until `_with_that_day` finds the one meant)."""
    part = PART_OF_DAY.search(sentence)
    if part is None or not PART_OF_DAY_HAPPENING.search(sentence) or speaks_of_future(sentence):
        return ()
    today = sentence_dates("today", context.published)
    return (DatePhrase(today[0].date, part.start(), part.end(), "today"),) if today else ()


def _quoted_today(sentence: str, found: tuple[DatePhrase, ...], days: _DaysTold) -> tuple[DatePhrase, ...]:
    """A `today` inside a quotation, the sentence's only day, in a story whose lede tells a day before the
    publication's (`Oman and Iran signed five memoranda on Monday` in Tuesday's paper; `"The memoranda signed today
    will ...," Al Harthy said`): the day the words were said, the lede's happening's, not the publication's."""
    if len(found) != 1 or found[0].form != "today" or days.lede is None or days.context.published is None \
            or days.lede.date.precision != "day" or not days.context.published.day:
        return found
    if days.lede.date.as_date() >= days.context.published.as_date() or not _quoted(sentence, found[0].start):
        return found
    return (DatePhrase(days.lede.date, found[0].start, found[0].end, found[0].form),)


def _day_told_before(found: tuple[DatePhrase, ...], phrase: DatePhrase) -> DatePhrase | None:
    """The day the same sentence told before a `that day` or `earlier in the day` (`was signed on Friday ... who held
    talks earlier in the day`): the one it means, before any of the sentences before."""
    return next((p for p in reversed(found) if p.end <= phrase.start and p.form != "today"
                 and p.date.precision == "day"), None)


@dataclass
class _DaysTold:
    """The days an article has told so far that a `that day` or `in the day` may mean: the lede's (its first
    sentences') and the first place of a happening that day, and the last one; the days of the sentences just before
    an `in the day` are read again only for it, as most articles have none."""
    context: ArticleContext
    lede: DatePhrase | None = None
    lede_place: str | None = None
    last: DatePhrase | None = None
    last_at: int = -1  # the sentence that told the last day

    def read(self, at: int, found: tuple[DatePhrase, ...]) -> None:
        """Keeps the days the sentence at `at` tells (after `_with_that_day` read it)."""
        day = next((p for p in reversed(found) if p.date.precision == "day"), None)
        if day is None:
            return
        if self.lede is None and at < LEDE_SENTENCES:
            self.lede = next(p for p in found if p.date.precision == "day")
        self.last = day
        self.last_at = at

    def meant(self, at: int, sentence: str, phrase: DatePhrase) -> DatePhrase:
        """The day a `that day` or `in the day` phrase of the sentence at `at` means (see `_with_that_day`)."""
        if IN_THE_DAY.search(sentence, phrase.start, phrase.end):
            return self._near_past_day(at) or self.lede or self.last or phrase
        return self.last or phrase

    def _near_past_day(self, at: int) -> DatePhrase | None:
        """The last day told of a past happening in the few sentences before the one at `at`."""
        for told in reversed(self.context.sentences[max(0, at - NEAR_SENTENCES):at]):
            day = next((p for p in reversed(sentence_dates(told, self.context.published))
                        if p.date.precision == "day"), None)
            if day is not None and not speaks_of_future(told):
                return day
        return None

    def place_of(self, window: str, phrase: DatePhrase, place: str | None, context: ArticleContext) -> str | None:
        """The lede's place where the window names none of its own, for the lede's day told as `in the day`, or for
        calling on a host (`The ministers are expected to call on Prime Minister Kishida on Friday`), which the
        visitors do where the lede's happening put them, not in the dateline's city."""
        if self.lede is None or self.lede_place is None or place not in (None, context.dateline_place):
            return place
        if phrase.date == self.lede.date and "in the day" in window \
                or ("call" in window or "audience" in window) and CALL_ON.search(window):
            return self.lede_place
        return place


def _firms_stake_deal(window: str, actors: list[str], context: ArticleContext) -> bool:
    """The clause tells a firm buying or selling a stake in another (see STAKE_DEAL) and no country of the pair is
    among its doers: a company's deal, no happening of the two countries."""
    return STAKE_DEAL.search(window) is not None and not set(actors) & set(context.pair)


def _firms_own_news(window: str, names: _Named) -> bool:
    """The clause is news the firms gave of their own business (`BUA Group signed a contract with Jacto ..., the
    companies said`), with no person nor government body named: a commercial deal, no happening of the two
    countries, whose countries its firms' demonyms only tell."""
    return FIRMS_SAID.search(window) is not None and not names.in_text(window) \
        and GOVERNMENT_SIDE.search(window) is None


def _market_price(window: str, date_at: int) -> bool:
    """The date's clause tells a market's price that day (see MARKET_PRICE), with no meeting near it."""
    near = window[max(0, date_at - MARKET_REACH):date_at]
    return MARKET_PRICE.search(near) is not None and MEETING.search(near) is None


def _domestic(window: str, date_start: int, date_end: int, sentence: str) -> bool:
    """The date's own words in its window tell of a happening at home with nothing of the pair's (`Hungary's
    parliament on May 15 elected Orban`), whatever the rest of the sentence says (`The visit comes a week after`);
    a sentence naming the pair's matter is no such happening, unless the act at home is on a thing of its own."""
    near = window[max(0, date_start - DOMESTIC_REACH[0]):date_end + DOMESTIC_REACH[1]]
    return _has_part(near.lower(), DOMESTIC_PARTS) and DOMESTIC.search(near) is not None \
        and (PAIR_MATTER.search(sentence) is None or _law_of_its_own(window, date_start)) \
        and MEETING.search(near) is None


def _names_pair(sentence: str, context: ArticleContext) -> bool:
    """The sentence names both of the pair, by their names or by their capitals joined as the two sides (`Relations
    between Madrid and Rabat cooled after the Spanish parliament on Dec. 1 approved a motion`): an act at home told as
    one of their relations; not a capital as a place (`arrived in Jakarta on Monday, days after the National Assembly
    on March 6 elected him`). The capitals are read only where the names fall short."""
    pair = set(context.pair)
    if pair <= set(context.countries.mentioned(sentence)):
        return True
    return len(_capitals_named(sentence, context)) == 2 and _capitals_joined(tuple(context.pair)).search(sentence) \
        is not None


@lru_cache(maxsize=64)
def _capitals_joined(pair: tuple[str, ...]) -> re.Pattern[str]:
    """Two of the pair's capitals joined as the two sides: `Madrid and Rabat`, `Canberra-Jakarta`."""
    capitals = _capital_doers(pair)[0]
    names = "|".join(re.escape(capital) for capital in sorted(capitals, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\b(?:{names})\s*(?:\s(?:and|&)\s|[-–/])\s*(?:{names})\b")


def _law_of_its_own(window: str, date_start: int) -> bool:
    """A body at home passed, right before the date, a thing the clause names that is no matter of the pair (`as
    Mexico opens its power sector under the energy reform approved by its Congress last year`): one side's act at
    home, though the sentence names an instrument of the pair elsewhere (`The memorandum provides for exchanges`); not
    one on the pair's instrument (`hoped to see the agreement ratified by the National Assembly`)."""
    passed = PASSED_BY_BODY.search(window, max(0, date_start - PASSED_REACH), date_start)
    return passed is not None and PAIR_MATTER.search(passed.group("thing")) is None


def _now_said(sentence: str, phrase: DatePhrase) -> bool:
    """A quoted `today` that opens what is said of it (`"Today, the struggle is an economic one," he said`, `and today
    we want to`): these times, not a day's happening, as `has been signed today,` is."""
    opens = sentence[phrase.start] == "T" or NOW_AFTER.search(sentence, max(0, phrase.start - 5), phrase.start)
    return bool(opens) and _quoted(sentence, phrase.start)


def _toast(sentence: str) -> bool:
    """A quotation and its speaker at a meal or reception (`"...," Moon said at a state banquet held in honor of the
    royal couple Tuesday evening`): a speech's words, kept as a quote, not a happening of the pair; tested only for a
    sentence that opens with a quotation, or inside one that an earlier sentence opened."""
    return any(word in sentence for word in TOAST_WORDS) and (sentence[:1] in QUOTE_OPENINGS or _quoted(sentence, 0)) \
        and TOAST.search(sentence) is not None


def _quoted(sentence: str, at: int) -> bool:
    """The place `at` is inside a direct quotation: after a quotation mark still open, or before a closing one whose
    quotation opened in an earlier sentence."""
    before = sentence[:at]
    if before.count("“") > before.count("”") or before.count('"') % 2:
        return True
    if "“" in before or '"' in before:
        return False
    after = sentence[at:]
    closing = after.find("”")
    return closing >= 0 and "“" not in after[:closing] or after.count('"') % 2 == 1


def _latest_year_reported(context: ArticleContext) -> date | None:
    """For an article with no date, the end of the latest year it reports something in (`trade hit $3.2 billion in
    2024`), not a plan's, nor a year in a name (`Vision 2030 projects`): what is background is judged from there."""
    years: list[int] = []
    for sentence in context.sentences:
        phrases = sentence_dates(sentence, None)
        if phrases and not speaks_of_future(sentence):  # the costlier test only where a date can count
            years += [phrase.date.year for phrase in phrases if phrase.form not in YEAR_FORMS
                      or IN_YEAR.search(sentence, max(0, phrase.start - 8), phrase.start)]
    return date(max(years), 12, 31) if years else None


def _names_acronym(window: str, acronyms: frozenset[str]) -> bool:
    """The window names an instrument of the pair by its acronym."""
    return any(acronym in window and re.search(rf"\b{acronym}\b", window) for acronym in acronyms)


def _is_background(when: PartialDate, published: date) -> bool:
    """A bare year two calendar years before publication or earlier (`in 2019` in 2026: `in 2025` in January 2026
    may be last month), a month or day a year or more before it (`in November 2023` in February 2025)."""
    if when.precision == "year":
        return when.year <= published.year - OPTIONAL_AGE_YEARS
    return when.last_day() < published - timedelta(days=OPTIONAL_AGE_DAYS)


def _actors(window: str, at: int | None, names: _Named, context: ArticleContext) -> list[str]:
    """People in the clause (else the sentence `at`, else the one a pronoun points to, else the two `the two leaders`
    names), then countries; no one of the sentences but the clause's when `at` is None."""
    people = names.people
    lowered = window.lower()  # for a cheap test of a word the case-blind patterns below need
    named = names.in_text(window)
    persons = named or (names.at(at) if at is not None else [])
    two_leaders = len(named) < 2 and _says_two(lowered) and TWO_LEADERS.search(window) is not None
    if two_leaders or not persons and _has_part(lowered, THE_LEADERS_PARTS) and _the_leaders(window, context):
        # `the two presidents` with one of them named too (`last met at the inauguration of Mahama`); `the leaders`
        # names them only in a sentence naming no one (`Mr Wong said the leaders agreed`: maybe others)
        two = _heads(people, context) or (names.last_two(at) if at is not None and not named else [])
        persons = [*two, *(p for p in persons if p not in two)] if two else persons
    if not persons and ("The " in window or "the " in window):
        persons = _by_office(window, people, context)
    if _has_part(window, BARE_OFFICE_PARTS):  # `the Prime Minister had an audience with King Felipe VI`
        holder = _bare_office_holder(window, people)
        persons = [holder, *persons] if holder and holder not in persons else persons
    if at is not None:
        persons = _with_pronoun_person(window, persons, at, names)
    actors = [p.name for p in persons]
    countries_text = _without_names(window, named)
    if not persons and ("signed" in window or "inked" in window):  # `QatarEnergy and TotalEnergies signed`
        actors = _signatory_bodies(window, context)
        if not actors and " with " in window:
            actors, countries_text = _contracting_bodies(countries_text, context)
    countries = _countries_told(countries_text, context) + _capitals_as_doers(window, context)
    if two_leaders:  # `the two prime ministers met in Perth`: the pair's heads, whatever else the clause names
        countries = [c for c in countries if c in context.pair] if persons else [*context.pair]
    if not set(countries) & set(context.pair) and _says_two(lowered) and THE_PAIR.search(window):
        countries += list(context.pair)
    if persons and ("we" in lowered or "our" in lowered) and FIRST_PERSON.search(window):  # none without people
        countries += [c for p in persons if p.role for c in context.countries.mentioned(p.role)]
    return actors + [c for c in dict.fromkeys(countries) if c not in actors]


def _signatory_bodies(window: str, context: ArticleContext) -> list[str]:
    """The two bodies a clause with no person names as the subject of a signing (see SIGNATORIES), neither a country
    (`Qatar and France signed`), a people (`Turkish and Malaysian firms`) nor a title (`Minister`): the doers, where
    the clause may name a country only as the goods' destination (`to France`)."""
    found = SIGNATORIES.search(window)
    if found is None or _in_instrument_title(window, found.start()):
        return []
    bodies = [found.group("one"), found.group("other")]
    if any(TITLE_WORD.search(body) or context.countries.mentioned(body) for body in bodies):
        return []
    return bodies


def _contracting_bodies(window: str, context: ArticleContext) -> tuple[list[str], str]:
    """The two bodies, neither a country nor a title, one of which signed an instrument with the other (see
    CONTRACTING), and the window without them: the countries owning them are no doers of their own (a company's
    contract with a ministry is not the two governments' signing). None where either is a country (`South Korea
    signed a deal with Peru`) or one is no one's but a country's owner is told of neither."""
    found = CONTRACTING.search(window)
    if found is None:
        return [], window
    bodies = [found.group("one"), found.group("other").rstrip(".")]  # the sentence's full stop
    if any(TITLE_WORD.search(body) or context.countries.mentioned(body) for body in bodies):
        return [], window
    return bodies, window[:found.start()] + " " * (found.end() - found.start()) + window[found.end():]


def _in_instrument_title(window: str, at: int) -> bool:
    """The words after `at` go on an instrument's title opened before it (see TITLE_OPENING)."""
    return window.startswith(",", at) and TITLE_OPENING.search(window, max(0, at - 80), at) is not None


def _countries_told(text: str, context: ArticleContext) -> list[str]:
    """The countries the text names but those of a matter talked of; looked for only where a country outside the pair
    is named, as most texts name only the pair's."""
    countries = context.countries.mentioned(text)
    if all(country in context.pair for country in countries):
        return countries
    return context.countries.mentioned(_without_topics(text, context))


def _without_topics(text: str, context: ArticleContext) -> str:
    """The text without the matters it tells of by a place other than the pair's (`the war in Ukraine`, `the
    U.S.-China trade war`): where one of the pair lies, it stays a party, and so do the two of a strife of theirs."""
    text = TOPIC_IN.sub(lambda m: m.group(0) if set(context.countries.mentioned(m.group(0))) & set(context.pair)
                        else " " * len(m.group(0)), text)
    if "-" not in text and "–" not in text:
        return text
    return TOPIC_PAIR.sub(lambda m: _pair_of_strife(m.group(0), context), text)


def _pair_of_strife(strife: str, context: ArticleContext) -> str:
    """A strife a hyphenated pair names (see TOPIC_PAIR) with only the pair's own countries left: one of the pair in it
    stays a party (`heads to Beijing ... from the fallout of the U.S.-China trade war` in a story of Chile and China),
    and a strife of the two of the pair stays theirs."""
    countries = context.countries.mentioned(strife)
    if set(countries) <= set(context.pair):
        return strife
    return " ".join(c for c in countries if c in context.pair).ljust(len(strife))


def _without_names(window: str, named: list[Person]) -> str:
    """The window with the names of the people it names blanked: a word of a name is no country (`Trade Minister
    German Umana`, `Jordan Peterson`)."""
    for person in named:
        for form in sorted((person.name, *person.aliases), key=len, reverse=True):
            window = window.replace(form, " " * len(form))
    return window


# A word before a capital that makes it a place (`talks in Madrid said`, `a visit to Ankara has`), not a doer.
PLACE_BEFORE = re.compile(r"\b(?:in|at|to|from|of|for|near|via|into|between|and|the|visit\w*|left|reached|"
                          r"arrived|returned|toward|towards|outside|around|across)\s+$", re.I)
# What follows a capital standing for its country as doer: a verb (`Beijing said`, `Ankara and Kuala Lumpur agreed`).
CAPITAL_VERB = (r"(?:said|says|agreed|agrees|announced|signed|launched|has|have|had|will|would|is|are|was|were|may|"
                r"can|could|should|wants|hopes|plans|seeks|mark|marks|[a-z]+ed)\b")


@lru_cache(maxsize=64)
def _capital_doers(pair: tuple[str, ...]) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The capitals of the pair's countries, with the country each stands for, and a pattern of them as doers."""
    capitals = {capital.removesuffix(" D.C."): name for name, listed in capitals_by_country().items()
                if name in pair for capital in listed}
    if not capitals:
        return capitals, None
    names = "|".join(re.escape(capital) for capital in sorted(capitals, key=len, reverse=True))
    doers = re.compile(rf"\bby\s+(?P<by>{names})\b(?![’'-])|"
                       rf"\b(?P<first>{names})(?:[’']s)?(?:\s+and\s+(?P<second>{names}))?\s+(?={CAPITAL_VERB})")
    return capitals, doers


@lru_cache(maxsize=64)
def _any_capital(pair: tuple[str, ...]) -> re.Pattern[str] | None:
    """Any of the pair's capitals: one scan finds where the first of them stands, where a search for each would take
    one scan each."""
    capitals = _capital_doers(pair)[0]
    return re.compile("|".join(re.escape(capital) for capital in capitals)) if capitals else None


def _capital_told(window: str, context: ArticleContext) -> str | None:
    """The capital of one of the pair the window names without its name (`travelled to the Chilean capital`): the one
    of its capitals the dateline or the article names (`Astana`, not the listed `Nur-Sultan`), else the listed one."""
    told = THE_CAPITAL.search(window)
    if told is None:
        return None
    country = context.countries.of_demonym(told.group("demonym")) if told.group("demonym") \
        else context.countries.canonical(told.group("country"))
    if country not in context.pair:
        return None
    capitals = [capital for capital, of in _capital_doers(tuple(context.pair))[0].items() if of == country]
    return next((capital for capital in capitals if capital == context.dateline_place), None) \
        or next((capital for capital in capitals if any(capital in s for s in context.sentences)),
                capitals[0] if capitals else None)


def _capitals_as_doers(window: str, context: ArticleContext) -> list[str]:
    """The pair's countries whose capital the window names as doer (`launched by Rome`, `Beijing said`, `Ankara and
    Kuala Lumpur agreed`), not as a place (`talks in Madrid`): the capitals tested first, as most windows name none."""
    pair = tuple(context.pair)
    capitals, doers = _capital_doers(pair)
    any_capital = _any_capital(pair)
    first = any_capital.search(window) if any_capital else None
    if doers is None or first is None:
        return []
    found: list[str] = []
    # a match opens at a capital or at the `by` right before one: none before the first capital's word before it
    for match in doers.finditer(window, words_back(window, first.start(), 1)):
        if match.group("by") is None and PLACE_BEFORE.search(window, max(0, match.start() - 12), match.start()):
            continue
        found += [capitals[name] for name in match.group("by", "first", "second") if name]
    return list(dict.fromkeys(found))


def _the_leaders(window: str, context: ArticleContext) -> bool:
    """`the leaders` with no `of`, or of the pair's two countries (`The presidents of Ghana and Nigeria held talks`),
    not of others (`the leaders of ASEAN`)."""
    for match in THE_LEADERS.finditer(window):
        of = match.group("of")
        if of is None or set(context.pair) <= set(context.countries.mentioned(of)):
            return True
    return False


def _has_part(lowered: str, parts: tuple[str, ...]) -> bool:
    """One of the parts is in the text: a loop of substring tests is cheaper than an alternation of them."""
    for part in parts:
        if part in lowered:
            return True
    return False


def _says_two(lowered: str) -> bool:
    """A lower-cased text has a word THE_PAIR and TWO_LEADERS need: `two` or `both` (with re.I, only i and s match
    letters other than their two cases, so a word without them is found in the lower-cased text)."""
    return "two" in lowered or "both" in lowered


def _with_pronoun_person(window: str, persons: list[Person], at: int, names: _Named) -> list[Person]:
    """The persons, with first the one a pronoun of the clause points to, named before sentence `at` (`he` alone;
    `He met X`, `..." he told reporters after meeting X` with others): found only once a pronoun is there."""
    if not persons:
        last = names.last_person(at) if THIRD_PERSON.search(window) else None
        return [last] if last else persons
    if PRONOUN_SUBJECT.match(window) or _pronoun_speaks(window):
        last = names.last_person(at)
        if last and last not in persons:
            return [last, *persons]
    return persons


def _by_office(window: str, people: list[Person], context: ArticleContext) -> list[Person]:
    """The one person of the article whose role is the office of the country a `the Cuban minister` names (for `the
    Uzbek leader`, its head of state or government), else no one."""
    office = NATIONAL_OFFICE.search(window)
    country = context.countries.of_demonym(office.group("demonym")) if office else None
    if office is None or country is None:
        return []
    word = office.group("office").split()[-1].lower()
    holders = [p for p in people if p.role and country in context.countries.mentioned(p.role)
               and (HEAD_ROLE.match(p.role) if word == "leader" else word in p.role.lower())]
    return holders if len(holders) == 1 else []


def _bare_office_holder(window: str, people: list[Person]) -> Person | None:
    """The person the article names first of those whose role is the office the window names alone (see
    BARE_OFFICE), alone or of a country (`President of Sri Lanka`): the story's own, not a former holder named later
    (`when then President Maithripala Sirisena met`); else no one."""
    office = BARE_OFFICE.search(window)
    if office is None:
        return None
    wanted = " ".join(office.group("office").lower().split())
    return next((p for p in people if p.role and (p.role.lower() == wanted
                                                  or p.role.lower().startswith(f"{wanted} of "))), None)


def _pronoun_speaks(window: str) -> bool:
    """A `he`/`she` says the sentence (`..." he told reporters after meeting X`): the one it points to is in it."""
    return (" he " in window or " she " in window) and PRONOUN_SPEAKER.search(window) is not None


def _heads(people: list[Person], context: ArticleContext) -> list[Person]:
    """The two heads of state or government of the article (`the two leaders last met ...`), when it names two,
    those of the pair first; none when it names fewer."""
    heads: list[tuple[bool, Person]] = []
    for person in people:
        role = HEAD_ROLE.match(person.role or "")
        country = context.countries.canonical(role.group("of")) if role and role.group("of") else None
        if role and (not role.group("of") or country):
            heads.append((country is not None and country not in context.pair, person))
    heads.sort(key=lambda head: head[0])
    return [person for _, person in heads[:2]] if len(heads) >= 2 else []


def third_country_which(text: str, at: int, context: ArticleContext) -> bool:
    """The words at `at` stand in a `which` clause whose subject is a country outside the pair (`India's BrahMos
    missiles, which the Philippines bought under a $375 million deal signed in 2022`): the deal and its date are that
    country's, told as background, not the pair's."""
    relative = _relative_clause(text, at) if ", " in text and "which" in text else None
    return relative is not None and relative.word == "which" and _third_country_subject(text, relative, context)


def _third_country_subject(window: str, relative: _Relative, context: ArticleContext) -> bool:
    """Whether the `which` clause opens with a country outside the pair as its subject (`, which the Philippines
    bought`), not one of the pair (`, which Vietnam ordered`) nor a thing (`, which Parliament ratified`)."""
    subject = RELATIVE_SUBJECT.match(window, relative.opens)
    country = context.countries.canonical(subject.group("name")) if subject else None
    return country is not None and country not in context.pair


def _names_others(text: str, context: ArticleContext) -> bool:
    """The text names a country outside the pair."""
    return bool(set(context.countries.mentioned(text)) - set(context.pair))


def _clause(window: str, at: int) -> str:
    """The clause of the window a date phrase stands in (`X arrived on the 11th from Y, where he had met Z`), with
    the one before for a clause about what that one names (`a similar agreement with Australia, which took effect`),
    up to an apposition after the date (`on Saturday, the first leg of a tour that will also take him to the UAE`)."""
    before = start = 0  # where the clause before that of `at` and that clause start
    end = len(window)
    cuts = 0
    for cut in CLAUSE_CUT.finditer(window):  # read up to the first break after `at` only
        if cut.start() > at:
            end = cut.start()
            break
        before, start = start, cut.start()
        cuts += 1
    opening = before if cuts and RELATIVE.match(window, start) else start
    return window[opening:min(end, _apposition_at(window, max(at, opening)))]


def _apposition_at(window: str, at: int) -> int:
    """Where an apposition after the date at `at` opens (`on Saturday, the first leg of a tour that will also take
    him to the UAE`) or a tour it is a stop of, else the window's end: what it names is not of the happening's
    parties."""
    cut = _tour_at(window, at)
    if ", " not in window:
        return cut
    apposition = APPOSITION.search(window, at, cut)
    return apposition.start() if apposition else cut


def _tour_at(window: str, at: int) -> int:
    """Where a tour the happening at `at` is a stop of is told (`on the first leg of an African tour`), else the
    window's end."""
    if "tour" not in window and "trip" not in window and "swing" not in window:  # TOUR_OF's words, tested cheaply
        return len(window)
    tour = TOUR_OF.search(window, at)
    return tour.start() if tour else len(window)


def _without_apposition_countries(actors: list[str], window: str, at: int, context: ArticleContext) -> list[str]:
    """The actors but for countries outside the pair named only in an apposition after the date (another stop of a
    tour)."""
    cut = _apposition_at(window, at)
    if cut == len(window):
        return actors
    others = set(context.countries.mentioned(window[cut:])) - set(context.countries.mentioned(window[:cut])) \
        - set(context.pair)
    return [actor for actor in actors if actor not in others]


def _with_third_parties_only(clause: str, names: _Named, context: ArticleContext) -> bool:
    """A happening of other countries (`China's premier met the Philippine president on Wednesday`), or of one
    of the pair with others only (`Yoon met the Chinese premier on Thursday`): the countries its clause and the
    roles of the people there name lie outside the pair but for one at most; never one of `the two leaders` or `the
    two countries`, which are the pair wherever they met (`The two leaders last met in Malta in November 2015`)."""
    lowered = clause.lower()
    if _says_two(lowered) and (TWO_LEADERS.search(clause) or THE_PAIR.search(clause)):
        return False
    roles = " ".join(p.role for p in names.in_text(clause) if p.role)
    sides = set(_countries_told(clause, context)) | set(context.countries.mentioned(roles) if roles else ())
    if "'s" in clause or "’s" in clause:
        sides |= _owners_named(clause)
    return bool(sides - set(context.pair)) and len(sides & set(context.pair)) < 2


def _owners_named(clause: str) -> set[str]:
    """The countries whose capital the clause names as the owner of a thing (`Abu Dhabi's sovereign wealth fund ADQ
    agreed to invest`), and the groupings it so names (`holds Mercosur's rotating presidency`): that country's body
    or that grouping is a party, as much as a country named by its name."""
    owners: set[str] = set()
    for match in CAPITAL_OWNER.finditer(clause):
        words = match.group("name").split()
        owners |= {owner for size in range(1, len(words) + 1) if (owner := _owner(" ".join(words[-size:])))}
    return owners


def _owner(name: str) -> str | None:
    """The country of a capital, or a grouping's name, else None."""
    return _country_of_capital().get(name) or (name if GROUPING_NAME.fullmatch(name) else None)


@lru_cache(maxsize=1)
def _country_of_capital() -> dict[str, str]:
    """The country of each capital, by the capital's name (see `capitals_by_country`)."""
    return {capital: country for country, capitals in capitals_by_country().items() for capital in capitals}


def _of_other_party(window: str, relative: _Relative, context: ArticleContext) -> bool:
    """A `which` clause's happening with a grouping or a country outside the pair it stands for (`Morocco's plan to
    return to the African Union, which it left in 1984`): of that party and one side at most, not of the pair; a
    passive one tells what was done to it by those it names (see PASSIVE)."""
    if relative.word != "which" or PASSIVE.match(window, relative.opens):
        return False
    name = ANTECEDENT_NAME.search(window, max(0, relative.mark - 80), relative.mark)
    if name is None:
        return False
    country = context.countries.canonical(name.group())
    return country not in context.pair if country else GROUPING_NAME.fullmatch(name.group()) is not None


# A pair's compound naming what a `which` clause goes on from, right before its comma: `the stalled Peru-EU trade
# talks, which were suspended`, `the Chile–Mercosur accord, which took effect`.
COMPOUND_ANTECEDENT = re.compile(r"\b(?P<one>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?)[-–](?P<other>[A-Z][\w.'’]*"
                                 r"(?:\s+[A-Z][\w.'’]*)?)\s+(?:[\w-]+\s+){0,4}?[\w-]+$")


def _of_other_compound(window: str, relative: _Relative, context: ArticleContext) -> bool:
    """A `which` clause going on from a thing a pair's compound names that is not the article's pair (`the Thailand-EU
    talks, which were suspended in 2014`, in a story of Thailand and Germany): that pair's happening, whoever the
    sentence's doers are."""
    if relative.word != "which":
        return False
    compound = COMPOUND_ANTECEDENT.search(window, max(0, relative.mark - 80), relative.mark)
    if compound is None:
        return False
    sides = {context.countries.canonical(compound.group("one")), context.countries.canonical(compound.group("other"))}
    return None not in sides and len(sides) == 2 and sides != set(context.pair)


def _at_gathering_one_side(clause: str, actors: list[str], names: _Named, context: ArticleContext) -> bool:
    """A gathering of many countries that one of the pair hosts or attends (`Malaysia will host the ASEAN Summit on
    October 26`, `Erdogan attended the G20 summit on November 22`): not the pair's happening, unless the clause tells
    of the other taking part (`the two leaders`, both named) or of a meeting there (`met X on its sidelines`)."""
    if not _has_part(clause, GATHERING_PARTS) or GATHERING.search(clause) is None:
        return False
    lowered = clause.lower()
    if _has_part(lowered, SIDE_HAPPENING_PARTS) and SIDE_HAPPENING.search(clause) \
            or _says_two(lowered) and (TWO_LEADERS.search(clause) or THE_PAIR.search(clause)):
        return False
    return not _both_sides(clause, actors, names, context)


def _both_sides(clause: str, actors: list[str], names: _Named, context: ArticleContext) -> bool:
    """Both of the pair may take part in a happening: the clause, its actors and its people's roles name both, or one
    of them with someone whose role names no country (`Chile will host the APEC summit on Nov. 16, which President
    Moon will attend`), or two such people (`Prabowo visited Cairo for the D-8 summit, where he met President Sisi`)."""
    pair = set(context.pair)
    known = (set(context.countries.mentioned(clause)) | set(actors) | _capitals_named(clause, context)) & pair
    people = {p.name: p for p in [p for p in names.people if p.name in actors] + names.in_text(clause)}
    unknown = 0
    for person in people.values():
        own = set(context.countries.mentioned(person.role)) if person.role else set()
        known |= own & pair
        unknown += not own
    return len(known) + unknown >= 2


def _capitals_named(clause: str, context: ArticleContext) -> set[str]:
    """The pair's countries whose capital the clause names: the host of a gathering held there (`Mirziyoyev attended
    the SCO summit in Astana`) takes part in it."""
    capitals, _ = _capital_doers(tuple(context.pair))
    return {country for capital, country in capitals.items()
            if capital in clause and re.search(rf"\b{re.escape(capital)}\b", clause)}


def _instrument_told_of(sentence: str, start: int, window: str, before: str | None) -> str | None:
    """The instrument a clause tells of, named just before it (`a bilateral investment treaty, which was signed in
    February 2024`), or told of by the clause before when this one goes on with `and` (`and entered into force in
    August`), or the one the sentence opens with (`The Comprehensive Economic Partnership Agreement (CEPA), which
    was signed in New Delhi on February 18`); None for any other clause."""
    if not start:
        comma = window.find(", which ") if window.startswith("The ") else -1
        named = ANTECEDENT.match(window, 0, comma) if comma > 0 and RELATIVE_OPENING.match(window, comma) else None
        return named.group("thing") if named else None
    if before and AND_CUT.match(window):
        return before
    if not ("which" in window or "that" in window) or RELATIVE_OPENING.match(window) is None:
        return None
    named = ANTECEDENT.search(sentence, max(0, start - 90), start)
    return named.group("thing") if named else None


# A window opening with a `which` clause of what is to meet or sit (`..., established in 2014, which will convene in
# Doha next week`): its subject is the gathering or body named before the clause, past one participle aside.
WHICH_OPENS = re.compile(r"[\s,]*which\s+(?=(?:will|would|shall|is|are|was|were|has|had)\b)")
GATHERING_ANTECEDENT = re.compile(r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|committee|"
                                  r"commission|council|summit|forum|conference|dialogue|talks|consultations)\b[^,;]*$",
                                  re.I)
PARTICIPLE_ASIDE_END = re.compile(r",\s+(?:[a-z]+ed|set\s+up|held|founded)\b[^,;]*$")


def _which_subject(sentence: str, start: int, window: str) -> tuple[str, str] | None:
    """The gathering a window's opening `which` clause tells of, and the clause without its `which`."""
    which = WHICH_OPENS.match(window) if start and "which" in window[:12] else None
    if which is None:
        return None
    before = sentence[:start]
    aside = PARTICIPLE_ASIDE_END.search(before)
    antecedent = GATHERING_ANTECEDENT.search(before[:aside.start()] if aside else before)
    return (antecedent.group(), window[which.end():]) if antecedent else None


def _opening_verb(window: str) -> str:
    """A clause without the word that ties it to what comes before (`which`, `that`, `and`)."""
    return RELATIVE_OPENING.sub("", CLAUSE_LEAD.sub("", window), count=1)


def _with_subject(sentence: str, start: int, window: str) -> str:
    """A clause that opens with its verb, its subject before it (`Erdogan, who arrived last night, is on a visit`,
    `the Council, set up in February, would hold`, `The two countries signed an agreement in 2022 and set up a group
    in 2023`), with that subject; what a speaker adds without the `adding that`."""
    adding = ADDING.match(window) if start else None
    if adding:
        return window[adding.end():]
    which = _which_subject(sentence, start, window)
    if which:
        return " ".join(which)
    opening = CLAUSE_LEAD.sub("", window)
    if not start or not OWN_VERB.match(opening):
        return window
    subject = SUBJECT_BEFORE_WHO.match(sentence) or SUBJECT_BEFORE_PARTICIPLE.search(sentence, 0, start) \
        or SUBJECT_BEFORE_VERB.match(sentence)
    if subject and subject.end() <= start:
        return f"{subject.group('subject')} {opening}"
    # No subject found (`The Commission on Trade, Economic and Cultural Cooperation, established in 1995, will
    # hold`): the sentence up to the clause's end, not a clause opening with its verb.
    return sentence[:start + len(window)] if opening[:1].islower() else window


@dataclass
class _Relative:
    """A `, who ...`, `, which ...` or participle (`, signed in ...`) clause a date stands in: where its comma is,
    where it opens after its word, where it ends, and its word."""
    mark: int
    opens: int
    end: int
    word: str


def _relative_clause(window: str, date_at: int) -> _Relative | None:
    """The `, who ...`/`, which ...` clause the date at `date_at` stands in, up to the comma or semicolon after the
    date (`visited Ankara at the invitation of Erdogan, who had paid a visit to Cairo in February, the first ...`);
    None when the date is in the main clause."""
    mark = None
    for found in RELATIVE_MARK.finditer(window, 0, date_at):
        mark = found
    if mark is None or "," in window[mark.end():date_at] or ";" in window[mark.end():date_at]:
        return None
    ends = [at for at in (window.find(",", date_at), window.find(";", date_at)) if at >= 0]
    return _Relative(mark.start(), mark.end(), min(ends) if ends else len(window),
                     mark.group("word") or mark.group("participle"))


def _week_of_told_days(window: str, relative: _Relative, told: str, events: list[_Candidate],
                       context: ArticleContext) -> bool:
    """`This week` stands in a present `who` clause of someone's stay (`Benavides, who is leading a delegation to
    Korea this week`) while a day of the article's days is already an event: the stay is the background of the
    happenings told with their days, no happening of a week's vaguer date of its own."""
    return relative.word == "who" and told.lower() == "this week" \
        and PRESENT_WHO.match(window, relative.opens) is not None \
        and any(candidate.event.precision == "day" and context.is_recent(date.fromisoformat(candidate.event.date))
                for candidate in events)


def _before_the_news(when: PartialDate, context: ArticleContext) -> bool:
    """The date ends days or more before publication: a `who` clause with it tells an earlier happening of whom `who`
    stands for (`Tokayev received Saidov, who visited Ankara in May`), as `who had` does, not one of the days the
    article reports (`his counterpart Lourenco, who held talks on Wednesday`, of the main clause's people too)."""
    published = context.published
    return published is not None and published.day is not None \
        and when.last_day() < published.as_date() - timedelta(days=RECENT_DAYS)


def _relative_place(window: str, relative: _Relative, date_at: int, context: ArticleContext,
                    name_words: _NameWords) -> str | None:
    """The place the relative clause names, where its happening was (`Erdogan, who had paid a visit to Cairo in
    February`: Cairo, not the Ankara of the main clause's visit)."""
    return _place(window[relative.opens:relative.end], context, name_words, date_at - relative.opens)


def _antecedent_people(window: str, relative: _Relative, names: _Named, at: int,
                       context: ArticleContext) -> tuple[int, list[Person]]:
    """Where the name a `who` stands for opens and the people it names (`an invitation from Erdogan, who`), or the two
    heads of the article or the two named last for `the two leaders, who`; else none."""
    if relative.word != "who":  # a `which` clause's or a participle's noun is a thing
        return relative.mark, []
    name = ANTECEDENT_NAME.search(window, max(0, relative.mark - 80), relative.mark)
    if name:
        return name.start(), names.in_text(name.group())
    two = TWO_LEADERS_END.search(window, max(0, relative.mark - 40), relative.mark) \
        if _says_two(window[max(0, relative.mark - 40):relative.mark].lower()) else None
    if two:
        return two.start(), _heads(names.people, context) or names.last_two(at)
    return relative.mark, []


def _relative_doers(window: str, relative: _Relative, antecedent_at: int, persons: list[Person], actors: list[str],
                    names: _Named, context: ArticleContext, before_news: bool) -> list[str]:
    """The doers of a `who` clause's happening: whom `who` stands for and those the clause names (`El-Sisi visited
    Ankara at the invitation of Erdogan, who had paid a visit to Cairo in February`: Erdogan, not El-Sisi); with the
    main clause's doers after them when the clause's happening is under way at its time (`The minister met X, who was
    visiting Jakarta on Tuesday`) or `who` is the main clause's subject (`Erdogan, who arrived last night, is on his
    first visit to Malaysia`), but for its other people when the clause is dated before the news (`Fernandez, who
    visited Santiago in 2022, invited Boric`: not Boric)."""
    own = [p.name for p in persons] + _actors(window[relative.opens:relative.end], None, names, context)
    under_way = UNDER_WAY.match(window, relative.opens) is not None
    if under_way or not window[:antecedent_at].strip():
        # not a country outside the pair the main clause names (`discussed the South China Sea`)
        own += [actor for actor in actors if actor in context.pair or not context.countries.canonical(actor)
                and (under_way or not before_news)]
    return list(dict.fromkeys(own))


def _participle_doers(window: str, relative: _Relative, names: _Named, context: ArticleContext) -> list[str]:
    """The doers of a participle clause's happening, not the main clause's subject (`Prabowo welcomed the maritime
    agreement, signed in Jakarta in December 2024 by foreign ministers Sugiono and Son`: Sugiono and Son): those it
    names, and the pair for a thing of the pair's (`the joint commission, held in Hanoi in June 2023`) or one named
    with both (`The Ghana-Togo Chamber of Commerce, which was launched in 2021`); none when it tells neither."""
    own = _actors(window[relative.opens:relative.end], None, names, context)
    noun = window[max(0, window.rfind(",", 0, relative.mark) + 1, relative.mark - 60):relative.mark]
    of_pair = PAIR_THING.search(noun) or set(context.pair) <= set(context.countries.mentioned(noun))
    return list(dict.fromkeys([*own, *context.pair])) if of_pair else own


def _what(sentence: str) -> str:
    """The sentence as a headline: no quotes' tails, at most ~220 characters."""
    text = " ".join(sentence.split()).strip(" ,;—–-")  # each run of white space one space, faster than a regex
    text = CONJUNCTION_LEAD.sub("", text)
    text = text[:1].upper() + text[1:]
    return text if len(text) <= 220 else text[:217].rsplit(" ", 1)[0] + "…"


STRONG_TRIGGERS = re.compile(r"\b" + by_first_letter(guard=True, alternatives=[
    "meeting", "visit", "talks", "summit", "conference", "roundtable", "forum", "signing", "signed", "inaugural",
    "attended", "met", "launched", "held", "hosted"]) + r"\b", re.I)


def _headline_score(what: str) -> int:
    """How well a sentence names the happening: event words count, a quote or a pronoun opening does not."""
    score = len(STRONG_TRIGGERS.findall(what))
    if what[:1] in QUOTE_MARKS:
        score -= 2
    if PRONOUN_LEAD.match(what):
        score -= 1
    return score


def _meeting_people(window: str, actors: list[str], context: ArticleContext) -> frozenset[str]:
    """The people among the doers when the clause tells a meeting with a verb of its own (`Kenyatta met with Premier
    Li`); none otherwise."""
    if not ("met" in window or "talks" in window) or MET_WITH.search(window) is None:
        return frozenset()
    return frozenset(actor for actor in actors if not context.countries.canonical(actor))


def _with_unnamed_side(window: str, actors: list[str], names: _Named, context: ArticleContext) -> list[str]:
    """The doers of a meeting of one of the pair's side with a head whose country goes unsaid (`Prime Minister
    Shehbaz Sharif met UAE President Sheikh Mohamed`, in a story of Pakistan and the UAE): the head is the other
    side's, which a paper leaves unnamed for its own country's: both sides are doers."""
    if MET_WITH.search(window) is None:
        return actors
    pair = set(context.pair)
    people = [p for p in names.people if p.name in actors]
    sides = set(actors) & pair | {side for p in people if p.role for side in context.countries.mentioned(p.role)}
    unsaid = any(p.role and HEAD_ROLE.match(p.role) and not context.countries.mentioned(p.role) for p in people)
    if not unsaid or len(sides & pair) != 1 or sides - pair:
        return actors
    return [*actors, *(side for side in context.pair if side not in actors)]


def _other_meeting(one: frozenset[str], other: frozenset[str]) -> bool:
    """Two meetings of one day, each of some people the other has not (`Xi held talks with Kenyatta on Thursday.
    Also on Thursday, Kenyatta met with Premier Li`): two happenings, not one told twice."""
    return bool(one - other) and bool(other - one)


def _other_gathering(one: Event, other: Event) -> bool:
    """Two happenings of one year that the sentences call different bodies or gatherings (`a committee, its first
    meeting planned in Seoul in early 2025`, `the next edition of the forum will be held in Seoul next year`): only a
    year in common says little of their being one."""
    if one.precision != "year" or other.precision != "year":
        return False
    bodies = [{word.lower().rstrip("s") for word in GATHERING_NOUN.findall(event.quote)} for event in (one, other)]
    return all(bodies) and bodies[0].isdisjoint(bodies[1])


def _merge_within_article(candidates: list[_Candidate]) -> list[Event]:
    """One event per date and place: later mentions add actors to the first; one naming no one whose place is only
    the dateline's is the day's happening told before (`signed on Monday ... in the lakeside city of Copacabana.
    Besides the treaty, the documents signed on Monday were:`); another meeting of that day stays its own."""
    merged: list[Event] = []
    met: dict[int, frozenset[str]] = {}  # the meeting people of each merged event, by its id
    for candidate in candidates:
        event = candidate.event
        same = next((m for m in merged if m.date == event.date and (
            _same_place(m.place, event.place) or not m.place or not event.place
            or (set(m.actors) & set(event.actors) or not event.actors) and not candidate.place_from_text)
            and not _other_meeting(met.get(id(m), frozenset()), candidate.met)
            and not _other_gathering(m, event)), None)
        if same is None:
            merged.append(event)
            met[id(event)] = candidate.met
            continue
        met[id(same)] = met.get(id(same), frozenset()) or candidate.met
        same.actors += [a for a in event.actors if a not in same.actors]
        if _headline_score(event.what) > _headline_score(same.what):
            same.what = event.what
        if not same.place and event.place or _capital_of(event.place, same.place):
            same.place = event.place
    return merged


def _same_place(one: str | None, other: str | None) -> bool:
    """Two places of one happening: the same name, or a country and its capital, which a story names either way (`a
    state visit to the Maldives early next year`, `the Joint Commission in Malé in the first quarter of next year`)."""
    return fold(one) == fold(other) or _capital_of(one, other) or _capital_of(other, one)


def _capital_of(city: str | None, country: str | None) -> bool:
    """The city is a capital of the country: the finer name of the same place."""
    return bool(city and country) and city in capitals_by_country().get(country or "", ())
