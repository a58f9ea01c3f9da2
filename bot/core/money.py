"""Money amounts in text: `RM21.2 billion`, `USD 10 billion`, `US$3bn`, `€2.5 mil`, `5 billion lira`, `Sh157bn`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
    "Rs.": "INR", "NZ$": "NZD", "KZT": "KZT", "₸": "KZT", "UZS": "UZS", "LKR": "LKR", "NPR": "NPR", "Tk": "BDT",
    "KES": "KES", "KSh": "KES", "Ksh": "KES", "TZS": "TZS", "TSh": "TZS", "UGX": "UGX", "USh": "UGX", "Sh": "KES",
    "Shs": "KES", "R": "ZAR",
}
# Prefixes written in mixed case; any other in a case not listed is a word, not a currency (`Tl`, `Sr`).
MIXED_CASE_PREFIXES = frozenset({"Rp", "Rs", "Dh", "Dhs", "Tk", "US dollars", "KSh", "Ksh", "TSh", "USh", "Sh", "Shs"})
# Signs that are also a letter of names and codes (`R&D`, the `R2` road, `R1` of a contest): money only with a
# scale word, in lower case when it is a letter (`R100 billion`, `R2bn`, `R5m`, not `R2 M`).
SCALED_ONLY = frozenset({"R"})
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
}
# ISO codes (and the Turkish lira's `TL`) written after an amount's multiplier: `3.2 billion USD`, `9.8 billion TL` (not the `2023 EUR` of `in 2023 EUR 5 billion`).
CODES_AFTER = ("USD", "EUR", "GBP", "JPY", "CNY", "MYR", "TRY", "INR", "IDR", "SGD", "AED", "SAR", "KRW", "AUD", "CAD",
               "CHF", "THB", "VND", "PHP", "PKR", "BRL", "RUB", "KZT", "RMB", "KES", "TZS", "UGX", "TL")
MULTIPLIERS = {
    "trillion": 1e12, "tn": 1e12, "tril": 1e12, "billion": 1e9, "bn": 1e9, "bil": 1e9, "b": 1e9,
    "million": 1e6, "mil": 1e6, "mln": 1e6, "mn": 1e6, "m": 1e6, "thousand": 1e3, "k": 1e3,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "bln": 1e9, "trln": 1e12,
}

_PREFIX = "|".join(re.escape(p) for p in sorted(PREFIXES, key=len, reverse=True))
_SUFFIX = "|".join(re.escape(s) for s in sorted(SUFFIXES, key=len, reverse=True))
_MULT = "|".join(sorted(MULTIPLIERS, key=len, reverse=True))
_NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# An amount, its currency before or after it; as an adjective too: `a $5 billion-dollar target`, `5 billion-euro`.
MONEY = re.compile(
    rf"(?<![\w$€£¥₺])(?P<pre>{_PREFIX})\s?(?P<num>{_NUMBER})(?:[\s-]?(?P<mult>{_MULT})\b(?:-dollars?\b)?)?"
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
}


def local_currency(money: Money, countries: tuple[str, ...]) -> str:
    """A bare `Rs`, `rupees`, `Sh` or `shillings` is the currency of that name of the article's countries:
    Pakistan's in a Pakistan-China story, India's whenever India is one of them."""
    shared = SHARED_SIGNS.get(money.currency)
    if shared is None or shared.home in countries or not shared.bare.search(money.text):
        return money.currency
    return next((shared.others[c] for c in countries if c in shared.others), money.currency)


_HAS_DIGIT = re.compile(r"\d")
_PREFIX_REACH = max(map(len, PREFIXES)) + 1  # the prefix and a space


def find_money(sentence: str) -> list[Money]:
    """Every amount with a currency in a sentence (bare numbers are not money)."""
    return list(_find_money(sentence))


# Trade figures, events and agreements each read the same sentences' amounts; the result depends on the sentence
# alone and its Money items are frozen, so sharing them is safe.
@lru_cache(maxsize=4096)
def _find_money(sentence: str) -> tuple[Money, ...]:
    """The search starts at the longest prefix's reach before the first digit, as no amount begins earlier."""
    digit = _HAS_DIGIT.search(sentence)
    if not digit:
        return ()
    found: list[Money] = []
    for match in MONEY.finditer(sentence, max(0, digit.start() - _PREFIX_REACH)):
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
            shared = SHARED_SCALE.match(sentence, end) if not multiplier else None
            if shared:
                multiplier, end = shared.group("mult"), shared.end() if shared.group("dash") else end
        else:
            suffix = match.group("suf")
            code = SUFFIXES.get(suffix.lower()) if suffix else PREFIXES[match.group("code").upper()]
            number, multiplier = match.group("num2"), match.group("mult2")
        if not code:
            continue
        if multiplier and len(multiplier) == 1 and multiplier != multiplier.lower() and multiplier not in "MBK":
            continue
        if prefix in SCALED_ONLY and (not multiplier or multiplier != multiplier.lower()):
            continue
        value = round(float(number.replace(",", "")) * MULTIPLIERS.get((multiplier or "").lower(), 1), 2)
        found.append(Money(value=value, currency=code, start=match.start(), end=end, text=sentence[match.start():end]))
    return tuple(found)
