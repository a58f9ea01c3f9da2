"""Country names: one canonical name per country from pycountry, with variants and demonyms, and the blocs that
make trade deals as one (the EU)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import pycountry
from countryinfo import CountryInfo

from bot.core.article_caches import per_article

# Common variants pycountry does not list, by ISO alpha-2 code.
VARIANTS: dict[str, tuple[str, ...]] = {
    "TR": ("Turkey", "Turkiye", "Türkiye", "Republic of Turkey", "Turkish Republic"),
    "US": ("US", "U.S.", "USA", "U.S.A.", "America", "United States"),
    "GB": ("UK", "U.K.", "Britain", "Great Britain", "United Kingdom"),
    "KR": ("South Korea", "Korea"),
    "KP": ("North Korea",),
    "RU": ("Russia",),
    "IR": ("Iran",),
    "SY": ("Syria",),
    "VN": ("Vietnam", "Viet Nam"),
    "LA": ("Laos", "Lao PDR"),
    "TW": ("Taiwan",),
    "BO": ("Bolivia",),
    "VE": ("Venezuela",),
    "TZ": ("Tanzania",),
    "MD": ("Moldova",),
    "CZ": ("Czech Republic", "Czechia"),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "PS": ("Palestine",),
    "BN": ("Brunei",),
    "CD": ("Democratic Republic of the Congo", "DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Republic of Congo", "Congo-Brazzaville"),
    "CV": ("Cape Verde",),
    "TL": ("East Timor",),
    "SZ": ("Swaziland",),
    "MO": ("Macau",),
    "FM": ("Micronesia",),
    "VA": ("Holy See", "Vatican", "Vatican City"),
    "KN": ("St Kitts and Nevis", "St. Kitts and Nevis"),
    "VC": ("St Vincent and the Grenadines", "St. Vincent and the Grenadines"),
    "NL": ("Holland", "the Netherlands"),
    "CI": ("Ivory Coast",),
    "MM": ("Myanmar", "Burma"),
}
# Adjectives of nationality news use for the countries most often in bilateral news, several where news use
# several; countryinfo gives one for every other country.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "TR": ("Turkish",), "MY": ("Malaysian",), "US": ("American",), "GB": ("British",), "CN": ("Chinese",),
    "JP": ("Japanese",), "KR": ("South Korean", "Korean"), "IN": ("Indian",), "ID": ("Indonesian",),
    "SG": ("Singaporean",), "TH": ("Thai",), "VN": ("Vietnamese",), "PH": ("Philippine", "Filipino"),
    "PK": ("Pakistani",), "BD": ("Bangladeshi",), "SA": ("Saudi",), "AE": ("Emirati",), "QA": ("Qatari",),
    "IR": ("Iranian",), "IQ": ("Iraqi",), "EG": ("Egyptian",), "DE": ("German",), "FR": ("French",),
    "IT": ("Italian",), "ES": ("Spanish",), "RU": ("Russian",), "UA": ("Ukrainian",), "AU": ("Australian",),
    "NZ": ("New Zealand",), "CA": ("Canadian",), "BR": ("Brazilian",), "MX": ("Mexican",), "ZA": ("South African",),
    "NG": ("Nigerian",), "KE": ("Kenyan",), "AZ": ("Azerbaijani", "Azeri"), "KZ": ("Kazakh",), "UZ": ("Uzbek",),
    "KG": ("Kyrgyz",), "TJ": ("Tajik",), "EC": ("Ecuadorian",), "MV": ("Maldivian",), "SI": ("Slovenian",),
    "GR": ("Greek",), "IL": ("Israeli",), "PS": ("Palestinian",), "SY": ("Syrian",), "JO": ("Jordanian",),
    "BN": ("Bruneian",), "KH": ("Cambodian",), "MM": ("Myanmar",), "NL": ("Dutch",), "PL": ("Polish",),
    "SE": ("Swedish",), "NO": ("Norwegian",), "FI": ("Finnish",), "DK": ("Danish",), "CH": ("Swiss",),
    "AT": ("Austrian",), "BE": ("Belgian",), "PT": ("Portuguese",), "IE": ("Irish",), "HU": ("Hungarian",),
    "LK": ("Sri Lankan",), "NP": ("Nepalese", "Nepali"), "AF": ("Afghan",), "DZ": ("Algerian",),
    "MA": ("Moroccan",), "TN": ("Tunisian",), "LY": ("Libyan",), "SD": ("Sudanese",), "ET": ("Ethiopian",),
    "KW": ("Kuwaiti",), "OM": ("Omani",), "BH": ("Bahraini",), "LB": ("Lebanese",), "YE": ("Yemeni",),
    "AR": ("Argentine", "Argentinian"), "CL": ("Chilean",), "CO": ("Colombian",), "PE": ("Peruvian",),
    "LA": ("Lao", "Laotian"),
}


# Parties of bilateral news that are no country in ISO 3166: blocs with a trade policy of their own.
BLOCS: dict[str, tuple[str, ...]] = {"European Union": ("European Union", "EU", "E.U.")}
# Trade blocs that conclude free trade agreements for their members, by the names news give them, with the ISO
# alpha-2 codes of their members: an FTA of a bloc with a country binds each member to it (the EFTA–Korea FTA is
# Norway's with South Korea).
BLOC_MEMBERS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("European Union", "EU", "E.U."),
     "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"),
    (("European Free Trade Association", "EFTA"), "IS LI NO CH"),
    (("Association of Southeast Asian Nations", "ASEAN", "Asean"), "BN KH ID LA MY MM PH SG TH VN TL"),
    (("Mercosur", "MERCOSUR", "Mercosul", "Southern Common Market"), "AR BR PY UY BO"),
    (("Gulf Cooperation Council", "GCC"), "BH KW OM QA SA AE"),
    (("Eurasian Economic Union", "EAEU", "EEU"), "AM BY KZ KG RU"),
    (("Southern African Customs Union", "SACU"), "BW SZ LS NA ZA"),
    (("Andean Community",), "BO CO EC PE"),
    (("Pacific Alliance",), "CL CO MX PE"),
    (("East African Community", "EAC"), "BI CD KE RW SO SS TZ UG"),
)


_POSSESSIVE = re.compile(r"[’']s?$")
_CURRENCY_SIGN = re.compile(r"\b[A-Z]{1,3}\$")
# The country of the dollar an amount is in names no party to it: `1.36 billion US dollars`.
_US_DOLLARS = re.compile(r"\b(?:US|U\.S\.|United\s+States)\s+(?=[Dd]ollars?\b)")
# `of`, `and` and an elided `d'` join the words of one name (`Bosnia and Herzegovina`, `Côte d'Ivoire`).
# A word's characters and the spaces or hyphens after it are taken whole (possessive `*+`, `++`): only a space or a
# hyphen may follow a word, and only a letter those, so no character given back could start a match of what follows,
# and the engine is spared retrying each of them where a lower-case word follows (a third faster).
_CAPITALISED_RUN = re.compile(r"[A-ZÀ-ÞÇĞİÖŞÜ][\w.'’]*+"
                              r"(?:[\s-]++(?:(?:of|and)\s+(?:the\s+)?)?(?:d['’])?[A-ZÀ-ÞÇĞİÖŞÜ][\w.'’]*+)*")


# A region or continent, which is never a place where something happens: `new markets in
# Latin America`.
REGION = re.compile(r"^(?:(?:North|South|East|West|Central|Southeast|Northeast|Southwest|Northwest|Southern|Northern|"
                    r"Eastern|Western|Latin|Sub-Saharan)\s+)?(?:America|Americas|Asia|Europe|Africa|Oceania|Caribbean|"
                    r"Pacific|Atlantic|Arctic|Antarctica|Balkans|Caucasus|Levant|Maghreb|Sahel|Scandinavia|Eurasia|"
                    r"Gulf)$|^(?:Middle|Far|Near)\s+East$")


def is_region(name: str) -> bool:
    """A continent or a region of several countries (`Latin America`, `the Middle East`), not a country or a town."""
    return REGION.match(name.removeprefix("the ")) is not None


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    if text.isascii():
        return text.lower().strip()
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower().replace("ı", "i").strip()


def canonical_name(country: object) -> str:
    """The name news use: pycountry's common name, else a variant its formal name begins with
    (`Russia` for `Russian Federation`, `Brunei` for `Brunei Darussalam`), else the first variant of a name
    written back to front (`Congo, The Democratic Republic of the`), else its name."""
    name: str = getattr(country, "common_name", None) or country.name  # type: ignore[attr-defined]
    variants = VARIANTS.get(country.alpha_2, ())  # type: ignore[attr-defined]
    shorter = [v for v in variants if len(v) < len(name) and name.startswith(v)]
    if shorter:
        return min(shorter, key=len)
    return variants[0] if variants and ", " in name else name


@dataclass(frozen=True, eq=False)
class CountryNames:
    """Lookups from any spelling, variant or demonym to the canonical country name."""

    by_name: dict[str, str]
    by_demonym: dict[str, str]
    longest: int
    first_words: frozenset[str]

    def canonical(self, text: str | None) -> str | None:
        """`Turkey`, `Turkiye`, `TÜRKIYE` -> `Türkiye`; None for anything that is not a country."""
        if not text:
            return None
        return self.by_name.get(fold(text.strip().removeprefix("the ").strip().replace("’", "'")))

    def of_demonym(self, word: str) -> str | None:
        return self.by_demonym.get(fold(word))

    def mentioned(self, text: str) -> list[str]:
        """Canonical names of the countries a text names, by name or demonym, in order."""
        return list(_mentioned(self, text))

    def _scan(self, text: str) -> tuple[str, ...]:
        """The countries of each capitalised run, in order of first mention; the letters of a currency
        sign (`US$`, `HK$`) or of `US dollars` name no country."""
        if "$" in text:
            text = _CURRENCY_SIGN.sub("$", text)
        if "ollar" in text:
            text = _US_DOLLARS.sub("", text)
        seen: dict[str, None] = {}
        for run in _CAPITALISED_RUN.findall(text):
            for name in _run_names(self, run):
                seen[name] = None
        return tuple(seen)

    def _scan_run(self, run: str) -> tuple[str, ...]:
        """The countries one capitalised run names, longest phrase first at each word; a hyphen joins two
        (`China-Egypt trade`) as a space does (`Guinea-Bissau` is known as `Guinea Bissau` too)."""
        found: list[str] = []
        if "’" in run:
            run = run.replace("’", "'")
        words = [_POSSESSIVE.sub("", word) for word in run.replace("-", " ").split()]
        index = 0
        while index < len(words):
            if fold(words[index].strip(".")) not in self.first_words:
                index += 1
                continue
            size = min(self.longest, len(words) - index)
            while size:
                phrase = " ".join(words[index:index + size])
                key = fold(phrase.strip(".").removesuffix("’s").removesuffix("'s"))
                demonym = self.by_demonym.get(key)
                name = self.by_name.get(key) or demonym
                # A short name only in capitals (`US`, not `Us`); a short demonym as written (`the Lao-Thai border`).
                if name and (len(key) > 3 or phrase.replace(".", "").isupper() or name == demonym):
                    found.append(name)
                    break
                size -= 1
            index += max(size, 1)
        return tuple(found)

    def variants(self, canonical: str) -> list[str]:
        """Every spelling that maps to a canonical name (for search filters and keyword lists)."""
        return list(_variants(self, canonical))

    def pair_spellings(self, pair: tuple[str, str]) -> frozenset[str]:
        """Every spelling of a pair's two countries, folded: names of agreements and parties are
        compared without them, whatever the pair and however an article spells it."""
        return _pair_spellings(self, tuple(pair))


@lru_cache(maxsize=16)
def _pair_spellings(names: CountryNames, pair: tuple[str, ...]) -> frozenset[str]:
    return frozenset(fold(spelling) for name in pair
                     for spelling in [name, *names.variants(names.canonical(name) or name)])


def _listed_demonyms() -> dict[str, str]:
    """countryinfo's demonym of each country by ISO code, leaving out those several countries share
    (`Congolese`, `Dominican`): such a word names neither."""
    codes: dict[str, set[str]] = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        for demonym in (info.get("demonym") or "").split(","):
            if code and demonym.strip():
                codes.setdefault(demonym.strip(), set()).add(code)
    return {demonym: code for demonym, found in codes.items() if len(found) == 1 for code in found}


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Every adjective of nationality as news write it (`Pakistani`, `South Korean`): this module's and countryinfo's,
    for patterns built from them (a ministry's citizens, `Minister for Overseas Pakistanis`)."""
    return frozenset([*(demonym for listed in DEMONYMS.values() for demonym in listed), *_listed_demonyms()])


