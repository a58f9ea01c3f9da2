"""Money amounts in text: `RM21.2 billion`, `USD 10 billion`, `US$3bn`, `€2.5 mil`, `5 billion lira`, `Sh157bn`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.core.article_caches import per_article
from bot.core.number_words import NUMBER_WORDS

# Prefix symbols and codes, longest first; each maps to an ISO 4217 code.
PREFIXES = {
    "US$": "USD", "U.S.$": "USD", "USD": "USD", "US dollars": "USD", "$": "USD", "RM": "MYR", "MYR": "MYR",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "TL": "TRY", "TRY": "TRY", "₺": "TRY", "YTL": "TRY",
    "S$": "SGD", "NT$": "TWD", "SGD": "SGD", "A$": "AUD", "AUD": "AUD", "C$": "CAD", "CAD": "CAD", "HK$": "HKD",
    "HKD": "HKD",
    "¥": "JPY", "JPY": "JPY", "CNY": "CNY", "RMB": "CNY", "Rp": "IDR", "IDR": "IDR", "₹": "INR", "Rs": "INR",
    "INR": "INR", "AED": "AED", "Dh": "AED", "Dhs": "AED", "SAR": "SAR", "SR": "SAR", "QAR": "QAR", "₩": "KRW",
    "KRW": "KRW", "CHF": "CHF",
    "PKR": "PKR", "THB": "THB", "PHP": "PHP", "₱": "PHP", "VND": "VND", "BND": "BND", "NZD": "NZD",
    "ZAR": "ZAR", "RUB": "RUB", "₽": "RUB", "EGP": "EGP", "BDT": "BDT", "KWD": "KWD", "R$": "BRL", "BRL": "BRL",
    "Rs.": "INR", "NZ$": "NZD", "N$": "NAD", "NAD": "NAD", "KZT": "KZT", "₸": "KZT", "UZS": "UZS", "LKR": "LKR", "NPR": "NPR", "Tk": "BDT",
    "KES": "KES", "KSh": "KES", "Ksh": "KES", "TZS": "TZS", "TSh": "TZS", "UGX": "UGX", "USh": "UGX", "Sh": "KES",
    "Shs": "KES", "R": "ZAR",
    # South Asia's and East Africa's signs written as abbreviations, with a full stop: `Tk. 9,500 crore`, `Ksh. 2bn`.
    "Tk.": "BDT", "Ksh.": "KES", "KSh.": "KES", "Rp.": "IDR",
    # The Gulf's, Africa's, the Americas' and Central Asia's, as their own press writes them: `RO48 million`,
    # `QR3.5bn`, `BD120m`, `KD2.1 million`, `JD50 million`, `LE5 billion`, `GH¢14.6bn`, `N412.5 billion`, `Bt5 billion`.
    "RO": "OMR", "OMR": "OMR", "QR": "QAR", "BD": "BHD", "BHD": "BHD", "KD": "KWD", "JD": "JOD", "JOD": "JOD",
    "LE": "EGP", "E£": "EGP", "IQD": "IQD", "IRR": "IRR", "ILS": "ILS", "NIS": "ILS", "MAD": "MAD", "DZD": "DZD",
    "TND": "TND", "GH¢": "GHS", "GH₵": "GHS", "GHS": "GHS", "GHC": "GHS", "₦": "NGN", "NGN": "NGN", "N": "NGN",
    "ETB": "ETB", "RWF": "RWF", "Rwf": "RWF", "XOF": "XOF", "XAF": "XAF", "₫": "VND", "฿": "THB", "Bt": "THB",
    "TWD": "TWD", "P": "PHP", "MXN": "MXN", "ARS": "ARS", "CLP": "CLP", "PEN": "PEN", "S/": "PEN", "AZN": "AZN",
    "KGS": "KGS", "TJS": "TJS", "TMT": "TMT", "MNT": "MNT", "KHR": "KHR", "LAK": "LAK", "MMK": "MMK", "PLN": "PLN",
    "HUF": "HUF", "CZK": "CZK", "SEK": "SEK", "NOK": "NOK", "DKK": "DKK", "UAH": "UAH", "GEL": "GEL",
    # The Caribbean's dollars, as its press writes them: `J$9.6 billion`, `TT$3 million`, `EC$50 million`.
    "J$": "JMD", "JMD": "JMD", "TT$": "TTD", "TTD": "TTD", "EC$": "XCD", "XCD": "XCD",
    # and those of Belize, Barbados, Guyana and Zimbabwe: `BZ$40 million`, `Bds$2.1 billion`, `G$5 billion`, `Z$1m`.
    "BZ$": "BZD", "BZD": "BZD", "Bds$": "BBD", "BBD": "BBD", "G$": "GYD", "GYD": "GYD", "Z$": "ZWL", "ZWL": "ZWL",
    # The Pacific's dollars and pa'anga as Fijian, Solomon Islands, Tongan and Samoan papers sign them:
    # `FJ$128 million`, `SI$40 million`, `T$12 million`, `WS$30 million`, `PGK 2 billion` (`TOP` is also a word).
    "FJ$": "FJD", "FJD": "FJD", "SI$": "SBD", "SBD": "SBD", "T$": "TOP", "TOP": "TOP", "WS$": "WST", "WST": "WST",
    "PGK": "PGK", "VUV": "VUV",
    # The Balkans' and the Indian Ocean's codes: `RSD 820 million`, `MVR 1.9 billion`, `MUR 3 billion`.
    "RSD": "RSD", "MVR": "MVR", "MUR": "MUR", "SCR": "SCR",
    # Canada's and Australia's dollars as some of their papers and the wires sign them: `Can$1.2 billion`, `CA$5
    # million`, `Cdn$300 million`, `AU$3 billion`.
    "Can$": "CAD", "CAN$": "CAD", "CA$": "CAD", "Cdn$": "CAD", "CDN$": "CAD", "AU$": "AUD",
    # Central Europe's signs, as Polish and Czech papers and their wires write them: `zł 96.5 billion`, `Kč 412
    # billion`.
    "zł": "PLN", "Kč": "CZK", "RON": "RON",
    # East Africa's shillings as Kenyan, Ugandan and Tanzanian papers sign them (`Kshs 2.3 billion`, `UShs 480
    # billion`), and China's yuan as some of its English press does (`CN¥3 billion`).
    "Kshs": "KES", "KShs": "KES", "UShs": "UGX", "Ushs": "UGX", "TShs": "TZS", "Tshs": "TZS", "CN¥": "CNY",
    # Peru's sol as its press signs it, the older way with a full stop: `S/. 423 million`.
    "S/.": "PEN",
    # Bhutan's ngultrum as Kuensel and BBS sign it: `Nu 5.1 billion`, `Nu.5.1bn`.
    "Nu": "BTN", "Nu.": "BTN", "BTN": "BTN",
    # Zambia's kwacha as its press signs it: `K19.8 billion` (Papua New Guinea's kina and Myanmar's kyat share it).
    "K": "ZMW", "ZMW": "ZMW",
    # Latin America's codes as Colombian, Uruguayan, Paraguayan, Dominican and Guatemalan releases write them: `COP 3.4
    # trillion`, `COP$ 900 billion`, `UYU 2 billion`.
    "COP": "COP", "COP$": "COP", "UYU": "UYU", "PYG": "PYG", "DOP": "DOP", "GTQ": "GTQ",
    # Mongolia's tugrik as its press and agencies sign it: `₮ 900 billion`.
    "₮": "MNT",
    # Angola's kwanza as its press and agencies sign it: `Kz 97 billion`, `AOA 1.2 trillion`.
    "Kz": "AOA", "AOA": "AOA",
    # The CFA franc as West and Central African releases sign it (`CFA 312 billion`, `FCFA 45 billion`): the West
    # African one unless the pair has a Central African country (SHARED_SIGNS).
    "CFA": "XOF", "FCFA": "XOF",
    # Europe's currencies before the euro, in retrospective and archived trade figures: `LTL 1.32 billion`, `DEM 5
    # billion`, `LVL 300 million`, `EEK 2 billion`.
    "LTL": "LTL", "LVL": "LVL", "EEK": "EEK", "SKK": "SKK", "DEM": "DEM", "FRF": "FRF", "ITL": "ITL",
}
# Prefixes written in mixed case; any other in a case not listed is a word, not a currency (`Tl`, `Sr`).
MIXED_CASE_PREFIXES = frozenset({"Rp", "Rs", "Dh", "Dhs", "Tk", "US dollars", "KSh", "Ksh", "TSh", "USh", "Sh", "Shs",
                                 "Rwf", "Bt", "zł", "Kč", "Kshs", "KShs", "UShs", "Ushs", "TShs", "Tshs", "Nu", "Nu.",
                                 "Kz"})
# Signs that are also a letter of names and codes (`R&D`, the `R2` road, `R1` of a contest, `N95` masks, `P5`
# powers, the `K2` mountain): money only with a scale word, in lower case when it is a letter (`R100 billion`, `N2trn`,
# `P1.5 billion`, `R5m`, `K19.8 billion`, not `R2 M`).
# `COP` is also the climate summit (`COP 28`, `COP 16 in Cali`), `TOP` a headline's word (`TOP 10`): money only with a
# scale word too.
# `CFA` is also a professional title (`CFA 2`), and the codes of Europe's old currencies are rare enough that only a
# scale word makes them money (`DEM 5 billion`, not a `DEM 2` party list).
SCALED_ONLY = frozenset({"R", "N", "P", "K", "COP", "TOP", "CFA", "FCFA", "LTL", "LVL", "EEK", "SKK", "DEM", "FRF",
                         "ITL"})
# Currency words written after the amount.
SUFFIXES = {
    "us dollars": "USD", "dollars": "USD", "dollar": "USD", "ringgit": "MYR", "euros": "EUR", "euro": "EUR",
    "pounds": "GBP", "sterling": "GBP", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "yen": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "rupiah": "IDR", "rupees": "INR", "rupee": "INR", "dirhams": "AED",
    "riyals": "SAR", "won": "KRW", "baht": "THB", "pesos": "PHP", "dong": "VND", "rand": "ZAR",
    "roubles": "RUB", "rubles": "RUB", "u.s. dollars": "USD", "u.s. dollar": "USD", "us dollar": "USD",
    "american dollars": "USD", "singapore dollars": "SGD", "australian dollars": "AUD", "canadian dollars": "CAD",
    "hong kong dollars": "HKD", "new zealand dollars": "NZD", "malaysian ringgit": "MYR", "indian rupees": "INR",
    "chinese yuan": "CNY", "japanese yen": "JPY", "saudi riyals": "SAR", "uae dirhams": "AED", "reais": "BRL",
    "swiss francs": "CHF", "pakistani rupees": "PKR", "turkish liras": "TRY", "tenge": "KZT", "soums": "UZS",
    "taka": "BDT", "sri lankan rupees": "LKR", "nepalese rupees": "NPR", "shillings": "KES", "shilling": "KES",
    "kenyan shillings": "KES", "tanzanian shillings": "TZS", "ugandan shillings": "UGX", "somali shillings": "SOS",
    "riyal": "SAR", "rials": "OMR", "rial": "OMR", "dinars": "KWD", "dinar": "KWD", "pound": "GBP",
    "qatari riyals": "QAR", "omani rials": "OMR", "omani riyals": "OMR", "iranian rials": "IRR",
    "kuwaiti dinars": "KWD", "bahraini dinars": "BHD", "jordanian dinars": "JOD", "iraqi dinars": "IQD",
    "algerian dinars": "DZD",
    "tunisian dinars": "TND", "egyptian pounds": "EGP", "moroccan dirhams": "MAD", "emirati dirhams": "AED",
    "naira": "NGN", "nigerian naira": "NGN", "cedis": "GHS", "cedi": "GHS", "ghana cedis": "GHS",
    "ghanaian cedis": "GHS", "birr": "ETB", "rwandan francs": "RWF", "cfa francs": "XOF", "south african rand": "ZAR",
    "mexican pesos": "MXN", "philippine pesos": "PHP", "argentine pesos": "ARS", "chilean pesos": "CLP",
    "colombian pesos": "COP", "soles": "PEN", "brazilian reais": "BRL", "manat": "AZN", "manats": "AZN",
    "azerbaijani manats": "AZN", "azerbaijani manat": "AZN", "som": "KGS", "soms": "KGS", "kyrgyz soms": "KGS",
    "soum": "UZS", "sums": "UZS", "uzbek soums": "UZS", "uzbek sums": "UZS", "kazakh tenge": "KZT", "somoni": "TJS",
    "tugriks": "MNT", "tugrik": "MNT", "riels": "KHR", "riel": "KHR", "kip": "LAK", "kyats": "MMK", "kyat": "MMK",
    "shekels": "ILS", "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "hryvnias": "UAH", "hryvnia": "UAH",
    "lari": "GEL", "thai baht": "THB", "korean won": "KRW", "south korean won": "KRW", "vietnamese dong": "VND",
    "indonesian rupiah": "IDR", "bangladeshi taka": "BDT", "new taiwan dollars": "TWD", "taiwan dollars": "TWD",
    "russian roubles": "RUB", "russian rubles": "RUB",
    "zł": "PLN", "złoty": "PLN", "polish zlotys": "PLN", "kč": "CZK", "koruna": "CZK", "korunas": "CZK",
    "koruny": "CZK", "czech koruna": "CZK", "czech korunas": "CZK", "czech crowns": "CZK", "forint": "HUF",
    "lei": "RON", "romanian lei": "RON", "ngultrum": "BTN", "kwanzas": "AOA", "kwanza": "AOA",
    "fiji dollars": "FJD", "fijian dollars": "FJD", "rufiyaa": "MVR", "maldivian rufiyaa": "MVR",
    "serbian dinars": "RSD", "jamaican dollars": "JMD", "trinidad and tobago dollars": "TTD",
    # Paraguay's and Bolivia's currencies as their press writes them in English: `1.4 trillion guaraníes`, `900
    # million bolivianos`; the CFA franc written after the amount, `45 billion FCFA`; the Baltic states' before the
    # euro, `980 million litas`.
    "guaraníes": "PYG", "guaranies": "PYG", "guaranís": "PYG", "guaranis": "PYG", "bolivianos": "BOB",
    "fcfa": "XOF", "cfa franc": "XOF", "francs cfa": "XOF", "litas": "LTL", "lats": "LVL", "kroons": "EEK",
}
# ISO codes (and the Turkish lira's `TL`) written after an amount's multiplier: `3.2 billion USD`, `9.8 billion TL` (not the `2023 EUR` of `in 2023 EUR 5 billion`).
CODES_AFTER = ("USD", "EUR", "GBP", "JPY", "CNY", "MYR", "TRY", "INR", "IDR", "SGD", "AED", "SAR", "KRW", "AUD", "CAD",
               "CHF", "THB", "VND", "PHP", "PKR", "BRL", "RUB", "KZT", "RMB", "KES", "TZS", "UGX", "TL", "OMR", "QAR",
               "BHD", "KWD", "JOD", "EGP", "NGN", "GHS", "ZAR", "AZN", "KGS", "UZS", "TJS", "MXN", "TWD", "HKD", "NZD",
               "BDT", "LKR", "RSD", "MVR", "FJD")
MULTIPLIERS = {
    "trillion": 1e12, "tn": 1e12, "tril": 1e12, "billion": 1e9, "bn": 1e9, "bil": 1e9, "b": 1e9,
    "million": 1e6, "mil": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "bln": 1e9, "trln": 1e12, "trn": 1e12,
    # Indonesia's largest sums and India's crore as its business press shortens it: `Rp 1.2 quadrillion`, `Rs 3,000 cr`.
    "quadrillion": 1e15, "cr": 1e7,
}

# Brazil's press shortens its scales after a signed amount: `R$ 8,4 bi`, `US$ 1.2 bi`, `R$ 350 mi`, `R$ 1 tri`; read
# only after these signs and in lower case, as `bi` and `mi` are no scale words elsewhere.
PORTUGUESE_SCALES = {"tri": 1e12, "bi": 1e9, "mi": 1e6}
PORTUGUESE_SCALE_SIGNS = frozenset({"R$", "US$", "BRL"})

_PREFIX = "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
_SUFFIX = "|".join(re.escape(s) for s in sorted(SUFFIXES, key=len, reverse=True))
_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
# A decimal comma, as Malay and European papers write it, is read before a scale word only (`RM3,5 bil`, `EUR 1,25
# billion`): a comma and one or two digits there are no thousands.
_NUMBER = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+,\d{{1,2}}(?=[\s-]?(?:{_MULT}|bi|mi|tri)\b)|\d+(?:\.\d+)?"
# An amount, its currency before or after it; as an adjective too: `a $5 billion-dollar target`, `5 billion-euro`.
# A prefix is tried only where a digit follows the word, as the many signs make trying them everywhere slow.
MONEY = re.compile(
    rf"(?<![\w$€£¥₺])(?=[^\s\d]{{1,10}}+\s?\d|US\s)"
    rf"(?P<pre>{_PREFIX})\s?(?P<num>{_NUMBER})(?:[\s-]?(?P<mult>{_MULT})\b(?:-dollars?\b)?|"
    rf"\s?(?P<pt_mult>{'|'.join(PORTUGUESE_SCALES)})\b(?!-))?"
    rf"|(?<![\w.,])(?P<num2>{_NUMBER})[\s-]?(?P<mult2>{_MULT})?(?:\s+|(?<=[a-z])-)"
    rf"(?:(?P<suf>{_SUFFIX})|(?<=[A-Za-z]\s)(?P<code>{'|'.join(CODES_AFTER)}))\b",
    re.I,
)

# The second number of two with the scale said once, after it: `$45-50 billion`, `from $2 to $3 billion`, `between
# $1 and $2 billion`; the first is at that scale too, not a bare `$45`. A range by a dash is one amount, its first.
SHARED_SCALE = re.compile(rf"\s*(?:(?P<dash>[-–—])|to|and)\s*(?:{_PREFIX})?\s?(?:{_NUMBER})[\s-]?(?P<mult>{_MULT})\b",
                          re.I)


@dataclass(frozen=True)
class Money:
    value: float
    currency: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SharedSign:
    """A currency sign or word several countries write (`Rs`, `Sh`, `rupees`, `shillings`): read as the home
    country's, unless the pair leaves it out and has one of the others."""

    home: str
    bare: re.Pattern[str]
    others: dict[str, str]


