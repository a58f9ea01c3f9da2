"""Agreements, round 37: two words sharing one head noun (`passenger and cargo shipping`) are one field, unless the
first is a field of its own (`tourism and air transport`); an opening `Among the <class> accords,` names the class of
the instruments told after it, no instrument of its own (but `Among them were ...` lists them); a multilateral treaty
named by its title (`Article 6 of the Paris Agreement`, `the Kyoto Protocol`, `the WTO's Agreement on ...`) is no
instrument of the pair, though a pair's own titled one is; an instrument `on the project` takes the work the sentences
before tell (`a new subsea link`), else no field, never `project`; an umbrella named with its count (`SIGN THREE
INSTRUMENTS`, a title line) adds nothing when the body lists the instruments by field (short texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import agreement_entries, agreement_fields

PAIR = ("Chile", "South Korea")
LEDE = "Chile and South Korea held talks in Santiago on Tuesday."  # the story is of Wednesday 12 March 2025


def _fields(body: str) -> list[tuple[str, list[str]]]:
    return agreement_fields(body, PAIR, LEDE)


def test_two_words_sharing_one_head_are_one_field() -> None:
    assert _fields("The ferry runs under a memorandum of understanding on passenger and cargo shipping signed by the "
                   "two governments in Santiago on May 4, 2019.") == [("mou", ["passenger and cargo shipping"])]
    assert _fields("The ministers on Tuesday signed an MoU on freight and passenger transport.") == [
        ("mou", ["freight and passenger transport"])]
    assert _fields("The ministers on Tuesday signed an agreement on tourism and air transport.") == [
        ("agreement", ["tourism", "air transport"])]
    assert _fields("The ministers on Tuesday signed agreements on education and maritime transport.") == [
        ("agreement", ["education"]), ("agreement", ["maritime transport"])]


def test_an_opening_among_the_class_of_accords_is_no_instrument() -> None:
    assert _fields("Among the government accords, the ministers on Tuesday signed agreements on mutual legal "
                   "assistance and on the return of stolen artefacts.") == [
        ("agreement", ["mutual legal assistance"]), ("agreement", ["return of stolen artefacts"])]
    assert _fields("Among the economic agreements, the ministers on Tuesday signed MoUs on mining and forestry.") == [
        ("mou", ["mining"]), ("mou", ["forestry"])]
    assert _fields("Chile and South Korea on Tuesday signed three agreements in Santiago. Among them were a "
                   "memorandum of understanding on lithium processing and an agreement on fisheries.") == [
        ("mou", ["lithium processing"]), ("agreement", ["fisheries"])]


def test_a_multilateral_treaty_named_by_its_title_is_no_instrument_of_the_pair() -> None:
    assert _fields("The carbon memorandum sets out how credits earned by Chilean solar farms may be transferred under "
                   "Article 6 of the Paris Agreement.") == []
    assert _fields("Credits from the projects may be counted under the Kyoto Protocol.") == []
    assert _fields("Disputes over the subsidies will be settled under the WTO's Agreement on Subsidies and "
                   "Countervailing Measures.") == []
    assert _fields("The two countries will sign the Santiago Agreement on fisheries next month.") == [
        ("agreement", ["fisheries"])]
    assert _fields("The ministers signed an agreement on carbon credits to be transferred under Article 6 of the "
                   "Paris Agreement.") == [("agreement", ["carbon credits"])]


def test_an_instrument_on_the_project_takes_the_work_told_before() -> None:
    assert _fields("The two sides also agreed to study a new undersea cable to carry data and electricity across the "
                   "Pacific. A memorandum of understanding on the project is expected to be signed by the end of the "
                   "year, the Chilean energy minister said.") == [("mou", ["undersea cable"])]
    assert _fields("The ministers discussed trade and investment. A memorandum of understanding on the project is "
                   "expected to be signed by the end of the year.") == [("mou", [])]
    assert _fields("An agreement on the programme for student exchanges will be signed in June.") == [
        ("agreement", ["programme for student exchanges"])]


def test_an_umbrella_named_with_its_count_adds_nothing_to_the_instruments_listed() -> None:
    text = ("CHILE AND SOUTH KOREA SIGN THREE INSTRUMENTS AT FOURTH MEETING OF ECONOMIC DIALOGUE\n"
            "Santiago, March 11, 2025\n\n"
            "Chile and South Korea on Tuesday signed an agreement on air services, a memorandum of understanding on "
            "green hydrogen and a memorandum of understanding on tourism in Santiago.\n\n"
            "The talks were chaired by the two foreign ministers.")
    facts = extract(RawArticle(id="written", text=text), PAIR)
    assert [(kind, domains) for kind, domains, _, _ in agreement_entries(facts)] == [
        ("agreement", ["air services"]), ("mou", ["green hydrogen"]), ("mou", ["tourism"])]
    assert _fields("Chile and South Korea on Tuesday signed three instruments in Santiago.\n\nThe ministers on Tuesday "
                   "also signed an agreement on air services and an MoU on tourism.") == [
        ("agreement", ["air services"]), ("mou", ["tourism"])]
    assert _fields("Chile and South Korea on Tuesday signed three instruments in Santiago.") == [("agreement", [])]
