"""Events, round 35: a place's name goes on past three words where particles link them (`San Fernando del Valle de
Catamarca`, `Santa Cruz de la Sierra`), and a back-reference with a participle tells where instruments were signed
(`The contract, signed in ... , gives`); a place opening a company's name (`from Oruro Minera y Energética`) is none;
an audience with a monarch (`had an audience with`, `was received in audience by`) and sitting down with someone are
meetings, held, like a courtesy call, where the lede's happening put the visitor; the capital of the country the lede
tells of a trip to, named there, is the trip's city for a release datelined at home; `the Prime Minister`, `the Amir` alone are the story's holder of the office, and `His Majesty` is
no pronoun; the outbreak of a conflict or crisis (`an insurgency ... that broke out in October 2017`) and a reason's
date (`in view of Mozambique's graduation from the LDC category in 2027`) are no happenings of the pair; the place
after `to` that goods are supplied or exported to is no happening's place, and two bodies that signed are its doers
(`Petrobras and Galp signed a contract ... for the supply of crude oil to Portugal`) (article
r35_events_1_mofahanoi.txt and short texts)."""
from __future__ import annotations

from extraction_support import article, dated_places_of, written

BOLIVIA = ("Bolivia", "South Korea")
BOLIVIA_LEDE = "LA PAZ: Bolivia and South Korea held talks on Monday."  # the story is of Wednesday 12 March 2025
GHANA = ("Ghana", "Türkiye")
MOZAMBIQUE = ("Mozambique", "Portugal")
MOZAMBIQUE_LEDE = "MAPUTO: Mozambique and Portugal held talks on Monday."
BRAZIL = ("Brazil", "Portugal")
BRAZIL_LEDE = "LISBON: Brazil and Portugal held talks on Monday."


def _actors_of(facts, words: str) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [e.actors for e in facts.events if words in e.quote]


def test_a_place_name_goes_on_where_particles_link_its_words() -> None:
    facts = written("Korea's Posco Holdings on Tuesday signed a lithium supply contract with state-owned YLB. The "
                    "contract, signed in Santa Cruz de la Sierra in the presence of Bolivian officials, gives Posco "
                    "the right to buy lithium carbonate for ten years.", pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "Posco Holdings") == [("2025-03-11", "Santa Cruz de la Sierra")]
    facts = written("The Korean trade minister met Bolivian exporters in San Cristóbal de las Casas Tuesday.",
                    pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "exporters") == [("2025-03-11", "San Cristóbal de las Casas")]


def test_a_participle_back_reference_tells_where_instruments_were_signed() -> None:
    facts = written("Korea Zinc on Tuesday signed a tin supply contract with state miner Comibol. The contract, "
                    "signed in Oruro in the presence of the governor, runs for five years.",
                    pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "tin supply") == [("2025-03-11", "Oruro")]


def test_an_earlier_instrument_or_a_dated_one_tells_no_signing_place() -> None:
    facts = written("Korea Zinc on Tuesday signed a tin supply contract with state miner Comibol. The earlier "
                    "contract, signed in Oruro, expired last year.", pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "tin supply") == [("2025-03-11", "La Paz")]
    facts = written("Korea Zinc on Tuesday signed a tin supply contract with state miner Comibol. The contract "
                    "signed in Oruro in 2019 ran for five years.", pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "tin supply") == [("2025-03-11", "La Paz")]


def test_a_place_opening_a_companys_name_is_none() -> None:
    facts = written("On Tuesday, Korea Zinc signed a supply deal with executives from Oruro Minera y Energética SA.",
                    pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "supply deal") == [("2025-03-11", "La Paz")]
    facts = written("On Tuesday, Korea Zinc handed over the smelter to Potosí Mining Company.",
                    pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "smelter") == [("2025-03-11", "La Paz")]


def test_a_place_before_a_company_named_apart_stays() -> None:
    facts = written("On Tuesday, Korea Zinc signed a supply deal with executives in Oruro.",
                    pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "supply deal") == [("2025-03-11", "Oruro")]
    facts = written("On Tuesday, Korea Zinc signed a supply deal in Potosí with Comibol Mining Company.",
                    pair=BOLIVIA, lede=BOLIVIA_LEDE)
    assert dated_places_of(facts, "supply deal") == [("2025-03-11", "Potosí")]