# An amount and a currency word with no nationality: `5 billion rupees`, not `5 billion Indian rupees`.
_BARE_WORD = r"^[\d.,]+(?:[\s-][a-z]+){0,2}\s+"
# By the code a bare sign is read as: Indian rupees, Kenyan shillings.
SHARED_SIGNS = {
    "INR": SharedSign("India", re.compile(rf"^Rs\.?\s?\d|{_BARE_WORD}[Rr]upees?$"),
                      {"Pakistan": "PKR", "Sri Lanka": "LKR", "Nepal": "NPR", "Mauritius": "MUR", "Seychelles": "SCR"}),
    "KES": SharedSign("Kenya", re.compile(rf"^Shs?\s?\d|{_BARE_WORD}[Ss]hillings?$"),
                      {"Tanzania": "TZS", "Uganda": "UGX", "Somalia": "SOS"}),
    "SAR": SharedSign("Saudi Arabia", re.compile(rf"{_BARE_WORD}[Rr]iyals?$"),
                      {"Qatar": "QAR", "Oman": "OMR", "Yemen": "YER", "Iran": "IRR"}),
    "OMR": SharedSign("Oman", re.compile(rf"{_BARE_WORD}[Rr]ials?$"), {"Iran": "IRR", "Yemen": "YER"}),
    "KWD": SharedSign("Kuwait", re.compile(rf"{_BARE_WORD}[Dd]inars?$"),
                      {"Bahrain": "BHD", "Jordan": "JOD", "Iraq": "IQD", "Algeria": "DZD", "Tunisia": "TND",
                       "Libya": "LYD", "Serbia": "RSD"}),
    "GBP": SharedSign("United Kingdom", re.compile(rf"{_BARE_WORD}[Pp]ounds?$"),
                      {"Egypt": "EGP", "Sudan": "SDG", "South Sudan": "SSP", "Lebanon": "LBP", "Syria": "SYP"}),
    "PHP": SharedSign("Philippines", re.compile(rf"^P\d|{_BARE_WORD}[Pp]esos?$"),
                      {"Mexico": "MXN", "Argentina": "ARS", "Chile": "CLP", "Colombia": "COP", "Uruguay": "UYU",
                       "Dominican Republic": "DOP", "Cuba": "CUP", "Botswana": "BWP"}),
    "AED": SharedSign("United Arab Emirates", re.compile(rf"{_BARE_WORD}[Dd]irhams?$"), {"Morocco": "MAD"}),
    "AZN": SharedSign("Azerbaijan", re.compile(rf"{_BARE_WORD}[Mm]anats?$"), {"Turkmenistan": "TMT"}),
    # China's press writes its yuan with the yen's sign: `¥98.4 billion` in a China-Nigeria story.
    "JPY": SharedSign("Japan", re.compile(r"^¥"), {"China": "CNY"}),
    "ZMW": SharedSign("Zambia", re.compile(r"^K\s?\d"), {"Papua New Guinea": "PGK", "Myanmar": "MMK"}),
    # The CFA franc, unless named by its code: the West African one (Senegal's, Côte d'Ivoire's, Mali's ...), or the
    # Central African one in a story of Cameroon, Gabon, Chad, Congo, the Central African Republic or Equatorial Guinea.
    "XOF": SharedSign("Senegal", re.compile(r"CFA|cfa"), {"Cameroon": "XAF", "Gabon": "XAF", "Chad": "XAF",
                                                          "Congo": "XAF", "Central African Republic": "XAF",
                                                          "Equatorial Guinea": "XAF"}),
}


