"""Trade figures: amounts of trade, exports, imports, investment and targets between the pair."""
from __future__ import annotations

import re
from functools import lru_cache

from countryinfo import CountryInfo

from bot.core.article_context import ArticleContext
from bot.core.case_blind import lowers_like_re_i
from bot.core.countries import bloc_members, country_names, is_region
from bot.core.dates import MONTH_PATTERN, PartialDate, has_year_digits, month_number
from bot.core.facts import TradeFigure
from bot.core.money import (Money, find_money, home_currency, local_currency, restated_home, sign_writer,
                            signed_home_amounts)
from bot.core.periods import (CURRENCY_COUNTRIES, FiscalYear, Period, fiscal_year_of, find_periods, mentions_time,
                               says_year_earlier, target_year, year_earlier)
from bot.core.rankings import ROLE_WORDS

# Keywords that say what an amount measures, checked nearest to the amount first; a look-ahead for their first
# letters spares trying each of them at most places (as in the patterns below).
METRIC_WORDS = [
    ("target", re.compile(r"\b(?=[tgahefwcsp])(target(?:s|ed|ing)?|goal|aim(?:s|ed|ing)?\s+(?:to|for|at)|hop(?:e|es|ed|ing)\s+to\s+reach|"
                          r"to\s+(?:reach|hit|touch|achieve|double|increase\s+to|raise\s+to|boost\s+to)|"
                          r"(?:projected|forecast)\s+at|envisag\w+|aspir\w+|"
                          r"(?:towards|for)\s+(?:achieving|reaching)|(?:will|would|could|should|shall)\s+(?:\w+\s+)?(?:reach|hit|top|"
                          r"exceed|surpass|cross|touch)|(?:to|and)\s+(?:increase|raise|boost|lift|take|push|bring|expand)\s+"
                          r"(?:[\w-]+\s+){0,8}?(?:to|above|beyond|past|over)"
                          r"(?:\s+(?:more\s+than|about|around|some|nearly|almost|at\s+least|well\s+over))?(?=\s*$))\b",
                          re.I)),
    # Projects a country's firms own are its investment where they stand: `18 Korean-owned projects with a value of
    # $2 billion were registered in Vietnam`. India's FDI statistics count `equity inflows` (`cumulative equity
    # inflows of $161 billion`).
    ("investment", re.compile(r"\b(?:(?=[ifcer])(invest(?:ment|ments|ed|ing|s|ors?)?|FDI|(?:capital|equity)\s+inflows?|"
                              r"registered\s+capital)|(?-i:[A-Z])[\w’']+-owned\s+(?:investment\s+)?projects?)\b",
                              re.I)),
    # Goods that went one way, said by a verb of selling or buying: `Vietnam supplied rice worth $2 billion to the
    # Philippines`, `Malaysia shipped palm oil worth RM3.2 billion`, `bought $2.8 billion worth of Malaysian products`
    # (not a stake or a fleet sold, which are deals).
    ("exports", re.compile(r"\b(?=[es])(exports?|exported|shipments?\s+to|sales\s+to|shipped|supplied|"
                           r"sold\s+(?:goods|products|commodities))\b", re.I)),
    ("imports", re.compile(r"\b(?=[ipb])(imports?|imported|purchases\s+from|(?:bought|purchased)\s+(?:goods|products|commodities)|"
                           r"(?:bought|purchased)(?=\s*$))\b", re.I)),
    ("total_trade", re.compile(r"\b(?=[tcb])(trade|traded|trading|commerce|two-way|bilateral\s+trade|trade\s+volume|turnover)\b",
                               re.I)),
]
# The lower-case pieces one of which each measure's pattern above cannot match without (none for targets, whose
# pattern has too many branches).
METRIC_NEEDS = {"investment": ("invest", "fdi", "capital", "equity", "-owned"),
                "exports": ("export", "shipment", "sales", "shipped", "supplied", "sold"),
                "imports": ("import", "purchase", "bought"), "total_trade": ("trad", "commerce", "two-way", "turnover")}
# An amount qualifying a target: `a $5 billion trade target`, `a $5 billion-dollar trade target`, `a $10bn bilateral
# trade goal` (not `$5 billion against a target of $6 billion`).
TARGET_AMOUNT = re.compile(r"\s+(?:(?:bilateral|two-way|annual|trade|trading|export|import|investment|commerce|"
                           r"turnover)\s+){0,2}(?:target|goal)s?\b", re.I)
# The present value inside a target's sentence: `trade, which was around $2.5 billion`, `up from $2.4 billion`.
CURRENT_VALUE = re.compile(r"\b(?=[wt])(?:which|that)\s+(?:was|is|were|are|stood|reached|amounted|totall?ed|hit)\b[^,;]*$|"
                           r"\b(?=[fc])(?:from|compared\s+(?:with|to))\s+(?:about\s+|around\s+|some\s+)?$", re.I)
# A target's present level given only as a bound, no value: `to KSh 5 billion by 2025, up from under KSh 2 billion`,
# `from less than $1 billion now`.
BOUND_BASE = re.compile(r"\bfrom\s+(?:just\s+)?(?:under|below|less\s+than|over|above|more\s+than)\s+$", re.I)
# A change that happened, up to the amount: `grew by 20.5% to reach USD 57.8 billion` is an actual figure, not a
# target (but `aims to reach`, `plan to raise trade to`).
GREW_TO = re.compile(r"\b(?=[grijscewfdt])(?:grew|rose|increased|jumped|surged|climbed|expanded|soared|went\s+up|fell|declined|dropped|"
                     r"doubled|tripled)\b(?:\s+(?:by\s+)?[\w.,%-]+){0,3}?\s+to(?:\s+(?:reach|hit|touch))?\s+"
                     r"(?:(?:about|around|some|nearly|over)\s+)?$", re.I)
# A deadline right after an amount: `to reach $10 billion by 2030`, `by end-2030`, `by the end of the decade`.
BY_YEAR = re.compile(r"\s+by\s+(?:(?:the\s+end\s+of\s+|end-)?(?:(?P<y>\d{4})|next\s+year)|"
                     r"the\s+end\s+of\s+the\s+decade)\b", re.I)
# A verb in its bare form right before an amount: with a deadline to come after the amount, what is aimed at (`we want
# to see bilateral trade reach $5 billion by 2026`); with a past one, what happened (`helped trade reach $2bn by 2020`).
# Years still to come right after an amount: `cross $45-50 billion in five years`, `within the next three years`.
YEARS_AHEAD = re.compile(r"\s+(?:in|within|over)\s+(?:the\s+)?(?:next\s+|coming\s+)?(?:\d{1,2}|two|three|four|five|"
                         r"six|seven|eight|nine|ten|a\s+few)\s+years\b", re.I)
BARE_REACH = re.compile(r"\b(?=[rhtesca])(?:reach|hit|top|exceed|surpass|cross|touch|achieve)\s+(?:(?:about|around|some|over|"
                        r"more\s+than|at\s+least)\s+)?$", re.I)
PAIR_CUES = re.compile(r"\b(?=[btw])(bilateral|two[- ]way|between\s+(?:the\s+)?two|(?:both|the\s+two)\s+"
                       r"(?:countries|nations|sides|leaders|governments|heads\s+of\s+state)|the\s+republic|"
                       r"the\s+kingdom)\b", re.I)
# (`global` not as a word of a name: `according to Global Affairs Canada`; nor `the world` describing a doer: `JBS, the
# world's largest meatpacker, plans to invest $100 million`; nor `global` describing investors, the money's owners:
# `$161 billion in equity inflows, most of it from global funds`)
GLOBAL = re.compile(r"\b(?=[atwg])(all\s+(?:countries|sources|markets|destinations)|"
                    r"the\s+world(?![’']s\s+(?:[\w-]+\s+)?[\w-]*(?:est|top|leading|most)\b)|worldwide|"
                    r"global(?:ly)?\b(?!\s+(?-i:[A-Z]))(?!\s+(?:funds|investors|investment\s+firms|asset\s+managers)\b)|"
                    r"total\s+exports\s+to\s+all|all\s+(?:its\s+)?(?:trading\s+)?partners)\b", re.I)
# Words just before an amount, in its clause, that make it one country's total with the world: `India's
# total merchandise exports hit Rs 37.5 lakh crore`, `the UAE's foreign trade hit`, `out of total FDI of $14bn` (not
# `Peru's foreign trade with Brazil`, one partner's share of it, nor a title: `Minister of Investment and Foreign
# Trade`).
WORLD_TOTAL = re.compile(r"(?=[to’'if])(?:\b(?:total|overall)\s+(?:[\w-]+\s+){0,2}?(?:exports|imports|turnover)"
                         r"(?!\s+(?:to|from|with|between)\b)|(?:[’']s|\bits|\btheir)\s+(?:total|overall)\s+trade"
                         r"(?!\s+(?:with|between)\b)|\b(?-i:[Ff]oreign\s+trade)"
                         r"(?!\s+(?:turnover\s+)?(?:with|between)\b)|\bout\s+of\s+(?:a\s+|the\s+)?total)\b", re.I)
# One country's total with the world said right after the amount: `attracted SAR 96 billion in total FDI inflows`,
# `$40 billion of total exports` (not `in total trade with Korea`).
TOTAL_AFTER = re.compile(r"\s+(?:in|of)\s+(?:its\s+|their\s+)?(?:total|overall)\s+(?:foreign\s+direct\s+investment|FDI|"
                         r"investment|exports|imports|trade)(?:\s+(?:inflows?|flows?))?\b(?!\s+(?:to|into|from|with|between|by|in)\b)",
                         re.I)
# A sentence whose subject is one country's total exports or imports with no partner, its predicate told after an
# aside in commas: `Kenya's total merchandise exports, led by tea and flowers, rose to $7.1 billion` (not `Kenya's
# total exports to Uganda, ...`).
WORLD_TOTAL_SUBJECT = re.compile(r"^(?:[\w-]+\s+){0,3}?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s+(?:total|overall)\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:exports|imports)\b(?!\s+(?:to|from|with|between)\b)")


# A group of countries or a region one country trades with, not one partner: `China's trade with the five Central Asian
# countries`, `Russia's trade with CIS countries`, `Turkey's trade with Africa as a whole`, `India's trade with ASEAN`,
# `exports to the Islamic world`, `trade with the whole European Union` (not `trade between the two countries`, `with
# these nations`).
GROUP_FLOW = re.compile(r"\b(?=[TtEeIiCc])(?:[Tt]rade|[Ee]xports?|[Ii]mports?|[Tt]urnover|[Cc]ommerce)\s+(?:[\w-]+\s+)?"
                        r"(?:with|to|from)\s+(?:the\s+)?(?:(?:whole|entire)\s+)?"
                        r"(?P<group>(?P<common>(?!(?:two|both|our|these|those|its|their)\b)"
                        r"(?:[\w-]+\s+){0,3}?(?:countries|nations|states|republics|economies|members|partners|"
                        r"bloc|world)\b)|"
                        r"(?:sub-)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})")
# A partner after one country's exports or imports: `exports to Malaysia`, `imports from the kingdom`, `to its
# southern neighbour`.
PARTNER = re.compile(r"\b(?:to|from|with)\s+(?:(?:the|its|their|this)\s+(?:[a-z]+\s+)?(?:country|nation|kingdom|"
                     r"republic|emirates|partner|neighbou?r)\b|(?:the\s+)?(?P<name>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}))")
# Where an amount's clause begins: `Türkiye's exports to Malaysia rose to $590 million, while imports reached ...`.
CLAUSE_START = re.compile(r"[;:]|,\s+(?:while|whereas|but)\b")
TOPIC_SHIFT = re.compile(r"^(?:Meanwhile|Separately|Elsewhere|In\s+other\s+news|Globally)\b", re.I)
# Words before a date that make it the date of an event, not the period of a figure.
DATE_OF_EVENT = re.compile(r"\b(?:into\s+(?:force|effect)|took\s+effect|signed|established|launched|since)\s+"
                           r"(?:in\s+|on\s+)?$", re.I)