@lru_cache(maxsize=1)
def _bloc_members() -> dict[str, frozenset[str]]:
    """Each spelling of a trade bloc (folded), with the canonical names of its members."""
    members: dict[str, frozenset[str]] = {}
    for spellings, codes in BLOC_MEMBERS:
        names = frozenset(canonical_name(pycountry.countries.get(alpha_2=code)) for code in codes.split())
        members.update((fold(spelling), names) for spelling in spellings)
    return members


def bloc_members(name: str) -> frozenset[str]:
    """The member countries of the trade bloc a name spells (`EFTA` -> Iceland, Liechtenstein, Norway, Switzerland);
    none for any other name."""
    return _bloc_members().get(fold(name.removeprefix("the ")), frozenset())


@lru_cache(maxsize=1)
def country_names() -> CountryNames:
    by_name: dict[str, str] = {}
    by_demonym: dict[str, str] = {}
    for country in pycountry.countries:
        name = canonical_name(country)
        for spelling in (country.name, name, getattr(country, "official_name", None),
                         *VARIANTS.get(country.alpha_2, ())):
            if spelling:
                by_name.setdefault(fold(spelling), name)
                by_name.setdefault(fold(spelling).replace("-", " "), name)
                # A run is read without possessives: `Democratic People's Republic of Korea`.
                by_name.setdefault(" ".join(_POSSESSIVE.sub("", word) for word in fold(spelling).split()), name)
        for demonym in DEMONYMS.get(country.alpha_2, ()):
            by_demonym[fold(demonym)] = name
    for demonym, code in _listed_demonyms().items():
        country = pycountry.countries.get(alpha_2=code)
        if country:
            by_demonym.setdefault(fold(demonym), canonical_name(country))
    for code, spellings in VARIANTS.items():
        country = pycountry.countries.get(alpha_2=code)
        if country:
            for spelling in spellings:
                by_name[fold(spelling)] = canonical_name(country)
                # A run is read with its last full stop cut off: `the U.S. and` ends `U.S`.
                by_name[fold(spelling).rstrip(".")] = canonical_name(country)
    for bloc, spellings in BLOCS.items():
        for spelling in spellings:
            by_name[fold(spelling)] = by_name[fold(spelling).rstrip(".")] = bloc
    longest = max(len(key.split()) for key in (*by_name, *by_demonym))
    first_words = frozenset(key.split()[0] for key in (*by_name, *by_demonym))
    return CountryNames(by_name=by_name, by_demonym=by_demonym, longest=min(longest, 6), first_words=first_words)