def local_currency(money: Money, countries: tuple[str, ...], writer: str | None = None) -> str:
    """A bare `Rs`, `rupees`, `Sh` or `shillings` is the currency of that name of the article's countries:
    Pakistan's in a Pakistan-China story, India's whenever India is one of them, unless the story is written from the
    other of them, whose own press writes its own so (`Rs 720 billion` in a story of India and Nepal from Kathmandu)."""
    shared = SHARED_SIGNS.get(money.currency)
    if shared is None or not shared.bare.search(money.text):
        return money.currency
    if writer in countries and writer in shared.others:
        return shared.others[writer]
    if shared.home in countries:
        return money.currency
    return next((shared.others[c] for c in countries if c in shared.others), money.currency)


# Countries whose press writes a sign it shares with a larger neighbour's (`Rs`, `Sh`) for its own currency: their
# cities heading a dateline, and publishers that are theirs alone.
SIGN_WRITERS: dict[str, tuple[frozenset[str], re.Pattern[str]]] = {
    "Nepal": (frozenset({"Kathmandu", "Lalitpur", "Pokhara", "Biratnagar", "Birgunj"}),
              re.compile(r"Kathmandu Post|Himalayan Times|Rising Nepal|Republica|Nepali Times")),
    "Sri Lanka": (frozenset({"Colombo", "Kandy", "Galle", "Jaffna"}),
                  re.compile(r"Daily ?FT|EconomyNext|Ada Derana|Sri Lanka")),
    "Pakistan": (frozenset({"Islamabad", "Karachi", "Lahore", "Peshawar", "Quetta", "Rawalpindi", "Faisalabad"}),
                 re.compile(r"^Dawn$|Express Tribune|Business Recorder|Associated Press of Pakistan|Pakistan Today")),
    "Tanzania": (frozenset({"Dar es Salaam", "Dodoma", "Arusha", "Zanzibar"}), re.compile(r"Tanzania")),
    "Uganda": (frozenset({"Kampala", "Entebbe", "Jinja"}), re.compile(r"Daily Monitor|New Vision|Nile Post|Uganda")),
}


