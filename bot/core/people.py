"""People with roles and aliases, and where a sentence names them."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import filterfalse, islice
from operator import methodcaller

from countryinfo import CountryInfo

from bot.core.alternations import by_first_letter, top_level
from bot.core.article_context import ArticleContext
from bot.core.case_blind import lowers_like_re_i
from bot.core.countries import CountryNames, demonyms, fold
from bot.core.facts import Person
from bot.core.sentences import word_set

# Courtesy titles before a name, as many as a press release piles up: `YB Tengku Datuk Seri Utama`, `H.E. Prof. Dr.`.
HONORIFICS = ("Tun", "Tengku", "Tunku", "Tan Sri", "Puan Sri", "Datuk Seri Utama", "Dato' Seri Utama",
              "Dato’ Seri Utama", "Dato Seri Utama", "Datuk Seri", "Dato' Seri", "Dato’ Seri", "Datuk Sri",
              "Dato' Sri", "Dato’ Sri", "Dato Sri", "Dato Seri", "Datuk", "Dato'", "Dato’", "Dato",
              "Datin", "Dr", "Dr.", "Prof", "Prof.", "Professor", "Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.",
              "Sir", "Dame", "Haji", "Hajah", "Sheikh", "H.E.", "HE", "His Excellency", "Her Excellency", "Ir", "Ir.",
              "Ts", "Ts.", "YB", "YAB", "YBhg", "Yang Berhormat", "Yang Amat Berhormat", "Yang Berbahagia",
              "Shri", "Sri", "Smt", "Smt.", "Shrimati", "His Highness", "Her Highness", "His Royal Highness",
              "Her Royal Highness", "His Majesty", "Her Majesty", "HH", "HRH", "Sayyid", "Sayyida", "Shaikh", "Shaikha",
              "Sheikha", "Madam", "Madame", "Amb.", "Amb", "Begum", "Hon.", "Hon", "Honourable", "Honorable",
              # Sri Lanka's national honours, written before the name: `Deshamanya W.D. Lakshman`.
              "Deshamanya", "Deshabandu", "Vidya Jyothi",
              # Nigeria's courtesy titles of the north, a pilgrim's and a learned man's: `Alhaji X`, `Malam Garba
              # Shehu`.
              "Alhaji", "Alhaja", "Hajiya", "Malam", "Mallam",
              # Brunei's titles: `Dato Seri Setia Dr Haji Mohd Amin Liew Abdullah`, `Pehin Erywan`.
              "Dato Seri Setia", "Dato Seri Paduka", "Pehin", "Pengiran",
              # A royal's rank (`Energy Minister Prince Abdulaziz bin Salman`), an engineer's in Egypt (`Eng. X`).
              "Prince", "Princess", "Eng.")
# Military ranks and their retired marks, written before a name like honorifics: `Rear Admiral (Rtd) Datuk X`.
MILITARY_RANKS = ("General", "Gen", "Gen.", "Lieutenant General", "Lieutenant-General", "Lt Gen", "Lt-Gen", "Lt. Gen.",
                  "Major General", "Major-General", "Maj Gen", "Maj-Gen", "Maj. Gen.", "Brigadier General",
                  "Brigadier-General", "Brig Gen", "Brig-Gen", "Brig. Gen.", "Brigadier", "Admiral", "Adm", "Adm.",
                  "Rear Admiral", "Rear-Admiral", "Vice Admiral", "Vice-Admiral", "First Admiral", "Fleet Admiral",
                  "Colonel", "Col", "Col.", "Lieutenant Colonel", "Lieutenant-Colonel", "Lt Col", "Lt-Col",
                  "Lt. Col.", "Lieutenant", "Major", "Captain", "Capt", "Capt.", "Commodore", "Air Marshal",
                  "Air Vice Marshal", "Air Vice-Marshal", "Air Chief Marshal", "Field Marshal", "Marshal",
                  "(Rtd)", "(rtd)", "(Retd)", "(retd)", "(Ret.)", "(ret.)", "(Ret)", "(ret)", "(Retired)", "(retired)",
                  "(R)")
# The first word of a rank is never a name's first word (`General Prabowo` is a rank and a family name).
_RANK_FIRST_WORDS = frozenset(rank.split()[0] for rank in MILITARY_RANKS if rank[0] != "(")
# `Amir` is a given name too (`Amir Hamzah Azizan`): a Gulf ruler's title only before his honorific or his state
# (`the Amir Sheikh Tamim`, `Amir of Kuwait`), and no title's word elsewhere (`Amir` stays a short form of a name).
_AMIR = r"Amir(?=\s+(?:Sheikh|of)\s)"
TITLE_WORDS = (r"Prime\s+Minister|Deputy\s+Prime\s+Minister|Vice\s+Premier|Premier|President|Vice[- ]President|"
               r"Minister|Ambassador|High\s+Commissioner|"
               r"Chairman|Chairwoman|Chair|CEO|Chief\s+Executive(?:\s+Officer)?|Secretary[- ]General|Secretary|"
               r"Governor|Director[- ]General|Director|Envoy|Consul[- ]General|Spokesperson|Spokesman|Spokeswoman|"
               r"Undersecretary|Speaker|Chancellor|King|Queen|Sultan|Emir|Crown\s+Prince|Commander|Chief|Head|Founder|"
               r"Managing\s+Director|General\s+Manager|Senator|Mayor|Foreign\s+Minister|Vice[- ]Chairman|"
               r"Raja\s+Permaisuri\s+Agong|Yang\s+di-Pertuan\s+Agong|Regent|Taoiseach|First\s+Lady|" + _AMIR)
# A commander's `chief` in lower case, as papers write it (`Army chief Gen Asim Munir`, `navy chief Admiral X`): an
# office only before a rank, which a chief in any other sense (`chief negotiator`, `chief economist`) lacks.
_CHIEF_BEFORE_RANK = "chief(?=\\s+(?-i:" + "|".join(
    re.escape(rank) for rank in sorted(MILITARY_RANKS, key=len, reverse=True) if rank[0] != "(") + ")\\s)"
# Offices of universities and the civil service too (`UPM vice-chancellor`), as whole words: `rector` is in
# `director`.
ANY_CASE_TITLES = (r"deputy prime minister|prime minister|high commissioner|chairman|chairwoman|"
                   r"chief executive(?: officer)?|president|"
                   r"minister|ambassador|spokes(?:person|man|woman)|director(?:[- ]general)?|secretary(?:-general)?|"
                   r"managing director|general manager|governor|deputy \w+|head|founder|envoy|counterpart|"
                   r"vice[- ]chancellor|vice[- ]president|chief secretary|rector(?<![\w-]rector)\b|"
                   r"dean(?<![\w-]dean)\b|provost\b|registrar\b|" + _CHIEF_BEFORE_RANK)
# The first word of every title above, lower-cased: a title can only begin where one of these does.
TITLE_FIRST_WORDS = ("prime", "premier", "deputy", "president", "vice", "minister", "ambassador", "chair", "ceo",
                     "chief", "secretary", "governor", "director", "envoy", "consul", "spokes", "speaker", "chancellor",
                     "king", "queen", "sultan", "emir", "crown", "commander", "head", "founder", "managing",
                     "general", "senator", "mayor", "foreign", "counterpart", "rector", "dean", "provost",
                     "registrar", "raja", "yang", "regent", "taoiseach", "high", "amir", "first", "undersecretary",
                     "member")


def _trie_pattern(words: Iterable[str]) -> str:
    """An alternation of `words` as a trie (`Dat(?:in|o|uk)` for `Datin`, `Dato`, `Datuk`): the regex engine tries
    each branch of an alternation in turn, so sharing their beginnings makes a failed match much cheaper.
    A longer word is still preferred to its beginning, as in an alternation sorted longest first."""
    trie: dict[str, dict] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_branches(trie)


def _trie_branches(node: dict[str, dict]) -> str:
    """The pattern of the words below a trie node; `""` marks a word ending there, which makes the rest optional."""
    branches = [re.escape(char) + _trie_branches(child) for char, child in sorted(node.items()) if char]
    if "" in node:
        return f"(?:{'|'.join(branches)})?" if branches else ""
    return branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"


_HON = _trie_pattern((*HONORIFICS, *MILITARY_RANKS))
# Capitals and letters of names in any Latin script with diacritics: Turkish (`Ş`, `ı`), Vietnamese (`Đ`, `ễ`,
# `ơ`), Polish (`Ł`). The capitals of the extended blocks are picked out, as upper and lower case alternate in them.
_EXTENDED_LATIN = "".join(map(chr, (*range(0x100, 0x250), *range(0x1E00, 0x1F00))))
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(letter for letter in _EXTENDED_LATIN if letter.isupper())
_NAME_LETTERS = "a-zà-öø-ÿ\u0100-\u024f\u1e00-\u1effA-Z'’\\-"
_CAPITALISED_WORD = rf"[{_CAPITALS}][{_NAME_LETTERS}]+"
# A name word, maybe after an Arabic article (`al-Sudani`, `el-Sissi`).
_ARABIC_ARTICLE = r"(?:al|el|ad|an|ar|as|ash|at|az)-"
_NAME_WORD = rf"(?:{_ARABIC_ARTICLE})?{_CAPITALISED_WORD}"
# Two words link some names: `Marieke van der Linden`, `María de la Cruz`.
_CONNECTORS = r"van\s+de[nr]?|von\s+der|de\s+la|bin|binti|bte|van|von|de|da|dos|das|di|del|della|du|al|el|bin\."
# A name has two to four words, or an initial and one to three (`S Jaishankar`, `K. Shanmugam`), maybe after
# other initials (`A.K. Abdul Momen`).
# Days and months, which end a name written before them without a comma (`... Abdul Majid Tuesday said`); not
# `May`, a family name too (`Theresa May`). As a trie (`_trie_pattern`), since every word after a name's first is
# tested.
_DATE_WORDS = _trie_pattern(("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                             "February", "March", "April", "June", "July", "August", "September", "October",
                             "November", "December"))
# A name word after the first: no day or month.
_LATER_NAME_WORD = rf"(?!{_DATE_WORDS}\b){_NAME_WORD}"
# A middle initial or two after the given name, as American and Philippine names are written: `Joseph R. Biden`,
# `George H.W. Bush`, `Ferdinand R. Marcos`.
_MIDDLE_INITIAL = rf"\s+[{_CAPITALS}]\.(?:\s?[{_CAPITALS}]\.)?(?=\s+[{_CAPITALS}])"
# The full stop of a `Jr.` or `Sr.` ending a name, read with it but left out of it: the name is `Ferdinand R. Marcos
# Jr` in `Ferdinand R. Marcos Jr. said` and `Joseph R. Biden Jr., the president`.
_SUFFIX_STOP = r"(?:(?<=[JS]r)\.(?=[\s,;:]|$))?"
# An initial without its full stop before another initial, as Indian papers write them: `M` of `M K Stalin`, as of
# `M.K. Stalin`; after no letter or stop (not the `N` of `ASEAN K`).
_UNDOTTED_INITIAL = rf"(?<![\w.’'-])[{_CAPITALS}]\s(?=[{_CAPITALS}]\.?\s)"


def _name_pattern(word_initials: bool) -> str:
    """A name: initials and one to three words, or two to four words. Its initials are dotted, the last maybe without
    its stop (`S Jaishankar`, `K. Shanmugam`, `M.K. Stalin`), or undotted (`M K Stalin`, `K A Mensah`); a lone `A` or
    `I` is an initial only with `word_initials`, after a title (`FIEO president A Sakthivel`), as elsewhere it is a
    word (`Plan A Stalin said`)."""
    last = rf"[{_CAPITALS}]\.?" if word_initials else rf"(?:(?![AI]\s)[{_CAPITALS}]|[{_CAPITALS}]\.)"
    initials = rf"(?:[{_CAPITALS}]\.\s?){{0,2}}{last}|(?:{_UNDOTTED_INITIAL}){{1,2}}[{_CAPITALS}]\.?"
    return (rf"(?:(?:{_HON})\s+)*(?P<name>(?:{initials})\s+{_NAME_WORD}(?:\s+{_LATER_NAME_WORD}){{0,2}}"
            rf"|{_NAME_WORD}(?:{_MIDDLE_INITIAL})?(?:\s+(?:{_CONNECTORS})?\s*{_LATER_NAME_WORD}){{1,3}}){_SUFFIX_STOP}")


_NAME = _name_pattern(word_initials=True)
# A name with no title before it, whose lone `A` or `I` is a word.
_UNTITLED_NAME = _name_pattern(word_initials=False)
# A name is a first word and up to three more, each maybe after its own connector (`bin`): seven words at most.
_NAME_WORDS_MAX = 7
SAID_VERBS = "said|says|told|added|noted|stressed|explained|emphasised|emphasized"
# A name after `said` that a verb follows is the subject of what was said, not the speaker: `said Wisma Putra would`.
_NOT_REPORTED = (r"(?!\s+(?:would|will|was|were|is|are|had|has|have|could|can|should|must|may|might|did|does|"
                 r"planned|wanted|hoped)\b)")
# A word of a long name: no honorific (`Tengku Datuk Seri Zafrul Abdul Aziz` is no six-word name), day or month.
_LONG_NAME_WORD = rf"(?!(?:{_HON})\s|{_DATE_WORDS}\b){_NAME_WORD}"
# The end of a long name after honorifics: a stop, a lower-case word, or a day or month.
_LONG_NAME_END = rf"(?=\s*[,.;:()]|\s*$|\s+[a-z]|\s+{_DATE_WORDS}\b)"

# Five words that may each begin a long name's honorific, word or link (a capital, a bracket, or the first letter of
# a link or an Arabic article: `bin`, `van`, `de`, `al-`, `el-`), the first four before a space. A long name has them,
# and looking at them is cheap: it spares trying one before most names, which are shorter.
_FIVE_NAME_WORDS = rf"(?=(?:[{_CAPITALS}(abdev]\S*+\s++){{4}}[{_CAPITALS}(abdev])"


def _long_name(group: str, honoured_only: bool) -> str:
    """Malay, Arab and Indonesian names run to six words (`Sikh Shamsul Ibrahim Sikh Abdul Majid`). So long a run
    of capitalised words is a name only where its ends are sure: after honorifics, up to a stop or a lower-case
    word (`Datuk Wan Ahmad Fayhsal Wan Ahmad Kamal in Putrajaya`); else (unless `honoured_only`) after a title,
    right up to a verb of saying. Five or six words, in the `group` named; its honorifics in `{group}_honoured`."""
    honoured = f"{group}_honoured"
    honorifics = rf"(?P<{honoured}>(?:(?:{_HON})\s+)+)"
    words = rf"(?P<{group}>{_LONG_NAME_WORD}(?:\s+(?:{_CONNECTORS})?\s*{_LONG_NAME_WORD}){{4,5}})"
    if honoured_only:
        return _FIVE_NAME_WORDS + honorifics + words + _LONG_NAME_END
    return rf"{_FIVE_NAME_WORDS}{honorifics}?{words}(?({honoured}){_LONG_NAME_END}|(?=\s+(?:{SAID_VERBS})\b))"


# Words in lower case that say when someone holds an office: `Uzbekistan's acting Minister of Foreign Trade`,
# `Paraguay's outgoing Foreign Minister`.
_TENURE = r"acting|outgoing|incoming|interim|former"
# Words in lower case that rank an office among others of its name, part of it as its title is: `Kazakhstan's first
# deputy prime minister`, `X, First Deputy Prime Minister of Kazakhstan,`, `Senior Minister`.
_RANK_OF_OFFICE = r"first|second|third|senior"
# A role's words: capitalised ones, with an organisation's acronym in brackets after one (`Defense Industries Agency
# (SSB) President`), the links between them and the words of tenure.
# (The words of tenure before the links: in an atomic group, `for` would take the beginning of `former` for good.)
_ROLE_WORD = rf"[A-Z][\w,&'’-]*(?:\s+\([A-Z][\w&-]*\))?|{_TENURE}|{_RANK_OF_OFFICE}|and|of|for|the"
# A role has at most seven words before its title.
_ROLE_WORDS_MAX = 7


# The titles as patterns, grouped by their first letter (`by_first_letter`).
# A minister serving in a head of government's office, as Malaysia, Brunei and Singapore style one (`Minister at the
# Prime Minister’s Office and Minister of Foreign Affairs II`, `Minister in the Prime Minister's Department`): one
# title, kept out of `TITLE_WORDS` so that its small words are no title's cues.
_MINISTER_IN_OFFICE = r"Minister\s+(?:in|at)\s+the\s+Prime\s+Minister[’']s\s+(?:Office|Department)"
# A seat in a cabinet, an office of its own in the Gulf and East Africa (`Member of the Council of Ministers X`); kept
# out of `TITLE_WORDS` for the same reason.
_CABINET_MEMBER = r"Member\s+of\s+the\s+Council\s+of\s+Ministers"
_TITLE_WORDS = by_first_letter(top_level(f"{_MINISTER_IN_OFFICE}|{_CABINET_MEMBER}|{TITLE_WORDS}"))
_ANY_CASE_TITLES = f"(?i:{by_first_letter(top_level(ANY_CASE_TITLES))})"
_ROLE_TITLE = rf"(?:{_TITLE_WORDS}|{_ANY_CASE_TITLES})"
# The words of a minister's portfolio written after the title: `Minister for Trade and Industry Gan Kim Yong`,
# `Minister of Foreign Affairs Hakan Fidan` (a list, so that the name after them is not taken for one).
# (Not the fields of companies named after a nationality, as `Turkish Aerospace` and `Saudi Electricity` are.)
PORTFOLIO_FIELDS = ("Affairs", "Trade", "Industry", "Industries", "Commerce", "Investment", "Economy", "Economic",
                    "Economics", "Finance", "Defence", "Defense", "Energy", "Health", "Education", "Transport",
                    "Transportation", "Foreign", "Home", "Interior", "Agriculture", "Forestry", "Food", "Livestock",
                    "Irrigation", "Lands", "Tourism", "Culture", "Cultural", "Heritage", "Justice", "Legal",
                    "Rights", "Labour", "Labor", "Employment", "Skills", "Training", "Vocational", "Development",
                    "Planning", "Communication", "Communications", "Digital", "Science", "Technology", "Research",
                    "Knowledge", "Environment", "Environmental", "Ecology", "Wildlife", "Sustainability", "Water",
                    "Natural", "Resources", "Petroleum", "Minerals", "Renewable", "Nuclear", "Information", "Youth",
                    "Sport", "Sports", "Higher", "Works", "Housing", "Local", "Government", "National", "Unity",
                    "Security", "International", "Cooperation", "Mines", "Mining", "Public", "Civil", "Service",
                    "Services", "Administration", "Religious", "Islamic", "Social", "Welfare", "Human", "Community",
                    "Children", "Plantation", "Commodities", "Primary", "Manpower", "Maritime", "Fisheries",
                    "Family", "Women", "Climate", "Change", "State", "Promotion", "Export", "Exports",
                    "Infrastructure", "Arts", "Innovation", "Treasury", "Budget", "Revenue", "Rural", "Regional",
                    "Domestic", "Consumer", "Cost", "Living", "Entrepreneur", "Entrepreneurship", "Enterprise",
                    "Enterprises", "Cooperatives", "Business", "Industrial", "Emergency", "Disaster", "Humanitarian",
                    "Migration", "Immigration", "Overseas", "Diaspora", "Veterans", "Reform", "Reforms",
                    "Parliamentary", "Investments", "Integration", "African", "Co-operation", "Relations", "Production",
                    "Strategies", "Mineral", "East", "External", "Supply", "Supplies")
# As a pattern, a trie (`_trie_pattern`): the fields are many and tried wherever a role may begin.
PORTFOLIO_WORDS = _trie_pattern(PORTFOLIO_FIELDS)
_PORTFOLIO_WORD = re.compile(rf"(?:{PORTFOLIO_WORDS})", re.I)
_PORTFOLIO_WORDS_LOWER = frozenset(field.lower() for field in PORTFOLIO_FIELDS)


def _is_portfolio_word(word: str) -> bool:
    """`_PORTFOLIO_WORD.fullmatch(word)`: a set's look-up in lower case, cheaper than the pattern, where lower-casing
    reads the word as `re.I` does (`lowers_like_re_i`)."""
    if lowers_like_re_i(word):
        return word.lower() in _PORTFOLIO_WORDS_LOWER
    return _PORTFOLIO_WORD.fullmatch(word) is not None


# Fields written in lower case before a title in lower case, as some papers write offices: `economy minister`,
# `Singapore’s trade and industry minister` (not before a capitalised one: `on trade and investment President X`).
_LOWER_FIELD = _trie_pattern(field.lower() for field in PORTFOLIO_FIELDS)
_LOWER_FIELDS = rf"(?:(?:{_LOWER_FIELD})(?:,\s+|\s+and\s+|\s+))+(?=[a-z])"
# A company's titles, ending a role: `Turkish Airlines chairman`.
_CORPORATE_TITLE = re.compile(r"\b(?:CEO|[Cc]hair(?:man|woman|person)?|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|"
                              r"[Mm]anaging\s+[Dd]irector|[Gg]eneral\s+[Mm]anager|[Ff]ounder)$")
# Nouns of an organisation's name: a nationality before one names the organisation, not the state whose office
# the title after it is (`Malaysian International Chamber of Commerce and Industry president`).
ORGANISATION_NOUNS = frozenset({"chamber", "association", "federation", "council", "institute", "university",
                                "bank", "corporation", "company", "foundation", "assembly", "confederation",
                                "society", "organisation", "organization", "holdings", "airlines"})
# Words of an office that are neither a title nor a field: `Trade Cabinet Secretary`, `Union Minister`.
_OFFICE_WORDS = frozenset({"cabinet", "union", "federal", "senior", "acting", "deputy", "vice", "first", "state",
                           "permanent", "special", "chief", "junior", "assistant", "parliamentary", "top"})
# The second holder of an office, numbered (`Finance Minister II`, `Minister of Foreign Affairs II`), or one chosen
# and not yet in office (`President-elect`, `ambassador-designate`).
_SECOND_OFFICE = r"(?:\s+II\b|-(?:[Ee]lect|[Dd]esignate)\b)?"
# The citizens of a country in the plural, whom a ministry of its own has in its charge after a field (`Minister for
# Overseas Pakistanis Tariq Mehmood Chaudhry`, `Minister of Labour and Overseas Filipinos`): the office's words, not
# the name's. As a trie (`_trie_pattern`) of the plural of each demonym of one word or more that takes an `s`.
_PLURAL_DEMONYMS = _trie_pattern(f"{demonym}s" for demonym in sorted(demonyms())
                                 if "/" not in demonym and not demonym.endswith(("s", "sh", "ch", "x", "ese")))
# One field or more, each after its `of` or `for`: `Minister of State for Foreign Trade`, `minister of investment
# and foreign trade`, maybe with the citizens it serves (`_PLURAL_DEMONYMS`); the citizens abroad a francophone
# ministry has in its charge last (`Minister of Foreign Affairs and Senegalese Abroad`, `... African Cooperation and
# Moroccan Expatriates`), a gloss in brackets narrowing the field (`Minister of State for Petroleum Resources
# (Gas)`); the office's number last.
_PORTFOLIO = (rf"(?:\s+(?:of|for)\s+(?:the\s+)?(?i:{PORTFOLIO_WORDS})"
              rf"(?:(?:,\s*|\s+and\s+|\s+)(?i:{PORTFOLIO_WORDS}))*(?:\s+{_PLURAL_DEMONYMS}(?![\w'’-]))?"
              rf"(?:,?\s+and\s+[A-Z]\w+\s+(?:Abroad|Expatriates))?"
              rf"(?:\s+\([A-Z][a-z]+\))?)*{_SECOND_OFFICE}")
# Where an envoy is posted, maybe after the state that sends them: `Ambassador to the UAE`, `Ambassador of
# Indonesia to Egypt`, `Ambassador of the Federative Republic of Brazil to Kazakhstan`.
# A country's name of two words ends in one of a few (`Kyrgyz Republic`, `South Africa`, `Bosnia and Herzegovina`): a
# capitalised word after the first is otherwise the holder's name.
_ENVOY_TO = (r"(?:(?:\s+of\s+(?:the\s+)?[A-Z]\w+(?:\s+(?:of\s+)?[A-Z]\w+){0,3})?\s+to\s+(?:the\s+)?[A-Z]\w+"
             r"(?:\s+and\s+[A-Z]\w+|\s+(?:Republic|Kingdom|Federation|Emirates|Arabia|Korea|Africa|Zealand|Lanka|"
             r"States|Islands|Guinea|Leone|Rica|Sudan|Timor|Macedonia))?)?")
# A role begins at a word's start, or after a hyphen (`then-Vietnamese president`), but not after an Arabic article:
# the `Thani` of `al-Thani` would begin a role in a name. (Lookbehinds of one width each, as Python takes them.)
_WORD_START = r"(?<![\w'’])(?<!\b(?:al|el|ad|an|ar|as|at|az)-)(?<!\bash-)"
# The state or body of an office before its holder's style, which ends its name, maybe after a gloss in brackets
# and a comma: `President of the Republic of Rwanda HE Paul Kagame`, `Chairman of the State Great Khural
# (Parliament), H.E. Mr. X` (else the body's last words are taken for a name).
_OF_STYLED_STATE = (r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}"
                    r"(?:\s+\([A-Z][^()]{0,30}\),)?(?=\s+(?:H\.E\.|HE|His\s+Excellency|Her\s+Excellency)\s))?")
# The state of an office written between its title and its holder's name, as state agencies write: `President of
# Turkmenistan Serdar Berdimuhamedov`, `Minister of Foreign Affairs of Brazil Mauro Vieira`, `General Secretary of
# the Central Committee of the Communist Party of Vietnam To Lam`. As few words as the name after it leaves; the
# state must end in a country (`_state_named`), else the words are an organisation's and the match is refused.
_OF_STATE_BEFORE_NAME = (r"(?:\s+of\s+(?:the\s+)?(?P<state>[A-Z][\w’'-]*"
                         r"(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,6}?))?")
# No name is followed by a gloss in brackets and a styled name: it ends a body's name (`Chairman of the State Great
# Khural (Parliament), H.E. Mr. X`), which `_OF_STYLED_STATE` then takes in the role.
_NOT_BEFORE_STYLE = r"(?!\w)(?!\s+\([^()]{0,30}\),?\s+(?:H\.E\.|HE|His\s+Excellency|Her\s+Excellency)\s)"
# What may follow a title in a role before a name: `-elect`, or after a space `and`, `of`, `for`, `to`, a title in any
# case, or a name's first letter (a capital, a bracket of a rank, an Arabic article). Seen right after the title, it
# spares trying the rest of the role and the name after a title a verb follows (`the Prime Minister added`).
_AFTER_TITLE = rf"(?=-|\s+(?:[{_CAPITALS}(]|(?:and|of|for|to)\s|[–—-]\s|{_ARABIC_ARTICLE}|{_ANY_CASE_TITLES}))"
# A dash between an office and its holder's name, as some papers write it: `Foreign Minister – Ali Sabry said`,
# `Foreign Minister - Ali Sabry, who`. Only before a name: a dash before an office joins two (`_JOINED_OFFICE`).
_DASH_BEFORE_NAME = r"(?:\s+[–—-](?=\s))?"
# "Prime Minister Datuk Seri Anwar Ibrahim", "ASELSAN CEO and President Ahmet Akyol", "chairman Datuk Prof Dr Mohd Faiz"
TITLED = re.compile(
    rf"{_WORD_START}(?P<role>(?:(?:{_ROLE_WORD})\s+){{0,{_ROLE_WORDS_MAX}}}?(?:{_LOWER_FIELDS})?{_ROLE_TITLE}"
    rf"{_AFTER_TITLE}(?:\s+(?:and\s+)?{_ROLE_TITLE})?{_SECOND_OFFICE}"
    rf"{_ENVOY_TO}{_PORTFOLIO}{_OF_STYLED_STATE}{_OF_STATE_BEFORE_NAME}){_DASH_BEFORE_NAME}"
    rf"\s+(?:{_long_name('long', honoured_only=False)}|{_NAME})"
    rf"{_NOT_BEFORE_STYLE}")
# A long name is looked for first, and before or after a verb of saying only after honorifics, which begin it.
SAID = re.compile(rf"{_long_name('long', honoured_only=True)}\s+(?:{SAID_VERBS})\b"
                  rf"|\b(?:said|says|added|noted)\s+{_long_name('long2', honoured_only=True)}"
                  rf"|{_UNTITLED_NAME}\s+(?:{SAID_VERBS})\b"
                  rf"|\b(?:said|says|added|noted)\s+(?>{_NAME.replace('?P<name>', '?P<name2>')}){_NOT_REPORTED}")
# Verbs of a diplomat's deeds that end a one-word name after a title as surely as one of saying:
# `Foreign Minister Sugiono met his counterpart`.
_DEEDS_AFTER_NAME = r"met|held|received|visited|welcomed|hosted|chaired|attended|led|paid|signed|arrived|discussed"
# One who held an office before or after its holder, named after the word that says so: `Mr Turnbull's predecessor
# Tony Abbott's tenure`, `his successor, Anwar Ibrahim`. The office is the other holder's, not said here.
SUCCESSION_CUES = frozenset({"predecessor", "successor"})
SUCCEEDED = re.compile(rf"\b(?:predecessor|successor),?\s+{_NAME}")
# A one-word name after a capitalised title, where the name surely ends: at a verb of saying or of a deed, a comma,
# `and his` or the end of the sentence (`Foreign Minister Sugiono said`, `met President Tokayev.`). Many Indonesians
# have one name.
MONONYM = re.compile(rf"{_WORD_START}(?P<role>(?:(?:{_ROLE_WORD})\s+){{0,{_ROLE_WORDS_MAX}}}?{_TITLE_WORDS}"
                     rf"{_ENVOY_TO}{_PORTFOLIO}){_DASH_BEFORE_NAME}\s+(?:(?:{_HON})\s+)*(?P<name>{_CAPITALISED_WORD})"
                     rf"(?=\s+(?:{SAID_VERBS}|{_DEEDS_AFTER_NAME})\b|,\s|\s+and\s+(?:his|her)\s|"
                     r"\s*[.!?]?[\"”’']?\s*$)")
# Words after a title that name a thing or a place named after an office, qualify the office or end another title:
# `the President Cup,`, `Chairman Emeritus`, `Minister Counsellor`, `Head Coach`.
NOT_MONONYMS = frozenset({"cup", "trophy", "award", "medal", "prize", "hotel", "street", "road", "avenue", "park",
                          "hall", "tower", "square", "hospital", "library", "museum", "mosque", "stadium", "bridge",
                          "club", "suite", "lounge", "residence", "elect", "emeritus", "designate", "counsellor",
                          "counselor", "plenipotentiary", "extraordinary", "nominee", "candidate", "coach", "judge",
                          "justice", "editor", "correspondent", "commissioner", "negotiator", "strategist",
                          "scientist", "engineer", "inspector", "whip", "staff", "operating", "financial",
                          "marketing", "himself", "herself", "today", "yesterday", "tomorrow", "tonight", "last",
                          "next", "this"})
NOT_NAME_WORDS = {"the", "ministry", "council", "corporation",
                  "inc", "bhd", "authority", "institute", "bank", "university", "agency", "association", "fair",
                  "industry", "industries", "initiative", "party", "republic", "government", "organisation",
                  "organization", "company", "group", "foundation", "centre", "center", "trade", "development",
                  "international", "national", "high-level", "strategic", "cooperation", "minister", "president",
                  "prime", "january", "february", "march", "april", "june", "july", "august", "september",
                  "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
                  "saturday", "sunday", "asean", "madani", "power", "meanwhile", "also", "earlier", "speaking",
                  "department", "affairs", "bureau", "office", "commission", "committee", "board", "customs", "statistics",
                  "reuters", "bernama", "xinhua", "news", "post", "times", "daily", "star", "insider", "press",
                  "exchange", "chamber", "federation", "union", "forces", "army", "navy", "police", "court",
                  "state", "states", "house", "palace", "parliament", "senate", "embassy", "airlines", "holdings",
                  "secretary", "ambassador", "governor", "chairman", "chairwoman", "director", "spokesman",
                  "spokeswoman", "spokesperson", "envoy", "foreign", "deputy", "senator", "mayor", "ceo", "manager",
                  "officer", "istana", "wisma", "dewan", "mosque"}
# Words beginning a state's office after its country's name: `UAE President`, `Japan Foreign Minister`.
STATE_OFFICES = frozenset({"President", "Vice-President", "Prime", "Deputy", "King", "Queen", "Emir", "Sultan",
                           "Foreign", "Trade", "Economy", "Finance", "Defence", "Defense", "Minister", "Ambassador",
                           "Chancellor", "Crown"})
TITLE_CUES = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", TITLE_WORDS.removesuffix(f"|{_AMIR}")))
# Words one of which a sentence naming someone by role has. Not `first`, of many sentences (`lady` is in any that
# has `First Lady`), nor `di` (`Yang di-Pertuan Agong` has `agong`), nor the `s` of the pattern's `\s`, in every
# sentence with a possessive. `ministers` is the last word of `_CABINET_MEMBER`, the one title without a cue.
ROLE_CUES = (TITLE_CUES - {"first", "di", "s"}) | {"counterpart", "rector", "dean", "provost", "registrar", "amir",
                                                   "ministers"}
SAID_CUES = frozenset(SAID_VERBS.split("|"))
# The words of `ROLE_CUES` one of which every title has (`Minister` of `Prime Minister`, `Director` of `Managing
# Director`): not those that only open or close a title of several words, which other senses of theirs are far more
# often (`high-level`, `foreign investment`, `general election`). A title's words are whole words of a sentence that
# lower-cases as `re.I` reads it (`lowers_like_re_i`).
TITLE_HEAD_CUES = ROLE_CUES - {"high", "prime", "crown", "managing", "general", "vice", "foreign", "executive",
                               "officer", "raja", "permaisuri", "yang", "pertuan"}
# Plain capitalised words: a run found anywhere in the text must begin with a capital to be searched fast.
_RUN = re.compile(rf"{_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD})*")
# Lower-case words inside a name, before a father's or a family name: `Mohammed bin Salman` is not `Salman`, nor
# `Lula da Silva` `Silva`.
_NAME_LINKS = frozenset({"bin", "binti", "bint", "ibn", "bte", "van", "von", "de", "da", "dos", "das", "di", "del",
                         "della", "du", "der", "den", "la"})
# The links before a father's name: a title after one is the father's (`ibni Al-Marhum Sultan Haji Omar`).
_FATHER_LINK_ENDS = (" bin ", " binti ", " bint ", " ibn ", " ibni ")
# A name cut one word after its father's link goes on up to its end, over the father's honorifics: `Awang Haji
# Erywan bin Pehin Datu Pekerma Jaya Haji Mohd Yusof`.
_FATHER_LINK_WORDS = (["bin"], ["binti"], ["bint"], ["ibn"], ["ibni"])
_FATHER_NAME_REST = re.compile(rf"(?:\s+(?:(?:{_HON})(?=\s)|{_NAME_WORD})){{1,6}}{_LONG_NAME_END}")
# A run a name link follows is no form of its own (`Sheikh Mohammed` of `Sheikh Mohammed bin Zayed`, `Luiz Inácio
# Lula` of `Luiz Inácio Lula da Silva`).
_RUN_BEFORE_LINK = re.compile(rf"({_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD})*)\s+(?:(?:{'|'.join(_NAME_LINKS)})\s|"
                              rf"{_ARABIC_ARTICLE})")
# A run a middle initial follows is no form of its own either (`Joseph` of `Joseph R. Biden`).
_RUN_BEFORE_INITIAL = re.compile(rf"({_CAPITALISED_WORD}(?:\s+{_CAPITALISED_WORD})*){_MIDDLE_INITIAL}")
# A family name after an article stands alone without it too: `Sisi` of `Abdel Fattah al-Sisi`.
_LEADING_ARTICLE = re.compile(rf"^{_ARABIC_ARTICLE}(?=[A-Z])")
_ARTICLED = re.compile(rf"(?i:{_ARABIC_ARTICLE})(?=[A-Z])")
# Nouns that make an appositive a person's role: `Dr. Le Hong Hiep, a senior fellow at ...`.
ROLE_NOUNS = frozenset({*TITLE_CUES, "fellow", "analyst", "economist", "professor", "researcher", "official",
                        "adviser", "advisor", "lecturer", "expert", "menteri", "executive", "officer", "diplomat",
                        "manager", "leader", "counsellor", "attaché", "attache", "vice-chancellor", "rector", "dean",
                        "provost", "registrar"})
# The words (`word_set`) of those nouns: a sentence whose appositive's role has one of the nouns has one of these.
_ROLE_NOUN_WORDS = frozenset(word for noun in ROLE_NOUNS for word in word_set(noun))
# How far into the sentence the comma after the name may be (honorifics and a long name).
APPOSITIVE_NAME_MAX = 60
# A sentence opening with a name and its role between commas: `Dato' Sri Amirudin Shari, the Selangor Menteri
# Besar, was ...`, `Dr. Le Hong Hiep, a senior fellow at the ISEAS–Yusof Ishak Institute, said ...`.
APPOSITIVE_ROLE_MAX = 90
APPOSITIVE_VERBS = (*SAID_VERBS.split("|"), "was", "is", "who", "has", "had", "will", "would", "also", "today",
                    "yesterday")
# A verb after the role, as those above or in the past tense, a diplomat's deeds' irregular ones too: `His Majesty
# Sultan Ibrahim, the King of Malaysia, received`, `X, First Deputy Prime Minister of Kazakhstan, met`.
_APPOSITIVE_VERB = re.compile(rf"(?:{'|'.join(APPOSITIVE_VERBS)}|{_DEEDS_AFTER_NAME})\b|[a-z]{{2,}}ed\b")
# A role owned by a name before it: `Tanzania's trade minister`, `Google's chief executive`.
_POSSESSOR = re.compile(r"[A-Z][\w.-]*[’']s\s")
# The possessive ending a name's last word, before what it owns or at the end: `Abbott's tenure`, `Emirates'`.
_OWNER_IN_NAME = re.compile(r"[’']s?(?:\s|$)")
# Words before a title between commas that say when or where the office is held: `X, former Minister of
# Agriculture of Brazil`, `X, Federal Minister for Planning, ...`.
_TITLE_QUALIFIER = rf"(?:(?i:{_TENURE}|{_RANK_OF_OFFICE}|federal|union)\s+)"
_QUALIFIED_TITLE = re.compile(rf"{_TITLE_QUALIFIER}?{_ROLE_TITLE}")
_ROLE_LEAD = rf"(?:(?:the|a|an)\s+|(?=[A-Z][\w.-]*[’']s\s)|(?={_QUALIFIED_TITLE.pattern}))"
# A role's words up to its comma, and the further fields of a ministry's portfolio listed with commas: `Senegal's
# Minister of Energy, Petroleum and Mines`.
_APPOSITIVE_ROLE = rf"[^,]{{3,80}}?(?:,\s+(?:{PORTFOLIO_WORDS})\b[^,]{{0,40}}?)*"
APPOSITIVE = re.compile(rf"(?:{_long_name('long', honoured_only=True)}|{_NAME}),\s+{_ROLE_LEAD}"
                        rf"(?P<role>{_APPOSITIVE_ROLE}),"
                        rf"\s+(?:{_APPOSITIVE_VERB.pattern})")
# Anywhere in a sentence, an honoured name and its office between commas: `signed by Dr Thani bin Ahmed Al Zeyoudi,
# Minister of State for Foreign Trade, and ...`, `Shaikh Khalid bin Abdulla Al Khalifa, the Deputy Prime Minister.`;
# the office a title alone, maybe owned (`Bahrain's Minister`), or with its portfolio (`of`, `for`, `to`), not a
# title before another's name (`Dr Mahathir, President Jokowi and ...`); a minister's charge (`Minister Responsible
# for Foreign Affairs`, as Oman names one). A name with a father's name in it is as sure as an honoured one (`talks
# with Abdullatif bin Rashid Al Zayani, Bahrain's Minister of Foreign Affairs`).
HONOURED_APPOSITIVE_CUES = frozenset({"dr", "mr", "mrs", "ms", "prof", "professor", "sir", "dame", "sheikh", "datuk",
                                      "dato", "tun", "tengku", "sayyid", "sayyida", "shaikh", "shaikha", "sheikha",
                                      "madam", "madame", "amb", "gen", "bin", "bint", "ibn", "hon", "honourable",
                                      "honorable"})
# Links that make a name sure without an honorific.
FATHER_LINKS = (" bin ", " bint ", " ibn ")
# An office in lower case, as many papers write one after its holder's name (`Datuk Seri Tengku Zafrul Aziz, the
# investment minister, said`, `X, the investment, trade and industry minister,`), maybe owned by the state the article
# is about (`the country's trade minister`): a state's title, maybe after a ministry's fields.
_LOWER_OFFICE = (r"(?:(?:country|nation)[’']s\s+)?(?:deputy\s+)?"
                 rf"(?:{_LOWER_FIELDS})?(?:prime\s+minister|minister|ambassador|envoy|high\s+commissioner|"
                 r"president|vice[- ]president|premier|secretary-general|secretary|governor)\b")
HONOURED_APPOSITIVE = re.compile(rf"(?P<full>{_long_name('long', honoured_only=True)}|{_NAME}),\s+(?:the\s+)?"
                                 rf"(?P<role>(?:[A-Z][\w.-]*(?:[’']s|s[’'])\s+)?{_TITLE_QUALIFIER}?"
                                 rf"(?:{_TITLE_WORDS}|{_LOWER_OFFICE})"
                                 rf"(?:\s+(?:Responsible|Delegate)(?=\s+for\s))?"
                                 rf"(?:\s+(?:of|for|to)\s+[^,;.()]{{2,90}}?)?)\s*(?:[,;.]|$)")
# Words of tenure before an office between commas, which make the name before it as sure as an honorific does (`led
# by Marcos Montes Cordeiro, former Minister of Agriculture of Brazil.`).
TENURE_WORDS = frozenset(_TENURE.split("|"))
APPOSITIVE_NAME_CUES = HONOURED_APPOSITIVE_CUES | TENURE_WORDS
# Capitalised words opening a sentence that are no name's first word (`In Tashkent, acting Minister ...`).
_NOT_FIRST_NAME_WORDS = frozenset({"In", "On", "At", "From", "For", "With", "By", "During", "After", "Before", "As",
                                   "When", "While", "Since", "Until", "Then", "But", "And", "Yet", "Later"})
# Where such an office begins: a title after a comma and a space (`, \s*` is `,\s+` where a space follows the
# comma), a literal the regex engine skips ahead to.
_COMMA_TITLE = re.compile(rf", \s*(?:the\s+)?(?:[A-Z][\w.-]*(?:[’']s|s[’'])\s+)?{_TITLE_QUALIFIER}?"
                          rf"(?:{_TITLE_WORDS}|{_LOWER_OFFICE})")
# The most characters of a role ended by an acronym in brackets (an organisation's long name).
ACRONYM_ROLE_MAX = 120
# The role after the name of a speaker: `..., said Ashatu Kijaji, the Tanzanian trade minister.`; an organisation's
# acronym in brackets may end it beyond its usual length, as a long name is given with one (`said X, president of the
# Federation of Bangladesh Chambers of Commerce and Industry (FBCCI).`).
ROLE_AFTER_SPEAKER = re.compile(rf",\s+{_ROLE_LEAD}(?P<role>[^,.;]{{3,80}}?|[^,.;]{{3,{ACRONYM_ROLE_MAX}}}?\s+\([A-Z][\w&-]*\))"
                                r"\s*(?:[,.;]|$)")
# The most words of an organisation's name before its officer's title.
ORGANISATION_WORDS_MAX = 10
# The state whose office a role is, written after it and before a comma: `Minister of Trade of the Republic of
# Türkiye, X,` (the comma ends it, so that it takes no name's words).
_OF_STATE = r"(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){0,4}(?=,))?"
# Where the holder of an office between commas serves, after its title: `Permanent Secretary in the Ministry of
# Foreign Affairs`, `High Commissioner in Islamabad`.
_SERVING_IN = (rf"(?:\s+(?:in|at)\s+(?:the\s+Ministry\s+(?:of|for)\s+(?:the\s+)?(?i:{PORTFOLIO_WORDS})"
               rf"(?:(?:,\s*|\s+and\s+|\s+)(?i:{PORTFOLIO_WORDS}))*|[A-Z][\w’'-]+))?")
# A one-word name between commas that a verb of saying or a deed follows, as Indonesian and other names may be:
# `Minister for Foreign Affairs of the Republic of Indonesia, Sugiono, received ...`. The verb makes the word a
# person, the subject of the sentence, not a place (`, Jakarta, on Monday`).
_SOLE_NAME_BEFORE_DEED = (rf"(?P<sole>{_CAPITALISED_WORD})(?=,\s+(?:also\s+)?"
                          rf"(?:{SAID_VERBS}|{_DEEDS_AFTER_NAME}|[a-z]{{3,}}ed)\b)")
# The most capitalised words before the title of an office opening a sentence or a clause: `Moroccan Minister of
# Foreign Affairs, Mr. X, said`, `Speaking after the talks, Presidential spokesman, Malam X, said`.
CLAUSE_OFFICE_WORDS_MAX = 3
# A role between commas before the name, owned by a country or a person: `Tanzania's trade minister, Ashatu
# Kijaji, said`, `Her Tanzanian counterpart, Dr Ashatu Kijaji, said`, `after talks with the prime minister, X,`;
# or by an organisation with a long name: `The Malaysian International Chamber of Commerce and Industry (MICCI)
# president, Tan Sri X, said`; or by no word, the office opening the sentence or a clause after its comma, maybe
# after a nationality or a few words of its own (`Minister of Foreign Affairs of Malaysia, Mohamad Hasan, said`,
# `Speaking after the ceremony, Minister of Foreign Affairs, Mr. X, said`, `Moroccan Minister of ..., Mr. X,`); not
# after a comma ending a name, whose office the words are (`His Excellency Yoon Suk Yeol, President of the Republic of
# Korea, His Excellency Joko Widodo, President of ...`). The name ends at a comma or the sentence's end (`... was the
# Permanent Secretary in the Ministry of Foreign Affairs, Amb. X.`).
ROLE_COMMA_NAME = re.compile(rf"(?P<role>(?:(?:\b[A-Z][\w.-]*[’']s|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he))\s+"
                             rf"(?:(?:(?!(?:the|of|with|to|in|at|on|for|by)\s)[\w-]+\s+){{0,4}}?"
                             rf"|(?:(?:[A-Z][\w&'’-]*|of|and|\([A-Z][\w&-]*\))\s+){{5,{ORGANISATION_WORDS_MAX}}}?)"
                             rf"|(?:^|(?<=, )(?P<clause>))(?:[A-Z][\w’'-]*\s+){{0,{CLAUSE_OFFICE_WORDS_MAX}}}?)"
                             rf"{_ROLE_TITLE}{_SECOND_OFFICE}{_ENVOY_TO}{_PORTFOLIO}{_SERVING_IN}{_OF_STATE}),"
                             rf"\s+(?:{_NAME}(?:,|(?=\.?\s*$))|{_SOLE_NAME_BEFORE_DEED})")
# The words of such a role: its owner and four more before the title, or an organisation's name; how far after the
# title its comma may be (a portfolio: `Minister of Investment, Trade and Industry,`).
ROLE_COMMA_WORDS_MAX = ORGANISATION_WORDS_MAX + 1
ROLE_COMMA_REACH = 90
_TITLE_COMMA_CAPITAL = re.compile(rf"{_ROLE_TITLE}{_SECOND_OFFICE}{_ENVOY_TO}{_PORTFOLIO}{_SERVING_IN}{_OF_STATE},"
                                  rf"\s+[{_CAPITALS}]")

# A nickname between commas after a name: `Mohamad, known as Tok Mat, said`, `popularly known as "Tok Mat"`.
NICKNAME_CUES = ("known as", "called", "nicknamed")
# Their first words, whole words of any sentence `_NICKNAME` matches in.
NICKNAME_WORDS = frozenset({"known", "called", "nicknamed"})
_NICKNAME = re.compile(rf",\s+(?:(?:also|popularly|widely|better|commonly|fondly|affectionately)\s+)?"
                       rf"(?:known\s+as|called|nicknamed)\s+[“\"‘']?(?P<nickname>{_CAPITALISED_WORD}"
                       rf"(?:\s+{_CAPITALISED_WORD}){{0,2}})[”\"’']?(?=\s*[,.;)]|\s+[a-z]|\s*$)")
# The most words of the name form a nickname follows.
NICKNAME_OWNER_WORDS_MAX = 6

_TITLE_AT = re.compile(_ROLE_TITLE)
# A title followed by more of a role or by a name, as the title of a `TITLED` or a `MONONYM` match is.
_TITLE_GOING_ON = re.compile(_ROLE_TITLE + _AFTER_TITLE)
_TITLE_AT_END = re.compile(rf"\b{_ROLE_TITLE}$")
# `(?i)` matches İ and ı as i and ſ as s; `lower` alone keeps ı and ſ and makes İ two characters.
_AS_ASCII = str.maketrans("İıſ", "iis")
# Role words up to a title: a role begins in the first of them. (Atomic and possessive: a character given
# back could never be followed by what comes next, so none is tried.)
_ROLE_WORDS_BEFORE = re.compile(rf"(?:(?>{_LOWER_FIELD}\b,?|{_ROLE_WORD})\s++)++\Z")
_ROLE_WORD_START = re.compile(rf"{_WORD_START}(?:[A-Z]|(?:and|of|for|the|{_TENURE}|{_RANK_OF_OFFICE}|{_LOWER_FIELD})"
                              rf"[\s,])")
# Words that can be honorifics or name words up to a verb of saying: a name begins in the first of them.
# Honorifics, like names, begin with a capital and are made of letters, apostrophes, hyphens and full stops, but
# for a retired officer's mark in brackets (`(Rtd)`).
_NAME_PART = rf"(?:[{_CAPITALS}]|{_CONNECTORS})[{_CAPITALS}{_NAME_LETTERS}.]*|\([A-Za-z]+\.?\)"
_NAME_WORDS_BEFORE = re.compile(rf"(?:(?>{_NAME_PART})\s++)++\Z")
_NAME_START = re.compile(f"[{_CAPITALS}]")
# A verb that `SAID` may begin at: one that a name may follow, which opens with a capital, a bracket (`(Rtd)`) or an
# Arabic article (not `said the`, nor `told`, which no name follows in the pattern).
_VERB_BEFORE_NAME = re.compile(rf"(?:said|says|added|noted)\s+(?:[{_CAPITALS}(]|{_ARABIC_ARTICLE})")
_HONORIFIC_WORDS = frozenset(word for honorific in (*HONORIFICS, *MILITARY_RANKS) for word in honorific.split())
# Honorifics that are never a name's first word (unlike `Tan` of `Tan Sri` or `Tengku`).
_COURTESY_TITLES = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof.", "Professor",
                              "Sir", "Dame", "Madam", "Madame", "Amb.", "Amb"})
_HONORIFIC_LEAD = re.compile(rf"^(?:(?:{_HON})\s+)+")
_RANK_LEAD = re.compile(rf"^(?:(?:{_trie_pattern(MILITARY_RANKS)})\s+)+")
# Words of a title or its abbreviation before a name standing alone: `President Mirziyoyev`, `PM Shehbaz`.
# (Not the `s` of the pattern's `\s`, which TITLE_CUES holds too.)
_TITLE_LEAD = frozenset({*(word.capitalize() for word in TITLE_CUES if len(word) > 1), "PM", "DPM", "FM"})
# The most words of a run beginning with a title that a short form is taken from (`Prime Minister Anwar`).
LEAD_RUN_WORDS_MAX = 4
# A place ending the clause before a role of a nationality: `in Warsaw, Polish Deputy Defence Minister X`
# (not the first of a ministry's fields: `Investment, Trade and Industry Minister`).
_PLACE_BEFORE_ROLE = re.compile(r"^[A-Z][\w’'-]*,\s+")
# The styles of a head of state or a minister, written before their office as before their name: `HE the Minister of
# Commerce`, `His Highness the Amir`, the Saudi king's `Custodian of the Two Holy Mosques King Salman` (not other
# honorifics, which begin offices or countries: `Sri Lankan`).
STYLES = ("H.E.", "HE", "His Excellency", "Her Excellency", "His Highness", "Her Highness", "His Royal Highness",
          "Her Royal Highness", "His Majesty", "Her Majesty", "HH", "HRH", "Custodian of the Two Holy Mosques")
# The first letters of the styles: a role beginning with no other has none.
_STYLE_LETTERS = frozenset(style[0] for style in STYLES)
_STYLE_LEAD = re.compile(rf"^(?:(?:{_trie_pattern(STYLES)})\s+)+(?:the\s+)?")
# Not `His` or `Her` of a style, which `_STYLE_LEAD` takes whole (`of His Majesty King` is `King`).
_LEADING_LINKS = re.compile(r"^(?:(?:[Tt]he|and|of|at|by|with|for|(?:[Hh]is|[Hh]er)(?!\s+(?:Majesty|Highness|Royal|"
                            r"Excellency)\s)|[Tt]heir|[Ii]ts)\s+)+")
# A sentence's opening phrase caught before a role: `In April, Crown Prince`, `On Monday, President`.
_OPENING_PHRASE = re.compile(r"^(?:In|On|At|During|After|Before|Meanwhile|Earlier|Later|Separately)\b[^,]{0,30},\s*")
# A conjunction opening the sentence before a role: `When Prime Minister Narendra Modi visited Tokyo`.
_OPENING_CONJUNCTION = re.compile(r"^(?:When|While|As|If|Since|Although|Though|Because|Once|Until|Whereas|After|Before)\s+")
# An adverb opening the sentence before a role without a comma: `Meanwhile Malaysia's trade minister`.
# `Then` too, as in `Then President X visited Tokyo`, the office held at the time.
OPENING_ADVERBS = ("Then", "Meanwhile", "Earlier", "Later", "Separately", "However", "Also", "Additionally",
                   "Moreover", "Furthermore", "Similarly", "Likewise")
_OPENING_ADVERB = re.compile(rf"^(?:{'|'.join(OPENING_ADVERBS)})\s+")
# Capitalised words opening a sentence before a speaker's name, never its first word: `Then Gabriel Boric said`.
_OPENING_WORDS = _NOT_FIRST_NAME_WORDS | frozenset(OPENING_ADVERBS)
# A state's formal name ending a role, or before where its envoy is posted: `of the Republic of Türkiye`, `of the
# Kingdom of Saudi Arabia`, `of the Federative Republic of Brazil to Kazakhstan`.
_OF_STATE_END = re.compile(r"\s+of\s+(?P<state>(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+of\s+(?:the\s+)?[A-Z][\w’'-]*"
                           r"(?:\s+[A-Z][\w’'-]*)*)(?=\s+to\s+(?:the\s+)?[A-Z][\w’'-]*$|$)")
# Where an envoy is posted, at a role's end: `to the Kyrgyz Republic`.
_POSTED_TO = re.compile(r"\sto\s+((?:the\s+)?[A-Z][\w’'-]*\s+[A-Z][\w’'-]*)$")
# The last word of a state's formal name before its `of`: `Republic` of `the United Republic of Tanzania`.
STATE_FORMS = frozenset({"Republic", "Kingdom", "Sultanate", "State", "Emirate", "Federation", "Commonwealth",
                         "Principality", "Duchy", "Confederation"})
_LEADING_AND = re.compile(r"^[A-Z]\w+\s+and\s+")


@lru_cache(maxsize=8192)
def unmarked(text: str) -> str:
    """The text without diacritics, its case kept: `Erdogan` of `Erdoğan`, `Omer` of `Ömer`, as papers write
    Turkish names one way or the other, sometimes both in one article."""
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text.replace("ı", "i"))
    return "".join(char for char in text if not unicodedata.combining(char))


def _without_possessive(text: str) -> str:
    """`Korea` of `Korea's`; `Emirates` of `Emirates'`, the possessive of a name ending in `s`."""
    if text.endswith(("’s", "'s")):
        return text[:-2]
    return text[:-1] if text.endswith(("s'", "s’")) else text


def _before_possessive(name: str) -> str:
    """A name up to the owner's word that ends it, without its `'s`: `Tony Abbott` of `Tony Abbott's Liberal
    Party`, as a name word with `'s` owns what follows it and is the name's last."""
    owner = _OWNER_IN_NAME.search(name)
    return name[:owner.start()] if owner else name


def _after_state_owner(text: str, start: int, countries: CountryNames) -> int:
    """Where a name begins after the state owning it, if one does: after `Malaysia's` in `Malaysia's Zafrul Aziz`,
    as English puts a person's state in the possessive before the name. Another owner (`the President's Media
    Division`) is left, as what it owns may be a body, not a person."""
    owner = _POSSESSOR.match(text, start)
    if owner and countries.canonical(text[start:owner.end()].rstrip()[:-2]):
        return owner.end()
    return start


def _without_rank(written: str) -> str:
    """A name as written without the military rank before it: `Datuk Sabri Yusof` of `Rear Admiral (Rtd) Datuk
    Sabri Yusof`, a form the article may use again (the rank is an office, not a form of the name)."""
    return _RANK_LEAD.sub("", written) if written.split(" ", 1)[0] in _RANK_FIRST_WORDS else written


# The state an article is about, owning an office without its name: `the country's trade minister` is the trade
# minister, whose state the role cannot name.
_GENERIC_OWNER = re.compile(r"^(?:country|nation)[’']s\s+")
# A word of tenure capitalised as a sentence's first: `Former Prime Minister X said`.
_CAPITALISED_TENURE = re.compile(rf"^(?:{'|'.join(word.capitalize() for word in _TENURE.split('|'))})\s")


