"""Rankings: `third-largest trading partner among West Asian countries`, `largest export destination`."""
from __future__ import annotations

import re

from bot.core.alternations import at_word_start
from bot.core.article_context import ArticleContext
from bot.core.countries import BLOCS
from bot.core.facts import Ranking
from bot.core.periods import find_periods
from bot.core.sentences import word_set

RANK_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
              "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
              "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10}
# A destination of one's exports is an export destination: `eighth largest destination for Turkish exports`.
ROLES = (r"trading\s+partner|trade\s+partner|export\s+destination|export\s+market|"
         r"destination\s+(?:for|of)\s+(?:(?:its|their|[A-Z][\w-]*)\s+)?exports|source\s+of\s+imports|"
         r"import\s+source|investor|source\s+of\s+(?:foreign\s+)?(?:direct\s+)?investment|source\s+of\s+FDI|"
         r"supplier|buyer|market|"
         r"economic\s+partner|tourism\s+market|source\s+of\s+(?:foreign\s+)?tourists")
# A word between the superlative and the role: `top crude supplier`, `largest foreign investor`; a capitalised
# one names the scope (`largest European investor`, `largest ASEAN investor`); one or two lower-case ones name
# what is traded (`10th largest palm oil market`).
MODIFIER = (r"foreign|overseas|single|overall|two-way|crude|oil|gas|energy|"
            r"(?-i:[A-Z][a-z]+an|[A-Z]{2,6}|Arab|Gulf|Asean)")
# The look-aheads for the first letters of its parts (and of the space or hyphen before a role) spare trying each of
# their words at most places.
RANKING = re.compile(
    rf"(?=[fstenibml\d\s-])"
    rf"(?:(?=[fsten\d])(?:\b(?P<ord>{'|'.join(RANK_WORDS)})[- ]|\b(?P<nth>\d{{1,3}})(?:st|nd|rd|th)[- ]|"
    rf"(?:No\.?\s*|number\s+)(?P<num>\d+)\s+|(?P<top>top)\s+))?"
    rf"(?:(?=[lbtm])(?P<sup>largest|biggest|top|leading|main|major)[- ]?\s*"
    rf"(?:(?P<mod>{MODIFIER})\s+|(?-i:[a-z]{{3,}}\s+){{1,2}}?)??)?"
    rf"[- ]?\s*(?=[tesibmd])(?P<role>{ROLES})", re.I)
ROLE_WORDS = frozenset({"partner", "destination", "market", "source", "investor", "supplier", "buyer"})
PLURAL_ROLE_WORDS = frozenset(word + "s" for word in ROLE_WORDS)
# The roles in the plural, each head noun of ROLES with its `s`: `trading partners`, `sources of imports`.
ROLE_HEAD = re.compile(rf"\b({'|'.join(ROLE_WORDS)})\b")
PLURAL_ROLES = ROLE_HEAD.sub(r"\1s", ROLES)
# A place among a country's partners: `ranked fifth among Kazakhstan's trading partners`, `climbed to sixth place
# among Chile's export markets`, `third position among Peru's sources of imports`.
RANKED_AMONG = re.compile(rf"\b(?P<ord>{'|'.join(RANK_WORDS)})(?:\s+(?:place|position|spot))?\s+among\s+(?:the\s+)?"
                          rf"(?:[\w.’'-]+\s+){{1,3}}?"
                          rf"(?P<role>{PLURAL_ROLES})\b", re.I)
# The head noun of a role read in the plural, which `_role` makes singular again: `sources` of `sources of imports`.
PLURAL_HEAD = re.compile(rf"\b({'|'.join(ROLE_WORDS)})s\b")
# The countries ranked next, right after a ranking: `largest trading partner in 2024, followed by the UAE and India`.
FOLLOWED_BY = re.compile(r"[^,;]{0,40}?,?\s+(?:and\s+)?(?:closely\s+)?followed\s+(?:closely\s+)?by\s+(?P<list>[^;]+)")
# The countries ranked before, right after a ranking with no ordinal: `largest trading partner in Europe after the
# Netherlands and Germany` (third).
RANKED_AFTER = re.compile(r"[^,;]{0,40}?\s+(?:only\s+)?after\s+(?P<list>[^;]+)")
LIST_ITEM = re.compile(r",|\band\b")
PARENTHESES = re.compile(r"\([^()]*\)")  # `followed by the UAE ($5.2 billion) and India`
LEADING_THE = re.compile(r"^\s*(?:the\s+)?")
WORLDS = re.compile(r"\bworld[’']s\s+$", re.I)
SUPERLATIVES = frozenset({"largest", "biggest", "top", "leading", "main", "major", "no", "number", *RANK_WORDS})
ANY_ROLE_WORDS = ROLE_WORDS | PLURAL_ROLE_WORDS
_REGION = (r"(?:(?:sub-)?[A-Z][\w-]*\s+){0,2}(?:Asia|Europe|Africa|America|Americas|Oceania|Middle\s+East|Gulf|"
           r"Pacific|Caribbean|Balkans|European\s+Union|EU|Asean)\b")
