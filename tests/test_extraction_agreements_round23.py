"""Agreements, trade and rankings, round 23: an agreement the parties reached is settled (`reached an agreement on
fishing quotas`); a renewed instrument is dated by its renewal, not by the year that names the old text (`renewed
their 2016 MoU`); a currency swap facility is one before its worth too (`a swap facility of QR4 billion`), and that
worth is no trade; a news agency's acronym in brackets ends a list of fields (`, Qatar News Agency (QNA) reported`),
and consent (`by mutual agreement`) is no instrument; an instrument told signed and later told in force is in force;
several memoranda listed after an agreement are one each; a fraction spoken after a number word counts (`two and a
half billion dollars`); a fiscal year of a country that keeps the calendar year is that year (`FY2024` of Chile's);
a position among a country's sources of imports is a ranking (articles r23_agreements_1_bernama.txt,
r23_agreements_2_qna.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, written

from bot.core.facts import ArticleFacts

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025


def _entries(facts: ArticleFacts) -> list[tuple[str, list[str], str | None, str]]:
    return [(a.kind, a.domains, a.date, a.status) for a in facts.agreements if a.kind != "council"]


def _figures(facts: ArticleFacts) -> list[tuple[str, float, str, str | None]]:
    return [(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures]


def _rankings(facts: ArticleFacts) -> list[tuple[str, int, str, str | None]]:
    return [(r.subject, r.rank, r.role, r.scope) for r in facts.rankings]


def test_an_agreement_reached_is_settled() -> None:
    reached = _entries(article("r23_agreements_1_bernama.txt"))[0]
    assert reached[0] == "agreement" and reached[1][0].startswith("fishing quotas")
    assert reached[2:] == ("2025-05-14", "signed")
    facts = written("Chile and Peru reached an agreement on fishing quotas on Tuesday.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["fishing quotas"], "2025-03-11", "signed")]
    # not reached is not settled
    facts = written("Negotiators have not reached an agreement on fishing quotas.", pair=PAIR, lede=LEDE)
    assert [status for *_, status in _entries(facts)] == ["planned"]
    # an accord to act, or a stage of talks, reached is no instrument
    facts = written("The two sides reached an agreement to boost trade and investment.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    assert written("Talks have reached a deal-breaking stage.", pair=PAIR, lede=LEDE).agreements == []


def test_a_renewal_dates_the_instrument_renewed() -> None:
    renewed = [entry for entry in _entries(article("r23_agreements_1_bernama.txt"))
               if entry[1] == ["maritime cooperation"]]
    assert renewed == [("mou", ["maritime cooperation"], "2025-05-14", "signed")]
    facts = written("Chile and Peru renewed their 2016 MoU on mining cooperation on Tuesday.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("mou", ["mining cooperation"], "2025-03-11", "signed")]
    facts = written("Chile and Peru on Tuesday extended the 2015 agreement on air services.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["air services"], "2025-03-11", "signed")]
    # an instrument only named by its year, not renewed, keeps the year
    facts = written("Chile and Peru reviewed the 2015 agreement on air services, which entered into force in 2017.",
                    pair=PAIR, lede=LEDE)
    assert [date for _, _, date, _ in _entries(facts)] == ["2017"]


def test_a_currency_swap_facility_before_its_worth_is_an_instrument() -> None:
    facts = article("r23_agreements_2_qna.txt")
    assert _entries(facts)[0] == ("agreement", ["currency swap facility"], "2024-10-22", "signed")
    assert all(value != 4e9 for _, value, _, _ in _figures(facts))  # its worth is no trade
    facts = written("The central banks of Chile and Peru signed a currency swap facility of 3 billion yuan.",
                    pair=PAIR, lede=LEDE)
    assert [(kind, domains, status) for kind, domains, _, status in _entries(facts)] == \
        [("agreement", ["currency swap facility"], "signed")]
    assert _figures(facts) == []
    facts = written("The central banks of Chile and Peru renewed their swap line of $2 billion on Tuesday.", pair=PAIR,
                    lede=LEDE)
    assert _entries(facts) == [("agreement", ["swap line"], "2025-03-11", "signed")]
    assert _figures(facts) == []
    # a swap of credit lines is no swap line
    assert written("Chile and Peru agreed to swap lines of credit.", pair=PAIR, lede=LEDE).agreements == []


def test_a_news_agency_s_acronym_ends_the_fields() -> None:
    facts = article("r23_agreements_1_bernama.txt")
    assert not any("VNA" in domain for a in facts.agreements for domain in a.domains)
    assert [a.domains for a in article("r22_headers_5_peninsula.txt").agreements] == \
        [["air services"], ["investment promotion"]]
    facts = written("Chile and Peru signed an agreement on energy, Andean News Agency (ANA) reported.", pair=PAIR,
                    lede=LEDE)
    assert [domains for _, domains, _, _ in _entries(facts)] == [["energy"]]


def test_consent_is_no_instrument() -> None:
    assert not any(a.domains == ["mutual"] for a in article("r23_agreements_2_qna.txt").agreements)
    facts = written("The concession may be extended by mutual agreement, the Chilean ministry said.", pair=PAIR,
                    lede=LEDE)
    assert facts.agreements == []


def test_an_instrument_told_in_force_later_is_in_force() -> None:
    assert ("agreement", ["avoidance of double taxation"], "2023-03", "in_force") in \
        _entries(article("r23_agreements_2_qna.txt"))
    facts = written("Chile and Peru signed an agreement on social security in 2019. The social security agreement came "
                    "into effect in January 2021, allowing workers to transfer pensions.", pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("agreement", ["social security"], "2021-01", "in_force")]
    facts = written("The two countries signed a free trade agreement in 2016. The FTA entered into force in 2018.",
                    pair=PAIR, lede=LEDE)
    assert _entries(facts) == [("fta", ["trade"], "2018", "in_force")]
    # another pair's deal in force is not the pair's
    facts = written("Chile has signed a free trade agreement with Peru. It is Chile's 16th free trade agreement and its "
                    "first with an Andean country since the Chile-Honduras deal took effect in 2014.", pair=PAIR,
                    lede=LEDE)
    assert [(kind, status) for kind, _, _, status in _entries(facts)] == [("fta", "signed")]


def test_memoranda_listed_after_an_agreement_are_one_each() -> None:
    assert [domains for kind, domains, _, _ in _entries(article("r23_agreements_1_bernama.txt")) if kind == "mou"] \
        == [["education"], ["health"], ["tourism"], ["maritime cooperation"]]
    facts = written("The ministers signed an agreement on defence cooperation and three MoUs on education, health and "
                    "tourism.", pair=PAIR, lede=LEDE)
    assert [(kind, domains) for kind, domains, _, _ in _entries(facts)] == [
        ("agreement", ["defence cooperation"]), ("mou", ["education"]), ("mou", ["health"]), ("mou", ["tourism"])]


def test_a_fraction_after_a_number_word_counts() -> None:
    assert ("total_trade", 18.5e9, "USD", "2024") in _figures(article("r23_agreements_1_bernama.txt"))
    assert ("total_trade", 1.5e9, "USD", "2023") in _figures(article("r23_agreements_2_qna.txt"))
    facts = written("Bilateral trade between Chile and Peru reached two and a half billion dollars last year.",
                    pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("total_trade", 2.5e9, "USD", "2024")]
    facts = written("Chile's exports to Peru rose to one and a quarter billion dollars in 2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 1.25e9, "USD", "2024")]
    # a count of people is no money
    facts = written("Trade fairs in Chile and Peru drew three and a half million people in 2024.", pair=PAIR,
                    lede=LEDE)
    assert _figures(facts) == []


def test_a_calendar_country_s_fiscal_year_is_the_calendar_year() -> None:
    facts = written("Chile's exports to Peru reached 3.1 billion dollars in FY2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3.1e9, "USD", "2024")]
    facts = written("Peru's exports to Chile fell to $1.2 billion in the first half of FY2024.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 1.2e9, "USD", "2024-01/2024-06")]
    # a split year is no calendar year; a country with a fiscal year of its own keeps it
    facts = written("Chile's exports to Peru reached 3.1 billion dollars in FY 2024/25.", pair=PAIR, lede=LEDE)
    assert _figures(facts) == [("exports", 3.1e9, "USD", "2024-04/2025-03")]
    facts = written("India's exports to Chile reached $2.1 billion in FY2024.", pair=("India", "Chile"),
                    lede="India and Chile held talks.")
    assert _figures(facts) == [("exports", 2.1e9, "USD", "2023-04/2024-03")]


def test_a_position_among_sources_of_imports_is_a_ranking() -> None:
    assert _rankings(article("r23_agreements_2_qna.txt")) == [("Indonesia", 7, "source of imports", "Asia")]
    facts = written("Chile holds the third position among Peru's sources of imports.", pair=PAIR, lede=LEDE)
    assert _rankings(facts) == [("Chile", 3, "source of imports", None)]
    facts = written("Chile was in second place among the destinations for Peruvian exports last year.", pair=PAIR,
                    lede=LEDE)
    assert _rankings(facts) == [("Chile", 2, "export destination", None)]
    # holding talks ranks nobody
    facts = written("Chile holds talks with the third among Peru's trading partners.", pair=PAIR, lede=LEDE)
    assert facts.rankings == []
