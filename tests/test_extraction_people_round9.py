"""People and quotes, ninth round: `he told ... with X` is said by the last speaker, not X; a portfolio of several
fields with a plural (`Investments, Trade and Industry`); a country of several words before its office; a style
(`HE the Minister`), the Taoiseach and a High Commissioner; initials with full stops (`A.K.`); an organisation
named after its country owning a role; a short phrase a paraphrase quotes (`described X as "a milestone"`); a role
never begins inside an Arabic family name, nor with the `and` of a clause (articles r9_people_*.txt and short
texts)."""
from __future__ import annotations

from bot.core.facts import ArticleFacts
from extraction_support import article, people_of, roles_of, written


def _quotes(facts: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_pronoun_says_a_quote_not_the_person_it_was_said_with() -> None:
    quotes = _quotes(article("r9_people_3_fmt.txt"))
    assert quotes[0][0] == "Anwar Ibrahim"
    assert quotes[0][1].startswith("Brazil is a giant in agriculture and aviation")
    facts = written("President Gabriel Boric said the deal opened new markets for Chilean fruit. \"Our farmers will "
                    "sell more cherries and wine in Asia,\" he told a joint news conference with President Prabowo "
                    "Subianto.", pair=("Chile", "Indonesia"), lede="Chile and Indonesia held talks.")
    assert _quotes(facts) == [("Gabriel Boric", "Our farmers will sell more cherries and wine in Asia")]


def test_a_portfolio_of_several_fields_with_a_plural_is_a_role() -> None:
    facts = article("r9_people_2_thestarkenya.txt")
    assert people_of(facts)["Rebecca Miano"] == ("Cabinet Secretary for Investments, Trade and Industry", ["Miano"])
    assert _quotes(facts)[0][0] == "Rebecca Miano"
    facts = written("Minister of Investments, Trade and Industry Moses Kuria said the two sides would meet again.",
                    pair=("Kenya", "Vietnam"), lede="Kenya and Vietnam held talks.")
    assert roles_of(facts) == {"Moses Kuria": "Minister of Investments, Trade and Industry"}


def test_a_country_of_several_words_before_its_office_is_the_roles_country() -> None:
    roles = roles_of(article("r9_people_1_manilatimes.txt"))
    assert roles["Mohamed bin Zayed Al Nahyan"] == "President of United Arab Emirates"
    facts = written("Saudi Arabia Foreign Minister Faisal bin Farhan said the two sides would meet again.",
                    pair=("Saudi Arabia", "Vietnam"), lede="Saudi Arabia and Vietnam held talks.")
    assert roles_of(facts) == {"Faisal bin Farhan": "Foreign Minister of Saudi Arabia"}


def test_a_style_before_an_office_is_no_part_of_the_role() -> None:
    roles = roles_of(article("r9_people_5_gulftimes.txt"))
    assert roles["Ali bin Ahmed al-Kuwari"] == "Minister of Commerce and Industry"
    assert roles["Sultan bin Saad al-Muraikhi"] == "Minister of State for Foreign Affairs"
    facts = written("The accord was signed by HE the Minister of Finance Ali bin Ahmed al-Kuwari in Hanoi.",
                    pair=("Qatar", "Vietnam"), lede="Qatar and Vietnam held talks.")
    assert roles_of(facts) == {"Ali bin Ahmed al-Kuwari": "Minister of Finance"}


def test_the_taoiseach_and_a_high_commissioner_are_offices() -> None:
    facts = article("r9_people_4_irishtimes.txt")
    assert people_of(facts)["Leo Varadkar"] == ("Taoiseach", ["Varadkar"])
    assert _quotes(facts)[0] == ("Leo Varadkar", "India is one of the fastest-growing major economies in the world "
                                                 "and there is huge potential for Irish companies here")
    assert roles_of(article("r9_people_2_thestarkenya.txt"))["Mohd Zamri Mohd Kassim"] == \
        "High Commissioner of Malaysia to Kenya"
    facts = written("Taoiseach Micheál Martin and Indian High Commissioner to Ireland Akhilesh Mishra met in Dublin.",
                    pair=("Ireland", "India"), lede="Ireland and India held talks.")
    assert roles_of(facts) == {"Micheál Martin": "Taoiseach",
                               "Akhilesh Mishra": "High Commissioner of India to Ireland"}


def test_initials_with_full_stops_begin_a_name() -> None:
    facts = written("The agreement was signed by Foreign Minister Dr A.K. Abdul Momen in Doha.",
                    pair=("Bangladesh", "Qatar"), lede="Bangladesh and Qatar held talks.")
    assert roles_of(facts) == {"A.K. Abdul Momen": "Foreign Minister"}
    facts = written("Tamil Nadu Chief Minister M.K. Stalin said the state would host the investors.",
                    pair=("India", "Singapore"), lede="India and Singapore held talks.")
    assert "M.K. Stalin" in roles_of(facts)


def test_an_organisation_named_after_its_country_owns_the_role() -> None:
    roles = roles_of(article("r9_people_4_irishtimes.txt"))
    assert roles["Julie Sinnamon"] == "chief executive of Enterprise Ireland"
    facts = written("Bank Negara Malaysia's governor Abdul Rasheed Ghaffour said the ringgit was stable.",
                    pair=("Malaysia", "Vietnam"), lede="Malaysia and Vietnam held talks.")
    assert roles_of(facts) == {"Abdul Rasheed Ghaffour": "governor of Bank Negara Malaysia"}


def test_a_short_phrase_a_paraphrase_quotes_is_a_quote() -> None:
    assert ("Ferdinand Marcos Jr", "a milestone") in _quotes(article("r9_people_1_manilatimes.txt"))
    assert ("Luiz Inacio Lula da Silva", "a strategic partner") in _quotes(article("r9_people_3_fmt.txt"))
    assert ("Narendra Modi", "a valued friend") in _quotes(article("r9_people_4_irishtimes.txt"))
    facts = written("Foreign Minister Retno Marsudi described ties with Hanoi as \"excellent\" and called for a new "
                    "\"Look East\" policy.")
    assert _quotes(facts) == [("Retno Marsudi", "excellent")]


def test_a_role_does_not_begin_inside_an_arabic_family_name() -> None:
    roles = roles_of(article("r9_people_5_gulftimes.txt"))
    assert roles["Sheikh Hasina"] == "Prime Minister of Bangladesh"
    facts = written("Sheikh Tamim bin Hamad al-Thani and Pakistan Prime Minister Shehbaz Sharif held talks in Doha.",
                    pair=("Qatar", "Pakistan"), lede="Qatar and Pakistan held talks.")
    assert roles_of(facts)["Shehbaz Sharif"] == "Prime Minister of Pakistan"


def test_a_role_does_not_begin_with_the_and_of_its_clause() -> None:
    facts = written("The deal was signed by Dr Wan Azizah Wan Ismail, and Foreign Minister Mohamad Hasan.",
                    pair=("Malaysia", "Vietnam"), lede="Malaysia and Vietnam held talks.")
    assert roles_of(facts)["Mohamad Hasan"] == "Foreign Minister"
    facts = written("Talks were held with Datuk Seri Johari Abdul Ghani, and Trade Minister Nguyen Hong Dien.")
    assert roles_of(facts)["Nguyen Hong Dien"] == "Trade Minister"