# A region may be two joined by `and`: `Central and Eastern Europe`, `the Middle East and North Africa`.
SCOPE = re.compile(at_word_start("among", "in", "within", "from")
                   + r"\s+(?:the\s+)?(?P<scope>(?:[A-Z][\w-]*\s+){0,3}(?:member\s+)?"
                   r"(?:countries|nations|region|economies|states|bloc|[A-Z]{3,6})(?:\s+region)?|"
                   r"(?:(?:North|South|East|West|Central|(?:North|South)-?(?:east|west))(?:ern)?\s+and\s+)?"
                   + _REGION + r"(?:\s+and\s+" + _REGION + r")?)")
# Scopes that refer back to one named before in the sentence: `largest trading partner in ASEAN and its second-biggest
# source of imports in the region` (ASEAN).
REFERRING_SCOPES = frozenset({"region", "bloc"})
# Where one clause of a sentence ends and another, maybe with a ranking of its own, begins: at `while`, `but`, at a
# relative clause (`, which established ties with it in 1992`), at a speaker's next point (`Egypt's largest trading
# partner in Africa, adding that ... the free trade agreement signed in 2005`), or `and` with a subject and a verb of
# its own (`, and the FTA, which entered into force on January 1, 2022, has`, `, and the two sides signed a swap deal in
# 2018`), not `and` before another ranking of the same subject (`, and the fourth-largest source of imports`); a
# clause of the trade the ranking rests on goes on with it (`China is Saudi Arabia's biggest trading partner, and
# two-way trade hit US$87.3 billion in 2021`).
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but|although|which)\b|,\s+(?:adding|noting|saying|stressing)\b|"
                          r",\s+and\s+(?=(?:the|its|their|[A-Z][\w-]*)\s)"
                          r"(?!(?:the|its|their)\s+(?:[\w-]+\s+)?(?:[\w-]*largest|biggest|top|leading|main|major|"
                          r"first|second|third|\d+(?:st|nd|rd|th))\b)(?=[^;]*?\b(?:has|have|had|is|are|was|were|will|"
                          r"would|signed|agreed)\b)")
# A second rank of the same role right after a ranking, the role left unsaid: `the 12th largest export destination for
# Bangladesh and the fourth largest in Asia`, `its largest export market in Southern Africa, and its fifth-largest on
# the continent`, `fifth-largest trading partner globally and second-largest among ASEAN member states`; a scope or the
# clause's end follows, not a role or another noun (`and the biggest spender`).
# (It opens with a space or a comma, looked ahead for before trying its branches.)
ELLIPTICAL = re.compile(rf"(?=[\s,])(?:\s+(?:globally|worldwide|overall))?,?\s+and\s+(?:(?:the|its|their)\s+)?"
                        rf"(?:(?P<ord>{'|'.join(RANK_WORDS)})|(?P<nth>\d{{1,3}})(?:st|nd|rd|th))[- ]?(?:largest|biggest)"
                        r"(?=\s+(?:in|among|within|on|from)\b|\s*[,.;]|$)", re.I)
# Another predicate after a ranking, not a rank, which a scope after it belongs to: `15th largest trading partner, and
# its fastest-growing market among ASEAN members` (the 15th place has no scope).
OTHER_PREDICATE = re.compile(r",\s+and\s+(?:its|the|their)\s+(?![\w-]*(?:largest|biggest)\b|(?:top|leading|main|major|"
                             r"first|second|third|\d+(?:st|nd|rd|th))\b)[\w-]+")
