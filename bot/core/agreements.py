"""Agreements: formal instruments only (signed agreements, MoUs, treaties, FTAs, councils)."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from functools import lru_cache

from rapidfuzz import fuzz

from bot.core.article_context import ACRONYM, ArticleContext
from bot.core.case_blind import lowers_like_re_i
from bot.core.countries import bloc_members, capital_names, capitals_by_country, country_names, is_region
from bot.core.date_phrases import DatePhrase, find_date_phrases, sentence_dates
from bot.core.dates import month_number
from bot.core.events import PLACE_JOIN, THE_PAIR, third_country_which
from bot.core.facts import Agreement
from bot.core.money import find_money
from bot.core.alternations import at_word_start
from bot.core.number_words import NUMBER_WORD_PATTERN, NUMBER_WORDS, count_of
from bot.core.sentences import word_set
from bot.core.fact_merge import AGREEMENT_CLASS, fold
from bot.core.meeting_references import MEETING_OPENINGS, back_references, of_kind

# The words after `on`/`of`/`for` that end a council's name: `Committee on Economic and Trade Cooperation`,
# `Council of Ministers` (not `Commission on Monday`).
NAME_WORD = (r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|"
             r"July|August|September|October|November|December)\b)[A-Z][\w’'-]*")
NAME_TAIL = rf"{NAME_WORD}(?:\s+(?:(?:and|of|on|for)\s+)?{NAME_WORD}){{0,4}}"
COUNCIL_CUES = frozenset({"council", "councils", "commission", "commissions", "committee", "committees", "mechanism",
                          "mechanisms", "meeting", "dialogue"})
# The cues of a body named by what it does (`working group`, `task force`, `technical team`), which most sentences
# with these words are not about: they make a sentence one of instruments only with its name (`_may_name_working_body`).
WORKING_BODY_CUES = frozenset({"group", "groups", "team", "teams", "force", "forces"})
# A partnership's launch told right after its title, which makes it a standing body (a council), not a text signed:
# `the Ghana–German Energy Partnership will be formally launched in Accra`, `the X-Y Hydrogen Partnership was launched`.
PARTNERSHIP_LAUNCHED = (r"\s+(?:will|is\s+to|is\s+(?:set|due|expected|scheduled)\s+to|was|has\s+been)\s+(?:be\s+)?"
                        r"(?:formally\s+|officially\s+|jointly\s+)?launched\b")
LAUNCHED_AFTER = re.compile(PARTNERSHIP_LAUNCHED)
# A count of instruments in words: `signed six documents`.
COUNTED = rf"{NUMBER_WORD_PATTERN}|a\s+dozen"
# The agreements named by their kind alone, the first branches of the agreement pattern below.
AGREEMENT_NAMES = (r"(?:framework\s+)?agreements?|accords?|treat(?:y|ies)|protocols?|pacts?|deals?|arrangements?|"
                   r"partnership|executive\s+programmes?|"
                   # a framework by its title (`the Framework for Belt and Road Cooperation`), not one in general
                   r"(?-i:Framework)(?=\s+(?:for|on)\s+(?-i:[A-Z]))")
# A programme the pair signs (`a work programme`, `a strategic cooperation programme`), after the executive one.
PROGRAMME_BRANCH = r"(?:(?:work|cooperation)\s+)?program(?:me)?s?"
# A year in a body's title, after a word of it that names no month: `the Saudi-Korean Vision 2030 Committee`.
TITLE_YEAR = (r"(?:(?<!uary\s)(?<!arch\s)(?<!pril\s)(?<!May\s)(?<!June\s)(?<!July\s)(?<!gust\s)(?<!mber\s)"
              r"(?<!ober\s)(?:19|20)\d{2}\s+(?=[A-Z]))?")
# Each kind of instrument, its pattern, and the lower-case words one of which its pattern needs.
# A pattern opening with `\b(?=[...])` tests there the first letters of its words: that is cheap, and spares trying
# every word at each word boundary (tests/test_events_speed_cases.py keeps the letters complete).
INSTRUMENTS: list[tuple[str, re.Pattern[str], frozenset[str]]] = [
    ("fta", re.compile(r"\b((?i:free[- ]trade\s+agreements?|preferential\s+trade\s+agreements?|"
                       r"comprehensive\s+economic\s+partnership(?:\s+agreements?)?|economic\s+partnership\s+agreements?|"
                       # and one of cooperation and partnership: `the Comprehensive Economic Cooperation and
                       # Partnership Agreement (CECPA)`
                       r"comprehensive\s+economic\s+cooperation(?:\s+and\s+partnership)?\s+agreements?|"
                       r"trade\s+in\s+(?:goods|services)\s+agreements?|"
                       # the pair's market access by its other names: `a Trade Partnership Agreement`, `the Trade and
                       # Partnership Agreement`, `a Trade Continuity Agreement` (duty-free access, as an EPA gives)
                       r"trade\s+(?:and\s+)?partnership\s+agreements?|trade\s+continuity\s+agreements?|"
                       # one that integrates the two markets by its name: `the Trade Integration Agreement`
                       r"trade\s+integration\s+agreements?|"
                       # a free trade agreement by its title: `the Agreement on Free Trade between X and Y`
                       r"agreements?\s+on\s+free\s+trade\b(?!\s+zones?))|"
                       # a trade agreement (or pact) told in lower case is one on market access, as a free trade one
                       # (`_trade_narrowed` leaves out one on a trade of its own: `a power trade agreement`)
                       r"[Tt]rade\s+(?:agreements?|pacts?)|"
                       # a bloc's trade agreement by its title, told with its parties (`the Trade Agreement between
                       # the European Union and Colombia, Peru and Ecuador`)
                       r"(?<=\bthe\s)Trade\s+Agreement(?=\s+between\s)|"
                       r"FTAs?|PTAs?|CEPAs?|CECAs?|CECPAs?)\b"),
     frozenset({"agreement", "agreements", "fta", "ftas", "pta", "ptas", "partnership", "cepa", "cepas", "ceca",
                "cecas", "cecpa", "cecpas", "pact", "pacts"})),
    ("mou", re.compile(r"\b(memorand(?:ums?|a)\s+of\s+(?:understanding|cooperation|agreement)|(?<=\ba\s)memorandum|"
                       r"(?<=\bthe\s)memorandum|MoUs?|MOUs?|MoCs?|letters?\s+of\s+intent)\b", re.I),
     frozenset({"memorandum", "memorandums", "memoranda", "mou", "mous", "moc", "mocs", "letter", "letters"})),
    ("declaration", re.compile(r"\b(?=[acdjpr])(joint\s+declarations?(?:\s+of\s+(?:intent|principles?))?|"
                               r"declarations?\s+of\s+\w+|(?-i:Declarations?)|joint\s+communiqu[eé]s?|"
                               # a plain one only as the text signed on a field (`signed a declaration on the X
                               # Partnership`), not one made (`issued a declaration on the war`)
                               r"(?<=signed\sa\s)declaration(?=\s+on\s)|(?<=inked\sa\s)declaration(?=\s+on\s)|"
                               r"joint\s+statements?|"
                               r"(?:joint\s+)?action\s+plans?|plans?\s+of\s+action|"
                               # plans named by what they are for, like action plans (`cooperation plans on X and Y`)
                               r"(?:joint\s+)?cooperation\s+plans?|"
                               # a roadmap, an instrument only when signed or adopted (`_is_formal`)
                               r"(?:joint\s+)?road[\s-]?maps?)\b", re.I),
     frozenset({"declaration", "declarations", "communiqu", "communique", "communiques", "action", "plan", "plans",
                "statement", "statements", "roadmap", "roadmaps", "map", "maps"})),
    ("contract", re.compile(r"\b(?=[cp])(contracts?|purchase\s+agreements?|procurement\s+deals?)\b", re.I),
     frozenset({"contract", "contracts", "agreement", "agreements", "deal", "deals"})),
    ("council", re.compile(r"\b(?=[A-Zbhjstew])((?:[A-Z][\w’'–-]*\s+(?:(?:and|of|on|for|&)\s+(?=[A-Z]))?"
                           + TITLE_YEAR + r"){0,6}"
                           r"(?:Council|Commission|Committee|Dialogue|Working\s+Group|Study\s+Group|Task\s+Force|"
                           # a partnership launched as a standing body: `the X-Y Energy Partnership will be launched`
                           r"Partnership(?=" + PARTNERSHIP_LAUNCHED + r"))\b"
                           r"(?:\s+(?:on|of|for)\s+" + NAME_TAIL + ")?|"
                           r"(?:high[- ]level|joint|strategic|bilateral)(?:\s+[\w-]+){0,3}\s+(?:council|commission|committee|"
                           r"mechanism|cooperation\s+meeting|dialogue)s?\b|"
                           # a body of officials by what they do (`a technical committee`, `a joint working group`)
                           r"(?:technical|expert)\s+(?:committee|group|team)s?\b|"
                           r"(?:(?:joint|technical|expert)\s+)?(?:working\s+group|task\s+force)s?\b)"),
     COUNCIL_CUES | WORKING_BODY_CUES | {"partnership"}),
    ("agreement", re.compile(r"\b(?=[acdeflnopstw\d])"
                             rf"({AGREEMENT_NAMES}|(?:cooperation|following|\d+|{COUNTED})\s+(?:other\s+|more\s+)?"
                             # whose they are (`eleven intergovernmental documents`)
                             r"(?:(?:intergovernmental|interagency|bilateral|governmental)\s+)?"
                             # `eight instruments of cooperation` (not `instruments of ratification`)
                             r"(?:documents|instruments(?!\s+of\s+ratification))|"
                             # a programme, an instrument only when signed or adopted (`_is_formal`)
                             rf"{PROGRAMME_BRANCH}|"
                             # a swap line between central banks, named by what it is (`a currency swap line`), also
                             # before its worth (`a swap facility of 3 billion yuan`), not before another's (`lines of
                             # credit`)
                             # notes exchanged as a treaty (`an exchange of notes under which X will provide Y`), not
                             # those that bring one into force
                             r"exchanges?\s+of\s+(?:diplomatic\s+)?notes\b(?!\s+(?:of|on|for)\s+(?:the\s+)?(?:ratification|entry))|"
                             # and told with the verb: `exchanged notes on X`, `Notes were also exchanged for X`
                             r"(?<=exchanged\s)(?:diplomatic\s+)?notes\b(?=\s+(?:on|for|concerning|regarding)\s)"
                             r"(?!\s+(?:of|on|for)\s+(?:the\s+)?(?:ratification|entry))|"
                             r"(?:diplomatic\s+)?notes(?=\s+(?:were|have\s+been)\s+(?:also\s+)?exchanged\s+"
                             r"(?:on|for|concerning|regarding)\s(?!(?:the\s+)?(?:ratification|entry)))|"
                             r"(?<=swap\s)(?<!to\sswap\s)(?<!will\sswap\s)(?:lines?|facilit(?:y|ies))"
                             r"(?!\s+of\s+(?![A-Z]{0,3}[$€£¥]?\s?\d|(?:about|around|some|up\s+to)\s)\b)|"
                             # a tax treaty by its other name; not a gathering (`a convention centre`) nor a UN one
                             r"(?<=tax\s)conventions?|(?<=taxation\s)conventions?|"
                             r"conventions?(?=\s+(?:between\s+[^.;]{1,60}?\s+)?(?:for|on)\s+(?:the\s+)?"
                             r"(?:avoidance|elimination|prevention)\s+of\s+double)|"
                             # any other convention, an instrument only when signed (`_formal_convention`)
                             r"conventions?)\b",
                             re.I),
     frozenset({"agreement", "agreements", "accord", "accords", "treaty", "treaties", "protocol", "protocols",
                "framework", "pact", "pacts", "deal", "deals", "arrangement", "arrangements", "documents", "instruments",
                "partnership",
                "programme", "programmes", "program", "programs", "convention", "conventions", "swap", "notes"})),
]
INSTRUMENT_WORDS = frozenset().union(*(cues for _, _, cues in INSTRUMENTS))
# The agreement pattern without its branches for counted `documents` and `conventions`, which need these words: the
# same matches in a sentence without them, found at half the cost (those branches try 20 number words at each word).
AGREEMENT_LEAN = re.compile(rf"\b(?=[adefpt])({AGREEMENT_NAMES})\b", re.I)
LEAN_NEEDS = frozenset({"documents", "instruments", "convention", "conventions", "swap", "notes"})
# The lean pattern with the branch for programmes, for a sentence that names one (`a work programme`).
PROGRAMME_LEAN = re.compile(rf"\b(?=[acdefptw])({AGREEMENT_NAMES}|{PROGRAMME_BRANCH})\b", re.I)
PROGRAMME_WORDS = frozenset({"programme", "programmes", "program", "programs"})
COUNCIL_PATTERN = next(pattern for kind, pattern, _ in INSTRUMENTS if kind == "council")
SIGNED = re.compile(r"\b(?=[aceifprswy])"
                    r"(sign(?:ed|ing|s)?|ink(?:ed|ing)?|exchang(?:ed|ing)|conclud(?:ed|ing)|seal(?:ed|ing)|"
                    # what a meeting gave: `The 13th high-level meeting ... produced eleven agreements`
                    r"(?:produced|yielded)(?=\s+(?:[\w-]+\s+){0,2}(?:memorand|MoU|MOU|agreement|accord|pact|treat|"
                    r"protocol|documents|instruments))|"
                    r"(?:renew(?:ed|ing)|extend(?:ed|ing))(?=\s+(?:[\w-]+\s+){0,3}(?:memorand|MoU|MOU|agreement|accord|"
                    r"pact|treat|protocol|contract|swap\s+(?:line|facilit)))|"
                    r"exchange\s+of\s+(?:the\s+)?(?:\w+\s+){0,3}(?:memorand\w*|MoUs?|agreements?|documents?|instruments?)|"
                    r"penned|finali[sz]ed|witness(?:ed)?\s+the\s+signing|adopt(?:ed|ing)\s+(?:an?|the)\s+joint)\b", re.I)
# The words one of which SIGNED cannot match without (its verbs stand between word boundaries or before spaces).
SIGNED_WORDS = frozenset({"sign", "signed", "signing", "signs", "ink", "inked", "inking", "exchanged", "exchanging",
                          "concluded", "concluding", "sealed", "sealing", "renewed", "renewing", "extended",
                          "extending", "exchange", "penned", "finalised", "finalized", "witness", "witnessed",
                          "adopted", "adopting", "produced", "yielded"})
# A ratification, which says the instrument was signed before, though not when: `the Saeima ratified the convention`.
RATIFIED = re.compile(r"\bratified\b", re.I)
# Words that put a ratification still to come right before it: `is to be ratified`, `once it is ratified`.
FUTURE_RATIFIED = re.compile(r"\b(?:(?:to|will|would|shall|could|can|may|might|must)\s+(?:\w+\s+)?be|once\s+(?:it|they)\s+(?:is|are)"
                             r"|until\s+(?:it|they)\s+(?:is|are)|when\s+(?:it|they)\s+(?:is|are))\s+$", re.I)
# Words that deny a signing right before its verb: `has not (yet) been signed`, `have yet to sign`, `never signed`.
NOT_SIGNED = re.compile(r"\b(?:not|never|yet\s+to)\s+(?:yet\s+)?(?:been\s+|be\s+)?$", re.I)
# `No` as the article of an instrument: `No contract has been signed yet` names none; nor does the consent of an
# idiom (`may be extended by mutual agreement`).
NO_INSTRUMENT = re.compile(r"\bno\s+(?:[\w-]+\s+)?$|\b(?:by|through|upon|with)\s+(?:mutual|common)\s+$", re.I)
# A joint text only cited as the source of what the sentence tells, right before it: `will be held in 2020, according
# to a joint communique` (no instrument told; `according to the declaration signed on Monday` still tells one).
CITED_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}$", re.I)
TOLD_DONE_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|adopted|inked)\b")
# A signing still to come: `will sign`, `to be signed`, `before it can be signed`, `until it is signed`.
FUTURE_SIGNING = re.compile(r"\b(?:to|will|would|shall|could|can|may|might|must)\s+(?:\w+\s+)?(?:sign|ink|seal|conclude|finali[sz]e|witness)\b|"
                            r"\b(?:to|will|would|shall|could|can|may|might|must)\s+be\s+(?:signed|inked|sealed|concluded|finali[sz]ed)\b|"
                            r"\b(?:before|until|once)\s+(?:it|they)\s+(?:is|are)\s+(?:formally\s+)?(?:signed|inked)\b",
                            re.I)
# Words of an instrument still to be signed: `will sign`, `a draft agreement`, `initialled an air services agreement`
# (its text agreed, the signing to come).
PLANNED = re.compile(r"\b(?=[acdefimnpstuw])"
                     r"(will|would|to\s+be|plan(?:s|ned)?\s+to|expect(?:s|ed)?\s+to|set\s+to|agreed\s+to|"
                     r"aim(?:s|ed)?\s+to|"
                     r"negotiat\w+|propos\w+|draft|upcoming|future|soon|could|may|intend\w*|initial(?:l?ed|l?ing))\b",
                     re.I)
# A text initialled, its signing to come: the nearest verb before an instrument, it says the instrument is not signed.
INITIALLED = re.compile(r"\binitial(?:l?ed|l?ing)\b", re.I)
IN_FORCE = re.compile(r"\b(?=[ehiptadms])(in\s+place|in\s+force|into\s+force|into\s+effect|in\s+effect|took\s+effect|"
                      # applied before ratification is applied all the same: in force from then
                      r"provisionally\s+applied|"
                      r"instruments\s+of\s+ratification|"
                      r"effective|implement(?:ed|ing)|existing|have\s+(?:had\s+)?an?|"
                      # one run or kept for a time (`have operated a currency swap agreement since 2018`), or running
                      # itself (`the swap arrangement has been running since 2018`; not a line running under one)
                      r"(?:have|has)\s+(?:operated|maintained|run)\s+(?:an?|the|their)|"
                      r"(?:agreements?|arrangements?|accords?|deals?|mou|memorandum|swaps?)\s+"
                      r"(?:has|have)\s+been\s+(?:running|operating|operational|in\s+operation)\s+since)\b", re.I)
# An instrument whose own clause tells its term lengthened, which makes it one in being: `the automotive agreement,
# which regulates X and was extended until 2029`.
EXTENDED_UNTIL = re.compile(r",\s+which\s+[^;:]{0,120}?\b(?:was|were|has\s+been|have\s+been)\s+extended\s+"
                            r"(?:until|to|through)\s+(?:19|20)\d{2}\b")
# What is exchanged to bring a signed instrument into force, which is no signing: `exchanged instruments of
# ratification of the agreement`, `the exchange of instruments of ratification`.
RATIFICATION = re.compile(r"\s+(?:the\s+)?(?:instruments?|letters?|notes?)\s+of\s+ratification\b|"
                          r"(?<=of\sinstruments\sof\sratification)|(?<=of\sthe\sinstruments\sof\sratification)")
# A verb to come right before the words of force: `will enter into force`, `is expected to take effect`.
FUTURE_FORCE = re.compile(r"\b(?:will|would|shall|to)\s+(?:[a-z]+\s+)?$|"
                          # what is to happen when it does: `cut on entry into force`, `once it enters into force`
                          r"\b(?:on|upon)\s+(?:its\s+|the\s+)?entry\s+$|"
                          r"\b(?:once|until|when)\s+(?:[\w-]+\s+){0,3}enters\s+$")
# A meeting of a body after its first, which says the body exists: `the second meeting of the Council`, `the 5th
# meeting of their Joint Economic Commission`.
ORDINAL = r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)"
ORDINAL_MEETING = rf"(?:{ORDINAL})\s+(?:[\w-]+\s+)?(?:meeting|session)"
LATER_MEETING = re.compile(ORDINAL_MEETING, re.I)
ESTABLISHED = re.compile(r"\b(?=[cefhilnst\d])"
                         # `the formation of X`, as `the establishment of X`
                         r"(establish(?:ed|ing|ment)|set\s+up|formed|formation|created|launch(?:ed|ing)|inaugural|"
                         r"first\s+meeting|"
                         r"first(?:-ever)?\s+(?:high[- ]level\s+)?[\w\s-]{0,30}meeting|held|convened|" + ORDINAL_MEETING + r")\b",
                         re.I)
# Words that tell when a body was founded, not when it met: `established in 1995`, `held its first meeting`, `was
# first inaugurated in Abidjan` (not `held its 11th meeting`, `last met in Windhoek in November 2019`).
FOUNDED = re.compile(r"\b(?=[cefilst])(establish(?:ed|ing|ment)|set\s+up|formed|formation|founded|created|"
                     r"launch(?:ed|ing)|"
                     # a first meeting, not the first in a while (`its first session since 2019`)
                     r"inaugura\w+|first(?:-ever)?\s+(?:[\w-]+\s+){0,4}?(?:meeting|session)\b(?!\s+since\b))\b",
                     re.I)
# The words of a body's forming itself, not of its first meeting or its opening: `The JSG was formed in April`, told
# after `the JSG held its first meeting on Monday`, dates the body to April.
FORMED = re.compile(r"establish|set\s+up|formed|founded|created", re.I)
# Ties founded, which are no body: `established diplomatic relations in 1971 and set up a Joint Commission in 2009`.
RELATIONS_FOUNDED = re.compile(r"\s+(?:(?:full|formal|diplomatic|bilateral)\s+){1,2}(?:relations|ties)\b", re.I)
# A clause about a body, before another body is named: `transform the Commission, which was set up in 2017, into the
# Council of Prime Ministers` (the Council was not set up in 2017).
RELATIVE_BEFORE = re.compile(r",\s+(?:which\s+|that\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:first\s+)?$")
# Right before the body words of founding make: `set up [a ]Joint Committee`.
BODY_OBJECT = re.compile(r"\s+(?:an?|the|their|its)\s+")
# A meeting of a body after it was founded, which the rest of a sentence tells: `, established in 1995, will hold its
# next session in New Delhi`, `and last met in Yamoussoukro in 2019`: the town and date there are the meeting's.
# (The look-ahead for the first letters of its words spares trying each of them at most places.)
MEETS_LATER = re.compile(r"\b(?=[wstmcnfe\d])(?:(?:will|would|shall|to)\s+(?:\w+\s+)?(?:meet|hold|convene)|met|"
                         r"meets|convened|"
                         rf"next\s+(?:meeting|session)|{ORDINAL_MEETING})\b"
                         r"(?!\s+(?:its\s+|their\s+)?(?:first|inaugural)\b)", re.I)
# A body made out of another, right before the new one: `upgraded their Joint Commission into a Strategic Partnership
# Council`, `decided to transform the Commission ... into the Council of Prime Ministers` (founded then; the old one is
# in being, its founding untold).
UPGRADED = re.compile(r"\b(?:upgrad|transform|convert|turn|elevat|renam)(?:e|es|ed|ing)?\b", re.I)
INTO = re.compile(r"\binto\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:new\s+)?$")
# What follows the old body up to the word that names the new one: `Commission for Cooperation (PJCC) into`.
UPGRADED_FROM = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:,[^,]{1,60},)?\s+into\b")
# Another thing agreed after a body to be set up: `agreed to form joint committees ..., and to hold a forum in Riyadh`.
AND_TO = re.compile(r",?\s+and\s+to\s+(?!be\b)[a-z]+")
# A council named again by its kind alone, with the words of its founding: `The committee, which was established in
# 1998`, `The council was set up under an agreement signed on Thursday`.
BODY_AGAIN = re.compile(r"(?:The|This)\s+(?:new\s+|joint\s+)?(?:council|commission|committee)\b")
# What joins the clause a date ends to the verb of another, its subject too: `established X in 2010 and signed`, `was
# renewed in 2021, and the two sides signed`.
AND_THEN = re.compile(r"\s*,?\s*and\s+(?:(?:the|their|its|our)\s+(?:[\w’'-]+\s+){0,3}?)?(?:also\s+|then\s+|later\s+)?")
# A verb to come right before words of establishing: `will be set up`, `is to be established`, `will be formally
# launched`, `will hold its first meeting` (a body yet to meet).
TO_BE_DONE = re.compile(r"\b(?:will|would|shall|to)\s+(?:soon\s+)?(?:be(?:\s+(?:formally|officially|jointly))?|"
                        r"(?:hold|convene)\s+(?:its|their))\s+$", re.I)
# What says after them that words of establishing are still to happen: `The first meeting of the joint committee is
# planned for later this year`.
DONE_LATER = re.compile(r"(?:\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,5}?[\w-]+)?\s+(?:is|are)\s+"
                        r"(?:planned|expected|scheduled|due|set|slated)\b", re.I)
# Instruments of another kind written right after a first, which share its list: `MoUs and agreements covering X`.
SHARING = r"agreements|memorand\w+\s+of\s+\w+|MoUs|MOUs|accords|protocols|treaties|documents|deals|contracts"
# What several instruments included, named as what they do rather than by field: `signed a package of agreements
# including an exemption of some Iraqi goods from customs duties` (not `including on trade`: LATER_INCLUDING).
INCLUDING_ITEMS = re.compile(r",?\s+including\s+(?!(?:on|in|for|one|related|covering)\s)(?P<list>[^.;:]+)")
# What may stand between an instrument and the list of its fields: `MoUs (memoranda) signed on`, `MoU aimed at expanding`,
# `a letter of intent with Turkish Aerospace for`, `an MoU between French shipbuilder Naval Group and PT PAL on`,
# `a contract worth USD 250 million for` (a currency's code or sign may stand apart from the number).
LIST_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?"
                      r"(?:with\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|and|for)\s+(?=[A-Z]))?){1,6})?"
                      # told signed before whom it is between: `An MoU was signed between X and Y on`
                      r"(?:(?:was|were)\s+(?:also\s+)?(?:signed|inked)\s+(?=between\s))?"
                      r"(?:between\s+(?:the\s+)?(?:[\w’'&.-]+\s+){0,4}?[A-Z][\w’'&.-]*\s+(?:\([^()]{1,20}\)\s+)?and\s+"
                      r"(?:the\s+)?(?:[\w’'&.-]+\s+){0,5}?[A-Z][\w’'&.-]*\s+(?:\([^()]{1,20}\)\s*)?)?"
                      rf"(?:(?:and|or|&)\s+(?:other\s+)?(?:{SHARING})\s*)?"
                      r",?\s*(?:including\s+(?:one\s+)?)?"
                      r"(?:(?:(?:were|was|been|also)\s+)*(?:signed|inked|exchanged|sealed|concluded)"
                      # two verbs of one act: `were signed/exchanged`, `were signed and exchanged`
                      r"(?:\s*(?:/|and|or)\s*(?:signed|exchanged|handed\s+over))?\s*)?"
                      # who saw them signed: `Six agreements were signed in the presence of the two leaders, covering`
                      r"(?:,\s*)?(?:in\s+the\s+presence\s+of\s+[^,;()]{1,80}?,\s*"
                      # or at which gathering: `Two MoUs were signed during the forum, on X and on Y`
                      r"|(?<=ed\s)(?:during|at)\s+(?:the|this|that)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:forum|visit|meeting|talks|summit|session|ceremony|conference),\s*)?"
                      # their worth, maybe rounded: `deals worth more than US$22.9 billion in energy`
                      r"(?:worth\s+(?:(?:more\s+than|over|about|around|some|nearly|almost|up\s+to|at\s+least)\s+)?"
                      r"(?:[A-Z]{2,3}\$?\s+|[$€£¥]\s+)?\S+(?:\s+(?:billion|million|trillion|bn|mn|bil|mil))?\s*)?"
                      r"(?:aimed\s+at\s+\w+\s*)?")
# The bare gap between two instruments written as one: `memoranda of understanding (MoUs) and agreements`.
BARE_GAP = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?")
# An acronym in parentheses right after an instrument: `memoranda of understanding (MoUs)`, the same one again.
OPEN_PARENTHESIS = re.compile(r"\s*\(\s*")
# A short phrase before `including` and the fields: `MoUs on Monday, including (one) on energy and tourism`.
LATER_INCLUDING = re.compile(r"\s+[^,;()]{1,30}?,\s+including\s+(?:one\s+)?(?=(?:on|in|for|related\s+to|covering)\s)")
# A quantity of what an item is of, which is no part of the field: `the supply of up to 500 million cubic meters of
# natural gas` -> `the supply of natural gas`.
QUANTITY_OF = re.compile(r"\b(?:(?:up\s+to|at\s+least|more\s+than|as\s+much\s+as|about|around|some|nearly|over)\s+)?"
                         r"\d[\d.,]*\s+(?:(?:thousand|million|billion)\s+)?(?:[a-z-]+\s+){1,2}?of\s+")
# The rate after a quantity removed: `of natural gas a year` -> `of natural gas`.
RATE_AFTER = re.compile(r"\s+(?:a|per|each|every)\s+(?:year|month|week|day)\b")
# The words that hedge a quantity (`up to 1,000 tanks`, `some 300 firms`): the quantity is no field, nor are they.
QUANTITY_HEDGE = r"(?:up\s+to|about|around|some|nearly|over|more\s+than|at\s+least)"
# A hedged quantity opening the list, before the things counted: `for up to 1,000 truck trips a year` (its `up` is no
# field; the things are).
HEDGED_QUANTITY_LEAD = re.compile(rf"^{QUANTITY_HEDGE}\s+\d[\d,.]*\s+"
                                  r"(?:(?:thousand|million|billion)\s+)?(?=[a-z])", re.I)
COOPERATION_IN = re.compile(r"^(?:bilateral\s+)?cooperation\s+(?:in|on)\s+(?:the\s+)?")
# The day of signing between an instrument and its list: `37 agreements on Wednesday (Nov. 20) in areas such as`;
# its month a month's name (`on Industry 4.0 cooperation` names a field, no day).
MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*"
DAY_AFTER = re.compile(r"\s+(?:(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|"
                       r"yesterday)\b|"
                       rf"on\s+(?:\d{{1,2}}\s+{MONTH_WORD}\.?|{MONTH_WORD}\.?\s+\d{{1,2}}\b)(?:,?\s+\d{{4}})?)"
                       r"(?:\s*\([^()]{1,20}\))?")
# The bodies one item of `the first ... and the second ...` is between, before its field: `the first between the
# Investment Authority (IA) and Invest Korea on investment promotion` (a name's own `for`/`in` has a capital after it).
EACH_BETWEEN = r"(?:\s+between\s+(?:the\s+)?[A-Z][^,;]{2,160}?(?=\s+(?:on|in|for)\s+(?:the\s+)?[a-z]))?"
# Instruments told one field each, after whom they bind and where and when they were signed: `two MoUs between the
# governments, one on X and another on Y`, `two agreements in Rabat, one on X and the other on Y`, `one for X and one
# for Y`, `the first on X and the second on Y` (each item is one field, its own `and` kept: `innovation and startups`).
ONE_AND_ANOTHER = re.compile(r"(?:\s+between\s+(?:the|their)\s+(?:two\s+)?(?:governments|countries|nations|sides|"
                             r"ministries))?"
                             # told signed in the passive first: `two MoUs were signed, the first between X and Y on`
                             r"(?:\s+(?:were|have\s+been|had\s+been)\s+(?:also\s+)?(?:signed|inked|exchanged))?"
                             r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}|" + DAY_AFTER.pattern + r"){0,2},\s+"
                             r"(?:one|the\s+first)" + EACH_BETWEEN + r"\s+(?:on|in|for)\s+"
                             r"(?P<one>(?=(?:the\s+)?[a-z])[^,;]{2,80}?),?\s+and\s+"
                             r"(?:another|one|the\s+other(?:\s+one)?|the\s+second)" + EACH_BETWEEN +
                             r"\s+(?:on|in|for)\s+"
                             r"(?P<another>(?=(?:the\s+)?[a-z])[^,;.]{2,60})")
# The words after the instruments that one of its items opens with: `, one on`, `, the first on`.
ONE_CUES = (", one ", ", the first ")
# What an instrument of trade in goods is for, before the goods it lists: `for the supply of X, Y and Z`.
SUPPLY_OF = r"for\s+the\s+(?:supply|purchase|delivery|procurement|sale|export|import)\s+of\s"
# The place (and day) an instrument is signed at, before the list of its fields: `two MoUs in Alexandria today, covering`,
# `agreements in Nairobi on Monday on`, `agreements in Warsaw on Wednesday for the supply of` (a list's own intro after
# it, not a gathering's: `on the sidelines of`).
PLACE_BEFORE_LIST = re.compile(r"\s*in\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|es|el|al|de|da|du|la)){0,3}"
                               r"(?:\s+(?:today|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)))?"
                               r",?\s+(?=covering\s|spanning\s|in\s+the\s+(?:fields?|areas?|sectors?)\s+of\s|"
                               r"on\s+(?!the\s+(?:sidelines|margins?|occasion)\b)[a-z]|" + SUPPLY_OF + ")")
# The town an instrument is signed in and whom with, before what it is for: `a contract in Athens with Israel's Ministry
# of Defense for 36 rocket launchers`.
PLACE_WITH_BEFORE_LIST = re.compile(r"\s*in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+with\s+(?:the\s+)?"
                                    r"(?:[A-Z][\w’'&.-]*\s+(?:(?:of|and|for)\s+(?=[A-Z]))?){1,6}"
                                    r"(?=for\s+(?!the\s+(?:next|coming|past|last)\s))")
# The purpose an instrument is signed for, when it lists no field: `a memorandum of agreement (MoA) today to offer
# joint degree programmes in agriculture` -> `joint degree programmes`, also after the body it is signed with (`a
# contract with Mexico's Federal Electricity Commission (CFE) to build a combined-cycle power plant`, `with Peru's
# state power company Electroperu to build`).
PURPOSE = re.compile(r"(?:\s+with\s+(?:the\s+)?(?:[A-Z][\w’'.&-]*\s+(?:(?:of|for|and|&)\s+)?){0,5}"
                     # what the body is, before its name: `with Peru's state power company Electroperu`
                     r"(?:(?<=[’']s\s)(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w’'.&-]*\s+){0,3})?[A-Z][\w’'.&-]*)?"
                     r"\s*(?:\([^()]{1,40}\)\s*)?(?:" + DAY_AFTER.pattern + r"\s*)?(?:(?:today|yesterday)\s+)?"
                     r"to\s+(?!be\b|the\b)[a-z]+\s+"
                     r"(?:(?:up|out|on|in)\s+)?(?:(?:the|a|an|their|its)\s+)?"
                     # the pair's own, no word of it (`to link the two countries' payment systems`)
                     r"(?:(?:two\s+)?(?:countries|nations|sides)[’']\s+)?"
                     # an amount or size that qualifies it, no word of it (`to build a $1 billion refinery`)
                     r"(?:(?:[A-Z][A-Za-z]{0,2}\$?\s?|[$€£¥]\s?)?\d[\d.,]*(?:-[a-z]+)?\s+"
                     r"(?:(?:billion|million|trillion|bn|mn|crore)\s+)?)?"
                     r"(?P<purpose>[a-z][\w-]*(?:\s+(?!(?:in|on|for|from|by|with|at|or|to|of|between|that|which|as|"
                     r"under|worth|valued|via|across|along|near|into|through)\b"
                     # nor a second purpose's verb (`to develop a road corridor and boost river navigation`)
                     r"|and\s+(?:boost|expand|promote|improve|strengthen|increase|enhance|deepen|facilitate|"
                     r"support|modernise|modernize)\b)[a-z][\w-]*){0,4})"
                     r"\b(?<!\sand)(?<!\sthe)(?<!\sover)")
# What an instrument binds a side to do, when it lists no field: `a contract (with X) under which Jordan will supply
# Iraq with electricity through a 300-kilometre line` -> `supply Iraq with electricity`.
UNDER_WHICH = re.compile(r"(?:\s+with\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+)?,?\s+(?:under|by|through)\s+which\s+"
                         r"(?:[\w’'-]+\s+){1,4}?(?:will|would|shall|is\s+to|are\s+to|agreed\s+to|agrees\s+to)\s+"
                         r"(?:also\s+)?"
                         r"(?P<purpose>[a-z]+(?:\s+(?!(?:through|via|by|over|from|at|in|until|during|starting|for|"
                         r"under|and|to|as|worth)\b)[\w-]+){0,5})")
# A quantity of goods a side is bound to supply under an instrument: `supply an additional 4 billion cubic metres of gas
# to Italy` -> the goods and the supplying (`gas supply`); the amount and its unit are no field words.
QUANTITY_SUPPLIED = re.compile(r"(?P<verb>supply|deliver|provide|sell|ship|export)\s+"
                               r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+with\s+)?"
                               r"(?:(?:an?\s+)?(?:additional|extra|further)\s+|(?:up\s+to|about|around|some|nearly|over|"
                               r"more\s+than|at\s+least)\s+)?\d[\d,.]*\s+(?:(?:billion|million|thousand|trillion|bn|mn)\s+)?"
                               r"(?:[a-z]+\s+){0,2}?of\s+"
                               r"(?P<goods>[a-z][\w-]*(?:\s+(?!(?:to|from|in|into|over|by|per|for|a|an|the|each|and|or|"
                               r"until|through|via|with|at|on|annually|yearly|starting)\b)[a-z][\w-]*){0,2})")
SUPPLYING = {"supply": "supply", "deliver": "deliveries", "provide": "supply", "sell": "sales", "ship": "shipments",
             "export": "exports"}


def _goods_supplied(sentence: str, start: int) -> str | None:
    """The field of an instrument binding a side to supply a quantity of goods (QUANTITY_SUPPLIED): the goods and
    their supplying, not a phrase cut inside the amount (`supply an additional 4 billion cubic`)."""
    supplied = QUANTITY_SUPPLIED.match(sentence, start)
    return f"{supplied.group('goods')} {SUPPLYING[supplied.group('verb')]}" if supplied else None


# What the sides do under an instrument a sentence opens with, when it lists no field: `Under an intergovernmental
# agreement signed in 2014, Hungary and Serbia are modernising the Budapest–Belgrade railway line` -> `modernising the
# Budapest–Belgrade railway line` (not one named before: `Under the agreement, ...`).
UNDER_IT = re.compile(r"[^,;]{0,40},\s+(?:[\w’'-]+\s+){1,4}?(?:are|is|will|would|shall|can)\s+(?:be\s+|also\s+|jointly\s+)?"
                      r"(?P<purpose>[a-z]+\s+(?:the\s+|an?\s+|their\s+)?[\w’'–-]+(?:\s+(?!(?:through|via|by|over|from|"
                      r"at|in|until|during|for|under|and|to|as|worth|with)\b)[\w’'–-]+){0,4})")
# Where the services an instrument covers go, which is not its field (that is named before it: `a codeshare agreement
# covering flights between Doha and Kigali`, `an air services agreement on routes linking X with Y`).
ROUTES = re.compile(r"(?:the\s+|all\s+)?(?:(?:direct|daily|weekly|passenger|cargo|scheduled|non-stop)\s+){0,2}"
                    r"(?:flights|routes|services|connections|frequencies)\s+(?:between|linking|connecting|to|from)\s")
# What every instrument is for, which names no field: `an agreement to strengthen cooperation`.
GENERAL_PURPOSES = frozenset({"cooperation", "ties", "relations", "collaboration", "partnership", "bilateral ties",
                              "bilateral relations", "bilateral cooperation", "friendship"})
# What opens an item of a list written one a line: a dash or bullet, a number or letter (`1.`, `2)`, `(a)`).
BULLET = re.compile(r"^(?:[-–—•*▪·]|\(?(?:\d{1,2}|[a-h])[.)])\s*")
# An item of such a list whose marker the page lost, which is an instrument alone: `An agreement on fisheries.`,
# `Memorandum of Understanding on Cooperation in the Field of Health;`
LISTED_ITEM = re.compile(r"^(?=(?:(?:an?|one|the)\s+(?:[\w-]+\s+){0,3}?)?(?:agreement|memorand|MoU|MOU|MoC|protocol|treaty|"
                         r"accord|contract|letter\s+of|executive\s+programme)\w*\b[^.;]*[.;]?$)", re.I)
# A sentence that lists the instruments signed before: `The documents also included a protocol on X`, `Among them
# were an MoU on X and ...`, `Among the agreements signed was ...`, `They also included ...`, `These include ...`.
LISTED_AFTER = re.compile(r"(?:(?:The|These|Those|Other)\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|deals|instruments|"
                          r"memorand\w+|MoUs|MOUs|pacts|accords)\s+(?:signed\s+)?(?:also\s+)?|(?:They|These)\s+(?:also\s+)?)"
                          r"(?:include[sd]?|comprise[sd]?)\b|"
                          r"Among\s+(?:them|these|those|the\s+(?:[\w-]+\s+){0,2}?(?:documents|agreements|deals|"
                          r"instruments|memorand\w+|MoUs|MOUs|pacts|accords)(?:\s+signed)?),?\s+(?:were|was|are|is)\b")
LISTED_INSTRUMENT = re.compile(r"\b(?:agreements?|memorand\w+|MoUs?|MoCs?|protocols?|treat(?:y|ies)|accords?|contracts?|"
                               r"letters?\s+of\s+intent|executive\s+programmes?|joint\s+(?:communiqu|statement|declaration))",
                               re.I)
# What a sentence after instruments says they cover, up to its list: `cover`, `also cover`, `deal with`, `are related to`,
# `cover, among others,`, `concern cooperation in the fields of`.
COVERS = (r"\s+(?:(?:also|mainly|mostly|largely|primarily|chiefly)\s+)?"
          r"(?:(?:are|were)\s+(?:in|on)|(?:are|were)\s+related\s+to|cover(?:s|ed)?|span(?:s|ned)?|include[sd]?|"
          r"relate[sd]?\s+to|concern(?:s|ed)?|involve[sd]?|focus(?:es|ed)?\s+on|deal(?:s|t)?\s+with)"
          r"(?:,\s+among\s+others,)?\s+(?:(?:pacts|agreements|deals|documents|MoUs)\s+)?"
          r"(?:(?:cooperation\s+)?(?:in|on)\s+(?:the\s+)?(?:areas?|fields?|sectors?)\s+of\s+|cooperation\s+in\s+|"
          r"(?:areas|fields|sectors)\s+(?:including|such\s+as)\s+)?"
          r"(?P<list>[^.;:]+)")
# A sentence after several instruments that lists their fields: `The agreements cover energy, mining and tourism.`,
# `The agreements signed on Tuesday also cover X and Y`, `They deal with X and Y`.
NEXT_LIST = re.compile(r"(?:\b(?i:the|these|those)\s+(?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|memorand\w+|MoUs|MOUs|"
                       r"accords|pacts|instruments)(?:\s+(?:signed|inked|exchanged)(?:\s+[\w-]+){0,4}?)?|"
                       r"^(?:They|These|Both))" + COVERS)
# What opens a sentence before the instruments it names all together: `The agreements were signed on Wednesday`.
ALL_AGAIN = re.compile(r"(?:The|These|Those|All\s+the|All|Both)\s+(?:[\w-]+\s+)?")
# The same list told in the sentence of the instruments, after the words on their signing: `The agreements, signed in
# the presence of the two presidents, cover X and Y`, `The four agreements signed on Monday cover X and Y`.
COVERED_HERE = re.compile(r"(?:,\s+(?:signed|inked|exchanged|sealed)\b[^,;]{0,180},|"
                          r"\s+(?:signed|inked|exchanged|sealed)\b[^,;]{0,60}?)?" + COVERS)
# Instruments told before, opening a sentence that lists the fields they bind the sides to (`Under the deals signed
# at the palace, the two countries agreed to cooperate in X, Y and Z`, `Under the MoUs, the sides will work together
# on X and Y`): what the sides do under them is their fields.
UNDER_THEM = re.compile(r"(?:The|These|Those|the|these|those|Both|both|All|all)\s+(?:[\w-]+\s+)?")
COOPERATE_UNDER = re.compile(r"[^;:]{0,100}?,\s+(?:[\w’'-]+\s+){1,4}?(?:(?:also\s+)?(?:agreed|pledged|undertook|"
                             r"committed|are|were|will|would|shall|can|could)\s+(?:also\s+)?(?:to\s+)?)?"
                             r"(?:cooperate|collaborate|work\s+together|partner)\s+(?:in|on)\s+"
                             r"(?:(?:the\s+)?(?:fields?|areas?|sectors?)\s+of\s+)?(?P<list>[^.;:]+)")
# The fields of the other instruments signed, after one of them named on its own (`signed eleven agreements, including
# an MoU on X.`): `The other documents cover gas storage and water management.`
OTHERS_COVER = re.compile(r"^(?:The|These)\s+(?:other|remaining)\s+(?:[\w-]+\s+)?"
                          r"(?P<noun>agreements|deals|documents|memorand\w+|MoUs|MOUs|accords|pacts|instruments)"
                          r"(?:\s+(?:signed|inked|exchanged)(?:\s+[\w-]+){0,4}?)?" + COVERS)
# How many sentences after the signing they may come: `The other documents` are those told a paragraph or two before.
OTHERS_NEAR = 4
# The same after one programme or plan, which is one entry of all the fields: `The programme covers X, Y and Z.`
NEXT_PROGRAMME_LIST = re.compile(r"^(?:(?:The|This)\s+(?:[\w-]+\s+){0,2}?(?:programme|program|plan)|It)" + COVERS)
# A sentence opening a list that names the instruments themselves, so it may stand apart from their signing: `The
# agreements include:`, `the documents signed on Monday were the following:`.
NAMES_THE_SIGNED = re.compile(r"\b(?:agreements|documents|instruments|memoranda|MoUs|MOUs|accords|deals|pacts|"
                              r"protocols)\b")
PLURAL = re.compile(r"\b(?:memoranda|\w+s)\b", re.I)
# Where a list of fields ends: a clause, an attribution (`, the White House said`), a time or a place
# (`a treaty on the demarcation of their land boundary in Bandar Seri Begawan`).
# (The look-ahead for the first characters of its branches, a word's first letters only where a word starts, spares
# trying each of them at most places.)
LIST_END = re.compile(r"(?:(?=[\s,])|\b(?=[FMSTWabdfiopstuvw]))(?:"
                      r",\s+the\s+(?:largest|biggest|first|latest|greatest|highest|most)\b|"
                      # a list told partial after its last item: `defence and tourism, among other areas`
                      r",?\s+among\s+other(?:s|\s+(?:things|areas|fields|sectors|domains))\b|"
                      # a second thing the talks gave, no field (`including on defence, and a commitment to raise`)
                      r",\s+and\s+an?\s+(?:commitment|pledge|promise|vow|target|goal|call)\s+to\s|"
                      r",?\s+(?:first|originally|initially|previously)\s+(?:signed|inked|concluded|agreed)\b|"
                      # what the work costs or when it ends (`the construction of the pipeline, estimated to cost $1 billion`)
                      r",\s+(?:estimated|expected|projected|costing|budgeted|scheduled|due)\b|"
                      # another clause whose subject signs (`X, and their justice ministers signed a convention on Y`)
                      r",\s+and\s+(?:[\w’'-]+\s+){1,4}?(?:signed|inked|sealed|adopted|initial(?:l?ed))\b|"
                      # a second verb of the signers after the list (`on critical minerals, and confirmed plans to`)
                      r",?\s+and\s+(?:also\s+)?(?:confirmed|discussed|reviewed|pledged|announced|welcomed|reaffirmed|"
                      r"stressed|underlined|emphasi[sz]ed|expressed|decided|exchanged\s+views|noted|highlighted|"
                      r"committed|called|urged|launched|held|witnessed)\b|"
                      # a second verb of the clause, not a second field (`finalise a loan agreement for the X project
                      # and expand cooperation in fisheries`)
                      r"\s+and\s+(?:to\s+)?(?:expand|strengthen|boost|promote|enhance|deepen|broaden|intensify|step\s+up|"
                      r"explore|develop|increase|improve|accelerate)\s+(?:(?:bilateral|mutual|their|the|its)\s+)?"
                      r"(?:cooperation|ties|relations|collaboration|trade|exchanges|investment|partnership)\b|"
                      r",\s+(?:calling|urging|stressing|reaffirming|expressing|condemning|underlining|emphasi[sz]ing|"
                      r"welcoming)\b|"
                      # what the signing did (`on the joint management of the river, ending years of talks`, `...,
                      # replacing a 1995 text`)
                      r",\s+(?:ending|marking|capping|paving|culminating|concluding|bringing|replacing|superseding)\s|"
                      # a clause of why or when after the list (`on a food security corridor, as the two countries
                      # push to lift trade`), not one more item (`on energy, as well as on tourism`)
                      r",\s+as\s+(?!well\s+as\b)|"
                      # what the instrument is not, after the list (`on cooperation, not a loan agreement`)
                      r",\s+not\s+(?:an?|the)\s|"
                      # any participle whose object follows (`on migration and mobility, opening the way for ...`,
                      # `allowing Ghanaian workers`): a field ending in -ing has no article nor name after it (`energy,
                      # mining and tourism`)
                      r",\s+[a-z]{3,}ing\s+(?:(?:the|an?|its|their|up|new)\s|[A-Z])|"
                      # an attribution, its source's acronym in brackets too (`, Qatar News Agency (QNA) reported`,
                      # `, the state arms procurement agency said`)
                      r",\s+(?:the\s+)?(?:(?:\(?[A-Z][\w.’'-]*\)?|of|for|and|the)\s+){0,7}(?:[a-z]+\s+){0,4}"
                      r"(?:said|says|told|added|announced|reported|noted)\b|"
                      # the clause's verb after the list (`including an MoU on X, are expected to be signed`)
                      r",\s+(?:are|is|were|was|have|has|had|could|should|may|might|must|can)\b|"
                      r"\s+(?:are|is|were|was)\s+(?:expected|set|due|scheduled|slated|likely|planned|being|also|still)\b|"
                      r"\s+(?:has|have|had)\s+(?:been|not|yet)\b|"
                      # what is said of it (`Our agreement on social security is a practical step`), or that it holds
                      # (`an agreement on the avoidance of double taxation in force since 2007`)
                      r"\s+(?:are|is|were|was)\s+(?:an?|the)\s|\s+in\s+(?:force|effect)\b|"
                      # or that it took effect (`on the promotion and protection of investments entered into force`)
                      r"\s+(?:entered|enters|came|comes|took|takes)\s+(?:into\s+)?(?:force|effect)\b|"
                      # who saw it signed: `on social security in the presence of the two presidents`
                      r"\s+in\s+the\s+presence\s+of\b|"
                      # the gathering it was signed at: `an MoU on energy on the sidelines of the summit`
                      r"\s+(?:on|at)\s+the\s+(?:sidelines|margins?)\s+of\b|"
                      # when it is to be signed (`on digital trade when the minister visits Lima`)
                      r"\b(?:aimed|which|that|to\s+\w+|as\s+well|with|during|at|while|when|signed|between|since|from|"
                      r"said|says|told|according|after|before|under|worth|valued|by|agreed|pledged|vowed|will|would|"
                      # the talks it came after (`on the partnership following their talks`), not a field
                      r"following\s+(?:the|their|its|his|her|an?|talks)|"
                      r"initial(?:l?ed)|"
                      r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b|\s+in\s+(?=[A-Z])|"
                      # when it is to be signed (`a joint investment fund in the near future`)
                      r"\s+in\s+the\s+(?:near|foreseeable|coming)\s+(?:future|days|weeks|months)\b|\s+soon\b|"
                      # what it is for, counted (`research and development for two Scorpene submarines`)
                      r"\s+for\s+(?:the\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens?)\s|"
                      # the years a programme runs (`cultural cooperation for the years 2021-2023`)
                      r"\s+(?:for|from)\s+(?:the\s+(?:period|years?)\s+)?(?:19|20)\d{2}\s*(?:[-–/]|to)\s*\d{2,4}\b|"
                      r"\s+for\s+the\s+(?:19|20)\d{2}\s*[-–/]\s*\d{2,4}\s+(?:period|years?)\b|"
                      # or written bare after the field (`a roadmap for strategic partnership 2025-2030`)
                      r"\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\b|"
                      # or after `covering` (`for their strategic partnership covering 2025 to 2030`)
                      r"\s+covering\s+(?:the\s+(?:period|years?)\s+)?(?:19|20)\d{2}\b)")
# A comma opening a phrase of circumstance, which ends a list of fields: after the list's last item (`media and
# disaster management, in conjunction with the visit`, `..., on the sidelines of`) or as a compound preposition
# (`, in line with`, `, as part of`).
CIRCUMSTANCE = re.compile(r"\band\s+[^,]+?(?P<cut>,\s+(?:in|as|on|at|during|under|amid|along|for|after|following)\s)|"
                          r"(?P<compound>,\s+(?:in|as|by)\s+[a-z]+\s+(?:with|of|to)\s)")
# A general word before `between`, whose item is the bodies it joins: `on tourism and on cooperation between their
# foreign service academies` -> `cooperation between their foreign service academies` (not `cooperation`), while `a
# currency swap between their central banks` is `currency swap`; bodies joined with `and` still end the list.
GENERAL_BETWEEN = re.compile(r"\b(?:cooperation|collaboration|exchanges?|partnership)\s+$", re.I)
# The comma or `and` before a further item of a list of works, each named by what is done (`the extension of the rail
# line from Kenitra to Marrakech, the development of green hydrogen and the training of technicians`): each item ends
# a list of its own, as the first one opens with such a work (WORK_ITEM_START); three at least, since one instrument's
# two (`for the elimination of double taxation ... and the prevention of tax evasion`) may be a single field.
WORK_ITEM = re.compile(r"(?:,\s+(?:and\s+)?|,?\s+and\s+)(?=the\s+[a-z]+(?:tion|sion|ment|ing)\s+of\s)")
WORK_ITEM_START = re.compile(r"\s*(?:the\s+)?[a-z]+(?:tion|sion|ment|ing)\s+of\s")
# The title of a framework a general word's item is under: `cooperation under the Belt and Road Initiative` (one
# field, not `cooperation`).
UNDER_TITLE = re.compile(r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|on|&)\s+)?[A-Z][\w’'-]*)+")
# The `and` before a further item of `one on X and another on Y`: each item ends a list of its own.
ANOTHER_ITEM = re.compile(r",?\s+and\s+(?=another\s+(?:on|in|for)\s)")
EMPTY_PARENTHESES = re.compile(r"\(\s*\)")
# An amount qualifying a noun, after its article (`a $5 billion loan`), and its conversion right after it.
ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$", re.I)
EQUIVALENT_AFTER = re.compile(r"\s*\(\s*")
# The acronym defined right after an instrument: `Free Trade Agreement (MTFTA)`.
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>" + ACRONYM + r")\)")
# Words of time left before a date phrase cut off a list: `a zone later [this year]`.
TIME_ADVERB_TAIL = re.compile(r"(?:(?:^|\s+)(?:later|earlier|early|late|next|last|by|in|on|during|within|for|from|until|"
                              r"through))+\s*$", re.I)
# What opens an item of a list of fields: `the`, `on`, and `another on` of `one on energy and another on tourism`.
# `and on the X`; a share of what is bought (`the first six of 42 Rafale jets`): the field is what is bought.
ITEM_LEAD = re.compile(r"^(?:(?:another|one)\s+(?:on|in|for)\s+|(?:the|an?|and|on|in)\s+|"
                       # the pair's own, before two words or more (`their strategic partnership`; not `its development`)
                       r"(?:their|its)\s+(?=[\w-]+\s+[\w-])|"
                       rf"(?:first|last|remaining|initial|next)\s+(?:\d+|{NUMBER_WORD_PATTERN})\s+of\s+)+")
# The verb the instrument is the subject of, after its field: `a second contract for six more Rafales was signed`.
PASSIVE_TAIL = re.compile(r"\s+(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b.*$", re.S)
# Whom a visa waiver is for, which lists passports and no fields: `the mutual exemption of visa requirements for
# holders of diplomatic, special and service passports` is one field, as is `visa waiver for diplomatic passport holders`.
PASSPORT_HOLDERS = re.compile(r"\s+for\s+(?:the\s+)?(?:holders\s+of\s+(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,6}?passports|"
                              r"(?:[\w-]+,?\s+(?:(?:and|or)\s+)?){0,6}?passport\s+holders)\b")
# The term an instrument runs for, after its field: `renewed the MoU on culture for another five years`; or all the
# item, which is then no field (`renewed their power purchase agreement for another ten years`).
TERM_TAIL = re.compile(rf"(?:^|\s+for\s+)(?:another|a\s+further|an\s+additional|a\s+period\s+of|the\s+next\s+)?\s*"
                       rf"(?:\d+|{NUMBER_WORD_PATTERN})\s+(?:more\s+)?(?:years?|months?)$", re.I)
# A field written in quotation marks: `a memorandum on the "Blue Economy"`.
QUOTED = re.compile(r"^[\"“‘'](?P<text>[^\"“”‘’']+)[\"”’']$")
LIST_INTRO = re.compile(r"\b(?:(?:on|of)\s+cooperation\s+in|cooperation\s+in|in\s+the\s+(?:fields?|areas?|sectors?)\s+of|"
                        r"related\s+to|covering|spanning|in(?!\s+the\s+presence\s+of\b)|on(?!\s+the\s+(?:sidelines|margins?)\s+of\b)|for)\s+"
                        r"(?P<list>[^.;:]+(?:\.(?=\s?\d)[^.;:]*)*)", re.I)  # `on Dec. 22`
# A town or a time told after `in the` where a field may stand: `signed in the Argentine city of San Juan`, `in the
# capital`, `to sign it in the first half of 2025`, `in the coming months`: the place or the date, no field.
PLACE_OR_PERIOD = re.compile(r"the\s+(?:(?:[A-Z][\w’'-]*|port|coastal|border|northern|southern|eastern|western)"
                             r"\s+){0,2}"
                             r"(?:city|town|capital|port|village|province|region|island)"
                             r"(?:\s+of\s+[A-Z]|(?=\s*(?:[,;.]|$|\s+(?:on|in|of|at)\s)))|"
                             r"the\s+(?:first|second|third|fourth|last|final|latter|early|coming|next|past|same)\s+"
                             r"(?:half|quarter|part|months?|weeks?|days?|years?|period)\b")
# The way an instrument was signed, told after `in` where a field may stand: `signed in a virtual ceremony`, `in an
# online signing`: no field.
CEREMONY_MANNER = re.compile(r"(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:ceremony|ceremonies|signing|event|format|"
                             r"video\s*conference|videoconference|video\s+link)\b")
COMPOUNDS = ("information and communication", "research and development", "science and technology",
             "oil and gas", "trade and industry", "arts and culture", "small and medium", "trade and investment",
             "economic and technical",
             # fixed phrases whose halves name no field alone: `maritime search and rescue coordination` is one
             "search and rescue", "monitoring and evaluation", "repair and overhaul", "mergers and acquisitions")
# Each compound, its pattern, and the compound with its `and` protected from splitting the list.
COMPOUNDS_KEPT = [(compound, re.compile(re.escape(compound), re.I), compound.replace(" and ", f" _AND{i}_ "))
                  for i, compound in enumerate(COMPOUNDS)]
# A word that only qualifies the noun after it, joined to another by `and`: `scientific and technological
# cooperation`, `economic and trade cooperation` are one field, unlike `trade and investment` listed as two.
# `holders of diplomatic and official passports`; any two words of people or things exchanged: `student and
# staff exchange`, `teacher and researcher mobility`; and two words of what is carried or sought before the one
# activity they share, `passenger and cargo shipping`, `freight and passenger transport` (a word that is a field of
# its own does not share it: `tourism and air transport` are two).
# (All branches open where the text does or after a space: that is tested first, once.)
JOINED_QUALIFIER = re.compile(r"(?:^|(?<=\s)(?:(?<=,\s)|(?<=\bthe\s)|(?<=\bof\s)|(?<=\bin\s)))"
                              r"(?:(?P<word>[a-z]+(?:ic|al|ive|ous|ary)|small|medium|large|civil)"
                              r"\s+and(?=\s+[\w-]+\s+[a-z])|"
                              r"(?P<shared>[a-z]+)\s+and(?=\s+[a-z]+\s+(?:exchanges?|mobility)\b)|"
                              r"(?P<carried>(?!(?:trade|health|energy|defen[cs]e|security|finance|water|science|culture|"
                              r"customs|labou?r|sports?|youth|media|tax|air|sea|road|rail)\s)"
                              r"[a-z]+(?<!ism)(?<!tion)(?<!sion)(?<!ment)(?<!ure)(?<!ity)(?<!ance)(?<!ence)(?<!ing)"
                              r"(?<!gy)(?<!ry)(?<!cy)(?<!ics))\s+and(?=\s+[a-z]+\s+(?:shipping|transport(?:ation)?|"
                              r"traffic|flights|exploration|logistics)\b))")
# Two nouns joined by `and` that are the whole list, before the word of cooperation or industry they share: `gem and
# jewellery cooperation`, `agriculture and fisheries cooperation` are one field; not `trade and economic cooperation`,
# whose adjective's field stands alone, nor `tourism and on cooperation between their academies`, two items.
SHARED_HEAD = re.compile(r"^(?P<word>[a-z]+)\s+and(?=\s+(?!(?:on|in|for|of|to|the|an?|other|their|its)\s)"
                         r"[a-z]+(?<!ic)(?<!al)(?<!ive)(?<!ous)(?<!ary)\s+"
                         r"(?:cooperation|collaboration|industry|industries|sectors?)[\s,]*$)")
# Two proper names joined by `and` before the one plural noun they share, one field: `the joint management of the
# Chu and Talas rivers`, `the Amu Darya and Syr Darya basins` (not `Trade and Tourism sectors`, two fields).
NAMES_SHARING_NOUN = re.compile(r"(?P<name>\b[A-Z][\w’'-]*)\s+and(?=\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s+"
                                r"(?!(?:sectors|fields|areas|matters|affairs|domains)\b)[a-z]+(?<![siu])s\b)")
# Capitalised words joined by `and` before the head noun of one title they share, one field: `the Belt and Road
# Initiative`, `the Trade and Investment Framework` (not `Trade and Tourism`, two fields).
TITLE_SHARING_HEAD = re.compile(r"(?P<name>\b[A-Z][\w’'-]*)\s+and(?=\s+(?:[A-Z][\w’'-]*\s+){1,2}"
                                r"(?:Initiative|Corridor|Program(?:me)?|Strategy|Plan|Fund|Forum|Framework|Zone|"
                                r"Project|Vision)\b)")
# An action noun opening the list, joined by `and` to another that has its complement, which both share: `the
# promotion and reciprocal protection of investments`, `the mutual promotion and protection of investments` are one.
SHARED_COMPLEMENT = re.compile(r"^(?P<word>(?:(?:mutual|reciprocal|joint)\s+)?[a-z]+(?:tion|ment|ance|ence|sion))"
                               r"\s+and(?=\s+(?:[a-z-]+\s+){0,2}?[a-z]+\s+of\s)")
# Words of a council's name that say what kind of body it is (`Joint Permanent Commission`), not its field.
COUNCIL_WORDS = {"high", "level", "council", "councils", "commission", "commissions", "committee", "committees",
                 "meeting", "the", "joint", "bilateral", "binational", "permanent", "standing", "supreme",
                 "intergovernmental", "interstate", "executive", "steering", "for", "working", "group", "groups",
                 "task", "force", "forces"}
# What every council is for, which names no field of its own: `Joint Commission for Bilateral Cooperation`.
COUNCIL_PURPOSE = re.compile(r"\s+(?:for|on|of)\s+(?:Bilateral\s+)?(?:Cooperation|Relations)$")
NOT_DOMAINS = {"place", "force", "effect", "the day", "day", "principle", "total", "particular", "addition", "all"}
# What opens a list of fields and names none: `the areas of`, `such as`, and what every field is (`areas of mutual
# interest, including energy and mining`; `in areas of mutual interest, including:` before a list one a line).
MUTUAL = (r"(?:(?:areas?|fields?|sectors?|domains?|issues|matters)\s+of\s+)?(?:mutual|common|shared)\s+"
          r"(?:interests?|concerns?|benefits?)\b")
LIST_LEAD = re.compile(r"^(?:(?:various|several|many|key|the)\s+)?"
                       rf"(?:{MUTUAL},?\s*|"
                       r"(?:areas|fields|sectors|domains)\s+(?:of\s+)?|(?:area|field|sector|domain)\s+of\s+)?"
                       r"(?:(?:including|such\s+as|like|ranging\s+from|such\s+(?:areas|fields|sectors)\s+as)(?:\s+|$))?",
                       re.I)
# An instrument that is to be reviewed or changed, which exists: `agreed to review their trade in goods agreement`.
REVISED = re.compile(r"\b(?:review(?:ing|ed)?|upgrad(?:e|ing|ed)|amend(?:ing|ed)?|updat(?:e|ing|ed)|"
                     r"moderni[sz](?:e|ing|ed))\s+"
                     r"(?:the|their|its)\s+(?:[\w’'–-]+\s+){0,6}$", re.I)
# The parties a titled instrument is named for: `the ASEAN-India Trade in Goods Agreement`, `the EU-Vietnam FTA`.
NAMED_PARTIES = re.compile(r"\b(?P<a>[A-Z][\w’'.]*)[-–](?P<b>[A-Z][\w’'.]*)\s+$")
# A visit or meeting named, and one referred to again: `during the visit` is the one named before.
# (a meeting may be told `held`: `the two ministers held the first X Dialogue in Cusco`)
VISIT_OR_MEETING = re.compile(r"\b(?:visit(?:s|ed|ing)?|meeting|met|delegation|held)\b")
# The sentences that may tell a meeting `during the session`, `during the JMC` point back to, besides a visit's.
SESSION_CUES = ("ession", "ummit", "ommission", "ommittee", "ouncil")
# The years an instrument runs for, right after it: `a joint action plan for 2025-2027`, `a programme for the
# 2024-2026 period`.
PERIOD_AFTER = re.compile(r"\s+(?:for|from)\s+(?:the\s+(?:period|years?)\s+)?(?:19|20)\d{2}\s*(?:[-–/]|to)\s*\d{2,4}\b"
                          r"|\s+for\s+the\s+(?:19|20)\d{2}\s*[-–/]\s*\d{2,4}\s+(?:period|years?)\b")
# A plan told right after it (and its years) as what it does for cooperation: `the Canada-Mexico Action Plan
# 2025-2028, a roadmap to deepen cooperation on trade and energy`: its fields are those it deepens cooperation on.
PLAN_YEARS = r"(?:\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2})?"
PLAN_DESCRIBED = re.compile(PLAN_YEARS + r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:road[\s-]?map|blueprint|plan|framework)\s+"
                            r"(?:to|for)\s+(?:deepen|strengthen|expand|boost|enhance|broaden|intensify|advance)(?:ing)?\s+"
                            r"(?:(?:bilateral|their|the)\s+)?(?:cooperation|collaboration|ties)\s+(?:on|in|across)\s+"
                            r"(?:the\s+(?:areas?|fields?)\s+of\s+)?(?P<list>[^.;:]+)")
# What joins an exchange of notes to the agreement it comes with: `the exchange of notes and loan agreements`.
NOTES_AND = re.compile(r"\s+and\s+(?:the\s+|an?\s+)?(?:(?!on\b|for\b|in\b)[\w-]+\s+){0,2}")
# A roadmap told as what a plan is, right after it (`the Joint Action Plan 2025-2028, a roadmap to ...`): the plan
# again, no instrument of its own.
PLAN_AS_ROADMAP = re.compile(PLAN_YEARS + r",\s+an?\s+(?:[\w-]+\s+){0,2}$")
# A titled plan of the pair launched, right before its title: `launched the Canada-Mexico Action Plan`, `launched
# their Joint Action Plan` (not `launched work on an action plan`): adopted.
LAUNCHED_PLAN = re.compile(r"\blaunched\s+(?:the|their|a\s+new)\s+(?:[A-Z][\w’'.]*(?:\s*[-–]\s*[A-Z][\w’'.]*)*\s+){0,3}$")
# A field that only points back (`a mid-term action plan for its development`): it names none.
PRONOUN_FIELD = re.compile(r"(?:its|their|his|her|this|that)\s+\w+$", re.I)
# The pair as the owner of what a field names, which says nothing of the field: `the interconnection of the two
# countries' electricity grids`.
PAIR_POSSESSIVE = re.compile(r"\b(?:the\s+two|both)\s+(?:countries|nations|sides)[’']\s*")
# A list of only some of the fields: a count of instruments does not say which of its items are whole.
PARTIAL_LIST = re.compile(r"\b(?:including|such\s+(?:(?:areas|fields|sectors)\s+)?as|like|ranging\s+from|"
                          r"among\s+(?:them|others?))\b", re.I)
AND_WORD = re.compile(r"\band\b")
# The number of instruments a sentence states, right before them: `signed five (cooperation) agreements`; not that of
# who signs them (`The two governments signed memorandums ...`: the signing verb stands between).
STATED_COUNT = re.compile(rf"(?:^|\s)(?P<count>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+"
                          rf"(?:(?!and\b|signed\b|inked\b|exchanged\b|sealed\b|concluded\b)[a-z-]+\s+){{0,2}}$", re.I)
# A council still to be set up: `agreed to establish a joint committee` (the look-ahead for its words' first letters
# spares trying each of them at most places).
PLANNED_COUNCIL = re.compile(r"\b(?=[awpt])(agreed\s+(?:[\w-]+\s+){0,3}?to\s+(?:establish|set\s+up|form|create|launch)|"
                             r"will\s+(?:establish|set\s+up)|"
                             r"plan(?:s|ned)?\s+to\s+(?:establish|set\s+up)|to\s+be\s+(?:established|set\s+up))\b", re.I)
NOT_A_FIELD = re.compile(r"\b(Ministers?|Presidents?|Prime|Ambassador|CEO|Secretary|Chairman|Governor|King|Sultan|"
                         r"Datuk|Tan\s+Sri|Dr|presence\s+of)\b")  # `signed in the presence of the ministers`
NOT_MODIFIERS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "new", "two", "three",
    "four", "five", "six", "seven", "eight", "nine", "ten", "several", "various", "bilateral", "landmark",
    "historic", "separate", "first", "second", "existing", "pending", "upcoming", "following", "previous",
    "earlier", "current", "major", "key", "and", "or", "of", "on", "to", "with", "for", "by", "in", "at",
    "as", "also", "both", "all", "other", "more", "further", "one", "such", "formal", "final", "draft",
    "sign", "signs", "signing", "ink", "inking", "is", "was", "were", "are", "be", "been", "has", "have", "had",
    "will", "would", "under", "into", "from", "strategic", "comprehensive", "similar", "billion", "million",
    "trillion", "bn", "mn",
    # the currency of an amount before it: `a 50 million euro agreement` is on no field `euro`
    "euro", "euros", "dollar", "dollars", "yuan", "yen", "pound", "pounds", "rupee", "rupees", "ringgit", "riyal",
    "riyals", "dirham", "dirhams", "lira", "rand", "peso", "pesos", "franc", "francs", "naira", "shilling", "shillings",
    "mid-term", "medium-term", "long-term", "short-term", "five-year", "annual",
    "intergovernmental", "inter-governmental", "executive", "implementing", "follow-on", "potential", "possible",
    # a count's words: `signed more than five documents`, `over 20 agreements`
    "than", "over", "about", "some", "nearly", "around", "almost", "least",
    # who sign it, not what it is on: `a government-to-government agreement for the import of LNG`
    "government-to-government", "state-to-state", "business-to-business", "company-to-company", "g2g", "b2b"})
# Between an instrument and the one before it it follows: `The Rafale agreement follows a defence cooperation
# agreement`, `The deal, which follows an MoU on`.
FOLLOWS = re.compile(r"(?:,\s+which)?\s+(?:follows?|followed|comes?\s+after|came\s+after)\s+(?:an?|the|their)\s+"
                     r"(?:[\w-]+\s+){0,4}")
# Between two instruments of one sentence: the second is signed with the first (`X and an agreement on Y`); the
# last `and` before it (`an agreement on economic and technical cooperation and MoUs on Y`). The second's date may
# stand right after `and` (`signed an investment protocol in 2004 and in November 2009 a trade protocol`).
COORDINATED = re.compile(r"(?:[,;]|\band|\bas\s+well\s+as)\s+"
                         r"(?:(?:in|on)\s+(?:(?:[A-Z][a-z]+|\d{1,2}(?:st|nd|rd|th)?),?\s+){0,2}(?:19|20)\d{2},?\s+)?"
                         r"(?:(?:an?|the|another|one|two|three|four|five)\s+)?(?:(?!and\s)[\w-]+\s+){0,3}$")
# A comma closing a clause set off after an instrument, before the verb it is the subject of (`The revised agreement,
# signed in Seoul in 2024, replaces the 1996 treaty`): no list of instruments, unless `and` goes on with one.
CLAUSE_CLOSED = re.compile(r",\s+(?:(?:which|that)\s+(?:was|were|is|has|had)\s+|first\s+|originally\s+|initially\s+)?"
                           r"(?:signed|inked|sealed|concluded|ratified|agreed)\b[^;,]*(?:,[^;,]*)?,\s+"
                           r"(?!(?:and|or|as\s+well\s+as)\b)")
PLACE = re.compile(at_word_start("in", "at")
                   + rf"\s+(?P<p>[A-Z][a-zçğıöşü]+(?:{PLACE_JOIN}[A-Z][a-zçğıöşü]+){{0,2}})\b(?![’'])")
# The months of the Hijri calendar, whose dates Gulf and Malaysian publishers give: `in Rajab 1445 AH`.
HIJRI_MONTHS = frozenset({"muharram", "safar", "rabi", "rabiul", "rabiulawal", "rabiulakhir", "jumada", "jamadil",
                          "jumadil", "rajab", "shaban", "syaaban", "ramadan", "ramadhan",
                          "shawwal", "syawal", "dhu", "dhul", "zulkaedah", "zulhijjah", "zulkaidah"})
# A year of another era right after a word: `Baisakh 2081 BS`, `Farvardin 1402 SH`, `Rajab 1445 AH`.
ERA_YEAR_AFTER = re.compile(r"\s+\d{3,4}\s*(?:AH|A\.H\.|H|BS|B\.S\.|SH|S\.H\.|AP|BE|B\.E\.)\b")
# Words of a building, which is a venue in a city and not the city: `at Qasr Al Watan`, `at Hyderabad House`.
VENUE_WORDS = frozenset({"palace", "qasr", "house", "hall", "hotel", "centre", "center", "building", "complex",
                         "residence", "mansion", "castle", "villa", "pavilion", "auditorium", "saray", "sarayi",
                         "istana", "headquarters", "stadium", "arena", "museum"})
# The body an instrument is of, which names it: `the protocol of the (7th) Joint Economic Commission`.
OF_BODY = re.compile(r"\s+of\s+the\s+(?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w’'-]*\s+){0,5}[A-Z][\w’'-]*")
# The meeting an instrument is the record of, which makes it one of its own, not one told before: `signed the
# protocol of the meeting`, `the minutes of the 9th session`.
OF_MEETING = re.compile(r"\s+of\s+(?:the|this|that|their|its)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|talks)\b")
# A protocol that is a signed text, after its determiner (`signed the protocol of`, `a trade protocol`), not
# etiquette (`in line with diplomatic protocol`, `a breach of protocol`, `according to the protocol`).
PROTOCOL_TEXT = re.compile(r"(?<!according\sto\s)(?<!line\swith\s)(?<!accordance\swith\s)(?<!as\sper\s)"
                           r"\b(?:an?|the|this|its|their|\d+|two|three|four|five)\s+(?:(?!of\b)[\w-]+\s+){0,3}$", re.I)
ANAPHOR = re.compile(r"\b(?:the|this|that|these|those|such)\s+$", re.I)
# An instrument named before, in a new version: `The expanded agreement is expected to be signed in 2025`.
REVISION_WORDS = ("expanded", "upgraded", "amended", "revised", "updated", "enhanced")
REVISED_ANAPHOR = re.compile(rf"\b(?P<article>the|this|that|an?)\s+(?P<how>{'|'.join(REVISION_WORDS)})\s+$", re.I)
# Talks to make a new version of the instrument named again after them: `negotiations to upgrade the accord`, `talks on
# upgrading the FTA`, `negotiations on the expansion of their agreement`: that version is planned.
REVISION_TALKS = re.compile(r"\b(?:negotiations?|talks|discussions)\s+(?:to|on|for|over|towards)\s+(?:the\s+)?"
                            r"(?P<verb>upgrad|expan[ds]|updat|amend|revis)\w*\s+(?:of\s+)?(?P<article>the|their|its)\s+"
                            r"(?:bilateral\s+|existing\s+)?$", re.I)
REVISION_OF_VERB = {"upgrad": "upgraded", "expand": "expanded", "expans": "expanded", "updat": "updated",
                    "amend": "amended", "revis": "revised"}
# A date right after a verb of signing, which is the signing's: `signed on 17 April 2014 and in force since 2015`.
SIGNING_DATE = re.compile(r"\b(?:signed|inked|sealed|concluded)\s+(?:on\s+|in\s+)?$", re.I)
# Words that make a bare year an instrument's date: `signed in 2018`, `set up in 2022`.
YEAR_DATE_WORDS = frozenset({"signed", "renewed", "force", "effect", "established", "since", "set", "formed", "founded",
                             "created", "launched", "inked", "concluded", "under"})
# An instrument of a year that something runs under, which is in force since then: `has been operating since 2011
# under a 2008 agreement on power interconnection` (the year, right after the article, is the instrument's).
UNDER_YEAR = re.compile(r"\bunder\s+(?:an?|the|their|its)\s+(?=(?:19|20)\d{2}\s+(?:[\w-]+\s+){0,2}$)", re.I)
CLAUSE_END = re.compile(at_word_start("and") + r"\s+(?:agreed|pledged|vowed|said|will|plan(?:s|ned)?|that)\b|;|"
                        r",\s+(?:while|but|which)\b")
COUNCIL_MET = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:met|meets|held|holds|convened)\b|"
                         r"(?:\s+(?:for|on|of)(?:\s+[A-Z][\w-]*)+)?,?\s+which\s+(?:last\s+|first\s+)?"
                         r"(?:met|meets|convened|held\s+its)\b|"
                         r",?\s+whose\s+(?:first\s+|inaugural\s+)?(?:meeting|session)\s+(?:was\s+)?(?:held|convened)\b")
# A council's first meeting, whose place is where it was set up: `, which held its first meeting in Santiago`.
FIRST_MEETING = re.compile(r"\b(?:first|inaugural)\b")
# A year that ends a name is no date: `the Vision 2030 Business Forum`, `Expo 2020` (not `In 2023, ...`).
NAMED_YEAR = re.compile(r"\b(?!(?:In|On|By|Since|From|Until|During|Before|After|Through|Of)\s)[A-Z][\w-]*\s+$")
# A relative clause between the words of a status and a date, a clause of its own or a visit to come: the date is
# of something else (`the signing of a defence agreement, which was first announced in March last year`, `renewed an
# MoU, while a protocol signed in 2015 was ended`, `signed an
# MoU, and that the president was expected to visit X in November`).
OTHER_CLAUSE = re.compile(r",\s+(?:which|that|who|while|whereas)\b|"
                          # what the instrument binds a side to do (`, under which Korea will lend X from 2024 to 2028`)
                          r",\s+(?:under|by|through)\s+which\b|"
                          # a clause of another instrument's first signing (`and renewed an MoU first signed in 2003`)
                          r",?\s+(?:first|originally|initially)\s+(?:signed|inked|concluded)\b|"
                          r"\bwhich\s+(?:was|were|had)\b|,\s+and\s+that\b|"
                          r"\b(?:expected|set|due|scheduled|plans?|planning)\s+to\s+(?:\w+\s+)?"
                          r"(?:visit|travel|meet|hold)\b|"
                          r"\bwill\s+(?:\w+\s+)?(?:visit|travel|meet|hold)\b")
# The same instrument described again, or part of it: `a contract for 48 jets, the largest export deal in its
# history`, `31 cooperation documents, including 14 memoranda`.
APPOSITION = re.compile(r",\s+(?:the|including|among\s+them)\s+"
                        r"(?:(?!(?:signed|inked|sealed|exchanged|concluded|adopted)\s)[\w-]+\s+){0,3}$")
# An instrument an umbrella names among its own, right after it: `signed five agreements on Monday, including an MoU
# on X` (not one a long clause later: `seven documents during his visit to Phnom Penh, including a treaty`).
INCLUDED = re.compile(rf"(?:(?:\s+[^,;()]{{1,30}}?)?(?:,\s+(?:in|on)\s+{MUTUAL})?,\s+including|(?:\s+[^,;():]{{1,40}}?)?:)\s+"
                      r"(?:(?:an?|one|two|three|four|five|\d+)\s+)?(?:(?!and\s)[\w-]+\s+){0,2}")
# The field an included instrument names for itself: `an MoU on halal certification`.
OWN_FIELD = re.compile(r"\s+(?:on|for|in\s+the\s+(?:fields?|areas?)\s+of|concerning|regarding)\s+(?![A-Z])")
# An instrument still being negotiated: `began talks on a pact to share military information` (not one
# negotiations are to change: `negotiations to expand their free trade agreement`).
NEGOTIATED = re.compile(r"\b(?:talks|negotiations?|negotiating|discussions?|to\s+negotiate)\s+(?:on|for|over|towards?)?\s*"
                        r"(?:an?|the|their|its)?\s*(?:(?!to\b)[\w-]+\s+){0,3}$", re.I)
# The instrument another amends, right after it: `a protocol amending the 2007 Agreement`, `amending their air
# services agreement`.
AMENDING = re.compile(r"\s+(?:amending|to\s+amend|which\s+amends|that\s+amends)\s+(?:the\s+|their\s+|its\s+|an?\s+)?"
                      r"(?:(?:19|20)\d{2}\s+)?(?:(?!and\s)[\w’'-]+\s+){0,3}?(?=(?i:agreement|treaty|convention|accord))")
# An instrument that another is about: `a protocol expanding their preferential trade agreement`, `an agreement on
# the implementation of the Erasmus scholarship programme`.
ABOUT = re.compile(r"\s+(?:on|to\s+(?:expand|amend|update|upgrade|extend|review)|expanding|amending|updating|upgrading|"
                   r"extending|reviewing)\s+(?:the\s+|their\s+|its\s+|an?\s+)?"
                   r"(?:[a-z]+(?:tion|ment|ance|ence)\s+of\s+(?:the\s+|their\s+|its\s+)?)?(?:(?!and\s)[\w’'-]+\s+){0,3}")
# An instrument the words before make an aim: `a transitional step towards a Comprehensive Economic Partnership
# Agreement`, `work toward an FTA` (planned, whatever else the sentence signs).
TOWARDS = re.compile(r"\btowards?\s+(?:an?\s+|the\s+|their\s+|a\s+future\s+)?(?:[\w-]+\s+){0,1}$", re.I)
# What an instrument does to its field, told by a participle right after it: `an agreement abolishing visa
# requirements`, `an accord eliminating double taxation` (not one about another instrument: `amending the treaty`); and
# a thing it sets up, new to the story and in lower case: `an agreement establishing a joint investment fund` (a body
# named in capitals is read as the one founded).
ACTION_FIELD = re.compile(r"\s+(?P<list>(?:(?:abolish|eliminat|avoid|waiv|lift|eas|exempt|simplify|protect|prevent|"
                          r"recognis|recogniz|regulat|facilitat)ing\s+(?!the\s+(?:two|agreement|treaty)\b)|"
                          r"(?:establish|creat)ing\s+(?=an?\s+[a-z])|"
                          # the trade it opens (`a protocol allowing exports of soybean meal`), not whom it lets do
                          # what (`allowing workers to transfer pensions`)
                          r"(?:allow|permitt|enabl)ing\s+(?=(?:the\s+)?(?:exports?|imports?|shipments?|sales?)\s+of\s))"
                          r"[a-z][^.;:]*)")
# An instrument that turns debt into something else, right after it: `an agreement to convert part of Morocco's debt
# into investment projects`, `a programme for the conversion of debt`: its field is the debt's conversion.
DEBT_CONVERTED = re.compile(r"\s+(?:to\s+(?:convert|swap)|for\s+(?:the\s+)?(?:conversion|swap)\s+of|"
                            r"converting|swapping)\s+"
                            r"[^.;:,]{0,40}?\bdebts?\b")
# The same aim in the infinitive, the field after the verb: `an agreement to avoid double taxation` (not what every
# instrument is for: `to strengthen cooperation`).
AIM_FIELD = re.compile(r"\s+to\s+(?:(?:abolish|eliminate|avoid|waive|lift|ease|exempt|simplify|protect|prevent|"
                       r"recognise|recognize|regulate|facilitate)\s+(?!the\s+(?:two|agreement|treaty)\b))"
                       r"(?P<list>[a-z][^.;:,]*)")
# The sectors a promotion the instrument is for aims at, right after it: `an MoU to promote Japanese investment in
# renewable energy and agribusiness` -> `renewable energy`, `agribusiness` (not a place: `trade in Lima`).
PROMOTED_IN = re.compile(r"\s+to\s+(?:promote|attract|boost|encourage|facilitate|increase|expand|support)\s+"
                         r"(?:(?:[A-Z][\w’'-]*|two-way|bilateral|mutual|foreign|private|direct|reciprocal)\s+){0,2}"
                         r"(?:investments?|trade|cooperation|exports|imports|business|partnerships?)\s+in\s+"
                         r"(?P<list>(?!the\s+(?:two|both)\b)[a-z][^.;:]*)")
# Where the clause that names who signs an instrument begins: `Chinh met X on Monday, where Vietnam and Thailand
# signed an MoU`.
SIGNERS_START = re.compile(r".*(?:[;:]|,\s+(?:where|when|while|and|but|as)\b|\b(?:after|before|whereas)\b)")
# The two bodies an instrument is between, each with its acronym: `a cooperation agreement between the Vietnam Chamber
# of Commerce and Industry (VCCI) and the Foreign Economic Relations Board of Türkiye (DEIK)`, after its field.
BETWEEN_BODIES = re.compile(r"(?:\s+(?:on|in|for|of)\s+[^,;()]{1,60}?)?\s+between\s+"
                            r"(?:the\s+)?(?P<a>[A-Z][^(),;]{2,80}?)\s+\([A-Z][\w-]{1,12}\)\s+and\s+"
                            r"(?:the\s+)?(?P<b>[A-Z][^(),;]{2,80}?)\s+\([A-Z][\w-]{1,12}\)")
# The bodies an instrument is between, named before its field: `an agreement between the Government of the Republic of
# Estonia and the Government of Georgia on social security`, `between Invest India and Invest in Canada on X`.
BODY_NAME = r"(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|&|in)\s+)?(?:the\s+)?[A-Z][\w’'.-]*){0,8}"
BODIES_BEFORE_FIELD = re.compile(rf"\s+between\s+{BODY_NAME}\s+and\s+{BODY_NAME}"
                                 r"(?=\s+(?:on|for|in\s+the\s+(?:fields?|areas?)\s+of|concerning|regarding)\s)")
# Two bodies an instrument is between, each after words that say what it is: `an MoU between French shipbuilder Naval
# Group and Indonesian state-owned shipbuilder PT PAL`.
DESCRIBED = r"(?:the\s+)?(?:[A-Z]\w*[’']s\s+)?(?:[A-Z][a-z]+\s+)?(?:(?!(?:the|of|and|two|both)\b)[a-z][\w-]*\s+){1,3}"
DESCRIBED_BODIES = re.compile(rf"\s+between\s+{DESCRIBED}(?P<a>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\s+and\s+"
                              rf"{DESCRIBED}(?P<b>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){{0,3}})\b")
# Two bodies that sign, each maybe with its acronym or its country's name and what it is: `Universiti Putra Malaysia
# (UPM) and Türkiye's Ankara University signed`, `X and India's state-owned SJVN Limited signed`.
# Their names may join words with `of` or `and` (`the University of Latvia and Osaka University on Tuesday signed`,
# `The Latvian Chamber of Commerce and Industry (LTRK) and the Japan External Trade Organization (JETRO) signed`).
# A ministry or government that signs for its country: the instrument is the pair's.
STATE_BODY = re.compile(r"\b(?:Ministry|Government|Armed\s+Forces)\b")
SIGNING_BODIES = re.compile(r"(?P<a>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w’'-]*){0,5})"
                            r"(?:\s*\([A-Z][\w-]{1,12}\))?\s+and\s+(?:the\s+)?"
                            r"(?:[A-Z]\w*[’']s\s+)?(?:(?!(?:the|also|its|their)\b)[a-z][\w-]*\s+){0,2}"
                            r"(?P<b>[A-Z][\w’'-]*(?:\s+(?:(?:of|for)\s+)?[A-Z][\w’'-]*){0,5})(?:\s*\([A-Z][\w-]{1,12}\))?"
                            r"(?:\s+\w+){0,2}?\s+(?:signed|inked|exchanged|renewed)\b")
# A council an instrument sets up, right after it (`signed an agreement establishing a High-Level Strategic Cooperation
# Council`, `a protocol on the establishment of the Joint Commission`): both are entries, the instrument signed.
SETS_UP = re.compile(r"\s+(?:(?:on|for)\s+(?:the\s+)?establishment\s+of\s+|establish(?:ing|es)\s+|"
                     r"to\s+(?:establish|set\s+up|create|form)\s+|set(?:ting|s)?\s+up\s+|creat(?:ing|es)\s+)"
                     r"(?:an?\s+|the\s+|their\s+)?")
# Ends a third party's name that is a bloc of several words (`Thailand-Gulf Cooperation Council free trade
# agreement`, `Indonesia–European Free Trade Association CEPA`), before the instrument it names.
BLOC_HEADS = ("Council", "Union", "Community", "Association", "Organisation", "Organization", "Area", "Alliance")
BLOC_PARTIES = re.compile(r"\b(?P<a>[A-Z][\w’'.]*)[-–](?P<b>(?:[A-Z][\w’'.]*\s+){1,4}(?:" + "|".join(BLOC_HEADS)
                          + r"))\s+$")
# A minister's title listing fields, before the bodies a signing seems to have: `Minister of Trade, Industry and
# Energy Kim Jung-kwan signed` has no bodies `Industry` and `Energy Kim Jung-kwan`.
TITLE_LISTED = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*,\s*$")
# Who an instrument is with: `a similar treaty with Vanuatu`, `a contract with a Greek shipping company`.
WITH_PARTY = re.compile(r"\s+with\s+(?:an?\s+|the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}")
# Whom instruments are with, as a list of names, also after their force: `trade agreements in force with the United
# States, Canada, the European Free Trade Association (EFTA) and Korea`: the pair's only when the list names its side.
PARTNER_NAME = r"(?:the\s+|an?\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4}(?:\s*\([A-Z][\w-]{1,12}\))?"
WITH_PARTIES = re.compile(r"(?:\s+(?:already\s+)?in\s+(?:force|place|effect))?\s+with\s+" + PARTNER_NAME
                          + r"(?:(?:,\s+(?:and\s+)?|\s+and\s+)" + PARTNER_NAME + r")*")
# An instrument undated in its sentence signed at the talks of the lede (`Alongside the CEPA, they exchanged 13 MoUs`),
# or a joint text issued or adopted there (`A Joint Statement on Strategic Partnership was issued after the meeting`).
NARRATIVE_CUE = re.compile(r"\b(also|the\s+two\s+leaders|witness|signed|exchanged|inked|sealed|penned|issued|adopted|"
                           r"launched|the\s+same\s+day|agreed\s+(?:on|upon))", re.I)
# Instruments signed in a clause of their own: `X signed a treaty on Y, while the governments signed 14 documents`,
# or negotiated in one: `would sign an agreement on X, and that negotiations on a bilateral investment treaty`, `is
# being upgraded, he said, adding that negotiations on the expanded agreement`; or signed after `and` with a verb of
# their own: `signed a programme for X and witnessed the exchange of agreements on Y`.
SIGNED_APART = re.compile(r"(?:;|,\s+(?:while|and|whereas|adding|saying|noting)\b)[^;]*\b"
                          r"(?:(?:signed|inked|exchanged|initial(?:l?ed))\s+(?:(?:the|an?|their)\s+)?(?:[\w-]+\s+){0,2}|"
                          r"(?:talks|negotiations)\s+(?:on|for|over|towards?)\s+(?:an?\s+|the\s+|their\s+)?"
                          r"(?:[\w-]+\s+){0,3})$|"
                          r"\band\s+(?:also\s+)?(?:witnessed\s+the\s+(?:signing|exchange)\s+of|signed|inked|"
                          r"exchanged|initial(?:l?ed))\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$")
# A signing told after talks or a meeting told before (`Following the talks, X and Y signed`, `On the sidelines of the
# meeting, the two sides exchanged`): it took place on the talks' day.
AFTER_TALKS = re.compile(r"\b(?:(?i:following|after)|(?i:at)\s+the\s+(?:end|close|conclusion)\s+of|"
                         r"(?i:on)\s+the\s+(?:sidelines|margins?)\s+of)\s+(?:the|their|these|those)\s+"
                         r"(?:[\w-]+\s+){0,2}?(?:talks|meetings?|summit)\b")
# One of these words AFTER_TALKS cannot match without (its words in any case stand between a word's bounds).
AFTER_TALKS_NEEDS = frozenset({"following", "after", "end", "close", "conclusion", "sidelines", "margin", "margins"})
# The sentence telling of those talks, a sentence or two before: `the two prime ministers held talks`.
TALKS_HELD = re.compile(at_word_start("talks", "met", "meetings", "meeting", "summit") + r"\b")
TALKS_BACK = 2
# A city someone went to: `had flown to Dhaka`, `travelled to Hanoi`.
FLOWN_TO = re.compile(rf"\b(?:flown|flew|travell?ed)\s+to\s+"
                     rf"(?P<p>[A-Z][a-zçğıöşü]+(?:{PLACE_JOIN}[A-Z][a-zçğıöşü]+){{0,2}})\b")
# An instrument new to the story (`a bilateral investment treaty`, `another accord`), right before it.
NEW_BEFORE = re.compile(r"\b(?:an?|another)\s+(?:(?!and\b)[\w-]+\s+){0,3}$", re.I)
# Its own signing or entry into force, in a clause right after it: `, which was signed in 2024`, `, signed in Rome`,
# `, which entered into force in August`.
OWN_HISTORY = re.compile(r",\s+(?:(?:which|that)\s+(?:(?:was|were|had\s+been|has\s+been)\s+(?:signed|inked|concluded)|"
                         r"(?:entered|came|went)\s+into\s+(?:force|effect))|signed\s+(?:in|on)\s)")
# A body founded under an instrument, right before it (`The Joint Committee was established under the Agreement on
# Economic Cooperation`): the instrument is told too, with its own force.
BODY_FOUNDED_UNDER = re.compile(r"\b(?:established|set\s+up|created|founded|formed)\s+under\s+(?:the|an?|its|their)\s+"
                                r"(?:[\w-]+\s+){0,3}$")
# Instruments signed in a clause before another's: `signed 13 agreements in ..., and agreed to conclude an FTA`.
SIGNED_BEFORE = re.compile(r"\b(?:signed|inked|exchanged|sealed)\s+(?:[\w-]+\s+){0,2}$")
# A partnership is an instrument only when signed as one: `have signed an enhanced trade and investment partnership`
# (not `agreed to upgrade ties to a strategic partnership`).
SIGNED_PARTNERSHIP = re.compile(r"\b(?:signed|inked|sealed)\s+(?:an?\s+|the\s+|their\s+|a\s+new\s+)?"
                                r"(?:[\w-]+\s+){0,5}$", re.I)
# A titled partnership told signed right after its title: `the Strategic Partnership for Cooperation in Defence and
# Security signed by X and Y` is an instrument, not a level of ties.
TITLE_SIGNED = re.compile(r"(?:\s+(?:(?:for|on|of|in|and|&)\s+)?[A-Z][\w’'-]*){0,8},?\s+(?:(?:which|that)\s+(?:was|were)\s+)?"
                          r"(?:signed|inked|sealed|concluded)\b")
# The title of an instrument named in capitals after its kind, all one field: `Partnership for Cooperation in Defence
# and Security`; its words name no place (`in Defence`), nor is a day one (`in Civil Matters on Tuesday`).
TITLE_FIELD = re.compile(rf"\s+(?:for|on|concerning|regarding)\s+(?P<title>{NAME_WORD}"
                         rf"(?:\s+(?:(?:in|of|and|on|for|&)\s+)?{NAME_WORD}){{1,7}})")
# The same after `of`, which names the field only when a word of it is a common noun (`Treaty of Transit`, `Treaty of
# Friendship and Cooperation`), not a town (`the Treaty of Rome`); no `in` nor day in it (`of Transit in La Paz`).
TITLE_OF = re.compile(rf"\s+of\s+(?P<title>{NAME_WORD}(?:\s+(?:(?:of|and|on|for|&)\s+)?{NAME_WORD}){{0,6}}"
                      # a title that lists its words with commas, closed by `and`: `Treaty of Friendship, Good
                      # Neighbourliness and Cooperation`
                      rf"(?:(?:,\s+{NAME_WORD}(?:\s+{NAME_WORD})?){{1,4}},?\s+and\s+{NAME_WORD}(?:\s+{NAME_WORD})?)?)")
COMMON_TITLE = re.compile(r"\b(?!City\b)[A-Z][a-z]+(?:tion|sion|ment|ship|ity|ance|ence|ism|ness)\b|"
                          r"\b(?:Transit|Trade|Peace|Commerce|Transport|Defen[cs]e|Health|Energy|Labou?r|Fisheries|"
                          r"Goods|Services|Matters)\b")
# A partnership that is a level of ties, not an instrument: `signed a comprehensive strategic partnership`.
LEVEL_OF_TIES = re.compile(r"\bstrategic\s+$", re.I)
# The kind of instrument a partnership's title stands before: `signed a Comprehensive Partnership agreement` signed the
# agreement, whose title the partnership is.
KIND_AFTER = re.compile(r"\s+(?i:(?:framework\s+)?(?:agreement|accord|treaty|pact|declaration|deal|arrangement)s?)\b")
# The words of change before an instrument's own capitalised name, which are no part of it: `the newly upgraded
# Comprehensive Strategic Partnership`, `the landmark Defence Cooperation Arrangement`; or a work's (`one on the
# proposed Nigeria-Morocco Gas Pipeline`).
CHANGE_WORDS = (r"(?:(?:newly|recently)\s+)?"
                r"(?:(?:upgraded|enhanced|elevated|expanded|revised|renewed|new|landmark|historic|proposed|"
                r"planned)\s+)+")
CHANGED_NAME = re.compile(rf"^{CHANGE_WORDS}(?=[A-Z])")
# A title after `on`/`for` with its article and words of change: `a Joint Declaration on a Comprehensive Strategic
# Partnership`, `on the newly upgraded Comprehensive Strategic Partnership`, `the Treaty concerning the Reciprocal
# Protection of Investments`.
# The title runs to its end, no lower-case words after it (not `on the Establishment of a ...`).
LED_TITLE = re.compile(rf"\s+(?:for|on|concerning|regarding)\s+"
                       rf"(?:(?:an?|the|their|its)\s+(?:{CHANGE_WORDS})?|{CHANGE_WORDS})"
                       rf"(?P<title>{NAME_WORD}(?:\s+(?:(?:in|of|and|on|for|&)\s+)?{NAME_WORD}){{0,7}})"
                       r"(?![\w’'-]|\s+(?:(?:of|in|on|for|and|&|to)\s|[A-Z]))")
# The words after `in` in a title that make it a field (`Trade in Goods`, `Cooperation in Defence`), not a town.
IN_TITLE = re.compile(r"\s+in\s+(?P<rest>.+)$")
# A title in capitals after words of change only, where a purpose would be read: `to implement the newly upgraded
# [Comprehensive Strategic Partnership]`.
CHANGED_TITLE = re.compile(rf"{CHANGE_WORDS}(?P<title>{NAME_WORD}(?:\s+(?:(?:of|and|on|for|&)\s+)?{NAME_WORD}){{0,6}})")
# The organisation a council is of, right after it: `the Council of Heads of State of the Shanghai Cooperation
# Organization` is a bloc's, not the pair's.
OF_ORGANISATION = re.compile(r"\s+of\s+the\s+[A-Z]")
# Verbs that make a joint statement an instrument, right before it: `adopted a joint statement on Gaza`.
ADOPTED_BEFORE = re.compile(r"\b(?:sign(?:ed|ing)|ink(?:ed|ing)|adopt(?:ed|ing)|endors(?:ed|ing))\s+"
                            r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# Verbs that make a joint communique or declaration one the parties give out, right before it: `issued a joint
# communique` (not a statement: `issued a statement saying` is a press release).
ISSUED_BEFORE = re.compile(r"\b(?:issu(?:ed|ing)|releas(?:ed|ing))\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# The passive of giving out a joint text, after it and its title: `A Joint Declaration on X was issued`, `a joint
# communique was released after the talks`, `A joint statement on Y was adopted`, or its bare participle before when
# or where (`the Joint Declaration adopted on 7 April 2022 in Rabat`).
ISSUED_AFTER = re.compile(r"(?:\s+(?:on|of|between|for)\s+[^,;.:()]{1,80}?)?\s+(?:(?:was|were|has\s+been|have\s+been)\s+"
                          r"(?:also\s+|jointly\s+)?(?P<verb>issued|released|adopted)\b|"
                          r"(?P<bare>issued|adopted)(?=\s+(?:on|in|at)\s))")
# The title of a joint statement on the level of the ties, which makes it the text of their partnership, not a press
# release: `a Joint Statement on Strategic Partnership`, `a joint statement on their comprehensive partnership`.
# So is one on setting up that level: `a Joint Statement on the establishment of the Comprehensive Strategic
# Partnership`.
ON_PARTNERSHIP = re.compile(r"\s+on\s+(?:the\s+(?:establishment|elevation|launch|upgrading)\s+of\s+(?:[\w-]+\s+){0,5}?|"
                            r"(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?)partnership\b", re.I)
# A participle of signing right after an instrument: `the MoU signed in 2020`, `the treaty, which was signed`.
SIGNED_AFTER = re.compile(r",?\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|inked|sealed|concluded)\b")
# The signing told of an instrument named again, right after it: `The contract was signed in Paris`, `the agreement,
# signed in Busan`; its place is the instrument's.
WAS_SIGNED = re.compile(r",?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?(?:signed|inked|sealed)\b")
INTENT_CUES = ("explor", "discuss", "consider", "stud", "look", "float", "moot", "broach", "propose", "suggest", "lobb",
               "campaign", "views", "want", "wish", "seek", "like")
# Verbs of a statement of intent right before an instrument: `agreed to explore a bilateral investment treaty`,
# `discussed the possibility of concluding a free trade agreement`; an idea only floated (`has floated the idea of a
# bilateral investment treaty`) and one a side only could put forward (`could also propose a trade agreement`); one
# only wished for (`lobbying for a social security agreement`, `wants to negotiate a protocol on X`: talks not yet
# begun) or talked over (`exchanged views on a possible accord`).
INTENT_ONLY = re.compile(r"\b(?:explor(?:e|es|ed|ing)|consider(?:s|ed|ing)?|stud(?:y|ies|ied|ying)|"
                         r"look(?:s|ed|ing)?\s+into|discuss(?:es|ed|ing)?|"
                         r"(?:lobb(?:y|ies|ied|ying)|campaign(?:s|ed|ing)?)\s+for|"
                         r"exchang(?:e|es|ed|ing)\s+views\s+(?:on|about|over)|"
                         r"(?:wants?|wanted|wish(?:es|ed)?|would\s+like|seeks?|sought)\s+to\s+(?:also\s+)?negotiate|"
                         r"(?:float|moot|broach)(?:s|ed|ing)?(?=\s+the\s+(?:possibility|prospects?|idea)\s)|"
                         r"(?:could|might|may)\s+(?:also\s+|even\s+|one\s+day\s+)?(?:propose|suggest))\s+"
                         r"(?:the\s+(?:possibility|prospects?|idea|feasibility)\s+of\s+(?:[\w-]+ing\s+)?)?"
                         r"(?:(?:an?|the|their|its)\s+)?(?:(?!and\b)[\w-]+\s+){0,3}$", re.I)
# A treaty named by its title and the year it dates from: `under the 1951 Mutual Defense Treaty`.
YEAR_TITLE = re.compile(r"\bthe\s+(?P<year>(?:19|20)\d{2})\s+(?P<title>(?:[A-Z][\w’'-]*\s+){1,5}"
                        r"(?:Treaty|Agreement|Accord|Pact|Protocol))$")
# The instrument a year stands before, up to where its kind is named: `the 2014 [memorandum]`, `the 1951 Mutual
# Defense [Treaty]`.
YEAR_NAMES = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?=(?i:memorand|MoU|agreement|treaty|treaties|accord|pact|"
                        r"protocol|contract|convention|deal|declaration|communiqu))")
# A numbered meeting of a body, right before its name: `after the second meeting of the`, `the 5th meeting of their`.
MEETING_OF = re.compile(rf"\b(?:first|inaugural|{ORDINAL})\s+"
                        r"(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+(?:the\s+|their\s+)?(?:[\w-]+\s+){0,1}$", re.I)
# A clause after instruments that another past verb opens: `signed 13 agreements and held the first meeting of X`.
AND_DID = re.compile(r"\band\s+(?:also\s+)?(?:held|launched|established|convened|inaugurated|set\s+up)\b")
# A clause of when or why after the instruments signed, in which another is only named (`signed an MoU on
# infrastructure in Seoul on Thursday, opening the door for builders at a time when trade under the two countries' free
# trade agreement has been slipping`): the signed ones are the sentence's.
CLAUSE_AFTER_SIGNING = re.compile(r",\s+(?:[a-z]+ing\s+(?!(?:the|an?|their|its)\s+(?:[\w-]+\s+){0,3}"
                                  r"(?:agreements?|treaty|accord|pact|deal|memorand\w+|MoU|protocol)\b)|"
                                  r"at\s+a\s+time\s+when|as|when|where|amid)\b")
# A clause after instruments with a subject and a verb of its own: `signed an MoU on X, and their negotiators initialled
# a free trade agreement`.
AND_OTHERS_DID = re.compile(r",\s+and\s+(?:[\w’'-]+\s+){1,4}?(?:signed|inked|sealed|concluded|initial(?:l?ed))\b")
# A city a visit names: `Erdoğan visited Jakarta in February, when the two countries signed 13 agreements`, `during
# his state visit to Ankara`, `the state visit of King Mohammed VI to Accra`, `a two-day visit by Morocco's Minister of
# Foreign Affairs, Nasser Bourita, to Abuja` (the visitor by title and name).
VISITED = re.compile(rf"\b(?:visit(?:s|ed|ing)?\s+(?:of\s+(?:[A-Z][\w.’'-]*\s+){{1,5}}to\s+|"
                     rf"by\s+(?:[A-Z][\w.’'-]*,?\s+(?:(?:of|for)\s+)?){{1,8}}to\s+|to\s+)?|delegation\s+to\s+)"
                     rf"(?P<p>[A-Z][a-zçğıöşü]+(?:{PLACE_JOIN}[A-Z][a-zçğıöşü]+){{0,2}})\b(?![’'])")
# Patterns of the helpers below, compiled once: they run for every instrument.
OPENING_OR_THE = re.compile(r"^(?:On\s+[\w\s]+,\s*|The\s+)")
SPACES = re.compile(r"\s+")
THE_LEAD = re.compile(r"^(?:The|An?)\s+")
HERE = re.compile(at_word_start("here") + r"\b")
GENERIC_WORDS = re.compile(r"\b(the|a|an|bilateral|two|both|countries|nations|sides|of|on|and|in|between)\b")


# An item that names a work by what is done to it, a noun phrase however long: `construction of the second phase of
# the Motihari-Amlekhgunj petroleum pipeline`, `expansion of the X integrated check post`, with a word before it
# (`joint management of the Chu and Talas rivers`), or by a verbal noun (`the sharing of hydrological data on the
# Nile`), or its use (`the use of local currencies in bilateral trade`); a study of one too, its kind before it (`the
# joint feasibility study of the X-Y cross-border railway`).
WORK_OF = re.compile(r"(?:[a-z]+\s+)?(?:[a-z]+(?:tion|sion|ment|ing)|use)\s+of\s+|"
                     r"(?:[a-z-]+\s+){0,2}(?:study|studies|survey|surveys)\s+of\s+")


# The step a text takes in ties, before what the ties are: `a new stage of their comprehensive strategic partnership`.
STAGE_OF = re.compile(r"\s*(?:an?\s+|the\s+)?(?:new|next|higher|further)\s+(?:stage|phase|level|chapter|era)\s+"
                      r"(?:of|in)\s+"
                      r"(?:the\s+|their\s+|its\s+)?(?=[a-z])")
# A field told in someone's words: `on what Beijing calls "industrial capacity cooperation"`.
CALLED_FIELD = re.compile(r"\s*what\s+(?:[\w’'.-]+\s+){1,3}?(?:calls?|called|terms?|termed|dubs?|dubbed|"
                          r"describes?\s+as|refers?\s+to\s+as)\s+[\"“‘'](?P<text>[^\"“”‘’']{2,80})[\"”’']")


def _list_items(text: str, context: ArticleContext, count: int | None = None, longest: int = 6,
                partial: bool = False) -> list[str]:
    """`higher education, investment, and information and communication technologies` -> three items; with the
    count of instruments the sentence states, `X and Y` items that make it add up stay whole, unless the list is
    partial (`four agreements, including on military and water cooperation`: two of them); none longer than
    `longest` words (but a work named by what is done to it, `the construction of the second phase of the X
    pipeline`), nor a side that signs (`signed on the Qatari side by`)."""
    called = CALLED_FIELD.match(text) if text.lstrip().startswith("what ") else None
    if called:  # `on what Beijing calls "industrial capacity cooperation"`: the words quoted are the field
        return [called.group("text")]
    stage = STAGE_OF.match(text) if " of " in text[:40] else None
    text = text[stage.end():] if stage else text  # `a new stage of their strategic partnership`: the partnership
    text = PAIR_POSSESSIVE.sub("", text) if "'" in text or "’" in text else text
    partial = partial or PARTIAL_LIST.search(text) is not None
    lead = LIST_LEAD.match(text.strip())
    text = text.strip()[lead.end():] if lead else text
    hedged = HEDGED_QUANTITY_LEAD.match(text) if text[:1] in "uUaAsSnNoOmM" else None
    if hedged:
        text = RATE_AFTER.sub("", text[hedged.end():], count=1)
    if lead and re.search(r"ranging\s+from\s+$", lead.group(0), re.I):
        text = re.sub(r"\s+to\s+", ", ", text, count=1)
    if " was " in text or " were " in text:
        text = PASSIVE_TAIL.sub("", text)
    text = _goods_listed(text) if " of " in text[:24] and " and " in text else text
    if " holders" in text:
        text = PASSPORT_HOLDERS.sub("", text)
    if " of " in text and any(character.isdigit() for character in text):
        text, quantities = QUANTITY_OF.subn("", text)
        text = RATE_AFTER.sub("", text, count=1) if quantities else text
    items = ANOTHER_ITEM.split(_without_amounts(text))
    works = WORK_ITEM.split(items[0]) if len(items) == 1 and " of " in text else []
    if len(works) > 2 and WORK_ITEM_START.match(works[0]):
        # `the extension of the rail line from X to Y, the development of Z and the training of A and B`: each item
        # a work done, ended on its own, its own `and` joining no two
        items = [AND_WORD.sub("_AND_", _before_list_end(_before_circumstance(work))) for work in works]
    text = ", ".join(_before_list_end(_before_circumstance(item)) for item in items)
    phrases = find_date_phrases(text, context.published)
    if phrases:
        text = TIME_ADVERB_TAIL.sub("", text[: phrases[0].start])
    text = text.strip()
    protected = text
    lowered = text.lower() if lowers_like_re_i(text) else None  # None: test no compound by its text
    for compound, pattern, kept in COMPOUNDS_KEPT:
        if lowered is None or compound in lowered:
            protected = pattern.sub(kept, protected)
    if " and " in protected:
        several = bool(count and count > 1)
        # `four agreements, including on military and water cooperation`: two fields, though the first is an adjective
        qualified = protected if several and SHARED_HEAD.match(protected) else JOINED_QUALIFIER.sub(_joined, protected)
        protected = SHARED_COMPLEMENT.sub(r"\g<word> _AND_", qualified)
        if not protected.islower():
            protected = TITLE_SHARING_HEAD.sub(r"\g<name> _AND_", NAMES_SHARING_NOUN.sub(r"\g<name> _AND_", protected))
        if not several:  # `two MoUs on agriculture and fisheries cooperation`: two fields
            protected = SHARED_HEAD.sub(r"\g<word> _AND_", protected)
            protected = ONE_THING_WORKS.sub(r"\g<first> _AND_", protected)
            protected = SERIAL_LAST_PAIR.sub(r"\g<head> _AND_", protected) if "," in protected else protected
        protected = _serial_pairs(protected) if ", and " in protected else protected
    if count and not partial:
        protected = _counted_items(protected, count)
    items = [_short(_without_term(_item_text(part)), longest) for part in LIST_SPLIT.split(protected)]
    # words joined by a protected `and` count as one (`legal cooperation in civil and commercial matters`), and an
    # acronym in brackets as none (`Official Development Assistance (ODA) Loan Package`)
    return [i for i in items
            if i and 1 <= len(i.split()) - 2 * i.count(" and ") - len(BRACKETED_WORD.findall(i))
            <= (10 if WORK_OF.match(i) or i[:1].isupper() and TITLE_ITEM.fullmatch(i) else longest)
            and not i.isdigit() and i.lower() not in NOT_DOMAINS and not NOT_A_FIELD.search(i)
            and not PRONOUN_FIELD.match(i)
            and not i.endswith((" side", " sides"))]


# What is done with goods, before a list of them all: `the supply of K2 tanks, K9 howitzers and FA-50 aircraft`.
GOODS_LEAD = re.compile(r"^(?:the\s+)?(?:supply|purchase|delivery|procurement|sale|export|import)\s+of\s+")
# An item that is a work of its own, not goods: `and the avoidance of double taxation`, `and the training of pilots`.
OWN_WORK_ITEM = re.compile(r"(?:,|\band)\s+(?:the|an?)\s")


def _goods_listed(text: str) -> str:
    """A list of goods after what is done with them: each item is the goods alone (`the supply of tanks, howitzers and
    aircraft` -> `tanks`, `howitzers`, `aircraft`), unless an item is a work of its own (`the supply of fertiliser and
    the avoidance of double taxation`: the first item keeps its `supply of`)."""
    lead = GOODS_LEAD.match(text)
    return text[lead.end():] if lead and not OWN_WORK_ITEM.search(text, lead.end()) else text


# Two works on one thing, the thing written once before the first: `rare earth exploration and processing` is one
# field (`processing` alone names none); not after `cooperation` (`energy cooperation and shipping` are two).
ONE_THING_WORKS = re.compile(r"^(?P<first>(?:[a-z-]+\s+){1,2}(?!cooperation\b|collaboration\b)[a-z]+(?:ing|tion))"
                             r"\s+and(?=\s+[a-z]+ing$)")
# The last item of a serial list that is itself two joined by `and`: the list's own `and` comes first, so the one after
# it joins the item (`natural gas supply, defense industry and youth and sports`: `youth and sports` is one field).
SERIAL_LAST_PAIR = re.compile(r"(?<=,)(?P<head>[^,]*?\band\s+[^,]*?)\s+and\b(?=[^,]*,?\s*$)")
# An item that is a title in capitals, one field however many words it has: `Third Economic Development Cooperation
# Fund Framework Arrangement`.
TITLE_ITEM = re.compile(r"(?:\d+(?:st|nd|rd|th)\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?(?:\([^()\s]+\)|[A-Z][\w’'-]*))+")
# A word in brackets inside an item, an acronym it defines: `(ODA)`.
BRACKETED_WORD = re.compile(r"(?<!\S)\([^()\s]+\)(?!\S)")
# Where a list splits into items, and the protected `and` of an item to put back.
LIST_SPLIT = re.compile(r",|\band\b")
AND_KEPT = re.compile(r"_AND\d*_")


# The article opening an item: a last item with one after items without is built unlike them.
ITEM_ARTICLE = re.compile(r"(?:the|an?)\s", re.I)


def _serial_pairs(text: str) -> str:
    """A list whose last item follows `, and` with the `and` inside each item before it protected: the serial comma
    says the list's own `and` is that one, so `youth and sports` in `manpower, youth and sports, and maritime
    transport` is one field; not when the last item is built unlike the others."""
    last = text.rindex(", and ")
    segments = text[:last].split(",")
    if len(segments) < 2 or ITEM_ARTICLE.match(text, last + 6) and not ITEM_ARTICLE.match(text.lstrip()):
        return text  # `investment, culture and tourism, and the sharing of data`: an item of another list
    # what follows the serial comma's `and` is one item, its own `and` kept: `..., and youth affairs and sports`
    last_item = text[last + 6:] if "," not in text[last + 6:] else None
    return ",".join(AND_WORD.sub("_AND_", segment) for segment in segments) + \
        (text[last:last + 6] + AND_WORD.sub("_AND_", last_item) if last_item is not None else text[last:])


def _item_text(part: str) -> str:
    """An item of a list, its protected `and` put back, without the words that open it nor its quotation marks."""
    part = part.strip()
    text = ITEM_LEAD.sub("", (AND_KEPT.sub("and", part) if "_AND" in part else part).strip(" ."))
    text = CHANGED_NAME.sub("", text) if text[:1].islower() else text  # `newly upgraded Comprehensive Partnership`
    return QUOTED.sub(r"\g<text>", text) if text[:1] in "\"“‘'" else text


# Who does what an item names, by name, before `and` or a comma goes on with another item: `the supply of fertiliser
# by Morocco's OCP Group and the avoidance of double taxation` (not bodies joined: `by Malaysia and Türkiye`).
AGENT_BEFORE_ITEM = re.compile(r"by\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,4}"
                               r"(?=(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+|an?\s+)?[a-z])")


def _before_list_end(text: str) -> str:
    """The list up to where LIST_END says it ends: the first match is enough, no split of all the text; a general
    word's item runs on through whom it joins (see GENERAL_BETWEEN), and the list through an item's doer named before
    `and` another item (see AGENT_BEFORE_ITEM)."""
    end = LIST_END.search(text)
    agent = AGENT_BEFORE_ITEM.match(text, end.start()) if end and end.group(0) == "by" else None
    if agent:
        rest = text[agent.end():]
        return _before_list_end(text[:end.start()].rstrip() + ("" if rest.startswith(",") else " ") + rest.lstrip())
    titled = UNDER_TITLE.match(text, end.end()) if end and end.group(0) == "under" \
        and GENERAL_BETWEEN.search(text, 0, end.start()) else None
    if titled:  # `and on cooperation under the Belt and Road Initiative`: the item runs on through the title
        further = LIST_END.search(text, titled.end())
        return LIST_TAIL.sub("", text[:further.start()]) if further else text
    if end and end.group(0) == "between" and GENERAL_BETWEEN.search(text, 0, end.start()):
        further = LIST_END.search(text, end.end())
        joined = text[end.end():further.start() if further else len(text)]
        if "," not in joined and " and " not in joined:
            return text[:further.start()] if further else text
    return LIST_TAIL.sub("", text[:end.start()]) if end else text


# What a list cut at its end may keep of the clause after it: the conjunction joining that clause (`fisheries, marine
# research and the blue economy, and agreed to study ...`), which would join the last two items as one; or the comma
# before that clause (`customs cooperation and traditional medicine, according to a statement`), whose empty item
# would make the list's own `and` read as one inside an item.
LIST_TAIL = re.compile(r",?\s+(?:and|or)\s*$|\s*,\s*$")


def _without_term(item: str) -> str:
    """An item without the term its instrument runs for: `culture for another five years` -> `culture`, `another ten
    years` -> nothing."""
    return TERM_TAIL.sub("", item) if " for " in item or item.endswith(("years", "year", "months", "month")) else item


def _short(item: str, longest: int) -> str:
    """An item too long to be a field, up to whom or what it is for: `visa-free travel for holders of diplomatic and
    official passports` -> `visa-free travel`."""
    if item.count(" ") < longest or " for " not in item or any(c.isdigit() for c in item):
        return item
    at = item.index(" for ")
    return item if STUDY_FOR.match(item, at) and WORK_OF.match(item) else item[:at]


# A study for a project named by its title, after the study (`the preparation of a feasibility study for the
# Trans-Caspian pipeline`): the project is part of the field, not whom the work is for.
STUDY_FOR = re.compile(r"(?<=study|esign|urvey)\s+for\s+the\s+[A-Z]")


# A capital where a title was signed, ending the words read as the title: `Cooperation in Beijing`.
IN_PLACE_TAIL = re.compile(r"\s+in\s+(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})$")


def _without_capital(title: str) -> str:
    """A title without the capital it was signed in, which its capitals run on into (`the Framework for Belt and Road
    Cooperation in Beijing`): the place is no word of the title, as `Cooperation in the Field of Health` is."""
    tail = IN_PLACE_TAIL.search(title) if " in " in title else None
    return title[:tail.start()] if tail and tail.group("place") in capital_names() else title


def _joined(joined: re.Match[str]) -> str:
    """The words JOINED_QUALIFIER joins, their `and` protected from splitting the list."""
    return f"{joined.group('word') or joined.group('shared') or joined.group('carried')} _AND_"


# The word that ends an item before `and` (`defence cooperation and ICT and cyber security`: the list's `and` is the
# first, the last item `ICT and cyber security`).
ITEM_HEAD_BEFORE = re.compile(r"\b(?:cooperation|collaboration|matters|affairs|sector|industry)\s+$")


def _counted_items(text: str, count: int) -> str:
    """The list with the `and` of every `X and Y` item protected when splitting at each `and` gives exactly that many
    more fields than the stated count (`five agreements in defence, youth and sports, culture, taxation and media`):
    the `and` of the last item (after a comma or a word that ends an item, else the last `and`) joins the list and is
    never one of them."""
    segments = text.split(",")
    total = sum(1 for part in LIST_SPLIT.split(text) if part.strip())
    if total <= count:
        return text
    last = segments[-1]
    ands = list(AND_WORD.finditer(last))
    first_ends_item = bool(ands) and (not last[:ands[0].start()].strip()
                                      or ITEM_HEAD_BEFORE.search(last, 0, ands[0].start()) is not None)
    joiner = ands[0] if first_ends_item else ands[-1] if ands else None
    inner = [len(AND_WORD.findall(segment)) for segment in segments[:-1]] + [len(ands) - (joiner is not None)]
    if sum(inner) != total - count:
        return text
    kept = [AND_WORD.sub("_AND_", segment) for segment in segments[:-1]]
    if joiner is not None:
        last = AND_WORD.sub("_AND_", last[:joiner.start()]) + last[joiner.start():joiner.end()] + \
            AND_WORD.sub("_AND_", last[joiner.end():])
    return ",".join(kept + [last])


def _without_amounts(text: str) -> str:
    """The list without the amounts that qualify an item, and their conversions (`a 10.7 trillion won ($7.7
    billion) currency swap`): an instrument's value is not its field (but `a loan of 1 trillion won` keeps its)."""
    removed: list[tuple[int, int]] = []
    for money in find_money(text):
        converts = removed and EQUIVALENT_AFTER.fullmatch(text, removed[-1][1], money.start)
        if converts or ARTICLE_BEFORE.search(text, max(0, money.start - 5), money.start):
            removed.append((money.start, money.end))
    for start, end in reversed(removed):
        text = text[:start] + text[end:]
    return re.sub(r"\s{2,}", " ", EMPTY_PARENTHESES.sub("", text)) if removed else text


def _before_circumstance(text: str) -> str:
    """The list up to a phrase of circumstance: its words are no field (`in conjunction with` -> `conjunction`)."""
    if "," not in text:
        return text
    found = CIRCUMSTANCE.search(text)
    return text[:found.start("cut") if found.group("cut") else found.start()] if found else text


# The rest of an instrument's title in quotation marks, up to where they close: `"Agreement| on Cooperation in the
# Field of Science, Technology and Innovation"`.
QUOTED_TITLE = re.compile(r"\s+(?P<title>(?:on|for|of|concerning|regarding)\s+[^\"“”]{2,160}?)[\"”]")
# Instruments whose title after `for`/`on` is one field however many words it joins: `Partnership for Cooperation in
# Defence and Security`, `Declaration on Strategic Partnership and Alliance`.
WHOLE_TITLES = frozenset({"Partnership", "Declaration", "Convention"})
# One instrument written in capitals with its title, whose title is one field however many words it joins, as its
# title after `of` is (`Treaty of Friendship and Cooperation`): `the Treaty on Friendly Relations and Cooperation`.
SINGLE_TITLED = frozenset({"Treaty", "Agreement", "Accord", "Pact", "Protocol"})


def _domains(sentence: str, match: re.Match[str], context: ArticleContext, following: str) -> list[str]:
    """The fields listed right after the instrument (`MoUs on health, education and energy`, `11 agreements on Monday,
    including on defence and trade`), not a place or time further on (`17 agreements during a meeting in Ankara`);
    for several instruments, else those the next sentence lists (`The agreements cover energy and mining.`); else
    the field named before it (`a bilateral investment treaty`)."""
    quoted = QUOTED_TITLE.match(sentence, match.end()) if sentence[match.start() - 1:match.start()] in "\"“" \
        and match.start() else None
    if quoted:  # `the "Agreement on Cooperation in the Field of Science, Technology and Innovation"`: one title
        intro = LIST_INTRO.match(quoted.group("title"))
        title = intro.group("list") if intro else quoted.group("title")
        lead = LIST_LEAD.match(title)
        return [title[lead.end():] if lead else title]
    programme = _programme_title(sentence, match) if match.group(0)[-1:] in "emEM" else None
    if programme:
        return [programme[1]]
    if match.group(0).startswith("Declaration") and OWN_TITLE_OF.match(match.group(0)):
        return []  # `the Declaration of Ipiales in the border town`: named by its place, no field after it
    titled = TITLE_FIELD.match(sentence, match.end()) if match.group(0)[:1].isupper() else None
    if titled and (" in " in titled.group("title") or match.group(0) in WHOLE_TITLES
                   or match.group(0) in SINGLE_TITLED):
        return [_without_capital(titled.group("title"))]
    led = _led_title(sentence, match) if titled is None and match.group(0)[:1].isupper() else None
    if led:
        return [led]
    named = TITLE_OF.match(sentence, match.end()) \
        if titled is None and match.group(0)[:1].isupper() and sentence.startswith(" of ", match.end()) else None
    general = named is not None and named.group("title").lower() in GENERAL_PURPOSES  # `Programme of Cooperation`
    if named and not general and COMMON_TITLE.search(named.group("title")):  # `a revised Treaty of Transit`
        return [named.group("title")]
    bodies = BODIES_BEFORE_FIELD.match(sentence, match.end()) if sentence.startswith(" between ", match.end()) \
        else None
    after = bodies.end() if bodies else match.end()
    later = LATER_INCLUDING.match(sentence, after)
    # `Programme of Cooperation in the field of Culture`: the field is read after `Cooperation in`
    start = later.end() if later else named.start("title") if named and general else after
    described = PLAN_DESCRIBED.match(sentence, start) \
        if ", " in sentence[start:start + 14] and match.group(0).lower().rstrip("s").endswith("plan") else None
    if described:  # `the X-Y Action Plan 2025-2028, a roadmap to deepen cooperation on X, Y and Z`
        return _list_items(described.group("list"), context)
    period = PERIOD_AFTER.match(sentence, start)  # `an action plan for 2025-2027 covering X`
    start = period.end() if period else start
    day = DAY_AFTER.match(sentence, start) if not later else None
    start = day.end() if day else start
    each = ONE_AND_ANOTHER.match(sentence, match.end()) \
        if any(cue in sentence for cue in ONE_CUES) and PLURAL.search(match.group(0)) else None
    if each:
        return _one_each(each)
    here = COVERED_HERE.match(sentence, match.end()) if match.start() < 24 and PLURAL.search(match.group(0)) \
        and ALL_AGAIN.fullmatch(sentence, 0, match.start()) else None
    if here and not LISTED_INSTRUMENT.search(here.group("list")):  # `The agreements, signed on Monday, cover X`
        return _list_items(here.group("list"), context)
    under = _cooperation_under(sentence, match)
    if under:
        return _list_items(under.group("list"), context)
    holders = PASSPORT_HOLDERS.match(sentence, start) \
        if sentence.startswith(" for ", start) and " holders" in sentence[start:start + 90] else None
    if holders:  # `a visa waiver agreement for holders of diplomatic passports`: whom it is for is no field
        return _modifier(sentence, match)
    reached = _reached_over(sentence, match) if "reached" in sentence else None
    if reached:  # `reached an agreement over fishing quotas`
        return _list_items(reached.group("list"), context)
    converted = DEBT_CONVERTED.match(sentence, start) if " debt" in sentence else None
    if converted:  # `an agreement to convert part of X's debt into investment projects`
        return ["debt conversion"]
    action = ACTION_FIELD.match(sentence, start) if sentence.find("ing ", start, start + 16) > 0 \
        else AIM_FIELD.match(sentence, start) if sentence.startswith(" to ", start) else None
    listed = _list_items(action.group("list"), context) if action else []
    if listed:
        return listed
    promoted = PROMOTED_IN.match(sentence, start) if sentence.startswith(" to ", start) else None
    listed = _list_items(promoted.group("list"), context) if promoted else []
    if listed:
        return listed
    window = LIST_INTRO.search(sentence[start:start + 200])  # an intro near: its list runs on to the sentence's end
    intro = LIST_INTRO.match(sentence[start:], window.start()) if window else None
    placed = (PLACE_BEFORE_LIST.match(sentence, start) or PLACE_WITH_BEFORE_LIST.match(sentence, start)) \
        if intro and intro.start() < 3 and intro.group(0)[:3].lower() == "in " \
        and intro.group("list")[:1].isupper() else None
    if placed:  # `two MoUs in Alexandria today, covering X and Y`: the list after the place and day
        intro = LIST_INTRO.match(sentence[start:], placed.end() - start)
    if intro and (placed or LIST_GAP.fullmatch(sentence, start, start + intro.start())) \
            and not (intro.group(0)[:3].lower() == "in " and (intro.group("list")[:1].isupper()  # `in Warsaw`
                                                              or PLACE_OR_PERIOD.match(intro.group("list"))
                                                              or CEREMONY_MANNER.match(intro.group("list")))):
        routes = _modifier(sentence, match) if ROUTES.match(intro.group("list")) else None
        if routes:  # `a codeshare agreement covering flights between Doha and Kigali`: the field is `codeshare`
            return routes
        listed = _list_items(_own_description_cut(intro.group("list"), match), context,
                             _stated_count(sentence, match), partial=later is not None)
        if len(listed) > 1 and not PLURAL.search(match.group(0)):
            listed = _one_order(listed)
        if listed:
            return listed
    including = INCLUDING_ITEMS.match(sentence, match.end()) \
        if " including " in sentence[match.end():match.end() + 14] and PLURAL.search(match.group(0)) else None
    listed = _list_items(including.group("list"), context, longest=8) \
        if including and not LISTED_INSTRUMENT.search(including.group("list")) else []
    if listed:
        return listed
    covered = _covered_next(match, following)
    if covered:
        return _list_items(covered, context)
    if sentence.startswith(" of ", match.end()) and match.group(0).lower().startswith("program"):
        return _programme_of(sentence[match.end() + 4:], context)
    founded = _alliance_field(sentence, match) if "stablish" in sentence or "creat" in sentence \
        or " set" in sentence else None
    if founded:
        return [founded]
    return [] if match.group(0).startswith("Declaration") else _modifier(sentence, match)  # `Kuala Lumpur` is no field


# A partnership an instrument sets up, named by its pair and its field: `establishing the Canada–Germany Hydrogen
# Alliance`, `creating a Chile-Japan Green Shipping Partnership`.
ALLIANCE_SET_UP = re.compile(rf"(?:[A-Z][\w’'.]*\s*[-–]\s*[A-Z][\w’'.]*\s+)?(?P<field>{NAME_WORD}(?:\s+{NAME_WORD}){{0,2}})"
                             r"\s+(?:Alliance|Partnership|Initiative|Platform|Corridor)\b")


def _alliance_field(sentence: str, match: re.Match[str]) -> str | None:
    """The field of an instrument that sets up a partnership with a title (see ALLIANCE_SET_UP), when it lists none:
    the words of the title between the pair and `Alliance`, in lower case (`hydrogen`)."""
    sets_up = SETS_UP.match(sentence, match.end())
    alliance = ALLIANCE_SET_UP.match(sentence, sets_up.end()) if sets_up else None
    return alliance.group("field").lower() if alliance else None


# What describes the one field of a single instrument, after it, with a comma or without: `a memorandum on critical
# minerals, covering nickel processing and supply chain resilience`, `an arrangement on energy cooperation covering
# grids and hydrogen` (its field is `critical minerals`, `energy cooperation`, not three).
DESCRIBED_FIELD = re.compile(r",?\s+(?:covering|spanning)\s")


def _own_description_cut(text: str, match: re.Match[str]) -> str:
    """The list of a single instrument up to what describes its field (see DESCRIBED_FIELD); several instruments'
    list runs on (`two MoUs on energy, covering X and Y` may be one on each)."""
    if "covering " not in text and "spanning " not in text or PLURAL.search(match.group(0)):
        return text
    described = DESCRIBED_FIELD.search(text)
    return text[:described.start()] if described and described.start() > 0 else text


# The count of goods an item opens with: `180 K2 tanks`.
COUNT_LEAD = re.compile(r"^\d[\d,]*\s+")


def _one_order(items: list[str]) -> list[str]:
    """The fields of one instrument whose items are each goods counted: one order of them all, one field without the
    counts (`a contract covering 180 tanks and 212 howitzers` -> `tanks and howitzers`); else the items."""
    if not all(COUNT_LEAD.match(item) for item in items):
        return items
    goods = [COUNT_LEAD.sub("", item) for item in items]
    return [", ".join(goods[:-1]) + " and " + goods[-1]]


def _one_each(each: re.Match[str]) -> list[str]:
    """The field of each of the instruments told `one on X and another on Y`: each item is one whole field, so the
    `and` inside it joins no two (`one on cooperation in innovation and startups` -> `innovation and startups`)."""
    items = [COOPERATION_IN.sub("", _item_text(_before_list_end(each.group(name)))) for name in ("one", "another")]
    return [item for item in items if item]


def _led_title(sentence: str, match: re.Match[str]) -> str | None:
    """The title of one instrument written in capitals, after its article and words of change (`a Joint Declaration
    on a Comprehensive Strategic Partnership, elevating ties`: one field, not a list whose items run on past it), up to
    a town after `in` (`on a Comprehensive Strategic Partnership in Hanoi`)."""
    if match.group(0).split()[-1] not in WHOLE_TITLES | SINGLE_TITLED:
        return None
    led = LED_TITLE.match(sentence, match.end())
    if led is None:
        return None
    title = led.group("title")
    town = IN_TITLE.search(title) if " in " in title else None
    return title[:town.start()] if town and not COMMON_TITLE.search(town.group("rest")) else title


def _cooperation_under(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The fields of instruments opening a sentence after `Under` (`Under the deals signed on Monday, the two
    countries agreed to cooperate in X and Y`): what the sides are to do under them."""
    if not sentence.startswith("Under ") or match.start() > 20 or not PLURAL.search(match.group(0)) \
            or not UNDER_THEM.fullmatch(sentence, 6, match.start()):
        return None
    return COOPERATE_UNDER.match(sentence, match.end())


def _signed_under(sentence: str, instruments: list[tuple[str, re.Match[str], int]], index: int,
                  signed_last: tuple[int, Agreement] | None) -> Agreement | None:
    """The instruments signed a sentence or two before, told by their class alone with no field (`signed two MoUs`),
    that a sentence opening `Under the MoUs, the sides will cooperate in X and Y` gives the fields of: its entries
    share their status, date and place, and stand for them."""
    if signed_last is None or index - signed_last[0] > 2 or not instruments \
            or signed_last[1].kind == "declaration" or not _no_field(signed_last[1]):
        return None
    return signed_last[1] if _cooperation_under(sentence, instruments[0][1]) else None


def _programme_of(text: str, context: ArticleContext) -> list[str]:
    """The fields of a programme named after `of`: `a programme of cultural exchanges for 2024-2027` -> `cultural
    exchanges`, `a programme of cooperation in the field of culture` -> `culture`."""
    intro = LIST_INTRO.match(text)
    return _list_items(intro.group("list") if intro else text, context)


# A sentence that only tells again where, when or before whom the instruments told before were signed: `The
# documents were signed at the meeting of the joint committee.`, `They were signed in the presence of the two leaders.`
RETOLD_SIGNING = re.compile(r"(?:(?:The|These|Those|All|Both)\s+(?:[\w-]+\s+){0,2}?(?:agreements|deals|documents|"
                            r"memorand\w+|MoUs|MOUs|accords|pacts|instruments)|They)\s+(?:were|had\s+been)\s+"
                            r"(?:(?:all|also|formally)\s+)?(?:signed|inked|exchanged)\b")
RETOLD_OPENINGS = frozenset({"The ", "Thes", "Thos", "All ", "Both", "They"})


def _following_told(context: ArticleContext, index: int) -> str:
    """The sentence after an instrument's, which may list the fields of those told signed there; past one that only
    tells again where they were signed (`The documents were signed at the meeting of X.` then `The memoranda cover X
    and Y.`), the list comes in the sentence after it."""
    after = context.sentences[index + 1:index + 3]
    if len(after) == 2 and after[0][:4] in RETOLD_OPENINGS and RETOLD_SIGNING.match(after[0]) \
            and not NEXT_LIST.search(after[0]):
        return after[1]
    return after[0] if after else ""


def _covered_next(match: re.Match[str], following: str) -> str | None:
    """The list of fields the next sentence gives instruments told signed here: several (`The agreements cover X and
    Y.`), or one programme or plan, whose fields are all its own (`The programme covers X, Y and Z.`)."""
    if PLURAL.search(match.group(0)):
        covered = NEXT_LIST.search(following) if not _lists_instruments(following) else None
        return _own_list(match, following, covered) if covered else None
    if match.group(0).lower().endswith(("programme", "program", "plan")) and following[:2] in {"Th", "It"}:
        covered = NEXT_PROGRAMME_LIST.match(following)
        return covered.group("list") if covered else None
    return None


# The class of instruments a sentence's list is told of: `The MoUs cover X` (of memoranda), `The agreements are on Y`.
MEMORANDA_NOUN = re.compile(r"\b(?:memorand\w+|MoUs|MOUs)\b")


def _own_list(match: re.Match[str], following: str, covered: re.Match[str]) -> str:
    """The list of the class of the instruments told here, when the next sentence gives each class its own (`The
    agreements are on X and Y, while the MoUs cover Z, W and V`): the memoranda's is not the agreements' fields, and
    the first list ends where the second is told."""
    other = NEXT_LIST.search(following, covered.start("list")) if "emorand" in following or "MoUs" in following \
        or "MOUs" in following else None
    if other is None:
        return covered.group("list")
    memoranda = MEMORANDA_NOUN.search(match.group(0)) is not None
    first_memoranda = MEMORANDA_NOUN.search(following, covered.start(), covered.start("list")) is not None
    second_memoranda = MEMORANDA_NOUN.search(following, other.start(), other.start("list")) is not None
    if first_memoranda == second_memoranda:
        return covered.group("list")
    if memoranda == second_memoranda:
        return other.group("list")
    return following[covered.start("list"):other.start()]


def _lists_instruments(following: str) -> bool:
    """The next sentence lists instruments of their own (`The documents include agreements on X and an MoU on Y`):
    they are the entries, not fields of the umbrella."""
    subject = LISTED_AFTER.match(following)
    return subject is not None and LISTED_INSTRUMENT.search(following, subject.end()) is not None


# An instrument told to be the one of what the sentence told negotiated before it: `to conclude negotiations on an
# Automatic Trigger Safeguard Mechanism (ATSM) under the CECPA and to sign the related protocol`.
RELATED_BEFORE = re.compile(r"\bthe\s+(?:related|corresponding)\s+$")
NEGOTIATED_TITLE = re.compile(r"\b(?:negotiations|talks)\s+on\s+(?:an?\s+|the\s+)?"
                              r"(?P<title>(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                              r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and)\s+)?[A-Z][\w’'-]*){1,6})")


def _related_title(sentence: str, match: re.Match[str]) -> list[str]:
    """The title negotiated before `the related protocol`, its field: the protocol is that of the mechanism."""
    if "related" not in sentence and "corresponding" not in sentence \
            or not RELATED_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
        return []
    negotiated = NEGOTIATED_TITLE.search(sentence, 0, match.start())
    return [negotiated.group("title")] if negotiated else []


def _purpose(sentence: str, match: re.Match[str]) -> list[str]:
    """What a signed instrument is to do, as its field when nothing else names one (`an MoA to offer joint degree
    programmes`, `a contract under which X will supply Y with gas`); not what every instrument is for (`to strengthen
    cooperation`), nor the aim of talks on one."""
    bound = UNDER_WHICH.match(sentence, match.end()) if " which " in sentence[match.end():match.end() + 50] else None
    if bound:
        return [_goods_supplied(sentence, bound.start("purpose")) or bound.group("purpose")]
    done = UNDER_IT.match(sentence, match.end()) if sentence.startswith("Under ") \
        and NEW_BEFORE.fullmatch(sentence, 6, match.start()) else None
    if done:
        return [done.group("purpose")]
    day = DAY_AFTER.match(sentence, match.end()) if " to " in sentence[match.end():match.end() + 60] else None
    start = day.end() if day else match.end()
    described = DESCRIBED_WITH.match(sentence, start) if sentence.startswith(" with ", start) else None
    start = described.end() if described else start  # `with Brazilian equipment maker Jacto to supply harvesters`
    if " and to " in sentence[start:] and PLURAL.search(match.group(0)):
        purposes = _purposes(sentence, start)
        if purposes:
            return purposes
    purpose = PURPOSE.match(sentence, start) if " to " in sentence[start:start + 100] else None
    if purpose is None and " to " in sentence[start:start + 12]:
        joined = TO_JOIN_TITLE.match(sentence, start)
        return [joined.group("title")] if joined else []
    if purpose is None or purpose.group("purpose").lower() in GENERAL_PURPOSES:
        return []
    changed = CHANGED_TITLE.match(sentence, purpose.start("purpose"))
    if changed:  # `to implement the newly upgraded Comprehensive Strategic Partnership`: what it implements
        return [changed.group("title")]
    return [purpose.group("purpose")]


# A scheme or body an instrument is signed to join, named in capitals right after it: `a memorandum of understanding to
# join the Belt and Road Initiative`, `an MoU to participate in the Global Biofuels Alliance`.
TO_JOIN_TITLE = re.compile(r"\s+to\s+(?:formally\s+)?(?:join|accede\s+to|participate\s+in)\s+(?:the\s+)?"
                           r"(?P<title>[A-Z][\w’'-]*(?:\s+(?:(?:and|of|for|on|&)\s+)?[A-Z][\w’'-]*){0,6})")


# Each of several purposes several instruments are signed for, as written but its verb a noun: `two agreements to settle
# trade in their own currencies and to link their payment systems` -> `settling trade in their own currencies`,
# `linking their payment systems`.
PURPOSE_CLAUSE = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:(?:today|yesterday)\s+)?to\s+"
                            r"(?P<purpose>(?!be\b|the\b)[a-z]+\s+[^,;:()]+?)(?=,?\s+and\s+to\s|\s*[,;:.]|\s*$)")
NEXT_PURPOSE = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?=to\s)")


def _gerund(verb: str) -> str:
    """The verb of a purpose as a noun, its field: `settle` -> `settling`, `link` -> `linking`, `set` -> `setting`."""
    lower = verb.lower()
    if lower.endswith("ie"):
        return verb[:-2] + "ying"
    if lower.endswith("e") and not lower.endswith(("ee", "ye", "oe")) and len(lower) > 2:
        return verb[:-1] + "ing"
    vowels = sum(letter in "aeiou" for letter in lower)
    if len(lower) <= 4 and vowels == 1 and re.fullmatch(r".*[^aeiou][aeiou][^aeiouwxy]", lower):
        return verb + verb[-1] + "ing"
    return verb + "ing"


def _purposes(sentence: str, start: int) -> list[str]:
    """The purposes of instruments signed for several, each its own `to` clause joined by `and to`: one per clause,
    when there are several (none of what every instrument is for, `to strengthen cooperation`)."""
    found: list[str] = []
    clause = PURPOSE_CLAUSE.match(sentence, start)
    while clause and len(found) < 6:
        words = clause.group("purpose").split()
        if len(words) > 10 or " ".join(words[1:]).lower() in GENERAL_PURPOSES:
            return []
        found.append(" ".join([_gerund(words[0])] + words[1:]))
        joined = NEXT_PURPOSE.match(sentence, clause.end())
        clause = PURPOSE_CLAUSE.match(sentence, joined.end()) if joined else None
    return found if len(found) > 1 else []


# The kind of instrument amended, a tax treaty by its other name too: `amending the 1998 double taxation convention`.
AMENDED_KIND = re.compile(rf"({AGREEMENT_NAMES}|conventions?)\b", re.I)


def _amended(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The instrument the one at `match` amends, whose fields are its own when it names none: `a protocol amending
    the 2007 Agreement between Georgia and Estonia on the Avoidance of Double Taxation` is on the avoidance of double
    taxation, `a protocol amending their air services agreement` on air services."""
    amending = AMENDING.match(sentence, match.end())
    return AMENDED_KIND.match(sentence, amending.end()) if amending else None


# The count that opens counted documents: `Five other documents`.
COUNT_INSIDE = re.compile(rf"(?P<count>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+(?:other\s+|more\s+)?(?:documents|instruments)$",
                          re.I)


def _stated_count(sentence: str, match: re.Match[str]) -> int | None:
    """How many instruments the sentence says were signed, in digits or words up to twenty: `five agreements`, and
    `Five other documents`, whose count is in the instrument's words."""
    stated = STATED_COUNT.search(sentence, max(0, match.start() - 40), match.start()) \
        or COUNT_INSIDE.match(match.group(0))
    if stated is None:
        return None
    return count_of(stated.group("count"))


def _modifier(sentence: str, match: re.Match[str]) -> list[str]:
    """Up to three words right before the instrument that name its field, not a determiner or a verb;
    capitalised ones only when the instrument is (`the Defence Cooperation Agreement`), or when they are a title of
    their own before its kind (`the Maritime Strategic Partnership agreement`)."""
    titled = match.group(0)[:1].isupper()
    title = _title_before_kind(sentence, match) if not titled else _joined_title(sentence, match)
    if title:
        return [title]
    before = sentence[max(0, match.start() - 40):match.start()].lower()
    compound = next((c for c in COMPOUNDS if before.endswith(f" {c} ")), None)
    if compound and not titled:
        return [compound]
    field: list[str] = []
    for word in reversed(re.findall(r"[\w’'-]+", sentence[max(0, match.start() - 80):match.start()])[-3:]):
        lower = word.lower()
        if field and field[0].lower() == "partnership" and lower == "strategic":  # `a strategic partnership agreement`
            field.insert(0, word)
            continue
        if lower in NOT_MODIFIERS or lower.endswith(("ed", "’s", "'s", "s’", "s'")) \
                or word[:1].isupper() and (not titled or _pair_word(word)) \
                or not word[:1].isalpha():
            break
        field.insert(0, word)
    if field and _swap_line(match.group(0)):  # a swap line is named by all its words: `currency swap line`
        field.append(match.group(0))
    return [" ".join(field)] if field else []


def _pair_word(word: str) -> bool:
    """A country's name, or two joined (`Uzbekistan-Pakistan`), opening a title: whose the instrument is, no field."""
    names = country_names()
    return all(names.canonical(part) or names.of_demonym(part) for part in re.split(r"[-–]", word) if part)


# The words in capitals that open a programme's title, and the years it runs after it: `the [Strategic] Cooperation
# Programme[ 2018-2022]`.
PROGRAMME_TITLE_BEFORE = re.compile(r"(?<![\w’'.-])(?:(?!(?:The|A|An|This|That|Its|Their|Our|Both|New)\s)"
                                    r"[A-Z][\w’'-]*\s+){1,3}$")
PROGRAMME_YEARS = re.compile(r"\s+(?:19|20)\d{2}\s*[-–]\s*(?:19|20)?\d{2}\b")


def _programme_title(sentence: str, match: re.Match[str]) -> tuple[str, str] | None:
    """A programme named by its title in capitals (`the Strategic Cooperation Programme 2018-2022`): the whole title
    and its field, the title's words in lower case (`strategic cooperation`); its pair's names are neither. Only a
    cooperation programme, or one with the years it runs."""
    text = match.group(0)
    if not text[:1].isupper() or not text.rstrip("sS").lower().endswith(("programme", "program")):
        return None
    years = PROGRAMME_YEARS.match(sentence, match.end())
    if not years and not text.startswith("Cooperation "):
        return None
    before = PROGRAMME_TITLE_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
    words = [word for word in before.group(0).split() if not _pair_word(word)] if before else []
    if not words:
        return None
    title = " ".join(words + text.split()) + (years.group(0) if years else "")
    return title, " ".join(words + text.split()[:-1]).lower()


# The capitalised words of a title before an instrument's kind in lower case, the last a common noun of a title:
# `the [Maritime Strategic Partnership] agreement` (not a town's name: `the Paris agreement`).
TITLE_RUN_BEFORE = re.compile(r"(?<![\w’'.-])(?:(?!(?:The|A|An|This|That|Its|Their|Our|Both)\s)[A-Z][\w’'-]*\s+){1,4}$")


# A whole title in capitals before an instrument's kind in capitals, its words maybe joined by `and`: `the Economic and
# Technology Cooperation [Agreement]`, `the North American Free Trade [Agreement]`.
JOINED_TITLE_BEFORE = re.compile(r"(?<![\w’'.-])(?:(?!(?:The|A|An|This|That|Its|Their|Our|Both)\s)[A-Z][\w’'-]*\s+"
                                 r"(?:(?:and|&)\s+(?=[A-Z]))?){2,7}$")


def _joined_title(sentence: str, match: re.Match[str]) -> str | None:
    """The whole title of an instrument in capitals when it runs longer than the few words a field is read from, or
    has `and` inside: `the Comprehensive Economic and Trade Agreement` is on `Comprehensive Economic and Trade`, not on
    `Trade`, and `the Central American Free Trade Agreement` on all four words, not on `American Free Trade`. A
    sentence's first words are no title (`Kenya and Vietnam Agree`)."""
    if not sentence[match.start() - 1:match.start()].isspace():
        return None
    run = JOINED_TITLE_BEFORE.search(sentence, max(0, match.start() - 90), match.start())
    if run is None or run.start() == 0:
        return None
    title = run.group(0).strip()
    return title if " and " in title or " & " in title or len(title.split()) > 3 else None


def _title_before_kind(sentence: str, match: re.Match[str]) -> str | None:
    """The title in capitals right before an instrument named by its kind in lower case, when it ends with a word a
    title has (`Partnership`, `Cooperation`, `Trade`): `signed the Strategic Partnership agreement` is on `Strategic
    Partnership`; a sentence's first word is no title."""
    run = TITLE_RUN_BEFORE.search(sentence, max(0, match.start() - 60), match.start())
    if run is None or run.start() == 0:
        return None
    words = run.group(0).split()
    return " ".join(words) if COMMON_TITLE.fullmatch(words[-1]) else None


def _swap_line(text: str) -> bool:
    """The words of a swap line or facility (`line`, `facilities`), which name no kind of instrument alone."""
    return text.lower().startswith(("line", "facilit"))


# A party told the first (or only) one to have signed an instrument: `Chile became the first Latin American country to
# sign a free trade agreement with China in 2005` (signed; not `would be the first to sign`).
FIRST_SIGNER = (r"\b(?:became|was|were)\s+(?:the\s+)?(?:first|second|third|only)\s+(?:[\w-]+\s+){0,4}?"
                r"(?:country|countries|nation|nations|state|states|economy|economies|partner|member)\s+"
                r"(?:[\w-]+\s+){0,4}?to\s+(?:sign|ink|conclude)\s")
FIRST_TO_SIGN = re.compile(FIRST_SIGNER + r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}$")
# The same anywhere in a sentence, whose bare year is then the signing's (`... to sign an FTA with China in 2005`).
FIRST_SIGNED = re.compile(FIRST_SIGNER)


def _status(kind: str, sentence: str, match: re.Match[str]) -> str:
    if kind == "council":
        if COUNCIL_MET.match(sentence, match.end()):  # `the Joint Commission met ... and agreed to set up a group`
            return "established"
        upgrade, new = _upgraded(sentence, match)
        if upgrade and new:  # `have upgraded X into Y` (not `agreed to upgrade`, `will be renamed`)
            return "established" if upgrade.group(0).lower().endswith("ed") \
                and not TO_BE_DONE.search(sentence, max(0, upgrade.start() - 24), upgrade.start()) else "planned"
        if upgrade:  # the old body, in being
            return "established"
        if PLANNED_COUNCIL.search(sentence):
            return "planned"
        if ("meet" in sentence or "session" in sentence) and _pair_body_meets_next(sentence, match):
            return "established"  # its meeting is to come, not the body
        return "established" if _established(sentence) \
            or not (PLANNED.search(sentence) or ESTABLISHED.search(sentence)) else "planned"
    if _issued(kind, sentence, match) or _adopted(sentence, match):
        return "signed"
    revised = REVISED.search(sentence, max(0, match.start() - 60), match.start())
    if kind == "fta" and (_force_cue(sentence) or revised):
        return "in_force"
    if _joined_by_party(sentence, match):
        return "in_force"
    if "pending" in sentence and PENDING_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) \
            and not SIGNED_RIGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
        return "planned"  # `the pending protocol for soybean meal` (not `signed the long-pending protocol`)
    if "proposed" in sentence and _proposed(sentence, match):
        return "planned"  # `A proposed MoU on tourism, ... no date has been set for its signing`
    if _signed(sentence, match) or "first" in sentence \
            and FIRST_TO_SIGN.search(sentence, max(0, match.start() - 120), match.start()):
        return "signed"
    if _force_cue(sentence) or _titled_year(sentence, match) or revised or _under_year(sentence, match) \
            or _of_year(kind, sentence, match) or _extended(sentence, match) or _complementing(sentence, match):
        return "in_force"
    return "signed" if _ratified(sentence) or kind != "fta" and _agreed_on(sentence, match) \
        and not FUTURE_SIGNING.search(sentence) else "planned"


# A party that joined an instrument, right before it: `Malaysia joined the ASEAN-Australia-New Zealand Free Trade
# Agreement in 2010`, `acceded to the treaty`.
JOINED = re.compile(r"\b(?:joined|acceded\s+to)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,6}$")


def _joined_by_party(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The words of a party joining the instrument (`joined the X Agreement in 2010`): it is in force for the party
    from the date told, as an instrument that took effect is."""
    return JOINED.search(sentence, max(0, match.start() - 80), match.start()) if "joined" in sentence \
        or "acceded" in sentence else None


def _ratified(sentence: str) -> bool:
    """A ratification told done (`parliament ratified the treaty`), not denied nor to come (`has not ratified`, `is
    to be ratified`)."""
    if "ratified" not in sentence:
        return False
    return any(not NOT_SIGNED.search(sentence, max(0, cue.start() - 24), cue.start())
               and not FUTURE_RATIFIED.search(sentence, max(0, cue.start() - 24), cue.start())
               for cue in RATIFIED.finditer(sentence))


def _issued(kind: str, sentence: str, match: re.Match[str]) -> bool:
    """A joint communique or declaration the parties issued (`issued a joint communique reaffirming X`, `A Joint
    Declaration on X was issued`), and a joint statement that raises the ties (`_issued_elevating`) or is the text of
    their partnership (`A Joint Statement on Strategic Partnership was issued after the meeting`); any one of them
    adopted (`A joint statement on maritime security was adopted`)."""
    if kind != "declaration" or "issu" not in sentence and "releas" not in sentence and "adopted" not in sentence:
        return False
    after = ISSUED_AFTER.match(sentence, match.end()) if " was " in sentence or " were " in sentence \
        or " been " in sentence or "ed on " in sentence or "ed in " in sentence or "ed at " in sentence else None
    issued = after is not None or ISSUED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) is not None
    if match.group(0).lower().split()[-1].startswith("statement"):  # only one that raises the ties, or adopted
        return after is not None and after.group("verb") == "adopted" or _issued_elevating(sentence, match) \
            or issued and ON_PARTNERSHIP.match(sentence, match.end()) is not None
    return issued and match.group(0).lower().split()[-1].startswith(("communiq", "declaration"))


def _partnership_text_signed(sentence: str, match: re.Match[str]) -> bool:
    """A joint statement on the level of the ties told signed right after its title (`the Joint Statement on Strategic
    Partnership signed in Tokyo in 2015`): the text of their partnership, signed as an instrument is."""
    if "artnership" not in sentence:
        return False
    title = ON_PARTNERSHIP.match(sentence, match.end())
    return title is not None and SIGNED_AFTER.match(sentence, title.end()) is not None


# What a joint statement does to the ties, right after it: `elevating relations to a strategic partnership`.
ELEVATING_AFTER = re.compile(r"(?:\s+on\s+[\w\s]{1,30}?)?,?\s+(?:elevating|upgrading|raising|establishing)\s+"
                             r"(?:(?:their|the|bilateral|diplomatic)\s+)*(?:relations|ties|relationship|partnership)\b")


# The level of ties a joint text raises them to: `elevating relations between X and Y to a strategic partnership`.
RAISED_TO = re.compile(r"\s+to\s+(?:an?\s+|the\s+|their\s+)?(?P<level>(?:[\w-]+\s+){0,3}?partnership)\b")


def _level_raised_to(sentence: str, match: re.Match[str]) -> list[str]:
    """The field of a joint statement or declaration that raises the ties: the level it raises them to."""
    elevating = ELEVATING_AFTER.match(sentence, match.end())
    raised = RAISED_TO.search(sentence, elevating.end(), elevating.end() + 80) if elevating else None
    return [raised.group("level")] if raised else []


# An instrument whose field is what the words before it tell: `signed a joint declaration to that effect`.
TO_THAT_EFFECT = re.compile(r"\s+to\s+(?:that|this|the\s+same)\s+effect\b", re.I)


def _level_raised_before(sentence: str, match: re.Match[str]) -> list[str]:
    """The field of an instrument signed `to that effect`: the level the ties were raised to before it (`Relations
    were elevated to a strategic partnership ..., when the two leaders signed a joint declaration to that effect`),
    else none (never `effect`)."""
    raised = None
    for upgraded in UPGRADED.finditer(sentence, 0, match.start()):
        raised = RAISED_TO.search(sentence, upgraded.end(), min(match.start(), upgraded.end() + 80)) or raised
    return [raised.group("level")] if raised else []


def _issued_elevating(sentence: str, match: re.Match[str]) -> bool:
    """A joint statement issued that raises the ties (`issued a joint statement elevating relations between Brazil and
    Vietnam to a strategic partnership`): the text of a new level of ties, not a press release (`issued a joint
    statement saying ...`)."""
    return ("elevat" in sentence or "upgrad" in sentence or "rais" in sentence or "establish" in sentence) \
        and ISSUED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) is not None \
        and ELEVATING_AFTER.match(sentence, match.end()) is not None


# A verb of adoption done, right before an instrument: `adopted the Astana Declaration`, `endorsed a work programme`.
ADOPTED_RIGHT_BEFORE = re.compile(r"\b(?:adopted|endorsed)\s+(?:(?:an?|the|their|its)\s+)?"
                                  r"(?:(?!and\b)[\w’'-]+\s+){0,4}$", re.I)


def _adopted(sentence: str, match: re.Match[str]) -> bool:
    """An instrument the parties adopted (`adopted the Astana Declaration`): done as a signing is, though SIGNED only
    takes `adopted` before a joint text; not one denied (`have not adopted`); a titled plan launched is adopted too."""
    if "launched" in sentence and match.group(0)[:1].isupper() and match.group(0).lower().rstrip("s").endswith("plan") \
            and LAUNCHED_PLAN.search(sentence, max(0, match.start() - 80), match.start()):
        return True
    if "adopted" not in sentence and "endorsed" not in sentence:
        return False
    adopted = ADOPTED_RIGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start())
    return adopted is not None and not NOT_SIGNED.search(sentence, max(0, adopted.start() - 24), adopted.start())


def _established(sentence: str) -> bool:
    """Words that say a body exists, not that it will (`A Joint Committee will be set up`, `The first meeting of the
    committee is planned for later this year`)."""
    return any(not TO_BE_DONE.search(sentence, max(0, cue.start() - 24), cue.start())
               and not DONE_LATER.match(sentence, cue.end()) for cue in ESTABLISHED.finditer(sentence))


def _signed(sentence: str, match: re.Match[str]) -> bool:
    """Signed by the last verb of signing before the instrument, when it is not a future one (`signed a joint
    communique committing to finalise the treaty`) nor followed by one (`signed 13 agreements and agreed to
    conclude a free trade agreement`); else by any, when none is (`The MoU was signed on Monday`); none that is
    denied (`has not yet been signed`, `have yet to sign`); not when the nearest verb before it initialled it
    (`signed three MoUs and initialled an air services agreement`)."""
    signings = [verb for verb in SIGNED.finditer(sentence) if not RATIFICATION.match(sentence, verb.end())
                and not NOT_SIGNED.search(sentence, max(0, verb.start() - 24), verb.start())]
    verbs = [verb for verb in signings if verb.end() <= match.start()]
    if "nitial" in sentence and INITIALLED.search(sentence, verbs[-1].end() if verbs else 0, match.start()):
        return False  # `signed three MoUs and initialled an air services agreement`: the nearest verb is not signing
    if not verbs:
        return bool(signings) and not FUTURE_SIGNING.search(sentence)
    at = verbs[-1].start()
    futures = FUTURE_SIGNING.finditer(sentence, 0, match.start())
    return not any(future.start() <= at < future.end() or at < future.start() for future in futures)


def _extended(sentence: str, match: re.Match[str]) -> bool:
    """An instrument its own clause tells extended until a year (see EXTENDED_UNTIL): in force, though no word says
    so; a term lengthened elsewhere in the sentence (`The truce was extended until 2026`) is not its own."""
    return " extended " in sentence and EXTENDED_UNTIL.match(sentence, match.end()) is not None


def _force_cue(sentence: str) -> re.Match[str] | None:
    """The first words saying an instrument is in force, not that it will be (`was ratified and will enter into force
    on 1 February`): one still to take effect is signed, not in force."""
    return next((cue for cue in IN_FORCE.finditer(sentence)
                 if not FUTURE_FORCE.search(sentence, max(0, cue.start() - 30), cue.start())), None)


def _date_of(status: str, sentence: str, dates: list[DatePhrase], at: int = -1,
             cue: re.Match[str] | None = None) -> str | None:
    """The date nearest the words of the status: `launched talks in February last year on the FTA,
    which came into force in August 2015` is in force since August 2015; not the year that names another
    instrument than the one at `at` (`signed a treaty on X and renewed the 2014 MoU on Y`: the treaty is not of 2014)."""
    if at >= 0 and any(p.form == "year" for p in dates):
        dates = [phrase for phrase in dates if phrase.form != "year" or not _names_other(sentence, phrase, at)]
        if not dates:
            return None
    cue = cue or ((_force_cue(sentence) or IN_FORCE.search(sentence)) if status == "in_force"
                  else (ESTABLISHED if status == "established" else SIGNED).search(sentence))
    if status == "signed" and at >= 0 and cue is not None and OTHER_CLAUSE.search(sentence, cue.end()):
        cue = _own_signing(sentence, at) or cue
    if cue is None:  # in force by its name, its review or its ratification alone: the sentence's date is of another thing
        return None if status == "in_force" or status == "signed" and _ratified(sentence) else dates[0].date.iso()
    own = [phrase for phrase in dates if not OTHER_CLAUSE.search(
        sentence, min(cue.end(), phrase.end), max(cue.start(), phrase.start))]
    if not own and status == "in_force":  # `welcomed the entry into force of X, which took effect on 1 January`
        cue, own = _later_force(sentence, dates, cue)
    if any(phrase.start >= cue.end() for phrase in own):  # `set up X in 2010 and signed Y in 2013`: 2013
        own = [phrase for phrase in own
               if not (phrase.end <= cue.start() and AND_THEN.fullmatch(sentence, phrase.end, cue.start()))]
    if status != "signed":  # `signed on 17 April 2014 and in force since 1 August 2015`: in force since 2015
        own = [phrase for phrase in own
               if not SIGNING_DATE.search(sentence, max(0, phrase.start - 14), phrase.start)] or own
    if not own:
        return None
    return min(own, key=lambda phrase: min(abs(phrase.start - cue.end()), abs(cue.start() - phrase.end))).date.iso()


def _later_force(sentence: str, dates: list[DatePhrase],
                 cue: re.Match[str]) -> tuple[re.Match[str], list[DatePhrase]]:
    """The first words of force after `cue` in whose clause a date is (`the entry into force of the Agreement on X,
    which took effect on 1 January 2025`: the clause after `which` tells when), with the dates of that clause."""
    for later in IN_FORCE.finditer(sentence, cue.end()):
        if FUTURE_FORCE.search(sentence, max(0, later.start() - 30), later.start()):
            continue
        own = [phrase for phrase in dates if not OTHER_CLAUSE.search(
            sentence, min(later.end(), phrase.end), max(later.start(), phrase.start))]
        if own:
            return later, own
    return cue, []


# What may stand between an instrument and the date said right after it: `a border trade protocol in 1999`.
DATE_GAP = re.compile(r"\s+(?:(?:in|on)\s+)?")


def _date_right_after(sentence: str, match: re.Match[str], dates: list[DatePhrase]) -> str | None:
    """The date said right after one of several instruments, its own (`a cultural agreement in 1961, and a border
    trade protocol in 1999`: the protocol is of 1999), whatever verb of signing is nearer another date."""
    return next((phrase.date.iso() for phrase in dates if phrase.start >= match.end()
                 and DATE_GAP.fullmatch(sentence, match.end(), phrase.start)), None)


# What may stand between an instrument and its own date in its own words: a few words of its fields and `in`/`on`, no
# clause (`a treaty on extradition in 2011`, not `a treaty on extradition, which was proposed in 2009`, nor `agreements
# at the close of the first cabinet meeting held since 2019`).
OWN_WORDS = re.compile(r"(?:\s+[^\s,;:()]+){1,5}?(?:\s+(?:in|on))?\s+")


# A date right before the next instrument listed, after `and` or a comma (`in 2004 and in November 2009 a trade
# protocol`), and what stands between that date and the instrument.
LISTED_DATE_LEAD = re.compile(r"(?:\band|,)\s+(?:(?:in|on)\s+)?$")
LISTED_DATE_GAP = re.compile(r",?\s+(?:(?:an?|the|another|one|two|three|four|five)\s+)?(?:(?!and\s)[\w-]+\s+){0,3}")


def _date_right_before(sentence: str, match: re.Match[str], dates: list[DatePhrase]) -> str | None:
    """The date said after `and` right before one of several instruments, its own (`signed an investment protocol in
    2004 and in November 2009 a trade protocol`: the trade protocol is of November 2009, not of 2004)."""
    return next((phrase.date.iso() for phrase in dates if phrase.end <= match.start()
                 and LISTED_DATE_GAP.fullmatch(sentence, phrase.end, match.start())
                 and LISTED_DATE_LEAD.search(sentence, max(0, phrase.start - 10), phrase.start)), None)


# A clause of the instrument's own signing right after it, its signer a pronoun: `under a share purchase agreement it
# signed with ZCCM in Lusaka in December 2023`, `the accord they sealed in Doha last year`; up to a comma.
SIGNED_BY_IT = re.compile(r"\s+(?:that\s+|which\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
                          r"(?:signed|inked|sealed|concluded)\b[^,;:]*")


def _date_within(dates: list[DatePhrase], clause: re.Match[str]) -> str | None:
    """The first date inside the clause of an instrument's own signing (SIGNED_BY_IT): its own, though another date of
    the sentence stands nearer the verb (`paid $1 billion for a stake in 2024, under an agreement it signed ... in
    December 2023`)."""
    return next((phrase.date.iso() for phrase in dates
                 if clause.start() <= phrase.start and phrase.end <= clause.end()), None)


def _date_in_own_words(sentence: str, match: re.Match[str], end: int, dates: list[DatePhrase]) -> str | None:
    """The date one of several instruments has in its own words, up to where the next one is listed (`an MoU on
    education in 2004, a treaty on extradition in 2011 and an agreement on tourism in March 2019`: the treaty is of
    2011), right after it or after its fields, or right before it after `and`; whatever verb of signing is nearer
    another date."""
    right_after = _date_right_after(sentence, match, dates) or _date_right_before(sentence, match, dates)
    if right_after:
        return right_after
    own = OWN_PASSIVE_SIGNING.search(sentence, match.end(), end) if " was " in sentence or " were " in sentence \
        else None
    if own and not OTHER_CLAUSE.search(sentence, match.end(), own.start()):  # `a second deal ... was signed in June`
        return next((phrase.date.iso() for phrase in dates if own.end() <= phrase.start and phrase.end <= end), None)
    return next((phrase.date.iso() for phrase in dates if match.end() <= phrase.start and phrase.end <= end
                 and OWN_WORDS.fullmatch(sentence, match.end(), phrase.start)
                 and not OTHER_CLAUSE.search(sentence, match.end(), phrase.start)), None)


# The signing an instrument's own clause tells after its fields: `and a second 15-year agreement for additional cargoes
# was signed in Doha in June last year`; or its renewal, a signing too (`The MoU on X was renewed in 2021, and ...`).
OWN_PASSIVE_SIGNING = re.compile(r"\s(?:was|were)\s+(?:also\s+)?(?:signed|inked|sealed|concluded|renewed)\b")


# A clause with a subject of its own after `and` that tells its own status, a named instrument or a party: `signed a
# free trade agreement in 2009, and the CPTPP took effect for both in 2022`; `came into force in 2010 and the
# Comprehensive and Progressive Agreement for Trans-Pacific Partnership took effect for Malaysia in 2022`. Without a
# comma only after `the`: `between India and Japan came into force` has one subject.
OTHER_SUBJECT = re.compile(r"(?:,\s*(?:and|while|whereas|but)\s+(?:the\s+|its\s+|their\s+)?|"
                           r"\s(?:and|while|whereas|but)\s+(?:the|its|their)\s+)"
                           r"(?P<name>[A-Z][\w’'&-]*(?:\s+(?:(?:of|for|on|and|&)\s+)?[A-Z][\w’'&-]*){0,8})"
                           r"(?:\s*\([^()]{1,20}\))?\s+(?:(?:also|later|then|only|finally|formally)\s+)?"
                           r"(?:took|came|entered|went|became|was|were)\b")
SUBJECT_VERBS = frozenset({"took", "came", "entered", "went", "became", "was", "were"})
# Another instrument opening a clause of its own with the words of its signing: `X has been in force since 2022, and the
# preferential trade agreement signed in Lahore in 2023 cut tariffs` (the date and town of that signing are its own).
OTHER_SIGNED_SUBJECT = re.compile(r",\s*(?:and|while|whereas|but)\s+(?:the|its|their|a|an)\s+(?:[\w-]+\s+){0,4}?"
                                  r"(?:agreements?|treat(?:y|ies)|accords?|pacts?|protocols?|memorand(?:um|a)|MoUs?|"
                                  r"contracts?|conventions?|FTAs?|PTAs?)\s+(?:(?:which|that)\s+(?:was|were)\s+)?"
                                  r"(?:signed|inked|concluded|sealed)\b", re.I)
SIGNED_SUBJECT_VERBS = frozenset({"signed", "inked", "concluded", "sealed"})


def _other_subjects(sentence: str, words: frozenset[str],
                    instruments: list[tuple[str, re.Match[str], int]]) -> list[int]:
    """Where each clause of another subject telling its own status begins after an instrument (see OTHER_SUBJECT): the
    status and dates of that clause are its own, not those of the instrument told before it, and an instrument it names
    has only those. Not one that names again what was named before it (`the MNZFTA came into force`)."""
    if not instruments or words.isdisjoint(SUBJECT_VERBS) and words.isdisjoint(SIGNED_SUBJECT_VERBS) \
            or " and " not in sentence and "while" not in sentence and "whereas" not in sentence \
            and " but " not in sentence:
        return []
    first_end = instruments[0][1].end()
    named = [subject.start() for subject in OTHER_SUBJECT.finditer(sentence, first_end)
             if subject.group("name") not in sentence[:subject.start()]
             and fold(subject.group("name")) not in INSTRUMENT_WORDS
             and not BETWEEN_BEFORE.search(sentence, max(0, subject.start() - 60), subject.start())]
    signed = [subject.start() for subject in OTHER_SIGNED_SUBJECT.finditer(sentence, first_end)] \
        if len(instruments) > 1 and ", " in sentence[first_end:] and not words.isdisjoint(SIGNED_SUBJECT_VERBS) else []
    return sorted(named + signed) if signed else named


# The first of two parties `between` joins, right before the `and` of the second: `a Joint Statement between Cambodia
# and the Republic of Korea was issued` has one subject, as has `The X Agreement between the Republic of Chile and the
# Republic of Ecuador entered into force`.
BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+(?:of\s+(?:the\s+)?)?){0,3}[A-Z][\w’'.-]*$")


def _own_signing(sentence: str, at: int) -> re.Match[str] | None:
    """The verb of signing nearest the instrument at `at` with no other clause between them: `signed an MoU on X,
    while an earlier protocol signed in 2012 lapsed` has the protocol signed in 2012, not the MoU."""
    own = [verb for verb in SIGNED.finditer(sentence)
           if not OTHER_CLAUSE.search(sentence, min(verb.end(), at), max(verb.start(), at))]
    return min(own, key=lambda verb: abs(verb.start() - at)) if own else None


# The article or owner before a year that names an instrument: `the 2014 memorandum`, `their 1998 treaty`.
YEAR_OWNER_BEFORE = re.compile(r"\b(?:an?|the|their|its)\s+$", re.I)


# A renewal right before the owner of the instrument's year: `renewed their [2016 MoU]`, `extending the [2019 pact]`.
RENEWED_BEFORE = re.compile(r"\b(?:renew|extend)(?:ed|ing|s)?\s+(?:an?|the|their|its)\s+$", re.I)


def _names_other(sentence: str, phrase: DatePhrase, at: int) -> bool:
    """A year that names an instrument (`the 2014 memorandum`, `a protocol to amend their 1998 treaty`) other than the
    one at `at`, or the one at `at` as first signed when the sentence renews it (`renewed their 2016 MoU on Tuesday`:
    the renewal is the signing told, the year only names the old text): not the date of that one."""
    named = YEAR_NAMES.match(sentence, phrase.end)
    if named is None or YEAR_OWNER_BEFORE.search(sentence, max(0, phrase.start - 7), phrase.start) is None:
        return False
    return named.end() != at or RENEWED_BEFORE.search(sentence, max(0, phrase.start - 24), phrase.start) is not None


# A multilateral treaty named by its title, no instrument of the pair: one whose article is cited (`under Article 6 of
# the Paris Agreement`; not a pair's own, its countries joined in the title: `Article 4 of the Ghana-Togo Agreement`),
# one of the treaties known by the town they were made in (`the Kyoto Protocol`, `the Geneva Conventions`), or one of
# a world body (`the WTO's Agreement on Subsidies`, `the UN Convention on the Law of the Sea`).
ARTICLE_OF_TITLE = re.compile(r"\bArticles?\s+\d+[A-Za-z]?(?:\(\d+\))?(?:\s+and\s+\d+)?\s+of\s+the\s+"
                              r"(?:(?![\w’'-]*[-–][A-Z])[A-Z][\w’'-]*\s+){1,4}$")
TOWN_TREATY = re.compile(r"\b(?:Paris\s+(?:Climate\s+)?Agreement|(?:Kyoto|Montreal|Nagoya|Cartagena)\s+Protocol|"
                         r"Marrakesh\s+Agreement|Schengen\s+Agreement|Wassenaar\s+Arrangement|"
                         r"(?:Ramsar|Basel|Stockholm|Rotterdam|Minamata|Chicago|Aarhus|Hague)\s+Convention|"
                         r"(?:Geneva|Vienna)\s+Conventions?)\b")
WORLD_BODY_TITLE = re.compile(r"\b(?:WTO|UN|United\s+Nations|WHO|ILO|IMO|ICAO|WIPO)(?:[’']s)?\s+$")


def _multilateral(sentence: str, match: re.Match[str]) -> bool:
    """A multilateral treaty named by its title (see ARTICLE_OF_TITLE): the pair are at most two of its many parties,
    and it is no instrument the story tells of them."""
    town = TOWN_TREATY.search(sentence, max(0, match.start() - 16), match.end() + 1)
    return town is not None and town.end() >= match.end() \
        or ARTICLE_OF_TITLE.search(sentence, max(0, match.start() - 80), match.start()) is not None \
        or WORLD_BODY_TITLE.search(sentence, max(0, match.start() - 20), match.start()) is not None


# A copula right before a body described in lower case, which makes it what the subject is, no body of its own: `X is
# the top bilateral mechanism`, `remains the main joint commission`, `serves as a strategic dialogue`.
PREDICATE_BEFORE = re.compile(r"\b(?:is|was|remains|remained|serves\s+as|served\s+as)\s+(?:the|an?|their|its)\s+"
                              r"(?:(?!and\b)[\w-]+\s+){0,2}$")


# The protocol that carries out an agreement named right before it: `the Agreement on X, in force since 2001, and its
# implementing protocol` (one instrument told, the agreement).
OWN_PROTOCOL_BEFORE = re.compile(r"\b(?:and|with)\s+its\s+(?:implementing|additional|annexed)\s+$", re.I)
AGREEMENT_TOLD = re.compile(r"\b(?:agreement|treaty|accord|convention)\b", re.I)


def _own_protocol(sentence: str, match: re.Match[str]) -> bool:
    """A protocol of an agreement the sentence named before it (see OWN_PROTOCOL_BEFORE): part of that one."""
    return match.group(0).lower() == "protocol" \
        and OWN_PROTOCOL_BEFORE.search(sentence, max(0, match.start() - 30), match.start()) is not None \
        and AGREEMENT_TOLD.search(sentence, 0, match.start()) is not None


def _only_cited(sentence: str, match: re.Match[str]) -> bool:
    """A joint text named only as the source of the sentence's news (see CITED_SOURCE_BEFORE)."""
    return CITED_SOURCE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) is not None \
        and TOLD_DONE_AFTER.match(sentence, match.end()) is None


def _is_formal(kind: str, sentence: str, match: re.Match[str], listed: bool, words: frozenset[str]) -> bool:
    """Instruments only: a signed/planned/in-force agreement, not 'agreed to cooperate' nor one only to be explored;
    any one a sentence lists among documents signed before (`The documents also included a protocol on X`); none
    that `no` denies (`No contract has been signed yet`), nor a multilateral treaty named by its title. The sentence's
    words spare scans for verbs it lacks."""
    if NO_INSTRUMENT.search(sentence, max(0, match.start() - 16), match.start()):
        return False
    if kind == "declaration" and "ccording" in sentence and _only_cited(sentence, match):
        return False
    if kind == "agreement" and "its " in sentence and _own_protocol(sentence, match):
        return False
    if kind == "fta" and match.group(0)[:2] in ("tr", "Tr") and _trade_narrowed(sentence, match):
        return False  # `a transit trade agreement`: an agreement on that trade, not an FTA
    if "not a" in sentence and NOT_AN_INSTRUMENT.search(sentence, max(0, match.start() - 40), match.start()):
        return False  # `a framework for cooperation, not a loan agreement`: the instrument denied
    if match.start() < 80 and _complementing(sentence, match):
        return True  # `It was complemented by agreements on labour and on the environment`: side instruments
    if ("becom" in sentence or "turn" in sentence) and BECOMES_BEFORE.search(sentence, max(0, match.start() - 60),
                                                                             match.start()):
        return False  # `follow up every contact until it becomes a contract`: only what it may become
    if kind == "council" and match.group(0)[:1].islower() \
            and PREDICATE_BEFORE.search(sentence, max(0, match.start() - 40), match.start()):
        return False  # `COSBAN, created in 2004, is the top bilateral mechanism`: what the body named first is
    if match.group(0)[:1].isupper() and _multilateral(sentence, match):
        return False
    if "future" in sentence and PLURAL.search(match.group(0)) \
            and GENERIC_FUTURE.search(sentence, max(0, match.start() - 12), match.start()):
        return False
    if " between " in sentence and GENERIC_BETWEEN_AFTER.match(sentence, match.end()):
        return False
    if "ossible " in sentence or "otential " in sentence or "rospective " in sentence:
        if kind == "agreement" and HYPOTHETICAL_BEFORE.search(sentence, max(0, match.start() - 24), match.start()) \
                and not OWN_FIELD.match(sentence, match.end()):
            return False  # `the scope of a potential agreement`: one only thought of, or the one named before again
    if sentence.startswith((" are ", " were "), match.end()) and PRICED_AFTER.match(sentence, match.end()):
        return False  # `because oil contracts are still priced in dollars`: trade's contracts in general
    if ("replac" in sentence or "supersed" in sentence) \
            and REPLACED_BEFORE.search(sentence, max(0, match.start() - 60), match.start()):
        return False  # `signed a treaty in 2024, replacing an earlier pact that lapsed in 2022`: the old one, gone
    if ("anyone" in sentence or "anybody" in sentence) and ANYONE_SIGNED.match(sentence, match.end()):
        return False  # `the cheapest LNG contract anyone has signed this year`: a measure of one told before
    if "pending" in sentence and _pending_topic(sentence, match):
        return False  # `a meeting that also covered ... the pending protocol for soybean meal`: a topic of talks
    if kind != "council" and PLURAL.search(match.group(0)) and _in_general(kind, sentence, match):
        return False  # `signed many MoUs over the years`, `Big oil contracts will stay in dollars`, `its FTAs`
    if kind == "council":
        return not OF_ORGANISATION.match(sentence, match.end()) and not _one_states_body(sentence, match) \
            and bool(ESTABLISHED.search(sentence) or PLANNED_COUNCIL.search(sentence)
                     or COUNCIL_MET.match(sentence, match.end()) or _upgraded(sentence, match)[0]
                     or ("meet" in sentence or "session" in sentence) and _pair_body_meets_next(sentence, match))
    if kind == "agreement" and match.group(0).lower() == "partnership":
        if match.group(0)[0] == "P" and KIND_AFTER.match(sentence, match.end()):
            return False  # the title of the agreement after it: `a Comprehensive Partnership agreement`
        if match.group(0)[0] == "P" and TITLE_SIGNED.match(sentence, match.end()):
            return True
        if _back_reference(sentence, match):  # `That partnership was signed in Tokyo in 2011`: a text signed
            return True
        return SIGNED_PARTNERSHIP.search(sentence, max(0, match.start() - 80), match.start()) is not None \
            and not LEVEL_OF_TIES.search(sentence, max(0, match.start() - 12), match.start())
    if kind == "agreement" and _titled_year(sentence, match):
        return True
    if kind == "agreement" and match.group(0).lower().startswith("protocol") \
            and not PROTOCOL_TEXT.search(sentence, max(0, match.start() - 60), match.start()):
        return False
    if kind == "agreement" and match.group(0)[-5:].lower() == "notes" and match.group(0)[:1] not in "eE" \
            and not sentence.startswith((" were ", " have "), match.end()):  # `exchanged notes on X`: by whom
        return NOTES_EXCHANGERS.search(sentence, max(0, match.start() - 80), match.start()) is not None
    if listed:
        return True
    last_word = match.group(0).lower().split()[-1]
    if kind == "agreement" and last_word.startswith("program") and not match.group(0).lower().startswith("executive"):
        return _signed_as_text(sentence, match) or _under_negotiation(sentence, match)  # not `discussed a programme`
    if kind == "declaration" and match.group(0).startswith("Declaration"):  # `the Kuala Lumpur Declaration`
        return _titled(sentence, match) and _signed_as_text(sentence, match)
    if kind == "agreement" and last_word.startswith("convention") and not _tax_convention(sentence, match):
        return _formal_convention(sentence, match)
    if kind == "declaration" and last_word.endswith(("map", "maps")):  # `signed a roadmap`, not `agreed on a roadmap`
        return _signed_as_text(sentence, match) or _to_be_adopted(sentence, match)
    if kind == "declaration" and last_word in {"statement", "statements"}:  # not `said in a joint statement`
        return ADOPTED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) is not None \
            or _issued(kind, sentence, match) or _partnership_text_signed(sentence, match)
    if _issued(kind, sentence, match):
        return True
    if kind == "agreement" and last_word in {"deal", "deals", "arrangement", "arrangements", "documents",
                                             "instruments", "programme", "programmes"} \
            or kind == "declaration" and last_word in {"plan", "plans"}:
        return _may_sign(sentence, words) and SIGNED.search(sentence) is not None \
            or kind == "agreement" and _agreed_on(sentence, match) \
            or kind == "declaration" and _adopted(sentence, match) \
            or last_word.startswith("arrangement") and _arrangement_negotiated(sentence, match)
    if _of_year(kind, sentence, match) or _extended(sentence, match) \
            or kind in {"agreement", "mou"} and _relations_rest_on(sentence, match):
        return True
    if _only_explored(sentence, match) or "whether" in words and _questioned(sentence, match):
        return False
    if "proposed" in words and _proposal_discussed(sentence, match):
        return False  # `A proposed memorandum on seasonal workers was discussed with officials`: only talked over
    if sentence.endswith(QUESTION_ENDS) and YES_NO_QUESTION.match(sentence):
        return False  # `Could the two countries one day sign a free trade agreement?`: only asked
    return bool(_may_sign(sentence, words) and SIGNED.search(sentence) or IN_FORCE.search(sentence)
                or PLANNED.search(sentence)) or _ratified(sentence) or _under_year(sentence, match) is not None \
        or kind in {"agreement", "mou"} and _agreed_on(sentence, match) \
        or kind == "fta" and ("talks" in words or "discussions" in words) \
        and NEGOTIATED.search(sentence, max(0, match.start() - 60), match.start()) is not None


# One arrangement negotiated, right before it or after it and its field: `are negotiating an arrangement on X`,
# `An arrangement on seasonal workers is being negotiated` (not `talks covered trade arrangements`).
ARRANGEMENT_NEGOTIATED_BEFORE = re.compile(r"\b(?:negotiat(?:e|es|ed|ing)|(?:talks|negotiations?)\s+(?:on|for|over|"
                                           r"towards?))\s+(?:an?|the|their|its)\s+(?:new\s+|bilateral\s+)?$")
ARRANGEMENT_NEGOTIATED_AFTER = re.compile(r"(?:\s+(?:on|for)\s+[^,;.]{1,50}?)?\s+(?:is|was)\s+"
                                          r"(?:still\s+|currently\s+|now\s+)?"
                                          r"(?:under\s+negotiation|being\s+negotiated)\b")


def _arrangement_negotiated(sentence: str, match: re.Match[str]) -> bool:
    """One arrangement under negotiation (see ARRANGEMENT_NEGOTIATED_BEFORE): a text planned, as an agreement would be;
    not `trade arrangements` talked of in general."""
    return "negotiat" in sentence and match.group(0).lower() == "arrangement" \
        and (ARRANGEMENT_NEGOTIATED_BEFORE.search(sentence, max(0, match.start() - 40), match.start()) is not None
             or ARRANGEMENT_NEGOTIATED_AFTER.match(sentence, match.end()) is not None)


# The words a lower-case `trade agreement` may follow and stay one on trade at large: determiners, verbs and words that
# say what kind of text it is (`a bilateral trade agreement`, `has trade agreements`, `an interim trade agreement`).
TRADE_AGREEMENT_LEADS = frozenset({
    "a", "an", "the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "any", "no", "such",
    "of", "on", "with", "for", "in", "into", "at", "by", "and", "or", "to", "has", "have", "had", "sign", "reach",
    "two", "several", "many", "new", "bilateral", "comprehensive", "interim", "formal", "broad", "broader", "wider",
    "landmark", "historic", "separate", "first", "mini", "limited", "reciprocal", "full", "modern", "major",
    "ambitious",
    "possible", "potential", "future", "proposed", "existing", "current", "previous", "earlier", "old", "later"})


def _trade_narrowed(sentence: str, match: re.Match[str]) -> bool:
    """A lower-case `trade agreement` after a word that names a trade of its own (`a power trade agreement`, `a transit
    trade agreement`): not one on market access; a participle (`an upgraded trade agreement`) or a capital does not
    narrow it."""
    before = sentence[max(0, match.start() - 30):match.start()].split()
    if not before:
        return False
    word = before[-1].lower()
    return before[-1][:1].islower() and word.isalpha() and word not in TRADE_AGREEMENT_LEADS \
        and not word.endswith(("ed", "ing"))


# What something may yet become, told before an instrument: `until it becomes a contract`, `if the talks turn into a
# deal` (a hypothetical, no instrument).
BECOMES_BEFORE = re.compile(r"\b(?:until|till|unless|if|once|before|when)\s+(?:it|they|this|that|these|those|"
                            r"the\s+[\w-]+)\s+(?:becomes?|turns?\s+into|grows?\s+into)\s+"
                            r"(?:an?\s+)?(?:[\w-]+\s+){0,2}$",
                            re.I)
# An instrument denied right before it, by what it is not: `a framework for cooperation, not a loan agreement`, `is
# not a binding treaty` (not `not only a trade deal`).
NOT_AN_INSTRUMENT = re.compile(r"\bnot\s+an?\s+(?!only\b)(?:[\w-]+\s+){0,2}$", re.I)
# A state's own name in the possessive, opening a body's name: `China's National Development and Reform Commission`.
STATE_POSSESSIVE = re.compile(r"(?P<state>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s")


def _one_states_body(sentence: str, match: re.Match[str]) -> bool:
    """A body named as one country's own (`a vice-chairman of China's National Development and Reform Commission`):
    an agency of that state, no council of the pair; one told with its partner is the pair's (`Peru's Joint
    Commission with Chile`)."""
    owner = STATE_POSSESSIVE.match(match.group(0))
    return owner is not None and country_names().canonical(owner.group("state")) is not None \
        and not PARTNER_AFTER.match(sentence, match.end())


# Who exchange notes that are a treaty, before `exchanged notes on X`: states and their envoys (`the two foreign
# ministers exchanged notes on the grant`, `Japan and Kenya exchanged notes`), not anyone (`Journalists exchanged notes
# on the talks`).
NOTES_EXCHANGERS = re.compile(r"(?:\b(?:ministers?|ambassadors?|envoys?|governments?|officials|sides|countries|nations|"
                              r"secretar(?:y|ies)|charg[eé]\s+d[’']affaires|delegations?|embassy|embassies)|"
                              r"(?<!^)\b[A-Z][\w’'-]+\s+and\s+[A-Z][\w’'-]+)\s+(?:[\w’'-]+\s+){0,2}?exchanged\s+"
                              r"(?:diplomatic\s+)?$")
# Anyone who signs, right after an instrument: `the cheapest contract anyone has signed`, `the biggest deal anybody
# ever signed`: the instrument compared with all others, not one of its own.
ANYONE_SIGNED = re.compile(r"\s+(?:that\s+)?(?:anyone|anybody)\s+(?:(?:has|had|have)\s+)?(?:ever\s+)?"
                           r"(?:signed|inked|concluded|struck|agreed)\b")
# An agreement only thought of, no field of its own: `report on the scope of a potential agreement`.
HYPOTHETICAL_BEFORE = re.compile(r"\b(?:an?|the|any)\s+(?:possible|potential|prospective)\s+$", re.I)
# Commercial contracts spoken of in general, by how they are priced or paid: `oil contracts are still priced in dollars`.
PRICED_AFTER = re.compile(r"\s+(?:are|were)\s+(?:(?:still|usually|mostly|largely|often|typically|generally|mainly|"
                          r"traditionally)\s+)?(?:priced|denominated|settled|invoiced|quoted|paid|traded)\s+in\b")
# What a new instrument replaces, right before the old one: `, replacing an earlier pact that lapsed in 2022`, `which
# supersedes the 2003 treaty`: history the new one ends, no instrument of the story. One a new one is still to replace
# (`is meant to replace the X`, `will replace`) is in being yet.
REPLACED_BEFORE = re.compile(r"\b(?:replac|supersed)(?:es|ed|ing)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,3}$",
                             re.I)
# An instrument told still to be concluded, right before it: `the pending protocol for soybean meal`.
PENDING_BEFORE = re.compile(r"\b(?:the|an?|its|their)\s+(?:long[\s-])?pending\s+(?:[\w-]+\s+){0,2}$", re.I)
# What talks went over, before the items of it: `a meeting that also covered beef plant approvals and`.
TALKS_COVERED = re.compile(r"\b(?:covered|discussed|addressed|reviewed|touched\s+on|focused\s+on|raised|went\s+over)\s+"
                           r"[^.;:]{0,100}$")


def _pair_body_meets_next(sentence: str, match: re.Match[str]) -> bool:
    """A council named in capitals with two names joined (`the Kazakh–Chinese Cooperation Committee`) whose next meeting
    is told (`The next meeting of X is expected in May`, `X will meet in Lima in May`), or a meeting of it held (`signed
    at the meeting of X`): a body in being, though its founding is untold; not a body named in lower case (`Peru's
    joint commission with Brazil will meet`) unless right after two countries' names joined by a dash (`the
    Tunisian-Italian joint economic commission`)."""
    start = match.start()
    if match.group(0)[:1].isupper():
        joined = PAIR_JOINED.search(match.group(0)) or PAIR_JOINED_BEFORE.search(sentence, max(0, start - 40), start)
    else:
        joined = _countries_joined_before(sentence, start)
        start = joined.start() if joined else start
    return joined is not None and bool(NEXT_MEETING_OF.search(sentence, max(0, start - 60), start)
                                       or MEETS_NEXT.match(sentence, match.end())
                                       or MEETING_HELD_OF.search(sentence, max(0, start - 80), start))


# Two names joined by a dash, right before a body named in lower case: `the Tunisian-Italian [joint commission]`.
NAMES_JOINED_BEFORE = re.compile(r"(?P<a>[A-Z][\w’']*)\s*[-–]\s*(?P<b>[A-Z][\w’']*)\s+$")


def _countries_joined_before(sentence: str, start: int) -> re.Match[str] | None:
    """The two countries' names or demonyms joined by a dash right before a body named in lower case (`the
    Tunisian-Italian joint economic commission`): whose body it is, as for one named in capitals; not any two names
    (`the Smith-Jones joint committee`)."""
    joined = NAMES_JOINED_BEFORE.search(sentence, max(0, start - 50), start) \
        if sentence[max(0, start - 50):start].count("-") + sentence[max(0, start - 50):start].count("–") else None
    names = country_names()
    return joined if joined and all(names.canonical(joined.group(side)) or names.of_demonym(joined.group(side))
                                    for side in ("a", "b")) else None


# Two names joined by a dash in a body's name, or right before it: `Indonesia-Vietnam Joint Commission`, `Kazakhstan–`.
PAIR_JOINED = re.compile(r"[A-Z][\w’']*\s*[-–]\s*[A-Z]")
PAIR_JOINED_BEFORE = re.compile(r"[A-Z][\w’']*\s*[-–]\s*$")
# The next meeting of a body, right before it: `The next meeting of the`, `the upcoming session of the`.
NEXT_MEETING_OF = re.compile(r"\b(?:next|upcoming|coming)\s+(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+the\s+"
                             r"(?:[A-Z][\w’']*\s*[-–]\s*)?$")
# A body's meeting told held, right before it: `signed at the meeting of the`, `during a session of the`, `after the
# 12th meeting of the`, `attended a meeting of the`, `chaired a session of the` (not `called for a meeting of the`, a
# meeting only wished).
MEETING_HELD_OF = re.compile(r"\b(?:at|during|after|following|on\s+the\s+(?:sidelines|margins?)\s+of|"
                             r"(?:attend|chair|co-chair|host|open|convene)(?:ed|d|ing)?)\s+(?:the|a)\s+"
                             r"(?:[\w-]+\s+){0,2}?(?:meeting|session)\s+of\s+the\s+(?:[A-Z][\w’']*\s*[-–]\s*)?$")
# A body's meeting to come, right after it: ` will meet`, ` is to meet`, ` will hold its next session`.
MEETS_NEXT = re.compile(r"\s+(?:will|is\s+(?:due|expected|set|scheduled)\s+to|is\s+to)\s+(?:next\s+)?"
                        r"(?:meet|convene|hold\s+its\s+(?:next|[a-z]+th|second|third)\s+(?:meeting|session))\b")


def _pending_topic(sentence: str, match: re.Match[str]) -> bool:
    """A pending instrument that talks went over (`after a meeting that also covered beef plant approvals and the
    pending protocol for soybean meal`): a topic, no instrument; one told pending alone is planned (`_status`)."""
    pending = PENDING_BEFORE.search(sentence, max(0, match.start() - 40), match.start())
    return pending is not None and TALKS_COVERED.search(sentence, max(0, pending.start() - 120),
                                                        pending.start()) is not None


# A quantity that tells no signing but a history of them, right before instruments: `have signed many MoUs over the
# years`, `dozens of agreements` (not `several agreements`, `a number of agreements`, which a signing is told with).
INDEFINITELY_MANY = re.compile(r"\b(?:many|numerous|countless|(?:dozens|scores|hundreds)\s+of)\s+(?:[\w-]+\s+){0,2}$",
                               re.I)
MANY_WORDS = ("any", "umerous", "ountless", "ozens", "cores", "undreds")  # one of which INDEFINITELY_MANY needs
# A stock of instruments counted in hundreds, more than any signing has: `more than 200 intergovernmental and
# interdepartmental agreements` (not `more than 20 agreements were signed`, which a visit may sign).
COUNTED_MASS = re.compile(r"\b(?:more\s+than|over|some|nearly|around|almost|about)\s+\d{3,}(?:,\d{3})*\s+"
                          r"(?:[\w-]+\s+){0,3}$", re.I)
# Instruments in the plural with no determiner, opening a clause whose verb of what they will do is no signing: `"Big
# oil contracts will stay in dollars`, trade's contracts in general (not `Oil contracts will be signed next month`,
# nor `The contracts will ...`, told before).
BARE_PLURAL_BEFORE = re.compile(r"(?:^|[“\"‘(]|\b(?:but|and|while|because|since|that|if|when|whereas)\s+)"
                                r"(?:(?!(?:the|an?|these|those|this|that|its|their|our|his|her|such|any|all|some|both|"
                                rf"several|many|{NUMBER_WORD_PATTERN})\b)[A-Za-z][\w-]*\s+){{0,3}}$", re.I)
WILL_DO_AFTER = re.compile(r"\s+(?:will|would|could|can|may|might)\s+(?:still\s+|also\s+|continue\s+to\s+)?"
                           r"(?!be\s+(?:signed|inked|sealed|concluded|finali[sz]ed|awarded|negotiated)\b)"
                           r"(?!(?:sign|ink|seal|conclude|finali[sz]e)\b)[a-z]+\b")
# A country's instruments in general, its own with partners it does not name: `thanks to its free trade agreements`,
# `Mexico's free trade agreements` (not `their free trade agreements with Chile and Peru`, `their agreements on
# fisheries`, nor `signed their agreements`).
POSSESSED_BEFORE = re.compile(r"(?:\b(?:[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)|[A-Z][\w-]*[’']s)\s+(?:[a-z-]+\s+){0,2}$")
PARTNER_AFTER = re.compile(r"\s+(?:with|between)\s")
POSSESSIVE_WORDS = ("ts ", "heir ", "is ", "er ", "ur ", "'s ", "’s ")  # one of which POSSESSED_BEFORE needs


def _in_general(kind: str, sentence: str, match: re.Match[str]) -> bool:
    """Instruments in the plural spoken of in general, none in particular: a history of many (`We have signed many
    MoUs with the Gulf over the years`) with no field of their own; commercial ones by what they will do (`Big oil
    contracts will stay in dollars`); a country's own with partners untold (`thanks to its free trade
    agreements`)."""
    before = max(0, match.start() - 40)
    window = sentence[before:match.start()]
    if any(word in window for word in MANY_WORDS) and INDEFINITELY_MANY.search(sentence, before, match.start()):
        return not OWN_FIELD.match(sentence, match.end())
    if any(character.isdigit() for character in sentence[max(0, match.start() - 60):match.start()]) \
            and COUNTED_MASS.search(sentence, max(0, match.start() - 60), match.start()):
        return not OWN_FIELD.match(sentence, match.end())
    if not match.group(0).endswith(("s", "S")):  # `a trade in services agreement` is one
        return False
    if any(word in window for word in POSSESSIVE_WORDS) \
            and POSSESSED_BEFORE.search(sentence, before, match.start()):  # `agreements` of `its free trade agreements`
        return not PARTNER_AFTER.match(sentence, match.end()) and not OWN_FIELD.match(sentence, match.end()) \
            and not SIGNED_RIGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start())
    return sentence.startswith((" will ", " would ", " could ", " can ", " may ", " might "), match.end()) \
        and WILL_DO_AFTER.match(sentence, match.end()) is not None \
        and BARE_PLURAL_BEFORE.search(sentence, before, match.start()) is not None


# Instruments of the future in general, none in particular: `a share of future contracts`, `for future deals`.
GENERIC_FUTURE = re.compile(r"\bfuture\s+$", re.I)
# An instrument between countries in general, no parties named: `showed that a trade agreement between countries on
# opposite sides of the Pacific could work` (not `between the two countries`).
GENERIC_BETWEEN_AFTER = re.compile(r"\s+between\s+(?:countries|nations|states|economies)\b")


# An instrument the parties agreed on, right before it: `agreed on a currency swap line`, `agreed upon an
# extradition treaty`, or one they reached (`reached an agreement on fishing quotas`: its terms are settled); not talk
# of intent: `agreed on the need for an agreement`, `agreed on a roadmap`.
AGREED_ON = re.compile(r"\b(?:agreed\s+(?:on|upon)|reached)\s+(?:an?|the|their|its|a\s+new)\s+"
                       r"(?:(?!and\b|need\b|importance\b|free\b)[\w-]+\s+){0,3}$")


def _agreed_on(sentence: str, match: re.Match[str]) -> bool:
    """An instrument agreed on, a text the parties settled as they do one signed; not one only to be negotiated. One
    reached names its own field (`reached an agreement on fishing quotas`): not an accord to act (`reached an agreement
    to boost trade`) nor a word of talks (`reached a deal-breaking stage`)."""
    agreed = AGREED_ON.search(sentence, max(0, match.start() - 60), match.start()) \
        if "agreed" in sentence or "reached" in sentence else None
    if agreed is None or NOT_SIGNED.search(sentence, max(0, agreed.start() - 24), agreed.start()):
        return False
    return agreed.group(0).lower().startswith("agreed") or OWN_FIELD.match(sentence, match.end()) is not None \
        or _reached_over(sentence, match) is not None


# The matter an agreement reached settles, after `over` or `about` (`reached an agreement over fishing quotas`), not
# a time or amount those words also lead (`over the weekend`, `about two weeks ago`).
REACHED_OVER = re.compile(r"\s+(?:over|about)\s+(?![A-Z\d])(?!(?:the\s+)?(?:weekend|past|next|last|coming|years?|months?|"
                          r"weeks?|days?|hours?|decades?|an?|one|two|three|four|five|six|seven|eight|nine|ten|half|"
                          r"several|many|few)\b)(?P<list>[^.;:]+)")


def _reached_over(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The list of matters after `reached an agreement over`/`about`; those words lead no instrument's field else."""
    if not sentence.startswith((" over ", " about "), match.end()):
        return None
    reached = AGREED_ON.search(sentence, max(0, match.start() - 60), match.start())
    return REACHED_OVER.match(sentence, match.end()) \
        if reached and reached.group(0).lower().startswith("reached") else None


# An instrument named by its year with the definite article or an owner, before its field: `the 2019 agreement on
# police cooperation`, `their 2014 memorandum on fisheries`: one in being since that year.
YEAR_OWNED = re.compile(r"\b(?:the|their|its)\s+(?P<year>(?:19|20)\d{2})\s+(?:[a-z-]+\s+){0,2}$", re.I)
# The same with its field before it and the parties it is between after it (`_of_year`), with any article: `a 2016
# maritime border demarcation agreement between Egypt and Saudi Arabia`.
YEAR_BETWEEN = re.compile(r"\b(?:an?|the|their|its)\s+(?P<year>(?:19|20)\d{2})\s+(?:[a-z-]+\s+){0,4}$", re.I)


def _of_year(kind: str, sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The year a lower-case agreement or memorandum on a field is named by (`discussed the 2019 agreement on police
    cooperation`), which says it is in being."""
    if kind not in {"agreement", "mou"} or not match.group(0).islower():
        return None
    if sentence.startswith(" between ", match.end()):  # `a 2016 maritime border demarcation agreement between X and Y`
        return YEAR_BETWEEN.search(sentence, max(0, match.start() - 60), match.start())
    if not OWN_FIELD.match(sentence, match.end()):
        return None
    return YEAR_OWNED.search(sentence, max(0, match.start() - 40), match.start())


# Relations told to rest on an instrument right after, with its year when it has one: `Relations are anchored in the
# 2003 Treaty of Friendship`, `Ties are based on a 1992 agreement on ...`, `Relations are governed by the 1991
# Treaty of ...`: it is in force, and the relations are the pair's own, though the sentence names neither.
RELATIONS_REST_ON = re.compile(r"\b(?:[Rr]elations|[Tt]ies|[Rr]elationship)\s+"
                               # maybe with a clause on the pair: `Relations between the two countries, which fought
                               # a war in the 1930s, have been governed since 1938 by ...`
                               r"(?:(?:between|of)\s+[^,;]{1,40}?(?:\s+|,\s+which\s+[^,;]{1,60},\s+))?"
                               r"(?:(?:are|is|have\s+been|has\s+been|remain)"
                               r"\s+(?:[a-z]+ly\s+)?"
                               r"(?:(?:anchored|based|grounded|founded|rooted|built)\s+(?:in|on|upon)|"
                               # `have been governed since 1938 by the Treaty of ...`: since its year
                               r"(?:governed|underpinned|framed|guided)\s+(?:since\s+(?P<since>(?:19|20)\d{2})\s+)?by)|"
                               r"(?:rest|rests)\s+on)\s+(?:the|an?)\s+(?:(?P<year>(?:19|20)\d{2})\s+)?"
                               r"(?:[\w’'-]+\s+){0,4}$")
# How far before an instrument RELATIONS_REST_ON is looked for: room for a clause on the pair.
RESTS_ON_REACH = 160
RESTS_ON_WORDS = ("anchored", "based", "grounded", "founded", "rooted", "built", "rest", "governed", "underpinned",
                  "framed", "guided")


def _relations_rest_on(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The words telling that the relations rest on the instrument right after them (RELATIONS_REST_ON)."""
    if "elation" not in sentence and "ies " not in sentence or not any(word in sentence for word in RESTS_ON_WORDS):
        return None
    return RELATIONS_REST_ON.search(sentence, max(0, match.start() - RESTS_ON_REACH), match.start())


def _under_year(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The words before an instrument that something runs under it since its year (`under a 2008 agreement`)."""
    return UNDER_YEAR.search(sentence, max(0, match.start() - 30), match.start()) if "under" in sentence else None


# A verb that makes the instrument right after it a text the parties sign or adopt: `signed a Consular Convention`,
# `adopted the Astana Declaration`, `ratified the convention on legal assistance`, or another instrument it has
# before `and` (`signed a Consular Convention and a Convention on X`); not `spoke of a convention`.
SIGNED_RIGHT_BEFORE = re.compile(r"\b(?:sign|ink|seal|conclud|ratif|adopt|endors|issu)\w*\s+"
                                 r"(?:[^.;]{1,60}?(?:,|\sand|\sas\s+well\s+as)\s+(?=(?:an?|the|their|its)\s))?"
                                 # not a predicate after it: `What was signed today is a roadmap for the years`
                                 r"(?:(?:an?|the|their|its)\s+)?(?:(?!(?:and|is|was|are|were)\b)[\w’'-]+\s+){0,4}$",
                                 re.I)
# The capitalised words of a title after its kind, before a participle of signing: `Convention on Legal Assistance
# in Civil Matters was signed`.
TITLE_WORDS_AFTER = re.compile(r"(?:\s+(?:(?:for|on|of|in|and|&)\s+)?[A-Z][\w’'-]*){0,8}")
# A tax treaty by its other name: `a tax convention`, `the convention for the avoidance of double taxation`.
TAX_BEFORE = re.compile(r"\btax(?:ation)?\s+$", re.I)
DOUBLE_TAX_AFTER = re.compile(r"\s+(?:between\s+[^.;]{1,60}?\s+)?(?:for|on)\s+(?:the\s+)?"
                              r"(?:avoidance|elimination|prevention)\s+of\s+double", re.I)
# What names a convention of many countries, right before it: `the UN Convention on the Law of the Sea`, `the Hague
# Convention`; or a gathering: `a convention centre`.
MULTILATERAL_BEFORE = re.compile(r"\b(?:UN|U\.N\.|United\s+Nations|International|European|Europe|ASEAN|OECD|ILO|"
                                 r"WHO|UNESCO|Hague|Geneva|Vienna|Multilateral|multilateral|international)\s+$")
GATHERING_AFTER = re.compile(r"\s+(?:cent(?:re|er)s?|halls?|city|delegates?|venues?|floor)\b", re.I)
# The first words of a sentence, which no title of an instrument is: `The Convention was signed`.
DETERMINERS = frozenset({"The", "A", "An", "This", "That", "Its", "Their", "Our", "Both", "Each"})


def _tax_convention(sentence: str, match: re.Match[str]) -> bool:
    """A convention named as a tax treaty, which the rule for agreements in general decides."""
    return TAX_BEFORE.search(sentence, max(0, match.start() - 9), match.start()) is not None \
        or DOUBLE_TAX_AFTER.match(sentence, match.end()) is not None


def _formal_convention(sentence: str, match: re.Match[str]) -> bool:
    """A convention the pair signs, ratifies or has in force, named by its title (`a Consular Convention`, `the
    Convention of Establishment`) or signed right before (`signed a convention on legal assistance`); not one of
    many countries (`the UN Convention`), a gathering (`a convention centre`) nor one merely spoken of."""
    if GATHERING_AFTER.match(sentence, match.end()) \
            or MULTILATERAL_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
        return False
    if match.group(0)[:1] != "C":  # `signed a convention on X`, or `the convention was signed` naming one again
        return SIGNED_RIGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start()) is not None \
            or _convention_again(sentence, match)
    return _titled(sentence, match) and (_signed_as_text(sentence, match) or _force_cue(sentence) is not None)


def _convention_again(sentence: str, match: re.Match[str]) -> bool:
    """A convention named again by its kind alone, told signed or in force: `The convention was signed in Riga on
    Monday` after `the Convention on the Avoidance of Double Taxation`. It only tells more of a convention named
    before (`_referred`), and is no instrument of its own."""
    return match.group(0).lower() == "convention" \
        and ANAPHOR.search(sentence, max(0, match.start() - 10), match.start()) is not None \
        and (WAS_SIGNED.match(sentence, match.end()) is not None or _force_cue(sentence) is not None)


# A title after an instrument's kind: `Convention of Establishment`, `Convention on Extradition`.
TITLE_AFTER = re.compile(rf"\s+(?:of|on|for)\s+{NAME_WORD}")


# A place or name in capitals after `of` in an instrument's own words: `Declaration of Ipiales`.
OWN_TITLE_OF = re.compile(r"^[A-Z]\w*\s+of\s+[A-Z]")


def _titled(sentence: str, match: re.Match[str]) -> bool:
    """An instrument whose kind is written in capitals with a title: a capitalised word before it that is no
    determiner (`Consular Convention`, `Kuala Lumpur Declaration`), or one after `of`/`on`/`for` (`Convention of
    Establishment`)."""
    before = sentence[max(0, match.start() - 30):match.start()].split()
    if before and before[-1][:1].isupper() and before[-1] not in DETERMINERS:
        return True
    if OWN_TITLE_OF.search(match.group(0)):  # `the Declaration of Ipiales`: its title in its own words
        return True
    return TITLE_AFTER.match(sentence, match.end()) is not None


# A verb of signing before a list of instruments that this one ends: `to sign an agreement on cooperation in the field
# of defence, a memorandum of understanding on geology and a programme of cultural exchanges`.
SIGNED_LIST_BEFORE = re.compile(r"\b(?:sign|ink|seal|conclud|adopt|endors)\w*\s+(?P<first>(?:an?|the|their)\s+"
                                r"(?:[\w-]+\s+){0,3}?)(?=(?i:agreement|memorand|MoU|MOU|protocol|treaty|accord|"
                                r"convention|contract))[^.;:]{1,200}?(?:,|\sand)\s+(?:an?|the)\s+"
                                r"(?:(?!and\b)[\w-]+\s+){0,3}$", re.I)


def _signed_as_text(sentence: str, match: re.Match[str]) -> bool:
    """The instrument is the object of a verb of signing or adoption right before it, or the last of a list of
    instruments that is, or its title is followed by one (`the Convention on Legal Assistance in Civil Matters was
    signed`)."""
    if SIGNED_RIGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start()):
        return True
    if " a" in sentence[max(0, match.start() - 30):match.start()] \
            and SIGNED_LIST_BEFORE.search(sentence, max(0, match.start() - 260), match.start()):
        return True
    title = TITLE_WORDS_AFTER.match(sentence, match.end())
    return WAS_SIGNED.match(sentence, title.end() if title else match.end()) is not None


# A text told to be signed or adopted after its own words: `A roadmap for industrial cooperation for 2019-2021 is to be
# adopted at the next meeting`.
TO_BE_ADOPTED_AFTER = re.compile(r"[^,;.]{0,60}?\s+(?:is|are|will\s+be|would\s+be)\s+"
                                 r"(?:(?:to|expected\s+to|due\s+to|set\s+to|scheduled\s+to)\s+be\s+)?"
                                 r"(?:signed|adopted)\b")


def _to_be_adopted(sentence: str, match: re.Match[str]) -> bool:
    """A text told right after its own words that it is to be signed or adopted (TO_BE_ADOPTED_AFTER): one planned,
    as a text signed is one."""
    return (" signed" in sentence or " adopted" in sentence) \
        and TO_BE_ADOPTED_AFTER.match(sentence, match.end()) is not None


# A text told under negotiation right after it, its signing to come: `the third phase of the X Programme, worth EUR 100
# million, was under negotiation and could be signed by the end of the year`.
UNDER_NEGOTIATION = re.compile(r"(?:,[^;,]{1,40},)?\s+(?:is|was|are|were)\s+(?:still\s+|currently\s+|now\s+)?"
                               r"(?:under\s+negotiation|being\s+negotiated)\b")


def _under_negotiation(sentence: str, match: re.Match[str]) -> bool:
    """A text told under negotiation (see UNDER_NEGOTIATION): an instrument planned."""
    return "negotiat" in sentence and UNDER_NEGOTIATION.match(sentence, match.end()) is not None


def _only_explored(sentence: str, match: re.Match[str]) -> bool:
    """An instrument named by its kind that the parties only explore or discuss (`agreed to explore a bilateral
    investment treaty`, `discussed the possibility of concluding an FTA`): a statement of intent, no instrument; not
    one in force or signed (`discussed the MoU signed in 2020`), nor one named by its title."""
    text = match.group(0)
    if text[:1].isupper() and " " in text or not any(cue in sentence for cue in INTENT_CUES):
        return False
    return INTENT_ONLY.search(sentence, max(0, match.start() - 80), match.start()) is not None \
        and not IN_FORCE.search(sentence) and not SIGNED_AFTER.match(sentence, match.end()) \
        and not (" which " in sentence and SIGNING_HOPED_AFTER.match(sentence, match.end()))


# An instrument told proposed, right before it: `A proposed memorandum on seasonal workers`, `the proposed treaty`;
# one not yet signed.
PROPOSED_BEFORE = re.compile(r"\b(?:an?|the|its|their)\s+proposed\s+(?:[\w’'-]+\s+){0,3}$", re.I)
# The first verb of its own clause after it, told of talks only: `A proposed memorandum on X, under which Y hopes to
# send workers, was discussed with officials` (not `A proposed MoU ... was signed`).
CLAUSE_VERB_AFTER = (r"(?:(?!\s(?:is|are|was|were|has|have|will)\s)[^.;]){0,160}?\s(?:is|are|was|were|has\s+been|"
                     r"have\s+been)\s+(?:also\s+|only\s+|briefly\s+|being\s+|finally\s+)*")
DISCUSSED_AFTER = re.compile(CLAUSE_VERB_AFTER + r"(?:discussed|explored|considered|studied|talked\s+about)\b")
# The same, told signed: `A proposed MoU on mining was finally signed on Monday`; no longer only proposed.
PROPOSAL_SIGNED_AFTER = re.compile(CLAUSE_VERB_AFTER + r"(?:signed|inked|sealed|concluded)\b")


def _proposed(sentence: str, match: re.Match[str]) -> bool:
    """An instrument told proposed (see PROPOSED_BEFORE) and not signed right before (`signed the proposed pact`) nor
    in its own clause after it (see PROPOSAL_SIGNED_AFTER): one not yet signed."""
    return PROPOSED_BEFORE.search(sentence, max(0, match.start() - 60), match.start()) is not None \
        and not SIGNED_RIGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start()) \
        and not PROPOSAL_SIGNED_AFTER.match(sentence, match.end())


def _proposal_discussed(sentence: str, match: re.Match[str]) -> bool:
    """A proposed instrument its own clause tells only discussed (see DISCUSSED_AFTER): a statement of intent, no
    instrument."""
    return _proposed(sentence, match) and DISCUSSED_AFTER.match(sentence, match.end()) is not None


# A signing a side hopes or plans for, told right after the instrument discussed: `a social security agreement, which
# Bratislava hopes to sign by the end of the year`: an instrument planned, not only talked about.
SIGNING_HOPED_AFTER = re.compile(r",?\s+which\s+(?:[\w’'.-]+\s+){1,4}?(?:hopes?|hoped|plans?|planned|expects?|expected|"
                                 r"aims?|intends?|wants?)\s+to\s+(?:sign|conclude|ink|seal|finali[sz]e)\b")


# A signing asked about, right before the instrument: `the question is whether Germany will sign long-term offtake
# contracts`, `whether to sign an MoU`.
QUESTIONED = re.compile(r"\bwhether\s+(?:(?:[\w’'.-]+\s+){1,4}?(?:will|would|can|could|should|might|may)\s+|to\s+)"
                        r"(?:\w+\s+)?(?:sign|ink|seal|conclude)\s+(?:(?!and\b)[\w-]+\s+){0,4}$", re.I)


# A question the sentence asks, opened by its verb, not told: `Could the two sides one day sign an FTA?`, `Will the
# treaty be ratified?`; its instrument is neither signed nor planned.
YES_NO_QUESTION = re.compile(r"[\"“‘']?(?:Could|Can|Will|Would|Should|Shall|Might|May|Is|Are|Was|Were|Do|Does|Did|Has|"
                             r"Have|Had)\s")
QUESTION_ENDS = ("?", "?\"", "?”", "?’", "?'")


def _questioned(sentence: str, match: re.Match[str]) -> bool:
    """An instrument whose signing is only a question (see QUESTIONED): no instrument signed nor planned."""
    return QUESTIONED.search(sentence, max(0, match.start() - 100), match.start()) is not None


def _titled_year(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The title and year an instrument is named by (`the 1951 Mutual Defense Treaty`): one that stands."""
    if not match.group(0)[:1].isupper():
        return None
    return YEAR_TITLE.search(sentence, max(0, match.start() - 80), match.end())


def _names_pair(sentence: str, context: ArticleContext) -> bool:
    """The sentence names both of the pair, or them as `both nations` or by their capitals, and no other country."""
    named = set(context.countries.mentioned(sentence))
    return not named - set(context.pair) and (named >= set(context.pair) or THE_PAIR.search(sentence) is not None
                                              or _names_capitals(sentence, context.pair))


def _names_capitals(sentence: str, pair: tuple[str, ...]) -> bool:
    """The sentence names each of the pair by its capital, as news name governments (`urged Putrajaya and Jakarta to
    speed up the review of the 1970 Border Trade Agreement`)."""
    capitals = capitals_by_country()
    return all(any(re.search(rf"\b{re.escape(capital)}\b", sentence) for capital in capitals.get(country, ()))
               for country in pair)


# A firm told by its country's demonym and what it is, signing right before the instrument: `Nigerian conglomerate
# BUA Group signed a $120 million contract` -> (`Nigerian`, `BUA Group`).
DESCRIBED_SIGNER = re.compile(r"\b(?P<demonym>[A-Z][a-z]+)\s+"
                              r"(?:(?!(?:said|says|told|and|or|of|with)\s)[a-z][\w-]*\s+){1,3}"
                              r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\s+(?:signed|inked|sealed)\s+"
                              r"(?:an?\s+|the\s+)?(?:\S+\s+){0,4}$")
# The firm it is signed with, told alike right after it: `with Brazilian equipment maker Jacto` -> (`Brazilian`,
# `Jacto`).
DESCRIBED_WITH = re.compile(r"\s+with\s+(?P<demonym>[A-Z][a-z]+)\s+(?:[a-z][\w-]*\s+){1,3}"
                            r"(?P<name>[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})\b")


def _described_firms(sentence: str, match: re.Match[str], context: ArticleContext) -> list[str] | None:
    """Two firms each told by its country's demonym and what it is, one signing the instrument with the other
    (`Nigerian conglomerate BUA Group signed a contract with Brazilian equipment maker Jacto`): the firms are its
    parties, not their countries; neither may be a country or its capital (`officials said Ankara signed`)."""
    if " with " not in sentence:
        return None
    signer = DESCRIBED_SIGNER.search(sentence, max(0, match.start() - 160), match.start())
    other = DESCRIBED_WITH.match(sentence, match.end()) if signer else None
    if other is None or not all(context.countries.of_demonym(m.group("demonym")) for m in (signer, other)):
        return None
    names = [signer.group("name"), other.group("name")]
    return None if any(context.countries.canonical(name) or name in capital_names() for name in names) else names


def _parties(sentence: str, match: re.Match[str], context: ArticleContext) -> list[str]:
    """Organisations that sign (`X and Y signed an MoU`, `an MoU between X (XA) and Y (YA)`), not people with their
    titles, else the pair."""
    between = BETWEEN_BODIES.match(sentence, match.end()) or DESCRIBED_BODIES.match(sentence, match.end()) \
        if "between" in sentence else None
    if between and not any(context.countries.canonical(between.group(g)) for g in ("a", "b")):
        return [between.group("a"), between.group("b")]
    firms = _described_firms(sentence, match, context)
    if firms:
        return firms
    head = sentence[:match.start()]
    # Those of its own clause (`, while X and Y inked`); the pattern ends in one of the verbs, so none without them.
    orgs = next(reversed(list(SIGNING_BODIES.finditer(head))), None) \
        if "signed" in head or "inked" in head or "exchanged" in head or "renewed" in head else None
    if orgs:
        a, b = (orgs.group(g).strip() for g in ("a", "b"))
        if not (context.countries.canonical(a) or context.countries.canonical(b)
                or context.countries.of_demonym(a) or context.countries.of_demonym(b)  # `Indonesian and Vietnamese`
                or NOT_A_FIELD.search(a + " " + b)
                or STATE_BODY.search(a + " " + b)
                or TITLE_LISTED.search(head, max(0, orgs.start() - 80), orgs.start())
                or PEOPLE_BEFORE.search(head, max(0, orgs.start() - 30), orgs.start())
                or TITLED_NAME_BEFORE.search(head, max(0, orgs.start() - 60), orgs.start())
                or a in capital_names() or b in capital_names()):  # `Ottawa and Berlin signed`: their governments
            return [OPENING_OR_THE.sub("", a), b]
    return list(context.pair)


# Whom the signers are, in lower case right before their names, which makes them people, not bodies: `Foreign
# ministers Bui Thanh Son and Enrique Manalo signed`.
PEOPLE_BEFORE = re.compile(r"\b(?:ministers|presidents|leaders|officials|envoys|ambassadors|counterparts|chiefs|"
                           r"secretaries)\s+$")
# A title before the first signer's name, maybe with a lower-case particle in it, which makes the signer the end of a
# person's name, not a body: `Presidents Luiz Inácio Lula da Silva and Alberto Fernández signed` (`Silva` is no party).
TITLED_NAME_BEFORE = re.compile(r"\b(?:Presidents?|Ministers?|Prime|Premiers?|Chancellors?|Kings?|Leaders?)\s+"
                                r"(?:[A-Z][\w’'.-]*\s+|(?:da|de|do|dos|das|del|di|van|von|der|bin|al)\s+){1,5}$")
# The capitalised words of a title before the kind they end with: `the Kuala Lumpur [Declaration]`.
TITLE_BEFORE = re.compile(r"(?:(?!(?:The|A|An|This|That|Its|Their)\s)[A-Z][\w’'.-]*\s+){1,3}$")


def _name(kind: str, match: re.Match[str], domains: list[str], parties: list[str]) -> str:
    text = SPACES.sub(" ", match.group(0)).strip()
    if kind == "council":  # a body named by what it does is told by its task: `technical committee on X`
        return f"{text} on {' and '.join(domains)}" if domains and text[:1].islower() else THE_LEAD.sub("", text)
    label = "–".join(parties)
    programme = _programme_title(match.string, match) if text[-1:] in "emEM" else None
    if programme:  # `the Strategic Cooperation Programme 2018-2022`: named by its whole title
        return f"{label} {programme[0]}"
    if text.startswith("Declaration"):  # `the Kuala Lumpur Declaration`: named by its title
        title = TITLE_BEFORE.search(match.string, max(0, match.start() - 40), match.start())
        text = f"{title.group(0)}{text}" if title else text
    if domains and _swap_line(text):  # a swap line named by its field: `Chile–Peru currency swap line`
        return f"{label} {domains[0]}"
    if len(domains) == 1 and domains[0].lower().endswith(text.lower()):  # `Strategic Partnership`: its own title
        return f"{label} {domains[0]}"
    if len(domains) == 1 and text[:1].isupper() and domains[0] == _joined_title(match.string, match):
        # `the Economic and Technology Cooperation Agreement`: its whole title, which may name the parties itself
        named = any(party in domains[0] for party in parties)
        return f"{domains[0]} {text}" if named else f"{label} {domains[0]} {text}"
    if domains and not (kind == "fta" and domains == ["trade"]):  # an FTA's own field needs no words
        listed = ", ".join(domains[:-1]) + f" and {domains[-1]}" if len(domains) > 1 else domains[0]
        if text.lower().endswith("notes"):  # `Notes were exchanged for X`: an exchange of notes
            return f"{label} exchange of notes on {listed}"
        return f"{label} {text.rstrip('s')} on {listed}"
    body = OF_BODY.match(match.string, match.end()) or OF_MEETING.match(match.string, match.end())
    return f"{label} {text}{body.group(0) if body else ''}"


def _instruments(sentence: str, words: frozenset[str], after: int = 0,
                 listed: bool = False) -> list[tuple[str, re.Match[str], int]]:
    """The formal instruments a sentence is about, each with where its text ends: the one of the first kind
    (in INSTRUMENTS order) and those coordinated with it (`signed a protocol on X and an agreement on Y`).
    An instrument inside another's name is not one (the `agreement` of `free trade agreement`), nor one
    another is about (`a protocol on the trade agreement's expansion`), nor one described again or a part
    of one (`a contract ..., the largest deal`); and those signed in a clause of their own, and a council that meets
    besides instruments signed (`sealed an agreement as they held the 5th meeting of their Joint Commission`). Those
    a sentence lists among instruments signed before are the ones after its subject (`The documents included ...`)."""
    present = words & INSTRUMENT_WORDS  # a word or two: each kind's cues are tested on them, not on all the words
    named = [(rank, kind, match) for rank, (kind, pattern, cues) in enumerate(INSTRUMENTS)
             if not cues.isdisjoint(present) and _may_name(kind, sentence, words)
             for match in _scanned(kind, pattern, present, sentence).finditer(sentence, after)
             if _is_formal(kind, sentence, match, listed, words)]
    named.sort(key=lambda item: (item[2].start(), item[0]))
    if len(named) > 1 and sentence.startswith(BACKGROUND_STARTS):
        named = _without_background(sentence, named)
    if len(named) > 1:  # the `agreement` of `a preferential trade agreement` is none of its own
        named = [item for item in named if not _inside_another(item[2], named)]
    if len(named) > 1 and "notes and " in sentence:
        named = [item for item, following in zip(named, named[1:] + [None])
                 if not _notes_with_agreement(sentence, item, following)]
    if len(named) > 1 and ("omplement" in sentence or "upplement" in sentence or "build" in sentence):
        named = [item for item in named if not COMPLEMENTED.search(sentence, max(0, item[2].start() - 40),
                                                                   item[2].start())]
    groups: list[list[tuple[int, str, re.Match[str]]]] = []
    for item in named:
        last = groups[-1][-1][2] if groups else None
        if last and item[2].start() >= last.end() and _included(sentence, groups[-1], item[1], item[2]):
            groups[-1] = [item]
            continue
        if last and (item[2].start() < last.end() or sentence.startswith(("’s", "'s"), item[2].end())
                     or OPEN_PARENTHESIS.fullmatch(sentence, last.end(), item[2].start())
                     or APPOSITION.search(sentence, last.end(), item[2].start())
                     or _roadmap_of_plan(sentence, last, item[2])
                     or ABOUT.fullmatch(sentence, last.end(), item[2].start()) and not _sets_up(sentence, last, item)):
            continue
        if last and _coordinated(sentence, last.end(), item[2].start()):
            groups[-1].append(item)
        else:
            groups.append([item])
    if not groups:
        return []
    met = [group for group in groups if _meets(sentence, group)]
    candidates = [i for i, group in enumerate(groups) if group not in met] or list(range(len(groups)))
    first = min(candidates, key=lambda i: min(rank for rank, _, _ in groups[i]))
    if first + 1 < len(groups) and " follow" in sentence \
            and FOLLOWS.fullmatch(sentence, groups[first][-1][2].end(), groups[first + 1][0][2].start()):
        first += 1  # `The Rafale deal follows a defence agreement signed in 2021`: the one told here is the earlier
    chosen = [group for group in groups[:first] if _signed_before(sentence, group, groups[first])]
    # the first kind only named in a clause after the signing of others: those signed are the sentence's
    signed_then_named = [group for group in groups[:first] if _named_after_signing(sentence, group, groups[first])]
    chosen += [group for group in signed_then_named if group not in chosen] or [groups[first]]
    chosen += [group for before, group in zip(groups[first:], groups[first + 1:])
               if SIGNED_APART.search(sentence, before[-1][2].end(), group[0][2].start())]
    chosen += [group for group in met if group not in chosen]
    if "which" in sentence or ", signed" in sentence:
        chosen += [group for group in groups[first + 1:] if group not in chosen and _told_anew(sentence, group)]
    founding = _founding_instrument(sentence, groups, first) if " under " in sentence else None
    if founding is not None and founding not in chosen:
        chosen.append(founding)
    if "into" in sentence:  # `upgraded their Joint Commission into a Strategic Partnership Council`: both bodies
        chosen += [group for group in groups[first + 1:] if group[0][1] == "council" and group not in chosen
                   and _upgraded(sentence, group[0][2])[1]]
    chosen.sort(key=lambda group: group[0][2].start())
    told = [item for group in chosen for item in _with_ends(sentence, group)]
    if founding is not None:  # the body's words end where those of the instrument it was founded under begin
        cut = sentence.rfind(" under ", 0, founding[0][2].start())
        told = [(kind, match, min(end, cut) if match.end() <= cut else end) for kind, match, end in told]
    return told


def _notes_with_agreement(sentence: str, item: tuple[int, str, re.Match[str]],
                          following: tuple[int, str, re.Match[str]] | None) -> bool:
    """Whether `item` is an exchange of notes told with the agreement right after it, with no field of its own (`the
    exchange of notes and loan agreements for the 44th ODA loan package`): the two texts make one instrument, told
    by the agreement."""
    return following is not None and following[1] == "agreement" \
        and item[2].group(0).lower().startswith("exchange") and following[2].group(0).lower().startswith("agreement") \
        and NOTES_AND.fullmatch(sentence, item[2].end(), following[2].start()) is not None


def _roadmap_of_plan(sentence: str, plan: re.Match[str], item: re.Match[str]) -> bool:
    """Whether `item` is a roadmap that says what the plan right before it is (see PLAN_AS_ROADMAP)."""
    return item.group(0).lower().startswith("road") and plan.group(0).lower().rstrip("s").endswith("plan") \
        and PLAN_AS_ROADMAP.fullmatch(sentence, plan.end(), item.start()) is not None


def _founding_instrument(sentence: str, groups: list[list[tuple[int, str, re.Match[str]]]],
                         first: int) -> list[tuple[int, str, re.Match[str]]] | None:
    """The instrument a council the sentence is about was founded under, right after it (`The Joint Committee was
    established under the Agreement on Economic Cooperation`), if any."""
    if groups[first][0][1] != "council":
        return None
    return next((group for group in groups[first + 1:]
                 if BODY_FOUNDED_UNDER.search(sentence, max(0, group[0][2].start() - 60), group[0][2].start())), None)


# An instrument told before that the one told now would add to, right before it: `an agreement to avoid double
# taxation, which would complement the FTA`, `a protocol that builds on the 2010 accord`: named again, not the news.
COMPLEMENTED = re.compile(r"\b(?:complement(?:s|ed|ing)?|supplement(?:s|ed|ing)?|build(?:s|ing)?\s+on|built\s+on)\s+"
                          r"(?:the|their|its|this|that|an\s+existing|the\s+existing)\s+(?:[\w-]+\s+){0,3}$")

# An instrument told before (`It`, `The FTA`) said to have others beside it, right before them: `It was complemented by
# agreements on labour cooperation and on the environment`: side instruments, in being as it is.
COMPLEMENTED_BY = re.compile(r"(?:It|(?:The|This|That)\s+(?:[\w-]+\s+){0,4}?(?:agreement|FTA|treaty|accord|pact|deal|"
                             r"partnership))\s+(?:is|are|was|were|has\s+been|have\s+been)\s+"
                             r"(?:complemented|supplemented)"
                             r"\s+by\s+(?:(?:an?|two|three|side|separate|parallel)\s+)*(?:[\w-]+\s+){0,2}")


def _complementing(sentence: str, match: re.Match[str]) -> bool:
    """Whether the instrument is one the instrument the sentence opens with was complemented by (COMPLEMENTED_BY)."""
    return ("omplemented by" in sentence or "upplemented by" in sentence) \
        and COMPLEMENTED_BY.fullmatch(sentence, 0, match.start()) is not None


# An opening phrase naming a thing besides what the sentence tells: `Alongside the defence pact, the two sides signed`.
BACKGROUND_STARTS = ("Alongside ", "In addition to ", "Besides ", "Apart from ", "On top of ", "Among ")
BACKGROUND_OPENING = re.compile(r"(?:Alongside|In\s+addition\s+to|Besides|Apart\s+from|On\s+top\s+of)\s+"
                                r"(?P<told>[^,;]{1,80}),\s")
# An opening phrase naming the class of instruments the sentence then tells: `Among the government accords, ministers
# signed agreements on X and on Y` (not `Among them were an MoU on X, ...`, which lists them).
CLASS_OPENING = re.compile(r"Among\s+(?P<told>(?:the|these|those|its|their)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?:accords|agreements|deals|documents|instruments|pacts|memoranda|MoUs|MOUs)),\s")
# Words that tell an instrument's own history inside that phrase: `Alongside the defence pact signed last year`.
OWN_HISTORY_WORDS = re.compile(r"\b(?:signed|inked|sealed|concluded|ratified|(?:19|20)\d{2}|last|ago|earlier|since)\b")


def _without_background(sentence: str, named: list[tuple[int, str, re.Match[str]]]
                        ) -> list[tuple[int, str, re.Match[str]]]:
    """The instruments without one only named in an opening phrase besides those the sentence tells are signed
    (`Alongside the defence pact, the two sides signed an agreement on shipbuilding`), or as their class (`Among the
    government accords, ministers signed agreements on X`): no signing of that day, and with no date of its own its
    signing is untold; kept when the phrase tells its history (`Alongside the defence pact signed last year`) and when
    it is the only one (`signed X alongside Y` names both after the verb)."""
    opening = BACKGROUND_OPENING.match(sentence) or CLASS_OPENING.match(sentence)
    if opening is None or OWN_HISTORY_WORDS.search(opening.group("told")):
        return named
    after = [item for item in named if item[2].start() >= opening.end()]
    return after or named


def _inside_another(match: re.Match[str], named: list[tuple[int, str, re.Match[str]]]) -> bool:
    """An instrument's words inside the longer name of another (`agreement` of `preferential trade agreement`)."""
    return any(other.start() <= match.start() and match.end() <= other.end() and other.span() != match.span()
               for _, _, other in named)


def _told_anew(sentence: str, group: list[tuple[int, str, re.Match[str]]]) -> bool:
    """An instrument brought in after the one a sentence is about, with its own signing told (`to review progress on
    the agreement and discuss a bilateral investment treaty, which was signed in February 2024`): an entry of its own,
    not a word about the first."""
    return _new_start(sentence, group[0][2].start(), group[-1][2].end()) is not None


def _new_start(sentence: str, start: int, end: int) -> int | None:
    """Where the words bringing in the instrument from `start` to `end` begin (`a bilateral investment treaty`), when
    it is new to the story and a clause of its own right after tells its signing."""
    new = NEW_BEFORE.search(sentence, max(0, start - 40), start)
    return new.start() if new and OWN_HISTORY.match(sentence, end) else None


def _anew_at(sentence: str, instruments: list[tuple[str, re.Match[str], int]]) -> int:
    """Where the first instrument told anew after another begins (see `_told_anew`), else the sentence's end: the
    signing told after it is its own, not that of the ones before (`review progress on the agreement`)."""
    if len(instruments) < 2 or "which" not in sentence and ", signed" not in sentence:
        return len(sentence)
    return next((start for _, match, _ in instruments[1:]
                 if (start := _new_start(sentence, match.start(), match.end())) is not None), len(sentence))


def _coordinated(sentence: str, start: int, end: int) -> bool:
    """Whether the instrument at `end` is listed with the one ending at `start`, not the object of a verb after a
    clause set off by commas (`The revised agreement, signed in Seoul in 2024, replaces the 1996 treaty`)."""
    joined = COORDINATED.search(sentence, start, end)
    closed = CLAUSE_CLOSED.search(sentence, start, end) if joined and joined.group(0)[0] == "," else None
    return joined is not None and (closed is None or joined.start() >= closed.end())


def _sets_up(sentence: str, last: re.Match[str], item: tuple[int, str, re.Match[str]]) -> bool:
    """Whether the council `item` is the one the instrument `last` sets up (`a protocol on the establishment of a
    Joint Commission`): an entry of its own, not only the instrument's field."""
    council = _council_set_up(sentence, last.end()) if item[1] == "council" else None
    return council is not None and council.start() == item[2].start()


def _council_set_up(sentence: str, end: int) -> re.Match[str] | None:
    """The council the instrument ending at `end` sets up (`an agreement establishing a Joint Commission`)."""
    sets_up = SETS_UP.match(sentence, end) if "stablish" in sentence or " set" in sentence or "creat" in sentence \
        or " form " in sentence else None
    return COUNCIL_PATTERN.match(sentence, sets_up.end()) if sets_up else None


def _may_name(kind: str, sentence: str, words: frozenset[str]) -> bool:
    """Whether the pattern of a kind whose cue the sentence has can match: most sentences with `agreement` name no
    free trade agreement, and most with `statement` no joint statement. Each test is a necessary condition of its
    pattern; a sentence that does not `lowers_like_re_i` skips the tests made on lower-case words."""
    if kind == "council":
        return _may_name_council(sentence)
    if kind == "fta":
        return "trade" in words or "TA" in sentence or "CEPA" in sentence or "econom" in sentence.lower()
    if kind == "declaration":
        return not words.isdisjoint(DECLARATION_NEEDS) or not lowers_like_re_i(sentence)
    if kind == "contract":
        return not words.isdisjoint(CONTRACT_NEEDS) or not lowers_like_re_i(sentence)
    return True


# One of these words the declaration and contract patterns of INSTRUMENTS cannot match without.
DECLARATION_NEEDS = frozenset({"joint", "declaration", "declarations", "plan", "plans", "roadmap", "roadmaps", "map",
                               "maps"})
CONTRACT_NEEDS = frozenset({"contract", "contracts", "purchase", "procurement"})


def _scanned(kind: str, pattern: re.Pattern[str], present: frozenset[str], sentence: str) -> re.Pattern[str]:
    """The pattern a kind is scanned for: the lean agreement pattern when the sentence lacks the words of the
    other branches (and `lowers_like_re_i`), with the branch for programmes when it
    names one."""
    if kind == "agreement" and present.isdisjoint(LEAN_NEEDS) and lowers_like_re_i(sentence):
        return AGREEMENT_LEAN if present.isdisjoint(PROGRAMME_WORDS) else PROGRAMME_LEAN
    return pattern


def _may_sign(sentence: str, words: frozenset[str]) -> bool:
    """Whether SIGNED can match: one of its words, or a sentence whose words may not show it."""
    return not words.isdisjoint(SIGNED_WORDS) or not lowers_like_re_i(sentence)


def _may_name_council(sentence: str) -> bool:
    """Whether the council pattern can match: its names end in a capitalised kind of body (`Joint Commission`), else
    begin with a lower-case qualifier (`high-level`, `joint`, `strategic`, `bilateral`) and end in a lower-case kind
    (`joint economic commission`). The pattern is costly, and many sentences have its cue `meeting` only."""
    return "Council" in sentence or "Commission" in sentence or "Committee" in sentence or "Dialogue" in sentence \
        or _may_name_working_body(sentence) or "Partnership" in sentence and "launched" in sentence \
        or ("high" in sentence or "joint" in sentence or "strategic" in sentence or "bilateral" in sentence) \
        and ("council" in sentence or "commission" in sentence or "committee" in sentence or "mechanism" in sentence
             or "cooperation" in sentence or "dialogue" in sentence)


# The task of a body named in lower case by what it does: `a technical committee to review the non-tariff barriers`,
# `a working group on critical minerals`.
BODY_TASK = re.compile(r"\s+(?:on|for|to\s+(?:review|study|examine|address|handle|resolve|look\s+into|oversee|monitor|"
                       r"tackle|draft|prepare|assess|settle|deal\s+with|follow\s+up(?:\s+on)?))\s+"
                       r"(?P<list>[^.;:]+?)(?=\s+within\s|[.;:]|$)")

# A relative clause after a council, which tells of the body, not of the talks it was agreed at.
BODY_RELATIVE = re.compile(r",\s+(?:whose|which|that)\b")
# A council named by what its members do: `technical committee`, `expert group`, `joint working group`, `task force`.
WORKING_BODY = re.compile(r"^(?:technical|expert)\s|(?:group|team|force)s?$")


def _working_body_task(sentence: str, match: re.Match[str], context: ArticleContext) -> list[str]:
    """The fields of a body named in lower case by what it does (`a technical committee to review X`), its name
    telling none; a body named in capitals has its fields in its name."""
    if not WORKING_BODY.search(match.group(0)):
        return []
    task = BODY_TASK.match(sentence, match.end())
    return _list_items(task.group("list"), context) if task else []


def _agreed_to_set_up(told: str) -> bool:
    """A council the sides agreed to set up (`agreed to establish a working group`), told done at the talks, not one
    they will or plan to set up some day."""
    planned = PLANNED_COUNCIL.search(told)
    return planned is not None and planned.group(0).lower().startswith("agreed")


def _day_agreed(dates: list[DatePhrase], match: re.Match[str]) -> str | None:
    """The date told before a council agreed on (`On Monday, the two sides agreed to form a committee`); those after
    it tell when it is to work (`which will hold its first meeting in 2026`). Without one, the talks' day dates it."""
    before = [phrase for phrase in dates if phrase.end <= match.start()]
    return before[-1].date.iso() if before else None


def _may_name_working_body(sentence: str) -> bool:
    """Whether a body named in lower case by what it does may be in the sentence: `technical committee`, `expert
    group`, `working group`, `task force`."""
    return ("technical" in sentence or "expert" in sentence) \
        and ("committee" in sentence or "group" in sentence or "team" in sentence) \
        or "working group" in sentence or "task force" in sentence or "Working Group" in sentence \
        or "Task Force" in sentence or "Study Group" in sentence


def _names_instrument(sentence: str, words: frozenset[str]) -> bool:
    """Whether the sentence's words name any kind of instrument; the cues of a working body alone (`in force`,
    `a group of investors`) only with one's name."""
    present = words & INSTRUMENT_WORDS
    return bool(present) and (not present <= WORKING_BODY_CUES or _may_name_working_body(sentence))


def _founding(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The words that tell when the council at `match` was set up (`established in 1995`, `held its first meeting`);
    not those of a clause about another body before it (`transform the Commission, which was set up in 2017, into
    the Council of Prime Ministers`), nor those another body is the object of (`the third session of the commission
    was held last November, when they agreed to set up a business council`)."""
    upgrade, new = _upgraded(sentence, match)
    if upgrade and new:
        return upgrade
    for cue in FOUNDED.finditer(sentence, match.end() if upgrade else 0):  # the old body's: after it, if any
        if cue.end() <= match.start() and "," in sentence[cue.end():match.start()] \
                and RELATIVE_BEFORE.search(sentence, max(0, cue.start() - 30), cue.start()):
            continue
        if RELATIONS_FOUNDED.match(sentence, cue.end()):  # `established diplomatic relations in 1971 and set up X`
            continue
        founds = BODY_OBJECT.match(sentence, cue.end())  # `when they agreed to set up a joint business council`
        if founds and founds.end() != match.start() and COUNCIL_PATTERN.match(sentence, founds.end()):
            continue
        return cue
    return None


def _upgraded(sentence: str, match: re.Match[str]) -> tuple[re.Match[str] | None, bool]:
    """The verb that makes a new council out of an old one (`upgraded X into Y`), and whether the council at `match`
    is the new one (Y) rather than the old (X)."""
    if "into" not in sentence:
        return None, False
    verb = None
    for verb in UPGRADED.finditer(sentence, 0, match.start()):
        pass
    if verb is None:
        return None, False
    if INTO.search(sentence, max(0, match.start() - 30), match.start()):
        return verb, True
    return (verb, False) if UPGRADED_FROM.match(sentence, match.end()) else (None, False)


def _meets(sentence: str, group: list[tuple[int, str, re.Match[str]]]) -> bool:
    """A council the sentence says meets (`at the seventh meeting of the X Committee`, `during a meeting of the
    Kenya-Ethiopia Joint Commission`, `the Commission met`) or will meet next (`the Argentina-Chile joint commission
    will meet in Mendoza to follow up on the 2009 Maipu Treaty`): a fact of its own besides the instruments signed there or
    named, which it does not hide."""
    if group[0][1] != "council":
        return False
    start, end = group[0][2].start(), group[-1][2].end()
    return MEETING_OF.search(sentence, max(0, start - 60), start) is not None \
        or ("meet" in sentence or "session" in sentence) and _pair_body_meets_next(sentence, group[0][2]) \
        or COUNCIL_MET.match(sentence, end) is not None


# Talks an instrument opens, on another told after it: `a joint declaration formally launching negotiations to
# modernise the Chile–Korea FTA`.
LAUNCHES_TALKS = re.compile(r"\s+(?:formally\s+|officially\s+)?(?:launching|opening|starting|beginning)\s+"
                            r"(?:the\s+)?(?:talks|negotiations)\b")


def _signed_before(sentence: str, group: list[tuple[int, str, re.Match[str]]],
                   chosen: list[tuple[int, str, re.Match[str]]]) -> bool:
    """Instruments signed in a clause of their own before the chosen ones (`signed 13 agreements in areas including
    trade, and agreed to conclude a free trade agreement`): entries of their own."""
    start = group[0][2].start()
    if chosen[0][1] == "council" and group[-1][1] != "council":  # `signed an agreement establishing a Council`
        council = _council_set_up(sentence, group[-1][2].end())
        if council and council.start() == chosen[0][2].start():
            return True
    if LAUNCHES_TALKS.match(sentence, group[-1][2].end()):  # `signed a joint declaration launching negotiations to
        return True  # modernise the FTA`: the declaration is what was signed
    return (SIGNED_BEFORE.search(sentence, max(0, start - 40), start) is not None
            and (CLAUSE_END.search(sentence, group[-1][2].end(), chosen[0][2].start()) is not None
                 or AND_DID.search(sentence, group[-1][2].end(), chosen[0][2].start()) is not None
                 or AND_OTHERS_DID.search(sentence, group[-1][2].end(), chosen[0][2].start()) is not None))


def _named_after_signing(sentence: str, group: list[tuple[int, str, re.Match[str]]],
                         later: list[tuple[int, str, re.Match[str]]]) -> bool:
    """Instruments signed (`signed an MoU on X`) before a clause of when or why that only names another (see
    CLAUSE_AFTER_SIGNING): the signed ones are the sentence's, the other is no entry of it."""
    start = group[0][2].start()
    return SIGNED_BEFORE.search(sentence, max(0, start - 40), start) is not None \
        and CLAUSE_AFTER_SIGNING.search(sentence, group[-1][2].end(), later[0][2].start()) is not None \
        and SIGNED_BEFORE.search(sentence, max(0, later[0][2].start() - 40), later[0][2].start()) is None


def _included(sentence: str, group: list[tuple[int, str, re.Match[str]]], kind: str, match: re.Match[str]) -> bool:
    """An instrument with its own field named among an umbrella's (`five agreements, including an MoU on X`, `three
    deals, including a currency swap agreement`, `11 documents, including a preferential trade agreement`, whose
    kind is its field): it stands for the umbrella, whose entries are those it names; so for umbrellas of two kinds
    counted together (`11 agreements and memoranda of understanding, including MoUs on X and Y`)."""
    umbrella = group[-1][2]
    return (all(PLURAL.search(item[2].group(0)) is not None for item in group)
            and INCLUDED.fullmatch(sentence, umbrella.end(), match.start()) is not None
            and (kind == "fta" or OWN_FIELD.match(sentence, match.end()) is not None
                 or bool(_modifier(sentence, match))))


def _with_ends(sentence: str, group: list[tuple[int, str, re.Match[str]]]) -> list[tuple[str, re.Match[str], int]]:
    """Each instrument of a group with where its text ends: at the `and` before the next one, or where the next one's
    ends when nothing stands between them (`MoUs and agreements covering X`: both cover X)."""
    ends = [COORDINATED.search(sentence, match.end(), following.start()).start()  # type: ignore[union-attr]
            for (_, _, match), (_, _, following) in zip(group, group[1:])] + [len(sentence)]
    for i in range(len(group) - 2, -1, -1):
        if BARE_GAP.fullmatch(sentence, group[i][2].end(), ends[i]):
            ends[i] = ends[i + 1]
    return [(kind, match, end) for (_, kind, match), end in zip(group, ends)]


def find_agreements(context: ArticleContext) -> list[Agreement]:
    found: list[Agreement] = []
    narrative: str | None = None
    talks_place: str | None = None
    talks_dated = -1  # the sentence whose instruments the talks told just before dated (`Following the talks, ...`)
    latest = context.published.last_day() if context.published else None
    # Only an article published on a known day has a lede's day (`ArticleContext.is_recent`).
    lede_day = context.published is not None and context.published.day is not None
    defined: dict[str, Agreement] = {}
    visit: tuple[str, str | None] | None = None
    # Sentences naming a visit or meeting since `visit` was last read: read only for an instrument signed `during the
    # visit`, which few sentences name.
    visits: list[tuple[str, list[DatePhrase] | None]] = []
    signed_last: tuple[int, Agreement] | None = None  # the last instrument signed, and the sentence it is in
    bulleted: Agreement | None = None  # the instrument signed whose list of items, one a line, is being read
    fields_listed = False  # that list's lead-in names the instruments (`The MoUs covered:`): an item may be a field
    marker_alone = False  # the last sentence was a list item's number alone (`1.`), its text the next sentence
    commercial: set[str] = set()  # the classes of instruments told signed by firms, not the pair
    last = _last_instrument_sentence(context.sentences)
    for index, sentence in enumerate(context.sentences[:last + 1]):
        marker = (BULLET.match(sentence) or LISTED_ITEM.match(sentence)) if bulleted else None
        item = bulleted is not None and (marker is not None or marker_alone)
        bulleted = bulleted if item else None
        marker_alone = bool(marker and marker.end() == len(sentence))
        words = word_set(sentence)
        instrument = _names_instrument(sentence, words)
        meets = "visit" in sentence or "meeting" in sentence or " met " in sentence or "delegation" in sentence \
            or "talks" in sentence or " held " in sentence \
            or any(cue in sentence for cue in SESSION_CUES) or "forum" in sentence or "onference" in sentence
        # Dates serve the lede's day until it is found, a council named again, an acronym named again, instruments and
        # a visit's day: most sentences after the lede need none. None stands for dates not read yet: those of a
        # sentence naming an instrument are read once it is found (most name none: `strategic partnership`), those
        # of a visit once an instrument is signed `during the visit`.
        lede = narrative is None and lede_day
        dates = _dates(sentence, context, latest) if lede or (
            ("ommi" in sentence or "ouncil" in sentence) if instrument
            else bool(defined) and any(acronym in sentence for acronym in defined)) else None
        first_day = next((p.date for p in dates if p.date.precision == "day"
                          and not (lede and _dateline_day(sentence, p, dates))), None) if dates else None
        if lede and first_day and context.is_recent(first_day.as_date()):
            narrative = first_day.iso()  # the lede's day: that of the talks the instruments were signed at
            # `at a business forum in Berlin`; else the town of a signing told before the day is (`Indonesia has
            # signed a contract ... in Jakarta.` then `The contract, signed Thursday, ...`)
            talks_place = _named_place(_untitled(sentence), context, towns_only=True) or talks_place
        elif narrative is None and talks_place is None and instrument and _may_sign(sentence, words) \
                and SIGNED.search(sentence):
            dates = _dates(sentence, context, latest) if dates is None else dates
            if not dates:
                talks_place = _named_place(_untitled(sentence), context, towns_only=True)
        if instrument and ("talks" in sentence or "meeting" in sentence or "summit" in sentence) \
                and (not words.isdisjoint(AFTER_TALKS_NEEDS) or not lowers_like_re_i(sentence)) \
                and AFTER_TALKS.search(sentence):
            talks = _talks_before(context, index, latest)
            if talks:  # the talks' day and town serve this sentence's instruments and those told after it
                narrative, talks_place = talks[0], talks[1] or talks_place
                talks_dated = index
        if meets:
            visits.append((sentence, dates))
        if instrument and ("ommi" in sentence or "ouncil" in sentence):
            _founded_again(sentence, dates, found, context)
        if signed_last and index - signed_last[0] <= OTHERS_NEAR and ("other" in sentence or "remaining" in sentence):
            covered = _others_covered(sentence, signed_last[1], context)
            if covered:
                found.extend(covered)
                continue
        if not instrument:
            _restated_next(sentence, index, found, context, latest)
            if dates is not None and defined:  # `_by_acronym` needs an acronym in the sentence
                _by_acronym(sentence, dates, defined, context)
            if item and fields_listed and bulleted is not None:
                found.extend(_listed_field(sentence[marker.end() if marker else 0:], bulleted, context))
            if bulleted is None:
                bulleted = _list_opened(sentence, index, signed_last)
                fields_listed = bulleted is not None and NAMES_THE_SIGNED.search(sentence) is not None
            continue
        councils = _councils_named(sentence, defined) if defined else None
        if councils:  # `The JSG was formed in April during the visit, when ties became a Strategic Partnership`
            dates = _dates(sentence, context, latest) if dates is None else dates
            _by_acronym(sentence, dates, councils, context)
        listed = (bulleted, marker.end() if marker else 0) if bulleted else _listed_with(sentence, index, signed_last)
        instruments = _instruments(sentence, words, listed[1] if listed else 0, listed is not None)
        if dates is None and instruments:
            dates = _dates(sentence, context, latest)
        if not instruments:  # `The deal came into effect in 2021.`: a deal named only by its force
            _restated_next(sentence, index, found, context, latest)
        listed_with = listed[0] if listed else _signed_under(sentence, instruments, index, signed_last) \
            if sentence.startswith("Under ") else None
        before = len(found)
        others = instruments and set(context.countries.mentioned(sentence)) - set(context.pair)
        untitled: str | None = None  # the sentence with its titles blanked, once one of its instruments needs it
        singular = [match for _, match, _ in instruments if not PLURAL.search(match.group(0))]
        anew = _anew_at(sentence, instruments)
        subjects = _other_subjects(sentence, words, instruments)
        restated: Agreement | None = None  # an instrument signed before that this sentence names again
        others_end = 0  # where the last instrument of others this sentence names ends
        for position, (kind, match, end) in enumerate(instruments):
            by_firms = _by_companies(sentence, match, context)
            bloc_parties = _bloc_with_pair(kind, sentence, match, context)
            if by_firms:
                commercial.add(AGREEMENT_CLASS[kind])
            if others and (_of_others(sentence, match, context) or _is_others_deal(sentence, match, context)) \
                    or _named_for_others(sentence, match, context) and not bloc_parties or by_firms \
                    or sentence.startswith(" with ", match.end()) and _with_bloc(sentence, match, context) \
                    or _between_third_party(sentence, match, context) \
                    or ("whose" in words or "founding" in words) and _blocs_founding(sentence, match, context):
                others_end = match.end()
                continue
            if others_end and _restated_other(sentence, others_end, match):
                continue
            if kind == "council" and _head_named_again(sentence, match, found):
                continue  # `The first meeting of the Dialogue will ...` after the `X-Y Security Dialogue` was set up
            titled = _titled_year(sentence, match) if kind == "agreement" else None
            rests_on = _relations_rest_on(sentence, match) if kind in {"agreement", "mou"} else None
            if rests_on and others:  # the relations resting on it are those of another country it names
                continue
            if titled and not rests_on and not _names_pair(sentence, context):
                continue
            negotiated = NEGOTIATED.search(sentence, max(0, match.start() - 60), match.start()) or (
                TOWARDS.search(sentence, max(0, match.start() - 40), match.start()) if "toward" in sentence else None)
            other_deal = _others_deal_after(sentence, match.end(), context) if others else None
            told_start, told_end = _told_span(sentence, match, anew, other_deal, subjects)
            told = sentence[:told_end] if not told_start else " " * told_start + sentence[told_start:told_end]
            status = "planned" if negotiated else _status(kind, told, match)
            status = "in_force" if rests_on and status == "planned" else status  # relations rest on one in force
            if bloc_parties and status == "planned":  # a bloc's FTA still to be made: the bloc's talks, not the pair's
                continue
            if status == "planned" and _talks_denied(sentence):
                continue  # `officials said no negotiations were planned for now`: nothing planned
            # A body in being is dated and placed by the words of its founding, not by a meeting's (`which last met
            # in Windhoek in November 2019`, `will hold its next session in New Delhi`): one they do not tell has none.
            founded = _founding(sentence, match) if kind == "council" and status == "established" else None
            under = _under_year(sentence, match) if status == "in_force" and not _force_cue(sentence) else None
            if under and not _names_pair(sentence, context):  # not what firms run under (`a 2015 power deal`)
                continue
            later = MEETS_LATER.search(sentence, founded.end()) if founded else None
            own_dates = _own_dates(dates, later, told_start, told_end, len(sentence))
            own_dates = _without_others_signing(sentence, own_dates, instruments, match) \
                if len(instruments) > 1 and own_dates else own_dates
            own_dates = _without_other_relative(sentence, own_dates, match) \
                if own_dates and (" that " in sentence or " which " in sentence) else own_dates
            report_days = _report_days(told, own_dates)
            own_dates = [phrase for phrase in own_dates if phrase not in report_days] if report_days else own_dates
            signed_by_it = SIGNED_BY_IT.match(told, match.end()) if status == "signed" and own_dates else None
            date = (signed_by_it and _date_within(own_dates, signed_by_it)
                    or len(instruments) > 1 and _date_in_own_words(told, match, end, own_dates)
                    or _date_of(status, told, own_dates, match.start(),
                                founded or under or _joined_by_party(told, match))) \
                if own_dates and status != "planned" else None
            if status == "planned" and "end of" in told and context.published:
                date = _signed_by_year_end(told, context) or date
            if status == "planned" and (" sign " in told or " launched " in told) and date is None \
                    and context.published:
                date = _month_to_sign(told, match, context)
            stated = date  # the date the sentence tells itself
            if listed_with and kind != "council":  # `The documents also included a protocol on X`: signed with them
                status, date = listed_with.status, listed_with.date
            dated = kind != "council" or status != "established" or founded is not None
            of_year = titled or (rests_on if rests_on and (rests_on.group("year") or rests_on.group("since"))
                                 else None) or (
                _of_year(kind, sentence, match) if date is None and status == "in_force" else None)
            if of_year and date is None and status == "in_force":
                date = of_year.group("year") or of_year.groupdict().get("since")
            signed_with = _also_signed_with(sentence, match, index, signed_last) \
                if date is None and status == "signed" and not own_dates and "also" in words else None
            date = signed_with.date if signed_with else date
            if date is None and status in {"signed", "established"} and narrative and kind != "fta":
                date = narrative if NARRATIVE_CUE.search(told) else None
            agreed = kind == "council" and status == "planned" and _agreed_to_set_up(told)
            agreed_at = _talks_before(context, index + 1, latest, recent_only=False) if agreed else None
            if agreed:  # `The two ministers agreed to set up a working group`: on the day of the talks told
                date = _day_agreed(own_dates, match) or (agreed_at[0] if agreed_at else narrative)
            if date is None and status == "signed" and report_days:  # nothing else dates it
                date = report_days[0].date.iso()
            date = date if dated else None
            following = _following_told(context, index)
            domains, amended = _fields(kind, sentence, match, end, status, context, following)
            if len(domains) == 1 and domains[0] in REFERRING_NOUNS:
                domains = _project_referred(sentence, match, domains, context.sentences[max(0, index - 2):index])
            again_listed = _listed_again(kind, domains, position, listed_with, found) \
                if listed and listed_with and kind != "council" else None
            if again_listed:  # `signed three documents on X, Y and Z.` then `They include ... an MoU on Y`: told
                if again_listed.kind == "agreement" and kind != "agreement":
                    again_listed.kind = kind
                    again_listed.name = _name(kind, match, again_listed.domains, again_listed.parties)
                continue
            revised = _revised(sentence, match, kind, found, context.sentences[max(0, index - 2):index]) \
                if not domains else None
            # `their revised agreement ...`, then `The revised agreement`
            if revised and _already_revised(*revised[:2], sentence, match):
                _restate(revised[0], status, date)
                continue
            if revised:  # one talks are held to make is planned, undated (`negotiations to upgrade the accord`)
                found.append(_new_version(*revised[:2], sentence, "planned" if revised[2] else status, date, context,
                                          None if negotiated or revised[2] else match.end()))
                continue
            again = _signing_again(sentence, match, kind, index, signed_last, found) if status == "signed" else []
            for told_before in again:  # `The agreements were signed on Wednesday in Abuja`: those told before
                told_before.date = told_before.date or stated
                if _placed_by_default(told_before, context):  # no place, or only the dateline's
                    told_before.place = _named_place(_clause(sentence, match.end()), context, venues=False) \
                        or told_before.place
            named_by = match  # the words that name the instrument: those of the sentence before for one named again
            # `The pact was signed in ...`, or `the agreement` with none of its class found yet: the one the sentence
            # before names, though it told no status of it (`the Korea–Chile FTA is getting a makeover.`)
            back = _named_before(context.sentences[index - 1], kind, found, context) \
                if not domains and index and kind != "council" and (
                    _back_reference(sentence, match)
                    or _anaphoric(sentence, match) and _referred(sentence, match, kind, found) is None) else None
            if back is not None and not isinstance(back, Agreement):
                kind, named_by, domains = back
            referred = _referred(sentence, match, kind, found) or _new_one_does(sentence, match, kind, found) \
                if not domains and not isinstance(back, Agreement) else None
            earlier = back if isinstance(back, Agreement) else referred if not domains \
                else _the_contract(sentence, match, kind, status, date, found) or _named_again(sentence, match, kind,
                                                                                               domains, found) \
                or _new_one_told(sentence, match, kind, domains, found)
            if earlier is None and domains and sentence.startswith(THE_OPENINGS) and match.start() < 40:
                earlier = _told_before(sentence, match, kind, domains, stated, context.sentences[:index], found)
            if earlier:  # `the agreement would deepen ties`, `The free trade agreement took effect in 2021`
                if status == "signed" and earlier.status == "planned" and _only_concluded(sentence):
                    status = "planned"  # `concluded negotiations on a CEPA`, then `The deal was concluded on Sunday`
                if stated and narrative and _signing_told_later(earlier, sentence, match, status, stated, narrative,
                                                                context, latest):
                    earlier.date = stated
                    earlier.place = _named_place(_clause(sentence, match.end()), context, venues=False)
                _restate(earlier, status, date)
                restated = earlier if earlier.status == "signed" else restated
                if _placed_by_default(earlier, context) and status == "signed" \
                        and WAS_SIGNED.match(sentence, match.end()):
                    earlier.place = _named_place(_clause(sentence, _own_history_end(sentence, match.end())), context,
                                                 venues=False) or earlier.place
                continue
            if not domains and _firms_named_again(sentence, match, kind, commercial):
                continue  # `the agreements will open a new chapter` after only firms' MoUs: theirs again
            if kind == "agreement" and not domains and _convention_again(sentence, match):
                continue  # `the convention was signed` with no convention named before: which one is untold
            parties = bloc_parties or _parties(sentence, match, context)
            if untitled is None:  # only a title in capitals blanks words: most sentences have none
                untitled = _untitled(sentence) if _titled_among(instruments) else sentence
            clause = _place_clause(sentence, untitled, match, end, kind, status, agreed, later, anew)
            if subjects:  # the town of another subject's clause is that one's (`_other_subjects`)
                clause = " " * told_start + clause[told_start:told_end]
            during = None
            back_to = back_references(sentence)  # `During the JMC,`, `On the sidelines,`, `There,`, ...
            during_that = of_kind(back_to, "during")
            bare_sidelines = of_kind(back_to, "sidelines") is not None
            sidelines = bare_sidelines or bool(during_that and during_that.sidelines)
            at_meeting = of_kind(back_to, "at-the-meeting") is not None and talks_dated != index  # not talks' day
            if during_that or of_kind(back_to, "there") or sidelines or at_meeting:
                told = _latest_meeting(visits, context, latest) if at_meeting \
                    else _latest_gathering(visits, context, latest) if bare_sidelines \
                    else _latest_visit(visits, context, latest, during_that.cue if during_that else None)
                if sidelines and told and not _recent(told[1], context):
                    told = None  # `On the sidelines` is of the talks being told, not of a meeting long before
                visit, visits = told or visit, []
                during = visit
            elif (date is None or date == narrative) and index and status == "signed" and not dates \
                    and of_kind(back_to, "leaders-met"):  # the meeting told just before dates it, not the story's day
                during = _leaders_met_before(context.sentences[index - 1], context, latest)
            if during and not (own_dates if at_meeting else dates) and status == "signed":
                date = during[1] or date
            place = during[0] if during and status in ("signed", "planned") and not _named_place(clause, context) else \
                _place(_own_part(clause, match.start(), context), context, status, date,
                       talks_place if date == narrative else agreed_at[1] if agreed_at and date == agreed_at[0]
                       else None)
            place = signed_by_it and _named_place(signed_by_it.group(0), context, venues=False) or place
            place = listed_with.place if listed_with and kind != "council" else place if dated else None
            place = place or next((told_before.place for told_before in again if told_before.place), None)
            if signed_with and not _named_place(clause, context):
                place = signed_with.place
            one = kind == "council" or len(singular) > 1 and match in singular or _one_with_purposes(sentence, match)
            for fields in _entries(match, domains, one, _fields_shared(instruments, match, end)):
                name = f"{'–'.join(parties)} {titled.group('title')}" if titled else _name(kind, named_by, fields,
                                                                                             parties)
                name = name.replace(" on ", f" amending {amended.group(0).lower()} on ", 1) if amended else name
                found.append(Agreement(
                    kind=kind, name=name,
                    domains=fields or _default_domains(kind, match.group(0), context),
                    date=date, status=status, place=place, parties=parties, quote=sentence))
            if status == "signed" and kind != "council":
                signed_last = (index, found[-1])
            # a council's acronym, though the pair's name is not in it: `the Permanent Joint Commission (PJCC)`
            acronym = ACRONYM_AFTER.match(sentence, match.end())  # the pair's acronyms read only for one
            if acronym and (kind == "council" or acronym.group("acronym") in context.pair_acronyms):
                defined[acronym.group("acronym")] = found[-1]
        if listed_with and _no_field(listed_with) and len(found) > before and listed_with in found:
            found.remove(listed_with)  # `signed six documents. The documents include ...`: those listed are the entries
        if bulleted is None:  # the instruments this sentence names again lead the list it opens (`The MoUs covered:`)
            bulleted = _list_opened(sentence, index, (index, restated) if restated else signed_last)
            fields_listed = bulleted is not None and NAMES_THE_SIGNED.search(sentence) is not None
    if defined:  # after the last instrument's sentence, only an acronym named again tells more of one
        _by_acronym_after(context.sentences[last + 1:], defined, context, latest)
    return _dedupe(found, context)


def _also_signed_with(sentence: str, match: re.Match[str], index: int,
                      signed_last: tuple[int, Agreement] | None) -> Agreement | None:
    """The dated instrument signed in the sentence right before one `also signed` with no date of its own (`ICEX and
    Maroc Export signed an MoU on Monday.` then `The two governments also signed an agreement on X`): the signing goes
    on, on that day and in that place."""
    if signed_last is None or signed_last[0] != index - 1 or signed_last[1].date is None:
        return None
    return signed_last[1] if of_kind(back_references(sentence, match.start()), "also-signed") else None


# The head words a council is named again by alone, with a capital after `the`: `the Dialogue`, `the Commission`.
COUNCIL_HEADS = frozenset({"Dialogue", "Commission", "Council", "Committee"})


def _head_named_again(sentence: str, match: re.Match[str], found: list[Agreement]) -> bool:
    """A council named by its capitalised head word alone after `the` (`The first meeting of the Dialogue`) when one
    with that head word was named before (`a Canada-Chile Energy Dialogue`): the same one again, no new entry."""
    head = match.group(0)
    if head not in COUNCIL_HEADS or not sentence.endswith(("the ", "The "), 0, match.start()):
        return False
    return any(earlier.kind == "council" and head.lower() in fold(earlier.name).split() for earlier in found)


# Talks on an instrument denied: `no negotiations were planned`, `no talks on a treaty are scheduled`.
NO_TALKS_PLANNED = re.compile(r"\bno\s+(?:formal\s+)?(?:negotiations|talks)\s+(?:on\s+[^,;]{1,60}?\s+)?"
                              r"(?:were|are|was|is|had\s+been|have\s+been|has\s+been)\s+(?:yet\s+)?"
                              r"(?:planned|scheduled|under\s?way|envisaged|foreseen|on\s+the\s+cards)\b", re.I)


def _talks_denied(sentence: str) -> bool:
    """The sentence denies any talks on its instrument (see NO_TALKS_PLANNED)."""
    return ("no negotiations" in sentence or "no talks" in sentence or "no formal" in sentence) \
        and NO_TALKS_PLANNED.search(sentence) is not None


# A signing planned before the year of the story is out: `could be signed by the end of the year`.
SIGNED_BY_YEAR_END = re.compile(r"\b(?:signed|inked|concluded|finali[sz]ed)\s+(?:by|before)\s+(?:the\s+)?end\s+of\s+"
                                r"(?:the|this)\s+year\b")


# A signing planned right before the instrument: `plan to sign an agreement`, `are expected to sign a treaty`.
TO_SIGN_BEFORE = re.compile(r"\b(?:plans?|planned|planning|expected|set|due|scheduled|intends?|hopes?)\s+to\s+sign\s+"
                            r"(?:[\w-]+\s+){0,3}$")


def _month_to_sign(told: str, match: re.Match[str], context: ArticleContext) -> str | None:
    """The month (or day) a planned instrument is to be signed in, told in its own clause after it and not before the
    story (`plan to sign an agreement on X at the summit scheduled for July`): that of the signing to come; so is
    that of a body's launch to come (`the X-Y Energy Partnership will be launched in Accra in June 2026`)."""
    if not TO_SIGN_BEFORE.search(told, max(0, match.start() - 60), match.start()) \
            and not (match.group(0).endswith("Partnership") and LAUNCHED_AFTER.match(told, match.end())):
        return None
    published = context.published
    if published is None or published.month is None:  # a month to come is told only against the story's
        return None
    clause_end = next((at for at in (told.find(",", match.end()), told.find(";", match.end())) if at >= 0), len(told))
    for phrase in find_date_phrases(told[:clause_end], published):
        if phrase.start < match.end() or phrase.date.precision not in ("month", "day"):
            continue
        when = phrase.date
        return when.iso() if (when.year, when.month) >= (published.year, published.month) else None
    return None


def _signed_by_year_end(told: str, context: ArticleContext) -> str | None:
    """The year a planned instrument is to be signed in, when it is to be before the story's year is out."""
    return str(context.published.year) if context.published and SIGNED_BY_YEAR_END.search(told) else None


def _told_span(sentence: str, match: re.Match[str], anew: int, other_deal: re.Match[str] | None,
               subjects: list[int]) -> tuple[int, int]:
    """Where the words about an instrument begin and end: not those of an instrument told anew after it (`_anew_at`),
    of another pair's deal (`_others_deal_after`), nor of a clause with another subject (`_other_subjects`), before or
    after it."""
    told_end = len(sentence) if match.start() >= anew else anew
    told_end = min(told_end, other_deal.start()) if other_deal else told_end
    told_start = next((start for start in reversed(subjects) if start < match.start()), 0)
    return told_start, min(told_end, next((start for start in subjects if start >= match.end()), told_end))


# The participle of signing right after an instrument, before its date: `the defence pact signed last year`.
SIGNED_AT = re.compile(r"\s+(?:(?:which|that)\s+(?:was|were)\s+)?(?:signed|inked|sealed|concluded)\s+(?:in\s+|on\s+)?")


def _without_others_signing(sentence: str, dates: list[DatePhrase], instruments: list[tuple[str, re.Match[str], int]],
                            match: re.Match[str]) -> list[DatePhrase]:
    """The dates of an instrument without those another one's signing tells right after it (`Alongside the defence
    pact signed last year, the two governments signed MoUs on X`: the MoUs are not of last year)."""
    return [phrase for phrase in dates
            if not any(other is not match and SIGNED_AT.fullmatch(sentence, other.end(), phrase.start)
                       for _, other, _ in instruments)]


# A relative clause about the object of another verb told after an instrument: `signed an MoU on X and agreed to revive
# a joint commission that last met in 2017`; its dates tell of that other thing.
OTHER_VERB_RELATIVE = re.compile(r"\band\s+(?:also\s+|then\s+)?(?:\w+ed|will|would|to)\s+(?:[^,;]*?\s)?"
                                 r"(?:that|which)\s+(?:\w+\s+){0,3}?$")


def _without_other_relative(sentence: str, dates: list[DatePhrase], match: re.Match[str]) -> list[DatePhrase]:
    """The dates of an instrument without those of a relative clause about what another verb after it acts on (`signed
    an MoU on customs on Wednesday and agreed to revive a joint economic commission that last met in 2017`: the MoU is
    not of 2017)."""
    return [phrase for phrase in dates if phrase.start < match.end()
            or not OTHER_VERB_RELATIVE.search(sentence, match.end(), phrase.start)]


def _own_dates(dates: list[DatePhrase], later: re.Match[str] | None, told_start: int, told_end: int,
               length: int) -> list[DatePhrase]:
    """The dates of the words about an instrument (`_told_span`), none after a meeting told later of a body in being
    (`which last met in Windhoek in November 2019`)."""
    own = [phrase for phrase in dates if phrase.start < later.start()] if later else dates
    own = own if told_end == length else [phrase for phrase in own if phrase.end <= told_end]
    return [phrase for phrase in own if phrase.start >= told_start] if told_start else own


def _fields(kind: str, sentence: str, match: re.Match[str], end: int, status: str, context: ArticleContext,
            following: str) -> tuple[list[str], re.Match[str] | None]:
    """An instrument's fields, and the instrument it amends when it names none of its own: those listed after it, a
    body's task, the council it sets up, those of the one it amends, the body an agreement founds, the goods ordered
    under contracts, else what a signed one is to do."""
    domains = _domains(sentence[:end], match, context, following) if kind not in {"council", "fta"} \
        else _working_body_task(sentence[:end], match, context) if kind == "council" else []
    council = _council_set_up(sentence, match.end()) if kind != "council" else None
    domains = domains or ([THE_LEAD.sub("", council.group(0))] if council else [])
    amended = _amended(sentence, match) if not domains and kind == "agreement" and "amend" in sentence else None
    domains = _domains(sentence, amended, context, following) if amended else domains
    if not domains and kind in {"agreement", "mou"} and ("establish" in sentence or "founded" in sentence
                                                 or "set up" in sentence or "created" in sentence):
        domains = _body_founded(sentence[:end], match) or _body_named_before(sentence, match, context)
    ordered = _goods_ordered(sentence[:end], match, context) if kind == "contract" \
        and "ing " in sentence[match.end():end] else []
    domains = ordered or domains  # `contracts ..., with X ordering A and B`: the goods, not a word before them
    each_with = _goods_each_with(sentence[:end], match) if kind == "contract" and " and with " in sentence \
        and PLURAL.search(match.group(0)) else []
    domains = each_with or domains  # `contracts with X for tanks and with Y for howitzers`: one field each
    if not domains and kind == "contract" and ", with " in sentence[max(0, match.start() - 12):match.start()]:
        domains = _bought_before(sentence, match)
    covered = WHICH_COVERS.match(sentence, match.end(), end) if not domains and match.group(0).islower() \
        and ", which " in sentence[match.end():end] else None
    if covered:  # `a framework agreement signed in Warsaw on July 27 by X, which covers tanks and aircraft`
        domains = _goods_covered(covered.group("list"), context)
    effect = TO_THAT_EFFECT.match(sentence, match.end()) if not domains and " effect" in sentence else None
    if effect:  # `signed a joint declaration to that effect`: the field is what the clause before tells
        domains = _level_raised_before(sentence, match)
    elif not domains and status == "signed" and kind not in {"council", "fta"}:
        domains = _purpose(sentence[:end], match)
    if not domains and kind == "agreement":  # `negotiations on X ... and to sign the related protocol`: of X
        domains = _related_title(sentence, match)
    if not domains and kind == "declaration" and "partnership" in sentence:
        domains = _level_raised_to(sentence, match)
    if kind in {"agreement", "mou"} and status == "signed" and all(d.lower() in GENERAL_PURPOSES for d in domains):
        bodies = _bodies_signing(sentence, match)
        domains = [" ".join(bodies + domains[:1])] if bodies else domains  # `chambers of commerce cooperation`
    return (_one_joined_field(sentence, match, domains) if len(domains) == 2 else domains), amended


# Like bodies of both sides that sign, right before the instrument: `The chambers of commerce of the two countries
# also signed`, `the two central banks signed`, `the countries' national academies of sciences have signed`.
BODY_NOUNS = r"(?:chambers|banks|universities|academies|agencies|federations|associations|institutes|councils|unions|" \
             r"authorities|ministries|exchanges|bureaus|committees)"
BODIES_SIGNING = re.compile(r"\b(?:[Tt]he|[Tt]heir)\s+(?P<both>(?:two|respective)\s+(?:countries[’']\s+)?|"
                            r"countries[’']\s+)?"
                            rf"(?P<bodies>(?:[a-z]+\s+){{0,2}}?{BODY_NOUNS}(?:\s+of\s+[a-z]+(?:\s+and\s+[a-z]+)?)??)"
                            r"(?P<of>\s+of\s+(?:the\s+two|both)\s+(?:countries|sides|nations|states))?"
                            r"\s+(?:have\s+|had\s+)?(?:also\s+)?(?:signed|inked|concluded|exchanged)\s+"
                            r"(?:[\w-]+\s+){0,3}$")


def _bodies_signing(sentence: str, match: re.Match[str]) -> list[str]:
    """An instrument with no field but cooperation that like bodies of both sides sign (`The chambers of commerce of
    the two countries also signed an MoU on cooperation`) is of their field (`chambers of commerce cooperation`): one of
    its own, not another cooperation instrument of the states'."""
    if "signed" not in sentence and "inked" not in sentence and "concluded" not in sentence \
            and "exchanged" not in sentence:
        return []
    bodies = BODIES_SIGNING.search(sentence, max(0, match.start() - 120), match.start())
    return [bodies.group("bodies")] if bodies and (bodies.group("both") or bodies.group("of")) else []


# What an agreement founds, named after it (`an intergovernmental agreement establishing the X University (XU)`) or as
# the subject founded under it (`The X University was established under an intergovernmental agreement`): its field.
FOUNDED_NAME = r"(?P<name>[A-Z][\w’'.-]*(?:\s+(?:(?:of|for|and|&|on)\s+)?[A-Z][\w’'.-]*){1,8})"
FOUNDS_AFTER = re.compile(r"\s+(?:(?:which|that)\s+)?(?:establish(?:ing|es|ed)|set(?:ting|s)?\s+up|creat(?:ing|es|ed)|"
                          rf"found(?:ing|s|ed))\s+(?:the\s+|an?\s+)?{FOUNDED_NAME}")
# `established under a ...` right before the instrument, and the passive it is told in (`was`, `has been`).
FOUNDED_UNDER_END = r"(?:established|set\s+up|founded|created)\s+under\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}$"
PASSIVE_BE = r"(?:was|were|had\s+been|has\s+been)\s+"
FOUNDED_UNDER = re.compile(rf"(?:^|\b(?:the|The)\s+|[,;]\s+){FOUNDED_NAME}(?:\s+\([^()]{{1,20}}\))?"
                           # where it stands (`in São Bernardo do Campo`), what else is said of it (`, which ...,`)
                           r"(?:\s+in\s+[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|do|da|de|es|el|al)){0,3})?(?:,[^,;]{1,80},)?"
                           # told so (`was established under`), or in a clause after it (`, established under`)
                           rf"(?:\s+{PASSIVE_BE}(?:[a-z]+ly\s+)?|,\s+){FOUNDED_UNDER_END}")
# The head word of a programme's name (`the Seasonal Workers Program`): the field is what the words before it name.
PROGRAMME_HEAD = re.compile(r"\s+(?:Program|Programme|Scheme)$")


# A body founded under an instrument named by its head word alone, as the subject (`The dialogue was established
# under a memorandum`): the one named in full before it (`the first Peru-Chile Trade and Investment Dialogue`).
BODY_NOUN_UNDER = re.compile(rf"^(?:The|This|That)\s+(?P<noun>[a-z]+)\s+{PASSIVE_BE}{FOUNDED_UNDER_END}")
# That body named in full, its pair's names left out: `Peru–Chile Trade and Investment Dialogue` -> `Trade and
# Investment`, the words before its head word.
BODY_FULL_NAME = r"(?:[A-Z][\w’'.]*\s*[-–]\s*[A-Z][\w’'.]*\s+)?(?P<name>(?:[A-Z][\w’'-]*\s+(?:(?:and|of|for|&|on)\s+)?){1,5})"


def _body_named_before(sentence: str, match: re.Match[str], context: ArticleContext) -> list[str]:
    """The field of an instrument a body told by its head word was founded under (see BODY_NOUN_UNDER): the body's
    full name in the sentences before, in lower case (`trade and investment dialogue`)."""
    subject = BODY_NOUN_UNDER.match(sentence[:match.start()])
    if subject is None or sentence not in context.sentences:
        return []
    noun = subject.group("noun")
    named = re.compile(BODY_FULL_NAME + noun.capitalize() + r"\b")
    index = context.sentences.index(sentence)
    for earlier in reversed(context.sentences[max(0, index - 3):index]):
        full = named.search(earlier)
        if full:
            return [f"{full.group('name')}{noun}".lower()]
    return []


def _body_founded(sentence: str, match: re.Match[str]) -> list[str]:
    """The body an agreement (or MoU) with no field of its own founds: named right after it, or as what was founded
    under it."""
    after = FOUNDS_AFTER.match(sentence, match.end())
    if after:
        return [_founded_field(after.group("name"))]
    if " under " not in sentence[max(0, match.start() - 40):match.start()]:
        return []
    before = FOUNDED_UNDER.search(sentence, 0, match.start())
    return [_founded_field(THE_LEAD.sub("", before.group("name")))] if before else []


def _founded_field(name: str) -> str:
    """The field of what an instrument founds: a body by its name (`the X University`), a programme by its subject
    (`the Seasonal Workers Program` -> `seasonal workers`), which the scheme's head word is no part of."""
    subject = PROGRAMME_HEAD.sub("", name)
    return subject.lower() if subject != name and " " in subject else name


# What a side orders under contracts, told after them: `contracts on Friday, with Warsaw ordering 180 tanks and 212
# howitzers` -> `tanks`, `howitzers` (the quantities are no part of the field).
GOODS_ORDERED = re.compile(r",\s+with\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,3}(?:ordering|buying|purchasing|acquiring|"
                           r"procuring)\s+(?P<list>[^;:()]+)")
LEADING_QUANTITY = re.compile(rf"^(?:{QUANTITY_HEDGE}\s+)?\d[\d,.]*\s+")


def _goods_ordered(sentence: str, match: re.Match[str], context: ArticleContext) -> list[str]:
    """The goods ordered under contracts, told in a `with X ordering ...` phrase after them: one field each."""
    ordered = GOODS_ORDERED.search(sentence, match.end())
    if ordered is None:
        return []
    items = [LEADING_QUANTITY.sub("", item) for item in _list_items(ordered.group("list"), context)]
    return [item for item in items if item and not item[:1].isdigit()]


# Each firm contracts are signed with and the goods it supplies, the next joined by `and with`: `signed contracts with
# Hyundai Rotem for 180 tanks and with Hanwha for 212 howitzers`.
WITH_FIRM_FOR = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+(?:(?:of|and|for)\s+(?=[A-Z]))?){1,6}"
                           r"for\s+(?P<goods>[^,;()]+?)"
                           r"(?=\s+and\s+with\s|\s*[,;(]|\s+(?:worth|valued|on|in|at)\s|\.?$)")
AND_WITH = re.compile(r"\s+and\s+")
COUNT_WORD_LEAD = re.compile(rf"^(?:{NUMBER_WORD_PATTERN})\s+", re.I)  # `two frigates`: the count is no field


def _goods_each_with(sentence: str, match: re.Match[str]) -> list[str]:
    """The goods of each of several contracts told one firm after another (see WITH_FIRM_FOR), their counts left
    out: none unless two or more are joined by `and with`."""
    firms: list[re.Match[str]] = []
    for firm in WITH_FIRM_FOR.finditer(sentence, match.end()):
        if firms and not AND_WITH.fullmatch(sentence, firms[-1].end(), firm.start()):
            break
        firms.append(firm)
    goods = [COUNT_WORD_LEAD.sub("", LEADING_QUANTITY.sub("", firm.group("goods").strip())) for firm in firms] \
        if len(firms) > 1 else []
    return [item for item in goods if item and not item[:1].isdigit()]


# What an instrument covers, told in a relative clause after the words of its signing: `a framework agreement signed in
# Warsaw on July 27 by the two ministers, which covers up to 1,000 tanks and 48 aircraft`.
WHICH_COVERS = re.compile(r"(?:\s+(?:signed|inked|sealed|concluded)\b[^;:.]{0,160}?)?,\s+which\s+"
                          r"(?:cover(?:s|ed)|provides?\s+for|provided\s+for)\s+(?P<list>[^;:]+)")


def _goods_covered(listed: str, context: ArticleContext) -> list[str]:
    """The items a relative clause says an instrument covers, their quantities left out (`up to 1,000 K2 tanks`)."""
    items = _list_items(ITEM_QUANTITY.sub("", listed.strip()), context)
    return [item for item in items if item and not item[:1].isdigit()]


# The quantity opening an item of a list of goods: `up to 1,000 K2 tanks, 672 K9 howitzers and 48 FA-50 aircraft`.
ITEM_QUANTITY = re.compile(rf"(?:^|(?<=,\s)|(?<=\band\s))(?:{QUANTITY_HEDGE}\s+)?\d[\d,.]*\s+")


# What a contract told in a phrase after it is for: `a Japanese design for its new general-purpose frigates, with a
# contract with X expected to be signed next year` -> `general-purpose frigates` (goods in the plural; not a time:
# `for the next five years, with a contract`).
BOUGHT_BEFORE = re.compile(r"\bfor\s+(?:its|their|the)\s+(?:new\s+)?"
                           r"(?P<goods>(?:[a-z][\w-]*\s+){0,2}(?!(?:years|months|weeks|days|decades)\b)[a-z][\w-]*s),"
                           r"\s+with\s+(?:an?|the)\s+$")


def _bought_before(sentence: str, match: re.Match[str]) -> list[str]:
    """The goods a contract with no field is for, named right before the `, with a contract` phrase it is told in."""
    bought = BOUGHT_BEFORE.search(sentence, max(0, match.start() - 80), match.start())
    return [bought.group("goods")] if bought else []


def _one_joined_field(sentence: str, match: re.Match[str], domains: list[str]) -> list[str]:
    """The two fields of one instrument named in the singular, joined by a bare `and` in one phrase after it, as one
    field when the qualifier of the first is shared by the second, a bare noun: `an agreement on comprehensive
    migration and mobility` is one agreement (not `on tourism and on customs`, `an MoU on halal certification and
    small and medium enterprises`, nor `agreements on X and Y`, one per field)."""
    if PLURAL.search(match.group(0)) or " " in domains[1] or not SHARED_QUALIFIER.fullmatch(domains[0]):
        return domains
    joined = re.compile(rf"\s+(?:on|for|in)\s+(?:the\s+)?{re.escape(domains[0])}\s+and\s+{re.escape(domains[1])}\b")
    return [f"{domains[0]} and {domains[1]}"] if joined.match(sentence, match.end()) else domains


# A field of an adjective and the noun it qualifies: `comprehensive migration`, `legal cooperation`.
SHARED_QUALIFIER = re.compile(r"[a-z]+(?:ic|al|ive|ous|ary)\s+[a-z]+")


def _place_clause(sentence: str, untitled: str, match: re.Match[str], end: int, kind: str, status: str, agreed: bool,
                  later: re.Match[str] | None, anew: int) -> str:
    """The words whose town is an instrument's: its clause up to a meeting told later, up to the next instrument
    listed when that one's own clause tells its signing (`_signed_on_its_own`) or, for a council agreed on, up to
    where it is to meet or what else was agreed, with no title's words in it and none before an instrument told anew
    (`_anew_at`)."""
    met = COUNCIL_MET.match(sentence, match.end()) if kind == "council" else None
    first = met and FIRST_MEETING.search(sentence, match.end(), met.end() + 12)  # `held its first meeting in X`
    clause = _clause(sentence, met.end() if first else _own_history_end(sentence, match.end()))
    clause = clause[:later.start()] if later else clause
    clause = clause[:end] if end < len(clause) and _signed_on_its_own(sentence, end) else clause
    if agreed:  # where it is to meet is not where it was agreed: `, whose first meeting will be in Kigali`
        relative = BODY_RELATIVE.search(clause, match.end())
        clause = clause[:relative.start()] if relative else clause
    if kind == "council" and status == "planned":  # not the town of another thing agreed after it
        and_to = AND_TO.search(clause, match.end())
        clause = clause[:and_to.start()] if and_to else clause
    clause = untitled[:len(clause)]  # another's title names no place: `a Convention on X in Civil Matters`
    titled_field = TITLE_FIELD.match(clause, match.end()) if match.group(0)[:1].isupper() else None
    if titled_field:  # nor does its own: `Cooperation in Defence` (but the capital it runs on into names one)
        title_end = titled_field.start("title") + len(_without_capital(titled_field.group("title")))
        clause = clause[:titled_field.start()] + " " * (title_end - titled_field.start()) + clause[title_end:]
    if match.start() >= anew:  # nor a town told before it: `visit Abu Dhabi ... and discuss a treaty, which`
        clause = " " * anew + clause[anew:]
    return clause


# The signing of one instrument alone, told in its own clause: `and a second 15-year agreement was signed in Algiers`.
SIGNED_ALONE = re.compile(r"\swas\s+(?:also\s+)?(?:signed|inked|sealed|concluded)\b")


def _signed_on_its_own(sentence: str, end: int) -> bool:
    """Whether the instrument listed after `end` has its own signing told in its clause (`a long-term contract signed
    in 2019, and a second 15-year agreement was signed in Algiers in June`): the town there is that one's, not the
    contract's; `were signed` after two (`an MoU and an agreement were signed in Rabat`) is both's."""
    return " was " in sentence and SIGNED_ALONE.search(sentence, end) is not None


def _by_acronym_after(sentences: list[str], defined: dict[str, Agreement], context: ArticleContext,
                      latest: date | None) -> None:
    """The sentences after the last one naming an instrument: an acronym defined before, named again there, tells more
    of its instrument (`_by_acronym`)."""
    for sentence in sentences:
        if any(acronym in sentence for acronym in defined):
            _by_acronym(sentence, _dates(sentence, context, latest), defined, context)


# What opens a sentence that names an instrument told of before by its kind alone: `The pact`, `That partnership`.
BACK_REFERENCE = re.compile(r"(?:The|That|This)\s+")


# The nouns that name a work told before when the field is `the` one (`a memorandum of understanding on the project`).
REFERRING_NOUNS = frozenset({"project", "plan", "initiative", "scheme", "programme", "program", "venture"})
# Such a noun right after the instrument, as the whole of its field: `on the project` (not `on the project to build
# a port`, whose own words tell it).
REFERRING_FIELD = re.compile(r"\s+(?:on|for|regarding|concerning|covering)\s+the\s+"
                             rf"(?:{'|'.join(sorted(REFERRING_NOUNS))})\b"
                             r"(?!\s+(?:of|to|for|on|in|at|that|which)\b|[’'-])")
# A work a sentence tells, with the words that qualify its head: `a new subsea link`, `the Trans-Sahara gas pipeline`,
# `a high-speed railway`.
PROJECT_PHRASE = re.compile(r"\b(?:an?|the)\s+(?:new\s+)?(?P<work>(?:(?!(?:to|of|and|or|the|an?|in|on|for|with|by)\s)"
                            r"[\w’'-]+\s+){0,3}?(?:link|pipeline|corridor|interconnector|cable|railway|rail\s+line|"
                            r"highway|expressway|motorway|bridge|port|tunnel|canal|dam|refinery|plant|terminal|"
                            r"power\s+line))\b", re.I)


def _project_referred(sentence: str, match: re.Match[str], domains: list[str], before: list[str]) -> list[str]:
    """The field of an instrument `on the project`: the work the sentences just before tell (`agreed to work on a new
    subsea link ...` then `A memorandum of understanding on the project`), the last one told; else none, the word
    alone naming nothing."""
    if REFERRING_FIELD.match(sentence, match.end()) is None:
        return domains
    works = [work.group("work") for told in before for work in PROJECT_PHRASE.finditer(told)]
    return works[-1:]


def _back_reference(sentence: str, match: re.Match[str]) -> bool:
    """An instrument named by its kind alone opening a sentence that tells its signing (`The pact was signed in Manila
    on July 8, 2024`, `That partnership was signed in Tokyo in 2011`): the one the sentence before names; so does the
    kind alone in capitals, as a press release writes the instrument it defined (`The Agreement was signed in
    Santiago`)."""
    return match.start() <= 5 and (match.group(0).islower() or match.group(0) in SINGLE_TITLED) \
        and BACK_REFERENCE.fullmatch(sentence, 0, match.start()) is not None \
        and WAS_SIGNED.match(sentence, match.end()) is not None


def _named_before(previous: str, kind: str, found: list[Agreement],
                  context: ArticleContext) -> Agreement | tuple[str, re.Match[str], list[str]] | None:
    """The instrument the sentence before names that a sentence opening with its kind tells signed: one found there
    (`signed the Strategic Partnership Agreement.` then `The pact was signed in Cusco on June 3, 2013.`), else the one
    it names though it told no status of it (`reviewed the defence equipment transfer agreement.` then `The accord was
    signed in Tokyo in 2016`): its kind, its words and its fields, the last one named there; one named by its kind
    alone there is none (`the agreement would allow`: that is the one named before it), nor is one inside another's
    name (the `Agreement` of `a Comprehensive Economic Partnership Agreement`)."""
    classes = {AGREEMENT_CLASS[kind], "fta"} if kind == "agreement" else {AGREEMENT_CLASS[kind]}
    told = [other for other in found if other.quote == previous and AGREEMENT_CLASS[other.kind] in classes]
    if told:  # of its own kind first: `The contract` after `a contract ..., in a deal worth ...`
        return next((other for other in reversed(told) if other.kind == kind), told[-1])
    named = [(rank, named_kind, named) for rank, (named_kind, pattern, _) in enumerate(INSTRUMENTS)
             if AGREEMENT_CLASS[named_kind] in classes for named in pattern.finditer(previous)]
    named = sorted((item for item in named if not _inside_another(item[2], named)), key=lambda item: item[2].start())
    for _, named_kind, named in reversed(named):
        title = TITLE_RUN_BEFORE.search(previous, max(0, named.start() - 60), named.start()) \
            if named.group(0).lower() == "partnership" else None
        if title:  # `their Strategic Partnership`: named by its title
            return named_kind, named, [f"{' '.join(title.group(0).split())} {named.group(0)}"]
        domains = _domains(previous, named, context, "") if named_kind != "fta" else ["trade"]
        if domains and named.group(0).lower() != "partnership":
            return named_kind, named, domains
    return None


def _signing_told_later(earlier: Agreement, sentence: str, match: re.Match[str], status: str, stated: str,
                        narrative: str, context: ArticleContext, latest: date | None) -> bool:
    """Whether a sentence naming an instrument again tells the day of its signing (`The pact was signed in Cusco on
    June 3, 2013`) when the sentence that first named it told none, so that the story's day stood for it: the day told
    is its own, and so is the town."""
    return status == "signed" and earlier.status == "signed" and earlier.date == narrative != stated \
        and WAS_SIGNED.match(sentence, match.end()) is not None and not _dates(earlier.quote, context, latest)


# An instrument's kind in capitals before its title: `Convention on Legal Assistance in Civil Matters`.
TITLED_KIND = re.compile(at_word_start("Convention", "Agreement", "Treaty", "Protocol", "Partnership", "Declaration",
                                        "Programme", "Accord", "Understanding", "Arrangement") + "s?"
                         r"(?=\s+(?:for|on)\s+[A-Z])")


def _placed_by_default(agreement: Agreement, context: ArticleContext) -> bool:
    """An instrument with no place, or only the dateline's that its sentence does not name (`KARACHI: ... signed a
    currency swap line`): the town its signing is told in later (`The arrangement was signed ... in Tashkent`) is its."""
    return agreement.place is None or agreement.place == context.dateline_place \
        and agreement.place not in agreement.quote


def _titled_among(instruments: list[tuple[str, re.Match[str], int]]) -> bool:
    """Whether an instrument of the sentence is written in capitals, as one with a title is."""
    for _, match, _ in instruments:
        if match.group(0)[:1].isupper():
            return True
    return False


def _untitled(sentence: str) -> str:
    """The sentence with the titles of instruments blanked: `in Civil Matters` of one is no town of the talks."""
    if " in " not in sentence:
        return sentence
    for kind in TITLED_KIND.finditer(sentence):
        title = TITLE_FIELD.match(sentence, kind.end())
        if title:
            sentence = sentence[:title.start()] + " " * len(title.group(0)) + sentence[title.end():]
    return sentence


# What follows the date of a dateline the page left in the lede: `Addis Ababa, February 22/2024 (ENA) - `.
DATELINE_AFTER = re.compile(r"\s*(?:[/,]\s*\d{4}\s*)?(?:\([^()]{1,20}\)\s*)?(?:[-–—]{1,2}|:)\s")


def _dateline_day(sentence: str, phrase: DatePhrase, dates: list[DatePhrase]) -> bool:
    """A day that dates the dateline opening the lede, when the lede tells another day: the story's, not that of the
    talks (`Addis Ababa, February 22/2024 (ENA) - Ethiopia and Djibouti signed five agreements on Wednesday`)."""
    return phrase.start < 40 and DATELINE_AFTER.match(sentence, phrase.end) is not None \
        and any(other.date.precision == "day" and other.start > phrase.end for other in dates)


def _last_instrument_sentence(sentences: list[str]) -> int:
    """Where the last sentence with an instrument's word is (-1 for none), or the last item of the list one a line it
    opens (`The agreements signed cover:` then `- Cooperation in fisheries;`), or the sentence right after it that
    `It` opens (`It came into effect in 2021.`): the lede's day, visits and lists after it serve no instrument."""
    for index in range(len(sentences) - 1, -1, -1):
        if _names_instrument(sentences[index], word_set(sentences[index])):
            if sentences[index].endswith(":"):
                while index + 1 < len(sentences) and BULLET.match(sentences[index + 1]):
                    index += 1
            elif index + 1 < len(sentences) and sentences[index + 1].startswith("It "):
                index += 1
            return index
    return -1


def _founded_again(sentence: str, dates: list[DatePhrase], found: list[Agreement], context: ArticleContext) -> None:
    """The council told before, named again by its kind alone with the words of its founding (`The committee, which
    was established in 1998, ...`): the date and town of its founding, when it had none."""
    again = BODY_AGAIN.match(sentence)
    founded = FOUNDED.search(sentence, again.end()) if again else None
    earlier = next((other for other in reversed(found) if other.kind == "council"), None) if founded else None
    if earlier is not None and founded is not None:
        _date_founding(earlier, sentence, founded, dates, context)


def _date_founding(earlier: Agreement, sentence: str, founded: re.Match[str], dates: list[DatePhrase],
                   context: ArticleContext) -> None:
    """A council in being told before takes the date and town of the founding `founded` tells, when it had none
    (not a founding still to come: `will be inaugurated`); one told agreed to be set up is in being once it has held
    its first meeting (`agreed to set up a Council`, then `The council held its first meeting in Ankara on Tuesday`)."""
    if TO_BE_DONE.search(sentence, max(0, founded.start() - 24), founded.start()) \
            or DONE_LATER.match(sentence, founded.end()):
        return
    if earlier.status == "planned":
        earlier.status, earlier.date = "established", None
    elif earlier.status != "established" or earlier.date and not FORMED.match(founded.group(0)):
        return
    later = MEETS_LATER.search(sentence, founded.end())
    own = [phrase for phrase in dates if later is None or phrase.start < later.start()]
    date = _date_of("established", sentence, own, -1, founded) if own else None
    if earlier.date and (date is None or not _dates_apart(date, earlier.date) or date > earlier.date):
        return  # a body formed, told after its first meeting dated it: the forming, when it was before
    earlier.date = date
    if earlier.date:
        clause = _clause(sentence, founded.end())
        earlier.place = _place(clause[:later.start()] if later else clause, context, "established", earlier.date, None)


def _only_concluded(sentence: str) -> bool:
    """The sentence says an instrument was concluded or finalised, not signed: its text agreed, still to be signed."""
    return all(verb.group(0).lower().startswith(("conclud", "finali")) for verb in SIGNED.finditer(sentence))


# A gathering `On the sidelines,` may point back to: a visit or meeting, or a forum or conference.
GATHERING = re.compile(r"\b(?:visit(?:s|ed|ing)?|meeting|met|delegation|forum|conference|summit|session)\b", re.I)


def _latest_gathering(visits: list[tuple[str, list[DatePhrase] | None]], context: ArticleContext,
                      latest: date | None) -> tuple[str, str | None] | None:
    """The town and day of the latest gathering the sentences before told in a town (`opened a business forum in
    Mombasa on Tuesday`): what `On the sidelines,` with nothing after it points back to."""
    for sentence, dates in reversed(visits):
        found = _meeting_named(sentence, context, dates, latest) if GATHERING.search(sentence) else None
        if found:
            return found
    return None


# A meeting `At the meeting,` or `Following the talks,` may point back to (not a visit: `visited Tokyo three times`,
# `arrived on Tuesday for a state visit`), and how many of the latest sentences telling one it looks through for one
# told in a town on a day (past `The talks focused on X.` and `agreed to hold the next meeting in X`, no further).
MEETING_TOLD = re.compile(r"\b(?:meeting|met|talks|summit|session)\b", re.I)
MEETINGS_BACK = 3


def _latest_meeting(visits: list[tuple[str, list[DatePhrase] | None]], context: ArticleContext,
                    latest: date | None) -> tuple[str, str | None] | None:
    """The town and day of the latest meeting or talks the sentences before told in a town on a day (`X met Y in
    Vientiane on Thursday`): what `At the meeting,` or `Following the talks,` points back to (not a sentence so opening
    itself), when the talks a sentence or two before (`_talks_before`) did not date it."""
    told = [(sentence, dates) for sentence, dates in visits
            if not sentence.startswith(MEETING_OPENINGS) and MEETING_TOLD.search(sentence)]
    day = None  # the day of talks told in no town (`On 13 March, he held talks with X`): theirs, in the town before
    for sentence, dates in reversed(told[-MEETINGS_BACK:]):
        dates = _dates(sentence, context, latest) if dates is None else dates
        found = _meeting_named(sentence, context, dates, latest)
        when = day or (found[1] if found else None)
        if found and when and len(when) == 10:
            return found[0], when
        day = day or next((phrase.date.iso() for phrase in dates if phrase.date.precision == "day"), None)
    return None


# Words telling that leaders met: `sat down with Xi Jinping in Beijing on 31 August`, `held talks`.
LEADERS_MET = re.compile(r"\b(?:met|meets|meeting|sat\s+down\s+with|held\s+talks|talks\s+with|summit)\b")


def _leaders_met_before(previous: str, context: ArticleContext, latest: date | None) -> tuple[str, str | None] | None:
    """The town and day of the meeting the sentence before told, when it tells one on a day (`When X sat down with Y in
    Beijing on 31 August, ...`): those of what `The two leaders signed` next, when the story's day does not date it
    (`_recent`); none for a meeting undated to the day, nor for an arrival (`arrived on Tuesday for a visit`)."""
    if not LEADERS_MET.search(previous):
        return None
    met = _meeting_named(previous, context, None, latest)
    return met if met and met[1] and len(met[1]) == 10 else None


def _latest_visit(visits: list[tuple[str, list[DatePhrase] | None]], context: ArticleContext,
                  latest: date | None, cue: str | None = None) -> tuple[str, str | None] | None:
    """The town and day of the latest visit or meeting of the sentences that name one (`_visit_named`); none when the
    latest is a visit to a country whose town is untold (`is set to visit Brazil`): an earlier visit's is not its.
    With a cue (that of a `during the ...`, `back_references`), that of the latest sentence with the cue that names a
    town."""
    for sentence, dates in reversed(visits):
        if cue is not None:
            if cue in (sentence if cue.startswith("(") else sentence.lower()):
                found = _meeting_named(sentence, context, dates, latest)
                if found:
                    return found
            continue
        found = _visit_named(sentence, context, dates, latest)
        if found:
            return found
        if _visit_to_country(sentence, context):
            return None
    return None


def _visit_to_country(sentence: str, context: ArticleContext) -> bool:
    """The sentence tells of a visit to a country, not to a town (`will pay a state visit to Brazil`)."""
    visited = VISITED.search(sentence) if "visit" in sentence else None
    return visited is not None and context.countries.canonical(visited.group("p")) is not None


def _visit_named(sentence: str, context: ArticleContext, dates: list[DatePhrase] | None,
                 latest: date | None) -> tuple[str, str | None] | None:
    """The town and day of a visit or meeting a sentence names (`his meeting with X in Ankara yesterday`, `visited
    Jakarta on Monday`): those of the instruments signed `during the visit` a sentence later. Its dates are read
    here when the loop did not need them (None)."""
    if not VISIT_OR_MEETING.search(sentence):
        return None
    return _meeting_named(sentence, context, dates, latest)


def _meeting_named(sentence: str, context: ArticleContext, dates: list[DatePhrase] | None,
                   latest: date | None) -> tuple[str, str | None] | None:
    """The town and day (else month) of the visit or meeting a sentence names, a town it is not only reported in."""
    place = _named_place(sentence, context, towns_only=True)
    place = None if place and _reported_in(sentence, place) else place
    visited = VISITED.search(sentence) if place is None and ("visit" in sentence or "delegation" in sentence) \
        else None  # VISITED needs either word
    place = place or (visited.group("p") if visited and not context.countries.canonical(visited.group("p")) else None)
    if not place:
        return None
    dates = _dates(sentence, context, latest) if dates is None else dates
    return place, next((phrase.date.iso() for phrase in dates if phrase.date.precision == "day"),
                       next((phrase.date.iso() for phrase in dates if phrase.date.precision == "month"), None))


def _reported_in(sentence: str, town: str) -> bool:
    """The town is where the visit was told of (`is set to visit Brazil, X told reporters in Jakarta`), not the
    visit's."""
    at = sentence.find(town)
    return at > 0 and REPORTED_IN.search(sentence, max(0, at - 40), at) is not None


# A report's words right before its town: `told reporters in`, `said in`, `told a news conference in`.
REPORTED_IN = re.compile(r"\b(?:told\s+(?:reporters|journalists|the\s+press|a\s+news\s+conference)|said|"
                         r"announced)\s+(?:on\s+\w+\s+)?in\s+$")


def _talks_before(context: ArticleContext, index: int, latest: date | None,
                  recent_only: bool = True) -> tuple[str, str | None] | None:
    """The day and town of the talks a sentence or two before the one at `index` told of, which that one's signing
    followed (`On Friday, the two prime ministers held talks in Tejgaon` then `Following the talks, X and Y signed a
    power sale agreement`): the town is the city of the visit the talks were in when one is told (`had flown to
    Dhaka`), else the one the talks were held in. Unless `recent_only`, talks of any day a sentence or three before,
    past those that tell none (`met in Arusha last Wednesday.` then `The meeting ended with no deal.`): a council
    agreed on at the talks is dated by them however long before the article they were."""
    reach = TALKS_BACK if recent_only else TALKS_BACK + 1
    for back in range(index - 1, max(-1, index - 1 - reach), -1):
        sentence = context.sentences[back]
        if not TALKS_HELD.search(sentence):
            continue
        day = next((phrase.date.iso() for phrase in _dates(sentence, context, latest)
                    if phrase.date.precision == "day"), None)
        if day is None and not recent_only:
            continue
        if day is None or recent_only and not context.is_recent(date.fromisoformat(day)):
            return None
        return day, _visit_city(context, back) or _named_place(_untitled(sentence), context, towns_only=True)
    return None


def _visit_city(context: ArticleContext, before: int) -> str | None:
    """The city the sentences before `before` tell someone went to (`had flown to Dhaka on Thursday`, `the visit of
    X to Thimphu`); not the town an airport is in (`arrived in Paro`), which may not be the visit's."""
    for sentence in context.sentences[:before]:
        gone = FLOWN_TO.search(sentence) if "flew" in sentence or "flown" in sentence or "travel" in sentence \
            else VISITED.search(sentence) if "visit" in sentence else None
        city = gone.group("p") if gone else None
        if city and not context.countries.canonical(city) and not is_region(city):
            return city
    return None


# One instrument's purposes, each what is done to a thing, joined by `and`: `an agreement for the avoidance of double
# taxation and the prevention of fiscal evasion` is one treaty (the title of tax treaties), as `an MoU on the
# development of ports and the training of seafarers` is one memorandum; not `agreements on trade and on tourism`.
PURPOSES_JOINED = re.compile(r"\s+(?:on|for)\s+the\s+[a-z]+(?:tion|sion|ance|ence|ment|ing)\s+of\s+[^,;()]+?"
                             r"\s+and\s+the\s+[a-z]+(?:tion|sion|ance|ence|ment|ing)\s+of\s")


def _one_with_purposes(sentence: str, match: re.Match[str]) -> bool:
    """A singular instrument whose field is two purposes, each `the <action> of <thing>`, joined by `and`."""
    return not PLURAL.search(match.group(0)) and sentence.startswith((" on the ", " for the "), match.end()) \
        and PURPOSES_JOINED.match(sentence, match.end()) is not None


def _fields_shared(instruments: list[tuple[str, re.Match[str], int]], match: re.Match[str], end: int) -> bool:
    """Whether another instrument the sentence names shares this one's fields, its text ending where this one's does
    (`four MoUs and one agreement covering X, Y and Z`: the fields are spread over all of them)."""
    return any(other is not match and other_end == end for _, other, other_end in instruments)


def _entries(match: re.Match[str], domains: list[str], one_of_several: bool, shared: bool) -> list[list[str]]:
    """The fields of each entry: one per field (`agreements on X and Y`), but all of them for one instrument named in
    the singular whose fields no other shares (`a memorandum on the circular economy and sustainable industry` is one
    memorandum), for one plan, a programme of its own that covers several (`a joint action plan covering X, Y and Z`,
    `a programme for X and Y`), and for an instrument the sentence names one by one among others (`MoU on
    recruitment, employment and repatriation of workers; MoU on digital technologies`)."""
    if one_of_several or match.group(0).lower().endswith(("plan", "programme", "program")) \
            or len(domains) > 1 and not shared and not PLURAL.search(match.group(0)):
        return [domains]
    return [[domain] for domain in domains] or [[]]


def _councils_named(sentence: str, defined: dict[str, Agreement]) -> dict[str, Agreement]:
    """The councils a sentence naming instruments of its own names again by acronym with the words of their founding:
    that sentence tells their founding as one naming no instrument does (`_by_acronym`)."""
    named = {acronym: body for acronym, body in defined.items() if body.kind == "council" and acronym in sentence}
    return named if named and FOUNDED.search(sentence) else {}


def _by_acronym(sentence: str, dates: list[DatePhrase], defined: dict[str, Agreement],
                context: ArticleContext) -> None:
    """An instrument named again by the acronym defined for it (`The MTFTA, signed in April 2014 and in force since
    August 2015`) takes the status and date the sentence gives it, as `the agreement` would; a council, the date and
    town of the founding it tells."""
    for acronym, earlier in defined.items():
        named = re.search(rf"\b{acronym}\b(?!\))", sentence) if acronym in sentence else None
        if named is None:
            continue
        founded = FOUNDED.search(sentence, named.end()) if earlier.kind == "council" else None
        if founded:  # `The PJCC was first inaugurated in Abidjan in February 2015`
            _date_founding(earlier, sentence, founded, dates, context)
            continue
        status = _status(earlier.kind, sentence, named)
        date = _date_of(status, sentence, dates) if dates and status != "planned" else None
        _restate(earlier, status, date)


# The verb of a report right before its day: `, the Andina news agency reported on Tuesday`, `, state media reported
# Tuesday`, `, the ministry said late on Monday`.
REPORT_VERBS = ("reported", "said", "announced", "quoted", "says", "reports")
REPORTED_ON = re.compile(rf"\b(?:{'|'.join(REPORT_VERBS)})\s+(?:(?:late|early)\s+)?(?:on\s+)?$")


def _report_days(sentence: str, dates: list[DatePhrase]) -> list[DatePhrase]:
    """The days a sentence's report is told on, which are not its signing's: `signed an agreement on fisheries, the
    Andina news agency reported on Tuesday` tells when the news came, the signing is dated by the story if it can be."""
    if not dates or not any(verb in sentence for verb in REPORT_VERBS):
        return []
    return [phrase for phrase in dates
            if REPORTED_ON.search(sentence, max(0, phrase.start - 24), phrase.start) is not None]


# What opens a sentence that goes on about the instrument the sentence before told of: `It came into effect in 2021.`
NEXT_OPENING = re.compile(r"(?:It|The\s+(?:deal|agreement|pact))\s")


def _restated_next(sentence: str, index: int, found: list[Agreement], context: ArticleContext,
                   latest: date | None) -> None:
    """The instrument of the sentence before that `It` (or `The deal`, `The agreement`, `The pact`) opening this one
    tells in force: `The two countries signed an FTA in 2019. It came into effect in 2021.` is in force since 2021.
    Only right after it: `It` further on may be anything."""
    if not found or found[-1].kind == "council" or not NEXT_OPENING.match(sentence) \
            or found[-1].quote != context.sentences[index - 1]:
        return
    cue = _force_cue(sentence)
    dates = _dates(sentence, context, latest) if cue else []
    if dates:
        _restate(found[-1], "in_force", _date_of("in_force", sentence, dates, cue=cue))


# How far along an instrument is: one named again later as further along takes that status.
STATUS_RANK = {"planned": 0, "signed": 1, "established": 1, "in_force": 2}


def _restate(earlier: Agreement, status: str, date: str | None) -> None:
    """An instrument named again (`the agreement`, its acronym) takes the status the sentence gives it when that is
    further along (`The APPTA ... entered into force in May 2024` after `signed in 2023`) with the date it gives (not
    `will enter into force once ratified`), and a date it lacked."""
    if STATUS_RANK[status] > STATUS_RANK[earlier.status] and (date or earlier.status == "planned") \
            or not earlier.date and date:
        earlier.status, earlier.date = status, date or earlier.date


def _list_opened(sentence: str, index: int, signed_last: tuple[int, Agreement] | None) -> Agreement | None:
    """The instrument signed in this sentence or the one before whose items a colon opens, one a line (`The
    instruments signed are:` then `- an agreement on X;`, `1. An MoU on Y`): they share its status, date and place.
    A sentence naming the instruments may come a paragraph or two after the signing."""
    if signed_last is None or not sentence.rstrip().endswith(":"):
        return None
    near = 8 if NAMES_THE_SIGNED.search(sentence) else 1  # `The agreements include:` after paragraphs between
    return signed_last[1] if index - signed_last[0] <= near else None


def _others_covered(sentence: str, signed: Agreement, context: ArticleContext) -> list[Agreement]:
    """The fields of the instruments signed with the one named before and not named themselves (`signed eleven
    agreements, including an MoU on X.` then `The other documents cover gas storage and water management.`): one
    entry each, with that signing's status, date, place and parties."""
    covers = OTHERS_COVER.match(sentence)
    if covers is None:
        return []
    noun = covers.group("noun")
    kind = "mou" if noun.lower().startswith(("memorand", "mou")) else "agreement"
    label, text = "–".join(signed.parties), "memorandum" if noun.lower().startswith("memorand") else noun.rstrip("s")
    return [Agreement(kind=kind, name=f"{label} {text} on {field}", domains=[field], date=signed.date,
                      status=signed.status, place=signed.place, parties=list(signed.parties), quote=sentence)
            for field in _list_items(covers.group("list"), context)]


# The words of a listed item that say it is about cooperation before its field: `Cooperation in the field of`.
FIELD_ITEM_LEAD = re.compile(r"(?:(?:bilateral|mutual)\s+)?cooperation\s+(?:in|on)\s+", re.I)
# What each kind of instrument is called in the name of one its list gives by field alone.
KIND_NOUNS = {"mou": "memorandum of understanding", "agreement": "agreement", "declaration": "declaration",
              "contract": "contract"}


def _listed_field(text: str, signed: Agreement, context: ArticleContext) -> list[Agreement]:
    """An item of a list of the instruments signed that names no instrument but what one is on (`The memoranda
    exchanged covered:` then `- Cooperation in the field of renewable energy;`): one instrument of the lead-in's kind
    on its fields, with that signing's status, date, place and parties."""
    noun = KIND_NOUNS.get(signed.kind)
    if noun is None:
        return []
    text = text.strip().rstrip(".;,")
    lead = FIELD_ITEM_LEAD.match(text)
    fields = _list_items(text[lead.end():] if lead else text, context)
    if not fields:
        return []
    listed = ", ".join(fields[:-1]) + f" and {fields[-1]}" if len(fields) > 1 else fields[0]
    return [Agreement(kind=signed.kind, name=f"{'–'.join(signed.parties)} {noun} on {listed}", domains=fields,
                      date=signed.date, status=signed.status, place=signed.place, parties=list(signed.parties),
                      quote=text)]


def _no_field(agreement: Agreement) -> bool:
    """An instrument named with no field of its own, or only what every one is for (`seven cooperation agreements`)."""
    return all(domain.lower() in GENERAL_PURPOSES for domain in agreement.domains)


def _signing_again(sentence: str, match: re.Match[str], kind: str, index: int,
                   signed_last: tuple[int, Agreement] | None, found: list[Agreement]) -> list[Agreement]:
    """The instruments of a class signed in the sentence a sentence or two before that a sentence opening with them in
    the plural tells signed (`signed three agreements, including one on X, during a visit to Abuja.` then `The
    agreements were signed on Wednesday at the State House`): they take the day and town it tells when they had none,
    and lend it the town they have. Memoranda are only those told memoranda."""
    if signed_last is None or not 0 < index - signed_last[0] <= 2 or not PLURAL.search(match.group(0)) \
            or not ALL_AGAIN.fullmatch(sentence, 0, match.start()):
        return []
    return [other for other in found if other.quote == signed_last[1].quote and other.status == "signed"
            and AGREEMENT_CLASS[other.kind] == AGREEMENT_CLASS[kind] and (kind != "mou" or other.kind == kind)]


def _listed_with(sentence: str, index: int, signed_last: tuple[int, Agreement] | None) -> tuple[Agreement, int] | None:
    """The instrument signed a sentence or two before whose signing a sentence listing instruments continues (`The
    documents also included an executive programme on X and a protocol on Y`): they share its status, date and
    place. With where the list begins."""
    if signed_last is None or index - signed_last[0] > 2:
        return None
    subject = LISTED_AFTER.match(sentence)
    return (signed_last[1], subject.end()) if subject else None


# A count of instruments signed: `signed three cooperation documents`, `12 agreements`.
COUNTED_SIGNED = re.compile(rf"(?:^|\s)(?P<count>\d{{1,2}}|{NUMBER_WORD_PATTERN})\s+(?:(?!and\b)[\w-]+\s+){{0,2}}?"
                            r"(?:documents|instruments|agreements|memorand\w+|MoUs|MOUs|MoCs|deals|accords|pacts|"
                            r"protocols|contracts)\b", re.I)


def _listed_again(kind: str, domains: list[str], position: int, signed: Agreement,
                  found: list[Agreement]) -> Agreement | None:
    """The instrument of a signing told before with its fields that a sentence listing the signed ones names again
    (`signed three cooperation documents on higher education, water management and agriculture.` then `They include an
    agreement on the X scholarship programme, an MoU on water management and an MoU on agriculture`): no new one. The
    one whose field shares a word with its own, else the one in its place in the list, when the signing told all its
    instruments (as many as its count, or a list that is not partial); none when that told only some (`signed 12
    agreements, including on energy.` then `They include an MoU on tourism`: one more)."""
    told = [other for other in found if other.quote == signed.quote and other.status == signed.status
            and AGREEMENT_CLASS[other.kind] == AGREEMENT_CLASS[kind]]
    if not told or any(_no_field(other) for other in told):
        return None
    words = _field_words(domains)
    shared = next((other for other in told if not words.isdisjoint(_field_words(other.domains))), None)
    if shared or position >= len(told):
        return shared
    counted = COUNTED_SIGNED.search(signed.quote)
    whole = count_of(counted.group("count")) == len(told) if counted else PARTIAL_LIST.search(signed.quote) is None
    return told[position] if whole else None


def _field_words(domains: list[str]) -> set[str]:
    """The words of fields that tell one from another, each without its plural: not the fillers any field may be
    named with or without, nor the words that join others."""
    return {word.rstrip("s") for domain in domains for word in fold(domain).split()
            if word not in FIELD_FILLERS and word not in BODY_FILLERS}


def _of_others(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """An instrument of other countries (`Vietnam and Thailand signed an MoU`, `Ethiopia signed an MoU with
    Somaliland`, `a similar treaty with Vanuatu`): who signs it, or whom it is with, names a country outside the pair
    and one of the pair at most, or the `which` clause it stands in opens with one (`India's missiles, which the
    Philippines bought under a deal signed in 2022`). Places (`signed in Jakarta, Indonesia`) and its fields do not
    count."""
    head = sentence[:match.start()]
    opening = SIGNERS_START.match(head)
    verbs = list(SIGNED.finditer(head))
    signers = PLACE.sub(" ", head[opening.end() if opening else 0:verbs[-1].start() if verbs else len(head)])
    partner = WITH_PARTIES.match(sentence, match.end())
    sides = set(context.countries.mentioned(signers + (partner.group(0) if partner else "")))
    return bool(sides - set(context.pair)) \
        and (len(sides & set(context.pair)) < 2 or BLOC_SIGNS.search(signers) is not None) \
        or third_country_which(sentence, match.start(), context)


def _with_bloc(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """An instrument signed with a bloc named after `with` (`a CEPA with the European Free Trade Association`): the
    bloc is the partner, not the pair's other side (not a body of the pair's: `with the Australian Business
    Council`)."""
    partner = WITH_PARTY.match(sentence, match.end())
    if partner is None or not any(head in partner.group(0) for head in BLOC_HEADS):
        return False
    return not any(side in partner.group(0) for side in context.pair) \
        and not any(_country_named(word, context) in context.pair for word in partner.group(0).split()[1:])


# An instrument told again right after one of others, as what it is: `an arrangement with Saudi Arabia to import fuel
# on credit, a deal the IMF is monitoring` (no signing of its own between them).
RESTATED_OTHER = re.compile(r",\s+(?:an?|the|that|this)\s+(?:[\w-]+\s+){0,2}$")


def _restated_other(sentence: str, others_end: int, match: re.Match[str]) -> bool:
    """Whether the instrument at `match` restates the one of others ending at `others_end` in the same clause."""
    return RESTATED_OTHER.search(sentence, others_end, match.start()) is not None \
        and ";" not in sentence[others_end:match.start()] and SIGNED.search(sentence, others_end, match.start()) is None


# A bloc that signs, told by what it is with its members (`Mercosur, the trade bloc founded by Brazil, Argentina,
# Paraguay and Uruguay in 1991, signed`): the bloc is the party, though the pair are among its members.
BLOC_SIGNS = re.compile(r"\b(?:blocs?|grouping|alliance|union|community|members?|member\s+states)\b")


# Signers that are firms named by what they are, not one body by its name: `Malaysian and Turkish companies`,
# `businesspeople from both countries`, `private sector firms`; and words of a state among them, which keep the
# instrument a formal one of the pair (`the governments and companies of the two countries`).
COMPANY_SIGNERS = re.compile(r"\b(?:[Cc]ompanies|[Ff]irms|[Bb]usinesses|[Bb]usiness\s*(?:people|men|persons|communities|"
                             r"groups|leaders|organi[sz]ations)|[Bb]usinessmen|[Ee]ntrepreneurs|[Pp]rivate[\s-]sector|"
                             r"[Ee]xporters|[Ii]nvestors|[Ee]nterprises)\b")
# A capitalised word among the signers, which may name a body (`the Tanzania Private Sector Foundation`, `defence
# firm Aselsan`): an instrument of named bodies is theirs (`_parties`), not left out.
CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
STATE_SIGNERS = re.compile(r"\b(?:governments?|ministr(?:y|ies)|ministers?|ministerial|state|agenc(?:y|ies)|officials|"
                           r"leaders)\b", re.I)
# Firms an instrument is told exchanged between after it: `12 MoUs were exchanged between Malaysian and Turkish
# companies`, `deals signed by firms from both countries`.
BY_COMPANIES = re.compile(r"(?:\s+[^.;,]{0,40}?)?\s+(?:(?:were|was)\s+)?(?:signed|inked|exchanged|sealed)\s+"
                          r"(?:between|by|among)\s+(?P<signers>[^.;,]{1,60})")
# What opens a sentence before its signers: a phrase of when (`During the visit,`) or one who tells it (`Prabowo said
# Indonesian companies signed`); its capitalised words name no signing body.
SIGNERS_LEAD = re.compile(r".*(?:,\s+|\b(?:said|says|that)\s+)")
COMPANY_CUES = ("compan", "firms", "business", "entrepreneur", "private", "exporters", "investors", "enterprises")


def _by_companies(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """An instrument that firms sign (`Malaysian and Turkish companies exchanged 12 MoUs worth $300 million at the
    business forum`, `20 deals were signed between companies of the two countries`, `During the visit, Indonesian
    companies signed investment agreements worth $2.5 billion`): a commercial one, not a formal instrument between the
    two countries; kept when a state signs it with them (`the governments and companies`), and left to `_parties` when
    the firms are named (`Turkish defence firm Aselsan and ...`)."""
    lowered = sentence.lower()
    if not any(cue in lowered for cue in COMPANY_CUES):
        return False
    head = sentence[:match.start()]
    opening = SIGNERS_START.match(head)
    verbs = list(SIGNED.finditer(head, opening.end() if opening else 0))
    after = BY_COMPANIES.match(sentence, match.end()) if not verbs else None
    signers = after.group("signers") if after else head[opening.end() if opening else 0:verbs[-1].start()] \
        if verbs else ""
    lead = SIGNERS_LEAD.match(signers) if "," in signers or " said " in signers or " that " in signers else None
    signers = signers[lead.end():] if lead else signers
    return COMPANY_SIGNERS.search(signers) is not None and STATE_SIGNERS.search(signers) is None \
        and all(_names_no_body(word.group(0), context) for word in CAPITALISED.finditer(signers))


def _firms_named_again(sentence: str, match: re.Match[str], kind: str, commercial: set[str]) -> bool:
    """`the agreements` with none of the pair's of its class told before, after firms' instruments of it (`Korean
    companies and Saudi partners signed 26 MoUs` then `the agreements will open a new chapter`): those again, not a new
    instrument of the pair."""
    return AGREEMENT_CLASS[kind] in commercial and match.group(0).islower() \
        and ANAPHOR.search(sentence, max(0, match.start() - 10), match.start()) is not None


def _names_no_body(word: str, context: ArticleContext) -> bool:
    """A capitalised word among signers that names no body: a country, its people, or a word opening the sentence
    (`Companies from Malaysia and Türkiye`, `Malaysian and Turkish firms`)."""
    return word in DETERMINERS or word in {"Companies", "Firms", "Businesses", "Some", "Several", "Private"} \
        or bool(context.countries.canonical(word) or context.countries.of_demonym(word))


# An instrument of two named parties told after the pair's: `since the Chile-Honduras deal took effect in 2014`, `the
# free trade agreement between Colombia and Mexico`.
OTHERS_DEAL = re.compile(r"\b(?P<a>[A-Z][\w’'.]*)[-–](?P<b>[A-Z][\w’'.]*)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:deal|agreement|pact|accord|treaty|FTA|CEPA|convention|MoU|memorandum)s?\b|"
                         r"\b(?:deal|agreement|pact|accord|treaty|FTA|CEPA|convention|MoU|memorandum)s?\s+between\s+"
                         r"(?P<c>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?)\s+and\s+(?P<d>[A-Z][\w’'.]*(?:\s+[A-Z][\w’'.]*)?)")


def _others_deal_after(sentence: str, at: int, context: ArticleContext) -> re.Match[str] | None:
    """The first instrument of two countries other than the pair told after `at`: its words of force or signing and
    its date are its own, not those of the pair's instrument named before (`The agreement is ..., and trade has
    tripled since the Chile-Honduras deal took effect in 2014`)."""
    for deal in OTHERS_DEAL.finditer(sentence, at):
        sides = {_country_named(deal.group(g), context) for g in ("a", "b", "c", "d") if deal.group(g)}
        if None not in sides and not sides <= set(context.pair):
            return deal
    return None


def _is_others_deal(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """Whether the instrument at `match` is one of two other countries (`the deal between Colombia and Mexico`)."""
    deal = _others_deal_after(sentence, max(0, match.start() - 60), context)
    return deal is not None and deal.start() <= match.start() and match.end() <= deal.end()


# The two parties an instrument is told to be between, right after it (and its acronym): `the interim Economic
# Partnership Agreement between Ghana and the EU`.
BETWEEN_PARTIES = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+between\s+"
                             r"(?:the\s+)?(?P<a>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                             r"\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*){0,4})")


# More partners listed after the second one an instrument is between: `between the EU and Colombia, Peru and
# Ecuador`.
PARTNER_NAME = r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}"
LISTED_PARTNER = re.compile(PARTNER_NAME)
MORE_PARTNERS = re.compile(rf"(?:,\s+(?:the\s+)?{PARTNER_NAME}){{0,6}},?\s+and\s+(?:the\s+)?{PARTNER_NAME}")


# A bloc's own instrument, named right before it: `Mercosur, whose Treaty of X`, `the EAC's founding treaty`; or right
# after it: `the founding treaty of the East African Community`.
BLOCS_OWN = re.compile(r"(?P<bloc>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)(?:,\s+whose|[’']s\s+founding)\s+"
                       r"(?:[\w-]+\s+){0,2}$")
FOUNDING_OF_BLOC = re.compile(r"\s+of\s+(?:the\s+)?(?P<bloc>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)")


def _blocs_founding(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """The instrument is a bloc's own, founding it (`Mercosur, whose Treaty of X has been in force since 1991`), and
    both sides are members of that bloc: a multilateral treaty, not the pair's."""
    own = BLOCS_OWN.search(sentence, max(0, match.start() - 80), match.start())
    if own is None and "founding" in sentence[max(0, match.start() - 12):match.start()]:
        own = FOUNDING_OF_BLOC.match(sentence, match.end())
    if own is None:
        return False
    bloc = own.group("bloc")
    members = bloc_members(bloc) or bloc_members(bloc.split(" ", 1)[-1])  # a word before its name: `The EAC`
    return set(context.pair) <= members


def _between_third_party(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """An instrument told to be between one of the pair and a third country or a bloc (`the Economic Partnership
    Agreement between Ghana and the EU`, in a story of Ghana and the UK): that side's with the third, not the pair's.
    Both parties must be named as countries or blocs; `between Ghana and the Ghana Cocoa Board` is left alone."""
    if not sentence.startswith(" between ", match.end()) and not sentence.startswith(" (", match.end()):
        return False
    between = BETWEEN_PARTIES.match(sentence, match.end())
    if between is None:
        return False
    sides = [_party_named(between.group(group), context) for group in ("a", "b")]
    if None in sides or all(side in context.pair for side in sides):
        return False
    listed = MORE_PARTNERS.match(sentence, between.end()) if sentence.startswith(",", between.end()) else None
    more = [_party_named(name, context) for name in LISTED_PARTNER.findall(listed.group(0))] if listed else []
    return not set(context.pair) <= set(sides + more)  # `between the EU and Colombia, Peru and Ecuador`: all parties


def _party_named(name: str, context: ArticleContext) -> str | None:
    """The country or bloc a run of capitalised words opens with (`the EU`, `United Kingdom Government` -> United
    Kingdom), if any: a bloc by its own name."""
    words = name.split()
    for size in range(len(words), 0, -1):
        run = " ".join(words[:size])
        members = bloc_members(run)  # before its name as a party: the EU is both
        named = None if members else \
            context.countries.canonical(run) or (context.countries.of_demonym(run) if size == 1 else None)
        if named:
            return named
        if members:  # a bloc the other side is in, or is, makes the instrument the pair's (`between Indonesia and
            # Mercosur` in a story of Indonesia and Brazil), as the bloc's FTA with one of them is (`_bloc_with_pair`)
            return next((side for side in context.pair if side in members or bloc_members(side) == members), run)
    return None


def _country_named(word: str, context: ArticleContext) -> str | None:
    """The country a party's name or demonym names (`Chile`, `Chilean`), if any."""
    return context.countries.canonical(word) or context.countries.of_demonym(word)


def _named_for_others(sentence: str, match: re.Match[str], context: ArticleContext) -> bool:
    """A titled instrument named for a country and another party that are not the pair (`the ASEAN-India Trade in
    Goods Agreement`, `the EU-Vietnam FTA`) is not the pair's own, as one they sign with a third is not; one named
    for two bodies (`the MIDA-KOSGEB Agreement`) is left to its sentence."""
    named = _named_sides(sentence, match)
    if named is None:
        return False
    sides = {_country_named(named.group(g), context) for g in ("a", "b")}
    return sides != {None} and not sides <= set(context.pair)


def _named_sides(sentence: str, match: re.Match[str]) -> re.Match[str] | None:
    """The two parties joined by a dash that a titled instrument is named for, right before it (`the EU-Vietnam
    FTA`, `a Thailand-Gulf Cooperation Council free trade agreement`)."""
    window = sentence[max(0, match.start() - 60):match.start()]
    if "-" not in window and "–" not in window:  # both patterns join the two parties with a dash
        return None
    named = NAMED_PARTIES.search(sentence, max(0, match.start() - 40), match.start()) \
        if match.group(0)[:1].isupper() else None
    if named is None and any(head in window for head in BLOC_HEADS):  # `a Thailand-Gulf Cooperation Council FTA`
        named = BLOC_PARTIES.search(sentence, max(0, match.start() - 60), match.start())
    return named


def _bloc_with_pair(kind: str, sentence: str, match: re.Match[str], context: ArticleContext) -> list[str] | None:
    """The parties of an FTA named for a trade bloc and a country (`the EFTA–Korea Free Trade Agreement`, `the
    Canada–EU CETA`), when the bloc counts one of the pair among its members and the country is the other: the
    pair's own FTA, made by the bloc for its members; its parties are the bloc and the country, as named."""
    named = _named_sides(sentence, match) if kind == "fta" else None
    if named is None:
        return None
    a, b = named.group("a"), named.group("b")
    for bloc, other in ((a, b), (b, a)):
        country = _country_named(other, context)
        if country in context.pair and bloc_members(bloc) & (set(context.pair) - {country}):
            return [a if bloc == a else country, country if bloc == a else b]
    return None


def _dates(sentence: str, context: ArticleContext, latest: date | None) -> list[DatePhrase]:
    """The dates an instrument of the sentence can have: a bare year only beside a word of signing or force and
    not ending a name (`the Vision 2030 forum`); nothing after publication (`the next meeting in 2025`)."""
    phrases = sentence_dates(sentence, context.published)
    if not phrases:
        return []
    years = any(p.form == "year" for p in phrases)
    years_date = years and (not word_set(sentence).isdisjoint(YEAR_DATE_WORDS)
                            or "first" in sentence and FIRST_SIGNED.search(sentence) is not None)
    counted_since = " since " in sentence  # the cue ORDINAL_SINCE needs
    return [p for p in phrases
            if (p.form != "year" or years_date and not NAMED_YEAR.search(sentence, max(0, p.start - 40), p.start))
            and not (latest and p.date.year >= latest.year and p.date.as_date() > latest)
            and not (counted_since and ORDINAL_SINCE.search(sentence, max(0, p.start - 80), p.start))]


# The span an instrument is counted over, set off after it: `, the third such programme since 1996`, `, the largest
# deal since 2015`: the year starts the count, it does not date the instrument.
ORDINAL_SINCE = re.compile(rf",\s+(?:the|its|their)\s+(?:{ORDINAL}|first|latest|[a-z]+est)\s+(?:[\w-]+\s+){{0,4}}?"
                           r"since\s+(?:(?:early|late|mid)[\s-]+)?$")


# The acronyms that name an instrument by its kind alone, as a lower-case word would: `The MoU, signed in 2022`.
KIND_ACRONYMS = frozenset({"MoU", "MOU", "MoC"})


def _anaphoric(sentence: str, match: re.Match[str]) -> bool:
    """An instrument named by its kind alone after a word pointing back (`the agreement`, `this MoU`): one told
    before; not those a list names next (`the following documents:`), nor one the body it is of names (`the protocol
    of the Joint Commission`)."""
    return not match.group(0).startswith("following") \
        and ANAPHOR.search(sentence, max(0, match.start() - 10), match.start()) is not None \
        and (match.group(0).islower() or match.group(0).rstrip("s") in KIND_ACRONYMS) \
        and not OF_BODY.match(sentence, match.end()) and not OF_MEETING.match(sentence, match.end())


def _referred(sentence: str, match: re.Match[str], kind: str, found: list[Agreement]) -> Agreement | None:
    """The instrument `the agreement` names again: the last one of its class named before (a free trade
    agreement too), not another, nor one the body it is of names (`the protocol of the Joint Commission`), nor those a
    list names next (`the following documents:`)."""
    if not _anaphoric(sentence, match):
        return None
    if match.group(0).lower() == "convention":  # `the convention` is the last convention, not a treaty told after it
        return next((other for other in reversed(found) if "convention" in other.name.lower()), None)
    if kind == "contract":  # `the contract` is the last contract, not a `deal` told after it
        same = next((other for other in reversed(found) if other.kind == kind), None)
        if same:
            return same
    classes = {AGREEMENT_CLASS[kind], "fta"} if kind == "agreement" else {AGREEMENT_CLASS[kind]}
    # `the fifth session of the joint commission`: a body in being, not one still to be set up
    in_being = kind == "council" and LATER_MEETING.search(sentence, max(0, match.start() - 60), match.start())
    return next((other for other in reversed(found) if AGREEMENT_CLASS[other.kind] in classes
                 and not (in_being and other.status == "planned")), None)


def _the_contract(sentence: str, match: re.Match[str], kind: str, status: str, date: str | None,
                  found: list[Agreement]) -> Agreement | None:
    """The contract signed before that `the contract for six aircraft` names again with other words for what it
    buys: the only contract told signed, on the same day (not `another contract`, nor one `also` signed)."""
    if kind != "contract" or status != "signed" or " also " in sentence \
            or not ANAPHOR.search(sentence, max(0, match.start() - 10), match.start()):
        return None
    signed = [other for other in found if other.kind == "contract" and other.status == "signed"]
    return signed[0] if len(signed) == 1 and (date is None or signed[0].date == date) else None


def _named_again(sentence: str, match: re.Match[str], kind: str, domains: list[str],
                 found: list[Agreement]) -> Agreement | None:
    """The instrument named before whose title `the partnership agreement` names again by one of its words (`the
    Strategic Partnership for Cooperation in Defence and Security`), or `the new avocado protocol` the `protocol on
    avocado exports` signed before: the last of its class whose name has the word."""
    if len(domains) != 1 or " " in domains[0] or not found or not match.group(0).islower():
        return None
    word = domains[0].lower()
    stem = word.rstrip("s")  # `the new avocado protocol` names the one on `Kenyan avocados`
    if not re.search(rf"\bthe\s+(?:new\s+)?{re.escape(word)}\s+$", sentence[max(0, match.start() - 40):match.start()],
                     re.I):
        return None
    same_class = [other for other in reversed(found) if AGREEMENT_CLASS[other.kind] == AGREEMENT_CLASS[kind]]
    return next((other for other in same_class
                 if stem in {name_word.rstrip("s") for name_word in other.name.lower().split()}), None) \
        or _told_with_word(stem, match.group(0).lower(), same_class)


# `the new`, `the latest` right before an instrument: one of the news, which the story may have told already.
THE_NEW_BEFORE = re.compile(r"\bthe\s+(?:new|latest|recent)\s+$", re.I)
# An acronym defined in a field: `small and medium-sized enterprises (SMEs)`.
FIELD_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Za-z]{2,8})\)")


def _new_one_told(sentence: str, match: re.Match[str], kind: str, domains: list[str],
                  found: list[Agreement]) -> Agreement | None:
    """The instrument told before that `the new MoU on SMEs` names again by its field, or by the acronym its field
    defined (`small and medium-sized enterprises (SMEs)`): that one, not another (`would help` plans none)."""
    if len(domains) != 1 or not found or not THE_NEW_BEFORE.search(sentence, max(0, match.start() - 16),
                                                                    match.start()):
        return None
    words = _field_words([FIELD_ACRONYM.sub("", domains[0])])
    for other in reversed(found):
        if AGREEMENT_CLASS[other.kind] != AGREEMENT_CLASS[kind]:
            continue
        for field in other.domains:
            acronym = FIELD_ACRONYM.search(field)
            if words and (words == _field_words([FIELD_ACRONYM.sub("", field)])
                          or acronym and words == {fold(acronym.group("acronym")).rstrip("s")}):
                return other
    return None


# What a new instrument named by its kind alone is said to do, right after it: `the new agreement would give airlines
# more flexibility`, `the new pact will allow direct flights` (not `would be signed`: that one is still to come).
NEW_ONE_DOES = re.compile(r"\s+(?:would|will|could|should|is\s+(?:expected|set|likely)\s+to)\s+(?:also\s+)?"
                          r"(?:give|allow|enable|open|boost|increase|expand|provide|help|let|make|facilitate|"
                          r"strengthen|deepen|cut|reduce|remove|eliminate|ease|create|promote|bring|grant|lift|raise|"
                          r"simplify|improve|offer|support|benefit)\b")


def _new_one_does(sentence: str, match: re.Match[str], kind: str, found: list[Agreement]) -> Agreement | None:
    """The instrument signed before that `the new agreement` with no field names again when the sentence tells what it
    will do (`the new agreement would give airlines greater flexibility`): the last signed of its kind (else of its
    class), not another."""
    if not match.group(0).islower() or PLURAL.search(match.group(0)) \
            or not THE_NEW_BEFORE.search(sentence, max(0, match.start() - 16), match.start()) \
            or not NEW_ONE_DOES.match(sentence, match.end()):
        return None
    signed = [other for other in reversed(found) if AGREEMENT_CLASS[other.kind] == AGREEMENT_CLASS[kind]
              and other.status == "signed"]
    return next((other for other in signed if other.kind == kind), signed[0] if signed else None)


def _told_with_word(stem: str, noun: str, same_class: list[Agreement]) -> Agreement | None:
    """The instrument of the same noun whose sentence told the word `the nectarine protocol` names it by, though not as
    its field (`a phytosanitary protocol that opens the market to fresh nectarines`): the definite article says it is
    that one again."""
    told = re.compile(rf"\b{re.escape(stem)}", re.I)
    return next((other for other in same_class
                 if noun in other.name.lower().split() and told.search(other.quote)), None)


# The few words of what an instrument is for between `The` opening a sentence and its kind: `The currency agreement`,
# `The food corridor MoU` name one told before (not `The 2019 defence pact`, nor `The Treaty`); its field, read there.
# So do they after `Under the`, `Under this`: `Under the scholarship agreement, Hungary will grant ...`.
THE_FEW_WORDS = re.compile(r"(?:The|Under\s+(?:the|this|that))\s+(?P<few>(?:[a-z][\w-]*\s+){1,3})$")
# How the sentences open that THE_FEW_WORDS may match.
THE_OPENINGS = ("The ", "Under the ", "Under this ", "Under that ")
# Words that tell the instrument they stand before from one told before: `The new agreement`, `The second MoU`.
ANOTHER_WORDS = frozenset({"new", "another", "other", "second", "third", "fourth", "first", "latest", "next", "further",
                           "additional", "separate", "earlier", "previous", "old", "former", "original", "existing",
                           "last", "older", "newer", "fresh"})
# How many sentences back the instrument named again by other words than its fields may have been told.
TOLD_NEAR = 3


def _told_before(sentence: str, match: re.Match[str], kind: str, domains: list[str], stated: str | None,
                 before: list[str], found: list[Agreement]) -> Agreement | None:
    """The instrument told before that a sentence opening with `The <few words> <kind>` (or `Under the ...`) names
    again (`signed ... a memorandum of understanding on a food security corridor.` then `The food corridor MoU,
    signed by the two ministries, ...`; `signed an agreement to expand the settlement of trade in rupees` then `The
    currency agreement was signed by the central banks`): the definite article says the story told of it already.
    The last one of its class with a field sharing a word with these, else the last of its kind a sentence or two
    before; none when this one is told new (`The new agreement`), dated apart (`The defence agreement, signed in
    2019`), or the one before has no field of its own (`signed two cooperation agreements.` then `The pipeline
    agreement was signed by X`: these words tell its field)."""
    if PLURAL.search(match.group(0)) or not (match.group(0).islower() or match.group(0) in KIND_ACRONYMS):
        return None
    few = THE_FEW_WORDS.fullmatch(sentence, 0, match.start())
    if few is None or len(domains) != 1 or " ".join(few.group("few").split()) != domains[0] \
            or not ANOTHER_WORDS.isdisjoint(few.group(0).lower().split()):
        return None  # the words are its field as read before it (not `The leaders issued a joint statement`)
    words = {word.rstrip("s") for domain in domains for word in fold(domain).split()} - FIELD_FILLERS
    near = set(before[-TOLD_NEAR:])
    fallback: Agreement | None = None
    for other in reversed(found):
        if other.quote == sentence or AGREEMENT_CLASS[other.kind] != AGREEMENT_CLASS[kind] or _no_field(other) \
                or _dates_apart(stated, other.date):
            continue
        if not words.isdisjoint(word.rstrip("s") for domain in other.domains for word in fold(domain).split()):
            return other
        if fallback is None and other.kind == kind and other.quote in near:
            fallback = other
    return fallback


def _revised(sentence: str, match: re.Match[str], kind: str, found: list[Agreement],
             near: list[str]) -> tuple[Agreement, str, bool] | None:
    """The instrument named before that `the expanded agreement` is a new version of (the last of its class, a free
    trade agreement too, as `_referred` finds it), how it is new, and whether it is only what talks are held on
    (`negotiations to upgrade the accord`); after `a` (`A revised agreement was expected to be signed next year`) only
    one told in this sentence or the two before it."""
    revision = REVISED_ANAPHOR.search(sentence, max(0, match.start() - 20), match.start()) \
        if match.group(0).islower() or match.group(0).rstrip("s") in {"FTA", "PTA", "CEPA"} else None
    talks = REVISION_TALKS.search(sentence, max(0, match.start() - 70), match.start()) \
        if revision is None and ("negotiat" in sentence or "talks" in sentence or "discussions" in sentence) else None
    how = revision.group("how") if revision else REVISION_OF_VERB[talks.group("verb").lower()] if talks else None
    classes = {AGREEMENT_CLASS[kind], "fta"} if kind == "agreement" else {AGREEMENT_CLASS[kind]}
    earlier = next((other for other in reversed(found) if AGREEMENT_CLASS[other.kind] in classes), None) \
        if how else None
    if earlier and revision and revision.group("article")[:1] in "aA" and earlier.quote != sentence \
            and earlier.quote not in near:
        return None
    return (earlier, how, talks is not None) if earlier and how else None


def _already_revised(earlier: Agreement, how: str, sentence: str, match: re.Match[str]) -> bool:
    """Whether the instrument named in a sentence before was already the new version (`their revised agreement on
    investments`, then `The revised agreement, signed in 2024`): the same instrument named again, not a newer one."""
    return earlier.name.lower().startswith(how.lower()) or earlier.quote != sentence \
        and re.search(rf"\b{how}\s+{re.escape(match.group(0))}", earlier.quote, re.I) is not None


def _new_version(earlier: Agreement, how: str, sentence: str, status: str, date: str | None,
                 context: ArticleContext, planned_after: int | None) -> Agreement:
    """A new version of an instrument named before (`The expanded agreement is expected to be signed in the second
    half of 2025`): an instrument of its own, of the kind, fields and parties of the one it revises; one planned
    has the date it is planned for, after its name (not the old one's `in force since 2015` before it), and one
    still negotiated none (`negotiations on the expanded agreement would begin in June`)."""
    if status == "planned":
        planned_for = [phrase for phrase in find_date_phrases(sentence, context.published)
                       if planned_after is not None and phrase.start >= planned_after]
        date = planned_for[0].date.iso() if planned_for else None
    return Agreement(kind=earlier.kind, name=f"{how.lower()} {earlier.name}", domains=list(earlier.domains), date=date,
                     status=status, place=None, parties=list(earlier.parties), quote=sentence)


def _default_domains(kind: str, text: str, context: ArticleContext) -> list[str]:
    if kind == "fta":
        return ["trade"]
    if kind == "council":
        pair = _pair_words(context)
        words = [w for w in fold(COUNCIL_PURPOSE.sub("", text)).split()
                 if len(w) > 2 and w not in COUNCIL_WORDS and w not in pair]
        return [" ".join(words)] if words else []
    return []


def _pair_words(context: ArticleContext) -> frozenset[str]:
    """The folded words of every spelling of the pair: names and fields are compared without them."""
    return _spelling_words(context.countries.pair_spellings(context.pair))


@lru_cache(maxsize=16)
def _spelling_words(spellings: frozenset[str]) -> frozenset[str]:
    """The words of a pair's spellings, split once per pair rather than for each council and article."""
    return frozenset(word for name in spellings for word in name.split())


def _place(sentence: str, context: ArticleContext, status: str, when: str | None,
           talks_place: str | None) -> str | None:
    """A place named with in/at, else the dateline's for an instrument signed `here`; one signed or a council
    established in the days the article reports (not last year) has that of the lede's talks, else the dateline's."""
    venue = _named_place(sentence, context)  # `received ... at Qasr Al Watan`: a city said elsewhere comes first
    # the first place when it is no building (no place at all without one), else the first one after it that is not
    named = venue if venue is None or not _venue(venue) else _named_place(sentence, context, venues=False)
    if named:
        return named
    if HERE.search(sentence):
        return context.dateline_place
    agreed_at = talks_place or (context.dateline_place if _recent(when, context) else None) \
        if status == "planned" and when else None
    if agreed_at:  # a council agreed on at the talks told (`_agreed_to_set_up`): their town
        return agreed_at
    if status in {"signed", "established"} and _recent(when, context) and (talks_place or context.dateline_place):
        return talks_place or context.dateline_place
    visited = VISITED.search(sentence) if "visit" in sentence else None
    if visited:
        return context.countries.canonical(visited.group("p")) or visited.group("p")
    return venue


# A town named in a clause about another thing, before an instrument: `the Commission, which will meet in Rabat, and`.
OTHERS_PLACE = re.compile(r",\s+which\s+[^,]*?\b(?:in|at)\s+[A-Z][^,]*,")


def _own_part(clause: str, start: int, context: ArticleContext) -> str:
    """The clause from the instrument on when a town before it is told of another thing and the rest names a town or a
    visit to one, else the whole clause: the 25 agreements `signed during the visit of King X to Accra` after a
    `Commission, which is expected to meet in Rabat`."""
    own = clause[start:]
    if start == 0 or " which " not in clause[:start] or not OTHERS_PLACE.search(clause, 0, start):
        return clause
    named = _named_place(own, context, venues=False) or ("visit" in own and VISITED.search(own))
    return own if named else clause


def _venue(place: str) -> bool:
    """A building rather than a city (`Qasr Al Watan`, `Hyderabad House`, `Istana Negara`)."""
    return any(fold(word) in VENUE_WORDS for word in place.split())


def _named_place(sentence: str, context: ArticleContext, towns_only: bool = False, venues: bool = True) -> str | None:
    """A city named with in/at: not a month, a nationality, an instrument's name, a country (`potential in
    Turkiye`) or a region (`markets in Latin America`); only with `in` for towns only (not the venue of `received
    Modi at Qasr Al Watan`), and no building unless venues are wanted."""
    for match in PLACE.finditer(sentence):
        place = match.group("p")
        if not (towns_only and match.group(0).startswith("at") or not venues and _venue(place)
                or context.countries.of_demonym(place)
                or month_number(place.split()[0]) or _other_calendar_month(sentence, match)
                or fold(place.split()[-1]) in INSTRUMENT_WORDS
                or context.countries.canonical(place) or is_region(place)):
            return place
    return None


def _other_calendar_month(sentence: str, match: re.Match[str]) -> bool:
    """A month of the Hijri calendar, or any word followed by a year of another era, which is a time and no place:
    `in Rajab 1445 AH`, `in Ramadan`, `in Baisakh 2081 BS`."""
    return fold(match.group("p").split()[0]) in HIJRI_MONTHS or ERA_YEAR_AFTER.match(sentence, match.end()) is not None


def _clause(sentence: str, after: int) -> str:
    """The sentence up to the end of the clause an instrument is in: `signed five agreements, and agreed to
    hold the next meeting in China` does not place the agreements in China."""
    end = CLAUSE_END.search(sentence, after)
    return sentence[:end.start()] if end else sentence


def _own_history_end(sentence: str, end: int) -> int:
    """Where the clause of an instrument's own signing right after it starts, else its end: the clause of `the
    defence agreement, which was signed in Tbilisi in 2017, and ...` runs on through its town."""
    own = OWN_HISTORY.match(sentence, end) if sentence.startswith(",", end) else None
    return own.end() if own else end


def _recent(when: str | None, context: ArticleContext) -> bool:
    """A day (`YYYY-MM-DD`) within three days of publication (any day when the article is undated)."""
    if when is None or len(when) != 10:
        return False
    return context.published is None or context.published.day is None or context.is_recent(date.fromisoformat(when))


# Words a field may be named with or without: `agriculture` and `agricultural cooperation` are one field, and so are
# `the avoidance of double taxation` and `double taxation` (a treaty on it is always one to avoid it).
FIELD_FILLERS = frozenset({"cooperation", "collaboration", "field", "fields", "area", "areas", "sector", "sectors",
                           "matters", "affairs", "domain", "domains", "avoidance", "elimination"})


# A sentence that lists again instruments told before: `Among the documents exchanged were`, `The agreements include`.
RESTATED = re.compile(r"(?:Among|The|These|Those)\s+(?:[\w-]+\s+){0,3}?(?:documents|agreements|deals|instruments|"
                      r"memorand\w+|MoUs|MOUs|pacts|accords)\b")


def _fields_apart(one: Agreement, other: Agreement, bare: Callable[[Agreement], str]) -> bool:
    """Two instruments whose fields differ by a word that is more than a filler: `renewable energy` is not `energy`,
    though one contains the other (but `fisheries cooperation` is `fisheries`, and a sentence that lists again the
    documents told before names a field of their list more fully)."""
    if not (one.domains and other.domains):
        return False
    words, others = set(bare(one).split()), set(bare(other).split())
    if words <= others and RESTATED.match(other.quote):
        return False  # `covering defence, ...`, then `Among the documents were ... an agreement on defence industry`
    return bool((words ^ others) - FIELD_FILLERS)


def _signed_apart(one: Agreement, other: Agreement) -> bool:
    """Two instruments named without a field, signed in different places or on different dates: `an agreement signed
    on Tuesday in Istanbul` is not the `11 agreements` signed during a visit to Kuala Lumpur in February."""
    if one.domains or other.domains:
        return False
    places = one.place and other.place and fold(one.place) != fold(other.place)
    return bool(places) or _dated_apart(one, other)


def _dedupe(found: list[Agreement], context: ArticleContext) -> list[Agreement]:
    """One entry per instrument in an article; a council named twice is one council, unless both name their
    fields and these differ (the Strategic Cooperation Council is not the Joint Trade Committee)."""
    if not found:
        return []
    pair_words = _pair_words(context)
    result: list[Agreement] = []

    bares: dict[int, str] = {}  # by identity: fields and names do not change here, and `found` keeps all alive

    def bare(agreement: Agreement) -> str:
        """What tells instruments apart: their fields, else their name without the pair's names."""
        known = bares.get(id(agreement))
        if known is None:
            text = fold(" ".join(agreement.domains) or agreement.name.replace("–", " "))
            known = GENERIC_WORDS.sub(" ", " ".join(w for w in text.split() if w not in pair_words))
            bares[id(agreement)] = known
        return known

    for agreement in found:
        twin = next((r for r in result if AGREEMENT_CLASS[r.kind] == AGREEMENT_CLASS[agreement.kind]
                     and (agreement.kind == "council" and not (r.domains and agreement.domains)
                          and _same_body(r, agreement, pair_words)
                          or fuzz.token_set_ratio(bare(r), bare(agreement)) >= 90
                          and not _fields_apart(r, agreement, bare)
                          and not _signed_apart(r, agreement) and not _planned_apart(r, agreement)
                          and not _decades_apart(r, agreement)
                          and _amends(r) == _amends(agreement))), None)
        if twin is None:
            result.append(agreement)
        elif twin.status == "planned" and agreement.status != "planned":
            result[result.index(twin)] = agreement.model_copy(update={"date": agreement.date or twin.date})
        elif STATUS_RANK[agreement.status] > STATUS_RANK[twin.status] and _of_pair_alone(agreement, context):
            _restate(twin, agreement.status, agreement.date)  # signed, then told in force further on
        elif not twin.date and agreement.date:  # a council met, then told founded: its founding's town too
            twin.date, twin.place = agreement.date, twin.place or agreement.place
    return [agreement for agreement in result if not _listed_elsewhere(agreement, result, bare)]


# The years between the dates of an FTA and a plain `trade agreement` that make them two: no FTA takes that long from
# signing to force.
FTA_YEARS_APART = 10


def _decades_apart(one: Agreement, other: Agreement) -> bool:
    """A plain lower-case `trade agreement` and an FTA dated years apart: the trade agreement signed in 1977 is not the
    FTA in force since 2015 (an FTA's upgrade or its other names are left to the other rules)."""
    return AGREEMENT_CLASS[one.kind] == "fta" and bool(one.date and other.date) \
        and (PLAIN_TRADE_NAME.search(one.name) is not None or PLAIN_TRADE_NAME.search(other.name) is not None) \
        and abs(int(one.date[:4]) - int(other.date[:4])) >= FTA_YEARS_APART


PLAIN_TRADE_NAME = re.compile(r"(?<!\bfree\s)(?<!\bpreferential\s)\btrade\s+agreements?$")


def _of_pair_alone(agreement: Agreement, context: ArticleContext) -> bool:
    """Whether the sentence of an instrument names no country but the pair's: only then is its news (`The agreement
    entered into force in 2021`) of the pair's instrument told before, not of another of one of them (`since the
    Canada-Honduras deal took effect in 2014`)."""
    return set(context.countries.mentioned(agreement.quote)) <= set(context.pair)


# Words of a council's name that do not tell one body from another of the pair.
BODY_FILLERS = frozenset({"the", "a", "an", "of", "for", "on", "and", "between"})


def _same_body(one: Agreement, other: Agreement, pair_words: frozenset[str]) -> bool:
    """Two councils that may be one: the words of one's name all in the other's (`the Coordination Council` and the
    `Saudi-Iraqi Coordination Council`), or one named by its kind alone (`the joint commission`) and the other of its
    kind; not two bodies (the `Joint Border Commission` is not the `Permanent Joint Commission for Cooperation`, nor
    is the `Strategic Partnership Council` it was upgraded into)."""
    words, others = ({word for word in fold(agreement.name).split()
                      if word not in pair_words and word not in BODY_FILLERS} for agreement in (one, other))
    if words <= COUNCIL_WORDS or others <= COUNCIL_WORDS:  # `the joint commission`: any commission of the pair
        return _body_head(words) == _body_head(others)
    return words <= others or others <= words


def _body_head(words: set[str]) -> set[str]:
    """What kind of body a council's name says it is: `council`, `commission` or `committee`."""
    return {word.rstrip("s") for word in words if word.startswith(("council", "commission", "committee"))}


# The words of an instrument named by its kind alone: `a string of agreements`, `11 MoUs`, `the deals`.
# The count an umbrella is named with (`three instruments`), which names no field: its words besides the kind.
COUNT_WORDS = frozenset(NUMBER_WORDS) | frozenset(str(number) for number in range(1, 41))
KIND_ONLY_WORDS = frozenset({"agreement", "agreements", "mou", "mous", "memorandum", "memoranda", "memorandums",
                             "understanding", "deal", "deals", "pact", "pacts", "documents", "instruments", "accords"})


def _listed_elsewhere(agreement: Agreement, found: list[Agreement], bare: Callable[[Agreement], str]) -> bool:
    """Instruments named by their kind alone (`signed a string of agreements`) that the article lists by field
    elsewhere, signed at the same time (`The two countries signed agreements on defence, media ...`): the list
    says what they were, so they are no instrument of their own. So are those named only by what every instrument is
    for (`will sign three cooperation agreements`), when the same parties' list names fields of their own."""
    general = bool(agreement.domains) and _no_field(agreement)  # `three cooperation agreements`
    if agreement.kind == "council" or agreement.domains and not general \
            or not general and not set(bare(agreement).split()) - COUNT_WORDS <= KIND_ONLY_WORDS \
            or any(_sibling(agreement, other, bare) for other in found):
        return False
    return any(other.domains and AGREEMENT_CLASS[other.kind] == AGREEMENT_CLASS[agreement.kind]
               and other.status == agreement.status and not _dated_apart(agreement, other)
               and (not general or other.parties == agreement.parties and not _no_field(other)) for other in found)


def _sibling(agreement: Agreement, other: Agreement, bare: Callable[[Agreement], str]) -> bool:
    """One MoU named beside an instrument of another kind with a field in the same sentence (`signed a memorandum of
    understanding and an agreement on agriculture`): a document of its own, not a kind the other lists (as in
    `signed five MoUs, including an agreement on mining`), nor the same one told again (`a contract ..., in a deal`);
    several share the field (`four MoUs and one agreement covering X`)."""
    return agreement.kind == "mou" and other.kind != "mou" and bool(other.domains) \
        and " ".join(bare(agreement).split()) in ONE_MOU and agreement.quote == other.quote \
        and "includ" not in agreement.quote


# What is left of the name of one MoU named by its kind alone.
ONE_MOU = frozenset({"memorandum understanding", "mou"})


def _planned_apart(one: Agreement, other: Agreement) -> bool:
    """One instrument planned and another not, dated apart or one a new version of the other: the expanded FTA to be signed in 2025 is not the one in
    force since 2015, nor is the upgraded one still negotiated."""
    return (one.status == "planned") != (other.status == "planned") \
        and (_dated_apart(one, other) or _new_version_of(one, other) or _new_version_of(other, one)
             or _another_negotiated(one, other) or _another_negotiated(other, one))


# Talks told on another instrument besides those signed: `The two sides are also negotiating a treaty`.
ALSO_NEGOTIATING = re.compile(r"\balso\s+(?:(?:negotiating|discussing)|in\s+talks\s+(?:on|over))\s")


def _another_negotiated(planned: Agreement, signed: Agreement) -> bool:
    """A planned instrument told `also` negotiated and named by another word than the signed one (a `treaty` after
    `deals`): not what was signed (`signed investment deals`, then `are also negotiating a bilateral investment
    treaty`)."""
    if planned.status != "planned" or " also " not in planned.quote or not ALSO_NEGOTIATING.search(planned.quote):
        return False
    return _kind_noun(planned) != _kind_noun(signed)


def _kind_noun(agreement: Agreement) -> str:
    """The word an instrument is named by: `deal` of `Chile–Peru deal on investment`."""
    head = agreement.name.split(" on ", 1)[0].split()
    return head[-1].lower().rstrip("s") if head else ""


def _amends(agreement: Agreement) -> bool:
    """An instrument that amends another (`protocol amending agreement on air services`): not the one it amends, though
    both have its fields."""
    return " amending " in agreement.name


def _new_version_of(one: Agreement, other: Agreement) -> bool:
    """One is a new version of the other, by its name: `expanded Malaysia–Türkiye Free Trade Agreement`."""
    how = one.name.split(" ", 1)
    return len(how) == 2 and how[0] in REVISION_WORDS and how[1] == other.name


def _dated_apart(one: Agreement, other: Agreement) -> bool:
    """Two instruments both dated, to days or months that differ."""
    return _dates_apart(one.date, other.date)


def _dates_apart(one: str | None, other: str | None) -> bool:
    """Two dates both told, whose days, months or years differ."""
    return bool(one and other and not (one.startswith(other) or other.startswith(one)))