@lru_cache(maxsize=256)
def sign_writer(place: str | None, source: str | None) -> str | None:
    """The country of SIGN_WRITERS an article is written from, by its dateline or its publisher."""
    return next((country for country, (cities, publishers) in SIGN_WRITERS.items()
                 if place in cities or source and publishers.search(source)), None)


# An amount in words, as quotes and translated wires write it (`one billion dollars`, `five billion US dollars`): the
# scale and a currency word after it, found from the scale (`one million people` is no money); then the number before.
# `a billion dollars` and `half a billion dollars` count too; a number read on after `point` (`one point two billion
# dollars`) is no whole number. A fraction spoken after the number adds to it: `two and a half billion dollars`.
_WORD_VALUES = {**NUMBER_WORDS, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
                "ninety": 90, "a": 1, "half a": 0.5}
_FRACTIONS = {"a half": 0.5, "one half": 0.5, "a quarter": 0.25, "one quarter": 0.25, "three quarters": 0.75,
              "three-quarters": 0.75}
WORD_SCALE = re.compile(rf"illion\s+(?P<suf>{_SUFFIX})\b", re.I)
WORD_NUMBER = re.compile(rf"(?<![\w-])(?<!point\s)(?P<num>{'|'.join(sorted(_WORD_VALUES, key=len, reverse=True))})\s+"
                         rf"(?:and\s+(?P<frac>{'|'.join(_FRACTIONS)})\s+)?(?P<mult>m|b|tr)$", re.I)
