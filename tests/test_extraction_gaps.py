"""Ways of writing facts that used to be missed: instruments listed after `including`, the place of an event
after an opening clause, mixed-case datelines, `billion-dollar` amounts and `followed by` rankings
(article written for these tests: g_*.txt)."""
from __future__ import annotations

from bot.core.money import find_money
from extraction_support import article, written

PAIR = ("Indonesia", "Vietnam")


def test_instruments_listed_after_including_are_each_an_entry() -> None:
    facts = article("g_gulf_uae_kenya.txt")
    assert {(a.kind, tuple(a.domains), a.date) for a in facts.agreements} == {
        ("mou", ("halal certification",), "2025-03-04"), ("mou", ("tourism cooperation",), "2025-03-04")}, \
        "the five agreements are those two and others unnamed: no entry of their own"
    facts = written("The two sides signed 12 agreements on Monday, including a treaty on extradition, an MoU on "
                    "fisheries and a protocol on customs cooperation.")
    assert sorted(a.domains[0] for a in facts.agreements) == ["customs cooperation", "extradition", "fisheries"]


def test_a_part_of_an_instrument_or_a_list_of_fields_after_including_is_no_entry() -> None:
    facts = written("The two sides signed five agreements, including on trade, climate change and education.")
    assert sorted(a.domains[0] for a in facts.agreements) == ["climate change", "education", "trade"]
    facts = written("The two sides exchanged 20 documents, including 14 memoranda of understanding worth $2bil. "
                    "The agreements cover energy and mining.")
    assert {(a.kind, a.domains[0]) for a in facts.agreements} == {("agreement", "energy"), ("agreement", "mining")}


def test_the_place_of_an_event_is_that_of_its_main_clause_not_of_an_opening_one() -> None:
    facts = article("g_gulf_uae_kenya.txt")
    assert {e.date: e.place for e in facts.events}["2025-03-03"] == "Mombasa", "not `After talks in Nairobi`"
    facts = written("On his way from Jakarta to Tokyo, the Indonesian president met Vietnam's prime minister "
                    "in Da Nang on March 3.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Da Nang"]
    facts = written("The Indonesian president, who flew in from Singapore, held talks with Vietnam's president "
                    "in Hanoi on March 3.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Hanoi"], "not where he came from"


def test_the_place_of_an_event_is_still_the_first_of_its_own_clause() -> None:
    facts = written("The Indonesian president visited Hanoi on March 3 and went on to Ho Chi Minh City.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Hanoi"]
    facts = written("The Vietnamese premier arrived in Jakarta from Singapore on March 3 for talks with Indonesia.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Jakarta"]


def test_a_mixed_case_city_and_a_colon_opening_the_body_is_the_dateline() -> None:
    assert article("g_gulf_uae_kenya.txt").dateline_place == "Dubai"
    assert written("", lede="Abu Dhabi: The UAE and Indonesia signed a trade deal on Monday.").dateline_place \
        == "Abu Dhabi"
    assert written("", lede="Ho Chi Minh City: Indonesia and Vietnam opened a business forum on Monday.") \
        .dateline_place == "Ho Chi Minh City"
    assert written("", lede="Dubai (Reuters) – The UAE and Indonesia signed a trade deal on Monday.") \
        .dateline_place == "Dubai"


def test_a_label_with_a_colon_opening_the_body_is_no_dateline() -> None:
    for lede in ("Analysts: Indonesia and Vietnam are likely to sign a trade deal this year.",
                 "Update: Indonesia and Vietnam signed a trade deal on Monday.",
                 "Editor's note: Indonesia and Vietnam signed a trade deal on Monday.",
                 "Meanwhile: Indonesia and Vietnam signed a trade deal on Monday.",
                 "Key Takeaways: Indonesia and Vietnam signed a trade deal on Monday.",
                 "Exclusive: Indonesia and Vietnam signed a trade deal on Monday.",
                 "Monday: Indonesia and Vietnam signed a trade deal.",
                 "Joko Widodo: We will sign a trade deal with Vietnam this year.",
                 "Indonesia: A partner for Vietnam"):
        assert written("", lede=lede).dateline_place is None, lede


def test_a_billion_dollar_adjective_and_a_target_it_qualifies() -> None:
    assert [(m.value, m.currency) for m in find_money("a 5 billion-dollar trade target")] == [(5e9, "USD")]
    facts = article("g_gulf_uae_kenya.txt")
    assert {(f.metric, f.value, f.currency, f.period) for f in facts.trade_figures} == {
        ("target", 5e9, "USD", "2030"), ("total_trade", 3.4e9, "USD", "2024")}
    facts = written("Trade reached $5 billion last year against a target of $6 billion.")
    assert ("total_trade", 5e9) in {(f.metric, f.value) for f in facts.trade_figures}, "the target is another amount"


def test_a_partner_followed_by_the_pair_s_country_ranks_next() -> None:
    facts = article("g_gulf_uae_kenya.txt")
    assert [(r.subject, r.rank, r.role, r.year) for r in facts.rankings] == [
        ("United Arab Emirates", 2, "trading partner", "2024")], "India, third, is not of the pair"
    facts = written("Japan was Indonesia's third-largest export market last year, followed by China and Vietnam.")
    assert [(r.subject, r.rank, r.role) for r in facts.rankings] == [("Vietnam", 5, "export market")]
    facts = written("Vietnam is Indonesia's largest supplier of rice, followed by Thailand.")
    assert [(r.subject, r.rank) for r in facts.rankings] == [("Vietnam", 1)]
    facts = written("China was Indonesia's largest trading partner, followed by a surge in Vietnam's investment.")
    assert facts.rankings == [], "not a list of partners"


def test_an_amount_short_of_a_target_is_no_target() -> None:
    facts = written("Bilateral trade reached $5 billion against a target of $6 billion.")
    assert ("total_trade", 5e9) in {(f.metric, f.value) for f in facts.trade_figures}


def test_fields_of_instruments_listed_as_one_on_x_and_another_on_y() -> None:
    facts = written("The two countries signed 10 MoUs on Monday, including one on energy and another on tourism.")
    assert sorted(a.domains[0] for a in facts.agreements) == ["energy", "tourism"]


def test_an_opening_clause_the_date_stands_in_keeps_its_place() -> None:
    facts = written("After meeting Vietnam's prime minister in Hanoi on March 3, the Indonesian president flew to "
                    "Da Nang to attend a business forum.")
    assert [e.place for e in facts.events if e.date == "2025-03-03"] == ["Hanoi"]