CLAUSE_BREAK = re.compile(r"[,;]")
# Words before a year that make it the base of a change, not the period of a figure: `an increase of 4.1% from 2023`,
# `up 12% compared with 2022`, `down 2.6% from the same period of 2018`, `9% less than in the same period of last
# year` (not `from 2022 to 2024`, read as one period, nor `from RM12.3 billion in 2022`).
COMPARISON_BASE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\b(?:increase|decrease|rise|growth|gain|jump|drop|decline|"
                             r"fall|up|down|higher|lower))[^,;.$]{0,30}?\b(?:from|over|compared\s+(?:with|to)|against|"
                             r"versus|than)\s+(?:(?:in|during|that\s+of)\s+)?(?:(?:the\s+)?(?:same|corresponding|"
                             r"comparable)\s+(?:period|months?|quarter|half)(?:\s+(?:of|in))?\s+)?$", re.I)
# Words before an amount that make it the base a figure is compared with: `€1.5 billion, down from more than €4
# billion in 2014`, `compared with USD 8.5 billion in 2019` (not `rose to $5bn from $4bn in 2022`).
BASE_AMOUNT = re.compile(r"(?:\b(?:up|down|rising|falling|rose|fell)\s+from|\bcompared\s+(?:with|to)|\bagainst|"
                         r"\bversus)\s+(?:(?:about|around|some|nearly|almost|just|over|more\s+than|less\s+than)\s+)?$",
                         re.I)
# Credit for trade, not trade: `a $100-million credit line for exports`, `raised the credit line for exports to Angola
# to EUR 1.5 billion`, `a CAD 50 million line of credit to support imports`; nor is a swap of two central banks'
# currencies for it (`a currency swap arrangement of $500 million to support trade`).
_FINANCE = r"(?:credit\s+lines?|lines?\s+of\s+credit|(?:loan|credit|financing|lending)\s+facilit(?:y|ies)|" \
    r"swap\s+(?:lines?|facilit(?:y|ies)|arrangements?|agreements?|deals?))\b"
FINANCE = re.compile(rf"\b{_FINANCE}", re.I)
# The same right after the amount: `a $100-million credit line`, `a CAD 50 million line of credit`.
FINANCE_AFTER = re.compile(rf"[\s-]+(?:[\w-]+\s+){{0,2}}?{_FINANCE}", re.I)
# Where the words before an amount start being its own: a clause or sentence break, not a decimal point.
CLAUSE_END = re.compile(r"[;:]|\.(?!\d)|,\s+(?:while|whereas|but)\b")
# Between an amount and the same in another currency: `RM121.74bil (US$26.6bil)`, `Dh310 billion or $84.4 billion`.
EQUIVALENT = re.compile(r"\s*[(/]?\s*(?:or|about|around|some|approximately)?\s*")
# Between an amount and its conversion in parentheses: `US$10 billion (RM44.7 billion)`, `RM5bil (about US$1.1bil)`.
# The figure's year may stand between them: `CFA 312 billion in 2014 (around €476 million)`, `LTL 1.3 billion last year
# (€380 million)`.
CONVERSION = re.compile(r"(?:\s+(?:in\s+(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d|last\s+year|this\s+year))?"
                        r"\s*\(\s*(?:about|around|some|approximately|roughly)?\s*")
# The value of a deal or an instrument, not a trade figure: `a currency swap agreement worth $75 billion`.
WORTH = re.compile(r"\b(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$", re.I)
# The same said after the instrument: `a trade and investment partnership that ministers say could be worth £2.5bn`,
# `34 investment agreements worth about 110 billion riyals`, `a currency swap line worth $250 million` (not `exports
# were worth $392m`).
INSTRUMENT_WORTH = re.compile(r"\b(?:deals?|agreements?|partnerships?|pacts?|contracts?|accords?|MoUs?|memorand\w+|"
                              r"packages?|arrangements?|facilit(?:y|ies)|(?:swap|credit)\s+lines?)\b[^,;.]{0,50}?\b(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|"
                              r"more\s+than\s+|over\s+|nearly\s+|up\s+to\s+)?$", re.I)
# Goods listed as part of a figure, with what they are worth: `exports reached $3.4 billion, including two ships worth
# $155 million`, `imports included machinery worth $640 million and textiles worth $380 million`, `led by petroleum
# products worth $5.1 billion` (not `trade, including re-exports, was worth $5 billion`: no comma between).
ITEM_WORTH = re.compile(r"\b(?:including|included|includes|such\s+as|led\s+by|notably)\s+(?:[^,;:.]|\.\d)*?"
                        r"\b(?:worth|valued\s+at)\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|over\s+|nearly\s+)?$",
                        re.I)
# An amount right after `including`, part of a figure: `investment reached $21 billion, including a $2 billion port
# project`; unless a measure of trade follows it (`including $3 billion of exports`), a figure of its own.
ITEM_AMOUNT = re.compile(r"\binclud(?:ing|ed|es)\s+(?:an?\s+|the\s+|some\s+|about\s+|around\s+|nearly\s+|over\s+)?$",
                         re.I)
ITEM_MEASURE = re.compile(r"\b(?:exports?|imports?|trade|investments?|FDI|shipments|sales|purchases)\b", re.I)
# An amount in brackets after the goods it is the value of: `main exports were copper ($1.1 billion), fruit ($400
# million) and wine ($90 million)` (not `bilateral trade ($5.6 billion)`, `last year ($5 billion)`, `to the kingdom
# ($3 billion)`, `a record high ($5 billion)`, nor the same amount in another currency, `110 billion riyals (US$29.3
# billion)`).
ITEM_BRACKET = re.compile(r"(?<![\w-])(?!(?:trade|exports?|imports?|investments?|turnover|commerce|two-way|year|"
                          r"period|quarter|half|months?|total|figure|worth|earlier|ago|before|country|nation|kingdom|"
                          r"high|low|peak|record|level|mark|value|amount|sum|"
                          r"republic|emirates|partners?|neighbou?rs?|bloc|region)\b)(?-i:[a-z])[\w-]*\s*\(\s*"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+|over\s+)?$", re.I)
# A part of a figure with what it made up: `exports reached $3.4 billion, with iron and steel accounting for $900
# million`; unless its subject or what it is a part of is a measure of trade (`with Turkish exports making up $3.4
# billion`, `China accounted for $120 billion of Brazil's exports`), a figure of its own.
SHARE_VERB = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|mak(?:e|es|ing)\s+up|made\s+up)\s+(?:about\s+|around\s+|"
                        r"some\s+|nearly\s+|over\s+|more\s+than\s+|almost\s+)?$", re.I)
# Where the subject of a share begins: not at a comma (`Cambodian exports to Japan, mainly garments, accounted for`).
SHARE_SUBJECT_START = re.compile(r"[;:]|\bwith\b|\bwhile\b|\bwhereas\b", re.I)
# An amount qualifying a deal or an order, the value of one contract, not the pair's trade: `signed a $1.7 billion deal
# for K9 howitzers`, `a $2 billion arms contract` (not `$5 billion since the agreement`, nor `in trade under the deal`).
INSTRUMENT_AFTER = re.compile(r"(?:\s+(?!(?:since|under|after|before|through|via|following|from|the|its|their|this|"
                              r"that|an?|with|to|by|in|of|for|and|or|as|on|at|was|is|were|are)\b)[\w-]+){0,2}?\s+"
                              r"(?:deals?|contracts?|orders?|agreements?|pacts?|MoUs?)\b", re.I)
# An instrument that is what a figure comes under, not what is worth it: `trade under the agreement was worth $5bn`.
UNDER_INSTRUMENT = re.compile(r"\b(?:under|through|via|since|after|before|from)\s+"
                              r"(?:the|their|its|this|that|an?)?\s*(?:[\w-]+\s+){0,3}$", re.I)
# The period of the figures just before, referred back to: `in the same period`, `during the half-year`, `in the
# quarter`, `over the nine-month period`, `in that period`.
SAME_PERIOD = re.compile(r"\b(?:the\s+)?(?:same|corresponding|comparable)\s+period\b|"
                         r"\b(?:during|in|over|for)\s+(?:that\s+period|the\s+(?:period|half[- ]year|quarter|"
                         r"same\s+months?|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven)-month\s+"
                         r"period))\b", re.I)
# The year of the figures just before, referred back to: `shipped $850-million worth of goods in the same year`, `puts
# two-way trade at €17.6 billion for the same year`, `exports amounted to £500m that year`, `in that same year` (not
# a span starting or ending then: `since that year`, `until that year`).
SAME_YEAR = re.compile(r"\b(?:(?:in|during|over|for)\s+the\s+same|"
                       r"(?<!since\s)(?<!after\s)(?<!before\s)(?<!until\s)(?<!till\s)(?:(?:in|during|over|for)\s+)?"
                       r"that(?:\s+same)?)\s+year\b", re.I)


def _same_year(sentence: str, last: str | None) -> bool:
    """The sentence refers back to the last figures' period, when that is a whole year: a calendar one (`2024`) or
    a fiscal one of twelve months (`2014-07/2015-06`)."""
    return last is not None and (len(last) == 4 or _months_in(last) == 12) \
        and ("same year" in sentence or "that year" in sentence) and SAME_YEAR.search(sentence) is not None


NOT_TRADE = re.compile(r"\b(budget|fine[sd]?|salary|salaries|price[sd]?|cost(?:s|ing)?|worth\s+of\s+damage|"
                       r"loans?|debt|aid|donat\w+|grants?|assistance|market\s+(?:cap|value)|revenue|profit|"
                       r"deficit|surplus|trade\s+balance|imbalance|remittances?|authori[sz]ed\s+capital|"
                       # a plan's or a budget's spending (`a development plan which envisages spending of 30 billion`)
                       r"spending|expenditures?|outlays?|"
                       # a cap on what one may buy (`limits purchases by border residents to RM600 a month`)
                       r"limits?|caps?)\b", re.I)
# A share's price the amount is, after the move told of it: `Shares of SQM rose 1.2% to CLP 26,150`, `the company's
# shares closed at Rs 1,250`.
SHARE_PRICE_BEFORE = re.compile(r"\b[Ss]hares\b[^.;:]{0,60}?\b(?:rose|fell|gained|lost|climbed|slipped|jumped|dropped|"
                                r"closed|ended|traded|stood)\b(?:[^.;:]|\.(?=\d)){0,20}?\s(?:to|at)\s+$")
# A sentence about the economy, a budget, a loan or a balance: an amount in it with no measure of its own is not
# trade (but one `on higher palm oil prices` may be).
OFF_TOPIC = re.compile(r"\b(?:economy|economies|GDP|gross\s+domestic\s+product|population|budget|loans?|debt|aid|"
                       r"grants?|assistance|market\s+(?:cap|value)|revenue|profit|deficit|surplus|balance|"
                       r"remittances?|touris(?:m|ts?)|visitors?|holidaymakers)\b", re.I)
# The same, named right after the amount: `286.4 billion yen in loans`, `$50 million of aid`.
NOT_TRADE_AFTER = re.compile(r"\s*(?:in|of|as|for)\s+(?:[\w-]+\s+)?(?:loans?|aid|grants?|assistance|debt|donations?)\b",
                             re.I)
# A price per unit of goods, not a trade figure: `$31 a barrel`, `$650 per tonne`, `$1,900 an ounce`, `$8/MMBtu` (but
# `$5 billion a year` is a yearly figure).
UNIT_PRICE_AFTER = re.compile(r"\s*(?:(?:a|an|per|each)\s+|/\s*)(?:barrels?|tonnes?|tons?|metric\s+tons?|ounces?|oz|"
                              r"kilo(?:gram)?s?|kg|pounds?|lbs?|litres?|liters?|gallons?|bushels?|carats?|"
                              r"cubic\s+met(?:re|er)s?|MMBtu|mmbtu|million\s+British\s+thermal\s+units?|BTU)\b", re.I)