# Extractors ask about the same sentence or window more than once.
@per_article(maxsize=8192)
def _mentioned(names: CountryNames, text: str) -> tuple[str, ...]:
    return names._scan(text)


# Runs recur across sentences and articles (`Malaysia`, `Prime Minister`), so each is scanned once.
@lru_cache(maxsize=65536)
def _run_names(names: CountryNames, run: str) -> tuple[str, ...]:
    return names._scan_run(run)


# Search filters ask for the same pair's spellings on every article.
@lru_cache(maxsize=1024)
def _variants(names: CountryNames, canonical: str) -> tuple[str, ...]:
    spellings = [k for k, v in names.by_name.items() if v == canonical]
    return (*spellings, *(k for k, v in names.by_demonym.items() if v == canonical))


# Capitals news name a country by that countryinfo lists under another name or not at all, by ISO alpha-2 code.
CAPITAL_VARIANTS: dict[str, tuple[str, ...]] = {"KZ": ("Astana",), "MY": ("Putrajaya",), "US": ("Washington",),
                                                "MM": ("Naypyidaw", "Naypyitaw"), "CI": ("Abidjan",),
                                                "NG": ("Abuja",), "BO": ("La Paz",), "IL": ("Jerusalem",)}


@lru_cache(maxsize=1)
def capitals_by_country() -> dict[str, tuple[str, ...]]:
    """Each country's capitals by its canonical name: countryinfo's (`Washington D.C.` as `Washington D.C.` and
    `Washington`) and the other names news give some (CAPITAL_VARIANTS)."""
    table: dict[str, tuple[str, ...]] = {}
    for country in pycountry.countries:
        try:
            listed = CountryInfo(country.alpha_2).capital() or ""
        except (KeyError, ValueError):
            listed = ""
        names = (listed, listed.removesuffix(" D.C."), *CAPITAL_VARIANTS.get(country.alpha_2, ()))
        name = canonical_name(country)
        table[name] = tuple(dict.fromkeys([*table.get(name, ()), *(capital for capital in names if capital)]))
    return table


@lru_cache(maxsize=1)
def capital_names() -> frozenset[str]:
    """Every country's capital, with the other names news give some (`capitals_by_country`), in one set."""
    return frozenset(capital for capitals in capitals_by_country().values() for capital in capitals)
