"""Articles as users paste or save them (r12_robust_*.txt: a story saved wrapped at 72 columns with Windows line
endings, one copied from a page with soft hyphens, zero-width characters, a byte-order mark and no-break spaces in
its amounts, an agency's story with its dateline on a line of its own and numbered paragraphs): the same facts as
from the clean text. Existing articles are rewritten the same ways here and must give the facts they give clean."""
from __future__ import annotations

import re
import textwrap

import pytest

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts
from extraction_support import ARTICLES, article, written

# Clean articles of several publishers and layouts: a wire with its byline line, a dateline and agency, a Turkish
# daily with Turkish names, an East African weekly with a standfirst.
CLEAN = ["anadolu_turkiye_uk.txt", "kyodo_japan_vietnam.txt", "p_hurriyet_turkiye_qatar.txt",
         "r11_trade_3_theeastafrican.txt", "bernama_malaysia_saudi.txt"]
# What a reader does not see: curly and straight quotes, no-break and ordinary spaces, invisible characters.
_UNSEEN = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "\u00a0": " ", "\u202f": " ", "\u2009": " ",
                         "\u00ad": None, "\u200b": None, "\u200d": None, "\ufeff": None})


def _seen(text: str | None) -> str | None:
    return " ".join(text.translate(_UNSEEN).split()) if text is not None else None


def _facts(facts: ArticleFacts) -> dict[str, object]:
    """The facts that are scored, as a reader sees their words."""
    return {
        "header": (facts.published, facts.dateline_place, _seen(facts.title)),
        "trade": sorted((f.metric, f.value, f.currency, f.period or "") for f in facts.trade_figures),
        "rankings": sorted((r.subject, r.rank, r.role, r.year or "") for r in facts.rankings),
        "agreements": sorted((a.kind, _seen(a.name), a.date or "", a.place or "") for a in facts.agreements),
        "events": sorted((e.date, e.place or "", ",".join(e.actors), e.optional) for e in facts.events),
        "people": sorted((_seen(p.name), _seen(p.role) or "") for p in facts.people),
        "quotes": sorted((_seen(q.speaker), _seen(q.text)) for q in facts.quotes),
    }


def _extracted(text: str) -> dict[str, object]:
    return _facts(extract(RawArticle(id="variant", text=text), ("Malaysia", "Türkiye")))


def _clean(name: str) -> str:
    return (ARTICLES / name).read_text(encoding="utf-8")


def _wrapped(text: str, width: int, indent: str = "", apart: str = "\n\n") -> str:
    """Each paragraph wrapped at a width; apart by a blank line, by its first line's indent or by nothing more."""
    return apart.join(textwrap.fill(p, width, initial_indent=indent) for p in text.split("\n") if p.strip())


_LONG_WORD = re.compile(r"\b([A-Za-z]{4})([a-z]{4,})")
_AMOUNT_SPACE = re.compile(r"(?<=\d) (?=(?:billion|million|trillion|per cent|percent)\b)")


def _invisible(text: str) -> str:
    """Soft hyphens and zero-width spaces inside long words, a BOM, and narrow no-break spaces in amounts."""
    text = _LONG_WORD.sub(lambda m: f"{m.group(1)}\u00ad{m.group(2)}", text, count=40)
    text = _LONG_WORD.sub(lambda m: f"{m.group(1)}\u200b{m.group(2)}", text)
    return "\ufeff" + _AMOUNT_SPACE.sub("\u202f", text).replace(", ", ",\u00a0")


@pytest.mark.parametrize("name", CLEAN)
def test_invisible_characters_and_other_spaces_change_no_fact(name: str) -> None:
    text = _clean(name)
    assert _extracted(_invisible(text)) == _extracted(text)