# An amount that is a change, not a level: `a $114mn rise on the previous year`, `an increase of $1 billion`, `rose by
# $2bn to $7bn`, `up $300 million from 2022` (not `up to $5bn`, `grew 8% to $3bn`, nor `exports making up $3.4bn`).
CHANGE_AFTER = re.compile(r"[\s-]+(?:(?:year-on-year|annual|yearly)\s+)?(?:rise|increase|jump|gain|growth|drop|decline|"
                          r"decrease|fall|surge|contraction)\b", re.I)
CHANGE_BEFORE = re.compile(r"\b(?=[rijgdfsceu])(?:(?:rise|increase|jump|gain|growth|drop|decline|decrease|fall|surge)\s+of|"
                           r"(?:rose|grew|increased|jumped|climbed|soared|surged|expanded|fell|dropped|declined|"
                           r"decreased|shrank|slipped)\s+by|(?<!make\s)(?<!makes\s)(?<!making\s)(?<!made\s)up|down)\s+"
                           r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$", re.I)


# A change given as a percentage and then as an amount: `This is 9.3 percent, or $44.2 million, more than in the
# same period of last year` (not `a 5% share, or $2 billion, of its exports`).
PERCENT_OR = re.compile(r"(?:%|\bper\s?cent|\bpercent),?\s+or\s+(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)
MORE_AFTER = re.compile(r",?\s+(?:more|less|higher|lower)\b", re.I)


def _is_change(sentence: str, money: Money) -> bool:
    """The amount says by how much a figure moved, not what it came to."""
    return CHANGE_AFTER.match(sentence, money.end) is not None \
        or CHANGE_BEFORE.search(sentence, max(0, money.start - 30), money.start) is not None \
        or MORE_AFTER.match(sentence, money.end) is not None \
        and PERCENT_OR.search(sentence, max(0, money.start - 30), money.start) is not None


# A measure word that is part of an office's title, not what an amount measures: `Turkish Trade Minister Omer
# Bolat said contractors had completed projects worth $24 billion`, `Minister of Investment, Trade and Industry`.
TITLE_AFTER = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z]\w+){0,3}\s+(?:Minist(?:er|ry)|Secretary|Representative|"
                         r"Commissioner)\b|\s+minist(?:er|ry)\b")
TITLE_BEFORE = re.compile(r"\b(?:Minist(?:er|ry)|Secretary|Department|Commissioner)\s+(?:of|for)\s+"
                          r"(?:[A-Z]\w+,?\s+(?:and\s+)?){0,3}$")


def _in_title(text: str, match: re.Match[str]) -> bool:
    """The word matched is part of a title (`Trade Minister`, `trade minister`, `Minister of Investment`)."""
    if TITLE_AFTER.match(text, match.end()):
        return True
    return match.group(0)[:1].isupper() \
        and TITLE_BEFORE.search(text, max(0, match.start() - 60), match.start()) is not None


# Where the words after an amount stop saying what it measures: a clause break, not the point of `($33.5 billion)`,
# nor the next clause's measure (`Exports amounted to RM17.9 billion while imports were RM6.3 billion`).
# (One character opens it, which the engine skips to.)
AFTER_CLAUSE_END = re.compile(r"[;,.\s](?:(?<=[;,.])(?!\d)|(?<=\s)(?:while|whereas|but)\b)")


# A measure after an amount that goes on to give an amount of its own: `$14.1 billion in 2024 against a target of $15
# billion`, `$2 billion in 2023, while exports stood at`.
OWN_FIGURE = re.compile(r"\s+(?:of|at|was|were|stood|reached|hit|totall?ed|amounted)\b", re.I)
# The measure an amount is said to be of right after it, which no word before it overrides: `Chile recorded $3 billion
# in exports to Peru and $2 billion in imports` (not a whole it is part of: `exports were $3 billion of total trade`,
# nor a noun it qualifies: `invested $2 billion in trade infrastructure`).
MEASURE_OF_AMOUNT = re.compile(r"\s+(?:in|of|worth\s+of)\s+(?:(?!(?:total|overall|all)\b)[\w-]+\s+){0,2}?"
                               r"(?P<m>exports?|imports?|trade|investments?)(?=\s*(?:$|[,.;:)])|\s+(?:to|from|with|between|"
                               r"by|in|and|of|for|during|last|this|over|while|since|at|were|was)\b)", re.I)
MEASURE_NAMES = {"export": "exports", "import": "imports", "trade": "total_trade", "investment": "investment"}


# Goods one side sold the other, the amount right after the verb and the buyer after the goods: `Vietnam sold $3.6
# billion of mobile phones, electronics and textiles to Brazil`, `sold US$2 billion worth of rice to the Philippines`.
SOLD_BEFORE = re.compile(r"\bsold\s+(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?$")
GOODS_SOLD_TO = re.compile(r"\s+(?:worth\s+)?of\s+(?P<goods>(?:[^;:.](?!\b(?:while|whereas|but)\b))*?)\s+to\s+"
                           r"(?:the\s+|its\s+)?[A-Z]")
# What is sold that is no goods of trade but a holding or a debt: `sold $500 million of bonds to Gulf investors`.
HOLDINGS = re.compile(r"\b(?:stakes?|shares?|bonds?|notes|sukuk|securities|debt|equity|assets|stock|treasur\w*|"
                      r"holdings?|companies|company|subsidiar\w+|units?|licen[cs]es?)\b", re.I)


def _goods_sold(sentence: str, money: Money) -> bool:
    """The amount is of goods sold to a buyer named after them, exports of the seller (not a holding sold)."""
    if not SOLD_BEFORE.search(sentence, max(0, money.start - 20), money.start):
        return False
    goods = GOODS_SOLD_TO.match(sentence, money.end)
    return goods is not None and not HOLDINGS.search(goods.group("goods"))


def _metric(sentence: str, money: Money, amounts: list[Money]) -> str | None:
    """The measure nearest the amount: words before it within the clause, then words just after; a target the
    amount qualifies first (`a $5 billion-dollar trade target`, where `trade` is nearer); one said right after the
    amount (`$2 billion in imports`) over any but a target before it."""
    if TARGET_AMOUNT.match(sentence, money.end):
        return "target"
    if "sold" in sentence and _goods_sold(sentence, money):
        return "exports"
    head = sentence[: money.start]
    if head.rstrip().endswith(":"):  # a label: `Exports to Georgia: $398.4 million`
        head = head.rstrip()[:-1]
    before = CLAUSE_START.split(head)[-1][-110:]
    after = _words_after(sentence, money, amounts)
    best: tuple[int, str] | None = None
    current = CURRENT_VALUE.search(before) is not None or _grew_to(before, sentence, money)
    near = f"{before} {after}"
    lowered = near.lower() if lowers_like_re_i(near) else None  # None: lower-casing is no guide to `re.I`
    for metric, pattern in METRIC_WORDS:
        if metric == "target" and current or not _may_measure(metric, lowered):
            continue
        for match in pattern.finditer(before):
            if ("inist" in before or "Secretar" in before) and _in_title(before, match):
                continue
            distance = len(before) - match.end()
            if metric == "target":
                distance -= 40
            if best is None or distance < best[0]:
                best = (distance, metric)
        match = pattern.search(after)
        if match and OWN_FIGURE.match(after, match.end()):  # `against a target of $15 billion`: the next amount's
            match = None
        if match and (best is None or match.start() + 15 < best[0]):
            best = (match.start() + 15, metric)
    said = MEASURE_OF_AMOUNT.match(sentence, money.end) if best and best[1] != "target" else None
    return MEASURE_NAMES[said.group("m").lower().rstrip("s")] if said else best[1] if best else None


# The word joining a next amount's own words to those after an amount: `EUR 12.1 billion and imports from Morocco
# to EUR 8.0 billion`.
NEXT_AMOUNT_JOIN = re.compile(r",|\s(?:and|or)\s")


def _words_after(sentence: str, money: Money, amounts: list[Money]) -> str:
    """The words after an amount that may say what it measures, up to a clause break (not the point of `($33.5
    billion)`); with a next amount within them, only those before the last join ahead of it: `with exports amounting
    to EUR 12.1 billion and imports from Morocco to EUR 8.0 billion` names the next amount's measure, not this one's
    (but `$3 billion in exports to Peru and $2 billion in imports` keeps `in exports to Peru`); the same amount in
    another currency (`$10 billion (RM44.7 billion) in exports`) is no next amount."""
    after = AFTER_CLAUSE_END.split(sentence[money.end:], 1)[0][:60]
    following = next((other.start - money.end for other in amounts if other.start >= money.end
                      and not EQUIVALENT.fullmatch(sentence, money.end, other.start)), None)
    if following is None or following >= len(after):
        return after
    joins = list(NEXT_AMOUNT_JOIN.finditer(after, 0, following))
    return after[:joins[-1].start()] if joins else after[:following]


def _may_measure(metric: str, lowered: str | None) -> bool:
    """Whether the pattern of a measure can match the words near an amount, lower-cased (a cheap test: most
    amounts' words name one or two measures)."""
    needs = METRIC_NEEDS.get(metric)
    return lowered is None or needs is None or any(need in lowered for need in needs)


# Forecasters outside government, whose estimate is no aim of the pair's: `Analysts at Banorte estimate that trade could
# top $650 billion`, `economists expect exports to reach`, `some bankers suggest trade could top`; and the words of an
# aim they may only report.
FORECASTERS = re.compile(r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ff]orecasters?|[Rr]esearchers?|[Ss]trategists?|"
                         r"[Bb]ankers?|[Tt]raders|[Ee]xperts?|[Oo]bservers?)\b")
AIM_WORDS = re.compile(r"\b(?:targets?|goals?|aims?|aimed|aiming|objectives?)\b", re.I)
# Words right before an aim's word that deny there is one: `neither government has set a formal target`, `no
# target`, `without a goal`, `has not announced an official target`.
NEGATED_AIM = re.compile(r"\b(?:no|without(?:\s+an?)?|(?:neither|nor|not|n[o’']t|never)\b(?:\s+[\w’'-]+){0,4}?\s+"
                         r"(?:set|fixed|adopted|announced|agreed(?:\s+on)?)(?:\s+an?)?)\s+"
                         r"(?:(?:formal|official|specific|firm|explicit|numerical|new|such)\s+)?$", re.I)
# A forecaster as the speaker told after the amount: in apposition to the one who said it (`," said Dr Lim, an
# economist at the university`, `," Ana Ruiz, a senior analyst at Banorte, said`), or as the title right after `said`
# or right after the quotation (`, said economist Lim Vannak`, `," economist Lim Vannak said`); not one spoken to (`,"
# the minister told economists`). Its words are tested first (FORECASTER_PARTS), as most sentences have none.
_FORECASTER_WORD = r"(?:[Aa]nalysts?|[Ee]conomists?|[Ff]orecasters?|[Rr]esearchers?|[Ss]trategists?)\b"
FORECASTER_SPEAKER = re.compile(r"(?:\b(?:said|says|according\s+to)\s+|[\"”]\s*,?\s*)"
                                r"(?:(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+,\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,3}?|"
                                r"(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+)?)" + _FORECASTER_WORD)
FORECASTER_PARTS = ("nalyst", "conomist", "orecaster", "esearcher", "trategist")


def _forecasters_estimate(sentence: str, money: Money) -> bool:
    """A target-like amount is analysts' or economists' forecast, named before it or as its speaker after it, not a
    government's aim: unless the sentence speaks of a target or goal, which they would only be reporting."""
    if _aim_told(sentence):
        return False
    if FORECASTERS.search(sentence, 0, money.start) is not None:
        return True
    return _has_forecaster_word(sentence, money.end) and FORECASTER_SPEAKER.search(sentence, money.end) is not None


def _aim_told(sentence: str) -> bool:
    """The sentence speaks of a target or goal, not only to deny there is one (`although neither government has set
    a formal target`)."""
    return any(NEGATED_AIM.search(sentence, max(0, aim.start() - 60), aim.start()) is None
               for aim in AIM_WORDS.finditer(sentence))