# `making X Y's`, `making X the country's`: the ranked country X, then whose partner it is.
MADE = re.compile(r"\b(?:making|makes|made|make)\s+(?P<rest>(?:the\s+)?(?:[A-Z][\w.’'-]*\s+){1,4}(?:(?:the\s+)?"
                  r"(?:[A-Z][\w.-]*|country|nation)[’']s\s+(?:[\w-]+\s+){0,3}|the\s+))$")
# `making the bloc the country's`, `making the kingdom the second largest Arab investor in Egypt`: the ranked party
# called by what it is, one of the pair named before.
MADE_REFERENCE = re.compile(r"\b(?:making|makes|made|make)\s+the\s+(?P<kind>bloc|kingdom|republic|country|nation)\s+"
                            r"(?:(?:the\s+)?[\w.-]+[’']s\s+(?:[\w-]+\s+){0,3}|the\s+)$")
# `making it the fifth-largest investor in the country`: `it` is the country the sentence is about, its first named.
MADE_PRONOUN = re.compile(r"\b(?:making|makes|made|make)\s+it\s+(?:(?:the\s+)?[\w.-]+[’']s\s+(?:[\w-]+\s+){0,3}|the\s+)$")
# (It opens with a capital or `the`, looked ahead for before trying its branches.)
SUBJECT = re.compile(r"(?=[A-Zt])(?:\b(?i:the)\s+)?(?P<subject>[A-Z][\w’'ÇĞİÖŞÜçğıöşü-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
                     r"(?:(?:also|still|now)\s+)?(?:is|was|remains|remained|"
                     r"became|becomes|ha[sd]\s+(?:been|become)|rank(?:s|ed)?(?:\s+as)?|emerged\s+as|"
                     r"continues\s+to\s+be|(?:retain(?:s|ed)?|maintain(?:s|ed)?|keeps|kept)\s+(?:its|their)\s+"
                     r"(?:position|place|status|spot)\s+as|"
                     # a place held, right before its rank: `Chile holds the third position among`
                     r"(?:holds|held|occupies|occupied)(?=\s+(?:the\s+)?$)|"
                     # a move in the ranking: `Peru climbed to sixth place among Chile's export markets`
                     r"(?:climbed|rose|moved\s+up|jumped|slipped|fell|dropped)\s+to)\b")

# A ranking the second verb of the sentence's subject gives: `Türkiye accounted for 3.7% of Kazakhstan's foreign trade
# and ranked sixth among its trading partners`; the country the sentence opens with is ranked (none when it opens with
# one's possession: `Kazakhstan's trade with ...`).
COORDINATED_RANK = re.compile(r"\band\s+(?:also\s+)?(?:ranked|ranks|was|is|remains|remained|became)(?:\s+as)?\s+"
                              r"(?:[\w’'-]+\s+){0,3}$")

# A sentence whose subject is `it`, going on from a ranking in the sentence before: `Türkiye was Egypt's
# fourth-largest export market. It also ranked as Egypt's fifth-largest source of imports.`
PRONOUN_SUBJECT = re.compile(r"^(?:It|The\s+country)\s+(?:(?:also|further|additionally|still)\s+)?(?:is|was|remains|"
                             r"remained|became|ha[sd]\s+been|rank(?:s|ed)?(?:\s+as)?)\b")

# A country's firms as the subject: `South Korean firms are Vietnam's largest foreign investors`.
FIRMS_SUBJECT = re.compile(r"\b(?P<subject>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\s+(?:firms|companies|investors|businesses|"
                           r"enterprises|corporations)\s+(?:are|were|remain(?:ed)?|ha(?:ve|d)\s+been|became)\b")
# The end of a role written in the plural: `investor` + `s`.
PLURAL_END = re.compile(r"s\b")


# What `re.I` reads as an ASCII letter but str.lower keeps apart: a dotless `ı`, a long `ſ`, the dot `İ` lower-cases to.
_CASE_BLIND = str.maketrans({"ı": "i", "ſ": "s", "\u0307": None})


def _rank(match: re.Match[str]) -> int | None:
    if match.re is ELIDED_ROLE:
        return RANK_WORDS[match.group("ord").lower()] if match.group("ord") else \
            int(match.group("nth")) if match.group("nth") else None
    if match.group("ord"):  # `thırd` (a Turkish keyboard's `ı`) is `third`, as the pattern read it
        return RANK_WORDS.get(match.group("ord").lower().translate(_CASE_BLIND))
    if match.re is RANKED_AMONG:
        return None
    if match.group("num") or match.group("nth"):
        return int(match.group("num") or match.group("nth"))
    if match.group("sup") and match.group("sup").lower() in {"largest", "biggest", "top"}:
        return 1
    if match.group("top"):
        return 1
    return None