def test_an_audience_with_a_monarch_in_the_trips_capital() -> None:
    facts = article("r35_events_1_mofahanoi.txt")  # datelined Hanoi; the talks were in Madrid the next day
    assert dated_places_of(facts, "had an audience") == [("2024-10-09", "Madrid")]
    assert _actors_of(facts, "had an audience") == [["Pham Minh Chinh", "Felipe VI"]]


def test_an_audience_is_where_the_ledes_happening_put_the_visitor() -> None:
    lede = ("HANOI: Prime Minister Pham Minh Chinh and Spanish Prime Minister Pedro Sanchez held talks in Madrid on "
            "Wednesday.")
    facts = written("Earlier on Tuesday, the Prime Minister had an audience with King Felipe VI at the Zarzuela "
                    "Palace.", pair=("Vietnam", "Spain"), lede=lede)
    assert dated_places_of(facts, "had an audience") == [("2025-03-11", "Madrid")]


def test_received_in_audience_is_a_meeting() -> None:
    facts = written("On Tuesday, Ghanaian Foreign Minister Samuel Okudzeto Ablakwa was received in audience by "
                    "President Recep Tayyip Erdogan in Ankara.", pair=GHANA,
                    lede="ACCRA: Ghana and Türkiye held talks on Monday.")
    assert dated_places_of(facts, "in audience") == [("2025-03-11", "Ankara")]


def test_an_audience_of_a_crowd_is_no_meeting() -> None:
    facts = written("Turkish television series found a wide audience in Ghana in 2023.", pair=GHANA,
                    lede="ACCRA: Ghana and Türkiye held talks on Monday.")
    assert dated_places_of(facts, "audience") == []


def test_the_visit_is_in_the_lede_countrys_capital_only_abroad() -> None:
    lede = ("HANOI: Spanish Prime Minister Pedro Sanchez held talks with Prime Minister Pham Minh Chinh in Hanoi on "
            "Wednesday during his official visit to Vietnam.")
    facts = written("Earlier on Tuesday, Sanchez had an audience with the President at the Presidential Palace.",
                    pair=("Vietnam", "Spain"), lede=lede)
    assert dated_places_of(facts, "had an audience") == [("2025-03-11", "Hanoi")]
    lede = ("HANOI: Prime Minister Pham Minh Chinh held talks with Spanish Prime Minister Pedro Sanchez in "
            "Barcelona on Wednesday during his official visit to Spain.")
    facts = written("Earlier on Tuesday, the Prime Minister visited a container terminal with business leaders.",
                    pair=("Vietnam", "Spain"), lede=lede)
    assert dated_places_of(facts, "container terminal") == [("2025-03-11", "Hanoi")]


def test_the_office_alone_is_the_storys_holder() -> None:
    lede = ("ANKARA: Ghanaian President John Mahama held talks with Turkish President Recep Tayyip Erdogan on "
            "Wednesday. In 2014, then President Jerry Rawlings visited Ankara.")
    facts = written("On Tuesday, the President laid a wreath at Anitkabir with his delegation.", pair=GHANA,
                    lede=lede)
    assert [actors[0] for actors in _actors_of(facts, "laid a wreath")] == ["John Mahama"]


def test_the_office_of_a_country_and_an_honorific_are_no_holder() -> None:
    lede = "ACCRA: Ghanaian Foreign Minister Samuel Okudzeto Ablakwa met Turkish Ambassador Ayse Kaya on Monday."
    facts = written("On Tuesday, the President of the Turkish Grand National Assembly received a Ghanaian "
                    "parliamentary delegation in Ankara.", pair=GHANA, lede=lede)
    assert "Samuel Okudzeto Ablakwa" not in [a for actors in _actors_of(facts, "parliamentary") for a in actors]
    facts = written("On Tuesday, His Majesty the Asantehene received Turkish investors in Kumasi.", pair=GHANA,
                    lede=lede)
    assert _actors_of(facts, "Asantehene") == [["Türkiye"]]


def test_sitting_down_with_someone_is_a_meeting() -> None:
    facts = written("When President John Mahama sat down with President Recep Tayyip Erdogan at the Presidential "
                    "Complex in Ankara on March 4, the mood was warm.", pair=GHANA,
                    lede="ACCRA: Ghana and Türkiye held talks on Monday.")
    assert dated_places_of(facts, "sat down") == [("2025-03-04", "Ankara")]
    assert _actors_of(facts, "sat down")[0][:2] == ["John Mahama", "Recep Tayyip Erdogan"]


