"""People, quotes and article headers, round 28: a magazine's section and month (`Markets & Policy | September 2023`)
is a date line at the month's precision; Vanguard's `On March 14, 2019 6:12 pm In Business by X, Lagos Bureau Chief`
is a date line and `LAGOS—NIGERIA and ...` a dateline; an office opening a clause after its comma, maybe after a
nationality, holds the name after its own comma, honorifics dropped (`Speaking after the meeting, Minister of ..., Dr.
X, said`, `Alhaji`, `Malam`); a name read in a portfolio's words bounds no office between commas; a role after a
speaker's name may run long before an organisation's acronym; an office naming its country or party after an `and`
is not the name's before it (`Ruto and UAE President`); `Gen` before one word after a civil office is a given name
(`Defense Minister Gen Nakatani`); `the king was quoted as saying by Petra` says who spoke (articles
r28_people_1_asiabiz.txt to r28_people_4_kyodo.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, people_of, roles_of, written

from bot.core.article_reader import RawArticle
from bot.core.dates import parse_date_line
from bot.core.extract import extract
from bot.core.facts import ArticleFacts

PAIR = ("Kenya", "Tanzania")
LEDE = "Kenya and Tanzania held talks in Nairobi on Monday."


def _page(text: str) -> ArticleFacts:
    """A page as scraped, its header lines first."""
    return extract(RawArticle(id="page", text=text), ("Malaysia", "Türkiye"))


def _quotes(facts: ArticleFacts) -> list[tuple[str, str]]:
    return [(q.speaker, q.text) for q in facts.quotes]


def test_a_section_and_a_month_is_a_date_line_at_the_months_precision() -> None:
    facts = article("r28_people_1_asiabiz.txt")
    assert (facts.published, facts.published_precision) == ("2023-09", "month")
    assert facts.title == "Copper and curry: inside India's push into Chile"
    facts = _page("PACIFIC TRADE QUARTERLY\nEnergy & Mining | March 2024\n\nWhy Peru wants Korean lithium know-how\n\n"
                  "Peru and South Korea are negotiating a lithium processing partnership.")
    assert (facts.published, facts.published_precision) == ("2024-03", "month")
    assert facts.title == "Why Peru wants Korean lithium know-how"
    assert parse_date_line("Features • Sept 2024") == "2024-09"


def test_a_month_in_a_sentence_or_a_name_is_no_date_line() -> None:
    assert parse_date_line("April 2025 was a good month for exports") is None
    assert parse_date_line("Vision 2030") is None
    assert parse_date_line("In April 2025") is None
    facts = _page("Peru, South Korea eye lithium deal\n\nPeru and South Korea are negotiating a lithium partnership.")
    assert facts.published is None


def test_vanguards_date_line_and_dateline() -> None:
    facts = article("r28_people_2_vanguard.txt")
    assert (facts.published, facts.dateline_place, facts.source) == ("2019-03-14", "Lagos", "Vanguard News")
    facts = _page("Ghana, Togo agree on border market\n\nOn July 8, 2021 7:30 am In Politics by Kofi Mensah, Accra\n\n"
                  "ACCRA—GHANA and Togo, yesterday, agreed to open a joint border market at Aflao.")
    assert (facts.published, facts.dateline_place) == ("2021-07-08", "Accra")
    assert parse_date_line("On 3 December 2016") == "2016-12-03"


def test_on_and_a_date_opening_a_sentence_is_no_date_line() -> None:
    assert parse_date_line("On December 3, 2016 the two countries signed a pact.") is None
    facts = _page("Ghana, Togo agree on border market\nJuly 8, 2021\n\n"
                  "ACCRA—the two countries agreed to open a joint border market at Aflao.")
    assert facts.dateline_place is None  # a dash before a word in lower case: no dateline so written


def test_an_office_opening_a_clause_holds_the_name_after_its_comma() -> None:
    roles = roles_of(article("r28_people_2_vanguard.txt"))
    assert roles["Okechukwu Enelamah"] == "Minister of Industry, Trade and Investment"
    assert roles["Alan Kyerematen"] == "Minister of Trade and Industry of Ghana"
    assert people_of(article("r28_people_2_vanguard.txt"))["Lai Mohammed"] == (
        "Minister of Information and Culture", ["Alhaji Lai Mohammed"])
    facts = written("Speaking after the talks, Minister of East African Community Affairs, Dr. Rebecca Miano, said the "
                    "border posts would open. Tanzanian Minister of Industry and Trade, Mr. Ashatu Kijaji, said the "
                    "barriers would go.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Rebecca Miano": "Minister of East African Community Affairs",
                               "Ashatu Kijaji": "Minister of Industry and Trade of Tanzania"}


def test_an_office_after_a_name_and_its_comma_is_that_names() -> None:
    facts = written("At the invitation of His Excellency William Ruto, President of the Republic of Kenya, Her "
                    "Excellency Samia Suluhu Hassan, President of the United Republic of Tanzania, paid a state visit.",
                    pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {}  # not Samia Suluhu Hassan as President of Kenya


def test_a_name_read_in_a_portfolios_words_bounds_no_office_between_commas() -> None:
    assert roles_of(article("r28_people_3_jordantimes.txt"))["Youssef Shamali"] == \
        "Minister of Industry, Trade and Supply"
    facts = written("The accord was signed in Lima by the Vice Minister of International Economic Relations, Ana "
                    "Cecilia Gervasi, and Japan's Ambassador to Peru, Kenji Tanaka.", pair=("Peru", "Japan"),
                    lede="Peru and Japan held talks.")
    assert roles_of(facts) == {"Ana Cecilia Gervasi": "Vice Minister of International Economic Relations",
                               "Kenji Tanaka": "Ambassador of Japan to Peru"}


def test_a_long_role_after_a_speaker_ends_at_an_acronym() -> None:
    roles = roles_of(article("r28_people_3_jordantimes.txt"))
    assert roles["Ibrahim El Araby"] == \
        "chairman of the Federation of Egyptian Chambers of Commerce and Alexandria Chamber (FEDCOC)"
    facts = written('"We will trade more," said Peter Mathuki, secretary general of the East African Business Council '
                    'and the Kenya National Chamber of Commerce (EABC).', pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Peter Mathuki": "secretary general of the East African Business Council and the Kenya "
                                                "National Chamber of Commerce (EABC)"}
    facts = written('"We will trade more," said Peter Mathuki, who leads the East African Business Council and the '
                    'Kenya National Chamber of Commerce (EABC).', pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Peter Mathuki": None}  # no office's word


def test_an_office_naming_its_country_or_party_after_and_is_not_the_name_before() -> None:
    roles = roles_of(article("r28_people_1_asiabiz.txt"))
    assert roles["Gabriel Boric"] == "President of Chile"
    assert roles["Gleisi Hoffmann"] == "Workers' Party President"
    facts = written("The deal was signed in the presence of Hassan and Kenya President William Ruto. Ruto later met "
                    "Samia and Jubilee Party Secretary General Jeremiah Kioni.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"William Ruto": "President of Kenya", "Jeremiah Kioni": "Jubilee Party Secretary General"}


def test_fields_joined_by_and_stay_one_office() -> None:
    facts = written("The Oil and Gas Minister Ahmed Musa attended.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Ahmed Musa": "Oil and Gas Minister"}


def test_gen_before_one_word_after_a_civil_office_is_a_given_name() -> None:
    people = people_of(article("r28_people_4_kyodo.txt"))
    assert people["Gen Nakatani"] == ("Defense Minister", ["Nakatani"])
    assert people["Yoshida"] == ("Joint Staff chief", [])  # `Joint Staff chief Gen Yoshida`: a rank, no name's word
    facts = written("Defense Minister Gen Nakatani met Kenyan Defence Cabinet Secretary Soipan Tuya in Nairobi.",
                    pair=("Kenya", "Japan"), lede="Kenya and Japan held talks.")
    assert roles_of(facts) == {"Gen Nakatani": "Defense Minister", "Soipan Tuya": "Defence Cabinet Secretary of Kenya"}


def test_gen_after_a_commanders_office_or_with_its_stop_is_a_rank() -> None:
    facts = written("Army chief Gen Mkunda said the drills would continue.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Mkunda": "Army chief"}  # the rank is no part of the name (round 29)
    facts = written("Defence Minister Gen. Bashungwa said the drills would continue.", pair=PAIR, lede=LEDE)
    assert roles_of(facts) == {"Bashungwa": "Defence Minister"}


def test_quoted_as_saying_names_the_speaker_by_role() -> None:
    assert _quotes(article("r28_people_3_jordantimes.txt"))[0] == (
        "Abdullah II", "Jordan and Egypt stand together in facing the challenges of the region")
    facts = written('Prime Minister Kassim Majaliwa visited Nairobi on Monday. "Our ties are stronger than ever '
                    'before," the prime minister was quoted as saying by Daily News.', pair=PAIR, lede=LEDE)
    assert _quotes(facts) == [("Kassim Majaliwa", "Our ties are stronger than ever before")]


def test_quoted_as_saying_names_no_one_without_that_office() -> None:
    facts = written('Prime Minister Kassim Majaliwa visited Nairobi on Monday. "Our ties are stronger than ever '
                    'before," the president was quoted as saying by Daily News.', pair=PAIR, lede=LEDE)
    assert _quotes(facts) == []