def _has_forecaster_word(sentence: str, start: int) -> bool:
    """Whether a forecaster's word may be told from `start` on: a cheap test before FORECASTER_SPEAKER."""
    after = sentence[start:]
    return any(part in after for part in FORECASTER_PARTS)


def _deadline_ahead(sentence: str, money: Money, published: PartialDate | None) -> bool:
    """The amount is one to reach by a year not yet over at publication, or in years to come: a target, whatever
    measure it names; with no verb of reaching right before it, only by a year after publication's (`agreed to boost
    trade, which reached $5.6 billion last year, to $10 billion by 2030`)."""
    deadline = BY_YEAR.match(sentence, money.end)
    if not BARE_REACH.search(sentence, max(0, money.start - 40), money.start):
        return deadline is not None and published is not None \
            and (deadline.group("y") is None or int(deadline.group("y")) > published.year)
    if deadline is None:
        return YEARS_AHEAD.match(sentence, money.end) is not None
    return deadline.group("y") is None or published is not None and int(deadline.group("y")) >= published.year


def _bound_of_target_base(sentence: str, money: Money, kept: Kept | None) -> bool:
    """The level a target in the sentence starts from, given only as a bound (`to KSh 5 billion by 2025, up from under
    KSh 2 billion today`): no figure of its own, and no second target."""
    return kept is not None and kept[1] == "target" \
        and BOUND_BASE.search(sentence, max(0, money.start - 25), money.start) is not None


def _grew_to(before: str, sentence: str, money: Money) -> bool:
    """The amount is what a figure grew (or fell) to, with no deadline after it: an actual value, even after
    `to reach` (`grew by 20.5% to reach USD 57.8 billion in April-December 2024`)."""
    return GREW_TO.search(before) is not None and BY_YEAR.match(sentence, money.end) is None


def _clause_before(sentence: str, money: Money) -> str:
    """The words of the amount's own clause that come before it."""
    return CLAUSE_BREAK.split(sentence[max(0, money.start - 110): money.start])[-1]


# A project an amount qualifies, the words between naming what it builds: `a $1.8 billion electricity interconnection
# project`, `the $3 billion port`, `a 500-million-euro gas pipeline`.
PROJECT_AFTER = re.compile(r"(?:[\s-]+(?!(?:in|of|for|to|from|with|by|on|at|and|or|worth|during|since)\b)[\w-]+){0,3}?"
                           r"[\s-]+(?:projects?|plants?|factor(?:y|ies)|refiner(?:y|ies)|pipelines?|railways?|"
                           r"rail\s+links?|ports?|bridges?|dams?|power\s+stations?|complex|corridors?|lines?|"
                           r"interconnect(?:ion|ors?)|terminals?|smelters?|mines?|airports?|highways?|roads?)\b", re.I)


def _continues_trade(context: ArticleContext, index: int, money: Money, last_trade_sentence: int) -> bool:
    """An amount with no measure named, dated, just after a trade figure (`The figure rose to RM12.8 billion in
    2023`, `It was A$17.5 billion a year earlier`) continues it; not the value of a deal or the cost of a project (`The
    two countries are also building a $1.8 billion electricity interconnection project`), nor an amount in a
    sentence about the economy or a budget."""
    if index - last_trade_sentence > 2:
        return False
    sentence = context.sentences[index]
    if PROJECT_AFTER.match(sentence, money.end):
        return False
    dated = bool(find_periods(sentence, context.published)) or says_year_earlier(sentence[money.end:money.end + 40])
    return dated and not WORTH.search(sentence, max(0, money.start - 25), money.start) \
        and not OFF_TOPIC.search(sentence)


def _item_of_figure(sentence: str, money: Money, amounts: list[Money]) -> bool:
    """The amount is what goods or a project listed as part of a figure are worth, not the pair's figure: `including
    a $2 billion port project`, `copper ($1.1 billion)`, `with iron and steel accounting for $900 million` (goods
    `worth` an amount are found with the worth of instruments)."""
    start = money.start
    measured_after = ITEM_MEASURE.search(AFTER_CLAUSE_END.split(sentence[money.end:], 1)[0][:60]) is not None
    if "includ" in sentence and ITEM_AMOUNT.search(sentence, max(0, start - 30), start) and not measured_after:
        return True
    if "(" in sentence[max(0, start - 12): start] and ITEM_BRACKET.search(sentence, max(0, start - 40), start) \
            and not any(other.end <= start and CONVERSION.fullmatch(sentence, other.end, start) for other in amounts):
        return True
    share = SHARE_VERB.search(sentence, max(0, start - 30), start) if "ccount" in sentence or "up" in sentence else None
    subject = SHARE_SUBJECT_START.split(sentence[max(0, share.start() - 120): share.start()])[-1] if share else ""
    return share is not None and not ITEM_MEASURE.search(subject) and not measured_after


# Deals by which one side's companies commit to invest, and what they are worth: `German companies signed investment
# agreements worth more than €2.5 billion`, `Saudi investors sealed investment deals valued at $4 billion`.
INVESTORS_COMMIT = re.compile(r"\b(?P<side>[A-Z][\w-]*)\s+(?:companies|firms|investors|businesses|enterprises|"
                              r"businessmen|business\s+people)\s+(?:have\s+|had\s+)?(?:signed|sealed|inked|concluded|"
                              r"clinched|struck|secured)\s+(?:[\w-]+\s+){0,2}?investment\s+(?:agreements?|deals?|"
                              r"contracts?|pledges?|commitments?)\s+(?:worth|valued\s+at)\s+(?:about\s+|around\s+|"
                              r"some\s+|more\s+than\s+|over\s+|nearly\s+|up\s+to\s+)?$")


def _investors_commit(sentence: str, money: Money) -> bool:
    """The amount is what one side's companies committed to invest by the deals they signed (`German companies
    signed investment agreements worth more than €2.5 billion`): investment, not a deal's worth; deals the two
    countries sign (`Indonesia and Vietnam signed 12 investment agreements worth`) are worth what they may bring."""
    commit = INVESTORS_COMMIT.search(sentence, max(0, money.start - 140), money.start)
    names = country_names()
    return commit is not None and bool(names.of_demonym(commit.group("side")) or names.canonical(commit.group("side")))


def _worth_of_instrument(sentence: str, money: Money, amounts: list[Money]) -> bool:
    """The amount is what a deal or a partnership is worth (`a $1.7 billion deal for howitzers`), not trade or
    investment that took place, or what goods listed as part of a figure are worth (`including two ships worth $155
    million`); so is the same in another currency right after it (`agreements worth about 110 billion riyals (US$29.3
    billion)`)."""
    if INSTRUMENT_AFTER.match(sentence, money.end):
        return True
    if "worth" not in sentence and "valued" not in sentence:
        return False
    if "invest" in sentence and _investors_commit(sentence, money):
        return False
    same = [other for other in amounts if other.end <= money.start
            and EQUIVALENT.fullmatch(sentence, other.end, money.start)]
    for amount in [money, *same]:
        if ITEM_WORTH.search(sentence, max(0, amount.start - 90), amount.start):
            return True
        worth = INSTRUMENT_WORTH.search(sentence, max(0, amount.start - 120), amount.start)
        if worth and not UNDER_INSTRUMENT.search(sentence, max(0, worth.start() - 40), worth.start()):
            return True
    return False


# A sentence opening with a pronoun for what the one before it named: `Mexican exports to Canada accounted for the bulk
# of the trade. They totaled $19.7 billion between January and June`.
PRONOUN_OPENING = re.compile(r"^(?:They|These|It|The\s+figure)\s+(?:[\w-]+\s+){0,2}?(?:totall?ed|amounted|stood|"
                             r"reached|came|were|was|rose|fell|grew|climbed|jumped|hit|increased|declined)\b")


def _referred_back(context: ArticleContext, index: int, money: Money) -> str | None:
    """What an amount in the first clause of such a sentence measures: the first measure the sentence before names,
    when that one gives no amount of its own."""
    sentence = context.sentences[index]
    if index == 0 or sentence[:1] not in "TI" or not PRONOUN_OPENING.match(sentence) \
            or CLAUSE_START.search(sentence, 0, money.start):
        return None
    previous = context.sentences[index - 1]
    if find_money(previous):
        return None
    named = [(match.start(), metric) for metric, pattern in METRIC_WORDS[1:]
             for match in [pattern.search(previous)] if match]
    return min(named)[1] if named else None


def _continued_metric(figures: list[TradeFigure]) -> str:
    """What an amount continuing the last figure measures: the same (`Exports rose to $5bn in 2023. They were $4bn
    a year earlier.`), but a target's continuation is a present value."""
    metric = figures[-1].metric if figures else "total_trade"
    return "total_trade" if metric == "target" else metric


# A period referred back to by its length: `in the half-year`, `during the quarter`.
PERIOD_OF_LENGTH = re.compile(r"\bthe\s+(?P<unit>half[- ]year|quarter)\b", re.I)


def _period_referred(sentence: str, figures: list[TradeFigure]) -> str | None:
    """The period `during the period` refers to; when the sentence says its length (`in the half-year`), the latest
    one of that length among the figures just before, not that of a part of it given last (`in the first five
    months, exports had exceeded €700 million. Brazil bought €310 million ... in the half-year`)."""
    said = PERIOD_OF_LENGTH.search(sentence) if "half" in sentence or "quarter" in sentence else None
    if said:
        months = 6 if said.group("unit").lower().startswith("half") else 3
        fitting = [f.period for f in figures[-8:] if f.period and f.metric in TRADE_METRICS
                   and _months_in(f.period) == months]
        if fitting:
            return fitting[-1]
    return _reporting_period(figures)


def _months_in(period: str) -> int | None:
    """How many months a period of months spans: `2025-01/2025-06` -> 6; none for a year."""
    first, _, last = period.partition("/")
    if not last or len(first) != 7 or len(last) != 7:
        return None
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:]) - int(first[5:]) + 1


def _reporting_period(figures: list[TradeFigure]) -> str | None:
    """The period `during the period` refers to: the latest of the last trade sentence's figures, not the year it
    was compared with (`$2.1 billion in 2020-21, against $1.3bn in the previous year`); that of the sentence before
    when it ends in a later year, the last one giving a base in a sentence of its own (`The figure was up from $5.2
    billion in 2022/23.`), not when both are of one year (`$3.4 billion in January-September` after `$7.1 billion
    year-to-date`); a target's deadline is no period reported over (`a target of $30 billion by 2027. Trade reached
    $17.5 billion in 2021-22. Exports were worth $5.9 billion in that period`)."""
    figures = [f for f in figures if f.metric != "target"]
    if not figures:
        return None
    last = figures[-1].quote
    before = next((f.quote for f in reversed(figures) if f.quote != last), last)
    own, previous = [max((f.period for f in figures[-8:] if f.quote == quote and f.period),
                         key=lambda period: period.rsplit("/", 1)[-1], default=None) for quote in (last, before)]
    if own is None or previous is not None and previous.rsplit("/", 1)[-1][:4] > own.rsplit("/", 1)[-1][:4]:
        return previous
    return own


# Measures of trade: a period goes on from one to another (`exports in 2024 ... Imports`), not to an investment,
# often a stock built up over years or a fund (`the largest investor, with 431 projects worth $14.6 billion`).
TRADE_METRICS = frozenset({"total_trade", "exports", "imports"})