def test_soft_hyphens_zero_width_characters_and_a_bom_are_not_read_as_spaces() -> None:
    facts = article("r12_robust_2_lusa.txt")
    # `coop\u00aderation` is one word; the list after `The agreements include:` gives the entries
    assert [a.name for a in facts.agreements if a.kind in {"agreement", "mou"}] == [
        "Portugal–Angola cooperation programme",
        "Portugal–Angola agreement on avoidance of double taxation",
        "Portugal–Angola memorandum of understanding on tourism", "Portugal–Angola protocol on training of diplomats"]
    assert "Lourenço" in {alias for p in facts.people for alias in p.aliases}
    facts = written("Indonesia's ex\u00adports to Viet\u200bnam rose to US$\u00a02.1\u202fbil\u00adlion in 2024, up "
                    "from $1.8\u2009bil\u200blion a year earlier, the trade ministry said.")
    assert [(f.metric, f.value, f.period) for f in facts.trade_figures] == [("exports", 2.1e9, "2024"),
                                                                           ("exports", 1.8e9, "2023")]


@pytest.mark.parametrize("name", CLEAN)
def test_text_wrapped_at_a_fixed_width_gives_the_facts_of_its_paragraphs(name: str) -> None:
    text = _clean(name)
    clean = _extracted(text)
    assert _extracted(_wrapped(text, 72)) == clean
    assert _extracted(_wrapped(text, 76, indent="    ", apart="\n")) == clean
    assert _extracted(_wrapped(text, 80, apart="\n")) == clean


def test_a_story_saved_wrapped_at_72_columns_with_windows_line_endings() -> None:
    facts = article("r12_robust_1_dhakatribune.txt")
    assert [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures
            if f.currency == "USD"] == [("total_trade", 57.8e6, "USD", "2019-07/2020-06"),
                                        ("exports", 7.6e6, "USD", "2019-07/2020-06"),
                                        ("imports", 50.2e6, "USD", "2019-07/2020-06")]
    assert ("Tandi Dorji", "Minister for Foreign Affairs of Bhutan") in {(p.name, p.role) for p in facts.people}
    assert [e.date for e in facts.events if not e.optional] == ["2020-12-06"]
    headline = "Bangladesh and Bhutan sign their first preferential trade agreement in Dhaka"
    text = (ARTICLES / "r12_robust_1_dhakatribune.txt").read_text(encoding="utf-8").split("\n", 3)[3]
    facts = extract(RawArticle(id="x", text=f"{headline}\nPublished: 7 December 2020\n{text}"), ("Malaysia", "Türkiye"))
    assert (facts.title, facts.published) == (headline, "2020-12-07")  # a long headline keeps its date line apart
    body = textwrap.fill("Kenya's exports to Uganda rose to $1.2 billion in 2024, up from $980 million a year "
                         "earlier, according to the Kenya National Bureau of Statistics. The two countries signed a "
                         "memorandum of understanding on energy in Kampala on Tuesday, officials said, and agreed "
                         "to meet again in June.", 64)
    facts = written(body.replace("\n", "\r\n"), pair=("Kenya", "Uganda"),
                    lede="Kenya and Uganda held talks in Kampala this week, the ministry\r\nof trade said on "
                         "Wednesday in a statement.")
    assert [(f.metric, f.value, f.period) for f in facts.trade_figures] == [("exports", 1.2e9, "2024"),
                                                                           ("exports", 980e6, "2023")]
    assert [(a.kind, a.date) for a in facts.agreements] == [("mou", "2025-03-11")]


@pytest.mark.parametrize("name", CLEAN)
def test_old_mac_and_unicode_line_breaks_part_paragraphs(name: str) -> None:
    text = _clean(name)
    clean = _extracted(text)
    assert _extracted(text.replace("\n", "\r")) == clean
    assert _extracted(text.replace("\n\n", "\u2029").replace("\n", "\u2028")) == clean


def test_a_dateline_with_its_agency_on_a_line_of_its_own_dates_the_story() -> None:
    facts = article("r12_robust_3_bta.txt")
    assert (facts.published, facts.dateline_place) == ("2019-03-14", "Sofia")
    assert [(e.date, e.place) for e in facts.events][:2] == [("2019-03-14", "Sofia"), ("2019-03-13", "Sofia")]
    text = ("Chile, Peru sign mining pact\nLima, 4 June 2023 (EFE)\n\nChile and Peru signed a memorandum of "
            "understanding on mining in Lima on Friday, the two governments said.\n\nTrade between the two "
            "countries reached $4.5 billion in 2022, according to official figures.")
    facts = extract(RawArticle(id="x", text=text), ("Chile", "Peru"))
    assert (facts.published, facts.dateline_place) == ("2023-06-04", "Lima")
    assert [(a.kind, a.date) for a in facts.agreements] == [("mou", "2023-06-02")]