def _ranking_matches(sentence: str, words: frozenset[str]) -> list[re.Match[str]]:
    """Every ranking phrase of a sentence with its rank: `third-largest trading partner`, `fifth among ... partners`."""
    matches = [m for m in RANKING.finditer(sentence) if _rank(m) and not _of_the_world(sentence, m)] \
        if not words.isdisjoint(ANY_ROLE_WORDS) else []
    if _ranked_among(words):
        matches += RANKED_AMONG.finditer(sentence)
    return matches


def _of_the_world(sentence: str, match: re.Match[str]) -> bool:
    """`the world's largest oil supplier` ranks a country among all, not among one country's partners."""
    return WORLDS.search(sentence, max(0, match.start() - 10), match.start()) is not None


def _ranked_among(words: frozenset[str]) -> bool:
    return "among" in words and not words.isdisjoint(PLURAL_ROLE_WORDS)


def _scope(match: re.Match[str], scopes: list[re.Match[str]], clause: tuple[int, int]) -> str | None:
    """The scope named after the ranking, else before it, in the ranking's own clause (`23rd largest trading partner
    globally, while Malaysia was its largest trading partner among ASEAN member states`: none for the first), else
    by its capitalised modifier (`European investor`); `clause` is the ranking's, from `_clause_of`."""
    if scopes:
        start, end = clause
        scopes = [s for s in scopes if start <= s.start() and s.end() <= end]
    scope = next((s.group("scope") for s in scopes if s.start() >= match.end()), None) \
        or next((s.group("scope") for s in reversed(scopes) if s.end() <= match.start()), None)
    if scope:
        return scope.removesuffix(" region")
    modifier = match.group("mod") if match.re is RANKING else None
    return modifier if modifier and modifier[0].isupper() else None


def _scope_after(sentence: str, second: re.Match[str], scopes: list[re.Match[str]], end: int) -> str | None:
    """The scope right after a second rank with its role left unsaid (`and the fourth largest in Asia`)."""
    scope = next((found.group("scope") for found in scopes if found.start() >= second.end() and found.end() <= end
                  and not sentence[second.end():found.start()].strip(" ,")), None)
    return scope.removesuffix(" region") if scope else None


def _clause_of(sentence: str, match: re.Match[str]) -> tuple[int, int]:
    """Where the clause of a ranking begins and ends: at a semicolon or a comma before `while` or `but` (not
    `and`, which lists rankings of one scope: `third-largest trading partner, and fourth-largest source of imports
    among West Asian countries`)."""
    start = max((cut.end() for cut in CLAUSE_BREAK.finditer(sentence, 0, match.start())), default=0)
    after = CLAUSE_BREAK.search(sentence, match.end())
    return start, after.start() if after else len(sentence)


def _subject(head: str, context: ArticleContext, plural: bool) -> str | None:
    """The country ranked: the last one named as the subject of `is`, `was`, `remains` before the ranking,
    or the object of `making` right before it (`..., making Vietnam Malaysia's third largest partner`); for a
    role in the plural, only a country whose firms are ranked (`South Korean firms are Vietnam's largest
    investors`, not `Japan is among the largest investors`)."""
    if plural:
        return next((subject for found in reversed(list(FIRMS_SUBJECT.finditer(head)))
                     if (subject := context.countries.of_demonym(found.group("subject")))), None)
    referred = MADE_REFERENCE.search(head) if "mak" in head or "made" in head else None
    if referred:
        return _referred_party(head[:referred.start()], referred.group("kind"), context)
    pronoun = MADE_PRONOUN.search(head) if " it " in head else None
    if pronoun:
        return next(iter(context.countries.mentioned(head[:pronoun.start()])), None)
    made = MADE.search(head)
    if made:
        subject = _country_at_start(made.group("rest"), context)
        if subject:
            return subject
    subjects = [context.countries.canonical(found.group("subject")) for found in SUBJECT.finditer(head)]
    subject = next((subject for subject in reversed(subjects) if subject), None)
    if subject is None and " and " in head and COORDINATED_RANK.search(head):
        return _country_at_start(head, context)
    return subject