def _lower_tenure(role: str) -> str:
    """A role with its first word of tenure in lower case, as written inside a sentence: `former Prime Minister` of
    `Former Prime Minister`, one office whether or not the sentence begins with it."""
    return role[0].lower() + role[1:] if _CAPITALISED_TENURE.match(role) else role


# The most words of a country's name written before its office (`United Arab Emirates President`).
COUNTRY_WORDS_MAX = 4


# Roles recur across sentences and articles (`Prime Minister`).
@lru_cache(maxsize=4096)
def _clean_role(role: str, countries: CountryNames) -> str:
    role = role.strip(" ,")
    if role[:1] in _STYLE_LETTERS:  # before `His` is taken for a link: `His Highness the Amir`
        role = _STYLE_LEAD.sub("", role)
    role = _after_last_clause(_LEADING_LINKS.sub("", _OPENING_CONJUNCTION.sub("", _OPENING_PHRASE.sub("", role))))
    role = _LEADING_LINKS.sub("", _OPENING_ADVERB.sub("", role))  # the clause may begin `, and Foreign Minister`
    role = _GENERIC_OWNER.sub("", _lower_tenure(role))
    if role[:1] in _STYLE_LETTERS:
        role = _STYLE_LEAD.sub("", role)
    if " and " in role:  # (its `the` after another's name: `X and the Ambassador of Türkiye`)
        role = _LEADING_LINKS.sub("", _after_other_people(role, countries))
    role = _state_by_its_name(role, countries)
    before = _PLACE_BEFORE_ROLE.match(role)
    if before and countries.of_demonym(role[before.end():].split(" ", 1)[0]):
        role = role[before.end():]
    words = role.split()
    for i, word in enumerate(words):
        size = 2 if countries.of_demonym(" ".join(words[i:i + 2])) and i + 1 < len(words) else 1  # `South Korean`
        country = countries.of_demonym(" ".join(words[i:i + size])) or _country_of_office(words, i, countries)
        if country and words[i + size:i + size + 1] in (["Abroad"], ["Expatriates"]):
            continue  # the citizens in a ministry's charge: `Minister of Foreign Affairs and Senegalese Abroad`
        if country and _names_company(words[i + size:]):
            return role  # `Turkish Aerospace CEO`: a company's officer, not Türkiye's
        if country:
            i, size = _country_words(words, i, size, country, countries)
            rest = " ".join(words[:i] + words[i + size:])
            if i and words[i + size - 1] != _without_possessive(words[i + size - 1]) \
                    and all(word[:1].isupper() for word in words[:i]):
                # `Enterprise Ireland's chief executive`: an organisation named after its country owns the role.
                return f"{' '.join(words[i + size:])} of {_without_possessive(' '.join(words[:i + size]))}"
            return _of_country(rest, country) if rest else role
    return role