def test_sitting_down_on_a_thing_is_no_meeting() -> None:
    facts = written("A Ghanaian cyclist sat down on the roadside in Kumasi on March 4, exhausted.", pair=GHANA,
                    lede="ACCRA: Ghana and Türkiye held talks on Monday.")
    assert dated_places_of(facts, "cyclist") == []


def test_the_outbreak_of_a_conflict_is_no_happening() -> None:
    facts = written("Nyusi's visit comes amid an insurgency in Mozambique's northern Cabo Delgado province that broke "
                    "out in October 2017.", pair=MOZAMBIQUE, lede=MOZAMBIQUE_LEDE)
    assert dated_places_of(facts, "insurgency") == []
    facts = written("Portuguese Foreign Minister Paulo Rangel arrived in Pemba on Tuesday, his first visit since the "
                    "insurgency in Cabo Delgado erupted in 2017.", pair=MOZAMBIQUE, lede=MOZAMBIQUE_LEDE)
    assert dated_places_of(facts, "insurgency") == [("2025-03-11", "Pemba")]


def test_talks_to_end_a_conflict_are_a_happening() -> None:
    facts = written("Talks to end the insurgency began in Pemba in May 2024 with Portuguese mediation.",
                    pair=MOZAMBIQUE, lede=MOZAMBIQUE_LEDE)
    assert dated_places_of(facts, "insurgency") == [("2024-05", "Pemba")]


def test_a_reasons_date_is_no_happening() -> None:
    facts = written("The two ministers agreed to start talks on an investment agreement in view of Mozambique's "
                    "graduation from the Least Developed Country (LDC) category in 2027.", pair=MOZAMBIQUE,
                    lede=MOZAMBIQUE_LEDE)
    assert dated_places_of(facts, "graduation") == []


def test_a_happening_as_reason_and_a_thing_given_keep_their_dates() -> None:
    facts = written("The two ministers agreed to prepare new agreements in view of the summit in Lisbon in May.",
                    pair=MOZAMBIQUE, lede=MOZAMBIQUE_LEDE)
    # the summit agreements are to be prepared for is the coming May (round 44: a deed's infinitive looks ahead)
    assert [date for date, _ in dated_places_of(facts, "summit in Lisbon")] == ["2025-05"]
    facts = written("Mozambique was given a Portuguese credit line at a signing ceremony in Lisbon in 2021.",
                    pair=MOZAMBIQUE, lede=MOZAMBIQUE_LEDE)
    assert dated_places_of(facts, "credit line") == [("2021", "Lisbon")]


def test_where_goods_are_supplied_to_is_no_place_and_the_signing_bodies_are_doers() -> None:
    facts = written("In energy, Petrobras and Galp signed a ten-year contract in January 2024 for the supply of crude "
                    "oil to Portugal.", pair=BRAZIL, lede=BRAZIL_LEDE)
    assert dated_places_of(facts, "crude oil") == [("2024-01", None)]
    assert _actors_of(facts, "crude oil") == [["Petrobras", "Galp", "Portugal"]]
    facts = written("Brazil and Portugal signed a shipping agreement in January 2024 for sales of coffee to Portugal.",
                    pair=BRAZIL, lede=BRAZIL_LEDE)
    assert dated_places_of(facts, "coffee") == [("2024-01", None)]
    assert _actors_of(facts, "coffee") == [["Brazil", "Portugal"]]


def test_a_place_the_date_follows_or_a_trip_after_supply_is_the_happenings() -> None:
    facts = written("Petrobras signed a deal on the supply of crude to Sines on Tuesday.", pair=BRAZIL,
                    lede=BRAZIL_LEDE)
    assert dated_places_of(facts, "Sines") == [("2025-03-11", "Sines")]
    facts = written("After signing a gas supply deal, the Brazilian minister travelled to Porto in January 2024.",
                    pair=BRAZIL, lede=BRAZIL_LEDE)
    assert dated_places_of(facts, "Porto") == [("2024-01", "Porto")]
    facts = written("Portuguese and Brazilian firms signed supply contracts in January 2024.", pair=BRAZIL,
                    lede=BRAZIL_LEDE)
    assert _actors_of(facts, "firms") == [["Portugal", "Brazil"]]
