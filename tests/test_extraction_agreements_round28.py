"""Agreements, round 28: a sentence giving each class of instruments its own list (`The agreements are on X, while the
MoUs cover Y`) gives each its own; the serial comma says which `and` is the list's (`youth and sports, and water
management`); an instrument after a clause of its own (`Alongside the trade pact, the governments signed MoUs on X`)
is no apposition, nor is the date of another's signing its own; a singular instrument's `adjective noun and noun` is
one field, and a participle's clause none; an instrument signed with a bloc or restated after one of others is not the
pair's, nor are `future contracts`, a predicate (`What was signed today is a roadmap`) or one `between countries`; a
second deal told signed in its own clause takes its own date; `the formation of` founds a council; an action plan
adopted, a joint statement raising the ties, an agreement named by its year between the pair, a memorandum between
bodies named with `in`, and a declaration launching talks to modernise an FTA are instruments; an instrument `towards`
which a step is taken is planned (articles r28_agreements_1_graphic.txt to r28_agreements_4_andina.txt and short
texts)."""
from __future__ import annotations

from extraction_support import agreement_entries, article, written

PAIR = ("Chile", "Peru")
LEDE = "Chile and Peru held talks in Lima on Monday."  # the story is of Wednesday 12 March 2025


def test_each_class_of_instruments_takes_its_own_list() -> None:
    facts = article("r28_agreements_1_graphic.txt")
    assert agreement_entries(facts)[:6] == [
        ("agreement", ["avoidance of double taxation"], "2023-03-13", "signed"),
        ("agreement", ["legal assistance in civil and commercial matters"], "2023-03-13", "signed"),
        ("mou", ["agriculture"], "2023-03-13", "signed"),
        ("mou", ["mining"], "2023-03-13", "signed"),
        ("mou", ["youth and sports"], "2023-03-13", "signed"),
        ("mou", ["water management"], "2023-03-13", "signed")]
    facts = written("Chile and Peru signed two agreements and three MoUs on Monday. The agreements are on tourism and "
                    "on customs, while the MoUs cover fisheries, arts and crafts, and energy, the ministry said.",
                    pair=PAIR, lede=LEDE)
    assert agreement_entries(facts) == [
        ("agreement", ["tourism"], "2025-03-10", "signed"), ("agreement", ["customs"], "2025-03-10", "signed"),
        ("mou", ["fisheries"], "2025-03-10", "signed"), ("mou", ["arts and crafts"], "2025-03-10", "signed"),
        ("mou", ["energy"], "2025-03-10", "signed")]


def test_a_last_item_built_unlike_the_others_keeps_every_and() -> None:
    facts = written("Chile and Peru signed MoUs on investment, culture and tourism, and the sharing of river data.",
                    pair=PAIR, lede=LEDE)  # the last item, built unlike the others, is of another list
    assert [a.domains for a in facts.agreements] == [["investment"], ["culture"], ["tourism"],
                                                     ["sharing of river data"]]


def test_instruments_after_a_clause_of_their_own_are_no_apposition() -> None:
    facts = article("r28_agreements_1_graphic.txt")
    assert [(a.kind, a.domains) for a in facts.agreements][6:8] == [("mou", ["health"]), ("mou", ["tourism"])]
    facts = written("Alongside the mining pact, the two governments signed memorandums of understanding on water "
                    "and on ports.", pair=PAIR, lede=LEDE)  # the pact, only named beside them, is no signing (round 31)
    assert [(a.kind, a.domains) for a in facts.agreements] == [("mou", ["water"]), ("mou", ["ports"])]
    facts = written("Alongside the defence pact signed last year, the two governments signed memorandums of "
                    "understanding on health and on tourism.", pair=PAIR, lede=LEDE)
    assert [(a.domains, a.date) for a in facts.agreements] == [
        (["defence"], "2024"), (["health"], "2025-03-10"), (["tourism"], "2025-03-10")]  # last year is the pact's
    facts = written("Chile signed a contract for 12 jets, the largest deal in its history.", pair=PAIR, lede=LEDE)
    assert [a.kind for a in facts.agreements] == ["contract"]  # still one instrument described again


def test_one_instrument_on_a_shared_qualifier_is_one_field() -> None:
    facts = article("r28_agreements_1_graphic.txt")
    assert [a.domains for a in facts.agreements][8:] == [["seasonal employment and training"]]
    facts = written("Chile and Peru on Monday signed an agreement on comprehensive migration and mobility, opening the "
                    "way for Peruvian nurses to work in Chile.", pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["comprehensive migration and mobility"]]
    facts = written("Chile and Peru on Monday signed an MoU on tourism and mining.", pair=PAIR, lede=LEDE)
    assert [a.domains for a in facts.agreements] == [["tourism", "mining"]]  # no qualifier shared: two fields