WORD_NUMBER_REACH = 40  # `seventeen and three-quarters b`, the longest number WORD_NUMBER reads before `illion`

_HAS_DIGIT = re.compile(r"\d")
_PREFIX_REACH = max(map(len, PREFIXES)) + 1  # the prefix and a space


def _number_value(number: str) -> float:
    """A number's value: commas separate thousands, but one before the last one or two digits is a decimal comma."""
    comma = number.rfind(",")
    if comma >= 0 and len(number) - comma <= 3:
        return float(number.replace(",", "."))
    return float(number.replace(",", ""))


# A dollar's country written apart from its sign: `NZ $1.4 billion`, `HK $2 billion`, `worth A $24 billion` (`US $`
# is the US dollar `$` reads already). In capitals, after no letter or apostrophe (not the `s` of `Australia's $5
# billion`); `A` only after a word in lower case, as a sentence opening `A $5 billion deal` has the article.
SPACED_SIGN = re.compile(r"(?:(?<=[a-z,] )A|(?<![\w'’.])(?:AU|CAN|Can|CA|Cdn|C|NZ|S|HK|NT)) \$\Z")
SPACED_SIGNS = {"A": "AUD", "AU": "AUD", "CAN": "CAD", "Can": "CAD", "CA": "CAD", "Cdn": "CAD", "C": "CAD",
                "NZ": "NZD", "S": "SGD", "HK": "HKD", "NT": "TWD"}