def _referred_party(before: str, kind: str, context: ArticleContext) -> str | None:
    """The party of the pair `the bloc` (a bloc) or `the kingdom` (a country) stands for: the first such one the
    sentence names before it (`EU investment in Indonesia ..., making the bloc the country's fifth-largest
    investor`)."""
    named = [party for party in context.countries.mentioned(before) if party in context.pair]
    return next((party for party in named if (party in BLOCS) == (kind == "bloc")), None)


def _is_plural(sentence: str, match: re.Match[str]) -> bool:
    """The role of a ranking is written in the plural: `largest foreign investors`."""
    return match.re is RANKING and PLURAL_END.match(sentence, match.end()) is not None


def _country_at_start(text: str, context: ArticleContext) -> str | None:
    """The country the words begin with (`Saudi Arabia Malaysia's` -> Saudi Arabia), the longest name first."""
    words = text.split()
    for size in range(min(4, len(words)), 0, -1):
        country = context.countries.canonical(" ".join(words[:size]))
        if country:
            return country
    return None


def _role(match: re.Match[str]) -> str:
    """The role in lower case, an abbreviation spelt out: `source of FDI` -> `source of foreign direct investment`,
    a destination of exports named as one: `destination for Turkish exports` -> `export destination`."""
    role = re.sub(r"\s+", " ", match.group("role").lower())
    if match.re is RANKED_AMONG:  # a place among partners, read in the plural: `sources of imports`
        role = PLURAL_HEAD.sub(r"\1", role)
    if role.startswith("destination"):  # `destination for Turkish exports`
        return "export destination"
    return role.replace(" fdi", " foreign direct investment")


# Words before a year that make it when a ranking began to hold, not the year it is about: `China has been Brazil's
# largest trading partner since 2009`.
SINCE = re.compile(r"\b(?:since|ever\s+since)\s+(?:(?:the\s+)?(?:year|early|late|mid|end\s+of)\s+)?$", re.I)


def _year(sentence: str, clause: tuple[int, int], context: ArticleContext) -> str | None:
    """The year of the first period of the ranking's clause that lies within one year (`in the first half of 2019`),
    not a fiscal year across two, nor the start of a run (`since 2009`); else the last of a clause before, which the
    rest of the sentence goes on in (`X was Y's 23rd largest partner in 2024, while Y was X's largest`), never one of
    a clause after (`X is Y's largest supplier, while Y was the third-largest buyer in 2023`)."""
    years = [period for period in find_periods(sentence, context.published)
             if (period.text[:4] == period.text[-7:-3] or "/" not in period.text)
             and period.start < clause[1] and not SINCE.search(sentence, max(0, period.start - 20), period.start)]
    own = [period for period in years if period.start >= clause[0]]
    chosen = own[0] if own else years[-1] if years else None
    return chosen.text[:4] if chosen else None


def find_rankings(context: ArticleContext) -> list[Ranking]:
    rankings: list[Ranking] = []
    pair = list(context.pair)
    previous: str | None = None  # the subject ranked by the sentence before
    for sentence in context.sentences:
        words = word_set(sentence)
        referred, previous = previous, None
        if words.isdisjoint(ANY_ROLE_WORDS) or words.isdisjoint(SUPERLATIVES):  # the fewer words, the rarer, first
            continue
        ranked = [(match, subject, _rank(match) or 1) for match in _ranking_matches(sentence, words)
                  if (subject := _subject(sentence[:match.start()], context, _is_plural(sentence, match))
                      or _referred_subject(sentence, match, referred))]
        if "after" in words:
            ranked = [(match, subject, rank + len(_countries_listed(RANKED_AFTER, sentence, match, context))
                       if _by_superlative(match) else rank) for match, subject, rank in ranked]
        if "followed" in words:
            ranked += [(match, follower, rank + place) for match, _, rank in ranked
                       for place, follower in enumerate(_followers(sentence, match, context), 1)]
        ranked = [(match, subject, rank) for match, subject, rank in ranked if subject in pair]
        if not ranked:
            continue
        scopes = list(SCOPE.finditer(sentence))
        named_scope: str | None = None
        for match, subject, rank in ranked:
            clause = _clause_of(sentence, match)
            second = ELLIPTICAL.search(sentence, match.end(), clause[1]) if "and" in words else None
            other = OTHER_PREDICATE.search(sentence, match.end(), clause[1]) if "and" in words else None
            limit = min([found.start() for found in (second, other) if found], default=clause[1])
            scope = _scope(match, [found for found in scopes if found.end() <= limit], clause)
            if scope in REFERRING_SCOPES:
                scope = named_scope or scope
            named_scope = scope if scope and scope[0].isupper() else named_scope
            year = _year(sentence, clause, context)
            rankings.append(Ranking(subject=subject, rank=rank, role=_role(match), scope=scope, year=year,
                                    quote=sentence))
            if second and (not other or second.start() < other.start()):
                rankings.append(Ranking(subject=subject, rank=_rank(second) or 1, role=_role(match),
                                        scope=_scope_after(sentence, second, scopes, clause[1]), year=year,
                                        quote=sentence))
            previous = subject
        if "largest" in words or "biggest" in words:
            rankings += _elided_rankings(sentence, rankings[-1], ranked[-1][0], context)
    return rankings