def _carried_period(context: ArticleContext, figures: list[TradeFigure], index: int, dated_sentence: int,
                    timeless: bool = True) -> str | None:
    """The period a sentence with no time expression of its own takes from the figures of the sentence before
    (`Exports to Turkiye in 2024 were RM14.3 billion. Imports from Turkiye amounted to RM3.1 billion.`), or of the one
    before that, past a sentence with neither an amount nor a period (`In 2023, trade reached $1.3 billion. At that
    time, ... . Exports totalled $1.01 billion`), or of the figure a list of them comes under (`Trade reached $519.6
    million in January-May. The breakdown is as follows: - Exports: $398.4 million`): the latest of those of trade,
    not a target's deadline; found before the sentence's own figures are added. Not `timeless`: the sentence's own
    time expressions are set aside (they date only a base it is compared with)."""
    sentence = context.sentences[index]
    if not figures or index - dated_sentence > 4 or timeless and mentions_time(sentence):
        return None
    if dated_sentence == index - 2:
        between = context.sentences[index - 1]
        if find_money(between) or any(not COMPARISON_BASE.search(between, max(0, p.start - 50), p.start)
                                      for p in find_periods(between, context.published)):
            return None
    elif dated_sentence != index - 1 and not _listed_under(context, index, dated_sentence):
        return None
    quote = figures[-1].quote
    periods = [f.period for f in figures if f.quote == quote and f.period and f.metric in TRADE_METRICS]
    return max(periods, key=lambda period: period.rsplit("/", 1)[-1]) if periods else None


# An item of a list: `- Exports: $1.2 billion`, `• Imports from Georgia: $121.2 million`.
LIST_ITEM = re.compile(r"^\s*[-–•*·]\s")
# A line of a table written out, its label before a colon: `Exports: $2.1bn (+8.1%).`
LABELLED_LINE = re.compile(r"^\s*(?:[-–•*·]\s*)?[A-Z][\w’'() -]{0,60}:\s")
LEAD_IN_REACH = 8  # lines of a list between an amount and the lead-in it comes under


def _lead_in_period(context: ArticleContext, index: int) -> str | None:
    """The period of the lead-in a list of figures comes under, when the list's figure has none of its own
    (`Trade in January-September 2024 was as follows:` then `Exports: $2.1bn (+8.1%)`)."""
    sentence = context.sentences[index]
    if not LABELLED_LINE.match(sentence) or mentions_time(sentence):
        return None
    lead = _lead_in(context, index, LABELLED_LINE, max(0, index - LEAD_IN_REACH) - 1)
    if lead is None:
        return None
    periods = [period.text for period in find_periods(context.sentences[lead], context.published)]
    return max(periods, key=lambda period: period.rsplit("/", 1)[-1]) if periods else None


def _lead_in(context: ArticleContext, index: int, item: re.Pattern[str], stop: int) -> int | None:
    """The sentence ending with a colon that the list item at `index` comes under, past the items between it and
    the lead-in (items `item` finds); none at `stop` or before."""
    lead = index - 1
    while lead > stop and item.match(context.sentences[lead]) and not context.sentences[lead].rstrip().endswith(":"):
        lead -= 1
    return lead if lead > stop and context.sentences[lead].rstrip().endswith(":") else None


def _listed_under(context: ArticleContext, index: int, dated_sentence: int) -> bool:
    """The sentence is an item of a list whose lead-in (`The breakdown is as follows:`) follows the dated figures."""
    return LIST_ITEM.match(context.sentences[index]) is not None \
        and _lead_in(context, index, LIST_ITEM, dated_sentence) is not None


# A first word in capitals, as some papers open a story: `MALAYSIA'S trade with Türkiye rose ...`.
# Abbreviations (`UAE`, `USA`) have fewer letters and stay as they are.
LEADING_CAPITALS = re.compile(r"^[A-Z]{4,}(?=[’'\s])")


def _lead_word_cased(sentence: str, context: ArticleContext) -> str:
    """The sentence with a first word in capitals that names a country written as a name (`Malaysia's`), so that
    the country is found."""
    lead = LEADING_CAPITALS.match(sentence) if sentence[:4].isupper() else None
    if lead is None:
        return sentence
    cased = lead.group().capitalize()
    rest = re.sub(r"^([’'])S\b", r"\1s", sentence[lead.end():])
    return cased + rest if context.countries.canonical(cased) else sentence


# The other of the pair called by a common noun, in a sentence naming the one: `Kenya sold goods worth $1.06 billion
# to its neighbour`.
TO_NEIGHBOUR = re.compile(r"\b(?:to|from|with)\s+(?:its|their)\s+(?:\w+\s+)?neighbou?rs?\b", re.I)


def _about_pair(context: ArticleContext, index: int, money: Money, metric: str | None = None) -> bool:
    """The amount concerns the pair: both named (here or just before, as earlier in its own long sentence: `India's
    imports from Kuwait, almost entirely crude oil, accounted for $16.1 billion, while Indian exports of rice and
    textiles were worth $1.5 billion`), or a bilateral cue; no third country, no world total, no change of subject. An
    investor is named by its country or by its city."""
    sentence = _lead_word_cased(context.sentences[index], context)
    pair = set(context.pair)
    clause = sentence[max(0, money.start - 160): money.end + 80]
    own_clause = _clause_before(sentence, money)
    if GLOBAL.search(clause) or WORLD_TOTAL.search(own_clause) or TOTAL_AFTER.match(sentence, money.end) \
            or _with_a_group(own_clause, pair, context) \
            or _with_the_rest_of(sentence, own_clause, money) or _world_total_subject(sentence, money, context):
        return False
    if _third_country_flow(sentence, money, pair, context) or _third_countrys_whose(sentence, money, pair, context) \
            or _third_countrys_ranking(sentence, money, pair, context) \
            or _third_country_compared(sentence, money, pair, context):
        return False
    named = set(context.countries.mentioned(clause))
    if metric == "investment":
        named |= _investor_cities(_clause_before(sentence, money))
    if named - pair and len(named & pair) < 2 and not PAIR_CUES.search(clause):
        return False
    if named >= pair or PAIR_CUES.search(sentence) or _flow_with(clause, named & pair, context):
        return True
    if metric == "investment" and _invests_in(sentence, money, named & pair, context):
        return True
    if named and named <= pair and "neighbo" in clause and TO_NEIGHBOUR.search(clause):
        return True
    if TOPIC_SHIFT.match(sentence):
        return False
    previous = " ".join(context.sentences[max(0, index - 2): index])
    told = named | set(context.countries.mentioned(previous))
    if not told >= pair and money.start > 160:  # the clause above read only the sentence's last 160 characters
        told |= set(context.countries.mentioned(sentence[:money.start]))
    return bool(told >= pair or (not _names_in_own_clause(sentence, money, context) and PAIR_CUES.search(previous)))


def _names_in_own_clause(sentence: str, money: Money, context: ArticleContext) -> list[str]:
    """The countries the amount's own clause names: a country in a clause after it (`In 2024 it amounted to $118
    million, of which Kazakh exports accounted for $41 million`) does not take the amount from the pair the sentence
    before was about."""
    own = _clause_before(sentence, money) + AFTER_CLAUSE_END.split(sentence[money.start:], 1)[0]
    return context.countries.mentioned(own)


def _with_a_group(clause: str, pair: set[str], context: ArticleContext) -> bool:
    """The amount's clause is one country's trade with a group of countries, a region or a bloc (`exports to Gulf
    states`, `trade with Africa`, `trade with ASEAN`): the pair's share of it is not told. A group naming one of the
    pair (`EU member states` where the EU is a party, `trade with the EU`) is still the pair's."""
    for match in GROUP_FLOW.finditer(clause):
        group = match.group("group")
        if match.group("common") and context.countries.canonical(group):
            continue  # `the United States`: one country
        if not match.group("common") and not _names_group(group):
            continue  # a proper name not of a region (`Africa`, `sub-Saharan Africa` are) nor of a bloc
        if not set(context.countries.mentioned(group)) & pair:
            return True
    return False


# One country's trade with all but some of a region or the world: `exports to the rest of Africa`, `trade with the rest
# of the region`, before the amount in its clause or right after it (`R40bn in exports to the rest of the continent`);
# the pair's share of it is not told.
REST_OF_BEFORE = re.compile(r"\b(?:trade|exports?|imports?|turnover|commerce|shipments|sales)\s+(?:[\w-]+\s+)?"
                            r"(?:with|to|from)\s+the\s+rest\s+of\b", re.I)
REST_OF_AFTER = re.compile(r"\s+(?:(?:in|of|worth\s+of)\s+)?(?:[\w-]+\s+)?(?:trade|exports?|imports?|turnover|"
                           r"commerce|shipments|sales)\s+(?:with|to|from)\s+the\s+rest\s+of\b", re.I)


def _with_the_rest_of(sentence: str, own_clause: str, money: Money) -> bool:
    """The amount is one country's trade with `the rest of` a region or the world."""
    if "rest of" not in sentence:
        return False
    return bool(REST_OF_BEFORE.search(own_clause) or REST_OF_AFTER.match(sentence, money.end))


def _names_group(name: str) -> bool:
    """A capitalised name after `trade with` is a group of countries: a region told in its first two words (`sub-Saharan
    Africa`), or a trade bloc told in its first words (`ASEAN`, `the Gulf Cooperation Council`, `EU Member States`)."""
    words = name.split()
    first = " ".join(words[:2])
    if is_region(first[0].upper() + first[1:]):
        return True
    return any(bloc_members(" ".join(words[:n])) for n in range(len(words), 0, -1))


# A city owning or housing an investor: `Abu Dhabi's sovereign wealth fund ADQ`, `Doha-based Al Mirqab Capital`.
CITY_OWNER = re.compile(r"\b(?P<city>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})(?:[’']s\b|-based\b)")


def _investor_cities(clause: str) -> set[str]:
    """The countries of the cities that own or house an investor in the clause before an amount (`Abu Dhabi's ADQ
    agreed to invest $35 billion`): an investor of a third country named by its city is as foreign to the pair as
    one named by its country."""
    if "'s" not in clause and "’s" not in clause and "-based" not in clause:
        return set()
    cities = _city_countries()
    found: set[str] = set()
    for owner in CITY_OWNER.finditer(clause):
        words = owner.group("city").split()
        found.update(country for n in range(len(words)) if (country := cities.get(" ".join(words[n:]))))
    return found


MIN_CAPITAL_POPULATION = 1_000_000
# A province's English name in brackets after its own: `Dubayy (Dubai)`, `Ash Shariqah (Sharjah)`.
PROVINCE_ENGLISH = re.compile(r"\(([^()]+)\)")


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Each country's capital and each province countryinfo gives an English name in brackets (`Dubayy (Dubai)`),
    by its name: a name several countries share names none, and a country's own name is read as the country. A
    small territory's capital is left out: news more often mean another place of its name (`Victoria`, `Hamilton`)."""
    countries: dict[str, set[str]] = {}
    names = country_names()
    for info in CountryInfo.all().values():
        country = names.canonical(info.get("name"))
        capital = info.get("capital") if (info.get("population") or 0) >= MIN_CAPITAL_POPULATION else None
        cities = [capital.removesuffix(" D.C.")] if isinstance(capital, str) else list(capital or [])
        cities += [name.strip() for province in info.get("provinces") or [] if isinstance(province, str)
                   for name in PROVINCE_ENGLISH.findall(province)]
        for city in cities:
            if country and city and not names.canonical(city):
                countries.setdefault(city, set()).add(country)
    return {city: next(iter(found)) for city, found in countries.items() if len(found) == 1}


# Investing an amount in a place named after it: `plans to invest $100 million in two processing plants in Vietnam`
# (not foreign investment at large: `foreign companies invested $36 billion in Vietnam`).
INVEST_BEFORE = re.compile(r"\binvest(?:s|ed|ing)?\s+(?:(?:about|around|some|nearly|almost|over|more\s+than|"
                           r"up\s+to)\s+)?$")
INVESTED_IN = re.compile(r"\s+(?:\([^()]{0,40}\)\s+)?(?:[\w’'-]+\s+){0,6}?in\s+(?:the\s+)?(?=[A-Z])")
FOREIGN_INVESTORS = re.compile(r"\b(?:foreign|overseas|international|global|multinational)\b", re.I)