def _country_words(words: list[str], at: int, size: int, country: str,
                   countries: CountryNames) -> tuple[int, int]:
    """Where the country found at `at` is written in full, as a name of several words: `United Arab Emirates` of
    `Emirates`, `Saudi Arabia` of `Saudi` (else its `Arabia` is left in the role)."""
    for start in range(max(0, at - COUNTRY_WORDS_MAX + 1), at + 1):
        for end in range(min(len(words), start + COUNTRY_WORDS_MAX), at + size - 1, -1):
            if end - start > size and countries.canonical(_without_possessive(" ".join(words[start:end]))) == country:
                return start, end - start
    if at > 1 and words[at - 1] == "of" and words[at - 2] in STATE_FORMS:  # `Republic of Korea's`, a formal name
        return at - 2, size + 2
    return at, size


def _state_by_its_name(role: str, countries: CountryNames) -> str:
    """A role's state as news name it: `Minister of Trade of Türkiye` for `... of the Republic of Türkiye`, an
    envoy's before where they are posted (`Ambassador of the Republic of Korea to Kenya`), also
    where the formal name is not known as such (`the Republic of Rwanda`)."""
    posted = _POSTED_TO.search(role) if " to " in role else None
    posted_in = countries.canonical(posted.group(1)) if posted else None
    if posted and posted_in and posted_in != posted.group(1).removeprefix("the "):  # `to the Kyrgyz Republic`
        role = f"{role[:posted.start(1)]}{posted_in}"
    state = _OF_STATE_END.search(role) if " of " in role else None
    country = countries.canonical(state.group("state")) if state else None
    if state and not country:
        form, _, name = state.group("state").rpartition(" of ")
        if form.rsplit(" ", 1)[-1] in STATE_FORMS:
            country = countries.canonical(name.removeprefix("the "))
    return f"{role[:state.start()]} of {country}{role[state.end():]}" if state and country else role