def test_instruments_of_others_are_not_the_pairs() -> None:
    facts = article("r28_agreements_2_citizen.txt")
    assert agreement_entries(facts) == [("agreement", ["maritime cooperation"], "2024-08-20", "signed")]
    facts = written("In 2021 Chile signed a similar lithium supply arrangement with Bolivia to share brine, a deal "
                    "critics say is unfair. Chile also signed a CEPA with the European Free Trade Association in 2019. "
                    "Peru has ordered trains from Spain, and Chilean firms hope to win a share of future contracts.",
                    pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    facts = written("Chile signed a CEPA with the Peruvian Business Council in 2019.", pair=PAIR, lede=LEDE)
    assert [(a.kind, a.date) for a in facts.agreements] == [("fta", "2019")]  # a body of the pair's is no bloc


def test_a_predicate_or_an_instrument_between_countries_is_none() -> None:
    facts = written('"What was signed today is a roadmap for the coming years," Boric said. "We showed that a trade '
                    'agreement between countries of the Pacific could work," he added.', pair=PAIR, lede=LEDE)
    assert facts.agreements == []
    facts = written("The ministers signed a roadmap for the coming years.", pair=PAIR, lede=LEDE)
    assert [(a.kind, a.status) for a in facts.agreements] == [("declaration", "signed")]


def test_a_second_deal_told_signed_in_its_own_clause_has_its_own_date() -> None:
    facts = article("r28_agreements_3_echorouk.txt")
    assert [(a.kind, a.domains, a.date) for a in facts.agreements if a.date and a.date[:4] in {"2019", "2023"}] == [
        ("contract", [], "2019"), ("agreement", ["extra volumes"], "2023-05")]
    facts = written("Peru sells copper to Chile under a long-term deal signed in 2015, and a second five-year "
                    "agreement for refined copper was signed in Lima in June 2022.", pair=PAIR, lede=LEDE)
    assert [(a.domains, a.date) for a in facts.agreements] == [([], "2015"), (["refined copper"], "2022-06")]


def test_councils_plans_statements_and_dated_agreements_found() -> None:
    facts = article("r28_agreements_3_echorouk.txt")
    assert [(a.kind, a.name, a.domains, a.date, a.status) for a in facts.agreements
            if a.kind != "contract" and a.date not in {"2023-05"}] == [
        ("council", "Algerian-Italian Joint Business Council", ["business"], "2024-06-17", "established"),
        ("declaration", "Algeria–Italy action plan on strategic partnership", ["strategic partnership"], "2024-06-17",
         "signed"),
        ("declaration", "Algeria–Italy joint statement on comprehensive strategic partnership",
         ["comprehensive strategic partnership"], "2024-06-17", "signed"),
        ("agreement", "Algeria–Italy agreement on extradition", ["extradition"], "2003", "in_force")]
    facts = written("Boric and Boluarte on Monday signed the minutes for the formation of the Chilean-Peruvian "
                    "Coordination Council. The two governments also adopted a new action plan for their mining "
                    "partnership. On Monday, the presidents issued a joint statement elevating relations between Chile "
                    "and Peru to a strategic partnership. A 2014 maritime boundary agreement between Chile and Peru "
                    "ended a long dispute.", pair=PAIR, lede=LEDE)
    assert [(a.kind, a.domains, a.date, a.status) for a in facts.agreements] == [
        ("council", ["coordination"], "2025-03-10", "established"),
        ("declaration", ["mining partnership"], "2025-03-10", "signed"),
        ("declaration", ["strategic partnership"], "2025-03-10", "signed"),
        ("agreement", ["maritime boundary"], "2014", "in_force")]


def test_near_misses_of_councils_plans_and_statements_are_none() -> None:
    facts = written("The presidents issued a joint statement saying they would deepen trade. The ministers discussed "
                    "a new action plan. A 2014 maritime boundary agreement between Ecuador and Colombia ended a long "
                    "dispute.", pair=PAIR, lede=LEDE)
    assert facts.agreements == []


def test_a_declaration_launching_talks_and_bodies_named_with_in() -> None:
    facts = article("r28_agreements_4_andina.txt")
    assert [(a.kind, a.domains, a.date, a.status) for a in facts.agreements] == [
        ("declaration", [], "2024-10-08", "signed"),
        ("fta", ["trade"], None, "in_force"),
        ("mou", ["investment promotion"], "2024-10-08", "signed")]
    facts = written("The ministers welcomed the signing today of a Memorandum of Understanding between ProChile and "
                    "Invest in Peru on export promotion. They aim to conclude a services deal in 2026 as a step "
                    "towards a comprehensive economic partnership agreement.", pair=PAIR, lede=LEDE)
    assert [(a.kind, a.domains, a.status) for a in facts.agreements] == [
        ("mou", ["export promotion"], "signed"), ("fta", ["trade"], "planned")]
