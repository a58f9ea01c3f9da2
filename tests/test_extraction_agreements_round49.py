"""Agreements, round 49: `the Agreement on Free Trade` is an FTA; a second instrument opening its own clause with its
signing keeps its own status, date and town; `its implementing protocol` is part of the agreement told; a joint text
only cited (`according to a joint communique`) is no instrument; `the Declaration of <Place>` is titled; a body named
at a meeting attended is in being; a titled programme keeps its title and years; a hedged quantity opens no field;
a study `for the <Project>` keeps its project (short texts of other pairs)."""
from __future__ import annotations

from bot.core.article_reader import RawArticle
from bot.core.extract import extract
from bot.core.facts import ArticleFacts


def _facts(pair: tuple[str, str], body: str, day: str = "June 6, 2024") -> ArticleFacts:
    return extract(RawArticle(id="written", text=f"{pair[0]}, {pair[1]} review ties\n{day}\n\n{body}"), pair)


def _entries(pair: tuple[str, str], body: str) -> list[tuple[str, list[str], str, str | None, str | None]]:
    """Each agreement of a story of the pair: kind, fields, status, date, place."""
    return [(a.kind, a.domains, a.status, a.date, a.place) for a in _facts(pair, body).agreements]


def test_an_agreement_on_free_trade_by_its_title_is_an_fta() -> None:
    body = ("Officials recalled that the Agreement on Free Trade between Armenia and Kyrgyzstan, in force since 1995, "
            "remains the legal basis of their trade.")
    assert _entries(("Armenia", "Kyrgyzstan"), body) == [("fta", ["trade"], "in_force", "1995", None)]
    # an agreement on something else named in capitals stays an agreement
    body = "The Agreement on Road Transport between Armenia and Kyrgyzstan has been in force since 1995."
    assert [kind for kind, *_ in _entries(("Armenia", "Kyrgyzstan"), body)] == ["agreement"]


def test_a_second_instrument_signed_in_its_own_clause_keeps_its_status_date_and_town() -> None:
    body = ("The Kazakhstan-Azerbaijan Transit Agreement has been in force since 2019, and the trade agreement signed "
            "in Baku in October 2023 removed duties on 40 goods.")
    assert _entries(("Kazakhstan", "Azerbaijan"), body) == [
        ("agreement", ["Transit"], "in_force", "2019", None), ("fta", ["trade"], "signed", "2023-10", "Baku")]
    # one instrument's own clause, with no other instrument after it, is unchanged
    body = "The trade agreement signed in Baku in October 2023 removed duties on 40 goods, and exports rose."
    assert _entries(("Kazakhstan", "Azerbaijan"), body) == [("fta", ["trade"], "signed", "2023-10", "Baku")]


def test_its_implementing_protocol_is_part_of_the_agreement() -> None:
    body = ("The Agreement on Fisheries between Senegal and Mauritania, in force since 2002, and its implementing "
            "protocol will be renegotiated next year.")
    entries = _entries(("Senegal", "Mauritania"), body)
    assert [(kind, status, date) for kind, _, status, date, _ in entries] == [("agreement", "in_force", "2002")]
    # a protocol of its own, on a field, is still one
    body = "The two sides signed an agreement on fisheries and a protocol on port inspections on Tuesday."
    assert len(_entries(("Senegal", "Mauritania"), body)) == 2


def test_a_joint_text_only_cited_is_no_instrument() -> None:
    body = "The next round of consultations will take place in Nouakchott in 2026, according to a joint statement."
    assert _entries(("Senegal", "Mauritania"), body) == []
    body = "The joint commission will meet again in Dakar next year, according to the joint communique issued."
    assert _entries(("Senegal", "Mauritania"), body) == []
    # one told issued, or cited as signed, is still an instrument
    body = "The two presidents issued a joint communique on Tuesday reaffirming their commitment to regional security."
    assert [kind for kind, *_ in _entries(("Senegal", "Mauritania"), body)] == ["declaration"]
    body = "Border posts will open at night, according to the joint declaration signed by the presidents on Tuesday."
    assert [(kind, status) for kind, _, status, *_ in _entries(("Senegal", "Mauritania"), body)] == [
        ("declaration", "signed")]


def test_a_declaration_of_a_place_is_a_titled_declaration() -> None:
    body = "Peru and Bolivia signed the Declaration of Puno in Puno on Tuesday, committing to protect Lake Titicaca."
    assert _entries(("Peru", "Bolivia"), body) == [("declaration", [], "signed", "2024-06-04", "Puno")]
    assert _facts(("Peru", "Bolivia"), body).agreements[0].name == "Peru–Bolivia Declaration of Puno"
    # a declaration of intent is no title
    body = "Peru and Bolivia discussed a declaration of intent on water management."
    assert _entries(("Peru", "Bolivia"), body) == []


def test_a_binational_body_named_at_a_meeting_attended_is_in_being() -> None:
    body = "Ministers attended a session of the Peru-Bolivia Binational Water Commission in La Paz."
    assert _entries(("Peru", "Bolivia"), body) == [("council", ["water"], "established", None, None)]
    # a meeting only called for names no body in being
    body = "Farmers called for a meeting of the Peru-Bolivia Binational Water Commission."
    assert _entries(("Peru", "Bolivia"), body) == []


def test_a_titled_programme_keeps_its_title_and_years() -> None:
    body = ("The two foreign ministers signed an agreement on the avoidance of double taxation and the Development "
            "Cooperation Programme 2024-2027.")
    facts = _facts(("Kazakhstan", "Azerbaijan"), body)
    assert [(a.name, a.domains) for a in facts.agreements][1] == (
        "Kazakhstan–Azerbaijan Development Cooperation Programme 2024-2027", ["development cooperation"])
    # one in lower case is named as before
    body = "The two foreign ministers signed a cooperation programme for 2024-2027."
    assert [a.name for a in _facts(("Kazakhstan", "Azerbaijan"), body).agreements] == [
        "Kazakhstan–Azerbaijan cooperation programme"]


def test_a_hedged_quantity_opens_no_field() -> None:
    body = ("Kazakhstan's national railway signed a contract with Baku-based Caspian Link for up to 2,500 container "
            "runs a year between Aktau and Alat.")
    assert [domains for _, domains, *_ in _entries(("Kazakhstan", "Azerbaijan"), body)] == [["container runs"]]
    body = "Kazakhstan's national railway signed a contract with Baku-based Caspian Link for port services."
    assert [domains for _, domains, *_ in _entries(("Kazakhstan", "Azerbaijan"), body)] == [["port services"]]


def test_a_study_for_a_titled_project_keeps_the_project() -> None:
    body = ("The ministers signed a framework agreement in Almaty on the joint preparation of a feasibility study for "
            "the Trans-Caspian cable.")
    assert [domains for _, domains, *_ in _entries(("Kazakhstan", "Azerbaijan"), body)] == [
        ["joint preparation of a feasibility study for the Trans-Caspian cable"]]
    # whom a long field is for is still cut off
    body = ("The ministers signed an agreement in Almaty on the mutual recognition of driving licences for the "
            "citizens of both countries.")
    assert [domains for _, domains, *_ in _entries(("Kazakhstan", "Azerbaijan"), body)] == [
        ["mutual recognition of driving licences"]]