def _names_company(after: list[str]) -> bool:
    """The words after a nationality are a company's name and a company's title (`Aerospace CEO` of `Turkish
    Aerospace CEO`, `Airlines chairman`), or an organisation's name and any title (`International Chamber of
    Commerce and Industry (MICCI) president`), not an office of state (`Trade Minister`, `Cabinet Secretary`)."""
    if len(after) < 2 or not after[0][:1].isupper():
        return False
    if not ORGANISATION_NOUNS.isdisjoint(word.lower() for word in after[:-1]):
        return True
    if not _CORPORATE_TITLE.search(" ".join(after)):
        return False
    word = after[0].strip(",").lower()
    return word not in TITLE_CUES and word not in _OFFICE_WORDS and not _is_portfolio_word(word)


def _of_country(role: str, country: str) -> str:
    """`Ambassador to the UAE` of Malaysia: `Ambassador of Malaysia to the UAE`; `High Commissioner of Sri Lanka in
    Islamabad`."""
    for posted in (" to ", " in "):
        office, at, where = role.partition(posted)
        if at:
            return f"{office} of {country}{posted}{where}"
    return f"{role} of {country}"


def _after_last_clause(role: str) -> str:
    """The role from the last comma after which a title comes, or before which no field of a ministry does: the
    words before it end another clause (`... Partnership Agreement, Prime Minister`, `at the fair in Istanbul,
    Defense Industries Agency President`), unlike the fields of a ministry (`Investment, Trade and Industry
    Minister`)."""
    comma = role.rfind(", ")
    while comma >= 0:
        if _TITLE_AT.match(role, comma + 2) or not _is_office_word(role[:comma].rsplit(" ", 1)[-1]):
            return role[comma + 2:]
        comma = role.rfind(", ", 0, comma)
    return role


def _after_other_people(role: str, countries: CountryNames) -> str:
    """The role from after an `and` joining it to someone else: capitalised words before the `and` with no title,
    field, nationality or organisation's word in them name another person (`Mr Tinubu and President`, `Rafizi Ramli
    and Singapore’s trade minister`) when they are two words or more, or when a title follows the `and`; a single
    word before a field is a field too (`Aviation and Aerospace Minister`). A title and a one-word name (`President
    Marcos and South Korean President`) is someone else when a title follows the `and`; so is a role ended by a
    comma when a title or a country's office follows it (`Minister of State for Foreign Trade, and Vietnam's`), or
    by a name of two words at least (`Minister of Foreign Affairs and Senegalese Abroad Aissata Tall Sall and
    Senegal's Ambassador`)."""
    start = after_and = 0
    at = role.find(" and ")
    while at >= 0:
        before = role[after_and:at].split()
        if (len(before) > 1 or _titled_after(role, at + 5, countries)) \
                and all(_may_be_name_word(w, countries) for w in before) \
                or _titled_person(before, countries) and _titled_after(role, at + 5, countries) \
                or role[at - 1] == "," and _office_of_other(role, at + 5, countries) \
                or len(before) > 1 and _may_be_name_word(before[-2], countries) \
                and _may_be_name_word(before[-1], countries) and _office_of_other(role, at + 5, countries):
            start = at + 5
        after_and = at + 5
        at = role.find(" and ", after_and)
    return role[start:]


def _titled_person(before: list[str], countries: CountryNames) -> bool:
    """A title and a one-word name (`President Marcos`), someone else than the person whose title follows an `and`."""
    return (len(before) > 1 and all(_is_office_word(word) for word in before[:-1])
            and _may_be_name_word(before[-1], countries))


def _office_of_other(role: str, at: int, countries: CountryNames) -> bool:
    """After a comma's `and`, a title or a country's office (`..., and Vietnam's trade minister`) is another's role;
    fields are one portfolio's list (`Trade, Industry, and Energy Minister`)."""
    word = role[at:].split(" ", 1)[0]
    owner = _without_possessive(word)
    return (_titled_after(role, at, countries) or bool(countries.of_demonym(word))
            or owner != word and countries.canonical(owner) is not None)


def _titled_after(role: str, at: int, countries: CountryNames) -> bool:
    """A title begins at `at`, maybe after a nationality or a country of one or two words (`Cuong and Chilean
    President`, `... and South Korean President`, `Ruto and UAE President`), or after a party's name (`Lula and
    Communist Party General Secretary`): an office whose words name whose it is, so the word before the `and` is
    another's name, not a field of the same office."""
    if _TITLE_AT.match(role, at):
        return True
    words = role[at:].split(" ", 2)
    for size in (1, 2):
        lead = " ".join(words[:size])
        if len(words) > size and (countries.of_demonym(lead) or countries.canonical(_without_possessive(lead))):
            return _TITLE_AT.match(role, at + len(lead) + 1) is not None
    return _PARTY_OFFICE.match(role, at) is not None


# A party's name before one of its offices: `Communist Party General Secretary`, `Workers' Party Chairman`.
_PARTY_OFFICE = re.compile(rf"(?:[A-Z][\w’'-]*\s+){{0,3}}Party\s+(?:[A-Z][\w’'-]*\s+){{0,2}}?{_ROLE_TITLE}")


def _may_be_name_word(word: str, countries: CountryNames) -> bool:
    """A capitalised word that is no title, field, nationality or organisation's word (`Institute`)."""
    return (word[:1].isupper() and not word.endswith(",") and word.lower() not in NOT_NAME_WORDS
            and not _is_office_word(word) and not countries.of_demonym(word))


def _is_office_word(word: str) -> bool:
    """A title's word or a ministry's field (`Minister`, `CEO`, `Trade`)."""
    word = word.strip(",")
    return word.lower() in TITLE_CUES or _is_portfolio_word(word)


def _country_of_office(words: list[str], at: int, countries: CountryNames) -> str | None:
    """`Azerbaijan's Economy Minister`, `UAE President`: the country whose office the role is
    (not the `Malaysia` of an organisation's name: `ISIS Malaysia chairman`)."""
    word = words[at]
    country = countries.canonical(_without_possessive(word))
    if country and (word != _without_possessive(word) or at + 1 < len(words) and words[at + 1] in STATE_OFFICES):
        return country
    if at + 1 < len(words) and words[at + 1][-2:] in ("’s", "'s"):  # a name of two words: `Sri Lanka's`
        return countries.canonical(_without_possessive(f"{word} {words[at + 1]}"))
    return None


# Initials written together, each with its full stop: `A.K.` of `A.K. Abdul Momen`; or without (`AK`).
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_UNDOTTED_INITIALS = re.compile(r"[A-Z]{2,3}")
# Titles' abbreviations written before a name, which are no initials: `PM Narendra Modi`, `MP`, `CEO`.
_TITLE_ABBREVIATIONS = frozenset({"PM", "DPM", "FM", "MP", "CM", "DG", "SG", "VP", "CEO", "COO", "CFO", "MD", "GM",
                                  "MEP", "MLA"})


# Acronyms of two capitals that name a body or a thing, never a person's initials: `UN Guterres`, `EU envoy`.
BODY_ACRONYMS = frozenset({"UN", "EU", "AU", "UK", "US", "WB", "EC", "IT", "AI", "TV", "PR", "HR", "ID", "OK"})


# A monarch's titles, which begin no name (`King` ends one: `Martin Luther King`).
MONARCHS = frozenset({"King", "Queen"})
# The numbers ending the name of a son or grandson named after his father: `Martin Luther King III`; or a monarch's
# regnal name after the title (`King Abdullah II`, `King Mohammed VI`).
NAME_NUMBERS = frozenset({"II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XVI"})
# The bodies whose last word a portfolio's word before it leaves to the name after a title: `Chairman of the
# National Assembly Tran Thanh Man` (`National` is a field). Two name words at least stay after it.
_BODY_ENDING_ROLE = re.compile(r"(Assembly|Parliament|Senate|Congress|Council|Committee|Commission|Cabinet|Court|"
                               r"Chamber|Majlis|Duma)\s+(?=\S+\s+\S)")


# Months that are given names too (`January Makamba`, `April Ryan`): a name's first word after a title, which no date
# follows there.
GIVEN_MONTHS = frozenset({"January", "April", "June", "July", "August"})


@lru_cache(maxsize=8192)
def _valid_name(name: str, countries: CountryNames, pair: tuple[str, str], titled: bool = False,
                national: bool = False) -> bool:
    """Not an organisation (one named after the pair's countries too: `Malaysia Airlines`), a country,
    a nationality, a people or an acronym; other countries' names stay possible names (`Israel Katz`). A name a title
    gives (`titled`) may end in a regnal number (`King Abdullah II`); where that title has its country already
    (`national`), its first word may be a nationality's, as no second one comes between the title and its holder: it
    is a given name (`Colombian Trade Minister German Umana`), as a month's may be (`GIVEN_MONTHS`). Names recur, so
    each is judged once."""
    words = name.split()
    if words[0] in _COURTESY_TITLES or words[0] in _RANK_FIRST_WORDS or words[0] in MONARCHS:
        return False  # `Mr Wong`: a title and a family name; `King Abdullah`: a monarch's title and name
    given_month = titled and words[0] in GIVEN_MONTHS
    if any(w.lower().strip("'’") in NOT_NAME_WORDS or countries.canonical(w.strip("'’")) in pair
           for w in words[given_month:]):
        return False
    if any(map(_is_portfolio_word, words)):  # `Investment Khalid Al-Falih` of `Minister of Investment`
        return False
    if countries.canonical(name) or any(countries.of_demonym(w) for w in words[national and len(words) > 1:]):
        return False
    if len(words) == 1 and name.endswith("s") and countries.of_demonym(name[:-1]):
        return False  # a people, not one (`the Minister for Overseas Indians.`: `Indians` ends the office)
    # An acronym, not an initial (`S.`) or initials (`A.K.`, `AK` first), unless a country's (`U.S.`), nor the
    # number ending a name (`Martin Luther King III`).
    return not any(len(w.rstrip(".")) > 1 and w.isupper()
                   and not (_INITIALS.fullmatch(w) and not countries.canonical(w))
                   and not (i == 0 and _undotted_initials(words, countries, titled))
                   and not (i == len(words) - 1 and (i > 1 or titled) and w in NAME_NUMBERS)
                   for i, w in enumerate(words))