def _invests_in(sentence: str, money: Money, named: set[str], context: ArticleContext) -> bool:
    """An investor, named by no country of its own, invests the amount in the one of the pair the clause names
    (`JBS said it plans to invest $100 million in two processing plants in Vietnam`, in a story of Brazil and
    Vietnam): a story of the pair tells of the other's investors there, not of foreign investment at large."""
    if len(named) != 1 or "invest" not in sentence:
        return False
    before = _clause_before(sentence, money)
    if not INVEST_BEFORE.search(before) or FOREIGN_INVESTORS.search(before):
        return False
    place = INVESTED_IN.match(sentence, money.end)
    return place is not None and set(context.countries.mentioned(sentence[place.end():place.end() + 40])[:1]) == named


def _third_country_flow(sentence: str, money: Money, pair: set[str], context: ArticleContext) -> bool:
    """The amount's own clause is trade with a country outside the pair, in a sentence that names the pair too
    (`..., while exports to Malaysia were 210 billion baht`, `..., compared with Chile's $38 billion trade with
    China`); unless the clause names a flow with one of the pair as well."""
    own = _relative_antecedent(sentence, money) + _clause_before(sentence, money) \
        + AFTER_CLAUSE_END.split(sentence[money.start:], 1)[0]
    flows = list(FLOW_TO.finditer(own))
    if any(owner not in pair for flow in flows if (owner := _flow_owner(own, flow, context))):
        return True
    partners = {_flow_partner(own, flow, context) for flow in flows} - {None}
    if not partners:
        partners = _subject_flow_partners(sentence, money, context)
    return bool(partners) and partners.isdisjoint(pair)


# The country owning a flow of trade, right before it: `Chile's trade with`, `Peru's total exports to`.
FLOW_OWNER = re.compile(r"(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})[’']s\s+(?:[a-z-]+\s+){0,2}$")


def _flow_owner(clause: str, flow: re.Match[str], context: ArticleContext) -> str | None:
    """The country whose flow it is (`Chile's trade with Japan`): a third country's trade with one of the pair is
    not the pair's, however the sentence names the pair elsewhere (`helped by the two countries' agreement`)."""
    owner = FLOW_OWNER.search(clause, max(0, flow.start() - 60), flow.start())
    if owner is None:
        return None
    words = owner.group("owner").split()
    return next((country for n in range(len(words)) if (country := context.countries.canonical(
        " ".join(words[n:])))), None)


def _subject_flow_partners(sentence: str, money: Money, context: ArticleContext) -> set[str]:
    """The partner of the flow the amount's clause opens with, past an apposition between it and its verb (`trade with
    Russia, Kazakhstan's partner in the EAEU, was $20.5 billion`): the last flow named in the clause before it."""
    clause = CLAUSE_START.split(sentence[max(0, money.start - 200): money.start])[-1]
    flows = list(FLOW_TO.finditer(clause))
    partner = _flow_partner(clause, flows[-1], context) if flows else None
    return {partner} if partner else set()


# A relative clause an amount is in, going on from the noun before its comma: `Israel's trade with Türkiye, which
# still exceeded USD 5 billion`.
RELATIVE_OPENING = re.compile(r"^\s*(?:which|that)\b")


def _relative_antecedent(sentence: str, money: Money) -> str:
    """The clause before the comma of a `which` clause the amount is in (`with Israel's trade with Türkiye, which
    still exceeded USD 5 billion`): what the relative clause measures is named there."""
    before = CLAUSE_BREAK.split(sentence[max(0, money.start - 220): money.start])
    if len(before) < 2 or not RELATIVE_OPENING.match(before[-1]):
        return ""
    return before[-2] + ", "


# A `whose` clause the amount is in, its owner the words before the comma: `ahead of France, whose trade with Morocco
# totalled`.
WHOSE_CLAUSE = re.compile(r"(?P<owner>(?:[\w’'-]+\s+){0,2}[\w’'-]+),\s+whose\s+[^,;:]*$")


def _third_countrys_whose(sentence: str, money: Money, pair: set[str], context: ArticleContext) -> bool:
    """The amount is in a `whose` clause of a country outside the pair (`India is Kenya's second-largest source of
    imports after China, whose trade with Kenya totalled $5.1 billion`): that country's trade, not the pair's (but
    `Kenya, whose trade with India totalled` is the pair's)."""
    if "whose" not in sentence:
        return False
    whose = WHOSE_CLAUSE.search(sentence, max(0, money.start - 140), money.start)
    if whose is None:
        return False
    words = whose.group("owner").split()
    owner = next((country for n in range(len(words)) if (country := context.countries.canonical(
        re.sub(r"[’']s$", "", " ".join(words[n:]))))), None)
    return owner is not None and owner not in pair


# A country the pair is ranked against (`well behind China`, `after Germany, Italy and Russia`), then a relative clause
# of its own the amount is in (`, which took NZ$19bn`, `, with which Serbia's trade stood at`): the third's figure.
COMPARED_RELATIVE = re.compile(r"\b(?:ahead\s+of|behind|after|trailing|following)\s+(?P<third>[^;:()]{1,120}?),\s+"
                               r"(?:(?:with|to|from|in)\s+)?which\s+[^,;:()]*$")
# An amount right after the comparison, its flow to a third country after it: `ahead of the $10.3 billion shipped to
# the United States`, `compared with US$1.1 billion sold to Peru`, `against $400 million from Chile`.
COMPARED_AMOUNT = re.compile(r"\b(?:ahead\s+of|behind|after|trailing|following|compared\s+(?:with|to)|against|versus|"
                             r"vs\.?)\s+(?:(?:the|some|about|around|nearly|almost)\s+)?$")
COMPARED_FLOW = re.compile(r"\s+(?:(?:of\s+goods\s+|worth\s+of\s+goods\s+)?(?:shipped|sold|exported|sent|bought|"
                           r"imported|purchased|invested)\s+)?(?:to|from|by|in)\s+(?:the\s+)?(?=[A-Z])")
COMPARATIVE_WORDS = ("ahead", "behind", "after", "trailing", "following", "compared", "against", "versus", "vs")


def _third_country_compared(sentence: str, money: Money, pair: set[str], context: ArticleContext) -> bool:
    """The amount belongs to a country outside the pair that the pair is compared with: in its relative clause
    (`India was New Zealand's 12th-largest market, well behind China, which took NZ$19bn`), or the amount named right
    after the comparison and sent there (`ahead of the $10.3 billion shipped to the United States`)."""
    if not any(word in sentence for word in COMPARATIVE_WORDS):
        return False
    window = sentence[max(0, money.start - 220): money.start]
    relative = COMPARED_RELATIVE.search(window)
    if relative is not None:
        named = set(context.countries.mentioned(relative.group("third")))
        return bool(named) and named.isdisjoint(pair)
    if not COMPARED_AMOUNT.search(window):
        return False
    flow = COMPARED_FLOW.match(sentence, money.end)
    if flow is None:
        return False
    partner = context.countries.mentioned(sentence[flow.end(): flow.end() + 40])[:1]
    return bool(partner) and partner[0] not in pair

# A ranking a sentence opens with, one country's place among another's partners: `China remains Peru's largest
# trading partner`, `Germany was Poland's top export market`.
RANKING_OPENING = re.compile(r"^(?:The\s+)?(?P<subject>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
                             r"(?:(?:also|still|now)\s+)?"
                             r"(?:is|was|remains|remained|became|has\s+been)\s+(?:(?:also|still|now)\s+)?(?:the\s+)?"
                             r"(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+(?:[\w-]+\s+){0,3}?"
                             rf"(?:{'|'.join(sorted(ROLE_WORDS))})s?\b")

# The words a story calls one of its pair by, as the owner of a ranking: `China remains the Kingdom's largest trading
# partner` (Saudi Arabia's, in a story of Saudi Arabia and Korea).
STAND_IN_OWNERS = frozenset({"Kingdom", "Republic", "Sultanate", "Emirate", "Emirates", "Federation", "Confederation"})


def _third_countrys_ranking(sentence: str, money: Money, pair: set[str], context: ArticleContext) -> bool:
    """The sentence ranks a country among another's partners, one of the two outside the pair (`China remains Peru's
    largest trading partner, with bilateral trade of about $14.2 billion`, in a story of Peru and South Korea): the
    amount after it is the trade of those two, unless the other of the pair is named before it."""
    if "'s" not in sentence and "’s" not in sentence or not any(role in sentence for role in ROLE_WORDS):
        return False
    ranking = RANKING_OPENING.match(sentence)
    if ranking is None or ranking.end() > money.start:
        return False
    subject = context.countries.canonical(ranking.group("subject"))
    if ranking.group("owner") in STAND_IN_OWNERS and subject is not None and subject not in pair:
        return not set(context.countries.mentioned(sentence[ranking.end():money.start])) & pair
    ranked = {subject, context.countries.canonical(ranking.group("owner"))}
    if None in ranked or ranked == pair:
        return False
    return not set(context.countries.mentioned(sentence[ranking.end():money.start])) & (pair - ranked)


# The words after `exports to` that may name the partner: `South Korea`, `the United Arab Emirates`.
PARTNER_WORDS = re.compile(r"[\w’'-]+")
# An amount, not a partner, after `trade to`: `US$300 million`, `RM44.7 billion`, `Rs. 5 billion`.
AMOUNT_AHEAD = re.compile(r"[A-Za-z]{0,3}\.?\s?[$€£¥₹\d]")


def _flow_partner(clause: str, flow: re.Match[str], context: ArticleContext) -> str | None:
    """The country a flow of trade goes to, comes from or is with, named right after `exports to` (`to South
    Korea`, `to China's`), not an adjective of a common noun (`from the South American giant`)."""
    if AMOUNT_AHEAD.match(clause, flow.end()):
        return None  # `raising two-way trade to US$300 million`
    words = [re.sub(r"[’']s$", "", w) for w in PARTNER_WORDS.findall(clause, flow.end(), flow.end() + 40)[:4]]
    return next((country for n in range(len(words), 0, -1)
                 if (country := context.countries.canonical(" ".join(words[:n])))), None)


# Trade that goes to or comes from one country, its other side left unsaid: `exports to Australia`, `imports from
# the kingdom`, `trade with Vietnam`, `the EUR 7 billion Greece traded with Italy`; the partner's name follows.
FLOW_TO = re.compile(r"\b(?i:(?=[esipt])(?:exports?|shipments?|sales|imports?|purchases|trade[ds]?))\s+"
                     r"(?:[\w-]+\s+)?(?:to|from|with)\s+"
                     r"(?:the\s+)?(?=[A-Z])")


def _flow_with(clause: str, named: set[str], context: ArticleContext) -> bool:
    """The one country of the pair named in the clause is the partner of a flow of trade (`exports to Australia
    could touch $10 billion`): the other side is the other of the pair, whose story it is."""
    if len(named) != 1:
        return False
    return any(set(context.countries.mentioned(clause[flow.end():flow.end() + 40])[:1]) == named
               for flow in FLOW_TO.finditer(clause))


def _world_total_subject(sentence: str, money: Money, context: ArticleContext) -> bool:
    """The amount is the predicate of a subject that is one country's total exports or imports (`Kenya's total
    merchandise exports, led by tea, rose to $7.1 billion`): its trade with the world, unless a partner of the pair or
    a new clause comes between (`..., of which Uganda took $900 million`)."""
    if "total" not in sentence and "overall" not in sentence:
        return False
    subject = WORLD_TOTAL_SUBJECT.match(sentence)
    if subject is None or subject.end() > money.start:
        return False
    between = sentence[subject.end(): money.start]
    return not CLAUSE_START.search(between) and "which" not in between \
        and len(set(context.countries.mentioned(sentence[:money.start])) & set(context.pair)) < 2


# The flow a figure of exports answers with, and the reverse.
OPPOSITE_FLOW = {"exports": "imports", "imports": "exports"}