SPACED_SIGN_REACH = 5  # `Cdn $`, and the character before it


def _spaced_sign(sentence: str, dollar: int) -> re.Match[str] | None:
    """The country's sign written before the `$` at `dollar` and a space."""
    if dollar < 2 or sentence[dollar - 1] != " ":
        return None
    return SPACED_SIGN.search(sentence, max(0, dollar - SPACED_SIGN_REACH), dollar + 1)


def find_money(sentence: str) -> list[Money]:
    """Every amount with a currency in a sentence (bare numbers are not money)."""
    return list(_find_money(sentence))


# Trade figures, events and agreements each read the same sentences' amounts; the result depends on the sentence
# alone and its Money items are frozen, so sharing them is safe.
@per_article(maxsize=4096)
def _find_money(sentence: str) -> tuple[Money, ...]:
    """The search starts at the longest prefix's reach before the first digit, as no amount begins earlier."""
    digit = _HAS_DIGIT.search(sentence)
    found: list[Money] = []
    for match in MONEY.finditer(sentence, max(0, digit.start() - _PREFIX_REACH)) if digit else ():
        if found and match.start() < found[-1].end:
            continue  # the end of a range, read with its start
        prefix, end = match.group("pre"), match.end()
        if prefix:
            code = PREFIXES.get(prefix) or PREFIXES.get(prefix.upper()) or PREFIXES.get(prefix.title())
            if prefix.isalpha() and prefix not in PREFIXES and prefix.upper() not in PREFIXES:
                continue
            if prefix.isalpha() and prefix != prefix.upper() and prefix not in MIXED_CASE_PREFIXES:
                continue
            number, multiplier = match.group("num"), match.group("mult")
            if match.group("pt_mult"):
                multiplier, end = _portuguese_scale(prefix, match)
            shared = SHARED_SCALE.match(sentence, end) if not multiplier else None
            if shared:
                multiplier, end = shared.group("mult"), shared.end() if shared.group("dash") else end
        else:
            suffix = match.group("suf")
            code = SUFFIXES.get(suffix.lower()) if suffix else PREFIXES[match.group("code").upper()]
            number, multiplier = match.group("num2"), match.group("mult2")
        start = match.start()
        spaced = _spaced_sign(sentence, start) if prefix == "$" else None
        if spaced:
            code, start = SPACED_SIGNS[spaced.group()[:-2]], spaced.start()
        if not code:
            continue
        if multiplier and len(multiplier) == 1 and multiplier != multiplier.lower() and multiplier not in "MBK":
            continue
        if prefix in SCALED_ONLY and (not multiplier or multiplier != multiplier.lower()):
            continue
        scale = MULTIPLIERS.get((multiplier or "").lower()) or PORTUGUESE_SCALES.get((multiplier or "").lower(), 1)
        value = round(_number_value(number) * scale, 2)
        found.append(Money(value=value, currency=code, start=start, end=end, text=sentence[start:end]))
    if "illion " in sentence:
        found = sorted([*found, *_worded(sentence)], key=lambda money: money.start)
    return tuple(found)