# Ranks written without their full stop that are given names too: `Gen` of the Japanese `Gen Nakatani`.
GIVEN_NAME_RANKS = frozenset({"Gen"})
# The words of a commander's office, which a rank before its holder's name goes with: `Army chief Gen Munir`.
_MILITARY_OFFICE = re.compile(r"\b(?i:chief|chiefs|commander|command|army|navy|naval|air\s+force|military|staff|"
                              r"forces|general|marshal|admiral|corps|brigade|division)\b")


def _rank_as_given_name(name: str, role: str) -> bool:
    """A name of two words after a title, the first a rank's abbreviation without its stop that is a given name too
    (`Defense Minister Gen Nakatani`): a given name after a civil office, as a general's rank goes with a commander's
    (`Army chief Gen Munir`) and before a full name is read as a rank (`Gen Asim Munir`), with a stop always (`Gen.
    Munir`)."""
    first, _, rest = name.partition(" ")
    return first in GIVEN_NAME_RANKS and " " not in rest and _MILITARY_OFFICE.search(role) is None


def _ranked_mononym(name: str) -> str | None:
    """The one word a name read after a title is once the military rank before it is dropped (`Munir` of `Army chief
    Gen Munir`): the rank goes with the office, and the word is a family name, as after any title (`Foreign Minister
    Sugiono`); None for a name that opens with no rank or has more words after it."""
    if name.split(" ", 1)[0] not in _RANK_FIRST_WORDS:
        return None
    rest = _RANK_LEAD.sub("", f"{name} ").strip()
    return rest if rest and " " not in rest else None


def _given_nationality(name: str, role: str, context: ArticleContext) -> bool:
    """A name whose first word is a nationality's after a role that names its country (`German` of `Colombian Trade
    Minister German Umana`)."""
    return bool(context.countries.of_demonym(name.split(" ", 1)[0]) and context.countries.mentioned(role))


def _undotted_initials(words: list[str], countries: CountryNames, titled: bool = False) -> bool:
    """The first word initials written without full stops, as South Asian papers write them (`AK Abdul Momen`,
    `AHM Mustafa Kamal`): two or three capitals before two more words at least, or two before one after a title
    (`Chief Minister MK Stalin`), none an office's word (not an organisation's or a country's officer: `EU
    Commissioner Jutta Urpilainen`), and no title's abbreviation, body's acronym or country (`PM Narendra Modi`,
    `UN Guterres`, `UK Trade Secretary`)."""
    return ((len(words) > 2 or titled and len(words) == 2 and len(words[0]) == 2 and words[0] not in BODY_ACRONYMS)
            and _UNDOTTED_INITIALS.fullmatch(words[0]) is not None
            and words[0] not in _TITLE_ABBREVIATIONS and not countries.canonical(words[0])
            and not any(_is_office_word(word) for word in words[1:]))


def find_people(context: ArticleContext) -> list[Person]:
    """Named people, each once, with the role and the other forms the article uses for them."""
    people: dict[str, Person] = {}
    order: list[str] = []

    def add(name: str, role: str | None, full: str) -> Person:
        key = fold(name)  # `Omer Bolat` is `Ömer Bolat`
        # `Sheikh Tamim` is the `Tamim` of `Tamim bin Hamad Al Thani`.
        bare = fold(_HONORIFIC_LEAD.sub("", name)) if name.split(" ", 1)[0] in _HONORIFIC_WORDS else None
        for existing_key, person in people.items():
            if _may_be_same(key, existing_key) or (bare is not None and bare in existing_key):
                if len(bare or key) > len(existing_key):  # `Tengku Zafrul` is a short form of `Zafrul Aziz`
                    break
                if role and (not person.role or role.startswith(f"{person.role} of ")):
                    person.role = role  # `Trade Minister of Türkiye` says more than `Trade Minister`
                if full != person.name and full not in person.aliases:
                    person.aliases.append(full)
                return person
        else:
            people[key] = Person(name=name, role=role, aliases=[full] if full != name else [])
            order.append(key)
            return people[key]
        old = people.pop(existing_key)
        order[order.index(existing_key)] = key
        aliases = [a for a in [*old.aliases, old.name] if a != name]
        people[key] = Person(name=name, role=role or old.role, aliases=aliases + ([full] if full != name else []))
        return people[key]

    previous_role = None
    previous_holder: Person | None = None
    mononyms: list[tuple[str, str | None]] = []
    nicknamed = False  # whether a sentence has a word giving a nickname
    for index, sentence in enumerate(context.sentences):
        cues = word_set(sentence) & _CUES  # one intersection, so that each test below looks at a few words only
        nicknamed = nicknamed or not cues.isdisjoint(NICKNAME_WORDS)
        titled_names: list[tuple[int, int]] = []
        holders: list[Person] = []  # the people whose titles the sentence gives, in order
        titled, titled_mononyms = _titled(sentence, cues)
        local_heads = _local_heads(sentence, cues, context)
        if local_heads:  # a place read as a state's name would leave its office no name
            titled = sorted([*local_heads, *_named_apart_from(titled, local_heads)], key=lambda match: match.start())
        if titled_mononyms:  # `titled` alone is in order already
            titled = sorted([*titled, *titled_mononyms], key=lambda match: match.start())
        for match in titled:
            if sentence[max(0, match.start() - 6):match.start()].endswith(_FATHER_LINK_ENDS):
                continue  # a father's name, part of the son's (`ibni Al-Marhum Sultan Haji Omar`)
            if match.re is MONONYM:  # judged at the end; its role is the one a counterpart after it shares
                previous_role = _role_of(match, context.countries)
                mononyms.append((match.group("name"), previous_role))
                continue
            parts = _titled_parts(match, context.countries)
            if parts is None:
                continue
            role, role_end, (name_start, name_end), end = parts
            body = _BODY_ENDING_ROLE.match(sentence, name_start, name_end)
            if body:  # `Chairman of the National Assembly Tran Thanh Man`: the body's last word ends the role
                role, role_end, name_start = f"{role} {body.group(1)}", body.start(1) + len(body.group(1)), body.end()
            if sentence[name_start:name_end].rsplit(" ", 2)[-2:-1] in _FATHER_LINK_WORDS:
                father = _FATHER_NAME_REST.match(sentence, name_end)
                if father:  # the father's name goes on, his honorifics in it (`bin Pehin Datu ... Mohd Yusof`)
                    name_end = end = father.end()
            name = _without_possessive(sentence[name_start:name_end])
            given_rank = _rank_as_given_name(name, role)
            ranked = None if given_rank else _ranked_mononym(name)
            if ranked:  # judged at the end, as a one-word name after a title is
                titled_names.append((name_start, name_end))
                previous_role = _role_of(match, context.countries, role)
                mononyms.append((ranked, previous_role))
            elif _valid_name(name.split(" ", 1)[1] if given_rank else name, context.countries, context.pair, True,
                           _given_nationality(name, role, context)):
                titled_names.append((name_start, name_end))
                # (without a dash before the name, `_DASH_BEFORE_NAME`, nor the stop of `Jr.`)
                written = _without_possessive(sentence[role_end:end].lstrip(" –—-").strip(" ,").removesuffix("."))
                full = written if given_rank else _without_rank(written)
                role = _role_of(match, context.countries, role)
                if sentence.startswith(" of ", end):
                    role = _with_state_after_name(sentence, end, role, context.countries)
                if role.startswith("counterpart") and previous_role:  # `President X and his Indonesian counterpart Y`
                    role = _shared_office(previous_role) + role.removeprefix("counterpart")
                    if previous_holder is not None:
                        _host_of_other_side(previous_holder, role, context)
                previous_role = role
                previous_holder = add(name, role, full)
                holders.append(previous_holder)
        if "counterparts" in cues:
            for name, role in _listed_counterparts(sentence, holders, context):
                add(name, role, name)
        # (An appositive's role has a role's noun: a sentence without one is skipped.)
        appositive = _appositive(sentence, context.countries) if not cues.isdisjoint(_ROLE_NOUN_WORDS) else None
        if appositive and _valid_name(appositive[0], context.countries, context.pair):
            name, role, full = appositive
            add(name, _clean_role(role, context.countries), full)
        # (An office between commas has a title's word, one of `TITLE_HEAD_CUES`, its letters matched in their case:
        # a sentence without one is skipped.)
        if not cues.isdisjoint(TITLE_HEAD_CUES) \
                and (not cues.isdisjoint(APPOSITIVE_NAME_CUES) or "by" in cues or _may_own_office(sentence, cues)) \
                and _title_after_comma(sentence):
            tenured = not cues.isdisjoint(TENURE_WORDS)
            for match in HONOURED_APPOSITIVE.finditer(sentence):
                name, full = match.group("long") or match.group("name"), match.group("full")
                if (full != name or any(link in name for link in FATHER_LINKS) or tenured and _tenured(match)
                        or _a_states_office_after(match, context.countries) or _agent_of_deed(match)) \
                        and _valid_name(name, context.countries, context.pair):
                    add(name, _clean_role(match.group("role"), context.countries), _without_rank(full))
        if not cues.isdisjoint(ROYAL_STYLE_CUES) and not cues.isdisjoint(ARAB_NAME_CUES):
            for match in ROYAL_STYLED.finditer(sentence):
                if any(start < match.end() and match.start() < end for start, end in titled_names):
                    continue  # the name a title gave
                name = _without_possessive(match.group("name"))
                if _valid_name(name, context.countries, context.pair):
                    add(name, None, _without_possessive(match.group()))
        verbs = cues & SAID_CUES
        for match in sayings(sentence, verbs) if verbs else ():
            group = match.lastgroup or "name"  # `long`, `long2`, `name` or `name2`, whichever matched
            if any(start < match.end(group) and match.start(group) < end for start, end in titled_names):
                continue  # the end of a long name that a title gave (`Minister Wan Ahmad Fayhsal Wan Ahmad Kamal`),
                # or a name that a title's words begin (`Pertuan Agong Sultan Ibrahim` of `Yang di-Pertuan Agong`)
            if _in_local_place(sentence, match.start(group)):
                continue
            name = _without_possessive(sentence[_after_state_owner(sentence, match.start(group), context.countries)
                                                :match.end(group)])
            if _valid_name(name, context.countries, context.pair):
                add(name, _role_after(sentence, match, context.countries), name)
        for match in SUCCEEDED.finditer(sentence) if not cues.isdisjoint(SUCCESSION_CUES) else ():
            name = _before_possessive(match.group("name"))
            if _valid_name(name, context.countries, context.pair):
                add(name, None, name)
        if sentence[:1].isupper() and not cues.isdisjoint(VISIT_CUES):
            visitor = _VISITOR.match(sentence)
            following = context.sentences[index + 1][:4] if index + 1 < len(context.sentences) else ""
            if visitor and visitor.group("name") not in PRONOUNS \
                    and (_PERSONAL.search(sentence, visitor.end()) or following.startswith(("He ", "She "))):
                mononyms.append((visitor.group("name"), None))
    result = [people[k] for k in order]
    result += _one_word_names(mononyms, result, context)
    if not result:  # no one to find other forms of
        return result
    name_words = {word for person in result for word in person.name.split()}
    text = "|".join(context.sentences)  # `|` is in no run and no nickname's cue: each stays within its sentence
    runs = _capitalised_runs(text, frozenset(name_words | set(map(unmarked, name_words))))
    runs_by_unmarked = _by_unmarked(runs)
    claimed: set[str] = set()  # a family name two people share is the first one's (`Faye` of the President, not
    # of the First Lady after him)
    for person in result:
        short = _short_forms(person, runs, runs_by_unmarked)
        short = [s for s in short if s not in person.aliases and s != person.name and s not in claimed
                 and not (s == person.name.split(" ", 1)[0] and _only_a_place(s, context.sentences))]
        person.aliases.extend(short)
        claimed.update(short)
    if nicknamed:  # (few articles give a nickname)
        _add_nicknames(context.sentences, result)
    _monarchs_state(result, context)
    _states_from_short_forms(result, text, context.countries)
    return result


# A state written after the name its office's title came before: `President Joko Widodo of Indonesia`.
_OF_STATE_AFTER_NAME = re.compile(r" of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?![’'])")


def _with_state_after_name(sentence: str, end: int, role: str, countries: CountryNames) -> str:
    """The role with the state written after its holder's name (`President X of Kazakhstan`), where the role names
    none and the words after `of` are a country's whole name, not an organisation's first (`of Kazakhstan Temir
    Zholy`) nor a possessive (`of Kazakhstan's economy`)."""
    after = _OF_STATE_AFTER_NAME.match(sentence, end)
    country = countries.canonical(after.group(1)) if after else None
    if country is None or countries.mentioned(role):
        return role
    return _of_country(role, country)


# The offices of heads of state and government, whose holders papers call `leader` too: `Tokayev, the Kazakh leader`.
LEADERS_OFFICES = frozenset({"President", "Prime Minister", "Premier", "Chancellor"})
# A nationality and a title between commas after a short form of a name: `said Vieira, the Brazilian minister`.
_NATIONAL_TITLE = re.compile(r"[Tt]he\s+(?P<demonym>[A-Z][\w-]+)\s+(?:[a-z]+\s+)?(?P<title>[a-z]+)\b")


def _states_from_short_forms(people: list[Person], text: str, countries: CountryNames) -> None:
    """The state of a role given without one (`Foreign Minister Mauro Vieira`), where the article (its sentences
    joined in `text`) calls its holder by a short form and then by a nationality and the role's title (`said Vieira,
    the Brazilian minister`)."""
    for person in people:
        if not person.role or not person.aliases or " of " in person.role or countries.mentioned(person.role):
            continue
        title = person.role.rsplit(" ", 1)[-1].lower()
        titles = {title, "leader"} if person.role in LEADERS_OFFICES else {title}
        for form in person.aliases:
            country = _state_after(f"{form}, ", titles, text, countries)
            if country:
                person.role = f"{person.role} of {country}"
                break


def _state_after(lead: str, titles: set[str], text: str, countries: CountryNames) -> str | None:
    """The country of the nationality after `lead` in the text, before one of the `titles` (`Vieira, the Brazilian
    minister`); None if none is there."""
    at = text.find(lead)
    while at >= 0:
        match = _NATIONAL_TITLE.match(text, at + len(lead))
        country = countries.of_demonym(match.group("demonym")) if match and match.group("title") in titles else None
        if country:
            return country
        at = text.find(lead, at + 1)
    return None


# A monarch's bare title, and the article's words naming whose monarch he is: `the Moroccan monarch`, `Jordan's king`.
MONARCH_TITLES = frozenset({"King", "Queen", "Emir", "Amir", "Sultan"})
_MONARCH_OF = re.compile(r"\b(?:[Tt]he\s+(?P<demonym>[A-Z][\w-]+)|(?P<owner>[A-Z][\w-]+)[’']s)\s+"
                         r"(?:monarch|[Kk]ing|[Qq]ueen|[Ee]mir|[Aa]mir|[Ss]ultan)\b")


def _monarchs_state(people: list[Person], context: ArticleContext) -> None:
    """The state of the article's one monarch whose title came bare (`King Mohammed VI visited Abuja`), where the
    article says it elsewhere (`the Moroccan monarch`) and names one such state only."""
    monarchs = [p for p in people if p.role and p.role.split(" ", 1)[0] in MONARCH_TITLES]
    if len(monarchs) != 1 or monarchs[0].role not in MONARCH_TITLES:
        return
    states = set()
    for sentence in context.sentences:  # rarely: an article with a bare monarch's title only
        for match in _MONARCH_OF.finditer(sentence):
            states.add(context.countries.of_demonym(match.group("demonym")) if match.group("demonym")
                       else context.countries.canonical(match.group("owner")))
    if len(states) == 1 and None not in states:
        monarchs[0].role = f"{monarchs[0].role} of {states.pop()}"


# Words before a place, not a person: `in Santiago` is the city, not Santiago Cafiero.
PLACE_PREPOSITIONS = frozenset({"in", "at", "near"})  # not `from`: `a call from Anwar`


def _only_a_place(word: str, sentences: list[str]) -> bool:
    """A given name that stands alone in the article only after a preposition of place: a city of that name."""
    places = 0
    standing = re.compile(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])")
    for sentence in sentences:
        if word not in sentence:  # each match is the word itself
            continue
        for match in standing.finditer(sentence):
            before = sentence[:match.start()].rstrip().rsplit(None, 1)[-1:]
            after = sentence[match.end():match.end() + 2]
            if before and before[0][:1].isupper() or after[1:2].isupper() and after[:1] == " ":
                continue  # within a longer run of capitalised words
            if before and before[0] in PLACE_PREPOSITIONS and after[:1] not in ("’", "'"):
                places += 1
            else:
                return False
    return places > 0


