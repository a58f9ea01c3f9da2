"""People's roles, fifth round: a role never spans another titled person or another's role joined by `and`, a
counterpart shares the office and not a ministry's own name, and names in any Latin letters with diacritics
(articles html4_*.html, p4_*.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, roles_of, written


UAE_VIETNAM = ("United Arab Emirates", "Vietnam")
UAE_VIETNAM_LEDE = "The UAE and Vietnam held talks."
CHILE_KENYA = ("Chile", "Kenya")
CHILE_KENYA_LEDE = "Chile and Kenya held talks."


def test_a_role_does_not_span_a_titled_person_before_and() -> None:
    roles = roles_of(article("html4_philstar_philippines_korea.html"))
    assert roles["Yoon Suk Yeol"] == "President of South Korea"


def test_a_role_does_not_span_a_titled_person_in_a_short_text() -> None:
    body = "Premier Boric and Kenyan President William Ruto signed a trade pact in Nairobi on Tuesday."
    roles = roles_of(written(body, CHILE_KENYA, CHILE_KENYA_LEDE))
    assert roles["William Ruto"] == "President of Kenya"


def test_a_role_does_not_span_another_role_ended_by_a_comma_and() -> None:
    roles = roles_of(article("html4_khaleejtimes_uae_vietnam.html"))
    assert roles["Nguyen Hong Dien"] == "Minister of Industry and Trade of Vietnam"


def test_a_role_after_a_comma_and_a_country_is_its_own_in_a_short_text() -> None:
    body = ("The pact was signed by Juan Perez, Minister of Economy, Development and Tourism, and Kenya's trade "
            "minister Rebecca Miano in Nairobi on Tuesday.")
    roles = roles_of(written(body, CHILE_KENYA, CHILE_KENYA_LEDE))
    assert roles["Rebecca Miano"] == "trade minister of Kenya"


def test_a_portfolio_list_before_a_comma_and_stays_one_role() -> None:
    body = "Trade, Industry, and Energy Minister Rebecca Miano met envoys in Nairobi on Tuesday."
    roles = roles_of(written(body, CHILE_KENYA, CHILE_KENYA_LEDE))
    assert roles["Rebecca Miano"] == "Trade, Industry, and Energy Minister"


def test_a_counterpart_does_not_take_the_other_ministry_s_name() -> None:
    roles = roles_of(article("p4_malaysiakini_malaysia_turkiye.txt"))
    assert roles["Ömer Bolat"] == "Minister of Türkiye"


def test_a_counterpart_shares_a_one_field_office_and_not_a_ministry_s_name() -> None:
    body = ("Economy, Development and Tourism Minister Juan Perez met his Kenyan counterpart Lee Kinyanjui in "
            "Santiago on Tuesday. Foreign Minister Alberto van Klaveren met his Kenyan counterpart Musalia Mudavadi.")
    roles = roles_of(written(body, CHILE_KENYA, CHILE_KENYA_LEDE))
    assert roles["Lee Kinyanjui"] == "Minister of Kenya"
    assert roles["Musalia Mudavadi"] == "Foreign Minister of Kenya"


def test_vietnamese_names_with_diacritics_are_names() -> None:
    body = ("Prime Minister Phạm Minh Chính met UAE President Mohamed bin Zayed in Hanoi on Tuesday. "
            "Minister of Industry and Trade Nguyễn Hồng Diên said trade would double. "
            "\"We will open new markets,\" Bùi Thanh Sơn said.")
    roles = roles_of(written(body, UAE_VIETNAM, UAE_VIETNAM_LEDE))
    assert roles["Phạm Minh Chính"] == "Prime Minister"
    assert roles["Nguyễn Hồng Diên"] == "Minister of Industry and Trade"
    assert "Bùi Thanh Sơn" in roles


def test_polish_names_with_diacritics_are_names() -> None:
    body = "Foreign Minister Radosław Sikorski met Chile's President in Santiago. Łukasz Kowalski said it was good."
    roles = roles_of(written(body, CHILE_KENYA, CHILE_KENYA_LEDE))
    assert roles["Radosław Sikorski"] == "Foreign Minister"
    assert "Łukasz Kowalski" in roles


def test_an_honoured_name_and_its_office_between_commas_mid_sentence() -> None:
    people = {p.name: (p.role, p.aliases) for p in article("html4_khaleejtimes_uae_vietnam.html").people}
    role, aliases = people["Thani bin Ahmed Al Zeyoudi"]
    assert role == "Minister of State for Foreign Trade"
    assert "Al Zeyoudi" in aliases
    assert "Al Zeyoudi" not in people


def test_an_honoured_name_and_its_office_between_commas_in_a_short_text() -> None:
    body = ("The accord was signed in Riyadh by Eng Fahd, an adviser, and by Dr Majid bin Abdullah Al-Qasabi, "
            "Minister of Commerce, on Tuesday. Al-Qasabi said trade would grow.")
    people = {p.name: (p.role, p.aliases) for p in written(body, ("Saudi Arabia", "Kenya"), "Saudi Arabia and Kenya "
                                                            "held talks.").people}
    assert people["Majid bin Abdullah Al-Qasabi"] == ("Minister of Commerce", ["Dr Majid bin Abdullah Al-Qasabi",
                                                                               "Al-Qasabi"])


def test_a_title_before_another_name_is_no_office_between_commas() -> None:
    body = "Dr Amina Yusuf, President William Ruto and Premier Boric met in Nairobi on Tuesday."
    roles = roles_of(written(body, CHILE_KENYA, CHILE_KENYA_LEDE))
    assert roles.get("Amina Yusuf") is None