def _portuguese_scale(prefix: str, match: re.Match[str]) -> tuple[str | None, int]:
    """The scale and end of an amount with a Portuguese scale (`R$ 8,4 bi`); after another sign the scale is no part of
    it."""
    if prefix.upper() not in PORTUGUESE_SCALE_SIGNS or not match.group("pt_mult").islower():
        return None, match.end("num")
    return match.group("pt_mult"), match.end()


def _worded(sentence: str) -> list[Money]:
    """The amounts written in words: `one billion dollars`."""
    found = []
    for scale in WORD_SCALE.finditer(sentence):
        number = WORD_NUMBER.search(sentence, max(0, scale.start() - WORD_NUMBER_REACH), scale.start())
        if number is None:
            continue
        multiplier = {"m": 1e6, "b": 1e9, "tr": 1e12}[number.group("mult").lower()]
        fraction = _FRACTIONS[number.group("frac").lower()] if number.group("frac") else 0
        value = (_WORD_VALUES[number.group("num").lower()] + fraction) * multiplier
        found.append(Money(value=value, currency=SUFFIXES[scale.group("suf").lower()], start=number.start(),
                           end=scale.end(), text=sentence[number.start():scale.end()]))
    return found


@dataclass(frozen=True)
class HomeDollar:
    """A country with a dollar of its own, which its own press writes as a bare `$` or `dollars` (the Globe and
    Mail's `$1.2-billion` is Canadian): its code, the cities heading its datelines and its publishers."""

    code: str
    cities: frozenset[str]
    publishers: re.Pattern[str]
    domain: str  # its sites' country code top-level domain: `abc.net.au`, `cbc.ca`