def _one_sides_trade(context: ArticleContext, index: int, money: Money, metric: str, last_trade_sentence: int,
                     last_metric: str | None) -> bool:
    """Exports or imports of one of the pair with no partner in the clause (`Türkiye's defense exports reached a
    record $7.1 billion in 2024`) are its trade with the world, unless they go on from a figure of the pair just
    before (`Malaysia's trade with Türkiye rose to RM9bn. Malaysia's exports rose 10% to RM5bn.`), or answer one of
    the other way earlier in the sentence (`Canadian exports to Ecuador were worth $612-million, while Canada
    imported $1.1-billion worth of goods`)."""
    if metric not in ("exports", "imports") or index - last_trade_sentence == 1:
        return False
    if index == last_trade_sentence and last_metric == OPPOSITE_FLOW[metric]:
        return False
    sentence = context.sentences[index]
    clause = CLAUSE_START.split(sentence[: money.start])[-1] + sentence[money.start: money.end + 80]
    named = set(context.countries.mentioned(clause))
    return len(named & set(context.pair)) == 1 and not PAIR_CUES.search(sentence) \
        and not any(_is_partner(m, context) for m in PARTNER.finditer(clause))


def _is_partner(match: re.Match[str], context: ArticleContext) -> bool:
    """What follows to/from/with is a country (`to South Korea`, not `according to the Turkish Exporters
    Assembly`) or one named by a common noun (`to the kingdom`)."""
    words = (match.group("name") or "").split()
    return not words or any(context.countries.canonical(" ".join(words[:n])) for n in range(1, len(words) + 1))


def _period(sentence: str, money: Money, metric: str, context: ArticleContext, last: str | None,
            amounts: list[Money], carried: str | None = None, before_base: str | None = None) -> str | None:
    """The period nearest the amount, not one right after another amount (`$4 billion in 2022`) unless that is
    the same one in another currency (`RM121.7bil (US$26.6bil) in 2022`); with none of its own, the sentence's first;
    in a sentence with no time expression at all, the `carried` one of the figures just before; in one whose only
    period is that of a base it is compared with, the one of the figures before (`before_base`: `Trade reached $12m in
    2024. Exports were $7m, up 31% compared to 2023.`)."""
    column = _column_year(sentence, money, amounts) if "/" in sentence else None
    if column:
        return column
    others = [other for other in amounts if other is not money
              and not EQUIVALENT.fullmatch(sentence, min(money.end, other.end), max(money.start, other.start))]
    fiscal = fiscal_year_of(_reporters(sentence, money, context))
    if metric == "target":  # `$18 billion (Rp 290 trillion) by 2028`: the conversion stands in no deadline's way
        return target_year(sentence, money.start, [(o.start, o.end) for o in others], context.published, fiscal) \
            or _forecast_months(sentence, money, others, context, fiscal)
    found = find_periods(sentence, context.published, fiscal)
    bases = [p for p in found if COMPARISON_BASE.search(sentence, max(0, p.start - 50), p.start)]
    periods = [p for p in found if p not in bases and not DATE_OF_EVENT.search(sentence, max(0, p.start - 30), p.start)]
    if _is_stock(sentence, money, periods, metric):
        return _period_right_after(periods, money)
    earlier = year_earlier(sentence[money.end:money.end + 40], periods)
    if earlier:
        return earlier
    if not periods:  # `$3.1 billion during the period, against $2.9 billion a year earlier`: the last figure's
        earlier = year_earlier(sentence[money.end:money.end + 40], [Period(last, 0, 0)]) if last else None
        return earlier or _month_after(sentence, money, context.published) \
            or (last if SAME_PERIOD.search(sentence) or _same_year(sentence, last)
                else carried or _only_bases(found, bases, before_base))
    free = [p for p in periods if not any(0 <= p.start - other.end <= 6 for other in others)]
    if not free:  # `RM12.8 billion in 2023 from RM12.3 billion in 2022, with exports totalling RM7.1 billion`
        reported = [p for p in periods if not _deadline_of_other(sentence, p, others)
                    and not _period_of_base(sentence, p, others)]
        return reported[0].text if reported else before_base
    nearest = min(free, key=lambda p: _distance(sentence, p, money))
    nearest = _opening_period(sentence, free, money, nearest) or nearest
    return _as_of_year(sentence, nearest) if metric == "investment" else nearest.text


def _only_bases(found: list[Period], bases: list[Period], before_base: str | None) -> str | None:
    """The period of the figures before, for a figure whose sentence's periods are all bases of its change (`$7m,
    up 31% compared to 2023`); not where it has another time of its own (`since that year`, `so far`)."""
    return before_base if bases and len(bases) == len(found) else None


# The words before a period that opens a sentence and dates what follows it: `In 2014, trade stood at ...`.
OPENING_PERIOD_LEAD = re.compile(r"^\W*(?:(?:In|During|For|Over|Throughout)\s+(?:the\s+)?)?$")
OPENING_PERIOD_COMMA = re.compile(r"\s*,")


def _opening_period(sentence: str, free: list[Period], money: Money, nearest: Period) -> Period | None:
    """A period opening the sentence before a comma (`In 2014, trade stood at $22.4 billion, itself below the 2013
    peak`) dates the amount in its clause over a nearer one told after it in a later clause, the year of a comparison;
    not over one in the amount's own clause (`..., and rose to $25 billion in 2015`)."""
    if nearest.start < money.end or not CLAUSE_BREAK.search(sentence, money.end, nearest.start):
        return None
    opening = free[0]
    if opening is nearest or opening.start > 40 or opening.end > money.start \
            or not OPENING_PERIOD_LEAD.match(sentence[:opening.start]) \
            or not OPENING_PERIOD_COMMA.match(sentence, opening.end):
        return None
    return opening


# Two years a table's columns are headed by, and what stands between the two amounts of a row under them:
# `Bilateral trade (2023 / 2024): $1.2 billion / $1.4 billion`.
COLUMN_YEARS = re.compile(r"\b(?P<a>(?:19|20)\d\d)\s*/\s*(?P<b>(?:19|20)\d\d)\b")
COLUMN_GAP = re.compile(r"\s*/\s*")


def _column_year(sentence: str, money: Money, amounts: list[Money]) -> str | None:
    """The year of the column an amount stands in, when a row gives two amounts of one currency under two years
    (`2023 / 2024: $1.2 billion / $1.4 billion`): not the fiscal year `2023/2024`, nor a conversion (`RM5bil /
    US$1.1bil`)."""
    years = COLUMN_YEARS.search(sentence)
    if years is None:
        return None
    for other in amounts:
        if other.currency != money.currency:
            continue
        if other.end <= money.start and COLUMN_GAP.fullmatch(sentence, other.end, money.start):
            return years.group("b")
        if other.start >= money.end and COLUMN_GAP.fullmatch(sentence, money.end, other.start):
            return years.group("a")
    return None


def _forecast_months(sentence: str, money: Money, others: list[Money], context: ArticleContext,
                     fiscal: FiscalYear) -> str | None:
    """The months a forecast with no year of its own is for, said right after it (`expected to reach $150 million in
    the first quarter of 2025`), else the sentence's only span of months not said after another amount; a quarter
    named without its year is the next one to end, not the last one over (`expected to hit $500 million in the
    April-June quarter`, said in March 2025, is 2025's)."""
    if "quarter" not in sentence and "half" not in sentence:
        return None
    spans = [p for p in find_periods(sentence, context.published, fiscal) if "/" in p.text
             and not any(0 <= p.start - other.end <= STOCK_DATE_REACH for other in others)]
    months = next((p for p in spans if 0 <= p.start - money.end <= STOCK_DATE_REACH), None) \
        or (spans[0] if len(spans) == 1 else None)  # `Trade in the second quarter of 2025 is projected at $X`
    if months is None:
        return None
    if has_year_digits(sentence[months.start:months.end]):
        return months.text
    return _not_over(months.text, context.published)


def _not_over(months: str, published: PartialDate | None) -> str:
    """The span of months a year later when it ended before publication (`2024-04/2024-06` said in March 2025)."""
    first, _, last = months.partition("/")
    if published is None or published.month is None or len(first) != 7 or len(last) != 7 \
            or (int(last[:4]), int(last[5:])) >= (published.year, published.month):
        return months
    return f"{int(first[:4]) + 1}{first[4:]}/{int(last[:4]) + 1}{last[4:]}"


# The words that date a stock by the day it stood at: `stood at $1.2 billion as of June 2024`.
AS_OF_BEFORE = re.compile(r"\bas\s+(?:of|at)\s+(?:end-|(?:the\s+)?end\s+of\s+)?$", re.I)


def _as_of_year(sentence: str, period: Period) -> str:
    """A stock as of a month (`$1.2 billion as of June 2024`) is of that month's year, as one as of December is: a
    period is a year or a span of months, and one month alone is a flow's."""
    if len(period.text) != 7 or "as " not in sentence:
        return period.text
    return period.text[:4] if AS_OF_BEFORE.search(sentence, max(0, period.start - 22), period.start) else period.text


def _reporters(sentence: str, money: Money, context: ArticleContext) -> list[str]:
    """Who may count the amount by its fiscal year, likeliest first: the country of its currency, then those the
    sentence names (or, naming none, the story's first sentence), then the pair; a partner of the figure (`exports to
    Australia`, `imports from Japan`) last."""
    partners = {country for flow in FLOW_TO.finditer(sentence) if not _origin(flow)
                for country in context.countries.mentioned(sentence[flow.end():flow.end() + 40])[:1]}
    named = context.countries.mentioned(sentence)
    if not named and context.sentences:  # `the figure was up from $5.2 billion in 2022/23`: the story's own first
        named = context.countries.mentioned(context.sentences[0])
    named = [*named, *context.pair]
    own = CURRENCY_COUNTRIES.get(_currency(sentence, money, context))
    return ([own] if own else []) + [c for c in named if c not in partners] + [c for c in named if c in partners]


def _origin(flow: re.Match[str]) -> bool:
    """The country after the flow is where the goods come from, the one reporting them: `Exports from India to
    Bangladesh during the first half of FY2024-25` are India's, counted by India's fiscal year."""
    words = flow.group().lower().split()
    return words[0].startswith(("export", "shipment", "sale")) and words[-1] == "from"


def _figure_currency(sentence: str, money: Money, context: ArticleContext, signed: dict[float, str]) -> str:
    """A figure's currency: that of a signed home amount it restates without the sign, else the amount's own."""
    return restated_home(money, sentence, signed) or _currency(sentence, money, context)


def _currency(sentence: str, money: Money, context: ArticleContext) -> str:
    """The amount's currency: a bare `$` or `dollars` the home dollar of the country the article is written from,
    a shared sign or word that of the pair's country using it, or writing it (`Rs` in Kathmandu)."""
    home = home_currency(money, sentence, context.home_dollar) if money.currency == "USD" else None
    return home or local_currency(money, context.pair, sign_writer(context.dateline_place, context.source))


# A month right after an amount, with no year: the month it was counted in (`fell 3.2% to $298 million in
# February`); a month alone elsewhere in a sentence may date a happening instead.
MONTH_AFTER = re.compile(rf"\s+in\s+(?P<m>{MONTH_PATTERN})\b(?![\s,]*\d)")


def _month_after(sentence: str, money: Money, published: PartialDate | None) -> str | None:
    """The latest such month over by publication (`in October` in a story of March 2025: 2024-10)."""
    match = MONTH_AFTER.match(sentence, money.end) if published and published.month else None
    month = month_number(match.group("m")) if match else None
    if not month or published is None or published.month is None:
        return None
    return f"{published.year if published.month > month else published.year - 1}-{month:02d}"


def _period_of_base(sentence: str, period: Period, others: list[Money]) -> bool:
    """The period is that of another amount a figure is compared with (`amounted to €1.5 billion, down from €4
    billion in 2014`): the base's year, not the figure's."""
    for other in others:
        if 0 <= period.start - other.end <= 6 and BASE_AMOUNT.search(sentence, max(0, other.start - 40), other.start):
            return True
    return False


def _finance(sentence: str, money: Money) -> bool:
    """The amount is a credit line, a loan facility or a currency swap for trade, said in its clause before it or
    right after it."""
    if "credit" not in sentence and "facilit" not in sentence and "swap" not in sentence:
        return False
    before = CLAUSE_END.split(sentence[max(0, money.start - 110): money.start])[-1]
    return FINANCE.search(before) is not None or FINANCE_AFTER.match(sentence, money.end) is not None