# A prince's or a sheikh's style before an Arab name, which a father's link or a family's article makes sure of: a
# person named without an office or a verb of saying (`Princess Reema bint Bandar attended`, `Sheikh Nasser Mohammed
# Al-Ahmad Al-Sabah received`), not a place named after one (`Prince Edward Island`, `the Sheikh Zayed bin Sultan Al
# Nahyan Mosque`).
ROYAL_STYLE_CUES = frozenset({"prince", "princess", "sheikh", "sheikha", "shaikh", "shaikha"})
ARAB_NAME_CUES = frozenset({"bin", "bint", "ibn", "al", "el"})
ROYAL_STYLED = re.compile(rf"(?<!\b[Tt]he\s)\b(?:Princess|Prince|Sheikha|Sheikh|Shaikha|Shaikh)\s+(?P<name>{_NAME_WORD}"
                          rf"(?=(?:\s+{_NAME_WORD})*\s+(?:bint?|ibn)\s|(?:\s+{_NAME_WORD})*\s+(?i:al|el)[- ][A-Z])"
                          rf"(?:\s+(?:(?:bint?|ibn)\s+)?{_LATER_NAME_WORD}){{1,5}}){_LONG_NAME_END}")


# A sentence opening with one word, the subject of a visit: a person named by the family name alone, as a paper
# writes a well-known visitor (`Díaz-Canel made an official visit to Mexico in late 2018, when he attended ...`); the
# sentence or the next goes on of a person (`he`, `his`), not of a company (`Samsung visited Jakarta to open a plant`).
_VISITOR = re.compile(rf"(?P<name>{_CAPITALISED_WORD})\s+(?:(?:made|paid)\s+(?:an?|his|her)\s+(?:[a-z-]+\s+){{0,2}}"
                      r"visit\b|visited\s|(?:arrived|landed)\s+in\s|travel?led\s+to\s)")
_PERSONAL = re.compile(r"\b(?:he|she|his|her|him)\b")
PRONOUNS = frozenset({"He", "She", "They", "It", "We", "I", "You", "Who", "This", "That", "These", "Those", "One",
                      "Each", "Both", "All", "There", "Here"})
VISIT_CUES = frozenset({"visit", "visited", "arrived", "landed", "travelled", "traveled"})


def _host_of_other_side(host: Person, counterpart_role: str, context: ArticleContext) -> None:
    """The host's state, read from a counterpart of one side of the pair: `Prime Minister Pham Minh Chinh hosted his
    Japanese counterpart Shigeru Ishiba` of Vietnam and Japan makes Chinh Prime Minister of Vietnam, as one meets
    the holder of the same office of the other state. Only where the host's role names no state and is the office
    the counterpart shares."""
    office, _, state = counterpart_role.partition(" of ")
    if not host.role or _as_minister(host.role) != office or context.countries.mentioned(host.role):
        return
    sides = [context.countries.canonical(side) or side for side in context.pair]
    country = context.countries.canonical(state)
    if len(set(sides)) == 2 and country in sides:
        host.role = _of_country(host.role, sides[1 - sides.index(country)])


# Counterparts named in a list after the word: `met their Japanese counterparts, Yasukazu Hamada and Yoshimasa
# Hayashi`; the nationality before it is their state's.
_COUNTERPARTS = re.compile(r"(?:\b(?P<demonym>[A-Z][\w’'-]*)\s+)?counterparts,?\s+(?=[A-Z])")
_LISTED_NAME = re.compile(rf"{_NAME}(?:(?P<comma>,\s+)(?!and\s)|,?\s+(?P<last>and)\s+)?")


def _listed_counterparts(sentence: str, hosts: list[Person],
                         context: ArticleContext) -> list[tuple[str, str | None]]:
    """The names and roles of counterparts listed after `counterparts`: two or more names, the last after `and`.
    Where the sentence named as many hosts with titles before, English lists them in the same order (`Defence Minister
    X and Foreign Minister Y met their counterparts, A and B`): each holds the office of the host in its place, in
    their own state, which then tells each host's (`_host_of_other_side`). Else each is a counterpart of their state;
    without a state, the office is unknown."""
    found = _COUNTERPARTS.search(sentence)
    if not found:
        return []
    names = _names_listed(sentence, found.end())
    state = context.countries.of_demonym(found.group("demonym") or "")
    in_order: list[Person | None] = [*hosts] if len(hosts) == len(names) else [None] * len(names)
    listed: list[tuple[str, str | None]] = []
    for name, host in zip(names, in_order):
        if not _valid_name(name, context.countries, context.pair):
            continue
        office = _shared_office(host.role) if host is not None and host.role else "counterpart"
        role = _of_country(office, state) if state else None
        if host is not None and role:
            _host_of_other_side(host, role, context)
        listed.append((name, role))
    return listed


def _names_listed(sentence: str, at: int) -> list[str]:
    """The names of a list from `at`, separated by commas and an `and` before the last; none unless the list ends
    so."""
    names: list[str] = []
    after_and = False
    while (listed := _LISTED_NAME.match(sentence, at)) is not None:
        names.append(listed.group("name"))
        if after_and:
            return names
        if not (listed.group("comma") or listed.group("last")):
            return []
        after_and, at = listed.group("last") is not None, listed.end()
    return []


def _shared_office(role: str) -> str:
    """The office a counterpart shares: the title and a one-field portfolio (`Trade Minister`), not a portfolio of
    several fields, which is one country's ministry's own name (`Investment, Trade and Industry Minister`), in the
    title every state's minister has (`_as_minister`)."""
    office = _as_minister(role.split(" of ")[0])
    if "," not in office and " and " not in office:
        return office
    title = _TITLE_AT_END.search(office)
    return title.group() if title else office


# One state's own words for a minister, which another state's minister does not share: Kenya's `Cabinet Secretary`,
# India's `Union Minister` and `External Affairs Minister`, Pakistan's `Federal Minister`. A counterpart holds the same
# portfolio as a minister (`Trade Cabinet Secretary` of Kenya, `Trade Minister` of Tanzania), the one reading of their
# office that is true of every state; `Secretary` alone stays, as a `Foreign Secretary` may be a civil servant.
_OWN_MINISTER_WORDS = re.compile(r"\b(?:(?P<qualifier>Union|Federal)\s+(?=Minister\b)|(?P<cabinet>Cabinet\s+Secretary)"
                                 r"\b|(?P<external>External\s+Affairs)(?=\s+Minister\b))")
_MINISTER_WORDS = {"qualifier": "", "cabinet": "Minister", "external": "Foreign"}


def _as_minister(office: str) -> str:
    """The office in the words any state's minister has: `Trade Minister` of `Trade Cabinet Secretary`, `Foreign
    Minister` of `External Affairs Minister`, `Minister of Commerce` of `Union Minister of Commerce`."""
    if "Secretary" not in office and "Minister" not in office:
        return office
    return _OWN_MINISTER_WORDS.sub(lambda words: _MINISTER_WORDS[words.lastgroup or "qualifier"], office)


def _may_be_same(key: str, other: str) -> bool:
    """One folded name is in the other, so the two may name one person (`Anwar` of `Anwar Ibrahim`), unless the
    shorter begins with a title inside the longer, which names a father: `Sultan Ibrahim` in `Tunku Ismail Sultan
    Ibrahim`, his son."""
    short, long = (key, other) if len(key) <= len(other) else (other, key)
    at = long.find(short)
    return at >= 0 and (at == 0 or short.split(" ", 1)[0] not in TITLE_CUES)


# The longest word of a country's name of two words.
COUNTRY_WORD_LEN = 16


def _titled_parts(titled: re.Match[str],
                  countries: CountryNames) -> tuple[str, int, tuple[int, int], int] | None:
    """A titled match's role, where the role ends, where its name is and where the match ends. A state written
    before the name must end in a country (`_state_end`), else nothing is found; a state that is a country is named
    as news name it: `President of Kyrgyzstan` of `President of the Kyrgyz Republic`."""
    group = titled.lastgroup or "name"  # `long` or `name`: the name is the last group of either pattern
    sentence, role_start = titled.string, titled.start("role")
    state = titled.group("state") if titled.re is TITLED else None  # a role between commas has none
    if state is None:
        return titled.group("role"), titled.end("role"), titled.span(group), titled.end()
    state_start = titled.start("state")
    if not _styled_office_before(sentence, state_start):
        return None
    at = _state_end(sentence, state_start, titled.end("state"), countries)
    if at is None:
        return _organ_before_name(sentence, role_start, state_start, titled.end(group))
    name, end = titled.span(group), titled.end()
    if at != titled.end("state"):  # the name is read anew after the state's last words
        after = _NAME_AFTER_STATE.match(sentence, at)
        if after is None:
            return None
        name, end = after.span("name"), after.end()
    country = countries.canonical(_without_possessive(sentence[state_start:at]))
    if country:
        return f"{_THE_AT_END.sub('', sentence[role_start:state_start])}{country}", at, name, end
    return sentence[role_start:at], at, name, end


# The last word of a state organ's or a body's name, which ends the office of its head before the head's name: `Head
# of the Gas Sector Committee Yassin Mohamed`, `Head of the Mexican Delegation Marcelo Ebrard`.
# A staff's too, a commander's office (`Chief of the General Staff X`).
_ORGAN_END = re.compile(r"\s(?:Committee|Commission|Council|Delegation|Administration|Agency|Authority|Board|Office|"
                        r"Secretariat|Directorate|Bureau|Service|Fund|Bank|Staff)(?=\s)")
# A staff named by that word alone (`Army Chief of Staff Gen Asim Munir`), unlike other bodies (`Bank Indonesia`).
_STAFF = re.compile(r"Staff(?=\s)")


def _organ_before_name(sentence: str, role_start: int, state_start: int,
                       name_end: int) -> tuple[str, int, tuple[int, int], int] | None:
    """A titled match's parts where the words after the office's `of` are no state's but a body's, whose last word
    ends them (`_ORGAN_END`) and a name of two words at least follows; else None."""
    organ = _ORGAN_END.search(sentence, state_start, name_end) or _STAFF.match(sentence, state_start)
    after = _NAME_AFTER_STATE.match(sentence, organ.end()) if organ else None
    if after is None or " " not in after.group("name"):
        return None
    return sentence[role_start:organ.end()], organ.end(), after.span("name"), after.end()


def _state_end(sentence: str, start: int, end: int, countries: CountryNames) -> int | None:
    """Where a state found between `start` and `end` ends in a country: at `end`, or after the first words of the
    name the pattern read after it, which end a country's name of several words (`South` + `Africa` of `President of
    South Africa Cyril Ramaphosa`); None if at neither."""
    if _state_named(sentence[start:end], countries):
        return end
    for _ in range(COUNTRY_WORDS_MAX - 1):
        word = _NEXT_WORD.match(sentence, end)
        if word is None:
            return None
        end = word.end()
        if _state_named(sentence[start:end], countries):
            return end
    return None


_THE_AT_END = re.compile(r"the\s+$")


def _styled_office_before(sentence: str, state: int) -> bool:
    """The office before a state's `of` is capitalised, as a state agency styles an office before its holder's name
    (`President of Turkmenistan X`): a lower-case one is a member's of a body (`executive president of the Bangladesh
    Knitwear Manufacturers and Exporters Association`), whose name the state only begins."""
    before = _OF_BEFORE_STATE.search(sentence, max(0, state - OFFICE_WORD_REACH), state)
    return before is not None and before.group(1)[:1].isupper()


# The word before the `of` of a state: `Affairs` of `Minister of Foreign Affairs of Brazil`.
# How far before the state that word and its `of the` may begin.
OFFICE_WORD_REACH = 40
_OF_BEFORE_STATE = re.compile(r"(\S+)\s+of\s+(?:the\s+)?\Z")
_NEXT_WORD = re.compile(r"\s+[A-Z][\w’'-]*")
_NAME_AFTER_STATE = re.compile(rf"\s+{_NAME}{_NOT_BEFORE_STYLE}")
# The last state in a body's name: `Turkmenistan` of `Halk Maslahaty of the Milli Gengesh of Turkmenistan`.
_LAST_OF = re.compile(r"^.*\sof\s+(?:the\s+)?")


# The last word of a state's own organ, which ends the words between an office's `of` and its holder's name as a
# country does: `Head of the Presidential Administration X`, `Chairman of the Cabinet of Ministers X`.
STATE_ORGANS = frozenset({"Administration", "Ministers", "Cabinet", "Government", "Parliament", "Senate", "Assembly",
                          "Congress", "Duma", "Majlis"})


def _state_named(state: str, countries: CountryNames) -> bool:
    """The words between an office's `of` and a name end in a country's name: `Turkmenistan`, `the Republic of
    Korea`, `the Communist Party of Vietnam` (a body of a state), or in a state's organ (`the Cabinet of Ministers`)."""
    state = _without_possessive(state)
    return bool(countries.canonical(state) or " of " in state and countries.canonical(_LAST_OF.sub("", state))
                or state.rpartition(" ")[2] in STATE_ORGANS)


def _role_of(titled: re.Match[str], countries: CountryNames, role: str | None = None) -> str:
    """The role a title before a name gives (`role`, where `_titled_parts` reads it other than the match), without
    an `and` joining it to the sentence's first name."""
    role = role or titled.group("role")
    before = titled.string[max(0, titled.start() - COUNTRY_WORD_LEN):titled.start()].rsplit(None, 1)
    if before and before[-1][:1].isupper() and role[:1].isupper() and role.split(" ", 1)[0][-2:] in ("’s", "'s") \
            and countries.canonical(_without_possessive(f"{before[-1]} {role.split(' ', 1)[0]}")):
        role = f"{before[-1]} {role}"  # the first word of a country's name of two (`Sri` of `Sri Lanka's`)
    if titled.start() == 0 and _LEADING_AND.match(role) and not _is_office_word(role.split(" ", 1)[0]):
        role = role.split(" and ", 1)[1]
    dash = titled.string[max(0, titled.start() - 3):titled.start()]
    if "–" in dash or "—" in dash or dash[1:] == "- ":
        joined = _JOINED_OFFICE.search(titled.string, max(0, titled.start() - JOINED_OFFICE_REACH), titled.start())
        if joined:  # `Chairman of the Cabinet of Ministers – Head of the Presidential Administration X`: one holder
            role = f"{joined.group('office')} {joined.group('dash')} {role}"
    return _clean_role(role, countries)


# An office joined by a dash to the one before a name, both held by its holder: `Chairman of the Cabinet of Ministers
# – Head of the Presidential Administration Adylbek Kasymaliev` (a title and maybe its body, then the dash, or a
# hyphen between spaces where a paper types one: `Deputy Prime Minister - Minister of Trade X`).
JOINED_OFFICE_REACH = 80
_JOINED_OFFICE = re.compile(rf"{_WORD_START}(?P<office>{_ROLE_TITLE}(?:\s+of\s+(?:the\s+)?[A-Z][\w’'-]*"
                            rf"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*){{0,4}})?)\s+(?P<dash>[–—-])\s+\Z")


# The heads of a city, a province or a region, their office written before their name with its place, as state
# agencies write it: `Akim of Turkistan region Darkhan Satybaldy`, `Mayor of Tashkent Shavkat Umurzakov`, `Governor of
# Penang Ahmad Fuzi`, `Chief Minister of Sabah Hajiji Noor`. The place is no country, so `TITLED` reads none there.
_LOCAL_TITLE = (r"(?:(?:First\s+Deputy|Deputy|Vice|Acting)\s+)?"
                r"(?:Akim|Khokim|Hokim|Lord\s+Mayor|Mayor|Governor|Chief\s+Minister|Menteri\s+Besar|Premier)")
# The kind of place written after its name, which ends the place: `Turkistan region`, `Tashkent Region`.
_PLACE_KIND = (r"(?:[Rr]egion|[Pp]rovince|[Oo]blast|[Ss]tate|[Cc]ity|[Dd]istrict|[Cc]ounty|[Pp]refecture|"
               r"[Gg]overnorate|[Mm]unicipality|[Tt]erritory)\b")
_PLACE_WORD = r"[A-Z][\w’'-]*"
# Words one of which a sentence naming a local head has: its title's first, or `besar`.
LOCAL_HEAD_CUES = frozenset({"akim", "khokim", "hokim", "mayor", "governor", "chief", "besar", "premier"})
# The most words of a place's name without its kind (`Ho Chi Minh City`, `Kuala Lumpur`).
PLACE_WORDS_MAX = 3
# The words a place's name of several begins with: `East Java`, `North Sumatra`, `New Delhi`.
_PLACE_FIRST_WORDS = frozenset({"North", "South", "East", "West", "Central", "Northern", "Southern", "Eastern",
                                "Western", "New"})


def _local_head(place_words: int) -> re.Pattern[str]:
    """A local head's office and name, the place ended by its kind within `PLACE_WORDS_MAX` words, else
    `place_words` long."""
    place = (rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,{PLACE_WORDS_MAX - 1}}}?\s+{_PLACE_KIND}"
             rf"|{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{{place_words - 1}}}")
    return re.compile(rf"{_WORD_START}(?P<role>{_LOCAL_TITLE}\s+of\s+(?P<place>{place}))"
                      rf"\s+(?:{_long_name('long', honoured_only=False)}|{_NAME}){_NOT_BEFORE_STYLE}")


# By the number of the place's words.
LOCAL_HEADS = {words: _local_head(words) for words in range(1, PLACE_WORDS_MAX + 1)}


def _local_heads(sentence: str, cues: frozenset[str], context: ArticleContext) -> list[re.Match[str]]:
    """The local heads the sentence names with their offices; `cues` are its words among `_CUES`. The place is one
    word unless a kind of place ends it, its first word begins a longer one (`East Java`), or the article writes
    it with the words after it elsewhere too, without the name's next word (`Mayor of Kuala Lumpur X` where the
    article says `in Kuala Lumpur`, or is datelined there)."""
    if cues.isdisjoint(LOCAL_HEAD_CUES) or " of " not in sentence:
        return []
    found = []
    for match in LOCAL_HEADS[1].finditer(sentence):
        place = match.group("place")
        capital = _capital_words(sentence, match.start("place"))
        named = 0 if capital or " " in place else _name_written_apart(match, context)
        words = named or capital or 1 + (place in _PLACE_FIRST_WORDS)
        while not named and " " not in place and words < PLACE_WORDS_MAX and _written_apart(match, words, context):
            words += 1  # (a place with a space in it is ended by its kind)
        head = LOCAL_HEADS[words].match(sentence, match.start()) if words > 1 else match
        if head and _a_local_place(head, context.countries) and (" " in place or capital or named or _name_sure(head)
                                                                 or _written_apart(head, words - 1, context)):
            found.append(head)
    return found


