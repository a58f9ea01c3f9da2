"""The pair of an article that names only one of the configured pair, several times, and the two its headline names
more often: the headline's two (`Vietnam, Philippines agree to boost rice trade on sidelines of ASEAN summit`, where
Malaysia, the configured country, takes over the ASEAN chair)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from extraction_support import article


def test_the_headline_names_the_pair_when_the_configured_one_is_not_both_named() -> None:
    facts = article("r10_pairs_1_reuters.txt")
    assert [(a.kind, a.parties) for a in facts.agreements] == [("mou", ["Vietnam", "Philippines"])]
    assert [e.date for e in facts.events] == ["2024-10-10"]
    text = ("Kenya, Ethiopia open new border post\n\nNAIROBI, May 2 (Reuters) - Kenya and Ethiopia opened a one-stop "
            "border post at Moyale on Thursday, as a Turkish contractor finished the road between the two countries.\n\n"
            "Kenyan President William Ruto and Ethiopian Prime Minister Abiy Ahmed signed an agreement on power "
            "trade at the ceremony.\n\nThe Turkish firm has also built roads in Türkiye and Somalia.\n\nAnkara has "
            "been expanding ties across Africa, with Türkiye opening new embassies.")
    facts = extract(RawArticle(id="written", text=text), ("Malaysia", "Türkiye"))
    assert [a.parties for a in facts.agreements] == [["Kenya", "Ethiopia"]]