# Money put up to pay for trade, not trade: `BNDES has set aside 3 billion reais ($520 million) to finance Brazilian
# exports`, `$200 million earmarked for export insurance`, `RM50 million in trade financing`, `a fund of $1 billion to
# promote exports`, `$250 million was earmarked to insure shipments` (a conversion in brackets may stand between the
# amount and its purpose).
FUNDING_AFTER = re.compile(r"(?:\s*\([^()]{0,40}\))?,?\s+(?:(?:(?:was|were|is|are|has\s+been|had\s+been|will\s+be)\s+)?"
                           r"(?:earmarked|allocated|set\s+aside|reserved)\s+)?"
                           r"(?:to|for|in)\s+(?:help\s+)?(?:(?:export|import|trade)\s+)?"
                           r"(?:financ|fund|insur|promot|subsidi[sz]|underwrit|credit)", re.I)
FUNDING_WORDS = ("financ", "fund", "insur", "promot", "subsidi", "underwrit", "credit")


def _funds_trade(sentence: str, money: Money) -> bool:
    """The amount is money set aside to finance, insure or promote trade, said right after it."""
    return any(word in sentence for word in FUNDING_WORDS) and FUNDING_AFTER.match(sentence, money.end) is not None


def _deadline_of_other(sentence: str, period: Period, others: list[Money]) -> bool:
    """The period is the deadline of another amount's target (`trade reached SR26 billion last year, and both aim
    to lift it to $10 billion by 2030`): it belongs to that amount's clause, not to a figure of the one before."""
    for other in others:
        deadline = BY_YEAR.match(sentence, other.end)
        if deadline and deadline.start() <= period.start < deadline.end():
            return True
    return False


def _distance(sentence: str, period: Period, money: Money) -> int:
    """How far a period is from an amount; one across a clause break (`$5 billion in 2022, and $6 billion in
    the January-November 2023 period`) counts as farther than one in the amount's own clause."""
    start, end = (period.end, money.start) if period.end <= money.start else (money.end, period.start)
    return max(end - start, 0) + (40 if CLAUSE_BREAK.search(sentence, start, end) else 0)


# A target's deadline said in the next sentence, the target referred back to: `Our goal of $10 billion is realistic.
# We want to reach it by 2030.`
DEADLINE_NEXT = re.compile(r"^\W*(?:[\w’']+\s+){0,5}?(?:reach|achieve|hit|meet|attain)\s+(?:it|this|that|the\s+"
                           r"(?:target|goal|figure))\s+(?:by|before)\s+(?:the\s+end\s+of\s+)?(?P<y>(?:19|20)\d\d)\b",
                           re.I)


def _deadline_said_next(context: ArticleContext, index: int) -> str | None:
    """The year of a target with none of its own, said by the next sentence of reaching it."""
    following = context.sentences[index + 1] if index + 1 < len(context.sentences) else ""
    deadline = DEADLINE_NEXT.match(following) if " by " in following or " before " in following else None
    return deadline.group("y") if deadline else None


Kept = tuple[Money, str, str | None]  # an amount kept as a figure, with its metric and period


# A target a figure is measured against: `$865 million in FY25 against a target of $1.2 billion`, `short of the goal of`.
AGAINST_TARGET = re.compile(r"\b(?:against|versus|vs\.?|compared\s+(?:with|to)|short\s+of|below|above)\s+(?:an?\s+|the\s+|"
                            r"its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:target|goal)\s+of\s+(?:about\s+|around\s+|some\s+)?$",
                            re.I)


def _period_measured_against(sentence: str, money: Money, kept: Kept | None) -> str | None:
    """The period of a target with no deadline of its own that the figure just before is measured against: that
    figure's (`exports in FY25 were $865 million against a target of $1.2 billion`)."""
    if kept is None or kept[1] == "target" or not AGAINST_TARGET.search(sentence, max(0, money.start - 60), money.start):
        return None
    return kept[2]


# A stock built up over the years, not a flow of one period: `bringing the total registered capital to $92 billion`,
# `raising cumulative investment to $5.8 billion`, `the total stock of direct investment to EUR12 billion`.
STOCK = re.compile(r"\b(?=[bcrtsa])(?:(?:bringing|brought|brings|taking|took|takes|raising|raised|pushing|pushed)\s+"
                   r"(?:the\s+|its\s+|their\s+)?(?:total|cumulative|overall|aggregate)|cumulative|accumulated|"
                   r"total\s+stock|stock\s+of)\b", re.I)
# Words that make a total of trade one summed over the years: `cumulative`, `since 2010`, `to date`.
SUMMED_OVER_YEARS = re.compile(r"\b(?:cumulative|accumulated|since|to\s+date|so\s+far|stock)\b", re.I)
# How far after a stock's amount the date it stood at may come: `to $5.8 billion as of end-2024`.
STOCK_DATE_REACH = 25


def _is_stock(sentence: str, money: Money, periods: list[Period], metric: str) -> bool:
    """The amount is a stock summed over the years (`bringing the total registered capital to $92 billion`): the
    period of a flow in the same sentence (`$520 million in January-June 2024, bringing ...`) is not its own. One
    summed over a period said in its own clause is that period's (`cumulative exports in January-October reached`);
    so is a flow of trade a figure before adds up to (`imports of $4.2 billion last year, taking total two-way trade
    to $4.9 billion`), unless said to be summed over the years."""
    clause = _clause_before(sentence, money)
    if not ("total" in clause or "stock" in clause or "umulat" in clause) or STOCK.search(clause) is None:
        return False
    if metric in TRADE_METRICS and not SUMMED_OVER_YEARS.search(clause):
        return False
    return not any(money.start - len(clause) <= p.start < money.start for p in periods)


def _period_right_after(periods: list[Period], money: Money) -> str | None:
    """The period said right after a stock's amount, the date it stood at (`to $12 billion at the end of 2024`)."""
    return next((p.text for p in periods if 0 <= p.start - money.end <= STOCK_DATE_REACH), None)


# Between a part and the whole it is of: `US$1.6 billion of the US$4.3 billion in investment pledges`, `$2 billion out
# of a total of $9 billion`.
PART_OF_WHOLE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|a\s+|an\s+)?(?:total\s+(?:of\s+)?)?"
                           r"(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+)?", re.I)


def _whole_of_part(sentence: str, money: Money, metric: str, kept: Kept | None) -> bool:
    """The amount is the whole that the figure just before, of the same measure, is part of (`UAE-based investors
    accounted for US$1.6 billion of the US$4.3 billion in investment pledges`): all sides', not the pair's. A whole of
    another measure may be the pair's (`exports made up $3 billion of the $5 billion traded`), and so may one said
    to be (`of the $5 billion in bilateral trade`)."""
    if kept is None or kept[1] != metric or " of " not in sentence[kept[0].end: money.start] \
            or not PART_OF_WHOLE.fullmatch(sentence, kept[0].end, money.start):
        return False
    return PAIR_CUES.search(AFTER_CLAUSE_END.split(sentence[money.end:], 1)[0]) is None


# A clause that gives a part of the amount before it: `$118.9 million, of which Kazakh exports accounted for`, `, of
# which exports to Chile made up`.
PART_OF_KEPT = re.compile(r",\s+of\s+which\s+[^,;:()]*$")


def _part_of_kept(sentence: str, money: Money, metric: str, kept: Kept | None) -> bool:
    """The amount is one way's share of the pair's trade just given (`trade reached $118.9 million, of which Kazakh
    exports accounted for $41.2 million`): the pair's exports or imports, though the clause names one side only."""
    return kept is not None and kept[1] == "total_trade" and metric in ("exports", "imports") \
        and "which" in sentence and PART_OF_KEPT.search(sentence, kept[0].end, money.start) is not None


def _converted(sentence: str, money: Money, kept: Kept | None) -> tuple[str, str | None] | None:
    """The metric and period of the figure an amount converts (`US$10 billion (RM44.7 billion)`): the same
    figure in another currency, whatever words lie nearer to it."""
    if kept is None or not CONVERSION.fullmatch(sentence, kept[0].end, money.start):
        return None
    return kept[1], kept[2]


def find_trade_figures(context: ArticleContext) -> list[TradeFigure]:
    """Figures in reading order; a later mention of the same amount without a period adds nothing."""
    figures: list[TradeFigure] = []
    seen: set[tuple[str, str, str | None, float]] = set()
    last_trade_sentence = dated_sentence = -10
    signed = signed_home_amounts(context.pair, context.sentences)
    for index, sentence in enumerate(context.sentences):
        amounts = find_money(sentence)
        kept: Kept | None = None
        dropped: Money | None = None
        carried = (_carried_period(context, figures, index, dated_sentence) or _lead_in_period(context, index)) \
            if amounts else None
        before_base = carried or _carried_period(context, figures, index, dated_sentence, timeless=False) \
            if amounts else None
        for money in amounts:
            if dropped is not None and CONVERSION.fullmatch(sentence, dropped.end, money.start):
                dropped = money  # the same amount as one that is no figure, in another currency
                continue
            converted = _converted(sentence, money, kept)
            if converted:
                metric, period = converted
                kept = (money, metric, period)
                _add_figure(figures, seen, TradeFigure(metric=metric, value=money.value,
                                                        currency=_figure_currency(sentence, money, context, signed),
                                                        period=period, quote=sentence))
                continue
            metric = _metric(sentence, money, amounts) or _referred_back(context, index, money)
            if metric is None and _continues_trade(context, index, money, last_trade_sentence):
                metric = _continued_metric(figures)
            if metric in TRADE_METRICS and _deadline_ahead(sentence, money, context.published):
                metric = "target"
            if metric is None or metric == "target" and _forecasters_estimate(sentence, money) \
                    or NOT_TRADE.search(sentence, max(0, money.start - 40), money.start) \
                    or NOT_TRADE_AFTER.match(sentence, money.end) or UNIT_PRICE_AFTER.match(sentence, money.end) \
                    or _is_change(sentence, money) or _bound_of_target_base(sentence, money, kept) \
                    or "hares" in sentence and SHARE_PRICE_BEFORE.search(sentence, max(0, money.start - 110), money.start) \
                    or _finance(sentence, money) or metric != "investment" and _funds_trade(sentence, money):
                dropped = money
                continue
            part = _part_of_kept(sentence, money, metric, kept)
            if not part and not _about_pair(context, index, money, metric) \
                    or _worth_of_instrument(sentence, money, amounts) \
                    or _item_of_figure(sentence, money, amounts) or _whole_of_part(sentence, money, metric, kept) \
                    or not part and _one_sides_trade(context, index, money, metric, last_trade_sentence,
                                                     figures[-1].metric if figures else None):
                dropped = money
                continue
            trade = metric in TRADE_METRICS
            period = _period(sentence, money, metric, context, _period_referred(sentence, figures), amounts,
                             carried if trade else None, before_base if trade else None)
            if metric == "target" and period is None:
                period = _deadline_said_next(context, index) or _period_measured_against(sentence, money, kept)
            kept = (money, metric, period)
            added = _add_figure(figures, seen, TradeFigure(metric=metric, value=money.value,
                                                           currency=_figure_currency(sentence, money, context, signed),
                                                           period=period, quote=sentence))
            if added or period:  # a dated figure said again (a summary's, now in the body) still dates what follows
                last_trade_sentence = index
                if period and metric in TRADE_METRICS:
                    dated_sentence = index
    return figures


def _add_figure(figures: list[TradeFigure], seen: set[tuple[str, str, str | None, float]],
                figure: TradeFigure) -> bool:
    """Adds a figure unless the same was given before, or restated without a period."""
    key = (figure.metric, figure.currency, figure.period, round(figure.value))
    restated = figure.period is None and any(k[:2] == key[:2] and k[3] == key[3] for k in seen)
    if key in seen or restated:
        return False
    seen.add(key)
    figures.append(figure)
    return True