# A place's name of several capitalised words, as many as a local head's place has.
_PLACE_OF_WORDS = re.compile(rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{1,{PLACE_WORDS_MAX - 1}}}")


@lru_cache(maxsize=1)
def _places_of_several_words() -> dict[str, tuple[str, ...]]:
    """The capitals and provinces named in two or three capitalised words (`Kuala Lumpur`, `Bandar Seri Begawan`,
    `Uttar Pradesh`, `Tamil Nadu`), from countryinfo, by their first word: a city's or a province's head is its
    mayor, governor or chief minister (`Chief Minister of Uttar Pradesh Yogi Adityanath`), and news write its whole
    name without its kind, so only a list knows where it ends."""
    named: dict[str, set[str]] = {}
    for info in CountryInfo.all().values():
        capital = info.get("capital")  # a list where a country has several
        for place in (capital if isinstance(capital, str) else "", *(info.get("provinces") or ())):
            if _PLACE_OF_WORDS.fullmatch(place):
                named.setdefault(place.split(" ", 1)[0], set()).add(place)
    # the longest first: `Bandar Seri Begawan`, `Nakhon Si Thammarat`
    return {first: tuple(sorted(places, key=len, reverse=True)) for first, places in named.items()}


def _capital_words(sentence: str, at: int) -> int:
    """The number of words of a capital or province of several words written at `at` (`Kuala Lumpur` of `Mayor of
    Kuala Lumpur Maimunah Mohd Sharif`), before a space; 0 where none is."""
    space = sentence.find(" ", at)
    for place in _places_of_several_words().get(sentence[at:space], ()) if space > at else ():
        if sentence.startswith(place, at) and sentence[at + len(place):at + len(place) + 1].isspace():
            return place.count(" ") + 1
    return 0


# A local head's title and the place's first word right before a name: the name's first word may be the place's.
_LOCAL_PLACE_BEFORE = re.compile(rf"{_LOCAL_TITLE}\s+of\s+{_PLACE_WORD}\s+\Z")
# How far back such a title and place can begin.
LOCAL_PLACE_REACH = 40


def _in_local_place(sentence: str, start: int) -> bool:
    """A name found at `start` begins inside a local head's place, whose end no kind marks and no list or other
    mention knows (`Lumpur` of `Mayor of Kuala Lumpur Maimunah Mohd Sharif said`, read as `Lumpur Maimunah Mohd
    Sharif`): no name, as a place word begins none."""
    before = sentence[max(0, start - LOCAL_PLACE_REACH):start]
    return " of " in before and _LOCAL_PLACE_BEFORE.search(before) is not None


# The most words of a local head's name that is sure to begin after a place of one word not written elsewhere:
# a longer run may begin with the place's second word (`Mayor of Kuala Lumpur Maimunah Mohd Sharif`).
SURE_NAME_WORDS_MAX = 3


def _name_sure(head: re.Match[str]) -> bool:
    """The local head's name is short enough for none of its words to be the place's."""
    return head.group(head.lastgroup or "name").count(" ") < SURE_NAME_WORDS_MAX


def _a_local_place(head: re.Match[str], countries: CountryNames) -> bool:
    """The place is no country, whose offices `TITLED` reads (`Premier of China Li Qiang`), nor an organisation's
    first word (`Governor of Bank Negara Malaysia X`), whose name would be taken for the head's."""
    place, name = head.group("place"), head.group(head.lastgroup or "name")
    return (not countries.canonical(place) and place.split(" ", 1)[0].lower() not in NOT_NAME_WORDS
            and not countries.mentioned(name))


def _named_apart_from(matches: list[re.Match[str]], others: list[re.Match[str]]) -> list[re.Match[str]]:
    """The matches whose names lie outside the `others`, which other patterns found first. Their roles may run back
    over those (`Mayor of Kuala Lumpur X and the Ambassador of Türkiye Y`), as `_clean_role` reads."""
    return [match for match in matches
            if not any(other.start() <= match.start(match.lastgroup or "name") < other.end() for other in others)]


def _written_apart(match: re.Match[str], words: int, context: ArticleContext) -> bool:
    """The place's first `words` words and the next word after them are the article's dateline place, or written in
    it more often than with the word after that too: the next word is the place's, not the name's first (with no
    `words`, the place's first word stands alone elsewhere: `Penang` of `Governor of Penang Ahmad Fuzi`)."""
    after = match.string[match.start("place"):].split()
    if len(after) < words + 2:
        return False
    place, longer = " ".join(after[:words + 1]), " ".join(after[:words + 2])
    if context.dateline_place and fold(context.dateline_place) == fold(place):
        return True
    return sum(map(methodcaller("count", place), context.sentences)) \
        > sum(map(methodcaller("count", longer), context.sentences))


def _name_written_apart(match: re.Match[str], context: ArticleContext) -> int:
    """The number of the place's words after which the article writes the head's name's first two words elsewhere
    more often than with the word before them (`Mohd Noorazam said` for `Mayor of Johor Bahru Mohd Noorazam Osman`):
    the name begins there, in a city no list knows; 0 where it writes none so."""
    after = match.string[match.start("place"):match.end()].split()
    for words in range(1, min(PLACE_WORDS_MAX, len(after) - 2) + 1):
        name, longer = " ".join(after[words:words + 2]), " ".join(after[words - 1:words + 2])
        if sum(map(methodcaller("count", name), context.sentences)) \
                > sum(map(methodcaller("count", longer), context.sentences)):
            return words
    return 0


def _one_word_names(candidates: list[tuple[str, str | None]], people: list[Person],
                    context: ArticleContext) -> list[Person]:
    """The people named by one word after a title, with their roles: only words that are no form or word of the name
    of anyone found (`President Erdogan said` is `Recep Tayyip Erdogan`), nor a country, a nationality, a day, a
    month, an office's word or an organisation's. Judged once all the article's full names are known; one that is
    a word of someone found may give that one's role its state (`_with_state_of`)."""
    if not candidates:
        return []
    known = _word_owners(people)
    found: dict[str, Person] = {}
    for name, role in candidates:
        if name in found and found[name].role is None:
            found[name].role = role  # a visitor's title given later
        if name in known and role:
            _with_state_of(known[name], role)
        if name in found or name in known or not _may_be_mononym(name, context):
            continue
        found[name] = Person(name=name, role=role, aliases=[])
    return list(found.values())


def _word_owners(people: list[Person]) -> dict[str, Person | None]:
    """Each word of each person's forms, with its owner, or None where two people's forms share it."""
    owners: dict[str, Person | None] = {}
    for person in people:
        for word in {word for form in (person.name, *person.aliases) for word in form.split()}:
            owners[word] = person if owners.get(word, person) is person else None
    return owners


def _with_state_of(person: Person | None, role: str) -> None:
    """The role a one-word name of a known person was given, where it is theirs with its state, which their own
    lacks (`Kazakh President Tokayev` after `President Kassym-Jomart Tokayev`): the article says whose office it
    is."""
    if person is not None and person.role and role.startswith(f"{person.role} of "):
        person.role = role


def _may_be_mononym(word: str, context: ArticleContext) -> bool:
    """A capitalised word that can be a one-word name: no honorific, office, thing named after an office, or word
    that `_valid_name` refuses."""
    lower = word.lower()
    return (len(word) > 1 and word not in _HONORIFIC_WORDS and lower not in ROLE_NOUNS and lower not in NOT_MONONYMS
            and lower not in _OFFICE_WORDS and not _is_office_word(word)
            and _valid_name(word, context.countries, context.pair))


def _add_nicknames(sentences: list[str], people: list[Person]) -> None:
    """A nickname given after a form of a person's name is another form of it: `Mohamad, known as Tok Mat, said`.
    Only sentences with the words that give one are searched, which are cheaper to look for than the pattern."""
    if not people:
        return
    owners = {form: person for person in people for form in (person.name, *person.aliases)}
    for sentence in sentences:
        if not any(cue in sentence for cue in NICKNAME_CUES):
            continue
        for match in _NICKNAME.finditer(sentence):
            nickname = match.group("nickname")
            person = _owner_before(sentence[:match.start()], owners)
            if person and nickname not in owners and NOT_NAME_WORDS.isdisjoint(nickname.lower().split()):
                person.aliases.append(nickname)
                owners[nickname] = person


def _owner_before(text: str, owners: dict[str, Person]) -> Person | None:
    """The person whose form the text ends with, the longest form first."""
    words = text.split()[-NICKNAME_OWNER_WORDS_MAX:]
    for start in range(len(words)):
        person = owners.get(_without_possessive(" ".join(words[start:])))
        if person:
            return person
    return None


def _title_after_comma(sentence: str) -> bool:
    """A title right after a comma (`, Minister`, `, the Deputy Prime Minister`, `, Bahrain's Minister`), which
    every office between commas begins with: cheaper to see than the pattern of the name before it."""
    return _COMMA_TITLE.search(sentence) is not None


# The words before a plain name whose office a state owns between commas: `attended by X, Tanzania's Ambassador to
# Oman.`, `and X, Kenya's Trade Minister,` (not an opening place: `In Kuala Lumpur, Malaysia's Prime Minister said`).
OWNED_APPOSITIVE_CUES = frozenset({"by", "and", "with"})
_OWNED_APPOSITIVE_LEAD = (" by ", " and ", " with ")
# Every word a cue test of `find_people` asks about: a sentence's words among these answer each test as all its
# words would.
_CUES = (ROLE_CUES | LOCAL_HEAD_CUES | APPOSITIVE_NAME_CUES | OWNED_APPOSITIVE_CUES | TENURE_WORDS | ROYAL_STYLE_CUES
         | ARAB_NAME_CUES | SAID_CUES | VISIT_CUES | SUCCESSION_CUES | NICKNAME_WORDS | _ROLE_NOUN_WORDS
         | {"counterparts"})


def _may_own_office(sentence: str, cues: frozenset[str]) -> bool:
    """A cheap test that `_a_states_office_after` may hold in the sentence: a `by`, `and` or `with` among its
    `cues` (`_CUES`), and a possessive (most sentences have an `and`, few a country's office between commas)."""
    return not cues.isdisjoint(OWNED_APPOSITIVE_CUES) and ("'s " in sentence or "’s " in sentence)


def _a_states_office_after(match: re.Match[str], countries: CountryNames) -> bool:
    """A name after `by`, `and` or `with` whose office between commas a country owns (`Tanzania's Ambassador`)."""
    owner = match.group("role").split(" ", 1)[0]
    return (owner[-2:] in ("’s", "'s") and countries.canonical(owner[:-2]) is not None
            and match.string[max(0, match.start() - 6):match.start()].endswith(_OWNED_APPOSITIVE_LEAD))


def _agent_of_deed(match: re.Match[str]) -> bool:
    """A name right after `by` with an office between commas: the one who signed, led or received (`signed by Sameer
    Nass, Chairman of the Bahrain Chamber, and ...`), a person, as no organisation holds an office."""
    return match.string[max(0, match.start() - 4):match.start()] == " by "


def _tenured(match: re.Match[str]) -> bool:
    """An office between commas opened by a word of tenure, after a name that is no opening phrase."""
    return (match.group("role").split(" ", 1)[0].lower() in TENURE_WORDS
            and match.group("full").split(" ", 1)[0] not in _NOT_FIRST_NAME_WORDS)


def _appositive(sentence: str, countries: CountryNames) -> tuple[str, str, str] | None:
    """The name, role and written form of a person the sentence opens with, their role between commas.
    Most sentences have no `, the` or `, a` after their first words and a verb after the next comma, which is
    cheaper to see than the pattern."""
    comma = sentence.find(", ", 0, APPOSITIVE_NAME_MAX)
    if comma < 0 or not (sentence.startswith(("the ", "a ", "an "), comma + 2) or _POSSESSOR.match(sentence, comma + 2)
                         or _QUALIFIED_TITLE.match(sentence, comma + 2)):
        return None
    after = sentence.find(", ", comma + 2, comma + APPOSITIVE_ROLE_MAX)
    while after >= 0 and not _APPOSITIVE_VERB.match(sentence, after + 2):  # maybe after a portfolio's fields
        after = sentence.find(", ", after + 2, comma + APPOSITIVE_ROLE_MAX)
    if after < 0:
        return None
    name_start = _after_state_owner(sentence, 0, countries)
    match = APPOSITIVE.match(sentence, name_start)
    if not match or ROLE_NOUNS.isdisjoint(match.group("role").lower().split()):
        return None
    group = "long" if match.group("long") else "name"
    return match.group(group), match.group("role"), _without_rank(sentence[name_start:match.end(group)])


def _role_after(sentence: str, said: re.Match[str], countries: CountryNames) -> str | None:
    """The role written after a speaker named after the verb: `said Ashatu Kijaji, the trade minister.`"""
    if not (said.group("name2") or said.group("long2")) or not sentence.startswith(",", said.end()):
        return None
    match = ROLE_AFTER_SPEAKER.match(sentence, said.end())
    if not match or ROLE_NOUNS.isdisjoint(match.group("role").lower().split()):
        return None
    return _clean_role(match.group("role"), countries)


def _titled(sentence: str, cues: frozenset[str]) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """Roles written before names, in order: `Trade Minister X` and, between commas, `Tanzania's trade minister,
    X,`; and apart, those before a single word that may be a one-word name (`Foreign Minister Sugiono said`).
    `cues` are the sentence's words among `_CUES`."""
    # No title's word, or none whose title it can be (`high-level`); where lower-casing may hide one, every cue counts.
    if cues.isdisjoint(ROLE_CUES) or cues.isdisjoint(TITLE_HEAD_CUES) and lowers_like_re_i(sentence):
        return [], []
    titles = _title_starts(sentence)
    if not titles:  # every role has a title
        return [], []
    starts = _titled_starts(sentence, titles)  # for `MONONYM` below too
    found = list(_matches_at(TITLED, sentence, starts))
    by_commas = _titled_by_commas(sentence, titles) if ", " in sentence else None
    if by_commas:  # (`found` alone is in order already)
        # A role before a name may run back over an earlier name between commas (`the Uzbek Foreign Minister,
        # X, and Tajik Foreign Minister Y`): only its name is out of bounds.
        # A name read in a portfolio's words (`_names_fields`) bounds nothing: it is none.
        named = [other for other in found if not _names_fields(other)]
        found += [match for match in by_commas
                  if not any(other.start(other.lastgroup or "name") < match.end() and match.start() < other.end()
                             for other in named)]
        found.sort(key=lambda match: match.start())
    # Most capitalised titles begin a role the patterns above found, where no one-word name can be.
    spans = [(_last_clause_start(other), other.end()) for other in found]
    if not starts or _capitals_within(sentence, titles, spans):
        return found, []
    mononyms = [match for match in _matches_at(MONONYM, sentence, starts)
                if not any(start <= match.start("name") < end for start, end in spans)]
    return found, mononyms


def _capitals_within(sentence: str, titles: list[int], spans: list[tuple[int, int]]) -> bool:
    """Every capitalised title of the sentence begins within one of the `spans`."""
    for title in titles:
        if sentence[title].isupper():
            for start, end in spans:
                if start <= title < end:
                    break
            else:
                return False
    return True


def _names_fields(titled: re.Match[str]) -> bool:
    """The name a titled match read is a portfolio's last words (`Economic Relations` of `the Undersecretary of
    International Economic Relations, Claudia Sanhueza,`), which `_valid_name` refuses: the office's holder is named
    after its comma, not there."""
    return any(map(_is_portfolio_word, titled.group(titled.lastgroup or "name").split()))


def _last_clause_start(titled: re.Match[str]) -> int:
    """Where the role of a titled match begins once the clauses before its last are dropped (`_after_last_clause`):
    role words may run back over another's title and one-word name and the `, and` after them (`Foreign Minister
    Fidan, and Trade Minister Ömer Bolat`), where that one-word name may still be found."""
    if "," not in titled.group("role"):  # most roles
        return titled.start()
    return titled.end("role") - len(_after_last_clause(titled.group("role")))


def _titled_by_space(sentence: str, titles: list[int]) -> Iterator[re.Match[str]]:
    """`TITLED.finditer(sentence)`, given where its `titles` begin, as `_titled` finds them."""
    return _matches_at(TITLED, sentence, _titled_starts(sentence, titles))


def _titled_starts(sentence: str, titles: list[int]) -> set[int]:
    """Where roles before names may begin (`_role_starts`); none where no title goes on to a name or more of a role
    (`The Prime Minister added`)."""
    if not any(_TITLE_GOING_ON.match(sentence, title) for title in titles):
        return set()
    return _role_starts(sentence, titles)


def _role_starts(sentence: str, titles: Iterable[int]) -> set[int]:
    """Where a role before a name can begin, given where its `titles` begin: at a title, or in the role words
    before one. Trying the patterns only there rather than at every position spares most of their cost."""
    starts: set[int] = set()
    read = -1  # the title before, where its role words were read back over no bracket; -1 if none was
    for title in titles:
        starts.add(title)
        if not (title and sentence[title - 1].isspace()):
            read = -1
            continue
        if read >= 0 and _one_capitalised_word(sentence[read:title]):
            # Right after the title before (`Minister` of `Prime Minister`): the role words read back from here
            # begin where those read back from there do, or at it, all found already.
            read = title
            continue
        window = _words_before(sentence, title, _ROLE_WORDS_MAX)
        if ")" in sentence[window:title]:  # an acronym in brackets is no word of its own, but a role word's
            window = _words_before(sentence, title, _ROLE_WORDS_MAX + 1)
            role_words = _ROLE_WORDS_BEFORE.search(sentence, window, title)
            begin = role_words.start() if role_words else None
            read = -1
        else:
            begin = _run_start(_ROLE_WORDS_BEFORE, sentence, window, title)
            read = title
        if begin is not None:
            starts.update(map(re.Match.start, _ROLE_WORD_START.finditer(sentence, begin, title)))
    return starts