HOME_DOLLARS = {
    "Canada": HomeDollar("CAD", frozenset({"Ottawa", "Toronto", "Montreal", "Montréal", "Vancouver", "Calgary",
                                           "Edmonton", "Winnipeg", "Halifax", "Quebec City", "Regina", "Saskatoon"}),
                         re.compile(r"Globe and Mail|National Post|Toronto Star|Financial Post|"
                                    r"Canadian Press|"
                                    r"^CBC|^CTV|Global News|Ottawa Citizen|Montreal Gazette|Vancouver Sun|"
                                    r"Calgary Herald|Maclean|Hill Times|iPolitics"), ".ca"),
    "Australia": HomeDollar("AUD", frozenset({"Canberra", "Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide",
                                              "Darwin", "Hobart"}),
                            re.compile(r"Sydney Morning Herald|^The Age$|^The Australian$|Australian Financial "
                                       r"Review|^AFR$|Australian Associated Press|^AAP$|^SBS|Canberra Times|"
                                       r"Guardian Australia|news\.com\.au|ABC \(Australia\)|abc\.net\.au"), ".au"),
    "New Zealand": HomeDollar("NZD", frozenset({"Wellington", "Auckland", "Christchurch", "Dunedin"}),
                              re.compile(r"New Zealand Herald|NZ Herald|^RNZ|Radio New Zealand|^Stuff$|"
                                         r"Otago Daily Times|^1News|BusinessDesk|interest\.co\.nz"), ".nz"),
    "Singapore": HomeDollar("SGD", frozenset(),
                            re.compile(r"(?<!New )Straits Times|^The Business Times$|Channel News ?Asia|"
                                       r"^Mothership|Lianhe Zaobao"), ".sg"),
    "Hong Kong": HomeDollar("HKD", frozenset(),
                            re.compile(r"South China Morning Post|^SCMP|^RTHK|Hong Kong Free Press|^HKFP"), ".hk"),
    "Taiwan": HomeDollar("TWD", frozenset({"Taipei", "Kaohsiung", "Taichung", "Tainan"}),
                         re.compile(r"Taipei Times|Focus Taiwan|Taiwan News|Central News Agency"), ".tw"),
}
_HOME_OF_PLACE = {place: country for country, home in HOME_DOLLARS.items() for place in (country, *home.cities)}
# An amount in dollars of no named country: `$1.2-billion`, `5 billion dollars`, `one billion dollars` (not `US$`,
# `C$`, `5 billion US dollars` nor `5 billion Canadian dollars`).
BARE_DOLLAR = re.compile(rf"^\$|^[\w.,]+(?:[\s-](?:{_MULT}))?[\s-]dollars?$", re.I)
# The United States named apart from a bare sign: `US $5 billion`, `U.S. $5 billion`.
US_APART = re.compile(r"(?<![\w.])(?:US|U\.S\.|USD)\s?$")


def written_from(place: str | None, source: str | None, site: str | None = None) -> str | None:
    """The dollar country an article is written from: its publisher's, known by name or by its site's country domain
    (`ABC News` at `abc.net.au`), or with no publisher known, its dateline's (a known publisher of elsewhere, such as
    a wire, writes `$` for the US dollar wherever it files from)."""
    if source:
        return next((country for country, home in HOME_DOLLARS.items() if home.publishers.search(source)), None) \
            or _site_country(site)
    return _site_country(site) or _HOME_OF_PLACE.get(place or "")


def _site_country(site: str | None) -> str | None:
    """The dollar country whose top-level domain a site's host name ends in: `abc.net.au`, `www.rnz.co.nz`."""
    host = (site or "").lower().rstrip(".")
    return next((country for country, home in HOME_DOLLARS.items() if host.endswith(home.domain)), None)


def home_dollar(country: str | None, pair: tuple[str, ...], sentences: list[str]) -> str | None:
    """The dollar a bare `$` stands for in an article written from `country`: that country's own, when it is one of
    the pair and the article never writes it with a sign or code (`C$`, `CAD`), as wires do whose `$` is the US's."""
    home = HOME_DOLLARS.get(country or "")
    if home is None or country not in pair:
        return None
    signed = any(money.currency == home.code and not money.text.lower().endswith(("dollar", "dollars"))
                 for sentence in sentences for money in find_money(sentence))
    return None if signed else home.code


def signed_home_amounts(pair: tuple[str, ...], sentences: list[str]) -> dict[float, str]:
    """The amounts an article writes in the signed dollar of a country of its pair (`A$8.9 billion`), by value: a
    summary box or a headline restating one drops the sign (`Two-way trade hit $8.9 billion` over a body's `A$8.9
    billion`), and that bare `$` is the same dollar, though the story's other bare ones may be the US's."""
    codes = {HOME_DOLLARS[country].code for country in pair if country in HOME_DOLLARS}
    if not codes:
        return {}
    return {money.value: money.currency for sentence in sentences if "$" in sentence for money in find_money(sentence)
            if money.currency in codes and "$" in money.text}


def restated_home(money: Money, sentence: str, signed: dict[float, str]) -> str | None:
    """The signed home dollar of a bare `$` amount of the same value as one written with that sign."""
    if money.value not in signed or money.currency != "USD" or not money.text.startswith("$"):
        return None
    return None if US_APART.search(sentence[max(0, money.start - 5):money.start]) else signed[money.value]


def home_currency(money: Money, sentence: str, home: str | None) -> str | None:
    """The article's home dollar for an amount in dollars of no named country; None for any other amount."""
    if home is None or money.currency != "USD" or not BARE_DOLLAR.search(money.text):
        return None
    return None if US_APART.search(sentence[max(0, money.start - 5):money.start]) else home