def test_a_numbered_paragraph_opening_with_a_capital_outside_ascii_loses_its_number() -> None:
    facts = article("r12_robust_3_bta.txt")
    assert ("Mevlüt Çavuşoğlu", "Bulgaria") in {(a, b) for e in facts.events for a, b in [e.actors[:2]]
                                                if e.date == "2019-03-13"}
    facts = written("3. Ólafsson said Iceland's exports to Norway rose to $1.1 billion in 2024.\n\n"
                    "4. Đặng Hoàng An, the Vietnamese deputy minister, said the two sides signed an agreement on "
                    "energy in Hanoi on Tuesday. Ólafsson said the talks went well.",
                    pair=("Iceland", "Vietnam"), lede="Iceland and Vietnam held talks in Hanoi.")
    assert all(not s[:1].isdigit() for s in facts.sentences)
    assert "Ólafsson said the talks went well." in facts.sentences


def test_a_currency_written_as_an_abbreviation_with_a_full_stop_does_not_end_the_sentence() -> None:
    facts = article("r12_robust_1_dhakatribune.txt")
    assert ("total_trade", 4.9e9, "BDT", "2019-07/2020-06") in {
        (f.metric, f.value, f.currency, f.period) for f in facts.trade_figures}
    facts = written("Kenya's exports to Tanzania rose to Ksh. 95 billion in 2023, the statistics bureau said.",
                    pair=("Kenya", "Tanzania"), lede="Kenya and Tanzania held talks in Arusha.")
    assert [(f.metric, f.value, f.currency) for f in facts.trade_figures] == [("exports", 95e9, "KES")]


def test_a_contract_worth_an_amount_with_its_currency_apart_is_named_by_its_purpose() -> None:
    facts = article("r12_robust_2_lusa.txt")
    assert [a.name for a in facts.agreements if a.kind == "contract"] == [
        "Portugal–Angola contract on rehabilitation of the Benguela railway"]
    facts = written("Hyundai Rotem signed a contract worth USD 180 million for the supply of 40 metro cars to "
                    "Jakarta in Seoul on Tuesday.", pair=("Indonesia", "South Korea"),
                    lede="Indonesia and South Korea held talks in Seoul.")
    assert [a.name for a in facts.agreements] == ["Indonesia–South Korea contract on supply of 40 metro cars"]


def test_a_decimal_comma_before_a_scale_word_is_a_decimal() -> None:
    facts = article("r12_robust_3_bta.txt")
    assert [(f.metric, f.value, f.period) for f in facts.trade_figures] == [
        ("total_trade", 4.3e9, "2018"), ("exports", 2.3e9, "2018"), ("target", 5e9, "2020")]
    facts = written("Malaysia's trade with Indonesia reached RM 3,5 bil in 2024, and 1,250 containers were shipped.",
                    pair=("Malaysia", "Indonesia"), lede="Malaysia and Indonesia held talks.")
    assert [(f.metric, f.value, f.currency) for f in facts.trade_figures] == [("total_trade", 3.5e9, "MYR")]


def test_an_ordinal_typed_with_a_dotless_i_is_read_as_its_rank() -> None:
    # A Turkish keyboard's `ı` in `thırd`: the case-blind pattern reads it, and so must the rank lookup.
    text = ("Türkiye, Malaysia trade grows\n\nKUALA LUMPUR, Jan 8, 2026 -- Türkiye is Malaysia's thırd largest "
            "trading partner in West Asia, the ministry said on Wednesday.\n")
    facts = extract(RawArticle(id="dotless", text=text), ("Malaysia", "Türkiye"))
    assert [ranking.rank for ranking in facts.rankings] == [3]