def _one_capitalised_word(text: str) -> bool:
    """The text is one word of letters with a capital A-Z first, then spaces: a role word of its own
    (`_ROLE_WORD`), in which no other role word begins."""
    word = text.rstrip()
    return len(word) < len(text) and word.isalpha() and "A" <= word[0] <= "Z"


def _run_start(pattern: re.Pattern[str], sentence: str, window: int, end: int) -> int | None:
    """Where `pattern.search(sentence, window, end)` finds a match, for a pattern of atomic words each followed by
    spaces up to `end`, none with a space in it. A run of them read from before a word reads on from that word as a
    run begun there does, so where none begins at a word none begins before it: tried back from `end` a word at a
    time, the search is spared the many places before the run where it would fail."""
    at = end
    for word in reversed(sentence[window:end].split()):
        start = sentence.rfind(word, window, at)  # the word itself: no later copy fits before the spaces after it
        if not pattern.match(sentence, start, end):
            match = pattern.search(sentence, start, end)
            return match.start() if match else None
        at = start
    return at if at < end else None  # before the first word, only spaces


def _titled_by_commas(sentence: str, titles: Iterable[int]) -> list[re.Match[str]]:
    """`ROLE_COMMA_NAME.finditer(sentence)`, searched only before a title a comma and a capital follow."""
    found: dict[int, re.Match[str]] = {}
    for title in titles:
        comma = sentence.find(", ", title, title + ROLE_COMMA_REACH)
        if comma >= 0 and sentence[comma + 2:comma + 3].isupper() and _TITLE_COMMA_CAPITAL.match(sentence, title):
            for match in ROLE_COMMA_NAME.finditer(sentence, _words_before(sentence, title, ROLE_COMMA_WORDS_MAX)):
                if match.group("clause") is None or _after_clause_of_words(sentence, match.start()):
                    found.setdefault(match.start(), match)
    return list(found.values())


def _after_clause_of_words(sentence: str, start: int) -> bool:
    """The comma before an office opening a clause ends words in lower case or a number (`Speaking after the
    ceremony, Minister of Foreign Affairs, Mr. X, said`), not a capitalised word, a name whose office the words are
    (`His Excellency Yoon Suk Yeol, President of the Republic of Korea, His Excellency Joko Widodo, ...`)."""
    before = sentence[:start - 2].rsplit(None, 1)[-1:]
    return bool(before) and not before[0][:1].isupper()


def _title_starts(sentence: str) -> list[int]:
    """Every position where a title begins, in order: looking for their first words is cheaper than for the titles.
    Only the first words inside the sentence's words are looked for (`_firsts_within`): made of a-z, each lies
    within one run of a-z of the folded sentence, which `word_set` holds when the sentence `lowers_like_re_i`."""
    lowers_alike = lowers_like_re_i(sentence)
    if lowers_alike:
        firsts = _NO_WORDS.union(*map(_firsts_within, word_set(sentence)))
        if not firsts:
            return []
    else:
        firsts = _ALL_TITLE_FIRST_WORDS
    folded = _folded(sentence, lowers_alike)
    starts: list[int] = []
    for word in firsts:
        at = folded.find(word)
        while at >= 0:
            if _TITLE_AT.match(sentence, at):
                starts.append(at)
            at = folded.find(word, at + 1)
    starts.sort()  # no first word begins another, so no place is found twice
    return starts


_ALL_TITLE_FIRST_WORDS = frozenset(TITLE_FIRST_WORDS)
_NO_WORDS: frozenset[str] = frozenset()


# Words recur across sentences and articles.
@lru_cache(maxsize=16384)
def _firsts_within(word: str) -> frozenset[str]:
    """The first words of titles inside a word (`head` of `ahead`): a title may begin inside a word."""
    return frozenset(first for first in TITLE_FIRST_WORDS if first in word)


def sayings(sentence: str, verbs: Iterable[str]) -> Iterator[re.Match[str]]:
    """`SAID.finditer(sentence)`, trying the pattern only at the `verbs` (those among the sentence's words: the
    pattern takes only whole words) that a name may follow (`_VERB_BEFORE_NAME`), and at the capitals of the
    honorifics and name before each.
    The name words before a verb end with the word right before it (a name word has no space in it), and every
    name the pattern takes before a verb has a space in it (two words, or an initial and a word): where the name
    words do not reach back into the word before that one, the search back over seven words is spared (`Anwar
    said`)."""
    starts: set[int] = set()
    for verb in verbs:
        at = sentence.find(verb)
        while at >= 0:
            if _VERB_BEFORE_NAME.match(sentence, at):
                starts.add(at)
            run = _NAME_WORDS_BEFORE.search(sentence, _words_before(sentence, at, 2), at)
            if run and run.start() < _words_before(sentence, at, 1):  # (the run reaches back over a space)
                window = _words_before(sentence, at, _NAME_WORDS_MAX, _HONORIFIC_WORDS)
                begin = _run_start(_NAME_WORDS_BEFORE, sentence, window, at)
                if begin is not None:
                    starts.update(map(re.Match.start, _NAME_START.finditer(sentence, begin, at)))
            at = sentence.find(verb, at + 1)
    return _matches_at(SAID, sentence, (start for start in starts if not _opens_no_name(sentence, start)))


def _opens_no_name(sentence: str, start: int) -> bool:
    """An adverb or conjunction opening the sentence, which begins no speaker's name (`Then Gabriel Boric said`)."""
    return start == 0 and sentence.split(" ", 1)[0] in _OPENING_WORDS


def _folded(sentence: str, lowers_alike: bool | None = None) -> str:
    """The sentence in lower case, one character for one, so that a title matched in any case is found at
    the same position as its lower-case first word; `lowers_alike` is whether it `lowers_like_re_i`, if known."""
    if not (lowers_like_re_i(sentence) if lowers_alike is None else lowers_alike):
        sentence = sentence.translate(_AS_ASCII)
    return sentence.lower()


def _words_before(sentence: str, end: int, count: int, honorifics: frozenset[str] = frozenset()) -> int:
    """Where the `count` whitespace-separated words before `end` begin, or earlier, before any `honorifics`
    words and the one word before those, since honorifics before a name are not counted."""
    parts = sentence[:end].rsplit(None, count)
    if len(parts) <= count:
        return 0
    if not honorifics:
        return len(parts[0])
    rest = parts[0]
    while True:
        parts = rest.rsplit(None, 1)
        if len(parts) < 2:
            return 0
        if parts[1] not in honorifics:
            return len(parts[0])
        rest = parts[0]


def _matches_at(pattern: re.Pattern[str], sentence: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(sentence)` finds, given every position where a match can begin."""
    end = 0
    for start in sorted(starts):
        if start >= end:
            match = pattern.match(sentence, start)
            if match:
                yield match
                end = match.end()


def _by_unmarked(runs: frozenset[str]) -> dict[str, list[str]]:
    """The runs written with diacritics, by how they are written without (`Erdogan`: [`Erdoğan`])."""
    found: dict[str, list[str]] = {}
    for run in filterfalse(str.isascii, runs):
        found.setdefault(unmarked(run), []).append(run)
    return found


def _short_forms(person: Person, runs: frozenset[str], runs_by_unmarked: dict[str, list[str]]) -> list[str]:
    """Shorter forms of the name that the article uses on their own (`Anwar`, `Khaled Nordin`), with or without
    diacritics (`Erdoğan` of `Recep Tayyip Erdogan`); no title's word (`King` of `Tiong King Sing`, where the
    article names the King)."""
    forms = _name_forms(person.name)
    if not runs_by_unmarked:  # every run is written without diacritics
        return sorted(runs.intersection(forms))
    written = {run for f in forms for run in runs_by_unmarked.get(unmarked(f), ()) if run != person.name}
    return sorted(runs & (forms | written))


# The same people are named across articles.
@lru_cache(maxsize=4096)
def _name_forms(name: str) -> frozenset[str]:
    """The shorter forms of a name that may stand alone, whatever the article writes."""
    words = name.split()
    # Not from a link (`Salman` of `Mohammed bin Salman`) or a title inside (`Sultan Ibrahim` of `Ismail Sultan
    # Ibrahim`): both begin a father's name.
    starts = [i for i in range(len(words))
              if not (i and (words[i - 1] in _NAME_LINKS or words[i].lower() in TITLE_CUES))]
    # Nor from a father's name that his honorific opens (`Datu Pekerma Jaya Haji Mohd Yusof` of `Erywan bin Pehin
    # Datu Pekerma Jaya Haji Mohd Yusof`): it is his.
    honoured_father = next((i for i in range(1, len(words) - 1)
                            if words[i] in _NAME_LINKS and words[i + 1] in _HONORIFIC_WORDS), len(words))
    starts = [i for i in starts if i < honoured_father]
    forms = {" ".join(words[i:j]) for i in starts for j in range(i + 1, len(words) + 1)}
    # A given and a family name: `Alexandre Parola` of `Alexandre Guido Lopes Parola`, `Jorge Iglesias` of `Jorge
    # Rafael Iglesias Mori` (a father's surname before a mother's).
    forms.update(f"{words[0]} {words[i]}" for i in starts if i > 1 and words[i] not in _NAME_LINKS)
    # A family name with its particle (`de Bruijn`, `van der Linden`), capitalised at a sentence's start too.
    particle = next((i for i in range(1, len(words) - 1) if words[i] in _PARTICLES), None)
    if particle is not None:
        forms.add(" ".join(words[particle:]))
        forms.add(" ".join(words[particle:])[:1].upper() + " ".join(words[particle:])[1:])
    if any(_ARTICLED.match(word) for word in words[2:]):
        # An Arab name's words between the given name and the family's are forebears' names: none stands alone
        # (`Abdullah` of `Salem Abdullah Al-Jaber Al-Sabah`, where the article names a `King Abdullah` too).
        forms -= set(words[1:-1])
    forms.discard(name)
    ends = {words[0], words[-1]}  # a short family name stands alone too: `Xi` of `Xi Jinping`
    bare = _LEADING_ARTICLE.sub("", words[-1])
    if bare != words[-1]:
        forms.add(bare)
        ends.add(bare)
    # No month a name begins with: alone, it is the month (`from January` of an article naming `January Makamba`).
    return frozenset(f for f in forms if (len(f) > 3 or f in ends and len(f) > 1) and f.lower() not in TITLE_CUES
                     and f not in GIVEN_MONTHS)


# The particles of European family names, which stand with the name alone (`Ms van der Linden`, `De Bruijn said`).
_PARTICLES = frozenset({"van", "von", "de", "da", "dos", "das", "del", "della", "du", "der", "den", "la"})
_PARTICLE_RUN = re.compile(rf"(?<![\w'’])(?:van\s+de[nr]?|von\s+der|de\s+la|van|von|de|da|dos|das|del|della|du)\s+"
                           rf"{_CAPITALISED_WORD}")


def _particle_runs(text: str) -> list[str]:
    """The family names with their particle that stand alone, after no name word (not `da Silva` of `Lula da
    Silva`) but maybe after a courtesy title or a title (`Ms van der Linden`, `Minister de Bruijn`)."""
    found = []
    for match in _PARTICLE_RUN.finditer(text):
        before = text[max(0, match.start() - COUNTRY_WORD_LEN):match.start()].replace("|", " ").rsplit(None, 1)[-1:]
        if not before or not before[0][:1].isupper() or before[0] in _COURTESY_TITLES \
                or before[0] in _HONORIFIC_WORDS or before[0] in _TITLE_LEAD:
            found.append(match.group(0))
    return found


def _capitalised_runs(text: str, name_words: frozenset[str]) -> frozenset[str]:
    """Every maximal run of capitalised words (possessive dropped), also without the honorifics or titles it
    begins with (`Mr Wong` -> `Wong`, `PM Shehbaz` -> `Shehbaz`): how names stand on their own.
    Only a run ending in one of the `name_words` can be a form of a name, so only those are stripped, and of
    those beginning with a title only short ones (a longer one is the full name: `Prime Minister Datuk Seri Anwar
    Ibrahim`). Only when a name has a link in it (`bin`, `da`) do runs right before one (`_standing_alone`) matter.
    The `text` is the sentences joined by `|`, which can be in no run: each run stays within its sentence."""
    found = _RUN.findall(text)
    articled = (word for word in name_words if "-" in word)  # an article is joined by a hyphen (`al-Sisi`)
    if not name_words.isdisjoint(_NAME_LINKS) or any(_LEADING_ARTICLE.match(word) for word in articled):
        found = _standing_alone(found, _RUN_BEFORE_LINK.findall(text))
    if any(word[-1] == "." for word in name_words):  # a middle initial (`R.`), or initials (`A.K.`)
        found = _standing_alone(found, _RUN_BEFORE_INITIAL.findall(text))
    if not name_words.isdisjoint(_PARTICLES):
        found = [*found, *_particle_runs(text)]
    # (Only a run ending in `s` or an apostrophe can end in a possessive: the many others are kept as they are.)
    runs = {_without_possessive(run) if run[-1] in "s'’" else run for run in set(found)}
    # A run of one word is its own form without a lead: only runs with a space are stripped, and only those whose
    # first word may lead (`_LEAD_WORDS`) are asked further.
    leading = [run for run in runs if " " in run and run.split(" ", 1)[0] in _LEAD_WORDS
               and _may_lead_to_a_form(run, name_words)]
    return frozenset(runs.union(map(_without_lead, leading)))


# The words a run must open with for `_may_lead_to_a_form`.
_LEAD_WORDS = _HONORIFIC_WORDS | _TITLE_LEAD | _OPENING_WORDS


def _may_lead_to_a_form(run: str, name_words: frozenset[str]) -> bool:
    """A run beginning with an honorific, or a short one with a title or a sentence's opening word (`Then Teodoro
    said`), that ends in a word of a name."""
    first = run.split(" ", 1)[0]
    return ((first in _HONORIFIC_WORDS
             or (first in _TITLE_LEAD or first in _OPENING_WORDS) and run.count(" ") < LEAD_RUN_WORDS_MAX)
            and unmarked(run.rsplit(" ", 1)[-1]) in name_words)


def _standing_alone(runs: list[str], before_link: list[str]) -> list[str]:
    """The runs written at least once other than right before a name link."""
    counts = Counter(runs)
    counts.subtract(before_link)
    return [run for run, count in counts.items() if count > 0]


def _without_lead(run: str) -> str:
    """A run without the opening word, title words and honorifics it begins with (`Prime Minister Datuk Seri
    Anwar`, `Then Teodoro`), but not a family name that is an honorific's word too (`Tan` of `Tan Kim Hock`)."""
    words = run.split(" ")
    start = int(words[0] in _OPENING_WORDS)
    while start < len(words) - 1 and words[start] in _TITLE_LEAD:
        start += 1
    rest = " ".join(words[start:]) if start else run
    return _HONORIFIC_LEAD.sub("", rest) if words[start] in _HONORIFIC_WORDS else rest


def mentioned_people(sentence: str, people: list[Person]) -> list[Person]:
    """The people a sentence names by any of their forms, in order of first mention."""
    if not people:
        return []
    return [people[i] for i in named_in(sentence, forms_of(people))]


def forms_of(people: list[Person]) -> tuple[tuple[str, ...], ...]:
    """Every written form of each person, as `named_in` takes them."""
    return tuple([(p.name, *p.aliases) for p in people])


_TOKEN = re.compile(r"[\w’'-]+")
_WHOLE_TOKEN = re.compile(r"(?<![\w’'-])[\w’'-]+")


# Events and quotes both ask about every sentence of an article.
@lru_cache(maxsize=4096)
def named_in(sentence: str, names: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
    """Who the sentence's tokens name, read left to right, the longest form at each token first.
    Reading on only from tokens that begin a form spares splitting every sentence into tokens."""
    owner, sizes = _forms_index(names)
    firsts = [first for first in sizes if first in sentence]
    if not firsts:
        return ()
    found: list[int] = []
    end = 0
    for start, first in sorted(_whole_tokens(sentence, firsts)):
        if start < end:
            continue
        tokens = list(islice(_TOKEN.finditer(sentence, start), sizes[first][0]))
        words = [token.group() for token in tokens]
        for size in sizes[first]:
            person = owner.get(" ".join(words[:size])) if size <= len(words) else None
            if person is not None:
                if person not in found:
                    found.append(person)
                end = tokens[size - 1].end()
                break
    return tuple(found)


def _whole_tokens(sentence: str, tokens: Iterable[str]) -> Iterator[tuple[int, str]]:
    """Where each of `tokens` stands in the sentence as a whole token."""
    for token in tokens:
        at = sentence.find(token)
        while at >= 0:
            whole = _WHOLE_TOKEN.match(sentence, at)
            if whole and whole.end() == at + len(token):
                yield at, token
            at = sentence.find(token, at + 1)


@lru_cache(maxsize=256)
def _forms_index(names: tuple[tuple[str, ...], ...]) -> tuple[dict[str, int], dict[str, tuple[int, ...]]]:
    """Which person each written form belongs to (possessive forms too), as its tokens joined by spaces;
    and for each first token of a form that starts with a capital or a particle, its forms' lengths in tokens, longest
    first."""
    owner: dict[str, int] = {}
    lengths: dict[str, set[int]] = {}
    for index, forms in enumerate(names):
        for form in forms:
            for key in _written_keys(form):
                if key not in owner:
                    owner[key] = index
                    if key[:1].isupper() or key.partition(" ")[0] in _PARTICLES:  # `van der Linden` too
                        lengths.setdefault(key.partition(" ")[0], set()).add(key.count(" ") + 1)
    return owner, {first: tuple(sorted(sizes, reverse=True)) for first, sizes in lengths.items()}


# The same people are named across articles.
@lru_cache(maxsize=4096)
def _written_keys(form: str) -> tuple[str, ...]:
    """The form and its possessives (`’s`, `'s`) as their tokens joined by spaces."""
    return tuple(" ".join(_TOKEN.findall(written)) for written in (form, f"{form}’s", f"{form}'s"))