# A second clause ranking the other country in the same role, left unsaid: `Brazil remains Argentina's top trading
# partner, while Argentina is Brazil's third-largest, behind China and the United States`.
ELIDED_ROLE = re.compile(r"\b(?:while|whereas|but|and)\s+(?:the\s+)?"
                         r"(?P<subject>[A-Z][\w’'-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
                         r"(?:is|was|remains|remained|ranks|ranked|became)\s+"
                         r"(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s|its|their|the)\s+"
                         rf"(?:(?P<ord>{'|'.join(RANK_WORDS)})|(?P<nth>\d{{1,3}})(?:st|nd|rd|th))?[- ]?"
                         r"(?:largest|biggest)(?=\s*[,.;]|\s+(?:behind|after|in|among)\b|$)")
# The countries ranked before one with no ordinal: `the largest, behind China` (second).
RANKED_BEHIND = re.compile(r",?\s+(?:only\s+)?(?:behind|after)\s+(?P<list>[^;]+)")


def _elided_rankings(sentence: str, ranking: Ranking, match: re.Match[str], context: ArticleContext) -> list[Ranking]:
    """The rankings of later clauses that leave the role of the ranking `match` found unsaid."""
    found: list[Ranking] = []
    for elided in ELIDED_ROLE.finditer(sentence, match.end()):
        subject = context.countries.canonical(elided.group("subject"))
        if subject not in context.pair:
            continue
        rank = _rank(elided) or 1 + len(_countries_listed(RANKED_BEHIND, sentence, elided, context))
        found.append(Ranking(subject=subject, rank=rank, role=ranking.role, scope=None,
                             year=_year(sentence, (elided.start(), len(sentence)), context), quote=sentence))
    return found


def _referred_subject(sentence: str, match: re.Match[str], referred: str | None) -> str | None:
    """The country ranked in the sentence before, when this one opens with `it` and has no country as subject."""
    if referred is None or not PRONOUN_SUBJECT.match(sentence) or _is_plural(sentence, match):
        return None
    return referred if match.start() < 80 else None


def _by_superlative(match: re.Match[str]) -> bool:
    """The rank is that of a superlative alone (`largest`), no ordinal or number: the first unless others are named
    before it."""
    return match.re is RANKING and not (match.group("ord") or match.group("nth") or match.group("num"))


def _followers(sentence: str, match: re.Match[str], context: ArticleContext) -> list[str]:
    """The countries a ranking is `followed by`, in order, up to the first item that is not one (`followed by the
    UAE and India, according to ...`; nothing for `followed by a surge in exports`)."""
    return _countries_listed(FOLLOWED_BY, sentence, match, context)


def _countries_listed(pattern: re.Pattern[str], sentence: str, match: re.Match[str],
                      context: ArticleContext) -> list[str]:
    """The countries listed where `pattern` finds a list right after a ranking, in order, up to the first item that
    is not one."""
    found = pattern.match(sentence, match.end())
    if found is None:
        return []
    listed: list[str] = []
    for item in LIST_ITEM.split(PARENTHESES.sub(" ", found.group("list"))):
        country = _country_at_start(LEADING_THE.sub("", item).rstrip(" ."), context)
        if country is None:
            break
        listed.append(country)
    return listed
